"""The relation patterns' word test: a pattern runs only on sentences that hold the words it needs.

``required_texts`` reads those words from the pattern's regex; a mistake there would silently drop
facts, so the test over real articles compares it with the full regex on every masked sentence.
"""

from pathlib import Path

import pytest

from extract.load import read_article
from extract.relations import Pattern, required_texts


@pytest.mark.parametrize("regex, texts", [
    # a run of literal characters; an alternation needs one text of each branch
    (r"(?:invested|put) (?:\w+ )?in ⟦C\d+⟧", [["invested", "put"], ["in ⟦C"]]),
    # an optional part needs nothing, so what follows it stands alone
    (r"(?:bought|buys)? from", [[" from"]]),
    (r"agreed(?: to)?\s+buy", [["agreed"], ["buy"]]),
    # a branch with an empty or all-optional alternative needs nothing
    (r"(?:led|)\s+by", [["by"]]),
    (r"(?:led|(?:co-)?)\s+by", [["by"]]),
    # a repeat that may be absent needs nothing; one that must occur needs its text
    (r"(?:Series ){0,2}round", [["round"]]),
    (r"(?:big )+deal", [["big "], ["deal"]]),
    # a lookahead's text is in the sentence too; a negative one's is not
    (r"rót(?= vốn)(?! cho)", [["rót"], [" vốn"]]),
    # texts shorter than two characters tell nothing
    (r"a\s+b", []),
])
def test_required_texts(regex, texts):
    assert [sorted(t) for t in required_texts(regex)] == texts


def test_the_word_test_never_skips_a_pattern_that_would_match(extractor, monkeypatch):
    word_test = Pattern.may_match
    skipped, wrongly_skipped = [], []

    def checked(pattern, text, found):
        passes = word_test(pattern, text, found)
        if not passes:
            skipped.append(pattern)
            if pattern.rx.search(text):
                wrongly_skipped.append((pattern.source, text))
        return passes

    monkeypatch.setattr(Pattern, "may_match", checked)
    for path in sorted((Path(__file__).parent / "gold").glob("*.txt")):
        extractor.extract(read_article(path))
    assert wrongly_skipped == []
    # (the test would prove nothing if the word test let every pattern through)
    assert len(skipped) > 10_000

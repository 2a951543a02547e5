"""Sentence boundaries on the raw text, robust to pyvi's "AWS." tokens.

pyvi keeps an all-caps name and its full stop together ("CNBC."), so the
boundary is found on characters, not tokens: after ``.!?…`` (and any closing
quote) before whitespace and an upper-case letter (or a name such as "xAI"), a digit or an
opening quote,
unless the word before is an abbreviation or a short question is answered by a name; and at every
paragraph break.
"""

from __future__ import annotations

import re

from extract.lexicon import Lexicon

# (or a name written with a lower-case first letter: "... ở lại. xAI từng ký")
_END = re.compile(r"(?P<stop>[.!?…]+)(?P<close>[\"”’')\]]*)(?P<space>\s+)(?=[\"“‘(\[]?(?:[A-ZĐÀ-Ỹ0-9]|[a-z][A-Z]))")
_PARA = re.compile(r"\n\s*\n+")
_LINE = re.compile(r"\n")


def split_sentences(text: str, lex: Lexicon) -> list[tuple[int, int]]:
    """(start, end) character spans of the sentences of ``text``.

    >>> from extract.lexicon import load_lexicon
    >>> t = "Theo CNBC. Trước đó, The Information đưa tin.\\n\\nTiêu đề"
    >>> [t[s:e] for s, e in split_sentences(t, load_lexicon("vi"))]
    ['Theo CNBC.', 'Trước đó, The Information đưa tin.', 'Tiêu đề']
    >>> t = "Orrin Labs signed with Halyard Corp. On Monday, Tessaly said so."
    >>> [t[s:e] for s, e in split_sentences(t, load_lexicon("en"))]
    ['Orrin Labs signed with Halyard Corp.', 'On Monday, Tessaly said so.']
    >>> t = "The campus found a tenant. The tenant? Microsoft. Why did it wait so long? Power."
    >>> [t[s:e] for s, e in split_sentences(t, load_lexicon("en"))]
    ['The campus found a tenant.', 'The tenant? Microsoft.', 'Why did it wait so long?', 'Power.']
    """
    abbreviations = {a.casefold() for a in lex.list("sentence", "abbreviations")}
    starters = set(lex.list("sentence", "starters_after_abbreviation"))
    lettered = {w.casefold() for w in lex.list("sentence", "lettered_nouns")}
    cuts = {0, len(text)}
    for m in _PARA.finditer(text):
        cuts.update((m.start(), m.end()))
    for m in _LINE.finditer(text):
        before = text[:m.start()].rstrip()
        if before and (before[-1] in ".!?…:\"”" or _is_heading(text, m.start())):
            cuts.update((m.start(), m.end()))
    for m in _END.finditer(text):
        word = re.search(r"(\S+)$", text[:m.start()])
        token = (word.group(1) if word else "").casefold()
        if m.group("stop") == "." and token.rstrip(".") in abbreviations:
            nxt = re.match(r"\S+", text[m.end():])
            if not nxt or nxt.group(0).strip("\"“") not in starters:
                continue
        if m.group("stop") == "." and re.fullmatch(r"(?:[a-z]\.)*[a-z]", token):
            previous = re.search(r"(\S+)\s+\S+$", text[:m.start()])
            if not (previous and previous.group(1).casefold() in lettered):
                continue  # "U.S." style initials, but "Series A." ends a sentence
        if m.group("stop") == "?" and _short_question_and_answer(text, m.start(), m.end()):
            continue  # "The buyer? Advanced Micro Devices.": the answer completes the question
        cuts.update((m.end("close"), m.end()))
    points = sorted(cuts)
    spans = []
    for s, e in zip(points, points[1:]):
        chunk = text[s:e]
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip())
            trail = len(chunk.rstrip())
            spans.append((s + lead, s + trail))
    return spans


def _short_question_and_answer(text: str, stop: int, after: int) -> bool:
    """A question of at most three words answered by a name of at most five ("The tenant? Microsoft.")."""
    question = re.split(r"[.!?…\n]", text[:stop])[-1].split()
    answer = re.match(r"[^.!?…\n]*[.!?…]", text[after:after + 80])
    return 0 < len(question) <= 3 and bool(answer) and len(answer.group(0).split()) <= 5


def _is_heading(text: str, newline: int) -> bool:
    """A line without final punctuation followed by a capitalised line: a headline."""
    line_start = text.rfind("\n", 0, newline) + 1
    line = text[line_start:newline].strip()
    rest = text[newline + 1:].lstrip()
    return bool(line) and len(line) < 160 and bool(rest) and rest[0].isupper()

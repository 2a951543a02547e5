"""Relation patterns: the lexicon's patterns compiled over masked sentences.

A sentence is masked: every mention becomes a placeholder (``⟦C3⟧`` a
company, ``⟦K1⟧`` a chip, ``⟦U2⟧`` an unconfirmed capitalised name, ``⟦P0⟧`` a
person, ``⟦O0⟧`` another name, ``⟦M0⟧`` an amount, ``⟦D0⟧`` a date). Pattern
macros (see ``data/lexicon/en.yml``):

- ``{head}`` / ``{tail}``: a company or a list of companies ("A, B and C");
  ``{head:chip}`` / ``{tail:chip}``: a chip or a list of chips;
  ``{any:chip}``: one chip, not captured;
- ``{head:one}`` / ``{tail:one}``: a single company, never a list;
- ``{tail:named_chip}``: one chip the text names for sure (not an unconfirmed name);
- ``{tail:named}``: one company the text names for sure (not an unconfirmed name);
- ``{amount}``: a money amount;
- ``{word}``: one word or a placeholder that is not a confirmed company ("(?:{word} ){0,5}?");
- ``{not_after_name}``: not right after a capitalised word ("the Abu Dhabi fund ⟦C3⟧" is no verb);
- ``…``: a short gap that crosses no company and no clause boundary;
- ``<name>``: any of the forms listed under ``words: name:``;
- ``{not_after:name}``: not right after one of the words listed under ``words: name:`` ("the
  infrastructure fund ⟦C3⟧" is no verb).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import get_args

from extract.kb import Role
from extract.lexicon import POSSESSIVE, Lexicon, alternation, words_rx

GAP_LIMIT = 150
_ENT = {"company": r"⟦[CU]\d+⟧", "chip": r"⟦[KU]\d+⟧"}
# "Elon Musk's xAI", "Alphabet's Google": a possessive before a company.
_OWNER = rf"(?:⟦[PC]\d+⟧|[A-Z][\w-]+(?:\s[A-Z][\w-]+)?){POSSESSIVE}\s+"
_GAP_ITEM = r"(?:[^⟦⟧;]|⟦[MDPOK]\d+⟧)"
# (a lookbehind is fixed-width: one per word length)
_NOT_AFTER_NAME = "".join(rf"(?<!(?<![\w-])(?-i:[A-Z])[\w-]{{{n}}}\s)" for n in range(0, 16))


def _not_after(words: list[str]) -> str:
    """Not right after any of ``words`` (a lookbehind is fixed-width: one per word)."""
    escaped = (re.escape(w).replace(r"\ ", r"\s") for w in words)
    return "".join(rf"(?<!(?<![\w-]){w}\s)" for w in escaped)


@dataclass(frozen=True)
class Pattern:
    relation: str
    source: str
    rx: re.Pattern
    options: dict = field(default_factory=dict)


@dataclass(frozen=True)
class ListGrammar:
    """How the lexicon's ``party_lists`` join the parties of a list, as regexes."""
    separator: str  # between two items, no descriptor allowed
    described_separator: str  # between two items, the second may carry a descriptor
    lead: str = ""  # before the first item: "to Canadian model developer Cohere"
    owner: str = rf"(?:{_OWNER})?"  # before any item: "Japan's SoftBank", "Boston-based Chai Discovery"

    @classmethod
    def from_lexicon(cls, lex: Lexicon, descriptor: str) -> ListGrammar:
        words = lex.data.get("party_lists") or {}
        joiner = alternation(words.get("joiners") or [])
        prep = rf"(?:{alternation(words['repeated_prepositions'])}\s+)?" if words.get("repeated_prepositions") else ""
        det = rf"(?:{alternation(words['determiners'])}\s+)?" if words.get("determiners") else ""
        joint = rf"|\s+{alternation(words['joint_subject'])}\s+" if words.get("joint_subject") else ""
        # ("buying Ironvale, McAteer said": a name after a bare comma that speaks is no item)
        speech = (lex.data.get("references") or {}).get("speech_verbs") or []
        speaker = rf"(?!⟦[CU]\d+⟧\s+{words_rx(speech)}(?!\w))" if speech else ""
        # ("invest $5 billion in C3 and Nvidia said it would invest ...": a name that speaks of itself opens a clause)
        # ("... in C3 and Nvidia up to $10 billion": nor does a name with an amount of its own)
        own_speaker = (rf"(?!⟦[CU]\d+⟧\s+(?:{words_rx(speech)}\s+(?:that\s+)?⟦[CU]\d+⟧\s|⟦M\d+⟧))" if speech
                       else r"(?!⟦[CU]\d+⟧\s+⟦M\d+⟧)")
        separator = (rf"(?:\s*,\s*(?:{joiner}\s+{prep}{det}{own_speaker}|{speaker})"
                     rf"|\s+{joiner}\s+{prep}{det}{own_speaker}{joint})")
        # ("Boston-based Chai Discovery": a place before "-based" is no party either)
        place_suffixes = lex.names.get("place_adjective_suffixes") or []
        owner = (rf"(?:{_OWNER}|[A-Z][\w.]*(?:\s[A-Z][\w.]*)?{alternation(place_suffixes)}\s+)?" if place_suffixes
                 else rf"(?:{_OWNER})?")
        if not descriptor:
            return cls(separator, separator, owner=owner)
        # "Nvidia và quỹ hạ tầng Nordkapp Infra", "A and Swedish fund B": an item after a joiner may carry a descriptor
        # with a few modifier words (Vietnamese writes a word in several syllables: "quản lý tài sản").
        most = int(words.get("descriptor_modifier_words", 3))
        described = rf"(?:(?:[^\W\d_][\w-]*\s+){{0,3}}?{descriptor}(?:\s+[^\W\d_][\w-]*){{0,{most}}}?\s+)?"
        # "investors including A, the Oslo-based fund B and C", "C0, quỹ C1 và C2", "tập đoàn đầu tư C1": after
        # a comma, a descriptor right before the name, with lower-case modifiers up to a descriptor stop.
        stops = words.get("descriptor_stops") or []
        stop = rf"(?!{alternation(list(words.get('joiners') or []) + stops, flexible_space=False)}\s)"
        # ("quỹ mạo hiểm Mỹ Lux Capital": the modifiers may end in a country)
        countries = ((lex.data.get("references") or {}).get("modifiers") or {}).get("countries") or {}
        origin = rf"(?:\s+{alternation(countries)})?" if countries else ""
        after_comma = (rf"\s*,\s*{det}(?:{stop}[^\W\d_][\w-]*\s+){{0,2}}?{descriptor}"
                       rf"(?:\s+{stop}(?-i:(?![A-ZĐ]))[^\W\d_][\w-]*){{0,{most}}}?{origin}\s+(?=⟦)")
        # ", as well as the fund C"; not ", and fund C", which may close an appositive ("A, a unit of B, and fund C").
        comma_joiner = (rf"|\s*,\s+{alternation(words['comma_joiners_before_descriptor'])}\s+{described}"
                        if words.get("comma_joiners_before_descriptor") else "")
        lead = (rf"(?:{det}(?:{stop}[^\W\d_][\w-]*\s+){{0,3}}?{descriptor}\s+)?"
                if words.get("descriptor_before_first") else "")
        return cls(separator, rf"(?:{separator}|\s+{joiner}\s+{prep}{det}{own_speaker}{described}{comma_joiner}|{after_comma})", lead, owner)

    def party_list(self, name: str, kind: str, described: bool = False) -> str:
        """A named group matching one party or a list of parties of a kind ("company" or "chip")."""
        ent = _ENT[kind]
        sep = self.described_separator if described else self.separator
        return rf"{self.lead if described else ''}(?P<{name}>{self.owner}{ent}(?:{sep}{self.owner}{ent}(?!{POSSESSIVE}))*)"


# Where a pattern may take a party the sentence does not name at that place, and the other options
# a pattern may carry (read by ``extract.pipeline``).
PARTY_SOURCES = {
    "head_from": {"chip_designer", "main_company", "previous_subject", "provider_topic", "round",
                  "sentence_subject", "topic"},
    "tail_from": {"chip_designer", "main_company", "previous_subject", "recent_customer", "recent_deal",
                  "round", "round_or_main", "round_or_recent_deal", "sentence_deal", "sentence_subject"},
}
# provider_role: true puts the cloud company first; "required" also drops a deal with none;
# "head" keeps the pattern's direction and needs the head to be the cloud company.
PROVIDER_ROLE_VALUES = (True, "required", "head")
# head_role: a role, or a list of roles one of which, the head must have ("bought the servers through
# Dell": a server maker supplies).
PATTERN_OPTIONS = {"amount", "amount_not", "designer_check", "forbid_gap", "head_role", "parent_check", "possessive",
                   "provider_role", "requires_amount", "status", "switch"} | set(PARTY_SOURCES)


def option_roles(value: str | list[str]) -> set[str]:
    """The roles a ``head_role`` option names: one role or a list of them.

    >>> sorted(option_roles("foundry")), sorted(option_roles(["foundry", "chipmaker"]))
    (['foundry'], ['chipmaker', 'foundry'])
    """
    return {value} if isinstance(value, str) else set(value)


def _check_options(lex: Lexicon, relation: str, source: str, options: dict) -> None:
    from graph.errors import KnowledgeBaseError
    for key, value in options.items():
        if key not in PATTERN_OPTIONS:
            raise KnowledgeBaseError(f"lexicon {lex.language}: pattern for {relation} {source!r} has option "
                                     f"{key!r}; use one of {', '.join(sorted(PATTERN_OPTIONS))}")
        if key == "provider_role" and value not in PROVIDER_ROLE_VALUES:
            raise KnowledgeBaseError(f"lexicon {lex.language}: pattern for {relation} {source!r} has provider_role: "
                                     f"{value}; use true, required or head")
        if key == "head_role" and not option_roles(value) <= set(get_args(Role)):
            raise KnowledgeBaseError(f"lexicon {lex.language}: pattern for {relation} {source!r} has head_role: "
                                     f"{value}; use roles of {', '.join(get_args(Role))}")
        if key in PARTY_SOURCES and value not in PARTY_SOURCES[key]:
            raise KnowledgeBaseError(f"lexicon {lex.language}: pattern for {relation} {source!r} has {key}: "
                                     f"{value}; use one of {', '.join(sorted(PARTY_SOURCES[key]))}")


def compile_patterns(lex: Lexicon) -> list[Pattern]:
    """Compile every relation pattern of the lexicon.

    >>> from extract.lexicon import load_lexicon
    >>> pats = compile_patterns(load_lexicon("en"))
    >>> invested = [p for p in pats if p.relation == "invested_in"]
    >>> [p.source for p in invested if p.rx.search("⟦C0⟧ will invest ⟦M0⟧ in ⟦C1⟧")][:1]
    ['{head} … <invest> … (?:in|into) (?:(?:the |a |an )?(?:{word} ){0,2}?<descriptor> )?{tail}']
    """
    words = {k: v for k, v in lex.data.get("words", {}).items()}
    chip_words = words_rx(words.get("chips") or ["chips"])
    boundaries = alternation(lex.list("clause_boundaries"), flexible_space=False)
    # Whether a gap "…" may start at a comma right after a name ("X, quỹ từng rót vốn cho Y").
    # true, or the words that may follow such a comma (", which is also an investor in").
    after_comma = lex.data.get("gap_after_comma")
    if isinstance(after_comma, list):
        comma = rf"(?:,(?=\s+{words_rx(after_comma)}))?"
    else:
        comma = ",?" if after_comma else ""
    # A gap may cross a company that only modifies chips ("servers powered by ⟦C3⟧ chips from ⟦C4⟧").
    chips = words.get("chips") or []
    gap_item = (rf"(?:[^⟦⟧;]|⟦[MDPOK]\d+⟧|⟦C\d+⟧(?={POSSESSIVE}?\s+(?:{words_rx(chips)}|⟦K\d+⟧)))" if chips else _GAP_ITEM)
    descriptor = words_rx(words["descriptor"]) if words.get("descriptor") else ""
    lists = ListGrammar.from_lexicon(lex, descriptor)
    patterns = []
    for relation, items in lex.data.get("relations", {}).items():
        for item in items:
            source = item["p"]
            options = {k: v for k, v in item.items() if k != "p"}
            _check_options(lex, relation, source, options)
            forbid = options.get("forbid_gap") or []
            stop = rf"(?!{boundaries})"
            gap_unit = rf"(?:{stop}{gap_item})"
            rx = source
            rx = rx.replace(" … ", "\0G\0").replace("… ", "\0S\0")
            used = {"".join(names) for names in re.findall(r"(?<!\?P)<(\w+)>|\{not_after:(\w+)\}", rx)}
            unknown = sorted(used - set(words))
            if unknown:
                from graph.errors import KnowledgeBaseError
                raise KnowledgeBaseError(f"lexicon {lex.language}: pattern for {relation} uses <{unknown[0]}>, "
                                         f"which is not a list under 'words:'; add it there")
            rx = re.sub(r"(?<!\?P)<(\w+)>", lambda m: words_rx(words[m.group(1)]), rx)
            rx = re.sub(r"\{not_after:(\w+)\}", lambda m: _not_after(words[m.group(1)]), rx)
            rx = rx.replace(" ", r"\s+")
            # "Google's agreement to invest ... in X": the gap may open on a possessive.
            # (not "Nvidia's GB300 chips": the maker of a chip is no party)
            rx = rx.replace("\0G\0", rf"(?:{POSSESSIVE}(?!\s+⟦K))?(?:{comma}\s+{gap_unit}{{0,{GAP_LIMIT}}}?\s+|{comma}\s+)")
            rx = rx.replace("\0S\0", rf"{gap_unit}{{0,{GAP_LIMIT}}}?")
            rx = rx.replace("{head:one}", rf"(?P<head>{_ENT['company']})").replace("{tail:one}", rf"(?P<tail>{_ENT['company']})")
            rx = (rx.replace("{head}", lists.party_list("head", "company", described=True))
                  .replace("{tail}", lists.party_list("tail", "company", described=True)))
            rx = rx.replace("{head:chip}", lists.party_list("head", "chip")).replace("{tail:chip}", lists.party_list("tail", "chip"))
            rx = rx.replace("{tail:named_chip}", r"(?P<tail>⟦K\d+⟧)").replace("{tail:named}", r"(?P<tail>⟦C\d+⟧)")
            rx = rx.replace("{word}", r"(?:[^\s⟦]+|⟦[UMDPOK]\d+⟧)").replace("{not_after_name}", _NOT_AFTER_NAME)
            # an unconfirmed name followed by a chip word counts too ("4,000 Wren cards")
            rx = rx.replace("{any:chip}", rf"(?:⟦K\d+⟧|⟦U\d+⟧(?=\s+{chip_words}))").replace("{amount}", r"(?P<amount>⟦M\d+⟧)")
            try:
                compiled = re.compile(rx, re.IGNORECASE)
            except re.error as exc:
                from graph.errors import KnowledgeBaseError
                raise KnowledgeBaseError(f"lexicon {lex.language}: bad pattern for {relation}: {source!r} ({exc})") from None
            if forbid:
                options["forbid_rx"] = re.compile(words_rx(forbid), re.IGNORECASE)
            patterns.append(Pattern(relation, source, compiled, options))
    return patterns


@dataclass
class Match:
    relation: str
    heads: list[str]  # placeholders
    tails: list[str]
    amount: str | None
    start: int
    end: int
    options: dict


_PLACEHOLDER = re.compile(r"⟦[A-Z]\d+⟧")
_PARTY = re.compile(r"⟦[CUK]\d+⟧")
_OWNER_PREFIX = re.compile(rf"⟦[PC]\d+⟧{POSSESSIVE}\s+")


def find_matches(masked: str, patterns: list[Pattern]) -> list[Match]:
    out = []
    for pat in patterns:
        pos = 0
        lists: list[tuple[int, int]] = []  # spans of the party lists matched so far
        while pos <= len(masked):
            m = pat.rx.search(masked, pos)
            if not m:
                break
            pos = m.start() + 1
            # "A and B invested ...": the match that starts at B alone is the same fact as the list's.
            if any(a < m.start() < b for a, b in lists):
                continue
            for group in ("head", "tail"):
                if m.groupdict().get(group) and len(_PARTY.findall(m.group(group))) > 1:
                    lists.append(m.span(group))
            forbid = pat.options.get("forbid_rx")
            if forbid and forbid.search(_PLACEHOLDER.sub(" ", m.group(0))):
                continue
            groups = m.groupdict()
            # ("Elon Musk's xAI": the owner before a party is no party of its own)
            heads = _PARTY.findall(_OWNER_PREFIX.sub("", groups.get("head") or ""))
            tails = _PARTY.findall(_OWNER_PREFIX.sub("", groups.get("tail") or ""))
            out.append(Match(pat.relation, heads, tails, groups.get("amount"), m.start(), m.end(), pat.options))
    return out

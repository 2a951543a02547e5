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
import re._constants as _c  # re's own parser (private, stable across 3.11; tells which words a pattern needs)
import re._parser as _parser
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
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
    """A relation pattern of the lexicon, compiled on first use."""
    relation: str
    source: str
    regex: str
    options: dict = field(default_factory=dict)
    # Texts a sentence must hold for the pattern to match: one of each set (see ``required_texts``).
    needs: tuple[frozenset[str], ...] = ()
    language: str = ""
    # A pattern that opens on lookbehinds before a list ("(?<!led\\sby\\s){head}"): the group they guard,
    # the lookbehinds, and a regex for a list's earlier items before a later one ("⟦C2⟧ and ").
    list_guard: tuple[str, str, str] | None = None

    @cached_property
    def _list_guard_rx(self) -> tuple[str, re.Pattern, re.Pattern] | None:
        if self.list_guard is None:
            return None
        group, lookbehinds, earlier_items = self.list_guard
        return group, re.compile(lookbehinds, re.IGNORECASE), re.compile(rf"(?:{earlier_items})+\Z", re.IGNORECASE)

    def guarded_list_item(self, masked: str, m: re.Match) -> bool:
        """Whether the match's guarded party is a later item of a list whose start the pattern's
        lookbehinds refuse: "a round led by ⟦C2⟧ and ⟦C3⟧ that values it" gives ⟦C3⟧ no valuation."""
        guard = self._list_guard_rx
        if guard is None or not m.groupdict().get(guard[0]):
            return False
        group, lookbehinds, earlier_items = guard
        earlier = earlier_items.search(masked, 0, m.start(group))
        return earlier is not None and lookbehinds.match(masked, earlier.start()) is None

    @cached_property
    def rx(self) -> re.Pattern:
        # (compiling every pattern takes seconds; an article needs only the few whose words it holds)
        try:
            return re.compile(self.regex, re.IGNORECASE)
        except re.error as exc:
            from graph.errors import KnowledgeBaseError
            raise KnowledgeBaseError(f"lexicon {self.language}: bad pattern for {self.relation}: "
                                     f"{self.source!r} ({exc})") from None

    def may_match(self, text: str, found: dict[frozenset[str], bool]) -> bool:
        """Whether ``text`` holds one text of each set the pattern needs (``found`` caches the answers)."""
        for texts in self.needs:
            if texts not in found:
                found[texts] = _texts_rx(texts).search(text) is not None
            if not found[texts]:
                return False
        return True


@lru_cache(maxsize=None)
def _texts_rx(texts: frozenset[str]) -> re.Pattern:
    # the pattern's own case-insensitive matching, so that the test never refuses a text the pattern matches
    return re.compile("|".join(re.escape(t) for t in sorted(texts)), re.IGNORECASE)


def required_texts(regex: str, shortest: int = 2) -> tuple[frozenset[str], ...]:
    r"""Sets of texts, one of each of which every match of ``regex`` contains.

    Read from the parse of ``regex`` (case-insensitive): a run of literal characters is needed,
    an alternation needs one text of each branch, an optional part needs nothing. Only sets whose
    texts are at least ``shortest`` characters long are kept; they are cheap to look for.

    >>> [sorted(t) for t in required_texts(r"(?:invested|put) (?:\w+ )?in ⟦C\d+⟧")]
    [['invested', 'put'], ['in ⟦C']]
    >>> [sorted(t) for t in required_texts(r"(?:bought|buys)? from")]
    [[' from']]
    """
    sets = _needed(_parser.parse(regex, re.IGNORECASE))
    return tuple(dict.fromkeys(t for t in sets if min(map(len, t)) >= shortest))


def _needed(items) -> list[frozenset[str]]:
    out: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        if run:
            out.append(frozenset({"".join(run)}))
            run = []
        if op is _c.SUBPATTERN:
            out += _needed(av[3])
        elif op is _c.ATOMIC_GROUP:
            out += _needed(av)
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT) and av[0] >= 1:
            out += _needed(av[2])
        elif op is _c.ASSERT:  # a positive lookaround's text is in the string too
            out += _needed(av[1])
        elif op is _c.BRANCH:
            best = [_most_telling(_needed(branch)) for branch in av[1]]
            if all(best):
                out.append(frozenset().union(*best))
    if run:
        out.append(frozenset({"".join(run)}))
    return out


def _most_telling(sets: list[frozenset[str]]) -> frozenset[str] | None:
    """The set whose shortest text is longest (then the smallest set)."""
    return max(sets, key=lambda t: (min(map(len, t)), -len(t)), default=None)


@dataclass(frozen=True)
class ListGrammar:
    """How the lexicon's ``party_lists`` join the parties of a list, as regexes."""
    separator: str  # between two items, no descriptor allowed
    described_separator: str  # between two items, the second may carry a descriptor
    lead: str = ""  # before the first item: "to Canadian model developer Cohere"
    owner: str = rf"(?:{_OWNER})?"  # before any item: "Japan's SoftBank", "Boston-based Chai Discovery"
    # not an item: a name that opens a clause of its own ("... and Nvidia said it would invest")
    not_an_item: str = ""

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
        separator = rf"(?:\s*,\s*(?:{joiner}\s+{prep}{det}|{speaker})|\s+{joiner}\s+{prep}{det}{joint})"
        # ("Boston-based Chai Discovery": a place before "-based" is no party either)
        place_suffixes = lex.names.get("place_adjective_suffixes") or []
        owners = [_OWNER]
        if place_suffixes:
            owners.append(rf"[A-Z][\w.]*(?:\s[A-Z][\w.]*)?{alternation(place_suffixes)}\s+")
        if words.get("owner_suffixes"):
            owners.append(rf"⟦C\d+⟧{alternation(words['owner_suffixes'])}\s+")
        owner = rf"(?:{'|'.join(owners)})?"
        if not descriptor:
            return cls(separator, separator, owner=owner, not_an_item=own_speaker)
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
        return cls(separator, rf"(?:{separator}|\s+{joiner}\s+{prep}{det}{described}{comma_joiner}|{after_comma})", lead, owner,
                   own_speaker)

    def party_list(self, name: str, kind: str, described: bool = False) -> str:
        """A named group matching one party or a list of parties of a kind ("company" or "chip")."""
        ent = _ENT[kind]
        sep = self.described_separator if described else self.separator
        return rf"{self.lead if described else ''}(?P<{name}>{self.owner}{ent}(?:{sep}{self.not_an_item}{self.owner}{ent}(?!{POSSESSIVE}))*)"


# Where a pattern may take a party the sentence does not name at that place, and the other options
# a pattern may carry (read by ``extract.pipeline``).
PARTY_SOURCES = {
    "head_from": {"chip_designer", "main_company", "previous_subject", "provider_topic", "round",
                  "sentence_subject", "topic"},
    "tail_from": {"chip_designer", "main_company", "previous_subject", "recent_customer", "recent_deal",
                  "round", "round_or_main", "round_or_recent_deal", "sentence_deal", "sentence_subject"},
}
# provider_role: true puts the cloud company first; "required" also drops a deal with none;
# "head" keeps the pattern's direction and needs the head to be the cloud company; "signer" keeps it
# too and needs a company that only provides compute as head and an AI lab or start-up, no provider,
# as tail ("the GPU cloud operator signed a new agreement with Anthropic").
PROVIDER_ROLE_VALUES = (True, "required", "head", "signer")
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
                                     f"{value}; use true, required, head or signer")
        if key == "head_role" and not option_roles(value) <= set(get_args(Role)):
            raise KnowledgeBaseError(f"lexicon {lex.language}: pattern for {relation} {source!r} has head_role: "
                                     f"{value}; use roles of {', '.join(get_args(Role))}")
        if key in PARTY_SOURCES and value not in PARTY_SOURCES[key]:
            raise KnowledgeBaseError(f"lexicon {lex.language}: pattern for {relation} {source!r} has {key}: "
                                     f"{value}; use one of {', '.join(sorted(PARTY_SOURCES[key]))}")


def _expand(source: str, words: dict, macros: dict[str, str], gap: str, span: str, not_after) -> str:
    """A pattern's source with its word lists, gaps and macros written out as a regex."""
    rx = source.replace(" … ", "\0G\0").replace("… ", "\0S\0")
    rx = re.sub(r"(?<!\?P)<(\w+)>", lambda m: words_rx(words[m.group(1)]), rx)
    rx = re.sub(r"\{not_after:(\w+)\}", lambda m: not_after(words[m.group(1)]), rx)
    rx = rx.replace(" ", r"\s+").replace("\0G\0", gap).replace("\0S\0", span)
    for macro, value in macros.items():
        rx = rx.replace(macro, value)
    return rx


# lookbehinds that open a pattern right before a party list
_LEADING_LOOKBEHINDS = re.compile(r"(?P<lookbehinds>(?:\(\?<!(?:[^()\\]|\\.)*\))+)\{(?P<group>head|tail)\}")


def compile_patterns(lex: Lexicon) -> list[Pattern]:
    """Compile every relation pattern of the lexicon.

    >>> from extract.lexicon import load_lexicon
    >>> pats = compile_patterns(load_lexicon("en"))
    >>> invested = [p for p in pats if p.relation == "invested_in"]
    >>> [p.source for p in invested if p.rx.search("⟦C0⟧ will invest ⟦M0⟧ in ⟦C1⟧")][:1]
    ['{head} … <invest> … (?:in|into) (?:(?:the |a |an )?(?:{word} ){0,2}?<descriptor> )?{tail}']
    """
    from graph.errors import KnowledgeBaseError
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
    gap_unit = rf"(?:(?!{boundaries}){gap_item})"
    # "Google's agreement to invest ... in X": the gap may open on a possessive.
    # (not "Nvidia's GB300 chips": the maker of a chip is no party)
    gap = rf"(?:{POSSESSIVE}(?!\s+⟦K))?(?:{comma}\s+{gap_unit}{{0,{GAP_LIMIT}}}?\s+|{comma}\s+)"
    macros = {
        "{head:one}": rf"(?P<head>{_ENT['company']})", "{tail:one}": rf"(?P<tail>{_ENT['company']})",
        "{head}": lists.party_list("head", "company", described=True),
        "{tail}": lists.party_list("tail", "company", described=True),
        "{head:chip}": lists.party_list("head", "chip"), "{tail:chip}": lists.party_list("tail", "chip"),
        "{tail:named_chip}": r"(?P<tail>⟦K\d+⟧)", "{tail:named}": r"(?P<tail>⟦C\d+⟧)",
        "{word}": r"(?:[^\s⟦]+|⟦[UMDPOK]\d+⟧)", "{not_after_name}": _NOT_AFTER_NAME,
        # an unconfirmed name followed by a chip word counts too ("4,000 Wren cards")
        "{any:chip}": rf"(?:⟦K\d+⟧|⟦U\d+⟧(?=\s+{chip_words}))", "{amount}": r"(?P<amount>⟦M\d+⟧)",
    }
    # The same pattern with every party, gap and lookaround reduced to a wildcard: small to parse,
    # it tells which words a sentence must hold for the pattern to match. (Zero-width lookarounds may
    # vanish; anything that consumes text stays a wildcard so that no two literals join.)
    outline_macros = {macro: "(?:⟦M\\d+⟧)" if macro == "{amount}" else "" if macro == "{not_after_name}" else ".*?"
                      for macro in macros}
    patterns = []
    for relation, items in lex.data.get("relations", {}).items():
        for item in items:
            source = item["p"]
            options = {k: v for k, v in item.items() if k != "p"}
            _check_options(lex, relation, source, options)
            used = {"".join(names) for names in re.findall(r"(?<!\?P)<(\w+)>|\{not_after:(\w+)\}", source)}
            unknown = sorted(used - set(words))
            if unknown:
                raise KnowledgeBaseError(f"lexicon {lex.language}: pattern for {relation} uses <{unknown[0]}>, "
                                         f"which is not a list under 'words:'; add it there")
            outline = _expand(source, words, outline_macros, ".*?", ".*?", lambda _: "")
            try:
                # (the outline keeps the pattern's own syntax: compiling it finds a bad pattern now, not at first use)
                re.compile(outline, re.IGNORECASE)
                needs = required_texts(outline)
            except re.error as exc:
                raise KnowledgeBaseError(f"lexicon {lex.language}: bad pattern for {relation}: {source!r} ({exc})") from None
            if options.get("forbid_gap"):
                options["forbid_rx"] = re.compile(words_rx(options["forbid_gap"]), re.IGNORECASE)
            regex = _expand(source, words, macros, gap, rf"{gap_unit}{{0,{GAP_LIMIT}}}?", _not_after)
            guarded = _LEADING_LOOKBEHINDS.match(source)
            # (the lookbehinds written out as the pattern's own: word lists and macros expanded)
            list_guard = ((guarded.group("group"), _expand(guarded.group("lookbehinds"), words, macros, gap, gap, _not_after),
                           rf"⟦[CU]\d+⟧{lists.separator}") if guarded else None)
            patterns.append(Pattern(relation, source, regex, options, needs, lex.language, list_guard))
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
_OWNER_PREFIX = re.compile(rf"⟦[PC]\d+⟧(?:{POSSESSIVE}|-[a-z]+)\s+")


def find_matches(masked: str, patterns: list[Pattern]) -> list[Match]:
    out = []
    found: dict[frozenset[str], bool] = {}
    for pat in patterns:
        if not pat.may_match(masked, found):
            continue
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
            if pat.guarded_list_item(masked, m):
                continue
            forbid = pat.options.get("forbid_rx")
            if forbid and forbid.search(_PLACEHOLDER.sub(" ", m.group(0))):
                continue
            groups = m.groupdict()
            # ("Elon Musk's xAI": the owner before a party is no party of its own)
            heads = _PARTY.findall(_OWNER_PREFIX.sub("", groups.get("head") or ""))
            tails = _PARTY.findall(_OWNER_PREFIX.sub("", groups.get("tail") or ""))
            out.append(Match(pat.relation, heads, tails, groups.get("amount"), m.start(), m.end(), pat.options))
    return out

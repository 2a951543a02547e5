"""Descriptions that point back to a named company: "startup này", "the chipmaker", "it"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.kb import KnowledgeBase
from extract.lexicon import POSSESSIVE_ENDINGS, WORD, Lexicon, alternation, words_rx
from extract.mentions import EntityInfo, Mention


# A product's name ("ChatGPT", "Claude Code", "GPT-4.5"): capitalised words, dots only inside a word
_PRODUCT = r"(?P<product>[A-Z][\w-]*(?:\.[\w-]+)*(?:\s+[A-Z][\w-]*(?:\.[\w-]+)*)?)"


# Capitalised words, as a city is written ("San Jose", "Hải Phòng"); a "-based" after one is no part of it
_TOWN_RX = re.compile(r"(?<![\w-])(?-i:[A-ZĐ][^\W\d_]+)(?:\s(?-i:[A-ZĐ][^\W\d_]+)){0,2}(?![\w])")


@dataclass(frozen=True)
class Reference:
    start: int
    end: int
    surface: str
    roles: frozenset[str]
    country: str | None
    product_maker: str | None  # entity id of the maker of a product named in the description
    subject_position: bool
    # "the Austin-based company": a home town describes the company just named more than it picks
    # one out of those named before
    country_from_home: bool = False
    after_preposition: bool = False  # "vào công ty này", "a stake in the company"
    home: str | None = None  # "The San Jose company", "the Brno-based operator": the city, casefolded
    pronoun: bool = False  # "it", "Họ"
    # "the company" (not "the firm"): a noun that describes no fund, so it does not point back to one
    operating: bool = False


class ReferenceFinder:
    def __init__(self, lex: Lexicon, kb: KnowledgeBase):
        self.kb, self.vi = kb, lex.language == "vi"
        # a home town names a city: a KB company's, or a place no list knows ("Brno"); not a country or region
        not_towns = {w.casefold() for w in lex.names.get("places", []) + lex.names.get("nationalities", [])}
        self.home_towns = kb.home_towns
        self.not_towns = not_towns - self.home_towns
        ref = lex.data.get("references", {})
        self.nouns = {k.casefold(): set(v or []) for k, v in ref.get("nouns", {}).items()}
        self.operating_nouns = {w.casefold() for w in ref.get("operating_nouns") or []}
        mods = ref.get("modifiers", {})
        self.role_words = {k.casefold(): v for k, v in (mods.get("roles") or {}).items() if v}
        self.country_words = {k.casefold(): v for k, v in (mods.get("countries") or {}).items()}
        place_suffixes = lex.names.get("place_adjective_suffixes") or []
        self.home_rx = re.compile(rf"\w{alternation(place_suffixes)}(?!{WORD})", re.IGNORECASE) if place_suffixes else None
        # "YTL Power International của Malaysia": a name's country after it (the words "Hailo của Israel" uses)
        origin = (lex.data.get("mentions") or {}).get("origin_words") or []
        places = lex.names.get("places", []) + lex.names.get("nationalities", [])
        self.origin_tail_rx = re.compile(rf"\s+{words_rx(origin)}\s+{words_rx(places)}$") if origin and places else None
        countries = alternation(list(mods.get("countries") or {}))
        self.descriptor_tail_rx = re.compile(
            rf"(?:\s+(?:{countries + '|' if countries else ''}[a-zà-ỹđ][\w-]*)){{0,3}}\s+")
        noun = alternation(self.nouns)
        self.plural_markers = tuple(w.casefold() for w in ref.get("plural_markers", []))
        self.object_prepositions = {w.casefold() for w in ref.get("object_prepositions", [])}
        self.generic_nouns = {w.casefold() for w in ref.get("generic_nouns", [])}
        self.generic_object_prepositions = {w.casefold() for w in ref.get("generic_object_prepositions", [])}
        self.openers = tuple(ref.get("subject_openers", []))
        time_openers = ref.get("time_openers") or []
        # ("In March 2024 it agreed", "Two years later it raised")
        self.time_opener_rx = re.compile(rf"\W*{alternation(time_openers)}(?:\s+[^,]{{1,25}})?", re.IGNORECASE) if time_openers else None
        # where a clause that may open on a time phrase starts: a sentence end, a comma (and a joining word
        # after it: "..., and last month it tapped"), or a joining word
        joiners = alternation(ref.get("clause_joiners") or [])
        self.clause_split_rx = re.compile(rf"[.!?]\s+|,\s+(?:(?:{joiners})\s+)?|\s+(?:{joiners})\s+" if joiners else r"[.!?]\s+|,\s+")
        # "hãng đã mua lại Edge Impulse": verbs and function words between a noun and a name
        self.breaks = {w.casefold() for w in (lex.data.get("mentions") or {}).get("org_name_breaks", [])}
        if self.vi:
            dem = alternation(ref.get("demonstratives", ["này"]))
            # ("Đơn vị vận hành trung tâm dữ liệu tại Bắc Ninh này": a place may close a longer description)
            place_words = ref.get("description_place_words") or []
            place = rf"(?:\s+{alternation(place_words)}(?:\s+[\w-]+){{1,3}}?)?" if place_words else ""
            self.rx = re.compile(
                rf"(?<!{WORD})[\"“]?(?P<noun>{noun})[\"”]?(?P<mods>(?:\s+[\"“]?[\w-]+[\"”]?){{0,4}}?{place})\s+(?P<dem>{dem})(?!{WORD})",
                re.IGNORECASE)
            known_mod = alternation([k for k, v in (mods.get("roles") or {}).items() if v] + list(mods.get("countries") or {}))
            self.bare_rx = re.compile(
                rf"(?<!{WORD})[\"“]?(?P<noun>(?i:{noun}))[\"”]?(?P<mods>(?:\s+{known_mod}){{0,3}})(?=\s+[a-zà-ỹđ]|\s*[.,;:)]|\s*$)")
            # "nhà phát triển ChatGPT", "cha đẻ mô hình Claude", "công ty mẹ của Facebook"
            product_words = rf"(?:(?i:{alternation(ref['product_words'])})\s+)?" if ref.get("product_words") else ""
            self.maker_rx = re.compile(
                rf"(?<!{WORD})(?i:{alternation(ref['product_makers'])})\s+{product_words}{_PRODUCT}") if ref.get("product_makers") else None
            self.behind_rx = None
        else:
            self.rx = re.compile(
                rf"(?<!{WORD})(?P<det>[Tt]he)\s+(?P<mods>(?:(?!(?:the|a|an|its|their|this|that|of|in|at|for|to|by)\s)(?:[\w&-]+(?:\.[\w&-]+)+\.?|[\w&-]+),?[ \t]+){{0,3}}?)(?P<noun>{noun})(?!{WORD})(?!\s+(?:[A-Z][\w-]+|of\s+the))",
            )
            self.maker_rx = re.compile(
                rf"(?<!{WORD})[Tt]he\s+{_PRODUCT}\s+{alternation(ref.get('product_makers', []))}(?!{WORD})")
            self.behind_rx = re.compile(
                rf"(?<!{WORD})[Tt]he\s+{alternation(ref.get('product_owners', []))}\s+(?:the\s+)?{_PRODUCT}")
            self.bare_rx = None
        # "it" and "Họ" stand for a company as a subject a verb follows
        pronouns = alternation(ref.get("pronouns", []))
        verbs = alternation(ref.get("pronoun_verbs", []))
        # ("It no longer rents capacity from Microsoft": a word, or a phrase of the lexicon, may sit between)
        between = rf"(?:{alternation(ref.get('pronoun_verb_modifiers') or [])}|\w+)"
        self.pronoun_rx = re.compile(rf"(?<!{WORD})(?P<it>{pronouns})(?=\s+(?:{between}\s+)?{verbs}(?!{WORD}))",
                                     re.IGNORECASE) if ref.get("pronouns") else None

    def find(self, text: str, name_ends: set[int] = frozenset(), name_starts: set[int] = frozenset()) -> list[Reference]:
        """References in ``text``; ``name_ends`` and ``name_starts`` are the offsets of named mentions."""
        out: list[Reference] = []
        for m in self.rx.finditer(text):
            if self._after_plural_marker(text, m.start()):
                continue
            if (self._after_name_and_comma(text, m.start(), name_ends)
                    and not text.startswith(POSSESSIVE_ENDINGS, m.end())
                    and not m.groupdict().get("dem")):
                # "Arcturus, the AI cloud subsidiary of ...", "YTL, đơn vị vận hành ...": an appositive,
                # not a reference ("X, hãng này cho biết" is one)
                continue
            if self.vi and not m.groupdict().get("dem") and self._describes_next_name(text, m.end(), name_starts):
                continue  # "hãng chip Đài Loan MediaTek" (not "cổ phần startup này thông qua NVentures")
            roles, country = self._constraints(m.group("noun"), m.group("mods"))
            subject = self._subject_position(text, m.start())
            town = self.home_town(m.group("mods") or "")
            # ("the San Jose company" as well as "the San Jose-based company")
            home = bool(country and (town or (self.home_rx and self.home_rx.search(m.group("mods") or ""))))
            out.append(Reference(m.start(), m.end(), m.group(0), roles, country, None, subject, home,
                                 self._after_preposition(text, m.start()), town,
                                 operating=m.group("noun").casefold() in self.operating_nouns))
        if self.bare_rx is not None:
            for m in self.bare_rx.finditer(text):
                if any(r.start <= m.start() < r.end for r in out) or self._after_plural_marker(text, m.start()):
                    continue
                if self._describes_next_name(text, m.end(), name_starts):
                    continue  # "quỹ hạ tầng Nordkapp Infra": a descriptor of the name after it
                if self._after_name_and_comma(text, m.start(), name_ends):
                    continue  # an appositive describing the name before it, not a new subject
                subject = self._subject_position(text, m.start())
                if not subject and not re.match(r"\s+\w", text[m.end():]) and not self._after_preposition(text, m.start()):
                    continue  # at a clause end only as an object: "thuộc tập đoàn Đan Mạch."
                roles, country = self._constraints(m.group("noun"), m.group("mods"))
                if not subject and not (m.group("mods").strip() and (roles or country)) \
                        and not self._generic_object(text, m):
                    continue  # a bare "hãng" is a reference as a subject; "do hãng chip Mỹ thiết kế" anywhere
                out.append(Reference(m.start(), m.end(), m.group(0).strip(), roles, country, None,
                                     subject or not self._generic_object(text, m),
                                     after_preposition=self._after_preposition(text, m.start()),
                                     operating=m.group("noun").casefold() in self.operating_nouns))
        if self.maker_rx is not None:
            for rx in filter(None, (self.maker_rx, self.behind_rx)):
                for m in rx.finditer(text):
                    maker = self.kb.by_product.get(m.group("product").casefold())
                    if maker:
                        out = [r for r in out if not (r.start < m.end() and m.start() < r.end)]
                        out.append(Reference(m.start(), m.end(), m.group(0), frozenset(), None, maker,
                                             self._subject_position(text, m.start())))
        if self.pronoun_rx is not None:
            for m in self.pronoun_rx.finditer(text):
                if self._subject_position(text, m.start()) and not any(r.start <= m.start() < r.end for r in out):
                    out.append(Reference(m.start(), m.end(), m.group(0), frozenset(), None, None, True, pronoun=True))
        return sorted(out, key=lambda r: r.start)

    def home_town(self, words: str) -> str | None:
        """The city among ``words`` ("San Jose", "Brno-based"), casefolded: capitalised words that are no
        country, region or nationality."""
        for m in _TOWN_RX.finditer(words):
            town = m.group(0).casefold()
            # ("the French AI lab": a nationality before a capitalised role word is no town either)
            if town not in self.not_towns and not any(word in self.not_towns for word in town.split()):
                return town
        return None

    def _after_name_and_comma(self, text: str, start: int, name_ends: set[int]) -> bool:
        """Whether ``start`` follows a name and a comma ("YTL Power International của Malaysia, đơn
        vị ...": the name may carry its country)."""
        before = text[:start].rstrip()
        if not before.endswith(","):
            return False
        name = before[:-1].rstrip()
        origin = self.origin_tail_rx.search(name) if self.origin_tail_rx is not None else None
        return len(name) in name_ends or (origin is not None and origin.start() in name_ends)

    def _describes_next_name(self, text: str, end: int, name_starts: set[int]) -> bool:
        """Whether the description ending at ``end`` is followed by the name it describes, a few
        lower-case or country words later ("hãng chip Đài Loan MediaTek")."""
        tail = self.descriptor_tail_rx.match(text[end:end + 50])
        return bool(tail and end + tail.end() in name_starts
                    and not any(w in self.breaks for w in tail.group(0).split()))

    def _constraints(self, noun: str, mods: str) -> tuple[frozenset[str], str | None]:
        roles = set(self.nouns.get(noun.casefold().strip("\"“”"), set()))
        country = None
        # ("the Seoul-based firm": a city counts for its country)
        text = " " + (mods or "").replace('"', " ").replace("“", " ").replace("”", " ").replace("-", " ").casefold() + " "
        for word, role in self.role_words.items():
            if f" {word} " in text:
                roles.add(role)
        for word, code in self.country_words.items():
            if f" {word} " in text:
                country = code
        return frozenset(roles), country

    def _subject_position(self, text: str, start: int) -> bool:
        """At a sentence or clause start, or after a word that opens a clause ("that", "khi")."""
        before = text[:start].rstrip()
        # (a new line starts a sentence, also after a caption with no full stop: "Ảnh: Quillion")
        if not before or before[-1] in ",.;:!?\n" or "\n" in text[len(before):start]:
            return True
        if any(before.endswith(o) and not before[:-len(o)][-1:].isalnum() for o in self.openers):
            return True  # "biết", "thừa nhận"
        # "In March 2024 it agreed ...", "..., and last September it raised": after a short time
        # phrase that opens the sentence or a clause
        sentence = self.clause_split_rx.split(before)[-1]
        return bool(self.time_opener_rx and self.time_opener_rx.fullmatch(sentence))

    def _after_preposition(self, text: str, start: int) -> bool:
        before = text[:start].rstrip().rsplit(None, 1)
        return bool(before) and before[-1].casefold() in self.object_prepositions

    def _generic_object(self, text: str, m: re.Match) -> bool:
        """"đã rót 15 triệu USD vào công ty": a bare generic noun after one of the lexicon's
        ``generic_object_prepositions`` is the company the text is about."""
        before = text[:m.start()].rstrip().rsplit(None, 1)
        return (not m.group("mods").strip() and m.group("noun").casefold() in self.generic_nouns
                and bool(before) and before[-1].casefold() in self.generic_object_prepositions)

    def _after_plural_marker(self, text: str, start: int) -> bool:
        """"các công ty" (companies) is generic, not a reference."""
        before = text[:start].rstrip().rsplit(None, 1)
        return bool(before) and before[-1].casefold() in self.plural_markers


def resolve(ref: Reference, candidates: list[tuple[int, Mention]], entities: dict[str, EntityInfo],
            sentence_index: int, sentence_subjects: dict[int, str], paragraph_start: int = 0,
            last_clause_subjects: dict[int, str] | None = None) -> str | None:
    """The entity a reference stands for.

    ``candidates`` are (sentence index, mention) of the companies named before
    the reference, oldest first. With constraints (roles, country, product),
    the most compatible recent company wins, one of the current paragraph
    (from sentence ``paragraph_start``) first; without, the subject of the
    current sentence (when the reference follows it in subject position) or of
    the most recent sentence that has one.
    """
    if ref.product_maker:
        return ref.product_maker
    recent = [(si, m) for si, m in candidates if sentence_index - si <= 6]
    if not recent:
        return None
    if ref.roles or ref.country or ref.home:
        # "Năm ngoái, startup đã huy động ...": in a roundup, the startup of this paragraph
        # unless a company named before it fits clearly better
        anywhere = _best_fit(ref, recent, entities, sentence_index, sentence_subjects, minimum=-2)
        here = [(si, m) for si, m in recent if si >= paragraph_start]
        if anywhere and here and len(here) < len(recent):
            # (a country named in the description is evidence enough to look further back)
            slack = 0 if ref.country and not ref.country_from_home else 2
            found = _best_fit(ref, here, entities, sentence_index, sentence_subjects,
                              minimum=max(0, reference_score(ref, entities[anywhere]) - slack))
            if found:
                return found
        return anywhere
    current = [m for si, m in recent if si == sentence_index]
    if current and ref.subject_position and sentence_index in sentence_subjects:
        return sentence_subjects[sentence_index]
    if current and not ref.subject_position:
        subject = sentence_subjects.get(sentence_index)
        for m in reversed(current):
            # (not a fund for "the company": "sold shares to investors led by General Catalyst in a sale that
            # valued the company at $7.5 billion")
            if m.entity != subject and not (ref.operating and _fund_only(entities.get(m.entity))):
                return m.entity
        if subject is not None and ref.after_preposition:
            # "AMD rót 50 triệu USD vào công ty này": not AMD itself, the company named just before (not a
            # fund: "Humain, công ty thuộc sở hữu của Quỹ PIF, ... cung cấp cho công ty mới này")
            other = next((m.entity for si, m in reversed(recent) if si < sentence_index and m.entity != subject
                          and (info := entities.get(m.entity)) is not None and info.type == "Company"
                          and not widen_roles(info.roles) & ROLE_GROUPS[2]), None)
            if other is not None:
                return other
        if subject is not None and not (
                (info := entities.get(subject)) is not None and widen_roles(info.roles) & ROLE_GROUPS[2]):
            # (not a fund: "Financing led by Morrowgate Capital values the company at $1.35 billion")
            return subject  # "Tenstorrent ... Blackhole, bộ xử lý do hãng này phát triển": the only company there
    if not current and ref.pronoun and last_clause_subjects and sentence_index - 1 in last_clause_subjects:
        return last_clause_subjects[sentence_index - 1]  # "..., and the lab runs .... Last month it agreed"
    if not current and (introduced := introduced_company(candidates, entities, sentence_index, sentence_subjects)):
        return introduced
    subjects = [sentence_subjects[si] for si in range(sentence_index - 1, sentence_index - 7, -1) if si in sentence_subjects]
    if ref.operating:
        # "NVentures, Nvidia's venture arm, also took part. The round values the company at ...": not the fund
        subjects = [e for e in subjects if not _fund_only(entities.get(e))] or subjects
    return subjects[0] if subjects else None


def _fund_only(info: EntityInfo | None) -> bool:
    """Whether the knowledge base knows a company only as an investor (a fund, a venture arm); roles
    guessed from the text are not sure enough to pass a company over."""
    roles = widen_roles(info.roles - {"has_parent", "startup"}) if info is not None and info.in_kb else set()
    return bool(roles) and roles <= ROLE_GROUPS[2]


def introduced_company(candidates: list[tuple[int, Mention]], entities: dict[str, EntityInfo],
                       sentence_index: int, sentence_subjects: dict[int, str]) -> str | None:
    """The one company the sentence before introduces, when that sentence has no other subject:
    "They are designed by Corvane, a Dutch start-up ... The company said ..." speaks of Corvane."""
    previous = sentence_index - 1
    if previous < 0:
        return None
    first_named: dict[str, int] = {}
    for si, m in candidates:
        first_named.setdefault(m.entity, si)
    introduced = [e for e, si in first_named.items()
                  if si == previous and (info := entities.get(e)) is not None and info.type == "Company"]
    if len(introduced) != 1 or sentence_subjects.get(previous, introduced[0]) != introduced[0]:
        return None
    return introduced[0]


def _best_fit(ref: Reference, recent: list[tuple[int, Mention]], entities: dict[str, EntityInfo],
              sentence_index: int, sentence_subjects: dict[int, str], minimum: int) -> str | None:
    """The recent company that fits the constraints best (the latest on a tie), if it scores ``minimum``."""
    scored = [(reference_score(ref, info), rank, m.entity) for rank, (si, m) in enumerate(recent)
              if (info := entities.get(m.entity)) is not None and info.type == "Company"]
    if not scored:
        return None
    top, _, best = max(scored)
    if top < minimum:
        return None
    tied = {entity for score, _, entity in scored if score == top}
    if ref.subject_position and len(tied) > 1:
        # A tie on the constraints: a subject stands for the latest sentence subject among the tied.
        for si in range(sentence_index, sentence_index - 7, -1):
            if sentence_subjects.get(si) in tied:
                return sentence_subjects[si]
    return best


# Roles that answer the same description: "hãng chip" fits a chip designer as well as a chipmaker.
ROLE_GROUPS = ({"chipmaker", "chip_designer"}, {"cloud_provider", "neocloud", "data_center"},
               {"investor", "venture_capital", "private_equity", "sovereign_fund", "asset_manager"})


def widen_roles(roles) -> set[str]:
    out = set(roles)
    for group in ROLE_GROUPS:
        if out & group:
            out |= group
    return out


def reference_score(ref: Reference, info: EntityInfo) -> int:
    """How well a company fits a reference's constraints (roles, country)."""
    score = 0
    # "startup" says how young a company is, not what it does: it fits any unknown company but an investor.
    # "the group" fits a group or a conglomerate best, any company otherwise
    if "group" in ref.roles and info.roles & {"group", "conglomerate"}:
        score += 2
    wanted = widen_roles(ref.roles - {"has_parent", "startup", "group"})
    has = widen_roles(info.roles - {"startup", "has_parent", "group"})
    if "has_parent" in ref.roles and (info.parent or "has_parent" in info.roles):
        score += 2
    if "startup" in ref.roles:
        if "startup" in info.roles:
            score += 2
        elif info.in_kb or has & (ROLE_GROUPS[2] | {"bank"}):
            score -= 3  # (nor a bank: "ký hợp đồng tín dụng với Ngân hàng X ... đầu tháng này startup đã ...")
    if wanted & has:
        score += 2
    if wanted and has and not (wanted & has):
        score -= 9  # "the chipmaker" is never a cloud company, wherever it comes from
    if ref.home and info.home:
        score += 4 if info.home == ref.home else -2  # "The San Jose company" is the one based there
    if ref.country:
        if info.country == ref.country or (ref.country_from_home and not info.country):
            score += 2  # (a home town is news about a company whose country the text has not given)
        elif info.country:
            score -= 3
    return score

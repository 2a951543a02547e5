"""Mentions: where the text names a company, a chip, a person or another thing.

Three finders, in order: the KB matcher (every alias of every KB entity), the
unknown-name finder (capitalised names that a cue confirms as a company or a
chip), and the reference resolver ("startup này", "the chipmaker", "it").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.lang.en.stop_words import STOP_WORDS as EN_STOP_WORDS

from extract.kb import KnowledgeBase
from extract.lexicon import POSSESSIVE, POSSESSIVE_ENDINGS, WORD, Lexicon, alternation, legal_suffixes
from extract.values import currency_code_rx, one_word_figure_rx
from graph.ids import entity_id

_VI_ONLY = set("ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ")
_VI_UPPER = "".join(c for c in map(chr, range(0xC0, 0x1EFA)) if c.isupper())
_VI_LOWER = "".join(c for c in map(chr, range(0xC0, 0x1EFA)) if c.islower())
# A capital may carry a Vietnamese accent: "Ánh Dương Capital", "Ô Long Ventures".
NAME_TOKEN = rf"(?:[A-ZĐ{_VI_UPPER}][\w&'’.-]*\w|[A-ZĐ{_VI_UPPER}]|[a-z]{{1,3}}-?[A-Z][\w-]*|\d+[A-Za-z][\w-]*)"


@dataclass
class Mention:
    start: int
    end: int
    entity: str
    type: str
    surface: str
    kind: str  # kb, unknown, reference


@dataclass
class EntityInfo:
    id: str
    name: str
    type: str
    aliases: set[str] = field(default_factory=set)
    parent: str | None = None
    in_kb: bool = True
    roles: set[str] = field(default_factory=set)
    country: str | None = None
    home: str | None = None  # the city it is based in, casefolded ("santa clara")


class MentionFinder:
    def __init__(self, lex: Lexicon, kb: KnowledgeBase):
        self.lex, self.kb = lex, kb
        surfaces = [s for e in kb.entities.values() for s in (e.name, *e.aliases)]
        # Case-sensitive: "Arm" the company, not "arm"; plural "s" for chips ("H100s").
        self.kb_rx = re.compile(rf"(?<![\w$€£-])({alternation(surfaces)})(s|{POSSESSIVE})?(?![\w])")
        names = lex.names
        # Acronyms in capitals count only as written: "TAM" is no name, "Tam Đảo Digital" is one.
        self.acronyms = {w for w in names.get("acronyms", []) if w.isalpha() and w.isupper()}
        self.not_names = {w.casefold() for key in ("places", "nationalities", "months", "weekdays", "titles",
                                                  "acronyms", "common_capitalised", "vi_sentence_starters")
                          for w in names.get(key, []) if w not in self.acronyms}
        # (words that are no name's first word at the start of a sentence)
        self.stop = {w.casefold() for key in ("common_capitalised", "sentence_opening_words")
                     for w in names.get(key, [])} | {w.casefold() for w in EN_STOP_WORDS}
        self.vi_starters = {w.casefold() for w in names.get("vi_sentence_starters", [])}
        # verbs a company's name may open a sentence before ("Boeing said")
        self.subject_verbs = set((lex.data.get("references") or {}).get("pronoun_verbs") or [])
        self.common = {w.casefold() for w in names.get("common_capitalised", [])}
        self.not_alone = {w.casefold() for w in names.get("not_names_alone", [])}
        place_suffixes = names.get("place_adjective_suffixes") or []
        self.place_adjective_rx = re.compile(rf"{alternation(place_suffixes)}$") if place_suffixes else None
        # "New Horizon Capital", "First Light Ventures": a common word opening a name that ends in a
        # company suffix is part of the name.
        self.name_openers = {w.casefold() for w in names.get("name_openers", [])}
        self.domestic_places = {w.casefold() for w in names.get("domestic_places", [])}
        self.places = {w.casefold() for w in names.get("places", []) + names.get("nationalities", [])}
        self.generic_words = {w.casefold() for w in names.get("generic_name_words", [])}
        countries = ((lex.data.get("references") or {}).get("modifiers") or {}).get("countries") or {}
        self.cities = ({w.casefold() for w in names.get("places", [])} - {w.casefold() for w in names.get("nationalities", [])}
                       - {w.casefold() for w in countries})
        # "Tern 300": a model number may close a name
        # "Tern 300", "HL-Edge 1.": a model number may close a name when punctuation or a chip word follows
        chip_words = alternation((lex.data.get("mentions") or {}).get("chip_cues") or ["chip"])
        # (never from inside a word: "speech-AI" holds no name "ech-AI")
        self.name_rx = re.compile(rf"(?<!\w){NAME_TOKEN}(?:(?:[ \t]+(?:&|of|de)[ \t]+|[ \t]+|-){NAME_TOKEN})*"
                                  rf"(?:[ \t]+(?!(?:19|20)\d\d(?!\d))\d{{1,4}}(?![,.]\d)(?=[,.;:)”\"]|\s*$|[ \t]+{chip_words}(?![\w])))?")
        m = lex.data["mentions"]
        lettered = lex.list("sentence", "lettered_nouns")
        self.lettered_rx = re.compile(rf"(?<!{WORD}){alternation(lettered)}\s+$", re.IGNORECASE) if lettered else None
        self.suffixes = {s.casefold() for s in m.get("company_suffixes", [])}
        # "State Bank of India": the organisation words a name may continue after with "of" and a place
        # (not "Pelerin Microsystems of Austin, Texas", a company and its home town)
        self.of_place_heads = {s.casefold() for s in m.get("of_place_heads", [])}
        # "the Abu Dhabi AI group backed by Microsoft": a place and a suffix between a determiner and a
        # describing noun say what a company is, they do not name it
        determiners, descriptors = m.get("adjectival_determiners") or [], lex.list("words", "descriptor")
        self.determiner_before_rx = re.compile(rf"(?<!{WORD}){alternation(determiners)}\s+$", re.IGNORECASE) \
            if determiners else None
        self.descriptor_after_rx = re.compile(rf"\s+{alternation(descriptors)}(?!{WORD})") if descriptors else None
        self.adverb_endings = tuple(m.get("opening_adverb_endings") or [])
        self.gerund_endings = tuple(m.get("opening_gerund_endings") or [])
        # "Tokai Digital" and "Tokai Digital Holdings" are one company; "Daeho Semicon Vina" is another
        self.group_words = legal_suffixes() | {w.casefold() for w in m.get("group_words", [])}
        # "Chipmaker Veltro Semiconductor", "Startup Nexora": a one-word cue opening the name is not part of it.
        self.cue_words = {c.casefold() for c in m.get("company_cues_before", []) if " " not in c} - self.suffixes
        cue = alternation(m.get("company_cues_before", []))
        # up to three words between the cue and the name, none of them a preposition ("operator in West Texas")
        gap_stop = alternation(m.get("cue_gap_stops") or [])
        self.cue_before = re.compile(
            rf"(?<!{WORD}){cue}(?:\s+(?!{gap_stop}(?!{WORD}))[\w-]+){{0,3}}?\s*[\"“]?\s*$", re.IGNORECASE)
        self.cue_direct = re.compile(rf"(?<!{WORD}){cue}\s*[\"“]?\s*$", re.IGNORECASE)
        app = alternation(m.get("appositive_cues", []))
        clause_word = alternation(m.get("appositive_clause_words") or [])
        # ", a chip designer", ", Musk's rocket maker": an appositive that says the name is a company
        self.appositive_after = re.compile(
            # (", a project in which the company expects": the appositive's own noun comes before any clause)
            rf"^\s*,\s*(?:(?:{app}|[A-ZĐ][\w-]*(?:\s+[A-ZĐ][\w-]*){{0,2}}{POSSESSIVE})\s+(?:(?!{clause_word}\s)[\w-]+\s+){{0,4}}?)?"
            rf"{alternation(m.get('company_cues_before', []))}(?!{WORD}|{POSSESSIVE})", re.IGNORECASE)  # (not "the company's chip")
        titles = names.get("titles", [])
        # ("Chief executive Rohan Deshpande", "said chief financial officer Jane Roe": a title of several
        # capitalised words is also written in sentence case or lower case)
        titles = titles + [v for t in titles if len(t.split()) > 1 and all(w[:1].isupper() for w in t.split())
                           for v in (t[0] + t[1:].lower(), t.lower())]
        self.title_before = re.compile(rf"(?<!{WORD}){alternation(titles)}\.?\s+$")
        # "Jane Roe, chief executive of X" is a person; "A Lanting spokesperson" names the company.
        self.person_after = re.compile(rf"^,\s+(?:the\s+|a\s+|its\s+)?{alternation(m.get('person_titles_after', []))}(?!{WORD})", re.IGNORECASE) if m.get("person_titles_after") else None
        chip_cues = alternation(m.get("chip_cues", []))
        # "the GPU Tern 300", "its first accelerator, the Tern 300"
        self.chip_before = re.compile(rf"(?<!{WORD}){chip_cues}(?:\s+yet)?(?:,\s+the)?[ \t]+$", re.IGNORECASE)
        # "Elbtal's first chip, code-named Kiebitz", "chip đầu tiên của liên doanh, có tên mã Kiebitz": a chip word
        # and a naming word a few words on name a chip
        naming = m.get("chip_naming_words") or []
        self.chip_named_before = re.compile(rf"(?<!{WORD}){chip_cues}(?:\s+[^\s,.;]+){{0,4}}?,?\s+{alternation(naming)}[ \t]+$", re.IGNORECASE) \
            if naming else None
        # "Startup chip AI Hanbit Neural", "hãng chip Rivos": a company noun before the chip word makes a company
        self.chip_company_before = re.compile(rf"(?<!{WORD}){cue}\s+{chip_cues}[ \t]+$", re.IGNORECASE)
        # "Lumen-4 optical switching chips": a model number, then up to two words, then a chip word
        # "Kestrel, an accelerator Lumora designs", not "Acme, a chip startup" nor "Acme, a startup designing chips"
        company_nouns = alternation(m.get("appositive_company_nouns") or [])
        self.chip_appositive = re.compile(
            rf"^\s*,\s+(?:an?|the|its|their)\s+(?:(?!{company_nouns}(?!{WORD}|{POSSESSIVE}))[\w'’-]+\s+){{0,3}}?{chip_cues}(?!{WORD})"
            rf"(?!\s+(?:[\w-]+\s+){{0,2}}?{company_nouns}(?!{WORD}))", re.IGNORECASE)  # "a GPU cloud operator"
        openers = m.get("chip_appositive_openers") or []
        # "DX-900, dòng DDI mới nhất do hãng phát triển": a product line, a chip or an acronym of one; "Sen-1, chip
        # suy luận": a chip
        self.chip_appositive_line = re.compile(
            rf"^\s*,\s+(?:là\s+)?(?:một\s+)?(?:{alternation(openers)}\s+(?:{chip_cues}|[A-Z]{{2,5}})|{chip_cues})(?!{WORD})",
            ) if openers else None
        self.chip_family = re.compile(
            rf"^\s+(?:family|line|series|generation|range)\s+of\s+(?:[\w-]+\s+){{0,3}}?{chip_cues}(?!{WORD})", re.IGNORECASE)
        self.chip_right_after = re.compile(rf"^\s*{chip_cues}(?!{WORD})", re.IGNORECASE)
        self.chip_word_rx = re.compile(rf"{chip_cues}s?", re.IGNORECASE)  # "GPUs", "chips"
        self.chip_after = re.compile(rf"^\s*(?:[a-z][\w-]*\s+){{0,2}}{chip_cues}(?!{WORD})", re.IGNORECASE)
        self.vi = lex.language == "vi"
        # "Workday Ventures, the strategic investment arm of Workday": the name after the unit noun is the parent
        units = (lex.data.get("words") or {}).get("unit") or []
        self.unit_of_parent = (rf"\s*,\s+(?:[\w-]+\s+){{0,5}}?{alternation(units)}\s+"
                               rf"{alternation(m.get('unit_prepositions') or [])}\s+") if units else None
        self.possessive_before = re.compile(
            rf"(?<!\w){alternation(m.get('possessive_words') or [])}\s+$|\w{POSSESSIVE}\s+$", re.IGNORECASE)
        # "Samsung Catalyst Fund", "Intel Capital": a KB name opening a longer name that ends
        # in one of these is a company of its own, not the KB company.
        ext = m.get("kb_name_extensions") or []
        # ("FPT.AI": a KB name before a web-domain ending is another company's name)
        domains = m.get("kb_name_domain_endings") or []
        domain = rf"|\.{alternation(domains, flexible_space=False)}(?![\w'’-])" if domains else ""
        self.kb_extension_rx = re.compile(
            rf"(?:(?:[ \t]+{NAME_TOKEN}){{0,3}}[ \t]+{alternation(ext)}(?![\w'’-]){domain})") if ext else None
        # "Taiwan Semiconductor Manufacturing Co", "Alchip Technologies, Limited": a legal form after a
        # KB name is part of that name.
        legal = names.get("legal_suffixes") or []
        self.legal_suffix_rx = re.compile(rf",?[ \t]+{alternation(legal)}(?![\w'’-])(?![ \t]+[A-Z])") if legal else None
        self.other_extension_rx = re.compile(
            rf"(?:[ \t]+{NAME_TOKEN}){{0,2}}[ \t]+{alternation(m.get('company_suffixes', []))}(?![\w'’-])")
        # "Công ty Hạ tầng Số Bình Minh (BMDI)": an organisation word, then capitalised words
        # (up to three lower-case syllables may sit between two capitalised ones: "Đổi mới sáng tạo Hồng Hà").
        heads = m.get("org_name_heads") or []
        self.name_breaks = {w.casefold() for w in m.get("org_name_breaks") or []}
        breaks = m.get("org_name_breaks") or []
        stop = alternation(heads + breaks)
        # ("Công ty Cổ phần Tập đoàn Công nghệ Số Pha Đin": an organisation word inside the name is part of it)
        cap = rf"(?!{alternation(breaks)}(?![\w]))[A-Z{_VI_UPPER}][\w&'’-]*" if breaks else rf"[A-Z{_VI_UPPER}][\w&'’-]*"
        # ("Thiết bị An ninh Vọng Cảnh": a break word may close a compound word of the name)
        compounds = [c.split() for c in m.get("org_name_compounds") or [] if len(c.split()) == 2]
        kept = "".join(rf"(?<=(?i:{re.escape(a)})[ \t]){re.escape(b)}(?![\w])|" for a, b in compounds)
        plain = rf"[a-z{_VI_LOWER}][\w-]*"
        # ("Công ty Cổ phần Hạ tầng Dữ liệu và Điện toán Phước Kiển (PK Data)": a joiner inside a legal name
        # that a bracketed short name closes)
        joiners = m.get("org_name_joiners") or []
        # (not "Tập đoàn A và Công ty B (BCo)": two organisations)
        joined = (rf"{alternation(joiners)}(?![ \t]+{alternation(heads)}(?![\w]))(?=(?:[ \t]+(?:{cap}|{plain}))+[ \t]*\()|"
                  if joiners else "")
        low = rf"(?:{kept}{joined}(?!{stop}(?![\w])){plain})"
        self.org_rx = re.compile(
            rf"(?<![\w])(?P<head>{alternation(heads)})(?P<words>(?:[ \t]+{cap})(?:(?:[ \t]+{low}){{0,3}}[ \t]+{cap})*"
            rf"(?:[ \t]+{low}(?=[ \t]*\([A-ZĐ][A-Za-z0-9&.-]{{1,11}}\)))?)"
        ) if heads else None
        # "Tập đoàn Viễn thông Hòa Bình (HBT Telecom)": an acronym or a short name of two words.
        self.vi_name_rx = re.compile(
            rf"(?<![\w])[A-ZĐ{_VI_UPPER}][\w]*(?:[ \t]+[a-zđ{_VI_LOWER}][\w]*){{1,2}}(?:[ \t]+[A-ZĐ{_VI_UPPER}][\w]*){{2,4}}(?![\w])"
        ) if self.vi else None
        self.acronym_rx = re.compile(
            rf"^\s*\((?P<acr>[A-ZĐ{_VI_UPPER}][\w&.-]{{1,11}}(?: [A-ZĐ{_VI_UPPER}][\w&.-]{{1,11}}){{0,2}})\)")
        # "Công ty Cổ phần ... Pha Đin (tên viết tắt: Pha Đin Tech, mã chứng khoán: PDT)": labelled short names
        # (a label ends on a colon or is written with its own verb: "gọi tắt là")
        labels = m.get("bracket_name_labels") or []
        self.labelled_name_rx = re.compile(
            rf"(?:^\s*\(|[,;]\s*){alternation(labels)}\s*:?\s*(?P<acr>[A-ZĐ{_VI_UPPER}][\w&.-]*(?: [A-ZĐ{_VI_UPPER}][\w&.-]*){{0,3}})(?=\s*[,;)])"
        ) if labels else None
        # "Hanguang 900" after a KB family "Hanguang": a model number makes a chip of its own
        # (years such as "Blackwell 2025" are not model numbers).
        # "chip Sen 2 được ...": a generation number, not a quantity ("8 W", "12 lớp")
        units = m.get("quantity_units") or []
        self.chip_number_rx = re.compile(
            r"[ \t]+\d{1,2}(?![\d.,]?\d)(?![\w%])" + (rf"(?![ \t]*{alternation(units)}(?!\w))" if units else ""))
        # "lease 200MW of capacity", "is putting in Dh2bn": a figure written as one word is no name
        self.figure_rx = one_word_figure_rx(lex, units)
        # "raised NOK 2.4 billion": a currency code before a figure is no name either
        self.currency_code_rx = currency_code_rx(lex)
        # "Tessera Bio. The drug-discovery startup ...": a roundup item's heading, then its description
        self.item_heading_rx = re.compile(r"\.[ \t]+[A-ZĐ]") if m.get("item_headings") else None
        self.chip_model_rx = re.compile(r"[ \t]+(?!(?:19|20)\d\d(?![\w]))(?:\d{3,4}[A-Z]{0,2}|[A-Z]\d{1,3}[A-Z]?|v\d+[a-z]?|\d{1,2}(?=\s*[,.;:)]|\s+(?:do|của|and|chips?|processors?|accelerators?)(?!\w)))(?![\w.,-]\w|[\w%])")

    # -- KB ---------------------------------------------------------------
    def kb_mentions(self, text: str) -> list[Mention]:
        out = []
        found = list(self.kb_rx.finditer(text))
        renamed = self._chip_named_companies(text, found)
        for m in found:
            full = next((n for n in renamed if text.startswith(n, m.start(1))
                         and not re.match(r"[\w-]", text[m.start(1) + len(n):m.start(1) + len(n) + 1])), None)
            if full is not None:
                out.append(Mention(m.start(1), m.start(1) + len(full), entity_id("Company", canonical_name(full)),
                                   "Company", full, "unknown"))
                continue
            surface = m.group(1)
            ent = self.kb.lookup(surface)
            if ent is None:
                continue
            if m.group(2) == "s" and ent.type != "Chip":
                continue
            end = m.end(1) + (1 if m.group(2) == "s" else 0)
            etype = ent.type
            eid = ent.id
            info = ent.info
            if etype == "Other" and getattr(info, "kind", None) == "brand" and getattr(info, "maker", None):
                eid, etype = entity_id("Company", info.maker), "Company"
            if etype == "Company" and self._inside_name(text, Mention(m.start(1), end, eid, etype, surface, "kb"), out):
                continue  # "Hana Micron Vina": a KB company right after an unknown capitalised word
            if (getattr(info, "kind", None) == "technology" and not m.group(2)
                    and re.search(r"(?-i:[A-ZĐ])[\w-]+ $", text[max(0, m.start(1) - 30):m.start(1)])
                    and self.appositive_after.match(text[end:end + 80])):
                continue  # "Beskyd GPU, a smaller Brno rival": the last word of a company's name
            model = self.chip_model_rx.match(text, end) if etype == "Chip" and not m.group(2) else None
            if model is not None:
                full = text[m.start(1):model.end()]
                out.append(Mention(m.start(1), model.end(), entity_id("Chip", full), "Chip", full, "unknown"))
                continue
            ext = None
            if self.kb_extension_rx and etype == "Company" and not m.group(2):
                ext = self.kb_extension_rx.match(text, end)
            elif etype in ("Other", "Chip") and not m.group(2) and getattr(info, "kind", None) != "technology":
                # "Colossus Compute Holdings" named after a project, "Ascend Vietnam Ventures" after a chip
                # (not "hạ tầng GPU Corvaska Cloud": a technology word only describes the name after it)
                ext = self.other_extension_rx.match(text, end)
            if ext is not None:
                full = text[m.start(1):ext.end()]
                out.append(Mention(m.start(1), ext.end(), entity_id("Company", canonical_name(full)), "Company",
                                   full, "unknown"))
                continue
            legal = self.legal_suffix_rx.match(text, end) if self.legal_suffix_rx and etype == "Company" and not m.group(2) else None
            if legal is not None:
                end, surface = legal.end(), text[m.start(1):legal.end()]
            out.append(Mention(m.start(1), end, eid, etype, surface, "kb"))
        # A KB name matched inside a longer name found above is part of that name.
        longer = [(x.start, x.end) for x in out if x.kind == "unknown"]
        return [x for x in out if x.kind == "unknown" or not any(a <= x.start and x.end <= b for a, b in longer)]

    def _chip_named_companies(self, text: str, found: list[re.Match]) -> set[str]:
        """Names that begin with a KB chip's name and that an appositive presents as a company: "Cobalt
        Fabric, startup thiết kế chip suy luận", "Maia Robotics, a Leeds start-up". Every mention of such a
        name is the company. ``found`` are the KB name matches of ``text``."""
        out = set()
        for m in found:
            ent = self.kb.lookup(m.group(1))
            if ent is None or ent.type != "Chip" or m.group(2) or getattr(ent.info, "kind", None) == "technology":
                continue
            rest = re.match(rf"[ \t]+{NAME_TOKEN}(?:[ \t]+{NAME_TOKEN})?", text[m.end(1):])
            if (rest is None or self.chip_model_rx.match(text, m.end(1))
                    or any(self.chip_word_rx.fullmatch(word) for word in rest.group(0).split())
                    or self.kb.lookup(text[m.start(1):m.end(1) + rest.end()])):
                continue
            end = m.end(1) + rest.end()
            if self.appositive_after.match(text[end:end + 80]):
                out.add(text[m.start(1):end])
        return out

    def _inside_name(self, text: str, m: Mention, kb: list[Mention]) -> bool:
        """Whether a KB company name is inside another company's name: right after an unknown
        capitalised word ("Hana Micron Vina"); the name finder then reads the whole name."""
        hit = re.search(rf"(?:^|[^\w])([A-ZĐ{_VI_UPPER}][\w-]+)[ \t]+$", text[max(0, m.start - 30):m.start])
        if hit is None:
            return False
        word = hit.group(1)
        start = m.start - (len(text[max(0, m.start - 30):m.start]) - hit.start(1))
        folded = word.casefold()
        if (folded in self.not_names or folded in self.places or folded in self.stop or folded in self.vi_starters
                or any(k.start <= start < k.end for k in kb)):
            return False
        before = text[:start].rstrip()
        two = f"{before.rsplit(None, 1)[-1]} {word}".casefold() if before else ""
        if two in self.places or two in self.not_names:
            return False  # "tập đoàn Nhật Bản SoftBank"
        return bool(before) and before[-1] not in ".!?:\n\"“"  # not the first word of a sentence

    def org_mentions(self, text: str, taken: list[tuple[int, int]]) -> list[Mention]:
        """Organisations named with an organisation word and Vietnamese words:
        "Tập đoàn Năng lượng Bình Minh", "Công ty Hạ tầng Số Bình Minh"."""
        if self.org_rx is None:
            return []
        out = []
        for m in self.org_rx.finditer(text):
            s, e = m.start(), m.end()
            if any(a < e and s < b for a, b in taken):
                continue
            words = m.group("words").split()
            rest = " ".join(words).casefold()
            if rest in self.not_names or rest in self.places or words[0].casefold() in self.places:
                continue
            if not any(c in _VI_ONLY for c in rest) and not any(w[0].islower() for w in words):
                continue  # "Công ty Kaiyo Holdings": a foreign-style name, found by the name finder
            surface = text[s:e]
            out.append(Mention(s, e, entity_id("Company", canonical_name(surface)), "Company", surface, "unknown"))
        return out

    def _short_name(self, acr: str) -> bool:
        """A bracketed short name, not a place or a note: "BMDI", "HBT Telecom", "Trường Sơn AI"
        but not "Nhật Bản", "Singapore" or "TP.HCM"."""
        folded = acr.casefold()
        if folded in self.not_names or acr in self.acronyms or folded in self.places or sum(c.isupper() for c in acr) < 2:
            return False
        if not any(c in _VI_ONLY for c in folded):
            return True
        # Vietnamese words need a Latin acronym beside them ("Trường Sơn AI", "Sông Hàn DC").
        return any(w.isascii() and sum(c.isupper() for c in w) >= 2 for w in acr.split())

    def same_organisation(self, orgs: list[Mention]) -> list[Mention]:
        """"Ngân hàng TMCP Bắc Hải" and "Ngân hàng Bắc Hải": one organisation when the words after
        the organisation word are the same; the longest name gives the entity."""
        by_words: dict[str, Mention] = {}
        for m in sorted(orgs, key=lambda m: -len(m.surface)):
            hit = self.org_rx.fullmatch(m.surface) if self.org_rx is not None else None
            if hit is not None:
                by_words.setdefault(hit.group("words").strip().casefold(), m)
        out = []
        for m in orgs:
            hit = self.org_rx.fullmatch(m.surface) if self.org_rx is not None else None
            owner = by_words.get(hit.group("words").strip().casefold()) if hit is not None else None
            out.append(m if owner is None else Mention(m.start, m.end, owner.entity, m.type, m.surface, m.kind))
        return out

    def org_short_forms(self, text: str, orgs: list[Mention], taken: list[tuple[int, int]]) -> list[Mention]:
        """"Công ty cổ phần Vi mạch Sông Hàn" is later "Vi mạch Sông Hàn" or "Sông Hàn": the name
        without its organisation word, and its closing proper name of two words or more."""
        forms: dict[str, str] = {}
        for m in orgs:
            if m.kind != "unknown" or self.org_rx is None:
                continue
            hit = self.org_rx.fullmatch(m.surface)
            if hit is not None:
                words = hit.group("words").split()
            elif (len(m.surface.split()) >= 3 and m.surface.split()[-1].casefold() in self.suffixes
                    and any(c in _VI_ONLY for c in m.surface.casefold())):
                words = m.surface.split()[:-1] + ["-"]  # "Hải Đăng AI" is later "Hải Đăng"
            elif self.vi_name_rx is not None and self.vi_name_rx.fullmatch(m.surface):
                words = m.surface.split()  # "Dữ liệu Lớn Hồng Hà" is later "Hồng Hà"
            else:
                continue
            forms.setdefault(" ".join(words), m.entity)
            if (hit is not None and len(words) >= 3 and words[-1].casefold() in self.suffixes
                    and all(w[0].isupper() for w in words[:-1]) and any(c in _VI_ONLY for c in " ".join(words[:-1]).casefold())):
                forms.setdefault(" ".join(words[:-1]), m.entity)  # "Công ty Cổ phần Bách Việt Digital" is later "Bách Việt"
            if words[-1] == "-":
                words = words[:-1]
                if all(w[0].isupper() for w in words):
                    forms.setdefault(" ".join(words), m.entity)
                continue
            tail = []
            for w in reversed(words):
                if not w[0].isupper():
                    break
                tail.insert(0, w)
            if 2 <= len(tail) < len(words):
                forms.setdefault(" ".join(tail), m.entity)
            if len(tail) >= 3 and any(c in _VI_ONLY for c in " ".join(tail[-2:]).casefold()):
                # "Công ty Cổ phần Hạ tầng Số Bến Hải" is later "Bến Hải": a Vietnamese proper name of two syllables
                forms.setdefault(" ".join(tail[-2:]), m.entity)
        out = []
        for form, entity in sorted(forms.items(), key=lambda kv: -len(kv[0])):
            # not inside a longer name: "Hải Đăng" is not "Hải Đăng Data" nor "Tập đoàn Hải Đăng"
            upper = f"A-ZĐ{_VI_UPPER}"
            for hit in re.finditer(rf"(?<![\w]){re.escape(form)}(?![\w])(?![ \t]+[{upper}\d])", text):
                if any(a < hit.end() and hit.start() < b for a, b in taken) or any(
                        o.start < hit.end() and hit.start() < o.end for o in out):
                    continue
                prev = re.search(r"(\S+)[ \t]+$", text[max(0, hit.start() - 20):hit.start()])
                # (a capitalised word before is part of a longer name, unless it ends a sentence: "... hạ tầng AI. Lạch Trường")
                if prev and prev.group(1)[:1].isupper() and prev.group(1)[-1] not in ".!?;:," \
                        and prev.group(1).casefold() not in self.vi_starters \
                        and prev.group(1).casefold() not in self.common and text[:hit.start() - len(prev.group(0))].rstrip()[-1:] not in ("", ".", "!", "?", "\n", ":"):
                    continue
                out.append(Mention(hit.start(), hit.end(), entity, "Company", form, "unknown"))
        return out

    def acronym_aliases(self, text: str, named: list[Mention], taken: list[tuple[int, int]]) -> list[Mention]:
        """"Foo Bar Cloud (FBC)": every later "FBC" is Foo Bar Cloud."""
        owners: dict[str, Mention] = {}
        for m in named:
            if m.kind != "unknown" or m.type != "Company":
                continue
            hit = self.acronym_rx.match(text[m.end:m.end + 40])
            if hit and self._short_name(hit.group("acr")):
                owners.setdefault(hit.group("acr"), m)
            bracket = re.match(r"\s*\([^()]{0,120}\)", text[m.end:m.end + 130])
            if bracket and self.labelled_name_rx is not None:
                for hit in self.labelled_name_rx.finditer(bracket.group(0)):
                    if hit.group("acr").casefold() not in self.not_names:
                        owners.setdefault(hit.group("acr"), m)
        out = []
        for acr, owner in owners.items():
            for hit in re.finditer(rf"(?<![\w-]){re.escape(acr)}{POSSESSIVE}?(?![\w-])", text):
                if any(a < hit.end() and hit.start() < b for a, b in taken):
                    continue
                end = hit.start() + len(acr)
                out.append(Mention(hit.start(), end, owner.entity, "Company", acr, "unknown"))
        return out

    def parent_of_unit(self, text: str, name: str, short: str) -> bool:
        """"Workday Ventures, the strategic investment arm of Workday, Inc.": ``short`` is the parent of
        ``name``, not a short form of it."""
        return self.unit_of_parent is not None and re.search(
            rf"{re.escape(name)}{self.unit_of_parent}{re.escape(short)}(?![\w-]|{POSSESSIVE}|\s+[A-Z])", text, re.IGNORECASE) is not None

    # -- unknown names ----------------------------------------------------
    def unknown_mentions(self, text: str, taken: list[tuple[int, int]], sentence_starts: set[int]) -> tuple[list[Mention], list[Mention]]:
        """Confirmed unknown companies and chips, and unconfirmed candidates."""
        confirmed: list[Mention] = []
        candidates: list[Mention] = []
        persons: list[Mention] = []
        for m in self.name_rx.finditer(text):
            pieces = self._split_on_possessive(text, self._split_on_taken(m.start(), m.end(), taken))
            for start, end in self._split_on_joined(text, pieces):
                span = self._trim(text, start, end, sentence_starts)
                if not span:
                    continue
                s, e = span
                surface = text[s:e]
                before, after = text[max(0, s - 60):s], text[e:e + 80]
                if self.title_before.search(before) or (self.person_after and self.person_after.match(after)):
                    persons.append(Mention(s, e, entity_id("Person", surface), "Person", surface, "unknown"))
                    continue
                kind = self._confirm(surface, before, after)
                model = self.chip_number_rx.match(text, e) if kind == "chip" else None
                if model is not None:
                    e = model.end()  # "chip Sen 2 được sản xuất": the generation number is part of the name
                    surface = text[s:e]
                if kind == "chip" and len(surface.split()) > 1 and surface.split()[-1] == "AI":
                    e = s + len(surface.rsplit(None, 1)[0])  # "Metis AI processing units": the chip is Metis
                    surface = text[s:e]
                name = canonical_name(surface)
                etype = "Chip" if kind == "chip" else "Company"
                mention = Mention(s, e, entity_id(etype, name), etype, surface, "unknown")
                (confirmed if kind else candidates).append(mention)
        # "thế hệ Sen 1", "thử nghiệm Sen 2": a generation of a chip named elsewhere
        chip_stems = {re.sub(r"\s+\d{1,2}$", "", m.surface) for m in confirmed if m.type == "Chip"}
        for i, m in enumerate(candidates):
            model = self.chip_number_rx.match(text, m.end) if m.surface in chip_stems else None
            if model is not None:
                surface = text[m.start:model.end()]
                candidates[i] = Mention(m.start, model.end(), entity_id("Chip", canonical_name(surface)), "Chip", surface, "unknown")
        # "Baekho-2" is a chip, so "Baekho-1" is another generation of it
        hyphen_stems = {generation_stem(m.surface) for m in confirmed if m.type == "Chip"} - {None}
        for m in [c for c in candidates if generation_stem(c.surface) in hyphen_stems]:
            candidates.remove(m)
            confirmed.append(Mention(m.start, m.end, entity_id("Chip", canonical_name(m.surface)), "Chip", m.surface, "unknown"))
        # A short form of a confirmed name ("Cadmus" for "Cadmus Semiconductor") is that company.
        full_names = {canonical_name(m.surface): m for m in confirmed if m.type == "Company" and " " in canonical_name(m.surface)}

        # "Tokai Digital" in a headline, "Tokai Digital Holdings" in the text: one company
        same: dict[str, str] = {}
        for name, m in full_names.items():
            longer = {o.entity for other, o in full_names.items() if other.startswith(name + " ")
                      and all(w.casefold() in self.group_words for w in other[len(name) + 1:].split())}
            if len(longer) == 1 and m.entity not in longer:
                same[m.entity] = longer.pop()
        confirmed = [Mention(m.start, m.end, same[m.entity], m.type, m.surface, m.kind) if m.entity in same else m
                     for m in confirmed]
        full_names = {name: m for name, m in full_names.items() if m.entity not in same}

        def owners_of(short: str) -> list[Mention]:
            # "Kinwave" is Kinwave Microelectronics, not its local unit "Kinwave Việt Nam"
            found = {m.entity: m for name, m in full_names.items() if name.startswith(short + " ") and not self.parent_of_unit(text, name, short)}
            parents = {e: m for e, m in found.items()
                       if canonical_name(m.surface)[len(short) + 1:].casefold() not in self.places}
            return list((parents or found).values())

        for c in list(candidates):
            short = canonical_name(c.surface)
            owners = owners_of(short)
            owner = owners[0] if owners else None
            if owner is not None:
                candidates.remove(c)
                confirmed.append(Mention(c.start, c.end, owner.entity, "Company", c.surface, "unknown"))
        # The same holds for a short form that a cue confirmed on its own ("Cadmus buys ...").
        for i, c in enumerate(confirmed):
            short = canonical_name(c.surface)
            if c.type != "Company":
                continue
            if " " in short:
                continue
            owners = owners_of(short)
            if len(owners) == 1:
                confirmed[i] = Mention(c.start, c.end, owners[0].entity, "Company", c.surface, "unknown")
        # "CEO Lotus Mind": a title before a name the text confirms as a company elsewhere is that company.
        companies = {m.entity for m in confirmed if m.type == "Company"}
        for p in list(persons):
            company_id = entity_id("Company", canonical_name(p.surface))
            owners = owners_of(canonical_name(p.surface)) if " " not in p.surface else []
            if len(owners) == 1:
                company_id = owners[0].entity  # "Chủ tịch Tokai": of Tokai Digital Holdings
            if company_id in companies:
                persons.remove(p)
                confirmed.append(Mention(p.start, p.end, company_id, "Company", p.surface, "unknown"))
        # One confirmed mention confirms every mention of the same name.
        known = {m.entity: m.type for m in confirmed}
        for c in list(candidates):
            company_id, chip_id = entity_id("Company", canonical_name(c.surface)), entity_id("Chip", canonical_name(c.surface))
            if company_id in known or chip_id in known:
                candidates.remove(c)
                etype = known.get(company_id) or known.get(chip_id)
                confirmed.append(Mention(c.start, c.end, entity_id(etype, canonical_name(c.surface)), etype, c.surface, "unknown"))
        if self.vi_name_rx is not None:
            # "Hạ tầng Số Tản Viên, một doanh nghiệp trong nước": a name of Vietnamese words that
            # starts with a common noun; only a cue (an appositive, "doanh nghiệp") makes it a company.
            seen = [(m.start, m.end) for m in confirmed + persons] + list(taken)
            for m in self.vi_name_rx.finditer(text):
                s, e = m.start(), m.end()
                first = text[s:e].split()[0].casefold()
                if (s in sentence_starts or any(a < e and s < b for a, b in seen) or first in self.vi_starters
                        or first in self.not_names or text[:s].rstrip()[-1:] in ("", ".", "!", "?", "\n", '"', "“", ":", "-", "–", "—")):
                    continue
                surface = text[s:e]
                if any(w.casefold() in self.name_breaks for w in surface.split()[1:] if w.islower()):
                    continue  # "quỹ Hàn Quốc cho vòng Series B": the words between are no name
                if self._confirm(surface, text[max(0, s - 60):s], text[e:e + 80]) == "company":
                    confirmed.append(Mention(s, e, entity_id("Company", canonical_name(surface)), "Company", surface, "unknown"))
                    candidates = [c for c in candidates if not (c.start < e and s < c.end)]
        # "sàn thương mại điện tử Chợ Phiên ... Chợ Phiên là đối thủ": a name of Vietnamese words that a cue
        # confirmed once is that company wherever the text repeats it.
        if self.vi:
            seen = [(m.start, m.end) for m in confirmed + candidates + persons] + list(taken)
            # (longest first: "Thái Sơn DC" before "Thái Sơn", whatever the set's order)
            for surface in sorted({m.surface for m in confirmed if m.type == "Company" and " " in m.surface},
                                  key=lambda x: (-len(x), x)):
                for hit in re.finditer(rf"(?<![\w]){re.escape(surface)}(?![\w])", text):
                    if not any(a < hit.end() and hit.start() < b for a, b in seen):
                        confirmed.append(Mention(hit.start(), hit.end(), entity_id("Company", canonical_name(surface)),
                                                 "Company", surface, "unknown"))
                        seen.append(hit.span())
        # "Global Unichip Corp." named in full, "GUC" elsewhere: the initials are the same company.
        initials: dict[str, set] = {}
        for m in confirmed:
            words = [w for w in m.surface.split() if w[:1].isupper()]
            if m.type == "Company" and len(words) >= 2:
                for ws in (words, [w for w in words if w.casefold().rstrip(".") not in legal_suffixes()]):
                    if len(ws) >= 2:
                        initials.setdefault("".join(w[0] for w in ws), set()).add(m.entity)
        for c in list(candidates):
            owners = initials.get(c.surface, set())
            if c.surface.isupper() and len(owners) == 1:
                candidates.remove(c)
                confirmed.append(Mention(c.start, c.end, next(iter(owners)), "Company", c.surface, "unknown"))
        # "các đối thủ như LX Semicon và Novatek": a name listed with a confirmed company is one too.
        joined = re.compile(r",?\s(?:and|và|or|hoặc|&)\s")
        for c in sorted(candidates, key=lambda m: m.start):
            for m in confirmed:
                if m.type == "Company" and (
                        (m.end <= c.start and joined.fullmatch(text[m.end:c.start]))
                        or (c.end <= m.start and joined.fullmatch(text[c.end:m.start]))):
                    candidates.remove(c)
                    confirmed.append(Mention(c.start, c.end, entity_id("Company", canonical_name(c.surface)),
                                             "Company", c.surface, "unknown"))
                    break
        # "Minister Aurora Vidal ... Vidal said": a person's surname alone is that person, no company.
        surnames = {p.surface.split()[-1] for p in persons if len(p.surface.split()) > 1}
        candidates = [c for c in candidates if c.surface not in surnames]
        # ("Tháng 5, Công ty ...": a number alone is no name)
        confirmed = [m for m in confirmed if any(ch.isalpha() for ch in m.surface)]
        candidates = [c for c in candidates if any(ch.isalpha() for ch in c.surface)]
        return sorted(confirmed + persons, key=lambda x: x.start), candidates

    def _split_on_joined(self, text, pieces):
        """"Arden Capital and Solace Ventures": two names when the first ends in a company suffix."""
        out = []
        for s, e in pieces:
            while True:
                hit = next((j for j in re.finditer(r"[ \t]+(?:and|&)[ \t]+", text[s:e])
                            if text[s:s + j.start()].split()
                            and text[s:s + j.start()].split()[-1].casefold().rstrip(".,") in self.suffixes), None)
                if hit is None:
                    break
                out.append((s, s + hit.start()))
                s = s + hit.end()
            out.append((s, e))
        return out

    @staticmethod
    def _split_on_possessive(text, pieces):
        """"Kestrel Grid's AI unit": a possessive ends the name; what follows is another name."""
        out = []
        for s, e in pieces:
            for hit in re.finditer(rf"{POSSESSIVE}(?=[ \t]+\S)", text[s:e]):
                cut = s + hit.end()
                out.append((s, cut))
                s = cut
            out.append((s, e))
        return [(s, e) for s, e in out if text[s:e].strip()]

    def _split_on_taken(self, start, end, taken):
        pieces = [(start, end)]
        for ts, te in taken:
            nxt = []
            for s, e in pieces:
                if te <= s or ts >= e:
                    nxt.append((s, e))
                    continue
                if ts > s:
                    nxt.append((s, ts))
                if te < e:
                    nxt.append((te, e))
            pieces = nxt
        return pieces

    def _trim(self, text, start, end, sentence_starts):
        tokens = [(t.start() + start, t.end() + start) for t in re.finditer(r"\S+", text[start:end])]
        tokens = [(s, e - (2 if text[s:e].endswith(POSSESSIVE_ENDINGS) else 0)) for s, e in tokens]
        tokens = [(s, e - 1 if text[e - 1] in ".,-&" and text[s:e].casefold() not in legal_suffixes() else e) for s, e in tokens]

        if len(tokens) >= 3 and all(text[a:b].isupper() for a, b in tokens):
            return None  # "HANOI SPEECH START-UP RAISES $28 MLN": a wire headline, not a name
        whole = " ".join(text[a:b] for a, b in tokens).casefold()
        if whole in self.not_names or whole in self.places or text[start:end] in self.acronyms:
            return None
        at_sentence_start = bool(tokens) and tokens[0][0] in sentence_starts

        def clause_start(s):
            before = text[max(0, s - 3):s].rstrip(" \t")
            return not before or before[-1] in "\n\"“”:;-–—(.!?,•*·"

        def is_name(i, s, e):
            word = text[s:e]
            folded = word.casefold()
            if not any(c.isalnum() for c in word):
                return False
            if "-" in word and word.rsplit("-", 1)[1].islower():
                return False  # "Toronto-based", "Nvidia-designed"
            if i > 0 and re.fullmatch(r"[A-Z]\d{1,2}", word):
                return True  # "Dunnock Q3", "Hollin H2": after a name, a quarter's or half's acronym is a model number
            if i == 0 and folded in self.vi_starters and len(tokens) == 2 and text[slice(*tokens[1])].casefold() in self.suffixes:
                return True  # "Do Ventures rót 5 triệu USD": a starter before a lone company suffix is a name
            if (folded in self.not_names or word in self.acronyms) and not (i > 0 and folded in self.suffixes) and not (
                    folded in self.vi_starters and folded not in self.common and not (at_sentence_start or clause_start(s))):
                return False
            # A Vietnamese sentence starter ("Do", "Theo") inside a sentence is a name ("Do Ventures").
            starter = folded in self.vi_starters and (at_sentence_start or clause_start(s))
            if i == 0 and (starter or folded in self.common
                           or (at_sentence_start and folded in self.stop)):
                return False
            return True

        def opens_name():
            first, last = (text[a:b].casefold() for a, b in (tokens[0], tokens[-1])) if tokens else ("", "")
            if len(tokens) > 1 and first in self.name_openers and last in self.suffixes:
                return all(is_name(i, *t) for i, t in enumerate(tokens) if i > 0)
            # "Polish Development Fund", "Korea Development Bank", "Portugal Ventures": a nationality or
            # place opens a name made only of generic words and a company suffix; "Chengdu Tianfu
            # Computing": a city opens a name of two words or more that ends in a company suffix.
            return (len(tokens) > 1 and first in self.places and last in self.suffixes
                    and (all(text[a:b].casefold() in self.generic_words for a, b in tokens[1:-1])
                         or first in self.cities))

        def native_place_name():
            # "Nhật Tân Data", "Mỹ Khê": a one-word place before a Vietnamese word opens a Vietnamese name
            # ("hãng chip Mỹ Nvidia" keeps the place out)
            if not self.vi or len(tokens) < 2:
                return False
            first, second = (text[a:b] for a, b in tokens[:2])
            return (first.casefold() in self.places and f"{first} {second}".casefold() not in self.places
                    and any(c in _VI_ONLY for c in second.casefold()))

        def place_and_suffix():
            # "Tuy Hòa Digital", "Đông Á Telecom": a place and one company suffix is a name, even when the
            # place's first word is a common one ("Tuy" is also "although")
            if (tokens and self.determiner_before_rx and self.descriptor_after_rx
                    and self.determiner_before_rx.search(text[max(0, tokens[0][0] - 8):tokens[0][0]])
                    and self.descriptor_after_rx.match(text, tokens[-1][1])):
                return False
            return any(len(tokens) == n + 1 and " ".join(text[a:b] for a, b in tokens[:n]).casefold() in self.places
                       and text[tokens[n][0]:tokens[n][1]].casefold() in self.suffixes for n in (1, 2, 3))

        def spelled_in_brackets():
            # "Japan Advanced Semiconductor Manufacturing (JASM)": bracketed initials that spell every word,
            # the place too, say the place is part of the name
            after = re.match(r"\s*\(([A-Z]{3,8})\)", text[tokens[-1][1]:tokens[-1][1] + 12]) if tokens else None
            return bool(after) and after.group(1) == "".join(text[a] for a, b in tokens if text[a].isupper())

        if tokens and tokens[0][0] > 0 and text[tokens[0][0] - 1] in "$€£¥₹" and text[tokens[0][0]].isdigit():
            tokens.pop(0)  # "$11bn AI campus": an amount
            at_sentence_start = False
        # "the Series B of Lyrebird Robotics": a round's letter, then the company
        letter = next((i for i, (a, b) in enumerate(tokens[:2]) if b - a == 1 and self.lettered_rx
                       and self.lettered_rx.search(text[max(0, a - 10):a])), None)
        if letter is not None and len(tokens) > letter + 2 and text[slice(*tokens[letter + 1])] == "of":
            del tokens[:letter + 2]
            at_sentence_start = False
        while tokens and self.figure_rx.fullmatch(text[tokens[0][0]:tokens[0][1]]):
            tokens.pop(0)
        if (tokens and self.currency_code_rx
                and (code := self.currency_code_rx.match(text, tokens[-1][0])) and code.end() == tokens[-1][1]):
            tokens.pop()
            at_sentence_start = False
        # "a San Jose-based rival": a place before "-based" is not a name.
        based = [i for i, (a, b) in enumerate(tokens) if self.place_adjective_rx and self.place_adjective_rx.search(text[a:b])]
        if based:
            tokens = tokens[based[-1] + 1:]
            at_sentence_start = False
        # (until nothing changes: "chip AI Hàn Quốc Hanbit Neural" drops "AI", then the place)
        while True:
            kept_tokens = len(tokens)
            # "Nhật Bản Kaiyo Holdings": a place of several words before the name is not part of it.
            for n in (3, 2):
                # ("Đông Á Telecom": a place and one company suffix is a name)
                while (len(tokens) > n and " ".join(text[a:b] for a, b in tokens[:n]).casefold() in self.places
                       and " ".join(text[a:b] for a, b in tokens[:n]).casefold() not in self.domestic_places
                       and not place_and_suffix()):
                    tokens = tokens[n:]
                    at_sentence_start = False
            while tokens and not opens_name() and not native_place_name() and not place_and_suffix() and not spelled_in_brackets() and (not is_name(0, *tokens[0])
                              or (len(tokens) > 1 and text[tokens[0][0]:tokens[0][1]].casefold() in self.cue_words)):
                tokens.pop(0)
                at_sentence_start = False
            if len(tokens) == kept_tokens:
                break
        # "Quỹ Nhật Bản Sakurajima Partners": the rest of a place the word before began is no name
        before = re.search(r"(\S+)[ \t]+$", text[max(0, tokens[0][0] - 30):tokens[0][0]]) if tokens else None
        if (before and len(tokens) > 1
                and f"{before.group(1)} {text[slice(*tokens[0])]}".casefold() in self.places):
            tokens.pop(0)
            at_sentence_start = False

        def of_place():
            # "State Bank of India", "Development Bank of Japan": an organisation word, "of" and a place
            words = [text[a:b].casefold() for a, b in tokens[-3:]]
            return len(tokens) > 3 and words[1] == "of" and words[0] in self.of_place_heads and words[2] in self.places

        def acronym_closing_company():
            # "Lion Peak GPU, hãng thiết kế chip ...": an acronym closes a name an appositive calls a company
            a, b = tokens[-1]
            return len(tokens) > 1 and text[a:b].isupper() and bool(self.appositive_after.match(text[b:b + 80]))

        while tokens and not of_place() and not acronym_closing_company() and (
                not is_name(len(tokens) - 1, *tokens[-1])
                or text[tokens[-1][0]:tokens[-1][1]].casefold() in {"of", "de", "and", "&"}):
            tokens.pop()
        if not tokens:
            return None
        words = [text[a:b] for a, b in tokens]
        if self.vi and all(any(c in _VI_ONLY for c in w.casefold()) for w in words) and not (
                len(words) >= 2 and (self.appositive_after.match(text[tokens[-1][1]:tokens[-1][1] + 80])
                                     or self.cue_direct.search(text[max(0, tokens[0][0] - 40):tokens[0][0]]))):
            # Vietnamese words, not a foreign-style name (unless "Chợ Sỉ, sàn thương mại điện tử ..." or
            # "sàn thương mại điện tử Chợ Phiên")
            return None
        if (self.vi and len(words) == 1 and tokens[0][0] in sentence_starts and re.fullmatch(r"[A-Z][a-z]{1,4}", words[0])
                and not self.appositive_after.match(text[tokens[0][1]:tokens[0][1] + 80])):
            return None  # "Tham gia", "Theo": a capitalised Vietnamese syllable
        if len(words) >= 3 and all(w.isupper() for w in words):
            return None  # "GREEK NEOCLOUD WINS ALEPH ALPHA CONTRACT - ...": a wire headline, not a name
        if len(words) == 1 and (words[0].casefold() in self.suffixes or words[0].casefold() in self.not_alone):
            return None  # "Ventures" alone, "phía Nam"
        if len(words) == 1 and len(words[0]) == 1 and (
                text[max(0, tokens[0][0] - 1):tokens[0][0]] == "/"
                or (self.lettered_rx and self.lettered_rx.search(text[max(0, tokens[0][0] - 10):tokens[0][0]]))):
            return None  # "Series B", "I/O": a letter is no name
        s, e = tokens[0][0], tokens[-1][1]
        if all(w.casefold() in self.not_names or w.casefold() in self.places or w in self.acronyms for w in words):
            return None
        words = [w.casefold() for w in words]
        if " ".join(words) in self.not_names or " ".join(words) in self.places:
            return None
        if len(words) == 1 and s in sentence_starts and words[0] in self.stop:
            return None
        if len(words) == 1 and (s in sentence_starts or clause_start(s)) and self._opening_word(text, s, e):
            return None
        return s, e

    def _opening_word(self, text: str, start: int, end: int) -> bool:
        """An adverb or gerund that opens a clause, by the lexicon's endings: "Unusually, the cluster ...",
        "Substantially all of the GPUs ...", "Building lasers in-house proved harder" (not "Kelly said",
        "Boeing is"; nor "Pemberly, which ..." after "is Pemberly Cloud": a word capitalised inside a sentence
        is a name)."""
        word = text[start:end]
        if len(word) < 5 or not word[1:].islower() or not word.endswith(self.adverb_endings + self.gerund_endings):
            return False
        if re.search(rf"(?<=[a-z,] ){re.escape(word)}(?!\w)", text):
            return False
        after = re.match(r"(,)?\s+([a-z][\w-]*)", text[end:end + 40])
        if after is None or after.group(2) in self.subject_verbs:
            return False
        return word.endswith(self.adverb_endings) or not after.group(1)

    def _confirm(self, surface: str, before: str, after: str) -> str | None:
        words = surface.split()
        # "Startup cho thuê GPU Straits Inference": a company cue nearby outweighs the chip word.
        company_cue = self.cue_before.search(before) or (len(words) > 1 and words[-1].casefold() in self.suffixes)
        if self.chip_before.search(before) and not self.chip_company_before.search(before) and (any(c.isdigit() for c in surface) or "chip" in before[-12:].lower()
                                                or (self.vi and not company_cue)):
            return "chip"
        if self.chip_named_before and self.chip_named_before.search(before):
            return "chip"
        if self.chip_after.match(after) and (any(c.isdigit() for c in surface)
                                             or (re.search(r"\w-\w", surface) and self.chip_right_after.match(after))):
            return "chip"  # "Lumen-4 optical switching chips", "4,000 ATOM-Max accelerator cards"
        if self.possessive_before.search(before) and self.chip_after.match(after):
            return "chip"  # "for its Metis AI processing units", "4,000 of Ostara's Heron inference cards", "whose Nimbra controller chip"
        if self.chip_family.match(after):
            return "chip"  # "the Vigil family of low-power inference chips"
        if (self.chip_appositive.match(after) or (self.chip_appositive_line and self.chip_appositive_line.match(after))) \
                and not self.appositive_after.match(after) and (not company_cue or any(c.isdigit() for c in surface)):
            # "Kestrel, an accelerator Lumora designs" (not "Aegean Compute, an Athens-based GPU cloud"); a model
            # number outweighs a company noun before ("Sản phẩm đầu tiên của liên doanh là Sen-1, chip suy luận")
            return "chip"
        if self.cue_before.search(before):
            return "company"
        if len(words) > 1 and words[-1].casefold() in self.suffixes:
            return "company"
        if self.item_heading_rx is not None and re.search(r"(?:^|\n)[ \t]*$", before) and self.item_heading_rx.match(after):
            return "company"
        if len(words) > 3 and words[-2] == "of" and words[-3].casefold() in self.suffixes:
            return "company"  # "State Bank of India"
        if self.appositive_after.match(after):
            return "company"
        return None


def generation_stem(surface: str) -> str | None:
    """The name a numbered generation is written on ("Baekho" for "Baekho-2"), or None.

    >>> generation_stem("Baekho-2"), generation_stem("Trainium"), generation_stem("H100")
    ('Baekho', None, None)
    """
    numbered = re.fullmatch(r"(.*\w)-\d{1,2}", surface)
    return numbered.group(1) if numbered else None


def canonical_name(surface: str) -> str:
    """A name without possessive and trailing legal suffix: "Foo Inc.'s" -> "Foo".

    >>> canonical_name("Cadmus Semiconductor Inc."), canonical_name("Nvidia's")
    ('Cadmus Semiconductor', 'Nvidia')
    """
    name = surface.strip().rstrip(".,")
    if name.endswith(POSSESSIVE_ENDINGS):
        name = name[:-2]
    words = name.split()
    while len(words) > 1 and words[-1].casefold().rstrip(",") in legal_suffixes():
        words.pop()
    return " ".join(words).rstrip(",.")

"""The extractor: one spaCy pipeline per language, one contract ``Article -> Extraction``.

``spacy.blank("vi")`` (pyvi word segmentation) or ``spacy.blank("en")`` tokenises;
two components follow: ``dealgraph_sentencizer`` sets sentence starts from
character-level boundaries, and ``dealgraph_facts`` finds mentions, references,
values and relations and stores them on ``doc._.dealgraph``.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from extract.kb import KnowledgeBase, load_kb
from extract.lexicon import POSSESSIVE, legal_suffixes, alternation, lexicon_version, load_lexicon, words_rx
from extract.mentions import EntityInfo, Mention, MentionFinder, canonical_name, generation_stem
from extract.references import introduced_company, ReferenceFinder, reference_score, resolve, ROLE_GROUPS, widen_roles
from extract.relations import compile_patterns, find_matches, option_roles
from extract.sentences import split_sentences
from extract.values import AmountFinder, AmountMention, CueFinder, DateFinder
from graph.ids import deal_id, entity_id
from graph.schema import (DEAL_RELATIONS, ONE_PARTY_RELATIONS, SYMMETRIC_RELATIONS, Amount, Article, Deal, Entity,
                          Evidence, Extraction, Party, Relation)

EXTRACTOR_VERSION = "0.1.0"
STATUS_PRIORITY = ("ended", "in_talks")
# How far a deal has gone: one deal told twice in an article keeps its furthest stage.
STAGE = {"in_talks": 1, "expected": 2, "announced": 3, "completed": 4, "ended": 5}
CLOUD_ROLES = {"cloud_provider", "neocloud", "data_center"}
CHIP_ROLES = {"chipmaker", "chip_designer"}
# (a server maker's GPU servers are hardware it sells, like a chipmaker's chips)
HARDWARE_ROLES = CHIP_ROLES | {"server_maker"}
AMOUNT_EXCLUDED = {"valuation", "market_cap", "market_size", "per_share", "equivalent", "results"}
# "⟦C0⟧'s closest rival, ⟦C1⟧, raised ...": a possessive description, then the name it introduces.
POSSESSIVE_APPOSITIVE_RX = re.compile(rf"^\W*⟦C\d+⟧{POSSESSIVE}\s[^,;⟦]{{1,40}},\s(⟦C\d+⟧),\s")
# a match that opens on a name and the comma of its appositive ("⟦C0⟧, the startup backed by ⟦C1⟧")
_APPOSITIVE_OPENING_RX = re.compile(r"(⟦C\d+⟧),\s")
# A round's total belongs to the round (raised), never to one participant.
ROUND_ONLY = {"raised", "sold_shares", "valued_at", "commits_spending"}

if not Doc.has_extension("dealgraph"):
    Doc.set_extension("dealgraph", default=None)


# KB chip kinds that are not chips a company designs in the gold sense.
NOT_CHIP_KINDS = {"networking"}


@dataclass
class Found:
    """A relation read from one sentence, before merging."""

    head: str
    relation: str
    tail: str | None
    amount: AmountMention | None
    status: str | None
    date: str | None
    sentence: int
    pattern: str
    options: dict = field(default_factory=dict)


@dataclass(frozen=True)
class SentenceFallback:
    """A relation a sentence states by its words and the roles of the companies it names, when no
    pattern read it (``sentence_fallbacks`` in the lexicon)."""

    relation: str
    cue_rx: re.Pattern
    block_rx: re.Pattern | None
    head_roles: frozenset[str]
    tail_excluded_roles: frozenset[str]
    # the head has no roles but these (a fund, not Nvidia that also invests)
    head_roles_only: bool = False
    # the context of the one amount the fact takes ("an agreement worth about $1.1 billion"), if any
    amount_context: str | None = None
    # a fact of one company (raised): the one company of the sentence outside tail_excluded_roles, with the amount
    one_party: bool = False
    # where the sentence names no head: the article's main company, when it has the head roles ("Microsoft became
    # the second large customer in June" in a report on a neocloud)
    head_from_main: bool = False

    @classmethod
    def from_data(cls, entry: dict) -> "SentenceFallback":
        blockers = entry.get("blockers") or []
        return cls(entry["relation"], re.compile(words_rx(entry["cues"]), re.IGNORECASE),
                   re.compile(words_rx(blockers), re.IGNORECASE) if blockers else None,
                   frozenset(entry.get("head_roles") or []), frozenset(entry.get("tail_excluded_roles") or []),
                   bool(entry.get("head_roles_only")), entry.get("amount_context"), bool(entry.get("one_party")),
                   bool(entry.get("head_from_main")))


@Language.factory("dealgraph_sentencizer", default_config={"language": "en"})
def make_sentencizer(nlp: Language, name: str, language: str):
    lex = load_lexicon(language)

    def sentencizer(doc: Doc) -> Doc:
        spans = split_sentences(doc.text, lex)
        doc.user_data["sentence_spans"] = spans
        pending = sorted(s for s, _ in spans)
        i = 0
        for token in doc:
            is_start = False
            while i < len(pending) and pending[i] <= token.idx:
                is_start = True
                i += 1
            token.is_sent_start = is_start or token.i == 0
        return doc

    return sentencizer


class FactsComponent:
    """Finds the facts of a document; configure() gives it the KB."""

    def __init__(self, language: str):
        self.language = language
        self.kb: KnowledgeBase | None = None

    def configure(self, kb: KnowledgeBase, lexicon_files: tuple[Path, ...] = ()) -> None:
        lex = load_lexicon(self.language, tuple(lexicon_files))
        self.kb, self.lex = kb, lex
        self.mentions = MentionFinder(lex, kb)
        self.references = ReferenceFinder(lex, kb)
        # ("Cổ Loa N1, dòng chip do công ty tự thiết kế": a description in a match that stands for a company)
        self.reference_noun_rx = re.compile(words_rx(list(self.references.nouns)), re.IGNORECASE) \
            if self.references.nouns else None
        self.amounts = AmountFinder(lex)
        self.dates = DateFinder(lex)
        self.cues = CueFinder(lex)
        self.patterns = compile_patterns(lex)
        self.boundary_rx = re.compile(alternation(lex.list("clause_boundaries"), flexible_space=False))
        status_cuts = lex.data.get("status_boundaries") or []
        self.status_boundary_rx = re.compile(alternation(status_cuts, flexible_space=False)) if status_cuts else None
        self.deal_noun_rx = re.compile(words_rx(lex.data.get("deal_nouns", [])), re.IGNORECASE)
        words = lex.data.get("words") or {}
        manufacture = words.get("manufacture") or []
        design_only = [w for w in words.get("design") or [] if w not in manufacture]
        self.manufacture_rx = re.compile(words_rx(manufacture), re.IGNORECASE) if manufacture else None
        self.design_only_rx = re.compile(words_rx(design_only), re.IGNORECASE) if design_only else None
        dating = (lex.data.get("dates") or {}).get("dating_verbs") or []
        self.dating_verb_rx = re.compile(rf"{words_rx(dating)}\s+(?:[^\s.,;]+\s+){{0,3}}?$", re.IGNORECASE) if dating else None
        # "Thứ nhất, ... Thứ hai, ...": the words that open the first and the later items of a numbered list
        items = (lex.data.get("dates") or {}).get("list_items") or {}
        first_items, next_items = items.get("first") or [], items.get("next") or []
        self.first_item_rx = re.compile(rf"\W*{words_rx(first_items)},") if first_items else None
        self.list_item_rx = re.compile(rf"\W*{words_rx(first_items + next_items)},") if first_items else None
        price_words = (lex.data.get("amounts") or {}).get("price_words") or []
        self.price_before_rx = re.compile(rf"(?<!\w){words_rx(price_words)}\s+(?:\S+\s+){{0,2}}?$") if price_words else None
        # "first backed X in 2019 and has since put in about $13 billion": the subject's later clause that still
        # tells the same deal's money
        continuing = (lex.data.get("amounts") or {}).get("continuing_verbs") or []
        self.continuing_rx = re.compile(rf"\s+(?:\S+\s+){{0,2}}?{words_rx(continuing)}\s+(?:\S+\s+){{0,2}}?$",
                                        re.IGNORECASE) if continuing else None
        # "signed an $11.9 billion contract with CoreWeave in March, added $4 billion in May and a further $6.5
        # billion in September": each later amount is a deal of its own between the same parties
        follow = (lex.data.get("amounts") or {}).get("follow_on") or {}
        self.follow_on_relations = set(follow.get("relations") or [])
        cue, joiners = follow.get("cues") or [], follow.get("joiners") or []
        self.follow_on_rx = re.compile(
            rf"(?:(?P<cue>{words_rx(cue)})|(?P<joiner>(?<=⟧)(?:,\s+|\s+){words_rx(joiners)}))\s+(?:[^\s⟦]+\s+){{0,2}}?"
            rf"(?P<amount>⟦M\d+⟧)(?:\s+(?:[^\s⟦]+\s+){{0,2}}?(?P<date>⟦D\d+⟧))?", re.IGNORECASE) if cue else None
        earlier = (lex.data.get("dates") or {}).get("earlier_figure") or []
        self.earlier_figure_rx = re.compile(rf"{words_rx(earlier)}\s+(?:\S+\s+){{0,2}}?⟦M\d+⟧") if earlier else None
        # "Samsung denied a media report that it was in talks to acquire Photara": a denied report
        denial = lex.data.get("denials") or {}
        self.denial_rx = (re.compile(rf"{words_rx(denial['verbs'])}\s+(?:\S+\s+){{0,5}}?{words_rx(denial['objects'])}",
                                     re.IGNORECASE) if denial.get("verbs") and denial.get("objects") else None)
        contrast = lex.data.get("contrastive_negations") or {}
        self.contrast_rx = (re.compile(rf"{words_rx(contrast['negations'])}\s+{words_rx(contrast['prepositions'])}\s+"
                                       rf"⟦[CU]\d+⟧,?\s+{words_rx(contrast['joiners'])}\s", re.IGNORECASE)
                            if contrast.get("negations") and contrast.get("prepositions") and contrast.get("joiners") else None)
        # "has agreed to supply 200 megawatts to our Cyberjaya campus": power for a site, no compute
        power = lex.data.get("power_delivery") or {}
        self.power_delivery_rx = re.compile(
            rf"{words_rx(power['units'])}\s+{words_rx(power['joiners'])}\s+(?:⟦[CU]\d+⟧{POSSESSIVE}?\s+)?(?:[^\s⟦]+\s+){{0,3}}?"
            rf"{words_rx(power['sites'])}", re.IGNORECASE) if power.get("units") and power.get("joiners") and power.get("sites") else None
        # "signed a power purchase agreement with Ravenglass Power for 400 megawatts": a power contract, no compute
        contracts = power.get("contracts") or []
        self.power_contract_rx = re.compile(words_rx(contracts), re.IGNORECASE) if contracts else None
        round_words = (lex.data.get("words") or {}).get("round") or []
        self.round_word_rx = re.compile(words_rx(round_words), re.IGNORECASE) if round_words else None
        openers = lex.data.get("round_subject_openers") or []
        self.round_opener_rx = re.compile(rf"\W*{words_rx(openers)}", re.IGNORECASE) if openers else None
        # "Separately, ...": a sentence that opens on another deal dates none of the deals before it
        other_deal = lex.data.get("other_deal_openers") or []
        self.other_deal_rx = re.compile(rf"\W*{words_rx(other_deal)}", re.IGNORECASE) if other_deal else None
        # "Greyline Data Centers", later "Greyline": the words after a short name that keep it the same company
        self.same_company_tails = {w.casefold() for w in (lex.data.get("mentions") or {}).get("same_company_tails") or []}
        ended_words = (lex.data.get("statuses") or {}).get("ended") or []
        contract_nouns = lex.data.get("contract_nouns") or []
        contract = words_rx(contract_nouns)
        self.contract_noun_rx = re.compile(contract, re.IGNORECASE) if contract_nouns else None
        # "terminated the contract", "các cuộc đàm phán đổ vỡ", "the talks collapsed"
        self.ended_deal_rx = re.compile(
            rf"{words_rx(ended_words)}\s+(?:\S+\s+){{0,2}}?{contract}"
            rf"|{contract}\s+(?:\S+\s+){{0,2}}?{words_rx(ended_words)}", re.IGNORECASE) \
            if ended_words and contract_nouns else None
        # "Nvidia's $40 billion agreement to buy Arm from SoftBank Group, which the chipmaker abandoned in February
        # 2022": a relative clause that ends the deal, and its date is when it ended
        rel_pronouns = lex.data.get("relative_pronouns") or []
        self.ended_relative_rx = re.compile(
            rf"[^,;⟦]{{0,40}}(?:⟦[CU]\d+⟧[^,;⟦]{{0,20}})?,\s+{words_rx(rel_pronouns)}\s+(?:[^\s,;]+\s+){{0,2}}?{words_rx(ended_words)}"
            rf"(?:\s+(?:[^\s,;]+\s+){{0,2}}?(?P<date>⟦D\d+⟧))?", re.IGNORECASE) if ended_words and rel_pronouns else None
        # "which had rented GPUs from Quarrybank until April": a deal that ran until a past date has ended
        until = lex.data.get("until_words") or []
        self.until_rx = re.compile(rf"\s*(?:\S+\s+){{0,6}}?{words_rx(until)}\s+(?P<date>⟦D\d+⟧)") if until else None
        followups = lex.data.get("deal_followups") or []
        # "Under the capacity agreement": a word or two may describe the deal noun.
        followup_alt = words_rx(followups).replace(r"the\s+", r"the\s+(?:[\w-]+\s+){0,2}?")
        self.followup_rx = re.compile(rf"^\W*{followup_alt}", re.IGNORECASE) if followups else None
        inline = lex.data.get("inline_deal_followups") or []
        # (after a comma, or right after the deal's amount: "an agreement worth about $300 billion under which")
        self.inline_followup_rx = re.compile(rf"(?:,|(?<=⟦M\d⟧)|(?<=⟦M\d\d⟧))\s+{words_rx(inline)}", re.IGNORECASE) if inline else None
        self.role_cues = lex.data.get("mentions", {}).get("role_cues") or {}
        self.role_suffixes = lex.data.get("mentions", {}).get("role_suffixes") or {}
        breaks = lex.data.get("mentions", {}).get("role_window_breaks") or []
        self.role_window_break = re.compile(words_rx(breaks), re.IGNORECASE) if breaks else None
        starts = lex.data.get("appositive_starts") or []
        self.appositive_open_rx = re.compile(
            rf",\s+{words_rx(starts)}[^,;:.⟦]*$", re.IGNORECASE) if starts else None
        # after a company or chip, not after a news outlet ("Theo Bloomberg, tập đoàn ... X,")
        # "SpaceX, Musk's rocket maker, put ...": a possessive name opens one too; "CoreWeave, for
        # example, received ...": so does a phrase of its own.
        # ("The Californian designer of AI accelerators, whose VX-2 chips ..., signed": the
        # description's "of" phrase goes with it)
        appositive = (rf"(?:(?<=⟦[CUK]\d⟧)|(?<=⟦[CUK]\d\d⟧)|(?<=⟦[CUK]\d\d\d⟧))(?:\s+of\s+[^,;⟦]{{1,40}}?)?,\s+"
                      rf"(?:{alternation(starts)}|(?:⟦[PCU]\d+⟧|[A-Z][\w-]+(?:\s[A-Z][\w-]+)?){POSSESSIVE})(?:\s[^,;]{{0,120}}?)?")
        self.appositive_rx = re.compile(appositive + r",(?=\s)") if starts else None
        stake_words = (lex.data.get("words") or {}).get("stake") or []
        contract_words = lex.data.get("contract_nouns") or []
        self.fact_appositive_rx = re.compile(words_rx(stake_words + contract_words),
                                             re.IGNORECASE) if stake_words or contract_words else None
        # one that runs to the end of the sentence ("... to Quillon, a start-up whose chip taped out in July.")
        self.closing_appositive_rx = re.compile(appositive + r"[.!?\"”]*\s*$") if starts else None
        # "from NVentures, Nvidia's venture capital arm, Pinecrest and Balderton": a name after an appositive that
        # goes on a list (a comma or a list joiner after it)
        joiners = (lex.data.get("party_lists") or {}).get("joiners") or []
        self.list_item_after_rx = re.compile(rf"\s+⟦[CU]\d+⟧(?!{POSSESSIVE})(?:\s*,|\s+{alternation(joiners)}\s)")
        # ", according to people familiar with the matter,", ", theo Reuters,": attribution inside a
        # sentence; its words say nothing about the deal and it may separate the parties.
        attribution = lex.data.get("attribution_starts") or []
        not_attribution = lex.data.get("attribution_not") or []
        self.attribution_rx = re.compile(
            rf",\s+(?!{alternation(not_attribution)}(?![^\W_])){words_rx(attribution)}[^,;]{{0,120}}?(?:,(?=\s)|(?=[.!?]?[\"”]?\s*$))",
            re.IGNORECASE) if attribution else None
        titles = (lex.data.get("mentions") or {}).get("person_titles_after") or []
        said = (lex.data.get("references") or {}).get("speech_verbs") or []
        self.title_alt = alternation(titles)
        self.title_rx = re.compile(rf"{POSSESSIVE}?\s+{self.title_alt}(?:\s+officer)?,?\s+", re.IGNORECASE) if titles else None
        # "the chief executive of Fenwick Silicon": the preposition between a title and the company
        self.title_preposition_alt = alternation((lex.data.get("mentions") or {}).get("title_company_prepositions") or [])
        self.title_of_rx = re.compile(rf"(?i:{self.title_alt})\s+(?:officer\s+)?{self.title_preposition_alt}\s+$") \
            if titles else None
        self.speech_rx = re.compile(rf"\s+{words_rx(said)}") if said else None
        self.said_rx = re.compile(rf"(?<!\w)(?P<name>[A-ZĐ][\w'-]+)\s+{words_rx(said)}\s+(?:that\s+)?$") if said else None
        self.said_by_rx = re.compile(rf"\s+{words_rx(said)}\s+(?:that\s+)?") if said else None
        descriptors = (lex.data.get("words") or {}).get("descriptor") or []
        # ("a Kraków start-up", "the Leeds data-centre developer": a few lower-case words may come first)
        self.descriptor_after_rx = re.compile(
            rf"\s+(?:(?-i:[a-z])[\w-]*\s+){{0,2}}?{words_rx(descriptors)}", re.IGNORECASE) if descriptors else None
        origin = (lex.data.get("mentions") or {}).get("origin_words") or []
        place_names = lex.names.get("places", []) + lex.names.get("nationalities", [])
        self.origin_rx = re.compile(rf"(⟦[CUK]\d+⟧)\s+{words_rx(origin)}\s+{words_rx(place_names)}") \
            if origin and place_names else None
        places = (lex.data.get("mentions") or {}).get("place_nouns_after") or []
        where = (lex.data.get("mentions") or {}).get("place_clause_after") or []
        self.place_after_rx = re.compile(rf"\s+{words_rx(places)}|,\s+{words_rx(where)}", re.IGNORECASE) if places else None
        clause = lex.data.get("appositive_clause") or {}
        self.appositive_clause_rx = re.compile(
            rf"(⟦[CU]\d+⟧),\s+{words_rx(clause['heads'])}\s+(?={words_rx(clause['verbs'])}\s)") \
            if clause.get("heads") and clause.get("verbs") else None
        self.relative_clause_rx = re.compile(
            # (a subject relative clause only: "a developer that the PE firm bought" has its own subject)
            rf"(⟦C\d+⟧),\s+{words_rx(rel_pronouns)}\s+(?!⟦|(?:the|a|an|its|their)\s)"
            rf"|(⟦[CU]\d+⟧),\s+(?:a|an|the)\s+[^,;⟦⟧]{{0,80}}?\s{words_rx(rel_pronouns)}\s+(?!⟦|(?:the|a|an|its|their)\s)") \
            if rel_pronouns else None
        # Where a clause read on its own ends: a comma, unless it goes on a list of names
        # ("which competes with Amazon, Microsoft and Google for AI workloads, ...").
        joiners = words_rx((lex.data.get("party_lists") or {}).get("joiners") or ["and"])
        self.clause_end_rx = re.compile(rf"[,;]\s(?!⟦[CUK]\d+⟧(?:,\s|\s+{joiners}\s))|$")
        leading = lex.data.get("leading_phrase_openers") or []
        self.leading_phrase_rx = re.compile(rf"\W*{words_rx(leading)}", re.IGNORECASE) if leading else None
        refs_data = lex.data.get("references") or {}
        possessives = refs_data.get("possessive_openers") or []
        self.possessive_opener_rx = re.compile(rf"\W*{words_rx(possessives)}") if possessives else None
        self.generic_prefers_main = bool(refs_data.get("generic_nouns_prefer_main_company"))
        chip_refs = refs_data.get("chip_references") or []
        not_before = refs_data.get("chip_reference_not_before") or []
        self.chip_reference_rx = re.compile(
            words_rx(chip_refs) + (rf"(?!\s+{words_rx(not_before)})" if not_before else ""), re.IGNORECASE) if chip_refs else None
        # "The buyer has pledged ...": the acquirer (or the target) of the takeover read last
        self.deal_role_rxs = {role: re.compile(rf"(?<!\w){words_rx(words)}(?!\w)")
                              for role, words in (refs_data.get("deal_roles") or {}).items() if words}
        first_person = (refs_data.get("first_person") or []) + (refs_data.get("first_person_possessive") or [])
        self.first_person_rx = re.compile(words_rx(first_person)) if first_person else None
        addressee = refs_data.get("addressee") or []
        self.addressee_rx = re.compile(words_rx(addressee)) if addressee else None
        # "our first customer", "Lysa-2, our chiplet": the speaker's company, read as "X's"
        self.first_person_possessive = set(refs_data.get("first_person_possessive") or [])
        # ", and " before a clause's subject ("..., and it already holds", "..., and the lab runs")
        joiners = refs_data.get("clause_joiners") or []
        self.pronouns = {w.casefold() for w in refs_data.get("pronouns") or []}
        self.joined_clause_rx = re.compile(rf",(\s+{words_rx(joiners)}\s+)$", re.IGNORECASE) if joiners else None
        # ", and Gharial borrowed ...": a clause with a subject of its own; the second regex finds the company
        # opening the clause a match starts in ("..., and we borrowed $120 million")
        clause_opening = rf"(?:,\s+{words_rx(joiners)}|;)\s+"
        self.new_clause_rx = re.compile(rf"{clause_opening}⟦C\d+⟧\s") if joiners else None
        causatives = refs_data.get("causative_verbs") or []
        openings = ([clause_opening] if joiners else []) + ([rf"(?<!\w){words_rx(causatives)}\s+"] if causatives else [])
        self.clause_subject_rx = re.compile(rf"(?:{'|'.join(openings)})(⟦C\d+⟧)\s+[^⟦,;]*$") if openings else None
        buy = (lex.data.get("words") or {}).get("stake_purchase") or []
        self.control_rx = re.compile(words_rx(buy), re.IGNORECASE) if buy else None
        hold = (lex.data.get("words") or {}).get("stake_holding") or []
        self.holding_rx = re.compile(rf"(?<!\w){words_rx(hold)}(?!\w)", re.IGNORECASE) if hold else None
        # "70%", "70 per cent": a share of a company
        percent_words = lex.data.get("percent_words") or []
        self.percent_rx = re.compile(r"(\d+(?:[.,]\d+)?)\s?(?:%" + (f"|{words_rx(percent_words)}" if percent_words else "") + ")",
                                     re.IGNORECASE)
        # "chuyển nhượng 35% vốn điều lệ của X cho Y", "bought 20% of X": a share of a company, with the
        # words that say so after the percentage
        stake_after = lex.data.get("stake_after_percent") or []
        self.stake_percent_rx = re.compile(
            self.percent_rx.pattern + rf"\s+{words_rx(stake_after)}", re.IGNORECASE) if stake_after else None
        # a sentence about chips: an unconfirmed name may be one there ("Mosaic is our own design")
        chip_words = ((lex.data.get("mentions") or {}).get("chip_cues") or []) + (lex.data.get("chip_context_words") or [])
        self.chip_word_rx = re.compile(words_rx(chip_words), re.IGNORECASE) if chip_words else None
        sites = lex.data.get("facility_place") or {}
        # ("the southern city of Ulsan": a place noun with "of" before the name)
        place_of = rf"|{words_rx(sites['place_nouns_of'])}\s+of" if sites.get("place_nouns_of") else ""
        self.facility_place_rx = re.compile(
            rf"(?:{words_rx(sites['nouns'])}\s+{words_rx(sites['prepositions'])}{place_of})\s+$", re.IGNORECASE) \
            if sites.get("nouns") and sites.get("prepositions") else None
        self.place_preposition_rx = re.compile(rf"(?<![\w-]){words_rx(sites['prepositions'])}\s+$") \
            if sites.get("prepositions") else None
        raised = lex.data.get("stake_raised_to") or {}
        self.stake_raised_rx = re.compile(
            rf"{words_rx(raised['verbs'])}\s+(?:\S+\s+){{0,6}}?{words_rx(raised['to'])}\s+(?:\S+\s+)?\d+(?:[.,]\d+)?\s?%",
            re.IGNORECASE) if raised.get("verbs") and raised.get("to") else None
        joiners = (lex.data.get("dates") or {}).get("verb_date_joiners") or []
        self.verb_date_joiner_rx = re.compile(rf"\s*(?:{words_rx(joiners)})?\s*" if joiners else r"\s*", re.IGNORECASE)
        each = lex.data.get("each") or []
        self.each_rx = re.compile(words_rx(each), re.IGNORECASE) if each else None
        respectively = lex.data.get("respectively") or []
        self.respectively_rx = re.compile(words_rx(respectively), re.IGNORECASE) if respectively else None
        carry_verbs = lex.data.get("subject_carry_verbs") or []
        conjunctions = lex.data.get("subject_carry_conjunctions") or ["and"]
        self.conjunction_rx = re.compile(rf"\s{alternation(conjunctions)}\s")
        subordinators = lex.data.get("subordinators") or []
        self.subordinator_rx = re.compile(rf"\s{alternation(subordinators)}\s", re.IGNORECASE) if subordinators else None
        self.carry_verb_rx = re.compile(rf"\s+{alternation(conjunctions)}\s+(?={words_rx(carry_verbs)})") if carry_verbs else None
        # "Sao Mai Cloud, startup mà NVentures, quỹ ... của Nvidia, nắm 12%": an appositive that ends on a relative
        # clause's subject is no appositive of its own (the subject's own appositive follows)
        object_relatives = lex.data.get("object_relative_pronouns") or []
        self.open_relative_rx = re.compile(rf"\s{words_rx(object_relatives)}\s+⟦[CU]\d+⟧,$") if object_relatives else None
        # "Thrive joined the round, as did Samsung": the names after one of these share the main clause's fact
        co_subject = lex.data.get("co_subject_tags") or []
        self.co_subject_rx = re.compile(
            rf",\s+{words_rx(co_subject)}\s+(?P<parties>⟦[CU]\d+⟧(?:(?:,\s+|,?\s+{alternation(conjunctions)}\s+)⟦[CU]\d+⟧)*)"
            rf"(?=\s*(?:[.;]|$))") if co_subject else None
        # "a smaller Brno rival", "có trụ sở tại Nagoya": where an unknown company is based (group "home")
        self.home_rxs = [re.compile(p) for p in (lex.data.get("mentions") or {}).get("home_patterns") or []]
        self.sentence_fallbacks = [SentenceFallback.from_data(entry) for entry in lex.data.get("sentence_fallbacks") or []]
        fallback = lex.data.get("chip_supply_fallback") or {}
        self.fallback_cue_rx = re.compile(words_rx(fallback["cues"]), re.IGNORECASE) if fallback.get("cues") else None
        self.fallback_block_rx = re.compile(words_rx(fallback["blockers"]), re.IGNORECASE) if fallback.get("blockers") else None
        purchase = fallback.get("purchase_cues") or []
        self.fallback_purchase_rx = re.compile(words_rx(purchase), re.IGNORECASE) if purchase else None
        memory = fallback.get("memory_words") or []
        self.fallback_memory_rx = re.compile(words_rx(memory), re.IGNORECASE) if memory else None
        servers = fallback.get("server_words") or []
        self.fallback_server_rx = re.compile(words_rx(servers), re.IGNORECASE) if servers else None
        server_cues = (fallback.get("cues") or []) + (fallback.get("server_cues") or [])
        self.fallback_server_cue_rx = re.compile(words_rx(server_cues), re.IGNORECASE) if servers and server_cues else None
        # chips the sentences before named ("HPE is delivering them"): their buyer is the company those are about
        pronouns = fallback.get("server_pronouns") or []
        self.fallback_server_pronoun_rx = re.compile(words_rx(pronouns), re.IGNORECASE) if pronouns else None
        # where a server maker stands as the seller: after "by"/"from" ("servers built by Dell"), or before
        # the verb of the sale ("Hewlett Packard Enterprise is delivering them")
        sources = fallback.get("server_sources") or []
        self.fallback_server_source_rx = re.compile(rf"(?<!\w){alternation(sources)}\s+$", re.IGNORECASE) if sources else None
        leads = fallback.get("server_verb_leads") or []
        self.fallback_server_verb_rx = re.compile(
            rf",?\s+(?:{alternation(leads)}\s+){{0,3}}{words_rx(server_cues)}" if leads else rf",?\s+{words_rx(server_cues)}",
            re.IGNORECASE) if servers and server_cues else None
        self.list_joiners = {w.casefold() for w in (lex.data.get("party_lists") or {}).get("joiners") or []}
        # "các bộ tăng tốc do OpenAI tự thiết kế": words after a company that make a chip its own design
        in_house = lex.data.get("in_house_design") or []
        self.in_house_rx = re.compile(rf"\s+{words_rx(in_house)}", re.IGNORECASE) if in_house else None
        carry = lex.data.get("subject_carry") or []
        # (", rồi một tháng sau đó tiếp tục ký ...": a date may sit before the verb)
        # (not after a name, the clause's own subject: "hãng chip Mỹ đồng thời là cổ đông của công ty")
        self.carry_rx = re.compile(rf"(?<!⟧\s){alternation(carry, flexible_space=False)}\s+(?:⟦D\d+⟧\s+)?(?=[a-zà-ỹđ])") if carry else None

    def __call__(self, doc: Doc) -> Doc:
        published = doc.user_data.get("published")
        skip_first = doc.user_data.get("has_title", False)
        sentences = doc.user_data["sentence_spans"]
        facts = ArticleFacts(self, doc.text, published, sentences, skip_first).run()
        # "Nvidia will invest $1 billion in Nokia. ... Nokia also said it would ...", "Staff at Orbisant sold ... in a
        # sale that valued the company at ...": a name only a relation pattern confirms is a company in every
        # sentence, also for the references resolved before the patterns ran; the article is read again with it known
        # (not a name with a model number, more likely a product: "Bộ nhớ LPDDR5 đi kèm được mua từ Samsung")
        again = frozenset(e for e in facts.pattern_confirmed if not facts._model_numbered(e))
        if again:
            facts = ArticleFacts(self, doc.text, published, sentences, skip_first, again).run()
        doc._.dealgraph = facts
        group = []
        for m in doc._.dealgraph.mentions:
            span = doc.char_span(m.start, m.end, label=m.type, kb_id=m.entity, alignment_mode="expand")
            if span is not None:
                group.append(span)
        doc.spans["dealgraph_mentions"] = group
        return doc


@Language.factory("dealgraph_facts", default_config={"language": "en"})
def make_facts(nlp: Language, name: str, language: str):
    return FactsComponent(language)


def _longer_chip(name: str, chips: dict[str, str], companies: set[str]) -> str | None:
    """The chip a short name stands for: "G2" after "the Guillemot G2", when ``name`` is a model
    designation that ends exactly one longer chip name of the article (``chips``: id -> name) and no
    company bears it ("HBM3E" is not "Samsung HBM3E": a company's name before a chip's is no part of it).

    >>> _longer_chip("G2", {"chip:guillemot-g2": "Guillemot G2", "chip:g2": "G2"}, set())
    'chip:guillemot-g2'
    >>> _longer_chip("HBM3E", {"chip:samsung-hbm3e": "Samsung HBM3E"}, {"Samsung"}) is None
    True
    """
    if name in companies or not any(c.isdigit() for c in name):
        return None
    longer = {e for e, n in chips.items() if n.endswith(" " + name) and n[:-len(name) - 1] not in companies}
    return longer.pop() if len(longer) == 1 else None


def _bracketed_names(text: str, mentions: list[Mention]) -> dict[str, str]:
    """"Công ty Cổ phần Hạ tầng Số Cửa Tùng (Cửa Tùng Digital)", "(Tuy Hòa Digital, mã THY)": a company's
    name in brackets right after another's is the name the article then uses for the same company (a KB
    company keeps its own).

    >>> legal = Mention(0, 20, "company:cong-ty-co-phan-so-x", "Company", "Công ty Cổ phần Số X", "unknown")
    >>> brand = Mention(22, 31, "company:x-digital", "Company", "X Digital", "unknown")
    >>> _bracketed_names("Công ty Cổ phần Số X (X Digital) vay", [legal, brand])
    {'company:cong-ty-co-phan-so-x': 'company:x-digital'}
    """
    companies = [m for m in mentions if m.type == "Company"]
    # (a name found inside a longer one is no name of its own here: "Công nghệ Số X" in "Công ty Cổ phần Công nghệ Số X")
    ordered = sorted((m for m in companies if not any(o.start <= m.start and m.end <= o.end and (o.start, o.end) != (m.start, m.end)
                                                      for o in companies)), key=lambda m: m.start)
    same = {}
    for full, short in zip(ordered, ordered[1:]):
        if (full.entity != short.entity and "unknown" in (full.kind, short.kind)
                and re.fullmatch(r"\s*\(\s*[\"“]?", text[full.end:short.start])
                and re.match(r"[\"”]?\s*(?:[,;][^()\n]{1,40})?\)", text[short.end:])):
            if full.kind == "kb":
                same[short.entity] = full.entity
            else:
                same[full.entity] = short.entity
    return same


def _short_chip_names(unknown: list[Mention], candidates: list[Mention],
                      kb_mentions: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """"4,000 G2 cards" after "the Guillemot G2": an unknown chip named short, or an unconfirmed name
    ("agreed to buy A4 systems" after "the Penwithe A4"), is the chip named in full.

    >>> full = Mention(0, 12, "chip:guillemot-g2", "Chip", "Guillemot G2", "unknown")
    >>> short = Mention(40, 42, "chip:g2", "Chip", "G2", "unknown")
    >>> bare = Mention(60, 62, "company:g2", "Company", "G2", "unknown")
    >>> unknown, candidates = _short_chip_names([full, short], [bare], [])
    >>> [m.entity for m in unknown], candidates
    (['chip:guillemot-g2', 'chip:guillemot-g2', 'chip:guillemot-g2'], [])
    """
    chips = {m.entity: canonical_name(m.surface) for m in unknown + kb_mentions if m.type == "Chip"}
    companies = {canonical_name(m.surface) for m in unknown + kb_mentions if m.type == "Company"}
    out = []
    for m in unknown:
        full = _longer_chip(canonical_name(m.surface), chips, companies) if m.type == "Chip" else None
        out.append(Mention(m.start, m.end, full, m.type, m.surface, m.kind) if full else m)
    unconfirmed = []
    for m in candidates:
        full = _longer_chip(canonical_name(m.surface), chips, companies)
        if full:
            out.append(Mention(m.start, m.end, full, "Chip", m.surface, m.kind))
        else:
            unconfirmed.append(m)
    return out, unconfirmed


class ArticleFacts:
    """All the work on one article's text."""

    def __init__(self, comp: FactsComponent, text: str, published, sentences, skip_first: bool,
                 known_companies: frozenset[str] = frozenset()):
        self.c, self.text, self.published, self.sentences = comp, text, published, sentences
        self.sentence_starts = [s for s, _ in sentences]
        self.skip_first = skip_first
        # names a relation pattern confirmed as companies in an earlier reading of the article
        self.known_companies = known_companies
        self.pattern_confirmed: set[str] = set()  # company ids first confirmed by a relation pattern
        self.unconfirmed: list[Mention] = []
        self.entities: dict[str, EntityInfo] = {}
        self.mentions: list[Mention] = []
        self.named_chips: list[Mention] = []  # the chips the name finder and the KB found, not a pattern
        self.found: list[Found] = []
        self.possessive_subjects: dict[int, str] = {}
        self.attribution_dates: list[str] = []  # of the sentence being read
        self._dates_by_sentence: dict[int, list] = {}

    def _sentence_at(self, offset: int) -> int | None:
        """The index of the sentence that holds ``offset`` (None between sentences)."""
        si = bisect_right(self.sentence_starts, offset) - 1
        return si if si >= 0 and offset < self.sentences[si][1] else None

    def _sentence_dates(self, si: int) -> list:
        """The date phrases of sentence ``si``, resolved (found once, read by several steps)."""
        if si not in self._dates_by_sentence:
            s, e = self.sentences[si]
            self._dates_by_sentence[si] = self.c.dates.find(self.text[s:e], self.published, offset=s, full_text=self.text)
        return self._dates_by_sentence[si]

    # -- entities -----------------------------------------------------------
    def _register(self, m: Mention, roles: set[str] | None = None, country: str | None = None,
                  home: str | None = None, described: set[str] | None = None) -> None:
        info = self.entities.get(m.entity)
        if info is None:
            kb_entity = self.c.kb.get(m.entity)
            if kb_entity is not None:
                info = _kb_info(m.entity, kb_entity)
            else:
                info = EntityInfo(m.entity, canonical_name(m.surface), m.type, set(), None, False, set(roles or ()), country)
            self.entities[m.entity] = info
        elif not info.in_kb and m.kind == "unknown" and entity_id(info.type, canonical_name(m.surface)) == m.entity:
            info.name = canonical_name(m.surface)  # "Helix" named first, "Helix Digital Infrastructure" later
        if not info.in_kb and not info.roles and described:
            info.roles = set(described)  # a headline named it first, a later appositive says what it does
        if info.home is None and home and not info.in_kb:
            info.home = home  # "Beskyd GPU, a smaller Brno rival"
        if info.country is None and country and not info.in_kb:
            info.country = country  # introduced with its country at a later mention
        if m.kind != "reference":
            info.aliases.add(m.surface)

    def run(self) -> "ArticleFacts":
        text = self.text
        kbm = self.c.mentions.kb_mentions(text)
        orgs = self.c.mentions.same_organisation(self.c.mentions.org_mentions(text, [(m.start, m.end) for m in kbm]))
        kbm += orgs
        kbm += self.c.mentions.org_short_forms(text, orgs, [(m.start, m.end) for m in kbm])
        taken = [(m.start, m.end) for m in kbm]
        # ('"Nhu cầu thuê GPU ...': a quotation opens a sentence too)
        starts = {s for s, _ in self.sentences}
        starts |= {s + len(q.group(0)) for s in starts for q in [re.match(r"[\"“‘'(]+", text[s:s + 3])] if q}
        unknown, candidates = self.c.mentions.unknown_mentions(text, taken, starts)
        # (before short forms are looked for: "Greyline Data Centers", later "Greyline")
        if self.known_companies:
            unknown += [Mention(c.start, c.end, c.entity, "Company", c.surface, "unknown")
                        for c in candidates if c.entity in self.known_companies]
            candidates = [c for c in candidates if c.entity not in self.known_companies]
            # "Amberline Grid ... Amberline": the start of one known name
            known_names = {m.entity: canonical_name(m.surface) for m in unknown if m.entity in self.known_companies}
            full_of = [(c, self._named_in_full(canonical_name(c.surface), known_names)) for c in candidates]
            unknown += [Mention(c.start, c.end, full, "Company", c.surface, "unknown") for c, full in full_of if full]
            candidates = [c for c, full in full_of if not full]
        if (self.c.lex.data.get("mentions") or {}).get("native_short_forms"):
            # "Hải Đăng AI" named in full, later "Hải Đăng": Vietnamese words the name finder skips
            shorts = self.c.mentions.org_short_forms(
                text, [m for m in unknown if m.type == "Company"], [(m.start, m.end) for m in kbm + unknown])
            unknown += shorts
            candidates = [c for c in candidates if not any(x.start < c.end and c.start < x.end for x in shorts)]
        # "Foo Bar Cloud (FBC)": the acronym names the same company wherever it appears.
        acronyms = self.c.mentions.acronym_aliases(text, sorted(kbm + unknown, key=lambda m: m.start), taken)
        if acronyms:
            def free(m):
                return not any(a.start < m.end and m.start < a.end for a in acronyms)
            # the name in brackets stands for its owner wherever it appears, also shortened ("HBT")
            owner_of = {m.entity: a.entity for m in unknown for a in acronyms
                        if a.start < m.end and m.start < a.end and m.entity != a.entity}
            unknown = [m if m.entity not in owner_of else Mention(m.start, m.end, owner_of[m.entity], m.type, m.surface, m.kind)
                       for m in unknown if free(m)] + acronyms
            candidates = [c for c in candidates if free(c)]
        # (a name only the brackets introduce is a name of the company: "Công ty ... (Quy Nhơn Digital, mã QND)")
        same = _bracketed_names(text, kbm + unknown + [c for c in candidates if c.type == "Company"])
        if same:
            named_in_brackets = [c for c in candidates if c.entity in same or c.entity in same.values()]
            candidates = [c for c in candidates if c not in named_in_brackets]
            kbm, unknown = ([Mention(m.start, m.end, same.get(m.entity, m.entity), m.type, m.surface, m.kind) for m in ms]
                            for ms in (kbm, unknown + named_in_brackets))
        unknown = [self._unit_of(text, m, kbm + unknown) for m in unknown]
        # "Greyline Data Centers ..., Greyline": a name that begins one longer name is its short form, where the
        # rest of the longer name only says what the company runs (not "Anvaya Compute Asia", a unit)
        fulls: dict[str, str] = {}
        for m in kbm + unknown:
            if m.type == "Company" and len(canonical_name(m.surface)) > len(fulls.get(m.entity, "")):
                fulls[m.entity] = canonical_name(m.surface)
        def short_of(m):
            name = canonical_name(m.surface)
            if fulls.get(m.entity) != name:
                return None  # (a company's own short form, "Veyra" for Veyra Microsystems)
            longer = {e for e, full in fulls.items() if _short_form(name, full, self.c.same_company_tails)}
            return longer.pop() if len(longer) == 1 else None
        unknown = [Mention(m.start, m.end, full, m.type, m.surface, m.kind) if m.type == "Company" and (full := short_of(m)) else m
                   for m in unknown]
        unknown, candidates = _short_chip_names(unknown, candidates, kbm)
        self.unconfirmed = candidates
        for m in kbm + unknown:
            self._register(m, _cue_roles(text, m, self.c.role_cues, self.c.role_suffixes, self.c.role_window_break),
                           _cue_country(text, m, self.c.references.country_words, self.c.role_window_break),
                           _cue_home(text, m, self.c.home_rxs, self.c.references.home_town),
                           _cue_roles(text, m, self.c.role_cues, self.c.role_suffixes, self.c.role_window_break,
                                      after_only=True) if self.c.mentions.appositive_after.match(text[m.end:m.end + 80]) else None)
        named = sorted(kbm + unknown, key=lambda m: m.start)
        # "Foo Bar Cloud (FBC), công ty thành viên của ...": the bracket closes the name.
        # (companies and chips only: "Theo nguồn tin của Bloomberg, hãng chip Mỹ ..." is a reference)
        names = [m for m in kbm + unknown + candidates if m.type in ("Company", "Chip")]
        name_ends = {m.end for m in names} | {m.end + 1 for m in names if text[m.end:m.end + 1] == ")"}
        refs = self.c.references.find(text, name_ends, {m.start for m in kbm + unknown + candidates})
        # "The Nasdaq-listed company", "the ChatGPT maker" (OpenAI, though "ChatGPT" is a product of its own):
        # a non-company name inside a description is one of its modifiers
        named = [m for m in named if not (m.type == "Other" and any(r.start <= m.start and m.end <= r.end for r in refs))]
        refs = [r for r in refs if not any(m.start < r.end and r.start < m.end for m in named)]
        # Resolve references sentence by sentence, so a resolved one can be a later antecedent.
        subjects: dict[int, str] = {}
        # "Amazon ... remains its main training partner, and the lab runs ...": the subject of a sentence's
        # last clause, which a pronoun opening the next sentence may stand for
        last_clause_subjects: dict[int, str] = {}
        history: list[tuple[int, Mention]] = []
        # "Chúng tôi", "we": the speaker's company, a subject later references may point back to
        first_person = self._first_person(named)
        # (an interview's "we", said again and again, counts: the company asked about AMD is still the
        # article's company; one "we" in a quote may be anyone's)
        counts: dict[str, int] = {}
        for m in named + (first_person if len(first_person) >= 3 else []):
            if self._counts_for_main(m):
                counts[m.entity] = counts.get(m.entity, 0) + 1
        main = max(counts, key=counts.get) if counts else None
        refs = [r for r in refs if not any(m.start < r.end and r.start < m.end for m in first_person)]
        resolved: list[Mention] = list(first_person)
        paragraph_of = [0] * len(self.sentences)
        for si in range(1, len(self.sentences)):
            newline = "\n" in text[self.sentences[si - 1][1]:self.sentences[si][0]]
            paragraph_of[si] = si if newline else paragraph_of[si - 1]
        for si, (s, e) in enumerate(self.sentences):
            if si - 1 in subjects and self.c.possessive_opener_rx is not None and self.c.possessive_opener_rx.match(text, s):
                subjects[si] = subjects[si - 1]  # "Its flagship chip, made by TSMC, ...": still about the same company
                self.possessive_subjects[si] = subjects[si]
            items = sorted([m for m in named + first_person if s <= m.start < e] + [r for r in refs if s <= r.start < e],
                           key=lambda x: x.start)
            for item in items:
                if isinstance(item, Mention):
                    mention = item
                else:
                    target = None
                    if not item.roles and not item.country and not item.product_maker and not item.home:
                        target = self._speaker_company(s, item.start, named, main)
                        if target is None and not text[s:item.start].strip(" \"“'(") \
                                and not (item.pronoun and si - 1 in last_clause_subjects):
                            target = introduced_company(history, self.entities, si, subjects)
                        # ("Quỹ X đã rót 8 triệu USD vào công ty": a generic noun as an object prefers it too)
                        if (target is None and main is not None
                                and (self.c.generic_prefers_main or (item.after_preposition and not item.subject_position))
                                and item.surface.casefold() in self.c.references.generic_nouns
                                and not (item.after_preposition and subjects.get(si) == main)
                                and any(m.entity == main and si - h <= (5 if self._speaks(item.end) else 2) for h, m in history)
                                # (not in a paragraph that opens on another company and does not name it: a roundup's)
                                and not (paragraph_of[si] < si and subjects.get(paragraph_of[si]) not in (None, main)
                                         and not any(m.entity == main and h >= paragraph_of[si] for h, m in history))):
                            # "the company" with nothing else to go by: the company the article is about
                            target = main
                    before = next((h[1] for h in reversed(history) if h[0] == si), None)
                    if (target is None and before is not None and not item.roles and self.c.said_by_rx is not None
                            and self.c.said_by_rx.fullmatch(text, before.end, item.start)):
                        target = before.entity  # "..., while Wearside Group said it would spend": the speaker
                    owner = self._appositive_owner(s, item.start, named)
                    # "Saltara IA, a unit the carrier set up": a reference inside a name's appositive is another
                    # company; "the South Korean group will manufacture the chipmaker's chips": so is a description
                    # in the same clause as the company named just before it
                    if (owner is None and before is not None and (item.roles or item.country) and not item.subject_position
                            and not re.search(r"[,;:]", text[before.end:item.start])
                            and not self.c.conjunction_rx.search(text, before.end, item.start)
                            and not (self.c.subordinator_rx and self.c.subordinator_rx.search(text, before.end, item.start))):
                        # (not across a clause: "buys its accelerators from Nvidia and had spent $2.3 billion
                        # on the chipmaker's processors", "nắm 15% cổ phần Hòn Khoai sau khi dẫn dắt vòng Series A
                        # của startup này")
                        owner = before.entity
                    candidates_before = [h for h in history if h[1].entity != owner] if owner else history
                    if target is None:
                        target = self._named_chip_designer(item, named, s, owner)
                    target = target or resolve(item, candidates_before, self.entities, si, subjects, paragraph_of[si],
                                              last_clause_subjects)
                    if target is None or target not in self.entities:
                        continue
                    mention = Mention(item.start, item.end, target, "Company", item.surface, "reference")
                    resolved.append(mention)
                if mention.type == "Company":
                    history.append((si, mention))
                    if mention.start >= self._main_clause_start(si):
                        subjects.setdefault(si, mention.entity)
                    if self.c.joined_clause_rx is not None and self.c.joined_clause_rx.search(text, s, mention.start):
                        last_clause_subjects[si] = mention.entity
        self.mentions = sorted(named + resolved, key=lambda m: m.start)
        self.named_chips = [m for m in named if m.type == "Chip"]
        for si, (s, e) in enumerate(self.sentences):
            if si == 0 and self.skip_first:
                continue
            self._sentence(si, s, e, [c for c in candidates if s <= c.start < e])
        self._chip_supply_fallback()
        self._sentence_fallbacks()
        self._postprocess()
        return self

    def _chip_supply_fallback(self) -> None:
        """A sentence about buying or using chips that names one chip company (or a chip's designer)
        and one other company, which no pattern linked, is a chip sale between the two: "servers
        fitted with Orca-3 accelerators, which the Norwegian operator began buying from Veyra". The cue
        words and the words that rule it out are data (``chip_supply_fallback``)."""
        if self.c.fallback_cue_rx is None:
            return
        for si, (s, e) in enumerate(self.sentences):
            text = self.text[s:e]
            if (si == 0 and self.skip_first) or (self.c.fallback_block_rx is not None and self.c.fallback_block_rx.search(text)):
                continue
            here = [m for m in self.mentions if s <= m.start < e]
            chips = {m.entity for m in here if m.type == "Chip"}
            companies = {m.entity for m in here if m.type == "Company"}
            # server makers that sell what a sentence about servers tells of (servers carry chips: "The racks
            # will be assembled by Super Micro Computer")
            sellers = {m.entity for m in here if m.type == "Company" and self._sells_servers(m)} if (
                self.c.fallback_server_rx is not None and self.c.fallback_server_rx.search(text)
                and self.c.fallback_server_cue_rx.search(text)) else set()
            if not sellers and not self.c.fallback_cue_rx.search(text):
                continue
            if not chips and not (self.c.chip_word_rx and self.c.chip_word_rx.search(text)) and not sellers:
                continue
            suppliers = {c for c in companies if self.entities[c].roles & CHIP_ROLES} | \
                {d for d in map(self._designer, chips) if d}
            others = companies - suppliers
            makers = {c for c in companies if "memory_maker" in self.entities[c].roles}
            if makers and self.c.fallback_memory_rx is not None and self.c.fallback_memory_rx.search(text):
                # memory goes from its maker to the chip's designer ("Each Tern-3 carries HBM3E from Micron")
                suppliers, others = makers, (suppliers | others) - makers
            assemblers = sellers & others
            server_sale = bool(assemblers)
            if server_sale:
                # "delivered in servers built by Hewlett Packard Enterprise", "They arrived inside racks
                # assembled by Supermicro": the server maker sells the chips in its servers, to the company
                # the sentence names or, naming none, the one the sentences before are about (a purchase
                # with no buyer: the article's company, "HĐQT chấp thuận phương án mua 96 máy chủ ... từ X")
                buyers = {c for c in others - assemblers if self._plausible_buyer(c)}
                buyer = None
                if not buyers and self.c.fallback_server_pronoun_rx is not None \
                        and self.c.fallback_server_pronoun_rx.search(text):
                    buyer = self._recent_subject(si + 1, fits=self._plausible_buyer) or self._main_company()
                elif not buyers and self.c.fallback_purchase_rx is not None and self.c.fallback_purchase_rx.search(text):
                    buyer = self._main_company()
                if buyer and self._plausible_buyer(buyer):
                    buyers = {buyer}
                suppliers, others = assemblers, buyers
            if not server_sale and not others and len(suppliers) == 1 and chips and self.c.fallback_purchase_rx is not None \
                    and self.c.fallback_purchase_rx.search(text):
                # "Toàn bộ số tiền sẽ được dùng để mua 1.024 GPU B200 của Nvidia": the buyer is the company
                # the sentences before are about
                buyer = self._recent_subject(si, fits=lambda c: c not in suppliers and self._plausible_buyer(c))
                others = {buyer} if buyer else set()
            if not server_sale and not suppliers and len(others) == 1 and self.c.fallback_purchase_rx is not None \
                    and self.c.fallback_purchase_rx.search(text):
                # "Tràng Tiền Vision đã đặt mua 200.000 chip", "The operator agreed to buy 3,000 cards":
                # the seller is the chip company the sentences before are about
                seller = self._recent_chip_seller(si)
                suppliers = {seller} - others if seller else set()
            if len(others) != 1 or not suppliers or (len(suppliers) > 1 and suppliers != assemblers):
                continue
            (tail,) = others
            if not self._plausible_buyer(tail):
                continue
            cues = self.c.cues.find(text)
            if any(c.kind == "negations" for c in cues):
                continue
            dates = [d.value for d in self._sentence_dates(si) if d.value]
            for head in sorted(suppliers):
                if any(f.sentence == si and ({f.head, f.tail} == {head, tail}
                                             or (f.relation == "supplies_chips_to" and f.head == head)) for f in self.found):
                    continue  # (a pattern read this sale, or this seller's, in the sentence)
                self._known(head)  # a designer the sentence does not name is still a node
                self.found.append(Found(head, "supplies_chips_to", tail, None, self._status(cues, []),
                                        dates[0] if len(dates) == 1 else None, si, "chip_supply_fallback"))

    def _sentence_fallbacks(self) -> None:
        """A sentence with the cue words of a relation that names exactly one company of the roles that
        make the head (a cloud for compute, a fund for an investment) and one other company, and no
        fact of that relation or on that pair, states the relation between the two: "Much of the
        training runs in data centres that Ardent contracted from Brisk Cloud last spring"."""
        main = self._main_company()
        for rule in self.c.sentence_fallbacks:
            for si, (s, e) in enumerate(self.sentences):
                text = self.text[s:e]
                if (si == 0 and self.skip_first) or not rule.cue_rx.search(text) or (
                        rule.block_rx is not None and rule.block_rx.search(text)):
                    continue
                here = [m for m in self.mentions if s <= m.start < e and m.type == "Company"]
                companies = {m.entity for m in here}
                # (the provider or the fund is named: one a reference stands for is too unsure a party here)
                named = {m.entity for m in here if m.kind != "reference"}
                if rule.one_party:
                    self._one_party_fallback(rule, si, text, companies, named)
                    continue
                heads = {c for c in companies if self.entities[c].roles & rule.head_roles and not (
                    rule.head_roles_only and self.entities[c].roles - rule.head_roles - {"has_parent", "startup"})}
                if rule.head_from_main:
                    # (the customer named too: "The state company has also lined up its first customers" is no deal)
                    if (heads or main is None or main in companies or not self.entities[main].roles & rule.head_roles
                            or companies - named):
                        continue
                    heads = {main}
                elif heads - named:
                    continue
                # (a name the text gives once and no list knows may be a place or a person: "near Rjukan")
                others = {c for c in companies - heads
                          if not widen_roles(self.entities[c].roles) & rule.tail_excluded_roles and not self._model_numbered(c)
                          and (self.entities[c].in_kb or sum(m.entity == c for m in self.mentions) >= 2)}
                if len(heads) != 1 or len(others) != 1:
                    continue
                (head,), (tail,) = heads, others
                if tail in (self.entities[head].parent, None) or self.entities[tail].parent == head:
                    continue  # (a company and its own unit: "AWS, Amazon's cloud arm")
                if any(f.sentence == si and (f.relation == rule.relation or {f.head, f.tail} == {head, tail})
                       for f in self.found):
                    continue  # (a pattern read the sentence's deal, or another fact of the pair)
                self._fallback_fact(rule, si, text, head, tail)

    def _one_party_fallback(self, rule: SentenceFallback, si: int, text: str, companies: set[str],
                            named: set[str]) -> None:
        """"Marrow Photonics, a start-up whose $60 million Series B was led by Redfern Capital": the one
        company that is no investor raised the round's one amount, when no pattern read a raise there."""
        heads = {c for c in companies if not widen_roles(self.entities[c].roles) & rule.tail_excluded_roles
                 and not self._model_numbered(c)}
        if len(heads) != 1 or heads - named or any(f.sentence == si and f.relation == rule.relation for f in self.found):
            return
        self._fallback_fact(rule, si, text, heads.pop(), None)

    def _fallback_fact(self, rule: SentenceFallback, si: int, text: str, head: str, tail: str | None) -> None:
        """Record the fact a fallback reads in sentence ``si``, unless the sentence negates it; it takes
        the sentence's one amount of the rule's context (a one-party fact needs one)."""
        cues = self.c.cues.find(text)
        if any(c.kind == "negations" for c in cues):
            return
        amounts = [a for a in self.c.amounts.find(text) if a.context == rule.amount_context] if rule.amount_context else []
        if rule.one_party and len(amounts) != 1:
            return
        dates = [d.value for d in self._sentence_dates(si) if d.value]
        self.found.append(Found(head, rule.relation, tail, amounts[0] if len(amounts) == 1 else None,
                                self._status(cues, []), dates[0] if len(dates) == 1 else None, si, "sentence_fallback"))

    def _sells_servers(self, m: Mention) -> bool:
        """Whether the server maker named at ``m`` stands as the seller of its machines: "servers built
        by Dell", "Hewlett Packard Enterprise is delivering them"."""
        if self.entities[m.entity].roles & HARDWARE_ROLES != {"server_maker"}:
            return False
        previous = next((o for o in reversed(self.mentions) if o.end <= m.start and o.type == "Company"), None)
        gap = self.text[previous.end:m.start].strip().lstrip(",").strip().casefold() if previous is not None else None
        if gap is not None and (gap == "" or gap in self.c.list_joiners) and self._sells_servers(previous):
            return True  # ("assembled by Dell Technologies and Super Micro Computer")
        line_start = self.text.rfind("\n", 0, m.start) + 1
        before = self.text[max(line_start, m.start - 20):m.start]
        return bool((self.c.fallback_server_source_rx is not None and self.c.fallback_server_source_rx.search(before))
                    or (self.c.fallback_server_verb_rx is not None and self.c.fallback_server_verb_rx.match(self.text, m.end)))

    def _recent_chip_seller(self, si: int) -> str | None:
        """The designer of the chip named last in sentence ``si`` or the three before: not a foundry
        read as a maker ("sản xuất ... tại nhà máy của TSMC") and not a name with a model number,
        which is more likely the chip itself."""
        window_start = self.sentences[max(0, si - 3)][0]
        chips = [m for m in self.mentions if m.type == "Chip" and window_start <= m.start < self.sentences[si][1]]

        def sells(company: str | None) -> bool:
            info = self.entities.get(company)
            return info is not None and info.type == "Company" and "foundry" not in info.roles \
                and not self._model_numbered(company)
        return next((d for d in (self._designer(m.entity) for m in reversed(chips)) if sells(d)), None)

    def _manufacture_only(self, si: int) -> bool:
        """Whether sentence ``si`` tells of making chips and of no other design work ("được TSMC sản
        xuất", not "bộ tăng tốc Gaudi 3 do Intel thiết kế")."""
        s, e = self.sentences[si]
        text = self.text[s:e]
        return bool(self.c.manufacture_rx is not None and self.c.manufacture_rx.search(text)
                    and not (self.c.design_only_rx is not None and self.c.design_only_rx.search(text)))

    def _plausible_buyer(self, company: str) -> bool:
        """Whether a company could be the buyer of chips a sentence names: not a server maker or an
        investor, which no reader could be sure of, and not a name with a model number, which is more
        likely a product ("HX4 stacks will be shipped for AMD's ...")."""
        info = self.entities[company]
        return not (info.roles & (HARDWARE_ROLES | {"investor", "foundry"}) or self._model_numbered(company))

    def _model_numbered(self, company: str) -> bool:
        """An unknown name with a digit ("HX4", "Mekong-N1") is more likely a product than a company."""
        info = self.entities[company]
        return not info.in_kb and re.search(r"\d", info.name) is not None

    def _speaks(self, end: int) -> bool:
        """Whether a speech verb follows ``end`` ("The company said ..."): a company that speaks in a
        news article is most often the one the article is about."""
        return self.c.speech_rx is not None and self.c.speech_rx.match(self.text, end) is not None

    def _recent_subject(self, si: int, fits=lambda entity: True) -> str | None:
        """The subject of the latest of the three sentences before ``si`` that has one that ``fits``
        ("But the field is getting crowded." has none)."""
        return next((s for s in (self._subject(i) for i in range(si - 1, max(-1, si - 4), -1)) if s and fits(s)), None)

    def _appositive_owner(self, sentence_start: int, ref_start: int, named: list[Mention]) -> str | None:
        """The company whose appositive holds the reference at ``ref_start`` ("X, a unit the carrier ...")."""
        if self.c.appositive_open_rx is None:
            return None
        for m in reversed(named):
            if sentence_start <= m.end <= ref_start and m.type == "Company":
                between = self.text[m.end:ref_start]
                return m.entity if self.c.appositive_open_rx.match(between) else None
        return None

    def _unit_of(self, text: str, m: Mention, named: list[Mention]) -> Mention:
        """"Kamogawa Vietnam": a company's name followed by a country or unit word is a unit of its own."""
        rx = self.c.mentions.kb_extension_rx
        ext = rx.match(text, m.end) if rx is not None and m.type == "Company" else None
        if ext is None or any(o is not m and o.start < ext.end() and m.start < o.end for o in named):
            return m
        full = text[m.start:ext.end()]
        return Mention(m.start, ext.end(), entity_id("Company", canonical_name(full)), "Company", full, "unknown")

    def _speaker_company(self, sentence_start: int, ref_start: int, named: list[Mention], main: str | None) -> str | None:
        """"Lahtinen said the company plans ...": the company of the person quoted, when the
        article introduced them with their title ("Arcturus chief executive Mikko Lahtinen"), or the
        article's main company when their title names no company ("Finance chief Marcus Adebanjo")."""
        if self.c.said_rx is None or self.c.title_rx is None:
            return None
        said = self.c.said_rx.search(self.text[sentence_start:ref_start])
        if said is None:
            return None
        surname = said.group("name")
        for m in named:
            if m.type != "Company":
                continue
            after = self.text[m.end:m.end + 80]
            before = self.text[max(0, m.start - 80):m.start]
            title_after = self.c.title_rx.match(after)
            if title_after and re.match(rf"(?:[A-ZĐ][\w'-]*\s+){{0,2}}{re.escape(surname)}(?!\w)", after[title_after.end():]):
                return m.entity
            if re.search(rf"(?<!\w){re.escape(surname)},\s+(?:the\s+|its\s+)?{self.c.title_alt}\s+{self.c.title_preposition_alt}\s+$", before):
                return m.entity
        bare_title = rf"(?:^|[.!?\"”]\s+|\n\s*)(?i:{self.c.title_alt})(?:\s+officer)?\s+(?:[A-ZĐ][\w'-]*\s+){{0,2}}{re.escape(surname)}(?!\w)"
        return main if re.search(bare_title, self.text) else None

    def _known(self, eid: str) -> None:
        """Register a KB entity that a fact names though the text does not."""
        entry = self.c.kb.get(eid)
        if eid not in self.entities and entry is not None:
            self.entities[eid] = _kb_info(eid, entry)

    def _named_chip_designer(self, ref, named: list[Mention], sentence_start: int, owner: str | None) -> str | None:
        """"the Intel Gaudi 3 accelerators that Lahesuu ordered from the US chipmaker": a description of a
        chip company after a KB chip in its sentence is the chip's designer, when the designer fits it."""
        if not widen_roles(ref.roles) & CHIP_ROLES:
            return None
        chip = next((m for m in reversed(named) if m.type == "Chip" and sentence_start <= m.start < ref.start), None)
        designer = self.c.kb.designer_of(chip.entity) if chip is not None else None
        if designer is None or designer == owner:
            return None
        self._known(designer)
        info = self.entities.get(designer)
        return designer if info is not None and reference_score(ref, info) >= 2 else None

    def _chip_references(self, si: int) -> list[Mention]:
        """"The processor was designed by T-Head", "con chip này": the chip named last, in this
        sentence or the two before. A chip only a pattern confirmed ("makes the Lapwing L4, an
        optical engine") stands only for a reference that opens its sentence ("The chip is
        fabricated by GlobalFoundries")."""
        if self.c.chip_reference_rx is None:
            return []
        s, e = self.sentences[si]
        window_start = self.sentences[max(0, si - 2)][0]
        chips = sorted((m for m in self.mentions if m.type == "Chip" and window_start <= m.start < e), key=lambda m: m.start)
        out = []
        for hit in self.c.chip_reference_rx.finditer(self.text, s, e):
            if any(m.start < hit.end() and hit.start() < m.end for m in self.mentions):
                continue
            opens_sentence = not self.text[s:hit.start()].strip(" \"“'(")
            before = [m for m in chips if m.start < hit.start() and (opens_sentence or m in self.named_chips)]
            if before:
                out.append(Mention(hit.start(), hit.end(), before[-1].entity, "Chip", hit.group(0), "reference"))
        return out

    def _deal_role_references(self, si: int) -> list[Mention]:
        """"The buyer plans to keep Tavrin's engineers", "bên mua": the acquirer (or, for "the
        target", the company bought) of the last takeover read in the six sentences before."""
        s, e = self.sentences[si]
        takeovers = [f for f in self.found if f.relation == "acquired" and si - 6 <= f.sentence < si]
        out = []
        for role, rx in self.c.deal_role_rxs.items():
            for hit in rx.finditer(self.text, s, e):
                if takeovers and not any(m.start < hit.end() and hit.start() < m.end for m in self.mentions):
                    entity = takeovers[-1].head if role == "acquirer" else takeovers[-1].tail
                    out.append(Mention(hit.start(), hit.end(), entity, "Company", hit.group(0), "reference"))
        return out

    def _first_person(self, taken: list[Mention]) -> list[Mention]:
        """"Chúng tôi đã ký hợp đồng ...", "We signed ...": in an interview the speaker's
        company, the article's subject (the first company of its first sentence)."""
        if self.c.first_person_rx is None:
            return []
        topic = None
        for si, (s, e) in enumerate(self.sentences):
            if si == 0 and self.skip_first:
                continue
            topic = next((m for m in sorted(taken, key=lambda m: m.start)
                          if m.type == "Company" and s <= m.start < e), None)
            if topic is not None:
                break
        if topic is None:
            return []
        out = []
        topic_sentence = self.sentences[self._sentence_at(topic.start)][0]
        found = list(self.c.first_person_rx.finditer(self.text))
        if self.c.addressee_rx is not None:
            # "You closed a $140 million Series B in March. Why no strategic investor?": the question's
            # "you" is the company asked about
            found += [m for m in self.c.addressee_rx.finditer(self.text)
                      if self._paragraph(m.start()).rstrip().endswith("?")]
        for m in sorted(found, key=lambda m: m.start()):
            # from the sentence that introduces the company ("Today we are announcing ... how X grows")
            if m.start() >= topic_sentence and not any(t.start < m.end() and m.start() < t.end for t in taken):
                s, e = self.sentences[self._sentence_at(m.start())]
                # '"We are not a hyperscaler," Ashgrove chief executive Priya Raman said', '"We have signed
                # with Microsoft," the chief executive of Fenwick said': the speaker's company, and the
                # company of the "we" after it that no sentence of its own names
                speaker = next((t.entity for t in taken if t.type == "Company" and s <= t.start < e
                                and self.c.title_rx is not None and (self.c.title_rx.match(self.text, t.end)
                                                                     or self.c.title_of_rx.search(self.text, s, t.start))), None)
                speaker = speaker or (out[-1].entity if out else topic.entity)
                out.append(Mention(m.start(), m.end(), speaker, "Company", m.group(0), "reference"))
        return out

    def _paragraph(self, pos: int) -> str:
        """The line (paragraph) of the text around ``pos``."""
        start = self.text.rfind("\n", 0, pos) + 1
        end = self.text.find("\n", pos)
        return self.text[start:end if end >= 0 else len(self.text)]

    # -- one sentence -------------------------------------------------------
    def _sentence(self, si: int, s: int, e: int, candidates: list[Mention]) -> None:
        text = self.text[s:e]
        self.mentions += self._chip_references(si) + self._deal_role_references(si)
        amounts = self.c.amounts.find(text)
        dates = self._sentence_dates(si)
        items: list[tuple[int, int, str, object]] = []
        code = {"Company": "C", "Chip": "K", "Person": "P", "Other": "O"}
        for m in self.mentions:
            if s <= m.start < e:
                if m.type == "Other" and self._technology(m.entity):
                    continue  # "GPUs", "LLMs": common words the patterns read as words
                items.append((m.start - s, m.end - s, code[m.type], m))
        for a in amounts:
            items.append((a.start, a.end, "M", a))
        for d in dates:
            items.append((d.start, d.end, "D", d))
        for c in candidates:
            if " " not in c.surface and re.search(rf"(?<![\w-]){re.escape(c.surface.casefold())}(?![\w-])", self.text):
                continue  # "Demand for H200 ...": a word the article also writes in lower case is no name
            if self.c.place_after_rx is not None and self.c.place_after_rx.match(self.text, c.end):
                continue  # "the Duqm site", "in Whitefield, where": a place, not a party
            if (self.c.descriptor_after_rx is not None and re.search(r"(?<!\w)(?:a|an|the)\s+$", self.text[max(0, c.start - 6):c.start])
                    and self.c.descriptor_after_rx.match(self.text, c.end)):
                continue  # "a Kraków start-up", "a Haifa lab": where the company is from
            items.append((c.start - s, c.end - s, "U", c))
        items.sort(key=lambda x: (x[0], "CKPOMDU".index(x[2])))
        kept, last_end = [], -1
        for item in items:
            if item[0] >= last_end:
                kept.append(item)
                last_end = item[1]
        kept = _absorb_parenthetical_aliases(text, kept)
        # "Để có tiền trả cho Nvidia, Tallgrass đã huy động ...", "Like Nvidia, AMD sells ...": the comma that
        # closes an opening phrase is a clause boundary, so no list or gap runs across it
        lead = self._main_clause_start(si) - s
        names_party = any(kind in "CU" and b <= lead for _, b, kind, _ in kept)
        separated = text[:lead - 2] + ";" + text[lead - 1:] if lead >= 2 and names_party else text
        parts, pos, table = [], 0, {}
        for n, (a, b, kind, obj) in enumerate(kept):
            parts.append(separated[pos:a])
            ph = f"⟦{kind}{n}⟧"
            table[ph] = (kind, obj)
            owner = kind == "C" and obj.kind == "reference" and obj.surface in self.c.first_person_possessive
            if (kind == "C" and obj.kind == "reference" and obj.surface.casefold() in self.c.pronouns
                    and self.c.joined_clause_rx is not None):
                # "Last month it agreed to put $5 billion into Intel, and it already holds ...": a pronoun
                # after ", and" opens a clause of its own, so no list or gap runs across into it
                parts[-1] = self.c.joined_clause_rx.sub(r";\1", parts[-1])
            parts.append(ph + "'s" if owner else ph)
            pos = b
        parts.append(separated[pos:])
        masked = "".join(parts)
        # "quỹ Mekong Frontier Capital (Singapore) dẫn dắt", "CoreWeave (Nasdaq: CRWV) said": a bracket
        # after a name only describes it.
        masked = re.sub(r"(⟦[CUK]\d+⟧)\s*\((?:[^()⟦⟧]|⟦[UKD]\d+⟧){1,40}\)", r"\1", masked)
        masked = re.sub(r"\((⟦[CK]\d+⟧)\)", r"\1", masked)  # "tensor processing units (TPUs)"
        # "PK Data (viết tắt: PK Data, mã chứng khoán: PKD)": names of the company itself
        def own_names(m):
            owner = getattr(table[m.group(1)][1], "entity", None)
            inside = re.findall(r"⟦[A-Z]\d+⟧", m.group(2))
            return m.group(1) if inside and all(getattr(table[ph][1], "entity", None) == owner for ph in inside) else m.group(0)
        masked = re.sub(r"(⟦C\d+⟧)\s*\(([^()]{0,120})\)", own_names, masked)
        masked = re.sub(r"(⟦M\d+⟧)\s*\(⟦M\d+⟧\)", r"\1", masked)  # "2.1 billion ringgit ($470 million)"
        masked = re.sub(r"(⟦[CU]\d+⟧)\.(?=,|\s+[a-z])", r"\1", masked)  # "Halyard Compute Inc., the", "Mitsui & Co. also"
        # "Samsung Electronics' foundry": a name ending in "s" takes a bare apostrophe as its possessive
        masked = re.sub(r"(⟦[CUK]\d+⟧)['’](?=\s)",
                        lambda m: m.group(1) + ("'s" if str(getattr(table[m.group(1)][1], "surface", "s")).endswith("s") else "'"), masked)
        if self.c.origin_rx is not None:
            masked = self.c.origin_rx.sub(r"\1", masked)  # "Hailo của Israel và Ambarella"
        # (a name not yet confirmed as a company is the subject only where no company is named)
        subject = re.search(r"⟦C\d+⟧", masked) or re.search(r"⟦U\d+⟧", masked)
        if subject and re.match(rf"{POSSESSIVE}\s", masked[subject.end():]):
            # "Elbtal's first chip ... and will be manufactured by ...": a possessor is not the subject
            subject = None
        if subject and self.c.carry_rx is not None:
            # "X agreed ..., đồng thời xem xét ...": the second verb keeps the subject.
            masked = self.c.carry_rx.sub(lambda m: f"{m.group(0)}{subject.group(0)} ", masked)
        if subject and self.c.carry_verb_rx is not None:
            # (", " so that the carried subject does not join a list of names before it; none after a
            # clause boundary such as ", but ", which must still cut the clause there)
            def carried(m):
                after_boundary = any(b.end() == m.end() for b in self.c.boundary_rx.finditer(masked, max(0, m.start() - 2), m.end()))
                return f"{m.group(0)}{subject.group(0)} " if after_boundary else f"{m.group(0).rstrip()}, {subject.group(0)} "
            masked = self.c.carry_verb_rx.sub(carried, masked)
        variants = [masked]
        co_subjects = self.c.co_subject_rx.search(masked) if subject and self.c.co_subject_rx is not None else None
        if co_subjects and subject.start() < co_subjects.start():
            # "Nvidia joined as a new investor, as did Samsung": read again with Samsung as the subject (and
            # no amount, which the text gives the first subject only)
            alone = masked[:co_subjects.start()] + masked[co_subjects.end():]
            alone = alone[:subject.start()] + co_subjects.group("parties") + alone[subject.end():]
            variants.append(re.sub(r"⟦M\d+⟧\s*", "", alone))
        stripped = masked
        if self.c.attribution_rx is not None:
            stripped = self.c.attribution_rx.sub("", stripped)
        if self.c.appositive_rx is not None:
            # "Google, a rival of Amazon in cloud computing, has invested ...": the main clause
            # is read again without the appositive, which is read on its own in the first pass.
            # (inside a list the comma stays)
            def drop(m):
                if self.c.open_relative_rx is not None and self.c.open_relative_rx.search(m.group(0)):
                    return m.group(0)
                return "," if self.c.list_item_after_rx.match(m.string, m.end()) else ""
            stripped = self.c.appositive_rx.sub(drop, stripped)
        # "Tallowmere's closest rival, Tenstorrent, raised ...": the name the description introduces
        # is the subject.
        stripped = POSSESSIVE_APPOSITIVE_RX.sub(r"\1 ", stripped)
        if stripped != masked:
            variants.append(stripped)
        # "X, the neocloud that rents out clusters of Nvidia processors, said ...", "X, công ty đã ký
        # ...": the clause read on its own with its antecedent as subject.
        for clause_rx in (self.c.relative_clause_rx, self.c.appositive_clause_rx):
            if clause_rx is None:
                continue
            for rel in clause_rx.finditer(masked):
                end = self.c.clause_end_rx.search(masked[rel.end():])
                antecedent = next(g for g in rel.groups() if g)
                clause = f"{antecedent} {masked[rel.end():rel.end() + end.start()]}."
                if clause not in variants:
                    variants.append(clause)
        attributions = ([(m.start(), m.end()) for m in self.c.attribution_rx.finditer(masked)]
                        if self.c.attribution_rx is not None else [])
        # ", the companies said on Tuesday": the day the attribution gives dates the deal of a reading without it
        self.attribution_dates = [d.value for a, b in attributions for ph in re.findall(r"⟦D\d+⟧", masked[a:b])
                                  if (d := table[ph][1]).deal_date and d.value]
        # Inserted phrases: a match that starts inside one and runs past its end reads a name of
        # the insertion as a party of the main clause ("X, backed by Y, will supply Z").
        inserted = attributions + ([(m.start(), m.end()) for m in self.c.appositive_rx.finditer(masked)]
                                   if self.c.appositive_rx is not None and len(variants) > 1 else [])
        matches = [find_matches(v, self.c.patterns) for v in variants]
        # What the main clause says once the insertions are gone: (relation, tails) with a head of its own.
        def ident(ph):
            obj = table[ph][1]
            return getattr(obj, "entity", None) if table[ph][0] != "U" else obj.surface
        main = {m.relation for m in matches[variants.index(stripped)]
                if {ident(h) for h in m.heads} - {ident(t) for t in m.tails}} if stripped != masked else set()
        for variant, found in self._implicit_party_variants(si, text, masked, table):
            variants.append(variant)
            matches.append(found)
        # A round's own fact first, in every reading of the sentence, so its investors know whose round
        # it is; and who designs a chip before who sells it; a deal that takes its party from another deal of
        # the sentence after that deal.
        def rank(m):
            return (m.relation not in ("raised", "sold_shares"), m.relation != "designs_chip",
                    m.options.get("tail_from") == "sentence_deal")
        for first in (True, False):
            for variant, found in zip(variants, matches):
                cues = self.c.cues.find(variant)
                if variant is masked and attributions:
                    cues = [c for c in cues if not any(a <= c.start < b for a, b in attributions)]
                clause_cuts = [0] + [m.end() for m in self.c.boundary_rx.finditer(variant)] + [len(variant) + 1]
                for match in sorted(found, key=rank):
                    if (rank(match)[:2] != (False, True)) == first:
                        continue
                    if variant is masked and len(variants) > 1 and (
                            # it reads the main clause across the insertion: the variant without it does so cleanly
                            any(match.start <= a and b <= match.end for a, b in inserted)
                            or ((match.relation in main or match.options.get("head_from"))
                                and any(a < match.start < b < match.end for a, b in inserted))):
                        continue
                    self._relation(si, variant, table, cues, clause_cuts, match)

    def _implicit_party_variants(self, si, text, masked, table) -> list:
        """"X signed a deal with Y. Under the agreement, the company will provide computing
        capacity for five years.": a follow-up sentence naming one of the two parties of the
        sentence before, and no other company, deals with the other party; the sentence is read
        again with that party appended after each joiner ("to", "cho"), keeping only the matches
        that bind it."""
        joiners = self.c.lex.data.get("implicit_party_joiners") or []
        if si == 0 or not joiners or self.c.followup_rx is None:
            return []
        marker = self.c.followup_rx.search(masked)
        if marker is None or not re.match(r"\s*,?\s*⟦C\d+⟧", masked[marker.end():]):
            return []  # the party must be the subject right after the marker
        if si == 1 and self.skip_first:
            return []
        ps, pe = self.sentences[si - 1]
        before = {m.entity for m in self.mentions if m.type == "Company" and ps <= m.start < pe}
        s, e = self.sentences[si]
        here = {m.entity for m in self.mentions if m.type == "Company" and s <= m.start < e}
        if len(before) != 2 or len(here) != 1 or not here < before:
            return []
        if any(kind in "CU" and getattr(obj, "entity", None) not in here for kind, obj in table.values()):
            return []
        other = next(iter(before - here))
        ph = f"⟦C{len(table)}⟧"
        table[ph] = ("C", Mention(e, e, other, "Company", self.entities[other].name, "reference"))
        stem = re.sub(r"[\s.!?\"”]+$", "", masked)
        out = []
        for joiner in joiners:
            variant = f"{stem} {joiner} {ph}."
            found = [m for m in find_matches(variant, self.c.patterns) if ph in m.heads + m.tails]
            if found:
                out.append((variant, found))
                break
        return out

    def _relation(self, si, masked, table, cues, clause_cuts, match) -> None:
        opts = match.options
        clause_start = max(c for c in clause_cuts if c <= match.start)
        clause_end = min(c for c in clause_cuts if c > match.start)
        # A relative clause read from its antecedent has a status, an amount and a date of its own, and
        # ends at its comma: "is in talks to move its chip work to Broadcom from Marvell, which delivers chips
        # for it today", "Pelham, which is an investor in Ardley, took part in a $120 million placement in May".
        relative = self.c.relative_clause_rx is not None and self.c.relative_clause_rx.match(masked, match.start)
        sentence_clause_end = clause_end  # ("Nvidia, which holds 6% of X, has been an investor since 2023")
        if relative and (comma := masked.find(",", match.end, clause_end)) != -1:
            clause_end = comma
        # Negated ("did not invest", "chưa ký"): no fact.
        status_start = max([clause_start] + [m.end() for m in self.c.status_boundary_rx.finditer(masked, 0, match.start)]) \
            if self.c.status_boundary_rx is not None else clause_start
        span_cues = [c for c in cues if status_start <= c.start < match.end
                     and not (c.kind == "negations" and self.c.contrast_rx is not None and self.c.contrast_rx.match(masked, c.start))]
        if any(c.kind == "negations" and c.start >= match.start for c in span_cues):
            return
        if (self.c.denial_rx is not None and match.relation in DEAL_RELATIONS
                and self.c.denial_rx.search(masked, 0, match.start)):
            return  # a deal inside a report the sentence denies ("Alibaba Cloud, a unit of Alibaba" stands)
        if (match.relation == "supplies_compute_to" and self.c.power_delivery_rx is not None
                and self.c.power_delivery_rx.search(masked, match.start, match.end + 80)):
            return
        if (match.relation == "supplies_compute_to" and self.c.power_contract_rx is not None
                and self.c.power_contract_rx.search(masked, max(0, match.start - 30), match.end)):
            return
        inside = [c for c in span_cues if c.start >= match.start]
        # "blocked Corvane's proposed takeover of Halden": a deal ended before the match outranks its own words
        inside += [c for c in span_cues if c.kind == "ended" and c.start < match.start] if inside else []
        # words after the fact count up to the next comma ("X signed ..., giới đầu tư không còn bất ngờ")
        comma = masked.find(",", match.end, clause_end)
        after_end = comma if comma != -1 else clause_end
        # ("said TSMC was building the first run of Harrow and that volume shipments would begin")
        cut = self.c.status_boundary_rx.search(masked, match.end, after_end) if self.c.status_boundary_rx is not None else None
        after_end = cut.start() if cut else after_end
        status = self._status(inside if relative else (inside or span_cues), [c for c in cues if match.end <= c.start < after_end])
        if opts.get("status"):
            status = opts["status"]  # "X đã thoái toàn bộ vốn tại Y": the pattern itself says how the deal stands
        date = self._date(masked, table, match, clause_start, clause_end)
        if date is None and match.relation in DEAL_RELATIONS and "⟦D" not in masked and self.attribution_dates:
            date = self.attribution_dates[0]
        if match.relation in DEAL_RELATIONS and self.c.ended_deal_rx is not None and status != "ended":
            # "X thuê GPU của Lambda, nhưng đã chấm dứt hợp đồng từ quý III năm ngoái": the clause
            # after ends that very deal, and its date is when it ended.
            later = masked[clause_end:]
            ended = self.c.ended_deal_rx.search(later)
            # (the clause may name the fact's own party again: "but said those discussions ended")
            if ended and not set(re.findall(r"⟦[CU]\d+⟧", later[:ended.start()])) - set(match.heads + match.tails):
                status = "ended"
                days = [table[m.group(0)][1] for m in re.finditer(r"⟦D\d+⟧", later[ended.start():])]
                date = next((d.value for d in days if d.value), date)
        ended_relative = (self.c.ended_relative_rx.match(masked, match.end)
                          if match.relation in DEAL_RELATIONS and self.c.ended_relative_rx is not None else None)
        if ended_relative:
            status = "ended"
            date = table[ended_relative.group("date")][1].value if ended_relative.group("date") else date
        # (of the parties the sentence names, not of a provider guessed from the article)
        if (match.relation in DEAL_RELATIONS and self.c.until_rx is not None and self.published is not None
                and opts.get("head_from") != "provider_topic"):
            until = self.c.until_rx.match(masked, match.end)
            if until and until.end() <= clause_end:
                value = table[until.group("date")][1].value
                if value and value < self.published.isoformat()[:len(value)]:
                    status = "ended"
                    date = None if date == value else date
        amount = None
        if match.amount:
            amount = table[match.amount][1]
            if amount.context in (opts.get("amount_not") or ()):
                return  # "raised ... valued at $N": that amount is not the round
            if amount.context == "results":
                return  # "ghi nhận doanh thu 2.140 tỷ đồng": a company's results, no deal
            if match.relation == "valued_at" and amount.context == "deal_value":
                return  # "rejected a third offer worth $1.3 billion": the deal's value, not the company's
            if amount.context == "per_share":
                # "selling shares at $40 each to raise $1.5 billion": a share's price is no deal's amount
                amount = self._amount(masked, table, match, clause_end)
                if amount is None and match.relation in ONE_PARTY_RELATIONS:
                    return
        elif opts.get("amount", True) and match.relation not in ("designs_chip", "subsidiary_of",
                                                                  "partners_with", "competes_with"):
            amount = self._amount(masked, table, match, clause_end)
        if amount is not None and amount.context == "round" and match.relation not in ROUND_ONLY:
            amount = None
        if self.c.inline_followup_rx is not None and match.relation in DEAL_RELATIONS and match.relation not in ROUND_ONLY:
            # "X and Y signed a $300 million contract, under which X will supply ...": the clause
            # after the marker reads the amount and status of the deal named before it.
            marker = next((m for m in self.c.inline_followup_rx.finditer(masked) if m.end() <= match.start), None)
            if marker is not None:
                before = masked[:marker.start()]
                # (the value of a contract named before the marker, not "sẽ đầu tư 100 tỷ USD vào OpenAI, theo đó ...")
                if amount is None and opts.get("amount", True) and self.c.contract_noun_rx is not None \
                        and self.c.contract_noun_rx.search(before):
                    found = [table[m.group(0)][1] for m in re.finditer(r"⟦M\d+⟧", before)]
                    found = [a for a in found if a.context not in AMOUNT_EXCLUDED and a.context != "round"]
                    if len(found) == 1:
                        amount = found[0]
                if status in (None, "expected"):
                    earlier = self._status([c for c in cues if c.end <= marker.start()], [])
                    if earlier in ("announced", "completed", "in_talks", "ended"):
                        status = earlier
        if opts.get("requires_amount") and amount is None:
            return
        if match.relation == "invested_in" and amount is None and date is None:
            # "cổ đông của X từ năm 2023", "backed by Microsoft since 2019": the stake dates from then
            # (not a sum invested over the years: "đã đầu tư hơn 13 tỷ USD ... từ năm 2019")
            # (past a relative clause, a date dates the fact only where the clause after it names no
            # other company: "Nvidia, which holds 6% of X, has been an investor in the company since 2023",
            # not "Pelham, which is an investor in Ardley, took part in a placement of Corran stock in May")
            parties = set(match.heads) | set(match.tails)
            ident = {getattr(table[ph][1], "entity", ph) for ph in parties}
            others = [ph for ph in re.findall(r"⟦[CU]\d+⟧", masked[clause_end:sentence_clause_end])
                      if getattr(table[ph][1], "entity", ph) not in ident]
            date = self._date(masked, table, match, clause_start, sentence_clause_end, since=True,
                              only_since=bool(relative and others))
        if match.relation == "invested_in" and self.c.control_rx is not None:
            # "mua lại 51% cổ phần X", "buy a 60% stake in X": a controlling stake is an acquisition,
            # also one reached by buying more ("mua thêm 46% ..., nâng tỷ lệ sở hữu lên 71%").
            span = masked[match.start:match.end]
            pct = self._stake_percents(masked, match, clause_end, self.c.percent_rx)
            if pct and max(pct) > 50 and max(pct) <= 100 and self.c.control_rx.search(span):
                match = dataclasses.replace(match, relation="acquired")
            elif pct and (max(pct) == 100 or (max(pct) > 50 and self.c.holding_rx and self.c.holding_rx.search(span))):
                # "Kaleva, which owns 100% of the unit": a wholly owned subsidiary, no investment; so is a
                # company another holds most of ("Tanjung Maju owns 86% of Serimpi today"), a standing tie with no date
                match = dataclasses.replace(match, relation="subsidiary_of", heads=match.tails, tails=match.heads)
                amount = date = None
        if match.relation == "acquired" and self.c.stake_percent_rx is not None:
            # a minority share bought is an investment, not an acquisition (unless it raises the buyer's
            # share past half: "mua thêm 46% cổ phần X, nâng tỷ lệ sở hữu lên 71%")
            pct = self._stake_percents(masked, match, clause_end, self.c.stake_percent_rx)
            if pct and max(pct) < 50:
                match = dataclasses.replace(match, relation="invested_in")
        chip_tail = match.relation == "designs_chip"
        if chip_tail and any(table[ph][0] == "U" and not re.search(r"[\d-]", table[ph][1].surface) and (
                table[ph][1].surface.isupper() or self.c.chip_word_rx is None or not self.c.chip_word_rx.search(masked))
                for ph in match.tails):
            # "to build an AI campus in Leeds", "cung cấp cho TTDC các bộ tăng tốc": an unconfirmed name without a
            # model number is a chip only in a sentence about chips, and an acronym never is
            return
        if self.c.facility_place_rx is not None:
            # "a 200-megawatt campus in Ulsan": an unconfirmed name where a site is, is a place
            def sited(ph):
                at = masked.find(ph)
                return table[ph][0] == "U" and at != -1 and self.c.facility_place_rx.search(masked[max(0, at - 60):at])
            match = dataclasses.replace(match, heads=[h for h in match.heads if not sited(h)],
                                        tails=[t for t in match.tails if not sited(t)])
        if chip_tail and self.c.place_preposition_rx is not None:
            # "the cameras it makes in Nagano": an unconfirmed name after "in" is where, not what
            match = dataclasses.replace(match, tails=[t for t in match.tails if not (
                table[t][0] == "U" and self.c.place_preposition_rx.search(masked[:masked.find(t)]))])
        if not chip_tail:
            # "4,000 Wren cards": a name the article already made a chip is no company
            def chip_named(ph):
                return table[ph][0] == "U" and self._chip_id(table[ph][1].surface) in self.entities
            match = dataclasses.replace(match, heads=[h for h in match.heads if not chip_named(h)],
                                        tails=[t for t in match.tails if not chip_named(t)])
        heads = [self._entity(table, ph, "Company") for ph in match.heads]
        tails = [self._entity(table, ph, "Chip" if chip_tail else "Company") for ph in match.tails]
        if match.relation in ONE_PARTY_RELATIONS:
            tails = [None]
            # "secured a loan backed by its Nvidia processors and raised $450 million": a company naming
            # chips is no party; the sentence's subject is
            if self.c.chip_word_rx is not None and any(
                    self.c.chip_word_rx.match(masked, masked.find(ph) + len(ph) + 1) for ph in match.heads):
                subject = self._subject(si)
                heads = [subject] if subject and subject not in heads else []
            if amount is None:
                return
        if opts.get("head_from") == "sentence_subject":
            opener = self.c.clause_subject_rx.search(masked[:match.start]) if self.c.clause_subject_rx else None
            subject = self._entity(table, opener.group(1), "Company") if opener else (
                self._unconfirmed_subject(masked, table, match) or self._subject(si))
            reference_noun = self.c.reference_noun_rx is not None and self.c.reference_noun_rx.search(
                masked, match.start, match.end)
            if not re.search(r"⟦C\d+⟧", masked[:match.start]) and (opts.get("possessive") or reference_noun):
                # "The die for Lysa-2, its second chiplet, is made by GlobalFoundries", "Cổ Loa N1, dòng chip
                # do công ty tự thiết kế, có mặt trong camera của X": "its" and "công ty" look back past
                # this sentence, not ahead to a company named later in it ("its" to the company before,
                # "công ty" to the article's)
                subject = (self._recent_subject(si) if opts.get("possessive") and not reference_noun
                           else None) or self._main_company()
            if match.relation == "valued_at" and subject is not None:
                # "Perwira paid $420 million for 35% of Selatan Grid, valuing the company at $1.2 billion": the
                # company the subject has just invested in is the one valued
                subject = next((f.tail for f in reversed(self.found) if f.sentence == si and f.relation == "invested_in"
                                and f.head == subject and f.tail), subject)
            if subject in tails or (subject is None and match.relation == "competes_with"):
                # "Asked about Nvidia, its far larger rival, ...": not Nvidia's own; "sản phẩm sẽ cạnh
                # tranh với chip của A và B, hai đối thủ ...": the rivals of the article's company
                subject = self._main_company()
            heads = [subject] if subject else []
        elif opts.get("head_from") == "previous_subject":
            # "Its flagship Aster-8 chip ..." opening a sentence: the company the sentence before was about
            subject = self._recent_subject(si)
            heads = [subject] if subject else []
        elif opts.get("head_from") == "round":
            # ("The robot maker let employees sell $300 million of shares": no round, the sentence's company)
            company = self._round_company(si) or (self._subject(si) if match.relation in ONE_PARTY_RELATIONS else None)
            opener = re.match(r"\W*(?:[^⟦,;]{1,30},\s+)?(⟦C\d+⟧)\s+[^⟦;]*$", masked[:match.start])
            subject = self._entity(table, opener.group(1), "Company") if opener else None
            if (match.relation in ONE_PARTY_RELATIONS and subject in self.entities
                    and not widen_roles(self.entities[subject].roles) & ROLE_GROUPS[2]):
                # "Halvard AI has launched a tender offer under which employees can sell ...": a fact of the
                # company the sentence names, not of the round before
                company = subject
                opts = {k: v for k, v in opts.items() if k != "head_from"}
            heads = [company] if company else []
        elif opts.get("head_from") == "topic":
            heads = [self._topic()] if self._topic() else []
        elif opts.get("head_from") == "main_company":
            heads = [self._main_company()] if self._main_company() else []
        elif opts.get("head_from") == "provider_topic":
            # "Anthropic agreed to pay up to $4.5bn for inference capacity" in an article about a
            # cloud company: its customer.
            heads = [p for p in [self._provider_in_focus(si)] if p]
            tails_known = [self.entities.get(getattr(table[ph][1], "entity", None)) for ph in match.tails]
            if any(info is not None and info.roles & (CLOUD_ROLES | CHIP_ROLES) for info in tails_known):
                return  # a cloud or chip company is no customer guessed from the article's company
        elif opts.get("head_from") == "chip_designer":
            # an unconfirmed name counts only as a chip an earlier sentence said someone designs
            heads = [d for d in (self._designer(c) for c in self._chips_in(masked, table, match)[-1:]) if d]
            for h in heads:
                self._known(h)  # a designer the text does not name is still a node
        if opts.get("tail_from") == "sentence_subject":
            subject = self._unconfirmed_subject(masked, table, match) or self._subject(si)
            if opts.get("possessive") and not re.match(r"\W*(?:[^⟦,;]{0,40},\s+)?⟦[CU]\d+⟧", masked[:match.start]):
                # "It follows a $7.5 billion agreement with Oracle ..., and an expansion of its contract with CoreWeave":
                # "its" is not a company the sentence names after a preposition
                subject = None
            if opts.get("possessive") and (subject in heads or subject is None):
                # "Tiger Global then led its $150 million Series B": "its" is the company before, not the investor
                # (an investor has no rounds of its own: "We led Vesper's Series A. Tiger Global then led its Series B")
                round_company = self._round_company(si)
                subject = self._recent_subject(si, lambda c: c not in heads and "investor" not in self.entities[c].roles) \
                    or (round_company if round_company not in heads else None) or self._main_company()
            tails = [subject] if subject and subject not in heads else []
        elif opts.get("tail_from") == "main_company":
            tails = [self._main_company()] if self._main_company() else []
        elif opts.get("tail_from") == "previous_subject":
            # "Its last round, a $120 million Series C led by Fjord Ventures": the company the sentences
            # before were about
            subject = self._recent_subject(si)
            tails = [subject] if subject and subject not in heads else []
        elif opts.get("tail_from") == "chip_designer":
            # "The Halo-2 will be manufactured by TSMC": the foundry supplies the chip's designer
            # ("will supply high-bandwidth memory for Hara-2": the chip the memory goes into)
            chips = self._chips_in(masked, table, match)
            chips = [c for c in chips if not self.c.kb.is_memory(c)] or chips
            tails = [d for d in (self._designer(c, besides=heads) for c in chips[:1]) if d and d not in heads]
        elif opts.get("tail_from") in ("recent_deal", "round_or_recent_deal"):
            # "Saola đã trả khoảng 7 triệu USD": the party of the same head's deal just before; "Nvidia invested
            # $150 million" after "X has raised $1.8 billion": the round's company first
            company = self._round_company(si) if opts["tail_from"] == "round_or_recent_deal" else None
            tails = [company] if company and company not in heads else [
                f.tail for f in reversed(self.found) if f.relation == match.relation and f.head in heads
                and si - 3 <= f.sentence <= si][:1]
        elif opts.get("tail_from") == "sentence_deal":
            # "Microsoft said it would invest up to $5 billion in the start-up and Nvidia said it would invest up to
            # $10 billion": the party of another head's deal of the same kind in the sentence
            tails = [f.tail for f in reversed(self.found) if f.relation == match.relation and f.sentence == si
                     and f.head not in heads][:1]
        elif opts.get("tail_from") == "recent_customer":
            # "Các mô hình sẽ được vận hành trên hạ tầng của CMC Cloud": the latest subject before that is no provider
            customer = self._recent_subject(si, lambda c: c not in heads and not self.entities[c].roles & CLOUD_ROLES)
            tails = [customer] if customer else []
        if opts.get("tail_from") in ("round", "round_or_main"):
            company = self._round_company(si)
            if company is None and opts["tail_from"] == "round_or_main":
                company = self._main_company()  # "Vòng Series A 12 triệu USD năm ngoái, do X dẫn dắt" in a profile
            tails = [company] if company else []
            date = date or self._round_date(si)
        each: dict[str, AmountMention] = {}
        if len(heads) > 1 and match.relation == "commits_spending":
            amount = None  # "A and B ..., committing a combined $11 billion": each commits, the total is joint
        if len(heads) > 1 or len(tails) > 1:
            if match.relation not in ONE_PARTY_RELATIONS:
                amount = None  # a total for several parties together goes on none of them
                each = self._respective_amounts(masked, table, heads if len(heads) > 1 else tails,
                                                clause_start, clause_end)
        if (match.relation == "supplies_chips_to" and len(tails) > 1 and set(heads) & set(tails)
                and self.c.in_house_rx is not None
                and any(self.c.in_house_rx.match(masked, masked.find(ph) + len(ph)) for ph in match.heads)):
            # "OpenAI và Broadcom ... cùng phát triển và triển khai các bộ tăng tốc do OpenAI tự thiết kế": the
            # maker of its own chips among their users acts with them, it sells them nothing
            tails = []
        for head in heads:
            for tail in tails:
                if head is None or head == tail:
                    continue
                if opts.get("head_role") and (not self.entities[head].roles & option_roles(opts["head_role"]) or (
                        self.entities[head].roles & HARDWARE_ROLES == {"server_maker"}
                        and self.entities[tail].roles & HARDWARE_ROLES)):
                    continue  # (a server maker sells to the chips' buyer, not to a chip company)
                party_amount = each.get(head if len(heads) > 1 else tail, amount)
                h, t = head, tail
                if opts.get("provider_role") == "head":
                    if not self.entities[head].roles & CLOUD_ROLES:
                        continue  # "signed a contract with X": a compute deal only when X is a provider
                    if "neocloud" in self.entities[tail].roles and self.entities[head].roles & CLOUD_ROLES == {"cloud_provider"}:
                        h, t = tail, head  # "Lambda signed an agreement with Microsoft": the neocloud rents to the hyperscaler
                elif opts.get("provider_role") == "signer":
                    # (a company that only rents out compute: not Microsoft or Amazon, whose deals with a lab
                    # may be an investment or a partnership)
                    head_roles, tail_roles = self.entities[head].roles, self.entities[tail].roles
                    if not (head_roles & CLOUD_ROLES and head_roles <= CLOUD_ROLES | {"startup"}
                            and tail_roles & {"ai_lab", "startup"} and not tail_roles & (CLOUD_ROLES | HARDWARE_ROLES)):
                        continue
                elif opts.get("provider_role"):
                    if opts["provider_role"] == "required" and not (
                            (self.entities[head].roles | self.entities[tail].roles) & CLOUD_ROLES):
                        continue  # "the contract between A and B": a compute deal only with a provider
                    h, t = self._provider_first(head, tail)
                    if self.entities[t].roles & CHIP_ROLES and not self.entities[t].roles & CLOUD_ROLES:
                        continue  # "Humain đã ký thỏa thuận với Nvidia, AMD": a chipmaker is no customer of that
                self.found.append(Found(h, match.relation, t, party_amount, status, date, si,
                                        match.relation, dict(opts)))
                if party_amount is not None and match.relation in self.c.follow_on_relations:
                    for later_amount, later_date in self._follow_on_amounts(
                            masked, table, party_amount, sentence_clause_end, set(match.heads) | set(match.tails)):
                        self.found.append(Found(h, match.relation, t, later_amount, status, later_date, si,
                                                "follow_on", dict(opts)))

    def _follow_on_amounts(self, masked: str, table: dict, amount, end: int, parties: set[str]) -> list:
        """The later amounts of a deal told after ``amount`` in its clause, each with its own date: "signed an
        $11.9 billion contract in March, added $4 billion in May and a further $6.5 billion in September"."""
        token = next((m for m in re.finditer(r"⟦M\d+⟧", masked) if table[m.group(0)][1] is amount), None)
        if token is None or self.c.follow_on_rx is None:
            return []
        out, position = [], token.end()
        while (hit := self.c.follow_on_rx.search(masked, position, end)) is not None:
            # (a joiner only continues what a cue opened: "added $4 billion in May and $6.5 billion in September")
            # (nor past another amount or another company)
            if set(re.findall(r"⟦[CUM]\d+⟧", masked[position:hit.start()])) - parties or (hit.group("joiner") and not out):
                break
            later = table[hit.group("amount")][1]
            if later.context in AMOUNT_EXCLUDED or later.context == "round":
                break
            out.append((later, table[hit.group("date")][1].value if hit.group("date") else None))
            position = hit.end()
        return out

    def _respective_amounts(self, masked, table, parties, clause_start, clause_end) -> dict:
        """"A and B invested $50 million and $30 million, respectively": one amount per party,
        in order, when the clause says so and gives exactly one amount per party."""
        clause = masked[clause_start:clause_end]
        amounts = [table[m.group(0)][1] for m in re.finditer(r"⟦M\d+⟧", clause)]
        amounts = [a for a in amounts if a.context not in AMOUNT_EXCLUDED and a.context != "round"]
        if self.c.each_rx is not None and len(amounts) == 1 and self.c.each_rx.search(clause):
            return {p: amounts[0] for p in parties}  # "A and B each put $100 million into C"
        if self.c.respectively_rx is None or not self.c.respectively_rx.search(clause):
            return {}
        if len(amounts) != len(parties) or len(set(parties)) != len(parties):
            return {}
        return dict(zip(parties, amounts))

    def _named_for_chips(self, name: str) -> bool:
        """"Iskra Silicon", "Kestrel Semiconductor", "Hsinlin Semiconductor Manufacturing Co": a name whose words
        after the first say the company makes chips."""
        return any(self.c.role_suffixes.get(word) in CHIP_ROLES | {"memory_maker"} for word in name.split()[1:])

    def _is_chip(self, eid: str | None) -> bool:
        """Whether ``eid`` is a chip of the article (a chip is no party of a deal)."""
        info = self.entities.get(eid)
        return info is not None and info.type == "Chip"

    def _technology(self, eid: str) -> bool:
        entry = self.c.kb.get(eid)
        return entry is not None and getattr(entry.info, "kind", None) == "technology"

    def _designer(self, chip: str, besides: Iterable[str] = ()) -> str | None:
        """Who designs ``chip``: the KB, else a designs_chip fact read earlier in the article (the
        latest, other than ``besides``: "the Tessera X2, built by TSMC" reads TSMC as a designer too), else
        the designer of another generation of it ("Tessaly-1" after "Tessaly-2, its second accelerator")."""
        designs = [f for f in self.found if f.relation == "designs_chip" and f.tail == chip and f.head not in besides]
        # ("Sơn Ca A1 ... của GlobalFoundries" after the company's own design: a foundry only makes it)
        designers = [f for f in designs if "foundry" not in self.entities[f.head].roles]
        stem = generation_stem(self.entities[chip].name) if not designers and chip in self.entities else None
        if stem is not None:
            designers = [f for f in self.found if f.relation == "designs_chip" and f.head not in besides
                         and f.tail in self.entities and generation_stem(self.entities[f.tail].name) == stem
                         and "foundry" not in self.entities[f.head].roles]
        designs = designers or designs
        # ("Lysa-2, our chiplet, is made by GlobalFoundries": the owner, not the maker)
        owned = {f.sentence for f in designs if f.options.get("possessive")}
        return self.c.kb.designer_of(chip) or next(
            (f.head for f in reversed(designs) if f.options.get("possessive") or f.sentence not in owned), None)

    def _round_date(self, si: int, company: str | None = None) -> str | None:
        """The date of the funding round (of ``company``, when given) stated in the sentences up to ``si``."""
        for f in reversed(self.found):
            if si - 3 <= f.sentence <= si and f.relation == "raised" and company in (None, f.head):
                return f.date
        return None

    def _round_company(self, si: int) -> str | None:
        """The company whose funding round the text is about, at sentence ``si``: "Other
        participants included A and B" names investors in the round of the sentences before."""
        for f in reversed(self.found):
            if si - 3 <= f.sentence <= si:
                if f.relation in ("raised", "sold_shares"):  # (the buyers of a share sale invest too)
                    return f.head
                # (a stake whose company was guessed from the text is no round: "X hiện là cổ đông lớn nhất")
                if f.relation == "invested_in" and f.sentence < si and f.options.get("tail_from") not in (
                        "previous_subject", "main_company"):
                    return f.tail
        # Further back: the last funding round of the article, else its subject when a sentence
        # nearby speaks of a round ("Sentinel, whose early backers include ..." speaks of none).
        last = next((f.head for f in reversed(self.found) if f.relation == "raised" and f.sentence <= si), None)
        if last:
            return last
        window = self.text[self.sentences[max(0, si - 3)][0]:self.sentences[si][1]]
        return self._topic() if self.c.round_word_rx is not None and self.c.round_word_rx.search(window) else None

    def _main_clause_start(self, si: int) -> int:
        """Where the main clause of sentence ``si`` starts: after an opening phrase such as "Set up in
        2021 as a spin-off of X," or "Thành lập năm 2020 tại Đà Nẵng,"; else the sentence start."""
        s, e = self.sentences[si]
        if self.c.leading_phrase_rx is not None and self.c.leading_phrase_rx.match(self.text, s):
            comma = self.text.find(", ", s, e)
            if comma != -1:
                return comma + 2
        return s

    def _subject(self, si: int) -> str | None:
        """The first company of the main clause of sentence ``si`` (else of the sentence); a
        sentence opening on "Its" is about the company of the sentence before."""
        if si in self.possessive_subjects:
            return self.possessive_subjects[si]
        s, e = self.sentences[si]
        if self.c.round_opener_rx is not None and self.c.round_opener_rx.match(self.text, s):
            return self._round_company(si)  # "That round, ..., raised $3.5 billion from investors led by X"
        companies = [m for m in self.mentions if m.type == "Company" and s <= m.start < e]
        start = self._main_clause_start(si)
        main = next((m.entity for m in companies if m.start >= start), None)
        if start > s:
            return main  # "Manufactured by TSMC on a 4-nanometre process, the chip draws ...": TSMC is no subject
        return main or (companies[0].entity if companies else None)

    def _provider_in_focus(self, si: int) -> str | None:
        """The cloud company the text is about at sentence ``si``: the latest one named in it or the
        two sentences before, else the article's main company when that is a cloud company."""
        start = self.sentences[max(0, si - 2)][0]
        recent = [m.entity for m in self.mentions if m.type == "Company" and start <= m.start < self.sentences[si][1]
                  and self.entities[m.entity].roles & CLOUD_ROLES]
        if recent:
            # the one the article names most, the latest on a tie
            counts = {e: sum(m.entity == e for m in self.mentions) for e in recent}
            return max(reversed(recent), key=lambda e: counts[e])
        main = self._main_company()
        info = self.entities.get(main) if main else None
        return main if info is not None and (info.roles & CLOUD_ROLES or not info.in_kb) else None

    def _main_company(self) -> str | None:
        """The company the article is most about: named most often, the earliest on a tie."""
        counts: dict[str, int] = {}
        for m in self.mentions:
            if self._counts_for_main(m):
                counts[m.entity] = counts.get(m.entity, 0) + 1
        return max(counts, key=lambda e: (counts[e], e == self._topic())) if counts else None

    def _counts_for_main(self, m: Mention) -> bool:
        """Whether a mention counts toward the article's main company: a company's, outside the title, and
        not a modifier of another name ("the Nvidia-backed firm" is news about the firm)."""
        return (m.type == "Company" and not (self.skip_first and m.start < self.sentences[0][1])
                and not self.text.startswith("-", m.end))

    def _topic(self) -> str | None:
        """The article's subject: the first company named in its first sentence with one."""
        for si, (s, e) in enumerate(self.sentences):
            if si == 0 and self.skip_first:
                continue
            first = next((m.entity for m in self.mentions if m.type == "Company" and s <= m.start < e), None)
            if first:
                return first
        return None

    def _chips_in(self, masked: str, table: dict, match) -> list[str]:
        """The chips a match spans, in order (an unconfirmed name as the chip it stands for, unless a
        preposition of place comes before it: "tại nhà máy của GlobalFoundries ở Dresden")."""
        span = masked[match.start:match.end]
        return [table[ph.group(0)][1].entity if ph.group(0)[1] == "K" else self._chip_id(table[ph.group(0)][1].surface)
                for ph in re.finditer(r"⟦[KU]\d+⟧", span)
                if ph.group(0)[1] == "K" or self.c.place_preposition_rx is None
                or not self.c.place_preposition_rx.search(span[:ph.start()])]

    def _chip_id(self, surface: str) -> str:
        """The chip an unconfirmed name stands for: "T2" after "the Tenebris T2" is that chip
        (see :func:`_longer_chip`); else a chip of that name."""
        name = canonical_name(surface)
        own = entity_id("Chip", name)
        if own in self.entities or entity_id("Company", name) in self.entities:
            return own
        chips = {e: info.name for e, info in self.entities.items() if info.type == "Chip"}
        companies = {info.name for info in self.entities.values() if info.type == "Company"}
        return _longer_chip(name, chips, companies) or own

    def _unconfirmed_subject(self, masked, table, match) -> str | None:
        """A name the name finder did not confirm that opens the main clause before the fact, with no
        company before it, is the sentence's subject: "Ở mảng trung tâm dữ liệu, Greyline Data Centers hôm
        10/10 đã đồng ý bán 30% cổ phần cho quỹ Aster Ridge Partners"."""
        opening = re.match(r"\W*(?:[^⟦,;]{0,60},\s+)?(⟦U\d+⟧)\s+(?=[a-zà-ỹđ]|⟦D)", masked)
        if opening is None or opening.end(1) > match.start:
            return None
        return self._entity(table, opening.group(1), "Company")

    def _entity(self, table, ph, etype) -> str | None:
        kind, obj = table[ph]
        if kind == "U":
            eid = self._chip_id(obj.surface) if etype == "Chip" else entity_id(etype, canonical_name(obj.surface))
            if etype == "Company" and eid not in self.entities:
                # "Tyrifoss pledged ..." after "a unit of Tyrifoss Kraft": the one company named in full
                name = canonical_name(obj.surface)
                eid = self._named_in_full(name, {e: info.name for e, info in self.entities.items()
                                                 if info.type == "Company"}) or eid
            mention = Mention(obj.start, obj.end, eid, etype, obj.surface, "unknown")
            if etype == "Company" and eid not in self.entities:
                self.pattern_confirmed.add(eid)
            self._register(mention)
            self.mentions.append(mention)
            return mention.entity
        return obj.entity

    def _named_in_full(self, name: str, companies: dict[str, str]) -> str | None:
        """The one company of ``companies`` (id: name) whose name ``name`` starts ("Tyrifoss" of "Tyrifoss
        Kraft"), unless ``name`` is the parent of that unit ("Halloran Pharma" of "Halloran Pharma Ventures")."""
        longer = [e for e, full in companies.items()
                  if _name_start(name, full) and not self.c.mentions.parent_of_unit(self.text, full, name)]
        return longer[0] if len(longer) == 1 else None

    def _provider_first(self, a: str, b: str) -> tuple[str, str]:
        ra, rb = self.entities[a].roles, self.entities[b].roles
        if (not (ra & CLOUD_ROLES) and (rb & CLOUD_ROLES)) or self._landlord(b, a):
            return b, a
        return a, b

    def _landlord(self, a: str, b: str) -> bool:
        """Whether ``a`` is a data-centre company leasing space to ``b``, a cloud or a company that runs no
        data centres ("Cipher signed a lease with Fluidstack", "Tamsin signed a lease with Kettering AI, a
        start-up")."""
        ra, rb = self.entities[a].roles, self.entities[b].roles
        # (a cloud that also runs its own data centres is the tenant of one that only rents out space:
        # "Applied Digital signed two leases with CoreWeave")
        clouds = CLOUD_ROLES - {"data_center"}
        return "data_center" in ra and bool(not rb & CLOUD_ROLES or ("data_center" not in rb and rb & CLOUD_ROLES)
                                            or (not ra & clouds and rb & clouds))

    @staticmethod
    def _status(before: list, after: list) -> str | None:
        # "Kestrel sẽ cung cấp ... theo thỏa thuận ký ngày 18/9": a bare future is a deal announced when
        # an agreement is spoken of around it, else one expected
        agreed = any(c.kind == "announced" for c in before + after)
        before, after = ([dataclasses.replace(c, kind="announced" if agreed else "expected") if c.kind == "future" else c
                          for c in cues] for cues in (before, after))
        statuses = [c for c in before if c.kind != "negations"]
        for kind in STATUS_PRIORITY:
            if any(c.kind == kind for c in statuses + [c for c in after if c.kind == "ended"]):
                return kind
        if statuses:
            return statuses[-1].kind
        after = [c for c in after if c.kind != "negations"]
        return after[0].kind if after else None

    def _date(self, masked, table, match, clause_start, clause_end, since: bool = False,
              only_since: bool = False) -> str | None:
        spans = [(m.start(), table[m.group(0)][1]) for m in re.finditer(r"⟦D\d+⟧", masked)]
        usable = [(p, d) for p, d in spans if ((d.deal_date and not only_since) or (since and d.since)) and d.value]
        if len(usable) > 1:
            # "MEMPHIS, Tennessee, Dec 24 - xAI has raised $6 billion, the company said on Monday": the
            # dateline gives the day of the story, a date in the text the day of the deal
            usable = [(p, d) for p, d in usable if not _in_dateline(masked, p, masked.index("⟧", p) + 1)]
        inside = [d for p, d in usable if match.start <= p < match.end]
        if inside:
            return inside[-1].value
        # "a developer that Tarrow Partners bought in 2023": the date right after the verb is its own
        right_after = [d for p, d in usable if match.end <= p < clause_end
                       and self.c.verb_date_joiner_rx.fullmatch(masked[match.end:p])]
        if right_after:
            return right_after[0].value
        before = [d for p, d in usable if clause_start <= p < match.start]
        if before:
            return before[-1].value
        # (not a date after an earlier figure, which dates that figure's fact: "valued Orrin at $4.2 billion, up
        # from the $2.6 billion it was valued at last year"; nor one in a later clause with a subject of its own:
        # "has committed to spend $500 million, and Gharial borrowed $90 million last year")
        # nor one inside an insertion after the fact: "X is negotiating to lead the round, and Y, which backed
        # the company's seed round in 2024, is expected to join", "là khách hàng của Lumora, sau Cohere, đơn vị
        # đã ký hợp đồng với công ty hồi tháng 6")
        # (an insertion about a stake or a contract keeps its date: "owns 12% of Lisle, a stake it bought in a 2021
        # round", "sau Hồ Tràm Labs, đơn vị đã ký hợp đồng ... hồi tháng 6")
        insertions = [(m.start(), m.end()) for rx in (self.c.appositive_rx, self.c.closing_appositive_rx)
                      for m in rx.finditer(masked, match.end) if ". " not in m.group(0)
                      and not (self.c.fact_appositive_rx and self.c.fact_appositive_rx.search(m.group(0)))] \
            if self.c.appositive_rx is not None else []
        after = [d for p, d in usable if match.end <= p < clause_end
                 and not any(a <= p < b for a, b in insertions)
                 and not re.search(r",\s+(?:\S+\s+){0,2}?⟦C\d+⟧,\s", masked[match.end:p])
                 and not (self.c.earlier_figure_rx and self.c.earlier_figure_rx.search(masked, match.end, p))
                 and not (self.c.new_clause_rx and self.c.new_clause_rx.search(masked, match.end, p))]
        if after:
            return after[0].value
        # "Năm ngoái, Google cam kết ..., còn Microsoft tuyên bố ...": an opening phrase dates every clause
        comma = masked.find(", ")
        opening = [d for p, d in usable if p < comma and p < clause_start
                   and not re.search(r"⟦[CUK]\d+⟧", masked[:comma])]
        return opening[0].value if opening else None

    def _stake_percents(self, masked, match, clause_end, percent_rx) -> list[float]:
        """The percentages ``percent_rx`` finds in a match, and the share a stake is raised to after it
        ("mua thêm 46% cổ phần X, nâng tỷ lệ sở hữu lên 71%")."""
        span = masked[match.start:match.end]
        raised_to = self.c.stake_raised_rx.search(masked, match.end, clause_end) if self.c.stake_raised_rx else None
        found = [float(p.replace(",", ".")) for p in percent_rx.findall(span)]
        if raised_to:
            found += [float(p.replace(",", ".")) for p in self.c.percent_rx.findall(raised_to.group(0))]
        return found

    def _amount(self, masked, table, match, clause_end) -> AmountMention | None:
        found = [(m.start(), table[m.group(0)][1]) for m in re.finditer(r"⟦M\d+⟧", masked)]
        usable = [(p, a) for p, a in found if a.context not in AMOUNT_EXCLUDED
                  and (a.context != "round" or match.relation in ROUND_ONLY)]
        inside = [a for p, a in usable if match.start <= p < match.end]
        if inside:
            return inside[0]
        # (not one past a comma and a company of no party: "là khách hàng lớn thứ hai của Lumora, sau Cohere,
        # đơn vị đã ký hợp đồng trị giá 900 triệu USD với công ty")
        # (nor one of a later clause that names its subject again: "will take a 20% stake in Falaj Data Parks
        # and, Duqm plans to spend about $1.1 billion on a solar farm", unless that clause goes on with the same
        # deal)
        parties = {getattr(table[ph][1], "entity", None) for ph in match.heads + match.tails}
        heads = {getattr(table[ph][1], "entity", None) for ph in match.heads}
        # (nor one past the comma that closes an appositive the match runs along, when the name before the
        # appositive is the tail: "Ardent Labs, the startup backed by Northbrook Ventures, has signed a contract
        # worth about $640 million" is Ardent's money, not Northbrook's)
        opening = _APPOSITIVE_OPENING_RX.match(masked, match.start)
        in_appositive = opening is not None and opening.group(1) in match.tails
        after = [a for p, a in usable if match.end <= p < min(clause_end, match.end + 70)
                 and not (in_appositive and masked[match.end:p].lstrip().startswith(","))
                 and not (match.relation not in ONE_PARTY_RELATIONS and any(
                     (entity := getattr(table[c.group(1)][1], "entity", None)) not in parties
                     or (entity in heads and not (self.c.continuing_rx
                                                  and self.c.continuing_rx.match(masked[match.end:p], c.end())))
                     for c in re.finditer(r",\s+(?:\S+\s+){0,2}?(⟦C\d+⟧)", masked[match.end:p])))]
        if after:
            return after[0]
        if match.relation in ("acquired", "invested_in"):
            # "agreed to buy 60% of Xinglong, which runs about 9,000 accelerators in Shaoguan, from its two
            # founders for 2.1 billion yuan": the price, however far, when no other company comes between
            price = [a for p, a in usable if match.end <= p < clause_end and self.c.price_before_rx.search(masked[:p])
                     and not re.search(r"⟦C\d+⟧", masked[match.end:p])] if self.c.price_before_rx else []
            if price:
                return price[0]
        if match.relation in ("sold_shares", "invested_in"):
            # "chào bán 30 triệu cổ phiếu cho X với giá 21.000 đồng/cp": the number of shares times the price
            clause = masked[match.start:clause_end]
            amounts = [table[m.group(0)][1] for m in re.finditer(r"⟦M\d+⟧", clause)]
            text = re.sub(r"⟦M\d+⟧", " ", clause)
            return self.c.amounts.shares_times_price(text, amounts)
        return None

    # -- article level --------------------------------------------------------
    def _postprocess(self) -> None:
        kb = self.c.kb

        def group(eid):
            entry = kb.get(eid)
            return {eid, entry.parent_id} - {None} if entry else {eid}
        kept = []
        for f in self.found:
            if f.relation == "supplies_chips_to" and self._is_chip(f.tail):
                # "Thế hệ trước, SR-500, từng dùng HBM của SK hynix": a chip that buys stands for its designer
                buyer = self._designer(f.tail, besides=(f.head,))
                if buyer is None or buyer == f.head:
                    continue
                f.tail = buyer
            if f.relation != "designs_chip" and (self._is_chip(f.head) or self._is_chip(f.tail)):
                continue
            if f.relation == "designs_chip" and kb.is_memory(f.tail) and (
                    "memory_maker" not in self.entities[f.head].roles or kb.is_memory_standard(f.tail)):
                # "Nvidia's largest source of high-bandwidth memory": only a memory maker makes memory, and
                # "SK Hynix's HBM" is a product of a standard, not a chip of its design
                continue
            if f.relation == "designs_chip" and self.entities[f.head].roles & HARDWARE_ROLES == {"server_maker"}:
                continue  # "hãng sản xuất máy chủ Đài Loan lắp SR-700": a server maker builds chips in, designs none
            if f.relation == "designs_chip" and "foundry" in self.entities[f.head].roles and self._manufacture_only(f.sentence):
                # "TSMC, which makes the Kestrel-2", "Quill-3 được TSMC sản xuất": a foundry making a chip
                # another company designs supplies that designer
                designer = self._designer(f.tail, besides=(f.head,))
                if designer is None:
                    continue  # ("Thế hệ V1 do TSMC sản xuất": made there, designed by a company the text does not say)
                if designer in self.entities and not group(designer) & group(f.head):
                    f = Found(f.head, "supplies_chips_to", designer, None, None, None, f.sentence, "foundry_maker", {})
            if f.relation == "designs_chip":
                # "Microsoft deploys AMD's MI325X": a KB chip has its KB designer, or a KB company of the
                # designer's group (a company the KB does not know may be a unit it does not list)
                designer = kb.designer_of(f.tail)
                if designer and kb.get(designer) and (kb.get(f.head) or f.options.get("designer_check")) \
                        and not group(designer) & group(f.head):
                    continue
            if f.relation == "subsidiary_of" and f.options.get("parent_check"):
                # "Alphabet's Google" is a unit; "Microsoft's OpenAI" is no subsidiary
                entry = kb.get(f.head)
                if entry is None or entry.parent_id != f.tail:
                    continue
            kept.append(f)
        # "deploys 10 gigawatts of Nvidia systems", "customers: Microsoft, Meta ..." of a chip designer:
        # a chipmaker that is no cloud provider sells chips.
        designers = {f.head for f in kept if f.relation == "designs_chip"}
        for f in kept:
            info = self.entities.get(f.head)
            if (f.relation == "supplies_compute_to" and info is not None and not info.roles & CLOUD_ROLES
                    and ((info.roles & (HARDWARE_ROLES | {"memory_maker", "foundry"}) and (info.in_kb or f.options.get("head_from") == "main_company"
                                                           or "server_maker" in info.roles))
                         or (not info.in_kb and self._named_for_chips(info.name))
                         or f.head in designers)):
                f.relation = "supplies_chips_to"
        # "leased to Sarab Labs under a contract the two companies signed": a partnership is only the
        # fallback of a pair the sentence gives no closer relation
        dealt = {(frozenset((f.head, f.tail)), f.sentence) for f in kept
                 if f.relation in DEAL_RELATIONS and f.relation != "partners_with"}
        # (nor one whose other party was guessed, when the sentence's deal names the party's real partner:
        # "Khách hàng thuê ... là Anthropic, theo hợp đồng 12 năm mà hai bên ký")
        in_deal = {(p, f.sentence) for f in kept if f.relation in DEAL_RELATIONS and f.relation != "partners_with"
                   for p in (f.head, f.tail)}
        kept = [f for f in kept if not (f.relation == "partners_with" and (
            (frozenset((f.head, f.tail)), f.sentence) in dealt
            or ((f.options.get("head_from") or f.options.get("tail_from"))
                and ((f.head, f.sentence) in in_deal or (f.tail, f.sentence) in in_deal))))]
        # "Samsung will manufacture the chipmaker's Tessera X3": the possessor designs it, not the maker.
        # ("Asterlane said Samsung Electronics would manufacture its Pelion-3 chip": a foundry that makes it
        # supplies the possessor)
        owned = {(f.tail, f.sentence): f.head for f in kept if f.relation == "designs_chip" and f.options.get("possessive")}
        # (with the status and date the maker's sentence gives)
        made = [Found(f.head, "supplies_chips_to", owned[(f.tail, f.sentence)], None, f.status, f.date, f.sentence, "foundry_maker", {})
                for f in kept if f.relation == "designs_chip" and not f.options.get("possessive")
                and owned.get((f.tail, f.sentence), f.head) != f.head and "foundry" in self.entities[f.head].roles
                and "foundry" not in self.entities[owned[(f.tail, f.sentence)]].roles
                and self.c.manufacture_rx is not None and self.c.manufacture_rx.search(self.text[slice(*self.sentences[f.sentence])])]
        kept = [f for f in kept if not (f.relation == "designs_chip" and not f.options.get("possessive")
                                        and (f.tail, f.sentence) in owned)] + made
        # "Selkie said employees had sold $90 million of shares": a one-party fact of the round the text
        # was about gives way to the same fact for a company the sentence names.
        named_fact = {(f.relation, f.sentence) for f in kept
                      if f.relation in ONE_PARTY_RELATIONS and f.options.get("head_from") != "round"}
        kept = [f for f in kept if not (f.relation in ONE_PARTY_RELATIONS and f.options.get("head_from") == "round"
                                        and (f.relation, f.sentence) in named_fact)]
        # A provider guessed from the article's company gives way to one the sentence names.
        named_provider: dict[tuple, set] = {}
        for f in kept:
            if f.relation == "supplies_compute_to" and f.options.get("head_from") != "provider_topic":
                named_provider.setdefault((f.tail, f.sentence), set()).add(f.head)
        # (also when the guess is one of them: "runs its models on Microsoft's Azure ..., and said it no longer
        # rents capacity from Lambda" ends no deal with Microsoft)
        kept = [f for f in kept if not (f.options.get("head_from") == "provider_topic"
                                        and (f.tail, f.sentence) in named_provider)]
        # "thuê 256 GPU H100 từ Sao Bắc Cloud": GPUs rented from a cloud are compute, not a sale by
        # the chip's designer.
        # "will buy Nvidia GPUs from Vantor Cloud": the seller the sentence names, not the designer.
        # (a cloud that rents out its own chips sells them too: "AWS is Anthropic's training partner ... Trainium2
        # chips, AWS's in-house accelerator, which Anthropic uses")
        renters = {(f.tail, f.sentence): f.head for f in kept if f.relation == "supplies_compute_to"
                   or (f.relation == "supplies_chips_to" and f.options.get("head_from") != "chip_designer")}
        kept = [f for f in kept if not (f.options.get("head_from") == "chip_designer"
                                        and renters.get((f.tail, f.sentence), f.head) != f.head)]
        # "rent servers with GPUs from a cloud provider": one compute deal, not a chip sale too.
        compute = {(f.head, f.tail, f.sentence) for f in kept if f.relation == "supplies_compute_to"
                   # a known chipmaker's chips stay a chip deal ("supply OpenAI with 6 GW of its GPUs")
                   and not (self.entities[f.head].in_kb and self.entities[f.head].roles & HARDWARE_ROLES)}
        kept = [f for f in kept if not (f.relation == "supplies_chips_to" and f.options.get("head_from") != "chip_designer"
                                        and (f.head, f.tail, f.sentence) in compute)]
        # Both directions of one compute deal in a sentence: the pattern's own direction beats the
        # direction guessed from the parties' roles.
        direct = {(f.head, f.tail, f.sentence) for f in kept
                  if f.relation == "supplies_compute_to" and not f.options.get("provider_role")}
        kept = [f for f in kept if not (f.relation == "supplies_compute_to" and f.options.get("provider_role")
                                        and (f.tail, f.head, f.sentence) in direct
                                        and not self._landlord(f.head, f.tail))]
        # ... unless the guess is a data-centre landlord leasing to a cloud: then the guess wins
        guessed = {(f.head, f.tail, f.sentence) for f in kept
                   if f.relation == "supplies_compute_to" and f.options.get("provider_role")}
        kept = [f for f in kept if not (f.relation == "supplies_compute_to" and (f.tail, f.head, f.sentence) in guessed
                                        and self._landlord(f.tail, f.head))]
        # A direction guessed from the parties' roles gives way to the direction another sentence states
        # ("a contract that Aldergrove signed with Microsoft ... Microsoft has been Aldergrove's largest customer").
        stated = {(f.head, f.tail) for f in kept if f.relation == "supplies_compute_to" and not f.options.get("provider_role")}
        for f in kept:
            if (f.relation == "supplies_compute_to" and f.options.get("provider_role") in (True, "required")
                    and (f.tail, f.head) in stated and (f.head, f.tail) not in stated):
                f.head, f.tail = f.tail, f.head
        # "X, vốn thuê hạ tầng của AWS, đã chuyển toàn bộ hệ thống sang Viettel IDC": the old provider's deal ended.
        # (it ended when the customer moved: the date of the move)
        switches = [f for f in kept if f.options.get("switch")]
        # ("không gia hạn hợp đồng thuê GPU với Lambda ... và sẽ chuyển sang dùng hạ tầng của Google": the old
        # provider is no customer of the new one)
        providers = {(f.head, f.tail, f.sentence) for f in kept if f.relation == "supplies_compute_to"}
        kept = [f for f in kept if not (f.relation == "supplies_compute_to" and not f.options.get("switch") and any(
            w.head == f.head and w.sentence == f.sentence and (f.tail, w.tail, f.sentence) in providers for w in switches))]
        for f in kept:
            # (not the new provider under a unit's name: "runs its models on Microsoft's Azure ..., after moving
            # all of its training to Microsoft")
            moved = next((w for w in switches if w.tail == f.tail and w.sentence == f.sentence
                          and not group(w.head) & group(f.head)), None)
            if f.relation == "supplies_compute_to" and not f.options.get("switch") and moved is not None:
                f.status = "ended"
                f.date = moved.date or f.date
        kept += self._named_designers(kept)
        kept += self._generation_designers(kept)
        self._deal_dates(kept)
        self._list_item_dates(kept)
        self._valuation_dates(kept)
        self._lead_date(kept)
        # "Microsoft cam kết đầu tư tới 5 tỷ USD, còn Nvidia sẽ rót tới 10 tỷ USD vào Anthropic": money a
        # sentence puts into a company is no spending pledge besides.
        # (a company the text says something of: "will invest €15 million ... in Augsburg" names a town)
        invested = {(f.head, f.sentence, f.amount.value) for f in kept if f.relation == "invested_in" and f.amount
                    and (info := self.entities.get(f.tail)) is not None and (info.in_kb or info.roles)}
        kept = [f for f in kept if not (f.relation == "commits_spending" and f.amount
                                        and (f.head, f.sentence, f.amount.value) in invested)]
        self._followup_deals(kept)
        self._refined_amounts(kept)
        merged: list[Found] = []
        for f in kept:
            key = _key(f)
            for g in merged:
                if _key(g) == key and _compatible(f, g) and not self._earlier_event(f, g):
                    if g.amount is None or (f.amount and g.amount.qualifier == "exact" and f.amount.qualifier != "exact"):
                        g.amount = f.amount  # "10 tỷ USD", later "có thể vượt 10 tỷ USD": the refinement
                    if f.date and (not g.date or (f.date.startswith(g.date) and len(f.date) > len(g.date))):
                        g.date = f.date  # the most precise of compatible dates
                    if g.status is None or STAGE.get(f.status, 0) > STAGE.get(g.status, 0):
                        g.status = f.status  # "agreed to buy ... The acquisition was terminated": the latest stage
                    break
            else:
                merged.append(Found(**{**f.__dict__, "options": dict(f.options)}))
        # No status word: the convention of the relation ("rents GPUs from X" is a standing deal).
        defaults = self.c.lex.data.get("default_status") or {}
        for f in merged:
            if f.status is None:
                f.status = defaults.get(f.relation)
        self.found = merged

    def _earlier_event(self, a: Found, b: Found) -> bool:
        """Whether one of two facts on the same pair is done and dated in an earlier year while the other is
        still to come: "General Catalyst, which backed the company's seed round in 2024, is expected to join"."""
        if self.published is None:
            return False
        for done, coming in ((a, b), (b, a)):
            if (done.status == "completed" and done.date and done.date[:4] < str(self.published.year)
                    and coming.status in ("expected", "in_talks") and coming.date is None):
                return True
        return False

    def _named_designers(self, found: list[Found]) -> list[Found]:
        """"Nvidia GPUs, most of them GB200 systems": a KB chip and its designer named in one
        sentence state who designs the chip."""
        have = {(f.head, f.tail) for f in found if f.relation == "designs_chip"}
        out = []
        for si, (s, e) in enumerate(self.sentences):
            if si == 0 and self.skip_first:
                continue
            here = [m for m in self.mentions if s <= m.start < e]
            companies = {m.entity for m in here if m.type == "Company"}
            for m in here:
                if m.type != "Chip":
                    continue
                entry = self.c.kb.get(m.entity)
                if getattr(entry.info if entry else None, "kind", None) in NOT_CHIP_KINDS:
                    continue  # "NVLink": an interconnect, named but not a chip
                designer = self.c.kb.designer_of(m.entity)
                if designer in companies and (designer, m.entity) not in have:
                    have.add((designer, m.entity))
                    out.append(Found(designer, "designs_chip", m.entity, None, None, None, si, "designs_chip", {}))
        return out

    def _generation_designers(self, found: list[Found]) -> list[Found]:
        """"Tessaly-2, its second inference accelerator ... the first chip, Tessaly-1": another generation of
        a chip has the same designer."""
        designers = {generation_stem(self.entities[f.tail].name): f.head for f in found
                     if f.relation == "designs_chip" and f.tail in self.entities and "foundry" not in self.entities[f.head].roles}
        designed = {f.tail for f in found if f.relation == "designs_chip"}
        out = []
        with_facts = {f.sentence for f in found}
        for m in self.mentions:
            stem = generation_stem(self.entities[m.entity].name) if m.type == "Chip" and m.entity in self.entities else None
            # (in a sentence that states some fact: not "if someone can build the Tsuru-5 faster than we can")
            if (stem is not None and stem in designers and m.entity not in designed
                    and (si := self._sentence_at(m.start)) in with_facts
                    and self.c.kb.designer_of(m.entity) is None):
                designed.add(m.entity)
                out.append(Found(designers[stem], "designs_chip", m.entity, None, None, None, si, "designs_chip", {}))
        return out

    def _refined_amounts(self, found: list[Found]) -> None:
        """"The investment could exceed $10 billion": a later sentence about the deal, naming
        no parties, refines the qualifier of the same amount stated just before."""
        with_facts = {f.sentence for f in found}
        for si, (s, e) in enumerate(self.sentences):
            text = self.text[s:e]
            if si in with_facts or not self.c.deal_noun_rx.search(text):
                continue
            for amount in self.c.amounts.find(text):
                if amount.context or amount.qualifier == "exact":
                    continue
                for f in found:
                    if (si - 2 <= f.sentence < si and f.amount and f.amount.qualifier == "exact"
                            and f.amount.currency == amount.currency
                            and abs(f.amount.value - amount.value) <= 0.005 * amount.value):
                        f.amount = amount

    def _followup_deals(self, found: list[Found]) -> None:
        """"X signed a $500 million contract with Y. Under the deal, X will supply ... to Y": a
        sentence opening on the deal of the sentence before reads that sentence's amount and status,
        when the sentence before names one of the parties and states one amount."""
        if self.c.followup_rx is None:
            return
        for f in found:
            si = f.sentence
            if si == 0 or f.relation not in DEAL_RELATIONS or f.relation in ROUND_ONLY:
                continue
            s, e = self.sentences[si]
            if not self.c.followup_rx.search(self.text[s:e]) or self._other_time(si):
                continue
            ps, pe = self.sentences[si - 1]
            named = {m.entity for m in self.mentions if ps <= m.start < pe}
            if not named & {f.head, f.tail}:
                continue
            prev = self.text[ps:pe]
            if f.amount is None:
                amounts = [a for a in self.c.amounts.find(prev) if a.context not in AMOUNT_EXCLUDED and a.context != "round"]
                if len(amounts) == 1:
                    f.amount = amounts[0]
            if f.status in (None, "expected"):
                status = self._status(self.c.cues.find(prev), [])
                if status in ("announced", "completed", "in_talks", "ended"):
                    f.status = status
            if f.date is None:
                days = [d for d in self._sentence_dates(si - 1) if d.deal_date and d.value]
                if len(days) == 1:
                    f.date = days[0].value
        # "X signed a contract with Y. Under the capacity agreement, Y will pay about $2.3B ...":
        # the follow-up's one amount is the value of the one deal without an amount before it that
        # involves a company it names.
        for si, (s, e) in enumerate(self.sentences[1:], start=1):
            if not self.c.followup_rx.search(self.text[s:e]) or self._other_time(si):
                continue
            amounts = [a for a in self.c.amounts.find(self.text[s:e]) if a.context not in AMOUNT_EXCLUDED
                       and a.context != "round"]
            if len(amounts) != 1 or any(f.sentence == si and f.amount is not None for f in found):
                continue
            named = {m.entity for m in self.mentions if s <= m.start < e}
            open_deals = [f for f in found if si - 4 <= f.sentence < si and f.relation in DEAL_RELATIONS
                          and f.relation not in ROUND_ONLY and f.options.get("tail_from") != "round"
                          and f.amount is None and {f.head, f.tail} & named]
            if len({_key(f) for f in open_deals}) == 1:
                for f in open_deals:
                    f.amount = amounts[0]

    def _lead_date(self, found: list[Found]) -> None:
        """"Sáng 14/8, ba doanh nghiệp đã ký sáu biên bản ghi nhớ ...": the day the lead dates is the day
        of the deals of the article that no sentence dates."""
        lead = 1 if self.skip_first else 0
        if lead >= len(self.sentences):
            return
        s, e = self.sentences[lead]
        days = [d for d in self._sentence_dates(lead) if d.deal_date and d.value and len(d.value) == 10]
        if not days:
            return
        if len(days) > 1 and _in_dateline(self.text[s:e], days[0].start, days[0].end):
            days = days[1:]  # "MEMPHIS, Dec 24 - ..., the company said on Monday": the deal's day, not the story's
        # ("Separately, ..." opens another deal: the lead's day stops there)
        other = next((si for si, (a, _) in enumerate(self.sentences) if si > lead and self.c.other_deal_rx is not None
                      and self.c.other_deal_rx.match(self.text, a)), len(self.sentences))
        for f in found:
            if (f.date is None and f.relation in DEAL_RELATIONS and f.status in ("announced", "completed")
                    and f.sentence < other and not self._other_time(f.sentence)):
                f.date = days[0].value

    def _other_time(self, si: int) -> bool:
        """Whether sentence ``si`` tells of a deal at another time than the one nearby sentences date:
        "has invested roughly $13 billion since 2019" is a running total, "two weeks after Nvidia signed
        ..." an earlier event."""
        s, e = self.sentences[si]
        sentence = self.text[s:e]
        return (self.c.dates.refers_to_other_time(sentence)
                or any(d.since for d in self._sentence_dates(si)))

    def _deal_dates(self, found: list[Found]) -> None:
        """"The deal, announced on Wednesday": a dated deal sentence dates the deals before it; so does
        a sentence of no deal of its own that dates a signing or an announcement ("Hợp đồng được ký vào
        tháng trước", "Thông tin được Greyfield công bố hôm thứ Tư")."""
        with_deals = {f.sentence for f in found if f.relation in DEAL_RELATIONS}
        for si, (s, e) in enumerate(self.sentences[1:], start=1):
            text = self.text[s:e]
            if self.c.other_deal_rx is not None and self.c.other_deal_rx.match(text):
                continue
            dates = [d for d in self._sentence_dates(si) if d.deal_date and d.value]
            signed = [d for d in dates if len(d.value) >= 7 and self.c.dating_verb_rx is not None
                      and self.c.dating_verb_rx.search(text, max(0, d.start - 40), d.start)]
            parties = {p for f in found if f.sentence == si - 1 for p in (f.head, f.tail)}
            named = {m.entity for m in self.mentions if m.type == "Company" and s <= m.start < e}
            if signed and si not in with_deals and not named - parties:
                # (not "... to expand its Texas site for a contract with Cohere that it signed in December":
                # a company the deal before did not have signs another deal)
                date = signed[0].value
            elif self.c.deal_noun_rx.search(text):
                days = [d for d in dates if len(d.value) == 10]
                if not days:
                    continue
                date = days[0].value
            else:
                continue
            for f in found:
                if f.sentence == si - 1 and f.date is None and f.relation in DEAL_RELATIONS:
                    f.date = date

    def _list_item_dates(self, found: list[Found]) -> None:
        """"Nghị quyết HĐQT ngày 17/3 thông qua ba nội dung. Thứ nhất, ... Thứ hai, PMD sẽ chào bán ...":
        a deal in an item of a numbered list, with no date of its own, takes the one date of the sentence
        that introduced the list."""
        if self.c.list_item_rx is None:
            return
        for f in found:
            s, _ = self.sentences[f.sentence]
            if f.date is not None or f.relation not in DEAL_RELATIONS or not self.c.list_item_rx.match(self.text, s):
                continue
            first = next((i for i in range(f.sentence, max(-1, f.sentence - 12), -1)
                          if self.c.first_item_rx.match(self.text, self.sentences[i][0])), None)
            if not first:
                continue  # no list, or one that opens the article (no sentence introduces it)
            dates = {d.value for d in self._sentence_dates(first - 1) if d.deal_date and d.value and len(d.value) >= 7}
            if len(dates) == 1:
                f.date = dates.pop()

    def _valuation_dates(self, found: list[Found]) -> None:
        """"That Series B valued Halcyon at $4.6 billion": a valuation that a sentence gives to a
        round, with no date of its own, takes the date of that company's round just before."""
        if self.c.round_word_rx is None:
            return
        for f in found:
            if f.relation != "valued_at" or f.date is not None:
                continue
            s, e = self.sentences[f.sentence]
            if not self.c.round_word_rx.search(self.text[s:e]) or any(d.value for d in self._sentence_dates(f.sentence)):
                continue
            f.date = self._round_date(f.sentence, f.head)


def _in_dateline(text: str, start: int, end: int) -> bool:
    """Whether the date at ``start:end`` of a sentence is its dateline's: a few capitalised words
    of place before it and a dash after it ("MEMPHIS, Tennessee, Dec 24 - ").

    >>> _in_dateline("MEMPHIS, Tennessee, Dec 24 - xAI said on Monday", 20, 26)
    True
    >>> _in_dateline("It was signed on Dec 23 - a day late", 17, 23)
    False
    """
    place = r"\W*(?:(?:[A-ZĐ⟦]\S*|the),?\s+){1,5}"
    return bool(re.fullmatch(place, text[:start]) and re.match(r",?\s*[-–—]\s", text[end:]))


def _absorb_parenthetical_aliases(text: str, items: list) -> list:
    """"Amazon Web Services (AWS)", 'Aurelian Compute, Inc. ("Aurelian")': one mention, so lists
    and gaps see one name."""
    out = []
    for item in items:
        if out and item[2] in "CK" and out[-1][2] == item[2] and out[-1][3].entity == item[3].entity:
            between = text[out[-1][1]:item[0]]
            closing = re.match(r"[\"”]?\)", text[item[1]:])
            words = re.findall(r"[^\s,(\"“]+", between)
            if closing and "(" in between and all(w.casefold() in legal_suffixes() for w in words):
                a, _, kind, obj = out[-1]
                out[-1] = (a, item[1] + closing.end(), kind, obj)
                continue
        out.append(item)
    return out


def _name_start(short: str, full: str) -> bool:
    """Whether ``short`` is the first word or words of the name ``full`` ("Amberline" of "Amberline Grid").

    >>> _name_start("Amberline", "Amberline Grid"), _name_start("Amber", "Amberline Grid")
    (True, False)
    """
    return full.startswith(short + " ")


def _short_form(short: str, full: str, tails: set[str]) -> bool:
    """Whether ``short`` names the company ``full`` names, the rest of it only saying what the company runs.

    >>> _short_form("Greyline", "Greyline Data Centers", {"data centers"})
    True
    >>> _short_form("Anvaya Compute", "Anvaya Compute Asia", {"data centers"})
    False
    """
    return _name_start(short, full) and full[len(short) + 1:].casefold() in tails


def _key(f: Found):
    if f.relation in SYMMETRIC_RELATIONS:
        return (f.relation, frozenset((f.head, f.tail)))
    return (f.relation, f.head, f.tail)


def _compatible(a: Found, b: Found) -> bool:
    if a.date and b.date and not (a.date.startswith(b.date) or b.date.startswith(a.date)):
        return False
    if a.amount and b.amount:
        if abs(a.amount.value - b.amount.value) > 0.005 * max(a.amount.value, b.amount.value):
            return False
    return True


def _cue_roles(text: str, m: Mention, role_cues: dict[str, str], role_suffixes: dict[str, str],
               window_break=None, after_only: bool = False) -> set[str]:
    """Roles an unknown company gets from the words that introduce it ("startup X") and from the
    last word of its name ("Vistula Compute", "Skarv Cloud"); with ``after_only``, from its appositive."""
    if m.kind != "unknown":
        return set()
    last = m.surface.split()[-1].rstrip(".,") if len(m.surface.split()) > 1 else ""
    named = {role_suffixes[last]} if last in role_suffixes else set()
    # Within the mention's sentence: "... headed by DNB. Under the deal, the French AI lab" says nothing of DNB.
    before = re.split(r"[.!?]\s", text[max(0, m.start - 40):m.start])[-1]
    after = re.split(r"[.!?](?:\s|$)", text[m.end:m.end + 60])[0]
    if window_break is not None:
        after = window_break.split(after, 1)[0]  # "X đã mua 35% một startup": the startup is another company
        before = window_break.split(before)[-1]  # "the sale of X, its chip unit, to the group Y": X's unit
    window = (" " if after_only else before.casefold() + " ") + after.casefold()
    # ("Ngân hàng TMCP Phú Quý", "Quỹ Kim Ngân Capital": an organisation word opening the name says it too)
    opening = {role for word, role in role_cues.items() if m.surface.casefold().startswith(word.casefold() + " ")}
    return named | opening | {role for word, role in role_cues.items() if word.casefold() in window}


def _kb_info(eid: str, entry) -> EntityInfo:
    """What the article knows of a KB entity before it reads anything: the KB's roles, country and home."""
    hq = getattr(entry.info, "hq", None)
    return EntityInfo(eid, entry.name, entry.type, set(), entry.parent_id, True, set(entry.roles),
                      getattr(entry.info, "country", None), hq.casefold() if hq else None)


def _cue_home(text: str, m: Mention, home_rxs: list[re.Pattern], town) -> str | None:
    """The city an unknown company is based in, when the words that introduce it give one: "Beskyd GPU,
    a smaller Brno rival", "the Prague language-model developer Vltava Labs", "X, a Toronto developer".
    ``town`` tells a city from a country (:meth:`ReferenceFinder.home_town`)."""
    if m.kind != "unknown" or not home_rxs:
        return None
    before = re.split(r"[.!?,;:]\s", text[max(0, m.start - 60):m.start])[-1]
    appositive = re.match(r",\s([^,;.()]*)", text[m.end:m.end + 80])
    for window in (appositive.group(1) if appositive else "", before):
        for rx in home_rxs:
            found = rx.search(window)
            if found and (home := town(found.group("home"))):
                return home
    return None


def _cue_country(text: str, m: Mention, country_words: dict[str, str], window_break=None) -> str | None:
    """Where an unknown company comes from, when the words that introduce it name one country:
    "tập đoàn Nhật Tokai Digital", "Tokai Digital Holdings, tập đoàn ... có trụ sở tại Nagoya (Nhật Bản),",
    "Sungwon Group, the South Korean conglomerate best known for ..."."""
    if m.kind != "unknown" or not country_words:
        return None
    before = re.split(r"[.!?,;:]\s", text[max(0, m.start - 40):m.start])[-1]
    if window_break is not None:
        before = window_break.split(before)[-1]  # "Tập đoàn Nhật X thâu tóm công ty Y": Japan is X's
    before = " ".join(before.split()[-4:])
    rest = text[m.end:m.end + 160]
    appositive = re.match(r"\.?,\s([^;.]*?\([^)]*\)[^,;.]*|[^,;.(]*)", rest) or re.match(r"\s\(([^)]*)\)", rest)
    window = f" {before} {appositive.group(1) if appositive else ''} "
    found = {code for word, code in country_words.items()
             if re.search(rf"(?<![\w]){re.escape(word)}(?![\w])", window, re.IGNORECASE)}
    return found.pop() if len(found) == 1 else None


class Extractor:
    """Reads articles into :class:`Extraction` objects.

    >>> from extract.load import parse_article
    >>> ex = Extractor()
    >>> art = parse_article("date 2025-09-19\\nNvidia will invest $5 billion in Intel.", "a.txt")
    >>> [(r.head, r.relation, r.tail, r.amount.value, r.status) for r in ex.extract(art).relations]
    [('company:nvidia', 'invested_in', 'company:intel', 5000000000.0, 'announced')]
    """

    def __init__(self, kb: KnowledgeBase | None = None, lexicon_files: tuple[Path, ...] = ()):
        self.kb = kb or load_kb()
        self.lexicon_files = tuple(lexicon_files)
        self._version = f"{EXTRACTOR_VERSION}+kb.{self.kb.version}+lex.{lexicon_version(self.lexicon_files)}"
        self._nlp: dict[str, Language] = {}

    @property
    def version(self) -> str:
        """Changes whenever the code version, the KB or a lexicon file changes (the cache key)."""
        return self._version

    def nlp(self, language: str) -> Language:
        if language not in self._nlp:
            nlp = spacy.blank(language)
            nlp.add_pipe("dealgraph_sentencizer", config={"language": language})
            nlp.add_pipe("dealgraph_facts", config={"language": language})
            nlp.get_pipe("dealgraph_facts").configure(self.kb, self.lexicon_files)
            self._nlp[language] = nlp
        return self._nlp[language]

    def extract(self, article: Article) -> Extraction:
        nlp = self.nlp(article.language)
        doc = nlp.make_doc(article.text)
        doc.user_data["published"] = article.published
        doc.user_data["has_title"] = article.title is not None
        for _, proc in nlp.pipeline:
            doc = proc(doc)
        facts: ArticleFacts = doc._.dealgraph
        return _build(article, facts, self.version)


def _build(article: Article, facts: ArticleFacts, version: str) -> Extraction:
    used = {m.entity for m in facts.mentions}
    entities = []
    for eid, info in facts.entities.items():
        if eid not in used:
            continue
        name = info.name
        if info.type == "Chip":
            # "AMD's Instinct MI355X chips": the chip goes by the fullest name the article gives it
            name = max((a for a in info.aliases if re.search(rf"(?<!\w){re.escape(info.name)}$", a)),
                       key=len, default=info.name)
        aliases = tuple(sorted(a for a in info.aliases | {info.name} if a != name))
        entities.append(Entity(id=eid, name=name, type=info.type, aliases=aliases,
                               parent=info.parent, in_kb=info.in_kb))
    for f in facts.found:  # a relation may name a KB company mentioned only through a reference
        for eid in (f.head, f.tail):
            if eid and eid not in {e.id for e in entities} and eid in facts.entities:
                info = facts.entities[eid]
                entities.append(Entity(id=eid, name=info.name, type=info.type, parent=info.parent, in_kb=info.in_kb))
    relations, deals = [], []
    for f in facts.found:
        s, e = facts.sentences[f.sentence]
        evidence = Evidence(article_id=article.id, sentence=article.text[s:e], start=s, end=e)
        amount = Amount(value=f.amount.value, currency=f.amount.currency, qualifier=f.amount.qualifier) if f.amount else None
        did = None
        if f.relation in DEAL_RELATIONS:
            kind, head_role, tail_role = DEAL_RELATIONS[f.relation]
            parties = [Party(entity=f.head, role=head_role)]
            if tail_role and f.tail:
                parties.append(Party(entity=f.tail, role=tail_role))
            did = deal_id(kind, [(p.role, p.entity) for p in parties], f.date)
            deals.append(Deal(id=did, kind=kind, parties=tuple(parties), amount=amount, status=f.status,
                              date=f.date, evidence=(evidence,)))
        status = None if f.relation in ("designs_chip", "subsidiary_of", "competes_with") else f.status
        if f.relation == "valued_at" and status not in ("in_talks", "expected"):
            status = None  # a valuation is a deal event only while prospective
        # (a rivalry or a parent is no event a date could be of)
        date = None if f.relation in ("subsidiary_of", "competes_with") else f.date
        relations.append(Relation(head=f.head, relation=f.relation, tail=f.tail, amount=amount, status=status,
                                  date=date, evidence=evidence, deal_id=did))
    return Extraction(article=article, entities=tuple(sorted(entities, key=lambda x: x.id)),
                      relations=tuple(relations), deals=tuple(deals), extractor_version=version)

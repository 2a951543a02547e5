"""Building the graph: pure functions from validated extractions to a ``MultiDiGraph``.

Graph model (every attribute JSON-serialisable):

Nodes, by ``type``:
- ``Company``, ``Chip``, ``Person``, ``Other``: ``name``, ``aliases`` (list), ``parent``
  (node id or None), ``in_kb``.
- ``Deal``: ``kind`` (investment, acquisition, compute, chips, funding_round, share_sale,
  spending, valuation), ``name``, resolved ``amount`` ({value, currency, qualifier} or None),
  ``status``, ``date``, ``sources`` (one record per reporting article: article, published,
  language, amount, status, date, sentence, start, end), ``status_history`` (list of
  {published, status, article}, oldest first) and ``conflicting_amounts``.
- ``Article``: ``name`` (file name), ``title``, ``published``, ``language``, ``source``.

Edges (``kind`` attribute):
- ``role``: Deal -> party, key = the role (investor, investee, provider, customer, vendor,
  acquirer, target, company).
- ``relation``: head -> tail, key = ``relation`` or ``relation:deal-id``; ``relation``,
  ``deal`` (id or None), ``amount``, ``status``, ``date``, ``evidence`` (list of {article,
  published, language, sentence, start, end}).
- ``provenance``: Deal -> Article (key ``reported_in``) and Article -> entity (key ``mentions``).

Amount policy, when sources disagree: the most specific amount wins (exact, then a bound:
more than / at least / up to, then about), then the most recent source.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import networkx as nx

from extract.kb import KnowledgeBase
from graph.ids import article_id, deal_id
from graph.resolve import resolve_entities
from graph.schema import DEAL_RELATIONS, SYMMETRIC_RELATIONS, Extraction

KIND_RELATION = {kind: rel for rel, (kind, _, _) in DEAL_RELATIONS.items()}
# Most specific first: an exact figure, then a bound, then an approximation.
QUALIFIER_RANK = {"exact": 0, "more_than": 1, "at_least": 1, "up_to": 1, "about": 2}
GRAPH_SCHEMA_VERSION = 1


@dataclass
class _Source:
    article: str
    published: str | None
    language: str
    amount: dict | None
    status: str | None
    date: str | None
    sentence: str
    start: int
    end: int

    def evidence(self) -> dict:
        return {"article": self.article, "published": self.published, "language": self.language,
                "sentence": self.sentence, "start": self.start, "end": self.end}


def amount_range(amount: dict) -> tuple[float, float]:
    """The values an amount plausibly stands for: "about $10B" is 8-12 billion.

    >>> amount_range({"value": 10.0, "qualifier": "about"})
    (8.0, 12.0)
    """
    v, q = float(amount["value"]), amount.get("qualifier", "exact")
    return {"exact": (v * 0.9, v * 1.1), "about": (v * 0.8, v * 1.2), "more_than": (v, v * 2.0),
            "at_least": (v, v * 2.0), "up_to": (v * 0.25, v)}[q]


def amounts_compatible(a: dict | None, b: dict | None) -> bool:
    """Whether two reported amounts can be the same deal.

    >>> amounts_compatible({"value": 13e9, "qualifier": "about"}, {"value": 13e9, "qualifier": "more_than"})
    True
    >>> amounts_compatible({"value": 4e9, "qualifier": "exact"}, {"value": 8e9, "qualifier": "exact"})
    False
    """
    if a is None or b is None:
        return True
    if a.get("currency", "USD") != b.get("currency", "USD"):
        return True  # a conversion, not a contradiction
    (a0, a1), (b0, b1) = amount_range(a), amount_range(b)
    return a0 <= b1 and b0 <= a1


def dates_compatible(a: str | None, b: str | None) -> bool:
    """Dates of one deal: equal, one a prefix of the other, or unknown.

    >>> dates_compatible("2025-11", "2025-11-03"), dates_compatible("2023-09", "2024-11")
    (True, False)
    """
    return a is None or b is None or a.startswith(b) or b.startswith(a)


def _recency(src: _Source) -> tuple:
    return (-1 if src.published is None else 0, src.published or "")


class _Cluster:
    def __init__(self, src: _Source):
        self.sources = [src]

    def accepts(self, src: _Source) -> bool:
        return all(dates_compatible(s.date, src.date) and amounts_compatible(s.amount, src.amount)
                   for s in self.sources)

    def resolved(self) -> dict:
        with_amount = [s for s in self.sources if s.amount]
        amount = None
        if with_amount:
            best_rank = min(QUALIFIER_RANK.get(s.amount["qualifier"], 9) for s in with_amount)
            amount = max((s for s in with_amount if QUALIFIER_RANK.get(s.amount["qualifier"], 9) == best_rank),
                         key=_recency).amount
        history = sorted(({"published": s.published, "status": s.status, "article": s.article}
                          for s in self.sources if s.status), key=lambda h: (h["published"] or "", h["article"]))
        dates = [s.date for s in self.sources if s.date]
        date = max(dates, key=len) if dates else None
        values = {round(s.amount["value"]) for s in with_amount}
        return {"amount": amount, "status": history[-1]["status"] if history else None, "date": date,
                "status_history": history, "conflicting_amounts": len(values) > 1}


def build_graph(extractions: list[Extraction], kb: KnowledgeBase) -> nx.MultiDiGraph:
    """One graph from many extractions: entities resolved, deals merged, evidence kept.

    The result depends only on the set of extractions, not on their order, so an
    incremental build equals a build from scratch.

    >>> from extract.load import parse_article
    >>> from extract.pipeline import Extractor
    >>> ex = Extractor()
    >>> a = ex.extract(parse_article("date 2025-09-19\\nNvidia will invest $5 billion in Intel.", "a.txt"))
    >>> b = ex.extract(parse_article("date 2025-09-20\\nNvidia đã đầu tư 5 tỷ USD vào Intel.", "b.txt"))
    >>> G = build_graph([a, b], ex.kb)
    >>> [(d["kind"], d["amount"]["value"], d["status"], len(d["sources"])) for _, d in G.nodes(data=True) if d["type"] == "Deal"]
    [('investment', 5000000000.0, 'completed', 2)]
    """
    extractions = sorted(extractions, key=lambda e: e.article.id)
    mapping, entities = resolve_entities(extractions, kb)
    G = nx.MultiDiGraph(schema_version=GRAPH_SCHEMA_VERSION, articles=len(extractions))
    for ent in sorted(entities.values(), key=lambda e: e.id):
        G.add_node(ent.id, type=ent.type, name=ent.name, aliases=list(ent.aliases),
                   parent=ent.parent if ent.parent in entities else None, in_kb=ent.in_kb)
    deal_groups: dict[tuple, list[_Cluster]] = defaultdict(list)
    plain: dict[tuple, list[_Source]] = defaultdict(list)
    for ex in extractions:
        art = ex.article
        aid = article_id(art.id)
        published = art.published.isoformat() if art.published else None
        G.add_node(aid, type="Article", name=art.id, title=art.title, published=published,
                   language=art.language, source=art.source)
        for ent in ex.entities:
            G.add_edge(aid, mapping[ent.id], key="mentions", kind="provenance")
        for rel in ex.relations:
            head = mapping.get(rel.head, rel.head)
            tail = mapping.get(rel.tail, rel.tail) if rel.tail else None
            src = _Source(art.id, published, art.language, rel.amount.model_dump() if rel.amount else None,
                          rel.status, rel.date, rel.evidence.sentence, rel.evidence.start, rel.evidence.end)
            if rel.relation in DEAL_RELATIONS:
                kind, head_role, tail_role = DEAL_RELATIONS[rel.relation]
                parties = ((head_role, head),) + (((tail_role, tail),) if tail_role and tail else ())
                clusters = deal_groups[(kind, parties)]
                for cluster in clusters:
                    if cluster.accepts(src):
                        cluster.sources.append(src)
                        break
                else:
                    clusters.append(_Cluster(src))
            else:
                if rel.relation in SYMMETRIC_RELATIONS and tail and tail < head:
                    head, tail = tail, head
                plain[(rel.relation, head, tail)].append(src)
    for (kind, parties), clusters in sorted(deal_groups.items()):
        for cluster in clusters:
            _add_deal(G, kind, parties, cluster)
    for (relation, head, tail), sources in sorted(plain.items()):
        latest = max(sources, key=_recency)
        G.add_edge(head, tail, key=relation, kind="relation", relation=relation, deal=None, amount=None,
                   status=latest.status, date=max((s.date for s in sources if s.date), key=len, default=None),
                   evidence=[s.evidence() for s in sources])
    return G


def _add_deal(G: nx.MultiDiGraph, kind: str, parties: tuple, cluster: _Cluster) -> None:
    res = cluster.resolved()
    first_date = min((s.date for s in cluster.sources if s.date), default="")
    amount_key = f"{res['amount']['value']:.0f}" if res["amount"] else ""
    did = deal_id(kind, list(parties), first_date[:7] or None, amount_key)
    relation = KIND_RELATION[kind]
    names = {role: G.nodes[eid]["name"] for role, eid in parties}
    label = " → ".join(names.values()) + f" ({kind.replace('_', ' ')})"
    sources = [{"article": s.article, "published": s.published, "language": s.language, "amount": s.amount,
                "status": s.status, "date": s.date, "sentence": s.sentence, "start": s.start, "end": s.end}
               for s in cluster.sources]
    G.add_node(did, type="Deal", kind=kind, name=label, relation=relation, sources=sources, **res)
    for role, eid in parties:
        G.add_edge(did, eid, key=role, kind="role", role=role)
    for s in cluster.sources:
        G.add_edge(did, article_id(s.article), key="reported_in", kind="provenance")
    if len(parties) == 2:
        (_, head), (_, tail) = parties
        G.add_edge(head, tail, key=f"{relation}:{did}", kind="relation", relation=relation, deal=did,
                   amount=res["amount"], status=res["status"], date=res["date"],
                   evidence=[s.evidence() for s in cluster.sources])

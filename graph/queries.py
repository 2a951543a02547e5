"""Questions to the graph, as plain functions ``f(G, ...)``.

Company names are accepted by id, name or any alias, case-insensitively.

Examples use a small graph built by hand:

>>> G = example_graph()
>>> [(r["investor_name"], r["amount"]["value"], r["status"]) for r in investors_of(G, "openai")]
[('Microsoft', 13000000000.0, 'completed'), ('Amazon', 10000000000.0, 'in_talks')]
"""

from __future__ import annotations

import difflib
import itertools

import networkx as nx

from graph.errors import UnknownEntityError

SUPPLY = {"compute": "supplies_compute_to", "chips": "supplies_chips_to"}
_ENTITY_TYPES = ("Company", "Chip", "Person", "Other")


def find_entity(G: nx.MultiDiGraph, name: str, types: tuple[str, ...] = ("Company",)) -> str:
    """The node id of a company (or chip) named by id, name or alias, case-insensitively.

    >>> find_entity(example_graph(), "MSFT")
    'company:microsoft'
    >>> find_entity(example_graph(), "Micrsoft")
    Traceback (most recent call last):
    ...
    graph.errors.UnknownEntityError: no company named 'Micrsoft' (did you mean Microsoft?)
    """
    wanted = name.strip().casefold()
    names: dict[str, str] = {}
    for n, d in G.nodes(data=True):
        if d.get("type") not in types:
            continue
        for surface in (n, d.get("name", ""), *d.get("aliases", [])):
            names.setdefault(surface.casefold(), n)
    if wanted in names:
        return names[wanted]
    close = difflib.get_close_matches(wanted, list(names), n=3, cutoff=0.6)
    suggestions = list(dict.fromkeys(G.nodes[names[c]]["name"] for c in close))
    kind = "company" if types == ("Company",) else "entity"
    hint = f" (did you mean {', '.join(suggestions)}?)" if suggestions else ""
    raise UnknownEntityError(f"no {kind} named {name!r}{hint}")


def _deal_row(G, deal: str, counterpart: str, role: str) -> dict:
    d = G.nodes[deal]
    return {f"{role}": counterpart, f"{role}_name": G.nodes[counterpart]["name"], "deal": deal,
            "kind": d["kind"], "amount": d["amount"], "status": d["status"], "date": d["date"],
            "sources": [{k: s[k] for k in ("article", "published", "language", "sentence", "amount", "status")}
                        for s in d["sources"]],
            "conflicting_amounts": d["conflicting_amounts"]}


def _parties(G, deal: str) -> dict[str, str]:
    return {k: v for _, v, k, e in G.out_edges(deal, keys=True, data=True) if e.get("kind") == "role"}


def _deals_of(G, entity: str, role: str):
    for deal, _, key, e in G.in_edges(entity, keys=True, data=True):
        if e.get("kind") == "role" and key == role:
            yield deal


def _sort_rows(rows: list[dict]) -> list[dict]:
    return sorted(rows, key=lambda r: (-(r["amount"]["value"] if r["amount"] else 0), r["deal"]))


def investors_of(G: nx.MultiDiGraph, company: str) -> list[dict]:
    """Who invested in a company: one row per investment deal, largest first.

    >>> [r["investor_name"] for r in investors_of(example_graph(), "Anthropic")]
    ['Amazon', 'Microsoft']
    """
    target = find_entity(G, company)
    return _sort_rows([_deal_row(G, deal, _parties(G, deal)["investor"], "investor")
                       for deal in _deals_of(G, target, "investee") if G.nodes[deal]["kind"] == "investment"])


def investments_by(G: nx.MultiDiGraph, investor: str) -> list[dict]:
    """What a company invested in.

    >>> [r["investee_name"] for r in investments_by(example_graph(), "Microsoft")]
    ['OpenAI', 'Anthropic']
    """
    source = find_entity(G, investor)
    return _sort_rows([_deal_row(G, deal, _parties(G, deal)["investee"], "investee")
                       for deal in _deals_of(G, source, "investor") if G.nodes[deal]["kind"] == "investment"])


def suppliers_of(G: nx.MultiDiGraph, company: str, kind: str | None = None) -> list[dict]:
    """Who supplies a company with compute or chips (``kind`` "compute", "chips" or None for both).

    >>> [(r["supplier_name"], r["kind"]) for r in suppliers_of(example_graph(), "OpenAI")]
    [('Amazon Web Services', 'compute'), ('Nvidia', 'chips'), ('Microsoft', 'compute')]
    """
    target = find_entity(G, company)
    kinds = {kind} if kind else set(SUPPLY)
    rows = []
    for deal in _deals_of(G, target, "customer"):
        if G.nodes[deal]["kind"] in kinds:
            parties = _parties(G, deal)
            rows.append(_deal_row(G, deal, parties.get("provider") or parties["vendor"], "supplier"))
    return _sort_rows(rows)


def customers_of(G: nx.MultiDiGraph, company: str, kind: str | None = None) -> list[dict]:
    """Who buys compute or chips from a company.

    >>> [r["customer_name"] for r in customers_of(example_graph(), "Nvidia")]
    ['OpenAI']
    """
    source = find_entity(G, company)
    kinds = {kind} if kind else set(SUPPLY)
    rows = [_deal_row(G, deal, _parties(G, deal)["customer"], "customer")
            for role in ("provider", "vendor") for deal in _deals_of(G, source, role)
            if G.nodes[deal]["kind"] in kinds]
    return _sort_rows(rows)


def chips_of(G: nx.MultiDiGraph, company: str) -> list[dict]:
    """Chips a company designs, makes or launches, with the evidence.

    >>> [r["chip_name"] for r in chips_of(example_graph(), "AWS")]
    ['Trainium']
    """
    source = find_entity(G, company)
    return sorted(({"chip": v, "chip_name": G.nodes[v]["name"], "date": e.get("date"), "evidence": e["evidence"]}
                   for _, v, e in G.out_edges(source, data=True) if e.get("relation") == "designs_chip"),
                  key=lambda r: r["chip_name"])


def deals(G: nx.MultiDiGraph, kind: str | None = None, status: str | None = None, since: str | None = None,
          until: str | None = None, min_amount: float | None = None, party: str | None = None) -> list[dict]:
    """Deals filtered by kind, status, date range (``YYYY[-MM[-DD]]``), minimum amount and party.

    >>> [d["name"] for d in deals(example_graph(), kind="investment", min_amount=9e9)]
    ['Microsoft → OpenAI (investment)', 'Amazon → OpenAI (investment)']
    """
    who = find_entity(G, party) if party else None
    rows = []
    for n, d in G.nodes(data=True):
        if d.get("type") != "Deal" or (kind and d["kind"] != kind) or (status and d["status"] != status):
            continue
        when = d["date"] or _first_published(d)
        if since and (when is None or when[:len(since)] < since):
            continue
        if until and (when is None or when[:len(until)] > until):
            continue
        if min_amount is not None and (not d["amount"] or d["amount"]["value"] < min_amount):
            continue
        parties = _parties(G, n)
        if who and who not in parties.values():
            continue
        rows.append({"deal": n, "name": d["name"], "kind": d["kind"], "parties": parties, "amount": d["amount"],
                     "status": d["status"], "date": d["date"], "sources": len(d["sources"])})
    return sorted(rows, key=lambda r: (-(r["amount"]["value"] if r["amount"] else 0), r["deal"]))


def _first_published(d: dict) -> str | None:
    dates = [s["published"] for s in d["sources"] if s["published"]]
    return min(dates) if dates else None


def timeline(G: nx.MultiDiGraph, company: str) -> list[dict]:
    """Every dated event of a company, oldest first: its deals and its other relations.

    >>> [(r["date"], r["what"]) for r in timeline(example_graph(), "OpenAI")][:2]
    [('2019', 'Microsoft → OpenAI (investment)'), ('2024-06-10', 'Nvidia → OpenAI (chips)')]
    """
    node = find_entity(G, company)
    rows = []
    for deal in {u for u, _, e in G.in_edges(node, data=True) if e.get("kind") == "role"}:
        d = G.nodes[deal]
        rows.append({"date": d["date"] or _first_published(d), "what": d["name"], "status": d["status"],
                     "amount": d["amount"], "deal": deal})
    for u, v, e in itertools.chain(G.out_edges(node, data=True), G.in_edges(node, data=True)):
        if e.get("kind") == "relation" and e.get("deal") is None:
            published = [x["published"] for x in e["evidence"] if x["published"]]
            rows.append({"date": e.get("date") or (min(published) if published else None),
                         "what": f"{G.nodes[u]['name']} {e['relation']} {G.nodes[v]['name']}",
                         "status": e.get("status"), "amount": None, "deal": None})
    return sorted(rows, key=lambda r: (r["date"] is None, r["date"] or "", r["what"]))


def connections(G: nx.MultiDiGraph, a: str, b: str, max_hops: int = 3) -> list[list[dict]]:
    """How two companies are connected: every shortest chain of relations, up to ``max_hops``.

    >>> for path in connections(example_graph(), "Amazon", "Microsoft"):
    ...     print(" / ".join(f"{s['from']}-{s['to']}: {','.join(f['relation'] for f in s['facts'])}" for s in path))
    Amazon-Anthropic: invested_in / Anthropic-Microsoft: invested_in
    Amazon-OpenAI: invested_in / OpenAI-Microsoft: invested_in,supplies_compute_to
    """
    start, end = find_entity(G, a), find_entity(G, b, _ENTITY_TYPES)
    U = nx.Graph()
    for u, v, e in G.edges(data=True):
        if e.get("kind") == "relation" and u != v:
            U.add_edge(u, v)
            U.edges[u, v].setdefault("facts", []).append((u, v, e))
    if start not in U or end not in U:
        return []
    try:
        paths = list(nx.all_shortest_paths(U, start, end))
    except nx.NetworkXNoPath:
        return []
    out = []
    for path in sorted(paths):
        if len(path) - 1 > max_hops:
            continue
        steps = []
        for x, y in zip(path, path[1:]):
            facts = [{"head": G.nodes[u]["name"], "relation": e["relation"], "tail": G.nodes[v]["name"],
                      "deal": e.get("deal"), "amount": e.get("amount"), "status": e.get("status")}
                     for u, v, e in sorted(U.edges[x, y]["facts"], key=lambda f: f[2]["relation"])]
            steps.append({"from": G.nodes[x]["name"], "to": G.nodes[y]["name"], "facts": facts})
        out.append(steps)
    return out


def total_invested(G: nx.MultiDiGraph, investor: str, investee: str) -> dict:
    """The total an investor put into a company, as a range that respects qualifiers.

    "at least $8B" plus "up to $5B" is at least $8B and at most unknown, not $13B.

    >>> total_invested(example_graph(), "Amazon", "Anthropic")
    {'currency': 'USD', 'low': 8000000000.0, 'high': None, 'approximate': False, 'deals': 1}
    """
    rows = [r for r in investors_of(G, investee) if r["investor"] == find_entity(G, investor) and r["amount"]]
    low, high, approximate = 0.0, 0.0, False
    currency = rows[0]["amount"]["currency"] if rows else "USD"
    for r in rows:
        v, q = r["amount"]["value"], r["amount"]["qualifier"]
        if q in ("exact", "about"):
            low, high = low + v, (high + v if high is not None else None)
            approximate = approximate or q == "about"
        elif q in ("more_than", "at_least"):
            low, high = low + v, None
        elif q == "up_to":
            high = high + v if high is not None else None
    return {"currency": currency, "low": low, "high": high, "approximate": approximate, "deals": len(rows)}


def as_of(G: nx.MultiDiGraph, date: str) -> nx.MultiDiGraph:
    """The graph as known on a date: only what articles published by then reported.

    Deals keep the sources published by ``date``; their status is the latest known then.

    >>> H = as_of(example_graph(), "2025-01-01")
    >>> [r["investor_name"] for r in investors_of(H, "OpenAI")]
    ['Microsoft']
    """
    H = nx.MultiDiGraph(**G.graph)
    known = lambda p: p is not None and p <= date  # noqa: E731
    for n, d in G.nodes(data=True):
        if d.get("type") == "Article" and not known(d.get("published")):
            continue
        if d.get("type") == "Deal":
            sources = [s for s in d["sources"] if known(s["published"])]
            if not sources:
                continue
            history = [h for h in d["status_history"] if known(h["published"])]
            d = {**d, "sources": sources, "status_history": history,
                 "status": history[-1]["status"] if history else None}
        H.add_node(n, **d)
    for u, v, k, e in G.edges(keys=True, data=True):
        if u not in H or v not in H:
            continue
        if e.get("kind") == "relation":
            evidence = [x for x in e["evidence"] if known(x["published"])]
            if not evidence:
                continue
            e = {**e, "evidence": evidence}
            if e.get("deal"):
                e["status"] = H.nodes[e["deal"]]["status"]
        H.add_edge(u, v, key=k, **e)
    H.remove_nodes_from([n for n, d in list(H.nodes(data=True))
                         if d.get("type") in _ENTITY_TYPES and H.degree(n) == 0])
    return H


def circular_deals(G: nx.MultiDiGraph) -> list[dict]:
    """Pairs where money flows one way and compute or chips flow back.

    An investor that also sells the company compute or chips: the company may spend the
    investment on the investor's own products.

    >>> [(r["investor_name"], r["company_name"], r["supply"]) for r in circular_deals(example_graph())]
    [('Microsoft', 'OpenAI', ['compute'])]
    """
    rows = []
    for u, v, e in G.edges(data=True):
        if e.get("relation") != "invested_in":
            continue
        supplies = sorted({kind for kind, rel in SUPPLY.items() if G.has_edge(u, v) and any(
            x.get("relation") == rel for x in G.get_edge_data(u, v).values())})
        if supplies:
            rows.append({"investor": u, "investor_name": G.nodes[u]["name"], "company": v,
                         "company_name": G.nodes[v]["name"], "supply": supplies, "investment": e.get("deal")})
    unique = {(r["investor"], r["company"]): r for r in rows}
    return [unique[k] for k in sorted(unique)]


def example_graph() -> nx.MultiDiGraph:
    """A small hand-made graph for the examples and tests (no extractor involved)."""
    import datetime as dt

    from extract.kb import load_kb
    from graph.build import build_graph
    from graph.schema import Amount, Article, Entity, Evidence, Extraction, Relation

    def extraction(name, published, facts):
        article = Article(id=name, source=name, published=dt.date.fromisoformat(published), language="en",
                          text=" ".join(f[-1] for f in facts))
        ids = {x for f in facts for x in (f[0], f[2]) if x}
        entities = [Entity(id=i, name=names[i], type="Chip" if i.startswith("chip:") else "Company",
                           aliases=tuple(aliases.get(i, ()))) for i in sorted(ids)]
        relations = [Relation(head=h, relation=r, tail=t, status=st, date=d,
                              amount=Amount(value=a[0], qualifier=a[1]) if a else None,
                              evidence=Evidence(article_id=name, sentence=text, start=0, end=len(text)))
                     for h, r, t, a, st, d, text in facts]
        return Extraction(article=article, entities=tuple(entities), relations=tuple(relations), deals=(),
                          extractor_version="example")

    names = {"company:microsoft": "Microsoft", "company:openai": "OpenAI", "company:amazon": "Amazon",
             "company:anthropic": "Anthropic", "company:nvidia": "Nvidia",
             "company:amazon-web-services": "Amazon Web Services", "chip:trainium": "Trainium"}
    aliases = {"company:microsoft": ["MSFT"], "company:amazon-web-services": ["AWS"]}
    ms, oa, am, an, nv, aws = (f"company:{x}" for x in ("microsoft", "openai", "amazon", "anthropic", "nvidia",
                                                        "amazon-web-services"))
    a = extraction("a.txt", "2024-06-10", [
        (ms, "invested_in", oa, (13e9, "more_than"), "completed", "2019", "Microsoft has invested more than $13B in OpenAI."),
        (am, "invested_in", an, (8e9, "at_least"), "completed", None, "Amazon has invested at least $8B in Anthropic."),
        (nv, "supplies_chips_to", oa, None, "announced", None, "Nvidia supplies chips to OpenAI."),
    ])
    b = extraction("b.txt", "2025-12-17", [
        (am, "invested_in", oa, (10e9, "more_than"), "in_talks", None, "Amazon is in talks to invest over $10B in OpenAI."),
        (ms, "invested_in", an, (5e9, "up_to"), "announced", None, "Microsoft will invest up to $5B in Anthropic."),
        (aws, "supplies_compute_to", oa, (38e9, "exact"), "announced", "2025-11", "OpenAI signed a $38B deal with AWS."),
        (ms, "supplies_compute_to", oa, None, "announced", None, "Microsoft supplies compute to OpenAI."),
        (aws, "designs_chip", "chip:trainium", None, None, None, "AWS launched Trainium."),
    ])
    return build_graph([a, b], load_kb())

"""Benchmark: the interactive map of a graph of 2,000 drawn nodes and 5,000 drawn edges.

Usage: python bench/bench_map.py [--nodes 2000] [--edges 5000] [--runs 3] [--keep out.html]

Builds a synthetic graph with the attributes build_graph gives (companies, chips and
deals with role edges, the deals' relation edges, plain relations, articles and
provenance), writes the map, opens it in headless Chromium (Debian's /usr/bin/chromium,
driven by Playwright) and prints: Python time to build the page, its size, the time from
navigation to the first drawing (vis-network physics is off: positions are precomputed,
so there is no "stabilized" phase), the time of one redraw while zooming, and the time
to highlight a hub's neighbourhood and to apply a filter.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from graph.build import DEAL_RELATIONS
from graph.render import build_map, map_data

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
TWO_PARTY = [r for r, (_, _, tail) in DEAL_RELATIONS.items() if tail]
ONE_PARTY = [r for r, (_, _, tail) in DEAL_RELATIONS.items() if not tail]
STATUSES = ["completed", "announced", "announced", "expected", "in_talks", "ended", None]
QUALIFIERS = ["exact", "exact", "about", "more_than", "at_least", "up_to"]


def synthetic_graph(n_nodes: int = 2000, n_edges: int = 5000, seed: int = 11) -> nx.MultiDiGraph:
    """A graph whose map draws exactly ``n_nodes`` nodes and ``n_edges`` edges.

    35 % companies, 5 % chips, 60 % deals (1 in 12 with one party); the remaining edges are
    plain relations. Parties are drawn with Zipf-like weights, so there are hubs as in news.
    """
    rng = random.Random(seed)
    n_companies, n_chips = int(n_nodes * 0.35), int(n_nodes * 0.05)
    n_deals = n_nodes - n_companies - n_chips
    n_one = n_deals // 12
    role_edges = 2 * (n_deals - n_one) + n_one
    n_plain = n_edges - role_edges
    if n_plain < n_chips:
        raise SystemExit("too few edges for that many nodes")
    G = nx.MultiDiGraph(schema_version=1, articles=max(1, n_deals // 3), built_at="synthetic")
    companies = [f"company:c{i:04d}" for i in range(n_companies)]
    chips = [f"chip:x{i:03d}" for i in range(n_chips)]
    for i, c in enumerate(companies):
        G.add_node(c, type="Company", name=f"Company {i}", aliases=[f"C{i}"], parent=None, in_kb=False)
    for i, c in enumerate(chips):
        G.add_node(c, type="Chip", name=f"Chip X{i}", aliases=[], parent=None, in_kb=False)
    articles = [f"article:a{i:05d}.txt" for i in range(G.graph["articles"])]
    for a in articles:
        G.add_node(a, type="Article", name=a.split(":", 1)[1], title=None, published="2025-06-01", language="en",
                   source=a)
    weights = [1.0 / (i + 1) ** 0.9 for i in range(n_companies)]

    def pick(k: int) -> list[str]:
        out: set[str] = set()
        while len(out) < k:
            out.add(rng.choices(companies, weights)[0])
        return list(out)

    def evidence(text: str) -> dict:
        return {"article": rng.choice(articles).split(":", 1)[1], "published": f"2025-{rng.randint(1, 12):02d}-10",
                "language": "en", "sentence": text, "start": 0, "end": len(text)}

    for i in range(n_deals):
        one = i < n_one
        relation = rng.choice(ONE_PARTY if one else TWO_PARTY)
        kind, head_role, tail_role = DEAL_RELATIONS[relation]
        # every company takes part in at least one deal: the first deals go round them all
        head = companies[i % n_companies] if i < n_companies else pick(1)[0]
        tail = None if one else rng.choice([c for c in pick(2) if c != head])
        amount = {"value": float(rng.choice([1, 2, 5, 8, 10, 13, 38, 100]) * 1e9), "currency": "USD",
                  "qualifier": rng.choice(QUALIFIERS)} if rng.random() < 0.7 else None
        status = rng.choice(STATUSES)
        date = f"2025-{rng.randint(1, 12):02d}"
        did = f"deal:{kind}:{i:06d}"
        names = [G.nodes[head]["name"]] + ([G.nodes[tail]["name"]] if tail else [])
        text = f"{names[0]} and the {kind.replace('_', ' ')} deal number {i}, reported in the news."
        src = {**evidence(text), "amount": amount, "status": status, "date": date}
        G.add_node(did, type="Deal", kind=kind, name=" → ".join(names) + f" ({kind})", relation=relation,
                   sources=[src], amount=amount, status=status, date=date,
                   status_history=[{"published": src["published"], "status": status, "article": src["article"]}],
                   conflicting_amounts=False)
        G.add_edge(did, head, key=head_role, kind="role", role=head_role)
        if tail:
            G.add_edge(did, tail, key=tail_role, kind="role", role=tail_role)
            G.add_edge(head, tail, key=f"{relation}:{did}", kind="relation", relation=relation, deal=did,
                       amount=amount, status=status, date=date, evidence=[{k: src[k] for k in
                                                                           ("article", "published", "language",
                                                                            "sentence", "start", "end")}])
        G.add_edge(did, "article:" + src["article"], key="reported_in", kind="provenance")
    plain = 0
    for chip in chips:  # every chip is designed by someone
        G.add_edge(pick(1)[0], chip, key="designs_chip", kind="relation", relation="designs_chip", deal=None,
                   amount=None, status=None, date=None, evidence=[evidence("A chip is launched.")])
        plain += 1
    while plain < n_plain:
        relation = rng.choice(["designs_chip", "partners_with", "partners_with", "competes_with", "subsidiary_of"])
        u = pick(1)[0]
        v = rng.choice(chips) if relation == "designs_chip" else rng.choice(companies)
        if u == v or G.has_edge(u, v, key=relation):
            continue
        if relation in ("partners_with", "competes_with") and v < u:
            u, v = v, u
            if G.has_edge(u, v, key=relation):
                continue
        G.add_edge(u, v, key=relation, kind="relation", relation=relation, deal=None, amount=None,
                   status=rng.choice([None, None, "announced"]), date=None,
                   evidence=[evidence(f"{G.nodes[u]['name']} {relation.replace('_', ' ')} {G.nodes[v]['name']}.")])
        plain += 1
    return G


def browser_figures(path: Path, hub: str, runs: int) -> dict:
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        raise SystemExit(f"{CHROMIUM} is missing: run 'make browser' (or 'make test') to install Chromium")
    loads, draws, walls, frames, highlights, filters = [], [], [], [], [], []
    with tempfile.TemporaryDirectory(prefix="dealgraph-chromium-") as profile, sync_playwright() as p:
        context = p.chromium.launch_persistent_context(profile, executable_path=CHROMIUM, args=CHROMIUM_ARGS,
                                                       headless=True, viewport={"width": 1600, "height": 1000})
        try:
            for _ in range(runs):
                page = context.new_page()
                errors: list[str] = []
                page.on("pageerror", lambda exc, errors=errors: errors.append(str(exc)))
                page.on("console", lambda m, errors=errors: errors.append(m.text) if m.type == "error" else None)
                start = time.perf_counter()
                page.goto(path.as_uri())
                page.wait_for_function("window.dealgraph && window.dealgraph.ready === true", timeout=120_000)
                walls.append((time.perf_counter() - start) * 1000)
                t = page.evaluate("window.dealgraph.timing")
                loads.append(t["scriptStart"])
                draws.append(t["firstDraw"])
                counts = page.evaluate("[window.dealgraph.nodeView.length, window.dealgraph.edgeView.length]")
                frames.append(page.evaluate("""async () => {
                    const net = window.dealgraph.network, times = [];
                    let t0 = 0;
                    net.on('beforeDrawing', () => { t0 = performance.now(); });
                    for (let i = 0; i < 10; i++) {
                        const done = new Promise(r => net.once('afterDrawing', r));
                        net.moveTo({scale: net.getScale() * (i % 2 ? 0.9 : 1.1)});
                        await done;
                        times.push(performance.now() - t0);
                    }
                    times.sort((a, b) => a - b);
                    return times[5];
                }"""))
                highlights.append(page.evaluate("""async (hub) => {
                    const drawn = new Promise(r => window.dealgraph.network.once('afterDrawing', r));
                    const t = performance.now();
                    window.dealgraph.highlight(hub);
                    await drawn;
                    return performance.now() - t; }""", hub))
                filters.append(page.evaluate("""async () => {
                    const drawn = new Promise(r => window.dealgraph.network.once('afterDrawing', r));
                    const t = performance.now();
                    document.querySelector('input[data-relation=partners_with]').click();
                    await drawn;
                    return performance.now() - t; }"""))
                if errors:
                    raise SystemExit("page errors: " + "; ".join(errors))
                page.close()
        finally:
            context.close()
    med = statistics.median
    return {"drawn": counts, "script_start_ms": med(loads), "first_draw_ms": med(draws), "wall_ms": med(walls),
            "frame_ms": med(frames), "highlight_ms": med(highlights), "filter_ms": med(filters)}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=2000)
    parser.add_argument("--edges", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="also write the map here")
    args = parser.parse_args(argv)

    t = time.perf_counter()
    G = synthetic_graph(args.nodes, args.edges)
    t_graph = time.perf_counter() - t
    t = time.perf_counter()
    data = map_data(G)
    t_data = time.perf_counter() - t
    t = time.perf_counter()
    doc = build_map(G, title="dealgraph benchmark")
    t_page = time.perf_counter() - t
    if (len(data["nodes"]), len(data["edges"])) != (args.nodes, args.edges):
        raise SystemExit(f"drew {len(data['nodes'])} nodes and {len(data['edges'])} edges, "
                         f"not {args.nodes} and {args.edges}")
    hub = max((n for n in data["nodes"] if n["dgtype"] == "company"), key=lambda n: n["value_usd"])["id"]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "map.html"
        path.write_text(doc, encoding="utf-8")
        if args.keep:
            args.keep.write_text(doc, encoding="utf-8")
        fig = browser_figures(path, hub, args.runs)
    print(f"graph: {G.number_of_nodes()} nodes, {G.number_of_edges()} edges in the MultiDiGraph "
          f"(built in {t_graph:.2f} s)")
    print(f"map:   {len(data['nodes'])} nodes, {len(data['edges'])} edges drawn; page {len(doc) / 1e6:.2f} MB")
    print(f"python: map_data (selection + layout + tooltips) {t_data:.2f} s; build_map total {t_page:.2f} s")
    print(f"chromium (median of {args.runs} loads, physics off, positions precomputed):")
    print(f"  navigation -> our script starts   {fig['script_start_ms']:8.0f} ms  (parsing the 0.5 MB vis-network)")
    print(f"  navigation -> first full drawing  {fig['first_draw_ms']:8.0f} ms  (nothing to stabilise after it)")
    print(f"  goto() -> map ready, wall clock   {fig['wall_ms']:8.0f} ms")
    print(f"  one redraw while zooming          {fig['frame_ms']:8.1f} ms")
    print(f"  highlight a hub's neighbourhood   {fig['highlight_ms']:8.1f} ms  (until redrawn)")
    print(f"  toggle a relation filter          {fig['filter_ms']:8.1f} ms  (until redrawn)")
    print(f"  drawn in the page: {fig['drawn'][0]} nodes, {fig['drawn'][1]} edges")


if __name__ == "__main__":
    main()

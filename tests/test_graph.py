"""The graph: resolution, merged deals, conflicts, persistence, incremental builds, exports."""

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest

from extract.kb import load_kb
from graph.build import build_graph
from graph.corpus import build_from_paths
from graph.errors import GraphFileError, UnknownEntityError
from graph.io import export, read_json, to_json, write_json
from graph.queries import (as_of, circular_deals, connections, deals, find_entity, investors_of,
                           total_invested)
from graph.schema import Amount, Article, Entity, Evidence, Extraction, Relation

KB = load_kb()
ROOT = Path(__file__).resolve().parent.parent


def ent(eid, name, in_kb=True, aliases=()):
    return Entity(id=eid, name=name, type="Chip" if eid.startswith("chip:") else "Company", aliases=aliases, in_kb=in_kb)


def extraction(name, published, language, entities, facts):
    text = " ".join(f[-1] for f in facts)
    article = Article(id=name, source=name, published=dt.date.fromisoformat(published), language=language, text=text)
    relations = []
    for head, rel, tail, amount, status, date, sentence in facts:
        start = text.index(sentence)
        relations.append(Relation(head=head, relation=rel, tail=tail, status=status, date=date,
                                  amount=Amount(value=amount[0], qualifier=amount[1]) if amount else None,
                                  evidence=Evidence(article_id=name, sentence=sentence, start=start, end=start + len(sentence))))
    return Extraction(article=article, entities=tuple(entities), relations=tuple(relations), deals=(), extractor_version="t")


MS, OA, NV, AMD, META = "company:microsoft", "company:openai", "company:nvidia", "company:advanced-micro-devices", "company:meta"

A = extraction("a-vi.txt", "2024-10-03", "vi", [ent(MS, "Microsoft"), ent(OA, "OpenAI"), ent(NV, "Nvidia")], [
    (MS, "invested_in", OA, (13e9, "about"), "completed", None, "Microsoft đã đầu tư khoảng 13 tỷ USD vào OpenAI."),
    (NV, "invested_in", OA, (100e9, "up_to"), "in_talks", None, "Nvidia đang đàm phán đầu tư tới 100 tỷ USD vào OpenAI."),
])
B = extraction("b-en.txt", "2025-09-23", "en", [ent(MS, "Microsoft"), ent(OA, "OpenAI"), ent(NV, "Nvidia"),
                                                  ent("company:amd", "AMD", in_kb=False)], [
    (NV, "invested_in", OA, (90e9, "about"), "announced", "2025-09", "Nvidia will invest about $90 billion in OpenAI."),
    (MS, "supplies_compute_to", OA, None, "announced", None, "Microsoft supplies compute to OpenAI."),
    ("company:amd", "supplies_chips_to", OA, None, "announced", "2025-10", "AMD will supply chips to OpenAI."),
])
C = extraction("c-en.txt", "2025-12-17", "en", [ent(MS, "Microsoft"), ent(OA, "OpenAI"), ent(NV, "Nvidia"),
                                                  ent(META, "Meta"), ent("company:metaculus", "Metaculus", in_kb=False)], [
    (MS, "invested_in", OA, (13e9, "more_than"), "completed", None, "Microsoft has invested more than $13 billion in OpenAI."),
    (NV, "invested_in", OA, (100e9, "up_to"), "completed", None, "Nvidia has invested up to $100 billion in OpenAI."),
    (META, "competes_with", "company:metaculus", None, None, None, "Meta competes with Metaculus."),
])


@pytest.fixture(scope="module")
def G():
    return build_graph([A, B, C], KB)


def test_entities_resolved_once_alias_only_mention_merged_similar_names_kept_apart(G):
    entities = sorted(n for n, d in G.nodes(data=True) if d["type"] in ("Company", "Chip"))
    assert entities == [AMD, META, "company:metaculus", MS, NV, OA]
    assert G.nodes[AMD]["name"] == "Advanced Micro Devices" and G.nodes[AMD]["in_kb"] is True


def test_same_deal_in_two_languages_is_one_node_with_both_sources(G):
    (deal,) = [d for _, d in G.nodes(data=True) if d["type"] == "Deal" and d["name"] == "Microsoft → OpenAI (investment)"]
    assert [s["article"] for s in deal["sources"]] == ["a-vi.txt", "c-en.txt"]
    assert [s["language"] for s in deal["sources"]] == ["vi", "en"]
    assert deal["amount"] == {"value": 13e9, "currency": "USD", "qualifier": "more_than"}  # a bound beats "about"
    assert deal["status"] == "completed" and deal["conflicting_amounts"] is False


def test_conflicting_amounts_kept_per_source_with_status_history(G):
    (deal,) = [d for _, d in G.nodes(data=True) if d["type"] == "Deal" and d["name"] == "Nvidia → OpenAI (investment)"]
    assert [(s["article"], s["amount"]["value"], s["amount"]["qualifier"]) for s in deal["sources"]] == [
        ("a-vi.txt", 100e9, "up_to"), ("b-en.txt", 90e9, "about"), ("c-en.txt", 100e9, "up_to")]
    assert deal["conflicting_amounts"] is True
    assert deal["amount"] == {"value": 100e9, "currency": "USD", "qualifier": "up_to"}  # most specific, then most recent
    assert [h["status"] for h in deal["status_history"]] == ["in_talks", "announced", "completed"]
    assert deal["status"] == "completed" and deal["date"] == "2025-09"


def test_deal_and_company_views_are_one_hop(G):
    (deal,) = [n for n, d in G.nodes(data=True) if d["type"] == "Deal" and d["name"] == "Nvidia → OpenAI (investment)"]
    assert sorted((k, v) for _, v, k in G.out_edges(deal, keys=True) if G.edges[deal, v, k]["kind"] == "role") == [
        ("investee", OA), ("investor", NV)]
    typed = [(k, e["deal"]) for _, v, k, e in G.out_edges(NV, keys=True, data=True) if v == OA]
    assert typed == [(f"invested_in:{deal}", deal)]
    assert sorted(G.nodes[a]["name"] for _, a, k in G.out_edges(deal, keys=True) if k == "reported_in") == [
        "a-vi.txt", "b-en.txt", "c-en.txt"]


def test_queries_answered_by_hand(G):
    rows = investors_of(G, "openai")
    assert [(r["investor_name"], r["amount"]["qualifier"], r["amount"]["value"], r["status"]) for r in rows] == [
        ("Nvidia", "up_to", 100e9, "completed"), ("Microsoft", "more_than", 13e9, "completed")]
    assert rows[1]["sources"][1]["sentence"] == "Microsoft has invested more than $13 billion in OpenAI."
    assert total_invested(G, "Microsoft", "OpenAI") == {"currency": "USD", "low": 13e9, "high": None,
                                                         "approximate": False, "deals": 1}
    assert [(r["investor_name"], r["company_name"], r["supply"]) for r in circular_deals(G)] == [
        ("Microsoft", "OpenAI", ["compute"])]
    assert [d["name"] for d in deals(G, kind="chips")] == ["Advanced Micro Devices → OpenAI (chips)"]
    assert [[s["to"] for s in p] for p in connections(G, "AMD", "Microsoft")] == [["OpenAI", "Microsoft"]]


def test_as_of_shows_what_was_known_then(G):
    H = as_of(G, "2024-12-31")
    assert [(r["investor_name"], r["status"]) for r in investors_of(H, "OpenAI")] == [
        ("Nvidia", "in_talks"), ("Microsoft", "completed")]
    assert "company:metaculus" not in H


def test_unknown_company_suggests_close_names(G):
    with pytest.raises(UnknownEntityError) as info:
        find_entity(G, "Nvidea")
    assert str(info.value) == "no company named 'Nvidea' (did you mean Nvidia?)"
    assert find_entity(G, "advanced micro devices") == AMD


def test_json_round_trip_is_lossless(G, tmp_path):
    path = tmp_path / "graph.json"
    write_json(G, path)
    H = read_json(path)
    assert to_json(H) == to_json(G)
    assert nx.utils.graphs_equal(G, H)
    assert [p.name for p in tmp_path.iterdir()] == ["graph.json"]  # no temporary file left


def test_corrupt_and_newer_graph_files_are_clear_errors(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(GraphFileError, match="not a readable graph file"):
        read_json(bad)
    newer = tmp_path / "newer.json"
    newer.write_text(json.dumps({"graph": {"schema_version": 99}, "nodes": [], "edges": []}), encoding="utf-8")
    with pytest.raises(GraphFileError, match=r"written by a newer dealgraph \(graph schema 99"):
        read_json(newer)


def test_exports(G, tmp_path):
    (graphml,) = export(G, "graphml", tmp_path / "g.graphml")
    assert nx.read_graphml(graphml).number_of_edges() == G.number_of_edges()
    (gexf,) = export(G, "gexf", tmp_path / "g.gexf")
    assert nx.read_gexf(gexf).number_of_nodes() == G.number_of_nodes()
    nodes, edges = export(G, "csv", tmp_path / "csv")
    assert nodes.read_text().splitlines()[0].startswith("id,")
    assert len(edges.read_text().splitlines()) == G.number_of_edges() + 1
    files = export(G, "neo4j", tmp_path / "neo4j")
    company = (tmp_path / "neo4j" / "nodes_Company.csv").read_text().splitlines()[0]
    assert company.startswith("id:ID,:LABEL,")
    investee = (tmp_path / "neo4j" / "relationships_INVESTEE.csv").read_text().splitlines()[0]
    assert investee.startswith(":START_ID,:END_ID,:TYPE,")
    assert files[-1].name == "import.cypher"
    assert "CREATE (:Node:Company {`id`: \"company:openai\"" in files[-1].read_text()


ARTICLES = {
    "one.txt": "date 2025-01-10\nMicrosoft đã đầu tư 13 tỷ USD vào OpenAI.",
    "two.txt": "date 2025-02-10\nMicrosoft has invested $13 billion in OpenAI.",
    "three.txt": "date 2025-03-10\nAmazon has invested $8 billion in Anthropic.",
}


def test_incremental_build_equals_full_build_and_removal_drops_facts(tmp_path):
    full_dir, inc_dir, articles = tmp_path / "full", tmp_path / "inc", tmp_path / "articles"
    articles.mkdir()
    for name, text in list(ARTICLES.items())[:2]:
        (articles / name).write_text(text, encoding="utf-8")
    _, first = build_from_paths([articles], inc_dir)
    assert (first.extracted, first.cached) == (2, 0)
    (articles / "three.txt").write_text(ARTICLES["three.txt"], encoding="utf-8")
    incremental, second = build_from_paths([articles], inc_dir)
    assert (second.extracted, second.cached) == (1, 2)
    full, _ = build_from_paths([articles], full_dir)
    assert to_json(incremental) == to_json(full)
    assert "company:anthropic" in full
    (articles / "three.txt").unlink()
    smaller, third = build_from_paths([articles], inc_dir)
    assert (third.extracted, third.cached) == (0, 2)
    assert "company:anthropic" not in smaller and "company:openai" in smaller


def test_parallel_build_equals_serial(tmp_path):
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    serial, _ = build_from_paths([tmp_path], None)
    parallel, _ = build_from_paths([tmp_path], None, jobs=2)
    assert to_json(serial) == to_json(parallel)


def run(*args):
    return subprocess.run([sys.executable, "-m", "graph", *args], capture_output=True, text=True, cwd=ROOT)


def test_cli_build_query_and_errors(tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    for name, text in ARTICLES.items():
        (articles / name).write_text(text, encoding="utf-8")
    (articles / "bad.txt").write_bytes(b"\x00\x01")
    out = tmp_path / "out"
    res = run("build", str(articles), "--out", str(out), "--no-map", "-q")
    assert res.returncode == 1
    assert res.stderr == f"Skipped {articles / 'bad.txt'}: binary file, not a text article\n"
    res = run("query", "investors-of", "openai", "--graph", str(out / "graph.json"), "--json")
    rows = json.loads(res.stdout)
    assert [(r["investor_name"], r["amount"]["value"], len(r["sources"])) for r in rows] == [("Microsoft", 13e9, 2)]
    res = run("query", "investors-of", "Anthropik", "--graph", str(out / "graph.json"))
    assert (res.returncode, res.stderr) == (2, "Error: no company named 'Anthropik' (did you mean Anthropic?)\n")
    res = run("query", "investors-of", "OpenAI", "--graph", str(tmp_path / "missing.json"))
    assert (res.returncode, res.stderr) == (
        2, f"Error: {tmp_path / 'missing.json'}: no such graph file (run 'dealgraph build' first)\n")


def test_cli_render_and_export(G, tmp_path):
    write_json(G, tmp_path / "graph.json")
    res = run("render", str(tmp_path / "graph.json"), "-o", str(tmp_path / "m.html"), "--focus", "nvidia", "--depth", "2")
    assert (res.returncode, res.stdout) == (0, f"Wrote {tmp_path / 'm.html'}\n")
    assert "Nvidia" in (tmp_path / "m.html").read_text(encoding="utf-8")
    res = run("render", str(tmp_path / "graph.json"), "--relations", "invested_in,bought")
    assert res.returncode == 2 and res.stderr.startswith("Error: unknown relation 'bought': use one of invested_in, ")
    res = run("export", str(tmp_path / "graph.json"), "--format", "gexf", "--out", str(tmp_path / "g.gexf"))
    assert (res.returncode, res.stdout) == (0, f"Wrote {tmp_path / 'g.gexf'}\n")
    res = run("export", str(tmp_path / "graph.json"), "--format", "dot")
    assert (res.returncode, res.stderr) == (2, "Error: --format must be graphml, gexf, csv or neo4j, not 'dot'\n")

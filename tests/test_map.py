"""The interactive map (graph/render.py): what is drawn, escaping, filters, and the page in Chromium.

The graphs are built from schema models with build_graph (no extractor), so these tests
do not depend on extraction quality. The browser tests drive Debian's /usr/bin/chromium
with Playwright and are never skipped: `make test` installs Chromium where it is missing.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
import sys
import tempfile
from pathlib import Path

import pytest

from extract.kb import load_kb
from graph.build import build_graph
from graph.errors import DealGraphError, UnknownEntityError, UsageError
from graph.queries import example_graph
from graph.render import _vis_assets, build_map, map_data, show, write_map
from graph.schema import Amount, Article, Entity, Evidence, Extraction, Relation

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
PWN_IMG = '<img src=x onerror="window.__pwned=1">'
PWN_SCRIPT = "<script>window.__pwned=1</script>"


# --------------------------------------------------------------------------- graphs


def make_graph(articles: list[tuple[str, str, list[tuple]]], names: dict[str, str],
               aliases: dict[str, list[str]] | None = None):
    """A graph from hand-written facts: (head, relation, tail, (value, qualifier) | None, status, date, sentence)."""
    aliases = aliases or {}
    extractions = []
    for article_id, published, facts in articles:
        article = Article(id=article_id, source=article_id, published=dt.date.fromisoformat(published),
                          language="en", text=" ".join(f[-1] for f in facts))
        ids = sorted({x for f in facts for x in (f[0], f[2]) if x})
        entities = tuple(Entity(id=i, name=names[i], type="Chip" if i.startswith("chip:") else "Company",
                                aliases=tuple(aliases.get(i, ()))) for i in ids)
        relations = tuple(Relation(head=h, relation=r, tail=t, status=st, date=d,
                                   amount=Amount(value=a[0], qualifier=a[1]) if a else None,
                                   evidence=Evidence(article_id=article_id, sentence=text, start=0, end=len(text)))
                          for h, r, t, a, st, d, text in facts)
        extractions.append(Extraction(article=article, entities=entities, relations=relations, deals=(),
                                      extractor_version="test"))
    return build_graph(extractions, load_kb())


def evil_graph():
    """Names, aliases, article names and evidence that try to inject markup and script."""
    names = {"company:evil-corp": f"Evil {PWN_IMG}", "company:acme-labs": f"Acme {PWN_SCRIPT}",
             "company:plain-co": "Plain & Co"}
    aliases = {"company:evil-corp": [PWN_SCRIPT], "company:acme-labs": ["</script><script>window.__pwned=1</script>"]}
    sentence = (f"Evil Corp will invest $2 billion in Acme {PWN_SCRIPT} said {PWN_IMG} "
                "</script><script>window.__pwned=1</script> and <a href=\"https://example.com/x\">more</a>.")
    return make_graph([
        (f"{PWN_IMG}.txt", "2025-03-01", [
            ("company:evil-corp", "invested_in", "company:acme-labs", (2e9, "exact"), "in_talks", "2025-03", sentence),
            ("company:acme-labs", "partners_with", "company:plain-co", None, None, None,
             f"Acme partners with Plain & Co {PWN_IMG}{PWN_SCRIPT}."),
        ]),
    ], names, aliases)


def names_of(data: dict) -> dict[str, str]:
    """node id -> a readable name: the label, or for a deal the deal's name in the graph."""
    return {n["id"]: n["label"] for n in data["nodes"]}


def drawn_edges(G, data: dict) -> set[tuple[str, str]]:
    def name(n):
        return G.nodes[n]["name"]
    return {(name(e["from"]), name(e["to"])) for e in data["edges"]}


def embedded_data(doc: str) -> dict:
    m = re.search(r'<script type="application/json" id="dg-data">(.*?)</script>', doc, re.DOTALL)
    assert m, "no embedded data"
    return json.loads(m.group(1))


EXAMPLE_EDGES = {
    ("Microsoft", "Microsoft → OpenAI (investment)"), ("Microsoft → OpenAI (investment)", "OpenAI"),
    ("Amazon", "Amazon → Anthropic (investment)"), ("Amazon → Anthropic (investment)", "Anthropic"),
    ("Amazon", "Amazon → OpenAI (investment)"), ("Amazon → OpenAI (investment)", "OpenAI"),
    ("Microsoft", "Microsoft → Anthropic (investment)"), ("Microsoft → Anthropic (investment)", "Anthropic"),
    ("Nvidia", "Nvidia → OpenAI (chips)"), ("Nvidia → OpenAI (chips)", "OpenAI"),
    ("Amazon Web Services", "Amazon Web Services → OpenAI (compute)"),
    ("Amazon Web Services → OpenAI (compute)", "OpenAI"),
    ("Microsoft", "Microsoft → OpenAI (compute)"), ("Microsoft → OpenAI (compute)", "OpenAI"),
    ("Amazon Web Services", "Trainium"),
}
EXAMPLE_ENTITIES = {"company:microsoft", "company:openai", "company:amazon", "company:anthropic", "company:nvidia",
                    "company:amazon-web-services", "chip:trainium"}


@pytest.fixture(scope="module")
def G():
    return example_graph()


# --------------------------------------------------------------------------- what is drawn


def test_small_graph_exact_nodes_and_edges(G):
    data = map_data(G)
    deals = {n for n, d in G.nodes(data=True) if d["type"] == "Deal"}
    assert len(deals) == 7
    assert {n["id"] for n in data["nodes"]} == EXAMPLE_ENTITIES | deals
    assert len(data["nodes"]) == 14
    assert drawn_edges(G, data) == EXAMPLE_EDGES
    assert len(data["edges"]) == len(EXAMPLE_EDGES) == 15
    assert len({e["id"] for e in data["edges"]}) == 15
    kinds = {n["id"]: n["dgtype"] for n in data["nodes"]}
    assert kinds["chip:trainium"] == "chip" and kinds["company:openai"] == "company"
    assert all(kinds[d] == "deal" for d in deals)
    # no Article node, no provenance edge, no deal-carrying relation edge drawn twice
    assert not any(n["id"].startswith("article:") for n in data["nodes"])


def test_the_page_embeds_exactly_map_data(G):
    G = G.copy()
    G.graph["built_at"] = "2026-01-02 03:04 UTC"
    doc = build_map(G, title="Deals")
    assert embedded_data(doc) == json.loads(json.dumps(map_data(G)))
    assert doc.startswith("<!DOCTYPE html>") and doc.rstrip().endswith("</html>")
    assert "<title>Deals</title>" in doc and "<h1>Deals</h1>" in doc
    assert "2 articles · graph built 2026-01-02 03:04 UTC" in doc
    assert 'id="dg-legend"' in doc and 'data-relation="invested_in"' in doc and 'data-status="in_talks"' in doc


def test_visual_encoding(G):
    data = map_data(G)
    nodes = {n["id"]: n for n in data["nodes"]}
    edges = {(G.nodes[e["from"]]["name"], G.nodes[e["to"]]["name"]): e for e in data["edges"]}
    # shapes by type, deals coloured by kind
    assert nodes["company:openai"]["shape"] == "dot" and nodes["chip:trainium"]["shape"] == "hexagon"
    deal = {G.nodes[n]["name"]: n for n in nodes if G.nodes[n]["type"] == "Deal"}
    assert nodes[deal["Amazon → OpenAI (investment)"]]["shape"] == "diamond"
    groups = data["options"]["groups"]
    assert nodes["company:openai"]["group"] == "company" and nodes["chip:trainium"]["group"] == "chip"
    assert groups["company"]["color"]["background"] != groups["chip"]["color"]["background"]

    def fill(name):
        return groups[nodes[deal[name]]["group"]]["color"]["background"]
    assert (fill("Amazon → OpenAI (investment)") == fill("Microsoft → Anthropic (investment)")
            != fill("Amazon Web Services → OpenAI (compute)") != fill("Nvidia → OpenAI (chips)"))
    # companies sized by the total value of their deals, bounded, log scale
    size = {n: nodes[n]["size"] for n in EXAMPLE_ENTITIES}
    assert size["company:openai"] > size["company:amazon-web-services"] > size["company:nvidia"]
    assert all(7 <= s <= 30 for s in size.values())
    # edge labels: compact amounts on the paying / supplying side, arrows, colour by relation
    assert edges[("Amazon Web Services", "Amazon Web Services → OpenAI (compute)")]["label"] == "$38B"
    assert edges[("Amazon", "Amazon → Anthropic (investment)")]["label"] == "≥$8B"
    assert edges[("Microsoft → Anthropic (investment)", "Anthropic")]["label"] == ""
    assert edges[("Microsoft", "Microsoft → Anthropic (investment)")]["label"] == "≤$5B"
    assert edges[("Amazon", "Amazon → OpenAI (investment)")]["arrows"] == "to"
    assert edges[("Amazon Web Services", "Trainium")]["arrows"] == "to"
    assert data["options"]["edges"]["arrows"]["to"]["enabled"] is True
    assert (edges[("Amazon", "Amazon → OpenAI (investment)")]["color"] == fill("Amazon → OpenAI (investment)")
            != edges[("Amazon Web Services", "Trainium")]["color"])
    # dashed: the deal in talks, both of its edges; solid otherwise
    assert edges[("Amazon", "Amazon → OpenAI (investment)")]["dashes"] is True
    assert edges[("Amazon → OpenAI (investment)", "OpenAI")]["dashes"] is True
    assert edges[("Microsoft", "Microsoft → OpenAI (investment)")]["dashes"] is False
    # positions precomputed, physics off
    assert all(isinstance(n["x"], float) and isinstance(n["y"], float) for n in data["nodes"])
    assert data["options"]["physics"]["enabled"] is False


def test_tooltips_carry_the_evidence(G):
    data = map_data(G)
    nodes = {n["id"]: n for n in data["nodes"]}
    deal = next(n for n in nodes if G.nodes[n].get("name") == "Amazon Web Services → OpenAI (compute)")
    tip = nodes[deal]["tip"]
    for text in ("$38B", "announced", "2025-11", "OpenAI signed a $38B deal with AWS.", "b.txt", "published 2025-12-17"):
        assert text in tip
    company = nodes["company:amazon-web-services"]["tip"]
    assert "AWS" in company and "Amazon Web Services → OpenAI (compute)" in company
    plain = next(e for e in data["edges"] if e["relation"] == "designs_chip")
    assert "AWS launched Trainium." in plain["tip"] and "b.txt" in plain["tip"]
    roles = sorted(e["tip"] for e in data["edges"] if e.get("deal") == deal)
    assert roles == ['<div class="dg-role">Amazon Web Services — provider in</div>',
                     '<div class="dg-role">OpenAI — customer in</div>']  # the page appends the deal's tip


def test_deterministic(G):
    assert map_data(G) == map_data(G)


# --------------------------------------------------------------------------- escaping


def test_article_text_and_names_are_escaped():
    E = evil_graph()
    doc = build_map(E, title=f"Map {PWN_SCRIPT}")
    vis_js, vis_css = _vis_assets()
    assert doc.count(vis_js) == 1
    ours = doc.replace(vis_js, "").replace(vis_css, "")
    # No injected markup anywhere in the file: not in the page, not in the embedded JSON.
    for raw in (PWN_IMG, PWN_SCRIPT, "onerror=", "<img", "</script><script>", 'href="https://example.com'):
        assert raw not in ours
    assert "__pwned" in ours  # the text is there, escaped
    assert "<title>Map &lt;script&gt;window.__pwned=1&lt;/script&gt;</title>" in doc
    # Exactly our three script elements (data, vis-network, ours) are closed.
    assert doc.count("</script>") == 3
    data = embedded_data(doc)
    tips = " ".join(n["tip"] for n in data["nodes"]) + " ".join(e["tip"] for e in data["edges"])
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in tips
    assert "&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;" in tips
    assert "<script" not in tips and "<img" not in tips and "<a " not in tips
    # labels are drawn on the canvas as text: they keep the real name
    assert {n["label"] for n in data["nodes"] if n["dgtype"] == "company"} == {
        f"Evil {PWN_IMG}", f"Acme {PWN_SCRIPT}", "Plain & Co"}


def test_embedded_json_cannot_close_its_script():
    doc = build_map(evil_graph())
    m = re.search(r'<script type="application/json" id="dg-data">(.*?)</script>', doc, re.DOTALL)
    body = m.group(1)
    assert "<" not in body and ">" not in body and "&" not in body
    assert json.loads(body)["nodes"]


# --------------------------------------------------------------------------- options


def entity_ids(data):
    return {n["id"] for n in data["nodes"] if n["dgtype"] != "deal"}


def deal_names(G, data):
    return {G.nodes[n["id"]]["name"] for n in data["nodes"] if n["dgtype"] == "deal"}


def test_focus_and_depth(G):
    one = map_data(G, focus="AWS")
    assert entity_ids(one) == {"company:amazon-web-services", "company:openai", "chip:trainium"}
    assert deal_names(G, one) == {"Amazon Web Services → OpenAI (compute)"}
    assert len(one["edges"]) == 3 and one["focus"] == "company:amazon-web-services"
    two = map_data(G, focus="amazon web services", depth=2)
    assert entity_ids(two) == EXAMPLE_ENTITIES - {"company:anthropic"}
    assert "Amazon → Anthropic (investment)" not in deal_names(G, two)
    assert deal_names(G, map_data(G, focus="MSFT", depth=0)) == set()
    assert entity_ids(map_data(G, focus="MSFT", depth=0)) == {"company:microsoft"}
    with pytest.raises(UnknownEntityError, match="Micrsoft"):
        map_data(G, focus="Micrsoft")


def test_dates(G):
    since = map_data(G, since="2025")
    assert deal_names(G, since) == {"Amazon → OpenAI (investment)", "Microsoft → Anthropic (investment)",
                                    "Amazon Web Services → OpenAI (compute)", "Microsoft → OpenAI (compute)"}
    assert "chip:trainium" in entity_ids(since)  # the designs_chip edge was reported in 2025-12
    until = map_data(G, until="2024-12")
    assert deal_names(G, until) == {"Microsoft → OpenAI (investment)", "Amazon → Anthropic (investment)",
                                    "Nvidia → OpenAI (chips)"}
    assert "chip:trainium" not in entity_ids(until)
    assert deal_names(G, map_data(G, since="2019", until="2019")) == {"Microsoft → OpenAI (investment)"}
    with pytest.raises(UsageError):
        map_data(G, since="last year")


def test_relations_status_amount(G):
    inv = map_data(G, relations=["invested_in"])
    assert entity_ids(inv) == {"company:microsoft", "company:openai", "company:amazon", "company:anthropic"}
    assert len(deal_names(G, inv)) == 4 and all(e["relation"] == "invested_in" for e in inv["edges"])
    assert map_data(G, relations=["investment"]) == inv  # a deal kind names its relation
    both = map_data(G, relations=["invested_in,supplies_compute_to", "designs_chip"])
    assert len(deal_names(G, both)) == 6 and "chip:trainium" in entity_ids(both)
    with pytest.raises(UsageError, match="unknown relation"):
        map_data(G, relations=["bribed"])
    talks = map_data(G, status=["in_talks"])
    assert deal_names(G, talks) == {"Amazon → OpenAI (investment)"}
    assert all(e["dashes"] for e in talks["edges"])
    assert "chip:trainium" in entity_ids(map_data(G, status=["unknown"]))
    with pytest.raises(UsageError, match="unknown status"):
        map_data(G, status=["rumoured"])
    big = map_data(G, min_amount=10e9)
    assert deal_names(G, big) == {"Microsoft → OpenAI (investment)", "Amazon → OpenAI (investment)",
                                  "Amazon Web Services → OpenAI (compute)"}
    assert "chip:trainium" not in entity_ids(big)


def test_max_nodes(G):
    for limit in (1, 3, 5, 8, 14, 100):
        data = map_data(G, max_nodes=limit)
        assert len(data["nodes"]) <= limit
    small = map_data(G, max_nodes=5)  # the two best-connected companies and their two deals
    assert entity_ids(small) == {"company:openai", "company:microsoft"} and len(small["nodes"]) == 4
    assert len(map_data(G, max_nodes=8)["nodes"]) == 8
    assert len(map_data(G, max_nodes=100)["nodes"]) == 14
    with pytest.raises(UsageError):
        map_data(G, max_nodes=0)


def test_no_entity_without_an_edge(G):
    for options in ({}, {"since": "2025"}, {"relations": ["acquired"]}, {"status": ["ended"]},
                    {"min_amount": 30e9}, {"max_nodes": 4}, {"focus": "Nvidia"}, {"relations": ["designs_chip"]}):
        data = map_data(G, **options)
        touched = {x for e in data["edges"] for x in (e["from"], e["to"])}
        ids = {n["id"] for n in data["nodes"]}
        assert ids - {data["focus"]} <= touched, options
        assert touched <= ids, options


def test_empty_map_is_a_page(G):
    data = map_data(G, relations=["acquired"])
    assert data["nodes"] == [] and data["edges"] == []
    assert "</html>" in build_map(G, relations=["acquired"])
    assert map_data(G, relations=[], status=[]) == map_data(G)  # an empty option is no filter


def test_the_focus_stays_when_its_facts_are_filtered_out(G):
    data = map_data(G, focus="Trainium", relations=["invested_in"])
    assert [n["id"] for n in data["nodes"]] == ["chip:trainium"] and data["edges"] == []


# --------------------------------------------------------------------------- self-contained


EXTERNAL = re.compile(r"""\b(?:src|href|action|poster|srcset)\s*=\s*["']?\s*(?:https?:)?//""", re.IGNORECASE)


def page_markup(doc: str) -> str:
    """The document without the bodies of its script and style elements."""
    doc = re.sub(r"(<script[^>]*>).*?(</script>)", r"\1\2", doc, flags=re.DOTALL)
    return re.sub(r"(<style[^>]*>).*?(</style>)", r"\1\2", doc, flags=re.DOTALL)


def test_no_external_urls(G, tmp_path):
    for doc in (build_map(G), build_map(evil_graph())):
        assert not EXTERNAL.search(doc)
        assert not re.search(r"""\b(?:src|href)\s*=\s*["']?\s*https?:""", doc, re.IGNORECASE)
        assert not re.search(r"""url\(\s*["']?\s*(?:https?:)?//""", doc, re.IGNORECASE)
        assert not re.search(r"@import", doc)
        markup = page_markup(doc)
        assert re.findall(r"<script\b[^>]*>", markup) == ['<script type="application/json" id="dg-data">',
                                                           "<script>", "<script>"]
        assert [v for v in re.findall(r"""\b(?:src|href)\s*=\s*["']?([^"'\s>]*)""", markup)] == ["data:,"]
        assert "cdn" not in markup.lower()
    out = write_map(G, tmp_path / "site" / "map.html")
    assert out == tmp_path / "site" / "map.html"
    assert [p.name for p in (tmp_path / "site").iterdir()] == ["map.html"]  # no lib/ folder, no temp file
    assert "vis.Network" in out.read_text(encoding="utf-8")


def test_show_returns_a_notebook_object(G, monkeypatch):
    try:
        import IPython.display  # noqa: F401
    except ImportError:  # not a test dependency: stand in for IPython.display.HTML
        import types

        class HTML:
            def __init__(self, data):
                self.data = data

            def _repr_html_(self):
                return self.data

        fake = types.ModuleType("IPython")
        fake.display = types.ModuleType("IPython.display")
        fake.display.HTML = HTML
        monkeypatch.setitem(sys.modules, "IPython", fake)
        monkeypatch.setitem(sys.modules, "IPython.display", fake.display)
    shown = show(G, focus="OpenAI")
    assert hasattr(shown, "_repr_html_")
    frame = shown._repr_html_()
    assert "<iframe" in frame and 'sandbox="allow-scripts"' in frame
    srcdoc = re.search(r'srcdoc="([^"]*)"', frame).group(1)
    assert "<" not in srcdoc and "&lt;!DOCTYPE html&gt;" in srcdoc
    assert html.unescape(srcdoc).startswith("<!DOCTYPE html>")


def test_show_without_ipython(G, monkeypatch):
    monkeypatch.setitem(sys.modules, "IPython", None)
    monkeypatch.setitem(sys.modules, "IPython.display", None)
    with pytest.raises(DealGraphError, match="IPython"):
        show(G)


# --------------------------------------------------------------------------- in Chromium


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run `make test`, which installs Chromium for the browser tests")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.fail("playwright is not installed: run `make test`, which installs the test dependencies")
    with tempfile.TemporaryDirectory(prefix="dealgraph-chromium-") as profile, sync_playwright() as p:
        context = p.chromium.launch_persistent_context(profile, executable_path=CHROMIUM, args=CHROMIUM_ARGS,
                                                       headless=True, viewport={"width": 1400, "height": 900})
        context.set_default_timeout(30_000)
        yield context
        context.close()


class Page:
    """A map opened in Chromium, with what it logged and requested."""

    def __init__(self, context, path: Path):
        self.page = context.new_page()
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.goto(path.as_uri())
        self.page.wait_for_function("window.dealgraph && window.dealgraph.ready === true")

    def evaluate(self, script, arg=None):
        return self.page.evaluate(script, arg)

    def dom(self, node: str) -> dict:
        return self.evaluate("id => { const n = window.dealgraph.network;"
                             " return n.canvasToDOM(n.getPositions([id])[id]); }", node)

    def hover_edge(self, edge_id: str, expect: str) -> str:
        """Move the mouse along an edge until the tooltip shows ``expect``; return the tooltip text."""
        self.page.mouse.click(5, 5)  # background: reset
        ends = self.evaluate("id => { const e = window.dealgraph.edges.get(id); return [e.from, e.to]; }", edge_id)
        a, b = self.dom(ends[0]), self.dom(ends[1])
        text = ""
        for f in (0.5, 0.42, 0.58, 0.35, 0.65, 0.3, 0.7):
            self.page.mouse.move(5, 5)
            self.page.mouse.move(a["x"] + f * (b["x"] - a["x"]), a["y"] + f * (b["y"] - a["y"]), steps=3)
            self.page.wait_for_timeout(120)
            text = self.evaluate("() => window.dealgraph.tip.hidden ? '' : window.dealgraph.tip.textContent")
            if expect in text:
                return text
        return text

    def close(self):
        self.page.close()


def lightness(page: Page, at: dict) -> float:
    """Mean of R, G and B of the map's canvas at a DOM point (after the next drawing)."""
    return page.evaluate("""async (at) => {
        const net = window.dealgraph.network;
        await new Promise(r => { net.once('afterDrawing', r); net.redraw(); });
        const canvas = document.querySelector('#dg-net canvas'), ratio = canvas.width / canvas.clientWidth;
        const [r, g, b] = canvas.getContext('2d').getImageData(Math.round(at.x * ratio), Math.round(at.y * ratio), 1, 1).data;
        return (r + g + b) / 3; }""", at)


def open_map(browser, G, tmp_path, **options) -> Page:
    return Page(browser, write_map(G, tmp_path / "map.html", **options))


def test_page_loads_offline_without_errors(browser, G, tmp_path):
    page = open_map(browser, G, tmp_path)
    try:
        assert page.errors == []
        assert page.requests and all(u.startswith(("file://", "data:")) for u in page.requests), page.requests
        assert page.evaluate("typeof vis") == "object"
            # 4 relations (invested in, supplies compute, supplies chips, designs chip) and 4 statuses
        assert page.evaluate("document.querySelectorAll('#dg-legend input[type=checkbox]').length") == 8
    finally:
        page.close()


def test_empty_map_loads(browser, tmp_path):
    import networkx as nx

    page = open_map(browser, nx.MultiDiGraph(articles=0, schema_version=1), tmp_path)
    try:
        assert page.evaluate("[window.dealgraph.nodes.length, window.dealgraph.edges.length]") == [0, 0]
        assert page.errors == []
    finally:
        page.close()


def test_page_draws_exactly_the_graph(browser, G, tmp_path):
    page = open_map(browser, G, tmp_path)
    try:
        drawn = page.evaluate("""() => {
            const dg = window.dealgraph;
            return {nodes: dg.nodes.getIds(), edges: dg.edges.get().map(e => [e.id, e.from, e.to]),
                    shownNodes: dg.nodeView.getIds(), shownEdges: dg.edgeView.getIds(),
                    inNetwork: Object.keys(dg.network.getPositions())};
        }""")
        data = map_data(G)
        assert sorted(drawn["nodes"]) == sorted(n["id"] for n in data["nodes"])
        assert sorted(drawn["shownNodes"]) == sorted(drawn["nodes"]) == sorted(drawn["inNetwork"])
        assert sorted(drawn["shownEdges"]) == sorted(e["id"] for e in data["edges"])
        assert {(G.nodes[f]["name"], G.nodes[t]["name"]) for _, f, t in drawn["edges"]} == EXAMPLE_EDGES
        assert len(drawn["edges"]) == 15
        assert page.errors == []
    finally:
        page.close()


def test_edge_tooltip_shows_the_evidence(browser, G, tmp_path):
    page = open_map(browser, G, tmp_path)
    try:
        data = map_data(G)
        plain = next(e["id"] for e in data["edges"] if e["relation"] == "designs_chip")
        text = page.hover_edge(plain, "AWS launched Trainium.")
        assert "AWS launched Trainium." in text and "b.txt" in text and "published 2025-12-17" in text
        role = next(e["id"] for e in data["edges"] if e["label"] == "$38B")
        text = page.hover_edge(role, "OpenAI signed a $38B deal with AWS.")
        assert "OpenAI signed a $38B deal with AWS." in text and "$38B" in text and "announced" in text
        assert "2025-11" in text and "published 2025-12-17" in text
        assert page.errors == []
    finally:
        page.close()


def test_injected_script_never_runs(browser, tmp_path):
    E = evil_graph()
    page = open_map(browser, E, tmp_path, title=f"Evil {PWN_SCRIPT}")
    try:
        data = map_data(E)
        for node in data["nodes"]:  # hover and click every node: tooltips with names and evidence
            pos = page.dom(node["id"])
            page.page.mouse.move(pos["x"], pos["y"], steps=2)
            page.page.wait_for_timeout(80)
            page.page.mouse.click(pos["x"], pos["y"])
            page.page.wait_for_timeout(80)
        deal_edge = next(e["id"] for e in data["edges"] if e.get("deal"))
        text = page.hover_edge(deal_edge, "Evil Corp will invest")
        assert PWN_SCRIPT in text and PWN_IMG in text  # shown as text...
        tip_html = page.evaluate("window.dealgraph.tip.innerHTML")
        assert "&lt;script&gt;" in tip_html and "<script" not in tip_html and "<img" not in tip_html
        for edge in data["edges"]:  # ...in every tooltip
            page.evaluate("id => window.dealgraph.showTip('edge', id, 50, 50, true)", edge["id"])
        page.page.fill("#dg-q", "Evil")
        page.page.press("#dg-q", "Enter")
        page.page.fill("#dg-q", PWN_IMG)
        page.page.press("#dg-q", "Enter")
        page.page.wait_for_timeout(300)
        assert page.evaluate("typeof window.__pwned") == "undefined"
        assert page.evaluate("document.querySelectorAll('img, iframe, object, embed, a').length") == 0
        assert page.evaluate("document.querySelectorAll('script').length") == 3
        assert page.evaluate("document.title") == f"Evil {PWN_SCRIPT}"
        assert page.dialogs == [] and page.errors == []
        assert all(u.startswith(("file://", "data:")) for u in page.requests), page.requests
    finally:
        page.close()


def test_filters_search_and_highlight(browser, G, tmp_path):
    page = open_map(browser, G, tmp_path)
    try:
        def shown():
            return page.evaluate("() => [window.dealgraph.nodeView.length, window.dealgraph.edgeView.length]")

        assert shown() == [14, 15]
        page.page.click("input[data-relation=invested_in]")
        assert shown() == [8, 7]  # 3 supply deals and their 4 parties, the chip edge and Trainium
        page.page.click("input[data-status=unknown]")
        assert shown() == [7, 6]  # the chip edge has no status
        page.page.click("button[data-all=relation]")  # all back on (status 'no status' still off)
        page.page.click("input[data-status=unknown]")
        assert shown() == [14, 15]
        assert "15 edges shown" in page.evaluate("document.getElementById('dg-foot').textContent")

        page.page.fill("#dg-q", "msft")
        page.page.press("#dg-q", "Enter")
        page.page.wait_for_timeout(600)
        assert page.evaluate("window.dealgraph.network.getSelectedNodes()") == ["company:microsoft"]
        kept = page.evaluate("window.dealgraph.highlighted()")
        assert "company:nvidia" not in kept and {"company:microsoft", "company:openai", "company:anthropic"} <= set(kept)
        page.page.fill("#dg-q", "Nobody Inc")
        page.page.press("#dg-q", "Enter")
        assert "No company or chip named" in page.evaluate("document.getElementById('dg-msg').textContent")

        page.evaluate("window.dealgraph.reset()")
        pos = page.dom("company:nvidia")
        page.page.mouse.click(pos["x"], pos["y"])
        page.page.wait_for_timeout(200)
        kept = page.evaluate("window.dealgraph.highlighted()")
        nvidia_deal = next(n for n in G if G.nodes[n].get("name") == "Nvidia → OpenAI (chips)")
        assert sorted(kept) == sorted(["company:nvidia", nvidia_deal, "company:openai"])
        assert sorted(page.evaluate("window.dealgraph.highlightedEdges()")) == sorted(
            [f"{nvidia_deal}|vendor", f"{nvidia_deal}|customer"])
        # the rest is veiled: a pixel of a dimmed company is pale, a highlighted one is not
        far = page.dom("company:anthropic")
        near = page.dom("company:nvidia")
        assert lightness(page, far) > 200 and lightness(page, near) < 150
        assert not page.evaluate("window.dealgraph.tip.hidden")  # the clicked node's details are pinned
        page.page.mouse.click(5, 5)  # background
        page.page.wait_for_timeout(200)
        assert page.evaluate("window.dealgraph.highlighted()") == []
        assert lightness(page, page.dom("company:anthropic")) < 150
        assert page.evaluate("window.dealgraph.tip.hidden")
        assert page.errors == []
    finally:
        page.close()

"""The ``dealgraph`` command line: a thin layer over the importable API.

It is the only place that turns a :class:`~graph.errors.DealGraphError` into an
``Error: ...`` line and an exit code: 0 ok, 1 partial failure (some inputs
failed, the rest were processed), 2 usage or input error.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from graph.errors import DealGraphError

app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None,
                  help="Turn Vietnamese and English AI-deal news into a knowledge graph.")
err = Console(stderr=True, highlight=False, soft_wrap=True)
out = Console(highlight=False, soft_wrap=True)

KbOption = Annotated[Optional[list[Path]], typer.Option("--kb", help="Extra knowledge-base YAML file (repeatable).")]
LexiconOption = Annotated[Optional[list[Path]], typer.Option("--lexicon", help="Extra lexicon YAML file (repeatable).")]


def _version(value: bool) -> None:
    if value:
        from extract.pipeline import EXTRACTOR_VERSION
        out.print(f"dealgraph {EXTRACTOR_VERSION}")
        raise typer.Exit()


@app.callback()
def main_options(version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                                       help="Show the version and exit.")] = False) -> None:
    """Turn Vietnamese and English AI-deal news into a knowledge graph."""


def _extractor(kb: list[Path] | None, lexicon: list[Path] | None):
    from extract.kb import load_kb
    from extract.pipeline import Extractor
    return Extractor(load_kb(tuple(kb or ())), tuple(lexicon or ()))


@app.command()
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Article files (.txt, .md) or folders of them.")],
    out_dir: Annotated[Optional[Path], typer.Option("--out", "-o", help="Write DIR/NAME.json per article.")] = None,
    lang: Annotated[Optional[str], typer.Option("--lang", help="Force the language: vi or en.")] = None,
    published: Annotated[Optional[str], typer.Option("--published", help="Publication date YYYY-MM-DD for articles without a date header.")] = None,
    kb: KbOption = None,
    lexicon: LexiconOption = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress messages.")] = False,
) -> None:
    """Extract entities and deal relations from articles, as JSON.

    One article without --out prints its JSON to stdout; with --out, each
    article is written to DIR/NAME.json. A bad file is reported and skipped.

    Example: dealgraph extract data/articles/vi-2025-12-17-openai-amazon.txt --out out/
    """
    from extract.load import find_articles, read_article
    from extract.output import to_contract

    if lang not in (None, "vi", "en"):
        raise DealGraphError(f"--lang must be vi or en, not {lang!r}")
    pub = _date_option(published)
    files = list(find_articles(paths))
    if not files:
        raise DealGraphError("no .txt or .md articles found in " + ", ".join(map(str, paths)))
    if out_dir is None and len(files) > 1:
        raise DealGraphError(f"{len(files)} articles: use --out DIR to write one JSON file per article")
    extractor = _extractor(kb, lexicon)
    failed = 0
    for path in files:
        try:
            article = read_article(path, published=pub, language=lang)
            result = to_contract(extractor.extract(article))
        except DealGraphError as exc:
            err.print(f"Error: {exc}")
            failed += 1
            continue
        text = json.dumps(result, ensure_ascii=False, indent=2)
        if out_dir is None:
            sys.stdout.write(text + "\n")
        else:
            out_dir.mkdir(parents=True, exist_ok=True)
            target = out_dir / (path.stem + ".json")
            target.write_text(text + "\n", encoding="utf-8")
            if not quiet:
                err.print(f"{path} -> {target} ({len(result['relations'])} relations)")
    if failed:
        raise typer.Exit(2 if failed == len(files) else 1)


@app.command("eval")
def evaluate(
    gold_dir: Annotated[Path, typer.Argument(help="Folder of NAME.gold.json files.")],
    articles_dir: Annotated[Path, typer.Argument(help="Folder holding NAME.txt for each gold file.")],
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="List every miss, extra and wrong attribute.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    kb: KbOption = None,
    lexicon: LexiconOption = None,
) -> None:
    """Score the extractor on your own gold annotations (rules of GOLD_FORMAT.md).

    Example: dealgraph eval tests/gold tests/gold
    """
    from extract.evaluate import Counts, gold_files, load_gold, score_article
    from extract.load import read_article
    from extract.output import to_contract

    extractor = _extractor(kb, lexicon)
    totals = {k: Counts() for k in ("entities", "relations", "facts")}
    rows = []
    for gold_path in gold_files(gold_dir):
        gold = load_gold(gold_path)
        name = gold_path.name[: -len(".gold.json")]
        article_path = articles_dir / gold.get("article", name + ".txt")
        pred = to_contract(extractor.extract(read_article(article_path)))
        score = score_article(gold, pred)
        for k in totals:
            totals[k].add(getattr(score, k))
        rows.append((name, score))
    if as_json:
        out.print_json(json.dumps({
            "articles": {n: {k: getattr(s, k).prf for k in totals} for n, s in rows},
            "micro": {k: dict(zip(("precision", "recall", "f1"), c.prf)) for k, c in totals.items()}}))
        return
    for name, s in rows:
        p, r, f = s.relations.prf
        out.print(f"{name:45s} rel P/R/F1 {p:.2f}/{r:.2f}/{f:.2f}  fact F1 {s.facts.prf[2]:.2f}  ent F1 {s.entities.prf[2]:.2f}")
        if verbose:
            for kind, items in (("miss", s.misses), ("extra", s.extras), ("attr", s.wrong)):
                for item in items:
                    out.print(f"    {kind:6s} {item}")
    e, r, f = (totals[k].prf for k in ("entities", "relations", "facts"))
    out.print(f"micro: entities P/R/F1 {e[0]:.3f}/{e[1]:.3f}/{e[2]:.3f}  relations P/R/F1 "
              f"{r[0]:.3f}/{r[1]:.3f}/{r[2]:.3f}  facts P/R/F1 {f[0]:.3f}/{f[1]:.3f}/{f[2]:.3f}")
    out.print(f"relation F1 {r[2]:.3f} fact F1 {f[2]:.3f}")


@app.command()
def schema(out_file: Annotated[Optional[Path], typer.Option("--out", "-o", help="Write the schema to this file.")] = None) -> None:
    """Print the JSON Schema of the Extraction model.

    Example: dealgraph schema --out extraction.schema.json
    """
    from graph.schema import Extraction
    text = json.dumps(Extraction.model_json_schema(), indent=2)
    if out_file:
        out_file.write_text(text + "\n", encoding="utf-8")
    else:
        sys.stdout.write(text + "\n")


GraphOption = Annotated[Path, typer.Option("--graph", "-g", help="The graph file written by 'dealgraph build'.")]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
DEFAULT_GRAPH = Path("out/graph.json")


@app.command()
def build(
    paths: Annotated[list[Path], typer.Argument(help="Article files or folders.")],
    out_dir: Annotated[Path, typer.Option("--out", "-o", help="Output folder: graph.json, map.html, cache.sqlite.")] = Path("out"),
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Extract in N parallel processes.")] = 1,
    no_map: Annotated[bool, typer.Option("--no-map", help="Do not write map.html.")] = False,
    kb: KbOption = None,
    lexicon: LexiconOption = None,
    as_json: JsonOption = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Build one graph from folders of articles, with an incremental extraction cache.

    Re-running on a grown folder extracts only new or changed articles.

    Example: dealgraph build data/articles --out out/ --jobs 2
    """
    from graph.corpus import build_from_paths
    from graph.io import write_json

    with Progress(TextColumn("Extracting"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                  console=err, disable=quiet or as_json, transient=True) as bar:
        task = bar.add_task("extract", total=None)
        G, report = build_from_paths(paths, out_dir, kb_files=tuple(kb or ()), lexicon_files=tuple(lexicon or ()),
                                     jobs=jobs, progress=lambda done, total: bar.update(task, completed=done, total=total))
    write_json(G, out_dir / "graph.json")
    written = [out_dir / "graph.json"]
    if not no_map:
        from graph.render import write_map
        write_map(G, out_dir / "map.html")
        written.append(out_dir / "map.html")
    summary = report.summary(G)
    if as_json:
        out.print_json(json.dumps({**summary, "skipped_files": [{"path": p, "reason": r} for p, r in report.skipped],
                                   "written": [str(w) for w in written]}))
    else:
        for path, reason in report.skipped:
            err.print(f"Skipped {path}: {reason}")
        if not quiet:
            out.print(f"Read {summary['articles']} articles ({summary['extracted']} extracted, "
                      f"{summary['from_cache']} from cache, {summary['skipped']} skipped): "
                      f"{summary['companies']} companies, {summary['chips']} chips, {summary['deals']} deals, "
                      f"{summary['relations']} relations.")
            out.print("Wrote " + ", ".join(map(str, written)))
    if report.skipped:
        raise typer.Exit(1 if summary["articles"] else 2)


query_app = typer.Typer(no_args_is_help=True, rich_markup_mode=None,
                        help="Ask the graph: who invested in whom, suppliers, chips, deals, connections.")
app.add_typer(query_app, name="query")


def _load(graph: Path):
    from graph.io import read_json
    return read_json(graph)


def _sources_text(row: dict) -> str:
    from graph.format import compact_amount
    lines = []
    for s in row["sources"]:
        extra = f" [{compact_amount(s['amount'])}]" if row.get("conflicting_amounts") and s.get("amount") else ""
        lines.append(f"“{s['sentence']}” — {s['article']} ({s['published'] or 'undated'}){extra}")
    return "\n".join(lines)


def _deal_table(rows: list[dict], who: str, title: str) -> Table:
    from graph.format import compact_amount, status_text
    table = Table(title=title, show_lines=True, title_justify="left")
    for col in (who.capitalize(), "Amount", "Status", "Date", "Evidence"):
        table.add_column(col, overflow="fold")
    for r in rows:
        table.add_row(r[f"{who}_name"], compact_amount(r["amount"]), status_text(r["status"]), r["date"] or "",
                      _sources_text(r))
    return table


def _show(rows, as_json: bool, table_fn) -> None:
    if as_json:
        out.print_json(json.dumps(rows, ensure_ascii=False))
    elif not rows:
        out.print("No results.")
    else:
        out.print(table_fn(rows))


@query_app.command("investors-of")
def q_investors_of(company: str, graph: GraphOption = DEFAULT_GRAPH, as_json: JsonOption = False) -> None:
    """Who invested in COMPANY, how much, when, says who.

    Example: dealgraph query investors-of OpenAI
    """
    from graph.queries import investors_of
    _show(investors_of(_load(graph), company), as_json, lambda r: _deal_table(r, "investor", f"Investors of {company}"))


@query_app.command("investments-by")
def q_investments_by(investor: str, graph: GraphOption = DEFAULT_GRAPH, as_json: JsonOption = False) -> None:
    """What INVESTOR invested in.

    Example: dealgraph query investments-by Nvidia
    """
    from graph.queries import investments_by
    _show(investments_by(_load(graph), investor), as_json, lambda r: _deal_table(r, "investee", f"Investments by {investor}"))


@query_app.command("suppliers-of")
def q_suppliers_of(company: str, kind: Annotated[Optional[str], typer.Option("--kind", help="compute or chips")] = None,
                   graph: GraphOption = DEFAULT_GRAPH, as_json: JsonOption = False) -> None:
    """Who supplies COMPANY with compute or chips.

    Example: dealgraph query suppliers-of OpenAI --kind compute
    """
    from graph.queries import suppliers_of
    if kind not in (None, "compute", "chips"):
        raise DealGraphError(f"--kind must be compute or chips, not {kind!r}")
    _show(suppliers_of(_load(graph), company, kind), as_json, lambda r: _deal_table(r, "supplier", f"Suppliers of {company}"))


@query_app.command("customers-of")
def q_customers_of(company: str, graph: GraphOption = DEFAULT_GRAPH, as_json: JsonOption = False) -> None:
    """Who buys compute or chips from COMPANY.

    Example: dealgraph query customers-of Nvidia
    """
    from graph.queries import customers_of
    _show(customers_of(_load(graph), company), as_json, lambda r: _deal_table(r, "customer", f"Customers of {company}"))


@query_app.command("chips-of")
def q_chips_of(company: str, graph: GraphOption = DEFAULT_GRAPH, as_json: JsonOption = False) -> None:
    """Chips COMPANY designs, makes or launches.

    Example: dealgraph query chips-of Nvidia
    """
    from graph.queries import chips_of

    def table(rows):
        t = Table(title=f"Chips of {company}", show_lines=True, title_justify="left")
        for col in ("Chip", "Date", "Evidence"):
            t.add_column(col, overflow="fold")
        for r in rows:
            t.add_row(r["chip_name"], r["date"] or "", "\n".join(f"“{e['sentence']}” — {e['article']}" for e in r["evidence"]))
        return t
    _show(chips_of(_load(graph), company), as_json, table)


@query_app.command("deals")
def q_deals(
    kind: Annotated[Optional[str], typer.Option(help="investment, acquisition, compute, chips, funding_round, share_sale, spending, valuation")] = None,
    status: Annotated[Optional[str], typer.Option(help="in_talks, expected, announced, completed, ended")] = None,
    since: Annotated[Optional[str], typer.Option(help="YYYY[-MM[-DD]]")] = None,
    until: Annotated[Optional[str], typer.Option(help="YYYY[-MM[-DD]]")] = None,
    min_amount: Annotated[Optional[float], typer.Option("--min-amount", help="e.g. 1e9")] = None,
    party: Annotated[Optional[str], typer.Option(help="A company taking part.")] = None,
    graph: GraphOption = DEFAULT_GRAPH, as_json: JsonOption = False,
) -> None:
    """Deals filtered by kind, status, dates, amount and party, largest first.

    Example: dealgraph query deals --kind investment --min-amount 1e9
    """
    from graph.format import compact_amount, status_text
    from graph.queries import deals

    def table(rows):
        t = Table(title="Deals", title_justify="left")
        for col in ("Deal", "Amount", "Status", "Date", "Sources"):
            t.add_column(col, overflow="fold")
        for r in rows:
            t.add_row(r["name"], compact_amount(r["amount"]), status_text(r["status"]), r["date"] or "", str(r["sources"]))
        return t
    _show(deals(_load(graph), kind=kind, status=status, since=since, until=until, min_amount=min_amount, party=party),
          as_json, table)


@query_app.command("timeline")
def q_timeline(company: str, graph: GraphOption = DEFAULT_GRAPH, as_json: JsonOption = False) -> None:
    """Every dated event of COMPANY, oldest first.

    Example: dealgraph query timeline Anthropic
    """
    from graph.format import compact_amount, status_text
    from graph.queries import timeline

    def table(rows):
        t = Table(title=f"Timeline of {company}", title_justify="left")
        for col in ("Date", "Event", "Amount", "Status"):
            t.add_column(col, overflow="fold")
        for r in rows:
            t.add_row(r["date"] or "undated", r["what"], compact_amount(r["amount"]), status_text(r["status"]))
        return t
    _show(timeline(_load(graph), company), as_json, table)


@query_app.command("connections")
def q_connections(a: str, b: str, max_hops: Annotated[int, typer.Option("--max-hops", min=1)] = 3,
                  graph: GraphOption = DEFAULT_GRAPH, as_json: JsonOption = False) -> None:
    """How two companies are connected, with the deals on the way.

    Example: dealgraph query connections Amazon Microsoft
    """
    from graph.format import compact_amount
    from graph.queries import connections
    paths = connections(_load(graph), a, b, max_hops)
    if as_json:
        out.print_json(json.dumps(paths, ensure_ascii=False))
        return
    if not paths:
        out.print(f"No connection within {max_hops} hops.")
    for path in paths:
        steps = []
        for step in path:
            facts = "; ".join(f"{f['head']} {f['relation']} {f['tail']}" + (f" {compact_amount(f['amount'])}" if f["amount"] else "")
                              for f in step["facts"])
            steps.append(f"{step['from']} —[{facts}]— {step['to']}")
        out.print("  then  ".join(steps))


@query_app.command("total-invested")
def q_total(investor: str, company: str, graph: GraphOption = DEFAULT_GRAPH, as_json: JsonOption = False) -> None:
    """The total INVESTOR put into COMPANY, as a range that respects qualifiers.

    Example: dealgraph query total-invested Amazon Anthropic
    """
    from graph.format import compact_money
    from graph.queries import total_invested
    t = total_invested(_load(graph), investor, company)
    if as_json:
        out.print_json(json.dumps(t))
        return
    low = compact_money(t["low"], t["currency"])
    high = compact_money(t["high"], t["currency"]) if t["high"] is not None else "unknown"
    approx = " (approximate)" if t["approximate"] else ""
    out.print(f"{investor} -> {company}: at least {low}, at most {high}{approx}, from {t['deals']} deals")


@query_app.command("circular")
def q_circular(graph: GraphOption = DEFAULT_GRAPH, as_json: JsonOption = False) -> None:
    """Pairs where money flows one way and compute or chips flow back.

    Example: dealgraph query circular
    """
    from graph.queries import circular_deals

    def table(rows):
        t = Table(title="Circular deals", title_justify="left")
        for col in ("Investor", "Invests in", "And supplies it with"):
            t.add_column(col)
        for r in rows:
            t.add_row(r["investor_name"], r["company_name"], ", ".join(r["supply"]))
        return t
    _show(circular_deals(_load(graph)), as_json, table)


@app.command()
def render(
    graph: Annotated[Path, typer.Argument(help="graph.json written by 'dealgraph build'.")],
    out_path: Annotated[Path, typer.Option("--out", "-o", help="The HTML file to write.")] = Path("out/map.html"),
    focus: Annotated[Optional[str], typer.Option(help="Only this company and its neighbourhood.")] = None,
    depth: Annotated[int, typer.Option(min=1, help="Hops around --focus.")] = 1,
    since: Annotated[Optional[str], typer.Option(help="Deals dated on or after YYYY[-MM[-DD]].")] = None,
    until: Annotated[Optional[str], typer.Option(help="Deals dated on or before YYYY[-MM[-DD]].")] = None,
    relations: Annotated[Optional[str], typer.Option(help="Comma-separated relations, e.g. invested_in,supplies_compute_to.")] = None,
    status: Annotated[Optional[str], typer.Option(help="Comma-separated statuses, e.g. announced,completed.")] = None,
    min_amount: Annotated[Optional[float], typer.Option("--min-amount", help="Only deals of at least this value, e.g. 1e9.")] = None,
    max_nodes: Annotated[Optional[int], typer.Option("--max-nodes", min=1, help="Keep the most connected nodes.")] = None,
    title: Annotated[str, typer.Option(help="Title shown on the map.")] = "dealgraph",
) -> None:
    """Draw the graph as one self-contained interactive HTML file (opens offline).

    Example: dealgraph render out/graph.json -o openai.html --focus OpenAI --depth 2
    """
    from graph.render import write_map

    path = write_map(_load(graph), out_path, focus=focus, depth=depth, since=since, until=until, relations=relations,
                     status=status, min_amount=min_amount, max_nodes=max_nodes, title=title)
    out.print(f"Wrote {path}")


@app.command("export")
def export_cmd(
    graph: Annotated[Path, typer.Argument(help="graph.json written by 'dealgraph build'.")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="graphml, gexf, csv or neo4j")] = "graphml",
    out_path: Annotated[Optional[Path], typer.Option("--out", "-o", help="File (graphml, gexf) or folder (csv, neo4j).")] = None,
) -> None:
    """Export the graph for Gephi (GEXF, GraphML), spreadsheets (CSV) or Neo4j.

    Example: dealgraph export out/graph.json --format neo4j --out out/neo4j
    """
    from graph.io import export
    if fmt not in ("graphml", "gexf", "csv", "neo4j"):
        raise DealGraphError(f"--format must be graphml, gexf, csv or neo4j, not {fmt!r}")
    target = out_path or graph.with_name({"graphml": "graph.graphml", "gexf": "graph.gexf"}.get(fmt, fmt))
    for path in export(_load(graph), fmt, target):
        out.print(f"Wrote {path}")


def _date_option(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise DealGraphError(f"--published must be YYYY-MM-DD, not {value!r}") from None


def main() -> None:
    try:
        code = app(standalone_mode=False)
    except DealGraphError as exc:
        err.print(f"Error: {exc}")
        sys.exit(2)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except typer.Abort:
        err.print("Aborted.")
        sys.exit(1)
    except Exception as exc:  # click usage errors
        import click
        if isinstance(exc, click.ClickException):
            exc.show()
            sys.exit(2)
        raise
    sys.exit(code if isinstance(code, int) else 0)

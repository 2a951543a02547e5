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

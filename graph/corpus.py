"""Building a graph from folders of articles: extraction cache, parallel workers, summary.

Extractions are cached in ``OUT/cache.sqlite``, keyed by the article's content hash
and the extractor version (which includes the KB and lexicon versions). The graph
is always built from the extractions of the articles present now, so a re-run on a
grown folder extracts only the new or changed articles and gives the same graph as
a build from scratch, and a removed article takes away the facts only it supported.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from extract.load import find_articles, read_article
from graph.build import build_graph
from graph.errors import DealGraphError
from graph.schema import Extraction

_worker = None


@dataclass
class BuildReport:
    read: int = 0
    extracted: int = 0
    cached: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)

    def summary(self, G: nx.MultiDiGraph) -> dict:
        types = [d.get("type") for _, d in G.nodes(data=True)]
        return {"articles": self.read, "extracted": self.extracted, "from_cache": self.cached,
                "skipped": len(self.skipped),
                "companies": types.count("Company"), "chips": types.count("Chip"),
                "deals": types.count("Deal"),
                "relations": sum(1 for *_, d in G.edges(data=True) if d.get("kind") == "relation")}


class ExtractionCache:
    """SQLite store of extractions by (content hash, extractor version)."""

    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(path)
        self.db.execute("CREATE TABLE IF NOT EXISTS extractions (hash TEXT, version TEXT, data TEXT, "
                        "PRIMARY KEY (hash, version))")

    def get(self, digest: str, version: str) -> Extraction | None:
        row = self.db.execute("SELECT data FROM extractions WHERE hash=? AND version=?", (digest, version)).fetchone()
        return Extraction.model_validate_json(row[0]) if row else None

    def put(self, digest: str, version: str, ex: Extraction) -> None:
        self.db.execute("INSERT OR REPLACE INTO extractions VALUES (?, ?, ?)", (digest, version, ex.model_dump_json()))

    def close(self) -> None:
        self.db.commit()
        self.db.close()


def _init_worker(kb_files, lexicon_files):
    global _worker
    from extract.kb import load_kb
    from extract.pipeline import Extractor
    _worker = Extractor(load_kb(tuple(kb_files)), tuple(lexicon_files))


def _extract_one(path: str) -> tuple[str, str | None, str | None]:
    try:
        return path, _worker.extract(read_article(Path(path))).model_dump_json(), None
    except DealGraphError as exc:
        return path, None, str(exc)


def _digest(path: Path) -> str:
    key = hashlib.sha256()
    key.update(path.name.encode() + b"\0")
    key.update(path.read_bytes())
    return key.hexdigest()


def collect_extractions(paths: list[Path], cache_path: Path | None, *, kb_files=(), lexicon_files=(),
                        jobs: int = 1, progress: Callable[[int, int], None] | None = None
                        ) -> tuple[list[Extraction], BuildReport]:
    """Extractions of every article under ``paths``, from the cache where possible."""
    from extract.kb import load_kb
    from extract.pipeline import Extractor

    extractor = Extractor(load_kb(tuple(kb_files)), tuple(lexicon_files))
    version = extractor.version
    report = BuildReport()
    files = list(find_articles(paths))
    cache = ExtractionCache(cache_path) if cache_path else None
    results: dict[str, Extraction] = {}
    todo: list[tuple[Path, str]] = []
    seen_names: dict[str, Path] = {}
    done = 0
    for path in files:
        if path.name in seen_names:
            report.skipped.append((str(path), f"same file name as {seen_names[path.name]}"))
            continue
        seen_names[path.name] = path
        try:
            digest = _digest(path)
        except OSError as exc:
            report.skipped.append((str(path), f"cannot read ({exc.strerror})"))
            continue
        hit = cache.get(digest, version) if cache else None
        if hit is not None:
            results[str(path)] = hit
            report.cached += 1
            done += 1
        else:
            todo.append((path, digest))
    total = done + len(todo)
    if progress:
        progress(done, total)
    digests = {str(p): d for p, d in todo}

    def record(path: str, data: str | None, error: str | None) -> None:
        nonlocal done
        done += 1
        if error:
            report.skipped.append((path, error.removeprefix(f"{path}: ")))
        else:
            ex = Extraction.model_validate_json(data)
            results[path] = ex
            report.extracted += 1
            if cache:
                cache.put(digests[path], version, ex)
        if progress:
            progress(done, total)

    if jobs > 1 and len(todo) > 1:
        with ProcessPoolExecutor(jobs, initializer=_init_worker,
                                 initargs=(tuple(map(str, kb_files)), tuple(map(str, lexicon_files)))) as pool:
            for item in pool.map(_extract_one, [str(p) for p, _ in todo], chunksize=8):
                record(*item)
    else:
        global _worker
        _worker = extractor
        for path, _ in todo:
            record(*_extract_one(str(path)))
    if cache:
        cache.close()
    report.read = len(results)
    return [results[k] for k in sorted(results)], report


def build_from_paths(paths: list[Path], out_dir: Path | None = None, **kwargs) -> tuple[nx.MultiDiGraph, BuildReport]:
    """Extract (with the cache in ``out_dir``) and build the graph of every article under ``paths``."""
    from extract.kb import load_kb

    cache = Path(out_dir) / "cache.sqlite" if out_dir else None
    extractions, report = collect_extractions(paths, cache, **kwargs)
    return build_graph(extractions, load_kb(tuple(kwargs.get("kb_files", ())))), report

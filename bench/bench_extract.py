"""Benchmark: extraction speed on real-length annotated articles, one process.

Usage: python bench/bench_extract.py [FOLDER ...] [--every N]      (default: tests/dev, every article)

Prints the time to the first article's facts (loading the lexicons, the KB and spaCy included),
then seconds per article by language, and how many relation patterns had to be compiled: a
pattern is compiled only once an article holds the words it needs.
"""

from __future__ import annotations

import argparse
import time
from collections import defaultdict
from pathlib import Path

from extract.load import read_article
from extract.pipeline import Extractor


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("folders", nargs="*", type=Path, default=[Path("tests/dev")])
    parser.add_argument("--every", type=int, default=1, help="read every N-th article only")
    args = parser.parse_args()
    paths = sorted(p for folder in args.folders for p in folder.glob("*.txt"))[::args.every]
    if not paths:
        raise SystemExit(f"no .txt articles in {', '.join(map(str, args.folders))}")
    t0 = time.perf_counter()
    extractor = Extractor()
    extractor.extract(read_article(paths[0]))
    print(f"first article: {time.perf_counter() - t0:.1f} s (start-up included)")
    seconds, chars = defaultdict(float), defaultdict(int)
    counts = defaultdict(int)
    for path in paths[1:]:
        article = read_article(path)
        t0 = time.perf_counter()
        extractor.extract(article)
        seconds[article.language] += time.perf_counter() - t0
        chars[article.language] += len(article.text)
        counts[article.language] += 1
    for language in sorted(counts):
        n = counts[language]
        print(f"{language}: {n} articles, {seconds[language] / n:.3f} s per article "
              f"({chars[language] / n:.0f} characters on average)")
    for language in sorted(counts):
        patterns = extractor.nlp(language).get_pipe("dealgraph_facts").patterns
        compiled = sum("rx" in vars(p) for p in patterns)  # (a compiled pattern caches its regex as ``rx``)
        print(f"{language}: {compiled} of {len(patterns)} relation patterns compiled")


if __name__ == "__main__":
    main()

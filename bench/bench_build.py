"""Benchmark: build time and peak memory for N articles, and an incremental run after +1 %.

Usage: python bench/bench_build.py [N ...] [--jobs J]      (default: 1000 10000, jobs 2)

Articles are generated from sentence templates in both languages with companies and
amounts drawn from the KB, so deals overlap across articles as in real news.
"""

from __future__ import annotations

import argparse
import random
import resource
import shutil
import tempfile
import time
from pathlib import Path

from extract.kb import load_kb
from graph.corpus import build_from_paths

TEMPLATES_EN = [
    "{a} has invested ${n} billion in {b}, the companies said on Monday.",
    "{b} signed a ${n} billion deal to buy computing capacity from {a} last month.",
    "{a} agreed to acquire {b} for about ${n} billion.",
    "{b} plans to buy chips from {a} under a multi-year agreement.",
    "{a}, a rival of {b}, is in talks to invest up to ${n} billion in {c}.",
]
TEMPLATES_VI = [
    "{a} đã đầu tư {n} tỷ USD vào {b}.",
    "Tháng trước, {b} ký thỏa thuận mua {n} tỷ USD năng lực điện toán từ {a}.",
    "{a} đang đàm phán mua lại {b} với giá khoảng {n} tỷ USD.",
    "{b} sử dụng chip của {a} cho trung tâm dữ liệu mới.",
]


def write_articles(folder: Path, start: int, count: int, names: list[str], seed: int = 7) -> None:
    rng = random.Random(seed + start)
    for i in range(start, start + count):
        vi = i % 2 == 1
        templates = TEMPLATES_VI if vi else TEMPLATES_EN
        month = 1 + i % 12
        lines = [f"date 2025-{month:02d}-{1 + i % 28:02d}", ""]
        for _ in range(6):
            a, b, c = rng.sample(names, 3)
            n = rng.choice([1, 2, 4, 5, 8, 10, 13, 38])
            lines.append(rng.choice(templates).format(a=a, b=b, c=c, n=n))
        (folder / f"{'vi' if vi else 'en'}-{i:06d}.txt").write_text("\n\n".join(lines) + "\n", encoding="utf-8")


def peak_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("sizes", nargs="*", type=int, default=[1000, 10000])
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    kb = load_kb()
    names = sorted(e.name for e in kb.entities.values() if e.type == "Company")[:120]
    for n in args.sizes:
        work = Path(tempfile.mkdtemp(prefix=f"dealgraph-bench-{n}-"))
        articles, out = work / "articles", work / "out"
        articles.mkdir()
        write_articles(articles, 0, n, names)
        t0 = time.perf_counter()
        G, report = build_from_paths([articles], out, jobs=args.jobs)
        full = time.perf_counter() - t0
        extra = max(1, n // 100)
        write_articles(articles, n, extra, names)
        t0 = time.perf_counter()
        G2, report2 = build_from_paths([articles], out, jobs=args.jobs)
        incremental = time.perf_counter() - t0
        print(f"{n} articles, jobs={args.jobs}: full build {full:.1f} s ({n / full:.0f} articles/s), "
              f"{G.number_of_nodes()} nodes, {G.number_of_edges()} edges; "
              f"+{extra} articles: incremental build {incremental:.1f} s ({report2.extracted} extracted, "
              f"{report2.cached} from cache); peak memory {peak_mb():.0f} MB")
        shutil.rmtree(work)


if __name__ == "__main__":
    main()

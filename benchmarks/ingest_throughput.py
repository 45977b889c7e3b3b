"""Ingest throughput and peak memory on a generated corpus (no coding).

    .venv/bin/python benchmarks/ingest_throughput.py --articles 10000

Ingests the generated corpus into a fresh SQLite file in-process, then runs again to
time the idempotent no-op. Prints a Markdown table row for docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from corpus import generate

from dyad import pipeline
from dyad.settings import Settings
from dyad.store import open_store


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus, db = Path(tmp) / "corpus", Path(tmp) / "bench.db"
        words = generate(corpus, args.articles)
        with open_store(db) as store:
            start = time.perf_counter()
            report = pipeline.run([str(corpus)], store, Settings(), code=False)
            first = time.perf_counter() - start
            start = time.perf_counter()
            again = pipeline.run([str(corpus)], store, Settings(), code=False)
            second = time.perf_counter() - start
        assert report.new == args.articles and not report.rejections, report
        assert again.new == 0 and again.unchanged == args.articles
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"articles: {args.articles}, words: {words}")
    print("| articles | first run s | articles/s | re-run s | peak RSS MB |")
    print("|---:|---:|---:|---:|---:|")
    print(
        f"| {args.articles} | {first:.1f} | {args.articles / first:.0f} | {second:.2f} "
        f"| {peak_mb:.0f} |"
    )


if __name__ == "__main__":
    main()

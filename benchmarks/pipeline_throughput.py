"""Full pipeline throughput: ingest -> annotate -> resolve -> extract -> store, one core.

    .venv/bin/python benchmarks/pipeline_throughput.py --articles 10000

Generates the corpus of benchmarks/corpus.py, runs dyad's pipeline into a fresh SQLite
file, and prints Markdown for docs/benchmarks.md: articles/s, words/s and peak memory.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")  # one core: the figure is per core
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
            report = pipeline.run([str(corpus)], store, Settings())
            elapsed = time.perf_counter() - start
            events = sum(1 for _ in store.event_mentions())
        assert report.coded == args.articles and not report.rejections, report
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print("| articles | words | event mentions | seconds | articles/s | words/s | peak RSS MB |")
    print("|---:|---:|---:|---:|---:|---:|---:|")
    print(
        f"| {args.articles} | {words} | {events} | {elapsed:.0f} | {args.articles / elapsed:.1f} "
        f"| {words / elapsed:,.0f} | {peak_mb:.0f} |"
    )


if __name__ == "__main__":
    main()

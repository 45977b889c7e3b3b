"""Incremental merging inside the store: a first merge of N stored mentions, then a
small batch of new articles merged into it.

    .venv/bin/python benchmarks/merge_incremental.py --mentions 100000 --new 100

The mentions are merge_scale.py's synthetic ones, ten per article, saved through the
store as `dyad run` saves them. The batch adds reports of existing events and new events;
only the blocks (type + states) the batch touches are read back and re-clustered.
Prints Markdown for docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import gc
import os
import resource
import tempfile
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

from merge_scale import synthetic

from dyad import records
from dyad.models import Article, Resolution, SourceRef
from dyad.pipeline import merge_events
from dyad.store import open_store

PER_ARTICLE = 10


def save(store, mentions, first: int) -> None:
    for n in range(0, len(mentions), PER_ARTICLE):
        article_id = f"a_{first + n // PER_ARTICLE:016d}"
        batch = [
            replace(m, evidence=replace(m.evidence, article_id=article_id))
            for m in mentions[n : n + PER_ARTICLE]
        ]
        store.add_article(
            Article(article_id, f"story {article_id}", published=date(2023, 1, 1)),
            SourceRef(f"bench/{article_id}.txt"),
        )
        store.save_coding(article_id, "bench", Resolution(article_id, (), ()), batch)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mentions", type=int, default=100_000)
    parser.add_argument("--new", type=int, default=100, help="mentions in the new batch")
    args = parser.parse_args()
    pool = synthetic(args.mentions + args.new)
    old, new = pool[: args.mentions], pool[args.mentions :]
    count, blocks_before = len(old), len({(m.event_type, m.countries) for m in old})
    spent = {"records": 0.0}

    def timed_records(*a, fn=records.after_merge, **k):  # type: ignore[no-untyped-def]
        start = time.perf_counter()
        try:
            return fn(*a, **k)
        finally:
            spent["records"] += time.perf_counter() - start

    records.after_merge = timed_records
    with tempfile.TemporaryDirectory() as tmp, open_store(Path(tmp) / "bench.db") as store:
        start = time.perf_counter()
        save(store, old, 0)
        saved = time.perf_counter() - start
        del pool, old  # the peak below is the merge's, not the generator's
        gc.collect()
        rss_saved = _rss_mb()
        start = time.perf_counter()
        events = merge_events(store)
        first = time.perf_counter() - start
        first_records = spent["records"]
        rss_merged = _rss_mb()
        save(store, new, count // PER_ARTICLE + 1)
        touched = len(store.dirty_blocks())
        start = time.perf_counter()
        after = merge_events(store)
        again = time.perf_counter() - start
    print("| step | mentions | blocks read | events after | seconds |")
    print("|---|---:|---:|---:|---:|")
    print(f"| save (not merge) | {count:,} | | | {saved:.1f} |")
    print(f"| first merge | {count:,} | {blocks_before:,} | {events:,} | {first:.1f} "
          f"(records {first_records:.1f}) |")  # fmt: skip
    print(f"| merge of a new batch | {len(new):,} | {touched:,} | {after:,} | {again:.2f} "
          f"(records {spent['records'] - first_records:.2f}) |")  # fmt: skip
    print(f"peak RSS: {rss_saved:.0f} MB after saving the mentions (generator freed), "
          f"{rss_merged:.0f} MB after the first merge, {_rss_mb():.0f} MB at the end; "
          f"load average {os.getloadavg()[0]:.1f}")  # fmt: skip


def _rss_mb() -> float:
    """Peak resident memory of this process so far."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


if __name__ == "__main__":
    main()

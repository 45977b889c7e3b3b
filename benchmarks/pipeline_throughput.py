"""Full pipeline throughput: ingest -> annotate -> resolve -> extract -> store, one core.

    .venv/bin/python benchmarks/pipeline_throughput.py --articles 10000

Generates the corpus of benchmarks/corpus.py, runs dyad's pipeline into a fresh SQLite
file, and prints Markdown for docs/benchmarks.md: articles/s, words/s and peak memory,
then the CPU time (process_time, which other processes on the machine barely change) of
each stage inside that same run. The stages are timed by wrapping the pipeline's own
functions in this process only; the code run is the code `dyad run` runs.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

os.environ.setdefault("OMP_NUM_THREADS", "1")  # one core: the figure is per core
sys.path.insert(0, str(Path(__file__).parent))
from corpus import generate

from dyad import pipeline, records
from dyad.settings import Settings
from dyad.store import open_store

STAGES = ("ingest", "store articles", "annotate (spaCy)", "resolve actors", "extract events",
          "store coding", "near-duplicates", "merge", "records")  # fmt: skip


class Clock:
    """CPU seconds per stage; a stage's time excludes the stages timed inside it."""

    def __init__(self) -> None:
        self.cpu = dict.fromkeys(STAGES, 0.0)
        self._stack: list[str] = []
        self._since = time.process_time()

    def _switch(self, stage: str | None) -> None:
        now = time.process_time()
        if self._stack:
            self.cpu[self._stack[-1]] += now - self._since
        self._since = now
        if stage is None:
            self._stack.pop()
        else:
            self._stack.append(stage)

    def call(self, stage: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            self._switch(stage)
            try:
                return fn(*args, **kwargs)
            finally:
                self._switch(None)

        return timed

    def iterate(self, stage: str, items: Iterable[Any]) -> Iterator[Any]:
        it = iter(items)
        while True:
            self._switch(stage)
            try:
                item = next(it)
            except StopIteration:
                return
            finally:
                self._switch(None)
            yield item


def instrument(clock: Clock, store: Any) -> None:
    """Wrap the pipeline's stages (in this process) so that ``clock`` times each."""
    store.add_article = clock.call("store articles", store.add_article)
    store.record_input = clock.call("store articles", store.record_input)
    store.save_coding = clock.call("store coding", store.save_coding)
    pipeline._ingest_one = clock.call("ingest", pipeline._ingest_one)
    pipeline.link_copies = clock.call("near-duplicates", pipeline.link_copies)
    pipeline.merge_events = clock.call("merge", pipeline.merge_events)
    records.after_merge = clock.call("records", records.after_merge)

    class TimedCoder(pipeline.Coder):
        def code(self, articles):  # type: ignore[no-untyped-def]
            self.resolver = clock.call("resolve actors", self.resolver)
            self.extractor = clock.call("extract events", self.extractor)
            self.annotator.annotate_many = lambda items, f=self.annotator.annotate_many: (
                clock.iterate("annotate (spaCy)", f(items))
            )
            return super().code(articles)

    pipeline.Coder = TimedCoder  # type: ignore[misc]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    args = parser.parse_args()
    clock = Clock()
    with tempfile.TemporaryDirectory() as tmp:
        corpus, db = Path(tmp) / "corpus", Path(tmp) / "bench.db"
        words = generate(corpus, args.articles)
        with open_store(db) as store:
            instrument(clock, store)
            load = os.getloadavg()[0]
            start, cpu = time.perf_counter(), time.process_time()
            report = pipeline.run([str(corpus)], store, Settings())
            elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
            load = (load + os.getloadavg()[0]) / 2
            events = sum(1 for _ in store.event_mentions())
        assert report.coded == args.articles and not report.rejections, report
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print("| articles | words | event mentions | seconds | articles/s | words/s | CPU s "
          "| CPU articles/s | peak RSS MB | load |")  # fmt: skip
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    print(
        f"| {args.articles} | {words:,} | {events:,} | {elapsed:.0f} "
        f"| {args.articles / elapsed:.1f} | {words / elapsed:,.0f} | {cpu:.0f} "
        f"| {args.articles / cpu:.1f} | {peak_mb:.0f} | {load:.1f} |"
    )
    print("\n| stage | CPU s | ms per article | share |")
    print("|---|---:|---:|---:|")
    for stage in STAGES:
        t = clock.cpu[stage]
        print(f"| {stage} | {t:.1f} | {1000 * t / args.articles:.2f} | {t / cpu:.0%} |")
    other = cpu - sum(clock.cpu.values())
    print(f"| other (loading spaCy, queries) | {other:.1f} | "
          f"{1000 * other / args.articles:.2f} | {other / cpu:.0%} |")  # fmt: skip


if __name__ == "__main__":
    main()

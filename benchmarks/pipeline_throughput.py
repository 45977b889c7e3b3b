"""Full pipeline throughput: ingest -> annotate -> resolve -> extract -> store.

    .venv/bin/python benchmarks/pipeline_throughput.py --articles 10000
    .venv/bin/python benchmarks/pipeline_throughput.py --articles 2000 --workers 1 2

Generates the corpus of benchmarks/corpus.py, runs dyad's pipeline into a fresh SQLite
file once per --workers value (back to back, on the same corpus), and prints Markdown for
docs/benchmarks.md: articles/s, words/s, CPU time (this process and its worker processes)
and peak memory (the largest sum of the RSS of this process and its children, sampled
every 0.2 s), with the load average. For one worker it then prints the CPU time
(process_time, which other processes on the machine barely change) of each stage inside
that run; the stages are timed by wrapping the pipeline's own functions in this process
only (with workers, coding happens elsewhere); the code run is the code `dyad run` runs.
--spacy-processes N instead hands spaCy's own nlp.pipe(n_process=N) the parsing of one
process, for comparison.
"""

from __future__ import annotations

import argparse
import functools
import os
import resource
import sys
import tempfile
import threading
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


class Memory:
    """The peak of this process's RSS plus its children's, sampled from /proc."""

    def __init__(self, every: float = 0.2) -> None:
        self.peak_kb = 0
        self._every = every
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def __enter__(self) -> Memory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _sample(self) -> None:
        while not self._stop.wait(self._every):
            pids = [os.getpid(), *_children(os.getpid())]
            self.peak_kb = max(self.peak_kb, sum(_rss_kb(pid) for pid in pids))


def _children(parent: int) -> list[int]:
    found = []
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                stat = Path(entry.path, "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == parent:  # field 4: ppid
                found.append(int(entry.name))
    return found


def _rss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _cpu() -> float:
    """CPU seconds of this process and of its children that have exited (the workers)."""
    child = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + child.ru_utime + child.ru_stime


def instrument(clock: Clock, store: Any, spacy_processes: int = 1) -> None:
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
            if spacy_processes > 1:
                nlp = self.annotator._nlp
                nlp.pipe = functools.partial(nlp.pipe, n_process=spacy_processes)
            return super().code(articles)

    pipeline.Coder = TimedCoder  # type: ignore[misc]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1],
                        help="one run per value, back to back (dyad run --workers)")  # fmt: skip
    parser.add_argument("--spacy-processes", type=int, default=1,
                        help="spaCy's nlp.pipe(n_process=N) in a one-worker run")  # fmt: skip
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        words = generate(corpus, args.articles)
        print("| workers | articles | words | event mentions | seconds | articles/s | words/s "
              "| CPU s | CPU articles/s | peak RSS MB (all processes) | load |")  # fmt: skip
        print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        clocks = []
        for n, workers in enumerate(args.workers):
            clock = Clock()
            row = measure(corpus, Path(tmp) / f"bench{n}.db", workers, args, clock)
            label = (
                f"{workers}"
                if args.spacy_processes == 1
                else (f"1, spaCy n_process={args.spacy_processes}")
            )
            print(f"| {label} | {args.articles} | {words:,} | {row['events']:,} "
                  f"| {row['elapsed']:.0f} "
                  f"| {args.articles / row['elapsed']:.1f} | {words / row['elapsed']:,.0f} "
                  f"| {row['cpu']:.0f} | {args.articles / row['cpu']:.1f} "
                  f"| {row['peak_mb']:.0f} | {row['load']:.1f} |", flush=True)  # fmt: skip
            clocks.append((workers, clock, row["cpu"]))
    for workers, clock, cpu in clocks:
        if workers == 1:
            print_stages(clock, cpu, args.articles)


def measure(corpus: Path, db: Path, workers: int, args: Any, clock: Clock) -> dict[str, Any]:
    """One run of the pipeline into a fresh database: its figures."""
    saved = (pipeline._ingest_one, pipeline.link_copies, pipeline.merge_events,
             pipeline.Coder, records.after_merge)  # fmt: skip
    try:
        return _measure(corpus, db, workers, args, clock)
    finally:  # unwrap, so that the next run's clock alone times the next run
        (pipeline._ingest_one, pipeline.link_copies, pipeline.merge_events,
         pipeline.Coder, records.after_merge) = saved  # fmt: skip


def _measure(corpus: Path, db: Path, workers: int, args: Any, clock: Clock) -> dict[str, Any]:
    with open_store(db) as store, Memory() as memory:
        instrument(clock, store, args.spacy_processes)
        load = os.getloadavg()[0]
        start, cpu = time.perf_counter(), _cpu()
        report = pipeline.run([str(corpus)], store, Settings(), workers=workers)
        elapsed, cpu = time.perf_counter() - start, _cpu() - cpu
        load = (load + os.getloadavg()[0]) / 2
        events = sum(1 for _ in store.event_mentions())
    assert report.coded == args.articles and not report.rejections, report
    own_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    peak = max(memory.peak_kb / 1024, own_mb)
    return {"elapsed": elapsed, "cpu": cpu, "load": load, "events": events, "peak_mb": peak}


def print_stages(clock: Clock, cpu: float, articles: int) -> None:
    print("\n| stage (one worker) | CPU s | ms per article | share |")
    print("|---|---:|---:|---:|")
    for stage in STAGES:
        t = clock.cpu[stage]
        print(f"| {stage} | {t:.1f} | {1000 * t / articles:.2f} | {t / cpu:.0%} |")
    other = cpu - sum(clock.cpu.values())
    print(f"| other (loading spaCy, queries) | {other:.1f} | "
          f"{1000 * other / articles:.2f} | {other / cpu:.0%} |")  # fmt: skip


if __name__ == "__main__":
    main()

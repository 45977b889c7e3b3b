"""Coding throughput: annotate (spaCy) alone, + actor resolution, + event extraction.

    .venv/bin/python benchmarks/code_throughput.py --articles 1000
    .venv/bin/python benchmarks/code_throughput.py --articles 10000 --full

Times each stage on one core over generated articles, so the cost resolution and
extraction add to the spaCy pass is visible. With --full, also times the whole
pipeline (ingest -> store -> code -> store) into a fresh SQLite file.
Prints Markdown for docs/benchmarks.md.
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
from dyad.actors.resolve import Resolver
from dyad.annotate import Annotator
from dyad.events.extract import Extractor
from dyad.ingest import discover, read_articles
from dyad.models import Article, Rejection
from dyad.settings import Settings
from dyad.store import open_store


def load(folder: Path) -> list[Article]:
    settings = Settings()
    inputs = [i for i in discover([str(folder)]) if not isinstance(i, Rejection)]
    return [a for inp in inputs for a in read_articles(inp, settings)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--full", action="store_true", help="also time the whole pipeline")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        generate(corpus, args.articles)
        articles = load(corpus)
        words = sum(len(a.text.split()) for a in articles)
        annotator, resolver = Annotator(), Resolver()
        extractor = Extractor(kb=resolver.kb)
        list(annotator.annotate_many(articles[:20]))  # warm up

        start = time.perf_counter()
        annotations = [ann for _, ann in annotator.annotate_many(articles)]
        t_annotate = time.perf_counter() - start
        start = time.perf_counter()
        resolutions = [resolver(a, ann) for a, ann in zip(articles, annotations, strict=True)]
        t_resolve = time.perf_counter() - start
        start = time.perf_counter()
        events = sum(
            len(extractor(a, ann, res))
            for a, ann, res in zip(articles, annotations, resolutions, strict=True)
        )
        t_extract = time.perf_counter() - start
        del annotations, resolutions

        print(f"articles: {len(articles)}, words: {words}, events: {events}")
        print("| stage | seconds | words/s | articles/s | share of spaCy time |")
        print("|---|---:|---:|---:|---:|")
        for name, t in (("annotate (spaCy)", t_annotate), ("resolve actors", t_resolve),
                        ("extract events", t_extract)):  # fmt: skip
            print(f"| {name} | {t:.1f} | {words / t:,.0f} | {len(articles) / t:.1f} "
                  f"| {t / t_annotate:.0%} |")  # fmt: skip

        if args.full:
            db = Path(tmp) / "bench.db"
            with open_store(db) as store:
                start = time.perf_counter()
                report = pipeline.run([str(corpus)], store, Settings())
                t_full = time.perf_counter() - start
            assert report.coded == len(articles), report
            rate = len(articles) / t_full
            print(f"\nfull pipeline (ingest + code + store): {len(articles)} articles in "
                  f"{t_full:.0f} s = {rate:.1f} articles/s on one core")  # fmt: skip
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS: {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()

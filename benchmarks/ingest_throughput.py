"""Ingest throughput and peak memory on a generated corpus.

    .venv/bin/python benchmarks/ingest_throughput.py --articles 10000

Writes the corpus to a temporary folder (90% plain-text files, 10% as JSONL
records), ingests it into a fresh SQLite file in-process, then runs again to
time the idempotent no-op. Prints a Markdown table row for docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import tempfile
import time
from pathlib import Path

from dyad import pipeline
from dyad.settings import Settings
from dyad.store import open_store

STATES = ["Kenya", "Chile", "Norway", "Vietnam", "Ghana", "Peru", "Oman", "Nepal", "Japan",
          "Brazil", "Egypt", "Poland", "Mexico", "India", "Turkey", "Kazakhstan"]  # fmt: skip
VERBS = ["met", "held talks with", "spoke by telephone with", "hosted", "signed an accord with",
         "criticised", "thanked", "urged", "pledged support to"]  # fmt: skip
TOPICS = ["trade", "energy", "water security", "fisheries", "vaccines", "border crossings",
          "climate finance", "rail links", "grain exports", "counter-terrorism"]  # fmt: skip
JUNK = ["0", "433", "News Desk", "Share this article", "08:54, June 29, 2021"]


def story(rng: random.Random, n: int) -> tuple[str, str, str]:
    a, b = rng.sample(STATES, 2)
    day = f"2023-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    lead = (
        f"{a.upper()}, March {rng.randint(1, 28)} (Harbour Daily) -- The foreign minister "
        f"of {a} {rng.choice(VERBS)} his counterpart from {b} on Monday, story {n}."
    )
    paras = [lead]
    for _ in range(rng.randint(8, 14)):
        paras.append(
            f"The two sides discussed {rng.choice(TOPICS)} and {rng.choice(TOPICS)}, and "
            f"officials from {rng.choice(STATES)} said {a} {rng.choice(VERBS)} {b} "
            f"over {rng.choice(TOPICS)} in the past year."
        )
        if rng.random() < 0.1:
            paras.append(rng.choice(JUNK))
    return day, f"{a} and {b} hold talks", "\n\n".join(paras)


def generate(folder: Path, count: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    records = []
    for n in range(count):
        day, title, text = story(rng, n)
        if n % 10 == 9:
            records.append({"text": text, "title": title, "date": day, "outlet": "Sahel Post"})
            continue
        sub = folder / f"part{n % 50:02d}"
        sub.mkdir(exist_ok=True)
        (sub / f"{n:06d}.txt").write_text(f" date {day} {title}\n\n{text}\n")
    (folder / "records.jsonl").write_text("\n".join(json.dumps(r) for r in records) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus, db = Path(tmp) / "corpus", Path(tmp) / "bench.db"
        corpus.mkdir()
        generate(corpus, args.articles)
        words = sum(len(p.read_text().split()) for p in corpus.rglob("*.txt"))
        with open_store(db) as store:
            start = time.perf_counter()
            report = pipeline.run([str(corpus)], store, Settings())
            first = time.perf_counter() - start
            start = time.perf_counter()
            again = pipeline.run([str(corpus)], store, Settings())
            second = time.perf_counter() - start
        assert report.new == args.articles and not report.rejections, report
        assert again.new == 0 and again.unchanged == args.articles
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"articles: {args.articles}, words in text files: {words}")
    print("| articles | first run s | articles/s | re-run s | peak RSS MB |")
    print("|---:|---:|---:|---:|---:|")
    print(f"| {args.articles} | {first:.1f} | {args.articles / first:.0f} | {second:.2f} "
          f"| {peak_mb:.0f} |")  # fmt: skip


if __name__ == "__main__":
    main()

"""A generated corpus for the throughput benchmarks: wire-style stories about invented talks.

Deterministic for a seed; 90% plain-text files with a date header, 10% JSONL records.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

STATES = ["Kenya", "Chile", "Norway", "Vietnam", "Ghana", "Peru", "Oman", "Nepal", "Japan",
          "Brazil", "Egypt", "Poland", "Mexico", "India", "Turkey", "Kazakhstan"]  # fmt: skip
VERBS = ["met", "held talks with", "spoke by telephone with", "hosted", "signed an accord with",
         "criticised", "thanked", "urged", "pledged support to"]  # fmt: skip
TOPICS = ["trade", "energy", "water security", "fisheries", "vaccines", "border crossings",
          "climate finance", "rail links", "grain exports", "counter-terrorism"]  # fmt: skip
JUNK = ["0", "433", "News Desk", "Share this article", "08:54, June 29, 2021"]


def story(rng: random.Random, n: int) -> tuple[str, str, str]:
    """(date, title, text) of story ``n``: about 250 words in 8-14 paragraphs."""
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


def generate(folder: Path, count: int, seed: int = 7) -> int:
    """Write ``count`` stories under ``folder``; returns the number of words written."""
    rng = random.Random(seed)
    records, words = [], 0
    for n in range(count):
        day, title, text = story(rng, n)
        words += len(text.split())
        if n % 10 == 9:
            records.append({"text": text, "title": title, "date": day, "outlet": "Sahel Post"})
            continue
        sub = folder / f"part{n % 50:02d}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"{n:06d}.txt").write_text(f" date {day} {title}\n\n{text}\n")
    if records:
        (folder / "records.jsonl").write_text("\n".join(json.dumps(r) for r in records) + "\n")
    return words

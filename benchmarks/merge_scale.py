"""Merge time as the number of event mentions grows (the clustering itself, in memory).

    .venv/bin/python benchmarks/merge_scale.py --sizes 10000 100000 1000000

Synthetic mentions: random types and pairs among 60 states over three years, and about
a third of them restatements of another mention (same type, pair and day, another
article). Times cluster() + assign_ids(); prints Markdown for docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import random
import resource
import time
from datetime import date, timedelta

from dyad.merge import assign_ids, cluster
from dyad.models import Actor, EventMention, Evidence, Span

TYPES = ["CONSULT", "AGREE", "SUPPORT", "ACCUSE", "SANCTION", "REQUEST", "AID", "REJECT"]


def synthetic(n: int, seed: int = 3) -> list[EventMention]:
    rng = random.Random(seed)
    states = [Actor(f"state:S{i:02d}", f"S{i:02d}", "state", f"S{i:02d}") for i in range(60)]
    start = date(2020, 1, 1)
    out: list[EventMention] = []
    for k in range(n):
        if out and rng.random() < 0.33:  # another outlet's report of an earlier mention
            base = rng.choice(out[-1000:])
            a, b, kind, day = base.actors[0], base.recipients[0], base.event_type, base.date
        else:
            a, b = rng.sample(states, 2)
            kind, day = rng.choice(TYPES), start + timedelta(days=rng.randrange(1095))
        out.append(
            EventMention(
                id=f"m_{k:016d}",
                event_type=kind,
                actors=(a,),
                recipients=(b,),
                evidence=Evidence(f"a{k}", 0, 0, 1, ""),
                trigger=Span(0, 1),
                date=day,
                date_precision="day",
                date_basis="sentence",
            )
        )
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    args = parser.parse_args()
    print("| mentions | events | seconds | mentions/s |")
    print("|---:|---:|---:|---:|")
    for n in args.sizes:
        mentions = synthetic(n)
        published: dict[str, date | None] = {}
        start = time.perf_counter()
        groups = cluster(mentions, published)
        assign_ids(groups, {}, {})
        elapsed = time.perf_counter() - start
        print(f"| {n} | {len(groups)} | {elapsed:.1f} | {n / elapsed:,.0f} |", flush=True)
    print(f"peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()

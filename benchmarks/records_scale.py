"""The stored event records at scale: how long rebuilding them after a merge takes, and how
fast the queries behind the REST API answer, as the number of mentions grows.

    .venv/bin/python benchmarks/records_scale.py --sizes 10000 100000

Synthetic articles (ten mentions each, real ISO3 codes, three years, a third of the
mentions restating another) go into a fresh SQLite file; then ``merge_events`` (which
rebuilds every record), a relabel and a split (which rebuild only what they touch), and
the queries: a filtered page, one event with its comparison, the monthly timeline, the
network, the map. Prints Markdown for docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from dyad import query
from dyad.actors.kb import load_kb
from dyad.analysis import network_counts
from dyad.corrections import correct
from dyad.ingest import article_id
from dyad.models import Actor, Article, EventMention, Evidence, Resolution, SourceRef, Span
from dyad.pipeline import merge_events
from dyad.records import refresh
from dyad.store import open_store

TYPES = ["CONSULT", "AGREE", "SUPPORT", "ACCUSE", "SANCTION", "REQUEST", "AID", "REJECT"]
PER_ARTICLE = 10


def build(path: Path, n: int, seed: int = 5) -> None:
    rng = random.Random(seed)
    kb = load_kb()
    states = [Actor(f"state:{s.iso3}", s.name, "state", s.iso3, s.cow, "GOV") for s in kb.states]
    states_by = {a.country: a for a in states}
    states = [*[s for s in states if s.country != "USA"][:59], states_by["USA"]]
    start = date(2020, 1, 1)
    made: list[tuple] = []
    with open_store(path) as store:
        for a in range(0, n, PER_ARTICLE):
            # distinct words, so that no two stories look like syndicated copies
            text = " ".join(f"w{rng.randrange(10**9)}" for _ in range(120))
            art = Article(id=article_id(text), text=text, outlet=f"Outlet {a % 17}",
                          published=start + timedelta(days=a % 1095))  # fmt: skip
            store.add_article(art, SourceRef(f"synthetic/{a}.txt"))
            mentions = []
            for k in range(min(PER_ARTICLE, n - a)):
                if made and rng.random() < 0.33:
                    x, y, kind, day = rng.choice(made[-500:])
                else:
                    x, y = rng.sample(states, 2)
                    kind, day = rng.choice(TYPES), start + timedelta(days=rng.randrange(1095))
                    made.append((x, y, kind, day))
                mention = EventMention(
                    id=f"m_{a + k:016d}", event_type=kind, actors=(x,), recipients=(y,),
                    evidence=Evidence(art.id, k, 0, 10, f"Sentence {k} about talks."),
                    trigger=Span(0, 1), date=day, date_precision="day",
                    date_basis="sentence", goldstein=1.0, quad_class=1,
                )  # fmt: skip
                mentions.append(mention)
            store.save_coding(art.id, "bench", Resolution(art.id, (), ()), mentions)


def timed(fn: Callable[[], object], repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    args = parser.parse_args()
    print("| mentions | events | merge + records | records alone | relabel | split | "
          "page (country+type) | event detail | timeline | network | map |")  # fmt: skip
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for n in args.sizes:
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "bench.db"
            build(path, n)
            with open_store(path) as store:
                start = time.perf_counter()
                events = merge_events(store)
                merged = time.perf_counter() - start
                alone = timed(lambda store=store: refresh(store), repeat=1)
                where = query.event_filter(country="USA", type="CONSULT")
                page = timed(lambda store=store, w=where: query.event_page(store, w))
                first = query.event_page(store, where, limit=1)["events"][0]
                detail = timed(lambda s=store, e=first["id"]: query.event_detail(s, e))
                line = timed(lambda s=store: query.timeline(s, query.event_filter()))
                net = timed(lambda s=store: network_counts(s, query.event_filter()))
                world = timed(lambda s=store: query.country_map(s, query.event_filter()))
                relabel = timed(
                    lambda s=store, e=first["id"]: correct(
                        s, e, "relabel", changes={"mode": "phone"}, who="b", why="bench"
                    ),
                    repeat=1,
                )
                multi = next(r for r in query.iter_records(store) if len(r["mentions"]) > 1)
                split = timed(
                    lambda s=store, r=multi: correct(
                        s, r["id"], "split", mention_ids=[r["mentions"][-1]["mention_id"]],
                        who="b", why="bench",
                    ),
                    repeat=1,
                )  # fmt: skip
            ms = [f"{t * 1000:.0f} ms" for t in (page, detail, line, net, world)]
            print(f"| {n:,} | {events:,} | {merged:.1f} s | {alone:.1f} s | {relabel:.2f} s | "
                  f"{split:.2f} s | " + " | ".join(ms) + " |")  # fmt: skip


if __name__ == "__main__":
    main()

"""PLV: how many PLOVER-labelled source/target pairs dyad codes with the gold type.

    .venv/bin/python benchmarks/plv.py [--data ../shared/benchmarks/plv/PLV_train.tsv]

Each sentence of the PLV train split (Hu et al., ACL 2024; read from ../shared, never
copied into the project) is coded end to end as a one-sentence article. A labelled
pair counts as coded when dyad produces an event of the gold type whose actors cover
the source phrase and whose recipients (or, for joint events, other actors) cover the
target phrase. PLV merges PLOVER's CONCEDE and RETREAT into YIELD.

Prints overall shares, the share per class, and how many events dyad produced that
are of no gold type for their sentence.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter, defaultdict
from pathlib import Path

from dyad.models import Actor, Article, EventMention
from dyad.pipeline import Coder

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "plv" / "PLV_train.tsv"
YIELD = {"CONCEDE", "RETREAT"}


def same_type(event_type: str, gold: str) -> bool:
    return event_type == gold or (gold == "YIELD" and event_type in YIELD)


def covers(actors: tuple[Actor, ...], sentence: str, phrase: str) -> bool:
    """Some actor's mention overlaps where ``phrase`` is written in the sentence."""
    start = sentence.find(phrase)
    if start < 0:
        start = sentence.lower().find(phrase.lower())
    if start < 0:
        return False
    end = start + len(phrase)
    return any(s.start < end and start < s.end for a in actors for s in a.mentions)


def pair_coded(m: EventMention, sentence: str, source: str, target: str) -> bool:
    if covers(m.actors, sentence, source):
        return covers(m.recipients, sentence, target) or (
            not m.recipients and covers(m.actors, sentence, target)
        )
    return False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT)
    parser.add_argument("--show", type=int, default=0, help="print this many misses")
    args = parser.parse_args()
    if not args.data.is_file():
        sys.exit(f"PLV data not found at {args.data}")
    with args.data.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    sentences = sorted({r["sentence"] for r in rows})
    articles = [Article(id=f"plv{n}", text=s) for n, s in enumerate(sentences)]
    coded = {a.text: events for a, _, events in Coder().code(articles)}

    per_class: dict[str, Counter[str]] = defaultdict(Counter)
    misses = []
    for r in rows:
        gold, sentence = r["gold_root"], r["sentence"]
        events = coded[sentence]
        typed = [m for m in events if same_type(m.event_type, gold)]
        hit = any(pair_coded(m, sentence, r["source"], r["target"]) for m in typed)
        per_class[gold]["rows"] += 1
        per_class[gold]["type"] += bool(typed)
        per_class[gold]["pair"] += hit
        if not hit:
            misses.append((gold, r["source"], r["target"], sentence,
                           [m.event_type for m in events]))  # fmt: skip
    gold_types = defaultdict(set)
    for r in rows:
        gold_types[r["sentence"]].add(r["gold_root"])
    produced = sum(len(v) for v in coded.values())
    stray = sum(
        1
        for s, events in coded.items()
        for m in events
        if not any(same_type(m.event_type, g) for g in gold_types[s])
    )
    total = len(rows)
    pair = sum(c["pair"] for c in per_class.values())
    typed = sum(c["type"] for c in per_class.values())
    print(f"PLV pairs: {total} in {len(sentences)} sentences")
    print(f"coded with the gold type and the right source/target: {pair / total:.3f}")
    print(f"an event of the gold type in the sentence (any participants): {typed / total:.3f}")
    print(f"events produced: {produced}; of a type no gold label of its sentence has: {stray}")
    print("\n| class | pairs | gold type, right pair | gold type in sentence |")
    print("|---|---:|---:|---:|")
    for gold in sorted(per_class):
        c = per_class[gold]
        print(
            f"| {gold} | {c['rows']} | {c['pair'] / c['rows']:.2f} | {c['type'] / c['rows']:.2f} |"
        )
    for gold, source, target, sentence, found in misses[: args.show]:
        print(f"\nMISS {gold}: {source} -> {target} | got {found}\n  {sentence}")


if __name__ == "__main__":
    main()

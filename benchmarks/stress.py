"""Stress sets: short news passages of our own, each labelled with the events it states.

    .venv/bin/python benchmarks/stress.py [FILE.jsonl ...] [--show N] [--type T]

A stress set (``benchmarks/stress/*.jsonl``) holds one passage per line:
``{"id": "...", "date": "YYYY-MM-DD", "text": "...", "events": [...]}``, each event
``{"event_type", "actor_states", "recipient_states", "date", "mode"}`` in the gold's
conventions (``docs/gold.md``); ``"events": []`` marks a passage that must yield none
(background, a plan, an analyst's remark). Each passage is read as the JSONL input
``dyad run`` reads (so a dateline in its text counts), coded end to end as one article,
and scored as ``dyad eval`` scores articles: strict (type, states, date, CONSULT mode)
and type + states. The sets vary the shapes in which wire stories state one kind of
event, so their recall says how well a family of rules carries beyond the sentences it
was written from. Prints the scores, the recall per type, and with ``--show N`` up to N
misses, events of the right type and states with the wrong date or mode, and extras, with
their passages.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from passages import read_passages

from dyad.evaluate import Score, score_events
from dyad.pipeline import Coder

HERE = Path(__file__).parent / "stress"


def load(path: Path) -> list[dict]:
    """The passages of one stress file; a clear error naming the line for a bad one."""
    items = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError:
            item = None
        if not isinstance(item, dict) or not {"id", "date", "text", "events"} <= item.keys():
            raise SystemExit(f"{path}:{number}: needs JSON with id, date, text and events")
        items.append(item)
    return items


def gold_lines(items: list[dict]) -> list[dict]:
    return [{"source": x["id"], "evidence": "", **e} for x in items for e in x["events"]]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--show", type=int, default=0, help="print this many misses and extras")
    parser.add_argument("--type", help="with --show: misses of this event type only")
    args = parser.parse_args()
    files = args.files or sorted(HERE.glob("*.jsonl"))
    items = [x for f in files for x in load(f)]
    texts = {x["id"]: x["text"] for x in items}
    if len(texts) != len(items):
        raise SystemExit("passage ids must be unique across the files")
    read = read_passages(items)
    by_id = dict(zip(texts, read, strict=True))
    coded = Coder().code(read)
    mentions = {x: ms for x, (_, _, ms) in zip(texts, coded, strict=True)}
    gold = gold_lines(items)
    report = score_events(gold, mentions, by_id)
    negatives = [x["id"] for x in items if not x["events"]]
    print(
        f"stress: {len(items)} passages ({len(negatives)} must yield nothing), {len(gold)} events"
    )
    for name, score in (("strict", report.strict), ("type + states", report.typed_states)):
        print(f"{name:14} P {score.precision:.3f} R {score.recall:.3f} F1 {score.f1:.3f}")
    quiet = sum(not any(not m.negated for m in mentions[x]) for x in negatives)
    print(f"passages that must yield nothing and do: {quiet} of {len(negatives)}")
    found = Counter(line["event_type"] for line, _ in report.matches)
    total = Counter(line["event_type"] for line in gold)
    print("| type | events | found (type + states) |\n|---|---:|---:|")
    for kind in sorted(total):
        print(f"| {kind} | {total[kind]} | {Score(found[kind], 0, total[kind]).recall:.2f} |")
    shown = 0
    wrong = (("MISS", report.misses), ("WRONG", report.wrong), ("EXTRA", report.false_hits))
    for label, lines in wrong:
        for line in lines:
            if shown >= args.show or (args.type and f": {args.type} " not in line):
                continue
            source = line.split(":", 1)[0]
            print(f"\n{label} {line}\n  {texts.get(source, '')}")
            shown += 1


if __name__ == "__main__":
    sys.exit(main())

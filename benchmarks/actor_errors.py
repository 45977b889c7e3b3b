"""Every actor error against a gold file, with the sentences it comes from.

    .venv/bin/python benchmarks/actor_errors.py [src/dyad/samples/gold/actors.jsonl]
    .venv/bin/python benchmarks/actor_errors.py --cache /tmp/ann.pickle   # reuse the parse

`dyad eval` gives the scores and one line per error; this lists, for each false
negative, each false positive and each actor found with the wrong state, where the
article writes it, in which sentence, and which rule (if any) resolved it, so errors can
be grouped by cause. The matching is `dyad eval`'s (evaluate.score_actors). With
--cache the spaCy annotations are kept in a pickle, so reruns after a rule change only
resolve (seconds, not a minute).
"""

from __future__ import annotations

import argparse
import pickle
from collections import defaultdict
from pathlib import Path

from dyad import evaluate
from dyad.actors.resolve import Resolver
from dyad.annotate import Annotator
from dyad.models import Annotation, Article, Resolution
from dyad.settings import Settings

GOLD = Path(__file__).resolve().parents[1] / "src/dyad/samples/gold/actors.jsonl"


def annotate(
    articles: dict[str, Article], cache: Path | None
) -> dict[str, tuple[Article, Annotation]]:
    if cache is not None and cache.is_file():
        stored = pickle.loads(cache.read_bytes())
        if set(stored) == set(articles):
            return stored
    order = sorted(articles)
    annotated = dict(zip(order, Annotator().annotate_many(articles[s] for s in order), strict=True))
    if cache is not None:
        cache.write_bytes(pickle.dumps(annotated))
    return annotated


def sentence_of(annotation: Annotation, text: str, start: int) -> str:
    for s in annotation.sentences:
        if s.start <= start < s.end:
            return " ".join(text[s.start : s.end].split())
    return "(not inside a parsed sentence: dateline, title or caption)"


def where(text: str, raw: str) -> list[int]:
    found, i = [], text.find(raw)
    while i >= 0:
        found.append(i)
        i = text.find(raw, i + 1)
    return found


def covering(res: Resolution, start: int, end: int) -> list[str]:
    """The mentions overlapping [start, end): 'rule -> actor keys'."""
    return [
        f"{m.rule} {m.text!r} -> {', '.join(m.keys)}"
        for m in res.mentions
        if m.start < end and start < m.end
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path, nargs="?", default=GOLD)
    parser.add_argument("--corpus", type=Path, default=None)
    parser.add_argument("--cache", type=Path, default=None, help="pickle of the annotations")
    args = parser.parse_args()
    records = evaluate.load_gold(args.gold)
    root = args.corpus or args.gold.parent.parent / "corpus"
    articles = evaluate.load_sources({r["source"] for r in records}, root, Settings())
    annotated = annotate(articles, args.cache)
    resolver = Resolver()
    resolutions = {s: resolver(a, ann) for s, (a, ann) in annotated.items()}
    report = evaluate.score_actors(records, resolutions)

    by_source: dict[str, list[dict]] = defaultdict(list)
    for line in records:
        by_source[line["source"]].append(line)
    print(f"name  P {report.name.precision:.3f} R {report.name.recall:.3f}")
    print(f"state P {report.state.precision:.3f} R {report.state.recall:.3f}")
    for source in sorted(by_source):
        article, ann = annotated[source]
        res, text = resolutions[source], article.text
        actors = [a for a in res.actors if a.kind != "pair"]
        unmatched = list(actors)
        misses, wrong = [], []
        for line in by_source[source]:
            actor = evaluate._find(line, unmatched)  # the same matching as dyad eval
            if actor is None:
                misses.append(line)
                continue
            unmatched.remove(actor)
            if actor.country != line.get("country"):
                wrong.append((line, actor))
        if not (misses or wrong or unmatched):
            continue
        print(f"\n=== {source}")
        for line in misses:
            print(f"  FN {line['name']} ({line['kind']}, {line.get('country')}, {line['role']})")
            for raw in line.get("raw", ()):
                for start in where(text, raw)[:2]:
                    got = covering(res, start, start + len(raw)) or ["nothing"]
                    print(f"     {raw!r}: {'; '.join(got)}")
                    print(f"       | {sentence_of(ann, text, start)[:220]}")
        for line, actor in wrong:
            print(f"  WRONG STATE {line['name']}: {actor.country} != {line.get('country')}")
            for span in actor.mentions[:3]:
                print(f"     {'; '.join(covering(res, span.start, span.end))}")
                print(f"       | {sentence_of(ann, text, span.start)[:220]}")
        for actor in unmatched:
            print(f"  FP {actor.name} ({actor.kind}, {actor.country}, {actor.role})")
            for span in actor.mentions[:3]:
                print(f"     {'; '.join(covering(res, span.start, span.end))}")
                print(f"       | {sentence_of(ann, text, span.start)[:220]}")


if __name__ == "__main__":
    main()

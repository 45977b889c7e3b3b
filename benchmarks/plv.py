"""PLV: how many PLOVER-labelled source/target pairs dyad codes with the gold type.

    .venv/bin/python benchmarks/plv.py [--data ../shared/benchmarks/plv/PLV_train.tsv]

Each sentence of the PLV train split (Hu et al., ACL 2024; read from ../shared, never
copied into the project) is coded end to end as a one-sentence article. A labelled
pair counts as coded when dyad produces an event of the gold type whose actors cover
the source phrase and whose recipients (or, for joint events, other actors) cover the
target phrase. PLV merges PLOVER's CONCEDE and RETREAT into YIELD.

Prints overall shares, the share per class, and how many events dyad produced that
are of no gold type for their sentence. ``--errors`` adds, per gold class, why the
missed pairs were missed (another type coded for the pair, the gold type coded between
other participants, a trigger of the gold type found but dropped, or no trigger at
all), the types coded instead, and the words that join source and target in the parse
when no trigger fired (the lowest common head: the families of constructions the
lexicon lacks). ``--show N`` prints N misses' sentences to read, never to copy.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from parse_cache import parsed

from dyad.events.extract import Extractor, _ArticleExtractor
from dyad.models import Actor, Annotation, Article, EventMention, Token

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


def span_head(ann: Annotation, sentence: str, phrase: str) -> Token | None:
    """The token of ``phrase`` (as written in the one-sentence article) whose head is
    outside it."""
    start = sentence.find(phrase)
    if start < 0:
        start = sentence.lower().find(phrase.lower())
    if start < 0:
        return None
    inside = [t for t in ann.tokens if t.start < start + len(phrase) and start < t.end]
    ids = {t.i for t in inside}
    return next((t for t in inside if t.head not in ids or t.head == t.i), None)


def common_head(ann: Annotation, a: Token, b: Token) -> Token | None:
    """The lowest token that heads both ``a`` and ``b``."""

    def chain(t: Token) -> list[int]:
        out = [t.i]
        while ann.tokens[out[-1]].head != out[-1] and len(out) < 40:
            out.append(ann.tokens[out[-1]].head)
        return out

    above_b = set(chain(b))
    return next((ann.tokens[i] for i in chain(a) if i in above_b), None)


def why_missed(
    x: _ArticleExtractor, events: list[EventMention], r: dict, gold: str
) -> tuple[str, str]:
    """The cause of a missed pair and a detail: the type coded instead, the dropped
    trigger's lemma, or the lemma joining source and target."""
    sentence = r["sentence"]
    for m in events:
        if pair_coded(m, sentence, r["source"], r["target"]):
            return "pair_other_type", m.event_type
    if any(same_type(m.event_type, gold) for m in events):
        return "typed_wrong_pair", gold
    for tok in x.tokens:
        for rule in x.lex.matching(x.tokens, tok.i, x.children):
            if same_type(rule.type, gold):
                return "gold_trigger_dropped", f"{tok.lemma}/{tok.pos}"
    if events:
        return "other_types", "+".join(sorted({m.event_type for m in events}))
    a, b = span_head(x.ann, sentence, r["source"]), span_head(x.ann, sentence, r["target"])
    head = common_head(x.ann, a, b) if a and b else None
    return "no_trigger", f"{head.lemma}/{head.pos}" if head else "?"


def print_errors(causes: dict[str, Counter[tuple[str, str]]]) -> None:
    for gold in sorted(causes):
        counts = causes[gold]
        by_cause = Counter()
        for (cause, _), n in counts.items():
            by_cause[cause] += n
        print(f"\n## {gold}: " + ", ".join(f"{c} {n}" for c, n in by_cause.most_common()))
        for cause, _ in by_cause.most_common():
            details = [(d, n) for (c, d), n in counts.most_common() if c == cause]
            print(f"  {cause}: " + ", ".join(f"{d} {n}" for d, n in details[:25]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT)
    parser.add_argument("--show", type=int, default=0, help="print this many misses")
    parser.add_argument("--errors", action="store_true", help="why pairs were missed")
    parser.add_argument("--only", help="with --show: misses of this gold class only")
    parser.add_argument("--cache", action="store_true", help="reuse parses in benchmarks/out/")
    args = parser.parse_args()
    if not args.data.is_file():
        sys.exit(f"PLV data not found at {args.data}")
    with args.data.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    sentences = sorted({r["sentence"] for r in rows})
    articles = {s: Article(id=f"plv{n}", text=s) for n, s in enumerate(sentences)}
    parses = parsed(articles, "plv", args.cache)
    extractor = Extractor()
    coded = {s: extractor(a, *parses[s]) for s, a in articles.items()}

    per_class: dict[str, Counter[str]] = defaultdict(Counter)
    misses = []
    causes: dict[str, Counter[tuple[str, str]]] = defaultdict(Counter)
    for r in rows:
        gold, sentence = r["gold_root"], r["sentence"]
        events = coded[sentence]
        typed = [m for m in events if same_type(m.event_type, gold)]
        hit = any(pair_coded(m, sentence, r["source"], r["target"]) for m in typed)
        per_class[gold]["rows"] += 1
        per_class[gold]["type"] += bool(typed)
        per_class[gold]["pair"] += hit
        if not hit:
            why = ("", "")
            if args.errors or args.show:
                x = _ArticleExtractor(extractor, articles[sentence], *parses[sentence])
                why = why_missed(x, events, r, gold)
                causes[gold][why] += 1
            if args.only is None or args.only == gold:
                misses.append((gold, r["source"], r["target"], sentence, events, why))
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
    if args.errors:
        print_errors(causes)
    for gold, source, target, sentence, found, why in misses[: args.show]:
        got = "; ".join(
            f"{m.event_type} {[a.raw for a in m.actors]}->{[a.raw for a in m.recipients]}"
            for m in found
        )
        print(f"\nMISS {gold} ({why[0]} {why[1]}): {source} -> {target} | got {got}\n  {sentence}")


if __name__ == "__main__":
    main()

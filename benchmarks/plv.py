"""PLV: how many PLOVER-labelled source/target pairs dyad codes with the gold type.

    .venv/bin/python benchmarks/plv.py [--data ../shared/benchmarks/plv/PLV_train.tsv]

Each sentence of the PLV train split (Hu et al., ACL 2024; read from ../shared, never
copied into the project) is coded end to end as a one-sentence article. A labelled
pair counts as coded when dyad produces an event of the gold type whose actors cover
the source phrase and whose recipients (or, for joint events, other actors) cover the
target phrase; a pair whose target is the dataset's placeholder "a recipient" (the
sentence names none, 20 of the 1,050) needs an event of the source with no recipient.
PLV merges PLOVER's CONCEDE and RETREAT into YIELD.

Prints overall shares, the share per class, and how many events dyad produced that
are of no gold type for their sentence. ``--errors`` adds, per gold class, why the
missed pairs were missed (another type coded for the pair, the gold type coded between
other participants, a trigger of the gold type found but dropped, with where the
extractor dropped it, or no trigger at all), the types coded instead, and the words
that join source and target in the parse when no trigger fired (the lowest common
head: the families of constructions the lexicon lacks). ``--show N`` prints N misses'
sentences to read, never to copy.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from parse_cache import parsed

from dyad.events.extract import Extractor, _ArticleExtractor, _Found, _political
from dyad.events.lexicon import Trigger
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


# The dataset's placeholder target of a pair whose sentence names none ("X agreed to
# resign"): such a pair is coded by an event of the source aimed at no one.
NO_TARGET = "a recipient"


def pair_coded(m: EventMention, sentence: str, source: str, target: str) -> bool:
    if target == NO_TARGET and target not in sentence:
        return covers(m.actors, sentence, source) and not m.recipients
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
                where = dropped_where(x, tok, rule, events)
                return "gold_trigger_dropped", f"{tok.lemma}/{tok.pos} @{where}"
    if events:
        return "other_types", "+".join(sorted({m.event_type for m in events}))
    a, b = span_head(x.ann, sentence, r["source"]), span_head(x.ann, sentence, r["target"])
    head = common_head(x.ann, a, b) if a and b else None
    return "no_trigger", f"{head.lemma}/{head.pos}" if head else "?"


def dropped_where(x: _ArticleExtractor, tok: Token, rule: Trigger, kept: list[EventMention]) -> str:
    """Where the extractor dropped trigger ``tok`` of sense ``rule``, read by calling its
    own steps in the order ``_triggers``, ``_participants`` and ``_event`` take them (a
    diagnostic beside the extractor, not a mode of it). ``x`` has already run and
    ``kept`` is what it returned."""
    senses = x._senses(tok.i)
    if rule not in senses:
        return "naming (what X called)"
    sentence = x.ann.sentences[tok.sentence]
    fired = {
        f.trigger.i: f.rule.type
        for f in x._triggers(sentence.first, sentence.last)
        if f.trigger.pos == "VERB" and f.trigger.i < tok.i
    }
    for sense in senses:
        if x._told_by_its_verb(tok, sense, fired):
            return "told by its verb" + ("" if sense is rule else f" (as {sense.type})")
        if x._carried_by_its_noun(tok, sense):
            return "carried by its noun" + ("" if sense is rule else f" (as {sense.type})")
        found = x._participants(tok, sense)
        if sense is rule:
            break
        if found is not None:
            return f"word taken by its {sense.type} sense"
    if found is None:
        return "participants: " + _participants_lack(x, tok, rule)
    return _event_drop(x, found, kept)


def _participants_lack(x: _ArticleExtractor, tok: Token, rule: Trigger) -> str:
    """What ``_participants`` found missing, read from the roles before its checks."""
    if rule.reported:
        actors, recipients = x._reported_roles(tok)
    elif tok.pos in ("NOUN", "PROPN"):
        actors, recipients = x._noun_roles(tok, rule)
    else:
        actors, recipients = x._verb_roles(tok, rule)
    if rule.host:
        actors, recipients = recipients, actors
    everyone = [*actors, *recipients]
    if not everyone:
        return "none"
    if any(a.role == "commentator" for a in everyone):
        return "a commentator"
    if not actors:
        return "recipient only, no actor"
    keys = {a.key for a in actors}
    if not [a for a in recipients if a.key not in keys] and not x._one_party_type(rule):
        return "one party, no recipient"
    if not any(_political(a) for a in everyone):
        return "no political actor"
    return "recipient is own government said indirectly, or other"


def _event_drop(x: _ArticleExtractor, found: _Found, kept: list[EventMention]) -> str:
    """Which check of ``_event`` dropped ``found`` (in its order), or what dropped the
    event after it was made."""
    tok, rule = found.trigger, found.rule
    sentence = x.ann.sentences[tok.sentence]
    speaker = x._speaker(tok)
    if speaker is not None and speaker.role == "commentator":
        return "event: said by a commentator"
    if x._demand_content(tok, found):
        return "event: content of a demand"
    modality = x._modality(tok, rule)
    if modality is None:
        return "event: stated inside another act (modality)"
    when, basis = x._date(tok, sentence, planned=modality == "intended")
    if when is not None and x._is_history(when):
        return "event: history"
    if x._habitual(tok):
        return "event: habitual"
    if x._dated_noun(tok):
        return "event: dated noun"
    if x._background_clause(tok):
        return "event: background clause"
    if basis != "sentence" and x._uncounted_apart(tok):
        return "event: uncounted time apart"
    if x._perfect_background(tok, sentence, dated=basis == "sentence"):
        return "event: perfect background"
    if x._standing(tok, sentence, dated=basis == "sentence"):
        return "event: standing state"
    if x.events and not kept:
        return "article off-topic"
    return "made, then merged or replaced"


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
    where = Counter()
    for counts in causes.values():
        for (cause, detail), n in counts.items():
            if cause == "gold_trigger_dropped":
                where[detail.partition(" @")[2]] += n
    print("\n## where the dropped gold triggers were dropped (all classes)")
    for place, n in where.most_common():
        print(f"  {n:4d}  {place}")


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
                x.run()  # the state (groups, events so far) the dropped trigger saw
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

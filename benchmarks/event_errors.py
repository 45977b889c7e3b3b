"""Every event error on the sample gold, grouped by cause, with its sentence.

    .venv/bin/python benchmarks/event_errors.py [--gold src/dyad/samples/gold/events.jsonl]
        [--cause wrong_type] [--cache] [--by-key] [--main]

Codes the gold's articles (every article of the corpus, so distractors count), matches
gold lines to coded events as ``dyad eval`` does (dyad.evaluate.score_events: an
article's events are the merged events restricted to it; ``--by-key`` for the older
reduction to distinct (type, states, date, mode) keys) and sorts every difference into
one cause:

- ``no_trigger``: no word of the evidence sentence is a trigger of the gold type;
- ``trigger_dropped``: a trigger of the gold type is there, but no event came of it
  (participants missing, history, attribution, modality: the reason is printed);
- ``wrong_type``: the sentence gave events, none of the gold type;
- ``wrong_states``: an event of the gold type, with other participant states;
- ``wrong_date`` / ``wrong_mode``: matched on type and states, but not strictly;
- ``extra``: a coded event no gold line matches.

``--main`` lists only the misses of gold lines flagged ``"main": true`` (the headline
events the held-out target counts), and no extra events.

``--cache`` keeps each article's parse and actor resolution in benchmarks/out/ (they do
not change when only the event extractor does), so a re-run takes a second.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from parse_cache import gold_articles, parsed

from dyad import evaluate
from dyad.events.extract import Extractor, _ArticleExtractor
from dyad.models import Annotation, Article, EventMention
from dyad.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "src" / "dyad" / "samples" / "gold" / "events.jsonl"
CAUSES = (
    "no_trigger",
    "trigger_dropped",
    "wrong_type",
    "wrong_states",
    "wrong_date",
    "wrong_mode",
    "extra",
)


def sentence_of(article: Article, ann: Annotation, evidence: str):
    at = article.text.find(evidence)
    if at < 0:
        return None
    return next((s for s in ann.sentences if s.start <= at < s.end), None)


def why_dropped(x: _ArticleExtractor, sentence, event_type: str) -> str | None:
    """The triggers of ``event_type`` in the sentence and what became of each."""
    notes = []
    for tok in x.tokens[sentence.first : sentence.last]:
        for rule in x.lex.matching(x.tokens, tok.i, x.children):
            if rule.type != event_type:
                continue
            found = x._participants(tok, rule)
            if found is None:
                actors, recipients = (
                    x._noun_roles(tok, rule) if tok.pos in ("NOUN", "PROPN") else
                    x._verb_roles(tok, rule)
                )  # fmt: skip
                notes.append(f"'{tok.text}': participants {_names(actors)} -> {_names(recipients)}")
            elif x._event(found, sentence.index) is None:
                notes.append(f"'{tok.text}': dropped as history/habitual/attributed/inside AGREE")
            else:
                notes.append(f"'{tok.text}': coded, then deduplicated or merged away")
            break
    return "; ".join(notes) or None


def _names(actors) -> str:
    return "[" + ", ".join(f"{a.name}/{a.country}" for a in actors) + "]"


def describe(m: EventMention) -> str:
    return (
        f"{m.event_type}/{m.mode} {_names(m.actors)} -> {_names(m.recipients)} "
        f"{m.date} ({m.date_basis})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--cause", choices=CAUSES, help="list only this cause")
    parser.add_argument("--cache", action="store_true", help="reuse parses in benchmarks/out/")
    parser.add_argument(
        "--by-key", action="store_true", help="score distinct (type, states, date, mode) keys"
    )
    parser.add_argument("--main", action="store_true", help="only the misses of main lines")
    args = parser.parse_args()
    gold, articles = gold_articles(args.gold, Settings())
    parses = parsed(articles, "event_errors", args.cache)
    extractor = Extractor()
    by_source: dict[str, list[dict]] = defaultdict(list)
    for line in gold:
        by_source[line["source"]].append(line)

    errors: dict[str, list[str]] = defaultdict(list)
    mentions_of: dict[str, list[EventMention]] = {}
    for source in sorted(articles):
        article = articles[source]
        ann, res = parses[source]
        mentions_of[source] = extractor(article, ann, res)
    if args.by_key:
        report = evaluate.score_events(gold, mentions_of)
        events = evaluate.events_by_key(mentions_of)
    else:
        report = evaluate.score_events(gold, mentions_of, articles)
        events = evaluate.merged_events(mentions_of, articles)

    for source in sorted(articles):
        article = articles[source]
        ann, res = parses[source]
        x = _ArticleExtractor(extractor, article, ann, res)
        coded = [m for m in mentions_of[source] if not m.negated]
        free = [lead for lead, _ in events.get(source, [])]
        # the scorer's own one-to-one matching, so this listing agrees with dyad eval
        for line, chosen in evaluate._match(by_source.get(source, []), free):
            gold_text = (
                f"{line['event_type']}/{line.get('mode')} {line.get('actor_states')} -> "
                f"{line.get('recipient_states')} {line.get('date')}"
            )
            if args.main and not line.get("main"):
                continue
            if chosen is not None:
                if evaluate._date_ok(chosen, line) and evaluate._mode_ok(chosen, line):
                    continue
                cause = "wrong_date" if not evaluate._date_ok(chosen, line) else "wrong_mode"
                errors[cause].append(
                    f"{source}\n  gold {gold_text}\n  got  {describe(chosen)}\n"
                    f"  | {chosen.evidence.sentence}"
                )
                continue
            sentence = sentence_of(article, ann, line.get("evidence", ""))
            text = article.text[sentence.start : sentence.end] if sentence else line["evidence"]
            here = [m for m in coded if sentence and m.evidence.sentence_index == sentence.index]
            typed = [m for m in here if m.event_type == line["event_type"]]
            if typed:
                cause, got = "wrong_states", "; ".join(describe(m) for m in typed)
            elif here:
                cause, got = "wrong_type", "; ".join(describe(m) for m in here)
            else:
                note = why_dropped(x, sentence, line["event_type"]) if sentence else None
                cause = "trigger_dropped" if note else "no_trigger"
                got = note or "-"
            errors[cause].append(f"{source}\n  gold {gold_text}\n  got  {got}\n  | {text}")
        for m in [] if args.main else free:
            errors["extra"].append(f"{source}\n  got  {describe(m)}\n  | {m.evidence.sentence}")

    s, t = report.strict, report.typed_states
    print(f"strict P {s.precision:.3f} R {s.recall:.3f} F1 {s.f1:.3f}")
    print(f"type+states P {t.precision:.3f} R {t.recall:.3f} F1 {t.f1:.3f}")
    print(json.dumps({c: len(errors[c]) for c in CAUSES}))
    for cause in CAUSES:
        if args.cause and cause != args.cause:
            continue
        print(f"\n==== {cause} ({len(errors[cause])})")
        for item in errors[cause]:
            print(item)


if __name__ == "__main__":
    sys.exit(main())

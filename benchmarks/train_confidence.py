"""Train the confidence model (dyad.events.confidence) from the rules' own record.

    .venv/bin/python benchmarks/train_confidence.py         # train on all, write the model
    .venv/bin/python benchmarks/train_confidence.py --cv    # leave one gold set out at a time
    .venv/bin/python benchmarks/train_confidence.py --check GOLD.jsonl ...   # the shipped model

Every event the rules code (not negated) in the development gold sets (the sample gold,
the devset and news sets 1 to 6, 9 and 10, all development data now) and in the stress
passages is an example: right when a gold line of its article has its type and its states
(the date is left to the dates' own measure), wrong otherwise. The held-out sets (7, 8, 11
and later) are never read. The model is
a logistic regression with an L2 penalty over ``confidence.mention_features``, kept to
features seen at least three times, trained by full-batch gradient descent:
deterministic, so the same data give the same file.

``--cv`` trains once per gold set without it and, on that set, compares the rules' own
confidence with the model's: the share of right events in each band of confidence, the
Brier score, and precision at a few cut-offs. ``--check`` prints the same figures (and
``dyad eval``'s with the events under a cut dropped) for the shipped model on other gold
files, a held-out set's among them: score tables only, no sentence.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))

from parse_cache import gold_articles, parsed
from passages import read_passages
from stress import gold_lines
from stress import load as load_passages

from dyad import evaluate
from dyad.events.confidence import ConfidenceModel, features_of, load_confidence_model
from dyad.events.extract import Extractor
from dyad.models import Annotation, Article, EventMention, Resolution
from dyad.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "dyad" / "events" / "data" / "confidence.json"
GOLDS = {
    "sample": ROOT / "src" / "dyad" / "samples" / "gold" / "events.jsonl",
    "devset": ROOT / "benchmarks" / "devset" / "gold" / "events.jsonl",
    **{
        name: ROOT / "benchmarks" / name / "gold" / "events.jsonl"
        for name in (
            "holdout",
            "holdout2",
            "holdout3",
            "holdout4",
            "holdout5",
            "holdout6",
            "holdout9",
            "holdout10",
            "holdout11",
            "holdout12",
            "holdout13",
            "holdout17",
            "holdout18",
            "holdout19",
        )
    },
}
BANDS = (0.0, 0.2, 0.4, 0.6, 0.8, 1.01)
CUTS = (0.5, 0.7, 0.8, 0.9)
DROPS = (0.0, 0.2, 0.3, 0.4, 0.5)

Parsed = dict[str, tuple[Article, Annotation, Resolution]]
# (features, right, the rules' own confidence)
Example = tuple[list[str], bool, float]


def gold_set(path: Path) -> tuple[list[dict], Parsed]:
    """A gold file's lines and every article of its corpus, parsed."""
    gold, articles = gold_articles(path, Settings())
    parses = parsed(articles, f"gold_{path.parent.parent.name}")
    return gold, {k: (articles[k], *parses[k]) for k in articles}


def passage_sets() -> dict[str, tuple[list[dict], Parsed]]:
    """Each stress file's passages (each passage an article), by the file's name."""
    found = {}
    for path in sorted((ROOT / "benchmarks" / "stress").glob("*.jsonl")):
        items = load_passages(path)
        articles = dict(zip((x["id"] for x in items), read_passages(items), strict=True))
        parses = parsed(articles, f"stress_{path.stem}")
        found[path.stem] = (gold_lines(items), {k: (articles[k], *parses[k]) for k in articles})
    return found


def right(mention: EventMention, lines: list[dict]) -> bool:
    """Whether a gold line of the article has the mention's type and states."""
    return any(
        line["event_type"] == mention.event_type
        and tuple(sorted({*line.get("actor_states", []), *line.get("recipient_states", [])}))
        == mention.countries
        for line in lines
    )


def filtered_scores(
    model: ConfidenceModel, gold: list[dict], data: Parsed, cuts: tuple[float, ...]
) -> dict[float, evaluate.EventReport]:
    """``dyad eval``'s scores of the articles when mentions under each cut are dropped."""
    extractor = Extractor(confidence=model)
    mentions = {k: extractor(a, ann, res) for k, (a, ann, res) in data.items()}
    articles = {k: a for k, (a, _, _) in data.items()}
    return {
        cut: evaluate.score_events(
            gold,
            {k: [m for m in ms if m.confidence >= cut] for k, ms in mentions.items()},
            articles,
        )
        for cut in cuts
    }


def examples(gold: list[dict], data: Parsed) -> list[Example]:
    """Each coded, not negated mention of the articles with its features and label."""
    rules = Extractor(confidence=None)
    by_source: dict[str, list[dict]] = defaultdict(list)
    for line in gold:
        by_source[line["source"]].append(line)
    found = []
    for source in sorted(data):
        article, ann, res = data[source]
        mentions = rules(article, ann, res)
        for m, features in zip(mentions, features_of(mentions, ann.tokens), strict=True):
            if not m.negated:
                found.append((features, right(m, by_source.get(source, [])), m.confidence))
    return found


def train(data: list[Example], penalty: float = 3e-3, steps: int = 400) -> ConfidenceModel:
    """Logistic regression by full-batch gradient descent (Adam)."""
    counts = Counter(f for features, _, _ in data for f in set(features))
    names = sorted(f for f, n in counts.items() if n >= 3)
    index = {f: j for j, f in enumerate(names)}
    X = np.zeros((len(data), len(names)))
    for r, (features, _, _) in enumerate(data):
        for f in features:
            if f in index:
                X[r, index[f]] = 1.0
    y = np.array([float(ok) for _, ok, _ in data])
    w, b = np.zeros(len(names)), 0.0
    mw, vw, mb, vb = np.zeros_like(w), np.zeros_like(w), 0.0, 0.0
    rate, beta1, beta2 = 0.05, 0.9, 0.999
    for step in range(1, steps + 1):
        p = 1 / (1 + np.exp(-(X @ w + b)))
        g = (p - y) / len(y)
        gw, gb = X.T @ g + penalty * w, float(g.sum())
        mw, vw = beta1 * mw + (1 - beta1) * gw, beta2 * vw + (1 - beta2) * gw**2
        mb, vb = beta1 * mb + (1 - beta1) * gb, beta2 * vb + (1 - beta2) * gb**2
        w -= rate * (mw / (1 - beta1**step)) / (np.sqrt(vw / (1 - beta2**step)) + 1e-8)
        b -= rate * (mb / (1 - beta1**step)) / (np.sqrt(vb / (1 - beta2**step)) + 1e-8)
    weights = {f: round(float(w[j]), 3) for f, j in index.items() if abs(w[j]) >= 0.005}
    return ConfidenceModel(round(b, 3), weights)


def report(label: str, pairs: list[tuple[float, bool]]) -> None:
    """Right share per band of confidence, Brier score, precision and kept share at cuts."""
    brier = sum((p - ok) ** 2 for p, ok in pairs) / len(pairs)
    bands = []
    for lo, hi in itertools.pairwise(BANDS):
        inside = [ok for p, ok in pairs if lo <= p < hi]
        share = f"{sum(inside) / len(inside):.2f}" if inside else "-"
        bands.append(f"{lo:.1f}-{min(hi, 1):.1f}: {share} of {len(inside)}")
    print(f"{label:>6} Brier {brier:.3f} | " + " | ".join(bands))
    cuts = []
    for cut in CUTS:
        kept = [ok for p, ok in pairs if p >= cut]
        precision = sum(kept) / len(kept) if kept else 0.0
        cuts.append(f">={cut}: P {precision:.2f}, keeps {len(kept)}/{len(pairs)}")
    print(f"{'':>6} " + " | ".join(cuts))


def cross_validate(
    sets: dict[str, list[Example]], data: dict[str, tuple[list[dict], Parsed]]
) -> None:
    """Each fold scored by a model trained on every other; news folds and passage folds
    summed apart."""
    pairs: dict[str, dict[str, list[tuple[float, bool]]]] = defaultdict(lambda: defaultdict(list))
    dropped: dict[str, dict[float, list[int]]] = defaultdict(
        lambda: defaultdict(lambda: [0, 0, 0, 0, 0])
    )
    for name, held in sets.items():
        group = "news" if name in GOLDS else "passages"
        model = train([e for other in sets if other != name for e in sets[other]])
        rules_pairs = [(conf, ok) for _, ok, conf in held]
        model_pairs = [(model.probability(f), ok) for f, ok, _ in held]
        print(f"\n{name}: {len(held)} coded events, {sum(ok for _, ok, _ in held)} right")
        report("rules", rules_pairs)
        report("model", model_pairs)
        pairs[group]["rules"] += rules_pairs
        pairs[group]["model"] += model_pairs
        for cut, scored in filtered_scores(model, *data[name], DROPS).items():
            s = scored.strict
            counts = (s.true_positives, s.predicted, s.gold, scored.main_found, scored.main_lines)
            for k, n in enumerate(counts):
                dropped[group][cut][k] += n
    for group in ("news", "passages"):
        print(f"\nall {group} folds: {len(pairs[group]['model'])} coded events")
        report("rules", pairs[group]["rules"])
        report("model", pairs[group]["model"])
        print(f"`dyad eval` of the {group} folds with the events under a cut dropped (strict):")
        for cut, (found, coded, gold, main, mains) in dropped[group].items():
            s = evaluate.Score(found, coded, gold)
            main_part = f" main {main}/{mains}" if mains else ""
            print(f"  cut {cut:.1f}: P {s.precision:.3f} R {s.recall:.3f} F1 {s.f1:.3f}{main_part}")


def check(paths: list[Path]) -> None:
    """The shipped model against the rules' own estimate on gold files it never saw."""
    model = load_confidence_model()
    if model is None:
        raise SystemExit("no confidence model is shipped (src/dyad/events/data/confidence.json)")
    for path in paths:
        gold, data = gold_set(path)
        held = examples(gold, data)
        print(f"\n{path}: {len(held)} coded events, {sum(ok for _, ok, _ in held)} right")
        report("rules", [(conf, ok) for _, ok, conf in held])
        report("model", [(model.probability(f), ok) for f, ok, _ in held])
        for cut, scored in filtered_scores(model, gold, data, DROPS).items():
            s = scored.strict
            print(
                f"  cut {cut:.1f}: P {s.precision:.3f} R {s.recall:.3f} F1 {s.f1:.3f} "
                f"main {scored.main_found}/{scored.main_lines}"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cv", action="store_true", help="leave one gold set out at a time")
    parser.add_argument("--check", nargs="+", type=Path, help="gold files to score the model on")
    args = parser.parse_args()
    if args.check:
        check(args.check)
        return
    data = {name: gold_set(path) for name, path in GOLDS.items()} | passage_sets()
    sets = {name: examples(*data[name]) for name in data}
    if args.cv:
        cross_validate(sets, data)
        return
    every = [e for name in sets for e in sets[name]]
    model = train(every)
    OUT.write_text(json.dumps(model.to_json(), indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUT}: {len(model.weights)} features from {len(every)} coded events")


if __name__ == "__main__":
    sys.exit(main())

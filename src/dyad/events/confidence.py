"""Confidence: the chance that a coded event is right, from a model of the rules' own record.

Each rule family is right at its own rate: a phone call stated by its verb almost always,
a reaction read from a verdict or an event dated only by the story far less often. The
model in ``data/confidence.json`` (made by ``benchmarks/train_confidence.py`` from the
development gold and stress sets) is a logistic regression over what the extractor knows
of a mention: its type and trigger word, how it was dated, who its parties are, where
the sentence stands and whether the story states the event again. Its probability is
the mention's ``confidence``, so an analyst can filter on one number that means the same
for every type. A coded event the model thinks unlikely stays; it is not dropped.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

from ..errors import DyadError
from ..models import EventMention, Token


class ConfidenceModelError(DyadError):
    """The confidence model's data file is missing or malformed."""


@dataclass(frozen=True)
class ConfidenceModel:
    """A logistic regression over named features."""

    bias: float
    weights: Mapping[str, float]

    def probability(self, features: Iterable[str]) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) for f in features)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def to_json(self) -> dict:
        return {"bias": self.bias, "weights": dict(sorted(self.weights.items()))}


def model_from_json(data: Mapping, label: str) -> ConfidenceModel:
    """A model from its JSON form; a clear error naming ``label`` when it is malformed."""
    try:
        return ConfidenceModel(
            bias=float(data["bias"]),
            weights={str(k): float(v) for k, v in data["weights"].items()},
        )
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ConfidenceModelError(f"{label}: not a confidence model ({exc})") from exc


@lru_cache(maxsize=1)
def load_confidence_model() -> ConfidenceModel | None:
    """The model shipped in the package, or None when there is none."""
    path = resources.files("dyad.events").joinpath("data", "confidence.json")
    if not path.is_file():
        return None
    label = "dyad/events/data/confidence.json"
    try:
        return model_from_json(json.loads(path.read_text(encoding="utf-8")), label)
    except json.JSONDecodeError as exc:
        raise ConfidenceModelError(f"{label}: not JSON ({exc})") from exc


def _count(n: int, top: int) -> str:
    return str(n) if n < top else f"{top}+"


def mention_features(
    mention: EventMention, trigger: Token | None, told: Counter, in_sentence: int
) -> list[str]:
    """What the model reads of one mention. ``trigger`` is the token its trigger starts
    at; ``told`` counts the article's mentions by (type, states); ``in_sentence`` is how
    many mentions its sentence has."""
    kind = mention.event_type
    lemma = trigger.lemma.lower() if trigger is not None else "-"
    parties = (*mention.actors, *mention.recipients)
    found = [
        f"type={kind}",
        f"word={lemma}",
        f"type+word={kind}|{lemma}",
        f"pos={trigger.pos if trigger else '-'}",
        f"dep={trigger.dep if trigger else '-'}",
        f"type+pos={kind}|{trigger.pos if trigger else '-'}",
        f"mode={kind}|{mention.mode}",
        f"modality={mention.modality}",
        f"dated={mention.date_basis}|{mention.date_precision}",
        f"type+dated={kind}|{mention.date_basis}",
        f"actors={_count(len(mention.actors), 3)}",
        f"recipients={_count(len(mention.recipients), 3)}",
        f"states={_count(len(mention.countries), 4)}",
        f"sentence={_count(mention.evidence.sentence_index, 6)}",
        f"in_sentence={_count(in_sentence, 4)}",
        f"told={_count(told[(kind, mention.countries)], 3)}",
    ]
    found += sorted({f"kind={a.kind}" for a in parties})
    found += sorted({f"sector={a.sector}" for a in parties if a.sector})
    if mention.speaker is not None:
        found.append(f"spoken={kind}")
    if mention.location.country:
        found.append("placed")
    return found


def features_of(mentions: Sequence[EventMention], tokens: Sequence[Token]) -> list[list[str]]:
    """The model's features of each of one article's mentions, in order (what training
    reads and what calibration reads, so the two can never differ)."""
    at = {t.start: t for t in tokens}
    told = Counter((m.event_type, m.countries) for m in mentions)
    per_sentence = Counter(m.evidence.sentence_index for m in mentions)
    return [
        mention_features(m, at.get(m.trigger.start), told, per_sentence[m.evidence.sentence_index])
        for m in mentions
    ]


def calibrated(
    model: ConfidenceModel, mentions: Sequence[EventMention], tokens: Sequence[Token]
) -> list[EventMention]:
    """The mentions with the model's probability as their confidence."""
    found = []
    for m, features in zip(mentions, features_of(mentions, tokens), strict=True):
        # two decimals, and never 0 or 1: a model of a record is never certain
        chance = min(0.99, max(0.01, round(model.probability(features), 2)))
        found.append(replace(m, confidence=chance))
    return found

"""The confidence model: a mention's chance of being right, from the rules' own record."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import replace

import pytest

from dyad.events.confidence import (
    ConfidenceModel,
    ConfidenceModelError,
    calibrated,
    load_confidence_model,
    mention_features,
    model_from_json,
)
from dyad.events.extract import Extractor

STORY = (
    "NAIROBI, March 5 (Lakeside Wire) - Kenyan President William Ruto spoke by telephone "
    "with Ethiopian Prime Minister Abiy Ahmed on Tuesday, the two governments said.\n"
    "Ruto and Abiy discussed trade and the security of their shared border during the "
    "call, Ruto's office said.\n"
    "Kenya later accused the rebels of attacking a convoy."
)


def test_the_shipped_model_loads_and_reads_every_kind_of_feature():
    model = load_confidence_model()
    assert model is not None
    prefixes = {name.split("=")[0] for name in model.weights}
    assert {"type", "word", "dated", "states", "told", "kind"} <= prefixes
    assert 0 < model.probability([]) < 1


@pytest.mark.parametrize(
    "data,message",
    [
        ({"weights": {}}, "bias"),
        ({"bias": 0.1}, "weights"),
        ({"bias": "high", "weights": {}}, "high"),
        ({"bias": 0.0, "weights": {"type=CONSULT": "strong"}}, "strong"),
        ({"bias": 0.0, "weights": ["type=CONSULT"]}, "confidence model"),
    ],
)
def test_a_malformed_model_is_refused_naming_the_file(data, message):
    with pytest.raises(ConfidenceModelError, match=message) as caught:
        model_from_json(data, "my/confidence.json")
    assert "my/confidence.json" in str(caught.value)


def test_the_model_file_is_json_the_loader_reads():
    model = load_confidence_model()
    assert model is not None
    again = model_from_json(json.loads(json.dumps(model.to_json())), "copy")
    assert again == model


def test_a_two_state_call_told_twice_is_surer_than_a_charge_against_no_state(story_mentions):
    mentions = story_mentions(STORY, "2024-03-06")
    [call] = [m for m in mentions if m.event_type == "CONSULT" and m.mode == "phone"][:1]
    [charge] = [m for m in mentions if m.event_type == "ACCUSE"]
    assert charge.countries == ("KEN",)  # the rebels are no state
    assert call.confidence >= 0.9
    # (the retrained model's figure for the charge moves between 0.5 and 0.55: the test
    # holds it to a clear margin below the call, not to one retraining's number)
    assert charge.confidence <= call.confidence - 0.3


def test_features_say_how_the_mention_was_read(story_mentions):
    mentions = story_mentions(STORY, "2024-03-06")
    call = next(m for m in mentions if m.event_type == "CONSULT")
    told = Counter((m.event_type, m.countries) for m in mentions)
    features = mention_features(call, None, told, 1)
    assert "type=CONSULT" in features
    assert "dated=sentence|day" in features
    assert "states=2" in features
    assert "told=2" in features  # the call and the talks during it: one event, told twice
    assert "mode=CONSULT|phone" in features
    assert "word=-" in features  # no trigger token given


def test_calibrated_gives_each_mention_the_models_probability(story_mentions):
    mentions = story_mentions(STORY, "2024-03-06")
    favours_charges = ConfidenceModel(bias=0.0, weights={"type=ACCUSE": 3.0, "type=CONSULT": -3.0})
    got = calibrated(favours_charges, mentions, tokens=[])
    by_type = {m.event_type: m.confidence for m in got}
    assert by_type["ACCUSE"] > 0.9 > 0.1 > by_type["CONSULT"]
    assert [replace(m, confidence=0) for m in got] == [replace(m, confidence=0) for m in mentions]


def test_the_extractor_takes_the_shipped_model_or_none():
    assert Extractor().confidence == load_confidence_model()
    assert Extractor(confidence=None).confidence is None

"""The title and reference lexicon (actors/data/titles.toml)."""

from __future__ import annotations

import tomllib
from collections import Counter
from importlib import resources

import pytest

from dyad.actors.kb import SECTORS, TITLES
from dyad.actors.lexicon import Lexicon, load_lexicon


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return load_lexicon()


@pytest.fixture(scope="module")
def raw() -> dict:
    text = resources.files("dyad.actors").joinpath("data/titles.toml").read_text("utf-8")
    return tomllib.loads(text)


def test_loaded_once(lexicon):
    assert load_lexicon() is lexicon
    assert lexicon.version


@pytest.mark.parametrize(
    ("phrase", "title", "sector"),
    [
        ("foreign minister", "foreign minister", "GOV"),
        ("minister of foreign affairs", "foreign minister", "GOV"),
        ("external affairs minister", "foreign minister", "GOV"),
        ("secretary of state", "foreign minister", "GOV"),
        ("state councilor", "state councilor", "GOV"),
        ("president", "president", "GOV"),
        ("premier", "prime minister", "GOV"),
        ("defense minister", "defence minister", "GOV"),
        ("envoy", "ambassador", "GOV"),
        ("secretary-general", "secretary-general", "IGO"),
        ("senator", "lawmaker", "LEG"),
        ("analyst", "analyst", "EDU"),
    ],
)
def test_phrases_map_to_normalised_titles(lexicon, phrase, title, sector):
    found = lexicon.titles[phrase]
    assert (found.title, found.sector) == (title, sector)


def test_phrase_keys_are_lower_case(lexicon):
    assert all(p == p.lower() for p in lexicon.titles)


def test_leaders_and_commentators(lexicon):
    assert lexicon.titles["president"].leader
    assert lexicon.titles["prime minister"].leader
    assert not lexicon.titles["foreign minister"].leader
    for phrase in ("analyst", "professor", "researcher", "senior fellow"):
        assert lexicon.titles[phrase].commentator, phrase
    # "director" alone is no commentator (a director of an institute is, by another rule)
    assert not lexicon.titles["director"].commentator
    assert lexicon.titles["director"].sector is None
    assert not any(t.commentator and t.leader for t in lexicon.titles.values())


def test_every_sector_is_a_plover_sector(lexicon):
    for phrase, title in lexicon.titles.items():
        assert title.sector is None or title.sector in SECTORS, phrase
    for noun, sector in lexicon.side_nouns.items():
        assert sector is None or sector in SECTORS, noun


def test_no_phrase_belongs_to_two_titles(raw):
    counts = Counter(p.lower() for entry in raw["title"] for p in entry["phrases"])
    assert [p for p, n in counts.items() if n > 1] == []


def test_each_title_is_listed_once(raw):
    counts = Counter(entry["title"] for entry in raw["title"])
    assert [t for t, n in counts.items() if n > 1] == []


def test_titles_shared_with_the_knowledge_base_are_spelled_alike(lexicon):
    """Office holders are found by title: the lexicon must spell the KB's offices its way."""
    titles = {t.title for t in lexicon.titles.values()}
    for needed in ("president", "prime minister", "foreign minister", "defence minister",
                   "state councilor", "secretary-general", "chancellor", "king"):  # fmt: skip
        assert needed in titles and needed in TITLES, needed


def test_side_nouns(lexicon):
    assert lexicon.side_nouns["side"] == "GOV"
    assert lexicon.side_nouns["troops"] == "MIL"
    assert lexicon.side_nouns["foreign ministry"] == "GOV"
    assert "vaccines" not in lexicon.side_nouns
    assert all(noun == noun.lower() for noun in lexicon.side_nouns)


def test_pair_phrases(lexicon):
    for phrase in ("the two sides", "both countries", "the two leaders"):
        assert phrase in lexicon.pair_phrases
    assert len(set(lexicon.pair_phrases)) == len(lexicon.pair_phrases)
    assert not set(lexicon.pair_phrases) & set(lexicon.titles)


def test_institutions(lexicon):
    for word in ("institute", "university", "think tank"):
        assert word in lexicon.institutions

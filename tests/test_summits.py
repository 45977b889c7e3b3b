"""Summits (events/summits.py), the attendance rule of session 9: a summit told as under
way with the leaders present in its own sentence ("the summit opened with A, B and C in
attendance", "a summit attended by A, B and C") is their multilateral meeting, and "the
N presidents" after it are those leaders. The older summit rules are tested in
``tests/test_extract.py``. Stories of our own, through the real Coder."""

from __future__ import annotations

import pytest

from dyad.models import EventMention


@pytest.fixture(scope="module")
def coder(story_mentions):
    return story_mentions  # one real Coder for the session (conftest)


def code(coder, text: str) -> list[EventMention]:
    return coder(text, "2024-05-15")


def meetings(mentions: list[EventMention]) -> list[set[str]]:
    return [
        set(m.countries)
        for m in mentions
        if m.event_type == "CONSULT" and m.mode == "multilateral" and not m.negated
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Mercosur summit opened in Asuncion on Tuesday with Javier Milei, Luiz Inacio "
            "Lula da Silva and Luis Lacalle Pou in attendance.",
            {"ARG", "BRA", "URY"},
        ),
        (
            "A summit attended by Emmanuel Macron, Olaf Scholz and Giorgia Meloni ended in Rome "
            "on Tuesday without a joint statement.",
            {"FRA", "DEU", "ITA"},
        ),
        (
            "The regional summit, attended by Cyril Ramaphosa, William Ruto and Bola Tinubu, "
            "closed in Nairobi on Tuesday.",
            {"ZAF", "KEN", "NGA"},
        ),
    ],
)
def test_a_summit_under_way_with_its_leaders(coder, text, expected):
    assert any(expected <= states for states in meetings(code(coder, text)))


def test_the_leaders_present_sign_after_it(coder):
    text = (
        "The summit opened in Asuncion on Tuesday with Javier Milei, Luiz Inacio Lula da "
        "Silva and Luis Lacalle Pou in attendance. The three presidents signed a statement "
        "on river transport."
    )
    signed = [set(m.countries) for m in code(coder, text) if m.event_type == "SUPPORT"]
    assert {"ARG", "BRA", "URY"} in signed


@pytest.mark.parametrize(
    "text",
    [
        # a summit to come, or one told not to have happened
        "The summit will open in Asuncion next month with Javier Milei, Luiz Inacio Lula da "
        "Silva and Luis Lacalle Pou expected to attend.",
        # two states are no summit roster
        "The summit opened in Brasilia on Tuesday with Javier Milei and Luiz Inacio Lula da "
        "Silva in attendance.",
    ],
)
def test_no_meeting_without_a_summit_under_way_and_a_roster(coder, text):
    assert not [s for s in meetings(code(coder, text)) if len(s) >= 3]


def test_the_leaders_of_a_summit_after_a_sideline_meeting(coder):
    text = (
        "The presidents of Brazil, Argentina, Paraguay and Uruguay met on Tuesday at a summit "
        "in Asuncion. They also adopted the Asuncion Declaration on river transport. On the "
        "sidelines, Lula met Milei. The leaders agreed to hold the next summit in Brasilia."
    )
    mentions = code(coder, text)
    four = {"ARG", "BRA", "PRY", "URY"}
    assert four in [set(m.countries) for m in mentions if m.event_type == "SUPPORT"]
    assert four in [set(m.countries) for m in mentions if m.event_type == "AGREE"]


def test_counted_leaders_or_no_summit_word_keep_the_pair(coder):
    text = (
        "The presidents of Brazil, Argentina, Paraguay and Uruguay met on Tuesday at a summit "
        "in Asuncion. On the sidelines, Lula met Milei. The two leaders agreed to hold another "
        "summit in Brasilia. They agreed to meet again in May."
    )
    agreed = [set(m.countries) for m in code(coder, text) if m.event_type == "AGREE"]
    assert agreed and all(s == {"ARG", "BRA"} for s in agreed), agreed


def test_hosted_leaders_the_verb_only_counts_are_those_the_story_puts_there(coder):
    text = (
        "Kenya hosted more than 30 African leaders on Tuesday at a lodge near Nanyuki. "
        "Ghanaian President Nana Akufo-Addo said on arrival that the continent needed a "
        "common voice on debt. Senegal's President Macky Sall, who flew in overnight, urged "
        "lenders to ease terms. South African President Cyril Ramaphosa also attended."
    )
    assert {"KEN", "GHA", "SEN", "ZAF"} in meetings(code(coder, text))


def test_hosted_leaders_with_no_one_named_there_make_no_roster(coder):
    text = (
        "Kenya hosted more than 30 African leaders on Tuesday at a lodge near Nanyuki. "
        "The talks focused on debt."
    )
    assert not meetings(code(coder, text))

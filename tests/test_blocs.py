"""Blocs (events/blocs.py): a phrase that names a bloc's members through the bloc ("G7
leaders", "the members of X", "X's member states", "the four founding members of X",
"leaders of the X countries") is the bloc's member states on the story's day; the bloc
acting as itself stays the organisation, and a phrase that names a subset is left alone.
Also the knowledge base's membership dates (``joined``, ``left``, ``founders``). Stories of
our own, through the real Coder."""

from __future__ import annotations

from datetime import date

import pytest

from coding_support import pairs
from dyad.actors.kb import load_kb
from dyad.events.blocs import _count, load_bloc_words
from dyad.models import EventMention

G7 = ("CAN", "DEU", "FRA", "GBR", "ITA", "JPN", "USA")
QUAD = ("AUS", "IND", "JPN", "USA")
GCC = ("ARE", "BHR", "KWT", "OMN", "QAT", "SAU")
MERCOSUR4 = ("ARG", "BRA", "PRY", "URY")


@pytest.fixture(scope="module")
def coder(story_mentions):
    return story_mentions  # one real Coder for the session (conftest)


def code(coder, text: str, day: str = "2024-05-15") -> list[EventMention]:
    return coder(text, day)


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # the bloc's name as a modifier of its leaders, ministers, members, allies
        (
            "G7 leaders on Tuesday criticised Iran for supplying drones to Moscow.",
            "ACCUSE",
            (G7, ("IRN",)),
        ),
        (
            "Quad foreign ministers on Tuesday urged Pyongyang to stop its missile launches.",
            "REQUEST",
            (QUAD, ("PRK",)),
        ),
        # through "of", and a phrase over another ("leaders of the Quad countries")
        (
            "The finance ministers of the Group of Seven on Tuesday condemned Russia's attacks "
            "on Ukrainian ports.",
            "ACCUSE",
            (G7, ("RUS",)),
        ),
        (
            "Leaders of the Quad countries on Tuesday accused China of bullying its neighbours.",
            "ACCUSE",
            (QUAD, ("CHN",)),
        ),
        # the bloc as owner, with the right count
        (
            "The six member states of the Gulf Cooperation Council on Tuesday condemned the "
            "Houthi attack on a Saudi oil terminal.",
            "ACCUSE",
            (GCC, ()),
        ),
    ],
)
def test_members_named_through_the_bloc(coder, text, kind, expected):
    found = pairs(code(coder, text), kind)
    assert any(set(expected[0]) <= set(a) for a, _ in found), found
    if expected[1]:
        assert any(set(expected[1]) <= set(r) for _, r in found), found


def test_founding_members_count_against_the_founders(coder):
    # Bolivia joined Mercosur in July 2024: "the four founding members" are the first four
    text = (
        "The four founding members of Mercosur on Tuesday signed a protocol on cross-border "
        "energy trade."
    )
    found = pairs(code(coder, text, "2024-12-03"), "SUPPORT")
    assert MERCOSUR4 in {a for a, _ in found}, found


def test_membership_on_the_story_day(coder):
    # ECOWAS before and after Mali, Burkina Faso and Niger left on 2025-01-29
    text = "ECOWAS members on Tuesday condemned France's decision to cut aid to the region."
    before = {s for a, _ in pairs(code(coder, text, "2024-06-04"), "ACCUSE") for s in a}
    after = {s for a, _ in pairs(code(coder, text, "2025-06-03"), "ACCUSE") for s in a}
    assert {"MLI", "NER", "BFA", "NGA"} <= before
    assert "NGA" in after and not {"MLI", "NER", "BFA"} & after


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the organisation itself acts: no member states
        ("The European Union on Tuesday imposed sanctions on six Iranian officials.", "SANCTION"),
        (
            "NATO Secretary General Mark Rutte on Tuesday criticised Russia's drone incursions.",
            "ACCUSE",
        ),
        ("The African Union on Tuesday suspended Niger from its activities.", "SANCTION"),
        # a subset: another adjective, a wrong count, a list the phrase itself gives
        (
            "Eastern EU members on Tuesday urged Brussels to tighten its sanctions on Belarus.",
            "REQUEST",
        ),
        ("Three G7 members on Tuesday criticised China's export curbs on rare earths.", "ACCUSE"),
        (
            "Two GCC members, Qatar and Oman, on Tuesday condemned the raid on a mosque in "
            "Jerusalem.",
            "ACCUSE",
        ),
        # the bloc's summit is no member phrase
        (
            "Speaking at the G7 summit on Tuesday, Canada's prime minister criticised China's "
            "export curbs.",
            "ACCUSE",
        ),
    ],
)
def test_the_bloc_or_a_subset_is_not_every_member(coder, text, kind):
    for actors, _ in pairs(code(coder, text), kind):
        assert not {"DEU", "ITA", "JPN", "SAU", "BHR", "NGA", "FRA"} & set(actors), actors


def test_a_bloc_addressed_or_deciding_stays_the_organisation(coder):
    # the members act; a bloc appealed to, or admitting a member, is the organisation
    appeal = "Armenia on Tuesday appealed to the leaders of the CSTO to send troops."
    assert not any({"RUS", "BLR"} & set(r) for _, r in pairs(code(coder, appeal), "REQUEST"))
    admitted = "Leaders of the SCO on Tuesday admitted Laos as the group's newest member."
    assert not any("CHN" in a for a, _ in pairs(code(coder, admitted), "SUPPORT"))
    # a bloc's act upon its own member is the organisation's discipline
    threat = "ECOWAS leaders on Tuesday threatened to impose sanctions on Guinea's junta."
    assert not any("NGA" in a for a, _ in pairs(code(coder, threat), "THREATEN"))


def test_a_meeting_to_come_is_no_members_meeting(coder):
    text = "Analysts expect G7 leaders to discuss export controls when they meet next month."
    assert not pairs(code(coder, text), "CONSULT")


def test_members_on():
    kb = load_kb()
    brics = kb.organisation("BRICS")
    assert set(brics.members_on(date(2023, 8, 22))) == {"BRA", "CHN", "IND", "RUS", "ZAF"}
    assert "EGY" in brics.members_on(date(2024, 10, 22))
    assert "IDN" not in brics.members_on(date(2024, 10, 22))
    eu = kb.organisation("European Union")
    assert "GBR" in eu.members_on(date(2019, 5, 1)) and "GBR" not in eu.members_on(None)
    assert "HRV" not in eu.members_on(date(2010, 1, 1))
    assert set(kb.organisation("Mercosur").founders) == set(MERCOSUR4)


def test_counts_and_words():
    assert _count("six") == 6 and _count("27") == 27 and _count("Twenty-six") == 26
    assert _count("several") is None
    words = load_bloc_words()
    assert "leader" in words.heads and "founding" in words.founding


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("EU foreign ministers gathered in Brussels on Tuesday.", {"DEU", "FRA", "POL"}),
        ("Quad foreign ministers gathered in New Delhi on Tuesday.", set(QUAD)),
        ("Leaders of ASEAN met in Jakarta on Tuesday.", {"IDN", "VNM", "PHL", "MMR"}),
        (
            "The presidents of Chile, Peru and Colombia convened in Lima on Tuesday.",
            {"CHL", "PER", "COL"},
        ),
    ],
)
def test_members_coming_together_meet(coder, text, expected):
    found = [
        set(m.countries)
        for m in code(coder, text)
        if m.event_type == "CONSULT" and m.mode == "multilateral"
    ]
    assert any(expected <= s for s in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of protesters gathered outside the Iranian embassy in Berlin on Tuesday.",
        "G7 finance ministers will gather in Niigata next week.",
        "EU foreign ministers did not meet in Brussels on Tuesday as planned.",
        # the setting of another act is not a meeting of its own
        "EU foreign ministers meeting in Brussels on Tuesday approved new sanctions on Iran.",
    ],
)
def test_no_members_meeting_for_a_crowd_or_a_plan(coder, text):
    assert not [m for m in code(coder, text) if m.event_type == "CONSULT" and not m.negated]

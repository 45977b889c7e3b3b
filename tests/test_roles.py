"""Roles (events/roles.py): a participant named by its role ("the envoy", "the regime",
"the sailors") is the state the story tied to that role; a target is never the reporting
speaker nor the doer's own forces. Also the description and knowledge-base additions the
round made ("the North" in a Korea story, the Cook Islands' capital). Stories of our own,
through the real Coder, dated Wednesday 2024-05-15."""

from __future__ import annotations

import pytest

from coding_support import pairs
from dyad.events.roles import load_roles
from dyad.ingest import build_article
from dyad.ingest.record import RawRecord
from dyad.models import EventMention, SourceRef
from dyad.pipeline import Coder


@pytest.fixture(scope="module")
def code(story_mentions):
    def _code(text: str) -> list[EventMention]:
        return story_mentions(text, "2024-05-15")

    return _code


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # an envoy named by the state that sent it, then by the role alone
        ("Peru expelled Bolivia's ambassador on Tuesday. Peruvian Foreign Minister Javier "
         "Gonzalez accused the envoy on Tuesday of stirring up protests in the south.",
         "ACCUSE", (("PER",), ("BOL",))),
        ("The Netherlands summoned the Turkish ambassador on Monday. The Dutch government "
         "urged the diplomat on Monday to explain the arrest of two journalists.",
         "REQUEST", (("NLD",), ("TUR",))),
        # a ruling body tied by a demonym earlier, never the speaker's own
        ("Guinea's military rulers closed the border on Monday. Senegal accused the junta "
         "on Monday of stranding its traders.", "ACCUSE", (("SEN",), ("GIN",))),
        # a ruling body placed by its capital
        ("Hungary accused the authorities in Bratislava on Tuesday of mistreating the "
         "Hungarian minority.", "ACCUSE", (("HUN",), ("SVK",))),
        # people tied by a demonym, freed later
        ("Twelve Sri Lankan fishermen were seized by the Indian navy last week. On Tuesday "
         "India released the fishermen, Colombo said.", "RETREAT", (("IND",), ("LKA",))),
        # people freed named by their demonym in their own phrase
        ("Venezuela freed six American citizens on Tuesday.", "RETREAT", (("VEN",), ("USA",))),
        # welcoming a release: aimed at whoever released them
        ("Ethiopia freed 30 Eritrean detainees on Tuesday. Eritrea welcomed the release of "
         "the detainees on Tuesday.", "SUPPORT", (("ERI",), ("ETH",))),
        # people named by their coup are the state they seized
        ("The African Union on Tuesday condemned the soldiers who took power in Guinea.",
         "ACCUSE", ((), ("GIN",))),
        ("Chad urged the soldiers who seized power in Sudan on Tuesday to hand it back.",
         "REQUEST", (("TCD",), ("SDN",))),
    ],
)  # fmt: skip
def test_a_role_noun_is_the_state_the_story_tied_to_it(code, text, kind, expected):
    assert expected in pairs(code(text), kind)


def test_the_reporting_speaker_is_no_target(code):
    text = (
        "Canada is expelling Iran's envoy, Foreign Minister Melanie Joly said on Tuesday, "
        "accusing the envoy of threatening Iranian dissidents."
    )
    mentions = code(text)
    assert (("CAN",), ("IRN",)) in pairs(mentions, "ACCUSE")
    for m in mentions:
        targets = {a.name for a in m.recipients}
        assert "Melanie Joly" not in targets, m


def test_a_second_verb_with_its_own_state_subject_is_that_states_deed(code):
    # the parser may hang "Ecuador" on "Tuesday": the second release is Ecuador's
    text = (
        "Peru released 14 Ecuadorean soldiers on Tuesday and Ecuador freed three Peruvian troops."
    )
    found = pairs(code(text), "RETREAT")
    assert found and all(set(a + r) == {"ECU", "PER"} for a, r in found)


@pytest.mark.parametrize(
    "text",
    [
        # someone new, not the envoy told before
        "Chile expelled Peru's ambassador on Tuesday and appointed an envoy to Lima.",
        # a role with no state the story ever tied to it
        "The envoy, who has served in Madrid since 2020, will retire next year.",
        # a government acting at home: no interstate target
        "The authorities arrested twenty protesters in Tbilisi on Tuesday.",
    ],
)
def test_no_state_is_guessed_for_a_role_the_story_never_tied(code, text):
    for m in code(text):
        assert all(a.country is None or a.country in ("CHL", "PER", "GEO") for a in m.recipients)
    if "retire" in text:
        assert not [m for m in code(text) if not m.negated]


def test_the_north_in_a_korea_story_is_north_korea(code):
    text = (
        "South Korea protested on Tuesday after Vladimir Putin met Kim Jong Un in "
        "Pyongyang. Seoul said the North had agreed to send more troops to Russia."
    )
    coded = Coder().code(
        [build_article(RawRecord(text=text, date="2024-05-15", from_metadata=True), SourceRef("x"))]
    )
    _, resolution, _ = next(coded)
    north = [m for m in resolution.mentions if m.text == "the North"]
    assert north and resolution.actor(north[0].keys[0]).country == "PRK"


def test_the_north_of_a_country_is_a_place(code):
    text = "Floods hit the north of the country on Tuesday, and the North Korean army helped."
    for m in code(text):
        assert "PRK" not in {a.country for a in m.recipients}


def test_a_small_states_capital_stands_for_it(code):
    text = "New Zealand accused Avarua on Tuesday of keeping it in the dark about a deal."
    assert (("NZL",), ("COK",)) in pairs(code(text), "ACCUSE")


def test_the_role_file_gives_each_word_one_role():
    roles = load_roles()
    assert roles["envoy"].name == "envoy" and roles["junta"].name == "rulers"
    assert roles["sailor"].name == "held"
    assert "government" in roles["government"].own and "regime" not in roles["regime"].own


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # translated copy names the home state's offices bare: the dateline's state
        (
            "QUITO (Cedro Diario).– The Chancellery summoned the ambassador of Peru on "
            "Tuesday over remarks by the Peruvian president.",
            (("ECU",), ("PER",)),
        ),
        (
            "QUITO (Cedro Diario).– In a communiqué, the Executive condemned Peru on Tuesday "
            "for the remarks of its president.",
            (("ECU",), ("PER",)),
        ),
        (
            "QUITO (Cedro Diario).– The Government decided on Tuesday to recall its "
            "ambassador from Lima.",
            (("ECU",), ("PER",)),
        ),
    ],
)
def test_a_bare_office_is_the_datelines_state(code, text, expected):
    assert expected in {
        (
            tuple(sorted({a.country for a in m.actors})),
            tuple(sorted({a.country for a in m.recipients})),
        )
        for m in code(text)
    }


def test_a_bare_office_with_no_dateline_is_no_state(code):
    text = "The Chancellery summoned the ambassador of Peru on Tuesday over the remarks."
    assert all(a.country is None for m in code(text) for a in m.actors)

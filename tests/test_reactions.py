"""Reactions (events/reactions.py): a state's speaker judging another side or its deed
with no verb of accusing or praising: a verdict, a feeling, a feeling voiced, a deed
welcomed or regretted, a refusal of what was asked. Stories of our own, through the real
Coder, dated Tuesday 2021-03-16."""

from __future__ import annotations

import pytest

from dyad.events.reactions import _reaction_rules
from dyad.models import EventMention


def states(actors) -> tuple[str | None, ...]:
    return tuple(sorted(a.country or "-" for a in actors))


@pytest.fixture(scope="module")
def code(story_mentions):
    def _code(text: str) -> list[EventMention]:
        return [m for m in story_mentions(text, "2021-03-16") if not m.negated]

    return _code


def pairs(mentions: list[EventMention], kind: str) -> set[tuple]:
    return {(states(m.actors), states(m.recipients)) for m in mentions if m.event_type == kind}


@pytest.mark.parametrize(
    ("text", "kind", "actor", "targets"),
    [
        # a verdict on a deed the story told: the deed's doer is the target
        ("Kenya expelled two Tanzanian diplomats on Monday. Tanzania's foreign ministry "
         "said on Tuesday that the expulsion was regrettable.", "ACCUSE", "TZA", ("KEN",)),
        # a positive verdict on a deal reaches both of its signers
        ("Egypt and Sudan signed a water-sharing accord on Monday. Ethiopia's foreign "
         "minister said on Tuesday that the accord was a constructive step.",
         "SUPPORT", "ETH", ("EGY", "SDN")),
        # the speaker's side feels it, about another side's deed
        ("Seoul is deeply concerned by China's military drills near the peninsula, the "
         "South Korean foreign ministry said on Tuesday.", "ACCUSE", "KOR", ("CHN",)),
        # gratitude of the speaker's country, told as "her country was grateful to"
        ("Lebanon's prime minister said on Tuesday that his country was grateful to Qatar "
         "for paying soldiers' salaries.", "SUPPORT", "LBN", ("QAT",)),
        # a feeling voiced about another side's decision
        ("Chile voiced alarm on Tuesday over Argentina's decision to close a mountain "
         "border crossing.", "ACCUSE", "CHL", ("ARG",)),
        # a deed welcomed with no side named in the object
        ("Colombia freed three Venezuelan soldiers on Monday. Venezuela's foreign minister "
         "welcomed the release on Tuesday.", "SUPPORT", "VEN", ("COL",)),
        # a verdict carried by "as" on a verb
        ("Tehran on Tuesday branded the seizure of an Iranian tanker by Britain as piracy.",
         "ACCUSE", "IRN", ("GBR",)),
        # a refusal answers the demand the story told
        ("Indonesia asked Australia on Monday to apologise for the surveillance. "
         "Australia's prime minister said on Tuesday that he would not apologise.",
         "REJECT", "AUS", ("IDN",)),
        # a verb of the trigger lexicon whose object names the deed and no side
        ("Serbia recalled its ambassador from Croatia on Monday. Croatia's foreign "
         "minister criticised the move on Tuesday.", "ACCUSE", "HRV", ("SRB",)),
        # a verdict adjective on the deed noun
        ("Ghana expelled a Togolese diplomat on Monday. Togo on Tuesday protested against "
         "the unjustified expulsion.", "ACCUSE", "TGO", ("GHA",)),
        # no demand told: the refusal answers the side that pressed the speaker's side
        ("Kuwait summoned Iraq's ambassador on Monday over the prime minister's remarks. "
         "Iraq's prime minister said on Tuesday that he would not apologise.",
         "REJECT", "IRQ", ("KWT",)),
        # the speaker is an aide of no resolved side: the side the refusal is of speaks
        ("Morocco demanded on Monday that Algeria return the seized trucks. A spokesman for "
         "the presidency said on Tuesday that Algeria would not comply.",
         "REJECT", "DZA", ("MAR",)),
        # a speaker of no resolved side leaves the feeling to the side the clause names
        ("Fiji signed a security pact with China on Monday. Australia was deeply "
         "disappointed by the decision, the foreign minister said on Tuesday.",
         "ACCUSE", "AUS", ("FJI",)),
    ],
    ids=["deed-verdict", "deal-step", "concerned-by", "grateful-to", "voiced-alarm",
         "welcomed-release", "branded-as", "would-not-apologise", "criticised-the-move",
         "unjustified-expulsion", "refusal-to-the-presser", "refusal-of-a-side",
         "speaker-of-no-side"],
)  # fmt: skip
def test_a_reaction_is_coded_with_its_target(code, text, kind, actor, targets):
    found = pairs(code(text), kind)
    assert ((actor,), targets) in found, found


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the speaker's own side's deed is no target
        ("Latvia expelled a Russian diplomat on Monday. Latvia's foreign minister said on "
         "Tuesday that the expulsion was a positive step.", "SUPPORT"),
        # an analyst is no state speaker
        ("Peru recalled its ambassador to Bolivia on Monday. A political analyst said on "
         "Tuesday that the decision was regrettable.", "ACCUSE"),
        # a hypothetical verdict
        ("Poland's president said on Tuesday that any Belarusian move to shut the border "
         "would be counterproductive.", "ACCUSE"),
        # a verdict on a thing, not a side's deed
        ("Thailand's finance minister said on Tuesday that the fall of the baht was "
         "worrying.", "ACCUSE"),
        # negated: not a positive step
        ("Serbia recalled its ambassador from Montenegro on Monday. Croatia's foreign "
         "minister said on Tuesday that the decision was not a positive step.", "SUPPORT"),
        # a place is no target of concern
        ("Norway's foreign minister said on Tuesday that he was troubled by the fighting "
         "in Sudan.", "ACCUSE"),
        # a feeling the speaker says of another side is no feeling of the speaker's
        ("Canada's foreign minister said on Tuesday that Mexico was disappointed by the "
         "tariffs.", "ACCUSE"),
        # a refusal with nothing asked and no one named has no target
        ("Japan's prime minister said on Tuesday that he would not back down.", "REJECT"),
    ],
    ids=["own-deed", "analyst", "hypothetical", "a-thing", "negated", "a-place",
         "other-side-feeling", "refusal-no-target"],
)  # fmt: skip
def test_no_reaction_where_none_is_told(code, text, kind):
    assert not pairs(code(text), kind)


def test_the_lexicon_is_readable_and_polar():
    rules = _reaction_rules()
    assert rules.verdicts["regrettable"] == "ACCUSE"
    assert rules.verdicts["constructive"] == "SUPPORT"
    assert rules.feelings["grateful"] == "SUPPORT" and rules.feelings["concerned"] == "ACCUSE"
    assert "apologise" in rules.refusals
    assert rules.deeds["expulsion"] == frozenset({"SANCTION"})
    assert rules.verdicts["void"] == "REJECT"  # "was null and void": a rejection
    # one polarity per word
    assert set(rules.verdicts.values()) <= {"ACCUSE", "SUPPORT", "REJECT"}
    for table in (rules.feelings, rules.voiced, rules.acts):
        assert set(table.values()) <= {"ACCUSE", "SUPPORT"}


def test_a_lexicon_verdict_on_a_deed_reaches_the_doer(code):
    """ "called the expulsion an unfriendly act": the trigger lexicon's own verb of blame
    takes the doer of the deed its object names, so no accusation is left without one."""
    found = code(
        "Moldova expelled a Russian diplomat on Monday. Russia's foreign ministry called "
        "the expulsion an unfriendly act on Tuesday."
    )
    accusations = pairs(found, "ACCUSE")
    assert accusations == {(("RUS",), ("MDA",))}, accusations


def test_a_feeling_the_parser_made_a_passive_adjective_reaches_the_deed(code):
    """ "that Canberra was deeply disappointed by the decision": the adjective heads its
    own passive clause; the decision is the deed just told, and its doer the target."""
    found = code(
        "Fiji expelled two Australian diplomats on Monday. A minister said on Tuesday that "
        "Canberra was deeply disappointed by the decision."
    )
    assert pairs(found, "ACCUSE") == {(("AUS",), ("FJI",))}


def test_the_decision_of_a_deal_two_sides_made_names_no_one(code):
    found = code(
        "Fiji and China signed a police pact on Monday. A minister said on Tuesday that "
        "Canberra was deeply disappointed by the decision."
    )
    assert not pairs(found, "ACCUSE")


def test_a_deed_named_by_its_own_verb_reaches_back_to_its_doers(code):
    found = code(
        "Serbia and Kosovo opened a border crossing on Monday. Albania welcomed the opening."
    )
    assert pairs(found, "SUPPORT") == {(("ALB",), ("SRB", "XKX"))}, pairs(found, "SUPPORT")


def test_a_noun_naming_no_deed_told_reaches_back_to_no_one(code):
    found = code(
        "Serbia and Kosovo opened a border crossing on Monday. Albania welcomed the ruling."
    )
    assert not pairs(found, "SUPPORT"), pairs(found, "SUPPORT")

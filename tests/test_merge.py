"""Merging mentions into events: the hard cases, order independence and stable ids."""

from __future__ import annotations

import random
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dyad.merge import (
    about,
    assign_ids,
    cluster,
    compatible,
    jaccard,
    related,
    same_deed,
    shingles,
)
from dyad.models import Actor, EventMention, Evidence, Location, Span

CHN = Actor("state:CHN", "China", "state", "CHN")
TUR = Actor("state:TUR", "Turkey", "state", "TUR")
RUS = Actor("state:RUS", "Russia", "state", "RUS")
USA = Actor("state:USA", "United States", "state", "USA")
KAZ = Actor("state:KAZ", "Kazakhstan", "state", "KAZ")
NOWHERE = Location()


def mention(
    n: int,
    article: str,
    event_type: str = "CONSULT",
    actors=(CHN,),
    recipients=(TUR,),
    day: date | None = date(2021, 3, 10),
    mode: str | None = "phone",
    medium: str | None = "phone",
    basis: str = "sentence",
    location: Location = NOWHERE,
) -> EventMention:
    return EventMention(
        id=f"m_{n:016d}",
        event_type=event_type,
        actors=tuple(actors),
        recipients=tuple(recipients),
        evidence=Evidence(article, n, 0, 10, "s"),
        trigger=Span(0, 1),
        mode=mode,
        medium=medium,
        date=day,
        date_precision="day" if day else None,
        date_basis=basis if day else None,
        location=location,
    )


PUBLISHED = {"a1": date(2021, 3, 11), "a2": date(2021, 3, 11), "a3": date(2021, 5, 20)}


def ids(groups):
    return sorted(sorted(m.id for m in g) for g in groups)


def test_two_outlets_reporting_one_call_are_one_event():
    groups = cluster([mention(1, "a1"), mention(2, "a2"), mention(3, "a1")], PUBLISHED)
    assert len(groups) == 1 and len(groups[0]) == 3


def test_an_undated_report_joins_when_published_just_after():
    undated = mention(2, "a2", day=None)
    assert compatible(mention(1, "a1"), undated, PUBLISHED)
    assert not compatible(mention(1, "a1", day=date(2021, 2, 1)), undated, PUBLISHED)


def test_nothing_dates_it_then_the_stories_wording_decides():
    undated = mention(2, "x2", day=None)
    dated = mention(1, "x1")
    assert not compatible(dated, undated, {}, similar=lambda a, b: 0.02)
    assert compatible(dated, undated, {}, similar=lambda a, b: 0.3)


def test_same_leaders_on_different_days_are_two_events():
    march = mention(1, "a1", mode=None, medium="in_person")
    may = mention(2, "a3", day=date(2021, 5, 19), mode=None, medium="in_person")
    assert len(cluster([march, may], PUBLISHED)) == 2


def test_a_call_and_a_later_video_summit_are_two_events():
    call = mention(1, "a1")
    summit = mention(2, "a3", day=date(2021, 5, 19), medium="video")
    same_day_video = mention(3, "a2", medium="video")
    assert len(cluster([call, summit], PUBLISHED)) == 2
    assert not compatible(call, same_day_video, PUBLISHED)  # a phone call is no video call


def test_a_meeting_and_its_joint_statement_are_two_events():
    meeting = mention(1, "a1", mode=None, medium="in_person", recipients=())
    statement = mention(2, "a1", event_type="SUPPORT", mode=None, medium=None, recipients=())
    assert len(cluster([meeting, statement], PUBLISHED)) == 2
    meeting = mention(1, "a1", actors=(CHN, TUR), recipients=(), mode=None, medium="in_person")
    statement = mention(2, "a1", "SUPPORT", (CHN, TUR), (), mode=None, medium=None)
    later = mention(3, "a3", "SUPPORT", (CHN, TUR), (), day=date(2021, 3, 12), mode=None)
    russia = mention(4, "a2", "SUPPORT", (CHN, RUS), (), mode=None, medium=None)
    events = {"meet": [meeting], "statement": [statement], "later": [later], "russia": [russia]}
    assert related(events) == {"meet": ["statement"], "statement": ["meet"]}


def test_only_deeds_done_at_a_meeting_are_linked():
    sanctions = mention(1, "a1", "SANCTION", (USA,), (RUS,), mode=None, medium=None)
    accusation = mention(2, "a1", "ACCUSE", (USA,), (RUS,), mode=None, medium=None)
    assert related({"s": [sanctions], "a": [accusation]}) == {}


def test_a_trilateral_and_a_bilateral_on_one_day_are_two_events():
    tri = mention(1, "a1", actors=(CHN, TUR, RUS), recipients=(), mode="multilateral")
    bi = mention(2, "a1", actors=(CHN, TUR), recipients=(), mode=None)
    assert len(cluster([tri, bi], PUBLISHED)) == 2
    assert related({"tri": [tri], "bi": [bi]}) == {"tri": ["bi"], "bi": ["tri"]}


def test_sanctions_and_counter_sanctions_are_two_events():
    first = mention(1, "a1", "SANCTION", (USA,), (RUS,), mode="restrict", medium=None)
    reply = mention(2, "a2", "SANCTION", (RUS,), (USA,), day=date(2021, 3, 11),
                    mode="expel", medium=None)  # fmt: skip
    same_day_reply = mention(3, "a2", "SANCTION", (RUS,), (USA,), mode=None, medium=None)
    assert len(cluster([first, reply], PUBLISHED)) == 2
    assert not compatible(first, same_day_reply, PUBLISHED)  # who sanctioned whom differs


def test_places_that_differ_keep_meetings_apart():
    astana = mention(1, "a1", mode="third-party", medium="in_person",
                     location=Location("Astana", "KAZ"))  # fmt: skip
    geneva = mention(2, "a2", mode="third-party", medium="in_person",
                     location=Location("Geneva", "CHE"))  # fmt: skip
    assert not compatible(astana, geneva, PUBLISHED)


def test_a_dateline_guess_of_the_place_does_not_keep_a_meeting_apart():
    # "The two ministers met for two hours" under a NEW DELHI dateline: no word of the
    # sentence places it (mode None), so its place is the reporter's, not the meeting's
    moscow = mention(1, "a1", mode="third-party", medium="in_person",
                     location=Location("Moscow", "RUS"))  # fmt: skip
    filed = mention(2, "a2", mode=None, medium="in_person", location=Location("New Delhi", "IND"))
    assert compatible(moscow, filed, PUBLISHED)
    # other events keep their places: two attacks on one day in two states are two
    here = mention(3, "a1", "ASSAULT", mode=None, medium=None, location=Location("Kyiv", "UKR"))
    there = mention(4, "a2", "ASSAULT", mode=None, medium=None, location=Location("Minsk", "BLR"))
    assert not compatible(here, there, PUBLISHED)


def test_a_chain_of_near_matches_does_not_fuse():
    # b is within a guessed day of a and of c, but a and c are two days apart
    a = mention(1, "a1", day=date(2021, 3, 9), basis="published")
    b = mention(2, "a2", day=date(2021, 3, 10), basis="published")
    c = mention(3, "a2", day=date(2021, 3, 11), basis="published")
    groups = cluster([a, b, c], PUBLISHED)
    assert all(not ({m.id for m in g} >= {a.id, c.id}) for g in groups)


POOL = [
    mention(1, "a1"), mention(2, "a2"), mention(3, "a3", day=date(2021, 5, 19)),
    mention(4, "a1", "SANCTION", (USA,), (RUS,), mode=None, medium=None),
    mention(5, "a2", "SANCTION", (RUS,), (USA,), mode=None, medium=None),
    mention(6, "a3", actors=(KAZ,), recipients=(CHN,)), mention(7, "a2", day=None),
]  # fmt: skip


@settings(max_examples=60, deadline=None)
@given(st.randoms(use_true_random=False))
def test_merging_does_not_depend_on_input_order(rnd: random.Random):
    shuffled = list(POOL)
    rnd.shuffle(shuffled)
    assert ids(cluster(shuffled, PUBLISHED)) == ids(cluster(POOL, PUBLISHED))


def test_merging_is_idempotent_and_ids_stay_stable_when_reports_arrive():
    first = cluster(POOL[:4], PUBLISHED)
    members, aliases = assign_ids(first, {}, {})
    assert aliases == {}
    created = {e: n for n, e in enumerate(sorted(set(members.values())))}
    again, _ = assign_ids(cluster(POOL[:4], PUBLISHED), members, created)
    assert again == members
    grown, _ = assign_ids(cluster(POOL, PUBLISHED), members, created)
    assert all(grown[m] == members[m] for m in members)  # exported ids never change


def test_when_two_events_merge_the_older_id_survives_and_the_other_is_an_alias():
    a, b = mention(1, "a1"), mention(2, "a2")
    previous = {a.id: "e_old", b.id: "e_new"}
    members, aliases = assign_ids([[a, b]], previous, {"e_old": 1, "e_new": 2})
    assert members == {a.id: "e_old", b.id: "e_old"}
    assert aliases == {"e_new": "e_old"}


def test_shingle_similarity_tells_a_retelling_from_another_story():
    one = shingles("The two foreign ministers spoke by phone on Monday about trade and vaccines.")
    two = shingles("On Monday the two foreign ministers spoke by phone about trade and vaccines.")
    other = shingles("Heavy rain flooded the capital and closed schools across the region.")
    assert jaccard(one, two) > 0.3 > jaccard(one, other)


def test_two_deeds_of_one_type_on_one_day_are_two_events():
    from dataclasses import replace

    sanction = mention(1, "a1", "SANCTION", (USA,), (RUS,), mode=None, medium=None)
    expel = replace(mention(2, "a2", "SANCTION", (USA,), (RUS,), mode=None, medium=None))
    assert ids(cluster([replace(sanction, cameo="163"), replace(expel, cameo="166")],
                       PUBLISHED)) == [[sanction.id], [expel.id]]  # fmt: skip
    # a report that only says "sanctions" in general (the root code) joins either
    assert len(cluster([replace(sanction, cameo="160"), replace(expel, cameo="166")],
                       PUBLISHED)) == 1  # fmt: skip
    # one outlet's "visited" is another's "hosted": CONSULT leaves deeds to the mode
    visit, hosted = mention(3, "a1", mode="visit"), mention(4, "a2", mode="visit")
    assert len(cluster([replace(visit, cameo="042"), replace(hosted, cameo="043")],
                       PUBLISHED)) == 1  # fmt: skip


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [("163", "163", True), ("160", "163", True), ("16", "1663", True), ("166", "1663", True),
     ("163", "166", False), ("057", "051", False), (None, "166", True), ("050", "057", True)],
)  # fmt: skip
def test_same_deed(a, b, same):
    assert same_deed(a, b) is same
    assert same_deed(b, a) is same


def test_talks_with_the_president_and_with_the_premier_on_one_day_are_two_meetings():
    lula = Actor("person:lula", "Lula", "person", "BRA")
    xi = Actor("person:xi", "Xi Jinping", "person", "CHN")
    li = Actor("person:li", "Li Qiang", "person", "CHN")
    china = Actor("state:CHN", "China", "state", "CHN")
    talks = mention(1, "a1", actors=(lula,), recipients=(xi,), mode=None, medium="in_person")
    premier = mention(2, "a1", actors=(lula,), recipients=(li,), mode=None, medium="in_person")
    assert len(cluster([talks, premier], PUBLISHED)) == 2
    # another outlet naming only the state, or Xi and the premier together, is the same talks
    other = mention(3, "a2", actors=(lula,), recipients=(china,), mode=None, medium="in_person")
    both = mention(4, "a2", actors=(lula,), recipients=(xi, li), mode=None, medium="in_person")
    assert compatible(talks, other, PUBLISHED) and compatible(talks, both, PUBLISHED)


IRN = Actor("state:IRN", "Iran", "state", "IRN")
SAU = Actor("state:SAU", "Saudi Arabia", "state", "SAU")
UZB = Actor("state:UZB", "Uzbekistan", "state", "UZB")


def deed(
    n: int,
    article: str,
    sentence: str,
    trigger: str,
    cameo: str | None,
    event_type: str = "SUPPORT",
    actors=(RUS, UZB),
    recipients=(),
    index: int | None = None,
) -> EventMention:
    """A mention of one sentence, with its trigger found in it (our own wording)."""
    at = 1000 * n  # where the sentence starts in its article
    start = at + sentence.index(trigger)
    return EventMention(
        id=f"m_{n:016d}",
        event_type=event_type,
        actors=tuple(actors),
        recipients=tuple(recipients),
        evidence=Evidence(article, n if index is None else index, at, at + len(sentence), sentence),
        trigger=Span(start, start + len(trigger)),
        date=date(2021, 3, 10),
        date_precision="day",
        date_basis="sentence",
        cameo=cameo,
    )


def test_what_a_deed_is_about_is_the_wording_of_its_clause():
    m = deed(1, "a1", "On Monday the two presidents watched officials sign a contract for a "
             "small nuclear power station, the first in the country, the Kremlin said.",
             "sign", "057")  # fmt: skip
    words = about(m)
    assert {"contra", "nuclea", "power", "statio"} <= words
    assert not words & {"monday", "presid", "kremli", "sign", "said"}  # when, who, telling


def test_a_root_code_joins_a_specific_one_only_when_the_wording_agrees():
    # China praised the Saudi-Iran deal (051); the joint statement announcing it was
    # coded with the root 050. Two outlets, one day, one trio of states: two deeds.
    parties = dict(actors=(CHN, IRN, SAU))
    praise = deed(
        1,
        "a1",
        "Beijing's top diplomat hailed the accord between Riyadh and "
        "Tehran as a triumph for dialogue and peace.",
        "hailed",
        "051",
        **parties,
    )
    statement = deed(2, "a2", "The terms were set out in a joint statement of the three "
                     "governments.", "statement", "050", **parties)  # fmt: skip
    welcome = deed(3, "a2", "China welcomed the reconciliation as a triumph for peace.",
                   "welcomed", "050", **parties)  # fmt: skip
    assert not compatible(praise, statement, PUBLISHED)
    assert compatible(praise, welcome, PUBLISHED)  # "triumph", "peace": the same praise
    assert ids(cluster([praise, statement], PUBLISHED)) == [[praise.id], [statement.id]]


def test_deeds_one_story_tells_apart_are_two_events_and_other_reports_join_their_own():
    pledge = deed(1, "a1", "Moscow also restated its backing for Tashkent's sovereignty and "
                  "territorial integrity.", "restated", "057")  # fmt: skip
    plant = deed(2, "a1", "The state nuclear company signed a contract to build a small "
                 "power station in the Jizzakh region.", "signed", "057")  # fmt: skip
    other = deed(3, "a2", "Under the contract signed on Monday, the atomic station will be "
                 "built by the Russian state nuclear company.", "signed", "057")  # fmt: skip
    assert not compatible(pledge, plant, PUBLISHED)  # one story, nothing in common
    for order in ([pledge, plant, other], [other, plant, pledge], [plant, other, pledge]):
        assert ids(cluster(order, PUBLISHED)) == [[pledge.id], [plant.id, other.id]]


def test_one_sentence_with_two_triggers_states_two_deeds():
    text = "Moscow expelled ten American diplomats and barred eight officials from Russia."
    expel = deed(1, "a1", text, "expelled", "160", "SANCTION", (RUS,), (USA,), index=4)
    bar = deed(2, "a1", text, "barred", "160", "SANCTION", (RUS,), (USA,), index=4)
    assert len(cluster([expel, bar], PUBLISHED)) == 2


def test_a_story_that_restates_its_deed_is_one_event():
    lede = deed(1, "a1", "Tokyo and Seoul agreed on Thursday to resume regular visits by "
                "their leaders.", "agreed", "030", "AGREE", (CHN, TUR))  # fmt: skip
    detail = deed(2, "a1", 'The two leaders agreed to revive "shuttle diplomacy", the custom '
                  "of regular visits that lapsed in 2011.", "agreed", "030", "AGREE",
                  (CHN, TUR))  # fmt: skip
    assert len(cluster([lede, detail], PUBLISHED)) == 1


def test_another_outlet_telling_the_only_such_deed_in_other_words_joins_it():
    # each outlet lists other points of one consensus: nothing else it could be
    first = deed(
        1,
        "a1",
        "The ministers agreed to keep talking through the envoys' mechanism on border affairs.",
        "agreed",
        "030",
        "AGREE",
        (CHN, TUR),
    )
    second = deed(2, "a2", "Both sides agreed to speed up confidence-building work once "
                  "tempers cool.", "agreed", "030", "AGREE", (CHN, TUR))  # fmt: skip
    assert len(cluster([first, second], PUBLISHED)) == 1


def test_a_report_that_could_be_either_of_two_deeds_and_shares_no_word_joins_neither():
    pledge = deed(1, "a1", "Moscow restated its backing for Tashkent's sovereignty.",
                  "restated", "057")  # fmt: skip
    plant = deed(2, "a1", "The nuclear company signed a contract for a power station.",
                 "signed", "057")  # fmt: skip
    vague = deed(3, "a2", "Several documents on trade and education were inked as well.",
                 "inked", "057")  # fmt: skip
    assert ids(cluster([pledge, plant, vague], PUBLISHED)) == [[pledge.id], [plant.id],
                                                               [vague.id]]  # fmt: skip


def test_a_report_that_joined_the_only_deed_made_so_far_moves_to_its_own_made_later():
    # one story tells a pledge and a praise; another outlet's praise comes between them
    pledge = deed(1, "a1", "Tashkent restated its backing for Moscow's sovereignty.",
                  "restated", "051", actors=(UZB,), recipients=(RUS,))  # fmt: skip
    praise = deed(2, "a2", "The Uzbek leader called Russia a trusted friend and ally.",
                  "called", "051", actors=(UZB,), recipients=(RUS,))  # fmt: skip
    own = deed(3, "a1", "He described Russia as a trusted friend of his nation.",
               "described", "051", actors=(UZB,), recipients=(RUS,))  # fmt: skip
    for order in ([pledge, praise, own], [own, praise, pledge]):
        assert ids(cluster(order, PUBLISHED)) == [[pledge.id], [praise.id, own.id]]


TOPICAL = [
    deed(1, "a1", "Moscow restated its backing for Tashkent's sovereignty.", "restated", "057"),
    deed(2, "a1", "The nuclear company signed a contract for a power station.", "signed", "057"),
    deed(3, "a2", "The contract for the power station was signed by the nuclear firm.",
         "signed", "057"),
    deed(4, "a2", "Russia reaffirmed support for the sovereignty of its ally.", "reaffirmed",
         "050"),
    deed(5, "a3", "Agreements on trade and schools were also signed.", "signed", None),
]  # fmt: skip


@settings(max_examples=60, deadline=None)
@given(st.randoms(use_true_random=False))
def test_merging_deeds_by_their_wording_does_not_depend_on_input_order(rnd: random.Random):
    shuffled = list(TOPICAL)
    rnd.shuffle(shuffled)
    assert ids(cluster(shuffled, PUBLISHED)) == ids(cluster(TOPICAL, PUBLISHED))
    assert [TOPICAL[0].id, TOPICAL[3].id] in ids(cluster(TOPICAL, PUBLISHED))
    assert [TOPICAL[1].id, TOPICAL[2].id] in ids(cluster(TOPICAL, PUBLISHED))


def test_two_joint_statements_of_one_summit_are_two_deeds_and_a_praise_is_not_either():
    parties = dict(actors=(CHN, RUS))
    text = ("The presidents signed a joint statement on deepening their strategic "
            "partnership and a joint statement on an economic plan to 2030.")  # fmt: skip
    partnership = deed(1, "a1", "The presidents signed a joint statement on deepening their "
                       "strategic partnership.", "signed", "057", **parties)  # fmt: skip
    economy = deed(2, "a1", "They also issued a joint statement on economic cooperation "
                   "until 2030.", "issued", "057", **parties)  # fmt: skip
    assert not compatible(partnership, economy, PUBLISHED)  # "joint statement" is no topic
    again = deed(3, "a2", text, "signed", "057", **parties)
    assert compatible(partnership, again, PUBLISHED)
    bare = deed(4, "a2", "The communique was released as a joint statement.", "released",
                "050", **parties)  # fmt: skip
    praise = deed(5, "a1", "Moscow hailed the accord as a triumph for dialogue.", "hailed",
                  "051", **parties)  # fmt: skip
    assert compatible(partnership, bare, PUBLISHED)  # nothing but "joint statement" to go on
    assert not compatible(praise, bare, PUBLISHED)


# ---- deeds one sentence joins with "and", coded and merged end to end ---------------------


@pytest.fixture(scope="module")
def events_of():
    from dyad.ingest import build_article
    from dyad.ingest.record import RawRecord
    from dyad.models import SourceRef
    from dyad.pipeline import Coder

    coder = Coder()

    def _events(text: str, event_type: str) -> list[list[EventMention]]:
        raw = RawRecord(text=text, date="2020-12-15", from_metadata=True)
        article, _, found = next(coder.code([build_article(raw, SourceRef("x.txt"))]))
        ours = [m for m in found if m.event_type == event_type]
        return cluster(ours, {article.id: article.published})

    return _events


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        (
            "Kenya and Norway agreed on Monday to open a joint trade office in Nairobi and "
            "pledged to double bilateral trade by 2030.",
            "AGREE",
        ),
        (
            "The presidents of Kenya and Tanzania signed a declaration on border security on "
            "Monday, and their ministers signed six agreements on energy and farming.",
            "SUPPORT",
        ),
    ],
    ids=["agreed-and-pledged", "signed-and-signed"],
)
def test_two_verbs_each_with_a_deed_of_its_own_are_two_events(events_of, text, event_type):
    assert len(events_of(text, event_type)) == 2


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        (
            "The Norwegian foreign minister congratulated Kenya on Monday on its peaceful "
            "election and praised the country's progress in health care.",
            "SUPPORT",
        ),
        ("Kenya welcomed and praised Norway's new aid plan on Monday.", "SUPPORT"),
        (
            "Kenya and Norway agreed on Monday to open a joint trade office in Nairobi. The two "
            "governments agreed to set up the office, which will promote trade, before June.",
            "AGREE",
        ),
    ],
    ids=["named-object", "shared-object", "lead-then-detail"],
)
def test_one_statement_or_a_restated_deed_stays_one_event(events_of, text, event_type):
    assert len(events_of(text, event_type)) == 1

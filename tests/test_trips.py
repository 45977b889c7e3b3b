"""Trips (events/trips.py): a meeting held on a trip the story tells elsewhere is a visit,
and a conversation with no place, meeting or trip told was held from afar. Stories of our
own, through the real Coder, dated Tuesday 2020-12-15."""

from __future__ import annotations

from datetime import date

import pytest

from dyad.models import EventMention

MONDAY = date(2020, 12, 14)


def states(actors) -> tuple[str | None, ...]:
    return tuple(a.country for a in actors)


@pytest.fixture(scope="module")
def consults(story_mentions):
    def _code(text: str) -> list[EventMention]:
        return [m for m in story_mentions(text, "2020-12-15") if m.event_type == "CONSULT"]

    return _code


def summary(mentions: list[EventMention]) -> list[tuple]:
    return [(m.mode, states(m.actors), states(m.recipients), m.date) for m in mentions]


@pytest.mark.parametrize(
    ("text", "visitor", "host"),
    [
        # the dateline is the visitor's home, the trip told in another sentence
        ("NAIROBI (Lakeside Wire) — President William Ruto signed three trade accords "
         "during a short stop in Kampala on Monday. Ruto and President Yoweri Museveni "
         "held talks at State House that lasted four hours, officials said.", "KEN", "UGA"),
        # the dateline is the host's town; the visitor is said to have left it
        ("DAKAR (Sahel Post) — Spanish Foreign Minister Jose Manuel Albares met President "
         "Bassirou Diomaye Faye on Monday and discussed migration. The Spanish minister left "
         "Dakar a few hours later.", "ESP", "SEN"),
        # a deed of both sides done in the host's capital, and the talks of that day
        ("TOKYO (Camellia Journal) — Vietnam and Japan signed a maritime security accord in "
         "Hanoi on Monday. Vietnamese Prime Minister Pham Minh Chinh and Japanese Prime "
         "Minister Yoshihide Suga held talks on Monday on the South China Sea.", "JPN", "VNM"),
        # the trip told after the meeting
        ("CANBERRA (Southern Cross Daily) — Prime Minister Scott Morrison and Indonesian "
         "President Joko Widodo held talks on Monday on trade. Morrison flew to Jakarta on "
         "Sunday for the two-day trip.", "AUS", "IDN"),
    ],
    ids=["stop-in-capital", "left-the-dateline-town", "signed-in-capital", "trip-told-after"],
)  # fmt: skip
def test_a_meeting_on_a_trip_the_story_tells_is_a_visit(consults, text, visitor, host):
    found = consults(text)  # every contact of the story is the one visit, the talks too
    assert found and all(m.mode == "visit" for m in found), summary(found)
    for visit in found:
        assert (states(visit.actors), states(visit.recipients)) == ((visitor,), (host,))
        assert visit.location.country == host


@pytest.mark.parametrize(
    "text",
    [
        # no trip told, and a place of its own that no knowledge names
        "NAIROBI (Lakeside Wire) — President William Ruto and President Yoweri Museveni held "
        "talks at the frontier on Monday on the border.",
        # each side travelled to the other: the story must say which trip the talks were on
        "Ruto flew to Kampala in March, and Museveni flew to Nairobi in June. Ruto and "
        "Museveni held talks on Monday on the border.",
        # the trip is another pair's
        "Ruto flew to Addis Ababa on Monday. Ruto and Museveni held talks on Monday on the border.",
    ],
    ids=["no-trip", "trips-both-ways", "trip-elsewhere"],
)
def test_a_meeting_with_no_trip_of_its_sides_is_no_visit(consults, text):
    found = consults(text)
    assert found and not any(m.mode == "visit" for m in found), summary(found)


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("President Emmanuel Macron said on Monday that he had spoken with King Abdullah II.",
         ("FRA", "JOR")),
        ("Malaysian Prime Minister Anwar Ibrahim said he had spoken to Indonesian President "
         "Joko Widodo on Monday evening about the haze.", ("IDN", "MYS")),
        ("Chancellor Olaf Scholz talked with Polish Prime Minister Mateusz Morawiecki on "
         "Monday about the border.", ("DEU", "POL")),
        ("Kenya's Ruto spoke to Ethiopian Prime Minister Abiy Ahmed on Monday, his office "
         "said.", ("ETH", "KEN")),
    ],
    ids=["spoken-with", "spoken-to", "talked-with", "spoke-to"],
)  # fmt: skip
def test_a_conversation_with_no_place_or_meeting_told_is_remote(consults, text, countries):
    found = consults(text)
    assert len(found) == 1, summary(found)
    assert (found[0].mode, found[0].countries, found[0].date) == ("phone", countries, MONDAY)
    assert found[0].location.country is None


@pytest.mark.parametrize(
    "text",
    [
        "Biden spoke with Xi on the sidelines of the G20 summit in Bali on Monday.",
        "Erdogan talked with Putin for three hours during his visit to Sochi on Monday.",
        "Scholz spoke with Morawiecki at a dinner in Warsaw on Monday.",
    ],
    ids=["sidelines", "during-a-visit", "at-a-dinner"],
)
def test_a_conversation_told_in_a_room_is_not_remote(consults, text):
    found = consults(text)
    assert found and all(m.mode != "phone" for m in found), summary(found)


def test_spoken_to_two_leaders_each_is_a_call(consults):
    found = consults(
        "Malaysian Prime Minister Anwar Ibrahim said he had spoken to Cambodia's leader "
        "Hun Sen and to Thai Prime Minister Prayuth Chan-ocha on Monday evening."
    )
    assert sorted(m.countries for m in found) == [("KHM", "MYS"), ("MYS", "THA")], summary(found)
    assert {m.mode for m in found} == {"phone"}


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan President William Ruto spoke to reporters in Nairobi on Monday.",
        "French President Emmanuel Macron spoke to the nation on Monday evening.",
        "Ruto spoke to the summit on Monday about climate finance.",
    ],
    ids=["reporters", "nation", "summit"],
)
def test_speaking_to_an_audience_is_no_conversation(consults, text):
    assert consults(text) == []


@pytest.mark.parametrize(
    ("text", "visitor", "host"),
    [
        ("Japanese Foreign Minister Toshimitsu Motegi paid a courtesy call on Philippine "
         "President Rodrigo Duterte on Monday.", "JPN", "PHL"),
        ("Indonesian Foreign Minister Retno Marsudi made a courtesy call on Malaysian Prime "
         "Minister Muhyiddin Yassin in Putrajaya on Monday.", "IDN", "MYS"),
        ("On Monday Vietnam's defence minister Phan Van Giang paid a courtesy call on Indian "
         "Prime Minister Narendra Modi.", "VNM", "IND"),
        ("Chinese Foreign Minister Wang Yi also paid a courtesy call on President Joko Widodo "
         "before leaving on Monday.", "CHN", "IDN"),
    ],
    ids=["paid", "made-in-capital", "fronted-date", "before-leaving"],
)  # fmt: skip
def test_a_courtesy_call_on_a_leader_is_a_visit(consults, text, visitor, host):
    found = consults(text)
    assert [m.mode for m in found] == ["visit"], summary(found)
    assert (states(found[0].actors), states(found[0].recipients)) == ((visitor,), (host,))


@pytest.mark.parametrize(
    ("text", "visitor", "host"),
    [
        ("Chinese President Xi Jinping told Japanese Prime Minister Yoshihide Suga at their "
         "meeting on Monday that history mattered. Xi is in Japan for a regional forum, his "
         "first visit to the country in a decade.", "CHN", "JPN"),
        ("Modi and Putin met on Monday. Modi arrived in Russia on Sunday for a two-day trip.",
         "IND", "RUS"),
    ],
    ids=["in-the-state-for-a-forum", "arrived-in-the-state"],
)  # fmt: skip
def test_a_trip_to_a_whole_state_makes_its_meeting_a_visit(consults, text, visitor, host):
    found = consults(text)
    assert found and all(m.mode == "visit" for m in found), summary(found)
    assert {(states(m.actors), states(m.recipients)) for m in found} == {((visitor,), (host,))}


def test_visiting_an_expo_is_no_visit_to_its_host(consults):
    found = consults(
        "Australian Prime Minister Scott Morrison visited the China International Import Expo "
        "in Shanghai on Monday."
    )
    assert found == [], summary(found)


def test_an_old_trip_makes_no_visit_of_todays_talks(consults):
    found = consults(
        "Kenya and Ethiopia held talks on Monday. Kenyan President Uhuru Kenyatta travelled to "
        "Addis Ababa in 2019 for a state visit."
    )
    assert found and all(m.mode != "visit" for m in found), summary(found)


@pytest.mark.parametrize(
    ("text", "visitor", "host"),
    [
        # a meeting with a side its own words call visiting
        ("Uruguay's president met the visiting Chilean foreign minister on Monday.", "CHL", "URY"),
        # a host's words to a visiting guest: the guest's visit, beside what was said
        ("Uruguay's president told the visiting Chilean foreign minister on Monday that "
         "Montevideo would back the trade deal.", "CHL", "URY"),
        ("Mongolia's president praised the project, telling a visiting South Korean delegation on "
         "Monday that the two were natural partners.", "KOR", "MNG"),
    ],
)  # fmt: skip
def test_a_visiting_guest_made_a_visit(consults, text, visitor, host):
    assert ("visit", (visitor,), (host,), MONDAY) in {
        (
            m.mode,
            tuple(sorted(set(states(m.actors)))),
            tuple(sorted(set(states(m.recipients)))),
            m.date,
        )
        for m in consults(text)
    }


def test_words_to_a_guest_not_called_visiting_make_no_visit(consults):
    text = "Uruguay's president told the Chilean foreign minister on Monday that he was right."
    assert not [m for m in consults(text) if m.mode == "visit"]

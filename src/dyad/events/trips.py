"""Trips: which side of an article travelled to the other's land, and when. A mixin of
``extract._ArticleExtractor``.

A story about a visit seldom repeats the trip in every sentence: "Modi signed four pacts
during a stop in Kyiv on Aug. 23. ... Modi and Zelensky held talks at the palace", or
"Barrot met Deby on Thursday" in a story that says elsewhere that Barrot left
N'Djamena. A meeting of the two sides in person, with no place of its own in its
sentence, took place on the trip the story tells, so it is a visit (the conventions: one
side travels to the other's country; the visitor acts, the host receives). A side the
story calls visiting ("met the visiting Pakistani foreign minister", "told a visiting
Philippine delegation that ...") made the trip: its meeting, and the host's words to it,
are its visit.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date

from ..models import EventMention, Location, Token
from .common import _TRAVEL, _Found, _placed_in_text, _political, _unique
from .lexicon import Trigger

# Words that put a side's person in a place away from home: travel and its ends ("left
# N'Djamena", "a day-long stop in Kyiv", "flew to Hanoi").
_TRIP_WORDS = _TRAVEL | {"stop", "stopover", "leave", "depart", "fly", "travel", "journey"}
# Words of going home: "returned to Lima", "flew back to Montevideo", "headed home to Quito".
_HOMEWARD = frozenset({"return", "back", "home"})
# Deeds two sides do together, so where they did one both sides were ("signed the pact
# in Manila").
_TOGETHER = frozenset({"CONSULT", "SUPPORT", "AGREE", "COOPERATE", "AID"})
# Verbs of conversation that leave the medium untold ("spoke with", "talked to").
_CONVERSING = frozenset({"speak", "talk"})
# Words that put a conversation in a room: a meeting, a visit, the sidelines of a summit.
_IN_PERSON = _TRIP_WORDS | frozenset(
    """meet meeting summit sideline sidelines margin margins talks conference forum dinner
    lunch breakfast banquet ceremony session person face embassy palace""".split()
)
# Words of a meeting held in person, which a dateline places: "BEIJING -- Xi met Lula".
_FACE_TO_FACE = frozenset({"meet", "meeting", "receive", "host"})
# A trip named in a headline: "Luxon visits Apia", "Modi arrives in Kyiv".
_TRAVEL_WORDS = re.compile(
    r"\b(?:visit|visits|visiting|trip|tour|arrives|arrived|lands|hosts)\b", re.I
)
# People and states travel; a place named as an actor ("Kyiv said") does not.
_TRAVELLERS = frozenset({"person", "state"})


# Verbs of telling a guest something: "told the visiting minister that ...".
_TELLING = frozenset("tell assure urge brief inform ask thank warn".split())
# The meeting a host's words to a visiting guest took place in.
_VISIT = Trigger(lemma="visit", pos="VERB", type="CONSULT", mode="visit")

# A trip told on one day spans the days around it ("flew to Jakarta on Sunday" for talks
# on Monday).
_TRIP_DAYS = 2


@dataclass(frozen=True)
class _Trip:
    visitor: str  # ISO3 of the side that travelled
    host: str  # ISO3 of the land it travelled to
    place: str | None
    day: date | None  # None: the story does not say which day


@dataclass(frozen=True)
class _Place:
    name: str
    country: str
    token: Token  # the place's head word
    governor: Token  # the preposition or the verb of leaving it hangs on


class _Trips:
    """Trips told anywhere in a story and the meetings held on them: methods of
    ``_ArticleExtractor``."""

    def _visits_on_trips(self, events: list[EventMention]) -> list[EventMention]:
        """A bilateral meeting in person whose sentence names no place takes the trip the
        story tells between its two sides on its day: a visit, not a meeting at the
        dateline's town (the dateline is often the outlet's home, "NEW DELHI -- Modi ...
        in Kyiv") nor one of unknown mode. (After ``_same_contact``: a call or visit of
        the same sides that day, told as such, settles the mode first.)"""
        if not any(e.event_type == "CONSULT" and e.mode is None for e in events):
            return events  # nothing a trip or a missing room could settle: no work to do
        trips = self._trips(events)
        return [
            self._dateline_visit(
                self._remote_unless_met(self._on_trip(self._visiting_side(e), trips))
            )
            for e in events
        ]

    def _dateline_visit(self, e: EventMention) -> EventMention:
        """A meeting of two sides in person that no trip settled, placed only by the
        dateline in one side's land, is the other side's visit there when the story tells
        a trip ("... as Luxon visits Apia", "had arrived for a two-day visit") or the
        meeting's own word is one of meeting in person and no place of its own is told
        ("BRASILIA -- Li Qiang met Lula on Monday"; not "met at the frontier")."""
        if e.event_type != "CONSULT" or e.mode is not None or e.negated:
            return e
        host = e.location.country
        if len(e.countries) != 2 or host not in e.countries or _placed_in_text(e):
            return e
        sentence = self.ann.sentences[e.evidence.sentence_index]
        at = self.token_ending.get(e.trigger.end)
        trigger = self.tokens[at] if at is not None else None
        if not self._trip_told(sentence) and not (
            trigger is not None and _face_to_face(trigger) and not self._venue_told(trigger)
        ):
            return e
        everyone = (*e.actors, *e.recipients)
        return replace(
            e,
            mode="visit",
            medium="in_person",
            actors=tuple(a for a in everyone if a.country != host),
            recipients=tuple(a for a in everyone if a.country == host),
        )

    def _venue_told(self, tok: Token) -> bool:
        """Whether a meeting's own words place it "at" or "near" somewhere ("met at the
        frontier", "talks near the border"), other than by a day; "in" and "on" places are
        read by the location pass, and counting them here cost development set 12 a gain."""
        heads = [tok] + ([self.tokens[tok.head]] if tok.pos == "NOUN" and tok.head != tok.i else [])
        return any(
            self.tokens[c].dep == "prep"
            and self.tokens[c].text.lower() in ("at", "near")
            and any(
                self.tokens[o].dep == "pobj" and self.tokens[o].ent != "DATE"
                for o in self.children[c]
            )
            for h in heads
            for c in self.children[h.i]
        )

    def _trip_told(self, sentence) -> bool:
        """Whether the story tells a trip around a meeting it places only by its dateline:
        in its headline ("... as Luxon visits Apia") or anywhere before the meeting ("had
        arrived the previous afternoon for a two-day visit. The two leaders held talks")."""
        if self.article.title and _TRAVEL_WORDS.search(self.article.title):
            return True
        return any(t.lemma.lower() in _TRAVEL for t in self.tokens[: sentence.first])

    def _visiting_side(self, e: EventMention) -> EventMention:
        """ "Rahmon met the visiting Pakistani foreign minister": a meeting with a side its
        own words call visiting is that side's visit to the other."""
        if e.event_type != "CONSULT" or e.mode is not None or len(e.countries) != 2:
            return e
        everyone = (*e.actors, *e.recipients)
        guests = {a.country for a in everyone if a.country and self._called_visiting(a)}
        if len(guests) != 1:
            return e
        return replace(
            e,
            mode="visit",
            medium="in_person",
            actors=tuple(a for a in everyone if a.country in guests),
            recipients=tuple(a for a in everyone if a.country not in guests),
        )

    def _called_visiting(self, actor) -> bool:
        """Whether a participant's phrase has "visiting" before its head."""
        for span in actor.mentions:
            at = self.token_ending.get(span.end)
            if at is not None and self._visiting(self.tokens[at]):
                return True
        return False

    def _visiting(self, head: Token) -> Token | None:
        """The "visiting" of "the visiting Pakistani foreign minister", if any."""
        for c in self.children[head.i]:
            kid = self.tokens[c]
            if kid.dep == "amod" and kid.lemma.lower() == "visit" and c < head.i:
                return kid
        return None

    def _visiting_addressed(self, first: int, last: int) -> Iterator[_Found]:
        """ "Rahmon told the visiting Pakistani foreign minister that ...", "telling a
        visiting Philippine delegation ...": a host's words to a guest its phrase calls
        visiting were said at the guest's visit, a meeting of the two sides."""
        for verb in self.tokens[first:last]:
            if verb.pos != "VERB" or verb.lemma.lower() not in _TELLING:
                continue
            subject = self._subject(verb)
            hosts = [a for a in self._subject_actors(subject) if a.country] if subject else []
            for c in self.children[verb.i]:
                guest = self.tokens[c]
                visiting = self._visiting(guest) if guest.dep in ("dobj", "dative") else None
                if visiting is None:
                    continue
                own = {a.country for a in hosts}
                guests = [
                    a
                    for a in self._np_actors(guest)
                    if _political(a) and a.country and a.country not in own
                ]
                if guests and hosts:
                    yield _Found(visiting, _VISIT, _unique(guests), _unique(hosts))

    def _remote_unless_met(self, e: EventMention) -> EventMention:
        """ "Trump said he had spoken with the emir", "Anwar said he had spoken to Hun
        Manet on Thursday evening": leaders who spoke, with no place, meeting or trip told,
        spoke from afar (a call); "spoke with Xi on the sidelines of the summit" did not."""
        if e.event_type != "CONSULT" or e.mode is not None or _placed_in_text(e):
            return e
        at = self.token_ending.get(e.trigger.end)
        if at is None or self.tokens[at].pos != "VERB":
            return e
        if self.tokens[at].lemma.lower() not in _CONVERSING:
            return e
        sentence = self.ann.sentences[e.evidence.sentence_index]
        words = {t.lemma.lower() for t in self.tokens[sentence.first : sentence.last]}
        if words & _IN_PERSON:
            return e
        return replace(e, mode="phone", medium="phone", location=Location())

    def _on_trip(self, e: EventMention, trips: list[_Trip]) -> EventMention:
        if e.event_type != "CONSULT" or e.mode is not None or e.negated:
            return e
        if len(e.countries) != 2 or _placed_in_text(e):
            return e  # three sides, or its own sentence says where it was
        sides = set(e.countries)
        fitting = [t for t in trips if {t.visitor, t.host} == sides and _during(t.day, e.date)]
        if len({(t.visitor, t.host) for t in fitting}) != 1:
            return e  # no trip, or each side went to the other: the story must say which
        trip = next((t for t in fitting if t.place), fitting[0])
        everyone = (*e.actors, *e.recipients)
        return replace(
            e,
            mode="visit",
            medium="in_person",
            actors=tuple(a for a in everyone if a.country != trip.host),
            recipients=tuple(a for a in everyone if a.country == trip.host),
            location=Location(trip.place, trip.host),
        )

    def _trips(self, events: list[EventMention]) -> list[_Trip]:
        trips = [
            _Trip(a.country, r.country, e.location.name, e.date)
            for e in events
            if e.event_type == "CONSULT" and e.mode == "visit" and not e.negated
            for a in e.actors
            for r in e.recipients[:1]
            if a.country and r.country and a.country != r.country
        ]
        places = [self._places_in(sentence) for sentence in self.ann.sentences]
        for e in events:
            trips += self._deed_trips(e, places[e.evidence.sentence_index])
        for sentence in self.ann.sentences:
            trips += self._told_trips(sentence, places[sentence.index])
        return trips

    def _deed_trips(self, e: EventMention, places: list[_Place]) -> list[_Trip]:
        """ "Japan and the Philippines signed the pact in Manila on July 8": a deed of two
        sides done in a place of one of them, the other side's trip there."""
        if e.event_type not in _TOGETHER or e.negated or e.modality != "actual":
            return []
        if len(e.countries) != 2:
            return []
        at = self.token_ending.get(e.trigger.end)
        if at is None:
            return []
        trigger = self.tokens[at]
        # ("signed the pact in Manila": the place may hang on the deed's object)
        objects = {c for c in self.children[trigger.i] if self.tokens[c].dep == "dobj"}
        anchors = {trigger.i, trigger.head} | objects
        trips = []
        for place in places:
            if place.country in e.countries and place.governor.head in anchors:
                (visitor,) = set(e.countries) - {place.country}
                trips.append(_Trip(visitor, place.country, place.name, e.date))
        return trips

    def _told_trips(self, sentence, places: list[_Place]) -> list[_Trip]:
        """ "Barrot left N'Djamena hours before", "during a day-long stop in Kyiv on Aug.
        23": a sentence of travel naming a side's person or state and a place of another
        state."""
        tokens = self.tokens[sentence.first : sentence.last]
        if not places or not {t.lemma.lower() for t in tokens} & _TRIP_WORDS:
            return []
        spots = {i for place in places for i in self._subtree(place.token.i)}
        travellers = {
            actor.country
            for t in tokens
            if t.i not in spots and (m := self.mention_at.get(t.i)) is not None
            for key in m.keys
            if (actor := self.actors.get(key)) is not None
            and actor.kind in _TRAVELLERS
            and actor.country
            and actor.role == "party"
        }
        told = self._sentence_dates(sentence)
        dates = [when for when in told if not self._is_history(when)]
        if told and not dates:
            return []  # "paid a state visit to Ethiopia in 2019": an old trip
        # ("a stop in Kyiv on Aug. 23, the first since Ukraine's independence in 1991")
        day = dates[0].day if len(dates) == 1 and dates[0].precision == "day" else None
        trips = []
        for place in places:
            if self._going_home(place):
                # "met Lula before flying back to Montevideo": the one going home was the
                # visitor, and the others its hosts (where they met, the sentence leaves out)
                trips += [
                    _Trip(place.country, host, None, day) for host in travellers - {place.country}
                ]
            else:
                trips += [
                    _Trip(visitor, place.country, place.name, day)
                    for visitor in travellers - {place.country}
                ]
        return trips

    def _going_home(self, place: _Place) -> bool:
        """Whether a place is where someone goes back to: "flew back to Montevideo",
        "returned to Lima", "headed home to Quito"."""
        if place.governor.text.lower() != "to" or place.governor.head == place.governor.i:
            return False
        verb = self.tokens[place.governor.head]  # (or "back", which the "to" may hang on)
        kids = {self.tokens[c].lemma.lower() for c in self.children[verb.i]}
        return verb.lemma.lower() in _HOMEWARD or bool(kids & _HOMEWARD)

    def _places_in(self, sentence) -> list[_Place]:
        """The places of a state a sentence names as where something was: the object of
        "in", "at" or "to" that the knowledge base places ("in Kyiv", "to Hanoi"), or the
        object of leaving ("left N'Djamena")."""
        found: list[_Place] = []
        for t in self.tokens[sentence.first : sentence.last]:
            if t.head == t.i or t.pos != "PROPN":
                continue
            head = self.tokens[t.head]
            where = t.dep == "pobj" and head.text.lower() in ("in", "at", "to")
            left = t.dep == "dobj" and head.lemma.lower() in ("leave", "depart")
            if not (where or left):
                continue
            text = self._words_to_head(t)
            for candidate in (text, t.text, text.removeprefix("the ")):
                # a town, or the whole state ("Xi is in the United States for the summit")
                state = self.x.kb.state_by_place(candidate) or self.x.kb.state_by_name(candidate)
                if state is not None:
                    found.append(_Place(candidate.removeprefix("the "), state.iso3, t, head))
                    break
        return found


def _during(trip_day: date | None, day: date | None) -> bool:
    """Whether a meeting's day falls on a trip's (either unknown: the story's one trip)."""
    return trip_day is None or day is None or abs((day - trip_day).days) <= _TRIP_DAYS


def _face_to_face(trigger: Token) -> bool:
    """Whether a contact's own word tells a meeting in person ("met", "talks", "received"),
    not one that may be by phone ("spoke with", "discussed", "the call")."""
    lemma = trigger.lemma.lower()
    return lemma in _FACE_TO_FACE or (lemma == "talk" and trigger.pos == "NOUN")

"""Conflict deeds in the shapes news copy uses (events/deeds.py and the session 9 entries of
events/data/triggers.toml): weapon tests told as "test-fired", truces coming into force,
concessions whose beneficiary is a demonym on what they free, positions left in a state,
ships and forces taken as reported by the side that lost them. Stories of our own, through
the real Coder, dated Wednesday 2024-05-15."""

from __future__ import annotations

import pytest

from dyad.models import EventMention

_COUNTED = {"state", "person", "organisation", "group"}  # models._COUNTED_KINDS


def pairs(mentions: list[EventMention], kind: str) -> set[tuple[tuple, tuple]]:
    """(actor states, target states) of the actual, unnegated mentions of one type, with
    only the participants that count as states (as ``dyad eval`` counts them)."""
    return {
        (
            tuple(sorted({a.country for a in m.actors if a.country and a.kind in _COUNTED})),
            tuple(sorted({a.country for a in m.recipients if a.country and a.kind in _COUNTED})),
        )
        for m in mentions
        if m.event_type == kind and not m.negated and m.modality == "actual"
    }


@pytest.fixture(scope="module")
def code(story_mentions):
    def _code(text: str) -> list[EventMention]:
        return story_mentions(text, "2024-05-15")

    return _code


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # weapon tests told as one hyphenated verb
        (
            "Iran test-fired a new cruise missile over the Gulf on Monday.",
            "MOBILIZE",
            (("IRN",), ()),
        ),
        (
            "Pakistan test-launched a Shaheen ballistic missile on Tuesday, the army said.",
            "MOBILIZE",
            (("PAK",), ()),
        ),
        # a test reported by the neighbour it worries is a fact, not the neighbour's charge
        (
            "North Korea fired a ballistic missile into the sea on Tuesday, Japan's defence "
            "ministry said.",
            "MOBILIZE",
            (("PRK",), ()),
        ),
        # truces coming into force
        (
            "A truce between Armenia and Azerbaijan took effect on Tuesday.",
            "RETREAT",
            (("ARM", "AZE"), ()),
        ),
        (
            "The ceasefire between Israel and Lebanon came into force at dawn on Monday.",
            "RETREAT",
            (("ISR", "LBN"), ()),
        ),
        # concessions whose beneficiary is a demonym on the goods or carriers freed
        ("Russia lifted its ban on Georgian wine on Monday.", "CONCEDE", (("RUS",), ("GEO",))),
        (
            "Qatar reopened its airspace to Bahraini flights on Tuesday.",
            "CONCEDE",
            (("QAT",), ("BHR",)),
        ),
        (
            "Tokyo relaxed its restrictions on South Korean exports on Monday.",
            "CONCEDE",
            (("JPN",), ("KOR",)),
        ),
        ("Washington eased curbs on trade with Iran on Monday.", "CONCEDE", (("USA",), ("IRN",))),
        # a protest near "the embassy" whose state the story told just before
        (
            "Police in Nairobi blocked the road to the Ugandan embassy on Monday. Hundreds of "
            "Kenyans gathered outside the embassy later that day.",
            "PROTEST",
            (("KEN",), ("UGA",)),
        ),
        # a position left that lies in a state
        (
            "French troops evacuated a base in northern Mali on Monday.",
            "RETREAT",
            (("FRA",), ("MLI",)),
        ),
        # vessels taken with verbs other than "seize", and by their flag
        (
            "The Argentine navy impounded a Chinese trawler in the South Atlantic on Monday.",
            "COERCE",
            (("ARG",), ("CHN",)),
        ),
        (
            "The Greek coast guard boarded a Turkish-flagged ferry near Lesbos on Tuesday.",
            "COERCE",
            (("GRC",), ("TUR",)),
        ),
        # a boat or soldiers taken, reported by the side that lost them
        (
            "Indonesian patrol ships seized a Vietnamese fishing boat on Monday, Hanoi's foreign "
            "ministry said.",
            "COERCE",
            (("IDN",), ("VNM",)),
        ),
        (
            "Russian troops captured three Ukrainian servicemen near Bakhmut on Monday, Kyiv said.",
            "COERCE",
            (("RUS",), ("UKR",)),
        ),
        # protests before a mission, told with "in front of" and as a sit-in or vigil
        (
            "Hundreds of Filipinos rallied in front of the Chinese embassy in Manila on Sunday.",
            "PROTEST",
            (("PHL",), ("CHN",)),
        ),
        (
            "Hundreds of Serbs staged a sit-in in front of the Croatian embassy on Monday.",
            "PROTEST",
            (("SRB",), ("HRV",)),
        ),
        (
            "Hundreds of Czechs held a candlelight vigil outside the Russian embassy in Prague "
            "on Sunday.",
            "PROTEST",
            (("CZE",), ("RUS",)),
        ),
        # two armies pulling apart
        (
            "Armenian and Azerbaijani troops completed their disengagement along the frontier "
            "on Tuesday.",
            "RETREAT",
            (("ARM", "AZE"), ()),
        ),
        # forces handed back
        ("Kyiv handed back 40 Russian servicemen on Tuesday.", "RETREAT", (("UKR",), ("RUS",))),
    ],
)
def test_conflict_deeds_in_news_shapes(code, text, kind, expected):
    assert expected in pairs(code(text), kind)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # an engine test by a company: no state, no weapon
        ("The start-up test-fired its rocket engine in Scotland on Monday.", "MOBILIZE"),
        # a truce that may come: no deed yet
        (
            "A ceasefire between Armenia and Azerbaijan could take effect next week, "
            "diplomats said.",
            "RETREAT",
        ),
        # a tax taking effect is no truce
        ("A new tax on Chinese steel took effect on Monday.", "RETREAT"),
        # a player leaving a tournament named for a country is no retreat
        ("The Chilean striker withdrew from the Copa America final with an injury.", "RETREAT"),
        ("The Spanish player withdrew from the Australian Open on Monday.", "RETREAT"),
        # mourners gathering protest nothing
        ("Mourners gathered in the village church in Kosovo on Sunday.", "PROTEST"),
        # a central bank easing its own rules concedes nothing to a state
        ("The central bank relaxed its rules on lending on Monday.", "CONCEDE"),
        # passengers boarding a ferry coerce no one
        ("Hundreds of Turkish tourists boarded the ferry to Lesbos on Tuesday.", "COERCE"),
    ],
)
def test_no_deed_where_none_was_done(code, text, kind):
    assert not pairs(code(text), kind)


def test_a_shelling_the_victim_reports_stays_its_charge(code):
    """The exception is for ships, forces and weapon tests: a state's claim that another
    shelled it is still that state's accusation, not a deed the reporter saw."""
    coded = code("Azerbaijan said Armenian forces shelled its positions on Monday.")
    assert not pairs(coded, "ASSAULT")


def test_a_foreign_national_arrested_targets_his_state(code):
    """The convention changed: an arrested citizen is no agent of his state, but holding a
    foreign national is COERCE against the national's state (as the gold codes it;
    tests/test_extract.py, the foreign nationals block)."""
    coded = code("Iranian police arrested a Swedish citizen in Tehran on Monday.")
    assert (("IRN",), ("SWE",)) in pairs(coded, "COERCE")


def test_preps_lists_a_words_own_prepositions_of_those_words():
    """``_preps``: the child prepositions of a token spelled as one of the words, in order;
    a preposition hung on another word is not the token's."""
    from dyad.actors.resolve import Resolver
    from dyad.annotate import Annotator
    from dyad.events.extract import Extractor, _ArticleExtractor
    from dyad.models import Article

    article = Article(id="t", text="The minister talked with Kenya about trade in Nairobi.")
    annotation = Annotator().annotate(article)
    x = _ArticleExtractor(Extractor(), article, annotation, Resolver()(article, annotation))
    [verb] = [t for t in x.tokens if t.lemma.lower() == "talk"]
    assert [p.text for p in x._preps(verb, "about", "with")] == ["with", "about"]
    assert x._preps(verb, "from") == []
    [trade] = [t for t in x.tokens if t.lemma.lower() == "trade"]
    # "in Nairobi" is listed under whichever word the parser hung it on, and only there
    assert len(x._preps(verb, "in") + x._preps(trade, "in")) == 1

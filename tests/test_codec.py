"""EventMention <-> dict round trips (the store keeps mentions as JSON)."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from dyad.codec import mention_from_dict, mention_to_dict
from dyad.models import Actor, EventMention, Evidence, Location, Span

names = st.text(min_size=1, max_size=20)
maybe = st.none() | names
actors = st.builds(
    Actor,
    key=names,
    name=names,
    kind=st.sampled_from(["person", "state", "organisation", "group", "other"]),
    country=st.none() | st.sampled_from(["CHN", "TUR", "KAZ"]),
    cow=st.none() | st.integers(1, 999),
    sector=maybe,
    title=maybe,
    wikidata=maybe,
    raw=names,
    role=st.sampled_from(["party", "commentator"]),
    mentions=st.lists(st.builds(Span, st.integers(0, 99), st.integers(100, 200)), max_size=2).map(
        tuple
    ),
)
mentions = st.builds(
    EventMention,
    id=names,
    event_type=st.sampled_from(["CONSULT", "AGREE", "SANCTION"]),
    actors=st.lists(actors, max_size=3).map(tuple),
    recipients=st.lists(actors, max_size=3).map(tuple),
    evidence=st.builds(
        Evidence, names, st.integers(0, 50), st.integers(0, 99), st.integers(100, 999), names
    ),
    trigger=st.builds(Span, st.integers(0, 99), st.integers(100, 200)),
    mode=maybe,
    medium=maybe,
    contexts=st.lists(names, max_size=3).map(tuple),
    date=st.none() | st.dates(date(1990, 1, 1), date(2030, 1, 1)),
    date_precision=st.none() | st.sampled_from(["day", "week", "month", "year"]),
    date_basis=st.none() | st.sampled_from(["sentence", "article", "published"]),
    location=st.builds(Location, maybe, maybe),
    modality=st.sampled_from(["actual", "intended", "hypothetical"]),
    negated=st.booleans(),
    speaker=maybe,
    cameo=maybe,
    goldstein=st.none() | st.floats(-10, 10),
    quad_class=st.none() | st.integers(1, 4),
    confidence=st.floats(0, 1),
    coder_version=names,
)


@given(mentions)
def test_round_trip(mention):
    assert mention_from_dict(mention_to_dict(mention)) == mention


def test_countries_are_states_and_state_agents_only():
    state = Actor("state:TUR", "Turkey", "state", "TUR")
    person = Actor("person:x", "X", "person", "CHN")
    org = Actor("org:etim", "ETIM", "group", "CHN")
    plain = Actor("np:y", "Y", "other", "KAZ")
    ev = Evidence("a", 0, 0, 1, "s")
    m = EventMention("m", "ACCUSE", (person, org), (state, plain), ev, Span(0, 1))
    assert m.countries == ("CHN", "TUR")

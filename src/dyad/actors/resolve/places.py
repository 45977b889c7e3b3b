"""Place or actor: whether the name of a state, capital or city in a sentence is a party.

"Beijing said" and "Turkey expelled" are states acting; "talks in Beijing", "by train from
Poland", "a summit on Syria", "Hiroshima, Japan", "U.S. dollars", "Japan's southern
islands" and "Sweden's Loreen" only say where, about what or of which nationality. The
test reads the preposition or the noun the name hangs from, so it holds for any place
the gazetteer knows. The first place a sentence puts something in ("in Almaty", "across
Iran") also tells which state unnamed forces and crowds act for.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...models import Token
from ..gazetteer import Match
from .context import ArticleContext
from .syntax import first_conjunct, span_root

_PLACE_PREPS = frozenset("in at inside across throughout within via through".split())
_MOTION_VERBS = frozenset(
    "travel enter come fly arrive return move cross drive sail depart leave head".split()
)
# Nouns whose "on X" names a subject, not a target: "a summit on Syria", "talks on Ukraine".
_TOPIC_NOUNS = frozenset(
    "summit talks meeting conference negotiation dialogue consultation debate session".split()
)
# Nouns whose possessor is a place: "Japan's southern islands", "Russia's Far East".
_PLACE_NOUNS = frozenset(
    """island islands region coast border territory province capital city north south east
    west waters mainland countryside""".split()
)
_LOCATION_PREPS = frozenset(
    "in at to from near outside inside into across via toward towards".split()
)
# Words whose "to X" addresses a government, not a destination: "appealed to Washington to
# release the funds", "a plea to Rome", "complained to Ankara about the flights".
_ADDRESSING = frozenset("appeal plea plead petition complain complaint".split())


def place_like(ctx: ArticleContext, m: Match) -> bool:
    """Whether a state's or capital's name is a place, a topic or an attribute rather
    than an actor: "in Berlin, Paris and Prague" (every conjunct of a place), "by train
    from Poland", "a summit on Syria", "Hiroshima, Japan",
    "U.S. dollars", "Japan's southern islands", "Sweden's Loreen" (a nationality)."""
    tokens = ctx.tokens
    if _after_place_preposition(tokens, m):
        return True
    tok = first_conjunct(tokens, span_root(tokens, m.first, m.last))
    head = tokens[tok.head]
    if tok.dep == "pobj" and tok.head != tok.i:
        word = head.text.lower()
        if word in _PLACE_PREPS:
            return True
        if word == "from" and _motion(tokens, head):
            return True  # a visit's destination ("travel to Japan") is its host: kept
        return word == "on" and tokens[head.head].lemma.lower() in _TOPIC_NOUNS
    if tok.dep == "appos" and head.i < tok.i:  # "Hiroshima, Japan": a city of the state
        place = ctx.entity_at.get(head.i)
        refs = {e.ref for e in m.entries}
        return place is not None and any(
            e.kind in ("city", "capital") and e.ref in refs
            for e in ctx.gazetteer.lookup(place.text)
        )
    if tok.dep == "compound":  # "U.S. dollars", "the Taiwan warning"
        return head.pos == "NOUN" and head.text.lower() not in ctx.lex.side_nouns
    if tok.dep == "poss":  # "Sweden's Loreen", "Japan's southern Okinawa islands"
        return head.ent in ("PERSON", "LOC", "FAC") or head.lemma.lower() in _PLACE_NOUNS
    return False


def _after_place_preposition(tokens: Sequence[Token], m: Match) -> bool:
    if m.first == 0:
        return False
    prep = tokens[m.first - 1]
    if prep.text.lower() == "the" and m.first > 1:
        prep = tokens[m.first - 2]
    word = prep.text.lower()
    if word in _PLACE_PREPS:
        return True
    # "entered Ukraine from Belarus", "travelled to Kyiv from Poland": a route
    return word == "from" and tokens[prep.head].lemma.lower() in _MOTION_VERBS


def _motion(tokens: Sequence[Token], prep: Token) -> bool:
    """Whether a preposition belongs to a verb of travel ("flown in from India")."""
    tok = prep
    for _ in range(3):
        tok = tokens[tok.head]
        if tok.pos in ("VERB", "AUX"):
            return tok.lemma.lower() in _MOTION_VERBS
    return False


def is_actor_place(tokens: Sequence[Token], m: Match) -> bool:
    """ "Beijing said" is the state; "in Beijing" is a place."""
    tok = tokens[m.first]
    if m.first > 0 and tokens[m.first - 1].text.lower() in _LOCATION_PREPS:
        prep = tokens[m.first - 1]
        if not (
            prep.text.lower() == "to"
            and prep.head != prep.i
            and tokens[prep.head].lemma.lower() in _ADDRESSING
        ):
            return False
    head = tokens[m.last - 1]
    if head.dep == "compound" or (
        m.last < len(tokens)
        and tokens[m.last].text == ","
        and head.sentence == 0
        and tok.start < 40
    ):
        return False
    return head.dep in ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "poss", "ROOT")


def sentence_place(
    ctx: ArticleContext, first: int, last: int, matches: dict[int, Match]
) -> str | None:
    """The state of the first place a sentence puts something in: "in Almaty",
    "across Iran", "outside the embassy in Moscow"."""
    for m in sorted(matches.values(), key=lambda m: m.first):
        e = m.of("capital", "city", "state")
        if e is None or m.first == first or m.first in ctx.affiliations:
            continue  # not where a quoted commentator works
        prep = ctx.tokens[m.first - 1]
        if prep.text.lower() == "the" and m.first - 1 > first:
            prep = ctx.tokens[m.first - 2]
        if prep.text.lower() in _PLACE_PREPS:
            return e.ref
    return None


def where_clause_place(ctx: ArticleContext, tok: Token, matches: dict[int, Match]) -> str | None:
    """The state of the place a "where" clause hangs on, for the subject of that clause:
    "flew on to Minsk, where police arrested ..." puts the police in Minsk, whatever the
    sentence named before it or the story's dateline."""
    verb = ctx.tokens[tok.head]
    if tok.dep != "nsubj" or verb.dep != "relcl" or verb.head == verb.i:
        return None
    if not any(ctx.tokens[c].lemma.lower() == "where" for c in range(verb.head + 1, verb.i)):
        return None
    for m in matches.values():
        e = m.of("capital", "city", "state")
        if e is not None and m.first <= verb.head < m.last:
            return e.ref
    return None

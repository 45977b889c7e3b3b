"""Descriptions that stand for a state or an organisation named before (rule 11).

A story names a state once and then says "the kingdom", "the Central American country",
"the Gulf state", "the island" or "his country"; it names an organisation and then says
"the bloc" or "the alliance". Such a phrase is the latest state (organisation) named
before it that fits every word of the description: a region ("Central American",
"Gulf"), a kind of state ("kingdom" fits a state whose official name says Kingdom;
"island" the island states), a kind of body ("bloc" an intergovernmental one). The
words and their states are data (``data/descriptors.toml``). "His country" is the
state of the person the clause is about: the subject of a verb it hangs from, else the
latest person named. A plural with a region ("the Baltic states", "the five Central
Asian republics") is the region's states when the region is small or its size is the
number written, else the region's states the article names before it (the latest, as
many as the number says).

A plain "the country" (no description) refers back only from a subject, an object or
an owner and only a few sentences back; "across the country" is a place, not an actor.
"The state" needs a description ("the state media" is no state). Runs after every name
of the article is known (the rules before it take what they name).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ...models import Token
from ..gazetteer import Match
from .context import ArticleContext, Draft, state_draft

_PLAIN_SENTENCES = 3  # "the country" with no description refers this far back at most
_SMALL_REGION = 8  # "the Gulf states": every state of a region this small
_PLACE_PREPS = frozenset("in across throughout around within inside over near outside".split())
_OWNERS = frozenset({"his", "her"})
_NEIGHBOURS = frozenset({"neighbour", "neighbor"})
_OWNED = frozenset({"country", "nation", "homeland", "government"})
_REFERRING_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "poss", "pobj", "conj", "dative"})
# "leave the country", "barred from entering the country": where someone is, not an actor
_MOTION = frozenset("leave exit flee enter reach return travel arrive quit".split())
# "in the north of the country", "the rest of the country": a part of it, a place
_PARTS = frozenset("north south east west centre center rest part parts region border".split())
# "the first country to ...", "the most populous country": what a state is, not a reference
_RANKS = frozenset("first second third last only next sole latest".split())
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
            "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}  # fmt: skip
_DIGITS = re.compile(r"^\d{1,2}$")
# "all four parties", "the three leaders": plural nouns that stand for the story's sides
_PARTY_NOUNS = frozenset("country nation state party side leader government".split())
_MODIFIER_DEPS = frozenset(
    {"det", "predet", "amod", "compound", "nummod", "npadvmod", "advmod", "poss"}
)


@dataclass(frozen=True, slots=True)
class StateNoun:
    """A head noun that stands for a state, and which states it fits."""

    official: str | None  # a word of the state's official name ("Kingdom")
    members: frozenset[str] | None
    alone: bool  # whether "the NOUN" with no description refers back
    # "the North", "the South": the one member, in a story that named any of these
    # states before; written capitalised and with no other word before it
    cue: frozenset[str] | None = None


@dataclass(frozen=True, slots=True)
class Descriptors:
    """data/descriptors.toml: regions, state nouns and organisation nouns."""

    regions: dict[str, frozenset[str]]  # "central american" -> its states
    nouns: dict[str, StateNoun]  # "kingdom", "island nation" -> the noun
    org_nouns: dict[str, frozenset[str]]  # "bloc" -> the sectors it fits
    version: str


@lru_cache(maxsize=1)
def load_descriptors() -> Descriptors:
    """Read data/descriptors.toml once."""
    path = resources.files("dyad.actors").joinpath("data/descriptors.toml")
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    regions = {word.lower(): frozenset(r["members"]) for r in data["region"] for word in r["words"]}
    nouns = {}
    for entry in data["noun"]:
        members = entry.get("members")
        cue = entry.get("cue")
        noun = StateNoun(
            entry.get("official"),
            frozenset(members) if members else None,
            entry["alone"],
            frozenset(cue) if cue else None,
        )
        nouns.update({w.lower(): noun for w in entry["words"]})
    org_nouns = {k.lower(): frozenset(v) for k, v in data["org_nouns"].items()}
    return Descriptors(regions, nouns, org_nouns, data["version"])


def region_before(tokens: Sequence[Token], i: int) -> bool:
    """Whether token ``i`` (a demonym) ends a region's name: "Central American", "South
    Asian" name no state."""
    if i == 0:
        return False
    words = f"{tokens[i - 1].text} {tokens[i].text}".lower()
    return words in load_descriptors().regions


def note_states(ctx: ArticleContext, matches: dict[int, Match]) -> None:
    """Every state a sentence names, as actor or place, for the descriptions after it."""
    for m in matches.values():
        e = m.of("state", "demonym", "capital", "city")
        if e is not None and not (m.of("demonym") and region_before(ctx.tokens, m.first)):
            ctx.named_states.append((m.first, e.ref))


def resolve_references(ctx: ArticleContext) -> None:
    """Rule 11: descriptions that stand for a state or organisation named before."""
    lex = load_descriptors()
    tokens = ctx.tokens
    children: dict[int, list[int]] = {}
    for tok in tokens:
        if tok.head != tok.i:
            children.setdefault(tok.head, []).append(tok.i)
    for tok in tokens:
        if tok.i in ctx.covered or tok.pos not in ("NOUN", "PROPN"):
            continue
        if tok.dep in ("compound", "amod", "attr") or _followed_by_of(tokens, tok):
            continue  # "the state media", "the state of emergency", "is the first country"
        first = _phrase_start(tokens, children, tok)
        if first == tok.i or _ranked(tokens, first, tok.i):
            continue
        owner = tokens[first].text.lower()
        words = [t.text.lower() for t in tokens[first + 1 : tok.i]]
        count = _count(words)
        if owner in _OWNERS and tok.lemma.lower() in _OWNED:
            keys = _owners_state(ctx, children, tok, first)
        elif (
            owner in ("the", "all")
            and count is not None
            and count >= 3
            and tok.lemma.lower() in _PARTY_NOUNS
            and not _regions(lex, words)
        ):  # "all four parties", "the three countries": the sides of the story
            keys = tuple(state_draft(ctx, c, "GOV").key for c in _listed_states(ctx, count, first))
        elif owner != "the" and not (owner in ("these", "those") and tok.tag == "NNS"):
            continue
        elif (
            owner == "the"
            and tok.lemma.lower() in _NEIGHBOURS
            and tok.tag == "NN"
            and all(t.pos == "ADJ" for t in tokens[first + 1 : tok.i])
            and _refers(tokens, tok)
        ):  # "the southern neighbour has rejected the map of X": the story's other state
            keys = _state_keys(ctx, _neighbour(ctx, tok))
        elif (noun := _state_noun(lex, tokens, tok, first)) is not None:
            keys = _described_states(ctx, lex, tokens, tok, first, *noun)
        elif (
            tok.lemma.lower() in lex.org_nouns
            and tok.tag == "NN"
            and not any(
                t.pos in ("NOUN", "PROPN") and tokens[t.i - 1].text != "-"
                for t in tokens[first + 1 : tok.i]
            )
        ):  # "the bloc", "the 27-nation bloc"; not "the trade union", "the Wagner group"
            keys = _described_org(ctx, lex.org_nouns[tok.lemma.lower()], tok, first)
        else:
            continue
        if keys:
            ctx.add_mention(keys, first, tok.i + 1, "description")
            for key in keys:
                if not ctx.drafts[key].raw:
                    ctx.drafts[key].raw = ctx.written(first, tok.i + 1)


def _listed_states(ctx: ArticleContext, n: int, before: int) -> list[str]:
    """The states of the latest sentence before token ``before`` that names exactly ``n``
    states as actors (or as the states of people acting); none when no sentence does
    ("China would provide the five countries ..." after a sentence naming China and five
    others is left alone)."""
    by_sentence: dict[int, list[str]] = {}
    for mention in sorted(ctx.mentions, key=lambda m: m.start):
        if mention.rule in ("description", "pair") or mention.first >= before:
            continue
        for key in mention.keys:
            draft = ctx.drafts[key]
            if draft.role != "party" or draft.kind not in ("state", "person") or not draft.country:
                continue
            found = by_sentence.setdefault(mention.sentence, [])
            if draft.country not in found:
                found.append(draft.country)
    for sentence in sorted(by_sentence, reverse=True):
        if len(by_sentence[sentence]) == n:
            return by_sentence[sentence]
    return []


def _ranked(tokens: Sequence[Token], first: int, last: int) -> bool:
    """ "The first country to ...", "the most populous country": a description of what a
    state is, said of it where it is named, not a reference back."""
    return any(t.text.lower() in _RANKS or t.tag in ("JJS", "RBS") for t in tokens[first:last])


def _followed_by_of(tokens: Sequence[Token], tok: Token) -> bool:
    """ "The state of emergency"; not "accused the bloc of meddling", "of" and a gerund
    (possibly after an adverb) that states the charge against the party."""
    if tok.i + 1 >= len(tokens) or tokens[tok.i + 1].text.lower() != "of":
        return False
    if tok.dep == "dobj" and tokens[tok.head].lemma.lower() == "accuse":
        return False  # "accused the South of a grave provocation": the charge, a noun too
    after = tokens[tok.i + 2 : tok.i + 4]
    while after and after[0].pos == "ADV":
        after = after[1:]
    return not (after and after[0].tag == "VBG" and after[0].sentence == tok.sentence)


def _phrase_start(tokens: Sequence[Token], children: dict[int, list[int]], tok: Token) -> int:
    """Where the noun phrase of ``tok`` begins: its leftmost determiner or modifier, all
    of them adjacent before it ("the small Central American country")."""
    first = tok.i
    stack = [c for c in children.get(tok.i, []) if c < tok.i]
    while stack:
        c = stack.pop()
        if tokens[c].dep not in _MODIFIER_DEPS and tokens[c].dep not in ("punct", "cc"):
            continue
        first = min(first, c)
        stack += [g for g in children.get(c, []) if g < c]
    if any(tokens[j].sentence != tok.sentence for j in range(first, tok.i)):
        return tok.i
    return first


def _state_noun(
    lex: Descriptors, tokens: Sequence[Token], tok: Token, first: int
) -> tuple[StateNoun, int] | None:
    """The state noun ``tok`` ends ("island nation" or "nation"), and where its words
    begin."""
    word = tok.text.lower()
    if tok.i - 1 > first:
        two = f"{tokens[tok.i - 1].text.lower()} {word}"
        if two in lex.nouns:
            return lex.nouns[two], tok.i - 1
    noun = lex.nouns.get(word)
    return (noun, tok.i) if noun is not None else None


def _described_states(
    ctx: ArticleContext,
    lex: Descriptors,
    tokens: Sequence[Token],
    tok: Token,
    first: int,
    noun: StateNoun,
    noun_first: int,
) -> tuple[str, ...]:
    """The state (states, for a plural) a description stands for."""
    # as written, so that a word the tokenizer split at its hyphen ("self - governing")
    # is still one modifier
    words = ctx.written(first + 1, noun_first).lower().split() if noun_first > first + 1 else []
    name = tokens[first + 1 : tok.i + 1]
    written = " ".join(t.text for t in name)
    # (capitalised words only: "the island" is no Ísland)
    named = ctx.kb.state_by_name(written) if all(t.text[:1].isupper() for t in name) else None
    if named is not None:  # "the Czech Republic's envoy": a name, not a description
        return _state_keys(ctx, named.iso3)
    if noun.cue is not None:
        return _cued_state(ctx, tok, first, noun, noun.cue) if not words else ()
    regions = _regions(lex, words)
    if not regions:  # "the Dominican republic" fits the Dominican Republic only (but "the
        # Central American country" is the region's, not America's)
        regions = [
            frozenset({state.iso3})
            for t in tokens[first + 1 : noun_first]
            if (state := ctx.kb.state_by_demonym(t.text)) is not None
        ]
    if tok.tag in ("NNS", "NNPS"):
        # "the five Central Asian republics": the region's states, whatever each is called
        loose = StateNoun(None, noun.members, noun.alone)
        return _plural_states(ctx, tok, regions, _fits(ctx, loose, regions), _count(words))
    allowed = _fits(ctx, noun, regions)
    if allowed is None:
        if not noun.alone or not _refers(tokens, tok):
            return ()
        return _state_keys(ctx, _latest_state(ctx, tok, first))
    iso3 = next((c for i, c in reversed(ctx.named_states) if i < first and c in allowed), None)
    return _state_keys(ctx, iso3)


def _cued_state(
    ctx: ArticleContext, tok: Token, first: int, noun: StateNoun, cue: frozenset[str]
) -> tuple[str, ...]:
    """ "The North", "the South" in a story that named either Korea before: the one state
    the word stands for there (never "the north of the country", lower case)."""
    if not tok.text[:1].isupper() or noun.members is None or len(noun.members) != 1:
        return ()
    if not any(i < first and c in cue for i, c in ctx.named_states):
        return ()
    return _state_keys(ctx, next(iter(noun.members)))


def _regions(lex: Descriptors, words: list[str]) -> list[frozenset[str]]:
    """The regions the modifiers name, longest phrase first ("central asian", not "asian")."""
    found, i = [], 0
    while i < len(words):
        for width in (3, 2, 1):
            phrase = " ".join(words[i : i + width])
            if len(words) - i >= width and phrase in lex.regions:
                found.append(lex.regions[phrase])
                i += width
                break
        else:
            i += 1
    return found


def _fits(
    ctx: ArticleContext, noun: StateNoun, regions: list[frozenset[str]]
) -> frozenset[str] | None:
    """The states a description fits, or None when it says nothing of which."""
    sets = list(regions)
    if noun.members is not None:
        sets.append(noun.members)
    if noun.official is not None:
        sets.append(frozenset(s.iso3 for s in ctx.kb.states if noun.official in (s.official or "")))
    if not sets:
        return None
    allowed = sets[0]
    for more in sets[1:]:
        allowed &= more
    return allowed


def _count(words: list[str]) -> int | None:
    for w in words:
        if w in _NUMBERS:
            return _NUMBERS[w]
        if _DIGITS.match(w):
            return int(w)
    return None


def _plural_states(
    ctx: ArticleContext,
    tok: Token,
    regions: list[frozenset[str]],
    allowed: frozenset[str] | None,
    count: int | None,
) -> tuple[str, ...]:
    """ "The Baltic states", "the five Central Asian republics": the region's states."""
    if not regions or allowed is None:
        return ()
    # the region's states named before, latest first ("the two Gulf states" after the
    # UAE and Bahrain), else all of a small region ("the Baltic states")
    before = [c for i, c in sorted(ctx.named_states, reverse=True) if i < tok.i and c in allowed]
    named = list(dict.fromkeys(before))
    if count == len(allowed) or (count is None and len(named) < 2 < len(allowed) <= _SMALL_REGION):
        return tuple(state_draft(ctx, c, "GOV").key for c in sorted(allowed))
    if count is not None and len(named) >= count:
        return tuple(state_draft(ctx, c, "GOV").key for c in sorted(named[:count]))
    if count is None and len(named) >= 2:
        return tuple(state_draft(ctx, c, "GOV").key for c in sorted(named))
    return ()


def _refers(tokens: Sequence[Token], tok: Token) -> bool:
    """Whether a plain "the country" can stand for an actor here: a subject, object or
    owner, not a place ("across the country")."""
    if tok.dep not in _REFERRING_DEPS:
        return False
    head = tokens[tok.head]
    if tok.dep == "dobj" and head.lemma.lower() in _MOTION:
        return False
    if tok.dep == "pobj":
        if head.text.lower() in _PLACE_PREPS:
            return False
        owner = tokens[head.head]
        if head.text.lower() == "of" and owner.lemma.lower() in _PARTS:
            return False
        if owner.lemma.lower() in _MOTION:
            return False
    return True


def _latest_state(ctx: ArticleContext, tok: Token, first: int) -> str | None:
    """The state named latest before ``first`` (by name, demonym or capital, or as a
    person's state), a few sentences back at most."""
    named = [(i, c) for i, c in ctx.named_states if i < first]
    for mention in ctx.mentions:
        if mention.first < first and len(mention.keys) == 1:
            draft = ctx.drafts[mention.keys[0]]
            if draft.kind == "person" and draft.country and draft.role == "party":
                named.append((mention.first, draft.country))
    if not named:
        return None
    i, iso3 = max(named)
    return iso3 if tok.sentence - ctx.tokens[i].sentence <= _PLAIN_SENTENCES else None


def _neighbour(ctx: ArticleContext, tok: Token) -> str | None:
    """The state a "the northern neighbour" of a sentence that names another state
    stands for: the one state the story names, outside that sentence, at least twice
    and at least twice as often as any other (a story of two states at odds)."""
    here = {c for i, c in ctx.named_states if ctx.tokens[i].sentence == tok.sentence}
    if not here:
        return None
    counts: dict[str, int] = {}
    for _, c in ctx.named_states:
        if c not in here:
            counts[c] = counts.get(c, 0) + 1
    ranked = sorted(counts.values(), reverse=True)
    if not ranked or ranked[0] < 2 or (len(ranked) > 1 and ranked[0] < 2 * ranked[1]):
        return None
    return next(c for c, n in counts.items() if n == ranked[0])


def _state_keys(ctx: ArticleContext, iso3: str | None) -> tuple[str, ...]:
    return (state_draft(ctx, iso3, "GOV").key,) if iso3 else ()


def _described_org(
    ctx: ArticleContext, sectors: frozenset[str], tok: Token, first: int
) -> tuple[str, ...]:
    """ "The bloc", "the alliance", "the Russian company": the latest organisation named
    before that fits (its sector, and the state a demonym in the phrase names)."""
    country = next((c for i, c in ctx.named_states if first <= i < tok.i), None)
    best: tuple[int, str] | None = None
    for mention in ctx.mentions:
        if mention.first >= tok.i or len(mention.keys) != 1 or mention.rule == "description":
            continue
        draft = ctx.drafts[mention.keys[0]]
        if draft.kind not in ("organisation", "group") or draft.role != "party":
            continue
        if sectors and draft.sector not in sectors:
            continue
        if draft.key.startswith("led:") and not draft.key.endswith(f":{tok.lemma.lower()}"):
            continue  # "the Saudi-led coalition fighting the group": "the coalition" only
        if country is not None and draft.country != country:
            continue
        if best is None or mention.first > best[0]:
            best = (mention.first, draft.key)
    return (best[1],) if best else ()


def _owners_state(
    ctx: ArticleContext, children: dict[int, list[int]], tok: Token, first: int
) -> tuple[str, ...]:
    """ "His country", "her government": the state of the person the clause is about (the
    subject of a verb the phrase hangs from), else of the latest person named."""
    tokens = ctx.tokens
    people: dict[int, Draft] = {}
    for mention in ctx.mentions:
        if len(mention.keys) == 1 and ctx.drafts[mention.keys[0]].kind == "person":
            people[mention.last - 1] = ctx.drafts[mention.keys[0]]
    path = {tok.i}
    current = tok
    for _ in range(8):
        if current.head == current.i:
            break
        current = tokens[current.head]
        path.add(current.i)
        for c in children.get(current.i, []):
            if tokens[c].dep in ("nsubj", "nsubjpass") and c not in path:
                person = people.get(c)
                if person is not None and person.country and person.role == "party":
                    return _state_keys(ctx, person.country)
    latest = [
        (i, d)
        for i, d in people.items()
        if i < first and tok.sentence - tokens[i].sentence <= 2 and d.country and d.role == "party"
    ]
    return _state_keys(ctx, max(latest, key=lambda p: p[0])[1].country) if latest else ()

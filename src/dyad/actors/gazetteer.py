"""Longest-match lookup of known names over a sentence's tokens.

Every name in the knowledge base and the title lexicon is normalised (accents
stripped, case folded) into one dictionary; a sentence is scanned once, trying
the longest span first at each token. A dictionary lookup per span keeps this
far cheaper than the spaCy pass it follows.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from ..models import Token
from .kb import KnowledgeBase, is_acronym, normalise
from .lexicon import Lexicon

_LEAD = re.compile(r"\w+")


def norm(text: str) -> str:
    """Case- and accent-insensitive form used for every lookup (the knowledge base's own)."""
    return normalise(text)


@dataclass(frozen=True, slots=True)
class Entry:
    """What a name refers to.

    kind: person (full name or multi-word variant), surname (one-word person variant),
    state, demonym, capital (capital or seat-of-government metonym), city, org, title, pair.
    """

    kind: str
    ref: str  # person id, ISO3, organisation id, title phrase
    acronym: bool = False  # must be written in capitals ("US", not "us")


@dataclass(frozen=True, slots=True)
class Match:
    """A span of tokens [first, last) and everything its text may refer to."""

    first: int
    last: int
    entries: tuple[Entry, ...]

    def of(self, *kinds: str) -> Entry | None:
        return next((e for e in self.entries if e.kind in kinds), None)


class Gazetteer:
    """All known names, normalised, for longest-match scanning."""

    def __init__(self, kb: KnowledgeBase, lexicon: Lexicon) -> None:
        index: dict[str, list[Entry]] = defaultdict(list)

        def add(surface: str, entry: Entry) -> None:
            key = norm(surface)
            if key and entry not in index[key]:
                index[key].append(entry)

        for state in kb.states:
            for name in (state.name, state.official, *state.aliases):
                if name:
                    add(name, Entry("state", state.iso3, is_acronym(name)))
            for demonym in state.demonyms:
                add(demonym, Entry("demonym", state.iso3))
            for place in (state.capital, *state.metonyms):
                if place:
                    add(place, Entry("capital", state.iso3))
            for city in state.cities:
                add(city, Entry("city", state.iso3))
        for org in kb.organisations:
            for name in (org.name, *org.aliases):
                add(name, Entry("org", org.id, is_acronym(name)))
            for acronym in org.acronyms:
                add(acronym, Entry("org", org.id, True))
        for person in kb.people:
            for name in (person.name, *person.variants):
                one_word = len(norm(name).replace("-", " ").split()) == 1
                add(name, Entry("surname" if one_word else "person", person.id))
        for phrase in lexicon.titles:
            add(phrase, Entry("title", phrase))
        for phrase in lexicon.pair_phrases:
            add(phrase, Entry("pair", phrase))
        self._index = {k: tuple(v) for k, v in index.items()}
        self._first_words = {_lead(k) for k in self._index}
        # The longest name decides how far a match may reach (CICA's full name is 9 words).
        self._max_tokens = max(len(k.split()) for k in self._index) + 4  # "'s", "-" split off

    def lookup(self, text: str) -> tuple[Entry, ...]:
        """Everything ``text`` may name."""
        return self._index.get(norm(text), ())

    def scan(self, tokens: Sequence[Token], text: str) -> list[Match]:
        """Longest non-overlapping matches over ``tokens`` (one sentence)."""
        normed = [norm(t.text) for t in tokens]
        matches: list[Match] = []
        i = 0
        while i < len(tokens):
            best: Match | None = None
            if _lead(normed[i]) in self._first_words:
                key = ""
                for j in range(i, min(i + self._max_tokens, len(tokens))):
                    gap = " " if j > i and tokens[j].start > tokens[j - 1].end else ""
                    key += gap + normed[j]
                    entries = self._index.get(key)
                    if entries:
                        surface = text[tokens[i].start : tokens[j].end]
                        kept = tuple(e for e in entries if _written_right(e, surface))
                        if kept:
                            best = Match(tokens[i].i, tokens[j].i + 1, kept)
            if best is not None:
                matches.append(best)
                i += best.last - best.first
            else:
                i += 1
        return matches


def _lead(key: str) -> str:
    """The leading word characters of a key: what its first token must start with."""
    m = _LEAD.match(key)
    return m.group() if m else key[:1]


def _written_right(entry: Entry, surface: str) -> bool:
    """Names are capitalised ("Turkey", not "turkey"); acronyms are in capitals."""
    if entry.kind in ("title", "pair"):
        return True
    if entry.acronym:
        return surface.replace(".", "").isupper()
    # "al-Shabaab", "eSwatini": lower-case particles are how these names are written;
    # "17+1": a name may start with a digit.
    return (
        surface[:1].isupper()
        or surface[:1].isdigit()
        or (surface[:3].lower() in ("al-", "el-") or surface[1:2].isupper())
    )

"""The title and reference lexicon (data/titles.toml), loaded once."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True, slots=True)
class Title:
    """A normalised role: its name, PLOVER sector, and what kind of role it is."""

    title: str
    sector: str | None
    leader: bool = False
    commentator: bool = False


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Title phrases, pair references, side nouns and institution words."""

    titles: dict[str, Title]  # phrase (lower case) -> Title
    pair_phrases: tuple[str, ...]
    side_nouns: dict[str, str | None]  # noun -> sector
    institutions: tuple[str, ...]
    state_bodies: tuple[str, ...]  # words that make a state-named body the state itself
    national_bodies: frozenset[str]  # bodies every state has: "Congress", "Parliament"
    not_organisations: frozenset[str]  # last words of names that are no organisation
    collectives: dict[str, str]  # lemma of a force or crowd noun -> sector ("police": COP)
    body_nouns: frozenset[str]  # kinds of bodies a state owns: "central bank", "company"
    armed_groups: frozenset[str]  # what members of armed groups are: "rebel", "militant"
    ship_prefixes: dict[str, str]  # "INS" (before a ship's name) -> the state it serves: IND
    version: str


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Read data/titles.toml once."""
    raw = resources.files("dyad.actors").joinpath("data/titles.toml").read_text(encoding="utf-8")
    data = tomllib.loads(raw)
    titles: dict[str, Title] = {}
    for entry in data["title"]:
        title = Title(
            entry["title"],
            entry.get("sector") or None,
            entry.get("leader", False),
            entry.get("commentator", False),
        )
        for phrase in entry["phrases"]:
            titles[phrase.lower()] = title
    refs = data["references"]
    return Lexicon(
        titles=titles,
        pair_phrases=tuple(refs["pair"]),
        side_nouns={k.lower(): (v or None) for k, v in refs["side_nouns"].items()},
        institutions=tuple(refs["institutions"]),
        state_bodies=tuple(refs["state_bodies"]),
        national_bodies=frozenset(refs["national_bodies"]),
        not_organisations=frozenset(refs["not_organisations"]),
        collectives=dict(refs["collectives"]),
        body_nouns=frozenset(refs["body_nouns"]),
        armed_groups=frozenset(refs["armed_groups"]),
        ship_prefixes=dict(refs["ship_prefixes"]),
        version=data["version"],
    )

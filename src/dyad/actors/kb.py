"""The actor knowledge base: states, organisations and people, read from TOML.

The knowledge lives in three versioned data files beside this module
(``data/states.toml``, ``data/organisations.toml``, ``data/people.toml``; their
schema is in ``data/README.md``) so that an analyst can read and extend it
without touching code. :func:`load_kb` reads and validates them once and
returns a frozen :class:`KnowledgeBase` with every lookup index built up front::

    kb = load_kb()
    kb.state_by_place("NUR-SULTAN").iso3            # 'KAZ'
    kb.people_named("Chavushoglu")[0].name          # 'Mevlut Cavusoglu'
    kb.person("wang-yi").office_on(date(2020, 12, 14)).title   # 'foreign minister'

Lookups ignore case and accents (``"Çavuşoğlu"`` finds ``"Cavusoglu"``) and a
leading "the" (``"the Kremlin"`` finds ``"Kremlin"``). Acronyms are the
exception: a name written only in capitals and at most six letters long
(``"US"``, ``"UAE"``, ``"DRC"``) and every organisation acronym must be looked
up with its exact case, so that the word "us" never resolves to the United
States and "who" never to the World Health Organization.

Malformed data (an unknown key, a duplicate ISO3 code, a person's unknown
country, an office that ends before it starts, a name that two states share,
...) raises :class:`KnowledgeBaseError`, a :class:`ValueError` whose message
names the file and the entry.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable
from itertools import pairwise
from pathlib import Path
from types import MappingProxyType
from typing import Any, Generic, TypeVar

from ..datafile import Source, entries, read_version
from ..errors import DyadError

__all__ = [
    "KINDS",
    "SECTORS",
    "TITLES",
    "KnowledgeBase",
    "KnowledgeBaseError",
    "Office",
    "Organisation",
    "Person",
    "State",
    "is_acronym",
    "load_kb",
    "normalise",
]

STATES_FILE = "states.toml"
ORGANISATIONS_FILE = "organisations.toml"
PEOPLE_FILE = "people.toml"

#: Organisation kinds.
KINDS = frozenset({"igo", "ngo", "group", "agency", "company", "party"})

#: PLOVER/ICEWS actor sectors accepted in the data files.
SECTORS = frozenset(
    {
        "GOV", "MIL", "LEG", "JUD", "PTY", "REB", "OPP", "COP", "SPY", "IGO", "NGO",
        "BUS", "CRM", "CVL", "EDU", "ELI", "HLH", "LAB", "MED", "REF", "REL", "AGR",
        "ENV", "UAF",
    }
)  # fmt: skip

#: The office titles people.toml may use, most senior first (see data/README.md).
#: When a person holds several offices on one day, :meth:`Person.office_on`
#: returns the one that comes first here.
TITLES: tuple[str, ...] = (
    # heads of state and of government
    "president",
    "king",
    "queen",
    "emperor",
    "emir",
    "pope",
    "supreme leader",
    "acting president",
    "chancellor",
    "prime minister",
    "chief executive",
    "crown prince",
    "vice president",
    "vice premier",
    "deputy crown prince",
    "general secretary",
    # heads of international organisations
    "secretary-general",
    "director-general",
    "president of the european commission",
    "president of the european council",
    "high representative",
    "chairperson of the african union commission",
    "high commissioner for human rights",
    "managing director",
    "prosecutor",
    # a secretary-general's envoy for one conflict ("the UN envoy for Yemen")
    "special envoy",
    # ministers and other posts
    "foreign minister",
    "foreign affairs adviser",
    "defence minister",
    "state councilor",
    "chairman of the security council",
    "deputy chairman of the security council",
    "secretary of the security council",
    "chairman of the state affairs commission",
    "director of the central foreign affairs commission office",
    "chairman of the senate",
    "chairman of the halk maslahaty",
    "president of the national assembly",
    "chief of army staff",
    # the leader of a non-state armed group (with its org): Hezbollah, Hamas, the RSF
    "group leader",
    # national security, justice and finance posts, spokespeople
    "national security adviser",
    "intelligence chief",
    "justice minister",
    "finance minister",
    "economy minister",
    "interior minister",
    "trade minister",
    "deputy foreign minister",
    "un ambassador",
    "spokesperson",
)
_TITLE_RANK = MappingProxyType({title: rank for rank, title in enumerate(TITLES)})

T = TypeVar("T")

_ISO3 = re.compile(r"[A-Z]{3}")
_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_QID = re.compile(r"Q[1-9][0-9]*")
_FOLD = MappingProxyType(str.maketrans(
    {
        "ı": "i", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O",
        "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ð": "d", "þ": "th", "ə": "e",
        "Ə": "E", "ħ": "h", "’": "'", "‘": "'", "ʼ": "'", "ʻ": "'", "`": "'",
        "´": "'", "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-",
    }
))  # fmt: skip


class KnowledgeBaseError(DyadError, ValueError):
    """A knowledge-base data file is malformed; the message names file and entry."""


def normalise(text: str) -> str:
    """Fold ``text`` for lookups: no accents, no case, single spaces, no leading "the".

    >>> normalise("  the  Élysée ")
    'elysee'
    >>> normalise("Mevlüt Çavuşoğlu")
    'mevlut cavusoglu'
    """
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    folded = " ".join(stripped.casefold().split())
    return folded[4:] if folded.startswith("the ") else folded


def is_acronym(text: str) -> bool:
    """True for names looked up with their exact case: capitals only, 2 to 6 letters."""
    letters = [c for c in text if c.isalpha()]
    return 2 <= len(letters) <= 6 and all(c.isupper() for c in letters)


# --------------------------------------------------------------------------
# The data model
# --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class State:
    """A state (or territory treated as one): codes, names and places."""

    iso3: str
    cow: int | None
    name: str
    official: str
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    capital: str = ""
    metonyms: tuple[str, ...] = ()
    cities: tuple[str, ...] = ()
    iso_numeric: str | None = None  # ISO 3166-1 numeric, "004"
    # another state's metonym this state's own body also bears ("Foreign Office", GBR's
    # and Germany's): it stands for this state only in a story datelined here
    shared_metonyms: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        """Every name of the state: short, official, aliases."""
        return (self.name, self.official, *self.aliases)

    @property
    def places(self) -> tuple[str, ...]:
        """Every place that stands for the state: capital, metonyms, cities."""
        return (self.capital, *self.metonyms, *self.cities)


@dataclass(frozen=True, slots=True)
class Organisation:
    """An international organisation, grouping or non-state armed group."""

    id: str
    name: str
    kind: str
    sector: str
    acronyms: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    members: tuple[str, ...] | None = None
    country: str | None = None
    wikidata: str | None = None
    #: the first day in of members that came in recently
    joined: tuple[tuple[str, date], ...] = ()
    #: former members (not in ``members``) and their first day out
    left: tuple[tuple[str, date], ...] = ()
    #: the founding members, where the file gives them ("the four founding members of X")
    founders: tuple[str, ...] = ()
    #: a party whose name parties of other states share ("Democratic Party"): named bare,
    #: it is the party of the story's state (resolve/organisations.py)
    shared_name: bool = False

    def members_on(self, day: date | None) -> tuple[str, ...]:
        """The member states on ``day`` (today's members when the day is unknown); empty
        when the knowledge base lists no members."""
        if day is None:
            return self.members or ()
        joined = dict(self.joined)
        current = [m for m in self.members or () if m not in joined or joined[m] <= day]
        return (*current, *(m for m, out in self.left if day < out))


@dataclass(frozen=True, slots=True)
class Office:
    """One period in one office. ``end`` is the first day out of office (None: incumbent)."""

    title: str
    sector: str
    start: date
    end: date | None = None
    org: str | None = None

    def active_on(self, day: date) -> bool:
        """Whether the office was held on ``day`` (start inclusive, end exclusive)."""
        return self.start <= day and (self.end is None or day < self.end)


@dataclass(frozen=True, slots=True)
class Person:
    """A person and the offices they held, in chronological order."""

    id: str
    name: str
    country: str
    variants: tuple[str, ...] = ()
    offices: tuple[Office, ...] = ()
    wikidata: str | None = None

    @property
    def names(self) -> tuple[str, ...]:
        """The canonical name and every variant."""
        return (self.name, *self.variants)

    def offices_on(self, day: date) -> tuple[Office, ...]:
        """Every office held on ``day``."""
        return tuple(o for o in self.offices if o.active_on(day))

    def office_on(self, day: date) -> Office | None:
        """The office held on ``day``; if several, the most senior (the order of TITLES).

        Wang Yi on 2020-12-14 was both state councilor and foreign minister:
        this returns the foreign minister office.
        """
        held = self.offices_on(day)
        if not held:
            return None
        return min(held, key=lambda o: (_TITLE_RANK[o.title], -o.start.toordinal()))


@dataclass(frozen=True, eq=False)
class KnowledgeBase:
    """States, organisations and people, with lookup indexes built once.

    Build one with :func:`load_kb`. Lookups return ``None`` (or an empty tuple)
    when nothing matches.
    """

    states: tuple[State, ...]
    organisations: tuple[Organisation, ...]
    people: tuple[Person, ...]
    versions: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    _by_iso3: Mapping[str, State] = field(init=False, repr=False)
    _state_names: _Index[State] = field(init=False, repr=False)
    _demonyms: _Index[State] = field(init=False, repr=False)
    _places: _Index[State] = field(init=False, repr=False)
    _org_ids: Mapping[str, Organisation] = field(init=False, repr=False)
    _org_names: _Index[Organisation] = field(init=False, repr=False)
    _person_ids: Mapping[str, Person] = field(init=False, repr=False)
    _person_names: Mapping[str, tuple[Person, ...]] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        init = object.__setattr__
        init(self, "_by_iso3", MappingProxyType({s.iso3: s for s in self.states}))
        states, orgs = STATES_FILE, ORGANISATIONS_FILE
        init(self, "_state_names", _Index.build(states, "name", self.states, _names, _iso3))
        init(self, "_demonyms", _Index.build(states, "demonym", self.states, _demonyms, _iso3))
        init(self, "_places", _Index.build(states, "place", self.states, _places, _iso3))
        init(self, "_org_ids", MappingProxyType({o.id: o for o in self.organisations}))
        init(
            self,
            "_org_names",
            _Index.build(orgs, "name", self.organisations, _org_names, _org_id, _acronyms),
        )
        init(self, "_person_ids", MappingProxyType({p.id: p for p in self.people}))
        by_name: dict[str, list[Person]] = {}
        for person in self.people:
            for key in dict.fromkeys(normalise(n) for n in person.names):
                by_name.setdefault(key, []).append(person)
        for person in self.people:  # "Kishida Fumio": a two-part name in the other order
            for name in person.names:
                parts = name.split()
                if len(parts) == 2:
                    by_name.setdefault(normalise(f"{parts[1]} {parts[0]}"), [person])
        init(self, "_person_names", MappingProxyType({k: tuple(v) for k, v in by_name.items()}))

    def state(self, iso3: str) -> State | None:
        """The state with ISO 3166-1 alpha-3 code ``iso3`` (any case)."""
        return self._by_iso3.get(iso3.strip().upper())

    def state_by_name(self, text: str) -> State | None:
        """The state whose short name, official name or alias is ``text``."""
        return self._state_names.get(text)

    def state_by_demonym(self, text: str) -> State | None:
        """The state whose demonym (adjective or people noun) is ``text``."""
        return self._demonyms.get(text)

    def state_by_place(self, text: str) -> State | None:
        """The state a capital, seat-of-government metonym or city belongs to.

        Meant for datelines: ``"TASHKENT"`` gives Uzbekistan, ``"NUR-SULTAN"``
        Kazakhstan, ``"the Kremlin"`` Russia.
        """
        return self._places.get(text)

    def organisation(self, text: str) -> Organisation | None:
        """The organisation with acronym (exact case), name or alias ``text``."""
        return self._org_names.get(text)

    def organisation_by_id(self, org_id: str) -> Organisation | None:
        """The organisation whose ``id`` slug is ``org_id``."""
        return self._org_ids.get(org_id)

    def person(self, person_id: str) -> Person | None:
        """The person whose ``id`` slug is ``person_id``."""
        return self._person_ids.get(person_id)

    def people_named(self, text: str) -> tuple[Person, ...]:
        """Everyone whose name or a variant is ``text`` (case- and accent-insensitive).

        A bare surname may name several people ("Wang", "Sharif"); the caller
        picks one, for instance with :meth:`Person.office_on`.
        """
        return self._person_names.get(normalise(text), ())


def _iso3(state: State) -> str:
    return state.iso3


def _org_id(org: Organisation) -> str:
    return org.id


def _names(state: State) -> tuple[str, ...]:
    return state.names


def _demonyms(state: State) -> tuple[str, ...]:
    return state.demonyms


def _places(state: State) -> tuple[str, ...]:
    return state.places


def _org_names(org: Organisation) -> tuple[str, ...]:
    return (org.name, *org.aliases)


def _acronyms(org: Organisation) -> tuple[str, ...]:
    return org.acronyms


@dataclass(frozen=True, slots=True)
class _Index(Generic[T]):
    """Names to items: exact-case acronyms first, then normalised names."""

    exact: Mapping[str, T]
    folded: Mapping[str, T]

    def get(self, text: str) -> T | None:
        text = text.strip()
        hit = self.exact.get(text)
        return hit if hit is not None else self.folded.get(normalise(text))

    @classmethod
    def build(
        cls,
        file: str,
        what: str,
        items: Iterable[T],
        names: Callable[[T], Iterable[str]],
        ident: Callable[[T], str],
        acronyms: Callable[[T], Iterable[str]] = lambda _: (),
    ) -> _Index[T]:
        """Index ``names`` (and ``acronyms``, always exact) of ``items``.

        Raises KnowledgeBaseError when two items share a name.
        """
        exact: dict[str, T] = {}
        folded: dict[str, T] = {}
        for item in items:
            keyed = [(a.strip(), exact) for a in acronyms(item)]
            for name in names(item):
                if is_acronym(name):
                    keyed.append((name.strip(), exact))
                else:
                    keyed.append((normalise(name), folded))
            for key, table in keyed:
                other = table.setdefault(key, item)
                if other is not item and ident(other) != ident(item):
                    raise KnowledgeBaseError(
                        f"{file}: the {what} {key!r} is given to both {ident(other)!r} and "
                        f"{ident(item)!r}; a {what} must point to one entry: remove it from "
                        "one of them (or from both, if it is ambiguous)"
                    )
        return cls(MappingProxyType(exact), MappingProxyType(folded))


# --------------------------------------------------------------------------
# Loading and validation
# --------------------------------------------------------------------------


def load_kb(path: Path | None = None) -> KnowledgeBase:
    """Read and validate the knowledge base.

    ``path`` is a folder holding ``states.toml``, ``organisations.toml`` and
    ``people.toml``; by default the files shipped in the package are read
    (once: the result is cached).

    Raises:
        KnowledgeBaseError: a file is missing, is not valid TOML, or holds a
            malformed entry (the message names the file and the entry).
    """
    if path is None:
        return _load_packaged()
    return _load(Path(path), str(path))


@lru_cache(maxsize=1)
def _load_packaged() -> KnowledgeBase:
    return _load(resources.files("dyad.actors").joinpath("data"), "dyad/actors/data")


def _load(folder: Traversable | Path, label: str) -> KnowledgeBase:
    def read(name: str) -> tuple[_Source, dict[str, Any]]:
        where = f"{label}/{name}"
        entry = folder.joinpath(name)
        if not entry.is_file():
            raise KnowledgeBaseError(f"{where}: file not found; the knowledge base needs it")
        try:
            data = tomllib.loads(entry.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise KnowledgeBaseError(f"{where}: not valid TOML: {exc}") from exc
        return _Source(where), data

    versions: dict[str, str] = {}

    src, data = read(STATES_FILE)
    versions[STATES_FILE] = read_version(src, data, ("state",))
    states = tuple(_state(src.at("state", i, e), e) for i, e in entries(src, data, "state"))
    _unique(src, "state", "iso3", [s.iso3 for s in states])
    _unique(src, "state", "cow", [s.cow for s in states if s.cow is not None])
    _unique(src, "state", "iso_numeric", [s.iso_numeric for s in states if s.iso_numeric])
    iso3s = frozenset(s.iso3 for s in states)

    src, data = read(ORGANISATIONS_FILE)
    versions[ORGANISATIONS_FILE] = read_version(src, data, ("organisation",))
    orgs = tuple(
        _organisation(src.at("organisation", i, e), e, iso3s)
        for i, e in entries(src, data, "organisation")
    )
    _unique(src, "organisation", "id", [o.id for o in orgs])
    org_ids = frozenset(o.id for o in orgs)

    src, data = read(PEOPLE_FILE)
    versions[PEOPLE_FILE] = read_version(src, data, ("person",))
    people = tuple(
        _person(src.at("person", i, e), e, iso3s, org_ids) for i, e in entries(src, data, "person")
    )
    _unique(src, "person", "id", [p.id for p in people])

    try:
        return KnowledgeBase(states, orgs, people, MappingProxyType(versions))
    except KnowledgeBaseError as exc:
        raise KnowledgeBaseError(f"{label}/{exc}") from None


class _Source(Source):
    """Where a knowledge-base entry is, for error messages."""

    error_type = KnowledgeBaseError
    id_keys = ("iso3", "id")


def _unique(src: _Source, table: str, key: str, values: list[Any]) -> None:
    seen: set[Any] = set()
    for index, value in enumerate(values):
        if value in seen:
            raise _Source(src.file, f"[[{table}]] #{index + 1}").error(
                f"duplicate {key} {value!r}: each {table} needs its own"
            )
        seen.add(value)


def _check_keys(
    src: _Source, raw: Mapping[str, Any], required: Iterable[str], optional: Iterable[str]
) -> None:
    required = tuple(required)
    allowed = {*required, *optional}
    unknown = sorted(set(raw) - allowed)
    if unknown:
        raise src.error(f"unknown key(s) {unknown}; allowed keys: {sorted(allowed)}")
    missing = [k for k in required if k not in raw]
    if missing:
        raise src.error(f"missing key(s) {missing}")


def _text(src: _Source, raw: Mapping[str, Any], key: str, *, optional: bool = False) -> str:
    value = raw.get(key)
    if value is None and optional:
        return ""
    if not isinstance(value, str) or not value.strip():
        raise src.error(f"{key} must be a non-empty string, not {value!r}")
    return value


def _texts(src: _Source, raw: Mapping[str, Any], key: str) -> tuple[str, ...]:
    value = raw.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise src.error(f"{key} must be a list of non-empty strings, not {value!r}")
    return tuple(value)


def _code(src: _Source, value: Any, what: str, iso3s: frozenset[str] | None) -> str:
    if not isinstance(value, str) or not _ISO3.fullmatch(value):
        raise src.error(f"{what} {value!r} is not an ISO3 code (three capital letters)")
    if iso3s is not None and value not in iso3s:
        raise src.error(f"{what} {value!r} is not a state in {STATES_FILE}; add it there first")
    return value


def _slug(src: _Source, raw: Mapping[str, Any]) -> str:
    value = _text(src, raw, "id")
    if not _SLUG.fullmatch(value):
        raise src.error(f"id {value!r} must be a lower-case slug like 'wang-yi'")
    return value


def _qid(src: _Source, raw: Mapping[str, Any]) -> str | None:
    value = raw.get("wikidata")
    if value is None:
        return None
    if not isinstance(value, str) or not _QID.fullmatch(value):
        raise src.error(f"wikidata {value!r} must be a QID like 'Q1065' (or left out)")
    return value


def _choice(src: _Source, raw: Mapping[str, Any], key: str, allowed: frozenset[str]) -> str:
    value = raw.get(key)
    if value not in allowed:
        raise src.error(f"{key} {value!r} is not one of {sorted(allowed)}")
    return str(value)


def _state(src: _Source, raw: Mapping[str, Any]) -> State:
    _check_keys(
        src,
        raw,
        ("iso3", "name", "official", "capital"),
        ("cow", "aliases", "demonyms", "metonyms", "cities", "iso_numeric", "shared_metonyms"),
    )
    cow = raw.get("cow")
    if cow is not None and (isinstance(cow, bool) or not isinstance(cow, int) or cow <= 0):
        raise src.error(f"cow {cow!r} must be a positive integer (or left out)")
    numeric = raw.get("iso_numeric")
    if numeric is not None and not (isinstance(numeric, str) and re.fullmatch(r"\d{3}", numeric)):
        raise src.error(f'iso_numeric {numeric!r} must be three digits in quotes, like "004"')
    return State(
        iso3=_code(src, raw.get("iso3"), "iso3", None),
        cow=cow,
        name=_text(src, raw, "name"),
        official=_text(src, raw, "official"),
        aliases=_texts(src, raw, "aliases"),
        demonyms=_texts(src, raw, "demonyms"),
        capital=_text(src, raw, "capital"),
        metonyms=_texts(src, raw, "metonyms"),
        cities=_texts(src, raw, "cities"),
        iso_numeric=numeric,
        shared_metonyms=_texts(src, raw, "shared_metonyms"),
    )


def _organisation(src: _Source, raw: Mapping[str, Any], iso3s: frozenset[str]) -> Organisation:
    _check_keys(
        src,
        raw,
        ("id", "name", "kind", "sector"),
        (
            "acronyms", "aliases", "members", "country", "wikidata", "shared_name",
            "joined", "left", "founders",
        ),
    )  # fmt: skip
    shared = raw.get("shared_name", False)
    if not isinstance(shared, bool):
        raise src.error("shared_name must be true or false")
    members = raw.get("members")
    if members is not None:
        if not isinstance(members, list) or not members:
            raise src.error("members must be a non-empty list of ISO3 codes (or left out)")
        members = tuple(_code(src, m, "member", iso3s) for m in members)
        if len(set(members)) != len(members):
            raise src.error("members lists a state twice")
    joined = _member_days(src, raw, "joined", members or (), True)
    left = _member_days(src, raw, "left", members or (), False)
    founders = raw.get("founders", [])
    if not isinstance(founders, list) or any(f not in (members or ()) for f in founders):
        raise src.error("founders must be a list of codes that members lists")
    country = raw.get("country")
    return Organisation(
        id=_slug(src, raw),
        name=_text(src, raw, "name"),
        kind=_choice(src, raw, "kind", KINDS),
        sector=_choice(src, raw, "sector", SECTORS),
        acronyms=_texts(src, raw, "acronyms"),
        aliases=_texts(src, raw, "aliases"),
        members=members,
        country=None if country is None else _code(src, country, "country", iso3s),
        wikidata=_qid(src, raw),
        shared_name=shared,
        joined=joined,
        left=left,
        founders=tuple(founders),
    )


def _member_days(
    src: _Source, raw: Mapping[str, Any], key: str, members: tuple[str, ...], current: bool
) -> tuple[tuple[str, date], ...]:
    """``joined`` (of ``members``) / ``left`` (of former members, not in ``members``): a
    table of codes and dates (``{ EGY = 2024-01-01 }``)."""
    table = raw.get(key, {})
    if not isinstance(table, dict):
        raise src.error(f"{key} must be a table of codes and dates: {{ EGY = 2024-01-01 }}")
    days = []
    for code, day in table.items():
        if (code in members) != current or not _ISO3.fullmatch(code):
            where = "in members" if current else "a former member, not in members"
            raise src.error(f"{key}: {code!r} must be {where}")
        if not isinstance(day, date) or isinstance(day, datetime):
            raise src.error(f"{key}: {code} needs a date (YYYY-MM-DD, no quotes), not {day!r}")
        days.append((code, day))
    return tuple(days)


def _person(
    src: _Source, raw: Mapping[str, Any], iso3s: frozenset[str], org_ids: frozenset[str]
) -> Person:
    _check_keys(src, raw, ("id", "name", "country", "offices"), ("variants", "wikidata"))
    offices_raw = raw.get("offices")
    if not isinstance(offices_raw, list) or not offices_raw:
        raise src.error("offices must be a non-empty array of tables")
    offices = tuple(_office(src, i, o, org_ids) for i, o in enumerate(offices_raw))
    for i, (before, after) in enumerate(pairwise(offices)):
        if after.start < before.start:
            raise src.error(
                f"offices[{i + 1}] starts {after.start} before offices[{i}] ({before.start}); "
                "list offices in order of start date"
            )
    return Person(
        id=_slug(src, raw),
        name=_text(src, raw, "name"),
        country=_code(src, raw.get("country"), "country", iso3s),
        variants=_texts(src, raw, "variants"),
        offices=offices,
        wikidata=_qid(src, raw),
    )


def _office(src: _Source, index: int, raw: Any, org_ids: frozenset[str]) -> Office:
    here = _Source(src.file, f"{src.entry} offices[{index}]")
    if not isinstance(raw, dict):
        raise here.error("must be a table like { title = ..., sector = ..., start = ... }")
    _check_keys(here, raw, ("title", "sector", "start"), ("end", "org"))
    start = _date(here, raw, "start")
    end = _date(here, raw, "end") if "end" in raw else None
    if end is not None and end <= start:
        raise here.error(f"end {end} is not after start {start}")
    org = raw.get("org")
    if org is not None and org not in org_ids:
        raise here.error(f"org {org!r} is not an organisation id in {ORGANISATIONS_FILE}")
    sector = _choice(here, raw, "sector", SECTORS)
    if sector == "IGO" and org is None:
        raise here.error("an office with sector 'IGO' needs org = <organisation id>")
    return Office(
        title=_choice(here, raw, "title", frozenset(TITLES)),
        sector=sector,
        start=start,
        end=end,
        org=org,
    )


def _date(src: _Source, raw: Mapping[str, Any], key: str) -> date:
    value = raw.get(key)
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise src.error(f"{key} {value!r} is not a date written YYYY-MM-DD")

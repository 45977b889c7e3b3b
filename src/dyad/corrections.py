"""Analysts' corrections: an append-only log that overrides the coder on every later run.

Three actions:

- ``relabel`` sets an event's type, mode, medium, date, actors or recipients; the CAMEO
  code, Goldstein score, QuadClass and countries follow, and a mode the new type does not
  have is dropped. Applied to the event's record each time the records are rebuilt
  (``records.refresh``), after every merge.
- ``split`` takes some mentions out of an event into an event of their own;
- ``merge`` makes two events one.

Split and merge act on the merge's mention -> event membership after clustering
(:func:`regroup`), so a later ``dyad run`` that clusters those mentions together (or apart)
again is overridden again. Mention ids are stable across runs; a mention that a new coder
no longer finds simply drops out of the correction.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import UTC, date, datetime
from typing import Any

from .errors import CorrectionError
from .events.lexicon import MEDIA, MODES
from .models import Correction
from .store import Store

ACTIONS = ("relabel", "split", "merge")
#: The fields a relabel may set.
FIELDS = ("event_type", "mode", "medium", "date", "actors", "recipients")
_DATE = re.compile(r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$")
_ISO3 = re.compile(r"^[A-Z]{3}$")
#: The years a corrected date may fall in: from the first COW state year to a decade ahead
#: (a pledge may be dated in the future).
_FIRST_YEAR, _YEARS_AHEAD = 1816, 10


def correct(
    store: Store,
    event_id: str,
    action: str,
    *,
    changes: Mapping[str, Any] | None = None,
    mention_ids: Sequence[str] = (),
    other_event_id: str | None = None,
    who: str,
    why: str,
) -> Correction:
    """Check a correction against the stored events, log it and apply it at once.

    Raises:
        CorrectionError: an unknown event or mention, an unknown field or value, a split
            that would leave the event empty, a merge of an event with itself.
    """
    from .records import refresh

    entry = check(
        store,
        event_id,
        action,
        changes=changes,
        mention_ids=mention_ids,
        other_event_id=other_event_id,
        who=who,
        why=why,
    )
    saved = store.add_correction(entry)
    touched = apply_membership(store) | {store.resolve_event_id(saved.event_id)}
    refresh(store, touched)
    return saved


def check(
    store: Store,
    event_id: str,
    action: str,
    *,
    changes: Mapping[str, Any] | None = None,
    mention_ids: Sequence[str] = (),
    other_event_id: str | None = None,
    who: str,
    why: str,
) -> Correction:
    """The log entry a correction would be (id 0), validated; raises CorrectionError."""
    if action not in ACTIONS:
        raise CorrectionError(f"unknown action {action!r}; use one of {', '.join(ACTIONS)}")
    if not who.strip() or not why.strip():
        raise CorrectionError("say who makes the correction and why (both are logged)")
    survivor = store.resolve_event_id(event_id)
    record = store.event_record(survivor)
    if record is None:
        raise CorrectionError(f"no event {event_id!r}")
    mentions = [m["mention_id"] for m in record["mentions"]]
    entry_changes: dict[str, Any] = {}
    ids: tuple[str, ...] = ()
    other = None
    if action == "relabel":
        entry_changes = _checked_changes(changes or {})
        _check_mode(entry_changes, record)
    elif changes:
        raise CorrectionError(f"a {action} takes no changes; relabel the event separately")
    if action == "split":
        ids = tuple(dict.fromkeys(mention_ids))
        unknown = [m for m in ids if m not in mentions]
        if not ids or unknown:
            raise CorrectionError(
                f"a split needs mention_ids of event {survivor} (unknown: {', '.join(unknown)}); "
                f"its mentions are {', '.join(mentions)}"
            )
        if len(ids) == len(mentions):
            raise CorrectionError("a split must leave at least one mention in the event")
    if action == "merge":
        if not other_event_id:
            raise CorrectionError("a merge needs other_event_id, the event to merge into this one")
        other = store.resolve_event_id(other_event_id)
        other_record = store.event_record(other)
        if other_record is None:
            raise CorrectionError(f"no event {other_event_id!r}")
        if other == survivor:
            raise CorrectionError(f"{event_id} and {other_event_id} are already one event")
        ids = (*mentions, *(m["mention_id"] for m in other_record["mentions"]))
    return Correction(
        id=0,
        event_id=survivor,
        action=action,
        changes=entry_changes,
        mention_ids=ids,
        other_event_id=other,
        who=who.strip(),
        why=why.strip(),
        at=datetime.now(UTC).isoformat(timespec="seconds"),
    )


def _checked_changes(changes: Mapping[str, Any]) -> dict[str, Any]:
    from .analysis import PLOVER_TYPES

    unknown = sorted(set(changes) - set(FIELDS))
    if unknown:
        raise CorrectionError(f"unknown field(s) {unknown}; a relabel may set {', '.join(FIELDS)}")
    if not changes:
        raise CorrectionError(f"a relabel needs changes: any of {', '.join(FIELDS)}")
    out: dict[str, Any] = {}
    for name, value in changes.items():
        if name == "event_type":
            if not isinstance(value, str) or value.upper() not in PLOVER_TYPES:
                raise CorrectionError(
                    f"event_type {value!r} is not a PLOVER type ({', '.join(PLOVER_TYPES)})"
                )
            value = value.upper()
        elif name in ("mode", "medium"):
            if value is not None and (not isinstance(value, str) or not value.strip()):
                raise CorrectionError(f"{name} must be a word or null, got {value!r}")
            value = value.strip().lower() if value else None
            if name == "medium" and value is not None and value not in MEDIA:
                raise CorrectionError(
                    f"medium {value!r} is not one of {', '.join(sorted(MEDIA))} (or null)"
                )
        elif name == "date":
            if value is not None and (not isinstance(value, str) or not _valid_date(value)):
                raise CorrectionError(f"date must be YYYY-MM-DD, YYYY-MM or YYYY, got {value!r}")
            # A typo such as 2202 would stretch every monthly timeline over centuries.
            latest = datetime.now(UTC).year + _YEARS_AHEAD
            if value is not None and not _FIRST_YEAR <= int(value[:4]) <= latest:
                raise CorrectionError(
                    f"date {value!r} is not between {_FIRST_YEAR} and {latest}: a typo?"
                )
        else:
            if not isinstance(value, list) or not all(
                isinstance(x, str) and x.strip() for x in value
            ):
                raise CorrectionError(f"{name} must be a list of names or ISO3 codes")
            value = [x.strip() for x in value]
        out[name] = value
    return out


def _check_mode(changes: Mapping[str, Any], record: Mapping[str, Any]) -> None:
    """A mode set by a relabel must be one PLOVER defines for the event's (new) type."""
    mode = changes.get("mode")
    event_type = changes.get("event_type", record["event_type"])
    if mode is not None and mode not in MODES[event_type]:
        known = ", ".join(sorted(MODES[event_type])) or "none: set mode to null"
        raise CorrectionError(f"{mode!r} is not a mode of {event_type}; its modes: {known}")


def _valid_date(text: str) -> bool:
    if not _DATE.match(text):
        return False
    try:
        date.fromisoformat((text + "-01-01")[:10])
    except ValueError:
        return False
    return True


# ---- split and merge: the membership --------------------------------------------------------


def split_id(mention_ids: Iterable[str]) -> str:
    """The id of the event a split makes: from the mentions that leave, so it is stable."""
    digest = hashlib.sha256("\0".join(sorted(mention_ids)).encode()).hexdigest()
    return "e_" + digest[:15] + "s"


def regroup(
    members: Mapping[str, str],
    corrections: Iterable[Correction],
    resolve: Callable[[str], str],
) -> tuple[dict[str, str], dict[str, str]]:
    """The membership (mention id -> event id) with every split and merge applied, in log
    order, and the aliases of the event ids that no longer hold any mention (each points to
    where its first mention went)."""
    new = dict(members)
    for c in corrections:
        if c.action == "split":
            target = split_id(c.mention_ids)
            for m in c.mention_ids:
                if m in new:
                    new[m] = target
        elif c.action == "merge":
            target = resolve(c.event_id)
            other = resolve(c.other_event_id or "")
            for m in c.mention_ids:
                if m in new:
                    new[m] = target
            if other != target:  # mentions the coder added to the other event since
                for m, e in new.items():
                    if e == other:
                        new[m] = target
    live = set(new.values())
    aliases: dict[str, str] = {}
    for m in sorted(members):
        old = members[m]
        if old not in live and old not in aliases:
            aliases[old] = new[m]
    return new, aliases


def apply_membership(store: Store) -> set[str]:
    """Apply the logged splits and merges to the stored membership; returns the event ids
    whose mentions changed (their records need rebuilding)."""
    log = [c for c in store.corrections() if c.action in ("split", "merge")]
    if not log:
        return set()
    members, _ = store.event_assignments()
    new, aliases = regroup(members, log, store.resolve_event_id)
    touched = {e for m, e in members.items() if new.get(m) != e}
    touched |= {new[m] for m, e in members.items() if new.get(m) != e}
    if new != members:
        store.save_events(new, aliases)
    store.drop_live_aliases()
    return touched


# ---- relabels: the record ------------------------------------------------------------------


def concerned(c: Correction, resolve: Callable[[str], str]) -> set[str]:
    """The events a log entry is about, as ids stand now: its event, and the part a split
    made."""
    about = {resolve(c.event_id)}
    if c.action == "split":
        about.add(split_id(c.mention_ids))
    return about


def relabel(record: dict[str, Any], changes: Mapping[str, Any]) -> None:
    """Set a record's fields as a relabel says; the coder's values go to ``coded``."""
    from .actors.kb import load_kb
    from .events.lexicon import LexiconError, load_event_lexicon

    coded = record.setdefault("coded", {})
    for name, value in changes.items():
        if name == "date":
            coded.setdefault("date", record["date"])
            coded.setdefault("date_precision", record["date_precision"])
            precision = {4: "year", 7: "month", 10: "day"}[len(value)] if value else None
            record["date"] = (value + "-01-01")[:10] if value else None
            record["date_precision"] = precision
            record["date_basis"] = "correction"
        elif name in ("actors", "recipients"):
            coded.setdefault(name, record[name])
            kb = load_kb()
            record[name] = [_actor(kb, x, record["date"]) for x in value]
        else:
            coded.setdefault(name, record[name])
            record[name] = value
    new_type = changes.get("event_type")
    mode = record["mode"]
    if new_type and "mode" not in changes and mode and mode not in MODES.get(new_type, ()):
        coded.setdefault("mode", mode)  # a mode belongs to its type (PLOVER)
        record["mode"] = None
    states = {
        a["country"]
        for a in (*record["actors"], *record["recipients"])
        if a["country"] and a["kind"] in ("state", "person")
    }
    record["countries"] = sorted(states)
    if {"event_type", "mode"} & set(changes):
        try:
            entry = load_event_lexicon().crosswalk(record["event_type"], record["mode"])
        except LexiconError:
            return
        for key, value in (("cameo", entry.cameo), ("goldstein", entry.goldstein),
                           ("quad_class", entry.quad)):  # fmt: skip
            coded.setdefault(key, record[key])
            record[key] = value


def _actor(kb, text: str, day: str | None) -> dict[str, Any]:
    """An actor from a name or ISO3 code, with what the knowledge base knows of it."""
    blank = {"name": text, "kind": "person", "country": None, "cow": None, "sector": None,
             "title": None, "wikidata": None, "raw": text, "key": f"corrected:{text}",
             "role": "party"}  # fmt: skip
    state = kb.state(text) if _ISO3.match(text) else kb.state_by_name(text)
    if state is not None:
        return {**blank, "name": state.name, "kind": "state", "country": state.iso3,
                "cow": state.cow, "sector": "GOV", "key": f"state:{state.iso3}"}  # fmt: skip
    people = kb.people_named(text)
    if len(people) == 1:
        person = people[0]
        office = person.office_on(date.fromisoformat(day)) if day else None
        country = kb.state(person.country)
        return {**blank, "name": person.name, "country": person.country,
                "cow": country.cow if country else None,
                "sector": office.sector if office else None,
                "title": office.title if office else None, "wikidata": person.wikidata,
                "key": f"person:{person.id}"}  # fmt: skip
    org = kb.organisation(text)
    if org is not None:
        kind = "group" if org.kind == "group" else "organisation"
        return {**blank, "name": org.name, "kind": kind, "country": org.country,
                "sector": org.sector or None, "wikidata": org.wikidata,
                "key": f"org:{org.id}"}  # fmt: skip
    return blank

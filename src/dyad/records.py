"""The merged events as queries read them: one stored record per event, corrections applied.

The store keeps mentions and the merge's mention -> event membership; every query, export,
the Python API and the REST API read the export record of each event (export.event_record)
from one table instead of rebuilding it. ``after_merge`` rebuilds that table after every
merge: analysts' splits and merges first (corrections.apply_membership), then each event's
record with its relabels.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from itertools import groupby
from operator import itemgetter
from typing import Any

from .corrections import apply_membership, concerned, relabel
from .export import event_record
from .merge import related
from .models import Article, Correction, EventMention
from .store import Store

#: Articles a records build keeps at hand (outlet, paths, date): a bound, not a need.
ARTICLE_CACHE = 10_000


def after_merge(store: Store, changed: Collection[str] | None = None) -> int:
    """Corrections over the merge, then the records of the events it ``changed`` (every
    event's when None, or when no record exists yet); returns how many were rebuilt."""
    touched = apply_membership(store)
    if changed is None or store.count_event_records() == 0:
        return refresh(store)
    return refresh(store, set(changed) | touched)


def ensure(store: Store) -> None:
    """Build the records of a database merged before they existed (an older dyad)."""
    if store.count_event_records() == 0 and store.event_assignments()[0]:
        after_merge(store)


def refresh(store: Store, event_ids: Collection[str] | None = None) -> int:
    """Rebuild the records of ``event_ids`` (all events when None); returns how many.

    The events linked to them (``related``), before and after, are rebuilt as well, so
    that links stay two-way."""
    if event_ids is None:
        # streamed: each record is written as it is built, inside the one transaction
        return store.save_event_records(_every(store), only=None)
    ids = set(event_ids)
    for event_id in list(ids):
        old = store.event_record(event_id)
        if old is not None and old["id"] == event_id:
            ids.update(old.get("related", ()))
    records = list(build(store, ids))
    linked = {other for r in records for other in r["related"]} - ids
    records += build(store, linked)
    return store.save_event_records(records, only=ids | linked)


def build(store: Store, event_ids: Collection[str] | None = None) -> Iterator[dict[str, Any]]:
    """The record of each merged event (of ``event_ids``), with its corrections applied
    and the events linked to it (merge.related: deeds done at a meeting)."""
    groups: dict[str, list[EventMention]] = {}
    for event_id, mention in store.mentions_by_event(event_ids):
        groups.setdefault(event_id, []).append(mention)
    links = related(groups if event_ids is None else _same_days(store, groups))
    yield from _records(store, groups.items(), links)


def _every(store: Store) -> Iterator[dict[str, Any]]:
    """``build(store)`` in two streamed passes, for a store of any size: first the links,
    from each event's type, states and days only (``_occasions``), then the records, one
    event's mentions at a time; neither pass holds every event's mentions."""
    links = related(_occasions(store))
    return _records(store, _grouped(store.mentions_by_event(None)), links)


def _records(
    store: Store, groups: Iterable[tuple[str, list[EventMention]]], links: dict[str, list[str]]
) -> Iterator[dict[str, Any]]:
    log = _corrections_by_event(store)
    copies = store.copies()
    articles: dict[str, Article | None] = {}
    for event_id, group in groups:
        if len(articles) > ARTICLE_CACHE:
            articles.clear()  # a cache only: what it forgets is read again
        for m in group:
            for article_id in (m.evidence.article_id, copies.get(m.evidence.article_id)):
                if article_id is not None and article_id not in articles:
                    articles[article_id] = store.article(article_id)
        record = event_record(group, articles, event_id, copies)
        record["related"] = links.get(event_id, [])
        yield corrected(record, log.get(event_id, []))


def _grouped(
    rows: Iterable[tuple[str, EventMention]],
) -> Iterator[tuple[str, list[EventMention]]]:
    """Consecutive (event id, mention) rows gathered into one (event id, mentions) each."""
    for event_id, run in groupby(rows, key=itemgetter(0)):
        yield event_id, [mention for _, mention in run]


@dataclass(frozen=True, slots=True)
class _Dated:
    """What merge.related reads of a mention: its type, its states, its day."""

    event_type: str
    countries: tuple[str, ...]
    date: date | None
    date_precision: str | None


def _occasions(store: Store) -> dict[str, list[_Dated]]:
    """Every event as merge.related sees it: its first mention (type and states) and one
    mention per other day, without reading the mentions' records whole."""
    events: dict[str, list[_Dated]] = {}
    shared: dict[tuple, _Dated] = {}  # one object per distinct value: many events share
    for event_id, kind, countries, day, precision in store.event_occasions():
        key = (kind, countries, day, precision)
        dated = shared.get(key)
        if dated is None:
            dated = shared[key] = _Dated(kind, countries, day, precision)
        group = events.get(event_id)
        if group is None:
            events[event_id] = [dated]
        elif precision == "day" and day is not None and all(d.date != day for d in group):
            group.append(dated)
    return events  # type: ignore[return-value]


def _corrections_by_event(store: Store) -> dict[str, list[Correction]]:
    """The log entries about each event, in log order."""
    found: dict[str, list[Correction]] = {}
    for c in store.corrections():
        for event_id in concerned(c, store.resolve_event_id):
            found.setdefault(event_id, []).append(c)
    return found


def corrected(record: dict[str, Any], log: list[Correction]) -> dict[str, Any]:
    """A record with its relabels applied and every log entry about it listed."""
    for c in log:
        if c.action == "relabel":
            relabel(record, c.changes)
    record["corrected"] = bool(log)
    record["corrections"] = [c.to_dict() for c in log]
    return record


def _same_days(
    store: Store, groups: dict[str, list[EventMention]]
) -> dict[str, list[EventMention]]:
    """``groups`` and the other events they may be linked to: a link needs a meeting, so a
    meeting looks at every event of its days, any other event only at its days' meetings."""
    every: set[date] = set()
    meetings: set[date] = set()
    for group in groups.values():
        days = {m.date for m in group if m.date is not None and m.date_precision == "day"}
        (every if group[0].event_type == "CONSULT" else meetings).update(days)
    mentions = [
        m
        for day in sorted(every)
        for m in store.event_mentions(since=day.isoformat(), until=day.isoformat())
    ]
    mentions += [
        m
        for day in sorted(meetings - every)
        for m in store.event_mentions(
            event_type="CONSULT", since=day.isoformat(), until=day.isoformat()
        )
    ]
    events = store.events_of([m.id for m in mentions])
    found: dict[str, list[EventMention]] = {k: list(v) for k, v in groups.items()}
    for m in mentions:
        event_id = events.get(m.id)
        if event_id is not None and event_id not in groups:
            found.setdefault(event_id, []).append(m)
    return found

"""The merged events as queries read them: one stored record per event, corrections applied.

The store keeps mentions and the merge's mention -> event membership; every query, export,
the Python API and the REST API read the export record of each event (export.event_record)
from one table instead of rebuilding it. ``after_merge`` rebuilds that table after every
merge: analysts' splits and merges first (corrections.apply_membership), then each event's
record with its relabels.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from datetime import date
from typing import Any

from .corrections import apply_membership, concerns, relabel
from .export import event_record
from .merge import related
from .models import Article, Correction, EventMention
from .store import Store


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
        return store.save_event_records(list(build(store)), only=None)
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
    log = store.corrections()
    resolved: dict[str, str] = {}

    def resolve(event_id: str) -> str:
        if event_id not in resolved:
            resolved[event_id] = store.resolve_event_id(event_id)
        return resolved[event_id]

    copies = store.copies()
    articles: dict[str, Article | None] = {}
    for event_id, group in groups.items():
        for m in group:
            if m.evidence.article_id not in articles:
                articles[m.evidence.article_id] = store.article(m.evidence.article_id)
        record = event_record(group, articles, event_id, copies)
        record["related"] = links.get(event_id, [])
        yield corrected(record, [c for c in log if concerns(c, event_id, resolve)])


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

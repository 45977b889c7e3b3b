"""The merged events as queries read them: one stored record per event, corrections applied.

The store keeps mentions and the merge's mention -> event membership; every query, export,
the Python API and the REST API read the export record of each event (export.event_record)
from one table instead of rebuilding it. ``after_merge`` rebuilds that table after every
merge: analysts' splits and merges first (corrections.apply_membership), then each event's
record with its relabels.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from typing import Any

from .corrections import apply_membership, concerns, relabel
from .export import event_record
from .models import Article, Correction, EventMention
from .store import Store


def after_merge(store: Store) -> int:
    """Corrections over the merge, then every event's record; returns how many events."""
    apply_membership(store)
    return refresh(store)


def ensure(store: Store) -> None:
    """Build the records of a database merged before they existed (an older dyad)."""
    if store.count_event_records() == 0 and store.event_assignments()[0]:
        after_merge(store)


def refresh(store: Store, event_ids: Collection[str] | None = None) -> int:
    """Rebuild the records of ``event_ids`` (all events when None); returns how many."""
    return store.save_event_records(
        list(build(store, event_ids)), only=None if event_ids is None else set(event_ids)
    )


def build(store: Store, event_ids: Collection[str] | None = None) -> Iterator[dict[str, Any]]:
    """The record of each merged event (of ``event_ids``), with its corrections applied."""
    groups: dict[str, list[EventMention]] = {}
    for event_id, mention in store.mentions_by_event(event_ids):
        groups.setdefault(event_id, []).append(mention)
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
        yield corrected(record, [c for c in log if concerns(c, event_id, resolve)])


def corrected(record: dict[str, Any], log: list[Correction]) -> dict[str, Any]:
    """A record with its relabels applied and every log entry about it listed."""
    for c in log:
        if c.action == "relabel":
            relabel(record, c.changes)
    record["corrected"] = bool(log)
    record["corrections"] = [c.to_dict() for c in log]
    return record

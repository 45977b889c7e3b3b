"""Questions asked of a coded database, shared by the Python API (api.py) and the REST API
(web/app.py): the event filters, pages of events, one event with its provenance, monthly
counts, the state network, the map, the actors, an article with its coded spans.

Everything here reads the stored event records (records.py), so analysts' corrections show
everywhere. Filter values are checked here and bound as SQL parameters by the store.
"""

from __future__ import annotations

import calendar
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

from . import __version__
from .errors import QueryError
from .models import EventFilter
from .store import Store
from .store.base import SORT_KEYS

__all__ = [
    "MAX_OFFSET",
    "SORT_KEYS",
    "article_view",
    "countries",
    "country_map",
    "event_detail",
    "event_filter",
    "event_page",
    "iter_records",
    "kb_version",
    "meta",
    "timeline",
]

_ISO3 = re.compile(r"^[A-Z]{3}$")
_DAY = re.compile(r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$")
#: The largest offset SQLite takes (a signed 64-bit integer).
MAX_OFFSET = 2**63 - 1


def event_filter(
    country: str | Iterable[str] | None = None,
    dyad: str | Iterable[str] | None = None,
    actor: str | None = None,
    type: str | Iterable[str] | None = None,
    mode: str | None = None,
    quad: int | str | None = None,
    since: str | date | None = None,
    until: str | date | None = None,
    text: str | None = None,
    min_confidence: float | str | None = None,
) -> EventFilter:
    """A checked, normalised filter. ``country``: ISO3 codes that all take part (a list, or
    "CHN,RUS"); ``dyad``: a pair that both take part; ``type``: PLOVER types (any of them);
    ``since``/``until``: YYYY-MM-DD (or YYYY-MM, YYYY), inclusive, on the event's date;
    ``min_confidence``: 0 to 1, the least confidence of the event (its likeliest report's).

    Raises:
        QueryError: a value that is not a code, type, quad class or date.
    """
    from .analysis import PLOVER_TYPES

    states = [c.upper() for c in _items(country)]
    pair = [c.upper() for c in _items(dyad)]
    if dyad is not None and len(pair) != 2:
        raise QueryError(f"dyad takes two ISO3 codes, like CHN,RUS; got {dyad!r}")
    for code in (*states, *pair):
        if not _ISO3.match(code):
            raise QueryError(f"{code!r} is not an ISO3 country code (three letters, like CHN)")
    types = [t.upper() for t in _items(type)]
    for t in types:
        if t not in PLOVER_TYPES:
            raise QueryError(f"unknown event type {t!r}; PLOVER types: {', '.join(PLOVER_TYPES)}")
    if quad is not None and quad != "":
        try:
            quad = int(quad)
        except (TypeError, ValueError):
            quad = 0
        if not 1 <= quad <= 4:
            raise QueryError("quad is a QuadClass, 1 to 4")
    else:
        quad = None
    return EventFilter(
        countries=tuple(dict.fromkeys([*states, *pair])),
        actor=_text(actor),
        types=tuple(dict.fromkeys(types)),
        mode=(_text(mode) or "").lower() or None,
        quad=quad,
        since=_day(since, "since", end=False),
        until=_day(until, "until", end=True),
        text=_text(text),
        min_confidence=_confidence(min_confidence),
    )


def _confidence(value: float | str | None) -> float | None:
    if value is None or value == "":
        return None
    try:
        least = float(value)
    except (TypeError, ValueError):
        least = -1.0
    if not 0 <= least <= 1:
        raise QueryError(f"min_confidence is a number from 0 to 1; got {value!r}")
    return least


def _items(value: str | Iterable[str] | None) -> list[str]:
    if value is None:
        return []
    values = [value] if isinstance(value, str) else list(value)
    return [part.strip() for v in values for part in str(v).split(",") if part.strip()]


def _text(value: str | None) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _day(value: str | date | None, name: str, *, end: bool) -> str | None:
    """YYYY-MM-DD; a month or a year stands for its first day (``since``) or last (``until``)."""
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    if not _DAY.match(text):
        raise QueryError(f"{name} must be YYYY-MM-DD (or YYYY-MM, YYYY), got {value!r}")
    try:
        if len(text) == 4:
            text += "-12-31" if end else "-01-01"
        elif len(text) == 7:
            year, month = int(text[:4]), int(text[5:])
            last = calendar.monthrange(year, month)[1] if end else 1
            text += f"-{last:02d}"
        date.fromisoformat(text)
    except ValueError:  # calendar.IllegalMonthError is one too
        raise QueryError(
            f"{name}: {value!r} is not a real date (YYYY-MM-DD, YYYY-MM or YYYY)"
        ) from None
    return text


def _check_sort(sort: str) -> str:
    if sort.removeprefix("-") not in SORT_KEYS:
        raise QueryError(
            f"unknown sort {sort!r}; use one of {', '.join(SORT_KEYS)}, with - for descending"
        )
    return sort


# ---- events ----------------------------------------------------------------------------------


def event_page(
    store: Store, where: EventFilter, *, sort: str = "-date", limit: int = 50, offset: int = 0
) -> dict[str, Any]:
    """``{"total", "limit", "offset", "events": [record, ...]}``, one page of matching events."""
    if not 0 <= limit <= 1000:
        raise QueryError("limit must be between 0 and 1000")
    if not 0 <= offset <= MAX_OFFSET:
        raise QueryError(f"offset must be between 0 and {MAX_OFFSET}")
    total, records = store.query_event_records(
        where, sort=_check_sort(sort), limit=limit, offset=offset
    )
    return {"total": total, "limit": limit, "offset": offset, "events": records}


def iter_records(
    store: Store, where: EventFilter | None = None, *, sort: str = "date", chunk: int = 500
) -> Iterator[dict[str, Any]]:
    """Every matching record, in ``sort`` order, read a page at a time."""
    where = where or EventFilter()
    offset = 0
    while True:
        _, records = store.query_event_records(
            where, sort=_check_sort(sort), limit=chunk, offset=offset
        )
        yield from records
        if len(records) < chunk:
            return
        offset += chunk


def event_detail(store: Store, event_id: str) -> dict[str, Any] | None:
    """One event's record (an alias gives the surviving event) with ``comparison`` (what each
    report says), ``related`` (events stated in the same sentences or the same reports, and
    those the merge linked to it from other reports) and ``corrections``; None when unknown."""
    from .compare import compare

    record = store.event_record(store.resolve_event_id(event_id))
    if record is None:
        return None
    found = compare(store, record["id"])
    record["comparison"] = comparison_dict(found) if found else None
    for statement in record["comparison"]["statements"] if found else ():
        # compare() reads the coder's mentions; an analyst's relabel decides the type
        other = record if statement["event_id"] == record["id"] else None
        other = other or store.event_record(statement["event_id"])
        if other is not None:
            statement["event_type"] = other["event_type"]
    record["related"] = _related(store, record)
    return record


def comparison_dict(found) -> dict[str, Any]:
    """A compare.Comparison as JSON: the sources, each statement and who reports it."""
    return {
        "event_id": found.event_id,
        "articles": [{"id": a, "outlet": found.outlets[a]} for a in found.articles],
        "statements": [
            {
                "event_id": s.event_id,
                "event_type": s.event_type,
                "summary": s.summary,
                "sources": sorted(s.sources),
                "only_in": next(iter(s.sources)) if len(s.sources) == 1 else None,
                "evidence": s.evidence,
            }
            for s in found.statements
        ],
        "topics": {topic: sorted(sources) for topic, sources in found.topics.items()},
    }


def _related(store: Store, record: dict[str, Any]) -> list[dict[str, Any]]:
    sentences = {(m["article_id"], m["sentence_index"]) for m in record["mentions"]}
    articles = dict.fromkeys(a for a, _ in sentences)
    reported = [m for a in articles for m in store.article_mentions(a)]
    members = store.events_of([m.id for m in reported])
    found: dict[str, str] = {}
    for m in reported:
        other = members.get(m.id)
        if other is None or other == record["id"]:
            continue
        same = (m.evidence.article_id, m.evidence.sentence_index) in sentences
        if found.get(other) != "same sentence":
            found[other] = "same sentence" if same else "same report"
    for other in record.get("related", ()):  # merge.related: a deed done at a meeting
        found.setdefault(store.resolve_event_id(other), "same occasion")
    found.pop(record["id"], None)
    related = []
    for other, relation in found.items():
        r = store.event_record(other)
        if r is not None:
            related.append({"id": r["id"], "event_type": r["event_type"], "date": r["date"],
                            "countries": r["countries"], "relation": relation})  # fmt: skip
    related.sort(key=lambda r: (r["relation"] != "same sentence", r["date"] or "", r["id"]))
    return related


# ---- aggregates ------------------------------------------------------------------------------


def _months(first: str, last: str) -> list[str]:
    year, month = int(first[:4]), int(first[5:7])
    out = []
    while f"{year:04d}-{month:02d}" <= last:
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def timeline(store: Store, where: EventFilter, *, by: str = "quad") -> dict[str, Any]:
    """Zero-filled monthly counts of the matching dated events, by QuadClass or by type:
    ``{"by", "months": ["2020-11", ...], "series": {"1": [counts], ...}}``."""
    from .analysis import PLOVER_TYPES

    if by not in ("quad", "type"):
        raise QueryError("by must be quad or type")
    counts: dict[str, dict[str, int]] = defaultdict(dict)
    for month, key, n in store.monthly_counts(where, by):
        counts[key][month] = n
    seen = [m for c in counts.values() for m in c]
    months = _months(min(seen), max(seen)) if seen else []
    keys = ["1", "2", "3", "4"] if by == "quad" else [t for t in PLOVER_TYPES if t in counts]
    return {
        "by": by,
        "months": months,
        "series": {k: [counts[k].get(m, 0) for m in months] for k in keys},
    }


def country_map(store: Store, where: EventFilter) -> list[dict[str, Any]]:
    """Events per country: where an event took place when known, else each participant."""
    ranked = sorted(store.country_counts(where).items(), key=lambda x: (-x[1], x[0]))
    return [{"iso3": c, "events": n} for c, n in ranked]


def countries() -> list[dict[str, Any]]:
    """Every state of the knowledge base: ISO3, name, COW and ISO 3166-1 numeric codes."""
    from .actors.kb import load_kb

    return [
        {"iso3": s.iso3, "name": s.name, "cow": s.cow, "iso_numeric": s.iso_numeric}
        for s in sorted(load_kb().states, key=lambda s: s.name)
    ]


# ---- articles --------------------------------------------------------------------------------


def article_view(store: Store, article_id: str) -> dict[str, Any] | None:
    """An article's text and the spans of everything coded in it (offsets into ``text``):
    each event's evidence sentence and trigger, its actors and recipients, its place."""
    article = store.article(article_id)
    if article is None:
        return None
    mentions = store.article_mentions(article.id)
    members = store.events_of([m.id for m in mentions])
    spans: list[dict[str, Any]] = []
    types: dict[str, str] = {}
    for m in mentions:
        event_id = members.get(m.id)
        if event_id is not None and event_id not in types:
            record = store.event_record(event_id)
            types[event_id] = record["event_type"] if record else m.event_type
        label = types.get(event_id or "", m.event_type)

        def span(start: int, end: int, field: str, text: str, *, eid=event_id, mid=m.id) -> None:
            spans.append({"start": start, "end": end, "field": field, "event_id": eid,
                          "mention_id": mid, "label": text})  # fmt: skip

        ev = m.evidence
        span(ev.start, ev.end, "evidence", label)
        span(m.trigger.start, m.trigger.end, "trigger", label)
        for field, side in (("actor", m.actors), ("recipient", m.recipients)):
            for a in side:
                for s in a.mentions:
                    if ev.start <= s.start and s.end <= ev.end:
                        span(s.start, s.end, field, a.name)
        place = m.location.name
        at = article.text.find(place, ev.start, ev.end) if place else -1
        if place and at >= 0:
            span(at, at + len(place), "location", place)
    spans.sort(key=lambda s: (s["start"], -s["end"], s["field"]))
    return {
        "id": article.id,
        "title": article.title,
        "outlet": article.outlet,
        "published": article.published.isoformat() if article.published else None,
        "paths": list(article.paths),
        "url": article.url,
        "language": article.language,
        "text": article.text,
        "spans": spans,
    }


# ---- about the database ----------------------------------------------------------------------


def kb_version() -> str:
    """A digest of every knowledge file (actors, events and merge data), as in the coder
    version."""
    from .pipeline import coder_version

    return coder_version().rpartition("+kb")[2]


def meta(store: Store, *, read_only: bool = True) -> dict[str, Any]:
    """Versions and counts: what the database holds and which dyad made it."""
    from .pipeline import coder_version

    low, high = store.event_span()
    return {
        "version": __version__,
        "coder_version": coder_version(),
        "kb_version": kb_version(),
        "events": store.count_event_records(),
        "articles": store.count_articles(),
        "corrections": len(store.corrections()),
        "read_only": read_only,
        "date_min": low,
        "date_max": high,
    }

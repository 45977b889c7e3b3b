"""Exports: merged events in the DESIGN.md JSONL schema, and a flat CSV for spreadsheets.

Each record is one real-world event (merge.py) with every report of it as provenance.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import IO, Any

from .codec import actor_to_dict
from .models import Actor, Article, EventMention
from .store import Store


def event_record(
    mentions: Sequence[EventMention],
    articles: Mapping[str, Article | None],
    event_id: str | None = None,
    copies: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """One merged event in the export schema (DESIGN.md), every mention as provenance.

    The event's fields are those of its lead mention: the one whose participants are most
    resolved, then dated from its own sentence, then the earliest. Where the reports
    disagree (a date, a mode, a place), every value is kept under ``disagreements``.
    """
    lead = min(mentions, key=_lead_order)

    def actor(a: Actor) -> dict[str, Any]:
        return {k: v for k, v in actor_to_dict(a).items() if k != "spans"}

    record: dict[str, Any] = {
        "id": event_id or "e_" + lead.id.removeprefix("m_"),
        "event_type": lead.event_type,
        "mode": lead.mode,
        "medium": lead.medium,
        "contexts": sorted({c for m in mentions for c in m.contexts}),
        "date": lead.date.isoformat() if lead.date else None,
        "date_precision": lead.date_precision,
        "date_basis": lead.date_basis,
        "actors": [actor(a) for a in lead.actors],
        "recipients": [actor(a) for a in lead.recipients],
        "countries": list(lead.countries),
        "location": {"name": lead.location.name, "country": lead.location.country},
        "modality": lead.modality,
        "negated": lead.negated,
        "cameo": lead.cameo,
        "goldstein": lead.goldstein,
        "quad_class": lead.quad_class,
        "confidence": lead.confidence,
        "num_articles": len({m.evidence.article_id for m in mentions}),
        "num_sources": len({_source(m, articles, copies or {}) for m in mentions}),
        "mentions": [_provenance(m, articles.get(m.evidence.article_id)) for m in mentions],
    }
    disagreements = {
        name: values
        for name, values in (
            ("date", _distinct(m.date.isoformat() if m.date else None for m in mentions)),
            ("mode", _distinct(m.mode for m in mentions)),
            ("medium", _distinct(m.medium for m in mentions)),
            ("location", _distinct(m.location.name for m in mentions)),
            ("modality", _distinct(m.modality for m in mentions)),
        )
        if len(values) > 1
    }
    if disagreements:
        record["disagreements"] = disagreements
    return record


def _lead_order(m: EventMention) -> tuple:
    basis = {"sentence": 0, "article": 1, "published": 2}.get(m.date_basis or "", 3)
    return (-m.confidence, basis, m.date is None, m.id)


def _distinct(values: Iterable[Any]) -> list[Any]:
    return sorted({v for v in values if v is not None}, key=str)


def _source(
    m: EventMention, articles: Mapping[str, Article | None], copies: Mapping[str, str]
) -> str:
    """The outlet that first published a report: a syndicated copy counts as its original,
    and an article with no known outlet counts alone."""
    article_id = copies.get(m.evidence.article_id, m.evidence.article_id)
    article = articles.get(article_id)
    if article is not None and article.outlet:
        return f"outlet:{article.outlet.casefold()}"
    return f"article:{article_id}"


def _provenance(mention: EventMention, article: Article | None) -> dict[str, Any]:
    return {
        "article_id": mention.evidence.article_id,
        "mention_id": mention.id,
        "path": article.paths[0] if article and article.paths else None,
        "url": article.url if article else None,
        "outlet": article.outlet if article else None,
        "published": article.published.isoformat() if article and article.published else None,
        "sentence": mention.evidence.sentence,
        "sentence_index": mention.evidence.sentence_index,
        "start": mention.evidence.start,
        "end": mention.evidence.end,
        "trigger": [mention.trigger.start, mention.trigger.end],
        "speaker": mention.speaker,
        "date": mention.date.isoformat() if mention.date else None,
        "coder_version": mention.coder_version,
    }


def event_records(store: Store, **filters: Any) -> Iterator[dict[str, Any]]:
    """Merged events with a mention matching ``filters`` (see Store.event_mentions)."""
    members, _ = store.event_assignments()
    copies = store.copies()
    groups: dict[str, list[EventMention]] = {}
    for mention in store.event_mentions(**filters):
        groups.setdefault(members.get(mention.id, "e_" + mention.id[2:]), []).append(mention)
    links = _related(store, members, groups)
    articles: dict[str, Article | None] = {}
    for event_id, group in groups.items():
        for m in group:
            if m.evidence.article_id not in articles:
                articles[m.evidence.article_id] = store.article(m.evidence.article_id)
        record = event_record(group, articles, event_id, copies)
        record["related"] = links.get(event_id, [])
        yield record


def _related(
    store: Store, members: Mapping[str, str], groups: Mapping[str, list[EventMention]]
) -> dict[str, list[str]]:
    """The linked events (merge.related) of ``groups``, looked for among every stored event
    of the days they span, filtered or not."""
    from .merge import related

    days = sorted({m.date for g in groups.values() for m in g if m.date is not None})
    if not days:
        return {}
    everything: dict[str, list[EventMention]] = {}
    for m in store.event_mentions(since=days[0].isoformat(), until=days[-1].isoformat()):
        everything.setdefault(members.get(m.id, "e_" + m.id[2:]), []).append(m)
    return related(everything)


def write_jsonl(records: Iterable[dict[str, Any]], out: IO[str]) -> int:
    """One JSON object per line; returns how many."""
    count = 0
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count


CSV_COLUMNS = [
    "id", "date", "date_precision", "event_type", "mode", "medium", "cameo", "goldstein",
    "quad_class", "actor_name", "actor_country", "actor_cow", "actor_sector",
    "recipient_name", "recipient_country", "recipient_cow", "recipient_sector", "countries",
    "location", "location_country", "modality", "negated", "num_articles", "num_sources",
    "outlet", "source_url", "source_path", "evidence",
]  # fmt: skip


def write_csv(records: Iterable[dict[str, Any]], out: IO[str]) -> int:
    """Flat columns GDELT/ICEWS users know; several actors are joined with "; "."""
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    count = 0
    for r in records:
        first = r["mentions"][0]

        def side(actors: list[dict[str, Any]], key: str) -> str:
            return "; ".join("" if a[key] is None else str(a[key]) for a in actors)

        writer.writerow(
            {
                "id": r["id"], "date": r["date"], "date_precision": r["date_precision"],
                "event_type": r["event_type"], "mode": r["mode"], "medium": r["medium"],
                "cameo": r["cameo"], "goldstein": r["goldstein"], "quad_class": r["quad_class"],
                "actor_name": side(r["actors"], "name"),
                "actor_country": side(r["actors"], "country"),
                "actor_cow": side(r["actors"], "cow"),
                "actor_sector": side(r["actors"], "sector"),
                "recipient_name": side(r["recipients"], "name"),
                "recipient_country": side(r["recipients"], "country"),
                "recipient_cow": side(r["recipients"], "cow"),
                "recipient_sector": side(r["recipients"], "sector"),
                "countries": " ".join(r["countries"]),
                "location": r["location"]["name"], "location_country": r["location"]["country"],
                "modality": r["modality"], "negated": r["negated"],
                "num_articles": r["num_articles"], "num_sources": r["num_sources"],
                "outlet": first["outlet"], "source_url": first["url"],
                "source_path": first["path"], "evidence": first["sentence"],
            }
        )  # fmt: skip
        count += 1
    return count

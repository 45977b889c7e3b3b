"""Exports: events in the DESIGN.md JSONL schema, and a flat CSV for spreadsheet users.

Until merging lands, each event mention is exported as its own event
(num_articles = num_sources = 1, one mention as provenance).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from typing import IO, Any

from .codec import actor_to_dict
from .models import Article, EventMention
from .store import Store


def event_record(mention: EventMention, article: Article | None) -> dict[str, Any]:
    """One event in the export schema (DESIGN.md), with its mention as provenance."""
    actor = lambda a: {k: v for k, v in actor_to_dict(a).items() if k != "spans"}  # noqa: E731
    return {
        "id": "e_" + mention.id.removeprefix("m_"),
        "event_type": mention.event_type,
        "mode": mention.mode,
        "medium": mention.medium,
        "contexts": list(mention.contexts),
        "date": mention.date.isoformat() if mention.date else None,
        "date_precision": mention.date_precision,
        "date_basis": mention.date_basis,
        "actors": [actor(a) for a in mention.actors],
        "recipients": [actor(a) for a in mention.recipients],
        "countries": list(mention.countries),
        "location": {"name": mention.location.name, "country": mention.location.country},
        "modality": mention.modality,
        "negated": mention.negated,
        "cameo": mention.cameo,
        "goldstein": mention.goldstein,
        "quad_class": mention.quad_class,
        "confidence": mention.confidence,
        "num_articles": 1,
        "num_sources": 1,
        "mentions": [
            {
                "article_id": mention.evidence.article_id,
                "path": article.paths[0] if article and article.paths else None,
                "url": article.url if article else None,
                "outlet": article.outlet if article else None,
                "published": article.published.isoformat()
                if article and article.published
                else None,
                "sentence": mention.evidence.sentence,
                "sentence_index": mention.evidence.sentence_index,
                "start": mention.evidence.start,
                "end": mention.evidence.end,
                "trigger": [mention.trigger.start, mention.trigger.end],
                "speaker": mention.speaker,
                "coder_version": mention.coder_version,
            }
        ],
    }


def event_records(store: Store, **filters: Any) -> Iterator[dict[str, Any]]:
    """Export records for the stored events matching ``filters`` (see Store.event_mentions)."""
    articles: dict[str, Article | None] = {}
    for mention in store.event_mentions(**filters):
        article_id = mention.evidence.article_id
        if article_id not in articles:
            articles[article_id] = store.article(article_id)
        yield event_record(mention, articles[article_id])


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

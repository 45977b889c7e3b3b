"""Exports: merged events in the DESIGN.md JSONL schema, flat CSV/TSV for spreadsheets and
GDELT/ICEWS habits, typed Parquet, and the state network as GEXF; each file with a manifest
beside it (the query, the time, the versions, the counts, the sources' licence notes).

Each record is one real-world event (merge.py) with every report of it as provenance;
``event_record`` builds it from the mentions (records.py stores it, corrections applied).
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import asdict
from datetime import UTC, date, datetime
from pathlib import Path
from typing import IO, Any

from .codec import actor_to_dict
from .errors import QueryError
from .models import Actor, Article, EventFilter, EventMention
from .store import Store


def event_record(
    mentions: Sequence[EventMention],
    articles: Mapping[str, Article | None],
    event_id: str | None = None,
    copies: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """One merged event in the export schema (DESIGN.md), every mention as provenance.

    The event's fields are those of its lead mention: one dated from its own sentence
    first, then the likeliest to be right (its confidence), then the first by id. Where
    the reports disagree (a date, a mode, a place), every value is kept under
    ``disagreements``.
    """
    lead = min(mentions, key=lead_order)

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
        # the likeliest report's: an event several reports state is as sure as its best
        "confidence": max(m.confidence for m in mentions),
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


def lead_order(m: EventMention) -> tuple:
    """Which mention gives a merged event its fields: one its own sentence dates first
    (its date is the event's), then the likeliest to be right."""
    basis = {"sentence": 0, "article": 1, "published": 2}.get(m.date_basis or "", 3)
    return (basis, m.date is None, -m.confidence, m.id)


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
        "confidence": mention.confidence,
        "coder_version": mention.coder_version,
    }


def event_records(
    store: Store, where: EventFilter | None = None, *, sort: str = "date", **filters: Any
) -> Iterator[dict[str, Any]]:
    """The stored merged events (corrections applied) matching ``where``, or the keyword
    filters of ``query.event_filter`` (``countries`` and ``event_type`` are accepted too)."""
    from .query import event_filter, iter_records
    from .records import ensure

    if where is None:
        if "countries" in filters:
            filters["country"] = filters.pop("countries")
        if "event_type" in filters:
            filters["type"] = filters.pop("event_type")
        where = event_filter(**filters)
    ensure(store)
    return iter_records(store, where, sort=sort)


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
    "location", "location_country", "modality", "negated", "contexts", "num_articles",
    "num_sources", "outlet", "published", "source_url", "source_path", "evidence", "corrected",
]  # fmt: skip


def flat_row(r: dict[str, Any]) -> dict[str, Any]:
    """One record as the flat columns (CSV_COLUMNS) GDELT/ICEWS users know: several actors
    on one side are joined with "; ", and the first report gives outlet, URL and evidence."""
    first = r["mentions"][0] if r["mentions"] else {}

    def side(actors: list[dict[str, Any]], key: str) -> str:
        return "; ".join("" if a[key] is None else str(a[key]) for a in actors)

    return {
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
        "contexts": " ".join(r.get("contexts", ())),
        "num_articles": r["num_articles"], "num_sources": r["num_sources"],
        "outlet": first.get("outlet"), "published": first.get("published"),
        "source_url": first.get("url"), "source_path": first.get("path"),
        "evidence": first.get("sentence"), "corrected": bool(r.get("corrected")),
    }  # fmt: skip


def write_csv(records: Iterable[dict[str, Any]], out: IO[str]) -> int:
    """Flat columns GDELT/ICEWS users know (``flat_row``), quoted where needed."""
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    count = 0
    for r in records:
        writer.writerow(flat_row(r))
        count += 1
    return count


def write_tsv(records: Iterable[dict[str, Any]], out: IO[str]) -> int:
    """The CSV's columns, tab-separated and never quoted (as GDELT's files): tabs and line
    breaks inside a value become spaces. Read it with ``quoting=csv.QUOTE_NONE``."""
    out.write("\t".join(CSV_COLUMNS) + "\n")
    count = 0
    for r in records:
        row = flat_row(r)
        out.write("\t".join(_tsv_cell(row[c]) for c in CSV_COLUMNS) + "\n")
        count += 1
    return count


def _tsv_cell(value: Any) -> str:
    if value is None:
        return ""
    return re.sub(r"[\t\r\n]+", " ", str(value))


def write_parquet(records: Iterable[dict[str, Any]], path: Path | IO[bytes]) -> int:
    """The flat columns, typed (dates as dates, scores as floats, counts as integers), plus
    ``record``: the whole JSONL record as a JSON string, so nothing is lost."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    text = pa.string()
    types = {
        "date": pa.date32(), "goldstein": pa.float64(), "quad_class": pa.int8(),
        "negated": pa.bool_(), "num_articles": pa.int32(), "num_sources": pa.int32(),
        "corrected": pa.bool_(), "published": pa.date32(),
    }  # fmt: skip
    schema = pa.schema([(c, types.get(c, text)) for c in CSV_COLUMNS] + [("record", text)])
    columns: dict[str, list[Any]] = {name: [] for name in schema.names}
    for r in records:
        row = flat_row(r)
        for c in CSV_COLUMNS:
            value = row[c]
            if types.get(c) == pa.date32() and value:
                value = date.fromisoformat(value)
            columns[c].append(value)
        columns["record"].append(json.dumps(r, ensure_ascii=False))
    table = pa.table(columns, schema=schema)
    pq.write_table(table, path)
    return table.num_rows


# ---- files with their manifests --------------------------------------------------------------

FORMATS = ("jsonl", "csv", "tsv", "parquet", "gexf")

LICENCE_NOTES = {
    "evidence": (
        "The evidence sentences, titles, outlets and URLs are quoted from the sources listed "
        "under 'outlets', for research; their copyright stays with each publisher. Check a "
        "source's terms before you republish the text columns (evidence, mentions[].sentence)."
    ),
    "event_data": (
        "The coding (event types, actors, dates, places, merges) is made by dyad (MIT "
        "licence); cite dyad and the sources."
    ),
    "crosswalk": (
        "CAMEO codes, Goldstein scores and QuadClass follow the PLOVER project's CAMEO to "
        "PLOVER table (Open Event Data Alliance), CC BY-SA 4.0."
    ),
    "knowledge_base": (
        "States, organisations and office holders come from dyad's knowledge base (MIT); "
        "country codes are ISO 3166-1 and Correlates of War (COW) state numbers."
    ),
}


def format_of(path: Path, fmt: str | None = None) -> str:
    """The export format: ``fmt``, else the file's suffix (``.jsonl``, ``.csv``, ...)."""
    chosen = (fmt or path.suffix.lstrip(".")).lower()
    if chosen not in FORMATS:
        raise QueryError(f"unknown export format {chosen!r}; use one of {', '.join(FORMATS)}")
    return chosen


def manifest_path(path: Path) -> Path:
    """Where a file's manifest goes: ``events.csv`` -> ``events.csv.manifest.json``."""
    return path.with_name(path.name + ".manifest.json")


def export(
    store: Store, path: Path, fmt: str | None = None, where: EventFilter | None = None
) -> dict[str, Any]:
    """Write the matching events to ``path`` in ``fmt`` (or the suffix's format), and the
    manifest beside it; returns the manifest. GEXF writes the state network of the events.

    Raises:
        QueryError: an unknown format, or a file that cannot be written there.
    """
    fmt = format_of(path, fmt)
    if not path.parent.is_dir():
        raise QueryError(f"cannot write {path}: there is no folder {path.parent}")
    try:
        return _export(store, path, fmt, where or EventFilter())
    except OSError as exc:
        raise QueryError(f"cannot write {path}: {exc.strerror or exc}") from None


def _export(store: Store, path: Path, fmt: str, where: EventFilter) -> dict[str, Any]:
    from .records import ensure

    ensure(store)
    tally = _Tally()
    if fmt == "gexf":
        from .analysis import network, write_gexf

        for _ in tally.count(event_records(store, where)):
            pass  # the manifest counts the events, mentions and sources behind the network
        nodes, edges = network(store, where)
        with path.open("w", encoding="utf-8") as fh:
            rows = write_gexf(nodes, edges, fh)
        extra = {"nodes": len(nodes), "edges": rows}
    else:
        records = tally.count(event_records(store, where))
        if fmt == "parquet":
            rows = write_parquet(records, path)
        else:
            writer = {"jsonl": write_jsonl, "csv": write_csv, "tsv": write_tsv}[fmt]
            with path.open("w", encoding="utf-8", newline="") as fh:
                rows = writer(records, fh)
        extra = {}
    manifest = _manifest(store, path, fmt, where, rows, tally) | extra
    manifest_path(path).write_text(
        json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    return manifest


class _Tally:
    """What passes through an export: events, mentions, articles, outlets, coder versions."""

    def __init__(self) -> None:
        self.events = 0
        self.mentions = 0
        self.corrected = 0
        self.articles: dict[str, str | None] = {}
        self.coders: set[str] = set()

    def count(self, records: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
        for r in records:
            self.events += 1
            self.corrected += bool(r.get("corrected"))
            for m in r["mentions"]:
                self.mentions += 1
                self.articles.setdefault(m["article_id"], m.get("outlet"))
                if m.get("coder_version"):
                    self.coders.add(m["coder_version"])
            yield r


def _manifest(
    store: Store, path: Path, fmt: str, where: EventFilter, rows: int, tally: _Tally
) -> dict[str, Any]:
    from . import __version__
    from .actors.kb import load_kb
    from .events.lexicon import load_event_lexicon
    from .pipeline import coder_version
    from .query import kb_version

    query = {
        k: list(v) if isinstance(v, tuple) else v
        for k, v in asdict(where).items()
        if v not in (None, ())
    }
    outlets: dict[str, int] = {}
    for outlet in tally.articles.values():
        outlets[outlet or "(unknown outlet)"] = outlets.get(outlet or "(unknown outlet)", 0) + 1
    return {
        "file": path.name,
        "format": fmt,
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "query": query,
        "dyad_version": __version__,
        "coder_version": coder_version(),
        "coder_versions": sorted(tally.coders),
        "kb_version": kb_version(),
        "knowledge_files": {**load_kb().versions, **load_event_lexicon().versions},
        "rows": rows,
        "events": tally.events,
        "mentions": tally.mentions,
        "articles": len(tally.articles),
        "corrected_events": tally.corrected,
        "corrections_logged": len(store.corrections()),
        "outlets": [
            {"outlet": name, "articles": n}
            for name, n in sorted(outlets.items(), key=lambda x: (-x[1], x[0]))
        ],
        "licences": LICENCE_NOTES,
    }

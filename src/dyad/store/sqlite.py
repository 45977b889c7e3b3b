"""The SQLite store: one file, WAL journal, one transaction per article."""

from __future__ import annotations

import json
import sqlite3
import unicodedata
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from ..codec import mention_from_dict, mention_to_dict
from ..errors import QueryError, SchemaTooNewError, StoreError
from ..models import (
    Actor,
    ActorMention,
    Article,
    Correction,
    DateSource,
    EventFilter,
    EventMention,
    Rejection,
    Resolution,
    SourceRef,
    Span,
    Status,
)
from .base import SORT_KEYS, Added, Block, InputRecord, Store
from .migrations import MIGRATIONS, SCHEMA_VERSION


class SQLiteStore(Store):
    """A Store in one SQLite file. ``create=False`` refuses to make a new file."""

    def __init__(self, path: str | Path, *, create: bool = True) -> None:
        self.path = Path(path)
        if not create and not self.path.exists():
            raise StoreError(f"no database at {self.path}; create one with `dyad run PATH`")
        try:
            # check_same_thread=False: a web request may open, use and close its store in
            # different threads of the server's pool, one after another (never at once)
            self._db = sqlite3.connect(
                self.path, isolation_level=None, timeout=30, check_same_thread=False
            )
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute("PRAGMA foreign_keys=ON")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot open {self.path} as a dyad database: {exc}") from None

    def _migrate(self) -> None:
        version = self._db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise SchemaTooNewError(
                f"{self.path} has schema version {version}, newer than this dyad "
                f"understands ({SCHEMA_VERSION}); upgrade dyad"
            )
        for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
            self._db.executescript(
                f"BEGIN IMMEDIATE;\n{script}\nPRAGMA user_version = {number};\nCOMMIT;"
            )

    def add_article(self, article: Article, source: SourceRef) -> Added:
        db = self._db
        db.execute("BEGIN IMMEDIATE")
        try:
            known = db.execute("SELECT 1 FROM articles WHERE id = ?", (article.id,)).fetchone()
            if not known:
                db.execute(
                    "INSERT INTO articles (id, text, title, published, date_source, outlet, url,"
                    " dateline, language, status, ingested_at)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        article.id,
                        article.text,
                        article.title,
                        article.published.isoformat() if article.published else None,
                        article.date_source.value,
                        article.outlet,
                        article.url,
                        article.dateline,
                        article.language,
                        article.status.value,
                        (article.ingested_at or datetime.now()).isoformat(),
                    ),
                )
            added = db.execute(
                "INSERT OR IGNORE INTO article_sources (article_id, path, locator)"
                " VALUES (?, ?, ?)",
                (article.id, source.path, source.locator),
            ).rowcount
            db.execute("COMMIT")
        except BaseException:
            if db.in_transaction:  # Ctrl-C can land just after COMMIT: nothing to undo
                db.execute("ROLLBACK")
            raise
        if not known:
            return Added.NEW
        return Added.NEW_PATH if added else Added.UNCHANGED

    def seen_input(self, path: str, digest: str) -> InputRecord | None:
        row = self._db.execute(
            "SELECT articles, rejections FROM inputs WHERE path = ? AND digest = ?",
            (path, digest),
        ).fetchone()
        if row is None:
            return None
        rejections = tuple(Rejection(**r) for r in json.loads(row[1]))
        return InputRecord(path, digest, row[0], rejections)

    def record_input(self, record: InputRecord) -> None:
        rejections = json.dumps(
            [{"path": r.path, "reason": r.reason, "line": r.line} for r in record.rejections]
        )
        self._db.execute(
            "INSERT OR REPLACE INTO inputs (path, digest, articles, rejections)"
            " VALUES (?, ?, ?, ?)",
            (record.path, record.digest, record.articles, rejections),
        )

    def article(self, article_id: str) -> Article | None:
        row = self._db.execute(f"{_SELECT} WHERE id = ?", (article_id,)).fetchone()
        return self._article(row) if row else None

    def articles(self, *, status: Status | None = None) -> Iterator[Article]:
        where, args = ("WHERE status = ?", (status.value,)) if status else ("", ())
        order = "ORDER BY a.rowid"
        rows = self._db.execute(f"{_SELECT} {where} {order}", args).fetchall()
        for row in rows:
            yield self._article(row)

    def article_ids(self) -> list[str]:
        return [row[0] for row in self._db.execute("SELECT id FROM articles ORDER BY rowid")]

    def articles_to_code(self, coder_version: str) -> Iterator[Article]:
        rows = self._db.execute(
            f"{_SELECT} WHERE status != ? AND coder_version IS NOT ? ORDER BY a.rowid",
            (Status.NOT_CODED.value, coder_version),
        ).fetchall()
        for row in rows:
            yield self._article(row)

    def save_coding(
        self,
        article_id: str,
        coder_version: str,
        resolution: Resolution,
        mentions: Sequence[EventMention] = (),
    ) -> None:
        db = self._db
        db.execute("BEGIN IMMEDIATE")
        try:
            db.execute(
                "INSERT OR IGNORE INTO stale_blocks SELECT event_type, countries"
                " FROM event_mentions WHERE article_id = ?",
                (article_id,),
            )
            db.executemany(
                "INSERT OR IGNORE INTO stale_blocks VALUES (?, ?)",
                {(m.event_type, " ".join(m.countries)) for m in mentions},
            )
            for table in ("actors", "actor_mentions", "event_mentions"):
                db.execute(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))
            db.executemany(
                "INSERT INTO event_mentions (id, article_id, sentence, event_type, mode, date,"
                " countries, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        m.id,
                        article_id,
                        m.evidence.sentence_index,
                        m.event_type,
                        m.mode,
                        m.date.isoformat() if m.date else None,
                        " ".join(m.countries),
                        json.dumps(mention_to_dict(m), ensure_ascii=False),
                    )
                    for m in mentions
                ],
            )
            db.executemany(
                "INSERT INTO actors (article_id, key, name, kind, country, cow, sector, title,"
                " wikidata, raw, role) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        article_id,
                        a.key,
                        a.name,
                        a.kind,
                        a.country,
                        a.cow,
                        a.sector,
                        a.title,
                        a.wikidata,
                        a.raw,
                        a.role,
                    )
                    for a in resolution.actors
                ],
            )
            db.executemany(
                'INSERT INTO actor_mentions (article_id, start, "end", sentence, first, last,'
                " keys, rule, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        article_id,
                        m.start,
                        m.end,
                        m.sentence,
                        m.first,
                        m.last,
                        json.dumps(m.keys),
                        m.rule,
                        m.text,
                    )
                    for m in resolution.mentions
                ],
            )
            db.execute(
                "UPDATE articles SET status = ?, coder_version = ? WHERE id = ?",
                (Status.CODED.value, coder_version, article_id),
            )
            db.execute("COMMIT")
        except BaseException:
            if db.in_transaction:  # Ctrl-C can land just after COMMIT: nothing to undo
                db.execute("ROLLBACK")
            raise

    def resolution(self, article_id: str) -> Resolution | None:
        coded = self._db.execute(
            "SELECT 1 FROM articles WHERE id = ? AND status = ?", (article_id, Status.CODED.value)
        ).fetchone()
        if not coded:
            return None
        mentions = [
            ActorMention(start, end, sentence, first, last, tuple(json.loads(keys)), rule, text)
            for start, end, sentence, first, last, keys, rule, text in self._db.execute(
                'SELECT start, "end", sentence, first, last, keys, rule, text'
                ' FROM actor_mentions WHERE article_id = ? ORDER BY start, "end"',
                (article_id,),
            )
        ]
        spans: dict[str, list[Span]] = {}
        for m in mentions:
            for key in m.keys:
                spans.setdefault(key, []).append(Span(m.start, m.end))
        rows = self._db.execute(
            "SELECT key, name, kind, country, cow, sector, title, wikidata, raw, role"
            " FROM actors WHERE article_id = ? ORDER BY rowid",
            (article_id,),
        ).fetchall()
        actors = tuple(Actor(*row, mentions=tuple(spans.get(row[0], ()))) for row in rows)
        return Resolution(article_id, actors, tuple(mentions))

    def event_mentions(
        self,
        *,
        countries: Sequence[str] = (),
        event_type: str | None = None,
        since: str | None = None,
        until: str | None = None,
    ) -> Iterator[EventMention]:
        where, args = [], []
        for country in countries:
            # LIKE wildcards in a value are literal characters: "%" matches only itself.
            literal = country.upper().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            where.append("(' ' || countries || ' ') LIKE ? ESCAPE '\\'")
            args.append(f"% {literal} %")
        if event_type:
            where.append("event_type = ?")
            args.append(event_type.upper())
        if since:
            where.append("date >= ?")
            args.append(since)
        if until:
            where.append("date <= ?")
            args.append(until)
        sql = "SELECT record FROM event_mentions"
        if where:
            sql += " WHERE " + " AND ".join(where)
        for (record,) in self._db.execute(sql + " ORDER BY date, id", args):
            yield mention_from_dict(json.loads(record))

    def signatures(self) -> dict[str, bytes]:
        return dict(self._db.execute("SELECT article_id, signature FROM article_signatures"))

    def save_signatures(self, signatures: dict[str, bytes], copies: dict[str, str]) -> None:
        db = self._db
        db.execute("BEGIN IMMEDIATE")
        try:
            db.executemany(
                "INSERT OR REPLACE INTO article_signatures (article_id, signature) VALUES (?, ?)",
                sorted(signatures.items()),
            )
            db.executemany(
                "INSERT OR REPLACE INTO article_copies (article_id, copy_of) VALUES (?, ?)",
                sorted(copies.items()),
            )
            db.execute("COMMIT")
        except BaseException:
            if db.in_transaction:  # Ctrl-C can land just after COMMIT: nothing to undo
                db.execute("ROLLBACK")
            raise

    def copies(self) -> dict[str, str]:
        return dict(self._db.execute("SELECT article_id, copy_of FROM article_copies"))

    def article_mentions(self, article_id: str) -> list[EventMention]:
        rows = self._db.execute(
            "SELECT record FROM event_mentions WHERE article_id = ? ORDER BY sentence, id",
            (article_id,),
        )
        return [mention_from_dict(json.loads(record)) for (record,) in rows]

    def event_assignments(self) -> tuple[dict[str, str], dict[str, int]]:
        members = dict(self._db.execute("SELECT mention_id, event_id FROM event_members"))
        created = dict(self._db.execute("SELECT id, seq FROM events"))
        return members, created

    def dirty_blocks(self) -> set[Block]:
        rows = self._db.execute("SELECT event_type, countries FROM stale_blocks")
        return {(kind, tuple(countries.split())) for kind, countries in rows}

    def block_mentions(self, blocks: Iterable[Block]) -> Iterator[EventMention]:
        for kind, countries in sorted(blocks):
            rows = self._db.execute(
                "SELECT record FROM event_mentions WHERE event_type = ? AND countries = ?"
                " ORDER BY id",
                (kind, " ".join(countries)),
            )
            for (record,) in rows:
                yield mention_from_dict(json.loads(record))

    def save_events(
        self, members: dict[str, str], aliases: dict[str, str], blocks: Iterable[Block] = ()
    ) -> set[str]:
        db = self._db
        db.execute("BEGIN IMMEDIATE")
        try:
            gone = {
                row[0]
                for row in db.execute(
                    "DELETE FROM event_members WHERE mention_id NOT IN"
                    " (SELECT id FROM event_mentions) RETURNING event_id"
                ).fetchall()
            }
            seq = db.execute("SELECT COALESCE(MAX(seq), 0) FROM events").fetchone()[0]
            known = {row[0] for row in db.execute("SELECT id FROM events")}
            for event_id in sorted(set(members.values()) - known):
                seq += 1
                db.execute("INSERT INTO events (id, seq) VALUES (?, ?)", (event_id, seq))
            db.executemany(
                "INSERT OR REPLACE INTO event_members (mention_id, event_id) VALUES (?, ?)",
                sorted(members.items()),
            )
            db.executemany(
                "DELETE FROM stale_blocks WHERE event_type = ? AND countries = ?",
                [(kind, " ".join(countries)) for kind, countries in blocks],
            )
            for alias, survivor in aliases.items():
                db.execute(
                    "INSERT OR REPLACE INTO event_aliases (alias, event_id) VALUES (?, ?)",
                    (alias, survivor),
                )
                # older aliases of the alias now point to the survivor too
                db.execute(
                    "UPDATE event_aliases SET event_id = ? WHERE event_id = ?", (survivor, alias)
                )
            db.execute("COMMIT")
        except BaseException:
            if db.in_transaction:  # Ctrl-C can land just after COMMIT: nothing to undo
                db.execute("ROLLBACK")
            raise
        return gone

    def count_events(self) -> int:
        return self._db.execute("SELECT COUNT(DISTINCT event_id) FROM event_members").fetchone()[0]

    def resolve_event_id(self, event_id: str) -> str:
        row = self._db.execute(
            "SELECT event_id FROM event_aliases WHERE alias = ?", (event_id,)
        ).fetchone()
        return row[0] if row else event_id

    def published_dates(self) -> dict[str, date | None]:
        return {
            article_id: date.fromisoformat(day) if day else None
            for article_id, day in self._db.execute("SELECT id, published FROM articles")
        }

    def count_articles(self) -> int:
        return self._db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]

    def _article(self, row: tuple) -> Article:
        sources = tuple(
            SourceRef(path, locator)
            for path, locator in self._db.execute(
                "SELECT path, locator FROM article_sources WHERE article_id = ? ORDER BY rowid",
                (row[0],),
            )
        )
        return Article(
            id=row[0],
            text=row[1],
            title=row[2],
            published=date.fromisoformat(row[3]) if row[3] else None,
            date_source=DateSource(row[4]),
            outlet=row[5],
            url=row[6],
            dateline=row[7],
            language=row[8],
            status=Status(row[9]),
            ingested_at=datetime.fromisoformat(row[10]),
            sources=sources,
        )

    # ---- merged events as queries read them ---------------------------------------------

    def mentions_by_event(
        self, event_ids: Collection[str] | None = None
    ) -> Iterator[tuple[str, EventMention]]:
        sql = (
            "SELECT m.event_id, e.record FROM event_members m"
            " JOIN event_mentions e ON e.id = m.mention_id"
        )
        if event_ids is None:
            # a cursor, not a list: a first build of the records streams through it
            rows: Iterable[tuple[str, str]] = self._db.execute(
                sql + " ORDER BY m.event_id, e.date, e.id"
            )
        else:
            rows = []
            ids = sorted(set(event_ids))
            for chunk in range(0, len(ids), 500):  # SQLite caps the number of parameters
                part = ids[chunk : chunk + 500]
                marks = ",".join("?" * len(part))
                rows += self._db.execute(
                    f"{sql} WHERE m.event_id IN ({marks}) ORDER BY m.event_id, e.date, e.id", part
                ).fetchall()
        for event_id, record in rows:
            yield event_id, mention_from_dict(json.loads(record))

    def event_occasions(
        self,
    ) -> Iterator[tuple[str, str, tuple[str, ...], date | None, str | None]]:
        rows = self._db.execute(
            "SELECT m.event_id, e.event_type, e.countries, e.date,"
            " json_extract(e.record, '$.date_precision') FROM event_members m"
            " JOIN event_mentions e ON e.id = m.mention_id ORDER BY m.event_id, e.date, e.id"
        )
        states: dict[str, tuple[str, ...]] = {}
        for event_id, kind, countries, day, precision in rows:
            if countries not in states:
                states[countries] = tuple(countries.split())
            yield (
                event_id,
                kind,
                states[countries],
                date.fromisoformat(day) if day else None,
                precision,
            )

    def events_of(self, mention_ids: Collection[str]) -> dict[str, str]:
        ids = sorted(set(mention_ids))
        found: dict[str, str] = {}
        for chunk in range(0, len(ids), 500):
            part = ids[chunk : chunk + 500]
            found.update(
                self._db.execute(
                    "SELECT mention_id, event_id FROM event_members"
                    f" WHERE mention_id IN ({','.join('?' * len(part))})",
                    part,
                )
            )
        return found

    def save_event_records(
        self, records: Iterable[dict[str, Any]], *, only: Collection[str] | None = None
    ) -> int:
        db = self._db
        db.execute("BEGIN IMMEDIATE")
        try:
            if only is None:
                for table in ("event_records", "event_countries", "event_actors"):
                    db.execute(f"DELETE FROM {table}")
            else:
                gone = [(event_id,) for event_id in set(only)]
                db.executemany("DELETE FROM event_records WHERE id = ?", gone)
                db.executemany("DELETE FROM event_countries WHERE event_id = ?", gone)
                db.executemany("DELETE FROM event_actors WHERE event_id = ?", gone)
            count = 0
            folded: dict[str, str] = {}  # names recur across events: fold each once

            def fold_name(name: str) -> str:
                if name not in folded:
                    folded[name] = fold(name)
                return folded[name]

            rows: list[tuple] = []
            countries: list[tuple[str, str]] = []
            actors: list[tuple] = []
            for r in records:
                rows.append(_record_row(r, fold_name))
                countries += [(c, r["id"]) for c in r["countries"]]
                actors += [
                    (r["id"], side, a["name"], fold_name(a["name"]), a["kind"], a["country"],
                     a["sector"])
                    for side in ("actors", "recipients")
                    for a in r[side]
                ]  # fmt: skip
                count += 1
                if len(rows) >= _WRITE_BATCH:
                    _write_records(db, rows, countries, actors)
                    rows, countries, actors = [], [], []
                    if len(folded) > 100_000:  # a cache, bounded
                        folded.clear()
            _write_records(db, rows, countries, actors)
            db.execute("COMMIT")
        except BaseException:
            if db.in_transaction:  # Ctrl-C can land just after COMMIT: nothing to undo
                db.execute("ROLLBACK")
            raise
        return count

    def count_event_records(self) -> int:
        return self._db.execute("SELECT COUNT(*) FROM event_records").fetchone()[0]

    def query_event_records(
        self, where: EventFilter, *, sort: str = "date", limit: int | None = None, offset: int = 0
    ) -> tuple[int, list[dict[str, Any]]]:
        clause, args = _where(where)
        total = self._db.execute(f"SELECT COUNT(*) FROM event_records r{clause}", args).fetchone()[
            0
        ]
        page = " LIMIT ? OFFSET ?" if limit is not None else ""
        paging = [limit, offset] if limit is not None else []
        rows = self._db.execute(
            f"SELECT record FROM event_records r{clause} ORDER BY {_order(sort)}{page}",
            [*args, *paging],
        )
        return total, [json.loads(record) for (record,) in rows]

    def event_facts(self, where: EventFilter) -> Iterator[dict[str, Any]]:
        clause, args = _where(where)
        rows = self._db.execute(
            "SELECT id, date, event_type, mode, quad_class, goldstein, countries,"
            " actor_countries, recipient_countries, location_country, num_sources"
            f" FROM event_records r{clause} ORDER BY r.date, r.id",
            args,
        )
        for row in rows:
            yield {
                "id": row[0],
                "date": row[1],
                "event_type": row[2],
                "mode": row[3],
                "quad_class": row[4],
                "goldstein": row[5],
                "countries": row[6].split(),
                "actor_countries": row[7].split(),
                "recipient_countries": row[8].split(),
                "location_country": row[9],
                "num_sources": row[10],
            }

    def monthly_counts(self, where: EventFilter, by: str) -> list[tuple[str, str, int]]:
        column = {"quad": "r.quad_class", "type": "r.event_type"}[by]
        clause, args = _where(where)
        dated = " AND " if clause else " WHERE "
        rows = self._db.execute(
            f"SELECT substr(r.date, 1, 7) AS month, {column}, COUNT(*)"
            f" FROM event_records r{clause}{dated}r.date IS NOT NULL AND {column} IS NOT NULL"
            " GROUP BY month, 2 ORDER BY month",
            args,
        )
        return [(month, str(key), n) for month, key, n in rows]

    def country_counts(self, where: EventFilter) -> dict[str, int]:
        clause, args = _where(where)
        joined = " AND " if clause else " WHERE "
        counts: dict[str, int] = dict(
            self._db.execute(
                f"SELECT r.location_country, COUNT(*) FROM event_records r{clause}{joined}"
                "r.location_country IS NOT NULL GROUP BY r.location_country",
                args,
            )
        )
        for country, n in self._db.execute(
            "SELECT e.country, COUNT(*) FROM event_countries e"
            f" JOIN event_records r ON r.id = e.event_id{clause}{joined}"
            "r.location_country IS NULL GROUP BY e.country",
            args,
        ):
            counts[country] = counts.get(country, 0) + n
        return counts

    def pair_counts(
        self, where: EventFilter
    ) -> tuple[dict[str, int], dict[tuple[str, str], tuple[int, float]]]:
        clause, args = _where(where)
        nodes = dict(
            self._db.execute(
                "SELECT e.country, COUNT(*) FROM event_countries e"
                f" JOIN event_records r ON r.id = e.event_id{clause} GROUP BY e.country",
                args,
            )
        )
        edges = {
            (x, y): (n, total)
            for x, y, n, total in self._db.execute(
                "SELECT a.country, b.country, COUNT(*), SUM(COALESCE(r.goldstein, 0))"
                " FROM event_countries a JOIN event_countries b"
                " ON b.event_id = a.event_id AND a.country < b.country"
                f" JOIN event_records r ON r.id = a.event_id{clause}"
                " GROUP BY a.country, b.country",
                args,
            )
        }
        return nodes, edges

    def event_record(self, event_id: str) -> dict[str, Any] | None:
        row = self._db.execute(
            "SELECT record FROM event_records WHERE id = ?", (event_id,)
        ).fetchone()
        return json.loads(row[0]) if row else None

    def event_span(self) -> tuple[str | None, str | None]:
        low, high = self._db.execute("SELECT MIN(date), MAX(date) FROM event_records").fetchone()
        return low, high

    def actor_counts(
        self, *, q: str | None = None, country: str | None = None, limit: int = 100
    ) -> list[dict[str, Any]]:
        where, args = [], []
        if q:
            where.append("instr(folded, ?) > 0")
            args.append(fold(q))
        if country:
            where.append("country = ?")
            args.append(country.upper())
        clause = " WHERE " + " AND ".join(where) if where else ""
        rows = self._db.execute(
            "SELECT name, kind, country, sector, COUNT(DISTINCT event_id) AS n"
            f" FROM event_actors{clause} GROUP BY name, kind, country, sector"
            " ORDER BY n DESC, name LIMIT ?",
            [*args, limit],
        )
        return [
            {"name": name, "kind": kind, "country": c, "sector": sector, "events": n}
            for name, kind, c, sector, n in rows
        ]

    def add_correction(self, correction: Correction) -> Correction:
        cursor = self._db.execute(
            "INSERT INTO corrections (event_id, action, changes, mention_ids, other_event_id,"
            " who, why, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                correction.event_id,
                correction.action,
                json.dumps(correction.changes, ensure_ascii=False),
                json.dumps(list(correction.mention_ids)),
                correction.other_event_id,
                correction.who,
                correction.why,
                correction.at,
            ),
        )
        return Correction(
            cursor.lastrowid or 0,
            correction.event_id,
            correction.action,
            correction.changes,
            correction.mention_ids,
            correction.other_event_id,
            correction.who,
            correction.why,
            correction.at,
        )

    def corrections(self) -> list[Correction]:
        rows = self._db.execute(
            "SELECT id, event_id, action, changes, mention_ids, other_event_id, who, why, at"
            " FROM corrections ORDER BY id"
        )
        return [
            Correction(n, event_id, action, json.loads(changes), tuple(json.loads(mentions)),
                       other, who, why, at)
            for n, event_id, action, changes, mentions, other, who, why, at in rows
        ]  # fmt: skip

    def drop_live_aliases(self) -> None:
        self._db.execute(
            "DELETE FROM event_aliases WHERE alias IN (SELECT event_id FROM event_members)"
        )

    def close(self) -> None:
        self._db.close()


_SELECT = (
    "SELECT id, text, title, published, date_source, outlet, url, dateline, language, status,"
    " ingested_at FROM articles a"
)


#: Between the names (or sentences) of one event in its search columns: no text has it.
_SEP = "\x1f"


#: Records written to SQLite per executemany: few round trips, little held at once.
_WRITE_BATCH = 1000


def _write_records(
    db: sqlite3.Connection, rows: list[tuple], countries: list[tuple], actors: list[tuple]
) -> None:
    """Insert a batch of event_records rows with their country and actor rows."""
    db.executemany(
        "INSERT OR REPLACE INTO event_records (id, date, event_type, mode, quad_class,"
        " goldstein, num_sources, num_articles, countries, actor_countries,"
        " recipient_countries, location_country, corrected, actor_text,"
        " evidence_text, record) VALUES (" + ", ".join("?" * 16) + ")",
        rows,
    )
    db.executemany(
        "INSERT OR IGNORE INTO event_countries (country, event_id) VALUES (?, ?)", countries
    )
    db.executemany(
        "INSERT INTO event_actors (event_id, side, name, folded, kind, country, sector)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        actors,
    )


def _record_row(r: dict[str, Any], fold_name: Callable[[str], str]) -> tuple:
    """The columns of one event_records row, derived from its export record. The names are
    folded one by one (``fold_name`` may cache): folding joined text is folding each part,
    as the separator is a character of its own that no accent attaches to."""

    def states(side: str) -> str:
        return " ".join(sorted({a["country"] for a in r[side] if a["country"]}))

    names = [
        fold_name(n)
        for a in (*r["actors"], *r["recipients"])
        for n in (a["name"], a.get("raw") or "")
    ]
    return (
        r["id"],
        r["date"],
        r["event_type"],
        r["mode"],
        r["quad_class"],
        r["goldstein"],
        r["num_sources"],
        r["num_articles"],
        " ".join(r["countries"]),
        states("actors"),
        states("recipients"),
        r["location"]["country"],
        int(bool(r.get("corrected"))),
        _SEP.join(names),
        fold(_SEP.join(m["sentence"] for m in r["mentions"])),
        json.dumps(r, ensure_ascii=False),
    )


#: Letters that carry no accent to strip but are read as a plain one ("Kılıçdaroğlu").
_PLAIN = str.maketrans({"ı": "i", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "æ": "ae",
                        "œ": "oe", "ß": "ss"})  # fmt: skip


def fold(text: str) -> str:
    """Text as search compares it: case and accents ignored, so "cavusoglu" finds
    "Çavuşoğlu" and "Çavuşoğlu" finds "Cavusoglu"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_PLAIN))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _where(f: EventFilter) -> tuple[str, list[Any]]:
    """The WHERE clause of a filter over ``event_records r``: every value a parameter."""
    where: list[str] = []
    args: list[Any] = []
    for country in f.countries:
        where.append(
            "EXISTS (SELECT 1 FROM event_countries c WHERE c.country = ? AND c.event_id = r.id)"
        )
        args.append(country)
    if f.types:
        where.append(f"r.event_type IN ({','.join('?' * len(f.types))})")
        args.extend(f.types)
    for column, value in (("r.mode = ?", f.mode), ("r.quad_class = ?", f.quad),
                          ("r.date >= ?", f.since), ("r.date <= ?", f.until)):  # fmt: skip
        if value is not None:
            where.append(column)
            args.append(value)
    # instr, not LIKE: a "%" or "_" someone searches for is that character
    if f.actor:
        where.append("instr(r.actor_text, ?) > 0")
        args.append(fold(f.actor))
    if f.text:
        where.append("instr(r.evidence_text, ?) > 0")
        args.append(fold(f.text))
    if f.min_confidence is not None:  # the export record's, so every database has it
        where.append("json_extract(r.record, '$.confidence') >= ?")
        args.append(f.min_confidence)
    return (" WHERE " + " AND ".join(where) if where else ""), args


def _order(sort: str) -> str:
    """ORDER BY for a sort key (``-`` first for descending); unknown values are refused, so
    only the fixed column names below ever reach the SQL text."""
    descending = sort.startswith("-")
    key = sort.removeprefix("-")
    if key not in SORT_KEYS:
        raise QueryError(f"unknown sort key {sort!r}; use one of {', '.join(SORT_KEYS)}, "
                         "with - before it for descending")  # fmt: skip
    column = f"r.{key}"
    direction = "DESC" if descending else "ASC"
    return f"({column} IS NULL), {column} {direction}, r.id {direction}"

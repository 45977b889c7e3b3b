"""Schema migrations, applied in order; ``PRAGMA user_version`` records the last one applied.

Append a new script to change the schema; never edit one that has shipped.
"""

from __future__ import annotations

MIGRATIONS: tuple[str, ...] = (
    # 1: articles, where each copy was read, and which input files are fully read.
    """
    CREATE TABLE articles (
        id          TEXT PRIMARY KEY,
        text        TEXT NOT NULL,
        title       TEXT,
        published   TEXT,
        date_source TEXT NOT NULL,
        outlet      TEXT,
        url         TEXT,
        dateline    TEXT,
        language    TEXT,
        status      TEXT NOT NULL,
        ingested_at TEXT NOT NULL
    );
    CREATE TABLE article_sources (
        article_id TEXT NOT NULL REFERENCES articles (id),
        path       TEXT NOT NULL,
        locator    TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (article_id, path, locator)
    );
    CREATE INDEX article_sources_path ON article_sources (path);
    CREATE TABLE inputs (
        path       TEXT PRIMARY KEY,
        digest     TEXT NOT NULL,
        articles   INTEGER NOT NULL,
        rejections TEXT NOT NULL
    );
    """,
)

SCHEMA_VERSION = len(MIGRATIONS)

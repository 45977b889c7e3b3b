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
    # 2: what the coder made of each article: its actors and their mentions.
    """
    ALTER TABLE articles ADD COLUMN coder_version TEXT;
    CREATE TABLE actors (
        article_id TEXT NOT NULL REFERENCES articles (id),
        key        TEXT NOT NULL,
        name       TEXT NOT NULL,
        kind       TEXT NOT NULL,
        country    TEXT,
        cow        INTEGER,
        sector     TEXT,
        title      TEXT,
        wikidata   TEXT,
        raw        TEXT NOT NULL,
        role       TEXT NOT NULL,
        PRIMARY KEY (article_id, key)
    );
    CREATE INDEX actors_country ON actors (country);
    CREATE TABLE actor_mentions (
        article_id TEXT NOT NULL REFERENCES articles (id),
        start      INTEGER NOT NULL,
        "end"      INTEGER NOT NULL,
        sentence   INTEGER NOT NULL,
        first      INTEGER NOT NULL,
        last       INTEGER NOT NULL,
        keys       TEXT NOT NULL,
        rule       TEXT NOT NULL,
        text       TEXT NOT NULL
    );
    CREATE INDEX actor_mentions_article ON actor_mentions (article_id);
    """,
    # 3: event mentions, one row each; the whole mention is kept as JSON, the fields
    # that queries filter on are columns too.
    """
    CREATE TABLE event_mentions (
        id          TEXT PRIMARY KEY,
        article_id  TEXT NOT NULL REFERENCES articles (id),
        sentence    INTEGER NOT NULL,
        event_type  TEXT NOT NULL,
        mode        TEXT,
        date        TEXT,
        countries   TEXT NOT NULL,
        record      TEXT NOT NULL
    );
    CREATE INDEX event_mentions_article ON event_mentions (article_id);
    CREATE INDEX event_mentions_type_date ON event_mentions (event_type, date);
    """,
    # 4: merged events: which event each mention belongs to, and ids merged into others.
    """
    CREATE TABLE events (
        id  TEXT PRIMARY KEY,
        seq INTEGER NOT NULL
    );
    CREATE TABLE event_members (
        mention_id TEXT PRIMARY KEY,
        event_id   TEXT NOT NULL
    );
    CREATE INDEX event_members_event ON event_members (event_id);
    CREATE TABLE event_aliases (
        alias    TEXT PRIMARY KEY,
        event_id TEXT NOT NULL
    );
    """,
    # 5: near-duplicate articles (syndicated copies): each copy points to the first seen.
    """
    CREATE TABLE article_signatures (
        article_id TEXT PRIMARY KEY REFERENCES articles (id),
        signature  BLOB NOT NULL
    );
    CREATE TABLE article_copies (
        article_id TEXT PRIMARY KEY REFERENCES articles (id),
        copy_of    TEXT NOT NULL
    );
    """,
    # 6: one row per merged event, as queries and exports read it (rebuilt from the mentions,
    # the merge and the corrections after every merge; ``record`` is the export record), the
    # states and actors taking part for indexed filters, and the analysts' correction log.
    """
    CREATE TABLE event_records (
        id                  TEXT PRIMARY KEY,
        date                TEXT,
        event_type          TEXT NOT NULL,
        mode                TEXT,
        quad_class          INTEGER,
        goldstein           REAL,
        num_sources         INTEGER NOT NULL,
        num_articles        INTEGER NOT NULL,
        countries           TEXT NOT NULL,
        actor_countries     TEXT NOT NULL,
        recipient_countries TEXT NOT NULL,
        location_country    TEXT,
        corrected           INTEGER NOT NULL,
        actor_text          TEXT NOT NULL,
        evidence_text       TEXT NOT NULL,
        record              TEXT NOT NULL
    );
    CREATE INDEX event_records_date ON event_records (date);
    CREATE INDEX event_records_type_date ON event_records (event_type, date);
    CREATE TABLE event_countries (
        country  TEXT NOT NULL,
        event_id TEXT NOT NULL,
        PRIMARY KEY (country, event_id)
    ) WITHOUT ROWID;
    CREATE INDEX event_countries_event ON event_countries (event_id);
    CREATE TABLE event_actors (
        event_id TEXT NOT NULL,
        side     TEXT NOT NULL,
        name     TEXT NOT NULL,
        folded   TEXT NOT NULL,
        kind     TEXT NOT NULL,
        country  TEXT,
        sector   TEXT
    );
    CREATE INDEX event_actors_event ON event_actors (event_id);
    CREATE INDEX event_actors_country ON event_actors (country);
    CREATE TABLE corrections (
        id             INTEGER PRIMARY KEY AUTOINCREMENT,
        event_id       TEXT NOT NULL,
        action         TEXT NOT NULL,
        changes        TEXT NOT NULL,
        mention_ids    TEXT NOT NULL,
        other_event_id TEXT,
        who            TEXT NOT NULL,
        why            TEXT NOT NULL,
        at             TEXT NOT NULL
    );
    CREATE INDEX corrections_event ON corrections (event_id);
    """,
    # 7: incremental merging. Coding an article marks the blocks (type + participating
    # states) of its old and new mentions stale; a merge re-clusters only stale blocks and
    # rebuilds the records of the events it touched and of those on the same days.
    """
    CREATE INDEX event_mentions_block ON event_mentions (event_type, countries);
    CREATE INDEX event_mentions_date ON event_mentions (date);
    CREATE TABLE stale_blocks (
        event_type TEXT NOT NULL,
        countries  TEXT NOT NULL,
        PRIMARY KEY (event_type, countries)
    );
    INSERT INTO stale_blocks SELECT DISTINCT event_type, countries FROM event_mentions;
    """,
    # 8: search ignores accents: the stored search columns are rebuilt (records.ensure
    # rebuilds every event's record when none is stored).
    """
    DELETE FROM event_records;
    DELETE FROM event_countries;
    DELETE FROM event_actors;
    """,
)

SCHEMA_VERSION = len(MIGRATIONS)

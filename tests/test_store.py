"""The SQLite store: migrations, atomic adds, paths of known texts, input records."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from dyad.errors import SchemaTooNewError, StoreError
from dyad.models import Article, DateSource, Rejection, SourceRef, Status
from dyad.store import Added, InputRecord, SQLiteStore, open_store
from dyad.store.migrations import SCHEMA_VERSION


def make_article(text: str = "The two ministers met in Astana on Monday.", **kw) -> Article:
    from dyad.ingest import article_id

    return Article(id=article_id(text), text=text, **kw)


def test_new_database_is_migrated_and_uses_wal(tmp_path):
    path = tmp_path / "x.db"
    with open_store(path):
        pass
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"articles", "article_sources", "inputs"} <= tables


def test_reopening_keeps_data(tmp_path):
    path = tmp_path / "x.db"
    article = make_article(published=date(2021, 3, 4), date_source=DateSource.HEADER)
    with open_store(path) as store:
        assert store.add_article(article, SourceRef("a.txt")) is Added.NEW
    with open_store(path) as store:
        got = store.article(article.id)
    assert got is not None
    assert got.text == article.text
    assert got.published == date(2021, 3, 4)
    assert got.date_source is DateSource.HEADER
    assert got.paths == ("a.txt",)


def test_same_text_from_another_path_adds_only_the_path(tmp_path):
    article = make_article()
    with open_store(tmp_path / "x.db") as store:
        assert store.add_article(article, SourceRef("a.txt")) is Added.NEW
        assert store.add_article(article, SourceRef("b/a copy.txt")) is Added.NEW_PATH
        assert store.add_article(article, SourceRef("a.txt")) is Added.UNCHANGED
        assert store.add_article(article, SourceRef("w.jsonl", "line 2")) is Added.NEW_PATH
        assert store.count_articles() == 1
        got = store.article(article.id)
    assert got.paths == ("a.txt", "b/a copy.txt", "w.jsonl")
    assert got.sources[-1] == SourceRef("w.jsonl", "line 2")


def test_articles_in_ingest_order_and_by_status(tmp_path):
    texts = ["Zeta met Alpha.", "Alpha called Beta.", "Beta visited Gamma."]
    with open_store(tmp_path / "x.db") as store:
        for i, text in enumerate(texts):
            status = Status.NOT_CODED if i == 1 else Status.INGESTED
            store.add_article(make_article(text, status=status), SourceRef(f"{i}.txt"))
        assert [a.text for a in store.articles()] == texts
        assert [a.text for a in store.articles(status=Status.NOT_CODED)] == [texts[1]]


def test_input_records_round_trip_with_rejections(tmp_path):
    record = InputRecord("w.jsonl", "abc", 3, (Rejection("w.jsonl", "invalid JSON", 4),))
    with open_store(tmp_path / "x.db") as store:
        assert store.seen_input("w.jsonl", "abc") is None
        store.record_input(record)
        assert store.seen_input("w.jsonl", "abc") == record
        assert store.seen_input("w.jsonl", "other digest") is None


def test_failed_write_leaves_nothing_half_done(tmp_path):
    path = tmp_path / "x.db"
    with SQLiteStore(path) as store:
        store._db.execute("DROP TABLE article_sources")  # make the second insert fail
        with pytest.raises(sqlite3.OperationalError):
            store.add_article(make_article(), SourceRef("a.txt"))
        assert store.count_articles() == 0


def test_missing_database_is_refused_when_not_creating(tmp_path):
    with pytest.raises(StoreError, match="dyad run"):
        open_store(tmp_path / "none.db", create=False)
    assert not (tmp_path / "none.db").exists()


def test_not_a_database(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database\n" * 100)
    with pytest.raises(StoreError, match="cannot open"):
        open_store(path)


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "x.db"
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()
    with pytest.raises(SchemaTooNewError, match="upgrade dyad"):
        open_store(path)


def test_postgres_url_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="SQLite"):
        open_store("postgresql://localhost/dyad")


def test_article_ids_in_ingest_order(tmp_path):
    from dyad.ingest import article_id
    from dyad.models import Article, SourceRef

    with open_store(tmp_path / "ids.db") as store:
        texts = ["Second story, stored first.", "First story, stored second.", "A third."]
        for text in texts:
            store.add_article(Article(article_id(text), text), SourceRef("x.txt"))
        assert store.article_ids() == [article_id(t) for t in texts]


@pytest.mark.parametrize(
    ("text", "folded"),
    [("Çavuşoğlu", "cavusoglu"), ("Kılıçdaroğlu", "kilicdaroglu"), ("Zelenskyy", "zelenskyy"),
     ("Łukasz Støre", "lukasz store"), ("ＵＮ", "un"), ("100% _x_", "100% _x_")],
)  # fmt: skip
def test_search_folds_case_and_accents(text, folded):
    from dyad.store.sqlite import fold

    assert fold(text) == folded

"""The stored event records: a first build streams through the store (two passes, a
bounded article cache) and gives exactly the records of a build that holds every event."""

from __future__ import annotations

import pytest

from dyad import records
from dyad.corrections import correct
from dyad.models import EventFilter
from dyad.store import open_store


@pytest.fixture
def store(copy_db):
    with open_store(copy_db("records.db")) as opened:
        yield opened


def stored(store) -> dict[str, dict]:
    _, rows = store.query_event_records(EventFilter())
    return {r["id"]: r for r in rows}


def test_a_streamed_build_gives_the_records_of_a_build_in_memory(store, monkeypatch):
    events = stored(store)
    linked = [r for r in events.values() if r["related"]]
    assert linked, "the sample corpus has events linked to a meeting"
    multi = next(r for r in events.values() if len(r["mentions"]) > 1)
    correct(store, multi["id"], "split", mention_ids=[multi["mentions"][-1]["mention_id"]],
            who="test", why="two deeds")  # fmt: skip
    meeting = next(r for r in linked if r["event_type"] == "CONSULT")
    correct(store, meeting["id"], "relabel", changes={"mode": "phone"}, who="t", why="w")
    monkeypatch.setattr(records, "ARTICLE_CACHE", 1)  # the cache is emptied again and again

    expected = {r["id"]: r for r in records.build(store)}  # every event's mentions at once
    assert records.refresh(store) == len(expected)
    assert stored(store) == expected
    assert any(r["corrected"] for r in expected.values())


def test_a_copy_counts_as_its_original_even_when_the_original_is_not_read(store):
    """A syndicated copy's source is its original's outlet, also when no mention of the
    event comes from the original (a rebuild of one event reads only its own articles)."""
    events = stored(store)
    two = next(r for r in events.values() if r["num_sources"] == 2 and r["num_articles"] == 2)
    first, second = two["mentions"][0], two["mentions"][1]
    assert first["outlet"] != second["outlet"]
    # another article of the first report's outlet, with no mention in this event
    original = next(
        a.id
        for a in store.articles()
        if a.outlet == first["outlet"] and a.id not in {first["article_id"], second["article_id"]}
    )
    store.save_signatures({}, {second["article_id"]: original})
    records.refresh(store, {two["id"]})
    assert store.event_record(two["id"])["num_sources"] == 1
    records.refresh(store)
    assert store.event_record(two["id"])["num_sources"] == 1


def _fresh_merge(path, chunk: int, monkeypatch) -> tuple[list, list]:
    """Forget the sample database's merge, merge again reading ``chunk`` blocks at a time,
    and return the membership and the records."""
    import sqlite3

    from dyad import pipeline

    db = sqlite3.connect(path)
    with db:
        for table in ("event_members", "events", "event_aliases", "event_records",
                      "event_countries", "event_actors"):  # fmt: skip
            db.execute(f"DELETE FROM {table}")
        db.execute("INSERT OR IGNORE INTO stale_blocks"
                   " SELECT DISTINCT event_type, countries FROM event_mentions")  # fmt: skip
    db.close()
    monkeypatch.setattr(pipeline, "BLOCKS_PER_CHUNK", chunk)
    with open_store(path) as store:
        assert pipeline.merge_events(store)
    db = sqlite3.connect(path)
    members = db.execute("SELECT mention_id, event_id FROM event_members ORDER BY 1").fetchall()
    rows = db.execute("SELECT id, record FROM event_records ORDER BY 1").fetchall()
    db.close()
    return members, rows


def test_merging_a_few_blocks_at_a_time_gives_the_events_of_one_pass(copy_db, monkeypatch):
    one_pass = _fresh_merge(copy_db("whole.db"), 1_000_000, monkeypatch)
    by_block = _fresh_merge(copy_db("blocks.db"), 1, monkeypatch)
    assert len(one_pass[0]) > 100 and len({e for _, e in one_pass[0]}) < len(one_pass[0])
    assert by_block == one_pass

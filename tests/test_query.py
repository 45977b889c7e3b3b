"""The query layer: filters checked and normalised, and the stored event records kept in
step with the merge (rebuilt for databases made before they existed)."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from dyad import query
from dyad.errors import QueryError
from dyad.models import EventFilter
from dyad.records import ensure, refresh
from dyad.store import open_store


def test_an_empty_filter_is_empty():
    assert query.event_filter() == EventFilter()
    assert query.event_filter(country=[], type="", actor="  ", text="") == EventFilter()


def test_filters_are_normalised():
    f = query.event_filter(
        country="chn, rus", dyad="RUS,ukr", actor=" Lavrov ", type=["consult", "AGREE"],
        mode="Phone", quad="2", since="2021", until="2021-02", text=" vaccine ",
    )  # fmt: skip
    assert f == EventFilter(
        countries=("CHN", "RUS", "UKR"), actor="Lavrov", types=("CONSULT", "AGREE"),
        mode="phone", quad=2, since="2021-01-01", until="2021-02-28", text="vaccine",
    )  # fmt: skip
    assert query.event_filter(dyad=("chn", "rus")).countries == ("CHN", "RUS")
    assert query.event_filter(since=date(2020, 1, 2)).since == "2020-01-02"
    assert query.event_filter(until="2024-02").until == "2024-02-29"  # a leap year
    assert query.event_filter(until="2021-12").until == "2021-12-31"
    assert query.event_filter(until="2021").until == "2021-12-31"
    assert query.event_filter(until="9999-12").until == "9999-12-31"  # no year 10000 needed
    assert query.event_filter(min_confidence="0.8").min_confidence == 0.8
    assert query.event_filter(min_confidence="").min_confidence is None


@pytest.mark.parametrize(
    "kwargs,message",
    [
        ({"country": "China"}, "ISO3"),
        ({"country": "C1N"}, "ISO3"),
        ({"dyad": "CHN"}, "two"),
        ({"dyad": "CHN,RUS,USA"}, "two"),
        ({"type": "MEET"}, "PLOVER"),
        ({"quad": 5}, "QuadClass"),
        ({"quad": "one"}, "QuadClass"),
        ({"since": "2021-02-30"}, "real date"),
        ({"until": "21-02-03"}, "YYYY-MM-DD"),
        ({"since": "2021-02-03' OR '1'='1"}, "YYYY-MM-DD"),
        ({"until": "2021-13"}, "real date"),
        ({"since": "\N{ARABIC-INDIC DIGIT TWO}" * 4}, "YYYY-MM-DD"),
        ({"min_confidence": 1.5}, "0 to 1"),
        ({"min_confidence": "-0.1"}, "0 to 1"),
        ({"min_confidence": "high"}, "0 to 1"),
    ],
)
def test_bad_filters_say_what_is_wrong(kwargs, message):
    with pytest.raises(QueryError, match=message):
        query.event_filter(**kwargs)


def test_bad_sort_and_page(sample_db):
    with open_store(sample_db, create=False) as store:
        with pytest.raises(QueryError, match="sort"):
            query.event_page(store, EventFilter(), sort="id; DROP TABLE x")
        with pytest.raises(QueryError, match="limit"):
            query.event_page(store, EventFilter(), limit=10_000)
        with pytest.raises(QueryError, match="offset"):
            query.event_page(store, EventFilter(), offset=2**63)
        page = query.event_page(store, EventFilter(), limit=0)
        assert page["events"] == [] and page["total"] > 0


def test_records_are_rebuilt_for_a_database_that_has_none(copy_db):
    path = copy_db()
    with open_store(path) as store:
        before = list(query.iter_records(store))
    with sqlite3.connect(path) as db:  # as a database merged by an older dyad leaves it
        for table in ("event_records", "event_countries", "event_actors"):
            db.execute(f"DELETE FROM {table}")
    with open_store(path) as store:
        assert store.count_event_records() == 0
        ensure(store)
        assert list(query.iter_records(store)) == before
        assert store.event_facts(EventFilter(countries=("CHN",)))


def test_refreshing_some_events_leaves_the_others(copy_db):
    with open_store(copy_db()) as store:
        everything = list(query.iter_records(store))
        first, second = everything[0]["id"], everything[1]["id"]
        assert refresh(store, [first, "e_gone"]) == 1
        assert list(query.iter_records(store)) == everything
        assert store.event_record("e_gone") is None
        with sqlite3.connect(store.path) as db:
            db.execute("DELETE FROM event_members WHERE event_id = ?", (second,))
        refresh(store, [second])  # an event that no longer holds mentions is removed
        assert store.event_record(second) is None
        assert store.count_event_records() == len(everything) - 1


def test_iter_records_reads_every_page(sample_db):
    with open_store(sample_db, create=False) as store:
        small = list(query.iter_records(store, chunk=7))
        assert [r["id"] for r in small] == [r["id"] for r in query.iter_records(store)]
        assert len(small) == store.count_event_records()

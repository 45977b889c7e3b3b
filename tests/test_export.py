"""Exports and the stored events behind them: a real pipeline run into a real SQLite file,
then the JSONL schema of DESIGN.md, the flat CSV, the codec round trip and the filters."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest

from dyad import pipeline
from dyad.codec import mention_from_dict, mention_to_dict
from dyad.export import CSV_COLUMNS, event_record, event_records, write_csv, write_jsonl
from dyad.ingest import build_article
from dyad.ingest.record import RawRecord
from dyad.models import Actor, EventMention, Evidence, Location, Resolution, SourceRef, Span
from dyad.pipeline import Coder
from dyad.settings import Settings
from dyad.store import Store, open_store

# Three short wire stories of our own, each a Tuesday, with their header dates.
STORIES = {
    "kenya_ethiopia.txt": (
        " date 2020-12-15 Kenya and Ethiopia hold phone talks\n\n"
        "Kenyan President Uhuru Kenyatta held a telephone conversation with Ethiopian Prime "
        "Minister Abiy Ahmed on Monday. The two leaders agreed to reopen the border crossing at "
        "Moyale. Kenya also thanked Ethiopia for its support during the drought.\n"
    ),
    "russia_bulgaria.txt": (
        " date 2021-03-02 Russia expels Bulgarian diplomats\n\n"
        "Russia expelled two Bulgarian diplomats on Monday in response to a spying case. The "
        "Bulgarian foreign ministry called the decision regrettable and said it would study a "
        "response.\n"
    ),
    "lithuania_belarus.txt": (
        " date 2021-05-25 Lithuania condemns Belarus\n\n"
        'Lithuania condemned Belarus on Tuesday for what it called "state piracy", after a '
        "passenger jet bound for \u0160iauliai was forced to land in Minsk. The Lithuanian "
        "government\u2019s statement was read out in Vilnius.\n"
    ),
}

# DESIGN.md, "Event JSONL schema (export contract)": keys outside tools depend on.
TOP_KEYS = {
    "id", "event_type", "mode", "medium", "contexts", "date", "date_precision", "actors",
    "recipients", "countries", "location", "modality", "negated", "cameo", "goldstein",
    "quad_class", "num_articles", "num_sources", "mentions",
}  # fmt: skip
ACTOR_KEYS = {"name", "country", "cow", "sector", "title", "wikidata", "raw"}
LOCATION_KEYS = {"name", "country"}
MENTION_KEYS = {"article_id", "path", "url", "outlet", "published", "sentence", "start", "end"}
# The columns a GDELT/ICEWS user looks for first in the flat CSV.
CSV_CORE = {
    "id", "date", "event_type", "mode", "cameo", "goldstein", "quad_class", "actor_name",
    "actor_country", "recipient_name", "recipient_country", "countries", "evidence",
    "source_path",
}  # fmt: skip


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("export") / "corpus"
    folder.mkdir()
    for name, text in STORIES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def store(corpus) -> Store:
    with open_store(corpus.parent / "events.db") as opened:
        report = pipeline.run([str(corpus)], opened, Settings())
        assert report.ok and (report.new, report.coded, report.not_coded) == (3, 3, 0), report
        yield opened


@pytest.fixture(scope="module")
def records(store) -> list[dict]:
    found = list(event_records(store))
    assert found, "the three stories state events"
    return found


def by_type(records: list[dict], event_type: str) -> list[dict]:
    return [r for r in records if r["event_type"] == event_type]


def test_records_have_every_key_of_the_design_schema(records):
    for r in records:
        assert TOP_KEYS <= set(r), TOP_KEYS - set(r)
        assert LOCATION_KEYS <= set(r["location"])
        for actor in (*r["actors"], *r["recipients"]):
            assert ACTOR_KEYS <= set(actor), ACTOR_KEYS - set(actor)
        assert r["mentions"]
        for mention in r["mentions"]:
            assert MENTION_KEYS <= set(mention), MENTION_KEYS - set(mention)
        assert r["id"].startswith("e_")
        assert isinstance(r["negated"], bool)
        assert r["countries"] == sorted(r["countries"])


def test_records_carry_the_stored_events(records, corpus):
    [call] = [r for r in by_type(records, "CONSULT") if r["countries"] == ["ETH", "KEN"]]
    assert (call["mode"], call["medium"], call["date"]) == ("phone", "phone", "2020-12-14")
    assert (call["cameo"], call["quad_class"]) == ("041", 1)
    assert call["location"] == {"name": None, "country": None}
    [mention] = call["mentions"]
    assert mention["path"] == str(corpus / "kenya_ethiopia.txt")  # as given to run
    assert mention["published"] == "2020-12-15"
    assert mention["sentence"].startswith("Kenyan President Uhuru Kenyatta held a telephone")
    assert mention["end"] - mention["start"] == len(mention["sentence"])
    [expel] = [r for r in by_type(records, "SANCTION") if r["countries"] == ["BGR", "RUS"]]
    assert expel["date"] == "2021-03-01"


def test_event_record_without_its_article(store):
    mention = next(store.event_mentions())
    record = event_record([mention], {})
    assert TOP_KEYS <= set(record)
    assert record["mentions"][0]["path"] is None
    assert record["mentions"][0]["sentence"] == mention.evidence.sentence


def test_write_jsonl_one_object_per_line(records):
    out = io.StringIO()
    assert write_jsonl(records, out) == len(records)
    lines = out.getvalue().splitlines()
    assert len(lines) == len(records)
    assert [json.loads(line) for line in lines] == records
    assert "\u0160iauliai" in out.getvalue()  # written as UTF-8 text, not \\u escapes


def test_write_jsonl_to_a_file_reads_back(records, tmp_path):
    path = tmp_path / "events.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        write_jsonl(records, fh)
    with path.open(encoding="utf-8") as fh:
        assert [json.loads(line) for line in fh] == records


def test_write_csv_columns_and_one_row_per_event(records, tmp_path):
    path = tmp_path / "events.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        assert write_csv(records, fh) == len(records)
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        assert reader.fieldnames == CSV_COLUMNS
        rows = list(reader)
    assert CSV_CORE <= set(CSV_COLUMNS)
    assert len(rows) == len(records)
    assert [row["id"] for row in rows] == [r["id"] for r in records]
    for row, r in zip(rows, records, strict=True):
        assert row["event_type"] == r["event_type"]
        assert row["countries"] == " ".join(r["countries"])
        assert row["evidence"] == r["mentions"][0]["sentence"]  # commas and quotes survive
        assert row["actor_country"] == "; ".join(a["country"] or "" for a in r["actors"])
    [accuse] = [r for r in rows if r["event_type"] == "ACCUSE" and r["actor_country"] == "LTU"]
    assert '"state piracy",' in accuse["evidence"]
    assert (accuse["actor_country"], accuse["recipient_country"]) == ("LTU", "BLR")


def test_write_csv_with_no_events_is_just_the_header():
    out = io.StringIO()
    assert write_csv([], out) == 0
    assert out.getvalue().strip() == ",".join(CSV_COLUMNS)


# ---- the codec, through the store ------------------------------------------------------------


def test_coded_mentions_round_trip_through_the_store(store, tmp_path):
    article = build_article(
        RawRecord(text=STORIES["kenya_ethiopia.txt"].split("\n\n", 1)[1], date="2020-12-15",
                  from_metadata=True),
        SourceRef("k.txt"),
    )  # fmt: skip
    article, resolution, mentions = next(Coder().code([article]))
    assert len(mentions) >= 2
    with open_store(tmp_path / "round.db") as fresh:
        fresh.add_article(article, SourceRef("k.txt"))
        fresh.save_coding(article.id, "test-version", resolution, mentions)
        back = list(fresh.event_mentions())
    assert sorted(back, key=lambda m: m.id) == sorted(mentions, key=lambda m: m.id)
    # another Coder in another run gave the same text the same article and mention ids
    stored = {m.id for m in store.event_mentions() if m.evidence.article_id == article.id}
    assert stored == {m.id for m in mentions}


def _every_field_mention(article_id: str) -> EventMention:
    person = Actor(
        key="person:ana-o'neill", name="Ana O'Neill", kind="person", country="IRL", cow=205,
        sector="GOV", title="foreign minister", wikidata="Q1", raw="O'Neill",
        mentions=(Span(0, 7), Span(40, 47)),
    )  # fmt: skip
    group = Actor(key="np:rebels", name="rebels", kind="group", role="party", raw="the rebels")
    return EventMention(
        id="m_0123456789abcdef",
        event_type="CONSULT",
        actors=(person,),
        recipients=(group,),
        evidence=Evidence(article_id, 2, 10, 60, 'Zoë said "talks", in Dún Laoghaire; ok'),
        trigger=Span(20, 25),
        mode="third-party",
        medium="in_person",
        contexts=("health", "terrorism"),
        date=date(2020, 12, 14),
        date_precision="day",
        date_basis="sentence",
        location=Location("Dún Laoghaire", "IRL"),
        modality="hypothetical",
        negated=True,
        speaker="person:ana-o'neill",
        cameo="044",
        goldstein=2.5,
        quad_class=1,
        confidence=0.73,
        coder_version="9.9.9+test",
    )


def test_every_field_round_trips_through_the_codec_and_the_store(tmp_path):
    article = build_article(
        RawRecord(text="Irish and rebel envoys met in Dublin on Monday.", date="2020-12-15",
                  from_metadata=True),
        SourceRef("r.txt"),
    )  # fmt: skip
    mention = _every_field_mention(article.id)
    assert mention_from_dict(json.loads(json.dumps(mention_to_dict(mention)))) == mention
    with open_store(tmp_path / "fields.db") as store:
        store.add_article(article, SourceRef("r.txt"))
        store.save_coding(article.id, "v", Resolution(article.id, (), ()), [mention])
        assert list(store.event_mentions()) == [mention]


# ---- filters ---------------------------------------------------------------------------------


def _expected(records: list[dict], *, countries=(), event_type=None, since=None, until=None):
    return sorted(
        r["id"]
        for r in records
        if all(c in r["countries"] for c in countries)
        and (event_type is None or r["event_type"] == event_type)
        and (since is None or (r["date"] is not None and r["date"] >= since))
        and (until is None or (r["date"] is not None and r["date"] <= until))
    )


@pytest.mark.parametrize(
    "filters",
    [
        {"countries": ["KEN"]},
        {"countries": ["ken"]},
        {"countries": ["ETH", "KEN"]},
        {"event_type": "SANCTION"},
        {"event_type": "accuse"},
        {"since": "2021-01-01"},
        {"until": "2021-03-01"},
        {"since": "2021-03-01", "until": "2021-03-01"},
        {"countries": ["BLR"], "event_type": "ACCUSE", "since": "2021-05-01"},
    ],
    ids=lambda f: "-".join(f"{k}={v}" for k, v in f.items()),
)
def test_filters_select_exactly_the_matching_events(store, records, filters):
    got = sorted(r["id"] for r in event_records(store, **filters))
    wanted = {**filters, "countries": [c.upper() for c in filters.get("countries", [])]}
    if "event_type" in wanted:
        wanted["event_type"] = wanted["event_type"].upper()
    assert got == _expected(records, **wanted)
    assert got  # every filter above matches something in the three stories


def test_filters_that_match_nothing(store):
    assert list(store.event_mentions(countries=["USA"])) == []
    assert list(store.event_mentions(countries=["KEN", "RUS"])) == []  # all must take part
    assert list(store.event_mentions(event_type="ASSAULT")) == []
    assert list(store.event_mentions(since="2030-01-01")) == []
    assert list(store.event_mentions(countries=["KE"])) == []  # a code, not a prefix


@pytest.mark.parametrize(
    "filters",
    [
        {"countries": ["KEN' OR '1'='1"]},
        {"countries": ['KEN" OR "1"="1']},
        {"event_type": "CONSULT' OR '1'='1"},
        {"event_type": "CONSULT'; DROP TABLE event_mentions; --"},
        {"until": "2020-12-14'; DELETE FROM event_mentions; --"},
        {"countries": ["KEN); DROP TABLE articles; --"]},
    ],
    ids=["country-or", "country-dquote-or", "type-or", "type-drop", "until-delete", "paren"],
)
def test_quotes_and_sql_in_filter_values_are_only_values(store, records, filters):
    got = [m.id for m in store.event_mentions(**filters)]
    if "until" in filters:
        # compared as text: no more than the events up to that day, and nothing deleted
        assert all(m.date is not None and m.date <= date(2020, 12, 14) for m in
                   store.event_mentions(**filters))  # fmt: skip
    else:
        assert got == []
    assert len(list(store.event_mentions())) == len(records)  # nothing dropped or deleted
    assert store.count_articles() == 3


def test_like_wildcards_in_a_country_are_literal(store):
    assert list(store.event_mentions(countries=["%"])) == []


def test_records_link_the_deeds_done_at_a_meeting(records):
    by_id = {r["id"]: r for r in records}
    for r in records:
        for other in r["related"]:  # links go both ways, on a shared day
            assert r["id"] in by_id[other]["related"]
            assert by_id[other]["date"] == r["date"] or by_id[other]["date_precision"] != "day"
            assert "CONSULT" in (r["event_type"], by_id[other]["event_type"])
    [call] = [r for r in by_type(records, "CONSULT") if r["countries"] == ["ETH", "KEN"]]
    linked = sorted(by_id[other]["event_type"] for other in call["related"])
    assert linked == ["AGREE", "SUPPORT"]  # the border deal and the thanks, at the call
    [expel] = by_type(records, "SANCTION")
    assert expel["related"] == []  # no meeting that day


# ---- files with manifests: every format ------------------------------------------------------


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "tsv", "parquet", "gexf"])
def test_every_export_writes_a_manifest_beside_it(store, records, tmp_path, fmt):
    from dyad.export import export, manifest_path
    from dyad.models import EventFilter
    from dyad.pipeline import coder_version

    path = tmp_path / f"out.{fmt}"
    where = EventFilter(countries=("KEN",))
    manifest = export(store, path, fmt, where)
    assert path.is_file() and path.stat().st_size > 0
    written = json.loads(manifest_path(path).read_text(encoding="utf-8"))
    assert written == manifest
    kenyan = [r for r in records if "KEN" in r["countries"]]
    assert manifest["file"] == f"out.{fmt}" and manifest["format"] == fmt
    assert manifest["query"] == {"countries": ["KEN"]}
    assert manifest["created"].endswith("+00:00")
    assert manifest["dyad_version"] == __import__("dyad").__version__
    assert manifest["coder_version"] == coder_version()
    assert manifest["coder_versions"] == [coder_version()]
    assert manifest["kb_version"] == coder_version().rpartition("+kb")[2]
    assert {"states.toml", "triggers.toml", "crosswalk.toml"} <= set(manifest["knowledge_files"])
    assert manifest["events"] == len(kenyan)
    assert set(manifest["licences"]) >= {"evidence", "crosswalk"}
    if fmt == "gexf":
        assert manifest["rows"] == manifest["edges"] == 1  # KEN-ETH
        assert manifest["nodes"] == 2
    else:
        assert manifest["rows"] == len(kenyan)
    assert manifest["mentions"] == sum(len(r["mentions"]) for r in kenyan)
    assert manifest["articles"] == 1
    assert manifest["outlets"] == [{"outlet": "(unknown outlet)", "articles": 1}]


def test_parquet_round_trips_with_pyarrow(records, tmp_path):
    import pyarrow.parquet as pq

    from dyad.export import flat_row, write_parquet

    path = tmp_path / "events.parquet"
    assert write_parquet(records, path) == len(records)
    table = pq.read_table(path)
    assert table.column_names == [*CSV_COLUMNS, "record"]
    assert str(table.schema.field("date").type) == "date32[day]"
    assert str(table.schema.field("goldstein").type) == "double"
    rows = table.to_pylist()
    assert [json.loads(row["record"]) for row in rows] == records
    for row, r in zip(rows, records, strict=True):
        flat = flat_row(r)
        assert row["date"] == (date.fromisoformat(r["date"]) if r["date"] else None)
        for column in ("id", "event_type", "actor_country", "recipient_name", "evidence",
                       "num_sources", "negated", "corrected", "quad_class"):  # fmt: skip
            assert row[column] == flat[column], column


def test_tsv_reads_back_with_pandas_whatever_the_quotes(records, tmp_path):
    import pandas as pd

    from dyad.export import write_tsv

    tricky = json.loads(json.dumps(records[0]))
    tricky["id"] = "e_tricky"
    tricky["mentions"][0]["sentence"] = '"Quoted",\tthen a tab\nand a new line'
    path = tmp_path / "events.tsv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        assert write_tsv([*records, tricky], fh) == len(records) + 1
    frame = pd.read_csv(path, sep="\t", quoting=csv.QUOTE_NONE, dtype=str, keep_default_na=False)
    assert list(frame.columns) == CSV_COLUMNS
    assert frame["id"].tolist() == [r["id"] for r in records] + ["e_tricky"]
    assert frame.iloc[-1]["evidence"] == '"Quoted", then a tab and a new line'
    [accuse] = frame[
        (frame["event_type"] == "ACCUSE") & (frame["actor_country"] == "LTU")
    ].itertuples()
    assert '"state piracy",' in accuse.evidence


def test_cli_export_formats_and_manifests(sample_db, tmp_path):
    from typer.testing import CliRunner

    from dyad.cli import app

    runner = CliRunner()
    for name in ("e.jsonl", "e.csv", "e.tsv", "e.parquet", "e.gexf"):
        out = tmp_path / name
        result = runner.invoke(app, ["export", "--db", str(sample_db), "--out", str(out),
                                     "--country", "CHN", "--type", "CONSULT"])  # fmt: skip
        assert result.exit_code == 0, result.output
        manifest = json.loads((tmp_path / f"{name}.manifest.json").read_text())
        assert manifest["query"] == {"countries": ["CHN"], "types": ["CONSULT"]}
        assert str(manifest["rows"]) in result.output
    lines = (tmp_path / "e.jsonl").read_text(encoding="utf-8").splitlines()
    assert lines and all(json.loads(x)["event_type"] == "CONSULT" for x in lines)
    result = runner.invoke(app, ["export", "--db", str(sample_db), "--out", str(tmp_path / "x"),
                                 "--actor", "' OR 1=1 --"])  # fmt: skip
    assert result.exit_code == 2 and "format" in result.output  # no suffix, no --format
    result = runner.invoke(app, ["export", "--db", str(sample_db), "--out",
                                 str(tmp_path / "x.jsonl"), "--actor", "' OR 1=1 --"])  # fmt: skip
    assert result.exit_code == 0 and (tmp_path / "x.jsonl").read_text() == ""


def test_an_export_that_cannot_be_written_is_a_clear_error(sample_db, tmp_path):
    import subprocess
    import sys

    from dyad.errors import QueryError
    from dyad.export import export

    with open_store(sample_db, create=False) as store:
        with pytest.raises(QueryError, match="no folder"):
            export(store, tmp_path / "missing" / "e.csv")
        (tmp_path / "taken.jsonl").mkdir()
        with pytest.raises(QueryError, match="cannot write"):
            export(store, tmp_path / "taken.jsonl")
    result = subprocess.run(
        [sys.executable, "-m", "dyad", "export", "--db", str(sample_db),
         "--out", str(tmp_path / "missing" / "e.csv")],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "no folder" in result.stderr


def test_the_cli_counts_one_event_as_one(sample_db, tmp_path):
    from typer.testing import CliRunner

    from dyad.cli import app

    with open_store(sample_db, create=False) as store:
        one = next(r for r in event_records(store) if r["date"])
    day = one["date"]
    args = ["export", "--db", str(sample_db), "--out", str(tmp_path / "one.csv")]
    result = CliRunner().invoke(app, [*args, "--text", one["mentions"][0]["sentence"][:60],
                                      "--since", day, "--until", day])  # fmt: skip
    assert result.exit_code == 0, result.output
    rows = json.loads((tmp_path / "one.csv.manifest.json").read_text())["rows"]
    assert f"wrote {rows} event{'' if rows == 1 else 's'} " in result.output


def test_flat_columns_are_the_ones_gdelt_and_icews_users_look_for():
    for column in ("date", "actor_name", "actor_country", "actor_cow", "actor_sector",
                   "recipient_name", "recipient_country", "recipient_cow", "recipient_sector",
                   "event_type", "mode", "cameo", "goldstein", "quad_class", "num_sources",
                   "num_articles", "location", "source_url", "evidence"):  # fmt: skip
        assert column in CSV_COLUMNS

"""The Python API (dyad.open, dyad.run) over a real database of the coded sample corpus,
and the README's Python and REST examples, run as written."""

from __future__ import annotations

import re
import shlex
from itertools import pairwise
from pathlib import Path

import pandas as pd
import pytest

import dyad
from dyad.errors import QueryError, StoreError

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
SECTION = README[README.index("## Python API and REST API") :]
SECTION = SECTION[: SECTION.index("\n## ", 3)]


@pytest.fixture(scope="module")
def db(sample_db):
    with dyad.open(sample_db) as opened:
        yield opened


@pytest.fixture(scope="module")
def records(db) -> list[dict]:
    return list(db.records())


def test_public_names():
    assert dyad.__all__ == ["__version__", "open", "run"]
    assert re.fullmatch(r"\d+\.\d+\.\d+", dyad.__version__)


def test_open_refuses_a_missing_database(tmp_path):
    with pytest.raises(StoreError, match="dyad run"):
        dyad.open(tmp_path / "missing.db")
    assert not (tmp_path / "missing.db").exists()


def test_events_is_one_row_per_event_with_flat_columns(db, records):
    frame = db.events()
    assert isinstance(frame, pd.DataFrame)
    assert len(frame) == len(records) and frame["id"].is_unique
    for column in ("date", "event_type", "mode", "actor_name", "actor_country", "actor_cow",
                   "actor_sector", "recipient_name", "recipient_country", "cameo", "goldstein",
                   "quad_class", "num_sources", "num_articles", "location", "source_url",
                   "evidence", "num_mentions"):  # fmt: skip
        assert column in frame.columns, column
    assert pd.api.types.is_datetime64_any_dtype(frame["date"])
    row = frame.set_index("id").loc[records[0]["id"]]
    assert row["event_type"] == records[0]["event_type"]
    assert row["num_mentions"] == len(records[0]["mentions"])
    assert row["evidence"] == records[0]["mentions"][0]["sentence"]


def test_events_filters(db, records):
    def expect(keep) -> list[str]:
        return sorted(r["id"] for r in records if keep(r))

    cases = [
        ({"country": "KAZ"}, lambda r: "KAZ" in r["countries"]),
        ({"dyad": ("CHN", "RUS")}, lambda r: {"CHN", "RUS"} <= set(r["countries"])),
        ({"actor": "TOKAYEV"}, lambda r: any("tokayev" in a["name"].lower()
                                             for a in r["actors"] + r["recipients"])),
        ({"type": ["SANCTION", "ACCUSE"]}, lambda r: r["event_type"] in ("SANCTION", "ACCUSE")),
        ({"since": "2022-01-01", "until": "2022-12-31"},
         lambda r: r["date"] and "2022-01-01" <= r["date"] <= "2022-12-31"),
        ({"quad": 3}, lambda r: r["quad_class"] == 3),
        ({"text": "phone"}, lambda r: any("phone" in m["sentence"].lower()
                                          for m in r["mentions"])),
    ]  # fmt: skip
    for filters, keep in cases:
        got = sorted(db.events(**filters)["id"])
        assert got == expect(keep), filters
        assert got, filters
    assert db.events(country="ATA").empty
    assert len(db.events(limit=3)) == 3
    with pytest.raises(QueryError, match="limit"):
        db.events(limit=-1)  # not "no limit": that is None
    with pytest.raises(QueryError, match="ISO3"):
        db.events(country="China")
    with pytest.raises(QueryError, match="PLOVER"):
        db.events(type="HUG")


def test_event_has_its_mentions_and_comparison(db, records):
    multi = max(records, key=lambda r: (r["num_articles"], r["id"]))
    got = db.event(multi["id"])
    assert got["mentions"] == multi["mentions"]
    assert got["comparison"]["event_id"] == multi["id"]
    assert "related" in got and got["corrections"] == []
    assert db.event("e_0000000000000000") is None


def test_timeline_network_actors_article(db, records):
    months = db.timeline("chn", "RUS")
    assert months["events"].sum() == sum(
        1 for r in records if r["date"] and {"CHN", "RUS"} <= set(r["countries"])
    )
    nodes, edges = db.network(type="CONSULT")
    assert nodes.loc["CHN", "events"] == sum(
        1 for r in records if r["event_type"] == "CONSULT" and "CHN" in r["countries"]
    )
    assert set(edges.columns) == {"source", "target", "events", "goldstein_mean"}
    actors = db.actors("xi jin")
    assert actors.iloc[0]["name"] == "Xi Jinping"
    article = db.article(records[0]["mentions"][0]["article_id"])
    assert article["spans"] and article["text"]


def test_export_writes_the_file_and_its_manifest(db, tmp_path):
    manifest = db.export(tmp_path / "kaz.csv", country="KAZ")
    assert (tmp_path / "kaz.csv").is_file() and (tmp_path / "kaz.csv.manifest.json").is_file()
    assert manifest["rows"] == len(db.events(country="KAZ")) > 0
    with pytest.raises(QueryError, match="format"):
        db.export(tmp_path / "kaz.xlsx")


def test_run_from_python(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text(
        " date 2021-03-02 Russia expels Bulgarian diplomats\n\n"
        "Russia expelled two Bulgarian diplomats on Monday in response to a spying case.\n",
        encoding="utf-8",
    )
    report = dyad.run(story, db=tmp_path / "x.db")
    assert report.ok and (report.new, report.coded) == (1, 1)
    with dyad.open(tmp_path / "x.db") as db:
        [row] = db.events(type="SANCTION").itertuples()
        assert (row.actor_country, row.recipient_country) == ("RUS", "BGR")
    again = dyad.run([str(story)], db=tmp_path / "x.db")
    assert (again.new, again.coded) == (0, 0)


# ---- the README's examples, as written --------------------------------------------------------


@pytest.fixture
def demo(copy_db, monkeypatch) -> Path:
    """A folder holding demo.db, as `make demo` leaves it, as the working directory."""
    path = copy_db("demo.db")
    monkeypatch.chdir(path.parent)
    return path


def test_readme_python_examples_run(demo, capsys):
    blocks = re.findall(r"```python\n(.*?)```", SECTION, flags=re.S)
    assert len(blocks) >= 2
    namespace: dict = {}
    for block in blocks:
        exec(compile(block, "README.md", "exec"), namespace)
    printed = capsys.readouterr().out
    assert "e_28da1487332fc794" in printed  # the README's own event is in the sample corpus
    assert (demo.parent / "chn.parquet.manifest.json").is_file()
    assert "third-party 1" in printed


def test_readme_rest_examples_run(demo):
    from fastapi.testclient import TestClient

    from dyad.web.app import create_app

    [block] = re.findall(r"```sh\n(.*?)```", SECTION, flags=re.S)
    lines = block.strip().splitlines()
    serve = shlex.split(lines[0], comments=True)
    assert serve[:2] == [".venv/bin/dyad", "serve"]
    token = serve[serve.index("--token") + 1]
    client = TestClient(create_app(demo, token=token))
    curls = [shlex.split(line) for line in lines[1:]]
    assert len(curls) >= 5
    for args in curls:
        assert args[0] == "curl"
        url = next(a for a in args if a.startswith("http://127.0.0.1:8000/"))
        path = url.removeprefix("http://127.0.0.1:8000")
        headers = {}
        for flag, value in pairwise(args):
            if flag == "-H":
                name, _, given = value.partition(": ")
                headers[name] = given
        if "-X" in args:
            data = args[args.index("-d") + 1]
            response = client.post(path, content=data, headers=headers)
            assert response.status_code == 201, (path, response.text)
        else:
            response = client.get(path, headers=headers)
            assert response.status_code == 200, (path, response.text)

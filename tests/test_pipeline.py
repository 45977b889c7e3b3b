"""The pipeline: idempotent runs, rejections that never stop a batch, kill-and-resume."""

from __future__ import annotations

import itertools
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dyad import pipeline
from dyad.settings import Settings
from dyad.store import open_store

STORY = (
    " date 2022-0{month}-1{day} Ministers of {a} and {b} hold talks\n\n"
    "{A}, March {day} (Harbour Daily) -- The foreign ministers of {a} and {b} met on "
    "Tuesday to discuss trade, energy and regional security, officials said.\n\n"
    "The two sides agreed to meet again next year in {b}, story number {n}.\n"
)
COUNTRIES = ["Kenya", "Chile", "Norway", "Vietnam", "Ghana", "Peru", "Oman", "Nepal"]


def write_corpus(folder: Path, n: int) -> Path:
    """``n`` distinct small stories in nested folders, plus one JSONL file of three."""
    for i in range(n):
        a, b = COUNTRIES[i % 8], COUNTRIES[(i * 3 + 1) % 8]
        sub = folder / f"batch{i % 4}"
        sub.mkdir(parents=True, exist_ok=True)
        text = STORY.format(month=1 + i % 9, day=i % 9, a=a, b=b, A=a.upper(), n=i)
        (sub / f"story{i:05d}.txt").write_text(text)
    lines = [
        {"text": f"Officials from {a} visited {b} for talks on fisheries, item {i}.",
         "date": f"2023-05-0{i + 1}", "outlet": "Sahel Post", "title": f"Visit {i}"}
        for i, (a, b) in enumerate(itertools.pairwise(COUNTRIES[:4]))
    ]  # fmt: skip
    (folder / "wires.jsonl").write_text("\n".join(json.dumps(x) for x in lines) + "\n")
    return folder


def test_run_ingests_everything_then_nothing(tmp_path):
    corpus = write_corpus(tmp_path / "corpus", 12)
    settings = Settings()
    with open_store(tmp_path / "x.db") as store:
        first = pipeline.run([str(corpus)], store, settings)
        assert (first.new, first.unchanged, first.rejections) == (15, 0, [])
        second = pipeline.run([str(corpus)], store, settings)
        assert (second.new, second.unchanged, second.inputs) == (0, 15, 0)
        assert second.skipped_inputs == 13
        assert store.count_articles() == 15


def test_second_run_changes_nothing_in_the_database(tmp_path):
    corpus = write_corpus(tmp_path / "corpus", 5)
    db = tmp_path / "x.db"
    with open_store(db) as store:
        pipeline.run([str(corpus)], store, Settings())
    before = dump(db)
    with open_store(db) as store:
        pipeline.run([str(corpus)], store, Settings())
    assert dump(db) == before


def test_copy_at_another_path_records_the_path(tmp_path):
    corpus = write_corpus(tmp_path / "corpus", 2)
    copy = tmp_path / "copy.txt"
    original = next(corpus.rglob("*.txt"))
    copy.write_bytes(original.read_bytes().replace(b"\n\n", b"\n\n\n"))  # same words
    with open_store(tmp_path / "x.db") as store:
        pipeline.run([str(original)], store, Settings())
        report = pipeline.run([str(copy)], store, Settings())
        assert (report.new, report.unchanged, report.new_paths) == (0, 1, 1)
        (article,) = store.articles()
        assert article.paths == (str(original), str(copy))


def test_bad_inputs_are_named_and_the_batch_goes_on(tmp_path):
    corpus = write_corpus(tmp_path / "corpus", 3)
    (corpus / "empty.txt").write_text("")
    (corpus / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (corpus / "notes.docx").write_bytes(b"PK\x03\x04 not really")
    (corpus / "big.txt").write_text("word " * 400)
    (corpus / "broken.jsonl").write_text(
        '{"text": "Peru and Chile signed a water accord on Friday."}\n{"text": oops}\n'
    )
    seen = []
    with open_store(tmp_path / "x.db") as store:
        report = pipeline.run(
            [str(corpus), str(tmp_path / "missing.txt")],
            store,
            Settings(max_bytes=1500),
            on_rejection=seen.append,
        )
    assert report.new == 7  # 3 stories + 3 JSONL items + the good line of broken.jsonl
    reasons = {(Path(r.path).name, r.line): r.reason for r in report.rejections}
    assert "empty" in reasons[("empty.txt", None)]
    assert "binary" in reasons[("image.txt", None)]
    assert "unsupported format" in reasons[("notes.docx", None)]
    assert "over the" in reasons[("big.txt", None)]
    assert "invalid JSON" in reasons[("broken.jsonl", 2)]
    assert "no such file" in reasons[("missing.txt", None)]
    assert seen == report.rejections


def test_rejections_of_an_unchanged_file_are_reported_again(tmp_path):
    bad = tmp_path / "w.jsonl"
    bad.write_text('{"text": "Oman hosted talks between the two sides."}\n{broken\n')
    with open_store(tmp_path / "x.db") as store:
        first = pipeline.run([str(bad)], store, Settings())
        second = pipeline.run([str(bad)], store, Settings())
    assert [str(r) for r in first.rejections] == [str(r) for r in second.rejections]
    assert second.skipped_inputs == 1 and second.new == 0


def test_changed_field_mapping_rereads_the_file(tmp_path):
    path = tmp_path / "w.jsonl"
    path.write_text('{"body": "Nepal and India agreed to reopen a border crossing."}\n')
    with open_store(tmp_path / "x.db") as store:
        first = pipeline.run([str(path)], store, Settings())
        assert first.new == 0 and len(first.rejections) == 1
        second = pipeline.run([str(path)], store, Settings(fields={"text": "body"}))
        assert second.new == 1 and not second.rejections


def dump(db: Path) -> dict[str, list]:
    """Every row that matters, without ingest timestamps (which differ between runs)."""
    con = sqlite3.connect(db)
    try:
        return {
            "articles": con.execute(
                "SELECT id, text, title, published, date_source, outlet, url, dateline,"
                " language, status FROM articles ORDER BY id"
            ).fetchall(),
            "sources": con.execute(
                "SELECT article_id, path, locator FROM article_sources ORDER BY 1, 2, 3"
            ).fetchall(),
            "inputs": con.execute("SELECT * FROM inputs ORDER BY path").fetchall(),
        }
    finally:
        con.close()


@pytest.mark.slow
def test_killed_run_is_completed_by_a_rerun(tmp_path):
    write_corpus(tmp_path / "corpus", 1500)
    cmd = [sys.executable, "-m", "dyad", "ingest", "corpus", "--db"]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}

    subprocess.run([*cmd, "full.db"], cwd=tmp_path, check=True, capture_output=True, env=env)
    expected = dump(tmp_path / "full.db")
    assert len(expected["articles"]) == 1503

    killed_db = tmp_path / "killed.db"
    proc = subprocess.Popen([*cmd, "killed.db"], cwd=tmp_path, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    count, deadline = 0, time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        count = _count(killed_db)
        if count >= 50:
            proc.send_signal(signal.SIGKILL)
            break
        time.sleep(0.005)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL, "the run finished before it could be killed"
    partial = _count(killed_db)
    assert 0 < partial < 1503

    subprocess.run([*cmd, "killed.db"], cwd=tmp_path, check=True, capture_output=True, env=env)
    assert dump(killed_db) == expected


def _count(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return con.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        finally:
            con.close()
    except sqlite3.OperationalError:
        return 0  # not yet migrated


def test_a_syndicated_copy_is_one_more_article_but_not_one_more_source(tmp_path):
    from dyad.export import event_records

    story = (
        "ASTANA, March 3 -- Kazakh Foreign Minister Murat Nurtleu held talks with Norwegian "
        "Foreign Minister Anniken Huitfeldt in Astana on Tuesday, and the two sides agreed "
        "to open direct flights between the two capitals next year. The ministers also "
        "discussed energy cooperation and a joint fund for clean technology."
    )
    records = [
        {"text": story, "outlet": "Harbour Daily", "date": "2023-03-08"},
        {"text": story + " Share this story.", "outlet": "Sahel Post", "date": "2023-03-08"},
    ]
    path = tmp_path / "wires.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n")
    with open_store(tmp_path / "x.db") as store:
        report = pipeline.run([str(path)], store, Settings())
        assert report.new == 2  # "Share this story." is junk, but the texts still differ
        assert store.copies() != {}
        talks = [r for r in event_records(store, event_type="CONSULT")]
    assert len(talks) == 1
    assert (talks[0]["num_articles"], talks[0]["num_sources"]) == (2, 1)

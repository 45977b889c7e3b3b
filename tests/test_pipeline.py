"""The pipeline: idempotent runs, rejections that never stop a batch, kill-and-resume."""

from __future__ import annotations

import itertools
import json
import os
import random
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
    path.write_text('{"lede": "Nepal and India agreed to reopen a border crossing."}\n')
    with open_store(tmp_path / "x.db") as store:
        first = pipeline.run([str(path)], store, Settings())
        assert first.new == 0 and len(first.rejections) == 1
        second = pipeline.run([str(path)], store, Settings(fields={"text": "lede"}))
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


def _count(db: Path, where: str = "") -> int:
    """Articles in a database another process may be writing (0 before it is made)."""
    if not db.exists():
        return 0
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return con.execute(f"SELECT COUNT(*) FROM articles {where}").fetchone()[0]
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


# Incremental merging: mentions saved by hand (no model), merged batch after batch.

MERGE_STORIES = [  # (published, text): the texts only need to be distinct articles
    ("2021-03-11", "Ankara and Beijing held a phone call, officials in Ankara said."),
    ("2021-03-11", "The Chinese and Turkish foreign ministers spoke by telephone."),
    ("2021-05-20", "The two ministers spoke again by phone in May, a spokesman said."),
    ("2021-04-16", "Washington imposed sanctions on Moscow over the hacking campaign."),
    ("2021-04-17", "Moscow answered the sanctions with measures of its own against Washington."),
    ("2021-03-12", "A report on the call between China and Turkey, published a day later."),
]


def _merge_store(tmp_path: Path, name: str):
    folder = tmp_path / f"{name}-in"
    folder.mkdir()
    for n, (day, text) in enumerate(MERGE_STORIES):
        (folder / f"s{n}.txt").write_text(f" date {day} Story {n}\n\n{text}\n")
    store = open_store(tmp_path / f"{name}.db")
    pipeline.run([str(folder)], store, Settings(), code=False)
    by_text = {a.text.split()[0] + str(a.published): a.id for a in store.articles()}
    ids = [by_text[text.split()[0] + day] for day, text in MERGE_STORIES]
    return store, ids


def _pool(article_ids: list[str]):
    from datetime import date

    from tests.test_merge import RUS, USA, mention

    a = article_ids
    return {
        a[0]: [mention(1, a[0])],
        a[1]: [mention(2, a[1]), mention(7, a[1], day=None)],
        a[2]: [mention(3, a[2], day=date(2021, 5, 19))],
        a[3]: [mention(4, a[3], "SANCTION", (USA,), (RUS,), day=date(2021, 4, 15),
                       mode=None, medium=None)],
        a[4]: [mention(5, a[4], "SANCTION", (RUS,), (USA,), day=date(2021, 4, 16),
                       mode=None, medium=None)],
        a[5]: [mention(6, a[5], day=None)],
    }  # fmt: skip


def _code(store, article_id: str, mentions) -> None:
    from dyad.models import Resolution

    store.save_coding(article_id, "test", Resolution(article_id, (), ()), mentions)


def _partition(store) -> set[frozenset[str]]:
    members, _ = store.event_assignments()
    events: dict[str, set[str]] = {}
    for mention_id, event_id in members.items():
        events.setdefault(event_id, set()).add(mention_id)
    return {frozenset(v) for v in events.values()}


def test_merging_in_batches_gives_the_events_of_merging_at_once(tmp_path):
    whole, ids = _merge_store(tmp_path, "whole")
    pool = _pool(ids)
    for article_id, mentions in pool.items():
        _code(whole, article_id, mentions)
    pipeline.merge_events(whole)
    expected = _partition(whole)
    assert frozenset({"m_0000000000000001", "m_0000000000000002"}) <= max(expected, key=len)

    orders = [ids, list(reversed(ids)), ids[1::2] + ids[::2]]
    orders += [random.Random(seed).sample(ids, len(ids)) for seed in range(5)]
    for n, order in enumerate(orders):
        store, _ = _merge_store(tmp_path, f"order{n}")
        exported: dict[str, set[str]] = {}
        for article_id in order:
            _code(store, article_id, pool[article_id])
            pipeline.merge_events(store)
            members, _ = store.event_assignments()
            for mention_id, event_id in members.items():
                exported.setdefault(event_id, set()).add(mention_id)
            # every id handed out so far still resolves to an event holding its mentions
            now, _ = store.event_assignments()
            for event_id, had in exported.items():
                survivor = store.resolve_event_id(event_id)
                assert {m for m, e in now.items() if e == survivor} >= had
        assert _partition(store) == expected
        store.close()
    whole.close()


def test_a_merge_reads_only_the_blocks_that_changed(tmp_path, monkeypatch):
    store, ids = _merge_store(tmp_path, "blocks")
    pool = _pool(ids)
    for article_id in ids[:5]:
        _code(store, article_id, pool[article_id])
    assert pipeline.merge_events(store) == 4
    assert store.dirty_blocks() == set()
    assert pipeline.merge_events(store) is None  # nothing changed: nothing read

    _code(store, ids[5], pool[ids[5]])  # one more report of the China-Turkey call
    assert store.dirty_blocks() == {("CONSULT", ("CHN", "TUR"))}
    read: list = []
    original = store.block_mentions
    monkeypatch.setattr(store, "block_mentions", lambda b: read.extend(b) or original(b))
    assert pipeline.merge_events(store) == 4  # the report joined the existing event
    assert read == [("CONSULT", ("CHN", "TUR"))]
    store.close()


def test_coding_an_article_again_re_merges_its_old_and_new_blocks(tmp_path):
    from dataclasses import replace

    from dyad.models import Actor

    store, ids = _merge_store(tmp_path, "recode")
    pool = _pool(ids)
    for article_id, mentions in pool.items():
        _code(store, article_id, mentions)
    pipeline.merge_events(store)
    call = store.event_assignments()[0]["m_0000000000000001"]

    # a better coder finds that article 2 is about Kazakhstan, not Turkey
    kaz = Actor("state:KAZ", "Kazakhstan", "state", "KAZ")
    moved = [replace(m, recipients=(kaz,)) for m in pool[ids[1]]]
    _code(store, ids[1], moved)
    assert store.dirty_blocks() == {("CONSULT", ("CHN", "TUR")), ("CONSULT", ("CHN", "KAZ"))}
    pipeline.merge_events(store)
    members, _ = store.event_assignments()
    assert members["m_0000000000000001"] == call  # the exported id survives
    assert members["m_0000000000000002"] != call  # the moved mention left the event
    assert store.dirty_blocks() == set()
    store.close()


# --- coding in worker processes ---------------------------------------------------------

SAMPLES = Path(pipeline.__file__).parent / "samples" / "corpus"
SEEDS = Path(__file__).parents[1].parent / "shared" / "seeds"


def _export(db: Path) -> bytes:
    from dyad.export import export

    out = db.with_suffix(".jsonl")
    with open_store(db) as store:
        export(store, out, "jsonl")
    return out.read_bytes()


def _statuses(db: Path) -> list[tuple]:
    con = sqlite3.connect(db)
    try:
        return con.execute("SELECT id, status, coder_version FROM articles ORDER BY id").fetchall()
    finally:
        con.close()


def _run_into(db: Path, corpus: Path, workers: int) -> pipeline.RunReport:
    with open_store(db) as store:
        return pipeline.run([str(corpus)], store, Settings(), workers=workers)


@pytest.mark.slow
def test_two_workers_give_the_bytes_of_one(tmp_path):
    """The bundled sample corpus (66 articles: two batches, one per worker)."""
    one = _run_into(tmp_path / "one.db", SAMPLES, 1)
    two = _run_into(tmp_path / "two.db", SAMPLES, 2)
    assert (one.coded, one.events) == (two.coded, two.events) == (66, one.events)
    exported = _export(tmp_path / "one.db")
    assert exported.count(b"\n") == one.events > 100
    assert _export(tmp_path / "two.db") == exported
    assert _statuses(tmp_path / "two.db") == _statuses(tmp_path / "one.db")


@pytest.mark.slow
@pytest.mark.skipif(not SEEDS.is_dir(), reason=f"the seed articles are not at {SEEDS}")
def test_workers_on_one_article_batches_give_the_seeds_bytes(tmp_path, monkeypatch):
    """Batches of one article, so that five seeds make five batches over two workers,
    finishing in any order."""
    _run_into(tmp_path / "one.db", SEEDS, 1)
    monkeypatch.setattr(pipeline, "BATCH_SIZE", 1)
    _run_into(tmp_path / "two.db", SEEDS, 2)
    assert _export(tmp_path / "two.db") == _export(tmp_path / "one.db")


def test_worker_count_reads_zero_as_one_per_core():
    from dyad.errors import SettingsError

    assert pipeline.worker_count(3) == 3
    assert pipeline.worker_count(0) == len(os.sched_getaffinity(0))
    with pytest.raises(SettingsError, match="workers"):
        pipeline.worker_count(-2)
    with pytest.raises(SettingsError):  # before anything is read or stored
        pipeline.run(["nowhere"], None, Settings(), workers=-1)  # type: ignore[arg-type]


@pytest.mark.slow
def test_workers_report_bad_input_and_code_the_rest(tmp_path, monkeypatch):
    corpus = write_corpus(tmp_path / "corpus", 9)
    (corpus / "broken.jsonl").write_text(
        '{"text": "Oman and Qatar opened a joint shipping office on Monday."}\n{"text": oops}\n'
    )
    monkeypatch.setattr(pipeline, "BATCH_SIZE", 4)  # 13 articles: four batches
    report = _run_into(tmp_path / "two.db", corpus, 2)
    assert [(Path(r.path).name, r.line) for r in report.rejections] == [("broken.jsonl", 2)]
    assert report.new == report.coded == 13
    one = _run_into(tmp_path / "one.db", corpus, 1)
    assert one.coded == 13
    assert _export(tmp_path / "two.db") == _export(tmp_path / "one.db")
    assert _statuses(tmp_path / "two.db") == _statuses(tmp_path / "one.db")


def _children(parent: int) -> set[int]:
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            if int(stat.read_text().rsplit(")", 1)[1].split()[1]) == parent:
                found.add(int(stat.parent.name))
        except (OSError, ValueError):
            continue
    return found


def _workers(parent: int) -> set[int]:
    """The coding workers among a run's children (not multiprocessing's resource tracker)."""
    return {pid for pid in _children(parent)
            if b"spawn_main" in Path(f"/proc/{pid}/cmdline").read_bytes()}  # fmt: skip


def _coded(db: Path) -> int:
    return _count(db, "WHERE status = 'coded'")


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _gone(pids: set[int], within: float) -> bool:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        if not any(Path(f"/proc/{pid}").exists() for pid in pids):
            return True
        time.sleep(0.1)
    return False


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads processes from /proc")
@pytest.mark.parametrize("how", ["ctrl-c", "kill the parent", "kill a worker"])
def test_a_stopped_run_with_workers_leaves_no_workers_and_a_rerun_completes_it(tmp_path, how):
    """Ctrl-C, a kill of the run or of one worker in mid-coding: the workers exit, every
    saved article is whole, and running again gives the database of a run never stopped."""
    write_corpus(tmp_path / "corpus", 300)
    cmd = [sys.executable, "-m", "dyad", "run", "corpus", "--workers", "2", "--db"]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    # A group of its own: Ctrl-C in a terminal signals the whole group, workers included.
    # SIGINT back to its default: a shell's background job starts with it ignored, and a
    # Python started so never raises KeyboardInterrupt, so Ctrl-C would stop nothing.
    proc = subprocess.Popen([*cmd, "stopped.db"], cwd=tmp_path, env=env, start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            preexec_fn=_default_sigint)  # fmt: skip
    db, workers, deadline = tmp_path / "stopped.db", set(), time.monotonic() + 240
    while time.monotonic() < deadline and proc.poll() is None:
        workers |= _children(proc.pid)
        if _coded(db) >= 20:
            if how == "ctrl-c":
                os.killpg(proc.pid, signal.SIGINT)  # the whole group, as a terminal does
            elif how == "kill the parent":
                proc.send_signal(signal.SIGKILL)
            else:
                os.kill(max(_workers(proc.pid)), signal.SIGKILL)
            break
        time.sleep(0.05)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode != 0, "the run finished before it could be stopped"
    assert len(workers) >= 2, workers  # the workers (and multiprocessing's helper)
    assert _gone(workers, within=30), "worker processes outlived the run"
    partial = _coded(db)
    assert 20 <= partial < 303
    if how == "ctrl-c":  # one message from the parent, no worker's traceback
        assert b"Traceback" not in stderr, stderr.decode()
    if how == "kill a worker":
        assert proc.returncode == 2 and b"a coding worker process died" in stderr, stderr

    rerun = subprocess.run([*cmd, "stopped.db"], cwd=tmp_path, env=env, capture_output=True)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{303 - partial} coded".encode() in rerun.stdout
    whole = [*cmd[:-3], "--workers", "1", "--db", "whole.db"]
    subprocess.run(whole, cwd=tmp_path, env=env, check=True, capture_output=True)
    assert _export(db) == _export(tmp_path / "whole.db")
    assert _statuses(db) == _statuses(tmp_path / "whole.db")

"""The CLI as a user runs it: a real process, real files, a real SQLite database."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from dyad import __version__

ARTICLE = (
    " date 2021-03-04 Foreign ministers meet in Ankara\n\n"
    "ANKARA, March 3 (Harbour Daily) -- The foreign ministers of Norway and Kenya met on "
    "Wednesday and agreed to open a joint trade office.\n\n"
    "Share this article\n\n"
    "The two sides will meet again in Nairobi next spring, officials said.\n"
)
JSONL_KEYS = {"id", "paths", "title", "published", "date_source", "outlet", "dateline",
              "language", "status"}  # fmt: skip


def dyad(*args: str, cwd: Path, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "dyad", *args],
        cwd=cwd,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        env={k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")},
    )


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    (folder / "sub").mkdir(parents=True)
    (folder / "ankara.txt").write_text(ARTICLE)
    (folder / "sub" / "wires.jsonl").write_text(
        json.dumps({"body": "Chile and Peru signed a water-sharing accord in Lima on Friday.",
                    "headline": "Water accord", "date": "2022-11-18", "outlet": "Andes Observer",
                    "url": "https://example.org/water"}) + "\n"
    )  # fmt: skip
    return folder


def test_version(tmp_path):
    result = dyad("--version", cwd=tmp_path)
    assert result.returncode == 0
    assert result.stdout.strip() == f"dyad {__version__}"


@pytest.mark.parametrize("command", ["run", "ingest", "articles"])
def test_every_command_has_help_with_an_example(tmp_path, command):
    result = dyad(command, "--help", cwd=tmp_path)
    assert result.returncode == 0
    assert "Example" in result.stdout and "--db" in result.stdout


def test_run_then_articles_jsonl(tmp_path, corpus):
    result = dyad("run", "corpus", "--field", "text=body", "--field", "title=headline",
                  "--db", "x.db", cwd=tmp_path)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "2 new" in result.stdout and "0 rejected" in result.stdout

    listed = dyad("articles", "--db", "x.db", "--format", "jsonl", cwd=tmp_path)
    rows = [json.loads(line) for line in listed.stdout.splitlines()]
    assert len(rows) == 2
    assert all(JSONL_KEYS <= set(row) for row in rows)
    ankara = next(r for r in rows if r["title"] == "Foreign ministers meet in Ankara")
    assert ankara["paths"] == ["corpus/ankara.txt"]
    assert (ankara["published"], ankara["date_source"]) == ("2021-03-04", "header")
    assert (ankara["outlet"], ankara["dateline"]) == ("Harbour Daily", "Ankara")
    assert (ankara["language"], ankara["status"]) == ("en", "coded")
    water = next(r for r in rows if r["title"] == "Water accord")
    assert water["paths"] == ["corpus/sub/wires.jsonl"]
    assert water["sources"] == [{"path": "corpus/sub/wires.jsonl", "locator": "line 1"}]
    assert (water["published"], water["date_source"]) == ("2022-11-18", "metadata")


def test_second_run_does_nothing(tmp_path, corpus):
    assert (
        dyad("run", "corpus", "--db", "x.db", "--field", "text=body", cwd=tmp_path).returncode == 0
    )
    again = dyad("run", "corpus", "--db", "x.db", "--field", "text=body", cwd=tmp_path)
    assert again.returncode == 0
    assert "0 new, 2 unchanged" in again.stdout
    assert "2 unchanged files skipped" in again.stdout


def test_articles_table(tmp_path, corpus):
    dyad("run", "corpus/ankara.txt", cwd=tmp_path)  # default --db ./dyad.db
    assert (tmp_path / "dyad.db").exists()
    table = dyad("articles", cwd=tmp_path)
    assert table.returncode == 0
    assert "Foreign ministers meet in Ankara" in table.stdout and "Harbour Daily" in table.stdout


def test_rejections_exit_1_and_name_file_and_line(tmp_path, corpus):
    (corpus / "bad.jsonl").write_text('{"text": "Kenya hosted the summit."}\n{nope\n')
    (corpus / "empty.txt").write_text("  \n")
    result = dyad("ingest", "corpus", "--db", "x.db", cwd=tmp_path)
    assert result.returncode == 1
    assert "corpus/bad.jsonl:2: line 2: invalid JSON" in result.stderr
    assert "corpus/empty.txt: empty file" in result.stderr
    assert "corpus/sub/wires.jsonl:1" in result.stderr  # no 'text' key without --field
    assert "Traceback" not in result.stderr
    assert "2 new" in result.stdout  # the good article and the good JSONL line


def test_stdin(tmp_path):
    result = dyad("ingest", "-", "--db", "x.db", cwd=tmp_path, stdin=ARTICLE)
    assert result.returncode == 0, result.stderr
    rows = dyad("articles", "--db", "x.db", "--format", "jsonl", cwd=tmp_path).stdout
    assert json.loads(rows)["paths"] == ["-"]


def test_quoted_glob(tmp_path, corpus):
    result = dyad("ingest", "corpus/**/*.txt", "--db", "x.db", cwd=tmp_path)
    assert result.returncode == 0 and "1 new" in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["articles", "--db", "none.db"], "no database at none.db"),
        (["articles", "--format", "xml"], "use table or jsonl"),
        (["ingest", "corpus", "--field", "body"], "expected FIELD=KEY"),
        (["ingest", "corpus", "--field", "colour=c"], "unknown article field"),
        (["ingest", "corpus", "--db", "postgresql://h/db"], "PostgreSQL is not supported"),
        (["ingest"], "Missing argument"),
    ],
)
def test_usage_errors_exit_2_with_a_message(tmp_path, corpus, args, message):
    result = dyad(*args, cwd=tmp_path)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_settings_file_is_used(tmp_path, corpus):
    (tmp_path / "dyad.toml").write_text('db = "from-config.db"\n[fields]\ntext = "body"\n')
    result = dyad("ingest", "corpus", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "from-config.db").exists()


# ---- dyad actors and dyad eval ----------------------------------------------------------------

CALL = (
    " date 2021-06-02 Ministers talk by phone\n\n"
    "Turkish Foreign Minister Mevlut Cavusoglu spoke by phone with Chinese Foreign Minister "
    "Wang Yi on Monday.\n\n"
    '"Ties are improving," said Zhou Minghai, an analyst at the Eastern Institute of '
    "International Studies.\n"
)


def _gold_line(
    name: str, raw: list[str], country: str | None, title: str | None, role: str = "party"
) -> str:
    line = {"source": "call.txt", "name": name, "raw": raw, "kind": "person",
            "country": country, "sector": "GOV", "title": title, "role": role}  # fmt: skip
    return json.dumps(line)


def test_actors_of_a_file_prints_a_table(tmp_path):
    (tmp_path / "call.txt").write_text(CALL)
    result = dyad("actors", "call.txt", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "3 actors" in result.stdout
    rows = {line.split("│")[1].strip(): line for line in result.stdout.splitlines()
            if line.count("│") > 5}  # fmt: skip
    assert set(rows) >= {"Mevlut Cavusoglu", "Wang Yi", "Zhou Minghai"}
    assert "TUR" in rows["Mevlut Cavusoglu"] and "640" in rows["Mevlut Cavusoglu"]
    assert "foreign minister" in rows["Wang Yi"] and "CHN" in rows["Wang Yi"]
    assert "commentator" in rows["Zhou Minghai"]
    assert "Traceback" not in result.stderr


def test_actors_of_a_stored_article(tmp_path):
    (tmp_path / "call.txt").write_text(CALL)
    assert dyad("run", "call.txt", "--db", "x.db", cwd=tmp_path).returncode == 0
    listed = dyad("articles", "--db", "x.db", "--format", "jsonl", cwd=tmp_path)
    article_id = json.loads(listed.stdout)["id"]
    result = dyad("actors", article_id, "--db", "x.db", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "3 actors" in result.stdout and "Mevlut Cavusoglu" in result.stdout


def test_actors_of_an_unknown_id_exits_2(tmp_path):
    no_db = dyad("actors", "a_unknown", cwd=tmp_path)
    assert no_db.returncode == 2
    assert "no database" in no_db.stderr and "Traceback" not in no_db.stderr
    (tmp_path / "call.txt").write_text(CALL)
    assert dyad("ingest", "call.txt", "--db", "x.db", cwd=tmp_path).returncode == 0
    unknown = dyad("actors", "a_unknown", "--db", "x.db", cwd=tmp_path)
    assert unknown.returncode == 2
    assert "a_unknown" in unknown.stderr and "Traceback" not in unknown.stderr


def test_eval_prints_precision_and_recall(tmp_path):
    (tmp_path / "evalset" / "corpus").mkdir(parents=True)
    (tmp_path / "evalset" / "gold").mkdir()
    (tmp_path / "evalset" / "corpus" / "call.txt").write_text(CALL)
    lines = [
        _gold_line("Mevlut Cavusoglu", ["Mevlut Cavusoglu"], "TUR", "foreign minister"),
        _gold_line("Wang Yi", ["Wang Yi"], "CHN", "foreign minister"),
        _gold_line("Zhou Minghai", ["Zhou Minghai"], None, None, "commentator"),
        _gold_line("Dana Kulova", ["Dana Kulova"], "KAZ", None),  # not in the text: a miss
    ]
    (tmp_path / "evalset" / "gold" / "actors.jsonl").write_text("\n".join(lines) + "\n")
    result = dyad("eval", "evalset/gold/actors.jsonl", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "precision" in out and "recall" in out
    name_row = next(line for line in out.splitlines() if "│ name " in line)
    assert [cell.strip() for cell in name_row.split("│")[2:5]] == ["1.000", "0.750", "0.857"]
    assert "role accuracy:  3/3" in out
    assert "Dana Kulova" in out  # listed as missed

    elsewhere = dyad("eval", "evalset/gold/actors.jsonl", "--corpus", "evalset/corpus",
                     cwd=tmp_path)  # fmt: skip
    assert elsewhere.returncode == 0 and elsewhere.stdout == out


def test_eval_with_a_bad_gold_line_exits_2_naming_it(tmp_path):
    (tmp_path / "gold.jsonl").write_text(
        _gold_line("Wang Yi", ["Wang Yi"], "CHN", None) + "\n{oops\n"
    )
    result = dyad("eval", "gold.jsonl", cwd=tmp_path)
    assert result.returncode == 2
    assert "gold.jsonl:2: invalid JSON" in result.stderr
    assert "Traceback" not in result.stderr

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
        json.dumps({"lede": "Chile and Peru signed a water-sharing accord in Lima on Friday.",
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
    result = dyad("run", "corpus", "--field", "text=lede", "--field", "title=headline",
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
        dyad("run", "corpus", "--db", "x.db", "--field", "text=lede", cwd=tmp_path).returncode == 0
    )
    again = dyad("run", "corpus", "--db", "x.db", "--field", "text=lede", cwd=tmp_path)
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
    (tmp_path / "dyad.toml").write_text('db = "from-config.db"\n[fields]\ntext = "lede"\n')
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


# ---- events, export and event eval --------------------------------------------------------------

EVENT_STORIES = {
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
        "passenger jet bound for Vilnius was forced to land in Minsk.\n"
    ),
}
EVENT_KEYS = {
    "id", "event_type", "mode", "medium", "contexts", "date", "date_precision", "actors",
    "recipients", "countries", "location", "modality", "negated", "cameo", "goldstein",
    "quad_class", "num_articles", "num_sources", "mentions",
}  # fmt: skip


@pytest.fixture(scope="module")
def coded_dir(tmp_path_factory) -> Path:
    """A folder with corpus/ and x.db, made by one real `dyad run` (shared: it loads spaCy)."""
    folder = tmp_path_factory.mktemp("events_cli")
    (folder / "corpus").mkdir()
    for name, text in EVENT_STORIES.items():
        (folder / "corpus" / name).write_text(text, encoding="utf-8")
    result = dyad("run", "corpus", "--db", "x.db", cwd=folder)
    assert result.returncode == 0, result.stderr
    assert "3 new" in result.stdout and "3 coded" in result.stdout
    return folder


def _events_jsonl(folder: Path, *filters: str) -> list[dict]:
    result = dyad("events", "--db", "x.db", "--format", "jsonl", *filters, cwd=folder)
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_run_then_events_jsonl(coded_dir):
    rows = _events_jsonl(coded_dir)
    assert rows
    assert all(EVENT_KEYS <= set(row) for row in rows)
    [call] = [r for r in rows if r["event_type"] == "CONSULT"]
    assert (call["mode"], call["medium"]) == ("phone", "phone")
    assert (call["countries"], call["date"]) == (["ETH", "KEN"], "2020-12-14")
    assert call["mentions"][0]["path"] == "corpus/kenya_ethiopia.txt"  # as given to run
    [expel] = [r for r in rows if r["event_type"] == "SANCTION"]
    assert (expel["countries"], expel["date"]) == (["BGR", "RUS"], "2021-03-01")
    assert len({r["id"] for r in rows}) == len(rows)


def test_events_table(coded_dir):
    result = dyad("events", "--db", "x.db", cwd=coded_dir)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    total = len(_events_jsonl(coded_dir))
    assert f"{total} events" in out
    for expected in ("CONSULT", "SANCTION", "ACCUSE", "phone", "Russia (RUS)", "Bulgaria (BGR)",
                     "2021-03-01", "corpus/russia_bulgaria.txt"):  # fmt: skip
        assert expected in out, expected


def test_events_limit_marks_that_there_are_more(coded_dir):
    result = dyad("events", "--db", "x.db", "--limit", "1", cwd=coded_dir)
    assert result.returncode == 0, result.stderr
    assert "1+ events" in result.stdout


@pytest.mark.parametrize(
    "filters",
    [
        ("--country", "ken"),
        ("--country", "KEN", "--country", "ETH"),
        ("--type", "SANCTION"),
        ("--since", "2021-01-01"),
        ("--until", "2021-03-01"),
        ("--country", "BLR", "--type", "ACCUSE", "--since", "2021-05-25", "--until", "2021-05-25"),
    ],
    ids=["country", "two-countries", "type", "since", "until", "all"],
)
def test_events_filters(coded_dir, filters):
    everything = _events_jsonl(coded_dir)
    got = _events_jsonl(coded_dir, *filters)
    opts: dict[str, list[str]] = {}
    for flag, value in zip(filters[::2], filters[1::2], strict=True):
        opts.setdefault(flag, []).append(value)

    def keep(r: dict) -> bool:
        return (
            all(c.upper() in r["countries"] for c in opts.get("--country", []))
            and all(r["event_type"] == t for t in opts.get("--type", []))
            and all(r["date"] and r["date"] >= s for s in opts.get("--since", []))
            and all(r["date"] and r["date"] <= u for u in opts.get("--until", []))
        )

    assert got == [r for r in everything if keep(r)]
    assert got and len(got) < len(everything)


def test_events_min_confidence_keeps_the_likelier_events(coded_dir):
    everything = _events_jsonl(coded_dir)
    cut = max(r["confidence"] for r in everything)  # the surest event(s) only
    got = _events_jsonl(coded_dir, "--min-confidence", str(cut))
    assert got == [r for r in everything if r["confidence"] >= cut]
    assert 0 < len(got) < len(everything)
    result = dyad("events", "--db", "x.db", "--min-confidence", "2", cwd=coded_dir)
    assert result.returncode == 2 and "--min-confidence" in result.stderr


@pytest.mark.parametrize("flag", ["--since", "--until"])
def test_events_bad_date_is_a_usage_error(coded_dir, flag):
    result = dyad("events", "--db", "x.db", flag, "2021-13-01", cwd=coded_dir)
    assert result.returncode == 2
    assert flag in result.stderr and "YYYY-MM-DD" in result.stderr
    assert "Traceback" not in result.stderr


def test_events_take_a_month_or_a_year_as_the_api_does(coded_dir):
    everything = _events_jsonl(coded_dir)
    assert _events_jsonl(coded_dir, "--since", "2021", "--until", "2021-03") == [
        r for r in everything if r["date"] and "2021-01-01" <= r["date"] <= "2021-03-31"
    ]
    result = dyad("events", "--db", "x.db", "--limit", "-1", cwd=coded_dir)
    assert result.returncode == 2 and "Traceback" not in result.stderr


def test_serve_on_a_port_in_use_is_a_usage_error(coded_dir):
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = str(taken.getsockname()[1])
        result = dyad("serve", "--db", "x.db", "--port", port, cwd=coded_dir)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "--port" in result.stderr and port in result.stderr
    result = dyad("serve", "--db", "x.db", "--port", "99999", cwd=coded_dir)
    assert result.returncode == 2 and "Traceback" not in result.stderr


def test_events_without_a_database_exits_2(tmp_path):
    result = dyad("events", "--db", "missing.db", cwd=tmp_path)
    assert result.returncode == 2
    assert "dyad run" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "missing.db").exists()


def test_export_csv(coded_dir):
    import csv

    result = dyad("export", "--db", "x.db", "--format", "csv", "--out", "f.csv", cwd=coded_dir)
    assert result.returncode == 0, result.stderr
    everything = _events_jsonl(coded_dir)
    assert f"wrote {len(everything)} events to f.csv" in result.stdout
    with (coded_dir / "f.csv").open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        header = reader.fieldnames
        rows = list(reader)
    for column in ("id", "date", "event_type", "mode", "cameo", "goldstein", "quad_class",
                   "actor_country", "recipient_country", "countries", "evidence",
                   "source_path"):  # fmt: skip
        assert column in header, column
    assert [row["id"] for row in rows] == [r["id"] for r in everything]  # one row per event
    [accuse] = [r for r in rows if r["event_type"] == "ACCUSE" and r["actor_country"] == "LTU"]
    assert '"state piracy",' in accuse["evidence"]
    assert accuse["source_path"] == "corpus/lithuania_belarus.txt"


def test_export_jsonl_with_filters_matches_events(coded_dir):
    args = ("--country", "RUS", "--format", "jsonl", "--out", "rus.jsonl")
    result = dyad("export", "--db", "x.db", *args, cwd=coded_dir)
    assert result.returncode == 0, result.stderr
    lines = (coded_dir / "rus.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == _events_jsonl(coded_dir, "--country", "RUS")
    assert len(lines) >= 1


def test_export_unknown_format_is_a_usage_error(coded_dir):
    result = dyad("export", "--db", "x.db", "--format", "xlsx", "--out", "f.xlsx", cwd=coded_dir)
    assert result.returncode == 2
    assert "--format" in result.stderr and "Traceback" not in result.stderr
    assert not (coded_dir / "f.xlsx").exists()


def _event_gold(source: str, event_type: str, actors: list, recipients: list, **more) -> str:
    return json.dumps({"source": source, "event_type": event_type, "actor_states": actors,
                       "recipient_states": recipients, **more})  # fmt: skip


def test_eval_events_gold(tmp_path):
    corpus = tmp_path / "evset" / "corpus"
    corpus.mkdir(parents=True)
    (corpus / "russia_bulgaria.txt").write_text(EVENT_STORIES["russia_bulgaria.txt"])
    (tmp_path / "evset" / "gold").mkdir()
    lines = [
        _event_gold("russia_bulgaria.txt", "SANCTION", ["RUS"], ["BGR"], mode="expel",
                    date="2021-03-01", evidence="Russia expelled two Bulgarian diplomats",
                    main=True),
        # the verdict on the expulsion is Bulgaria's accusation (reactions.py)
        _event_gold("russia_bulgaria.txt", "ACCUSE", ["BGR"], ["RUS"], date="2021-03-01",
                    evidence="The Bulgarian foreign ministry called the decision regrettable"),
        # a line the story does not support: dyad must count it as missed
        _event_gold("russia_bulgaria.txt", "AID", ["RUS"], ["BGR"], date="2021-03-01",
                    evidence="(not in the text)", main=True),
    ]  # fmt: skip
    (tmp_path / "evset" / "gold" / "events.jsonl").write_text("\n".join(lines) + "\n")
    result = dyad("eval", "evset/gold/events.jsonl", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "events: 1 articles, 3 gold events" in out
    for label in ("type + states + date + mode", "type + states"):
        row = next(line for line in out.splitlines() if f"│ {label} " in line)
        assert [cell.strip() for cell in row.split("│")[2:5]] == ["1.000", "0.667", "0.800"]
    assert "date right 2, mode right 2" in out
    assert "main events (strict): recall 0.500 (1 of 2)" in out
    assert "missed (1)" in out and "AID BGR-RUS" in out


def test_a_one_sentence_english_item_is_coded(tmp_path):
    (tmp_path / "wire.jsonl").write_text(
        json.dumps({"text": "Kenya and Ethiopia held talks in Nairobi on Monday.",
                    "date": "2020-12-15"}) + "\n"
    )  # fmt: skip
    result = dyad("run", "wire.jsonl", "--db", "x.db", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    [row] = [json.loads(x) for x in dyad("articles", "--db", "x.db", "--format", "jsonl",
                                         cwd=tmp_path).stdout.splitlines()]  # fmt: skip
    assert (row["language"], row["status"]) == ("en", "coded")


def test_run_workers_option(tmp_path, corpus):
    (corpus / "bad.jsonl").write_text('{"text": "Kenya hosted the summit."}\n{nope\n')
    args = ("run", "corpus", "--field", "text=lede")
    one = dyad(*args, "--db", "one.db", cwd=tmp_path)
    two = dyad(*args, "--db", "two.db", "--workers", "2", cwd=tmp_path)
    assert two.returncode == one.returncode == 1  # the bad line, reported, the rest coded
    assert "corpus/bad.jsonl:2: line 2: invalid JSON" in two.stderr
    assert two.stdout.replace("two.db", "one.db") == one.stdout
    assert "2 coded" in two.stdout

    auto = dyad(*args, "--db", "auto.db", "--workers", "0", cwd=tmp_path)
    assert auto.returncode == 1 and "2 coded" in auto.stdout
    negative = dyad(*args, "--db", "x.db", "--workers", "-1", cwd=tmp_path)
    assert negative.returncode == 2 and "--workers" in negative.stderr
    assert "--workers" in dyad("run", "--help", cwd=tmp_path).stdout

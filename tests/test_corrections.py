"""Analysts' corrections: logged, applied at once, and still applied after later runs (new
articles, and a new coder that recodes everything), in queries and in exports."""

from __future__ import annotations

import csv
import json
from dataclasses import replace

import pytest

import dyad
from dyad import pipeline
from dyad.corrections import regroup, split_id
from dyad.errors import CorrectionError
from dyad.models import Correction

NEW_STORY = (
    " date 2023-06-07 Chile and Peru hold talks\n\n"
    "Chilean Foreign Minister Alberto van Klaveren held a telephone conversation with his "
    "Peruvian counterpart on Tuesday, the two ministries said. The two sides agreed to meet "
    "again in Lima next month.\n"
)


def entry(n: int, action: str, event_id: str, mention_ids=(), other=None) -> Correction:
    return Correction(n, event_id, action, {}, tuple(mention_ids), other, "who", "why", "t")


# ---- the membership, as a pure function -----------------------------------------------------


def test_regroup_split_moves_the_mentions_to_a_stable_new_event():
    members = {"m1": "e_a", "m2": "e_a", "m3": "e_a"}
    new, aliases = regroup(members, [entry(1, "split", "e_a", ["m3"])], lambda e: e)
    assert new == {"m1": "e_a", "m2": "e_a", "m3": split_id(["m3"])}
    assert aliases == {}
    again, _ = regroup(members, [entry(1, "split", "e_a", ["m3"])], lambda e: e)
    assert again == new  # the same split gives the same id on every run


def test_regroup_merge_joins_the_events_and_aliases_the_emptied_one():
    members = {"m1": "e_a", "m2": "e_b", "m3": "e_c"}
    merge = entry(1, "merge", "e_a", ["m1", "m2"], other="e_b")
    new, aliases = regroup(members, [merge], lambda e: e)
    assert new == {"m1": "e_a", "m2": "e_a", "m3": "e_c"}
    assert aliases == {"e_b": "e_a"}


def test_regroup_merge_holds_when_the_coder_swapped_the_ids():
    """A later run may hand the merged event's id to the other half: the logged mentions
    still end up together, under the id the correction named."""
    members = {"m1": "e_ax", "m2": "e_a", "m3": "e_c"}
    merge = entry(1, "merge", "e_a", ["m1", "m2"], other="e_b")
    new, aliases = regroup(members, [merge], lambda e: "e_a" if e == "e_b" else e)
    assert new == {"m1": "e_a", "m2": "e_a", "m3": "e_c"}
    assert aliases == {"e_ax": "e_a"}


def test_regroup_ignores_mentions_that_no_longer_exist():
    members = {"m1": "e_a", "m2": "e_a"}
    new, aliases = regroup(members, [entry(1, "split", "e_a", ["m9"])], lambda e: e)
    assert (new, aliases) == (members, {})


# ---- through a real database ----------------------------------------------------------------


@pytest.fixture
def db(copy_db):
    with dyad.open(copy_db("corrected.db")) as opened:
        yield opened


def pick(db, **filters) -> dict:
    records = list(db.records(**filters))
    assert records, filters
    return records[0]


def test_invalid_corrections_raise(db):
    event = pick(db)
    with pytest.raises(CorrectionError, match="no event"):
        db.correct("e_unknown", changes={"event_type": "AID"}, who="a", why="b")
    with pytest.raises(CorrectionError, match="PLOVER"):
        db.correct(event["id"], changes={"event_type": "HUG"}, who="a", why="b")
    with pytest.raises(CorrectionError, match="who"):
        db.correct(event["id"], changes={"event_type": "AID"}, who=" ", why="b")
    with pytest.raises(CorrectionError, match="at least one mention"):
        db.correct(event["id"], "split", mention_ids=[m["mention_id"] for m in event["mentions"]],
                   who="a", why="b")  # fmt: skip
    with pytest.raises(CorrectionError, match="already one event"):
        db.correct(event["id"], "merge", other_event_id=event["id"], who="a", why="b")
    for typo in ("2202-03-01", "9999-12-31", "0202"):  # would stretch every timeline
        with pytest.raises(CorrectionError, match="typo"):
            db.correct(event["id"], changes={"date": typo}, who="a", why="b")
    assert db.corrections() == []


def test_a_mode_or_medium_must_be_plovers(db):
    call = pick(db, type="CONSULT", mode="phone")
    for changes, message in (
        ({"mode": "banana"}, "not a mode of CONSULT"),
        ({"event_type": "COOPERATE", "mode": "phone"}, "not a mode of COOPERATE"),
        ({"medium": "pigeon"}, "medium"),
    ):
        with pytest.raises(CorrectionError, match=message):
            db.correct(call["id"], changes=changes, who="a", why="b")
    assert db.corrections() == []
    # A new type drops a mode it does not have, as the dashboard's form does.
    db.correct(call["id"], changes={"event_type": "COOPERATE"}, who="a", why="b")
    got = db.event(call["id"])
    assert (got["event_type"], got["mode"], got["coded"]["mode"]) == ("COOPERATE", None, "phone")
    assert got["cameo"] == "060"
    db.correct(call["id"], changes={"event_type": "CONSULT", "mode": "visit"}, who="a", why="b")
    assert db.event(call["id"])["mode"] == "visit"


def test_relabel_sets_fields_and_their_codes(db):
    event = pick(db, type="CONSULT", mode="phone")
    db.correct(event["id"], changes={"event_type": "THREATEN", "date": "2019-05",
                                     "recipients": ["Ukraine", "POL"]},
               who="ana", why="a threat made on the call")  # fmt: skip
    got = db.event(event["id"])
    assert (got["event_type"], got["cameo"], got["quad_class"]) == ("THREATEN", "130", 3)
    assert got["goldstein"] < 0
    assert (got["date"], got["date_precision"], got["date_basis"]) == ("2019-05-01", "month",
                                                                       "correction")  # fmt: skip
    assert [(r["name"], r["country"], r["cow"]) for r in got["recipients"]] == [
        ("Ukraine", "UKR", 369), ("Poland", "POL", 290)]  # fmt: skip
    assert {"UKR", "POL"} <= set(got["countries"])
    assert got["coded"]["event_type"] == "CONSULT" and got["coded"]["date"] == event["date"]
    assert got["corrected"] and got["corrections"][0]["who"] == "ana"
    assert event["id"] in set(db.events(country="POL", type="THREATEN")["id"])
    [this] = [s for s in got["comparison"]["statements"] if s["event_id"] == event["id"]]
    assert this["event_type"] == "THREATEN"  # the readout comparison shows the relabel too


def test_corrections_survive_new_articles_and_a_full_recode(db, tmp_path, monkeypatch):
    multi = next(r for r in db.records() if len(r["mentions"]) >= 3)
    relabelled = pick(db, type="CONSULT", mode="phone")
    a, b = [r for r in db.records(type="SANCTION") if len(r["mentions"]) == 1][:2]
    leaving = multi["mentions"][-1]["mention_id"]
    db.correct(relabelled["id"], changes={"event_type": "COOPERATE", "mode": None},
               who="ana", why="a joint statement, not a call")  # fmt: skip
    db.correct(multi["id"], "split", mention_ids=[leaving], who="ben", why="another day")
    db.correct(a["id"], "merge", other_event_id=b["id"], who="cho", why="one expulsion")
    before = {r["id"]: r for r in db.records()}

    def check(label: str) -> None:
        got = db.event(relabelled["id"])
        fields = (got["event_type"], got["mode"], got["corrected"])
        assert fields == ("COOPERATE", None, True), label
        split = db.event(split_id([leaving]))
        assert split is not None, label
        assert [m["mention_id"] for m in split["mentions"]] == [leaving], label
        rest = db.event(multi["id"])
        assert leaving not in [m["mention_id"] for m in rest["mentions"]], label
        merged = db.event(b["id"])
        assert merged["id"] == a["id"] and len(merged["mentions"]) == 2, label
        listed = {r["id"] for r in db.records()}
        assert b["id"] not in listed and split_id([leaving]) in listed, label

    check("at once")
    story = tmp_path / "new" / "chile_peru.txt"
    story.parent.mkdir()
    story.write_text(NEW_STORY, encoding="utf-8")
    report = dyad.run([story], db.path)
    assert report.ok and (report.new, report.coded) == (1, 1), report
    check("after a run with a new article")
    after = {r["id"]: r for r in db.records()}
    assert set(before) < set(after)  # the new story's events, and every earlier id
    assert any("PER" in r["countries"] for r in after.values())

    monkeypatch.setattr(pipeline, "coder_version", lambda: "test-recoder")
    report = dyad.run([story], db.path)
    assert report.coded == 67, report  # every article (66 samples + the story) recoded
    check("after a full recode")
    assert [c["action"] for c in db.corrections()] == ["relabel", "split", "merge"]


def test_corrections_are_exported(db, tmp_path):
    event = pick(db, type="CONSULT")
    entry = db.correct(event["id"], changes={"event_type": "AGREE"}, who="ana", why="agreed")
    manifest = db.export(tmp_path / "events.jsonl")
    assert manifest["corrected_events"] == 1 and manifest["corrections_logged"] == 1
    lines = (tmp_path / "events.jsonl").read_text(encoding="utf-8").splitlines()
    [line] = [json.loads(x) for x in lines if json.loads(x)["id"] == event["id"]]
    assert line["event_type"] == "AGREE" and line["corrections"] == [entry]
    db.export(tmp_path / "events.csv")
    with (tmp_path / "events.csv").open(encoding="utf-8", newline="") as fh:
        rows = {r["id"]: r for r in csv.DictReader(fh)}
    assert rows[event["id"]]["corrected"] == "True"
    assert rows[event["id"]]["event_type"] == "AGREE"
    assert {r["corrected"] for i, r in rows.items() if i != event["id"]} == {"False"}


def test_a_correction_entry_round_trips_through_the_store(db):
    event = pick(db)
    saved = db.correct(event["id"], changes={"actors": ["Xi Jinping", "Nobody Known"]},
                       who="ana O'Neill", why='"quoted"; DROP TABLE corrections; --')  # fmt: skip
    [logged] = db.corrections()
    assert logged == saved and logged["why"].startswith('"quoted"')
    got = db.event(event["id"])
    xi, unknown = got["actors"]
    assert (xi["name"], xi["country"], xi["kind"]) == ("Xi Jinping", "CHN", "person")
    assert (unknown["name"], unknown["country"]) == ("Nobody Known", None)
    stored = db.store.corrections()[0]
    assert replace(stored, id=0) != stored and stored.action == "relabel"

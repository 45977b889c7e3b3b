"""Dyad timelines and the network, over a real SQLite store of hand-made events."""

from __future__ import annotations

import io
import xml.dom.minidom
from dataclasses import replace
from datetime import date

import pytest

from dyad.analysis import dyad_timeline, network, sparkline, write_gexf
from dyad.ingest import article_id
from dyad.models import Actor, Article, EventMention, Evidence, Resolution, SourceRef, Span
from dyad.pipeline import merge_events
from dyad.store import open_store

CHN = Actor("state:CHN", "China", "state", "CHN")
RUS = Actor("state:RUS", "Russia", "state", "RUS")
USA = Actor("state:USA", "United States", "state", "USA")


def event(n, art, kind, actors, recipients, day, goldstein, quad):
    return EventMention(
        id=f"m_{n:016d}", event_type=kind, actors=actors, recipients=recipients,
        evidence=Evidence(art, 0, 0, 5, "text"), trigger=Span(0, 1), date=day,
        date_precision="day", date_basis="sentence", goldstein=goldstein, quad_class=quad,
    )  # fmt: skip


@pytest.fixture
def store(tmp_path):
    events = [
        ("One.", [event(1, "", "CONSULT", (CHN,), (RUS,), date(2021, 1, 5), 1.0, 1)]),
        ("Two.", [event(2, "", "SUPPORT", (RUS,), (CHN,), date(2021, 3, 9), 3.4, 1)]),
        ("Three.", [event(3, "", "SANCTION", (USA,), (RUS,), date(2021, 3, 15), -8.0, 4)]),
    ]
    with open_store(tmp_path / "x.db") as opened:
        for text, mentions in events:
            art = Article(id=article_id(text), text=text)
            opened.add_article(art, SourceRef(f"{text}.txt"))
            mentions = [replace(m, evidence=Evidence(art.id, 0, 0, 5, text)) for m in mentions]
            opened.save_coding(art.id, "v", Resolution(art.id, (), ()), mentions)
        merge_events(opened)
        yield opened


def test_undirected_timeline_is_monthly_and_zero_filled(store):
    frame = dyad_timeline(store, "chn", "RUS")
    assert [str(p) for p in frame.index] == ["2021-01", "2021-02", "2021-03"]
    assert frame["events"].tolist() == [1, 0, 1]
    assert frame.loc["2021-03", "SUPPORT"] == 1 and frame["quad1"].sum() == 2
    assert frame.loc["2021-01", "goldstein_sum"] == pytest.approx(1.0)
    assert frame.loc["2021-02", "goldstein_mean"] != frame.loc["2021-02", "goldstein_mean"]  # NaN


def test_directed_timeline_keeps_one_direction(store):
    assert dyad_timeline(store, "CHN", "RUS", directed=True)["events"].sum() == 1
    assert dyad_timeline(store, "RUS", "CHN", directed=True)["events"].sum() == 1
    assert dyad_timeline(store, "RUS", "USA", directed=True).empty


def test_network_and_gexf(store):
    nodes, edges = network(store)
    assert nodes.loc["RUS", "events"] == 3
    pairs = {(r.source, r.target): r.events for r in edges.itertuples()}
    assert pairs == {("CHN", "RUS"): 2, ("RUS", "USA"): 1}
    out = io.StringIO()
    assert write_gexf(nodes, edges, out) == 2
    doc = xml.dom.minidom.parseString(out.getvalue())
    assert len(doc.getElementsByTagName("node")) == 3


def test_sparkline():
    assert sparkline([0, 1, 2, 4]) == "▁▃▅█"
    assert sparkline([]) == ""

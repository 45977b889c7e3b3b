"""Readout comparison over a real SQLite store: shared statements and one-source ones."""

from __future__ import annotations

from datetime import date

from dyad.compare import compare
from dyad.ingest import article_id
from dyad.models import Actor, Article, EventMention, Evidence, Resolution, SourceRef, Span
from dyad.pipeline import merge_events
from dyad.store import open_store

CHN = Actor("state:CHN", "China", "state", "CHN")
TUR = Actor("state:TUR", "Turkey", "state", "TUR")
ETIM = Actor("group:etim", "East Turkestan Islamic Movement", "group")
DAY = date(2020, 12, 14)


def mention(n: int, art: str, kind: str, actors, recipients, contexts=()) -> EventMention:
    return EventMention(
        id=f"m_{n:016d}", event_type=kind, actors=actors, recipients=recipients,
        evidence=Evidence(art, n, 0, 4, f"sentence {n}"), trigger=Span(0, 1),
        mode="phone" if kind == "CONSULT" else None, medium="phone" if kind == "CONSULT" else None,
        contexts=tuple(contexts), date=DAY, date_precision="day", date_basis="sentence",
    )  # fmt: skip


def test_each_readout_lines_up_with_the_other(tmp_path):
    with open_store(tmp_path / "x.db") as store:
        reports = {}
        texts = (
            ("Readout one. They discussed vaccines and the fight against terrorism.", "Xinhua"),
            ("Readout two. Turkey thanked China for the vaccine.", "Daily Sabah"),
        )
        for text, outlet in texts:
            art = Article(id=article_id(text), text=text, outlet=outlet)
            store.add_article(art, SourceRef(f"{outlet}.txt"))
            reports[outlet] = art.id
        x, d = reports["Xinhua"], reports["Daily Sabah"]
        coded = {
            x: [mention(1, x, "CONSULT", (CHN,), (TUR,)),
                mention(2, x, "SUPPORT", (TUR,), (CHN,), ["health"]),
                mention(3, x, "AGREE", (CHN,), (TUR,), ["terrorism"])],
            d: [mention(4, d, "CONSULT", (TUR,), (CHN,)),
                mention(5, d, "SUPPORT", (TUR,), (CHN,), ["health"])],
        }  # fmt: skip
        named = {x: (TUR, ETIM), d: (TUR, CHN)}  # Xinhua also names a group, Sabah does not
        for art, mentions in coded.items():
            store.save_coding(art, "v", Resolution(art, named[art], ()), mentions)
        merge_events(store)
        members, _ = store.event_assignments()
        found = compare(store, members["m_0000000000000001"])
        assert found is not None
        assert set(found.articles) == {x, d}
        assert found.outlets[x] == "Xinhua"
        shared = [s for s in found.statements if s.sources == {x, d}]
        assert {s.event_type for s in shared} == {"CONSULT", "SUPPORT"}
        assert [s.event_type for s in found.only_in(x)] == ["AGREE"]
        assert found.only_in(d) == []
        # topics come from each whole report, with the words that raise them
        assert found.topics == {"health": frozenset({x, d}), "terrorism": frozenset({x})}
        assert found.words["health"] == {x: ("vaccine",), d: ("vaccine",)}
        assert found.words["terrorism"] == {x: ("terrorism",)}
        assert found.named == {"East Turkestan Islamic Movement": frozenset({x})}
        assert compare(store, "e_unknown") is None

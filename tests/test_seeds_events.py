"""The main event of each of the user's five seed articles (../shared/seeds).

The seeds are not part of the project: this module skips when the folder is absent.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dyad.ingest import Input, discover, read_bytes, read_input
from dyad.models import Article, EventMention, Resolution
from dyad.pipeline import Coder
from dyad.settings import Settings

SEEDS = Path(__file__).parents[1].parent / "shared" / "seeds"

if not SEEDS.is_dir():
    pytest.skip(
        f"seed articles not found at {SEEDS} (they are the user's, outside the repository)",
        allow_module_level=True,
    )


@pytest.fixture(scope="module")
def coded() -> dict[str, tuple[Article, Resolution, list[EventMention]]]:
    """Every seed coded once, keyed by its three-digit prefix ("000" ... "004")."""
    settings = Settings()
    articles: dict[str, Article] = {}
    for inp in discover([str(SEEDS)]):
        assert isinstance(inp, Input), inp
        [article] = read_input(inp, read_bytes(inp, settings), settings)
        assert isinstance(article, Article), article
        articles[Path(inp.path).name[:3]] = article
    assert sorted(articles) == ["000", "001", "002", "003", "004"]
    results = Coder().code(articles[k] for k in sorted(articles))
    return dict(zip(sorted(articles), results, strict=True))


def events(coded, seed: str, event_type: str, countries: tuple[str, ...]) -> list[EventMention]:
    return [m for m in coded[seed][2] if m.event_type == event_type and m.countries == countries]


def test_000_phone_call_dated_the_day_before_publication(coded):
    calls = events(coded, "000", "CONSULT", ("CHN", "TUR"))
    assert calls, coded["000"][2]
    assert {(m.mode, m.medium) for m in calls} == {("phone", "phone")}
    assert {m.date for m in calls} == {date(2020, 12, 14)}  # "on Monday" of a Tuesday story


def test_001_same_phone_call_without_any_date(coded):
    calls = events(coded, "001", "CONSULT", ("CHN", "TUR"))
    assert calls, coded["001"][2]
    assert all(m.mode == "phone" for m in calls)
    assert all(m.date is None for m in calls)  # the text gives none: none is invented


def test_002_meeting_in_tashkent(coded):
    [meeting] = events(coded, "002", "CONSULT", ("CHN", "RUS"))
    assert meeting.location.name == "Tashkent"
    assert meeting.location.country == "UZB"
    assert meeting.mode == "third-party"  # neither side's country
    assert meeting.medium == "in_person"


def test_003_phone_call_kazakhstan_china(coded):
    calls = events(coded, "003", "CONSULT", ("CHN", "KAZ"))
    assert calls, coded["003"][2]
    first = calls[0]  # the lead: Tokayev had a telephone conversation with Xi
    assert (first.mode, first.medium) == ("phone", "phone")
    assert [a.country for a in first.actors] == ["KAZ"]
    assert [a.country for a in first.recipients] == ["CHN"]


def test_004_video_talks_xi_putin(coded):
    talks = events(coded, "004", "CONSULT", ("CHN", "RUS"))
    assert talks, coded["004"][2]
    assert any((m.mode, m.medium, m.date) == ("phone", "video", date(2021, 6, 28)) for m in talks)


def test_004_treaty_extension_is_support(coded):
    article = coded["004"][0]
    extensions = [
        m
        for m in events(coded, "004", "SUPPORT", ("CHN", "RUS"))
        if article.text[m.trigger.start : m.trigger.end].lower().startswith("exten")
    ]
    assert extensions, coded["004"][2]
    assert {m.date for m in extensions} == {date(2021, 6, 28)}
    assert all(m.modality == "actual" for m in extensions)


def test_004_the_analyst_is_never_a_party(coded):
    _, resolution, mentions = coded["004"]
    [li] = [a for a in resolution.actors if "Li Ziguo" in a.name]
    assert li.role == "commentator"
    assert mentions
    for m in mentions:
        assert li.key not in {a.key for a in (*m.actors, *m.recipients)}
        assert m.speaker != li.key


def test_000_and_001_are_one_call_reported_by_two_sources(tmp_path):
    from dyad.export import event_records
    from dyad.pipeline import run
    from dyad.settings import Settings
    from dyad.store import open_store

    paths = [str(p) for p in sorted(SEEDS.glob("00[01]_*.txt"))]
    with open_store(tmp_path / "seeds.db") as store:
        run(paths, store, Settings())
        calls = [r for r in event_records(store, event_type="CONSULT")
                 if r["countries"] == ["CHN", "TUR"]]  # fmt: skip
    assert len(calls) == 1
    [call] = calls
    assert (call["mode"], call["date"]) == ("phone", "2020-12-14")
    assert (call["num_articles"], call["num_sources"]) == (2, 2)


def test_no_seed_event_aims_at_its_actors_own_government(coded):
    # "reaffirmed Kazakhstan's commitment", "called on the two sides": the speaker's own
    # state named as an owner or one of a pair is never the target
    for seed, (_, _, mentions) in coded.items():
        for m in mentions:
            own = {a.country for a in m.actors if a.country}
            aimed = {a.country for a in m.recipients if a.kind == "state" and a.sector == "GOV"}
            assert not own & aimed, (seed, m.event_type, m.evidence.sentence)


def test_001_his_country_is_turkey(coded):
    _, resolution, mentions = coded["001"]
    refs = [m for m in resolution.mentions if m.text == "his country"]
    assert refs and all(resolution.actor(k).country == "TUR" for m in refs for k in m.keys), refs
    assert not any(a.raw == "his country" and a.country is None for m in mentions for a in m.actors)


def test_004_xis_call_on_the_two_sides_aims_at_russia(coded):
    requests = [m for m in coded["004"][2] if m.event_type == "REQUEST"]
    assert requests, coded["004"][2]
    for m in requests:
        assert [a.country for a in m.actors] == ["CHN"]
        assert [a.country for a in m.recipients] == ["RUS"]

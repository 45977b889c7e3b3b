"""The bundled sample corpus and its gold files hold the checks src/dyad/samples/README.md
promises (its section "Checks that hold for these files")."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest

from dyad.actors.kb import load_kb
from dyad.evaluate import all_sources, load_sources
from dyad.settings import load_settings

SAMPLES = Path(__file__).resolve().parents[1] / "src" / "dyad" / "samples"
CORPUS = SAMPLES / "corpus"
TITLES = {
    "president", "vice president", "prime minister", "chancellor", "king", "crown prince",
    "supreme leader", "leader", "foreign minister", "deputy foreign minister",
    "state councilor", "defence minister", "interior minister", "finance minister",
    "trade minister", "economy minister", "energy minister", "health minister",
    "justice minister", "minister", "ambassador", "spokesperson", "national security adviser",
    "intelligence chief", "secretary-general", "high representative", "speaker", "lawmaker",
    "general", "governor", "opposition leader", "analyst", "director",
}  # fmt: skip
#: events.jsonl's own spellings of some parties -> their actors.jsonl names (README)
EVENT_NAMES = {
    "NATO": "North Atlantic Treaty Organization",
    "Czech Republic": "Czechia",
    "Russian Ministry of Foreign Affairs": "Russia",
    "Chinese Ministry of Foreign Affairs": "China",
    "Lithuanian Ministry of Foreign Affairs": "Lithuania",
    "Indian Ministry of External Affairs": "India",
    "Russian Armed Forces": "Russia military",
    "Indian Army": "India military",
    "Pakistan Army": "Pakistan military",
    "Russian police": "Russia police",
    "Ecuadorian National Police": "Ecuador police",
}


def lines(name: str) -> list[dict]:
    return [json.loads(x) for x in (SAMPLES / "gold" / name).read_text("utf-8").splitlines()]


@pytest.fixture(scope="module")
def articles():
    settings = load_settings(None)
    return load_sources(all_sources(CORPUS, settings), CORPUS, settings)


def test_the_corpus_has_the_articles_the_readme_counts(articles):
    readme = (SAMPLES / "README.md").read_text("utf-8")
    assert f"**{len(articles)} short news articles" in readme
    events, actors = lines("events.jsonl"), lines("actors.jsonl")
    assert {x["source"] for x in events} | {x["source"] for x in actors} <= set(articles)
    groups = defaultdict(set)
    for x in events:
        groups[x["event_group"]].add(x["source"])
    multi = sum(len(sources) > 1 for sources in groups.values())
    assert (
        f"{len(events)} gold event lines in {len(groups)} event groups ({multi} groups "
        "reported by two articles or more" in " ".join(readme.split())
    )
    assert f"{len(actors)} actor lines" in " ".join(readme.split())
    # every article has actor lines but the football report, which names no political actor
    assert set(articles) - {x["source"] for x in actors} == {"misc/football_mar_por_2022-12.txt"}
    assert len(set(articles) - {x["source"] for x in events}) == 4  # the distractors


def test_every_evidence_and_raw_string_is_in_its_article(articles):
    for x in lines("events.jsonl"):
        assert x["evidence"] in articles[x["source"]].text, x
    for x in lines("actors.jsonl"):
        for raw in x["raw"]:
            assert raw in articles[x["source"]].text, (x["source"], raw)


@pytest.mark.parametrize(
    "name",
    [
        "devset",
        "holdout",
        "holdout2",
        "holdout3",
        "holdout4",
        "holdout5",
        "holdout6",
        "holdout7",
        "holdout8",
        "holdout9",
        "holdout10",
        "holdout11",
        "holdout12",
        "holdout13",
        "holdout14",
        "holdout15",
        "holdout16",
        "holdout17",
        "holdout18",
        "holdout19",
        "holdout20",
        "holdout21",
        "holdout22",
        "holdout23",
        "holdout24",
        "holdout25",
        "holdout26",
        "holdout27",
        "holdout28",
        "holdout29",
    ],
)
def test_a_news_set_s_gold_names_real_articles_and_quotes_them(name):
    root = SAMPLES.parents[2] / "benchmarks" / name
    corpus = root / "corpus"
    gold = [json.loads(x) for x in (root / "gold" / "events.jsonl").read_text("utf-8").splitlines()]
    settings = load_settings(None)
    articles = load_sources(all_sources(corpus, settings), corpus, settings)
    for x in gold:
        assert x["source"] in articles, x["source"]
        assert x["evidence"] in articles[x["source"]].text, x
    # every article has gold lines but the distractors (sport, markets) under misc/
    assert {s for s in set(articles) - {x["source"] for x in gold}} == {
        s for s in articles if s.startswith("misc/")
    }


def test_lines_of_one_event_group_agree_and_come_from_different_articles():
    events = lines("events.jsonl")
    seen: dict[str, dict] = {}
    sources: dict[str, set[str]] = defaultdict(set)
    for x in events:
        states = sorted({*x["actor_states"], *x["recipient_states"]})
        key = {k: x[k] for k in ("event_type", "mode", "date", "location")} | {"states": states}
        assert seen.setdefault(x["event_group"], key) == key, x["event_group"]
        assert x["source"] not in sources[x["event_group"]], x["event_group"]
        sources[x["event_group"]].add(x["source"])
    for x in events:
        assert x.get("related_to", x["event_group"]) in seen, x["related_to"]
        assert (x["date"] is None) == (x["date_precision"] is None)


def test_parties_in_the_actor_gold_are_the_names_of_the_article_events():
    kb = load_kb()

    def canonical(name: str) -> str:
        people = kb.people_named(name)
        return people[0].name if len(people) == 1 else EVENT_NAMES.get(name, name)

    named: dict[str, set[str]] = defaultdict(set)
    for x in lines("events.jsonl"):
        named[x["source"]] |= {canonical(n) for n in (*x["actors"], *x["recipients"])}
    parties: dict[str, set[str]] = defaultdict(set)
    for x in lines("actors.jsonl"):
        if x["role"] == "party":
            parties[x["source"]].add(x["name"])
    for source in set(named) | set(parties):
        assert parties[source] == named[source], source


def test_actor_lines_use_the_knowledge_base_and_the_title_vocabulary():
    kb = load_kb()
    kinds: dict[str, tuple] = {}
    for x in lines("actors.jsonl"):
        assert x["country"] is None or kb.state(x["country"]) is not None, x
        assert x["title"] is None or x["title"] in TITLES, x
        assert x["role"] in {"party", "mentioned", "commentator"}
        people = kb.people_named(x["name"]) if x["kind"] == "person" else ()
        assert len(people) != 1 or people[0].name == x["name"], x["name"]
        assert kinds.setdefault(x["name"], (x["kind"], x["country"])) == (x["kind"], x["country"])
    by_article = defaultdict(list)
    for x in lines("actors.jsonl"):
        by_article[x["source"]].append(x["name"])
    assert all(len(names) == len(set(names)) for names in by_article.values())

"""Scoring against gold files: arithmetic, matching, and errors that name the line.

Resolutions are built by hand: nothing here loads spaCy.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from dyad import evaluate
from dyad.errors import DyadError
from dyad.evaluate import Score, gold_kind, load_gold, load_sources, score_actors
from dyad.models import Actor, Resolution
from dyad.settings import Settings

# ---- Score ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("tp", "predicted", "gold", "precision", "recall", "f1"),
    [
        (3, 4, 6, 0.75, 0.5, 0.6),
        (2, 2, 2, 1.0, 1.0, 1.0),
        (1, 4, 1, 0.25, 1.0, 0.4),
        (0, 3, 5, 0.0, 0.0, 0.0),
        (0, 0, 5, 0.0, 0.0, 0.0),  # nothing predicted: precision 0, not a ZeroDivisionError
        (0, 4, 0, 0.0, 0.0, 0.0),  # no gold
        (0, 0, 0, 0.0, 0.0, 0.0),
    ],
)
def test_score_arithmetic(tp, predicted, gold, precision, recall, f1):
    score = Score(tp, predicted, gold)
    assert score.precision == pytest.approx(precision)
    assert score.recall == pytest.approx(recall)
    assert score.f1 == pytest.approx(f1)


# ---- score_actors ---------------------------------------------------------------------------


def person(key: str, name: str, country: str, raw: str, title: str | None = None, **kw) -> Actor:
    return Actor(key, name, "person", country, None, "GOV", title, None, raw, **kw)


def state(iso3: str, name: str, raw: str) -> Actor:
    return Actor(f"state:{iso3}", name, "state", iso3, None, "GOV", None, None, raw)


WANG = person("person:wang-yi", "Wang Yi", "CHN", "Wang Yi", "foreign minister")
CAVUSOGLU = person(
    "person:mevlut-cavusoglu", "Mevlut Cavusoglu", "TUR", "Chavushoglu", "foreign minister"
)
ZHOU = person("person:zhou minghai", "Zhou Minghai", "CHN", "Zhou Minghai", "analyst")
CHINA = state("CHN", "China", "Beijing")


def gold(source: str, name: str, country: str | None, **kw) -> dict:
    line = {"source": source, "name": name, "raw": [], "kind": "person", "country": country,
            "sector": "GOV", "title": None, "role": "party"}  # fmt: skip
    line.update(kw)
    return line


def test_score_actors_counts_hits_misses_and_extras():
    resolutions = {
        "a.txt": Resolution("a_1", (WANG, CAVUSOGLU, CHINA, ZHOU), ()),
        "b.txt": Resolution("b_1", (person("person:x", "Arman Seitkali", "KAZ", "Seitkali"),), ()),
    }
    lines = [
        gold("a.txt", "Wang Yi", "CHN", title="foreign minister"),
        # matched by raw spelling, with accents folded
        gold("a.txt", "Mevlüt Çavuşoğlu", "TUR", raw=["Chavushoglu"], title="foreign minister"),
        gold("a.txt", "China", "CHN", kind="state"),
        gold("a.txt", "Zhou Minghai", "CHN", role="commentator", title="analyst"),
        gold("a.txt", "Dana Kulova", "KAZ"),  # missed
        gold("b.txt", "Arman Seitkali", "UZB"),  # found, wrong state
    ]
    report = score_actors(lines, resolutions)
    assert report.articles == 2
    assert report.name == Score(5, 5, 6)
    assert report.state == Score(4, 5, 6)
    assert report.misses == ["a.txt: Dana Kulova (KAZ)"]
    assert report.false_hits == []
    assert (report.title_correct, report.title_checked) == (3, 3)
    # Zhou is a party in the resolution but a commentator in the gold
    assert (report.role_correct, report.role_checked) == (4, 5)  # misses are not checked
    assert any("Zhou Minghai" in w and "role" in w for w in report.wrong)
    assert any("Arman Seitkali" in w and "UZB" in w for w in report.wrong)


def test_unmatched_resolved_actors_are_false_hits():
    resolutions = {"a.txt": Resolution("a_1", (WANG, CHINA), ())}
    report = score_actors([gold("a.txt", "Wang Yi", "CHN")], resolutions)
    assert report.name == Score(1, 2, 1)
    assert report.false_hits == ["a.txt: China (state, CHN)"]
    assert report.misses == []


def test_one_actor_answers_one_gold_line():
    resolutions = {"a.txt": Resolution("a_1", (WANG,), ())}
    lines = [gold("a.txt", "Wang Yi", "CHN"), gold("a.txt", "Wang Yi", "CHN", raw=["Wang"])]
    report = score_actors(lines, resolutions)
    assert report.name == Score(1, 1, 2)
    assert len(report.misses) == 1


def test_title_mismatch_is_reported():
    resolutions = {"a.txt": Resolution("a_1", (WANG,), ())}
    report = score_actors([gold("a.txt", "Wang Yi", "CHN", title="state councilor")], resolutions)
    assert (report.title_correct, report.title_checked) == (0, 1)
    assert report.wrong == ["a.txt: Wang Yi title foreign minister != state councilor"]


def test_a_commentator_in_the_resolution_matches_a_commentator_in_the_gold():
    zhou = person("person:zhou", "Zhou Minghai", "CHN", "Zhou Minghai", role="commentator")
    report = score_actors(
        [gold("a.txt", "Zhou Minghai", "CHN", role="commentator")],
        {"a.txt": Resolution("a_1", (zhou,), ())},
    )
    assert (report.role_correct, report.role_checked) == (1, 1)
    assert report.wrong == []


# ---- gold files -----------------------------------------------------------------------------


def write_lines(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


GOOD = json.dumps(gold("a.txt", "Wang Yi", "CHN"))


def test_load_gold_skips_blank_lines(tmp_path):
    path = write_lines(tmp_path / "g.jsonl", [GOOD, "", "   ", GOOD])
    assert load_gold(path) == [json.loads(GOOD)] * 2


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        ([GOOD, "", "{not json"], ":3: invalid JSON"),
        ([GOOD, '{"name": "Wang Yi"}'], ":2: each line needs a 'source' key"),
        (["[1, 2]"], ":1: each line needs a 'source' key"),
        (["", "  "], "the gold file is empty"),
    ],
)
def test_load_gold_errors_name_the_line(tmp_path, lines, message):
    path = write_lines(tmp_path / "g.jsonl", lines)
    with pytest.raises(DyadError) as info:
        load_gold(path)
    assert str(path) in str(info.value)
    assert message in str(info.value)


def test_load_gold_of_a_missing_file(tmp_path):
    with pytest.raises(DyadError, match="cannot read gold file"):
        load_gold(tmp_path / "nope.jsonl")


def test_gold_kind():
    assert gold_kind([gold("a.txt", "Wang Yi", "CHN")]) == "actors"
    assert gold_kind([{"source": "a.txt", "event_type": "CONSULT"}]) == "events"
    with pytest.raises(DyadError, match="cannot tell"):
        gold_kind([{"source": "a.txt", "name": "Wang Yi"}])


# ---- the articles a gold file names ---------------------------------------------------------


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    (folder / "sub").mkdir(parents=True)
    (folder / "one.txt").write_text(
        " date 2021-06-02 A call\n\nKenya and Chile agreed to open embassies.\n",
        encoding="utf-8",
    )
    records = [{"text": f"Story {n}: Peru and Oman signed a deal.", "date": "2022-01-0{n}"}
               for n in (1, 2, 3)]  # fmt: skip
    (folder / "sub" / "wire.jsonl").write_text(
        "".join(json.dumps(r) + "\n" for r in records), encoding="utf-8"
    )
    return folder


def test_load_sources_reads_files_and_numbered_records(corpus):
    found = load_sources({"one.txt", "sub/wire.jsonl#2", "sub/wire.jsonl"}, corpus, Settings())
    assert set(found) == {"one.txt", "sub/wire.jsonl#2", "sub/wire.jsonl"}
    assert found["one.txt"].text.startswith("Kenya and Chile")
    assert str(found["one.txt"].published) == "2021-06-02"
    assert found["sub/wire.jsonl#2"].text.startswith("Story 2:")
    assert found["sub/wire.jsonl"].text.startswith("Story 1:")  # no number: the first


def test_load_sources_refuses_a_record_past_the_end(corpus):
    with pytest.raises(
        DyadError, match=re.escape("sub/wire.jsonl#4 but sub/wire.jsonl has 3 articles")
    ):
        load_sources({"sub/wire.jsonl#4"}, corpus, Settings())


def test_load_sources_of_a_missing_file(corpus):
    with pytest.raises(DyadError, match=re.escape("missing.txt")):
        load_sources({"missing.txt"}, corpus, Settings())


def test_load_sources_refuses_record_zero(corpus):
    with pytest.raises(DyadError):
        load_sources({"sub/wire.jsonl#0"}, corpus, Settings())


def test_load_sources_refuses_a_non_numeric_record(corpus):
    with pytest.raises(DyadError):
        load_sources({"sub/wire.jsonl#two"}, corpus, Settings())


def test_module_has_no_spacy_import():
    assert "spacy" not in Path(evaluate.__file__).read_text(encoding="utf-8")


# ---- merge ----------------------------------------------------------------------------------


def test_score_merge_counts_pairs_of_reports():
    from datetime import date

    from dyad.models import Article

    articles = {
        "a.txt": Article("a_1", "Beijing and Ankara spoke by phone.", published=date(2021, 3, 11)),
        "b.txt": Article("a_2", "China and Turkey held a call.", published=date(2021, 3, 11)),
        "c.txt": Article("a_3", "China and Turkey spoke again.", published=date(2021, 5, 20)),
    }

    def line(source: str, group: str, day: str, kind: str = "CONSULT") -> dict:
        return {"source": source, "event_type": kind, "mode": "phone", "medium": "phone",
                "actor_states": ["CHN"], "recipient_states": ["TUR"], "date": day,
                "date_precision": "day", "event_group": group, "evidence": ""}  # fmt: skip

    gold = [
        line("a.txt", "march-call", "2021-03-10"),
        line("b.txt", "march-call", "2021-03-10"),
        line("c.txt", "may-call", "2021-05-19"),
        line("c.txt", "may-support", "2021-05-19", "SUPPORT"),
    ]
    report = evaluate.score_merge(gold, articles, {}, [])
    assert report.alone == Score(1, 1, 1)  # the March pair together, the May call apart
    assert report.across == Score(1, 1, 1)
    assert report.coded == Score(0, 0, 0)  # nothing coded, nothing matched

    gold[2]["date"] = "2021-03-10"  # now the May story claims the March day: one group
    wrong = evaluate.score_merge(gold, articles, {}, [])
    assert wrong.alone.predicted == 3 and wrong.alone.true_positives == 1
    assert len(wrong.fused) == 2 and wrong.split == []


def test_gold_lines_are_matched_to_the_coded_event_of_their_direction():
    from datetime import date

    from tests.test_merge import RUS, USA, mention

    def line(actor: str, target: str, day: str) -> dict:
        return {"source": "s.txt", "event_type": "SANCTION", "actor_states": [actor],
                "recipient_states": [target], "date": day}  # fmt: skip

    # the counter-sanctions first, the sanctions they answer second, as a story tells them
    gold = [line("RUS", "USA", "2021-04-16"), line("USA", "RUS", "2021-04-15")]
    ours = mention(1, "s", "SANCTION", (USA,), (RUS,), day=date(2021, 4, 15), mode=None)
    theirs = mention(2, "s", "SANCTION", (RUS,), (USA,), day=date(2021, 4, 16), mode=None)
    report = evaluate.score_events(gold, {"s.txt": [ours, theirs]})
    assert [(g["actor_states"], m.id) for g, m in report.matches] == [
        (["RUS"], theirs.id),
        (["USA"], ours.id),
    ]
    assert report.strict == Score(2, 2, 2)


def test_a_line_stands_for_the_mention_of_its_direction_in_a_sentence_telling_both():
    from dataclasses import replace

    from tests.test_merge import RUS, USA, mention

    # one sentence tells each side's concession: both mentions hold either line's evidence
    text = "Washington said it would ease the curbs and Moscow said it would free the crew."
    both = [
        replace(mention(n, "s", "CONCEDE", a, r, mode=None, medium=None), evidence=evidence)
        for n, a, r in ((1, (USA,), (RUS,)), (2, (RUS,), (USA,)))
        for evidence in [replace(mention(n, "s").evidence, sentence=text)]
    ]
    line = {"event_type": "CONCEDE", "actor_states": ["RUS"], "recipient_states": ["USA"],
            "date": "2021-03-10", "evidence": "Moscow said it would free the crew"}  # fmt: skip
    assert evaluate._stating(line, both[0], both).id == both[1].id


def test_links_are_scored_against_related_to_chains():
    from datetime import date

    from dyad.models import Article

    articles = {"a.txt": Article("a_1", "Talks and a statement.", published=date(2022, 2, 4))}

    def line(kind: str, group: str, related_to: str | None = None) -> dict:
        return {"source": "a.txt", "event_type": kind, "actor_states": ["CHN", "RUS"],
                "recipient_states": [], "date": "2022-02-04", "date_precision": "day",
                "event_group": group, "related_to": related_to, "evidence": "",
                "mode": None, "medium": "in_person" if kind == "CONSULT" else None}  # fmt: skip

    gold = [
        line("CONSULT", "talks"),
        line("SUPPORT", "statement", "talks"),
        line("REJECT", "opposition", "statement"),  # a chain: related to the talks as well
    ]
    right, found = evaluate.score_merge(gold, articles, {}, []).links
    assert (right.true_positives, right.predicted) == (2, 2)  # talks-statement, talks-opposition
    assert (found.true_positives, found.gold) == (1, 2)  # statement-opposition is not linked


def test_merged_scoring_tells_two_deeds_of_one_day_apart_and_counts_unjoined_repeats():
    from dataclasses import replace
    from datetime import date

    from tests.test_merge import CHN, RUS, mention

    from dyad.models import Article, Evidence, Span

    def said(n: int, sentence: str, trigger: str):
        m = mention(n, "a_9", "SUPPORT", (CHN, RUS), (), day=date(2024, 6, 3), mode=None)
        at = sentence.index(trigger)
        return replace(
            m,
            evidence=Evidence("a_9", n, 0, len(sentence), sentence),
            trigger=Span(at, at + len(trigger)),
        )

    pledge = said(1, "Beijing and Moscow backed each other's territorial claims.", "backed")
    pipeline = said(2, "The two firms signed a contract for a new oil pipeline.", "signed")
    again = said(3, "They repeated that they backed each other's territorial claims.", "backed")
    articles = {"a.txt": Article("a_9", "text", published=date(2024, 6, 3))}

    def line(evidence: str) -> dict:
        return {"source": "a.txt", "event_type": "SUPPORT", "actor_states": ["CHN", "RUS"],
                "recipient_states": [], "date": "2024-06-03", "evidence": evidence}  # fmt: skip

    gold = [line("backed each other's territorial claims"), line("a new oil pipeline")]
    report = evaluate.score_events(gold, {"a.txt": [pledge, pipeline, again]}, articles)
    assert report.strict == Score(2, 2, 2)  # the pledge (said twice, joined) and the deal
    assert report.by_key == (Score(1, 1, 2), Score(1, 1, 2))  # one key: one deed lost
    assert sorted(m.id for _, m in report.matches) == sorted([pledge.id, pipeline.id])

    # a support the merge cannot join to the pledge (no shared wording) and no gold line
    # names is an event too many, which the key reduction would have hidden
    vague = said(4, "Both governments voiced backing for a plan on regional security.", "voiced")
    worse = evaluate.score_events(gold, {"a.txt": [pledge, pipeline, vague]}, articles)
    assert worse.strict == Score(2, 3, 2)
    assert worse.by_key == (Score(1, 1, 2), Score(1, 1, 2))


def test_a_line_stands_for_the_deed_its_evidence_names_in_a_sentence_telling_two():
    from dataclasses import replace

    from tests.test_merge import KAZ, TUR, mention

    from dyad.models import Span

    text = "The two sides agreed to reopen the border and pledged to double their trade."
    base = mention(1, "s", "AGREE", (KAZ, TUR), (), mode=None, medium=None)
    evidence = replace(base.evidence, sentence=text, start=0, end=len(text))
    agreed, pledged = (
        replace(base, id=f"m_{n}", evidence=evidence, trigger=Span(at, at + len(word)))
        for n, word in enumerate(("agreed", "pledged"))
        for at in [text.index(word)]
    )
    line = {"event_type": "AGREE", "actor_states": ["KAZ", "TUR"], "recipient_states": [],
            "date": "2021-03-10", "evidence": "pledged to double their trade"}  # fmt: skip
    assert evaluate._stating(line, agreed, [agreed, pledged]).id == pledged.id
    line["evidence"] = "agreed to reopen the border"
    assert evaluate._stating(line, pledged, [pledged, agreed]).id == agreed.id


def test_a_gold_line_takes_no_cameo_from_another_deed_of_its_sentence():
    from dataclasses import replace
    from datetime import date

    from tests.test_merge import RUS, USA, mention

    from dyad.models import Article, Span

    # dyad coded one SANCTION in a sentence telling two; only the deed it names lends a code
    text = "Washington cut its aid to Moscow and recalled its envoy."
    base = mention(1, "s", "SANCTION", (USA,), (RUS,), mode=None, medium=None)
    at = text.index("cut")
    coded = replace(
        base,
        evidence=replace(base.evidence, sentence=text, start=0, end=len(text)),
        trigger=Span(at, at + 3),
        cameo="162",
    )
    article = Article("a_1", text, published=date(2021, 3, 11))
    line = {"source": "s.txt", "event_type": "SANCTION", "actor_states": ["USA"],
            "recipient_states": ["RUS"], "date": "2021-03-10", "date_precision": "day",
            "evidence": "cut its aid to Moscow"}  # fmt: skip
    assert evaluate.gold_mention(line, article, 0, coded).cameo == "162"
    line["evidence"] = "recalled its envoy"
    assert evaluate.gold_mention(line, article, 1, coded).cameo is None

"""Near-duplicate articles: a syndicated copy is one more article, not one more source."""

from __future__ import annotations

from dyad.duplicates import find_copies, signature

STORY = (
    "ASTANA, March 3 -- The foreign ministers of Kazakhstan and Norway met on Tuesday and "
    "agreed to open direct flights between the two capitals next year, officials said. "
    "The ministers also discussed energy cooperation, a joint fund for clean technology and "
    "student exchanges, and signed a memorandum on consular matters. Both sides said they "
    "would meet again in Oslo in the autumn to review progress on the agreements."
)
COPY = STORY.replace("ASTANA, March 3 --", "ASTANA (Harbour Daily) --") + " Share this story."
PARAPHRASE = (
    "Norway and Kazakhstan will connect their capitals by direct air services from next "
    "year after their top diplomats held talks in Astana, according to a statement. Energy, "
    "green technology funding and education were also on the table, and a consular "
    "memorandum was signed before the delegations parted, planning to reconvene in Oslo."
)


def test_a_copy_points_to_the_original_and_a_paraphrase_stands_alone():
    sigs = {"a": signature(STORY), "b": signature(COPY), "c": signature(PARAPHRASE)}
    assert find_copies(sigs, ["a", "b", "c"]) == {"b": "a"}


def test_the_first_article_is_the_original_whatever_arrives_later():
    sigs = {"a": signature(STORY), "b": signature(COPY), "d": signature(COPY + " More.")}
    assert find_copies(sigs, ["a", "b", "d"]) == {"b": "a", "d": "a"}


def test_signatures_are_deterministic():
    assert signature(STORY) == signature(STORY)
    assert len(signature(STORY)) == 128 * 8


def test_texts_too_short_for_a_trigram_copy_nothing():
    sigs = {"a": signature("Breaking news"), "b": signature("Breaking news"), "c": signature("")}
    assert sigs["a"] == b""
    assert find_copies(sigs, ["a", "b", "c"]) == {}


def test_a_story_copied_many_times_points_every_copy_to_the_original():
    copies = {f"c{n}": signature(f"{COPY} Copy number {n}.") for n in range(300)}
    sigs = {"a": signature(STORY), **copies}
    found = find_copies(sigs, ["a", *copies])
    assert found == dict.fromkeys(copies, "a")

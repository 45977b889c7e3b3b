"""The user's five seed articles (../shared/seeds), read through the public ingest API.

The seeds are not part of the project; these tests skip when the folder is absent.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dyad.ingest import Input, discover, read_bytes, read_input
from dyad.ingest.clean import normalise_line
from dyad.models import Article, DateSource, Status
from dyad.settings import Settings

SEEDS = Path(__file__).parents[1].parent / "shared" / "seeds"

if not SEEDS.is_dir():
    pytest.skip(f"seed articles not found at {SEEDS}", allow_module_level=True)


@pytest.fixture(scope="module")
def seeds() -> dict[str, Article]:
    """Every seed article, keyed by its three-digit prefix ("000" ... "004")."""
    settings = Settings()
    found: dict[str, Article] = {}
    for inp in discover([str(SEEDS)]):
        assert isinstance(inp, Input), inp
        items = list(read_input(inp, read_bytes(inp, settings), settings))
        assert len(items) == 1, items
        [article] = items
        assert isinstance(article, Article), article
        found[Path(inp.path).name[:3]] = article
    return found


def _raw(prefix: str) -> str:
    [path] = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


def test_five_seeds_are_found(seeds):
    assert sorted(seeds) == ["000", "001", "002", "003", "004"]


def test_seed_ids_are_distinct(seeds):
    assert len({a.id for a in seeds.values()}) == 5


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_seed_is_english_and_ingested(seeds, prefix):
    article = seeds[prefix]
    assert article.language == "en"
    assert article.status is Status.INGESTED
    assert article.text.strip()
    assert "\n\n\n" not in article.text


def test_seed_000(seeds):
    article = seeds["000"]
    assert article.published == date(2020, 12, 15)
    assert article.date_source is DateSource.HEADER
    assert article.outlet == "Xinhua"
    assert article.dateline == "Beijing"
    assert article.title is None  # the header carries the lead paragraph, not a title
    assert article.text.startswith("BEIJING, Dec. 15 (Xinhua) --")
    assert not article.text.lstrip().startswith("date")


def test_seed_001(seeds):
    article = seeds["001"]
    assert article.dateline == "Beijing"
    assert article.published is None
    assert article.date_source is DateSource.NONE
    assert article.outlet is None
    assert "\u2019" not in article.text  # curly apostrophes normalised


def test_seed_002(seeds):
    article = seeds["002"]
    assert article.dateline == "Tashkent"
    assert article.published is None
    assert article.date_source is DateSource.NONE
    assert article.title == "Chinese FM meets Russian counterpart in Uzbekistan"
    paragraphs = article.text.split("\n\n")
    for junk in ("0", "433", "News Desk"):
        assert junk in _raw("002").splitlines()  # the junk really is in the seed
        assert junk not in paragraphs
    assert paragraphs[0].startswith("TASHKENT:")
    assert "News Desk" not in article.text


def test_seed_003(seeds):
    article = seeds["003"]
    assert article.published == date(2021, 6, 2)
    assert article.date_source is DateSource.HEADER
    assert article.outlet == "Kazinform"
    assert article.dateline == "Nur-Sultan"
    assert article.title.startswith("Kazakh President") and article.title.endswith("China")
    assert article.text.startswith("NUR-SULTAN. KAZINFORM")
    assert "\u00ab" not in article.text and "\u00bb" not in article.text  # «» normalised


def test_seed_004(seeds):
    article = seeds["004"]
    assert article.published == date(2021, 6, 29)
    assert article.date_source is DateSource.HEADER
    assert article.outlet == "Xinhua"
    assert article.dateline == "Beijing"
    assert article.text.startswith("BEIJING, June 28 (Xinhua) --")
    assert "08:54, June 29, 2021" not in article.text
    assert "(Xinhua/Xie Huanchi)" not in article.text
    assert "Li Ziguo" in article.text


def test_seed_004_keeps_every_story_paragraph(seeds):
    article = seeds["004"]
    raw_lines = [line.strip() for line in _raw("004").splitlines()[1:] if line.strip()]
    dropped = {"Xinhua) 08:54, June 29, 2021"}
    caption = [line for line in raw_lines if line.endswith("(Xinhua/Xie Huanchi)")]
    assert len(caption) == 1
    dropped.update(caption)
    kept = [line for line in raw_lines if line not in dropped]
    assert len(kept) > 20
    normalised = article.text.split("\n\n")
    assert len(normalised) == len(kept)
    for raw, paragraph in zip(kept, normalised, strict=True):
        assert paragraph == normalise_line(raw)

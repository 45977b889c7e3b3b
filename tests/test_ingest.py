"""The ingest package API: discover, read_bytes, read_input, build_article, article_id."""

from __future__ import annotations

import io
import json
import os
import sys
from datetime import UTC, date

import pytest

from dyad.errors import InputError
from dyad.ingest import Input, article_id, build_article, discover, read_bytes, read_input
from dyad.ingest.record import RawRecord
from dyad.models import Article, DateSource, Rejection, SourceRef, Status
from dyad.settings import Settings

LEAD = (
    "The foreign ministers of Arland and Borovia agreed on Thursday to reopen the main "
    "border crossing between the two countries."
)
MORE = "Officials on both sides described the talks as constructive and said more would follow."
BODY = f"{LEAD}\n\n{MORE}"


def _build(text: str, **fields) -> Article:
    fields.setdefault("may_have_header", not fields.get("from_metadata", False))
    return build_article(RawRecord(text=text, **fields), SourceRef("story.txt"))


# --- discover --------------------------------------------------------------------------


@pytest.fixture
def tree(tmp_path, monkeypatch):
    """A small folder tree; the working directory is tmp_path so paths stay relative."""
    for name in [
        "news/b.txt",
        "news/A.txt",
        "news/c.jsonl",
        "news/.draft.txt",
        "news/.cache/x.txt",
        "news/sub/d.txt",
        "news/sub/deeper/e.txt",
        "news/aaa/f.txt",
        "top.json",
    ]:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(LEAD, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _paths(items) -> list[str]:
    return [i.path if isinstance(i, Input) else f"REJECTED {i.path}" for i in items]


def test_discover_single_file(tree):
    assert list(discover(["top.json"])) == [Input("top.json")]


def test_discover_folder_is_recursive_sorted_and_skips_hidden(tree):
    found = _paths(discover(["news"]))
    expected = [
        "news/A.txt",
        "news/b.txt",
        "news/c.jsonl",
        "news/aaa/f.txt",
        "news/sub/d.txt",
        "news/sub/deeper/e.txt",
    ]
    assert found == [p.replace("/", os.sep) for p in expected]
    assert not any(".draft" in p or ".cache" in p for p in found)


def test_discover_folder_with_trailing_slash(tree):
    assert _paths(discover(["news/"])) == _paths(discover(["news"]))


def test_discover_glob(tree):
    assert _paths(discover(["news/*.txt"])) == ["news/A.txt", "news/b.txt"]
    assert _paths(discover(["news/[ab].txt"])) == ["news/b.txt"]


def test_discover_recursive_glob(tree):
    found = _paths(discover(["news/**/*.txt"]))
    assert sorted(found) == sorted(
        [
            "news/A.txt",
            "news/b.txt",
            "news/aaa/f.txt",
            "news/sub/d.txt",
            "news/sub/deeper/e.txt",
        ]
    )
    assert found == sorted(found)


def test_discover_glob_matching_folders_walks_them(tree):
    found = _paths(discover(["news/s*"]))
    assert found == ["news/sub/d.txt", "news/sub/deeper/e.txt"]


def test_discover_missing_path(tree):
    [rejection] = list(discover(["nope.txt"]))
    assert rejection == Rejection("nope.txt", "no such file or folder")


def test_discover_glob_without_matches(tree):
    [rejection] = list(discover(["news/*.csv"]))
    assert isinstance(rejection, Rejection)
    assert rejection.path == "news/*.csv"
    assert "no files match" in rejection.reason


def test_discover_keeps_going_after_a_bad_path(tree):
    assert _paths(discover(["nope.txt", "top.json"])) == ["REJECTED nope.txt", "top.json"]


def test_discover_yields_each_file_once(tree):
    found = _paths(discover(["news/A.txt", "news", "news/*.txt", "news/A.txt"]))
    assert found.count("news/A.txt") == 1
    assert len(found) == len(set(found)) == 6
    assert found[0] == "news/A.txt"  # first-seen order


def test_discover_same_file_spelled_two_ways(tree):
    assert len(list(discover(["news/A.txt", "./news/A.txt"]))) == 1


def test_discover_stdin_passes_through_once(tree):
    assert list(discover(["-", "top.json", "-"])) == [Input("-"), Input("top.json")]
    assert Input("-").is_stdin and not Input("top.json").is_stdin


def test_discover_hidden_file_named_explicitly_is_read(tree):
    assert _paths(discover(["news/.draft.txt"])) == ["news/.draft.txt"]


def test_discover_empty_list():
    assert list(discover([])) == []


# --- read_bytes ------------------------------------------------------------------------


def test_read_bytes_returns_the_file(write, settings):
    path = write("a.txt", LEAD)
    assert read_bytes(Input(str(path)), settings) == LEAD.encode()


def test_read_bytes_size_limit(write):
    path = write("big.txt", "x" * 1001)
    with pytest.raises(InputError) as info:
        read_bytes(Input(str(path)), Settings(max_bytes=1000))
    assert "--max-bytes" in info.value.reason
    assert info.value.path == str(path)


def test_read_bytes_at_the_limit_is_fine(write):
    path = write("ok.txt", "x" * 1000)
    assert len(read_bytes(Input(str(path)), Settings(max_bytes=1000))) == 1000


def test_read_bytes_missing_file(tmp_path, settings):
    with pytest.raises(InputError, match="cannot read"):
        read_bytes(Input(str(tmp_path / "gone.txt")), settings)


def test_read_bytes_folder(tmp_path, settings):
    with pytest.raises(InputError, match="cannot read"):
        read_bytes(Input(str(tmp_path)), settings)


def _fake_stdin(monkeypatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))


def test_read_bytes_stdin(monkeypatch, settings):
    _fake_stdin(monkeypatch, LEAD.encode())
    assert read_bytes(Input("-"), settings) == LEAD.encode()


def test_read_bytes_stdin_size_limit(monkeypatch):
    _fake_stdin(monkeypatch, b"x" * 5000)
    with pytest.raises(InputError) as info:
        read_bytes(Input("-"), Settings(max_bytes=100))
    assert "--max-bytes" in info.value.reason


def test_read_input_reads_stdin_by_sniffing(monkeypatch, settings):
    data = (json.dumps({"text": LEAD}) + "\n" + json.dumps({"text": MORE}) + "\n").encode()
    _fake_stdin(monkeypatch, data)
    inp = Input("-")
    items = list(read_input(inp, read_bytes(inp, settings), settings))
    assert [i.text for i in items] == [LEAD, MORE]
    assert [i.sources for i in items] == [(SourceRef("-", "line 1"),), (SourceRef("-", "line 2"),)]


# --- read_input ------------------------------------------------------------------------


def test_read_input_text_file(ingest, tmp_path):
    [article] = ingest("story.txt", BODY)
    assert isinstance(article, Article)
    assert article.text == BODY
    assert article.sources == (SourceRef(str(tmp_path / "story.txt"), ""),)
    assert article.paths == (str(tmp_path / "story.txt"),)
    assert article.ingested_at is not None and article.ingested_at.tzinfo == UTC


def test_read_input_jsonl_mixes_articles_and_rejections_with_lines(ingest, tmp_path):
    lines = [
        json.dumps({"text": LEAD}),
        "{broken",
        json.dumps({"text": "0\n433\nNews Desk"}),  # only junk
        json.dumps({"lede": MORE}),
        json.dumps({"text": MORE}),
    ]
    items = ingest("batch.jsonl", "\n".join(lines))
    kinds = [type(i).__name__ for i in items]
    assert kinds == ["Article", "Rejection", "Rejection", "Rejection", "Article"]
    path = str(tmp_path / "batch.jsonl")
    assert [i.line for i in items if isinstance(i, Rejection)] == [2, 3, 4]
    assert all(i.path == path for i in items if isinstance(i, Rejection))
    assert "page junk" in items[2].reason
    assert str(items[1]).startswith(f"{path}:2: line 2: invalid JSON")
    assert items[4].sources == (SourceRef(path, "line 5"),)


def test_read_input_csv_rejection_lines(ingest):
    text = f'title,text\nA,"{LEAD}"\nB,"{MORE}",extra\nC,"Share this article"\n'
    items = ingest("batch.csv", text)
    assert [type(i).__name__ for i in items] == ["Article", "Rejection", "Rejection"]
    assert [i.line for i in items[1:]] == [3, 4]


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("report.docx", b"Envoys met.", "unsupported format"),
        ("empty.txt", b"  \n ", "empty"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00", "binary"),
        ("paper.txt", b"%PDF-1.4\n", "PDF"),
        ("bad.json", b'[{"text": "x"},', "invalid JSON"),
        ("bad.csv", b"title,lede\nA,B\n", "no 'text' column"),
        ("junk.txt", b"0\n433\nNews Desk\nShare this article\n", "page junk"),
        ("nothing.html", b"<html><body></body></html>", "no article text"),
        ("catalog.xml", b"<catalog><book>Atlas</book></catalog>", "no feed items"),
    ],
)
def test_read_input_never_raises_for_bad_input(write, settings, name, data, reason):
    path = write(name, data)
    items = list(read_input(Input(str(path)), data, settings))
    assert len(items) == 1
    [rejection] = items
    assert isinstance(rejection, Rejection)
    assert rejection.path == str(path)
    assert reason in rejection.reason


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("deep.json", b"[" * 100_000),
        ("deep.jsonl", b"[" * 100_000),
        ("bigint.json", b'{"text": "Envoys met.", "n": ' + b"1" * 5000 + b"}"),
        ("bigint.jsonl", b'{"text": "Envoys met.", "n": ' + b"1" * 5000 + b"}\n"),
    ],
)
def test_read_input_never_raises_for_pathological_json(settings, name, data):
    items = list(read_input(Input(name), data, settings))
    assert items and all(isinstance(i, Rejection) for i in items)


# --- build_article: title --------------------------------------------------------------


def test_title_from_header():
    article = _build(f" date 2021-03-04 Ministers agree to reopen crossing\n\n{BODY}")
    assert article.title == "Ministers agree to reopen crossing"
    assert article.text == BODY
    assert article.published == date(2021, 3, 4)
    assert article.date_source is DateSource.HEADER


def test_title_from_record():
    article = _build(BODY, title="Ministers agree to reopen crossing", from_metadata=True)
    assert article.title == "Ministers agree to reopen crossing"
    assert article.text == BODY


def test_title_from_short_first_line():
    article = _build(f"Ministers agree to reopen crossing\n\n{BODY}")
    assert article.title == "Ministers agree to reopen crossing"
    assert article.text == BODY


def test_sentence_first_line_is_not_a_title():
    article = _build(BODY)
    assert article.title is None
    assert article.text == BODY


def test_single_short_paragraph_is_kept_as_text():
    article = _build("Ministers agree to reopen crossing")
    assert article.title is None
    assert article.text == "Ministers agree to reopen crossing"


def test_record_title_is_normalised():
    article = _build(
        BODY, title="  \u201cNo retreat\u201d,\u00a0says minister ", from_metadata=True
    )
    assert article.title == '"No retreat", says minister'


@pytest.mark.parametrize(
    "repeat",
    ["Ministers agree to reopen crossing", "MINISTERS AGREE TO REOPEN CROSSING"],
)
def test_headline_repeated_as_first_paragraph_is_removed(repeat):
    from_header = _build(
        f" date 2021-03-04 Ministers agree to reopen crossing\n\n{repeat}\n\n{BODY}"
    )
    assert from_header.text == BODY
    from_record = _build(
        f"{repeat}\n\n{BODY}", title="Ministers agree to reopen crossing", from_metadata=True
    )
    assert from_record.text == BODY


def test_header_with_lead_paragraph_keeps_the_lead():
    lead = f"GENEVA, March 4 (Reuters) - {LEAD}"
    article = _build(f" date 2021-03-04 {lead}\n\n{MORE}")
    assert article.title is None
    assert article.text == f"{lead}\n\n{MORE}"
    assert article.published == date(2021, 3, 4)
    assert article.dateline == "Geneva"


# --- build_article: dates, datelines and outlets --------------------------------------

DATELINE_YEAR = f"GENEVA, March 4, 2021 (Reuters) - {LEAD}\n\n{MORE}"


def test_date_from_metadata_beats_dateline():
    article = _build(DATELINE_YEAR, date="2021-03-06T10:00:00Z", from_metadata=True)
    assert article.published == date(2021, 3, 6)
    assert article.date_source is DateSource.METADATA


def test_date_from_header_beats_dateline():
    article = _build(f" date 2021-03-05 Ministers agree\n\n{DATELINE_YEAR}")
    assert article.published == date(2021, 3, 5)
    assert article.date_source is DateSource.HEADER


def test_date_from_dateline_with_year():
    article = _build(DATELINE_YEAR)
    assert article.published == date(2021, 3, 4)
    assert article.date_source is DateSource.DATELINE


def test_dateline_without_year_gives_no_date():
    article = _build(f"GENEVA, March 4 (Reuters) - {LEAD}")
    assert article.published is None
    assert article.date_source is DateSource.NONE
    assert article.dateline == "Geneva"


def test_incomplete_metadata_date_falls_back_to_dateline():
    article = _build(DATELINE_YEAR, date="March 2021", from_metadata=True)
    assert article.published == date(2021, 3, 4)
    assert article.date_source is DateSource.DATELINE


def test_invalid_header_date_falls_back_to_dateline():
    article = _build(f" date 2021-02-30 Ministers agree\n\n{DATELINE_YEAR}")
    assert article.published == date(2021, 3, 4)
    assert article.date_source is DateSource.DATELINE


def test_no_date_anywhere():
    article = _build(BODY)
    assert article.published is None
    assert article.date_source is DateSource.NONE
    assert article.dateline is None
    assert article.outlet is None


def test_metadata_date_is_not_used_when_not_from_metadata():
    article = _build(BODY, date="2021-03-06")  # a text record never has metadata dates
    assert article.published is None


def test_outlet_from_record_beats_dateline_agency():
    article = _build(DATELINE_YEAR, outlet="Harbour Daily", from_metadata=True)
    assert article.outlet == "Harbour Daily"
    assert article.dateline == "Geneva"


def test_outlet_from_dateline_agency():
    assert _build(f"NUR-SULTAN. KAZINFORM – {LEAD}").outlet == "Kazinform"
    assert _build(f"VIENNA (Lakeside Wire) -- {LEAD}").outlet == "Lakeside Wire"


def test_agency_cited_in_text_is_not_the_outlet():
    # Only a dateline tag "(Xinhua) --" or a credit "(Xinhua/...)" names the outlet; an
    # agency the story cites is a source it quotes, not who published it.
    text = f"TASHKENT: {LEAD}\n\nThe statement was carried by the state agency (Xinhua) later."
    article = _build(text)
    assert article.dateline == "Tashkent"
    assert article.outlet is None
    credited = _build(f"TASHKENT: {LEAD}\n\nThe ministers at the talks. (Xinhua/Li Wei) Later.")
    assert credited.outlet == "Xinhua"


def test_dateline_in_second_paragraph():
    article = _build(f"Envoys met.\n\nTalks began.\n\nTASHKENT: {LEAD}")
    assert article.dateline is None  # only the first two paragraphs are looked at
    article = _build(f"Envoys met.\n\nTASHKENT: {LEAD}")
    assert article.dateline == "Tashkent"


def test_a_transcripts_first_speaker_is_no_dateline():
    article = _build(
        f"LIN JIAN: Good afternoon. {LEAD}\n\nQ: Any comment?\n\nLIN JIAN: We have no comment."
    )
    assert article.dateline is None
    # a colon dateline opens one paragraph only
    assert _build(f"TASHKENT: {LEAD}\n\nQ: Any comment?\n\nA: None.").dateline == "Tashkent"


def test_article_opening_with_us_china_has_no_dateline():
    article = _build(f"US-China trade talks resumed in Geneva on Monday.\n\n{MORE}")
    assert article.dateline is None


# --- build_article: language, junk, ids ------------------------------------------------


def test_english_article_is_ingested():
    article = _build(BODY)
    assert article.language == "en"
    assert article.status is Status.INGESTED


def test_non_english_article_is_not_coded():
    text = (
        "Die Außenminister beider Länder trafen sich am Montag in Berlin, um über die "
        "Zusammenarbeit und den Handel zu sprechen."
    )
    article = _build(text)
    assert article.language == "de"
    assert article.status is Status.NOT_CODED


def test_junk_is_removed_from_article_text():
    text = f"0\n433\n\nNews Desk\n\n{LEAD}\n\nShare this article\n\nBy Jane Roe\n\n{MORE}"
    assert _build(text).text == BODY


def test_text_of_only_junk_is_an_input_error():
    with pytest.raises(InputError, match="no article text left"):
        _build("0\n433\n\nNews Desk\n\nShare this article\n\n08:54, June 29, 2021")


def test_junk_error_names_the_record():
    record = RawRecord(text="News Desk", locator="line 7", line=7, from_metadata=True)
    with pytest.raises(InputError, match=r"^line 7: no article text left"):
        build_article(record, SourceRef("batch.jsonl", "line 7"))


def test_article_carries_url_and_source():
    record = RawRecord(text=BODY, url="https://example.org/a", locator="item 2", from_metadata=True)
    article = build_article(record, SourceRef("batch.json", "item 2"))
    assert article.url == "https://example.org/a"
    assert article.sources == (SourceRef("batch.json", "item 2"),)


def test_article_id_stable_under_whitespace_and_case():
    base = article_id("Envoys met in Geneva.\n\nTalks will resume.")
    assert base.startswith("a_") and len(base) == 18
    assert article_id("  envoys   MET in\tGeneva.  Talks\nwill resume. ") == base
    assert article_id("Envoys\u00a0met in Geneva. Talks will resume.") == base


def test_article_id_differs_for_different_text():
    assert article_id("Envoys met in Geneva.") != article_id("Envoys met in Vienna.")
    assert article_id("Envoys met in Geneva.") != article_id("Envoys met in Geneva")


def test_article_id_comes_from_the_cleaned_text():
    plain = _build(BODY)
    noisy = _build(f"News Desk\n\n  {LEAD}\n\n433\n\n{MORE}\u00a0\n")
    assert plain.id == noisy.id == article_id(BODY)
    other = _build(f"{LEAD}\n\nA different second paragraph follows here.")
    assert other.id != plain.id


def test_same_text_in_two_formats_has_one_id(ingest):
    [from_text] = ingest("story.txt", BODY)
    [from_json] = ingest("story.json", json.dumps({"text": BODY, "title": "Ministers agree"}))
    assert from_text.id == from_json.id


# --- page timestamp lines ----------------------------------------------------------------


@pytest.mark.parametrize(
    "stamp",
    [
        "Published: March 4, 2021 at 9:12 a.m. EST",
        "Updated Thursday, 4 March 2021 09:12 GMT+3",
        "Thu 4 Mar 2021 09.12 GMT",
        "2021-03-04T06:12:00Z",
        "Posted 04.03.2021",
    ],
)
def test_a_stamp_line_dates_the_article_and_leaves_the_text(stamp):
    article = _build(f"Ministers agree to reopen crossing\n{stamp}\n\n{BODY}")
    assert article.published == date(2021, 3, 4)
    assert article.date_source is DateSource.METADATA
    assert article.title == "Ministers agree to reopen crossing"
    assert article.text == BODY


def test_a_stamp_above_the_title_leaves_the_title():
    article = _build(f"Last modified: 2021-03-04T10:15:00+03:00\n\nMinisters agree\n\n{BODY}")
    assert article.title == "Ministers agree"
    assert article.published == date(2021, 3, 4)


def test_a_date_in_the_body_is_no_publication_date():
    text = f"Ministers agree\n\n{LEAD}\n\nThe crossing was closed on March 4, 2021.\n\n{MORE}"
    article = _build(text)
    assert article.published is None
    assert "The crossing was closed on March 4, 2021." in article.text


def test_a_byline_place_is_the_dateline_when_the_story_has_none():
    article = _build(
        f"Ministers agree to reopen crossing\n2 hours ago\nBy Ada Obi | Lagos\n\n{BODY}"
    )
    assert article.dateline == "Lagos"
    assert article.text == BODY
    assert article.published is None  # "2 hours ago" says nothing without a clock


def test_a_wire_dateline_beats_a_byline_place():
    article = _build(f"Ministers agree\nBy Ada Obi | Lagos\n\nABUJA (Lakeside Wire) - {LEAD}")
    assert article.dateline == "Abuja"


def test_a_site_name_after_the_headline_is_dropped():
    article = _build(f"Ministers agree to reopen crossing | Harbour Daily\n\n{BODY}")
    assert article.title == "Ministers agree to reopen crossing"


def test_a_page_of_banners_only_is_rejected_by_name(write, settings):
    page = (
        "<html><body><div><p>We use cookies to improve your experience on our site. By "
        "continuing to browse you agree to our use of cookies.</p></div></body></html>"
    )
    path = write("cookies.html", page.encode())
    [item] = read_input(Input(path), page.encode(), settings)
    assert isinstance(item, Rejection)
    assert item.path == path and "page junk" in item.reason


def test_labelled_header_gives_title_date_outlet_and_url():
    text = f"Title: Ministers agree\nDate: 4 March 2021\nSource: Harbour Daily\nURL: https://h.example/1\n\n{BODY}"
    article = _build(text)
    assert (article.title, article.published, article.outlet) == (
        "Ministers agree",
        date(2021, 3, 4),
        "Harbour Daily",
    )
    assert article.date_source is DateSource.HEADER
    assert article.url == "https://h.example/1"
    assert article.text == BODY


def test_news_database_export_is_read_to_its_story():
    text = (
        "Ministers agree\n\nHarbour Daily\nMarch 4, 2021 Thursday\n\nLength: 80 words\n"
        f"Dateline: GENEVA\n\nBody\n\n{BODY}\n\nLoad-Date: March 5, 2021\n\nEnd of Document\n"
    )
    article = _build(text)
    assert (article.title, article.published, article.outlet, article.dateline) == (
        "Ministers agree",
        date(2021, 3, 4),
        "Harbour Daily",
        "Geneva",
    )
    assert article.text == BODY

"""Format readers: detection, and one reader per format, on real temporary files."""

from __future__ import annotations

import json
from datetime import date

import pytest

from dyad.errors import InputError
from dyad.ingest import Input, formats, read_input
from dyad.ingest.record import RawRecord
from dyad.models import Article, DateSource, Rejection
from dyad.settings import Settings

STORY = "The foreign ministers of Arland and Borovia met in Geneva on Monday."
STORY2 = "They agreed to reopen the border crossing within a month, officials said."

# --- format detection ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "fmt"),
    [
        ("a.txt", "text"),
        ("a.text", "text"),
        ("a.jsonl", "jsonl"),
        ("a.ndjson", "jsonl"),
        ("a.json", "json"),
        ("a.csv", "csv"),
        ("a.tsv", "tsv"),
        ("a.html", "html"),
        ("a.htm", "html"),
        ("a.xhtml", "html"),
        ("a.xml", "feed"),
        ("a.rss", "feed"),
        ("a.atom", "feed"),
        ("dir.d/A.JSON", "json"),
        ("archive.2021.CSV", "csv"),
    ],
)
def test_format_by_extension(path, fmt):
    # the extension wins over content that looks like another format
    assert formats.format_of(path, "[1, 2, 3]" if fmt != "json" else "plain") == fmt


@pytest.mark.parametrize(
    ("text", "fmt"),
    [
        ('<?xml version="1.0"?>\n<rss version="2.0"><channel></channel></rss>', "feed"),
        ('<feed xmlns="http://www.w3.org/2005/Atom"></feed>', "feed"),
        ("<rdf:RDF></rdf:RDF>", "feed"),
        ("<!DOCTYPE html><html><body><p>x</p></body></html>", "html"),
        ("  \n<p>Envoys met.</p>", "html"),
        ('{"text": "Envoys met."}\n{"text": "Again."}', "jsonl"),
        ('[{"text": "Envoys met."}]', "json"),
        ("Envoys met in Geneva.", "text"),
        (" date 2021-03-04 Envoys meet\nBody.", "text"),
    ],
)
@pytest.mark.parametrize("path", ["-", "article", "folder.d/article"])
def test_format_sniffed_without_extension(path, text, fmt):
    assert formats.format_of(path, text) == fmt


def test_unsupported_extension_message():
    with pytest.raises(InputError) as info:
        formats.format_of("report.docx", "Envoys met.")
    assert "unsupported format '.docx'" in info.value.reason
    for ext in (".txt", ".jsonl", ".csv", ".html", ".rss"):
        assert ext in info.value.reason
    assert info.value.path == "report.docx"


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("paper.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"),
        ("bundle.json", b"PK\x03\x04\x14\x00\x00\x00"),
        ("dump.csv", b"\x1f\x8b\x08\x00\x00\x00\x00\x00"),
        ("noext", b"%PDF-1.4 header"),
    ],
)
def test_archives_and_pdfs_rejected_by_magic_bytes(records, name, data):
    with pytest.raises(InputError, match="archive or PDF"):
        records(name, data)


# --- text ------------------------------------------------------------------------------


def test_text_file_is_one_record_that_may_have_a_header(records):
    text = f" date 2021-03-04 Envoys meet\n\n{STORY}\n\n{STORY2}\n"
    [rec] = records("story.txt", text)
    assert rec == RawRecord(text=text, may_have_header=True)
    assert not rec.from_metadata


# --- jsonl -----------------------------------------------------------------------------


def test_jsonl_records_and_blank_lines(records):
    lines = [
        json.dumps({"text": STORY, "title": "Envoys meet", "date": "2021-03-04"}),
        "",
        "   ",
        json.dumps({"text": STORY2, "url": "https://example.org/a", "outlet": "Harbour Daily"}),
    ]
    recs = records("batch.jsonl", "\n".join(lines) + "\n")
    assert [r.locator for r in recs] == ["line 1", "line 4"]
    assert [r.line for r in recs] == [1, 4]
    assert recs[0].title == "Envoys meet"
    assert recs[0].date == "2021-03-04"
    assert recs[1].url == "https://example.org/a"
    assert recs[1].outlet == "Harbour Daily"
    assert all(r.from_metadata and not r.may_have_header for r in recs)


def test_jsonl_malformed_line_names_its_line_and_reading_goes_on(records):
    text = json.dumps({"text": STORY}) + "\n{not json\n" + json.dumps({"text": STORY2}) + "\n"
    first, error, last = records("batch.ndjson", text)
    assert isinstance(first, RawRecord) and isinstance(last, RawRecord)
    assert isinstance(error, InputError)
    assert error.line == 2
    assert "line 2" in error.reason and "invalid JSON" in error.reason
    assert last.text == STORY2


@pytest.mark.parametrize(("value", "kind"), [("[1, 2]", "list"), ('"text"', "str"), ("7", "int")])
def test_jsonl_line_that_is_not_an_object(records, value, kind):
    [error] = records("batch.jsonl", value + "\n")
    assert isinstance(error, InputError)
    assert error.line == 1
    assert f"expected an object with a text field, got {kind}" in error.reason


@pytest.mark.parametrize("obj", [{"lede": STORY}, {"text": ""}, {"text": "   "}, {"text": 5}])
def test_jsonl_without_text_suggests_field_mapping(records, obj):
    [error] = records("batch.jsonl", json.dumps(obj) + "\n")
    assert isinstance(error, InputError)
    assert "no text in field 'text'" in error.reason
    assert "--field text=" in error.reason
    assert next(iter(obj)) in error.reason  # the keys that are there


def test_jsonl_field_mapping(records):
    line = json.dumps({"body": STORY, "headline": "Envoys meet", "pubDate": "2021-03-04"})
    settings = Settings(fields={"text": "body", "title": "headline", "date": "pubDate"})
    [rec] = records("batch.jsonl", line + "\n", settings)
    assert (rec.text, rec.title, rec.date) == (STORY, "Envoys meet", "2021-03-04")


def test_jsonl_metadata_values_are_text_and_blank_is_none(records):
    line = json.dumps({"text": STORY, "title": 2021, "url": "  ", "outlet": None})
    [rec] = records("batch.jsonl", line + "\n")
    assert rec.title == "2021"
    assert rec.url is None
    assert rec.outlet is None


def test_jsonl_with_crlf_line_endings(records):
    text = json.dumps({"text": STORY}) + "\r\n" + json.dumps({"text": STORY2}) + "\r\n"
    assert [r.text for r in records("batch.jsonl", text)] == [STORY, STORY2]


def test_jsonl_line_separator_inside_a_string(records):
    text = (
        json.dumps({"text": f"{STORY}\u2028{STORY2}"}, ensure_ascii=False)
        + "\n"
        + json.dumps({"text": STORY2})
        + "\n"
    )
    recs = records("batch.jsonl", text)
    assert all(isinstance(r, RawRecord) for r in recs)
    assert [r.line for r in recs] == [1, 2]


# --- json ------------------------------------------------------------------------------


def test_json_array(records):
    doc = [{"text": STORY, "title": "Envoys meet"}, {"text": STORY2}]
    recs = records("batch.json", json.dumps(doc, indent=2))
    assert [r.locator for r in recs] == ["item 1", "item 2"]
    assert [r.text for r in recs] == [STORY, STORY2]
    assert recs[0].title == "Envoys meet"
    assert all(r.from_metadata for r in recs)


def test_json_single_object(records):
    [rec] = records("one.json", json.dumps({"text": STORY, "date": "2021-03-04"}))
    assert rec.text == STORY
    assert rec.date == "2021-03-04"


def test_json_bad_items_are_reported_and_good_ones_kept(records):
    recs = records("batch.json", json.dumps([{"text": STORY}, 3, {"lede": STORY2}]))
    assert isinstance(recs[0], RawRecord)
    assert isinstance(recs[1], InputError) and "item 2" in recs[1].reason
    assert isinstance(recs[2], InputError) and "item 3" in recs[2].reason
    assert "--field text=" in recs[2].reason


def test_invalid_json_names_the_line(records):
    text = '[\n  {"text": "Envoys met."},\n  {oops}\n]\n'
    with pytest.raises(InputError) as info:
        records("batch.json", text)
    assert info.value.line == 3
    assert "invalid JSON at line 3" in info.value.reason


# --- csv and tsv -----------------------------------------------------------------------


def test_csv_with_quoted_multi_paragraph_text(records):
    text = (
        "title,text,date,url\n"
        f'Envoys meet,"{STORY}\n\n{STORY2}",2021-03-04,https://example.org/a\n'
        f'"Talks, again","{STORY2}",,\n'
    )
    first, second = records("batch.csv", text)
    assert first.text == f"{STORY}\n\n{STORY2}"
    assert (first.title, first.date, first.url) == (
        "Envoys meet",
        "2021-03-04",
        "https://example.org/a",
    )
    assert first.locator == "row 2" and first.line == 2
    assert second.title == "Talks, again"
    assert second.date is None and second.url is None
    assert second.locator == "row 3"
    assert second.line == 5  # the quoted text of row 2 spans lines 2 to 4


def test_csv_wrong_field_count_names_the_line(records):
    text = f'title,text,date\nEnvoys meet,"{STORY}",2021-03-04\nOnly two,fields\nLast,"{STORY2}",\n'
    first, error, last = records("batch.csv", text)
    assert isinstance(error, InputError)
    assert error.line == 3
    assert "row 3: has 2 fields, the header has 3" in error.reason
    assert isinstance(first, RawRecord) and isinstance(last, RawRecord)
    assert last.text == STORY2


def test_csv_blank_rows_are_skipped(records):
    [rec] = records("batch.csv", f'title,text\n , \n\nEnvoys meet,"{STORY}"\n')
    assert rec.text == STORY


def test_csv_without_text_column(records):
    with pytest.raises(InputError) as info:
        records("batch.csv", f'title,lede\nEnvoys meet,"{STORY}"\n')
    assert info.value.line == 1
    assert "no 'text' column (columns: title, lede)" in info.value.reason
    assert "--field text=COLUMN" in info.value.reason


def test_csv_field_mapping(records):
    settings = Settings(fields={"text": "body", "date": "published"})
    [rec] = records(
        "batch.csv", f'title,body,published\nEnvoys meet,"{STORY}",2021-03-04\n', settings
    )
    assert (rec.text, rec.title, rec.date) == (STORY, "Envoys meet", "2021-03-04")


def test_csv_header_names_are_stripped(records):
    [rec] = records("batch.csv", f' title , text \nEnvoys meet,"{STORY}"\n')
    assert rec.text == STORY and rec.title == "Envoys meet"


def test_csv_broken_quote_is_reported(records):
    [error] = records("batch.csv", f'title,text\nEnvoys meet,"{STORY}\n')
    assert isinstance(error, InputError)
    assert "malformed CSV" in error.reason
    assert error.line == 2


def test_csv_row_with_empty_text(records):
    [error] = records("batch.csv", 'title,text\nEnvoys meet,""\n')
    assert isinstance(error, InputError)
    assert "row 2" in error.reason and "--field text=" in error.reason


def test_csv_long_article_and_later_rows(records):
    long_text = " ".join([STORY] * 2500)  # about 170,000 characters
    text = f'title,text\nLong speech,"{long_text}"\nEnvoys meet,"{STORY2}"\n'
    recs = records("batch.csv", text)
    assert [type(r) for r in recs] == [RawRecord, RawRecord]
    assert recs[1].text == STORY2


def test_tsv(records):
    text = f"title\ttext\tdate\nEnvoys meet\t{STORY}\t2021-03-04\nAgain\t{STORY2}\t\n"
    first, second = records("batch.tsv", text)
    assert (first.title, first.text, first.date) == ("Envoys meet", STORY, "2021-03-04")
    assert second.text == STORY2 and second.date is None


def test_tsv_wrong_field_count(records):
    [error] = records("batch.tsv", f"title\ttext\nEnvoys meet\t{STORY}\textra\n")
    assert isinstance(error, InputError)
    assert error.line == 2
    assert "has 3 fields, the header has 2" in error.reason


# --- html ------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Ministers agree to reopen border crossing | Harbour Daily</title>
<meta property="og:title" content="Ministers agree to reopen border crossing">
<meta property="og:site_name" content="Harbour Daily">
<meta property="og:url" content="https://harbourdaily.example/world/border-crossing">
<meta property="article:published_time" content="2021-03-04T09:30:00Z">
<link rel="canonical" href="https://harbourdaily.example/world/border-crossing">
</head><body>
<header><nav><ul>
<li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li>
</ul></nav></header>
<main><article>
<h1>Ministers agree to reopen border crossing</h1>
<p class="byline">By Jane Roe</p>
<p>GENEVA, March 4 (Reuters) - The foreign ministers of Arland and Borovia agreed on
Thursday to reopen the main border crossing between the two countries, which has been
closed for almost a year.</p>
<p>The two ministers met for three hours at a lakeside hotel and said they would set up a
joint commission to oversee trade and travel across the frontier.</p>
<p>Officials on both sides described the talks as constructive and said a follow-up
meeting would be held in the Borovian capital next month.</p>
</article></main>
<footer><p>Copyright 2021 Harbour Daily. All rights reserved.</p>
<a href="/privacy">Privacy policy</a></footer>
</body></html>
"""


def test_html_page_text_and_metadata(records):
    [rec] = records("page.html", PAGE)
    assert rec.title == "Ministers agree to reopen border crossing"
    assert rec.outlet == "Harbour Daily"
    assert rec.url == "https://harbourdaily.example/world/border-crossing"
    assert rec.date is not None and rec.date.startswith("2021-03-04")
    assert rec.from_metadata
    assert "agreed on" in rec.text and "joint commission" in rec.text
    assert "follow-up" in rec.text
    assert "Privacy policy" not in rec.text
    assert "Sport" not in rec.text
    assert not rec.text.startswith("Ministers agree")  # the <h1> is not repeated


def test_html_page_becomes_a_clean_article(ingest):
    [article] = ingest("page.htm", PAGE)
    assert isinstance(article, Article)
    assert article.title == "Ministers agree to reopen border crossing"
    assert article.published == date(2021, 3, 4)
    assert article.date_source is DateSource.METADATA
    assert article.outlet == "Harbour Daily"
    assert article.dateline == "Geneva"
    assert article.url == "https://harbourdaily.example/world/border-crossing"
    assert "By Jane Roe" not in article.text
    assert "Copyright" not in article.text
    assert len(article.text.split("\n\n")) == 3


def test_html_sniffed_from_stdin_name(settings):
    recs = list(formats.read("-", PAGE.encode(), settings))
    assert [r.outlet for r in recs] == ["Harbour Daily"]


@pytest.mark.parametrize(
    "page",
    [
        "<html><head><title>Nothing</title></head><body></body></html>",
        "<html><body><script>var x = 1;</script></body></html>",
    ],
)
def test_html_page_without_text_is_an_error(records, page):
    with pytest.raises(InputError, match="no article text found"):
        records("empty.html", page)


def test_html_page_with_only_navigation_is_rejected(ingest):
    page = (
        "<html><head><title>Harbour Daily</title></head><body><header><nav><ul>"
        '<li><a href="/">Home</a></li><li><a href="/world">World</a></li>'
        '<li><a href="/sport">Sport</a></li><li><a href="/business">Business</a></li>'
        "</ul></nav></header><footer><p>Contact us</p><p>Privacy policy</p></footer>"
        "</body></html>"
    )
    [item] = ingest("nav.html", page)
    assert isinstance(item, Rejection)


def test_html_page_without_a_date_gets_no_invented_date(ingest):
    page = PAGE.replace(
        '<meta property="article:published_time" content="2021-03-04T09:30:00Z">', ""
    ).replace("Copyright 2021", "Copyright 2019")
    [article] = ingest("nodate.html", page)
    assert isinstance(article, Article)
    assert article.published is None
    assert article.date_source is DateSource.NONE


# --- feeds -----------------------------------------------------------------------------

RSS = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
<title>Harbour Daily World</title>
<link>https://harbourdaily.example/</link>
<description>World news</description>
<item>
  <title>Envoys meet in Vienna</title>
  <link>https://harbourdaily.example/a1</link>
  <pubDate>Tue, 29 Jun 2021 08:54:00 GMT</pubDate>
  <description>A short teaser only.</description>
  <content:encoded><![CDATA[<p>VIENNA (Reuters) - {STORY}</p>
  <p>They agreed to meet again<br>next week in Geneva.</p>]]></content:encoded>
</item>
<item>
  <title>Teaser only</title>
  <link>https://harbourdaily.example/a2</link>
  <description>&lt;p&gt;{STORY2}&lt;/p&gt;</description>
</item>
<item>
  <title>Nothing here</title>
  <link>https://harbourdaily.example/a3</link>
</item>
</channel>
</rss>
"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Lakeside Wire</title><id>urn:lakeside</id><updated>2021-06-29T08:54:00Z</updated>
  <entry>
    <title>Ministers sign water accord</title>
    <link href="https://lakeside.example/b1"/>
    <id>urn:b1</id>
    <updated>2021-06-29T08:54:00Z</updated>
    <content type="html">&lt;p&gt;{STORY}&lt;/p&gt;&lt;p&gt;{STORY2}&lt;/p&gt;</content>
  </entry>
</feed>
"""


def test_rss_items(records):
    first, second, third = records("world.rss", RSS)
    assert first.title == "Envoys meet in Vienna"
    assert first.url == "https://harbourdaily.example/a1"
    assert first.date == "Tue, 29 Jun 2021 08:54:00 GMT"
    assert first.outlet == "Harbour Daily World"
    assert first.locator == "item 1"
    assert first.from_metadata
    assert "teaser" not in first.text  # content:encoded wins over description
    assert STORY in first.text
    assert "<p>" not in first.text
    assert second.text.strip() == STORY2  # description when there is no content
    assert isinstance(third, InputError)
    assert "item 3" in third.reason and "no article content" in third.reason


def test_rss_items_become_articles(ingest):
    first, second, third = ingest("world.xml", RSS)
    assert isinstance(first, Article)
    assert first.published == date(2021, 6, 29)
    assert first.date_source is DateSource.METADATA
    assert first.outlet == "Harbour Daily World"
    assert first.dateline == "Vienna"
    assert first.text.split("\n\n") == [
        f"VIENNA (Reuters) - {STORY}",
        "They agreed to meet again next week in Geneva.",
    ]
    assert isinstance(second, Article) and second.text == STORY2
    assert isinstance(third, Rejection) and "item 3" in third.reason


def test_atom_entries(records):
    [rec] = records("wire.atom", ATOM)
    assert rec.title == "Ministers sign water accord"
    assert rec.url == "https://lakeside.example/b1"
    assert rec.date == "2021-06-29T08:54:00Z"
    assert rec.outlet == "Lakeside Wire"
    assert STORY in rec.text and STORY2 in rec.text


def test_feed_sniffed_from_stdin(settings):
    [rec] = list(formats.read("-", ATOM.encode(), settings))
    assert rec.title == "Ministers sign water accord"


def test_xml_that_is_not_a_feed(records):
    with pytest.raises(InputError, match="no feed items found"):
        records("catalog.xml", "<?xml version='1.0'?><catalog><book>Atlas</book></catalog>")


def test_feed_without_items(records):
    with pytest.raises(InputError, match="no feed items found"):
        records("empty.rss", "<rss version='2.0'><channel><title>Empty</title></channel></rss>")


def test_read_input_never_raises_for_bad_feed(write, settings):
    path = write("broken.rss", "<rss><channel><item><title>x")
    items = list(read_input(Input(str(path)), path.read_bytes(), settings))
    assert items and all(isinstance(i, Rejection) for i in items)


# --- the usual field names of exports (data/fields.toml) ---------------------------------


@pytest.mark.parametrize(
    "obj",
    [
        {"headline": "Envoys meet", "published_at": "2021-03-04T09:00:00Z", "body": STORY},
        {"title": "Envoys meet", "pubDate": "Thu, 04 Mar 2021 09:00:00 GMT", "content": STORY},
        {"Headline": "Envoys meet", "DatePublished": "2021-03-04", "ArticleBody": STORY},
        {"heading": "Envoys meet", "publication-date": "March 4, 2021", "article_text": STORY},
    ],
)
def test_jsonl_usual_field_names_are_read_without_a_mapping(records, obj):
    [rec] = records("batch.jsonl", json.dumps(obj) + "\n")
    assert isinstance(rec, RawRecord)
    assert (rec.text, rec.title) == (STORY, "Envoys meet")
    assert rec.date is not None and "2021" in rec.date


def test_a_user_mapping_is_the_only_key_tried(records):
    obj = {"text": STORY, "lede": STORY2}
    [rec] = records("batch.jsonl", json.dumps(obj) + "\n", Settings(fields={"text": "lede"}))
    assert rec.text == STORY2
    [error] = records("batch.jsonl", json.dumps({"body": STORY}) + "\n",
                      Settings(fields={"text": "lede"}))  # fmt: skip
    assert isinstance(error, InputError) and "no text in field 'lede'" in error.reason


def test_the_text_key_wins_over_later_usual_names(records):
    obj = {"content": "A teaser of the story, cut short.", "text": STORY}
    [rec] = records("batch.jsonl", json.dumps(obj) + "\n")
    assert rec.text == STORY


def test_a_summary_is_not_taken_for_the_text(records):
    [error] = records("batch.jsonl", json.dumps({"title": "T", "description": STORY}) + "\n")
    assert isinstance(error, InputError) and "description" in error.reason


def test_nested_source_and_publisher_objects_give_their_name(records):
    obj = {"text": STORY, "source": {"id": None, "name": "Lakeside News"}}
    [rec] = records("batch.jsonl", json.dumps(obj) + "\n")
    assert rec.outlet == "Lakeside News"
    obj = {"text": STORY, "publisher": {"@type": "Organization", "name": "Alpine Courier"}}
    [rec] = records("one.json", json.dumps(obj))
    assert rec.outlet == "Alpine Courier"


def test_html_in_a_text_field_is_read_as_paragraphs(records):
    obj = {"content": f"<p>{STORY}</p><p>{STORY2}<br>Officials said so.</p>"}
    [rec] = records("batch.jsonl", json.dumps(obj) + "\n")
    assert "<p>" not in rec.text
    assert [p.strip() for p in rec.text.split("\n\n") if p.strip()][:2] == [
        STORY,
        STORY2 + "\nOfficials said so.",
    ]


def test_text_that_merely_mentions_a_tag_is_left_alone(records):
    text = "Delegates compared the <draft> and the final text on Monday."
    [rec] = records("batch.jsonl", json.dumps({"text": text}) + "\n")
    assert rec.text == text


def test_csv_usual_column_names(records):
    [rec] = records("batch.csv", f'headline,published,body\nEnvoys meet,2021-03-04,"{STORY}"\n')
    assert (rec.text, rec.title, rec.date) == (STORY, "Envoys meet", "2021-03-04")


def test_json_wrapper_object_of_a_news_api_is_read_item_by_item(records):
    doc = {
        "status": "ok",
        "totalResults": 2,
        "articles": [
            {"title": "Envoys meet", "publishedAt": "2021-03-04T10:00:00Z", "content": STORY},
            {"title": "Border to reopen", "content": STORY2},
        ],
    }
    first, second = records("api.json", json.dumps(doc))
    assert (first.text, first.title, first.locator) == (STORY, "Envoys meet", "item 1")
    assert (second.text, second.locator) == (STORY2, "item 2")


def test_a_wrapper_with_bad_items_names_them(records):
    doc = {"results": [{"text": STORY}, {"lede": STORY2}]}
    good, bad = records("api.json", json.dumps(doc))
    assert isinstance(good, RawRecord)
    assert isinstance(bad, InputError) and bad.reason.startswith("item 2: no text")


def test_an_article_object_with_a_list_field_is_no_wrapper(records):
    obj = {"text": STORY, "items": [{"text": STORY2}]}
    [rec] = records("one.json", json.dumps(obj))
    assert rec.text == STORY


# --- Markdown, semicolon CSV, CMS and database shapes -------------------------------------


def test_markdown_is_read_as_text(records):
    text = (
        "# Envoys meet\n\n*Published March 4, 2021*\n\n![The envoys](https://i.example/a.jpg)\n\n"
        f"The [foreign ministers](https://x.example) of Arland and **Borovia** met.\n\n{STORY2}\n"
    )
    [rec] = records("story.md", text)
    assert rec.may_have_header
    lines = [p for p in rec.text.split("\n") if p.strip()]
    assert lines == [
        "Envoys meet",
        "Published March 4, 2021",
        "The foreign ministers of Arland and Borovia met.",
        STORY2,
    ]


def test_markdown_leaves_underscores_inside_words(records):
    [rec] = records("story.md", "The file snake_case_name and 2*3*4 stayed as written.\n")
    assert rec.text.strip() == "The file snake_case_name and 2*3*4 stayed as written."


def test_semicolon_csv(records):
    text = f'title;date;text\nEnvoys meet;04.03.2021;"{STORY}"\n'
    [rec] = records("batch.csv", text)
    assert (rec.title, rec.date, rec.text) == ("Envoys meet", "04.03.2021", STORY)


def test_a_comma_csv_with_semicolons_in_its_text_stays_comma_separated(records):
    [rec] = records("batch.csv", f'title,text\nEnvoys meet,"{STORY}; more later"\n')
    assert rec.text == f"{STORY}; more later"


def test_cms_export_with_rendered_fields(records):
    obj = {
        "date": "2021-03-04T09:30:00",
        "title": {"rendered": "Envoys meet &#8211; and agree"},
        "content": {"rendered": f"<p>{STORY}</p>\n<p>{STORY2}</p>"},
    }
    [rec] = records("posts.json", json.dumps([obj]))
    assert rec.title == "Envoys meet – and agree"
    assert [p.strip() for p in rec.text.split("\n\n") if p.strip()] == [STORY, STORY2]


def test_text_given_as_a_list_of_paragraphs(records):
    [rec] = records("batch.jsonl", json.dumps({"paragraphs": [STORY, STORY2]}) + "\n")
    assert rec.text == f"{STORY}\n\n{STORY2}"


def test_unix_time_in_a_date_field(ingest):
    [article] = ingest("batch.jsonl", json.dumps({"text": STORY, "timestamp": 1614850200}))
    assert isinstance(article, Article)
    assert article.published == date(2021, 3, 4)


@pytest.mark.parametrize("key", ["Article", "body_html", "content_html"])
def test_more_usual_text_keys(records, key):
    [rec] = records("batch.jsonl", json.dumps({"Headline": "Envoys meet", key: f"<p>{STORY}</p>"}))
    assert isinstance(rec, RawRecord)
    assert (rec.title, rec.text.strip()) == ("Envoys meet", STORY)

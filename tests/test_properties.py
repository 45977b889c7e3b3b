"""Property tests: ingest never crashes on bad bytes; cleaning and ids are stable."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dyad.ingest import Input, article_id, clean, formats, metadata, read_input
from dyad.models import Article, Rejection
from dyad.settings import Settings

SETTINGS = Settings()
FAST = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

NAMES = [f"input{ext}" for ext in sorted(formats.EXTENSIONS)] + ["input", "-"]

# Pieces of real-looking input, so examples reach past the decoders into the readers.
FRAGMENTS = [
    "The envoys met in Geneva on Monday.",
    "talks resumed",
    "BEIJING, Dec. 15 (Xinhua) -- ",
    "TASHKENT: ",
    " date 2021-06-29 ",
    "0",
    "433",
    "News Desk",
    "08:54, June 29, 2021",
    "(Xinhua/Xie Huanchi)",
    "By Jane Roe",
    "Share this article",
    "\u201cquoted\u201d",
    "\u00ab",
    "\u00bb",
    "\u00a0",
    "\u200b",
    "\n",
    "\n\n",
    "\r\n",
    "\t",
    ",",
    '"',
    "{",
    "}",
    "[",
    "]",
    ":",
    '{"text": "Envoys met."}',
    "<p>",
    "</p>",
    "<rss><channel><item>",
    "<feed>",
    "<html><body>",
    "<![CDATA[",
    "&amp;",
    "title,text\n",
    "\ufeff",
    "\x00",
]

fragment_text = st.lists(st.sampled_from(FRAGMENTS), max_size=25).map("".join)
any_text = st.one_of(fragment_text, st.text(max_size=300))
any_bytes = st.one_of(
    st.binary(max_size=400),
    any_text.map(lambda s: s.encode("utf-8")),
    any_text.map(lambda s: s.encode("utf-16")),
)


@FAST
@given(name=st.sampled_from(NAMES), data=any_bytes)
def test_read_input_never_raises(name, data):
    # (a file that decodes to nothing may yield nothing: see test_decode's BOM-only test)
    for item in read_input(Input(name), data, SETTINGS):
        assert isinstance(item, Article | Rejection)
        if isinstance(item, Rejection):
            assert item.path == name and item.reason
        else:
            assert item.text and item.id == article_id(item.text)


@FAST
@given(text=any_text)
def test_paragraphs_are_never_empty_or_padded(text):
    for paragraph in clean.paragraphs(text):
        assert paragraph
        assert paragraph == paragraph.strip()
        assert "\n" not in paragraph


@FAST
@given(text=any_text)
def test_paragraphs_are_idempotent(text):
    once = clean.paragraphs(text)
    assert clean.paragraphs("\n\n".join(once)) == once


def test_paragraphs_idempotent_on_wrapped_caption():
    text = "The ministers posed after the talks (Harbour\ndaily/staff photographer)"
    once = clean.paragraphs(text)
    assert clean.paragraphs("\n\n".join(once)) == once


@FAST
@given(text=any_text)
def test_paragraphs_contain_no_curly_quotes_or_invisible_spaces(text):
    joined = "\n\n".join(clean.paragraphs(text))
    assert not re.search("[\u201c\u201d\u2018\u2019\u00ab\u00bb\u00a0\u200b\ufeff]", joined)


words = st.lists(
    st.text(alphabet=st.characters(categories=["L", "N", "P"]), min_size=1, max_size=8),
    min_size=1,
    max_size=20,
)
separators = st.sampled_from([" ", "  ", "\n", "\n\n", "\t", " \r\n ", "\u00a0"])


@FAST
@given(words=words, data=st.data())
def test_article_id_invariant_under_whitespace(words, data):
    spaced = data.draw(separators).join(words)
    respaced = ""
    for word in words:
        respaced += word + data.draw(separators)
    assert article_id(spaced) == article_id(" ".join(words))
    assert article_id("\n " + respaced) == article_id(" ".join(words))


@FAST
@given(a=st.text(min_size=1, max_size=80), b=st.text(min_size=1, max_size=80))
def test_article_id_differs_when_words_differ(a, b):
    def norm(s: str) -> str:
        return " ".join(unicodedata.normalize("NFKC", s).casefold().split())

    if norm(a) != norm(b):
        assert article_id(a) != article_id(b)
    else:
        assert article_id(a) == article_id(b)


@FAST
@given(text=st.one_of(st.text(max_size=60), st.none()))
def test_parse_loose_never_raises(text):
    result = metadata.parse_loose(text)
    assert result is None or 1 <= result.year <= 9999


@FAST
@given(text=any_text)
def test_read_dateline_never_raises(text):
    result = metadata.read_dateline(text)
    if result is not None:
        assert result.place and result.place == result.place.strip()

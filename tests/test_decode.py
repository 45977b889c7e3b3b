"""Bytes to text: encodings, byte order marks, empty and binary input."""

from __future__ import annotations

import codecs

import pytest

from dyad.errors import InputError
from dyad.ingest import Input, read_bytes, read_input
from dyad.ingest.decode import decode
from dyad.models import Article, Rejection

PARAGRAPH = (
    "The café owner said the minister’s visit to the border region was “a success” "
    "for both countries. Officials in the capital welcomed the agreement and said "
    "trade would resume next week."
)


def _file_bytes(write, name: str, data: bytes, settings) -> bytes:
    path = write(name, data)
    return read_bytes(Input(str(path)), settings)


def test_utf8(write, settings):
    data = _file_bytes(write, "a.txt", PARAGRAPH.encode("utf-8"), settings)
    assert decode(data, "a.txt") == PARAGRAPH


def test_utf8_with_bom_drops_the_mark(write, settings):
    data = _file_bytes(write, "a.txt", codecs.BOM_UTF8 + PARAGRAPH.encode("utf-8"), settings)
    text = decode(data, "a.txt")
    assert text == PARAGRAPH
    assert not text.startswith("\ufeff")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_bom(write, settings, encoding):
    bom = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}.get(encoding, b"")
    raw = bom + PARAGRAPH.encode(encoding)
    data = _file_bytes(write, "a.txt", raw, settings)
    assert decode(data, "a.txt") == PARAGRAPH


def test_cp1252_english_paragraph(write, settings):
    raw = PARAGRAPH.encode("cp1252")
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # the test really exercises the fallback
    data = _file_bytes(write, "a.txt", raw, settings)
    text = decode(data, "a.txt")
    assert text == PARAGRAPH
    assert "café" in text and "minister’s" in text


def test_latin1_english_paragraph_with_acute_accents(write, settings):
    para = (
        "The café owners of the old town welcomed the delegation and said the plan "
        "would bring visitors back. Officials in the capital welcomed the agreement "
        "and said trade would resume next week."
    )
    data = _file_bytes(write, "a.txt", para.encode("latin-1"), settings)
    assert decode(data, "a.txt") == para


@pytest.mark.parametrize(
    "para",
    [
        "The delegation from Zürich met officials in the capital. Officials welcomed the "
        "agreement and said trade would resume next week.",
        "The naïve plan was rejected by the minister. Officials in the capital welcomed the "
        "agreement and said trade would resume next week.",
        "Ministers from Zürich, Genève and Besançon met the café owners at the résidence of "
        "the ambassador on Monday.",
    ],
)
def test_latin1_english_paragraph_with_other_accents(write, settings, para):
    data = _file_bytes(write, "a.txt", para.encode("latin-1"), settings)
    assert decode(data, "a.txt") == para


@pytest.mark.parametrize("data", [b"", b"   ", b" \n\t\r\n \n"])
def test_empty_or_whitespace_only(data):
    with pytest.raises(InputError, match="empty") as info:
        decode(data, "a.txt")
    assert info.value.path == "a.txt"


@pytest.mark.parametrize(
    "data",
    [
        b"Talks resumed\x00 in Geneva.",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00",
        b"Envoys met\x01\x02\x03 on Monday.",
        b"\x7fELF\x02\x01\x01\x00",
    ],
)
def test_binary(data):
    with pytest.raises(InputError, match="binary"):
        decode(data, "a.txt")


def test_tabs_form_feeds_and_escape_are_not_binary():
    assert (
        decode(b"Talks\tresumed.\x0cNext page.\x1b", "a.txt") == "Talks\tresumed.\x0cNext page.\x1b"
    )


def test_bom_that_does_not_decode():
    with pytest.raises(InputError, match="mark but does not decode"):
        decode(codecs.BOM_UTF16_LE + b"\x00", "a.txt")


def test_decoding_errors_become_rejections(write, settings):
    for name, raw in [("empty.txt", b"\n\n"), ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00")]:
        path = write(name, raw)
        inp = Input(str(path))
        [item] = list(read_input(inp, read_bytes(inp, settings), settings))
        assert isinstance(item, Rejection)
        assert item.path == str(path)
    [stdin_item] = list(read_input(Input("e.txt"), b"  ", settings))
    assert "empty" in stdin_item.reason


def test_utf16_file_is_ingested_as_article(ingest):
    [article] = ingest("utf16.txt", PARAGRAPH.encode("utf-16"))
    assert isinstance(article, Article)
    assert article.text == PARAGRAPH.replace("’", "'").replace("“", '"').replace("”", '"')


@pytest.mark.parametrize("name", ["blank.txt", "blank.jsonl", "blank.csv"])
@pytest.mark.parametrize(
    "bom", [codecs.BOM_UTF8, codecs.BOM_UTF16_LE], ids=["utf8-bom", "utf16-bom"]
)
def test_file_with_only_a_byte_order_mark_is_empty(ingest, name, bom):
    items = ingest(
        name, bom + "\n \n".encode("utf-16-le" if bom == codecs.BOM_UTF16_LE else "utf-8")
    )
    assert len(items) == 1
    assert isinstance(items[0], Rejection)
    assert "empty" in items[0].reason

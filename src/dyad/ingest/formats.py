"""Format readers: bytes of one input -> RawRecords (or InputErrors for bad records).

One reader per format; ``read`` picks the reader from the file name, or sniffs
the content when the name says nothing (stdin, files without an extension).
"""

from __future__ import annotations

import csv
import html
import io
import json
import logging
import re
import tomllib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import PurePath
from typing import Any

from ..errors import InputError
from ..settings import ARTICLE_FIELDS, Settings
from .decode import decode
from .record import RawRecord

Reader = Callable[[str, str, Settings], Iterator[RawRecord | InputError]]

EXTENSIONS = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".csv": "csv",
    ".tsv": "tsv",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".xml": "feed",
    ".rss": "feed",
    ".atom": "feed",
}


def format_of(path: str, text: str) -> str:
    """The format name for ``path``: from its extension, else sniffed from ``text``."""
    suffix = _suffix(path)
    if suffix in EXTENSIONS:
        return EXTENSIONS[suffix]
    if suffix:
        raise _unsupported(path, suffix)
    return sniff(text)


def _suffix(path: str) -> str:
    return PurePath(path).suffix.lower() if path != "-" else ""


def _unsupported(path: str, suffix: str) -> InputError:
    return InputError(
        f"unsupported format {suffix!r}; dyad reads {', '.join(sorted(EXTENSIONS))}", path=path
    )


def sniff(text: str) -> str:
    """Guess the format of extension-less input from its first characters."""
    head = text.lstrip()[:2000].lower()
    if head.startswith("<"):
        if "<rss" in head or "<feed" in head or "<rdf:rdf" in head:
            return "feed"
        return "html"
    if head.startswith("{"):
        return "jsonl"
    if head.startswith("["):
        return "json"
    return "text"


def read(path: str, data: bytes, settings: Settings) -> Iterator[RawRecord | InputError]:
    """Yield the records of one input, and an InputError for each bad record in it.

    Raises InputError when the input as a whole cannot be read.
    """
    suffix = _suffix(path)
    if suffix and suffix not in EXTENSIONS:
        raise _unsupported(path, suffix)
    if data[:2] in (b"PK", b"\x1f\x8b") or data[:5] == b"%PDF-":
        raise InputError("archive or PDF, not an article file; extract its text first", path=path)
    text = decode(data, path)
    fmt = format_of(path, text)
    yield from READERS[fmt](path, text, settings)


def read_text(path: str, text: str, settings: Settings) -> Iterator[RawRecord | InputError]:
    """A plain-text article; the first line may be a ` date YYYY-MM-DD Title` header."""
    yield RawRecord(text=text, may_have_header=True)


@dataclass(frozen=True, slots=True)
class FieldKeys:
    """The usual key names of each article field and of article-list wrappers (fields.toml)."""

    by_field: dict[str, tuple[str, ...]]
    wrappers: tuple[str, ...]


@lru_cache(maxsize=1)
def field_keys() -> FieldKeys:
    """Load the field key names once."""
    data = tomllib.loads(resources.files("dyad.ingest").joinpath("data/fields.toml").read_text())
    by_field = {name: tuple(data.get(name, (name,))) for name in ARTICLE_FIELDS}
    return FieldKeys(by_field, tuple(data.get("wrappers", ())))


def _squash(key: str) -> str:
    return key.casefold().replace("_", "").replace("-", "")


def key_in(keys: list[str], name: str, settings: Settings) -> str | None:
    """The key among ``keys`` that holds article field ``name``, or None.

    A key the user mapped is the only one tried; otherwise the usual names of the field
    (data/fields.toml), exactly, then ignoring case, "_" and "-".
    """
    if name in settings.fields:
        return settings.fields[name] if settings.fields[name] in keys else None
    candidates = field_keys().by_field[name]
    for key in candidates:
        if key in keys:
            return key
    squashed = {_squash(k): k for k in reversed(keys)}
    return next((squashed[_squash(c)] for c in candidates if _squash(c) in squashed), None)


def _scalar(value: Any) -> str | None:
    """A field's value as text: nested objects give their name ({"name": "Lakeside News"}) or
    rendered text ({"rendered": "Envoys meet"}); HTML entities are decoded."""
    if isinstance(value, dict):
        value = next((value[k] for k in ("name", "title", "rendered", "value") if k in value), None)
    if value is None or isinstance(value, (dict, list)):
        return None
    return html.unescape(str(value)).strip() or None


# Block tags that mark a text field as HTML (feeds and CMS exports put markup in "content").
_HTML_BLOCKS = re.compile(r"<(p|br|div|li|h[1-6]|blockquote)\b[^>]*>", re.IGNORECASE)


def _text_value(value: Any) -> Any:
    """A text field as text: CMS exports nest it ({"rendered": "<p>..."}) or list paragraphs."""
    if isinstance(value, dict):
        value = next((value[k] for k in ("rendered", "value", "text") if k in value), None)
    if isinstance(value, list) and value and all(isinstance(p, str) for p in value):
        value = "\n\n".join(value)
    return value


# Markdown a read-later or notes tool saves: images, link targets, heading marks, emphasis.
_MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_MD_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+", re.MULTILINE)
_MD_EMPHASIS = re.compile(r"(?<!\w)(\*\*|__|\*|_)(\S(?:.*?\S)?)\1(?!\w)")
_MD_RULE = re.compile(r"^[ \t]*([-*_][ \t]*){3,}$", re.MULTILINE)


def markdown_to_text(text: str) -> str:
    """Plain text from Markdown: link texts kept, images, targets and markup dropped."""
    text = _MD_IMAGE.sub("", text)
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_HEADING.sub("", text)
    text = _MD_RULE.sub("", text)
    return _MD_EMPHASIS.sub(r"\2", text)


def read_markdown(path: str, text: str, settings: Settings) -> Iterator[RawRecord | InputError]:
    """A Markdown article, read as plain text once its markup is gone."""
    yield RawRecord(text=markdown_to_text(text), may_have_header=True)


def _record(
    obj: Any, locator: str, line: int | None, path: str, settings: Settings
) -> RawRecord | InputError:
    """Map one JSON object / CSV row to a RawRecord via the field names."""
    where = f"{locator}: " if locator else ""
    if not isinstance(obj, dict):
        return InputError(
            f"{where}expected an object with a text field, got {type(obj).__name__}",
            path=path,
            line=line,
        )
    keys = [k for k in obj if isinstance(k, str)]
    found = {name: key_in(keys, name, settings) for name in ARTICLE_FIELDS}
    text = _text_value(obj.get(found["text"])) if found["text"] else None
    if not isinstance(text, str) or not text.strip():
        key = found["text"] or settings.key_for("text")
        return InputError(
            f"{where}no text in field {key!r} (keys: {', '.join(map(str, obj)) or 'none'}); "
            f"map the right key with --field text=KEY",
            path=path,
            line=line,
        )
    if _HTML_BLOCKS.search(text):
        text = html_to_text(text)
    fields = {
        name: _scalar(obj.get(key)) if key else None
        for name, key in found.items()
        if name != "text"
    }
    return RawRecord(text=text, locator=locator, line=line, from_metadata=True, **fields)


def read_jsonl(path: str, text: str, settings: Settings) -> Iterator[RawRecord | InputError]:
    """JSON Lines: one article object per line; blank lines are allowed."""
    # Split on newlines only: str.splitlines() also breaks at U+2028, which JSON allows raw.
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except (ValueError, RecursionError) as exc:
            yield InputError(f"line {number}: invalid JSON: {_json_problem(exc)}", path=path,
                             line=number)  # fmt: skip
            continue
        yield _record(obj, f"line {number}", number, path, settings)


def read_json(path: str, text: str, settings: Settings) -> Iterator[RawRecord | InputError]:
    """A JSON array of article objects (or a single object)."""
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(
            f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}",
            path=path,
            line=exc.lineno,
        ) from None
    except (ValueError, RecursionError) as exc:
        raise InputError(f"invalid JSON: {_json_problem(exc)}", path=path) from None
    if isinstance(doc, dict) and (wrapped := _wrapped_articles(doc, settings)) is not None:
        doc = wrapped
    if not isinstance(doc, list):
        yield _record(doc, "", None, path, settings)  # one article: no locator
        return
    for number, obj in enumerate(doc, start=1):
        yield _record(obj, f"item {number}", None, path, settings)


def _wrapped_articles(doc: dict[str, Any], settings: Settings) -> list[Any] | None:
    """The article list of a wrapper object (``{"status": "ok", "articles": [...]}``), or None.

    Only for an object that is no article itself (it has no text field).
    """
    if key_in([k for k in doc if isinstance(k, str)], "text", settings) is not None:
        return None
    for key in field_keys().wrappers:
        items = doc.get(key)
        if isinstance(items, list) and items and all(isinstance(i, dict) for i in items):
            return items
    return None


def _json_problem(exc: Exception) -> str:
    if isinstance(exc, json.JSONDecodeError):
        return exc.msg
    if isinstance(exc, RecursionError):
        return "nested too deeply"
    return str(exc).split(";")[0]


def _read_delimited(
    path: str, text: str, settings: Settings, delimiter: str
) -> Iterator[RawRecord | InputError]:
    # A field may be as long as the file may be (the size limit is checked before reading).
    csv.field_size_limit(max(csv.field_size_limit(), settings.max_bytes))
    if delimiter == "," and _semicolon_header(text):
        delimiter = ";"  # spreadsheets in many European locales save CSV with semicolons
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        header = next(reader)
    except (StopIteration, csv.Error) as exc:
        raise InputError(f"cannot read the header row: {exc}", path=path, line=1) from None
    header = [h.strip() for h in header]
    if key_in(header, "text", settings) is None:
        raise InputError(
            f"no {settings.key_for('text')!r} column (columns: {', '.join(header)}); "
            f"map the right column with --field text=COLUMN",
            path=path,
            line=1,
        )
    number = 1
    while True:
        line = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield InputError(f"malformed CSV: {exc}", path=path, line=line)
            return  # the reader cannot resynchronise after a broken quote
        number += 1
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            yield InputError(
                f"row {number}: has {len(row)} fields, the header has {len(header)}",
                path=path,
                line=line,
            )
            continue
        yield _record(dict(zip(header, row, strict=True)), f"row {number}", line, path, settings)


def _semicolon_header(text: str) -> bool:
    """True when the first line is a header separated by semicolons, not commas."""
    first = text.split("\n", 1)[0]
    return first.count(";") >= 1 and first.count(",") == 0


def read_csv(path: str, text: str, settings: Settings) -> Iterator[RawRecord | InputError]:
    """CSV with a header row naming the fields."""
    return _read_delimited(path, text, settings, ",")


def read_tsv(path: str, text: str, settings: Settings) -> Iterator[RawRecord | InputError]:
    """Tab-separated values with a header row."""
    return _read_delimited(path, text, settings, "\t")


# trafilatura logs every page it finds thin; dyad reports those itself.
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)


def html_to_text(html: str) -> str:
    """The visible text of an HTML fragment, one paragraph per block element."""
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except Exception:  # lxml raises several types for junk; treat all as no markup
        return html
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    blocks = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr"}
    for el in root.iter():
        if el.tag in blocks:
            el.tail = "\n\n" + (el.tail or "")
    return root.text_content()


def read_html(path: str, text: str, settings: Settings) -> Iterator[RawRecord | InputError]:
    """An HTML page: trafilatura extracts the main text and its metadata."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        text,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        # Only dates the page states as its own (meta tags, markup), not a copyright year.
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    body = doc.text if doc is not None else None
    if not body or not _has_story(body):
        raise InputError("no article text found in the HTML page", path=path)
    title = doc.title or None
    lines = body.split("\n")
    if title and lines and lines[0].strip() == title.strip():
        lines = lines[1:]  # trafilatura repeats the <h1> as the first line
    yield RawRecord(
        text="\n\n".join(lines),
        title=title,
        date=doc.date,
        url=doc.url,
        outlet=doc.sitename,
        from_metadata=True,
    )


def _has_story(text: str) -> bool:
    """At least one sentence-like line: menus and footers alone are no article."""
    return any(
        len(line.split()) >= 8 and line.rstrip().endswith((".", "!", "?", '"', "'", "”"))
        for line in text.split("\n")
    )


def read_feed(path: str, text: str, settings: Settings) -> Iterator[RawRecord | InputError]:
    """An RSS or Atom feed whose items carry the article content."""
    import feedparser

    feed = feedparser.parse(text)
    if not feed.entries:
        problem = f": {feed.bozo_exception}" if feed.bozo else ""
        raise InputError(f"no feed items found{problem}", path=path)
    outlet = feed.feed.get("title") or None
    for number, entry in enumerate(feed.entries, start=1):
        content = entry.get("content")
        html = content[0].get("value") if content else entry.get("summary")
        locator = f"item {number}"
        if not html or not html.strip():
            yield InputError(f"{locator}: the feed item carries no article content", path=path)
            continue
        yield RawRecord(
            text=html_to_text(html),
            locator=locator,
            title=entry.get("title") or None,
            date=entry.get("published") or entry.get("updated"),
            url=entry.get("link") or None,
            outlet=outlet,
            from_metadata=True,
        )


READERS: dict[str, Reader] = {
    "text": read_text,
    "markdown": read_markdown,
    "jsonl": read_jsonl,
    "json": read_json,
    "csv": read_csv,
    "tsv": read_tsv,
    "html": read_html,
    "feed": read_feed,
}

"""Ingest: find the inputs, read each format, clean the text, read the metadata.

``discover`` turns command-line paths into inputs; ``read_input`` yields an
Article (or a Rejection) for every record in one input. Nothing here touches
the store: the pipeline decides what is new.
"""

from __future__ import annotations

import glob
import hashlib
import os
import re
import sys
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from ..errors import InputError
from ..models import Article, DateSource, Rejection, SourceRef, Status
from ..settings import Settings
from . import clean, formats, metadata
from .record import RawRecord

__all__ = ["Input", "article_id", "build_article", "discover", "read_articles", "read_input"]

_GLOB_CHARS = re.compile(r"[*?\[]")


@dataclass(frozen=True, slots=True)
class Input:
    """One input to read: a file (path as given by the user) or stdin (``-``)."""

    path: str

    @property
    def is_stdin(self) -> bool:
        return self.path == "-"


def discover(paths: Sequence[str]) -> Iterator[Input | Rejection]:
    """Expand files, folders (recursively, skipping hidden entries) and globs, in order.

    A path that matches nothing yields a Rejection. Each file is yielded once.
    """
    seen: set[str] = set()

    def emit(path: str) -> Iterator[Input]:
        # One file spelled two ways ("a.txt", "./a.txt") is read once, under its first spelling.
        key = path if path == "-" else os.path.realpath(path)
        if key not in seen:
            seen.add(key)
            yield Input(path)

    for given in paths:
        if given == "-":
            yield from emit(given)
        elif os.path.isdir(given):
            for found in _walk(given):
                yield from emit(found)
        elif os.path.isfile(given):
            yield from emit(given)
        elif _GLOB_CHARS.search(given):
            matches = sorted(glob.glob(given, recursive=True))
            if not matches:
                yield Rejection(given, "no files match this pattern")
            for match in matches:
                for found in _walk(match) if os.path.isdir(match) else [match]:
                    yield from emit(found)
        else:
            yield Rejection(given, "no such file or folder")


def _walk(folder: str) -> Iterator[str]:
    """Files under ``folder`` in sorted order, skipping hidden files and folders."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield os.path.join(root, name)


def read_bytes(inp: Input, settings: Settings) -> bytes:
    """The raw bytes of an input, refusing files over the size limit."""
    limit = settings.max_bytes
    if inp.is_stdin:
        data = sys.stdin.buffer.read(limit + 1)
    else:
        try:
            size = os.path.getsize(inp.path)
            if size > limit:
                raise InputError(_too_big(size, limit), path=inp.path)
            data = Path(inp.path).read_bytes()
        except OSError as exc:
            raise InputError(f"cannot read: {exc.strerror or exc}", path=inp.path) from None
    if len(data) > limit:
        raise InputError(_too_big(len(data), limit), path=inp.path)
    return data


def _too_big(size: int, limit: int) -> str:
    return (
        f"file is {size / 1e6:.1f} MB, over the {limit / 1e6:g} MB limit; "
        f"raise it with --max-bytes or split the file"
    )


def read_input(inp: Input, data: bytes, settings: Settings) -> Iterator[Article | Rejection]:
    """Every article in one input's bytes, and a Rejection for each bad record.

    Never raises for bad input: a file that cannot be read at all yields one Rejection.
    """
    try:
        for item in formats.read(inp.path, data, settings):
            if isinstance(item, InputError):
                yield Rejection(inp.path, item.reason, item.line)
                continue
            try:
                yield build_article(item, SourceRef(inp.path, item.locator))
            except InputError as exc:
                yield Rejection(inp.path, exc.reason, item.line)
    except InputError as exc:
        yield Rejection(inp.path, exc.reason, exc.line)


def read_articles(inp: Input, settings: Settings) -> list[Article]:
    """The readable articles of one input, for in-memory use (rejections are dropped)."""
    try:
        data = read_bytes(inp, settings)
    except InputError:
        return []
    return [a for a in read_input(inp, data, settings) if isinstance(a, Article)]


def build_article(record: RawRecord, source: SourceRef) -> Article:
    """Clean one record and read its metadata into an Article."""
    text = record.text
    header = (
        metadata.parse_header(text) or metadata.parse_labelled_header(text)
        if record.may_have_header
        else None
    )
    if header is not None:
        text = header.body
    paragraphs = clean.paragraphs(text)
    title = record.title or (header.title if header else None)
    if title is None and len(paragraphs) > 1 and metadata.looks_like_title(paragraphs[0]):
        title = paragraphs.pop(0)
    if title is not None:
        title = metadata.strip_site_name(clean.normalise_line(title)) or None
        if paragraphs and title and paragraphs[0].casefold() == title.casefold():
            paragraphs.pop(0)  # the headline repeated as the first line
    if not paragraphs:
        where = f"{source.locator}: " if source.locator else ""
        raise InputError(f"{where}no article text left after removing page junk")

    dateline = next(
        (
            d
            for p in paragraphs[:2]
            if (d := metadata.read_dateline(p)) is not None
            and not metadata.opens_turns(p, paragraphs)
        ),
        None,
    ) or metadata.byline_place(text)
    if dateline is None and header is not None and header.place:
        dateline = metadata.Dateline(place=header.place, day=None, agency=None)
    published, date_source = _published(record, header, dateline, text)
    outlet = (
        record.outlet
        or (header.outlet if header else None)
        or (metadata.outlet_from_tag(dateline.agency) if dateline else None)
        or metadata.outlet_in_text(paragraphs)
    )
    body = "\n\n".join(paragraphs)
    language = metadata.detect_language(body)
    return Article(
        id=article_id(body),
        text=body,
        title=title,
        published=published,
        date_source=date_source,
        outlet=outlet,
        url=record.url or (header.url if header else None),
        dateline=dateline.place if dateline else None,
        language=language,
        status=Status.INGESTED if language == "en" else Status.NOT_CODED,
        ingested_at=datetime.now(UTC).replace(microsecond=0),
        sources=(source,),
    )


def _published(
    record: RawRecord,
    header: metadata.Header | None,
    dateline: metadata.Dateline | None,
    raw_text: str,
) -> tuple[date | None, DateSource]:
    """The published date and where it came from, best source first.

    A page's timestamp line ("17:40, May 27, 2024") is dropped from the text as junk,
    but its date is page metadata.
    """
    if record.from_metadata and (day := metadata.parse_loose(record.date)):
        return day, DateSource.METADATA
    if header is not None and header.published is not None:
        return header.published, DateSource.HEADER
    if dateline is not None and dateline.day is not None:
        return dateline.day, DateSource.DATELINE
    if (day := metadata.timestamp_date(raw_text)) is not None:
        return day, DateSource.METADATA
    return None, DateSource.NONE


def article_id(text: str) -> str:
    """A stable id from the normalised text: same words, same id, whatever the spacing."""
    norm = " ".join(unicodedata.normalize("NFKC", text).casefold().split())
    return "a_" + hashlib.sha256(norm.encode("utf-8")).hexdigest()[:16]

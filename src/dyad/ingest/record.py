"""What a format reader yields: one article as found, before cleaning."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class RawRecord:
    """One article as a reader found it. ``date`` is still text, as written."""

    text: str
    locator: str = ""  # "line 3", "row 2", "item 1"; empty for one-article files
    line: int | None = None  # line number in the file, for messages
    title: str | None = None
    date: str | None = None
    url: str | None = None
    outlet: str | None = None
    #: True when the title/date came from structured metadata (JSON, CSV, feed, HTML meta).
    from_metadata: bool = False
    #: True when the text still may carry a ` date YYYY-MM-DD Title` header line.
    may_have_header: bool = False

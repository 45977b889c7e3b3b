"""The data model: frozen dataclasses shared by every stage.

Stages pass these values along; nothing here knows about spaCy, SQL or the CLI.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum


class DateSource(StrEnum):
    """Where an article's published date came from."""

    HEADER = "header"  # the ` date YYYY-MM-DD Title` first line of a text file
    METADATA = "metadata"  # JSON/CSV fields, feed item, HTML meta tags
    DATELINE = "dateline"  # `BEIJING, Dec. 15, 2020 (Xinhua) --`
    NONE = "none"


class Status(StrEnum):
    """Where an article stands in the pipeline."""

    INGESTED = "ingested"  # stored, waiting for the coding stages
    CODED = "coded"  # annotated and coded by the current coder version
    NOT_CODED = "not_coded"  # stored but deliberately not coded (e.g. not English)


@dataclass(frozen=True, slots=True)
class SourceRef:
    """Where one copy of an article was read: the path as given, and the record in it."""

    path: str  # exactly as given on the command line ("-" for stdin)
    locator: str = ""  # "line 3", "row 7", "item 2"; empty for one-article files


@dataclass(frozen=True, slots=True)
class Article:
    """One news article, cleaned. Character offsets everywhere refer to ``text``."""

    id: str
    text: str
    title: str | None = None
    published: date | None = None
    date_source: DateSource = DateSource.NONE
    outlet: str | None = None
    url: str | None = None
    dateline: str | None = None
    language: str | None = None
    status: Status = Status.INGESTED
    ingested_at: datetime | None = None
    sources: tuple[SourceRef, ...] = ()

    @property
    def paths(self) -> tuple[str, ...]:
        """Every distinct input path this text was read from, in first-seen order."""
        return tuple(dict.fromkeys(s.path for s in self.sources))


@dataclass(frozen=True, slots=True)
class Rejection:
    """An input that could not be ingested, and why. Never fatal to a batch."""

    path: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.reason}"


@dataclass(frozen=True, slots=True)
class Span:
    """Character offsets into an article's text."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Actor:
    """One resolved participant of an event."""

    name: str
    kind: str  # person | state | organisation | group
    country: str | None = None  # ISO 3166-1 alpha-3
    cow: int | None = None  # Correlates of War numeric code
    sector: str | None = None  # PLOVER sector: GOV, MIL, IGO, ...
    title: str | None = None
    wikidata: str | None = None
    raw: str = ""
    mentions: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class Evidence:
    """The sentence that states an event mention."""

    article_id: str
    sentence_index: int
    start: int
    end: int
    sentence: str


@dataclass(frozen=True, slots=True)
class EventMention:
    """One event as stated in one sentence of one article."""

    event_type: str
    actors: tuple[Actor, ...]
    recipients: tuple[Actor, ...]
    evidence: Evidence
    mode: str | None = None
    medium: str | None = None
    contexts: tuple[str, ...] = ()
    date: date | None = None
    date_precision: str | None = None
    location: str | None = None
    modality: str = "actual"
    negated: bool = False
    confidence: float = 0.0
    coder_version: str = ""


@dataclass(frozen=True, slots=True)
class Event:
    """One real-world event: the merged view of its mentions."""

    id: str
    event_type: str
    mentions: tuple[EventMention, ...] = field(default_factory=tuple)
    num_articles: int = 0
    num_sources: int = 0

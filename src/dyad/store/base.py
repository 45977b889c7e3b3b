"""The store interface: what every backend (SQLite now, PostgreSQL later) provides.

Each write method is one transaction: a run killed at any moment keeps every
article already written, whole, and nothing half-written.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from types import TracebackType
from typing import Any

from ..models import (
    Article,
    Correction,
    EventFilter,
    EventMention,
    Rejection,
    Resolution,
    SourceRef,
    Status,
)

#: Mentions that may state the same event share a block: (event type, participating states).
Block = tuple[str, tuple[str, ...]]


class Added(StrEnum):
    """What ``Store.add_article`` did."""

    NEW = "new"  # a text never seen before
    NEW_PATH = "new_path"  # a known text, read from a path (or record) not seen before
    UNCHANGED = "unchanged"  # nothing to do


@dataclass(frozen=True, slots=True)
class InputRecord:
    """A fully read input file: its content digest and what reading it gave."""

    path: str
    digest: str
    articles: int
    rejections: tuple[Rejection, ...] = ()


#: Sort keys of ``query_event_records``.
SORT_KEYS = ("date", "num_sources", "num_articles", "goldstein", "event_type")


class Store(ABC):
    """Where articles (and, later, events) live. Use as a context manager."""

    @abstractmethod
    def add_article(self, article: Article, source: SourceRef) -> Added:
        """Store ``article`` read from ``source``, atomically; known texts only gain the path."""

    @abstractmethod
    def seen_input(self, path: str, digest: str) -> InputRecord | None:
        """The record of ``path`` if it was fully read before with this exact content."""

    @abstractmethod
    def record_input(self, record: InputRecord) -> None:
        """Remember that an input was fully read (after all its articles are stored)."""

    @abstractmethod
    def article(self, article_id: str) -> Article | None:
        """One article with all its sources, or None."""

    @abstractmethod
    def articles(self, *, status: Status | None = None) -> Iterator[Article]:
        """Every article in ingest order, optionally only those with ``status``."""

    @abstractmethod
    def article_ids(self) -> list[str]:
        """Every article's id in ingest order (without reading the texts)."""

    @abstractmethod
    def count_articles(self) -> int:
        """How many distinct articles are stored."""

    @abstractmethod
    def articles_to_code(self, coder_version: str) -> Iterator[Article]:
        """English articles not yet coded by ``coder_version``, in ingest order."""

    @abstractmethod
    def save_coding(
        self,
        article_id: str,
        coder_version: str,
        resolution: Resolution,
        mentions: Sequence[EventMention] = (),
    ) -> None:
        """Replace what the coder made of one article, atomically, and mark it coded."""

    @abstractmethod
    def event_mentions(
        self,
        *,
        countries: Sequence[str] = (),
        event_type: str | None = None,
        since: str | None = None,
        until: str | None = None,
    ) -> Iterator[EventMention]:
        """Stored event mentions, filtered (all given countries take part), by date then id."""

    @abstractmethod
    def signatures(self) -> dict[str, bytes]:
        """Every article's stored near-duplicate signature, by id."""

    @abstractmethod
    def save_signatures(self, signatures: dict[str, bytes], copies: dict[str, str]) -> None:
        """Store new signatures and the copy -> original links of near-duplicate articles."""

    @abstractmethod
    def copies(self) -> dict[str, str]:
        """Near-duplicate articles: copy id -> the id of the first article of the story."""

    @abstractmethod
    def article_mentions(self, article_id: str) -> list[EventMention]:
        """The event mentions of one article, in text order."""

    @abstractmethod
    def event_assignments(self) -> tuple[dict[str, str], dict[str, int]]:
        """(mention id -> event id, event id -> creation order) as last merged."""

    @abstractmethod
    def dirty_blocks(self) -> set[Block]:
        """Blocks whose merge is out of date: those of every mention coded (or removed by
        coding its article again) since the last ``save_events``."""

    @abstractmethod
    def block_mentions(self, blocks: Iterable[Block]) -> Iterator[EventMention]:
        """Every stored mention of the given blocks."""

    @abstractmethod
    def save_events(
        self, members: dict[str, str], aliases: dict[str, str], blocks: Iterable[Block] = ()
    ) -> set[str]:
        """Store a merge of ``blocks``: the event of each mention in ``members`` (other
        mentions keep theirs; assignments of mentions that no longer exist are dropped), ids
        that now point to another, and ``blocks`` no longer dirty. Returns the events that
        lost a mention no longer stored (their articles were coded again)."""

    @abstractmethod
    def count_events(self) -> int:
        """How many merged events are stored."""

    @abstractmethod
    def resolve_event_id(self, event_id: str) -> str:
        """The surviving id of an event id (itself unless it was merged into another)."""

    @abstractmethod
    def published_dates(self) -> dict[str, date | None]:
        """Every article's published date, by id (merging needs them)."""

    @abstractmethod
    def resolution(self, article_id: str) -> Resolution | None:
        """The stored actors and mentions of one article, or None if it is not coded."""

    # ---- merged events as queries read them (one row per event, corrections applied) ----

    @abstractmethod
    def mentions_by_event(
        self, event_ids: Collection[str] | None = None
    ) -> Iterator[tuple[str, EventMention]]:
        """(event id, mention) for every merged mention, or those of ``event_ids`` only."""

    @abstractmethod
    def event_occasions(
        self,
    ) -> Iterator[tuple[str, str, tuple[str, ...], date | None, str | None]]:
        """(event id, type, states, date, date precision) of every merged mention, in the
        order of ``mentions_by_event``: what linking events reads, without the records."""

    @abstractmethod
    def events_of(self, mention_ids: Collection[str]) -> dict[str, str]:
        """mention id -> event id, for those of ``mention_ids`` that are merged."""

    @abstractmethod
    def save_event_records(
        self, records: Iterable[dict[str, Any]], *, only: Collection[str] | None = None
    ) -> int:
        """Store export records (export.event_record), atomically: the whole table, or, with
        ``only``, just those event ids (the ones not in ``records`` are removed)."""

    @abstractmethod
    def count_event_records(self) -> int:
        """How many merged events are stored as records."""

    @abstractmethod
    def query_event_records(
        self, where: EventFilter, *, sort: str = "date", limit: int | None = None, offset: int = 0
    ) -> tuple[int, list[dict[str, Any]]]:
        """(how many match, one page of their records). ``sort``: a key of SORT_KEYS,
        ``-`` before it for descending."""

    @abstractmethod
    def event_facts(self, where: EventFilter) -> Iterator[dict[str, Any]]:
        """The fields aggregates need, without mentions: id, date, event_type, mode,
        quad_class, goldstein, countries, actor_countries, recipient_countries,
        location_country, num_sources, by date then id."""

    @abstractmethod
    def monthly_counts(self, where: EventFilter, by: str) -> list[tuple[str, str, int]]:
        """(YYYY-MM, key, events) of the dated matching events, where key is the QuadClass
        (``by="quad"``) or the event type (``by="type"``)."""

    @abstractmethod
    def country_counts(self, where: EventFilter) -> dict[str, int]:
        """Matching events per country: where each took place when known, else once for
        each participant state."""

    @abstractmethod
    def pair_counts(
        self, where: EventFilter
    ) -> tuple[dict[str, int], dict[tuple[str, str], tuple[int, float]]]:
        """Matching events per state, and per pair of states (in code order) the events
        they share with the sum of their Goldstein scores (unknown counts as 0)."""

    @abstractmethod
    def event_record(self, event_id: str) -> dict[str, Any] | None:
        """The stored record of one event (no alias resolution), or None."""

    @abstractmethod
    def event_span(self) -> tuple[str | None, str | None]:
        """The first and last event dates."""

    @abstractmethod
    def actor_counts(
        self, *, q: str | None = None, country: str | None = None, limit: int = 100
    ) -> list[dict[str, Any]]:
        """Actors of the merged events with their event counts, most events first."""

    @abstractmethod
    def add_correction(self, correction: Correction) -> Correction:
        """Append to the correction log; returns the entry with its id."""

    @abstractmethod
    def corrections(self) -> list[Correction]:
        """The whole correction log, oldest first."""

    @abstractmethod
    def drop_live_aliases(self) -> None:
        """Forget aliases that name an event that exists again (a split undoes a merge)."""

    @abstractmethod
    def close(self) -> None:
        """Release the connection."""

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

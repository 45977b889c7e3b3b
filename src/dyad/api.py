"""The Python API: a coded database for analysis in pandas (``dyad.open``).

    >>> import dyad
    >>> db = dyad.open("demo.db")
    >>> db.events(country="KAZ", type="CONSULT")          # one row per event
    >>> db.event("e_28da1487332fc794")["mentions"]        # every report of it
    >>> db.timeline("CHN", "RUS")                         # the pair's months
    >>> db.export("events.parquet", since="2022-01-01")   # and its manifest

Every method reads the stored event records (corrections applied), through the same
queries as the REST API (query.py).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from . import query
from .errors import QueryError
from .models import EventFilter
from .store import Store, open_store

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["Database"]

Codes = str | Iterable[str] | None


class Database:
    """A coded dyad database (made by ``dyad run``). Close it, or use ``with``."""

    def __init__(self, path: str | Path = "dyad.db") -> None:
        from .records import ensure

        self.path = Path(path)
        self.store: Store = open_store(path, create=False)
        ensure(self.store)

    # ---- events --------------------------------------------------------------------------

    def events(
        self,
        *,
        country: Codes = None,
        dyad: Codes = None,
        actor: str | None = None,
        type: Codes = None,
        mode: str | None = None,
        quad: int | None = None,
        since: str | date | None = None,
        until: str | date | None = None,
        text: str | None = None,
        min_confidence: float | None = None,
        sort: str = "date",
        limit: int | None = None,
    ) -> pd.DataFrame:
        """Matching events as a DataFrame, one row per event, the flat columns of the CSV
        export (docs/export.md) with ``date`` and ``published`` as datetimes.

        ``country``: ISO3 codes that all take part; ``dyad``: a pair, ``("CHN", "RUS")``;
        ``actor``: part of an actor's or recipient's name; ``type``: PLOVER types (any);
        ``since``/``until``: inclusive dates; ``text``: part of an evidence sentence;
        ``min_confidence``: the least confidence (0 to 1);
        ``sort``: date, num_sources, num_articles, goldstein or event_type (``-`` first
        for descending).
        """
        import pandas as pd

        from .export import CSV_COLUMNS, flat_row

        where = query.event_filter(
            country, dyad, actor, type, mode, quad, since, until, text, min_confidence
        )
        if limit is not None and limit < 0:
            raise QueryError("limit must not be negative (None for every event)")
        rows = []
        for record in query.iter_records(self.store, where, sort=sort):
            if limit is not None and len(rows) >= limit:
                break
            rows.append({**flat_row(record), "num_mentions": len(record["mentions"])})
        frame = pd.DataFrame(rows, columns=[*CSV_COLUMNS, "num_mentions"])
        for column in ("date", "published"):
            frame[column] = pd.to_datetime(frame[column], errors="coerce")
        return frame

    def records(self, where: EventFilter | None = None, **filters: Any) -> Iterator[dict]:
        """Matching events as export records (the JSONL schema), in date order."""
        return query.iter_records(self.store, where or query.event_filter(**filters))

    def event(self, event_id: str) -> dict[str, Any] | None:
        """One event's record with every mention and its evidence, the readout comparison,
        related events and corrections; a merged-away id gives the survivor. None if unknown."""
        return query.event_detail(self.store, event_id)

    def article(self, article_id: str) -> dict[str, Any] | None:
        """An article's text with the spans of everything coded in it."""
        return query.article_view(self.store, article_id)

    # ---- analysis --------------------------------------------------------------------------

    def timeline(self, a: str, b: str, *, directed: bool = False) -> pd.DataFrame:
        """The pair's monthly series: events, one column per PLOVER type, quad1..quad4,
        goldstein_sum and goldstein_mean; indexed by month."""
        from .analysis import dyad_timeline

        query.event_filter(country=[a, b])
        return dyad_timeline(self.store, a, b, directed=directed)

    def network(self, **filters: Any) -> tuple[pd.DataFrame, pd.DataFrame]:
        """(nodes, edges) of the states in the matching events: events per state; per
        pair, the events they share and the mean Goldstein score."""
        from .analysis import network

        return network(self.store, query.event_filter(**filters))

    def actors(
        self, q: str | None = None, *, country: str | None = None, limit: int = 100
    ) -> pd.DataFrame:
        """Actors of the events, with how many events each takes part in."""
        import pandas as pd

        rows = self.store.actor_counts(q=q, country=country, limit=limit)
        return pd.DataFrame(rows, columns=["name", "kind", "country", "sector", "events"])

    # ---- exports and corrections ---------------------------------------------------------------

    def export(self, path: str | Path, format: str | None = None, **filters: Any) -> dict:
        """Write the matching events to ``path`` (jsonl, csv, tsv, parquet or gexf; by
        default from the suffix) with ``<path>.manifest.json`` beside it; returns the
        manifest."""
        from .export import export

        return export(self.store, Path(path), format, query.event_filter(**filters))

    def correct(
        self,
        event_id: str,
        action: str = "relabel",
        *,
        changes: dict[str, Any] | None = None,
        mention_ids: Sequence[str] = (),
        other_event_id: str | None = None,
        who: str,
        why: str,
    ) -> dict[str, Any]:
        """Log a correction and apply it now and on every later run (see corrections.py):
        ``relabel`` with ``changes`` (event_type, mode, medium, date, actors, recipients),
        ``split`` with the ``mention_ids`` that leave, ``merge`` with ``other_event_id``."""
        from .corrections import correct

        return correct(
            self.store,
            event_id,
            action,
            changes=changes,
            mention_ids=mention_ids,
            other_event_id=other_event_id,
            who=who,
            why=why,
        ).to_dict()

    def corrections(self) -> list[dict[str, Any]]:
        """The correction log, oldest first."""
        return [c.to_dict() for c in self.store.corrections()]

    def meta(self) -> dict[str, Any]:
        """Versions and counts."""
        return query.meta(self.store, read_only=False)

    # ---- lifetime ------------------------------------------------------------------------

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"dyad.Database({str(self.path)!r})"

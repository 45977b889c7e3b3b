"""dyad: event data from diplomatic news.

    import dyad
    dyad.run(["corpus/"], db="events.db")         # ingest, code, merge (idempotent)
    db = dyad.open("events.db")
    db.events(country="CHN", type="CONSULT")      # a pandas DataFrame, one row per event

See ``dyad.api.Database`` for every query, and the README's Python API section.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

__version__ = "0.1.0"
__all__ = ["__version__", "open", "run"]

if TYPE_CHECKING:
    from .api import Database
    from .models import Rejection
    from .pipeline import RunReport
    from .settings import Settings


def open(path: str | Path = "dyad.db") -> Database:
    """Open a coded database for analysis; raises StoreError when there is none."""
    from .api import Database

    return Database(path)


def run(
    paths: Sequence[str | Path] | str | Path,
    db: str | Path = "dyad.db",
    *,
    settings: Settings | None = None,
    on_rejection: Callable[[Rejection], None] | None = None,
    workers: int = 1,
) -> RunReport:
    """Ingest ``paths`` into ``db``, then code and merge whatever is new (as ``dyad run``).

    Bad inputs never raise: they are in the report's ``rejections`` (and passed to
    ``on_rejection``). ``workers`` processes code the articles (0: one per core); the
    results are the same whatever the number.
    """
    from .pipeline import run as run_pipeline
    from .settings import Settings
    from .store import open_store

    items = [paths] if isinstance(paths, str | Path) else list(paths)
    chosen = settings or Settings()
    with open_store(db) as store:
        return run_pipeline(
            [str(p) for p in items], store, chosen, on_rejection=on_rejection, workers=workers
        )

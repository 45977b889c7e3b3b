"""Storage behind one small interface; ``open_store`` picks the backend from the URL."""

from __future__ import annotations

from pathlib import Path

from ..errors import StoreError
from .base import Added, InputRecord, Store
from .sqlite import SQLiteStore

__all__ = ["Added", "InputRecord", "SQLiteStore", "Store", "open_store"]


def open_store(db: str | Path, *, create: bool = True) -> Store:
    """Open the store at ``db``: a SQLite file path (PostgreSQL URLs are not supported yet)."""
    if str(db).startswith(("postgresql://", "postgres://")):
        raise StoreError(
            "PostgreSQL is not supported by this version of dyad; use a SQLite file path for --db"
        )
    return SQLiteStore(db, create=create)

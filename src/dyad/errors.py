"""dyad's exceptions: one root, so callers can catch everything dyad raises.

    DyadError
    ├── SettingsError        a settings file or option is invalid
    ├── KnowledgeBaseError   a knowledge-base data file is malformed (actors/kb.py)
    ├── StoreError           the database cannot be opened, migrated or written
    │   └── SchemaTooNewError   the database was written by a newer dyad
    ├── InputError           one input (file, line, row) cannot be ingested
    │                        (the pipeline reports these as Rejections and goes on)
    ├── QueryError           a filter, sort key, export format or file is invalid (query.py)
    └── CorrectionError      an analyst's correction cannot apply (corrections.py)

Every message says what went wrong and what to do next.
"""

from __future__ import annotations


class DyadError(Exception):
    """Root of every exception dyad raises on purpose."""


class SettingsError(DyadError):
    """A settings file or option is invalid."""


class StoreError(DyadError):
    """The database cannot be opened, migrated or written."""


class SchemaTooNewError(StoreError):
    """The database schema is newer than this version of dyad understands."""


class InputError(DyadError):
    """One input cannot be ingested; carries where (path, line) and why."""

    def __init__(self, reason: str, *, path: str = "", line: int | None = None) -> None:
        self.reason = reason
        self.path = path
        self.line = line
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {reason}" if where else reason)


class QueryError(DyadError, ValueError):
    """A query parameter (filter, sort key, page, export format or file) is invalid."""


class CorrectionError(DyadError, ValueError):
    """A correction names an unknown event or mention, or changes nothing valid."""

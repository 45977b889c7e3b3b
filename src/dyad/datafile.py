"""Reading dyad's versioned TOML knowledge files: shared checks and where-is-it messages.

The knowledge base (actors/kb.py) and the event lexicon (events/lexicon.py) each name
their own error class and the keys that identify an entry; the rest is here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any, ClassVar

from .errors import DyadError


@dataclass(frozen=True, slots=True)
class Source:
    """Where an entry is (file and table entry), for error messages that name it."""

    file: str
    entry: str = ""

    error_type: ClassVar[type[DyadError]] = DyadError
    #: Keys whose value names an entry in messages ("iso3", "id", "lemma", ...).
    id_keys: ClassVar[tuple[str, ...]] = ()

    def at(self, table: str, index: int, raw: Mapping[str, Any]) -> Source:
        """The ``index``-th ``[[table]]`` entry, named by its identifying key if it has one."""
        ident = next((raw[k] for k in self.id_keys if isinstance(raw.get(k), str)), None)
        named = f" ({ident})" if ident else ""
        return replace(self, entry=f"[[{table}]] #{index + 1}{named}")

    def key(self, table: str, key: str) -> Source:
        """The ``[table."key"]`` entry."""
        return replace(self, entry=f'[{table}."{key}"]')

    def error(self, message: str) -> DyadError:
        where = f"{self.file}: {self.entry}" if self.entry else self.file
        return self.error_type(f"{where}: {message}")


def read_version(src: Source, data: Mapping[str, Any], tables: tuple[str, ...]) -> str:
    """The file's top-level ``version``; any top-level key but it and ``tables`` is an error."""
    unknown = sorted(set(data) - {"version", *tables})
    if unknown:
        allowed = ", ".join(["'version'", *(f"[{t}]" for t in tables)])
        raise src.error(f"unknown top-level key(s) {unknown}; allowed: {allowed}")
    version = data.get("version")
    if not isinstance(version, str) or not version:
        raise src.error('needs a top-level version = "YYYY.MM.N" string')
    return version


def entries(src: Source, data: Mapping[str, Any], table: str) -> Iterable[tuple[int, dict]]:
    """The ``[[table]]`` entries with their index; at least one, each a table."""
    found = data.get(table)
    if not isinstance(found, list) or not found:
        raise src.error(f"needs at least one [[{table}]] table")
    for index, entry in enumerate(found):
        if not isinstance(entry, dict):
            raise src.at(table, index, {}).error("must be a table")
        yield index, entry

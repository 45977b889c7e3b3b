"""One Settings object: defaults, overridden by a TOML file, overridden by CLI options.

A settings file looks like::

    db = "events.db"
    max_bytes = 10_000_000

    [fields]          # input key names -> dyad's article fields
    text = "body"
    date = "pubDate"
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from .errors import SettingsError

#: The article fields that JSON, CSV and feed records can carry.
ARTICLE_FIELDS = ("text", "title", "date", "url", "outlet")

DEFAULT_DB = "dyad.db"
DEFAULT_MAX_BYTES = 5_000_000


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything that changes how dyad runs. Passed explicitly; never global."""

    db: str = DEFAULT_DB
    #: Files larger than this are rejected unread.
    max_bytes: int = DEFAULT_MAX_BYTES
    #: dyad field -> key name in the input records (JSON keys, CSV column names).
    fields: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.max_bytes <= 0:
            raise SettingsError(f"max_bytes must be positive, got {self.max_bytes}")
        unknown = set(self.fields) - set(ARTICLE_FIELDS)
        if unknown:
            raise SettingsError(
                f"unknown article field(s) {', '.join(sorted(unknown))} in the field mapping; "
                f"map one of: {', '.join(ARTICLE_FIELDS)}"
            )

    def key_for(self, name: str) -> str:
        """The input key that holds article field ``name``."""
        return self.fields.get(name, name)

    def with_overrides(self, **overrides: Any) -> Settings:
        """A copy with the given non-None values replaced (CLI options)."""
        given = {k: v for k, v in overrides.items() if v is not None}
        if "fields" in given:
            given["fields"] = {**self.fields, **given["fields"]}
        try:
            return replace(self, **given)
        except TypeError as exc:
            raise SettingsError(str(exc)) from exc


def load_settings(path: Path | None = None) -> Settings:
    """Read settings from ``path``, or from ./dyad.toml when it exists, else defaults."""
    if path is None:
        path = Path("dyad.toml")
        if not path.is_file():
            return Settings()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SettingsError(f"settings file {path} does not exist") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise SettingsError(f"settings file {path} is not valid TOML: {exc}") from None
    known = {f.name for f in fields(Settings)}
    unknown = set(data) - known
    if unknown:
        raise SettingsError(
            f"{path}: unknown setting(s) {', '.join(sorted(unknown))}; "
            f"known: {', '.join(sorted(known))}"
        )
    try:
        return Settings(**data)
    except TypeError as exc:
        raise SettingsError(f"{path}: {exc}") from None

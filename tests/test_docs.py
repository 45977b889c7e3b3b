"""The docs keep up with the code: a command or column without documentation fails here."""

from __future__ import annotations

from pathlib import Path

import pytest

from dyad.cli import app
from dyad.export import CSV_COLUMNS

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
EXPORT_DOC = (ROOT / "docs" / "export.md").read_text(encoding="utf-8")


def test_readme_opens_with_the_two_setup_commands():
    first_screen = "\n".join(README.splitlines()[:12])
    assert "make demo" in first_screen and "make test" in first_screen


@pytest.mark.parametrize(
    "command", [c.name or c.callback.__name__ for c in app.registered_commands]
)
def test_every_command_is_in_the_readme(command):
    assert f"`dyad {command}" in README


@pytest.mark.parametrize("column", CSV_COLUMNS)
def test_every_csv_column_is_documented(column):
    assert column in EXPORT_DOC


def test_ci_runs_what_the_readme_says():
    assert "make test" in (ROOT / ".ci" / "run").read_text()

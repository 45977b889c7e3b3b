"""Shared fixtures: default settings and helpers that read real temporary files."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from dyad.ingest import Input, build_article, formats, read_bytes, read_input
from dyad.ingest.record import RawRecord
from dyad.models import Article, EventMention, Rejection, SourceRef
from dyad.pipeline import Coder
from dyad.settings import Settings


@pytest.fixture
def settings() -> Settings:
    return Settings()


@pytest.fixture(scope="session")
def story_mentions() -> Callable[[str, str], list[EventMention]]:
    """Code one story of our own end to end with the real Coder (loaded once a session):
    ``story_mentions(text, date)`` is its event mentions, the story dated ``date``."""
    coder = Coder()

    def _code(text: str, date: str) -> list[EventMention]:
        record = RawRecord(text=text, date=date, from_metadata=True)
        _, _, mentions = next(coder.code([build_article(record, SourceRef("x.txt"))]))
        return mentions

    return _code


@pytest.fixture
def write(tmp_path: Path) -> Callable[[str, str | bytes], Path]:
    """Write ``content`` (text as UTF-8, or bytes as given) to ``tmp_path / name``."""

    def _write(name: str, content: str | bytes) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        return path

    return _write


@pytest.fixture
def records(write, settings):
    """Write a file and return what ``formats.read`` yields for it (raises like it does)."""

    def _records(name: str, content: str | bytes, settings: Settings = settings) -> list:
        inp = Input(str(write(name, content)))
        return list(formats.read(inp.path, read_bytes(inp, settings), settings))

    return _records


@pytest.fixture
def ingest(write, settings):
    """Write a file and return every Article or Rejection ``read_input`` yields for it."""

    def _ingest(
        name: str, content: str | bytes, settings: Settings = settings
    ) -> list[Article | Rejection]:
        inp = Input(str(write(name, content)))
        return list(read_input(inp, read_bytes(inp, settings), settings))

    return _ingest


SAMPLE_CORPUS = Path(__file__).resolve().parents[1] / "src" / "dyad" / "samples" / "corpus"


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory) -> Path:
    """The bundled sample corpus, coded and merged by one real run (~20 s), once a session.
    Read it only; tests that write take a copy (``copy_db``)."""
    from dyad.pipeline import run
    from dyad.store import open_store

    path = tmp_path_factory.mktemp("sample") / "sample.db"
    with open_store(path) as store:
        report = run([str(SAMPLE_CORPUS)], store, Settings())
    assert report.ok and report.coded == report.new > 50, report
    return path


@pytest.fixture
def copy_db(sample_db, tmp_path) -> Callable[[str], Path]:
    """A private copy of the sample database, to write to."""
    import sqlite3

    def _copy(name: str = "copy.db") -> Path:
        target = tmp_path / name
        src, dst = sqlite3.connect(sample_db), sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            src.close()
            dst.close()
        return target

    return _copy

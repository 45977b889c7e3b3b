"""Short passages of our own read as ``dyad run`` reads a JSON Lines file of them.

The stress sets and the actor audit keep their passages as JSON objects with ``id``,
``text`` and ``date``; both benchmarks read them through ingest, so that what they score
is what a user's run would code.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from dyad.ingest import discover, read_bytes, read_input
from dyad.models import Article
from dyad.settings import Settings


def read_passages(items: list[dict], what: str = "passages") -> list[Article]:
    """The passages as articles, in order; exits naming them when any is not read."""
    settings = Settings()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"{what}.jsonl"
        rows = [{"id": x["id"], "text": x["text"], "date": x["date"]} for x in items]
        path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
        [inp] = list(discover([str(path)]))
        found = list(read_input(inp, read_bytes(inp, settings), settings))
    if len(found) != len(items) or not all(isinstance(a, Article) for a in found):
        raise SystemExit(f"{what} not read as articles: {found}")
    return found  # type: ignore[return-value]

"""Ingest audit: what dyad reads from news files in the many shapes they come in.

    .venv/bin/python benchmarks/ingest_audit.py [--show N]

``benchmarks/ingest_audit/`` holds short articles of our own saved the ways scraped and
exported news arrives (plain text with and without header lines, wire datelines,
bylines, timestamps in many formats, Windows line endings, a BOM, Windows-1252 files,
HTML pages with their menus and banners, JSON, JSON Lines, CSV/TSV, RSS and Atom, an
empty file, a file of junk only, a huge one-line file, a French story).
``expected.jsonl`` says, record by record, what a careful reader takes from each:
``title``, ``published`` (the publication date, ISO), ``dateline`` (the place),
``dateline_date`` (only when the dateline writes a full date), ``first_sentence``
(the body's first sentence, after the dateline), optionally ``language``, ``junk``
(page furniture that must be gone from the text), ``keep`` (story sentences that must
stay) and ``rejected`` (the record must be refused, with a message naming the file).
This scores ingest alone, not events: per-field accuracy, and with ``--show N`` up to N
disagreements.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

from dyad.errors import InputError
from dyad.ingest import Input, clean, metadata, read_bytes, read_input
from dyad.models import Article, Rejection
from dyad.settings import Settings

HERE = Path(__file__).parent / "ingest_audit"
FIELDS = ("read", "title", "published", "dateline", "dateline_date", "first_sentence")
EXTRA = ("language", "junk", "keep")


def read_all(folder: Path) -> dict[tuple[str, str], Article | Rejection]:
    """Every record dyad reads from the folder's files, keyed by (file name, locator)."""
    settings = Settings()
    found: dict[tuple[str, str], Article | Rejection] = {}
    for path in sorted(folder.iterdir()):
        if path.name == "expected.jsonl" or path.name.startswith("."):
            continue
        inp = Input(str(path))
        try:
            items = list(read_input(inp, read_bytes(inp, settings), settings))
        except InputError as exc:
            items = [Rejection(inp.path, exc.reason, exc.line)]
        for item in items:
            found[(path.name, _locator(item))] = item
    return found


def _locator(item: Article | Rejection) -> str:
    if isinstance(item, Article):
        return item.sources[0].locator
    head = item.reason.split(":", 1)[0]
    return head if head.split(" ")[0] in {"line", "item", "row"} else ""


def observed(item: Article | Rejection | None) -> dict[str, object]:
    """What dyad read, in the audit's fields."""
    if not isinstance(item, Article):
        return {"read": False}
    first = item.text.split("\n\n", 1)[0]
    line = metadata.read_dateline(first)
    return {
        "read": True,
        "title": item.title,
        "published": item.published.isoformat() if item.published else None,
        "dateline": item.dateline,
        "dateline_date": line.day.isoformat() if line and line.day else None,
        "first_sentence": first[line.end :] if line else first,
        "language": item.language,
        "text": item.text,
    }


def compare(expected: dict, got: dict) -> dict[str, tuple[object, object] | None]:
    """Each scored field -> None when it agrees, else (expected, got)."""
    out: dict[str, tuple[object, object] | None] = {}
    want_read = not expected.get("rejected")
    out["read"] = None if got["read"] == want_read else (want_read, got["read"])
    if not want_read or not got["read"]:
        return out
    for name in FIELDS[1:]:
        want, have = expected.get(name), got.get(name)
        if name == "first_sentence":
            ok = clean.normalise_line(str(have)).startswith(clean.normalise_line(want))
            have = str(have)[: len(want) + 20]
        else:
            ok = want == have
        out[name] = None if ok else (want, have)
    if "language" in expected:
        ok = expected["language"] == got["language"]
        out["language"] = None if ok else (expected["language"], got["language"])
    text = str(got["text"])
    if "junk" in expected:
        left = [j for j in expected["junk"] if j.casefold() in text.casefold()]
        out["junk"] = None if not left else ([], left)
    if "keep" in expected:
        lost = [k for k in expected["keep"] if k not in text]
        out["keep"] = None if not lost else (expected["keep"], lost)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--show", type=int, default=20, help="print up to N disagreements")
    ap.add_argument("--folder", type=Path, default=HERE)
    ap.add_argument("--files", default="", help="score only files whose name starts so (u)")
    args = ap.parse_args()
    expected = [json.loads(x) for x in (args.folder / "expected.jsonl").open(encoding="utf-8")]
    expected = [e for e in expected if e["file"].startswith(args.files)]
    found = read_all(args.folder)
    right: dict[str, int] = defaultdict(int)
    total: dict[str, int] = defaultdict(int)
    misses: list[str] = []
    files = {e["file"] for e in expected}
    for exp in expected:
        item = found.get((exp["file"], exp["item"]))
        result = compare(exp, observed(item))
        for name, diff in result.items():
            total[name] += 1
            right[name] += diff is None
            if diff is not None:
                where = f"{exp['file']} {exp['item']}".strip()
                misses.append(f"{where} [{name}] expected {diff[0]!r}, got {diff[1]!r}")
        if isinstance(item, Rejection):
            print(f"rejected as expected: {item}" if exp.get("rejected") else f"REJECTED: {item}")
    print(f"\n{len(files)} files, {len(expected)} records\n")
    print(f"{'field':<16}{'right':>7}{'of':>5}{'accuracy':>10}")
    for name in (*FIELDS, *EXTRA):
        if total[name]:
            print(f"{name:<16}{right[name]:>7}{total[name]:>5}{right[name] / total[name]:>10.3f}")
    all_right, all_total = sum(right.values()), sum(total.values())
    print(f"{'all fields':<16}{all_right:>7}{all_total:>5}{all_right / all_total:>10.3f}")
    if args.show and misses:
        print(f"\n{len(misses)} disagreements:")
        for line in misses[: args.show]:
            print("  " + line)


if __name__ == "__main__":
    main()

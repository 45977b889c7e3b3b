"""The ingest audit (benchmarks/ingest_audit.py): files in the shapes news arrives in, scored
field by field against what a careful reader takes from them."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "benchmarks" / "ingest_audit.py"


def _run(*args: str) -> str:
    result = subprocess.run(
        [sys.executable, str(SCRIPT), *args], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_the_scorer_reports_right_fields_and_disagreements(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Envoys agree to reopen crossing\nPublished: March 4, 2021 at 9:10 a.m. EST\n\n"
        "GENEVA (Lakeside Wire) - The envoys agreed on Thursday to reopen the crossing.\n"
    )
    (tmp_path / "b.txt").write_text("Share\n12\n")
    expected = [
        {"file": "a.txt", "item": "", "title": "Envoys agree to reopen crossing",
         "published": "2021-03-05",  # wrong on purpose: the scorer must say so
         "dateline": "Geneva", "dateline_date": None,
         "first_sentence": "The envoys agreed on Thursday to reopen the crossing.",
         "junk": ["Published:"]},
        {"file": "b.txt", "item": "", "rejected": True},
    ]  # fmt: skip
    (tmp_path / "expected.jsonl").write_text("\n".join(json.dumps(e) for e in expected) + "\n")
    out = _run("--folder", str(tmp_path), "--show", "5")
    assert "2 files, 2 records" in out
    assert re.search(r"published\s+0\s+1\s+0\.000", out)
    assert re.search(r"title\s+1\s+1\s+1\.000", out)
    assert re.search(r"read\s+2\s+2\s+1\.000", out)
    assert "a.txt [published] expected '2021-03-05', got '2021-03-04'" in out
    assert "rejected as expected" in out and "b.txt" in out


def test_the_audit_corpus_is_read_as_its_expectations_say():
    out = _run("--show", "0")
    total = re.search(r"all fields\s+(\d+)\s+(\d+)\s+([\d.]+)", out)
    assert total is not None
    assert float(total[3]) >= 0.98, out  # 0.994 when written; see docs/benchmarks.md

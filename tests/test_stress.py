"""The stress-set scorer (benchmarks/stress.py): passages of our own, read as `dyad run`
reads JSONL, coded and scored as `dyad eval` scores articles."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _passage(pid: str, text: str, events: list[dict]) -> str:
    return json.dumps({"id": pid, "date": "2023-03-14", "text": text, "events": events})


def test_a_stress_file_is_scored_with_misses_and_quiet_negatives(tmp_path):
    call = {"event_type": "CONSULT", "actor_states": ["ETH", "KEN"], "recipient_states": [],
            "date": "2023-03-13", "mode": "phone"}  # fmt: skip
    wrong = {"event_type": "AID", "actor_states": ["GHA"], "recipient_states": ["NGA"],
             "date": "2023-03-14", "mode": None}  # fmt: skip
    lines = [
        _passage("call", "Kenya's president spoke by telephone with Ethiopia's on Monday.", [call]),
        # a label the passage does not support: the scorer must count it as missed
        _passage("expel", "Ghana expelled two Nigerian diplomats on Tuesday.", [wrong]),
        _passage("past", "Analysts said ties between Chile and Peru had improved since 2019.", []),
    ]
    path = tmp_path / "set.jsonl"
    path.write_text("\n".join(lines) + "\n")
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "stress.py"), str(path), "--show", "5"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "stress: 3 passages (1 must yield nothing), 2 events" in out
    assert "type + states  P 0.500 R 0.500" in out  # the call found, the AID line missed
    assert "passages that must yield nothing and do: 1 of 1" in out
    assert "MISS expel: AID GHA-NGA" in out and "EXTRA expel: SANCTION GHA-NGA" in out


def test_a_bad_line_is_named(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "x", "text": "no date"}\n')
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "stress.py"), str(path)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode != 0
    assert f"{path}:1: needs JSON with id, date, text and events" in result.stderr

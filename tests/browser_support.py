"""Helpers for the browser tests and docs/screenshots.py: build a database, run
`dyad serve` in a subprocess, launch Debian's Chromium through Playwright."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "src" / "dyad" / "samples" / "corpus"
CHROMIUM = os.environ.get("DYAD_CHROMIUM", "/usr/bin/chromium")
# Without the background-networking flags Chromium keeps trying to reach Google's
# services, which a closed network refuses; the dashboard itself makes no outside request.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

# An article whose text tries to run script in the dashboard: it must show as text. Its
# emoji (outside the BMP) puts later offsets apart in Python and JavaScript strings.
HOSTILE_MARKUP = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">'
HOSTILE_ARTICLE = f"""\
 date 2024-03-05 Ministers meet in Ankara {HOSTILE_MARKUP}
ANKARA, March 5 (Test Wire) -- Turkish Foreign Minister Hakan Fidan met Greek Foreign \
Minister Giorgos Gerapetritis in Ankara on Tuesday {HOSTILE_MARKUP} and discussed \
maritime issues \N{WATER WAVE}.

The two ministers agreed to meet again before the summer.
"""

# A new article for the re-run after a correction.
NEW_ARTICLE = """\
 date 2024-06-12 Kenya and Tanzania discuss border trade
NAIROBI, June 12 (Test Wire) -- Kenyan President William Ruto held a telephone \
conversation with Tanzanian President Samia Suluhu Hassan on Wednesday about trade \
across their shared border.
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def dyad(*args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    """Run the dyad CLI of this interpreter's environment."""
    return subprocess.run(
        [sys.executable, "-m", "dyad", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=check,
    )


def build_db(db: Path, *extra: Path) -> None:
    """`dyad run` the sample corpus (plus `extra` files) into `db`."""
    # Relative to the repository, as a user would type it: the paths show in the views.
    corpus = str(CORPUS.relative_to(ROOT))
    result = dyad("run", corpus, *map(str, extra), "--db", str(db), check=False)
    if result.returncode != 0:
        raise RuntimeError(f"dyad run failed ({result.returncode}):\n{result.stderr}")


def copy_db(src: Path, dst: Path) -> None:
    """Copy a SQLite database with its WAL files, if any."""
    for suffix in ("", "-wal", "-shm"):
        if Path(f"{src}{suffix}").exists():
            shutil.copyfile(f"{src}{suffix}", f"{dst}{suffix}")


@dataclass
class Server:
    """A `dyad serve` subprocess."""

    db: Path
    token: str | None
    log: Path
    port: int = field(default_factory=free_port)
    process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = 60) -> Server:
        args = ["serve", "--db", str(self.db), "--port", str(self.port)]
        if self.token:
            args += ["--token", self.token]
        env = {k: v for k, v in os.environ.items() if k != "DYAD_TOKEN"}  # no token unless given
        with self.log.open("ab") as out:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "dyad", *args], cwd=ROOT, env=env, stdout=out, stderr=out
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"dyad serve exited:\n{self.log.read_text()}")
            try:
                self.get("/api/meta")
                return self
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"dyad serve did not answer in {timeout} s:\n{self.log.read_text()}")

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None

    def get(self, path: str) -> Any:
        try:
            with urllib.request.urlopen(self.url + path, timeout=10) as response:
                return json.load(response)
        except urllib.error.HTTPError as e:
            raise AssertionError(f"GET {path}: {e.code}\n{self.log_tail()}") from None

    def log_tail(self, lines: int = 30) -> str:
        """The end of the server's log, to explain a failure."""
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])

    def fetch(self, path: str) -> tuple[int, bytes]:
        try:
            with urllib.request.urlopen(self.url + path, timeout=30) as response:
                return response.status, response.read()
        except urllib.error.HTTPError as e:
            return e.code, e.read()


@contextmanager
def running(db: Path, token: str | None, log: Path) -> Iterator[Server]:
    server = Server(db, token, log).start()
    try:
        yield server
    finally:
        server.stop()


def launch(playwright):
    """Chromium from the Debian package (Playwright's own download is never used)."""
    if not Path(CHROMIUM).exists():
        raise RuntimeError(
            f"{CHROMIUM} is missing: install Debian's chromium (`make browser`, or "
            "`apt-get install -y chromium` as root), or set DYAD_CHROMIUM to a Chromium binary"
        )
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)

"""Cleaning: drop scraped-page junk, normalise whitespace and quotes, keep every sentence.

The junk patterns live in ``data/junk.toml`` so an analyst can read and extend them.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

_QUOTES = str.maketrans(
    {
        "“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"', "″": '"',
        "‘": "'", "’": "'", "‚": "'", "‛": "'", "‹": "'", "›": "'", "′": "'",
    }
)  # fmt: skip
# NBSP, thin and other unicode spaces -> plain space; zero-width characters -> nothing.
_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_ZERO_WIDTH = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
# A hard-wrapped line continues when it does not end a sentence and the next starts lower case.
_ENDS_SENTENCE = re.compile(r"""[.!?:;"')\]]$""")


@dataclass(frozen=True, slots=True)
class JunkRules:
    """Compiled junk patterns from data/junk.toml."""

    lines: tuple[re.Pattern[str], ...]
    captions: tuple[re.Pattern[str], ...]


@lru_cache(maxsize=1)
def junk_rules() -> JunkRules:
    """Load and compile the junk patterns once."""
    data = tomllib.loads(resources.files("dyad.ingest").joinpath("data/junk.toml").read_text())
    flags = re.IGNORECASE

    def compile_all(key: str, template: str) -> tuple[re.Pattern[str], ...]:
        return tuple(re.compile(template.format(r["pattern"]), flags) for r in data.get(key, ()))

    return JunkRules(
        lines=compile_all("line", "^(?:{})$"),
        captions=compile_all("caption", r"(?:{})\s*$"),
    )


def normalise_line(line: str) -> str:
    """One line with unicode spaces, zero-width marks and curly quotes normalised."""
    line = unicodedata.normalize("NFC", line)
    line = _ZERO_WIDTH.sub("", line).translate(_QUOTES)
    return _SPACES.sub(" ", line).strip()


def is_junk(line: str, rules: JunkRules | None = None) -> bool:
    """True for a line that is page furniture, not part of the story."""
    rules = rules or junk_rules()
    return any(p.match(line) for p in rules.lines) or any(p.search(line) for p in rules.captions)


def paragraphs(text: str) -> list[str]:
    """Split ``text`` into clean paragraphs, dropping junk lines and rejoining hard wraps."""
    rules = junk_rules()
    out: list[str] = []
    current: list[str] = []
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = normalise_line(raw)
        if not line or is_junk(line, rules):
            if current:
                out.append(" ".join(current))
                current = []
            continue
        if current and not _ENDS_SENTENCE.search(current[-1]) and line[:1].islower():
            current.append(line)  # a hard-wrapped sentence goes on
            continue
        if current:
            out.append(" ".join(current))
        current = [line]
    if current:
        out.append(" ".join(current))
    return out

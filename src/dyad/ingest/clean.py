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

from .metadata import read_stamp

_QUOTES = str.maketrans(
    {
        "“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"', "″": '"',
        "‘": "'", "’": "'", "‚": "'", "‛": "'", "‹": "'", "›": "'", "′": "'",
    }
)  # fmt: skip
# NBSP, thin and other unicode spaces -> plain space; zero-width characters -> nothing.
_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_ZERO_WIDTH = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
# A hard-wrapped line goes on in the next line when it does not end a sentence and the next
# starts lower case, or when it is as long as fixed-width wire copy wraps at.
_ENDS_SENTENCE = re.compile(r"""[.!?:;"')\]]$""")
_WRAP_WIDTH = 60
# "Photo 2 of 4:", "Image 3/8 -": a gallery's counter before a caption
_GALLERY_COUNTER = re.compile(
    r"^(?:photo|image|picture|slide)\s+\d+\s*(?:of|/)\s*\d+\s*[:.\-\u2013|]\s*", re.I
)
_OPEN_ENDINGS = re.compile(
    r"\b(the|a|an|his|her|its|their|our|of|to|in|with|and|or|for|by|on|at|from|as|that|which)$"
)


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
    if any(p.match(line) for p in rules.lines) or _caption(line, rules):
        return True
    return read_stamp(line) is not None  # a line that only dates the page


def paragraphs(text: str) -> list[str]:
    """Split ``text`` into clean paragraphs: rejoin hard wraps, then drop junk lines.

    Wraps are rejoined first so that a wrapped sentence is judged whole ("... was led /
    by Ambassador Ivan Petrov." is no byline); a blank line always ends a paragraph.
    """
    rules = junk_rules()
    lines = [_GALLERY_COUNTER.sub("", line) for line in _logical_lines(text)]
    story = [p for p in lines if not is_junk(p, rules)]
    if not _gallery(lines, len(story), rules):
        return story
    # a gallery tells its news in its captions: keep them, less their credits
    told = [_uncredited(p, rules) for p in lines]
    return [p for p in told if p and not is_junk(p, rules)]


def _caption(line: str, rules: JunkRules) -> bool:
    """Whether a line ends with a photo credit ([[caption]] in data/junk.toml)."""
    return any(p.search(line) for p in rules.captions)


def _gallery(lines: list[str], story: int, rules: JunkRules) -> bool:
    """Whether a page is a photo gallery: two or more captions, as many as the ``story``
    lines left without them ("Photo 1 of 4: X welcomes Y in Jakarta on Wednesday.
    (Agency/Name)")."""
    captions = sum(_caption(p, rules) for p in lines)
    return captions >= 2 and captions >= story


def _uncredited(line: str, rules: JunkRules) -> str:
    """A caption line less the credit that ends it (but not the stop a wire credit's
    pattern starts with: "... on Monday. REUTERS/Name")."""
    for p in rules.captions:
        if found := p.search(line):
            stop = "." if line[found.start()] == "." else ""
            line = (line[: found.start()] + stop).strip()
    return line


# The end of a word a hard line break cut with a hyphen ("agree-" / "ment", "consul-" /
# "tations"): a suffix with at most a few letters before it, no word of its own, so the
# hyphen was the line's, not the word's ("long-" / "term", "anti-" / "government" keep
# theirs).
_BROKEN_WORD_END = re.compile(
    r"[a-z]{0,4}(?:ment|ments|tion|tions|sion|sions|ance|ances|ence|ences|ity|ities|ial|ially|ical|"
    r"ically|ive|ives|ous|ously|ship|ships|ness|ated|ating|ations|ation|ized|ised|ible|able|"
    r"ably|ency|ancy|ism|ist|ists|ture|tures|ure|ning|ring|ting|ding|ling|sing|ging)\b"
)


def _logical_lines(text: str) -> list[str]:
    out: list[str] = []
    current = previous = ""
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = normalise_line(raw)
        if not line:
            if current:
                out.append(current)
            current = ""
        # (the line before, not all the lines joined so far: a short headline under a long
        # navigation bar ends there, as a short last line of a wrapped paragraph does)
        elif current and _continues(previous, line):
            hyphenated = current.endswith("-") and line[:1].islower()
            if hyphenated and _BROKEN_WORD_END.match(line):
                current = current[:-1]  # "agree-\nment": a word a PDF's line broke
            current += ("" if hyphenated else " ") + line
        else:
            if current:
                out.append(current)
            current = line
        previous = line
    if current:
        out.append(current)
    return out


def _continues(previous: str, line: str) -> bool:
    """Whether ``line`` carries on the sentence that ``previous`` left unfinished."""
    if _ENDS_SENTENCE.search(previous) or read_stamp(line) is not None:
        return False  # (a line that only dates the page stands alone, to be dropped)
    if is_junk(previous):
        return False  # a caption or credit line never runs on into the story below it
    if line[:1].islower() or _OPEN_ENDINGS.search(previous):
        return True
    return len(previous) >= _WRAP_WIDTH and not previous.isupper() and line[:1].isalnum()

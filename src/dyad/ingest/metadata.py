"""Article metadata read from the text itself: header line, title, dateline, outlet, language."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime
from functools import lru_cache
from importlib import resources

from dateutil import parser as dateutil_parser

# ` date 2020-12-15 Title of the story` — the first line of some scraped text files.
_HEADER = re.compile(r"^[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})[ \t]*(.*)$", re.IGNORECASE)

# "FEB 5" too: wire feeds that write the whole dateline in capitals
_MONTH = r"(?i:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*)\.?"
# Latin letters with accents count in place names: "BRASÍLIA", "BÜRGENSTOCK", "Łódź".
_UP = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
_LOW = "a-z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.islower())
_CAPS_PLACE = rf"[{_UP}][{_UP}'-]*\.??(?:[ ][{_UP}][{_UP}'-]*\.??){{0,3}}?"
_TITLE_PLACE = rf"[{_UP}][{_LOW}.'-]+(?:[ -](?:[{_UP}][{_LOW}.'-]+|de|da|do|al|el|es))*"
# A full stop ends a dateline only before an agency word and a dash: "NUR-SULTAN. KAZINFORM –",
# or after a wire tag between slashes: "MOSCOW, October 17. /TASS/. "; after an agency in
# brackets one may stand before a dash: "ASTANA, Jan 26 (Kazinform). – ";
# a hyphen only with spaces around it ("WASHINGTON (Reuters) - "), never "US-China".
_AGENCY_WORDS = r"[A-Z][A-Za-z-]{1,20}(?:[ ][A-Z][A-Za-z-]{1,20}){0,2}"
# An agency's dash is a dash, or a hyphen with a space before and after it: in "ASTANA (Reuters)
# - Kazakh President Kassym-Jomart Tokayev" the hyphen joins a name and ends no agency.
_DASH = r"(?:[ ]?(?:--|—|–)|[ ]-(?=[ ]))"
_SEP = rf"(?:--|—|–|(?<=[ )])-(?=[ ])|:|(?<=/)\.|\.(?=[ ]?{_AGENCY_WORDS}{_DASH}))"
_YEAR = r"(?:,?[ ]\d{4})?"
_DAY = (
    rf"(?:{_MONTH}[ ]\d{{1,2}}{_YEAR}|\d{{1,2}}(?:st|nd|rd|th)?[ ]{_MONTH}{_YEAR}"
    r"|\d{1,2}\.\d{1,2}\.\d{4})"
)
_DATELINE = re.compile(
    rf"""^(?P<place>{_CAPS_PLACE}(?:/{_CAPS_PLACE})*|{_TITLE_PLACE})
    (?:,[ ](?!{_DAY})(?P<region>[A-Z][A-Za-z.]+(?:[ ][A-Z][A-Za-z.]+){{0,2}}))?
    (?:,?[ ](?P<date>{_DAY}))?
    [ ]?(?:\((?P<agency>[^()]{{2,40}})\)|\.?[ ]?/(?P<wire>[A-Za-z][\w .-]{{1,30}})/)?
    [ ]?(?:\.(?=[ ]?(?:--|—|–))[ ]?)?(?P<sep>{_SEP})[ ]?
    (?:(?P<agency2>{_AGENCY_WORDS}){_DASH}[ ]?)?
    (?=\S)""",
    re.VERBOSE,
)
# All-caps words that open a paragraph but are not places.
_NOT_PLACES = frozenset(
    "UPDATE UPDATED BREAKING EXCLUSIVE WATCH PHOTOS PHOTO FILE VIDEO ANALYSIS OPINION EDITORIAL "
    "COMMENT INTERVIEW NOTE CORRECTION FACTBOX EXPLAINER LIVE Q A QUESTION ANSWER FACT "
    "FACTSHEET READOUT STATEMENT PRESS TRANSCRIPT REMARKS SPEECH MEDIA ADVISORY NOTICE "
    "BRIEFING SUMMARY TIMELINE".split()
)
_SMALL_WORDS = frozenset({"de", "da", "do", "of", "al", "el", "es", "la", "and"})


@dataclass(frozen=True, slots=True)
class Header:
    """What the header of a text file says: the ` date YYYY-MM-DD Title` first line, labelled
    lines ("Title: ...", "Date: ..."), or a news database's export header."""

    published: date | None
    title: str | None
    body: str  # the text after the header (the remainder goes back in when it is body text)
    outlet: str | None = None
    url: str | None = None
    place: str | None = None  # a "Dateline: TASHKENT" label


@dataclass(frozen=True, slots=True)
class Dateline:
    """``BEIJING, Dec. 15 (Xinhua) --`` read apart."""

    place: str
    day: date | None  # only when the dateline carries the year
    agency: str | None
    end: int = field(default=0, compare=False)  # where the story starts after it


def parse_header(text: str) -> Header | None:
    """Read the optional ` date YYYY-MM-DD Title` first line; None when there is none.

    Some scrapers put the lead paragraph, not a title, after the date: that text
    (it opens with a dateline, or is sentence-long) is kept as body text.
    """
    first, _, rest = text.lstrip("\ufeff").partition("\n")
    match = _HEADER.match(first)
    if not match:
        return None
    published = parse_iso(match[1])
    remainder = match[2].strip()
    if remainder and looks_like_body(remainder):
        return Header(published, None, remainder + "\n\n" + rest)
    return Header(published, remainder or None, rest)


# Labelled lines that open a scraped or exported text file, and the field each one gives.
_LABELLED = re.compile(r"^(?P<key>[A-Za-z][A-Za-z -]{0,20}?)\s*:\s*(?P<value>.*\S)?\s*$")
_LABEL_FIELDS = {
    "title": "title", "headline": "title",
    "date": "date", "published": "date", "publication date": "date", "pubdate": "date",
    "date published": "date",
    "source": "outlet", "outlet": "outlet", "publication": "outlet", "publisher": "outlet",
    "newspaper": "outlet", "url": "url", "link": "url", "dateline": "place",
    "author": None, "authors": None, "byline": None, "by": None, "section": None,
    "length": None, "language": None, "copyright": None, "load-date": None, "type": None,
    "keywords": None, "tags": None, "category": None, "words": None, "id": None,
}  # fmt: skip


def parse_labelled_header(text: str) -> Header | None:
    """Read a header of labelled lines ("Title: ...", "Date: ...", "Source: ...", "URL: ...")
    or a news database export (headline, outlet, date, then "Length: 312 words", "Body").

    None unless the lines name at least two known fields, one of them the title or date.
    """
    lines = text.lstrip("\ufeff").split("\n")
    return _database_export(lines) or _labelled_lines(lines)


def _label(line: str) -> tuple[str | None, str] | None:
    m = _LABELLED.match(line.strip())
    if m is None or m["key"].casefold() not in _LABEL_FIELDS:
        return None
    return _LABEL_FIELDS[m["key"].casefold()], (m["value"] or "").strip()


def _labelled_lines(lines: list[str]) -> Header | None:
    fields: dict[str, str] = {}
    seen, end = 0, len(lines)
    for index, line in enumerate(lines):
        if not line.strip():
            continue
        label = _label(line)
        if label is None:
            end = index
            break
        seen += 1
        if label[0] and label[1]:
            fields.setdefault(label[0], label[1])
    if seen < 2 or not ({"title", "date"} & set(fields)):
        return None
    return _header(fields, "\n".join(lines[end:]))


def _header(fields: dict[str, str], body: str) -> Header:
    day = parse_loose(fields["date"]) if "date" in fields else None
    if day is None and "date" in fields and (stamp := read_stamp(fields["date"])) is not None:
        day = stamp.day
    place = fields.get("place")
    return Header(
        published=day,
        title=fields.get("title"),
        body=body,
        outlet=fields.get("outlet"),
        url=fields.get("url"),
        place=normalise_place(place.rstrip(",.")) if place else None,
    )


_WORD_COUNT = re.compile(r"^Length:\s*\d[\d,]*\s+words\s*$", re.IGNORECASE)
_EXPORT_END = re.compile(r"^(Load-Date|Classification|Graphic|Notes)\s*:|^End of Document\s*$")


def _database_export(lines: list[str]) -> Header | None:
    """A news database's export: headline, outlet, date and copyright lines, labelled lines
    ("Section:", "Length: 312 words", "Byline:", "Dateline:"), a "Body" line, the story, and
    "Load-Date:" / "End of Document" after it."""
    head = [line.strip() for line in lines[:60]]
    if "Body" not in head or not any(_WORD_COUNT.match(line) for line in head):
        return None
    start = head.index("Body")
    fields: dict[str, str] = {}
    free: list[str] = []
    for line in head[:start]:
        if not line or line.casefold().startswith(("copyright", "©")):
            continue
        label = _label(line)
        if label is not None:
            if label[0] and label[1]:
                fields.setdefault(label[0], label[1])
        elif (stamp := read_stamp(line)) is not None:
            fields.setdefault("date", stamp.day.isoformat())
        else:
            free.append(line)
    if free:
        fields.setdefault("title", free[0])
    if len(free) > 1:
        fields.setdefault("outlet", free[1])
    body: list[str] = []
    for line in lines[start + 1 :]:
        if _EXPORT_END.match(line.strip()):
            break
        body.append(line)
    return _header(fields, "\n".join(body))


def looks_like_body(line: str) -> bool:
    """True for a line that is story text rather than a headline."""
    words = line.split()
    if read_dateline(line) is not None:
        return True
    return len(words) > 30 or (len(words) > 12 and bool(re.search(r"[.!?][\"']?$", line)))


def looks_like_title(paragraph: str) -> bool:
    """A short first line without final punctuation, as headlines are."""
    words = paragraph.split()
    return (
        0 < len(words) <= 20
        and len(paragraph) <= 160
        and not re.search(r"[.!?:;,]$", paragraph)
        and read_dateline(paragraph) is None
    )


# "Headline | The Site Name", "Headline - The Site Name": what a saved page's <title> adds to
# the headline. After a dash only a capitalised name counts ("- but talks go on" stays).
_SITE_SUFFIX = re.compile(
    r"^(?P<title>.{12,}?)\s+(?:\|\s+[^|]{2,40}"
    r"|[-–—]\s+(?:The\s+)?[A-Z][\w.&']*(?:\s+(?:[A-Z][\w.&']*|of|the|and|&)){0,4})$"
)


def strip_site_name(title: str) -> str:
    """A headline without the ``| Site name`` or ``- Site Name`` a page title appends."""
    m = _SITE_SUFFIX.match(title)
    return m["title"] if m and len(m["title"].split()) >= 3 else title


def read_dateline(paragraph: str) -> Dateline | None:
    """The dateline opening ``paragraph``, or None.

    Accepted: ``BEIJING, Dec. 15 (Xinhua) --``, ``TASHKENT:``, ``NUR-SULTAN. KAZINFORM –``,
    ``WASHINGTON (Reuters) -``, ``Beijing, China –``. A title-case place needs a region,
    date or agency and a dash, so ordinary sentences are not read as datelines.
    """
    m = _DATELINE.match(paragraph)
    if not m:
        return None
    # "JERUSALEM/DUBAI (Reuters) -": filed from two places; the first is the dateline's
    place, sep = m["place"].split("/")[0].rstrip("."), m["sep"]
    caps = place.isupper()
    if place.split()[0].strip(".") in _NOT_PLACES and not m["agency"]:
        return None
    if not caps and not (m["region"] or m["date"] or m["agency"]):
        return None
    if not caps and sep in (":", "-") and not (m["agency"] or m["wire"]):
        return None
    agency = m["agency"] or m["wire"] or m["agency2"]
    day = parse_loose(m["date"]) if m["date"] and re.search(r"\d{4}$", m["date"]) else None
    return Dateline(place=normalise_place(place), day=day, agency=agency, end=m.end())


def opens_turns(paragraph: str, paragraphs: list[str]) -> bool:
    """Whether ``paragraph`` opens with a label that opens other paragraphs too ("MAO NING:
    Good afternoon. ..." ... "MAO NING: ..."): a transcript's speaker, not a colon dateline
    ("TASHKENT: ..." opens one paragraph only)."""
    m = _LABEL.match(paragraph)
    return m is not None and sum(p.startswith(m.group()) for p in paragraphs) >= 2


_LABEL = re.compile(r"^[^:\n]{1,40}:")


# A place's name in a byline or a stamp line: one to three capitalised words ("Port Louis").
_PLACE_WORDS = rf"[{_UP}][{_LOW}.'-]+(?:[ -][{_UP}][{_LOW}.'-]+){{0,2}}"
# "By Ada Obi | Lagos", "By Ada Obi and Tom Hale in Kyiv": a byline that says where the
# story was filed, as sites print it above a story that has no wire dateline.
_BYLINE_PLACE = re.compile(
    r"^By\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}"
    r"(?:\s*(?:,|and|&)\s*[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3})*"
    rf"(?:\s*[|·•]\s*|\s+in\s+)(?P<place>{_PLACE_WORDS})\s*$"
)
# "20 September 2019 | Taipei | Ministry of Foreign Affairs | Press Release No. 214": a
# press office's stamp line, its date then the place it was issued.
_STAMP_PLACE = re.compile(
    r"^(?P<day>[^|]{6,30}?)\s*\|\s*"
    rf"(?P<place>{_PLACE_WORDS})\s*\|"
)
# "Lusaka, 3 March 2021 | Ministry of Foreign Affairs | Press release": the same stamp with
# the place first.
_STAMP_PLACE_FIRST = re.compile(
    rf"^(?P<place>{_PLACE_WORDS}),\s*"
    r"(?P<day>[^|]{6,30}?)\s*\|"
)
# Words for a day that a "Thursday, 12 March 2026" stamp line puts where a place would be.
_DAY_NAMES = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur "
    "thurs fri sat sun today".split()
)
# "Accra, 14 April 2026": a press release's line of its place and date alone.
_PLACE_DATE_LINE = re.compile(
    rf"^(?P<place>{_PLACE_WORDS}),\s*"
    r"(?P<day>\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+,?\s+\d{4}|[A-Za-z]+\s+\d{1,2},?\s+\d{4})\.?$"
)
# Words that make a byline's last part an outlet or a desk, not a place.
_NOT_PLACE_WORDS = frozenset(
    "News Times Post Daily Agency Press Herald Wire Tribune Journal Gazette Report Desk "
    "Staff Correspondent Reporter Editor Online Media Network Radio Television TV".split()
)


def byline_place(text: str) -> Dateline | None:
    """The place of a byline such as ``By Ada Obi | Lagos``, or of a press office's stamp
    line such as ``20 September 2019 | Taipei | Ministry of ...``, in the first lines, or
    None."""
    for line in text.split("\n")[:10]:
        line = " ".join(line.split())
        m = _BYLINE_PLACE.match(line)
        if m is None:
            # (the place first, else "Port Louis, 3 May | Prime Minister's Office |" reads
            # the office as the place)
            m = (
                _STAMP_PLACE_FIRST.match(line)
                or _STAMP_PLACE.match(line)
                or _PLACE_DATE_LINE.match(line)
            )
            if m is None or _stamp_day(m["day"]) is None:
                continue
        place = m["place"]
        if place.lower().rstrip(".") in _DAY_NAMES:
            continue  # "Thursday, 12 March 2026": a day, not a place
        if outlet_table().by_tag.get(place) or _NOT_PLACE_WORDS & set(place.split()):
            return None
        return Dateline(place=place, day=None, agency=None)
    return None


def normalise_place(place: str) -> str:
    """``NUR-SULTAN`` -> ``Nur-Sultan``, ``RIO DE JANEIRO`` -> ``Rio de Janeiro``."""
    if not place.isupper():
        return place

    def word(m: re.Match[str]) -> str:
        w = m[0].lower()
        return w if w in _SMALL_WORDS and m.start() > 0 else w.capitalize()

    return re.sub(r"[^\W\d_]+", word, place)


@dataclass(frozen=True, slots=True)
class OutletTable:
    """Agency tags -> outlet names, from data/outlets.toml."""

    by_tag: dict[str, str]
    pattern: re.Pattern[str]


@lru_cache(maxsize=1)
def outlet_table() -> OutletTable:
    """Load the outlet tags once."""
    data = tomllib.loads(resources.files("dyad.ingest").joinpath("data/outlets.toml").read_text())
    by_tag = {tag: o["name"] for o in data["outlet"] for tag in o["tags"]}
    tags = sorted(by_tag, key=len, reverse=True)
    # "(Xinhua) --" or a credit "(Xinhua/...)" near the top of a story: a bare "(MENA)" in
    # "North Africa (MENA) region" is an abbreviation, not the agency.
    alternatives = "|".join(map(re.escape, tags))
    pattern = re.compile(rf"\(({alternatives})(?:/[^)]*\)|\)\s*(?:--|—|–|-|:))")
    return OutletTable(by_tag, pattern)


def outlet_from_tag(agency: str | None) -> str | None:
    """The outlet for a dateline agency: a known tag's name, else the agency as written."""
    if not agency:
        return None
    agency = agency.strip()
    known = outlet_table().by_tag.get(agency)
    if known:
        return known
    words = agency.split()
    # Unknown agencies count only when they look like a name, not a remark.
    if 1 <= len(words) <= 4 and all(w[:1].isupper() for w in words):
        return normalise_place(agency) if len(agency) > 4 else agency  # "CASPIAN HERALD"
    return None


def outlet_in_text(paragraphs: list[str]) -> str | None:
    """An agency tag such as ``(Xinhua)`` in the first paragraphs, as a fallback."""
    table = outlet_table()
    for paragraph in paragraphs[:3]:
        m = table.pattern.search(paragraph)
        if m:
            return table.by_tag[m[1]]
    return None


_CLOCK = r"\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,5})?"
# A page's timestamp line, the time before or after the date: "17:40, May 27, 2024",
# "June 25, 2024 19:20 GMT", "16.08.2025, 11:05", "2025-08-16 11:05"
_TIMESTAMPS = (
    re.compile(rf"^\W*(?:\w+\)\s*)?{_CLOCK},?\s+(.+?\d{{4}})\s*$"),
    re.compile(rf"^\W*(\d{{4}}-\d{{2}}-\d{{2}}|.+?\d{{4}}),?\s+(?:at\s+)?{_CLOCK}\s*$"),
)

# A whole line that only dates the page, in the shapes sites print it: a label
# ("Published:", "Updated", "Last modified"), a weekday, the date (month name either side
# of the day, ISO, dotted or slashed numbers), a time (12- or 24-hour, "16.40"), a zone
# ("GMT+3", "ET", "(UTC)", "+03:00"), in either order, with commas, dots, "at", "|" or "·";
# news databases put the weekday after the date ("June 3, 2023 Saturday"), blogs the
# poster after it ("Posted on March 12, 2024 by admin").
_STAMP_LABEL = (
    r"(?P<label>(?:first\s+)?published|updated|last\s+(?:updated|modified)|modified|posted"
    r"|released|issued|date)(?:\s+(?:on|at))?\s*[:\-–—]?\s*"
)
# A press release's place before its date ("Accra, 14 April 2026"): one to three words.
_RELEASE_PLACE = r"(?:(?-i:[A-Z])[\w'.\-]*(?:\s+(?-i:[A-Z])[\w'.\-]*){0,2},\s+)"
_WEEKDAY = r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+"
_STAMP_DATE = (
    rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2}|\d{4}/\d{1,2}/\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{4})"
)
_STAMP_CLOCK = r"\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?\s?m\.?)?"
_STAMP_ZONE = r"(?:\(?(?-i:[A-Z]{1,5})(?:\s?[+−-]\s?\d{1,2}(?::?\d{2})?)?\)?|[+−-]\d{2}:?\d{2})"
_ISO_TIME = r"(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)"
_STAMP_SEP = r"(?:\s*[,·•|@–—-]\s*|\s+at\s+|\s+)"
_STAMP = re.compile(
    rf"""^(?:{_STAMP_LABEL})?(?:{_RELEASE_PLACE})?(?:{_WEEKDAY})?
    (?:{_STAMP_CLOCK}(?:\s*{_STAMP_ZONE})?{_STAMP_SEP}(?:{_WEEKDAY})?)?
    (?P<date>{_STAMP_DATE}){_ISO_TIME}?
    (?:,?\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day)?
    (?:{_STAMP_SEP}{_STAMP_CLOCK})?(?:\s*{_STAMP_ZONE})?
    (?:\s+by\s+[\w.' -]{{1,40}})?[\s.]*$""",
    re.IGNORECASE | re.VERBOSE,
)
_NUMERIC = re.compile(r"^(\d{1,4})[./-](\d{1,2})[./-](\d{1,4})$")
_DIGIT = re.compile(r"\d")
_READING_TIME = re.compile(r"\s*[|·•]\s*\d+\s*(?:min|mins|minutes?)\s+read\s*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Stamp:
    """A line that dates the page: its day, and whether it says the page was updated."""

    day: date
    updated: bool


def read_stamp(line: str) -> Stamp | None:
    """The date of a line that is nothing but a page timestamp, or None.

    ``Published: June 18, 2023 at 2:45 p.m. EDT``, ``Updated Tuesday, 4 July 2023 09:12
    GMT+3``, ``Fri 10 Mar 2023 16.40 GMT``, ``2023-05-02T18:30:00Z``, ``Posted:
    10/14/2024 9:47 PM``; several stamps joined by ``|`` give the first one. A line with
    any other words ("The talks opened on June 25, 2024.") is no stamp.
    """
    if len(line) > 160 or not _DIGIT.search(line):
        return None  # story paragraphs, cheaply: every stamp is short and has a digit
    line = _READING_TIME.sub("", " ".join(line.split()))  # NBSP and other unicode spaces
    if not line or len(line) > 120:
        return None
    parts = [p for p in re.split(r"\s+[|·•]\s+(?=[A-Za-z]{3,})", line) if p]
    stamps = [_one_stamp(p) for p in parts]
    if not stamps or any(s is None for s in stamps):
        return None
    return next((s for s in stamps if s is not None and not s.updated), stamps[0])


def _one_stamp(text: str) -> Stamp | None:
    m = _STAMP.match(text.strip())
    if m is None:
        return None
    day = _stamp_day(m["date"])
    if day is None:
        return None
    label = (m["label"] or "").casefold()
    return Stamp(day, updated=("updated" in label or "modified" in label))


def _stamp_day(text: str) -> date | None:
    """A stamp's date: dotted numbers are day first, slashed ones month first unless the
    first number cannot be a month (16/08/2025)."""
    numeric = _NUMERIC.match(text)
    if numeric is None:
        return parse_loose(text)
    a, b, c = (int(x) for x in numeric.groups())
    if len(numeric[1]) == 4:
        y, mo, d = a, b, c
    elif "." in text or a > 12:
        y, mo, d = c, b, a
    else:
        y, mo, d = c, a, b
    try:
        return date(y, mo, d)
    except ValueError:
        return None


def _labelled_stamp(line: str) -> Stamp | None:
    """A stamp followed by the outlet's or section's labels ("11.04.2022, 08:15 | Daily
    Herald | World"): its date is the page's, though the line is more than a stamp."""
    parts = [p.strip() for p in re.split(r"\s+[|·•]\s+(?=[A-Za-z]{3,})", line.strip())]
    if len(parts) < 2 or len(line) > 120 or any(_DIGIT.search(p) for p in parts[1:]):
        return None
    return read_stamp(parts[0])


def timestamp_date(text: str) -> date | None:
    """The date of a page timestamp line near the top ("17:40, May 27, 2024"), if any.

    A "published" stamp wins over an "updated" one above it.
    """
    updated: date | None = None
    for line in text.split("\n")[:12]:
        stamp = read_stamp(line) or _labelled_stamp(line)
        if stamp is not None and not stamp.updated:
            return stamp.day
        if stamp is not None:
            updated = updated or stamp.day
            continue
        for pattern in _TIMESTAMPS:
            m = pattern.match(line.strip())
            if m and (day := _stamp_day(m[1].strip())) is not None:
                return day
    return updated


def parse_iso(text: str) -> date | None:
    """``YYYY-MM-DD`` -> date, None when it is not a real day."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


_DEFAULTS = (datetime(1900, 1, 1), datetime(1904, 2, 2))  # tells a missing part from a given one


# Unix time in seconds or milliseconds, as databases and APIs export it (1990-2100 only).
_EPOCH = re.compile(r"^\d{9,10}(?:\d{3})?(?:\.\d+)?$")


def _epoch_day(text: str) -> date | None:
    seconds = float(text)
    if len(text.split(".")[0]) > 10:
        seconds /= 1000
    if not 631152000 <= seconds < 4102444800:
        return None
    return datetime.fromtimestamp(seconds, UTC).date()


def parse_loose(text: str | None) -> date | None:
    """A full date from metadata text (ISO, RFC 822, "June 29, 2021"); None if incomplete."""
    if not text or not text.strip():
        return None
    text = text.strip()
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        pass
    if _NUMERIC.match(text):
        return _stamp_day(text)  # "07.03.2024" is day first, which dateutil would not read
    if _EPOCH.match(text):
        return _epoch_day(text)
    try:
        a, b = (dateutil_parser.parse(text, default=d) for d in _DEFAULTS)
    except (ValueError, OverflowError):
        return None
    if (a.year, a.month, a.day) != (b.year, b.month, b.day):
        return None  # a part (the year or the day) was missing: not a full date
    return a.date()


# Languages news is published in. Restricting py3langid to them keeps short English items
# from being called Nigerian Pidgin or Latin.
NEWS_LANGUAGES = (
    "en fr de es pt it nl ru uk pl cs ro hu el tr ar fa ur hi bn zh ja ko vi id ms th sv da no "
    "fi he az kk uz ka hy sr hr bg sk sl lt lv et sq mk sw am"
).split()


@lru_cache(maxsize=1)
def _language_identifier():  # py3langid.langid.LanguageIdentifier
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE)
    identifier.set_languages(NEWS_LANGUAGES)
    return identifier


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language (py3langid), or None for too little text."""
    sample = text[:3000]
    if sum(c.isalpha() for c in sample) < 20:
        return None
    return _language_identifier().classify(sample)[0]

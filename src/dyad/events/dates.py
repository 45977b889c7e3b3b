"""When an event happened, from the words of its sentence and the article's date.

Only expressions news copy uses are read: weekdays ("on Monday" in a story dated
Tuesday 2020-12-15 is 2020-12-14), "yesterday", "the day before yesterday", "two days
ago", "last night", "today", "on the 14th" (and "on the evening of the 14th", "on the
14th of last month"),
"last week/month/year",
"earlier this month", explicit days with or without the year ("Dec. 14",
"14 December 2020", "June 28, 2021"), ranges of days by their last day ("from March 6 to
10"), months ("in September 2019", "at the end of May"), years
("in 2019") and decades ("in the 1990s", by their last year). Anything else is left unknown rather than guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS = {
    name: number
    for number, names in enumerate(
        [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
         ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
         ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
         ("dec", "december")],
        start=1,
    )
    for name in names
}  # fmt: skip
WEEKDAYS = {d: i for i, d in enumerate(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}  # fmt: skip

_MONTH = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # "from March 6 to 10", "Feb. 24-25": talks over several days end on the last one
    ("month_day_range", re.compile(rf"\b{_MONTH}\s+(\d{{1,2}})\s*(?:-|–|to|and|until)\s*(\d{{1,2}})\b(?!,?\s*\d{{4}})")),
    ("month_day_year", re.compile(rf"\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b")),
    ("day_month_year", re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+(\d{{4}})\b")),
    ("iso", re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")),
    # "2026/03/12": year first, as East Asian pages write it
    ("year_first", re.compile(r"\b(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b")),
    # "12.03.2026" is day first wherever dots are used; "12/3/2026" and "on 12/3" may be
    # either way round, so _numeric_day takes the reading that fits the story's date
    ("dotted", re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})\b(?!\.\d)")),
    ("slashed", re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})\b(?!/)")),
    ("on_slashed", re.compile(r"\bon\s+(\d{1,2})/(\d{1,2})\b(?![/\d])")),
    ("month_day", re.compile(rf"\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?!,?\s*\d{{4}})")),
    ("day_month", re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\b(?!,?\s*\d{{4}})")),
    ("month_year", re.compile(rf"\b{_MONTH}\s+(?:of\s+)?(\d{{4}})\b")),
    # "on the 19th", "signed on the 27th, ...": a day of this month (or the last) alone,
    # not "the 20th anniversary" or "the 19th century" (a noun follows those)
    # (also "on the evening of the 11th", "on the 12th of this month" or "of last month")
    ("ordinal_day", re.compile(r"\bon\s+the\s+(?:(?:morning|afternoon|evening|night)\s+of\s+the\s+)?(\d{1,2})(?:st|nd|rd|th)\b(?:\s+of\s+(this|last)\s+month\b)?(?=\s*(?:[,.;:)]|$|(?:and|but|when|while|after|before|in|at|as|with|by|during|following)\b))")),
    # "on Thursday last week", "Thursday of last week": that day of the week before
    ("weekday_last_week", re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+(?:of\s+)?last\s+week\b")),
    ("weekday", re.compile(r"\b(?:(last|this|on|next)\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")),
    ("relative_day", re.compile(r"\b(the day before yesterday|yesterday|last night|today|tonight|this morning|this afternoon|this evening|earlier today|tomorrow)\b")),
    ("days_ago", re.compile(r"\b(two|three|four|five|six|[2-6])\s+days\s+ago\b")),
    ("relative_period", re.compile(r"\b(last|this|earlier this|earlier in the|later this|next|past)\s+(week|month|year)\b")),
    ("year", re.compile(r"\b(?:in|since|of|during|by)\s+((?:19|20)\d{2})\b")),
    # "in the 1990s", "during the war of the 1980s": a decade, told by its last year
    ("decade", re.compile(r"\b(?:in|since|of|during|by)\s+the\s+((?:19|20)\d)0s\b")),
    ("month_only", re.compile(rf"\b(?:the\s+(?:beginning|start|middle|end)\s+of|in|since|during|early|late|mid-|last|this)\s*{_MONTH}\b(?!\s+\d)")),
]  # fmt: skip


@dataclass(frozen=True, slots=True)
class When:
    """A resolved date, how precise it is, and the words it came from."""

    day: date
    precision: str  # day | week | month | year
    text: str
    start: int  # offsets of ``text`` in the string searched
    end: int
    future: bool = False  # "tomorrow", "next week": a planned event, not one that happened


def find_dates(text: str, published: date | None) -> list[When]:
    """Every date expression in ``text`` that can be resolved, in order, without overlaps."""
    found: list[When] = []
    taken: list[tuple[int, int]] = []
    lowered = text.lower()
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(lowered):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            when = _resolve(kind, m, published)
            if when is not None:
                found.append(
                    When(when[0], when[1], text[m.start() : m.end()], m.start(), m.end(), when[2])
                )
                taken.append((m.start(), m.end()))
    return sorted(found, key=lambda w: w.start)


def _numeric_day(
    a: int, b: int, year_text: str | None, ref: date | None
) -> tuple[date, str, bool] | None:
    """ "12/3/2026" or "on 12/3": day first (12 March) or month first (3 December).

    Readings that are no date, or more than a month from the story's date, are out; of
    two left, the one nearer the story's date wins. Without the story's date only an
    unambiguous reading with its year ("25/3/2026") stands."""
    if year_text is not None:
        years = [int(year_text) + (2000 if len(year_text) == 2 else 0)]
    elif ref is not None:
        years = [ref.year, ref.year - 1]
    else:
        return None
    readings = {_day_or_none(y, m, d) for y in years for d, m in ((a, b), (b, a))} - {None}
    if ref is None:
        found = readings.pop() if len(readings) == 1 else None
    else:
        near = [d for d in readings if d is not None and abs((d - ref).days) <= 31]
        found = min(near, key=lambda d: abs((d - ref).days), default=None)
    return None if found is None else (found, "day", ref is not None and found > ref)


def _day_or_none(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _resolve(kind: str, m: re.Match[str], ref: date | None) -> tuple[date, str, bool] | None:
    try:
        if kind == "month_day_year":
            return date(int(m[3]), MONTHS[m[1]], int(m[2])), "day", False
        if kind == "day_month_year":
            return date(int(m[3]), MONTHS[m[2]], int(m[1])), "day", False
        if kind in ("iso", "year_first"):
            return date(int(m[1]), int(m[2]), int(m[3])), "day", False
        if kind == "dotted":
            return date(int(m[3]), int(m[2]), int(m[1])), "day", False
        if kind == "month_year":
            return date(int(m[2]), MONTHS[m[1]], 1), "month", False
        if kind == "year":
            return date(int(m[1]), 1, 1), "year", False
        if kind == "decade":
            return date(int(m[1]) * 10 + 9, 1, 1), "year", False
    except (ValueError, KeyError):
        return None
    if kind in ("slashed", "on_slashed"):
        return _numeric_day(int(m[1]), int(m[2]), m[3] if kind == "slashed" else None, ref)
    if ref is None:
        return None  # relative expressions need the article's date
    try:
        if kind in ("month_day", "day_month", "month_day_range"):
            month, day = (
                (MONTHS[m[1]], int(m[2]))
                if kind == "month_day"
                else (MONTHS[m[1]], int(m[3]))
                if kind == "month_day_range"
                else (MONTHS[m[2]], int(m[1]))
            )
            guess = date(ref.year, month, day)
            if guess > ref + timedelta(days=31):  # "Dec. 30" in a January story is last year
                guess = date(ref.year - 1, month, day)
            return guess, "day", guess > ref
    except (ValueError, KeyError):
        return None
    if kind == "ordinal_day":
        day = int(m[1])
        month_start = ref.replace(day=1)
        try:  # the latest such day up to the story's: this month's, else last month's
            if m[2] == "this" or (m[2] is None and day <= ref.day):
                return ref.replace(day=day), "day", day > ref.day
            last = month_start - timedelta(days=1)
            return last.replace(day=day), "day", False
        except ValueError:
            return None
    if kind == "month_only":
        month = MONTHS[m[1]]
        year = ref.year if month <= ref.month else ref.year - 1
        return date(year, month, 1), "month", False
    if kind == "weekday_last_week":
        monday = ref - timedelta(days=ref.weekday() + 7)
        return monday + timedelta(days=WEEKDAYS[m[1]]), "day", False
    if kind == "weekday":
        qualifier, weekday = m[1], WEEKDAYS[m[2]]
        back = (ref.weekday() - weekday) % 7
        if qualifier == "next":
            return ref + timedelta(days=(weekday - ref.weekday()) % 7 or 7), "day", True
        if qualifier == "last" and back == 0:
            back = 7
        return ref - timedelta(days=back), "day", False
    if kind == "relative_day":
        word = m[1]
        if word in ("yesterday", "last night"):
            return ref - timedelta(days=1), "day", False
        if word == "the day before yesterday":
            return ref - timedelta(days=2), "day", False
        if word == "tomorrow":
            return ref + timedelta(days=1), "day", True
        return ref, "day", False
    if kind == "days_ago":
        words = ("two", "three", "four", "five", "six")
        n = int(m[1]) if m[1].isdigit() else words.index(m[1]) + 2
        return ref - timedelta(days=n), "day", False
    if kind == "relative_period":
        which, unit = m[1], m[2]
        if unit == "week":
            monday = ref - timedelta(days=ref.weekday())
            shift = {"last": -7, "past": -7, "next": 7}.get(which, 0)
            return monday + timedelta(days=shift), "week", which == "next"
        if unit == "month":
            year, month = ref.year, ref.month + {"last": -1, "past": -1, "next": 1}.get(which, 0)
            year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
            return date(year, month, 1), "month", which == "next"
        year = ref.year + {"last": -1, "past": -1, "next": 1}.get(which, 0)
        return date(year, 1, 1), "year", which == "next"
    return None

"""Merge: the mentions of one real-world event, across sentences and outlets, into one Event.

Two mentions are the same event when the structured fields agree: the same type and
deed (CAMEO code), the same participating states (and the same initiators, for directed
types), compatible dates given their precision, compatible mode and medium, and no
conflicting location. One type, pair and day can still hold several deeds (a summit's
joint statement, the one-China pledge in it and a gas deal signed beside it), so a deed
is also told by what it is about: the words of the clause that states it (``about``).
Two deeds of one story whose clauses share no word that says what they are about, or
that one sentence states with two different triggers, are two events, and so are a root
CAMEO code and a specific one whose wording shares nothing; among the events a report
could join, it joins the one whose words it shares most.
A mention joins a group only if it is compatible with every member (complete linkage),
so a chain of near matches (a phone call and a later video summit of the same pair)
never fuses. Groups are formed in a canonical order, so the result does not depend on
the order mentions arrive in.

Within a block each story's own mentions are grouped first (a story that restates its
event is one event, two deeds it tells apart are two), then the stories' events are
joined across outlets, where wording ranks the events a report could join but keeps
nothing apart unless the CAMEO codes differ.

Mentions are blocked by (type, states), which keeps the cost about linear in their number.
"""

from __future__ import annotations

import itertools
import re
import tomllib
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources

from .models import EventMention

#: (article id, article id) -> how alike the two stories are, 0..1
Similarity = Callable[[str, str], float]
#: Word-trigram overlap above which two stories tell the same news. Paraphrased reports
#: of one phone call share about 0.16; unrelated stories about one country 0.01-0.04.
SAME_STORY = 0.08

#: Days apart two reports of one event may date it when one date is only a guess.
GUESS_SLACK = 1
#: Days a story's publication may follow the event it reports without a date.
REPORT_LAG = 3
#: Types where who is named first says nothing: each government's readout of a call
#: names its own side as the caller. A visit keeps its direction (visitor, host).
_UNDIRECTED = frozenset({"CONSULT", "COOPERATE"})


def compatible(
    a: EventMention,
    b: EventMention,
    published: Mapping[str, date | None],
    similar: Similarity | None = None,
    words: Callable[[EventMention], frozenset[str]] | None = None,
) -> bool:
    """Whether ``a`` and ``b`` can state the same real-world event.

    When neither the text nor the publication date dates one of them, the stories' own
    wording decides (``similar``): one call told twice shares far more than two calls.
    ``words`` gives a mention's ``about`` words (a cache of them, when merging many).
    """
    if a.event_type != b.event_type or a.countries != b.countries or a.negated != b.negated:
        return False
    if not a.countries and {x.key for x in a.actors} != {x.key for x in b.actors}:
        return False
    directed = a.event_type not in _UNDIRECTED or "visit" in (a.mode, b.mode)
    if directed and a.recipients and b.recipients and _states(a.actors) != _states(b.actors):
        return False  # who sanctioned whom must agree; each side's readout of a call may not
    if a.mode != b.mode and None not in (a.mode, b.mode) and "visit" not in (a.mode, b.mode):
        return False
    if a.medium and b.medium and a.medium != b.medium:
        return False  # a phone call is not a video summit
    if _places_conflict(a, b):
        return False
    if a.event_type != "CONSULT" and not same_deed(a.cameo, b.cameo):
        return False  # expelling diplomats and imposing sanctions the same day: two events
    if a.event_type != "CONSULT" and two_deeds(a, b, words or about):
        return False  # the joint statement and the gas deal the story tells apart
    if a.event_type == "CONSULT" and not _same_people(a, b):
        return False  # a state visitor's talks with the president, then with the premier
    dated = _dates_compatible(a, b, published)
    if dated is None:
        return similar is not None and similar(a.evidence.article_id, b.evidence.article_id) >= (
            SAME_STORY
        )
    return dated


def _places_conflict(a: EventMention, b: EventMention) -> bool:
    """Whether the two happened in different states. A meeting with no mode was placed by
    no word of its sentence (a place there makes it a visit or third-party meeting): its
    place is the dateline's guess, which is where the reporter filed, and decides nothing."""
    if not (a.location.country and b.location.country):
        return False
    if a.event_type == "CONSULT" and None in (a.mode, b.mode):
        return False
    return a.location.country != b.location.country


def same_deed(a: str | None, b: str | None) -> bool:
    """Whether two CAMEO codes can name one deed: equal, unknown, or one the root of the
    other ("160" or "16" covers "163" and "1663"). CONSULT is left to mode and medium,
    since one outlet's "visited" (042) is another's "hosted" (043) or "held talks" (040)."""
    if not a or not b:
        return True
    x, y = (c[:2] if len(c) == 3 and c.endswith("0") else c for c in (a, b))
    return x.startswith(y) or y.startswith(x)


def two_deeds(
    a: EventMention, b: EventMention, words: Callable[[EventMention], frozenset[str]]
) -> bool:
    """Whether two mentions of one type and pair state different deeds by their wording:
    one sentence states them with two triggers ("expelled 10 diplomats and barred eight
    officials"), or the clauses that state them share no word of what they are about
    ("reaffirmed its support for the one-China principle" / "signed an agreement to
    supply natural gas") and either one story tells both or their CAMEO codes differ
    (a root code such as 050 admits a specific one such as 051 only when the wording
    agrees: praising a deal is not issuing the joint statement that announced it).
    A clause with no such word ("the deal was signed") decides nothing. Two outlets may
    tell one deed in other words (each lists other points of one consensus), so across
    stories with one code the wording only ranks the events a report could join
    (``cluster``). Meetings are left to mode, medium, people and place."""
    same_story = a.evidence.article_id == b.evidence.article_id
    if same_story and a.evidence.sentence_index == b.evidence.sentence_index:
        return a.trigger.end <= b.trigger.start or b.trigger.end <= a.trigger.start
    if not same_story and (not a.cameo or not b.cameo or a.cameo == b.cameo):
        return False
    x, y = words(a), words(b)
    return bool(x and y) and not shared(x, y)


def shared(x: frozenset[str], y: frozenset[str]) -> frozenset[str]:
    """The words two deeds share. Words that only name the kind of document ("joint
    statement", "memorandum") count only when one of the two has no other word: two
    joint statements signed at one summit, on a partnership and on an economic plan,
    are two deeds."""
    weak = _lexicon()[1]
    if x - weak and y - weak:
        return (x - weak) & (y - weak)
    return x & y


#: Clause breaks: a deed's words run from the break before its trigger to the next one.
_BREAK = re.compile(
    r"[;:()\[\]\u2013\u2014]|\s-\s|\.\s|,(?=\s+(?:which|who|whom|whose|where|when|while|"
    r"after|before|as|according|but|and|saying|adding|in which)\b)",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")
#: Letters a word is compared by: "sanctions" = "sanctioned", "diplomacy" = "diplomatic".
_STEM = 6
#: Words from which a trigger is a clause of its own (an annotator's evidence fragment:
#: "another on economic cooperation until 2030" beside "one on their partnership").
_CLAUSE = 4


def about(m: EventMention) -> frozenset[str]:
    """What a deed is about: the common words (not capitalised: names of parties, people
    and places tell who and where, not what) of the clause that states it, from the
    clause break before its trigger to the next, less the words that say nothing of
    what a deed is about (``data/merge.toml``), each cut to its first six letters.
    Empty when nothing is left."""
    sentence, offset = m.evidence.sentence, m.evidence.start
    start, end = m.trigger.start - offset, m.trigger.end - offset
    if not 0 <= start <= end <= len(sentence) or start == end:
        start, end = 0, len(sentence)
    breaks = [x.span() for x in _BREAK.finditer(sentence)]
    left = max((e for b, e in breaks if e <= start), default=0)
    right = min((b for b, e in breaks if b >= end), default=len(sentence))
    if len(sentence[start:end].split()) >= _CLAUSE:  # the trigger is a clause already
        return _words(sentence[start:end]) or _words(sentence[left:right])
    return _words(sentence[left:right])


def _words(text: str) -> frozenset[str]:
    skip = _lexicon()[0]
    return frozenset(
        stem
        for w in _WORD.findall(text)
        if len(w) > 2 and w[0].islower() and (stem := _stem(w)) not in skip
    )


def _stem(word: str) -> str:
    word = word.lower().replace("\u2019", "'")
    return word.removesuffix("'s").strip("'-")[:_STEM]


@lru_cache(maxsize=1)
def _lexicon() -> tuple[frozenset[str], frozenset[str]]:
    """The stems of the words ``about`` leaves out, and of the weak ones (``shared``)."""
    raw = tomllib.loads(resources.files("dyad").joinpath("data/merge.toml").read_text("utf-8"))
    return tuple(frozenset(_stem(w) for w in raw[key]) for key in ("ignore", "weak"))  # type: ignore[return-value]


def _same_people(a: EventMention, b: EventMention) -> bool:
    """No state is represented by different people in the two meetings: when both name
    people of one state, at least one of them is in both."""
    people_a, people_b = _people(a), _people(b)
    return all(people_b[state] & keys for state, keys in people_a.items() if state in people_b)


def _people(m: EventMention) -> dict[str, set[str]]:
    found: dict[str, set[str]] = defaultdict(set)
    for x in (*m.actors, *m.recipients):
        if x.kind == "person" and x.country:
            found[x.country].add(x.key)
    return found


def _states(actors) -> frozenset[str]:
    return frozenset(x.country for x in actors if x.country)


def _dates_compatible(
    a: EventMention, b: EventMention, published: Mapping[str, date | None]
) -> bool | None:
    """True or False when the dates decide; None when nothing dates one of the two."""
    same_article = a.evidence.article_id == b.evidence.article_id
    if a.date is None or b.date is None:
        if same_article:
            return True
        dated, undated = (a, b) if a.date is not None else (b, a)
        seen = published.get(undated.evidence.article_id)
        if seen is None:
            return None
        if dated.date is None:  # neither dated: stories published within days of each other
            other = published.get(dated.evidence.article_id)
            return None if other is None else abs((seen - other).days) <= 2
        # an undated report of a dated event: its story must be published just after it
        return timedelta(0) <= seen - dated.date <= timedelta(REPORT_LAG)
    if "day" not in (a.date_precision, b.date_precision) or a.date_precision != b.date_precision:
        return _same_period(a, b)
    slack = GUESS_SLACK if "published" in (a.date_basis, b.date_basis) else 0
    return abs((a.date - b.date).days) <= slack


def _same_period(a: EventMention, b: EventMention) -> bool:
    """A month or week precision date contains the other's day."""
    coarse, fine = (a, b) if _rank(a) >= _rank(b) else (b, a)
    assert coarse.date is not None and fine.date is not None
    if coarse.date_precision == "year":
        return coarse.date.year == fine.date.year
    if coarse.date_precision == "month":
        return (coarse.date.year, coarse.date.month) == (fine.date.year, fine.date.month)
    if coarse.date_precision == "week":
        return timedelta(0) <= fine.date - coarse.date < timedelta(7)
    return coarse.date == fine.date


def _rank(m: EventMention) -> int:
    return {"day": 0, "week": 1, "month": 2, "year": 3}.get(m.date_precision or "day", 0)


def cluster(
    mentions: Iterable[EventMention],
    published: Mapping[str, date | None],
    similar: Similarity | None = None,
) -> list[list[EventMention]]:
    """Group mentions of the same event. Deterministic whatever the input order."""
    blocks: dict[tuple, list[EventMention]] = defaultdict(list)
    for m in mentions:
        blocks[(m.event_type, m.countries)].append(m)
    groups: list[list[EventMention]] = []
    for key in sorted(blocks, key=repr):
        members = sorted(blocks[key], key=lambda m: (_when(m, published), m.id))
        groups.extend(_link(members, published, similar))
    return groups


def _link(
    members: list[EventMention],
    published: Mapping[str, date | None],
    similar: Similarity | None,
) -> list[list[EventMention]]:
    """Complete linkage within one block, in two rounds. First each article's own
    mentions are grouped: a story that restates its event is one event, two deeds it
    tells apart are two. Then the articles' groups are joined across articles, each to a
    group it is compatible with in full and that holds no other deed of its article;
    among several, the one whose words it shares most, else the first made. Groups of
    day-dated mentions are indexed by day, so a group only looks at groups within a day
    of its own, which keeps the cost near linear; groups with an undated or coarsely
    dated member are always looked at."""
    found: dict[str, frozenset[str]] = {}

    def words(m: EventMention) -> frozenset[str]:
        if m.id not in found:
            found[m.id] = about(m)
        return found[m.id]

    def fits(part: list[EventMention], group: list[EventMention]) -> bool:
        return all(compatible(m, x, published, similar, words) for m in part for x in group)

    by_article: dict[str, list[list[EventMention]]] = defaultdict(list)
    for m in members:
        by_article[m.evidence.article_id].append([m])
    order = {m.id: n for n, m in enumerate(members)}
    parts = [
        group
        for own in by_article.values()
        for group in (_join(own, fits, words) if len(own) > 1 else own)
    ]
    parts.sort(key=lambda group: order[group[0].id])
    return _join(parts, fits, words, across=True)


def _join(
    parts: list[list[EventMention]],
    fits: Callable[[list[EventMention], list[EventMention]], bool],
    words: Callable[[EventMention], frozenset[str]],
    across: bool = False,
) -> list[list[EventMention]]:
    """Greedy complete linkage of ``parts`` (lists of mentions) into groups; ``across``:
    a group takes at most one part of each article, and a report that joined a deed it
    shares no word with gets a second look once every group is made (``_rehome``)."""
    groups: list[list[EventMention]] = []
    by_day: dict[int, set[int]] = defaultdict(set)
    loose: set[int] = set()
    sources: list[set[str]] = []
    placed: list[int] = []  # the group of each part

    def candidates(part: list[EventMention]) -> list[int]:
        if any(m.date is None or m.date_precision != "day" for m in part):
            return list(range(len(groups)))
        days = {m.date.toordinal() for m in part if m.date is not None}
        return sorted(loose.union(*(by_day[d + k] for d in days for k in (-1, 0, 1))))

    for part in parts:
        article = part[0].evidence.article_id
        homes = [
            n
            for n in candidates(part)
            if not (across and article in sources[n]) and fits(part, groups[n])
        ]
        if len(homes) > 1 and part[0].event_type != "CONSULT":
            homes = _closest(part, [groups[n] for n in homes], homes, words)
        if not homes:
            homes = [len(groups)]
            groups.append([])
            sources.append(set())
        home = homes[0]
        groups[home].extend(part)
        sources[home].add(article)
        placed.append(home)
        for m in part:
            if m.date is not None and m.date_precision == "day":
                by_day[m.date.toordinal()].add(home)
            else:
                loose.add(home)
    if across:
        for n, part in enumerate(parts):
            placed[n] = _rehome(part, placed[n], candidates(part), groups, sources, fits, words)
    return [group for group in groups if group]


def _rehome(
    part: list[EventMention],
    home: int,
    candidates: list[int],
    groups: list[list[EventMention]],
    sources: list[set[str]],
    fits: Callable[[list[EventMention], list[EventMention]], bool],
    words: Callable[[EventMention], frozenset[str]],
) -> int:
    """The group a report should end in. A report that joined a deed it shares no word
    with, because that deed was the only one made when the report came, moves to a
    deed made later whose words it shares ("called China a reliable friend" had joined
    the other outlet's one-China pledge before its "described China as a reliable
    friend" was made). Returns the group it is in."""
    if part[0].event_type == "CONSULT":
        return home
    told = _words_of(part, words)
    mine = {m.id for m in part}
    others = [m for m in groups[home] if m.id not in mine]
    if not told or not others or shared(told, _words_of(others, words)):
        return home
    article = part[0].evidence.article_id
    best, most = home, 0
    for n in candidates:
        if n == home or not groups[n] or article in sources[n]:
            continue
        common = len(shared(told, _words_of(groups[n], words)))
        if common > most and fits(part, groups[n]):
            best, most = n, common
    if best != home:
        groups[home] = others
        sources[home].discard(article)
        groups[best].extend(part)
        sources[best].add(article)
    return best


def _closest(
    part: list[EventMention],
    groups: list[list[EventMention]],
    ids: list[int],
    words: Callable[[EventMention], frozenset[str]],
) -> list[int]:
    """Of several deeds a report could be, the ones it shares most words with, first made
    first; none when it has words and shares none with any: a guess among several deeds
    is worse than one event too many."""
    told = _words_of(part, words)
    heard = [_words_of(group, words) for group in groups]
    common = [len(shared(told, x)) for x in heard]
    if told and not any(common) and all(heard):
        return []
    return [n for _, n in sorted(zip((-x for x in common), ids, strict=True))]


def _words_of(
    mentions: Iterable[EventMention], words: Callable[[EventMention], frozenset[str]]
) -> frozenset[str]:
    """Every word of what some of ``mentions`` are about."""
    return frozenset().union(*map(words, mentions))


def shingles(text: str) -> frozenset[tuple[str, ...]]:
    """Word trigrams of a text, lower case: what near-identical stories share."""
    words = re.findall(r"\w+", text.lower())
    return frozenset(zip(words, words[1:], words[2:], strict=False))


def jaccard(a: frozenset, b: frozenset) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def _when(m: EventMention, published: Mapping[str, date | None]) -> date:
    return m.date or published.get(m.evidence.article_id) or date.min


@dataclass(frozen=True, slots=True)
class _Occasion:
    """What linking reads of an event: its days, states, and whether it is a meeting."""

    days: frozenset[date]
    states: frozenset[str]
    meeting: bool


def _occasion(mentions: Sequence[EventMention]) -> _Occasion:
    days = frozenset(m.date for m in mentions if m.date is not None and m.date_precision == "day")
    first = mentions[0]
    return _Occasion(days, frozenset(first.countries), first.event_type == "CONSULT")


def linked(a: Sequence[EventMention], b: Sequence[EventMention]) -> bool:
    """Whether one event is a deed done at the other, a meeting (the joint statement issued
    at talks; a bilateral beside a summit): one is a CONSULT, they share a day, and the
    states of one, two at least, all take part in the other."""
    return _linked(_occasion(a), _occasion(b))


def _linked(a: _Occasion, b: _Occasion) -> bool:
    if not (a.meeting or b.meeting) or not a.days & b.days:
        return False
    smaller = min(a.states, b.states, key=len)
    return len(smaller) >= 2 and (a.states <= b.states or b.states <= a.states)


def related(events: Mapping[str, Sequence[EventMention]]) -> dict[str, list[str]]:
    """For each event, the other events of its occasions (see ``linked``), by id. Events
    are bucketed by day and pair of states, so only events sharing both are compared."""
    occasions = {event: _occasion(mentions) for event, mentions in events.items()}
    buckets: dict[tuple[date, tuple[str, str]], set[str]] = defaultdict(set)
    for event, occasion in occasions.items():
        for pair in itertools.combinations(sorted(occasion.states), 2):
            for day in occasion.days:
                buckets[(day, pair)].add(event)
    found: dict[str, set[str]] = defaultdict(set)
    for bucket in buckets.values():
        for a, b in itertools.combinations(sorted(bucket), 2):
            if b not in found[a] and _linked(occasions[a], occasions[b]):
                found[a].add(b)
                found[b].add(a)
    return {event: sorted(others) for event, others in found.items() if others}


def event_id(group: Sequence[EventMention]) -> str:
    """A new event's id: from its earliest-sorting mention (stable once stored)."""
    return "e_" + min(m.id for m in group).removeprefix("m_")


def assign_ids(
    groups: Sequence[Sequence[EventMention]],
    previous: Mapping[str, str],
    created: Mapping[str, int],
    taken: Iterable[str] = (),
) -> tuple[dict[str, str], dict[str, str]]:
    """Event ids for the groups, keeping every id already handed out.

    ``previous`` maps mention ids to the event ids they had; ``created`` gives each known
    event id its creation order; ``taken`` are ids held by events outside these groups
    (an incremental merge), which these groups must not be given. A group keeps its
    members' id; when a group unites several known events, the oldest id survives and the
    others become its aliases. When an event splits, the part holding most of its
    mentions keeps the id and the other parts get new ones.
    Returns (mention id -> event id, alias -> surviving id).
    """
    used = set(taken)
    claims: dict[str, list[tuple[int, str, int]]] = defaultdict(list)
    for n, group in enumerate(groups):
        held: dict[str, list[str]] = defaultdict(list)
        for m in group:
            if previous.get(m.id) is not None:
                held[previous[m.id]].append(m.id)
        for event, mention_ids in held.items():
            claims[event].append((-len(mention_ids), min(mention_ids), n))
    owned: dict[int, list[str]] = defaultdict(list)
    for event, contenders in claims.items():
        if event not in used:
            owned[min(contenders)[2]].append(event)
    members: dict[str, str] = {}
    aliases: dict[str, str] = {}
    for n, group in enumerate(groups):
        known = sorted(owned[n], key=lambda e: (created.get(e, 1 << 62), e))
        chosen = base = known[0] if known else event_id(group)
        copy = 1
        while chosen in used:  # a new id already handed out (a part of a split event)
            copy += 1
            chosen = f"{base}.{copy}"
        used.add(chosen)
        for other in known[1:]:
            aliases[other] = chosen
        for m in group:
            members[m.id] = chosen
    return members, aliases

"""Scoring against hand-made gold files (``dyad eval GOLD.jsonl``).

A gold file is JSON Lines; each line names its article by ``source``: a path relative
to the corpus folder, with ``#N`` for the N-th article of a multi-article file. The kind
of gold is told by its keys: actor lines have ``kind`` and ``role``; event lines have
``event_type``. The formats are documented in docs/gold.md.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .actors.gazetteer import norm
from .errors import DyadError
from .ingest import Input, discover, read_articles
from .models import Actor, Article, EventMention, Rejection, Resolution
from .settings import Settings


@dataclass(frozen=True, slots=True)
class Score:
    """Precision, recall and F1 from counts."""

    true_positives: int
    predicted: int
    gold: int

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(slots=True)
class ActorReport:
    """Actor scores over a gold file, with every miss and false hit listed."""

    articles: int = 0
    name: Score = Score(0, 0, 0)  # the actor found at all
    state: Score = Score(0, 0, 0)  # found with the right state
    title_correct: int = 0
    title_checked: int = 0
    role_correct: int = 0
    role_checked: int = 0
    misses: list[str] = field(default_factory=list)
    false_hits: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)


def load_gold(path: Path) -> list[dict]:
    """The lines of a gold file; a clear error naming the line for anything malformed."""
    lines = []
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DyadError(f"cannot read gold file {path}: {exc.strerror}") from None
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise DyadError(f"{path}:{number}: invalid JSON: {exc.msg}") from None
        if not isinstance(record, dict) or "source" not in record:
            raise DyadError(f"{path}:{number}: each line needs a 'source' key")
        lines.append(record)
    if not lines:
        raise DyadError(f"{path}: the gold file is empty")
    return lines


def gold_kind(records: list[dict]) -> str:
    """ "actors" or "events", from the keys of the first line."""
    first = records[0]
    if "event_type" in first:
        return "events"
    if "kind" in first and "role" in first:
        return "actors"
    raise DyadError("cannot tell the kind of gold file: expected 'event_type' or 'kind'+'role'")


def all_sources(root: Path, settings: Settings) -> set[str]:
    """Every article under ``root`` named as gold files name them (path, #N for records)."""
    found: set[str] = set()
    for inp in discover([str(root)]):
        if isinstance(inp, Rejection):
            continue
        items = read_articles(inp, settings)
        relative = Path(inp.path).relative_to(root).as_posix()
        if len(items) == 1 and not items[0].sources[0].locator:
            found.add(relative)
        else:
            found.update(f"{relative}#{n}" for n in range(1, len(items) + 1))
    return found


def load_sources(sources: Iterable[str], corpus: Path, settings: Settings) -> dict[str, Article]:
    """Ingest (in memory) the articles the gold lines name."""
    by_file: dict[str, list[str]] = defaultdict(list)
    for source in sources:
        by_file[source.partition("#")[0]].append(source)
    found: dict[str, Article] = {}
    for name, wanted in by_file.items():
        articles = read_articles(Input(str(corpus / name)), settings)
        for source in wanted:
            _, _, number = source.partition("#")
            if (number and not number.isdigit()) or number == "0":
                raise DyadError(f"gold names {source}: #N must be a record number from 1")
            index = int(number) - 1 if number else 0
            if index >= len(articles):
                raise DyadError(f"gold names {source} but {name} has {len(articles)} articles")
            found[source] = articles[index]
    return found


def score_actors(gold: list[dict], resolutions: dict[str, Resolution]) -> ActorReport:
    """Match gold actors to resolved actors, article by article."""
    report = ActorReport()
    by_source: dict[str, list[dict]] = defaultdict(list)
    for line in gold:
        by_source[line["source"]].append(line)
    tp_name = tp_state = predicted = total = 0
    for source, lines in by_source.items():
        report.articles += 1
        actors = [a for a in resolutions[source].actors if a.kind != "pair"]
        predicted += len(actors)
        total += len(lines)
        unmatched = list(actors)
        for line in lines:
            actor = _find(line, unmatched)
            if actor is None:
                report.misses.append(f"{source}: {line['name']} ({line.get('country')})")
                continue
            unmatched.remove(actor)
            tp_name += 1
            if actor.country == line.get("country"):
                tp_state += 1
            else:
                report.wrong.append(
                    f"{source}: {line['name']} state {actor.country} != {line.get('country')}"
                )
            if line.get("title"):
                report.title_checked += 1
                report.title_correct += actor.title == line["title"]
                if actor.title != line["title"]:
                    report.wrong.append(
                        f"{source}: {line['name']} title {actor.title} != {line['title']}"
                    )
            if line.get("role"):
                report.role_checked += 1
                expected = "commentator" if line["role"] == "commentator" else "party"
                report.role_correct += actor.role == expected
                if actor.role != expected:
                    report.wrong.append(f"{source}: {line['name']} role {actor.role}")
        report.false_hits += [f"{source}: {a.name} ({a.kind}, {a.country})" for a in unmatched]
    report.name = Score(tp_name, predicted, total)
    report.state = Score(tp_state, predicted, total)
    return report


def _find(line: dict, actors: list[Actor]) -> Actor | None:
    """The resolved actor a gold line describes: same name, or written the same way."""
    names = {norm(line["name"])}
    raws = {norm(r) for r in line.get("raw", ())}
    for actor in actors:
        if norm(actor.name) in names:
            return actor
    for actor in actors:
        if norm(actor.raw) in raws or norm(actor.raw) in names:
            return actor
    return None


@dataclass(slots=True)
class EventReport:
    """Event scores: strict (type, states, date, mode) and lenient (type, states).

    The headline counts an article's events as the merge makes them (merged events
    restricted to the article: what a user sees); ``by_key`` counts them as the distinct
    (type, states, date, mode) keys of its mentions, the older and looser reduction."""

    articles: int = 0
    strict: Score = Score(0, 0, 0)
    typed_states: Score = Score(0, 0, 0)
    date_correct: int = 0
    mode_correct: int = 0
    matched: int = 0
    misses: list[str] = field(default_factory=list)
    false_hits: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)
    #: (gold line, the coded mention matched to it), for scoring the merge
    matches: list[tuple[dict, EventMention]] = field(default_factory=list)
    #: (strict, type + states) with an article's events reduced to distinct event_keys
    by_key: tuple[Score, Score] | None = None
    #: gold lines flagged ``"main": true`` (an article's headline events), and how many
    #: of them were matched strictly: the recall users care most about
    main_lines: int = 0
    main_found: int = 0

    @property
    def main_recall(self) -> float:
        return self.main_found / self.main_lines if self.main_lines else 0.0


def event_key(mention: EventMention) -> tuple:
    """What tells two coded events apart in the key scoring: repeats count once."""
    return (mention.event_type, mention.countries, mention.date, mention.mode)


#: one coded event of an article: the mention that stands for it and all its mentions
ArticleEvent = tuple[EventMention, list[EventMention]]


def events_by_key(mentions: dict[str, list[EventMention]]) -> dict[str, list[ArticleEvent]]:
    """Each article's events as the distinct event_keys of its (not negated) mentions: two
    deeds of one type, pair, day and mode count once, and so do all restatements."""
    found: dict[str, list[ArticleEvent]] = {}
    for source, ms in mentions.items():
        groups: dict[tuple, list[EventMention]] = defaultdict(list)
        for m in ms:
            if not m.negated:  # a negated mention ("did not recall") states no event
                groups[event_key(m)].append(m)
        found[source] = [(group[-1], group) for group in groups.values()]
    return found


def merged_events(
    mentions: dict[str, list[EventMention]], articles: dict[str, Article]
) -> dict[str, list[ArticleEvent]]:
    """Each article's events as the merge makes them (merge.cluster over every article's
    mentions, as ``dyad run`` merges), restricted to the article: the events a user sees
    it report. Two deeds the merge keeps apart count twice, a restatement it fails to
    join counts as an event too many. Each stands for itself by its lead mention (the
    one whose fields the export gives the event)."""
    from .export import lead_order
    from .merge import cluster, jaccard, shingles

    published = {a.id: a.published for a in articles.values()}
    texts = {a.id: shingles(a.text) for a in articles.values()}
    source_of = {a.id: source for source, a in articles.items()}

    def similar(a: str, b: str) -> float:
        return jaccard(texts.get(a, frozenset()), texts.get(b, frozenset()))

    every = [m for ms in mentions.values() for m in ms if not m.negated]
    found: dict[str, list[ArticleEvent]] = {source: [] for source in mentions}
    for group in cluster(every, published, similar):
        parts: dict[str, list[EventMention]] = defaultdict(list)
        for m in group:
            parts[source_of.get(m.evidence.article_id, m.evidence.article_id)].append(m)
        for source, part in parts.items():
            found.setdefault(source, []).append((min(part, key=lead_order), part))
    return found


def score_events(
    gold: list[dict],
    mentions: dict[str, list[EventMention]],
    articles: dict[str, Article] | None = None,
) -> EventReport:
    """Match gold events to coded events article by article (one-to-one; see _match).
    With ``articles`` (the coded articles by source) the headline scores the merged
    events and ``by_key`` the key reduction; without, the key reduction alone."""
    if articles is None:
        return _score(gold, events_by_key(mentions))
    report = _score(gold, merged_events(mentions, articles))
    keyed = _score(gold, events_by_key(mentions))
    report.by_key = (keyed.strict, keyed.typed_states)
    return report


def _score(gold: list[dict], events: dict[str, list[ArticleEvent]]) -> EventReport:
    report = EventReport()
    by_source: dict[str, list[dict]] = defaultdict(list)
    for line in gold:
        by_source[line["source"]].append(line)
    sources = set(by_source) | set(events)
    strict = lenient = predicted = total = 0
    for source in sorted(sources):
        report.articles += 1
        lines = by_source.get(source, [])
        system = events.get(source, [])
        members = {id(lead): group for lead, group in system}
        predicted += len(system)
        total += len(lines)
        free = [lead for lead, _ in system]
        for line, chosen in _match(lines, free):
            states = _gold_states(line)
            main = line.get("main") is True
            report.main_lines += main
            if chosen is None:
                report.misses.append(
                    f"{source}: {line['event_type']} {'-'.join(states)} {line.get('date')}"
                    f" | {line.get('evidence', '')[:70]}"
                )
                continue
            report.matches.append((line, _holding(line, chosen, members[id(chosen)])))
            lenient += 1
            report.matched += 1
            report.date_correct += _date_ok(chosen, line)
            report.mode_correct += _mode_ok(chosen, line)
            if _date_ok(chosen, line) and _mode_ok(chosen, line):
                strict += 1
                report.main_found += main
            else:
                report.wrong.append(
                    f"{source}: {line['event_type']} {'-'.join(states)}: date {chosen.date} vs "
                    f"{line.get('date')}, mode {chosen.mode} vs {line.get('mode')}"
                )
        report.false_hits += [
            f"{source}: {m.event_type} {'-'.join(m.countries)} {m.date} | "
            f"{m.evidence.sentence[:70]}"
            for m in free
        ]
    report.strict = Score(strict, predicted, total)
    report.typed_states = Score(lenient, predicted, total)
    return report


def _holding(line: dict, lead: EventMention, group: list[EventMention]) -> EventMention:
    """Of an event's mentions, the one whose sentence holds the gold line's evidence."""
    evidence = " ".join(line.get("evidence", "").split())
    return next(
        (m for m in group if evidence and evidence in " ".join(m.evidence.sentence.split())),
        lead,
    )


def _gold_states(line: dict) -> tuple[str, ...]:
    return tuple(sorted(set(line.get("actor_states", [])) | set(line.get("recipient_states", []))))


def _match(lines: list[dict], free: list[EventMention]) -> list[tuple[dict, EventMention | None]]:
    """One-to-one matches of one article's gold lines to its coded events (same type and
    states), best first: right date, mode and initiators; then right date and mode; then
    right initiators; then any. ``free`` keeps the coded events left unmatched."""
    tiers = (
        lambda m, line: _date_ok(m, line) and _mode_ok(m, line) and _direction_ok(m, line),
        lambda m, line: _date_ok(m, line) and _mode_ok(m, line),
        _direction_ok,
        lambda m, line: True,
    )
    chosen: dict[int, EventMention] = {}
    for tier in tiers:
        for n, line in enumerate(lines):
            if n in chosen:
                continue
            states = _gold_states(line)
            for m in free:
                if m.event_type == line["event_type"] and m.countries == states and tier(m, line):
                    chosen[n] = m
                    free.remove(m)
                    break
    return [(line, chosen.get(n)) for n, line in enumerate(lines)]


def _direction_ok(mention: EventMention, line: dict) -> bool:
    initiators = {a.country for a in mention.actors if a.country}
    return initiators == set(line.get("actor_states", []))


def _date_ok(mention: EventMention, line: dict) -> bool:
    gold = line.get("date")
    if gold is None:
        return True
    return mention.date is not None and mention.date.isoformat() == gold


def _mode_ok(mention: EventMention, line: dict) -> bool:
    if line["event_type"] != "CONSULT":
        return True
    return mention.mode == line.get("mode")


@dataclass(slots=True)
class MergeReport:
    """Pairwise merge scores. Of every two gold event lines (one article's report of one
    event each), a pair is positive when the gold's ``event_group`` says they are one
    real-world event, and predicted positive when the merge puts them in one event."""

    alone: Score  # merging the gold lines themselves: the merge stage in isolation
    across: Score  # the same, over pairs from two different articles only
    coded: Score  # merging what dyad coded, over the gold lines it found
    #: linked events (merge.related) against related_to, on the gold events merged alone:
    #: (right links, predicted links) and (gold links found, gold links)
    links: tuple[Score, Score] = (Score(0, 0, 0), Score(0, 0, 0))
    split: list[str] = field(default_factory=list)  # gold pairs kept apart (alone)
    fused: list[str] = field(default_factory=list)  # pairs merged against the gold (alone)
    coded_split: list[str] = field(default_factory=list)  # the same, end to end
    coded_fused: list[str] = field(default_factory=list)


def score_merge(
    gold: list[dict],
    articles: dict[str, Article],
    coded: dict[str, list[EventMention]],
    matches: list[tuple[dict, EventMention]],
) -> MergeReport:
    """Score the merge twice: on mentions built from the gold lines (so extraction errors
    do not count), and end to end on the coded mentions matched to gold lines."""
    from .merge import cluster, jaccard, shingles

    published = {a.id: a.published for a in articles.values()}
    texts = {a.id: shingles(a.text) for a in articles.values()}

    def similar(a: str, b: str) -> float:
        return jaccard(texts.get(a, frozenset()), texts.get(b, frozenset()))

    def groups_of(mentions: Iterable[EventMention]) -> dict[str, int]:
        found = cluster(mentions, published, similar)
        return {m.id: n for n, group in enumerate(found) for m in group}

    built = [
        gold_mention(line, articles[line["source"]], n, _deed(line, coded.get(line["source"], [])))
        for n, line in enumerate(gold)
    ]
    alone = groups_of(built)
    labels = [line["event_group"] for line in gold]
    predicted = [alone[m.id] for m in built]
    sources = [line["source"] for line in gold]
    report = MergeReport(
        _pairwise(labels, predicted),
        _pairwise(labels, predicted, lambda i, j: sources[i] != sources[j]),
        Score(0, 0, 0),
    )
    report.split, report.fused = _disagreements(gold, predicted)
    report.links = _score_links(gold, built, alone)
    everything = groups_of(m for ms in coded.values() for m in ms)
    stating = [_stating(line, m, coded.get(line["source"], [])) for line, m in matches]
    lines = [line for line, _ in matches]
    merged = [everything[m.id] for m in stating]
    report.coded = _pairwise([line["event_group"] for line in lines], merged)
    report.coded_split, report.coded_fused = _disagreements(lines, merged)
    return report


def _disagreements(lines: list[dict], merged: list[int]) -> tuple[list[str], list[str]]:
    """The pairs of gold lines the merge kept apart though the gold joins them, and those
    it joined though the gold keeps them apart (``merged``: each line's merged event)."""
    split: list[str] = []
    fused: list[str] = []
    for i, j in _pairs(len(lines)):
        a, b = lines[i]["event_group"], lines[j]["event_group"]
        if (a == b) != (merged[i] == merged[j]):
            where = f"{lines[i]['source']} / {lines[j]['source']}: {a}"
            (split if a == b else fused).append(where if a == b else f"{where} + {b}")
    return split, fused


def _stating(line: dict, matched: EventMention, coded: list[EventMention]) -> EventMention:
    """The mention that states a gold line: event scoring matches a line to one coded
    event per (type, states, date, mode), and a story may restate that event in several
    sentences; the one holding the line's evidence stands for it when there is one, and of
    two such (one sentence telling each side's concession), the one of the line's direction,
    then the one whose trigger the evidence holds (two deeds told in one sentence)."""
    evidence = " ".join(line.get("evidence", "").split())
    holding = [
        m
        for m in coded
        if event_key(m) == event_key(matched) and evidence in " ".join(m.evidence.sentence.split())
    ]
    raw = line.get("evidence", "")
    holding.sort(key=lambda m: (not _direction_ok(m, line), not _triggered_in(m, raw)))
    return holding[0] if holding else matched


def _triggered_in(mention: EventMention, evidence: str) -> bool:
    """Whether the mention's trigger lies inside the evidence, in its sentence: of two deeds
    one sentence tells ("signed a declaration, and their ministers signed ten agreements"),
    the one the line's evidence names."""
    at = mention.evidence.sentence.find(evidence) if evidence else -1
    start = mention.trigger.start - mention.evidence.start
    return (
        at >= 0
        and at <= start
        and mention.trigger.end - mention.evidence.start <= at + len(evidence)
    )


def _score_links(
    gold: list[dict], built: list[EventMention], alone: dict[str, int]
) -> tuple[Score, Score]:
    """Links between the merged gold events: a predicted link is right when the gold's
    ``related_to`` chains join the two events' groups (siblings of one occasion count);
    a gold ``related_to`` is found when the events holding its two groups are linked."""
    from .merge import related

    events: dict[str, list[EventMention]] = defaultdict(list)
    groups_in: dict[str, set[str]] = defaultdict(set)  # merged event -> its gold groups
    events_of: dict[str, set[str]] = defaultdict(set)  # gold group -> the merged events
    for line, m in zip(gold, built, strict=True):
        event = str(alone[m.id])
        events[event].append(m)
        groups_in[event].add(line["event_group"])
        events_of[line["event_group"]].add(event)
    links = related(events)
    component = _components(gold)
    predicted = {(a, b) for a, others in links.items() for b in others if a < b}
    right = sum(
        any(component[x] == component[y] and x != y for x in groups_in[a] for y in groups_in[b])
        for a, b in predicted
    )
    edges = {
        tuple(sorted((line["event_group"], line["related_to"])))
        for line in gold
        if line.get("related_to") in component
    }
    found = sum(
        any(b in links.get(a, ()) for a in events_of[x] for b in events_of[y]) for x, y in edges
    )
    return Score(right, len(predicted), 0), Score(found, 0, len(edges))


def _components(gold: list[dict]) -> dict[str, str]:
    """event_group -> a representative of the groups joined to it by related_to."""
    parent = {line["event_group"]: line["event_group"] for line in gold}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for line in gold:
        if line.get("related_to") in parent:
            parent[root(line["event_group"])] = root(line["related_to"])
    return {group: root(group) for group in parent}


def _deed(line: dict, coded: list[EventMention]) -> EventMention | None:
    """The mention dyad codes in the gold line's sentence for its type, if it codes one:
    its CAMEO code and trigger tell apart two deeds of one type, pair and day (gold lines
    carry neither). Failing that, any mention of that sentence, for the sentence alone."""
    evidence = " ".join(line.get("evidence", "").split())
    found = [m for m in coded if evidence in " ".join(m.evidence.sentence.split())]
    same = [m for m in found if m.event_type == line["event_type"]]
    inside = [m for m in same if _trigger(m) in evidence]  # the deed the fragment tells
    return (inside or same or found or [None])[0]


def _tells(coded: EventMention | None, line: dict) -> bool:
    """Whether ``coded`` is the gold line's own deed: of its type, with its trigger in the
    line's evidence. Another deed of that type in the sentence ("halted aid and recalled
    its diplomats") would lend the line a CAMEO code that is not its own."""
    return (
        coded is not None
        and coded.event_type == line["event_type"]
        and _trigger(coded) in line.get("evidence", "")
    )


def _trigger(m: EventMention) -> str:
    at = m.evidence.start
    return m.evidence.sentence[m.trigger.start - at : m.trigger.end - at]


def gold_mention(
    line: dict, article: Article, n: int, coded: EventMention | None = None
) -> EventMention:
    """An event mention stating exactly what a gold line says (for scoring the merge):
    its states, and the people it names that the knowledge base knows; the sentence
    ``coded`` states it in (the gold's evidence alone when dyad coded nothing there),
    with the evidence as its trigger, and the CAMEO code of ``coded`` when it is of the
    line's type."""
    from .actors.kb import load_kb
    from .models import Evidence, Location, Span

    kb = load_kb()

    def side(states: list[str], names: list[str]) -> tuple[Actor, ...]:
        found = [Actor(f"state:{s}", s, "state", s) for s in states]
        if not states:
            found = [Actor(f"name:{norm(x)}", x, "group") for x in names]
        for name in names:  # not a UN chief, who acts for no state of the line
            people = kb.people_named(name)
            if len(people) == 1 and people[0].country in states:
                found.append(Actor(f"person:{people[0].id}", name, "person", people[0].country))
        return tuple(found)

    place = line.get("location")
    state = kb.state_by_place(place) or kb.state_by_name(place) if place else None
    day = line.get("date")
    fragment = line.get("evidence", "")
    sentence, start, index = fragment, 0, -1 - n  # a sentence of its own
    if coded is not None and fragment in coded.evidence.sentence:
        sentence, start = coded.evidence.sentence, coded.evidence.start
        index = coded.evidence.sentence_index
    at = start + sentence.find(fragment)
    return EventMention(
        id=f"m_gold{n:012d}",
        event_type=line["event_type"],
        actors=side(line.get("actor_states", []), line.get("actors", [])),
        recipients=side(line.get("recipient_states", []), line.get("recipients", [])),
        evidence=Evidence(article.id, index, start, start + len(sentence), sentence),
        trigger=Span(at, at + len(fragment)),
        mode=line.get("mode"),
        medium=line.get("medium"),
        date=date.fromisoformat(day) if day else None,
        date_precision=line.get("date_precision") if day else None,
        date_basis="sentence" if day else None,
        location=Location(place, state.iso3 if state else None),
        cameo=coded.cameo if _tells(coded, line) else None,
    )


def _pairs(n: int) -> Iterable[tuple[int, int]]:
    return ((i, j) for i in range(n) for j in range(i + 1, n))


def _pairwise(
    labels: list[str], predicted: list[int], counts: Callable[[int, int], bool] | None = None
) -> Score:
    tp = pred = positive = 0
    for i, j in _pairs(len(labels)):
        if counts is not None and not counts(i, j):
            continue
        same_gold, same = labels[i] == labels[j], predicted[i] == predicted[j]
        tp += same_gold and same
        pred += same
        positive += same_gold
    return Score(tp, pred, positive)

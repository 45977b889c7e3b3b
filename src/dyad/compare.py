"""Readout comparison: what each source's report of one event says, side by side.

Two governments' readouts of one phone call stress different things. For an event
reported by several articles, every statement those articles code (support, pledges,
criticism, requests ...) is lined up by the event it belongs to, so a statement that
only one source reports stands out. Topics (PLOVER contexts, with the words that raise
them, read from each whole report) and the other states, organisations and groups each
report names are compared the same way.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .models import EventMention
from .store import Store


@dataclass(frozen=True, slots=True)
class Statement:
    """One coded statement and the sources (article ids) that report it."""

    event_id: str
    event_type: str
    summary: str  # "Turkey -> China", for people to read
    sources: frozenset[str]
    evidence: dict[str, str]  # article id -> the sentence that states it there


@dataclass(frozen=True, slots=True)
class Comparison:
    """Everything the reports of one event say, and who says it."""

    event_id: str
    articles: tuple[str, ...]  # article ids, in the order their mentions were stored
    outlets: dict[str, str]  # article id -> outlet (or the path when unknown)
    statements: tuple[Statement, ...]
    #: context -> article id -> the words the article raises it with ("vaccine", "virus")
    words: dict[str, dict[str, tuple[str, ...]]] = field(default_factory=dict)
    #: other states, organisations and groups named (not the event's parties) -> articles
    named: dict[str, frozenset[str]] = field(default_factory=dict)

    @property
    def topics(self) -> dict[str, frozenset[str]]:
        """Context -> the articles that raise it."""
        return {context: frozenset(by_article) for context, by_article in self.words.items()}

    def only_in(self, article_id: str) -> list[Statement]:
        return [s for s in self.statements if s.sources == {article_id}]


def compare(store: Store, event_id: str) -> Comparison | None:
    """Line up what every article reporting ``event_id`` codes; None for an unknown id."""
    event_id = store.resolve_event_id(event_id)
    article_ids = list(
        dict.fromkeys(m.evidence.article_id for _, m in store.mentions_by_event([event_id]))
    )
    if not article_ids:
        return None
    reported = [m for article_id in article_ids for m in store.article_mentions(article_id)]
    members = store.events_of([m.id for m in reported])
    by_event: dict[str, list[EventMention]] = {}
    for m in reported:
        by_event.setdefault(members.get(m.id, "e_" + m.id[2:]), []).append(m)
    statements = []
    for eid, mentions in by_event.items():
        lead = mentions[0]
        statements.append(
            Statement(
                event_id=eid,
                event_type=lead.event_type,
                summary=_summary(lead),
                sources=frozenset(m.evidence.article_id for m in mentions),
                evidence={m.evidence.article_id: m.evidence.sentence for m in reversed(mentions)},
            )
        )
    statements.sort(key=lambda s: (s.event_id != event_id, -len(s.sources), s.event_type))
    parties = {a.key for m in by_event[event_id] for a in (*m.actors, *m.recipients)}
    parties |= {f"state:{c}" for m in by_event[event_id] for c in m.countries}
    outlets: dict[str, str] = {}
    words: dict[str, dict[str, tuple[str, ...]]] = {}
    named: dict[str, set[str]] = {}
    for article_id in article_ids:
        article = store.article(article_id)
        outlets[article_id] = (article.outlet or article.paths[0]) if article else article_id
        for context, found in _topics(article.text if article else "").items():
            words.setdefault(context, {})[article_id] = found
        resolution = store.resolution(article_id)
        for actor in resolution.actors if resolution else ():
            own_state = actor.kind == "state" and f"state:{actor.country}" in parties
            if actor.kind != "person" and actor.key not in parties and not own_state:
                named.setdefault(actor.name, set()).add(article_id)
    return Comparison(
        event_id,
        tuple(article_ids),
        outlets,
        tuple(statements),
        dict(sorted(words.items())),
        {k: frozenset(v) for k, v in sorted(named.items())},
    )


def _topics(text: str) -> dict[str, tuple[str, ...]]:
    """Context -> the words a whole report raises it with: a readout's topics are often
    in sentences that state no event ("the two sides discussed vaccines")."""
    from .events.lexicon import load_event_lexicon, words_in_text

    found = {c.name: words_in_text(c, text) for c in load_event_lexicon().contexts}
    return {name: words for name, words in found.items() if words}


def _summary(m: EventMention) -> str:
    def side(actors) -> str:
        return ", ".join(a.name for a in actors) or "-"

    return f"{side(m.actors)} -> {side(m.recipients)}" if m.recipients else side(m.actors)

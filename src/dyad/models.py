"""The data model: frozen dataclasses shared by every stage.

Stages pass these values along; nothing here knows about spaCy, SQL or the CLI.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

# Actor kinds whose country makes a participant state of an event (not "other": a thing;
# docs/gold.md: organisations and groups contribute their country, the Taliban AFG).
_COUNTED_KINDS = frozenset({"state", "person", "organisation", "group"})


class DateSource(StrEnum):
    """Where an article's published date came from."""

    HEADER = "header"  # the ` date YYYY-MM-DD Title` first line of a text file
    METADATA = "metadata"  # JSON/CSV fields, feed item, HTML meta tags
    DATELINE = "dateline"  # `BEIJING, Dec. 15, 2020 (Xinhua) --`
    NONE = "none"


class Status(StrEnum):
    """Where an article stands in the pipeline."""

    INGESTED = "ingested"  # stored, waiting for the coding stages
    CODED = "coded"  # annotated and coded by the current coder version
    NOT_CODED = "not_coded"  # stored but deliberately not coded (e.g. not English)


@dataclass(frozen=True, slots=True)
class SourceRef:
    """Where one copy of an article was read: the path as given, and the record in it."""

    path: str  # exactly as given on the command line ("-" for stdin)
    locator: str = ""  # "line 3", "row 7", "item 2"; empty for one-article files


@dataclass(frozen=True, slots=True)
class Article:
    """One news article, cleaned. Character offsets everywhere refer to ``text``."""

    id: str
    text: str
    title: str | None = None
    published: date | None = None
    date_source: DateSource = DateSource.NONE
    outlet: str | None = None
    url: str | None = None
    dateline: str | None = None
    language: str | None = None
    status: Status = Status.INGESTED
    ingested_at: datetime | None = None
    sources: tuple[SourceRef, ...] = ()

    @property
    def paths(self) -> tuple[str, ...]:
        """Every distinct input path this text was read from, in first-seen order."""
        return tuple(dict.fromkeys(s.path for s in self.sources))


@dataclass(frozen=True, slots=True)
class Rejection:
    """An input that could not be ingested, and why. Never fatal to a batch."""

    path: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.reason}"


@dataclass(frozen=True, slots=True)
class Span:
    """Character offsets into an article's text."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Actor:
    """One resolved participant: a person, a state, an organisation or a group."""

    key: str  # unique within an article: "person:wang-yi", "state:CHN", "org:sco", ...
    name: str
    kind: str  # person | state | organisation | group
    country: str | None = None  # ISO 3166-1 alpha-3
    cow: int | None = None  # Correlates of War numeric code
    sector: str | None = None  # PLOVER sector: GOV, MIL, IGO, ...
    title: str | None = None
    wikidata: str | None = None
    raw: str = ""  # the fullest way the article writes it
    role: str = "party"  # party | commentator (a commentator is never a party to an event)
    mentions: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class ActorMention:
    """One place in the text that refers to one actor (or to both of a pair)."""

    start: int
    end: int
    sentence: int
    first: int  # token indices [first, last)
    last: int
    keys: tuple[str, ...]  # one actor, or two for "the two sides"
    rule: str  # which resolution rule found it: "kb-name", "title", "surname", ...
    text: str


@dataclass(frozen=True, slots=True)
class Resolution:
    """The actors of one article and every mention of them."""

    article_id: str
    actors: tuple[Actor, ...]
    mentions: tuple[ActorMention, ...]

    def actor(self, key: str) -> Actor | None:
        return next((a for a in self.actors if a.key == key), None)


@dataclass(frozen=True, slots=True)
class Evidence:
    """The sentence that states an event mention."""

    article_id: str
    sentence_index: int
    start: int
    end: int
    sentence: str


@dataclass(frozen=True, slots=True)
class Location:
    """Where an event took place: a place name as written and its state."""

    name: str | None = None
    country: str | None = None


@dataclass(frozen=True, slots=True)
class EventMention:
    """One event as stated in one sentence of one article."""

    id: str  # "m_" + digest of article, sentence, trigger offsets and type: stable across runs
    event_type: str
    actors: tuple[Actor, ...]
    recipients: tuple[Actor, ...]
    evidence: Evidence
    trigger: Span  # the word(s) that state the event
    mode: str | None = None
    medium: str | None = None
    contexts: tuple[str, ...] = ()
    date: date | None = None
    date_precision: str | None = None  # day | week | month | year
    date_basis: str | None = None  # sentence | article (the story's lead) | published
    location: Location = Location()
    modality: str = "actual"  # actual | intended | hypothetical
    negated: bool = False
    speaker: str | None = None  # actor key of who said it, for reported statements
    cameo: str | None = None
    goldstein: float | None = None
    quad_class: int | None = None
    confidence: float = 0.0
    coder_version: str = ""

    @property
    def countries(self) -> tuple[str, ...]:
        """Sorted ISO3 codes of every state, state agent or organisation of a state taking
        part (Gazprom is Russia's; docs/gold.md: an organisation contributes its country)."""
        return tuple(sorted({a.country for a in (*self.actors, *self.recipients)
                             if a.country and a.kind in _COUNTED_KINDS}))  # fmt: skip


@dataclass(frozen=True, slots=True)
class Event:
    """One real-world event: the merged view of its mentions."""

    id: str
    event_type: str
    mentions: tuple[EventMention, ...] = field(default_factory=tuple)
    num_articles: int = 0
    num_sources: int = 0


@dataclass(frozen=True, slots=True)
class Token:
    """One token of an annotated article; offsets into the article text."""

    i: int  # index in the article
    start: int
    end: int
    text: str
    lemma: str
    pos: str  # universal part of speech: PROPN, VERB, ...
    tag: str  # fine-grained tag: NNP, VBD, ...
    dep: str  # dependency label: nsubj, dobj, ...
    head: int  # article index of the syntactic head (itself for a root)
    sentence: int  # index of the sentence it belongs to
    ent: str = ""  # entity label from the NER model, "" outside entities


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence: its index, offsets, and the token indices [first, last)."""

    index: int
    start: int
    end: int
    first: int
    last: int


@dataclass(frozen=True, slots=True)
class Entity:
    """An entity span found by the NER model (labels are the model's: PERSON, GPE, ORG...)."""

    start: int
    end: int
    label: str
    text: str
    first: int  # token indices [first, last)
    last: int


@dataclass(frozen=True, slots=True)
class Annotation:
    """Sentences, tokens, parse and entities of one article's text."""

    article_id: str
    tokens: tuple[Token, ...]
    sentences: tuple[Sentence, ...]
    entities: tuple[Entity, ...]

    def sentence_tokens(self, sentence: Sentence) -> tuple[Token, ...]:
        return self.tokens[sentence.first : sentence.last]


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Which merged events a query selects: every field optional, all combined with AND.

    Values are normalised (see ``dyad.query.event_filter``); stores bind each one as an
    SQL parameter.
    """

    countries: tuple[str, ...] = ()  # ISO3, upper case: every one takes part
    actor: str | None = None  # part of an actor's or recipient's name, any case
    types: tuple[str, ...] = ()  # PLOVER types, upper case: any of them
    mode: str | None = None
    quad: int | None = None  # QuadClass 1-4
    since: str | None = None  # YYYY-MM-DD, inclusive, on the event's date
    until: str | None = None
    text: str | None = None  # part of an evidence sentence, any case
    min_confidence: float | None = None  # the least confidence of the event (0 to 1)


@dataclass(frozen=True, slots=True)
class Correction:
    """One entry of the analysts' correction log: it overrides the coder on every run.

    ``relabel`` sets fields of an event (``changes``); ``split`` moves ``mention_ids`` out
    of the event into one of their own; ``merge`` makes the event and ``other_event_id``
    one (``mention_ids`` holds both events' mentions as they were when it was made).
    """

    id: int
    event_id: str
    action: str  # relabel | split | merge
    changes: dict = field(default_factory=dict)
    mention_ids: tuple[str, ...] = ()
    other_event_id: str | None = None
    who: str = ""
    why: str = ""
    at: str = ""  # ISO 8601 time, UTC

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "event_id": self.event_id,
            "action": self.action,
            "changes": self.changes,
            "mention_ids": list(self.mention_ids),
            "other_event_id": self.other_event_id,
            "who": self.who,
            "why": self.why,
            "at": self.at,
        }

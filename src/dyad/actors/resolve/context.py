"""The state of resolving one article, and the bookkeeping every rule shares.

The rules put each actor together as a ``Draft`` under a key (so that every mention of one
actor lands on one draft) and record each mention once. The tokens a mention covers are
taken: the rules that run later (forces and crowds, surnames, organisations only the NER
model found) skip them. A state acting is keyed by its sector, so "Chinese troops" and
"China" are two actors of one state. Nothing here decides who an actor is.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ...models import Actor, ActorMention, Annotation, Article, Entity, Span
from ..gazetteer import Gazetteer
from ..kb import KnowledgeBase, Person
from ..lexicon import Lexicon, Title
from .offices import Offices

_SECTOR_LABELS = {
    "MIL": "military",
    "LEG": "legislature",
    "COP": "police",
    "CVL": "civilians",
    "BUS": "businesses",
}


@dataclass(slots=True)
class Draft:
    """An actor being put together while the article is read."""

    key: str
    name: str
    kind: str
    country: str | None = None
    sector: str | None = None
    title: str | None = None
    wikidata: str | None = None
    raw: str = ""
    role: str = "party"
    person: Person | None = None
    spans: list[Span] = field(default_factory=list)
    name_tokens: set[str] = field(default_factory=set)


class ArticleContext:
    """The state of resolving one article; discarded afterwards."""

    def __init__(
        self,
        kb: KnowledgeBase,
        lexicon: Lexicon,
        gazetteer: Gazetteer,
        offices: Offices,
        article: Article,
        annotation: Annotation,
    ) -> None:
        self.kb = kb
        self.lex = lexicon
        self.gazetteer = gazetteer
        self.offices = offices
        self.article = article
        self.ann = annotation
        self.tokens = annotation.tokens
        self.text = article.text
        self.day = article.published
        self.drafts: dict[str, Draft] = {}
        self.mentions: list[ActorMention] = []
        self.covered: set[int] = set()  # token indices inside a mention
        self.pending_surnames: list[tuple[int, int]] = []  # (first, last) token spans
        # (first, last, title, plural) of "the President", "the two Prime Ministers"
        self.pending_titles: list[tuple[int, int, Title, bool]] = []
        # (first, last) of "the Commission president": an international body's post
        self.pending_posts: list[tuple[int, int]] = []
        self.pairs: list[tuple[int, int]] = []
        # (first token, ISO3) of every state's name, demonym or capital, actor or place
        self.named_states: list[tuple[int, str]] = []
        self.last_person: Draft | None = None
        # The dateline ("BEIJING, Dec. 15 (Xinhua) --") is no actor: annotate.py leaves it
        # out of the parse. Its place still tells where unnamed officials serve.
        place = kb.state_by_place(article.dateline) if article.dateline else None
        self.dateline_country = place.iso3 if place else None
        self.embedded: set[int] = set()  # tokens of known names inside longer names
        self.affiliations: set[int] = set()  # tokens of a commentator's description
        # (draft key, state named just before) of parties named by a shared name
        self.shared_parties: list[tuple[str, str | None]] = []
        self.entity_at: dict[int, Entity] = {
            i: ent for ent in annotation.entities for i in range(ent.first, ent.last)
        }

    def written(self, first: int, last: int) -> str:
        """The article's text of tokens [first, last)."""
        return self.text[self.tokens[first].start : self.tokens[last - 1].end]

    def draft(self, key: str, name: str, kind: str, **fields: object) -> Draft:
        draft = Draft(key=key, name=name, kind=kind, **fields)  # type: ignore[arg-type]
        self.drafts[key] = draft
        return draft

    def mention(self, draft: Draft, first: int, last: int, rule: str) -> None:
        if not draft.raw:
            draft.raw = self.written(first, last)
        self.add_mention((draft.key,), first, last, rule)

    def add_mention(self, keys: tuple[str, ...], first: int, last: int, rule: str) -> None:
        start, end = self.tokens[first].start, self.tokens[last - 1].end
        self.mentions.append(
            ActorMention(
                start,
                end,
                self.tokens[first].sentence,
                first,
                last,
                keys,
                rule,
                self.text[start:end],
            )
        )
        self.covered.update(range(first, last))
        for key in keys:
            self.drafts[key].spans.append(Span(start, end))


def state_draft(ctx: ArticleContext, iso3: str, sector: str | None = "GOV") -> Draft:
    """The state acting: its government, or another sector of it ("Chinese troops")."""
    sector = sector or "GOV"
    state = ctx.kb.state(iso3)
    name = state.name if state else iso3
    if sector == "GOV":
        key = f"state:{iso3}"
    else:
        key, name = f"state:{iso3}:{sector}", f"{name} {_SECTOR_LABELS.get(sector, sector)}"
    return ctx.drafts.get(key) or ctx.draft(key, name, "state", country=iso3, sector=sector)


def to_actor(kb: KnowledgeBase, d: Draft) -> Actor:
    """The finished actor of a draft, its mentions in text order."""
    d.spans.sort(key=lambda s: (s.start, s.end))
    state = kb.state(d.country) if d.country else None
    return Actor(
        key=d.key,
        name=d.name,
        kind=d.kind,
        country=d.country,
        cow=state.cow if state else None,
        sector=d.sector,
        title=d.title,
        wikidata=d.wikidata,
        raw=d.raw,
        role=d.role,
        mentions=tuple(d.spans),
    )

"""The resolver: reads an article sentence by sentence, then finishes what only the whole
article tells.

Each sentence is read left to right. At each token the first rule that claims it wins
and reading goes on after what it claimed: a title group (it claims the name after it,
so "Foreign Minister Wang Yi" is one person, not a title and a surname), else an unknown
PERSON entity, else a known name that is only part of a longer one (skipped), else
whatever the gazetteer matched there (a known person, a pair phrase, a state, a demonym,
an organisation, a capital, a surname). Unqualified forces and crowds come last in each
sentence, since they take only what no named actor took.

After the last sentence: short names (every full name is known by then), organisations
only the NER model found, relatives, "the two sides" (the sides are read from every
other mention), and last the descriptions that refer back ("the kingdom", "the bloc",
"his country"), which take only what no other rule took.
"""

from __future__ import annotations

from datetime import date

from ...models import Annotation, Article, Resolution
from ..gazetteer import Gazetteer, Match
from ..kb import KnowledgeBase, Person, load_kb
from ..lexicon import Lexicon, Title, load_lexicon
from .context import ArticleContext, to_actor
from .descriptions import known_person, unknown_person
from .forces import collectives, ship
from .names import is_name_token, relatives, starts_name, surnames
from .offices import Offices
from .organisations import embedded, known_org, shared_party_states, unknown_organisations
from .pairs import note_pair, resolve_pairs
from .references import note_states, resolve_references
from .states import capital, demonym, led_body, sponsor_of_a_group, state_name
from .titles import bare_posts, bare_titles, title_group, titled


class Resolver:
    """Resolve the actors of articles. Build once (it indexes the knowledge base)."""

    def __init__(self, kb: KnowledgeBase | None = None, lexicon: Lexicon | None = None) -> None:
        self.kb = kb or load_kb()
        self.lexicon = lexicon or load_lexicon()
        self.gazetteer = Gazetteer(self.kb, self.lexicon)
        self.offices = Offices(self.kb, self.lexicon)

    def __call__(self, article: Article, annotation: Annotation) -> Resolution:
        ctx = ArticleContext(
            self.kb, self.lexicon, self.gazetteer, self.offices, article, annotation
        )
        return resolve_article(ctx)

    def holder(self, country: str, title: Title, day: date | None) -> Person | None:
        """Who held ``title`` for ``country`` on ``day`` (leaders: any head of state/government)."""
        return self.offices.holder(country, title, day)

    def normal(self, title: str) -> str:
        """A knowledge-base office title in the lexicon's vocabulary ("emir" -> "king")."""
        return self.offices.normal(title)


def resolve_article(ctx: ArticleContext) -> Resolution:
    """Every rule over one article, in order; its actors and their mentions."""
    for sentence in ctx.ann.sentences:
        tokens = ctx.ann.sentence_tokens(sentence)
        matches = {m.first: m for m in ctx.gazetteer.scan(tokens, ctx.text)}
        note_states(ctx, matches)
        _sentence(ctx, sentence.first, sentence.last, matches)
    shared_party_states(ctx)
    surnames(ctx)
    bare_titles(ctx)
    bare_posts(ctx)
    unknown_organisations(ctx)
    relatives(ctx)
    resolve_pairs(ctx)
    resolve_references(ctx)
    actors = tuple(to_actor(ctx.kb, d) for d in ctx.drafts.values())
    mentions = tuple(sorted(ctx.mentions, key=lambda m: (m.start, m.end)))
    return Resolution(ctx.article.id, actors, mentions)


def _sentence(ctx: ArticleContext, first: int, last: int, matches: dict[int, Match]) -> None:
    tokens = ctx.tokens
    i = first
    while i < last:
        if (end := ship(ctx, i, last)) is not None:
            i = end  # "INS Kolkata": a navy's ship, not a person or an organisation
            continue
        group = title_group(ctx, i, last, matches)
        if group is not None and group.title is not None:
            i = titled(ctx, group, last, matches)
            continue
        match = matches.get(i)
        surname_only = match is not None and all(e.kind == "surname" for e in match.entries)
        if (
            (match is None or surname_only)
            and starts_name(tokens, i)
            and is_name_token(tokens, i, matches)
        ):
            i = unknown_person(ctx, i, last, matches)
            continue
        if match is not None and embedded(ctx, match, matches):
            # "Han River Institute", "Bank of Japan": part of another name
            ctx.embedded.update(range(match.first, match.last))
            i = match.last
            continue
        if match is not None and sponsor_of_a_group(tokens, match, last, matches):
            i = match.last  # "Iran-backed Hezbollah": an attribute of the group
            continue
        if match is not None and (end := led_body(ctx, match, last)) is not None:
            i = end  # "the Saudi-led coalition": a body the state leads
            continue
        if match is not None:
            i = _matched(ctx, match, last, matches)
            continue
        i += 1
    collectives(ctx, first, last, matches)


def _matched(ctx: ArticleContext, m: Match, last: int, matches: dict[int, Match]) -> int:
    """A gazetteer match, by the first kind it has; returns where reading goes on."""
    if (e := m.of("person")) is not None:
        return known_person(ctx, m, e, last, matches)
    if m.of("pair") is not None:
        return note_pair(ctx, m)
    if (e := m.of("state")) is not None:
        return state_name(ctx, m, e, last)
    if (e := m.of("demonym")) is not None:
        return demonym(ctx, m, e, last, matches)
    if (e := m.of("org")) is not None:
        return known_org(ctx, m, e)
    if m.of("capital", "city") is not None and m.last - m.first > 1:
        # the words of a place's name are no one's surname ("Dar" of Dar es Salaam)
        ctx.embedded.update(range(m.first, m.last))
    if (e := m.of("capital")) is not None:
        return capital(ctx, m, e)
    if m.of("surname") is not None:
        ctx.pending_surnames.append((m.first, m.last))  # decided once every full name is known
    return m.last

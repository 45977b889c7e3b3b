"""Resolution: every mention of a person, state or organisation -> one canonical actor.

The rules, in the order they run over each sentence:

1. ``title``     [country] [portfolio] title [and title] NAME — "Turkish Foreign Minister
                 Mevlut Cavusoglu", "Ukrainian Infrastructure Minister X", "Minister of
                 Foreign Affairs of Kazakhstan X"; NAME, [the] [country's] title or a
                 description — "Sergei Lavrov, Russia's foreign minister", "X, secretary of
                 Iran's Supreme National Security Council", "X, adviser to Prime Minister
                 Y"; title NAME of [the] STATE. The title and country written in the text
                 hold even for people the knowledge base does not know; "former" and rank
                 words ("Vice Finance Minister") keep the state but not the title; the
                 officials of international organisations ("UN envoy X", "the AU's envoy,
                 former President X") act for no state.
2. ``role``      a title with no name — "the Turkish foreign minister", "his Kazakh
                 counterpart", "the Kazakh minister" — is the article's person with that
                 role, else the office holder on the article's date from the knowledge base.
3. ``kb-name``   full names and variants in the knowledge base ("Chavushoglu").
4. ``state``/``side``/``metonym``  "Turkey", "the Turkish side", "Chinese troops",
                 "Russia's military", "the armies of India and Pakistan", "Beijing" as an
                 actor. Not a state: a place ("in Beijing", "in Berlin, Paris and Prague",
                 "from Poland", "Hiroshima, Japan"), a topic ("a summit on Syria"), an
                 attribute ("U.S. dollars", "Japan's southern islands") or a nationality
                 ("Sweden's Loreen").
5. ``org``/``body``  organisations by name or acronym; bodies a state owns ("Russia's
                 central bank", "the Russian state company Rosatom"). A known name inside a
                 longer one ("Han River Institute", "Bank of Japan") is not that actor.
6. ``collective`` unqualified forces and crowds ("Police detained ...", "protesters") act
                 for the state of the sentence's place, else of the dateline.

After the whole article is read:

7. ``surname``   a later short reference ("Wang", "Tokayev", "Sheikh Abdullah") to a person
                 named in full in the same article, however the NER model labelled it.
8. ``ner-org``/``ministry``  organisations only the NER model found, with the state their
                 name, the words around them or the dateline gives; a bare ministry ("The
                 Treasury") is the dateline's state.
9. relatives     a person with no state who shares a family name with one who has one.
10. ``pair``     "the two sides", "both countries", "the two armies" -> the two sides of the
                 first sentence that names two (states, groups, organisations).

A person introduced as working at an institute, university or think tank, or with an
analyst's title, is a ``commentator``: never a party to an event; their state is where
they work.
"""

from __future__ import annotations

from datetime import date

from ...models import Annotation, Article, Resolution
from ..gazetteer import Gazetteer, Match
from ..kb import KnowledgeBase, Person, load_kb
from ..lexicon import Lexicon, Title, load_lexicon
from .context import ArticleContext, to_actor
from .descriptions import known_person, unknown_person
from .forces import collectives
from .names import (
    is_name_token,
    relatives,
    starts_name,
    surnames,
)
from .offices import Offices
from .organisations import embedded, known_org, unknown_organisations
from .pairs import note_pair, resolve_pairs
from .states import capital, demonym, state_name
from .titles import title_group, titled


class Resolver:
    """Resolve the actors of articles. Build once (it indexes the knowledge base)."""

    def __init__(self, kb: KnowledgeBase | None = None, lexicon: Lexicon | None = None) -> None:
        self.kb = kb or load_kb()
        self.lexicon = lexicon or load_lexicon()
        self.gazetteer = Gazetteer(self.kb, self.lexicon)
        self.offices = Offices(self.kb, self.lexicon)

    def __call__(self, article: Article, annotation: Annotation) -> Resolution:
        context = (self.kb, self.lexicon, self.gazetteer, self.offices, article, annotation)
        return _ArticleResolver(*context).run()

    def holder(self, country: str, title: Title, day: date | None) -> Person | None:
        """Who held ``title`` for ``country`` on ``day`` (leaders: any head of state/government)."""
        return self.offices.holder(country, title, day)

    def normal(self, title: str) -> str:
        """A knowledge-base office title in the lexicon's vocabulary ("emir" -> "king")."""
        return self.offices.normal(title)


class _ArticleResolver(ArticleContext):
    """The rules not yet moved to modules of their own, run over one article."""

    # ---- driver -------------------------------------------------------------------------

    def run(self) -> Resolution:
        for sentence in self.ann.sentences:
            tokens = self.ann.sentence_tokens(sentence)
            matches = {m.first: m for m in self.gazetteer.scan(tokens, self.text)}
            self._sentence(sentence.first, sentence.last, matches)
        surnames(self)
        unknown_organisations(self)
        relatives(self)
        resolve_pairs(self)
        actors = tuple(to_actor(self.kb, d) for d in self.drafts.values())
        mentions = tuple(sorted(self.mentions, key=lambda m: (m.start, m.end)))
        return Resolution(self.article.id, actors, mentions)

    def _sentence(self, first: int, last: int, matches: dict[int, Match]) -> None:
        i = first
        while i < last:
            group = title_group(self, i, last, matches)
            if group is not None and group.title is not None:
                i = titled(self, group, last, matches)
                continue
            match = matches.get(i)
            surname_only = match is not None and all(e.kind == "surname" for e in match.entries)
            if (
                (match is None or surname_only)
                and starts_name(self.tokens, i)
                and (is_name_token(self.tokens, i, matches))
            ):
                i = unknown_person(self, i, last, matches)
                continue
            if match is not None and embedded(self, match, matches):
                # "Han River Institute", "Bank of Japan": part of another name
                self.embedded.update(range(match.first, match.last))
                i = match.last
                continue
            if match is not None:
                i = self._matched(match, last, matches)
                continue
            i += 1
        collectives(self, first, last, matches)

    # ---- rule 1 and 2: titles --------------------------------------------------------------

    # ---- people --------------------------------------------------------------------------

    # ---- rules 3 to 5: gazetteer matches ----------------------------------------------------

    def _matched(self, m: Match, last: int, matches: dict[int, Match]) -> int:
        if (e := m.of("person")) is not None:
            return known_person(self, m, e, last, matches)
        if m.of("pair") is not None:
            return note_pair(self, m)
        if (e := m.of("state")) is not None:
            return state_name(self, m, e, last)
        if (e := m.of("demonym")) is not None:
            return demonym(self, m, e, last, matches)
        if (e := m.of("org")) is not None:
            return known_org(self, m, e)
        if (e := m.of("capital")) is not None:
            return capital(self, m, e)
        if m.of("surname") is not None:
            self.pending_surnames.append((m.first, m.last))
            return m.last
        return m.last

    # ---- rules 6 and 7: after the whole article is read ------------------------------------

    # ---- bookkeeping -----------------------------------------------------------------------


__all__ = ["Resolver"]

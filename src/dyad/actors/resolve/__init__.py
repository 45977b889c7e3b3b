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

from collections import Counter
from datetime import date

from ...models import Annotation, Article, Resolution
from ..gazetteer import Gazetteer, Match
from ..kb import KnowledgeBase, Person, load_kb
from ..lexicon import Lexicon, Title, load_lexicon
from .context import ArticleContext, Draft, state_draft, to_actor
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
        self._pairs()
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
        if (e := m.of("pair")) is not None:
            before = self.tokens[m.first - 1] if m.first > 0 else None
            if before is None or before.pos != "NUM" or before.text.lower() == "two":
                self.pairs.append((m.first, m.last))  # not "all four parties"
            return m.last
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

    def _pairs(self) -> None:
        """ "The two sides", "both countries" -> the article's two sides: the first two
        parties (states, the people acting for them, groups, organisations) of its first
        sentence that names two; "the two leaders", "the two ministers" -> a person of
        each side; "the two armies" -> each side's forces. An article whose sentences
        never name two sides falls back on its two most-mentioned states."""
        if not self.pairs:
            return
        sides = self._sides()
        for first, last in self.pairs:
            words = [t.lemma.lower() for t in self.tokens[first:last]]
            keys = self._pair_keys(sides, words)
            if keys is None:
                continue
            self.add_mention(keys, first, last, "pair")
            for key in keys:
                if not self.drafts[key].raw:
                    self.drafts[key].raw = self.text[
                        self.tokens[first].start : self.tokens[last - 1].end
                    ]

    def _pair_keys(self, sides: list[str], words: list[str]) -> tuple[str, ...] | None:
        """The actor keys a pair phrase (its lemmas ``words``) stands for."""
        if len(sides) != 2:
            return None
        if any(w in ("leader", "head", "president", "minister") for w in words):
            people = [self._person_of(side) for side in sides]
            return tuple(people) if all(people) else None  # type: ignore[arg-type]
        sector = next(
            (self.lex.side_nouns[w] for w in words if w in self.lex.side_nouns and w != "side"),
            None,
        )
        countries = any(w in ("country", "nation", "state", "government") for w in words)
        keys = []
        for side in sides:
            if side not in self.drafts and side.startswith("state:"):  # a person's state
                side = state_draft(self, side.removeprefix("state:"), sector).key
            draft = self.drafts.get(side)
            if draft is not None and draft.kind == "state" and (sector or countries):
                keys.append(state_draft(self, draft.country or "", sector).key)
            elif draft is not None and (sector is None or draft.sector == sector):
                keys.append(side)  # "the two sides" of a story between two armies: the armies
            else:
                return None  # "the two armies" of a state and a group: unclear
        return tuple(keys)

    def _sides(self) -> list[str]:
        """The article's two sides, as state keys or group and organisation keys."""
        by_sentence: dict[int, dict[str, str]] = {}
        for mention in sorted(self.mentions, key=lambda m: m.start):
            for key in mention.keys:
                side = self._side_of(self.drafts[key])
                if side is not None:
                    by_sentence.setdefault(mention.sentence, {}).setdefault(*side)
        for sentence in sorted(by_sentence):
            if len(by_sentence[sentence]) >= 2:
                return list(by_sentence[sentence].values())[:2]
        states: Counter[str] = Counter()
        for mention in self.mentions:
            for key in mention.keys:
                side = self._side_of(self.drafts[key])
                if side is not None and side[0].startswith("state:"):
                    states[side[0]] += 1
        return [side for side, _ in states.most_common(2)]

    def _side_of(self, draft: Draft) -> tuple[str, str] | None:
        """Which side of a story an actor is on, and the actor that stands for that side:
        a state (its government for a person acting for it, else its own sector), or a
        group or organisation itself."""
        if draft.role != "party":
            return None
        if draft.kind == "person":
            return (f"state:{draft.country}",) * 2 if draft.country else None
        if draft.kind == "state":
            return f"state:{draft.country}", draft.key
        return draft.key, draft.key

    def _person_of(self, side: str) -> str | None:
        """The most-mentioned person of a side (a state key)."""
        draft = self.drafts.get(side)
        country = draft.country if draft is not None else side.removeprefix("state:")
        people = [
            d
            for d in self.drafts.values()
            if d.kind == "person" and d.country == country and d.role == "party"
        ]
        if not people:
            return None
        return max(people, key=lambda d: (len(d.spans), -d.spans[0].start if d.spans else 0)).key

    # ---- bookkeeping -----------------------------------------------------------------------


__all__ = ["Resolver"]

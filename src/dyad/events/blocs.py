"""Blocs acting through their members. A mixin of ``extract._ArticleExtractor``.

"G7 leaders condemned ...", "the members of Mercosur agreed ...", "Mercosur's member
states asked ...", "the four founding members of Mercosur signed ...", "leaders of the
Quad countries criticised ...", "NATO foreign ministers pledged ...": the gold codes the
bloc's member states as the ones who acted, on the story's day (the knowledge base's
``members``, with ``joined``, ``left`` and ``founders``), while the bloc acting as
itself ("the EU imposed sanctions", "NATO's secretary general said", "the AU suspended
Mali") stays the organisation. A phrase with a count ("the six member states") is its
members only when the count is the bloc's; a phrase that names a subset ("other
members", "some EU states", "members in eastern Europe", "Two GCC members, Qatar and
Oman") is left alone. The words are data (``data/blocs.toml``).

Why in the events and not in the actor resolver: a phrase of many states is no one actor
of the article (an ``Actor`` has one country, and the actor gold lists the bloc, not its
members, for "G7 leaders"); what the phrase stands for matters only as the participants
of an event, as a list, the way "A, B and C cut ties" is one event of three states.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ..models import Actor, ActorMention, Span, Token
from .common import _Found, _unique
from .lexicon import LexiconError, Trigger

_NUMBER_WORDS = {
    w: n
    for n, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen"
        " fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
} | {"thirty": 30, "forty": 40, "fifty": 50}
# Verbs of coming together that tell a meeting of those who came ("G20 leaders gathered in
# Rio"); "met" is the meet rule's.
_GATHERING = frozenset({"gather", "convene", "assemble"})
# At least this many states make a gathering a multilateral meeting.
_GATHERED_STATES = 3
# The phrase of a bloc's members is its own participant's phrase; how far up the parse
# the bloc's name may sit below the head ("leaders of the Quad countries": two steps).
_CHAIN = 4


@dataclass(frozen=True, slots=True)
class BlocWords:
    """The words of ``data/blocs.toml``."""

    heads: frozenset[str]
    titled: frozenset[str]
    modifiers: frozenset[str]
    founding: frozenset[str]
    determiners: frozenset[str]
    bounds: frozenset[str]
    institutional: frozenset[str]


@lru_cache(maxsize=1)
def load_bloc_words() -> BlocWords:
    """data/blocs.toml."""
    path = resources.files("dyad.events").joinpath("data/blocs.toml")
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    try:
        return BlocWords(
            *(
                frozenset(w.lower() for w in data[key])
                for key in (
                    "heads",
                    "titled",
                    "modifiers",
                    "founding",
                    "determiners",
                    "bounds",
                    "institutional",
                )
            )
        )
    except (KeyError, TypeError, AttributeError) as exc:
        raise LexiconError(f"data/blocs.toml: missing or bad key {exc}") from exc


def _count(text: str) -> int | None:
    """ "six" -> 6, "27" -> 27, "Twenty-six" -> 26; None for anything else."""
    word = text.lower().replace(",", "")
    if word.isdigit():
        return int(word)
    parts = re.split(r"[- ]", word)
    if all(p in _NUMBER_WORDS for p in parts) and 1 <= len(parts) <= 2:
        return sum(_NUMBER_WORDS[p] for p in parts)
    return None


class _Blocs:
    """A bloc's members as participants: methods of ``_ArticleExtractor``."""

    def _bloc_participants(
        self, tok: Token, rule: Trigger, actors: Sequence[Actor], recipients: Sequence[Actor]
    ) -> tuple[list[Actor], tuple[Actor, ...]]:
        """The participants with every phrase of a bloc's members read as those states; a
        member that is the other side ("ASEAN leaders urged Myanmar") is not its own doer.
        Not for a meeting to come or a deed imagined ("expect BRICS leaders to discuss ...
        when they meet"): a bloc alone is no event, and its members should not make one."""
        mood = self._modality(tok, rule)
        if mood in (None, "hypothetical") or (rule.type == "CONSULT" and mood != "actual"):
            return list(actors), tuple(recipients)
        if tok.lemma.lower() in load_bloc_words().institutional:
            return list(actors), tuple(recipients)  # "leaders of the SCO admitted Belarus"
        # a bloc's act upon one of its own members (sanctions on, threats to, demands of
        # a member) is the organisation's discipline, not its members' ("ECOWAS leaders
        # threatened force against the junta in Niger")
        aimed = {
            a.country
            for a in recipients
            if a.country and a.kind in ("state", "person") and rule.type != "CONSULT"
        }
        doers = [m for a in actors for m in self._bloc_states(a, aimed)]
        # the members are the ones who act; a bloc addressed ("appealed to the leaders of
        # the CSTO") is the organisation, except in a meeting, where both sides take part
        targets = [
            m for a in recipients for m in (self._bloc_states(a) if rule.type == "CONSULT" else [a])
        ]
        if len(doers) == len(actors) and len(targets) == len(recipients):
            return list(actors), tuple(recipients)
        own = {a.country for a in targets if a.country and a.kind in ("state", "person")}
        doers = [a for a in doers if not (a.key.startswith("state:") and a.country in own)]
        kept = {a.country for a in doers if a.country}
        targets = [a for a in targets if not (a.key.startswith("state:") and a.country in kept)]
        return list(_unique(doers)), _unique(targets)

    def _bloc_gatherings(self, first: int, last: int) -> Iterator[_Found]:
        """ "G20 leaders gathered in Rio on Monday", "the presidents of A, B and C convened in
        X": a bloc's members (or the leaders of three states or more) told as coming
        together are their multilateral meeting, as "met" tells it. Not a crowd that
        gathered (fewer than three states), nor a meeting to come."""
        rule = self._summit_rule()
        if rule is None:
            return
        for tok in self.tokens[first:last]:
            if tok.pos != "VERB" or tok.lemma.lower() not in _GATHERING:
                continue
            if tok.lemma.lower() == "meet" or tok.dep == "acl":
                continue  # "ministers meeting in Brussels approved ...": the setting of
                # another act, which the gold does not code as a meeting of its own
            head = self._subject(tok)  # "leaders gathered in X"
            if head is None or any(
                self.tokens[c].dep in ("dobj", "dative") for c in self.children[tok.i]
            ):
                continue
            if self._negated(tok) or self._modality(tok, rule) != "actual":
                continue
            actors, _ = self._bloc_participants(tok, rule, self._phrase_actors(head), ())
            if len({a.country for a in actors if a.country}) < _GATHERED_STATES:
                continue
            yield _Found(tok, rule, tuple(actors), ())

    def _bloc_states(self, actor: Actor, aimed: set[str | None] | None = None) -> list[Actor]:
        """The member states ``actor``'s phrase names, else ``actor`` itself (also when
        the deed is ``aimed`` at a member)."""
        if actor.country or not actor.key.startswith("org:") or not actor.mentions:
            return [actor]
        org = self.x.kb.organisation_by_id(actor.key.removeprefix("org:"))
        if org is None or not org.members:
            return [actor]
        mention = self._mention_of(actor)
        if mention is None:
            return [actor]
        phrase = self._members_phrase(mention)
        if phrase is None:
            return [actor]
        head, count, founding = phrase
        members = org.founders if founding else org.members_on(self.article.published)
        if not members or (count is not None and count != len(members)):
            return [actor]  # "Two GCC members, Qatar and Oman": which ones, the phrase says
        if aimed and aimed & set(org.members_on(self.article.published)):
            return [actor]
        first = min(mention.first, *self._modifier_span(head))
        raw = self.article.text[self.tokens[first].start : head.end]
        span = (Span(self.tokens[first].start, head.end),)
        return [self._state_actor(m, raw, span) for m in members]

    def _mention_of(self, actor: Actor) -> ActorMention | None:
        span = actor.mentions[0]
        return next(
            (
                m
                for m in self.res.mentions
                if m.start == span.start and m.end == span.end and actor.key in m.keys
            ),
            None,
        )

    def _members_phrase(self, mention: ActorMention) -> tuple[Token, int | None, bool] | None:
        """The head noun of the phrase that names the bloc's members through the bloc's
        name (``mention``): "G7 leaders", "members of X", "X's member states", "leaders of
        the X countries"; with the count it gives and whether it means the founding
        members. None when the name is not in such a phrase, or the phrase names a
        subset."""
        words = load_bloc_words()
        inside = range(mention.first, mention.last)
        roots = [i for i in inside if self.tokens[i].head not in inside or self.tokens[i].head == i]
        if len(roots) != 1:
            return None
        at = self.tokens[roots[0]]
        heads: list[Token] = []
        for _ in range(_CHAIN):
            up = self._phrase_above(at)
            if up is None:
                break
            lemma = up.lemma.lower()
            if lemma == "member" and up.dep == "compound":
                at = up  # "EU member states": the member noun modifies the head
                continue
            if lemma not in words.heads or up.tag not in ("NNS", "NNPS"):
                break
            heads.append(up)
            at = up
        if not heads:
            return None
        head = heads[-1]
        if head.dep == "poss" or any(not self._whole_bloc(h, words, mention) for h in heads):
            return None  # "the G7 leaders' summit": the summit's; "other members": a subset
        if head.lemma.lower() in words.titled and not self._titled(head):
            return None
        counts = [
            _count(self.tokens[c].text)
            for h in heads
            for c in self.children[h.i]
            if self.tokens[c].dep == "nummod"
        ]
        if any(n is None for n in counts):
            return None
        founding = any(
            self.tokens[c].text.lower() in words.founding for h in heads for c in self.children[h.i]
        )
        return head, (counts[0] if counts else None), founding

    def _phrase_above(self, tok: Token) -> Token | None:
        """The noun a bloc's name (or a noun over it) modifies: "G7 leaders" (compound),
        "the EU's members" (poss), "members of the EU" (through "of")."""
        if tok.head == tok.i:
            return None
        head = self.tokens[tok.head]
        if tok.dep in ("compound", "nmod", "poss") and head.pos in ("NOUN", "PROPN"):
            return head
        after = self.tokens[tok.i + 1] if tok.i + 1 < len(self.tokens) else None
        if (
            after is not None
            and after.sentence == tok.sentence
            and after.pos == "NOUN"
            and after.head in (tok.head, tok.i)
            and tok.dep not in ("pobj", "dobj", "nsubj", "nsubjpass", "appos", "conj")
        ):  # "ECOWAS heads of state met": the name parsed as a clause of its own
            return after
        if (
            tok.dep == "pobj"
            and head.text.lower() == "of"
            and head.head != head.i
            and self.tokens[head.head].pos in ("NOUN", "PROPN")
        ):
            return self.tokens[head.head]
        return None

    def _whole_bloc(self, head: Token, words: BlocWords, mention: ActorMention) -> bool:
        """Whether nothing on ``head`` narrows it to some members: no other adjective,
        determiner, owner, relative clause or bounding phrase."""
        for c in self.children[head.i]:
            child = self.tokens[c]
            word = child.lemma.lower()
            if mention.first <= c < mention.last:
                continue
            if child.dep in ("det", "predet"):
                if word not in words.determiners:
                    return False
            elif child.dep == "amod":
                if child.text.lower() not in words.modifiers | words.founding:
                    return False  # "other", "eastern", "European", "new"
            elif child.dep == "compound":
                if child.pos == "PROPN" or child.ent in ("NORP", "GPE"):
                    return False  # "EU Baltic members", another bloc's name
            elif child.dep == "poss":
                return False  # "its allies", "Ukraine's NATO allies": someone else's
            elif child.dep in ("relcl", "conj", "appos"):
                return False  # "members that border Russia", "Two GCC members, Qatar and Oman"
            elif child.dep == "prep" and word in words.bounds and not self._setting(child):
                return False  # "members in eastern Europe", "members except Hungary"
            elif child.dep == "quantmod" or (child.dep == "amod" and child.tag == "JJS"):
                return False
        return True

    def _setting(self, prep: Token) -> bool:
        """ "in Brussels", "on Friday": where or when they acted, not which members."""
        objects = [self.tokens[g] for g in self.children[prep.i] if self.tokens[g].dep == "pobj"]
        return bool(objects) and all(
            o.ent in ("DATE", "TIME")
            or (o.pos == "PROPN" and self.x.kb.state_by_place(o.text) is not None)
            for o in objects
        )

    def _titled(self, head: Token) -> bool:
        """ "heads of state", "heads of government"."""
        return any(
            self.tokens[g].lemma.lower() in ("state", "government")
            for c in self.children[head.i]
            if self.tokens[c].dep == "prep" and self.tokens[c].text.lower() == "of"
            for g in self.children[c]
        )

    def _modifier_span(self, head: Token) -> list[int]:
        """The first token of ``head``'s own phrase (its determiner, count, adjectives)."""
        return [head.i] + [
            c
            for c in self.children[head.i]
            if c < head.i and self.tokens[c].dep in ("det", "predet", "nummod", "amod", "compound")
        ]

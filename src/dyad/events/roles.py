"""Participants named by their role, not by name. A mixin of ``extract._ArticleExtractor``.

A story names "Mexico's ambassador" and later "the envoy"; "Niger's military rulers" and
later "the junta"; "seventeen Indian crew members" and later "the sailors". Such a
definite phrase, left with no state by every resolution rule, is the state the story
tied to that role before: the latest earlier phrase of the same role whose own words
name a state (a possessive, a demonym, "of Mali", "in Chisinau"). A ruling body ("the
government", "the regime", "the authorities") the story never tied is the state the
sentence is about that is neither the other side's nor, for words no one uses of their
own side ("the regime", "the junta"), the reporting speaker's. The role words are data
(``data/roles.toml``).

Why here and not in the actor resolver: the resolver lists the actors an article names,
and "the envoy" or "the sailors" is no actor of the article's own (the actor gold lists
no unnamed people); what such a phrase stands for matters only as a participant of an
event, and telling it apart from the other side needs the event's participants.

The same pass keeps a deed from being aimed at its doer's own side: a target of the
actor's own state that is the sentence's reporting speaker ("the United States is
expelling X's ambassador, Secretary Y said"), the state's own forces ("Azerbaijan said
Armenian units fired at the Azerbaijani army") or a role read as the doer's own state is
a slip of the parse. The target is the
one other state its sentence names, else none. Domestic deeds (police and protesters,
an army and a rebel group) keep their targets: those are groups, not the state.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

from ..models import Actor, Span, Token
from .lexicon import LexiconError, Trigger

_DEFINITE = frozenset({"the", "these", "those"})
_STATE_KINDS = frozenset({"state", "person"})
# Deeds a state does to its own people, forces or groups, or in its own land (the gold
# codes them: "troops on alert in Manila"): a target of the doer's own state is no slip.
_DOMESTIC_TYPES = frozenset({"PROTEST", "COERCE", "ASSAULT", "MOBILIZE"})
# Words that modify a head and may name the state it belongs to.
_MODIFIERS = frozenset({"poss", "amod", "compound", "nmod", "npadvmod", "nummod"})
# Nouns of setting people free: "the release of the detainees".
_RELEASES = frozenset({"release", "freeing", "return", "handover", "repatriation", "exchange"})
# The types a release is coded as: RETREAT ("freed"), CONCEDE ("pardoned").
_FREEING = frozenset({"RETREAT", "CONCEDE"})


@dataclass(frozen=True, slots=True)
class Role:
    """One role: the head words it resolves, and the earlier phrases that tie it."""

    name: str
    words: frozenset[str]
    ties: frozenset[str]
    sentences: int
    preps: frozenset[str]
    own: frozenset[str]
    untied: str  # "story" or "none"


@lru_cache(maxsize=1)
def load_roles() -> dict[str, Role]:
    """data/roles.toml, by head word."""
    path = resources.files("dyad.events").joinpath("data/roles.toml")
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    by_word: dict[str, Role] = {}
    for n, entry in enumerate(data.get("role", []), start=1):
        try:
            role = Role(
                entry["name"],
                frozenset(w.lower() for w in entry["words"]),
                frozenset(w.lower() for w in entry["ties"]),
                int(entry["sentences"]),
                frozenset(w.lower() for w in entry["preps"]),
                frozenset(w.lower() for w in entry["own"]),
                entry["untied"],
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise LexiconError(f"data/roles.toml: [[role]] #{n}: missing or bad key {exc}") from exc
        if role.untied not in ("story", "none"):
            raise LexiconError(f"data/roles.toml: [[role]] #{n}: untied must be 'story' or 'none'")
        for word in role.words:
            if word in by_word:
                raise LexiconError(f"data/roles.toml: '{word}' is a word of two roles")
            by_word[word] = role
    return by_word


class _Roles:
    """Role nouns and self-targets: methods of ``_ArticleExtractor``."""

    def _role_participants(
        self, tok: Token, rule: Trigger, actors: list[Actor], recipients: tuple[Actor, ...]
    ) -> tuple[list[Actor], tuple[Actor, ...]]:
        """The participants with their role nouns resolved and no self-target."""
        doers = {a.country for a in actors if a.country}
        targets = {a.country for a in recipients if a.country}
        actors = [self._role_state(a, tok, targets) for a in actors]
        doers |= {a.country for a in actors if a.country}
        read = [(a, self._role_state(a, tok, doers)) for a in recipients]
        # a role read as the doer's own state ("In Paris, the government said ... France
        # would oppose it"): the doer's own words, not a target
        recipients = tuple(r for a, r in read if r is a or r.country not in doers)
        return actors, self._no_self_target(tok, rule, actors, recipients)

    def _role_state(self, actor: Actor, tok: Token, others: set[str | None]) -> Actor:
        """``actor`` resolved to the state the story tied to its role, when it is a role
        noun no rule resolved ("the envoy" after "Mexico's ambassador"); else itself."""
        if actor.country or not actor.key.startswith("np:") or not actor.mentions:
            return actor
        head = self._role_head(actor)
        if head is None:
            return actor
        role = load_roles().get(head.lemma.lower()) or load_roles().get(head.text.lower())
        if role is None or not self._definite_role(head):
            return actor
        if role.name == "held" and (doer := self._release_doer(head, others)) is not None:
            return doer  # "welcomed the release of the detainees": whoever freed them
        iso3 = self._placed_role(head, role) or self._role_tie(head, role, others)
        if iso3 is None and role.untied == "story" and others - {None}:
            iso3 = self._ruling_state(head, tok, role, others)
        if iso3 is None:
            return actor
        if role.name == "rulers":
            return self._state_actor(iso3, actor.raw, actor.mentions)
        state = self.x.kb.state(iso3)
        kind = "person" if role.name == "envoy" else "group"
        sector = "GOV" if role.name == "envoy" else actor.sector
        cow = state.cow if state else None
        return replace(actor, country=iso3, cow=cow, kind=kind, sector=sector)

    def _release_doer(self, head: Token, others: set[str | None]) -> Actor | None:
        """ "Welcomed the release of the detainees", "thanked Oman for the freeing of the
        sailors": the people a release names stand for the side that released them, the
        doer of the latest release the story told before."""
        prep = self.tokens[head.head]
        noun = self.tokens[prep.head]
        if head.dep != "pobj" or prep.text.lower() != "of" or noun.lemma.lower() not in _RELEASES:
            return None
        for event in reversed(self.events):
            if event.event_type not in _FREEING or event.trigger.start >= head.start:
                continue
            doers = [a for a in event.actors if a.country and a.country not in others]
            if doers:
                return replace(doers[0], raw=head.text, mentions=(Span(head.start, head.end),))
        return None

    def _role_head(self, actor: Actor) -> Token | None:
        """The head word of an unresolved phrase: the word of its span whose own head lies
        outside it."""
        span = actor.mentions[0]
        last = self.token_ending.get(span.end)
        if last is None:
            return None
        inside = [i for i in range(last, -1, -1) if self.tokens[i].start >= span.start]
        for i in inside:
            if self.tokens[i].head not in inside or self.tokens[i].head == i:
                return self.tokens[i]
        return None

    def _definite_role(self, head: Token) -> bool:
        """ "The envoy", "the sailors": a role told before; not "an envoy" or "recalled
        ambassadors" (someone new) nor "its ambassador" (the owner's own, which other rules
        read)."""
        for c in self.children[head.i]:
            child = self.tokens[c]
            if child.dep == "det" and child.text.lower() not in _DEFINITE:
                return False
            if child.dep == "poss":
                return False
        return any(self.tokens[c].dep == "det" for c in self.children[head.i])

    def _placed_role(self, head: Token, role: Role) -> str | None:
        """ "The authorities in Chisinau", "the government of Mali": the state its own
        prepositional phrase names (also where the parser hung the phrase on the verb:
        "accused the authorities in Chisinau of ..."; "In Paris, the government said")."""
        preps = [c for c in self.children[head.i] if self.tokens[c].dep == "prep"]
        after = head.i + 1
        if after < len(self.tokens) and self.tokens[after].dep == "prep":
            preps.append(after)
        if head.dep in ("nsubj", "nsubjpass") and head.head != head.i:
            # a place fronted before the subject: "In Paris, the government said ..."
            preps += [c for c in self.children[head.head] if c < head.i]
        for c in preps:
            if self.tokens[c].dep != "prep" or self.tokens[c].text.lower() not in role.preps:
                continue
            for o in self.children[c]:
                if self.tokens[o].dep == "pobj" and self.tokens[o].pos == "PROPN":
                    iso3 = self._named_state(self.tokens[o])
                    if iso3 is not None:
                        # (the other side's own too: a slip the self-target rule drops)
                        return iso3
        return None

    def _role_tie(self, head: Token, role: Role, others: set[str | None]) -> str | None:
        """The state of the latest earlier phrase of the role that names one ("Mexico's
        ambassador", "the Venezuelan envoy", "Niger's military rulers", "17 Indian crew
        members"), a few sentences back at most; never the other side's own."""
        for i in range(head.i - 1, -1, -1):
            t = self.tokens[i]
            if head.sentence - t.sentence > role.sentences:
                break
            if t.pos not in ("NOUN", "PROPN") or t.dep == "amod":
                continue
            if t.lemma.lower() not in role.ties and t.text.lower() not in role.ties:
                continue
            iso3 = self._modifier_state(t) or self._placed_role(t, role)
            if iso3 is not None and iso3 not in others:
                return iso3
        return None

    def _modifier_state(self, t: Token) -> str | None:
        """The state the modifiers before a head name: "Mexico's", "Venezuelan", "North
        Korean", "U.S."."""
        for c in self.children[t.i]:
            child = self.tokens[c]
            if c > t.i or child.dep not in _MODIFIERS:
                continue
            iso3 = self._named_state(child)
            if iso3 is not None:
                return iso3
            if child.dep == "compound":  # "crew members": "Filipino" hangs on "crew"
                iso3 = self._modifier_state(child)
                if iso3 is not None:
                    return iso3
        return None

    def _named_state(self, t: Token) -> str | None:
        """The state a word (with the words it governs before it) names, by a resolved
        mention or by the knowledge base: "Mexico", "South Africa", "Venezuelan",
        "Chisinau"."""
        mention = self.mention_at.get(t.i)
        if mention is not None:
            found = [self.actors.get(k) for k in mention.keys]
            countries = {a.country for a in found if a is not None and a.kind in _STATE_KINDS}
            if len(countries) == 1:
                return countries.pop()
        first = t.i
        while (
            first > 0
            and self.tokens[first - 1].head == t.i
            and self.tokens[first - 1].dep
            in (
                "compound",
                "amod",
            )
        ):
            first -= 1
        kb = self.x.kb
        for start in range(first, t.i + 1):
            text = self.article.text[self.tokens[start].start : t.end]
            if not text[:1].isupper():
                continue
            state = kb.state_by_name(text) or kb.state_by_demonym(text)
            if state is None and t.pos == "PROPN":
                state = kb.state_by_place(text)
            if state is not None:
                return state.iso3
        return None

    def _ruling_state(
        self, head: Token, tok: Token, role: Role, others: set[str | None]
    ) -> str | None:
        """An untied ruling body: the speaker's own state for the words a side uses of
        itself ("the ministry said the government condemned ..."), else the state its
        sentence or the one before names latest that is neither the speaker's (no one
        calls their own side "the regime") nor the other side's of the deed."""
        speaker = self._speaker(tok)
        own = speaker.country if speaker is not None else None
        word = head.lemma.lower()
        if own is not None and word in role.own and own not in others:
            return own
        skip = set(others) | ({own} if own is not None and word not in role.own else set())
        for i in range(head.i - 1, -1, -1):
            t = self.tokens[i]
            if head.sentence - t.sentence > 1:
                break
            iso3 = self._state_at(t)
            if iso3 is not None and iso3 not in skip:
                return iso3
        return None

    def _state_at(self, t: Token) -> str | None:
        """The state a word names as an actor, a person's state or a demonym."""
        mention = self.mention_at.get(t.i)
        if mention is not None:
            found = [self.actors.get(k) for k in mention.keys]
            countries = {a.country for a in found if a is not None and a.kind in _STATE_KINDS}
            return countries.pop() if len(countries) == 1 else None
        if t.pos in ("PROPN", "ADJ") and t.text[:1].isupper():
            return self._named_state(t)
        return None

    def _no_self_target(
        self, tok: Token, rule: Trigger, actors: list[Actor], recipients: tuple[Actor, ...]
    ) -> tuple[Actor, ...]:
        """The targets less any of the doer's own state that is the reporting speaker or
        the state's forces; when none is left, the one other state the sentence names.
        (A body of the doer's own state stays: a president praising a provincial council's
        plan is a domestic event some sets code.)"""
        if rule.type in _DOMESTIC_TYPES or not recipients:
            return recipients
        own = {a.country for a in actors if a.country and a.kind in _STATE_KINDS}
        speaker = self._speaker(tok)
        kept = tuple(
            a
            for a in recipients
            if not (
                a.country in own
                and (
                    (a.kind == "state" and a.sector == "MIL")
                    or (speaker is not None and a.key == speaker.key)
                )
            )
        )
        if len(kept) == len(recipients) or kept:
            return kept
        return tuple(self._other_state_named(tok, own, speaker))

    def _other_state_named(
        self, tok: Token, own: set[str | None], speaker: Actor | None
    ) -> Iterable[Actor]:
        """The one state other than the doer's that the trigger's sentence names as an
        actor, or as a person's state; none when it names none or several."""
        found: dict[str, Actor] = {}
        for mention in self.res.mentions:
            if mention.sentence != tok.sentence:
                continue
            for key in mention.keys:
                actor = self.actors.get(key)
                if actor is None or actor.kind not in _STATE_KINDS or actor.country in own:
                    continue
                if speaker is not None and actor.key == speaker.key:
                    continue
                found.setdefault(actor.country or "", actor)
        if len(found) != 1:
            return []
        [actor] = found.values()
        return [actor]

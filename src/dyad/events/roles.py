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
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

from ..actors.resolve.references import load_descriptors
from ..models import Actor, ActorMention, Span, Token
from .lexicon import LexiconError, Trigger

_DEFINITE = frozenset({"the", "these", "those"})
_INDEFINITE = frozenset({"a", "an"})
# How many sentences back an untied ruling body may find the state it stands for.
_STORY_SENTENCES = 1
# Deeds whose targets a demonym ties to no state: an arrest aims at the people held, not
# at their state (dyad's convention for COERCE; the test of ``countries`` holds it).
_HELD_BY_NO_STATE = frozenset({"COERCE"})
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
# "the officers who seized power in Niger": verbs of a coup, with "power" as object
_SEIZING = frozenset({"seize", "take", "grab", "assume", "usurp"})


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
        if role.untied not in ("story", "dateline", "none"):
            raise LexiconError(
                f"data/roles.toml: [[role]] #{n}: untied must be 'story', 'dateline' or 'none'"
            )
        for word in role.words:
            if word in by_word:
                raise LexiconError(f"data/roles.toml: '{word}' is a word of two roles")
            by_word[word] = role
    return by_word


def _bare_office(actor: Actor) -> bool:
    """An office the NER model took for an organisation of that name ("the Executive"):
    a role word, not a name."""
    role = load_roles().get(actor.name.lower())
    return actor.key.startswith("org-name:") and role is not None and role.untied == "dateline"


class _Roles:
    """Role nouns and self-targets: methods of ``_ArticleExtractor``."""

    def _role_participants(
        self, tok: Token, rule: Trigger, actors: Sequence[Actor], recipients: tuple[Actor, ...]
    ) -> tuple[tuple[Actor, ...], tuple[Actor, ...]]:
        """The participants with their role nouns resolved and no self-target."""
        doers = {a.country for a in actors if a.country}
        targets = {a.country for a in recipients if a.country}
        actors = [r for a in actors for r in self._role_states(a, tok, rule, targets)]
        doers |= {a.country for a in actors if a.country}
        read = [(a, r) for a in recipients for r in self._role_states(a, tok, rule, doers)]
        # a role read as the doer's own state ("In Paris, the government said ... France
        # would oppose it"): the doer's own words, not a target
        recipients = tuple(r for a, r in read if r is a or r.country not in doers)
        actors, recipients = self._no_self_target(tok, rule, actors, recipients)
        return tuple(actors), recipients

    def _role_states(
        self, actor: Actor, tok: Token, rule: Trigger, others: set[str | None]
    ) -> list[Actor]:
        """``actor`` resolved to the state the story tied to its role, when it is a role
        noun no rule resolved ("the envoy" after "Mexico's ambassador"); "the release of
        the detainees" is whoever released them; else ``actor`` itself."""
        if not (actor.key.startswith("np:") or _bare_office(actor)) or not actor.mentions:
            return [actor]
        head = self._role_head(actor)
        if head is None:
            return [actor]
        role = load_roles().get(self._role_word(head)) or load_roles().get(head.text.lower())
        if actor.country and rule.type in _HELD_BY_NO_STATE:
            return [actor]  # "arrested a French citizen": people held are not their state
        if actor.country:
            return [self._people_of_state(actor, head, role, others, rule)]
        if (seized := self._seized_power(head)) is not None:
            return [self._state_actor(seized, actor.raw, actor.mentions)]
        if role is None or not self._definite_role(head, role):
            return [actor]
        if self._region_collective(head):
            return [actor]  # "the Nordic governments": a region's, not the last state named
        if role.name == "held" and (doers := self._release_doers(head, others)):
            return doers  # "welcomed the release of the detainees": whoever freed them
        iso3 = self._placed_role(head, role) or self._role_tie(head, role, others)
        if iso3 is None and role.untied == "story" and others - {None}:
            iso3 = self._ruling_state(head, tok, role, others)
        if iso3 is None and role.name == "heads" and others - {None}:
            iso3 = self._only_other_state(others)
        own_words = role.untied == "dateline" or (
            role.untied == "story" and head.lemma.lower() in role.own
        )
        if iso3 is None and own_words and others - {None}:
            iso3 = self._dateline_state(others)
        if iso3 is None:
            return [actor]
        if role.name in ("rulers", "offices", "bodies"):
            return [self._state_actor(iso3, actor.raw, actor.mentions)]
        state = self.x.kb.state(iso3)
        kind = "person" if role.name in ("envoy", "heads") else "group"
        sector = "GOV" if role.name in ("envoy", "heads") else actor.sector
        cow = state.cow if state else None
        return [replace(actor, country=iso3, cow=cow, kind=kind, sector=sector)]

    def _region_collective(self, head: Token) -> bool:
        """Whether a plural role noun is qualified by a region's word ("the Central Asian
        governments", "the European capitals", "Arab leaders"): several states of a region,
        none of which is the one named last."""
        if head.tag not in ("NNS", "NNPS"):
            return False
        regions = load_descriptors().regions
        for c in self.children[head.i]:
            mod = self.tokens[c]
            if mod.dep not in ("amod", "compound") or c >= head.i:
                continue
            words = [mod.text.lower()]
            if c > 0:
                words.append(f"{self.tokens[c - 1].text} {mod.text}".lower())
            if any(w in regions for w in words):
                return True
        return False

    def _seized_power(self, head: Token) -> str | None:
        """ "The soldiers who seized power in Niger", "the generals who took power in
        Gabon": whoever a story names by their coup rules that state (a junta is its
        state, as "the junta" is)."""
        for c in self.children[head.i]:
            verb = self.tokens[c]
            if verb.dep != "relcl" or verb.lemma.lower() not in _SEIZING:
                continue
            objects = [self.tokens[o] for o in self.children[c] if self.tokens[o].dep == "dobj"]
            if not any(o.lemma.lower() == "power" for o in objects):
                continue
            for p in self.children[c]:
                if self.tokens[p].dep == "prep" and self.tokens[p].text.lower() == "in":
                    for o in self.children[p]:
                        if self.tokens[o].dep == "pobj" and (
                            iso3 := self._named_state(self.tokens[o])
                        ):
                            return iso3
        return None

    def _tied_role(self, head: Token) -> bool:
        """Whether a role word the participant rules do not count as an actor ("the
        junta", "the chargé") names a role the story tied to a state: then it is one."""
        role = load_roles().get(self._role_word(head)) or load_roles().get(head.text.lower())
        if role is None or not self._definite_role(head, role):
            return False
        return (self._placed_role(head, role) or self._role_tie(head, role, set())) is not None

    def _people_of_state(
        self, actor: Actor, head: Token, role: Role | None, others: set[str | None], rule: Trigger
    ) -> Actor:
        """ "Five Filipino crew members", "other Americans": people their own words tie to a
        state are a group of it (the state a release or a detention is aimed at), not a
        thing of no side; so are any people a release frees ("freed 13 Israeli women",
        "released 39 Palestinian teenagers"); not when it is the other side's own state (a
        state freeing its own prisoners is no interstate deed)."""
        if actor.kind != "other" or actor.country in others:
            return actor
        held = (role is not None and role.name == "held") or rule.mode == "release"
        demonym = head.tag in ("NNS", "NNPS") and self.x.kb.state_by_demonym(head.text)
        return replace(actor, kind="group") if held or demonym else actor

    def _release_doers(self, head: Token, others: set[str | None]) -> list[Actor]:
        """ "Welcomed the release of the detainees", "thanked Oman for the freeing of the
        sailors": the people a release names stand for the side that released them, the
        doers of the releases of the latest sentence before that told any (both sides of
        an exchange)."""
        prep = self.tokens[head.head]
        noun = self.tokens[prep.head]
        if head.dep != "pobj" or prep.text.lower() != "of" or noun.lemma.lower() not in _RELEASES:
            return []
        told = [e for e in self.events if e.event_type in _FREEING and e.trigger.start < head.start]
        if not told:
            return []
        latest = told[-1].evidence.sentence_index
        span = (Span(head.start, head.end),)
        found: dict[str, Actor] = {}
        for event in told:
            if event.evidence.sentence_index != latest:
                continue
            for a in event.actors:
                if a.country and a.country not in others:
                    found.setdefault(a.country, replace(a, raw=head.text, mentions=span))
        return list(found.values())

    def _role_word(self, head: Token) -> str:
        """A role's head lemma, with the "prime" of "prime minister" (the head of a
        government, not any minister)."""
        word = head.lemma.lower()
        if word == "minister" and any(
            self.tokens[c].text.lower() == "prime" and c < head.i for c in self.children[head.i]
        ):
            return "prime minister"
        return word

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

    def _definite_role(self, head: Token, role: Role) -> bool:
        """ "The envoy", "the sailors": a role told before; not "an envoy" or "recalled
        ambassadors" (someone new) nor "its ambassador" (the owner's own, which other rules
        read). A ruling body no side calls its own is told even as "a regime" ("an act of
        piracy by a regime that ...")."""
        loose = _INDEFINITE if role.untied == "story" and head.lemma.lower() not in role.own else ()
        for c in self.children[head.i]:
            child = self.tokens[c]
            if child.dep == "det" and child.text.lower() not in _DEFINITE | set(loose):
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
            if self._role_word(t) not in role.ties and t.text.lower() not in role.ties:
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
        mention = self._tight_mention(t)
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
            if head.sentence - t.sentence > _STORY_SENTENCES:
                break
            iso3 = self._state_at(t)
            if iso3 is not None and iso3 not in skip:
                return iso3
        return None

    def _only_other_state(self, others: set[str | None]) -> str | None:
        """The one state the story names, anywhere, besides the deed's other side: whose
        leader a readout calls "the Prime Minister" ("... ties between the United Kingdom
        and Ghana" after "The Prime Minister spoke with President Mahama of Ghana")."""
        named = {a.country for a in self.actors.values() if a.kind == "state" and a.country}
        rest = named - others
        return rest.pop() if len(rest) == 1 else None

    def _dateline_state(self, others: set[str | None]) -> str | None:
        """The state of the place the story was filed from, unless it is the other side's."""
        place = self.article.dateline
        state = self.x.kb.state_by_place(place) if place else None
        return state.iso3 if state is not None and state.iso3 not in others else None

    def _state_at(self, t: Token) -> str | None:
        """The state a word names as an actor, a person's state or a demonym."""
        mention = self._tight_mention(t)
        if mention is not None:
            found = [self.actors.get(k) for k in mention.keys]
            countries = {a.country for a in found if a is not None and a.kind in _STATE_KINDS}
            return countries.pop() if len(countries) == 1 else None
        if t.pos in ("PROPN", "ADJ") and t.text[:1].isupper():
            return self._named_state(t)
        return None

    def _tight_mention(self, t: Token) -> ActorMention | None:
        """The resolved mention a word is the name of; not a longer one the word is only
        inside ("South Africa's ambassador, Secretary of State X" read as one title
        group is X's mention, but "South Africa" there names South Africa)."""
        mention = self.mention_at.get(t.i)
        if mention is None or mention.last > t.i + 2 or mention.first < t.i - 3:
            return None
        return mention

    def _no_self_target(
        self, tok: Token, rule: Trigger, actors: list[Actor], recipients: tuple[Actor, ...]
    ) -> tuple[list[Actor], tuple[Actor, ...]]:
        """The targets less any of the doer's own state that is the reporting speaker or
        the state's forces. When none is left, the clause's own subject of another state
        is the doer ("Azerbaijan released X, and Armenia freed two Azerbaijani soldiers":
        Armenia freed them), else the one other state the sentence names is the target.
        (A body of the doer's own state stays: a president praising a provincial council's
        plan is a domestic event some sets code.)"""
        if rule.type in _DOMESTIC_TYPES or not recipients:
            return actors, recipients
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
            return actors, kept
        # the verb's own subject (a verb joined to another by "and" may have its own)
        subjects = [self.tokens[c] for c in self.children[tok.i] if self.tokens[c].dep == "nsubj"]
        if (
            not subjects
            and tok.dep == "conj"
            and tok.i > 0
            and self.tokens[tok.i - 1].pos == "PROPN"
        ):
            # "released X on Wednesday and Armenia freed Y": the parser may hang the second
            # verb's subject on the words before it
            subjects = [self.tokens[tok.i - 1]]
        doers = [
            a
            for subject in subjects
            for a in self._np_actors(subject)
            if a.country and a.country not in own and a.kind in _STATE_KINDS
        ]
        forces = tuple(a for a in recipients if a.kind == "state" and a.sector == "MIL")
        if doers and forces:
            return doers, forces
        return actors, tuple(self._other_state_named(tok, own, speaker))

    def _other_state_named(
        self, tok: Token, own: set[str | None], speaker: Actor | None
    ) -> list[Actor]:
        """The one state other than the doer's that the trigger's sentence names (as an
        actor, a person's state, a possessive or a demonym), outside the speaker's words;
        none when it names none or several."""
        sentence = self.ann.sentences[tok.sentence]
        spoken = {s.start for s in speaker.mentions} if speaker is not None else set()
        found: dict[str, Token] = {}
        for t in self.tokens[sentence.first : sentence.last]:
            mention = self._tight_mention(t)
            if mention is not None and mention.start in spoken:
                continue
            iso3 = self._state_at(t)
            if iso3 is not None and iso3 not in own:
                found.setdefault(iso3, t)
        if len(found) != 1:
            return []
        [(iso3, t)] = found.items()
        return [self._state_actor(iso3, t.text, (Span(t.start, t.end),))]

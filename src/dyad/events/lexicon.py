"""The event lexicon: trigger words, the CAMEO crosswalk and PLOVER contexts, read from TOML.

The knowledge the event extractor uses lives in three versioned data files beside
this module (``data/triggers.toml``, ``data/crosswalk.toml``, ``data/contexts.toml``;
``data/README.md`` documents every key) so that an analyst can read and extend it
without touching code. :func:`load_event_lexicon` reads and validates them once and
returns a frozen :class:`EventLexicon` with its lookup index built up front::

    lex = load_event_lexicon()
    lex.triggers_for("criticise", "VERB")[0].type          # 'ACCUSE'
    [t.object for t in lex.triggers_for("impose", "VERB")][0]  # ('sanction', 'embargo', ...)
    lex.crosswalk("CONSULT", "phone").cameo                 # '041'
    [c.name for c in lex.contexts][:2]                      # ['diplomatic', 'economic']

A word usually has several entries (``call``: a phone call, "call on", "call for",
"call off", "call up"). :meth:`EventLexicon.triggers_for` returns them most specific
first; :meth:`EventLexicon.matching` checks their constraints on a dependency parse
(any tokens shaped like :class:`dyad.models.Token`) and keeps those that hold.

Malformed data (an unknown PLOVER type or mode, an unknown key, a type without a
crosswalk entry, a trigger naming a CAMEO code the crosswalk lacks, two entries with
the same lemma, part of speech and constraints, ...) raises :class:`LexiconError`,
whose message names the file and the entry.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from types import MappingProxyType
from typing import Any, Protocol

from ..datafile import Source, entries, read_version
from ..errors import DyadError

__all__ = [
    "MEDIA",
    "MODES",
    "OWN_SETTING",
    "PLOVER_TYPES",
    "SEQUENCE_PREPOSITIONS",
    "SETTING_PREPOSITIONS",
    "Context",
    "Crosswalk",
    "CrosswalkEntry",
    "EventLexicon",
    "LexiconError",
    "Trigger",
    "load_event_lexicon",
    "read_event_lexicon",
    "verb_over",
]

TRIGGERS_FILE = "triggers.toml"
CROSSWALK_FILE = "crosswalk.toml"
CONTEXTS_FILE = "contexts.toml"

#: The 16 PLOVER event types (PLOVER manual, draft 0.8, 2021).
PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip

#: The modes PLOVER defines per type: the manual's mode tables, plus the modes its 2021
#: CAMEO table uses (THREATEN "political", COERCE "seize"). Types without modes map to ().
MODES: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        event_type: frozenset(modes.split())
        for event_type, modes in {
            "AGREE": "",
            "CONSULT": "phone visit multilateral third-party",
            "SUPPORT": "",
            "CONCEDE": "",
            "COOPERATE": "",
            "AID": "",
            "RETREAT": "withdraw release return disarm ceasefire access resign",
            "REQUEST": "assist change yield meet",
            "ACCUSE": "disapprove investigate allege",
            "REJECT": "assist change yield meet",
            "THREATEN": "restrict ban arrest relations expel territory violence political",
            "PROTEST": "demo riot general strike hunger boycott obstruct",
            "SANCTION": "convict expel withdraw discontinue restrict",  # restrict: dyad's sanctions
            "MOBILIZE": "troops weapons police militia",
            "COERCE": (
                "confiscate restrict ban censor curfew martial-law arrest deport withhold seize"
            ),
            "ASSAULT": (
                "abduct beat torture execute sexual assassinate destroy primitive firearms "
                "explosives suicide-attack heavy-weapons cleansing massacre unconventional sideAB"
            ),
        }.items()
    }
)

#: How a CONSULT took place (DESIGN.md: phone covers any remote contact).
MEDIA: frozenset[str] = frozenset({"phone", "video", "letter", "in_person"})

_POS = frozenset({"VERB", "NOUN", "ADJ", "ADP"})  # ADP: a predicate preposition ("was behind")
_CAMEO = re.compile(r"^(0[1-9]|1\d|20)\d{0,2}$")
_CONTEXT_NAME = re.compile(r"^[a-z][a-z_]*$")
# The opening of a happening, which stands for it: "arrived at the start of a state visit".
_PHASES = frozenset({"start", "beginning", "outset"})
_NEGATIONS = frozenset({"not", "never", "n't"})  # what a `negative` entry needs near it
_TRIGGER_KEYS = frozenset(
    {
        "lemma", "pos", "type", "mode", "medium", "cameo", "object", "particle", "near",
        "unless", "transitive", "light", "host", "symmetric", "also", "reported", "negative",
    }
)  # fmt: skip
_CROSSWALK_KEYS = frozenset({"cameo", "goldstein", "quad", "description"})
_CODE_KEYS = frozenset({"goldstein", "quad", "description"})
_CONTEXT_KEYS = frozenset({"name", "plover", "words", "description"})

# Dependency labels (spaCy's English scheme) the matching rules read.
_AGENT = frozenset({"agent"})
_DIRECT_OBJECT = frozenset({"dobj", "nsubjpass", "csubjpass"})
_PARTICLE = frozenset({"prt", "prep", "agent", "advmod", "dative"})
_PREP_OBJECT = frozenset({"pobj", "pcomp"})
# "after talks", "following talks": what a `light` list names for a noun hung on a verb so
SEQUENCE_PREPOSITIONS = frozenset({"after", "following"})
# "agreed to a truce at talks in Doha", "signed it during a meeting in Cairo": a noun hung
# on a verb so names a meeting of the verb's subject, the setting of its deed
SETTING_PREPOSITIONS = frozenset({"at", "during"})
# "agreed ..., in their first talks", "signed it at their summit": a meeting owned by
# "their" hung on a verb so is its doers' own; a `light` list names it as "their"
OWN_SETTING_PREPOSITIONS = frozenset({"at", "during", "in"})
OWN_SETTING = "their"
# Journeys a deed is done "on": "signed it on his first visit to Lisbon".
_JOURNEYS = frozenset({"visit", "trip", "tour"})
# Verbs that ask for what their "for" names ("called for a ceasefire", "pressed for talks"):
# the noun is what is asked, not a deed the verb carries.
_ASKING_FOR = frozenset(
    "call appeal press push plead ask lobby clamour clamor campaign beg".split()
)
_NOUN_MODIFIER = frozenset({"compound", "amod", "nmod", "npadvmod"})
_COMPOUND = frozenset({"compound"})
_CLAUSES = frozenset({"advcl", "relcl", "ccomp", "conj", "parataxis", "acl"})
# Vehicles that carry goods: "sent two planes loaded with tents", "dispatched an aircraft
# carrying relief supplies", "sent aid trucks": what they carry counts as the object.
_CARRIERS = frozenset(
    "plane airplane aircraft flight ship vessel boat truck lorry convoy train cargo".split()
)
_LOADING = frozenset("carry load laden transport bring".split())
# participles saying people are held captive: "nationals jailed in X"
HELD_VERBS = frozenset("detain hold arrest jail imprison abduct kidnap".split())


class LexiconError(DyadError, ValueError):
    """An event-lexicon data file is malformed; the message names file and entry."""


# --------------------------------------------------------------------------
# The data model
# --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Trigger:
    """One word sense that states a PLOVER event (one ``[[trigger]]`` in triggers.toml)."""

    lemma: str
    pos: str
    type: str
    mode: str | None = None
    medium: str | None = None
    cameo: str | None = None
    object: tuple[str, ...] = ()
    particle: str | None = None
    near: tuple[str, ...] = ()
    unless: tuple[str, ...] = ()
    transitive: bool | None = None
    light: tuple[str, ...] = ()
    host: bool = False
    symmetric: bool = False
    also: tuple[str, ...] = ()
    reported: bool = False  # counts only as what a speaker says another party did
    negative: bool = False  # counts only negated, and states the event ("will not renew")

    @property
    def specificity(self) -> int:
        """How narrowly the entry matches: an object constraint counts 2, particle, near,
        transitive, light and negative 1 each (``triggers_for`` puts higher first; "would
        not back down" is a refusal before it is the plain "back down")."""
        return (
            2 * bool(self.object)
            + (self.particle is not None)
            + bool(self.near)
            + (self.transitive is not None)
            + bool(self.light)
            + self.negative
        )

    def admits(self, seen: TriggerContext) -> bool:
        """Whether every constraint of this entry holds for what was ``seen`` around the word."""
        if self.particle is not None and self.particle not in seen.particles:
            return False
        if self.object:
            objects = set(seen.objects)
            if self.particle is not None:
                objects |= seen.particle_objects.get(self.particle, frozenset())
            if objects.isdisjoint(self.object):
                return False
        if self.near and seen.nearby.isdisjoint(self.near):
            return False
        if self.negative and seen.nearby.isdisjoint(_NEGATIONS):
            return False
        local = seen.nearby if seen.local is None else seen.local
        if self.unless and not (
            local.isdisjoint(self.unless) and seen.objects.isdisjoint(self.unless)
        ):
            return False
        if self.transitive is not None and self.transitive != seen.has_object:
            return False
        return not self.light or seen.light in self.light


@dataclass(frozen=True, slots=True)
class TriggerContext:
    """What surrounds one candidate word in a parse, as :meth:`Trigger.admits` reads it.

    All strings are lower case: lemmas, except ``particles`` (the children's texts).
    :meth:`EventLexicon.context` builds one from dyad tokens; an extractor with its own
    parse representation may build it directly.
    """

    objects: frozenset[str] = frozenset()
    particles: frozenset[str] = frozenset()
    particle_objects: Mapping[str, frozenset[str]] = field(default_factory=dict)
    nearby: frozenset[str] = frozenset()
    has_object: bool = False
    light: str | None = None
    # what ``unless`` reads: ``nearby`` without the words of another clause hung on the
    # trigger ("hosted X ... since Russian troops entered"); None: the same as ``nearby``
    local: frozenset[str] | None = None


@dataclass(frozen=True, slots=True)
class CrosswalkEntry:
    """The legacy codes for a PLOVER type or type/mode: CAMEO code, Goldstein score, QuadClass."""

    cameo: str
    goldstein: float
    quad: (
        int  # 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
    )
    description: str


#: Another name for :class:`CrosswalkEntry`.
Crosswalk = CrosswalkEntry


@dataclass(frozen=True, slots=True)
class Context:
    """A PLOVER (or dyad) context and the lemmas or phrases that signal it in a sentence."""

    name: str
    plover: bool  # True when the name is one of PLOVER's own contexts
    words: tuple[str, ...]
    description: str = ""


def words_in_text(context: Context, text: str) -> tuple[str, ...]:
    """The words and phrases of ``context`` that a whole text uses, without a parse: a word
    matches with a plural ending too ("vaccine" finds "vaccines"). For reading a report's
    topics, where no sentence was parsed; events read their contexts from the parse."""
    pattern, words = _pattern(context)
    return tuple(sorted({words[int(m.lastgroup[1:])] for m in pattern.finditer(text)}))


@lru_cache(maxsize=256)
def _pattern(context: Context) -> tuple[re.Pattern[str], tuple[str, ...]]:
    words = tuple(sorted(context.words, key=len, reverse=True))  # longest phrase first
    alternatives = "|".join(
        f"(?P<w{n}>{re.escape(w)}{'' if ' ' in w else '(?:e?s)?'})" for n, w in enumerate(words)
    )
    return re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE), words


class TokenLike(Protocol):
    """The token fields :meth:`EventLexicon.matching` reads (dyad.models.Token has them)."""

    @property
    def i(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def lemma(self) -> str: ...
    @property
    def pos(self) -> str: ...
    @property
    def dep(self) -> str: ...
    @property
    def head(self) -> int: ...


@dataclass(frozen=True, eq=False)
class EventLexicon:
    """Triggers, crosswalk and contexts, with the trigger index built once."""

    triggers: tuple[Trigger, ...]
    crosswalks: Mapping[str, CrosswalkEntry]  # "TYPE" or "TYPE/mode" -> entry
    codes: Mapping[str, CrosswalkEntry]  # CAMEO code -> entry
    contexts: tuple[Context, ...]
    versions: Mapping[str, str]  # file name -> its version
    _index: Mapping[tuple[str, str], tuple[Trigger, ...]] = field(
        init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        index: dict[tuple[str, str], list[Trigger]] = {}
        for trigger in self.triggers:
            for lemma in (trigger.lemma, *trigger.also):
                index.setdefault((lemma, trigger.pos), []).append(trigger)
        ordered = {
            key: tuple(sorted(entries, key=lambda t: -t.specificity))  # stable: file order
            for key, entries in index.items()
        }
        object.__setattr__(self, "_index", MappingProxyType(ordered))

    @property
    def version(self) -> str:
        """One string naming every file's version, for the coder version."""
        return ";".join(f"{name}={v}" for name, v in self.versions.items())

    def triggers_for(self, lemma: str, pos: str) -> tuple[Trigger, ...]:
        """The entries for a lemma and part of speech, most specific first (see module doc)."""
        return self._index.get((lemma.lower(), pos), ())

    def crosswalk(
        self, event_type: str, mode: str | None = None, *, cameo: str | None = None
    ) -> CrosswalkEntry:
        """The legacy codes for an event: ``cameo`` if given, else "TYPE/mode", else "TYPE".

        Raises:
            LexiconError: ``event_type`` is not a PLOVER type.
        """
        if cameo is not None and cameo in self.codes:
            return self.codes[cameo]
        if mode:
            entry = self.crosswalks.get(f"{event_type}/{mode}")
            if entry is not None:
                return entry
        entry = self.crosswalks.get(event_type)
        if entry is None:
            raise LexiconError(
                f"no crosswalk for event type {event_type!r}; the PLOVER types are "
                f"{', '.join(PLOVER_TYPES)}"
            )
        return entry

    def crosswalk_for(self, trigger: Trigger, mode: str | None = None) -> CrosswalkEntry:
        """The legacy codes for an event a trigger stated, whose final mode is ``mode``.

        The trigger's own CAMEO code counts while the event keeps the trigger's mode
        (an extractor may refine a mode, e.g. a meeting abroad becomes third-party).
        """
        cameo = trigger.cameo if mode == trigger.mode else None
        return self.crosswalk(trigger.type, mode, cameo=cameo)

    def context(
        self,
        tokens: Sequence[TokenLike],
        i: int,
        children: Sequence[Sequence[int]] | None = None,
    ) -> TriggerContext:
        """What surrounds ``tokens[i]`` in the parse, read by the rules in triggers.toml.

        ``tokens`` are indexed by ``Token.i`` (heads point into the same sequence);
        ``children`` (each token's dependants, in order) is computed when not given.
        """
        kids = children if children is not None else _children(tokens)
        return _TriggerReader(tokens, kids).read(i)

    def matching(
        self,
        tokens: Sequence[TokenLike],
        i: int,
        children: Sequence[Sequence[int]] | None = None,
    ) -> tuple[Trigger, ...]:
        """The entries for ``tokens[i]`` whose constraints hold, the best first."""
        tok = tokens[i]
        candidates = self.triggers_for(tok.lemma, tok.pos)
        if not candidates:
            return ()
        seen = self.context(tokens, i, children)
        return tuple(t for t in candidates if t.admits(seen))


def _children(tokens: Sequence[TokenLike]) -> list[list[int]]:
    kids: list[list[int]] = [[] for _ in tokens]
    for tok in tokens:
        if tok.head != tok.i:
            kids[tok.head].append(tok.i)
    return kids


# Words that open a relative clause as its subject: "the deal that ended the war".
_RELATIVE_WORDS = frozenset({"that", "which", "who", "whom", "what"})
# A relative clause with one of these has its object: the noun is no gap in it.
_GAPLESS = _DIRECT_OBJECT | {"ccomp", "xcomp"}


# the labels the trigger reader counts as a clause's subject
_FINITE_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


class _TriggerReader:
    """Reads a TriggerContext off a dependency parse (the rules in triggers.toml's header)."""

    def __init__(self, tokens: Sequence[TokenLike], children: Sequence[Sequence[int]]) -> None:
        self.tokens = tokens
        self.children = children

    def lemma(self, i: int) -> str:
        return self.tokens[i].lemma.lower()

    def kids(self, i: int, deps: frozenset[str] | None = None) -> list[int]:
        return [c for c in self.children[i] if deps is None or self.tokens[c].dep in deps]

    def with_conjuncts(self, indices: Iterable[int]) -> set[str]:
        """Lemmas of these tokens and of their conjuncts ("two diplomats and a consul"); not
        what is set against them ("an end to the war rather than a ceasefire")."""
        out: set[str] = set()
        todo = list(indices)
        while todo:
            j = todo.pop()
            out.add(self.lemma(j))
            if any(self.tokens[c].text.lower() == "than" for c in self.kids(j, frozenset({"cc"}))):
                todo.extend(self.kids(j, frozenset({"appos"})))
            else:
                todo.extend(self.kids(j, frozenset({"conj", "appos"})))
        return out

    def read(self, i: int) -> TriggerContext:
        tok = self.tokens[i]
        nearby = self.around(i)
        local = self.around(i, clauses=False)
        light = None
        if tok.pos == "NOUN":
            light_i = self.light_verb(i)
            if light_i is not None:
                light = self.sequence_preposition(i) or self.lemma(light_i)
                nearby |= self.around(light_i)
                local |= self.around(light_i, clauses=False)
            objects = self.noun_modifiers(i)
            has_object = False
        else:
            direct = self.direct_objects(i) or self.named_predicates(i)
            for d in self.named_predicates(i):  # "called X a very stupid guy"
                nearby |= {self.lemma(g) for c in self.children[d] for g in (c, *self.children[c])}
            has_object = bool(direct)
            objects = self.with_conjuncts(direct)
            for d in direct:  # "expelled dozens of migrants", "declared a state of emergency"
                objects |= self.of_objects(d) | self.titles(d)
                objects |= self.counted_goods(d) | self.cargo(d) | self.captives(d)
                # "described the move as a hostile act": the parser often hangs "as ..." on
                # the object; what it is described as is near the verb all the same
                for p in self.kids(d, frozenset({"prep"})):
                    if self.tokens[p].text.lower() == "as":
                        for o in self.kids(p, _PREP_OBJECT):
                            nearby |= {self.lemma(o)} | {self.lemma(g) for g in self.children[o]}
            # "ordered all Thai diplomats except one to leave": the parser hangs the
            # infinitive on the exception's number; it is the verb's all the same
            for p in self.kids(i, frozenset({"prep"})):
                if self.tokens[p].text.lower() in ("except", "but"):
                    for o in self.kids(p, _PREP_OBJECT):
                        nearby |= {self.lemma(g) for g in self.children[o]}
            # "gave diplomats 72 hours to leave": the indirect object counts too
            objects |= self.with_conjuncts(
                c for c in self.kids(i, frozenset({"dative"})) if self.tokens[c].pos != "ADP"
            )
            if not direct:  # "closed all its borders with X": the parser takes the owned
                objects |= self.with_conjuncts(  # object for an adverb (a date is one)
                    c
                    for c in self.kids(i, frozenset({"npadvmod"}))
                    if self.tokens[c].pos == "NOUN"
                    and self.kids(c, frozenset({"poss"}))
                    and not self.timely(c)
                )
            if self.kids(i, frozenset({"dative", "dobj"})):  # "gave Niger one week to ...":
                objects |= {  # the parser takes the counted span for an adverb
                    self.lemma(c)
                    for c in self.kids(i, frozenset({"npadvmod"}))
                    if self.kids(c, frozenset({"nummod"}))
                }
            if (
                tok.dep == "conj"
                and tok.head != i
                and self.kids(i, frozenset({"auxpass"}))
                and not self.kids(i, frozenset({"nsubj", "nsubjpass"}))
                and self.captives(tok.head)
            ):  # "N held in X were handed over", parsed with "held" the main verb
                objects |= self.captives(tok.head)
                has_object = True
            if (people := self.passive_gerund_subject(i)) is not None:
                # "landed in X a day after being pardoned": the main clause's subject is
                # whom the passive gerund acts on
                objects |= self.with_conjuncts([people]) | self.captives(people)
                has_object = True
            if tok.dep in ("acl", "relcl") and tok.head != i:  # "sanctions imposed on Russia"
                objects |= self.with_conjuncts([tok.head])
                # a passive participle's noun is its object: "Americans released by Iran"
                # (its "by" agent tells it from a finite verb the parser hung on the noun,
                # "students protested in Caracas")
                has_object = has_object or (
                    tok.dep == "acl" and tok.tag == "VBN" and bool(self.kids(i, _AGENT))
                )
        particles: set[str] = set()
        particle_objects: dict[str, frozenset[str]] = {}
        for p in self.kids(i, _PARTICLE):
            if self.dated(p):
                continue  # "called X a liar on Tuesday": a date's "on" is no "call on"
            text = self.tokens[p].text.lower()
            particles.add(text)
            found = self.preposition_objects(p)
            particle_objects[text] = frozenset(found | particle_objects.get(text, frozenset()))
        for c in self.kids(i, frozenset({"advcl", "ccomp"})):
            # "called for Hanoi to free the crew": the clause's "for" is the verb's all the
            # same, with the clause's named subject its object
            named = for_clause_subjects(self.tokens, self.children, c)
            if named:
                subjects = {self.lemma(n) for n in named}
                particles.add("for")
                particle_objects["for"] = frozenset(
                    subjects | particle_objects.get("for", frozenset())
                )
        return TriggerContext(
            objects=frozenset(objects),
            particles=frozenset(particles),
            particle_objects=MappingProxyType(particle_objects),
            nearby=frozenset(nearby),
            has_object=has_object,
            light=light,
            local=frozenset(local),
        )

    def passive_gerund_subject(self, i: int) -> int | None:
        return passive_gerund_subject(self.tokens, self.children, i, _FINITE_SUBJECTS)

    def captives(self, d: int) -> set[str]:
        """ "eight Russians held in X were handed over": people of a nation said to be held
        are detainees (also when the parser makes "held" the subject and them its own)."""
        if self.tokens[d].pos == "VERB":
            people, held = self.kids(d, frozenset({"nsubj"})), [d]
        else:
            people, held = [d], self.kids(d, frozenset({"acl"}))
        if any(self.lemma(h) in HELD_VERBS for h in held) and any(
            getattr(self.tokens[p], "ent", "") in ("NORP", "PERSON")
            or self.tokens[p].tag == "NNPS"
            or any(  # "Ivorian soldiers held in X"
                getattr(self.tokens[m], "ent", "") == "NORP"
                for m in self.kids(p, frozenset({"amod", "compound"}))
            )
            for p in people
        ):
            return {"detainee"}
        return set()

    def named_predicates(self, i: int) -> list[int]:
        """Someone the parser took for an object predicate ("called Biden on Monday",
        "called Britain's ambassador a ... guy" parsed with the name as "oprd"): a name or
        a possessed noun, when the verb has no direct object."""
        if self.kids(i, _DIRECT_OBJECT):
            return []
        return [
            c
            for c in self.kids(i, frozenset({"oprd"}))
            if self.tokens[c].pos == "PROPN"
            or self.kids(c, frozenset({"poss"}))
            # "called the move blackmail", parsed as one noun "the move blackmail": a
            # definite article before a compound is the object's, not the name's
            or (
                bool(self.kids(c, _COMPOUND))
                and any(
                    self.tokens[d].text.lower() in ("the", "this", "that", "these", "those")
                    for d in self.kids(c, frozenset({"det"}))
                )
            )
        ]

    def timely(self, i: int) -> bool:
        """Whether token ``i`` is a word of a date or time ("Tuesday", "this evening")."""
        return getattr(self.tokens[i], "ent", "") in ("DATE", "TIME")

    def dated(self, p: int) -> bool:
        """Whether a preposition only introduces a date or time ("on Tuesday")."""
        objects = self.kids(p, _PREP_OBJECT)
        return bool(objects) and all(self.timely(o) for o in objects)

    def around(self, i: int, clauses: bool = True) -> set[str]:
        """Lemmas of the children and grandchildren; with ``clauses=False`` not the
        grandchildren under a subordinate clause's verb."""
        out = self.prepositional_phrases(i)  # "used the visit as a pretext": its own idiom
        for c in self.children[i]:
            if self.tokens[c].dep == "prep" and self.dated(c):
                # "warned Oslo on Friday of a firm response": the parser hangs the phrase
                # after the date on the date; it is the verb's all the same
                for o in self.kids(c, _PREP_OBJECT):
                    for p in self.kids(o, frozenset({"prep"})):
                        if not self.dated(p):
                            out.add(self.lemma(p))
                            out.update(self.lemma(g) for g in self.children[p])
                continue  # "launched a joint operation on Monday": a date's "on" is no target
            out.add(self.lemma(c))
            if self.tokens[c].dep == "npadvmod" and self.timely(c):
                # "called X this evening": the date's "this" says nothing of the call
                out.update(self.lemma(g) for g in self.children[c] if self.tokens[g].dep != "det")
                continue
            if clauses or self.tokens[c].dep not in _CLAUSES:
                out.update(self.lemma(g) for g in self.children[c])
                for g in self.children[c]:  # "arrived at the start of a state visit": what
                    if self.lemma(g) in _PHASES:  # the phase is of is near as its phase is
                        out |= self.of_objects(g, depth=0)
                out.update(self.prepositional_phrases(c))
            if self.tokens[c].dep in _DIRECT_OBJECT and self.tokens[c].pos in ("NUM", "PRON"):
                # "closed four of its crossing points on the border": the counted noun's
                # own phrases are the object's
                for p in self.kids(c, frozenset({"prep"})):
                    if self.tokens[p].text.lower() == "of":
                        for o in self.kids(p, _PREP_OBJECT):
                            out.update(self.prepositional_phrases(o))
            if self.tokens[c].dep == "prep":  # "by video link": the medium's own word
                out.update(
                    self.lemma(m)
                    for g in self.children[c]
                    for m in self.children[g]
                    if self.tokens[m].dep == "compound"
                )
        return out

    def prepositional_phrases(self, i: int) -> set[str]:
        """ "with fire" for a child "playing with fire": a preposition among the children of
        ``i`` and its object's lemma, so that `near` can name an idiom ("warned that they
        were playing with fire")."""
        return {
            f"{self.tokens[p].text.lower()} {self.lemma(o)}"
            for p in self.kids(i, frozenset({"prep"}))
            for o in self.kids(p, frozenset({"pobj"}))
        }

    def direct_objects(self, i: int) -> list[int]:
        """Direct objects or passive subjects; a conjoined verb shares its partner's."""
        own = self.kids(i, _DIRECT_OBJECT)
        if own:
            return own
        tok = self.tokens[i]
        if self.misparsed_modifier(i):
            return [tok.head]
        if tok.dep == "conj" and tok.head != i:  # "condemned and denounced the attack"
            # not an object the partner has before this verb: "opposed X and called on Y"
            return [o for o in self.kids(tok.head, _DIRECT_OBJECT) if o > i]
        if not self.own_complement(i):
            for c in self.kids(i, frozenset({"conj"})):  # "signed and ratified the treaty"
                shared = self.kids(c, _DIRECT_OBJECT)
                if shared:
                    return shared
        return self.free_relative_object(i)

    def own_complement(self, i: int) -> bool:
        """Whether a verb has a complement of its own ("called on Israel to refrain ... and
        stressed the need for X", "urged Y to act and ..."), so that the object of a verb
        joined to it is that verb's alone, not shared as in "signed and ratified X"."""
        for c in self.children[i]:
            dep = self.tokens[c].dep
            if dep in ("xcomp", "ccomp", "dative", "oprd"):
                return True
            if dep == "prep" and any(
                self.tokens[o].pos == "PROPN" for o in self.kids(c, _PREP_OBJECT)
            ):
                return True
        return False

    def free_relative_object(self, i: int) -> list[int]:
        """ "protested what it called a provocation": the parser hangs "what" on the naming
        verb of a clause, but the whole free relative is the object of ``i``."""
        return [
            w
            for c in self.kids(i, frozenset({"ccomp"}))
            for w in self.kids(c, _DIRECT_OBJECT)
            if self.lemma(w) == "what" and w < c
        ][:1]

    def misparsed_modifier(self, i: int) -> bool:
        """ "President Yoon Suk-yeol hosted Prime Minister Kishida Fumio": the small parser
        sometimes tags such a verb a modifier ("amod") of the name after it; a verb with a
        subject of its own is a clause, and the name it "modifies" its object."""
        tok = self.tokens[i]
        return (
            tok.dep == "amod"
            and tok.head != i
            and self.tokens[tok.head].pos == "PROPN"
            and bool(self.kids(i, frozenset({"nsubj"})))
        )

    def preposition_objects(self, p: int) -> set[str]:
        """The object of a preposition, or of one chained to it ("out of the deal")."""
        found = self.with_conjuncts(self.kids(p, _PREP_OBJECT))
        for o in self.kids(p, _PREP_OBJECT):  # "put on hold $18m": the parser makes "hold" a
            if any(ch.isdigit() for ch in self.tokens[o].text):  # compound of the sum
                found |= {self.lemma(c) for c in self.kids(o, frozenset({"compound"}))}
        for q in self.kids(p, frozenset({"prep"})):
            found |= self.with_conjuncts(self.kids(q, _PREP_OBJECT))
        return found

    def titles(self, i: int) -> set[str]:
        """The title words of a named object ("summoned Ambassador John Sullivan"): its
        compound children when it is a proper noun."""
        if self.tokens[i].pos != "PROPN":
            return set()
        return {self.lemma(c) for c in self.kids(i, frozenset({"compound"}))}

    def of_objects(self, i: int, depth: int = 1) -> set[str]:
        """The nouns after a noun's "of" ("dozens of migrants"), and after theirs ("the
        signing of a package of documents")."""
        out: set[str] = set()
        for p in self.kids(i, frozenset({"prep"})):
            if self.tokens[p].text.lower() == "of":
                objects = self.kids(p, _PREP_OBJECT)
                out |= self.with_conjuncts(objects)
                if depth > 0:
                    for o in objects:
                        out |= self.of_objects(o, depth - 1)
        return out

    def counted_goods(self, i: int) -> set[str]:
        """What an amount is of when told with "in" ("$100 million in humanitarian aid",
        "50 million euros in loans"): like its "of"; only for a counted head."""
        tok = self.tokens[i]
        counted = tok.pos == "NUM" or any(
            self.tokens[c].dep in ("nummod", "quantmod") for c in self.children[i]
        )
        if not counted:
            return set()
        return {
            lemma
            for p in self.kids(i, frozenset({"prep"}))
            if self.tokens[p].text.lower() == "in"
            for lemma in self.with_conjuncts(self.kids(p, _PREP_OBJECT))
        }

    def cargo(self, i: int) -> set[str]:
        """What a vehicle carries: "two planes loaded with tents and food", "an aircraft
        carrying relief supplies", "aid trucks" (a carrier's compound modifiers)."""
        if self.lemma(i) not in _CARRIERS:
            return set()
        out = {self.lemma(c) for c in self.kids(i, frozenset({"compound"}))}
        for verb in self.kids(i, frozenset({"acl", "relcl", "amod"})):
            if self.lemma(verb) not in _LOADING:
                continue
            goods = self.kids(verb, _DIRECT_OBJECT)
            for p in self.kids(verb, frozenset({"prep"})):
                if self.tokens[p].text.lower() == "with":
                    goods += self.kids(p, _PREP_OBJECT)
            out |= self.with_conjuncts(goods)
            for g in goods:  # "carrying 1,000 tonnes of flour"
                out |= self.of_objects(g)
        for p in self.kids(i, frozenset({"prep"})):
            if self.tokens[p].text.lower() in ("with", "of"):  # "a convoy with food"
                out |= self.with_conjuncts(self.kids(p, _PREP_OBJECT))
        return out

    def noun_modifiers(self, i: int) -> set[str]:
        """Compound, adjectival and "of" modifiers of a noun ("phone call", "expulsion of X")."""
        return {self.lemma(c) for c in self.kids(i, _NOUN_MODIFIER)} | self.of_objects(i)

    def sequence_preposition(self, i: int) -> str | None:
        """ "signed a statement after talks in Moscow": a noun that is the object of "after"
        or "following" on a verb is an event of the verb's subject that came just before;
        the preposition stands for the light verb (a `light` list may name it)."""
        tok = self.tokens[i]
        if tok.dep != "pobj" or tok.head == i:
            return None
        head = self.tokens[tok.head]
        if head.text.lower() == "of" and head.head != tok.head:  # "after a week of talks"
            quantity = self.tokens[head.head]
            if quantity.pos == "NOUN" and quantity.dep == "pobj" and quantity.head != quantity.i:
                tok, head = quantity, self.tokens[quantity.head]
        word = head.text.lower()
        if head.head == tok.head:
            return None
        if word in OWN_SETTING_PREPOSITIONS and self.owned_by_them(i):
            return OWN_SETTING
        if word in SEQUENCE_PREPOSITIONS | SETTING_PREPOSITIONS:
            return word
        if word == "on" and tok.lemma.lower() in _JOURNEYS:  # "met X on his visit to Y"
            return word
        if word == "in" and head.i < head.head:  # "In a call with X, Y raised ...": a setting
            return word  # set before its verb ("engaged in talks" keeps its light verb)
        return None

    def owned_by_them(self, i: int) -> bool:
        """ "agreed ..., in their first face-to-face talks", "signed a declaration at their
        summit": a meeting "their" owns, hung on a deed, is one its doers held."""
        return any(
            self.tokens[c].dep == "poss" and self.tokens[c].text.lower() == "their"
            for c in self.children[i]
        )

    def light_verb(self, i: int) -> int | None:
        """The verb a noun is the object, passive subject or prepositional object of; first
        that of a relative clause on it ("praised the deal its leader reached")."""
        gap = self.gap_verb(i)
        if gap is not None:
            return gap
        j = i
        for _ in range(4):
            tok = self.tokens[j]
            if tok.dep == "conj" and tok.head != j:  # "held talks and consultations"
                j = tok.head
                continue
            head = self.tokens[tok.head]
            if (  # "took dozens of hostages": the verb carries the quantity noun
                tok.dep == "pobj"
                and head.text.lower() == "of"
                and head.head != tok.head
                and self.tokens[head.head].pos == "NOUN"
            ):
                j = head.head
                continue
            break
        tok = self.tokens[j]
        if tok.head == j:
            return None
        head = self.tokens[tok.head]
        if tok.dep in ("dobj", "nsubjpass", "attr", "oprd") and head.pos in ("VERB", "AUX"):
            return tok.head
        if (  # "a meeting of the two ministers took place in Dushanbe": "take place"
            tok.dep == "nsubj"
            and head.lemma.lower() == "take"
            and any(self.lemma(c) == "place" for c in self.kids(tok.head, _DIRECT_OBJECT))
        ):
            return tok.head
        if (  # "agreed to a truce at talks in Doha": the setting hung on the deed's noun
            tok.dep == "pobj"
            and head.text.lower() in SETTING_PREPOSITIONS
            and self.tokens[head.head].pos == "NOUN"
            and self.tokens[head.head].dep in ("dobj", "pobj")
        ):
            return verb_over(self.tokens, head.head)
        if tok.dep == "pobj" and head.head != tok.head:  # "went on strike", "put on alert"
            verb = self.tokens[head.head]
            if head.text.lower() == "for" and verb.lemma.lower() in _ASKING_FOR:
                return None  # "called for a ceasefire": asked for, not declared
            if verb.pos in ("VERB", "AUX"):
                return head.head
        return None

    def gap_verb(self, i: int) -> int | None:
        return gap_verb(self.tokens, self.children, i)


def for_clause_subjects(
    tokens: Sequence[TokenLike], children: Sequence[Sequence[int]], c: int
) -> list[int]:
    """ "called for Hanoi to free the crew": the parser takes "for" for the mark of the
    clause ``c``; its subject, a named side, is whom the call is for (none for "called for
    the two countries to ...", the caller's own side too)."""
    if not any(tokens[m].dep == "mark" and tokens[m].text.lower() == "for" for m in children[c]):
        return []
    return [n for n in children[c] if tokens[n].dep == "nsubj" and tokens[n].pos == "PROPN"]


def passive_gerund_subject(
    tokens: Sequence[TokenLike],
    children: Sequence[Sequence[int]],
    i: int,
    subjects: frozenset[str],
) -> int | None:
    """The subject of the clause a passive gerund of time hangs on ("X landed, a day after
    being freed by Y", "X left after being expelled"): X, whom it is done to; ``subjects``
    are the dependency labels that count as a subject."""
    tok = tokens[i]
    if (
        tok.dep != "pcomp"
        or tok.head == i
        or not any(tokens[c].dep == "auxpass" for c in children[i])
    ):
        return None
    prep = tokens[tok.head]
    if prep.text.lower() not in ("after", "before", "following", "upon") or prep.head == prep.i:
        return None
    carrier = tokens[prep.head]
    if carrier.pos == "NOUN" and carrier.dep == "npadvmod" and carrier.head != carrier.i:
        carrier = tokens[carrier.head]  # "a day after being ..."
    if carrier.pos != "VERB" or any(tokens[c].dep in subjects for c in children[i]):
        return None
    return next((c for c in children[carrier.i] if tokens[c].dep in subjects), None)


def gap_verb(tokens: Sequence[TokenLike], children: Sequence[Sequence[int]], i: int) -> int | None:
    """The verb of a relative clause whose missing object the noun ``i`` is ("the accord
    its president reached with X"): a past clause with a subject of its own and no object."""
    for c in children[i]:
        verb = tokens[c]
        if verb.dep != "relcl" or getattr(verb, "tag", "") not in ("VBD", "VBN"):
            continue  # (not "the war games it holds with X": a standing practice)
        subjects = [tokens[k] for k in children[c] if tokens[k].dep == "nsubj"]
        if (
            subjects
            and all(s.lemma.lower() not in _RELATIVE_WORDS for s in subjects)
            and not any(tokens[k].dep in _GAPLESS for k in children[c])
        ):
            return c
    return None


def verb_over(tokens: Sequence[TokenLike], i: int) -> int | None:
    """The verb whose object ("signed a deal") or prepositional object ("agreed to a
    truce") the noun ``i`` is, or None."""
    noun = tokens[i]
    if noun.head == i:
        return None
    over = tokens[noun.head]
    if noun.dep == "pobj" and over.dep == "prep" and over.head != over.i:
        over = tokens[over.head]
    return over.i if over.pos in ("VERB", "AUX") else None


# --------------------------------------------------------------------------
# Loading and validation
# --------------------------------------------------------------------------


@lru_cache(maxsize=1)
def load_event_lexicon() -> EventLexicon:
    """Read and validate the lexicon shipped in the package (once: the result is cached).

    Raises:
        LexiconError: a file is missing, is not valid TOML, or holds a malformed entry
            (the message names the file and the entry).
    """
    return read_event_lexicon(resources.files("dyad.events").joinpath("data"), "dyad/events/data")


def read_event_lexicon(folder: Path | Traversable, label: str | None = None) -> EventLexicon:
    """Read and validate the three lexicon files in ``folder`` (uncached; for tests and edits).

    ``label`` names the folder in error messages (default: the folder's path).
    """
    where = label if label is not None else str(folder)

    def read(name: str) -> tuple[_Source, dict[str, Any]]:
        source = _Source(f"{where}/{name}")
        entry = folder.joinpath(name)
        if not entry.is_file():
            raise source.error("file not found; the event lexicon needs it")
        try:
            return source, tomllib.loads(entry.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise source.error(f"not valid TOML: {exc}") from exc

    versions: dict[str, str] = {}

    src, data = read(CROSSWALK_FILE)
    versions[CROSSWALK_FILE] = read_version(src, data, ("crosswalk", "code"))
    crosswalks, codes = _crosswalk(src, data)

    src, data = read(TRIGGERS_FILE)
    versions[TRIGGERS_FILE] = read_version(src, data, ("trigger", "words"))
    lists = _word_lists(src, data)
    triggers = tuple(
        _trigger(src.at("trigger", i, e), e, codes, lists) for i, e in entries(src, data, "trigger")
    )
    _no_duplicate_triggers(src, triggers)

    src, data = read(CONTEXTS_FILE)
    versions[CONTEXTS_FILE] = read_version(src, data, ("context",))
    contexts = tuple(_context(src.at("context", i, e), e) for i, e in entries(src, data, "context"))
    _unique(src, "context", [c.name for c in contexts])

    order = (TRIGGERS_FILE, CROSSWALK_FILE, CONTEXTS_FILE)
    return EventLexicon(
        triggers=triggers,
        crosswalks=MappingProxyType(crosswalks),
        codes=MappingProxyType(codes),
        contexts=contexts,
        versions=MappingProxyType({name: versions[name] for name in order}),
    )


class _Source(Source):
    """Where a lexicon entry is, for error messages."""

    error_type = LexiconError
    id_keys = ("lemma", "name")


def _unique(src: _Source, table: str, names: list[str]) -> None:
    seen: set[str] = set()
    for index, name in enumerate(names):
        if name in seen:
            raise _Source(src.file, f"[[{table}]] #{index + 1} ({name})").error(
                f"duplicate name {name!r}; each [[{table}]] needs its own"
            )
        seen.add(name)


def _check_keys(src: _Source, raw: Mapping[str, Any], allowed: frozenset[str]) -> None:
    unknown = sorted(set(raw) - allowed)
    if unknown:
        raise src.error(
            f"unknown key(s) {unknown}; allowed: {', '.join(sorted(allowed))} "
            f"(data/README.md documents them)"
        )


def _string(
    src: _Source, raw: Mapping[str, Any], key: str, *, required: bool = False
) -> str | None:
    value = raw.get(key)
    if value is None:
        if required:
            raise src.error(f'needs {key} = "..."')
        return None
    if not isinstance(value, str) or not value.strip():
        raise src.error(f"{key} must be a non-empty string, not {value!r}")
    return value


def _bool(src: _Source, raw: Mapping[str, Any], key: str) -> bool | None:
    value = raw.get(key)
    if value is None:
        return None
    if not isinstance(value, bool):
        raise src.error(f"{key} must be true or false, not {value!r}")
    return value


def _word_lists(src: _Source, data: Mapping[str, Any]) -> dict[str, tuple[str, ...]]:
    """The named word lists of the ``[words]`` table, which entries name as ``"@name"``."""
    table = data.get("words", {})
    if not isinstance(table, dict):
        raise src.error("[words] must be a table of named lists of lemmas")
    here = _Source(src.file, "[words]")
    return {name: _words(here, table, name) for name in table}


def _words(
    src: _Source,
    raw: Mapping[str, Any],
    key: str,
    *,
    phrases: bool = False,
    lists: Mapping[str, tuple[str, ...]] | None = None,
) -> tuple[str, ...]:
    value = raw.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise src.error(f"{key} must be a list of non-empty strings")
    if lists is not None:  # "@aid" stands for the [words] list of that name
        unknown = [v[1:] for v in value if v.startswith("@") and v[1:] not in lists]
        if unknown:
            raise src.error(f"{key} names {unknown}, not lists of the [words] table")
        named = [w for v in value if v.startswith("@") for w in lists[v[1:]]]
        value = [v for v in value if not v.startswith("@")]
        value += [w for w in dict.fromkeys(named) if w not in value]
    for word in value:
        if word != word.lower() or word != word.strip():
            raise src.error(f"{key}: {word!r} must be lower case without outer spaces")
        if not phrases and " " in word:
            raise src.error(f"{key}: {word!r} must be a single lemma (no spaces)")
    if len(set(value)) != len(value):
        dupes = sorted({w for w in value if value.count(w) > 1})
        raise src.error(f"{key} lists {dupes} more than once")
    return tuple(value)


def _trigger(
    src: _Source,
    raw: Mapping[str, Any],
    codes: Mapping[str, CrosswalkEntry],
    lists: Mapping[str, tuple[str, ...]],
) -> Trigger:
    _check_keys(src, raw, _TRIGGER_KEYS)
    lemma = _string(src, raw, "lemma", required=True)
    assert lemma is not None
    if lemma != lemma.lower() or " " in lemma:
        raise src.error(f"lemma {lemma!r} must be one lower-case spaCy lemma")
    pos = _string(src, raw, "pos", required=True)
    if pos not in _POS:
        raise src.error(f"pos {pos!r} must be one of {', '.join(sorted(_POS))}")
    event_type = _string(src, raw, "type", required=True)
    if event_type not in MODES:
        raise src.error(f"unknown PLOVER type {event_type!r}; use one of {', '.join(PLOVER_TYPES)}")
    mode = _string(src, raw, "mode")
    if mode is not None and mode not in MODES[event_type]:
        known = ", ".join(sorted(MODES[event_type])) or "none"
        raise src.error(f"mode {mode!r} is not a PLOVER mode of {event_type} (modes: {known})")
    medium = _string(src, raw, "medium")
    if medium is not None and (event_type != "CONSULT" or medium not in MEDIA):
        raise src.error(
            f"medium {medium!r}: only CONSULT has a medium, one of {', '.join(sorted(MEDIA))}"
        )
    cameo = _string(src, raw, "cameo")
    if cameo is not None and cameo not in codes:
        raise src.error(
            f'cameo {cameo!r} is not in crosswalk.toml; add a [code."{cameo}"] table there'
        )
    particle = _string(src, raw, "particle")
    if particle is not None and (particle != particle.lower() or " " in particle):
        raise src.error(f"particle {particle!r} must be one lower-case word")
    transitive = _bool(src, raw, "transitive")
    if transitive is not None and pos != "VERB":
        raise src.error("transitive applies to VERB triggers only")
    light = _words(src, raw, "light")
    if light and pos != "NOUN":
        raise src.error("light applies to NOUN triggers only (the verbs that carry the noun)")
    host = bool(_bool(src, raw, "host"))
    if host and event_type not in ("CONSULT", "AID"):
        raise src.error("host applies to CONSULT and AID triggers only")
    reported = bool(_bool(src, raw, "reported"))
    if reported and (host or event_type == "CONSULT"):
        raise src.error("reported applies to verbal acts of a speaker, not to meetings")
    return Trigger(
        lemma=lemma,
        pos=pos,
        type=event_type,
        mode=mode,
        medium=medium,
        cameo=cameo,
        object=_words(src, raw, "object", lists=lists),
        particle=particle,
        near=_words(src, raw, "near", phrases=True, lists=lists),
        unless=_words(src, raw, "unless", lists=lists),
        transitive=transitive,
        light=light,
        host=host,
        symmetric=bool(_bool(src, raw, "symmetric")),
        also=_words(src, raw, "also"),
        reported=reported,
        negative=bool(_bool(src, raw, "negative")),
    )


def _no_duplicate_triggers(src: _Source, triggers: Sequence[Trigger]) -> None:
    """Two entries that match in exactly the same places are a mistake (or a contradiction)."""
    seen: dict[tuple, tuple[int, Trigger]] = {}
    for index, t in enumerate(triggers):
        key = (
            t.lemma, t.pos, frozenset(t.object), t.particle, frozenset(t.near),
            frozenset(t.unless), t.transitive, frozenset(t.light), t.negative,
        )  # fmt: skip
        if key in seen:
            first, other = seen[key]
            here = _Source(src.file, f"[[trigger]] #{index + 1} ({t.lemma})")
            if other.type == t.type:
                raise here.error(
                    f"duplicates [[trigger]] #{first + 1}: same lemma, pos, type and "
                    f"constraints ({t.lemma} {t.pos} {t.type}); merge the two"
                )
            raise here.error(
                f"matches exactly where [[trigger]] #{first + 1} does but codes {t.type}, "
                f"not {other.type}; add an object, particle, near or unless to tell them apart"
            )
        seen[key] = (index, t)


def _crosswalk(
    src: _Source, data: Mapping[str, Any]
) -> tuple[dict[str, CrosswalkEntry], dict[str, CrosswalkEntry]]:
    raw = data.get("crosswalk")
    if not isinstance(raw, dict) or not raw:
        raise src.error('needs [crosswalk."TYPE"] tables, one per PLOVER type')
    crosswalks: dict[str, CrosswalkEntry] = {}
    codes: dict[str, CrosswalkEntry] = {}

    def keep(here: _Source, entry: CrosswalkEntry) -> None:
        known = codes.get(entry.cameo)
        if known is not None and (known.goldstein, known.quad) != (entry.goldstein, entry.quad):
            raise here.error(
                f"CAMEO {entry.cameo} has goldstein {entry.goldstein} / quad {entry.quad} "
                f"here but {known.goldstein} / {known.quad} elsewhere in the file"
            )
        codes.setdefault(entry.cameo, entry)

    for key, table in raw.items():
        here = src.key("crosswalk", key)
        event_type, _, mode = key.partition("/")
        if event_type not in MODES:
            raise here.error(
                f"unknown PLOVER type {event_type!r}; use one of {', '.join(PLOVER_TYPES)}"
            )
        if mode and mode not in MODES[event_type]:
            known = ", ".join(sorted(MODES[event_type])) or "none"
            raise here.error(f"mode {mode!r} is not a PLOVER mode of {event_type} (modes: {known})")
        if not isinstance(table, dict):
            raise here.error("must be a table")
        _check_keys(here, table, _CROSSWALK_KEYS)
        entry = _entry(here, table, _string(here, table, "cameo", required=True) or "")
        crosswalks[key] = entry
        keep(here, entry)
    missing = [t for t in PLOVER_TYPES if t not in crosswalks]
    if missing:
        raise src.error(
            f"no crosswalk for {', '.join(missing)}; every PLOVER type needs a "
            f'[crosswalk."TYPE"] table (the fallback when a mode has none)'
        )
    extra = data.get("code", {})
    if not isinstance(extra, dict):
        raise src.error('[code."NNN"] must be tables keyed by CAMEO code')
    for cameo, table in extra.items():
        here = src.key("code", cameo)
        if not isinstance(table, dict):
            raise here.error("must be a table")
        _check_keys(here, table, _CODE_KEYS)
        entry = _entry(here, table, cameo)
        keep(here, entry)
        codes[cameo] = entry  # its own description wins over a crosswalk row's
    return crosswalks, codes


def _entry(src: _Source, table: Mapping[str, Any], cameo: str) -> CrosswalkEntry:
    if not _CAMEO.match(cameo):
        raise src.error(f"cameo {cameo!r} must be a CAMEO code: 2 to 4 digits, 01 to 20...")
    goldstein = table.get("goldstein")
    if isinstance(goldstein, bool) or not isinstance(goldstein, int | float):
        raise src.error(f"goldstein must be a number, not {goldstein!r}")
    if not -10.0 <= goldstein <= 10.0:
        raise src.error(f"goldstein {goldstein} is outside the Goldstein scale's -10..10")
    quad = table.get("quad")
    if isinstance(quad, bool) or quad not in (1, 2, 3, 4):
        raise src.error(f"quad must be 1, 2, 3 or 4, not {quad!r}")
    expected = _quad_of(cameo)
    if quad != expected:
        raise src.error(
            f"quad {quad} does not fit CAMEO {cameo}: its root {cameo[:2]} is QuadClass {expected}"
        )
    description = _string(src, table, "description", required=True) or ""
    return CrosswalkEntry(cameo, float(goldstein), quad, description)


def _quad_of(cameo: str) -> int:
    """CAMEO's QuadClass from the root code: 01-05, 06-08, 09-13, 14-20 give 1, 2, 3, 4."""
    root = int(cameo[:2])
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


def _context(src: _Source, raw: Mapping[str, Any]) -> Context:
    _check_keys(src, raw, _CONTEXT_KEYS)
    name = _string(src, raw, "name", required=True) or ""
    if not _CONTEXT_NAME.match(name):
        raise src.error(f"name {name!r} must be lower case letters and underscores")
    plover = raw.get("plover")
    if not isinstance(plover, bool):
        raise src.error("needs plover = true (one of PLOVER's own contexts) or false")
    words = _words(src, raw, "words", phrases=True)
    if not words:
        raise src.error("needs at least one word in words = [...]")
    return Context(name, plover, words, _string(src, raw, "description") or "")

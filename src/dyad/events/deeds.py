"""Conflict deeds told the way wire copy tells them: a mixin of ``extract._ArticleExtractor``.

The lexicon states the textbook verbs ("seized", "withdrew", "lifted sanctions"). News
copy also tells these deeds in shapes a verb entry cannot hold:

- a weapon test as a hyphenated verb the parser often reads as an adjective ("North Korea
  test-fired two ballistic missiles"): MOBILIZE by the state that fired;
- a truce as the subject of its coming into force ("a ceasefire between X and Y took
  effect at midnight"): RETREAT by both sides (PLOVER's CAMEO 0871, declare a ceasefire);
- a concession whose beneficiary is named only by a demonym on what it frees ("reopened
  its airspace to Indian airlines", "scrapped its tariffs on Australian wine"): the state
  of the demonym, as for a seized ship ("a Greek-flagged tanker");
- a force leaving a position that lies in a state ("evacuated a post in Syria's Hama
  province"): that state, as "withdrew from Niger" is;
- a crowd before a mission told with "in front of", or near "the embassy" whose state the
  story just named: the mission's state, as "outside the French embassy" is;
- a recognition switched ("Kiribati switched its diplomatic recognition from Taiwan to
  China", "shifted its allegiance from Taipei to Beijing"): recognition of the state it
  goes to (SUPPORT, CAMEO 054) and ties cut with the one it leaves (SANCTION);
- a ship or a force taken, reported by the side it was taken from ("... , Seoul's
  ministry said"): a deed told as fact, not the speaker's charge. A speaker's claim that
  another state shelled or armed someone stays a charge; a boat or soldiers taken on a
  named day is what wire copy attributes to the side that lost them.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..models import Actor, Span, Token
from .common import _FOREIGN_HELD, _MARCHED_TO, _SEIZABLE, _Found, _political
from .lexicon import Trigger

# The weapons a test fires ("test-fired a missile", "test-launched a rocket").
_TESTED = frozenset("missile rocket icbm slbm projectile warhead torpedo".split())
# The verbs a test is told with after "test-".
_TEST_VERBS = frozenset({"fire", "launch", "fly"})
# Truce nouns ("cease-fire" is split: "fire" after "cease -").
_TRUCES = frozenset({"ceasefire", "truce", "armistice"})
# "took effect", "came into force", "went into effect", "entered into force".
_IN_FORCE = frozenset({"effect", "force"})
_COMING = frozenset({"come", "go", "enter"})
# "the ceasefire agreed by X and Y": verbs whose agent names a truce's sides (not
# "brokered by", the mediator).
_TRUCE_MAKING = frozenset({"agree", "reach", "sign", "declare", "announce"})
# How far back a truce that names no sides looks for the fighting it halts.
_FIGHTING_SENTENCES = 3
# Concessions whose beneficiary may be named by a demonym on what is freed.
_FREED_TYPES = frozenset({"CONCEDE"})
# Positions a force leaves ("an observation post in Syria's Hama province").
_POSITIONS = frozenset("post outpost base position garrison checkpoint airbase".split())
# Prepositions that put a crowd before a mission ("near the embassy"), and the missions.
_BEFORE_PREMISES = frozenset({"outside", "near", "at", "before", "by"})
_MISSIONS = frozenset({"embassy", "consulate", "chancery"})
# Vessels the common list of seizable things leaves out ("boarded a Turkish-flagged ferry").
_MORE_VESSELS = frozenset("ferry barge yacht dhow tug cutter".split())
# "switched (shifted) its diplomatic recognition from A to B": the verbs and what moves.
_SWITCHING = frozenset({"switch", "shift", "transfer"})
_RECOGNITION = frozenset({"recognition", "allegiance", "tie", "relation"})
# A force or crew taken: what the side it was taken from reports as fact.
_TAKEN_FORCES = frozenset(
    """soldier serviceman servicemen troop trooper sailor marine conscript pilot crew
    paratrooper""".split()
)


class _Deeds:
    """Conflict deeds in the shapes news copy uses: methods of ``_ArticleExtractor``."""

    # ---- shapes of their own ---------------------------------------------------------------

    def _deed_shapes(self, first: int, last: int) -> Iterable[_Found]:
        """Weapon tests and truces in force in the tokens [first, last)."""
        for tok in self.tokens[first:last]:
            found = self._weapon_test(tok) or self._truce_in_force(tok)
            if found is not None:
                yield found
            yield from self._switched_recognition(tok)

    def _switched_recognition(self, verb: Token) -> list[_Found]:
        """ "Kiribati switched its diplomatic recognition from Taiwan to China": SUPPORT
        (recognition, CAMEO 054) of the state it goes to and SANCTION (ties cut) of the one
        it leaves, both by the subject; nothing unless both sides are named."""
        if verb.pos != "VERB" or verb.lemma.lower() not in _SWITCHING or self._negated(verb):
            return []
        moved = [
            self.tokens[c]
            for c in self.children[verb.i]
            if self.tokens[c].dep == "dobj" and self.tokens[c].lemma.lower() in _RECOGNITION
        ]
        if not moved:
            return []
        sides: dict[str, list[Actor]] = {"from": [], "to": []}
        holders = [verb, *moved]  # "from A" on the object or the verb, "to B" on either
        holders += [self.tokens[g] for h in holders for g in self._pobjs(h, "from")]
        for holder in holders:
            for prep in self._preps(holder, *sides):
                found = [a for a in self._prep_actors(prep) if _political(a) and a.country]
                sides[prep.text.lower()] += found
        actors = [
            a for a in self._subject_actors(self._subject(verb)) if _political(a) and a.country
        ]
        left, joined = sides["from"], sides["to"]
        countries = [{a.country for a in group} for group in (actors, left, joined)]
        if any(len(c) != 1 for c in countries) or len(set.union(*countries)) != 3:
            return []
        recognise = Trigger(lemma=verb.lemma, pos="VERB", type="SUPPORT", cameo="054")
        cut = Trigger(lemma=verb.lemma, pos="VERB", type="SANCTION", mode="withdraw")
        return [
            _Found(verb, recognise, tuple(actors[:1]), tuple(joined[:1])),
            _Found(verb, cut, tuple(actors[:1]), tuple(left[:1])),
        ]

    def _preps(self, tok: Token, *words: str) -> list[Token]:
        """The child prepositions of ``tok`` spelled as one of these words, in order."""
        return [
            self.tokens[c]
            for c in self.children[tok.i]
            if self.tokens[c].dep == "prep" and self.tokens[c].text.lower() in words
        ]

    def _pobjs(self, tok: Token, *prepositions: str) -> list[int]:
        """The objects of ``tok``'s child prepositions of these words, in order."""
        return [
            g
            for p in self._preps(tok, *prepositions)
            for g in self.children[p.i]
            if self.tokens[g].dep == "pobj"
        ]

    def _weapon_test(self, tok: Token) -> _Found | None:
        """ "North Korea test-fired two ballistic missiles", "Pakistan test-launched a
        missile": MOBILIZE (CAMEO 150) by the state that fired, named as the verb's subject
        or, when the parser made the participle an adjective, right before "test"."""
        if tok.lemma.lower() not in _TEST_VERBS or tok.i < 2:
            return None
        dash, test = self.tokens[tok.i - 1], self.tokens[tok.i - 2]
        if dash.text != "-" or test.text.lower() != "test" or test.sentence != tok.sentence:
            return None
        near = [self.tokens[c] for c in self.children[tok.i]] + [self.tokens[tok.head]]
        if not any(t.lemma.lower() in _TESTED for t in near) or self._negated(tok):
            return None
        subject = self._subject(tok) if tok.pos == "VERB" and tok.dep != "amod" else None
        actors = [a for a in self._subject_actors(subject) if _political(a) and a.country]
        if not actors:
            mention = self.mention_at.get(test.i - 1)
            if mention is not None and mention.last == test.i:
                actors = [a for a in self._mention_actors(mention) if _political(a) and a.country]
        actors = actors or self._state_named_before(test)
        if len({a.country for a in actors}) != 1:
            return None
        rule = Trigger(lemma="fire", pos="VERB", type="MOBILIZE", mode="weapons", cameo="150")
        return _Found(tok, rule, tuple(actors[:1]), ())

    def _state_named_before(self, tok: Token) -> list[Actor]:
        """The state whose name of one to three words ends right before ``tok`` in its
        sentence ("North Korea test-fired": the tagger leaves a name the parser swallowed
        into a noun phrase unresolved)."""
        first = self.ann.sentences[tok.sentence].first
        for n in (3, 2, 1):
            if tok.i - n < first:
                continue
            words = self.tokens[tok.i - n : tok.i]
            if any(w.pos != "PROPN" for w in words):
                continue
            state = self.x.kb.state_by_name(self.article.text[words[0].start : words[-1].end])
            if state is not None:
                span = (Span(words[0].start, words[-1].end),)
                return [self._state_actor(state.iso3, words[-1].text, span)]
        return []

    def _truce_in_force(self, tok: Token) -> _Found | None:
        """ "A ceasefire between Thailand and Cambodia took effect at midnight", "the truce
        between X and Y came into force": RETREAT (ceasefire) by the sides it names."""
        noun = tok.lemma.lower()
        cease = noun == "fire" and tok.i >= 2 and self.tokens[tok.i - 2].lemma.lower() == "cease"
        if noun not in _TRUCES and not cease:
            return None
        if tok.dep != "nsubj" or tok.head == tok.i:
            return None
        verb = self.tokens[tok.head]
        if not self._coming_into_force(verb) or self._negated(verb):
            return None
        sides = self._truce_sides(tok) or self._fighting_sides(verb)
        if len({a.country for a in sides}) < 2:
            return None
        rule = Trigger(lemma="ceasefire", pos="NOUN", type="RETREAT", mode="ceasefire")
        return _Found(verb, rule, tuple(_first_per_state(sides)), ())

    def _truce_sides(self, tok: Token) -> list[Actor]:
        """The sides a truce's own phrase names: "between X and Y", "agreed by X and Y"."""
        sides: list[Actor] = []
        for c in self.children[tok.i]:
            prep = self.tokens[c]
            if prep.dep == "prep" and prep.text.lower() == "between":
                sides += [a for a in self._prep_actors(prep) if _political(a) and a.country]
            if prep.dep == "acl" and prep.lemma.lower() in _TRUCE_MAKING:
                for g in self.children[c]:
                    agent = self.tokens[g]
                    if agent.dep == "agent":
                        sides += [a for a in self._prep_actors(agent) if _political(a)]
        return [a for a in sides if a.country]

    def _fighting_sides(self, verb: Token) -> list[Actor]:
        """ "Azerbaijani forces shelled Armenian towns ... a ceasefire it had brokered took
        effect": a truce that names no sides is between the two sides of the fighting told
        just before (the attack's doers and targets), when that fighting has two sides."""
        for event in reversed(self.events):
            if verb.sentence - event.evidence.sentence_index > _FIGHTING_SENTENCES:
                break
            if event.event_type != "ASSAULT":
                continue
            sides = [a for a in (*event.actors, *event.recipients) if a.country]
            if len({a.country for a in sides}) == 2:
                return [self._state_actor(a.country, a.raw, a.mentions) for a in sides]
            return []
        return []

    def _coming_into_force(self, verb: Token) -> bool:
        """ "took effect", "came / went / entered into force (effect)"."""
        lemma = verb.lemma.lower()
        for c in self.children[verb.i]:
            child = self.tokens[c]
            if lemma == "take" and child.dep == "dobj" and child.lemma.lower() == "effect":
                return True
            into = lemma in _COMING and child.dep == "prep" and child.text.lower() == "into"
            if into and any(self.tokens[g].lemma.lower() in _IN_FORCE for g in self.children[c]):
                return True
        return False

    # ---- targets of trigger deeds ----------------------------------------------------------

    def _conflict_targets(
        self, verb: Token, rule: Trigger, actors: list[Actor], found: list[Actor]
    ) -> list[Actor]:
        """Targets the general participant rules leave out: the state of a demonym on what
        a concession frees ("to Indian airlines", "on Australian wine") and the state a
        left position lies in ("evacuated a post in Syria's Hama province")."""
        own = {a.country for a in actors if a.country}
        if not own:
            return []
        if rule.type in _FREED_TYPES:
            return self._freed_owner(verb, actors, own) or self._things_of_one_state(found, own)
        if rule.type == "RETREAT" and rule.mode == "withdraw":
            return self._position_state(verb, own)
        if rule.type == "COERCE" and any(
            self.tokens[c].dep in ("dobj", "nsubjpass")
            and self.tokens[c].lemma.lower() in _MORE_VESSELS
            for c in self.children[verb.i]
        ):
            return self._demonym_owner(verb, actors, posted=False)
        return []

    def _freed_owner(self, verb: Token, actors: list[Actor], own: set[str]) -> list[Actor]:
        """ "reopened its airspace to Indian airlines", "lifted its ban on Japanese seafood":
        the one state whose demonym marks the goods or carriers the concession frees."""
        owners = self._demonym_owner(verb, actors, posted=False)
        if owners:
            return owners
        named: dict[str, Token] = {}
        for i in self._subtree(verb.i):
            tok = self.tokens[i]
            if tok.dep != "amod" or self.tokens[tok.head].dep != "pobj":
                continue
            if self.tokens[self.tokens[tok.head].head].text.lower() not in ("to", "on", "for"):
                continue
            state = self.x.kb.state_by_demonym(tok.text)
            if state is not None and state.iso3 not in own:
                named.setdefault(state.iso3, tok)
        if len(named) == 1:
            [(iso3, word)] = named.items()
            return [self._state_actor(iso3, word.text, (Span(word.start, word.end),))]
        return self._partner_of_freed(verb, own)

    def _things_of_one_state(self, found: list[Actor], own: set[str]) -> list[Actor]:
        """ "its restrictions on South Korean exports": goods or carriers the resolver gave
        one state (kind "other") stand for that state, when it is not the actor's own."""
        things = [a for a in found if a.kind == "other" and a.country and a.country not in own]
        if len({a.country for a in things}) != 1 or things[0].country is None:
            return []
        return [self._state_actor(things[0].country, things[0].raw, things[0].mentions)]

    def _partner_of_freed(self, verb: Token, own: set[str]) -> list[Actor]:
        """ "lifted restrictions on defence cooperation with Azerbaijan", "eased curbs on
        trade with Iran": the one state the freed dealings are with."""
        found: dict[str, Actor] = {}
        stack = [c for c in self.children[verb.i] if self.tokens[c].dep in ("dobj", "nsubjpass")]
        while stack:
            tok = self.tokens[stack.pop()]
            if tok.dep == "prep" and tok.text.lower() == "with" and tok.head != verb.i:
                for a in self._prep_actors(tok):
                    if a.country and a.country not in own and a.kind != "other":
                        found.setdefault(a.country, a)
            stack += [
                c
                for c in self.children[tok.i]
                if self.tokens[c].dep in ("prep", "pobj", "conj", "compound", "amod")
            ]
        return list(found.values()) if len(found) == 1 else []

    def _position_state(self, verb: Token, own: set[str]) -> list[Actor]:
        """ "evacuated an observation post near Morek in Syria's Hama province": the state
        the position left lies in, named by an "in" phrase on the position."""
        found: dict[str, Actor] = {}
        objects = [
            self.tokens[c]
            for c in self.children[verb.i]
            if self.tokens[c].dep == "dobj" and self.tokens[c].lemma.lower() in _POSITIONS
        ]
        stack = [c for o in objects for c in self.children[o.i]]
        while stack:
            tok = self.tokens[stack.pop()]
            if tok.dep == "prep" and tok.text.lower() in ("in", "near"):
                # "in northern Mali": the phrase's own state when the place reads as none
                named = [a for a in self._prep_actors(tok) if a.country]
                for g in self.children[tok.i]:
                    states = self._place_states_of(self.tokens[g]) or [
                        self._state_actor(a.country, a.raw, a.mentions) for a in named
                    ]
                    for a in states:
                        if a.country not in own:
                            found.setdefault(a.country, a)
                    stack += self.children[g]
        return list(found.values()) if len(found) == 1 else []

    def _protested_premises(
        self, verb: Token, actors: list[Actor], recipients: list[Actor]
    ) -> list[Actor]:
        """ "rallied in front of the Chinese embassy", "staged a sit-in in front of the U.S.
        embassy": the state whose mission the crowd stood before is the target, as "outside
        the embassy" is, in place of the crowd's own state read from where it stood."""
        own = {a.country for a in actors if a.country}
        found: list[Actor] = []
        holders = [verb.i] if verb.pos != "NOUN" else [verb.i, verb.head]  # its light verb
        for c in (c for h in holders for c in self.children[h]):
            prep = self.tokens[c]
            if prep.dep == "prep" and prep.text.lower() in ("towards", "toward"):
                # "marched towards the French embassy": the mission's state, as "outside it"
                # (not "towards the stadium": no mission, no target)
                if any(self.tokens[g].lemma.lower() in _MARCHED_TO for g in self.children[c]):
                    found += [
                        a for a in self._prep_actors(prep) if a.country and a.country not in own
                    ]
                continue
            if prep.dep != "prep" or prep.text.lower() != "in":
                continue
            for g in self.children[c]:
                if self.tokens[g].lemma.lower() != "front":
                    continue
                for of in self._preps(self.tokens[g], "of"):
                    found += [
                        a for a in self._prep_actors(of) if a.country and a.country not in own
                    ]
        if own and not found and not any(a.country and a.country not in own for a in recipients):
            # a crowd of a known state only: a mission alone is no event's pair
            found = self._embassy_told_before(verb, holders, own)
        if not found:
            return recipients
        kept = [a for a in recipients if a.country not in own]
        return kept + [a for a in found if a.country not in {k.country for k in kept}]

    def _embassy_told_before(self, verb: Token, holders: list[int], own: set) -> list[Actor]:
        """ "rallied near the embassy" after "... the Japanese embassy" was told: the mission
        named with its state in the protest's sentence or the two before it."""
        bare = [
            self.tokens[g]
            for h in holders
            for c in self.children[h]
            if self.tokens[c].dep == "prep" and self.tokens[c].text.lower() in _BEFORE_PREMISES
            for g in self.children[c]
            if self.tokens[g].lemma.lower() in _MISSIONS
        ]
        if not bare or any(
            self.tokens[c].dep in ("amod", "compound", "poss", "prep")
            for b in bare
            for c in self.children[b.i]
        ):
            return []  # no bare "the embassy": a named one is the trigger's own reading
        first = self.ann.sentences[max(0, verb.sentence - 2)].first
        told: list[Actor] = []
        for tok in self.tokens[first : bare[0].i]:
            if tok.lemma.lower() not in _MISSIONS or tok.i == bare[0].i:
                continue
            for c in self.children[tok.i]:
                mark = self.tokens[c]
                state = (
                    self.x.kb.state_by_demonym(mark.text)
                    if mark.dep in ("amod", "compound")
                    else None
                )
                if state is not None and state.iso3 not in own:
                    told = [self._state_actor(state.iso3, mark.text, (Span(mark.start, mark.end),))]
        return told

    # ---- deeds the losing side reports -----------------------------------------------------

    def _reported_seizure(self, tok: Token, found: _Found) -> bool:
        """A weapon test, or a ship, boat or force taken (COERCE with a vessel or forces as
        its object), reported by the side it threatens or was taken from ("... captured a
        South Korean fishing vessel, Seoul's unification ministry said"): told as fact, not
        a charge."""
        if found.rule.type == "MOBILIZE" and found.rule.mode == "weapons":
            return True  # "North Korea fired two missiles, Seoul's military said"
        if found.rule.type != "COERCE" or found.rule.mode not in ("seize", "arrest", "deport"):
            return False
        objects = [
            self.tokens[c]
            for c in self.children[tok.i]
            if self.tokens[c].dep in ("dobj", "nsubjpass")
        ]
        # and people of the reporting side's nationality ("detained two Dutch citizens,
        # The Hague said")
        taken = _SEIZABLE | _TAKEN_FORCES | _FOREIGN_HELD
        return any(o.lemma.lower() in taken for o in objects) and any(
            a.kind == "state" and a.country for a in found.recipients
        )


def _first_per_state(actors: list[Actor]) -> list[Actor]:
    """One actor per state, in order."""
    seen: set[str | None] = set()
    out = []
    for a in actors:
        if a.country not in seen:
            seen.add(a.country)
            out.append(a)
    return out

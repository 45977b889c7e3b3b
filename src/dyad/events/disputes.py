"""Shapes of disputes that the trigger step reads wrongly or not at all: charges made both
ways, rejections and denials of a claim the story told, borders closed on a neighbour, a
warning that only informs, forces told as stationed or sent to strike, a naming beside a
condemnation, requests made of a body or of "them" just contacted, a charge of widening a
war told as a policy, and craft hit that the story named before. A mixin of
``extract._ArticleExtractor``."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from ..models import Actor, Span, Token
from .common import _SPEECH, _Found, _political, _side, _unique, _weapon_words
from .lexicon import Trigger

# Deeds a warning may be "about": told with "the" (a deed the story knows), a warning
# about it informs ("had warned Qatar about the strike in advance"), it threatens no one.
_KNOWN_DEEDS = frozenset(
    """strike strikes attack attacks raid raids operation bombing assault airstrike
    airstrikes offensive test launch""".split()
)
_DEFINITE = frozenset("the this that these those its their".split())
_FOREWARNED = ("in advance", "beforehand", "ahead of time")
# Verbs that tell forces where they are, which in the present passive describe a
# standing posture ("troops are stationed in Chad"), not a deployment made.
_POSTED = frozenset("station base deploy garrison post".split())
# What a sent force is sent to do that is itself the attack ("sent jets to strike ...").
_ATTACKING = frozenset("strike attack bomb hit shell raid pound target".split())
_AUXES = ("aux", "auxpass")
# Verbs of blame whose object "the other", "each other" makes a charge both ways.
_BLAMING = frozenset("accuse blame criticise criticize condemn denounce".split())
# "traded accusations", "exchanged blame": the charges two sides make at each other.
_TRADING = frozenset("trade exchange swap".split())
_CHARGES = frozenset("accusation blame charge recrimination allegation barb".split())
_RECIPROCAL = ("each other", "one another", "the other")
_EACH = frozenset("each both".split())
_PAIR_SENTENCES = 4  # how far back the story's two sides may have been told
# What a rejection or denial answers that another side told: "rejected that account",
# "rejected any suggestion that", "denied any involvement", "dismissed the report".
_TOLD_CLAIMS = frozenset(
    """account version suggestion assertion report statement narrative insinuation notion
    claim allegation accusation charge involvement role link part complicity remark remarks
    comment comments description characterisation characterization""".split()
)
# A part in a deed a side says it had none of: "had no link to", "had no role in".
_PARTS = frozenset("link links role part hand involvement connection connections ties".split())
# Verbs that name a deed someone condemns: "calling it a violation of X's sovereignty".
_NAMING = frozenset("call describe brand term label denounce".split())
# Craft and ships an attack may bring down or hit, whose owner a demonym names.
_CRAFT = frozenset(
    "drone aircraft plane jet warplane helicopter ship vessel tanker boat frigate".split()
)
_BACK = frozenset("it them him her".split())  # whom "asking it to ..." points back to
# What a side is said to pursue, by which a deed of its "of" phrase is its own.
_COURSES = frozenset("policy strategy course campaign line practice".split())
_CLAIM_SENTENCES = 6  # how far back the claim answered may have been told
_CLAIMING_TYPES = ("ACCUSE", "THREATEN", "REQUEST", "SANCTION", "PROTEST")
# Closing a border's crossings in a story of two states at odds shuts the neighbour out
# (SANCTION); a closure for a holiday, the weather or a disease is no measure against it.
_CLOSING = frozenset("close shut seal".split())
_BORDER_WAYS = frozenset("crossing crossings checkpoint checkpoints border frontier".split())
_BORDERS = frozenset("border frontier boundary".split())
_NOT_AIMED = frozenset(
    """holiday holidays festival maintenance repairs weather storm storms flood floods
    flooding snow fog pandemic covid covid-19 coronavirus virus outbreak epidemic
    election elections census smuggling""".split()
)


class _Disputes:
    """Dispute shapes: methods of ``_ArticleExtractor``."""

    # ---- charges both ways ---------------------------------------------------------------

    def _mutual_charges(self, first: int, last: int) -> Iterable[_Found]:
        """ "Each side accused the other of firing first", "the two sides traded
        accusations", "Armenia and Azerbaijan blamed each other": two ACCUSE events, each
        side at the other; the sides are the subject's two states, else the story's pair
        (its "the two countries" phrase, else the two states of the latest event)."""
        for tok in self.tokens[first:last]:
            verb = self._mutual_charge(tok)
            if verb is None:
                continue
            sides = self._charging_sides(verb)
            if len(sides) != 2:
                continue
            rule = Trigger(lemma=tok.lemma.lower(), pos=tok.pos, type="ACCUSE", mode="allege")
            (a, one), (b, other) = sides.items()
            yield _Found(tok, rule, tuple(one), tuple(other), part=f":each:{a}")
            yield _Found(tok, rule, tuple(other), tuple(one), part=f":each:{b}")

    def _mutual_charge(self, tok: Token) -> Token | None:
        """The verb of a charge made both ways that ``tok`` states, if it does: a verb of
        blame whose object is "each other", "one another" or (after "each") "the other";
        "traded/exchanged accusations" (``tok`` the noun)."""
        if tok.pos == "NOUN" and tok.lemma.lower() in _CHARGES and tok.dep == "dobj":
            verb = self.tokens[tok.head]
            trading = verb.lemma.lower() in _TRADING and verb.pos == "VERB"
            return verb if trading and not self._negated(verb) else None
        if tok.pos != "VERB" or tok.lemma.lower() not in _BLAMING or self._negated(tok):
            return None
        for c in self.children[tok.i]:
            obj = self.tokens[c]
            if obj.dep not in ("dobj", "pobj") or obj.lemma.lower() not in ("other", "another"):
                continue
            words = " ".join(self.tokens[i].text.lower() for i in sorted(self._subtree(c)))
            if not words.startswith(_RECIPROCAL):
                continue
            subject = self._subject(tok)
            each = subject is not None and any(
                self.tokens[i].text.lower() in _EACH for i in self._subtree(subject.i)
            )
            if words.startswith("the other") and not each:
                continue  # "X accused the other side": one side's charge, read as such
            return tok
        return None

    def _charging_sides(self, verb: Token) -> dict[str, list[Actor]]:
        """The two sides of a charge made both ways, by country: the subject's states,
        else the story's pair."""
        subject = self._subject(verb)
        sides: dict[str, list[Actor]] = {}
        for actor in self._subject_actors(subject) if subject is not None else []:
            if _political(actor) and actor.country:
                sides.setdefault(actor.country, []).append(actor)
        if len(sides) == 2 or subject is None:
            return sides
        raw = " ".join(self.tokens[i].text for i in sorted(self._subtree(subject.i)))
        spans = (Span(subject.start, subject.end),)
        return {iso3: [self._state_actor(iso3, raw, spans)] for iso3 in self._pair_told(verb)}

    def _pair_told(self, verb: Token) -> list[str]:
        """The story's two sides before ``verb``: the states of its "the two countries"
        phrase, else those of the latest event between exactly two states."""
        for mention in self.res.mentions:
            if mention.rule != "pair" or mention.start >= verb.start:
                continue
            states = {self.actors[k].country for k in mention.keys if k in self.actors}
            states.discard(None)
            if len(states) == 2:
                return sorted(states)
        for event in reversed(self.events):
            if verb.sentence - event.evidence.sentence_index > _PAIR_SENTENCES:
                break
            parties = [a for a in (*event.actors, *event.recipients) if _political(a)]
            states = {a.country for a in parties if a.country}
            if len(states) == 2 and len({_side(a) for a in parties}) >= 2:
                return sorted(states)
        return []

    # ---- answering a claim the story told ------------------------------------------------

    def _answered_claim(self, verb: Token, actors: list[Actor]) -> list[Actor]:
        """Whom a rejection of a told claim answers ("rejected that account", "rejected
        any suggestion that ...", "denied any involvement"): the claim's teller, when the
        story told one (see ``_claim_teller``); else no one."""
        if not any(
            self.tokens[c].dep in ("dobj", "nsubjpass")
            and self.tokens[c].lemma.lower() in _TOLD_CLAIMS
            for c in self.children[verb.i]
        ):
            return []
        return self._claim_teller(verb, actors)

    def _claim_teller(self, verb: Token, actors: list[Actor]) -> list[Actor]:
        """The other side whose claim an answer meets: the speaker of the latest statement
        of another side in this sentence or the one before ("The White House said ...
        Qatar rejected that account"), else the actors of the latest charge, threat or
        measure of another side (within a few sentences), else the one other state the
        sentence names."""
        own = {_side(a) for a in actors}
        for tok in reversed(self.tokens[: verb.i]):
            if verb.sentence - tok.sentence > 1:
                break
            if tok.pos != "VERB" or tok.lemma.lower() not in _SPEECH:
                continue
            speaker = self._speech_speaker(tok)
            if (
                speaker is not None
                and speaker.country
                and _side(speaker) not in own
                and speaker.country not in {a.country for a in actors}
            ):
                return [speaker]
        for event in reversed(self.events):
            if verb.sentence - event.evidence.sentence_index > _CLAIM_SENTENCES:
                break
            doers = [a for a in event.actors if _political(a) and a.country and _side(a) not in own]
            if event.event_type in _CLAIMING_TYPES and doers:
                return doers
        return [a for a in self._other_side_named(verb, actors[0])] if actors else []

    def _disowned(self, verb: Token, head: Token, speaker: Actor) -> _Found | None:
        """ "said Rwanda had no link to the rebels", "said it had nothing to do with the
        attack", "said Ankara had no role in it": a side saying it had no part in a deed
        rejects the charge (REJECT) of whoever made it in the story; no story's charge,
        no event."""
        if head.lemma.lower() != "have" or head.pos not in ("VERB", "AUX"):
            return None
        kids = [self.tokens[c] for c in self.children[head.i]]
        objects = [k for k in kids if k.dep == "dobj"]
        if not objects:
            return None
        obj = objects[0]
        words = [self.tokens[i].text.lower() for i in sorted(self._subtree(obj.i))]
        if not (
            (obj.text.lower() in _PARTS and words[0] == "no")
            or (obj.text.lower() == "nothing" and " ".join(words[1:4]) == "to do with")
        ):
            return None
        subject = next((k for k in kids if k.dep == "nsubj"), None)
        if subject is None:
            return None
        doers = [a for a in self._subject_actors(subject) if _political(a)]
        if speaker.kind == "person" and not speaker.country and len({_side(a) for a in doers}) == 1:
            # "Government spokeswoman X said Rwanda had no link to ...": a spokesperson of
            # no known state speaks for the state she clears
            speaker = doers[0]
        own = _side(speaker)
        if any(_side(a) != own for a in doers) or (not doers and subject.pos != "PRON"):
            return None  # "said Kyiv had no role in it": a view of another side
        targets = [a for a in self._addressees(verb) if _side(a) != own]
        targets = targets or self._claim_teller(verb, [speaker])
        if not targets:
            return None
        rule = Trigger(lemma=verb.lemma.lower(), pos="VERB", type="REJECT")
        return _Found(verb, rule, (speaker,), tuple(targets))

    # ---- borders closed --------------------------------------------------------------------

    def _closed_borders(self, first: int, last: int) -> Iterable[_Found]:
        """ "Thailand closed all crossings along the border", "Burundi sealed the border on
        Thursday" in a story of two states at odds: a SANCTION of the other side, when the
        phrase names no state of its own ("closed its border with X" is the trigger's)."""
        for verb in self.tokens[first:last]:
            if verb.pos != "VERB" or verb.lemma.lower() not in _CLOSING or self._negated(verb):
                continue
            objects = [
                self.tokens[c]
                for c in self.children[verb.i]
                if self.tokens[c].dep in ("dobj", "nsubjpass")
                and self.tokens[c].lemma.lower() in _BORDER_WAYS
            ]
            if not objects or not self._border_way(objects[0], verb):
                continue
            sentence = self.ann.sentences[verb.sentence]
            words = self.article.text[sentence.start : sentence.end].lower().split()
            if any(w.strip(".,;:") in _NOT_AIMED for w in words):
                continue  # "closed the border to traffic for the holiday"
            span = self._subtree(verb.i)
            if any(self.mention_at.get(i) is not None for i in self._subtree(objects[0].i)):
                continue  # a state named in the phrase: the trigger's own reading
            subject = self._subject(verb)
            actors = [
                a
                for a in (self._subject_actors(subject) if subject is not None else [])
                if _political(a) and a.country
            ]
            if len({a.country for a in actors}) != 1 or not span:
                continue
            pair = self._pair_told(verb)
            if actors[0].country not in pair:
                continue
            [other] = [iso3 for iso3 in pair if iso3 != actors[0].country]
            word = objects[0]
            target = self._state_actor(other, word.text, (Span(word.start, word.end),))
            rule = Trigger(lemma=verb.lemma.lower(), pos="VERB", type="SANCTION", mode="restrict")
            yield _Found(verb, rule, tuple(actors), (target,))

    def _border_way(self, obj: Token, verb: Token) -> bool:
        """ "the border", "its frontier", "all crossings along/on the border" (the phrase
        hung on the noun or on the verb): a border's passage as a whole (not "a crossing
        point for trucks")."""
        if obj.lemma.lower() in _BORDERS:
            return True
        return any(
            self.tokens[c].dep == "prep"
            and self.tokens[c].text.lower() in ("along", "on", "at")
            and any(self.tokens[g].lemma.lower() in _BORDERS for g in self.children[c])
            for c in (*self.children[obj.i], *self.children[verb.i])
        )

    def _naming_of_condemned(self, tok: Token) -> bool:
        """ "condemned the attack, calling it a violation of Qatar's sovereignty": the
        participle that names what was condemned restates the condemnation (whose target
        is the attacker), it makes no charge of its own at the state it names."""
        if tok.pos != "VERB" or tok.lemma.lower() not in _NAMING or tok.tag != "VBG":
            return False
        if tok.dep not in ("advcl", "xcomp", "conj") or tok.head == tok.i:
            return False
        if any(self.tokens[c].dep in ("nsubj", "nsubjpass") for c in self.children[tok.i]):
            return False
        return any(t.type == "ACCUSE" for t in self._senses(tok.head))

    # ---- whom a request is made of ---------------------------------------------------------

    def _body_asked(self, found: _Found) -> _Found:
        """ "wrote to the Security Council asking it to convene a meeting to stop X's
        aggression": a request whose object is "it", "them" or "him", in a participle beside a
        letter or appeal "to" a body or state, is made of that body, not of the state the
        demanded act is aimed at."""
        tok = found.trigger
        if found.rule.type != "REQUEST" or tok.pos != "VERB" or tok.dep != "advcl":
            return found
        if not any(
            self.tokens[c].dep == "dobj" and self.tokens[c].text.lower() in _BACK
            for c in self.children[tok.i]
        ):
            return found
        head = self.tokens[tok.head]
        addressed = [
            a for p in self._preps(head, "to") for a in self._prep_actors(p) if _political(a)
        ]
        own = {_side(a) for a in found.actors}
        addressed = [a for a in addressed if _side(a) not in own]
        return replace(found, recipients=tuple(addressed)) if addressed else found

    def _them_just_named(self, verb: Token, actors: list[Actor]) -> list[Actor]:
        """ "said he had spoken to X and to Y and urged them to stand down", "met A and B
        and warned them against ...": "them" on a verb joined by "and" to one that names
        whom the actor spoke to or met are those it names (its object, or its "to" and
        "with" phrases, however many are joined)."""
        if verb.pos != "VERB" or verb.dep != "conj" or verb.head == verb.i:
            return []
        if not any(
            self.tokens[c].dep == "dobj" and self.tokens[c].text.lower() == "them"
            for c in self.children[verb.i]
        ):
            return []
        first = self.tokens[verb.head]
        found: list[Actor] = []
        for c in self.children[first.i]:
            kid = self.tokens[c]
            if kid.dep in ("dobj", "dative"):
                found += self._np_actors(kid)
            elif kid.dep == "prep" and kid.text.lower() in ("to", "with"):
                for p in (c, *self._joined_preps(c)):
                    found += self._prep_actors(self.tokens[p])
        own = {_side(a) for a in actors}
        named = [a for a in found if _political(a) and _side(a) not in own]
        return list(_unique(named)) if len({_side(a) for a in named}) >= 2 else []

    # ---- whose craft was hit ---------------------------------------------------------------

    def _craft_owner_told(self, verb: Token, actors: list[Actor]) -> list[Actor]:
        """ "Algerian air defences shot down the drone" after "the downing of a Malian army
        drone", "seized the tanker" after "a British-flagged tanker": a craft or ship hit
        with "the" is the one the story named before, of the state its demonym names."""
        hit = [
            g
            for c in self.children[verb.i]
            for g in (
                self.children[c] if self.tokens[c].text.lower() == "down" else (c,)
            )  # "shot down the drone", parsed with "down" as a preposition
        ]
        crafts = [
            self.tokens[c]
            for c in hit
            if self.tokens[c].dep in ("dobj", "nsubjpass", "pobj")
            and self.tokens[c].lemma.lower() in _CRAFT
            and any(
                self.tokens[d].dep == "det" and self.tokens[d].text.lower() == "the"
                for d in self.children[c]
            )
        ]
        if not crafts or not any(
            a.country and (a.kind != "other" or _weapon_words(a)) for a in actors
        ):
            return []  # (a deed of no known state's forces gets no state target either)
        if verb.tag == "VBG":
            return []  # "video showed crews striking the boats": a picture of it, no report
        word = crafts[0].lemma.lower()
        own = {_side(a) for a in actors}
        for tok in reversed(self.tokens[: crafts[0].i]):
            if tok.lemma.lower() != word or tok.pos != "NOUN":
                continue
            owners = [a for a in self._demonym_state(tok) if _side(a) not in own]
            if owners:
                return owners
        return []

    # ---- charges told in a speaker's words -----------------------------------------------

    def _pursuer(self, tok: Token) -> Token | None:
        """The subject of the verb whose object a gerund's "of" phrase hangs on: "said
        Israel was pursuing a policy of expanding the conflict" (Israel expands it), "a
        strategy of destabilising the region"."""
        if tok.tag != "VBG" or tok.dep != "pcomp":
            return None
        prep = self.tokens[tok.head]
        if prep.text.lower() != "of" or prep.head == prep.i:
            return None
        noun = self.tokens[prep.head]
        if noun.pos != "NOUN" or noun.dep != "dobj" or noun.lemma.lower() not in _COURSES:
            return None
        return self._subject(self.tokens[noun.head])

    # ---- filters on a trigger's event ----------------------------------------------------

    def _not_the_dispute(self, found: _Found) -> bool:
        """A trigger whose shape tells no dispute event: a warning that informs, forces
        told as stationed, a sending that is the strike it is for; a charge made both
        ways, which ``_mutual_charges`` tells as two."""
        tok, rule = found.trigger, found.rule
        if rule.type == "THREATEN":
            return self._forewarned(tok)
        if rule.type == "ACCUSE" and not found.part.startswith(":each:"):
            # the two charges are its events; a naming beside a condemnation restates it
            return self._mutual_charge(tok) is not None or self._naming_of_condemned(tok)
        if rule.type == "MOBILIZE":
            return self._posted_now(tok) or self._sent_to_attack(tok)
        return False

    def _forewarned(self, verb: Token) -> bool:
        """ "had warned Qatar about the strike in advance", "warned Ankara of the operation
        beforehand": a warning about a deed told as a known one (a definite noun, or said
        to come before it) informs the one warned; "warned Iran of consequences" and
        "warned of strikes if ..." stay threats."""
        if verb.lemma.lower() != "warn" or verb.pos != "VERB":
            return False
        words = " ".join(self.tokens[i].text.lower() for i in sorted(self._subtree(verb.i)))
        if any(phrase in words for phrase in _FOREWARNED):
            return True
        for c in self.children[verb.i]:
            prep = self.tokens[c]
            if prep.dep != "prep" or prep.text.lower() not in ("about", "of"):
                continue
            for g in self.children[c]:
                noun = self.tokens[g]
                if noun.dep != "pobj" or noun.text.lower() not in _KNOWN_DEEDS:
                    continue
                dets = [self.tokens[d] for d in self.children[noun.i]]
                if any(d.dep in ("det", "poss") and d.text.lower() in _DEFINITE for d in dets):
                    return True
        return False

    def _posted_now(self, verb: Token) -> bool:
        """ "About 1,000 French troops are stationed in Chad", "are based in Djibouti": a
        present passive of posting describes where forces stand, no deployment (not "are
        being deployed", "were deployed on Monday", "are to be deployed")."""
        if verb.lemma.lower() not in _POSTED or verb.tag != "VBN":
            return False
        aux = [self.tokens[c] for c in self.children[verb.i] if self.tokens[c].dep in _AUXES]
        return bool(aux) and all(a.tag in ("VBP", "VBZ") for a in aux)

    def _sent_to_attack(self, verb: Token) -> bool:
        """ "Thailand sent F-16 jets to strike two Cambodian sites": forces sent to strike
        are the strike (ASSAULT), which the purpose verb codes; the sending is no MOBILIZE."""
        if verb.lemma.lower() not in ("send", "dispatch", "scramble") or verb.pos != "VERB":
            return False
        purposes = [
            self.tokens[g]
            for c in self.children[verb.i]
            for g in (c, *self.children[c])
            if self.tokens[g].dep in ("xcomp", "advcl", "relcl")
        ]
        return any(
            p.pos == "VERB"
            and p.lemma.lower() in _ATTACKING
            and any(self.tokens[k].text.lower() == "to" for k in self.children[p.i])
            and any(t.type == "ASSAULT" for t in self._senses(p.i))
            for p in purposes
        )

"""Events stated in speech and the mood of an event: demands, threats and pledges in
what someone said, followers ("followed suit"), modality, negation, background
and history. A mixin of ``extract._ArticleExtractor``."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from typing import NamedTuple

from ..annotate import is_heading
from ..models import (
    Actor,
    Location,
    Sentence,
    Span,
    Token,
)
from .common import (
    _ACCUSED_TYPES,
    _ADDRESS_VERBS,
    _AGREEMENTS,
    _ARMED_AID,
    _ARRIVAL_LINKS,
    _ARRIVING,
    _BORDERS,
    _CARRIED_WORDS,
    _COMING,
    _DELIVERED,
    _DEMAND_ACTS,
    _DEMAND_SUBJECTS,
    _DISCLOSE,
    _DOCUMENTS,
    _EXPECT,
    _FAIL,
    _FARING,
    _FOLLOW,
    _FORCES,
    _FORSAKE,
    _FUTURE,
    _GIVEN_MARKS,
    _HABITUAL,
    _HELPER_MARKS,
    _HELPER_UNITS,
    _HELPERS,
    _HYPOTHETICAL,
    _INEVITABLE,
    _INTENT_HEADS,
    _INTENT_NOUNS,
    _LEAD_SENTENCES,
    _LOCAL_REMOTE_WORDS,
    _LONG_SPANS,
    _MEASURES,
    _NEED_VERBS,
    _NEEDED,
    _OBLIGATION,
    _OCCURRING,
    _ORDERING,
    _OTHER_CLAUSE,
    _OUTBREAK,
    _PART_IN_DEED,
    _PENALTIES,
    _PLACED_TYPES,
    _PLAN_NOUNS,
    _PLEDGING,
    _PROPOSING,
    _QUESTION_WORDS,
    _QUESTIONING,
    _QUOTES,
    _READINESS,
    _RECENT,
    _REGRETS,
    _RELIEF_WORK,
    _REMOTE_WORDS,
    _RESPONSE_NOUNS,
    _RETALIATE,
    _SETTING_VERBS,
    _SIGNING,
    _SPAN_PREPS,
    _SPEECH,
    _STIPULATE,
    _SUBJECTS,
    _TIME_MARKS,
    _UNMATERIAL,
    _UNREALISED_LINKS,
    _VENUES,
    _WEAPONS,
    _Found,
    _political,
    _side,
    _unique,
)
from .dates import WEEKDAYS, find_dates
from .lexicon import Trigger

# Aircraft whose attack is an air strike: "Israeli jets struck ...".
_AIRCRAFT = frozenset("jet warplane aircraft plane bomber fighter helicopter drone gunship".split())

# A diary's line labelled with its day: "Tuesday: ASEAN foreign ministers meet ...".
_AGENDA_LABEL = re.compile(r"[ \t]*([A-Za-z]+)[ \t]*:")
# A transcript's speaker label has at most this many words before its colon, and its colon
# stands within the first few tokens (a title and a comma may come first: "Official
# Spokesperson, Shri Randhir Jaiswal:").
_LABEL_WORDS = 4
_LABEL_REACH = _LABEL_WORDS + 4
# Words before a colon that label a page's parts or a questioner, not a speaker.
_NOT_SPEAKERS = frozenset(
    "q question note correction update editor photo read watch source related tags tag "
    "advertisement caption also breaking live video see image credit file editing reporting "
    "writing by date title subject summary background analysis opinion comment warning "
    "disclaimer clarification".split()
)

# The line under an embedded social-media post that signs it: "— Name, PhD (@handle) May 3,
# 2026"; the name ends at the first comma or bracket.
_POST_SIGNATURE = re.compile(r"[—–-]+[ ]*(?P<name>[^,(@\n]{2,60}?)[ ]*[,(]")
_HANDLE = re.compile(r"\(@\w{1,30}\)")


class _Post(NamedTuple):
    """A post quoted in a story: the last word of its signer's name, the day it was posted."""

    signer: Token
    day: date | None


# The note that names an opinion piece's author: "The author is ...", "The writer is ...".
_AUTHOR_NOTE = re.compile(r"(?:The|This|Today's) (?:author|writer|columnist) is ")

# Labels of a broadcast's own voices, whose turns narrate rather than speak for a side.
_PRESENTERS = frozenset(
    "host presenter anchor reporter correspondent moderator interviewer narrator".split()
)

# How far back a response that names no one looks for the deed it answers.
_ANSWERED_SENTENCES = 4
# Deeds a response promised may answer: an attack, a seizure, or a measure such as an
# expulsion ("Italy expelled 30 diplomats ... Russia would respond in kind").
_ANSWERED_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION"})
# Where a meeting aside a summit is told ("met on the sidelines", "on the margins").
_SIDELINES = frozenset({"sideline", "sidelines", "margin", "margins"})
# A gathering of many sides, and the verbs that place one ("leaders gathered in Manila for
# the summit"); a bilateral "meeting" or "talks" has no sidelines.
_SUMMIT_NOUNS = frozenset({"summit", "conference", "forum", "gathering"})
_CONVENING = frozenset({"gather", "convene", "open", "meet", "assemble"})
# Deeds told as the subject of a passive "answer" ("any new levy will be answered"): the
# words for a measure or an attack, beside those the lexicon codes as such a deed.
_ANSWERED_DEEDS = _MEASURES | frozenset(
    """move decision attack strike provocation incursion aggression tariff levy duty
    sanction raising rise increase hike""".split()
)

# Verbs of a state's advice to its own people, and the people it advises ("told its
# citizens not to travel to X"): a travel warning, itself a measure against X.
_WARNING_VERBS = frozenset({"tell", "advise", "warn", "urge", "ask", "instruct", "call"})
# Verbs whose simple present does what it says, as an official statement words its acts
# ("The Ministry calls on X to ...", "Abidjan rejects these accusations"): no standing habit.
_PERFORMATIVE = frozenset(
    """call urge exhort demand appeal condemn denounce deplore protest welcome congratulate
    thank reject""".split()
)
_OWN_PEOPLE = frozenset(
    {"citizen", "national", "resident", "tourist", "traveller", "traveler", "compatriot"}
)


# Nouns of one's own resolve whose "to ..." a verb of telling makes known as intended.
_MADE_KNOWN = frozenset({"intention", "intent", "decision"})
# "three hours of talks", "two days of meetings", "a round of talks": a span of a contact
_CONTACT_SPANS = frozenset({"hour", "day", "round", "week"})
_OWNING_PRONOUNS = frozenset({"his", "her", "its", "their"})
# Words for a town that an "of" names: "the port city of X", "the resort town of Y".
_TOWN_WORDS = frozenset({"city", "town", "port", "village", "resort", "capital"})
# Verbs that make a resolve known to someone: "notified Congress of his intention to ...".
_TELLING = frozenset({"notify", "inform", "announce", "advise", "tell", "confirm"})


# Verbs of a state moving its forces somewhere: "would send troops to the frontier".
_SENDING = frozenset("send deploy move dispatch station mass".split())
# Arms a state sends with or as its forces: "new types of military hardware".
_ARMS = frozenset("hardware weapon weaponry equipment tank artillery missile".split())

# What a denial in an apposition names as its own object: "..., a charge Baku denied".
_CHARGE_NOUNS = frozenset("charge accusation allegation claim assertion".split())


class _Speech:
    """Speech acts, modality and background: methods of ``_ArticleExtractor``."""

    # ---- the content of speech -----------------------------------------------------------

    def _addressees(self, verb: Token | None) -> list[Actor]:
        """Whom a speech verb addresses: "told Biden that ...", "warned Moscow that ..."."""
        if verb is None or verb.lemma.lower() not in _ADDRESS_VERBS:
            return []
        return [
            a
            for c in self.children[verb.i]
            if self.tokens[c].dep in ("dobj", "dative")
            for a in self._np_actors(self.tokens[c])
            if _political(a)
        ]

    def _speech_acts(self, first: int, last: int) -> Iterable[_Found]:
        """Demands and threats stated only in the content of what a state's official says:
        "told X that Y must withdraw", "said the task was to stop ...", "said Moscow would
        respond to any attack", "said a response to the sanctions was inevitable"."""
        for verb in self.tokens[first:last]:
            if verb.pos != "VERB" or verb.lemma.lower() not in _SPEECH:
                continue
            speaker = self._speech_speaker(verb)
            if speaker is None:
                continue
            for content in self._contents(verb):
                c = content.i
                heads = [content] + [
                    self.tokens[g]
                    for g in self.children[c]
                    if self.tokens[g].dep == "conj" and self.tokens[g].pos in ("VERB", "AUX")
                ]
                # "warned X that ...": the verb codes the threat itself; "warned that Moscow
                # would respond in kind" names no one warned, so the content finds the target
                threat = not any(
                    t.type == "THREATEN" for t in self._senses(verb.i)
                ) or not self._warned(verb)
                for head in heads:
                    found = (
                        self._demand(verb, head, speaker)
                        or (self._threat(verb, head, speaker) if threat else None)
                        or (self._conditional_warning(verb, head, speaker) if threat else None)
                        or self._penalty_threat(verb, head, speaker)
                        or self._front_deployment(verb, head, speaker)
                        or self._denial(verb, head, speaker)
                        or self._disowned(verb, head, speaker)
                        or self._steadfast(verb, head, speaker)
                        or self._joint_plan(verb, head, speaker)
                    )
                    if found is not None:
                        yield found

    def _warned(self, verb: Token) -> bool:
        """Whether a speech verb names whom it addresses ("warned Washington that ...")."""
        return any(self.tokens[c].dep in ("dobj", "dative") for c in self.children[verb.i])

    def _contents(self, verb: Token) -> list[Token]:
        """The content clauses of a speech verb: its ccomp, and a "that" clause the parser
        hung as a relative clause on the object of a preposition between ("told reporters
        after the summit that Turkey expected Russia to ...": "that" has no role there,
        the clause having its own subject and complement)."""
        found = [self.tokens[c] for c in self.children[verb.i] if self.tokens[c].dep == "ccomp"]
        for c in self.children[verb.i]:
            if self.tokens[c].dep != "prep":
                continue
            for g in self.children[c]:
                for r in self.children[g]:
                    clause = self.tokens[r]
                    if clause.dep == "relcl" and self._misparsed_content(clause):
                        found.append(clause)
        return found

    def _misparsed_content(self, clause: Token) -> bool:
        kids = [self.tokens[k] for k in self.children[clause.i]]
        that = any(k.text.lower() == "that" and k.dep in ("dobj", "mark") for k in kids)
        subject = any(k.dep == "nsubj" and k.text.lower() != "that" for k in kids)
        complement = any(k.dep in ("ccomp", "xcomp") for k in kids)
        return that and subject and complement

    def _followers(self, first: int, last: int) -> Iterable[_Found]:
        """ "Canada and Brazil quickly followed suit", "Australia did the same": the act told
        just before, by new actors, aimed at the same target."""
        for verb in self.tokens[first:last]:
            if verb.pos != "VERB" or (verb.lemma.lower(), self._object_lemma(verb)) not in _FOLLOW:
                continue
            actors = [a for a in self._subject_actors(self._subject(verb)) if _political(a)]
            sides = {_side(a) for a in actors}
            # everything the latest sentence with such acts told ("issued a statement
            # recognising X and calling Y illegitimate")
            recent = [
                e
                for e in self.events
                if verb.sentence - e.evidence.sentence_index <= 1 and e.event_type != "CONSULT"
            ]
            if not actors or not recent:
                continue
            latest = recent[-1].evidence.sentence_index
            for before in [e for e in recent if e.evidence.sentence_index == latest]:
                recipients = tuple(a for a in before.recipients if _side(a) not in sides)
                if before.recipients and not recipients:
                    continue
                rule = Trigger(lemma=verb.lemma.lower(), pos="VERB", type=before.event_type,
                               mode=before.mode)  # fmt: skip
                yield _Found(verb, rule, _unique(actors), recipients)

    def _outbreaks(self, first: int, last: int) -> Iterable[_Found]:
        """ "Protests broke out in Moscow", "demonstrations erupted across Iran": a protest
        noun as the subject of a verb of breaking out (its light verbs take it as object)."""
        for noun in self.tokens[first:last]:
            if noun.pos != "NOUN" or noun.dep != "nsubj" or noun.head == noun.i:
                continue
            if self.tokens[noun.head].lemma.lower() not in _OUTBREAK:
                continue
            rule = next(
                (
                    t
                    for t in self.lex.triggers_for(noun.lemma, "NOUN")
                    if t.type == "PROTEST" and not t.object
                ),
                None,
            )
            if rule is None:
                continue
            found = self._participants(noun, replace(rule, light=()))
            if found is not None:
                yield found

    def _deliveries(self, first: int, last: int) -> Iterable[_Found]:
        """ "doses donated by China landed in Phnom Penh", "aid sent by Turkey arrived in
        Gaza": goods a giver gave (a participle with its "by" agent) arriving in a state are
        the giver's AID to that state; the arrival names the receiver the gift leaves out."""
        for verb in self.tokens[first:last]:
            if verb.pos != "VERB":
                continue
            doer = self._relief_worker_verb(verb)
            if verb.lemma.lower() not in _DELIVERED and doer is None:
                continue
            subjects = [self.tokens[c] for c in self.children[(doer or verb).i]]
            goods = [t for t in subjects if t.dep == "nsubj" and t.pos == "NOUN"]
            if goods:  # what a plane or ship came with: "planes landed with firefighters"
                goods += [self.tokens[g] for g in self._pobjs(doer or verb, "with")]
            outer = goods
            for _ in range(3):  # "a batch of doses donated by China", "a consignment of
                outer = [  # 600,000 doses of vaccine donated by India"
                    self.tokens[g]
                    for t in outer
                    for p in self.children[t.i]
                    if self.tokens[p].dep == "prep" and self.tokens[p].text.lower() == "of"
                    for g in self.children[p]
                ]
                goods += outer
            for c in [c for t in goods for c in self.children[t.i]]:
                gift = self.tokens[c]
                if gift.dep != "acl" or gift.tag != "VBN":
                    continue
                rule = next((t for t in self._senses(gift.i) if t.type == "AID"), None)
                givers = [
                    a
                    for by in self.children[gift.i]
                    if self.tokens[by].dep == "agent"
                    for g in self.children[by]
                    for a in self._np_actors(self.tokens[g])
                    if _political(a)
                ]
                receivers = [
                    a
                    for a in self._arrival_states(verb)
                    if a.country not in {g.country for g in givers}
                ]
                if rule is not None and givers and receivers:
                    yield _Found(gift, rule, tuple(_unique(givers)), tuple(_unique(receivers)))
                    break
            else:
                if doer is not None and not self._helpers(goods):
                    continue  # "officials began working in Kabul" is no relief
                found = self._marked_arrival(verb, goods)
                if found is not None:
                    yield found

    def _relief_worker_verb(self, verb: Token) -> Token | None:
        """For "doctors began working in X", "a field hospital started treating the injured
        in X": the verb whose subject did the work (begin, start); None for other verbs."""
        if verb.lemma.lower() not in _RELIEF_WORK:
            return None
        if verb.dep == "xcomp" and self.tokens[verb.head].lemma.lower() in ("begin", "start"):
            return self.tokens[verb.head]
        return verb

    def _helpers(self, goods: list[Token]) -> bool:
        """Whether the arriving things include people sent to help: rescuers, doctors, "a
        search and rescue team", "a field hospital" (also as what a ship or plane carries)."""
        for noun in goods:
            for i in self._subtree(noun.i):
                tok = self.tokens[i]
                lemma = tok.lemma.lower()
                if tok.pos != "NOUN":
                    continue
                if lemma in _HELPERS or (
                    lemma in _HELPER_UNITS
                    and any(self.tokens[c].lemma.lower() in _HELPER_MARKS for c in self.children[i])
                ):
                    return True
        return False

    def _marked_arrival(self, verb: Token, goods: list[Token]) -> _Found | None:
        """ "a shipment of Russian wheat, the first of six free cargoes, arrived in Somalia",
        "the first Chinese relief aid landed in Kabul": goods marked by a state's name
        arriving in another state are that state's AID when the sentence says they are
        given (aid, relief, a donation, free, promised): wheat or vaccines bought arrive
        the same way, so without such a word there is no event. Helpers sent after a
        disaster ("Japanese rescuers", "doctors from Cuba") are a gift by what they are."""
        sentence = self.ann.sentences[verb.sentence]
        words = {t.lemma.lower() for t in self.tokens[sentence.first : sentence.last]}
        if not goods or not (words & _GIVEN_MARKS or self._helpers(goods)):
            return None
        givers: list[Actor] = []
        for noun in goods:
            for actor in self._np_actors(noun):
                if (
                    actor.country
                    and actor.kind in ("state", "other", "group")  # not "Pfizer vaccines"
                    and all(m.end <= noun.end for m in actor.mentions)
                ):
                    givers.append(self._state_actor(actor.country, actor.raw, actor.mentions))
        marked = {g.country for g in givers}
        sent_from = [a for noun in goods for a in self._sent_from(noun)]
        # one marking state ("Russian wheat"), or the states of one "from" phrase ("rescuers
        # from Israel and Tunisia"); two markings are two stories ("Russian wheat bought by
        # Egyptian traders")
        if len(marked) > 1 or (marked and sent_from and {a.country for a in sent_from} != marked):
            return None
        givers += sent_from
        arrived_in = self._arrival_states(verb)
        if not givers:
            # "a convoy of trucks carrying food arrived in N'Djamena, the first foreign
            # relief": unmarked help in a story of two states is the other state's
            givers = self._story_other_side(arrived_in)
        own = {g.country for g in givers}
        receivers = [a for a in arrived_in if a.country not in own]
        if not own or not receivers:
            return None
        rule = Trigger(lemma=verb.lemma.lower(), pos="VERB", type="AID")
        return _Found(verb, rule, tuple(_unique(givers)), tuple(_unique(receivers)))

    def _sent_from(self, noun: Token) -> list[Actor]:
        """The states named after "from" in an arriving thing's phrase: "rescue specialists
        from Israel and Tunisia", "a convoy of trucks carrying aid from Iraq"."""
        return [
            self._state_actor(a.country, a.raw, a.mentions)
            for i in self._subtree(noun.i)
            if self.tokens[i].dep == "prep" and self.tokens[i].text.lower() == "from"
            for a in self._prep_actors(self.tokens[i])
            if a.country and a.kind in ("state", "other", "group")
        ]

    def _arrival_states(self, verb: Token) -> list[Actor]:
        """The states where goods arrived: "landed in Phnom Penh", "reached Syria", "landed
        at Phnom Penh International Airport"."""
        kids = [self.tokens[c] for c in self.children[verb.i]]
        onward = self._onward_to(kids)
        if onward:  # "reached Djibouti on its way to Ethiopia": where it is going
            return onward
        places = [k for k in kids if k.dep == "dobj"] + [
            self.tokens[g]
            for k in kids
            if k.dep == "prep" and k.text.lower() in ("in", "at", "to", "into")
            for g in self.children[k.i]
        ]
        found: list[Actor] = []
        for place in places:
            words = [self.tokens[i] for i in sorted(self._subtree(place.i))]
            found += self._place_states_of(place) or self._state_of_place_words(words)
        return found

    def _onward_to(self, kids: list[Token]) -> list[Actor]:
        """The states after "on its/their way to" among a verb's children."""
        found: list[Actor] = []
        for k in kids:
            if k.dep != "prep" or k.text.lower() not in ("on", "en"):
                continue
            for w in self.children[k.i]:
                if self.tokens[w].lemma.lower() != "way":
                    continue
                for p in self._preps(self.tokens[w], "to"):
                    found += [a for a in self._prep_actors(p) if a.country]
        return found

    def _state_of_place_words(self, words: list[Token]) -> list[Actor]:
        """The state of the longest run of proper nouns that names a state or one of its
        places ("Phnom Penh International Airport": Phnom Penh, Cambodia)."""
        names = [t for t in words if t.pos == "PROPN"]
        for size in range(len(names), 0, -1):
            for at in range(len(names) - size + 1):
                run = names[at : at + size]
                name = " ".join(t.text for t in run)
                state = self.x.kb.state_by_name(name) or self.x.kb.state_by_place(name)
                if state is not None:
                    span = (Span(run[0].start, run[-1].end),)
                    return [self._state_actor(state.iso3, name, span)]
        return []

    def _object_lemma(self, verb: Token) -> str | None:
        return next(
            (
                self.tokens[c].lemma.lower()
                for c in self.children[verb.i]
                if self.tokens[c].dep == "dobj"
            ),
            None,
        )

    def _speech_speaker(self, verb: Token) -> Actor | None:
        """The political actor who says it; None for commentators and the unnamed."""
        actors = self._subject_actors(self._subject(verb))
        if any(a.role == "commentator" for a in actors):
            return None
        return next((a for a in actors if _political(a) and a.kind != "other"), None)

    def _demanded(self, head: Token) -> tuple[Token, Token | None] | None:
        """The act a content clause says must be done, and who must do it (None when the
        clause does not say): "Y must withdraw", "Y needs to stop", "sanctions should be
        lifted", "the task was to stop provocations"."""
        kids = [self.tokens[c] for c in self.children[head.i]]
        subject = next((k for k in kids if k.dep in _SUBJECTS), None)
        doer = subject if subject is not None and subject.dep in ("nsubj", "csubj") else None
        if any(k.dep == "aux" and k.text.lower() in _OBLIGATION for k in kids):
            if self._in_perfect(head):
                return None  # "X should have warned us", "must have known": past, nothing asked
            if self._inverted_condition(head):
                return None  # "should Y expel the envoy, X would ...": a condition, not asked
            return head, doer
        if head.lemma.lower() in _EXPECT and head.pos == "VERB":
            return self._expected(kids)
        if (
            head.lemma.lower() in _NEEDED
            and subject is not None
            and subject.dep == "nsubjpass"
            and subject.pos == "NOUN"
        ):
            return subject, None  # "a reform of the WHO was needed": the act asked for
        to_clause = next(
            (k for k in kids if k.dep in ("xcomp", "attr") and self._to_clause(k)), None
        )
        if to_clause is None:
            attr = next((k for k in kids if k.dep == "attr" and k.pos == "NOUN"), None)
            if (
                attr is not None
                and head.lemma.lower() == "be"
                and subject is not None
                and subject.lemma.lower() in _DEMAND_SUBJECTS
            ):
                return attr, None  # "the immediate task was the disengagement of troops"
            return None
        if head.lemma.lower() in _NEED_VERBS and head.pos == "VERB":
            return to_clause, doer  # "Russia needs to withdraw", "has to stop"
        if (
            head.lemma.lower() == "be"
            and subject is not None
            and subject.lemma.lower() in _DEMAND_SUBJECTS
        ):
            return to_clause, None  # "the most pressing task was to stop ..."
        return None

    def _expected(self, kids: list[Token]) -> tuple[Token, Token | None] | None:
        """ "Turkey expected Russia and Iran to support its fight": the act expected of
        another party, when it is an act the lexicon knows or one asked of states."""
        for k in kids:
            if k.dep in ("ccomp", "xcomp") and self._to_clause(k):
                grand = [self.tokens[g] for g in self.children[k.i]]
                doer = next((g for g in grand if g.dep == "nsubj"), None)
                doer = doer or next((d for d in kids if d.dep == "dobj"), None)
                if doer is not None and self._demandable(k):
                    return k, doer
        return None

    def _demandable(self, act: Token) -> bool:
        lemma = act.lemma.lower()
        return lemma in _DEMAND_ACTS or bool(self.lex.triggers_for(lemma, "VERB"))

    def _to_clause(self, tok: Token) -> bool:
        return tok.pos == "VERB" and self._marked_to(tok)

    def _marked_to(self, tok: Token) -> bool:
        """Whether a verb is marked as a "to" infinitive ("to release", "to expel")."""
        return any(
            self.tokens[c].dep == "aux" and self.tokens[c].text.lower() == "to"
            for c in self.children[tok.i]
        )

    def _infinitive_noun(self, verb: Token) -> Token | None:
        """The noun whose "to" infinitive ``verb`` is ("an agreement to restore ties")."""
        if verb.dep != "acl" or verb.head == verb.i or not self._marked_to(verb):
            return None
        return self.tokens[verb.head]

    def _demand(self, verb: Token, head: Token, speaker: Actor) -> _Found | None:
        demanded = self._demanded(head)
        if demanded is None:
            return None
        _act, doer = demanded
        own = _side(speaker)
        if self._mutual(_act):
            return None  # "they should back each other": the speaker's side is one of them
        if doer is not None:
            doers = [a for a in self._subject_actors(doer) if _political(a)]
            if not doers or any(_side(a) == own for a in doers):
                return None  # "we must ...", "the world must ...": no one else is asked
            recipients = doers
        elif self._names_side_before(head, _act, own):
            return None  # "A and B, as two major powers, should ...": the speaker's side too
        else:  # whom the speaker told, else the other side of the talks told before
            recipients = [a for a in self._addressees(verb) if _side(a) != own]
            if not recipients and _act.pos == "NOUN":  # "a reform of the WHO": whose
                recipients = [
                    a for a in self._object_targets(_act) if _political(a) and _side(a) != own
                ]
            recipients = recipients or self._counterpart(verb, [speaker])
            # else whom the speaker told just before ("X told Y that ... X stressed that")
            recipients = recipients or self._told_before(verb, speaker)
        if not recipients:
            return None
        rule = Trigger(lemma=verb.lemma.lower(), pos="VERB", type="REQUEST")
        return _Found(verb, rule, (speaker,), _unique(recipients))

    def _joint_plan(self, verb: Token, head: Token, speaker: Actor) -> _Found | None:
        """What a speaker says they and another party will do together ("Kishida said he
        and Yoon would visit a memorial together"): an agreement between them, made when
        it was said (the speech verb is its trigger, and dates it)."""
        kids = [self.tokens[c] for c in self.children[head.i]]
        if not any(k.dep == "aux" and k.text.lower() in ("will", "would", "'ll") for k in kids):
            return None
        words = {self.tokens[i].text.lower() for i in self._subtree(head.i)}
        if not words & {"together", "jointly"}:
            return None
        subject = next((k for k in kids if k.dep == "nsubj"), None)
        if subject is None or not any(
            self.tokens[c].dep == "conj" for c in self.children[subject.i]
        ):
            return None
        parties = [a for a in self._subject_actors(subject) if _political(a)]
        sides = {_side(a) for a in parties}
        if len(sides) < 2 or _side(speaker) not in sides:
            return None
        rule = Trigger(lemma=verb.lemma.lower(), pos="VERB", type="AGREE", symmetric=True)
        return _Found(verb, rule, _unique(parties), ())

    def _told_before(self, verb: Token, speaker: Actor) -> list[Actor]:
        """Whom ``speaker`` addressed in the two sentences before or earlier in this one."""
        first = self.ann.sentences[max(0, verb.sentence - 2)].first
        for tok in reversed(self.tokens[first : verb.i]):
            if tok.pos != "VERB" or tok.lemma.lower() not in _ADDRESS_VERBS:
                continue
            if _side(speaker) not in {_side(a) for a in self._subject_actors(self._subject(tok))}:
                continue
            told = [a for a in self._addressees(tok) if _side(a) != _side(speaker)]
            if told:
                return told
        return []

    def _names_side_before(self, head: Token, act: Token, side: str) -> bool:
        """Whether the content clause names ``side`` before its act: a subject the parser
        did not attach ("Japan and Korea, as close neighbours, must ...")."""
        before = [self.tokens[i] for i in self._subtree(head.i) if i < act.i]
        if any(t.text.lower() in ("we", "both") for t in before):
            return True
        for tok in before:  # names, not only resolved mentions: resolution may skip a list
            state = self.x.kb.state_by_name(tok.text) if tok.pos == "PROPN" else None
            if state is not None and state.iso3 == side:
                return True
        inside = {t.i for t in before}
        return any(
            m.first in inside and any(_side(a) == side for a in self._mention_actors(m))
            for m in self.res.mentions
            if m.sentence == head.sentence
        )

    def _threat(self, verb: Token, head: Token, speaker: Actor) -> _Found | None:
        """ "said Paris would respond firmly to any attack", "had the capacity to take painful
        measures against X", "said a response was inevitable": the speaker's side threatens."""
        inside = self._subtree(head.i)
        act = next(
            (self.tokens[i] for i in sorted(inside) if self._threatening(self.tokens[i])), None
        )
        if act is None or any(t.type == "THREATEN" for t in self._senses(act.i)):
            return None  # none, or a word coded as a threat itself ("would retaliate")
        own = _side(speaker)
        # (the deed a passive "will be answered" has for subject is the other side's)
        passive = act.pos == "VERB" and self._answered_deed(act) is not None
        subject = self._subject(act) if act.pos == "VERB" and not passive else None
        if subject is not None:
            doers = self._subject_actors(subject)
            if any(_side(a) != own for a in doers if _political(a) and a.kind != "other"):
                return None  # another side's response is no threat the speaker makes
        shut = set(self._subtree(subject.i)) if subject is not None else set()
        targets = [a for a in self._addressees(verb) if _side(a) != own]
        if not targets:  # whom the response would hit: "against American business interests"
            inside_set = set(inside)
            targets = [
                a
                for m in self.res.mentions
                if m.sentence == act.sentence and m.first in inside_set and m.first not in shut
                for a in self._mention_actors(m)
                if _political(a) and a.country and a.country != speaker.country
            ]
            for c in self._subtree(act.i):
                tok = self.tokens[c]
                if tok.dep == "prep" and tok.text.lower() in ("against", "on", "to"):
                    targets += [a for a in self._prep_actors(tok) if a.country and _side(a) != own]
                elif tok.pos == "PROPN" and tok.ent not in ("PERSON", "ORG"):  # "in Niger"
                    state = self.x.kb.state_by_name(tok.text) or self.x.kb.state_by_place(tok.text)
                    if state is not None and state.iso3 != speaker.country:
                        span = (Span(tok.start, tok.end),)
                        targets.append(self._state_actor(state.iso3, tok.text, span))
        targets = targets or self._other_side_named(verb, speaker)
        targets = targets or self._last_attacker(verb, speaker)
        # "American business interests": the state whose interests they are
        by_state = {
            a.country: (self._state_actor(a.country, a.raw, a.mentions) if a.kind == "other" else a)
            for a in reversed(targets)
            if a.country
        }  # one target per state, the first named
        targets = list(reversed(by_state.values()))
        if not targets:
            return None
        rule = Trigger(lemma=verb.lemma.lower(), pos="VERB", type="THREATEN")
        return _Found(verb, rule, (speaker,), _unique(targets))

    def _conditional_warning(self, verb: Token, head: Token, speaker: Actor) -> _Found | None:
        """ "China warned that its military would not sit idly by if Pelosi visits Taiwan",
        "warned Greece that Turkey may come suddenly one night if Athens continued": a state
        warning of what would follow another side's act threatens that side (the one
        warned, else the doer of the condition); a forecast by no state, or one whose
        condition is the warner's own act, threatens no one."""
        if verb.lemma.lower() != "warn" or speaker.kind not in ("state", "person"):
            return None
        own = _side(speaker)
        if not self._modal_content(head) or not self._conditional(head):
            return None
        doers = [
            a
            for c in self.children[head.i]
            if self.tokens[c].dep == "advcl"
            for s in self.children[c]
            if self.tokens[s].dep in ("nsubj", "nsubjpass")
            for a in self._np_actors(self.tokens[s])
            if _political(a) and a.country
        ]
        if any(_side(a) == own for a in doers):
            return None
        targets = [a for a in self._addressees(verb) if _side(a) != own] or doers
        if not targets:
            return None
        rule = Trigger(lemma="warn", pos="VERB", type="THREATEN")
        return _Found(verb, rule, (speaker,), _unique(targets))

    def _modal_content(self, head: Token) -> bool:
        """Whether a content clause tells what would or will happen: a modal on it."""
        return any(
            self.tokens[c].dep == "aux" and self.tokens[c].text.lower() in _HYPOTHETICAL | _FUTURE
            for c in self.children[head.i]
        )

    def _last_attacker(self, verb: Token, speaker: Actor) -> list[Actor]:
        """ "India struck targets in Pakistan. ... Sharif said Pakistan had every right to
        respond": a response names no one, so it answers the last attack, coercion or
        measure (an expulsion) on the speaker's state told in the sentences just before, by
        that deed's doers."""
        own = speaker.country
        found: dict[str, Actor] = {}
        for event in reversed(self.events):
            if verb.sentence - event.evidence.sentence_index > _ANSWERED_SENTENCES:
                break
            if event.event_type not in _ANSWERED_TYPES | {"ACCUSE"} or own is None:
                # (a charge too: "X accused Y of dumping ... Y said it would answer in kind")
                continue
            if any(a.country == own for a in event.recipients):
                # every state that took the step ("Italy, Spain, Denmark and Sweden each
                # expelled ... Russia would respond in kind")
                for a in event.actors:
                    if a.country and a.country != own:
                        found.setdefault(a.country, a)
        return list(found.values())

    def _penalty_threat(self, verb: Token, head: Token, speaker: Actor) -> _Found | None:
        """ "said Washington would pay a heavy price", "warned that Moscow will face
        consequences", "told X that Taiwan is a red line that must not be crossed": a cost
        the speaker says another side will bear, or a line it must not cross, is the
        speaker's threat (THREATEN, CAMEO 13) to that side; a price already paid is none."""
        for i in sorted(self._subtree(head.i)):
            tok = self.tokens[i]
            if self._red_line(tok):
                targets = [a for a in self._addressees(verb) if _side(a) != _side(speaker)]
                targets = targets or self._line_dyad_other(tok, speaker)
                targets = targets or self._other_side_named(verb, speaker)
            elif self._penalty(tok):
                targets = [
                    a
                    for a in self._subject_actors(self._subject(tok))
                    if _political(a) and a.country and _side(a) != _side(speaker)
                ]
            else:
                continue
            if targets:
                rule = Trigger(lemma=verb.lemma.lower(), pos="VERB", type="THREATEN")
                return _Found(verb, rule, (speaker,), _unique(targets))
        return None

    def _front_deployment(self, verb: Token, head: Token, speaker: Actor) -> _Found | None:
        """ "said it would send more troops and heavy weapons to the frontier": a state
        announcing that its own forces will go to its border threatens the state across it
        (the border's "with X", else the one other state the sentence names)."""
        if head.pos != "VERB" or head.lemma.lower() not in _SENDING or not self._unrealised(head):
            return None
        if any(t.type == "MOBILIZE" for t in self._senses(head.i)):
            return None  # "would deploy troops": coded by the verb as a deployment
        subject = self._subject(head)
        own = _side(speaker)
        doers = [a for a in self._subject_actors(subject) if _political(a)] if subject else []
        if subject is None or any(_side(a) != own for a in doers):
            return None  # "said Moscow would send troops": another side's plan
        if not doers and subject.pos != "PRON":
            return None
        kids = [self.tokens[c] for c in self.children[head.i]]
        if not any(
            k.dep == "dobj" and self.tokens[g].lemma.lower() in _FORCES | _ARMS
            for k in kids
            for g in (k.i, *(c for c in self.children[k.i] if self.tokens[c].dep == "conj"))
        ):
            return None
        borders = [
            self.tokens[g]
            for g in self._pobjs(head, "to", "toward", "towards", "along")
            if self.tokens[g].lemma.lower() in _BORDERS
        ]
        if not borders:
            return None
        targets = [
            a
            for b in borders
            for p in self._preps(b, "with")
            for a in self._prep_actors(p)
            if _political(a) and a.country and _side(a) != own
        ]
        targets = targets or self._other_side_named(verb, speaker)
        if not targets:
            return None
        rule = Trigger(lemma=head.lemma.lower(), pos="VERB", type="THREATEN")
        return _Found(head, rule, (speaker,), _unique(targets))

    def _denial(self, verb: Token, head: Token, speaker: Actor) -> _Found | None:
        """ "replied that Riyadh had not been responsible", "said it was not involved in the
        coup": a side denying its own part in a deed rejects the charge (REJECT) of whom it
        answers: the one it tells, else the one other state the sentence names."""
        if not self._negated(head) or not self._denied_part(head):
            return None
        subject = self._subject(head)
        if subject is None:
            return None
        doers = [a for a in self._subject_actors(subject) if _political(a)]
        own = _side(speaker)
        if doers and any(_side(a) != own for a in doers):
            return None  # "said Kyiv was not involved": a view of another side, no denial
        if not doers and subject.pos != "PRON":
            return None
        targets = [a for a in self._addressees(verb) if _side(a) != own]
        targets = targets or self._other_side_named(verb, speaker)
        if not targets:
            return None
        rule = Trigger(lemma=verb.lemma.lower(), pos="VERB", type="REJECT")
        return _Found(verb, rule, (speaker,), _unique(targets))

    def _steadfast(self, verb: Token, head: Token, speaker: Actor) -> _Found | None:
        """ "told Tsai that the United States would not abandon its commitment to the island",
        "said Britain will never abandon Ukraine": a side saying it will not forsake another
        (or its support of it) affirms that support (SUPPORT, CAMEO 051)."""
        if head.lemma.lower() not in _FORSAKE or head.pos != "VERB":
            return None
        if not self._negated(head) or not self._unrealised(head):
            return None
        subject = self._subject(head)
        doers = [a for a in self._subject_actors(subject) if _political(a)] if subject else []
        own = _side(speaker)
        if subject is None or any(_side(a) != own for a in doers):
            return None  # "said Washington would not abandon Kyiv": a view of another side
        if not doers and subject.pos != "PRON":
            return None
        targets = []
        for c in self.children[head.i]:
            obj = self.tokens[c]
            if obj.dep != "dobj":
                continue
            targets += self._np_actors(obj)
            for p in self._preps(obj, "to", "for"):  # "its commitment to the island"
                targets += self._prep_actors(p)
        targets = [a for a in targets if _political(a) and a.country and _side(a) != own]
        targets = targets or [a for a in self._addressees(verb) if _side(a) != own]
        if not targets:
            return None
        rule = Trigger(lemma=verb.lemma.lower(), pos="VERB", type="SUPPORT", cameo="051")
        return _Found(verb, rule, (speaker,), _unique(targets))

    def _denied_part(self, head: Token) -> bool:
        """ "was not responsible", "had not been involved", "was not behind": a part in a
        deed, stated of the clause's subject."""
        if head.lemma.lower() in _PART_IN_DEED and head.pos == "VERB":
            return True  # "was not involved in": the passive participle heads the clause
        kids = [self.tokens[c] for c in self.children[head.i]]
        return any(k.dep in ("acomp", "prep") and k.lemma.lower() in _PART_IN_DEED for k in kids)

    def _penalty(self, tok: Token) -> bool:
        """ "would pay a heavy price", "will face serious consequences": a cost still to come."""
        objects = _PENALTIES.get(tok.lemma.lower()) if tok.pos == "VERB" else None
        if not objects or self._negated(tok):
            return False
        has_cost = any(
            self.tokens[c].dep == "dobj" and self.tokens[c].lemma.lower() in objects
            for c in self.children[tok.i]
        )
        return has_cost and self._unrealised(tok)

    def _line_dyad_other(self, line: Token, speaker: Actor) -> list[Actor]:
        """ "said the island was a red line not to be crossed in Sino-Japanese ties": a line
        drawn in the relations of two sides is drawn for the one that is not the speaker's
        (the parse leaves "China-U.S." unresolved, so its words are read by name)."""
        others: dict[str, Actor] = {}
        for i in self._subtree(line.i):
            ties = self.tokens[i]
            if ties.lemma.lower() not in ("relation", "tie") or ties.pos != "NOUN":
                continue
            for c in self._subtree(ties.i):
                word = self.tokens[c]
                if word.dep not in ("compound", "amod", "nmod", "conj", "pobj"):
                    continue
                mention = self.mention_at.get(c)
                if mention is not None:
                    found = [a for a in self._mention_actors(mention) if _political(a)]
                else:
                    state = self.x.kb.state_by_demonym(word.text) or (
                        self.x.kb.state_by_name(word.text) if word.pos == "PROPN" else None
                    )
                    found = (
                        [self._state_actor(state.iso3, word.text, (Span(word.start, word.end),))]
                        if state is not None
                        else []
                    )
                for a in found:
                    if a.country and _side(a) != _side(speaker):
                        others.setdefault(a.country, a)
        return list(others.values()) if len(others) == 1 else []

    def _red_line(self, tok: Token) -> bool:
        """ "is a red line", "the red line that must not be crossed": a limit stated as one,
        not one someone is said to have crossed ("had crossed a red line" is a charge)."""
        if tok.lemma.lower() != "line" or tok.pos != "NOUN":
            return False
        if not any(self.tokens[c].text.lower() == "red" for c in self.children[tok.i]):
            return False
        return tok.dep in ("attr", "appos", "conj") or any(
            self.tokens[c].dep == "relcl" and self._negated(self.tokens[c])
            for c in self.children[tok.i]
        )

    def _threatening(self, tok: Token) -> bool:
        """A response or retaliation not (yet) made: "would respond", "ready to retaliate",
        "take countermeasures", "a response ... was inevitable"."""
        lemma = tok.lemma.lower()
        if tok.pos == "VERB" and (
            lemma in _RETALIATE
            or (lemma == "answer" and self._answering(tok))
            or (
                lemma == "take"
                and any(
                    self.tokens[c].dep == "dobj" and self.tokens[c].lemma.lower() in _MEASURES
                    for c in self.children[tok.i]
                )
            )
        ):
            return self._unrealised(tok)
        if tok.pos == "NOUN" and lemma in _RESPONSE_NOUNS and tok.dep in ("nsubj", "nsubjpass"):
            carrier = self.tokens[tok.head]
            kids = [self.tokens[c] for c in self.children[carrier.i]]
            return any(k.lemma.lower() in _INEVITABLE for k in kids) or (
                carrier.lemma.lower() == "follow" and self._unrealised(carrier)
            )
        return False

    def _answering(self, tok: Token) -> bool:
        """ "said Ruritania would answer firmly", "would answer with measures of its own":
        "answer" with no object is a response in kind (not "would answer questions"); so
        is a deed told as to be answered ("any new levy will be answered in kind")."""
        if self._answered_deed(tok) is not None:
            return True
        return not any(
            self.tokens[c].dep in ("dobj", "nsubjpass", "auxpass", "dative")
            for c in self.children[tok.i]
        )

    def _answered_deed(self, tok: Token) -> Token | None:
        """The deed a passive "answer" or "respond to" has for subject ("any attack on our
        ships will be answered", "such a step would be responded to"): a measure or
        hostile act, not a question or a letter."""
        if tok.pos != "VERB" or tok.lemma.lower() not in ("answer", "respond"):
            return None
        kids = [self.tokens[c] for c in self.children[tok.i]]
        if not any(k.dep == "auxpass" for k in kids):
            return None
        for k in kids:
            if k.dep == "nsubjpass" and (
                k.lemma.lower() in _ANSWERED_DEEDS
                or any(t.type in _ANSWERED_TYPES for t in self._senses(k.i))
            ):
                return k
        return None

    def _unrealised(self, tok: Token) -> bool:
        """Whether an act is told as possible or to come: a modal or "will" on it or on the
        clauses it hangs from, or a noun or adjective of readiness ("the capacity to")."""
        current = tok
        for _ in range(4):
            if any(
                self.tokens[c].dep == "aux"
                and self.tokens[c].text.lower() in _HYPOTHETICAL | _FUTURE
                for c in self.children[current.i]
            ):
                return True
            if current is not tok and current.lemma.lower() in _READINESS:
                return True
            if current.head == current.i or current.dep not in _UNREALISED_LINKS:
                return False
            current = self.tokens[current.head]
        return False

    def _other_side_named(self, verb: Token, speaker: Actor) -> list[Actor]:
        """The one other state a sentence names, when it names exactly one ("summoned the
        U.S. ambassador ... and said a response was inevitable")."""
        subject = self._subject(verb)
        shut = set(self._subtree(subject.i)) if subject is not None else set()
        others = [
            a
            for m in self.res.mentions
            if m.sentence == verb.sentence and m.first not in shut
            for a in self._mention_actors(m)
            if _political(a) and a.country and a.country != speaker.country
        ]
        return others if len({a.country for a in others}) == 1 else []

    def _accused_deed(self, tok: Token, found: _Found, speaker: Actor | None) -> bool:
        """Whether ``tok`` is a hostile or material deed one state's speaker says another
        state did ("Kinshasa's spokesman said Kigali sent troops to the rebels"): the charge
        is the accuser's ACCUSE, not a deed the reporter saw, unless a third state is its
        target."""
        if speaker is None or not speaker.country or found.rule.type not in _ACCUSED_TYPES:
            return False
        fired = (
            tok.pos == "NOUN"
            and tok.dep == "dobj"
            and self.tokens[tok.head].lemma.lower() == "fire"
        )
        if (  # ("fired a water cannon at a Philippine boat, the coast guard said")
            found.rule.mode == "heavy-weapons"
            or self._fires_weapons(tok)
            or fired
            or (found.rule.type == "ASSAULT" and self._struck_from_the_air(tok))
        ) and speaker.kind != "person":
            # "the defence ministry said X's forces shelled ...": shelling or air strikes the
            # target's institutions report are news, and so are missiles and drones fired
            # ("the air force says Russia fired 158 missiles at cities"); a named official's
            # words stay a charge
            return False
        if self._speech_verb(tok) is None or self._presupposed(tok):
            return False
        doers = {a.country for a in found.actors}
        if not doers or None in doers or speaker.country in doers:
            return False
        if found.rule.type != "AID":  # an attack on the speaker's own state is its charge
            return all(a.country in (None, speaker.country) for a in found.recipients)
        # aid is a charge only when armed ("sent weapons to the rebels") and to no state: aid
        # to the speaker's state is news it confirms, food for refugees no charge at all
        armed = {self.tokens[i].lemma.lower() for i in self._subtree(tok.i)} & _ARMED_AID
        return bool(armed) and all(a.country is None for a in found.recipients)

    def _struck_from_the_air(self, tok: Token) -> bool:
        """An attack whose subject is aircraft ("Israeli jets struck targets near Damascus,
        Syria said"): an air strike, news when its target reports it."""
        subject = self._subject(tok) if tok.pos == "VERB" else None
        return subject is not None and subject.lemma.lower() in _AIRCRAFT

    def _fires_weapons(self, tok: Token) -> bool:
        """An attack told by the weapons fired: its object is a missile, drone or shell."""
        return any(
            self.tokens[c].dep == "dobj" and self.tokens[c].lemma.lower().rstrip("s") in _WEAPONS
            for c in self.children[tok.i]
        )

    def _presupposed(self, tok: Token) -> bool:
        """A deed told as the time of the conduct charged ("said the crews behaved like
        pirates when they rammed two boats"): the charge is about how it was done, the deed
        itself is told as fact."""
        clause = tok
        if clause.dep == "conj" and clause.head != clause.i:
            clause = self.tokens[clause.head]  # "when they rammed and boarded"
        if clause.dep != "advcl":
            return False
        words = [self.tokens[c] for c in (*self.children[clause.i], *self.children[tok.i])]
        return any(w.dep in ("advmod", "mark") and w.text.lower() == "when" for w in words)

    def _demand_content(self, tok: Token, found: _Found) -> bool:
        """Whether ``tok`` states what a speaker says another side must do ("said Russia must
        withdraw"): the demand is the event (see ``_demand``), not the act."""
        verb = self._speech_verb(tok)
        if verb is None or self._speech_contact(tok) is not None:
            return False  # "told X that Y must ..., during talks": the talks are the telling's
        if self._second_report(tok) is not None:
            return False  # "urged that X drop it and warned that ...": the speaker's own words
        for c in self.children[verb.i]:
            head = self.tokens[c]
            if head.dep == "ccomp" and tok.i in self._subtree(c):
                return self._demanded(head) is not None
        return False

    def _own_people_warned(self, verb: Token) -> bool:
        """ "told its citizens not to travel to X", "urged Ruritanian nationals to avoid
        travel to X": a state's advice to its own people is its measure against the place
        (a travel warning), not a demand made of anyone."""
        if verb.pos != "VERB" or verb.lemma.lower() not in _WARNING_VERBS:
            return False
        objects = [self.tokens[c] for c in self.children[verb.i] if self.tokens[c].dep == "dobj"]
        if len(objects) != 1 or objects[0].lemma.lower() not in _OWN_PEOPLE:
            return False
        obj = objects[0]
        owner = [self.tokens[c] for c in self.children[obj.i] if self.tokens[c].dep == "poss"]
        if owner and owner[0].lemma.lower() in ("its", "their", "his", "her"):
            return True  # "its citizens"
        subject_states = {a.country for a in self._subject_actors(self._subject(verb))}
        object_states = {a.country for a in self._np_actors(obj)}
        if not object_states - {None} and not any(
            self.tokens[c].dep in ("amod", "compound", "prep", "poss") for c in self.children[obj.i]
        ):
            return True  # "urged citizens to stay calm": a leader's own people, unmarked
        return None not in object_states and bool(object_states) and object_states <= subject_states

    def _pledged_gift(self, chain: list[Token]) -> bool:
        """ "pledged to provide Ukraine with $37 million", "promised to send doses": aid a
        side commits itself to give is a pledge of aid (AID, intended), beside the AGREE
        of the pledge; not aid agreed with another side or asked for."""
        if len(chain) < 2 or chain[1].lemma.lower() not in _PLEDGING:
            return False
        verb = chain[0]
        given = [  # what is given: the object, or after "with" ("provide X with Y")
            self.tokens[g]
            for c in self.children[verb.i]
            for g in (c, *self.children[c])
            if self.tokens[g].dep in ("dobj", "pobj")
        ]
        if any(t.lemma.lower() in _UNMATERIAL for t in given):
            return False  # "committed to provide security guarantees": an undertaking
        return (verb.dep == "xcomp" or self._infinitive(verb)) and not self._negated(chain[1])

    def _proposed_own_measure(self, parent: Token, chain: list[Token]) -> bool:
        """ "has proposed suspending relations with X", "proposed to expel X's envoy": a
        side putting forward a measure of its own against another is that measure, meant
        (SANCTION, intended), not an offer to the other side (AGREE). A proposal made to
        someone ("proposed to Y that ...") or read as a request stays the proposal."""
        if parent.lemma.lower() not in _PROPOSING - {"offer"}:
            return False
        clause = chain[chain.index(parent) - 1]
        if clause.dep != "xcomp" and not self._infinitive(clause):
            return False
        return not any(
            self.tokens[c].dep in ("dative", "prep") and self.tokens[c].text.lower() == "to"
            for c in self.children[parent.i]
        )

    def _charge_then_denied(self, parent: Token, clause: Token) -> bool:
        """ "X accused Y of Z, a charge Y denied": the parser hangs the statement on the
        denial in the apposition after it; the denial names its own object (the charge),
        so the clause before is no content of it (nor when the parser takes the charge for
        the denial's subject: "..., a charge Abidjan rejected")."""
        return clause.i < parent.i and any(
            self.tokens[c].dep in ("dobj", "nsubj")
            and clause.i < c < parent.i
            and self.tokens[c].lemma.lower() in _CHARGE_NOUNS
            for c in self.children[parent.i]
        )

    def _talks_before_content(self, noun: Token) -> Token | None:
        """ "Kenya and Uganda agreed to lift curbs after talks between their ministers": a
        meeting whose parties are named, which the parser hung by "after" on what was agreed
        or asked, came before the agreeing; the agreeing verb sets its mood."""
        if noun.pos != "NOUN" or noun.dep != "pobj" or noun.head == noun.i:
            return None
        prep = self.tokens[noun.head]
        if prep.text.lower() not in ("after", "following") or prep.head == prep.i:
            return None
        content = self.tokens[prep.head]
        if content.dep != "xcomp" or content.head == content.i or content.i > noun.i:
            return None
        if not any(
            self.tokens[c].text.lower() in ("between", "with") or self.tokens[c].dep == "poss"
            for c in self.children[noun.i]
        ):
            return None
        deed = self.tokens[content.head]
        return deed if deed.tag == "VBD" else None

    def _agenda_item(self, tok: Token) -> bool:
        """ "Tuesday: ASEAN foreign ministers meet in Kuala Lumpur": a line a weekday labels
        whose deed is in the present tense is a diary's plan, not news of a deed done."""
        line = self._line_start(self.ann.sentences[tok.sentence].start)
        label = _AGENDA_LABEL.match(self.article.text, line)
        if label is None or label.group(1).lower() not in WEEKDAYS or label.end() > tok.start:
            return False
        verb = self._clause_head(tok)
        return verb.tag in ("VBZ", "VBP") and not any(
            self.tokens[c].dep in ("aux", "auxpass") for c in self.children[verb.i]
        )

    def _modality(self, tok: Token, rule: Trigger) -> str | None:
        if self._generic_when(tok):
            return None  # "said that when China and the US cooperated, both gained": no event
        if self._issued_in(tok):
            return "actual"  # "agreed to observe the ceasefire, in a joint statement": issued
        if self._disavowed(tok):
            return "intended"  # "has no intention of retracting": a refused intent
        if self._future_time_clause(tok):
            # "would visit ... when the president travels to Hiroshima": the present of a
            # time clause under a future or conditional act is that act's mood
            head = self.tokens[tok.head]
            mood = self._modality(head, rule) if head.pos in ("VERB", "AUX") else None
            if mood in ("intended", "hypothetical"):
                return mood
        setting = None
        if rule.type == "CONSULT":
            setting = self._setting_carrier(tok) or self._talks_before_content(tok)
        if setting is not None:  # "sought X's pledge ... during talks with Y": talks held,
            # unless the deed they are the setting of is to come
            auxes = {self.tokens[c].text.lower() for c in self.children[setting.i]}
            if auxes & _HYPOTHETICAL:
                return "hypothetical"
            return "intended" if auxes & _FUTURE else "actual"
        chain = [tok]
        current = tok
        if tok.pos in ("NOUN", "PROPN"):  # "agreed to hold a summit": the carrier verb's
            current = self._speech_contact(tok) or self._clause_head(tok)
            if self._set_off_contact(tok):  # "urged X to withdraw ..., in their call"
                while current.dep == "xcomp" and current.head != current.i:
                    current = self.tokens[current.head]
            if current is not tok:
                chain.append(current)
        while True:
            # "has taken the decision to expel X": told as "decided to expel X"
            taken = self._taken_decision(current)
            if taken is not None:
                current = taken
            elif self._second_report(current) is not None:
                break  # "demanded that X retract it and warned that ...": a saying of its own
            elif (
                current.dep in ("xcomp", "ccomp", "conj", "acomp") or self._infinitive(current)
            ) and current.head != current.i:
                current = self.tokens[current.head]
            else:
                break
            chain.append(current)
        if self._made_known_intent(chain[-1]):
            return "intended"  # "notified Congress of his intention to lift X": announced
        if self._content_of_a_plan(chain[-1]):
            return None  # "an agreement to restore relations", "a plan to attack": not done
        # "pledged $500 million in aid": promised, not yet given; a promised retaliation
        # is a threat made the day it is said
        if tok.lemma.lower() in ("pledge", "promise") and rule.type not in ("AGREE", "THREATEN"):
            return "intended"
        if rule.type == "AID" and self._pledged_gift(chain):
            return "intended"  # "pledged to give Kenya 80 million pounds": aid promised
        if any(  # "regretted that X had sided with Y": the regret is the event (ACCUSE)
            parent.lemma.lower() in _REGRETS and chain[n].dep == "ccomp"
            for n, parent in enumerate(chain[1:])
        ):
            return None
        if (
            rule.type == "AGREE"
            and len(chain) > 1
            and tok.dep == "xcomp"
            and any(t.type == "REJECT" for t in self._senses(chain[1].i))
        ):
            return None  # "refused to accept the proposal": the refusal (REJECT) is the event
        if rule.type == "AGREE" and any(
            self.tokens[c].dep == "xcomp"
            and any(t.type == "SANCTION" for t in self._senses(c))
            and self._proposed_own_measure(tok, [self.tokens[c], tok])
            for c in self.children[tok.i]
        ):
            return None  # "proposed severing ties with X": the measure is the event
        if rule.type != "AGREE":
            for parent in chain[1:]:
                if (
                    parent.pos in ("VERB", "ADJ")
                    and (
                        any(  # the senses that hold: "called X to convey support" is a call
                            t.type in ("AGREE", "REQUEST", "THREATEN", "REJECT")
                            for t in self._senses(parent.i)
                        )
                        or parent.lemma.lower() in _SIGNING
                    )
                    and (
                        chain[chain.index(parent) - 1].dep in ("xcomp", "ccomp")
                        or self._infinitive(chain[chain.index(parent) - 1])
                    )
                ):
                    if self._charge_then_denied(parent, chain[chain.index(parent) - 1]):
                        continue  # "accused X of Y, a charge X denied": the charge is told
                    if rule.mode == "censor" and parent.lemma.lower() in _ORDERING:
                        continue  # "ordered the paper to suspend publication": the order is it
                    if parent.lemma.lower() == "tell" and self._told_no_demand(parent, rule):
                        continue  # "told Xi that Australia adhered to ...": speech
                    if rule.type == "SANCTION" and self._ordered_out(parent):
                        continue  # "ordered China to close its consulate": the closure
                    if rule.type == "SANCTION" and self._proposed_own_measure(parent, chain):
                        return "intended"  # "proposed cutting ties with X": the cut, intended
                    if parent.lemma.lower() in _ORDERING and self._own_official_ordered(parent):
                        continue  # "ordered his trade minister to raise tariffs": the order
                    if rule.type == "SANCTION" and self._own_people_warned(parent):
                        continue  # "told its citizens not to travel to X": the warning is it
                    if rule.type == "SANCTION" and rule.negative and rule.mode == "expel":
                        continue  # "told X not to send back its ambassador": the bar is it
                    if rule.type == "SUPPORT" and any(
                        t.type == "AGREE" and self._carried_by_its_noun(parent, t)
                        for t in self._senses(parent.i)
                    ):
                        return "intended"  # "ready to extend support": the support pledged
                    return None  # what is promised, asked, threatened or refused: not done
        for t in chain:
            for c in self.children[t.i]:
                child = self.tokens[c]
                if child.dep == "mark" and child.text.lower() in ("if", "unless"):
                    return "hypothetical"
                if child.dep == "aux" and child.text.lower() in _HYPOTHETICAL:
                    if (
                        child.text.lower() == "would"
                        and self._under_speech(tok)
                        and not self._conditional(t)
                    ):
                        return "intended"  # "said it would withdraw": the reported "will"
                    return "hypothetical"
        for t in chain:
            for c in self.children[t.i]:
                child = self.tokens[c]
                if child.dep == "aux" and child.text.lower() in _FUTURE:
                    return "intended"
            if t is not tok and t.lemma.lower() in _INTENT_HEADS and self._intends(t):
                return "intended"
        return "actual"

    def _intends(self, head: Token) -> bool:
        """Whether an intent head tells an intent here: "set", "look" and "go" only with
        their "to" ("is set to visit", "looks to sign"), not "set out its position in a
        call", "looked into the matter"."""
        if head.lemma.lower() not in ("set", "look", "go"):
            return True
        return any(self.tokens[c].dep == "xcomp" for c in self.children[head.i])

    def _set_off_contact(self, noun: Token) -> bool:
        """A meeting or call set off by a comma as where a deed was done: "urged Putin to
        withdraw his weapons from the plant, in their first phone call since May" is a call
        held, the setting of the demand, not part of what was demanded ("urged Putin to
        hold talks in Doha")."""
        if noun.dep != "pobj" or noun.head == noun.i:
            return False
        prep = self.tokens[noun.head]
        if (  # "agreed to ..., in four hours of talks at ...": the talks' span
            prep.text.lower() == "of"
            and prep.head != prep.i
            and self.tokens[prep.head].lemma.lower() in _CONTACT_SPANS
            and self.tokens[prep.head].dep == "pobj"
        ):
            prep = self.tokens[self.tokens[prep.head].head]
        setting = ("in", "during", "at", "over")
        if prep.text.lower() not in (*setting, "after") or prep.i == 0:
            return False
        if not any(t.type == "CONSULT" for t in self._senses(noun.i)):
            return False
        if prep.text.lower() == "after":  # "agreed to ..., after talks in X": held before it
            return self.tokens[prep.i - 1].text == ","
        if self.tokens[prep.i - 1].text in (",", '"', "”"):
            return True  # (or after a quotation: "urged X to 'stop it' during a visit")
        # "pledged to work together ... at their first summit": the doers' own meeting,
        # unless one to come ("agreed to discuss it at their next summit")
        kids = [self.tokens[c] for c in self.children[noun.i]]
        return any(k.dep == "poss" and k.text.lower() == "their" for k in kids) and not any(
            k.lemma.lower() in _COMING for k in kids
        )

    def _issued_in(self, tok: Token) -> bool:
        """A document a statement was made in ("agreed ..., in a rare joint statement
        issued by the two armies"): issued, whatever the clause it hangs on says."""
        if tok.lemma.lower() not in _DOCUMENTS or tok.dep != "pobj" or tok.head == tok.i:
            return False
        return self.tokens[tok.head].text.lower() in ("in", "through", "via")

    def _generic_when(self, tok: Token) -> bool:
        """A "when" clause of reported speech whose main clause is a general truth with no
        act of its own ("Xi said that when China and the US cooperated, both countries and
        the world benefited"): a generalisation, not an event. Only a main verb of faring
        ("benefit", "suffer", "gain", "lose", "win") makes it one."""
        if tok.dep != "advcl" or tok.head == tok.i:
            return False
        if not any(
            self.tokens[c].dep == "advmod" and self.tokens[c].text.lower() in ("when", "whenever")
            for c in self.children[tok.i]
        ):
            return False
        main = self.tokens[tok.head]
        return main.lemma.lower() in _FARING and self._speech_verb(main) is not None

    def _future_time_clause(self, tok: Token) -> bool:
        """A present-tense verb of a "when"/"once"/"before"/"after"/"until" clause."""
        return (
            tok.dep == "advcl"
            and tok.head != tok.i
            and tok.tag in ("VBZ", "VBP")
            and any(
                self.tokens[c].dep in ("mark", "advmod")
                and self.tokens[c].text.lower() in _TIME_MARKS
                for c in self.children[tok.i]
            )
        )

    def _stated_as_condition(self, tok: Token) -> bool:
        """A deed told as the condition of another ("would respond if NATO sent troops",
        "stays frozen as long as protesters are allowed to demonstrate", "unless Moscow
        withdraws"): what would bring something about, not an event the story reports."""
        current = tok
        if tok.pos in ("NOUN", "PROPN"):  # "unless it holds talks": the verb carrying it
            if tok.dep not in ("dobj", "nsubj", "nsubjpass") or tok.head == tok.i:
                return False  # (a phrase the parser hung there, "during a call", is not)
            current = self.tokens[tok.head]
        for _ in range(4):
            for c in self.children[current.i]:
                child = self.tokens[c]
                if child.dep != "mark" or current.dep != "advcl":
                    continue
                word = child.text.lower()
                if word in ("if", "unless") or (word == "as" and self._as_long_as(child)):
                    return True
            if self._inverted_condition(current):
                return True
            if current.dep not in ("xcomp", "conj") or current.head == current.i:
                return False
            current = self.tokens[current.head]
        return False

    def _inverted_condition(self, verb: Token) -> bool:
        """ "Should Hanoi expel the envoy, Beijing would ...", "Were Quito to close the
        port, ...": a clause opened by "should" or "were" before its subject, with a
        "would" or "will" after it, is an "if" clause told the other way round."""
        kids = [self.tokens[c] for c in self.children[verb.i]]
        subjects = [k.i for k in kids if k.dep in ("nsubj", "nsubjpass")]
        opener = next((k for k in kids if k.dep == "aux" and k.text.lower() == "should"), None)
        if opener is None and verb.head != verb.i:  # "Were X to close": "were" heads it
            head = self.tokens[verb.head]
            if head.text.lower() == "were" and head.i < verb.i and self._to_clause(verb):
                opener = head
                subjects = [
                    self.tokens[c].i
                    for c in self.children[head.i]
                    if self.tokens[c].dep in ("nsubj", "nsubjpass")
                ] or subjects
        if opener is None or not subjects or opener.i > min(subjects):
            return False
        sentence = self.ann.sentences[opener.sentence]
        before = self.tokens[opener.i - 1].text if opener.i > sentence.first else ""
        if before not in ("", ",", ";", ":", "that", '"', "\u201c"):
            return False  # "said Hanoi should expel the envoy": a demand, not a condition
        return any(
            t.dep == "aux" and t.text.lower() in ("would", "will", "'ll", "could")
            for t in self.tokens[verb.i + 1 : sentence.last]
        )

    def _as_long_as(self, mark: Token) -> bool:
        """The "as" of "as long as" (parsed as a mark after "as long")."""
        before = self.tokens[max(0, mark.i - 2) : mark.i]
        return [t.text.lower() for t in before] == ["as", "long"]

    def _conditional(self, tok: Token) -> bool:
        """Whether a condition hangs on the clause: "would respond if Russia attacked",
        "should Russia attack, would respond"."""
        return any(
            self.tokens[c].dep == "advcl"
            and (self._if_clause(self.tokens[c]) or self._inverted_condition(self.tokens[c]))
            for c in self.children[tok.i]
        )

    def _if_clause(self, clause: Token) -> bool:
        """An adverbial clause opened by "if" or "unless", or "were X to attack" (the verb
        hung on the leading "were"): a condition, for ``_conditional`` and the extractor's
        ``_conditioned``."""
        kids = [self.tokens[g] for g in self.children[clause.i]]
        return any(k.dep == "mark" and k.text.lower() in ("if", "unless") for k in kids) or any(
            self._inverted_condition(k) for k in kids if k.dep in ("advcl", "xcomp")
        )

    def _dated_noun(self, tok: Token) -> bool:
        """A noun trigger that carries an earlier year: "the 1998 joint declaration"; and a
        participle on such a noun ("the 2015 deal signed in Vienna on July 14 by ...")."""
        reference = self.story_date.day if self.story_date else self.written
        if tok.pos == "VERB" and tok.dep == "acl" and tok.tag == "VBN" and tok.head != tok.i:
            tok = self.tokens[tok.head]
        if tok.pos != "NOUN" or reference is None:
            return False
        return any(
            re.fullmatch(r"(19|20)\d\d", self.tokens[c].text) is not None
            and int(self.tokens[c].text) < reference.year
            for c in self.children[tok.i]
        )

    def _perfect_background(self, tok: Token, sentence, dated: bool) -> bool:
        """An act told in the perfect with no day of its own is background: "had accused",
        "has hosted ... talks"; not when a speaker reports it ("said he had proposed"),
        not in the lead's present perfect ("France has recalled its ambassador"), not when
        the sentence dates it ("had ended ties on Sunday", "hours earlier")."""
        if dated or self.article.published is None or self._under_speech(tok):
            return False  # (without the story's date, news and background look alike)
        verb = self._clause_head(tok)
        auxes = {
            self.tokens[c].text.lower()
            for c in self.children[verb.i]
            if self.tokens[c].dep == "aux"
        }
        if verb.tag != "VBN" and not (verb.tag == "VBG" and "been" in auxes):
            return False
        text = self.article.text[sentence.start : sentence.end]
        if _RECENT.search(text):
            return False
        if "had" in auxes:
            return True
        return bool(auxes & {"has", "have", "'ve"}) and not self._in_lead(sentence)

    def _in_lead(self, sentence) -> bool:
        """Whether a sentence opens the story, or opens a section under a heading line (a
        live blog's entry, "Exchange completed"): the first sentences under a heading tell
        that entry's news as a lead does."""
        if sentence.index < _LEAD_SENTENCES - 1:
            return True
        # (a heading on the story's first line opens no entry: the lead counts from it)
        before = self.ann.sentences[max(sentence.index - 2, 1) : sentence.index]
        return any(is_heading(self.article.text, s) for s in before)

    def _addressed_to_reader(self, tok: Token) -> bool:
        """A clause in the imperative that opens its sentence ("Welcome to our coverage",
        "Follow our live updates"): the writer speaks to the reader, no side acts."""
        verb = self._clause_head(tok)
        first = self.ann.sentences[verb.sentence].first
        return (
            verb.dep == "ROOT"
            and verb.tag in ("VB", "VBP")  # the tagger reads a bare "Welcome" as either
            and all(t.pos in ("PUNCT", "INTJ") for t in self.tokens[first : verb.i])
            and not any(
                self.tokens[c].dep in ("nsubj", "nsubjpass", "aux", "expl")
                for c in self.children[verb.i]
            )
        )

    def _standing(self, tok: Token, sentence, dated: bool) -> bool:
        """A verb in the simple present, past the lead, undated and not reported, states a
        standing practice or position, not news ("China buys Brazil's soybeans")."""
        if dated or self.article.published is None or self._in_lead(sentence):
            return False
        if tok.pos != "VERB" or tok.tag not in ("VBZ", "VBP") or self._under_speech(tok):
            return False
        if tok.lemma.lower() in _PERFORMATIVE:
            return False  # a statement's own words: "The Ministry calls on X to ..."
        return not any(self.tokens[c].dep in ("aux", "auxpass") for c in self.children[tok.i])

    def _under_speech(self, tok: Token) -> bool:
        """Whether the clause of ``tok`` is what someone said ("X said it had ...", or a
        turn of a transcript: "Lin Jian: China firmly opposes ...")."""
        return self._speech_verb(tok) is not None or tok.sentence in self.turns

    def _turns(self) -> dict[int, Token | None]:
        """The sentences of a transcript's turns ("LIN JIAN: We urge ...", "A: ..."): each
        sentence of a paragraph that opens with a speaker's label, with the label's last
        word (None for an unnamed answerer, "A:"). A question's paragraph ("Q:", "Reuters:
        ... Do you have any comment?") is no turn: a reporter's words state nothing for a
        side."""
        turns: dict[int, Token | None] = {}
        text = self.article.text
        paragraphs = self._paragraph_sentences()
        going: Token | None = None  # the named speaker whose turn may run on
        for paragraph in paragraphs:
            if text[paragraph[-1].start : paragraph[-1].end].rstrip().endswith("?"):
                going = None
                continue
            speaking, label = self._turn_label(paragraph[0], len(paragraph) > 1)
            if speaking:
                going = label
            elif self._labelled(paragraph[0]):
                going = None  # another's label ("Question (Reuters): ...")
            elif going is not None:
                # a turn runs on over paragraphs of no label ("Second, India has sent ...")
                speaking, label = True, going
            elif (post := self.posts.get(paragraph[0].index)) is not None:
                # a post quoted in the story, signed on the line below it, is its author's
                speaking, label = True, post.signer
            if speaking:
                turns.update((s.index, label) for s in paragraph)
        if (author := self._author()) is not None:
            # an opinion piece a minister signs: its narration is the minister's own voice
            # ("On Monday I travelled to Hanoi"), its quotations others'
            for sentence in self.ann.sentences:
                if not _QUOTES.intersection(text[sentence.start : sentence.end]):
                    turns.setdefault(sentence.index, author)
        return turns

    def _labelled(self, sentence) -> bool:
        """Whether a sentence opens with a label of a few words and a colon."""
        words = [t for t in self.tokens[sentence.first : sentence.last] if t.pos != "SPACE"]
        return any(t.text == ":" for t in words[:_LABEL_REACH])

    def _author(self) -> Token | None:
        """The office-holder an opinion piece's note names as its author ("The author is
        Poland's foreign minister."): the head of that phrase, when it is a serving
        official of a state (not "a former ambassador", not a think tank's fellow)."""
        for sentence in self.ann.sentences:
            line = self.article.text[sentence.start : sentence.end]
            if not (m := _AUTHOR_NOTE.match(line)) or "former" in line.lower():
                continue
            heads = [
                t
                for t in self.tokens[sentence.first : sentence.last]
                if t.start >= sentence.start + m.end() and t.dep == "attr"
            ]
            found = self._np_actors(heads[0]) if heads else []
            if len(found) == 1 and found[0].country and found[0].sector == "GOV":
                return heads[0]
        return None

    def _paragraph_sentences(self) -> list[list[Sentence]]:
        """The sentences of each paragraph (a line break between two sentences parts them)."""
        paragraphs: list[list[Sentence]] = []
        for sentence in self.ann.sentences:
            if not paragraphs or "\n" in self.article.text[paragraphs[-1][-1].end : sentence.start]:
                paragraphs.append([])
            paragraphs[-1].append(sentence)
        return paragraphs

    def _posts(self) -> dict[int, _Post]:
        """The posts quoted in the story, by each of their sentences: a paragraph signed on
        the line below it ("— Jane Doe (@janedoe) May 3, 2026") is its signer's turn, and
        what it tells undated, or dates "this evening", it tells of the day posted."""
        posts: dict[int, _Post] = {}
        for paragraph, below in itertools.pairwise(self._paragraph_sentences()):
            signer = self._signature(below)
            if signer is None:
                continue
            line = self.article.text[below[0].start : below[-1].end]
            days = [w.day for w in find_dates(line, self.written) if w.precision == "day"]
            post = _Post(signer, days[0] if days else None)
            posts.update((s.index, post) for s in paragraph)
        return posts

    def _posted_on(self, sentence) -> date | None:
        """The day a quoted post's sentence was posted, if its signature dates it."""
        post = self.posts.get(sentence.index)
        return post.day if post is not None else None

    def _signature(self, paragraph: list[Sentence]) -> Token | None:
        """The last word of the name a paragraph signs the post above it with ("— Jane
        Doe (@janedoe) May 3, 2026"), or None when it signs none."""
        start, end = paragraph[0].start, paragraph[-1].end
        line = self.article.text[start:end]
        m = _POST_SIGNATURE.match(line)
        if m is None or "\n" in line or not _HANDLE.search(line):
            return None
        last = start + m.end("name")
        words = [t for t in self.tokens[paragraph[0].first : paragraph[-1].last] if t.end == last]
        return words[0] if words else None

    def _turn_label(self, sentence, more: bool) -> tuple[bool, Token | None]:
        """Whether a paragraph's first sentence opens with a speaker's label, and the
        label's last word (None for an answerer's bare "A"); the label may be a sentence
        of its own when ``more`` sentences follow it ("MAO NING:" "Good afternoon.")."""
        tokens = [t for t in self.tokens[sentence.first : sentence.last] if t.pos != "SPACE"]
        colon = next((k for k, t in enumerate(tokens[:_LABEL_REACH]) if t.text == ":"), 0)
        label = tokens[:colon]
        if "," in (t.text for t in label[:-1]):  # the title before the name is no label
            label = label[[t.text for t in label].index(",") + 1 :]
        if len(label) > _LABEL_WORDS:
            return False, None
        if not label or (colon + 1 >= len(tokens) and not more):
            return False, None
        words = [t.text.rstrip(".").lower() for t in label]
        if words in (["a"], ["answer"]):
            return True, None
        named = all(
            t.text.rstrip(".").isalpha() and (t.text.isupper() or t.tag == "NNP") for t in label
        )
        if not named or any(w in _NOT_SPEAKERS or w in _PRESENTERS for w in words):
            return False, None  # (a presenter's or reporter's turn tells the news as a story)
        return True, label[-1]

    def _owned_resolve(self, verb: Token, nouns: frozenset[str]) -> Token | None:
        """The noun of ``nouns`` whose "to" infinitive ``verb`` is, when a possessive
        pronoun owns it ("his intention to rescind X", "its decision to expel Y")."""
        noun = self._infinitive_noun(verb)
        if (
            noun is None
            or noun.lemma.lower() not in nouns
            or not any(
                self.tokens[c].dep == "poss" and self.tokens[c].text.lower() in _OWNING_PRONOUNS
                for c in self.children[noun.i]
            )
        ):
            return None
        return noun

    def _made_known_intent(self, verb: Token) -> bool:
        """The "to ..." of one's own intention or decision that a verb of telling makes
        known and no trigger codes ("informed parliament of her intention to lift the
        sanctions", "notified Congress of his decision to ..."): the act, as intended."""
        noun = self._owned_resolve(verb, _MADE_KNOWN)
        if noun is None or self._senses(noun.i):
            return False
        up = noun
        for _ in range(3):  # "of his intention" on the verb or on its object ("parliament")
            if up.dep not in ("pobj", "prep", "dobj") or up.head == up.i:
                return False
            up = self.tokens[up.head]
            if up.pos == "VERB":
                return up.lemma.lower() in _TELLING
        return False

    def _content_of_a_plan(self, verb: Token) -> bool:
        """Whether ``verb`` is the "to ..." of a noun that promises, asks for, threatens or
        plans it ("an agreement to restore ties", "calls to withdraw", "plans to invade")."""
        noun = self._infinitive_noun(verb)
        if noun is None:
            return False
        return noun.lemma.lower() in _PLAN_NOUNS or any(
            t.type in ("AGREE", "REQUEST", "THREATEN", "REJECT")
            for t in self.lex.triggers_for(noun.lemma.lower(), "NOUN")
        )

    def _habitual(self, tok: Token) -> bool:
        """A repeated or standing practice: "repeatedly", "multiple times", "regularly",
        "has long sought", "held talks over the past two years"."""
        head = self._clause_head(tok)
        near = [*self.children[head.i]]
        for c in self.children[head.i]:
            near += self.children[c]
        # the written word, not the lemma: "times" lemmatises to "time" ("at the time")
        if any(self.tokens[i].text.lower() in _HABITUAL for i in near):
            return True
        for c in self.children[head.i]:
            child = self.tokens[c]
            if child.dep == "advmod" and child.text.lower() == "long":
                return True  # "which Kyiv has long requested"
            if child.dep == "prep" and child.text.lower() in _SPAN_PREPS:
                for g in self.children[c]:  # "over the past two years", "in recent months"
                    span = self.tokens[g]
                    if span.lemma.lower() in _LONG_SPANS and any(
                        self.tokens[k].text.lower() in ("past", "last", "recent")
                        for k in self.children[g]
                    ):
                        return True
        return self._for_long(head)

    def _for_long(self, head: Token) -> bool:
        """ "For decades the Gulf states looked to Washington and sold their oil to the
        West": a practice of years gone by (simple past), not a deed of the story's day. A
        fronted "for ..." dates the verbs joined to its own too. (What "has been providing
        aid for years" tells runs on to the present and may hold the news.)"""
        if head.tag != "VBD":
            return False
        verbs = [head]
        if head.dep == "conj" and head.head != head.i:
            verbs.append(self.tokens[head.head])
        for verb in verbs:
            for c in self.children[verb.i]:
                prep = self.tokens[c]
                if prep.dep != "prep" or prep.text.lower() != "for":
                    continue
                if verb is not head and prep.i > verb.i:
                    continue  # "looked to X for decades and sold ...": only its own verb
                if any(
                    self.tokens[g].dep == "pobj"
                    and self.tokens[g].tag == "NNS"
                    and self.tokens[g].lemma.lower() in _LONG_SPANS
                    for g in self.children[c]
                ):
                    return True
        return False

    def _background_clause(self, tok: Token) -> bool:
        """An act told as the time since which something holds ("the first meeting since
        Russia invaded Ukraine") or as the terms of an agreement ("under the deal, X will
        withdraw ..."; "it foresees the start of talks"): background, not news. Not the
        document's own signing the phrase names ("will offer X under a treaty signed on
        Friday by A and B"): that is not among the terms."""
        signed = tok.dep == "acl" and tok.tag == "VBN"  # the participle on the document
        current = tok
        for _ in range(8):
            kids = [self.tokens[c] for c in self.children[current.i]]
            if current.dep == "advcl" and any(
                k.dep == "mark" and k.text.lower() == "since" for k in kids
            ):
                return True
            if self._circumstance(current, kids):
                return True
            for k in kids:
                # (not "freed five detainees on Monday under a deal": a deed done on its day)
                if (
                    k.dep == "prep"
                    and k.text.lower() == "under"
                    and not (signed and tok.head in self.children[k.i])
                    and not self._done_on_a_day(current, k)
                ):
                    terms = [self.tokens[g] for g in self.children[k.i]]
                    if any(g.lemma.lower() in _AGREEMENTS for g in terms):
                        return True
            if current.pos == "NOUN" and current.dep in ("dobj", "conj"):
                carrier = self.tokens[current.head]
                if carrier.pos == "VERB" and carrier.lemma.lower() in _STIPULATE:
                    return True  # "foresees the release of prisoners and the start of talks"
            if current.head == current.i:
                return False
            current = self.tokens[current.head]
        return False

    def _done_on_a_day(self, verb: Token, besides: Token) -> bool:
        """A deed told in the past with a date of its own ("freed five detainees on Monday
        under a deal"), not counting the date of the phrase ``besides`` ("under the 2015
        deal")."""
        if verb.tag != "VBD":
            return False
        return any(
            self.tokens[i].ent == "DATE"
            for c in self.children[verb.i]
            if c != besides.i and self.tokens[c].dep in ("prep", "npadvmod")
            for i in self._subtree(c)
        )

    def _circumstance(self, clause: Token, kids: list[Token]) -> bool:
        """A progressive "as" clause on "came" or "took place" ("the meeting came as Russian
        forces were retreating from ..."): the setting of the news, not news."""
        if clause.dep != "advcl" or clause.tag != "VBG" or clause.head == clause.i:
            return False
        if not any(k.dep == "mark" and k.text.lower() in ("as", "while") for k in kids):
            return False
        return self.tokens[clause.head].lemma.lower() in _SETTING_VERBS

    def _infinitive(self, tok: Token) -> bool:
        """ "(called on China) to release ...": a "to" clause hung on the verb as advcl."""
        return tok.dep == "advcl" and self._marked_to(tok)

    def _negated(self, tok: Token) -> bool:
        if self._disavowed(tok):
            return True
        if (  # "left without signing the deal": not done
            tok.dep == "pcomp"
            and tok.head != tok.i
            and self.tokens[tok.head].text.lower() == "without"
        ):
            return True
        if self._not_held(tok):
            return True  # "a planned meeting did not take place", "the talks were cancelled"
        if self._none_of_it(tok):
            return True  # "no deal was reached", "signed no agreement"
        current = tok
        if (tok.pos == "NOUN" and tok.dep in ("dobj", "nsubjpass")) or tok.pos == "ADP":
            # "failed to reach agreement", "was not behind the attack": the carrier's
            current = self.tokens[tok.head]
        if (taken := self._taken_decision(tok)) is not None:
            if any(  # "took no decision to expel X"
                self.tokens[c].text.lower() == "no" for c in self.children[tok.head]
            ):
                return True
            current = taken  # "has not taken any decision to expel X": the light verb's
        for _ in range(3):
            if any(self.tokens[c].dep == "neg" for c in self.children[current.i]):
                return True
            if current.dep not in ("xcomp", "acomp") or current.head == current.i:
                return False
            current = self.tokens[current.head]
            if current.lemma.lower() in _FAIL:
                return True  # "failed to reach agreement", "failed to agree"
        return False

    def _none_of_it(self, tok: Token) -> bool:
        """The act's object (or the trigger noun as one) is quantified by "no": "no accord
        was signed", "the talks produced no agreement", "reached no deal": none was made."""
        if tok.pos == "NOUN":
            objects = [tok] if tok.dep in ("dobj", "nsubjpass") else []
        else:
            objects = [
                self.tokens[c]
                for c in self.children[tok.i]
                if self.tokens[c].dep in ("dobj", "nsubjpass")
            ]
        return any(
            self.tokens[c].dep == "det" and self.tokens[c].text.lower() == "no"
            for o in objects
            for c in self.children[o.i]
        )

    def _not_held(self, tok: Token) -> bool:
        """An event noun whose verb says it never happened: "the planned meeting did not
        take place", "the visit did not happen"."""
        if tok.pos != "NOUN" or tok.head == tok.i:
            return False
        verb = self.tokens[tok.head]
        kids = [self.tokens[c] for c in self.children[verb.i]]
        if tok.dep != "nsubj" or verb.lemma.lower() not in _OCCURRING:
            return False
        if verb.lemma.lower() == "take" and not any(k.lemma.lower() == "place" for k in kids):
            return False  # "the talks took two days" says nothing of whether they were held
        return any(k.dep == "neg" for k in kids)

    def _disavowed(self, tok: Token) -> bool:
        """ "had no intention of withdrawing", "has no plans to visit": an act a side says
        it does not mean to do, negated like "will not withdraw"."""
        return self._disavowing(tok) is not None

    def _disavowing(self, tok: Token) -> Token | None:
        """The verb that carries the disavowed intent ("has" in "has no plans to visit")."""
        if tok.pos != "VERB" or tok.dep not in ("pcomp", "acl") or tok.head == tok.i:
            return None
        noun = self.tokens[tok.head]
        if tok.dep == "pcomp":
            if noun.text.lower() != "of" or noun.head == noun.i:
                return None
            noun = self.tokens[noun.head]
        if noun.pos != "NOUN" or noun.lemma.lower() not in _INTENT_NOUNS or noun.head == noun.i:
            return None
        if not any(
            self.tokens[c].dep == "det" and self.tokens[c].text.lower() == "no"
            for c in self.children[noun.i]
        ):
            return None
        carrier = self.tokens[noun.head]
        return carrier if carrier.pos in ("VERB", "AUX") and noun.dep == "dobj" else None

    def _failed(self, tok: Token) -> bool:
        """ "failed to agree", "failed to reach agreement": the trigger (or the verb carrying
        it) is the "to" clause of "fail"."""
        current = self.tokens[tok.head] if tok.pos == "NOUN" and tok.dep == "dobj" else tok
        return (
            current.dep == "xcomp"
            and current.head != current.i
            and self.tokens[current.head].lemma.lower() in _FAIL
        )

    def _polar_question(self, sentence) -> bool:
        """ "Will Brazil stop buying Chinese steel?", "Could Oslo recall its envoy?": a
        yes-no question (an auxiliary first, a question mark last) asks, and states no
        deed; a wh-question ("Why did Mali expel him?") takes its deed as told."""
        words = [t for t in self.tokens[sentence.first : sentence.last] if t.pos != "SPACE"]
        while words and words[-1].text in ('"', "'", "”", "’", ")"):
            words.pop()
        while words and words[0].pos == "PUNCT":
            words.pop(0)
        return (
            len(words) > 2
            and words[-1].text == "?"
            and words[0].pos == "AUX"
            and words[0].text[:1].isupper()
        )

    def _open_question(self, tok: Token) -> bool:
        """ "without saying when he would receive Trump", "did not say whether she would
        attend": a deed a speaker leaves open (a question clause of a speech verb) is none."""
        verb = tok if tok.pos in ("VERB", "AUX") else self._clause_head(tok)
        while verb.dep == "xcomp" and verb.head != verb.i:  # "whether X planned to visit"
            verb = self.tokens[verb.head]
        if verb.head == verb.i:
            # "(a) whether the Government has held talks with X": a parliamentary question's
            # item, cut by its line from "be pleased to state"
            return any(
                self.tokens[c].text.lower() == "whether" and self.tokens[c].dep == "mark"
                for c in self.children[verb.i]
            )
        if verb.dep == "pcomp" and verb.head != verb.i:  # "pressed on whether X would ..."
            prep = self.tokens[verb.head]
            if prep.dep != "prep" or prep.head == prep.i:
                return False
            if self.tokens[prep.head].lemma.lower() not in _QUESTIONING:
                return False
        elif verb.dep != "ccomp" or verb.head == verb.i:
            return False
        elif self.tokens[verb.head].pos not in ("VERB", "AUX"):
            # "Asked hours later whether ...": the clause hung on the time words, the
            # asking verb among them
            head = self.tokens[verb.head]
            if not any(
                self.tokens[i].lemma.lower() in _QUESTIONING and i < verb.i
                for i in self._subtree(head.i)
            ):
                return False
        elif self.tokens[verb.head].lemma.lower() not in _SPEECH | _DISCLOSE | _QUESTIONING:
            return False
        return any(
            self.tokens[c].text.lower() in _QUESTION_WORDS
            and self.tokens[c].dep in ("advmod", "mark")
            for c in self.children[verb.i]
        )

    def _consult_mode(
        self, tok: Token, sentence, mode: str | None, medium: str | None, found: _Found
    ) -> tuple[str | None, str | None]:
        words = {t.lemma.lower() for t in self.tokens[sentence.first : sentence.last]}
        words |= {t.text.lower() for t in self.tokens[sentence.first : sentence.last]}
        if not any(  # "agreed at a meeting to set up a hotline": what they set up, unless
            t.lemma.lower() == "hotline"  # they spoke "over the hotline (mechanism)"
            and "pobj" in (t.dep, self.tokens[t.head].dep if t.dep == "compound" else "")
            for t in self.tokens[sentence.first : sentence.last]
        ):
            words.discard("hotline")
        if words & _LOCAL_REMOTE_WORDS:
            words -= _LOCAL_REMOTE_WORDS - self._meeting_words(tok)
        if mode == "visit" and words & _CARRIED_WORDS:
            # "received in Rabat the minister of X, who carried a message from his president":
            # a guest received in person, whatever he brought
            words -= _CARRIED_WORDS - self._meeting_words(tok)
        if mode in (None, "multilateral") or medium in (None, "in_person"):
            for word, (remote_mode, remote_medium) in _REMOTE_WORDS.items():
                if word in words and (mode is None or medium in (None, "in_person")):
                    return remote_mode, remote_medium
        if mode is None and len(found.countries) > 2:
            return "multilateral", medium or "in_person"
        return mode, medium or ("in_person" if mode in (None, "visit", "multilateral") else None)

    def _meeting_words(self, tok: Token) -> set[str]:
        """The meeting's own words: those a few steps below the trigger, or below the light
        verb of a meeting noun ("held talks online"), not in another clause ("met X, and
        photos were posted online")."""
        roots = [tok]
        if tok.pos == "NOUN" and tok.head != tok.i and tok.dep in ("dobj", "pobj", "nsubjpass"):
            up = self.tokens[tok.head]
            if up.pos == "ADP" and up.head != up.i:  # "took part in an online summit"
                up = self.tokens[up.head]
            roots.append(up)
        words: set[str] = set()
        frontier = [(r.i, 0) for r in roots]
        while frontier:
            i, depth = frontier.pop()
            words |= {self.tokens[i].text.lower(), self.tokens[i].lemma.lower()}
            if depth < 3:
                frontier += [
                    (c, depth + 1)
                    for c in self.children[i]
                    if self.tokens[c].dep not in _OTHER_CLAUSE
                ]
        return words

    def _location(self, tok: Token, sentence, mode: str | None, found: _Found) -> Location:
        if mode == "phone" or found.rule.type not in _PLACED_TYPES:
            return Location()
        anchors = {tok.i}
        if tok.head != tok.i:
            anchors.add(tok.head)  # "held talks in Beijing": the place hangs on the verb
        if found.rule.type == "CONSULT":
            anchors |= self._arrival(tok)
            if tok.pos == "NOUN":  # "held three hours of talks on the sidelines of ..."
                anchors.add(self._clause_head(tok).i)
            anchors |= self._met_party(anchors)
            anchors |= self._taking_place(tok)
        where = self._where_place(tok)
        if where is not None:
            return where
        venues = self._venues(anchors)
        anchors |= venues
        country: Location | None = None  # "arrived in Kazakhstan ... in the Kazakh capital"
        for t in self.tokens[sentence.first : sentence.last]:
            if t.dep != "pobj" or t.head == t.i:
                continue
            prep = self.tokens[t.head]
            word = prep.text.lower()
            if word not in ("in", "at", "outside", "near") or prep.head not in anchors:
                continue
            if word in ("outside", "near") and prep.head not in venues:
                continue  # "at a dacha outside Moscow": a venue's own town only
            named = self._town_of(t)
            if named is not None:  # "in the Chinese port city of Dalian": the town named
                t = named
            text = self._words_to_head(t)
            for candidate in (text, t.text):  # "Nur-Sultan" whole, not its last token
                state = self.x.kb.state_by_place(candidate)
                if state is not None and self.x.kb.state_by_name(candidate) is None:
                    return Location(candidate.removeprefix("the "), state.iso3)
                if state is not None:  # a whole country: a town named later says more
                    country = country or Location(candidate.removeprefix("the "), state.iso3)
            state = self.x.kb.state_by_name(t.text)
            if state is not None and mode != "visit":
                country = country or Location(state.name, state.iso3)
            capital = self._capital_of(t)
            if capital is not None:  # "in the Russian capital", "in the Chinese capital"
                town = self._dateline_town()  # "DUSHANBE -- ... in the Tajik capital"
                if town is not None and town.country == capital:
                    return town
                return Location(text.removeprefix("the "), capital)
            region = self._region_of(t)
            if region is not None:  # "in Russia's Far East", "in China's Xinjiang region"
                country = country or Location(text.removeprefix("the "), region)
        if country is not None:
            # "NUR-SULTAN -- Xi arrived in Kazakhstan": the dateline's town in that country
            town = self._dateline_town()
            return town if town is not None and town.country == country.country else country
        if mode == "visit" and found.recipients and found.recipients[0].country:
            return Location(None, found.recipients[0].country)
        if found.rule.type == "CONSULT" and any(
            t.lemma.lower() in _SIDELINES for t in self.tokens[sentence.first : sentence.last]
        ):  # "met on the sidelines" of the summit the story has placed
            summit = self._summit_place_before(sentence.first)
            if summit is not None:
                return summit
        if self.article.dateline and found.rule.type == "CONSULT":
            # A meeting reported under a dateline usually took place there.
            state = self.x.kb.state_by_place(self.article.dateline)
            return Location(self.article.dateline, state.iso3 if state else None)
        return Location()

    def _where_place(self, tok: Token) -> Location | None:
        """ "flew on to Lome, where he met X": the town or state a "where" clause hangs on
        (before the dateline's town, which is the story's first stop)."""
        clause = self._clause_head(tok)
        if clause.dep != "relcl" or clause.head == clause.i:
            return None
        if not any(self.tokens[c].text.lower() == "where" for c in self.children[clause.i]):
            return None
        place = self.tokens[clause.head]
        text = self._words_to_head(place)
        state = self.x.kb.state_by_place(text) or self.x.kb.state_by_name(text)
        return Location(text.removeprefix("the "), state.iso3) if state is not None else None

    def _summit_place_before(self, first: int) -> Location | None:
        """The town of the latest summit placed before token ``first`` ("the ASEAN summit
        in Manila", "leaders gathered in Manila for the summit")."""
        found = None
        for t in self.tokens[:first]:
            if t.dep != "pobj" or t.head == t.i or self.tokens[t.head].text.lower() != "in":
                continue
            host = self.tokens[self.tokens[t.head].head]
            summit = host.lemma.lower() in _SUMMIT_NOUNS or (
                host.lemma.lower() in _CONVENING
                and any(
                    self.tokens[g].lemma.lower() in _SUMMIT_NOUNS
                    for c in self.children[host.i]
                    for g in (c, *self.children[c])
                )
            )
            state = self.x.kb.state_by_place(t.text) if summit else None
            if state is not None and self.x.kb.state_by_name(t.text) is None:
                found = Location(t.text, state.iso3)
        return found

    def _met_party(self, anchors: set[int]) -> set[int]:
        """The party met, where the parser hangs the meeting's place: "held talks with
        Zelensky in Kyiv" (the place on "Zelensky", not on "held"), "sat down with his
        Kenyan counterpart, Jane Doe, in Nairobi" (on the title or the name beside it)."""
        met = {
            g
            for a in anchors
            for p in self.children[a]
            if self.tokens[p].dep == "prep" and self.tokens[p].text.lower() == "with"
            for g in self.children[p]
            if self.tokens[g].dep == "pobj" and self.tokens[g].pos in ("PROPN", "NOUN")
        }
        # "a news conference with his counterpart Jane Doe in Lima": the name the parser
        # hung on the meeting noun beside its "with"
        named = {
            c
            for a in anchors
            if any(self.tokens[p].text.lower() == "with" for p in self.children[a])
            for c in self.children[a]
            if self.tokens[c].dep == "appos" and self.tokens[c].pos == "PROPN"
        }
        return (
            met
            | named
            | {c for g in met for c in self.children[g] if self.tokens[c].dep == "appos"}
        )

    def _taking_place(self, tok: Token) -> set[int]:
        """ "a meeting between X and Y, which took place in Thimphu", "talks held in Doha":
        the clause on the meeting noun that tells where it was held."""
        if tok.pos != "NOUN":
            return set()
        return {
            c
            for c in self.children[tok.i]
            if self.tokens[c].dep in ("relcl", "acl")
            and self.tokens[c].lemma.lower() in ("take", "hold")
        }

    def _town_of(self, noun: Token) -> Token | None:
        """ "the Chinese port city of Dalian", "the border town of Tulcan": the town an
        "of" names after a word for a town."""
        if noun.lemma.lower() not in _TOWN_WORDS:
            return None
        towns = (self.tokens[g] for g in self._pobjs(noun, "of"))
        return next((g for g in towns if g.pos == "PROPN"), None)

    def _dateline_town(self) -> Location | None:
        """The town the story is filed from, when it is a town the knowledge base places."""
        dateline = self.article.dateline
        state = self.x.kb.state_by_place(dateline) if dateline else None
        if state is None or self.x.kb.state_by_name(dateline) is not None:
            return None
        return Location(dateline, state.iso3)

    def _arrival(self, tok: Token) -> set[int]:
        """The verb of arriving a meeting is joined to, where its place hangs: "arrived in
        Moscow ... and held a meeting with Putin", "arrived in Kyiv on a visit to meet X"."""
        up, seen = tok, 0
        while up.head != up.i and seen < 5 and up.dep in _ARRIVAL_LINKS:
            up, seen = self.tokens[up.head], seen + 1
            if up.pos == "VERB" and up.lemma.lower() in _ARRIVING:
                return {up.i}
        return set()

    def _capital_of(self, noun: Token) -> str | None:
        """The state whose capital "the <demonym> capital" is."""
        if noun.lemma.lower() != "capital":
            return None
        for c in self.children[noun.i]:
            state = self.x.kb.state_by_demonym(self.tokens[c].text)
            # (the parser takes some demonyms for a name: "the Tajik capital" as compound)
            if self.tokens[c].dep in ("amod", "compound") and state is not None:
                return state.iso3
        return None

    def _region_of(self, noun: Token) -> str | None:
        """The state whose part "<State>'s <region>" names ("Russia's Far East")."""
        for c in self.children[noun.i]:
            child = self.tokens[c]
            state = self.x.kb.state_by_name(child.text) if child.dep == "poss" else None
            if state is not None:
                return state.iso3
        return None

    def _venues(self, anchors: set[int]) -> set[int]:
        """Where a meeting was held, when the place hangs on it: "met at the palace in
        Caracas", "on the sidelines of a meeting of the SCO in Moscow"."""
        venues: set[int] = set()
        todo = [(a, 0) for a in anchors]
        while todo:
            i, depth = todo.pop()
            for p in self.children[i]:
                if self.tokens[p].dep != "prep" or depth > 2:
                    continue
                # "the sidelines of a meeting of the SCO in Moscow": a venue's "of" too
                of_venue = depth > 0 and self.tokens[p].text.lower() == "of"
                for g in self.children[p]:
                    pobj = self.tokens[g]
                    named = self.tokens[p].text.lower() == "at" and pobj.pos == "PROPN"
                    # ("at the Vostochny Cosmodrome in ...": a named place is a venue too)
                    if pobj.dep == "pobj" and (of_venue or named or pobj.lemma.lower() in _VENUES):
                        venues.add(g)
                        todo.append((g, depth + 1))
        return venues

    def _contexts(self, sentence) -> tuple[str, ...]:
        tokens = self.tokens[sentence.first : sentence.last]
        lemmas = {t.lemma.lower() for t in tokens} | {t.text.lower() for t in tokens}
        text = self.article.text[sentence.start : sentence.end].lower()
        found = []
        for context in self.lex.contexts:
            if any((w in lemmas) if " " not in w else (w in text) for w in context.words):
                found.append(context.name)
        return tuple(found)

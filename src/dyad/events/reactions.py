"""Reactions: a state's speaker judging another state or its deed, with no verb of
accusing or praising. A mixin of ``extract._ArticleExtractor``.

News tells most reactions as a verdict on a deed the story told earlier ("the foreign
ministry said the expulsion was deeply regrettable"), as a feeling of the speaker's side
("Tokyo is seriously concerned by ...", "said her country was grateful to Romania"), as
a feeling voiced ("expressed disappointment at Fiji's decision"), as a verb whose object
is the deed ("welcomed the release") or as a refusal of what was asked ("said he would
not apologise"). The polarity comes from ``data/reactions.toml`` (negative: ACCUSE,
positive: SUPPORT, a refusal: REJECT); the target is the other side the judged words
name, else the side whose deed they name, found among the events the story already told.
No target, no event; the speaker's own side's deed is no target.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ..models import Actor, Token
from .common import _WILL_AUX, _Found, _political, _side, _unique
from .lexicon import Trigger

# How many sentences back a judged deed may have been told.
_DEED_SENTENCES = 4
# Verbs that link a subject to a verdict ("was regrettable", "remains a concern").
_COPULAS = frozenset("be remain seem become constitute represent appear prove".split())
# Verbs that link a side to its feeling ("Tokyo is concerned", "felt disappointed").
_FEELING_LINKS = frozenset("be feel remain become get seem".split())
# Auxiliaries of what is not (yet) so: "would be unacceptable", "could be a mistake".
_HEDGES = frozenset("would could might may should 'd".split())
# Prepositions that place, not judge: "the situation in Gaza", "ships near the shoal".
_PLACING = frozenset("in inside near at across around within into from off outside".split())
# Verbs by which a deed is said to bear out a stance: "the ban reflected X's hostile course".
_SHOWING = frozenset("reflect show reveal demonstrate expose confirm".split())
# Verbs that carry a verdict as "X as Y": "branded the seizure as theft", "qualified the
# raid as an interference", "characterised the ban as arbitrary".
_AS_VERDICT = frozenset(
    """brand describe label call see regard view denounce condemn qualify term characterise
    characterize decry""".split()
)
# Refusal verbs that refuse only with their particle: "back down", "take back".
_PHRASAL_REFUSALS = {"back": "down", "take": "back"}
# What a side denies having in a refusal: "has no intention of retracting", "no plans to".
_INTENTIONS = frozenset({"intention", "plan", "desire"})
# What a refusal answers: a demand, else the side's pressure on the one refusing.
_ASKING = frozenset({"REQUEST"})
_PRESSING = frozenset({"ACCUSE", "SANCTION", "THREATEN"})
# Types that are speech, not deeds, so "the decision" never reaches back to them.
_SPEECH_TYPES = frozenset("ACCUSE REQUEST REJECT THREATEN CONSULT PROTEST".split())
# Predicates of blame ("was responsible for"), and what they may be blamed for.
_BLAME_WORDS = frozenset({"responsible", "culpable"})
_BLAMED_FOR = frozenset(
    """deterioration degradation breakdown collapse crisis escalation death killing attack
    violence tension rupture failure""".split()
)
# What another side has charged: a verdict on it ("said the allegations were baseless",
# "described the claims as absurd") dismisses the charge (REJECT), no blame of the charge.
_CHARGES = frozenset("claim allegation accusation charge imputation insinuation assertion".split())
# The verb a deed noun re-names when it is not the noun's own lemma: "closed the border.
# ... called the closing a disproportionate measure".
_DEED_VERBS = {
    "seizure": "seize", "closing": "close", "closure": "close", "expulsion": "expel",
    "destruction": "destroy", "detention": "detain", "withdrawal": "withdraw",
    "deployment": "deploy", "suspension": "suspend", "revocation": "revoke",
    "shelling": "shell", "bombing": "bomb", "demolition": "demolish",
}  # fmt: skip
# Relative pronouns that stand for the noun a relative clause hangs on ("a move that ...").
_RELATIVES = frozenset({"that", "which"})


@dataclass(frozen=True)
class _ReactionRules:
    verdicts: dict[str, str]  # lemma -> ACCUSE | SUPPORT
    steps: frozenset[str]
    step_words: frozenset[str]
    feelings: dict[str, str]
    feeling_preps: frozenset[str]
    voiced: dict[str, str]
    voicing: frozenset[str]
    acts: dict[str, str]
    refusals: frozenset[str]
    deeds: dict[str, frozenset[str]]


def _polar(table: dict) -> dict[str, str]:
    out = {w: "ACCUSE" for w in table.get("negative", [])}
    out.update({w: "SUPPORT" for w in table.get("positive", [])})
    out.update({w: "REJECT" for w in table.get("refusing", [])})
    return out


@lru_cache(maxsize=1)
def _reaction_rules() -> _ReactionRules:
    """data/reactions.toml: the words of verdicts, feelings and refusals, and deed nouns."""
    raw = resources.files("dyad.events").joinpath("data/reactions.toml").read_text("utf-8")
    data = tomllib.loads(raw)
    verdicts = data["verdicts"]
    return _ReactionRules(
        verdicts=_polar(verdicts),
        steps=frozenset(verdicts["steps"]),
        step_words=frozenset(verdicts["step_words"]),
        feelings=_polar(data["feelings"]),
        feeling_preps=frozenset(data["feelings"]["preps"]),
        voiced=_polar(data["voiced"]),
        voicing=frozenset(data["voiced"]["verbs"]),
        acts=_polar(data["acts"]),
        refusals=frozenset(data["refusals"]["verbs"]),
        deeds={k: frozenset(v) for k, v in data["deeds"].items()},
    )


class _Reactions:
    """Verdicts, feelings, judged deeds and refusals: methods of ``_ArticleExtractor``."""

    def _reactions(self, first: int, last: int) -> Iterable[_Found]:
        for tok in self.tokens[first:last]:
            found = (
                self._verdict(tok)
                or self._epithet(tok)
                or self._feeling(tok)
                or self._voiced_feeling(tok)
                or self._welcomed_deed(tok)
                or self._refusal(tok)
            )
            if found is not None and not self._lexicon_covers(found):
                yield found

    def _lexicon_covers(self, found: _Found) -> bool:
        """Whether the trigger lexicon already codes this word as an event of the type
        with a target of its own ("condemned Russia's decision", "voiced concern over
        Chinese actions"): its reading stands."""
        for rule in self._senses(found.trigger.i):
            if rule.type != found.rule.type:
                continue
            theirs = self._participants(found.trigger, rule)
            if theirs is not None and theirs.recipients:
                return True
        return False

    # ---- a verdict on a deed or a side: "said the expulsion was regrettable" --------------

    def _verdict_type(self, tok: Token) -> str | None:
        rules = _reaction_rules()
        lemma = tok.lemma.lower()
        if tok.pos in ("ADJ", "NOUN", "PROPN") and lemma in rules.verdicts:
            return rules.verdicts[lemma]
        if tok.pos == "NOUN" and lemma in rules.steps:  # "a positive step"
            kids = {self.tokens[c].lemma.lower() for c in self.children[tok.i]}
            if kids & rules.step_words:
                return "SUPPORT"
        if lemma in _BLAME_WORDS and tok.dep == "acomp" and self._for_what(tok):
            return "ACCUSE"  # "said the junta was responsible for the crisis": blame laid
        return None

    def _for_what(self, tok: Token) -> bool:
        """A "for" phrase on ``tok`` naming something gone wrong ("responsible for the
        breakdown"), not a duty ("responsible for the talks")."""
        return any(self.tokens[g].lemma.lower() in _BLAMED_FOR for g in self._pobjs(tok, "for"))

    def _verdict(self, tok: Token) -> _Found | None:
        """ "said the expulsion was unjustified", "said the deal was a positive step",
        "said Israel's operations were a dangerous escalation": a speaker's verdict on what
        the clause's subject names. (Words the trigger lexicon already reads as reported
        verdicts are left to it; ``_reported_roles`` reaches back through
        ``_verdict_targets`` for their deed.)"""
        kind = self._verdict_type(tok)
        if kind is None or any(t.reported for t in self._senses(tok.i)):
            return None
        if any(self.tokens[c].dep == "neg" for c in self.children[tok.i]):
            return None  # "not a positive step"
        at = self._verdict_clause(tok)
        if at is None:
            return None
        clause, judged = at
        if self._negated(clause) or self._hedged(clause):
            return None
        if clause.lemma.lower() in _AS_VERDICT:  # "branded the seizure as theft"
            speaker = self._own_speaker(clause)
        else:
            speaker = self._speaker(clause)
        if speaker is None or judged is None:
            return None
        targets = self._verdict_targets(judged, speaker, blame=kind == "ACCUSE")
        if not targets and kind == "REJECT":
            # "said a memorandum giving Ethiopia access to the sea was null and void": a
            # deal declared void is rejected as theirs whom it names
            targets = _unique(a for a in self._named_in(judged) if _side(a) != _side(speaker))
        charge = kind == "ACCUSE" and judged.lemma.lower() in _CHARGES
        if not targets and charge:
            # "Moscow described the British claims as unfounded": whoever last charged the
            # speaker's side in the story
            targets = _unique(self._accusers_of(tok, [speaker]))
        if not targets:
            return None
        if charge:
            kind = "REJECT"
        return _Found(tok, self._reaction_rule(tok, kind), (speaker,), targets)

    def _epithet(self, tok: Token) -> _Found | None:
        """ "took note of the regrettable expulsion", "protested against the unjustified
        decision": a verdict adjective on a deed noun, told by the side whose official
        does the clause's verb (or says it)."""
        if tok.pos != "ADJ" or tok.dep != "amod" or tok.head == tok.i:
            return None
        kind = self._verdict_type(tok)
        deed = self.tokens[tok.head]
        if kind is None or deed.lemma.lower() not in _reaction_rules().deeds:
            return None
        if deed.lemma.lower() in _reaction_rules().steps or self._verdict_clause(deed):
            return None  # "described it as a historic step": the verdict, not the deed
        verb = deed
        for _ in range(4):  # up through "of", "against" to the verb
            if verb.pos in ("VERB", "AUX") or verb.head == verb.i:
                break
            verb = self.tokens[verb.head]
        if verb.pos not in ("VERB", "AUX") or self._negated(verb) or self._hedged(verb):
            return None
        speakers = self._own_speakers(verb)
        if not speakers:
            return None
        targets = self._verdict_targets(deed, speakers[0], blame=kind == "ACCUSE")
        if not targets:
            return None
        return _Found(tok, self._reaction_rule(tok, kind), speakers, targets)

    def _verdict_clause(self, tok: Token) -> tuple[Token, Token | None] | None:
        """The clause a verdict word is the predicate of, and what it judges: the subject
        of "was regrettable", "was a matter of concern"; the object of "branded X as
        theft"."""
        current = tok
        for _ in range(5):
            if current.head == current.i:
                return None
            parent = self.tokens[current.head]
            if current.dep in ("acomp", "attr", "oprd") and parent.lemma.lower() in _COPULAS:
                return parent, self._subject(parent)
            if (
                current.dep in ("pobj", "amod")
                and parent.text.lower() == "as"
                and parent.head != parent.i
            ):  # ("described the claims as unfounded": the adjective parsed as a modifier)
                return self._as_verdict(parent)
            if (
                current.dep == "dobj" and current.i != tok.i and parent.lemma.lower() in _SHOWING
            ):  # "said the ban reflected the hostile course of X": X's course is judged
                return parent, current
            if current.dep not in ("conj", "amod", "pobj", "prep", "compound", "advmod"):
                return None
            current = parent
        return None

    def _as_verdict(self, as_: Token) -> tuple[Token, Token | None] | None:
        """ "branded the seizure as theft": the verb and its object; the parser hangs "as"
        on the verb or on its object."""
        up = self.tokens[as_.head]
        if up.dep == "dobj" and up.head != up.i:
            verb, judged = self.tokens[up.head], up
        else:
            objects = [self.tokens[c] for c in self.children[up.i]]
            verb, judged = up, next((o for o in objects if o.dep == "dobj"), None)
            if judged is None:
                # "described as nonsense the decision of Madrid": the verdict put first, and
                # the parse hangs the deed on "as" too
                pobjs = [self.tokens[c] for c in self.children[as_.i]]
                pobjs = [o for o in pobjs if o.dep == "pobj"]
                judged = next(
                    (o for o in pobjs[1:] if o.lemma.lower() in _reaction_rules().deeds), None
                )
        if verb.pos != "VERB" or verb.lemma.lower() not in _AS_VERDICT:
            return None
        return verb, judged

    def _hedged(self, clause: Token) -> bool:
        """ "would be unacceptable", "could be a mistake": not a verdict on what was done."""
        kids = [self.tokens[c] for c in self.children[clause.i]]
        return any(k.dep == "aux" and k.text.lower() in _HEDGES for k in kids)

    def _own_speaker(self, verb: Token) -> Actor | None:
        """The side whose official does the verb ("Moscow branded ..."), else the one who
        said it ("said it regretted ...")."""
        speakers = self._own_speakers(verb)
        return speakers[0] if speakers else None

    def _own_speakers(self, verb: Token) -> tuple[Actor, ...]:
        """Every side of the verb's subject ("the two ministers voiced concern"); the
        speaker of "said it regretted ..." for a pronoun."""
        subject = self._subject(verb)
        if subject is None:
            return ()
        if subject.pos == "PRON":
            speaker = self._speaker(verb)
            return (speaker,) if speaker is not None else ()
        actors = self._subject_actors(subject)
        if any(a.role == "commentator" for a in actors):
            return ()
        return _unique(a for a in actors if _political(a) and a.country)

    def _reaction_rule(self, tok: Token, kind: str) -> Trigger:
        mode = "disapprove" if kind == "ACCUSE" else None
        pos = tok.pos if tok.pos in ("VERB", "NOUN") else "VERB"
        return Trigger(lemma=tok.lemma.lower(), pos=pos, type=kind, mode=mode)

    # ---- the target: the other side named, else the side whose deed it is ----------------

    def _verdict_targets(
        self, judged: Token, speaker: Actor, blame: bool = False
    ) -> tuple[Actor, ...]:
        """Whom a verdict on the words under ``judged`` is aimed at: the other sides they
        name (not as a place: "the situation in Gaza"), else the doers of the deed their
        head noun names, told earlier in the story."""
        if judged.pos == "PRON":
            return ()  # "described it as a historic step": which deed "it" is, is not read
        own = _side(speaker)
        named = [a for a in self._owners(judged) if _side(a) != own]
        if named:  # "Russia's invasion of Georgia": the doer, not the state invaded
            return _unique(self._judged_doers(judged, named))
        return self._deed_doers(judged, speaker, blame)

    def _owners(self, head: Token) -> list[Actor]:
        """The sides a judged phrase is of: itself ("the Estonian prime minister"), its
        possessor or adjective ("Israel's operations", "Chinese ships"), and the phrase of
        its "by", "of" or "between" ("the seizure of ... by Belgium"); not a side further
        down ("the handling of the dispute with Beijing" is not Beijing's)."""
        heads = [head]
        for c in self.children[head.i]:
            kid = self.tokens[c]
            if kid.dep in ("poss", "amod", "compound", "nmod", "conj", "appos"):
                heads.append(kid)
            elif kid.dep in ("prep", "agent") and kid.text.lower() in ("by", "of", "between"):
                heads += [self.tokens[g] for g in self.children[c] if self.tokens[g].dep == "pobj"]
            elif kid.dep == "acl" and kid.tag == "VBN":
                # "the measures taken by Moscow": the doer the reduced relative names by "by"
                heads += [
                    self.tokens[g]
                    for a in self.children[c]
                    if self.tokens[a].dep == "agent"
                    for g in self.children[a]
                    if self.tokens[g].dep == "pobj"
                ]
        found: list[Actor] = []
        for tok in heads:
            for i in [tok.i, *(c for c in self.children[tok.i] if self.tokens[c].dep in
                               ("conj", "compound", "poss", "amod"))]:  # fmt: skip
                mention = self.mention_at.get(i)
                if mention is not None:
                    found += [
                        a for a in self._mention_actors(mention) if _political(a) and a.country
                    ]
        return found

    def _named_in(self, head: Token) -> list[Actor]:
        """The political actors with a country named under ``head``, except where a
        preposition of place puts them ("ships operating inside its waters")."""
        placed: set[int] = set()
        for i in self._subtree(head.i):
            tok = self.tokens[i]
            if tok.dep == "prep" and tok.text.lower() in _PLACING:
                placed.update(self._subtree(i))
        seen: set[int] = set()
        found: list[Actor] = []
        for i in self._subtree(head.i):
            mention = self.mention_at.get(i)
            if mention is None or i in placed or id(mention) in seen:
                continue
            seen.add(id(mention))
            found += [a for a in self._mention_actors(mention) if _political(a) and a.country]
        return found

    def _deed_doers(self, noun: Token, speaker: Actor, blame: bool = False) -> tuple[Actor, ...]:
        """ "Azerbaijan expelled two French diplomats. ... Paris said the expulsion was
        regrettable": the deed a noun names is the latest one of its kind told in the last
        few sentences, and its doers are the target; none when the speaker's side did it.
        With ``blame`` (a verdict against it), a deed of any kind ("the decision") the
        story did not code is read from the sentences before (``_lead_doers``)."""
        kinds = _reaction_rules().deeds.get(noun.lemma.lower()) or self._verb_named(noun)
        if not kinds or speaker.country is None or self._another_deed(noun, kinds):
            return ()
        for event in reversed(self.events):
            told = event.evidence.sentence_index
            if noun.sentence - told > _DEED_SENTENCES:
                break
            if told > noun.sentence or (told == noun.sentence and event.trigger.start > noun.start):
                continue
            if event.negated or event.modality != "actual":
                continue
            if ("*" in kinds and event.event_type in _SPEECH_TYPES) or (
                "*" not in kinds and event.event_type not in kinds
            ):
                continue
            doers = [a for a in event.actors if a.country]
            if event.event_type in ("SUPPORT", "AGREE") and "SUPPORT" in kinds:
                # a deal's partners; an offer or proposal (AGREE only) is its maker's alone
                doers += [a for a in event.recipients if a.country]
            if not doers:
                continue
            if any(a.country == speaker.country for a in doers):
                return ()  # the speaker's own side's deed
            if "*" in kinds and len({_side(a) for a in doers}) > 1:
                return ()  # "the decision" of a deal two sides made: whose, it does not say
            return _unique(doers)
        if blame and "*" in kinds:
            return self._lead_doers(noun, speaker)
        return self._renamed_deed_doers(noun, speaker) if blame else ()

    def _verb_named(self, noun: Token) -> frozenset[str]:
        """ "Armenia and Turkey opened the border. Baku welcomed the opening": the type of
        the latest deed of the last few sentences whose own verb the noun names ("the
        opening" of "opened", "the handover" of "handed over"), for a noun the table of
        deeds does not list."""
        lemma = noun.lemma.lower()
        verbs = {_DEED_VERBS.get(lemma, lemma), lemma.removesuffix("ing")}
        for event in reversed(self.events):
            if noun.sentence - event.evidence.sentence_index > _DEED_SENTENCES:
                break
            trigger = self.token_ending.get(event.trigger.end)
            if (
                trigger is not None
                and self.tokens[trigger].pos == "VERB"  # ("the talks" that were held: no deed)
                and self.tokens[trigger].lemma.lower() in verbs
            ):
                return frozenset({event.event_type})
        return frozenset()

    def _renamed_deed_doers(self, noun: Token, speaker: Actor) -> tuple[Actor, ...]:
        """ "in response to Pyongyang's launch of a satellite ... Tokyo condemned the launch
        as a provocation": when the story coded no deed for it, "the launch" re-names the
        one an earlier sentence told with its doer, as an owned noun ("X's launch", "the
        launch by X") or as the clause of its verb ("X launched ..."); none for the
        speaker's own side's."""
        if not any(self.tokens[c].lemma.lower() in ("the", "this") for c in self.children[noun.i]):
            return ()
        lemma = noun.lemma.lower()
        verb = _DEED_VERBS.get(lemma, lemma)
        own = _side(speaker)
        first = self.ann.sentences[noun.sentence].first
        for i in range(first - 1, -1, -1):
            t = self.tokens[i]
            if t.dep == "compound":
                continue  # "the launch site": no deed
            if t.pos == "NOUN" and t.lemma.lower() == lemma:
                doers = [a for a in self._owners(t) if _political(a) and a.country]
            elif t.pos == "VERB" and t.lemma.lower() == verb and not self._negated(t):
                subject = self._subject(t)
                doers = [
                    a
                    for a in (self._subject_actors(subject) if subject is not None else [])
                    if _political(a) and a.country
                ]
            else:
                continue
            if doers:
                return () if any(_side(a) == own for a in doers) else _unique(doers)
        return ()

    def _lead_doers(self, noun: Token, speaker: Actor) -> tuple[Actor, ...]:
        """ "North Korea quit the grain deal. ... Seoul called the decision a regrettable
        act": when the story coded no deed in the last few sentences, the deed "the decision"
        or "the move" names is the one the nearest earlier sentence tells of its subject (a
        side of a state's, not the speaker's own)."""
        if not any(self.tokens[c].lemma.lower() in ("the", "this") for c in self.children[noun.i]):
            return ()
        window = range(max(0, noun.sentence - _DEED_SENTENCES), noun.sentence)
        if any(
            e.evidence.sentence_index in window and e.event_type not in _SPEECH_TYPES
            for e in self.events
        ):
            return ()  # a deed was told, and it is not of this kind
        own = _side(speaker)
        for index in reversed(window):
            sentence = self.ann.sentences[index]
            roots = [
                t
                for t in self.tokens[sentence.first : sentence.last]
                if t.head == t.i and t.pos in ("VERB", "AUX")
            ]
            for root in roots:
                doers = [
                    a
                    for a in self._subject_actors(self._subject(root))
                    if _political(a) and a.country
                ]
                if doers:
                    return () if any(_side(a) == own for a in doers) else _unique(doers)
        return ()

    def _another_deed(self, noun: Token, kinds: frozenset[str]) -> bool:
        """A deed its own words set apart from the story's ("the 2003 water agreement",
        "the Minsk accords"): a number or a name on it; for a deal, as ``_definite_deal``
        reads it, any modifier but a verdict ("the regrettable deal")."""
        kids = [self.tokens[c] for c in self.children[noun.i]]
        if any(k.dep == "nummod" or k.pos in ("NUM", "PROPN") or k.ent for k in kids):
            return True
        if kinds == {"THREATEN"} and any(k.dep == "prep" and k.text.lower() == "of" for k in kids):
            return True  # "the threat of a cold winter": a danger, not the threat told
        if kinds <= {"SUPPORT", "AGREE"}:
            verdicts = _reaction_rules().verdicts
            return any(
                k.dep in ("compound", "poss", "nummod")
                or (k.dep == "amod" and k.lemma.lower() not in verdicts)
                for k in kids
            )
        return False

    # ---- a feeling of the speaker's side: "Tokyo is concerned by ..." --------------------

    def _feeling(self, tok: Token) -> _Found | None:
        """ "Japan is deeply concerned by the cooperation between Russia and North Korea",
        "said her country was grateful to Romania for ...": the feeling of the speaker's own
        side about another side or its deed."""
        rules = _reaction_rules()
        # ("concerned" is an adjective or a participle lemmatised "concern")
        kind = rules.feelings.get(tok.lemma.lower()) or rules.feelings.get(tok.text.lower())
        if kind is None or tok.pos not in ("ADJ", "VERB"):
            return None
        adj = tok
        while adj.dep == "conj" and adj.head != adj.i:
            adj = self.tokens[adj.head]
        kids = [self.tokens[c] for c in self.children[adj.i]]
        if any(k.dep == "auxpass" for k in kids):
            clause = adj  # "it was alarmed by ...": parsed as a passive (of a verb or an adjective)
        elif adj.dep != "acomp" or adj.head == adj.i:
            return None
        else:
            clause = self.tokens[adj.head]
            if clause.lemma.lower() not in _FEELING_LINKS:
                return None
        if self._negated(clause) or self._hedged(clause) or self._negated(tok):
            return None
        speaker = self._feeler(clause)
        if speaker is None:
            return None
        targets = self._felt_about(tok, speaker)
        if not targets:
            return None
        return _Found(tok, self._reaction_rule(tok, kind), (speaker,), targets)

    def _feeler(self, clause: Token) -> Actor | None:
        """The side that feels it: the clause's subject when it names one ("Japan is
        concerned"), else the speaker of "said it was concerned"; the feeling must be the
        speaker's own side's (not "said Kyiv was disappointed")."""
        subject = self._subject(clause)
        if subject is None:
            return None
        speaker = self._speaker(clause)
        actors = [a for a in self._subject_actors(subject) if _political(a) and a.country]
        if any(a.role == "commentator" for a in self._subject_actors(subject)):
            return None
        if actors:
            if speaker is not None and not speaker.country:
                speaker = None  # "the minister said Canberra was ...": the subject's side
            if speaker is not None and _side(speaker) != _side(actors[0]):
                return None
            return speaker or actors[0]
        if subject.pos == "PRON" or subject.lemma.lower() in ("country", "government", "nation"):
            return speaker if speaker is not None and speaker.country else None
        return None

    def _felt_about(self, word: Token, speaker: Actor) -> tuple[Actor, ...]:
        """What a feeling is about: the phrases of its prepositions ("by", "about", "to",
        "at"), or its "that" clause; a side named there, else the side of the deed."""
        rules = _reaction_rules()
        own = _side(speaker)
        named: list[Actor] = []
        deeds: list[Token] = []
        for c in self.children[word.i]:
            kid = self.tokens[c]
            if kid.dep in ("prep", "agent") and kid.text.lower() in rules.feeling_preps:
                for g in self.children[c]:
                    if self.tokens[g].dep == "pobj":
                        named += self._named_in(self.tokens[g])
                        deeds.append(self.tokens[g])
            elif kid.dep == "ccomp":  # "concerned that Putin had left the door open"
                subject = self._subject(kid)
                named += self._owners(subject) if subject is not None else []
        named = [a for a in named if _side(a) != own]
        if named:
            return _unique(named)
        for deed in deeds:
            doers = self._deed_doers(deed, speaker)
            if doers:
                return doers
        return ()

    # ---- a feeling voiced: "expressed disappointment at ..." -----------------------------

    def _voiced_feeling(self, tok: Token) -> _Found | None:
        """ "New Zealand expressed disappointment at Fiji's decision", "Canberra had serious
        concerns about Beijing's treatment of ...": a feeling noun a side voices."""
        rules = _reaction_rules()
        kind = rules.voiced.get(tok.lemma.lower())
        if kind is None or tok.pos != "NOUN" or tok.dep != "dobj" or tok.head == tok.i:
            return None
        verb = self.tokens[tok.head]
        if verb.lemma.lower() not in rules.voicing | {"have"} or verb.pos not in ("VERB", "AUX"):
            return None
        kids = [self.tokens[c] for c in self.children[tok.i]]
        if any(k.text.lower() == "no" for k in kids):
            return None  # "had no concerns"
        if self._negated(verb) or self._hedged(verb):
            return None
        speakers = self._own_speakers(verb)
        if not speakers:
            return None
        targets = self._felt_about(tok, speakers[0]) or self._felt_about(verb, speakers[0])
        if not targets:
            return None
        return _Found(tok, self._reaction_rule(tok, kind), speakers, targets)

    # ---- a deed judged by a verb: "welcomed the release" ---------------------------------

    def _welcomed_deed(self, tok: Token) -> _Found | None:
        """ "Germany's foreign ministry welcomed the release", "Spain said it regretted the
        decision": a verb of praise or blame whose object names a deed and no side reaches
        back to the side that did it (an object naming a side is the trigger lexicon's)."""
        kind = _reaction_rules().acts.get(tok.lemma.lower())
        if kind is None or tok.pos != "VERB" or self._negated(tok) or self._hedged(tok):
            return None
        judged = next(
            (self.tokens[c] for c in self.children[tok.i] if self.tokens[c].dep == "dobj"), None
        )
        if judged is None or judged.pos != "NOUN" or self._named_in(judged):
            return None
        speaker = self._own_speaker(tok)
        if speaker is None:
            return None
        targets = self._deed_doers(judged, speaker, blame=kind == "ACCUSE")
        if not targets:
            return None
        return _Found(tok, self._reaction_rule(tok, kind), (speaker,), targets)

    def _judging_verb(self, tok: Token, rule: Trigger) -> bool:
        """A verb of the trigger lexicon that judges what its object names: blame
        (ACCUSE) or praise and welcome (SUPPORT, not a signing)."""
        if tok.pos != "VERB" or rule.type not in ("ACCUSE", "SUPPORT"):
            return False
        return rule.type == "ACCUSE" or tok.lemma.lower() in _reaction_rules().acts

    def _object_deed_doers(
        self, verb: Token, judge: Actor, blame: bool = False
    ) -> tuple[Actor, ...]:
        """The doers of the deed a judging verb's object names when it names no side
        ("welcomed the release", "regretted the move"); none for the judge's own deed."""
        judged = next(
            (self.tokens[c] for c in self.children[verb.i] if self.tokens[c].dep == "dobj"), None
        )
        if verb.dep in ("relcl", "acl") and (judged is None or judged.lemma.lower() in _RELATIVES):
            # "froze the imports, a move that Taipei denounced as bullying": the deed is
            # the clause's noun when it is one that re-names any deed ("a move", "a step");
            # its own words, not the clause, may name a side
            judged = self.tokens[verb.head]
            kinds = _reaction_rules().deeds.get(judged.lemma.lower(), frozenset())
            if judged.pos != "NOUN" or "*" not in kinds or self._owners(judged):
                return ()
        elif judged is None or judged.pos != "NOUN" or self._named_in(judged):
            return ()
        if not _political(judge) or not judge.country:
            return ()
        return self._deed_doers(judged, judge, blame)

    # ---- a refusal: "said he would not apologise" ----------------------------------------

    def _refusal(self, tok: Token) -> _Found | None:
        """ "said he would not apologise", "said Caracas would not bow to the demand": a
        side saying it will not do what was asked rejects it (REJECT), aimed at the side it
        names ("to Spain"), else the side whose demand of it the story just told."""
        lemma = tok.lemma.lower()
        if tok.pos != "VERB" or lemma not in _reaction_rules().refusals:
            return None
        kids = [self.tokens[c] for c in self.children[tok.i]]
        if lemma in _PHRASAL_REFUSALS and not any(
            k.text.lower() == _PHRASAL_REFUSALS[lemma] for k in kids
        ):
            return None  # "back down", "take back" (not "take part")
        clause = self._no_intention(tok)
        if clause is None and (
            not self._negated(tok)
            or not any(k.dep == "aux" and k.text.lower() in _WILL_AUX for k in kids)
        ):
            return None
        clause = clause or tok
        verb = self._speech_verb(clause)
        subject = self._subject(clause)
        if verb is None or subject is None:
            return None
        doers = [a for a in self._subject_actors(subject) if _political(a) and a.country]
        doers = doers or self._owners(subject)  # "Caracas would not bow"
        speaker = self._speaker(tok)
        if speaker is None or not speaker.country:  # "a spokesman for X said Manila would not"
            speaker = next(iter(doers), None)
        if speaker is None:
            return None
        if any(_side(a) != _side(speaker) for a in doers) or (not doers and subject.pos != "PRON"):
            return None  # "said Kyiv would not back down": a view of another side
        own = _side(speaker)
        targets = [
            a
            for k in kids
            if k.dep == "prep" and k.text.lower() == "to"
            for a in self._prep_actors(k)
            if _political(a) and a.country and _side(a) != own
        ]
        # (not whom it tells: "told Japan's leader that Manila would not back down" is
        # resolve, refusing no one)
        targets = targets or list(self._asked_of(tok, speaker))
        if not targets:
            return None
        # the speech verb states the refusal (the refused act itself is negated)
        rule = Trigger(lemma=verb.lemma.lower(), pos="VERB", type="REJECT")
        return _Found(verb, rule, (speaker,), _unique(targets))

    def _no_intention(self, tok: Token) -> Token | None:
        """The verb of "said he had no intention of apologising", "has no plans to back
        down": the refusal stated by the intention denied (else None)."""
        up = self.tokens[tok.head]
        if tok.dep == "pcomp" and up.text.lower() == "of" and up.head != up.i:
            up = self.tokens[up.head]
        elif tok.dep not in ("acl", "xcomp") or tok.head == tok.i:
            return None
        if up.lemma.lower() not in _INTENTIONS or up.dep != "dobj" or up.head == up.i:
            return None
        if not any(self.tokens[c].lemma.lower() == "no" for c in self.children[up.i]):
            return None
        have = self.tokens[up.head]
        return have if have.lemma.lower() == "have" else None

    def _asked_of(self, tok: Token, speaker: Actor) -> tuple[Actor, ...]:
        """The sides whose demand of the speaker's side the last few sentences told; else
        the side that pressed it there (blamed, sanctioned or threatened it): a refusal
        answers whoever pressed for the act."""
        for types in (_ASKING, _PRESSING):
            for event in reversed(self.events):
                if tok.sentence - event.evidence.sentence_index > _DEED_SENTENCES:
                    break
                if event.event_type not in types or event.evidence.sentence_index >= tok.sentence:
                    continue
                if not any(a.country == speaker.country for a in event.recipients):
                    continue
                doers = [a for a in event.actors if a.country and a.country != speaker.country]
                if doers:
                    return _unique(doers)
        return ()

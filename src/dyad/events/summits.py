"""Summits: who took part in a meeting of three or more states. A mixin of
``extract._ArticleExtractor``.

A story of a summit names the bloc in its lead ("Leaders of the Arab League met in
Bahrain on Thursday") and the leaders present elsewhere ("Sisi, Abdullah, Tebboune and
Saied were among the heads of state who attended"). The conventions code the summit as a
multilateral meeting of the states whose leaders or delegations the story names as taking
part, not as the bloc (nor every member of it), and what "the heads of delegation" or
"the participants" sign as theirs; "the member states" thanked or addressed is the bloc.
A sentence that puts its subject at a summit beside the leaders of two or more other
states ("standing beside the presidents of A, B and C"), or has a leader address the
summit, tells such a meeting too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace

from ..models import Actor, EventMention, Span, Token
from .common import _SUBJECTS, _Found, _unique
from .lexicon import Trigger

# Words that tell who was present at a gathering: "attended", "took part", "were among
# those around the table", "in attendance".
_PRESENCE_VERBS = frozenset({"attend", "participate", "gather"})
_PRESENCE_WORDS = frozenset({"among", "attendance"})
# At least this many states' leaders named as present make a summit's roster.
_ROSTER_STATES = 3
# "heads of delegation", "heads of state", "heads of government"
_HEADS_OF = frozenset({"delegation", "state", "government"})
# Words that put leaders beside the subject at a summit ("standing beside", "alongside").
_BESIDE = frozenset({"beside", "alongside"})
# Verbs of one speaking to or at a gathering ("told the summit", "addressed the plenary").
_ADDRESS_VERBS = frozenset({"tell", "address", "say", "speak"})
# Titles that make a phrase's states their leaders ("beside the presidents of A and B").
_LEADER_WORDS = frozenset(
    "president leader head premier minister king emir chancellor host counterpart".split()
)
# Verbs that tell a summit under way with the summit as subject ("the summit opened").
_UNDER_WAY = frozenset({"open", "begin", "start", "close", "end", "conclude", "convene"})
# Words that put a guest at a gathering besides _PRESENCE_VERBS ("said on arrival").
_ARRIVAL_WORDS = frozenset({"arrival", "arrive", "sideline", "sidelines"})
# Plural nouns that stand for everyone at a summit: "the participants", "the delegations".
_ATTENDEES = frozenset({"participant", "delegation", "delegate"})


class _Summits:
    """Who met at a summit: methods of ``_ArticleExtractor``."""

    def _summit_roster(self, tok: Token) -> list[Actor]:
        """The leaders the story names as present at a gathering (the one ``tok`` tells):
        the sentence that puts people of at least three states there ("attended", "took
        part", "were among those at the table") with the most states. Only people count:
        states named in such a sentence may be what is talked about ("among the countries
        hit by ...")."""
        best: list[Actor] = []
        for sentence in self.ann.sentences:
            words = self.tokens[sentence.first : sentence.last]
            if not any(self._present_word(t) for t in words):
                continue
            people = self._sentence_people(sentence.index)
            states = {a.country for a in people}
            if len(states) >= _ROSTER_STATES and len(states) > len({a.country for a in best}):
                best = people
        return best

    def _hosted_gathering(
        self, verb: Token, hosts: list[Actor], guests: list[Actor]
    ) -> list[Actor]:
        """ "Moldova hosted nearly 50 European leaders at a castle": guests the verb counts
        but does not name are the people of other states the story puts at the gathering
        (arrived, flew in, attended, met on the sidelines), when they are of three states
        or more with the host; else the guests as they were."""
        if any(a.country for a in guests):
            return guests
        objects = [self.tokens[c] for c in self.children[verb.i] if self.tokens[c].dep == "dobj"]
        if not any(o.tag == "NNS" and o.lemma.lower() in _LEADER_WORDS for o in objects):
            return guests
        own = {a.country for a in hosts if a.country}
        people: dict[str, Actor] = {}
        for sentence in self.ann.sentences:
            words = self.tokens[sentence.first : sentence.last]
            if any(self._at_gathering(t) for t in words):
                for actor in self._sentence_people(sentence.index):
                    if actor.country not in own:
                        people.setdefault(actor.key, actor)
        found = list(people.values())
        if len({a.country for a in found} | own) < _ROSTER_STATES:
            return guests
        return found

    def _at_gathering(self, tok: Token) -> bool:
        """A word that puts someone at a gathering: "attended", "on arrival", "arrived",
        "flew in", "on the sidelines"."""
        lemma = tok.lemma.lower()
        if self._present_word(tok) or lemma in _ARRIVAL_WORDS:
            return True
        if tok.pos != "VERB" or lemma != "fly":
            return False
        kids = [self.tokens[c] for c in self.children[tok.i]]
        return any(k.text.lower() == "in" and k.dep in ("prt", "advmod") for k in kids)

    def _sentence_people(self, index: int) -> list[Actor]:
        """The people of some state that sentence ``index`` names as parties, once each."""
        people: dict[str, Actor] = {}
        for mention in self.res.mentions:
            if mention.sentence != index or len(mention.keys) != 1:
                continue
            actor = self.actors.get(mention.keys[0])
            if actor is None or actor.kind != "person" or actor.role != "party":
                continue
            if actor.country is None:
                continue
            people.setdefault(
                actor.key,
                replace(actor, raw=mention.text, mentions=(Span(mention.start, mention.end),)),
            )
        return list(people.values())

    def _summit_attendance(self, first: int, last: int) -> Iterator[_Found]:
        """ "The summit opened in Montevideo with A, B, C and D in attendance", "a summit
        attended by A, B and C": a summit told as under way with the leaders present in
        its own sentence (three states at least) is their multilateral meeting, whatever
        verb tells it."""
        for tok, _, rule in self._told_summits(first, last, self._summit_under_way):
            if not any(self._present_word(t) for t in self.tokens[first:last]):
                continue
            people = self._sentence_people(tok.sentence)
            if len({a.country for a in people}) < _ROSTER_STATES:
                continue
            yield _Found(tok, rule, tuple(people), ())
            return

    def _told_summits(
        self, first: int, last: int, verb_of: Callable[[Token], Token | None]
    ) -> Iterator[tuple[Token, Token, Trigger]]:
        """Each "summit" noun of these tokens whose verb (found by ``verb_of``) tells it as
        actually held, with that verb and the multilateral summit entry."""
        rule = self._summit_rule()
        if rule is None:
            return
        for tok in self.tokens[first:last]:
            if tok.pos != "NOUN" or tok.lemma != "summit" or self._mountain_top(tok):
                continue
            verb = verb_of(tok)
            if verb is None or self._negated(verb) or self._modality(verb, rule) != "actual":
                continue
            yield tok, verb, rule

    def _summit_under_way(self, summit: Token) -> Token | None:
        """The verb that tells a summit happening with it as subject ("the summit opened",
        "the summit was attended by"), or the participle on it ("a summit attended by")."""
        if summit.dep in ("nsubj", "nsubjpass") and summit.head != summit.i:
            verb = self.tokens[summit.head]
            if verb.lemma.lower() in _UNDER_WAY or (
                summit.dep == "nsubjpass" and verb.lemma.lower() == "attend"
            ):
                return verb
        for c in self.children[summit.i]:
            child = self.tokens[c]
            if child.dep == "acl" and child.lemma.lower() == "attend" and child.tag == "VBN":
                return child
        return None

    def _present_word(self, tok: Token) -> bool:
        lemma = tok.lemma.lower()
        if tok.pos == "VERB" and lemma in _PRESENCE_VERBS:
            return True
        if lemma == "take" and any(
            self.tokens[c].text.lower() == "part" for c in self.children[tok.i]
        ):
            return True  # "took part in the summit"
        return tok.text.lower() in _PRESENCE_WORDS

    @staticmethod
    def _bloc_only(actors: list[Actor]) -> bool:
        """Actors that are only blocs: organisations of no one state ("Leaders of the
        Shanghai Cooperation Organisation met")."""
        return bool(actors) and all(
            a.country is None
            and (a.kind == "organisation" or (a.kind == "group" and a.sector == "IGO"))
            for a in actors
        )  # (a group of states, "BRICS"; not an armed group)

    def _bloc_meeting(self, tok: Token, actors: list[Actor]) -> list[Actor]:
        """ "Leaders of the SCO met in Astana" with no other side: the meeting's parties
        are the leaders the story names as present, not the bloc."""
        if not self._bloc_only(actors) or self._negated(tok):
            return actors
        return self._summit_roster(tok) or actors

    def _summit_reference(self, head: Token) -> list[Actor] | None:
        """ "The heads of delegation signed ...", "the participants adopted ...": everyone
        the story names as present at its summit; "the member states" (as in "thanked the
        member states"): the bloc. None when ``head`` is no such phrase or the story has
        no summit roster or bloc."""
        lemma = head.lemma.lower()
        kids = [self.tokens[c] for c in self.children[head.i]]
        if any(k.dep in ("nummod", "amod", "poss") for k in kids):
            return None  # "seventeen African heads of state", "the two delegations": a group
            # the phrase itself tells, not everyone at the summit
        if lemma == "head":
            objects = [
                self.tokens[g].lemma.lower()
                for k in kids
                if k.dep == "prep" and k.text.lower() == "of"
                for g in self.children[k.i]
                if self.tokens[g].dep == "pobj"
            ]
            if not objects or objects[0] not in _HEADS_OF:
                return None
            return self._summit_roster(head) or None
        if lemma in _ATTENDEES and head.tag == "NNS":
            if any(k.dep == "compound" for k in kids):
                return None  # "the summit participants' dinner", "Iran delegates"
            return self._summit_roster(head) or None
        if lemma in ("state", "country", "nation") and any(
            k.dep == "compound" and k.lemma.lower() == "member" for k in kids
        ):
            bloc = self._last_before(head.start, ("organisation",))
            if bloc is not None and bloc.country is None:
                return [replace(bloc, raw=head.text, mentions=(Span(head.start, head.end),))]
        return None

    def _summit_group(self, head: Token) -> list[Actor]:
        """ "The leaders agreed to hold the next summit in 2027", "they adopted the summit's
        declaration": an uncounted "they" / "the leaders" whose clause speaks of a summit
        are everyone at the story's summit (its latest meeting of three states or more
        before them), not the pair met on the sidelines just before. Empty otherwise."""
        if any(self.tokens[c].dep == "nummod" for c in self.children[head.i]):
            return []  # "the two leaders": a pair the phrase counts
        clause = self.tokens[head.head] if head.head != head.i else head
        if not any(
            t.lemma.lower() == "summit" and t.pos == "NOUN" for t in self._subtree_tokens(clause)
        ):
            return []
        for start, _, parties in reversed(self.groups):
            states = {a.country for a in parties if a.country}
            if start < head.start and len(states) >= _ROSTER_STATES:
                return [a for a in parties if a.kind != "other"]
        return []

    def _subtree_tokens(self, tok: Token) -> list[Token]:
        out, stack = [], [tok.i]
        while stack:
            i = stack.pop()
            out.append(self.tokens[i])
            stack += self.children[i]
        return out

    def _summit_companions(self, first: int, last: int) -> Iterator[_Found]:
        """ "X announced the deal at the bloc's summit in Montevideo, standing beside the
        presidents of A, B and C", "flew to Y for the summit and spoke alongside the host
        and the leaders of A and B": a summit its sentence puts the subject at together
        with the leaders of two or more other states is a multilateral meeting of them all
        (the conventions: a summit of three or more states)."""
        summits = [
            t
            for t in self.tokens[first:last]
            if t.pos == "NOUN" and t.lemma == "summit" and not self._mountain_top(t)
        ]
        if not summits:
            return
        rule = self._summit_rule()
        if rule is None:
            return
        for prep in self.tokens[first:last]:
            if not self._beside(prep):
                continue
            verb = self.tokens[prep.head]
            if any(
                self._negated(t) or self._modality(t, rule) != "actual" for t in (verb, summits[0])
            ):
                continue  # "will attend the summit alongside ...", "did not stand beside ..."
            companions = self._phrase_people(prep)
            subject = self._doer_above(prep)
            states = {a.country for a in (*subject, *companions) if a.country}
            if len({a.country for a in companions if a.country}) < 2 or len(states) < 3:
                continue
            yield _Found(summits[0], rule, _unique((*subject, *companions)), ())
            return

    def _beside(self, tok: Token) -> bool:
        """ "beside", "alongside", "flanked by", "next to": who stood with the subject."""
        word = tok.text.lower()
        if word in _BESIDE and tok.dep == "prep":
            return True
        if word == "by" and self.tokens[tok.head].lemma.lower() == "flank":
            return True
        return word == "to" and tok.i > 0 and self.tokens[tok.i - 1].text.lower() == "next"

    def _phrase_people(self, prep: Token) -> list[Actor]:
        """The states and their people a phrase names, every one of a list ("the host,
        Lacalle Pou, and the presidents of Brazil and Paraguay")."""
        found: list[Actor] = []
        leaders = False  # a person, or a leader's title: "the presidents of A and B"
        stack = list(self.children[prep.i])
        # "alongside the host, Lacalle Pou, and ...": the parser may hang the rest of the
        # list on the verb beside the phrase
        stack += [
            c
            for c in self.children[prep.head]
            if c > prep.i
            and (
                self.tokens[c].dep in ("npadvmod", "appos")
                or (self.tokens[c].dep == "conj" and self.tokens[c].pos in ("NOUN", "PROPN"))
            )
        ]
        while stack:
            j = stack.pop()
            stack += self.children[j]
            leaders = leaders or self.tokens[j].lemma.lower() in _LEADER_WORDS
            mention = self.mention_at.get(j)
            if mention is None:
                continue
            for actor in self._mention_actors(mention):
                if actor.country and actor.kind in ("person", "state") and actor.role == "party":
                    found.append(actor)
        if not leaders and not any(a.kind == "person" for a in found):
            return []  # "beside guides from Italy and France": no leaders at a summit
        found.sort(key=lambda a: a.mentions[0].start if a.mentions else 0)
        return list(_unique(found))

    def _doer_above(self, tok: Token) -> list[Actor]:
        """The actors of the nearest subject up the verbs ``tok`` hangs from ("X announced
        ..., standing beside ...": X)."""
        at = tok
        for _ in range(6):
            subjects = [
                self.tokens[c] for c in self.children[at.i] if self.tokens[c].dep in _SUBJECTS
            ]
            if subjects:
                return self._subject_actors(subjects[0])
            if at.head == at.i:
                return []
            at = self.tokens[at.head]
        return []

    def _summits_over_visits(self, events: list[EventMention]) -> list[EventMention]:
        """A trip to a summit of three or more states is no visit to its host: a visit told
        in the sentence of such a summit, by one of its parties to another's land, goes."""
        summits = [
            e
            for e in events
            if e.event_type == "CONSULT" and e.mode == "multilateral" and len(e.countries) >= 3
        ]
        return [
            e
            for e in events
            if not (
                e.event_type == "CONSULT"
                and e.mode == "visit"
                and any(
                    s.evidence.sentence_index == e.evidence.sentence_index
                    and {a.key for a in e.actors} <= {a.key for a in (*s.actors, *s.recipients)}
                    and set(e.countries) <= set(s.countries)
                    for s in summits
                )
            )
        ]

    def _mountain_top(self, summit: Token) -> bool:
        """ "the summit of Mont Blanc", "reached the summit": a peak, not a meeting."""
        return any(
            self.tokens[g].ent in ("LOC", "FAC", "GPE")
            or self.tokens[g].lemma.lower() in ("mountain", "peak", "hill", "volcano")
            for c in self.children[summit.i]
            if self.tokens[c].dep == "prep" and self.tokens[c].text.lower() == "of"
            for g in self.children[c]
        )

    def _summit_rule(self) -> Trigger | None:
        """The lexicon's entry for a summit as a multilateral meeting (its type and mode)."""
        return next(
            (r for r in self.lex.triggers_for("summit", "NOUN") if r.mode == "multilateral"),
            None,
        )

    def _summit_addressed(self, first: int, last: int) -> Iterator[_Found]:
        """ "Putin told the opening plenary of the Russia-Africa summit ...", "Ruto said at
        the summit ...": one who speaks to or at a summit took part in it, with the leaders
        the story names as present (three states at least); nothing without such a list."""
        for tok, verb, rule in self._told_summits(first, last, self._addressing_verb):
            speaker = [a for a in self._doer_above(verb) if a.kind == "person" and a.country]
            roster = self._summit_roster(tok)
            if not speaker or not roster:
                continue
            yield _Found(tok, rule, _unique((*speaker, *roster)), ())
            return

    def _addressing_verb(self, summit: Token) -> Token | None:
        """The verb of speaking whose hearer or setting the summit is: "told the summit",
        "told the opening session of the summit", "said at the summit", "addressed ..."."""
        at = summit
        for _ in range(5):
            if at.dep not in ("pobj", "dobj", "dative", "prep") or at.head == at.i:
                return None
            head = self.tokens[at.head]
            if head.pos == "ADP" and head.text.lower() not in ("at", "to", "of"):
                return None
            if head.pos == "VERB":
                return head if head.lemma.lower() in _ADDRESS_VERBS else None
            at = head
        return None

    def _summit_attended(
        self, tok: Token, actors: list[Actor], recipients: list[Actor]
    ) -> tuple[list[Actor], list[Actor]]:
        """ "Modi attended the BRICS summit in Kazan": a summit with one state's side and
        the bloc is a meeting of that side with the leaders the story names as present."""
        if not recipients or not self._bloc_only(recipients) or self._bloc_only(actors):
            return actors, recipients
        if len({a.country for a in actors if a.country}) != 1 or self._negated(tok):
            return actors, recipients
        roster = self._summit_roster(tok)
        if not roster:
            return actors, recipients
        return list(_unique((*actors, *roster))), []

"""Summits: who took part in a meeting of a bloc's leaders. A mixin of
``extract._ArticleExtractor``.

A story of a summit names the bloc in its lead ("Leaders of the Arab League met in
Bahrain on Thursday") and the leaders present elsewhere ("Sisi, Abdullah, Tebboune and
Saied were among the heads of state who attended"). The conventions code the summit as a
multilateral meeting of the states whose leaders or delegations the story names as taking
part, not as the bloc (nor every member of it), and what "the heads of delegation" or
"the participants" sign as theirs; "the member states" thanked or addressed is the bloc.
"""

from __future__ import annotations

from dataclasses import replace

from ..models import Actor, Span, Token

# Words that tell who was present at a gathering: "attended", "took part", "were among
# those around the table", "in attendance".
_PRESENCE_VERBS = frozenset({"attend", "participate", "gather"})
_PRESENCE_WORDS = frozenset({"among", "attendance"})
# At least this many states' leaders named as present make a summit's roster.
_ROSTER_STATES = 3
# "heads of delegation", "heads of state", "heads of government"
_HEADS_OF = frozenset({"delegation", "state", "government"})
# Plural nouns that stand for everyone at a summit: "the participants", "the delegations".
_ATTENDEES = frozenset({"participant", "delegation", "delegate"})


class _Summits:
    """Who met at a summit: methods of ``_ArticleExtractor``."""

    def _summit_roster(self, tok: Token) -> list[Actor]:
        """The leaders the story names as present at a gathering: the sentence that puts
        people of at least three states there ("attended", "took part", "were among those
        at the table") with the most states. Only people count: states named in such a
        sentence may be what is talked about ("among the countries hit by ...")."""
        best: list[Actor] = []
        for sentence in self.ann.sentences:
            words = self.tokens[sentence.first : sentence.last]
            if not any(self._present_word(t) for t in words):
                continue
            people: dict[str, Actor] = {}
            for mention in self.res.mentions:
                if mention.sentence != sentence.index or len(mention.keys) != 1:
                    continue
                actor = self.actors.get(mention.keys[0])
                if actor is None or actor.kind != "person" or actor.role != "party":
                    continue
                if actor.country is None:
                    continue
                people.setdefault(
                    actor.key,
                    replace(
                        actor,
                        raw=mention.text,
                        mentions=(Span(mention.start, mention.end),),
                    ),
                )
            states = {a.country for a in people.values()}
            if len(states) >= _ROSTER_STATES and len(states) > len({a.country for a in best}):
                best = list(people.values())
        return best

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
        return bool(actors) and all(a.kind == "organisation" and a.country is None for a in actors)

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

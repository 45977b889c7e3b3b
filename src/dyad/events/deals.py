"""Agreements as the news tells them: whom a deal that is ended was made with, and what
a signing in a relative clause on it is (its background). A mixin of
``extract._ArticleExtractor``."""

from __future__ import annotations

from collections.abc import Iterable

from ..models import Actor, EventMention, Token
from .common import _FORMAL_DEALS, _side
from .dates import When

# The verbs that make a deal with someone: "the accord it signed with France".
_MADE_WITH = frozenset(
    "sign ink conclude reach strike negotiate seal agree set form found create establish "
    "launch build".split()
)
# The prepositions by which an ending verb names the deal it ends ("withdrew from the
# treaty", "pulled out of the pact", "its participation in the treaty").
_DEAL_PREPS = frozenset({"from", "of", "in"})
# A trip whose place names the host: "during a stop in Kyiv", "on a visit to Hanoi".
_TRIPS = frozenset("visit stop stopover trip tour stay".split())
# The last word of a document's name ("the Astana Declaration", "the Minsk Accords").
_NAMED_DOCUMENTS = frozenset(
    "declaration accord agreement treaty pact protocol convention charter deal memorandum "
    "communique communiqué plan roadmap".split()
)


class _Deals:
    """Agreements ended and their parties: methods of ``_ArticleExtractor``."""

    def _ended_deals(self, verb: Token) -> list[Token]:
        """The agreements a verb takes as its object, directly or through a preposition
        ("ended the pact", "withdrew from the treaty", "pulled out of the accord",
        "suspended its participation in the treaty")."""
        out: list[Token] = []
        stack = [c for c in self.children[verb.i] if self.tokens[c].dep in ("dobj", "prep", "prt")]
        while stack:
            kid = self.tokens[stack.pop()]
            if kid.dep in ("dobj", "pobj") and (
                kid.lemma.lower() in _FORMAL_DEALS or (kid.dep == "pobj" and kid.pos == "NOUN")
            ):  # "withdrew from the committee it set up with Algeria"
                out.append(kid)
            elif kid.dep in ("prep", "prt") or (kid.dep == "dobj" and kid.pos == "NOUN"):
                stack += [
                    g
                    for g in self.children[kid.i]
                    if self.tokens[g].dep in ("pobj", "prep")
                    and (kid.dep != "dobj" or self.tokens[g].text.lower() in _DEAL_PREPS)
                ]
        return out

    def _deal_partner(self, verb: Token, actors: list[Actor]) -> list[Actor]:
        """ "is ending the defence pact it signed with France", "withdrew from the accord it
        had concluded with Rwanda": the party the ended deal was made with, named in the
        relative clause that tells its making (the ending's target)."""
        own = {_side(a) for a in actors}
        found: list[Actor] = []
        for deal in self._ended_deals(verb):
            for c in self.children[deal.i]:
                clause = self.tokens[c]
                if clause.dep not in ("relcl", "acl") or clause.lemma.lower() not in _MADE_WITH:
                    continue
                for prep in self._preps(clause, "with"):
                    found += [a for a in self._prep_actors(prep) if _side(a) not in own]
        return found

    def _made_before_ending(self, tok: Token) -> bool:
        """ "ending the defence pact it signed with France": the signing told in a relative
        clause on a deal that the sentence ends is the deal's background, not news."""
        if tok.pos != "VERB" or tok.dep not in ("relcl", "acl") or tok.head == tok.i:
            return False
        if tok.lemma.lower() not in _MADE_WITH:
            return False
        deal = self.tokens[tok.head]
        carrier = deal
        for _ in range(4):  # up through "of", "in", "from" to the verb that ends it
            if carrier.head == carrier.i:
                return False
            carrier = self.tokens[carrier.head]
            if carrier.pos == "VERB":
                break
        return (
            carrier.pos == "VERB"
            and deal in self._ended_deals(carrier)
            and any(t.type == "SANCTION" for t in self._senses(carrier.i))
        )

    def _definite(self, noun: Token) -> bool:
        """ "the foreign ministry", "the Secretariat of Foreign Affairs": a body the story
        takes as known, which with no state named is the speaker's own."""
        return any(
            self.tokens[c].dep == "det" and self.tokens[c].text.lower() == "the"
            for c in self.children[noun.i]
        )

    @staticmethod
    def _no_documents(actors: Iterable[Actor]) -> list[Actor]:
        """The parties of a signing or agreement but a document a place's name made one
        ("signed the Astana Declaration", "agreed on the Abuja Accord"): a text, no party.
        (A stance on it keeps the place's state as PLV's coders do: "backed the Sochi
        deal".)"""
        return [
            a
            for a in actors
            if a.kind in ("state", "person")
            or a.sector is not None
            or a.name.split()[-1].lower().rstrip("s") not in _NAMED_DOCUMENTS
        ]

    def _definite_deal(self, noun: Token) -> bool:
        """ "the agreement", "this pact", "the lithium pact": the deal the story is about
        (not "a deal", nor one its own words name: "the 2015 climate deal", "the Paris
        agreement"); a plain noun before it only says what it is on."""
        if noun.lemma.lower() not in _FORMAL_DEALS:
            return False
        kids = [self.tokens[c] for c in self.children[noun.i]]
        topic = [k for k in kids if k.dep == "compound" and k.pos == "NOUN" and not k.ent]
        if any(
            k.dep in ("compound", "poss", "nummod", "amod") or k.ent for k in kids if k not in topic
        ):
            return False
        if any(
            self.tokens[c].dep in ("compound", "nummod", "amod")
            for k in topic
            for c in self.children[k.i]
        ):
            return False  # "the 2015 climate deal" parsed with the year on "climate"
        return any(k.dep == "det" and k.text.lower() in ("the", "this") for k in kids)

    @staticmethod
    def _signed_with(event: EventMention, sides: set[str]) -> bool:
        """A deal made by one side with another ("X signed a treaty with Y", "X and Y
        agreed a truce"): an agreement or signing of two sides or more."""
        return (
            (event.event_type == "AGREE" or event.cameo == "057")
            and event.modality == "actual"
            and not event.negated
            and len(sides) >= 2
        )

    def _trip_host(self, verb: Token, actors: list[Actor]) -> list[Actor]:
        """ "signed four pacts during a stop in Kyiv", "signed a deal on a visit to Hanoi":
        the state of the place a signer's trip took it to signs with it (never the signer's
        own state)."""
        own = {a.country for a in actors if a.country}
        if len(own) != 1:
            return []
        found: list[Actor] = []
        for g in self._pobjs(verb, "during", "on", "in"):
            if self.tokens[g].lemma.lower() in _TRIPS:
                found += self._prep_places(self.tokens[g], ("to", "in"))
        return [a for a in found if a.country and a.country not in own][:1]

    def _target_year(self, tok: Token, when: When | None, basis: str | None) -> bool:
        """ "ready to bring relations to a new level in 2025", "agreed to double trade by
        2030": a bare year of this year or later, told after the undertaking, is the
        pledge's target, not the day it was made."""
        if when is None or basis != "sentence" or when.precision != "year":
            return False
        published = self.article.published
        if published is None or when.day.year < published.year:
            return False
        sentence = self.ann.sentences[tok.sentence]
        at = sentence.start + when.start
        if at > tok.start:
            return True
        # "said the two would bring ties to a new level in 2025 and was ready to ...": the
        # year of what a clause says will be done
        year = next((t for t in self.tokens[sentence.first : sentence.last] if t.start >= at), None)
        return year is not None and self._said_to_come(year)

    def _said_to_come(self, word: Token) -> bool:
        """Whether the verb a word hangs on is told as to come ("would bring", "will
        double", "to raise")."""
        verb = word
        for _ in range(6):
            if verb.pos in ("VERB", "AUX") or verb.head == verb.i:
                break
            verb = self.tokens[verb.head]
        return any(
            self.tokens[c].dep == "aux" and self.tokens[c].text.lower() in ("would", "will", "to")
            for c in self.children[verb.i]
        )

    def _ready_to_act(self, tok: Token) -> bool:
        """ "was ready to play an active role", "stands willing to help": readiness to do
        something, an offer (an adjective with an infinitive of its own)."""
        return tok.pos == "ADJ" and any(
            self.tokens[c].dep == "xcomp" and self.tokens[c].pos in ("VERB", "AUX")
            for c in self.children[tok.i]
        )

    @staticmethod
    def _foreign_first(recipients: tuple[Actor, ...], actors: list[Actor]) -> tuple[Actor, ...]:
        """Aid's receivers but the giver's own state when another state receives it
        ("will pay A$140 million to Nauru, A$40 million of it for its police": the parser's
        "its" is not the giver's police)."""
        own = {a.country for a in actors if a.country}
        foreign = tuple(r for r in recipients if r.country not in own)
        return foreign if any(r.country for r in foreign) else recipients

    def _backed_through_of(self, noun: Token) -> list[Actor]:
        """ "messages of support for Zelensky": whom the backing named by the noun's "of"
        is for."""
        return [
            a
            for g in self._pobjs(noun, "of")
            for p in self._preps(self.tokens[g], "for", "to")
            for a in self._prep_actors(p)
        ]

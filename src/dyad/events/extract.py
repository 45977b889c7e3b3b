"""Event extraction: PLOVER event mentions from annotated, actor-resolved articles.

For each sentence, every token whose lemma and part of speech are a trigger in
data/triggers.toml (and whose object/near constraints hold) starts an event. Its
participants are read from the dependency parse:

- verbs: the subject (climbing through "agreed to ...", "and ..." to the clause that
  has one) acts; the direct object and the objects of with/to/on/against/for are
  recipients; in the passive the "by" agent acts and the subject receives; for host
  verbs ("received", "hosted") the roles swap, since the visitor is the actor.
- nouns ("talks", "call", "visit"): "between X and Y", "with X", "X's visit to Y",
  and the subject of the verb that carries them ("held talks", "in a call with").

Participants map to resolved actors through the resolution's mentions; a phrase no
rule resolved becomes a plain actor with whatever state its words name. Reported
speech is attributed to its speaker, and what a commentator says is no event.
Dates come from the sentence, else from the story's lead, else the publication day
(each marked by ``date_basis``); events dated well before the story are history and
are left out.

The stages live in modules of their own: ``participants`` (who acts on whom),
``speech`` (speech acts and modality), ``setting`` (dates, places, modes) and
``common`` (word lists and helpers they share).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import replace
from datetime import date, timedelta

from ..actors.kb import KnowledgeBase, load_kb
from ..ingest.metadata import read_dateline
from ..models import (
    Actor,
    ActorMention,
    Annotation,
    Article,
    EventMention,
    Evidence,
    Location,
    Resolution,
    Span,
    Token,
)
from .blocs import _Blocs
from .common import (
    _ACCEPTING,
    _AGAINST_OWN,
    _AGREED_SENTENCES,
    _BETWEEN_STATES,
    _BINDING,
    _CLAIMS,
    _COOPERATIVE,
    _CORE_TYPES,
    _DEED_CLAUSES,
    _ENDING_TYPES,
    _FORMAL_DEALS,
    _FUTURE,
    _GIVING_WAY,
    _HELPING,
    _INTENT_HEADS,
    _LEAD_SENTENCES,
    _MATERIAL,
    _MEETINGS,
    _NAMING_VERBS,
    _PER_OBJECT_TYPES,
    _PLAIN_DOCUMENTS,
    _PROPOSING,
    _PROVISOS,
    _QUOTES,
    _RECEIVER_PREPS,
    _REMOTE_WORDS,
    _ROUNDS,
    _SCHEDULED,
    _SIGNED_TERMS,
    _SIGNING_AGAIN,
    _SPANS,
    _SPEECH,
    _THREAT_MODES,
    _TOTAL_SPANS,
    _TRAVEL,
    _UNDERTAKING,
    _UNDERTAKING_NOUNS,
    _confidence,
    _Found,
    _mention_id,
    _offtopic_rules,
    _political,
    _same_contact,
    _side,
    _unique,
)
from .confidence import ConfidenceModel, calibrated, load_confidence_model
from .dates import When, find_dates
from .deals import _Deals
from .deeds import _Deeds
from .disputes import _Disputes
from .lexicon import EventLexicon, Trigger, _children, gap_verb, load_event_lexicon
from .participants import _Participants
from .reactions import _Reactions
from .roles import _Roles
from .setting import _Setting
from .speech import _Speech
from .summits import _Summits
from .trips import _Trips


class Extractor:
    """Extract event mentions. Build once; call per article."""

    def __init__(
        self,
        lexicon: EventLexicon | None = None,
        kb: KnowledgeBase | None = None,
        coder_version: str = "",
        confidence: ConfidenceModel | bool | None = True,
    ) -> None:
        """``confidence``: the model that gives each mention its confidence
        (confidence.py); True for the shipped one, None for the rules' own estimate."""
        self.lexicon = lexicon or load_event_lexicon()
        self.kb = kb or load_kb()
        self.coder_version = coder_version
        self.confidence = load_confidence_model() if confidence is True else confidence or None

    def __call__(
        self, article: Article, annotation: Annotation, resolution: Resolution
    ) -> list[EventMention]:
        mentions = _ArticleExtractor(self, article, annotation, resolution).run()
        if self.confidence is None:
            return mentions
        return calibrated(self.confidence, mentions, annotation.tokens)


def _one_per_id(events: list[EventMention]) -> list[EventMention]:
    """One mention per word and type (its id): two rules that read the same word as the
    same type ("warned that Russia could take measures against U.S. companies", read as a
    conditional penalty and as a warning) told one event; its participants are both's."""
    kept: dict[str, int] = {}
    out: list[EventMention] = []
    for event in events:
        at = kept.get(event.id)
        if at is None:
            kept[event.id] = len(out)
            out.append(event)
            continue
        first = out[at]
        out[at] = replace(
            first,
            actors=_unique((*first.actors, *event.actors)),
            recipients=_unique((*first.recipients, *event.recipients)),
        )
    return out


def _without_stateless_twins(told: list[EventMention]) -> list[EventMention]:
    """One sentence's events, less one whose doers have no state when another of the same
    type tells the same targets with a state's doer ("Vaccines donated by Japan arrived in
    Hanoi": the doses read as a body, and Japan)."""

    def twin(e: EventMention, o: EventMention) -> bool:
        return (
            o is not e
            and o.event_type == e.event_type
            and {a.key for a in o.recipients} == {a.key for a in e.recipients}
            and any(a.country for a in o.actors)
        )

    return [
        e for e in told if any(a.country for a in e.actors) or not any(twin(e, o) for o in told)
    ]


def _amend(
    events: list[EventMention],
    told: list[tuple[EventMention, Token]],
    old: EventMention,
    new: EventMention,
) -> None:
    """Put ``new`` in the place of an event the sentence has told, in both lists."""
    events[events.index(old)] = new
    i = [e for e, _ in told].index(old)
    told[i] = (new, told[i][1])


def _joined(talks: EventMention, joiner: EventMention) -> EventMention:
    """The meeting ``talks`` with the actors of ``joiner`` (its mediators or attendees)
    among its sides: one multilateral meeting of all."""
    sides = _unique((*talks.actors, *talks.recipients, *joiner.actors))
    return replace(talks, actors=sides, recipients=(), mode="multilateral")


# Heads of a meeting to come that announce no intent to meet: the reporter's schedule
# ("is due to attend") and a wish ("hoped to keep talking with the authorities", "wants
# to open membership talks"), which is no undertaking (AGREE is a pledge or an offer).
_NOT_ANNOUNCED = _SCHEDULED | {"hope", "wish", "want"}


# Prepositions that make a noun the topic of another deed ("a row over the call").
_ABOUT = frozenset({"over", "about", "regarding", "concerning"})
# How a line of the story ends (a page's menu, headline and byline end in a word).
_STORY_LINE_END = re.compile(r"""[.!?:;,"')\]]$""")
# What may open a line before its words: a list's number or bullet ("2. ", "- ", "• ").
_LIST_MARK = re.compile(r"\s*(?:(?:\d{1,2}[.)]|[-*•–])\s*)?")
# How far back a person's dated deed dates the same person's next undated one.
_SPEAKER_SENTENCES = 2
# Words for the person a host welcomes ("welcomed the visiting premier").
_GUEST_TITLES = frozenset(
    """president premier minister leader counterpart king queen prince emir sultan monarch
    chancellor guest envoy""".split()
)


# What a verb read of a trigger noun must not have to be read back as the noun.
_VERB_ONLY = frozenset({"aux", "auxpass", "neg", "mark", "dobj", "dative"})


def _noun_readings(tokens: tuple[Token, ...], lex: EventLexicon) -> tuple[Token, ...]:
    """The tokens with a plural trigger noun the tagger took for a verb after its light
    verb read back as that verb's object: "the navy began drills off the coast" ("drills"
    a present-tense complement of "began", which no verb takes), and "began two weeks of
    naval drills" (the span parsed as the subject of "drills"), read as "began two weeks"
    with the drills the object of "of" (where the quantity noun's verb carries them); and a
    past-tense light verb between a subject noun and its object read as the noun phrase's
    adjective ("the army staged drills" parsed as one noun phrase), read as the verb."""
    children = _children(tokens)
    out = list(tokens)
    for tok in tokens:
        if tok.pos == "ADJ" and tok.dep == "dobj" and lex.triggers_for(tok.lemma.lower(), "NOUN"):
            # "held a bilateral with X": an adjective the parser made an object is a noun
            out[tok.i] = replace(tok, pos="NOUN", tag="NN", lemma=tok.lemma.lower())
            continue
        bare = not any(tokens[c].dep in _VERB_ONLY | {"nsubj"} for c in children[tok.i])
        if tok.pos == "VERB" and tok.tag == "VBG" and bare:
            # "carried out 48 hours of shelling": a gerund with no object counted by a
            # quantity noun, or the object of its noun's light verb, is that noun
            word, head = tok.text.lower(), tokens[tok.head]
            senses = lex.triggers_for(word, "NOUN")
            if head.text.lower() == "of" and tok.dep in ("pobj", "pcomp"):
                counted = tokens[head.head].lemma.lower() in _ROUNDS | _SPANS
            else:
                counted = tok.dep == "dobj" and any(head.lemma.lower() in t.light for t in senses)
            if senses and counted:
                dep = "dobj" if tok.dep == "dobj" else "pobj"
                out[tok.i] = replace(tok, pos="NOUN", tag="NN", lemma=word, dep=dep)
            continue
        if tok.pos != "VERB" or tok.tag != "VBZ" or not lex.triggers_for(tok.lemma, "NOUN"):
            continue
        if tok.dep in ("pobj", "dobj", "nsubjpass"):  # "four days of drills": parsed as a noun
            out[tok.i] = replace(tok, pos="NOUN", tag="NNS")
            continue
        if tok.dep not in ("xcomp", "ccomp"):
            continue
        light = tokens[tok.head]
        if light.pos != "VERB" or tok.head > tok.i:
            continue
        if not any(light.lemma.lower() in t.light for t in lex.triggers_for(tok.lemma, "NOUN")):
            continue
        kids = [tokens[c] for c in children[tok.i]]
        if any(k.dep in _VERB_ONLY for k in kids):
            continue
        subjects = [k for k in kids if k.dep in ("nsubj", "nsubjpass", "expl")]
        noun = replace(tok, pos="NOUN", tag="NNS", dep="dobj")
        if subjects:
            span = subjects[0]
            of = [tokens[c] for c in children[span.i] if tokens[c].text.lower() == "of"]
            if (
                len(subjects) > 1
                or span.pos != "NOUN"
                or span.lemma.lower() not in _ROUNDS | _SPANS
                or len(of) != 1
                or of[0].dep != "prep"
            ):
                continue
            objects = [tokens[c] for c in children[of[0].i] if tokens[c].dep == "pobj"]
            if len(objects) > 1 or (objects and objects[0].i != tok.i - 1):
                continue
            if not objects and of[0].i != tok.i - 1:
                continue
            # "two weeks of combat drills": the span the object, the noun before it a modifier
            out[span.i] = replace(span, dep="dobj", head=light.i)
            for o in objects:
                out[o.i] = replace(o, dep="compound", head=tok.i)
            noun = replace(noun, dep="pobj", head=of[0].i)
        out[tok.i] = noun
        for k in kids:  # ", sending warships": the clause hangs on the verb again
            if k.dep in ("advcl", "punct") and k.i > tok.i:
                out[k.i] = replace(out[k.i], head=light.i)
    for verb in tokens:  # "the country's army staged drills": the verb read as an adjective
        if verb.tag != "VBD" or verb.dep != "amod" or verb.head != verb.i + 1 or verb.i == 0:
            continue
        noun, doer = tokens[verb.head], tokens[verb.i - 1]
        if noun.dep != "ROOT" or noun.pos != "NOUN" or doer.head != noun.i:
            continue
        if doer.pos != "NOUN" or doer.dep not in ("amod", "compound", "nsubj"):
            continue
        if not any(verb.lemma.lower() in t.light for t in lex.triggers_for(noun.lemma, "NOUN")):
            continue
        out[verb.i] = replace(verb, pos="VERB", dep="ROOT", head=verb.i)
        out[noun.i] = replace(noun, dep="dobj", head=verb.i)
        out[doer.i] = replace(doer, dep="nsubj", head=verb.i)
        for c in children[noun.i]:
            if c < doer.i:  # "the country's": the subject's, not the drills'
                out[c] = replace(tokens[c], head=doer.i)
            elif tokens[c].dep == "punct":
                out[c] = replace(tokens[c], head=verb.i)
    return tuple(out)


# Prepositions on a quantity noun that belong to the event it counts ("a wave of strikes
# on the port", "a round of talks with Seoul", "days of drills near the strait").
_COUNTED_PREPS = frozenset({"on", "against", "with", "at", "into", "near", "around", "off"})


def _counted_phrases(tokens: tuple[Token, ...], lex: EventLexicon) -> tuple[Token, ...]:
    """The tokens with a target, partner or place the parser hung on a quantity noun hung on
    the trigger noun it counts: "launched a barrage of strikes on the city" ("on the city"
    on "barrage"), read as the strikes' target."""
    children = _children(tokens)
    out = list(tokens)
    for span in tokens:
        if span.pos != "NOUN" or span.lemma.lower() not in _ROUNDS | _SPANS:
            continue
        counted = [
            o
            for c in children[span.i]
            if tokens[c].dep == "prep" and tokens[c].text.lower() == "of"
            for o in children[c]
            if tokens[o].dep == "pobj" and tokens[o].pos == "NOUN"
        ]
        if len(counted) != 1 or not lex.triggers_for(tokens[counted[0]].lemma, "NOUN"):
            continue
        for c in children[span.i]:
            kid = tokens[c]
            if kid.dep == "prep" and kid.text.lower() in _COUNTED_PREPS and c > counted[0]:
                out[c] = replace(kid, head=counted[0])
    return tuple(out)


# What opens a noun phrase of its own: "its envoy", "the consul", "three attachés".
_PHRASE_OPENERS = frozenset({"poss", "det", "nummod", "predet"})


def _shifted_objects(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """The tokens with a heavy object put after an adverbial read back as its verb's direct
    object: "pulled out with immediate effect its envoy to X", "recalled for consultations
    the consul in Y" (parsed as an apposition of the adverbial's noun, with no comma between
    them, when the verb has no object of its own and the adverbial is a bare noun)."""
    children = _children(tokens)
    out = list(tokens)
    for verb in tokens:
        if verb.pos not in ("VERB", "AUX") or any(
            tokens[c].dep in ("dobj", "nsubjpass", "dative", "ccomp") for c in children[verb.i]
        ):
            continue
        found = []
        for c in children[verb.i]:
            kid = tokens[c]
            if kid.i < verb.i or kid.dep != "prep":
                continue
            for o in children[c]:
                if tokens[o].dep != "pobj" or any(
                    tokens[k].dep in ("poss", "det") for k in children[o]
                ):  # a bare adverbial, not "with his host the envoy"
                    continue
                found += [  # the appended phrase opens with its own determiner
                    a
                    for a in children[o]
                    if tokens[a].dep == "appos"
                    and a > o
                    and tokens[a].pos in ("NOUN", "PROPN")
                    and tokens[a].ent not in ("DATE", "TIME")  # "on Monday the 4th"
                    and any(tokens[k].dep in _PHRASE_OPENERS and k == o + 1 for k in children[a])
                ]
        if len(found) == 1:
            out[found[0]] = replace(tokens[found[0]], dep="dobj", head=verb.i)
    for pred in tokens:
        # "called Y's decision disproportionate", parsed as one noun phrase ("decision" a
        # compound or adjective of the predicate) or as a small clause ("decision" its
        # subject): a noun owned or determined on its own ends the object, and what
        # follows is what the object is called
        if pred.dep != "oprd" or pred.head == pred.i:
            continue
        verb = tokens[pred.head]
        if any(tokens[c].dep in ("dobj", "dative") for c in children[verb.i]):
            continue
        if any(tokens[c].dep in ("poss", "det") for c in children[pred.i]):
            continue
        owned = [
            c
            for c in children[pred.i]
            if tokens[c].dep in ("compound", "amod", "nsubj")
            and c == pred.i - 1
            and any(tokens[k].dep in ("poss", "det") for k in children[c])
        ]
        if len(owned) == 1:
            out[owned[0]] = replace(tokens[owned[0]], dep="dobj", head=verb.i)
    return tuple(out)


# How many days before its publication a story's dateline may date it ("PRETORIA, Aug. 23"
# on a page published on the 25th); an older one is a dateline read wrongly.
_DATELINE_DAYS = 3
# "Friday 3 May, 10:40 GMT - Troops crossed the river late on Thursday": a live page's
# time stamp opening the lead, the hour it was posted, not the day of its news
_STAMP_OPENING = re.compile(
    r"^\s*(?:(?:updated|posted)\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    r"(?:\d{1,2}\s+[A-Za-z]{3,9}\.?|[A-Za-z]{3,9}\.?\s+\d{1,2})(?:,?\s+\d{4})?,?\s+"
    r"\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,5}\s*)?[-\u2013\u2014]+\s*",
    re.IGNORECASE,
)


class _ArticleExtractor(
    _Participants,
    _Blocs,
    _Speech,
    _Setting,
    _Trips,
    _Summits,
    _Disputes,
    _Deals,
    _Reactions,
    _Roles,
    _Deeds,
):
    """The state of extracting events from one article."""

    def __init__(
        self, extractor: Extractor, article: Article, ann: Annotation, res: Resolution
    ) -> None:
        self.x = extractor
        self.lex = extractor.lexicon
        self.article = article
        self.ann = ann
        self.res = res
        self.tokens = _shifted_objects(
            _counted_phrases(_noun_readings(ann.tokens, self.lex), self.lex)
        )
        self.children: list[list[int]] = [[] for _ in self.tokens]
        for tok in self.tokens:
            if tok.head != tok.i:
                self.children[tok.head].append(tok.i)
        self._sense_cache: dict[int, tuple[Trigger, ...]] = {}
        self.mention_at: dict[int, ActorMention] = {}
        self.dateline_end = self._datelines()
        self.written = self._written_day()
        self.posts = self._posts()  # (before the story's date, which reads their days)
        for mention in res.mentions:
            if mention.start < self.dateline_end.get(mention.sentence, -1):
                continue  # "QUITO, April 6 (Andes Observer) --": the outlet is no party
            for i in range(mention.first, mention.last):
                self.mention_at.setdefault(i, mention)
        self.actors = {a.key: a for a in res.actors}
        self.token_ending = {t.end: t.i for t in self.tokens}
        self.story_date = self._story_date()
        self.day_headings = self._day_headings()
        self.story_states = self._story_states()
        self.turns = self._turns()
        # the sentences of a ticker's or live page's items ("14:05 — ..."), by index
        self.clock_items = self._clock_items()
        # (trigger offset, sentence, parties) of each event of several sides so far
        self.groups: list[tuple[int, int, tuple[Actor, ...]]] = []
        # co-actors of a deed aimed at someone ("A, B and C condemned X"), for "they" after
        self.doers: list[tuple[int, int, tuple[Actor, ...]]] = []
        self.events: list[EventMention] = []  # so far, for what later sentences refer to
        # (sentence, type, date) of each event its own sentence dates, for "the same day"
        self.dated: list[tuple[int, str, When]] = []
        # triggers whose target is the one other side their sentence names or, naming none,
        # the other of the story's two states (participants)
        self.sentence_targeted: set[int] = set()

    def _datelines(self) -> dict[int, int]:
        """Where a dateline opening a sentence ends, by sentence (annotate.py leaves out
        only the first paragraph's dateline, not one after a title line)."""
        ends = {}
        for sentence in self.ann.sentences[:_LEAD_SENTENCES]:
            text = self.article.text[sentence.start : sentence.end]
            dateline = read_dateline(text)
            if dateline is not None:
                ends[sentence.index] = sentence.start + dateline.end
            elif (stamp := _STAMP_OPENING.match(text)) is not None:
                ends[sentence.index] = sentence.start + stamp.end()
        return ends

    def _written_day(self) -> date | None:
        """The day the story was written, which its "today", "yesterday" and weekdays count
        from: the date of its opening dateline ("PRETORIA, Aug. 23 (Outlet) -" in a story
        published on the 24th), when it writes one a few days before the publication; else
        the publication date."""
        published = self.article.published
        if published is None:
            return self._printed_day()
        if not self.ann.sentences:
            return published
        first = self.ann.sentences[0]
        dateline = read_dateline(self.article.text[: first.end])
        if dateline is None:
            return published
        if dateline.day is not None:
            told = [dateline.day]
        else:
            head = self.article.text[: max(first.start, dateline.end)]
            told = [w.day for w in find_dates(head, published) if w.precision == "day"]
        told = [d for d in told if published - timedelta(days=_DATELINE_DAYS) <= d <= published]
        return told[0] if told else published

    def _printed_day(self) -> date | None:
        """With no publication date, the full date the page prints above its story
        ("March 4, 2022 | 09:15 GMT" under the title): the day its weekdays count from."""
        for sentence in self.ann.sentences[:_LEAD_SENTENCES]:
            text = self.article.text[sentence.start : sentence.end]
            told = [w for w in find_dates(text, None) if w.precision == "day"]
            if told:
                return told[0].day
        return None

    # ---- driver -------------------------------------------------------------------------

    def run(self) -> list[EventMention]:
        events = self.events
        for sentence in self.ann.sentences:
            told_before = len(events)
            # one event per type, mode and participants in a sentence; a verb stating it
            # wins over a noun ("issued a joint statement deciding to extend the treaty");
            # two verbs joined by "and", each with a deed of its own, are two (_second_deed)
            seen: dict[tuple, tuple[int, str]] = {}
            found_events = (
                (found, event)
                for found in itertools.chain(
                    self._triggers(sentence.first, sentence.last),
                    self._speech_acts(sentence.first, sentence.last),
                    self._followers(sentence.first, sentence.last),
                    self._outbreaks(sentence.first, sentence.last),
                    self._deliveries(sentence.first, sentence.last),
                    self._visiting_addressed(sentence.first, sentence.last),
                    self._summit_companions(sentence.first, sentence.last),
                    self._summit_addressed(sentence.first, sentence.last),
                    self._summit_attendance(sentence.first, sentence.last),
                    self._bloc_gatherings(sentence.first, sentence.last),
                    self._mutual_charges(sentence.first, sentence.last),
                    self._closed_borders(sentence.first, sentence.last),
                    self._reactions(sentence.first, sentence.last),
                    self._deed_shapes(sentence.first, sentence.last),
                )
                for part in self._per_conversation(found)
                for stated in self._with_refusal(self._event(part, sentence.index), part)
                for deed in self._per_object(stated, found.trigger)
                for event in self._per_actor(deed)
            )
            told: list[tuple[EventMention, Token]] = []  # this sentence's, with triggers
            for found, event in found_events:
                key = (
                    event.event_type,
                    event.mode,
                    tuple(a.key for a in event.actors),
                    tuple(a.key for a in event.recipients),
                )
                if _in_house(event):
                    event = self._own_measure_sought(event, found.trigger)
                    if event is None:
                        continue
                if self._elaborates(event, found.trigger, told):
                    continue
                joined = self._same_raid(event, found.trigger, told)
                if joined is not None:
                    targets = _unique((*joined.recipients, *event.recipients))
                    _amend(events, told, joined, replace(joined, recipients=targets))
                    continue
                talks = self._mediated_talks(event, found.trigger, told)
                if talks is not None:  # "talks in Doha mediated by Qatar": one meeting
                    _amend(events, told, talks, _joined(talks, event))
                    continue
                attended = self._attended_talks(event, found.trigger)
                if attended is not None:  # "Qatari and Turkish officials attended the talks"
                    events[events.index(attended)] = _joined(attended, event)
                    continue
                restated = self._restated_signing(event, found.trigger)
                if restated is not None:  # "the three men put their names to the document"
                    at = events.index(restated)
                    signers = (*restated.actors, *event.actors, *event.recipients)
                    events[at] = replace(restated, actors=_unique(signers))
                    continue
                second = self._second_deed(event, found.trigger, told)
                told.append((event, found.trigger))
                if key not in seen or second:
                    seen[key] = (len(events), found.trigger.pos)
                    events.append(event)
                    self._remember_group(event, found.trigger)
                elif seen[key][1] == "NOUN" and found.trigger.pos == "VERB":
                    events[seen[key][0]] = event
                    seen[key] = (seen[key][0], "VERB")
            events[told_before:] = _without_stateless_twins(
                self._without_idle_aims(events[told_before:])
            )
        if events and self._off_topic(events):
            return []
        # (and again after: a call that "spoke with X" tells, read there, gives its mode to
        # "the leaders discussed ..." of the same sides that day)
        events = _same_contact(self._visits_on_trips(_same_contact(events)))
        events = self._summits_over_visits(events)
        events = [_envoy_at_post(e) for e in events]
        events = [self._officials_placed(e) for e in events]
        events = _dated_by_retelling(self._without_headline_repeats(events), self.clock_items)
        events = self._listed_pledges(events)
        return _one_per_id([e for e in events if not _meeting_only_wished(e, events)])

    def _listed_pledges(self, events: list[EventMention]) -> list[EventMention]:
        """ "Donors pledged $1.2 billion for Sudan ... Pledges included:" then a line per
        donor ("Japan — $40 million"): each line is that donor's pledge to the recipient of
        the pledge told just before, on its day."""
        found = list(events)
        for sentence in self.ann.sentences:
            line = _PLEDGE_LINE.fullmatch(self.article.text, sentence.start, sentence.end)
            if line is None:
                continue
            donor = self._listed_donor(sentence, line.end("donor"))  # (offsets in the text)
            told = [
                e
                for e in found
                if e.event_type == "AID"
                and e.recipients
                and 0 < sentence.index - e.evidence.sentence_index <= _PLEDGE_REACH
            ]
            if (
                donor is None
                or not told
                or donor.country in {a.country for a in told[-1].recipients}
            ):
                continue
            template = told[-1]
            text = self.article.text[sentence.start : sentence.end]
            found.append(
                replace(
                    template,
                    id=_mention_id(self.article.id, sentence.index, sentence.start, "AID"),
                    actors=(donor,),
                    evidence=Evidence(
                        self.article.id, sentence.index, sentence.start, sentence.end, text
                    ),
                    trigger=Span(line.start("sum"), line.end("sum")),  # (offsets in the text)
                    modality="intended",
                    speaker=None,
                )
            )
        return found

    def _listed_donor(self, sentence, end: int) -> Actor | None:
        """The one state or body a pledge line names before its sum."""
        keys = {
            k
            for m in self.res.mentions
            if m.sentence == sentence.index and m.end <= end
            for k in m.keys
        }
        actors = [self.actors[k] for k in keys if k in self.actors]
        return (
            actors[0] if len(actors) == 1 and actors[0].kind in ("state", "organisation") else None
        )

    def _officials_placed(self, event: EventMention) -> EventMention:
        """An event of an official no rule gave a state ("Vice Foreign Minister X conveyed
        a protest to the Chinese ambassador", "a navy spokesman urged Japan to ...") in a
        story about two states, aimed at (or coming from) one of them: the official is the
        other's."""
        pair = self.story_states
        if pair is None:
            return event
        sides = {"actors": event.actors, "recipients": event.recipients}
        for name, other in (("actors", event.recipients), ("recipients", event.actors)):
            own = sides[name]
            states = {a.country for a in other if a.country}
            if not own or any(a.country or a.sector == "IGO" for a in own) or len(states) != 1:
                continue  # (a body's staff beside it are the body's: "the GCC and its head")
            [there] = states
            doers = name == "actors"
            if there not in pair or not any(_placeable(a, doers) for a in own):
                continue
            [home] = [s for s in pair if s != there]
            state = self.x.kb.state(home)
            cow = state.cow if state else None
            placed = tuple(
                replace(a, country=home, cow=cow, kind=_placed_kind(a))
                if _placeable(a, doers)
                else a
                for a in own
            )
            return replace(event, **{name: placed})
        return event

    def _without_headline_repeats(self, events: list[EventMention]) -> list[EventMention]:
        """Less the events of the lines that open a scraped page above its story (a menu,
        the headline, a byline) that the story tells again: a headline repeats the news
        undated and in the present ("Japan protests after ..."), so its event would only
        double the story's own with a wrong day. One the story does not retell (its lead is
        passive: "an agreement ... was signed") stays."""
        head = next(
            (
                s.index
                for s in self.ann.sentences
                if _STORY_LINE_END.search(self.article.text[s.start : s.end].rstrip())
            ),
            0,
        )

        # (and a headline line further on: a newsletter's list of contents, a link to
        # another story, a subhead that names the news the paragraphs below tell)
        headlines = {
            s.index for s in self.ann.sentences if s.index < head or self._headline_line(s)
        }

        def retold(e: EventMention) -> bool:
            return any(
                o.evidence.sentence_index not in headlines and _told_sides(o) == _told_sides(e)
                for o in events
            )

        return [e for e in events if e.evidence.sentence_index not in headlines or not retold(e)]

    def _headline_line(self, sentence) -> bool:
        """A line of its own with no closing stop, perhaps after a list's number or bullet
        ("2. Brazil condemns Argentine tariff"): a headline's or a subhead's shape."""
        text = self.article.text
        line = text[sentence.start : sentence.end].strip()
        opening = text[text.rfind("\n", 0, sentence.start) + 1 : sentence.start]
        return (
            bool(line)
            and not _STORY_LINE_END.search(line)
            and _LIST_MARK.fullmatch(opening) is not None
            and text[sentence.end : sentence.end + 1] in ("\n", "")
        )

    def _without_idle_aims(self, told: list[EventMention]) -> list[EventMention]:
        """One sentence's events, less those aimed at its one other side only for want of
        a stated target (participants) when another of its events already tells that
        stance ("called the seizure a hostile act and accused Lome of ...": one charge) or
        treats that side the other way ("condemned the bombing and praised Kabul's help":
        no charge against Kabul)."""

        def sides(e: EventMention) -> tuple[frozenset[str], frozenset[str]]:
            return frozenset(map(_side, e.actors)), frozenset(map(_side, e.recipients))

        def idle(e: EventMention) -> bool:
            if e.trigger.start not in self.sentence_targeted:
                return False
            doers, targets = sides(e)
            friendly = e.event_type in _COOPERATIVE
            for other in told:
                if other is e:
                    continue
                if (
                    other.trigger.start in self.sentence_targeted
                    and other.event_type != e.event_type
                ):
                    continue
                o_doers, o_targets = sides(other)
                if not (doers & (o_doers | o_targets) and targets & (o_doers | o_targets)):
                    continue
                if other.event_type == e.event_type:
                    if (
                        other.trigger.start not in self.sentence_targeted
                        or other.trigger.start < e.trigger.start
                    ):
                        return True
                elif (other.event_type in _COOPERATIVE) != friendly:
                    return True
            return False

        return [e for e in told if not idle(e)]

    def _own_measure_sought(self, event: EventMention, verb: Token) -> EventMention | None:
        """A request inside one government is no event between sides, unless what it asks
        is a measure against another state ("said she would ask the president to expel
        X's diplomats"): the step held out over that state, its threat (THREATEN)."""
        own = {a.country for a in event.actors}
        for c in self.children[verb.i]:
            if self.tokens[c].dep != "xcomp":
                continue
            for rule in self._senses(c):
                if rule.type != "SANCTION":
                    continue
                measure = self._participants(self.tokens[c], rule)
                targets = [
                    a for a in (measure.recipients if measure else ()) if a.country not in own
                ]
                if targets and None not in {a.country for a in targets}:
                    threat = self._second_reading(event, "THREATEN", "130", event.date_basis)
                    return replace(threat, recipients=tuple(targets))
        return None

    def _meeting_day(self, tok: Token, found: _Found, sentence_index: int) -> When | None:
        """ "Sisi and Erdogan held talks in Cairo on Feb. 14. ... The two presidents signed a
        declaration": what the sides of a meeting do together in a later sentence with no day
        of its own was done at the meeting, on its day (not on the day of the story's news,
        which may be a later one). Together means as co-actors ("both leaders called on
        Sudan to ..."), or for a signing also as signer and co-signer ("X signed a treaty
        with Y"); a meeting on the story's own day leaves the story's day."""
        signing = found.rule.cameo == "057" or (
            found.rule.type == "AGREE"  # "signed a treaty and agreed to ...": one breath
            and tok.dep == "conj"
            and any(t.cameo == "057" for t in self._senses(tok.head))
        )
        parties = (*found.actors, *found.recipients) if signing else found.actors
        sides = {_side(a) for a in parties if _political(a)}
        if len(sides) < 2 or self._negated(tok):
            return None
        days = [
            event.date
            for event in self._dated_meetings()
            if event.evidence.sentence_index < sentence_index
            and sides <= {_side(a) for a in (*event.actors, *event.recipients) if _political(a)}
        ]
        story = self.story_date.day if self.story_date else None
        if not days or story in days:
            return None
        joint = [
            e.date
            for e in self.events
            if e.evidence.sentence_index < sentence_index
            and e.modality == "actual"
            and e.date_basis == "sentence"
            and sides <= {_side(a) for a in e.actors if _political(a)}
        ]
        if story in joint:
            # "X and Y signed a pact on Monday, a day after their talks. The two leaders
            # agreed ...": acting together again on the story's day, not back at the talks
            return None
        return When(days[-1], "day", "", 0, 0)

    def _speaker_day(self, found: _Found, sentence_index: int) -> When | None:
        """ "Zakharova said on Wednesday that ... She accused Warsaw of ...": what a person
        does in a sentence with no day of its own, just after a sentence that dates what
        the same person did, was done that day (not on the day of the story's lead); so is
        what a state says with no person named just after its word of a named day."""
        people = {a.key for a in found.actors if a.kind == "person"}
        sides = {_side(a) for a in found.actors}
        if len(sides) != 1:
            return None  # (a joint act after a meeting is ``_meeting_day``'s)
        sentence = self.ann.sentences[sentence_index]
        text = self.article.text[sentence.start : sentence.end]
        for back in range(1, _SPEAKER_SENTENCES + 1):
            days = {
                event.date
                for event in self.events
                if event.evidence.sentence_index == sentence_index - back
                and event.date_basis == "sentence"
                and event.date_precision == "day"
                and event.modality == "actual"
                and (
                    people & {a.key for a in event.actors}
                    # "A navy spokesman said on Sunday ... China's navy rejected ...": the
                    # same state's word just after its word of a day (not after its deed,
                    # nor "a day later")
                    or (
                        not people
                        and back == 1
                        and event.event_type not in _MATERIAL
                        and sides == {_side(a) for a in event.actors}
                        and not _LATER.search(text)
                    )
                )
            }
            if days:  # (two days for the person: "signed on Monday, a day after talks")
                return When(days.pop(), "day", "", 0, 0) if len(days) == 1 else None
        return None

    def _quoted_on(self, tok: Token, sentence_index: int) -> When | None:
        """ "Zakharova said Russia would respond. 'Riga's actions will not go unanswered,'
        she told a briefing on Thursday.": what a speaker said with no day of its own, just
        before her quote that the next sentence dates, was said that day."""
        if sentence_index + 1 >= len(self.ann.sentences):
            return None
        after = self.ann.sentences[sentence_index + 1]
        if not _QUOTES.intersection(self.article.text[after.start : after.end]):
            return None  # (no quote after: no need to read who spoke)
        if tok.lemma.lower() in _SPEECH:  # "said Russia would respond": the saying is the act
            subject = self._subject(tok)
            said_by = self._np_actors(subject) if subject is not None else []
        else:
            said_by = self._speakers(tok)
        speakers = {a.key for a in said_by if a.kind == "person"}
        if not speakers:
            return None
        for said in self.tokens[after.first : after.last]:
            if said.pos != "VERB" or said.lemma.lower() not in _SPEECH:
                continue
            subject = self._subject(said)
            if subject is None or not (
                subject.text.lower() in ("he", "she")
                or speakers & {a.key for a in self._np_actors(subject)}
            ):
                continue
            days = [
                w
                for w in self._sentence_dates(after)
                if w.precision == "day" and self._dates_verb(after.start + w.start, said)
            ]
            return days[0] if days else None
        return None

    def _dated_meetings(self) -> list[EventMention]:
        """The meetings told so far whose own sentence gives their day, in story order:
        what ``_meeting_day`` dates later joint acts by."""
        return [
            e
            for e in self.events
            if e.event_type == "CONSULT"
            and e.modality == "actual"
            and e.date_basis == "sentence"
            and e.date_precision == "day"
        ]

    def _with_refusal(self, event: EventMention | None, found: _Found) -> list[EventMention]:
        """The event, and for a cooperative act someone says they will not do ("will not
        lift the embargo", "won't accept refugees") or an agreement the parties failed to
        reach ("failed to reach agreement on the deal") the refusal it states (REJECT)."""
        if event is None:
            return []
        event = self._as_peacekeeping(event, found)
        refused = (
            event.negated
            and not self._resolve(found.trigger)
            and (
                (event.modality == "intended" and event.event_type in _COOPERATIVE)
                or (event.event_type == "AGREE" and self._failed(found.trigger))
                # "does not recognise Kosovo", "did not accept the proposal": a refusal now (not
                # "has not yet accepted": still pending)
                or (
                    event.event_type in _COOPERATIVE
                    and found.trigger.lemma.lower() in _ACCEPTING
                    and not any(
                        self.tokens[c].text.lower() == "yet" for c in self.children[found.trigger.i]
                    )
                )
            )
        )
        if not refused:
            if threat := self._conditional_penalty(event, found):
                return threat  # "would expel X's envoy if ...": the threat is what was done
            return [
                event,
                *self._stated_force(event, found),
                *self._concluded_deal(event, found),
                *self._conditional_penalty(event, found),
                *self._announced_intent(event, found),
            ]
        cross = self.lex.crosswalk("REJECT")
        refusal = replace(
            event, event_type="REJECT", mode=None, medium=None,
            id=_mention_id(
                self.article.id, event.evidence.sentence_index, event.trigger.start, "REJECT"
            ),
            negated=False, modality="actual", location=Location(), cameo=cross.cameo,
            goldstein=cross.goldstein, quad_class=cross.quad,
        )  # fmt: skip
        return [event, refusal]

    def _resolve(self, verb: Token) -> bool:
        """ "would not back down", "will not give in": resolve a side states, refusing no one
        in particular; "will not give in to X's demands" names what it refuses."""
        if verb.lemma.lower() not in _GIVING_WAY:
            return False
        return not any(
            self.tokens[c].dep == "prep" and self.tokens[c].text.lower() in ("to", "on", "over")
            for c in self.children[verb.i]
        )

    def _stated_force(self, event: EventMention, found: _Found) -> list[EventMention]:
        """ "Ankara said it would launch an operation against X": force a side says it will
        use is also a threat (THREATEN/violence, CAMEO 138) its speaker makes to the target."""
        if (
            event.event_type != "ASSAULT"
            or event.modality not in ("intended", "hypothetical")  # "would strike if ..."
            or event.negated
            or not event.recipients
        ):
            return []
        speaker = self._speaker(found.trigger)
        if speaker is None or _side(speaker) not in {_side(a) for a in event.actors}:
            return []
        cross = self.lex.crosswalk("THREATEN", "violence")
        # the threat is made when it is said, not when the force would be used
        sentence = self.ann.sentences[event.evidence.sentence_index]
        when, basis = self._date(found.trigger, sentence)
        threat = replace(
            event, event_type="THREATEN", mode="violence", medium=None, actors=(speaker,),
            id=_mention_id(
                self.article.id, event.evidence.sentence_index, event.trigger.start, "THREATEN"
            ),
            modality="actual", location=Location(), cameo=cross.cameo,
            goldstein=cross.goldstein, quad_class=cross.quad,
            date=when.day if when else None, date_precision=when.precision if when else None,
            date_basis=basis,
        )  # fmt: skip
        return [threat]

    def _conditional_penalty(self, event: EventMention, found: _Found) -> list[EventMention]:
        """ "said it would expel X's ambassador if ...", "will impose sanctions on X unless
        ...": a penalty made to hang on a condition is a threat (THREATEN, CAMEO 13), made
        the day it is said, by whoever would impose it. Not a penalty announced outright (a
        decision, which our gold codes as the act alone)."""
        if (
            event.event_type not in ("SANCTION", "COERCE")
            or event.modality != "hypothetical"
            or event.negated
            or not event.recipients
            or not self._conditioned(found.trigger)
        ):
            return []
        speaker = self._speaker(found.trigger)
        if speaker is not None and _side(speaker) not in {_side(a) for a in event.actors}:
            return []  # another side's penalty someone speaks of is no threat they make
        mode = _THREAT_MODES.get((event.event_type, event.mode))
        cross = self.lex.crosswalk("THREATEN", mode)
        sentence = self.ann.sentences[event.evidence.sentence_index]
        verb = self._speech_verb(found.trigger)
        when, basis = self._date(verb, sentence) if verb is not None else self._said_on()
        return [
            replace(
                event, event_type="THREATEN", mode=mode, medium=None,
                id=_mention_id(
                    self.article.id, event.evidence.sentence_index, event.trigger.start,
                    "THREATEN",
                ),
                modality="actual", location=Location(), cameo=cross.cameo,
                goldstein=cross.goldstein, quad_class=cross.quad,
                date=when.day if when else None,
                date_precision=when.precision if when else None, date_basis=basis,
            )
        ]  # fmt: skip

    def _conditioned(self, verb: Token) -> bool:
        """An "if" or "unless" clause (or "should X ...") hung on ``verb``."""
        for c in self.children[verb.i]:
            clause = self.tokens[c]
            if clause.dep != "advcl":
                continue
            if self._if_clause(clause):
                return True
            if any(
                self.tokens[g].dep == "aux" and self.tokens[g].text.lower() == "should" and g < c
                for g in self.children[c]
            ):
                return True
        return False

    def _as_peacekeeping(self, event: EventMention, found: _Found) -> EventMention:
        """ "the deployment of 300 troops to Mali for a peacekeeping mission", "soldiers
        deployed as peacekeepers": troops sent to keep the peace are AID (CAMEO 074,
        "provide military protection or peacekeeping"), not a show of force."""
        if event.event_type != "MOBILIZE" or event.mode != "troops" or not event.recipients:
            return event
        tok = found.trigger
        span = set(self._subtree(tok.i))
        if tok.pos == "NOUN" and tok.head != tok.i:  # "announced the deployment ... on a
            span |= {  # peacekeeping mission": the phrases hung on the carrying verb
                i
                for c in self.children[tok.head]
                if self.tokens[c].dep == "prep"
                for i in self._subtree(c)
            }
        if not {self.tokens[i].lemma.lower() for i in span} & {"peacekeeping", "peacekeeper"}:
            return event
        cross = self.lex.crosswalk("AID", cameo="074")
        return replace(
            event, event_type="AID", mode=None,
            id=_mention_id(
                self.article.id, event.evidence.sentence_index, event.trigger.start, "AID"
            ),
            cameo=cross.cameo, goldstein=cross.goldstein, quad_class=cross.quad,
        )  # fmt: skip

    def _concluded_deal(self, event: EventMention, found: _Found) -> list[EventMention]:
        """ "reached a deal with X", "have agreed a trade agreement": a formal agreement
        concluded is also SUPPORT (CAMEO 057, "sign formal agreement", which PLOVER's 2021
        table files under SUPPORT, as our gold files a signing); the AGREE stays for what
        the parties commit to. Not "agreed to do X", whose object is an act to come."""
        if (
            event.event_type != "AGREE"
            or event.negated
            or event.modality != "actual"
            or not (event.recipients or len(event.actors) > 1)
        ):
            return []
        tok = found.trigger
        if tok.pos == "NOUN":  # not "an agreement to coordinate X": the commitment alone
            deal = tok.lemma.lower() in _FORMAL_DEALS and not any(
                self.tokens[c].dep == "acl" and self.tokens[c].pos == "VERB"
                for c in self.children[tok.i]
            )
        else:
            deal = tok.lemma.lower() == "agree" and any(
                self.tokens[c].lemma.lower() in _FORMAL_DEALS for c in self._deal_objects(tok)
            )
        if tok.pos == "NOUN" and gap_verb(self.tokens, self.children, tok.i) is not None:
            return []  # "the accord its president reached": a deal named, not told signed
        verb = self.tokens[tok.head] if tok.pos == "NOUN" else tok
        if not deal or any(  # "had reached a deal": told as the background of later news
            self.tokens[c].dep == "aux" and self.tokens[c].text.lower() == "had"
            for c in self.children[verb.i]
        ):
            return []
        return [self._second_reading(event, "SUPPORT", "057", event.date_basis)]

    def _deal_objects(self, verb: Token) -> list[int]:
        """What "agree" takes as its thing agreed: "agreed a deal", "agreed to / on a pact"."""
        out = []
        for c in self.children[verb.i]:
            child = self.tokens[c]
            if child.dep == "dobj":
                out.append(c)
            elif child.dep == "prep" and child.text.lower() in ("to", "on", "upon"):
                out += [g for g in self.children[c] if self.tokens[g].dep == "pobj"]
        return out

    def _announced_intent(self, event: EventMention, found: _Found) -> list[EventMention]:
        """ "X will meet Y on Friday", "X will host Y next week": a meeting announced is
        an intent to meet, AGREE (CAMEO 036, "express intent to meet or negotiate", which
        PLOVER's 2021 table files under AGREE), made when it is said; the meeting itself
        stays coded as intended, to be CONSULT when it is held. So is a release, return or
        withdrawal a side says it will make ("said it would free 40 prisoners": PLOVER's
        035x, intent to yield). Not an announced concession (lifting sanctions or
        controls), which our gold codes as the concession alone."""
        if (
            event.event_type not in ("CONSULT", "RETREAT")
            or event.modality not in ("intended", "hypothetical")
            # "would hold talks next month" (a reported "will"), not "would meet if ..."
            or (
                event.modality == "hypothetical" and self._conditioned(self._carrier(found.trigger))
            )
            or event.negated
            # (sides who say they will act together: the agreement rule of speech decides)
            or not event.recipients
            or not self._announced(self._carrier(found.trigger))
        ):
            return []
        sentence = self.ann.sentences[event.evidence.sentence_index]
        verb = self._speech_verb(found.trigger)
        if verb is not None:
            when, basis = self._date(verb, sentence)
        else:
            when, basis = self._said_on()
        agree = self._second_reading(
            event, "AGREE", "036" if event.event_type == "CONSULT" else "030", basis
        )
        return [
            replace(
                agree,
                date=when.day if when else None,
                date_precision=when.precision if when else None,
            )
        ]

    def _said_on(self) -> tuple[When | None, str | None]:
        """The day a story with no speech verb tells its news: its lead's day when that is
        not to come ("will meet next week" is not said next week), else its publication."""
        if self.story_date is not None and not self.story_date.future:
            return self.story_date, "article"
        if self.written is not None:
            return When(self.written, "day", "", 0, 0), "published"
        return None, None

    def _carrier(self, tok: Token) -> Token:
        """The verb a noun trigger is the object of ("will hold talks"), else ``tok``."""
        if tok.pos == "NOUN" and tok.dep in ("dobj", "nsubjpass") and tok.head != tok.i:
            head = self.tokens[tok.head]
            if head.pos == "VERB":
                return head
        return tok

    def _announced(self, verb: Token) -> bool:
        """ "will meet", "said it would host", "plans to visit": a meeting someone says
        they will hold, not one the reporter says is scheduled ("is due to attend")."""
        current = verb
        for _ in range(3):
            kids = [self.tokens[c] for c in self.children[current.i]]
            if any(k.dep == "aux" and k.text.lower() in (*_FUTURE, "would") for k in kids):
                return True
            if current is not verb and current.lemma.lower() in _INTENT_HEADS - _NOT_ANNOUNCED:
                return True
            if current.dep != "xcomp" or current.head == current.i:
                return False
            current = self.tokens[current.head]
        return False

    def _second_reading(
        self, event: EventMention, event_type: str, cameo: str, basis: str | None
    ) -> EventMention:
        """``event`` read a second time as ``event_type`` (CAMEO ``cameo``), actual, with
        the same participants."""
        cross = self.lex.crosswalk(event_type, cameo=cameo)
        return replace(
            event, event_type=event_type, mode=None, medium=None,
            id=_mention_id(
                self.article.id, event.evidence.sentence_index, event.trigger.start, event_type
            ),
            modality="actual", location=Location(), cameo=cross.cameo,
            goldstein=cross.goldstein, quad_class=cross.quad, date_basis=basis,
        )  # fmt: skip

    def _elaborates(
        self, event: EventMention, tok: Token, told: list[tuple[EventMention, Token]]
    ) -> bool:
        """A participle clause restating its verb's deed ("established relations with
        Israel, signing agreements with Netanyahu"): same type and states, one event."""
        for other, trigger in told:
            if self._complaint_told_as_protest(event, tok, other, trigger):
                return True  # "summoned the envoy to protest against X": the complaint
            if other.event_type != event.event_type:
                continue
            if (
                event.countries < other.countries
                and tok.dep == "advcl"
                and tok.tag == "VBG"
                and tok.head == trigger.i
            ):
                return True  # "struck Odesa, killing 20 people": the strike's toll, not a deed
            if self._purpose_of_same_deed(event, tok, other, trigger):
                return True  # "summoned the envoy to protest the raid": why it summoned
            if other.countries != event.countries:
                continue
            pair = (tok, trigger)
            for clause, verb in (pair, pair[::-1]):
                if clause.dep == "advcl" and clause.tag == "VBG" and clause.head == verb.i:
                    return True
        return False

    def _complaint_told_as_protest(
        self, event: EventMention, tok: Token, other: EventMention, trigger: Token
    ) -> bool:
        """ "summoned the ambassador to protest against the treaty": a PROTEST read off the
        "to" clause of the same side's complaint (ACCUSE) is why it complained; a
        government's protest is that complaint, not a demonstration in the street (the
        parser hangs the clause as advcl or xcomp)."""
        if event.event_type != "PROTEST" or other.event_type != "ACCUSE":
            return False
        to_clause = self._marked_to(tok)
        own = {a.country for a in event.actors}
        return (
            tok.dep in ("advcl", "xcomp")
            and tok.head == trigger.i
            and to_clause
            and bool(own)
            and own <= {a.country for a in other.actors}
        )

    def _purpose_of_same_deed(
        self, event: EventMention, tok: Token, other: EventMention, trigger: Token
    ) -> bool:
        """An infinitive of purpose stating the same kind of act by the same side as its
        verb ("summoned the ambassador to protest X", "recalled its envoy to show its
        anger") says why that deed was done, not a second deed."""
        own = {a.country for a in event.actors}
        return (
            tok.dep in ("advcl", "xcomp")
            and tok.head == trigger.i
            and self._infinitive(tok)
            and bool(own)
            and own <= {a.country for a in other.actors}
        )

    def _second_deed(
        self, event: EventMention, tok: Token, told: list[tuple[EventMention, Token]]
    ) -> bool:
        """Two verbs joined by "and" that each take a deed of their own ("agreed to open
        a hotline and pledged to double trade") state two deeds of one type, not one deed
        told twice ("condemned and rejected the move" shares one object). Meetings are
        left to the merge (mode, medium, people)."""
        if event.event_type == "CONSULT" or tok.pos != "VERB" or not self._own_deed(tok):
            return False
        for other, trigger in told:
            if other.event_type != event.event_type or other.countries != event.countries:
                continue
            joined = self._conj_of(tok, trigger) or self._conj_of(trigger, tok)
            if joined and trigger.pos == "VERB" and self._own_deed(trigger):
                return True
        return False

    def _conj_of(self, verb: Token, first: Token) -> bool:
        """Whether ``verb`` is joined by "and" to ``first``, or to the verb ``first`` takes
        as its deed (parsers hang "and pledged" on "keep" in "agreed to keep X and pledged")."""
        if verb.dep != "conj":
            return False
        anchor = self.tokens[verb.head]
        return anchor.i == first.i or (anchor.dep == "xcomp" and anchor.head == first.i)

    def _own_deed(self, verb: Token) -> bool:
        """Whether a verb has a deed of its own: a clause (what was agreed or pledged) or a
        thing (what was signed). A named object is whom the deed is done to, not a deed:
        "congratulated Ruritania on X and praised its progress" is one statement."""
        kids = (self.tokens[c] for c in self.children[verb.i])
        return any(k.dep in _DEED_CLAUSES or (k.dep == "dobj" and k.pos == "NOUN") for k in kids)

    def _same_raid(
        self, event: EventMention, tok: Token, told: list[tuple[EventMention, Token]]
    ) -> EventMention | None:
        """Coercive acts of one actor joined by "and" in a sentence are one operation
        ("police forced their way into the embassy and arrested X"): the event told first,
        whose targets the later act adds to."""
        if event.event_type != "COERCE" or tok.dep != "conj":
            return None
        keys = {a.key for a in event.actors}
        for other, trigger in told:
            if (
                other.event_type == "COERCE"
                and trigger.i == tok.head
                and {a.key for a in other.actors} == keys
                and other in self.events
            ):
                return other
        return None

    def _mediated_talks(
        self, event: EventMention, tok: Token, told: list[tuple[EventMention, Token]]
    ) -> EventMention | None:
        """ "held talks in Doha mediated by Qatar and Turkey": the mediators joined the
        meeting the noun tells, one meeting of all of them (multilateral), not a second
        meeting of the mediators alone."""
        if event.mode != "third-party" or tok.dep != "acl" or event.recipients:
            return None
        for other, trigger in told:
            if other.event_type == "CONSULT" and trigger.i == tok.head and other in self.events:
                return other
        return None

    def _attended_talks(self, event: EventMention, tok: Token) -> EventMention | None:
        """ "Pakistan and Afghanistan held talks in Doha on Saturday. ... Qatari and Turkish
        officials attended the talks": who attended the talks the story has told joined
        them (one meeting of all), not a second meeting of the attendees alone."""
        if event.event_type != "CONSULT" or event.recipients:
            return None
        verb = self.tokens[tok.head] if tok.pos == "NOUN" and tok.dep == "dobj" else tok
        if verb.pos != "VERB" or verb.lemma.lower() not in ("attend", "join"):
            return None
        talks = [
            self.tokens[c]
            for c in self.children[verb.i]
            if self.tokens[c].dep == "dobj"
            and {self.tokens[c].lemma.lower(), self.tokens[c].text.lower()} & _MEETINGS
        ]
        if len(talks) != 1 or not any(
            self.tokens[c].lemma.lower() in ("the", "these", "those")
            for c in self.children[talks[0].i]
        ):
            return None  # "attended talks on trade": talks of their own
        for other in reversed(self.events):
            if other.event_type == "CONSULT" and other.evidence.sentence_index < tok.sentence:
                return other if other.date == event.date and not other.negated else None
        return None

    def _restated_signing(self, event: EventMention, tok: Token) -> EventMention | None:
        """A signing told again a few sentences on, by the document it already named ("they
        signed a joint declaration ... the three men each put their names to the document",
        "the treaty they signed commits ..."): the signing told first, to which it adds the
        signatories it names. Not a document of another kind ("a trade deal" and then "the
        joint declaration": two signings)."""
        if event.event_type != "SUPPORT":
            return None
        document = self._document_signed_again(tok)
        if document is None or not any(
            self.tokens[c].lemma.lower() in ("the", "this", "that")
            for c in self.children[document.i]
        ):
            return None
        states = {a.country for a in event.actors if a.country}
        for other in reversed(self.events):
            sentence = other.evidence.sentence_index
            if tok.sentence - sentence > _AGREED_SENTENCES or sentence == tok.sentence:
                continue
            if other.event_type != "SUPPORT" or other.cameo != "057" or other.recipients:
                continue
            signers = {a.country for a in other.actors}
            if (
                not states & signers
                or not {a.country for a in event.recipients} <= signers  # not "with" another
                or (event.date and other.date and event.date != other.date)
            ):
                continue
            first = self.token_ending.get(other.trigger.end)
            told = self._signed_document(self.tokens[first]) if first is not None else None
            if told is not None and self._same_document(document, told):
                return other
        return None

    def _same_document(self, later: Token, first: Token) -> bool:
        """Whether a document named again is the one first signed: the same noun ("a
        joint declaration" ... "the declaration"), a plain "the document" for either, or
        the name of one first told as "a treaty" (not "the text of a peace agreement":
        another document)."""
        if later.lemma.lower() == first.lemma.lower():
            return True
        if later.pos == "PROPN" and any(  # "signed a treaty ... put their names to the
            self.tokens[c].text.lower() in ("a", "an") for c in self.children[first.i]
        ):  # Falepili Union": the name of the document just introduced
            return True
        return any(
            t.lemma.lower() in _PLAIN_DOCUMENTS
            and not any(
                self.tokens[c].dep == "prep" and self.tokens[c].text.lower() == "of"
                for c in self.children[t.i]
            )
            for t in (later, first)
        )

    def _document_signed_again(self, tok: Token) -> Token | None:
        """The document a signing trigger names: the object of "signed", "put their names
        to", or the noun itself when a signing verb hangs on it ("the joint statement they
        signed", "signed a joint statement")."""
        if tok.pos == "VERB":
            return self._signed_document(tok) if tok.lemma.lower() in _SIGNING_AGAIN else None
        verbs = [self.tokens[c] for c in self.children[tok.i] if self.tokens[c].dep == "relcl"]
        if tok.dep in ("dobj", "nsubjpass") and tok.head != tok.i:
            verbs.append(self.tokens[tok.head])
        if any(v.pos == "VERB" and v.lemma.lower() in _SIGNING_AGAIN for v in verbs):
            return tok
        return None

    def _signed_document(self, verb: Token) -> Token | None:
        """What a signing verb signs: its object ("signed a treaty"), the noun it qualifies
        ("the statement they signed"), or what names are put to ("put their names to the
        document")."""
        if verb.pos != "VERB":
            return None
        for c in self.children[verb.i]:
            kid = self.tokens[c]
            if kid.dep == "dobj" and kid.lemma.lower() not in ("name", "signature"):
                return kid
            if kid.dep == "prep" and kid.text.lower() == "to":
                for g in self.children[c]:
                    if self.tokens[g].dep == "pobj":
                        return self.tokens[g]
        if verb.dep in ("relcl", "acl") and verb.head != verb.i:
            return self.tokens[verb.head]
        return None

    def _per_object(self, event: EventMention, tok: Token) -> list[EventMention]:
        """Coordinated objects of one verb, each sent to its own receiver, are one deed
        each ("sent two million doses to Bangladesh and one million doses to Nepal"): one
        event per object's receivers. One sum for several states stays one event."""
        if event.event_type not in _PER_OBJECT_TYPES or tok.pos != "VERB":
            return [event]
        objects = sorted(
            o.i
            for c in self.children[tok.i]
            # (a gapped second object hangs on the verb: "donated $10m to X and $5m to Y")
            if self.tokens[c].dep == "dobj"
            or (self.tokens[c].dep == "conj" and self.tokens[c].pos == "NOUN")
            for o in self._conjuncts(self.tokens[c])
        )
        if len(objects) < 2:
            return [event]
        # each "to X" goes with the object just before it, on the verb or on the object
        by_object: dict[int, set[str]] = {}
        for holder in (tok.i, *objects):
            for c in self.children[holder]:
                prep = self.tokens[c]
                if self._dep(prep) != "prep" or prep.text.lower() not in _RECEIVER_PREPS:
                    continue
                before = [o for o in objects if o < c]
                receivers = {a.country for a in self._prep_actors(prep) if a.country}
                if before and receivers:
                    by_object.setdefault(before[-1], set()).update(receivers)
        groups = list(by_object.values())
        if len(groups) < 2:
            return [event]
        named = {r.country for r in event.recipients if r.country}
        first = named - set().union(*groups)
        groups = ([first] if first else []) + [g & named for g in groups if g & named]
        if len(groups) < 2:
            return [event]
        sentence, start = event.evidence.sentence_index, event.trigger.start
        return [
            replace(
                event,
                recipients=tuple(r for r in event.recipients if r.country in group),
                id=_mention_id(
                    self.article.id, sentence, start, f"{event.event_type}:{min(group)}"
                ),
            )
            for group in groups
        ]

    def _remember_group(self, event: EventMention, trigger: Token) -> None:
        """Keep the parties of a meeting or joint act of several sides, for the plural
        references that follow ("the leaders", "the six presidents", "they")."""
        # those who met, or who acted together; not the target of what they agreed
        parties = (
            (*event.actors, *event.recipients)
            if event.event_type == "CONSULT"
            else (event.actors if not event.recipients else ())
        )
        sides = {_side(a) for a in parties if a.kind != "other" and _political(a)}
        if len(sides) >= 2:
            self.groups.append((trigger.start, trigger.sentence, _unique(parties)))
        elif len({_side(a) for a in event.actors if a.kind != "other" and _political(a)}) >= 2:
            self.doers.append((trigger.start, trigger.sentence, _unique(event.actors)))

    def _doers_before(self, tok: Token) -> list[Actor]:
        """The co-actors of a deed aimed at someone in the sentence before ``tok``'s ("A,
        B and C condemned X. They also urged X to ..."), when no group met since."""
        for start, sentence, actors in reversed(self.doers):
            if start < tok.start and tok.sentence - sentence == 1:
                if any(s > start and s < tok.start for s, _, _ in self.groups):
                    return []
                return [a for a in actors if a.kind != "other"]
        return []

    def _group_before(self, tok: Token, sentences: int) -> list[Actor]:
        """The parties of the latest group event before ``tok``, at most ``sentences``
        sentences back."""
        for start, sentence, parties in reversed(self.groups):
            if start < tok.start and tok.sentence - sentence <= sentences:
                return [a for a in parties if a.kind != "other"]
        return []

    def _off_topic(self, events: list[EventMention]) -> bool:
        """A sports, markets or weather story with no diplomatic core event between states."""
        if any(
            e.event_type in _CORE_TYPES and len(e.countries) >= 2 and e.confidence >= 0.9
            for e in events
        ):
            return False
        if any(e.event_type == "AID" and len(e.countries) >= 2 for e in events):
            return False  # relief sent abroad after a cyclone: the storm's words are its cause
        words = {t.lemma.lower() for t in self.tokens} | {t.text.lower() for t in self.tokens}
        text = self.article.text.lower()
        rules = _offtopic_rules()
        return any(
            sum((term in text) if " " in term else (term in words) for term in terms)
            >= rules.min_terms
            for terms in rules.topics.values()
        )

    def _senses(self, i: int) -> tuple[Trigger, ...]:
        """The trigger senses whose constraints hold for token ``i`` (read once)."""
        if i not in self._sense_cache:
            found = self.lex.matching(self.tokens, i, self.children)
            if self.tokens[i].dep == "ccomp" and self._what_called(self.tokens[i]) is not None:
                found = ()  # "condemned what he called provocations": naming, no act of its own
            if self._names_antecedent(self.tokens[i]):
                found = ()  # "documents they called the Spirit of X": naming, not a call
            if self._claimed_content(self.tokens[i]):
                found = ()  # "rejected accusations that Tehran had sent missiles": alleged
            self._sense_cache[i] = found
        return self._sense_cache[i]

    def _names_antecedent(self, tok: Token) -> bool:
        """A relative clause of naming whose object is the noun it hangs on: "a pact they
        called the Spirit of X" (a subject of its own, no object); not "X, called Y on
        Friday", a call the parser hung on its caller."""
        if tok.dep != "relcl" or tok.lemma.lower() not in _NAMING_VERBS:
            return False
        deps = {self.tokens[c].dep for c in self.children[tok.i]}
        return "oprd" in deps and "nsubj" in deps and "dobj" not in deps

    def _claimed_content(self, tok: Token) -> bool:
        """The "that" clause of a claim, allegation, accusation or charge: what someone says
        happened, not a deed the story reports."""
        if tok.dep not in ("acl", "ccomp") or tok.head == tok.i:
            return False
        head = self.tokens[tok.head]
        if head.pos != "NOUN" or head.lemma.lower() not in _CLAIMS:  # not "media reported that"
            return False
        return any(
            self.tokens[c].dep == "mark" and self.tokens[c].text.lower() == "that"
            for c in self.children[tok.i]
        )

    def _triggers(self, first: int, last: int) -> Iterable[_Found]:
        fired: dict[int, str] = {}  # verb triggers of the sentence so far, by index
        for tok in self.tokens[first:last]:
            for rule in self._senses(tok.i):
                if self._told_by_its_verb(tok, rule, fired) or self._carried_by_its_noun(tok, rule):
                    break
                if self._restated_undertaking(tok, rule):
                    continue  # the undertaking noun it carries is the event (AGREE)
                found = self._participants(tok, rule)
                if found is not None:
                    if tok.pos == "VERB":
                        fired[tok.i] = rule.type
                    yield found
                    break  # one event per trigger word: the most specific sense that fits

    def _restated_undertaking(self, tok: Token, rule: Trigger) -> bool:
        """ "Kim reaffirmed his commitment to work toward denuclearisation", "reiterated
        Kenya's pledge to send police": a commitment to an act, restated, is the undertaking
        (AGREE, told by the noun), not support; a commitment to a thing ("its commitment to
        the one-China policy") stays support."""
        if rule.type != "SUPPORT" or tok.pos != "VERB":
            return False
        return any(
            self.tokens[c].dep == "dobj" and self._undertaking_to_act(self.tokens[c])
            for c in self.children[tok.i]
        )

    def _undertaking_to_act(self, noun: Token) -> bool:
        """A commitment, pledge or promise to do something: "commitment to work toward
        ...", "pledge to sending police" (not "commitment to the one-China policy", nor to
        an act of support: "commitment to backing Haiti's police" is support)."""
        if noun.pos != "NOUN" or noun.lemma.lower() not in _UNDERTAKING_NOUNS:
            return False
        acts = []
        for g in self.children[noun.i]:
            kid = self.tokens[g]
            if kid.dep == "acl" and self._to_clause(kid):
                acts.append(kid)  # "commitment to work toward ..."
            elif kid.dep == "prep" and kid.text.lower() == "to":
                acts += [  # "commitment to sending police"
                    self.tokens[k]
                    for k in self.children[g]
                    if self.tokens[k].dep == "pcomp" and self.tokens[k].tag == "VBG"
                ]
        # (a verb that is support in itself, "support", "back", "help"; not "reopen the
        # embassy", support only by its object, which is an act promised)
        return any(
            act.lemma.lower() not in _HELPING
            and not any(t.type == "SUPPORT" and not t.object for t in self._senses(act.i))
            for act in acts
        )

    def _carried_by_its_noun(self, tok: Token, rule: Trigger) -> bool:
        """ "pledged support", "promised aid": the noun the verb carries is the event (its
        own trigger names the verb as a carrier), not an agreement."""
        if tok.pos not in ("VERB", "ADJ") or rule.type != "AGREE":
            return False
        # the verb itself, or the infinitive it commits to: "ready to extend support to X",
        # "willing to give X strong backing" is the support pledged
        verbs = [tok] if tok.pos == "VERB" else []
        verbs += [
            self.tokens[c]
            for c in self.children[tok.i]
            if self.tokens[c].dep == "xcomp" and self.tokens[c].pos == "VERB"
        ]
        # "ready to work with Russia to extend strong support to each other": the purpose
        verbs += [
            self.tokens[g]
            for verb in verbs[1 if tok.pos == "VERB" else 0 :]
            for g in self.children[verb.i]
            if self.tokens[g].dep in ("xcomp", "advcl") and self._infinitive(self.tokens[g])
        ]
        return any(
            self.tokens[c].dep == "dobj"
            and any(
                t.type == "SUPPORT"
                or (
                    t.type != "AGREE"
                    and verb is tok
                    # "concluded talks on a deal": an entry naming the talks it concludes
                    and not (rule.object and t.type == "CONSULT")
                )
                for t in self.lex.triggers_for(self.tokens[c].lemma, "NOUN")
                if verb.lemma.lower() in t.light
            )
            for verb in verbs
            for c in self.children[verb.i]
        )

    def _told_by_its_verb(self, tok: Token, rule: Trigger, fired: dict[int, str]) -> bool:
        """A noun whose verb states the event itself: what is refused or cancelled did not
        take place ("refused talks", "cancelled the visit"), what is called off or lifted
        ends, and a commitment reaffirmed is support, not a new agreement ("reaffirmed their
        commitment to X's sovereignty")."""
        if tok.pos != "NOUN" or tok.head == tok.i:
            return False
        carrier = tok.head
        if tok.dep == "pobj" and self.tokens[carrier].text.lower() == "for":
            carrier = self.tokens[carrier].head  # "called for talks", "pressed for a truce"
        elif tok.dep not in ("dobj", "nsubjpass"):
            return False
        if fired.get(carrier) == "SUPPORT" and rule.type == "AGREE":
            return True
        if fired.get(carrier) == "AGREE" and rule.type == "CONSULT" and tok.dep == "dobj":
            return True  # "concluded talks on a trade deal": the agreement is the event
        if (
            rule.type == "CONSULT"
            and rule.mode != "third-party"  # offered mediation is mediation (CAMEO 045)
            and self.tokens[carrier].lemma.lower() in _PROPOSING
        ):
            return True  # "proposed a meeting with X": the offer (AGREE) is the event
        if rule.cameo == "139":  # "gave X a deadline": a demand, and an ultimatum (THREATEN)
            return False
        if rule.type == "CONSULT" and any(t.type == "SANCTION" for t in self._senses(carrier)):
            return True  # "suspended its climate talks with X": the talks end (SANCTION)
        if rule.type in _ENDING_TYPES or self.tokens[carrier].pos != "VERB":
            return False
        return any(  # asked for or refused: not done; called off or lifted: it ends
            t.type in _ENDING_TYPES for t in self._senses(carrier)
        )

    # ---- the event -----------------------------------------------------------------------

    def _event(self, found: _Found, sentence_index: int) -> EventMention | None:
        tok, rule = found.trigger, found.rule
        sentence = self.ann.sentences[sentence_index]
        speaker = self._speaker(tok)
        if speaker is not None and speaker.role == "commentator":
            return None
        if self._demand_content(tok, found):
            return None  # "said Russia must withdraw": the demand is the event
        termed = self._signed_term(tok, found)
        if termed is not None:  # "under the accord, both will pull troops back": AGREE
            found, rule = termed, termed.rule
        if self._accused_deed(tok, found, speaker) and not self._reported_seizure(tok, found):
            return None  # "X's spokesman said Y sent troops": part of X's accusation
        if rule.type == "CONSULT" and self._contact_as_topic(tok):
            return None  # "suspended over a leaked phone call with X": what it is about
        modality = self._modality(tok, rule)
        if modality is None:
            return None  # stated inside an AGREE ("agreed to extend"): the AGREE is the event
        if self._stated_as_condition(tok):
            return None  # "would respond if NATO sent troops": the condition, not a deed
        # (a pledge told in the past, "pledged $500 million on Monday", was made that day)
        planned = modality == "intended" and not self._told_done(tok)
        if planned and rule.type == "REQUEST" and not self._asks_a_measure(tok):
            return None  # "said he would ask X for an explanation": a request still to make
        when, basis = self._date(tok, sentence, planned=planned)
        clocked = basis == "published" and sentence_index in self.clock_items  # its own day
        if (
            basis != "sentence"
            and not clocked
            and modality == "actual"
            and not self._sentence_dates(sentence)
            and (met := self._meeting_day(tok, found, sentence_index)) is not None
        ):
            when, basis = met, "article"  # "held talks on Feb. 14. The two leaders signed ..."
        if (
            basis != "sentence"
            and not clocked
            and modality == "actual"
            and not self._sentence_dates(sentence)
            and (
                (day := self._speaker_day(found, sentence_index)) is not None
                or (day := self._quoted_on(tok, sentence_index)) is not None
            )
        ):
            when, basis = day, "article"  # "Hang said on Saturday ... Hang also demanded ..."
        pledged = rule.type == "AGREE" or (
            modality == "intended" and rule.type in ("SUPPORT", "COOPERATE", "AID")
        )
        if pledged and self._target_year(tok, when, basis):
            when, basis = self._said_on()  # "to take ties to a new level in 2025": said today
        if when is not None and basis == "sentence" and when.precision == "day":
            self.dated.append((sentence_index, rule.type, when))
        if (when is not None and self._is_history(when)) or self._told_ago(tok):
            return None  # "in 2016", "a century ago on Monday": history
        if (
            self._habitual(tok)
            or self._dated_noun(tok)
            or (
                self._background_clause(tok)
                and termed is None
                and not self._commitment_under_signed(tok, found)
            )
        ):
            return None  # "have exchanged views multiple times", "the 1998 joint declaration"
        if self._told_as_then(tok):
            return None  # "called the accord illegal at the time and recalled its envoy"
        if self._made_before_ending(tok):
            return None  # "ending the pact it signed with France": the deal's background
        if basis != "sentence" and self._uncounted_apart(tok):
            return None  # "came days after the court issued a warrant": no day to give it
        if self._addressed_to_reader(tok):
            return None  # "Welcome to our coverage of the talks between X and Y"
        if self._open_question(tok) or self._polar_question(sentence):
            return None  # "without saying when he would receive Trump", "Will X sign?"
        if self._agenda_item(tok):
            return None  # "Tuesday: ASEAN foreign ministers meet in Kuala Lumpur": a diary's plan
        if self._scheduled(tok) or self._long_apart(tok) or self._span_relative(tok):
            return None  # "is due to attend", "comes two weeks after ..."
        if self._on_a_timetabled_trip(tok, rule):
            return None  # "is due in Paris, where Macron will host him", "plan to meet"
        if self._meeting_purpose(tok, rule):
            return None  # "met in Amman to coordinate their positions": why they met
        if self._brokered_description(tok, rule):
            return None  # "the pact, signed after talks brokered by Qatar, ...": a description
        if modality == "hypothetical" and self._speculated(tok, found):
            return None  # "Washington has warned that Pyongyang could supply shells"
        if self._pundits_claim(tok):
            return None  # "critics say he has conceded too much": their reading
        if self._perfect_background(tok, sentence, dated=basis == "sentence"):
            return None  # "Paris has recalled its envoy before", "had accused Doha of ..."
        if rule.type == "AID" and self._running_total(tok):
            return None  # "has provided more than $7 billion since the war began"
        if (
            self._standing(tok, sentence, dated=basis == "sentence")
            and termed is None
            and not self._commitment_under_signed(tok, found)  # "under it, X commits to ..."
        ):
            return None  # "China buys much of Brazil's soybeans", "Turkey supports the rebels"
        if self._not_the_dispute(found):
            return None  # "had warned Qatar about the strike", "troops are stationed in Chad"
        if rule.type == "CONCEDE" and self._conceded_to_own(found):
            return None  # "gave up their own visas in solidarity with their president"
        found = self._body_asked(found)  # "wrote to the Council asking it to ..."
        if (rule.type in _BETWEEN_STATES or _purpose_at_home(tok, rule, found)) and _at_home(found):
            return None  # "assured his hosts that the Islamic Emirate will ...": own side
        if when is not None and when.future and modality == "actual":
            modality = "intended"
        welcomed = self._welcomed_guest(tok, rule, found)
        if welcomed is not None:  # "X welcomed the Turkish president": a host receiving
            found, rule = welcomed, welcomed.rule
        mode, medium = rule.mode, rule.medium
        if rule.type == "CONSULT":
            mode, medium = self._consult_mode(tok, sentence, mode, medium, found)
        if (
            mode == "multilateral"
            and len(found.countries) == 2
            and all(a.country for a in (*found.actors, *found.recipients))
        ):  # "Yoon and Kishida held a summit": two states meeting are no multilateral meeting
            mode, medium = None, "in_person"
        if rule.type == "CONSULT" and mode == "third-party" and len(found.countries) > 2:
            mode = "multilateral"  # "Qatar mediated talks between A and B": three states
        if rule.type == "CONSULT" and mode == "visit" and not found.recipients:
            mode = None  # "X and Y signed ... during a visit": no visitor told, a meeting
        if rule.type == "CONSULT" and mode == "visit" and len(found.countries) > 2:
            # "X hosted the leaders of A and B": a meeting of three states, not a visit
            mode = "multilateral"
            found = replace(found, actors=(*found.recipients, *found.actors), recipients=())
        location = self._location(tok, sentence, mode, found)
        if (
            rule.type == "CONSULT"
            and mode is None
            and location.country
            and location.country not in found.countries
        ):
            mode = "third-party"  # met at a place neither side is from
        elif rule.type == "CONSULT" and mode is None and location.country:
            placed = (
                bool(location.name)
                and location.name in self.article.text[sentence.start : sentence.end]
            )
            found = self._as_visit(found, sentence, location.country, placed) or found
            if found.rule is not rule:
                mode = "visit"
        if rule.type == "CONSULT" and mode == "visit" and _resident_envoys(found.actors):
            # "the minister received the Norwegian ambassador", "talks with the Chinese
            # ambassador in Rome": an envoy posted in the host state travels nowhere
            mode = None
        if rule.type == "CONSULT" and mode == "visit" and when is not None and basis == "sentence":
            when = self._talks_day(when, sentence)  # "arrived on Wednesday evening"
        cross = self.lex.crosswalk_for(found.rule, mode)
        text = self.article.text[sentence.start : sentence.end]
        evidence = Evidence(self.article.id, sentence_index, sentence.start, sentence.end, text)
        return EventMention(
            id=_mention_id(self.article.id, sentence_index, tok.start, rule.type + found.part),
            event_type=rule.type,
            actors=found.actors,
            recipients=found.recipients,
            evidence=evidence,
            trigger=Span(tok.start, tok.end),
            mode=mode,
            medium=medium,
            contexts=self._contexts(sentence),
            date=when.day if when else None,
            date_precision=when.precision if when else None,
            date_basis=basis,
            location=location,
            modality=modality,
            negated=self._negated(tok) != rule.negative,  # "will not renew": the end told
            speaker=speaker.key if speaker is not None else None,
            cameo=cross.cameo,
            goldstein=cross.goldstein,
            quad_class=cross.quad,
            confidence=_confidence(found),
            coder_version=self.x.coder_version,
        )

    def _contact_as_topic(self, noun: Token) -> bool:
        """ "was suspended over a leaked telephone call with Hun Sen", "a row about his
        meeting with X": a contact named as what something is over or about is the topic
        of another deed, told as known, not a contact the story reports."""
        if noun.pos != "NOUN" or noun.dep != "pobj" or noun.head == noun.i:
            return False
        if noun.lemma.lower() in _REMOTE_WORDS:
            return False  # "urged Xi over the phone": the medium of the contact itself
        return self.tokens[noun.head].text.lower() in _ABOUT

    def _brokered_description(self, tok: Token, rule: Trigger) -> bool:
        """A mediation named in a participle on an accord or talks that another clause is
        about ("the accord, brokered by Norway, collapsed", "signed after a week of talks
        mediated by Egypt"): it describes the thing, and carries no day of its own ("held
        talks brokered by Qatar" is the meeting itself)."""
        if rule.type != "CONSULT" or tok.dep != "acl" or tok.tag != "VBN" or tok.head == tok.i:
            return False
        if not any(self.tokens[c].dep == "agent" for c in self.children[tok.i]):
            return False
        if self.tokens[tok.head].dep not in ("pobj", "nsubj", "nsubjpass", "appos"):
            return False
        return not any(self.tokens[i].ent in ("DATE", "TIME") for i in self._subtree(tok.i))

    def _asks_a_measure(self, verb: Token) -> bool:
        """A request to come whose content is a measure ("would ask the president to shut
        the consulate", "will advise the envoy to go home for consultations"): announcing
        it is the step (or the threat) itself, not a plan to talk."""
        inside = [i for i in self._subtree(verb.i) if i != verb.i]
        # (the leaving verb whatever its tag: "recommend that the envoy return" is often a noun)
        return any(self.tokens[i].lemma.lower() in _GOING_HOME for i in inside) or any(
            t.type in ("SANCTION", "THREATEN", "COERCE") for i in inside for t in self._senses(i)
        )

    def _told_done(self, verb: Token) -> bool:
        """A verb told in the past ("pledged", "was pledged", "has promised"): its day is
        the day it was done, not the next such day to come."""
        if verb.tag == "VBD":
            return True
        head = self.tokens[verb.head]
        if verb.dep == "xcomp" and head.tag == "VBD" and head.lemma.lower() in _ATTEMPTS:
            return True  # "tried to intimidate Guyana on Monday": the attempt was made
        return verb.tag == "VBN" and any(
            self.tokens[c].dep in ("aux", "auxpass")
            and self.tokens[c].text.lower() in ("was", "were", "has", "have", "had")
            for c in self.children[verb.i]
        )

    def _running_total(self, verb: Token) -> bool:
        """Aid told in the perfect as a total over a span ("has provided $7 billion since
        2022", "have delivered 40 tonnes so far", "has given X over the years"): the
        background of the news, not a deed of its day."""
        if not self._in_perfect(verb):
            return False
        stack = list(self.children[verb.i])
        while stack:  # the clause's own words, not those of a clause hung on it
            k = self.tokens[stack.pop()]
            grand = {self.tokens[g].lemma.lower() for g in self.children[k.i]}
            if k.text.lower() == "since" and k.dep == "prep":
                return True  # "since 2022"
            if k.dep == "advcl" and any(
                self.tokens[g].dep == "mark" and self.tokens[g].text.lower() == "since"
                for g in self.children[k.i]
            ):
                return True  # "since the war began"
            if k.lemma.lower() == "far" and "so" in grand:
                return True
            if k.dep == "prep" and any((k.text.lower(), g) in _TOTAL_SPANS for g in grand):
                return True  # "to date", "over the years", "in total" (not "a first such step
                # in years")
            if k.dep not in ("ccomp", "relcl", "parataxis", "conj", "advcl", "acl", "xcomp"):
                stack += self.children[k.i]
        return False

    def _commitment_under_signed(self, tok: Token, found: _Found) -> bool:
        """ "Under the treaty, Australia commits to help Tuvalu", "under the deal, the
        governments agreed to reopen checkpoints": a party's undertaking under a document
        the story has just told being signed is news (AGREE), not the old terms of a deal
        in the background ("under the 2015 deal, Iran agreed to ...": no signing told).
        Not the document's own description ("signed a declaration that commits X and Y to
        ...": the signing), nor terms restating an agreement of the same sides already
        told ("agreed to a truce ... under its terms, the two sides commit to ...")."""
        if found.rule.type != "AGREE" or tok.pos != "VERB" or tok.dep == "relcl":
            return False
        if tok.lemma.lower() not in _UNDERTAKING | _BINDING:  # "the treaty obliges X to"
            return False
        sides = {_side(a) for a in found.actors}
        recent = self._recent_events(tok)
        if any(e.event_type == "AGREE" and {_side(a) for a in e.actors} == sides for e in recent):
            return False
        return _signing_among(recent)

    def _recent_events(self, tok: Token) -> list[EventMention]:
        """The events coded in this sentence and the few before it, where an agreement's
        signing and its terms are told."""
        return [
            e
            for e in self.events
            if 0 <= tok.sentence - e.evidence.sentence_index <= _AGREED_SENTENCES
        ]

    def _conceded_to_own(self, found: _Found) -> bool:
        """Officials giving up their own rights or perks for their own leader ("the
        ministers would give up their own visas in solidarity with the president") yield
        nothing to anyone; a court or government freeing its own citizen, or strikers
        ending a strike with their government, do concede."""
        tok = found.trigger
        if not any(
            self.tokens[c].dep == "dobj"
            and any(self.tokens[g].lemma.lower() == "own" for g in self.children[c])
            for c in self.children[tok.i]
        ):
            return False
        doers = {a.country for a in found.actors if a.country and a.kind in ("person", "state")}
        takers = {a.country for a in found.recipients}
        return (
            bool(doers)
            and bool(takers)
            and None not in takers
            and takers <= doers
            and all(a.kind == "person" for a in found.recipients)
        )

    def _signed_term(self, tok: Token, found: _Found) -> _Found | None:
        """ "Under its terms the two sides will pull their guns back", "under the pact,
        Oslo will send ten ships": a deed a document just told signed says its parties
        will do is that document's commitment (AGREE), not the deed itself, and aid it
        pledges stays AID (pledged or delivered); a deed done under it ("under the deal, X
        withdrew on Monday") stays the deed."""
        if found.rule.type in ("AGREE", "SUPPORT") or tok.pos != "VERB":
            return None
        clause = tok
        if clause.dep == "conj" and clause.head != clause.i:  # "will pull back and clear"
            clause = self.tokens[clause.head]
        kids = [self.tokens[c] for c in self.children[clause.i]]
        if not any(k.dep == "aux" and k.text.lower() in _FUTURE for k in kids):
            return None
        under = [
            self.tokens[g]
            for k in kids
            if k.dep == "prep" and k.text.lower() == "under"
            for g in self.children[k.i]
            if self.tokens[g].dep == "pobj"
        ]
        if not any(g.lemma.lower() in _SIGNED_TERMS for g in under):
            return None
        if any(self.tokens[i].text.lower() in _PROVISOS for i in self._subtree(clause.i)):
            return None  # "will withdraw ..., provided the rebels keep their word": terms
        if not _signing_among(self._recent_events(tok)):
            return None  # "under the 2015 deal, Iran will ...": no signing told
        if found.rule.type == "AID":
            return found
        sense = next((t for t in self.lex.triggers_for("agree", "VERB") if t.type == "AGREE"), None)
        return None if sense is None else replace(found, rule=sense)

    def _meeting_purpose(self, tok: Token, rule: Trigger) -> bool:
        """ "met on Tuesday to coordinate their positions", "talks to review the border":
        work together that a meeting is held for is its aim, not cooperation carried out
        (the meeting is the event)."""
        if rule.type != "COOPERATE" or tok.pos != "VERB" or tok.head == tok.i:
            return False
        if not (self._infinitive(tok) or (tok.dep == "acl" and self._to_clause(tok))):
            return False
        return any(t.type == "CONSULT" for t in self._senses(tok.head))

    def _welcomed_guest(self, tok: Token, rule: Trigger, found: _Found) -> _Found | None:
        """ "Xi welcomed Lula on Friday", "where he was welcomed by President X": a leader
        welcoming a foreign person (not their words or deed, "welcomed X's decision") hosts
        them, the guest visiting; the welcome is no SUPPORT."""
        if rule.type != "SUPPORT" or tok.lemma.lower() != "welcome" or tok.pos != "VERB":
            return None
        guests = [
            self.tokens[c]
            for c in self.children[tok.i]
            if self.tokens[c].dep in ("dobj", "nsubjpass")
        ]
        if len(guests) != 1 or not (
            guests[0].pos in ("PROPN", "PRON") or guests[0].lemma.lower() in _GUEST_TITLES
        ):
            return None
        if any(  # "welcomed Biden's remarks" hangs the person on what is welcomed
            self.tokens[c].dep == "poss" and self.tokens[c].pos == "PROPN"
            for c in self.children[guests[0].i]
        ):
            return None
        hosts, visitors = found.actors, found.recipients
        if not hosts or not visitors or any(a.kind != "person" for a in visitors):
            return None
        home = {a.country for a in hosts}
        if None in home or any(a.country is None or a.country in home for a in visitors):
            return None
        sense = next(
            (
                t
                for t in self.lex.triggers_for("welcome", "VERB")
                if t.type == "CONSULT" and t.mode == "visit" and t.particle is None
            ),
            None,
        )
        if sense is None:
            return None
        return replace(found, rule=sense, actors=visitors, recipients=hosts)

    def _as_visit(self, found: _Found, sentence, host: str, placed: bool) -> _Found | None:
        """ "arrived on a state visit ... and held talks with the host": a visit, the visitor
        acting and the host receiving, when one side is at home and the sentence says it is
        a visit or ``placed`` it there ("met Maduro at the palace in Caracas")."""
        words = {t.lemma.lower() for t in self.tokens[sentence.first : sentence.last]}
        if not words & _TRAVEL and not placed:
            return None
        everyone = (*found.actors, *found.recipients)
        hosts = tuple(a for a in everyone if a.country == host)
        # (an official of a body of states, with no state of their own, visits the host
        # too: "von der Leyen met Xi in Beijing", "Guterres held talks in Kyiv with X")
        visitors = tuple(
            a for a in everyone if a.country != host and (a.country or a.sector == "IGO")
        )
        if not hosts or not visitors:
            return None
        return replace(found, rule=replace(found.rule, mode="visit"), actors=visitors,
                       recipients=hosts)  # fmt: skip

    def _speaker(self, tok: Token) -> Actor | None:
        """Who said it: the subject of a speech verb this clause hangs from."""
        speakers = self._speakers(tok)
        return speakers[0] if speakers else None

    def _speakers(self, tok: Token) -> list[Actor]:
        """Everyone the subject of the speech verb names ("both sides said they ..."), or
        the speaker a transcript's label names ("LIN JIAN: We urge ...")."""
        verb = self._speech_verb(tok)
        if verb is None:
            if tok.sentence not in self.turns:
                return []
            label = self.turns[tok.sentence]
            if label is None:  # "A: We met in Santiago on Tuesday": the one interviewed
                return self._interviewee()
            # (the parser may leave one turn's label unread: "MR MILLER: Good afternoon."),
            # so the same label elsewhere is read next, only when needed
            labels = itertools.chain(
                [label], (o for o in self.turns.values() if o is not None and o.text == label.text)
            )
            return next((found for o in labels if (found := self._np_actors(o))), [])
        subject = self._subject(verb)
        return self._np_actors(subject) if subject is not None else []

    def _interviewee(self) -> list[Actor]:
        """Who answers an interview's unnamed "A:" turns: the first person of a known
        state its introduction, before the first turn, names ("Peru's foreign minister
        spoke to the Review in Lima"), else the first state it names."""
        first = min(self.turns, default=0)
        named = [
            self.actors[k]
            for m in sorted(self.res.mentions, key=lambda m: m.start)
            if m.sentence < first and len(m.keys) == 1 and m.keys[0] in self.actors
            for k in m.keys
        ]
        named = [a for a in named if a.country]
        people = [a for a in named if a.kind == "person"]
        return (people or named)[:1]

    def _speech_verb(self, tok: Token) -> Token | None:
        """The speech verb ("said", "told") whose content the clause of ``tok`` is."""
        current = tok
        for _ in range(8):
            if current.head == current.i:
                return None
            parent = self.tokens[current.head]
            if current.dep in ("ccomp", "parataxis", "xcomp", "conj", "advcl") and (
                parent.lemma.lower() in _SPEECH
            ):
                return parent
            if (said := self._said_in_words(current)) is not None:
                return said
            current = parent
        return None

    def _said_in_words(self, clause: Token) -> Token | None:
        """ "said in a statement that it had recalled ...": the parser hangs the "that"
        clause on the noun; the verb the noun is said in is the clause's speech verb."""
        if clause.dep != "acl" or not any(
            self.tokens[c].dep == "mark" and self.tokens[c].text.lower() == "that"
            for c in self.children[clause.i]
        ):
            return None
        noun = self.tokens[clause.head]
        if noun.dep != "pobj" or noun.head == noun.i:
            return None
        prep = self.tokens[noun.head]
        if prep.text.lower() != "in" or prep.head == prep.i:
            return None
        verb = self.tokens[prep.head]
        return verb if verb.lemma.lower() in _SPEECH else None


# How many sentences back a day told may date an event told with none.
_DAY_BEFORE = 3
# A pledging conference's line of one donor and its sum: "Japan — $40 million",
# "European Union: EUR 200 million".
_PLEDGE_LINE = re.compile(
    r"\s*(?:[-•*]\s*)?(?P<donor>[A-Z][\w .'’-]{1,40}?)\s*[—–:|-]\s*"
    r"(?P<sum>(?:US)?(?:[$€£¥]|USD|EUR|GBP)\s?[\d.,]+\s*(?:million|billion|bn|m|mn)?)\.?\s*"
)
# How many sentences back the pledge a donor's line details may be told.
_PLEDGE_REACH = 8
# Words that move a sentence's act off the day told before: "A day later, Beijing ...".
_LATER = re.compile(r"\b(?:later|earlier|next day|following day|before|after)\b", re.I)

# Verbs of trying: what they govern was attempted on the day written, not planned.
_ATTEMPTS = frozenset({"try", "attempt", "seek"})


def _told_sides(e: EventMention) -> tuple:
    """What makes two tellings one event: its type and the states on each side."""
    return (e.event_type, *(frozenset(a.country for a in x) for x in (e.actors, e.recipients)))


def _dated_by_retelling(events: list[EventMention], clocked: set[int]) -> list[EventMention]:
    """An event told with no day at all, so far dated by publication, takes the day a
    later sentence gives when it tells the same event again ("Vietnam has lodged a
    protest with China ... The ministry protested on Saturday ..."), else the latest day
    an event of the few sentences just before was told on ("North Korea fired a missile
    on Tuesday ... Seoul condemned the launch"): the story dates its news around it, and
    the publication day would be a wrong guess. A ticker's item (a sentence of ``clocked``,
    "14:05 — ...") keeps the day it was posted."""
    dated = [
        e
        for e in events
        if e.date_basis == "sentence" and e.date_precision == "day" and e.modality == "actual"
    ]
    found = []
    for event in events:
        at = event.evidence.sentence_index
        if event.date_basis == "published" and event.modality == "actual" and at not in clocked:
            before = [
                o for o in reversed(dated) if 0 < at - o.evidence.sentence_index <= _DAY_BEFORE
            ]
            sides = {_side(a) for a in event.actors}
            again = (
                next(
                    (o for o in dated if o.evidence.sentence_index > at and _retells(o, event)),
                    None,
                )
                # (the side's own latest day first: "Hang said on Saturday ... The boat was
                # boarded on Friday ... Hang also demanded ...")
                or next((o for o in before if sides & {_side(a) for a in o.actors}), None)
                or next(iter(before), None)
            )
            if again is not None:
                event = replace(event, date=again.date, date_precision="day", date_basis="article")
        found.append(event)
    return found


def _retells(later: EventMention, event: EventMention) -> bool:
    """Whether a later telling is of the same event: of its type, against the same states,
    by the same states or by no one named ("the boat was boarded on Friday")."""

    def states(actors: tuple[Actor, ...]) -> frozenset[str]:
        return frozenset(a.country for a in actors if a.country)

    doers, targets = states(event.actors), states(event.recipients)
    return (
        later.event_type == event.event_type
        and states(later.recipients) == targets
        and states(later.actors) in (doers, frozenset())
        and bool(doers | targets)
    )


def _signing_among(events: list[EventMention]) -> bool:
    """Whether a document's signing (SUPPORT, CAMEO 057) is among these events."""
    return any(e.event_type == "SUPPORT" and e.cameo == "057" for e in events)


# an envoy told to leave: "would advise the ambassador to go home", "recommend he return"
_GOING_HOME = frozenset({"leave", "return", "go", "depart", "withdraw"})
# Envoys posted in the state that receives them ("the Chinese ambassador", "the charge
# d'affaires"); not a special envoy, who travels
_RESIDENT_ENVOYS = frozenset({"ambassador", "d'affaires", "d'affaire"})


def _resident_envoys(visitors: Iterable[Actor]) -> bool:
    """Every visitor of a "visit" is an ambassador, at home in the host state."""
    visitors = list(visitors)
    return bool(visitors) and all(
        any(
            w in _RESIDENT_ENVOYS
            for text in (a.name, a.raw, a.title or "")
            for w in text.lower().split()
        )
        for a in visitors
    )


def _placeable(actor: Actor, doer: bool) -> bool:
    """A party of no state that the story's two states may place (_officials_placed): a
    person, or an office of some government, not an international body's officer, nor a
    crowd ("activists", "its crew"). A body no rule knows ("the Treasury", "the
    Sovereign") only as a doer: as a target it is as often a misread place or a party of
    the target's own ("thanked the Communist Party")."""
    if actor.role != "party":
        return False
    if actor.kind == "person":
        return actor.sector != "IGO"
    if actor.kind == "organisation":
        return doer and actor.sector is None
    return actor.kind == "other" and actor.sector in ("GOV", "MIL")


def _placed_kind(actor: Actor) -> str:
    """The kind of a party ``_officials_placed`` gave a state: a singular phrase of no
    kind ("the ministry also summoned ...") counts as that state, as a named one does; a
    plural one ("Southeast Asian foreign ministers") may be of several states and keeps
    its kind."""
    last = actor.raw.lower().split()[-1] if actor.raw else ""
    return "state" if actor.kind == "other" and not last.endswith("s") else actor.kind


def _envoy_at_post(event: EventMention) -> EventMention:
    """A "visit" whose visitors are all resident ambassadors, however its mode was read
    (the place, a trip the story tells): a meeting at the envoy's post."""
    if event.event_type != "CONSULT" or event.mode != "visit":
        return event
    return replace(event, mode=None) if _resident_envoys(event.actors) else event


# Sectors of a state's government and its office holders (no sector: the state itself).
_STATE_ORGANS = frozenset({None, "GOV"})


def _in_house(event: EventMention) -> bool:
    """A request one state's government makes of its own government ("the envoy said she
    would ask the president to shut the mission", "the minister urged the cabinet to act"):
    the state's inner workings, no act between sides. Its army, opposition or rebels asking
    the government are sides of their own."""
    if event.event_type != "REQUEST" or not event.actors or not event.recipients:
        return False
    parts = (*event.actors, *event.recipients)
    if any(a.kind not in ("state", "person") or a.sector not in _STATE_ORGANS for a in parts):
        return False  # a government and its army, rebels or opposition are two sides
    return len({a.country for a in parts}) == 1 and None not in {a.country for a in parts}


def _meeting_only_wished(event: EventMention, events: list[EventMention]) -> bool:
    """A meeting only wished for or told as possible, the sentence's one act of its side
    ("hoped to keep talking with the authorities"): no meeting held. One bound to another
    act of the side ("will meet the president in Astana" with its intent to meet) stays,
    as that act's setting."""
    if event.event_type != "CONSULT" or event.modality not in ("intended", "hypothetical"):
        return False
    sides = {_side(a) for a in event.actors}
    return not any(
        e is not event
        and e.evidence.sentence_index == event.evidence.sentence_index
        and sides & {_side(a) for a in e.actors}
        for e in events
    )


#: Kinds (and sectors) of a recipient that no act between states aims at when it is of
#: the actor's own state; its own government or a person of it may be (PLV labels acts
#: on a state's own courts and officials).
_HOME_KINDS = frozenset({"other", "organisation", "group"})
_HOME_SECTORS = frozenset({"CVL", "BUS"})


def _purpose_at_home(tok: Token, rule: Trigger, found: _Found) -> bool:
    """An accusation that is the purpose of another act, aimed only at a thing of its own
    state ("summoned the chargé to protest the violation of Estonian airspace"): the victim
    read as the target (an inquiry into its own agency, or a government accusing its own
    opposition, which names people or bodies, are not this)."""
    return (
        rule.type == "ACCUSE"
        and tok.dep in ("xcomp", "advcl")
        and all(a.kind == "other" for a in found.recipients)
    )


def _at_home(found: _Found) -> bool:
    """Whether every recipient is a thing, body or public of the one state the actors
    stand for: "offered the help of Uzbek construction companies", "rejected the Beninese
    version of the facts" (a misread of whom the act aims at). Rebels, soldiers or an
    opposition acting on their own side ("the Taliban spurned the Kabul government's
    offers") are not at home."""
    own = {a.country for a in found.actors if a.country}
    return (
        len(own) == 1
        and bool(found.recipients)
        and not any(a.sector in _AGAINST_OWN for a in found.actors)
        and all(
            a.country in own and (a.kind in _HOME_KINDS or a.sector in _HOME_SECTORS)
            for a in found.recipients
        )
    )


__all__ = ["Extractor"]

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
"""

from __future__ import annotations

import hashlib
import itertools
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import timedelta
from functools import lru_cache
from importlib import resources

from ..actors.gazetteer import norm
from ..actors.kb import KnowledgeBase, load_kb
from ..actors.resolve.references import region_before
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
from .dates import When, find_dates
from .lexicon import EventLexicon, Trigger, load_event_lexicon

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass"})
_OBJECTS = frozenset({"dobj", "dative", "attr", "oprd"})
#: A verb's clause that states its deed: what was agreed or pledged ("pledged to double trade").
_DEED_CLAUSES = frozenset({"xcomp", "ccomp"})
_RECIPIENT_PREPS = frozenset({"with", "to", "on", "against", "for", "toward", "towards", "upon"})
# Further prepositions whose object a noun trigger of a type targets: "concerns about X",
# "an investigation into X", "condemnation of X", "rejection of X".
_NOUN_TARGET_PREPS = {
    "ACCUSE": frozenset({"about", "over", "into", "of"}),
    "REJECT": frozenset({"of"}),
    "RETREAT": frozenset({"with"}),  # "a ceasefire with the rebels", "a truce with X"
    # "the arrest of 14 smugglers", "the killing of two soldiers": whom it was done to
    "COERCE": frozenset({"of"}),
    "ASSAULT": frozenset({"of"}),
}
# Nouns whose "of" is who holds them, not whom they target: "the concerns of the US".
_FEELINGS = frozenset(
    "concern worry anger frustration dismay displeasure outrage regret alarm unease".split()
)
# Prepositions of the means of contact: "spoke by phone with X", "talked via video with X".
_MEDIUM_PREPS = frozenset({"by", "via", "over"})
# Where the target of an embedded act stands: "agreed to lend money to X", "withdraw from X".
_ACT_PREPS = _RECIPIENT_PREPS | frozenset({"from", "into", "with"})
# Types whose target, when the act they commit to, refuse or threaten names no one, is
# the place the act is done at or to ("agreed to pull its troops back from the Golan").
_PLACED_ACT_TYPES = frozenset({"AGREE", "REJECT", "THREATEN"})
_PLACED_ACT_PREPS = frozenset({"in", "into", "at", "from", "out", "of", "to", "inside", "across"})
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
# Words that make a meeting abroad a visit to its host: "arrived in Moscow for talks".
_TRAVEL = frozenset({"visit", "trip", "tour", "arrive"})
# Meetings, signings and decisions whose place is their venue, not a party: "agreed to
# hold talks in Geneva", "agreed to sign the deal in Ankara", "threatened to veto the aid
# package in Brussels".
_VENUED = frozenset(
    """talk talks meeting summit conference negotiation negotiations round session
    consultation dialogue forum election vote referendum deal agreement accord treaty pact
    memorandum declaration statement contract package budget resolution bill law proposal
    plan decision measure""".split()
)
# Acts that make a release or an arrest happen: "was freed after X pardoned him" (not
# "signed": "was arrested after she signed a letter" is what the arrested did).
_ENABLING = frozenset("pardon approve order revoke grant commute decree rule".split())
_ENABLED_TYPES = frozenset({"COERCE", "RETREAT", "CONCEDE", "SANCTION"})
# Where an act's purpose and its objects hang, down to those they are for: "gave money to
# pay for food for families displaced in Sudan" (the participle "displaced" is an acl).
_PURPOSE_DEPS = frozenset({"dobj", "xcomp", "advcl", "pobj", "prep", "acl"})
# Deals that settle a dispute: "called off the strike after an agreement with X".
_SETTLEMENTS = frozenset("agreement deal accord settlement compromise talks negotiations".split())
# Where an agreement is reached: "agreed, in a meeting with X, to ...".
_DURING = frozenset({"in", "during", "at"})
_MEETINGS = frozenset("meeting talks call conversation summit negotiations".split())
# What refugees seek of the state they flee to: "sought refuge in X".
_REFUGE = frozenset("refuge asylum sanctuary shelter".split())
# Where a type's target stands after a preposition: "met with X", "imposed sanctions on X".
_TYPE_PREPS = {
    "CONSULT": frozenset({"with"}),
    "AID": frozenset({"to", "for", "into"}),  # "flew medicine into Syria"
    "REQUEST": frozenset({"on", "upon", "to"}),
    "SUPPORT": frozenset({"for", "to", "with"}),
    "COOPERATE": frozenset({"with"}),
    "AGREE": frozenset({"with", "to"}),
    "RETREAT": frozenset({"from", "to"}),
    "SANCTION": frozenset({"on", "against", "from", "to", "with"}),
    "ASSAULT": frozenset({"on", "against", "at", "into", "toward", "towards", "upon"}),
    # "forced their way into the Mexican embassy": whose premises were entered
    "COERCE": _RECIPIENT_PREPS | {"into"},
    # "rallied outside the French embassy", "protested against the mobilisation"
    "PROTEST": frozenset({"against", "outside", "at", "near"}),
}
_NP_STOP = frozenset(
    {"relcl", "acl", "advcl", "ccomp", "xcomp", "parataxis", "punct", "appos", "cc", "mark", "dep"}
)
_SPEECH = frozenset(
    {
        "say",
        "tell",
        "add",
        "note",
        "stress",
        "state",
        "believe",
        "think",
        "argue",
        "write",
        "explain",
        "emphasize",
        "emphasise",
        "warn",
        "insist",
        "claim",
        "remark",
        "comment",
        "observe",
        "suggest",
        "announce",
        "confirm",
        "report",
        "reveal",
        "disclose",
        "acknowledge",
        "admit",
        # "informed Taipei that it was severing relations": what the informer said
        "inform",
        "convey",
        "notify",
        "assure",
        "remind",
    }
)
_INTENT_HEADS = frozenset(
    {
        "plan",
        "intend",
        "hope",
        "aim",
        "seek",
        "want",
        "wish",
        "expect",
        "willing",
        "ready",
        "prepared",
        "going",
        "set",
        "due",
        "try",
        "look",
        "eager",
        "keen",
    }
)
# Verbs whose object noun's event is not done or ends: "called for talks", "refused
# talks", "called off the strike", "lifted the sanctions"
_ENDING_TYPES = frozenset({"REQUEST", "REJECT", "CONCEDE", "RETREAT"})
# "failed to reach agreement": what someone failed to do did not happen
_FAIL = frozenset({"fail"})
_HYPOTHETICAL = frozenset({"would", "could", "might", "may", "should", "must", "ought"})
# The content of speech that asks or threatens: "told X that Y must ...", "would respond".
_SEQUENCE_WORDS = frozenset({"after", "following"})  # "signed ... after talks in Moscow"
_TIME_MARKS = frozenset({"when", "once", "before", "after", "until", "while"})
_ADDRESS_VERBS = frozenset("tell warn assure inform remind caution".split())
# Types whose target is whom the speaker tells ("told Biden that Russia wanted ..."); not
# what is opposed or condemned, which the content names ("would oppose any interference").
_ADDRESSED_TYPES = frozenset(
    {"REQUEST", "THREATEN", "AGREE", "CONCEDE", "COOPERATE", "AID", "SANCTION"}
)
# "followed suit", "did the same", "did likewise": the act told just before, by new actors
_FOLLOW = frozenset({("follow", "suit"), ("do", "same"), ("do", "likewise")})
# Types aimed at someone that, with no one named, go to the other side of a two-state story.
# Not AID: "Ankara will supply the vaccines quickly" after a call with Beijing is no aid
# to Beijing; a shipment's receiver must be named.
_COUNTERPART_TYPES = frozenset({"CONCEDE", "REQUEST", "THREATEN", "SUPPORT", "ACCUSE"})
_COUNTERPART_SENTENCES = 8
# "accusing its western neighbour of ...": words for another state by its tie to the actor
_KIN_STATES = frozenset({"neighbour", "neighbor", "rival", "foe", "adversary", "ally"})
# "accepted the invitation": verbs that answer an offer made by the other side
_ANSWER_VERBS = frozenset({"accept", "take"})
# "expected Russia to support ...": what a state expects of another, when it is an act
_EXPECT = frozenset({"expect", "want"})
_DEMAND_ACTS = frozenset(
    "stop cease end halt refrain respect honour honor abide comply ensure allow let".split()
)
_OBLIGATION = frozenset({"must", "should", "ought"})
_NEEDED = frozenset({"need", "require"})  # "a reform of X was needed / is required"
_NEED_VERBS = frozenset({"need", "have"})  # "Russia needs to withdraw", "has to stop"
# "the most pressing task was to stop ...": what the subject of "be" says is asked for
_DEMAND_SUBJECTS = frozenset("task priority need step thing imperative demand".split())
_RETALIATE = frozenset("respond retaliate reciprocate".split())
_MEASURES = frozenset("measure countermeasure step action".split())
_RESPONSE_NOUNS = frozenset("response retaliation countermeasure reprisal retribution".split())
_INEVITABLE = frozenset("inevitable certain imminent unavoidable".split())
_UNREALISED_LINKS = frozenset({"xcomp", "acl", "acomp", "conj", "dobj"})
_READINESS = frozenset("capacity capability ability ready prepared right option".split())
_FUTURE = frozenset({"will", "shall", "'ll"})
# What a reporter says is scheduled, not what a side says it intends: "is due to attend".
_SCHEDULED = frozenset({"due", "set", "expect", "going", "look"})
_REMOTE_WORDS = {
    "phone": ("phone", "phone"),
    "telephone": ("phone", "phone"),
    "video": ("phone", "video"),
    "videoconference": ("phone", "video"),
    "virtual": ("phone", "video"),
    "virtually": ("phone", "video"),
    "online": ("phone", "video"),
    "letter": ("phone", "letter"),
    "message": ("phone", "letter"),
    "hotline": ("phone", "phone"),
}
_PRONOUNS = frozenset({"he", "she", "him", "her"})
# Nouns that name actors even when no rule resolved who they are ("Spanish authorities",
# "a court in Bishkek"); other unresolved phrases ("mutual understanding") are not actors.
_ACTOR_NOUNS = frozenset(
    """government authority official minister ministry president leader
    army military troop force soldier police court judge parliament lawmaker senator party
    rebel militant insurgent fighter group militia protester demonstrator activist student
    worker union company firm bank people citizen resident civilian refugee migrant delegation
    diplomat embassy envoy ambassador agency council committee organization organisation
    administration regime opposition coalition alliance state country nation navy donor
    charity prosecutor investigator spokesman spokeswoman spokesperson ally partner prisoner
    detainee hostage captive inmate journalist reporter national politician dissident suspect
    lawyer member crew sailor fisherman passenger victim person man woman individual child
    candidate opponent critic supporter inspector observer monitor peacekeeper officer
    west captain commander employee staff serviceman servicemember farmer trader
    businessman executive gang cartel newspaper broadcaster blogger miner driver trucker
    teacher doctor nurse negotiator mediator colleague seeker gunman attacker assailant bomber
    """.split()
)
# Prepositions whose objects belong to a noun phrase's actors: "the government of X", "the
# accusation by X"; in an object also "an agreement between X and Y", "a treaty with X".
_NP_PREPS = frozenset({"of", "in", "from", "by"})
# Verbs of naming in a free relative: "condemned what he called provocations".
_NAMING_VERBS = frozenset({"call", "describe", "term", "label", "dub", "brand"})
_OBJECT_NP_PREPS = _NP_PREPS | {"between", "among", "with"}
# Nouns whose "to ..." is an act not (yet) done: "a plan to invade", "an attempt to seize".
_PLAN_NOUNS = frozenset(
    """plan attempt bid effort intention decision right readiness willingness proposal
    authority power ability capacity capability option
    agreement deal accord pledge promise commitment offer call demand request threat
    ultimatum order push""".split()
)
# Types aimed at a target that a noun may name by the act it did ("condemned the attack").
# Documents whose words are their issuer's: "a statement condemning X" is the issuer's act.
_DOCUMENTS = frozenset(
    """statement report resolution letter declaration communique communiqué note document
    decree order bill motion ruling verdict petition complaint lawsuit memorandum""".split()
)
# A state's stances, claims and holdings, which a state's name or adjective before them
# makes that state's: "support for the one-China principle", "denounced U.S. policy on
# Taiwan", "recognised as part of China's territory": aimed at the state itself.
_STANCES = frozenset(
    """policy principle stance paper proposal plan initiative territory sovereignty
    integrity interest claim approach doctrine""".split()
)
# A state's firms, named by its name or adjective: "U.S. companies", "Chinese banks".
_FIRMS = frozenset("company firm business bank corporation enterprise exporter".split())
# Meeting verbs whose object is what is talked about: "discussed the crisis".
_TOPIC_VERBS = frozenset("discuss address review exchange examine debate tackle".split())
# Verbs whose progressive "as" clause sets the scene: "the talks came as troops were ...".
_SETTING_VERBS = frozenset({"come", "occur", "happen", "unfold"})
_PEERS = frozenset({"friend", "partner", "counterpart", "comrade", "colleague"})
# Types whose coordinated objects, each with its own receiver, are a deed each.
_PER_OBJECT_TYPES = frozenset({"AID", "SANCTION", "CONCEDE"})
_RECEIVER_PREPS = frozenset({"to", "for", "on", "against"})
# Verbs by which a document binds its parties: "a declaration that commits X and Y to".
_BINDING = frozenset("commit bind oblige obligate pledge".split())
# Verbs of arriving, whose "in X" is where the meeting joined to them took place.
_ARRIVING = frozenset("arrive land fly travel come".split())
_ARRIVAL_LINKS = frozenset({"conj", "xcomp", "acl", "pobj", "prep", "advcl", "dobj", "relcl"})
# People a text names by where they are: "those in Taiwan", "supporters in the US".
_LOCATED_PEOPLE = frozenset(
    """those supporter protester demonstrator resident people citizen crowd activist
    sympathiser sympathizer separatist""".split()
)
# Verbs whose protest-noun subject is a protest happening: "protests broke out".
_OUTBREAK = frozenset("break erupt spread flare begin start continue resume".split())
# Verbs of mediating talks between others: the mediator is among the actors.
_MEDIATE = frozenset({"mediate", "broker", "facilitate"})
# A state's conduct, as a thing aimed at: "the provocative behaviour of Russian guards".
_CONDUCT = frozenset("behaviour behavior conduct activity practice".split())
# Words of a protesting crowd: their violence is a riot (PROTEST), not an assault.
_CROWD_WORDS = frozenset("protester demonstrator rioter crowd mob".split())
# Acts whose "in X" or "X's" names their victim, not their doer: "interference in X's affairs".
_INTERFERENCE = frozenset("interference meddling intervention encroachment infringement".split())
# How parties fare, the main verbs of generalisations: "when they cooperate, both benefit".
_FARING = frozenset("benefit suffer gain lose win prosper thrive".split())
_TOPIC_PREPS = frozenset({"on", "over", "about", "regarding", "toward", "towards"})
_AIMED_TYPES = frozenset({"ACCUSE", "REJECT", "SUPPORT", "REQUEST", "THREATEN", "SANCTION"})
# Nouns (and pronouns) that refer back to an event told before, with the types it may have.
_MATERIAL = ("ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "RETREAT", "CONCEDE", "AID")
_GENERIC_ACTS = frozenset("move decision step action act measure it this".split())
_EVENT_NOUNS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(
        """attack assault invasion offensive strike airstrike bombing shelling incursion
        aggression killing massacre operation bombardment""".split(),
        ("ASSAULT",),
    ),
    "raid": ("ASSAULT", "COERCE"),
    **dict.fromkeys("arrest detention crackdown seizure".split(), ("COERCE",)),
    **dict.fromkeys("accusation allegation charge claim criticism".split(), ("ACCUSE",)),
    **dict.fromkeys("sanction expulsion".split(), ("SANCTION",)),
    **dict.fromkeys("visit trip talks meeting summit call".split(), ("CONSULT",)),
    **dict.fromkeys(_GENERIC_ACTS, ("ASSAULT", "COERCE")),
}
_ANTECEDENT_SENTENCES = 6


def _done_there(head: Token) -> bool:
    """Whether a thing's place may be its doer's ("the coup in Lima", "the attack in
    Kabul"): anything but an agreement signed or a meeting held there ("a deal in Doha",
    "a summit in Astana")."""
    word = head.lemma.lower()
    return word not in _AGREEMENTS and _EVENT_NOUNS.get(word) != ("CONSULT",)


# Places and gatherings a meeting is held at, on whose "in X" its place may hang.
_VENUES = frozenset(
    """sideline margin summit meeting conference forum gathering session palace office house
    residence ceremony hotel headquarters building hall""".split()
)
_AGENT_SECTORS = frozenset({"GOV", "MIL", "COP", "LEG", "JUD"})
# What someone may refuse to do: saying they will not is a REJECT.
_COOPERATIVE = frozenset({"AGREE", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "CONSULT"})
# COERCE modes a government imposes on its own land, with no one else as target.
_DOMESTIC_MODES = frozenset({"martial-law", "curfew"})
_FORCES = frozenset("troop soldier force army peacekeeper contingent battalion unit".split())
# What an attack fires or uses, not what it hits.
_WEAPONS = frozenset(
    """missile rocket shell bomb drone round projectile grenade mortar artillery salvo
    barrage fire shot weapon munition torpedo warhead bullet gun""".split()
)
# What someone asks or offers, whose "of"/"by" is its author: "the demands of the miners".
_PETITIONS = frozenset("demand request call appeal plea proposal offer condition".split())
_BORDERS = frozenset({"border", "frontier", "boundary"})
_WHERE_PREPS = frozenset("in across near inside outside along at".split())
# "called for sanctions against X", "talks with X": whom the act asked for is aimed at
_ASKED_FOR_PREPS = frozenset({"against", "on", "with", "to", "toward", "towards", "into"})
# Verbs of blame received: "faces criticism from X", "drew condemnation from X".
_BLAME_RECEIVED = frozenset({"face", "draw"})
# Acts whose negation is itself a refusal, whatever the tense: "does not recognise X".
_ACCEPTING = frozenset("accept recognise recognize acknowledge endorse".split())
# "will not lift the sanctions until X ...": the condition a refusal sets on another side
_CONDITIONS = frozenset({"until", "unless", "till", "before"})
# Where a one-party act (a protest, a mobilisation, a ceasefire) happens: its target's place.
_ONE_PARTY_PLACE_PREPS = frozenset("in into on across near inside along throughout".split())
# Parts of a place: "in parts of Kashmir", "in several areas of Idlib" are the place's.
_PORTIONS = frozenset("part area region district province outskirts parts".split())
# "Forces loyal to X", "militias allied with X", "fighters aligned with X".
_LOYAL = frozenset("loyal allied aligned affiliated".split())
# Verbs of sending or raising forces: the forces they move are the actor's own.
_SENDING = frozenset(
    "send deploy dispatch station contribute provide commit establish create form".split()
)
_QUANTITIES = frozenset(
    """handful dozen dozens hundred hundreds thousand thousands million millions number group
    batch team couple pair score""".split()
)
# People (and news outlets) a state holds or rules, named as its own ("Chile's jailed
# bloggers", "Kenya's nurses", "Peru's oldest newspaper"): they act or are acted on, not
# their state.
_HELD_PEOPLE = frozenset(
    """prisoner detainee hostage captive inmate journalist citizen national refugee migrant
    worker employee activist dissident student civilian resident blogger driver trucker farmer
    nurse doctor teacher miner protester demonstrator fisherman lawyer newspaper
    broadcaster""".split()
)
# What "a state of ..." names when it is a condition, not a state.
_STATES_OF_AFFAIRS = frozenset(
    "emergency siege war alert readiness calamity disaster exception".split()
)
# What someone is released from: "from detention", "from captivity in X".
_CUSTODY = frozenset("detention captivity custody prison jail confinement arrest".split())
# What an inquiry may look into by its content clause: "claims that X abused prisoners".
_CLAIMS = frozenset("claim allegation accusation report charge suspicion".split())
# What befalls its owner: "an inquiry into X's death" looks into what was done to X.
_SUFFERED = frozenset(
    """death killing murder assassination disappearance abduction kidnapping detention arrest
    injury poisoning treatment""".split()
)
# Verbs by which an authority has a coercive act done: "ordered six ministers jailed".
_ORDERING = frozenset({"order", "command", "instruct", "direct"})
# "rebel-held", "opposition-controlled", "militant-occupied": a place named by its holders.
_HELD_BY = frozenset({"hold", "control", "occupy", "run", "dominate"})
_DOMESTIC_AGENTS = frozenset({"police", "authority", "court", "prosecutor", "judge"})
# Plural nouns that, unnamed, refer back to the parties of the latest meeting or joint act.
_GROUP_NOUNS = frozenset(
    """leader president minister side party country nation delegation government state head
    counterpart premier signatory participant member""".split()
)
# Types whose actors may act together with no target: "the two sides met", "agreed".
_JOINT_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
# Types whose location is where they happened; what was said has no place of its own.
_PLACED_TYPES = frozenset(
    {"CONSULT", "AID", "PROTEST", "MOBILIZE", "COERCE", "ASSAULT", "RETREAT", "SANCTION"}
)
_HISTORY_DAYS = 10
_LEAD_SENTENCES = 3  # the story's news day is told within its first sentences
# Words that make an act in the perfect recent news, not background.
_RECENT = re.compile(
    r"\b(hours|minutes) (earlier|before|after|later)\b|\bearlier (in the day|on|today)\b",
    re.IGNORECASE,
)
_NUMBERS = {"a": 1, "one": 1, "the": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_DAYS_APART = re.compile(r"\b(a|one|the|two|three|four|five|six|\d) days? (after|before)\b")
# "came days after X issued ...", "weeks before": an earlier act whose day is not told
_UNCOUNTED_APART = re.compile(r"\b(\w+) (days|weeks|months|years) (after|before)\b")
# "comes two weeks after": a counted span of weeks or more marks a background act
_LONG_APART = re.compile(r"\b\w+ (weeks?|months?|years?) (after|before)\b")
# "reported on Thursday that ...": the day of a report, just before its date words
_REPORTED_ON = re.compile(r"\breported\s+(?:(?:late|early)\s+)?(?:on\s+)?$")
# "four years in which ...": spans of time whose relative clause tells what filled them
_TIME_SPANS = frozenset({"year", "month", "week", "decade", "period", "era"})
# "is due to attend": a timetable the reporter gives
_TIMETABLE = frozenset({"due", "schedule", "scheduled", "slate", "slated"})
# "warned that X could ...": verbs whose content is a fear or a claim about another side
_FEARED = frozenset({"warn", "fear", "suspect", "worry", "claim", "allege"})
# "announced the same night": the day of the event told just before
_SAME_DAY = re.compile(r"\b(the same|that) (day|night|evening|morning|afternoon)\b")
# "during that call": the meeting or call told before
_THAT_CONTACT = re.compile(
    r"\b(during|at|in|after) (that|the|this) (call|conversation|meeting|talks|summit|visit)\b",
    re.IGNORECASE,
)
# "over the past two years", "in recent years": a span of time, so a practice
_SPAN_PREPS = frozenset({"over", "in", "during", "for", "throughout"})
_LONG_SPANS = frozenset({"year", "decade"})  # not "in recent months": news
# "under the agreement, ...": what an agreement provides for is its terms, not news
_AGREEMENTS = frozenset("agreement deal accord treaty plan arrangement terms pact roadmap".split())
_STIPULATE = frozenset("foresee envisage envision stipulate".split())
# "signed agreements to reopen the ports": what is signed is not yet done
_SIGNING = frozenset({"sign", "ink", "conclude"})
# The threat a conditional penalty makes (PLOVER's THREATEN modes).
_THREAT_MODES = {
    ("SANCTION", "restrict"): "restrict",
    ("SANCTION", "expel"): "expel",
    ("SANCTION", "withdraw"): "relations",
    ("SANCTION", "discontinue"): "relations",
    ("COERCE", "arrest"): "arrest",
    ("COERCE", "ban"): "ban",
}
# Nouns that count an event, whose verb carries it: "held a new round of talks".
_ROUNDS = frozenset("round series phase wave cycle set session".split())
# Formal agreements whose conclusion is a signing in PLOVER's sense (SUPPORT, CAMEO 057).
_FORMAL_DEALS = frozenset("agreement deal accord treaty pact memorandum".split())
_HABITUAL = frozenset(
    {"repeatedly", "regularly", "frequently", "often", "previously", "times"}
)  # an event this long before the story's own date is background


@dataclass(frozen=True, slots=True)
class _Found:
    """A trigger that held, with its participants, before dating and crosswalk."""

    trigger: Token
    rule: Trigger
    actors: tuple[Actor, ...]
    recipients: tuple[Actor, ...]

    @property
    def countries(self) -> set[str]:
        return {a.country for a in (*self.actors, *self.recipients) if a.country}


class Extractor:
    """Extract event mentions. Build once; call per article."""

    def __init__(
        self,
        lexicon: EventLexicon | None = None,
        kb: KnowledgeBase | None = None,
        coder_version: str = "",
    ) -> None:
        self.lexicon = lexicon or load_event_lexicon()
        self.kb = kb or load_kb()
        self.coder_version = coder_version

    def __call__(
        self, article: Article, annotation: Annotation, resolution: Resolution
    ) -> list[EventMention]:
        return _ArticleExtractor(self, article, annotation, resolution).run()


class _ArticleExtractor:
    """The state of extracting events from one article."""

    def __init__(
        self, extractor: Extractor, article: Article, ann: Annotation, res: Resolution
    ) -> None:
        self.x = extractor
        self.lex = extractor.lexicon
        self.article = article
        self.ann = ann
        self.res = res
        self.tokens = ann.tokens
        self.children: list[list[int]] = [[] for _ in self.tokens]
        for tok in self.tokens:
            if tok.head != tok.i:
                self.children[tok.head].append(tok.i)
        self._sense_cache: dict[int, tuple[Trigger, ...]] = {}
        self.mention_at: dict[int, ActorMention] = {}
        self.dateline_end = self._datelines()
        for mention in res.mentions:
            if mention.start < self.dateline_end.get(mention.sentence, -1):
                continue  # "QUITO, April 6 (Andes Observer) --": the outlet is no party
            for i in range(mention.first, mention.last):
                self.mention_at.setdefault(i, mention)
        self.actors = {a.key: a for a in res.actors}
        self.token_ending = {t.end: t.i for t in self.tokens}
        self.story_date = self._story_date()
        # (trigger offset, sentence, parties) of each event of several sides so far
        self.groups: list[tuple[int, int, tuple[Actor, ...]]] = []
        self.events: list[EventMention] = []  # so far, for what later sentences refer to
        # (sentence, type, date) of each event its own sentence dates, for "the same day"
        self.dated: list[tuple[int, str, When]] = []

    def _datelines(self) -> dict[int, int]:
        """Where a dateline opening a sentence ends, by sentence (annotate.py leaves out
        only the first paragraph's dateline, not one after a title line)."""
        ends = {}
        for sentence in self.ann.sentences[:_LEAD_SENTENCES]:
            dateline = read_dateline(self.article.text[sentence.start : sentence.end])
            if dateline is not None:
                ends[sentence.index] = sentence.start + dateline.end
        return ends

    # ---- driver -------------------------------------------------------------------------

    def run(self) -> list[EventMention]:
        events = self.events
        for sentence in self.ann.sentences:
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
                )
                for stated in self._with_refusal(self._event(found, sentence.index), found)
                for event in self._per_object(stated, found.trigger)
            )
            told: list[tuple[EventMention, Token]] = []  # this sentence's, with triggers
            for found, event in found_events:
                key = (
                    event.event_type,
                    event.mode,
                    tuple(a.key for a in event.actors),
                    tuple(a.key for a in event.recipients),
                )
                if self._elaborates(event, found.trigger, told):
                    continue
                joined = self._same_raid(event, found.trigger, told)
                if joined is not None:
                    at = events.index(joined)
                    events[at] = replace(
                        joined, recipients=_unique((*joined.recipients, *event.recipients))
                    )
                    i = [e for e, _ in told].index(joined)
                    told[i] = (events[at], told[i][1])
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
        if events and self._off_topic(events):
            return []
        return _same_contact(events)

    def _with_refusal(self, event: EventMention | None, found: _Found) -> list[EventMention]:
        """The event, and for a cooperative act someone says they will not do ("will not
        lift the embargo", "won't accept refugees") or an agreement the parties failed to
        reach ("failed to reach agreement on the deal") the refusal it states (REJECT)."""
        if event is None:
            return []
        event = self._as_peacekeeping(event, found)
        refused = event.negated and (
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
        if not refused:
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
            kids = [self.tokens[g] for g in self.children[c]]
            if any(k.dep == "mark" and k.text.lower() in ("if", "unless") for k in kids):
                return True
            if any(k.dep == "aux" and k.text.lower() == "should" and k.i < clause.i for k in kids):
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
        if self.article.published is not None:
            return When(self.article.published, "day", "", 0, 0), "published"
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
            if current is not verb and current.lemma.lower() in _INTENT_HEADS - _SCHEDULED:
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
            if other.event_type != event.event_type or other.countries != event.countries:
                continue
            pair = (tok, trigger)
            for clause, verb in (pair, pair[::-1]):
                if clause.dep == "advcl" and clause.tag == "VBG" and clause.head == verb.i:
                    return True
        return False

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
            self._sense_cache[i] = found
        return self._sense_cache[i]

    def _triggers(self, first: int, last: int) -> Iterable[_Found]:
        fired: dict[int, str] = {}  # verb triggers of the sentence so far, by index
        for tok in self.tokens[first:last]:
            for rule in self._senses(tok.i):
                if self._told_by_its_verb(tok, rule, fired) or self._carried_by_its_noun(tok, rule):
                    break
                found = self._participants(tok, rule)
                if found is not None:
                    if tok.pos == "VERB":
                        fired[tok.i] = rule.type
                    yield found
                    break  # one event per trigger word: the most specific sense that fits

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
                t.type == "SUPPORT" or (t.type != "AGREE" and verb is tok)
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
        if rule.cameo == "139":  # "gave X a deadline": a demand, and an ultimatum (THREATEN)
            return False
        if rule.type in _ENDING_TYPES or self.tokens[carrier].pos != "VERB":
            return False
        return any(  # asked for or refused: not done; called off or lifted: it ends
            t.type in _ENDING_TYPES for t in self._senses(carrier)
        )

    # ---- participants ----------------------------------------------------------------------

    def _participants(self, tok: Token, rule: Trigger) -> _Found | None:
        if rule.type == "CONSULT" and any(
            self.tokens[c].dep in ("oprd", "xcomp", "ccomp", "attr")
            and not (self.tokens[c].dep == "oprd" and self.tokens[c].pos == "PROPN")
            for c in self.children[tok.i]
        ):  # (a name the parser took for a predicate is whom they called: "called Biden")
            return None  # "called China a reliable friend" is no phone call
        if rule.type == "CONSULT" and self._mediated(tok):
            return None  # "talks mediated by X": the mediation verb states the meeting
        if rule.reported:
            actors, recipients = self._reported_roles(tok)
        elif rule.type == "CONSULT" and tok.lemma.lower() in _MEDIATE and tok.pos == "VERB":
            actors, recipients = self._mediation_roles(tok), []
        elif tok.pos == "NOUN" or tok.pos == "PROPN":
            actors, recipients = self._noun_roles(tok, rule)
        else:
            actors, recipients = self._verb_roles(tok, rule)
        if rule.host:
            actors, recipients = recipients, actors  # the visitor acts, the host receives
            if rule.type == "CONSULT":
                # "welcomed Ruto to the White House": the host's own place is no visitor
                home = {a.country for a in recipients if a.country}
                actors = [a for a in actors if a.country not in home]
        if rule.type == "CONSULT" and actors and not recipients:
            recipients = self._met_abroad(tok, actors)
        if rule.type == "ACCUSE" and tok.pos == "VERB" and tok.lemma.lower() in _BLAME_RECEIVED:
            # "Tehran faces criticism from the EU": the EU accuses Tehran
            actors, recipients = self._blame_from(tok), self._subject_actors(self._subject(tok))
        if rule.type == "COERCE" and tok.pos == "VERB":
            # "a judge ordered six ministers jailed", "ordered the daily to suspend
            # publication": the one who orders does it to whom the order names
            actors, recipients = self._ordered_done(tok, rule, recipients) or (actors, recipients)
        if rule.mode == "investigate" and tok.pos == "NOUN" and actors and not recipients:
            # "opened a probe into the accounts of X": whose conduct is looked into
            recipients = self._investigated_owners(tok)
        if rule.mode == "third-party":
            # "offered mediation between X and Y", "an effort to end the feud between X
            # and Y": the sides are among the actors with the mediator, as at hosted or
            # mediated talks (the gold's convention)
            actors = [*actors, *(self._between(tok) or self._sides_in_purpose(tok))]
        if rule.mode == "visit" or rule.type == "ASSAULT":
            # "flew to Washington", "fired missiles at Kyiv": the place's state
            recipients = [self._place_state(a) for a in recipients]
        if (
            rule.symmetric
            and rule.type != "CONSULT"
            and not any(_political(a) for a in (*actors, *recipients))
        ):
            # "several documents were also signed": by those who had just met
            actors = self._group_before(tok, sentences=3)
        elif rule.symmetric and rule.type != "CONSULT" and not any(_political(a) for a in actors):
            # "held talks and then watched as officials signed the agreement for Rosatom to
            # build the plant": unnamed officials sign for those who just met
            actors = self._group_before(tok, sentences=1) or actors
        crowds = [a for a in actors if _crowd_of(a)]
        if (
            rule.type == "ASSAULT"
            and crowds
            and {a.country for a in actors} <= {c.country for c in crowds}
        ):
            # "demonstrators stormed and set fire to the mayor's office": a riot (the state
            # a place phrase names beside them is where, not who)
            rule = replace(rule, type="PROTEST", mode="riot", cameo=None)
            actors = crowds
        if rule.type == "PROTEST" and not any(a.country for a in actors):
            # "thousands of supporters of the junta rallied in Niamey", "protests broke out
            # in Moscow": a crowd of the state where it gathered
            actors = self._crowd(tok, actors)
        if rule.symmetric and tok.dep == "acl" and tok.head != tok.i:
            # "the partnership between Australia, Britain and the US, unveiled by ...": the
            # parties the thing itself names
            between = self._between_parties(self.tokens[tok.head])
            actors = between or actors
        if rule.symmetric and rule.object and not recipients:
            # "signed a declaration that commits Manama and Israel to ...": its parties
            actors = [*actors, *self._bound_parties(tok)]
        if rule.type == "CONSULT" and not actors and recipients and tok.pos == "NOUN":
            # "Kuleba said talks with Lavrov had produced no progress": the speaker's talks
            speaker = self._speaker(tok)
            if speaker is not None and _side(speaker) not in {_side(a) for a in recipients}:
                actors = [speaker]
        if not actors and recipients:  # "the envoy was summoned to the ministry in Rome"
            actors, recipients = self._passive_host(tok, list(recipients))
        if self._speaker_acts_again(tok, actors, recipients):
            # "said X's decision undermined ..., and urged Vilnius to ...": the speaker urges
            actors = [self._speaker(tok)]
        actors = _unique(actors)
        recipients = tuple(
            a
            for a in _unique(recipients)
            if a.key not in {x.key for x in actors}
            and not (_own_government(a, actors) and self._said_indirectly(a))
        )
        if any(a.role == "commentator" for a in (*actors, *recipients)):
            return None
        if not recipients and len(actors) == 1 and rule.type in _ADDRESSED_TYPES:
            # "Putin told Biden that Russia wanted guarantees": whom the speaker told
            speech = self._speech_verb(tok)
            speaker = self._speech_speaker(speech) if speech is not None else None
            if speaker is None or _side(speaker) == _side(actors[0]):
                # (not "Biden told the UN that Putin had made threats": Putin told no one)
                recipients = tuple(
                    a for a in self._addressees(speech) if _side(a) != _side(actors[0])
                )
        if not recipients and rule.type in _COUNTERPART_TYPES and not rule.reported:
            # (not a reported accusation: its target is the doer its words name, and "would
            # never allow anyone to undermine X" names none)
            # "Tokyo said it would lift the export controls" in a story of a Japan-South Korea
            # summit: a concession or demand with no one named goes to the other side
            recipients = tuple(self._counterpart(tok, actors))
        if not recipients and self._answered_offer(tok, rule):
            # "Putin accepted the invitation": the offer came from the other side of the
            # meeting or pact just told
            recipients = tuple(self._counterpart(tok, actors))
        if not recipients and rule.type == "AID" and not rule.host:
            # "X met Y ..., as Washington announced a new military aid package": aid told
            # in the very sentence of a two-state meeting goes to the other side
            recipients = tuple(self._counterpart(tok, actors, sentences=0))
        if not recipients:  # "cut ties with Somalia, accusing its eastern neighbour of ..."
            recipients = tuple(self._neighbour_named(tok, actors))
        if not recipients:
            recipients = tuple(self._unnamed_targets(tok, rule, actors))
        if not recipients and rule.type == "PROTEST":
            recipients = tuple(self._home_state(actors))
        participants = {a.key for a in (*actors, *recipients)}
        if len(participants) < 2 and not self._one_party_type(rule):
            return None
        joint = (
            rule.type in _JOINT_TYPES
            or (bool(rule.object) and len({_side(a) for a in actors if _political(a)}) >= 2)
            or (rule.symmetric and bool(rule.object) and self._signed_apart(actors))
            or (rule.type == "SUPPORT" and self._jointly_backed(tok, actors))
        )  # "X and Y extended the treaty", "Russia and the UN signed a memorandum"
        if (
            not recipients
            and not joint
            and not self._one_party_type(rule)
            and not self._mutual(tok)
        ):
            return None  # an accusation, a request, aid ... needs someone it is aimed at
        if not any(_political(a) for a in (*actors, *recipients)):
            return None
        return _Found(tok, rule, actors, recipients)

    def _met_abroad(self, tok: Token, actors: list[Actor]) -> list[Actor]:
        """ "arrived in Moscow on a state visit", "attended a summit in London during a
        visit to Britain": a meeting one side's people travel to, with no one named, is a
        visit to the host state, when the sentence says it is a visit or a trip (not "held
        talks in Vienna": a venue of talks with others the sentence does not name)."""
        own = {a.country for a in actors}
        if len(own) != 1 or None in own:
            return []  # (two sides meeting abroad met each other: "met in Samarkand")
        sentence = self.ann.sentences[tok.sentence]
        words = {t.lemma.lower() for t in self.tokens[sentence.first : sentence.last]}
        if not words & _TRAVEL:
            return []
        meeting = [tok]
        if tok.pos == "VERB":  # "attended a meeting in X": the place may hang on the noun
            meeting += [t for t in map(self.tokens.__getitem__, self.children[tok.i])
                        if t.dep == "dobj"]  # fmt: skip
        elif tok.head != tok.i and tok.dep in ("dobj", "pobj"):
            # "held meetings in X", "arrived in X for talks": the verb carrying the noun
            carrier = self.tokens[tok.head]
            if tok.dep == "pobj" and carrier.head != carrier.i:
                carrier = self.tokens[carrier.head]
            if any(t.type == "CONSULT" for t in self._senses(carrier.i)):
                return []  # "attended a summit in X": the verb states the same meeting
            meeting.append(carrier)
        hosts = [
            self._place_state(replace(a, kind="other") if a.key.startswith("np:") else a)
            for t in meeting
            for a in self._places_named(t, ("in", "at"))
        ]  # (a place the NER model took for a person: "arrived in Kyiv")
        # "arrived in Kyiv on a visit to meet Zelensky": the meeting with the host's people
        # the sentence names is the event; the host state beside it would repeat it
        named = {
            a.country
            for m in self.res.mentions
            if m.sentence == tok.sentence
            for a in self._mention_actors(m)
            if a.kind != "state"
        }
        return [a for a in hosts if a.kind == "state" and a.country not in own | named]

    def _unnamed_targets(self, tok: Token, rule: Trigger, actors: tuple[Actor, ...]) -> list[Actor]:
        """The target of an act whose parse names none beside it: whom the act asked for,
        walked out of, refused until, let free or protested against would hit, else the
        place a one-party act happens in."""
        own = {_side(a) for a in actors}
        found: list[Actor] = []
        if rule.type in ("REQUEST", "ACCUSE") and tok.pos == "VERB":
            # "called for sanctions against Moscow", "called for talks with Kyiv"
            found = [a for a in self._asked_for_targets(tok) if _side(a) not in own]
        if not found and rule.particle and tok.pos == "VERB":
            # "walked out of the talks with Israel": whom the particle's object is with
            found = [a for a in self._particle_targets(tok, rule) if _side(a) not in own]
        if not found and rule.type in _COOPERATIVE and self._negated(tok):
            # "will not lift the sanctions until Iran frees the sailors": the refusal is
            # aimed at whoever must meet its condition
            found = self._condition_doers(tok, actors)
        if not found and rule.mode == "release" and tok.pos == "VERB":
            found = self._let_free(tok)  # "let free 74 political prisoners"
        if not found and rule.type == "PROTEST":
            # "went on strike against the pay policy of X": whose the thing is
            sides = {_side(a) for a in actors if a.kind != "other"}
            found = [a for a in self._protested_against(tok) if _side(a) not in sides]
        if not found and self._placed_act(rule):
            # "the navy remained on alert in Hanoi", "declared a ceasefire in Idlib",
            # "students protested in Caracas": the state of the place it happens in
            # ("Iraqi troops were on alert in Basra": the city, not the state again)
            keys = {x.key for x in actors}
            found = [
                a if a.key not in keys else replace(a, key=f"np:{norm(a.raw)}", name=a.raw,
                                                    kind="other", sector=None, cow=None)
                for a in self._act_place(tok)
                if a.key not in keys or self.x.kb.state_by_name(a.raw) is None
            ]  # fmt: skip
        return found

    def _ordered_done(
        self, verb: Token, rule: Trigger, recipients: list[Actor]
    ) -> tuple[list[Actor], list[Actor]] | None:
        """Who orders a coercive act and whom it is done to, when the act hangs on the
        order: "ordered six ministers jailed" (the act a participle on the order's object),
        "ordered the paper to suspend publication" (censorship the outlet must carry out on
        itself). Not "ordered the police to arrest X": the police act on X."""
        if verb.head == verb.i:
            return None
        up = self.tokens[verb.head]
        done = verb.tag in ("VBN", "VBD")
        subjects = [self.tokens[c] for c in self.children[verb.i] if self.tokens[c].dep == "nsubj"]
        if verb.dep == "acl" and done and up.dep == "dobj" and up.head != up.i:
            order, target = self.tokens[up.head], up
        elif verb.dep == "ccomp" and done and subjects:  # "ordered [X jailed]"
            order, target = up, subjects[0]
        elif verb.dep == "xcomp" and rule.mode == "censor" and not recipients:
            order = up
            target = next(
                (self.tokens[c] for c in self.children[up.i] if self.tokens[c].dep == "dobj"),
                None,
            )
        else:
            return None
        if target is None or order.lemma.lower() not in _ORDERING:
            return None
        actors = self._subject_actors(self._subject(order))
        done_to = self._np_actors(target)
        return (actors, done_to) if actors and done_to else None

    def _investigated_owners(self, noun: Token) -> list[Actor]:
        """Whose conduct an inquiry looks into when it names a thing, not a party: "an
        investigation into the accounts of X", "a probe into X's spending", "an
        inquiry into the funds spent by X". Not a clause ("into whether X was spied on":
        X may be the one wronged) and not the place of the thing ("a camp in X")."""
        found: list[Actor] = []
        accused: list[Actor] = []
        anchors = [noun.i]
        if noun.dep == "dobj" and noun.head != noun.i:  # "opened a probe on Monday into X"
            anchors.append(noun.head)
        for c in (c for i in anchors for c in self.children[i]):
            prep = self.tokens[c]
            if prep.dep != "prep" or prep.text.lower() not in ("into", "of"):
                continue
            for g in self.children[c]:
                thing = self.tokens[g]
                if thing.dep != "pobj" or thing.pos != "NOUN":
                    continue
                for k in self.children[thing.i]:
                    kid = self.tokens[k]
                    if kid.dep == "poss" and kid.pos != "PRON":
                        if thing.lemma.lower() not in _SUFFERED:  # not "X's death": X's fate
                            found += self._np_actors(kid)  # "X's spending"
                    elif kid.dep == "prep" and kid.text.lower() == "of":
                        found += self._prep_actors(kid)  # "the accounts of X"
                    elif kid.dep == "acl":  # "the funds spent by X"
                        found += [
                            a
                            for a2 in self.children[k]
                            if self.tokens[a2].dep == "agent"
                            for a in self._prep_actors(self.tokens[a2])
                        ]
                    if kid.dep in ("acl", "ccomp") and thing.lemma.lower() in _CLAIMS:
                        # "an inquiry into claims that two soldiers abused prisoners": the
                        # people the claims are about, whoever they are
                        accused += [
                            a
                            for g2 in self.children[k]
                            if self.tokens[g2].dep == "nsubj"
                            for a in self._np_actors(self.tokens[g2])
                        ]
        return [a for a in found if a.kind != "other" or a.country or a.sector] + accused

    def _let_free(self, verb: Token) -> list[Actor]:
        """Who is let or set free: the object of "free" ("let free 74 prisoners")."""
        return [
            a
            for c in self.children[verb.i]
            if self.tokens[c].lemma.lower() in ("free", "go", "loose")
            for g in self.children[c]
            if self.tokens[g].dep == "dobj"
            for a in self._np_actors(self.tokens[g])
        ]

    def _blame_from(self, verb: Token) -> list[Actor]:
        """Who blame a subject faces or draws comes "from", on the verb or its object."""
        anchors = [verb] + [
            self.tokens[c] for c in self.children[verb.i] if self.tokens[c].dep == "dobj"
        ]
        return [
            a
            for anchor in anchors
            for c in self.children[anchor.i]
            if self.tokens[c].dep == "prep" and self.tokens[c].text.lower() == "from"
            for a in self._prep_actors(self.tokens[c])
        ]

    def _between(self, tok: Token) -> list[Actor]:
        """The parties of "between X and Y" on a trigger, or on the verb that carries a
        noun trigger ("launched a mediation effort between X and Y")."""
        anchors = [tok]
        if tok.pos == "NOUN" and tok.head != tok.i:
            anchors.append(self.tokens[tok.head])
        return [
            a
            for anchor in anchors
            for c in self.children[anchor.i]
            if self.tokens[c].dep == "prep" and self.tokens[c].text.lower() in ("between", "among")
            for a in self._prep_actors(self.tokens[c])
        ]

    def _sides_in_purpose(self, tok: Token) -> list[Actor]:
        """The sides a mediation's purpose names: "an effort to end the feud between X
        and Y", "to prevent a clash between X and Y", "designed to help X and Y reach a
        settlement" (what the clause hung on the trigger or its verb is between, or whom it
        helps)."""
        anchors = [tok]
        if tok.pos == "NOUN" and tok.head != tok.i:
            anchors.append(self.tokens[tok.head])
        clauses = [
            c
            for anchor in anchors
            for c in self.children[anchor.i]
            if self.tokens[c].dep in ("acl", "relcl", "advcl", "xcomp")
        ]
        for clause in clauses:
            for i in sorted(self._subtree(clause)):
                t = self.tokens[i]
                if t.dep == "prep" and t.text.lower() in ("between", "among"):
                    sides = self._prep_actors(t)
                elif t.lemma.lower() == "help" and t.pos == "VERB":
                    helped = [c for c in self.children[i] if self.tokens[c].dep == "dobj"]
                    helped += [  # "help X and Y reach": the subject of what they are helped to
                        g
                        for c in self.children[i]
                        if self.tokens[c].dep in ("ccomp", "xcomp")
                        for g in self.children[c]
                        if self.tokens[g].dep == "nsubj"
                    ]
                    sides = [a for c in helped for a in self._np_actors(self.tokens[c])]
                else:
                    continue
                if len({_side(a) for a in sides}) > 1:
                    return sides
        return []

    def _home_state(self, actors: Iterable[Actor]) -> list[Actor]:
        """The state a crowd of its own people protests against when the text names no one
        ("protests broke out in Minsk", "marches were held across Venezuela"): domestic
        protest is aimed at the government at home, as the gold codes it."""
        crowds = [a for a in actors if a.kind != "state" and a.sector == "CVL"]
        countries = {a.country for a in crowds}
        if not crowds or len(countries) != 1 or None in countries:
            return []
        return [self._state_actor(crowds[0].country, crowds[0].raw, crowds[0].mentions)]

    def _crowd(self, tok: Token, actors: list[Actor]) -> list[Actor]:
        """The protesters of a protest, as a group of the state of the place it is told
        in ("in Niamey", "across the country" of the story's state), named as the text
        names them ("supporters of the junta"), else "protesters in X"."""
        holders = [tok] + ([self.tokens[tok.head]] if tok.head != tok.i else [])
        where = next((p for h in holders for p in self._gathered_in(h)), None)
        if where is None:
            where = self._dateline_place(holders)
        if where is None:
            return actors
        place, country = where
        named = next((a for a in actors if a.kind != "state"), None)
        text = named.raw if named is not None else f"protesters in {place.text}"
        span = named.mentions if named is not None else (Span(place.start, place.end),)
        return [
            Actor(
                key=f"np:{norm(text)}", name=text, kind="group", country=country,
                sector="CVL", raw=text, mentions=span,
            )
        ]  # fmt: skip

    def _dateline_place(self, holders: list[Token]) -> tuple[Token, str] | None:
        """A place no knowledge names ("in the western oil town of Zhanaozen") in a story
        filed from a state: that state's."""
        state = self.x.kb.state_by_place(self.article.dateline) if self.article.dateline else None
        if state is None:
            return None
        for holder in holders:
            for c in self.children[holder.i]:
                prep = self.tokens[c]
                if prep.dep == "prep" and prep.text.lower() == "in":
                    pobj = next((self.tokens[g] for g in self.children[c]), None)
                    if pobj is not None and pobj.ent != "DATE":
                        return pobj, state.iso3
        return None

    def _gathered_in(self, tok: Token) -> list[tuple[Token, str]]:
        """The places "in/across X" on ``tok`` whose state is known, with that state."""
        found = []
        for c in self.children[tok.i]:
            prep = self.tokens[c]
            if prep.dep != "prep" or prep.text.lower() not in ("in", "across", "throughout"):
                continue
            for g in self.children[c]:
                pobj = self.tokens[g]
                if pobj.dep != "pobj":
                    continue
                mention = self.mention_at.get(g)
                states = [a.country for a in self._mention_actors(mention)] if mention else []
                text = self.article.text[self.tokens[self._np_tokens(pobj)[0]].start : pobj.end]
                state = (
                    self.x.kb.state_by_place(pobj.text)
                    or self.x.kb.state_by_name(pobj.text)
                    or self.x.kb.state_by_name(text.removeprefix("the "))
                )
                country = (states[0] if states else None) or (state.iso3 if state else None)
                if country is not None:
                    found.append((pobj, country))
        return found

    def _mediated(self, noun: Token) -> bool:
        """A meeting noun that a mediation verb carries ("mediated talks", "the talks were
        mediated by"): the verb's event."""
        if noun.pos != "NOUN" or noun.dep not in ("dobj", "nsubjpass") or noun.head == noun.i:
            return False
        return self.tokens[noun.head].lemma.lower() in _MEDIATE

    def _mediation_roles(self, verb: Token) -> list[Actor]:
        """Everyone at mediated talks, acting together (docs/gold.md: the mediator is among
        the actors): the parties ("between A and B", on the verb or on the talks; else
        those who met last) and the mediators, the subject or "by" agent and those "with"
        them; a mediator named as a person counts only in office ("former President X" may
        act for an organisation)."""
        mediators: list[Actor] = []
        parties: list[Actor] = []
        talks = None
        for c in self.children[verb.i]:
            child = self.tokens[c]
            if child.dep == "nsubj":
                mediators += self._np_actors(child)
            elif child.dep == "agent" or (child.dep == "prep" and child.text.lower() == "with"):
                mediators += self._prep_actors(child)
            elif child.dep in ("dobj", "nsubjpass"):
                talks = child
        for holder in (verb, talks):
            for c in self.children[holder.i] if holder is not None else []:
                prep = self.tokens[c]
                if prep.dep == "prep" and prep.text.lower() in ("between", "among"):
                    parties += self._prep_actors(prep)
        if not parties and talks is not None and _EVENT_NOUNS.get(talks.lemma.lower()):
            parties = self._group_before(verb, sentences=4)
        mediators = [m for m in mediators if m.kind != "person" or m.title is not None]
        return [*parties, *mediators]

    def _listed_signers(self, verb: Token) -> list[Actor]:
        """Everyone a list of "Name, title, Name, title, and Name, title" after "by" names:
        the people anywhere under the agent (the parser hangs later names on the titles
        before them), and a last name parsed as a conjunct of the verb itself ("signed by
        A, B, and Wang, the director of ...")."""
        found: list[Actor] = []
        for c in self.children[verb.i]:
            kid = self.tokens[c]
            if kid.dep == "agent":
                for i in sorted(self._subtree(c)):
                    mention = self.mention_at.get(i)
                    if mention is not None and i == mention.last - 1:
                        found += [a for a in self._mention_actors(mention) if a.kind == "person"]
            elif kid.dep == "conj" and kid.pos == "PROPN" and c in self.mention_at:
                found += self._np_actors(kid)
        return found

    def _between_parties(self, noun: Token) -> list[Actor]:
        """The parties a noun names by "between/among" ("a partnership between A and B")."""
        return [
            a
            for c in self.children[noun.i]
            if self.tokens[c].dep == "prep" and self.tokens[c].text.lower() in ("between", "among")
            for a in self._prep_actors(self.tokens[c])
        ]

    def _bound_parties(self, verb: Token) -> list[Actor]:
        """Whom a signed document binds, by a relative clause on it: "signed a declaration
        that commits Manama and Israel to establish ties"."""
        found: list[Actor] = []
        for c in self.children[verb.i]:
            if self.tokens[c].dep not in ("dobj", "nsubjpass"):
                continue
            for r in self.children[c]:
                clause = self.tokens[r]
                if clause.dep != "relcl" or clause.lemma.lower() not in _BINDING:
                    continue
                for g in self.children[r]:
                    if self.tokens[g].dep == "dobj":
                        found += self._np_actors(self.tokens[g])
        return found

    def _jointly_backed(self, tok: Token, actors: list[Actor]) -> bool:
        """Two sides backing an agreement together ("Modi and Xi endorsed a new agreement
        on patrolling"): their joint act, aimed at no one."""
        if len({_side(a) for a in actors if _political(a)}) < 2:
            return False
        return any(
            self.tokens[c].dep == "dobj" and self.tokens[c].lemma.lower() in _AGREEMENTS
            for c in self.children[tok.i]
        )

    def _signed_apart(self, actors: list[Actor]) -> bool:
        """Two or more people or groups who signed, even of one state ("signed by the
        government's envoy and by a rebel official"): a deal between them."""
        return len({a.key for a in actors if a.kind in ("person", "group")}) >= 2

    def _said_indirectly(self, actor: Actor) -> bool:
        """Whether the text names ``actor`` only as an owner ("Kazakhstan's commitment",
        "the country's services") or as one of a pair ("called on the two sides"), not
        as the target itself ("Merkel defended Germany")."""
        for span in actor.mentions:
            last = self.token_ending.get(span.end)
            if last is None:
                continue
            mention = self.mention_at.get(last)
            if mention is not None and len(mention.keys) > 1:
                return True
            first = mention.first if mention is not None else last
            words = self.tokens[first : last + 2]
            if any(t.dep in ("poss", "case") for t in words):
                return True
        return False

    def _counterpart(
        self, tok: Token, actors: list[Actor], sentences: int = _COUNTERPART_SENTENCES
    ) -> list[Actor]:
        """The other side of the latest meeting or joint act of exactly two states, a few
        sentences back, when the actors are the one side."""
        sides = {a.country for a in actors if _political(a)}
        if len(sides) != 1 or None in sides or any(not a.country for a in actors):
            return []
        for start, sentence, parties in reversed(self.groups):
            if start >= tok.start or tok.sentence - sentence > sentences:
                continue
            states = {a.country for a in parties if a.country}
            if len(states) != 2 or not sides <= states:
                return []
            return [a for a in parties if a.country and a.country not in sides]
        return []

    def _answered_offer(self, tok: Token, rule: Trigger) -> bool:
        """An acceptance of an offer whose author is not named ("accepted the invitation",
        "accepted the proposal"): it answers whoever made the offer."""
        if rule.type != "AGREE" or tok.lemma.lower() not in _ANSWER_VERBS:
            return False
        return any(
            self.tokens[c].dep in ("dobj", "nsubjpass")
            and not any(self.tokens[g].dep == "poss" for g in self.children[c])
            for c in self.children[tok.i]
        )

    def _neighbour_named(self, tok: Token, actors: Iterable[Actor]) -> list[Actor]:
        """A participle clause whose object is the actor's "neighbour" or "rival" ("broke off
        ties with Morocco, accusing its western neighbour of ..."): the state the main
        clause names, as the descriptor names none."""
        if tok.pos != "VERB" or tok.dep != "advcl" or tok.head == tok.i:
            return []
        if not any(
            self.tokens[c].dep == "dobj"
            and self.tokens[c].lemma.lower() in _KIN_STATES
            and any(
                self.tokens[g].dep == "poss" and self.tokens[g].text.lower() in ("its", "their")
                for g in self.children[c]
            )
            for c in self.children[tok.i]
        ):
            return []
        main = self.tokens[tok.head]
        named: list[Actor] = []
        for c in self.children[main.i]:
            kid = self.tokens[c]
            if kid.dep in ("dobj", "dative"):
                named += self._np_actors(kid)
            elif kid.dep == "prep":
                named += self._prep_actors(kid)
        sides = {_side(a) for a in actors}
        return [a for a in named if a.country and a.kind == "state" and _side(a) not in sides]

    def _passive_host(self, tok: Token, recipients: list[Actor]) -> tuple[list[Actor], list[Actor]]:
        """A passive act with no agent, done to its subject at a place of another state
        ("the Iranian envoy was summoned to the foreign ministry in Rome"): the state of
        the place acts, the subject's side is the target."""
        if tok.pos != "VERB" or tok.tag != "VBN":
            return [], recipients
        subjects = [
            self.tokens[c] for c in self.children[tok.i] if self.tokens[c].dep == "nsubjpass"
        ]
        if len(subjects) != 1:
            return [], recipients
        done_to = {_side(a) for a in self._np_actors(subjects[0])}
        hosts = [a for a in recipients if _side(a) not in done_to and a.kind == "state"]
        if not done_to or len({_side(a) for a in hosts}) != 1:
            return [], recipients
        return hosts, [a for a in recipients if a not in hosts]

    def _speech_contact(self, noun: Token) -> Token | None:
        """The speech verb a contact noun belongs to: "warned Putin that ... would respond,
        during a video call" is the call the speaker had with whom they told, wherever the
        parser hung it."""
        if noun.dep != "pobj" or noun.head == noun.i:
            return None
        prep = self.tokens[noun.head]
        if prep.text.lower() not in ("during", "in", "over") or prep.head == prep.i:
            return None
        speech = self._speech_verb(self.tokens[prep.head])
        return speech if speech is not None and self._addressees(speech) else None

    def _speaker_acts_again(self, tok: Token, actors: list[Actor], recipients: list[Actor]) -> bool:
        """A verb joined to the content of speech with no subject of its own, whose borrowed
        subject would aim it at its own side: the parser hung the speaker's second act on the
        content ("said Lithuania's decision undermined ... and urged Vilnius to ...")."""
        if tok.pos != "VERB" or tok.dep != "conj" or not recipients:
            return False
        if any(self.tokens[c].dep in _SUBJECTS for c in self.children[tok.i]):
            return False
        if not {_side(a) for a in actors} & {_side(a) for a in recipients}:
            return False
        speaker = self._speaker(tok)
        return speaker is not None and _side(speaker) not in {_side(a) for a in recipients}

    def _reported_roles(self, tok: Token) -> tuple[list[Actor], list[Actor]]:
        """ "X said Y had undermined ...", "X said the raid was a violation": X accuses
        whoever the words say did it (the clause's subject, or the act it names)."""
        speaker = self._speaker(tok)
        if speaker is None:
            return [], []
        subject = self._subject(self._clause_head(tok) if tok.pos == "NOUN" else tok)
        if subject is not None and subject.dep == "csubj":
            # "the U.S. policy adopted for some time had caused ...", parsed with the
            # participle as a clausal subject: the noun it was said of
            subject = next(
                (self.tokens[c] for c in self.children[subject.i] if self.tokens[c].dep == "nsubj"),
                subject,
            )
        if subject is None:
            return [speaker], []
        doers = self._subject_actors(subject) or self._antecedent(subject, [speaker])
        side = _side(speaker)
        return [speaker], [a for a in doers if _side(a) != side]

    def _mutual(self, tok: Token) -> bool:
        """ "support each other", "mutual support": the actors are each other's targets."""
        around = " ".join(self.tokens[i].text.lower() for i in sorted(self._subtree(tok.i)))
        return "each other" in around or "one another" in around or "mutual" in around

    @staticmethod
    def _one_party_type(rule: Trigger) -> bool:
        """Acts with no target: protests, mobilisations, retreats, and a state's emergency
        rule over its own land ("declared martial law across the country")."""
        return rule.type in ("PROTEST", "MOBILIZE", "RETREAT") or rule.mode in _DOMESTIC_MODES

    def _particle_targets(self, verb: Token, rule: Trigger) -> list[Actor]:
        """Whom the object of a trigger's particle (or of a preposition chained to it) is
        with or aimed at: "walked out of the talks with X", "pulled out of the deal with X"."""
        stack = [c for c in self.children[verb.i] if self.tokens[c].text.lower() == rule.particle]
        found: list[Actor] = []
        while stack:
            tok = self.tokens[stack.pop()]
            for c in self.children[tok.i]:
                child = self.tokens[c]
                if child.dep == "prep":
                    stack.append(c)  # "out" -> "of" -> "the talks"
                elif child.dep == "pobj" and not self._names_actor(child):
                    found += [
                        a
                        for k in self.children[c]
                        if self.tokens[k].dep == "prep"
                        and self.tokens[k].text.lower() in _ASKED_FOR_PREPS
                        for a in self._prep_actors(self.tokens[k])
                    ]
        return found

    def _protested_against(self, tok: Token) -> list[Actor]:
        """Whom a protest "against" a thing is aimed at: the thing's owner or author ("the
        government's policy", "the reform proposed by X"), on the trigger or the verb that
        carries it."""
        anchors = [tok]
        up = self.tokens[tok.head] if tok.dep == "pobj" and tok.head != tok.i else tok
        if up.head != up.i and (up is not tok or tok.dep in ("dobj", "nsubjpass")):
            anchors.append(self.tokens[up.head])
        found: list[Actor] = []
        for anchor in anchors:
            for c in self.children[anchor.i]:
                prep = self.tokens[c]
                if prep.dep != "prep" or prep.text.lower() != "against":
                    continue
                found += self._prep_actors(prep) or [
                    a
                    for g in self.children[c]
                    if self.tokens[g].dep == "pobj"
                    for a in self._object_targets(self.tokens[g])
                ]
        return [a for a in found if _political(a) or a.key.startswith("np:")]

    def _asked_for_targets(self, verb: Token) -> list[Actor]:
        """Whom the act a verb asks "for" is aimed at: "sanctions against X", "talks with X",
        "a ban on arms sales to X"."""
        found: list[Actor] = []
        for c in self.children[verb.i]:
            prep = self.tokens[c]
            if prep.dep != "prep" or prep.text.lower() != "for":
                continue
            for g in self.children[c]:
                if self.tokens[g].dep != "pobj" or self._names_actor(self.tokens[g]):
                    continue
                for k in self.children[g]:
                    via = self.tokens[k]
                    if via.dep == "prep" and via.text.lower() in _ASKED_FOR_PREPS:
                        found += self._prep_actors(via)
        return found

    def _condition_doers(self, tok: Token, actors: Iterable[Actor]) -> list[Actor]:
        """Who must act first for a refused act to be done: the subject (or the passive's
        agent) of its "until", "unless" or "before" clause, when another side than the
        actors'."""
        verb = self.tokens[tok.head] if tok.pos == "NOUN" and tok.dep == "dobj" else tok
        own = {_side(a) for a in actors}
        for c in self.children[verb.i]:
            clause = self.tokens[c]
            if clause.dep != "advcl" or not any(
                self.tokens[m].dep == "mark" and self.tokens[m].text.lower() in _CONDITIONS
                for m in self.children[c]
            ):
                continue
            subject = self._subject(clause)
            named = self._subject_actors(subject)
            if subject is not None and subject.dep == "nsubjpass":
                # "until their demands are met by the authorities": the agent
                named = [
                    a
                    for g in self.children[c]
                    if self.tokens[g].dep == "agent"
                    for a in self._prep_actors(self.tokens[g])
                ]
            # ("until the government raises wages": an unnamed government counts)
            doers = [a for a in named if _side(a) not in own]
            if doers:
                return doers
        return []

    @staticmethod
    def _placed_act(rule: Trigger) -> bool:
        """One-party acts whose target is the state of the place where they happen:
        protests, mobilisations, ceasefires (PLOVER codes their location as the target; not
        emergency rule, which is over the state's own land)."""
        return rule.type in ("PROTEST", "MOBILIZE") or rule.mode == "ceasefire"

    def _act_place(self, tok: Token) -> list[Actor]:
        """The states of the places "in X", "into X", "along X" that hang on the trigger, or
        on the verb that carries a noun trigger ("remained on alert in Hanoi")."""
        anchors = [tok]
        up = tok
        if up.dep == "pobj" and up.head != up.i:
            up = self.tokens[up.head]  # "on alert": the preposition, then its verb
        carried = up is not tok or tok.dep in ("dobj", "nsubjpass")
        if carried and up.head != up.i and self.tokens[up.head].pos in ("VERB", "AUX"):
            anchors.append(self.tokens[up.head])
        if tok.pos == "VERB":  # "declared a truce in Darfur": the place hangs on the object
            anchors += [
                self.tokens[c] for c in self.children[tok.i] if self.tokens[c].dep == "dobj"
            ]
        found: list[Actor] = []
        for anchor in anchors:
            for c in self.children[anchor.i]:
                prep = self.tokens[c]
                if prep.dep != "prep" or prep.text.lower() not in _ONE_PARTY_PLACE_PREPS:
                    continue
                for g in self.children[c]:
                    if self.tokens[g].dep == "pobj":
                        found += self._place_states_of(self.tokens[g])
        return found

    def _place_states_of(self, place: Token) -> list[Actor]:
        """The state a place names by its own words ("Manila", "the Syrian border"), not by
        a clause hung on it ("in case fighting erupts in X"); for "parts of X", X's."""
        if place.lemma.lower() in _PORTIONS:
            return [
                a
                for c in self.children[place.i]
                if self.tokens[c].dep == "prep" and self.tokens[c].text.lower() == "of"
                for g in self.children[c]
                if self.tokens[g].dep == "pobj"
                for a in self._place_states_of(self.tokens[g])
            ]
        words = [place.i] + [
            k for k in self.children[place.i] if self.tokens[k].dep in ("compound", "amod", "det")
        ]
        mention = self.mention_at.get(place.i)
        named = self._mention_actors(mention) if mention is not None else []
        found: list[Actor] = []
        for actor in named or [self._plain_actor(sorted(words), place)]:
            state = self._place_state(actor)
            if state.kind == "other" and state.country:  # "the Syrian border"
                state = self._state_actor(state.country, state.raw, state.mentions)
            if state.kind == "state" and state.country:
                found.append(state)
        return found

    def _verb_roles(self, verb: Token, rule: Trigger) -> tuple[list[Actor], list[Actor]]:
        subject = self._subject(verb)
        actors = self._subject_actors(subject)
        if rule.type == "ASSAULT" and subject is not None:
            actors = self._firers(subject) or actors
        # "deployed its troops", "withdrew its forces": the object is the actor's own force
        own_force = rule.type == "MOBILIZE" or (
            rule.type == "RETREAT" and rule.mode in ("withdraw", "disarm")
        )  # and "sent troops to X": the troops are the sender's, X the target
        own_force = own_force or (rule.type == "AID" and self._forces_object(verb))
        recipients: list[Actor] = []
        passive = subject is not None and subject.dep in ("nsubjpass", "csubjpass")
        if passive:
            recipients, actors = actors, []
            for c in self.children[verb.i]:
                if self.tokens[c].dep == "agent":  # "signed by A and by B"
                    for by in (c, *(g for g in self.children[c] if self.tokens[g].dep == "conj")):
                        actors += self._prep_actors(self.tokens[by])
            if actors and rule.symmetric:
                actors += self._listed_signers(verb)
        expelled_from = set()
        if passive and not actors and rule.mode == "expel":
            # "two inspectors were expelled from North Korea": the state they leave did it
            for c in self.children[verb.i]:
                if self.tokens[c].dep == "prep" and self.tokens[c].text.lower() == "from":
                    actors += self._prep_actors(self.tokens[c])
                    expelled_from.add(c)
        preps = _recipient_preps(rule)
        for c in self.children[verb.i]:
            child = self.tokens[c]
            if c in expelled_from:
                continue
            if self._dep(child) == "prep" and child.text.lower() in preps:
                recipients += self._prep_actors(child)
            elif self._dep(child) == "prep" and child.text.lower() in _MEDIUM_PREPS:
                # "spoke by telephone with X": the target hangs on the medium
                for g in self.children[c]:
                    for p in self.children[g]:
                        if self.tokens[p].dep == "prep" and self.tokens[p].text.lower() in preps:
                            recipients += self._prep_actors(self.tokens[p])
            elif child.dep in _OBJECTS and (own_force or self._own_agent(child)):
                # "recalled its ambassador to Germany": the envoy is the actor's own; the
                # target is where the envoy was sent
                recipients += self._not_the_force(self._object_targets(child))
                continue
            if child.dep in _OBJECTS and self._declared_thing(child, rule):
                continue  # "declared a state of emergency": the thing declared, no one
            if (
                rule.type == "CONSULT"
                and verb.lemma.lower() in _TOPIC_VERBS
                and child.dep == "dobj"
                and not self._met_object(child)
            ):
                # "discussed North Korea's missile launches and their ties with the US":
                # what a meeting is about, not whom it is with
                continue
            if child.dep in _OBJECTS and child.lemma.lower() in _INTERFERENCE:
                continue  # "oppose any interference in the country's affairs": its victim
            if child.dep == "dobj" and child.pos == "PRON" and rule.type in _AIMED_TYPES:
                # "also condemned it": the act told before, else whoever "it" is
                recipients += self._antecedent(child, actors) or self._np_actors(child)
            elif child.dep in _OBJECTS and (not rule.object or self._names_actor(child)):
                # not "extend the treaty": a thing; "supported the initiatives put forward
                # by X": the thing's author
                named = self._np_actors(child)
                recipients += named
                if not any(a.country for a in named):
                    recipients += self._authors(child)
                if (
                    not named
                    and child.dep == "dobj"  # not "called the visit a sign of support for X"
                    and rule.type != "CONSULT"
                    and not self._names_actor(child)
                    and not self._event_noun(child)
                ):
                    # "rejected the appeal of two activists", "denied entry to X",
                    # "dismissed the government's offer": whose the thing is, or whom it
                    # goes to (not "condemned the attack on X": the attack's doer is aimed
                    # at; not "visited a memorial to X's victims": a place)
                    recipients += self._object_targets(child)
            elif child.dep in _OBJECTS:
                # "severed ties with Morocco", "lifted sanctions on Sudan": the target hangs
                # on the object; "accepted Turkey's demands": it owns the object; "expelled
                # all UNSCOM inspectors": it is named in the object
                recipients += self._object_targets(child) or self._np_actors(child)
            elif child.dep == "ccomp" and (named := self._what_called(child)) is not None:
                # "condemned what he called provocations by the United States": the thing
                # named is the object, and its doer the target
                recipients += self._np_actors(named) or self._object_targets(named)
                for g in self.children[c]:
                    if self.tokens[g].dep == "prep" and self.tokens[g].text.lower() == "by":
                        recipients += self._prep_actors(self.tokens[g])
            elif child.dep in ("ccomp", "xcomp") and not recipients:
                # "ordered the envoy to leave", "urged Russia to withdraw": the subject of
                # the infinitive is who the verb aims at; not the actor's own state ("warned
                # that Moscow would respond")
                own = {a.country for a in actors if a.country}
                for g in self.children[c]:
                    if self.tokens[g].dep in ("nsubj", "nsubjpass"):
                        recipients += [
                            a
                            for a in self._np_actors(self.tokens[g])
                            if not (a.kind == "state" and a.country in own)
                        ]
        if rule.type == "THREATEN" and recipients:
            # "warned Biden that Taiwan independence forces ... were playing with fire": the
            # one told and those the warning is about
            recipients += self._warned_about(verb, actors)
        whole = self._part_of(verb)
        if whole:  # "recognised Taiwan as part of China's territory": China's claim
            recipients = whole
        if not recipients and verb.dep == "amod" and verb.head != verb.i and subject is not None:
            # "President X hosted Prime Minister Y" misparsed with the verb modifying Y
            recipients += self._np_actors(self.tokens[verb.head])
        if not recipients and rule.type in _AIMED_TYPES:
            # "rejected as absurd and motivated an allegation by X": the parser gave the
            # object to a word it took for a second verb with no subject of its own
            recipients += self._partner_object_targets(verb)
        if not recipients and rule.type in _AIMED_TYPES:
            # "condemned the attack", "rejected the accusations": whoever did it
            for c in self.children[verb.i]:
                if self.tokens[c].dep in ("dobj", "nsubjpass"):
                    recipients += self._antecedent(self.tokens[c], actors, verb)

        if passive and not actors and rule.type in _ENABLED_TYPES:
            # "was released after President X pardoned him": who enabled it did it
            actors += self._enabler(verb, recipients)
        if passive and not actors and rule.type == "COERCE":
            # "the journalist was arrested in Niger": by the state where it happened
            actors += self._places_states(verb, within_clause=False)
        if rule.mode == "release":
            # "two sailors were released from detention in Iran": freed by the state that held
            # them there (as an arrest there is made by it); the detention is no one
            held = self._custody(verb)
            starts = {self.tokens[i].start for i in held}
            recipients = [a for a in recipients if not any(m.start in starts for m in a.mentions)]
            if passive and not actors:
                actors += self._places_states(verb, within_clause=False) + [
                    a for i in held for a in self._places_states(self.tokens[i], False)
                ]
        if not recipients and rule.type == "ASSAULT":
            # "attacked an army camp in southern Kenya": the place hit
            recipients += self._places_hit(verb)
        if not recipients and rule.type == "AID":
            # "gave 300 million euros to promote investment in Ethiopia": where it goes
            recipients += self._places_states(verb, within_clause=True)
        if not recipients and rule.type == "MOBILIZE":
            # "mobilized troops for the war against Iraq": whom the forces are raised against
            stack = [c for c in self.children[verb.i] if self.tokens[c].dep not in _NP_STOP]
            while stack:
                tok = self.tokens[stack.pop()]
                if tok.dep == "prep" and tok.text.lower() == "against":
                    recipients += self._prep_actors(tok)
                elif tok.lemma.lower() in _BORDERS and tok.dep == "pobj":
                    # "massed troops along its border with X": the state across the border
                    for c in self.children[tok.i]:
                        if self.tokens[c].dep == "prep" and self.tokens[c].text.lower() == "with":
                            recipients += self._prep_actors(self.tokens[c])
                stack += [c for c in self.children[tok.i] if self.tokens[c].dep not in _NP_STOP]
        if not recipients:
            # "agreed to lend $1 billion to Indonesia", "threatened to retaliate against
            # Israel", "refused to send troops to Iraq": the target of the act committed
            # to, threatened or refused
            for c in self.children[verb.i]:
                child = self.tokens[c]
                # "warned that Russia could take measures against U.S. companies"
                threat = rule.type == "THREATEN" and child.dep == "ccomp"
                if child.dep == "xcomp" or self._infinitive(child) or threat:
                    recipients += self._act_targets(child, depth=2)
        if not recipients and rule.type in _PLACED_ACT_TYPES:
            recipients += self._act_places(verb, actors)
        if not recipients and rule.type in ("CONCEDE", "RETREAT", "AGREE"):
            recipients += self._settled_with(verb)
        if not recipients and rule.type == "REQUEST":
            recipients += self._refuge_in(verb, actors)
        if not recipients and rule.type == "RETREAT" and rule.mode == "return":
            recipients += self._returned_to(verb)
        return actors, recipients

    def _returned_to(self, verb: Token) -> list[Actor]:
        """Whom a thing is handed back to when the parser hung "to X" inside a clause on the
        thing ("returned 12 urns that date back to the Inca era to Peru", "returned a
        painting stolen in 1990 from a gallery in Boston to its museum"): the last "to" after
        the verb that names a party, not a time or a place in the clause."""
        subject = self._subject(verb)
        skip = set(self._subtree(subject.i)) if subject is not None else set()
        found: list[Actor] = []
        for i in sorted(self._subtree(verb.i)):
            prep = self.tokens[i]
            if i in skip or i < verb.i or prep.dep != "prep" or prep.text.lower() != "to":
                continue
            named = [a for a in self._prep_actors(prep) if a.kind != "other"]
            if named:
                found = named
        return found

    def _settled_with(self, verb: Token) -> list[Actor]:
        """ "called off the strike after reaching agreement with the government", "lifted
        the blockade following a deal with X": whom the deal that ended it was made with;
        "agreed, in a meeting with X, to ...": whom the meeting that agreed it was with."""
        found: list[Actor] = []
        for c in self.children[verb.i]:
            prep = self.tokens[c]
            word = prep.text.lower()
            if prep.dep != "prep" or word not in _SEQUENCE_WORDS | _DURING:
                continue
            nouns = _SETTLEMENTS if word in _SEQUENCE_WORDS else _SETTLEMENTS | _MEETINGS
            for g in self.children[c]:
                kid = self.tokens[g]
                deals = [kid] if kid.dep == "pobj" else []
                if kid.dep == "pcomp":  # "after reaching agreement with X"
                    deals = [self.tokens[k] for k in self.children[g]]
                    deals = [d for d in deals if d.dep == "dobj"]
                for deal in deals:
                    if deal.lemma.lower() not in nouns:
                        continue
                    for k in self.children[deal.i]:
                        w = self.tokens[k]
                        if w.dep == "prep" and w.text.lower() == "with":
                            found += self._prep_actors(w)
        return [a for a in found if _political(a)]  # not "in a meeting with reporters"

    def _refuge_in(self, verb: Token, actors: list[Actor]) -> list[Actor]:
        """ "sought refuge in Bangladesh", "asked for asylum in Germany": the refuge is asked
        of the state where it is sought (not of the seekers' own state)."""
        refuges = [
            self.tokens[g]
            for c in self.children[verb.i]
            for g in (c, *self.children[c])  # "sought refuge", "asked for asylum"
            if self.tokens[g].dep in ("dobj", "pobj") and self.tokens[g].lemma.lower() in _REFUGE
        ]
        if not refuges:
            return []
        own = {a.country for a in actors}
        places = [a for t in (verb, *refuges) for a in self._places_named(t, ("in", "to"))]
        return [a for a in map(self._place_state, places) if a.country and a.country not in own]

    def _places_named(self, verb: Token, preps: tuple[str, ...]) -> list[Actor]:
        """The actors named by the objects of ``preps`` on ``verb``."""
        return [
            a
            for c in self.children[verb.i]
            if self._dep(self.tokens[c]) == "prep" and self.tokens[c].text.lower() in preps
            for a in self._prep_actors(self.tokens[c])
        ]

    def _enabler(self, verb: Token, recipients: list[Actor]) -> list[Actor]:
        """Who did a passive act the text gives no agent, when a clause after it says who
        made it happen: "was released after the president pardoned him", "were freed after
        the cabinet approved a pardon", "was arrested after a court ordered ..."."""
        done_to = {a.key for a in recipients}
        for c in self.children[verb.i]:
            clause = self.tokens[c]
            if clause.dep != "advcl" or clause.lemma.lower() not in _ENABLING:
                continue
            marks = {self.tokens[g].text.lower() for g in self.children[c]}
            if not marks & _SEQUENCE_WORDS:
                continue
            doers = self._subject_actors(self._subject(clause))
            return [a for a in doers if a.key not in done_to and _political(a)]
        return []

    def _firers(self, weapon: Token) -> list[Actor]:
        """Who fired the weapons an attack's subject names: "missiles fired by the Russian
        army struck ...", "rockets launched by Hamas hit ..." (the weapons do not act)."""
        if weapon.lemma.lower() not in _WEAPONS:
            return []
        return [
            a
            for c in self.children[weapon.i]
            if self.tokens[c].dep == "acl"
            for g in self.children[c]
            if self.tokens[g].dep == "agent"
            for a in self._prep_actors(self.tokens[g])
        ]

    def _act_places(self, verb: Token, actors: list[Actor]) -> list[Actor]:
        """The place an act committed to, refused or threatened is done at or to, when the
        act names no one: "agreed to withdraw its gunboats from northern Cyprus", "threatened
        to shell Haifa", "refused to allow flights out of Afghanistan": the place's state,
        else the place itself; not the acting state's own land (no other side there; an
        armed group's own country is). Not for two sides acting together ("A and B agreed to
        open a crossing in C"), nor for the venue of talks ("agreed to resume talks in
        Vienna"): that place is where, not whom."""
        if len({_side(a) for a in actors}) != 1:
            return []
        own = {a.country for a in actors if a.kind in ("state", "person")}
        found: list[Actor] = []
        stack = [
            c
            for c in self.children[verb.i]
            if self.tokens[c].dep == "xcomp" or self._infinitive(self.tokens[c])
        ]
        while stack:  # the act, its conjuncts, objects and prepositions; no other clause
            tok = self.tokens[stack.pop()]
            if tok.dep == "dobj" and tok.lemma.lower() in _VENUED:
                continue  # (and not what is in it: "talks in Vienna")
            if any(
                self.tokens[c].dep == "dobj" and self.tokens[c].lemma.lower() in _VENUED
                for c in self.children[tok.i]
            ):
                continue  # "hold talks in Geneva": the act is a meeting; its place a venue
            if tok.dep in ("dobj", "pobj") and self._place_word(tok):
                found += [
                    a
                    for a in map(self._place_state, self._np_actors(tok) or [self._place(tok)])
                    if a.country not in own and (a.country or tok.ent == "GPE")
                ]  # a state's land or a town, not a sea ("deploy frigates in the Baltic")
                continue
            for c in self.children[tok.i]:
                kid = self.tokens[c]
                into = self._dep(kid) == "prep" and kid.text.lower() in _PLACED_ACT_PREPS
                # "reopen the crossing for relief convoys to reach X": the act's own purpose
                purpose = kid.dep == "advcl" and tok.head == verb.i
                if kid.dep in ("dobj", "conj", "prt", "pobj") or into or purpose:
                    stack.append(c)
        return _unique(found)

    def _place_word(self, tok: Token) -> bool:
        """A place name ("Haifa", "eastern Lebanon", "the Gaza Strip"), or a resolved state."""
        if tok.ent in _PLACE_ENTS:
            return True
        return any(a.kind == "state" for a in self._np_actors(tok)) and tok.pos == "PROPN"

    def _place(self, tok: Token) -> Actor:
        return self._plain_actor(self._np_tokens(tok), tok)

    def _partner_object_targets(self, verb: Token) -> list[Actor]:
        """The actors named in the object of a conjoined verb after ``verb`` that has no
        subject of its own, when ``verb`` itself has no object."""
        if any(self.tokens[c].dep in ("dobj", "nsubjpass") for c in self.children[verb.i]):
            return []
        found: list[Actor] = []
        for c in self.children[verb.i]:
            partner = self.tokens[c]
            if partner.dep != "conj" or partner.pos != "VERB" or c < verb.i:
                continue
            if any(self.tokens[g].dep in _SUBJECTS for g in self.children[c]):
                continue
            for g in self.children[c]:
                if self.tokens[g].dep == "dobj":
                    found += self._np_actors(self.tokens[g])
        return found

    def _warned_about(self, verb: Token, actors: list[Actor]) -> list[Actor]:
        """The subjects of a warning's content, other than the warner's own side."""
        own = {_side(a) for a in actors}
        return [
            a
            for c in self.children[verb.i]
            if self.tokens[c].dep == "ccomp"
            for g in self.children[c]
            if self.tokens[g].dep in ("nsubj", "nsubjpass")
            for a in self._np_actors(self.tokens[g])
            if _side(a) not in own and a.country not in {x.country for x in actors}
        ]

    def _places_hit(self, verb: Token) -> list[Actor]:
        """The facility or area an attack's object names, when the text says which state's
        or where it is (not the weapon fired, nor an act: "fired a missile", "launched an
        attack")."""
        found: list[Actor] = []
        for c in self.children[verb.i]:
            obj = self.tokens[c]
            if obj.dep != "dobj" or obj.pos != "NOUN" or self._event_noun(obj):
                continue
            if obj.lemma.lower() in _WEAPONS:
                continue
            place = self._plain_actor(self._np_tokens(obj), obj)
            if place.country is None:
                place = replace(place, country=self._where(obj) or self._where(verb))
            if place.country is not None:  # "struck military targets": whose, unsaid
                found.append(place)
        return found

    def _where(self, obj: Token) -> str | None:
        """The state of the place a thing is said to be in ("a camp in southern Kenya", "targets
        across the country")."""
        for c in self.children[obj.i]:
            prep = self.tokens[c]
            if prep.dep != "prep" or prep.text.lower() not in _WHERE_PREPS:
                continue
            for g in self.children[c]:
                if self.tokens[g].dep != "pobj":
                    continue
                for actor in self._np_actors(self.tokens[g]):
                    actor = self._place_state(actor)
                    if actor.country:
                        return actor.country
                place = self._plain_actor(self._np_tokens(self.tokens[g]), self.tokens[g])
                state = self._place_state(place)
                if state.country or place.country:
                    return state.country or place.country
        return None

    def _placed(self, tok: Token, head: Token) -> bool:
        """Whether ``tok`` is inside a place phrase ("in ...", "at ...") of ``head``."""
        while tok.i != head.i and tok.head != tok.i:
            up = self.tokens[tok.head]
            if up.dep == "prep" and up.text.lower() in ("in", "at") and tok.dep == "pobj":
                return True
            tok = up
        return False

    def _part_of(self, verb: Token) -> list[Actor]:
        """The whole a verb's object is recognised as part of ("recognised Crimea as part
        of Russia", "as an inalienable part of China's territory"): whose claim it backs."""
        for c in self.children[verb.i]:
            prep = self.tokens[c]
            if prep.dep != "prep" or prep.text.lower() != "as":
                continue
            for g in self.children[c]:
                part = self.tokens[g]
                if part.dep != "pobj" or part.lemma.lower() != "part":
                    continue
                for k in self.children[g]:
                    of = self.tokens[k]
                    if of.dep == "prep" and of.text.lower() == "of":
                        return self._prep_actors(of)
        return []

    def _what_called(self, clause: Token) -> Token | None:
        """The noun a free relative of naming names: "what he called provocations",
        "what she described as a breakthrough"; None for any other clause."""
        if clause.lemma.lower() not in _NAMING_VERBS:
            return None
        kids = [self.tokens[g] for g in self.children[clause.i]]
        if not any(k.dep == "dobj" and k.tag in ("WP", "WDT") for k in kids):
            return None
        for k in kids:
            if k.dep in ("oprd", "dobj") and k.tag not in ("WP", "WDT"):
                return k
            if k.dep == "prep" and k.text.lower() == "as":
                objects = [self.tokens[g] for g in self.children[k.i]]
                return next((o for o in objects if o.dep == "pobj"), None)
        return None

    def _antecedent(
        self, noun: Token, actors: list[Actor], verb: Token | None = None
    ) -> list[Actor]:
        """Who did the act a noun refers back to ("condemned the assault", "rejected the
        accusations", "condemned it"): the doer the verb names by "by" ("rejected the
        accusation by Australia", parsed with "by" on the verb), else the actors of the
        latest such event told before, not those reacting to it."""
        word = noun.lemma.lower() if noun.pos != "PRON" else noun.text.lower()
        if word not in _EVENT_NOUNS or self.mention_at.get(noun.i) is not None:
            return []
        doers = self._done_by(noun)  # "condemned the attack by gunmen on a police post"
        doers = doers or self._done_during(noun, verb)
        if doers:
            return doers
        if any(self.mention_at.get(i) is not None for i in self._np_tokens(noun)):
            return []
        if verb is not None:
            by = [
                a
                for c in self.children[verb.i]
                if self.tokens[c].dep == "prep" and self.tokens[c].text.lower() == "by"
                for a in self._prep_actors(self.tokens[c])
            ]
            if by:
                return by
        own = {_side(a) for a in actors}
        recent = [
            e
            for e in reversed(self.events)
            if noun.sentence - e.evidence.sentence_index <= _ANTECEDENT_SENTENCES
        ]
        # "the action", "it": force or coercion first, the acts others react to most
        for types in (_EVENT_NOUNS[word], _MATERIAL if word in _GENERIC_ACTS else ()):
            for event in recent:
                if event.event_type not in types:
                    continue
                doers = [a for a in event.actors if _side(a) not in own]
                if doers:
                    return doers
        if _EVENT_NOUNS[word] == ("ACCUSE",):
            # "rejected the accusations" after "X expelled 18 diplomats over the alleged
            # involvement of ...": an accusation no event stated is the other side's
            for event in recent:
                doers = [a for a in event.actors if _side(a) not in own and _political(a)]
                if doers and event.event_type in (*_MATERIAL, "ACCUSE", "THREATEN"):
                    return doers
        return []

    def _custody(self, verb: Token) -> list[int]:
        """The custody a release is "from" ("from detention", "from captivity in X")."""
        return [
            g
            for c in self.children[verb.i]
            if self.tokens[c].dep == "prep" and self.tokens[c].text.lower() == "from"
            for g in self.children[c]
            if self.tokens[g].dep == "pobj" and self.tokens[g].lemma.lower() in _CUSTODY
        ]

    def _places_states(self, verb: Token, within_clause: bool) -> list[Actor]:
        """The states of the places "in X" on ``verb`` (and, ``within_clause``, in the
        purpose clauses and objects under it, not in other clauses)."""
        found: list[Actor] = []
        stack = [verb.i]
        while stack:
            tok = self.tokens[stack.pop()]
            for c in self.children[tok.i]:
                child = self.tokens[c]
                if child.dep == "prep" and child.text.lower() == "in":
                    for g in self.children[c]:
                        pobj = self.tokens[g]
                        if pobj.dep != "pobj":
                            continue
                        place = self._plain_actor(self._np_tokens(pobj), pobj)
                        state = self._place_state(place)
                        if place.country and state.kind == "other":
                            state = self._state_actor(place.country, place.raw, place.mentions)
                        if state.kind == "state":
                            found.append(state)
                elif within_clause and child.dep in _PURPOSE_DEPS:
                    stack.append(c)
        return found

    def _dep(self, tok: Token) -> str:
        """The dependency label, with spaCy's dative "to" ("sent aid to Indonesia") read as
        the preposition it is."""
        return "prep" if tok.dep == "dative" and tok.pos == "ADP" else tok.dep

    def _act_targets(self, verb: Token, depth: int) -> list[Actor]:
        """Whom an embedded act is aimed at: the people it names as objects, the owners or
        "with/to/on ..." targets of the things it names, the objects of its prepositions;
        for conjoined acts too ("lift sanctions on X and provide guarantees to Y")."""
        found: list[Actor] = []
        for c in self.children[verb.i]:
            child = self.tokens[c]
            dep = self._dep(child)
            if dep in ("dobj", "dative") and self._own_forces(verb, child):
                # "offered to send troops to help X", "agreed to establish a force": the
                # forces are the actor's own; whom they go to or help is the target
                found += self._object_targets(child)
            elif dep in ("dobj", "dative"):
                if self._names_actor(child) and not self._own_agent(child):
                    found += self._np_actors(child)
                else:
                    found += self._object_targets(child)
            elif dep == "prep" and child.text.lower() in _ACT_PREPS:
                found += self._prep_actors(child)
            elif dep == "conj" and child.pos == "VERB" and depth > 0:
                found += self._act_targets(child, depth - 1)
            elif dep in ("ccomp", "xcomp") and not found:  # "help Indonesia rebuild"
                for g in self.children[c]:
                    if self.tokens[g].dep == "nsubj":
                        found += self._np_actors(self.tokens[g])
        kids = [self.tokens[c] for c in self.children[verb.i]]
        if not found and depth > 0 and any(self._own_forces(verb, k) for k in kids):
            # "send troops to help the Malian army": whom the forces are sent to help
            for c in self.children[verb.i]:
                if self.tokens[c].dep in ("xcomp", "advcl") and self._infinitive(self.tokens[c]):
                    found += self._act_targets(self.tokens[c], depth - 1)
        return found

    def _own_forces(self, verb: Token, obj: Token) -> bool:
        """Troops or a force an act sends or sets up, not named as another state's (not
        "to attack the troops": those are the target)."""
        if verb.lemma.lower() not in _SENDING or obj.lemma.lower() not in _FORCES:
            return False
        if self.mention_at.get(obj.i) is not None:
            return False
        span = self._np_tokens(obj)
        return not any(
            self.mention_at.get(i) is not None and self.tokens[i].dep == "poss" for i in span
        )

    def _prep_actors(self, prep: Token) -> list[Actor]:
        """The actors the object of a preposition names; for a thing that names none, whom
        it goes to or comes from ("curbs on exports to South Korea", "a ban on imports from
        China")."""
        found: list[Actor] = []
        for g in self.children[prep.i]:
            pobj = self.tokens[g]
            if pobj.dep != "pobj":
                continue
            named = self._np_actors(pobj)
            if not named and not self._names_actor(pobj):
                # "curbs on exports to X"; "conceded to the demands by/of X": their authors
                vias = (
                    ("to", "from", "by", "of")
                    if pobj.lemma.lower() in _PETITIONS
                    else ("to", "from")
                )
                for k in self.children[g]:
                    via = self.tokens[k]
                    if via.dep == "prep" and via.text.lower() in vias:
                        named += self._prep_actors(via)
            found += named
        return found

    def _forces_object(self, verb: Token) -> bool:
        """Whether the verb's object is troops or forces ("sent troops to ...")."""
        return any(
            self.tokens[c].dep == "dobj" and self.tokens[c].lemma.lower() in _FORCES
            for c in self.children[verb.i]
        )

    def _not_the_force(self, targets: list[Actor]) -> list[Actor]:
        """Targets of a force sent, without the force itself ("sent a force of 260 troops
        and police": the troops are the force, not whom it is sent to)."""
        forces = {
            t.start for t in self.tokens if t.lemma.lower() in _FORCES | {"police", "policeman"}
        }
        return [
            a for a in targets if not any(m.start <= f < m.end for m in a.mentions for f in forces)
        ]

    def _done_by(self, noun: Token) -> list[Actor]:
        """The doers an act's noun names by its own "by", when the text calls them by what
        they are, not by a state or name: "an attack by gunmen", "a protest by farmers"."""
        return [
            a
            for c in self.children[noun.i]
            if self.tokens[c].dep == "prep" and self.tokens[c].text.lower() == "by"
            for a in self._prep_actors(self.tokens[c])
        ]

    def _done_during(self, noun: Token, verb: Token | None) -> list[Actor]:
        """The state whose armed act a killing happened in or during, on the noun or on the
        verb that condemns it: "condemned the killing of farmers during Chilean army
        operations", "the killing of two herders in a Kenyan raid"."""
        anchors = [noun] if verb is None else [noun, verb]
        return [
            a
            for anchor in anchors
            for c in self.children[anchor.i]
            if self.tokens[c].dep == "prep" and self.tokens[c].text.lower() in ("in", "during")
            for g in self.children[c]
            if self.tokens[g].dep == "pobj"
            and "ASSAULT" in _EVENT_NOUNS.get(self.tokens[g].lemma.lower(), ())
            for a in self._np_actors(self.tokens[g])
            if a.country
        ]

    def _declared_thing(self, obj: Token, rule: Trigger) -> bool:
        """An object that is the thing a domestic-rule trigger imposes ("a state of
        emergency", "martial law", "a curfew"), not someone it targets."""
        if rule.mode not in _DOMESTIC_MODES:
            return False
        lemmas = {obj.lemma.lower()} | {
            self.tokens[g].lemma.lower()
            for c in self.children[obj.i]
            if self.tokens[c].dep == "prep" and self.tokens[c].text.lower() == "of"
            for g in self.children[c]
        }
        return bool(lemmas & set(rule.object))

    def _event_noun(self, tok: Token) -> bool:
        return tok.lemma.lower() in _EVENT_NOUNS or tok.pos == "PRON"

    def _own_agent(self, obj: Token) -> bool:
        return any(
            self.tokens[c].dep == "poss" and self.tokens[c].text.lower() in ("its", "their")
            for c in self.children[obj.i]
        )

    def _object_targets(self, obj: Token) -> list[Actor]:
        found: list[Actor] = []
        for c in self.children[obj.i]:
            child = self.tokens[c]
            if child.dep == "poss" and child.text.lower() not in ("its", "their", "his", "her"):
                found += self._np_actors(child)
            elif child.dep == "acl":
                # "the initiatives put forward by the Chinese side": whose they are;
                # "lifted the restrictions imposed on X": whom they bind
                for g in self.children[c]:
                    kid = self.tokens[g]
                    if kid.dep == "agent" or (
                        kid.dep == "prep" and kid.text.lower() in ("on", "against")
                    ):
                        found += self._prep_actors(kid)
            elif child.dep == "prep" and self._topic_of_stance(obj, child):
                continue  # "China's position on the Ukraine crisis": what it is about
            elif child.dep == "prep" and child.text.lower() in _RECIPIENT_PREPS | {"from"}:
                found += self._prep_actors(child) or self._gerund_targets(child)
            elif (
                child.dep == "prep"
                and child.text.lower() == "by"
                and obj.lemma.lower() in _PETITIONS
            ):
                found += self._prep_actors(child)  # "accepted the demands by X": X's
            elif child.dep in ("acl", "relcl"):
                found += self._authors(obj)
            elif child.dep == "prep" and child.text.lower() == "of":
                # "employees of the Czech embassy"; "a batch of vaccines to X"
                for g in self.children[c]:
                    pobj = self.tokens[g]
                    if pobj.dep == "pobj" and self._names_actor(pobj):
                        found += self._np_actors(pobj)
                    elif pobj.dep == "pobj" and obj.lemma.lower() not in _STANCES | {"position"}:
                        # (not "the position of its friends on the crisis": a topic)
                        # "its boycott of Chilean wine": the state whose goods they are,
                        # named before the noun (not "memorandums of understanding in the
                        # Chinese capital": a place after it)
                        found += self._object_targets(pobj) or [
                            a
                            for a in self._np_actors(pobj)
                            if a.country and all(m.end <= pobj.end for m in a.mentions)
                        ]
        return found

    def _gerund_targets(self, prep: Token) -> list[Actor]:
        """ "its commitment to supporting X's sovereignty", "to helping X": whom the act
        the preposition's gerund names is done to."""
        found: list[Actor] = []
        for g in self.children[prep.i]:
            if self.tokens[g].dep != "pcomp" or self.tokens[g].pos != "VERB":
                continue
            for d in self.children[g]:
                obj = self.tokens[d]
                if obj.dep == "dobj" and self._names_actor(obj):
                    found += self._np_actors(obj)
                elif obj.dep == "dobj":
                    found += self._object_targets(obj)
        return found

    def _topic_of_stance(self, obj: Token, prep: Token) -> bool:
        """The "on"/"over" phrase of a stance or proposal ("its position on the Ukraine
        crisis", "a plan on Syria") names its topic, not someone it is aimed at."""
        word = obj.lemma.lower()
        return (word in _STANCES or word == "position") and prep.text.lower() in _TOPIC_PREPS

    def _authors(self, obj: Token) -> list[Actor]:
        """Who made a thing, by a passive clause on it: "the initiatives put forward by
        the Chinese side", "the plan proposed by France"."""
        found: list[Actor] = []
        for thing in self._conjuncts(obj):  # "the attack and the threats made by X"
            for c in self.children[thing.i]:
                if self.tokens[c].dep not in ("acl", "relcl"):
                    continue
                for g in self.children[c]:
                    if self.tokens[g].dep == "agent":
                        found += self._prep_actors(self.tokens[g])
        return found

    def _names_actor(self, tok: Token) -> bool:
        """An object that is someone ("18 Russian diplomats"), not something ("the treaty")."""
        mention = self.mention_at.get(tok.i)
        if mention is not None and mention.last - 1 == tok.i:
            return True
        return tok.lemma.lower() in _ACTOR_NOUNS or tok.ent == "PERSON"

    def _subject(self, verb: Token) -> Token | None:
        """The subject of ``verb``, climbing through xcomp/conj/advcl to the clause that has one."""
        owner = self._plan_owner(verb)
        if owner is not None:
            return owner
        tok = verb
        for _ in range(6):
            for c in self.children[tok.i]:
                if self.tokens[c].dep in _SUBJECTS:
                    return self.tokens[c]
            if tok.dep in ("xcomp", "conj", "advcl", "acomp") and tok.head != tok.i:
                tok = self.tokens[tok.head]
                continue
            if tok.dep == "ROOT":
                return self._fronted_subject(tok)
            if tok.dep in ("relcl", "acl") and tok.head != tok.i:
                head = self.tokens[tok.head]
                carrier = self.tokens[head.head]
                if (
                    head.lemma.lower() in _DOCUMENTS
                    and self.mention_at.get(head.i) is None
                    and head.dep in ("dobj", "pobj")
                    and carrier.i != head.i
                ):
                    # "released a joint statement criticising X", "passed a resolution
                    # condemning X": who issued the document
                    tok = carrier if head.dep == "dobj" else self.tokens[carrier.head]
                    continue
                if (
                    _EVENT_NOUNS.get(head.lemma.lower()) == ("CONSULT",)
                    and head.dep == "pobj"
                    and carrier.i != head.i
                    and not any(self.mention_at.get(i) for i in self._np_tokens(head))
                ):
                    # "arrived in Kyiv on a visit to meet X": whoever arrived
                    tok = self.tokens[carrier.head]
                    continue
                return head
            break
        return None

    def _fronted_subject(self, verb: Token) -> Token | None:
        """A main verb with no subject after a fronted place phrase whose object the parser
        joined the subject's names to ("At a ceremony in Istanbul's palace, A and B each
        signed ...", with A a conjunct of "palace"): the first such name after a comma."""
        for c in self.children[verb.i]:
            if c > verb.i or self.tokens[c].dep != "prep":
                continue
            for i in sorted(self._subtree(c)):
                tok = self.tokens[i]
                if (
                    tok.dep == "conj"
                    and tok.pos == "PROPN"
                    and i in self.mention_at
                    and self.tokens[tok.head].dep == "pobj"
                    and any(self.tokens[k].text == "," for k in range(tok.head, i))
                ):
                    return tok
        return None

    def _plan_owner(self, verb: Token) -> Token | None:
        """Whose decision or plan an infinitive right after it is, wherever the parser hung
        the infinitive ("retaliating against Warsaw's decision on Thursday to expel three
        diplomats", parsed with "to expel" on "retaliating"): the noun's possessor."""
        if verb.dep not in ("advcl", "xcomp") or not self._infinitive(verb):
            return None
        to = min(self._subtree(verb.i))
        for tok in reversed(self.tokens[max(0, to - 5) : to]):
            if tok.pos == "VERB" or tok.text in (",", ";"):
                return None
            if tok.pos == "NOUN" and tok.lemma.lower() in _PLAN_NOUNS:
                owners = [self.tokens[c] for c in self.children[tok.i]]
                return next((o for o in owners if o.dep == "poss"), None)
        return None

    def _subject_actors(self, subject: Token | None) -> list[Actor]:
        """The actors of a subject and of any twin subject: "X and Y held talks" is
        sometimes parsed as two subjects of one verb."""
        if subject is None:
            return []
        actors = self._np_actors(subject)
        if subject.head != subject.i:
            for c in self.children[subject.head]:
                other = self.tokens[c]
                if other.dep == subject.dep and other.i != subject.i:
                    actors += self._np_actors(other)
        return actors

    def _noun_roles(self, noun: Token, rule: Trigger) -> tuple[list[Actor], list[Actor]]:
        actors: list[Actor] = []
        recipients: list[Actor] = []
        for c in self.children[noun.i]:
            child = self.tokens[c]
            if child.dep == "poss":
                actors += self._np_actors(child)
            elif child.dep == "prep":
                word = child.text.lower()
                for g in self.children[c]:
                    if self.tokens[g].dep != "pobj":
                        continue
                    if word in ("between", "among") and rule.mode != "third-party":
                        actors += self._np_actors(self.tokens[g])  # (a mediator's: targets)
                    elif word == "of" and noun.lemma.lower() in _FEELINGS:
                        actors += self._np_actors(self.tokens[g])  # "the concerns of X"
                    elif word == "of" and rule.type == "SUPPORT" and self._owned(noun):
                        recipients += self._np_actors(self.tokens[g])  # "his support of X"
                    elif word in _recipient_preps(rule) | _NOUN_TARGET_PREPS.get(
                        rule.type, frozenset()
                    ):  # "raised concerns about China's practices", "an inquiry into X"
                        recipients += self._np_actors(self.tokens[g])
                    elif word == "by":
                        actors += self._np_actors(self.tokens[g])
            elif child.dep in ("acl", "ccomp") and rule.type in ("REQUEST", "ACCUSE"):
                # "its demand that the US ease sanctions", "the accusation that X spied"
                for g in self.children[c]:
                    if self.tokens[g].dep in ("nsubj", "nsubjpass"):
                        recipients += self._np_actors(self.tokens[g])
        if not recipients:
            # "its rejection and condemnation of X": X, hung on the last noun, is both's
            targets = _recipient_preps(rule) | _NOUN_TARGET_PREPS.get(rule.type, frozenset())
            for c in self.children[noun.i]:
                conj = self.tokens[c]
                if conj.dep != "conj" or conj.pos != "NOUN":
                    continue
                for p in self.children[c]:
                    prep = self.tokens[p]
                    if prep.dep == "prep" and prep.text.lower() in targets:
                        recipients += self._prep_actors(prep)
        if not recipients and noun.lemma.lower() in _FEELINGS:
            # "the concerns of the US and its allies about the build-up of Russian forces":
            # the parser hung the topic on the last holder
            recipients += self._topic_on_holders(noun, rule)
        head = self.tokens[noun.head]
        if actors and all(a.kind == "state" for a in actors):
            # "the prime minister pledged his country's support": the person who acts for
            # the owner state is the actor
            speaker = self._subject_actors(self._subject(head)) if head.pos == "VERB" else []
            owners = {a.country for a in actors}
            people = [a for a in speaker if a.kind == "person" and a.country in owners]
            actors = people or actors
        lead = noun  # "voiced its rejection and condemnation of X": as the first noun
        while lead.dep == "conj" and self.tokens[lead.head].pos == "NOUN":
            lead = self.tokens[lead.head]
        if lead is not noun:
            head = self.tokens[lead.head]
        if not actors and lead.head != lead.i:
            carrier = head
            if lead.dep == "pobj" and head.dep == "prep" and head.head != head.i:
                carrier = self.tokens[head.head]  # "in a call with ...", "during talks with ..."
                if (  # "after three days of talks": the verb the quantity hangs on
                    head.text.lower() == "of"
                    and carrier.pos == "NOUN"
                    and carrier.dep == "pobj"
                    and self.tokens[carrier.head].text.lower() in _SEQUENCE_WORDS
                ):
                    carrier = self.tokens[self.tokens[carrier.head].head]
                elif (  # "held a fresh round of talks", "started a series of drills"
                    head.text.lower() == "of"
                    and carrier.pos == "NOUN"
                    and carrier.lemma.lower() in _ROUNDS
                    and carrier.dep in ("dobj", "nsubjpass")
                    and carrier.head != carrier.i
                ):
                    carrier = self.tokens[carrier.head]
            elif lead.dep not in ("dobj", "nsubjpass", "nsubj", "attr", "conj"):
                carrier = None
            if rule.type == "CONSULT":
                carrier = self._speech_contact(noun) or carrier
            if carrier is not None and carrier.pos in ("VERB", "AUX"):
                subject = self._subject(carrier)
                if subject is not None and subject.i != noun.i:
                    actors += self._subject_actors(subject)
                # "held talks with X", "filed a lawsuit in court against X": the target hangs
                # on the verb that carries the noun
                # "voiced concerns ... about X", the "about" hung on the verb
                preps = _recipient_preps(rule) | {"with"} | _NOUN_TARGET_PREPS.get(rule.type, set())
                for c in self.children[carrier.i]:
                    child = self.tokens[c]
                    word = child.text.lower()
                    if (
                        child.dep == "dative"
                        and child.pos != "ADP"
                        and (rule.type in ("SUPPORT", "AID") or rule.cameo == "139")
                        and lead.dep == "dobj"
                    ):  # "give Dhaka strong backing", "offered Kyiv aid", "gave Lima a deadline"
                        recipients += [self._place_state(a) for a in self._np_actors(child)]
                    if child.dep != "prep" or (word not in preps and word != "between"):
                        continue
                    if word == "between" and rule.mode == "third-party":
                        continue  # the sides a mediator goes between: its targets
                    for g in self.children[c]:
                        if self.tokens[g].dep == "pobj" and g != noun.i:
                            target = actors if word == "between" else recipients
                            target += self._np_actors(self.tokens[g])
                if (
                    rule.type == "CONSULT"
                    and lead.dep == "pobj"
                    and not recipients
                    and head.text.lower() not in _SEQUENCE_WORDS
                ):  # (not "told reporters after the talks": the talks came before)
                    # "warned Putin ... during a video call": the one spoken to took part
                    for c in self.children[carrier.i]:
                        obj = self.tokens[c]
                        if obj.dep in ("dobj", "dative") and self._names_actor(obj):
                            recipients += self._np_actors(obj)
        return actors, recipients

    def _owned(self, noun: Token) -> bool:
        """A noun with a possessive ("his support of X"): its "of" is not its owner."""
        return any(self.tokens[c].dep == "poss" for c in self.children[noun.i])

    def _met_object(self, obj: Token) -> bool:
        """Whether a meeting verb's object is whom it met or visited (a person, a state, a
        place whose state is the host), not a topic ("discussed the crisis")."""
        return self._names_actor(obj) or obj.pos == "PROPN"

    def _topic_on_holders(self, noun: Token, rule: Trigger) -> list[Actor]:
        """The "about/over" phrase hung on the holders of a feeling ("concerns of X and Y
        about Z"): what the feeling is about."""
        topics = _NOUN_TARGET_PREPS.get(rule.type, frozenset()) - {"of"}
        found: list[Actor] = []
        for c in self.children[noun.i]:
            if self.tokens[c].dep != "prep" or self.tokens[c].text.lower() != "of":
                continue
            for g in self.children[c]:
                for holder in self._conjuncts(self.tokens[g]):
                    for p in self.children[holder.i]:
                        prep = self.tokens[p]
                        if prep.dep == "prep" and prep.text.lower() in topics:
                            found += self._prep_actors(prep)
        return found

    def _np_actors(self, head: Token) -> list[Actor]:
        """The actors a noun phrase names: resolved mentions in it, its conjuncts too."""
        found: list[Actor] = []
        for tok in self._conjuncts(head):
            if tok.start >= self.dateline_end.get(tok.sentence, -1):  # not "QUITO, Dec. 15"
                found += self._phrase_actors(tok)
        return found

    def _conjuncts(self, head: Token) -> list[Token]:
        """The head and its conjuncts; a name the parser hung on another as "nmod" counts as
        one ("Minister X and ... Minister Y spoke" is often parsed X -nmod-> Y)."""
        out = [head]
        for c in self.children[head.i]:
            child = self.tokens[c]
            if child.dep == "conj" or (child.dep in ("nmod", "appos") and child.pos == "PROPN"):
                # "his counterparts, Sergei Lavrov and Dmytro Kuleba": the names listed
                out += self._conjuncts(child)
        return out

    def _phrase_actors(self, head: Token) -> list[Actor]:
        if self._state_of_affairs(head):
            return []  # "lifted the state of emergency": a condition, not a state
        mention = self.mention_at.get(head.i)
        if mention is not None:
            return self._mention_actors(mention)
        if head.text.lower() in _PRONOUNS:
            person = None
            if head.dep in _SUBJECTS:  # "X met Y. He urged ...": a subject continues a subject
                person = self._last_subject_person(head)
            person = person or self._last_person_before(head.start)
            return [person] if person is not None else []
        if head.text.lower() == "they" and not self._other_plural_before(head):
            group = self._group_before(head, sentences=2)  # "they also agreed to ..."
            if group:
                return group
        if head.text.lower() in ("it", "they"):
            # "China said it was recalling ...": the speaker, else the last state or body named
            speakers = self._speakers(head)
            if speakers and head.text.lower() == "they" and len(speakers) > 1:
                return speakers  # "both sides said they opposed ...": all of them
            if speakers and speakers[0].kind != "person":
                return speakers[:1]
            collective = None
            if head.dep in _SUBJECTS and head.text.lower() == "it":
                # "The ministry said ... Taiwan was ... . It said ...": the subject goes on
                collective = self._last_subject_collective(head)
            collective = collective or self._last_before(
                head.start, ("state", "organisation", "group")
            )
            if (
                collective is None
                and speakers
                and speakers[0].country
                and head.text.lower() == "it"
            ):
                # "Turkey's president warns it will launch a new offensive": the speaker's state
                speaker = speakers[0]
                return [
                    self._state_actor(speaker.country, head.text, (Span(head.start, head.end),))
                ]
            return [collective] if collective is not None else []
        if head.lemma.lower() in _QUANTITIES or head.tag == "CD":
            # "a handful of journalists", "freed 23 of the bloggers": the journalists
            for c in self.children[head.i]:
                if self.tokens[c].dep == "prep" and self.tokens[c].text.lower() == "of":
                    return self._prep_actors(self.tokens[c])
        span = self._np_tokens(head)
        mentions = []
        for i in span:
            m = self.mention_at.get(i)
            if m is not None and m not in mentions:
                mentions.append(m)
        if mentions:
            held = self._held_people(head, mentions)
            if held is not None:
                return [held]
            # "the foreign ministers of Norway and Kenya", "the government of X"
            return [a for m in mentions for a in self._mention_actors(m)]
        located = self._located_people(head)
        if located is not None:
            return [located]
        shared = self._shared_agent(head)
        if shared is not None:
            return [shared]
        loyal = self._loyal_to(head)
        if loyal:
            return loyal
        if head.pos not in ("NOUN", "PROPN") or head.dep == "poss":
            return []
        if (
            head.tag == "NNS"
            and head.lemma.lower() in _GROUP_NOUNS
            and not any(self.tokens[i].ent in ("NORP", "GPE") for i in span)
        ):  # "the six presidents signed", "the leaders reaffirmed": those who just met;
            # not "the Afghan and U.S. governments"
            group = self._group_before(head, sentences=4)
            if group:
                return group
        own = ("our", "my", "we", "us")
        if any(
            self.tokens[i].pos == "PRON" and self.tokens[i].text.lower() in own for i in span
        ):  # not "the US envoy"
            return []  # a quoted speaker's own side: left to the speaker attribution
        if head.lemma.lower() == "government" and len(span) <= 2:
            # "the ministry said that the government recognised ...": the speaker's state
            speaker = self._speaker(head)
            if speaker is not None and speaker.country is not None:
                return [
                    self._state_actor(speaker.country, head.text, (Span(head.start, head.end),))
                ]
        actor = self._plain_actor(span, head)
        named = (
            head.ent in ("PERSON", "ORG", "NORP", "GPE")
            or head.lemma.lower() in _ACTOR_NOUNS
            # "accused Tsikhanouskaya of ...": a name the NER model did not tag is still a name
            or (head.pos == "PROPN" and not head.ent and head.text[:1].isupper())
        )
        # "Armenian positions", "the Ukrainian border": the state the words name is the target
        return [actor] if named or actor.country or self._held_place(head) else []

    def _state_of_affairs(self, head: Token) -> bool:
        """ "A state of emergency", "the State of Siege", "a state of war": a condition
        (read from "state" or from the word after "of")."""
        if head.lemma.lower() in _STATES_OF_AFFAIRS and head.dep == "pobj":
            prep = self.tokens[head.head]
            if prep.text.lower() == "of" and self.tokens[prep.head].lemma.lower() == "state":
                return True
        return head.lemma.lower() == "state" and any(
            self.tokens[g].lemma.lower() in _STATES_OF_AFFAIRS
            for c in self.children[head.i]
            if self.tokens[c].dep == "prep" and self.tokens[c].text.lower() == "of"
            for g in self.children[c]
        )

    def _held_place(self, head: Token) -> bool:
        """A place named by who holds it ("the rebel-held enclave", "opposition-controlled
        districts"): those holders' ground, a party to what is done to it even where the
        text does not say which state it lies in."""
        for c in self.children[head.i]:
            kid = self.tokens[c]
            if kid.dep != "amod" or kid.lemma.lower() not in _HELD_BY:
                continue
            if any(
                self.tokens[g].dep in ("npadvmod", "compound", "nsubj") for g in self.children[c]
            ):
                return True
        return False

    def _located_people(self, head: Token) -> Actor | None:
        """People named by where they are ("those in Taiwan seeking independence", "their
        supporters in the United States", "protesters in Almaty"): a group of that state."""
        word = head.lemma.lower() if head.pos != "PRON" else head.text.lower()
        if word not in _LOCATED_PEOPLE:
            return None
        for c in self.children[head.i]:
            prep = self.tokens[c]
            if prep.dep != "prep" or prep.text.lower() not in ("in", "across", "inside"):
                continue
            for g in self.children[c]:
                if self.tokens[g].dep != "pobj":
                    continue
                place = self._plain_actor(self._np_tokens(self.tokens[g]), self.tokens[g])
                state = self._place_state(place)
                mention = self.mention_at.get(g)
                country = (
                    state.country
                    or place.country
                    or (self._mention_actors(mention)[0].country if mention else None)
                )
                if country is None:
                    continue
                span = self._np_tokens(head)
                text = self.article.text[self.tokens[span[0]].start : self.tokens[span[-1]].end]
                return Actor(
                    key=f"np:{norm(text)}", name=text, kind="group", country=country,
                    sector="CVL", raw=text, mentions=(Span(head.start, head.end),),
                )  # fmt: skip
        return None

    def _loyal_to(self, head: Token) -> list[Actor]:
        """ "Forces loyal to X", "militias allied with X": X's side acts through them."""
        if head.lemma.lower() not in _FORCES | {"militia", "fighter", "militant", "rebel"}:
            return []
        for c in self.children[head.i]:
            kid = self.tokens[c]
            if kid.dep not in ("amod", "acl") or kid.text.lower() not in _LOYAL:
                continue
            for g in self.children[c]:
                prep = self.tokens[g]
                if prep.dep != "prep" or prep.text.lower() not in ("to", "with"):
                    continue
                if any(self.tokens[p].dep == "pobj" for p in self.children[g]):
                    return self._prep_actors(prep)
                # "Forces loyal to X shelled ...", parsed with X as a second subject
                twins = [] if head.head == head.i else self.children[head.head]
                return [
                    a
                    for t in twins
                    if t != head.i and self.tokens[t].dep == head.dep
                    for a in self._np_actors(self.tokens[t])
                ]
        return []

    def _shared_agent(self, head: Token) -> Actor | None:
        """A bare demonym coordinated with a state's agents ("Peruvian and the Chilean
        navies", parsed with "Peruvian" as a noun): that state's agents of the same kind."""
        state = self.x.kb.state_by_demonym(head.text) if head.ent == "NORP" else None
        if state is None or head.lemma.lower() in _side_sectors():
            return None
        for c in self.children[head.i]:
            sector = _side_sectors().get(self.tokens[c].lemma.lower())
            if self.tokens[c].dep == "conj" and sector in _AGENT_SECTORS:
                actor = self._state_actor(state.iso3, head.text, (Span(head.start, head.end),))
                return replace(actor, key=f"{actor.key}:{sector}", sector=sector)
        return None

    def _held_people(self, head: Token, mentions: list[ActorMention]) -> Actor | None:
        """ "Chile's jailed bloggers", "the country's journalists": the people, of the
        state that owns them, not the state (an act on them is not an act on their state)."""
        if head.lemma.lower() not in _HELD_PEOPLE:
            return None
        owners = [c for c in self.children[head.i] if self.tokens[c].dep == "poss"]
        owned = {i for c in owners for i in self._subtree(c)}
        if not owners or any(not set(range(m.first, m.last)) <= owned for m in mentions):
            return None
        states = [a.country for m in mentions for a in self._mention_actors(m) if a.country]
        actor = self._plain_actor(self._np_tokens(head), head)
        return replace(actor, country=actor.country or (states[0] if states else None))

    def _other_plural_before(self, tok: Token) -> bool:
        """Whether a plural noun other than a group noun comes before ``tok`` in its
        sentence ("urging lawmakers ... the money they provided"): "they" may be those."""
        sentence = self.ann.sentences[tok.sentence]
        return any(
            t.tag in ("NNS", "NNPS") and t.lemma.lower() not in _GROUP_NOUNS
            for t in self.tokens[sentence.first : tok.i]
        )

    def _np_tokens(self, head: Token) -> list[int]:
        # "the attack by X", "X's offer"; in an object also "an agreement between X and Y",
        # "a treaty with X": whom the thing concerns
        preps = _NP_PREPS if head.dep in _SUBJECTS else _OBJECT_NP_PREPS
        if head.tag in ("NNS", "NNPS"):  # "several governments, including A and B": A, B
            preps = preps | {"including"}
        out: list[int] = []
        stack = [head.i]
        while stack:
            i = stack.pop()
            out.append(i)
            for c in self.children[i]:
                child = self.tokens[c]
                inside_of = self.tokens[i].dep == "pobj" and self.tokens[
                    self.tokens[i].head
                ].text.lower() in ("of", "from", "between", "including")
                # "the leaders of A, B, C and D": a list the parser links by conj and appos
                chained = self.tokens[i].dep in ("conj", "appos") and i != head.i
                listed = child.dep in ("conj", "appos") and (inside_of or chained)
                if (child.dep in _NP_STOP or child.dep == "conj") and not listed:
                    continue
                if child.dep == "prep" and child.text.lower() not in preps:
                    continue
                stack.append(c)
        return sorted(out)

    def _mention_actors(self, mention: ActorMention) -> list[Actor]:
        found = []
        for key in mention.keys:
            actor = self.actors.get(key)
            if actor is not None:
                found.append(
                    replace(actor, raw=mention.text, mentions=(Span(mention.start, mention.end),))
                )
        return found

    def _plain_actor(self, span: list[int], head: Token) -> Actor:
        """A phrase no resolution rule covered: its words, and the state they name if any."""
        toks = [self.tokens[i] for i in span]
        while toks and toks[0].dep == "det":
            toks = toks[1:]
        if not toks:
            toks = [self.tokens[i] for i in span]
        text = self.article.text[toks[0].start : toks[-1].end]
        country = None
        sector = _side_sectors().get(head.lemma.lower())
        for t in toks:
            if region_before(self.tokens, t.i):
                continue  # "Latin American governments": a region's, no one state's
            if sector is None and self._placed(t, head) and not _done_there(head):
                continue  # "an agreement in the Qatari capital": where, not whose
            state = (
                self.x.kb.state_by_demonym(t.text)
                # a name is written capitalised: "the island" is not Iceland (Ísland)
                or (self.x.kb.state_by_name(t.text) if t.text[:1].isupper() else None)
                or (self.x.kb.state_by_place(t.text) if t.pos == "PROPN" else None)
            )
            if state is not None:
                country = state.iso3
                break
        # "Spanish authorities", "Indian troops": agents of a state, with their sector.
        if country is None and sector == "LEG":
            country = self._legislature_state(head)  # "addressed Congress and urged lawmakers"
        if country is None and self._domestic_agent(head) and self.article.dateline:
            # "ALGIERS -- Police arrested ...": the police, courts and authorities a story
            # names without a state are those of the place it is filed from
            state = self.x.kb.state_by_place(self.article.dateline)
            country = state.iso3 if state is not None else None
        if country is not None and head.lemma.lower() in _STANCES | _CONDUCT:
            # "support for the one-China principle", "denounced U.S. policy": the state's
            return self._state_actor(country, text, (Span(toks[0].start, toks[-1].end),))
        if country is not None and self._demonym_peers(head):
            # "its Chinese friends", "our Russian partners": the state the demonym names
            return self._state_actor(country, text, (Span(toks[0].start, toks[-1].end),))
        if country is not None and self._state_named(toks):
            # "Saudi Arabia" where no resolution rule fired (after a dateline): the state
            return self._state_actor(country, text, (Span(toks[0].start, toks[-1].end),))
        if country is not None and head.lemma.lower() in _FIRMS:
            # "painful measures against U.S. companies": that state's business (docs/gold.md:
            # an organisation contributes its country)
            return Actor(
                key=f"np:{norm(text)}", name=text, kind="organisation", country=country,
                sector="BUS", raw=text, mentions=(Span(toks[0].start, toks[-1].end),),
            )  # fmt: skip
        # "the Czech move", "Russian aggression": the act of the state the words name
        agent = country is not None and (
            sector in _AGENT_SECTORS or head.lemma.lower() in _EVENT_NOUNS
        )
        return Actor(
            key=f"np:{norm(text)}",
            name=text,
            kind="state" if agent else _ENTITY_KINDS.get(head.ent, "other"),
            country=country,
            sector=sector,
            raw=text,
            mentions=(Span(toks[0].start, toks[-1].end),),
        )

    def _demonym_peers(self, head: Token) -> bool:
        """Friends or partners a demonym adjective names ("its Chinese friends"); not a
        noun modifier ("U.S. partners" are the partners of the United States)."""
        if head.lemma.lower() not in _PEERS:
            return False
        return any(
            self.tokens[c].dep == "amod" and self.x.kb.state_by_demonym(self.tokens[c].text)
            for c in self.children[head.i]
        )

    def _state_named(self, toks: list[Token]) -> bool:
        """Whether the words are exactly a state's name ("Saudi Arabia", "Iran")."""
        text = self.article.text[toks[0].start : toks[-1].end]
        return toks[0].text[:1].isupper() and self.x.kb.state_by_name(text) is not None

    def _legislature_state(self, head: Token) -> str | None:
        """The state of the legislature a sentence names, for its unnamed members."""
        bodies = _national_bodies()
        for mention in self.res.mentions:
            if mention.sentence != head.sentence:
                continue
            for key in mention.keys:
                actor = self.actors.get(key)
                if actor is None or actor.country is None:
                    continue
                name = actor.name.lower()
                if actor.sector == "LEG" or any(name.endswith(b) for b in bodies):
                    return actor.country
        return None

    def _domestic_agent(self, head: Token) -> bool:
        """Police, courts, prosecutors and "the authorities": agents of the state they act
        in (not troops, often abroad), unless the phrase says whose ("their police")."""
        lemma = head.lemma.lower()
        if lemma not in _DOMESTIC_AGENTS or (lemma == "authority" and head.tag != "NNS"):
            return False
        return not any(self.tokens[c].dep == "poss" for c in self.children[head.i])

    def _state_actor(self, iso3: str, raw: str, mentions: tuple[Span, ...]) -> Actor:
        """The state ``iso3`` as the actor the words ``raw`` stand for."""
        state = self.x.kb.state(iso3)
        return Actor(
            key=f"state:{iso3}", name=state.name if state else iso3, kind="state",
            country=iso3, cow=state.cow if state else None, sector="GOV", raw=raw,
            mentions=mentions,
        )  # fmt: skip

    def _place_state(self, actor: Actor) -> Actor:
        """The state of a place no rule resolved ("Washington" after "flew to"), else the
        actor as it is."""
        if actor.kind != "other":
            return actor
        state = self.x.kb.state_by_place(actor.raw) or self.x.kb.state_by_name(actor.raw)
        return actor if state is None else self._state_actor(state.iso3, actor.raw, actor.mentions)

    def _last_subject_person(self, pronoun: Token) -> Actor | None:
        """The person named as a subject latest before ``pronoun`` in its sentence, else
        the subject of the sentence before's main clause, else that sentence's latest."""
        best: dict[str, Actor] = {}
        for mention in self.res.mentions:
            if mention.start >= pronoun.start:
                break
            if len(mention.keys) != 1 or pronoun.sentence - mention.sentence > 1:
                continue
            head = self.tokens[mention.last - 1]
            actor = self.actors.get(mention.keys[0])
            if actor is None or actor.kind != "person" or actor.role != "party":
                continue
            if head.dep not in _SUBJECTS:
                continue
            actor = replace(actor, raw=mention.text)
            if mention.sentence == pronoun.sentence:
                best["here"] = actor
            else:
                best["before"] = actor
                verb = self.tokens[head.head]
                if verb.dep == "ROOT" or (
                    verb.dep == "conj" and self.tokens[verb.head].dep == "ROOT"
                ):
                    best["main"] = actor
        return best.get("here") or best.get("main") or best.get("before")

    def _last_subject_collective(self, pronoun: Token) -> Actor | None:
        """The state or body that was the main subject of the sentence before, for an "it"
        opening a clause of its own sentence's main verb."""
        verb = self.tokens[pronoun.head]
        if verb.dep != "ROOT" or pronoun.sentence == 0:
            return None
        before = self.ann.sentences[pronoun.sentence - 1]
        for tok in self.tokens[before.first : before.last]:
            if tok.dep != "ROOT":
                continue
            for c in self.children[tok.i]:
                if self.tokens[c].dep not in _SUBJECTS:
                    continue
                mention = self.mention_at.get(c)
                if mention is None or len(mention.keys) != 1:
                    continue
                actor = self.actors.get(mention.keys[0])
                if actor is not None and actor.kind in ("state", "organisation", "group"):
                    return replace(actor, raw=mention.text)
        return None

    def _last_person_before(self, offset: int) -> Actor | None:
        return self._last_before(offset, ("person",))

    def _last_before(self, offset: int, kinds: tuple[str, ...]) -> Actor | None:
        """The actor of the latest single-actor mention of these kinds before ``offset``."""
        best = None
        for mention in self.res.mentions:
            if mention.start >= offset:
                break
            if len(mention.keys) != 1:
                continue
            actor = self.actors.get(mention.keys[0])
            if actor is not None and actor.kind in kinds and actor.role == "party":
                best = replace(actor, raw=mention.text)
        return best

    # ---- the event -----------------------------------------------------------------------

    def _event(self, found: _Found, sentence_index: int) -> EventMention | None:
        tok, rule = found.trigger, found.rule
        sentence = self.ann.sentences[sentence_index]
        speaker = self._speaker(tok)
        if speaker is not None and speaker.role == "commentator":
            return None
        if self._demand_content(tok, found):
            return None  # "said Russia must withdraw": the demand is the event
        modality = self._modality(tok, rule)
        if modality is None:
            return None  # stated inside an AGREE ("agreed to extend"): the AGREE is the event
        when, basis = self._date(tok, sentence, planned=modality == "intended")
        if when is not None and basis == "sentence" and when.precision == "day":
            self.dated.append((sentence_index, rule.type, when))
        if when is not None and self._is_history(when):
            return None
        if self._habitual(tok) or self._dated_noun(tok) or self._background_clause(tok):
            return None  # "have exchanged views multiple times", "the 1998 joint declaration"
        if basis != "sentence" and self._uncounted_apart(tok):
            return None  # "came days after the court issued a warrant": no day to give it
        if self._scheduled(tok) or self._long_apart(tok) or self._span_relative(tok):
            return None  # "is due to attend", "comes two weeks after ..."
        if modality == "hypothetical" and self._speculated(tok, found):
            return None  # "Washington has warned that Pyongyang could supply shells"
        if self._perfect_background(tok, sentence, dated=basis == "sentence"):
            return None  # "Paris has recalled its envoy before", "had accused Doha of ..."
        if self._standing(tok, sentence, dated=basis == "sentence"):
            return None  # "China buys much of Brazil's soybeans", "Turkey supports the rebels"
        if when is not None and when.future and modality == "actual":
            modality = "intended"
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
        cross = self.lex.crosswalk_for(found.rule, mode)
        text = self.article.text[sentence.start : sentence.end]
        evidence = Evidence(self.article.id, sentence_index, sentence.start, sentence.end, text)
        return EventMention(
            id=_mention_id(self.article.id, sentence_index, tok.start, rule.type),
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
            negated=self._negated(tok),
            speaker=speaker.key if speaker is not None else None,
            cameo=cross.cameo,
            goldstein=cross.goldstein,
            quad_class=cross.quad,
            confidence=_confidence(found),
            coder_version=self.x.coder_version,
        )

    def _as_visit(self, found: _Found, sentence, host: str, placed: bool) -> _Found | None:
        """ "arrived on a state visit ... and held talks with the host": a visit, the visitor
        acting and the host receiving, when one side is at home and the sentence says it is
        a visit or ``placed`` it there ("met Maduro at the palace in Caracas")."""
        words = {t.lemma.lower() for t in self.tokens[sentence.first : sentence.last]}
        if not words & {"visit", "trip", "tour", "arrive"} and not placed:
            return None
        everyone = (*found.actors, *found.recipients)
        hosts = tuple(a for a in everyone if a.country == host)
        visitors = tuple(a for a in everyone if a.country and a.country != host)
        if not hosts or not visitors:
            return None
        return replace(found, rule=replace(found.rule, mode="visit"), actors=visitors,
                       recipients=hosts)  # fmt: skip

    def _speaker(self, tok: Token) -> Actor | None:
        """Who said it: the subject of a speech verb this clause hangs from."""
        speakers = self._speakers(tok)
        return speakers[0] if speakers else None

    def _speakers(self, tok: Token) -> list[Actor]:
        """Everyone the subject of the speech verb names ("both sides said they ...")."""
        verb = self._speech_verb(tok)
        subject = self._subject(verb) if verb is not None else None
        return self._np_actors(subject) if subject is not None else []

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
            current = parent
        return None

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
                # "warned X that ...": the verb codes the threat itself
                threat = not any(t.type == "THREATEN" for t in self._senses(verb.i))
                for head in heads:
                    found = (
                        self._demand(verb, head, speaker)
                        or (self._threat(verb, head, speaker) if threat else None)
                        or self._joint_plan(verb, head, speaker)
                    )
                    if found is not None:
                        yield found

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
        return tok.pos == "VERB" and any(
            self.tokens[c].dep == "aux" and self.tokens[c].text.lower() == "to"
            for c in self.children[tok.i]
        )

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
        did not attach ("China and Russia, as two major countries, should ...")."""
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
        if act is None:
            return None
        own = _side(speaker)
        subject = self._subject(act) if act.pos == "VERB" else None
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

    def _threatening(self, tok: Token) -> bool:
        """A response or retaliation not (yet) made: "would respond", "ready to retaliate",
        "take countermeasures", "a response ... was inevitable"."""
        lemma = tok.lemma.lower()
        if tok.pos == "VERB" and (
            lemma in _RETALIATE
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

    def _demand_content(self, tok: Token, found: _Found) -> bool:
        """Whether ``tok`` states what a speaker says another side must do ("said Russia must
        withdraw"): the demand is the event (see ``_demand``), not the act."""
        verb = self._speech_verb(tok)
        if verb is None:
            return False
        for c in self.children[verb.i]:
            head = self.tokens[c]
            if head.dep == "ccomp" and tok.i in self._subtree(c):
                return self._demanded(head) is not None
        return False

    def _modality(self, tok: Token, rule: Trigger) -> str | None:
        if self._generic_when(tok):
            return None  # "said that when China and the US cooperated, both gained": no event
        if self._issued_in(tok):
            return "actual"  # "agreed to observe the ceasefire, in a joint statement": issued
        if self._future_time_clause(tok):
            # "would visit ... when the president travels to Hiroshima": the present of a
            # time clause under a future or conditional act is that act's mood
            head = self.tokens[tok.head]
            mood = self._modality(head, rule) if head.pos in ("VERB", "AUX") else None
            if mood in ("intended", "hypothetical"):
                return mood
        chain = [tok]
        current = tok
        if tok.pos in ("NOUN", "PROPN"):  # "agreed to hold a summit": the carrier verb's
            current = self._speech_contact(tok) or self._clause_head(tok)
            if current is not tok:
                chain.append(current)
        while (
            current.dep in ("xcomp", "ccomp", "conj", "acomp") or self._infinitive(current)
        ) and current.head != current.i:
            current = self.tokens[current.head]
            chain.append(current)
        if self._content_of_a_plan(chain[-1]):
            return None  # "an agreement to restore relations", "a plan to attack": not done
        if tok.lemma.lower() in ("pledge", "promise") and rule.type != "AGREE":
            return "intended"  # "pledged $500 million in aid": promised, not yet given
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
                    if rule.mode == "censor" and parent.lemma.lower() in _ORDERING:
                        continue  # "ordered the paper to suspend publication": the order is it
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
            if t is not tok and t.lemma.lower() in _INTENT_HEADS:
                return "intended"
        return "actual"

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

    def _conditional(self, tok: Token) -> bool:
        """Whether a condition hangs on the clause: "would respond if Russia attacked"."""
        return any(
            self.tokens[c].dep == "advcl"
            and any(
                self.tokens[g].dep == "mark" and self.tokens[g].text.lower() in ("if", "unless")
                for g in self.children[c]
            )
            for c in self.children[tok.i]
        )

    def _dated_noun(self, tok: Token) -> bool:
        """A noun trigger that carries an earlier year: "the 1998 joint declaration"."""
        reference = self.story_date.day if self.story_date else self.article.published
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
        return bool(auxes & {"has", "have", "'ve"}) and sentence.index >= _LEAD_SENTENCES - 1

    def _standing(self, tok: Token, sentence, dated: bool) -> bool:
        """A verb in the simple present, past the lead, undated and not reported, states a
        standing practice or position, not news ("China buys Brazil's soybeans")."""
        if dated or self.article.published is None or sentence.index < _LEAD_SENTENCES - 1:
            return False
        if tok.pos != "VERB" or tok.tag not in ("VBZ", "VBP") or self._under_speech(tok):
            return False
        return not any(self.tokens[c].dep in ("aux", "auxpass") for c in self.children[tok.i])

    def _under_speech(self, tok: Token) -> bool:
        """Whether the clause of ``tok`` is what someone said ("X said it had ...")."""
        current = tok
        for _ in range(8):
            if current.head == current.i:
                return False
            parent = self.tokens[current.head]
            if current.dep in ("ccomp", "parataxis", "xcomp", "conj", "advcl") and (
                parent.lemma.lower() in _SPEECH
            ):
                return True
            current = parent
        return False

    def _content_of_a_plan(self, verb: Token) -> bool:
        """Whether ``verb`` is the "to ..." of a noun that promises, asks for, threatens or
        plans it ("an agreement to restore ties", "calls to withdraw", "plans to invade")."""
        if verb.dep != "acl" or verb.head == verb.i:
            return False
        if not any(
            self.tokens[c].dep == "aux" and self.tokens[c].text.lower() == "to"
            for c in self.children[verb.i]
        ):
            return False
        noun = self.tokens[verb.head]
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
        return False

    def _background_clause(self, tok: Token) -> bool:
        """An act told as the time since which something holds ("the first meeting since
        Russia invaded Ukraine") or as the terms of an agreement ("under the deal, X will
        withdraw ..."; "it foresees the start of talks"): background, not news."""
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
                if k.dep == "prep" and k.text.lower() == "under":
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
        return tok.dep == "advcl" and any(
            self.tokens[c].dep == "aux" and self.tokens[c].text.lower() == "to"
            for c in self.children[tok.i]
        )

    def _negated(self, tok: Token) -> bool:
        current = tok
        if tok.pos == "NOUN" and tok.dep in ("dobj", "nsubjpass"):
            current = self.tokens[tok.head]  # "failed to reach agreement": the carrier's
        for _ in range(3):
            if any(self.tokens[c].dep == "neg" for c in self.children[current.i]):
                return True
            if current.dep not in ("xcomp", "acomp") or current.head == current.i:
                return False
            current = self.tokens[current.head]
            if current.lemma.lower() in _FAIL:
                return True  # "failed to reach agreement", "failed to agree"
        return False

    def _failed(self, tok: Token) -> bool:
        """ "failed to agree", "failed to reach agreement": the trigger (or the verb carrying
        it) is the "to" clause of "fail"."""
        current = self.tokens[tok.head] if tok.pos == "NOUN" and tok.dep == "dobj" else tok
        return (
            current.dep == "xcomp"
            and current.head != current.i
            and self.tokens[current.head].lemma.lower() in _FAIL
        )

    def _consult_mode(
        self, tok: Token, sentence, mode: str | None, medium: str | None, found: _Found
    ) -> tuple[str | None, str | None]:
        words = {t.lemma.lower() for t in self.tokens[sentence.first : sentence.last]}
        words |= {t.text.lower() for t in self.tokens[sentence.first : sentence.last]}
        if mode in (None, "multilateral") or medium in (None, "in_person"):
            for word, (remote_mode, remote_medium) in _REMOTE_WORDS.items():
                if word in words and (mode is None or medium in (None, "in_person")):
                    return remote_mode, remote_medium
        if mode is None and len(found.countries) > 2:
            return "multilateral", medium or "in_person"
        return mode, medium or ("in_person" if mode in (None, "visit", "multilateral") else None)

    def _location(self, tok: Token, sentence, mode: str | None, found: _Found) -> Location:
        if mode == "phone" or found.rule.type not in _PLACED_TYPES:
            return Location()
        anchors = {tok.i}
        if tok.head != tok.i:
            anchors.add(tok.head)  # "held talks in Beijing": the place hangs on the verb
        if found.rule.type == "CONSULT":
            anchors |= self._arrival(tok)
        anchors |= self._venues(anchors)
        country: Location | None = None  # "arrived in Kazakhstan ... in the Kazakh capital"
        for t in self.tokens[sentence.first : sentence.last]:
            if t.dep != "pobj" or t.head == t.i:
                continue
            prep = self.tokens[t.head]
            if prep.text.lower() not in ("in", "at") or prep.head not in anchors:
                continue
            text = self.article.text[self.tokens[min(self._np_tokens(t))].start : t.end]
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
                return Location(text.removeprefix("the "), capital)
        if country is not None:
            # "NUR-SULTAN -- Xi arrived in Kazakhstan": the dateline's town in that country
            town = self._dateline_town()
            return town if town is not None and town.country == country.country else country
        if mode == "visit" and found.recipients and found.recipients[0].country:
            return Location(None, found.recipients[0].country)
        if self.article.dateline and found.rule.type == "CONSULT":
            # A meeting reported under a dateline usually took place there.
            state = self.x.kb.state_by_place(self.article.dateline)
            return Location(self.article.dateline, state.iso3 if state else None)
        return Location()

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
            if self.tokens[c].dep == "amod" and state is not None:
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
                    if pobj.dep == "pobj" and (of_venue or pobj.lemma.lower() in _VENUES):
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

    # ---- dates ---------------------------------------------------------------------------

    def _story_date(self) -> When | None:
        """The date the story's lead gives its news ("said on Monday"), if any. The lead
        sentence starts after the dateline (annotate.py leaves it out), so the dateline's
        own date ("BEIJING, Dec. 15") is not taken for the news."""
        for lead in self.ann.sentences[:_LEAD_SENTENCES]:  # a title line may come first
            for when in self._sentence_dates(lead):
                if when.precision in ("day", "week"):
                    return when
        return None

    def _sentence_dates(self, sentence) -> list[When]:
        """The dates a sentence writes, offsets from the sentence's start; not the date of
        a dateline it opens with."""
        text = self.article.text[sentence.start : sentence.end]
        skip = self.dateline_end.get(sentence.index, sentence.start) - sentence.start
        return [w for w in find_dates(text, self.article.published) if w.start >= skip]

    def _date(self, tok: Token, sentence, planned: bool = False) -> tuple[When | None, str | None]:
        text = self.article.text[sentence.start : sentence.end]
        found = self._sentence_dates(sentence)
        verb = self._clause_head(tok)
        clause_start = self.tokens[min(self._subtree(verb.i))].start
        if verb.lemma.lower() != "report" and verb.tag in ("VBD", "VBN"):
            # "KCNA reported on Thursday that Kim pledged ...": the day of the report, not
            # of the deed it tells
            found = [w for w in found if not self._report_day(sentence, w)]
        if found:
            # "stormed and set fire to the office on Wednesday": a date on a conjoined verb
            # of the same tense dates both
            partners = [verb] + [
                self.tokens[c]
                for c in self.children[verb.i]
                if self.tokens[c].dep == "conj" and self.tokens[c].tag == verb.tag == "VBD"
            ]
            inside = [
                w
                for w in found
                if any(self._dates_verb(sentence.start + w.start, v) for v in partners)
            ]
            if inside:  # a planned act's own date, told after it, is the next such day
                first = inside[0]  # ("will visit in May"; not "said on Monday it will ...")
                ahead = planned and sentence.start + first.start > tok.start
                return (self._coming(first) if ahead else first), "sentence"
            # not the date of the act agreed to or asked for ("agreed to meet next year")
            clauses = self._clause_spans(verb)
            found = [w for w in found if not _within(sentence.start + w.start, clauses)]
            # "ordered five diplomats to leave, retaliating against Warsaw's decision on
            # Thursday": the date of what the participle clause answers, not of the act
            adjuncts = self._participle_spans(tok, sentence)
            found = [w for w in found if not _within(sentence.start + w.start, adjuncts)]
            embedded = self._embedded_spans(verb)
            past = [w for w in found if self._is_history(w)]
            found = [w for w in found if not _within(sentence.start + w.start, embedded)]
            if not found and past:  # "agreed to seek X in their call last month": what
                return past[0], "sentence"  # is to come is not done last month, the agreeing is
        if found:
            return _shifted(found[0], self._day_shift(clause_start)), "sentence"
        if _SAME_DAY.search(text):  # "the same night": the day the sentences before write
            for before in reversed(self.ann.sentences[max(0, sentence.index - 3) : sentence.index]):
                days = [w for w in self._sentence_dates(before) if w.precision == "day"]
                if days:
                    return days[-1], "sentence"
        if _THAT_CONTACT.search(text):  # "during that call": the call told before
            earlier = [w for i, t, w in self.dated if i < sentence.index and t == "CONSULT"]
            if earlier:
                return earlier[-1], "sentence"
        # "came a day after the minister announced that X had deposited ...": the shift of
        # the clause that reports the act
        shift = self._day_shift(clause_start) or self._reporting_shift(verb)
        before = self._paragraph_day(sentence)
        if before is not None:  # "On Saturday, X condemned the raid. Y said ..."
            return _shifted(before, shift), "article"
        if self.story_date is not None:
            return _shifted(self.story_date, shift), "article"
        if self.article.published is not None:
            return When(self.article.published, "day", "", 0, 0), "published"
        return None, None

    def _paragraph_day(self, sentence) -> When | None:
        """The day the sentence before, in the same paragraph, gives its news."""
        if sentence.index == 0:
            return None
        previous = self.ann.sentences[sentence.index - 1]
        if "\n" in self.article.text[previous.end : sentence.start]:
            return None
        days = [
            w
            for w in self._sentence_dates(previous)
            if w.precision == "day" and not self._report_day(previous, w)
        ]
        return days[0] if days and not self._is_history(days[0]) else None

    def _report_day(self, sentence, when: When) -> bool:
        """A day that dates a news report ("the agency reported on Thursday that ..."): the
        day it was told, which the deeds it tells need not share."""
        before = self.article.text[sentence.start : sentence.start + when.start]
        return _REPORTED_ON.search(before) is not None

    def _embedded_spans(self, verb: Token) -> list[tuple[int, int]]:
        """Character spans of the clauses a verb governs as its complement ("agreed [to
        meet next year]") or joins to itself ("appreciated X [and proposed ...]")."""
        spans = []
        for c in self.children[verb.i]:
            child = self.tokens[c]
            if (
                child.dep in ("xcomp", "ccomp")
                or self._infinitive(child)
                or (child.dep == "conj" and child.pos == "VERB")  # "... and proposed to
            ):  # hold the next meeting in 2022": the date of another clause
                inside = self._subtree(c)
                spans.append((self.tokens[min(inside)].start, self.tokens[max(inside)].end))
        return spans

    def _participle_spans(self, tok: Token, sentence) -> list[tuple[int, int]]:
        """Character spans of the sentence's "-ing" adjunct clauses that do not hold the
        trigger ("..., retaliating against X's decision on Thursday"): their dates are of
        what they name."""
        spans = []
        for child in self.tokens[sentence.first : sentence.last]:
            if child.dep == "advcl" and child.tag == "VBG":
                inside = self._subtree(child.i)
                if tok.i not in inside:
                    spans.append((self.tokens[min(inside)].start, self.tokens[max(inside)].end))
        return spans

    def _clause_spans(self, verb: Token) -> list[tuple[int, int]]:
        """Character spans of the relative and participle clauses inside a verb's clause:
        "met in the Astana format, [which the three countries launched in 2017]"."""
        spans = []
        for i in self._subtree(verb.i):
            tok = self.tokens[i]
            if tok.dep in ("relcl", "acl") and i != verb.i:
                inside = self._subtree(i)
                spans.append((self.tokens[min(inside)].start, self.tokens[max(inside)].end))
        return spans

    def _clause_head(self, tok: Token) -> Token:
        head = tok
        while head.pos not in ("VERB", "AUX") and head.head != head.i:
            head = self.tokens[head.head]
        return head

    def _dates_verb(self, offset: int, verb: Token) -> bool:
        """Whether the date written at ``offset`` modifies ``verb`` itself ("met on Monday"),
        not a noun inside its clause ("explosions at a depot in 2014")."""
        at = next((t for t in self.tokens if t.start <= offset < t.end), None)
        for _ in range(4):
            if at is None or at.head == at.i:
                return False
            parent = self.tokens[at.head]
            if parent.i == verb.i:
                return True
            if parent.pos not in ("ADP", "NUM", "PROPN") and parent.dep not in ("prep", "pobj"):
                return False
            at = parent
        return False

    def _day_shift(self, clause_start: int) -> int:
        """ "a day after X expelled ...": X's event is a day before the sentence's date;
        "two days after" two days."""
        around = self.article.text[max(0, clause_start - 25) : clause_start + 20].lower()
        found = _DAYS_APART.search(around)
        if found is None:
            return 0
        days = _NUMBERS.get(found[1]) or int(found[1])
        return -days if found[2] == "after" else days

    def _reporting_shift(self, verb: Token) -> int:
        """The day shift of the speech verb whose content ``verb`` is."""
        speech = self._speech_verb(verb)
        if speech is None:
            return 0
        return self._day_shift(self.tokens[min(self._subtree(speech.i))].start)

    def _uncounted_apart(self, tok: Token) -> bool:
        """The act's clause follows "days after" or "weeks before" with no count: it is
        told as the background of the news, some unknown time apart from it."""
        verb = self._clause_head(tok)
        clause_start = self.tokens[min(self._subtree(verb.i))].start
        around = self.article.text[max(0, clause_start - 25) : clause_start + 20].lower()
        found = _UNCOUNTED_APART.search(around)
        return found is not None and not (found[1] in _NUMBERS or found[1].isdigit())

    def _scheduled(self, tok: Token) -> bool:
        """An act a reporter says is on the agenda ("is due to attend a summit", "was
        scheduled to fly on to Tokyo"): a timetable, not a deed or a side's pledge."""
        current = tok if tok.pos in ("VERB", "AUX") else self._clause_head(tok)
        for _ in range(3):
            if current.head == current.i or not (
                current.dep == "xcomp" or self._infinitive(current)
            ):
                return False
            current = self.tokens[current.head]
            if current.lemma.lower() in _TIMETABLE:
                return True
        return False

    def _span_relative(self, tok: Token) -> bool:
        """An act told in a relative clause of a span of time ("after four years in which
        his predecessor had refused to visit"): what filled that time, not news."""
        verb = self._clause_head(tok)
        if verb.dep != "relcl" or verb.head == verb.i:
            return False
        return self.tokens[verb.head].lemma.lower() in _TIME_SPANS

    def _long_apart(self, tok: Token) -> bool:
        """The act's clause follows "two weeks after" or "three months before": told as
        the background of the news, weeks or more away from it (days are dated apart)."""
        verb = self._clause_head(tok)
        for _ in range(6):
            if verb.dep == "advcl":
                start = self.tokens[min(self._subtree(verb.i))].start
                around = self.article.text[max(0, start - 30) : start + 20].lower()
                if _LONG_APART.search(around):
                    return True
            if verb.head == verb.i:
                return False
            verb = self.tokens[verb.head]
        return False

    def _speculated(self, tok: Token, found: _Found) -> bool:
        """What a speaker says another side could or might do ("Washington warned that
        Pyongyang could supply shells"): a speculation, not the other side's deed."""
        verb = self._clause_head(tok)
        kids = [self.tokens[c] for c in self.children[verb.i]]
        if any(k.dep == "neg" for k in kids) or not any(
            k.dep == "aux" and k.text.lower() in ("could", "might", "may") for k in kids
        ):
            return False  # "X could not be allowed to ...": a demand, coded as one
        current, speaker = tok, None
        for _ in range(8):
            if current.head == current.i:
                break
            parent = self.tokens[current.head]
            # any link, as "warned for months that X could" hangs the clause on "months"
            if parent.i < tok.i and parent.lemma.lower() in _SPEECH | _FEARED:
                speaker = self._speech_speaker(parent)
                break
            current = parent
        if speaker is None or speaker.country is None:
            return False
        return all(a.country != speaker.country for a in found.actors)

    def _subtree(self, i: int) -> list[int]:
        out, stack = [], [i]
        while stack:
            j = stack.pop()
            out.append(j)
            stack.extend(self.children[j])
        return out

    def _coming(self, when: When) -> When:
        """A weekday, month or day written without its year, for a planned act, is the next
        one to come ("will visit in January" in a December story, "will meet on Monday" in
        a Tuesday one), not the last one passed."""
        written = self.article.published
        if written is None or when.precision not in ("month", "day") or when.day >= written:
            return when
        if re.search(r"\d{4}", when.text) or (
            when.precision == "month"
            and (when.day.year, when.day.month) == (written.year, written.month)
        ):
            return when  # the year is written, or it is this month
        if when.precision == "day" and not re.search(r"\d", when.text):
            return replace(when, day=when.day + timedelta(days=7), future=True)  # "on Monday"
        try:
            return replace(when, day=when.day.replace(year=when.day.year + 1), future=True)
        except ValueError:  # 29 February
            return when

    def _is_history(self, when: When) -> bool:
        reference = self.story_date.day if self.story_date else self.article.published
        if reference is None:
            return False
        if when.text.lower().startswith("earlier this"):
            return True  # "earlier this month": told as background (docs/gold.md)
        if when.precision == "week":  # "last week" (of the day the story was written)
            written = self.article.published or reference
            return when.day < written - timedelta(days=written.weekday())
        if when.precision == "year":
            return when.day.year < reference.year
        if when.precision == "month":
            return (when.day.year, when.day.month) < (reference.year, reference.month)
        return when.day < reference - timedelta(days=_HISTORY_DAYS)


_CORE_TYPES = frozenset({"CONSULT", "AGREE", "SUPPORT", "SANCTION", "ACCUSE", "REQUEST"})


@dataclass(frozen=True, slots=True)
class _OfftopicRules:
    min_terms: int
    topics: dict[str, tuple[str, ...]]


@lru_cache(maxsize=1)
def _offtopic_rules() -> _OfftopicRules:
    """data/offtopic.toml: the words of stories that are not about relations."""
    raw = resources.files("dyad.events").joinpath("data/offtopic.toml").read_text("utf-8")
    data = tomllib.loads(raw)
    topics = {t["name"]: tuple(w.lower() for w in t["terms"]) for t in data["topic"]}
    return _OfftopicRules(data["min_terms"], topics)


@lru_cache(maxsize=1)
def _side_sectors() -> dict[str, str | None]:
    """Head nouns that name a state's agents ("authorities", "troops"), by their lemma."""
    from ..actors.lexicon import load_lexicon

    sectors = {noun.split()[-1]: sector for noun, sector in load_lexicon().side_nouns.items()}
    sectors.update(
        {
            "authority": "GOV",
            "troop": "MIL",
            "soldier": "MIL",
            "force": "MIL",
            "diplomat": "GOV",
            "official": "GOV",
            # an unnamed envoy, minister or spokesman acts for the state the words name
            "envoy": "GOV",
            "ambassador": "GOV",
            "minister": "GOV",
            "negotiator": "GOV",
            "spokesman": "GOV",
            "spokeswoman": "GOV",
            "spokesperson": "GOV",
            "lawmaker": "LEG",
            "court": "JUD",
            "prosecutor": "JUD",
            "judge": "JUD",
            # a state's posts and assets: "shelled Armenian positions", "a Turkish warship"
            "position": "MIL",
            "base": "MIL",
            "outpost": "MIL",
            "post": "MIL",
            "checkpoint": "MIL",
            "warship": "MIL",
            "consulate": "GOV",
        }
    )
    return sectors


@lru_cache(maxsize=1)
def _national_bodies() -> frozenset[str]:
    """Names of legislatures every state has ("congress", "parliament")."""
    from ..actors.lexicon import load_lexicon

    return load_lexicon().national_bodies


def _same_contact(events: list[EventMention]) -> list[EventMention]:
    """ "During the talks" restates the article's video talks or visit: give it their mode.

    A CONSULT whose mode the sentence does not say takes the mode of another CONSULT of
    the same article between the same states on the same day: a remote mode first (a
    meeting "abroad" may be the call's wrong place), else a visit (with its visitor and
    host) or a meeting on third ground.
    """
    twins: dict[tuple, EventMention] = {}
    for e in events:
        if e.event_type == "CONSULT" and e.mode in ("phone", "visit", "third-party"):
            key = (e.countries, e.date)
            if key not in twins or e.mode == "phone":
                twins[key] = e
    out = []
    for e in events:
        twin = twins.get((e.countries, e.date))
        if e.event_type != "CONSULT" or twin is None or twin is e:
            out.append(e)
            continue
        if twin.mode == "phone" and e.mode in (None, "third-party"):
            e = replace(e, mode=twin.mode, medium=twin.medium, location=Location())
        elif twin.mode in ("visit", "third-party") and e.mode is None:
            e = replace(
                e,
                mode=twin.mode,
                medium=twin.medium,
                # its own place only where its sentence says it, not the dateline's guess
                location=e.location if _placed_in_text(e) else twin.location,
            )
            if twin.mode == "visit":
                everyone = (*e.actors, *e.recipients)
                hosts = {a.country for a in twin.recipients}
                e = replace(
                    e,
                    actors=tuple(a for a in everyone if a.country not in hosts),
                    recipients=tuple(a for a in everyone if a.country in hosts),
                )
        out.append(e)
    return out


def _placed_in_text(e: EventMention) -> bool:
    """Whether the mention's place is written in its own sentence."""
    return bool(e.location.country and e.location.name and e.location.name in e.evidence.sentence)


def _recipient_preps(rule: Trigger) -> frozenset[str]:
    preps = _TYPE_PREPS.get(rule.type, _RECIPIENT_PREPS)
    if rule.mode == "expel":  # "expelled three diplomats in solidarity with Washington"
        preps = preps - {"with"}
    if rule.particle == "with" and rule.type == "AID":
        preps = preps | {"with"}  # "deposited $2 billion with X": the entry's own preposition
    if rule.host and rule.type == "AID":  # "received doses from India": the giver
        return frozenset({"from", "through", "via"})  # "through the COVAX facility"
    return preps | {"to"} if rule.mode == "visit" else preps


def _within(offset: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= offset < end for start, end in spans)


def _shifted(when: When, days: int) -> When:
    if not days or when.precision != "day":
        return when
    return replace(when, day=when.day + timedelta(days=days))


def _unique(actors: Iterable[Actor]) -> tuple[Actor, ...]:
    seen: dict[str, Actor] = {}
    for actor in actors:
        seen.setdefault(actor.key, actor)
    return tuple(seen.values())


# An unresolved phrase the NER model calls an organisation or a person is still one.
_ENTITY_KINDS = {"ORG": "organisation", "PERSON": "person"}


#: Sectors whose acts toward their own government are news (a coup, a rebellion, a protest).
_AGAINST_OWN = frozenset({"MIL", "REB", "CVL", "COP", "OPP", "LEG", "JUD"})


def _own_government(recipient: Actor, actors: Iterable[Actor]) -> bool:
    """Whether ``recipient`` is the government of an actor's own state. Named only as an
    owner or one of a pair, it is no target: "Tokayev reaffirmed Kazakhstan's commitment
    to ...", "Xi called on the two sides" (Xi's side is no target of his call), "the two
    leaders instructed the two countries' governments". A state's forces, rebels or
    people acting against their own government are."""
    if recipient.kind != "state" or recipient.sector not in (None, "GOV"):
        return False
    return any(
        a.country == recipient.country and a.sector not in _AGAINST_OWN for a in actors if a.country
    )


def _side(actor: Actor) -> str:
    """The state an actor stands for, else the actor itself."""
    return actor.country or actor.key


def _political(actor: Actor) -> bool:
    """A state, a state's agent, an organisation or armed group: what diplomacy is about."""
    return (
        actor.kind in ("state", "organisation", "group")
        or (
            actor.kind == "person"
            and (
                actor.country is not None
                or actor.sector is not None  # an office holder ("Member of Parliament X")
                or actor.key.startswith("np:")
            )
        )
        or (actor.kind == "other" and actor.country is not None)
    )


def _crowd_of(actor: Actor) -> bool:
    """Protesters, demonstrators, a crowd: civilians gathered, whose violence is rioting."""
    words = actor.raw.lower().split() if actor.raw else []
    return actor.sector == "CVL" and any(w.rstrip("s") in _CROWD_WORDS for w in words)


def _confidence(found: _Found) -> float:
    resolved = [a.kind != "other" for a in (*found.actors, *found.recipients)]
    return round(0.5 + 0.4 * (sum(resolved) / len(resolved) if resolved else 0), 2)


def _mention_id(article_id: str, sentence: int, start: int, event_type: str) -> str:
    digest = hashlib.sha256(f"{article_id}:{sentence}:{start}:{event_type}".encode())
    return "m_" + digest.hexdigest()[:16]


__all__ = ["Extractor"]

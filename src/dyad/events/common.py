"""What the event extractor's stages share: word lists, data-file readers, small
helpers over actors and dates, and ``_Found`` (a trigger that held, with its
participants)."""

from __future__ import annotations

import hashlib
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import timedelta
from functools import lru_cache
from importlib import resources

from ..models import (
    Actor,
    EventMention,
    Location,
    Token,
)
from .dates import When
from .lexicon import Trigger

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass"})
# Auxiliaries of a will or a refusal: "would not apologise", "will send troops".
_WILL_AUX = frozenset("will would wo 'll shall".split())
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
    "SANCTION": frozenset({"for"}),  # "a travel ban for Colombian officials"
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
# Words that say a sentence tells a journey: a meeting abroad is then a visit to its host
# ("arrived in Moscow for talks"), and a meeting at one side's home a visit by the other.
_TRAVEL = frozenset({"visit", "trip", "tour", "arrive", "land", "visitor", "guest", "host"})
# Quotation marks that open or close a speaker's own words.
_QUOTES = frozenset('"\u201c\u201d')
# Words that open a question clause: "without saying when he would visit" leaves it open.
_QUESTION_WORDS = frozenset({"when", "whether", "if", "where", "how"})
# Verbs besides those of speech whose question clause is left open ("did not disclose when").
_DISCLOSE = frozenset("announce disclose specify reveal indicate know decide".split())
# Verbs of asking, whose question clause is the asker's, not a deed: "asked whether he
# would resume talks with X" (the answer, if any, is the event).
_QUESTIONING = frozenset("ask question press quiz query wonder".split())
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
    "COERCE": _RECIPIENT_PREPS | {"into", "at"},  # "fired water cannon at a Philippine boat"
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
        "reply",
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
        # "affirmed that any levy would be answered": a report, as "said" is
        "affirm",
        "assert",
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
        "propose",  # "proposed a meeting with X": put forward, not held
        "suggest",
    }
)
# Verbs whose object noun's event is not done or ends: "called for talks", "refused
# talks", "called off the strike", "lifted the sanctions"
_ENDING_TYPES = frozenset({"REQUEST", "REJECT", "CONCEDE", "RETREAT"})
# "failed to reach agreement": what someone failed to do did not happen
_FAIL = frozenset({"fail"})
# What an event noun does when it is held: "the meeting did not take place".
_OCCURRING = frozenset({"take", "happen", "occur", "materialise", "materialize", "go"})
# Verbs that put a meeting forward: "proposed talks", "offered a meeting with X".
_PROPOSING = frozenset({"propose", "suggest", "offer"})
# Unnamed commentators whose guesses are no side's deed: "analysts said X could ..."
_PUNDITS = frozenset("analyst expert observer commentator economist scholar pundit critic".split())
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
#: Types of acts between states: none is aimed at the actor's own state's side.
_BETWEEN_STATES = frozenset(
    {"CONSULT", "SUPPORT", "AGREE", "AID", "REQUEST", "REJECT", "COOPERATE", "SANCTION", "THREATEN"}
)
_COUNTERPART_SENTENCES = 8
# a crowd at an embassy that is not protesting ("mourners laid flowers", "seeking visas")
_NOT_PROTESTING = frozenset(
    "reporter journalist mourner mourn visa flower wreath condolence queue vigil evacuation".split()
)
_AGREED_SENTENCES = 3  # "also agreed to ...": close to the meeting it belongs to
# "accusing its western neighbour of ...": words for another state by its tie to the actor
_KIN_STATES = frozenset({"neighbour", "neighbor", "rival", "foe", "adversary", "ally"})
# "accepted the invitation": verbs that answer an offer made by the other side
_ANSWER_VERBS = frozenset({"accept", "take"})
# "expected Russia to support ...": what a state expects of another, when it is an act
_EXPECT = frozenset({"expect", "want"})
_DEMAND_ACTS = frozenset(
    "stop cease end halt refrain respect honour honor abide comply ensure allow let".split()
)
# deeds an accuser charges another state with ("said X sent troops to the rebels")
_ACCUSED_TYPES = frozenset({"AID", "MOBILIZE", "ASSAULT", "FIGHT", "COERCE"})
_ARMED_AID = frozenset("weapon arm troop fighter militant mercenary drone missile".split())
_OBLIGATION = frozenset({"must", "should", "ought"})
_NEEDED = frozenset({"need", "require"})  # "a reform of X was needed / is required"
_NEED_VERBS = frozenset({"need", "have"})  # "Russia needs to withdraw", "has to stop"
# "the most pressing task was to stop ...": what the subject of "be" says is asked for
_DEMAND_SUBJECTS = frozenset("task priority need step thing imperative demand".split())
_RETALIATE = frozenset("respond retaliate reciprocate".split())
_MEASURES = frozenset("measure countermeasure step action".split())
_RESPONSE_NOUNS = frozenset("response retaliation countermeasure reprisal retribution".split())
# A cost a speaker says another side will bear is a threat: "will pay a price", "will face
# consequences"; the verb and the nouns that make it one.
# ("would face severe punishment", "will suffer retaliation": the cost named outright)
_COSTS = frozenset("consequence repercussion punishment retaliation retribution reprisal".split())
_PENALTIES = {
    "pay": frozenset({"price"}),
    "face": _COSTS,
    "bear": _COSTS,
    "suffer": _COSTS,
}
# Verbs of regret at what another side did: "regretted that X had sided with Y".
_REGRETS = frozenset({"regret", "deplore", "lament", "disappoint", "disappointed"})
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
# Remote cues common in other senses of a news sentence ("photos posted online"): they
# make a meeting remote only among the meeting's own words ("met online", "an online summit").
_LOCAL_REMOTE_WORDS = frozenset({"online"})
# What a visitor may carry: remote cues only among the meeting's own words in a visit.
_CARRIED_WORDS = frozenset({"letter", "message"})
# The missions a crowd marches towards: its target's state, and the place of its "in X"
# ("towards the Indian High Commission in Dhaka").
_MARCHED_TO = frozenset({"embassy", "consulate", "chancery", "commission"})
# Dependencies that open another clause, whose words are not the meeting's own.
_OTHER_CLAUSE = frozenset({"conj", "ccomp", "advcl", "relcl", "parataxis", "acl", "xcomp", "csubj"})
_PRONOUNS = frozenset({"he", "she", "him", "her"})
# Nouns that name actors even when no rule resolved who they are ("Spanish authorities",
# "a court in Bishkek"); other unresolved phrases ("mutual understanding") are not actors.
# A state's own bodies named bare ("the cabinet accused ...", "the presidency said ...")
# are actors too, whose state the role rules then find.
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
    chief chairman chairwoman aide premier governor mayor representative expert pilot rival
    faction personnel striker physician lecturer hacker jihadist extremist separatist
    guerrilla cleric villager settler cabinet presidency chancellery chancery
    """.split()
)
# Prepositions whose objects belong to a noun phrase's actors: "the government of X", "the
# accusation by X"; in an object also "an agreement between X and Y", "a treaty with X".
_NP_PREPS = frozenset({"of", "in", "from", "by"})
# Verbs of naming in a free relative: "condemned what he called provocations".
_NAMING_VERBS = frozenset({"call", "describe", "term", "label", "dub", "brand"})
_OBJECT_NP_PREPS = _NP_PREPS | {"between", "among", "with"}
# Nouns of one who speaks for a body: "a spokesman for the ministry" is the ministry's.
_SPEAKING_FOR = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokespeople"})
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
# Verbs by which a side commits itself to give: "pledged to provide X with $37 million".
_PLEDGING = frozenset("pledge promise vow commit undertake".split())
# What a pledge may "provide" that is no material aid: "provide security guarantees".
_UNMATERIAL = frozenset(
    "guarantee assurance support backing protection cooperation help access security".split()
)
# What a running total of aid is counted over: "to date", "over the years", "in total".
_TOTAL_SPANS = frozenset(
    {("to", "date"), ("in", "total"), ("in", "all"), ("over", "year"), ("over", "decade"),
     ("over", "month")}
)  # fmt: skip
# Words that name a sum of money ("deposited $1 billion", "50 million euros").
_MONEY_WORDS = frozenset(
    "million billion trillion dollar euro pound yen yuan riyal dirham rupee franc".split()
)
# Verbs by which a document binds its parties: "a declaration that commits X and Y to".
_BINDING = frozenset("commit bind oblige obligate pledge".split())
# Verbs by which a party undertakes to act: "agreed to reopen", "commits to help".
_UNDERTAKING = frozenset("agree commit pledge undertake promise vow".split())
# Nouns of an undertaking: "reaffirmed its commitment to work toward ..." (to an act: AGREE)
_UNDERTAKING_NOUNS = frozenset("commitment pledge promise undertaking intention".split())
# Acts a commitment to which is support, not an undertaking: "commitment to helping X".
_HELPING = frozenset("help assist aid".split())
# What one is invited to do, whose place names the inviting host: "an invitation to visit X".
_INVITED_TO = frozenset("visit attend come travel go".split())
# What a stance on a deal may name instead of it: "welcomed the signing", "the outcome".
_DEAL_NEWS = frozenset(
    "signing declaration statement communique memorandum ceasefire truce".split()
)
_OUTCOMES = frozenset("outcome result".split())
_TALKS = frozenset("talk summit meeting negotiation visit discussion".split())
# Verbs that tell a signing again ("put their names to the document"); not "initialled",
# a stage of its own. Nouns that name any signed document ("the document", "the text").
_SIGNING_AGAIN = frozenset("sign ink put affix".split())
_PLAIN_DOCUMENTS = frozenset("document text".split())
# Verbs of arriving, whose "in X" is where the meeting joined to them took place.
_ARRIVING = frozenset("arrive land fly travel come".split())
# Words that put a meeting still to come: "at their next summit", "an upcoming meeting".
_COMING = frozenset("next upcoming coming future planned proposed".split())
# Goods arriving: "doses donated by China landed in Phnom Penh".
_DELIVERED = frozenset("arrive land reach dock cross".split())
# Words saying goods that arrive were given, not bought: "free cargoes", "relief aid".
_GIVEN_MARKS = frozenset(
    "aid assistance relief donation donate gift free humanitarian promise pledge grant".split()
)
# People and units a state sends to help another after a disaster: their coming is the gift,
# whatever the sentence calls it ("a team of Japanese rescuers arrived in Turkey").
_HELPERS = frozenset("rescuer firefighter doctor medic nurse paramedic".split())
# ... and units that are such helpers by their modifier: "a search and rescue team", "a field
# hospital", "medical workers" (a team or specialists alone may be soldiers or engineers).
_HELPER_UNITS = frozenset("team unit crew contingent worker specialist expert hospital".split())
_HELPER_MARKS = frozenset("rescue medical relief search firefighting humanitarian field".split())
# Work a sent team does where it went: "Cuban doctors began working in the Bahamas".
_RELIEF_WORK = frozenset("work treat operate search".split())
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
# Words after a demonym that tell origin or language, not whose a person or thing is now:
# "an Australian-born militant", "Russian-speaking residents".
_ORIGIN_WORDS = frozenset("born bred based speaking descended origin".split())
# Weapons, the craft that carry them and uniformed forces, which stand for the state whose
# demonym they bear ("Russian missiles", "Israeli jets", "Belarusian border guards"); not
# fighters or militias, who are no state.
_WEAPON_CARRIERS = frozenset(
    """strike airstrike jet warplane aircraft plane helicopter warship ship vessel tank guard
    troop soldier force army navy police bomber fighter-bomber interceptor gunship frigate
    destroyer corvette cruiser submarine gunboat cutter coastguard battleship commando
    paratrooper marine sailor airman battalion brigade regiment platoon convoy""".split()
)


def _last_word(actor: Actor) -> str:
    """The head word of how the text names an actor, without a plural "s" ("jets")."""
    words = actor.raw.lower().split() if actor.raw else [""]
    return words[-1].rstrip("s")


def _weapon_words(actor: Actor) -> bool:
    return _last_word(actor) in _WEAPONS | _WEAPON_CARRIERS


# What is seized whose flag or owner is a state: "seized a Greek-flagged tanker".
_SEIZABLE = frozenset(
    """ship vessel tanker boat trawler freighter carrier aircraft plane jet cargo shipment
    consignment asset property""".split()
)
# Envoys and missions, posted "to" or "in" their host state.
_ENVOY_WORDS = frozenset(
    "ambassador envoy diplomat embassy consulate mission consul representative".split()
)
# Types whose target may be named only by a demonym on the thing acted on ("seized a
# Greek-flagged tanker", "rejected a Ukrainian plan"); not AID ("delivered Chinese vaccines").
_OWNED_OBJECT_TYPES = frozenset({"REJECT", "COERCE", "SANCTION", "ACCUSE"})
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
    # "condemned a violent protest by farmers": the protesters
    **dict.fromkeys("protest demonstration rally riot".split(), ("PROTEST",)),
    **dict.fromkeys(_GENERIC_ACTS, ("ASSAULT", "COERCE")),
}
# Words for what one side told another, which an answer refers back to ("rejected the
# demands", "dismissed the protests" after a protest note, "shrugged off the warning"):
# whoever told it before. Only answers read them so; a thing's owner still counts
# ("rejected the appeal of two activists").
_TOLD_NOUNS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys("demand request appeal ultimatum".split(), ("REQUEST",)),
    **dict.fromkeys("warning threat".split(), ("THREATEN",)),
    **dict.fromkeys("complaint condemnation protest".split(), ("ACCUSE",)),
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
    residence ceremony hotel headquarters building hall base airbase airport estate resort
    retreat villa ranch dacha compound castle manor lodge centre center venue""".split()
)
_AGENT_SECTORS = frozenset({"GOV", "MIL", "COP", "LEG", "JUD"})
# What someone may refuse to do: saying they will not is a REJECT.
_COOPERATIVE = frozenset({"AGREE", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "CONSULT"})
# COERCE modes a government imposes on its own land, with no one else as target.
_DOMESTIC_MODES = frozenset({"martial-law", "curfew"})
_FORCES = frozenset("troop soldier force army peacekeeper contingent battalion unit".split())
# Police a state sends abroad are a force it sends as well ("deployed 400 police officers").
_POLICE = frozenset("police policeman officer gendarme".split())
# What an attack fires or uses, not what it hits.
_WEAPONS = frozenset(
    """missile rocket shell bomb drone round projectile grenade mortar artillery salvo
    barrage fire shot weapon munition torpedo warhead bullet gun""".split()
)
# What someone asks or offers, whose "of"/"by" is its author: "the demands of the miners".
_PETITIONS = frozenset("demand request call appeal plea proposal offer condition".split())
_BORDERS = frozenset({"border", "frontier", "boundary"})
_WHERE_PREPS = frozenset("in across near inside outside along at".split())
# Home places a state's speaker names as its own ("attacked the capital", "shelled
# positions inside its territory")
_HOME_PLACES = frozenset({"capital", "country", "territory", "soil"})
# "called for sanctions against X", "talks with X": whom the act asked for is aimed at
_ASKED_FOR_PREPS = frozenset({"against", "on", "with", "to", "toward", "towards", "into"})
# Verbs of blame received: "faces criticism from X", "drew condemnation from X".
_BLAME_RECEIVED = frozenset({"face", "draw"})
# Pressure whose negated passive is a refusal of the one pressing: "will not be bullied".
_PRESSED = frozenset({"intimidate", "bully", "blackmail", "cow"})
# Acts whose negation is itself a refusal, whatever the tense: "does not recognise X".
_ACCEPTING = frozenset("accept recognise recognize acknowledge endorse".split())
# Giving way, whose refusal without an object ("will not back down") is resolve, not REJECT.
_GIVING_WAY = frozenset("back give cave compromise budge relent yield".split())
# "has no intention of ...", "has no plans to ...": the nouns of a disavowed intent.
_INTENT_NOUNS = frozenset("intention intent plan desire wish".split())
# A side's part in a deed, which "was not ..." denies: "responsible", "involved", "behind".
_PART_IN_DEED = frozenset("responsible involve involved complicit behind".split())
# Forsaking a partner: "will not abandon Ukraine" affirms support.
_FORSAKE = frozenset("abandon desert forsake betray".split())
# "will not lift the sanctions until X ...": the condition a refusal sets on another side
_CONDITIONS = frozenset({"until", "unless", "till", "before"})
# Where a one-party act (a protest, a mobilisation, a ceasefire) happens: its target's place.
_ONE_PARTY_PLACE_PREPS = frozenset("in into on across near inside along throughout around".split())
# Parts of a place: "in parts of Kashmir", "in several areas of Idlib" are the place's.
_PORTIONS = frozenset("part area region district province outskirts parts".split())
# Nouns that make a phrase a place of the place name it holds ("the port of Mombasa",
# "the Normandy beaches", "Borno state"): where something is done, no party to it.
_PLACE_NOUNS = frozenset(
    """city town village port harbour harbor base province state region district county
    area island islands coast beach beaches resort capital""".split()
)
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
# People a state may arrest, jail or send away; marked by another state's nationality ("a
# Dutch tourist", "two Thai fishermen") the act on them is one on that state.
_FOREIGN_HELD = _HELD_PEOPLE | frozenset(
    """reporter correspondent people person man woman tourist trader businessman
    businesswoman sailor seaman crew pilot traveller traveler visitor academic researcher
    scholar engineer executive adviser advisor missionary aid""".split()
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
# "prompting Israel to recall its envoys": verbs whose object does what their xcomp says
_CAUSING = frozenset("prompt force lead cause spur compel push drive".split())
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
    r"\b(hours|minutes) (earlier|before|after|later)\b|\bearlier (in the day|on|today)\b"
    r"|\b(has|have) just\b",
    re.IGNORECASE,
)
_NUMBERS = {"a": 1, "one": 1, "the": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_DAYS_APART = re.compile(r"\b(a|one|the|two|three|four|five|six|\d) days? (after|before)\b")
# "came days after X issued ...", "weeks before": an earlier act whose day is not told
_UNCOUNTED_APART = re.compile(r"(?:\b(\w+) |, )(days|weeks|months|years) (after|before)\b")
# "comes two weeks after": a counted span of weeks or more marks a background act
_LONG_APART = re.compile(r"\b\w+ (weeks?|months?|years?) (after|before)\b")
# "reported on Thursday that ...": the day of a report, just before its date words
_REPORTED_ON = re.compile(r"\breported\s+(?:(?:late|early)\s+)?(?:on\s+)?$")
# "four years in which ...": spans of time whose relative clause tells what filled them
_TIME_SPANS = frozenset({"year", "month", "week", "decade", "period", "era"})
# "is due to attend": a timetable the reporter gives
# ("was expected to meet", "observers expect X to offer": a forecast, not a deed; "is set
# to visit": a timetable)
_TIMETABLE = frozenset(
    {"due", "schedule", "scheduled", "slate", "slated", "expect", "expected", "set"}
)
# "warned that X could ...": verbs whose content is a fear or a claim about another side
_FEARED = frozenset({"warn", "fear", "suspect", "worry", "claim", "allege"})
# "announced the same night": the day of the event told just before
_SAME_DAY = re.compile(  # sentence-initial too: "That evening, Rome recalled its envoy"
    r"\b(the same|that) (day|night|evening|morning|afternoon)\b|\bat the same time\b"
    # "In the same statement, the council urged ...": the statement told before, its day
    r"|\b(?:in|during) (?:the same|that) (?:statement|speech|address|interview|letter"
    r"|communique|briefing|declaration|post|message)\b",
    re.IGNORECASE,
)
# "during that call": the meeting or call told before
_THAT_CONTACT = re.compile(
    r"\b(during|at|in|after) (that|the|this) (call|conversation|meeting|talks|summit|visit)\b",
    re.IGNORECASE,
)
# "over the past two years", "in recent years": a span of time, so a practice
_SPAN_PREPS = frozenset({"over", "in", "during", "for", "throughout"})
_LONG_SPANS = frozenset({"year", "decade", "century"})  # not "in recent months": news
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
# Nouns that count an event, whose verb carries it: "held a new round of talks", "launched
# a barrage of strikes on the port".
_ROUNDS = frozenset(
    "round series phase wave cycle set session string spate flurry barrage volley salvo "
    "burst streak succession".split()
)
# Spans and counts that measure an event the same way: "began three days of drills",
# "carried out dozens of strikes" (the verb carries the event, not the span).
_SPANS = frozenset("day week month hour night weekend dozen hundred".split())
# Formal agreements whose conclusion is a signing in PLOVER's sense (SUPPORT, CAMEO 057).
_FORMAL_DEALS = frozenset("agreement deal accord treaty pact memorandum".split())
# What a party acts "under" when a signed text binds it: "under its terms", "under the pact".
_SIGNED_TERMS = _FORMAL_DEALS | frozenset("term terms declaration protocol".split())
# Words that make a signed text's terms conditional: "provided the rebels keep their word".
_PROVISOS = frozenset({"provided", "providing", "if", "unless"})
_HABITUAL = frozenset(
    {"repeatedly", "regularly", "frequently", "often", "previously", "times", "rarely", "seldom"}
)  # an event this long before the story's own date is background


@dataclass(frozen=True, slots=True)
class _Found:
    """A trigger that held, with its participants, before dating and crosswalk."""

    trigger: Token
    rule: Trigger
    actors: tuple[Actor, ...]
    recipients: tuple[Actor, ...]
    part: str = ""  # which of the conversations one verb tells ("with X and, separately, with Y")

    @property
    def countries(self) -> set[str]:
        return {a.country for a in (*self.actors, *self.recipients) if a.country}


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
            "d'affaires": "GOV",  # "Iraq's chargé d'affaires" (a proper noun keeps its -s)
            "d'affaire": "GOV",
            "consul": "GOV",
            "commissioner": "GOV",  # "Canada's high commissioner"
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


# An entry's own preposition that names whom the act is aimed at ("stood behind X", "stands
# by X", "balked at X", "railed against X", "paid a courtesy call on X"); not "over" or "in",
# which name things and places.
_AIMING_PARTICLES = frozenset({"at", "behind", "by", "against", "on"})


def _placed_in_text(e: EventMention) -> bool:
    """Whether the mention's place is written in its own sentence."""
    return bool(e.location.country and e.location.name and e.location.name in e.evidence.sentence)


def _recipient_preps(rule: Trigger) -> frozenset[str]:
    preps = _TYPE_PREPS.get(rule.type, _RECIPIENT_PREPS)
    if rule.particle in _AIMING_PARTICLES:  # "stood behind Kyiv", "balked at the plan"
        preps = preps | {rule.particle}
    if rule.type == "ACCUSE" and rule.particle == "out":  # "lashed out at", "hit out at"
        preps = preps | {"at"}
    if rule.cameo == "114" and rule.particle == "in":  # "called in the Swiss envoy"
        preps = preps | {"in"}  # the envoy summoned stands for its state
    if rule.pos == "NOUN" and rule.particle == "of":  # "Germany's criticism of Hungary"
        preps = preps | {"of"}
    if rule.type == "ASSAULT" and rule.symmetric:  # "clashed with X", "traded fire with X"
        preps = preps | {"with"}
    if rule.mode == "expel":  # "expelled three diplomats in solidarity with Washington"
        preps = preps - {"with"}
    if rule.particle == "with" and rule.type == "REQUEST":  # "pleaded with X not to ..."
        preps = preps | {"with"}  # the one pleaded with is asked
    if rule.type == "REQUEST" and rule.pos == "VERB":  # "demanded an apology from Turkey":
        preps = preps | {"from"}  # the one it is asked of (not "a request from X", X's own)
    if rule.particle in ("with", "in") and rule.type == "AID":
        # "deposited $2 billion with X / in X's central bank": the entry's own preposition
        preps = preps | {rule.particle}
    if rule.host and rule.type == "AID":  # "received doses from India": the giver
        return frozenset({"from", "through", "via"})  # "through the COVAX facility"
    if rule.host and rule.type == "CONSULT" and rule.pos == "NOUN":
        # "rolled out the red carpet for X", "a warm welcome to X": the guest
        return preps | {"to", "for"}
    if rule.type == "CONSULT" and (rule.mode == "phone" or rule.particle == "to"):
        return preps | {"to"}  # "spoke to X by telephone", "had spoken to X"
    return preps | {"to", "into"} if rule.mode == "visit" else preps  # "flew into Kabul"


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

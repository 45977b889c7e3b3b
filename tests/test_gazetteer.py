"""The gazetteer: normalised names, and longest-match scanning over tokens.

No spaCy here: tokens are cut by a small regex (words and single punctuation marks),
which is all ``Gazetteer.scan`` looks at (text and offsets).
"""

from __future__ import annotations

import re

import pytest

from dyad.actors.gazetteer import Entry, Gazetteer, norm
from dyad.actors.kb import load_kb
from dyad.actors.lexicon import load_lexicon
from dyad.models import Token

_TOKEN = re.compile(r"\w+|[^\w\s]")


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer(load_kb(), load_lexicon())


def tokenise(text: str, base: int = 0) -> list[Token]:
    """Tokens as the annotator would give them; ``base`` is the index of the first one."""
    return [
        Token(base + n, m.start(), m.end(), m.group(), m.group(), "PROPN", "NNP", "", base + n, 0)
        for n, m in enumerate(_TOKEN.finditer(text))
    ]


def scan(gazetteer: Gazetteer, text: str, base: int = 0) -> list[tuple[str, set[tuple[str, str]]]]:
    """(surface, {(kind, ref)}) for every match, in order."""
    tokens = tokenise(text, base)
    by_index = {t.i: t for t in tokens}
    return [
        (
            text[by_index[m.first].start : by_index[m.last - 1].end],
            {(e.kind, e.ref) for e in m.entries},
        )
        for m in gazetteer.scan(tokens, text)
    ]


# ---- norm -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Çavuşoğlu", "cavusoglu"),
        ("Mevlüt  Çavuşoğlu", "mevlut cavusoglu"),
        ("CAVUSOGLU", "Cavusoglu"),
        ("Türkiye", "turkiye"),
        ("Côte d’Ivoire", "cote d'ivoire"),
        ("Kassym‑Jomart", "kassym-jomart"),  # non-breaking hyphen
        ("Yıldırım", "yildirim"),
    ],
)
def test_norm_folds_case_accents_and_punctuation_variants(a, b):
    assert norm(a) == norm(b)


def test_norm_keeps_different_names_apart():
    assert norm("Wang Yi") != norm("Wangyi")
    assert norm("Tokayev") != norm("Tokaev")  # spelling variants come from the KB, not folding


# ---- lookup -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("Turkey", Entry("state", "TUR")),
        ("Türkiye", Entry("state", "TUR")),
        ("Turkish", Entry("demonym", "TUR")),
        ("Ankara", Entry("capital", "TUR")),
        ("Astana", Entry("capital", "KAZ")),
        ("Nur-Sultan", Entry("capital", "KAZ")),
        ("Mevlut Chavushoglu", Entry("person", "mevlut-cavusoglu")),
        ("Mevlüt Çavuşoğlu", Entry("person", "mevlut-cavusoglu")),
        ("Chavushoglu", Entry("surname", "mevlut-cavusoglu")),
        ("Tokaev", Entry("surname", "kassym-jomart-tokayev")),
        ("Zelenskyy", Entry("surname", "volodymyr-zelensky")),
        ("SCO", Entry("org", "sco", True)),
        ("NATO", Entry("org", "nato", True)),
        ("UN Security Council", Entry("org", "unsc")),
        ("foreign minister", Entry("title", "foreign minister")),
        ("Foreign Minister", Entry("title", "foreign minister")),
    ],
)
def test_lookup(gazetteer, text, entry):
    assert entry in gazetteer.lookup(text)


def test_lookup_of_unknown_text_is_empty(gazetteer):
    assert gazetteer.lookup("Arman Seitkali") == ()
    assert gazetteer.lookup("") == ()


def test_pair_phrases_are_known(gazetteer):
    for phrase in ("the two sides", "both countries"):
        assert any(e.kind == "pair" for e in gazetteer.lookup(phrase)), phrase


# ---- scan -----------------------------------------------------------------------------------


def test_scan_finds_names_with_their_token_spans(gazetteer):
    text = "Turkish Foreign Minister Mevlut Cavusoglu flew to Astana."
    assert scan(gazetteer, text) == [
        ("Turkish", {("demonym", "TUR")}),
        ("Foreign Minister", {("title", "foreign minister")}),
        ("Mevlut Cavusoglu", {("person", "mevlut-cavusoglu")}),
        ("Astana", {("capital", "KAZ")}),
    ]


def test_scan_prefers_the_longest_match(gazetteer):
    found = scan(
        gazetteer, "The UN Security Council met, and the Shanghai Cooperation Organisation."
    )
    assert [s for s, _ in found] == ["UN Security Council", "Shanghai Cooperation Organisation"]
    assert ("org", "unsc") in found[0][1] and ("org", "sco") in found[1][1]


def test_scan_joins_tokens_written_without_spaces(gazetteer):
    found = scan(
        gazetteer, "Kassym-Jomart Tokayev met officials of the People's Republic of China."
    )
    surfaces = dict(found)
    assert ("person", "kassym-jomart-tokayev") in surfaces["Kassym-Jomart Tokayev"]
    assert ("state", "CHN") in surfaces["People's Republic of China"]


def test_scan_reports_article_token_indices(gazetteer):
    tokens = tokenise("Later, NATO replied.", base=40)
    (match,) = gazetteer.scan(tokens, "Later, NATO replied.")
    assert (match.first, match.last) == (42, 43)
    assert match.of("org") is not None and match.of("org").ref == "nato"
    assert match.of("state", "person") is None


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The WHO sent doctors.", ["WHO"]),
        ("Nobody knows who sent them.", []),
        ("The US and China agreed.", ["US", "China"]),
        ("He told us about it.", []),
        ("The SCO met.", ["SCO"]),
        ("The sco met.", []),
        ("Turkey and Kazakhstan met.", ["Turkey", "Kazakhstan"]),
        ("a turkey and a chad sandwich.", []),  # names are capitalised
        ("Lithuania left the 17+1 format.", ["Lithuania", "17+1"]),  # or start with a digit
    ],
)
def test_acronyms_only_in_capitals_and_names_capitalised(gazetteer, text, found):
    assert [s for s, _ in scan(gazetteer, text)] == found


def test_titles_match_in_any_case(gazetteer):
    assert scan(gazetteer, "the foreign minister said")[0] == (
        "foreign minister",
        {("title", "foreign minister")},
    )


def test_matches_do_not_overlap(gazetteer):
    text = "Chinese State Councilor and Foreign Minister Wang Yi met the Turkish side."
    tokens = tokenise(text)
    matches = gazetteer.scan(tokens, text)
    covered = [i for m in matches for i in range(m.first, m.last)]
    assert len(covered) == len(set(covered))
    assert covered == sorted(covered)


LONG_NAMES = [
    ("Organization for Security and Co-operation in Europe", "osce"),
    ("Cooperation Council for the Arab States of the Gulf", "gcc"),
    ("Conference on Interaction and Confidence-Building Measures in Asia", "cica"),
]


def test_long_kb_names_match_whole(gazetteer):
    for name, org_id in LONG_NAMES:
        assert any(e.ref == org_id for e in gazetteer.lookup(name)), name  # the KB has it
    missed = [
        name
        for name, org_id in LONG_NAMES
        if ("org", org_id) not in dict(scan(gazetteer, f"The {name} met.")).get(name, set())
    ]
    assert missed == []


def test_a_name_written_as_in_the_kb_matches_even_in_lower_case(gazetteer):
    assert any(e.ref == "al-shabaab" for e in gazetteer.lookup("al-Shabaab"))
    found = dict(scan(gazetteer, "Kenya said al-Shabaab fighters attacked a base."))
    assert ("org", "al-shabaab") in found.get("al-Shabaab", set())

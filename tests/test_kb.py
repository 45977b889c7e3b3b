"""The actor knowledge base: the shipped data is valid and the loader is strict."""

from __future__ import annotations

import re
import shutil
from datetime import date
from importlib import resources
from pathlib import Path

import pytest

from dyad.actors.kb import TITLES, KnowledgeBase, KnowledgeBaseError, load_kb, normalise

NON_UN_MEMBERS = {"VAT", "PSE", "TWN", "XKX", "HKG", "MAC", "COK", "NIU"}
DATA = Path(str(resources.files("dyad.actors").joinpath("data")))
KB_FILES = ("states.toml", "organisations.toml", "people.toml")

# The states whose heads of state, heads of government and foreign ministers
# people.toml must cover (G20 members, Central Asia and the others listed in
# data/README.md).
COVERED = (
    "ARG AUS BRA CAN CHN FRA DEU IND IDN ITA JPN MEX RUS SAU ZAF KOR TUR GBR USA "
    "KAZ KGZ TJK TKM UZB UKR IRN ISR PAK AFG EGY ARE QAT BLR PRK VNM PHL NGA KEN ETH "
    "POL HUN SRB AZE ARM GEO VEN COL CHL"
).split()


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_kb()


def ymd(text: str) -> date:
    return date.fromisoformat(text)


# --------------------------------------------------------------------------
# States
# --------------------------------------------------------------------------


def test_every_un_member_and_the_six_others_are_present(kb: KnowledgeBase) -> None:
    codes = [s.iso3 for s in kb.states]
    assert len(codes) == len(set(codes)), "duplicate ISO3 codes"
    assert NON_UN_MEMBERS <= set(codes)
    assert len(set(codes) - NON_UN_MEMBERS) == 193
    assert all(re.fullmatch(r"[A-Z]{3}", c) for c in codes)


def test_cow_codes_are_unique_and_absent_only_where_none_exists(kb: KnowledgeBase) -> None:
    cows = [s.cow for s in kb.states if s.cow is not None]
    assert len(cows) == len(set(cows))
    no_cow = {"VAT", "PSE", "HKG", "MAC", "COK", "NIU"}
    assert {s.iso3 for s in kb.states if s.cow is None} == no_cow
    expected = {"USA": 2, "GBR": 200, "DEU": 255, "RUS": 365, "SRB": 345, "TUR": 640,
                "CHN": 710, "TWN": 713, "XKX": 347, "KAZ": 705, "UZB": 704, "KGZ": 703,
                "TJK": 702, "TKM": 701, "VNM": 816, "YEM": 679, "SSD": 626}  # fmt: skip
    assert {iso3: kb.state(iso3).cow for iso3 in expected} == expected


def test_states_are_in_name_order(kb: KnowledgeBase) -> None:
    names = [s.name for s in kb.states]
    assert names == sorted(names, key=str.casefold)


def test_turkey_names_and_demonyms(kb: KnowledgeBase) -> None:
    turkey = kb.state("TUR")
    assert "Türkiye" in turkey.aliases
    assert "Turkish" in turkey.demonyms
    for text in ("Türkiye", "TURKIYE", "Republic of Turkey", "turkey"):
        assert kb.state_by_name(text) is turkey
    assert kb.state_by_demonym("Turks") is turkey
    assert kb.state_by_place("Ankara") is turkey


@pytest.mark.parametrize(
    ("text", "iso3"),
    [("Swaziland", "SWZ"), ("Eswatini", "SWZ"), ("Burma", "MMR"), ("Myanmar", "MMR"),
     ("Ivory Coast", "CIV"), ("Côte d'Ivoire", "CIV"), ("Cote d’Ivoire", "CIV"),
     ("Britain", "GBR"), ("Great Britain", "GBR"), ("UK", "GBR"), ("U.S.", "USA"),
     ("USA", "USA"), ("America", "USA"), ("PRC", "CHN"), ("DPRK", "PRK"),
     ("North Korea", "PRK"), ("ROK", "KOR"), ("UAE", "ARE"), ("DRC", "COD"),
     ("Czech Republic", "CZE"), ("North Macedonia", "MKD"), ("Holy See", "VAT"),
     ("Vatican", "VAT"), ("Chinese Taipei", "TWN"), ("Kosovo", "XKX")],
)  # fmt: skip
def test_state_names_and_aliases(kb: KnowledgeBase, text: str, iso3: str) -> None:
    assert kb.state_by_name(text).iso3 == iso3


@pytest.mark.parametrize(
    ("text", "iso3"),
    [("Kazakh", "KAZ"), ("Kazakhstani", "KAZ"), ("Kazakhs", "KAZ"), ("American", "USA"),
     ("Americans", "USA"), ("British", "GBR"), ("Briton", "GBR"), ("Emirati", "ARE"),
     ("Saudi", "SAU"), ("Filipino", "PHL"), ("Philippine", "PHL"), ("Chinese", "CHN"),
     ("Uzbek", "UZB"), ("Kyrgyz", "KGZ"), ("Tajik", "TJK"), ("Turkmen", "TKM")],
)  # fmt: skip
def test_demonyms(kb: KnowledgeBase, text: str, iso3: str) -> None:
    assert kb.state_by_demonym(text).iso3 == iso3


@pytest.mark.parametrize(
    ("text", "iso3"),
    [("TASHKENT", "UZB"), ("NUR-SULTAN", "KAZ"), ("Nur-Sultan", "KAZ"), ("Astana", "KAZ"),
     ("Almaty", "KAZ"), ("Samarkand", "UZB"), ("BEIJING", "CHN"), ("Shanghai", "CHN"),
     ("Moscow", "RUS"), ("the Kremlin", "RUS"), ("St. Petersburg", "RUS"),
     ("Istanbul", "TUR"), ("Washington", "USA"), ("the White House", "USA"),
     ("New York", "USA"), ("Downing Street", "GBR"), ("Whitehall", "GBR"),
     ("the Elysee", "FRA"), ("Élysée", "FRA"), ("Kyiv", "UKR"), ("Kiev", "UKR"),
     ("Jerusalem", "ISR"), ("Seoul", "KOR"), ("Pyongyang", "PRK"), ("Tokyo", "JPN"),
     ("Geneva", "CHE"), ("Davos", "CHE"), ("Bishkek", "KGZ"), ("Dushanbe", "TJK"),
     ("Ashgabat", "TKM")],
)  # fmt: skip
def test_places_resolve_datelines(kb: KnowledgeBase, text: str, iso3: str) -> None:
    assert kb.state_by_place(text).iso3 == iso3


def test_acronyms_keep_their_case(kb: KnowledgeBase) -> None:
    assert kb.state_by_name("US").iso3 == "USA"
    assert kb.state_by_name("us") is None
    assert kb.state_by_name("car") is None
    assert kb.organisation("WHO").id == "who"
    assert kb.organisation("who") is None


def test_ambiguous_names_are_left_out(kb: KnowledgeBase) -> None:
    assert kb.state_by_demonym("Congolese") is None
    assert kb.state_by_name("Korea") is None
    assert kb.state_by_name("Georgia").iso3 == "GEO"
    assert kb.state_by_place("Atlanta").iso3 == "USA"


def test_every_state_has_its_capital_as_a_place(kb: KnowledgeBase) -> None:
    for state in kb.states:
        assert kb.state_by_place(state.capital) is state, state.iso3


# --------------------------------------------------------------------------
# Organisations
# --------------------------------------------------------------------------


def test_organisation_members_and_countries_exist(kb: KnowledgeBase) -> None:
    for org in kb.organisations:
        for iso3 in (*(org.members or ()), *([org.country] if org.country else [])):
            assert kb.state(iso3) is not None, (org.id, iso3)
        if org.members is not None:
            assert len(org.members) == len(set(org.members)), org.id
        assert org.kind in {"igo", "ngo", "group", "agency", "company", "party"}
        if org.kind in ("agency", "company", "party"):
            assert org.country is not None, org.id


@pytest.mark.parametrize(
    ("text", "org_id"),
    [("UN", "un"), ("United Nations", "un"), ("UN Security Council", "unsc"),
     ("UN nuclear watchdog", "iaea"), ("SCO", "sco"), ("Shanghai Cooperation Organization", "sco"),
     ("EAEU", "eaeu"), ("CSTO", "csto"), ("NATO", "nato"), ("EU", "eu"),
     ("European Commission", "european-commission"), ("OSCE", "osce"), ("ASEAN", "asean"),
     ("BRICS", "brics"), ("AU", "au"), ("ECOWAS", "ecowas"), ("Arab League", "arab-league"),
     ("GCC", "gcc"), ("OPEC+", "opec-plus"), ("CICA", "cica"), ("G20", "g20"), ("Quad", "quad"),
     ("AUKUS", "aukus"), ("Turkic Council", "ots"), ("ICJ", "icj"), ("Red Cross", "icrc"),
     ("ETIM", "etim"), ("East Turkestan Islamic Movement", "etim"), ("Taliban", "taliban"),
     ("Daesh", "isis"), ("ISIL", "isis"), ("al-Qaida", "al-qaeda"), ("Ansar Allah", "houthis"),
     ("Hezbollah", "hezbollah"), ("PKK", "pkk"), ("Wagner Group", "wagner")],
)  # fmt: skip
def test_organisation_lookup(kb: KnowledgeBase, text: str, org_id: str) -> None:
    assert kb.organisation(text).id == org_id


def test_well_known_memberships(kb: KnowledgeBase) -> None:
    assert len(kb.organisation_by_id("eu").members) == 27
    assert len(kb.organisation_by_id("nato").members) == 32
    assert set(kb.organisation_by_id("sco").members) >= {"CHN", "RUS", "KAZ", "UZB", "KGZ", "TJK"}
    assert kb.organisation_by_id("etim").country == "CHN"
    assert kb.organisation_by_id("un").members is None  # every UN member: not repeated


# --------------------------------------------------------------------------
# People
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "person_id"),
    [("Cavusoglu", "mevlut-cavusoglu"), ("Çavuşoğlu", "mevlut-cavusoglu"),
     ("Chavushoglu", "mevlut-cavusoglu"), ("Mevlüt Çavuşoğlu", "mevlut-cavusoglu"),
     ("MEVLUT CAVUSOGLU", "mevlut-cavusoglu"), ("Tokayev", "kassym-jomart-tokayev"),
     ("Tokaev", "kassym-jomart-tokayev"), ("Kassym-Jomart Tokayev", "kassym-jomart-tokayev"),
     ("Zelensky", "volodymyr-zelensky"), ("Zelenskyy", "volodymyr-zelensky"),
     ("Zelenskiy", "volodymyr-zelensky"), ("Sergey Lavrov", "sergey-lavrov"),
     ("Sergei Lavrov", "sergey-lavrov"), ("Lavrov", "sergey-lavrov"),
     ("S. Jaishankar", "s-jaishankar"), ("Subrahmanyam Jaishankar", "s-jaishankar"),
     ("Recep Tayyip Erdogan", "recep-tayyip-erdogan"), ("Erdoğan", "recep-tayyip-erdogan"),
     ("Shavkat Mirziyoyev", "shavkat-mirziyoyev"), ("Mirziyoev", "shavkat-mirziyoyev"),
     ("Wang Yi", "wang-yi"), ("Kishida Fumio", "fumio-kishida"),
     ("Lavrov Sergey", "sergey-lavrov")],
)  # fmt: skip
def test_name_variants_find_one_person(kb: KnowledgeBase, text: str, person_id: str) -> None:
    assert [p.id for p in kb.people_named(text)] == [person_id]


def test_a_bare_surname_may_name_several_people(kb: KnowledgeBase) -> None:
    ids = {p.id for p in kb.people_named("Wang")}
    assert "wang-yi" in ids
    assert {"li-keqiang", "li-qiang"} <= {p.id for p in kb.people_named("Li")}


def test_wang_yi_and_qin_gang_offices_by_date(kb: KnowledgeBase) -> None:
    wang = kb.people_named("Wang Yi")[0]
    assert wang.office_on(ymd("2020-12-14")).title == "foreign minister"
    assert "state councilor" in {o.title for o in wang.offices_on(ymd("2020-12-14"))}
    assert wang.office_on(ymd("2023-03-01")).title != "foreign minister"
    assert wang.office_on(ymd("2024-01-01")).title == "foreign minister"
    assert kb.person("qin-gang").office_on(ymd("2023-03-01")).title == "foreign minister"
    assert kb.person("qin-gang").office_on(ymd("2023-07-25")).title != "foreign minister"


@pytest.mark.parametrize(
    ("person_id", "day", "title"),
    [("kassym-jomart-tokayev", "2019-03-19", "chairman of the senate"),
     ("kassym-jomart-tokayev", "2019-03-20", "president"),
     ("nursultan-nazarbayev", "2019-03-19", "president"),
     ("shavkat-mirziyoyev", "2016-10-01", "acting president"),
     ("shavkat-mirziyoyev", "2016-12-14", "president"),
     ("mevlut-cavusoglu", "2023-06-03", "foreign minister"),
     ("hakan-fidan", "2023-06-04", "foreign minister"),
     ("dmitry-medvedev", "2020-01-15", "prime minister"),
     ("mikhail-mishustin", "2020-01-16", "prime minister"),
     ("donald-trump", "2025-01-20", "president"),
     ("friedrich-merz", "2025-05-06", "chancellor"),
     ("mark-carney", "2025-03-14", "prime minister"),
     ("lee-jae-myung", "2025-06-04", "president"),
     ("marco-rubio", "2025-06-01", "foreign minister"),
     ("antonio-guterres", "2020-01-01", "secretary-general")],
)  # fmt: skip
def test_offices_on_key_dates(kb: KnowledgeBase, person_id: str, day: str, title: str) -> None:
    office = kb.person(person_id).office_on(ymd(day))
    assert office is not None and office.title == title


def test_no_office_outside_its_dates(kb: KnowledgeBase) -> None:
    assert kb.person("mevlut-cavusoglu").office_on(ymd("2023-06-04")) is None
    assert kb.person("donald-trump").office_on(ymd("2022-01-01")) is None


def test_every_person_is_well_formed(kb: KnowledgeBase) -> None:
    ids = [p.id for p in kb.people]
    assert len(ids) == len(set(ids))
    for person in kb.people:
        assert kb.state(person.country) is not None, person.id
        assert person.name.isascii(), person.id
        starts = [o.start for o in person.offices]
        assert starts == sorted(starts), person.id
        for office in person.offices:
            assert office.end is None or office.start < office.end, person.id
            assert office.title in TITLES, (person.id, office.title)
            if office.org is not None:
                assert kb.organisation_by_id(office.org) is not None, (person.id, office.org)
            if office.sector == "IGO":
                assert office.org is not None, person.id


@pytest.mark.parametrize("iso3", COVERED)
def test_covered_states_have_leaders_and_foreign_ministers(kb: KnowledgeBase, iso3: str) -> None:
    def held(titles: set[str]) -> bool:
        return any(
            o.title in titles
            and o.start <= ymd("2025-12-31")
            and (o.end or ymd("9999-12-31")) > ymd("2015-01-01")
            for p in kb.people
            if p.country == iso3
            for o in p.offices
        )

    assert held({"foreign minister"}), iso3
    assert held({"president", "acting president", "king", "emir", "supreme leader",
                 "prime minister", "chancellor"}) or iso3 in {"AUS", "CAN"}  # fmt: skip


def test_approximate_dates_are_on_the_first(kb: KnowledgeBase) -> None:
    for line in (DATA / "people.toml").read_text(encoding="utf-8").splitlines():
        if line.lstrip().startswith("{") and "# approx. day" in line:
            assert re.search(r'"\d{4}-\d{2}-01"', line), line


def test_files_carry_the_version(kb: KnowledgeBase) -> None:
    assert dict(kb.versions) == {
        "states.toml": "2026.11.6",
        "organisations.toml": "2026.11.5",
        "people.toml": "2026.11.9",
    }


@pytest.mark.parametrize(
    ("name", "day", "person_id", "title"),
    [
        ("Zakharova", "2021-04-15", "maria-zakharova", "spokesperson"),
        ("Merrick Garland", "2021-04-16", "merrick-garland", "justice minister"),
        ("Avril Haines", "2021-04-16", "avril-haines", "intelligence chief"),
        ("John Bolton", "2019-01-10", "john-bolton", "national security adviser"),
        ("Vikram Misri", "2024-10-23", "vikram-misri", "deputy foreign minister"),
        ("Mohamed Bazoum", "2023-07-01", "mohamed-bazoum", "president"),
        ("Guo Jiakun", "2026-03-02", "guo-jiakun", "spokesperson"),
        ("Esmaeil Baghaei", "2025-06-20", "esmaeil-baghaei", "spokesperson"),
        ("Randhir Jaiswal", "2025-05-10", "randhir-jaiswal", "spokesperson"),
        ("Albares", "2024-05-20", "jose-manuel-albares", "foreign minister"),
        ("Bakary Yaou Sangare", "2024-03-01", "bakary-yaou-sangare", "foreign minister"),
    ],
)
def test_security_teams_and_spokespeople_carry_dated_offices(
    kb: KnowledgeBase, name: str, day: str, person_id: str, title: str
) -> None:
    (person,) = kb.people_named(name)
    assert person.id == person_id
    office = person.office_on(date.fromisoformat(day))
    assert office is not None and office.title == title


def test_a_former_official_holds_no_office(kb: KnowledgeBase) -> None:
    (bolton,) = kb.people_named("John Bolton")
    assert bolton.office_on(date(2021, 4, 16)) is None
    assert bolton.country == "USA"


@pytest.mark.parametrize(
    ("text", "org_id", "kind", "country"),
    [("GRU", "gru", "agency", "RUS"), ("Federal Reserve", "federal-reserve", "agency", "USA"),
     ("Gazprom", "gazprom", "company", "RUS"), ("CPC", "cpc", "party", "CHN"),
     ("COVAX", "covax", "igo", None), ("the West", "the-west", "group", None)],
)  # fmt: skip
def test_agencies_companies_and_parties_belong_to_a_state(
    kb: KnowledgeBase, text: str, org_id: str, kind: str, country: str | None
) -> None:
    org = kb.organisation(text)
    assert org is not None and (org.id, org.kind, org.country) == (org_id, kind, country)


def test_readme_documents_every_title() -> None:
    readme = (DATA / "README.md").read_text(encoding="utf-8")
    missing = [t for t in TITLES if f"`{t}`" not in readme]
    assert not missing, f"titles missing from data/README.md: {missing}"


def test_normalise_folds_case_accents_and_the() -> None:
    assert normalise("  The  Élysée ") == "elysee"
    assert normalise("Çavuşoğlu") == normalise("CAVUSOGLU")
    assert normalise("Kıbrıs") == "kibris"


# --------------------------------------------------------------------------
# The loader
# --------------------------------------------------------------------------


def test_the_default_load_is_cached() -> None:
    assert load_kb() is load_kb()


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    """A writable copy of the shipped knowledge base."""
    for name in KB_FILES:
        shutil.copy(DATA / name, tmp_path / name)
    return tmp_path


def test_loads_from_a_folder(copy: Path, kb: KnowledgeBase) -> None:
    other = load_kb(copy)
    assert other is not kb
    assert len(other.states) == len(kb.states)
    assert len(other.people) == len(kb.people)


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize(
    ("file", "old", "new", "expected"),
    [
        ("states.toml", 'iso3 = "ALB"', 'iso3 = "AFG"',
         r"\[\[state\]\] #2\b.*duplicate iso3 'AFG'"),
        ("states.toml", 'name = "Albania"', 'name = "Albania"\nflag = "red"',
         r"\[\[state\]\] #2 \(ALB\): unknown key\(s\) \['flag'\]"),
        ("states.toml", 'cow = 339', 'cow = "339"', r"\(ALB\): cow '339' must be a positive"),
        ("states.toml", 'aliases = ["Shqipëria"]', 'aliases = ["Shqipëria", "Afghanistan"]',
         r"states.toml: the name 'afghanistan' is given to both 'AFG' and 'ALB'"),
        ("people.toml", 'country = "AFG"', 'country = "XXX"',
         r"\[\[person\]\] #1 \(ashraf-ghani\): country 'XXX' is not a state"),
        ("people.toml", 'start = "2014-09-29", end = "2021-08-15"',
         'start = "2021-08-15", end = "2014-09-29"',
         r"\(ashraf-ghani\) offices\[0\]: end 2014-09-29 is not after start 2021-08-15"),
        ("people.toml", 'title = "president", sector = "GOV", start = "2014-09-29"',
         'title = "el presidente", sector = "GOV", start = "2014-09-29"',
         r"\(ashraf-ghani\) offices\[0\]: title 'el presidente' is not one of"),
        ("people.toml", 'start = "2014-09-29"', 'start = "29/09/2014"',
         r"\(ashraf-ghani\) offices\[0\]: start '29/09/2014' is not a date"),
        ("organisations.toml", 'members = ["DZA", "COG"', 'members = ["DZA", "ZZZ"',
         r"\[\[organisation\]\] #\d+ \(opec\): member 'ZZZ' is not a state"),
        ("organisations.toml", 'kind = "igo"', 'kind = "club"',
         r"\(un\): kind 'club' is not one of"),
        ("organisations.toml", 'version = "2026.11.5"', 'version = "2026.11.5"\nextra = 1',
         r"organisations.toml: unknown top-level key\(s\) \['extra'\]"),
        ("people.toml", "[[person]]", "[[person", r"people.toml: not valid TOML"),
        ("organisations.toml", "shared_name = true", 'shared_name = "yes"',
         r"\(us-republican-party\): shared_name must be true or false"),
    ],
)  # fmt: skip
def test_loader_rejects_malformed_data(
    copy: Path, file: str, old: str, new: str, expected: str
) -> None:
    _edit(copy / file, old, new)
    with pytest.raises(KnowledgeBaseError, match=expected) as info:
        load_kb(copy)
    message = str(info.value)
    assert str(copy / file) in message or f"{copy}/{file}" in message
    assert isinstance(info.value, ValueError)


def test_loader_reports_a_missing_file(copy: Path) -> None:
    (copy / "people.toml").unlink()
    with pytest.raises(ValueError, match=r"people.toml: file not found"):
        load_kb(copy)


def test_loader_rejects_an_office_with_an_unknown_org(copy: Path) -> None:
    _edit(copy / "people.toml", 'org = "nato"', 'org = "warsaw-pact"')
    with pytest.raises(KnowledgeBaseError, match=r"org 'warsaw-pact' is not an organisation id"):
        load_kb(copy)


@pytest.mark.parametrize(
    ("text", "org_id", "kind", "sector", "country"),
    [("IRGC", "irgc", "agency", "MIL", "IRN"),
     ("Revolutionary Guards", "irgc", "agency", "MIL", "IRN"),
     ("PLA", "pla", "agency", "MIL", "CHN"), ("Arakan Army", "arakan-army", "group", "REB", "MMR"),
     ("AMISOM", "au-mission-somalia", "igo", "IGO", None),
     ("ATMIS", "au-mission-somalia", "igo", "IGO", None),
     ("ECCAS", "eccas", "igo", "IGO", None),
     ("AKP", "akp", "party", "PTY", "TUR"),
     ("Tren de Aragua", "tren-de-aragua", "group", "REB", "VEN")],
)  # fmt: skip
def test_audit_organisations(
    kb: KnowledgeBase, text: str, org_id: str, kind: str, sector: str, country: str | None
) -> None:
    org = kb.organisation(text)
    assert org is not None
    assert (org.id, org.kind, org.sector, org.country) == (org_id, kind, sector, country)


@pytest.mark.parametrize(
    "text",
    # ordinary abbreviations, and Morocco's PJD's English name: no organisation
    ["AA", "KIA", "Justice and Development Party", "aa"],
)
def test_ambiguous_names_of_audit_organisations_are_left_out(kb: KnowledgeBase, text: str) -> None:
    assert kb.organisation(text) is None


@pytest.mark.parametrize(
    ("person_id", "day", "title", "org"),
    [("mohamed-hamdan-dagalo", "2022-01-10", "vice president", None),
     ("mohamed-hamdan-dagalo", "2024-01-10", "group leader", "rsf"),
     ("hassan-nasrallah", "2024-09-26", "group leader", "hezbollah"),
     ("hassan-nasrallah", "2024-09-27", None, None),
     ("naim-qassem", "2024-10-29", "group leader", "hezbollah"),
     ("kristalina-georgieva", "2023-04-10", "managing director", "imf"),
     ("andrei-belousov", "2024-05-13", None, None),
     ("andrei-belousov", "2024-05-14", "defence minister", None)],
)  # fmt: skip
def test_dated_offices_of_group_leaders_and_ministers(
    kb: KnowledgeBase, person_id: str, day: str, title: str | None, org: str | None
) -> None:
    person = kb.person(person_id)
    assert person is not None
    office = person.office_on(date.fromisoformat(day))
    assert (office.title, office.org) == (title, org) if title else office is None


def test_bare_common_word_variants_are_left_out(kb: KnowledgeBase) -> None:
    """An English word, a first name or a common family name is no one's bare variant."""
    pairs = [("Gallant", "yoav-gallant"), ("Khan", "karim-khan"), ("Qassem", "naim-qassem"),
             ("Abubakar", "mohammed-badaru-abubakar"), ("Sinwar", "yahya-sinwar")]  # fmt: skip
    for word, person_id in pairs:
        assert person_id not in {p.id for p in kb.people_named(word)}, word
        assert kb.person(person_id) is not None


def test_plain_congo_is_the_drc_and_the_republic_is_spelled_out(kb: KnowledgeBase) -> None:
    assert kb.state_by_name("Congo").iso3 == "COD"
    assert kb.state_by_name("Republic of Congo").iso3 == "COG"
    assert kb.state_by_name("Congo Republic").iso3 == "COG"
    assert kb.state_by_name("Congo-Brazzaville").iso3 == "COG"
    assert kb.state_by_name("Democratic Republic of Congo").iso3 == "COD"

"""Metadata read from the text: header line, dateline, place, outlet, dates, language."""

from __future__ import annotations

from datetime import date

import pytest

from dyad.ingest import metadata
from dyad.ingest.metadata import Dateline

BODY = "The two ministers agreed to reopen the crossing.\n\nTalks will go on next month."

# --- parse_header ----------------------------------------------------------------------


def test_header_with_title():
    header = metadata.parse_header(f" date 2021-03-04 Ministers agree to reopen crossing\n{BODY}")
    assert header is not None
    assert header.published == date(2021, 3, 4)
    assert header.title == "Ministers agree to reopen crossing"
    assert header.body == BODY


def test_header_followed_by_a_dateline_lead_keeps_the_lead_as_body():
    lead = "GENEVA, March 4 (Reuters) - The two ministers agreed on Thursday to reopen it."
    header = metadata.parse_header(f" date 2021-03-04 {lead}\n\n{BODY}")
    assert header is not None
    assert header.published == date(2021, 3, 4)
    assert header.title is None
    assert header.body.startswith(lead)
    assert BODY in header.body


def test_header_followed_by_a_long_sentence_keeps_it_as_body():
    lead = (
        "The foreign ministers of the two countries agreed on Thursday to reopen the "
        "border crossing that was closed in March last year."
    )
    header = metadata.parse_header(f" date 2021-03-04 {lead}\n{BODY}")
    assert header is not None
    assert header.title is None
    assert header.body.split("\n\n")[0] == lead


def test_header_with_an_impossible_date_keeps_the_title():
    header = metadata.parse_header(" date 2021-02-30 Envoys meet in Vienna\nBody text.")
    assert header is not None
    assert header.published is None
    assert header.title == "Envoys meet in Vienna"


def test_header_without_a_title():
    header = metadata.parse_header("date 2021-03-04\nBody text.")
    assert header is not None
    assert header.published == date(2021, 3, 4)
    assert header.title is None
    assert header.body == "Body text."


def test_header_after_a_byte_order_mark():
    header = metadata.parse_header("\ufeff date 2021-03-04 Envoys meet\nBody text.")
    assert header is not None
    assert header.title == "Envoys meet"


@pytest.mark.parametrize(
    "text",
    [
        "Envoys meet in Vienna\nBody text.",
        "Date: 2021-03-04 Envoys meet\nBody text.",
        "The date 2021-03-04 was chosen for the talks.\nBody text.",
        "\n date 2021-03-04 Envoys meet\nBody text.",  # only the very first line counts
        "",
    ],
)
def test_no_header(text):
    assert metadata.parse_header(text) is None


# --- read_dateline ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("BEIJING, Dec. 15 (Xinhua) -- The talks went well.", Dateline("Beijing", None, "Xinhua")),
        ("TASHKENT: The ministers met on Friday.", Dateline("Tashkent", None, None)),
        ("NUR-SULTAN. KAZINFORM – The president spoke.", Dateline("Nur-Sultan", None, "KAZINFORM")),
        ("WASHINGTON (Reuters) - The envoy arrived.", Dateline("Washington", None, "Reuters")),
        ("Beijing, China – The talks went well.", Dateline("Beijing", None, None)),
        ("NEW DELHI: India and Nepal agreed.", Dateline("New Delhi", None, None)),
        (
            "ST. PETERSBURG (Reuters) - The forum opened.",
            Dateline("St. Petersburg", None, "Reuters"),
        ),
        ("UNITED NATIONS, Oct. 1 (AP) — The council met.", Dateline("United Nations", None, "AP")),
        (
            "WASHINGTON, March 3, 2021 (AP) — The envoy arrived.",
            Dateline("Washington", date(2021, 3, 3), "AP"),
        ),
        (
            "ANKARA, Turkey, Dec. 15, 2020 (AA) - The ministers spoke.",
            Dateline("Ankara", date(2020, 12, 15), "AA"),
        ),
        ("CAIRO, Jan. 2, 2022 -- The talks began.", Dateline("Cairo", date(2022, 1, 2), None)),
        ("RIO DE JANEIRO, May 2 (Reuters) - Talks.", Dateline("Rio de Janeiro", None, "Reuters")),
        (
            "DAR ES SALAAM, Tanzania, June 3 (Xinhua) -- Talks.",
            Dateline("Dar es Salaam", None, "Xinhua"),
        ),
        ("Moscow, Russia (TASS) -- The minister spoke.", Dateline("Moscow", None, "TASS")),
        ("BERLIN (dpa) - The chancellor spoke.", Dateline("Berlin", None, "dpa")),
        ("Geneva (Harbour Daily) -- Talks.", Dateline("Geneva", None, "Harbour Daily")),
        ("The Hague, Netherlands – The court ruled.", Dateline("The Hague", None, None)),
        ("KABUL, Aug 15 (Reuters) - The envoy left.", Dateline("Kabul", None, "Reuters")),
        # a wire feed that writes its whole dateline in capitals
        ("ALGIERS, FEB 5 - ALGERIA RECALLED ITS ENVOY.", Dateline("Algiers", None, None)),
        # an impossible date is not a day
        ("WASHINGTON, Feb. 30, 2021 (AP) — Talks.", Dateline("Washington", None, "AP")),
    ],
)
def test_dateline_forms(paragraph, expected):
    assert metadata.read_dateline(paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "story"),
    [
        # a hyphenated word after the dash is the story's, not an agency's
        ("KABUL (Wire) - Deputy Minister Abdul-Rahim Saleh left.", "Deputy Minister Abdul-Rahim"),
        ("HANOI, 4 Jun 2025 /Lotus News/ - Sixty-two envoys met.", "Sixty-two envoys"),
        ("SOFIA -- Greek-Bulgarian talks opened.", "Greek-Bulgarian"),
        # near miss: an agency word followed by a spaced hyphen is still the dateline's
        ("RIGA. LETA - The talks opened.", "The talks"),
    ],
)
def test_dateline_ends_before_the_story(paragraph, story):
    dateline = metadata.read_dateline(paragraph)
    assert dateline is not None and paragraph[dateline.end :].startswith(story)


@pytest.mark.parametrize(
    "paragraph",
    [
        "The council met on Monday to discuss the crisis.",
        "UN. The council met on Monday.",
        "UPDATE: The council met on Monday.",
        "BREAKING: talks collapse in Vienna",
        "Moscow said on Monday it would respond to the sanctions.",
        "Washington - the capital was quiet on Sunday.",
        "Paris: the talks resumed on Monday.",
        "Russia, China sign a new trade deal",
        "EU leaders agreed on Monday to extend the sanctions.",
        "Mr. Wang - who leads the delegation - said little.",
        "TASHKENT:",
        "",
    ],
)
def test_not_a_dateline(paragraph):
    assert metadata.read_dateline(paragraph) is None


@pytest.mark.parametrize(
    "paragraph",
    [
        "US-China trade talks resumed in Geneva on Monday after a pause of six months.",
        "EU-Russia relations have worsened sharply this year, the minister said.",
        "COVID-19 vaccines were delivered to the capital on Monday.",
    ],
)
def test_sentence_opening_with_hyphenated_caps_is_not_a_dateline(paragraph):
    assert metadata.read_dateline(paragraph) is None


@pytest.mark.parametrize(
    ("paragraph", "place"),
    [
        ("ABU DHABI, 3rd June, 2021 (WAM) -- The UAE and Oman signed an accord.", "Abu Dhabi"),
        ("LONDON, 3 June (Reuters) - Britain and France agreed on a plan.", "London"),
    ],
)
def test_day_first_datelines(paragraph, place):
    dateline = metadata.read_dateline(paragraph)
    assert dateline is not None
    assert dateline.place == place


# --- normalise_place -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("NUR-SULTAN", "Nur-Sultan"),
        ("RIO DE JANEIRO", "Rio de Janeiro"),
        ("DAR ES SALAAM", "Dar es Salaam"),
        ("PORT OF SPAIN", "Port of Spain"),
        ("ST. PETERSBURG", "St. Petersburg"),
        ("NEW YORK", "New York"),
        ("THE HAGUE", "The Hague"),
        ("AL-MUKALLA", "Al-Mukalla"),
        ("Beijing", "Beijing"),  # already in title case: unchanged
        ("McAllen", "McAllen"),
    ],
)
def test_normalise_place(raw, expected):
    assert metadata.normalise_place(raw) == expected


# --- outlets ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("tag", "outlet"),
    [
        ("Xinhua", "Xinhua"),
        ("XINHUA", "Xinhua"),
        ("KAZINFORM", "Kazinform"),
        ("Reuters", "Reuters"),
        ("AA", "Anadolu Agency"),
        ("ITAR-TASS", "TASS"),
        ("VNA", "Vietnam News Agency"),
        ("  AP ", "AP"),
    ],
)
def test_outlet_from_known_tag(tag, outlet):
    assert metadata.outlet_from_tag(tag) == outlet


@pytest.mark.parametrize("agency", ["Harbour Daily", "Gulf News Agency", "Lakeside Wire"])
def test_unknown_capitalised_agency_is_kept_as_written(agency):
    assert metadata.outlet_from_tag(agency) == agency


@pytest.mark.parametrize(
    "remark",
    ["file photo", "via video link", "reported earlier", "Some Very Long Agency Name Here", ""],
)
def test_remark_in_parentheses_is_not_an_outlet(remark):
    assert metadata.outlet_from_tag(remark) is None


def test_no_agency_no_outlet():
    assert metadata.outlet_from_tag(None) is None


@pytest.mark.parametrize(
    ("paragraphs", "outlet"),
    [
        (["BEIJING, June 28 (Xinhua) -- The talks went well."], "Xinhua"),
        (["The ministers met. (Xinhua/Staff Photographer)"], "Xinhua"),
        (["First.", "Second.", "KABUL (Reuters) -- Third."], "Reuters"),
        (["First.", "Second.", "Third.", "KABUL (Reuters) -- Fourth."], None),
        (["Xinhua reported that the talks went well."], None),
        (["Officials at APPLE (APPLE) said nothing."], None),
        ([], None),
    ],
)
def test_outlet_in_text(paragraphs, outlet):
    assert metadata.outlet_in_text(paragraphs) == outlet


def test_region_abbreviation_is_not_an_outlet():
    paragraphs = [
        "Ministers from across the Middle East and North Africa (MENA) region met in "
        "Cairo on Sunday to discuss food security."
    ]
    assert metadata.outlet_in_text(paragraphs) is None


# --- parse_loose -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2021-06-29", date(2021, 6, 29)),
        ("2021-06-29T08:54:00", date(2021, 6, 29)),
        ("2021-06-29T08:54:00Z", date(2021, 6, 29)),
        ("2021-06-29T23:54:00+05:00", date(2021, 6, 29)),
        ("Tue, 29 Jun 2021 08:54:00 GMT", date(2021, 6, 29)),
        ("Tue, 29 Jun 2021 23:30:00 -0500", date(2021, 6, 29)),
        ("June 29, 2021", date(2021, 6, 29)),
        ("29 June 2021", date(2021, 6, 29)),
        ("Jun 29 2021 08:54", date(2021, 6, 29)),
        ("  2021-06-29  ", date(2021, 6, 29)),
    ],
)
def test_parse_loose_full_dates(text, expected):
    assert metadata.parse_loose(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "June 2021",
        "2021",
        "June 29",
        "Monday",
        "2021-02-30",
        "February 30, 2021",
        "garbage",
        "not a date at all",
        "",
        "   ",
        None,
    ],
)
def test_parse_loose_incomplete_or_invalid(text):
    assert metadata.parse_loose(text) is None


# --- detect_language -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "The foreign ministers of the two countries met in Geneva on Monday to discuss "
            "trade and the reopening of the border.",
            "en",
        ),
        (
            "Die Außenminister beider Länder trafen sich am Montag in Berlin, um über die "
            "Zusammenarbeit und den Handel zu sprechen.",
            "de",
        ),
        (
            "Les ministres des Affaires étrangères se sont rencontrés lundi à Paris pour "
            "discuter de la coopération bilatérale.",
            "fr",
        ),
        (
            "Министры иностранных дел двух стран встретились в понедельник в Москве, чтобы "
            "обсудить сотрудничество.",
            "ru",
        ),
    ],
)
def test_detect_language(text, code):
    assert metadata.detect_language(text) == code


@pytest.mark.parametrize("text", ["Hi there", "12345 67890 !!! 2021-06-29", "", "   "])
def test_detect_language_too_little_text(text):
    assert metadata.detect_language(text) is None


# --- looks_like_title ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Ministers agree to reopen border crossing", True),
        ("Xi, Putin announce extension of friendship treaty", True),
        ("The ministers agreed on Monday.", False),
        ("TASHKENT: Ministers met on Friday", False),
        ("Talks resume in Vienna:", False),
        (" ".join(["word"] * 21), False),
        ("", False),
    ],
)
def test_looks_like_title(line, expected):
    assert metadata.looks_like_title(line) is expected


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("17:40, May 27, 2024", date(2024, 5, 27)),
        ("June 25, 2024 19:20 GMT", date(2024, 6, 25)),
        ("June 25, 2024 at 7:20 p.m. EDT", date(2024, 6, 25)),
        ("16.08.2025, 11:05", date(2025, 8, 16)),
        ("05.08.2025 09:00", date(2025, 8, 5)),  # day first, as dotted dates are written
        ("2025-08-16 11:05", date(2025, 8, 16)),
    ],
    ids=["time-first", "date-first", "at-pm", "dotted", "dotted-day-first", "iso"],
)
def test_a_timestamp_line_under_the_title_dates_the_page(line, day):
    assert metadata.timestamp_date(f"Kenya and Haiti sign deal\n{line}\n\nNAIROBI - Text.") == day


@pytest.mark.parametrize(
    "line",
    ["The summit opened on June 25, 2024 with talks.", "31.02.2025 10:00", "Shares hit 11:05"],
    ids=["a-sentence", "no-such-day", "no-date"],
)
def test_a_line_that_is_no_timestamp_gives_no_date(line):
    assert metadata.timestamp_date(f"Title\n{line}\n\nBody.") is None


# --- page timestamp lines in the shapes sites print them ---------------------------------


@pytest.mark.parametrize(
    ("line", "day", "updated"),
    [
        ("Published: March 9, 2022 at 4:10 p.m. EST", date(2022, 3, 9), False),
        ("Updated Wednesday, 9 March 2022 21:40 GMT+3", date(2022, 3, 9), True),
        ("Last modified: 2022-03-09T21:40:00+03:00", date(2022, 3, 9), True),
        ("Last updated on 9 March 2022", date(2022, 3, 9), True),
        ("Mar.\u00a09, 2022\u00a0·\u00a011:05 AM ET", date(2022, 3, 9), False),
        ("Posted 09.03.2022", date(2022, 3, 9), False),
        ("Wed 9 Mar 2022 08.15 GMT", date(2022, 3, 9), False),
        ("2022-03-09T06:15:00Z", date(2022, 3, 9), False),
        ("Posted: 3/9/2022 11:40 PM", date(2022, 3, 9), False),  # slashed: month first
        ("28/03/2022 07:30", date(2022, 3, 28), False),  # no 28th month: day first
        ("Wednesday, March 9, 2022", date(2022, 3, 9), False),
        ("10:02 PM, Mar. 9, 2022 (UTC)", date(2022, 3, 9), False),
        ("Sept. 9, 2022", date(2022, 9, 9), False),
        ("9th March 2022", date(2022, 3, 9), False),
        ("First published on 9 March 2022 | Updated 10 March 2022", date(2022, 3, 9), False),
        ("Updated 10 March 2022 | Published 9 March 2022", date(2022, 3, 9), False),
    ],
)
def test_read_stamp_shapes(line, day, updated):
    stamp = metadata.read_stamp(line)
    assert stamp is not None
    assert (stamp.day, stamp.updated) == (day, updated)


@pytest.mark.parametrize(
    "line",
    [
        "Talks resumed on March 9, 2022 in Antalya.",  # a date in a sentence
        "March 9, 2022 talks",
        "March 2022",  # no day
        "Wednesday, March 9",  # no year
        "ANKARA, March 9, 2022 - The ministers met.",  # a dateline, not a stamp
        "31.04.2022 10:00",  # no such day
        "Published by the foreign ministry",
        "Date: 2021-03-04 Envoys meet",
        "2022",
    ],
)
def test_a_line_with_more_than_a_date_is_no_stamp(line):
    assert metadata.read_stamp(line) is None


def test_a_published_stamp_beats_an_updated_one_above_it():
    text = "Envoys meet\nUpdated: 10 March 2022 09:00\nPublished: 9 March 2022 18:00\n\nBody."
    assert metadata.timestamp_date(text) == date(2022, 3, 9)
    assert metadata.timestamp_date("Envoys meet\nUpdated: 10 March 2022\n\nBody.") == date(
        2022, 3, 10
    )


@pytest.mark.parametrize(
    ("text", "day"),
    [("07.03.2024", date(2024, 3, 7)), ("07/03/2024", date(2024, 7, 3)), ("31.02.2024", None)],
)
def test_parse_loose_reads_dotted_dates_day_first(text, day):
    assert metadata.parse_loose(text) == day


# --- press-release datelines, accented place names, byline places, site names -------------


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "LUSAKA, Zambia, May 6, 2024 /PRNewswire/ -- The two ministries signed a plan.",
            Dateline("Lusaka", date(2024, 5, 6), "PRNewswire"),
        ),
        (
            "GENEVA, June 2, 2022 /Globe Wire/ - Delegates agreed a text.",
            Dateline("Geneva", date(2022, 6, 2), "Globe Wire"),
        ),
        ("BRASÍLIA — The two presidents met.", Dateline("Brasília", None, None)),
        ("BÜRGENSTOCK, Switzerland — Delegates met.", Dateline("Bürgenstock", None, None)),
        ("ŁÓDŹ (Vistula Wire) - Talks opened.", Dateline("Łódź", None, "Vistula Wire")),
        ("São Paulo, Brazil (Reuters) - Talks opened.", Dateline("São Paulo", None, "Reuters")),
        ("Bogotá, Colombia – The envoys met.", Dateline("Bogotá", None, None)),
        # translated Spanish and French copy: a full stop before the dash
        ("QUITO (Cedro Diario).– The envoys met.", Dateline("Quito", None, "Cedro Diario")),
        ("DAKAR.– The envoys met.", Dateline("Dakar", None, None)),
    ],
)
def test_press_release_and_accented_datelines(paragraph, expected):
    assert metadata.read_dateline(paragraph) == expected


@pytest.mark.parametrize(
    "paragraph",
    [
        "Bogotá said on Monday it would answer the note.",  # a capital as the subject
        "Geneva, long a venue for such talks, lost out to Vienna.",  # a city and a comma
        "São Paulo: the mayor spoke on Friday.",
        "Brasília and Buenos Aires agreed on a plan on Monday.",
        "The ratio fell 3/4 of a point, the ministry said /not/ in a statement.",
    ],
)
def test_accented_city_opening_a_sentence_is_no_dateline(paragraph):
    assert metadata.read_dateline(paragraph) is None


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("By Ada Obi | Lagos", "Lagos"),
        ("By Ada Obi · Abuja", "Abuja"),
        ("By Ada Obi and Tom Hale in Kyiv", "Kyiv"),
        ("By Ada Obi in Port Harcourt", "Port Harcourt"),
        ("By Ada Obi | Reuters", None),  # an agency, not a place
        ("By Ada Obi | Lagos Daily", None),  # an outlet
        ("By Ada Obi", None),
        ("By Monday in Paris the talks had ended.", None),
        # a press office's stamp line: its date, then where it was issued
        ("3 March 2022 | Suva | Ministry of Foreign Affairs | Press Release 12", "Suva"),
        ("March 3, 2022 | Reuters | World", None),
        ("Summit notes | Suva | Ministry of Foreign Affairs", None),  # no date first
    ],
)
def test_byline_place(line, place):
    dateline = metadata.byline_place(f"Envoys meet\n{line}\n\nThe envoys met on Monday.")
    assert (dateline.place if dateline else None) == place


def test_byline_place_is_read_only_near_the_top():
    text = "Envoys meet\n" + "The envoys met on Monday.\n" * 12 + "By Ada Obi | Lagos\n"
    assert metadata.byline_place(text) is None


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Envoys agree to reopen the border | Harbour Daily", "Envoys agree to reopen the border"),
        ("Envoys agree to reopen the border | World", "Envoys agree to reopen the border"),
        ("Envoys agree to reopen the border", "Envoys agree to reopen the border"),
        ("Talks | Analysis", "Talks | Analysis"),  # too little headline left
    ],
)
def test_strip_site_name(title, expected):
    assert metadata.strip_site_name(title) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "MOSCOW, October 17. /Volga Wire/. The ministers met on Thursday.",
            Dateline("Moscow", None, "Volga Wire"),
        ),
        (
            "KYIV, 24.08.2023 (Dnipro News) – The premier arrived.",
            Dateline("Kyiv", date(2023, 8, 24), "Dnipro News"),
        ),
    ],
)
def test_slash_agency_and_dotted_date_datelines(paragraph, expected):
    assert metadata.read_dateline(paragraph) == expected


@pytest.mark.parametrize(
    "paragraph",
    ["FILE PHOTO: The envoy speaks in Geneva.", "MOSCOW, June 3. The talks began on Monday."],
)
def test_caption_label_and_a_bare_full_stop_make_no_dateline(paragraph):
    assert metadata.read_dateline(paragraph) is None


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("December 22, 2022 Thursday", date(2022, 12, 22)),  # a news database's order
        ("Posted on March 12, 2024 by admin", date(2024, 3, 12)),
        ("Published June 26, 2023 · 4 min read", date(2023, 6, 26)),
    ],
)
def test_stamps_with_a_weekday_poster_or_reading_time_after_the_date(line, day):
    stamp = metadata.read_stamp(line)
    assert stamp is not None and stamp.day == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("1732838400", date(2024, 11, 29)),
        ("1732924800000", date(2024, 11, 30)),  # milliseconds
        ("123456", None),  # not a time
        ("99999999999999", None),
    ],
)
def test_parse_loose_reads_unix_time(text, day):
    assert metadata.parse_loose(text) == day


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Envoys agree to reopen the border - The Rift Review",
            "Envoys agree to reopen the border",
        ),
        ("Envoys agree to reopen the border - but doubts remain", None),
        ("Envoys agree to reopen the border - day 3 of the talks", None),
    ],
)
def test_strip_site_name_after_a_dash(title, expected):
    assert metadata.strip_site_name(title) == (expected or title)


# --- labelled headers and news database exports -----------------------------------------


def test_labelled_header_lines():
    text = (
        "Title: Envoys agree to reopen crossing\nDate: 2022-03-09\nSource: Harbour Daily\n"
        "URL: https://harbour.example/a\n\nGENEVA - The envoys agreed on Wednesday.\n"
    )
    header = metadata.parse_labelled_header(text)
    assert header is not None
    assert (header.title, header.published, header.outlet, header.url) == (
        "Envoys agree to reopen crossing",
        date(2022, 3, 9),
        "Harbour Daily",
        "https://harbour.example/a",
    )
    assert header.body.strip() == "GENEVA - The envoys agreed on Wednesday."


@pytest.mark.parametrize(
    "text",
    [
        "Editor: Liu Xin\n\nThe envoys met on Wednesday.",  # one label only
        "Source: Harbour Daily\nAuthor: Ana Ruiz\n\nThe envoys met.",  # no title or date
        "Note: the talks resumed\nTitle: a draft\n\nThe envoys met.",  # opens with another label
        "The envoys met.\nTitle: Envoys meet\nDate: 2022-03-09",  # labels after the story
    ],
)
def test_no_labelled_header(text):
    assert metadata.parse_labelled_header(text) is None


NEXIS = """Envoys agree to reopen crossing

The Harbour Daily
March 9, 2022 Wednesday

Copyright 2022 The Harbour Daily All Rights Reserved

Section: WORLD; Pg. 7
Length: 240 words
Byline: Ana Ruiz
Dateline: GENEVA

Body

The envoys of the two states agreed on Wednesday to reopen the crossing.

Talks will go on next month.

Load-Date: March 10, 2022

End of Document
"""


def test_news_database_export():
    header = metadata.parse_labelled_header(NEXIS)
    assert header is not None
    assert header.title == "Envoys agree to reopen crossing"
    assert header.outlet == "The Harbour Daily"
    assert header.published == date(2022, 3, 9)
    assert header.place == "Geneva"
    assert header.body.strip().split("\n\n") == [
        "The envoys of the two states agreed on Wednesday to reopen the crossing.",
        "Talks will go on next month.",
    ]


def test_a_story_that_says_body_and_length_is_no_export():
    text = "Body\n\nThe envoys met.\n\nLength: the talks ran for 240 words of text."
    assert metadata.parse_labelled_header(text) is None


@pytest.mark.parametrize(
    ("line", "place", "agency"),
    [
        (
            "JERUSALEM/DUBAI (Harbour Post) — Israel struck targets in Iran.",
            "Jerusalem",
            "Harbour Post",
        ),
        ("WASHINGTON/BEIJING, Jan 5 (Reuters) - The two sides met.", "Washington", "Reuters"),
        ("NEW YORK/LONDON — Oil prices fell on Monday.", "New York", None),
    ],
)
def test_a_dateline_filed_from_two_places_is_read_with_its_first(line, place, agency):
    dateline = metadata.read_dateline(line)
    assert dateline is not None and (dateline.place, dateline.agency) == (place, agency)


def test_a_slash_in_a_story_sentence_is_no_dateline():
    line = "US/China trade talks resumed on Monday - officials said."
    assert metadata.read_dateline(line) is None


@pytest.mark.parametrize(
    ("paragraph", "place", "agency", "body"),
    [
        ("OSLO, Mar 4 (Fjord Wire). – The envoys met.", "Oslo", "Fjord Wire", "The envoys met."),
        ("LIMA (Andes Post). — Talks resumed.", "Lima", "Andes Post", "Talks resumed."),
    ],
)
def test_a_full_stop_after_the_bracketed_agency_before_a_dash_ends_the_dateline(
    paragraph, place, agency, body
):
    dateline = metadata.read_dateline(paragraph)
    assert (dateline.place, dateline.agency) == (place, agency)
    assert paragraph[dateline.end :] == body


def test_a_full_stop_after_a_bracketed_agency_without_a_dash_makes_no_dateline():
    assert metadata.read_dateline("OSLO (Fjord Wire). The envoys met.") is None


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("11.04.2022, 08:15 | Daily Herald | World", date(2022, 4, 11)),
        ("May 3, 2021 | 14:05 | Opinion", date(2021, 5, 3)),
    ],
    ids=["outlet-and-section", "clock-then-section"],
)
def test_a_timestamp_line_followed_by_labels_dates_the_page(line, day):
    assert metadata.timestamp_date(f"Title\n{line}\n\nBody.") == day


def test_labels_with_numbers_are_no_timestamp():
    assert metadata.timestamp_date("Title\nPage 3 | 12 comments\n\nBody.") is None


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("Windhoek, 14 December 2020 | Ministry of International Relations | Press", "Windhoek"),
        ("Port Louis, 3 May 2021 | Prime Minister's Office | Communique", "Port Louis"),
        ("Envoys, allies and friends | Notes", None),  # no date after the place
    ],
)
def test_a_stamp_line_may_put_the_place_first(line, place):
    dateline = metadata.byline_place(f"Envoys meet\n{line}\n\nThe envoys met on Monday.")
    assert (dateline.place if dateline else None) == place


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("MAO NING: Good afternoon.", True),
        ("TASHKENT: Ministers met on Friday.", False),
        ("No label opens this paragraph.", False),
    ],
)
def test_a_label_that_opens_other_paragraphs_opens_turns(paragraph, expected):
    others = ["Q: Is it true?", "MAO NING: It is not."]
    assert metadata.opens_turns(paragraph, [paragraph, *others]) is expected


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Accra, 14 April 2026", date(2026, 4, 14)),
        ("New Delhi, March 3, 2026", date(2026, 3, 3)),
        ("Released: 22 May 2026", date(2026, 5, 22)),
        ("Issued on 3 March 2026", date(2026, 3, 3)),
        (
            "Canberra, 6 October 2025 | Office of the Prime Minister | Media statement",
            date(2025, 10, 6),
        ),
    ],
    ids=["place-day-first", "place-month-first", "released", "issued", "place-then-labels"],
)
def test_a_press_release_s_place_and_date_line_dates_the_page(line, day):
    assert metadata.timestamp_date(f"PRESS RELEASE\n{line}\n\nThe minister met X.") == day
    # a near miss: a lowercase phrase before the date is a sentence's, not a place
    assert metadata.timestamp_date("Title\nthe talks, 14 April 2026\n\nBody.") is None


def test_a_press_release_s_place_and_date_line_places_the_story():
    text = "PRESS RELEASE\nAccra, 14 April 2026\n\nThe minister met X."
    assert metadata.byline_place(text) == Dateline(place="Accra", day=None, agency=None)


@pytest.mark.parametrize(
    "paragraph",
    ["FACT SHEET: Outcomes of the visit", "PRESS RELEASE: Ministers meet", "READOUT: Call"],
)
def test_a_document_s_label_is_no_dateline(paragraph):
    assert metadata.read_dateline(paragraph) is None


def test_a_weekday_before_a_date_dates_the_page_and_places_nothing():
    text = "Highlights of the Noon Briefing\nThursday, 12 March 2026\n\nYEMEN\nThe envoy met X."
    assert metadata.timestamp_date(text) == date(2026, 3, 12)
    assert metadata.byline_place(text) is None

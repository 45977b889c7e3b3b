"""Cleaning: page junk is dropped, story sentences survive, text is normalised."""

from __future__ import annotations

import pytest

from dyad.ingest import clean

STORY = "The foreign ministers of Arland and Borovia met in Geneva on Monday."
STORY2 = "They agreed to reopen the border crossing within a month, officials said."

# One or more examples of every junk family in data/junk.toml.
JUNK = [
    # links to other stories
    "READ MORE: Fish prices climb in Quang Ngai as boats stay in port",
    "Related | Tokyo protests drills near its islands",
    "WATCH: Leaders meet in Geneva",
    # correction notes
    "Correction: An earlier version of this story gave the wrong day for the talks.",
    "An earlier version of this article misstated the minister's name.",
    "This story has been updated to correct the date of the meeting.",
    # update notes
    "(Adds Argentine foreign ministry statement in paragraph 5, background)",
    "(Updates with end of talks, changes headline)",
    # lone numbers and counters
    "0",
    "433",
    "1,204",
    "12 | 3",
    "3 of 8",
    # desk labels
    "News Desk",
    "WORLD DESK",
    # timestamps
    "08:54, June 29, 2021",
    "Xinhua) 08:54, June 29, 2021",
    "Updated: 08:54 pm, June 29, 2021",
    "Updated: 29 June 2021",
    "June 29, 2021 08:54",
    "2021-06-29 08:54",
    "Posted: Jun. 29, 2021",
    # photo captions
    "The two ministers shake hands in Geneva, March 1, 2021. (Agency/Photographer Name)",
    "The delegation arrives at the airport. (Photo: Harbour Daily/A. Rahimov)",
    "Envoys at the signing ceremony. File photo: Harbour Daily",
    "The minister arrives in Sochi, Russia, Sept. 4, 2023. (Photo: Harbour Daily)",
    "Delegates pose before the talks. (File photo: Lakeside Wire)",
    # share and navigation
    "Share this article",
    "Facebook Twitter Email",
    "Share",
    "Read more",
    "Follow us on Telegram",
    "Back to top",
    "Advertisement",
    # bylines and agency trailers
    "By Jane Roe",
    "By Jane Roe and John Doe",
    "Reporting by A. Smith; Editing by B. Jones",
    "By Ada Obi | Lagos",
    "By Ada Obi and Tom Hale in Kyiv",
    "(Reporting by Ana Ruiz and Lee Min; Editing by Tom Hale)",
    "(Additional reporting by Lee Min in Seoul)",
    "Ivo Bach, Diplomatic Correspondent",
    "Ivo Bach, senior reporter in Vienna",
    # relative times
    "3 hours ago",
    "Updated 35 minutes ago",
    "just now",
    # banners and prompts
    "We use cookies to give you the best experience. By continuing you agree to our policy.",
    "This website uses cookies",
    "Sign up for our morning newsletter to get the top stories.",
    "Subscribe to our daily briefing",
    "Download our free app for breaking news.",
    # reading time, image credits, wire captions, teasers, blog furniture
    "4 min read",
    "Reading time: 6 minutes",
    "Listen to this story",
    "Image source, Lakeside Wire",
    "Image caption, The envoys met for two hours",
    "Image: The envoys shake hands before the talks.",
    "Caption: The foreign minister (left) greets the envoy in Accra.",
    "FILE PHOTO: Delegates arrive for talks in Vienna, Austria, May 2, 2023.",
    "Our Standards: The Harbour Daily Trust Principles.",
    "The envoy speaks in Geneva, Switzerland, May 2, 2023. HARBOUR/Ana Ruiz/File Photo",
    "Delegates pose in Brussels. AFP via Getty Images",
    "You might also like: Envoys meet in Vienna",
    "Also read: What the border deal means",
    "Like this:",
    "Loading...",
    "Enter your email address below.",
    "Get our newsletter every morning. Enter your email address below.",
    # feed trailers
    "The post Envoys agree to reopen the border appeared first on Harbour Daily.",
    "Continue reading...",
    "Read the full story",
    # short label lines
    "Source: Xinhua",
    "Editor: Liu Xin",
    # copyright
    "Copyright 2021 Harbour Daily. All rights reserved.",
    "© 2021 Harbour Daily",
    "(c) 2021 Harbour Daily",
    "All rights reserved.",
]

# Story lines that look a little like junk but must be kept.
KEEP = [
    "(Adds to earlier reports that the talks had stalled.) The envoys met on Monday.",
    "Related talks were held in Geneva on Monday.",
    "Watch officers were posted along the border.",
    "An earlier version of the treaty was signed in 1998.",
    "The correction of the border line was agreed on Monday.",
    "By Tuesday the two sides had agreed to resume talks.",
    "By the end of the year, trade between the two countries should double.",
    "The ministers signed 12 agreements worth 3 billion dollars.",
    "2021 was a difficult year for relations, the minister said.",
    "A photo of the two leaders shaking hands was released by the ministry.",
    "Photographers were kept outside while the envoys met.",
    "TALKS",
    "Print media in both countries reported the visit widely.",
    "Home ministers of both countries met on Friday.",
    "Share prices rose after the announcement.",
    "Email exchanges between the envoys were leaked last week.",
    "Comments by the minister drew criticism from Tokyo.",
    "Updated agreements were signed on June 29, 2021.",
    "The summit ended on May 5, 2021",
    "The minister (left) met the envoy (right) in Geneva.",
    "The deal covers oil and gas exports (crude/refined).",
    "News of the agreement spread quickly.",
    "Follow-up talks are planned for next month.",
    "By signing the pact, Canada became the third country with such a deal.",
    "By Thursday evening the two sides had agreed in Geneva.",
    "Ministers said the offer made two hours ago was too late.",
    "The summit was held 3 days ago in Paris.",
    "2 of 6 ministers stayed away from the talks.",
    "Ivo Bach, a senior correspondent, was expelled on Monday.",
    "Reporter Ivo Bach was detained in Minsk.",
    "The regulator said this website uses cookies without consent.",
    "Few people signed up for the talks, officials said.",
    "He urged delegates to continue reading the report before voting.",
    "The post of special envoy has been vacant since March.",
    "A photo (taken by the ministry) showed the two leaders in Geneva.",
    "File photos of the meeting were released by the ministry on Monday.",
    "The image source was not disclosed, the ministry said.",
    "Image matters: the two leaders met on Monday to repair ties.",
    "(c) The minister called on the Cuban foreign minister in Havana on 3 March.",
    "You might also like to know that talks resumed, the envoy joked.",
    "More from the summit will follow tomorrow, officials said.",
    "Also read out at the session was a letter from the president.",
    "Talks ended on Friday. AU/UN envoys left the capital.",
    "Loading of the grain ships began on Monday under the deal.",
    "Reading the statement aloud, the minister took 4 min to finish.",
]


@pytest.mark.parametrize("line", JUNK)
def test_junk_line_is_junk(line):
    assert clean.is_junk(line)


@pytest.mark.parametrize("line", JUNK)
def test_junk_line_is_dropped_between_story_paragraphs(line):
    text = f"{STORY}\n\n{line}\n\n{STORY2}"
    assert clean.paragraphs(text) == [STORY, STORY2]


@pytest.mark.parametrize("line", JUNK)
def test_junk_line_is_dropped_without_blank_lines_around_it(line):
    text = f"{STORY}\n{line}\n{STORY2}"
    assert clean.paragraphs(text) == [STORY, STORY2]


def test_every_junk_family_has_an_example_here():
    rules = clean.junk_rules()
    for pattern in rules.lines:
        assert any(pattern.match(j) for j in JUNK), f"no example for {pattern.pattern}"
    for pattern in rules.captions:
        assert any(pattern.search(j) for j in JUNK), f"no example for {pattern.pattern}"


@pytest.mark.parametrize("line", KEEP)
def test_near_miss_story_line_is_kept(line):
    assert not clean.is_junk(line)
    assert clean.paragraphs(f"{STORY}\n\n{line}") == [STORY, line]


def test_junk_is_matched_after_space_normalisation_and_any_case():
    assert clean.paragraphs(f"  news desk\u00a0 \n\n{STORY}\n\nSHARE THIS ARTICLE") == [STORY]


def test_byline_needs_capitalised_names():
    line = "by the river the envoys walked"
    assert not clean.is_junk(line)
    assert clean.paragraphs(line) == [line]


def test_story_sentence_starting_with_copyright_is_kept():
    line = "Copyright disputes between the two countries were also on the agenda."
    assert clean.paragraphs(f"{STORY}\n\n{line}") == [STORY, line]


def test_only_junk_gives_no_paragraphs():
    assert clean.paragraphs("0\n433\n\nNews Desk\nShare this article\n\n") == []


def test_a_gallery_keeps_its_captions_less_credits_and_counters():
    text = (
        "Photo 1 of 3: Kenyan President William Ruto greets Ghana's president at State House "
        "in Nairobi on Monday. (Lintel Photo/Jane Doe)\n\n"
        "Photo 2 of 3: The two leaders sign a trade accord in Nairobi on Monday. "
        "REUTERS/John Roe\n\n"
        "Photo 3 of 3: A guard of honour at State House."
    )
    assert clean.paragraphs(text) == [
        "Kenyan President William Ruto greets Ghana's president at State House in Nairobi "
        "on Monday.",
        "The two leaders sign a trade accord in Nairobi on Monday.",
        "A guard of honour at State House.",
    ]


def test_a_gallery_with_counters_on_lines_of_their_own_keeps_its_captions():
    text = (
        "The Ghanaian president ended a state visit to Kenya on Monday.\n\n"
        "1 of 3\nRuto greets Ghana's president at State House. Photo: Jane Doe/Lintel\n\n"
        "2 of 3\nThe two leaders sign a trade accord. Photo: John Roe/Lintel\n\n"
        "3 of 3\nA guard of honour at State House. Photo: Jane Doe/Lintel"
    )
    assert clean.paragraphs(text) == [
        "The Ghanaian president ended a state visit to Kenya on Monday.",
        "Ruto greets Ghana's president at State House.",
        "The two leaders sign a trade accord.",
        "A guard of honour at State House.",
    ]


def test_a_story_with_a_caption_or_two_still_drops_them():
    caption = "Ruto greets Ghana's president in Nairobi on Monday. (Lintel Photo/Jane Doe)"
    text = f"{STORY}\n\n{caption}\n\n{STORY2}\n\n{caption}\n\n{STORY}"
    assert clean.paragraphs(text) == [STORY, STORY2, STORY]


def test_empty_text_gives_no_paragraphs():
    assert clean.paragraphs("") == []
    assert clean.paragraphs(" \n\t\n\u00a0\n") == []


# --- normalisation --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("He said \u201cwe are ready\u201d today.", 'He said "we are ready" today.'),
        ("He said \u2018soon\u2019 twice.", "He said 'soon' twice."),
        ("\u00abChina is our friend,\u00bb he said.", '"China is our friend," he said.'),
        ("\u201eJa\u201c, sagte er.", '"Ja", sagte er.'),
        ("\u2039quoted\u203a word", "'quoted' word"),
        ("the minister\u2019s visit", "the minister's visit"),
    ],
)
def test_curly_and_guillemet_quotes_become_straight(raw, expected):
    assert clean.normalise_line(raw) == expected
    assert clean.paragraphs(raw) == [expected]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Talks\u00a0resumed today.", "Talks resumed today."),
        ("Talks\u2009resumed\u202ftoday.", "Talks resumed today."),
        ("Talks\u200b resumed\u200d today.", "Talks resumed today."),
        ("co\u00adoperation deepened", "cooperation deepened"),
        ("\ufeffTalks resumed.", "Talks resumed."),
        ("Talks   \t resumed.", "Talks resumed."),
        ("  Talks resumed.  ", "Talks resumed."),
        ("Caf\u0065\u0301 talks.", "Caf\u00e9 talks."),
    ],
)
def test_unicode_spaces_and_invisible_characters(raw, expected):
    assert clean.normalise_line(raw) == expected


def test_nbsp_and_zero_width_removed_from_paragraphs():
    text = "The\u00a0envoys\u200b met\u2060 in\u3000Geneva."
    assert clean.paragraphs(text) == ["The envoys met in Geneva."]


# --- paragraphs and hard wraps ----------------------------------------------------------


def test_hard_wrapped_lines_are_rejoined():
    text = (
        "The foreign minister met his counterpart\n"
        "in Geneva on Monday to discuss\n"
        "the border dispute.\n"
        "\n"
        "A second meeting is planned."
    )
    assert clean.paragraphs(text) == [
        "The foreign minister met his counterpart in Geneva on Monday to discuss "
        "the border dispute.",
        "A second meeting is planned.",
    ]


def test_a_word_a_hard_line_break_cut_is_whole_again():
    text = (
        "The two ministers signed an agree-\n"
        "ment on visas and held consul-\n"
        "tations on a long-\n"
        "term pact against anti-\n"
        "government groups."
    )
    # (a hyphen before a word of its own stays: "long-term", "anti-government")
    assert clean.paragraphs(text) == [
        "The two ministers signed an agreement on visas and held consultations on a "
        "long-term pact against anti-government groups."
    ]


def test_paragraphs_are_kept_apart():
    text = "First paragraph here.\n\nSecond paragraph here.\n\n\n\nThird paragraph here."
    assert clean.paragraphs(text) == [
        "First paragraph here.",
        "Second paragraph here.",
        "Third paragraph here.",
    ]


def test_line_ending_a_sentence_is_not_joined_with_next_line():
    assert clean.paragraphs("The talks ended.\nthe envoys left.") == [
        "The talks ended.",
        "the envoys left.",
    ]


def test_windows_and_old_mac_line_endings():
    text = "First paragraph here.\r\n\r\nSecond paragraph\r\ncontinues here.\rThird one."
    assert clean.paragraphs(text) == [
        "First paragraph here.",
        "Second paragraph continues here.",
        "Third one.",
    ]


def test_junk_line_inside_block_splits_paragraphs():
    assert clean.paragraphs("Talks resumed.\n433\nEnvoys met.") == [
        "Talks resumed.",
        "Envoys met.",
    ]


def test_caps_subhead_is_its_own_paragraph():
    text = f"{STORY}\n\nFIRMLY FORWARD\n\n{STORY2}"
    assert clean.paragraphs(text) == [STORY, "FIRMLY FORWARD", STORY2]


def test_wrapped_continuation_starting_with_by_is_not_a_byline():
    text = "The delegation was led\nby Ambassador Ivan Petrov."
    assert clean.paragraphs(text) == ["The delegation was led by Ambassador Ivan Petrov."]


def test_sentence_wrapped_before_a_proper_noun_is_rejoined():
    text = "Wang Yi met his\nRussian counterpart in Tashkent on Thursday."
    assert clean.paragraphs(text) == [
        "Wang Yi met his Russian counterpart in Tashkent on Thursday."
    ]


def test_no_paragraph_is_empty_or_padded():
    text = "  \n\nTalks resumed.  \n \n\u00a0\n  Envoys met.\n\n"
    out = clean.paragraphs(text)
    assert out == ["Talks resumed.", "Envoys met."]
    assert all(p and p == p.strip() for p in out)


@pytest.mark.parametrize(
    "stamp",
    [
        "Published: March 9, 2022 at 4:10 p.m. EST",
        "Updated Wednesday, 9 March 2022 21:40 GMT+3",
        "Wed 9 Mar 2022 08.15 GMT",
        "Mar.\u00a09, 2022\u00a0·\u00a011:05 AM ET",
        "Last modified: 2022-03-09T21:40:00+03:00",
    ],
)
def test_page_stamps_are_dropped_and_dated_sentences_kept(stamp):
    dated = "The two sides last met on March 9, 2022 in Antalya."
    assert clean.paragraphs(f"{stamp}\n\n{STORY}\n\n{dated}") == [STORY, dated]


def test_a_caption_line_does_not_run_on_into_the_story_below_it():
    caption = "FILE PHOTO: The envoy speaks to the media in Geneva, Switzerland, May 2, 2023"
    lead = "GENEVA, May 3 (Harbour Daily) - The envoys agreed on Wednesday to meet again."
    assert clean.paragraphs(f"{caption}\n{lead}\n{STORY2}") == [lead, STORY2]


def test_a_short_headline_under_a_long_menu_line_is_a_line_of_its_own():
    # the wrap test looks at the line before, not at all the lines joined so far
    text = (
        "Home | News | World | Business | Sport | Weather | Watch Live | Podcasts\n"
        "News > Americas\n"
        "Chile protests as Peru seizes trawler\n"
        "Chile has lodged a protest with Peru, the foreign ministry said."
    )
    assert clean.paragraphs(text)[-2:] == [
        "Chile protests as Peru seizes trawler",
        "Chile has lodged a protest with Peru, the foreign ministry said.",
    ]


def test_a_long_wire_paragraph_wrapped_over_several_lines_is_still_one():
    text = (
        "Chile's foreign minister met his Peruvian counterpart in Lima on Monday to\n"
        "discuss the maritime boundary that the two countries have disputed for\n"
        "Decades, officials said."
    )
    assert len(clean.paragraphs(text)) == 1


def test_a_page_stamp_after_a_long_headline_is_dropped_not_joined_to_it():
    text = (
        "Chile protests after Peruvian patrol boats seize two trawlers off Arica\n"
        "Published 8 December 2025, 19:05 CLT | Updated 8 December 2025, 21:30 CLT\n"
        "Chile has lodged a protest with Peru, the foreign ministry said."
    )
    assert clean.paragraphs(text) == [
        "Chile protests after Peruvian patrol boats seize two trawlers off Arica",
        "Chile has lodged a protest with Peru, the foreign ministry said.",
    ]

"""Event dates: relative expressions against the article's date, explicit ones as written."""

from __future__ import annotations

from datetime import date

import pytest

from dyad.events.dates import find_dates

TUESDAY = date(2020, 12, 15)


@pytest.mark.parametrize(
    ("text", "day", "precision"),
    [
        ("The minister said on Monday that talks would go on.", date(2020, 12, 14), "day"),
        ("The call took place on Tuesday.", date(2020, 12, 15), "day"),
        ("They met last Tuesday in Geneva.", date(2020, 12, 8), "day"),
        ("The envoy arrived yesterday.", date(2020, 12, 14), "day"),
        ("Officials confirmed the deal today.", date(2020, 12, 15), "day"),
        ("The talks were held on Dec. 14.", date(2020, 12, 14), "day"),
        ("The talks were held on 14 December.", date(2020, 12, 14), "day"),
        ("The accord was signed on June 28, 2021.", date(2021, 6, 28), "day"),
        ("The accord was signed on 28 June 2021.", date(2021, 6, 28), "day"),
        ("A state visit to the capital in September 2019 set the tone.", date(2019, 9, 1), "month"),
        ("The two leaders last spoke in February.", date(2020, 2, 1), "month"),
        ("A delegation came at the beginning of December.", date(2020, 12, 1), "month"),
        ("The envoys met at the end of November in Rome.", date(2020, 11, 1), "month"),
        ("Talks resumed towards the middle of October.", date(2020, 10, 1), "month"),
        ("Exports halted from the start of March.", date(2020, 3, 1), "month"),
        ("Relations were established in 1992.", date(1992, 1, 1), "year"),
        ("The ministers met last week.", date(2020, 12, 7), "week"),
        ("Trade grew sharply last month.", date(2020, 11, 1), "month"),
        ("Talks ran in Doha from Dec. 7 to 10.", date(2020, 12, 10), "day"),
        ("The truce took effect at midnight on Dec. 12-13.", date(2020, 12, 13), "day"),
        ("Rockets hit the base last night.", date(2020, 12, 14), "day"),
        ("The two ministers met on the 11th and agreed to talk again.", date(2020, 12, 11), "day"),
        ("The treaty was signed on the 28th, the ministry said.", date(2020, 11, 28), "day"),
        ("The envoys met on the evening of the 11th.", date(2020, 12, 11), "day"),
        ("The envoys met on the 3rd of this month.", date(2020, 12, 3), "day"),
        ("The envoys met on the 27th of last month.", date(2020, 11, 27), "day"),
        ("The envoys met the day before yesterday.", date(2020, 12, 13), "day"),
        ("The envoys met two days ago in Quito.", date(2020, 12, 13), "day"),
        ("The envoys met on Thursday last week.", date(2020, 12, 10), "day"),
        ("The envoys met on Monday of last week.", date(2020, 12, 7), "day"),
        ("The ministers met in Riga on 14.12.2020 for consultations.", date(2020, 12, 14), "day"),
        ("The ministers met in Riga on 2020/12/14.", date(2020, 12, 14), "day"),
        # day first or month first: the reading near the story's date
        ("The ministers met in Riga on 12/14/2020.", date(2020, 12, 14), "day"),
        ("The ministers met in Riga on 11/12/2020.", date(2020, 12, 11), "day"),
        ("The ministers met in Riga on 12/11/2020.", date(2020, 12, 11), "day"),
        ("The ministers met in Riga on 13/12.", date(2020, 12, 13), "day"),
    ],
)
def test_dates_resolve(text, day, precision):
    (found,) = find_dates(text, TUESDAY)
    assert (found.day, found.precision) == (day, precision)
    assert text[found.start : found.end] == found.text


def test_a_late_december_day_in_a_january_story_is_last_year():
    (found,) = find_dates("The summit opened on Dec. 30.", date(2021, 1, 4))
    assert found.day == date(2020, 12, 30)


def test_future_expressions_are_marked():
    (found,) = find_dates("The ministers will meet next Tuesday.", TUESDAY)
    assert found.day == date(2020, 12, 22) and found.future
    (found,) = find_dates("A delegation arrives tomorrow.", TUESDAY)
    assert found.future


def test_relative_dates_need_the_article_date():
    assert find_dates("They met on Monday.", None) == []
    (found,) = find_dates("They met on June 28, 2021.", None)
    assert found.day == date(2021, 6, 28)


@pytest.mark.parametrize(
    "text",
    [
        "The unit answers calls 24/7.",
        "Only 3/4 of the aid arrived.",
        "They met on 5/6 in Riga.",  # May 6 or June 5: both far from the story's date
    ],
)
def test_numbers_that_are_no_day(text):
    assert find_dates(text, TUESDAY) == []


def test_a_numeric_day_without_the_story_date_must_be_unambiguous():
    assert find_dates("They met on 11/12/2020.", None) == []
    (found,) = find_dates("They met on 25/12/2020.", None)
    assert found.day == date(2020, 12, 25)


def test_may_the_verb_is_no_month():
    assert find_dates("The sides may meet again soon.", TUESDAY) == []


def test_invalid_days_are_ignored():
    assert find_dates("It happened on February 30, 2021.", TUESDAY) == []


def test_several_dates_in_order_without_overlap():
    found = find_dates("On Monday, Dec. 14, the two ministers spoke.", TUESDAY)
    assert [w.text for w in found] == ["On Monday", "Dec. 14"]


@pytest.mark.parametrize(
    "text", ["They marked the 30th anniversary of ties.", "It was the 19th century's border."]
)
def test_an_ordinal_before_a_noun_is_no_day(text):
    assert find_dates(text, TUESDAY) == []

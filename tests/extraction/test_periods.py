"""Periods from the text, or from the publication date and saying so."""

from datetime import date

import pytest

from extraction import extract_period
from extraction.languages import extract as extract_in_any_language


def test_a_day_range_in_the_text(run):
    (figure,) = run("3,000 households fled Saraqeb between 1 and 5 February.", published=date(2020, 2, 7))
    assert (figure.period_start, figure.period_end, figure.period_accuracy) == (
        date(2020, 2, 1), date(2020, 2, 5), "day"
    )  # fmt: skip
    assert figure.period_source == "text" and "period:text" in figure.rules


def test_a_weekday_is_the_last_one_on_or_before_publication(run):
    (figure,) = run("5,000 people fled Ariha on Tuesday.", published=date(2020, 2, 5))  # a Wednesday
    assert (figure.period_start, figure.period_end) == (date(2020, 2, 4), date(2020, 2, 4))


def test_without_a_period_in_the_text_the_publication_date_says_so(run):
    (figure,) = run("5,000 people fled Ariha.", published=date(2020, 2, 5))
    assert (figure.period_start, figure.period_end, figure.period_source) == (
        date(2020, 2, 5), date(2020, 2, 5), "publication-date"
    )  # fmt: skip
    assert "period:publication-date" in figure.rules


def test_a_period_from_the_publication_date_does_not_claim_to_be_day_accurate(run):
    (figure,) = run("5,000 people fled Ariha.", published=date(2020, 2, 5))
    assert figure.period_accuracy == "published"


@pytest.mark.parametrize(
    "sentence,start,end,accuracy",
    [
        ("between 19 February and 23 March", date(2020, 2, 19), date(2020, 3, 23), "day"),
        ("from 29 October to 3 November", date(2019, 10, 29), date(2019, 11, 3), "day"),
        ("between late November 2016 and mid-March", date(2016, 11, 21), date(2017, 3, 20), "month"),
        ("between December 2016 and early February 2017", date(2016, 12, 1), date(2017, 2, 10), "month"),
    ],
)
def test_ranges(sentence, start, end, accuracy):
    assert tuple(extract_period(sentence, date(2020, 4, 1))[:3]) == (start, end, accuracy)


@pytest.mark.parametrize(
    "sentence",
    [
        "Some 3,000 people have fled Goma since Monday, OCHA said.",
        "Some 3,000 people have fled Goma since last Monday, OCHA said.",
        "Plus de 3 000 personnes ont été déplacées à Goma depuis lundi, selon OCHA.",
        "نزح ٣٠٠٠ شخص من غوما منذ يوم الاثنين.",
    ],
)
def test_since_a_weekday_runs_from_that_day_to_publication(gazetteer, sentence):
    (figure,) = extract_in_any_language(sentence, gazetteer=gazetteer, published=date(2024, 2, 10))  # a Saturday
    assert (figure.period_start, figure.period_end, figure.period_accuracy) == (
        date(2024, 2, 5), date(2024, 2, 10), "day"
    )  # fmt: skip

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


@pytest.mark.parametrize(
    "sentence,published,start,end",
    [
        # the words that open a period are read in any case at a sentence's start
        ("Between 3 and 9 June, 2,000 people fled Kidal.", date(2024, 6, 12), date(2024, 6, 3), date(2024, 6, 9)),
        (
            "From 1 March to 15 April 2023, 9,000 people fled Kidal.",
            date(2023, 5, 1),
            date(2023, 3, 1),
            date(2023, 4, 15),
        ),
        # "the week of …", and a day range with a dash
        (
            "During the week of 8 to 14 July, 900 people fled Kidal.",
            date(2024, 7, 20),
            date(2024, 7, 8),
            date(2024, 7, 14),
        ),
        ("On 8–14 July, 900 people fled Kidal.", date(2024, 7, 20), date(2024, 7, 8), date(2024, 7, 14)),
    ],
)
def test_ranges_at_a_sentences_start_or_as_a_week_or_with_a_dash(run, sentence, published, start, end):
    (figure,) = run(sentence, published=published)
    assert (figure.period_start, figure.period_end, figure.period_accuracy) == (start, end, "day")


def test_the_month_named_after_other_capitalised_words_after_in(run):
    (figure,) = run(
        "DTM counted 4,000 new IDPs in Kabezi commune of Bujumbura province in August.", published=date(2024, 9, 9)
    )
    assert (figure.period_start, figure.period_end) == (date(2024, 8, 1), date(2024, 8, 31))


@pytest.mark.parametrize("words", ["since the start of the year", "since the beginning of 2024", "so far this year"])
def test_since_the_start_of_the_year_runs_from_the_first_of_january(run, words):
    (figure,) = run(f"Some 7,000 people have fled Kidal {words}.", published=date(2024, 5, 20))
    assert (figure.period_start, figure.period_end) == (date(2024, 1, 1), date(2024, 5, 20))


def test_the_first_week_of_a_month_is_its_first_seven_days(run):
    (figure,) = run("About 600 families fled Kidal during the first week of April.", published=date(2024, 4, 20))
    assert (figure.period_start, figure.period_end) == (date(2024, 4, 1), date(2024, 4, 7))


def test_since_mid_month_starts_at_its_middle(run):
    (figure,) = run("Some 7,000 people have fled Kidal since mid-June.", published=date(2024, 7, 20))
    assert (figure.period_start, figure.period_end) == (date(2024, 6, 11), date(2024, 7, 20))


def test_as_of_a_weekday_is_that_day(run):
    (figure,) = run("3,400 people were in evacuation centres in Kidal as of Monday.", published=date(2024, 7, 18))
    assert (figure.period_start, figure.period_end) == (date(2024, 7, 15), date(2024, 7, 15))


@pytest.mark.parametrize(
    "words,start,end",
    [
        ("in the first half of 2023", date(2023, 1, 1), date(2023, 6, 30)),
        ("during the third quarter of 2023", date(2023, 7, 1), date(2023, 9, 30)),
        ("in the first half of the year", date(2024, 1, 1), date(2024, 5, 20)),  # up to the publication date
    ],
)
def test_a_half_or_a_quarter_of_a_year(run, words, start, end):
    (figure,) = run(f"About 2,000 families fled Marib {words}.", published=date(2024, 5, 20))
    assert (figure.period_start, figure.period_end) == (start, end)


def test_a_month_and_year_after_since_is_not_read_as_a_day(run):
    (figure,) = run("Some 9,000 people have returned to Sinjar since September 2023.", published=date(2024, 8, 1))
    assert (figure.period_start, figure.period_end) == (date(2023, 9, 1), date(2024, 8, 1))


def test_since_the_start_of_a_month(run):
    (figure,) = run("Over 2,000 families have fled Beni since the start of June.", published=date(2024, 6, 20))
    assert (figure.period_start, figure.period_end) == (date(2024, 6, 1), date(2024, 6, 20))


@pytest.mark.parametrize("words", ["this month", "so far this month"])
def test_this_month_runs_from_its_first_day(run, words):
    (figure,) = run(f"About 1,400 families left Jeddah camp {words} to return home.", published=date(2024, 4, 18))
    assert (figure.period_start, figure.period_end) == (date(2024, 4, 1), date(2024, 4, 18))


def test_a_sentence_without_a_word_of_time_takes_the_publication_date(run):
    (figure,) = run("Some 2,000 people fled Marib to Aden, the Executive Unit said.", published=date(2024, 4, 18))
    assert figure.period_source == "publication-date"


def test_since_an_event_that_began_on_a_day(run):
    (figure,) = run(
        "Around 80,000 people have fled Rafah since the operation began on 6 May.", published=date(2024, 5, 20)
    )
    assert (figure.period_start, figure.period_end) == (date(2024, 5, 6), date(2024, 5, 20))


def test_a_part_of_a_day_names_its_day_without_on(run):
    # published on Friday 11 August 2023: "Thursday night" is the 10th
    (figure,) = run(
        "Maui County officials said about 1,400 people spent Thursday night in emergency shelters.",
        published=date(2023, 8, 11),
    )
    assert (figure.period_start, figure.period_end) == (date(2023, 8, 10), date(2023, 8, 10))
    # a weekday alone, with no preposition and no part of the day, is not read as the period
    (figure,) = run("Thursday's report said 1,400 people were in shelters in Maui.", published=date(2023, 8, 11))
    assert figure.period_start == date(2023, 8, 11)


def test_over_the_weekend_is_the_last_saturday_and_sunday(run):
    # published on Tuesday 28 May 2024
    (figure,) = run("Some 3,000 people had arrived in Dori over the weekend.", published=date(2024, 5, 28))
    assert (figure.period_start, figure.period_end) == (date(2024, 5, 25), date(2024, 5, 26))
    # said on the Sunday itself: that weekend, up to the day
    (figure,) = run("Some 3,000 people arrived in Dori this weekend.", published=date(2024, 5, 26))
    assert (figure.period_start, figure.period_end) == (date(2024, 5, 25), date(2024, 5, 26))
    # "last weekend" said on a Sunday: the weekend before
    (figure,) = run("Some 3,000 people arrived in Dori last weekend.", published=date(2024, 5, 26))
    assert (figure.period_start, figure.period_end) == (date(2024, 5, 18), date(2024, 5, 19))


def test_in_may_written_with_a_capital_is_the_month(run):
    (figure,) = run("Some 4,000 people were displaced by floods in La Guajira in May.", published=date(2024, 6, 20))
    assert (figure.period_start, figure.period_end) == (date(2024, 5, 1), date(2024, 5, 31))
    # the modal verb, in lower case, is no month
    assert extract_period("Families in La Guajira may be displaced in may.", date(2024, 6, 20)) is None


def test_the_past_72_hours_and_the_first_months_of_the_year(run):
    (figure,) = run("Over the past 72 hours, 540 people have been evacuated from Orikhiv.", published=date(2024, 11, 4))
    assert (figure.period_start, figure.period_end) == (date(2024, 11, 2), date(2024, 11, 4))
    (figure,) = run(
        "During the first three months of the year, 21,000 people were newly displaced in Tillabéri region.",
        published=date(2024, 4, 15),
    )
    assert (figure.period_start, figure.period_end) == (date(2024, 1, 1), date(2024, 3, 31))
    # months counted from another start are no part of the year
    assert extract_period("in the first three months of the war", date(2024, 4, 15)) is None


def test_since_an_event_began_on_a_weekday(run):
    # published on Tuesday 21 September 2021
    (figure,) = run(
        "About 6,000 people have been evacuated on La Palma since the volcano erupted on Sunday.",
        published=date(2021, 9, 21),
    )
    assert (figure.period_start, figure.period_end) == (date(2021, 9, 19), date(2021, 9, 21))


def test_a_29_february_without_its_year_goes_back_to_the_last_leap_year(run):
    # published on 20 February 2024, before that year's 29 February: the one before was in 2020, and no error
    for published in (date(2024, 2, 20), date(2023, 2, 20)):
        (figure,) = run("Since 29 February, some 12,500 people have fled Kirumba.", published=published)
        assert figure.period_start == date(2020, 2, 29) and figure.location == "Kirumba"
    # a 29 February in a leap year before publication stays in that year
    (figure,) = run("Since 29 February, some 12,500 people have fled Kirumba.", published=date(2024, 3, 10))
    assert figure.period_start == date(2024, 2, 29)


# The grammar of a period as reporting writes it, beyond the forms above, resolved against a publication on
# Wednesday 13 March 2024: a month written first (US style) in a day range, an abbreviated month with its dot, a
# part of a month ("in early March"), two days joined by "and", a night spanning two dates, a range of weekdays,
# the day before publication ("yesterday", "last night") and the day itself ("today"), "as at" for "as of", a date
# in ISO form, the week to a date and "since last week/month". Each cell: the sentence, and the period it gives.
_WEDNESDAY = date(2024, 3, 13)
_PERIOD_GRID = [
    # a month written first, with its days
    ("Some 2,400 people fled Kalehe between January 29 and February 4.", (date(2024, 1, 29), date(2024, 2, 4), "day")),
    ("Some 2,400 people fled Kalehe from March 4-8.", (date(2024, 3, 4), date(2024, 3, 8), "day")),
    ("Some 2,400 people fled Kalehe on March 4–8, the agency said.", (date(2024, 3, 4), date(2024, 3, 8), "day")),
    ("Some 2,400 people fled Kalehe from March 3 to March 9.", (date(2024, 3, 3), date(2024, 3, 9), "day")),
    ("Some 2,400 people fled Kalehe between March 3 and 9.", (date(2024, 3, 3), date(2024, 3, 9), "day")),
    ("Some 2,400 people fled Kalehe between Dec. 28, 2023 and Jan. 3.", (date(2023, 12, 28), date(2024, 1, 3), "day")),
    # an abbreviated month with its dot
    ("Some 2,400 people fled Kalehe on Feb. 5.", (date(2024, 2, 5), date(2024, 2, 5), "day")),
    ("As of Mar. 10, some 2,400 people were sheltering in Kalehe.", (date(2024, 3, 10), date(2024, 3, 10), "day")),
    # "as at", and a date in ISO form
    ("As at 10 March, 2,400 people were sheltering in Kalehe.", (date(2024, 3, 10), date(2024, 3, 10), "day")),
    ("As of 2024-03-10, 2,400 people were sheltering in Kalehe.", (date(2024, 3, 10), date(2024, 3, 10), "day")),
    # a part of a month
    ("Some 2,400 people fled Kalehe in early March.", (date(2024, 3, 1), date(2024, 3, 10), "month")),
    ("Some 2,400 people fled Kalehe in mid-February.", (date(2024, 2, 11), date(2024, 2, 20), "month")),
    ("Some 2,400 people fled Kalehe in late February.", (date(2024, 2, 21), date(2024, 2, 29), "month")),
    ("Some 2,400 people fled Kalehe at the end of February.", (date(2024, 2, 21), date(2024, 2, 29), "month")),
    ("Some 2,400 people fled Kalehe in late December 2023.", (date(2023, 12, 21), date(2023, 12, 31), "month")),
    # two days, and a night across two dates
    ("Some 2,400 people fled Kalehe on 3 and 4 March.", (date(2024, 3, 3), date(2024, 3, 4), "day")),
    ("Some 2,400 people fled Kalehe on the night of 5 to 6 March.", (date(2024, 3, 5), date(2024, 3, 6), "day")),
    # a range of weekdays, the last ones on or before publication
    ("Some 2,400 people fled Kalehe between Sunday and Tuesday.", (date(2024, 3, 10), date(2024, 3, 12), "day")),
    ("Some 2,400 people fled Kalehe from Monday to Wednesday.", (date(2024, 3, 11), date(2024, 3, 13), "day")),
    ("Some 2,400 people fled Kalehe on Saturday and Sunday.", (date(2024, 3, 9), date(2024, 3, 10), "day")),
    # the day before publication and the day itself
    ("Some 2,400 people fled Kalehe yesterday, the agency said.", (date(2024, 3, 12), date(2024, 3, 12), "day")),
    ("Some 2,400 people were evacuated from Kalehe last night.", (date(2024, 3, 12), date(2024, 3, 12), "day")),
    ("OCHA said today that 2,400 people had fled Kalehe.", (date(2024, 3, 13), date(2024, 3, 13), "day")),
    # the week to a date, and since last week or month
    ("In the week to 8 March, 2,400 people fled Kalehe.", (date(2024, 3, 2), date(2024, 3, 8), "week")),
    ("In the week ending 8 March, 2,400 people fled Kalehe.", (date(2024, 3, 2), date(2024, 3, 8), "week")),
    ("Some 2,400 people have fled Kalehe since last week.", (date(2024, 3, 4), date(2024, 3, 13), "week")),
    ("Some 2,400 people have fled Kalehe since last month.", (date(2024, 2, 1), date(2024, 3, 13), "month")),
    # an explicit period wins over the day of the saying
    ("OCHA said yesterday that 2,400 people had fled Kalehe since 1 March.", (date(2024, 3, 1), _WEDNESDAY, "day")),
    ("OCHA said today that 2,400 people had fled Kalehe in the past week.", (date(2024, 3, 7), _WEDNESDAY, "day")),
]
# near-misses: the same words where they give no period
_NO_PERIOD_GRID = [
    "Some 2,400 people fled Kalehe, where March 4 Road was cut.",
    "Some 2,400 people fled Kalehe, according to a report of the late Mr Ndaye.",
    "Some 2,400 people fled Kalehe, a town of 3 and 4 storey buildings.",
    "Some 2,400 people fled Kalehe for the 2nd time; yesterdays' rains were lighter.",
    "Some 2,400 people fled Kalehe, as at least 3 villages burned.",
    "Some 2,400 people fled Kalehe in Mayotte.",
    "Some 2,400 people fled Kalehe on Route 2024-03.",
]


@pytest.mark.parametrize("sentence,expected", _PERIOD_GRID, ids=[s[:48] for s, _ in _PERIOD_GRID])
def test_the_grid_of_period_phrases(sentence, expected):
    assert tuple(extract_period(sentence, _WEDNESDAY)[:3]) == expected


@pytest.mark.parametrize("sentence", _NO_PERIOD_GRID)
def test_near_misses_of_period_phrases_give_none(sentence):
    assert extract_period(sentence, _WEDNESDAY) is None


@pytest.mark.parametrize(
    "sentence,day",
    [
        ("Some 400 families fled Ariha on 3 February 2020, the UN said.", date(2020, 2, 3)),
        ("By March 14, 2021, about 2,500 people had been displaced in Sarmada.", date(2021, 3, 14)),
        ("As of 2019-11-30, 900 people had been evacuated from Kafr Nabl.", date(2019, 11, 30)),
    ],
)
def test_a_day_written_with_its_year_needs_no_publication_date(run, sentence, day):
    (figure,) = run(sentence, published=None)
    assert (figure.period_start, figure.period_end, figure.period_accuracy, figure.period_source) == (
        day, day, "day", "text"
    )  # fmt: skip


@pytest.mark.parametrize(
    "sentence",
    ["Some 400 families fled Ariha on 3 February, the UN said.", "Some 400 families fled Ariha on Tuesday."],
)
def test_without_a_publication_date_a_day_with_no_year_gives_no_period(run, sentence):
    (figure,) = run(sentence, published=None)
    assert (figure.period_start, figure.period_end, figure.period_source) == (None, None, None)

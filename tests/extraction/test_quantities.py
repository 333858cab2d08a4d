"""Numbers as real reporting writes them."""

import re

import pytest

from extraction import parse_number
from extraction.quantities import QUALIFIER_WORDS, qualifier_words
from extraction.vocab import Qualifier


@pytest.mark.parametrize(
    "sentence,value",
    [
        ("Some 14 000 people were displaced in Formosa.", 14_000),
        ("At least 3 385 people had been evacuated in Valparaiso.", 3_385),
        ("About 3\u202f385 people had been evacuated in Valparaiso.", 3_385),  # narrow no-break space
        ("15 people reported dead and 61, 000 people displaced in Albay.", 61_000),
        ("The state has set up 1,537 relief camps and 2.14 lakh people have been accommodated in Assam.", 214_000),
        ("IDPs total 122 387 in Ouaka.", 122_387),
    ],
)
def test_thousands_separated_by_spaces_and_indian_numbering(run, sentence, value):
    assert [c.value for c in run(sentence)] == [value]


def test_a_space_does_not_join_a_year_to_a_count(run):
    (figure,) = run("In 2016 500 people fled Ariha.")
    assert figure.value == 500


@pytest.mark.parametrize(
    "text,value",
    [("14 000", 14_000), ("61, 000", 61_000), ("2.14 lakh", 214_000), ("1.5 crore", 15_000_000), ("1,200", 1_200)],
)
def test_parse_number(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text,value", [("5.000", 5_000), ("1.200.000", 1_200_000), ("12.500", 12_500)])
def test_a_point_between_thousands_is_a_thousands_separator(text, value):
    assert parse_number(text) == value


def test_a_decimal_with_a_scale_word_stays_a_decimal():
    assert parse_number("1.2 million") == 1_200_000 and parse_number("2.14 lakh") == 214_000


@pytest.mark.parametrize("text,value", [("1,65,000", 165_000), ("12,34,567", 1_234_567), ("2,50,000", 250_000)])
def test_indian_digit_grouping(text, value):
    assert parse_number(text) == value


def test_indian_digit_grouping_in_a_sentence(run):
    (figure,) = run("In Bihar, 2,50,000 people have been shifted to relief camps in Darbhanga.")
    assert (figure.value, figure.term) == (250_000, "evacuated")


def test_at_least_n_and_possibly_as_many_as_m_is_a_range(run):
    (figure,) = run("At least 7,000 and possibly as many as 10,000 people fled Kidal after the strikes.")
    assert (figure.value, figure.value_high, figure.qualifier) == (7_000, 10_000, "at_least")


def test_n_odd_people(run):
    (figure,) = run("Some 3,000-odd residents of Kaga Bandoro fled into the bush.")
    assert (figure.value, figure.qualifier) == (3_000, "approximately")


@pytest.mark.parametrize(
    "sentence,value",
    [
        ("The number of displaced people fell from 80,000 to 60,000 in Nampula province, officials said.", 60000),
        ("The number of evacuees in Yen Bai province fell from 14,000 to 9,500 as the water receded.", 9500),
        ("The number of people displaced in Sool has risen from 12,000 to 19,500, OCHA said.", 19500),
    ],
)
def test_a_change_told_by_its_two_ends_gives_the_figure_now(run, sentence, value):
    (figure,) = run(sentence)
    assert (figure.value, figure.value_high) == (value, None)


def test_a_range_from_low_to_high_is_still_a_range(run):
    (figure,) = run("Between 5,000 and 7,000 people fled Kalehe, OCHA said.")
    assert (figure.value, figure.value_high) == (5000, 7000)
    (figure,) = run("From 5,000 to 7,000 people fled Kalehe, OCHA said.")
    assert (figure.value, figure.value_high) == (5000, 7000)


@pytest.mark.parametrize("text,value", [("1,85 million", 1_850_000), ("2,5 m", 2_500_000), ("3,25 lakh", 325_000)])
def test_a_decimal_comma_before_a_scale_word(text, value):
    assert parse_number(text) == value


def test_a_decimal_comma_in_a_sentence_is_one_figure(run):
    (figure,) = run("In North Kivu, 1,85 million IDPs are recorded in Rutshuru and Masisi (OCHA, 30 April 2024).")
    assert figure.value == 1_850_000


def test_a_count_in_a_year_is_not_a_ratio(run):
    (figure,) = run("Drought-induced displacement in Somalia reached 1.1 million in 2022, the PRMN reported.")
    assert (figure.value, figure.location) == (1_100_000, "Somalia")


def test_a_ratio_is_still_a_ratio(run):
    assert run("In Gaza, 9 in 10 people have been displaced at least once.") == []


def test_a_plus_after_the_number_is_more_than(run):
    (figure,) = run("Over the past ten days, 10,000+ people have been evacuated from Vovchansk.")
    assert (figure.value, figure.qualifier) == (10_000, "more_than")


@pytest.mark.parametrize("sentence", ["Floods in Swat displaced ~3,200 people.", "Floods displaced c. 3,200 people."])
def test_a_tilde_or_circa_is_approximately(run, sentence):
    (figure,) = run(sentence)
    assert (figure.value, figure.qualifier) == (3_200, "approximately")


@pytest.mark.parametrize(
    "text,value",
    [("two and a half thousand", 2_500), ("1 and a half million", 1_500_000), ("one and a half million", 1_500_000)],
)
def test_a_whole_number_and_a_half_before_the_scale(text, value):
    assert parse_number(text) == value


def test_a_number_and_a_half_in_a_sentence(run):
    (figure,) = run("Some two and a half thousand families were moved from Kurigram to flood shelters.")
    assert (figure.value, figure.unit, figure.qualifier) == (2_500, "household", "approximately")


def test_n_plus_written_with_a_hyphen(run):
    (figure,) = run("An estimated 5,000-plus people fled Port-au-Prince's Solino neighbourhood, IOM said.")
    assert figure.value == 5_000


@pytest.mark.parametrize("text,value", [("a quarter of a million", 250_000), ("three quarters of a million", 750_000)])
def test_quarters_of_a_million(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize(
    "sentence,value",
    [("Six hundred and fifty families were relocated in Tacloban.", 650),
     ("Two thousand and seven hundred people fled Mweso.", 2_700)],
)  # fmt: skip
def test_number_words_joined_by_and_are_one_number(run, sentence, value):
    assert [c.value for c in run(sentence)] == [value]


@pytest.mark.parametrize(
    "sentence,values",
    [
        ("Rescue 1122 evacuated about 1,200 residents from the banks of the Swat river.", [1_200]),
        ("A fire in Camp 11 destroyed 2,000 shelters and left 12,000 refugees homeless.", [12_000]),
    ],
)
def test_a_number_in_a_name_is_not_a_count(run, sentence, values):
    assert [c.value for c in run(sentence)] == values


def test_a_running_total_since_a_year_is_not_a_range_from_the_year(run):
    sentence = (
        "UNHCR registered 14,600 new Sudanese refugees in Wadi Fira in the first week of May, bringing the number "
        "there since April 2023 to 287,000."
    )
    assert [(c.value, c.value_high) for c in run(sentence)] == [(14_600, None), (287_000, None)]


def test_a_range_of_years_is_still_no_count(run):
    assert run("Floods displaced people in every province of Pakistan from 2014 to 2022.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Each returnee family receives 14,000 afghanis in cash in Herat.",
        "Families displaced in Accra were given 2,000 cedis each.",
        "The government offered IQD 4 million to each family returning to Sinjar.",
        "Assistance worth ₱ 512,874 was given to evacuees in Bicol.",
    ],
)
def test_money_is_not_a_count_of_people(run, sentence):
    assert run(sentence) == []


@pytest.mark.parametrize("text,value", [("a dozen", 12), ("half a dozen", 6)])
def test_a_dozen(text, value):
    assert parse_number(text) == value


def test_a_dozen_families_displaced(run):
    (figure,) = run("A dozen families were displaced when settlers attacked the herding community of Zanuta.")
    assert (figure.value, figure.unit) == (12, "household")


def test_dozens_stay_vague(run):
    (figure,) = run("Dozens of families have been evicted from the Kibera settlement in Nairobi.")
    assert (figure.value, figure.qualifier) == (12, "at_least")


@pytest.mark.parametrize(
    "sentence",
    [
        "In Tawila there is one latrine for every 120 displaced people.",
        "The camp has one doctor per 10,000 displaced people.",
    ],
)
def test_a_rate_per_people_is_not_a_count(run, sentence):
    assert run(sentence) == []


def test_a_hundred_thousand_is_one_number(run):
    (figure,) = run("Over a hundred thousand people were pre-emptively evacuated in Cagayan and Isabela.")
    assert (figure.value, figure.qualifier) == (100_000, "more_than")


@pytest.mark.parametrize(
    "sentence,value",
    [
        ("Several thousand people fled Barsalogho for Kaya after the massacre.", 1_000),
        ("A few hundred families fled Barsalogho for Kaya after the massacre.", 100),
        ("Several hundred thousand people fled Khartoum in the first weeks.", 100_000),
    ],
)
def test_several_or_a_few_of_a_scale_is_at_least_the_scale(run, sentence, value):
    (figure,) = run(sentence)
    assert (figure.value, figure.qualifier) == (value, "at_least")


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("An estimated 5-6,000 people fled Djibo.", 5_000, 6_000),
        ("Between 10 and 15,000 people fled Djibo.", 10_000, 15_000),
        ("Between 500 and 6,000 people fled Djibo.", 500, 6_000),
    ],
)
def test_a_range_with_the_thousands_written_once(run, text, low, high):
    (figure,) = run(text)
    assert (figure.value, figure.value_high) == (low, high)


@pytest.mark.parametrize(
    "sentence,value",
    [
        ("Twenty-five families fled the village.", 25),
        ("Thirty-two thousand people fled the village.", 32000),
        ("Twenty-five thousand to thirty thousand people fled.", 25000),
    ],
)
def test_a_number_word_written_with_a_hyphen_is_one_number_not_a_range(run, sentence, value):
    (figure,) = run(sentence)
    assert figure.value == value


@pytest.mark.parametrize("part", ["30,000", "30 000", "thirty thousand"])
def test_a_part_of_the_figure_before_in_any_written_form_leaves_the_whole_its_place(run, part):
    whole, piece = run(f"At least 38,640 people have been displaced in Libya, {part} of them in Derna, IOM said.")
    assert (whole.value, whole.location) == (38640, "Libya")
    assert (piece.value, piece.location) == (30000, "Derna")


def test_a_part_in_words_after_with_leaves_the_whole_its_place(run):
    whole, piece = run(
        "Displacement in Somalia reached 1.2 million people this year, with twenty-five thousand new arrivals "
        "recorded in Baidoa in November alone (UNHCR, 28 November 2022)."
    )
    assert (whole.location, piece.value, piece.location) == ("Somalia", 25000, "Baidoa")


def test_a_part_in_words_goes_on_from_the_sentence_before(run):
    whole, piece = run(
        "The Ministry of Emergency Situations said 136,000 people had been evacuated from Batken region. As of "
        "20 September, ninety-four thousand of them had returned to their villages."
    )
    assert piece.value == 94000 and piece.reporting_body == whole.reporting_body


@pytest.mark.parametrize(
    ("text", "value", "place"),
    [
        ("Nearly 3.5m Somalis are internally displaced, OCHA said.", 3_500_000, "Somalia"),
        ("Some 3.5 million Somalis are internally displaced, OCHA said.", 3_500_000, "Somalia"),
        ("Some forty thousand Oregonians have been evacuated from their homes because of wildfires.", 40_000, "Oregon"),
    ],
)
def test_people_of_a_place_counted_in_any_written_form_are_in_that_place(run, text, value, place):
    (figure,) = run(text)
    assert (figure.value, figure.location) == (value, place)


def test_the_second_day_after_a_month_is_no_count(run):
    (figure,) = run("Thousands of refugees arrived between March 3 and 9 in Gorom, UNHCR said.")
    assert (figure.value, figure.location) == (1000, "Gorom")


def test_a_reports_number_is_no_count(run):
    assert run("DTM Yemen – Weekly Displacement Snapshot 38\nNew displacement this week: 1,240 individuals") != []
    assert all(c.value != 38 for c in run("DTM Yemen – Weekly Displacement Snapshot 38\nIDPs displaced: 1,240"))


def test_hundreds_then_tens_joined_by_a_hyphen_are_one_number_not_a_range(run):
    (figure,) = run("Authorities ordered the evacuation of more than five hundred eighty-six thousand people.")
    assert (figure.value, figure.value_high) == (586_000, None)


def test_a_half_million_is_half_a_million(run):
    (figure,) = run("Over a half million people have fled their homes in the region.")
    assert figure.value == 500_000


def test_the_residents_a_town_has_are_its_population_not_a_figure(run):
    (figure,) = run("The town had some 80,000 residents and more than 20,000 displaced people before the attack.")
    assert figure.value == 20_000


def test_a_number_hyphened_to_a_scale_word_is_one_number_as_broadcast_copy_writes_it(run):
    (figure,) = run("Fire officials say more than 12-thousand people have evacuated from the hills above Ojai.")
    assert (figure.value, figure.value_high, figure.qualifier) == (12_000, None, "more_than")
    (figure,) = run("About 35-hundred residents of Paradise were told to leave on Sunday.")
    assert (figure.value, figure.value_high) == (3_500, None)
    # a range of two numbers before the scale word is still a range
    (figure,) = run("Between 4-6 thousand people have fled the fire near Ojai.")
    assert (figure.value, figure.value_high) == (4_000, 6_000)


def test_a_count_grouped_by_commas_after_a_month_is_no_day(run):
    # "between March and June 4,200 …": the month closes a span, the count is 4,200
    (figure,) = run("Between March and June 4,200 more families were displaced to Kaga Bandoro, the agency said.")
    assert (figure.value, figure.unit, figure.location) == (4200, "household", "Kaga Bandoro")
    # a day of the month is still one: the 6 is no count
    (figure,) = run("On June 6, 2023 some 900 people fled Kaga Bandoro.")
    assert figure.value == 900


def test_one_out_of_every_so_many_is_a_share_not_a_count(run):
    # the share's base is no figure; the total the sentence gives is
    found = run("One out of every 50 residents of Tigray fled in a year, pushing the number of IDPs to 1.8 million.")
    assert [f.value for f in found] == [1_800_000]
    assert run("One in every 20 people in Kharkiv has fled the city.") == []
    # a plain count of people before the same verb is still a figure
    (figure,) = run("Some 50 residents of Tigray fled in a year.")
    assert figure.value == 50


# One qualifier vocabulary (`quantities.QUALIFIER_WORDS`) for every pattern that looks past a qualifier to its
# number: whichever words qualify the count, the construction around it reads the same figure and place.
_QUALIFIED_FRAMES = [
    "Half of the {q}42,000 displaced people in Kalemie now live with host families.",
    "The town of Moroto has received {q}6,500 refugees over the past four weeks.",
    "The school in Mbarara is hosting {q}1,200 people who fled the floods.",
    "There are now {q}18,000 IDPs in Dolo.",
    "The fighting forced {q}9,000 people to flee Kidal.",
    "Of the {q}31,000 people displaced in Tete, most are women and children.",
    "Landslides displaced 2,400 people in Bududa, and {q}700 more in Mbale.",
]
_QUALIFIER_PHRASES = {
    "some ": Qualifier.APPROXIMATELY,
    "roughly ": Qualifier.APPROXIMATELY,
    "an estimated ": Qualifier.APPROXIMATELY,
    "more than ": Qualifier.MORE_THAN,
    "upwards of ": Qualifier.MORE_THAN,
    "in excess of ": Qualifier.MORE_THAN,
    "just over ": Qualifier.MORE_THAN,
    "close to ": Qualifier.NEARLY,
    "almost ": Qualifier.NEARLY,
    "at least ": Qualifier.AT_LEAST,
    "a minimum of ": Qualifier.AT_LEAST,
}


@pytest.mark.parametrize("frame", _QUALIFIED_FRAMES)
@pytest.mark.parametrize("phrase", list(_QUALIFIER_PHRASES))
def test_any_qualifier_before_the_count_keeps_the_figure_and_its_place(run, frame, phrase):
    bare = [(c.value, c.location) for c in run(frame.format(q=""))]
    qualified = run(frame.format(q=phrase))
    assert bare and [(c.value, c.location) for c in qualified] == bare
    assert qualified[-1].qualifier == _QUALIFIER_PHRASES[phrase]


def test_qualifier_words_can_leave_a_qualifier_out():
    assert re.fullmatch(rf"(?:{QUALIFIER_WORDS})", "up to", re.I)
    assert re.fullmatch(rf"(?:{QUALIFIER_WORDS})", "in excess of", re.I)
    assert not re.fullmatch(rf"(?:{qualifier_words(but=(Qualifier.UP_TO,))})", "up to", re.I)
    assert re.fullmatch(rf"(?:{qualifier_words(but=(Qualifier.UP_TO,))})", "about", re.I)


@pytest.mark.parametrize(
    "number,value",
    [
        ("fifty thousands", 50_000),
        ("Fifty-five thousands", 55_000),
        ("five hundred thousands", 500_000),
        ("two millions", 2_000_000),
    ],
)
@pytest.mark.parametrize("frame", ["About {n} people fled Jonglei.", "Clashes forced {n} residents to leave Jonglei."])
def test_the_grid_a_scale_in_the_plural_after_its_number_is_one_count(run, number, value, frame):
    assert [c.value for c in run(frame.format(n=number))] == [value]


@pytest.mark.parametrize(
    "sentence,value,qualifier",
    [
        ("Thousands of people fled Jonglei.", 1_000, Qualifier.AT_LEAST),
        ("Clashes sent thousands fleeing toward Jonglei.", 1_000, Qualifier.AT_LEAST),
        ("Tens of thousands fled Jonglei.", 10_000, Qualifier.AT_LEAST),
        ("Hundreds of thousands fled Jonglei.", 100_000, Qualifier.AT_LEAST),
        ("Millions have fled Jonglei over the years.", 1_000_000, Qualifier.AT_LEAST),
    ],
)
def test_the_grid_a_plural_scale_alone_stays_a_vague_amount(run, sentence, value, qualifier):
    assert [(c.value, c.qualifier) for c in run(sentence)] == [(value, qualifier)]


@pytest.mark.parametrize(
    "sentence,low,high",
    [
        ("Some 1.6 to 1.7 million people were displaced in Jubaland.", 1_600_000, 1_700_000),
        ("Between 1.25 and 1.5 million people were displaced in Jubaland.", 1_250_000, 1_500_000),
        ("Some 1.6-1.8 million people were displaced in Jubaland.", 1_600_000, 1_800_000),
        ("Some 2.5 to 3 million people were displaced in Jubaland.", 2_500_000, 3_000_000),
        ("Some 2 to 3 million people were displaced in Jubaland.", 2_000_000, 3_000_000),
        ("Some 400 to 500 thousand people were displaced in Jubaland.", 400_000, 500_000),
    ],
)
def test_a_range_written_with_one_scale_word_keeps_the_low_end_s_decimals(run, sentence, low, high):
    (figure,) = run(sentence)
    assert (figure.value, figure.value_high) == (low, high)


@pytest.mark.parametrize(
    "sentence,value",
    [
        ("Some 1.2-million people were displaced in Jubaland.", 1_200_000),
        ("Some 12-thousand people were displaced in Jubaland.", 12_000),
        ("Some 150'000 people were displaced in Jubaland.", 150_000),
        ("Some 1’250’000 people were displaced in Jubaland.", 1_250_000),
    ],
)
def test_a_scale_joined_by_a_hyphen_and_thousands_split_by_an_apostrophe(run, sentence, value):
    (figure,) = run(sentence)
    assert figure.value == value


def test_an_apostrophe_of_a_decade_or_a_possessive_is_no_thousands_separator(run):
    assert [f.value for f in run("In the 1990's 300 families fled Jubaland.")] == [300]


@pytest.mark.parametrize(
    "sentence,value",
    [
        ("Some 500 or so families fled Jubaland after the attack.", 500),
        ("A thousand or so households left Jubaland after the attack.", 1_000),
        ("500-odd families fled Jubaland after the attack.", 500),
        ("Two hundred or so people fled Jubaland after the attack.", 200),
    ],
)
def test_a_count_followed_by_or_so_or_odd_is_about_that_many(run, sentence, value):
    (figure,) = run(sentence)
    assert (figure.value, figure.qualifier) == (value, Qualifier.APPROXIMATELY)


def test_or_so_closing_a_clause_is_no_count_of_its_own(run):
    (figure,) = run("Some 5,000 people fled Jubaland in a week or so.")
    assert figure.value == 5_000


# a stray space after a thousands comma, as PDF and wire copy leave it: one count, in every verb, tense and order
_STRAY_SPACE_FRAMES = [
    "Heavy rains across Kwara killed 41 people and displaced {n} others.",
    "The rains claimed 41 lives in Kwara, displacing {n} others.",
    "In Kwara, {n} people were displaced by the floods.",
    "Some {n} residents have fled their homes in Kwara.",
    "Officials evacuated {n} people from low-lying parts of Kwara.",
    "A total of {n} families remain displaced in Kwara.",
    "Kwara now counts {n} displaced residents after the floods.",
    "Flooding forced {n} villagers in Kwara to leave their homes.",
]


@pytest.mark.parametrize("frame", _STRAY_SPACE_FRAMES)
@pytest.mark.parametrize("number,value", [("207, 902", 207_902), ("145, 310", 145_310), ("312, 004", 312_004)])
def test_the_grid_a_stray_space_after_the_thousands_comma_is_one_count(run, frame, number, value):
    assert value in [c.value for c in run(frame.format(n=number))]


@pytest.mark.parametrize(
    "sentence,values",
    [
        # lists of counts stay lists
        ("Floods displaced 150, 200 and 300 families in Bor, Akobo and Pibor respectively.", [150, 200, 300]),
        ("Clashes displaced 410, 260, and 120 households in Bor, Akobo and Pibor.", None),
        ("The camps received 650, 420 or 310 people a day last week.", None),
        # a year, an age or a day before the count is no part of it
        ("In 2019, 300 families were displaced in Bor.", [300]),
        ("On June 30, 500 people were evacuated from Bor.", [500]),
        ("Children aged 5, 12 and 40 were among those who drowned in Bor.", []),
        # a whole and its part
        ("Of the 950, 300 have returned to Bor.", [300]),
        ("Among those 950, 300 have returned to Bor.", [300]),
    ],
)
def test_the_grid_a_stray_space_does_not_join_a_list_a_year_or_a_whole_and_its_part(run, sentence, values):
    found = [c.value for c in run(sentence)]
    assert not [v for v in found if v >= 100_000]
    if values is not None:
        assert found == values


@pytest.mark.parametrize(
    "sentence,value",
    [
        ("Some two and a half million people were displaced in Jubaland.", 2_500_000),
        ("Some 2 and a half million people were displaced in Jubaland.", 2_500_000),
        ("Some one and a half million people were displaced in Jubaland.", 1_500_000),
    ],
)
def test_a_number_and_a_half_before_its_scale_is_one_number(run, sentence, value):
    (figure,) = run(sentence)
    assert figure.value == value


# a number in words before the Indian scale is one number, in every verb and order: "eight lakh people", "one crore"
@pytest.mark.parametrize(
    "sentence, values",
    [
        ("Officials moved nearly nine lakh villagers to cyclone shelters in Khulna.", [900_000]),
        ("Some two lakh people have fled to relief camps in Assam.", [200_000]),
        ("Nearly twelve lakh people were shifted to safety in Odisha.", [1_200_000]),
        ("Floods displaced one crore people across the state.", [10_000_000]),
        ("About three lakhs people took shelter in camps in Bihar.", [300_000]),
        ("The cyclone drove twenty-five lakh people to relief camps across Andhra Pradesh.", [2_500_000]),
        # near-misses: digits before the scale, a half, Indian grouping, a number in words with no scale
        ("Some 2.5 lakh people were evacuated in Gujarat.", [250_000]),
        ("About two and a half lakh people were evacuated in Gujarat.", [250_000]),
        ("Some 1,65,000 people were evacuated in Gujarat.", [165_000]),
        ("Some eight families were evacuated in Gujarat.", [8]),
    ],
)  # fmt: skip
def test_the_grid_a_number_in_words_before_lakh_or_crore_is_one_number(run, sentence, values):
    assert [c.value for c in run(sentence)] == values
    assert parse_number("nine lakh") == 900_000


_SHORT_HEAD_FRAMES = [
    "In Upper Lofa, {n} {noun} have gone back to their home villages.",
    "Fighting near Tumu displaced nearly {n} {noun}.",
    "Officials say some {n} {noun} fled Tumu last week.",
    "Rains in Tumu left {n} {noun} without shelter (figures as of Monday).",
    "Tumu camp: {n} {noun} are now sheltering in the school.",
    "The county registered {n} {noun} who fled Tumu.",
    "Nearly {n} {noun} fled Tumu.",
]


@pytest.mark.parametrize("frame", _SHORT_HEAD_FRAMES)
@pytest.mark.parametrize("number,value", [("42, 318", 42_318), ("7, 905", 7_905)])
@pytest.mark.parametrize("noun", ["IDPs", "people", "households", "persons"])
def test_the_grid_a_stray_space_after_a_short_thousands_head_is_one_count(run, frame, number, value, noun):
    found = [c.value for c in run(frame.format(n=number, noun=noun))]
    assert value in found
    assert int(number[-3:]) not in found


@pytest.mark.parametrize(
    "sentence,value",
    [
        # a day of a month, a label, an age or a verb before the head: two numbers
        ("On June 30, 500 people were evacuated from Bor.", 30_500),
        ("In Ward 4, 200 families were displaced in Bor.", 4_200),
        ("The storm killed 3, 400 people were moved to schools in Bor.", 3_400),
        ("Children aged 5, 120 people in all, were moved from Bor.", 5_120),
        ("Of the 12, 300 families have returned to Bor.", 12_300),
        ("In Bor 40, Akobo 12, 300 people remain displaced.", 12_300),
        # a list of counts, or no noun of people after the three digits
        ("Camps hold 3, 450 and 600 families in Bor.", 3_450),
        ("Since 2019, 12, 300 hectares of farmland in Bor lie flooded and people fled.", 12_300),
    ],
)
def test_the_grid_a_short_head_before_a_day_label_or_list_is_no_part_of_the_count(run, sentence, value):
    assert value not in [c.value for c in run(sentence)]


# plain digits and digits grouped by commas are read on a short path: the values the full reading gives
@pytest.mark.parametrize(
    "text,value",
    [
        ("1200", 1200),
        ("1,200", 1200),
        ("12,345,678", 12_345_678),
        ("007", 7),
        (" 4,300 ", 4300),
        ("1,20,000", 120_000),
        ("1,2345", None),
        ("1,200.5", 1200),
        ("1.200", 1200),
        ("42, 318", 42_318),
        ("1,85 million", 1_850_000),
    ],
)
def test_digits_read_on_the_short_path_give_the_full_reading_s_values(text, value):
    assert parse_number(text) == value


# "not less than" and "not fewer than" are "at least", "greater than" is "more than": the qualifier the figure is
# given, and the words every pattern looks past to the number ("killing not less than 12 people and forcing the
# relocation of …": the dead are no displacement figure; "2,100 of the greater than 9,000 people living near …": the
# whole is no figure); near-misses: "less than" and "fewer than" alone stay below, "no less than" stays at least
@pytest.mark.parametrize(
    "sentence, values, qualifier",
    [
        ("Not less than 2,100 people have been evacuated to Tumu.", [2_100], Qualifier.AT_LEAST),
        ("The floods displaced not fewer than 3,000 families in Borova.", [3_000], Qualifier.AT_LEAST),
        ("Greater than 2,100 people have been evacuated to Tumu.", [2_100], Qualifier.MORE_THAN),
        ("Floods in Borova forced greater than 800 families to flee.", [800], Qualifier.MORE_THAN),
        ("The eruption, killing not less than 12 people and forcing the relocation of villagers, hit Tumu.", [], None),
        ("The storm killed not fewer than 12 people and forced the evacuation of villages near Tumu.", [], None),
        ("About 2,100 of the greater than 9,000 people living near the crater have been evacuated to Tumu.", [2_100],
         Qualifier.APPROXIMATELY),
        ("Some 2,100 of the not less than 9,000 people living near the crater were moved to Tumu.", [2_100],
         Qualifier.APPROXIMATELY),
        # near-misses
        ("The floods displaced less than 3,000 families in Borova.", [3_000], Qualifier.LESS_THAN),
        ("Fewer than 2,100 people have been evacuated to Tumu.", [2_100], Qualifier.LESS_THAN),
        ("No less than 2,100 people have been evacuated to Tumu.", [2_100], Qualifier.AT_LEAST),
        ("The storm killed not less than 12 people while 3,000 fled to Tumu.", [3_000], Qualifier.EXACT),
    ],
)  # fmt: skip
def test_the_grid_not_less_than_and_greater_than_are_qualifiers(run, sentence, values, qualifier):
    found = run(sentence)
    assert [c.value for c in found] == values
    assert all(c.qualifier == qualifier for c in found)


# the grammar of a number in words: its parts joined by spaces, hyphens, "and" and, after a scale word, a comma
# ("One-thousand, four-hundred thirty-two"; "two million, four hundred thousand"; "three lakh, twenty thousand"),
# capitalised or not, with every scale; a stray space after the thousands comma at the sentence's end ("5, 219.").
# Near-misses stay two numbers or no figure: a comma after a number that is no scale ("two, three hundred"), two
# numbers of the same scale ("one thousand, two thousand"), years, dates and a list ("one, two or three families")
@pytest.mark.parametrize(
    "sentence, values",
    [
        ("One-thousand, four-hundred thirty-two people fled their homes in Borova.", [1_432]),
        ("Fighting displaced one thousand, six hundred and seventy-five families in Borova.", [1_675]),
        ("Two thousand, three hundred and ten people were evacuated from Tumu.", [2_310]),
        ("The floods displaced Four Thousand, Nine Hundred residents of Borova.", [4_900]),
        ("Clashes forced three thousand, and forty households to flee Tumu.", [3_040]),
        ("Some eight thousand, two hundred people have fled to Borova.", [8_200]),
        ("Floods displaced one million, two hundred thousand people in Borova.", [1_200_000]),
        ("The war displaced two million, four hundred thousand, five hundred people.", [2_400_500]),
        ("Cyclone winds forced three lakh, twenty thousand people to leave Tumu.", [320_000]),
        ("Floods displaced four lakh sixty thousand people across Borova.", [460_000]),
        ("Eight lakh people were evacuated from Tumu.", [800_000]),
        ("Two hundred and fifty families were relocated to Borova.", [250]),
        ("Seventy-two households fled Borova.", [72]),
        ("The storm displaced 5, 219.", [5_219]),
        # near-misses
        ("Floods displaced one thousand, two thousand more fled later to Tumu.", [1_000, 2_000]),
        ("Landslides displaced two lakh, three lakh more fled later to Tumu.", [200_000, 300_000]),
        ("In 2,019 or 2,020 the floods displaced 400 families in Borova.", [400]),
        ("On June 5, 300 families fled Borova.", [300]),
        ("On March 3, two thousand people fled Borova.", [2_000]),
        ("One, two or three families fled Borova.", [3]),
    ],
)  # fmt: skip
def test_the_grid_a_number_in_words_with_commas_and_hyphens_between_its_parts(run, sentence, values):
    assert [c.value for c in run(sentence)] == values


@pytest.mark.parametrize(
    "text, values",
    [
        ("two, three hundred houses", [2, 300]),
        ("three hundred, two hundred and fifty", [300, 250]),
        ("one thousand, two thousand", [1_000, 2_000]),
        ("one, two or three", [1, 2, 3]),
    ],
)
def test_a_comma_after_a_number_that_is_no_scale_word_still_parts_two_numbers(text, values):
    from extraction.quantities import _quantities

    assert [q.value for q in _quantities(text)] == values


@pytest.mark.parametrize(
    "text, value",
    [
        ("One-thousand, four-hundred thirty-two", 1_432),
        ("two thousand, three hundred and ten", 2_310),
        ("one million, two hundred thousand", 1_200_000),
        ("three lakh, twenty thousand", 320_000),
        ("three lakh and twenty thousand", 320_000),
    ],
)
def test_parse_number_reads_a_comma_between_the_parts_of_a_number_in_words(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize(
    "text, value",
    [("half million", 500_000), ("half a million", 500_000), ("a half million", 500_000)],
)
def test_parse_number_reads_half_a_million_with_or_without_its_article(text, value):
    assert parse_number(text) == value


def test_half_million_after_another_word_is_half_a_million_not_a_million(run):
    (figure,) = run("An additional half million people have fled to the coast since Monday.")
    assert figure.value == 500_000


@pytest.mark.parametrize(
    "sentence,value,unit,place",
    [
        ("Twenty-eight (28) families fled to Tanna after the eruption.", 28, "household", "Tanna"),
        ("Thirty five (35) households were displaced in Barangay Malinao.", 35, "household", "Malinao"),
        ("A total of five hundred (500) residents were evacuated from Ambae.", 500, "person", "Ambae"),
        ("Some twelve (12) families were displaced in Sanma.", 12, "household", "Sanma"),
    ],
)
def test_a_number_in_words_restated_in_digits_is_one_number(run, sentence, value, unit, place):
    (figure,) = run(sentence)
    assert (figure.value, str(figure.unit), figure.location) == (value, unit, place)


@pytest.mark.parametrize(
    "sentence",
    [
        "Twenty-eight (28) evacuation centres remain open in Sanma province.",
        "Twelve (12) houses were destroyed in Tanna.",
        "Twenty (12) families were displaced in Sanma.",  # the digits do not restate the words: no one number
    ],
)
def test_a_number_restated_in_digits_that_is_no_figure_gives_none(run, sentence):
    assert [c.value for c in run(sentence) if c.value in (12, 20, 28)] == []

"""Counts and places agency situation reports once gave wrongly: a list of numbered regions, a weekday run into its
month, a school's letters before its name and a storm's onslaught are no place; a household count restated in
people after "with", the peak a count fell from, what shelters will take in and the people a hazard (not the
displacement) affected are no figure."""

import pytest


@pytest.mark.parametrize(
    "sentence,value,place",
    [
        ("Some 1,420 families are still staying in 31 evacuation centres across Regions 5 (Bicol Region) and 8 "
         "(Eastern Visayas).", 1_420, "Bicol Region"),
        ("About 860 families remain in evacuation centres in Regions II and III, in Cagayan Valley mostly.",
         860, "Cagayan Valley"),
        ("Around 640 people sheltering in Zones 3 and 4 of the camp were moved to Dollo Ado.", 640, "Dollo Ado"),
    ],
)  # fmt: skip
def test_a_list_of_numbered_regions_is_no_place(run, sentence, value, place):
    found = run(sentence)
    assert [(c.value, c.location) for c in found] == [(value, place)]


def test_a_plural_division_without_a_number_is_left_alone(run):
    found = run("About 3,000 people fled to the Northern Regions of Ghana.")
    assert [c.value for c in found] == [3_000]


@pytest.mark.parametrize(
    "sentence,place",
    [
        ("Some 140 villagers, evacuated after the landslide buried their homes on Sunday March 3, are staying in a "
         "chapel in Mbalmayo.", "Mbalmayo"),
        ("Nearly 70 families who fled the fire on Tuesday Nov. 8 are sheltering at a hall in Taiohae.", "Taiohae"),
    ],
)  # fmt: skip
def test_a_weekday_and_its_month_are_no_place(run, sentence, place):
    (figure,) = run(sentence)
    assert figure.location == place


@pytest.mark.parametrize(
    "sentence,place",
    [
        ("In Kedah, the relief centre opened on Monday in the Kubang Pasu district at SK Jitra Utara is sheltering "
         "41 evacuees from 12 families tonight.", "Kubang Pasu"),
        ("In Perak, the relief centre at SMK Parit Buntar in the Kerian district still houses 57 flood "
         "evacuees from 19 families.", "Kerian"),
    ],
)  # fmt: skip
def test_a_school_named_after_its_letters_gives_no_place(run, sentence, place):
    found = run(sentence)
    assert [c.location for c in found] == [place]


def test_a_storm_after_its_onslaught_is_no_place(run):
    found = run(
        "The welfare department said 2,150 families fled in the onslaught of Odette, and 410 families are still "
        "in 12 evacuation centres in Tacloban."
    )
    assert "Odette" not in [c.location for c in found]
    assert (410, "Tacloban") in [(c.value, c.location) for c in found]


@pytest.mark.parametrize(
    "sentence,value",
    [
        ("In all 840 households with 4,300 people were displaced when the river burst its banks near Mwanza.", 840),
        ("Some 2,210 families with about 10,900 persons fled the fighting around Kalemie.", 2_210),
    ],
)  # fmt: skip
def test_households_with_their_people_are_one_figure(run, sentence, value):
    assert [(c.value, c.unit) for c in run(sentence)] == [(value, "household")]


@pytest.mark.parametrize(
    "sentence,value",
    [
        ("The number of evacuees has fallen sharply, from the peak of 7,410 families last week, to 520 families now "
         "staying in 18 evacuation centres.", 520),
        ("From a peak of more than 30,000 people, the shelters in Lismore now hold some 2,600 evacuees.", 2_600),
        ("Only 96 people remain at the stadium, down from its high of 4,000 evacuees on Sunday.", 96),
    ],
)  # fmt: skip
def test_the_peak_a_count_fell_from_is_no_figure(run, sentence, value):
    assert [c.value for c in run(sentence)] == [value]


@pytest.mark.parametrize(
    "sentence",
    [
        "The governor said the sports halls will initially accommodate about 1,500 evacuees.",
        "Officials estimate the new site could host up to 6,000 displaced people.",
        "Two schools would shelter some 900 people if the dam gives way, the district said.",
    ],
)
def test_what_shelters_will_take_in_is_no_figure(run, sentence):
    assert run(sentence) == []


def test_shelters_that_took_people_in_still_count(run):
    found = run("After the floods, the sports halls in Lokoja accommodated about 1,500 evacuees.")
    assert [c.value for c in found] == [1_500]


def test_people_a_hazard_affected_after_its_displacement_are_no_figure(run):
    found = run(
        "A small displacement caused by flash floods in Sabha in May, affecting some 3,200 individuals, was also "
        "recorded."
    )
    assert found == []


def test_people_displacement_events_affected_still_count(run):
    found = run("Nine mass displacement events in Nariño in May, affecting 2,740 people, were recorded.")
    assert [(c.value, c.term) for c in found] == [(2_740, "displaced")]


@pytest.mark.parametrize(
    "sentence,place",
    [
        ("Some 18,000 people, mostly from Pibor, who fled the floods in July, are sheltering in Akobo, relief "
         "agencies said.", "Akobo"),
        ("Nearly 6,500 displaced people, mainly from Kalehe, who lost their homes in the landslide, are now staying "
         "at schools in Bukavu.", "Bukavu"),
    ],
)  # fmt: skip
def test_where_most_came_from_in_an_aside_gives_way_to_where_they_stay(run, sentence, place):
    (figure,) = run(sentence)
    assert figure.location == place


def test_an_aside_of_origin_with_nowhere_they_stay_keeps_its_place(run):
    (figure,) = run("About 2,300 people, mostly from Pibor, were displaced by the floods last week.")
    assert figure.location == "Pibor"

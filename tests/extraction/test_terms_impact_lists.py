"""Displacement counts the terms stage once let a trap word cancel: a harm with its own count listed before them
("two deaths with 1,900 people displaced", "41 people were injured, 26 displaced"), a trap word that is only the
adjective of the place the people are in ("residents of the affected districts were evacuated"), and the border
of the country that speaks ("had crossed its border"). Each with the near misses that must stay non-figures."""

import pytest


@pytest.mark.parametrize(
    "sentence,value",
    [
        ("The landslides caused three deaths with a further 1,940 people displaced in Sindhupalchok.", 1_940),
        ("Heavy rain led to one death, with 730 residents displaced in Kasese.", 730),
        ("In Nyanza, 41 people were injured, 26 displaced, with 12 houses destroyed.", 26),
        ("In Rusizi, 90 people were affected and 64 displaced after the river burst its banks.", 64),
        ("The cyclone left four people dead, nine missing and some 3,100 others displaced in Toliara.", 3_100),
        ("Two people missing, 5,210 displaced and 800 homes damaged is the toll so far in Artibonite.", 5_210),
    ],
)
def test_a_harm_listed_with_its_own_count_leaves_the_displaced_count(run, sentence, value):
    found = run(sentence)
    assert [(c.value, c.unit, c.term) for c in found] == [(value, "person", "displaced")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The shelling killed two people and injured 140 displaced people in Kramatorsk.",
        "Five people were injured, including 35 displaced children, when the camp's wall fell.",
        "Two deaths and 450 injuries were reported among the displaced in Bentiu.",
    ],
)
def test_harm_done_to_the_displaced_stays_no_figure(run, sentence):
    assert run(sentence) == []


@pytest.mark.parametrize(
    "sentence,value,term",
    [
        ("More than 6,500 residents in the affected areas of Emilia have been forced to evacuate.", 6_500, "evacuated"),
        ("About 2,300 families from the flood affected districts sheltered in camps in Sylhet.", 2_300, "in_camps"),
        ("Around 4,800 people of the damaged villages were relocated to higher ground.", 4_800, "relocated"),
        ("Some 1,250 households in the shelled neighbourhoods of Kherson have fled.", 1_250, "fled"),
    ],
)
def test_a_trap_word_describing_their_place_does_not_cancel_the_figure(run, sentence, value, term):
    found = run(sentence)
    assert [(c.value, c.term) for c in found] == [(value, term)]


@pytest.mark.parametrize(
    "sentence",
    [
        "About 9,000 people in the affected areas received food parcels from the Red Cross.",
        "Some 12,000 residents in the affected districts were hit by power cuts for two days.",
        "Around 700 houses in the affected villages were destroyed by the storm.",
    ],
)
def test_what_befell_the_people_of_an_affected_place_stays_no_figure(run, sentence):
    assert run(sentence) == []


@pytest.mark.parametrize(
    "sentence,value",
    [
        ("Chad said on Friday that 18,000 Sudanese had crossed its border in a week.", 18_000),
        ("The ministry said some 2,700 people have crossed our northern border since the clashes began.", 2_700),
        ("Uganda reports that nearly 5,600 Congolese crossed its western border on Tuesday.", 5_600),
    ],
)
def test_the_border_of_the_country_that_speaks_is_crossed_in_flight(run, sentence, value):
    found = run(sentence)
    assert [(c.value, c.unit, c.term) for c in found] == [(value, "person", "fled")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials said 140 lorries crossed its border with food last week.",
        "The agency said 3,000 people may cross its border if the fighting spreads.",
    ],
)
def test_goods_or_a_crossing_that_may_come_stay_no_figure(run, sentence):
    assert run(sentence) == []

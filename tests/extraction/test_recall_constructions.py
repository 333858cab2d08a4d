"""Counts the extractor once missed in published reporting, in constructions of their own: a tracker's households
that have experienced displacement (with their letters and a conversion in brackets), displaced people and
displacements named by their cause, and camps that harbour or are home to a list of counts."""

import pytest


@pytest.mark.parametrize(
    "sentence,value,unit",
    [
        ("Since 1 March, the tracking team estimates that 4,120 households have experienced displacement in Lahj.",
         4_120, "household"),
        ("From 2 to 9 June, 310 households (HH) (1,860 individuals) experienced displacement at least once in Abyan.",
         310, "household"),
        ("Some 9,400 people had undergone secondary displacement in Ituri by the end of May.", 9_400, "person"),
    ],
)  # fmt: skip
def test_experienced_displacement_is_displacement(run, sentence, value, unit):
    (figure,) = run(sentence)
    assert (figure.value, figure.unit, figure.term) == (value, unit, "displaced")


def test_the_conversion_after_the_households_letters_is_no_second_figure(run):
    found = run("In Shabwah, 905 households (HH) (5,430 individuals) have experienced displacement since January.")
    assert [c.value for c in found] == [905]


@pytest.mark.parametrize(
    "sentence",
    [
        "Roughly half of the 2,000 households surveyed in Lahj had experienced displacement before.",
        "The 3,500 students who took part said they feared displacement.",
    ],
)
def test_who_were_surveyed_or_fear_displacement_give_nothing(run, sentence):
    assert run(sentence) == []


@pytest.mark.parametrize(
    "sentence,value",
    [
        ("  • 512,000 drought displacements since January 2022", 512_000),
        ("The monitoring network recorded 48,000 conflict-related displacements in Gedo during May.", 48_000),
        ("There were 7,300 flood-induced displacements in Hiraan last month.", 7_300),
        ("  • 19,000 flood-displaced 3 - 17 April 2023", 19_000),
        ("About 61,000 drought-displaced people have settled around Dollow.", 61_000),
    ],
)
def test_displacements_named_by_their_cause_are_people(run, sentence, value):
    assert [(c.value, c.unit, c.term) for c in run(sentence)] == [(value, "person", "displaced")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The 14 flood displacement sites in Jowhar have no latrines.",
        "Heavy rains damaged 2,300 drought-displaced households' shelters, which were rebuilt.",
    ],
)
def test_sites_and_shelters_of_the_displaced_are_not_counted(run, sentence):
    assert [c.value for c in run(sentence) if c.value in (14, 2_300)] in ([], [2_300])


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("The 12 camps in Chikwawa are harbouring 640 families.", [(640, "household")]),
        ("The camp at Luwani is home to 1,150 households.", [(1_150, "household")]),
        ("The camps in Nsanje were harbouring 2,300 people on Friday.", [(2_300, "person")]),
        ("Balaka and Machinga camps are home to 97 and 143 households respectively.",
         [(97, "household"), (143, "household")]),
    ],
)  # fmt: skip
def test_camps_that_harbour_or_are_home_to_people_hold_them(run, sentence, expected):
    found = run(sentence)
    assert [(c.value, c.unit) for c in found] == expected
    assert all(c.term == "in_camps" for c in found)


def test_each_camp_of_a_list_keeps_its_count(run):
    found = run("Balaka and Machinga camps are home to 97 and 143 households respectively.")
    assert [(c.value, c.location) for c in found] == [(97, "Balaka"), (143, "Machinga")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Zomba and Blantyre are home to 110,000 and 800,000 people respectively.",
        "The camp at Luwani has 40 latrines for its residents.",
        "Stagnant pools near the camps were harbouring mosquitoes, health workers said after 30 cases.",
        "The camps in Chikwawa can harbour up to 5,000 people.",
    ],
)
def test_towns_things_and_capacities_are_not_people_in_camps(run, sentence):
    assert run(sentence) == []

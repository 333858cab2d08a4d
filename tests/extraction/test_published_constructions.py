"""Constructions of published reporting the extractor once got wrong: a list of what an event did, the count of
people displaced in it with no noun of its own ("killed 9, displaced 14,000 and destroyed 600 homes"); "several
dozen" and "a few dozen"; a measure taken beside an evacuation, whose place is its own; a capital named by its rank
that a distance is measured from; a plural name's capital ("the Solomon Islands' capital")."""

import pytest


@pytest.mark.parametrize(
    "sentence,value,location",
    [
        ("Heavy rains in May killed 9 people, displaced 14,000 and destroyed 600 homes in Kasese.", 14_000, "Kasese"),
        ("The cyclone affected 80,000 people, displaced 6.5 million and killed 211, the ministry said.", 6_500_000,
         None),
        ("Clashes around Kalehe displaced 22,000 and wounded dozens over the weekend.", 22_000, "Kalehe"),
        ("Since June the floods have displaced nearly 3,400 and cut off two roads in Hiran.", 3_400, "Hiran"),
        ("Raids on Djibo displaced some 9,000 and left the market empty.", 9_000, "Djibo"),
    ],
)  # fmt: skip
def test_a_count_displaced_in_a_list_of_what_befell_the_area_is_a_figure(run, sentence, value, location):
    found = run(sentence)
    assert [(c.value, c.unit, c.term) for c in found] == [(value, "person", "displaced")]
    assert found[0].location == location


@pytest.mark.parametrize(
    "sentence",
    [
        "The cyclone affected 80,000 and killed 211 in the delta.",
        "Heavy rains killed 9 and injured 40 in Kasese.",
        "The storm damaged 2,300 and destroyed 600 homes in Hiran.",
    ],
)
def test_a_list_of_what_befell_the_area_with_no_displacement_gives_nothing(run, sentence):
    assert run(sentence) == []


@pytest.mark.parametrize(
    "sentence,unit",
    [
        ("Rescuers evacuated several dozen villagers from the slopes above Kasese.", "person"),
        ("A few dozen families fled to Minova overnight as the shelling went on.", "household"),
        ("Several dozen residents were moved to a school in Tarrafal.", "person"),
    ],
)
def test_several_or_a_few_dozen_is_at_least_twelve(run, sentence, unit):
    (figure,) = run(sentence)
    assert (figure.value, figure.qualifier, figure.unit) == (12, "at_least", unit)


@pytest.mark.parametrize(
    "sentence",
    [
        "Several dozen houses were destroyed in Kasese.",
        "A few dozen people were injured when the roof fell in Minova.",
        "Several dozens of soldiers arrived in Tarrafal.",
    ],
)
def test_dozens_that_count_no_displaced_people_give_nothing(run, sentence):
    assert run(sentence) == []


@pytest.mark.parametrize(
    "sentence,value,location",
    [
        ("In Kasese, firefighters evacuated 40 villagers and closed the roads of Bundibugyo.", 40, "Kasese"),
        ("Police moved 300 residents out of Kalehe and shut the schools of Minova.", 300, "Kalehe"),
        ("In Tarlac, rescuers evacuated 2,000 people and declared a state of calamity across Pampanga.", 2_000,
         "Tarlac"),
    ],
)  # fmt: skip
def test_a_measure_taken_beside_an_evacuation_keeps_its_place_to_itself(run, sentence, value, location):
    (figure,) = run(sentence)
    assert (figure.value, figure.location) == (value, location)


def test_the_place_a_measure_names_stands_when_the_evacuation_names_none(run):
    (figure,) = run("Officials evacuated 2,000 people and closed schools in Pampanga.")
    assert (figure.value, figure.location) == (2_000, "Pampanga")


@pytest.mark.parametrize(
    "sentence,location",
    [
        ("Pibor County Commissioner Jane Doe, herself displaced from a village 150 kilometres (90 miles) east of the "
         "state capital, Bor, said 35,000 people are on the move.", "Pibor"),
        ("Residents of Kitshanga, 90 km west of the provincial capital Goma, said 8,000 people had fled.",
         "Kitshanga"),
        ("Some 4,000 families have arrived in Mweso, 60 miles north of the regional capital, Goma.", "Mweso"),
    ],
)  # fmt: skip
def test_a_capital_named_by_its_rank_that_a_distance_is_measured_from_is_no_place(run, sentence, location):
    (figure,) = run(sentence)
    assert figure.location == location


def test_a_capital_named_by_its_rank_where_the_people_went_is_the_place(run):
    (figure,) = run("About 2,500 people fled to the provincial capital, Kalemie, after the attack.")
    assert figure.location == "Kalemie"


@pytest.mark.parametrize(
    "sentence,location",
    [
        ("Flash floods left some 6,000 homeless in the Solomon Islands' capital, Honiara.", "Honiara"),
        ("Storm surges forced 12,000 people from their homes in the Philippines' capital Manila.", "Manila"),
        ("The Netherlands' capital, Amsterdam, sheltered 900 evacuees in two sports halls.", "Amsterdam"),
    ],
)
def test_a_plural_names_capital_is_the_place_not_the_country(run, sentence, location):
    (figure,) = run(sentence)
    assert figure.location == location


@pytest.mark.parametrize(
    "sentence,value",
    [
        ("After floods struck Mataniko, 1,350 internally displaced persons remain in four centres.", 1_350),
        ("Ten days after the storm hit Tafea, 2,400 displaced people remain in schools.", 2_400),
        ("Weeks after the quake struck in early April, there are six camps open in Gorkha, with a total of 9,100 "
         "internally displaced persons.", 9_100),
        ("Since the cyclone affected the coast, 640 evacuees have stayed at the Beira stadium.", 640),
    ],
)  # fmt: skip
def test_a_trap_in_a_clause_on_when_the_event_struck_is_not_the_counts(run, sentence, value):
    assert [c.value for c in run(sentence)] == [value]


@pytest.mark.parametrize(
    "sentence",
    [
        "After the floods, WFP fed 2,000 displaced people in Sylhet.",
        "When the convoy reached Kalemie, it fed 2,000 displaced people.",
        "After the floods hit, the agency fed 2,000 displaced people in Sylhet.",
        "When the flood hit Sylhet, 4,000 affected people were counted.",
    ],
)
def test_a_trap_governing_the_count_itself_still_holds_after_a_clause_on_when(run, sentence):
    assert run(sentence) == []


@pytest.mark.parametrize(
    "sentence,value,unit",
    [
        ("Some 7,300 people — the equivalent of 1,460 families — have fled from Kosti.", 7_300, "person"),
        ("About 5,200 people, the equivalent of 1,040 households, were relocated to Tete.", 5_200, "person"),
        ("The council reported 2,210 families of 9,640 individuals as evacuees in Albay.", 2_210, "household"),
        ("There are 1,350 internally displaced persons (IDPs) or 380 families in Honiara's centres.", 1_350,
         "person"),
        ("In all, 600 households of five people each were relocated to Tete.", 600, "household"),
    ],
)  # fmt: skip
def test_the_same_people_counted_again_in_the_other_unit_is_no_second_figure(run, sentence, value, unit):
    assert [(c.value, c.unit) for c in run(sentence)] == [(value, unit)]


def test_two_clauses_counting_people_and_then_families_are_two_figures(run):
    found = run("Some 7,300 people have fled from Kosti, and 1,460 families have arrived in Rabak.")
    assert [(c.value, c.unit) for c in found] == [(7_300, "person"), (1_460, "household")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Thirty (30) evacuation centres were opened on Tanna after the floods displaced families.",
        "Twenty Eight (28) evacuation centres have been opened on Malekula with evacuees arriving.",
        "Twelve (12) schools now serve as evacuation centres for displaced families in Luganville.",
    ],
)
def test_a_number_in_words_restated_in_digits_is_no_place_with_its_count(run, sentence):
    assert [c for c in run(sentence) if c.location in ("Thirty", "Twenty Eight", "Eight", "Twelve")] == []
    assert [c.value for c in run(sentence) if c.value in (28, 30, 12)] == []


def test_places_listed_with_their_counts_in_brackets_still_break_the_figure_down(run):
    found = run("Displaced families sheltered in Tenkodogo (400) and Koupela (250).")
    assert [(c.value, c.location) for c in found] == [(400, "Tenkodogo"), (250, "Koupela")]

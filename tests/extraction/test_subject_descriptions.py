"""Counts whose subject is described at length before its verb (an aside naming who they are, a risk they lived
under, a name's letters in brackets), places ranked as the worst hit before their counts, moves denied, people who
evacuated themselves or were sheltered and then moved, the Pacific's care centres, and a place weather strikes."""

import pytest


@pytest.mark.parametrize(
    "sentence,value",
    [
        ("The governor reported on Monday that 4,210 people, including 730 children and 96 persons with "
         "disabilities, have been evacuated from Sumy region.", 4_210),
        ("Officials confirmed that 1,380 residents, including 210 children and 35 people living with disabilities, "
         "were moved out of Kupiansk.", 1_380),
        ("About 2,600 people, including 400 children and 52 people with a disability, had been relocated from "
         "Pokrovsk.", 2_600),
    ],
)  # fmt: skip
def test_an_aside_naming_who_they_are_leaves_the_whole_its_verb(run, sentence, value):
    assert [c.value for c in run(sentence)] == [value]


@pytest.mark.parametrize(
    "sentence,value,term",
    [
        ("112 families in the hamlet of Vanj in the Darvoz district of the Kulob Autonomous Zone (KAZ) have been "
         "evacuated to a school.", 112, "evacuated"),
        ("Some 240 households at risk of landslides in Besisahar Municipality of Lamjung district have been "
         "relocated to safer places.", 240, "relocated"),
        ("A total of 75 households at the risk of being buried by mudslides in Kaski were relocated this week.",
         75, "relocated"),
        ("Around 1,900 families living at high risk of floods along the Shire were evacuated to higher ground.",
         1_900, "evacuated"),
    ],
)  # fmt: skip
def test_a_subject_described_at_length_keeps_its_verb(run, sentence, value, term):
    assert [(c.value, c.term) for c in run(sentence)] == [(value, term)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Some 900 households at risk of landslides in Sindhupalchok are yet to be relocated.",
        "About 3,000 people at risk of being displaced by the rising river need support.",
    ],
)
def test_people_only_at_risk_give_nothing(run, sentence):
    assert run(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "About 410 families were not relocated and still live in their flooded homes in Kaolack.",
        "Some 260 residents of Podil have not been evacuated despite the shelling.",
        "Around 1,200 villagers in Tete weren't moved, officials said.",
    ],
)
def test_a_move_denied_gives_nothing(run, sentence):
    assert run(sentence) == []


def test_a_return_still_awaited_is_not_a_move_denied(run):
    found = run("Of the 9,400 people evacuated in Gangwon, 1,150 had not yet returned home by Friday.")
    assert 1_150 in [c.value for c in found]


@pytest.mark.parametrize(
    "sentence,values",
    [
        ("The northern town of Tacuarembó is the worst affected, with 3,140 evacuees, officials said.", [3_140]),
        ("Artigas and Salto are the hardest hit, with 2,210 and 870 displaced people respectively.", [2_210, 870]),
        ("Kasese is the most affected district, with some 1,600 displaced people.", [1_600]),
    ],
)  # fmt: skip
def test_a_place_ranked_worst_hit_keeps_its_counts(run, sentence, values):
    assert sorted(c.value for c in run(sentence)) == sorted(values)


def test_people_affected_named_with_their_count_stay_no_figure(run):
    assert run("The floods affected districts with 12,000 people in Rivera.") == []


def test_people_who_evacuated_themselves_are_evacuated(run):
    found = run("The emergency office said 640 were taken to shelters and 2,915 self-evacuated to relatives in Salto.")
    assert [(c.value, c.unit, c.term) for c in found] == [(640, "person", "evacuated"), (2_915, "person", "evacuated")]


def test_people_sheltered_and_moved_carry_their_unit(run):
    found = run("So far 3,020 people have left, 1,410 have been evacuated, and 512 have been sheltered and resettled.")
    assert 512 in [c.value for c in found]


def test_the_pacific_care_centres_shelter_people(run):
    found = run(
        "About 3,000 people were evacuated in Bougainville and 640 persons sheltered in two care centres in Buka."
    )
    assert [(c.value, c.term) for c in found] == [(3_000, "evacuated"), (640, "in_camps")]


def test_a_clinic_is_no_care_centre(run):
    assert run("Some 85 patients stayed in the health care centre in Buka overnight.") == []


@pytest.mark.parametrize(
    "sentence,place",
    [
        ("Hundreds of people fled their homes as heavy rain drenched the UK.", "UK"),
        ("Some 2,300 residents were evacuated as Storm Dana battered Valencia.", "Valencia"),
        ("Around 800 families have been displaced as monsoon rains lash Kerala.", "Kerala"),
    ],
)
def test_a_place_the_weather_strikes_is_the_figure_s(run, sentence, place):
    (figure,) = run(sentence)
    assert figure.location == place


@pytest.mark.parametrize(
    "text,value",
    [
        ("Clashes in Ituri have forced 40,000 people to flee, the UN says. Local groups put the figure at 65,000.",
         65_000),
        ("The agency says 12,500 people were displaced in Cabo Delgado. Church groups have placed that number much "
         "higher, at 30,000.", 30_000),
    ],
)  # fmt: skip
def test_another_estimate_of_the_figure_before_is_the_same_figure(run, text, value):
    found = run(text)
    assert len(found) == 2
    assert (found[1].value, found[1].term, found[1].location) == (value, found[0].term, found[0].location)


@pytest.mark.parametrize(
    "text",
    [
        "Floods in Sindh displaced 12,000 people. Officials put the death toll at 40.",
        "Floods in Sindh displaced 12,000 people. Engineers estimated the total cost at 40 million.",
    ],
)
def test_a_toll_or_a_cost_after_the_figure_is_no_estimate_of_it(run, text):
    assert [c.value for c in run(text)] == [12_000]


@pytest.mark.parametrize(
    "sentence,value",
    [
        ("Some 1,150 households in Nsanje have made it back to their homes now that the camps have closed.", 1_150),
        ("About 2,300 refugees made it back home to Bujumbura this year.", 2_300),
    ],
)
def test_people_who_made_it_back_home_returned(run, sentence, value):
    assert [(c.value, c.term) for c in run(sentence)] == [(value, "returned")]


def test_climbers_who_made_it_back_to_a_camp_did_not_return_home(run):
    assert run("All 40 climbers made it back to the base camp on Tuesday.") == []

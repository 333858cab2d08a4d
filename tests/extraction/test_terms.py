"""Phrasings of displacement, and traps: words that make a number something else."""

import pytest


@pytest.mark.parametrize(
    "sentence,value",
    [
        ("About 2,000 people were forced to flee their homes in Beni.", 2_000),
        ("Over 2,000 people were forced to evacuate their homes in Baracoa.", 2_000),
        ("About 19,000 people were registered as displaced in Ouham Pende prefecture.", 19_000),
        ("About 140 people took shelter in an education centre in Clacton.", 140),
        ("About 6,000 people were staying at the UN base in Bentiu.", 6_000),
        ("An estimated 3,000 people have had to be evacuated from their homes in Chaco.", 3_000),
        ("About 188,000 people were ordered to evacuate on 12 February near Oroville.", 188_000),
        ("There were up to 7,800 IDPs in the Republic of Congo.", 7_800),
        ("Rains affected more than 1.16 million people and forced 17,000 to leave their homes in Fujian.", 17_000),
        ("16,000 families were affected and evacuated in Hunan.", 16_000),
        ("Storms killed three people and forced the relocation of more than 54,000 residents in Jiangxi.", 54_000),
        ("Of the 256,000 people displaced from Mosul about 192,000 remained displaced as of 2 March.", 192_000),
    ],
)
def test_phrasings_of_real_reporting(run, sentence, value):
    assert value in [c.value for c in run(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "5,200 IDPs were reached with food assistance in Maiduguri.",
        "116,000 people were in urgent need of shelter after floods in Sindh.",
        "The shelter in Ariha can take in up to 1,000 displaced people.",
        "The government plans to relocate 20,000 families displaced by the floods.",
    ],
)
def test_aid_need_capacity_and_plans_are_not_displacement(run, sentence):
    assert run(sentence) == []


@pytest.mark.parametrize(
    "sentence,term",
    [
        ("Some 5,000 people had to leave their homes in Kasese.", "displaced"),
        ("Some 1,500 people were forcibly evicted in Lagos.", "displaced"),
        ("About 3,000 people are staying with host families in Diffa.", "displaced"),
        ("About 600 people are unable to return to their homes in Marawi.", "displaced"),
        ("About 2,000 residents were moved to safety in Kerala.", "evacuated"),
        ("About 3,000 people were rescued and moved to relief camps in Kasese.", "evacuated"),
        ("Schools in Beira are sheltering 4,000 people.", "in_camps"),
        ("About 20,000 are at 127 evacuation centres in Cebu.", "in_camps"),
        ("Some 3,000 people were forced out of Kasese.", "displaced"),
    ],
)
def test_more_phrasings_of_displacement(run, sentence, term):
    (figure,) = run(sentence)
    assert figure.term == term


def test_a_return_that_cannot_happen_is_displacement_not_return(run):
    (figure,) = run("About 3,000 people cannot return home in Kasese.")
    assert figure.term == "displaced"


def test_what_happened_to_their_homes_is_not_what_happened_to_them(run):
    (figure,) = run("About 3,000 people whose homes were damaged have been evacuated in Kasese.")
    assert (figure.value, figure.term) == (3_000, "evacuated")
    (figure,) = run("Some 189,800 residents living in sheds or dilapidated houses had moved to safer places.")
    assert (figure.value, figure.term) == (189_800, "evacuated")


def test_a_trap_after_the_people_still_cancels_them(run):
    assert run("About 3,000 people who were killed in Kasese.") == []


def test_people_in_a_protection_of_civilians_site_are_in_camps(run):
    (figure,) = run("Some 3,000 people remain in the Protection of Civilians site in Malakal.")
    assert (figure.term, figure.location) == ("in_camps", "Malakal")


@pytest.mark.parametrize(
    "sentence,value",
    [
        ("The storm forced some 3,100 families in Northern Samar province to leave their homes.", 3_100),
        ("The cyclone forced 900 people into school shelters in Toamasina.", 900),
        ("Fighting has pushed about 12,000 people towards Bunia.", 12_000),
        ("Authorities moved nearly 40,000 people to cyclone shelters in Khulna.", 40_000),
        ("Conflict-induced displacement in Burkina Faso reached 2 million people.", 2_000_000),
        ("The demolitions left 15,000 people in Lusaka and other towns without homes.", 15_000),
    ],
)
def test_verbs_that_move_people_and_totals_that_reach(run, sentence, value):
    assert [f.value for f in run(sentence)] == [value]


@pytest.mark.parametrize(
    "sentence",
    [
        "Aid agencies reached 5,000 displaced people in Sofala with food.",
        "The UN reached 200,000 people displaced by the floods with shelter kits.",
        "Soldiers captured 12 towns and villages where displaced people had sheltered.",
        "The government plans to move 3,000 families to new homes in Tete.",
    ],
)
def test_aid_reaching_people_and_plans_to_move_them_stay_traps(run, sentence):
    assert run(sentence) == []


def test_a_trap_before_another_number_does_not_cancel_a_later_figure(run):
    figures = run("Aid reached 90,000 people in Maiduguri, while 3,000 new arrivals were recorded in Dikwa.")
    assert [f.value for f in figures] == [3_000]


@pytest.mark.parametrize(
    "sentence,value",
    [
        ("DTM identified 2,140 IDP households in 30 locations of Irumu territory.", 2_140),
        ("The storm left about 900 people in government shelters in Kingston.", 900),
        ("About 4,000 people were shifted to safer places in Kutch.", 4_000),
    ],
)
def test_idp_as_an_adjective_shelters_of_any_kind_and_shifted_to_safety(run, sentence, value):
    assert [f.value for f in run(sentence)] == [value]


@pytest.mark.parametrize(
    "sentence",
    [
        "More than 90,000 people in Ventura County were under evacuation orders as the fire spread.",
        "People displaced by the floods can call the toll-free number 1000 for help.",
    ],
)
def test_evacuation_orders_and_phone_numbers_are_not_figures(run, sentence):
    assert run(sentence) == []


def test_people_who_left_their_villages(run):
    (figure,) = run("About 5,000 people have left their villages around the Arbaat dam.")
    assert (figure.value, figure.term) == (5_000, "fled")


def test_a_trap_in_a_clause_about_a_part_does_not_cancel_the_figure(run):
    (figure,) = run("Ethiopia hosts 4.5 million IDPs, of whom 70 per cent were displaced by conflict.")
    assert figure.value == 4_500_000


def test_people_sheltered_across_shelters(run):
    (figure,) = run("COPECO reports 1,580 people sheltered across 20 shelters in Choluteca.")
    assert (figure.value, figure.term, figure.reporting_body) == (1_580, "in_camps", "COPECO")


@pytest.mark.parametrize(
    "sentence,value",
    [
        ("The attack on Djibasso provoked the flight of more than 3,000 persons towards Nouna.", 3_000),
        ("Al-Shabaab attacks in Middle Shabelle drove 3,300 families from their villages in November.", 3_300),
        ("Clashes chased some 1,200 people out of their communities near Kalehe.", 1_200),
    ],
)
def test_translated_and_wire_phrasings_of_flight(run, sentence, value):
    assert [f.value for f in run(sentence)] == [value]


def test_driving_a_convoy_from_a_town_is_no_displacement(run):
    assert run("Drivers drove 40 trucks from the port to the camps in Gedaref.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The survey interviewed 1,250 displaced households in Kharkiv and Dnipro.",
        "Herders in the Gobi lost their livestock, pushing 800 families into poverty.",
    ],
)
def test_people_surveyed_or_pushed_into_poverty_are_not_displaced(run, sentence):
    assert run(sentence) == []


def test_people_sheltering_at_a_stadium(run):
    (figure,) = run("Five to six thousand people are sheltering at the stadium in Bossangoa, MSF said.")
    assert (figure.value, figure.value_high, figure.term) == (5_000, 6_000, "in_camps")


@pytest.mark.parametrize(
    "sentence",
    [
        "The 12 evacuation centres in Ba can hold up to 1,500 people, the district officer said.",
        "Some 45,000 children in displacement sites in Hudaydah missed school this year.",
        "One in five people in Port-au-Prince has been displaced at least once.",
    ],
)
def test_capacity_schooling_and_ratios_are_not_figures(run, sentence):
    assert run(sentence) == []


def test_driven_across_the_border_into_a_place(run):
    (figure,) = run("Fighting in Chin State has driven more than 10,000 people across the border into Mizoram.")
    assert (figure.value, figure.location) == (10_000, "Mizoram")


def test_people_located_in_camps_then_given_aid_are_not_a_figure_but_people_living_in_tents_are(run):
    assert run("About 5,000 people in IDP camps received blankets in Idlib.") == []
    (figure,) = run("The Shelter Cluster estimates that 18,000 displaced families in Idlib are living in tents.")
    assert figure.value == 18_000


@pytest.mark.parametrize(
    "sentence,value",
    [
        ("Oxfam said 30,000 people in Sindh had no shelter three months after the floods.", 30_000),
        ("About 9,000 people were in accommodation centres in Inhambane.", 9_000),
    ],
)
def test_no_shelter_and_accommodation_centres(run, sentence, value):
    assert [f.value for f in run(sentence)] == [value]


@pytest.mark.parametrize(
    "sentence",
    [
        "About 5,000 people displaced by the floods in Kasese received food rations.",
    ],
)
def test_people_described_as_displaced_then_something_else_happens(run, sentence):
    assert run(sentence) == []


def test_people_displaced_in_a_place_who_then_returned_are_still_a_figure(run):
    assert [f.value for f in run("About 5,000 people displaced in Kasese have returned home.")] == [5_000]


def test_a_camp_named_with_its_place_hosts_its_people(run):
    (figure,) = run("Za'atari camp in Jordan's Mafraq governorate hosts 80,000 Syrian refugees, UNHCR said.")
    assert (figure.value, figure.term) == (80000, "in_camps")


def test_people_who_abandoned_their_villages_left_them(run):
    (figure,) = run("Some 7,000 people have abandoned their villages in Ménaka region, OCHA said.")
    assert (figure.value, figure.location) == (7000, "Ménaka")
    assert run("Herders abandoned their pastures after 300 cattle died in Turkana.") == []


def test_people_in_container_homes_are_sheltered(run):
    figures = run("Some 1.9 million people are sheltering in tents, while 46,000 are in container homes, AFAD said.")
    assert [(f.value, f.term) for f in figures] == [(1900000, "in_camps"), (46000, "in_camps")]
    assert run("The government ordered 2,000 container homes for Hatay.") == []


@pytest.mark.parametrize(
    "sentence,value",
    [
        ("Ahead of the cyclone, authorities moved about 800,000 people to 9,424 cyclone shelters in Khulna.", 800_000),
        ("About 3,000 people were moved to 12 evacuation centres in Albay.", 3_000),
    ],
)
def test_moved_to_a_counted_number_of_shelters(run, sentence, value):
    (figure,) = run(sentence)
    assert (figure.value, figure.term) == (value, "evacuated")


def test_staying_in_a_counted_number_of_shelters(run):
    found = run("More than 1.2 million people have been displaced in Lebanon, with 186,000 staying in 1,000 shelters.")
    assert [c.value for c in found] == [1_200_000, 186_000] and found[1].term == "in_camps"


def test_moved_into_idp_sites(run):
    (figure,) = run("Some 12,000 families, or around 72,000 people, have moved into IDP sites around Baidoa.")
    assert (figure.value, figure.unit, figure.term) == (12_000, "household", "in_camps")


@pytest.mark.parametrize("sentence", ["About 5,000 people in IDP camps received food in Baidoa.",
                                      "About 5,000 people in camps received food in Baidoa."])  # fmt: skip
def test_people_in_camps_who_received_aid_are_not_a_figure(run, sentence):
    assert run(sentence) == []


def test_a_displacement_word_in_a_bodys_name_is_not_the_figures_term(run):
    (figure,) = run("Displacement in Somalia reached 1.1 million, the Protection and Return Monitoring Network said.")
    assert figure.term == "displaced"


def test_a_part_of_the_people_aided_is_not_a_figure(run):
    assert run("The appeal seeks US$674 million to assist 3.6 million people, including 362,000 displaced.") == []


def test_a_part_of_the_people_affected_is_a_figure(run):
    (figure,) = run("Floods affected 3.6 million people in Haiti, including 362,000 displaced.")
    assert figure.value == 362_000


def test_many_of_them_displaced_describes_a_part_not_the_whole(run):
    assert run("The blockade of Djibo has left around 300,000 people, many of them displaced, cut off from food.") == []


@pytest.mark.parametrize(
    "sentence,value,term",
    [
        ("Chad has received more than 600,000 Sudanese refugees since April 2023.", 600_000, "fled"),
        ("The town of Adre took in 3,000 IDPs last week.", 3_000, "displaced"),
    ],
)
def test_a_host_taking_in_displaced_people(run, sentence, value, term):
    (figure,) = run(sentence)
    assert (figure.value, figure.term) == (value, term)


@pytest.mark.parametrize(
    "sentence",
    [
        "Some 5,000 refugees received food in Adre.",
        "UNHCR expects to receive 250,000 refugees in Chad.",
        "UNHCR expects 250,000 people to flee to Chad.",
        "The agency fears up to 1 million people could be displaced in Rafah.",
    ],
)
def test_aid_received_and_people_expected_are_not_figures(run, sentence):
    assert run(sentence) == []


def test_crossed_back_is_a_return(run):
    (figure,) = run("UNHCR estimates that 195,200 Syrians have crossed back into Syria since 8 December.")
    assert (figure.value, figure.term) == (195_200, "returned")


def test_those_who_have_already_gone(run):
    # all of them ordered to leave is a figure too, by the labelling convention (an evacuation ordered)
    ordered, gone = run(
        "All of Yellowknife's 20,000 residents were ordered to leave, and about 15,000 have already gone."
    )
    assert (ordered.value, ordered.term, gone.value, gone.term) == (20_000, "evacuated", 15_000, "fled")


def test_sheltering_at_camps_named_by_several_words(run):
    (figure,) = run("Some 40k people are sheltering at the Bakassi and Teachers Village camps after the dam burst.")
    assert (figure.value, figure.term) == (40_000, "in_camps")


def test_moved_to_accommodation_centres(run):
    (figure,) = run("In Quelimane, 4,567 households, averaging five members each, were moved to accommodation centres.")
    assert (figure.value, figure.unit, figure.term) == (4_567, "household", "evacuated")


def test_a_displacement_word_inside_an_including_clause_is_the_parts(run):
    assert run("The plan estimates that 9.8 million people in Yemen, including 4.5 million IDPs, will need aid.") == []


def test_the_verb_after_an_including_clause_is_the_wholes(run):
    (figure,) = run("About 3,000 people, including 1,200 displaced children, fled Goma.")
    assert (figure.value, figure.term) == (3_000, "fled")


def test_moved_many_words_later_to_safer_ground(run):
    (figure,) = run("Authorities moved about 1,650 people living near the Yambali landslide in Enga to safer ground.")
    assert (figure.value, figure.term) == (1_650, "evacuated")


@pytest.mark.parametrize(
    "sentence",
    ["An influx of 9,500 IDPs into El Obeid was reported.", "The arrival of 3,000 displaced people strained Renk."],
)
def test_a_movement_of_people_is_not_something_given_to_them(run, sentence):
    (figure,) = run(sentence)
    assert figure.unit == "person"


@pytest.mark.parametrize(
    "sentence,value",
    [
        ("Adré is now home to more than 200,000 refugees, almost four times its population, UNHCR said.", 200_000),
        ("Uganda hosts more than 1.7 million refugees, the government said.", 1_700_000),
    ],
)
def test_a_place_home_to_or_hosting_refugees(run, sentence, value):
    (figure,) = run(sentence)
    assert figure.value == value


@pytest.mark.parametrize("sentence", ["The city is home to 80,000 people.", "Food was given to 3,000 IDPs in Goma."])
def test_a_population_or_people_given_food_are_not_figures(run, sentence):
    assert run(sentence) == []


def test_left_the_named_places(run):
    (figure,) = run("Since May, 14,000 people, including 1,400 children, have left the Pokrovsk and Kurakhove areas.")
    assert (figure.value, figure.term) == (14_000, "fled")


def test_registered_for_aid_is_not_displacement(run):
    assert run("Some 320,000 IDPs have been biometrically registered for food assistance in Marib, WFP said.") == []


def test_registered_as_displaced_is(run):
    (figure,) = run("Some 3,200 people were registered as displaced in Marib, IOM said.")
    assert figure.value == 3_200


@pytest.mark.parametrize(
    "sentence,value,term",
    [
        ("In Haiti, 4,200 families are sheltering at the Place Boyer site, IOM said.", 4_200, "in_camps"),
        ("More than 30,000 Nicaraguans sought asylum in Costa Rica last year.", 30_000, "fled"),
        ("Around 1,000 residents of Wajima spent the night in school gymnasiums after the quake.", 1_000, "in_camps"),
    ],
)
def test_a_named_site_asylum_and_a_night_in_shelters(run, sentence, value, term):
    (figure,) = run(sentence)
    assert (figure.value, figure.term) == (value, term)


def test_bringing_to_n_the_number_of_arrivals(run):
    found = run("Since 1 January, 12,000 people have crossed into Burundi, bringing to 42,000 the number of arrivals.")
    assert [c.value for c in found] == [12_000, 42_000]


def test_displacement_events_affecting_people(run):
    (figure,) = run("The Victims' Unit registered 18 mass displacement events in Cauca, affecting 4,120 people.")
    assert (figure.value, figure.term) == (4_120, "displaced")


def test_evacuation_orders_affecting_people_are_not_a_figure(run):
    assert run("Evacuation orders for eastern Khan Younis affected an estimated 250,000 people, OCHA said.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The government paid 20,000 pesos each to 3,000 families displaced by the eruption.",
        "Shelter was provided for 500 people evacuated from Goma.",
    ],
)
def test_people_given_something_described_as_displaced(run, sentence):
    assert run(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Among the 1,200 people displaced from Kakhovka, 60% were over 60 years old.",
        "The number of displaced climbed to 3,000 people displaced in Kasese.",
    ],
)
def test_a_whole_or_a_total_described_as_displaced_is_a_figure(run, sentence):
    assert len(run(sentence)) == 1


@pytest.mark.parametrize(
    "sentence,value",
    [
        ("More than 3,500 people on Ambae were moved to Santo and Maewo, the NDMO said.", 3_500),
        ("The mayor said 320 people in Slobozia had been moved to the town's sports hall.", 320),
    ],
)
def test_people_who_were_moved_somewhere(run, sentence, value):
    (figure,) = run(sentence)
    assert (figure.value, figure.term) == (value, "evacuated")


@pytest.mark.parametrize(
    "sentence",
    [
        "BNGRC figures show 48,000 people in temporary sites in Antananarivo.",
        "About 3,000 people were still living in emergency accommodation in Emilia-Romagna.",
        "The Red Cross said about 900 people were sheltering in the Saint-Louis cathedral in Jérémie.",
    ],
)
def test_more_places_people_stay(run, sentence):
    (figure,) = run(sentence)
    assert figure.term == "in_camps"


def test_a_trap_word_inside_a_displacement_phrase_is_no_trap(run):
    (figure,) = run("About 2,000 families displaced by the floods are living in tents in Kasese.")
    assert figure.value == 2_000


def test_forced_into_shelters_after_a_long_object(run):
    (figure,) = run("The storm forced no fewer than 12,000 people in the coastal town of Sittwe into shelters.")
    assert figure.value == 12_000


def test_a_percentage_between_dashes_is_an_apposition(run):
    (figure,) = run("UNRWA said up to 1.9 million people – or about 90 per cent of the population – were displaced.")
    assert (figure.value, figure.qualifier) == (1_900_000, "up_to")


def test_an_evacuation_that_is_planned_is_not_a_figure(run):
    assert run("The evacuation of 10,000 residents from Kherson is planned for next week, officials said.") == []


def test_households_a_survey_covered_are_not_a_figure(run):
    assert run("The survey covered 2,150 displaced households in Kismayo and Dollow.") == []


@pytest.mark.parametrize(
    "sentence,value,term",
    [
        ("About 5,000 people have sought safety in the hills above Kalehe.", 5_000, "fled"),
        ("Some 3,000 residents took to the hills when the fighting reached Kitshanga.", 3_000, "fled"),
        ("Around 2,000 people ran into the bush after the attack on Mangodara.", 2_000, "fled"),
        ("At least 4,500 people are on the run after clashes in Mweso.", 4_500, "fled"),
        ("An estimated 7,000 people entered Chad through Adré last week.", 7_000, "fled"),
        ("About 800 families vacated their homes in Kroo Bay after the flood.", 800, "fled"),
        ("Some 1,500 people trekked to Ngala from Rann after the attack.", 1_500, "fled"),
        ("About 60,000 residents have deserted Tyre, the mayor said.", 60_000, "fled"),
        ("Some 3,300 people have abandoned the town of Kurakhove.", 3_300, "fled"),
        ("About 1,300 households were chased from their villages in Ituri.", 1_300, "displaced"),
        ("Floods drove 5,000 people to higher ground in Beledweyne.", 5_000, "displaced"),
        ("Roughly 20,000 people have moved away from the front line in Donetsk.", 20_000, "displaced"),
        ("Approximately 9,000 people are camped along the Kabul–Torkham road.", 9_000, "in_camps"),
        ("Eight thousand people remain holed up in the Al-Shifa complex, WHO said.", 8_000, "in_camps"),
        ("Over 5,500 people have been hosted in public buildings in Valencia.", 5_500, "in_camps"),
        ("Some 1,600 people are now living in the open in Mweso.", 1_600, "in_camps"),
        ("Roughly 900 people spent the night outside in Antakya.", 900, "in_camps"),
    ],
)
def test_more_ways_of_saying_people_fled_or_stay_somewhere(run, sentence, value, term):
    (figure,) = run(sentence)
    assert (figure.value, figure.term) == (value, term)


@pytest.mark.parametrize(
    "sentence",
    [
        "Some 300 soldiers entered Kherson on Friday.",
        "Around 40 trucks entered Gaza through Kerem Shalom on Monday.",
        "Some 3,000 children walked to school in Kabul despite the cold.",
        "About 60 families have deserted their shops in the market.",
        "Police chased 200 protesters from the square in Dhaka.",
    ],
)
def test_the_same_words_about_other_things_are_not_figures(run, sentence):
    assert run(sentence) == []


def test_a_centre_built_for_n_people_now_holding_more(run):
    (figure,) = run("The Renk transit centre, built for 3,000 people, now holds more than 20,000 refugees.")
    assert (figure.value, figure.qualifier) == (20_000, "more_than")


def test_refugees_registered_are_refugees(run):
    (figure,) = run("Since January, 62,000 new refugees have been registered in Ouaddaï province.")
    assert (figure.value, figure.term) == (62_000, "fled")


def test_estimated_to_be_displaced_is_not_hypothetical(run):
    (figure,) = run("Roughly 120,000 people, more than half of Karenni's population, are estimated to be displaced.")
    assert figure.value == 120_000


def test_expected_to_be_displaced_is(run):
    assert run("Some 2,000 people are expected to be displaced in Kasese.") == []


def test_driving_residents_out(run):
    (figure,) = run("Gangs seized Mirebalais, driving more than 5,000 residents out, the mayor said.")
    assert (figure.value, figure.term) == (5_000, "displaced")


def test_those_who_have_crossed(run):
    found = run("About 600 refugees arrive daily in Adré; since April 2023, 640,000 have crossed, UNHCR said.")
    assert [(c.value, c.term) for c in found] == [(600, "fled"), (640_000, "fled")]


def test_displaced_children_without_school_are_an_education_figure(run):
    assert run("Nearly 400,000 displaced children in Haiti have no access to school.") == []


@pytest.mark.parametrize(
    "sentence,value",
    [
        ("In Zambia about 1,200 families in Sinazongwe have moved to find water and pasture, the DMMU said.", 1_200),
        ("Around 300 families have migrated from Kurram's Bagan area to Hangu since the clashes.", 300),
        ("About 150,000 Palestinians left eastern Khan Younis within three days, UNRWA said.", 150_000),
    ],
)
def test_moved_to_find_water_migrated_from_and_left_eastern(run, sentence, value):
    (figure,) = run(sentence)
    assert figure.value == value


def test_displacement_counted_with_something_else_is_not_displacement(run):
    assert run("Confinement and displacement affected 2,870 people in Bojayá this month, the Ombudsman said.") == []


def test_their_own_tents_are_not_tents_counted(run):
    (figure,) = run("About 1,900 displaced families in Lahj had their tents swept away, forcing them into schools.")
    assert (figure.value, figure.unit) == (1_900, "household")


def test_a_verb_in_an_apposition_is_not_the_figures(run):
    (figure,) = run("Some 800,000 people, nearly two thirds of those who had sheltered in Rafah, have fled.")
    assert (figure.value, figure.term) == (800_000, "fled")


@pytest.mark.parametrize(
    "sentence",
    ["About 900,000 IDPs are eligible to vote in the Ethiopian elections.",
     "WHO evacuated 85 patients from Gaza to the UAE for treatment.",
     "More than 300 babies were born in Zamzam camp last month, MSF said."],
)  # fmt: skip
def test_voters_and_patients_are_not_figures(run, sentence):
    assert run(sentence) == []


@pytest.mark.parametrize(
    "sentence,value",
    [
        ("The shelling prompted about 3,000 residents to leave Kupiansk.", 3_000),
        ("Around 4,000 people flocked to Goma after the fall of Sake.", 4_000),
        ("Some 1,200 people sought protection at the UN base in Malakal.", 1_200),
        ("Around 2,500 people sought sanctuary in the cathedral in Bambari.", 2_500),
        ("About 800 families went into hiding in the forest near Beni.", 800),
        ("An estimated 6,000 people are living rough in Khan Younis.", 6_000),
        ("Some 7,500 residents made their way to Kassala after the attack.", 7_500),
        ("About 500 families have lost their shelters in the fire in Kutupalong.", 500),
    ],
)
def test_yet_more_ways_of_saying_it(run, sentence, value):
    assert [c.value for c in run(sentence)] == [value]


@pytest.mark.parametrize(
    "sentence",
    [
        "The rise in prices prompted 3,000 traders to leave the market in Kano.",
        "Some 500 journalists made their way to Geneva for the conference.",
        "About 2,000 tourists entered Thailand through the border crossing yesterday.",
        "About 300 fans flocked to the stadium in Accra.",
    ],
)
def test_travellers_traders_and_fans_are_not_displaced(run, sentence):
    assert run(sentence) == []


@pytest.mark.parametrize(
    "sentence,value,term",
    [
        ("More than 1.9 million survivors are now in tents and container homes.", 1_900_000, "in_camps"),
        ("Over 2.3 lakh people in 16 districts are in relief camps, the ASDMA said.", 230_000, "in_camps"),
        ("Some 2,000 residents were ordered out of villages near Alexandroupolis.", 2_000, "displaced"),
    ],
)
def test_tents_relief_camps_and_orders_out(run, sentence, value, term):
    (figure,) = run(sentence)
    assert (figure.value, figure.term) == (value, term)


@pytest.mark.parametrize(
    "sentence",
    [
        "Some 3,000 displaced people in Bentiu have contracted hepatitis E since January.",
        "UNHCR delivered 3,000 tents to families in Goma.",
        "More than 2,200 Afghans were deported from Iran through Islam Qala on Tuesday.",
    ],
)
def test_illness_tents_delivered_and_deportations_are_not_figures(run, sentence):
    """Deportations are not counted, as the project's set has it ("Nearly 3,000 Haitians were deported …")."""
    assert run(sentence) == []


def test_found_temporary_shelter_with_neighbours(run):
    (figure,) = run("About 300 households found temporary shelter with neighbours in Gatumba.")
    assert (figure.value, figure.unit) == (300, "household")


def test_left_for_a_place(run):
    (figure,) = run("After the massacre, thousands of residents left for Kaya, witnesses told AFP.")
    assert (figure.value, figure.term) == (1_000, "fled")


def test_people_who_drowned_fleeing_are_not_a_displacement_figure(run):
    assert run("At least 30 people drowned when a boat carrying families fleeing the fighting capsized.") == []


def test_people_taken_out_with_no_place_after_are_evacuated(run):
    (figure,) = run(
        "Some 213 people, including 26 children, were taken out of Sumy oblast's border villages. "
        "Another 180 people were taken out over the past day."
    )[1:]
    assert (figure.value, figure.term) == (180, "evacuated")


def test_things_taken_out_are_not_people_evacuated(run):
    assert run("About 40 trucks were taken out of service after the floods in Sumy.") == []


def test_new_refugees_registered_where_they_arrived_are_a_flight(run):
    (figure,) = run("UNHCR registered 14,600 new Sudanese refugees in Wadi Fira in the first week of May.")
    assert (figure.value, figure.term) == (14_600, "fled")


@pytest.mark.parametrize(
    "sentence",
    [
        "UNHCR has biometrically registered 90,000 refugees in Adré out of an estimated 150,000.",
        "The agency registered 500 new refugees for resettlement to Canada this year.",
    ],
)
def test_a_registration_drive_or_a_list_for_later_is_not_a_flight(run, sentence):
    assert run(sentence) == []


def test_money_for_a_countrys_displaced_people_is_not_a_figure(run):
    assert run("Donors pledged £800 million for Sudan's 12 million displaced people.") == []


def test_a_countrys_displaced_people_are_still_a_figure(run):
    (figure,) = run("Sudan's 12 million displaced people fled the fighting in Khartoum and Darfur.")
    assert figure.value == 12_000_000


def test_what_each_family_receives_is_not_a_figure(run):
    assert run("Each returnee family receives 14,000 afghanis in cash at the Islam Qala reception centre.") == []


def test_a_country_that_receives_refugees_still_counts_them(run):
    (figure,) = run("Chad receives about 1,000 new Sudanese refugees every day in Adré.")
    assert (figure.value, figure.term) == (1_000, "fled")


def test_evacuation_orders_covering_people_are_not_people_evacuated(run):
    assert run("Evacuation orders now cover some 180,000 residents in Los Angeles County, the sheriff said.") == []


def test_an_evacuation_ordered_of_people_is_still_a_figure(run):
    (figure,) = run("Authorities in Sumy region ordered the evacuation of 20,000 people from 28 settlements.")
    assert (figure.value, figure.term) == (20_000, "evacuated")


def test_malnutrition_among_the_displaced_is_not_a_figure(run):
    assert run("Some 1,300 displaced children in Tawila were found with severe acute malnutrition.") == []


def test_a_headline_in_the_present_forces_people_to_evacuate(run):
    (figure,) = run("Wildfires force 27,000 to evacuate in South Korea's Uiseong county")
    assert figure.value == 27_000


def test_inside_and_outside_evacuation_centres_as_dswd_lists_them(run):
    text = "- Inside ECs: 8,147 families / 31,892 persons\n- Outside ECs: 5,034 families / 20,301 persons"
    assert [(c.value, c.unit, c.term) for c in run(text)] == [
        (8_147, "household", "in_camps"),
        (5_034, "household", "displaced"),
    ]


def test_a_part_that_was_deported_is_not_a_figure(run):
    sentence = "Some 1.2 million Afghans had left Iran since March, including 700,000 who were deported."
    assert [c.value for c in run(sentence)] == [1_200_000]


def test_people_who_moved_in_with_relatives_are_displaced(run):
    (figure,) = run("Some 5,000 families from Kalehe have moved in with relatives in Bukavu, OCHA said.")
    assert (figure.value, figure.unit, figure.term) == (5_000, "household", "displaced")


def test_moving_in_with_a_partner_is_no_displacement(run):
    assert run("About 5,000 young couples moved in with their partners in Bukavu last year, a survey found.") == []


def test_households_assisting_is_aid(run):
    sentence = "The DREF supports the Nepal Red Cross in assisting 2,500 households displaced by the floods in Bagmati."
    assert run(sentence) == []


def test_moved_to_other_areas_in_search_of_water(run):
    (figure,) = run("Some 1,300 households in Gwembe have moved to other areas in search of water and pasture.")
    assert (figure.value, figure.term) == (1_300, "displaced")


def test_a_country_receiving_an_average_of_refugees_a_day(run):
    (figure,) = run("Uganda is receiving an average of 600 Congolese refugees a day at the Nyakabande transit centre.")
    assert (figure.value, figure.term) == (600, "fled")


def test_a_shop_receiving_an_average_of_customers_is_nothing(run):
    assert run("The market in Nyakabande is receiving an average of 600 customers a day.") == []


def test_idps_who_protested_are_not_a_displacement_figure(run):
    assert run("Some 2,000 IDPs protested outside the governor's office in Maiduguri, police said.") == []


def test_people_crossing_from_one_country_into_another(run):
    (figure,) = run("Flow monitors in Renk recorded 2,134 individuals crossing from Sudan into South Sudan.")
    assert (figure.value, figure.term) == (2_134, "fled")


def test_people_who_could_not_yet_return_are_displaced_not_hypothetical(run):
    (figure,) = run("The shelters still house 12,000 people who could not yet return to the south.")
    assert figure.value == 12_000


def test_people_who_could_return_are_hypothetical(run):
    assert run("About 12,000 people could return to the south next month, the ministry said.") == []


def test_workers_leaving_a_workplace_are_not_displaced(run):
    assert run("Some 4,000 artisanal miners left the Rubaya coltan mines after the rebels imposed new taxes.") == []


def test_people_leaving_a_named_town_still_fled(run):
    (figure,) = run("Some 4,000 residents left the Rubaya area after the rebels attacked the town.")
    assert (figure.value, figure.term) == (4_000, "fled")


def test_people_who_left_rural_areas(run):
    (figure,) = run("About 32,000 people had left rural areas of Bakool for Xudur since February, SoDMA said.")
    assert figure.value == 32_000


def test_a_second_object_of_the_verb_after_and(run):
    sentence = "Firefighters evacuated the hospital in Alexandroupolis and about 1,000 residents of nearby villages."
    (figure,) = run(sentence)
    assert (figure.value, figure.term) == (1_000, "evacuated")


def test_people_after_and_with_their_own_trap_are_not_a_figure(run):
    assert run("Firefighters evacuated the hospital in Alexandroupolis and about 20 residents were injured.") == []


def test_the_regions_own_word_for_the_homeless_kept_in_english(run):
    (figure,) = run("Huaicos in Arequipa left 830 people damnificados and 4,100 affected, INDECI said.")
    assert (figure.value, figure.term) == (830, "displaced")


def test_people_moved_so_far_with_no_place_after(run):
    sentence = "The government said 40,000 households living near Nairobi's rivers had been moved so far."
    (figure,) = run(sentence)
    assert (figure.value, figure.unit) == (40_000, "household")


def test_things_moved_so_far_are_not_people(run):
    assert run("The government said 40,000 tonnes of maize had been moved so far to Nairobi's depots.") == []


@pytest.mark.parametrize(
    "sentence,value",
    [
        ("More than 3,000 families are sleeping in classrooms in Narok, the county commissioner said.", 3_000),
        ("Floods forced 1,867 families in Ratnapura into 45 safety centres, the DMC reported.", 1_867),
        ("In Tahirpur upazila alone, some 40,000 people are in 80 shelter centres.", 40_000),
        ("Landslides forced 420 households from Chepsongol and Kapsowar villages in Elgeyo Marakwet.", 420),
        ("About 300 residents of St. Louis County apartments were evacuated by boat.", 300),
    ],
)
def test_shelter_words_and_forced_from_a_place(run, sentence, value):
    assert [c.value for c in run(sentence)] == [value]


def test_people_hurt_while_sleeping_in_classrooms_are_not_a_figure(run):
    assert run("About 300 children were hurt while sleeping in classrooms in Narok when the roof collapsed.") == []


def test_moved_out_of_harms_way_is_evacuated(run):
    found = run("The army moved 2,300 people out of harm's way in Kassala.")
    assert [(c.value, c.term, c.location) for c in found] == [(2_300, "evacuated", "Kassala")]


def test_people_sheltering_at_a_named_place_are_in_a_site(run):
    found = run("About 1,100 Haitians were sheltering at the Champ de Mars square.")
    assert [(c.value, c.term) for c in found] == [(1_100, "in_camps")]


def test_sheltering_in_place_is_staying_put(run):
    assert run("About 1,100 residents were sheltering in place in Port-au-Prince.") == []


def test_families_that_are_with_relatives_are_displaced(run):
    found = run("Some 9,400 families are with relatives in Naga.")
    assert [(c.value, c.term) for c in found] == [(9_400, "displaced")]


def test_families_that_were_with_friends_are_not(run):
    assert run("Some 9,400 families were with friends when the quake struck Naga.") == []


def test_residents_being_moved_out_are_evacuated(run):
    found = run("In Belgorod region, 11,000 residents of Krasnaya Yaruga district were also being moved out.")
    assert [(c.value, c.term) for c in found] == [(11_000, "evacuated")]


@pytest.mark.parametrize(
    "text",
    [
        "Aid agencies need $50 million to help 200,000 displaced people in Tigray.",
        "Nearly 400 displaced students sat exams in Kaya.",
    ],
)
def test_what_displaced_people_were_helped_with_or_did_is_no_figure(run, text):
    assert run(text) == []


@pytest.mark.parametrize(
    "text", ["Soldiers helped 5,000 people flee Bakhmut.", "Volunteers assisted 5,000 residents to evacuate Lismore."]
)
def test_people_helped_to_flee_or_evacuate_went(run, text):
    assert [c.value for c in run(text)] == [5_000]


def test_a_headline_count_beside_the_dead_is_still_displaced(run):
    assert [c.value for c in run("Floods in Kano: 4,500 displaced, 12 dead.")] == [4_500]


def test_what_the_displaced_face_is_not_done_to_them(run):
    assert [c.value for c in run("The 80,000 IDPs in Mopti's camps face food shortages.")] == [80_000]


def test_injured_people_in_a_list_beside_the_displaced_are_not_displaced(run):
    text = "Some 5,000 displaced people, 300 injured people and 40 dead were reported in Kano."
    assert [c.value for c in run(text)] == [5_000]


def test_a_place_that_accounts_for_n_idps(run):
    assert [(c.value, c.location) for c in run("Masisi territory alone accounts for 260,000 new IDPs.")] == [
        (260_000, "Masisi")
    ]


def test_money_for_idps_is_still_aid(run):
    assert run("Donors pledged money for 260,000 IDPs in Masisi.") == []


def test_a_long_description_of_the_people_before_their_verb(run):
    text = (
        "Some 800 families living within the four-kilometre danger zone around Bulusan volcano in Sorsogon have "
        "been evacuated, the provincial disaster office said."
    )
    assert [(c.value, c.term) for c in run(text)] == [(800, "evacuated")]


def test_what_their_homes_had_is_not_their_homes(run):
    assert run("The UN mission said 64 families had lost their homes' water supply in Tripoli.") == []


def test_centres_or_sites_that_host_people_count_them_in_camps(run):
    figures = run("The 35 accommodation centres host 12,400 people.")
    assert [(c.value, c.term) for c in figures] == [(12_400, "in_camps")]
    assert run("The shelters hold 2,000 sandbags.") == []


def test_people_who_moved_into_camps_are_in_camps(run):
    text = "Fighting displaced 78,000 people. Of these, some 38,000 have moved into camps in the Dana area."
    assert [(c.value, c.term) for c in run(text)] == [(78_000, "displaced"), (38_000, "in_camps")]


def test_people_in_a_number_of_centres_are_in_camps(run):
    assert [(c.value, c.term) for c in run("In Port Vila, 1,840 people were in 21 centres.")] == [(1_840, "in_camps")]
    assert run("Patients were treated in 21 centres.") == []


def test_leaving_for_their_areas_of_origin_is_a_return(run):
    text = "Some 1,870 families have since left the centre for their areas of origin in Anbar."
    assert [(c.value, c.term) for c in run(text)] == [(1_870, "returned")]


def test_served_inside_evacuation_centers_and_registered_at_shelters_are_in_camps(run):
    text = "Of these, 10,630 families are being served inside 73 evacuation centers."
    assert [(c.value, c.term) for c in run(text)] == [(10_630, "in_camps")]
    figures = run("4,200 people have registered at shelters in Chico.")
    assert [(c.value, c.term) for c in figures] == [(4_200, "in_camps")]


def test_the_verb_of_a_counted_subject_after_is_not_the_object_s_before(run):
    text = "Evacuation orders cover 26,000 residents, and 4,200 people have been evacuated to shelters in Chico."
    assert [c.value for c in run(text)] == [4_200]
    assert [c.value for c in run("Some 3,000 people, and 200 families were displaced.")] == [3_000, 200]


def test_people_from_coastal_villages_who_moved_to_higher_ground(run):
    text = "1,500 people from coastal villages in Central Province moved to higher ground overnight."
    assert [(c.value, c.term) for c in run(text)] == [(1_500, "evacuated")]


def test_people_served_with_water_are_no_figure(run):
    assert run("Partners trucked 4.2 million litres of water to 37 IDP sites in Baidoa, serving 96,000 people.") == []


def test_people_swept_away_or_buried_are_no_figure(run):
    (figure,) = run(
        "Flash floods in Swat have swept away 14 tourists, and the district administration has evacuated 2,800 "
        "people from villages along the river, according to the PDMA."
    )
    assert figure.value == 2800
    assert run("The landslide buried 670 people in Enga province, the agency said.") == []


def test_money_set_aside_to_relocate_people_is_a_plan(run):
    assert run("The government has set aside 1 billion shillings to relocate 2,500 households along the river.") == []
    (figure,) = run("The army used helicopters to evacuate 2,500 people from the island.")
    assert figure.value == 2500


def test_an_allowance_to_each_of_the_registered_displaced_is_aid_not_a_figure(run):
    assert (
        run(
            "Georgia's government said it would pay a monthly allowance to each of the 280,000 people registered as "
            "internally displaced."
        )
        == []
    )
    (figure,) = run("Some 280,000 people are registered as internally displaced in Georgia, the ministry said.")
    assert figure.value == 280000


def test_people_warned_to_move_are_no_figure(run):
    assert run("Evacuation centres were on standby and 20,000 residents had been warned to prepare to move.") == []


@pytest.mark.parametrize(
    "sentence,value",
    [
        ("Some 1,500 residents of Sancheong spent a third night at gymnasiums and village halls.", 1500),
        ("In Gatumba alone, some 25,000 people have been forced out by rising waters, the Red Cross said.", 25000),
    ],
)
def test_another_night_in_shelters_and_forced_out_by_water(run, sentence, value):
    (figure,) = run(sentence)
    assert (figure.value, figure.term) == (value, "in_camps" if value == 1500 else "displaced")


def test_a_number_of_centres_that_host_people(run):
    assert [(c.value, c.term) for c in run("In Beira, 19 centres host 37,500 people.")] == [(37_500, "in_camps")]


def test_people_in_areas_subject_to_mandatory_evacuation_are_no_figure(run):
    assert (
        run(
            "Around 53,000 people, including 4,000 children, remain in areas of Donetsk Oblast subject to mandatory "
            "evacuation, the governor said."
        )
        == []
    )


def test_a_night_named_by_its_day(run):
    (figure,) = run("About 350 people spent Sunday night in Auckland's civil defence centres, officials said.")
    assert (figure.value, figure.term) == (350, "in_camps")


@pytest.mark.parametrize(
    "sentence,value",
    [
        ("About 450 families in Dadu district were ordered to move to higher ground, the administration said.", 450),
        ("Residents of 300 households were instructed to move to evacuation centres before the storm.", 300),
        ("The county moved 2,150 people from riverside settlements to schools, the county commissioner said.", 2150),
        ("The municipality shifted some 900 families out of the landslide zone in Itaguí.", 900),
    ],
)
def test_ordered_to_move_to_safety_and_people_moved_from_a_place(run, sentence, value):
    assert [(c.value, c.term) for c in run(sentence)] == [(value, "evacuated")]


def test_ordered_to_pay_or_move_a_market_is_still_no_figure(run):
    assert run("The council ordered 400 traders to move their stalls to the new market.") == []


def test_people_gone_to_shelters_and_a_centre_that_now_holds_them_after_its_capacity(run):
    (gone,) = run("By Sunday evening, 5,600 people had gone to evacuation centres in Oita prefecture, the agency said.")
    assert (gone.value, gone.term) == (5600, "in_camps")
    (held,) = run("The Gorom transit site, built to hold 2,000 people, now holds close to 9,000 refugees, MSF said.")
    assert (held.value, held.qualifier, held.term) == (9000, "nearly", "in_camps")


def test_people_an_order_was_issued_to_are_no_figure(run):
    assert run("Evacuation orders were issued to about 640,000 residents of Shizuoka prefecture on Friday.") == []
    assert run("An evacuation advisory has been issued for 12,000 people living along the Kuma river.") == []


def test_two_counts_sharing_the_verb_after_the_second(run):
    text = "All 3,100 residents of Fort Nelson and some 400 visitors were ordered to leave, the district said."
    assert sorted(c.value for c in run(text)) == [400, 3100]
    # the count is the object of what came before it: the rescue's, not the next clause's
    text = "Police rescued 900 people, and an estimated 6,000 people remain displaced in Kathmandu."
    assert [c.value for c in run(text)] == [6000]


def test_people_registered_to_vote_are_no_figure(run):
    assert run("Some 1.4 million displaced people are registered to vote in the elections, the commission said.") == []


def test_people_displaced_that_a_place_is_home_to(run):
    (figure,) = run("Kalehe, home to some 12,000 people displaced by the floods, was cut off again, OCHA said.")
    assert (figure.value, figure.location) == (12000, "Kalehe")


@pytest.mark.parametrize(
    "sentence,term",
    [
        ("About 3,000 people were sheltered in schools in Kidal, officials said.", "in_camps"),
        ("About 3,000 people were given shelter in Kidal, officials said.", "in_camps"),
        ("About 3,000 people are living in informal settlements in Kidal, officials said.", "in_camps"),
        ("About 3,000 refugees were repatriated to Kidal, officials said.", "returned"),
        ("About 3,000 people ran to Kidal as the shelling began, officials said.", "fled"),
    ],
)
def test_sheltered_settlements_repatriated_and_ran_to(run, sentence, term):
    (figure,) = run(sentence)
    assert (figure.value, figure.term, figure.location) == (3000, term, "Kidal")


@pytest.mark.parametrize(
    "sentence",
    [
        "About 3,000 people were sheltered in place during the chemical leak in Kidal, officials said.",
        "Some 3,000 Afghans were forcibly repatriated from Pakistan last month, UNHCR said.",
    ],
)
def test_sheltering_in_place_and_a_forced_repatriation_are_no_figure(run, sentence):
    assert run(sentence) == []


@pytest.mark.parametrize(
    "sentence,value",
    [
        ("At least 42,000 people had moved into cyclone shelters by nightfall, he said.", 42000),
        ("There are 215,500 people in the shelters as of Tuesday morning.", 215500),
    ],
)
def test_people_in_or_moved_into_the_shelters(run, sentence, value):
    (figure,) = run(sentence)
    assert (figure.value, figure.term) == (value, "in_camps")


def test_people_hit_by_the_disaster_then_moved_are_a_figure(run):
    (figure,) = run("So far around 7,300 people affected by the floods have been relocated in Guangxi.")
    assert (figure.value, figure.term, figure.location) == (7300, "relocated", "Guangxi")
    assert run("Some 7,300 people affected by the floods received food parcels in Guangxi.") == []


def test_an_influx_of_refugees_is_their_arrival_unless_awaited(run):
    (figure,) = run("The border town of Renk is facing an influx of up to 1,800 South Sudanese refugees a day.")
    assert (figure.value, figure.qualifier, figure.term, figure.location) == (1800, "up_to", "fled", "Renk")
    assert run("The transit centre can absorb an influx of 4,000 refugees.") == []
    assert run("Officials fear an influx of 20,000 refugees.") == []


def test_a_bracketed_count_with_its_own_word_outside_a_trap(run):
    first, second = run("The worst hit areas are in the counties of Garissa (6,120 displaced) and Wajir (2,400).")
    assert [(f.value, f.term, f.location) for f in (first, second)] == [
        (6120, "displaced", "Garissa"), (2400, "displaced", "Wajir")
    ]  # fmt: skip


def test_returned_before_a_nationality_is_an_adjective(run):
    assert (
        run(
            "The agency predicted that 90,000 refugees, as well as 30,000 returned Malian migrants and other nationals "
            "could be expected to arrive by December."
        )
        == []
    )
    (figure,) = run("Some 4,000 returned Burundian refugees are living in Makamba.")
    assert (figure.value, figure.term, figure.location) == (4000, "returned", "Makamba")


def test_two_counts_by_place_share_one_verb(run):
    first, second = run("Some 1,500 people in Tete and 600 in Sofala were evacuated on Friday.")
    assert [(f.value, f.term, f.location) for f in (first, second)] == [
        (1500, "evacuated", "Tete"), (600, "evacuated", "Sofala")
    ]  # fmt: skip
    assert run("Some 1,500 people in Tete and 600 in Sofala were killed on Friday.") == []


def test_people_moved_into_monasteries_and_schools(run):
    (figure,) = run("Some 9,000 people from villages near Kyauktaw have moved into the town's monasteries.")
    assert figure.term == "in_camps"


def test_helping_move_people_to_safety_is_an_evacuation(run):
    (figure,) = run("Red Cross volunteers helped move 3,400 families to higher ground in Chikwawa.")
    assert (figure.value, figure.term) == (3400, "evacuated")
    assert run("The district plans to help move 3,000 families to higher ground in Chikwawa.") == []


def test_people_described_by_their_town_and_a_loss_before_their_verb(run):
    (figure,) = run("1,150 residents of Katesh whose homes were buried were staying in two primary schools.")
    assert (figure.value, figure.term, figure.location) == (1150, "in_camps", "Katesh")
    assert run("1,150 residents of Katesh whose homes were destroyed received blankets.") == []


def test_moving_people_out_of_a_zone_is_an_evacuation(run):
    (figure,) = run("AFAD has moved more than 1.6 million people out of the earthquake zone.")
    assert (figure.value, figure.term) == (1600000, "evacuated")
    assert run("Workers moved 3,000 tonnes of grain out of the port.") == []


@pytest.mark.parametrize(
    "sentence,values",
    [
        # the object of a trap verb just before it, or registered or aided after it: not a part of the figure
        (
            "Some 4,500 people fled Mozogo, OCHA said; humanitarian partners plan to reach 3,000 of them with kits.",
            [4500],
        ),
        ("Lebanon hosts 1.5 million Syrian refugees, of whom 755,000 are registered with UNHCR.", [1_500_000]),
        ("About 9,000 people fled Kaya, of whom 2,000 have been biometrically registered.", [9000]),
        # a part that went somewhere, or that a place received, stays one
        ("Some 5,000 people fled Kalehe, and 2,000 of them reached Bukavu.", [5000, 2000]),
        ("The network recorded 61,000 new displacements in September, with Baidoa receiving 18,000.", [61_000, 18_000]),
    ],
)
def test_a_part_that_was_aided_or_registered_is_no_figure(run, sentence, values):
    assert [f.value for f in run(sentence)] == values


@pytest.mark.parametrize(
    "sentence",
    [
        "Evacuation instructions were issued to 1.2 million residents of Kagoshima prefecture.",
        "DoDMA says it needs 12.5 billion kwacha to relocate 8,000 households from Nsanje.",
        "The county needs $4 million to relocate 600 families from the riverbank in Kisumu.",
        "The municipality needs to relocate 2,000 households living on the slopes above Freetown.",
    ],
)
def test_instructions_issued_and_money_needed_to_move_people_are_no_figure(run, sentence):
    assert run(sentence) == []


def test_people_described_by_what_struck_them_before_where_they_stay(run):
    (figure,) = run("DSWD: 2,300 families affected by the clashes in Datu Piang are staying in 9 evacuation centers.")
    assert (figure.value, figure.term) == (2300, "in_camps")


@pytest.mark.parametrize(
    "sentence",
    [
        "NEMA said the flood in Kidal on 29 May displaced 3,018 people.",
        "Floods in May displaced 3,018 people in Kidal, NEMA said.",
    ],
)
def test_the_month_of_may_is_no_hypothetical(run, sentence):
    (figure,) = run(sentence)
    assert (figure.value, figure.term, figure.location) == (3018, "displaced", "Kidal")


def test_the_modal_may_stays_hypothetical(run):
    assert run("The floods may displace 3,018 people in Kidal, NEMA said.") == []


def test_people_who_reached_a_named_place_arrived_there(run):
    (figure,) = run("Approximately 2,600 individuals reached Gedaref State on Sunday, DTM said.")
    assert (figure.value, figure.term, figure.location) == (2600, "fled", "Gedaref")


@pytest.mark.parametrize(
    "sentence",
    [
        "A convoy of 45 trucks carrying supplies for 20,000 displaced people reached Kadugli, WFP said.",
        "About 50,000 people reached Phase 5 in North Darfur, the IPC said.",
        "Partners reached 20,000 people in Kadugli with food, WFP said.",
    ],
)
def test_convoys_phases_and_aid_that_reached_are_no_arrivals(run, sentence):
    assert run(sentence) == []


@pytest.mark.parametrize(
    "sentence,value",
    [
        ("Around 19,000 people are staying in Chiúre-Velho and Katapua accommodation centres, IOM said.", 19000),
        ("The Renk transit centre hosts 14,800 people, three times its capacity, UNHCR said.", 14800),
    ],
)
def test_accommodation_and_transit_centres_named_before_their_kind(run, sentence, value):
    (figure,) = run(sentence)
    assert (figure.value, figure.term) == (value, "in_camps")


def test_idp_populations_with_places_in_brackets(run):
    figures = run("The largest IDP populations are in Ninewa (326,500), Duhok (245,000) and Erbil (204,100).")
    assert [(f.value, f.location) for f in figures] == [(326500, "Ninewa"), (245000, "Duhok"), (204100, "Erbil")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Of the 1,041,000 IDPs in Haiti, 55 per cent are women and girls.",
        "• Of the 1,041,000 IDPs in Haiti, most live in Port-au-Prince.",
    ],
)
def test_a_displaced_whole_opening_the_sentence_is_a_figure(run, sentence):
    (figure,) = run(sentence)
    assert (figure.value, figure.location) == (1041000, "Haiti")


def test_refugees_registered_from_a_place_came_and_a_registration_drive_did_not(run):
    (figure,) = run("The government has registered 101,848 refugees from Karabakh in Goris.")
    assert (figure.value, figure.term) == (101848, "fled")
    assert run("UNHCR has biometrically registered 90,000 refugees in Adré.") == []


def test_people_who_remained_in_numbered_centres(run):
    figures = run("By 24 January, 410 people remained in 9 centres in the Western division, the Red Cross said.")
    assert [(f.value, f.term) for f in figures] == [(410, "in_camps")]


def test_refugees_who_remain_in_a_country_are_counted_there(run):
    (figure,) = run("Some 122,000 refugees from Ukraine remain in the Republic of Moldova, UNHCR said.")
    assert (figure.value, figure.term, figure.location) == (122000, "fled", "Republic of Moldova")


@pytest.mark.parametrize(
    "sentence,value",
    [
        ("NADMO said the spillage displaced about 31,000 people in Volta, and 8,900 are in 16 safe havens.", 8900),
        ("The NDC said 7,849 people were displaced in Enga, with 1,650 in care centres at Wabag.", 1650),
        ("Some 122,000 refugees are in Moldova, about 2,600 of whom live in 48 refugee accommodation centres.", 2600),
    ],
)
def test_safe_havens_care_centres_and_refugee_accommodation_centres(run, sentence, value):
    figures = run(sentence)
    assert (figures[-1].value, figures[-1].term) == (value, "in_camps")


@pytest.mark.parametrize(
    "sentence",
    [
        "NDMA: A mock evacuation drill involving 3,000 students and staff was held in Islamabad on Thursday.",
        "An emergency evacuation exercise involving 1,200 residents took place in Kidal.",
    ],
)
def test_evacuation_drills_and_exercises_are_no_figures(run, sentence):
    assert run(sentence) == []


@pytest.mark.parametrize(
    "sentence,value",
    [
        ("The ministry said floods destroyed 164,000 homes; 38,000 households are in sites in Mayo-Kebbi Est.", 38000),
        ("DMC said 1,840 families are in safety centres in Ratnapura.", 1840),
    ],
)
def test_households_in_sites_and_in_safety_centres(run, sentence, value):
    (figure,) = run(sentence)
    assert (figure.value, figure.term) == (value, "in_camps")


def test_returnees_from_camps_in_one_place_to_another_and_their_running_total(run):
    figures = run(
        "Between January and June 2024, DTM recorded 11,372 individuals returning from camps in Duhok governorate to "
        "Sinjar district, bringing total returns to Sinjar since 2015 to 195,000."
    )
    assert [(f.value, f.term, f.location) for f in figures] == [
        (11372, "returned", "Sinjar"),
        (195000, "returned", "Sinjar"),
    ]


def test_people_given_emergency_shelter_in_a_place(run):
    (figure,) = run("About 2,100 people had been given emergency shelter in Paiporta.")
    assert (figure.value, figure.term, figure.location) == (2100, "in_camps", "Paiporta")


@pytest.mark.parametrize(
    "sentence,values",
    [
        # a part born there is no figure
        ("Kiryandongo settlement hosts 127,000 refugees, of whom about 2,600 were born there last year.", [127_000]),
        # more people something else is said of: not more of the figure
        ("CONRED evacuated 1,048 people from Alotenango, and 12,000 more live within the 8 km risk zone.", [1048]),
        ("About 5,000 people were displaced in Derna, and 6,000 more in other towns in eastern Libya.", [5000, 6000]),
        ("Some 3,000 people fled to Goma, and 2,000 more are sheltering in schools in Sake.", [3000, 2000]),
        # a count someone expects
        (
            "The centre expects the number of displaced people to exceed 50,000 as the depression moves north; 21,400 "
            "people are already in 233 safety centres.",
            [21_400],
        ),
        ("The number of IDPs in Sudan is expected to reach 12 million by December, IOM said.", []),
        ("The number of IDPs in Sudan rose to 10 million, IOM said.", [10_000_000]),
    ],
)
def test_parts_born_more_of_another_kind_and_projected_counts(run, sentence, values):
    assert [f.value for f in run(sentence)] == values


@pytest.mark.parametrize(
    "sentence,value,term,place",
    [
        ("Tens of thousands of Sudanese have converged on Renk in recent weeks.", 10000, "fled", "Renk"),
        ("Over the past week, nearly 9,000 villagers have headed to Kalemie.", 9000, "fled", "Kalemie"),
        (
            "The storm flattened 3,000 homes, sending 14,000 people to temporary shelters in Sylhet.",
            14000,
            "evacuated",
            "Sylhet",
        ),
    ],
)
def test_converged_on_headed_to_and_sent_to_shelters(run, sentence, value, term, place):
    (figure,) = run(sentence)
    assert (figure.value, figure.term, figure.location) == (value, term, place)
    assert run("The agency sent 300 tonnes of food to shelters in Sylhet.") == []
    assert run("Aid convoys headed to Kalemie with 2,000 tents.") == []


def test_a_border_river_crossed_on_the_way_is_a_flight(run):
    (figure,) = run("About 3,000 people had crossed the Moei river into Mae Sot after fighting in Myawaddy.")
    assert (figure.value, figure.term, figure.location) == (3000, "fled", "Mae Sot")
    # a river crossed for work is no flight: no count of people who fled
    assert run("The bridge lets 3,000 trucks cross the Moei river each day.") == []


def test_moved_to_schools_or_churches_is_a_shelter_of_its_own(run):
    (figure,) = run("Overnight, some 1,800 families in Chikwawa district moved to nearby churches and schools.")
    assert (figure.value, figure.unit, figure.term, figure.location) == (1800, "household", "in_camps", "Chikwawa")
    # going to school is no shelter: no figure
    assert run("About 1,800 pupils in Chikwawa went to school on Monday.") == []


def test_ordered_to_move_is_an_evacuation_ordered(run):
    (figure,) = run("About 90,000 people in Rafah have been ordered to move to the coast since Monday.")
    assert (figure.value, figure.term, figure.location) == (90_000, "evacuated", "Rafah")
    # soldiers ordered to move forward are no evacuation
    assert run("About 2,000 soldiers in Rafah were ordered to move forward on Monday.") == []


def test_a_night_in_sports_centres_and_moved_and_compensated(run):
    (figure,) = run("Some 900 residents of Alzira spent the night in municipal sports centres after the river rose.")
    assert (figure.value, figure.term, figure.location) == (900, "in_camps", "Alzira")
    (figure,) = run(
        "The county government said 1,200 households on the river banks in Mombasa had been moved and paid 8,000 "
        "shillings each."
    )
    assert (figure.value, figure.unit, figure.term) == (1200, "household", "evacuated")


def test_stayed_with_relatives_is_displacement(run):
    (figure,) = run("After the attacks around Ansongo, about 2,500 people stayed with relatives in Gao.")
    assert (figure.value, figure.term, figure.location) == (2500, "displaced", "Gao")


def test_hid_in_the_bush_and_headed_to_reception_centres(run):
    (figure,) = run("Gunmen attacked Seytenga, and about 900 people hid in the bush near Dori.")
    assert (figure.value, figure.term) == (900, "fled")
    (figure,) = run("In Kamloops, 2,600 evacuees headed to reception centres on Friday.")
    assert (figure.value, figure.term, figure.location) == (2600, "in_camps", "Kamloops")


def test_people_in_relief_centres_are_in_camps(run):
    (figure,) = run("Some 41,000 people were in relief centres in Kelantan on Sunday.")
    assert (figure.value, figure.term, figure.location) == (41000, "in_camps", "Kelantan")


def test_people_now_or_still_sheltering_in_a_place(run):
    (figure,) = run("About 90,000 people were now sheltering in Deir al-Balah.")
    assert (figure.value, figure.term) == (90000, "in_camps")
    (figure,) = run("Some 3,000 people are still sheltering at the stadium in Beira.")
    assert (figure.value, figure.term) == (3000, "in_camps")


def test_the_verb_before_the_people_governs_them_past_where_they_are(run):
    # the verb first (as an Arabic or French gloss writes it): what follows where they are is not what befell them
    (figure,) = run("took shelter 4,000 families in tents in Taroudant after the earthquake destroyed their homes.")
    assert (figure.value, figure.term) == (4000, "in_camps")
    # people in camps who then suffered something are still no figure
    assert run("4,000 families in tents in Taroudant received food after the earthquake.") == []


def test_people_crossing_a_named_border_fled(run):
    (figure,) = run("More than 40,000 have crossed the Chad border since the fighting began, UNHCR said.")
    assert (figure.value, figure.term) == (40_000, "fled")


def test_people_a_flow_monitoring_point_saw_crossing_fled(run):
    (figure,) = run("At Dolo Ado, 812 individuals were monitored crossing the border from Somalia.")
    assert (figure.value, figure.term) == (812, "fled")


def test_displaced_people_who_reached_a_named_town_arrived_there(run):
    (figure,) = run("Some 310 households displaced by the drought reached Baidoa last week.")
    assert (figure.value, figure.location) == (310, "Baidoa")


def test_people_reached_with_aid_are_still_no_figure(run):
    assert run("Partners reached 7,000 displaced people in Baidoa with water.") == []


def test_each_count_of_a_flash_update_list_keeps_its_own_adjective(run):
    text = (
        "By Monday the disaster agency counted more than 300 displaced people, nearly 4,100 affected people and "
        "some 900 damaged houses in Garut Regency."
    )
    (figure,) = run(text)
    assert (figure.value, figure.qualifier, figure.location) == (300, "more_than", "Garut")
    # the affected count is no figure even with a displaced count before it
    assert [c.value for c in run("The agency counted 12 displaced people, 2,600 affected people in Sumedang.")] == [12]


def test_a_trap_in_the_clause_of_what_caused_it_is_not_what_befell_them(run):
    (figure,) = run("Last week 40 people were killed and more than 6,500 displaced after torrential rain hit Rubavu.")
    assert (figure.value, figure.location) == (6_500, "Rubavu")
    # what befell the people themselves still is a trap
    assert run("More than 6,500 displaced people were killed after torrential rain hit Rubavu.") == []


def test_another_count_s_own_trap_word_before_is_not_theirs(run):
    (figure,) = run("The mudslide in Sukabumi left two injured people and about 45 displaced people.")
    assert (figure.value, figure.qualifier) == (45, "approximately")
    # a trap that is not another count's own word still governs
    assert run("The mudslide injured 45 displaced people in Sukabumi.") == []


def test_people_facing_evacuation_orders_are_under_them_not_gone(run):
    assert run("More than 3,100 residents of Placer County are facing new evacuation orders, the sheriff said.") == []
    # people the order moved are evacuated
    (figure,) = run("More than 3,100 residents of Placer County were evacuated under new orders, the sheriff said.")
    assert figure.value == 3_100


def test_people_who_reached_the_shelters_are_in_them(run):
    (figure,) = run("By Wednesday evening, 8,400 people had reached the cyclone shelters in Khulna.")
    assert (figure.value, figure.location) == (8_400, "Khulna")
    # aid or a storm reaching the shelters moves no one
    assert run("Aid convoys reached the shelters in Khulna, where 8,400 people received food.") == []


def test_a_count_after_a_semicolon_with_no_verb_of_its_own_takes_the_verb_before(run):
    text = (
        "The provincial office evacuated 2,100 families in Sorsogon; 640 families or 2,900 persons in Masbate; and "
        "310 families in Catanduanes."
    )
    assert [(c.value, c.unit, c.location) for c in run(text)] == [
        (2_100, "household", "Sorsogon"),
        (640, "household", "Masbate"),
        (310, "household", "Catanduanes"),
    ]
    # a count with a verb of its own keeps it
    assert [
        c.value for c in run("The office evacuated 2,100 families in Sorsogon; 640 families were affected in Masbate.")
    ] == [2_100]


def test_the_people_s_noun_in_letters_is_not_what_happened_to_them(run):
    assert run("Around 3,400 internally displaced persons (IDPs) were reached with food rations in Kalemie.") == []
    (figure,) = run("Around 3,400 internally displaced persons (IDPs) were relocated to Kalemie.")
    assert (figure.value, figure.location) == (3400, "Kalemie")


def test_people_on_their_way_who_received_aid_are_no_figure(run):
    assert run("Over 6,000 IDPs returning to their villages in Kitgum received a resettlement package.") == []
    (figure,) = run("About 2,000 people fleeing the clashes in Kadugli arrived in Dilling.")
    assert (figure.value, figure.location) == (2000, "Dilling")


def test_a_camp_home_to_people_after_a_sentence_about_displacement_hosts_them(run):
    (_, figure) = run("Some 4,000 families fled to Kalemie. The Katanika site is now home to 12,000 people.")
    assert (figure.value, figure.location) == (12_000, "Katanika")
    # a town home to people is its population
    assert [f.value for f in run("Fighting displaced 30,000 people from Sake. Goma is home to 2 million people.")] == [
        30_000
    ]


def test_a_long_aside_between_dashes_does_not_part_the_people_from_their_verb(run):
    (figure,) = run(
        "At least 48,000 people — about two thirds of them in the villages around the provincial capital — have "
        "fled their homes in Ituri."
    )
    assert (figure.value, figure.location) == (48_000, "Ituri")
    # an aside does not make a trap's people displaced
    assert run("At least 48,000 people — most of them farmers — were killed in Ituri.") == []


def test_the_lives_a_conflict_claimed_are_deaths(run):
    (figure,) = run("The fighting has claimed the lives of at least 60 people and displaced 9,000 others in Djugu.")
    assert (figure.value, figure.location) == (9_000, "Djugu")


def test_what_a_camp_will_be_able_to_host_is_a_capacity(run):
    assert run("Once enlarged, Gaga camp will be able to host 6,000 more people.") == []
    # the people already there are counted
    (figure,) = run("The new site can take 2,000 more, beyond the 5,430 refugees already in Gaga.")
    assert (figure.value, figure.location) == (5_430, "Gaga")


def test_a_camp_that_is_home_to_people_counts_its_displaced(run):
    (figure,) = run("They fled to Sortoni 2, an extension of the first camp there, which is now home to 9,200 people.")
    assert (figure.value, figure.term, figure.location) == (9_200, "in_camps", "Sortoni")
    # a town home to people is its population, and what a camp was built for is its capacity
    assert run("Nyala, a town south of the camp, is home to 500,000 people.") == []
    assert run("The camp was built to host 4,000 people.") == []


def test_there_are_refugees_in_a_place_is_a_count_of_them(run):
    (figure,) = run("In Taraba state, there are 7,340 refugees, the state emergency agency said.")
    assert (figure.value, figure.location) == (7_340, "Taraba")
    assert run("In Taraba state, there are 7,340 classrooms.") == []


def test_new_refugees_reported_in_a_place_are_arrivals(run):
    (figure,) = run("A further 430 new refugees have been reported in Tissi, close to the border.")
    assert (figure.value, figure.location) == (430, "Tissi")
    # refugees who report something are not counted so
    assert run("About 430 refugees have reported thefts in Tissi.") == []


def test_people_among_a_count_of_displaced_are_counted_not_given_to(run):
    (figure,) = run("She is among some 2,500 displaced people who have reached Sidon since Monday.")
    assert (figure.value, figure.location) == (2_500, "Sidon")
    # what was shared among them is aid
    assert run("Mattresses were handed out among 2,500 displaced people in Sidon.") == []


def test_the_number_of_displaced_people_reaches_past_the_places_of_its_subject(run):
    (figure,) = run(
        "The number of displaced people from Nyala and the surrounding villages in South Darfur rose to more than "
        "41,000 people, the agency said."
    )
    assert (figure.value, figure.qualifier, figure.location) == (41_000, "more_than", "Nyala")
    # people killed in the villages are still no figure
    assert run("The number of people killed in the villages of South Darfur rose to 320 people.") == []


def test_what_is_said_of_a_place_named_after_the_people_is_not_what_happened_to_them(run):
    (figure,) = run("There are 14,200 IDPs in the 22 sites covered by the CCCM mechanism in Kalemie.")
    assert (figure.value, figure.location) == (14_200, "Kalemie")
    # people said to be in need are still no figure
    assert run("About 30,000 people in areas affected by the floods need food.") == []


def test_a_clause_after_though_is_not_the_count_s(run):
    (figure,) = run(
        "IOM figures show that the number of arrivals since early June is now 740, though more who are not yet "
        "registered may have come too."
    )
    assert (figure.value, figure.reporting_body) == (740, "IOM")
    # what the clause after "though" counts is not a figure of its own
    assert run("The town is now calm, though 30 people may be evacuated later.") == []


def test_a_shelter_hosting_as_many_as_or_a_total_of_a_count_holds_them(run):
    (figure,) = run("Some 60 shelters across Tacloban are housing as many as 42,000 people.")
    assert (figure.value, figure.location) == (42_000, "Tacloban")
    (figure,) = run("Officials in Hatay said the tent camps were hosting a total of 310,000 quake survivors.")
    assert (figure.value, figure.location) == (310_000, "Hatay")
    # a hall hosting a total of guests is no shelter of the displaced
    assert run("The conference in Nairobi is hosting a total of 3,000 delegates.") == []


def test_a_shelter_or_site_named_before_its_verb_of_holding_counts_its_people(run):
    (figure,) = run("Volunteers run a disused school building in Gonaives that houses nearly 700 people.")
    assert (figure.value, figure.location) == (700, "Gonaives")
    (figure,) = run("Across Sofala, the six centres accommodate about 1,400 households, the INGD said.")
    assert (figure.value, figure.unit, figure.reporting_body) == (1_400, "household", "INGD")
    (figure,) = run("The Kigonze site near Bunia had sheltered 5,300 people, MONUSCO said.")
    assert (figure.value, figure.location) == (5_300, "Bunia")
    # what a shelter can take, and a stadium's crowd, are no figures
    assert run("The new shelters in Gonaives can hold 2,000 people.") == []
    assert run("The stadium in Gonaives holds 15,000 fans.") == []


def test_people_who_continue_to_be_displaced_are_counted(run):
    (figure,) = run("Hundreds continue to be displaced into Herat every week.")
    assert (figure.value, figure.location) == (100, "Herat")
    (figure,) = run("About 4,000 people continue to flee Kharkiv each month.")
    assert figure.value == 4_000
    # people expected to be displaced are still no figure
    assert run("About 4,000 people are expected to be displaced in Herat.") == []


# The grid of how a count of displaced people is said: every predicate form, in several tenses and aspects, with
# every unit and what can stand between the count and its predicate. Invented sentences about an invented clash
# near Nzega; the count is always 6,140 (or 6,140 households).
_GRID_UNITS = {
    "people": "person",
    "persons": "person",
    "individuals": "person",
    "residents": "person",
    "civilians": "person",
    "villagers": "person",
    "refugees": "person",
    "IDPs": "person",
    "children": "person",
    "families": "household",
    "households": "household",
    "HHs": "household",
}
_GRID_BETWEEN = ["", ", mostly women and children,", " of the hill district", " living along the Ruvu", " reportedly"]
_GRID_SUBJECT = [
    "fled",
    "have fled",
    "had fled",
    "are fleeing",
    "continue to flee",
    "were displaced",
    "have been displaced",
    "had been displaced",
    "are being displaced",
    "remain displaced",
    "were evacuated",
    "had been evacuated",
    "are being evacuated",
    "were forced to flee",
    "have been forced out of the valley",
    "were forced from their homes",
    "have had to flee",
    "had to be evacuated",
    "were uprooted",
    "were driven from their homes",
    "have sought refuge in schools",
    "took shelter in churches",
    "are sheltering in schools",
    "were relocated",
    "moved to safety",
    "moved to higher ground",
    "left their homes",
    "have abandoned their villages",
    "returned home",
    "have returned to their villages",
    # what a source believes or reports of them
    "are believed to have fled",
    "were reported to have been displaced",
    "are estimated to have been evacuated",
    "were known to have fled",
    # what they became
    "became displaced",
    "became refugees",
    "were made refugees",
    "were made to leave their homes",
    # how
    "were temporarily relocated",
    "were safely evacuated",
    "have been forcibly displaced",
    "were forced to seek refuge",
    "were compelled to flee",
    # where they stay, in any tense
    "live in tents",
    "live in containers",
    "stay in schools",
    "stayed in classrooms",
    "are living in camps",
    "are sheltering under trees",
    "are sheltering around the UN base",
]
_GRID_OBJECT = [
    "The raids forced {count} to flee",
    "The floods have forced {count} to leave their homes",
    "The raids drove {count} from their homes",
    "The floods displaced {count}",
    "The shelling sent {count} fleeing",
    "The raids prompted {count} to flee",
    "The raids caused {count} to flee",
    "The fire forced {count} to be evacuated",
    "The raids led {count} to seek refuge in schools",
    "The fire forced {count} to retreat to evacuation centres",
    "The raids caused the displacement of {count}",
    "The raids led to the flight of {count}",
    "Officials ordered the evacuation of {count}",
    "The drought set off an exodus of {count}",
]


def _grid_figure(run, sentence, unit):
    return [(c.value, c.unit) for c in run(sentence) if c.value == 6_140] == [(6_140, unit)]


@pytest.mark.parametrize("predicate", _GRID_SUBJECT)
def test_the_grid_a_count_as_the_subject_of_its_predicate(run, predicate):
    failed = []
    for (noun, unit), between in [(u, b) for u in _GRID_UNITS.items() for b in _GRID_BETWEEN] + [(("", "person"), "")]:
        sentence = f"About 6,140 {noun}{between} {predicate} near Nzega after the raids.".replace("  ", " ")
        if not _grid_figure(run, sentence, unit):
            failed.append(sentence)
    assert failed == []


@pytest.mark.parametrize("frame", _GRID_OBJECT)
def test_the_grid_a_count_as_the_object_of_a_cause_or_a_noun(run, frame):
    failed = []
    for (noun, unit), between in [(u, b) for u in _GRID_UNITS.items() for b in _GRID_BETWEEN[:3]]:
        sentence = frame.format(count=f"about 6,140 {noun}{between}") + " near Nzega last week."
        if not _grid_figure(run, sentence, unit):
            failed.append(sentence)
    assert failed == []


@pytest.mark.parametrize(
    "sentence",
    [
        "About 6,140 people were affected by flooding near Nzega.",
        "About 6,140 people remain under evacuation orders near Nzega.",
        "Evacuation orders cover about 6,140 residents near Nzega.",
        "Aid reached about 6,140 displaced people near Nzega.",
        "The new camp near Nzega can hold about 6,140 people.",
        "The shelters near Nzega were built for about 6,140 people.",
        "About 6,140 people are in need of shelter near Nzega.",
        "About 6,140 people near Nzega could be displaced should the dam break.",
        "The council plans to relocate about 6,140 families near Nzega.",
        "About 6,140 houses were destroyed near Nzega.",
        "A breach of the dam could force about 6,140 people to be evacuated near Nzega.",
        "The raids caused about 6,140 deaths near Nzega.",
        "About 6,140 people live in Nzega.",
        "Nzega is a town with about 6,140 residents.",
    ],
)
def test_the_grid_near_misses_give_no_figure(run, sentence):
    assert 6_140 not in [c.value for c in run(sentence)]


# What can stand between the count and its predicate, and the count inside a larger clause: a place phrase with a
# compound adjective or a plain word before its noun, a reduced relative, a second object of the same verb.
_GRID_WHERE = [
    " in the worst-hit area of Nzega",
    " in the hardest-hit parts of Nzega",
    " from the hill towns",
    " in the upland villages of Nzega",
    " across the district",
]
_GRID_SECOND_SUBJECT = [
    "have fled",
    "were evacuated",
    "are sheltering in schools",
    "are residing in camps",
    "were residing outside the camps",
    "were ordered to be out before dark",
    "were told to get out",
    "crossed through Nzega into Tanzania",
]


@pytest.mark.parametrize("predicate", _GRID_SECOND_SUBJECT)
def test_the_grid_a_place_phrase_between_the_count_and_its_predicate(run, predicate):
    failed = []
    for (noun, unit), where in [(u, w) for u in _GRID_UNITS.items() for w in _GRID_WHERE]:
        sentence = f"About 6,140 {noun}{where} {predicate}."
        if not _grid_figure(run, sentence, unit):
            failed.append(sentence)
    assert failed == []


@pytest.mark.parametrize(
    "participle",
    ["sheltering in schools", "sheltering around the UN base", "living in tents", "residing in camps",
     "residing outside the camps", "displaced by the floods", "evacuated from the valley", "forced from their homes"],
)  # fmt: skip
def test_the_grid_a_count_with_a_reduced_relative_inside_a_larger_clause(run, participle):
    failed = []
    for noun, unit in _GRID_UNITS.items():
        for frame in ("Officials counted {x} near Nzega.", "There were {x} near Nzega on Monday."):
            sentence = frame.format(x=f"about 6,140 {noun} {participle}")
            if not _grid_figure(run, sentence, unit):
                failed.append(sentence)
    assert failed == []


@pytest.mark.parametrize(
    "sentence,unit",
    [
        ("The council relocated 900 people from the riverbank and 6,140 herders from the plain.", "person"),
        ("The council evacuated 900 people from the riverbank and 6,140 families from the plain.", "household"),
        ("The raids displaced 900 people in Igunga and about 6,140 villagers in Nzega.", "person"),
        ("The council moved 900 people and 6,140 fishermen to safety near Nzega.", "person"),
    ],
)
def test_the_grid_a_second_object_of_the_same_verb(run, sentence, unit):
    assert _grid_figure(run, sentence, unit)


@pytest.mark.parametrize(
    "sentence",
    [
        "The floods displaced 900 people and 6,140 families lost their crops near Nzega.",
        "The floods displaced 900 people and 6,140 people were injured near Nzega.",
        "The floods displaced 900 people and affected 6,140 people near Nzega.",
        "The agency plans to relocate 900 people from the coast and 6,140 herders from the plain.",
        "About 6,140 people were hit by the floods near Nzega.",
        "About 6,140 people in the worst-hit area of Nzega need food.",
    ],
)
def test_the_grid_second_counts_and_compounds_that_are_no_figure(run, sentence):
    assert 6_140 not in [c.value for c in run(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        # leaving something that is no place
        "The vote prompted about 6,140 to leave the party in Nzega.",
    ],
)
def test_the_grid_leaving_what_is_no_place_is_no_displacement(run, sentence):
    assert 6_140 not in [c.value for c in run(sentence)]


def test_the_grid_a_place_that_is_home_to_the_displaced_counts_them(run):
    for noun, unit in (("evacuees", "person"), ("flood-displaced families", "household"), ("IDPs", "person")):
        assert _grid_figure(run, f"Nzega is now home to about 6,140 {noun}.", unit)
    # a town's own people are its population
    assert run("Nzega is home to about 6,140 people.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "About 6,140 people had to sleep in the open near Nzega.",
        "Some 6,140 families slept in their cars near Nzega after the tremor.",
        "About 6,140 were rescued and evacuated near Nzega.",
    ],
)
def test_the_grid_sleeping_out_and_rescued_and_evacuated(run, sentence):
    assert 6_140 in [c.value for c in run(sentence)]


def test_the_grid_rescued_and_harmed_is_no_figure(run):
    assert run("About 6,140 were rescued and treated for injuries near Nzega.") == []


@pytest.mark.parametrize(
    "sentence,unit",
    [
        # boats' people coming ashore
        ("About 6,140 Rohingya have landed in Nzega since June.", "person"),
        ("Some 6,140 refugees had landed on Nzega island by Friday.", "person"),
        # a border passed
        ("On Monday alone 6,140 people passed the border at Nzega.", "person"),
        ("About 6,140 returnees passed through the Nzega border on Sunday.", "person"),
        # carried away on board
        ("On Tuesday some 6,140 boarded buses to Nzega and Igunga.", "person"),
        ("About 6,140 villagers boarded army trucks bound for Nzega.", "person"),
        # the few who got through
        ("Only 6,140 families have managed to reach Nzega, officials said.", "household"),
        ("About 6,140 people were able to get to Nzega before the road closed.", "person"),
        # the nominal of arriving
        ("The arrival of about 6,140 people in Nzega has stretched the water supply.", "person"),
        ("Officials reported the arrival of 6,140 displaced families in Nzega.", "household"),
        # moved to a named place
        ("About 6,140 households have moved to Nzega since the floods.", "household"),
        ("By Friday some 6,140 herders had moved to Nzega with their cattle.", "person"),
    ],
)
def test_the_grid_arriving_crossing_and_getting_through_to_a_named_place(run, sentence, unit):
    assert _grid_figure(run, sentence, unit)


@pytest.mark.parametrize(
    "sentence",
    [
        "About 6,140 tourists have landed in Nzega since June.",
        "The arrival of 6,140 tourists in Nzega filled every hotel.",
        "About 6,140 tourists boarded buses to Nzega for the festival.",
        "About 6,140 pupils have moved to Nzega secondary school.",
        "About 6,140 students have moved to Nzega University this year.",
        "About 6,140 people died when the storm reached Nzega.",
        "About 6,140 houses were destroyed after the river reached Nzega.",
        "The plane carrying 6,140 kilograms of aid landed in Nzega.",
    ],
)
def test_the_grid_arrivals_that_are_no_displacement(run, sentence):
    assert 6_140 not in [c.value for c in run(sentence)]


def test_the_grid_a_part_pushed_back_to_sea_is_no_figure(run):
    sentence = "About 6,140 Rohingya have landed in Nzega; villagers then towed 249 of those out to sea."
    assert [c.value for c in run(sentence)] == [6_140]


@pytest.mark.parametrize(
    "sentence,figures",
    [
        ("About 6,140 people went to Igunga and 3,210 to Nzega.", [(6_140, "Igunga"), (3_210, "Nzega")]),
        ("Of these, 6,140 went to the Nzega region and 3,210 to Igunga.", [(6_140, "Nzega"), (3_210, "Igunga")]),
        ("Some 6,140 families went to Nzega after the raids, officials said.", [(6_140, "Nzega")]),
    ],
)
def test_the_grid_people_who_went_to_a_named_place(run, sentence, figures):
    assert [(c.value, c.location) for c in run(sentence)] == figures


@pytest.mark.parametrize(
    "sentence",
    [
        "About 6,140 people went to Mass in Nzega on Sunday.",
        "About 6,140 fans went to Nzega Stadium for the final.",
        "About 6,140 people went to the polls in Nzega.",
        "About 6,140 pupils went to Nzega for the exams.",
    ],
)
def test_the_grid_going_to_a_place_for_something_else_is_no_figure(run, sentence):
    assert 6_140 not in [c.value for c in run(sentence)]


@pytest.mark.parametrize(
    "sentence,unit",
    [
        ("Roughly 6,140 households now stay in public areas around Nzega.", "household"),
        ("Some 6,140 people were sleeping in public buildings in Nzega.", "person"),
        ("About 6,140 families were reaching Nzega every day in June.", "household"),
        ("The raids drove 6,140 Rohingya Muslims across the border into Nzega.", "person"),
        ("About 6,140 Christians fled Nzega after the attack on the church.", "person"),
    ],
)
def test_the_grid_public_places_arrivals_as_they_come_and_people_named_by_faith(run, sentence, unit):
    assert _grid_figure(run, sentence, unit)


@pytest.mark.parametrize(
    "sentence",
    [
        "Aid reaching Nzega now covers 6,140 people.",
        "About 6,140 Muslims were killed in Nzega.",
        "About 6,140 Christians attended Mass in Nzega.",
        "About 6,140 people live in Nzega.",
    ],
)
def test_the_grid_reaching_aid_and_faiths_harmed_are_no_figure(run, sentence):
    assert 6_140 not in [c.value for c in run(sentence)]


@pytest.mark.parametrize(
    "sentence,unit",
    [
        ("By June 6,140 households had all been removed from the flood zone by the Nzega river.", "household"),
        ("About 6,140 families were removed from the road reserve in Nzega.", "household"),
        ("About 6,140 people were forcibly removed from their land in Nzega.", "person"),
    ],
)
def test_the_grid_people_removed_from_land_they_lived_on(run, sentence, unit):
    assert _grid_figure(run, sentence, unit)


@pytest.mark.parametrize(
    "sentence",
    [
        "About 6,140 people were removed from the voter list in Nzega.",
        "About 6,140 tonnes of rubble were removed from the area in Nzega.",
        "About 6,140 bodies were removed from the area near Nzega.",
        "About 6,140 names were removed from the aid register in Nzega.",
    ],
)
def test_the_grid_what_is_removed_from_a_list_or_a_site_is_no_figure(run, sentence):
    assert 6_140 not in [c.value for c in run(sentence)]


# term:place-list — a movement of people, then each destination with its count alone in brackets
_GRID_MOVEMENTS = [
    "Uprooted families continue to move out of Sirte to the east, including",
    "Uprooted families have been moving away from Sirte, mostly towards",
    "Uprooted families left Sirte for nearby towns such as",
    "Uprooted families are leaving Sirte for",
    "Uprooted families relocated from Sirte to",
    "Uprooted families travelled on from Sirte into",
    "Uprooted families headed out of Sirte to",
]
_GRID_DESTINATIONS = [
    ("Ajdabiya (2,410 individuals) and Marj (615 individuals).", "person"),
    ("Ajdabiya (2,410 households) and Marj (615 households).", "household"),
    ("Ajdabiya (over 2,410 people), Marj (some 615) and Tobruk (about 300).", "person"),
]


@pytest.mark.parametrize("movement", _GRID_MOVEMENTS)
@pytest.mark.parametrize("destinations,unit", _GRID_DESTINATIONS)
def test_the_grid_each_destination_of_a_movement_with_its_count_in_brackets(run, movement, destinations, unit):
    found = [(c.value, c.unit, c.location) for c in run(f"{movement} {destinations}")]
    assert (2_410, unit, "Ajdabiya") in found
    assert (615, unit, "Marj") in found


@pytest.mark.parametrize(
    "context",
    ["Drought uprooted about 90,000 people in Hiran in May.", "Floods displaced 90,000 people across Hiran."],
)
@pytest.mark.parametrize(
    "movement",
    [
        "The biggest movements were towards Jowhar in Middle Shabelle",
        "Most of the movement was to Jowhar in Middle Shabelle",
        "Movements were mainly to Jowhar",
    ],
)
def test_the_grid_the_movements_of_a_displacement_by_destination(run, context, movement):
    found = [(c.value, c.location) for c in run(f"{context} {movement} (over 12,400 people) and Kismayo (8,100).")]
    assert (12_400, "Jowhar") in found
    assert (8_100, "Kismayo") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Fighting moved to Jowhar (population 12,400) and Kismayo (population 8,100).",
        "Aid convoys moved to Jowhar (12,400 people) and Kismayo (8,100 people).",
        "The storm moved towards Jowhar (12,400 people affected) and Kismayo (8,100 people affected).",
        "Families will move to Jowhar (12,400 people) and Kismayo (8,100 people) next month.",
        "The agency plans to move families to Jowhar (12,400 people) and Kismayo (8,100 people).",
        "Health teams moved to Jowhar (12,400 people vaccinated) and Kismayo (8,100 people vaccinated).",
        "Families moved to Jowhar (up from 12,400 people) and Kismayo (up from 8,100 people).",
        "Families moved to the camps of Jowhar (capacity 12,400 people) and Kismayo (capacity 8,100 people).",
        "Voters moved to Jowhar (12,400 people) and Kismayo (8,100 people) for the ballot.",
        "Drought uprooted 90,000 people. Troop movements were to Jowhar (12,400 soldiers) and Kismayo (8,100).",
        "Drought uprooted 90,000 people in Hiran. Aid movements were to Jowhar (12,400 people reached) and Kismayo.",
    ],
)
def test_the_grid_a_list_of_places_with_counts_that_no_movement_of_people_governs(run, sentence):
    assert not {12_400, 8_100} & {c.value for c in run(sentence)}


@pytest.mark.parametrize(
    "sentence,figures",
    [
        (
            "The wildfire is spreading to nearby counties with 214 evacuees in Lassen and 90 evacuees in Plumas.",
            [(214, "Lassen"), (90, "Plumas")],
        ),
        ("The floods have spread across districts with about 214 displaced families in Kasese.", [(214, "Kasese")]),
        ("The storm left 12 evacuation centres with 214 evacuees in Legazpi.", [(214, "Legazpi")]),
        ("Tete now has three sites with some 214 IDPs.", [(214, "Tete")]),
    ],
)
def test_the_grid_places_or_sites_with_their_displaced_people(run, sentence, figures):
    assert [(c.value, c.location) for c in run(sentence)] == figures


@pytest.mark.parametrize(
    "sentence",
    [
        "Aid workers with 214 evacuees in Lassen handed out water.",
        "Teams are working with 214 evacuees in Lassen.",
        "Food was delivered to camps with 214 displaced families in Kasese.",
        "The agency helped districts with 214 displaced families in Kasese.",
    ],
)
def test_the_grid_people_helped_or_worked_with_are_no_figure(run, sentence):
    assert run(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "There are 18,310 individuals (4,020 households) across the 27 assessed displacement sites.",
        "There are 18,310 individuals across the 27 assessed displacement sites.",
        "About 18,310 people now live in the 27 assessed IDP sites.",
        "Some 18,310 people were sheltering in the assessed evacuation centres.",
        "The 27 assessed collective centres host 18,310 people.",
    ],
)
def test_the_grid_assessed_sites_are_where_the_displaced_are_not_what_was_done_to_them(run, sentence):
    assert [c.value for c in run(sentence)] == [18_310]


@pytest.mark.parametrize(
    "sentence",
    [
        "There are 18,310 people in need across the 27 assessed displacement sites.",
        "In the 27 assessed displacement sites, 18,310 people are in need of food.",
        "About 18,310 children were assessed for malnutrition in the displacement sites.",
        "Teams assessed 18,310 houses across the 27 displacement sites.",
    ],
)
def test_the_grid_people_assessed_or_in_need_in_sites_are_no_figure(run, sentence):
    assert 18_310 not in [c.value for c in run(sentence)]


@pytest.mark.parametrize(
    "sentence,unit",
    [
        ("Over 35 per cent (9,412 people) of the affected residents were evacuated.", "person"),
        ("Some 35% (9,412 persons) of all the affected people in Buzi were moved out to safety.", "person"),
        ("Nearly 40% (9,412 people) of the flood-affected residents have fled their homes.", "person"),
        ("About a third (9,412 households) of the affected families were relocated to the school.", "household"),
    ],
)
def test_the_grid_a_share_s_count_in_brackets_of_the_affected_whole_that_was_displaced(run, sentence, unit):
    assert [(c.value, c.unit) for c in run(sentence)] == [(9_412, unit)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Over 35 per cent (9,412 people) of the affected families need humanitarian assistance.",
        "About 35% (9,412 people) of the affected residents were injured.",
        "About 9,412 of the affected people were reached with food.",
        "Over 9,412 people have been affected and 300 evacuated.",
    ],
)
def test_the_grid_the_affected_whole_or_its_part_helped_or_harmed_is_no_figure(run, sentence):
    assert 9_412 not in [c.value for c in run(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Fighting keeps uprooting people, with an average of 2,140 new arrivals seen in Gambella each day.",
        "The war drags on, with an average of 2,140 IDPs arriving in Gambella each week.",
        "Raids go on, with an average of 2,140 returnees reaching Gambella every month.",
        "Clashes continue, with an average of 2,140 refugees crossing into Gambella every day.",
        "An average of 2,140 people fled to Gambella each day.",
        "Gambella received an average of 2,140 refugees a day in May.",
    ],
)
def test_the_grid_an_average_count_of_arrivals_is_a_daily_flow(run, sentence):
    assert [(c.value, c.location) for c in run(sentence)] == [(2_140, "Gambella")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The agency distributed food to an average of 2,140 displaced people a day in Gambella.",
        "Clinics treated an average of 2,140 refugees a day in Gambella.",
        "Up to 2,140 people could be displaced in Gambella.",
    ],
)
def test_the_grid_an_average_count_given_aid_or_care_is_no_figure(run, sentence):
    assert run(sentence) == []


_GRID_FLIGHTS = "Some fled to Pauktaw, and some to Minbya. Others went as far as Mrauk-U."


@pytest.mark.parametrize(
    "total,unit",
    [
        ("In total, there were about 2,600 people, a volunteer said.", "person"),
        ("In all, there were some 2,600 households.", "household"),
        ("Altogether there were more than 2,600 people.", "person"),
        ("All told, there were 2,600 people.", "person"),
        ("In total, there were about 2,600 people, said a volunteer helping the displaced in Sittwe.", "person"),
    ],
)
def test_the_grid_a_total_closing_a_list_of_flights(run, total, unit):
    assert [(c.value, c.unit) for c in run(f"{_GRID_FLIGHTS} {total}")] == [(2_600, unit)]


@pytest.mark.parametrize(
    "text",
    [
        f"{_GRID_FLIGHTS} In total, there were about 2,600 people in need of food.",
        f"{_GRID_FLIGHTS} In total, there were 2,600 people living in the town before the war.",
        f"{_GRID_FLIGHTS} In total, there were 2,600 houses.",
        "The market in Pauktaw reopened. In total, there were about 2,600 people.",
        "The market in Pauktaw reopened. In total, there were about 2,600 people, said a man helping the displaced.",
    ],
)
def test_the_grid_a_total_of_something_else_or_after_no_flight_is_no_figure(run, text):
    assert 2_600 not in [c.value for c in run(text)]


@pytest.mark.parametrize("border", ["the nearby border", "the porous border", "the northern border", "the border"])
@pytest.mark.parametrize("destination", ["to Thailand", "into Thailand"])
def test_the_grid_people_driven_across_a_described_border(run, border, destination):
    sentence = f"The army campaign drove 640,000 Karen villagers across {border} {destination}."
    assert [(c.value, c.location) for c in run(sentence)] == [(640_000, "Thailand")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The army drove 640,000 trucks across the nearby border to Thailand.",
        "Traders drove 640,000 cattle across the nearby border to Kenya.",
        "The army drove 640,000 rebels across the nearby border to Thailand.",
    ],
)
def test_the_grid_what_is_driven_across_a_border_that_is_not_people_is_no_figure(run, sentence):
    assert run(sentence) == []


@pytest.mark.parametrize(
    "sentence,unit",
    [
        ("Maria Lopez manages a town shelter in a school in Tarlac, home to nearly 640 storm victims.", "person"),
        ("The Bakassi camp in Maiduguri, now home to some 640 displaced families, is overcrowded.", "household"),
        ("An evacuation centre in Legazpi, home to 640 evacuees, ran out of water.", "person"),
        ("She volunteers at a church shelter in Tarlac, home to about 640 flood survivors.", "person"),
    ],
)
def test_the_grid_a_shelter_or_camp_home_to_its_people_set_after_it(run, sentence, unit):
    assert [(c.value, c.unit) for c in run(sentence)] == [(640, unit)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The shelters are in Tarlac, home to 640,000 people.",
        "A shelter in Tarlac, home to 640 stray dogs, was flooded.",
        "The camp in Tarlac, home to 640 storm victims who were injured, was flooded.",
        "A shelter in Tarlac, built for 640 storm victims, stands empty.",
    ],
)
def test_the_grid_a_town_s_population_animals_harm_or_capacity_is_no_figure(run, sentence):
    assert [c.value for c in run(sentence)] == []


# a list of counts sharing one noun ("N and M refugees", "N, M and K people"): every count takes the term the list
# takes, whatever the verb, its tense and where the places stand (term:list)
_LIST_FRAMES = [
    "Goma and Bukavu {verb} {a} and {b} {noun} respectively.",
    "Goma and Bukavu {verb} {a} and {b} {noun}, respectively.",
    "Last month Goma and Bukavu {verb} {a} and {b} {noun} respectively.",
    "The two towns {verb} {a} and {b} {noun}.",
]
_LIST_VERBS = [
    ("host", "refugees"),
    ("hosted", "refugees"),
    ("are home to", "refugees"),
    ("were home to", "IDPs"),
    ("received", "refugees"),
    ("have received", "returnees"),
    ("took in", "refugees"),
    ("sheltered", "evacuees"),
    ("recorded", "displaced families"),
    ("registered", "new arrivals"),
]


@pytest.mark.parametrize("frame", _LIST_FRAMES)
@pytest.mark.parametrize("verb,noun", _LIST_VERBS)
@pytest.mark.parametrize(
    "a,b,values", [("3,400", "1,200", [3_400, 1_200]), ("1.2 million", "500,000", [1_200_000, 500_000])]
)
def test_the_grid_every_count_of_a_list_takes_the_list_s_term(run, frame, verb, noun, a, b, values):
    found = run(frame.format(verb=verb, noun=noun, a=a, b=b))
    assert [c.value for c in found] == values


@pytest.mark.parametrize(
    "sentence,values",
    [
        ("Goma, Bukavu and Uvira have the most displaced people, at 3,400, 2,100 and 1,200 people respectively.",
         [3_400, 2_100, 1_200]),
        ("The largest numbers of displaced people are in Goma and Bukavu, with 3,400 and 1,200 respectively.",
         None),
        ("Floods displaced 3,400, 2,100 and 1,200 people in Goma, Bukavu and Uvira respectively.",
         [3_400, 2_100, 1_200]),
        ("An estimated 3,400 and 1,200 people fled Goma and Bukavu respectively.", [3_400, 1_200]),
    ],
)  # fmt: skip
def test_the_grid_a_list_with_its_term_before_or_after(run, sentence, values):
    found = [c.value for c in run(sentence)]
    if values is not None:
        assert found == values


def test_the_grid_each_place_before_a_list_takes_its_count_respectively(run):
    found = run("Uganda and Kenya host 1.2 million and 500,000 refugees respectively.")
    assert [(c.value, c.location) for c in found] == [(1_200_000, "Uganda"), (500_000, "Kenya")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Goma and Bukavu recorded 3,400 and 1,200 deaths respectively.",
        "Goma and Bukavu host 3,400 and 1,200 tourists respectively.",
        "Goma and Bukavu received 3,400 and 1,200 visitors respectively.",
        "The storm destroyed 3,400 and 1,200 houses in Goma and Bukavu respectively.",
        "Aid reached 3,400 and 1,200 displaced people in Goma and Bukavu respectively.",
        "The agency distributed kits to 3,400 and 1,200 displaced families in Goma and Bukavu respectively.",
        "Goma and Bukavu can host 3,400 and 1,200 refugees respectively.",
        "Between 2019 and 2021, 30 and 45 per cent of the displaced returned to Goma.",
    ],
)
def test_the_grid_a_list_of_deaths_houses_visitors_aid_or_capacity_is_no_figure(run, sentence):
    assert [c.value for c in run(sentence)] == []


def test_the_grid_a_trap_before_a_list_keeps_the_first_count(run):
    assert [c.value for c in run("The floods killed 12 and 30 people were evacuated from Goma.")] == [30]


# "the population of the <name> camp <verb> N": the people a camp holds, as "the camp's population" is
@pytest.mark.parametrize(
    "subject", ["The population of the camps", "The population of the Farchana camp", "The population of the site"]
)
@pytest.mark.parametrize(
    "verb", ["stood at", "now stands at", "has grown to", "had reached", "was estimated at", "rose to", "reached"]
)
def test_the_grid_the_population_of_a_camp_is_its_people_in_camps(run, subject, verb):
    found = run(f"{subject} {verb} 12,400.")
    assert [(c.value, c.term) for c in found] == [(12_400, "in_camps")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The population of Abeche stood at 60,000.",
        "The population of the camp's goats stood at 600.",
        "The population of the camp site is expected to reach 90,000.",
        "The cholera cases in the population of the camps rose to 930.",
        "Deaths among the population of the camps rose to 930.",
        "The population of the camps was 40 per cent children.",
    ],
)
def test_the_grid_a_town_s_population_animals_cases_or_a_projection_is_no_camp_figure(run, sentence):
    assert [c.value for c in run(sentence)] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The districts of Goma and Mbeloveni report the most displaced, with 1,980 and 1,340 people respectively.",
        "Goma and Mbeloveni have the most displaced people, at 1,980 and 1,340 people respectively.",
    ],
)
def test_the_grid_a_name_of_the_list_the_gazetteer_does_not_know_takes_its_count_as_written(run, sentence):
    found = [(c.value, c.location) for c in run(sentence)]
    assert (1_340, "Mbeloveni") in found and (1_340, "Goma") not in found


# the displacement predicate: words that make a count a displacement figure where the extractor knew none
# ("<place>, home to N refugees", "were now in the <name> site", "evictions hit N people", "have sheltered near")
@pytest.mark.parametrize(
    ("sentence", "value", "term"),
    [
        ("Dadaab, home to 310,000 Somali refugees, is one of the oldest camps in Kenya.", 310_000, "fled"),
        ("Nyarugusu, home to some 130,000 refugees, lies in western Tanzania.", 130_000, "fled"),
        ("Camp Zamzam had become home to some 500,000 IDPs by April.", 500_000, "displaced"),
        ("The school has become home to 900 evacuees.", 900, "evacuated"),
        ("Some 8,300 people from the district were now in the Mabanda site in Makamba.", 8_300, "in_camps"),
        ("About 4,100 people are now in the Kigoma camp.", 4_100, "in_camps"),
        ("Nearly 700 families are still in the Lushagala camp.", 700, "in_camps"),
        ("In March, evictions hit 7,400 people in Daynile district.", 7_400, "displaced"),
        ("Evictions have hit more than 2,300 households in Hodan since January.", 2_300, "displaced"),
        ("Forced evictions struck 5,200 people in Baidoa last month.", 5_200, "displaced"),
        ("About 3,500 people have sheltered near the Malawi border in Mulanje, officials said.", 3_500, "fled"),
        ("Some 2,100 villagers had sheltered in the forest near Kachin.", 2_100, "fled"),
        ("Roughly 900 families have sheltered along the riverbank outside Kalemie.", 900, "fled"),
    ],
)
def test_the_grid_of_the_displacement_predicate_makes_the_count_a_figure(run, sentence, value, term):
    assert [(c.value, c.term) for c in run(sentence)] == [(value, term)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Goma, home to 2 million people, lies on the lake shore.",
        "The shelters are in Tarlac, home to 640,000 people.",
        "The district is home to 84,000 residents, according to the census.",
        "The camp, built to be home to 5,000 people, lies near the border.",
        "The reserve has become home to 1,200 elephants.",
        "The city, home to 300,000 voters, goes to the polls on Sunday.",
        "The residents were in the Goma stadium watching 40,000 fans.",
        "The floods hit 7,400 people in Daynile district.",
        "The storm hit 12,000 houses in Kahda.",
        "Evictions hit 40 sites in Hodan.",
        "About 3,500 people have sheltered in place in Mulanje.",
        "The school sheltered 40 cattle near the border.",
        "About 3,500 tourists were in the Kigoma hotel on Friday.",
    ],
)
def test_the_grid_a_town_s_people_harm_or_cattle_is_no_displacement_predicate(run, sentence):
    assert [c.value for c in run(sentence)] == []


# "protected", as Cuba's civil defence counts the evacuated: said with where they went or the storm they left before
@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("In Guantanamo, 52,000 residents have been protected ahead of Hurricane Oscar, civil defence reported.",
         52_000, "person"),
        ("Some 14,500 Holguin residents were protected, the majority with family members, before the storm.",
         14_500, "person"),
        ("About 8,000 people in Baracoa were protected in state shelters before the cyclone.", 8_000, "person"),
        ("Over 3,200 families have been protected in evacuation centres in Camaguey.", 3_200, "household"),
    ],
)  # fmt: skip
def test_the_grid_people_protected_from_a_storm_are_evacuated(run, sentence, value, unit):
    assert [(c.value, c.unit, c.term) for c in run(sentence)] == [(value, unit, "evacuated")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Some 1,200 houses were protected by sandbags ahead of the storm in Holguin.",
        "About 3,000 hectares were protected before the floods in Camaguey.",
        "Some 40,000 children were protected against measles before the storm season in Holguin.",
        "The 2,000 people in Holguin were protected by the new sea wall.",
        "Some 6,000 people were protected from the flu in Camaguey.",
    ],
)
def test_the_grid_houses_land_or_people_protected_from_something_else_are_no_figure(run, sentence):
    assert [c.value for c in run(sentence)] == []


# the grid of the predicate of a count that names no displacement word: a camp home to a people, the refugee
# population or caseload, "the number" or "that figure" of the sentence before; near-misses give nothing
@pytest.mark.parametrize(
    ("text", "value", "term"),
    [
        ("Lobara, home to over 48,000 Rohingya, remains the biggest refugee camp on the coast.", 48_000, "in_camps"),
        ("Tesna camp, home to 9,000 Malians, lies near the border.", 9_000, "in_camps"),
        ("Mbele, home to some 31,500 Sudanese, remains a displacement camp under UN guard.", 31_500, "displaced"),
        ("The refugee population in Adre stands at 150,000.", 150_000, "fled"),
        ("Uganda has a refugee caseload of 1.5 million.", 1_500_000, "fled"),
        ("Refugee numbers in Dorva reached 74,000 in May.", 74_000, "fled"),
        ("The district has an IDP caseload of 210,000.", 210_000, "displaced"),
        ("Tarwa has a displaced population of 40,000.", 40_000, "displaced"),
        ("Chad hosts a caseload of 400,000 Sudanese refugees.", 400_000, "fled"),
        ("The number of refugees in Chad stood at 600,000.", 600_000, "fled"),
        ("In March the number of IDPs across Kobar province rose to 1.2 million.", 1_200_000, "displaced"),
        ("The number of evacuees in Cebu has risen to 3,400.", 3_400, "evacuated"),
    ],
)
def test_the_grid_a_count_whose_predicate_names_no_displacement_word(run, text, value, term):
    assert [(c.value, c.term) for c in run(text)] == [(value, term)]


@pytest.mark.parametrize(
    ("text", "value", "term"),
    [
        ("UNHCR registered 12,400 refugees in Dorva last week. By Friday the number was 15,000.", 15_000, "fled"),
        ("Floods displaced 8,000 people in Tarwa in May. That figure rose to 11,000 in June.", 11_000, "displaced"),
        ("Rescuers evacuated 3,000 villagers from Kobar. The number has since reached 4,500.", 4_500, "evacuated"),
        ("About 2,200 families fled the clashes in Wau. The total now stands at about 2,900.", 2_900, "fled"),
    ],
)  # fmt: skip
def test_the_grid_the_number_of_the_sentence_before_as_it_stands_now(run, text, value, term):
    assert (value, term) in [(c.value, c.term) for c in run(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Goma, home to 2 million people, is the largest city in the province.",
        "Dorva, home to 30,000 people, is the largest town near the refugee camp.",
        "The park, home to 1,200 species, is the largest reserve in the region.",
        "The camp, built to be home to 5,000 Malians, is a refugee camp near the border.",
        "The clinic has a caseload of 3,000 patients.",
        "The number of refugees who received cash in Adre rose to 8,000.",
        "The number of displaced people given food rations in Wau reached 30,000.",
        "The number of refugees in need of shelter in Adre rose to 8,000.",
        "The number of deaths in the camp rose to 40.",
        "The population of Goma stood at 2 million in 2020.",
        "The camp's capacity stands at 5,000.",
    ],
)
def test_the_grid_a_town_a_capacity_or_the_aided_is_no_such_predicate(run, text):
    assert [c.value for c in run(text)] == []


@pytest.mark.parametrize(
    "text",
    [
        "Floods displaced 8,000 people in Tarwa in May. The number of deaths rose to 40.",
        "Floods displaced 8,000 people in Tarwa in May. The figure stood at 40 deaths.",
        "Floods displaced 8,000 people in Tarwa in May. That number is expected to rise to 20,000.",
        "Floods displaced 8,000 people in Tarwa in May. The number of schools closed reached 120.",
    ],
)
def test_the_grid_the_next_sentence_s_other_number_is_not_the_figure_as_it_stands(run, text):
    assert [c.value for c in run(text)] == [8_000]


# a camp holding people, its verb right after it ("has", "houses", "with a population of"), and a site's population
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The Pelina camp now has 9,000 residents.", 9_000),
        ("Pelina camp has 9,000 inhabitants.", 9_000),
        ("The Pelina camp houses 9,000 Malians.", 9_000),
        ("Pelina camp, with a population of 9,000 people, is full.", 9_000),
        ("The Pelina refugee camp is home to 9,000 people.", 9_000),
        ("The Sabo settlement has around 14,200 residents.", 14_200),
        ("The site's population has grown to 9,000.", 9_000),
        ("The site population in Pelina is now 9,000.", 9_000),
    ],
)
def test_the_grid_a_camp_that_has_or_houses_people_counts_them(run, text, value):
    assert [(c.value, c.term) for c in run(text)] == [(value, "in_camps")]


@pytest.mark.parametrize(
    "text",
    [
        "The Pelina camp has 40 latrines for 9,000 people.",
        "Dorva, a town near the camp, had 9,000 residents.",
        "The army camp houses 9,000 soldiers.",
        "The Pelina camp can house 9,000 people.",
        "The camp's capacity is 9,000 people.",
        "The Pelina hotel has 900 rooms.",
        "The website population reached 9,000 users.",
    ],
)
def test_the_grid_a_camp_s_latrines_a_town_soldiers_or_a_capacity_are_no_camp_s_people(run, text):
    assert [c.value for c in run(text)] == []


# people who "call" a camp home live in it, in every tense; a town called home, or soldiers, are no camp's displaced
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("About 9,000 people now call the Pelina camp home.", 9_000),
        ("Some 40,000 Rohingya call the Lobara refugee camp their home.", 40_000),
        ("Over 2,000 families called the Sabo settlement home by May.", 2_000),
        ("Roughly 6,300 people are calling the Wau displacement site home.", 6_300),
    ],
)
def test_the_grid_people_who_call_a_camp_home_are_in_it(run, text, value):
    assert [(c.value, c.term) for c in run(text)] == [(value, "in_camps")]


@pytest.mark.parametrize(
    "text",
    ["Some 300 soldiers call the army camp home.", "About 9,000 people call Dorva home."],
)
def test_the_grid_a_town_or_soldiers_calling_a_place_home_give_nothing(run, text):
    assert [c.value for c in run(text)] == []


# a camp that has refugees: their own word gives the term
@pytest.mark.parametrize(
    ("text", "value", "term"),
    [
        ("The Pelina camp now has 9,000 refugees.", 9_000, "fled"),
        ("Pelina camp, with a population of 9,000 refugees, is full.", 9_000, "fled"),
        ("The Sabo settlement had around 3,100 evacuees by Sunday.", 3_100, "evacuated"),
    ],
)
def test_the_grid_a_camp_that_has_refugees_counts_them_as_refugees(run, text, value, term):
    assert [(c.value, c.term) for c in run(text)] == [(value, term)]


@pytest.mark.parametrize(
    "text",
    ["The Pelina camp has 40 latrines for 9,000 refugees.", "The Pelina camp has 9,000 refugees in need of food."],
)
def test_the_grid_what_a_camp_has_for_its_refugees_is_no_count_of_them(run, text):
    assert [c.value for c in run(text)] == []


# the grammar of a count that is the displaced group of a displacement verb: its subject (active or passive), the
# people a relative clause on the count describes, the count with an apposition between it and its verb, each count
# of a coordination, the count's own noun, the number of the displaced a verb sets or states, and lists of places
# and counts read "respectively"
@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ("Some 4,300 herders fled Damasak after the raid on Sunday.", [4_300]),
        ("About 2,600 residents were evacuated from Kalehe on Monday.", [2_600]),
        ("The 7,500 villagers who fled Kitchanga are sleeping in churches in Goma.", [7_500]),
        ("Some 900 families, most of them herders, fled Damasak on Sunday.", [900]),
        ("About 1,200 people fled Rutshuru on Tuesday and 800 fled on Wednesday.", [1_200, 800]),
        ("Nearly 3,000 displaced families are in Minova.", [3_000]),
        ("Clashes near Sake pushed the number of IDPs sheltering in Goma to 640,000 this year.", [640_000]),
        ("In Gambella, the number of registered refugees was 410,000 at the end of May.", [410_000]),
        ("Niger, Mali and Chad report the largest numbers of IDPs in the region, at an estimated 380,000, "
         "420,000 and 215,000 people respectively.", [380_000, 420_000, 215_000]),
        ("Population hit: 45,000 households 3,900 people evacuated to schools.", [3_900]),
        ("About 3,900 people evacuated to schools in Goma.", [3_900]),
        ("Some 2,000 families relocated to nearby villages.", [2_000]),
        ("Around 6,500 villagers stayed in 40 displacement sites near Falam.", [6_500]),
        ("Over 8,000 villagers have found shelter in 70 displacement areas near Hakha.", [8_000]),
        ("Some 42 evacuees from 10 families were staying at a school in Kemaman.", [42]),
        ("Some 50 flood victims from 12 families were staying at the mosque in Kerteh.", [50]),
        # a clause's own count before the verb has it: the count before that clause is who lives there
        ("Some 3 million people live in the province, where 400,000 have fled.", [400_000]),
        ("About 5,000 people were in camps in Goma, while 2,000 had fled to Bukavu.", [5_000, 2_000]),
        ("Some 500 families that include 900 women, 700 men and 400 children are staying in the camp.", [500]),
        ("Some 300 families, totalling 1,400 people, have arrived in Tawila.", [300]),
        ("Last week UNHCR also counted 4,200 registered refugees in Kigoma, most of them in Nduta.", [4_200]),
        ("UNHCR has recorded 2,600 refugees in Kigoma since March.", [2_600]),
        ("Some 5,100 people are in 31 shelters in Kollam, down from 9,800 people in 60 camps on Monday.", [5_100]),
    ],
)  # fmt: skip
def test_the_grid_a_count_the_displaced_group_of_its_verb_is_a_figure(run, sentence, values):
    assert sorted(c.value for c in run(sentence)) == sorted(values)


@pytest.mark.parametrize(
    "sentence",
    [
        # a scale word's vague plural describing a history, not a count
        "Mokha became a haven for the millions of Sudanese who fled the war.",
        "The town still remembers the thousands of families who fled in 1994.",
        # the count counts places, not people
        "Families from four camps in Tabarre were forced to evacuate.",
        "Residents of six sites near the market were forced to evacuate.",
        # a number that is part of a name
        "Residents of Delmas 33 were forced to evacuate.",
        # a count of another group, in a relative clause or before another subject
        "The 300 volunteers who helped families that fled Kalehe were thanked.",
        "With 600 trucks on the road, families took refuge with relatives in Bukavu.",
        # a past baseline
        "The camp has shrunk since 2015, when its displaced population was estimated at 90,000 people.",
        # what a count-verb's object is, when it is no displaced people
        "The clinic recorded 40 refugees with cholera in Kigoma.",
    ],
)
def test_the_grid_a_count_that_is_not_the_displaced_group_gives_nothing(run, sentence):
    assert [c.value for c in run(sentence)] == []


# A place taking in people named by a flight after their noun: "received 5,300 people fleeing the clashes"
@pytest.mark.parametrize(
    "sentence, value",
    [
        ("Mueda received 5,300 people fleeing the clashes.", 5_300),
        ("The district has received 12,000 people fleeing attacks since June.", 12_000),
        ("By Friday, Bunia had received 900 families fleeing the fighting.", 900),
        ("The town is receiving about 700 households fleeing the drought.", 700),
        ("Last month Nampula received 3,100 people displaced by the cyclone.", 3_100),
        ("The camps received 1,500 people displaced from Rutshuru last week.", 1_500),
        ("Kasese received 2,200 persons who fled the shelling.", 2_200),
        ("The parish has received 450 families who had fled the floods.", 450),
        ("In May, Goma received 8,000 individuals escaping the fighting.", 8_000),
        ("Tete province receives some 60 people fleeing the violence every day.", 60),
        ("Lichinga has received more than 4,000 people fleeing insurgent raids, officials said.", 4_000),
    ],
)  # fmt: skip
def test_the_grid_a_place_receiving_people_who_fled_is_a_figure(run, sentence, value):
    assert [c.value for c in run(sentence)] == [value]


@pytest.mark.parametrize(
    "sentence",
    [
        # what may be received, not who was
        "Pemba could receive 5,000 people fleeing the attacks.",
        "Pemba is ready to receive 5,000 people fleeing the attacks.",
        "The new site can receive 5,000 people fleeing the attacks.",
        # something received for them, not the people
        "Pemba received 5,000 kits for people fleeing the attacks.",
        # a hospital's patients
        "The hospital received 40 people fleeing the fighting who had been injured.",
    ],
)
def test_the_grid_a_place_receiving_people_who_fled_near_misses_give_nothing(run, sentence):
    assert [c.value for c in run(sentence)] == []


# A host's list of counts, each with its own noun: the last count's refugees are hosted as much as the first's IDPs
@pytest.mark.parametrize(
    "sentence, values",
    [
        ("Uganda hosts 1.5 million refugees and 40,000 asylum seekers.", [1_500_000, 40_000]),
        ("The province hosts 200,000 IDPs, 50,000 returnees and 35,000 Burundian refugees.", [200_000, 50_000, 35_000]),
        ("There are 80,000 IDPs and 20,000 refugees in the district.", [80_000, 20_000]),
        ("UNHCR counts 2 million people displaced at home and 900,000 refugees abroad.", [2_000_000, 900_000]),
        ("Kakuma is home to 190,000 refugees and 6,000 asylum-seekers.", [190_000, 6_000]),
        ("The camps sheltered 40,000 IDPs and 12,000 refugees last year.", [40_000, 12_000]),
        ("Kenya hosted 300,000 IDPs and 90,000 refugees in 2019, officials said.", [300_000, 90_000]),
        # near-misses: another noun, or something else happened to the last count
        ("The region hosts 300,000 IDPs and 90,000 cattle.", [300_000]),
        ("Kenya hosts 300,000 IDPs and 90,000 refugees have died.", [300_000]),
        ("The camp can host 4,000 IDPs and 900 refugees.", []),
    ],
)  # fmt: skip
def test_the_grid_the_last_count_of_a_host_s_list_with_its_own_noun_is_a_figure(run, sentence, values):
    assert sorted(c.value for c in run(sentence)) == sorted(values)


# refugees staying in a host named before them: "live in the country", "remain in the region", in every tense
@pytest.mark.parametrize(
    "sentence, values",
    [
        ("Peru says 1.5 million refugees live in the country.", [1_500_000]),
        ("About 64,000 refugees remain in the region, the agency said.", [64_000]),
        ("Some 9,000 Burundian refugees were living in the province last year.", [9_000]),
        ("Around 3,500 refugees have stayed in the district since 2019.", [3_500]),
        ("Some 12,000 refugees from Mali lived in the town before the floods.", [12_000]),
        ("Quito says 800,000 refugees and migrants have stayed in the country since 2018.", [800_000]),
        ("Roughly 70,000 refugees and migrants now live in the country.", [70_000]),
        # near-misses: what may be, or people who are not said to have fled
        ("Some 280,000 refugees could stay in the country.", []),
        ("Some 280,000 people live in the country.", []),
        ("Some 280,000 migrants live in the country.", []),
    ],
)  # fmt: skip
def test_the_grid_refugees_staying_in_a_host_named_before_are_a_figure(run, sentence, values):
    assert [c.value for c in run(sentence)] == values


# a relief office's count of people "served outside" evacuation centres: displaced, staying with hosts
@pytest.mark.parametrize(
    "sentence, values",
    [
        ("Some 4,100 families are served outside evacuation centers in Cebu.", [4_100]),
        ("Some 4,100 families are being served outside ECs in Cebu.", [4_100]),
        ("Some 4,100 families were served outside evacuation centers in Cebu.", [4_100]),
        ("About 2,600 persons were served outside the evacuation centres in Albay.", [2_600]),
        # near-misses: what they were served, or who served them
        ("Some 4,100 families were served meals outside evacuation centers.", []),
        ("Some 4,100 displaced families were served hot meals in Cebu.", []),
        ("Some 4,100 families were served by the programme after they were displaced.", []),
    ],
)  # fmt: skip
def test_the_grid_people_served_outside_evacuation_centres_are_a_figure(run, sentence, values):
    assert [c.value for c in run(sentence)] == values


# refugees who came to a host named after them, in every tense of "come": "have come to", "came into the country"
@pytest.mark.parametrize(
    "sentence, values",
    [
        ("Around 6,400 Sudanese refugees had come to Chad by the end of March.", [6_400]),
        ("Some 5,000 refugees came to Chad last week.", [5_000]),
        ("About 2,000 refugees have come into Kenya this year.", [2_000]),
        ("Nearly 4,300 refugees from Mali came into the country in March.", [4_300]),
        ("Roughly 800 Syrian refugees had already come to Jordan by May.", [800]),
        ("Some 1,100 refugees and asylum seekers have come to Malawi in 2019.", [1_100]),
        # near-misses: what may be, a visit, people who are not said to have fled, a place that is not a host
        ("Some 280,000 refugees could come to Uganda this year.", []),
        ("About 5,000 refugees will come to Chad, the agency said.", []),
        ("Some 300 refugees came to Geneva to attend the forum.", []),
        ("Some 5,000 people came to Kaya for the festival.", []),
        ("Some 5,000 migrants have come to Italy this year.", []),
        ("Some 400 refugees came to the meeting in Kampala.", []),
    ],
)  # fmt: skip
def test_the_grid_refugees_who_came_to_a_host_named_after_are_a_figure(run, sentence, values):
    assert [c.value for c in run(sentence)] == values


# a cause that drove a count into camps or shelters, in every tense of "drive", as "forced … into" is read
@pytest.mark.parametrize(
    "sentence, values",
    [
        ("Three failed harvests drove 1.3 million herders into camps across the country.", [1_300_000]),
        ("The fighting has driven 40,000 people into camps near Goma.", [40_000]),
        ("The storm is driving some 6,000 families, most of them fishers, into evacuation centres in Samar.", [6_000]),
        ("Each flood season drives about 9,000 households into relief camps in Assam.", [9_000]),
        # near-misses: driven into something that is no camp or shelter
        ("Drought drove 3,000 herders into debt last year.", []),
        ("The company drove 300 workers into the mine each morning.", []),
        ("Prices drove 20,000 families into poverty.", []),
    ],
)  # fmt: skip
def test_the_grid_a_count_driven_into_camps_is_a_figure(run, sentence, values):
    assert [c.value for c in run(sentence)] == values


# people made to leave by a cause, in the passive of "compel" and "oblige", as "forced to leave" is read; and moved or
# rescued "to safe locations", as "to safe places" is
@pytest.mark.parametrize(
    "sentence, values",
    [
        ("Since March, 60,000 villagers in Kasai have been compelled to leave.", [60_000]),
        ("About 3,000 families were obliged to abandon their farms near Djibo.", [3_000]),
        ("Some 900 residents had been compelled to evacuate as the river rose.", [900]),
        ("Nearly 4,500 people are being compelled to relocate from the dam site.", [4_500]),
        ("Over 1,200 households were obliged to vacate the riverbanks last week.", [1_200]),
        ("About 7,000 people were compelled to move to higher ground by the floods.", [7_000]),
        ("Rescuers said 2,400 residents were rescued to safe locations by boat.", [2_400]),
        ("About 5,100 villagers were shifted to safe locations before landfall.", [5_100]),
        ("Army boats rescued 830 people to safer locations overnight.", [830]),
        ("Over 12,000 residents along with 9,500 goats have been rescued to safe locations in Jhang.", [12_000]),
        ("Some 640 families were moved to safe locations in Sylhet.", [640]),
        # near-misses: what is no person, rescued from danger only, a duty, a plan, staff
        ("Some 9,500 goats have been rescued to safer locations in Jhang.", []),
        ("Rescuers pulled 300 people from the rubble after the quake.", []),
        ("Divers rescued 45 fishermen from the sea off Cox's Bazar.", []),
        ("Some 2,000 residents may be compelled to leave if the dam fails.", []),
        ("Firms are obliged to leave 20 per cent of the land unplanted.", []),
        ("The district plans to move 3,000 people to safe locations next month.", []),
        ("About 40 staff were compelled to leave the town.", []),
        ("Army boats rescued 830 people from rooftops overnight.", []),
        ("Some 800 houses were obliged to leave space for the road.", []),
    ],
)  # fmt: skip
def test_the_grid_compelled_or_obliged_to_leave_and_rescued_to_safe_locations(run, sentence, values):
    assert [c.value for c in run(sentence)] == values


# displaced people named after "with", "for" or "to" that are no one's beneficiaries: the people a set of opened
# shelters holds, a place that has become a refuge for them, and a stock another count is set against or added to
@pytest.mark.parametrize(
    "sentence, values",
    [
        ("In Sanma nine evacuation centres were opened with 512 evacuees by Friday.", [512]),
        ("Four shelters were set up across the district, with some 230 evacuees by Sunday.", [230]),
        ("Twelve evacuation centers are now open with nearly 2,100 evacuees.", [2_100]),
        ("Seven camps have been activated in Tafea with 640 displaced people to date.", [640]),
        ("The parish hall has become a safe haven for nearly 2,000 evacuees.", [2_000]),
        ("The stadium became a refuge for some 4,500 displaced people after the quake.", [4_500]),
        ("The old school now serves as a shelter for about 700 evacuees.", [700]),
        ("The convent was turned into a shelter for 350 displaced families.", [350]),
        ("The figure is small in relation to Chad's estimated 400,000 IDPs.", [400_000]),
        ("The new arrivals add to Niger's roughly 350,000 internally displaced persons.", [350_000]),
        ("This comes on top of Haiti's 700,000 displaced people.", [700_000]),
        # near-misses: aid for them, what a shelter can take, shelters opened with supplies, a plan
        ("In Sanma nine evacuation centres were opened with food for 512 evacuees.", []),
        ("The hall was built as a shelter for 2,000 evacuees.", []),
        ("The stadium will become a shelter for 4,500 displaced people.", []),
        ("The agency delivered tents to the camps in Tafea with 640 displaced people.", []),
        ("The donors pledged $20 million for Chad's estimated 400,000 IDPs.", []),
        ("The agency sent blankets to Niger's roughly 350,000 internally displaced persons.", []),
        ("The parish hall has become a warehouse for aid to 2,000 evacuees.", []),
    ],
)  # fmt: skip
def test_the_grid_displaced_people_after_with_for_or_to_who_are_no_beneficiaries(run, sentence, values):
    assert [c.value for c in run(sentence)] == values


# the number of displaced people grown by a share or a count to a new total, the total's noun after it: the total
@pytest.mark.parametrize(
    "sentence, values",
    [
        ("Within a fortnight Mali's number of IDPs has increased by almost 40% to nearly 300,000 people.", [300_000]),
        ("Kivu's number of displaced residents rose by 25 per cent to 1.2 million people.", [1_200_000]),
        ("The number of IDPs in Tigray has grown by a third to some 900,000 people.", [900_000]),
        ("This year Cabo Delgado's number of people displaced jumped by 15 percent to 730,000 people.", [730_000]),
        ("The number of displaced families in Sindh has climbed by 20% to 41,000 families.", [41_000]),
        ("Since May the number of evacuees in Adana has risen by 60% to about 18,000 people.", [18_000]),
        # near-misses: deaths, people in need, houses, a projection
        ("The number of deaths in Mali has increased by almost 40% to nearly 300 people.", []),
        ("The number of people in need in Mali has increased by 30% to 2 million people.", []),
        ("The number of houses destroyed by the floods has risen by 20% to 4,000 houses.", []),
        ("Mali's number of displaced residents could rise by 40% to 300,000 people by June.", []),
    ],
)  # fmt: skip
def test_the_grid_the_number_of_displaced_people_grown_by_a_share_to_a_total(run, sentence, values):
    assert [c.value for c in run(sentence)] == values


# people "pushed" from their homes in the passive, as "forced" or "driven" are read, and people "put up" in schools or
# halls, as "housed" in them is
@pytest.mark.parametrize(
    "sentence, values",
    [
        ("About 3,000 people were pushed out of their homes near Bunia.", [3_000]),
        ("Some 800 families have been pushed from their villages by the militia.", [800]),
        ("Nearly 1,200 residents had been pushed out of their towns by the rising water.", [1_200]),
        ("About 2,500 evacuees were put up in schools in Kota.", [2_500]),
        ("Some 400 families have been put up at the sports hall in Bree.", [400]),
        ("Around 650 villagers are being put up overnight in evacuation centres.", [650]),
        # near-misses: pushed back at a border, posters or tents put up, staff put up in hotels
        ("About 3,000 migrants were pushed back at the border.", []),
        ("Some 3,000 tents were put up in the camp last week.", []),
        ("About 300 volunteers were put up in hotels in Kota.", []),
        ("Prices pushed 3,000 families into poverty.", []),
    ],
)  # fmt: skip
def test_the_grid_pushed_from_their_homes_or_put_up_in_shelters(run, sentence, values):
    assert [c.value for c in run(sentence)] == values


# people under an evacuation order, not yet gone, in every way a report puts them under it: "subject to" with or
# without an article, "under the order", any tense; near-misses that moved under an order stay figures
@pytest.mark.parametrize(
    "sentence, values",
    [
        ("By Monday night, 38,000 Gippsland residents were subject to an evacuation order.", []),
        ("Some 38,000 residents were subject to a mandatory evacuation order in Gippsland.", []),
        ("Around 12,500 people remain subject to the evacuation order around Lismore.", []),
        ("About 7,400 households have been subject to evacuation orders since Friday in Ventura County.", []),
        ("Nearly 9,600 residents are under the evacuation order in Ventura County.", []),
        ("Nearly 9,600 residents were under a new evacuation order in Ventura County.", []),
        # near-misses: the order carried out
        ("Some 38,000 people were evacuated under an evacuation order in Gippsland.", [38_000]),
        ("Some 38,000 people were evacuated under the evacuation order in Gippsland.", [38_000]),
        ("Some 38,000 residents have fled Gippsland under evacuation orders.", [38_000]),
        ("About 7,400 households subject to the order have fled to Ventura.", [7_400]),
    ],
)  # fmt: skip
def test_the_grid_people_subject_to_or_under_an_evacuation_order_are_not_yet_displaced(run, sentence, values):
    assert [c.value for c in run(sentence)] == values


# what a shelter or a set of centres can take, however the capacity is worded ("capable of hosting", "set up to
# hold"), is no count of people there; near-misses with people there now stay figures
@pytest.mark.parametrize(
    "sentence, values",
    [
        ("The new shelter in Kinston is capable of hosting 450 evacuees.", []),
        ("The sports hall is capable of housing up to 450 people.", []),
        ("Each of the centres is capable of accommodating 450 families.", []),
        ("In all, 60 centres across 12 districts were set up to hold up to 12,500 people.", []),
        ("Camps equipped to receive 5,000 people have opened near Kinston.", []),
        ("About 9,000 people are staying in 120 temporary shelters in the Belgorod region. Across 40 regions, 300 "
         "centres were set up to hold up to 30,000 citizens.", [9_000]),
        # near-misses: people there now, beside or after a capacity
        ("The new shelter in Kinston is hosting 450 evacuees.", [450]),
        ("The hall is now housing 450 people who fled the floods.", [450]),
        ("Centres set up in Kinston are housing 41,000 people.", [41_000]),
        ("The shelter, capable of hosting 900 people, now holds 450 evacuees.", [450]),
        ("Some 450 people who fled the floods are staying in a hall capable of housing 900 in Kinston.", [450]),
        ("Some 41,000 people have fled to 60 centres set up to house them in Kinston.", [41_000]),
        ("The camp, set up to host refugees from Sudan, now hosts 12,000 people.", [12_000]),
    ],
)  # fmt: skip
def test_the_grid_what_a_shelter_is_capable_of_or_set_up_to_house_is_a_capacity(run, sentence, values):
    assert [c.value for c in run(sentence)] == values


# a count that stayed, after a count that left or was evacuated, in its own clause: "…, N people remain", "remained",
# "stayed behind"; near-misses: still displaced (a part of those who left, after a return) or staying in shelters
@pytest.mark.parametrize(
    "sentence, values",
    [
        ("By Sunday 41,200 people had left, 8,300 people remain.", [41_200]),
        ("\u201cUntil now 98,400 residents have left, 12,700 residents remain,\u201d the mayor told us.", [98_400]),
        ("So far 41,200 people have fled, 8,300 people remained.", [41_200]),
        ("So far 41,200 people have fled, 8,300 people stayed behind.", [41_200]),
        ("So far 41,200 people have been evacuated, 8,300 residents have stayed behind in the town.", [41_200]),
        # near-misses
        ("So far 41,200 people have fled, 8,300 people remain displaced.", [41_200, 8_300]),
        ("So far 41,200 people have fled, 8,300 people remain in shelters.", [41_200, 8_300]),
        ("So far 41,200 people have fled, of whom 8,300 people remain.", [41_200, 8_300]),
        ("Some 41,200 people have returned, 8,300 people remain.", [41_200, 8_300]),
    ],
)  # fmt: skip
def test_the_grid_a_count_that_stayed_after_one_that_left_is_not_displaced(run, sentence, values):
    assert [c.value for c in run(sentence)] == values


@pytest.mark.parametrize(
    "sentence",
    [
        "Tumu now counts over 12,000 evacuees in as many as 215 relief camps.",
        "Over 12,000 persons are in as many as 215 relief camps in Tumu.",
        "Nearly 12,000 people remain in some 215 camps across Tumu.",
        "About 12,000 residents are staying across up to 215 shelters in Tumu.",
        "The county says 12,000 people are now at roughly 215 evacuation centres in Tumu.",
        "Some 12,000 villagers were in more than 215 relief camps in Tumu by Friday.",
    ],
)
def test_the_grid_a_count_of_camps_with_its_own_qualifier_still_holds_the_people(run, sentence):
    assert [(c.value, c.term) for c in run(sentence)] == [(12_000, "in_camps")]


@pytest.mark.parametrize(
    "sentence",
    [
        # the camps are counted, not the people in them; or the people only brought aid to them
        "Donors funded as many as 215 relief camps in Tumu for 12,000 dollars.",
        "Volunteers delivered 12,000 meals to as many as 215 relief camps in Tumu.",
        "Some 12,000 tents were sent to over 215 camps in Tumu.",
    ],
)
def test_the_grid_a_qualified_count_of_camps_alone_gives_no_people(run, sentence):
    assert run(sentence) == []


# people given a roof in a named place, passive: "N people were housed in Tumu" in every tense and with "temporarily",
# "sheltered", "accommodated", "at"; near-misses: a count that is not of people, a job or a sentence served, a future
@pytest.mark.parametrize(
    "sentence, values",
    [
        ("Some 2,600 people were housed in Kinston once the Neuse rose over the road.", [2_600]),
        ("About 430 residents are housed in Tumu since the storm.", [430]),
        ("By Monday 1,250 people had been housed in Kinston.", [1_250]),
        ("Roughly 780 people have been temporarily housed in Tumu.", [780]),
        ("More than 3,400 people were sheltered in Kinston overnight.", [3_400]),
        ("Nearly 960 persons were accommodated in Tumu, officials said.", [960]),
        ("Over 540 families were housed at the Kinston fairground.", [540]),
        ("There were 1,900 people housed in Kinston, 620 people were housed in Tumu.", [1_900, 620]),
        # near-misses
        ("Some 2,600 paintings were housed in Kinston before the war.", []),
        ("About 430 prisoners are housed in Tumu jail.", []),
        ("The 1,250 seasonal workers were housed in Kinston by the farm.", []),
        ("Some 780 people will be housed in Tumu if the dam breaks.", []),
        ("Some 300 students are housed in Tumu during term.", []),
        ("About 640 workers have been housed at the Kinston depot.", []),
    ],
)  # fmt: skip
def test_the_grid_people_housed_in_a_named_place_are_sheltered_there(run, sentence, values):
    assert [c.value for c in run(sentence)] == values


# people staying with relatives, friends or hosts: every verb form (continuous, past, present, infinitive after a
# choice), passive "hosted by", with or without "their", "and friends", "family members"; near-misses: parents or
# carers (no hosts), a trap (aid, deaths), a count of houses
@pytest.mark.parametrize(
    "sentence, values",
    [
        ("About 8,200 people are staying with their relatives in Kanyosha.", [8_200]),
        ("Nearly 5,900 people now stay with their friends or relatives in Kanyosha.", [5_900]),
        ("A total of 730 families opted to stay with relatives in Kanyosha.", [730]),
        ("Some 1,140 households chose to stay with host families in Kanyosha.", [1_140]),
        ("Some 2,310 families are living with their host families in Kanyosha.", [2_310]),
        ("Around 4,050 families now live with relatives in Kanyosha.", [4_050]),
        ("More than 610 families stay with friends or relatives in Kanyosha.", [610]),
        ("About 3,300 displaced people lived with their relatives in Kanyosha last month.", [3_300]),
        ("Some 960 families have been hosted by their relatives in Kanyosha.", [960]),
        ("Roughly 1,480 people are staying with family members in Kanyosha.", [1_480]),
        ("In Kanyosha, 2,700 people preferred to stay with their neighbours.", [2_700]),
        # near-misses
        ("About 8,200 children live with their parents in Kanyosha.", []),
        ("Food aid reached 8,200 people staying with their relatives in Kanyosha.", []),
        ("The storm killed 14 people staying with their relatives in Kanyosha.", []),
        ("About 820 houses of relatives were damaged in Kanyosha.", []),
        ("Some 300 families will stay with relatives in Kanyosha until the water recedes.", []),
    ],
)  # fmt: skip
def test_the_grid_people_staying_with_relatives_or_hosts_are_displaced(run, sentence, values):
    assert [c.value for c in run(sentence)] == values


# people given a roof, passive, the people its subject: "provided", "given" or "offered", with or without "with", a
# kind of shelter ("temporary shelter", "safe havens", "accommodation"), with or without where; near-misses: shelter
# as a kind of aid ("shelter kits", "shelter materials"), another thing given (food), an active verb of aid, a future
@pytest.mark.parametrize(
    "sentence, values",
    [
        ("About 4,200 people have been provided shelter in 30 schools in Kanyosha.", [4_200]),
        ("About 1,260 people have been provided with shelter in Kanyosha.", [1_260]),
        ("In Kanyosha, 3,740 people were given temporary shelter.", [3_740]),
        ("About 640 families have been given temporary shelter, the mayor said.", [640]),
        ("The district opened 12 camps, in which 3,100 residents had been provided shelter as well as food.", [3_100]),
        ("More than 900 villagers were rescued by boat and provided safe havens in churches in Kanyosha.", [900]),
        ("Over 2,050 people have been provided with temporary accommodation in Kanyosha.", [2_050]),
        ("Some 870 residents were offered emergency shelter in Kanyosha.", [870]),
        ("About 1,530 families are being given shelter at the Kanyosha stadium.", [1_530]),
        # near-misses
        ("Aid agencies provided shelter kits to 900 families in Kanyosha.", []),
        ("About 4,200 people have been provided food in Kanyosha.", []),
        ("About 4,200 people have been provided with shelter materials in Kanyosha.", []),
        ("About 4,200 people were given emergency shelter items in Kanyosha.", []),
        ("About 4,200 people will be provided shelter in Kanyosha if the river rises.", []),
    ],
)  # fmt: skip
def test_the_grid_people_provided_or_given_shelter_are_sheltered(run, sentence, values):
    assert [c.value for c in run(sentence)] == values


# people in or at a place of shelter named by its kind: "in", "at" or "inside", a determiner or a count of the places
# ("the", "two", "14", "different"), one or two words of what it is for ("temporary residence", "transitory",
# "relocation", "holding", "relief", "school") and "centre(s)", "site(s)", "shelter(s)" or "havens"; "temporary
# housing"; near-misses: aid to them, tents or money sent there, staff or volunteers there, what such a place can hold
@pytest.mark.parametrize(
    "sentence, values",
    [
        ("There are 5,100 people in temporary residence centers in Kanyosha.", [5_100]),
        ("Some 2,140 families are in different transitory sites in Kanyosha.", [2_140]),
        ("About 209 families are now at the relocation sites in Kanyosha.", [209]),
        ("About 1,780 people are in holding centres in Kanyosha.", [1_780]),
        ("About 2,460 people are at the relief centre in Kanyosha.", [2_460]),
        ("In Kanyosha, 183 victims were at three relief centres.", [183]),
        ("About 3,920 people are in shelter sites in Kanyosha.", [3_920]),
        ("About 1,310 people are in safe havens in Kanyosha.", [1_310]),
        ("About 4,650 people are in temporary housing in Kanyosha.", [4_650]),
        ("Roughly 870 residents are inside the school shelters in Kanyosha.", [870]),
        ("Some 640 people spent Monday at two evacuation sites in Kanyosha.", [640]),
        # near-misses
        ("Food aid was delivered to 2,100 people at relief centres in Kanyosha.", []),
        ("Some 2,100 tents were sent to relocation sites in Kanyosha.", []),
        ("About 2,100 volunteers are at the relief centres in Kanyosha.", []),
        ("The transit centres in Kanyosha can hold 2,100 people.", []),
        ("About 2,100 people in Kanyosha applied for temporary residence permits.", []),
        ("About 2,100 people in Kanyosha live in public housing.", []),
    ],
)  # fmt: skip
def test_the_grid_people_in_a_place_of_shelter_named_by_its_kind_are_sheltered(run, sentence, values):
    assert [c.value for c in run(sentence)] == values


# a shelter holding a count, the verb before the count: "housing", "sheltering", "hosting", "accommodating", and a
# shelter, centre or site (one or many) that "houses", "hosts" or "shelters" it, the count in digits, in words or
# vague ("six hundred", "five", "thousands of"); near-misses: what such a place can hold, things or non-displaced
# people housed, a count of places
@pytest.mark.parametrize(
    "sentence, values",
    [
        ("The school in Kanyosha is housing six hundred people.", [600]),
        ("The church in Kanyosha is sheltering thousands of people.", [1_000]),
        ("Two relief centres stayed open, one in Kanyosha housing five victims.", [5]),
        ("The stadium in Kanyosha has been hosting hundreds of families since Monday.", [100]),
        ("The mosque in Kanyosha is accommodating some nine hundred people.", [900]),
        ("The parish center near Kanyosha now houses 282 people from the hill communities.", [282]),
        ("The evacuation centre in Kanyosha now shelters about seven hundred people.", [700]),
        ("The site in Kanyosha hosts some 2,400 displaced people.", [2_400]),
        # near-misses
        ("The hall in Kanyosha can house six hundred people.", []),
        ("The centre in Kanyosha was designed for housing five hundred people.", []),
        ("The centre in Kanyosha was designed for housing 500 people.", []),
        ("The museum in Kanyosha houses 282 paintings.", []),
        ("The centre in Kanyosha houses 40 doctors and nurses.", []),
        ("Kanyosha is hosting two hundred teams for the tournament.", []),
        ("Kanyosha's newest transit site accommodates up to 1,800 people at most.", []),
        ("The new shelter in Kanyosha houses up to six hundred people.", []),
    ],
)  # fmt: skip
def test_the_grid_a_shelter_housing_a_count_in_any_form_holds_those_people(run, sentence, values):
    assert [c.value for c in run(sentence)] == values


# a place's residents are not people who moved: the count a place is described by ("an island with a population of
# 600"), the count whose own verb says where people live, in any tense or voice ("where 134 families still live",
# "4,500 people lived in Vovchansk before the shelling", "800 households were living in Kreminna"), and the count
# whose own verb says it would not go ("refused to evacuate", "declined to leave", "would not evacuate"); near-misses
# that stay figures: the people's own word says they are displaced, they live in camps, tents, schools, a site or in
# displacement, those who lived somewhere then fled, those living somewhere who were evacuated, and those a verb
# before them moved
@pytest.mark.parametrize(
    "sentence, values",
    [
        ("Boats reached Tofua, an island that has a population of roughly 250, while the evacuation went on.", []),
        ("Rescuers reached Niuafo'ou, an island with a population of 600, as the evacuation went on.", []),
        ("Shiroro, with a population of roughly 40,000, saw its lower wards evacuated overnight.", []),
        ("Residents of Sabac (population 52,000) were told to evacuate on Friday.", []),
        ("Authorities declared a mandatory evacuation of Borova, where 134 families with children still live.", []),
        ("A forced evacuation was announced for Kivsharivka, where about 2,300 people currently live.", []),
        ("Before the shelling began, 4,500 people lived in Vovchansk, the governor said; evacuations go on.", []),
        ("Some 1,200 residents live in the three hamlets now under an evacuation order.", []),
        ("Around 800 households were living in Kreminna before the front moved, and the evacuation goes on.", []),
        ("About 60 residents refused to evacuate and stayed in Kreminna.", []),
        ("Some 200 people have refused to leave their homes despite the evacuation order.", []),
        ("At that point, 48 elderly people were still there, who would not evacuate.", []),
        ("Nearly 90 villagers declined to be evacuated from Lyman, the police said.", []),
        # near-misses
        ("About 2,300 displaced people now live in Kivsharivka.", [2_300]),
        ("Some 4,500 people live in tents in Borova after the floods.", [4_500]),
        ("About 900 families are living in schools in Lyman.", [900]),
        ("Roughly 1,200 people who lived in Shiroro have fled to Minna.", [1_200]),
        ("Some 3,000 people living in the valley were evacuated on Sunday.", [3_000]),
        ("A displaced population of about 45,000 lives in Borova.", [45_000]),
        ("The evacuation of 2,300 people from Kivsharivka, where they had lived for decades, was completed.", [2_300]),
        ("Police evacuated 60 residents who had refused to leave.", [60]),
        ("About 4,500 people fled Vovchansk, where they had lived before the war.", [4_500]),
        ("Some 7,000 refugees live in Minna.", [7_000]),
        ("Around 3,500 evacuees lived in the stadium for a week.", [3_500]),
        ("By December, 4.2 million people in Chad were living in internal displacement.", [4_200_000]),
        ("In Bentiu, over 12,000 people live inside the Protection of Civilians site.", [12_000]),
        ("Some 500 households were moved to the Kiryandongo site, where 800 households already live.", [500, 800]),
        ("Another 40,000 or so people were residing outside camps in host towns.", [40_000]),
        ("The entire population of 4,000 fled Tumu.", [4_000]),
        ("Its population of about 1,500 was evacuated by boat.", [1_500]),
        ("Some 2,000 people lived in Tumu until they fled in March.", [2_000]),
        ("Nearly 300 people now live at the Tumu stadium, where 120 families live too.", [300, 120]),
        ("Around 400 people live in the gymnasium in Kinston.", [400]),
    ],
)  # fmt: skip
def test_the_grid_a_places_residents_are_not_people_who_moved(run, sentence, values):
    assert [c.value for c in run(sentence)] == values


# a headline's present tense "reach" before a named place says where the people arrived, not that aid reached them:
# "2,000 Flood Victims Reach Kinston, Live In Relief Camps"; near-misses: the people reached with aid, the count after
# the verb, a place reached by the helpers
@pytest.mark.parametrize(
    "sentence, values",
    [
        ("2,000 Flood Victims Reach Kinston, Live In Relief Camps", [2_000]),
        ("Some 2,000 flood victims reach Kinston and stay in relief camps", [2_000]),
        # near-misses
        ("Aid Convoys Reach 2,000 Flood Victims In Tumu", []),
        ("Aid convoys reach 2,000 displaced people in Tumu with food.", []),
        ("Teams could not reach Tumu, where 2,000 people were fed.", []),
        ("Health workers reach 1,500 children in Kinston camps with vaccines.", []),
    ],
)  # fmt: skip
def test_the_grid_a_headline_reach_before_a_place_is_an_arrival(run, sentence, values):
    assert [c.value for c in run(sentence)] == values


# a shelter housing a count reads every number word the quantities stage reads, not a list of its own
@pytest.mark.parametrize(
    "sentence, values",
    [
        ("The school in Kanyosha is housing thirteen families since the storm.", [13]),
        ("The school in Kanyosha is housing one hundred people since the storm.", [100]),
        ("The school in Kanyosha is housing several hundred people since the storm.", [100]),
        ("The school in Kanyosha is housing tens of thousands of people since the storm.", [10000]),
    ],
)  # fmt: skip
def test_the_grid_a_shelter_housing_a_count_reads_every_number_word(run, sentence, values):
    assert [c.value for c in run(sentence)] == values


# a move the people or the authorities wish, mean or ready, not one made: the count is the subject of a wish or an
# intention ("800 families still want to return"), or the object of a move readied or agreed ("were making
# preparations to evacuate 4,000 people"); near-misses: the move made, forced or able to be made, a wish beside a
# move made, and a word of wishing not followed by "to"
@pytest.mark.parametrize(
    "sentence, values",
    [
        ("Some 1,200 families in Tumu signed a form stating an intention to return.", []),
        ("More than 800 registered families still want to return to their villages.", []),
        ("About 3,000 families wanted to return home to Kanyosha.", []),
        ("About 3,000 displaced families wish to return to Kanyosha.", []),
        ("Nearly 600 households in Borova hope to be moved off the riverbank.", []),
        ("An estimated 2,000 refugees expressed a desire to return to Minna.", []),
        ("Over 4,000 residents are willing to relocate from the slopes in Lyman.", []),
        ("Some 700 families have agreed to relocate to the new site at Tumu.", []),
        ("Kinston officials began preparations to evacuate over 4,000 coastal residents.", []),
        ("Borova and Lyman, too, are anticipated to evacuate thousands ahead of the cyclone.", []),
        ("Two nearby provinces have agreed to shelter 15,000 residents of Tumu.", []),
        ("The county has made preparations to relocate 900 households from the floodplain.", []),
        ("The town wants to relocate 2,500 people living near the crater.", []),
        # near-misses
        ("About 3,000 families returned home to Kanyosha last week.", [3_000]),
        ("Some 1,200 families were forced to return to Tumu after the camp closed.", [1_200]),
        ("More than 800 families were able to return to their villages in Lyman.", [800]),
        ("About 2,000 people who wanted to stay were evacuated from Borova.", [2_000]),
        ("Over 4,000 residents fled Lyman, hoping to reach Minna.", [4_000]),
        ("Some 700 families agreed with the plan and 300 families fled to Tumu.", [300]),
        ("Kinston officials evacuated over 4,000 coastal residents with no preparations at all.", [4_000]),
        ("About 1,500 people have returned to Kanyosha, and many more want to return.", [1_500]),
        ("Some 5,000 people fled Borova because they did not want to be caught in the fighting.", [5_000]),
        ("Thousands of residents have fled Borova, officials said, and the mayor hopes they will return.", [1_000]),
        ("The 900 families, who had long wanted to leave the camp, returned to Lyman on Friday.", [900]),
    ],
)  # fmt: skip
def test_the_grid_a_move_wished_meant_or_readied_is_not_made(run, sentence, values):
    assert [c.value for c in run(sentence)] == values


# a displacement verb joined by "and" with a count of its own right after it governs that count, not the one before
# the "and": the dead, injured or other people counted first ("caused the deaths of 400 people and displaced more
# than 3,000") are no figure; near-misses: the first count's own verb before the "and", a distance after the verb,
# and a verb with no count after it
@pytest.mark.parametrize(
    "sentence, values",
    [
        ("The floods caused the deaths of over 400 people and displaced more than 3,000 in Borova.", [3_000]),
        ("The quake caused the deaths of 75 people and displaced two million in Borova.", [2_000_000]),
        ("The floods left 40 people dead and displaced about 3,000 in Borova.", [3_000]),
        ("The floods left 40 people injured and displaced about 3,000 people in Borova.", [3_000]),
        ("The fighting wounded 75 civilians and uprooted some 3,000 people in Borova.", [3_000]),
        ("The storm affected 12,000 people and displaced 3,000 in Borova.", [3_000]),
        ("The floods killed 40 people and displaced thousands in Borova.", [1_000]),
        # near-misses
        ("About 400 people were displaced and 3,000 evacuated in Borova.", [400, 3_000]),
        ("About 400 people fled and displaced thousands more in Borova.", [400, 1_000]),
        ("About 400 families were evacuated and relocated 3 kilometres away in Borova.", [400]),
        ("Some 400 families were evacuated and relocated 3 km away in Borova.", [400]),
        ("About 400 families were evacuated and relocated to Borova.", [400]),
        ("Some 400 residents were evacuated and 3,000 relocated to Borova.", [400, 3_000]),
    ],
)  # fmt: skip
def test_the_grid_a_verb_after_and_with_its_own_count_is_not_the_first_counts(run, sentence, values):
    assert [c.value for c in run(sentence)] == values


# a shelter holding its people, and a roof given to people after "to" or "for", in every form of the verb: the people
# are displaced whatever their noun ("affected families"); near-misses: what a place can take or was built for, a
# roof promised, shelter as a kind of aid (kits, materials), aid given in a shelter, the injured, other guests
@pytest.mark.parametrize(
    "sentence, values",
    [
        ("The evacuation centres in Tumu accommodates 610 people.", [610]),
        ("The school camp is hosting 260 affected families.", [260]),
        ("The evacuation centre in Kinston is housing 95 affected people.", [95]),
        ("The two camps in Tumu are sheltering about 800 affected residents.", [800]),
        ("Four churches in Tumu are providing refuge for 130 households.", [130]),
        ("The Red Cross provided emergency shelter to over 540 people in Kinston.", [540]),
        ("The mosque has given temporary shelter to 80 families.", [80]),
        ("Schools in Tumu offered refuge to 1,200 displaced people.", [1_200]),
        ("The town hall gives shelter to nearly 200 people every night.", [200]),
        ("Roughly 2,000 families were hosted at the stadium in Kinston.", [2_000]),
        # near-misses
        ("The new camp in Tumu can accommodate 4,000 people.", []),
        ("The camp was built to house 4,000 people.", []),
        ("Each tent in Tumu is designed to house five people.", []),
        ("The Red Cross provided shelter kits to 600 people in Tumu.", []),
        ("The Red Cross will provide emergency shelter to 600 people.", []),
        ("The agency distributed blankets to 900 people and provided shelter to 400 people.", []),
        ("The Red Cross provided food and blankets to 600 people in the shelter.", []),
        ("The flood affected 2,300 people in Tumu.", []),
        ("Tumu hosted 3,000 delegates at the summit.", []),
        ("The hotel offered rooms to 300 guests.", []),
        ("The stadium in Kinston holds 30,000 spectators.", []),
        ("The hospital in Kinston is housing 45 injured people.", []),
        ("The clinic in the camp treated 300 affected people.", []),
        ("The evacuation centre in Kinston recorded 12 deaths.", []),
        ("Aid workers provided shelter materials to 700 households in Tumu.", []),
        ("The camp in Tumu received 2,000 food parcels for 600 affected families.", []),
    ],
)  # fmt: skip
def test_the_grid_a_shelter_holding_its_people_in_every_form(run, sentence, values):
    assert [c.value for c in run(sentence)] == values


# the people, or their verb of being, right before one camp or shelter whatever words describe it, and people who
# used the shelters: in camps; near-misses: the dead and the sick there, aid received there, what was destroyed there,
# a capacity, a clinic used, fuel the shelters used
@pytest.mark.parametrize(
    "sentence, values",
    [
        ("There were 52 households at the upper camp in Tumu.", [52]),
        ("Some 75 families are at the new camp outside Kinston.", [75]),
        ("About 300 people were at the shelter in Tumu on Monday.", [300]),
        ("Roughly 1,400 evacuees remain in the main relief centre.", [1_400]),
        ("Nearly 90 households are now inside the school shelter in Kinston.", [90]),
        ("Some 3,400 residents had used the storm shelters in Tumu.", [3_400]),
        ("Over 400 residents used the evacuation centres overnight.", [400]),
        ("Some 2,200 people were using the relief camps on Tuesday.", [2_200]),
        # near-misses
        ("Twelve people were killed at the old camp in Tumu.", []),
        ("About 300 children at the new camp were vaccinated.", []),
        ("A fire at the old camp destroyed 40 tents.", []),
        ("The new camp in Tumu can hold 4,000 people.", []),
        ("Some 3,400 residents had used the new clinic in Tumu.", []),
        ("About 500 people at the shelter received food parcels.", []),
        ("The shelters used 3,000 litres of fuel.", []),
        ("Some 60 people died at the evacuation centre.", []),
        ("About 200 people at the old camp in Tumu are sick with cholera.", []),
    ],
)  # fmt: skip
def test_the_grid_people_at_one_camp_or_shelter_or_using_shelters(run, sentence, values):
    assert [c.value for c in run(sentence)] == values


# a move still to come, told by an obligation, a purpose, a capacity, an agreement, a plan or a potential flow
# governing the verb or the noun of the move: no figure; near-misses, the same moves made: "had to evacuate",
# "have had to be evacuated", "ensured that … were evacuated", "an influx of … has reached", "the relocation of …
# has been completed"
@pytest.mark.parametrize(
    "sentence, values",
    [
        ("The provincial office said 340 families had to evacuate their homes overnight.", [340]),
        ("About 1,200 residents of the valley have had to be evacuated since Monday.", [1_200]),
        ("Some 2,600 people were forced to leave Dalmo on Sunday.", [2_600]),
        ("Officials ensured that all 700 residents of Kobra were evacuated before the storm.", [700]),
        ("The camp hosts 4,100 refugees from the border districts.", [4_100]),
        ("An influx of 3,500 refugees has reached Mabri since Monday.", [3_500]),
        ("The evacuation of 900 families from Dalmo was completed on Friday.", [900]),
        ("The return of 2,300 families to Kobra began last week.", [2_300]),
        ("Some 12,000 people fled Dalmo, and the authorities have to find them shelter.", [12_000]),
        ("The relocation of 640 households from the riverbank has been completed.", [640]),
        ("The school board has to evacuate 480 children from Kobra, and 52 have already been evacuated.", [52]),
        # near-misses
        ("The school board has to evacuate 480 children from Kobra before the shelling resumes.", []),
        ("The district has to relocate 1,300 families before the rains.", []),
        ("Authorities must evacuate some 2,000 residents of Kobra by Friday.", []),
        ("Around 600 households still have to be relocated from the riverbank.", []),
        ("The council should relocate the 350 families living on the slope.", []),
        ("Once finished, the Mabri reception area will have the capacity to host 15,000 refugees.", []),
        ("Schools in Dalmo have space to shelter 2,500 displaced people.", []),
        ("Buses were hired to make sure that 1,900 residents are evacuated before dawn.", []),
        ("Kobra has offered to shelter 12,000 people fleeing the volcano if it erupts.", []),
        ("Two towns agreed to take in 3,000 people whom the storm displaced.", []),
        ("In Tumu, the resettlement of 8,500 families from the landslide zone has been prioritised.", []),
        ("The relocation of 2,200 families from the riverbank has been approved by the cabinet.", []),
        ("Next month the ministry will begin bus transfers of 1,500 refugees from Kobra to Mabri.", []),
        ("Mabri's hospitals fear a potential influx of 25,000 asylum seekers from across the border.", []),
        ("The province is bracing for a possible influx of 10,000 refugees from the north.", []),
        ("Officials are planning for the anticipated return of 4,000 families to Kobra.", []),
    ],
)  # fmt: skip
def test_the_grid_a_move_still_to_come_governing_its_count(run, sentence, values):
    assert [c.value for c in run(sentence)] == values


# a count with no noun, in the sentence after one about displacement, that is in a place it names ("are in", "were
# at", "are now in", "were still in"), is a figure in the unit of the sentence before, and the counts listed after
# it are its parts by place; near-misses: after deaths, houses or money, a month, a phase of food insecurity, a
# place with no name, patients in a hospital, and a count with a noun of its own
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Gunfire sent 14,000 villagers across the river into Ethiopia. Roughly 6,200 were in Gambella, 4,100 in "
         "Assosa and about 3,700 in Jimma.",
         [(14_000, None), (6_200, "Gambella"), (4_100, "Assosa"), (3_700, "Jimma")]),
        ("Floods forced 23,000 people out of Babahoyo. 5,000 were in Quevedo, 4,000 in Milagro and 9,000 in "
         "Guayaquil.", [(23_000, None), (5_000, "Quevedo"), (4_000, "Milagro"), (9_000, "Guayaquil")]),
        ("Floods forced 23,000 people out of Babahoyo. About 5,000 are now in Quevedo.",
         [(23_000, None), (5_000, "Quevedo")]),
        ("Floods forced 23,000 people out of Babahoyo. Some 5,000 were still at Quevedo.",
         [(23_000, None), (5_000, "Quevedo")]),
        ("The UN refugee agency has recorded a sharp influx of refugees. Nearly 4,300 are currently in Gambella.",
         [(4_300, "Gambella")]),
        # the same count for two places is two parts
        ("Floods forced 23,000 people out of Babahoyo. Some 5,000 were in Quevedo, 5,000 in Milagro and 4,000 in "
         "Daule.", [(23_000, None), (5_000, "Quevedo"), (5_000, "Milagro"), (4_000, "Daule")]),
        # near-misses
        ("Shelling killed 61 people in the south. Some 20 are in Gambella.", []),
        ("Storms destroyed 2,300 houses in the south. About 800 are in Gambella.", []),
        ("Donors pledged 9 million dollars for the region. Some 4 million are in Gambella.", []),
        ("Floods displaced 41,000 people last year. Some 9,000 were in March.", [(41_000, None)]),
        ("Drought has displaced 41,000 people. Some 2 million are in IPC Phase 3.", [(41_000, None)]),
        ("Drought has displaced 41,000 people. Some 2,000 are in the town.", [(41_000, None)]),
        ("Floods displaced 41,000 people. Another 30 are in Quevedo hospital.", [(41_000, None)]),
    ],
)  # fmt: skip
def test_the_grid_a_count_with_no_noun_in_a_named_place_after_a_sentence_about_displacement(run, text, expected):
    found = [(c.value, c.location) for c in run(text)]
    assert len(found) == len(expected), found
    # the place of the sentence before's figure is not this rule's (None: not checked)
    checked = [(v, p if want is not None else None) for (v, p), (_, want) in zip(found, expected, strict=True)]
    assert checked == expected, found


# the people's subject runs long before their own verb: phrases of place, a second noun joined by "and", a relative
# clause describing them, every voice and tense of the verb, an aspect verb ("have started arriving"); near-misses:
# the same subject with a death, aid, harm, need or a plan as its verb, a count of its own inside, a clause of its own
@pytest.mark.parametrize(
    "sentence, values",
    [
        ("About 3,200 residents of the hill town of Kaveri and hikers from the nearby Kaveri Falls "
         "reserve have been forced to evacuate by a bushfire.", [3_200]),
        ("About 3,200 residents of the hill town of Kaveri and hikers from the nearby Kaveri Falls "
         "reserve were evacuated on Sunday.", [3_200]),
        ("Some 1,800 villagers on a sandbar islet facing the shore of the southern port city of Baroli "
         "were being evacuated on Friday.", [1_800]),
        ("Some 1,800 villagers on a sandbar islet facing the shore of the southern port city of Baroli had "
         "been moved to safety.", [1_800]),
        ("Nearly 4,100 people in the low-lying coastal districts of Tarsa, Molin, Quay and the islands "
         "beyond them were evacuated to shelters.", [4_100]),
        ("Nearly 4,100 people in the low-lying coastal districts of Tarsa, Molin, Quay and the islands "
         "beyond them have had to flee the rising water.", [4_100]),
        ("Roughly 52,000 residents of the frontier towns and kibbutzim that are within range of the "
         "rocket fire from the north have been evacuated to guesthouses.", [52_000]),
        ("Roughly 52,000 residents of the frontier towns that lie within range of the rocket fire from "
         "the north have fled south.", [52_000]),
        ("More than 2,000 villagers from the remote upper valleys of the Langtang district have started "
         "arriving in Dhunche.", [2_000]),
        ("More than 2,000 villagers from the remote upper valleys of the mountains along the northern "
         "border have begun fleeing south.", [2_000]),
        ("Around 950 families residing beside the Shire river in the far south of the lower "
         "valley were relocated to higher ground.", [950]),
        ("About 6,300 people from the fishing villages strung along the lagoon and the sand spit east of "
         "the river mouth are now sheltering in schools.", [6_300]),
        ("Some 14,000 residents of the informal settlements along the railway line and the canal banks "
         "in the east of the capital were forcibly evicted.", [14_000]),
        ("About 8,500 people from the hill towns and villages of the upper district have been evacuated "
         "to the coast.", [8_500]),
        ("Nearly 2,300 residents in the coastal provinces and cities of the south were moved to "
         "evacuation centres.", [2_300]),
        # near-misses
        ("About 3,200 residents of the hill town of Kaveri and hikers from the nearby Kaveri Falls "
         "reserve were killed in the fire.", []),
        ("The floods cut off 40 towns and villages of the upper district, and roads to the coast were evacuated.", []),
        ("Some 1,800 villagers on a sandbar islet facing the shore of the southern port city of Baroli "
         "received food parcels on Friday.", []),
        ("Nearly 4,100 people in the low-lying coastal districts of Tarsa, Molin, Quay and the islands "
         "beyond them were affected by the floods.", []),
        ("Roughly 52,000 residents of the frontier towns that lie within range of the rocket fire from "
         "the north will be evacuated next week.", []),
        ("Roughly 52,000 residents of the frontier towns that lie within range of the rocket fire from "
         "the north could be evacuated.", []),
        ("Some 700 families in six flood-hit provinces in the north and the centre of the country "
         "received cash grants and were relocated.", []),
        ("About 6,300 people from the fishing villages strung along the lagoon and the sand spit east of "
         "the river mouth have registered for aid.", []),
        ("About 6,300 people from the fishing villages strung along the lagoon and the sand spit east of "
         "the river mouth are in need of shelter.", []),
        ("More than 2,000 villagers from the remote upper valleys of the Langtang district have started "
         "receiving cash transfers this month.", []),
        ("About 4,000 people live in the hill town of Kaveri, where the roads to the nearby reserve and "
         "the falls were cut, and 300 were evacuated.", [300]),
        ("Some 9,000 people in the districts along the river, said the governor of the province on the "
         "radio this morning, were evacuated.", []),
        ("About 5,000 houses in the low-lying coastal districts of Tarsa, Molin, Quay and the islands "
         "beyond them were evacuated.", []),
        ("The 2,000 volunteers from the towns of the region and the city of Baroli who came to help on "
         "the first day have been evacuated.", []),
    ],
)  # fmt: skip
def test_the_grid_a_long_subject_before_its_verb_of_displacement(run, sentence, values):
    assert [c.value for c in run(sentence)] == values


# a trap in a clause before the count's own relative clause ("…, which hosts", "…, where there were") is that clause's,
# not the count's: the count's own word of displacement holds; near-misses: the trap in the count's own clause
@pytest.mark.parametrize(
    "sentence, values",
    [
        ("The agency has been giving food aid to thousands of families in Tessit town, which hosts an "
         "estimated 18,000 internally displaced people.", [18_000]),
        ("The agency has been giving food aid to thousands of families in Tessit town, which now "
         "shelters some 18,000 displaced people.", [18_000]),
        ("Other districts affected were Kampar, where there were 612 evacuees, and Bera.", [612]),
        ("Other districts affected were Kampar, where 612 evacuees were staying on Monday.", [612]),
        ("Floods damaged roads in Kampar, where there were 612 evacuees on Monday.", [612]),
        ("The volunteers are helping families, said the head of the Kyauk Taw camp, where more than 340 "
         "displaced villagers are living.", [340]),
        ("Shelling destroyed the market in Mopti, while some 9,000 IDPs remained in the town.", [9_000]),
        # near-misses
        ("The volunteers are helping families, said the head of the Kyauk Taw camp, where more than 340 "
         "displaced villagers received rice.", []),
        ("The agency has been giving food aid to families in Tessit town, which hosts an estimated "
         "18,000 displaced people in need of shelter.", []),
        ("The agency distributed blankets to 18,000 displaced people in Tessit town.", []),
        ("The floods affected 4,000 displaced families in Kampar, where the camps flooded.", []),
        ("The agency has been giving food aid to families in Tessit, where it reached 18,000 displaced people.", []),
        ("The agency gave cash to families in Tessit, where teams assisted 18,000 displaced people.", []),
        ("Food was given to families in Kampar, which is home to 612 injured people.", []),
    ],
)  # fmt: skip
def test_the_grid_a_trap_before_the_counts_own_clause_is_that_clauses(run, sentence, values):
    assert [c.value for c in run(sentence)] == values


# a shelter taking people in, the count its object: "the camp received 300 families", "the church took in 400 people"
# (plain people: that a shelter houses them says they are in a shelter); near-misses: what a shelter can take, what
# it will take, what it received that is no people (goods, patients, pupils, guests, visitors), people it took in
# for an event, and a host that is no shelter (term:shelter-took-in)
@pytest.mark.parametrize(
    "sentence, values",
    [
        ("The Lusaka transit camp received 300 families on Tuesday.", [300]),
        ("The parish church took in 400 people after the storm.", [400]),
        ("Two schools in Vanga have taken in nearly 1,250 people since the river burst its banks.", [1_250]),
        ("The evacuation centres welcomed more than 2,100 persons overnight.", [2_100]),
        ("The mosque has admitted some 640 people, its imam said.", [640]),
        ("Since Friday the school has been receiving about 3,000 people a day.", [3_000]),
        ("The sites are taking in 70 households every week.", [70]),
        ("An abandoned factory building on the edge of Kitwe took in 180 families.", [180]),
        ("The two camps near Gulu have now taken in a further 2,000 people.", [2_000]),
        # near-misses
        ("The camp can receive 3,000 people.", []),
        ("The new transit site will take in 900 families next month.", []),
        ("The school could welcome up to 500 people.", []),
        ("The camp received 300 tonnes of maize from the agency.", []),
        ("The district hospital received 40 patients on Sunday.", []),
        ("The school welcomed 800 pupils for the new term.", []),
        ("The church welcomed 400 people for the Easter service.", []),
        ("The stadium received 30,000 visitors during the festival.", []),
        ("The hotel welcomed 900 guests this weekend.", []),
        ("The town council received 200 people at its open meeting.", []),
        ("The centre received 600 people injured in the blast.", []),
    ],
)  # fmt: skip
def test_the_grid_a_shelter_taking_people_in(run, sentence, values):
    assert [c.value for c in run(sentence)] == values


# people who found asylum in a place fled there: "600 families found asylum in Togo"; near-misses: a refuge hoped
# for, and asylum as a word of a claim, a seeker or an officer (term:found-asylum)
@pytest.mark.parametrize(
    "sentence, values",
    [
        ("Some 600 families found asylum in neighbouring Togo last year.", [600]),
        ("About 3,000 people have found asylum in Chad since the clashes began.", [3_000]),
        ("More than 400 herders are finding asylum in Niger each week.", [400]),
        ("Nearly 90 households found temporary asylum across the border.", [90]),
        # near-misses
        ("Some 600 families hope to find asylum in Togo.", []),
        ("The tribunal found 300 asylum claims to be valid.", []),
        ("The patrol found asylum seekers in 40 boats.", []),
        ("The review found asylum officers had heard 1,200 cases.", []),
        ("The survey found asylum applications fell by 2,000.", []),
    ],
)  # fmt: skip
def test_the_grid_people_who_found_asylum(run, sentence, values):
    assert [c.value for c in run(sentence)] == values


# what an event or a decision may bring about, its count the object of a verb of causing after a modal
# (term:cause-to-come)
@pytest.mark.parametrize(
    "sentence, values",
    [
        ("A push on the last rebel-held province could see 600,000 people flee, the coordinator warned.", []),
        ("The new order would drive a further 300,000 people towards Khan Younis.", []),
        ("The closure of the camp may force some 4,000 families from their homes.", []),
        ("Officials fear a breach of the dam could displace up to 90,000 residents downstream.", []),
        ("A ground assault could easily send 60,000 residents fleeing towards the coast.", []),
        ("The offensive on Hodeidah could result in the displacement of an additional 340,000 people.", []),
        ("The evacuation of the north will push another half million people to the border town.", []),
        ("A renewed push on the enclave is likely to see 150,000 civilians flee.", []),
        ("Ministers told provincial governors to prepare to evacuate about 900,000 people in the storm's path.", []),
        # near-misses: the cause made it happen, or "May" the month
        ("The fighting saw 3,000 people flee to Goma.", [3_000]),
        ("Renewed shelling in May forced 12,000 people from Kupiansk.", [12_000]),
        ("The floods drove 7,500 families from their homes in Sindh.", [7_500]),
        ("Authorities ordered the evacuation of 20,000 people living near the river.", [20_000]),
    ],
)  # fmt: skip
def test_the_grid_a_cause_that_may_move_people_has_not_moved_them(run, sentence, values):
    assert [c.value for c in run(sentence)] == values


# a count of people already living somewhere, described before a count that moved in the same sentence: the verb
# after the second count is its own (term:counted-between, past the first count's qualifiers)
@pytest.mark.parametrize(
    "sentence, values",
    [
        ("The district already hosts around 900,000 vulnerable people and, the agency said, more than 40,000 more "
         "people have fled there since March.", [40_000]),
        ("Northern Rakhine shelters nearly 2 million poor residents and, according to local officials, some 25,000 "
         "people have fled the fighting.", [25_000]),
        # near-miss: the verb before governs the first count
        ("The army evacuated about 5,000 people and, according to local officials, 300 families have returned.",
         [5_000, 300]),
    ],
)  # fmt: skip
def test_the_grid_a_count_already_living_somewhere_before_another_that_fled(run, sentence, values):
    assert [c.value for c in run(sentence)] == values


# the word before another count's noun is that count's: "9,000 victims and some 4,000 displaced people"
# (term:next-count-adjective)
@pytest.mark.parametrize(
    "sentence, values",
    [
        ("The civil protection office counts over 52,000 victims and nearly 8,000 displaced people.", [8_000]),
        ("The bureau lists 12,400 victims and about 3,100 evacuated residents in the south.", [3_100]),
        ("Officials recorded 2,600 victims and 950 displaced families in the two districts.", [950]),
        # near-misses: a verb after both counts, or the first count's own word
        ("Some 300 families and 2,000 children fled the village.", [300, 2_000]),
        ("About 4,000 people and 700 families were displaced by the floods.", [4_000, 700]),
        ("The two camps counted 2,100 and 900 displaced people.", [2_100, 900]),
    ],
)  # fmt: skip
def test_the_grid_a_word_before_the_next_counts_noun_is_that_counts(run, sentence, values):
    assert [c.value for c in run(sentence)] == values


# a place's people, not people who moved: its population before the war or a census, however many words describe it,
# and the people a town or a region is home to
@pytest.mark.parametrize(
    "sentence, values",
    [
        ("Civilians were urged to flee Siversk, which had an estimated pre-war population of about 11,000 people.", []),
        ("Residents left Vovchansk, a town with a recorded pre-invasion population of 17,000.", []),
        ("No count exists of the people displaced in the coastal region, which is home to some 3 million, or a "
         "fifth of the country's population.", []),
        ("Districts that are home to about 250,000 people were told to empty by the evening.", []),
        ("The valley, home to 80,000 residents, saw hundreds of families flee.", [100]),
        # near-misses: a camp's or a shelter's people, people the words after say were moved, a displaced population
        ("The Kakuma camp, now home to 190,000 people, received new arrivals.", [190_000]),
        ("Goma is now home to more than 400,000 refugees.", [400_000]),
        ("A displaced population of 45,000 lives in Borova.", [45_000]),
        ("Sake, home to 40,000 people displaced by the fighting, came under fire.", [40_000]),
        ("Kisumu and Siaya are home to 6,000 and 2,500 displaced families respectively.", [6_000, 2_500]),
    ],
)  # fmt: skip
def test_the_grid_a_places_population_or_the_people_it_is_home_to_are_no_figure(run, sentence, values):
    assert [c.value for c in run(sentence)] == values


# the dead before a list of what a disaster did are no figure, though "displaced" comes right after ("caused the
# death of 448 people, displaced …"); a population a share is said of, or who lived there before, is no count of
# the displaced (a share of a whole), while a place's population that itself fled still counts
@pytest.mark.parametrize(
    "sentence,values",
    [
        ("The cyclone caused the death of 61 people, displaced over 9,000 and destroyed 2,400 homes in Nampula.",
         {9000}),
        ("Mudslides led to the deaths of 17 residents, displaced 3,100 others and cut the main road.", {3100}),
        ("The war had already uprooted half the country's pre-war population of 18 million.", set()),
        ("The offensive has forced nearly a third of the province's population of 90,000 from their homes.", set()),
        ("Fighting displaced most of the district's pre-conflict population of 120,000 by March.", set()),
        # near-misses: the displaced people's own population, and a place's population that fled, are figures
        ("A displaced population of 45,000 now lives in Borova.", {45000}),
        ("The town's population of 9,000 fled to Goma on Friday.", {9000}),
        ("The storm caused the deaths of 30 people and displaced 5,000 in Beira.", {5000}),
    ],
)  # fmt: skip
def test_the_dead_and_a_whole_population_are_no_figure(run, sentence, values):
    assert {f.value for f in run(sentence)} == values

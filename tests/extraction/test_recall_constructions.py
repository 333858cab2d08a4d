"""Counts the extractor once missed in published reporting, in constructions of their own: a tracker's households
that have experienced displacement (with their letters and a conversion in brackets), displaced people and
displacements named by their cause, and camps that harbour or are home to a list of counts; borders crossed in the
plural or a country's own border; a roof still being given, or one a cause made people take; villages counted, a
worst-hit area, an adverb or a bracket between the count and its displacement word; a trap word inside a body's
name."""

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


@pytest.mark.parametrize(
    "sentence,value",
    [
        ("Since the offensive began, about 2,450,000 people have crossed borders into neighbouring countries.",
         2_450_000),
        ("Some 6,300 refugees crossed Chad's eastern border last week and reached the camps near Adré.", 6_300),
        ("Nearly 41,000 civilians have crossed international borders since the clashes started in March.",
         41_000),
        ("About 3,700 refugees crossed Uganda's north-western border and settled near Koboko.", 3_700),
    ],
)  # fmt: skip
def test_crossing_borders_or_a_countrys_border_is_flight(run, sentence, value):
    assert [(c.value, c.unit, c.term) for c in run(sentence)] == [(value, "person", "fled")]


@pytest.mark.parametrize(
    "sentence",
    [
        "About 300 trucks crossed Sudan's western border with aid last week.",
        "Nearly 2,000 tourists crossed borders into Thailand during the holiday.",
        "The refugee agency said 12 border posts were opened along Chad's eastern border for 40,000 arrivals expected.",
    ],
)
def test_crossings_by_goods_visitors_or_a_projection_are_no_flight(run, sentence):
    assert run(sentence) == []


@pytest.mark.parametrize(
    "sentence,value,unit",
    [
        ("The disaster agency is still providing shelter to 420 households whose houses were flooded in Zomba.",
         420, "household"),
        ("The municipality is currently providing shelter for 1,150 people at two schools in Beira.", 1_150, "person"),
        ("Hurricane Lidia caused about 3,400 people to be temporarily sheltered across Jalisco.", 3_400, "person"),
        ("The landslide forced 260 families to be sheltered in schools near Rasuwa.", 260, "household"),
    ],
)  # fmt: skip
def test_shelter_still_given_or_caused_holds_people(run, sentence, value, unit):
    assert [(c.value, c.unit, c.term) for c in run(sentence)] == [(value, unit, "in_camps")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The charity provided shelter to 2,300 families in Sindh last year.",
        "UNHCR will be providing shelter to 4,000 families once the site opens.",
        "The Red Cross is providing shelter kits to 500 families in Tete.",
        "About 2,000 people still need to be sheltered in Sonora.",
    ],
)
def test_shelter_given_as_aid_or_still_needed_holds_nobody(run, sentence):
    assert run(sentence) == []


def test_households_described_as_affected_after_the_shelter_verb_are_still_sheltered(run):
    found = run("The department is still providing shelter to 815 households that were affected by the storm in Dedza.")
    assert [(c.value, c.unit, c.term) for c in found] == [(815, "household", "in_camps")]


@pytest.mark.parametrize(
    "sentence,value",
    [
        ("More than 4,000 residents across 23 villages have been forced to leave their homes in Aragón.", 4_000),
        ("Some 9,500 people from 40 villages have fled the fighting in Kalehe.", 9_500),
        ("Early estimates say the storm has left at least 62,000 people displaced in the four most hit districts.",
         62_000),
        ("The rains left about 8,200 people displaced in the worst affected areas of Kasese.", 8_200),
    ],
)  # fmt: skip
def test_villages_counted_or_a_worst_hit_area_between_do_not_hide_the_verb(run, sentence, value):
    assert [c.value for c in run(sentence)] == [value]


def test_villages_counted_do_not_make_a_figure_of_a_trap(run):
    assert run("Some 2,000 people in 14 villages were killed or injured in the attacks.") == []


@pytest.mark.parametrize(
    "sentence,value,qualifier",
    [
        ("The agency counts more than 21,500 temporarily displaced people in Sava.", 21_500, "more_than"),
        ("In May, about 12,000 people were uprooted in Gedo, joining tens of thousands similarly displaced before.",
         10_000, "at_least"),
        ("Officials said that over 60,000 have been officially registered (as displaced) in the south.", 60_000,
         "more_than"),
    ],
)  # fmt: skip
def test_an_adverb_or_a_bracket_between_the_count_and_displaced(run, sentence, value, qualifier):
    assert (value, "person", "displaced", qualifier) in [(c.value, c.unit, c.term, c.qualifier) for c in run(sentence)]


def test_a_trap_word_in_a_bodys_name_is_no_trap(run):
    found = run("According to the Humanitarian Aid Operations office, there are 18,300 temporarily displaced people.")
    assert [(c.value, c.term) for c in found] == [(18_300, "displaced")]
    # (but the body's own verb still is: what it fed are people aided)
    assert run("The Islamic Relief Aid Society fed 3,000 displaced people in Sennar.") == []


def test_people_registered_for_something_else_are_no_figure(run):
    assert run("More than 5,000 have been officially registered for the food voucher scheme.") == []


def test_a_list_of_households_by_place_takes_the_term_of_the_sentence_next_to_it(run):
    after = run("Lahj (96 HH) – Tuban (70 HH), Al Madaribah (26 HH) districts. Most displacements there were internal.")
    assert [(c.value, c.unit, c.term, c.location) for c in after] == [
        (96, "household", "displaced", "Lahj"),
        (70, "household", "displaced", "Tuban"),
        (26, "household", "displaced", "Al Madaribah"),
    ]
    before = run(
        "From 3 to 9 May, 210 households were displaced. Taiz (64 HHs) -- Mawza (40 HHs), Salah (24 HHs) districts."
    )
    assert [(c.value, c.unit) for c in before] == [(210, "household"), (64, "household"), (40, "household"),
                                                   (24, "household")]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Lahj (96 HH) – Tuban (70 HH), Al Madaribah (26 HH) districts. The survey also measured food prices.",
        "Households surveyed by district: Lahj (96 HH) – Tuban (70 HH). Most displacements there were internal.",
    ],
)
def test_a_list_of_households_with_no_displacement_beside_it_or_a_label_gives_nothing(run, text):
    assert [c.value for c in run(text) if c.value in (96, 70, 26)] == []


def test_a_bracketed_total_of_households_keeps_its_unit(run):
    found = run(
        "About 1,320 households have been displaced (total number of households displaced since January: 4,410)."
    )
    assert [(c.value, c.unit) for c in found] == [(1_320, "household"), (4_410, "household")]


def test_families_who_left_the_settlement_fled(run):
    found = run("Thirty one families of Chisapani left the settlement on Friday night as the river rose.")
    assert [(c.value, c.unit, c.term) for c in found] == [(31, "household", "fled")]
    # (not workers or officials leaving after their work)
    assert run("The 40 inspectors left the settlement after the audit.") == []


# agency situation reports and sitreps: relief centres by their letters, households decanted, centres that have
# taken households in, arrivals in a country, moves in search of safety, homes lost, families a mudflow unsettled


@pytest.mark.parametrize(
    "sentence,value",
    [
        ("In Kedah, 412 flood victims from 103 families were at 9 PPS this morning.", 412),
        ("A total of 1,036 evacuees were still housed at 14 PPS in Johor as of 8 am.", 1_036),
        ("In Perak, 57 victims are currently sheltered in three PPS in Kerian.", 57),
        ("The Sekolah Kebangsaan Bukit Tinggi PPS is still sheltering 45 victims from 11 families.", 45),
    ],
)
def test_people_at_relief_centres_named_by_their_letters_are_in_shelters(run, sentence, value):
    assert [(c.value, c.unit, c.term) for c in run(sentence)] == [(value, "person", "in_camps")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The state has identified 320 PPS that can accommodate 40,000 people.",
        "Some 220 PPS were opened in six states on Sunday.",
    ],
)
def test_relief_centres_counted_or_their_capacity_are_no_people(run, sentence):
    assert run(sentence) == []


@pytest.mark.parametrize(
    "sentence,value,qualifier,term",
    [
        ("About 640 households have been decanted from the flooded blocks in Umlazi.", 640, "approximately",
         "relocated"),
        ("Over 1 150 families were decanted to temporary residential units in Verulam.", 1_150, "more_than",
         "relocated"),
        ("The 52 care centres that remain open have taken up to 1 940 families.", 1_940, "up_to", "in_camps"),
        ("The 41 care centres still open have taken in 2 115 households.", 2_115, "exact", "in_camps"),
    ],
)  # fmt: skip
def test_households_decanted_or_taken_in_by_centres(run, sentence, value, qualifier, term):
    (figure,) = run(sentence)
    assert (figure.value, figure.unit, figure.term, figure.qualifier) == (value, "household", term, qualifier)


def test_centres_and_their_households_apart_give_both_figures(run):
    found = run(
        "The department said the 70 centres still open have taken up to 2 610 households, while more than 980 other "
        "households have been decanted."
    )
    assert [(c.value, c.term) for c in found] == [(2_610, "in_camps"), (980, "relocated")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The council plans to decant 800 households next year.",
        "The 12 centres have taken 3 days to set up.",
        "The shelters have taken 4,000 blankets from donors.",
    ],
)
def test_a_plan_to_decant_and_what_centres_took_that_is_no_one(run, sentence):
    assert run(sentence) == []


@pytest.mark.parametrize(
    "sentence,value,place",
    [
        ("Partners reported the arrival in Niger of 2,300 people after an attack in Menaka.", 2_300, "Niger"),
        ("UNHCR recorded the arrival in Uganda of some 4,100 Congolese over the weekend.", 4_100, "Uganda"),
    ],
)
def test_the_arrival_in_a_country_of_people_is_counted_there(run, sentence, value, place):
    (figure,) = run(sentence)
    assert (figure.value, figure.term, figure.location) == (value, "fled", place)


def test_the_arrival_in_a_country_of_goods_is_no_figure(run):
    assert run("The arrival in Kenya of 300 tonnes of food aid eased shortages.") == []


@pytest.mark.parametrize(
    "sentence,value,unit",
    [
        ("Some 900 people from villages around Pibor moved to Gumuruk in search of safety.", 900, "person"),
        ("About 350 households travelled to Bor town in search of refuge and food.", 350, "household"),
    ],
)
def test_people_who_moved_in_search_of_safety_fled(run, sentence, value, unit):
    assert [(c.value, c.unit, c.term) for c in run(sentence)] == [(value, unit, "fled")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Herders drove 5,000 goats south in search of pasture.",
        "About 700 young men go to Gedaref each year in search of work.",
    ],
)
def test_herds_and_workers_in_search_of_pasture_or_work_are_no_figure(run, sentence):
    assert run(sentence) == []


@pytest.mark.parametrize(
    "sentence,value,unit",
    [
        ("The storm tore through four villages, with some 1,200 residents losing their homes.", 1_200, "person"),
        ("Landslides have unsettled 35 families in the villages of Rasht district.", 35, "household"),
    ],
)
def test_people_losing_their_homes_or_unsettled_are_displaced(run, sentence, value, unit):
    assert [(c.value, c.unit, c.term) for c in run(sentence)] == [(value, unit, "displaced")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Some 2,000 tenants are at risk of losing their homes.",
        "About 600 residents fear losing their homes to the river.",
        "Some 300 families risk losing their homes.",
        "The news has unsettled 2,000 investors in Dushanbe.",
    ],
)
def test_a_risk_or_fear_of_losing_homes_and_unsettled_investors_are_no_figure(run, sentence):
    assert run(sentence) == []

"""What a quantity counts, and quantities that count something else."""

import pytest


@pytest.mark.parametrize(
    "sentence,value,unit",
    [
        ("870 familis remained in evacuation centres in Albay.", 870, "household"),
        ("51 peole were evacuated in Cebu.", 51, "person"),
        ("About 300 HHs were displaced in Kasese.", 300, "household"),
    ],
)
def test_misspelt_and_abbreviated_unit_words(run, sentence, value, unit):
    assert [(c.value, c.unit) for c in run(sentence)] == [(value, unit)]


@pytest.mark.parametrize(
    "sentence,values",
    [
        ("About 20,000 people are at 127 evacuation centres in Albay.", [20_000]),
        ("More than 2,300 people took shelter in 119 evacuation centres in Leyte.", [2_300]),
        ("About 300 people (including 44 older people and 139 children) were evacuated from Avdiivka.", [300]),
        ("About 430 families (approximately 2,600 people) were forced to flee Kirkuk.", [430]),
    ],
)
def test_counts_of_centres_sub_groups_and_conversions_are_not_figures(run, sentence, values):
    assert [c.value for c in run(sentence)] == values


def test_a_breakdown_without_a_unit_word_takes_the_figure_and_places_it_belongs_to(run):
    found = run(
        "More than 47,000 people were displaced in northern Syria: 33,000 from Idlib, 8,900 from Aleppo and "
        "1,400 from Al-Raqqa."
    )
    assert [(c.value, c.location) for c in found] == [
        (47_000, "Syria"), (33_000, "Idlib"), (8_900, "Aleppo"), (1_400, "Al-Raqqa")
    ]  # fmt: skip
    assert found[2].rules[1:3] == ["unit:breakdown", "term:breakdown"]


def test_a_breakdown_in_brackets_after_place_names(run):
    found = run("The cities of Derna (at least 30,000), Bayda (3,000) and Benghazi (2,195) hosted displaced people.")
    assert [(c.value, c.qualifier, c.location) for c in found] == [
        (30_000, "at_least", "Derna"), (3_000, "exact", "Bayda"), (2_195, "exact", "Benghazi")
    ]  # fmt: skip


def test_this_brings_to_n_the_total_number(run):
    (figure,) = run("This brings to almost 274,000 the total number of people displaced from Mosul as of 23 March.")
    assert (figure.value, figure.qualifier, figure.location) == (274_000, "nearly", "Mosul")


def test_others_displaced_after_people_killed(run):
    (figure,) = run("Heavy rain killed 12 people and displaced 1,500 others in Kasese.")
    assert (figure.value, figure.unit, figure.term) == (1_500, "person", "displaced")


def test_people_named_with_plain_words_before_the_noun(run):
    (figure,) = run("About 10,000 sugar cane workers fled northern Shan state.")
    assert (figure.value, figure.unit) == (10_000, "person")


def test_a_count_of_homes_after_plain_words_is_not_people(run):
    assert run("Some 300 mud brick houses were destroyed as people fled Kasese.") == []


def test_a_figure_set_before_the_number_of_people_it_counts(run):
    (figure,) = run("100,000 to 120,000 — The number of people that were forced out of their homes across Alberta.")
    assert (figure.value, figure.value_high, figure.location) == (100_000, 120_000, "Alberta")


@pytest.mark.parametrize(
    "sentence,value",
    [
        ("The displaced population in Maiduguri stands at 45,000.", 45_000),
        ("The total number of IDPs in Kasese is now 3,000.", 3_000),
    ],
)
def test_the_number_of_displaced_stands_at(run, sentence, value):
    (figure,) = run(sentence)
    assert (figure.value, figure.unit) == (value, "person")


@pytest.mark.parametrize(
    "sentence,values",
    [
        ("Floods displaced 52,000 people in Uganda, 14,000 of them in Kasese.", [52_000, 14_000]),
        ("Fighting displaced 8,000 people in Kidal, of whom 3,500 are staying in schools.", [8_000, 3_500]),
        ("Fighting displaced 8,000 people in Kidal, of whom 3,500 are children.", [8_000]),  # who, not a figure
    ],
)
def test_n_of_them_and_of_whom_n_are_parts_of_the_figure_before(run, sentence, values):
    assert [f.value for f in run(sentence)] == values
    assert len({f.unit for f in run(sentence)}) == 1


def test_n_of_a_place_s_population_is_the_figure_not_the_population(run):
    assert [f.value for f in run("About 2,500 of Kalehe's 8,000 residents fled the town.")] == [2_500]


def test_people_from_households_are_counted_once(run):
    (figure,) = run("Officials said 4,120 people from 830 families were staying in schools in Sylhet.")
    assert (figure.value, figure.unit) == (4_120, "person")


def test_a_list_of_places_each_with_its_count_after_a_semicolon(run):
    figures = run(
        "In Gedaref, 12,000 people arrived from Sennar during the week; in Kassala, 4,500; "
        "and in Port Sudan, some 2,000."
    )
    assert [(f.value, f.location, f.qualifier) for f in figures] == [
        (12_000, "Gedaref", "exact"), (4_500, "Kassala", "exact"), (2_000, "Port Sudan", "approximately")
    ]  # fmt: skip


def test_a_heading_with_a_remark_in_brackets_before_its_count(run):
    (figure,) = run("Displaced persons (cumulative since January): 87,410 in the Sahel region.")
    assert (figure.value, figure.unit) == (87_410, "person")


def test_people_named_as_indigenous_or_rural(run):
    assert [f.value for f in run("Violence in Cauca led to the displacement of 2,300 Indigenous people.")] == [2_300]


def test_people_forced_into_shelters_are_counted_but_shelters_counted_are_not(run):
    moved = run("Floods in Nakuru County forced 200,000 into shelters, officials said.")
    assert [(c.value, c.unit) for c in moved] == [(200000, "person")]
    counted = run("Some 20,000 people are at 127 evacuation centres.")
    assert [c.value for c in counted] == [20000]


def test_a_count_of_sites_in_brackets_does_not_hide_the_people_in_them(run):
    (figure,) = run("About 3,000 families are sheltering in (20) accommodation centres in Buzi district.")
    assert (figure.value, figure.unit, figure.term) == (3000, "household", "in_camps")


def test_places_after_a_preposition_are_not_what_the_number_counts(run):
    (figure,) = run(
        "The number of people who have fled their homes because of the rains reached 10,570 across 13 provinces, "
        "the Ministry of the Interior and Safety said."
    )
    assert (figure.value, figure.unit) == (10570, "person")
    assert run("Some 20,000 people are in 127 evacuation centres in Leyte.")[0].value == 20000  # 127 counts centres


def test_a_count_of_centres_is_still_no_figure(run):
    assert [f.value for f in run("A total of 1,105 evacuation centres remain open across Albay.")] == []


def test_an_unknown_part_of_a_whole_is_no_figure(run):
    assert run("In the Atlas, many of the 50,000 families whose homes were damaged are sleeping in tents.") == []
    assert run("Most of the 3,000 residents of Derna fled, officials said.") == []
    (figure,) = run("All of the 3,000 residents of Shovi were evacuated, officials said.")
    assert figure.value == 3000


@pytest.mark.parametrize("share", ["two thirds", "two-thirds", "three quarters", "one fifth", "a third"])
def test_a_fraction_of_a_whole_is_no_figure(run, share):
    assert run(f"Floods forced {share} of the 9,000 residents of Beledweyne to flee, OCHA said.") == []


def test_a_fraction_of_a_displaced_whole_leaves_the_whole_a_figure(run):
    figures = run("Two thirds of the 9,000 people displaced from Beledweyne have returned, OCHA said.")
    assert [f.value for f in figures] == [9000]


def test_a_part_of_a_displaced_whole_leaves_the_whole_a_figure(run):
    figures = run("About half of the 111,000 people displaced from Aleppo in December returned home in January.")
    assert 111000 in [f.value for f in figures]


def test_the_number_of_people_staying_in_centres_counts_people(run):
    (figure,) = run("The number of people staying in evacuation centres has climbed to 31,000 in Kumamoto.")
    assert (figure.value, figure.unit, figure.location) == (31000, "person", "Kumamoto")


@pytest.mark.parametrize(
    "sentence",
    [
        "In the Tillabéri region, 4 312 households – about 30 200 people – fled their villages.",
        "In Tillabéri, 4 312 households — about 30 200 people — fled their villages.",
    ],
)
def test_a_conversion_to_the_other_unit_between_dashes_is_not_another_figure(run, sentence):
    assert [(c.value, c.unit) for c in run(sentence)] == [(4_312, "household")]


def test_a_count_by_place_after_a_dash_is_a_breakdown_not_a_conversion(run):
    found = run("Clashes displaced 4,000 people – 3,000 in Goma and 1,000 in Sake.")
    assert [c.value for c in found] == [4_000, 3_000, 1_000]


def test_the_number_of_people_named_by_what_happened_to_them_put_at_n(run):
    (figure,) = run("The civil defence put the number of people staying with relatives or friends in Canoas at 42,486.")
    assert (figure.value, figure.unit, figure.term) == (42_486, "person", "displaced")


def test_the_number_of_people_in_need_is_not_a_figure(run):
    assert run("The number of people in need of shelter in Canoas rose to 42,486 after they fled.") == []


def test_people_named_by_their_nationality(run):
    (figure,) = run("Some 3 000 Venezuelan migrants have been relocated from the Bogotá bus terminal.")
    assert (figure.value, figure.unit, figure.term) == (3_000, "person", "relocated")


def test_a_crossing_that_processes_n_a_day_is_a_capacity(run):
    assert run("The border crossing at Islam Qala processes up to 5,000 returnees a day, officials said.") == []


@pytest.mark.parametrize(
    "sentence,value",
    [
        ("About 2,000 refugees per day crossed into Chad from Darfur.", 2_000),
        ("In January, an average of 1,150 people arrived daily at the Renk transit centre from Sudan.", 1_150),
    ],
)
def test_a_daily_flow_is_a_figure_as_the_project_reads_it(run, sentence, value):
    """As the project's set has "Around 1,000 people a day are arriving in the camps" and "11,000 Venezuelans cross
    into Colombia every day": a flow on the day of publication."""
    assert [c.value for c in run(sentence)] == [value]


def test_a_day_after_is_not_a_rate(run):
    (figure,) = run("Some 5,000 people fled Goma a day after the attack.")
    assert figure.value == 5_000


@pytest.mark.parametrize(
    "sentence", ["Some 60,000 Israelis remain displaced from the north.", "About 2,000 Yazidis fled Sinjar."]
)
def test_people_named_by_a_demonym_in_is(run, sentence):
    (figure,) = run(sentence)
    assert figure.unit == "person"


def test_a_running_total_after_the_figure_it_adds_to(run):
    found = run("Another 15,000 people fled to Minova after shells hit Mweso, bringing the total to more than 150,000.")
    assert [(c.value, c.qualifier) for c in found] == [(15_000, "exact"), (150_000, "more_than")]
    assert found[1].rules[1:3] == ["unit:total", "term:total-of-previous"]


def test_a_running_total_of_another_count_is_not_a_figure(run):
    found = run("Floods displaced 300 people and killed 12 in Kasese, bringing the total to 40.")
    assert [c.value for c in found] == [300]


def test_people_who_took_shelter_are_not_a_count_of_shelters(run):
    found = run("Some 2.4 million people remain affected, while 53,429 have taken shelter in 612 relief camps.")
    assert [(c.value, c.term) for c in found] == [(53_429, "in_camps")]


def test_a_further_n_having_returned(run):
    found = run("Around 630,000 people remain displaced in Cameroon, with a further 334,000 having returned.")
    assert [(c.value, c.term) for c in found] == [(630_000, "displaced"), (334_000, "returned")]


def test_the_number_of_people_named_by_a_word_before_the_noun(run):
    found = run("This year 2,145 families returned to Sinjar, bringing the number of returnee families to 34,700.")
    assert [(c.value, c.unit) for c in found] == [(2_145, "household"), (34_700, "household")]


def test_n_of_those_displaced(run):
    (figure,) = run("About 90,000 of those displaced are sheltering in schools and churches in Goma.")
    assert (figure.value, figure.term) == (90_000, "in_camps")


def test_n_of_those_displaced_are_children_is_who_they_are(run):
    assert run("Nearly 600,000 of those displaced since December are children, UNICEF said.") == []


@pytest.mark.parametrize(
    "sentence,value",
    [
        ("Between 8 and 14 September, DTM recorded 3,415 ind. (683 HH) newly displaced in Nyala.", 3_415),
        ("Some 27 500 pers. fled Kanyabayonga towards Lubero in the first week of July.", 27_500),
        ("A total of 482,730 Afghan nationals have gone back to Afghanistan from Pakistan.", 482_730),
    ],
)
def test_individuals_abbreviated_and_nationals(run, sentence, value):
    assert [(c.value, c.unit) for c in run(sentence)] == [(value, "person")]


def test_a_number_without_its_noun_counts_what_the_number_before_it_counted(run):
    (figure,) = run("Around 12 thousand families have been marooned and about 5 thousand moved to shelters in Feni.")
    assert (figure.value, figure.unit) == (5_000, "household")


def test_the_idp_caseload_stood_at(run):
    (figure,) = run("Ethiopia's IDP caseload stood at 4.38 million as of December 2023, the Ministry of Peace said.")
    assert figure.value == 4_380_000


def test_n_in_formal_camps_after_the_figure_it_is_part_of(run):
    found = run("Borno State has 2.1 million IDPs, with about 300,000 in formal camps, SEMA said.")
    assert [c.value for c in found] == [2_100_000, 300_000] and found[1].term == "in_camps"


@pytest.mark.parametrize(
    "sentence",
    [
        "Temperatures in displacement camps in Rafah reached 40 degrees.",
        "The displaced in Kasese farmed 300 hectares this season.",
    ],
)
def test_measures_are_not_counts(run, sentence):
    assert run(sentence) == []


def test_a_part_of_a_displaced_whole_that_found_housing_is_not_a_figure_but_the_whole_is(run):
    found = run("Fewer than 400 of the 9,000 people displaced from Lahaina have found long-term housing.")
    assert [(c.value, c.term) for c in found] == [(9_000, "displaced")]


def test_a_part_of_a_displaced_whole_that_returned_is_a_figure_and_so_is_the_whole(run):
    found = run("Some 2,000 of the 5,000 displaced residents have returned to Kasese.")
    assert [(c.value, c.term) for c in found] == [(2_000, "returned"), (5_000, "displaced")]


def test_a_bare_displaced_after_families_counts_families(run):
    found = run("In Esmeraldas province, 1,100 families were affected and 320 displaced, the secretariat said.")
    assert [(c.value, c.unit) for c in found] == [(320, "household")]


def test_up_from_an_earlier_count_is_context_not_a_figure(run):
    """As 'fell from 80,000 to 60,000' gives the figure now: the earlier count is what it was."""
    found = run("The number of IDPs in Mozambique stands at 1.3 million, up from 940,000 in June.")
    assert [c.value for c in found] == [1_300_000]


def test_up_from_an_earlier_death_toll_is_not_a_figure(run):
    assert [c.value for c in run("Floods killed 40 people, up from 12 on Monday, as 3,000 fled.")] == [3_000]


def test_parts_of_a_figure_by_where_they_stay(run):
    found = run(
        "Of the 98,400 IDPs in Cibitoke, 12,300 were living in displacement sites, 61,500 with host families "
        "and 24,600 in rented housing."
    )
    assert [c.value for c in found] == [98_400, 12_300, 61_500, 24_600]
    assert found[3].term == "displaced"


def test_with_host_families_is_not_a_kind_of_families(run):
    assert run("About 61,500 with host families were counted in the census.") == []


def test_a_count_in_a_week_is_still_a_count(run):
    (figure,) = run("The camp population in Sarmada grew by 15,000 in a week.")
    assert figure.value == 15_000


def test_a_loanword_for_the_displaced(run):
    (figure,) = run("INDECI registered 1,080 damnificados (people left homeless) and 5,600 affected in Arequipa.")
    assert (figure.value, figure.unit) == (1_080, "person")


def test_cases_among_idps_are_not_idps(run):
    assert run("Malaria cases among IDPs in Sila rose to 14,300 in July.") == []


@pytest.mark.parametrize(
    "sentence,value",
    [
        ("IDPs: ~150,000 (Marib)", 150_000),
        ("Displaced population - 27,000 - Bentiu", 27_000),
        ("Total IDPs in sites: 389,610 (Round 17, Upper Nile)", 389_610),
        ("A 60,000-strong displaced population lives in Tawila.", 60_000),
        ("The displaced, numbering some 18,000, are sheltering in Dori.", 18_000),
    ],
)
def test_labels_strengths_and_numbering(run, sentence, value):
    assert [c.value for c in run(sentence)] == [value]


@pytest.mark.parametrize(
    "sentence",
    [
        "Displacement sites: 412 (Round 17)",
        "Evacuation centres open: 127",
        "In the displacement camps around Goma - 300 tents were delivered last week.",
    ],
)
def test_labels_that_count_places_or_things_are_not_figures(run, sentence):
    assert run(sentence) == []


def test_tourists_evacuated_are_people(run):
    (figure,) = run("Around 2,500 tourists stranded in Kullu and Manali were evacuated, the state government said.")
    assert (figure.value, figure.unit) == (2_500, "person")


def test_half_of_a_places_residents_is_an_unknown_part(run):
    assert run("More than half of Rafah's 1.4 million residents are displaced people, UNRWA said.") == []


def test_n_more_with_host_families(run):
    found = run("In Bekaa, 37,000 displaced are staying in 154 shelters, while 120,000 more are with host families.")
    assert [c.value for c in found] == [37_000, 120_000]


@pytest.mark.parametrize(
    "sentence,value",
    [
        ("The DTM recorded 1,450 IDP movements from Kalehe to Goma during the week.", 1_450),
        ("The number of Sudanese arrivals in South Sudan since April now exceeds 8,500.", 8_500),
    ],
)
def test_movements_and_arrivals_counted(run, sentence, value):
    assert [c.value for c in run(sentence)] == [value]


def test_campers_evacuated(run):
    (figure,) = run("Hundreds of campers and residents along the Guadalupe River were evacuated, officials said.")
    assert (figure.value, figure.qualifier) == (100, "at_least")


def test_people_named_by_a_compass_word_and_a_demonym(run):
    (figure,) = run("An estimated 60,000 South Sudanese have arrived in Gambella since February, UNHCR said.")
    assert (figure.value, figure.unit) == (60_000, "person")


def test_children_among_the_displaced_are_who_they_are_not_a_figure(run):
    assert run("Among the displaced in Tawila are 1,300 children under the age of five, MSF said.") == []


def test_people_among_the_displaced_from_a_place_are_still_counted(run):
    sentence = "Some 40,000 people have been displaced in Tawila; among them are 5,000 people who fled Zamzam."
    assert 40_000 in [c.value for c in run(sentence)]


def test_a_number_pushed_above_a_figure_is_that_figure(run):
    (figure,) = run("Renewed fighting has pushed the number of IDPs in North Darfur above 1.7 million, IOM said.")
    assert (figure.value, figure.qualifier) == (1_700_000, "more_than")


def test_a_price_pushed_above_a_figure_is_no_figure(run):
    assert run("The fighting in North Darfur has pushed the price of millet above 1,700 pounds a sack.") == []


def test_the_number_of_displacement_sites_is_not_a_count_of_people(run):
    sentence = "The number of displacement sites in Port-au-Prince rose to 110, sheltering about 40,000 people."
    assert [c.value for c in run(sentence)] == [40_000]


def test_households_slash_persons_is_one_figure_converted(run):
    sentence = "Typhoon Toraji: 2,104 households / 7,806 persons evacuated in Ilocos Norte (OCD, 11 Nov)."
    assert [(c.value, c.unit) for c in run(sentence)] == [(2_104, "household")]


def test_a_list_of_counts_shares_the_noun_after_its_last_and_each_takes_its_place_respectively(run):
    sentence = "Floods displaced 1,150, 870 and 430 households in Kassala, Gedaref and River Nile states respectively."
    assert [(c.value, c.unit, c.location) for c in run(sentence)] == [
        (1_150, "household", "Kassala"),
        (870, "household", "Gedaref"),
        (430, "household", "River Nile"),
    ]


def test_a_list_of_counts_of_something_else_is_no_figure(run):
    assert run("Floods damaged 1,150, 870 and 430 houses in Kassala, Gedaref and River Nile respectively.") == []


def test_a_headline_displaces_n_more(run):
    (figure,) = run("Karenni fighting displaces 8,000 more in Loikaw")
    assert (figure.value, figure.unit) == (8_000, "person")


def test_a_part_of_which_counts_what_the_whole_counts(run):
    sentence = (
        "DTM recorded 5,622 households affected by floods in Ma'rib, of which 1,730 had their shelters destroyed "
        "and were forced to move."
    )
    assert [(c.value, c.unit) for c in run(sentence)] == [(1_730, "household")]


def test_a_part_of_which_with_a_trap_is_no_figure(run):
    assert run("DTM recorded 5,622 households affected by floods in Ma'rib, of which 1,730 received tents.") == []


@pytest.mark.parametrize(
    "sentence,value",
    [
        ("Flooding of the Awash river displaced 12,000 pastoralists in Amibara, the regional office said.", 12_000),
        ("The committee said 310 former IDPs had returned to Lachin town this year.", 310),
    ],
)
def test_pastoralists_and_former_idps_are_people(run, sentence, value):
    assert [c.value for c in run(sentence)] == [value]


def test_a_threshold_is_no_figure(run):
    text = "Events with fewer than 10 displaced households were excluded from the estimate."
    assert run(text) == []


def test_a_rise_by_n_to_m_is_no_range(run):
    text = "The number of IDPs in Kaya has risen by 12,000 to 95,000 since January, the government said."
    assert [(c.value, c.value_high) for c in run(text)] == [(95_000, None)]


def test_the_displaced_estimated_at_n(run):
    found = run("The displaced, estimated at 30,000, are sheltering in schools in Beira.")
    assert [(c.value, c.location) for c in found] == [(30_000, "Beira")]


def test_a_cost_estimated_at_n_is_no_figure(run):
    assert run("The damage, estimated at 30,000 dollars, hit Beira.") == []


def test_n_more_in_another_place_is_another_count_of_the_same(run):
    text = (
        "IOM said at least 30,000 people had been displaced in Derna, and 6,000 more in other towns in eastern Libya."
    )
    assert [(c.value, c.unit, c.term, c.location) for c in run(text)] == [
        (30_000, "person", "displaced", "Derna"),
        (6_000, "person", "displaced", "Libya"),
    ]


def test_more_than_is_a_qualifier_not_more_of_the_same(run):
    text = "IOM said 30,000 people had been displaced in Derna, and 6,000 more than last year were affected in Bayda."
    assert [c.value for c in run(text)] == [30_000]


def test_a_running_total_of_the_displaced_in_the_capital(run):
    text = "More than 10,000 people fled Solino in a week, bringing the total displaced in the capital to over 300,000."
    assert [(c.value, c.qualifier) for c in run(text)] == [(10_000, "more_than"), (300_000, "more_than")]


def test_a_label_naming_people_in_camps_counts_them_but_one_naming_camps_does_not(run):
    text = (
        "Relief camps established: 5,328\nPersons in relief camps: 1,345,000\n"
        "Families inside evacuation centres - 3,120"
    )
    assert [(c.value, c.unit, c.term) for c in run(text)] == [
        (1_345_000, "person", "in_camps"),
        (3_120, "household", "in_camps"),
    ]


def test_evacuation_points_are_places_counted_not_people(run):
    text = "The number of evacuees reached 9,118 people, spread across 115 evacuation points in Lumajang."
    assert [c.value for c in run(text)] == [9_118]


def test_a_part_by_cause_is_no_figure_but_a_part_by_place_is(run):
    text = "Displacement reached 75.9 million people in 2023, 68.3 million of them because of conflict."
    assert [c.value for c in run(text)] == [75_900_000]


def test_a_count_the_figure_is_compared_with_is_no_figure(run):
    text = "Djibo hosts some 270,000 IDPs, more than the town's 60,000 original residents."
    assert [c.value for c in run(text)] == [270_000]


def test_a_part_in_the_place_a_with_clause_names(run):
    text = "In the Northwest, 1.3 million people remain displaced, with Sagaing alone hosting over 1 million."
    assert [(c.value, c.location) for c in run(text)] == [(1_300_000, "Northwest"), (1_000_000, "Sagaing")]


def test_a_centre_hosting_a_number_counts_people(run):
    text = "The Renk transit centre, built for 3,000 people, was hosting 11,200 as of 13 March."
    assert [(c.value, c.term, c.location) for c in run(text)] == [(11_200, "in_camps", "Renk")]


def test_arrivals_that_total_or_average_a_number_are_people_but_not_tourists(run):
    assert [c.value for c in run("New arrivals in 2024 total 67,400, UNHCR said.")] == [67_400]
    assert [c.value for c in run("Arrivals at the Joda crossing averaged 1,200 a day in March.")] == [1_200]
    assert run("Arrivals of tourists reached 2 million in 2023.") == []


def test_a_part_by_when_is_no_figure(run):
    text = "Between 1 January and 12 July 2025, 1,150,000 Afghans returned from Iran, 500,000 of them since 1 June."
    assert [c.value for c in run(text)] == [1_150_000]


def test_counts_into_each_country_after_a_crossing_share_its_verb(run):
    text = "More than 40,000 Congolese have crossed into Burundi, 9,000 into Uganda and 2,000 into Rwanda."
    assert [(c.value, c.location) for c in run(text)] == [(40_000, "Burundi"), (9_000, "Uganda"), (2_000, "Rwanda")]


def test_members_of_communities_are_people_and_someones_own_children_no_figure(run):
    (figure,) = run(
        "Some 1,200 members of Indigenous communities in Cauca have been forced to leave their reserves, CRIC said."
    )
    assert (figure.value, figure.unit) == (1200, "person")
    assert run("Marie fled Cité Soleil with her three children last week.") == []


def test_of_them_after_a_count_that_is_no_figure_takes_its_noun(run):
    (figure,) = run(
        "Nearly 200,000 people in Tabasco were affected by flooding, and the army evacuated 9,400 of them to 45 "
        "shelters, state authorities said."
    )
    assert (figure.value, figure.unit, figure.location) == (9400, "person", "Tabasco")
    assert run("Nearly 200,000 people in Tabasco were affected by flooding, and 9,400 of them died.") == []


def test_survivors_victims_and_evacuees_after_a_plain_word_are_people(run):
    (figure,) = run("About 200 quake survivors in Adıyaman had to be moved to other shelters, AFAD said.")
    assert (figure.value, figure.unit, figure.location) == (200, "person", "Adıyaman")
    assert run("About 200 quake survivors were killed.") == []


def test_a_number_set_between_commas_after_its_noun(run):
    text = "12,700 people are in relief camps in Dadu; the remaining evacuees, about 35,000, have returned home."
    assert [(c.value, c.term) for c in run(text)] == [(12_700, "in_camps"), (35_000, "returned")]


def test_a_part_registered_is_no_figure(run):
    text = "An estimated 65,000 Rohingya have arrived in Cox's Bazar; 8,000 of them have been biometrically registered."
    assert [c.value for c in run(text)] == [65_000]


def test_the_next_count_of_a_list_takes_the_place_after_it(run):
    text = "As of Tuesday, 24,075 people were displaced in Demak, and 2,140 in Kudus."
    assert [(c.value, c.location) for c in run(text)] == [(24_075, "Demak"), (2_140, "Kudus")]


def test_hundreds_of_a_towns_residents(run):
    (figure,) = run("Hundreds of Lismore residents were evacuated from rooftops overnight.")
    assert (figure.value, figure.unit) == (100, "person")


def test_an_administration_puts_the_number_who_left_at_n(run):
    figures = run(
        "Residents of Rushan said hundreds of people had fled into the mountains. The regional administration put the "
        "number who had left their homes at 400."
    )
    assert [(f.value, f.unit) for f in figures] == [(100, "person"), (400, "person")]
    assert figures[1].reporting_body == "regional administration"


def test_a_villages_population_is_no_figure(run):
    (figure,) = run(
        "In Letur, a village of 1,000 people in Albacete province, the Guardia Civil evacuated 70 residents whose "
        "homes were flooded."
    )
    assert figure.value == 70


def test_a_return_out_of_a_relocated_whole_gives_both(run):
    figures = run("More than 60,000 of the 80,000 residents relocated during the floods in Pingyuan have returned.")
    assert sorted((f.value, f.term) for f in figures) == [(60000, "returned"), (80000, "relocated")]


def test_a_count_and_its_conversion_far_from_their_verb_give_the_first_count(run):
    (figure,) = run(
        "As of Wednesday, 4,418 families or 15,215 persons from barangays within the 6-kilometre permanent danger "
        "zone of Mayon Volcano were staying in 28 evacuation centres in Albay."
    )
    assert (figure.value, figure.unit, figure.term, figure.location) == (4418, "household", "in_camps", "Albay")


def test_a_count_of_another_time_set_against_this_one_is_no_figure(run):
    assert run("IOM recorded no new displacement in Hodeidah this week, against 340 households the week before.") == []
    assert [c.value for c in run("Some 900 people fled Kadugli this week, compared with 2,100 last week.")] == [900]


@pytest.mark.parametrize(
    "sentence,value",
    [
        ("Nayapara camp is home to some 25,000 Rohingya refugees.", 25000),
        ("About 3,000 Yazidi families remain in camps in Duhok.", 3000),
        ("Some 1,200 Masalit refugees crossed into Chad on Sunday.", 1200),
        ("About 3,000 Myanmar nationals crossed into Thailand.", 3000),
    ],
)
def test_a_people_named_before_the_noun_keeps_the_noun_phrase(run, sentence, value):
    assert [f.value for f in run(sentence)] == [value]


def test_parts_of_those_the_sentence_opens_with_by_what_happened_to_them(run):
    first, second = run(
        "Of those people who fled between 3 March and 9 March, 1,250 were registered in Bunia and 430 were "
        "registered in Mahagi."
    )
    assert (first.value, first.unit, first.term, first.location) == (1250, "person", "fled", "Bunia")
    assert (second.value, second.unit, second.term, second.location) == (430, "person", "fled", "Mahagi")


def test_evacuation_posts_counted_are_no_people(run):
    figures = run("On Saturday, 3,571 people had been displaced in Sukabumi and were staying in 27 evacuation posts.")
    assert [f.value for f in figures] == [3571]


@pytest.mark.parametrize(
    "text,value,unit_term",
    [
        ("Somalia – PRMN\nDisplacements recorded in August 2024: 48,000\n", 48000, "displaced"),
        ("Refugees and asylum-seekers from Myanmar in neighbouring countries: 1,306,800\n", 1306800, "fled"),
    ],
)
def test_key_figure_labels_of_displacements_and_refugees(run, text, value, unit_term):
    (figure,) = run(text)
    assert (figure.value, figure.unit, figure.term) == (value, "person", unit_term)


@pytest.mark.parametrize("text", ["Refugees in need: 900,000\n", "Refugee children enrolled in school: 12,000\n"])
def test_refugees_in_need_or_in_school_are_no_label_of_a_figure(run, text):
    assert run(text) == []


def test_idps_in_households_are_the_same_people(run):
    figures = run("DTM counted 98,026 IDPs in 9,786 households in Burundi.")
    assert [(f.value, f.unit) for f in figures] == [(98026, "person")]


def test_a_list_of_places_each_with_its_count_after_it(run):
    text = "People in accommodation centres: 32,600 in 68 centres (Nampula 21,400; Zambézia 8,900; Niassa 2,300)."
    figures = run(text)
    assert [(f.value, f.term) for f in figures][1:] == [(21400, "in_camps"), (8900, "in_camps"), (2300, "in_camps")]
    assert [f.location for f in figures][1:] == ["Nampula", "Zambézia", "Niassa"]


def test_a_list_of_count_labels_after_a_figure_gives_no_places(run):
    assert [f.value for f in run("Floods displaced 5,000 people in Sofala; Deaths 12, Injured 40.")] == [5000]


def test_refugee_arrivals_are_people(run):
    (figure,) = run("UNHCR recorded 612,000 new refugee arrivals in Chad since 15 April 2023.")
    assert (figure.value, figure.unit) == (612000, "person")


def test_the_number_of_people_named_with_their_cause_is_a_figure(run):
    (figure,) = run("The number of flood evacuees in Kelantan fell to 28,500, from 40,000 on Monday, NADMA said.")
    assert (figure.value, figure.location) == (28_500, "Kelantan")


@pytest.mark.parametrize(
    "sentence,values",
    [
        # an average or a multiple is no count of people
        (
            "About 813,000 IDPs are sheltering in UNRWA facilities in Gaza. The average number of IDPs per shelter "
            "is nine times their capacity.",
            [813_000],
        ),
        ("The number of IDPs in Gaza is 1.9 million, 3 times the number before the war.", [1_900_000]),
        ("The mean number of displaced people per site is 1,200, IOM said.", []),
    ],
)
def test_an_average_or_a_multiple_is_no_figure(run, sentence, values):
    assert [f.value for f in run(sentence)] == values


@pytest.mark.parametrize(
    "sentence",
    [
        "About 137,000 Kyrgyz residents had been evacuated from Batken region.",
        "About 137,000 Tajik villagers had been evacuated from Batken region.",
    ],
)
def test_people_named_by_a_demonym_of_another_ending(run, sentence):
    (figure,) = run(sentence)
    assert (figure.value, figure.unit) == (137_000, "person")


def test_a_part_of_another_count_between_is_no_part_of_the_figure(run):
    text = (
        "Lebanon's government said 1 million people had fled their homes; 973 collective shelters are open, 773 of "
        "them at full capacity."
    )
    assert [f.value for f in run(text)] == [1_000_000]
    assert [f.value for f in run("Some 5,000 people fled Kalehe in 2023, and 2,000 of them reached Bukavu.")] == [
        5000,
        2000,
    ]


def test_homeless_people_counted_vaguely(run):
    (figure,) = run("Hundreds of homeless people have sought shelter in the town hall.")
    assert (figure.value, figure.qualifier, figure.term) == (100, "at_least", "in_camps")


def test_a_count_of_centres_before_a_place_s_own_bracketed_count_is_no_part_of_the_people(run):
    text = (
        "Some 20 accommodation centres are open, 11 in Marromeu (hosting 2,310 individuals) and 9 in Caia "
        "(hosting 1,900 individuals)."
    )
    assert [(c.value, c.location) for c in run(text)] == [(2_310, "Marromeu"), (1_900, "Caia")]
    # a list of places each with its count of the same people is still a breakdown
    text = "Floods displaced 6,000 people in Marromeu, 2,400 in Caia and 1,100 in Chemba."
    assert [c.value for c in run(text)] == [6_000, 2_400, 1_100]


def test_a_conversion_of_a_count_given_aid_is_no_figure_either(run):
    assert run("The cluster handed shelter kits to 1,150 displaced families (6,900 individuals) in Kabo.") == []
    (figure,) = run("Some 1,150 families (6,900 individuals) were displaced in Kabo.")
    assert (figure.value, figure.unit) == (1150, "household")


def test_individuals_in_households_written_hh_are_the_same_people(run):
    (figure,) = run("A total of 7,340 IDPs in 1,480 HH were found still displaced in sites in Dikwa.")
    assert (figure.value, figure.unit, figure.location) == (7340, "person", "Dikwa")


def test_a_bare_count_compelled_to_flee_is_people(run):
    (figure,) = run("The shelling has compelled an estimated 12,000 to flee into Moldova since Sunday.")
    assert (figure.value, figure.unit, figure.location) == (12_000, "person", "Moldova")
    # compelled to do something else is no flight
    assert run("The storm killed 12 people and compelled 300 to seek medical care.") == []


def test_a_bare_count_with_an_adverb_before_displaced_or_recorded_as_arrivals_is_people(run):
    (figure,) = run("Yemen remains a grave crisis, with 4.5 million forcibly displaced inside the country.")
    assert (figure.value, figure.unit) == (4_500_000, "person")
    (figure,) = run("Since Monday, 2,600 have been recorded as new arrivals in Kakuma.")
    assert (figure.value, figure.location) == (2600, "Kakuma")
    # recorded as something else is not a displacement word
    assert run("Since Monday, 2,600 have been recorded as cholera cases in Kakuma.") == []


def test_a_count_with_its_noun_in_brackets_after_a_place_is_a_part_of_the_figure(run):
    text = "Raids displaced 61,000 people in Ituri (approx. 40,000 people) and in North Kivu (approx. 21,000 people)."
    assert [(f.value, f.location) for f in run(text)][1:] == [(40_000, "Ituri"), (21_000, "North Kivu")]
    # in another unit it is the same people again, not a part
    assert [f.value for f in run("Raids displaced 61,000 people in Ituri (approx. 12,000 households).")] == [61_000]


def test_a_conversion_in_square_brackets_is_the_same_people(run):
    (figure,) = run('"Between 2,000 and 2,500 families [12,000 to 15,000 people] have fled Jowhar," an elder said.')
    assert (figure.value, figure.value_high, figure.unit) == (2_000, 2_500, "household")


def test_another_count_in_a_place_without_a_noun_counts_the_same_people(run):
    found = run("About 310,000 displaced people live in Bunia and its suburbs, while another 95,000 are in Mahagi.")
    assert [(f.value, f.location) for f in found] == [(310_000, "Bunia"), (95_000, "Mahagi")]
    # another count of something that is not displacement stays out
    assert run("About 40 people were killed in Bunia, while another 95 are in hospital in Mahagi.") == []


def test_a_running_total_with_its_people_noun_sums_the_figure_before(run):
    found = run(
        "Some 3,100 Congolese refugees crossed into Kigoma over the past week, bringing the refugee population in the "
        "region to more than 150,000 people."
    )
    assert [(f.value, f.qualifier) for f in found] == [(3_100, "approximately"), (150_000, "more_than")]


def test_the_same_people_counted_by_household_in_an_aside(run):
    assert [(f.value, f.unit) for f in run("Some 900 people, from 210 households, fled to Mbuvi.")] == [(900, "person")]
    assert [f.value for f in run("Some 900 people fled to Mbuvi, and 210 households reached Kiwanja.")] == [900, 210]


def test_another_clause_s_people_counted_in_brackets_after_their_noun_are_a_figure(run):
    text = "About 12,000 refugees crossed into Uganda and more IDPs (18,000) fled to Bunia."
    assert [(f.value, f.location) for f in run(text)] == [(12_000, "Uganda"), (18_000, "Bunia")]
    # right after the count's own noun, the bracket is the same people again
    (figure,) = run("Some 1,240 households (6,200 individuals) were staying in evacuation centres in Albay.")
    assert (figure.value, figure.unit) == (1240, "household")


def test_a_part_that_finds_itself_in_sites_is_a_part_by_where_it_stays(run):
    found = run(
        "Some 150,000 people are displaced in Sool, of which about 40,000 find themselves in crowded informal "
        "settlements and 9,000 are sleeping in the open, according to OCHA."
    )
    assert [(f.value, f.location) for f in found] == [(150_000, "Sool"), (40_000, "Sool"), (9_000, "Sool")]


def test_a_count_a_place_hosts_in_displacement_sites_counts_people(run):
    (figure,) = run("Baidoa already hosts an estimated 600,000 in 480 IDP sites, the agency said.")
    assert (figure.value, figure.unit, figure.location) == (600_000, "person", "Baidoa")
    # what a district hosts that is not people stays out
    assert run("The district hosts 14 schools in 3 IDP sites.") == []


def test_victims_of_a_disaster_are_people_a_term_may_count(run):
    (figure,) = run("In Johor, more than 3,400 victims have been placed at relief centres.")
    assert (figure.value, figure.unit, figure.location) == (3_400, "person", "Johor")
    (figure,) = run("Nearly 90,000 flood-victims live in tents across Sindh.")
    assert (figure.value, figure.location) == (90_000, "Sindh")
    # victims of a crash that nothing displaced are still no figure
    assert run("The 45 victims of the bus crash in Kericho were identified on Monday.") == []


def test_the_number_of_people_named_by_who_they_are_is_a_count_of_them(run):
    (figure,) = run("That month the total number of undocumented returnees was 8,430 from Pakistan.")
    assert (figure.value, figure.location) == (8_430, "Pakistan")
    (figure,) = run("The clashes pushed the number of internal refugees in Kachin to a staggering 120,000.")
    assert (figure.value, figure.location) == (120_000, "Kachin")
    (figure,) = run("The provincial office put the number of storm victims forced from their homes in Albay at 62,000.")
    assert (figure.value, figure.location) == (62_000, "Albay")
    # victims counted with nothing said of their homes are no figure
    assert run("The number of storm victims in Albay rose to 62,000.") == []


@pytest.mark.parametrize(
    "sentence,unit",
    [
        # a count with no noun, its predicate after a reporting or raising verb, "become", or an adverb
        ("About 7,360 are believed to have fled the Mbulu hills.", "person"),
        ("Some 7,360 were reported to have been displaced in Mbulu.", "person"),
        ("About 7,360 are estimated to have been evacuated from Mbulu.", "person"),
        ("Around 7,360 became displaced in Mbulu after the storm.", "person"),
        ("About 7,360 were safely evacuated from Mbulu overnight.", "person"),
        ("About 7,360 were compelled to flee Mbulu.", "person"),
        # a count with no noun as the object of a cause
        ("The landslide caused about 7,360 to flee their homes in Mbulu.", "person"),
        ("The fire prompted about 7,360 to leave Mbulu.", "person"),
        ("The fire forced about 7,360 to retreat to evacuation centres in Mbulu.", "person"),
        # "with N residents" is what happened to them when a participle follows, not the town's population
        ("Heavy rain hit Mbulu, with some 7,360 residents temporarily relocated.", "person"),
        ("Heavy rain hit Mbulu, with some 7,360 residents evacuated by boat.", "person"),
    ],
)
def test_a_count_tied_to_its_predicate_by_a_reporting_verb_a_cause_or_with(run, sentence, unit):
    assert [(c.value, c.unit) for c in run(sentence) if c.value == 7_360] == [(7_360, unit)]


def test_a_town_with_its_residents_or_a_cause_of_deaths_is_no_figure(run):
    assert run("Mbulu is a small town with some 7,360 residents.") == []
    assert run("The landslide caused about 7,360 deaths in Mbulu.") == []


@pytest.mark.parametrize("people", ["Oromos", "Hazaras", "Amharas", "Hutus", "Pashtuns", "Dinkas", "Nuers"])
def test_peoples_whose_plural_no_suffix_tells_are_people(run, people):
    found = [(c.value, c.unit) for c in run(f"About 6,140 {people} fled to Nzega after the clashes.")]
    assert found == [(6_140, "person")]


@pytest.mark.parametrize(
    "verb",
    ["Floods displaced", "The number of displacements includes", "Officials counted displaced families:"],
)
@pytest.mark.parametrize(
    "each", ["in each of the counties of", "in each of the two districts of", "in each of the provinces of"]
)
def test_the_grid_a_count_with_no_noun_for_each_place_listed_takes_the_figure_s_unit(run, verb, each):
    sentence = f"{verb} around 12,000 people in Balaka and over 9,500 {each} Zomba and Machinga."
    found = [(c.value, c.unit, c.location) for c in run(sentence) if c.value == 9_500]
    assert found == [(9_500, "person", "Zomba"), (9_500, "person", "Machinga")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Floods displaced around 12,000 people in Balaka and killed 95 in each of the counties of Zomba and Machinga.",
        "Floods displaced 12,000 people in Balaka and destroyed 95 in each of the two districts of Zomba and Machinga.",
        "Floods displaced 12,000 people in Balaka; 95 schools closed in each of the provinces of Zomba and Machinga.",
    ],
)
def test_the_grid_another_count_for_each_place_listed_is_no_figure(run, sentence):
    assert 95 not in [c.value for c in run(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The head of Chiuta camp, where Grace sought refuge, said the 1 870 occupants lack clean water.",
        "The 1,870 occupants of the Chiuta displacement camp lack clean water.",
        "About 1,870 occupants of the Chiuta flats were evacuated overnight.",
        "The 1,870 occupants of the Chiuta shelter were moved to two schools.",
    ],
)
def test_the_grid_the_occupants_of_a_camp_or_building_are_people(run, sentence):
    assert [(c.value, c.unit) for c in run(sentence)] == [(1_870, "person")]


@pytest.mark.parametrize(
    "sentence",
    [
        "All 1,870 occupants of the ferry were killed near Chiuta.",
        "The 1,870 occupants of the Chiuta camp were vaccinated against cholera.",
        "The Chiuta camp has room for 1,870 occupants.",
    ],
)
def test_the_grid_occupants_harmed_treated_or_a_capacity_are_no_figure(run, sentence):
    assert run(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "In Chad, the registered refugee population in 12 camps stood at 84,310.",
        "The IDP population in 12 government-run sites rose to 84,310.",
        "The displaced population in 12 collective centres now stands at 84,310.",
        "The returnee caseload in 12 settlements reached 84,310 in May.",
    ],
)
def test_the_grid_a_population_counted_in_its_camps_stands_at_a_figure(run, sentence):
    assert [(c.value, c.unit) for c in run(sentence)] == [(84_310, "person")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The refugee population in 12 camps received 84,310 food parcels.",
        "The refugee population in 12 camps was given 84,310 blankets.",
        "The IDP population in 12 sites stood at 84,310 tonnes of aid delivered.",
    ],
)
def test_the_grid_what_a_population_in_camps_received_is_no_figure(run, sentence):
    assert 84_310 not in [c.value for c in run(sentence)]


# "the number of <a people> <what happened to them> … <verb> N": a people named by its nationality, counted by what
# happened to them, in every verb and tense the count is given with
_PEOPLE_COUNTED_FRAMES = [
    "The number of Sudanese registered as refugees in Chad {verb} 48,500.",
    "The number of Iraqis listed or awaiting listing as refugees in Jordan {verb} 48,500.",
    "The number of Rohingya who have crossed into Bangladesh {verb} 48,500.",
    "The number of Congolese who fled to Uganda {verb} 48,500.",
    "The number of Afghans who have returned to Kabul {verb} 48,500.",
]
_PEOPLE_COUNTED_VERBS = ["had now surpassed", "has passed", "reached", "stood at", "was", "rose to", "has climbed to",
                         "is estimated at", "topped", "exceeded"]  # fmt: skip


@pytest.mark.parametrize("frame", _PEOPLE_COUNTED_FRAMES)
@pytest.mark.parametrize("verb", _PEOPLE_COUNTED_VERBS)
def test_the_grid_the_number_of_a_people_counted_by_what_happened_to_them(run, frame, verb):
    (figure,) = run(frame.format(verb=verb))
    assert (figure.value, figure.unit) == (48_500, "person")
    assert figure.location in ("Chad", "Jordan", "Uganda", "Kabul", "Bangladesh")
    assert figure.location not in ("Sudanese", "Syrians", "Congolese", "Afghans")


@pytest.mark.parametrize(
    "sentence",
    [
        "The number of Ukrainians living in Poland reached 1.3 million.",
        "The number of Afghans killed in the attacks rose to 300.",
        "The number of Iraqis listed as voters in Jordan passed 300,000.",
        "The number of Sudanese registered to receive aid in Chad passed 300,000.",
        "The number of Districts hit by the floods in Sindh rose to 30.",
    ],
)
def test_the_grid_the_number_of_a_people_living_killed_or_registered_for_aid_is_no_figure(run, sentence):
    assert run(sentence) == []


# "…, but the number has since fallen to N": the count before, named again with where it stands now
_NUMBER_AGAIN_FRAMES = [
    "Some 300 households arrived in Kismayo each week; that figure later {verb} about {n} households a week.",
    "Some 2,000 people fled to Goma on Monday, and by Friday the number had {verb} {n}.",
    "Some 2,000 people fled to Goma on Monday; the figure has now {verb} {n}.",
]


@pytest.mark.parametrize("frame", _NUMBER_AGAIN_FRAMES)
@pytest.mark.parametrize("verb", ["fallen to", "dropped to", "risen to", "climbed to", "grown to", "reached"])
def test_the_grid_the_number_named_again_is_the_count_where_it_stands_now(run, frame, verb):
    found = run(frame.format(verb=verb, n="2,500"))
    assert [c.value for c in found][-1] == 2_500
    assert len({c.unit for c in found}) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "Some 2,000 people fled to Goma on Monday, and the number of deaths has since risen to 90.",
        "Some 2,000 people fled to Goma on Monday, and the death toll has since risen to 90.",
        "Floods killed 40 people in Goma and the number has since risen to 90.",
        "Some 2,000 people fled to Goma, where 300 houses burned, and the number has since risen to 900.",
        "Some 2,000 people fled to Goma in 2019 and the number of tourists has since risen to 9,000.",
    ],
)
def test_the_grid_the_number_of_something_else_or_after_another_count_is_no_figure(run, sentence):
    assert [c.value for c in run(sentence)] in ([2_000], [])


# a part of the figure by nationality, with the participle that says which way they came before the nationals: who
# the people are, not a second figure ("… arrived in Bol, which includes 900 Cameroonian nationals and 1,400
# returning Chadian nationals")
_NATIONALS_PART_FRAMES = [
    "About 4,000 people have arrived in Bol since June. That includes 900 Cameroonian nationals as well as {n} "
    "{participle} {who}.",
    "About 4,000 people have arrived in Bol since June, including {n} {participle} {who}.",
    "About 4,000 people have arrived in Bol since June; these include 900 Cameroonians and {n} {participle} {who}.",
    "About 4,000 people have arrived in Bol since June, among them {n} {participle} {who}.",
    "About 4,000 people have arrived in Bol since June, of whom {n} are {participle} {who}.",
]


@pytest.mark.parametrize("frame", _NATIONALS_PART_FRAMES)
@pytest.mark.parametrize("participle", ["returning", "newly arrived", "arriving", "fleeing"])
@pytest.mark.parametrize("who", ["Chadian nationals", "Chad nationals", "Chadian citizens", "Chadians", "Sudanese"])
def test_the_grid_a_part_by_nationality_with_a_participle_is_no_second_figure(run, frame, participle, who):
    assert [c.value for c in run(frame.format(n="1,400", participle=participle, who=who))] == [4_000]


@pytest.mark.parametrize(
    "sentence",
    [
        # no cue of a part: a figure of its own
        "About 4,000 people have arrived in Bol since June, and 1,400 returning Chadian nationals reached Mao.",
        "Some 1,400 returning Chadian nationals have arrived in Bol since June.",
        # the cue in another sentence, a figure of its own after it
        "The camp includes a school. Some 1,400 returning Chadian nationals have arrived in Bol since June.",
    ],
)
def test_the_grid_returning_nationals_with_no_part_cue_stay_a_figure(run, sentence):
    assert 1_400 in [c.value for c in run(sentence)]


# people of a place counted again by household after "from", "in" or "of": the same people, not a second figure
_RESIDENTS_BY_HOUSEHOLD_FRAMES = [
    "More than 1,900 {who} {prep} 420 {unit} fled to schools in Quelimane.",
    "Floods forced 1,900 {who} {prep} 420 {unit} to move to tents in Quelimane.",
    "In Quelimane, 1,900 {who} {prep} 420 {unit} have been evacuated.",
]


@pytest.mark.parametrize("frame", _RESIDENTS_BY_HOUSEHOLD_FRAMES)
@pytest.mark.parametrize("who", ["residents", "villagers", "inhabitants"])
@pytest.mark.parametrize("prep", ["from", "in", "of"])
@pytest.mark.parametrize("unit", ["families", "households"])
def test_the_grid_residents_counted_again_by_household_are_one_figure(run, frame, who, prep, unit):
    assert [c.value for c in run(frame.format(who=who, prep=prep, unit=unit))] == [1_900]


@pytest.mark.parametrize(
    "sentence",
    [
        # two clauses, two figures
        "More than 1,900 residents fled to schools in Quelimane and 420 families were evacuated from Mocuba.",
        # households of another sentence
        "More than 1,900 residents fled to schools in Quelimane. Another 420 families were moved to tents in Mocuba.",
    ],
)
def test_the_grid_households_of_another_clause_stay_their_own_figure(run, sentence):
    assert 420 in [c.value for c in run(sentence)]


# a running count of displacements (not of people) brought, raised or standing at a number: the people displaced
@pytest.mark.parametrize(
    "sentence, values",
    [
        ("Raids displaced 3,000 people and took the total number of recorded displacements in Ituri past 40,000.",
         [3_000, 40_000]),
        ("The new clashes bring the number of displacements recorded in Ituri this year to some 85,000.", [85_000]),
        ("The district's number of displacements has risen to nearly 12,500.", [12_500]),
        ("This year the number of new displacements across the region reached 210,000.", [210_000]),
        ("The tally of displacements since January stood at about 64,000 on Friday.", [64_000]),
        # near-misses: places, events or sites of displacement counted; other things brought to a number
        ("The province's number of displacement sites climbed to 140.", []),
        ("The number of displacement events recorded this year reached 320.", []),
        ("The rains brought the total number of houses destroyed to 4,300.", []),
        ("The clashes brought the number of deaths in the province to 210.", []),
    ],
)  # fmt: skip
def test_the_grid_a_count_of_displacements_brought_to_a_number(run, sentence, values):
    assert [c.value for c in run(sentence)] == values


# a count with no noun, followed by "who" and what happened to the people: "some 1,200 who fled the clashes"
@pytest.mark.parametrize(
    "sentence, values",
    [
        ("Some 1,200 who fled the clashes have reached Bor.", [1_200]),
        ("Of them, over 2,300 who had taken refuge in the Bor camp were moved, the agency said.", [2_300]),
        ("Nearly 900 who were displaced by the floods are staying in schools in Kurigram.", [900]),
        ("The agency counted 4,100 who had been evacuated from the coast.", [4_100]),
        ("About 650 who have fled since Monday are sheltering in Gode.", [650]),
        ("Among them were 300 who found refuge in a church in Beni.", [300]),
        # near-misses: a count with no noun whose clause says no displacement; the dead; those counted for aid
        ("Some 1,200 who attended the meeting voted for the plan.", []),
        ("The attack killed 30 who were fleeing the town.", []),
        ("Food was given to 900 who were displaced by the floods.", []),
        ("About 650 who live near the dam were consulted.", []),
        ("Some 9,000 refugees remain in Chad, out of more than 60,000 who crossed in 2021.", [9_000]),
        ("The army moved 40,000 people out of the valley, including 12,000 who were taken by truck.", [40_000]),
    ],
)  # fmt: skip
def test_the_grid_a_count_without_noun_then_who_and_displacement(run, sentence, values):
    assert [c.value for c in run(sentence)] == values


# a part of a whole whose count has its own qualifier ("4,200 of the more than 11,000 people living there"): the part
# takes the whole's noun, and the whole (the population) is no figure, as without the qualifier
_PART_OF_QUALIFIED_WHOLE_FRAMES = [
    "At least 4,200 of the {q} 11,000 people living near the volcano had been evacuated.",
    "Some 4,200 of the {q} 11,000 residents of Goma have fled.",
    "In Kasese, 4,200 of {q} 11,000 villagers were moved to schools.",
    "Nearly 4,200 of Kasese's {q} 11,000 families were displaced when the river burst.",
]


@pytest.mark.parametrize("frame", _PART_OF_QUALIFIED_WHOLE_FRAMES)
@pytest.mark.parametrize("q", ["more than", "roughly", "nearly", "over", "some", "about"])
def test_the_grid_a_part_of_a_qualified_whole_takes_its_noun(run, frame, q):
    assert [c.value for c in run(frame.format(q=q))] == [4_200]


@pytest.mark.parametrize(
    "sentence",
    [
        # near-misses: the part is no one displaced
        "Some 4,200 of the more than 11,000 houses in Goma were destroyed.",
        "About 4,200 of roughly 11,000 residents were injured in the blast.",
        "Nearly 4,200 of the more than 11,000 people in the camp need food aid.",
    ],
)
def test_the_grid_a_part_of_a_qualified_whole_that_is_not_displaced_is_nothing(run, sentence):
    assert [c.value for c in run(sentence)] == []


# a second estimate of the same count, later in its sentence: "… though aid groups put the figure at 50,000"
@pytest.mark.parametrize(
    "sentence, values",
    [
        ("Some 32,000 people have fled Rakhine, though aid groups put the figure at 50,000.", [32_000, 50_000]),
        ("The UN says 60,000 people have fled Bambari, with church leaders placing the figure much higher, at 95,000.",
         [60_000, 95_000]),
        ("Some 8,000 families were displaced in Sindh, but the province puts the number closer to 11,000.",
         [8_000, 11_000]),
        ("Police said 4,000 residents were evacuated, and volunteers estimated the total at nearly 6,500.",
         [4_000, 6_500]),
        ("At least 2,000 people fled Kaya, and local leaders put the number as high as 3,500.", [2_000, 3_500]),
        # near-misses: another count's figure (the dead, the cost), or a figure of no displacement
        ("The storm killed 40 people, and officials put the figure at 60.", []),
        ("Some 3,000 homes were destroyed, and engineers put the cost at 20 million dollars.", []),
        ("Some 3,000 homes were destroyed, and engineers put the number at 3,500.", []),
        ("About 2,000 people fled Kaya, and officials put the number of deaths at 35.", [2_000]),
    ],
)  # fmt: skip
def test_the_grid_a_second_estimate_of_the_same_count(run, sentence, values):
    assert [c.value for c in run(sentence)] == values


# a household count restated in people, in the other ways reports write the restatement: a double hyphen, the
# household abbreviation in brackets, a participle between the count's noun and the bracket, people first and their
# households in brackets
_HOUSEHOLDS_RESTATED_FRAMES = [
    "Officials said {first} families -- around {second} people -- are staying in 41 evacuation centres in Aurora.",
    "In Aurora, {first} families -- some {second} persons -- fled the rising river.",
    "More than {first} households (hh) approximately {second} people fled the Busia floods this week.",
    "Over {first} households (HH), or about {second} individuals, were evacuated from Busia.",
    "Latest counts put the dead at 12 with {first} households displaced (an estimated {second} people) in Nsanje.",
    "Some {first} families evacuated (about {second} persons) are staying at schools in Nsanje.",
    "Some {first} families were displaced (roughly {second} people) by the storm in Nsanje.",
]


@pytest.mark.parametrize("frame", _HOUSEHOLDS_RESTATED_FRAMES)
def test_the_grid_a_household_count_restated_in_people_is_one_figure(run, frame):
    assert [(c.value, c.unit) for c in run(frame.format(first="2,130", second="11,400"))] == [(2_130, "household")]


@pytest.mark.parametrize(
    "sentence, values",
    [
        # people first, their households in brackets: the same people
        ("Some 640 Armenians (150 families) who fled the shelling have returned to Goris.", [640]),
        ("Around 3,200 villagers (710 households) were evacuated from Mopti.", [3_200]),
        ("About 900 returnees (210 HHs) have come back to Kalma.", [900]),
        # near-misses that must still give each figure: two clauses with their own verbs, a part placed in brackets
        ("Some 640 people fled Goris and 150 families (about 700 people) left Kapan.", [640, 150]),
        ("The raids displaced 9,000 people in Ituri (about 6,000 people) and in Tanganyika (about 3,000 people).",
         [9_000, 6_000, 3_000]),
        ("About 2,400 households -- 300 of them in Tete -- fled the floods.", [2_400, 300]),
        ("Clashes displaced 4,000 families in Masisi (1,200 households) and Rutshuru (2,800 households).",
         [4_000, 1_200, 2_800]),
    ],
)  # fmt: skip
def test_the_grid_households_in_brackets_after_people_are_the_same_people(run, sentence, values):
    assert [c.value for c in run(sentence)] == values


# homes restated in people ("700 homes, or about 4,100 people"): the homes are the households, the people the same
# households again; near-misses: homes that were destroyed, and homes and people of two clauses
@pytest.mark.parametrize(
    "sentence, values",
    [
        ("Over 700 homes, or about 4,100 people, fled their villages near Ouallam.", [(700, "household")]),
        ("Some 900 homes (about 5,400 people) fled the fighting in Ouallam.", [(900, "household")]),
        ("In Ouallam, 900 homes – some 5,400 people – were moved into the primary school.", [(900, "household")]),
        ("The floods destroyed 1,500 homes (10,600 people) in Ouallam.", []),
        ("About 1,500 homes were destroyed and 10,600 people fled Ouallam.", [(10_600, "person")]),
    ],
)  # fmt: skip
def test_the_grid_homes_restated_in_people_are_households(run, sentence, values):
    assert [(c.value, c.unit) for c in run(sentence)] == values


# people named only to say whose places are counted ("14 displaced persons camps", "9 IDPs' sites"): a count of
# camps, centres or sites, not of people; near-misses: the people themselves with a verb of their own (singular
# "camp", "shelter"), in camps, or camps named after a comma, still give their figure
@pytest.mark.parametrize(
    "sentence, values",
    [
        ("Kirkuk province still runs 14 displaced persons camps, holding some 23,500 people.", [23_500]),
        ("Ituri counts 9 internally displaced people's sites where 41,000 people have taken refuge.", [41_000]),
        ("The authorities closed 6 displaced persons' camps in Anbar, and 3,100 families returned home.",
         [(3_100, "household")]),
        ("There are 12 internally displaced persons (IDP) camps in Dohuk hosting 87,000 displaced people.", [87_000]),
        ("The agency manages 27 IDPs settlements in Baidoa, sheltering about 62,000 displaced people.", [62_000]),
        ("Over 40 evacuees centres opened in Leyte after 15,200 people fled the storm.", [15_200]),
        # near-misses: the people with a verb, a place of their own, or a comma before the camps
        ("About 2,300 displaced persons camp in the open near Bunia after the raid.", [2_300]),
        ("Some 1,800 internally displaced people fled to the camps around Kalehe.", [1_800]),
        ("Around 5,400 displaced persons in camps near Dohuk were moved after the fire.", [5_400]),
        ("Nearly 3,700 IDPs, camps already full, fled towards Beni.", [3_700]),
    ],
)  # fmt: skip
def test_the_grid_people_named_before_the_camps_they_count_give_no_figure(run, sentence, values):
    found = run(sentence)
    assert len(found) == len(values)
    got = [(c.value, c.unit) if isinstance(v, tuple) else c.value for c, v in zip(found, values, strict=True)]
    assert got == values


# a place told by the number living there ("a city of 2 million inhabitants"): its population, not a figure; near-misses
# with the inhabitants moved, and a place's inhabitants counted as displaced, still give their figure
@pytest.mark.parametrize(
    "sentence, values",
    [
        ("Floods hit Tete, a city of 300,000 inhabitants, and 4,200 people fled to higher ground.", [4_200]),
        ("The storm struck a province of about 1.2 million inhabitants, forcing 16,000 people into shelters.",
         [16_000]),
        ("In the island, of some 85,000 inhabitants, 2,300 people were evacuated by boat.", [2_300]),
        ("The shelling of Kherson forced 3,000 inhabitants to leave the city.", [3_000]),
        ("Some 12,000 inhabitants of the town fled the lava flows.", [12_000]),
        ("The evacuation of 8,500 inhabitants of Nampula district began on Monday.", [8_500]),
    ],
)  # fmt: skip
def test_the_grid_a_place_told_by_its_inhabitants_gives_no_figure(run, sentence, values):
    assert [c.value for c in run(sentence)] == values


# a count in words with its households in brackets after its noun: the households are the same people again, as
# they are after a count in digits; near-misses: a second clause's own count in brackets
@pytest.mark.parametrize(
    "sentence, values",
    [
        ("The school in Kanyosha is housing five victims (two families).", [5]),
        ("The hall in Kanyosha is sheltering nine hundred people (two hundred families).", [900]),
        ("The hall in Kanyosha is sheltering 900 people (200 families).", [900]),
        ("The church in Kanyosha is housing twelve evacuees (three households) since Monday.", [12]),
        # near-misses
        ("Some 300 families (1,500 people) fled Kanyosha.", [300]),
    ],
)  # fmt: skip
def test_the_grid_households_in_brackets_after_a_count_in_words_are_a_conversion(run, sentence, values):
    assert [c.value for c in run(sentence)] == values


# a move's name set before another noun counts those things, not people: "N evacuation orders", "N evacuation
# warnings", flights, convoys, trips, operations, alerts, plans; near-misses: the people a bus or an operation moved,
# a count a displacement verb or noun governs, displacements counted, people named by the move ("relocation families")
@pytest.mark.parametrize(
    "sentence, values",
    [
        ("The county now has 25 evacuation orders in force along its coast.", []),
        ("There are also five evacuation warnings that cover about 310,000 people.", []),
        ("The council has issued 12 evacuation orders and 8 evacuation warnings for the valley.", []),
        ("Police carried out 40 evacuation operations in Tumu overnight.", []),
        ("Some 14 evacuation flights left Kinston on Sunday.", []),
        ("The army ran 30 evacuation convoys from Tumu.", []),
        ("Officials issued 6 displacement alerts for the district.", []),
        ("Rescuers made 120 evacuation trips by boat in Kinston.", []),
        ("Some 12 relocation plans were approved for Tumu.", []),
        # near-misses
        ("About 25 evacuation buses carried 1,100 people out of Tumu.", [1_100]),
        ("Some 1,200 evacuated from Tumu on Sunday.", [1_200]),
        ("The floods caused 4,500 displacements in Tumu.", [4_500]),
        ("The floods triggered 4,500 displacement in Tumu last week.", [4_500]),
        ("Some 3,000 displaced in Tumu were moved again.", [3_000]),
        ("More than 800 returnee families reached Tumu.", [800]),
        ("The operation moved 900 relocation families to Kinston.", [900]),
    ],
)  # fmt: skip
def test_the_grid_a_moves_name_before_another_noun_counts_no_people(run, sentence, values):
    assert [c.value for c in run(sentence)] == values


# a count restated in the other unit is the same figure, whatever words restate it: "which corresponds to", "that
# amounts to", "corresponding to", "equal to", "the equivalent of", after the noun or after the verb; near-misses:
# two counts with their own verbs or places, and a restatement that is no count of people
@pytest.mark.parametrize(
    "sentence, values",
    [
        ("The registry holds 61,800 displaced persons, which corresponds to 12,900 families.", [61_800]),
        ("Some 8,400 people have been displaced, which corresponds to about 1,700 households.", [8_400]),
        ("The floods displaced 8,400 people, corresponding to 1,700 households.", [8_400]),
        ("The floods displaced 1,700 households, equal to around 8,400 people.", [1_700]),
        ("The floods displaced 1,700 households, which amounts to some 8,400 people.", [1_700]),
        ("Around 2,100 families, which is equivalent to 10,500 people, fled Tumu.", [2_100]),
        ("The storm uprooted 10,500 people, the equivalent of 2,100 families.", [10_500]),
        # near-misses
        ("About 8,400 people were displaced in Tumu, while 1,700 families were relocated in Kinston.", [8_400, 1_700]),
        ("The floods displaced 8,400 people, which amounts to a third of the town.", [8_400]),
    ],
)  # fmt: skip
def test_the_grid_a_count_restated_in_the_other_unit_is_one_figure(run, sentence, values):
    assert [c.value for c in run(sentence)] == values


# a headline set in title case names the people with capitalised words before the noun as running text does in
# lower case ("3,000 Flood Victims", "800 Fishing Families"), whatever the verb, tense or voice; near-misses: the
# same headline counting deaths, aid, houses, money or things, and people whom no displacement word governs
@pytest.mark.parametrize(
    "sentence, values",
    [
        ("3,000 Flood Victims Sheltered In Tumu Schools", [3_000]),
        ("Over 3,000 Flood Victims Now Live In Relief Camps Near Tumu", [3_000]),
        ("Nearly 1,200 Storm Victims Moved To Kinston Evacuation Centres", [1_200]),
        ("About 450 Quake Survivors Remain In Tents Outside Tumu", [450]),
        ("2,500 Fire Evacuees Return Home To Kinston", [2_500]),
        ("Tumu: 900 Fishing Families Evacuated As Cyclone Nears", [900]),
        ("Some 600 Riverside Households Displaced By Rising Water In Kinston", [600]),
        ("4,000 Sudanese Refugees Cross Into Tumu In A Week", [4_000]),
        ("Camps Near Tumu Host 5,000 Flood Victims", [5_000]),
        # near-misses
        ("12 Flood Victims Buried In Tumu", []),
        ("3 Red Cross Workers Killed In Ambush Near Kinston", []),
        ("300 Flood Victims Receive Food Parcels In Tumu", []),
        ("1,500 Flood Houses Rebuilt In Kinston", []),
        ("Tumu Pledges 2 Million Dollars For Flood Victims", []),
        ("400 Relief Tents Sent To Kinston Camps", []),
        ("2,000 Storm Victims Treated In Tumu Hospitals", []),
    ],
)  # fmt: skip
def test_the_grid_a_title_case_headline_names_its_people_with_capitalised_words(run, sentence, values):
    assert [c.value for c in run(sentence)] == values


# a count restated in the other unit is the same people again, however the restatement opens: a total word inside
# the bracket ("(totalling 210 people)", "(a total of 210 people)"), "or" after a dash, or "totalling" with no comma;
# the unit the text gives first is the figure; near-misses: a part in the bracket, two clauses' own counts, a
# breakdown by place between dashes, and a dash aside with no count of people after it
@pytest.mark.parametrize(
    "sentence, values",
    [
        ("To keep them safe, 45 households (totalling 210 people) were moved to a school in Tumu.", [45]),
        ("To keep them safe, 45 households (totaling 210 people) were moved to a school in Tumu.", [45]),
        ("To keep them safe, 45 households (a total of 210 people) were moved to a school in Tumu.", [45]),
        ("To keep them safe, 45 households [totalling 210 people] were moved to a school in Tumu.", [45]),
        ("Some 1,200 households – or 6,400 people – have fled the rising river in Tumu.", [1_200]),
        ("Some 1,200 families - or 6,400 persons - have fled the rising river in Tumu.", [1_200]),
        ("Tumu counts 6,400 displaced individuals – or 1,200 households – in 30 evacuation centres.", [6_400]),
        ("Some 60 households totalling 280 people fled to Borova.", [60]),
        ("Borova camp shelters 60 families comprising 280 people.", [60]),
        # near-misses
        ("To keep them safe, 45 households (including 210 children) were moved to a school in Tumu.", [45]),
        ("In Tumu 45 households were evacuated and in Borova 210 people fled.", [45, 210]),
        ("About 120 families – 80 in Tumu and 40 in Borova – fled the floods.", [120, 80, 40]),
        ("About 120 families fled Tumu – 300 people fled Borova the next day.", [120, 300]),
        ("About 120 families fled to Tumu - or so officials said - and 300 people fled to Borova.", [120, 300]),
    ],
)  # fmt: skip
def test_the_grid_a_count_restated_in_the_other_unit_is_the_same_people(run, sentence, values):
    assert [c.value for c in run(sentence)] == values


# a list of places, each with its count and noun in brackets, parts the figure before it by place however the list is
# joined (a comma, a semicolon, "and" with or without a comma, a dash, "followed by"), whether a place word follows
# the name ("Gedaref zone") and whether a share sits in the brackets too ("(800 HHs, 27%)"); near-misses: the same
# lists counting deaths, houses, schools or money give nothing
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Floods displaced 2,400 families in Kassala (900 families), Gedaref (800 families) and Sennar (700 families).",
         [(900, "Kassala"), (800, "Gedaref"), (700, "Sennar")]),
        ("Rains displaced 2,400 families in Kassala (900 families), Gedaref (800 families), and Sennar (700 families).",
         [(900, "Kassala"), (800, "Gedaref"), (700, "Sennar")]),
        ("Floods displaced 2,400 families in Kassala (900 families); Gedaref (800 families); Sennar (700 families).",
         [(900, "Kassala"), (800, "Gedaref"), (700, "Sennar")]),
        ("Fighting uprooted 1,700 HHs in Kassala (900 HHs) – Gedaref (800 HHs).",
         [(900, "Kassala"), (800, "Gedaref")]),
        ("Some 5,100 displaced people were sheltering in Kassala (3,000 people) and Gedaref (2,100 people).",
         [(3_000, "Kassala"), (2_100, "Gedaref")]),
        ("Some 4,000 IDPs had fled to Kassala (2,500 persons) and Gedaref zone (1,500 persons).",
         [(2_500, "Kassala"), (1_500, "Gedaref")]),
        ("About 3,000 households were displaced in Kassala (1,800 HHs, 60%) and Gedaref (1,200 HHs, 40%).",
         [(1_800, "Kassala"), (1_200, "Gedaref")]),
        ("Most of the 3,000 displaced families went to Kassala (1,500 families), followed by Gedaref (900 families).",
         [(1_500, "Kassala"), (900, "Gedaref")]),
        ("Rains forced 640 individuals to evacuate in Kassala (400 individuals) and Sennar (240 individuals).",
         [(400, "Kassala"), (240, "Sennar")]),
        # near-misses
        ("Shelling killed 60 people in Kassala (25 people), Gedaref (20 people) and Sennar (15 people).", []),
        ("Floods destroyed 2,400 houses in Kassala (900 houses) and Gedaref (800 houses).", []),
        ("Floods shut 21 schools in Kassala (12 schools) and Gedaref (9 schools).", []),
        ("Donors gave 5 million dollars in Kassala (3 million dollars) and Gedaref (2 million dollars).", []),
    ],
)  # fmt: skip
def test_the_grid_a_list_of_places_with_bracketed_counts_parts_the_figure(run, text, expected):
    found = [(c.value, c.location) for c in run(text)]
    assert found[-len(expected) :] == expected if expected else found == [], found


# a count restated in the other unit by a word of making up ("comprising", "forming", "making up") with no dash or
# after one, or after the people's letters in brackets ("persons (IDPs) or"): the unit given first is the figure;
# near-misses: two clauses each with their own count and verb, and "or" with a count of something else after it
@pytest.mark.parametrize(
    "sentence, values",
    [
        ("Two evacuation centres in Tumu hold 1,420 internally displaced persons (IDPs) or 310 families.", [1_420]),
        ("About 3,000 displaced people (IDPs), or 600 households, have fled Dalmo.", [3_000]),
        ("Some 5,200 displaced individuals comprising 930 households were counted in 40 sites in Kobra.", [5_200]),
        ("The survey found 8,100 displaced persons forming 1,500 households in Tumu.", [8_100]),
        ("Some 2,600 displaced people making up 520 households remain in Tumu.", [2_600]),
        ("Some 2,110 families—comprising 9,870 individuals—fled Dalmo last week.", [2_110]),
        ("Some 410 households – comprising 2,050 people – were evacuated from Kobra.", [410]),
        # near-misses
        ("Some 1,420 people were displaced in Tumu, and 310 families were evacuated in Kobra.", [1_420, 310]),
        ("About 700 families fled Dalmo, and 2,000 people sought shelter in Kobra.", [700, 2_000]),
        ("Over 600 households – 2,400 people – were evacuated, and 300 families fled Tumu.", [600, 300]),
        ("About 6,000 people fled Tumu, or 1,100 more than last week.", [6_000]),
    ],
)  # fmt: skip
def test_the_grid_a_count_restated_by_a_word_of_making_up_is_the_same_people(run, sentence, values):
    assert [c.value for c in run(sentence)] == values


# who a part of the figure is, its cue after the count ("5 of them were children", "90 of whom are women") or a list
# of who they are after "being" or "namely": no second figure; near-misses: a part by place after the same cue, and
# the figure itself
@pytest.mark.parametrize(
    "sentence, values",
    [
        ("Some 60 residents of Kobra fled the mudslide, 14 of them were children.", [60]),
        ("About 240 people were evacuated from Tumu, 90 of them children.", [240]),
        ("About 240 people were evacuated from Tumu, 90 of whom were children.", [240]),
        ("About 310 people fled Dalmo, 120 of whom are women.", [310]),
        ("About 3,300 refugees returned to Tumu last month, being 900 men, 1,100 women and 1,300 children.", [3_300]),
        ("About 8,400 refugees returned to Tumu, namely 2,100 men, 2,300 women and 4,000 children.", [8_400]),
        # near-misses
        ("About 240 people were evacuated from Tumu, 90 of them from Kobra.", [240, 90]),
        ("About 240 children were evacuated from Tumu.", [240]),
    ],
)  # fmt: skip
def test_the_grid_who_a_part_is_told_after_its_count_is_no_second_figure(run, sentence, values):
    assert [c.value for c in run(sentence)] == values


# the first part of a figure by place, with no noun of its own, opened by "with", a bracket or "while another", and
# with or without a verb ("are in", "were from", "are now at"), takes the figure's unit as the parts after it do;
# near-misses: the same parts after deaths, houses or money, and a count after "with room for"
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Storms displaced 9,400 people, with 6,100 in Oruro and 3,300 in Potosí.",
         [(9_400, "person"), (6_100, "person"), (3_300, "person")]),
        ("Storms displaced 9,400 people, with about 6,100 in Oruro.", [(9_400, "person"), (6_100, "person")]),
        ("Storms displaced 9,400 people, with nearly 6,100 at Oruro and 3,300 at Potosí.",
         [(9_400, "person"), (6_100, "person"), (3_300, "person")]),
        ("Landslides displaced 2,050 families, with 1,250 in Oruro and 800 in Potosí.",
         [(2_050, "household"), (1_250, "household"), (800, "household")]),
        ("IDPs registered by the ministry numbered 81 000 by June, with 52 000 in Oruro and 29 000 in Potosí.",
         [(81_000, "person"), (52_000, "person"), (29_000, "person")]),
        ("Rains uprooted about 9,400 residents of the altiplano (6,100 in Oruro department, 3,000 in Potosí "
         "department and 300 in Tarija).", [(9_400, "person"), (6_100, "person"), (3_000, "person"), (300, "person")]),
        ("Some 9,400 people have been displaced (about 6,100 in Oruro and 3,300 in Potosí).",
         [(9_400, "person"), (6_100, "person"), (3_300, "person")]),
        ("Landslides forced 9,200 people from their villages in Oruro, while another 2,200 are from Potosí and 900 "
         "from Tarija.", [(9_200, "person"), (2_200, "person"), (900, "person")]),
        ("About 9,400 people were evacuated, with 6,100 now in Oruro and 3,300 in Potosí.",
         [(9_400, "person"), (6_100, "person"), (3_300, "person")]),
        # near-misses
        ("Shelling killed 64 people, with 41 in Oruro and 23 in Potosí.", []),
        ("Storms destroyed 2,400 houses, with 1,600 in Oruro and 800 in Potosí.", []),
        ("Donors pledged 7 million dollars, with 4 million in Oruro.", []),
        ("Storms displaced 9,400 people, with room for 600 in Oruro's stadium.", [(9_400, "person")]),
        # the same count again for the same place is the figure again
        ("Storms displaced 9,400 people in Oruro, with 9,400 in Oruro.", [(9_400, "person")]),
    ],
)  # fmt: skip
def test_the_grid_the_first_part_by_place_with_no_noun_takes_the_figures_unit(run, text, expected):
    assert [(c.value, c.unit) for c in run(text)] == expected


# households by their letters after a word that says who they are ("returnee HHs", "affected HH", "IDP HHs"), and
# people after a word's capital letters ("CAR refugees", "DRC returnees"), are counted in their unit; near-misses:
# houses, staff, deaths and aid after the same words give nothing
@pytest.mark.parametrize(
    "text, expected",
    [
        ("In all, 1,460 returnee HHs were recorded in Kindu.", [(1_460, "household")]),
        ("The Lukuga camp is hosting 318 affected HHs.", [(318, "household")]),
        ("The Lukuga camp is hosting 318 affected HH.", [(318, "household")]),
        ("Clashes displaced 2,740 IDP HHs in Kindu.", [(2_740, "household")]),
        ("Clashes displaced 2,740 newly displaced hhs in Kindu.", [(2_740, "household")]),
        ("Kindu has received 4,120 CAR refugees since June.", [(4_120, "person")]),
        ("Since June, 4,120 DRC refugees have arrived in Kindu.", [(4_120, "person")]),
        ("About 4,120 CAR refugees fled to Kindu last week.", [(4_120, "person")]),
        # near-misses
        ("Floods destroyed 620 CAR houses in Kindu.", []),
        ("The agency sent 120 UN staff to Kindu.", []),
        ("Shelling killed 35 CAR refugees in Kindu.", []),
        ("Food aid reached 900 affected HHs in Kindu.", []),
    ],
)  # fmt: skip
def test_the_grid_households_by_their_letters_and_people_after_capital_letters_are_counted(run, text, expected):
    assert [(c.value, c.unit) for c in run(text)] == expected


# the place of a part with no noun is the one named right after it, with or without its verb ("are from", "were in")
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Landslides forced 9,200 people from their villages in Oruro, while another 2,200 are from Potosí and 900 "
         "from Tarija.", [(9_200, "Oruro"), (2_200, "Potosí"), (900, "Tarija")]),
        ("Storms displaced 9,400 people around Oruro, with 6,100 now in Challapata and 3,300 in Huanuni.",
         [(9_400, "Oruro"), (6_100, "Challapata"), (3_300, "Huanuni")]),
    ],
)  # fmt: skip
def test_the_grid_a_part_with_no_noun_takes_the_place_named_after_it(run, text, expected):
    assert [(c.value, c.location) for c in run(text)] == expected


# round 13: a list of places that goes on from a figure after "followed by" or "then", each place with its count in
# brackets or after "with", the first part bracketed or not ("… in Gao, with 1,200 families, followed by Mopti (640
# families)", "… followed by Mopti with 640 families and Kayes with 310 families"): every count is a part of the
# figure by place, in the unit of the figure; near-misses: the same lists counting houses, deaths or money give
# nothing, and a count after "followed by" with no place before its "with" stays where the figure is
@pytest.mark.parametrize(
    "first",
    ["Most of the new displacement was recorded in Gao, with 1,200 families,",
     "Most of the new displacement was recorded in Gao with 1,200 families,",
     "Gao received 1,200 displaced families,", "About 1,200 families have been uprooted in Gao,",
     "In March, 1,200 families fled to Gao (1,200 families),"],
)  # fmt: skip
@pytest.mark.parametrize(
    "rest",
    ["followed by Mopti (640 families), then Kayes (310 families).",
     "followed by Mopti with 640 families and Kayes with 310 families.",
     "followed by Mopti with 640 families, then Kayes with 310 families.",
     "followed by Mopti region with 640 families, then Kayes (310 families)."],
)  # fmt: skip
def test_grid_a_list_of_places_after_followed_by_parts_the_figure(run, first, rest):
    found = [(c.value, c.unit, c.location) for c in run(f"{first} {rest}")]
    assert found[-2:] == [(640, "household", "Mopti"), (310, "household", "Kayes")], found
    assert found[0][:2] == (1_200, "household") and found[0][2] == "Gao", found


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Floods destroyed 1,200 houses in Gao, followed by Mopti with 640 houses.", []),
     ("The clashes killed 120 people in Gao, followed by Mopti with 64 people.", []),
     ("Donors gave 1,200 dollars in Gao, followed by Mopti with 640 dollars.", []),
     ("About 1,200 families have been uprooted in Gao, followed by a second wave of 640 families.",
      [(1_200, "Gao"), (640, "Gao")])],
)  # fmt: skip
def test_lists_after_followed_by_that_are_no_parts_by_place(run, text, expected):
    assert [(c.value, c.location) for c in run(text)] == expected


# the same list going on after "in addition to", "as well as" or "and", each count with its noun and its place, or
# the same count for every place after "in each of"; near-misses: houses, and a count with a verb of its own
@pytest.mark.parametrize(
    "joint", ["in addition to", "as well as", "along with", "and in addition to"],
)  # fmt: skip
@pytest.mark.parametrize(
    "first",
    ["Most of the new displacement was recorded in Gao, with 1,200 families,", "About 1,200 families fled to Gao,"],
)  # fmt: skip
def test_grid_a_list_of_places_after_in_addition_to_parts_the_figure(run, joint, first):
    found = [
        (c.value, c.location)
        for c in run(f"{first} {joint} 90 families in each of Kayes and Sikasso, and 40 families in Koulikoro.")
    ]
    assert found == [(1_200, "Gao"), (90, "Kayes"), (90, "Sikasso"), (40, "Koulikoro")], found


@pytest.mark.parametrize(
    ("text", "expected"),
    [("About 1,200 families fled to Gao, in addition to 90 houses in Kayes.", [(1_200, "Gao")]),
     ("About 1,200 families fled to Gao, as well as 90 families in Kayes that received seeds.", [(1_200, "Gao")]),
     ("About 1,200 people fled to Gao, as well as 90 families in Kayes.", [(1_200, "Gao")])],
)  # fmt: skip
def test_lists_after_in_addition_to_that_are_no_parts_by_place(run, text, expected):
    assert [(c.value, c.location) for c in run(text)] == expected


# a figure spread over places in a list after a colon in the next sentence ("These people are spread as follows: Gao
# 9,100, Kidal 300"): each count a part of the figure, with the place right before it; near-misses: the same list of
# deaths or of people in need gives no part
@pytest.mark.parametrize(
    "opening", ["These people are spread as follows:", "The displaced are spread as follows:", "Breakdown by region:"]
)
def test_grid_a_figure_spread_as_follows_over_places(run, opening):
    found = run(
        f"OCHA said 48,200 people were displaced in the country. {opening} Gao 9,100, Kidal 300 and Menaka 7,500."
    )
    assert [(c.value, c.location) for c in found][1:] == [(9_100, "Gao"), (300, "Kidal"), (7_500, "Menaka")]


@pytest.mark.parametrize(
    "listed", ["The dead are spread as follows: Gao 12, Kidal 3.", "Those in need by region: Gao 1,200, Kidal 300."]
)
def test_lists_as_follows_that_are_no_parts(run, listed):
    assert [c.value for c in run(f"OCHA said 48,200 people were displaced in the country. {listed}")] == [48_200]


# the same people counted again by household: after "in" or "from" with a people's noun, or after a count with no
# noun of its own behind a dash or a bracket
@pytest.mark.parametrize(
    "sentence, values",
    [
        ("In Pahang, the number of flood evacuees rose to 6,120 – from 1,730 families – by Sunday morning.",
         [6_120]),
        ("In Kelantan, the number of evacuees at relief centres dropped to 940 (from 260 families) overnight.",
         [940]),
        ("In Perak, the evacuees numbered 2,310 - from 655 families - housed in 14 relief centres.", [2_310]),
        ("About 650 people in 140 households in Buhera, whose houses were flattened by the storm in January, are "
         "still living in tents.", [650]),
        ("Some 1,200 residents from 300 families are sheltering at the town hall.", [1_200]),
        # near-misses: those aided, whose households come with them
        ("Aid reached 700 people in 170 households who are living in tents in Buhera.", []),
    ],
)  # fmt: skip
def test_the_grid_people_counted_again_by_household_are_the_same_figure(run, sentence, values):
    assert [c.value for c in run(sentence)] == values

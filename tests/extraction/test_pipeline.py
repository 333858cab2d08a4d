"""Bounded work whatever the input: the text is capped, sentences are cut, no pattern backtracks without bound."""

from collections import Counter
from datetime import date

import pytest

from extraction import MAX_TEXT_CHARS, extract
from extraction.candidates import MAX_QUANTITIES_PER_SENTENCE
from extraction.pipeline import MAX_SENTENCE_CHARS
from extraction.sentences import split_sentences


def test_pathological_text_is_read_only_up_to_the_cap_in_bounded_pieces():
    text = "." * 500_000
    spans = split_sentences(text[:MAX_TEXT_CHARS])
    assert all(end - start <= MAX_SENTENCE_CHARS for start, end in spans)
    assert sum(end - start for start, end in spans) <= MAX_TEXT_CHARS
    assert extract(text) == []


def test_nothing_past_the_cap_is_read():
    figure = "Some 5,000 people fled Ariha on Tuesday. "
    text = "x " * (MAX_TEXT_CHARS // 2) + figure
    assert extract(text) == [] and len(extract(figure)) == 1


@pytest.mark.parametrize(
    "hostile",
    [
        "1 " * MAX_SENTENCE_CHARS,  # a table of numbers
        "5,000 people fled " * 500,  # figures without end
        "(" * MAX_SENTENCE_CHARS + "5,000 people fled",
        "A " * MAX_SENTENCE_CHARS,  # capitalised words: place look-ups
        "\n \n" * MAX_SENTENCE_CHARS,
        "a" * 50_000 + " 5,000 people fled Ariha",
    ],
)
def test_each_sentence_is_read_for_a_bounded_number_of_quantities(hostile):
    """Work is bounded by construction: sentences of at most MAX_SENTENCE_CHARS, each read for at most
    MAX_QUANTITIES_PER_SENTENCE quantities, so no pattern ever sees more than a sentence and the number of
    pattern runs grows linearly with the text, whatever it holds."""
    trace = []
    found = extract(hostile, trace=trace)
    sentences = split_sentences(hostile[:MAX_TEXT_CHARS])
    assert all(end - start <= MAX_SENTENCE_CHARS for start, end in sentences)
    per_sentence = Counter(d.sentence_start for d in trace) + Counter(c.start for c in found)
    assert max(per_sentence.values(), default=0) <= MAX_QUANTITIES_PER_SENTENCE


def test_the_sentence_boundary_pattern_does_not_try_every_dot():
    """The boundary pattern starts a try only at the first of a run of dots (a look-behind), so a run of n dots
    costs n steps, not n²: 200,000 dots give no boundary and one pass."""
    from extraction.scanning import GUARDED
    from extraction.sentences import _BOUNDARY

    assert GUARDED.get(_BOUNDARY, _BOUNDARY).pattern.startswith("(?<![.!?])[.!?]++")  # as written, behind its guard
    assert list(_BOUNDARY.finditer("." * MAX_TEXT_CHARS)) == []


def test_quotes_are_always_the_original_text_at_their_span(run):
    text = "Around1.6 million people weredisplaced in Darfur.\n\nSome 14\u202f000 people fled Ariha on Tuesday."
    found = run(text, published=date(2020, 2, 5))
    assert [c.value for c in found] == [1_600_000, 14_000]
    assert all(text[c.start : c.end] == c.quote for c in found)


def test_a_part_by_place_in_the_next_sentence_is_a_figure_of_the_same_kind(run):
    text = (
        "DTM Round 19 identified 2,297,148 IDPs in north-east Nigeria, a 1 per cent decrease. "
        "Borno state hosts 1,786,410 of them, or 78 per cent."
    )
    whole, part = run(text)
    assert (part.value, part.unit, part.term, part.location) == (1_786_410, whole.unit, whole.term, "Borno")
    assert "unit:part-next-sentence" in part.rules and text[part.start : part.end] == part.quote


def test_of_these_then_a_place_in_the_next_sentence(run):
    text = "Floods displaced 120,000 people in Sindh. Of these, about 45,000 are in Dadu district."
    assert [(c.value, c.location) for c in run(text)][1] == (45_000, "Dadu")


@pytest.mark.parametrize(
    "text",
    [
        # no figure before it: a survey's people are not displaced
        "The survey covered 2.3 million people in Nigeria. Borno state hosts 1.7 million of them.",
        # a part that is who they are, with no place
        "Clashes displaced 2,000 people in Kaga-Bandoro. Of these, 1,200 are children.",
    ],
)
def test_a_part_in_the_next_sentence_needs_a_figure_before_it_and_a_place(run, text):
    assert len(run(text)) == (0 if text.startswith("The survey") else 1)


def test_a_figure_takes_the_body_of_the_sentence_that_goes_on_from_it(run):
    first, second = run(
        "In Borno State, the dam flood displaced an estimated 414,000 people. Of these, about 120,000 are staying "
        "in 30 camps in Maiduguri, according to SEMA."
    )
    assert (first.value, first.reporting_body) == (414000, "SEMA")
    # a next sentence that does not go on from it lends no body
    first, second = run(
        "In Borno State, the dam flood displaced an estimated 414,000 people. Separately, about 12,000 people fled "
        "to Maiduguri, according to SEMA."
    )
    assert first.reporting_body is None


def test_list_lines_take_the_source_their_header_names(run):
    figures = run("New displacement this week (DTM):\n- Kassala: 12,400 IDPs\n- Gedaref: 8,150 IDPs")
    assert [(f.location, f.reporting_body) for f in figures] == [("Kassala", "DTM"), ("Gedaref", "DTM")]
    # a header in another paragraph names no source for the list
    figures = run("New displacement this week (DTM):\n\n- Kassala: 12,400 IDPs")
    assert [f.reporting_body for f in figures] == [None]


def test_a_part_on_the_next_line_of_a_key_figures_box_keeps_its_own_place(run):
    figures = run(
        "KEY FIGURES\n1.1M people displaced in Haiti\n578K of them in the metropolitan area of Port-au-Prince"
    )
    assert (figures[0].value, figures[0].location) == (1100000, "Haiti")


def test_a_further_number_with_no_noun_counts_more_of_the_figure_before(run):
    text = (
        "MSF said about 100,000 people had fled to Sake in recent weeks. Many are sleeping in churches and "
        "schools. A further 30,000 have reached the outskirts of Goma."
    )
    whole, more = run(text)
    assert (more.value, more.unit, more.term, more.location) == (30_000, whole.unit, whole.term, "Goma")
    assert more.reporting_body == "MSF" and "unit:same-as-previous" in more.rules
    assert text[more.start : more.end] == more.quote


def test_the_figure_is_n_in_a_named_place_after_a_figure(run):
    text = (
        "In Garissa County, 24,000 households have been displaced by floods, the Kenya Red Cross said. "
        "In neighbouring Tana River, the figure is 8,500 households."
    )
    assert [(c.value, c.unit, c.location) for c in run(text)][1] == (8_500, "household", "Tana River")


def test_another_n_households_moved_into_a_place_after_a_part(run):
    text = (
        "The CCCM Cluster reported that 1,250 households were newly displaced in Ma'rib governorate. "
        "Of these, 780 households arrived in Al Jufainah camp. Another 210 households moved into Sirwah district."
    )
    last = run(text)[-1]
    assert (last.value, last.location, last.reporting_body) == (210, "Sirwah", "CCCM Cluster")


@pytest.mark.parametrize(
    "text",
    [
        # nothing was counted before: no figure to count more of
        "Vaccination teams reached 180,000 children. A further 12 teams have reached Bunia.",
        # more of something else after a figure: schools, not people
        "Floods displaced 5,000 people in Beira. A further 12 schools were damaged in Dondo.",
        # too far from the figure
        "Floods displaced 5,000 people in Beira. Roads were cut. Power failed. A further 300 have reached Dondo.",
    ],
)
def test_more_of_something_else_is_no_figure(run, text):
    assert [c.value for c in run(text)] in ([], [5_000])


def test_people_leaving_a_named_place_are_fleeing(run):
    text = "Authorities said about 1,800 people were leaving Pokrovsk each day as Russian forces advanced."
    assert [(c.value, c.term, c.location) for c in run(text)] == [(1_800, "fled", "Pokrovsk")]


def test_leaving_a_workplace_is_no_flight(run):
    assert run("About 1,800 workers were leaving the Rubaya coltan mines each day.") == []


def test_of_these_a_list_of_where_they_went(run):
    text = (
        "Since the beginning of March, 95,000 people have left the Port-au-Prince metropolitan area, IOM said. "
        "Of these, 31,000 went to Jérémie and 24,000 to Les Cayes."
    )
    found = run(text)
    assert [(c.value, c.location, c.reporting_body) for c in found[1:]] == [
        (31_000, "Jérémie", "IOM"),
        (24_000, "Les Cayes", "IOM"),
    ]


def test_most_moved_to_places_with_their_counts_in_brackets(run):
    text = (
        "An estimated 5,340 households were displaced from villages in Um Rawaba locality. Most moved to Er Rahad "
        "town (about 3,100 households) and Um Rawaba town (1,400 households)."
    )
    parts = run(text)[1:]
    assert [(c.value, c.unit, c.location) for c in parts] == [
        (3_100, "household", "Er Rahad"),
        (1_400, "household", "Um Rawaba"),
    ]


def test_a_report_title_names_the_body_of_figures_that_name_none(run):
    text = "DTM Sudan Flash Update 67: between 3 and 9 November, 5,340 households were displaced in Um Rawaba."
    (figure,) = run(text)
    assert figure.reporting_body == "DTM" and "body:title" in figure.rules


def test_a_title_that_is_no_report_names_no_body(run):
    (figure,) = run("Floods in Kenya: 5,340 households were displaced in Garissa.")
    assert figure.reporting_body is None


def test_people_displaced_by_a_named_cause_in_one_word_are_displaced(run):
    text = "Baidoa has received more than 300,000 drought-displaced people since January, the government said."
    assert [(c.value, c.term, c.location) for c in run(text)] == [(300_000, "displaced", "Baidoa")]


def test_people_affected_in_one_word_are_not_displaced(run):
    assert run("The town received 5,000 drought-affected people.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Speaking in Geneva, a UNHCR spokesperson said the number of Sudanese refugees in eastern Chad had passed "
        "260,000.",
        "UNHCR told reporters in Geneva that 260,000 refugees had crossed into Chad.",
    ],
)
def test_where_a_statement_was_made_is_not_the_figures_place(run, text):
    assert [c.location for c in run(text)] == ["Chad"]


def test_a_quotation_closed_by_she_said_takes_the_body_named_before(run):
    text = (
        "A UNHCR spokesperson said the number of refugees in eastern Chad had passed 260,000. "
        '"Every day, 2,000 people cross into Ouaddaï province," she said.'
    )
    assert [c.reporting_body for c in run(text)] == ["UNHCR", "UNHCR"]


def test_a_count_that_opens_the_next_sentence_and_arrived_is_more_of_the_flight(run):
    text = (
        "IOM said 250,000 people had fled Gezira state in five days. Thousands have reached Sennar and Gedaref, "
        "and some 13,000 have crossed into Kassala."
    )
    assert [(c.value, c.qualifier, c.location) for c in run(text)] == [
        (250_000, "exact", "Gezira"),
        (1_000, "at_least", "Sennar"),
        (13_000, "approximately", "Kassala"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Floods displaced 5,000 people in Beira. 300 trucks have reached Beira.",
        "Floods displaced 5,000 people in Beira. Aid has reached 3,000 of them in Dondo.",
    ],
)
def test_what_reached_a_place_after_a_figure_is_not_always_people(run, text):
    assert [c.value for c in run(text)] == [5_000]


def test_an_organisations_letters_after_according_to_are_not_a_town(run):
    text = "The dam's collapse flooded Maiduguri. According to NEMA, 414,000 people have been displaced."
    assert [(c.location, c.reporting_body) for c in run(text)] == [("Maiduguri", "NEMA")]


def test_a_part_registered_by_a_body_of_its_own_takes_that_body(run):
    text = (
        "More than 100,000 ethnic Armenians have left Nagorno-Karabakh for Armenia, Armenian officials said. "
        "The government has registered 98,000 of them at the Kornidzor reception point."
    )
    part = run(text)[1]
    assert (part.value, part.location, part.reporting_body) == (98_000, "Kornidzor", "government")


def test_parts_gathered_in_a_town_and_another_that_crossed_keep_the_first_body(run):
    text = (
        "OCHA said that violence in the Ménaka region had displaced more than 50,000 people since March. "
        "Of these, 36,000 have gathered in Ménaka town. Another 4,000 have crossed into Niger."
    )
    assert [(c.value, c.location, c.reporting_body) for c in run(text)] == [
        (50_000, "Ménaka", "OCHA"),
        (36_000, "Ménaka", "OCHA"),
        (4_000, "Niger", "OCHA"),
    ]


def test_a_further_number_that_left_with_no_place_is_the_figure_befores_place(run):
    text = (
        "Officials said 165,000 Afghans had crossed back into Afghanistan through Torkham and Chaman. "
        "A further 24,000 left on Thursday alone."
    )
    whole, more = run(text)
    assert (more.value, more.location, more.country) == (24_000, whole.location, whole.country)


def test_the_only_place_of_a_while_clause_is_that_clauses(run):
    text = (
        "About 66,000 people remain displaced from Marawi, the task force said. Some 17,000 families have "
        "returned to their homes in the less damaged areas, while 3,500 families are in temporary shelters in "
        "Sagonsongan."
    )
    assert [(c.value, c.location) for c in run(text)][1:] == [(17_000, "Marawi"), (3_500, "Sagonsongan")]


def test_the_next_part_with_its_place_before_and_no_verb(run):
    text = (
        "IOM DTM recorded 946,508 IDPs in northern Mozambique. Cabo Delgado hosts 784,564 of them and Nampula 145,000."
    )
    assert [(c.value, c.location) for c in run(text)][1:] == [(784_564, "Cabo Delgado"), (145_000, "Nampula")]


def test_a_place_that_hosts_the_most_with_the_count_after(run):
    text = (
        "In Gedo region, more than 70,000 people have been displaced by drought since June. "
        "Dollow district received the majority, 46,000."
    )
    assert [(c.value, c.location) for c in run(text)] == [(70_000, "Gedo"), (46_000, "Dollow")]


def test_a_sentence_opening_with_n_of_them_takes_the_body_before(run):
    text = (
        "The NDMA said 7.9 million people had been displaced by the floods nationwide. "
        "Some 598,000 of them are in relief camps."
    )
    assert [c.reporting_body for c in run(text)] == ["NDMA", "NDMA"]


@pytest.mark.parametrize(
    "after",
    [
        "Another 300 were injured in Dondo.",
        "A further 50 trucks have reached Dondo.",
        "Thousands of tonnes of food have reached Dondo.",
        "Hundreds of volunteers have arrived in Dondo.",
        "In Dondo, the figure is 40 per cent higher.",
        "Another 200 have been rescued in Dondo.",
        "Most moved to Dondo (about 3,100 tonnes of aid followed).",
    ],
)
def test_what_follows_a_figure_is_more_of_it_only_when_people_moved(run, after):
    assert [c.value for c in run(f"Floods displaced 5,000 people in Beira. {after}")] == [5_000]


@pytest.mark.parametrize(
    "title, body",
    [
        ("Fiji NDMO Situation Report 3 – TC Mal", "NDMO"),
        ("IOM DTM Haiti — Displacement Situation Report, Round 7 (June 2024)", "IOM DTM"),
        ("Protection Cluster DRC – Protection Analysis Update, February 2024", "Protection Cluster"),
        ("DSWD DROMIC Report #12 on Severe Tropical Storm Kristine as of 25 October 2024, 6AM", "DSWD DROMIC"),
    ],
)
def test_a_title_line_of_its_own_names_the_body_of_figures_that_name_none(run, title, body):
    (figure,) = run(title + "\nAs of Friday, 1,134 people were sheltering in evacuation centres in Ba.")
    assert figure.reporting_body == body and "body:title" in figure.rules


def test_briefing_notes_name_their_body_but_a_storm_or_a_country_does_not(run):
    (figure,) = run("UNHCR Briefing Notes. Chad: some 18,000 new refugees have crossed into eastern Chad.")
    assert figure.reporting_body == "UNHCR"
    (figure,) = run("TC Mal Situation Report 3 – NDMO\nAs of Friday, 1,134 people were evacuated in Ba.")
    assert figure.reporting_body is None


def test_a_sentence_after_one_that_opens_as_per_a_body_or_with_its_letters_takes_its_body(run):
    text = "As per the ASDMA flood report, 2,000 people were affected. A total of 12,340 people are in relief camps."
    assert [(c.value, c.reporting_body) for c in run(text)] == [(12_340, "ASDMA")]
    text = "CONRED: Rains have affected 457,000 people nationwide. 6,218 people were evacuated."
    assert [(c.value, c.reporting_body, c.location) for c in run(text)] == [(6_218, "CONRED", None)]


def test_a_sentence_with_a_displacement_word_of_its_own_may_still_give_parts_of_the_figure_before(run):
    text = (
        "At least 43,059 people were displaced across the north-east, according to IOM DTM. Derna accounted for "
        "30,000 of them; the rest were displaced in Al Bayda and Benghazi."
    )
    whole, part = run(text)
    assert (whole.value, whole.location) == (43_059, None)  # a part's place is not the whole's
    assert (part.value, part.location, part.reporting_body) == (30_000, "Derna", "IOM DTM")


def test_parts_by_where_they_stay_take_the_place_of_the_whole(run):
    text = (
        "DTM estimates that 809,041 individuals are internally displaced in Lebanon. Collective shelters host "
        "190,000 of them, while 580,000 are staying in rented homes or with host families."
    )
    assert [(c.value, c.term, c.location) for c in run(text)] == [
        (809_041, "displaced", "Lebanon"),
        (190_000, "in_camps", "Lebanon"),
        (580_000, "displaced", "Lebanon"),
    ]


@pytest.mark.parametrize(
    "title, body",
    [
        ("South Sudan: Sudan Situation – UNHCR Operational Update, 1–14 March 2024", "UNHCR"),
        ("Yemen: CCCM Cluster – Rapid Displacement Tracking, June 2024", "CCCM Cluster"),
        ("IOM DTM Somalia Emergency Trend Tracking (ETT) – Flash Update #5", "IOM DTM"),
    ],
)
def test_a_title_line_names_its_publisher_after_the_place_or_the_crisis(run, title, body):
    (figure,) = run(title + "\nIn June, 1,734 households were newly displaced in Marib.")
    assert figure.reporting_body == body


def test_a_title_line_without_a_publisher_names_no_body(run):
    (figure,) = run("Sudan: Clashes in El Fasher, North Darfur – Flash Update No. 4\nSome 9,000 people fled to Tawila.")
    assert figure.reporting_body is None


def test_the_body_of_a_frame_with_a_date_or_a_heading_and_the_remaining_carry_on(run):
    text = (
        "Ecuador's Secretariat for Risk Management (SNGR) reported on 29 March that the landslide had affected "
        "1,017 people. A total of 714 people are staying with host families."
    )
    assert [c.reporting_body for c in run(text)] == ["Secretariat for Risk Management (SNGR)"]
    text = (
        "Vanuatu NDMO: 2,917 people were in evacuation centres on 5 March. In Port Vila, 1,840 people were in 21 "
        "centres."
    )
    assert [c.reporting_body for c in run(text)] == ["NDMO", "NDMO"]
    text = (
        "IOM DTM estimates that 40,000 people have been displaced from El Fasher. The remaining 7,000 crossed into "
        "Chad."
    )
    assert [c.reporting_body for c in run(text)] == ["IOM DTM", "IOM DTM"]


@pytest.mark.parametrize(
    "title, body",
    [
        ("Madagascar: Tropical Cyclone Gamane – BNGRC Situation Report No. 3", "BNGRC"),
        ("Chad: Floods – Flash Update (OCHA, 26 September 2024)", "OCHA"),
        ("COPECO update (19 November, 6pm) on Tropical Storm Sara:", "COPECO"),
        ("IOM Ukraine — General Population Survey, Round 16 (April 2024)", "IOM"),
    ],
)
def test_title_lines_with_a_number_a_bracketed_publisher_or_a_lower_case_report_word(run, title, body):
    (figure,) = run(title + "\nAs of 29 March, 21,670 people remain in 74 accommodation sites.")
    assert figure.reporting_body == body


def test_parts_carry_the_body_after_a_date_or_of_the_displaced_and_after_letters_and_a_place(run):
    text = (
        "The Ministry of Emergency Situations said 136,000 people had been evacuated from Batken region. As of 20 "
        "September, 94,000 of them had returned to their villages."
    )
    assert [c.reporting_body for c in run(text)] == ["Ministry of Emergency Situations"] * 2
    text = (
        "PDMA Khyber Pakhtunkhwa: Floods have displaced 105,400 people. A total of 22,300 people are in relief camps."
    )
    assert [c.reporting_body for c in run(text)] == ["PDMA Khyber Pakhtunkhwa", "PDMA Khyber Pakhtunkhwa"]


def test_the_largest_number_in_brackets_then_the_places_that_follow_are_parts_of_the_figure_before(run):
    text = (
        "According to the CMP, 354,739 IDPs were recorded in Mali. The Ménaka region hosts the largest number "
        "(61,000), followed by Ségou (55,000) and Mopti (48,000)."
    )
    assert [(c.value, c.location) for c in run(text)][1:] == [(61_000, "Ménaka"), (55_000, "Ségou"), (48_000, "Mopti")]
    text = (
        "DTM identified 1,123,000 IDPs across Iraq. Ninewa continues to host the largest IDP population (256,000), "
        "followed by Duhok (236,000) and Erbil (187,000)."
    )
    parts = [(c.value, c.location) for c in run(text)][1:]
    assert parts == [(256_000, "Ninewa"), (236_000, "Duhok"), (187_000, "Erbil")]


def test_a_sentence_gone_on_from_a_framed_one_takes_the_frame_s_body(run):
    text = (
        "BNPB: The eruption killed nine people. As of Wednesday, 10,295 people had been evacuated in East Flores. "
        "A further 3,400 residents were staying with relatives in Larantuka."
    )
    assert [c.reporting_body for c in run(text)] == ["BNPB", "BNPB"]


def test_a_frame_after_a_heading_names_the_next_sentence_s_body(run):
    text = (
        "Niger: Floods — According to the Ministry of Humanitarian Action, the rainy season has affected 1,176,528 "
        "people. Some 27,600 households have been displaced in Maradi."
    )
    assert [c.reporting_body for c in run(text)] == ["Ministry of Humanitarian Action"]


def test_a_title_without_a_report_word_cited_with_a_date_names_its_publisher(run):
    text = (
        "Sri Lanka: Severe weather (DMC, 3 June 2024)\n1,560 families are sheltering in 78 safety centres in Ratnapura."
    )
    (figure,) = run(text)
    assert figure.reporting_body == "DMC"


def test_places_first_with_their_counts_in_brackets_then_host_the_most(run):
    text = "DTM counted 330,713 IDPs in Mali. Mopti (78,000), Gao (60,000) and Ménaka (49,000) host the most."
    assert [(c.value, c.location) for c in run(text)][1:] == [(78_000, "Mopti"), (60_000, "Gao"), (49_000, "Ménaka")]


def test_a_part_of_the_figure_before_with_a_verb_of_its_own(run):
    whole, part = run(
        "UNHCR said 140,000 refugees had arrived in Gambella. The agency relocated 35,000 of them to a new camp."
    )
    assert (whole.value, whole.term) == (140_000, "fled")
    assert (part.value, part.unit, part.term, part.location, part.reporting_body) == (
        35_000, "person", "relocated", "Gambella", "UNHCR"
    )  # fmt: skip


def test_a_running_total_in_the_next_sentence_sums_up_the_figure_before(run):
    week, total = run(
        "IOM recorded 2,300 people returning to Kadugli last week. This brings the total number of people who have "
        "come back this year to 18,600."
    )
    assert (week.value, week.term) == (2300, "returned")
    assert (total.value, total.unit, total.term, total.location, total.reporting_body) == (
        18600, "person", "returned", "Kadugli", "IOM"
    )  # fmt: skip
    assert "unit:total" in total.rules


def test_a_paragraph_opening_on_a_part_of_the_figures_before_keeps_their_body(run):
    whole, first, second = run(
        "IOM recorded 2,300 people returning to Kadugli between 1 and 7 May.\n\n"
        "Of those who returned, 1,400 were counted in Kadugli town and 900 in Dilling."
    )
    assert [(f.value, f.term, f.reporting_body) for f in (first, second)] == [
        (1400, "returned", "IOM"), (900, "returned", "IOM")
    ]  # fmt: skip
    assert second.location == "Dilling"


@pytest.mark.parametrize(
    "title,body",
    [
        ("COPECO bulletin, 18 November 2024, 6:00 p.m. – Tropical Storm Sara", "COPECO"),
        ("Iraq – DTM Master List Round 133 (July–September 2024)", "DTM"),
        ("UNHCR Myanmar Emergency Overview Map: people displaced since February 2021", "UNHCR"),
    ],
)
def test_bulletins_master_lists_and_maps_name_their_publisher(run, title, body):
    (figure,) = run(title + "\nSome 15,200 IDPs remain in camps in Duhok.")
    assert (figure.value, figure.reporting_body) == (15200, body)


def test_a_bulleted_part_of_them_keeps_the_body_of_the_figure_before(run):
    text = (
        "HIGHLIGHTS\n• Attacks in Macomia district have displaced more than 61,000 people, according to IOM DTM.\n"
        "• Around 19,000 of them are staying in Chiúre-Velho accommodation centres."
    )
    figures = run(text)
    assert [(f.value, f.reporting_body) for f in figures] == [(61000, "IOM DTM"), (19000, "IOM DTM")]


def test_a_line_of_places_with_their_counts_gives_parts_of_the_figure_before(run):
    text = "Total IDPs in Myanmar: 3,502,000\nSagaing: 1,255,900 | Magway: 344,500 | Rakhine: 489,400\n"
    figures = run(text)
    assert [(f.value, f.location) for f in figures] == [
        (3502000, "Myanmar"),
        (1255900, "Sagaing"),
        (344500, "Magway"),
        (489400, "Rakhine"),
    ]


def test_a_line_of_labels_with_counts_gives_no_parts(run):
    text = "Total IDPs in Myanmar: 3,502,000\nDeaths: 1,200 | Injured: 3,400\n"
    assert [f.value for f in run(text)] == [3502000]


@pytest.mark.parametrize(
    "title,body",
    [
        ("INGD – Cyclone Jude: Preliminary Data (12 March 2025)", "INGD"),
        ("IOM DTM Nigeria – North-East Zone: Mobility Tracking Round 48 (February 2025)", "IOM DTM"),
        ("Protection Sector Sudan – Protection Monitoring Snapshot, El Fasher", "Protection Sector"),
    ],
)
def test_preliminary_data_a_zone_with_a_colon_and_a_sector_in_titles(run, title, body):
    (figure,) = run(title + "\nSome 15,200 IDPs remain in camps in Duhok.")
    assert (figure.value, figure.reporting_body) == (15200, body)


def test_a_cluster_named_with_several_words_and_a_title_in_lower_case(run):
    text = (
        "Afghanistan: Emergency Shelter and NFI Cluster – Herat earthquakes update\n"
        "As of 24 October, 10,470 families are living in tents in Zindajan district."
    )
    (figure,) = run(text)
    assert (figure.value, figure.reporting_body) == (10470, "Emergency Shelter and NFI Cluster")


@pytest.mark.parametrize(
    "text,value,unit,term,place",
    [
        # moving, after a figure: the term of the figure before
        (
            "Floods displaced 9,000 people in Kilombero district, the regional commissioner said. About 2,400 "
            "people moved to Ifakara town on Tuesday.",
            2_400,
            "person",
            "displaced",
            "Ifakara",
        ),
        (
            "Clashes forced 14,000 people from their homes in Ituri, OCHA said. About 3,100 people crossed at "
            "Mahagi overnight.",
            3_100,
            "person",
            "displaced",
            "Mahagi",
        ),
        # staying, after a displacement word with no figure
        (
            "Cyclone Freddy flooded villages across Chikwawa, and thousands are displaced. In Nchalo, 1,250 "
            "households are in schools and churches.",
            1_250,
            "household",
            "in_camps",
            "Nchalo",
        ),
        # hosting, with no noun of its own: the unit and term of the figure before
        (
            "More than 90,000 refugees have arrived in Moyo district since January, UNHCR said. Palorinya "
            "settlement alone hosts about 36,000.",
            36_000,
            "person",
            "fled",
            "Palorinya",
        ),
        # returning
        (
            "About 12,000 residents fled Malakal in February. Since the ceasefire some 2,300 families have come "
            "home, the county commissioner said.",
            2_300,
            "household",
            "returned",
            "Malakal",
        ),
        # settling in a site; a camp that received a count with no noun
        (
            "Attacks uprooted 3,000 households in Djugu, Caritas said. Some 1,100 households settled in the Rhoe site.",
            1_100,
            "household",
            "displaced",
            "Rhoe",
        ),
        (
            "Fighting in Marib displaced 900 households in May, the camps unit said. Al Jufainah camp received 500.",
            500,
            "household",
            "in_camps",
            "Al Jufainah",
        ),
        # by boat; hosted in buildings with no noun
        (
            "More than 5,000 people have fled Kalehe since Sunday, OCHA said. Some 1,800 went by boat to Bukavu.",
            1_800,
            "person",
            "fled",
            "Bukavu",
        ),
        (
            "Raids displaced some 9,000 people from the Nur Shams camp, UNRWA said. Schools in Tulkarm house about "
            "2,000.",
            2_000,
            "person",
            "in_camps",
            "Tulkarm",
        ),
        # a crossing named before its town: the town
        (
            "Fighting sent thousands fleeing into Uganda, the UN said. About 900 people came through the Bunagana "
            "crossing in Kisoro.",
            900,
            "person",
            "fled",
            "Kisoro",
        ),
        # a vague subject; described as affected, then where they are
        (
            "Clashes in Sool region displaced 100,000 people, OCHA said. Tens of thousands spilled over into Doolo.",
            10_000,
            "person",
            "displaced",
            "Doolo",
        ),
        (
            "Floods destroyed 900 shelters in Marib's camps, the CCCM Cluster said. About 700 affected families are "
            "in neighbouring sites.",
            700,
            "household",
            "in_camps",
            "Marib",
        ),
        # camps named the sentence before hold the people counted in this one
        (
            "In Cabo Delgado, 28 accommodation centres were opened. By Friday they held 6,300 people.",
            6_300,
            "person",
            "in_camps",
            "Cabo Delgado",
        ),
    ],
)
def test_a_sentence_with_no_displacement_word_goes_on_from_the_one_before(run, text, value, unit, term, place):
    figure = {c.value: c for c in run(text)}[value]
    assert (figure.unit, figure.term, figure.location) == (unit, term, place)
    assert "term:carried" in figure.rules


@pytest.mark.parametrize(
    "text",
    [
        # deaths, houses, aid, populations, power after a figure: neutral verbs or none, but traps
        (
            "Floods displaced 9,000 people in Kilombero district. About 400 people in Ifakara were killed as they "
            "moved to higher ground."
        ),
        "Floods displaced 9,000 people in Kilombero district. The district hosts 410,000 people in need of aid.",
        "Floods displaced 9,000 people in Kilombero district. Some 53,000 people remain in Ifakara town.",
        "Floods displaced 9,000 people in Kilombero district. Partners reached 4,000 people with food.",
        (
            "Floods displaced 9,000 people in Kilombero district. About 700 houses collapsed and 2,000 hectares of "
            "rice went under water."
        ),
        # a crowd gathered for a purpose is no figure
        "Floods displaced 9,000 people in Kilombero district. About 900 people gathered at Ifakara to demand aid.",
        # what a place received that is no people
        "Floods displaced 9,000 people in Kilombero district. Ifakara received 2,000 food parcels on Monday.",
        # the count's own words say what it counts
        "Floods displaced 9,000 people in Kilombero district. Ifakara's hospital received 120 injured people.",
        # a crowd gathered for an event; people held where no camp or shelter holds them
        "Floods displaced 9,000 people in Kilombero district. Thousands of people gathered in Ifakara for a rally.",
        "Floods displaced 9,000 people in Kilombero district. The militia has held 200 civilians in Ifakara.",
        # a capacity
        "Floods displaced 9,000 people in Kilombero district. The new site in Ifakara accommodates up to 2,000 people.",
        # who stayed behind is no figure, nor whom captors held
        "Floods displaced 9,000 people in Kilombero district. About 150 people stayed in Ifakara to guard their homes.",
        "Floods displaced 9,000 people in Kilombero district. Soldiers held 300 men at a school in Ifakara for a day.",
        # no sentence about displacement before: a neutral verb alone gives nothing
        "Heavy rain fell on Kilombero district on Monday. About 2,000 people moved to Ifakara town.",
        # too far from the sentence about displacement
        (
            "Floods displaced 9,000 people in Kilombero district. Roads were cut. Bridges fell. Markets closed. "
            "About 2,000 people moved to Ifakara town."
        ),
    ],
)
def test_a_sentence_with_no_displacement_word_gives_no_trap(run, text):
    assert [c.value for c in run(text)] == [9_000] or (text.startswith("Heavy") and run(text) == [])


def test_what_a_centre_can_hold_after_a_figure_is_a_capacity(run):
    text = (
        "More than 20,000 Afghans returned from Pakistan last week, IOM said. A transit centre in Jalalabad can "
        "hold 2,000 people."
    )
    assert [c.value for c in run(text)] == [20_000]


def test_of_this_goes_on_from_the_sentence_before_and_takes_its_body(run):
    text = (
        "The Provincial Disaster Office said 9,400 families were affected in Samar. Of this, 2,150 families are "
        "staying in evacuation centres."
    )
    (figure,) = run(text)
    assert (figure.value, figure.reporting_body) == (2_150, "Provincial Disaster Office")
    # a sentence that does not go on from it, with no source of its own, takes the body of its paragraph
    text = (
        "The Provincial Disaster Office said 9,400 families were affected in Samar. In Leyte, 2,150 families are "
        "staying in evacuation centres."
    )
    (figure,) = run(text)
    assert (figure.reporting_body, figure.rules[-1]) == ("Provincial Disaster Office", "body:paragraph")


@pytest.mark.parametrize(
    "text",
    [
        "ILOILO CITY – Some 1,150 families here left their homes overnight as the river rose.",
        "ILOILO CITY (PNA) – About 1,150 families moved into the city's evacuation centres on Sunday.",
    ],
)
def test_here_in_a_text_that_opens_with_a_town_in_capitals_is_that_town(run, text):
    (figure,) = run(text)
    assert (figure.value, figure.location) == (1_150, "Iloilo")
    assert "place:dateline" in figure.rules


def test_a_town_in_capitals_is_no_place_of_a_figure_the_text_does_not_say_is_there(run):
    (figure,) = run("ILOILO CITY – Some 1,150 families left their homes overnight as the river rose.")
    assert figure.location is None


@pytest.mark.parametrize(
    "follow",
    [
        "Nhamatanda alone now shelters 4,300 of the displaced.",
        "In Buzi, a further 1,900 people reached two school sites.",
        "By Sunday some 1,900 displaced people were sheltering in tents near Buzi.",
    ],
)
@pytest.mark.parametrize(
    "first,body",
    [
        ("Floods left 9,000 Sofala villagers without a roof, WFP said.", "WFP"),
        ("According to the provincial government, floods left 9,000 Sofala villagers without a roof.", None),
        ("WFP moved 9,000 people to safety in Sofala this week.", "WFP"),
    ],
)
def test_a_figure_with_no_source_of_its_own_takes_the_body_of_its_paragraph(run, first, follow, body):
    figures = run(f"{first} {follow}")
    assert len(figures) == 2
    assert figures[1].reporting_body == (body or "provincial government")


@pytest.mark.parametrize(
    "text",
    [
        # a source of its own, a generic one, a new paragraph: not the body before
        "Floods left 9,000 Sofala villagers without a roof, WFP said. About 1,900 people fled to Buzi, residents said.",
        "Floods left 9,000 Sofala villagers without a roof, WFP said.\n\nBy Sunday some 1,900 displaced "
        "people were sheltering in tents near Buzi.",
    ],
)
def test_a_figure_with_a_source_of_its_own_or_a_new_paragraph_keeps_no_body_from_before(run, text):
    figures = run(text)
    assert figures[-1].value == 1_900 and figures[-1].reporting_body is None


# the report a heading or a bracketed citation names gives the body of every figure that names none
@pytest.mark.parametrize(
    ("text", "value", "body"),
    [
        ("DTM Ethiopia,\nRound 14\n\nRising water in Afar has displaced 4,210 residents since March.", 4_210, "DTM"),
        ("IOM DTM Chad – Since June, 8,900 people have fled from Darfur into Ouaddai province.", 8_900, "IOM DTM"),
        ("UNHCR spokesperson: In Kenya's Turkana county, 3,400 refugees have fled to Kakuma camp.", 3_400, "UNHCR"),
        ("Government of Fiji statement: Floods have displaced 2,300 people in Ba.", 2_300, "Government of Fiji"),
        (
            "NDMA Situational Report No. 4 for Cyclone Tej: In Sindh, 80 evacuation centres now shelter "
            "5,600 families.",
            5_600,
            "NDMA",
        ),
        ("DMC Sri Lanka (5 June, 18:00)\nDeaths: 4\nFamilies in safety centres: 2,100 in 40 centres", 2_100, "DMC"),
        ("Situation overview (DSWD DROMIC #3):\n- Inside ECs: 4,120 families / 15,300 persons", 4_120, "DSWD"),
        (
            "In Bicol, 2,950 families are inside evacuation centres and 1,400 families are staying with relatives "
            "(DSWD DROMIC Report #7).",
            1_400,
            "DSWD",
        ),
        ("In Samar, 700 families fled to evacuation centres (NDRRMC Situational Report No. 5).", 700, "NDRRMC"),
    ],
)
def test_a_report_named_in_a_heading_or_a_numbered_citation_gives_the_body(run, text, value, body):
    figure = next(f for f in run(text) if f.value == value)
    assert body in (figure.reporting_body or "")


@pytest.mark.parametrize(
    "text",
    [
        "Kenya – Clan clashes forced 3,000 residents of Garissa to flee in May.",
        "GAROWE, Somalia – Drought forced some 3,000 herders in Bari to flee.",
        "Floods update: rising rivers forced 3,000 residents of Garissa to flee.",
        "In Bicol, 3,000 families are inside evacuation centres (see map 2).",
    ],
)
def test_a_country_a_dateline_or_a_bracket_that_names_no_report_gives_no_body(run, text):
    figure = next(f for f in run(text) if f.value == 3_000)
    assert not figure.reporting_body


# a quotation closed by its speaker gives that speaker to every figure inside it, also in its earlier sentences
@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "\u201cSince Monday, 5,300 people have fled to Kassala. Many sleep in the open,\u201d said the Sudanese "
            "Red Crescent.",
            "Sudanese Red Crescent",
        ),
        ('"Since Monday, 5,300 people have fled to Kassala. Many sleep in the open," UNHCR added.', "UNHCR"),
    ],
)
def test_a_figure_inside_a_quotation_takes_the_speaker_who_closes_it(run, text, body):
    (figure,) = run(text)
    assert (figure.value, figure.reporting_body) == (5_300, body)
    assert "body:quoted" in figure.rules


@pytest.mark.parametrize(
    "text",
    [
        '"Since Monday, 5,300 people have fled to Kassala. Many sleep in the open," a resident said.',
        '"Since Monday, 5,300 people have fled to Kassala.\n\nMany sleep in the open," said UNHCR.',
    ],
)
def test_a_quotation_closed_before_the_figure_or_by_no_named_speaker_gives_no_body(run, text):
    (figure,) = run(text)
    assert not figure.reporting_body


# an organisation that acted as the subject of the sentence before, the only body in sight, gives the body
@pytest.mark.parametrize(
    ("text", "value", "body"),
    [
        (
            "DTM teams tracked clashes in Tawila between 2 and 4 May. The fighting displaced some 6,100 people across "
            "the locality.",
            6_100,
            "DTM",
        ),
        (
            "IOM carried out assessments in 30 sites in Beira. There are 41,200 people living in the sites.",
            41_200,
            "IOM",
        ),
        # the body the sentence before cites
        ("Rains flooded 30 sites in Beira, UNHCR said. There are 41,200 people living in the sites.", 41_200, "UNHCR"),
        (
            "In addition, UNHCR opened a transit centre at Adre last week. Some 2,300 refugees are sheltering in "
            "the centre.",
            2_300,
            "UNHCR",
        ),
    ],
)
def test_the_organisation_acting_in_the_sentence_before_gives_the_body(run, text, value, body):
    figure = next(f for f in run(text) if f.value == value)
    assert body in (figure.reporting_body or "")
    assert {"body:continued", "body:paragraph"} & set(figure.rules)


@pytest.mark.parametrize(
    "text",
    [
        # a paragraph break
        "IOM carried out assessments in 30 sites in Beira.\n\nThere are 41,200 people living in the sites.",
        # a generic source of its own
        "IOM carried out assessments in 30 sites in Beira. There are 41,200 people living in the sites, local "
        "sources said.",
        # a quotation of its own
        'IOM carried out assessments in 30 sites in Beira. "There are 41,200 people living in the sites," a nurse '
        "said.",
        # a body that does not open the sentence before
        "Rains hit 30 sites in Beira, where IOM works. There are 41,200 people living in the sites.",
    ],
)
def test_no_body_is_carried_across_a_paragraph_a_source_a_quotation_or_from_inside_a_sentence(run, text):
    figure = next(f for f in run(text) if f.value == 41_200)
    assert not figure.reporting_body


# "the figure is N" or "the number has climbed to N" in the next sentence goes on from the count before: when that
# count was refused (people under an evacuation order, in need of aid), so is the running total that follows it
@pytest.mark.parametrize(
    "text, values",
    [
        ("By Monday 38,000 Gippsland residents were subject to an evacuation order. That figure is 7,300 in Victoria.",
         []),
        ("About 38,000 residents were under the evacuation order on Monday. By Friday the number had climbed to "
         "52,000.", []),
        ("Some 38,000 residents face fresh evacuation orders in Gippsland. The total now stands at 52,000.", []),
        # near-misses: the count before was a figure, or no count came before
        ("By Monday 38,000 Gippsland residents had been evacuated. That figure is 7,300 in Victoria.", [38_000, 7_300]),
        ("Floods have displaced 38,000 people in Gippsland. By Friday the number had climbed to 52,000.",
         [38_000, 52_000]),
        ("Boats carrying Rohingya refugees have landed in Aceh. The number has climbed to 2,100.", [2_100]),
    ],
)  # fmt: skip
def test_the_grid_a_running_total_after_a_refused_count_is_refused_too(run, text, values):
    assert [c.value for c in run(text)] == values


# the sentence after a count says it has since changed: the count before was an earlier one (not a figure); a
# sentence that only describes the count, or says what it leaves out, keeps it
@pytest.mark.parametrize(
    "text,gone,kept",
    [
        ("Two days ago the mission was sheltering some 14,000 people. That number has now almost tripled to 40,000.",
         14000, None),
        ("On Monday the county's shelters held 1,200 evacuees. The figure has since fallen to about 300 as the "
         "water went down.", 1200, None),
        ("Last week 6,500 people were registered at the transit site. This total has since climbed to 9,800.", 6500,
         None),
        # near-misses
        ("On Monday the county's shelters held 1,200 evacuees. The figure includes 300 children.", None, 1200),
        ("About 4,000 people fled Kalehe on Monday. That number does not include those who went to Bukavu.", None,
         4000),
    ],
)  # fmt: skip
def test_a_count_the_next_sentence_says_has_since_changed_is_an_earlier_one(run, text, gone, kept):
    values = {f.value for f in run(text)}
    if gone is not None:
        assert gone not in values
    if kept is not None:
        assert kept in values

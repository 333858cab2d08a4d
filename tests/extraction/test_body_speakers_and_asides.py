"""Who reported a figure when something stands between the speaker and the verb, or when the speaker is a nation's
own office: an adverb ("further", "separately", "again"), whom a mayor spoke to ("… who spoke to Radio X said"),
whom a person told ("told reporters that", "told a news conference that"), a minister named by a field in lower case
with the name beside it, a nation's authorities ("authorities in Malawi", not in a valley or a town), "the
presidency", a with-clause's "estimating that", and an organisation's letters before its verb when its name is
written with a word in lower case."""

import pytest


@pytest.mark.parametrize(
    "sentence,body",
    [
        ("The NDMO further reports that 2,300 people were displaced in Tanna.", "NDMO"),
        ("The BNGRC also lists nearly 14,000 displaced in Toamasina.", "BNGRC"),
        ("Planning Minister Rana Aziz separately said 45,000 people had fled to Sukkur.", "Rana Aziz"),
        ("The Red Crescent again said 3,100 families had fled Idlib.", "Red Crescent"),
        (
            "Kismayo Mayor Abdi Farah who spoke to Radio Risaala said that 7,000 people had fled to Kismayo.",
            "Kismayo Mayor Abdi Farah",
        ),
        (
            "District commissioner Joseph Lado who talked to Eye Radio said 2,000 families fled to Yei.",
            "commissioner",
        ),
    ],
)
def test_an_adverb_or_whom_they_spoke_to_between_the_speaker_and_the_verb(run, sentence, body):
    (figure,) = run(sentence)
    assert body in (figure.reporting_body or "")


@pytest.mark.parametrize(
    "sentence,body",
    [
        ("Halima Sule later told a press conference that floods had displaced over 80,000 people.", "Halima Sule"),
        ("Peter Mwale told reporters that 12,000 people had been displaced in Chikwawa.", "Peter Mwale"),
        ("Ms Okafor told journalists that 4,500 families had fled to Makurdi.", "Okafor"),
        ("Tomas Reyes told a news briefing on Monday that 9,000 residents had been evacuated.", "Tomas Reyes"),
    ],
)
def test_a_person_opening_the_sentence_tells_whom_that(run, sentence, body):
    (figure,) = run(sentence)
    assert body in (figure.reporting_body or "")


def test_a_person_who_told_someone_else_something_else_is_no_body(run):
    # (no verb of saying governs the figure: "told her neighbours to leave" is an order, not a report)
    figures = run("Ada Eze told her neighbours to leave before 300 houses were flooded.")
    assert all(not f.reporting_body for f in figures)


@pytest.mark.parametrize(
    "sentence,body",
    [
        (
            "Chad's minister for social action, Fatime Abakar, says the floods have displaced more than 6,000 people.",
            "minister for social action, Fatime Abakar",
        ),
        (
            "Mali's minister of humanitarian affairs, Issa Traore, said 9,200 people had fled to Mopti.",
            "minister of humanitarian affairs, Issa Traore",
        ),
    ],
)
def test_a_minister_named_by_a_field_in_lower_case_with_the_name_beside(run, sentence, body):
    (figure,) = run(sentence)
    assert body in (figure.reporting_body or "")


@pytest.mark.parametrize(
    "sentence,body",
    [
        ("Authorities in Malawi said 12,400 people had fled to higher ground.", "Authorities in Malawi"),
        (
            "Ahead of the storm, authorities in Vietnam have reported that more than 8,000 people were evacuated.",
            "authorities in Vietnam",
        ),
        ("Officials in Mozambique said 3,200 families had been moved to shelters.", "Officials in Mozambique"),
    ],
)
def test_a_nations_authorities_named_by_the_country(run, sentence, body):
    (figure,) = run(sentence)
    assert figure.reporting_body == body


@pytest.mark.parametrize(
    "sentence",
    [
        "Authorities in the Rhine valley said 4,000 people had fled to higher ground.",  # a valley: generic
        "Authorities in Kassala said 4,000 people had fled to higher ground.",  # a town: generic
        "Local authorities in Malawi said 4,000 people had fled to higher ground.",  # local: generic
    ],
)
def test_authorities_in_a_town_or_valley_stay_generic(run, sentence):
    (figure,) = run(sentence)
    assert figure.value == 4000
    assert not figure.reporting_body


@pytest.mark.parametrize(
    "sentence,body",
    [
        ("On Tuesday, the presidency said about 3,400 people had been left homeless.", "presidency"),
        ("The presidency said 7,000 families had fled to Maradi.", "presidency"),
        (
            "Shelling spread across the south, with the government estimating that 600,000 people were displaced.",
            "government",
        ),
    ],
)
def test_the_presidency_and_a_government_estimating(run, sentence, body):
    (figure,) = run(sentence)
    assert figure.reporting_body == body


def test_estimating_without_that_is_no_verb_of_saying(run):
    (figure,) = run("Some 2,000 people fled Kassala, with officials estimating losses in the millions.")
    assert figure.value == 2000
    assert not figure.reporting_body


@pytest.mark.parametrize(
    "sentence,body",
    [
        (
            "The National Centre for Emergency Operations and Disaster response (CNOE) reports that 5,210 people "
            "were displaced in Sofala.",
            "CNOE",
        ),
        (
            "The Agency for Relief and Flood control (ARFC) has reported that 2,800 families fled to Kasese.",
            "ARFC",
        ),
    ],
)
def test_an_organisations_letters_before_its_verb_when_its_name_has_a_word_in_lower_case(run, sentence, body):
    (figure,) = run(sentence)
    assert body in (figure.reporting_body or "")


def test_letters_of_an_armed_group_or_a_place_before_a_verb_are_no_body(run):
    (figure,) = run("Fighting near the border (RSF) reported by residents forced 3,000 people to flee to Tawila.")
    assert figure.value == 3000
    assert figure.reporting_body != "RSF"


def test_residents_who_spoke_to_a_radio_stay_a_generic_source(run):
    (figure,) = run("Residents who spoke to Radio Ergo said 3,000 people had fled to Baidoa.")
    assert figure.value == 3000
    assert not figure.reporting_body


@pytest.mark.parametrize(
    "sentence,body",
    [
        (
            "According to the aid group Doctors Without Borders, some 30,000 people have fled to Renk.",
            "Doctors Without Borders",
        ),
        (
            "According to the humanitarian group Save the Children, floods have displaced 120,000 people in Jowhar.",
            "Save the Children",
        ),
        (
            "Some 4,100 families fled to Dori, according to the relief group Action Against Hunger.",
            "Action Against Hunger",
        ),
    ],
)
def test_a_described_organisation_named_by_several_words_after_its_description(run, sentence, body):
    (figure,) = run(sentence)
    assert figure.reporting_body == body


def test_a_description_followed_by_a_place_gives_no_place_as_body(run):
    (figure,) = run("According to the aid group in South Sudan, some 30,000 people have fled to Renk.")
    assert figure.value == 30000
    assert figure.reporting_body != "South Sudan"


@pytest.mark.parametrize(
    "sentence,body",
    [
        (
            "Some 90,000 people were moved to relief camps, said the head of the area's Provincial Disaster "
            "Management Authority.",
            "Provincial Disaster Management Authority",
        ),
        (
            "Close to 7,500 residents were relocated last week, according to information from the Ministry of "
            "Emergency Management.",
            "Ministry of Emergency Management",
        ),
    ],
)
def test_an_office_the_area_owns_and_information_from_a_body(run, sentence, body):
    (figure,) = run(sentence)
    assert body in (figure.reporting_body or "")


def test_information_from_residents_is_no_body(run):
    (figure,) = run("Close to 7,500 residents were relocated, according to information from local residents.")
    assert figure.value == 7500
    assert not figure.reporting_body


@pytest.mark.parametrize(
    "sentence,expected",
    [
        (
            "Kenya said 12,000 refugees had arrived in Dadaab, and UNHCR warned that 3,000 more had fled to Kakuma.",
            {12000: "Kenya", 3000: "UNHCR"},
        ),
        (
            "The Sudanese government has said that some 900,000 people have been displaced, of which Ama Tiro said "
            "IOM had verified 410,000.",
            {900000: "Sudanese government"},
        ),
        ("NAIROBI - Kenya said on Friday that 7,000 Somalis had crossed into Mandera.", {7000: "Kenya"}),
    ],
)
def test_each_source_with_its_own_verb_after_a_comma_keeps_its_clause(run, sentence, expected):
    figures = {f.value: f.reporting_body for f in run(sentence)}
    for value, body in expected.items():
        assert figures[value] == body


def test_a_second_clause_of_a_generic_source_leaves_the_first_body(run):
    (figure,) = run("The ministry said 12,000 people had fled to Goma, and aid workers said the camps were full.")
    assert figure.reporting_body == "ministry"

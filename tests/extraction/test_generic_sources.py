"""The labelling convention for sources that name no body: "officials" or "local authorities" with no body named,
aid workers, residents, witnesses, local sources, unnamed aid groups. The figure they give has no reporting body,
and takes none from another sentence; a level of government, a service or an organisation named with them is one."""

import json

import pytest

from tests.extraction.conftest import PROJECT_SET, ROOT


@pytest.mark.parametrize(
    "sentence",
    [
        "About 35,000 people in the Kelowna area have been evacuated from their homes, officials said.",
        "Some 2,100 people fled to Bamenda after the attack, local officials told The New Humanitarian.",
        "Officials in Barisal division said 3,000 people had moved to cyclone shelters.",
        "Twelve thousand people have fled the fighting in El Obeid over the past week, aid workers say.",
        "Some 900 families fled Kukawa, according to a community leader.",
        "After the massacre, about 3,000 residents left for Kaya, witnesses told AFP.",
        "Some 13,000 people who had returned to Macomia fled again, local sources said.",
        "Humanitarian partners estimate that 8,000 people were displaced in Cabo Delgado.",
        "About 2,000 people were forced from their homes in Kalehe, local rights groups said.",
        "International aid organisations said 4,000 families fled Kidal.",
        "Local NGOs said about 9,000 households were displaced by floods in Moyen-Chari.",
        "Authorities evacuated almost 90,000 people as wildfires spread across Evia.",
        "Authorities in the Ahr valley said about 1,700 people had lost their homes.",
        "Local leaders say 900 families have fled the villages around Tombura.",
        "Fighting has forced some 9,000 residents of Kalaw to flee, local rescue groups said.",
        "Some 700 households fled Minbya, a local relief worker said.",
        "Some 350 families fled shelling in Taiz, said Nabil Abdulhafeez, a spokesman for the local authority.",
        "Health workers said 650,000 displaced people were living in sites around Goma.",
    ],
)
def test_a_generic_source_is_no_body(run, sentence):
    (figure,) = run(sentence)
    assert figure.reporting_body is None and "body:generic-source" in figure.rules


def test_a_generic_source_takes_no_body_from_the_sentence_before_nor_a_source_line(run):
    (figure,) = run(
        "The Red Crescent reported that heavy rain fell on Kassala overnight. Local officials said 3,000 people "
        "fled to Aroma."
    )
    assert figure.reporting_body is None
    (figure,) = run("Some 4,000 people fled Djibo, residents said.\nSource: OCHA")
    assert figure.reporting_body is None


def test_a_generic_clause_keeps_no_body_from_the_other_clause(run):
    first, second = run(
        "UNHCR said 3,000 people had fled to Renk, while local officials said 5,000 had arrived in Kosti."
    )
    assert first.reporting_body == "UNHCR" and second.reporting_body is None


def test_the_feed_body_stands_for_a_generic_source(run):
    (figure,) = run("Some 5,000 people fled Ariha, local officials said.", default_body=("OCHA", 7))
    assert (figure.reporting_body, figure.reporting_body_id) == ("OCHA", 7)


@pytest.mark.parametrize(
    "sentence,body",
    [
        # a body named elsewhere in the sentence comes first
        ("Some 4,000 residents of Tessit found refuge in Gao, the regional governor said.", "regional governor"),
        ("UNHCR said 2,000 people had crossed into Chad, residents said.", "UNHCR"),
        # a level of government, a service, a nation or an organisation named with the officials
        ("About 15,000 people have been evacuated in Gofa zone, regional officials said.", "regional officials"),
        ("More than 3,000 people were displaced in Kebbi, county officials said.", "county officials"),
        (
            "Some 2,000 to 3,000 Rohingya have crossed into Teknaf, Bangladeshi border officials said.",
            "border officials",
        ),
        (
            "About 700 residents of Jablanica were evacuated, civil protection officials said.",
            "civil protection officials",
        ),
        ("Kyrgyz officials said 136,000 people had been evacuated from Batken region.", "Kyrgyz officials"),
        ("Officials of the Kenya Red Cross said 3,100 families had been displaced in Garsen.", "Kenya Red Cross"),
        ("About 1,000 people fled Rutshuru, UN officials said.", "UN officials"),
        # people at work before the count are no body: the organisation named after it is
        (
            "Health workers recorded 1,340 cholera cases among the 650,000 displaced people living in sites around "
            "Goma, MSF said.",
            "MSF",
        ),
    ],
)
def test_a_body_named_with_or_beside_a_generic_source(run, sentence, body):
    (figure,) = run(sentence)
    assert body in (figure.reporting_body or ""), figure.reporting_body


def test_no_english_label_names_a_generic_source():
    """The labels follow the convention: no reporting body that is only a kind of people or unnamed groups."""
    generic = {
        "officials",
        "local officials",
        "local official",
        "authorities",
        "local authorities",
        "aid workers",
        "residents",
        "witnesses",
        "local sources",
        "aid agencies",
        "humanitarian partners",
        "community leader",
    }
    for path in (ROOT / "tests" / "data" / "extraction_worldwide.jsonl", PROJECT_SET):
        for line in path.read_text(encoding="utf-8").splitlines():
            for figure in json.loads(line)["expected"]:
                assert (figure["reporting_body"] or "").lower() not in generic, line


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Au moins 7 000 Burkinabè ont fui vers le Ghana, selon les autorités ghanéennes.", "fr"),
        ("Les autorités sénégalaises ont évacué 1 200 habitants de Matam menacés par la crue.", "fr"),
        ("تستضيف مخيمات عرسال نحو 60 ألف لاجئ سوري، بحسب السلطات اللبنانية.", "ar"),
    ],
)
def test_a_nations_authorities_read_through_a_gloss_are_a_body(gazetteer, text, lang):
    """The glosses keep the French and Arabic word order ("the authorities ghanéennes") or leave out the
    nationality: the authorities of a nation are a body, not a generic source."""
    from extraction import languages

    (figure,) = languages.extract(text, lang=lang, gazetteer=gazetteer)
    assert figure.reporting_body and "body:generic-source" not in figure.rules


def test_local_authorities_read_through_a_gloss_are_a_generic_source(gazetteer):
    from extraction import languages

    (figure,) = languages.extract(
        "Selon les autorités locales, le cyclone Chido a jeté à la rue quelque 90 000 personnes à Mayotte.",
        lang="fr",
        gazetteer=gazetteer,
    )
    assert figure.reporting_body is None

"""Who reported a figure."""

import pytest


@pytest.mark.parametrize(
    "sentence,body",
    [
        ("More than 67,000 people remained displaced in Davao (DSWD, 2 March 2017).", "DSWD"),
        ("29,739 people lost their homes in Atacama (ONEMI).", "ONEMI"),
        ("As many as 1,800 people were evacuated in Kasese (IFRC disaster update, 25 January 2017).", "IFRC"),
        ("IOM's Displacement Tracking Matrix (DTM) has recorded 12,000 displaced people in Sabha.", "(DTM)"),
        ("The International Organization for Migration (IOM) in Libya said 2,000 people fled Tawergha.", "(IOM)"),
        (
            "China's National Commission for Disaster Reduction yesterday said the floods forced 239,000 people "
            "to evacuate.",
            "National Commission for Disaster Reduction",
        ),
        ("According to data released by the Disaster Management Authority (NDMA), 12,000 people fled Sindh.", "NDMA"),
        ("In its latest report, IOM's DTM recorded 8,500 newly displaced individuals in Marib.", "DTM"),
        ("Flooding has displaced 45,000 people in Beledweyne, the Somali government said.", "Somali government"),
    ],
)
def test_citations_acronyms_and_named_bodies(run, sentence, body):
    (figure,) = run(sentence)
    assert body in (figure.reporting_body or "")


def test_a_news_agency_relaying_is_the_publisher_not_the_body(run):
    (figure,) = run("More than 5,000 people fled Sirte, AFP reported.")
    assert figure.reporting_body is None
    (figure,) = run("More than 5,000 people fled Sirte, the Red Crescent said, AFP reported.")
    assert figure.reporting_body == "Red Crescent"


@pytest.mark.parametrize(
    "citation,body",
    [
        ("(UNHCR 5 March 2017)", "UNHCR"),
        ("(NDRRMC, 3/3/2017)", "NDRRMC"),
        ("(ONEMI, 2 March)", "ONEMI"),
        ("(INDECI, 5 Mar 2017)", "INDECI"),
        ("(OCHA, March 5, 2017)", "OCHA"),
    ],
)
def test_a_citation_with_any_date_form(run, citation, body):
    (figure,) = run(f"About 1,500 families were evacuated in Albay {citation}.")
    assert figure.reporting_body == body


def test_a_place_and_a_year_in_brackets_is_no_citation(run):
    (figure,) = run("About 1,500 families were evacuated in Albay (Region 2017 plan).")
    assert figure.reporting_body is None


def test_a_news_outlet_relaying_another_source_gives_way_to_it(run):
    (figure,) = run(
        "According to the state news agency ANGOP, Benguela civil protection service said floods forced 600 "
        "families from their homes."
    )
    assert (figure.reporting_body, figure.location) == ("Benguela civil protection service", "Benguela")


def test_a_news_agency_citing_a_body(run):
    (figure,) = run(
        "Some 5,000 people were evacuated in Guangxi, the official Xinhua news agency said, citing the regional "
        "civil affairs department."
    )
    assert figure.reporting_body == "regional civil affairs department"


@pytest.mark.parametrize(
    "sentence,body",
    [
        ("OCHA's latest situation report says 12,000 people were displaced in Tanganyika.", "OCHA"),
        ("Some 12,000 people were displaced in Zambezia, said Joao Silva, a spokesman for the INGC.", "INGC"),
        ("A UNHCR spokesman told Reuters that 3,000 people had fled to Renk.", "UNHCR"),
        ("Kerala's disaster management authority said 5,000 people were evacuated.", "disaster management authority"),
        ("The UN Office for the Coordination of Humanitarian Affairs said 5,000 people fled Tete.", "Coordination"),
    ],
)
def test_a_body_by_its_report_its_spokesperson_or_its_full_name(run, sentence, body):
    (figure,) = run(sentence)
    assert body in (figure.reporting_body or "")


def test_the_agency_named_again_is_the_body_named_before(run):
    (figure,) = run("UNHCR said fighting continued in Ituri on Monday. The agency said 950 people fled Djugu.")
    assert figure.reporting_body == "UNHCR" and "body:anaphor" in figure.rules


def test_the_agency_with_no_body_before_is_no_body(run):
    (figure,) = run("The agency said 950 people had been displaced in Ituri.")
    assert figure.reporting_body is None


def test_a_dated_citation_closing_the_next_sentence_covers_a_figure_without_a_body(run):
    (figure,) = run("Floods displaced 3,000 people in Kasese. Most found shelter with relatives (OCHA, 2 March 2017).")
    assert figure.reporting_body == "OCHA" and "body:citation-after" in figure.rules


def test_a_citation_in_another_paragraph_covers_nothing(run):
    (figure,) = run("Floods displaced 3,000 people in Kasese.\n\nMost stayed with relatives (OCHA, 2 March 2017).")
    assert figure.reporting_body is None


@pytest.mark.parametrize(
    "citation,body",
    [
        ("(Source: OCHA)", "OCHA"),
        ("[OCHA, 2 March 2017]", "OCHA"),
        ("(Reuters, 2 March 2017; OCHA, 3 March 2017)", "OCHA"),
        ("(Government of Haiti / DPC, 2 March 2017)", "Government of Haiti / DPC"),
        ("(IFRC Flash Update No. 3, 5 March 2017)", "IFRC"),
    ],
)
def test_citations_by_source_in_square_brackets_several_or_numbered(run, citation, body):
    (figure,) = run(f"About 1,500 families were evacuated in Albay {citation}.")
    assert body in (figure.reporting_body or "")


@pytest.mark.parametrize(
    "text,body",
    [
        ("Floods displaced 4,000 people in Kasese.\nSource: IOM DTM Uganda", "IOM"),
        ("Floods displaced 4,000 people in Kasese. Source: NDMA", "NDMA"),
        ("Floods displaced 4,000 people in Kasese.\n\nSource: OCHA Flash Update No. 3, 2 May 2024", "OCHA"),
        ("Floods displaced 4,000 people in Kasese. Most are in schools. Roads are cut.\nSources: UNHCR, IOM", "UNHCR"),
    ],
)
def test_a_source_line_names_the_body_of_the_figures_above_it(run, text, body):
    (figure,) = run(text)
    assert figure.reporting_body.startswith(body) and "body:source-line" in figure.rule
    assert "Source" not in figure.quote


@pytest.mark.parametrize(
    "text",
    [
        "Floods displaced 4,000 people in Kasese.\n\nThe market reopened on Monday.\n\nSource: OCHA",  # another block
        "Floods displaced 4,000 people in Kasese.\nSource: Reuters",  # the publisher, not the body
        "Floods displaced 4,000 people in Kasese. The source: local radio said roads were cut.",
    ],
)
def test_a_source_line_out_of_reach_or_naming_a_publisher_gives_no_body(run, text):
    (figure,) = run(text)
    assert figure.reporting_body is None


def test_a_figure_with_its_own_body_keeps_it_under_a_source_line(run):
    (figure,) = run("Floods displaced 4,000 people in Kasese, the Red Cross said.\nSource: OCHA")
    assert figure.reporting_body == "Red Cross"


@pytest.mark.parametrize(
    "sentence,body",
    [
        ("Floods displaced 5,600 people in Kilosa, Prime Minister Kassim Majaliwa said.", "Prime Minister"),
        ("About 2,000 people were evacuated from Odesa, Ukraine's Interior Minister said.", "Interior Minister"),
        (
            "Floods displaced 90,000 people in Jonglei, the Humanitarian Coordinator said on Friday.",
            "Humanitarian Coordinator",
        ),
        ("More than 4,000 people were evacuated from Sumy, Governor Volodymyr Artiukh said.", "Governor"),
        ("Some 10,000 people are sheltering in schools in Lokoja, NEMA officials said.", "NEMA officials"),
        ("Wildfires forced the evacuation of 800 residents of Evia, the fire brigade said.", "fire brigade"),
        ("Some 9,000 people were evacuated from Sangihe, the Basarnas search and rescue agency said.", "Basarnas"),
    ],
)
def test_office_holders_and_services_speaking_for_a_body(run, sentence, body):
    (figure,) = run(sentence)
    assert body in (figure.reporting_body or "")


@pytest.mark.parametrize(
    "sentence,body",
    [
        ("The demolitions left about 1,500 people without shelter, a residents' association said.", "association"),
        ("Evictions left 70,000 people in Harare without homes, the UN special envoy said.", "UN special envoy"),
    ],
)
def test_authorities_of_a_place_associations_and_envoys(run, sentence, body):
    (figure,) = run(sentence)
    assert body in (figure.reporting_body or "")


@pytest.mark.parametrize(
    "sentence,body",
    [
        ("About 6,000 people spent the night in shelters in Quilpué, according to the regional delegate.", "delegate"),
        ("Clashes forced 45,000 people to flee Buthidaung, the UN human rights office said.", "UN human rights office"),
        ("DTM identified 3,450 IDP households in 45 locations of Djugu territory.", "DTM"),
    ],
)
def test_delegates_un_offices_and_what_dtm_identified(run, sentence, body):
    (figure,) = run(sentence)
    assert body in (figure.reporting_body or "")


def test_a_sentence_going_on_from_the_one_before_takes_its_body(run):
    text = (
        "The Disaster Management Centre (DMC) reports that 7,520 families have been affected in Galle. "
        "Of these, 1,240 families are displaced and staying in 61 safety centres."
    )
    (figure,) = run(text)
    assert figure.value == 1_240 and "DMC" in figure.reporting_body and "body:continued" in figure.rule


def test_a_sentence_that_does_not_go_on_from_the_one_before_takes_the_body_of_its_paragraph(run):
    (figure,) = run("Floods hit Galle, where 7,520 families were affected, the DMC said. 1,240 families are displaced.")
    assert (figure.reporting_body, figure.rules[-1]) == ("DMC", "body:paragraph")
    # near miss: a source of its own
    (figure,) = run(
        "Floods hit Galle, where 7,520 families were affected, the DMC said. 1,240 families are displaced, "
        "witnesses said."
    )
    assert figure.reporting_body is None


@pytest.mark.parametrize(
    "sentence,body",
    [
        ("Floods left about 2,500 families homeless in Ghor, a provincial spokesman said Tuesday.", "spokesman"),
        ("A fire left about 7,000 people without shelter in Cox's Bazar, a refugee official said.", "refugee official"),
        ("Per NDMA's situation report, 2,785 persons are staying in 38 relief camps in Assam.", "NDMA"),
        (
            "As per the district administration, 1,100 families were shifted to relief camps in Dhubri.",
            "administration",
        ),
        ("SENAPRED informed that 1,250 people were evacuated from the coast of Arica.", "SENAPRED"),
    ],
)
def test_spokesmen_officials_per_and_informed(run, sentence, body):
    (figure,) = run(sentence)
    assert body in (figure.reporting_body or "")


def test_per_cent_and_per_day_are_no_citation(run):
    (figure,) = run("About 5,000 people per day fled Rafah last week.")
    assert figure.reporting_body is None


def test_a_sentence_opening_with_who_reports_gives_the_body_of_the_next(run):
    text = (
        "The Sudanese Red Crescent reported that heavy rain caused the collapse of the Arbaat dam. "
        "About 5,000 people have left their villages around the dam."
    )
    (figure,) = run(text)
    assert figure.reporting_body == "Sudanese Red Crescent" and "body:continued" in figure.rule


@pytest.mark.parametrize("seat", ["prefecture", "district", "municipality"])
def test_an_administration_named_by_its_seat(run, seat):
    (figure,) = run(f"Some 3,000 people sought refuge in 42 evacuation centres in Réunion, the {seat} said.")
    assert figure.reporting_body == seat


@pytest.mark.parametrize(
    "sentence,body",
    [
        ("NDMA: 5,000 people displaced in Sindh", "NDMA"),
        ("Joao Silva, a spokesman for the INGC, said 5,000 people were displaced in Beira.", "INGC"),
        (
            "Maria Lopez, head of the regional civil protection office, said 5,000 people left Alzira.",
            "civil protection",
        ),
        ("About 5,000 people fled Kidal, UN figures show.", "UN"),
        (
            "About 5,000 people fled Kidal, according to a statement by the Ministry of Interior.",
            "Ministry of Interior",
        ),
        ("Médecins Sans Frontières said 5,000 people fled Kidal.", "Médecins Sans Frontières"),
        ("Save the Children said 5,000 children fled Kidal.", "Save the Children"),
        ("Derna mayor Abdulmenam al-Ghaithi said 5,000 people fled the city.", "Derna mayor"),
        ("The floods displaced 10,200 people in Gaza province, Mozambique's INGD said.", "INGD"),
    ],
)
def test_more_ways_of_naming_who_reports(run, sentence, body):
    (figure,) = run(sentence)
    assert body in (figure.reporting_body or "")


@pytest.mark.parametrize(
    "sentence",
    [
        "John Smith said 5,000 people fled Kidal.",  # a person alone is no body
        "DRC: 5,000 people flee Goma",  # a country's letters head the line, not a body's
    ],
)
def test_a_person_or_a_country_is_no_body(run, sentence):
    (figure,) = run(sentence)
    assert figure.reporting_body is None


@pytest.mark.parametrize(
    "sentence,body",
    [
        ("At least 3,000 people fled the commune of Kalembelembe, local civil society reported.", "civil society"),
        ("An IOM rapid assessment found 12,400 individuals displaced in Téra department.", "IOM"),
    ],
)
def test_civil_society_and_what_an_assessment_found(run, sentence, body):
    (figure,) = run(sentence)
    assert body in (figure.reporting_body or "")


@pytest.mark.parametrize(
    "sentence,body",
    [
        ("In its weekly update, the Sahel regional office of OCHA said 14,000 people had fled Djibo.", "OCHA"),
        (
            "Protection Cluster partners documented the displacement of 6,700 people from Shabunda.",
            "Protection Cluster",
        ),
        ("Oxfam said 30,000 people in Sindh had no shelter.", "Oxfam"),
    ],
)
def test_a_branch_names_its_organisation_and_partners_their_cluster(run, sentence, body):
    (figure,) = run(sentence)
    assert body in (figure.reporting_body or "")


@pytest.mark.parametrize(
    "sentence,body",
    [
        ("Some 3,100 people fled their homes in Bouaké, the ministry of solidarity said.", "ministry of solidarity"),
        ("Floods displaced 5,000 people in Kayes, according to the Malian government.", "Malian government"),
        ("The floods displaced 38,000 people in Canoas, the state civil defence said.", "state civil defence"),
        ("Havana evacuated more than 20,000 people ahead of the storm, state media said.", "state media"),
        ("DTM teams tracked 640 households displaced in Rubkona county.", "DTM"),
        ("Some 2,500 people remain in evacuation centres in Bicol, the regional DSWD office reported.", "DSWD"),
        (
            "Displaced persons: 12,400 in the Est region, according to the regional directorate for humanitarian "
            "action.",
            "regional directorate for humanitarian",
        ),
    ],
)
def test_bodies_named_in_lower_case_by_their_kind(run, sentence, body):
    (figure,) = run(sentence)
    assert body in (figure.reporting_body or "")


def test_rights_activists_and_local_media_are_still_no_body(run):
    (figure,) = run("About 2,000 people fled Kalehe, local activists said.")
    assert figure.reporting_body is None


@pytest.mark.parametrize(
    "sentence,body",
    [
        (
            "Pakistan's National Disaster Management Authority (NDMA) said 6,000 families in Dadu district were "
            "living in relief camps.",
            "National Disaster Management Authority (NDMA)",
        ),
        ("Some 2,400 people fled Kalehe, Kenya's Interior Ministry said.", "Interior Ministry"),
        ("Fighting pushed 135,000 people towards Goma, the UN refugee agency UNHCR said.", "UNHCR"),
        ("About 250 households in Phnom Penh were evicted, rights group LICADHO said.", "LICADHO"),
        ("Nearly 3,000 people were evacuated in Valparaíso, Chile's disaster agency Senapred said.", "Senapred"),
        (
            "Nearly 8,000 people were evacuated from Kharkiv region, regional governor Oleh Syniehubov said.",
            "regional governor Oleh Syniehubov",
        ),
    ],
)
def test_a_body_without_its_country_and_named_after_its_description(run, sentence, body):
    (figure,) = run(sentence)
    assert figure.reporting_body == body


def test_a_possessor_that_is_no_country_stays(run):
    (figure,) = run("About 3,000 families fled Kalehe, Médecins Sans Frontières' emergency team said.")
    assert "Pakistan" not in (figure.reporting_body or "")
    (figure,) = run("Some 900 people fled Derna, Libya's Red Crescent said.")
    assert figure.reporting_body == "Red Crescent" and figure.location == "Derna"


@pytest.mark.parametrize(
    "sentence,body",
    [
        # an organisation's letters in mixed case
        ("NaDMO said up to 4,000 people were sheltering in schools in Tamale.", "NaDMO"),
        # one capitalised word, no place and no ordinary word, the subject of a reporting verb
        ("Conred reported that 2,300 people were in shelters in Escuintla.", "Conred"),
        ("Floods displaced 2,300 people in Escuintla, Conred said.", "Conred"),
    ],
)
def test_a_body_named_by_one_word_or_mixed_letters(run, sentence, body):
    (figure,) = run(sentence)
    assert figure.reporting_body == body


def test_a_plural_of_people_opening_the_sentence_is_no_body(run):
    (figure,) = run("Survivors said 3,000 people fled Escuintla.")
    assert figure.reporting_body is None


def test_who_says_and_cites_its_own_source_is_the_body(run):
    (figure,) = run(
        "Floods displaced 5,000 people in Jowhar, the Disaster Management Agency said, citing local officials."
    )
    assert "Disaster Management Agency" in figure.reporting_body


@pytest.mark.parametrize(
    "sentence",
    [
        "Floods displaced 5,000 people in Jowhar, Somali state media reported, citing the regional Relief Department.",
        "Floods displaced 5,000 people in Jowhar, Hiiraan Online reported, citing the regional Relief Department.",
    ],
)
def test_media_or_a_bare_name_citing_a_source_relay_it(run, sentence):
    (figure,) = run(sentence)
    assert figure.reporting_body == "regional Relief Department"


def test_an_organisation_opening_the_sentence_as_its_subject_is_the_body(run):
    (figure,) = run("UNICEF is worried about 12,000 children who have fled Jowhar.")
    assert figure.reporting_body == "UNICEF"
    (figure,) = run("IDPs have fled Jowhar in their thousands; 12,000 people have fled since May.")
    assert figure.reporting_body is None


@pytest.mark.parametrize(
    "sentence,body",
    [
        ("Some 700 households were displaced in Wayanad, the district collector said.", "district collector"),
        ("Veneto's regional president said 2,000 people had left their homes in Padua.", "regional president"),
        (
            "Kandahar provincial administrator Ali Khan said about 900 people had been displaced.",
            "provincial administrator",
        ),
        ("The deputy governor for humanitarian affairs said 3,000 families had fled Beledweyne.", "deputy governor"),
    ],
)
def test_an_office_holder_of_a_level_of_government_is_the_body(run, sentence, body):
    (figure,) = run(sentence)
    assert body in (figure.reporting_body or "")


def test_an_office_in_apposition_to_a_persons_name_is_the_body(run):
    (figure,) = run("Maria Lopez, the city's emergency manager, said 800 residents were evacuated from Paradise.")
    assert "emergency manager" in figure.reporting_body
    (figure,) = run("Maria Lopez, a resident of Paradise, said 800 residents were evacuated from the town.")
    assert figure.reporting_body is None


@pytest.mark.parametrize(
    "sentence,body",
    [
        ("The ministry's press office said 2,000 people had fled Kharkiv.", "press office"),
        ("About 5,000 people fled Kalehe, the UN humanitarian affairs office said.", "UN humanitarian affairs office"),
        ("About 900 families fled Rutshuru, civil society leaders in Kiwanja said.", "civil society leaders"),
        (
            "Some 4,000 people had to leave their homes in Liege, the regional interior minister said.",
            "interior minister",
        ),
        ("OCHA (3 June): about 12,000 people remain displaced in Bentiu.", "OCHA"),
    ],
)
def test_offices_community_leaders_and_dated_headlines(run, sentence, body):
    (figure,) = run(sentence)
    assert body in (figure.reporting_body or "")


def test_one_word_named_after_according_to_is_the_body_but_a_weekday_after_said_is_not(run):
    (figure,) = run("Some 3,000 people have been displaced in Choloma, according to Copeco.")
    assert figure.reporting_body == "Copeco"
    (figure,) = run("Some 3,000 people fled Choloma, the UN migration agency said Thursday.")
    assert "UN migration agency" in figure.reporting_body


@pytest.mark.parametrize(
    "sentence,body",
    [
        ("The Colombian Ombudsman's office said 900 people had been displaced in Tumaco.", "Ombudsman's office"),
        ("About 700 families were uprooted in Irumu, the territorial administrator said.", "territorial administrator"),
    ],
)
def test_an_office_named_by_its_holder_or_its_territory(run, sentence, body):
    (figure,) = run(sentence)
    assert body in (figure.reporting_body or "")


def test_each_clause_of_a_sentence_keeps_its_own_source(run):
    first, second = run(
        "OCHA counted 5,000 displaced people in Bor, while the county commissioner said 7,000 people had fled."
    )
    assert first.reporting_body == "OCHA" and "county commissioner" in second.reporting_body
    first, second = run("UNHCR said 5,000 people fled Bor, while 2,000 others were evacuated from Pibor.")
    assert first.reporting_body == second.reporting_body == "UNHCR"


def test_the_agency_after_its_letters_in_the_same_sentence_is_that_organisation(run):
    (figure,) = run("Across Bor, IOM sites now host 40,000 IDPs, the agency's latest update says.")
    assert figure.reporting_body == "IOM"


@pytest.mark.parametrize(
    "sentence,body",
    [
        (
            "More than 800 families were displaced from Tame, according to the municipal ombudsman.",
            "municipal ombudsman",
        ),
        ("Floods displaced 4,000 people in Chiure, IOM DTM's emergency tracking tool shows.", "IOM"),
        ("Since May, 90,000 people have crossed into Syria, according to the General Security.", "General Security"),
        ("About 3,000 people have returned to Palma, according to the latest IOM figures.", "IOM"),
        ("Some 6,000 people have gone back to Kandahar, according to the IOM-UNHCR flash update.", "IOM-UNHCR"),
        (
            "About 500 people were relocated to shelters, the city's secretary of social integration said.",
            "secretary of social integration",
        ),
        ("Some 900 people spent the night in shelters in Tecpan, Civil Protection said.", "Civil Protection"),
        ("Civil Defence evacuated more than 28,000 people in Artemisa ahead of the storm.", "Civil Defence"),
        ("Over 200,000 IDPs live in Idlib, of whom 190,000 are in camps (CCCM Cluster).", "CCCM Cluster"),
        (
            '"We have 3,000 newly displaced people in Tawila," said the head of the local camp committee.',
            "local camp committee",
        ),
        (
            "Some 5,000 people have been forced from their homes in the Far North region, U.N. agencies said.",
            "U.N. agencies",
        ),
        ("About 600 families fled to Kumba, the district relief officer said.", "district relief officer"),
    ],
)
def test_more_kinds_of_sources(run, sentence, body):
    figure = run(sentence)[0]
    assert body in (figure.reporting_body or "")


def test_whom_a_source_told_is_no_body(run):
    (figure,) = run("Some 2,100 people fled to Bamenda after the attack, the mayor told The New Humanitarian.")
    assert figure.reporting_body == "mayor"


def test_the_society_named_again(run):
    (figure,) = run(
        "The Kenya Red Cross has set up camps in Naivasha. The society said 1,200 people were staying in the camps."
    )
    assert figure.reporting_body == "Kenya Red Cross"


def test_a_round_of_tracking_names_its_organisation(run):
    (figure,) = run("IOM's latest round of displacement tracking found 60,000 IDPs across Haiti.")
    assert figure.reporting_body == "IOM"


def test_a_headline_opening_with_an_organisations_letters(run):
    (figure,) = run(
        "IOM DTM Emergency Tracking: on 6 August, 2,460 households were displaced from Kafia Kingi to Raja."
    )
    assert figure.reporting_body.startswith("IOM")


@pytest.mark.parametrize(
    "sentence,body",
    [
        ("Emergency services in Murcia said about 700 people were in shelters in Lorca.", "Emergency services"),
        ("The municipality of Canoas said 6,000 residents were in shelters across the city.", "municipality"),
    ],
)
def test_services_and_a_municipality_named_with_its_seat(run, sentence, body):
    (figure,) = run(sentence)
    assert body in (figure.reporting_body or "")


@pytest.mark.parametrize(
    "sentence,body",
    [
        ("About 7,500 refugees fled to Birao, the UNHCR office said.", "UNHCR office"),
        ("In Porto Alegre, some 80,000 people have left their homes, the mayor's office said.", "mayor's office"),
        (
            "Violence in Arcahaie displaced 3,340 people, the civil protection directorate reported.",
            "civil protection directorate",
        ),
        ("Some 766 people were displaced in São Sebastião after the rains, the state said.", "state"),
    ],
)
def test_offices_of_organisations_and_office_holders(run, sentence, body):
    (figure,) = run(sentence)
    assert body in (figure.reporting_body or "")


def test_a_disaster_mitigation_agency_named_by_its_kind(run):
    (figure,) = run("The West Sumatra disaster mitigation agency said 1,500 residents of Agam had been evacuated.")
    assert figure.reporting_body == "disaster mitigation agency"


@pytest.mark.parametrize(
    "sentence,body",
    [
        # a body's proper name owned by the level of government it serves: the name, not the owner
        (
            "Floods have left 58,000 people displaced in Rio Grande do Sul, according to the state's Civil Defence.",
            "Civil Defence",
        ),
        # a level of government before an office's proper name
        (
            "Clashes displaced 12,400 people in Kalemie, according to the provincial Humanitarian Affairs Division.",
            "provincial Humanitarian Affairs Division",
        ),
        # an office-holder of a level of government: chairman, divisional officer
        (
            "Attacks drove over 16,000 people from Bokkos, the local government chairman said.",
            "local government chairman",
        ),
        ("Some 2,700 IDPs were relocated to Mokolo, the divisional officer said.", "divisional officer"),
        # an administration's delegation named by its field
        (
            "Flooding in Lac province has left 8,900 households homeless, the provincial delegation for humanitarian "
            "action said.",
            "provincial delegation for humanitarian action",
        ),
        (
            "Some 27,000 people have arrived in Sake, the local civil society coordinator said.",
            "local civil society coordinator",
        ),
    ],
)
def test_offices_named_by_their_level_of_government(run, sentence, body):
    (figure,) = run(sentence)
    assert figure.reporting_body == body


def test_a_newspaper_citing_a_body_gives_the_body(run):
    (figure,) = run(
        "The Sudan Tribune, citing the state's Humanitarian Aid Commission, reported that 3,500 families had "
        "arrived in Gedaref."
    )
    assert figure.reporting_body == "Humanitarian Aid Commission"


def test_a_level_of_government_alone_is_no_proper_name(run):
    # "provincial officials" stays as it was: no capitalised name follows the level
    (figure,) = run("About 4,000 people fled Kalemie, provincial officials said.")
    assert figure.reporting_body == "provincial officials"


@pytest.mark.parametrize(
    "sentence,body",
    [
        (
            "Oleh Syniehubov, head of the Kharkiv regional military administration, said on Monday that 5,762 "
            "people had been evacuated from Vovchansk.",
            "Kharkiv regional military administration",
        ),
        ("Upwards of 7,000 residents of Jableh have fled, according to the base command.", "base command"),
    ],
)
def test_administrations_named_by_their_seat_and_military_commands(run, sentence, body):
    (figure,) = run(sentence)
    assert figure.reporting_body == body


def test_a_ministrys_branch_named_by_its_field(run):
    (figure,) = run("The displacement ministry's branch in Anbar said 4,800 people returned to Al-Qaim.")
    assert figure.reporting_body.startswith("displacement ministry's branch")


def test_a_description_then_the_bodys_own_name_in_apposition(run):
    (figure,) = run("The country's disaster agency, Senapred, said 1,600 people were in shelters in Quilpué.")
    assert figure.reporting_body == "Senapred"
    # a place in apposition is no body's name
    (figure,) = run("The regional disaster agency, Valparaíso, said 1,600 people were in shelters in Quilpué.")
    assert figure.reporting_body != "Valparaíso"


def test_an_organisations_officer_after_a_plural_possessive(run):
    (figure,) = run(
        "Mercy Corps' country director in Haiti, Laurent Uwumuremyi, said upwards of 580,000 people had been "
        "displaced across the country."
    )
    assert figure.reporting_body == "Mercy Corps"


def test_an_office_after_an_adjective_of_allegiance_is_the_body(run):
    (figure,) = run("At least 400,000 people fled Zamzam, the Sudanese Armed Forces-aligned governor of Darfur said.")
    assert figure.reporting_body.endswith("governor")
    (figure,) = run("About 2,000 families fled Shigal, the Taliban-appointed governor of Kunar said.")
    assert figure.reporting_body == "Taliban-appointed governor"


def test_a_district_secretariat_reports(run):
    (figure,) = run(
        "In Gampaha district, 3,450 people are staying in 19 safety camps, the district secretariat reported."
    )
    assert figure.reporting_body == "district secretariat"


def test_a_capitalised_regional_government_owning_a_named_body_gives_the_whole_name(run):
    (figure,) = run(
        "According to a statement from the Kurdistan Regional Government's Joint Crisis Coordination Centre, 630 "
        "families left the camps in Duhok."
    )
    assert "Joint Crisis Coordination Centre" in figure.reporting_body


@pytest.mark.parametrize(
    "sentence,body",
    [
        (
            "The Feni deputy commissioner said nearly 150,000 people had taken shelter in 162 centres.",
            "deputy commissioner",
        ),
        ("Some 1,900 residents were evacuated from Kupiansk, the Kharkiv regional governor said.", "regional governor"),
    ],
)
def test_an_office_after_its_seats_name_stays_the_body(run, sentence, body):
    (figure,) = run(sentence)
    assert figure.reporting_body == body


def test_an_organisation_opening_the_sentence_cites_its_own_source(run):
    (figure,) = run(
        "UNHCR said 2,500 people had fled Kursk into Belgorod over the past week, citing Russian officials."
    )
    assert figure.reporting_body == "UNHCR"
    # a newspaper citing a body still gives the body
    (figure,) = run("The Moscow Times said 2,500 people had fled Kursk into Belgorod, citing Russian officials.")
    assert figure.reporting_body == "Russian officials"


def test_an_organisations_letters_then_the_place_its_office_serves(run):
    (figure,) = run("Hundreds of families have been shifted to relief camps in Nowshera, PDMA Khyber Pakhtunkhwa said.")
    assert figure.reporting_body == "PDMA Khyber Pakhtunkhwa"


@pytest.mark.parametrize(
    "sentence,body",
    [
        (
            "A further 1,500 Rohingya were relocated from Cox's Bazar to Bhasan Char on Wednesday, the navy said.",
            "navy",
        ),
        ("Task Force Bangon Marawi said 3,200 families had returned to Marawi City.", "Task Force Bangon Marawi"),
    ],
)
def test_navies_and_task_forces_report(run, sentence, body):
    (figure,) = run(sentence)
    assert figure.reporting_body == body


def test_a_headline_closed_by_its_source_after_a_dash(run):
    (figure,) = run("Kenya: Floods displace 131,450 people in 32 counties - Interior Ministry")
    assert figure.reporting_body == "Interior Ministry"
    # a wire service closing a headline is the publisher, and a place there is no body
    (figure,) = run("Floods displace 131,450 people in Kenya - Reuters")
    assert figure.reporting_body is None
    (figure,) = run("Floods displace 131,450 people in 32 counties - Kenya")
    assert figure.reporting_body is None


@pytest.mark.parametrize(
    "sentence,body",
    [
        (
            "The Kenya Red Cross Society's Tana River branch said 850 households had been displaced in Garsen.",
            "Kenya Red Cross Society's Tana River branch",
        ),
        (
            "Officials of the Kenya Red Cross said 3,100 families had been displaced in Garsen.",
            "Officials of the Kenya Red Cross",
        ),
    ],
)
def test_a_branch_of_a_named_body_and_officials_of_a_named_body(run, sentence, body):
    (figure,) = run(sentence)
    assert figure.reporting_body == body


def test_when_a_body_spoke_is_not_part_of_its_name(run):
    text = "Figures released by the Ministry of Humanitarian Affairs on Monday show 4,000 people fled Kidal."
    assert [c.reporting_body for c in run(text)] == ["Ministry of Humanitarian Affairs"]


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("Floods forced 400 families out of their homes in Cumanacoa, Venezuela's interior minister said.",
         "interior minister"),
        ("The health ministry said 400 families had fled Cumanacoa.", "health ministry"),
    ],
)  # fmt: skip
def test_a_minister_or_ministry_named_by_its_field(run, sentence, body):
    assert body in run(sentence)[0].reporting_body


def test_it_said_after_a_comma_names_the_body_named_before(run):
    text = (
        "NEMA said 400 people were displaced in Maiduguri. Across Nigeria, floods have displaced 1.2 million "
        "people, it said."
    )
    assert [c.reporting_body for c in run(text)] == ["NEMA", "NEMA"]
    assert "body:anaphor" in run(text)[1].rules


def test_a_service_named_in_lower_case_as_the_subject_of_an_evacuation(run):
    (figure,) = run("The coast guard evacuated 65 people by sea from the beach at Makri.")
    assert figure.reporting_body == "coast guard" and "body:subject" in figure.rules


def test_a_level_of_government_as_the_subject_after_a_place_in_front(run):
    (figure,) = run("In West Bengal, the state government moved 2.16 lakh people to safety.")
    assert (figure.value, figure.reporting_body) == (216_000, "state government")


def test_a_network_led_by_an_agency_is_named_by_its_own_letters(run):
    (figure,) = run("UNHCR-led PRMN recorded 52,000 new displacements in Somalia in March 2024.")
    assert figure.reporting_body == "PRMN"


def test_according_to_wins_over_an_office_heading_and_a_single_name_in_capitals_stays_whole(run):
    (figure,) = run("IOM Haiti: Since 1 October, 21,400 people have fled Arcahaie, according to DTM.")
    assert figure.reporting_body == "DTM"
    (figure,) = run("CAL FIRE: 4,200 people have registered at shelters in Chico.")
    assert figure.reporting_body == "CAL FIRE"


def test_an_agency_and_its_partner_as_subject_after_a_heading(run):
    (figure,) = run("Chad: UNHCR and the Chadian government have relocated 167,000 refugees to new camps.")
    assert figure.reporting_body == "UNHCR"
    (figure,) = run("Chad: UNHCR has relocated 167,000 refugees to new camps since May.")
    assert figure.reporting_body == "UNHCR"


def test_a_place_s_home_department(run):
    (figure,) = run("The Mizoram home department said 12,000 people had fled to Aizawl.")
    assert figure.reporting_body == "Mizoram home department"


@pytest.mark.parametrize(
    "sentence,body",
    [
        ("More than 70,000 people were in shelters across Florida, Gov. Ron DeSantis said.", "Gov. Ron DeSantis"),
        ("About 25,000 residents were ordered out of Jasper National Park, Parks Canada said.", "Parks Canada"),
        ("More than 2,000 people were evacuated in Manitoba, Environment Canada said.", "Environment Canada"),
        ("Kyrgyzstan said on Saturday it had evacuated 136,000 people from border villages.", "Kyrgyzstan"),
    ],
)
def test_abbreviated_titles_agencies_named_with_their_country_and_countries_speaking(run, sentence, body):
    (figure,) = run(sentence)
    assert figure.reporting_body == body


def test_a_country_counting_is_not_the_body_that_published_it(run):
    (figure,) = run(
        "Burkina Faso counted 2,062,534 internally displaced persons as of 31 March 2023, the last official figure "
        "published by CONASUR."
    )
    assert figure.reporting_body != "Burkina Faso"


@pytest.mark.parametrize(
    "sentence,body",
    [
        (
            "Tribal fighting in Wapenamanda has driven more than 2,000 villagers into the bush, provincial "
            "administrator Sandis Tsaka told the ABC.",
            "provincial administrator Sandis Tsaka",
        ),
        (
            "More than 170,000 Afghans have crossed back into Afghanistan since the crackdown began, Taliban officials "
            "at the crossing said.",
            "Taliban officials",
        ),
        (
            "About 1,200 people were staying in 30 shelters across western North Carolina, state emergency management "
            "officials said.",
            "state emergency management officials",
        ),
        (
            "About 16,000 people remained out of their homes in the Halifax area, Halifax Regional Municipality said.",
            "Halifax Regional Municipality",
        ),
    ],
)
def test_whom_a_source_told_where_it_spoke_its_field_and_a_municipality_by_name(run, sentence, body):
    (figure,) = run(sentence)
    assert figure.reporting_body == body


def test_an_office_holder_of_a_field_in_two_words(run):
    (figure,) = run(
        "Floods in Sistan-Baluchestan have displaced about 2,500 families, the provincial crisis management director "
        "said."
    )
    assert figure.reporting_body == "provincial crisis management director"


def test_a_headline_closed_by_an_office_in_lower_case(run):
    (figure,) = run("Floods displace 7,000 in Armenia's Lori province - emergencies ministry")
    assert (figure.location, figure.reporting_body) == ("Lori", "emergencies ministry")
    (figure,) = run("Floods displace 7,000 in Armenia's Lori province - officials")
    assert figure.reporting_body is None  # a generic source


def test_the_city_said(run):
    (figure,) = run("About 580 residents were staying at hotels in Atami, the city said Monday.")
    assert figure.reporting_body == "city"


def test_a_heading_body_yields_to_the_source_the_sentence_names(run):
    text = (
        "UNHCR: Since 23 September, some 440,000 people have crossed into Syria, according to the Syrian authorities."
    )
    assert run(text)[0].reporting_body == "Syrian authorities"
    text = "BC Wildfire: Emergency Management BC said 4,800 evacuees had registered at reception centres in Kamloops."
    assert run(text)[0].reporting_body == "Emergency Management BC"
    (figure,) = run("OCHA: 5,000 people were displaced in Tawila, according to local authorities.")
    assert figure.reporting_body == "OCHA"  # a generic source names no body: the heading's stands


def test_a_heading_body_before_an_estimated_count_stays(run):
    (figure,) = run("UNHCR Bangladesh: An estimated 65,000 Rohingya have arrived in Cox's Bazar since January.")
    assert figure.reporting_body == "UNHCR Bangladesh"


def test_a_level_of_government_as_subject_after_a_heading_and_a_fronted_clause(run):
    text = "Gujarat: Ahead of Cyclone Biparjoy's landfall, the state government evacuated 1,00,000 people from Kutch."
    assert run(text)[0].reporting_body == "state government"


def test_district_administration_officials(run):
    (figure,) = run(
        "Some 2,000 families have taken shelter on embankments in Lalmonirhat, district administration officials said."
    )
    assert figure.reporting_body == "district administration officials"


@pytest.mark.parametrize(
    "second",
    ["At least 1,900 of these families lost their shelters.", "An estimated 1,900 of them lost their shelters."],
)
def test_a_part_counted_with_a_qualifier_goes_on_from_the_sentence_before(run, second):
    whole, part = run(f"Floods forced 5,200 families from their homes in Hodeidah, the Executive Unit said. {second}")
    assert whole.reporting_body == part.reporting_body == "Executive Unit"


def test_a_place_alone_goes_on_from_the_sentence_before(run):
    whole, part = run(
        "Floods forced authorities to evacuate more than 59,000 people in the north, the disaster agency said. "
        "In Yen Bai province alone, 7,700 households were moved to safer places."
    )
    assert whole.reporting_body == part.reporting_body == "the disaster agency"


def test_an_office_the_government_owns_is_the_body(run):
    (figure,) = run(
        "More than 500,000 people have returned to southern Lebanon, according to the government's disaster risk "
        "management unit."
    )
    assert "disaster risk management unit" in figure.reporting_body


@pytest.mark.parametrize(
    "office", ["provincial humanitarian affairs division", "regional disaster risk management bureau"]
)
def test_an_office_of_a_level_of_government_named_in_lower_case_is_the_body(run, office):
    (figure,) = run(f"Attacks have displaced 64,000 people in Djugu, according to the {office}.")
    assert figure.reporting_body == office


# Metamorphic probes (a body swapped for another real one of the same form) found these constructions.


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Flooding in Tahoua region displaced 11,420 people, according to provisional figures from Kenya's "
            "interior ministry.",
            "Kenya's interior ministry",
        ),
        (
            "At least 3,000 people fled the commune of Kalembelembe, Sudan's humanitarian aid commission reported.",
            "humanitarian aid commission",
        ),
    ],
)
def test_an_office_a_country_owns_in_lower_case_after_a_cue_or_as_a_commission(run, text, body):
    (figure,) = run(text)
    assert figure.reporting_body == body


@pytest.mark.parametrize("letters", ["DoDMA", "SoDMA"])
def test_mixed_case_letters_in_a_closing_citation_and_a_headline(run, letters):
    (cited,) = run(f"In Niassa province, 1,470 families were displaced by attacks on Mecula district ({letters}).")
    assert cited.reporting_body == letters
    (headed,) = run(f"{letters}: more than 8,000 people displaced by floods in Beledweyne")
    assert headed.reporting_body == letters


def test_two_organisations_letters_speaking_together(run):
    (figure,) = run("Clashes in Las Anod have displaced 154,000 people, NRC and UNFPA estimated.")
    assert figure.reporting_body == "NRC and UNFPA"
    (figure,) = run("Over 1.4 million Afghans returned in 2024, US and UK officials said.")
    assert figure.reporting_body != "US and UK"  # a place's letters are no organisation's


@pytest.mark.parametrize(
    "text",
    [
        "Data from SoDMA's Operational Data Portal show 1,180,000 arrivals in Chad since April 2023.",
        "According to SoDMA's Baseline Assessment Round 21, 582,042 IDPs live in Cabo Delgado.",
    ],
)
def test_unknown_letters_owning_a_titled_product(run, text):
    (figure,) = run(text)
    assert (figure.reporting_body or "").startswith("SoDMA")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The interior ministry evacuated 50,000 people from Nowshera as the Kabul river rose.", "interior ministry"),
        (
            "The regional governor evacuated 75 families from coastal villages on Upolu's south coast.",
            "regional governor",
        ),
        ("Mozambique's INGD evacuated more than 283,000 people in Artemisa ahead of Hurricane Rafael.", "INGD"),
    ],
)
def test_an_office_or_a_countrys_letters_as_the_subject_of_what_it_did(run, text, body):
    (figure,) = run(text)
    assert figure.reporting_body == body


@pytest.mark.parametrize("name", ["Save the Children", "Turkish Red Crescent"])
def test_an_organisations_name_alone_closing_the_sentence_is_its_citation(run, name):
    (figure,) = run(f"Fighting in Kalehe displaced 40,000 people in February ({name}).")
    assert figure.reporting_body == name
    (figure,) = run("Fighting displaced 40,000 people in North Kivu (Democratic Republic of the Congo).")
    assert figure.reporting_body is None  # a place in brackets is no source


@pytest.mark.parametrize(
    "text,body",
    [
        (
            "Shelter Cluster Somalia – Baidoa: 2,300 newly displaced households arrived in 14 sites in July.",
            "Shelter Cluster",
        ),
        ("IOM DTM Libya, Round 52: Some 4,100 IDPs were identified in Sirte. Misrata hosts 2,900 of them.", "IOM"),
    ],
)
def test_a_heading_of_the_publisher_a_country_and_a_place_or_round_names_the_body(run, text, body):
    figures = run(text)
    assert figures and all(c.reporting_body and body in c.reporting_body for c in figures)


def test_an_organisation_field_teams_reporting(run):
    (figure,) = run("Some 1,900 people fled Tine to Iriba after the attack, UNHCR field teams reported.")
    assert "UNHCR" in figure.reporting_body


def test_a_peoples_committee_of_a_level_of_government(run):
    (figure,) = run("Some 1,200 households were evacuated in Quang Tri, the provincial people's committee said.")
    assert figure.reporting_body == "provincial people's committee"


@pytest.mark.parametrize(
    "text,body",
    [
        ("Some 4,000 people are still living in hotels after the fires, Sonoma County said.", "Sonoma County"),
        ("The 2019 floods left 90,000 people homeless across Bolivia, VIDECI recalled in its annual report.", "VIDECI"),
        ("Sri Lanka DMC, noon update: 2,300 families (8,100 persons) are housed in 41 safety centres.", "DMC"),
    ],
)
def test_a_county_a_body_recalling_and_a_heading_after_the_country(run, text, body):
    (figure,) = run(text)
    assert figure.reporting_body == body


def test_what_a_body_said_of_a_river_names_no_body(run):
    text = (
        "The fire department said the Burdekin River was still rising. Ayr was cut off. About 300 people spent the "
        "night in evacuation centres in Ayr, the department said."
    )
    (figure,) = run(text)
    assert "River" not in (figure.reporting_body or "")


def test_a_title_line_with_its_kind_in_lower_case(run):
    (figure,) = run("ASDMA daily flood report, 6 July\nPeople in relief camps: 41,200 in 540 camps\nDead: 3")
    assert figure.reporting_body == "ASDMA"


def test_it_said_after_an_organisation_opening_the_sentence(run):
    text = "The Ministry in charge of Emergency Management (MINEMA) relocated 900 households from Rubavu, it said."
    (figure,) = run(text)
    assert "MINEMA" in figure.reporting_body


def test_a_cantonal_civil_protection_headquarters(run):
    (figure,) = run("Some 600 people were moved to schools in Konjic, the cantonal civil protection headquarters said.")
    assert "civil protection" in figure.reporting_body


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The state government has shifted 1.2 lakh people from low-lying areas of Kendrapara to cyclone "
            "shelters, officials said.",
            "state government",
        ),
        ("The coast guard evacuated 640 people from Ilha Grande, residents said.", "coast guard"),
    ],
)
def test_a_body_that_did_what_it_counts_wins_over_a_generic_source(run, text, body):
    (figure,) = run(text)
    assert figure.reporting_body == body
    assert "body:subject-over-generic" in figure.rules
    (figure,) = run("Authorities evacuated 640 people from Ilha Grande, officials said.")
    assert figure.reporting_body is None  # a generic subject names no body either


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            '"The camps in Galkayo are full," said Abdirahman Ali, the Mudug regional governor, adding that 2,300 '
            "families had arrived from rural areas.",
            "Abdirahman Ali, the Mudug regional governor",
        ),
        (
            "About 2,000 people fled to Kalehe, according to Jean Bosco, the territorial administrator.",
            "Jean Bosco, the territorial administrator",
        ),
    ],
)
def test_the_office_held_by_a_person_named_after_the_verb(run, text, body):
    (figure,) = run(text)
    assert figure.reporting_body == body
    (figure,) = run("About 2,000 people fled to Kalehe, said Jean Bosco, a mother of four.")
    assert figure.reporting_body is None  # who she is names no office
    (figure,) = run("About 2,000 people fled to Kalehe, according to Jean Bosco, a local official.")
    assert figure.reporting_body is None  # a generic source


def test_the_bodys_own_people_opening_a_sentence_name_it_again(run):
    text = (
        "The Malawi Red Cross Society said on Friday it was responding in three southern districts. Its volunteers "
        "had helped move 3,400 families to higher ground in Chikwawa. Another 1,100 families were sheltering in "
        "churches and schools."
    )
    assert [(f.value, f.reporting_body) for f in run(text)] == [
        (3400, "Malawi Red Cross Society"),
        (1100, "Malawi Red Cross Society"),
    ]
    (figure,) = run("Its volunteers had helped move 3,400 families to higher ground in Chikwawa.")
    assert figure.reporting_body is None  # no body named before


@pytest.mark.parametrize(
    "text",
    [
        "The Syrian Arab Red Crescent's head of operations in Homs said 18,000 people have arrived in the city.",
        '"People are sleeping in the street," the Syrian Arab Red Crescent\'s head of operations in Homs said. The '
        "society estimates 18,000 people have arrived in the city since the weekend.",
    ],
)
def test_a_role_with_its_field_speaks_for_its_organisation(run, text):
    (figure,) = run(text)
    assert figure.reporting_body == "Syrian Arab Red Crescent"


def test_a_level_of_governments_emergency_management_bureau(run):
    (figure,) = run("Some 2,100 residents of Luding were relocated, the county's emergency management bureau said.")
    assert figure.reporting_body.endswith("emergency management bureau")


def test_an_agencys_chair_gives_the_agency(run):
    (figure,) = run("The NEMA chairwoman said 3,000 people had fled to Yola.")
    assert (figure.value, figure.location, figure.reporting_body) == (3000, "Yola", "NEMA")


def test_a_full_name_with_its_letters_heading_the_sentence_is_the_body(run):
    text = (
        "Viet Nam Disaster and Dyke Management Authority (VDDMA): As of 10 September, Typhoon Yagi had forced the "
        "evacuation of 48,900 households in Quang Ninh."
    )
    (figure,) = run(text)
    # the name and its letters as the heading writes them
    assert (figure.value, figure.unit, figure.reporting_body) == (48900, "household", text[: text.index(":")])


def test_letters_that_are_only_a_towns_code_are_a_body_heading_the_place(run):
    (figure,) = run("DTM Haiti: Of the 1,041,000 IDPs identified, 55 per cent are women and girls.")
    assert (figure.value, figure.location) == (1041000, "Haiti")
    assert "DTM" in figure.reporting_body


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Médecins Sans Frontières said it was treating dozens of wounded in Bunia. The group said 11,000 people "
            "had sought refuge at its hospital compound in Drodro.",
            "Médecins Sans Frontières",
        ),
        (
            "Oxfam said it was trucking water to Gedaref. The charity said 5,000 people had arrived in the town.",
            "Oxfam",
        ),
        (
            '"We are doing everything we can," said Carlos Mazón, the president of the Valencian regional government. '
            "His government later said 2,100 people had been given emergency shelter in Paiporta.",
            "Carlos Mazón, the president of the Valencian regional government",
        ),
    ],
)
def test_the_kind_of_body_or_an_owners_pronoun_names_the_body_before(run, text, body):
    (figure,) = run(text)
    assert figure.reporting_body == body


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "In a post on X, the Sudanese humanitarian aid commission said 31,000 families had been displaced by "
            "floods in River Nile state.",
            "humanitarian aid commission",
        ),
        (
            "In Naga City, the city disaster risk reduction and management office said 4,200 families had been "
            "pre-emptively evacuated.",
            "city disaster risk reduction and management office",
        ),
        (
            "The Disaster Management and Mitigation Unit in the Office of the Vice President said 1,050 households had "
            "been relocated from Kanyama.",
            "Disaster Management and Mitigation Unit",
        ),
        (
            "According to a statement from Niger's ministry of humanitarian action, floods have left 158,000 people "
            "homeless.",
            "Niger's ministry of humanitarian action",
        ),
    ],
)
def test_offices_by_their_field_in_lower_case_and_a_unit_inside_an_office(run, text, body):
    (figure,) = run(text)
    assert figure.reporting_body == body


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Guerrero's civil protection coordinator told Reuters that some 4,000 people remained in 42 temporary "
            "shelters in Acapulco.",
            "Guerrero's civil protection coordinator",
        ),
        (
            "About 750 people are staying at the school in Las Tejerías, the Protección Civil unit that runs the "
            "shelter said.",
            "Protección Civil unit",
        ),
        (
            "Emergency Response Rooms in East Nile said about 2,500 families had fled to Wad Madani.",
            "Emergency Response Rooms",
        ),
    ],
)
def test_a_services_office_holder_a_body_that_runs_the_shelter_and_mutual_aid_rooms(run, text, body):
    (figure,) = run(text)
    assert figure.reporting_body == body
    (figure,) = run("The UNHCR country director said 3,000 people fled to Renk.")
    assert figure.reporting_body == "UNHCR"  # an organisation's name keeps its own


def test_a_representative_who_tweeted_is_the_source(run):
    (figure,) = run("About 6,000 refugees arrived in Gorom last week, the UNHCR representative tweeted on Monday.")
    assert figure.reporting_body and "UNHCR" in figure.reporting_body


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "NDRRMC Situational Report No. 12 for Severe Tropical Storm Kristine shows 322,000 persons staying inside "
            "4,900 evacuation centres in Bicol.",
            "NDRRMC",
        ),
        (
            "Rio Grande do Sul's Defesa Civil said 538,000 people had been forced from their homes.",
            "Rio Grande do Sul's Defesa Civil",
        ),
    ],
)
def test_a_numbered_situational_report_for_a_storm_and_civil_defence_in_the_regions_words(run, text, body):
    (figure,) = run(text)
    assert figure.reporting_body == body


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Sofala's governor, Lourenço Bulha, said 9,000 people had fled to Buzi.", "Sofala governor, Lourenço Bulha"),
        ("Kherson's governor said 1,200 residents had been evacuated from Beryslav.", "Kherson governor"),
        ("Beira's mayor told reporters that 3,500 families were sheltering in schools in Beira.", "Beira mayor"),
        ("About 40,000 people have been displaced in Bunia, according to its mayor.", "mayor"),
        (
            "Some 2,000 families have fled to Tillaberi, according to its governor, Ali Mahamadou.",
            "governor, Ali Mahamadou",
        ),
    ],
)
def test_an_office_a_place_owns(run, text, body):
    (figure,) = run(text)
    assert figure.reporting_body == body
    assert "body:place-office" in figure.rules


def test_a_place_before_a_spokesman_is_no_office_of_its_own_and_their_leaders_stay_generic(run):
    (figure,) = run("More than 3,000 families have fled to Beni, according to their leaders.")
    assert figure.reporting_body is None


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Thua Thien Hue's provincial steering committee for disaster prevention put the number of people "
            "evacuated at 12,600.",
            "provincial steering committee for disaster prevention",
        ),
        (
            "Kyodo reported, citing the Fukuoka prefectural government, that 6,200 residents had been evacuated in "
            "Kurume.",
            "Fukuoka prefectural government",
        ),
    ],
)
def test_a_field_office_putting_a_figure_and_a_prefecture_cited_by_a_broadcaster(run, text, body):
    (figure,) = run(text)
    assert figure.reporting_body == body


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The state news agency Antara quoted the regional disaster agency as saying that 4,100 people had fled "
            "to Palu.",
            "regional disaster agency",
        ),
        ("Bernama quoted APM as saying 8,900 people had been moved to relief centres in Kedah.", "APM"),
        (
            "Jamaica's disaster office was quoted by AFP as saying that 900 people had been evacuated from Portland.",
            "Jamaica's disaster office",
        ),
        ("NDMO director general Abraham Nasak said 2,300 people were in evacuation centres in Luganville.", "NDMO"),
        ("The director-general of SEMA told reporters that 11,000 people had fled to Jalingo.", "SEMA"),
    ],
)
def test_a_body_quoted_as_saying_and_an_agencys_director_general(run, text, body):
    (figure,) = run(text)
    assert figure.reporting_body == body


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The NDMA published its second flash update on Sunday. It covers Sindh and Balochistan. The update "
            "says 14,000 people remain in relief camps in Jacobabad.",
            "NDMA",
        ),
        (
            "In a statement on Friday, Save the Children described fighting around Kadugli. The statement added "
            "that 9,000 people had fled to Dilling.",
            "Save the Children",
        ),
        (
            "UNICEF is deeply worried by the fighting in Tillaberi. We estimate that 30,000 children have fled "
            "Ayorou since January.",
            "UNICEF",
        ),
        (
            "Geneva, 4 March 2025 – The Danish Refugee Council has warned of new displacement in Ituri. Our teams "
            "have registered 6,000 families arriving in Bunia.",
            "Danish Refugee Council",
        ),
    ],
)
def test_what_a_body_published_and_its_own_voice_name_it_again(run, text, body):
    (figure,) = run(text)
    assert figure.reporting_body == body
    assert "body:anaphor" in figure.rules


def test_a_report_or_we_with_no_body_before_give_none(run):
    (figure,) = run("The report says 7,500 people remain in evacuation centres in Honiara.")
    assert figure.reporting_body is None
    (figure,) = run("We estimate that 20,000 people have fled Ayorou.")
    assert figure.reporting_body is None


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "National Emergency Management Agency acting director Ali Musa told reporters that 3,100 people had "
            "fled to Damaturu.",
            "National Emergency Management Agency",
        ),
        ("The governor of Sool wrote on Facebook that 4,000 families had fled Las Anod.", "governor"),
        ("UNICEF chief Catherine Russell posted on X that 600,000 children had fled Rafah.", "UNICEF"),
    ],
)
def test_a_deputy_or_acting_head_and_a_post_on_social_media(run, text, body):
    (figure,) = run(text)
    assert figure.reporting_body == body


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "UNHCR, citing figures from the Chadian authorities, said 20,000 refugees had arrived in Adré.",
            "UNHCR",
        ),
        ("Peru's human rights ombudsman said 3,000 families had been displaced in Piura.", "human rights ombudsman"),
        ("Civil protection minister Ana Lopes said 800 residents had been evacuated from Faro.", "minister"),
    ],
)
def test_a_body_citing_its_source_between_commas_an_ombudsman_and_a_civil_protection_minister(run, text, body):
    (figure,) = run(text)
    assert body in (figure.reporting_body or "")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "\u201cThey come with nothing,\u201d said Ana Ruiz, who heads IOM's office in Chad, adding that 2,000 "
            "people had reached Adré.",
            "IOM",
        ),
        (
            "State-run Ethiopian Broadcasting Corporation, citing the Wolaita zone administration, said 900 people had "
            "been evacuated from Sodo.",
            "Wolaita zone administration",
        ),
        ("WFP teams in Ituri report that 7,000 people have fled to Bunia since Friday.", "WFP"),
    ],
)
def test_who_heads_a_bodys_office_a_state_broadcaster_citing_and_teams_that_report(run, text, body):
    (figure,) = run(text)
    assert body in (figure.reporting_body or "")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("About 5,000 people in Canoas have been evacuated, according to its council.", "council"),
        ("Some 9,000 people were displaced around Kalehe in March (OCHA 2/4/2024).", "OCHA"),
        (
            "Figures from the county's emergency operations centre showed 1,900 people in shelters in Asheville.",
            "county's emergency operations centre",
        ),
        ("COPECO's latest bulletin lists 4,300 people in shelters in Choluteca.", "COPECO"),
        (
            "The Taliban-appointed administrator of Kandahar told Reuters that 11,000 people had fled to Spin Boldak.",
            "Taliban-appointed administrator",
        ),
    ],
)
def test_its_council_a_citation_dated_with_slashes_an_operations_centre_a_list_and_an_administrator(run, text, body):
    (figure,) = run(text)
    assert body in (figure.reporting_body or "")


def test_an_organisations_teams_opening_the_sentence_before_they_report(run):
    (figure,) = run(
        "International Medical Corps teams are working in Adré. They reported that 2,300 people had crossed from "
        "Geneina since Sunday."
    )
    assert figure.reporting_body == "International Medical Corps"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("SEMA's North-West zonal coordinator, Ali Bukar, said 4,000 people had fled to Gwoza.", "SEMA"),
        (
            "Malawi's National Platform for Disaster Risk Reduction said 6,000 people had been displaced in Karonga.",
            "National Platform for Disaster Risk Reduction",
        ),
    ],
)
def test_a_zonal_coordinator_speaks_for_the_organisation_and_a_national_platform_is_a_body(run, text, body):
    (figure,) = run(text)
    assert figure.reporting_body == body


def test_a_body_that_outlined_it_in_a_report_is_the_body(run):
    (figure,) = run("The Danish Refugee Council outlined in a report that 12,000 people had fled Kidal in a week.")
    assert figure.reporting_body == "Danish Refugee Council"


def test_a_body_that_underlines_it_after_the_figure_is_the_body(run):
    (figure,) = run("Some 8,000 people have fled to Cap-Haïtien since March, underlines the IOM.")
    assert figure.reporting_body == "IOM"


def test_a_body_named_before_its_verb_is_found_alike_when_its_words_are_read_whole():
    """The pattern for a body before its verb reads each capitalised word whole (bodies._whole_words): it must find
    exactly what the body's name as written finds, on every labelled text and on names with apostrophes."""
    import re

    from extraction import bodies
    from extraction.scanning import GUARDED

    from .test_scanning import _texts

    fast = GUARDED[bodies._BODY_BEFORE_CUE]
    written = re.compile(
        fast.pattern.replace(bodies._whole_words(bodies._BODY_PHRASE), bodies._BODY_PHRASE, 1), fast.flags
    )
    assert written.pattern != fast.pattern
    texts = _texts() + [
        "The Mercy Corps' field team said 300 families had fled.",
        "O'Brien's office said 2,000 people were evacuated; UNHCR''s count says 40.",
        "The Ministry of Health's spokesperson, Amal Haddad, told reporters 5,000 had left.",
        "ABC’s reporter said; Kenya Red Cross’ branch reported 120 families displaced.",
    ]
    for text in texts:
        got = [(m.span(), m.groupdict()) for m in fast.finditer(text)]
        assert got == [(m.span(), m.groupdict()) for m in written.finditer(text)], text[:80]


def test_a_short_word_before_an_agency_s_letters_is_one_body(run):
    (figure,) = run("About 2,300 residents were evacuated in Lake County, Cal OES said on Monday.")
    assert figure.reporting_body == "Cal OES"
    # a day before letters is no part of the name
    (figure,) = run("About 2,300 residents were evacuated in Lake County, Monday AFP said.")
    assert figure.reporting_body != "Monday AFP"


def test_a_place_s_administration_that_moved_people_is_the_body(run):
    (figure,) = run("However, the Kendrapara administration shifted some 9,000 people to cyclone shelters.")
    assert figure.reporting_body == "Kendrapara administration"
    (figure,) = run("The Mozambican authorities relocated 3,400 people from Buzi to higher ground.")
    assert figure.reporting_body == "Mozambican authorities"
    # an administration that only plans to move them gives no figure
    assert run("The Kendrapara administration plans to shift 9,000 people to cyclone shelters.") == []


def test_a_town_in_capitals_heading_the_text_is_its_dateline_not_its_publisher(run):
    text = (
        "MARAWI CITY: The number of evacuees has reached 5,100 people, according to the provincial office.\n"
        "Some 2,600 people from Saguiaran were taken to schools in Iligan."
    )
    figures = run(text)
    assert [f.reporting_body for f in figures if f.value == 2600] != ["MARAWI CITY"]
    # an agency's letters heading the text still name its publisher
    (figure,) = run("DSWD Caraga: 1,350 families are staying in evacuation centres in Butuan.")
    assert (figure.reporting_body or "").startswith("DSWD")


def test_the_worst_hit_places_after_a_figure_are_parts_of_it_and_keep_its_body(run):
    text = (
        "The Red Cross said 9,000 people had been displaced across six districts.\n"
        "The worst-hit districts are Chikwawa (3,100 displaced) and Nsanje (2,400)."
    )
    parts = {f.value: f.reporting_body for f in run(text)}
    assert "Red Cross" in (parts[3100] or "")
    # a new paragraph goes on from nothing
    parts = {f.value: f.reporting_body for f in run(text.replace("\n", "\n\n"))}
    assert parts.get(3100) is None


def test_letters_in_brackets_with_a_stray_comma_before_the_verb(run):
    text = (
        "The World Food Programme (WFP), said its convoys had reached Kaya on Monday. It said 4,000 people had fled "
        "to the town since Friday."
    )
    (figure,) = run(text)
    assert "WFP" in (figure.reporting_body or "")
    (figure,) = run("In Kaya, camps run by the Red Cross (IFRC), local officials said, shelter 4,000 displaced people.")
    assert "IFRC" not in (figure.reporting_body or "")


def test_a_spokeswoman_adding_to_what_her_agency_said_before(run):
    text = (
        "UNRWA said 600,000 people were sheltering in its schools in Rafah.\n\n"
        "She added that more than 90,000 had fled to Deir al-Balah since Sunday."
    )
    bodies = {f.value: f.reporting_body for f in run(text)}
    assert "UNRWA" in (bodies[90000] or "")
    (figure,) = run("Heavy rain fell again overnight. She added that 900 people had fled to Dori.")
    assert figure.reporting_body is None


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Bangladesh's disaster risk management unit said 7,000 people were moved to shelters in Bhola.", "unit"),
        ("The disaster minister said 30,000 people had been evacuated in Satkhira.", "disaster minister"),
        (
            "The Provincial Disaster Management Authority (PDMA) Chairman Lt Col Imran Khan Tuesday said 12,000 "
            "people had been relocated in Rajanpur.",
            "PDMA",
        ),
        (
            'The Albay Disaster Office "APSEMO" announced that 3,000 families were evacuated in Legazpi.',
            "APSEMO",
        ),
        ("More than 40,000 people have fled to Kassala, according to the UN migration agency IOM.", "IOM"),
    ],
)
def test_lower_case_offices_a_chairman_after_the_letters_quoted_letters_and_letters_after_a_un_agency(run, text, body):
    (figure,) = run(text)
    assert body in (figure.reporting_body or "")


def test_the_un_agency_named_without_its_letters_stays_as_named(run):
    (figure,) = run("More than 40,000 people have fled to Kassala, according to the UN migration agency.")
    assert (figure.reporting_body or "").endswith("UN migration agency")


def test_the_next_sentence_saying_who_said_this(run):
    text = (
        "About 2,300 people have been evacuated to Zaporizhzhia from frontline villages. The governor of the region, "
        "Ivan Fedorov, said this on Telegram."
    )
    (figure,) = run(text)
    assert "governor" in (figure.reporting_body or "")
    text = "About 2,300 people have been evacuated to Zaporizhzhia. Residents said this was the third evacuation."
    (figure,) = run(text)
    assert figure.reporting_body is None


def test_a_source_naming_only_its_kind_takes_the_body_the_next_sentence_names(run):
    text = (
        "At least 3,000 families have fled to Kosti, a humanitarian agency said on Monday. The Sudanese Red "
        "Crescent said its volunteers were registering them."
    )
    (figure,) = run(text)
    assert figure.reporting_body == "Sudanese Red Crescent"
    (figure,) = run("At least 3,000 families have fled to Kosti, a humanitarian agency said. Rain is forecast.")
    assert figure.reporting_body != "Sudanese Red Crescent"


def test_a_spokesperson_named_with_the_organisations_letters_and_no_article(run):
    text = (
        "“Fighting around Uvira has displaced another 42,000 people,” Anna Berg, UNICEF spokesperson, told "
        "reporters in Geneva."
    )
    (figure,) = run(text)
    assert "UNICEF" in (figure.reporting_body or "")
    (figure,) = run("“Another 42,000 people have fled to Uvira,” Anna Berg, a local teacher, told reporters.")
    assert "UNICEF" not in (figure.reporting_body or "")


def test_a_report_provided_by_a_body(run):
    (figure,) = run("The last report provided by the Health Ministry counted 2,700 people evacuated in Huelva.")
    assert figure.reporting_body == "Health Ministry"
    (figure,) = run("The latest report counted 2,700 people evacuated in Huelva.")
    assert figure.reporting_body is None


def test_a_level_of_government_that_has_already_moved_people(run):
    (figure,) = run("The district administration has already shifted 640 people to relief camps in Alappuzha.")
    assert figure.reporting_body == "district administration"


def test_the_next_sentence_speaking_of_the_same_people_names_their_source(run):
    text = (
        "At least 45 families were evacuated in Tuguegarao after the river rose. The City Social Welfare Office said "
        "the evacuated families are staying in two schools."
    )
    (figure,) = run(text)
    assert "City Social Welfare Office" in (figure.reporting_body or "")
    text = (
        "At least 45 families were evacuated in Tuguegarao after the river rose. The City Social Welfare Office said "
        "schools would stay closed."
    )
    (figure,) = run(text)
    assert figure.reporting_body is None


def test_the_letters_after_a_description_in_a_citation_are_the_body(run):
    (figure,) = run(
        "More than 14,000 people have fled Sirba since Friday, according to a report from the UN migration agency IOM."
    )
    assert figure.reporting_body == "IOM"
    # a description alone stays as written
    (figure,) = run("More than 14,000 people have fled Sirba since Friday, according to the UN refugee agency.")
    assert figure.reporting_body == "the UN refugee agency"


def test_a_director_general_of_a_body_speaks_for_it(run):
    (figure,) = run(
        "More than 6,000 Cameroonians have sought refuge in Akwaya, Ada Obi, director general of the State "
        "Emergency Management Agency (SEMA), told reporters."
    )
    assert "SEMA" in figure.reporting_body


def test_a_spokesman_with_a_shortened_rank_speaks_for_his_service(run):
    (figure,) = run("Army spokesman Lt. Col. Kaveh Rahimi said some 12,000 residents were ordered to leave Ilam.")
    assert figure.reporting_body == "Army"


def test_the_un_written_with_stops_is_a_body(run):
    (figure,) = run("About 25,000 of them sought shelter in schools in Tripoli, according to the U.N.")
    assert figure.reporting_body.startswith("U.N")
    # its possessive still reads the office it owns
    (figure,) = run("At least 9,000 people fled Tripoli, according to the U.N.'s migration office.")
    assert "migration office" in figure.reporting_body


@pytest.mark.parametrize(
    "said",
    ["said on Wednesday the International Organization for Migration",
     "reported on Monday 3 June the International Organization for Migration"],
)  # fmt: skip
def test_the_day_between_the_verb_and_the_body_after_it(run, said):
    (figure,) = run(f"Some 2,300 families fled Ménaka, {said}.")
    assert (figure.reporting_body, figure.location) == ("International Organization for Migration", "Ménaka")
    (figure,) = run("Some 2,300 families were evacuated in Niamey; officials said on Monday the Niger was rising.")
    assert figure.reporting_body is None


def test_an_agencys_executive_secretary_speaks_for_the_agency(run):
    (figure,) = run("ADSEMA's executive secretary, Mohammed Suleiman, said 6,200 people had fled to Mubi.")
    assert figure.reporting_body == "ADSEMA"
    (figure,) = run("The executive secretary said 6,200 people had fled to Mubi.")
    assert figure.reporting_body is None


def test_what_the_report_identified_is_the_body_s_named_before(run):
    found = run(
        "Displacement in Ouham has doubled in a year, according to a new report by the Danish Refugee Council "
        "(DRC).\nThe report identified 64,000 internally displaced people in the prefecture."
    )
    assert [(f.value, f.reporting_body) for f in found] == [(64_000, "Danish Refugee Council (DRC)")]


def test_a_spokesperson_for_a_body_in_a_region_speaks_for_the_body(run):
    (figure,) = run(
        "Mariam Idris, spokesperson for the Sudanese Women's Union in Kordofan, confirmed that 2,700 people "
        "arrived in El Obeid on Sunday."
    )
    assert (figure.value, figure.reporting_body) == (2_700, "Sudanese Women's Union")


def test_the_agency_with_no_agency_named_before_is_no_body(run):
    (figure,) = run("Heavy rain forced 4,600 people from their homes in Kismayo, the agency said in its bulletin.")
    assert (figure.value, figure.location, figure.reporting_body) == (4_600, "Kismayo", None)
    (figure,) = run("Some 2,100 people are sheltering in schools in Lodwar, the office said.")
    assert figure.reporting_body is None
    # near miss: an organisation named before is what "the agency" names
    (figure,) = run(
        "IOM said more arrivals were due in Kismayo. Some 4,600 people reached the town last week, the agency said."
    )
    assert figure.reporting_body == "IOM"


def test_an_office_a_named_body_runs_is_named_with_its_owner(run):
    (figure,) = run("The Kenyan Ministry of Interior's disaster operations centre said 2,300 people fled to Hola.")
    assert (figure.value, figure.reporting_body) == (2_300, "Kenyan Ministry of Interior's disaster operations centre")
    (figure,) = run("Some 4,100 people fled to Dori, according to the United Nations' refugee coordination office.")
    assert figure.reporting_body == "United Nations' refugee coordination office"
    (figure,) = run("Dori now hosts more than 80,000 displaced people, according to the provincial governor's office.")
    assert figure.reporting_body == "provincial governor's office"
    # near miss: a role in the body is no office of it
    (figure,) = run("UNHCR's head of office in Dori said 4,100 people had arrived from Djibo.")
    assert figure.reporting_body != "UNHCR's head of office"


def test_a_name_and_its_letters_closing_the_sentence_after_the_cue_are_one_body(run):
    (figure,) = run(
        "Floods displaced 4,200 people in Sabah, according to the State Disaster Management Committee (JPBN)."
    )
    assert (figure.value, figure.reporting_body) == (4_200, "State Disaster Management Committee (JPBN)")
    # near miss: letters alone in brackets closing the sentence are a citation of them
    (figure,) = run("Floods displaced 4,200 people in Sabah (JPBN).")
    assert figure.reporting_body == "JPBN"


@pytest.mark.parametrize(
    "text,body",
    [
        # the name written, its letters after it
        ("Some 2,300 people fled to Kindu, according to the Regional Flood Relief Agency (RFRA).", None),
        ("The Lake Basin Relief Authority (LBRA) said 2,300 people had reached Kindu by Sunday.", None),
        ("About 7,900 people sheltered in schools in Kindu, the UN aid office (OCHA) reported.", None),
        # the letters written, the name given with them earlier in the text
        (
            "The Maniema Emergency Response Office (MERO) opened two sites. MERO said 2,300 people reached Kindu.",
            "Maniema Emergency Response Office (MERO)",
        ),
        (
            "Chad's Refugee Reception Commission (CRRC) has a team in Goz Beida. Some 6,400 new arrivals were "
            "registered there last week, CRRC said.",
            "Chad's Refugee Reception Commission (CRRC)",
        ),
    ],
)
def test_a_body_written_with_its_letters_is_kept_as_both(run, text, body):
    figure = run(text)[-1]
    if body is None:  # the name and letters as the sentence writes them
        body = text[text.index("the ") + 4 : text.index(")") + 1] if "the " in text else text[4 : text.index(")") + 1]
    assert figure.reporting_body == body


@pytest.mark.parametrize(
    "text,body",
    [
        # a place before a bracketed citation is no name of the body
        ("Some 3,100 people arrived in Kindu from Kasongo (MERO).", "MERO"),
        # letters with no name before them
        ("MERO said 2,300 people reached Kindu.", "MERO"),
        # a name with no letters after it
        ("The Maniema Emergency Response Office said 2,300 people reached Kindu.", "Maniema Emergency Response Office"),
    ],
)
def test_a_body_without_its_letters_in_brackets_stays_as_written(run, text, body):
    (figure,) = run(text)
    assert figure.reporting_body == body


def test_the_body_id_resolves_from_either_part_of_a_name_and_its_letters():
    from extraction import Gazetteer, extract

    gazetteer = Gazetteer()
    gazetteer.add_body("MERO", 7, "MERO")
    gazetteer.add_body("Maniema Relief Board", 8, "Maniema Relief Board")
    text = "The Maniema Emergency Response Office (MERO) said 2,300 people reached Kindu."
    (figure,) = extract(text, gazetteer=gazetteer)
    assert (figure.reporting_body, figure.reporting_body_id) == ("Maniema Emergency Response Office (MERO)", 7)
    (figure,) = extract("The Maniema Relief Board (MRB) said 2,300 people reached Kindu.", gazetteer=gazetteer)
    assert (figure.reporting_body, figure.reporting_body_id) == ("Maniema Relief Board (MRB)", 8)


def test_a_french_body_written_with_its_letters_is_kept_as_both():
    from extraction import languages

    (figure,) = languages.extract(
        "Selon l'Office provincial de protection civile (OPPC), 2 300 personnes ont fui vers Kindu.", lang="fr"
    )
    assert figure.reporting_body == "Office provincial de protection civile (OPPC)"
    (figure,) = languages.extract(
        "L'Office provincial de protection civile (OPPC) a ouvert deux sites. Selon l'OPPC, 2 300 personnes ont "
        "fui vers Kindu.",
        lang="fr",
    )
    assert figure.reporting_body == "Office provincial de protection civile (OPPC)"


_ACTORS = [
    ("WFP", "WFP"),
    ("The IFRC", "IFRC"),
    ("Malawian authorities", "Malawian authorities"),
    ("Civil protection authorities in Sofala province", "Civil protection authorities"),
    ("Zambia Railways", "Zambia Railways"),
    ("Zambia's disaster unit DMMU", "DMMU"),
    ("DTM Round 7 (May 2025)", "DTM"),
    ("The UNHCR and partners", "UNHCR"),
]
_ACTS = [
    "relocated 2,600 people to Nhamatanda",
    "has evacuated 2,600 people to Nhamatanda",
    "moved 2,600 people to safety in Nhamatanda",
    "registered 2,600 new arrivals in Nhamatanda",
    "counted 2,600 displaced people in Nhamatanda",
    "identified 2,600 displaced people in Nhamatanda",
]


@pytest.mark.parametrize("subject,body", _ACTORS)
@pytest.mark.parametrize("act", _ACTS)
@pytest.mark.parametrize("opening", ["", "After the floods of last week, "])
def test_an_organisation_that_did_what_gives_the_count_is_the_body(run, opening, subject, act, body):
    subject = subject if not opening else subject[0].lower() + subject[1:] if subject.startswith("The ") else subject
    (figure,) = run(f"{opening}{subject} {act}.")
    assert (figure.value, figure.reporting_body) == (2_600, body)


@pytest.mark.parametrize(
    "text",
    [
        # a person, a place, an armed group, a generic source: no body
        "Mwale evacuated 2,600 people to Nhamatanda.",
        "Sofala evacuated 2,600 people to Nhamatanda.",
        "RSF moved 2,600 people out of Nhamatanda.",
        "The authorities evacuated 2,600 people to Nhamatanda.",
        "Local authorities relocated 2,600 people to Nhamatanda.",
    ],
)
def test_a_person_a_place_or_an_armed_group_doing_it_is_no_body(run, text):
    (figure,) = run(text)
    assert figure.reporting_body is None


def test_an_organisation_s_survey_that_puts_the_number_is_the_organisation_s(run):
    (figure,) = run("UNHCR's new household survey puts the count of people displaced across Sofala at 41,000.")
    assert (figure.value, figure.reporting_body) == (41_000, "UNHCR")


_OFFICES_IN_LOWER_CASE = [
    "county executive",
    "chief minister",
    "camp's administrator",
    "settlement commandant",
    "police department's spokesman",
    "fire department",
    "provincial DRRMO",
    "diocese of Goma",
    "UN aid office",
    "upazila relief officer",
    "WFP field office",
]


@pytest.mark.parametrize("office", _OFFICES_IN_LOWER_CASE)
@pytest.mark.parametrize(
    "frame",
    [
        "Some 2,600 people sought refuge in Nhamatanda after the floods, the {} said.",
        "More than 2,600 residents were evacuated from Nhamatanda by boat, the {} told reporters.",
        "Floods drove 2,600 people from Nhamatanda into schools, and the {} said more would follow.",
    ],
)
def test_an_office_in_lower_case_speaking_after_the_count_is_the_body(run, office, frame):
    (figure,) = run(frame.format(office))
    # (a spokesman speaks for the office)
    assert (figure.value, figure.reporting_body) == (2_600, office.removesuffix("'s spokesman"))


@pytest.mark.parametrize(
    "source", ["officials", "aid workers", "residents", "a local official", "relief workers", "witnesses"]
)
def test_a_generic_source_speaking_after_the_count_stays_no_body(run, source):
    (figure,) = run(f"Some 2,600 people sought refuge in Nhamatanda after the floods, {source} said.")
    assert figure.reporting_body is None


@pytest.mark.parametrize(
    "text,body",
    [
        # the office opening the sentence
        ("The central relief headquarters said 3,700 people had left Buzi.", "central relief headquarters"),
        ("Malawi's disaster risk secretariat said 3,700 people had left Buzi.", "disaster risk secretariat"),
        ("The administrator of Buzi territory said 3,700 people had left.", "administrator of Buzi territory"),
        # the office with its place or charge after it, closing the sentence
        ("About 3,700 fled to Buzi, the UN agency for Palestine refugees said.", "UN agency for Palestine refugees"),
    ],
)
def test_an_office_in_lower_case_opening_the_sentence_or_with_its_place_after_it_is_the_body(run, text, body):
    (figure,) = run(text)
    assert (figure.value, figure.reporting_body) == (3_700, body)


@pytest.mark.parametrize(
    "text",
    [
        "The local official said 3,700 residents of Buzi had left by boat.",
        "The aid workers said 3,700 residents of Buzi had left by boat.",
    ],
)
def test_a_generic_source_opening_the_sentence_stays_no_body(run, text):
    (figure,) = run(text)
    assert figure.reporting_body is None


@pytest.mark.parametrize(
    "text,body",
    [
        ("Some 4,100 residents of Hay River were told to leave, territorial officials said.", "territorial officials"),
        ("A spokesperson for the Malawi Red Cross said 4,100 people had reached Nsanje.", "Malawi Red Cross"),
        ("Rains cut the road, and a spokesman for the Kenya Red Cross reported 4,100 new arrivals in Garsen.", None),
    ],
)
def test_a_territorial_service_or_an_organisation_s_spokesperson_opening_the_clause_is_the_body(run, text, body):
    (figure,) = run(text)
    assert (figure.value, figure.reporting_body) == (4_100, body or "Kenya Red Cross")


def test_a_spokesperson_for_no_organisation_is_no_body(run):
    (figure,) = run("A spokesman for the family said 4,100 people had reached Nsanje.")
    assert figure.reporting_body is None


@pytest.mark.parametrize(
    "text,body",
    [
        ("Malawi's relief commission, DODMA, registered 5,300 new arrivals in Nsanje in May.", "DODMA"),
        ("Some 5,300 people fled to Nsanje, the UN aid office, OCHA, said on Friday.", "OCHA"),
        ("Zambia's disaster committee, DMMU, relocated 5,300 people to Nsanje.", "DMMU"),
    ],
)
def test_letters_in_apposition_after_a_commission_office_or_committee_are_the_body(run, text, body):
    (figure,) = run(text)
    assert (figure.value, figure.reporting_body) == (5_300, body)


@pytest.mark.parametrize(
    "text,body",
    [
        ("Some 2,950 people were moved out of Chikwawa, the police department said.", "police department"),
        ("Some 2,950 people were moved out of Chikwawa on Monday, the fire service reported.", "fire service"),
        ("Some 2,950 people were moved out of Chikwawa, and the police department has said more may follow.", None),
    ],
)
def test_a_police_department_or_fire_service_closing_the_sentence_is_the_body(run, text, body):
    (figure,) = run(text)
    assert (figure.value, figure.reporting_body) == (2_950, body or "police department")


def test_police_department_officials_stay_no_body(run):
    (figure,) = run("Some 2,950 people were moved out of Chikwawa, police department officials said.")
    assert figure.reporting_body is None


@pytest.mark.parametrize(
    "text,body",
    [
        # closing the sentence, opening it, after "and", with "has", with another verb
        ("Some 1,870 people left Beira for Dondo, the provincial government of Sofala said.", None),
        ("The provincial government of Sofala said 1,870 people left Beira for Dondo.", None),
        ("Rains kept falling, and the provincial government of Sofala said 1,870 people left Beira.", None),
        ("The provincial government of Sofala has reported that 1,870 people left Beira.", None),
        ("Some 1,870 people reached Mekelle, the regional administration of Tigray announced.", "Tigray"),
        ("Some 1,870 people left Beira for Dondo, the Government of Mozambique said.", "Mozambique"),
    ],
)
def test_a_government_or_administration_of_a_place_keeps_its_place(run, text, body):
    (figure,) = run(text)
    expected = {
        None: "provincial government of Sofala",
        "Tigray": "regional administration of Tigray",
        "Mozambique": "Government of Mozambique",
    }[body]
    assert (figure.value, figure.reporting_body) == (1_870, expected)


def test_a_government_of_a_place_ordering_a_move_is_not_who_reports_it(run):
    (figure,) = run("The government of Sofala ordered 1,870 people to leave Beira, the district administrator said.")
    assert figure.reporting_body == "district administrator"


@pytest.mark.parametrize(
    "text,body",
    [
        # a name with a letter and an apostrophe before it, closing, opening, after "according to"
        ("Some 640 herders were driven from Susya, B'Tselem said on Sunday.", "B'Tselem"),
        ("B'Tselem reported that 640 herders were driven from Susya.", "B'Tselem"),
        ("According to B'Tselem, 640 herders were driven from Susya.", "B'Tselem"),
        # a service named by its number
        ("Some 640 families were moved out of Jhang, Rescue 1122 said.", "Rescue 1122"),
        ("Rescue 1122 told reporters that 640 families were moved out of Jhang.", "Rescue 1122"),
        ("According to Rescue 1122, 640 families were moved out of Jhang.", "Rescue 1122"),
    ],
)
def test_a_name_with_an_apostrophe_or_a_number_is_the_body(run, text, body):
    (figure,) = run(text)
    assert (figure.value, figure.reporting_body) == (640, body)


@pytest.mark.parametrize(
    "text",
    [
        # a surname with O' or D' is a person; a year after a name is no part of it
        "Some 640 herders were driven from Susya, O'Connell said.",
        "Some 640 herders were driven from Susya, D'Mello told reporters.",
        "Some 640 families were moved out of Jhang in July 2019, residents said.",
    ],
)
def test_a_surname_with_an_apostrophe_or_a_year_gives_no_body(run, text):
    (figure,) = run(text)
    assert figure.reporting_body is None


@pytest.mark.parametrize(
    "text,body",
    [
        # the kind of office closing a civil protection or civil defence name is part of it, with or without letters
        (
            "According to the Regional Civil Protection Service (RCPS), 3,150 people fled Caia.",
            "Regional Civil Protection Service (RCPS)",
        ),
        (
            "The Regional Civil Protection Service told reporters that 3,150 people fled Caia.",
            "Regional Civil Protection Service",
        ),
        (
            "Some 3,150 people fled Caia, according to the Regional Civil Protection Directorate.",
            "Regional Civil Protection Directorate",
        ),
        (
            "The Zambezia Civil Protection Department said on Monday that 3,150 people fled Caia.",
            "Zambezia Civil Protection Department",
        ),
        ("Some 3,150 people fled Caia, the national civil defence service said.", "national civil defence service"),
        # without an office after it the name stays as written
        ("The Regional Civil Protection said 3,150 people fled Caia.", "Regional Civil Protection"),
    ],
)
def test_a_civil_protection_service_keeps_the_kind_of_office_closing_its_name(run, text, body):
    (figure,) = run(text)
    assert (figure.value, figure.reporting_body) == (3_150, body)


@pytest.mark.parametrize(
    "text,body",
    [
        ("Some 1,430 residents left Mocuba, according to the police department.", "police department"),
        ("According to the provincial police service, 1,430 residents left Mocuba.", "provincial police service"),
        ("Some 1,430 residents left Mocuba, according to the police.", "police"),
    ],
)
def test_a_police_department_or_service_after_according_to_keeps_its_whole_name(run, text, body):
    (figure,) = run(text)
    assert (figure.value, figure.reporting_body) == (1_430, body)


# The body that gathered the data a paragraph then gives: an organisation or authority, as the subject of an act of
# monitoring, assessing, surveying or publishing in the sentence before, in its own sentence too; its letters after
# its name are kept with it. Each cell: the text, the figure's value, the body it must carry (None: no body).
_DATA_ACTOR_GRID = [
    # the act in the sentence before, the figure after (body:paragraph)
    (
        "Last week DTM monitored clashes around Tawila locality. The clashes displaced about 2,450 people in Tawila.",
        2_450,
        "DTM",
    ),
    (
        "In addition, IOM assessed 38 sites in Dondo district. About 2,450 people were sheltering in them.",
        2_450,
        "IOM",
    ),
    (
        "UNHCR surveyed households along the border in May. Some 2,450 refugees had arrived in Adré since April.",
        2_450,
        "UNHCR",
    ),
    (
        "On 3 May the Ministry of Civil Security (MCS) published an update on the rains in Atacama. "
        "So far 2,450 people were evacuated in Copiapó.",
        2_450,
        "Ministry of Civil Security (MCS)",
    ),
    (
        "OCHA released new figures on Friday. Some 2,450 people have fled Kalehe since the clashes began.",
        2_450,
        "OCHA",
    ),
    (
        "The Disaster Management Centre issued its sixth situation report. It counts 2,450 families in 40 safety "
        "centres in Galle.",
        2_450,
        "Disaster Management Centre",
    ),
    (
        "IOM teams conducted rapid assessments in Buzi district. They found 2,450 displaced households in Guara Guara.",
        2_450,
        "IOM",
    ),
    # in the figure's own sentence (body:subject)
    ("UNHCR documented 2,450 new arrivals in Gorom in early June.", 2_450, "UNHCR"),
    ("In May, OCHA mapped 2,450 displaced families across 12 sites in Kaya.", 2_450, "OCHA"),
    # near-misses: a person, a place, an armed group, or the act of another
    ("Reporters monitored the clashes around Tawila. The clashes displaced about 2,450 people in Tawila.", 2_450, None),
    ("Sudan assessed the damage in Darfur. About 2,450 people were displaced in Tawila.", 2_450, None),
    ("RSF monitored the roads near Tawila. About 2,450 people were displaced in Tawila.", 2_450, None),
    ("John Smith published a book on the floods. Some 2,450 people were evacuated in Copiapó.", 2_450, None),
]


@pytest.mark.parametrize("text,value,body", _DATA_ACTOR_GRID, ids=[t[:50] for t, _, _ in _DATA_ACTOR_GRID])
def test_the_body_that_gathered_the_data_before_the_figure(run, text, value, body):
    (figure,) = [c for c in run(text) if c.value == value]
    assert figure.reporting_body == body


# A person who speaks for an organisation: the organisation is the body, however the sentence joins the two — the
# person "of" or "from" it after the verb, the person who "heads" it before the verb, the organisation's name before a
# role in lower case. A person alone, or with a role that names no organisation, gives none.
_PERSON_OF_ORGANISATION_GRID = [
    ("About 3,100 people fled to Ogoja, said Mary Obi of the Northern Relief Board.", "Northern Relief Board"),
    ("About 3,100 people fled to Ogoja, said Mary Obi from the Nigerian Red Cross.", "Nigerian Red Cross"),
    (
        "About 3,100 people fled to Ogoja, said Dr. Mary Obi of the Cross River Emergency Agency (CREA).",
        "Cross River Emergency Agency (CREA)",
    ),
    ("About 3,100 people fled to Ogoja, according to Mary Obi of the Nigerian Red Cross.", "Nigerian Red Cross"),
    (
        "About 3,100 people fled to Ogoja, Mary Obi, who heads the Northern Relief Board, told reporters.",
        "Northern Relief Board",
    ),
    (
        "About 3,100 people fled to Ogoja, Mary Obi, who leads the Nigerian Red Cross team there, said.",
        "Nigerian Red Cross",
    ),
    (
        "About 3,100 people have arrived in Ogoja, Mary Obi, the Nigerian Red Cross country director, said.",
        "Nigerian Red Cross",
    ),
    (
        "About 3,100 people have arrived in Ogoja, Mary Obi, the Islamic Relief programme manager, told AFP.",
        "Islamic Relief",
    ),
    # near-misses: a person alone, of a place, or a role that names no organisation
    ("About 3,100 people fled to Ogoja, said Mary Obi of Calabar.", None),
    ("About 3,100 people fled to Ogoja, said Mary Obi, a nurse at the camp.", None),
    ("About 3,100 people fled to Ogoja, Mary Obi, who heads a women's group, said.", None),
    ("About 3,100 people fled to Ogoja, said Mary Obi from Ikom.", None),
]


@pytest.mark.parametrize(
    "text,body", _PERSON_OF_ORGANISATION_GRID, ids=[t[34:80] for t, _ in _PERSON_OF_ORGANISATION_GRID]
)
def test_a_person_who_speaks_for_an_organisation_gives_the_organisation(run, text, body):
    (figure,) = run(text)
    assert figure.reporting_body == body


@pytest.mark.parametrize(
    "text,body",
    [
        ("Rescue 1122 has evacuated 2,300 people from Charsadda.", "Rescue 1122"),
        ("Rescue 1122 evacuated 2,300 people from Charsadda on Sunday.", "Rescue 1122"),
        ("The Emergency Service 112 moved 2,300 people out of Charsadda.", "Emergency Service 112"),
        # a year is no service's number
        ("In 2022 2,300 people were evacuated from Charsadda.", None),
    ],
)
def test_a_service_named_by_its_number_is_the_body_of_what_it_did(run, text, body):
    (figure,) = run(text)
    assert (figure.value, figure.reporting_body) == (2_300, body)


def test_a_count_s_own_words_before_its_number_are_no_numbered_service(run):
    figures = run("The disaster office counted 1,250 evacuees in Luganville shelters. Another 600 had moved in.")
    assert [f.reporting_body for f in figures if f.value == 600] == ["disaster office"]


# How a text carries its source from one sentence to the next: a pronoun or the kind of body ("It said", "the
# agency added"), a person named again by surname after the sentence that tied them to an organisation, a run of
# sentences giving counts one after the other (each carrying the body of the one before), within a paragraph. What
# breaks the chain: a new source, a generic one ("officials said"), a quotation of someone else, a new paragraph, a
# person tied to no organisation, prose with no counts between. A wrong body is worse than none.
# fmt: off
_CARRIED_ACROSS_SENTENCES_GRID = [
    # a pronoun after "according to the X (XX)"
    ("Evacuees nationwide now number 4,200, according to the Flood Relief Board (FRB). It said 900 people were "
     "sheltering in Johor schools.", 900, "Flood Relief Board (FRB)"),
    ("Evacuees nationwide now number 4,200, according to the Flood Relief Board (FRB). It added that 900 people "
     "were sheltering in Johor schools.", 900, "Flood Relief Board (FRB)"),
    # a run of counts, one state a sentence, the first naming the body
    ("Evacuees nationwide now number 4,200, according to the Flood Relief Board (FRB). It said four states were "
     "hit.\nPahang has 2,100 people in 15 relief centres.\nIn Johor, 900 people were housed in six schools.",
     900, "Flood Relief Board (FRB)"),
    ("Evacuees nationwide now number 4,200, according to the Flood Relief Board (FRB). It said four states were "
     "hit.\nPahang has 2,100 people in 15 relief centres.\nIn Johor, 900 people were housed in six schools.\nIn "
     "Perak, 300 evacuees were moved to two halls.", 300, "Flood Relief Board (FRB)"),
    # a person named again by surname: the organisation the text tied them to
    ("\"Up to 90 families reach the camp each week,\" said Jane Wambui Otieno, a field coordinator for Islamic "
     "Relief in Kenya.\n\nOtieno said 4,000 families had fled to Dadaab.", 4_000, "Islamic Relief"),
    ("Some families walked for a week, said Grace Adongo of the Uganda Red Cross Society. Adongo said 2,600 "
     "people had reached Kiryandongo.", 2_600, "Uganda Red Cross Society"),
    # near-misses: the chain broken
    ("Evacuees nationwide now number 4,200, according to the Flood Relief Board (FRB). Officials said 900 "
     "people were sheltering in Johor schools.", 900, None),
    ("Evacuees nationwide now number 4,200, according to the Flood Relief Board (FRB).\n\nIn Johor, 900 people "
     "were sheltering in schools.", 900, None),
    ("Evacuees nationwide now number 4,200, according to the Flood Relief Board (FRB). Rain kept falling. Roads "
     "were cut. Schools shut early.\nIn Johor, 900 people were sheltering in schools.", 900, None),
    ("Evacuees nationwide now number 4,200, according to the Flood Relief Board (FRB). In Johor, the state "
     "welfare office said 900 people were sheltering in schools.", 900, "state welfare office"),
    # a surname the text tied to no organisation, or another person's organisation
    ("Families arrive daily, said Jane Otieno, a nurse at the camp. Otieno said 4,000 families had fled to "
     "Dadaab.", 4_000, "Otieno"),
    ("Families arrive daily, said Peter Kamau of the Kenya Red Cross. Otieno said 4,000 families had fled to "
     "Dadaab.", 4_000, "Otieno"),
    # the paragraph before, when the figure's words point back to what it counted
    ("The provincial government has already moved 640 people to nine relief camps.\n\nToday 210 families are "
     "staying in these camps.", 210, "provincial government"),
    ("The provincial government has already moved 640 people to nine relief camps.\n\nToday 210 families are "
     "staying in camps near Bukavu.", 210, None),
    ("Officials have moved 640 people to nine relief camps.\n\nToday 210 families are staying in these "
     "camps.", 210, None),
    # the next sentence's own figures, of one source, adding up to the figure
    ("At least 412 families left their homes in Gingoog overnight.\n\nThe city disaster office said 250 families "
     "in Lunao and 162 families in Anakan were evacuated.", 412, "city disaster office"),
    ("At least 412 families left their homes in Gingoog overnight.\n\nThe city disaster office said 250 families "
     "in Lunao and 170 families in Anakan were evacuated.", 412, None),
    ("At least 412 families left their homes in Gingoog overnight.\n\nThe city disaster office said 250 families "
     "in Lunao were evacuated.", 412, None),
    # a quotation running on into the next paragraph: the speaker the paragraph before closed on
    ("\u201cWe are overwhelmed,\u201d said Mary Obi of the Nigerian Red Cross.\n\n\u201cSince Monday some 2,000 "
     "people have fled to Ogoja.\u201d", 2_000, "Nigerian Red Cross"),
    ("\u201cWe are overwhelmed,\u201d said Mary Obi of the Nigerian Red Cross.\n\n\u201cThe roads are cut. Since "
     "Monday some 2,000 people have fled to Ogoja.\u201d", 2_000, "Nigerian Red Cross"),
    ("Mary Obi of the Nigerian Red Cross visited the camp on Monday.\n\n\u201cSince Monday some 2,000 people have "
     "fled to Ogoja.\u201d", 2_000, None),
    ("\u201cWe are overwhelmed,\u201d said Mary Obi of the Nigerian Red Cross.\n\n\u201cSince Monday some 2,000 "
     "people have fled to Ogoja,\u201d a farmer told reporters.", 2_000, None),
    ("\u201cWe are overwhelmed,\u201d said Mary Obi of the Nigerian Red Cross.\n\nSince Monday some 2,000 people "
     "have fled to Ogoja.", 2_000, None),
    # "she" or "he": the person the sentence before named, and the body it tied them to
    ("Families arrive every day, said Jane Otieno, a field coordinator for Islamic Relief. She said 4,000 "
     "families had fled to Dadaab.", 4_000, "Islamic Relief"),
    ("Families arrive every day, said Jane Otieno, a field coordinator for Islamic Relief. She said the roads "
     "were cut. She added that 4,000 families had fled to Dadaab.", 4_000, "Islamic Relief"),
    ("UNHCR warned of more arrivals. Its spokesperson Jane Otieno briefed reporters in Geneva. She said 4,000 "
     "families had fled to Dadaab.", 4_000, "UNHCR"),
    ("Families arrive every day, said Jane Otieno, a nurse at the camp. She said 4,000 families had fled to "
     "Dadaab.", 4_000, None),
    ("UNHCR warned of more arrivals. Families arrive every day, said Jane Otieno, a nurse at the camp. She said "
     "4,000 families had fled to Dadaab.", 4_000, None),
    # the kind of organisation the body named before is, with what kind of work it does
    ("The Norwegian Refugee Council said it had opened a clinic in Tawila. Some 4,000 families arrived on "
     "Monday, the aid group said.", 4_000, "Norwegian Refugee Council"),
    ("M\u00e9decins Sans Fronti\u00e8res said it was short of water in Tawila. Some 4,000 families arrived on "
     "Monday, the medical charity said.", 4_000, "M\u00e9decins Sans Fronti\u00e8res"),
    ("The Norwegian Refugee Council said it had opened a clinic in Tawila. The humanitarian organisation "
     "announced that 4,000 families had arrived on Monday.", 4_000, "Norwegian Refugee Council"),
    # near-misses: an office named by its field is a body of its own; "an aid group" is no body named before
    ("OCHA warned of more arrivals. Some 4,000 families arrived in Tawila on Monday, the health ministry "
     "said.", 4_000, "health ministry"),
    ("Some 4,000 families arrived in Tawila on Monday, the aid group said.", 4_000, None),
    # the organisation before the person's name, and a person a body's sentence names who is not its speaker
    ("Islamic Relief coordinator Jane Otieno said families arrive every day. Otieno said 4,000 families had fled "
     "to Dadaab.", 4_000, "Islamic Relief"),
    ("UNHCR said on Monday that Jane Otieno, a nurse, had seen families arrive. Otieno said 4,000 families had "
     "fled to Dadaab.", 4_000, "Otieno"),
]
# fmt: on


@pytest.mark.parametrize(
    "text,value,body", _CARRIED_ACROSS_SENTENCES_GRID, ids=[t[-60:] for t, _, _ in _CARRIED_ACROSS_SENTENCES_GRID]
)
def test_the_body_a_text_carries_across_sentences(run, text, value, body):
    (figure,) = [c for c in run(text) if c.value == value]
    assert figure.reporting_body == body


# The person first, the office in apposition with no article before it, as wire copy writes it: the place or the body
# that owns the office ("Benue region's spokesman", "Flood Emergency Agency spokesperson"), with the verb after the
# apposition or before the name. A person with no office, an office of no body, a news agency's reporter: no body.
_OFFICE_WITHOUT_ARTICLE_GRID = [
    (
        '"About 4,200 people have fled to Ogoja," Ade Okon, Benue region\'s spokesman, said in a written note.',
        "Ade Okon, Benue region's spokesman",
    ),
    (
        '"About 4,200 people have fled to Ogoja," Ade Okon, Benue region’s spokesman, said.',
        "Ade Okon, Benue region’s spokesman",
    ),
    (
        "About 4,200 people have fled to Ogoja, Ade Okon, Benue state's spokesperson, told reporters.",
        "Ade Okon, Benue state's spokesperson",
    ),
    (
        "About 4,200 people have fled to Ogoja, Ade Okon, Flood Emergency Agency spokesperson, told reporters.",
        "Flood Emergency Agency",
    ),
    (
        "About 4,200 people have fled to Ogoja, Ade Okon, Kano State's emergency coordinator, said.",
        "Ade Okon, Kano State's emergency coordinator",
    ),
    ("Ade Okon, Benue region's spokesman, said 4,200 people had fled to Ogoja.", "Ade Okon, Benue region's spokesman"),
    (
        "About 4,200 people have fled to Ogoja, said Ade Okon, Benue region's spokesman.",
        "Ade Okon, Benue region's spokesman",
    ),
    ("About 4,200 people have fled to Ogoja, Ade Okon, Ogoja mayor, said.", "Ade Okon, Ogoja mayor"),
    # near-misses
    ("About 4,200 people have fled to Ogoja, Ade Okon, Okon clan head, said.", None),
    ("About 4,200 people have fled to Ogoja, Ade Okon, AFP bureau chief, said.", None),
    ("About 4,200 people have fled to Ogoja, Ade Okon, Ogoja camp chief, said.", None),
    ("About 4,200 people have fled to Ogoja, Ade Okon, Ogoja's football coach, said.", None),
    ("About 4,200 people have fled to Ogoja, said Ade Okon, Ogoja's oldest farmer.", None),
    ("About 4,200 people have fled to Ogoja, Ade Okon, a farmer, told Reuters.", None),
]


@pytest.mark.parametrize(
    "text,body", _OFFICE_WITHOUT_ARTICLE_GRID, ids=[t[38:90] for t, _ in _OFFICE_WITHOUT_ARTICLE_GRID]
)
def test_an_office_in_apposition_with_no_article_gives_its_owner(run, text, body):
    (figure,) = run(text)
    assert figure.reporting_body == body


# Two bodies written with their letters, joined as the subject of one verb (before or after the count, "report" with
# the date set off by commas): the first one named. One body alone, a body that is no subject, unnamed people: as
# before.
_JOINED_BODIES_GRID = [
    (
        "In Luzon, the National Relief Board (NRB) and the Island Disaster Network (IDN) report, as of 3 May, 240 "
        "displaced people in Tarlac Province.",
        "National Relief Board (NRB)",
    ),
    (
        "In Luzon, the National Relief Board (NRB) and the Island Disaster Network (IDN) reported 240 displaced "
        "people in Tarlac Province.",
        "National Relief Board (NRB)",
    ),
    (
        "In Luzon, 240 people were displaced in Tarlac Province, the National Relief Board (NRB) and the Island "
        "Disaster Network (IDN) reported.",
        "National Relief Board (NRB)",
    ),
    (
        "The National Relief Board (NRB) and Island Disaster Network (IDN) have recorded 240 displaced people in "
        "Tarlac Province.",
        "National Relief Board (NRB)",
    ),
    (
        "The Island Disaster Network (IDN) reports, as of 3 May, 240 displaced people in Tarlac Province.",
        "Island Disaster Network (IDN)",
    ),
    # near-misses
    (
        "Rains hit the National Relief Board (NRB) stores and 240 people were displaced in Tarlac Province, AFP "
        "reported.",
        None,
    ),
    ("Residents and volunteers report, as of 3 May, 240 displaced people in Tarlac Province.", None),
]


@pytest.mark.parametrize("text,body", _JOINED_BODIES_GRID, ids=[t[:60] for t, _ in _JOINED_BODIES_GRID])
def test_two_bodies_joined_as_the_subject_give_the_first_named(run, text, body):
    (figure,) = run(text)
    assert figure.reporting_body == body


# A document named by whatever word, then who made it: "produced by", "prepared by", "compiled by", "published by", in
# the figure's sentence before or after the count. A person, a news agency or unnamed people who made it: no body.
_MADE_BY_GRID = [
    ("A camp census produced by IOM and its partners counts about 41,000 displaced people in Ogoja.", "IOM"),
    (
        "Some 41,000 displaced people live in 80 sites in Ogoja, according to a camp census produced by IOM and its "
        "partners.",
        "IOM",
    ),
    (
        "A site list, prepared by the Shelter Cluster, counts 41,000 displaced people in Ogoja.",
        "Shelter Cluster",
    ),
    (
        "A site list compiled by the Flood Emergency Agency (FEA) shows 41,000 displaced people in Ogoja.",
        "Flood Emergency Agency (FEA)",
    ),
    ("Tallies published by the Island Disaster Network show 41,000 displaced in Ogoja.", "Island Disaster Network"),
    # near-misses
    ("A documentary produced by Ade Okon follows 41,000 displaced people in Ogoja.", None),
    ("A map published by Reuters shows 41,000 displaced people in Ogoja.", None),
    ("A report prepared by local officials counts 41,000 displaced people in Ogoja.", None),
]


@pytest.mark.parametrize("text,body", _MADE_BY_GRID, ids=[t[:60] for t, _ in _MADE_BY_GRID])
def test_who_produced_the_document_a_figure_comes_from_is_its_body(run, text, body):
    (figure,) = run(text)
    assert figure.reporting_body == body


# An office a level of government owns, named in lower case, as the subject of what it did to the people it counts:
# the verb right after it, or what it did first and the count after a comma ("…, ordering N residents to leave"). A
# building the place owns is no office; a source named after the count comes first.
_OWNED_OFFICE_DID_IT_GRID = [
    (
        "The province's storm response headquarters ordered 3,100 residents to evacuate from Ogoja.",
        "storm response headquarters",
    ),
    ("The city's disaster office has evacuated 3,100 residents from Ogoja.", "disaster office"),
    (
        "The province's storm response headquarters has launched an emergency response, ordering 40 boats back to port "
        "and 3,100 residents to evacuate.",
        "storm response headquarters",
    ),
    ("The county's emergency relief bureau relocated 3,100 residents from Ogoja.", "emergency relief bureau"),
    (
        "Ahead of the storm, the district's relief committee moved 3,100 residents to shelters in Ogoja.",
        "relief committee",
    ),
    ("The coast guard has launched a rescue operation, evacuating 3,100 residents from Ogoja.", "coast guard"),
    # near-misses
    ("The town's school has housed 3,100 displaced residents from Ogoja.", None),
    (
        "The province's storm response headquarters ordered 3,100 residents to evacuate from Ogoja, the governor said.",
        "governor",
    ),
]


@pytest.mark.parametrize("text,body", _OWNED_OFFICE_DID_IT_GRID, ids=[t[:60] for t, _ in _OWNED_OFFICE_DID_IT_GRID])
def test_an_office_a_place_owns_is_the_body_of_what_it_did(run, text, body):
    (figure,) = run(text)
    assert figure.reporting_body == body


# An organisation's letters after a level of government in lower case ("the regional SEMA", "the provincial DRRMO"),
# whoever speaks for it and wherever the verb stands. Letters that name no organisation, a news agency's: no body.
_LEVEL_BEFORE_LETTERS_GRID = [
    ("Some 2,100 refugees are now in Ogoja, said Ade Okon, deputy director of the regional SEMA.", "regional SEMA"),
    ("Some 2,100 refugees are now in Ogoja, said Ade Okon, head of the provincial DRRMO.", "provincial DRRMO"),
    ("Some 2,100 refugees are now in Ogoja, according to Ade Okon, head of the regional SEMA.", "regional SEMA"),
    ("Ade Okon, deputy director of the regional SEMA, said 2,100 refugees are now in Ogoja.", "regional SEMA"),
    ("Some 2,100 refugees are now in Ogoja, said the deputy director of the regional SEMA.", "regional SEMA"),
    # near-misses
    ("Some 2,100 refugees are now in Ogoja, said Ade Okon, head of the state TV.", None),
    ("Some 2,100 refugees are now in Ogoja, said Ade Okon, head of the national AFP desk.", None),
    ("Some 2,100 refugees are now in Ogoja, said Ade Okon, head of the regional BBC.", None),
]


@pytest.mark.parametrize("text,body", _LEVEL_BEFORE_LETTERS_GRID, ids=[t[40:90] for t, _ in _LEVEL_BEFORE_LETTERS_GRID])
def test_a_level_of_government_before_an_organisation_s_letters_is_one_body(run, text, body):
    (figure,) = run(text)
    assert figure.reporting_body == body


# A body's possessive before a role with its field, in apposition ("the FEA's head of operations", "FEA's head of
# operations"): the body. A news agency's own people in apposition (a reporter, a photographer, a bureau chief): none.
_ROLE_WITH_FIELD_GRID = [
    ('"We count 4,200 displaced people in Ogoja," Ade Okon, FEA\'s head of operations, said in a statement.', "FEA"),
    ('"We count 4,200 displaced people in Ogoja," Ade Okon, the FEA\'s head of operations, told a briefing.', "FEA"),
    (
        '"We count 4,200 displaced people in Ogoja," Ade Okon, the Flood Emergency Agency\'s head of operations, said.',
        "Flood Emergency Agency",
    ),
    # near-misses
    ('"We count 4,200 displaced people in Ogoja," Ade Okon, a Reuters reporter, said.', None),
    ("About 4,200 people fled to Ogoja, Ade Okon, an AFP photographer, said.", None),
    ("About 4,200 people fled to Ogoja, Ade Okon, the Reuters bureau chief, said.", None),
]


@pytest.mark.parametrize("text,body", _ROLE_WITH_FIELD_GRID, ids=[t[30:90] for t, _ in _ROLE_WITH_FIELD_GRID])
def test_a_body_s_role_with_its_field_in_apposition_gives_the_body(run, text, body):
    (figure,) = run(text)
    assert figure.reporting_body == body


# A place named before the level of government that owns an office in lower case ("Benue state's relief
# commissioner"): the office keeps its place. With no name before it, or an article between, the office alone.
_PLACE_BEFORE_LEVEL_GRID = [
    (
        "Benue state's relief commissioner, Ade Okon, said 4,200 people had fled to Ogoja.",
        "Benue state's relief commissioner, Ade Okon",
    ),
    ("About 4,200 people fled to Ogoja, Benue region's disaster office said.", "Benue region's disaster office"),
    # near-misses
    ("About 4,200 people fled to Ogoja, the state's returns commissioner said.", "state's returns commissioner"),
    ("On Monday the state's returns commissioner said 4,200 people had fled to Ogoja.", "state's returns commissioner"),
]


@pytest.mark.parametrize("text,body", _PLACE_BEFORE_LEVEL_GRID, ids=[t[:60] for t, _ in _PLACE_BEFORE_LEVEL_GRID])
def test_the_place_before_the_level_owning_an_office_stays_with_it(run, text, body):
    (figure,) = run(text)
    assert figure.reporting_body == body


# "According to" opening the sentence, the person and the office in apposition, then the count: the body the office
# names, as after a lower-case "according to". A person with no office, a news agency's reporter: none.
_OPENING_ACCORDING_TO_PERSON_GRID = [
    (
        "According to Ade Okon, the Flood Emergency Agency's spokesperson, 4,200 people fled to Ogoja.",
        "Flood Emergency Agency",
    ),
    (
        "According to Ade Okon, spokesperson for the Flood Emergency Agency, 4,200 people fled to Ogoja.",
        "Flood Emergency Agency",
    ),
    ("According to Ade Okon, Benue region's spokesman, 4,200 people fled to Ogoja.", "Benue region's spokesman"),
    ("According to Ade Okon of the Flood Emergency Agency, 4,200 people fled to Ogoja.", "Flood Emergency Agency"),
    # near-misses
    ("According to Ade Okon, a farmer in Ogoja, 4,200 people fled the town.", None),
    ("According to Ade Okon, a Reuters reporter, 4,200 people fled to Ogoja.", None),
]


@pytest.mark.parametrize(
    "text,body", _OPENING_ACCORDING_TO_PERSON_GRID, ids=[t[13:70] for t, _ in _OPENING_ACCORDING_TO_PERSON_GRID]
)
def test_according_to_a_person_opening_the_sentence_gives_the_office_s_body(run, text, body):
    (figure,) = run(text)
    assert figure.reporting_body is None if body is None else body in figure.reporting_body


# The verb before the body, the body an office a country owns written in lower case ("said Chad's interior
# ministry", "says Iraq's immigration ministry"): the office with its owner, as when the verb comes after it.
# Near-misses: an owner's word that is no office ("said Kenya's president", "said Iraq's army") gives none, and so
# does a country's place before the verb with the office written elsewhere.
_VERB_THEN_OWNED_OFFICE_GRID = [
    (
        "Some 9,000 herders have left the border villages, says Iraq's immigration ministry.",
        "Iraq's immigration ministry",
    ),
    (
        "Floods displaced 3,400 families along the river this week, said Kenya's interior ministry.",
        "Kenya's interior ministry",
    ),
    (
        "About 12,000 villagers moved to camps near Abeche, said Chad's humanitarian affairs minister.",
        "Chad's humanitarian affairs minister",
    ),
    (
        "More than 600 households fled the shelling overnight, said Ukraine's health ministry.",
        "Ukraine's health ministry",
    ),
    # near-misses
    ("Some 9,000 herders fled the border villages, said Kenya's president.", None),
    ("Some 9,000 herders fled to Kenya's Dadaab camp, said the villagers.", None),
]


@pytest.mark.parametrize(
    "text,body", _VERB_THEN_OWNED_OFFICE_GRID, ids=[t[:50] for t, _ in _VERB_THEN_OWNED_OFFICE_GRID]
)
def test_a_verb_before_an_office_its_country_owns_gives_the_office(run, text, body):
    (figure,) = run(text)
    assert figure.reporting_body == body


# "The agency said" after a sentence that names who reported but gives no figure: that body is the one named again,
# not the body of the last figure (the paragraph moved on to another country's authority). Near-misses: a generic
# source, a news agency, a person or a pronoun in between, or the naming sentence in another paragraph, keep the
# last figure's body; an armed group's letters are never what "the agency" names.
_ANAPHOR_NEAREST_OPENING = "Flooding in Oruro displaced 2,000 people, the Viceministry of Civil Defence (VIDECI) said."
_ANAPHOR_NEAREST_GRID = [
    (
        " Peru's INDECI reported that the Ilave river kept rising on Monday. Some 4,200 people were moved to shelters"
        " in Puno, the agency said.",
        "INDECI",
    ),
    (
        " According to Peru's National Civil Defence Institute (INDECI), the Ilave river kept rising on Monday. Some"
        " 4,200 people were moved to shelters in Puno, the institute added.",
        "National Civil Defence Institute (INDECI)",
    ),
    (
        " The Peruvian Red Cross warned on Monday that the Ilave river kept rising. In Puno, 4,200 people have left"
        " their homes, the organisation said.",
        "Peruvian Red Cross",
    ),
    # near-misses
    (
        " Local officials said the Ilave river kept rising on Monday. Some 4,200 people were moved to shelters in"
        " Puno, the agency said.",
        "Viceministry of Civil Defence (VIDECI)",
    ),
    (
        " Reuters reported that the Ilave river kept rising on Monday. Some 4,200 people were moved to shelters in"
        " Puno, the agency said.",
        "Viceministry of Civil Defence (VIDECI)",
    ),
    (
        " Mayor Ana Quispe said the Ilave river kept rising on Monday. Some 4,200 people were moved to shelters in"
        " Puno, the agency said.",
        "Viceministry of Civil Defence (VIDECI)",
    ),
    (
        " Peru's INDECI reported that the Ilave river kept rising on Monday. Some 4,200 people were moved to shelters"
        " in Puno, it said.",
        "Viceministry of Civil Defence (VIDECI)",
    ),
    (
        "\n\nPeru's INDECI reported that the Ilave river kept rising on Monday.\n\nSome 4,200 people were moved to"
        " shelters in Puno, the agency said.",
        "Viceministry of Civil Defence (VIDECI)",
    ),
]


@pytest.mark.parametrize("rest,body", _ANAPHOR_NEAREST_GRID, ids=[r[:40] for r, _ in _ANAPHOR_NEAREST_GRID])
def test_the_agency_names_again_the_body_named_nearest_before_it(run, rest, body):
    first, second = run(_ANAPHOR_NEAREST_OPENING + rest)
    assert first.reporting_body == "Viceministry of Civil Defence (VIDECI)"
    assert second.value == 4200 and second.reporting_body == body


@pytest.mark.parametrize(
    "text,body",
    [
        ("Since the ADF raided Oicha on Friday, some 6,300 people have fled to Beni, the agency said.", None),
        (
            "OCHA said clashes went on in Ituri. Since the ADF raided Oicha on Friday, some 6,300 people have fled to"
            " Beni, the agency said.",
            "OCHA",
        ),
    ],
)
def test_an_armed_group_s_letters_are_not_what_the_agency_names(run, text, body):
    (figure,) = run(text)
    assert figure.reporting_body == body


# A headline closed by its source after a colon, as after a dash: the source is the body (an organisation's letters,
# a name with an organisation's word, an office in lower case, a country's office). Near-misses: a generic source, a
# place, a news agency or a person's name closing the headline give none.
_HEADLINE_COLON_GRID = [
    ("Some 14,000 flee fighting in Ituri: UNHCR", "UNHCR"),
    ("More than 6,000 displaced by floods in Sindh: NDMA", "NDMA"),
    ("About 3,200 evacuated from Villahermosa: Civil Protection", "Civil Protection"),
    ("Storm displaces 2,500 families in Quang Ngai: disaster agency", "disaster agency"),
    ("Over 9,000 flee clashes in Tillaberi: Niger's interior ministry", "Niger's interior ministry"),
    ("Over 9,000 flee clashes in Tillaberi - Niger's interior ministry", "Niger's interior ministry"),
    # near-misses
    ("Some 14,000 flee fighting in Ituri: local officials", None),
    ("Some 14,000 flee fighting: Ituri", None),
    ("Some 14,000 flee fighting in Ituri: Reuters", None),
    ("Some 14,000 flee fighting in Ituri: Tshisekedi", None),
]


@pytest.mark.parametrize("text,body", _HEADLINE_COLON_GRID, ids=[t for t, _ in _HEADLINE_COLON_GRID])
def test_a_headline_closed_by_its_source_after_a_colon_gives_that_body(run, text, body):
    (figure,) = run(text)
    assert figure.reporting_body == body


# A rank written alone before an office and its seat, the person in apposition ("Deputy mayor of Lida, Ivan Orlov,
# said"): the office with its rank and seat, never the rank alone. Near-misses: a former office-holder, or a person
# who holds no office, gives none; the rank and office with no seat stay as they were.
_RANK_OFFICE_SEAT_GRID = [
    (
        "Deputy mayor of Lida, Ivan Orlov, said that some 3,100 villagers fled to Grodno overnight.",
        "Deputy mayor of Lida, Ivan Orlov",
    ),
    (
        "Acting governor of Kherson, Oleh Marchenko, said 2,400 residents fled the riverside quarters on Sunday.",
        "Acting governor of Kherson, Oleh Marchenko",
    ),
    (
        "Vice governor of Batangas, Rosa Cruz, told reporters 5,100 families fled the slopes of Taal.",
        "Vice governor of Batangas, Rosa Cruz",
    ),
    (
        "Deputy commissioner of Sylhet, Abdul Karim, said that 8,000 people were in shelters.",
        "Deputy commissioner of Sylhet, Abdul Karim",
    ),
    ("Deputy mayor Ivan Orlov said that some 3,100 villagers fled Lida overnight.", "Deputy mayor Ivan Orlov"),
    # near-misses
    ("Former mayor of Lida, Ivan Orlov, said that some 3,100 villagers fled to Grodno overnight.", None),
    ("Resident of Lida, Ivan Orlov, said that some 3,100 villagers fled to Grodno overnight.", None),
]


@pytest.mark.parametrize("text,body", _RANK_OFFICE_SEAT_GRID, ids=[t[:45] for t, _ in _RANK_OFFICE_SEAT_GRID])
def test_a_rank_before_an_office_and_its_seat_gives_the_whole_office(run, text, body):
    (figure,) = run(text)
    assert figure.reporting_body == body


# A headline in title case, an organisation or an office saying a count ("UN Says 50,000 Flee …"): the body, as in
# lower case. Near-misses: a person with no office, or a news agency, saying it gives none.
_TITLE_CASE_SAYS_GRID = [
    ("UN Says 50,000 Flee Ituri Fighting", "UN"),
    ("Kursk Governor Says 3,000 Evacuated From Border Villages", "Kursk Governor"),
    ("Red Cross Says 4,000 Families Displaced By Floods In Malawi", "Red Cross"),
    # near-misses
    ("Survivor Says 4,000 Fled Her Village Near Lilongwe", None),
    ("Farmer Says 4,000 Evacuated From Flooded Villages In Malawi", None),
]


@pytest.mark.parametrize("text,body", _TITLE_CASE_SAYS_GRID, ids=[t[:40] for t, _ in _TITLE_CASE_SAYS_GRID])
def test_a_body_saying_a_count_in_a_title_case_headline_is_the_body(run, text, body):
    (figure,) = run(text)
    assert figure.reporting_body == body


# "According to" or "said" before a person with a courtesy title and its stop, then the office in apposition: the
# office, as without the title. Near-miss: a person with no office gives none.
_COURTESY_TITLE_GRID = [
    (
        "About 2,600 people were evacuated from Tarija, according to Mrs. Ana Ruiz, the Minister of Civil Defence.",
        "Mrs. Ana Ruiz, the Minister of Civil Defence",
    ),
    (
        "About 2,600 people were evacuated from Tarija, said Dr. Ana Ruiz, the regional health director.",
        "Dr. Ana Ruiz, the regional health director",
    ),
    # near-miss
    ("About 2,600 people were evacuated from Tarija, according to Dr. Ana Ruiz, a doctor in the town.", None),
]


@pytest.mark.parametrize("text,body", _COURTESY_TITLE_GRID, ids=[t[50:100] for t, _ in _COURTESY_TITLE_GRID])
def test_a_courtesy_title_before_the_person_keeps_the_office_after_them(run, text, body):
    (figure,) = run(text)
    assert figure.reporting_body == body


# A quotation closed by a surname alone ('…,” Orlov said', '…," said Orlov'), the person named in full after an
# office in a sentence before: that office-holder. Near-misses: a person the text tied to no office, one named with
# none anywhere, or a surname another person bears, give none.
_TITLED_SPEAKER_GRID = [
    (
        "Acting Lida region Governor Ivan Orlov spoke to reporters on Monday. “So far 3,000 people have left,” Orlov"
        " said.",
        "Acting Lida region Governor Ivan Orlov",
    ),
    (
        'Regional governor Ivan Orlov spoke to reporters on Monday. "So far 3,000 people have left Lida," said Orlov.',
        "Regional governor Ivan Orlov",
    ),
    (
        'Interior Minister Ana Ruiz visited the shelters on Friday. "We have moved 2,400 families out of the valley,"'
        " Ruiz said, adding that more would follow.",
        "Interior Minister Ana Ruiz",
    ),
    # near-misses
    ('Ivan Orlov, a farmer, lost his house on Monday. "So far 3,000 people have left Lida," Orlov said.', None),
    ('"So far 3,000 people have left Lida," Orlov said.', None),
    (
        'Governor Ivan Orlov spoke on Monday. Later, Petr Sokol came to the shelter. "So far 3,000 people have left'
        ' Lida," Sokol said.',
        None,
    ),
]


@pytest.mark.parametrize("text,body", _TITLED_SPEAKER_GRID, ids=[t[:40] for t, _ in _TITLED_SPEAKER_GRID])
def test_a_quotation_closed_by_a_surname_gives_the_office_holder_named_before(run, text, body):
    (figure,) = run(text)
    assert figure.reporting_body == body


# A level of government's officials joined by "and" to a generic source as one subject ("county officials and aid
# workers told"): the level's officials, as when they speak alone. Near-misses: officials of no level, local ones,
# or residents joined to a generic source give none.
_LEVEL_AND_GENERIC_GRID = [
    (
        "Floods have displaced 4,300 families in Lakes state, state officials and aid workers told reporters.",
        "state officials",
    ),
    (
        "Floods have displaced 4,300 families in Nyando, county officials and aid workers told reporters.",
        "county officials",
    ),
    ("Floods have displaced 4,300 families in Nyando, aid agencies and state officials said.", "state officials"),
    # near-misses
    ("Floods have displaced 4,300 families in Nyando, officials and aid agencies said.", None),
    ("Floods have displaced 4,300 families in Nyando, local officials and aid agencies said.", None),
    ("Floods have displaced 4,300 families in Nyando, residents and aid workers said.", None),
]


@pytest.mark.parametrize("text,body", _LEVEL_AND_GENERIC_GRID, ids=[t[48:95] for t, _ in _LEVEL_AND_GENERIC_GRID])
def test_a_level_s_officials_joined_to_a_generic_source_are_the_body(run, text, body):
    (figure,) = run(text)
    assert figure.reporting_body == body


# a speaker after the verb of saying, then a place's office with no article ("said NAME, mayor of X"): the office
@pytest.mark.parametrize("said", ["said", "says", "added"])
@pytest.mark.parametrize(
    "office",
    ["mayor of Kandi", "Mayor of Kandi", "governor of Alibori", "prefect of the Alibori", "the mayor of Kandi"],
)
def test_grid_a_speaker_then_a_place_office_with_no_article(run, said, office):
    (figure,) = run(f"Over 3,400 homeless people are sheltering in schools in Kandi, {said} Moussa Garba, {office}.")
    assert office.removeprefix("the ").lower() in (figure.reporting_body or "").lower()


# near-misses: an office of no place, a role in an organisation (the organisation is the body)
def test_a_speaker_with_an_office_of_no_place_gives_no_office_body(run):
    (figure,) = run("More than 3,400 homeless people are sheltering in schools in Kandi, said Moussa Garba, mayor.")
    assert figure.reporting_body is None


def test_a_speaker_for_an_organisation_gives_the_organisation(run):
    (figure,) = run("More than 3,400 people are sheltering in schools in Kandi, said Moussa Garba, a spokesman for "
                    "UNHCR.")  # fmt: skip
    assert figure.reporting_body == "UNHCR"


# An organisation's letters glossed inside its brackets ("(CONASEM, per its initials in Spanish)", "(SINAPRED as per
# its Spanish initials)", "(known by its French acronym DGPC)") are its letters, as when written alone: the body is
# the name with its letters. Near-misses: the gloss on an armed group or on a
# zone gives no body.
_GLOSSED_LETTERS_GRID = [
    (
        "On 3 March, the Valle Norte Emergency Board (CONASEM, per its Spanish acronym) reported"
        " that 4,100 people were moved to shelters.",
        "CONASEM",
    ),
    (
        "On 3 March, the Valle Norte Emergency Board (CONASEM as per its initials in Spanish) reported"
        " that 4,100 people were moved to shelters.",
        "CONASEM",
    ),
    (
        "The Valle Norte Emergency Board (CONASEM, for its Spanish acronym) said 4,100 people were moved to shelters.",
        "CONASEM",
    ),
    (
        "The Valle Norte Emergency Board (CONASEM by its Spanish initials) said 4,100 people were moved to shelters.",
        "CONASEM",
    ),
    (
        "The Valle Norte Emergency Board (CONASEM, its Spanish acronym) counted 4,100 people moved to shelters.",
        "CONASEM",
    ),
    (
        "The Valle Norte Emergency Board (known by its Spanish acronym CONASEM) said 4,100 people were"
        " moved to shelters.",
        "CONASEM",
    ),
    (
        "Rising rivers forced 4,100 people into shelters, the Valle Norte Emergency Board (CONASEM, per"
        " its acronym in Spanish) said.",
        "CONASEM",
    ),
    (
        "Rising rivers forced 4,100 people into shelters, according to the Directorate General for Civil Defence"
        " (DGDC, after its French initials).",
        "DGDC",
    ),
    # near-misses
    (
        "Fighters of the Revolutionary Armed Front (FAR, per its acronym in Spanish) drove 4,100 people from their"
        " villages.",
        None,
    ),
    (
        "On Monday 4,100 people fled the Temporary Settlement Zone (ZAT, per its acronym in Spanish) near Choloma.",
        None,
    ),
]


@pytest.mark.parametrize("text,body", _GLOSSED_LETTERS_GRID, ids=[t[:60] for t, _ in _GLOSSED_LETTERS_GRID])
def test_letters_glossed_in_their_brackets_name_the_body(run, text, body):
    (figure,) = run(text)
    if body is None:
        assert figure.reporting_body is None
    else:
        assert body in (figure.reporting_body or "")


# A described agency with two fields joined by "and" ("the country's disaster relief and recovery agency")
# is read whole, as with one field. Near-misses: unnamed groups joined by "and" ("disaster and aid agencies") give
# no body.
_TWO_FIELDS_GRID = [
    (
        "Storms have displaced 3,200 people in Mzuzu, the country's disaster relief and recovery agency said.",
        "the country's disaster relief and recovery agency",
    ),
    (
        "Storms have displaced 3,200 people in Mzuzu, the national disaster preparedness and response agency said.",
        "national disaster preparedness and response agency",
    ),
    (
        "Storms have displaced 3,200 people in Mzuzu, the state disaster management and relief department said.",
        "state disaster management and relief department",
    ),
    (
        "According to the provincial disaster prevention and recovery office, 3,200 people fled Mzuzu.",
        "provincial disaster prevention and recovery office",
    ),
    # near-misses
    ("Storms have displaced 3,200 people in Mzuzu, relief and aid agencies said.", None),
    ("Storms have displaced 3,200 people in Mzuzu, disaster and humanitarian agencies said.", None),
]


@pytest.mark.parametrize("text,body", _TWO_FIELDS_GRID, ids=[t[40:100] for t, _ in _TWO_FIELDS_GRID])
def test_a_described_agency_with_two_fields_is_read_whole(run, text, body):
    (figure,) = run(text)
    if body is None:
        assert figure.reporting_body is None
    else:
        assert body.lower() in (figure.reporting_body or "").lower()


# A document issued or released at an hour or on a day by its author ("a situation report issued at 9am on Monday
# by …", "figures released on 4 May by …") names its author, as with nothing between the verb and "by".
# Near-misses: a warning or an order so issued is no report of the count.
_ISSUED_WHEN_GRID = [
    (
        "Some 4,300 people have been moved to camps in Assam, stated a situation report issued on Monday by the"
        " Flood Response Cell.",
        "Flood Response Cell",
    ),
    (
        "Some 4,300 people have been moved to camps in Assam, said a report issued at 9am on Monday by the Flood"
        " Response Cell.",
        "Flood Response Cell",
    ),
    (
        "According to a bulletin released on 4 May by the Flood Response Cell, 4,300 people were moved to camps in"
        " Assam.",
        "Flood Response Cell",
    ),
    (
        "Some 4,300 people were moved to camps in Assam, according to figures published on Tuesday, 4 May by the"
        " Flood Response Cell.",
        "Flood Response Cell",
    ),
    # near-misses
    (
        "Some 4,300 people were moved to camps in Assam after a warning issued on Monday by the weather office.",
        None,
    ),
    (
        "Some 4,300 people were moved to camps in Assam under an order issued at 9am by the district court.",
        None,
    ),
]


@pytest.mark.parametrize("text,body", _ISSUED_WHEN_GRID, ids=[t[40:100] for t, _ in _ISSUED_WHEN_GRID])
def test_a_document_issued_on_a_day_names_its_author(run, text, body):
    (figure,) = run(text)
    assert figure.reporting_body == body


# An office written in lower case with its holder's name after it, speaking after the count, reports as that office
# and person: "…, said provincial disaster official Kofi Asante.", "…, deputy envoy to the region Nurlan Abdyrov said
# on Friday.", the office opening the sentence too; its level, field or owner before it makes it an office. A title
# with its organisation after it between commas keeps the organisation. Near-misses: people named with no office, or
# with a role that is no office (a resident, a fisherman, an aid worker), or an office with no level or field ("a
# local official", "a senior official"), give no body.
_OFFICE_HOLDER_GRID = [
    ("About 2,400 residents were evacuated from Keta, said provincial disaster official Kofi Asante.", ["Asante"]),
    ("About 2,400 residents were evacuated from Keta, said Volta regional minister Kofi Asante.", ["Asante"]),
    ("About 2,400 residents were evacuated from Keta, said district chief executive Kofi Asante.", ["Asante"]),
    (
        "Around 5,100 villagers left Osh by bus, deputy presidential envoy to the region Nurlan Abdyrov said on"
        " Friday.",
        ["Abdyrov", "envoy"],
    ),
    (
        "Around 5,100 villagers left Osh by bus, regional emergencies chief B. Toktogulov told reporters.",
        ["Toktogulov"],
    ),
    (
        "Tigray health and social affairs minister A.B. Kahsay has said that 40,000 people reached Shire in May.",
        ["Kahsay", "minister"],
    ),
    (
        "According to the Director General, Benue State Relief Board, Ada Eze, some 7,200 people fled to Makurdi.",
        ["Director General", "Benue State Relief Board"],
    ),
    # near-misses
    ("About 2,400 residents were evacuated from Keta, said resident Kofi Asante.", None),
    ("About 2,400 residents were evacuated from Keta, said local official Kofi Asante.", None),
    ("About 2,400 residents were evacuated from Keta, said a senior official, Kofi Asante.", None),
    ("About 2,400 residents were evacuated from Keta, said Kofi Asante, a local fisherman.", None),
    ("About 2,400 residents were evacuated from Keta, aid worker Kofi Asante said.", None),
    ("About 2,400 residents were evacuated from Keta, Kofi Asante said.", None),
]


@pytest.mark.parametrize("text,parts", _OFFICE_HOLDER_GRID, ids=[t[:70] for t, _ in _OFFICE_HOLDER_GRID])
def test_a_lower_case_office_with_its_holder_named_after_it_is_the_body(run, text, parts):
    (figure,) = run(text)
    if parts is None:
        assert figure.reporting_body is None
    else:
        for part in parts:
            assert part.lower() in (figure.reporting_body or "").lower()


# A headline closed by its source, with or without the verb after it ("… – NADMO confirms", "… - SEMA says"), in
# capitals too; a line all in capitals opens with a heading that is a topic, no body's letters. And a person with
# the office in apposition speaking in the perfect ("…, Ade Okon, the Plateau Flood Relief Agency (PFRA) zonal
# coordinator, has said") as in the past. Near-misses: a headline closed by a place or by a news outlet, and a
# person with no office, give no body.
_HEADLINE_VERB_GRID = [
    ("Benue floods: 6,000 people displaced – SEMA confirms", "SEMA"),
    ("Benue floods: 6,000 people displaced - SEMA says", "SEMA"),
    ("RIVER FLOODS: OVER 6,000 PEOPLE DISPLACED IN BENUE – SEMA CONFIRMS", "SEMA"),
    ("OVER 6,000 PEOPLE DISPLACED IN BENUE – SEMA REPORTS", "SEMA"),
    (
        "Rains displaced some 6,000 people in Jos, Ade Okon, the Plateau Flood Relief Agency (PFRA) zonal"
        " coordinator, has said.",
        "PFRA",
    ),
    ("Rains displaced some 6,000 people in Benue, Ade Okon, the SEMA zonal coordinator, has said.", "SEMA"),
    # near-misses
    ("Benue floods: 6,000 people displaced - Makurdi", None),
    ("Benue floods: 6,000 people displaced - Reuters reports", None),
    ("Rains displaced some 6,000 people in Benue, Ade Okon, a local farmer, has said.", None),
]


@pytest.mark.parametrize("text,body", _HEADLINE_VERB_GRID, ids=[t[:70] for t, _ in _HEADLINE_VERB_GRID])
def test_a_headline_closed_by_its_source_and_its_verb_and_a_holder_in_the_perfect(run, text, body):
    (figure,) = run(text)
    if body is None:
        assert figure.reporting_body is None
    else:
        assert body in (figure.reporting_body or "")


# A person cited for a body with the office's own field between the office and the body ("said NAME, head of relief
# operations at the X", "according to NAME, director of emergency response for the X", "NAME, deputy director of
# field operations with the X, said"), after the count or opening the sentence, with "at", "for", "with" or "of".
# Near-misses: the same office at a place that is no body, and a person who holds no office, give no body.
_OFFICE_FIELD_GRID = [
    (
        "Some 4,100 people have fled to Nampula, said Tomas Lera, head of operations at the National Relief Institute.",
        "National Relief Institute",
    ),
    (
        "Some 4,100 people have fled to Nampula, said Tomas Lera, deputy chief of shelter logistics at the National"
        " Relief Institute.",
        "National Relief Institute",
    ),
    (
        "Some 4,100 people have fled to Nampula, according to Tomas Lera, director of relief operations for the Red"
        " Cross.",
        "Red Cross",
    ),
    ("Some 4,100 people have fled to Nampula, said Tomas Lera, head of emergency response with the INGC.", "INGC"),
    (
        "Some 4,100 people have fled to Nampula, said Tomas Lera, chief of field logistics of the Provincial Relief"
        " Board.",
        "Provincial Relief Board",
    ),
    (
        "Tomas Lera, head of operations at the National Relief Institute, said some 4,100 people had fled to Nampula.",
        "National Relief Institute",
    ),
    (
        "Tomas Lera, assistant manager of camp planning at the INGC, said 4,100 people had fled to Nampula.",
        "INGC",
    ),
    # near-misses
    ("Some 4,100 people have fled to Nampula, said Tomas Lera, head of operations at the port.", None),
    ("Some 4,100 people have fled to Nampula, said Tomas Lera, a teacher of history at the Nampula Academy.", None),
    ("Tomas Lera, head of operations at the port, said some 4,100 people had fled to Nampula.", None),
]


@pytest.mark.parametrize("text,body", _OFFICE_FIELD_GRID, ids=[t[:70] for t, _ in _OFFICE_FIELD_GRID])
def test_a_person_cited_with_an_office_and_its_field_names_the_body(run, text, body):
    (figure,) = run(text)
    if body is None:
        assert figure.reporting_body is None
    else:
        assert body in (figure.reporting_body or "")


# where an office's words stand in a sentence, found without a pattern built for each phrase: the same span as the
# pattern of the words joined by spaces, as whole words
_WORDS_AT_GRID = [
    ("According to the Relief Secretary, Lumo Board, Ana Kit said", "Relief Secretary"),
    ("the Relief  Secretary\tof Lumo said", "Relief Secretary"),
    ("the ReliefSecretary and then the Relief Secretary said", "Relief Secretary"),
    ("Relief Secretaryship aside, the Relief Secretary said", "Relief Secretary"),
    ("o'Relief Secretary and the Relief Secretary", "Relief Secretary"),
    ("x’Relief Secretary", "Relief Secretary"),
    ("_Relief Secretary", "Relief Secretary"),
    ("Relief Secretary_", "Relief Secretary"),
    ("Relief Secretary's office", "Relief Secretary"),
    ("the Relief\u00a0Secretary said", "Relief Secretary"),
    ("Relief Secretary", "Relief Secretary"),
    ("Relief", "Relief Secretary"),
    ("the Relief Secretary2 and the Relief Secretary.", "Relief Secretary"),
    ("Zone (Deputy) Head (Deputy) Head said", "(Deputy) Head"),
    ("Head of Relief Head of Relief", "Head of Relief"),
    ("Vice-Governor Ana Vice-Governor", "Vice-Governor"),
    ("the Governor Tomas said", "Governor"),
    ("Governorate and Governor", "Governor"),
    ("Étienne Governor", "Governor"),
]


@pytest.mark.parametrize("sentence,phrase", _WORDS_AT_GRID, ids=[s for s, _ in _WORDS_AT_GRID])
def test_words_at_finds_the_span_the_joined_pattern_finds(sentence, phrase):
    import re

    from extraction.bodies import words_at

    pattern = re.compile(r"(?<![\w'’])" + r"\s+".join(map(re.escape, phrase.split())) + r"(?!\w)")
    found = pattern.search(sentence)
    assert words_at(sentence, phrase.split()) == (found.span() if found else None)


# An office-holder the text names beside the office, in either order ("said Governor NAME", "the commissioner, NAME,
# said", "NAME, the governor of X, said", "X's governor NAME said", "according to NAME, the commissioner"), reports
# as the text writes the two, in its order, with the office as the rule reads it: a label naming the person, the
# office, or the two together is contained in it. Near-misses: an office with no name beside it, a place before the
# office, a person named elsewhere in the sentence, a person with no office, or a person speaking for an
# organisation keep what they gave.
_NAMED_HOLDER_GRID = [
    ("Some 2,700 people fled the floods in Kasama, said Governor Mary Banda.", "Governor Mary Banda"),
    ("Provincial Minister Joseph Tembo said 2,700 people had fled Kasama.", "Provincial Minister Joseph Tembo"),
    (
        "The provincial commissioner, Mary Banda, said 2,700 people had fled Kasama.",
        "provincial commissioner, Mary Banda",
    ),
    ("Mary Banda, the governor of Luapula, said 2,700 people had fled Kasama.", "Mary Banda, the governor of Luapula"),
    (
        "Some 2,700 people had fled Kasama, said Mary Banda, the district commissioner.",
        "Mary Banda, the district commissioner",
    ),
    ("Some 2,700 people had fled Kasama, Luapula's governor Mary Banda said.", "Luapula governor Mary Banda"),
    (
        "Some 2,700 people had fled Kasama, district spokesperson Mary Banda told reporters.",
        "district spokesperson Mary Banda",
    ),
    (
        "Some 2,700 people had fled Kasama, Mary Banda, the district commissioner, has said.",
        "Mary Banda, the district commissioner",
    ),
    (
        "Some 2,700 people had fled Kasama, according to Mary Banda, the district commissioner.",
        "Mary Banda, the district commissioner",
    ),
    (
        "Some 2,700 people had fled Kasama, Zambia's disaster minister Joseph Tembo said on Monday.",
        "Zambia's disaster minister Joseph Tembo",
    ),
    # near-misses
    ("Some 2,700 people had fled Kasama, the district commissioner said.", "district commissioner"),
    ("Some 2,700 people had fled to Upper Kasama, the district commissioner said.", "district commissioner"),
    ("Some 2,700 people had fled to Mansa and Kasama, the district commissioner said.", "district commissioner"),
    ("Some 2,700 people had fled Kasama, the governor said as Mary Banda toured the camps.", "governor"),
    ("Some 2,700 people had fled Kasama, the district commissioner told Radio Mansa.", "district commissioner"),
    (
        "Some 2,700 people had fled Kasama, Mary Banda, a spokesperson for the Zambia Red Cross, said.",
        "Zambia Red Cross",
    ),
    ("Some 2,700 people had fled Kasama, Mary Banda, a farmer, said.", None),
    ("Some 2,700 people had fled Kasama, Mary Banda said.", None),
]


@pytest.mark.parametrize("text,body", _NAMED_HOLDER_GRID, ids=[t[:70] for t, _ in _NAMED_HOLDER_GRID])
def test_an_office_holder_named_beside_the_office_reports_as_the_text_writes_the_two(run, text, body):
    (figure,) = run(text)
    assert figure.reporting_body == body


# A body written as a descriptive name with its letters in brackets, the subject of what it did rather than of a verb
# of saying, reports as the text writes the two ("Name (LETTERS)"), in every tense and voice, after a heading or an
# opening phrase, with a place owning it, or in a relative clause. Near-misses: letters that are a place, a unit, a
# disease, a currency or an armed group give no body of this kind.
_NAMED_LETTERS_ACTOR_GRID = [
    ("The civil protection agency (DPC) evacuated 4,200 people from Pemba on Monday.", "(DPC)"),
    ("Emergency authorities (CNE) carried out the evacuation of 3,100 residents of Toliara.", "(CNE)"),
    ("The relief agency (SDMA) had evacuated 5,000 villagers from Puri by Tuesday night.", "(SDMA)"),
    ("Civil Protection (PC) has relocated 1,900 people from Beira to higher ground.", "(PC)"),
    ("The national emergency committee (COE) is sheltering 2,300 people in Chiclayo.", "(COE)"),
    ("The risk management office (DGR) relocated 870 families from Tumbes.", "(DGR)"),
    ("The disaster response unit (URD) was evacuating 640 households from Gonaives.", "(URD)"),
    ("In Kassala, the refugee commission (COR) registered 7,000 new arrivals.", "(COR)"),
    ("On Friday, the fire and rescue service (BFP) evacuated 1,150 residents of Marikina.", "(BFP)"),
    ("Mozambique's disaster agency (INGD) has evacuated 9,300 people from Nampula.", "(INGD)"),
    (
        "The National Emergency Operations Office (NEOO), which evacuated 2,500 people from Lautoka, opened a shelter.",
        "(NEOO)",
    ),
    ("Some 3,100 residents of Toliara were evacuated by the national disaster office (BNGRC).", "BNGRC"),
    # the count in the next sentence of the paragraph takes the body the sentence before names
    (
        "Emergency authorities (CNE) carried out evacuations from low-lying districts of Toliara on Friday. "
        "About 3,100 residents were moved to schools.",
        "(CNE)",
    ),
    (
        "The civil protection agency (DPC) began evacuating coastal villages near Pemba. "
        "Some 4,200 people were evacuated by Sunday.",
        "(DPC)",
    ),
    # near-misses: no organisation behind the letters, or a party to a conflict
    ("The Central African Republic (CAR) saw 5,000 people flee Bangui.", None),
    ("The Iraqi Kurdistan Region (IKR) hosts 8,000 displaced people in Erbil.", None),
    ("An outbreak of acute watery diarrhoea (AWD) forced 3,000 people from Beira.", None),
    ("The local currency (MWK) lost value as 3,000 people fled Blantyre.", None),
    ("Heads of households (HH) reported that 3,000 people fled Blantyre.", None),
    ("The Rapid Support Forces (RSF) displaced 12,000 people from Geneina.", None),
    ("The Rapid Support Forces (RSF) relocated 12,000 people from Geneina.", None),
]


@pytest.mark.parametrize("text,body", _NAMED_LETTERS_ACTOR_GRID, ids=[t[:70] for t, _ in _NAMED_LETTERS_ACTOR_GRID])
def test_a_body_named_with_its_letters_as_the_subject_of_what_it_did(run, text, body):
    (figure,) = run(text)
    if body is None:
        assert figure.reporting_body is None
    else:
        assert body in (figure.reporting_body or "")


# A participle clause opening the sentence says what its subject did ("Having evacuated N …, Namibian authorities are
# now …", "After relocating N …, UNHCR opened …"): a nation's authorities or officials, or an organisation's letters,
# are the body. Near-misses: local authorities (a generic source), an armed group, a place's letters.
_PARTICIPLE_SUBJECT_GRID = [
    (
        "Having evacuated 2,400 people from Katima Mulilo, Namibian authorities are now moving cattle to dry land.",
        "Namibian authorities",
    ),
    (
        "Having already relocated 1,300 families to Surin, with help from the army, Thai officials have opened a camp.",
        "Thai officials",
    ),
    (
        "After evacuating 2,400 people from Katima Mulilo, the Zambian government appealed for tents.",
        "Zambian government",
    ),
    ("After relocating 900 families to Kakuma, UNHCR opened a second reception centre.", "UNHCR"),
    ("Since evacuating 1,800 people from Pibor, OCHA has warned of more floods.", "OCHA"),
    # near-misses
    ("Having evacuated 2,400 people from Katima Mulilo, local authorities are now moving cattle.", None),
    ("After evacuating 4,000 people from Tawila, RSF fighters looted the market.", None),
]


@pytest.mark.parametrize("text,body", _PARTICIPLE_SUBJECT_GRID, ids=[t[:70] for t, _ in _PARTICIPLE_SUBJECT_GRID])
def test_the_subject_after_a_participle_clause_that_opens_the_sentence_is_the_body(run, text, body):
    (figure,) = run(text)
    assert figure.reporting_body == body


# two rules of this module once shared one name, so the later hid the earlier: the letters of a country acting are no
# body ("CAR relocated …"), while letters followed by the place their office serves are ("IOM Somalia said …")
@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("CAR relocated 900 families to Bangui last week.", None),
        ("IOM Somalia said 900 families fled to Baidoa last week.", "IOM Somalia"),
        ("NDMA relocated 900 families to Peshawar last week.", "NDMA"),
    ],
)
def test_a_country_s_letters_acting_are_no_body_but_an_office_s_letters_and_place_are(run, text, body):
    (figure,) = run(text)
    assert figure.reporting_body == body


# A person named with where they work is kept with it, as the text writes the two: a service in lower case after "of"
# or "from" ("Tomas Verde of the fire services"), an office held at an organisation ("Ama Tiro, deputy director of
# logistics at the Defence Directorate"), an office with no comma before the verb ("Ama Tiro, District NADMO Director
# said"); a label naming the person, the office or the organisation is contained in it. The verb before the count or
# after it, "said" before the person or after. Near-misses: one who speaks for an organisation gives the organisation
# ("Mary Obi of the Red Cross", "a field officer with the Red Cross"); no person before the body, which stays.
_PERSON_FOR_BODY_GRID = [
    ("Tomas Verde of the fire services said 3,000 residents had been evacuated from Portaria.", "Tomas Verde"),
    ("All 3,000 residents of Portaria were evacuated, Tomas Verde of the fire services said.", "Tomas Verde"),
    ("About 1,200 families fled to Kindu, Ama Tiro from the civil protection service told reporters.", "Ama Tiro"),
    (
        "Ama Tiro, deputy head of logistics at the Civil Defence Directorate, said 4,100 people had fled to camps "
        "near Galle.",
        "Ama Tiro, deputy head of logistics at the Civil Defence Directorate",
    ),
    (
        "Some 640 people took shelter in three schools in Lunda, said Ama Tiro, press officer at the Red Cross.",
        "Ama Tiro, press officer at the Red Cross",
    ),
    (
        "Nearly 900 people sheltered in Kisumu churches, Ama Tiro, head of logistics at UNICEF Kenya, said.",
        "Ama Tiro, head of logistics at UNICEF",
    ),
    (
        "Ms. Ama Tiro, Lower Volta District NADMO Director said rising water forced over 300 people out of Sogakope.",
        "Ama Tiro, Lower Volta District NADMO Director",
    ),
    (
        "Floods displaced more than 300 people in Sogakope, Kofi Mensah, Lower Volta District NADMO Director told "
        "reporters.",
        "Kofi Mensah, Lower Volta District NADMO Director",
    ),
]
# near-misses: the body as it was
_NO_PERSON_FOR_BODY_GRID = [
    ("The head of the fire services said 3,000 residents had been evacuated from Portaria.", "fire services"),
    ("Residents of Portaria said 3,000 people had been evacuated, according to the fire services.", "fire service"),
    (
        "Deputy Director of the Civil Defence Directorate said 4,100 people had fled to Galle.",
        "Deputy Director of the Civil Defence Directorate",
    ),
    ("The Kenya Red Cross said 900 people were sheltering in Kisumu churches.", "Kenya Red Cross"),
    ("Some 900 people fled to churches in Kisumu, a Kenya Red Cross report said.", "Kenya Red Cross"),
    (
        "About 1,200 families fled to Kindu, Ama Tiro from the Provincial Relief Board told reporters.",
        "Provincial Relief Board",
    ),
    (
        "Nearly 900 people sheltered in Kisumu churches, Ama Tiro, a field officer with the Kenya Red Cross, said.",
        "Kenya Red Cross",
    ),
]


@pytest.mark.parametrize("text,body", _PERSON_FOR_BODY_GRID, ids=[t[:70] for t, _ in _PERSON_FOR_BODY_GRID])
def test_a_person_named_with_where_they_work_is_kept_with_it(run, text, body):
    (figure,) = run(text)
    assert body in (figure.reporting_body or "")
    assert body.split()[0] in figure.reporting_body.split(",")[0]


@pytest.mark.parametrize("text,body", _NO_PERSON_FOR_BODY_GRID, ids=[t[:70] for t, _ in _NO_PERSON_FOR_BODY_GRID])
def test_a_body_with_no_person_kept_with_it_stays_as_it_is(run, text, body):
    (figure,) = run(text)
    assert figure.reporting_body == body


# An office with its seat after it ("of Kano", "of Lakes County", "of the Ouham region"), then its holder's name,
# bare or between commas, is written as the text writes the three: "the governor of Kano, Jane Roe, said" →
# "governor of Kano, Jane Roe". The verb before the count or after it. Near-misses: no person after the seat (a
# second capitalised word of the seat, a country), a person of another clause.
_OFFICE_SEAT_PERSON_GRID = [
    (
        "The commissioner of Lakes County Ama Tiro said the river forced 46,000 residents out of Yirol.",
        "commissioner of Lakes County Ama Tiro",
    ),
    (
        "The commissioner of Lakes County, Ama Tiro, said the river forced 46,000 residents out of Yirol.",
        "commissioner of Lakes County, Ama Tiro",
    ),
    (
        "The governor of Kano, Ama Tiro, said the storm forced 5,200 residents out of Gwale.",
        "governor of Kano, Ama Tiro",
    ),
    (
        "Storms forced 5,200 residents out of Gwale, the governor of Kano, Ama Tiro, told reporters.",
        "governor of Kano, Ama Tiro",
    ),
    (
        "In a radio interview, the mayor of Goma, Ama Tiro, said lava forced 5,200 residents out of Kibati.",
        "mayor of Goma, Ama Tiro",
    ),
    (
        "The deputy governor of Upper Nile State, Ama Tiro, said 12,000 people had crossed into Renk.",
        "deputy governor of Upper Nile State, Ama Tiro",
    ),
    # near-misses: the office alone
    ("The governor of Kano State said the storm forced 5,200 residents out of Gwale.", "governor"),
    ("The governor of Kano State, Nigeria, said the storm forced 5,200 residents out of Gwale.", "governor"),
    ("The mayor of Goma said lava forced 5,200 residents out of Kibati, Ama Tiro reported.", "mayor"),
]


@pytest.mark.parametrize("text,body", _OFFICE_SEAT_PERSON_GRID, ids=[t[:70] for t, _ in _OFFICE_SEAT_PERSON_GRID])
def test_an_office_its_seat_and_its_holder_are_written_as_the_text_writes_them(run, text, body):
    (figure,) = run(text)
    assert figure.reporting_body == body


# A place the gazetteer does not hold, owning a place's office ("Mbarizi's mayor", "Ngara's governor"), is the
# office's place as a known one is ("Kaduna's governor" → "Kaduna governor"), the holder's name with it; never the
# place alone. Near-miss: an organisation owning an office.
_UNKNOWN_PLACE_OFFICE_GRID = [
    (
        "Mbarizi's mayor, Ama Tiro, said the river forced over 2,100 residents out of Kasulu.",
        "Mbarizi mayor, Ama Tiro",
    ),
    ("Mbarizi's mayor said the river forced over 2,100 residents out of Kasulu.", "Mbarizi mayor"),
    (
        "The river forced over 2,100 residents out of Kasulu, Mbarizi's governor Ama Tiro told reporters.",
        "Mbarizi governor Ama Tiro",
    ),
    ("Kaduna's governor, Ama Tiro, said the storm forced 5,200 residents out of Zaria.", "Kaduna governor, Ama Tiro"),
    # near-misses
    ("NEMA's commissioner said the storm forced 5,200 residents out of Zaria.", "NEMA's commissioner"),
]


@pytest.mark.parametrize("text,body", _UNKNOWN_PLACE_OFFICE_GRID, ids=[t[:70] for t, _ in _UNKNOWN_PLACE_OFFICE_GRID])
def test_an_unknown_place_owning_an_office_is_the_office_s_place(run, text, body):
    (figure,) = run(text)
    assert figure.reporting_body == body


# A person the text named as a speaker, speaking again as "she" or "he" after a comma, in any place of the sentence
# ("…, she said.", "In addition, he said …", "…, he also said."), speaks for whom the earlier sentence tied them to,
# across a sentence where the same pronoun speaks again ("However, she added: …"). Near-misses: a body the figure's
# own clause names; a speaker tied to no body; a headline naming the subject of the story; a news agency told.
_PRONOUN_AFTER_COMMA_GRID = [
    (
        "Ama Tiro, a spokeswoman for UNICEF, said the river kept rising. Some 400 people moved to school shelters in "
        "Kito, she said.",
        "UNICEF",
    ),
    (
        "Governor Ama Tiro said the river kept rising on Friday. In addition, she said 2,300 families had fled to "
        "higher ground near Kito.",
        "Governor Ama Tiro",
    ),
    (
        'Mayor Ama Tiro said the water was still rising on Monday. However, she added: "We will cope." About 650 '
        "residents were sheltering in the Kito stadium, she noted.",
        "Mayor Ama Tiro",
    ),
    (
        "The district commissioner, Ama Tiro, said on Sunday that the camps were full. Nearly 1,200 households have "
        "been relocated to Kito since the flood, he also said.",
        "district commissioner, Ama Tiro",
    ),
    (
        "Ama Tiro, who heads the Red Cross in Kito, said the river kept rising. About 900 people had left their homes "
        "in Kito by Sunday, she stated.",
        "Red Cross",
    ),
    (
        "Deputy Minister of Civil Protection Ama Tiro said on Monday that the dykes were holding.\n\n"
        '"Crews worked all night. Some 3,100 residents were taken to schools in Kito," he explained.',
        "Deputy Minister of Civil Protection Ama Tiro",
    ),
    (
        "Ama Tiro, a coordinator for the Danish Refugee Council, said the roads were cut. More than 700 families have "
        "crossed into Kito since May, she confirmed.",
        "Danish Refugee Council",
    ),
    # near-misses
    (
        "Ama Tiro, a UNICEF spokeswoman, said the river was rising. Some 400 people moved to shelters in Kito, the "
        "Red Cross said, she added.",
        "Red Cross",
    ),
    ("Rains kept falling, said Ama Tiro, a farmer. Some 400 people moved to shelters in Kito, she said.", None),
    (
        "UNICEF opens schools in Kito\n\nThe river kept rising. Some 400 people moved to shelters in Kito, she said.",
        None,
    ),
    ("Ama Tiro told AFP the river kept rising. Some 400 people moved to shelters in Kito, she said.", None),
]


@pytest.mark.parametrize("text,body", _PRONOUN_AFTER_COMMA_GRID, ids=[t[:70] for t, _ in _PRONOUN_AFTER_COMMA_GRID])
def test_a_person_named_before_speaking_again_after_a_comma(run, text, body):
    (figure,) = run(text)
    assert figure.reporting_body == body


# a body's document described in lower case before "from" or "by": the body is who published it
_DOCUMENT_OF_A_BODY = [
    (
        "Per a recent flood report from the National Emergency Office (NEO), about 6,200 people have left their "
        "homes in Tavira.",
        "National Emergency Office (NEO)",
    ),
    (
        "According to the rapid assessment update by the Relief and Rehabilitation Commission (RRC), some 3,400 "
        "households fled to Dessie.",
        "Relief and Rehabilitation Commission (RRC)",
    ),
    (
        "Per the weekly displacement bulletin from UNHCR, 12,500 refugees crossed into Renk in the past week.",
        "UNHCR",
    ),
    (
        "A tally published Friday evening by the Civil Protection Directorate showed that 2,150 residents were "
        "evacuated from Pemba.",
        "Civil Protection Directorate",
    ),
]


@pytest.mark.parametrize("sentence,body", _DOCUMENT_OF_A_BODY, ids=[s[:60] for s, _ in _DOCUMENT_OF_A_BODY])
def test_a_document_described_in_lower_case_names_its_body(run, sentence, body):
    (figure,) = run(sentence)
    assert figure.reporting_body == body


def test_a_document_of_a_body_reaches_the_figures_of_its_paragraph(run):
    text = (
        "According to the situation update by the Disaster Relief Unit (DRU) of Tonga, 30,000 people were affected "
        "by the storm. Low-lying villages were cleared overnight. Around 2,300 families have been evacuated into 48 "
        "community halls."
    )
    (figure,) = run(text)
    assert (figure.value, figure.unit, figure.reporting_body) == (2300, "household", "Disaster Relief Unit (DRU)")


def test_a_document_from_a_news_agency_or_with_a_place_after_it_gives_no_body(run):
    # (a relay is the publisher; a report's place is no source)
    (figure,) = run("Per a recent report from Reuters, about 6,200 people have left their homes in Tavira.")
    assert figure.reporting_body is None
    (figure,) = run("Per a recent report from Tavira, about 6,200 people have left their homes.")
    assert figure.reporting_body is None


# a person's name opening the sentence as the subject of a verb of saying: the person is the body, and "He
# disclosed that …", ", she added" after it name them again
_NAMED_SPEAKER = [
    (
        "Mariam Okonjo stated that over thirty families are leaving Kuma for Tiva every day.",
        [(30, "Mariam Okonjo")],
    ),
    (
        "Ilyas Baranov stated that the shelling went on all night.\n\nHe disclosed that over 400 households from "
        "Kuma had recently arrived in Tiva.",
        [(400, "Ilyas Baranov")],
    ),
    (
        "Dorota Wilk said on Monday that the dykes held. More than 650 people were evacuated from Kuma, she added.",
        [(650, "Dorota Wilk")],
    ),
    (
        "Kovalenko had earlier on Friday announced that two people were injured in the shelling.\nMore than 180 "
        "people were evacuated from Kuma, including 40 children, he added in his statement.",
        [(180, "Kovalenko")],
    ),
    (
        "Tomasi said NEMO had moved most families from the riverbank to schools.\n“Some homes are gone. 260 people "
        "were taken to the church hall in Kuma,” he said.",
        [(260, "Tomasi")],
    ),
]


@pytest.mark.parametrize("text,expected", _NAMED_SPEAKER, ids=[t[:60] for t, _ in _NAMED_SPEAKER])
def test_a_named_speaker_opening_the_sentence_is_the_body(run, text, expected):
    assert [(f.value, f.reporting_body) for f in run(text)] == expected


@pytest.mark.parametrize(
    "text,body",
    [
        # a place saying is no person; "officials" is a generic source even before an agency's letters
        ("South Sudan said that over 900 people crossed into Tiva.", None),
        ("Officials said NEMO had evacuated 300 families from Kuma.", None),
        # whom the speaker told is no body, and a name in the clause said is not the speaker
        ("Ama Tiro told AFP the river kept rising. Some 400 people moved to shelters in Kito, she said.", None),
        ("The ministry said UNHCR had evacuated 300 families from Kuma.", "UNHCR"),
    ],
)
def test_near_misses_of_a_named_speaker(run, text, body):
    (figure,) = run(text)
    assert figure.reporting_body == body


# a body named again by what it is ("the entity", "the public body"), also after a quotation it closes
@pytest.mark.parametrize(
    "text,body",
    [
        (
            "In its morning report, the Provincial Relief Office (PRO) confirmed that 8,000 families were affected."
            "\n\n“Of these, 2,700 families fled their homes and are staying in 19 schools in Kuma,” the entity "
            "reported.",
            "Provincial Relief Office (PRO)",
        ),
        (
            "This count, published Tuesday by the National Office for Disaster Risk (NODR), may still rise.\n\nThe "
            "public body also lists more than 12,000 victims and nearly 4,500 displaced people in Kuma.",
            "National Office for Disaster Risk (NODR)",
        ),
    ],
)
def test_a_body_named_again_by_what_it_is(run, text, body):
    figures = [f for f in run(text) if f.value in (2700, 4500)]
    assert [f.reporting_body for f in figures] == [body]


@pytest.mark.parametrize(
    "sentence,body",
    [
        # a name and its letters parted by a comma: both, as "Name (LETTERS)"
        (
            "The National Relief Commission, NRC estimates that about 2,400 households fled Kuma last week.",
            "National Relief Commission (NRC)",
        ),
        # an agency's chair named with rank and name, even when a news agency relays it
        (
            "PDMA Chairman Maj Gen Asad Karim has said that close to 48,000 people were moved to relief camps in "
            "Kuma, APP reports.",
            "PDMA Chairman Maj Gen Asad Karim",
        ),
        # a dated document of the body's, saying
        (
            "The Displacement Monitoring Unit update of 4 May indicates that 9,300 people remain in sites in Kuma.",
            "Displacement Monitoring Unit",
        ),
    ],
)
def test_letters_after_a_comma_a_chair_and_a_dated_update(run, sentence, body):
    (figure,) = run(sentence)
    assert figure.reporting_body == body


@pytest.mark.parametrize(
    "sentence,body",
    [
        # letters that are not the capitals of the name before them stay the letters
        ("In northern Kuma, IOM estimates that about 2,400 households have fled.", "IOM"),
        ("The Kuma Relief Agency, IOM said that about 2,400 households have fled.", "IOM"),
        # a date after an event is no document's
        ("Floods of 27 March displaced 300 people in Kuma.", None),
    ],
)
def test_near_misses_of_letters_after_a_comma_and_a_dated_update(run, sentence, body):
    (figure,) = run(sentence)
    assert figure.reporting_body == body


@pytest.mark.parametrize(
    "sentence,body",
    [
        # a quotation closed by its speaker, then the office held with no article, its field and seat after it
        (
            "“Nearly 6,000 people have had to leave their homes in Kuma,” said Ama Tiro, deputy governor of social "
            "affairs in the Lakes region.",
            "Ama Tiro, deputy governor of social affairs in the Lakes region",
        ),
        (
            "“At least 900 families fled to the hills above Kuma,” said Bello Kari, acting director for relief "
            "at the Flood Board.",
            "Bello Kari, acting director for relief at the Flood Board",
        ),
        # a commander named with the unit he commands, in capitals, after the verb
        (
            "“We count some 12,000 displaced people in the camps around Kuma,” said Sector Two Commander Yusuf Ali "
            "Warsame.",
            "Sector Two Commander Yusuf Ali Warsame",
        ),
        # a claim is said too, and a sentence may open on "But" before the speaker's name
        (
            "But Pita Vola, the acting disaster coordinator for East Kuma, claims that no more than 2,500 people "
            "remain in evacuation centres in Kuma.",
            "Pita Vola, the acting disaster coordinator for East Kuma",
        ),
        # an office of a local level opening the sentence with its seat, its holder's name between commas
        (
            "Chairperson of Dalsa rural municipality, Maya Tamang, said that about 60 families have been moved out "
            "of Kuma after the landslide.",
            "Chairperson of Dalsa rural municipality, Maya Tamang",
        ),
        # a speaker after an opening phrase of the sentence's own, saying that
        (
            "Speaking about the floods in Kuma, Lin Wei-ming said that 1,340 people have been evacuated so far.",
            "Lin Wei-ming",
        ),
        # a nation's agency named by its field in lower case, not a news agency
        (
            "Some 2,800 people have been displaced by floods in Kuma, the Chilean crisis management agency said.",
            "Chilean crisis management agency",
        ),
        # "said the … dam collapsed": the dam is what was said of, the news agency that says it is left
        (
            "The state news agency KNA said the Upper Kuma dam collapsed on Sunday, leaving more than 3,100 people "
            "homeless.",
            "KNA",
        ),
    ],
)
def test_speakers_and_offices_real_reporting_writes_them(run, sentence, body):
    (figure,) = run(sentence)
    assert figure.reporting_body == body


@pytest.mark.parametrize(
    "sentence",
    [
        # a resident, a witness or a generic source stays no body, whatever the construction
        "“Nearly 6,000 people have had to leave their homes in Kuma,” said Ama Tiro, a resident of Kuma.",
        "But Pita Vola, a resident of Kuma, claims that some 2,500 people remain in evacuation centres in Kuma.",
        "In the morning, residents said that 1,340 people had been evacuated from Kuma.",
        # what was said of a dam is no body either
        "Residents said the Kuma river dam burst on Sunday, and 700 people fled.",
    ],
)
def test_near_misses_of_speakers_and_offices_stay_without_a_body(run, sentence):
    (figure,) = run(sentence)
    assert figure.reporting_body is None


@pytest.mark.parametrize(
    "text,body",
    [
        # a commission named by its field in capitals and its kind in lower case, as translated copy writes it
        (
            "According to the Emergency commission, mudslides struck four villages of Kuma overnight.\n\nMore than "
            "240 households from these settlements were moved to safer places.",
            "Emergency commission",
        ),
        # "the report mentioned" names again what the outlet of the paragraph before reported
        (
            "The storm also killed two people in the north of Kuma, KTV reported.\n\nSome 450 people have been "
            "evacuated from their homes in Lamu, the report mentioned.",
            "KTV",
        ),
    ],
)
def test_a_body_named_the_paragraph_before(run, text, body):
    figures = [f for f in run(text) if f.value in (240, 450)]
    assert [f.reporting_body for f in figures] == [body]


def test_a_report_mentioning_with_no_body_before_stays_without_one(run):
    (figure,) = run("Some 450 people have been evacuated from their homes in Lamu, the report mentioned.")
    assert figure.reporting_body is None


@pytest.mark.parametrize(
    "sentence,body",
    [
        # reports from a named source, the source saying
        ("Reports from Kenyan state media indicate that some 1,900 people have fled Lamu.", "Kenyan state media"),
        ("Reports from the Lamu Relief Board suggest that some 1,900 people have fled Lamu.", "Lamu Relief Board"),
        # reports from a place or from residents name no body
        ("Reports from Lamu indicate that some 1,900 people have fled.", None),
        ("Reports from residents indicate that some 1,900 people have fled Lamu.", None),
    ],
)
def test_reports_from_a_source(run, sentence, body):
    (figure,) = run(sentence)
    assert figure.reporting_body == body


@pytest.mark.parametrize(
    "sentence,body",
    [
        (
            "Saraqib Civil Defence Volunteers said 3,000 families fled the town on Monday.",
            "Saraqib Civil Defence Volunteers",
        ),
        (
            "The Valencia Civil Protection Service said 3,000 people were evacuated from Paiporta.",
            "Valencia Civil Protection Service",
        ),
        ("The Gaza civil defence said 3,000 families fled Rafah.", "Gaza civil defence"),
    ],
)
def test_a_places_civil_defence_keeps_the_word_its_name_ends_with(run, sentence, body):
    (figure,) = run(sentence)
    assert figure.reporting_body == body

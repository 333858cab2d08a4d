"""Constructions of published English reporting the extractor used to misread: a body counting in the present tense,
a country hosting people from another, people named after their country or state, "the Strip", a storm's name."""

import pytest


def test_a_body_counting_in_the_present_tense_gives_a_stock_and_is_the_body(run):
    (figure,) = run("UNHCR counts more than 600,000 Sudanese refugees in eastern Chad, most of them in Ouaddaï.")
    assert (figure.value, figure.location, figure.reporting_body) == (600000, "Chad", "UNHCR")
    (figure,) = run("IOM records 12,400 IDPs in Baidoa district.")
    assert figure.reporting_body == "IOM"


def test_a_trap_after_another_clause_does_not_cancel_what_a_country_hosts(run):
    (figure,) = run("Moldova hosts about 107,000 refugees from Ukraine, more than 4 per cent of its population.")
    assert (figure.value, figure.location) == (107000, "Moldova")


@pytest.mark.parametrize(
    "sentence,value,place",
    [
        ("Moldova hosts about 107,000 refugees from Ukraine, UNHCR said.", 107000, "Moldova"),
        ("Poland is hosting some 1.15 million refugees from Ukraine, the interior ministry said.", 1150000, "Poland"),
        ("Uganda received 2,800 refugees from South Sudan's Central Equatoria in February.", 2800, "Uganda"),
        ("Chad has taken in 14,000 refugees from Darfur's Geneina since Sunday, UNHCR said.", 14000, "Chad"),
        ("Kassala hosts about 50,000 displaced people who fled from Khartoum.", 50000, "Kassala"),
        ("Dohuk now hosts more than 100,000 IDPs who fled Sinjar in 2014.", 100000, "Dohuk"),
    ],
)
def test_the_host_not_the_origin_is_the_place_of_people_hosted(run, sentence, value, place):
    (figure,) = run(sentence)
    assert (figure.value, figure.location) == (value, place)


def test_arrivals_from_an_origin_are_still_counted_where_they_arrived(run):
    (figure,) = run("Some 3,000 refugees from Sudan arrived in Renk last week.")
    assert figure.location == "Renk"


@pytest.mark.parametrize(
    "sentence,place",
    [
        (
            "More than 700,000 Haitians are now internally displaced, more than half of them children, IOM said.",
            "Haiti",
        ),
        ("Roughly 50,000 Floridians spent Wednesday night in public shelters, the governor's office said.", "Florida"),
        ("About 1,900 Jamaicans spent the night in government shelters after the storm.", "Jamaica"),
        ("Some 12,000 Ukrainians were evacuated from border villages.", "Ukraine"),
        ("About 4,000 Lebanese were displaced by the strikes, the ministry said.", "Lebanon"),
    ],
)
def test_people_named_after_their_country_or_state_give_its_place_when_none_is_named(run, sentence, place):
    (figure,) = run(sentence)
    assert figure.location == place


def test_a_nationality_of_people_abroad_is_no_place(run):
    (figure,) = run("Some 3,000 Sudanese refugees arrived last week, UNHCR said.")
    assert figure.location is None


def test_the_strip_is_the_gaza_strip_named_before(run):
    (figure,) = run(
        "The World Food Programme said its flour stocks in Gaza would run out within days. The agency said some "
        "423,000 people were sheltering in schools in the south of the Strip."
    )
    assert (figure.location, figure.reporting_body) == ("Gaza", "World Food Programme")


def test_a_storms_name_after_as_or_before_is_no_place(run):
    (figure,) = run("Roughly 1.2 million people had left their homes as Milton approached, the governor's office said.")
    assert figure.location is None
    (figure,) = run("Some 140,000 families were evacuated in Bicol before Kristine made landfall.")
    assert figure.location == "Bicol"


@pytest.mark.parametrize(
    "sentence,place",
    [
        (
            "Some 5,600 people arrived in al-Hol from Baghouz over the past week, the Kurdish Red Crescent said.",
            "al-Hol",
        ),
        ("Some 12,000 people fled Deir ez-Zor to al-Hasakah, the Kurdish Red Crescent said.", "Deir ez-Zor"),
        ("Some 1,400 families fled Tal Abyad and Ras al-Ain, the Kurdish Red Crescent said.", "Tal Abyad"),
        ("Nearly 15,000 people fled Wadi al-Dawasir, the ministry said.", "Wadi al-Dawasir"),
        ("More than 9,000 displaced people live in al-Mawasi, UNRWA said.", "al-Mawasi"),
        ("Around 2,500 families fled al-Fashir for Tawila, MSF said.", "al-Fashir"),
    ],
)
def test_arabic_place_names_written_in_english_keep_their_article_and_their_words(run, sentence, place):
    (figure,) = run(sentence)
    assert figure.location == place


def test_an_arabic_names_opening_word_alone_resolves_to_no_other_place(run):
    (figure,) = run("Nearly 15,000 people fled Wadi al-Dawasir, the ministry said.")
    assert figure.country is None  # not a town called Wadi in Algeria
    (figure,) = run("Some 1,400 families fled Tal Abyad, the Kurdish Red Crescent said.")
    assert figure.admin1 is None  # not a place called Tal near Damascus


def test_the_camps_population_is_counted_in_the_camp_they_arrived_in(run):
    first, second = run(
        "Some 5,600 people arrived in al-Hol from Baghouz over the past week, bringing the camp's population to "
        "40,000, the Kurdish Red Crescent said."
    )
    assert (second.value, second.unit, second.location) == (40000, "person", "al-Hol")


def test_people_returned_by_others_are_no_return(run):
    assert (
        run("The coast guard intercepted 1,800 migrants off Tripoli in June and returned them to Libya, IOM said.")
        == []
    )
    (figure,) = run("About 3,000 refugees returned to Burundi from Tanzania in May, UNHCR said.")
    assert figure.term == "returned"


@pytest.mark.parametrize(
    "sentence,value,place",
    [
        ("About 400,000 people were told to leave Goma on Thursday, the Congolese government said.", 400000, "Goma"),
        (
            "Ukrainian authorities ordered 6,000 residents of Pokrovsk district to leave within a week.",
            6000,
            "Pokrovsk",
        ),
        ("Icelandic civil protection ordered all 3,700 residents of Grindavík to leave the town.", 3700, "Grindavík"),
        ("Of the 9,000 residents ordered to leave Bhamo, few had gone by Wednesday.", 9000, "Bhamo"),
        ("The Emergency Operation Center instructed 8,800 people in Hualien to evacuate.", 8800, "Hualien"),
    ],
)
def test_people_told_or_ordered_to_leave_are_evacuated_by_the_convention(run, sentence, value, place):
    figure = run(sentence)[0]
    assert (figure.value, figure.term, figure.location) == (value, "evacuated", place)


@pytest.mark.parametrize(
    "sentence",
    [
        "More than 150,000 people in Los Angeles County remain under evacuation orders, the sheriff said.",
        "Armed men ordered 300 families to pay a levy before the harvest.",
        "The Israeli army's latest evacuation order covers 24 villages in south Lebanon.",
    ],
)
def test_people_under_an_order_or_ordered_to_do_something_else_are_no_figure(run, sentence):
    assert run(sentence) == []


def test_nearly_all_of_a_towns_residents_is_a_share_of_its_population(run):
    found = run("Nearly all of Yellowknife's 20,000 residents have been ordered to leave, and about 15,000 have gone.")
    assert [f.value for f in found] == [15000]


def test_families_still_leaving_their_villages_fled(run):
    (figure,) = run("Hundreds of families were leaving Kursk border villages in cars and buses.")
    assert (figure.value, figure.term, figure.location) == (100, "fled", "Kursk")


@pytest.mark.parametrize(
    "sentence,body",
    [
        (
            "More than 2,700 people have been evacuated from Kherson region, Ukraine's interior minister said.",
            "interior minister",
        ),
        ("Kenya's interior ministry said 40,000 people were displaced in Tana River.", "interior ministry"),
        (
            "Ukrainian authorities ordered 6,000 residents of Pokrovsk district to leave, the regional governor said.",
            "regional governor",
        ),
        (
            "In Sumy Oblast, 20,000 people have been told to leave, regional governor Volodymyr Artiukh said, "
            "according to the Kyiv Independent.",
            "regional governor",
        ),
    ],
)
def test_an_office_a_country_owns_and_who_speaks_rather_than_who_orders_or_relays(run, sentence, body):
    figure = run(sentence)[0]
    assert body in figure.reporting_body and "authorities" not in figure.reporting_body


def test_an_events_name_after_ahead_of_is_no_place(run):
    (figure,) = run("Some 800,000 people were moved to cyclone shelters in coastal Bangladesh ahead of Remal.")
    assert figure.location == "Bangladesh"


def test_registered_displaced_people_are_counted_but_a_group_of_them_is_not(run):
    (figure,) = run("Ukraine's Ministry of Social Policy counts 4.6 million registered internally displaced persons.")
    assert (figure.value, figure.term) == (4_600_000, "displaced")
    assert run("Around 1.1 million of the registered IDPs are pensioners, the Ministry of Social Policy said.") == []


@pytest.mark.parametrize(
    "sentence,body",
    [
        (
            "More than 180,000 people were relocated in Hunan province, Xinhua said, citing the provincial flood "
            "control headquarters.",
            "flood control headquarters",
        ),
        (
            "Up to 1,000 families have fled Beit Lahia in the past two days, Al Jazeera reported, citing the Gaza "
            "civil defence.",
            "Gaza civil defence",
        ),
        (
            "Local sources reported shelling near Nyala on Friday. OCHA later said 2,400 families had fled the town.",
            "OCHA",
        ),
        (
            "Norwegian Refugee Council: nearly 80,000 people displaced in Haiti's capital in March.",
            "Norwegian Refugee Council",
        ),
    ],
)
def test_a_relayed_headquarters_a_places_civil_defence_later_said_and_a_headline_body(run, sentence, body):
    figure = run(sentence)[-1]
    assert body in (figure.reporting_body or ""), figure.reporting_body


def test_a_body_heading_a_line_is_no_place(run):
    (figure,) = run("Norwegian Refugee Council: nearly 80,000 people displaced in Haiti's capital in March.")
    assert figure.location == "Haiti"


def test_a_surveys_round_is_no_place_and_a_part_hosted_elsewhere_is_a_parts(run):
    (figure,) = run(
        "DTM Round 48 in north-east Nigeria identified 2,295,000 IDPs, a 1 per cent increase from Round 47, with "
        "Borno hosting 81 per cent of them."
    )
    assert (figure.location, figure.reporting_body) == ("Nigeria", "DTM")


def test_a_country_owning_the_government_that_speaks_is_the_place_when_none_other_is_named(run):
    (figure,) = run("Kenya's government said on Monday that 234,000 people had been displaced by floods since March.")
    assert figure.location == "Kenya"


def test_a_town_hosting_people_after_an_apposition(run):
    (figure,) = run("Djibo, under blockade for two years, shelters some 270,000 displaced people, the mayor said.")
    assert figure.location == "Djibo"


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor of Nysa called on the town's 44,000 residents to evacuate as a levee gave way.",
        "Authorities urged 5,000 people to leave the coast before the storm.",
    ],
)
def test_people_asked_or_urged_to_leave_are_no_figure(run, sentence):
    assert run(sentence) == []


def test_a_night_in_civil_defence_centres(run):
    (figure,) = run("About 350 people spent the night in Auckland's three civil defence centres after the floods.")
    assert (figure.value, figure.term, figure.location) == (350, "in_camps", "Auckland")


def test_a_displaced_whole_after_a_share_is_a_figure_but_not_one_aid_reached(run):
    (figure,) = run("Two thirds of the 480,000 IDPs in Masisi live with host families, the cluster said.")
    assert (figure.value, figure.location) == (480000, "Masisi")
    assert run("Aid reached half of the 480,000 IDPs in Masisi.") == []


def test_a_source_after_a_comma_and_per(run):
    (figure,) = run("~7,500 people sheltering at the Tawila gathering site, per MSF.")
    assert figure.reporting_body == "MSF"
    (figure,) = run("About 7,500 people are sheltering in Tawila, 40 per cent of them children.")
    assert figure.reporting_body is None


@pytest.mark.parametrize(
    "sentence,value,place",
    [
        ("More than 1.3 million people are now crammed into Rafah, the office said.", 1300000, "Rafah"),
        ("Tens of thousands of people left al-Shati camp heading south, UNRWA said.", 10000, "al-Shati"),
        ("The fall of Khan Shaykhun sent 15,000 more people towards the border.", 15000, "Khan Shaykhun"),
        (
            "Türkiye continues to host 3.1 million refugees from Syria, the migration directorate said.",
            3100000,
            "Türkiye",
        ),
    ],
)
def test_crammed_left_an_arabic_named_camp_sent_towards_and_continues_to_host(run, sentence, value, place):
    (figure,) = run(sentence)
    assert (figure.value, figure.location) == (value, place)


@pytest.mark.parametrize(
    "sentence",
    [
        "IOM helped 12,000 stranded migrants return home from Niger under its voluntary return programme.",
        "About 40,000 displaced people voted in the local elections in Maiduguri.",
    ],
)
def test_assisted_returns_of_migrants_and_votes_are_no_figures(run, sentence):
    assert run(sentence) == []


def test_people_returned_from_a_camp_in_one_country_to_another_are_counted_where_they_returned(run):
    (figure,) = run("Some 150 Iraqi families returned from al-Hol camp in Syria to Iraq, the ministry said.")
    assert (figure.value, figure.location) == (150, "Iraq")
    # a town after "from … in" before the place they returned to keeps the rule that already was
    (figure,) = run("Some 300 families returned from Turkey to villages in rural Aleppo.")
    assert figure.location == "Aleppo"

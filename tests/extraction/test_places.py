"""Places anywhere in the world, as written, resolved to a country and first-level division."""

import pytest

from extraction import Gazetteer, Place
from extraction.places import _places_in
from extraction.text import name_key
from extraction.world import world_names


@pytest.mark.parametrize(
    "sentence,location,country",
    [
        ("At least 15,000 people were displaced on Java island by floods.", "Java", None),
        ("Fighting displaced 3,000 people in northeastern Libya.", "Libya", "LY"),
        ("Somalia's 1.1 million IDPs face a third failed rainy season.", "Somalia", "SO"),
        ("Some 900 people fled Derna after the dams broke.", "Derna", "LY"),
        ("About 5,000 people were displaced in Rakhine state.", "Rakhine", "MM"),
        ("Some 1,200 families have been displaced in Cox's Bazar.", "Cox's Bazar", "BD"),
        ("Landslides displaced 230 households in Rwanda's Western Province.", "Western Province", "RW"),
        (
            "More than 80,000 people have been forced from their homes in Mozambique's Cabo Delgado.",
            "Cabo Delgado",
            "MZ",
        ),
    ],
)
def test_places_outside_the_loaded_gazetteer(run, sentence, location, country):
    (figure,) = run(sentence)
    assert (figure.location, figure.country) == (location, country)


def test_a_town_keeps_its_division():
    place = Gazetteer(world=world_names()).lookup("Derna")
    assert (place.name, place.country, place.admin1, place.region_id) == ("Darnah", "LY", "Darnah", None)


def test_the_place_inside_a_country_wins_and_a_namesake_elsewhere_is_not_taken(run):
    (figure,) = run("Between 1,200 and 2,000 people were displaced from Pakistan into Lalpur district in Nangarhar.")
    assert (figure.location, figure.country) == ("Lalpur", None)  # not Lalpur in India


def test_an_organisation_is_not_a_place(run):
    (figure,) = run(
        "About 5,000 families were evacuated, according to the National Disaster Risk Reduction Management Council."
    )
    assert figure.location is None and figure.reporting_body.endswith("Management Council")


def test_ordinary_words_are_not_towns(run):
    assert run("Most residents were evacuated, and 4,000 people fled in March.")[0].location is None


def test_a_loaded_region_comes_first_and_a_country_resolves_to_its_loaded_region():
    syria = Place(41, "SY", "Syria", 0)
    idlib = Place(42, "SY07", "Idlib", 1)
    gazetteer = Gazetteer(world=world_names())
    gazetteer.add_place("Syria", syria)
    gazetteer.add_place("Idlib", idlib)
    assert gazetteer.lookup("Idlib") == idlib
    aleppo = gazetteer.lookup("Aleppo")  # not loaded: worldwide, inside the loaded country
    assert (aleppo.region_id, aleppo.pcode, aleppo.country) == (41, "SY", "SY")


def test_fuzzy_matching_compares_a_block_not_every_name():
    world = world_names()
    assert len(world) >= 100_000
    assert world.fuzzy("Benghazzi").name == "Benghazi"
    block = sum(len(world._blocks.get(("ben", n), ())) for n in range(7, 12))
    assert block < len(world) / 100  # the n-gram/length block is under 1 % of the names


def test_a_figure_named_before_its_place_takes_the_place_of_the_next_sentence(run):
    (figure,) = run(
        "A magnitude 7.8 earthquake displaced around 73,000 people across six provinces. It was the most powerful "
        "earthquake to strike Ecuador in decades."
    )
    assert (figure.location, figure.country) == ("Ecuador", "EC") and "place:next-sentence" in figure.rules


def test_the_displaced_of_a_later_sentence_are_those_of_the_figure_before(run):
    first, later = run(
        "About 300 people were evacuated from the city of Avdiivka, west of Donetsk, on 29 January. Clashes went "
        "on. As of 12 February, 22 of the displaced had returned."
    )
    assert (first.location, later.location) == ("Avdiivka", "Avdiivka")


def test_a_place_that_hosts_people_is_their_place(run):
    (figure,) = run("Laukkai was also hosting a camp with 50 people displaced during the conflict.")
    assert figure.location == "Laukkai"


def test_according_to_a_country_s_agency_names_a_source_not_a_place(run):
    (figure,) = run(
        "According to Angola news agency ANGOP, Luanda firemen said floods forced 800 families from their homes."
    )
    assert figure.location == "Luanda"


@pytest.mark.parametrize(
    "sentence,location",
    [
        ("Some 5,000 people fled from ISIL in Hawija.", "Hawija"),
        ("More than 3,000 people fled the Boko Haram insurgency in Borno.", "Borno"),
    ],
)
def test_an_armed_group_is_not_where_people_went(run, sentence, location):
    (figure,) = run(sentence)
    assert figure.location == location


def test_a_name_of_two_countries_is_read_where_the_sentence_s_other_places_lie(run):
    figures = run("Clashes displaced people to Derna (at least 30,000), Bayda (3,000) and Benghazi (2,195).")
    assert [(f.location, f.country) for f in figures] == [("Derna", "LY"), ("Bayda", "LY"), ("Benghazi", "LY")]


def test_arrivals_are_counted_where_they_arrived(run):
    (figure,) = run("UNHCR registered 6,500 new arrivals from South Sudan in Uganda's Adjumani district.")
    assert (figure.location, figure.country) == ("Adjumani", "UG")


def test_a_building_is_not_the_place(run):
    (figure,) = run("About 3,000 people sought refuge in St Mary's Cathedral in Kasese.")
    assert (figure.location, figure.country) == ("Kasese", "UG")


def test_a_local_government_area_is_its_town(run):
    (figure,) = run("About 3,000 people were displaced in Maiduguri Local Government Area.")
    assert (figure.location, figure.country) == ("Maiduguri", "NG")


def test_a_place_named_as_the_owner_of_another_gives_way_to_it(run):
    (figure,) = run("About 3,000 people were displaced in Al Hasakeh governorate's Ras Al Ain district.")
    assert figure.location == "Ras Al Ain"


@pytest.mark.parametrize(
    "sentence,places",
    [
        ("Floods displaced 52,000 people in Uganda, 14,000 of them in Kasese.", ["Uganda", "Kasese"]),
        ("Some 80,000 people were displaced across Ethiopia, mainly in Gambela and Somali regions.", ["Ethiopia"]),
        ("Authorities evacuated 150,000 people in Sindh, including 40,000 in Dadu district.", ["Sindh", "Dadu"]),
        (
            "The floods in Kasai province displaced 9,000 people, many of whom are sleeping in churches in Tshikapa.",
            ["Kasai"],
        ),
        (
            "Drought displaced 300,000 people in Somalia this year, with 40,000 new arrivals in Baidoa.",
            ["Somalia", "Baidoa"],
        ),
    ],
)
def test_a_figure_s_place_stops_where_a_part_of_it_is_broken_down(run, sentence, places):
    assert [f.location for f in run(sentence)] == places


def test_a_part_after_the_figure_still_gives_the_place_when_the_figure_has_no_other(run):
    (figure,) = run("About 6,000 people were displaced, mainly in Kasese.")
    assert figure.location == "Kasese"


def test_people_who_crossed_into_a_country_are_counted_there(run):
    (figure,) = run("Some 20,000 people have crossed from South Sudan into northern Uganda since May.")
    assert (figure.location, figure.country) == ("Uganda", "UG")


def test_a_clause_of_its_own_after_while_has_its_own_place(run):
    figures = run("In Mandera, 36,000 people have been displaced, while in Wajir an additional 12,000 have fled.")
    assert [(f.value, f.location) for f in figures] == [(36_000, "Mandera"), (12_000, "Wajir")]


@pytest.mark.parametrize(
    "sentence,place",
    [
        ("Floods forced 600,000 people from their homes in Manila, as Typhoon Gaemi moved towards Taiwan.", "Manila"),
        (
            "Authorities in Odisha moved 600,000 people to shelters before Cyclone Fani made landfall near Puri.",
            "Odisha",
        ),
    ],
)
def test_where_the_storm_went_is_not_where_the_people_were(run, sentence, place):
    (figure,) = run(sentence)
    assert figure.location == place


def test_a_source_named_after_according_to_is_not_a_place_even_unknown(run):
    (figure,) = run(
        "The demolition in Lagos has left at least 10,000 people homeless, according to the Nigerian "
        "Slum/Informal Settlement Federation."
    )
    assert figure.location == "Lagos" and "Federation" in figure.reporting_body


@pytest.mark.parametrize(
    "sentence,location,country",
    [
        (
            "Floods in five Malaysian states forced 20,000 people into relief centres, with Kelantan the worst hit.",
            "Malaysia",
            "MY",
        ),
        ("Cyclone Freddy displaced 508,000 people across southern Malawian districts.", "Malawi", "MW"),
        ("About 3,000 families fled their homes in northern Senegalese villages.", "Senegal", "SN"),
        ("Some 9,000 people were evacuated from several Pakistani districts.", "Pakistan", "PK"),
    ],
)
def test_a_country_named_by_its_adjective_before_its_divisions(run, sentence, location, country):
    (figure,) = run(sentence)
    assert (figure.location, figure.country) == (location, country)


def test_an_adjective_of_nationality_alone_is_still_no_place(run):
    (figure,) = run("Some 4,000 Syrian refugees arrived in Akkar, the UN said.")
    assert figure.location == "Akkar"
    assert run("Syrian forces displaced 2,000 people.")[0].location is None


def test_an_event_name_no_gazetteer_knows_is_no_place(run):
    (figure,) = run("Since the start of the Gu-Deyr floods, nearly 650,000 people have been displaced across Somalia.")
    assert (figure.location, figure.country) == ("Somalia", "SO")
    (figure,) = run(
        "Some 90,000 people were displaced in the Beledweyne floods."
    )  # a known place before 'floods' stays one
    assert figure.location == "Beledweyne"


def test_a_short_word_closing_a_longer_name_is_part_of_it(run):
    (figure,) = run("Some 400 families were evicted from their homes near Angkor Wat.")
    assert figure.location == "Angkor Wat" and figure.country is None


def test_a_name_opening_with_a_compass_word_keeps_it_when_the_longer_name_is_known(run):
    (figure,) = run("Some 8,000 residents of New Orleans East were evacuated ahead of the hurricane.")
    assert figure.location == "New Orleans"


@pytest.mark.parametrize(
    "sentence,location",
    [
        ("Some 2,000 people from Beni territory have arrived in Butembo since Sunday, OCHA said.", "Butembo"),
        ("About 1,300 people who fled the Amhara clashes arrived in Gedaref, UNHCR said.", "Gedaref"),
    ],
)
def test_arrivals_named_with_where_they_came_from_are_counted_where_they_arrived(run, sentence, location):
    (figure,) = run(sentence)
    assert figure.location == location


def test_a_countrys_state_media_is_no_state_named_for_it(run):
    (figure,) = run("Floods displaced 2,000 households in Oudomxay province, Lao state media reported.")
    assert figure.location == "Oudomxay"


def test_a_place_name_with_a_romance_connector_is_read_whole(run):
    (figure,) = run("Some 4,000 people were evacuated from Puerto del Rosario.")
    assert figure.location == "Puerto del Rosario"


def test_a_place_named_after_through_or_via(run):
    (figure,) = run("Some 900 families returned from Iran through Islam Qala on Sunday.")
    assert figure.location == "Islam Qala"


def test_a_part_of_a_town_named_by_common_words_is_no_town(run):
    (figure,) = run("In the northern city of Mosul, about 1,000 families returned to the Old City in May.")
    assert figure.location == "Mosul"


def test_an_english_as_between_two_names_joins_no_place_name(run):
    (figure,) = run("Some 2,000 people were in evacuation centres on Viti Levu as Cyclone Winston passed.")
    assert figure.location.startswith("Viti") and "Winston" not in figure.location


def test_people_who_returned_are_counted_where_they_returned_to_not_where_from(run):
    (figure,) = run("Afghanistan: some 900,000 Afghans have returned from Pakistan since January.")
    assert figure.location == "Afghanistan"
    (figure,) = run("About 1,200 families returned from Iran through Islam Qala in Herat province.")
    assert figure.location in ("Islam Qala", "Herat")


@pytest.mark.parametrize(
    "sentence,location",
    [
        # divisions by their own names: zone, commune, woreda, payam, barangay …
        ("Estimated displaced: 23,500 (Gofa zone, as of 29 July)", "Gofa"),
        ("The Djibo commune hosts more than 270,000 internally displaced people.", "Djibo"),
        # a place after what happened, heading a line
        ("Gu rains, Hirshabelle: Displaced: 37,000 people; Houses destroyed: 1,200.", "Hirshabelle"),
        # a camp's name gives way to the town it is in
        (
            "Some 40,000 displaced people are living in the Bakassi and Teachers Village camps in Maiduguri.",
            "Maiduguri",
        ),
        # lakes and rivers are not where people are
        ("Rising waters of Lake Tanganyika have displaced close to 100,000 people in Burundi.", "Burundi"),
        ("In N'Djamena, rising waters of the Chari have driven some 3,000 households from their homes.", "N'Djamena"),
        ("About 2,500 households were relocated from the Nile river banks in Bor town.", "Bor"),
    ],
)
def test_divisions_headlines_camps_and_waters(run, sentence, location):
    figure = run(sentence)[0]
    assert figure.location == location


def test_the_town_named_again_is_the_one_the_sentence_before_named(run):
    text = (
        "Heavy fighting erupted in Sinja, the capital of Sennar state, on 29 June. According to IOM, an estimated "
        "55,000 people have fled the town, mostly towards Gedaref and Blue Nile states."
    )
    (figure,) = run(text)
    assert figure.location == "Sinja"


def test_a_share_of_the_figure_in_a_place_is_no_place_of_the_whole(run):
    (figure,) = run("IOM found 700,000 IDPs across Haiti, nearly half of them in the Ouest department.")
    assert figure.location == "Haiti"


def test_a_saints_building_is_no_town(run):
    (figure,) = run(
        "About 900 displaced people were living in the Saint-Louis cathedral in Jérémie, the Red Cross said."
    )
    assert figure.location == "Jérémie"


def test_the_seat_of_an_office_is_the_place_the_district_names_again(run):
    (figure,) = run(
        "The Feni deputy commissioner said nearly 15,000 people had taken shelter in centres in the district."
    )
    assert figure.location == "Feni"


@pytest.mark.parametrize(
    "sentence,location",
    [
        ("The Renk transit centre now holds more than 20,000 returnees and refugees, MSF warned.", "Renk"),
        ("Over 45,000 people remain in evacuation centers after Kanlaon Volcano erupted.", "Kanlaon"),
        ("Gangs seized Mirebalais, forcing more than 5,000 residents to flee, many towards Saut-d'Eau.", "Mirebalais"),
    ],
)
def test_sites_volcanoes_places_taken_and_people_counted(run, sentence, location):
    (figure,) = run(sentence)
    assert figure.location == location


def test_people_counted_after_of_are_no_place(gazetteer):
    from extraction.places import _places_in

    names = [m.text for m in _places_in("Tens of thousands of Kurds fled Tal Rifaat for Tabqa.", gazetteer)]
    assert "Kurds" not in names and "Tal Rifaat" in names


def test_a_camp_is_the_place_when_the_sentence_names_only_the_country_people_came_from(run):
    (figure,) = run("Overcrowding is worsening in Kakuma camp, where 4,500 new arrivals from Sudan were registered.")
    assert figure.location == "Kakuma"
    # a town named with the camp still takes its place
    (figure,) = run("Some 2,000 people are sheltering at the Bakassi camp in Maiduguri.")
    assert figure.location == "Maiduguri"


def test_a_capitalised_preposition_opening_the_sentence_is_no_part_of_a_typed_place(gazetteer):
    from extraction.places import _places_in

    names = [m.text for m in _places_in("In Tanganyika province, 12,400 people were displaced.", gazetteer)]
    assert names == ["Tanganyika"]


def test_a_numbered_ward_of_a_named_place_is_no_count(run):
    (figure,) = run("About 600 households in Tsholotsho ward 7 were relocated to higher ground.")
    assert (figure.value, figure.location) == (600, "Tsholotsho")
    assert [f.value for f in run("About 600 households in Tsholotsho ward 7 were relocated.")] == [600]


def test_an_organisations_base_gives_way_to_the_town_it_is_in(run):
    (figure,) = run("About 7,300 people found refuge at the MINUSCA base in Kaga-Bandoro, the UN mission said.")
    assert figure.location == "Kaga-Bandoro"


def test_a_lake_named_after_the_figure_is_no_place(run):
    (figure,) = run("In Budalangi, 3,400 households have been displaced by the backflow from Lake Victoria.")
    assert figure.location == "Budalangi"


def test_a_volcano_gives_way_to_the_place_people_are_in(run):
    (figure,) = run(
        "Nearly 53,000 people from towns around Taal Volcano were in evacuation centres in Batangas province."
    )
    assert figure.location == "Batangas"
    # named alone, the volcano still tells where
    (figure,) = run("Some 4,000 people were evacuated from around Taal Volcano.")
    assert figure.location == "Taal"


def test_a_numbered_zone_is_no_place_of_its_own(run):
    (figure,) = run(
        "Near Abala, in Afar's Zone 2, 4,600 households displaced by the drought live in makeshift shelters."
    )
    assert figure.location == "Abala"


def test_a_prefecture_that_speaks_gives_way_to_the_place_named(run):
    (figure,) = run("In Wajima, about 13,000 people are staying at 180 evacuation centres, Ishikawa prefecture said.")
    assert figure.location == "Wajima"
    # a place that is only the subject of the verb, with no type word, keeps its place
    (figure,) = run("Some 4,000 people were displaced in Idlib, the Syrian Arab Red Crescent in Idlib said.")
    assert figure.location == "Idlib"


def test_a_platform_a_statement_was_posted_on_is_no_place(run):
    (figure,) = run("In a post on Telegram, officials said 630 residents had been evacuated from Myrnohrad.")
    assert figure.location == "Myrnohrad"


def test_an_aside_closed_before_the_verb_keeps_the_place_after_it(run):
    (figure,) = run(
        "The Donetsk regional military administration said 630 residents, including 94 children, had been "
        "evacuated from Myrnohrad."
    )
    assert figure.location == "Myrnohrad"
    # a part broken down after the figure keeps its own place
    figures = run("Floods displaced 5,000 people in Kenya, including 1,200 in Garissa.")
    assert [(f.value, f.location) for f in figures][:1] == [(5000, "Kenya")]


def test_two_places_before_a_plural_kind_of_division(run):
    (figure,) = run("Clashes along the border between Gedeo and West Guji zones have displaced 970,000 people.")
    assert figure.location in ("Gedeo", "West Guji")
    # groups of people in a conflict "between" them are no places
    (figure,) = run("Conflict between Luba and Twa communities caused 34,000 displacements in Tanganyika province.")
    assert figure.location == "Tanganyika"


def test_a_building_named_with_its_kind_in_lower_case_gives_way_to_the_town(run):
    (figure,) = run(
        "The civil protection office in Les Cayes said 2,700 people were staying at the Parc Larco stadium."
    )
    assert figure.location == "Les Cayes"
    # named alone, it is still where they are
    (figure,) = run("Some 2,700 people were staying at the Parc Larco stadium.")
    assert figure.location == "Parc Larco"


def test_arrivals_in_a_countrys_district_are_counted_in_the_district(run):
    (figure,) = run("Some 54,000 Sudanese refugees had arrived in South Sudan's Renk county since January, UNHCR said.")
    assert figure.location == "Renk"


def test_the_country_a_ministry_serves_is_the_place_when_none_other_is_named(run):
    (figure,) = run(
        "The Ministry of Humanitarian Action and Disaster Management of Niger said floods had displaced 1.1 million "
        "people since June."
    )
    assert figure.location == "Niger"
    # a place named after a preposition still comes first
    (figure,) = run("The Ministry of Humanitarian Action of Niger said floods had displaced 12,000 people in Maradi.")
    assert figure.location == "Maradi"


def test_a_mountain_gives_way_to_the_place_named_besides_it(run):
    text = "About 900 families were evacuated from villages around Mount Kanlaon in Negros Occidental."
    assert [c.location for c in run(text)] == ["Negros Occidental"]


def test_a_mountain_alone_is_still_where_they_were(run):
    assert [c.location for c in run("About 900 families were evacuated from the slopes of Mount Kanlaon.")] == [
        "Mount Kanlaon"
    ]


def test_a_division_named_mount_is_a_place(run):
    text = (
        "Upwards of 30,000 people have fled Beirut's southern suburbs, and nearly 20,000 of them are now in "
        "shelters in Mount Lebanon."
    )
    assert [c.location for c in run(text)] == ["Beirut", "Mount Lebanon"]


def test_a_host_town_with_a_which_clause_before_its_verb(run):
    text = "Sake, which hosted 60,000 people before the clashes, now shelters more than 150,000."
    assert [(c.value, c.location) for c in run(text)] == [(60_000, "Sake"), (150_000, "Sake")]


def test_a_war_named_by_its_country_is_not_the_place(run):
    text = "One year into the Sudan war, eastern Chad hosts some 600,000 new refugees, UNHCR said."
    assert [c.location for c in run(text)] == ["Chad"]


def test_a_host_town_that_has_n_people_in_a_site(run):
    assert [(c.value, c.location) for c in run("Adré alone has 150,000 people in a makeshift site.")] == [
        (150_000, "Adré")
    ]


def test_a_running_total_after_a_figure_is_counted_where_the_figure_was(run):
    text = (
        "Some 18,000 new refugees have crossed from Sudan's West Darfur into eastern Chad, bringing the number of "
        "Sudanese refugees who have arrived since April 2023 to 610,000."
    )
    figures = run(text)
    assert [(c.value, c.location) for c in figures] == [(18_000, "Chad"), (610_000, "Chad")]
    assert "place:running-total" in figures[1].rules


def test_places_named_only_in_the_other_clause_leave_the_text_s_place_before(run):
    text = (
        "Central African Republic: the CMP recorded 511,000 IDPs. Over the year, 92,000 IDPs returned to their places "
        "of origin, while 81,000 people were newly displaced, most of them in Haut-Mbomou and Mbomou prefectures."
    )
    assert [(c.value, c.location) for c in run(text)] == [
        (511_000, "Central African Republic"),
        (92_000, "Central African Republic"),
        (81_000, "Haut-Mbomou"),
    ]


def test_places_of_placed_parts_are_not_the_whole_s(run):
    text = (
        "The eruption hit East Flores. As of Wednesday, 10,295 people had been evacuated to 8 shelter points, "
        "including 2,100 in Konga and 1,900 in Lewolaga."
    )
    assert [(c.value, c.location) for c in run(text)] == [(10_295, "Flores"), (2_100, "Konga"), (1_900, "Lewolaga")]
    text = "Floods hit Orsk. More than 4,500 people, including 1,000 children, were evacuated in Orsk."
    assert [(c.value, c.location) for c in run(text)] == [(4_500, "Orsk")]


def test_where_arrivals_came_from_gives_way_to_the_heading_that_names_where_they_are(run):
    (figure,) = run("Egypt: Since April 2023, some 500,000 people have arrived from Sudan.")
    assert figure.location == "Egypt"
    # or the place the sentence opens with
    (figure,) = run("In Gedaref, 320 schools are occupied by IDPs and 35,000 people arrived from Sennar last week.")
    assert figure.location == "Gedaref"


def test_a_place_in_a_heading_body_s_name_is_the_body_s(run):
    text = "Borno SEMA: As of 14 September, 37 camps in Jere are hosting 216,000 people displaced by the floods."
    (figure,) = run(text)
    assert figure.reporting_body == "SEMA" and figure.location != "Borno"


def test_a_name_before_a_bracketed_count_of_people_is_its_place(run):
    (figure,) = run("Top hosting woreda: Abala (14,300 IDPs)")
    assert (figure.value, figure.location) == (14_300, "Abala")


def test_a_compass_word_stays_on_a_division_whose_rest_names_no_known_place(run):
    (figure,) = run(
        "Wildfires have forced more than 27,000 residents to evacuate across North Gyeongsang Province, the interior "
        "ministry said."
    )
    assert "North Gyeongsang" in figure.location
    (figure,) = run("Some 3,000 people fled their homes in Eastern Aleppo, OCHA said.")
    assert figure.location == "Aleppo"  # the rest is a known place: the compass word is left off


def test_people_of_a_compass_named_nation_are_still_no_place(run):
    (figure,) = run("Some 1,100 households of South Sudanese new arrivals were registered at the Pagak entry point.")
    assert figure.location == "Pagak"


def test_the_country_across_its_border_is_not_where_the_people_were(run):
    (figure,) = run(
        "Kyrgyzstan said on Saturday it had evacuated 136,000 people from the area around its disputed border with "
        "Tajikistan after two days of clashes."
    )
    assert (figure.location, figure.reporting_body) == ("Kyrgyzstan", "Kyrgyzstan")


def test_a_clause_after_the_source_names_no_place_of_the_figure(run):
    (figure,) = run(
        "Floods in Italy's Emilia-Romagna region have forced more than 36,000 people from their homes, regional "
        "officials said Sunday, as Premier Giorgia Meloni cut short her trip to the G7 summit in Hiroshima."
    )
    assert figure.location == "Emilia-Romagna"


def test_a_running_total_takes_the_place_its_own_words_name(run):
    first, total = run(
        "Gang attacks on Mirebalais and Saut-d'Eau have displaced more than 51,000 people, IOM said, bringing the "
        "number of people forced from their homes across Haiti to over 1 million."
    )
    assert (first.location, total.value, total.location) == ("Mirebalais", 1000000, "Haiti")


def test_a_nations_authorities_give_its_place_when_the_sentence_names_none(run):
    (figure,) = run("Cuban authorities evacuated more than 283,000 people in the west of the island, state media said.")
    assert figure.location == "Cuba"
    (figure,) = run("Cuban authorities said 3,000 refugees had arrived by boat.")
    assert figure.location is None  # people from abroad: the nation is no place of theirs


def test_a_persons_name_after_an_office_is_no_place(run):
    (figure,) = run(
        "Hurricane Otis damaged some 220,000 homes in Acapulco, Security Minister Rosa Icela Rodríguez said. Some "
        "2,500 people spent the night in 80 temporary shelters set up by the army, Governor Evelyn Salgado said."
    )
    assert figure.location == "Acapulco"


def test_the_worst_hit_place_with_its_count(run):
    whole, part = run(
        "Nearly 500,000 people have taken shelter across 11 flood-hit districts, the relief ministry said. Feni is "
        "the worst hit, with 150,000 people in shelters there alone."
    )
    assert (part.value, part.location) == (150000, "Feni")


@pytest.mark.parametrize(
    "sentence,place",
    [
        (
            "Nicaragua's government said it had evacuated 13,000 people from the Caribbean coast ahead of Hurricane "
            "Julia.",
            "Nicaragua",
        ),
        (
            "Around 7,000 people have been evacuated on the Canary island of La Palma, the regional government said.",
            "La Palma",
        ),
        (
            "Some 1,200 members of Indigenous communities in the Cauca department have been forced to leave their "
            "reserves, CRIC reported.",
            "Cauca",
        ),
        (
            "Some 40,000 Oregonians have been evacuated from their homes because of wildfires, the governor said.",
            "Oregon",
        ),
        (
            "Drought has driven some 1.1 million Somalis from their homes this year, according to the UN, which warned "
            "that famine was projected in Baidoa and Burhakaba districts.",
            "Somalia",
        ),
    ],
)
def test_a_coast_described_a_kind_of_name_people_of_a_state_and_the_sources_other_news(run, sentence, place):
    (figure,) = run(sentence)
    assert figure.location == place


def test_a_road_named_by_the_towns_it_joins_is_no_place(run):
    (figure,) = run(
        "The Debed river burst its banks, flooding parts of Alaverdi and Akhtala. Rescuers evacuated 260 residents, "
        "the ministry said, and the Yerevan–Tbilisi highway was closed."
    )
    assert figure.location in ("Alaverdi", "Akhtala")


def test_the_worst_hit_part_after_with_names_no_place_of_the_figure(run):
    (figure,) = run(
        "Flash floods on the Guadalcanal plains forced an estimated 2,000 people from their homes, the provincial "
        "disaster office said, with the villages around Tetere worst hit."
    )
    assert figure.location == "Guadalcanal"


def test_a_disaster_named_after_a_known_town_gives_the_town(run):
    (figure,) = run(
        "More than 3,000 people displaced by the Lahaina fire are staying in hotels, Hawaii Gov. Josh Green said."
    )
    assert (figure.location, figure.reporting_body) == ("Lahaina", "Hawaii Gov. Josh Green")


def test_where_people_came_from_is_no_place_the_next_sentence_goes_on_about(run):
    (figure,) = run(
        '"We slept under trees," said Esperance, who arrived in Goma from Sake with her children. She is among '
        "about 135,000 people who have fled to the city since early February, according to the UN."
    )
    assert (figure.value, figure.location) == (135000, "Goma")


def test_a_place_that_only_locates_another_is_no_place_the_next_sentence_goes_on_about(run):
    (figure,) = run(
        "Heavy clashes broke out in Zawiya, west of Tripoli, on Monday. The Libyan Red Crescent said 450 families "
        "were displaced from the city's neighbourhoods."
    )
    assert (figure.value, figure.location) == (450, "Zawiya")


def test_a_division_whose_own_name_holds_an_organisation_word_is_a_place(run):
    (figure,) = run("Demolitions left 8 families displaced in the West Bank last week.")
    assert (figure.location, figure.country) == ("West Bank", "PS")
    (figure,) = run("The World Bank said 8,000 families were displaced in Gaza.")
    assert (figure.location, figure.reporting_body) == ("Gaza", "World Bank")


@pytest.mark.parametrize(
    "sentence,location",
    [
        ("Floods displaced 5,000 people in the Kenyan capital Nairobi.", "Nairobi"),
        ("Floods in Kenya displaced 5,000 people in the capital, Nairobi, the Kenya Red Cross said.", "Nairobi"),
        ("About 2,000 people fled to the regional capital, Bossangoa.", "Bossangoa"),
        ("About 3,000 people fled to the provincial capital Kalemie, the governor said.", "Kalemie"),
        ("Fighting displaced 12,000 people in the Sudanese capital, UNHCR said.", "Sudan"),  # not 'Sudanese'
        ("Nearly 80,000 people were displaced in Haiti's capital in March alone.", "Haiti"),
    ],
)
def test_a_city_named_as_a_capital_is_the_place_and_a_nationality_before_it_is_its_country(run, sentence, location):
    (figure,) = run(sentence)
    assert figure.location == location


def test_whoever_speaks_after_the_capital_is_no_place(run):
    (figure,) = run("Floods displaced 800 people in the capital, UNHCR said.")
    assert (figure.location, figure.reporting_body) == (None, "UNHCR")


def test_whom_the_fighting_was_with_is_no_place(run):
    (figure,) = run(
        "Tajik officials said about 137,000 people had been evacuated from border areas during the clashes with "
        "Kyrgyzstan."
    )
    assert figure.location is None


def test_a_figure_in_a_while_clause_with_no_place_takes_the_heading_s(run):
    text = (
        "Lebanon: IOM DTM estimates that 744,000 people have returned to their areas of origin, mostly in the South "
        "and Nabatieh governorates, while 125,000 remain displaced."
    )
    assert [(c.value, c.location) for c in run(text)] == [(744_000, "Lebanon"), (125_000, "Lebanon")]


def test_a_share_of_the_figure_placed_after_it_is_not_the_figure_s_place(run):
    text = "DRC: the Ituri crisis. The province hosts 1,710,000 IDPs, 58 per cent of them in Djugu territory."
    (figure,) = run(text)
    assert figure.location != "Djugu"


def test_a_place_fronted_for_the_sentence_wins_over_its_heading(run):
    text = (
        "Argentina: In Bahía Blanca, the municipality said 1,450 people remained in 17 evacuation centres on 9 March; "
        "300 had returned home."
    )
    assert [(c.value, c.location) for c in run(text)] == [(1_450, "Bahía Blanca"), (300, "Bahía Blanca")]


def test_an_offices_owner_is_a_place_and_a_riverworks_name_is_not(run):
    (figure,) = run(
        "Authorities have relocated 1,200 families from settlements along the Koshi embankment to safer places, "
        "Sunsari's chief district officer said on Sunday."
    )
    assert figure.location == "Sunsari"


@pytest.mark.parametrize(
    "sentence,location",
    [
        # a name whose capital carries a diacritic, as GeoNames and local reporting spell it
        ("About 6,000 people were sheltering in evacuation centres in Óbidos after the earthquake.", "Óbidos"),
        ("Since April, 3,250 families have been newly displaced to Ñuble, the Executive Unit reported.", "Ñuble"),
        ("Over 20,000 residents of Ḩajjah have fled since fighting reached the town, OCHA said.", "Ḩajjah"),
        # a name joined by an elided article in lower case ("d'", "l'")
        ("Floods have displaced 63,000 households in Côte d'Ivoire since June, the ministry said.", "Côte d'Ivoire"),
        ("About 1,600 people were evacuated from Valle d'Aosta after the landslide, officials said.", "Valle d'Aosta"),
    ],
)
def test_names_swapped_for_places_written_with_diacritics_or_elisions(run, sentence, location):
    (figure,) = run(sentence)
    assert figure.location == location


def test_a_hyphenated_name_between_the_figure_and_its_term(run):
    # "forced N people in the town of X into shelters": a name with a hyphen is one word of the gap, as Sittwe is
    for town in ("Sittwe", "Khanty-Mansiysk"):
        (figure,) = run(f"The storm forced no fewer than 12,000 people in the coastal town of {town} into shelters.")
        assert (figure.value, figure.location) == (12000, town)


@pytest.mark.parametrize(
    "sentence,location",
    [
        # a transliterated ayn or hamza opening the word after the article, as GeoNames writes Arabic names
        ("Since January, 2,145 families have returned to Al ‘Aqīq from camps, IOM said.", "Al ‘Aqīq"),
        ("OCHA said 14,000 people had fled El ’Ayoûn in August.", "El ’Ayoûn"),
        ("About 1,000 people were sheltering in evacuation centres in Al-`Ula after the storm.", "Al-`Ula"),
    ],
)
def test_an_article_before_a_transliterated_ayn_is_no_place_of_its_own(run, sentence, location):
    (figure,) = run(sentence)
    assert figure.location == location


@pytest.mark.parametrize("town", ["Petrópolis", "Bagnoli", "Neu-Isenburg"])
def test_the_seat_of_a_civil_defence_is_the_figures_place_whatever_its_size(run, town):
    (figure,) = run(f"The {town} civil defence said 967 people were staying in 26 shelters in the city's schools.")
    assert (figure.value, figure.location) == (967, town)


def test_figures_read_right_stay_right_when_their_places_are_swapped(bench, gazetteer):
    """Metamorphic: dev rows of the worldwide set whose every figure is read right, each labelled place written
    in the text swapped (in text and label) for another real place of the same kind from the worldwide names,
    with a fixed seed; nearly every variant must still be read right."""
    import random
    import re

    from tests.extraction.conftest import ROOT

    world = gazetteer.world
    rng = random.Random(16)
    pools: dict[str, list[str]] = {}
    for name, kind, *_rest, population in sorted(world.places)[::7]:
        if re.match(r"[A-ZÀ-Þ]", name) and "(" not in name and (kind != "place" or population >= 20_000):
            if (top := world.lookup(name)) is not None and top.kind == kind:
                pools.setdefault(kind, []).append(name)
    rows = [r for r in bench.load(ROOT / "tests" / "data" / "extraction_worldwide.jsonl") if r["expect"]]
    rows = [r for r in rows if not bench.held_out(r["key"]) and len({e["location"] for e in r["expect"]}) == 1]
    variants = right = 0
    for row in rng.sample(rows, 120):
        name = row["expect"][0]["location"]
        pattern = re.compile(r"(?<!\w)" + re.escape(name or "-") + r"(?!\w)")
        place = world.lookup(name) if name and pattern.search(row["text"]) else None
        if place is None or any(e.get("location_any") for e in row["expect"]):
            continue
        tally = bench.Tally()
        bench.score_row(row, gazetteer, tally)
        if tally.fn or tally.fp:
            continue
        swap = rng.choice(pools[place.kind])
        variant = dict(row, text=pattern.sub(swap, row["text"]))
        variant["key"] = variant["text"]
        variant["expect"] = [dict(e, location=swap) for e in row["expect"]]
        tally = bench.Tally()
        bench.score_row(variant, gazetteer, tally)
        variants += 1
        right += not (tally.fn or tally.fp)
    assert variants >= 30
    assert right / variants >= 0.9, (right, variants)


@pytest.mark.parametrize("town", ["Baidoa", "Titao", "Srebrenik"])
def test_a_town_that_received_arrivals_is_their_place_whatever_its_size(run, town):
    (figure,) = run(f"{town} received 8,500 new arrivals in January, driven by drought and conflict.")
    assert (figure.value, figure.location) == (8500, town)


def test_an_agency_that_received_a_count_is_no_place(run):
    # (the agency's letters are no town: the place is the one the sentence names)
    assert [c.location for c in run("UNHCR received 4,000 new arrivals from Sudan in March.")] == ["Sudan"]


def test_an_event_named_after_a_village_no_gazetteer_knows_is_no_place(run):
    (figure,) = run(
        "Authorities in Lao Cai province moved 1,350 households out of landslide-prone areas after the Lang Nu "
        "village disaster, state media reported."
    )
    assert figure.location == "Lao Cai"


def test_people_fleeing_fighting_somewhere_counted_where_they_reached(run):
    (figure,) = run("Some 8,000 people fleeing clashes in Kalehe reached Minova over the weekend, the agency said.")
    assert figure.location == "Minova"


def test_a_reservoir_and_a_disaster_named_by_a_village_are_no_place_of_the_figure(run):
    (moved,) = run("Hoa Binh authorities moved 800 households away from the Song Da reservoir, officials said.")
    assert moved.location == "Hoa Binh"
    (after,) = run("Authorities in Ha Giang province moved 600 families out of risky areas after the Nam Dan disaster.")
    assert after.location == "Ha Giang"


def test_the_whole_of_a_share_is_placed_by_its_own_words(run):
    (figure,) = run("Tahoua region accounts for nearly half of the 507,000 IDPs recorded in Niger, according to UNHCR.")
    assert figure.location == "Niger"


def test_a_while_clause_takes_the_country_the_other_clause_lies_in(run):
    text = (
        "About 300,000 people have returned to their homes in south Lebanon and the Bekaa, while some 80,000 remain "
        "displaced, according to the ministry."
    )
    assert [(c.value, c.location) for c in run(text)][-1] == (80000, "Lebanon")


def test_survivors_of_a_fire_named_after_their_town(run):
    (figure,) = run("A year after the Lahaina fire, about 3,000 survivors are still living in hotels, the county said.")
    assert figure.location == "Lahaina"


def test_a_number_of_arrivals_counted_where_they_arrived(run):
    text = "The number of refugees who have arrived in Moldova from Ukraine reached 52,000, officials said."
    (figure,) = run(text)
    assert figure.location == "Moldova"


def test_a_body_named_inspectorate_for_is_no_place(run):
    (figure,) = run("Floods in Vaslui displaced 900 people, the Inspectorate for Emergency Situations said.")
    assert figure.location == "Vaslui"


def test_the_camps_named_in_the_sentence_before(run):
    text = "Some 800 families returned to Sinjar from camps in Zakho. It said 21,000 families remain in the camps."
    assert [(c.value, c.location) for c in run(text)][-1] == (21000, "Zakho")


def test_a_key_figure_lines_label_is_no_place(run):
    (figure,) = run("Flood report, 6 July\nPeople in relief camps: 41,200 in 540 camps\nDead: 3\nInjured: 12")
    assert figure.location is None


def test_a_camp_hosting_a_count_is_its_place(run):
    text = "Some 90,000 refugees live in the Hodh Ech Chargui region, where the Mbera camp alone hosts 60,000."
    assert [(c.value, c.location) for c in run(text)][-1] == (60000, "Mbera")


# ---- where a figure is, when the sentence names a landmark, a lower-case name or a second clause (ext18d) ----


@pytest.mark.parametrize(
    "sentence,location",
    [
        ("More than 400,000 people are sheltering in Zamzam camp, 15 kilometres south of El Fasher.", "Zamzam"),
        ("About 2,000 families fled to Kuki, some 40 km north-east of Bunia, after the attack.", "Kuki"),
        ("Some 3,000 people are staying at the Tomping site, 5 miles from Juba.", "Tomping"),
    ],
)
def test_a_place_a_distance_is_measured_from_is_a_landmark(run, sentence, location):
    (figure,) = run(sentence)
    assert figure.location == location


def test_a_landmark_is_still_the_place_of_a_figure_that_names_no_other(run):
    # (the distance is from a town, but no other place is named: the town is all the text says)
    (figure,) = run("About 1,200 families have been displaced 20 km south of Beledweyne.")
    assert figure.location == "Beledweyne"


@pytest.mark.parametrize(
    "sentence,location",
    [
        # one pattern reads the distance for both rules (landmark and distance-from); as a landmark, only "the",
        # "town of" or "city of" stand between the distance and the name
        ("About 15,000 people fled violence, 90 kilometres south of Manono in Tanganyika province.", "Tanganyika"),
        ("About 3,000 displaced people are sheltering in Mugunga, 10 km outside the city of Goma.", "Mugunga"),
        (
            "Some 1,500 displaced families are sheltering in Kanyaruchinya, 12 kms to the north of Goma.",
            "Kanyaruchinya",
        ),
    ],
)
def test_a_landmark_is_the_name_right_after_the_distance(run, sentence, location):
    (figure,) = run(sentence)
    assert figure.location == location


@pytest.mark.parametrize(
    "sentence,location",
    [
        ("About 900 people from uMgungundlovu were moved to community halls after the storm.", "uMgungundlovu"),
        ("Some 2,100 people are being housed in community halls in eThekwini.", "eThekwini"),
        ("Nearly 600 families in iLembe have been evacuated.", "iLembe"),
    ],
)
def test_a_name_opening_with_a_lower_case_prefix_is_a_place(run, sentence, location):
    (figure,) = run(sentence)
    assert figure.location == location


def test_a_product_named_with_a_lower_case_letter_first_is_no_place(run):
    (figure,) = run("Some 3,000 people fled to Malawi, where volunteers post updates on iPads.")
    assert figure.location == "Malawi"


def test_the_place_of_a_second_clause_with_its_own_count_is_its_own(run):
    figures = run(
        "KwaZulu-Natal's provincial government said 40,000 people had been left homeless by the floods, and 6,000 "
        "were being housed in community halls in eThekwini."
    )
    assert [(f.value, f.location) for f in figures] == [(40000, "KwaZulu-Natal"), (6000, "eThekwini")]
    # the first clause's own place still holds
    figures = run("Floods displaced 5,000 people in Kasese, and 1,200 were sheltering in schools in Bwera.")
    assert [(f.value, f.location) for f in figures] == [(5000, "Kasese"), (1200, "Bwera")]


@pytest.mark.parametrize(
    "sentence,location",
    [
        ("Teknaf's Nayapara camp is home to some 25,000 refugees from Myanmar's Rakhine State.", "Nayapara"),
        ("Nayapara camp is home to some 25,000 refugees from Myanmar.", "Nayapara"),
        ("Kakuma camp has taken in more than 20,000 refugees from South Sudan this year.", "Kakuma"),
    ],
)
def test_a_camp_named_with_its_kind_or_owner_hosts_the_refugees_not_their_origin(run, sentence, location):
    (figure,) = run(sentence)
    assert figure.location == location


def test_parts_after_a_colon_are_the_parts_places_not_the_wholes(run):
    figures = run(
        "As of 31 July, 1,003,000 refugees were registered in Bangladesh: 966,000 in the 33 camps of Cox's Bazar and "
        "37,000 on Bhasan Char."
    )
    assert [(f.value, f.location) for f in figures][:2] == [(1003000, "Bangladesh"), (966000, "Cox's Bazar")]


def test_a_town_a_distance_is_measured_from_is_not_the_place(run):
    (figure,) = run(
        "In Kindu, 250 kilometres west of the capital, Kinshasa, some 4,000 displaced people had found shelter in "
        "schools."
    )
    assert (figure.value, figure.location) == (4000, "Kindu")
    (figure,) = run("Some 2,000 people fled to a camp 20 km north of Goma.")
    assert figure.location == "Goma"  # measured from the only place named: still where they went


def test_where_a_figure_was_said_after_it_is_no_place_even_standing_alone(run):
    (figure,) = run(
        "Heavy rains flooded Piura province on Monday. More than 12,000 families have moved to shelters there, the "
        "housing minister told reporters in Lima."
    )
    assert (figure.value, figure.location) == (12000, "Piura")


def test_a_site_with_the_most_evacuees_is_their_place_not_a_body(run):
    (figure,) = run("BTC has the highest number of evacuees, with some 800 families.")
    assert (figure.value, figure.unit, figure.location, figure.reporting_body) == (800, "household", "BTC", None)
    (figure,) = run("Bosaso has the largest number of IDPs, with more than 120,000 people in 140 sites.")
    assert (figure.value, figure.location) == (120000, "Bosaso")


def test_a_place_marking_a_year_is_not_the_figures(run):
    (figure,) = run("Syria - Over 400,000 refugees have returned since 2016 – the year in which Aleppo was retaken.")
    assert (figure.value, figure.location) == (400000, "Syria")


def test_a_key_figure_label_heading_its_line_is_no_place(run):
    text = (
        "NDMA Pakistan – Monsoon 2025 Daily Situation Report No. 41 (5 August 2025)\nDeaths: 299 | Injured: 715\n"
        "Persons evacuated: 28,460\nPersons in relief camps: 9,118"
    )
    figures = run(text)
    assert [(f.value, f.location, f.reporting_body) for f in figures] == [
        (28460, "Pakistan", "NDMA"),
        (9118, "Pakistan", "NDMA"),
    ]


@pytest.mark.parametrize(
    "sentence,location",
    [
        (
            "Djibo, under blockade for more than a year, now shelters some 300,000 displaced people from across the "
            "Soum province.",
            "Djibo",
        ),
        ("Kaya now shelters 40,000 displaced people from Barsalogho.", "Kaya"),
        # a town registering or recording the people it takes in (place:host-registered)
        (
            "The town of Kaya, in Centre-Nord, registered about 14,000 newly displaced people from Barsalogho last "
            "week.",
            "Kaya",
        ),
        ("Gedaref has recorded 9,000 displaced people from Sennar since June.", "Gedaref"),
    ],
)
def test_a_town_that_shelters_people_from_elsewhere_is_their_place(run, sentence, location):
    (figure,) = run(sentence)
    assert figure.location == location


@pytest.mark.parametrize(
    "sentence,location",
    [
        ("Some 18,500 people displaced from Guji zone have settled in Gedeb woreda of Gedeo zone.", "Gedeb"),
        ("About 4,000 people evacuated from Ambae have arrived in Luganville.", "Luganville"),
        ("Some 2,000 families who were displaced from Tal Afar have taken refuge in Mosul.", "Mosul"),
    ],
)
def test_people_displaced_from_one_place_are_counted_where_they_settled(run, sentence, location):
    # (place:origin-then-settled: the way they left names the origin, whatever their noun)
    (figure,) = run(sentence)
    assert figure.location == location


def test_people_displaced_from_a_place_with_no_place_they_settled_keep_it(run):
    (figure,) = run("Some 3,000 people displaced from Guji zone are without shelter, officials in Gedeo said.")
    assert figure.location == "Guji"


# ---- lists, "each", borders by a nation's adjective, the cause fled in a place (ext19p) ----


@pytest.mark.parametrize(
    "sentence,expected",
    [
        (
            "Clashes displaced about 1,500 households in each of the woredas of Dawa and Moyale, the Borena zone "
            "administration said.",
            [(1500, "Dawa"), (1500, "Moyale")],
        ),
        (
            "The storm displaced 5,000 people each in Bicol and Eastern Visayas.",
            [(5000, "Bicol"), (5000, "Eastern Visayas")],
        ),
        (
            "Floods displaced 800 families each in Kasese, Bundibugyo and Ntoroko.",
            [(800, "Kasese"), (800, "Bundibugyo"), (800, "Ntoroko")],
        ),
        (
            "Around 2,000 people are in relief camps in each of the districts of Kullu and Mandi.",
            [(2000, "Kullu"), (2000, "Mandi")],
        ),
        # no list after "each": one figure
        ("About 600 families each fled Kalehe and Minova.", [(600, "Kalehe")]),
    ],
)
def test_a_count_in_each_of_several_places_is_a_figure_for_each(run, sentence, expected):
    # (place:each)
    assert [(f.value, f.location) for f in run(sentence)] == expected


@pytest.mark.parametrize(
    "sentence,location",
    [
        ("About 3,000 people fled to Kiwanja, Kalengera and Rubare.", "Kiwanja"),
        ("Clashes displaced 1,500 households in Dawa and Moyale.", "Dawa"),
    ],
)
def test_a_small_town_listed_after_a_place_is_a_place(run, gazetteer, sentence, location):
    # (place:listed: "Moyale", "Rubare" alone, no preposition before them and too small to count bare, are named
    # in the list; the figure keeps the list's first)
    (figure,) = run(sentence)
    assert figure.location == location
    assert sentence.split()[-1].strip(".") in [m.text for m in _places_in(sentence, gazetteer)]


def test_a_river_listed_after_a_place_is_no_place(run, gazetteer):
    text = "In N'Djamena, 47,000 people have been displaced by the rising waters of the Chari and Logone rivers."
    (figure,) = run(text)
    assert figure.location == "N'Djamena"
    assert "Logone" not in [m.text for m in _places_in(text, gazetteer)]


def test_a_comma_alone_makes_no_list(run):
    (figure,) = run("In Goma, Caritas said 4,000 people had arrived.")
    assert (figure.location, figure.reporting_body) == ("Goma", "Caritas")


@pytest.mark.parametrize(
    "sentence,location",
    [
        (
            "Cambodian officials said more than 20,000 people living near the Thai border in Oddar Meanchey province "
            "had been moved to safer areas.",
            "Oddar Meanchey",
        ),
        ("About 4,000 displaced people are in camps along the Thai border in Kayin State.", "Kayin State"),
    ],
)
def test_a_border_named_by_a_nations_adjective_is_not_where_people_near_it_are(run, sentence, location):
    # (place:near-border)
    (figure,) = run(sentence)
    assert figure.location == location


def test_people_fleeing_a_cause_in_a_place_are_counted_where_they_are_hosted(run):
    # (place:origin-cause)
    (figure,) = run("Baidoa has received some 30,000 new IDPs fleeing drought in Bakool and Bay regions since August.")
    assert figure.location == "Baidoa"
    (figure,) = run("Some 40,000 IDPs fleeing fighting in Sennar have arrived in Gedaref.")
    assert figure.location == "Gedaref"


def test_the_verb_first_arrival_counts_where_they_arrived(run):
    # the verb and its town before the count (Arabic and French word order), the origin after the people
    (figure,) = run("arrived in Rabak more than 1,200 families who fled fighting in Sennar.")
    assert (figure.value, figure.location) == (1200, "Rabak")
    # people who fled to a town named after them keep the sentence's reading
    (figure,) = run("More than 1,200 families fled fighting in Sennar.")
    assert figure.location == "Sennar"


def test_a_country_people_crossed_into_is_their_place_over_a_town_of_another_country(run):
    (figure,) = run("Fighting in Sudan's El Geneina drove some 7,000 refugees to cross into neighbouring Chad.")
    assert figure.location == "Chad"


def test_a_place_named_after_the_country_people_crossed_into_is_where_they_are(run):
    (figure,) = run("Clashes in North Kivu's Rutshuru territory forced 3,500 people to cross into Uganda at Bunagana.")
    assert figure.location == "Bunagana"


def test_a_country_people_came_from_still_gives_way_to_the_town_they_reached(run):
    (figure,) = run("In Kakuma, 4,300 new arrivals from South Sudan were registered last month.")
    assert figure.location == "Kakuma"


def test_the_other_side_of_a_conflict_is_no_place(run):
    (figure,) = run("Some 2,600 people have left villages in southern Armenia over border conflicts with Azerbaijan.")
    assert figure.location == "Armenia"


def test_a_country_named_by_the_arms_of_its_forces_is_no_place(run):
    (figure,) = run("In Yemen, about 9,000 people were displaced last week by Saudi airstrikes, officials said.")
    assert figure.location == "Yemen"


def test_villages_named_by_their_country_s_adjective_are_in_that_country(run):
    (figure,) = run("Nearly 6,000 people have been displaced from southern Lebanese villages since the shelling began.")
    assert figure.location == "Lebanon"


def test_a_sea_is_no_place_nor_is_the_town_its_first_word_spells(run):
    (figure,) = run("Myanmar evacuated 40,000 people from islands in the Bay of Bengal ahead of the cyclone.")
    assert figure.location == "Myanmar"


def test_a_region_named_for_a_bay_is_a_place(run):
    (figure,) = run("About 1,800 residents were evacuated in the Bay of Plenty after the river burst its banks.")
    assert figure.location == "Bay of Plenty"


def test_a_faith_s_name_is_no_place(run):
    (figure,) = run("About 12,000 displaced people are sheltering in Buddhist monasteries in Sagaing.")
    assert figure.location == "Sagaing"


def test_a_pagoda_s_name_gives_way_to_the_town_it_is_in(run):
    (figure,) = run("Some 90 villagers took refuge at the Shwe Taung Oo pagoda in Minbya town.")
    assert figure.location == "Minbya"


def test_the_town_people_came_from_is_not_where_the_next_figure_is(run):
    (_, figure) = run(
        "In Dadu, 3,000 people displaced by the floods are living in tents. Forty families from Khairpur Nathan Shah "
        "are at the school. In all, about 800 people have taken refuge in the school."
    )
    assert (figure.value, figure.location) == (800, "Dadu")


def test_a_division_in_brackets_after_a_place_gives_way_to_that_place(run):
    (figure,) = run("The landslide in Garut Regency (West Java) has displaced 230 people.")
    assert figure.location == "Garut"
    # a division standing alone is still the place
    (figure,) = run("The landslide in West Java has displaced 230 people.")
    assert figure.location == "West Java"


def test_a_temporary_accommodation_site_s_name_gives_way_to_its_town(run):
    (figure,) = run("Some 650 people are sheltering at the Eduardo Mondlane temporary accommodation site in Chimoio.")
    assert figure.location == "Chimoio"
    # with no town named besides it, a site the gazetteer does not know is no town either
    (figure,) = run("Some 650 people are sheltering at a temporary accommodation site in Chimoio.")
    assert figure.location == "Chimoio"


def test_where_a_storm_went_in_a_clause_about_it_is_not_where_the_people_are(run):
    text = (
        "Some 30,000 people fled to shelters in Chittagong ahead of Cyclone Hamoon, which had already struck Myanmar."
    )
    (figure,) = run(text)
    assert figure.location == "Chittagong"
    # a place the people went to after the storm is still theirs
    (figure,) = run("Some 30,000 people fled to shelters in Chittagong after Cyclone Hamoon struck.")
    assert figure.location == "Chittagong"


def test_people_from_a_village_who_entered_a_town_are_counted_in_the_town(run):
    (figure,) = run("Some 640 households (3,100 individuals) from Kiwanja entered Rutshuru town on Tuesday, IOM said.")
    assert (figure.value, figure.unit, figure.location) == (640, "household", "Rutshuru")
    # fighters who entered a town are no arrival of the people counted
    (figure,) = run("Fighters entered Nyanzale after 3,000 people from Kibirizi had fled.")
    assert (figure.value, figure.location) == (3000, "Kibirizi")


def test_land_counted_after_and_keeps_its_own_place(run):
    text = (
        "About 45,000 people in Sylhet have been left homeless and 80,000 hectares of paddy in Sunamganj were "
        "submerged."
    )
    (figure,) = run(text)
    assert (figure.value, figure.location) == (45_000, "Sylhet")
    # with no other place, the one after the houses is still the figure's
    (figure,) = run("Some 3,000 people were displaced and 400 houses were destroyed in Kasese.")
    assert (figure.value, figure.location) == (3000, "Kasese")


def test_an_office_s_field_after_for_is_no_place(run):
    (figure,) = run("The UN High Commissioner for Refugees said 7,500 people had crossed into Moldova.")
    assert (figure.value, figure.location) == (7500, "Moldova")
    # a known place after the title is still one
    (figure,) = run("The UN Special Envoy for Yemen said 8,000 people fled the fighting.")
    assert (figure.value, figure.location) == (8000, "Yemen")


def test_a_place_said_to_host_people_in_a_clause_about_it_is_theirs(run):
    (figure,) = run("Amman, which hosts some 660,000 refugees, fears a new influx if fighting reaches Daraa.")
    assert (figure.value, figure.location) == (660_000, "Amman")
    # a country that received people keeps the place inside it the sentence names
    (figure,) = run("Uganda has received more than 45,000 Congolese refugees in Kisoro.")
    assert figure.location == "Kisoro"


def test_people_already_in_a_camp_are_the_camp_s(run):
    found = run(
        "About 2,300 Sudanese crossed into Chad's Wadi Fira province last week, joining over 60,000 refugees "
        "already in Iridimi camp, UNHCR said."
    )
    assert [(f.value, f.location) for f in found] == [(2_300, "Wadi Fira"), (60_000, "Iridimi")]


def test_the_democratic_republic_of_the_congo_is_one_name(run):
    text = (
        "Clashes spread fear among the people of South Kivu, a province in the east of the Democratic Republic of "
        "the Congo. Some 21,000 people left their villages within a week, the UN said."
    )
    (figure,) = run(text)
    assert figure.location == "South Kivu"  # the province, not the country it lies in


def test_the_host_governing_a_count_over_a_place_named_in_another_clause(run):
    (figure,) = run("Kenya hosts more than 620,000 refugees, the second-largest refugee population in East Africa.")
    assert figure.location == "Kenya"
    (figure,) = run("Niger hosts some 300,000 refugees in the Diffa region.")
    assert figure.location == "Diffa"


@pytest.mark.parametrize("verb", ["had abandoned", "had deserted"])
def test_a_town_abandoned_is_the_place_even_when_no_gazetteer_knows_it(run, verb):
    (figure,) = run(f"About 3,500 residents {verb} Mbuvi after the attack on Sunday.")
    assert (figure.value, figure.location) == (3_500, "Mbuvi")
    (figure,) = run(f"About 3,500 residents {verb} their homes after the attack on Sunday.")
    assert figure.location is None


def test_a_division_named_after_a_town_inside_it_only_locates_the_town(run):
    (figure,) = run(
        "The number of people displaced from Kadugli and nearby villages in South Kordofan rose to 12,400, IOM said."
    )
    assert (figure.value, figure.location) == (12_400, "Kadugli")
    # a division named alone stays the figure's place
    (figure,) = run("The number of people displaced in South Kordofan rose to 12,400, IOM said.")
    assert figure.location == "South Kordofan"


def test_a_share_of_an_estimated_whole_keeps_the_whole_s_place(run):
    (figure,) = run("A third of the estimated 1.1 million displaced people in Mali are from the Mopti region.")
    assert (figure.value, figure.location) == (1_100_000, "Mali")


def test_people_entering_a_country_are_counted_there(run):
    (figure,) = run("Since the clashes in Kassala began, UNHCR has recorded more than 12,000 people entering Eritrea.")
    assert (figure.value, figure.location) == (12_000, "Eritrea")
    # vehicles entering a town are no people
    assert run("Some 400 trucks were seen entering Kassala.") == []


def test_a_town_people_fled_to_after_an_aside_is_where_they_are_counted(run):
    (figure,) = run(
        "Some 2,150 households have fled Bentiu, the capital of Unity State, to the nearby town of Rubkona, a "
        "local official said."
    )
    assert (figure.value, figure.location) == (2_150, "Rubkona")
    (figure,) = run("About 640 families had fled Kaga Bandoro for the town of Mbres, the agency said.")
    assert (figure.value, figure.location) == (640, "Mbres")
    # fleeing towards a town is no arrival there: the place they fled holds
    (figure,) = run("About 640 families had fled Kaga Bandoro towards Mbres, the agency said.")
    assert (figure.value, figure.location) == (640, "Kaga Bandoro")


@pytest.mark.parametrize("aside", ["a town north-east of", "a city of 90,000 people some way from"])
def test_a_place_that_only_locates_the_town_an_aside_describes_is_not_the_figure_s(run, aside):
    (figure,) = run(f"In Kaya, {aside} Ouagadougou, more than 2,300 people had arrived by Friday, officials said.")
    assert (figure.value, figure.location) == (2_300, "Kaya")
    # the same place named again outside the aside keeps its own figure
    first, second = run(
        "Some 2,300 people arrived in Kaya, a town near Ouagadougou, and 1,100 in Ouagadougou itself, officials said."
    )
    assert (first.location, second.value, second.location) == ("Kaya", 1_100, "Ouagadougou")


def test_a_figure_said_to_be_in_the_country_is_the_country_s(run):
    figures = run(
        "About 4,200 Burundian refugees have crossed into Tanzania's Kigoma region this month, bringing the "
        "number of Burundian refugees in the country to some 150,000."
    )
    assert [(f.value, f.location) for f in figures] == [(4_200, "Kigoma"), (150_000, "Tanzania")]
    (figure,) = run("Chad is one of the poorest places in Africa, with 400,000 people displaced inside the country.")
    assert (figure.value, figure.location) == (400_000, "Chad")
    # no country named by its kind: the region stands
    (figure,) = run("Some 4,200 refugees have arrived in Tanzania's Kigoma region this month, UNHCR said.")
    assert figure.location == "Kigoma"


def test_a_river_named_with_river_is_no_place_even_when_a_town_shares_its_name(run):
    (figure,) = run("Pasig's disaster office said 2,100 families were moved to shelters as the Marikina River rose.")
    assert (figure.value, figure.location) == (2_100, "Pasig")
    # people living along it: the town the river is named for
    (figure,) = run("Some 2,100 families living along the Marikina River were moved to shelters, officials said.")
    assert figure.location == "Marikina"


# The grid of place roles: a count of people tied to two places by verbs, prepositions and word orders, with the
# place to give it the convention's: where they arrived when they arrived, where they returned to when they
# returned, else where they were displaced; a place of an attack or of fighting is not theirs. Every sentence here
# was written for the grid; `{X}` is the figure's place and `{Y}` the other one.
_ROLE_TARGETS = [("Chad", "Chad"), ("Ouaddaï province", "Ouaddaï"), ("Adré", "Adré"), ("Farchana camp", "Farchana")]
_ROLE_OTHERS = ["El Geneina", "Sudan"]
_ROLE_FRAMES = {
    # arrival and refuge
    "arrived-in-from": "About 2,400 people arrived in {X} from {Y} this week.",
    "arrived-from-in": "About 2,400 people arrived from {Y} in {X} this week.",
    "who-fled-reached": "About 2,400 people who fled {Y} reached {X} this week.",
    "fleeing-have-reached": "About 2,400 people fleeing {Y} have reached {X}.",
    "fled-to": "About 2,400 people fled {Y} to {X} this week.",
    "fled-from-to": "About 2,400 people fled from {Y} to {X} this week.",
    "fled-from-into": "About 2,400 people fled from {Y} into {X} this week.",
    "crossed-into-from": "About 2,400 people crossed into {X} from {Y} this week.",
    "sought-refuge-after-fleeing": "About 2,400 people have sought refuge in {X} after fleeing {Y}.",
    "sheltering-after-fleeing": "About 2,400 people are sheltering in {X} after fleeing {Y}.",
    "displaced-from-settled-in": "About 2,400 people displaced from {Y} have settled in {X}.",
    "evacuated-from-to": "About 2,400 people were evacuated from {Y} to {X}.",
    "relocated-to-from": "About 2,400 people were relocated to {X} from {Y}.",
    "fleeing-entered": "About 2,400 people fleeing {Y} entered {X} this week.",
    "fronted-arrived-from": "In {X}, about 2,400 people have arrived from {Y} this week.",
    "host-received-from": "{X} has received about 2,400 refugees from {Y} this week.",
    "from-took-refuge-in": "About 2,400 refugees from {Y} have taken refuge in {X}.",
    "fled-to-from": "About 2,400 people fled to {X} from {Y} this week.",
    "escaped-and-arrived": "About 2,400 people escaped {Y} and arrived in {X} on Monday.",
    "fled-fighting-staying-in": "About 2,400 people who fled fighting in {Y} are now staying in {X}.",
    "hosted-by": "About 2,400 refugees from {Y} are hosted by {X}.",
    # return
    "returned-to-from": "About 2,400 people returned to {X} from {Y} this week.",
    "returned-from-to": "About 2,400 people have returned from {Y} to {X}.",
    "gone-back-to-from": "About 2,400 refugees have gone back to {X} from {Y}.",
    # where they were displaced, beside a place that is not theirs
    "displaced-after-attack-on": "About 2,400 people were displaced in {X} after an attack on {Y}.",
    "fled-to-after-fighting-near": "About 2,400 people fled to {X} after fighting near {Y} that killed 30 people.",
    "fronted-fighting-near-fled-to": "After fighting near {Y} that killed 30 people, about 2,400 people fled to {X}.",
    "remain-displaced-after-attack": "About 2,400 people remain displaced in {X}, a month after the attack on {Y}.",
}
_ORIGIN_FRAMES = {
    # the only place named is the one they left: where they were displaced
    "fled": "About 2,400 people fled {X} this week.",
    "driven-out-of": "About 2,400 people were driven out of {X} this week.",
    "left-homes-in": "About 2,400 people have left their homes in {X}.",
    "residents-of": "About 2,400 residents of {X} fled this week.",
}


@pytest.mark.parametrize("other", _ROLE_OTHERS)
@pytest.mark.parametrize("target,expected", _ROLE_TARGETS)
@pytest.mark.parametrize("frame", list(_ROLE_FRAMES))
def test_the_grid_of_place_roles_gives_the_figure_its_own_place(run, frame, target, expected, other):
    if target == "Chad" and other == "El Geneina" and "attack" in frame:
        # a town of another country beside a country is taken for a namesake inside it, unresolved, and the country
        # gives way to it (extraction.places._same_country): not yet told from where the people are
        pytest.xfail("a town of another country beside a country is read as a namesake inside it")
    sentence = _ROLE_FRAMES[frame].format(X=target, Y=other)
    figures = [f for f in run(sentence) if f.value == 2_400]
    assert [f.location for f in figures] == [expected], sentence


@pytest.mark.parametrize("target,expected", _ROLE_TARGETS)
@pytest.mark.parametrize("frame", list(_ORIGIN_FRAMES))
def test_the_grid_of_place_roles_the_place_left_when_it_is_the_only_one(run, frame, target, expected):
    sentence = _ORIGIN_FRAMES[frame].format(X=target)
    figures = [f for f in run(sentence) if f.value == 2_400]
    assert [f.location for f in figures] == [expected], sentence


@pytest.mark.parametrize(
    "sentence,expected",
    [
        # nesting: the innermost place named
        ("About 2,400 people were displaced in Kalehe territory of South Kivu province, Congo.", "Kalehe"),
        ("About 2,400 people were displaced in Kalehe, South Kivu province, this week.", "Kalehe"),
        ("About 2,400 people were displaced in Congo's South Kivu province this week.", "South Kivu"),
        ("Floods in Congo displaced about 2,400 people in Kalehe territory this week.", "Kalehe"),
        # across countries: the country they went into
        ("About 2,400 people fled Sudan into Chad this week.", "Chad"),
        ("About 2,400 people crossed from Sudan into Chad this week.", "Chad"),
        ("About 2,400 people fled South Sudan into Uganda this week.", "Uganda"),
        ("About 2,400 Sudanese refugees fled into Chad this week.", "Chad"),
        # where the displaced are
        ("Chad's 2,400 displaced people face a lean season.", "Chad"),
        ("About 2,400 IDPs are staying in and around Adré this month.", "Adré"),
        ("About 2,400 displaced people are in Adré's camps.", "Adré"),
    ],
)
def test_the_grid_of_place_roles_nesting_and_crossing(run, sentence, expected):
    figures = [f for f in run(sentence) if f.value == 2_400]
    assert [f.location for f in figures] == [expected], sentence


@pytest.mark.parametrize("when", ["since", "after", "when"])
@pytest.mark.parametrize("acted", ["launched air raids on", "stepped up its shelling of", "began a ground push into"])
def test_a_country_acting_in_a_clause_of_time_is_not_where_the_people_are(run, when, acted):
    sentence = f"Lebanese officials say about 2,400 villagers have left their homes {when} Israel {acted} the south."
    assert [f.location for f in run(sentence) if f.value == 2_400] == ["Lebanon"]
    fronted = (
        f"{when.capitalize()} Israel {acted} the south, about 2,400 villagers have left their homes, officials say."
    )
    assert [f.location for f in run(fronted) if f.value == 2_400] == [None]  # no place named for them


@pytest.mark.parametrize(
    "spoke",
    [
        "declared in Maradi that",
        "said on Monday in Maradi that",
        "told reporters in Maradi that",
        "stated in Maradi, that",
    ],
)
def test_the_town_a_speaker_spoke_in_is_not_where_the_people_are(run, spoke):
    sentence = f"The governor {spoke} some 2,400 villagers had fled their farms across Niger this season."
    assert [f.location for f in run(sentence) if f.value == 2_400] == ["Niger"]
    # the only place named stays
    (figure,) = run(f"The governor {spoke} some 2,400 villagers had fled their farms this season.")
    assert figure.location == "Maradi"


@pytest.mark.parametrize("home", ["Adré residents", "residents of Adré", "Adré villagers"])
def test_a_camp_does_not_give_way_to_the_town_named_as_the_people_s_home(run, home):
    figures = run(f"Hundreds of {home} fled on Monday, and 900 people were sheltering in Farchana camp.")
    assert [(f.value, f.location) for f in figures if f.value == 900] == [(900, "Farchana")]


def test_a_country_crossed_into_keeps_its_figure_when_a_later_count_names_a_town_in_it(run):
    sentence = (
        "Some 2,400 people have crossed into Chad this year, with as many as 650 a day reaching the border at Adré."
    )
    assert [f.location for f in run(sentence) if f.value == 2_400] == ["Chad"]


# A grid of place mentions: kinds of place x forms of their names x positions in a sentence. Each sentence is made
# up; the place as written must come back whole (not a word of it that some town elsewhere is called), and a name
# the gazetteer holds resolves to its country.
_GRID_FRAMES = [
    "There are 18,000 displaced people in {place}.",
    "In {place}, some 4,300 families were displaced on Tuesday.",
    "About 2,700 people fled from {place} after the attack.",
    "Nearly 9,100 IDPs have arrived in {place} since May, officials said.",
    "Floods displaced 3,600 people in {place} on Friday.",
]
# towns the worldwide names hold, in the forms reporting writes them
_GRID_KNOWN = [
    ("Cox's Bazar", "BD"),
    ("Cox’s Bazar", "BD"),
    ("Wad Madani", "SD"),
    ("Wad Medani", "SD"),
    ("Port Sudan", "SD"),
    ("Deir ez-Zor", None),  # a loaded region of the shipped sample: the region, no country code
    ("El Fasher", "SD"),
    ("El-Fasher", "SD"),
    ("Dera Ismail Khan", "PK"),
    ("Kaga Bandoro", "CF"),
    ("Saint-Marc", "HT"),
    ("St. Marc", "HT"),
    ("St Marc", "HT"),
    ("Kousséri", "CM"),
    ("Kousseri", "CM"),
    ("Khan Younis", "PS"),
    ("Ta'iz", "YE"),
]
# names no gazetteer holds whole, one word of which is a town's name somewhere else
_GRID_UNKNOWN = ["Dolo Ado", "Mai Aini", "Kokoro Bala"]
# the kind words a site or a small place is written with, around a name the gazetteer lacks
_GRID_KINDS = [
    "{name} camp",
    "the {name} camp",
    "the {name} refugee camp",
    "the {name} IDP camp",
    "the {name} gathering site",
    "the {name} displacement site",
    "the village of {name}",
    "{name} village",
    "{name} locality",
    "{name} township",
    "{name} sub-county",
    "{name} ward",
    "{name} commune",
    "{name} settlement",
]


def _first_place(run, sentence):
    figures = run(sentence[0].upper() + sentence[1:])
    assert figures, sentence
    return figures[0].location, figures[0].country


@pytest.mark.parametrize("frame", _GRID_FRAMES)
@pytest.mark.parametrize("name,country", _GRID_KNOWN)
def test_grid_a_known_town_in_any_written_form_is_found_whole_in_its_country(run, frame, name, country):
    location, found = _first_place(run, frame.format(place=name))
    assert name_key(location) in name_key(name) and len(location) >= len(name) - 4, location
    assert found == country


@pytest.mark.parametrize("frame", _GRID_FRAMES)
@pytest.mark.parametrize("name", _GRID_UNKNOWN)
def test_grid_a_longer_name_no_gazetteer_holds_is_not_cut_to_a_known_word(run, frame, name):
    assert _first_place(run, frame.format(place=name)) == (name, None)


_HOSTS_FRAME = "{place} hosts 12,400 displaced people, the agency said."
# (a village hosting is read by the roles, not here)
_GRID_FRAME_KIND = [(frame, kind) for frame in _GRID_FRAMES for kind in _GRID_KINDS] + [
    (_HOSTS_FRAME, kind)
    for kind in _GRID_KINDS
    if not kind.startswith(("the village", "{name} village", "{name} locality"))
]


@pytest.mark.parametrize("frame,kind", _GRID_FRAME_KIND)
@pytest.mark.parametrize("name", ["Zamzam", "Tawila", "Kokoro Bala"])
def test_grid_a_site_or_village_named_with_its_kind_is_the_place(run, frame, kind, name):
    assert _first_place(run, frame.format(place=kind.format(name=name)))[0] == name


def test_a_name_with_a_kind_day_or_owner_after_a_known_town_keeps_the_town(run):
    # a known town followed by a kind, a weekday or a title is still the town, resolved
    assert _first_place(run, "Some 2,400 people fled to Goma Town last week.") == ("Goma", "CD")
    assert _first_place(run, "Some 2,400 people were displaced in Goma Thursday, officials said.") == ("Goma", "CD")
    near_volcano = "About 5,100 people were evacuated near Taal Volcano in Batangas province."
    assert _first_place(run, near_volcano)[0] == "Batangas"


@pytest.mark.parametrize(
    "text,location,country",
    [
        # a town of the same name in several countries is the one in the country the text named before
        (
            "In Pakistan, the rains reached Sindh on Sunday. Roughly 4,870 people evacuated to Hyderabad overnight.",
            "Hyderabad",
            "PK",
        ),
        ("Fighting flared in Cameroon's far north. About 3,300 people fled to Mora overnight.", "Mora", "CM"),
        ("Benin's north saw raids last month. Nearly 1,700 displaced people have since reached Kandi.", "Kandi", "BJ"),
        # the sentence's own country still comes first
        ("India was spared the storm. Floods in Pakistan displaced 5,000 people in Hyderabad.", "Hyderabad", "PK"),
    ],
)
def test_a_town_named_in_several_countries_is_the_one_in_the_country_the_text_names(run, text, location, country):
    (figure,) = run(text)
    assert (figure.location, figure.country) == (location, country)


@pytest.mark.parametrize(
    "text,location,country",
    [
        # a town named by its residents, of any size the gazetteer holds
        ("About 1,600 displaced Lahaina residents have moved into rented flats, the county said.", "Lahaina", "US"),
        ("Mokwa's 2,300 residents were told to leave before the dam gave way, officials said.", "Mokwa", "NG"),
        # a disaster named after the town it struck, opening the sentence
        ("The Mokwa flood left 2,750 people homeless, the state agency said.", "Mokwa", "NG"),
        # a town an attack hit, when the sentence names no other place
        (
            "Armed groups attacked Mirebalais at dawn, and some 4,800 people fled the town, officials said.",
            "Mirebalais",
            "HT",
        ),
        # a zone named by its compass point alone is found by the division that owns it
        ("Dry spells uprooted 14,500 people in Tigray's Eastern zone, officials said.", "Tigray", "ET"),
    ],
)
def test_a_place_named_by_its_residents_its_disaster_an_attack_or_as_the_owner_of_a_compass_zone(
    run, text, location, country
):
    (figure,) = run(text)
    assert (figure.location, figure.country) == (location, country)


def test_a_place_an_attack_hit_gives_way_to_the_place_the_people_are_in(run):
    (figure,) = run("In Zamfara State, 1,900 people were displaced after bandits attacked Kokoro on Sunday, SEMA said.")
    assert figure.location == "Zamfara State"


# more positions of the grid: a place as the subject of hosting or receiving, and after the verbs and nouns that name
# where people live, went or fled from
_GRID_MORE_FRAMES = [
    "{place} hosts 12,400 displaced people, the agency said.",
    "Since June, {place} has received 7,700 displaced people.",
    "Some 3,100 residents of {place} were evacuated on Monday.",
    "About 2,200 people fleeing {place} reached the border.",
    "Some 5,300 displaced people are sheltering in the {place} area.",
    "Roughly 1,900 families moved towards {place} last week.",
    "Around 6,500 people were displaced when gunmen raided {place}.",
]


@pytest.mark.parametrize("frame", _GRID_MORE_FRAMES)
@pytest.mark.parametrize(
    "name", ["Ras al-Ain", "Santa Cruz del Norte", "al-Mawasi", "Kokoro Bala", "Dolo Ado", "St. Marc"]
)
def test_grid_a_name_joined_by_an_article_or_a_particle_is_found_whole_in_every_position(run, frame, name):
    location = _first_place(run, frame.format(place=name))[0]
    assert location is not None and name_key(location) == name_key(name)


# Several counts in one sentence, each with its own place: the place written right after a count is that count's,
# not the one closing the clause before it.
@pytest.mark.parametrize(
    "sentence",
    [
        "Some 3,000 refugees arrived in Adré, 1,200 in Farchana and 800 in Goré this week.",
        "Floods left 3,000 villagers displaced in Adré, 1,200 in Farchana and 800 in Goré.",
        "Some 3,000 refugees arrived in Adré, 1,200 in Farchana, and 800 in Goré this week.",
        "Some 3,000 people fled to Adré, about 1,200 to Farchana and 800 to Goré.",
        "Some 3,000 IDPs are staying in Adré, 1,200 in Farchana and 800 in Goré.",
    ],
)
def test_the_grid_of_several_counts_each_with_its_own_place(run, sentence):
    figures = [(f.value, f.location) for f in run(sentence)]
    assert figures == [(3_000, "Adré"), (1_200, "Farchana"), (800, "Goré")], sentence


@pytest.mark.parametrize(
    "tail,expected",
    [
        ("and 650 were counted at Adré", "Adré"),
        ("and 650 at Adré", "Adré"),
        ("and 650 more were registered in Adré", "Adré"),
        # a month closing the clause before, or after the count, is no place: the sentence's place holds
        ("and 650 in June", "Chad"),
    ],
)
def test_a_count_of_a_list_is_not_given_the_month_that_closes_the_clause_before_it(run, tail, expected):
    sentence = f"About 2,400 people crossed into Chad in May, {tail}."
    assert [(f.value, f.location) for f in run(sentence)] == [(2_400, "Chad"), (650, expected)], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "About 2,400 people arrived in Adré this week, and 900 more reached Farchana camp.",
        "About 2,400 people arrived in Adré, and 900 more have arrived at Farchana camp.",
        "Some 2,400 refugees reached Adré on Monday and 900 more entered Farchana camp.",
        "Some 2,400 refugees reached Adré on Monday; 900 more arrived in Farchana camp.",
    ],
)
def test_more_of_the_same_people_are_counted_at_the_camp_they_reached(run, sentence):
    assert [(f.value, f.location) for f in run(sentence)] == [(2_400, "Adré"), (900, "Farchana")], sentence


@pytest.mark.parametrize(
    "verb", ["are hosted by", "are hosted in", "were sheltered in", "are now housed at", "have been hosted by"]
)
def test_refugees_hosted_somewhere_are_counted_where_they_are_hosted(run, verb):
    figures = run(f"About 2,400 refugees from Sudan {verb} Farchana camp, the agency said.")
    assert [(f.value, f.location) for f in figures] == [(2_400, "Farchana")]


def test_an_agency_hosting_refugees_is_no_place(run):
    figures = run("About 2,400 refugees are hosted by UNHCR in Adré this month.")
    assert [(f.value, f.location) for f in figures] == [(2_400, "Adré")]


@pytest.mark.parametrize("people", ["residents", "villagers", "inhabitants"])
@pytest.mark.parametrize("town", ["Adré", "Kalemie", "El Geneina"])
def test_people_named_by_their_town_before_their_noun_are_a_figure_of_that_town(run, people, town):
    (figure,) = run(f"About 2,400 {town} {people} fled this week, the agency said.")
    assert (figure.value, figure.location) == (2_400, town)
    # where they went is theirs when the text names it
    (figure,) = run(f"About 2,400 {town} {people} fled to Goré this week, the agency said.")
    assert (figure.value, figure.location) == (2_400, "Goré")


@pytest.mark.parametrize(
    "division,kind,country",
    [
        ("Tanganyika", "province", "DR Congo"),
        ("Ouaddaï", "province", "Chad"),
        ("Tigray", "region", "Ethiopia"),
        ("Kayes", "region", "Mali"),
    ],
)
def test_a_division_named_by_its_kind_and_its_country_is_the_place(run, division, kind, country):
    figures = run(f"Floods left 4,000 families homeless in the {division} {kind} of {country} on Tuesday.")
    assert [(f.value, f.location) for f in figures] == [(4_000, division)]
    # an island of a place that is no country: the name after "of" stays the place
    figures = run("Some 4,000 villagers were evacuated by boat from the Indonesian island of Flores overnight.")
    assert [f.location for f in figures] == ["Flores"]


@pytest.mark.parametrize(
    "left,went",
    [
        ("fled from the Kalemie area to", "the Moba area"),
        ("fled from the Kalemie border area to", "the Moba area"),
        ("were evacuated from the Kalemie territory to", "the Moba area"),
        ("moved out of the Kalemie area to", "Moba"),
    ],
)
def test_people_who_left_an_area_are_counted_in_the_area_they_went_to(run, left, went):
    figures = run(f"About 4,000 people {left} {went} on Sunday.")
    assert [(f.value, f.location) for f in figures] == [(4_000, "Moba")]


@pytest.mark.parametrize(
    "sentence",
    [
        "In Adré, 3,000 people have arrived, and in Farchana, 1,200.",
        "Some 3,000 refugees have arrived in Adré, and in Farchana, another 1,200.",
        "At Adré, 3,000 refugees were registered this month, and at Farchana, some 1,200.",
    ],
)
def test_a_clause_fronted_by_its_own_place_and_count_keeps_that_place_from_the_count_before(run, sentence):
    assert [(f.value, f.location) for f in run(sentence)] == [(3_000, "Adré"), (1_200, "Farchana")], sentence


# The place a figure takes from the sentences before it, when its own sentence names none or names it again only by
# a common noun: a list of districts hands on the division named before as their container, a neighbour named as
# where trouble came from hands on nothing, "the camp" is the site the sentence before opens with (a region a
# comparison is made in is no place), and "his city" or "the town" is the town whose mayor the text names. Every
# sentence was written for this grid; the last cells are near-misses that must keep the place they had.
_PLACE_BEFORE_GRID = [
    # a list of districts of one division, the division named before
    (
        "Heavy rain has flooded 14 districts of Bihar state. The districts of Darbhanga, Madhubani, Supaul and "
        "Saharsa are the hardest hit. About 4,200 people have taken shelter in 31 relief camps.",
        4200,
        "Bihar",
    ),
    (
        "Floods hit Sindh province this week. Dadu, Jamshoro and Larkana districts are under water. Some 9,000 "
        "families were evacuated on Monday.",
        9000,
        "Sindh",
    ),
    (
        "Storms battered Kerala on Sunday. Rain fell heaviest in Kottayam and Idukki. Officials said 3,100 people "
        "were moved to relief camps.",
        3100,
        "Kerala",
    ),
    # a neighbour named as where the trouble came from
    (
        "Niger has faced an insurgency that spread from neighbouring Mali a decade ago. More than 300,000 people "
        "have fled their homes.",
        300000,
        "Niger",
    ),
    (
        "Chad has been hit by violence that spilled over from neighbouring Sudan. Over 50,000 people were displaced "
        "this year.",
        50000,
        "Chad",
    ),
    # a site opening the sentence before, then "the camp"; the region it is compared in is no place
    (
        "Kakuma lies in the far north-west of the country. The camp, among the biggest in East Africa, hosts more "
        "than 190,000 refugees.",
        190000,
        "Kakuma",
    ),
    (
        "Mbera serves as a refuge for families escaping the war. The camp, among the busiest in the Sahel, is home "
        "to more than 60,000 people.",
        60000,
        "Mbera",
    ),
    (
        "Kakuma lies in the far north-west of the country. The camp has taken in 19,000 refugees who fled from "
        "South Sudan.",
        19000,
        "Kakuma",
    ),
    # "his city", "the town": the town whose mayor the text names, not a place inside a quotation
    (
        '"Nobody in Romagna remembers a night like this," said Forli Mayor Gian Luca Zattini, adding that 4,000 '
        "people had been evacuated from his city.",
        4000,
        "Forli",
    ),
    ("According to Lugo Mayor Davide Ranalli, 900 residents were taken out of the town on Tuesday.", 900, "Lugo"),
    ("Lugo Mayor Davide Ranalli spoke on the radio. He said 900 residents were taken out of the town.", 900, "Lugo"),
    ("The Faenza mayor said 1,800 residents were bused out of the city overnight.", 1800, "Faenza"),
    # near-misses
    ("Floods hit Sindh province this week. Dadu district is under water. Some 9,000 families fled.", 9000, "Dadu"),
    (
        "The districts of Darbhanga, Madhubani and Saharsa are the worst hit. About 4,200 people were evacuated.",
        4200,
        "Saharsa",
    ),
    ("Floods hit Bihar last week. In Darbhanga, 2,000 people were evacuated.", 2000, "Darbhanga"),
    (
        "Some 40,000 people fled their homes, one of the largest displacements in Darfur this year.",
        40000,
        "Darfur",
    ),
    ("Sudan has been at war for a year. The camp hosts 9,000 refugees who fled the fighting.", 9000, "Sudan"),
    ("The Faenza mayor said 1,800 residents were bused out of the city of Ravenna.", 1800, "Ravenna"),
    ("Mayor Ana Ruiz said 700 people in Lorca were sheltering in the town hall.", 700, "Lorca"),
]


@pytest.mark.parametrize("text,value,location", _PLACE_BEFORE_GRID)
def test_the_place_before_a_figure_by_container_site_or_office(run, text, value, location):
    (figure,) = [f for f in run(text) if f.value == value]
    assert name_key(figure.location or "") == name_key(location), figure.location


# A count of people taken to kinds of building, "including schools within Albay": the kinds are no part of the figure,
# so the place after them is the figure's, not a town named before for another count of the same sentence. A count
# after "including" is a part, and keeps its own place.
_SITES_INCLUDED_GRID = [
    (
        "The office said 1,100 families were moved to shelters in Guinobatan town, and at least 3,400 families from "
        "other villages were being taken to evacuation centres, including public schools within Albay.",
        3400,
        "Albay",
    ),
    (
        "Some 600 families were moved to shelters in Ligao, while 2,500 more were taken to evacuation centres, "
        "including gyms and schools, in Sorsogon.",
        2500,
        "Sorsogon",
    ),
    (
        "About 900 people were moved to shelters in Tabaco, and about 2,500 families were relocated to evacuation "
        "centres including public schools within Albay.",
        2500,
        "Albay",
    ),
    # near-misses: a part with its own count; people, not buildings
    ("Close to 9,000 residents left their homes across Albay, including 2,100 in Legazpi.", 9000, "Albay"),
    ("Close to 9,000 residents left their homes across Albay, including 2,100 in Legazpi.", 2100, "Legazpi"),
    ("Roughly 5,000 residents fled their homes in Albay, including families in Legazpi.", 5000, "Albay"),
]


@pytest.mark.parametrize("text,value,location", _SITES_INCLUDED_GRID)
def test_the_place_after_the_kinds_of_building_people_were_taken_to_is_the_figure_s(run, text, value, location):
    (figure,) = [f for f in run(text) if f.value == value]
    assert figure.location == location


# Places a count's own clause does not give it: a place only a quoted speaker names (the text's place before stands,
# unless the count's clause says "there"), a town a second clause with its own verb is about; and the place people
# went to after a list of the places they left.
_OTHER_CLAUSE_GRID = [
    (
        'Floods reached Faenza overnight. "Water like this was never seen in Bologna," a regional official said, '
        "adding that 2,300 people were evacuated.",
        2300,
        "Faenza",
    ),
    (
        "Rain kept falling on Cesena. “Nobody in Ravenna remembers a night like this,” the prefect said, and about "
        "1,700 residents were moved to gyms.",
        1700,
        "Cesena",
    ),
    (
        "Heavy rain fell on Tarapacá Region. So far, 900 residents had to flee and the town of Camiña was cut off by "
        "mud.",
        900,
        "Tarapacá",
    ),
    (
        "Heavy rain fell on Tarapacá Region. So far, 900 people were evacuated, and the village of Camiña was left "
        "without water.",
        900,
        "Tarapacá",
    ),
    ("Some 40,000 people have fled from Kibumba, Rugari and Kanyabayonga to Goma since Monday.", 40000, "Goma"),
    # near-misses: the count inside the quotation, a place outside it, "there", a town that is the count's own
    ('"We have moved 2,300 residents out of Cesena," the mayor said.', 2300, "Cesena"),
    (
        "“Nobody in Ravenna remembers a night like this,” the prefect said, and 1,700 residents of Lugo were moved "
        "to gyms.",
        1700,
        "Lugo",
    ),
    (
        "Fighting spread to Kutum. “Every school in Tawila is full,” a volunteer said, adding that 6,200 families "
        "had arrived there in a week.",
        6200,
        "Tawila",
    ),
    ("So far, 900 residents of the town of Camiña were evacuated to the school.", 900, "Camiña"),
]


@pytest.mark.parametrize("text,value,location", _OTHER_CLAUSE_GRID)
def test_a_place_of_a_quotation_or_of_another_clause_is_not_the_count_s(run, text, value, location):
    (figure,) = [f for f in run(text) if f.value == value]
    assert figure.location == location


# More of "the camp" after a site named the sentence before: its name with "The" and its kind, a settlement, and
# people counted with the place they fled from (not where they are). A sentence before that opens with an
# organisation hands on no site.
_SITE_BEFORE_GRID = [
    (
        "The Goudoubo camp was opened in 2012. Today the camp shelters more than 9,400 refugees who fled from Mali.",
        9400,
        "Goudoubo",
    ),
    (
        "Nakivale settlement was founded in 1958. The settlement hosts 140,000 refugees from Congo and Burundi.",
        140000,
        "Nakivale",
    ),
    ("Dadaab sits near the Somali border. The camp now shelters some 210,000 refugees.", 210000, "Dadaab"),
    (
        "Minawao camp lies in the Far North region. In 2023, the camp was home to more than 70,000 Nigerian refugees.",
        70000,
        "Minawao",
    ),
    ("UNHCR is working in Kenya. The camp hosts more than 190,000 refugees.", 190000, "Kenya"),
]


@pytest.mark.parametrize("text,value,location", _SITE_BEFORE_GRID)
def test_the_camp_is_the_site_the_sentence_before_opens_with(run, text, value, location):
    (figure,) = [f for f in run(text) if f.value == value]
    assert figure.location == location


# A sentence with no place of its own that names the level of a place named before, "across the state", "throughout
# the province", "in the district alone", "across the country": that place, not the last one named. With a place
# of its own, or no level named, the sentence reads as before.
_LEVEL_AGAIN_GRID = [
    ("Floods hit Dhemaji district in Assam on Monday. Across the state, 12,000 people were evacuated.", 12000, "Assam"),
    (
        "Rain lashed Dadu in Sindh province. Throughout the province, some 8,000 families fled the rising water.",
        8000,
        "Sindh",
    ),
    (
        "Clashes broke out in Kalehe in South Kivu. Across the province, 40,000 residents were uprooted from May on.",
        40000,
        "South Kivu",
    ),
    ("A cyclone struck Beira in Mozambique. Across the country, 140,000 people were displaced.", 140000, "Mozambique"),
    (
        "Storms hit Dhemaji district in Assam. In the district alone, 3,000 villagers went into relief camps.",
        3000,
        "Dhemaji",
    ),
    # near-misses
    (
        "Floods hit Dhemaji district in Assam on Monday. Across the state, 12,000 people were evacuated to Guwahati.",
        12000,
        "Guwahati",
    ),
    ("Floods hit Dhemaji district in Assam on Monday. About 12,000 people were evacuated.", 12000, "Assam"),
]


@pytest.mark.parametrize("text,value,location", _LEVEL_AGAIN_GRID)
def test_the_level_of_a_place_named_again_is_that_place(run, text, value, location):
    (figure,) = [f for f in run(text) if f.value == value]
    assert figure.location == location


# More levels named again: "the city", and the sites a level owns ("the governorate's camps", "the city's schools"),
# also when the only place of the count's sentence is where the people came from.
_LEVEL_SITES_GRID = [
    (
        "The camps unit in Marib met on Sunday. It said 900 families had reached the governorate's camps since June, "
        "mainly from Al Jawf.",
        900,
        "Marib",
    ),
    ("A cyclone hit Beira in Sofala province. Across the city, 5,000 people fled to higher ground.", 5000, "Beira"),
    ("A cyclone hit Beira in Sofala province. About 5,000 evacuees now sleep in the city's schools.", 5000, "Beira"),
    # near-misses: no level named; a place of the count's own that is no origin
    # (the town written with its division is the place before: "Beira", test_a_town_written_with_its_division_…)
    ("A cyclone hit Beira in Sofala province. About 5,000 people fled to higher ground.", 5000, "Beira"),
    ("A cyclone hit Beira in Sofala province. About 5,000 people from Dondo fled to the city hall.", 5000, "Dondo"),
]


@pytest.mark.parametrize("text,value,location", _LEVEL_SITES_GRID)
def test_a_level_and_the_sites_it_owns_named_again_are_the_place_before(run, text, value, location):
    (figure,) = [f for f in run(text) if f.value == value]
    assert figure.location == location


# An office a level owns, "the province's flood control office", "the state's disaster management authority", "the
# city's mayor", in a sentence with no place of its own: the place of that level named before (up to two sentences
# back, past a country a storm was heading to).
_LEVEL_OFFICE_GRID = [
    (
        "Typhoon Koinu brought heavy rain to Guangdong Province on Sunday. It was heading west towards Vietnam. The "
        "province's flood control office ordered 3,100 residents to leave low-lying areas.",
        3100,
        "Guangdong Province",
    ),
    (
        "Rain fell for days on Kochi Prefecture in Shikoku. The prefecture's officials said 4,000 people were "
        "evacuated.",
        4000,
        "Kochi Prefecture",
    ),
    (
        "Floods hit Dhemaji district in Assam. The state's disaster management authority said 12,000 villagers had "
        "gone to relief camps.",
        12000,
        "Assam",
    ),
    (
        "A cyclone hit Beira in Sofala province. The city's mayor said 5,000 residents had fled the rising river.",
        5000,
        "Beira",
    ),
    # near-miss: a place of the count's own
    (
        "Floods hit Dhemaji district in Assam. The state's disaster management authority said 12,000 villagers had "
        "gone to relief camps in Guwahati.",
        12000,
        "Guwahati",
    ),
]


@pytest.mark.parametrize("text,value,location", _LEVEL_OFFICE_GRID)
def test_an_office_of_a_level_named_again_gives_the_place_of_that_level(run, text, value, location):
    (figure,) = [f for f in run(text) if f.value == value]
    assert figure.location == location


# A country's war in a clause of time ("built once Mali's war started") is no place of the count when the
# sentence names another; named alone, it stays.
_WAR_BEGAN_GRID = [
    (
        "Mbera serves as a refuge for families escaping the war. Built once Mali's war started, the camp, "
        "among the biggest in the Sahel, shelters more than 60,000 refugees.",
        60000,
        "Mbera",
    ),
    ("Since Sudan's war broke out, 2.1 million people have crossed into Chad.", 2100000, "Chad"),
    ("Since Sudan's war erupted, 8 million people have been uprooted.", 8000000, "Sudan"),
]


@pytest.mark.parametrize("text,value,location", _WAR_BEGAN_GRID)
def test_a_country_s_war_in_a_clause_of_time_gives_way_to_another_place(run, text, value, location):
    (figure,) = [f for f in run(text) if f.value == value]
    assert figure.location == location


# What may stand as a figure's place. A name no gazetteer resolves stands only when it can be a place: not an
# organisation's, a ministry's or a government's name (nor the place inside one, when the sentence names another),
# not a shelter or a building, not ordinary words capitalised in a title or a table, not letters, not a continent or
# a world region when a country is named, not a people or a descent. Each with near-misses where the same shape is
# the place: a camp named as the place, a town no gazetteer knows introduced by its kind, a place named alone.
_FIGURE_PLACE_GRID = [
    # a government, a ministry, an office, a society named with a place
    (
        "About 3,200 households were displaced by rains in Balcad, the Hirshabelle state government reported.",
        3200,
        "Balcad",
    ),
    (
        "Flooding in Jalalaqsi uprooted 900 families, the Hirshabelle regional administration reported.",
        900,
        "Jalalaqsi",
    ),
    (
        "A Ministry of Migration report counts 2,700 families who went back to Sinjar in June.",
        2700,
        "Sinjar",
    ),
    ("The Red Cross of Serbia said 640 people were evacuated from Obrenovac overnight.", 640, "Obrenovac"),
    ("Floods have displaced 4,100 people, the Hirshabelle state government said.", 4100, "Hirshabelle"),
    # shelters and buildings: the town they are in is the place
    ("In Chipinge, 275 families are staying at Mutema and Checheche schools, officials said.", 275, "Chipinge"),
    (
        "Some 38 flood victims were moved to Sekolah Kebangsaan Kampung Tok Uban in Pasir Mas on Tuesday.",
        38,
        "Pasir Mas",
    ),
    ("About 1,900 people are sheltering at Dewan Orang Ramai in Kuala Krai.", 1900, "Kuala Krai"),
    # near-misses: a camp or a settlement named as the place
    ("More than 4,000 new refugees arrived at Minawao camp last week.", 4000, "Minawao"),
    ("The fire displaced 12,500 refugees in Kutupalong, the camp's managers said.", 12500, "Kutupalong"),
    ("About 2,300 families fled to the village of Kanyamahoro after the clashes.", 2300, "Kanyamahoro"),
    ("Fighting displaced 6,800 people in Kalehe territory, OCHA said.", 6800, "Kalehe"),
    # ordinary words capitalised in a title or a table
    ("Since March, 3,400 people have left Accommodation Centres in Sofala and gone home.", 3400, "Sofala"),
    ("Some 2,600 Displaced Persons reached Tawila on Sunday.", 2600, "Tawila"),
    ("Total Returnees: 8,200 people went back to Kadugli, IOM said.", 8200, "Kadugli"),
    # letters: a body's, not a place
    ("The VDCs reported that 1,300 people had fled Kalaw.", 1300, "Kalaw"),
    ("Some 700 households were displaced in Bamyan, the PDMCs said.", 700, "Bamyan"),
    # continents and world regions when a country is named
    ("Cyclone rains across southern Africa displaced 7,000 people in Zimbabwe.", 7000, "Zimbabwe"),
    ("Across Europe, Poland hosts 950,000 refugees from Ukraine, UNHCR said.", 950000, "Poland"),
    ("Storms in East Africa displaced 5,200 villagers across Kenya.", 5200, "Kenya"),
    # near-misses: a continent named alone, or as where people went from a country they fled, stays
    ("Some 4.2 million people have fled Ukraine to Europe since the invasion.", 4200000, "Europe"),
    ("Floods across West Africa displaced 61,000 people this season.", 61000, "Africa"),
    # a people or a descent is who, not where
    ("An aid group said 3,500 people of Somali descent from Kenya were displaced by the floods.", 3500, "Kenya"),
    # a neighbour's border named by its people is no place; near-miss: the province along it is
    ("The army said it moved 13,000 villagers out of areas near the Thai border.", 13000, None),
    ("Some 9,000 refugees live in camps along the Thai border in Tak province.", 9000, "Tak"),
    # a neighbourhood inside a named city: the neighbourhood (it is inside the city, which either matches)
    ("More than 6,000 people fled Kingston's Tivoli neighbourhood in four days, IOM said.", 6000, "Tivoli"),
]


@pytest.mark.parametrize("text,value,location", _FIGURE_PLACE_GRID)
def test_what_may_stand_as_a_figure_s_place(run, text, value, location):
    (figure,) = [f for f in run(text) if f.value == value]
    assert figure.location == location


# A place named in a clause of cause after a figure ("after the landslides at X", "following raids on X") is where
# the event struck; the figure's place is the one its own clause names, when it names one. A river named with its
# kind is no place. Near-misses: the event's place is the only one named, or a county named after its river.
_CAUSE_CLAUSE_GRID = [
    ("Some 2,400 people were moved to relief camps in Sidhi after the landslides at Kothari and Marwa.", 2400, "Sidhi"),
    ("The Ouham prefecture now hosts 48,000 IDPs after armed raids on Bekoro and nearby villages.", 48000, "Ouham"),
    ("Some 3,100 people fled to Tongo following attacks on Kibirizi, OCHA said.", 3100, "Tongo"),
    ("About 900 families fled after the floods in Kalaw.", 900, "Kalaw"),
    ("After attacks on Mabanga, 5,000 people fled.", 5000, "Mabanga"),
    (
        "As the storm pushed floods into the Ruvu River, rising water displaced 3,000 farmers across Morogoro.",
        3000,
        "Morogoro",
    ),
    ("Some 8,000 people were evacuated as the storm sent floods to the Red River.", 8000, None),
    ("Floods displaced 2,000 herders across Tana River county.", 2000, "Tana River"),
]


@pytest.mark.parametrize("text,value,location", _CAUSE_CLAUSE_GRID)
def test_a_place_in_a_clause_of_cause_gives_way_to_the_figure_s_own(run, text, value, location):
    (figure,) = [f for f in run(text) if f.value == value]
    assert figure.location == location


@pytest.mark.parametrize("verb", ["fled to", "have arrived in", "crossed into", "have sought refuge in"])
@pytest.mark.parametrize("people", ["Syrians", "Afghans", "Somalis"])
def test_the_grid_a_people_after_the_number_of_is_who_is_counted_not_where(run, verb, people):
    found = run(f"The number of {people} who {verb} Jordan reached 3,000.")
    assert [(c.value, c.location) for c in found] == [(3_000, "Jordan")]


# The grammar of where a displaced count is placed: where people went when the sentence says where they arrived
# (every verb and preposition of arriving), where they left when it names no arrival ("towards" is a way, not an
# arrival), refugees and returnees where they are, a place inside its container, a place named again by its kind
# ("the town", "the city's camps", "the state") pointing back, and a count with no place taking the paragraph's; with
# near-misses.
_WHERE_COUNTED_GRID = [
    # origin and destination: every verb and preposition
    ("About 4,200 people fled from Kalehe to Bukavu after the clashes.", 4200, "Bukavu"),
    ("About 4,200 people fled Kalehe to Bukavu after the clashes.", 4200, "Bukavu"),
    ("Some 3,100 families fled from Mweso into Kitchanga over the weekend.", 3100, "Kitchanga"),
    # "towards" is a way, no arrival: the place they left (as the labels read it)
    ("Nearly 9,000 people have fled Rubaya, Ngungu and Kibabi towards Goma since Monday.", 9000, "Rubaya"),
    ("About 2,700 people arrived in Kaya from Dori this week.", 2700, "Kaya"),
    ("About 2,700 people from Dori arrived in Kaya this week.", 2700, "Kaya"),
    ("Some 1,600 families reached Ouallam after fleeing Tillabéri.", 1600, "Ouallam"),
    ("Around 5,400 people crossed into Chad from Darfur last week.", 5400, "Chad"),
    ("Around 5,400 people crossed from Darfur into Chad last week.", 5400, "Chad"),
    ("More than 2,000 people sought refuge in Kousseri after fighting in Gamboru.", 2000, "Kousseri"),
    ("At least 1,300 residents were evacuated from Tacloban to Ormoc.", 1300, "Ormoc"),
    ("About 700 people are sheltering at a school in Quelimane after leaving Mocuba.", 700, "Quelimane"),
    # near-misses: where they were displaced, with no destination
    ("About 4,200 people fled Kalehe after the clashes.", 4200, "Kalehe"),
    ("The river overflowed on Friday, and some 3,000 people were uprooted in Jowhar.", 3000, "Jowhar"),
    # refugees and returnees: counted where they are
    ("Adré has received about 12,000 Sudanese refugees since April.", 12000, "Adré"),
    ("Some 6,000 refugees fleeing Sudan's Darfur region crossed to the border town of Adré in Chad.", 6000, "Adré"),
    ("Around 40,000 refugees from South Sudan are living in Kiryandongo.", 40000, "Kiryandongo"),
    ("Some 25,000 Afghans returned from Pakistan to Nangarhar in March.", 25000, "Nangarhar"),
    ("About 1,800 returnees came back to Marawi from Iligan this month.", 1800, "Marawi"),
    # refugees whose sentence names only where they fled from: the host the text named before
    (
        "Chad's east keeps receiving people. About 4,000 refugees arrived this week, fleeing attacks in West Darfur.",
        4000,
        "Chad",
    ),
    (
        "Cox's Bazar camps keep growing. Since March, some 9,000 new arrivals have been registered, fleeing clashes in "
        "Rakhine State.",
        9000,
        "Cox's Bazar",
    ),
    # near-misses: the same country before, and a host named in the sentence
    ("Fighting went on in Sudan. About 4,000 refugees fled attacks in West Darfur this week.", 4000, "West Darfur"),
    ("About 4,000 refugees fleeing attacks in West Darfur arrived in Adré this week.", 4000, "Adré"),
    # a neighbour's border the people were near is not where they are
    ("Laos's civil defence relocated 2,400 villagers away from hamlets near the Vietnamese border.", 2400, "Laos"),
    ("About 2,400 villagers were evacuated from districts along the Vietnamese border in Attapeu.", 2400, "Attapeu"),
    # a place and its container
    ("Raids uprooted 5,000 villagers in Mopti region's Bandiagara district.", 5000, "Bandiagara"),
    ("Raids uprooted 5,000 villagers in Bandiagara, in the Mopti region.", 5000, "Bandiagara"),
    ("Floods displaced 2,300 people in Assam's Dhemaji district.", 2300, "Dhemaji"),
    ("Floods displaced 2,300 people in Dhemaji district of Assam.", 2300, "Dhemaji"),
    ("Rising water uprooted 2,300 villagers in the Dhemaji district of Assam.", 2300, "Dhemaji"),
    # near-misses: an island of a division, a division of a country
    ("Some 1,100 residents were evacuated on the island of Flores.", 1100, "Flores"),
    ("Clashes uprooted 40,000 farmers in the Tigray region of Ethiopia.", 40000, "Tigray"),
    ("Some 3,000 refugees who fled Myanmar are in Cox's Bazar.", 3000, "Cox's Bazar"),
    ("About 7,000 Burundian refugees crossed the border into Tanzania on Tuesday.", 7000, "Tanzania"),
    # near-miss: refugees who fled, with only their origin named
    ("About 7,000 people fled Burundi on Tuesday.", 7000, "Burundi"),
    # anaphors pointing back
    ("According to the mayor of Beni, 6,000 villagers fled into the town from Oicha and Eringeti.", 6000, "Beni"),
    ("An official in Marib counted 1,900 displaced families who came to the city's camps from Harib.", 1900, "Marib"),
    (
        "Clashes broke out in Kalehe on Monday. Around 3,500 residents have left the town, most of them heading "
        "for Minova.",
        3500,
        "Kalehe",
    ),
    ("Heavy rain fell on Kasese district. About 2,100 people in the district have moved to schools.", 2100, "Kasese"),
    (
        "A fire swept through Kutupalong camp. About 4,000 people in the camp lost their shelters and were moved to "
        "other blocks.",
        4000,
        "Kutupalong",
    ),
    ("Fighting reached Wad Madani. Since Friday some 45,000 residents have escaped the city.", 45000, "Wad Madani"),
    # each count its own destination
    (
        "Shelling displaced 30,000 people in El Fasher. Of these, about 21,000 moved to Zamzam camp and 6,000 to "
        "Tawila.",
        6000,
        "Tawila",
    ),
    (
        "Shelling displaced 30,000 people in El Fasher. Of these, about 21,000 moved to Zamzam camp and 6,000 to "
        "Tawila.",
        21000,
        "Zamzam",
    ),
    ("Some 2,000 people fled to Kalma camp and 700 to Nyala town, the agency said.", 2000, "Kalma"),
    (
        "Fighting sent 5,000 people to Kalma camp, which already shelters some 90,000 IDPs, and 800 to Nyala.",
        90000,
        "Kalma",
    ),
    # near-miss: a camp in a town, one count
    ("Some 2,000 people fled to Kalma camp in Nyala, the agency said.", 2000, "Nyala"),
    ("About 3,000 people went to Kaya and 1,400 to Ouahigouya, the agency said.", 3000, "Kaya"),
    ("About 3,000 people went to Kaya and 1,400 to Ouahigouya, the agency said.", 1400, "Ouahigouya"),
    # a count with no place: the paragraph's place
    ("Floods hit Beledweyne on Sunday. About 14,000 people have been displaced.", 14000, "Beledweyne"),
    (
        "Floods hit Beledweyne on Sunday. The river rose two metres. About 14,000 people have been displaced.",
        14000,
        "Beledweyne",
    ),
    # the title's place: the country an organisation's name ends with, heading the text
    ("Shelter Cluster South Sudan – Site Dashboard, May 2024\n120,000 IDPs live in 45 sites.", 120000, "South Sudan"),
    ("CCCM Cluster North-west Syria – Site Update\nSome 8,000 IDPs moved between sites in June.", 8000, "Syria"),
    # near-misses: an organisation with no country, and one whose text names its own place
    ("The Danish Refugee Council said 3,000 villagers were uprooted.", 3000, None),
    ("Danish Refugee Council Kenya said 3,000 villagers were uprooted in Garissa.", 3000, "Garissa"),
    # near-miss: no place anywhere
    ("The floods have uprooted about 14,000 people, the ministry said.", 14000, None),
]


@pytest.mark.parametrize("text,value,location", _WHERE_COUNTED_GRID)
def test_where_a_displaced_count_is_placed(run, text, value, location):
    (figure,) = [f for f in run(text) if f.value == value]
    assert figure.location == location


# Where a count's place comes from when its own clause names none, and which level it keeps
_PLACE_FROM_ELSEWHERE_GRID = [
    # the sentence's other clause
    ("Heavy rain flooded Kasese district on Monday, and about 2,600 people have moved to schools.", 2600, "Kasese"),
    (
        "The river burst its banks in Beledweyne overnight; some 9,000 residents fled to higher ground.",
        9000,
        "Beledweyne",
    ),
    ("Militias torched villages around Djugu, and since then 12,000 people have fled.", 12000, "Djugu"),
    # the sentence before, the paragraph's first sentence
    ("Gunmen attacked Kaya on Sunday. Some 3,200 people have fled since.", 3200, "Kaya"),
    (
        "Fighting spread across Ituri last week. Roads were cut and markets closed. About 18,000 people fled.",
        18000,
        "Ituri",
    ),
    # a heading
    ("Sudan: About 50,000 people fled new fighting last week.", 50000, "Sudan"),
    ("Cuba: civil defence said 21,000 people were evacuated in Holguín province.", 21000, "Holguín"),
    # a part of the count before, in a clause of its own, is counted where that count was, not at the heading
    (
        "Cuba: civil defence moved 21,000 people out of Holguín province; 4,500 of them are in shelters.",
        4500,
        "Holguín",
    ),
    (
        "Haiti: gangs drove 8,000 people out of Cabaret last week; 5,000 of them are sleeping in schools.",
        5000,
        "Cabaret",
    ),
    ("Storms forced 7,400 villagers from Sofala last week; about 2,000 of them are in tents.", 2000, "Sofala"),
    # near-misses: a part that names its own place, and another group that is no part
    (
        "Haiti: gangs drove 8,000 people out of Cabaret last week; 5,000 of them are in schools in Arcahaie.",
        5000,
        "Arcahaie",
    ),
    ("Haiti: gangs drove 8,000 people out of Cabaret last week, while 5,000 others remain displaced.", 5000, "Haiti"),
    # a dateline is where the text was written, not where the count is, unless the text says "here"
    ("KABUL, 3 May – About 6,500 families were displaced by flash floods this week, officials said.", 6500, None),
    ("GOMA, 12 March (Reuters) - Some 40,000 people have fled fighting, aid groups said.", 40000, None),
    ("Port Moresby – Nearly 7,000 people fled the capital's settlements after the clashes.", 7000, "Port Moresby"),
    # a possessive container, and a container after a comma: the place inside it
    ("Clashes displaced 6,000 people in Sudan's North Darfur.", 6000, "North Darfur"),
    ("Clashes displaced 6,000 people in North Darfur, Sudan.", 6000, "North Darfur"),
    # "in the country", "nationwide", "across the region" pointing back
    ("Floods struck Malawi in March. Rising water has uprooted 500,000 villagers in the country.", 500000, "Malawi"),
    ("Floods struck Malawi in March. Rising water has uprooted 500,000 villagers nationwide.", 500000, "Malawi"),
    ("Drought gripped Somalia this year. Nationwide, it has uprooted 1.1 million herders.", 1100000, "Somalia"),
    ("Storms battered the Sahel this year. Across the region, 900,000 people fled their homes.", 900000, "Sahel"),
    # a town and its province: the town
    ("Floods displaced 3,000 people in Kalehe, South Kivu.", 3000, "Kalehe"),
    ("About 3,000 people fled to Minova, in South Kivu province.", 3000, "Minova"),
    ("South Kivu province: some 3,000 people fled to Minova.", 3000, "Minova"),
    # a place as the count's subject keeps it when a second clause with its own count and noun names another
    (
        "Sindh province moved 40,000 villagers to higher ground, and 12,000 farming families have fled Thatta.",
        40000,
        "Sindh",
    ),
    (
        "Sindh province moved 40,000 villagers to higher ground, and 12,000 farming families have fled Thatta.",
        12000,
        "Thatta",
    ),
    (
        "Mopti region has registered 30,000 displaced people, and 8,000 returnees have gone back to Bandiagara.",
        30000,
        "Mopti",
    ),
    (
        "Floods uprooted 7,000 people in Chikwawa, and 2,500 residents of Nsanje were taken to schools.",
        7000,
        "Chikwawa",
    ),
    # near-misses: the second clause's count is a part of the first
    ("Floods uprooted 7,000 people in Chikwawa, and 2,500 of them are in schools.", 2500, "Chikwawa"),
    ("Floods uprooted 7,000 people, and 2,500 of them are in schools in Chikwawa.", 7000, "Chikwawa"),
    # a host with its container in an aside and a predicate of its own before the hosting: the host
    ("Goma, in North Kivu, has been cut off for months and now hosts 45,000 displaced families.", 45000, "Goma"),
    (
        "Djibo, in the Sahel region, has been under siege for months and now shelters 90,000 displaced people.",
        90000,
        "Djibo",
    ),
    # near-misses: the count's own verb after "and", and no hosting
    ("Djibo has been under siege for weeks and 3,000 residents escaped to Kaya.", 3000, "Kaya"),
    ("Fighting in Djibo has been fierce for weeks and now 3,000 residents escaped to Kaya.", 3000, "Kaya"),
    # near-misses: no place anywhere; a speaker's town; a new report's own place
    ("The floods have uprooted about 14,000 people, the ministry said.", 14000, None),
    ("Officials in Nairobi said rescuers moved 2,000 residents out of Garissa.", 2000, "Garissa"),
    ("Flooding hit Kasese in May. In a separate report, 4,000 people fled fighting in Beni.", 4000, "Beni"),
]


@pytest.mark.parametrize("text,value,location", _PLACE_FROM_ELSEWHERE_GRID)
def test_where_a_count_naming_no_place_of_its_own_is_placed(run, text, value, location):
    (figure,) = [f for f in run(text) if f.value == value]
    assert figure.location == location


# A capitalised word beside a count that is no place, and which of two countries a count takes
_NO_PLACE_OR_WHICH_COUNTRY_GRID = [
    # a storm's, a season's or a volcano's name is no place: the place the sentence names is
    ("Storm Idris forced 2,300 people from their homes in Sofala province.", 2300, "Sofala"),
    ("Some 2,300 people in Sofala were displaced by Cyclone Idris.", 2300, "Sofala"),
    ("The Gu rains have displaced about 80,000 people across Hiraan.", 80000, "Hiraan"),
    ("In Hiraan, some 80,000 people have fled the Gu rains.", 80000, "Hiraan"),
    ("About 900 villagers on the slopes of the Merapi volcano were moved to Magelang.", 900, "Magelang"),
    # a programme, an operation, a ship or a document is no place
    ("Under Operation Lifeline, 1,200 residents of Kismayo were evacuated on Sunday.", 1200, "Kismayo"),
    ("The navy ship Ocean Star evacuated 340 residents from Siargao.", 340, "Siargao"),
    ("The Humanitarian Response Plan counts 1.4 million IDPs in Burkina Faso.", 1400000, "Burkina Faso"),
    # what the source adds after the figure, and the worst-hit parts listed after it, are no place of the figure
    (
        "Clashes around Kadugli have uprooted about 40,000 people since March, the agency said, adding that many "
        "were walking towards Tabanya and Dilling.",
        40000,
        "Kadugli",
    ),
    (
        "Floods in the Afar region have displaced 90,000 people, the commission said, with Awsi, Kilbati and Gabi "
        "zones the worst hit.",
        90000,
        "Afar",
    ),
    # near-misses: what is added is itself a count with its place; the figure's only place named after it
    (
        "Clashes have uprooted about 40,000 people, the agency said, adding that 9,000 had reached Dilling.",
        9000,
        "Dilling",
    ),
    ("Roughly 40,000 villagers were uprooted, the agency said, adding that most went to Dilling.", 40000, "Dilling"),
    # a neighbourhood named with the town that holds it: the town
    ("About 5,000 people fled the Nazon neighbourhood of Port-au-Prince last week.", 5000, "Port-au-Prince"),
    ("Gangs drove 5,000 residents out of Port-au-Prince's Nazon neighbourhood.", 5000, "Port-au-Prince"),
    ("About 5,000 people fled the Nazon quarter in Port-au-Prince last week.", 5000, "Port-au-Prince"),
    # near-misses: a neighbourhood the gazetteer knows, a district of a division
    ("About 5,000 people fled the Delmas neighbourhood of Port-au-Prince last week.", 5000, "Delmas"),
    ("Gangs drove 5,000 residents out of Port-au-Prince's Delmas neighbourhood.", 5000, "Delmas"),
    # a season's name before its rains, and a division's rains
    ("Across Kenya, some 65,000 herders were uprooted because of the Deyr rains.", 65000, "Kenya"),
    ("Since the Deyr rainy season began, about 65,000 herders in Kenya were uprooted.", 65000, "Kenya"),
    ("The Kerala rains have displaced some 65,000 people.", 65000, "Kerala"),
    # a people named with their country: the host where the text names it
    ("Some 14,000 Sudanese refugees arrived in Chad last month.", 14000, "Chad"),
    ("Chad has received 14,000 Sudanese refugees since May.", 14000, "Chad"),
    # "fled X for Y" is counted where they fled from, as the sets label it (Y is accepted too)
    ("About 3,000 Rohingya fled Myanmar for Bangladesh in June.", 3000, "Myanmar"),
    ("About 3,000 Rohingya fled Myanmar into Bangladesh in June.", 3000, "Bangladesh"),
    ("Some 2,400 people fled Venezuela last year and settled in Colombia.", 2400, "Colombia"),
    ("From Venezuela, some 2,400 migrants crossed into Colombia last week.", 2400, "Colombia"),
    ("Since Friday, 9,000 South Sudanese reached Uganda from Yei.", 9000, "Uganda"),
    ("About 6,000 people from Kayah have taken shelter in Thailand's Mae Hong Son province.", 6000, "Mae Hong Son"),
    # arrivals in a country, with where they fled named after it: the country
    ("About 5,000 people crossed into Bangladesh since May, fleeing clashes in Rakhine state.", 5000, "Bangladesh"),
    ("Since May, 5,000 refugees arrived in Chad, escaping attacks in West Darfur.", 5000, "Chad"),
    # near-misses: a place of the country named after it, and a crossing point no gazetteer knows
    ("About 5,000 people crossed into Chad in May and settled in Farchana.", 5000, "Farchana"),
    ("About 5,000 villagers crossed into Uganda at Bugiri-Kabo in May.", 5000, "Bugiri-Kabo"),
    # the level named again as the subject that hosts or counts them: the division named before
    (
        "Heavy rain fell on Sindh in Pakistan. The province has received 40,000 displaced families from Punjab.",
        40000,
        "Sindh",
    ),
    (
        "Fighting hit Kalehe town in South Kivu. Roads were cut. The province now hosts 40,000 displaced families.",
        40000,
        "South Kivu",
    ),
    # near-misses: the level's own clause names where they are; a town named again
    (
        "Heavy rain fell on Sindh in Pakistan. The province has placed 40,000 families in camps in Thatta.",
        40000,
        "Thatta",
    ),
    # going home from a host: the home the people's name or the text gives
    ("Some 5,000 Burundians have gone home from Tanzania since January.", 5000, "Burundi"),
    ("About 2,700 Rwandan refugees returned home from Uganda this year.", 2700, "Rwanda"),
    ("Some 25,000 Afghans returned from Pakistan in March.", 25000, "Afghanistan"),
    ("Some 4,000 Ethiopian returnees came back from Sudan in May.", 4000, "Ethiopia"),
    ("About 6,300 Afghans returned to Afghanistan from Iran last week.", 6300, "Afghanistan"),
    # near-misses: only the origin named; people still abroad; going back to a named place
    ("Some 5,000 people fled Burundi in May.", 5000, "Burundi"),
    ("About 7,500 Congolese refugees are still in Uganda.", 7500, "Uganda"),
    ("About 6,300 Afghans returned from Iran to Herat last week.", 6300, "Herat"),
    ("Some 4,000 Malian refugees live in Mauritania's Mbera camp.", 4000, "Mbera"),
    ("About 2,700 Rwandan refugees returned from Uganda to Kigali this year.", 2700, "Kigali"),
]


@pytest.mark.parametrize("text,value,location", _NO_PLACE_OR_WHICH_COUNTRY_GRID)
def test_a_name_that_is_no_place_and_the_host_country(run, text, value, location):
    (figure,) = [f for f in run(text) if f.value == value]
    assert figure.location == location


# A capitalised word matched only loosely (an alternate spelling) to a town in a country the text never names: an
# ordinary word, or a part of a place of the text's country named as its owner's, is no place here ("Sagaing's
# Dry Zone" is not Derry). Near-misses: a real town spelt another way in its own country, a town named with
# its country, a town abroad the people went to, a local name no gazetteer holds matched to a namesake far away.
_LOOSE_FAR_AWAY_GRID = [
    ("Fighting across Sagaing Region's Dry Zone uprooted some 12,000 villagers in May.", 12000, "Sagaing Region"),
    ("Some 12,000 villagers of Sagaing Region's Dry Zone were uprooted in May.", 12000, "Sagaing Region"),
    ("In Ethiopia's Highlands, floods displaced about 8,000 farmers this week.", 8000, "Ethiopia"),
    ("Floods in Ethiopia's Highlands displaced about 8,000 farmers this week.", 8000, "Ethiopia"),
    ("Floods across Bangladesh's Aman paddies displaced about 30,000 farmers.", 30000, "Bangladesh"),
    # near-misses: a town of the text's country spelt another way; a town named with its country; a town abroad
    ("Floods in Libya forced 900 families out of Derna last week.", 900, "Derna"),
    ("Some 900 families fled Derna after the dams broke.", 900, "Derna"),
    ("Shelling drove 6,000 people out of Kharkov in Ukraine.", 6000, "Kharkov"),
    ("About 6,000 Ukrainians fled Kharkov for Poland last month.", 6000, "Kharkov"),
    ("Fighting in Syria drove 5,000 people to Antep across the border last week.", 5000, "Antep"),
    ("Poland opened two more centres. Some 6,000 people arrived from Kharkov on Friday.", 6000, "Kharkov"),
    ("Rwanda sent aid on Monday. About 3,000 families were displaced around Ruhengeri.", 3000, "Ruhengeri"),
    # a village of the text's country whose name a town far away also bears, spelt so: the village, as written
    ("In Mali, raids on Boni village forced about 1,800 residents to flee to Douentza.", 1800, "Douentza"),
    ("Clashes in Mali's Mopti region drove 1,800 people out of Boni in March.", 1800, "Boni"),
    ("About 2,000 people left Bule after clashes in Ituri province.", 2000, "Bule"),
]


@pytest.mark.parametrize("text,value,location", _LOOSE_FAR_AWAY_GRID)
def test_a_loose_match_to_a_town_of_a_country_the_text_never_names(run, text, value, location):
    (figure,) = [f for f in run(text) if f.value == value]
    assert figure.location == location


# A town named by another spelling of a town abroad, in a sentence of a text that named only other countries: the
# town as written, in no country (not Melle in Germany for a text on Vanuatu). Near-misses: a town of a country
# the text named, a name of several words, a town spelt as the gazetteer spells it.
_ANOTHER_SPELLING_ABROAD_GRID = [
    ("A strong quake struck Vanuatu on Monday. About 280 people were evacuated from Mele.", 280, "Mele", None),
    (
        "Fires spread across Greece overnight. Some 650 holidaymakers were evacuated from Makri by boat.",
        650,
        "Makri",
        None,
    ),
    ("Heavy rain hit Panama this week. Some 1,100 people were moved to shelters in Barú.", 1100, "Barú", None),
    # near-misses
    ("Shelling went on in Ukraine. About 6,000 people fled Kharkov last week.", 6000, "Kharkov", "UA"),
    ("Floods struck Libya in September. About 900 families fled Derna after the dams broke.", 900, "Derna", "LY"),
    ("Iran sent many Afghans back. About 9,000 people crossed through Islam Qala on Monday.", 9000, "Islam Qala", "AF"),
]


@pytest.mark.parametrize("text,value,location,country", _ANOTHER_SPELLING_ABROAD_GRID)
def test_another_spelling_of_a_town_abroad_stays_as_written(run, text, value, location, country):
    (figure,) = [f for f in run(text) if f.value == value]
    assert (figure.location, figure.country) == (location, country)


# A named unit with its kind capitalised, then "of" and the larger place that holds it (a state, a province, a
# country, with or without the country's possessive): the unit is the figure's place, whatever verb or preposition
# brings it. Near-misses: a name that opens with its kind ("the District of Columbia", "the Republic of South
# Sudan"), a kind the rule does not read ("Region"), the unit and its owner joined by "in" or a comma.
_UNIT_OF_OWNER_GRID = [
    ("Rains pushed 3,000 villagers out of Pibor County of South Sudan's Jonglei State.", 3000, "Pibor", "Jonglei"),
    ("Some 4,500 residents fled the western part of Leer County of Unity State on Monday.", 4500, "Leer", "Unity"),
    (
        "Floods have left 2,000 people homeless in Mayom County of Unity State, a local official said.",
        2000,
        "Mayom",
        "Unity",
    ),
    ("Fighting displaced 1,200 families in Kalehe Territory of South Kivu Province last week.", 1200, "Kalehe", "Kivu"),
    ("About 900 people were evacuated from Kasese District of Uganda's Western Region.", 900, "Kasese", "Western"),
    ("Landslides displaced 640 households across Rubavu District of Rwanda, officials said.", 640, "Rubavu", "Rwanda"),
    (
        "Nearly 7,000 people sought shelter in Maban County of Upper Nile State after the clashes.",
        7000,
        "Maban",
        "Upper",
    ),
    # near-misses
    ("Storms left 2,300 residents homeless across the District of Columbia.", 2300, "District of Columbia", None),
    ("Clashes displaced 5,000 people in the Republic of South Sudan last year.", 5000, "Republic of South Sudan", None),
    ("Some 700 residents fled the Kurdistan Region of Iraq in March.", 700, "Kurdistan", None),
    (
        "Rising water cut off 2,600 displaced villagers in Mayom County in the west of Unity State.",
        2600,
        "Mayom",
        "Unity",
    ),
    ("Floods displaced 2,000 people in Kapoeta County, Eastern Equatoria State.", 2000, "Kapoeta", "Equatoria"),
]


@pytest.mark.parametrize("text,value,unit,owner", _UNIT_OF_OWNER_GRID)
def test_a_unit_of_its_owner_is_the_unit(run, text, value, unit, owner):
    (figure,) = [f for f in run(text) if f.value == value]
    assert figure.location.startswith(unit)
    assert owner is None or owner not in figure.location


# Where people sought refuge, sheltered or stayed, named through the site they are at: "sought refuge at a church in
# the town of X", "are staying in schools in X", "found shelter in a transit centre set up in X", "sought safety from
# Y in the province of X", "rely on monasteries in X". The town holding the site is the figure's place, not where
# they fled from. Near-misses: a site with no town after it keeps the origin; a town named only as where they fled.
_SITE_IN_TOWN_GRID = [
    (
        "Some 350 farmers from Nawnghkio village fled shelling, seeking refuge at a monastery in the town of Kyaukme.",
        350,
        "Kyaukme",
    ),
    (
        "About 600 displaced people who left homes in Minbya Township are staying in monasteries in Mrauk-U.",
        600,
        "Mrauk-U",
    ),
    ("Nearly 2,000 families sought refuge from Saraqib in the province of Aleppo this month.", 2000, "Aleppo"),
    (
        "Hundreds of people displaced by raids in Mocimboa have found shelter in a school in Montepuez.",
        100,
        "Montepuez",
    ),
    (
        "Some 1,400 villagers uprooted in Kalehe took refuge this week in a camp set up in Bukavu by the province.",
        1400,
        "Bukavu",
    ),
    ("About 900 residents who escaped Hawija are sheltering in two mosques in Kirkuk.", 900, "Kirkuk"),
    ("Over 3,000 people fleeing clashes in Djibo are being housed in public buildings in Kaya.", 3000, "Kaya"),
    ("Around 750 people forced out of Maiduguri are relying on churches in Yola for food.", 750, "Yola"),
    ("Some 1,200 evacuees from Ormoc took shelter at the Astrodome in the city of Tacloban.", 1200, "Tacloban"),
    ("About 500 families from Beni found safety in schools located in Butembo.", 500, "Butembo"),
    # near-misses
    ("Some 2,000 people displaced from Pibor are now sheltering in churches and schools.", 2000, "Pibor"),
    ("About 1,600 residents fled Kenema after the floods and are staying in schools there.", 1600, "Kenema"),
    ("Nearly 800 people in Kaya are sheltering in schools after fleeing the fighting.", 800, "Kaya"),
    (
        "Rains displaced 9,000 people, including 2,600 in Mopti, where families are staying in schools in Sevare.",
        2600,
        "Mopti",
    ),
]


@pytest.mark.parametrize("text,value,location", _SITE_IN_TOWN_GRID)
def test_the_town_holding_the_site_people_sheltered_at(run, text, value, location):
    (figure,) = [f for f in run(text) if f.value == value]
    assert figure.location.startswith(location)


# A dam, barrage, reservoir or weir named with its kind is a landmark, as a river or a lake is, and a currency after
# "worth … of" or "millions of" is money: neither is the figure's place. The place the sentence names besides them
# (or none) stands. Near-misses: a town named after the dam, a country after the landmark.
_LANDMARK_OR_MONEY_GRID = [
    ("Water let out of the Kainji Dam on Friday displaced 3,000 villagers downstream.", 3000, None),
    ("Some 2,500 residents fled downstream of the Tarbela Dam as the spillway opened.", 2500, None),
    ("Water rose behind the Nangbeto Barrage and 1,200 families were evacuated from around it.", 1200, None),
    ("Some 800 people were relocated from the edge of the Kaptai Reservoir last week.", 800, None),
    ("The storm displaced 6,000 people and destroyed property worth billions of Kwacha.", 6000, None),
    ("Floods displaced 4,500 villagers and washed away crops worth millions of Naira.", 4500, None),
    ("The blaze left 900 people homeless and caused losses of millions of Rupees.", 900, None),
    # near-misses
    ("Rising water forced 5,000 residents out of homes near the Kariba Dam in Zambia.", 5000, "Zambia"),
    ("Floods forced 4,000 villagers in Ghana from their homes, ruining crops worth millions of Cedis.", 4000, "Ghana"),
    ("About 1,100 families were evacuated from Akosombo as the dam spilled over.", 1100, "Akosombo"),
]


@pytest.mark.parametrize("text,value,location", _LANDMARK_OR_MONEY_GRID)
def test_a_dam_or_a_currency_is_no_place(run, text, value, location):
    (figure,) = [f for f in run(text) if f.value == value]
    assert figure.location == location if location is None else figure.location.startswith(location)


# Refugees or new arrivals whose clause after the count names only where they fled from ("fleeing fighting in West
# Darfur", "who fled violence in Rakhine State", "escaping unrest in Burundi's Kirundo province") are counted in
# the host the sentence names before the count, in another country. Near-misses: no host named, a place they went
# to after the count, a host in the same country as the place they fled.
_REFUGEES_HOST_BEFORE_GRID = [
    ("UNHCR staff in eastern Chad counted some 12,000 new Sudanese refugees fleeing fighting in West Darfur.", 12000,
     "Chad"),
    ("In Bangladesh, officials registered 4,500 new Rohingya refugees who fled violence in Rakhine State.", 4500,
     "Bangladesh"),
    ("Teams went to the border area of Chad to check reports of nearly 8,000 refugees fleeing clashes in Sudan's "
     "Darfur region.", 8000, "Chad"),
    ("Aid workers in Rwanda are receiving some 9,000 Burundian refugees escaping unrest in Burundi's Kirundo province.",
     9000, "Rwanda"),
    ("Officials in Uganda's Kisoro district listed 3,200 new arrivals fleeing attacks in North Kivu.", 3200, "Kisoro"),
    ("Camps in Ethiopia took in about 7,000 refugees escaping the drought in Somalia's Gedo region.", 7000, "Ethiopia"),
    # near-misses
    ("About 5,000 refugees fled attacks in Darfur last week.", 5000, "Darfur"),
    ("Aid agencies in Kenya said 3,000 refugees fleeing Somalia's Gedo region reached Dadaab this week.", 3000,
     "Dadaab"),
    ("Local officials in North Darfur said 2,000 refugees fled fighting in El Fasher.", 2000, "El Fasher"),
]  # fmt: skip


@pytest.mark.parametrize("text,value,location", _REFUGEES_HOST_BEFORE_GRID)
def test_refugees_fleeing_a_place_are_counted_in_the_host_named_before(run, text, value, location):
    (figure,) = [f for f in run(text) if f.value == value]
    assert figure.location.startswith(location)


# A title's ordinary words capitalised ("Remain in Border Areas", "Flee Coastal Areas", "Leave Affected Area") are
# no place: the place the text names for the figure stands. Near-miss: a town so named.
_TITLE_WORDS_GRID = [
    ("Mayor Says 90K Evacuated, 10K Remain in Border Areas\n\nFamilies from the Belgorod region queue for food.", 90000,
     "Belgorod"),
    ("Storm Forces 12,000 To Flee Coastal Areas of Odisha", 12000, "Odisha"),
    ("Floods Displace 3,000 Families in Coastal Areas of Sindh", 3000, "Sindh"),
    # near-misses
    ("About 2,500 people fled to Border Town on Sunday.", 2500, "Border Town"),
]  # fmt: skip


@pytest.mark.parametrize("text,value,location", _TITLE_WORDS_GRID)
def test_a_title_s_ordinary_words_are_no_place(run, text, value, location):
    (figure,) = [f for f in run(text) if f.value == value]
    assert figure.location.startswith(location)


# a speaker named after the verb of saying, then the office held, closing a sentence after the figure's: the name is a
# person's, not the town a namesake is (the figure takes the place the sentence names after it, or its own)
@pytest.mark.parametrize("verb", ["said", "says", "explained", "added", "stated"])
@pytest.mark.parametrize(
    "office", ["mayor of Malanville", "the mayor of Malanville", "a spokesman for the Malanville council",
               "Malanville's district commissioner", "the regional director in Malanville"]
)  # fmt: skip
def test_grid_a_speaker_after_the_verb_then_the_office_is_no_place(run, verb, office):
    text = f"More than 5,000 homeless people wander the streets. We look for shelter, {verb} Issa Bako, {office}."
    (figure,) = run(text)
    assert figure.value == 5_000 and figure.location != "Bako"


# near-misses: a town after the verb with no office, a place the figure names itself
def test_a_town_after_said_with_no_office_after_it_is_still_read(run):
    (figure,) = run("Some 3,000 people fled the fighting, the ministry said. They reached Bako, police said.")
    assert figure.location == "Bako"


def test_a_speaker_and_office_leave_the_figure_s_own_place(run):
    (figure,) = run("About 2,000 people fled to Kandi, said Issa Bako, the mayor of Malanville.")
    assert figure.location == "Kandi"


# A division named by its compass point alone with its kind in small letters ("in the Northern division", "the
# Eastern province", "in the Western region") is where the people are, not the country an earlier sentence named.
# Near-misses: the compass word with no kind after it, a body named by such words, a town named in the sentence.
_COMPASS_DIVISION_GRID = [
    ("Storms hit Fiji on Monday. About 340 evacuees were sheltering in 9 halls in the Northern division.", 340,
     "Northern"),
    ("Storms hit Fiji on Monday. The Central division had 610 people sheltering in a dozen schools.", 610, "Central"),
    ("Cyclone Mala crossed Fiji. Some 220 people took refuge at churches in the Western division overnight.", 220,
     "Western"),
    ("Heavy rain fell over Zambia. About 800 households were displaced in the Eastern province.", 800, "Eastern"),
    ("Rivers rose across Kenya. Floods displaced 1,300 people in the Western region this week.", 1300, "Western"),
    ("Fiji braced for the storm. Officials evacuated 450 villagers in the Northern Division.", 450, "Northern"),
    ("A storm struck Fiji. In the Eastern division, 75 villagers were evacuated to two church halls.", 75, "Eastern"),
    # near-misses
    ("Storms hit Fiji on Monday. About 500 people fled their homes in northern areas.", 500, "Fiji"),
    ("Storms hit Fiji on Monday. Police of the Western division said 260 people fled to Nadi.", 260, "Nadi"),
    ("Storms hit Fiji on Monday. About 180 people were evacuated in Labasa, in the Northern division.", 180, "Labasa"),
]  # fmt: skip


@pytest.mark.parametrize("text,value,location", _COMPASS_DIVISION_GRID)
def test_a_division_named_by_its_compass_point_is_the_place(run, text, value, location):
    (figure,) = [f for f in run(text) if f.value == value]
    assert figure.location.startswith(location)


# A town written with the division that holds it ("Bururi in Bururi Province", "Goma, North Kivu") in the sentence
# before a count that names no place: the town is where the people are, the division only locates it. Near-misses:
# the town named as where they came from, the division named apart from the town, a place of the count's own.
_TOWN_WITH_ITS_DIVISION_BEFORE_GRID = [
    ("Heavy rain flooded homes in Mabanda in Makamba Province on Tuesday. Officials said 140 people were displaced.",
     140, "Mabanda"),
    ("Landslides struck Rutana town, Rutana Province, overnight. About 260 people fled their homes.", 260, "Rutana"),
    ("Fighting reached Masisi, North Kivu, last week. Some 4,100 families have been displaced since then.", 4100,
     "Masisi"),
    ("The Shabelle rose near Beledweyne in Hiran region. Close to 9,000 residents were displaced by the water.", 9000,
     "Beledweyne"),
    ("The storm hit Ormoc in Leyte province on Friday. By Saturday, 3,400 residents were sheltering in schools.", 3400,
     "Ormoc"),
    # near-misses
    ("Families fled Mabanda in Makamba Province on Tuesday. Some 140 people were displaced in Rumonge Province.", 140,
     "Rumonge"),
    ("Rain fell on Makamba Province and on Mabanda. Officials said 140 people were displaced in Nyanza-Lac.", 140,
     "Nyanza-Lac"),
]  # fmt: skip


@pytest.mark.parametrize("text,value,location", _TOWN_WITH_ITS_DIVISION_BEFORE_GRID)
def test_a_town_written_with_its_division_before_the_count_is_the_place(run, text, value, location):
    (figure,) = [f for f in run(text) if f.value == value]
    assert figure.location.startswith(location)


# Counts given "respectively" after a list of places that a wider place opens ("the Kenyan districts of Kilifi and
# Kwale …, about 3,000 and 1,800 people respectively"): each count takes its own place of the list, not the one before.
# Near-miss: as many places as counts.
_RESPECTIVE_AFTER_A_WIDER_PLACE_GRID = [
    ("Most evacuees came from the coastal Kenyan districts of Kilifi and Kwale, about 3,000 and 1,800 people "
     "respectively.", 1800, "Kwale"),
    ("In Malawi, the camps of Chikwawa and Nsanje now hold 5,200 and 2,700 displaced people respectively.", 2700,
     "Nsanje"),
    ("Floods across Assam drove villagers from Dhemaji and Lakhimpur, some 6,000 and 4,500 people respectively.",
     4500, "Lakhimpur"),
    # near-miss
    ("Uganda and Kenya host 1.4 million and 600,000 refugees respectively.", 600000, "Kenya"),
]  # fmt: skip


@pytest.mark.parametrize("text,value,location", _RESPECTIVE_AFTER_A_WIDER_PLACE_GRID)
def test_counts_given_respectively_take_their_own_place_past_a_wider_one(run, text, value, location):
    (figure,) = [f for f in run(text) if f.value == value]
    assert figure.location.startswith(location)


# A division's name after a word that opens Arabic place names ("Tal", "Deir", "Ras", "Wadi" …) is part of the town's
# name, not that division: "Tal Afar" is no part of Ethiopia's Afar region. Near-miss: a town after the opener keeps
# resolving as before, and the division standing alone is still the division.
@pytest.mark.parametrize(
    "text",
    [
        "About 3,000 families fled Tal Afar last week.",
        "Officials counted 2,000 displaced residents in Tal Afar district.",
        "Nearly 4,000 people have fled to Tal Afar from the villages around it.",
        "Some 600 households returned to Tel Afar in March.",
    ],
)
def test_a_division_s_name_after_an_arabic_opener_is_part_of_the_town_s_name(run, text):
    (figure,) = run(text)
    assert "afar" in figure.location.lower()
    assert (figure.country, figure.admin1) != ("ET", "Afar")


def test_the_division_standing_alone_is_still_the_division(run):
    (figure,) = run("About 3,000 families fled their villages in Afar last week.")
    assert (figure.location, figure.country) == ("Afar", "ET")


# A place fronted for the whole sentence by any preposition of place, after a connective or not ("Across Malawi, …",
# "Meanwhile, in Esmeraldas province, …", "Elsewhere in Kasai, …", "Throughout Sindh, …"), is the place of a count in
# the sentence's "while", "whereas" or "; " clause that names none: not the place of the sentence before. Near-misses:
# the count's clause names its own place; a month fronted is no place, and the sentence before keeps its place.
_FRONTED_PLACE_OVER_A_CLAUSE_GRID = [
    ("Rivers rose near Tete on Sunday. Across Malawi, 41 people died in the floods, while the government estimates "
     "that some 62,000 people have been displaced.", 62000, "Malawi"),
    ("Heavy rain fell on Chone in Manabí province. Meanwhile, in Esmeraldas province, some 9,000 people were "
     "affected, while about 620 remain in shelters.", 620, "Esmeraldas"),
    ("Dams overflowed in Balochistan on Monday. Throughout Sindh, crops were lost and roads cut, whereas 14,500 "
     "families fled their villages.", 14500, "Sindh"),
    ("Clashes broke out in Ituri last week. Elsewhere in Kasai, schools were closed, while 3,100 households were "
     "forced from their homes.", 3100, "Kasai"),
    ("The storm crossed Isabela first. Within Cagayan province, 12 bridges collapsed, while 5,300 residents were "
     "moved to evacuation centres.", 5300, "Cagayan"),
    ("Fighting flared in Amhara. Separately, across the Oromia region, markets shut; about 8,800 people have fled.",
     8800, "Oromia"),
    ("The dam broke near Derna. In Benghazi, hospitals were overwhelmed, while 2,450 people had been evacuated by "
     "Friday.", 2450, "Benghazi"),
    # near-misses
    ("Rivers rose near Tete on Sunday. Across Malawi, 41 people died, while 6,200 people were displaced in Nsanje.",
     6200, "Nsanje"),
    ("Rain fell on Chone in Manabí province. In Manabí, the river flooded the town, while in Esmeraldas 840 people "
     "remain in shelters.", 840, "Esmeraldas"),
    ("Rivers rose near Tete on Sunday. In March, 41 people died, while 6,200 people were displaced.", 6200, "Tete"),
]  # fmt: skip


@pytest.mark.parametrize("text,value,location", _FRONTED_PLACE_OVER_A_CLAUSE_GRID)
def test_a_place_fronted_by_any_preposition_is_the_place_of_a_count_in_its_while_clause(run, text, value, location):
    (figure,) = [f for f in run(text) if f.value == value]
    assert figure.location.startswith(location)


# A name that a kind of place introduces without a preposition ("towns like Maglaj and Zavidovici", "municipalities
# such as Obrenovac", "villages including Kitchanga", "the worst-hit district was Kemaman", "the hardest-hit areas are
# Luján and Pilar") or that is said to be the worst hit ("Buzi and Nhamatanda were the worst affected") is the
# count's place, a town of any size or one no gazetteer holds, not the wider place of the sentence before; the first
# of a list stands for it. Near-misses: no kind of place before the name (an agency, a mayor), or the count's clause
# names its own place after a preposition.
_PLACE_NAMED_BY_ITS_KIND_GRID = [
    ("Rain has flooded much of Bosnia. Towns like Maglaj and Zavidovici were cut off and about 900 people had to be "
     "evacuated by boat.", 900, "Maglaj"),
    ("The river burst its banks across Kelantan. The worst-hit district was Kemaman, where 1,310 evacuees are staying "
     "in schools.", 1310, "Kemaman"),
    ("Storms swept Buenos Aires Province. The hardest-hit areas are Luján and Pilar, where 640 residents have left "
     "their homes.", 640, "Luján"),
    ("Floods reached Serbia on Friday. Municipalities such as Obrenovac and Sabac were submerged, and 2,300 people "
     "were evacuated.", 2300, "Obrenovac"),
    ("Fighting spread in North Kivu. Villages including Kitchanga and Mweso emptied as some 4,000 families fled.",
     4000, "Kitchanga"),
    ("Heavy rain hit Terengganu. The most affected district was Besut, with 1,310 people evacuated to relief "
     "centres.", 1310, "Besut"),
    ("Cyclone winds lashed Sofala. Buzi and Nhamatanda were the worst affected, and 7,500 people are in shelters.",
     7500, "Buzi"),
    ("Rain fell across Sindh. Dadu was among the hardest hit as 12,000 families fled their villages.", 12000, "Dadu"),
    ("Cyclone winds lashed Sofala. The worst affected districts were Buzi and Nhamatanda, where 7,500 people are in "
     "shelters.", 7500, "Buzi"),
    # near-misses
    ("Rain has flooded much of Bosnia. Agencies like Caritas sent boats, and about 900 people were evacuated from "
     "Maglaj.", 900, "Maglaj"),
    ("Rain has flooded much of Bosnia. Agencies such as UNICEF sent tents and 900 people were evacuated.", 900,
     "Bosnia"),
    ("Rain has flooded much of Bosnia. Towns like Maglaj were spared, but 900 people were evacuated from Doboj.", 900,
     "Doboj"),
    ("Heavy rain hit Terengganu. The worst-hit district was Kemaman, but 400 people were also evacuated in Dungun.",
     400, "Dungun"),
    ("Storms swept Buenos Aires Province. Leaders such as Mayor Marcelo Ruiz said 640 residents have left their "
     "homes.", 640, "Buenos Aires"),
    ("Heavy rain hit Terengganu. The worst-hit district was flooded twice, and 1,310 people were evacuated.", 1310,
     "Terengganu"),
]  # fmt: skip


@pytest.mark.parametrize("text,value,location", _PLACE_NAMED_BY_ITS_KIND_GRID)
def test_a_place_named_by_its_kind_without_a_preposition_is_the_count_s_place(run, text, value, location):
    (figure,) = [f for f in run(text) if f.value == value]
    assert figure.location.startswith(location)


# An office's field after its title ("the Minister of Humanitarian Affairs", "Deputy Minister of Emergency Situations
# NAME", "the Director of Emergency Operations", "the Vice Minister of Social Development") or a national system's
# after "for" ("the Unified System for Flood Response") is no place, so the country the sentence names does not
# give way to it. Near-misses: a place the gazetteer knows after the title stays ("the Chief Minister of Assam"), and
# a place after a preposition elsewhere in the sentence is the count's.
_OFFICE_FIELD_IS_NO_PLACE_GRID = [
    ("Kazakhstan moved some 4,300 villagers to safety, Deputy Minister of Emergency Situations Nurlan Abenov told "
     "a briefing.", 4300, "Kazakhstan"),
    ("About 2,100 families were displaced in Nigeria, the Minister of Humanitarian Affairs told a briefing.", 2100,
     "Nigeria"),
    ("The National System for Risk Management said 3,400 people were in shelters across Ecuador.", 3400, "Ecuador"),
    ("A total of 1,700 people are in shelters in Honduras, the Unified System for Flood Response reported.", 1700,
     "Honduras"),
    ("The Director of Emergency Operations told reporters that 5,600 people had fled in Mozambique.", 5600,
     "Mozambique"),
    ("In Peru, 1,250 families were evacuated, the Vice Minister of Social Development said.", 1250, "Peru"),
    ("Floods displaced 780 people in Chile, according to the Undersecretary of Interior Affairs.", 780, "Chile"),
    ("The Commissioner for Refugee Affairs counted 6,000 new arrivals who crossed into Uganda.", 6000, "Uganda"),
    ("Cuba's Civil Defence said 9,000 people were evacuated, the Minister of Energy Resources added.", 9000, "Cuba"),
    # near-misses
    ("The Chief Minister of Assam told the assembly that 4,000 villagers were in relief camps.", 4000, "Assam"),
    ("The Secretary of State said 300 families fled their homes in Puebla.", 300, "Puebla"),
    ("The Minister of Kenya's Interior said 2,500 people were displaced in Garissa.", 2500, "Garissa"),
    ("The Minister of Emergency Situations said 2,000 people fled from Grozny.", 2000, "Grozny"),
    ("The Prefect of Mopti said 1,500 people arrived in Sévaré.", 1500, "Sévaré"),
]  # fmt: skip


@pytest.mark.parametrize("text,value,location", _OFFICE_FIELD_IS_NO_PLACE_GRID)
def test_an_office_s_field_after_its_title_is_no_place(run, text, value, location):
    (figure,) = [f for f in run(text) if f.value == value]
    assert figure.location.startswith(location)


# People who went to a country ("into eastern Chad", "have arrived in Chad", "reached Chad") are counted there, not in
# a region no gazetteer holds that they fled from: one another country owns ("Sudan's Darfur region") or one named in
# the clause of their flight ("after escaping attacks in the Darfur region"). Near-misses: an unknown town in the
# country they went to is where they are ("crossed into Uganda at Bunagana"), and people who stayed inside the
# country they fled within keep the region.
_ARRIVAL_COUNTRY_OVER_AN_UNKNOWN_ORIGIN_GRID = [
    ("Raids across Sudan's Darfur region have driven 2,000 refugees into eastern Chad since Monday.", 2000, "Chad"),
    ("More than 9,000 refugees reached Chad this month after escaping attacks in the Darfur region.", 9000, "Chad"),
    ("After clashes in Congo's Djugu territory, 3,000 people crossed into western Uganda.", 3000, "Uganda"),
    ("Roughly 6,500 refugees arrived in Chad last month after fleeing violence in the Darfur region.", 6500, "Chad"),
    ("Attacks in Mali's Menaka region pushed 1,200 people into neighbouring Niger.", 1200, "Niger"),
    # near-misses
    ("Some 3,000 refugees crossed into Uganda at Bunagana.", 3000, "Bunagana"),
    ("Some 2,400 refugees arrived in Chad at the Adré crossing.", 2400, "Adr"),
    ("About 1,800 people fled fighting in Darfur and remain displaced inside Sudan.", 1800, "Darfur"),
]  # fmt: skip


@pytest.mark.parametrize("text,value,location", _ARRIVAL_COUNTRY_OVER_AN_UNKNOWN_ORIGIN_GRID)
def test_people_who_went_to_a_country_are_counted_there_not_in_an_unknown_region_they_fled(run, text, value, location):
    (figure,) = [f for f in run(text) if f.value == value]
    assert figure.location.startswith(location)


# A people named before its kind of group ("the Kuki tribe", "the Nuer and Dinka communities", "the Bodo and
# Santhal tribes", "the Kuki tribals") says who the people are, not where: the place the sentence names stays the
# figure's. Near-misses: a village of the same name with its kind after it stays a place, and a town named before
# a group that is not a people's ("host communities in Kassala") stays.
_A_PEOPLE_S_GROUP_IS_NO_PLACE_GRID = [
    ("In Manipur, about 6,000 members of the Kuki tribe have fled their villages.", 6000, "Manipur"),
    ("Some 3,000 people from the Bodo and Santhal tribes were displaced in Assam.", 3000, "Assam"),
    ("Some 3,000 people from the Nuer and Dinka communities fled their homes in Jonglei.", 3000, "Jonglei"),
    ("About 5,000 people of the Hema and Lendu communities were displaced in Ituri.", 5000, "Ituri"),
    ("About 7,000 people of the Gedeo and Guji communities were displaced in Oromia.", 7000, "Oromia"),
    ("Fighting that pitted the Kuki tribals against the Meitei sent 2,500 people into camps in Manipur.", 2500,
     "Manipur"),
    # near-misses
    ("Some 4,000 people fled their homes after clashes around Kuki village.", 4000, "Kuki"),
    ("Some 4,000 people of the Beja community fled to Kassala.", 4000, "Kassala"),
    ("About 1,500 displaced people are staying with host communities in Kassala.", 1500, "Kassala"),
]  # fmt: skip


@pytest.mark.parametrize("text,value,location", _A_PEOPLE_S_GROUP_IS_NO_PLACE_GRID)
def test_a_people_named_before_its_kind_of_group_is_no_place(run, text, value, location):
    (figure,) = [f for f in run(text) if f.value == value]
    assert figure.location.startswith(location)


# A state named again by its nickname after "the" ("the Lone Star state", "the Sunshine State", "the Bluegrass
# State") is the state the sentence already names, not a town that shares a word with it. Near-misses: a state's own
# name before "state" stays ("the Benue state", "the Gezira state", also beside a state people fled from).
_A_STATE_S_NICKNAME_IS_NO_SECOND_PLACE_GRID = [
    ("Officials asked 3,000 evacuees who drove to Texas last week to stay in the Lone Star State until power "
     "returns.", 3000, "Texas"),
    ("About 4,500 residents evacuated to Florida are being told to remain in the Sunshine State through the weekend.",
     4500, "Florida"),
    ("Some 2,000 people displaced in California are sheltering across the Golden State.", 2000, "California"),
    ("Around 800 families fled to Kentucky and are staying in the Bluegrass State with relatives.", 800, "Kentucky"),
    # near-misses
    ("Floods pushed 2,000 residents out of their houses across the Benue state, the agency said.", 2000, "Benue"),
    ("Some 1,200 people fled from Khartoum state to the Gezira state last week.", 1200, "Gezira"),
    ("Some 700 people fled to the Plateau state from Bauchi.", 700, "Plateau"),
]  # fmt: skip


@pytest.mark.parametrize("text,value,location", _A_STATE_S_NICKNAME_IS_NO_SECOND_PLACE_GRID)
def test_a_state_s_nickname_after_its_name_is_no_second_place(run, text, value, location):
    (figure,) = [f for f in run(text) if f.value == value]
    assert figure.location.startswith(location)


# The people's origin named right after their count gives way to where the clause's verb then puts them (living,
# sheltering, camping, being counted or moved somewhere: place:origin-gives-way). Near-misses: the origin with its
# province only, a body's or an event's town after it, people who went back home, and people who fled or were
# displaced "from X to Y" (the conventions of those verbs stay as they were).
_THE_ORIGIN_GIVES_WAY_GRID = [
    ("Some 1,250 families displaced from Dablo are living in classrooms in Kaya.", 1250, "Kaya"),
    ("About 1,250 evacuees from Dablo and Pensa are sheltering in churches in Kaya.", 1250, "Kaya"),
    ("Roughly 1,250 people from Dablo have been camping on the market square of Kaya.", 1250, "Kaya"),
    ("Over 1,250 households were relocated from the flooded camp of Dablo to Kaya.", 1250, "Kaya"),
    ("The IOM says 1,250 residents were moved from the village of Dablo to the site of Kaya.", 1250, "Kaya"),
    # near-misses
    ("Some 1,250 people displaced from Dablo in Sanmatenga province were registered.", 1250, "Dablo"),
    ("Some 1,250 people displaced from Dablo were counted, the mayor of Kaya said.", 1250, "Dablo"),
    ("Some 1,250 residents from Dablo fled after the attack in Kaya.", 1250, "Dablo"),
]  # fmt: skip


@pytest.mark.parametrize("text,value,location", _THE_ORIGIN_GIVES_WAY_GRID)
def test_the_origin_after_the_count_gives_way_to_where_the_verb_puts_them(run, text, value, location):
    (figure,) = [f for f in run(text) if f.value == value]
    assert figure.location.startswith(location)


# People who left one place for another are counted where they went: the flight verb names the place left as its
# object ("fled Kidal", "left Bosso", "fled from northern Mali") and the place reached after it, with "to" or "to
# safety in", or through a verb of going after a comma ("…, walking to Diffa", "…, making their way to Uganda"),
# with or without when or how they left between ("in recent weeks", "on foot"). Near-misses: "to" or "for" before
# no place ("to escape the fighting", "for fear of attacks", "for the hills"), "fled Goma for Bukavu" and
# "displaced from Malakal to Juba" (the place left, as the sets read them), a way with no arrival ("heading towards
# Goma", "bound for Chad") and a verb of going with no place ("walking for days") keep the place left.
_FLED_ONE_PLACE_FOR_ANOTHER_GRID = [
    ("More than 4,300 people have fled Menaka to safety in Gao since Sunday.", 4300, "Gao"),
    ("Nearly 650 families fled Tillaberi to safety in Niamey, the governor said.", 650, "Niamey"),
    ("Some 5,200 people fled from northern Mali to Mauritania over the year.", 5200, "Mauritania"),
    ("Over 3,800 people left Diffa, walking to Zinder with their goats.", 3800, "Zinder"),
    ("Some 1,250 people have left Mora in recent weeks, walking to Maroua.", 1250, "Maroua"),
    ("About 960 people fled Dori on foot, trekking to Kaya.", 960, "Kaya"),
    ("Close to 7,400 people have left northern Mozambique, walking to Malawi to find safety.", 7400, "Malawi"),
    ("Some 2,300 Congolese fled Bunia, making their way to Uganda.", 2300, "Uganda"),
    ("Nearly 3,000 people fled Sittwe last week to Yangon.", 3000, "Yangon"),
    ("An estimated 8,100 refugees fled Nyala, travelling to Chad by truck.", 8100, "Chad"),
    # near-misses
    ("More than 4,300 people have fled Menaka to escape the fighting.", 4300, "Menaka"),
    ("About 1,900 people left Kaya for fear of further attacks.", 1900, "Kaya"),
    ("Some 2,600 people fled Bunia for a second time since January.", 2600, "Bunia"),
    ("Around 2,700 residents fled Goma, heading towards Bukavu.", 2700, "Goma"),
    ("Around 2,700 residents fled Goma for Bukavu over the weekend.", 2700, "Goma"),
    ("An estimated 8,100 refugees fled Nyala, bound for Chad.", 8100, "Nyala"),
    ("Some 5,200 people were displaced from Malakal to Juba by the clashes.", 5200, "Malakal"),
    ("About 1,100 families left Mora, leaving their cattle behind.", 1100, "Mora"),
    ("Some 840 people left Dori, walking for days through the bush.", 840, "Dori"),
    ("Around 3,500 residents fled Bentiu for the hills, the commissioner said.", 3500, "Bentiu"),
    ("More than 4,300 people have fled Menaka since the attack on its market.", 4300, "Menaka"),
]  # fmt: skip


@pytest.mark.parametrize("text,value,location", _FLED_ONE_PLACE_FOR_ANOTHER_GRID)
def test_people_who_fled_one_place_for_another_are_counted_where_they_went(run, text, value, location):
    (figure,) = [f for f in run(text) if f.value == value]
    assert figure.location.startswith(location)


# A kind of administrative area closing a longer name ("the Caprivi Region", "the Lunsemfwa Area") is part of that
# name, not a place of its own that a gazetteer happens to hold under the bare word ("Region"): the name as written
# stands. Near-misses: a name known whole ("the Rift Valley"), a division whose own name is the first word ("Delta
# state"), a country after the kind ("the East Coast of Kenya"), and a coast named by its side or its people ("the
# East Coast", "the Kenyan Coast") keep their places.
_A_KIND_CLOSING_A_NAME_GRID = [
    ("Close to 3,100 people were moved to nine hillside camps across the Caprivi Region.", 3100, "Caprivi"),
    ("About 6,500 people were still living in relocation camps across the Caprivi Region in May.", 6500, "Caprivi"),
    ("Floods displaced some 1,800 households in the Kilombero Valley last week.", 1800, "Kilombero"),
    ("Some 950 families were evacuated from the Lunsemfwa Area after the dam spilled.", 950, "Lunsemfwa"),
    ("Around 1,400 people fled to camps along the Tanga Coast.", 1400, "Tanga"),
    # near-misses
    ("Some 4,000 families were displaced in the Rift Valley.", 4000, "Rift Valley"),
    ("Floods displaced 12,000 people in Delta state.", 12000, "Delta"),
    ("Floods displaced 12,000 people along the East Coast of Kenya.", 12000, "Kenya"),
    ("Some 2,300 people took refuge in community shelters along the East Coast.", 2300, "Coast"),
    ("Some 1,600 residents of fishing villages along the Kenyan Coast were evacuated.", 1600, "Coast"),
]  # fmt: skip


@pytest.mark.parametrize("text,value,location", _A_KIND_CLOSING_A_NAME_GRID)
def test_a_kind_of_place_closing_a_name_is_no_place_of_its_own(run, text, value, location):
    (figure,) = [f for f in run(text) if f.value == value]
    assert figure.location.startswith(location)


# A local government's office written in capitals after the name of its seat ("the Nyamasheke District Mayor said",
# "according to Joshipur Rural Municipality", "Chitipa District Council", "Gulu City Council reported", "Bududa
# District Chairperson NAME said") names the figure's place when its sentence names no other, before a place of the
# sentences before it, the seat known to a gazetteer or not. Near-misses: a place the sentence names itself stays
# the figure's, and an organisation with no seat ("the Kurdistan Regional Government", "the Norwegian Refugee
# Council") names none.
_A_LOCAL_OFFICE_S_SEAT_GRID = [
    ("The Nyamasheke District Mayor, Alice Mukamana, said that 63 families had been given temporary shelter.", 63,
     "Nyamasheke"),
    ("Nyamasheke District Mayor Alice Mukamana said 63 families had been given temporary shelter.", 63,
     "Nyamasheke"),
    ("Some 1,870 households had to leave their homes when the river rose, according to Joshipur Rural "
     "Municipality.", 1870, "Joshipur"),
    ("The Chitipa District Council reported 1,200 households displaced after the hailstorm.", 1200, "Chitipa"),
    ("Gulu City Council reported that 450 families were displaced by the storm.", 450, "Gulu"),
    ("A landslide buried homes in Bukalasi. Bududa District Chairperson Wilson Watira said 410 families had fled "
     "to camps.", 410, "Bududa"),
    ("Storms hit Mzuzu overnight. The Rumphi District Commissioner said 600 households had been moved to schools.",
     600, "Rumphi"),
    # near-misses
    ("The Chitipa District Council said 1,200 households had been displaced in Kameme.", 1200, "Kameme"),
    ("Gulu City Council said 450 families had fled from Layibi to Pece.", 450, "Pece"),
    ("Storms hit Mzuzu overnight. The Rumphi District Commissioner said 600 households had been moved to schools "
     "in Mzuzu.", 600, "Mzuzu"),
]  # fmt: skip


@pytest.mark.parametrize("text,value,location", _A_LOCAL_OFFICE_S_SEAT_GRID)
def test_a_local_office_s_seat_is_the_figure_s_place_when_its_sentence_names_no_other(run, text, value, location):
    (figure,) = [f for f in run(text) if f.value == value]
    assert figure.location.startswith(location)


@pytest.mark.parametrize(
    "text",
    [
        "The Kurdistan Regional Government counts 5,000 people who fled last spring.",
        "The Norwegian Refugee Council counts 3,000 people who fled last spring.",
    ],
)
def test_an_organisation_with_no_seat_names_no_place(run, text):
    (figure,) = run(text)
    assert figure.location is None


# A list of places, each with its own count in brackets and that count's share of the whole after it ("…, followed
# by Kassala (2,100 families, 24%)", "Baidoa (9,400 individuals, 41%) and Dollow (…)", "(2,500 IDPs or 18%)",
# "(1,900 people, 21 percent)"): every count takes the place written just before its bracket, the first item after
# "followed by" too, not the place the whole was counted in. Near-misses: a list of deaths or houses gives no figure,
# and a share of the whole's own count in brackets with no name before it stays in the whole's place.
_SHARE_IN_A_PLACE_S_BRACKET_GRID = [
    ("Since March, 2,740 households (31%) fled to or within Marib, followed by Taiz (1,540 HHs, 17%) and Lahj "
     "(920 HHs, 10%).", {2740: "Marib", 1540: "Taiz", 920: "Lahj"}),
    ("About 5,200 families were displaced in Sennar, followed by Kassala (2,100 families, 24%).",
     {5200: "Sennar", 2100: "Kassala"}),
    ("Some 4,300 people were evacuated in Sylhet, followed by Sunamganj (1,900 people, 21 percent).",
     {4300: "Sylhet", 1900: "Sunamganj"}),
    ("By June, 6,000 IDPs had arrived in Gedaref, followed by Kassala (2,500 IDPs or 18%).",
     {6000: "Gedaref", 2500: "Kassala"}),
    ("Since last month, 3,100 families have arrived in Gao, followed by Mopti (1,250 families; 30 per cent).",
     {3100: "Gao", 1250: "Mopti"}),
    ("Most new arrivals are in Baidoa (9,400 individuals, 41%) and Dollow (3,800 individuals, 17%).",
     {9400: "Baidoa", 3800: "Dollow"}),
    ("The displaced are spread over Nampula (3,000 households, 45%), Niassa (1,100 households, 16%) and Tete "
     "(800 households, 12%).", {3000: "Nampula", 1100: "Niassa", 800: "Tete"}),
    # near-misses
    ("The floods displaced 4,200 households in Gao (1,250 HHs or 30% of them in camps).",
     {4200: "Gao", 1250: "Gao"}),
    ("Floods destroyed 3,100 houses in Gao, followed by Mopti (1,250 houses, 30%).", {}),
    ("The fighting killed 310 people in Gao, followed by Mopti (125 people, 30%).", {}),
]  # fmt: skip


@pytest.mark.parametrize("text,expected", _SHARE_IN_A_PLACE_S_BRACKET_GRID)
def test_each_count_in_a_list_of_places_with_shares_takes_its_own_place(run, text, expected):
    assert {f.value: f.location for f in run(text)} == expected


# People moved from one place to another are counted where they went, in every form the verb of moving takes:
# passive ("were evacuated from Pavlodar to …"), after "forced … to" or "had to" in its base form ("forced 3,000
# people to evacuate from Atyrau to Aktau", "had to relocate from Dori to Kaya"), past ("fled from Palma to …"), with
# what they fled named before the place they left ("fled the fighting in Ituri to …"), and with where they went named
# through a direction ("to northern Angola", "to western Uganda") or the sites they were taken to ("to schools in
# Ekibastuz", "to camps in Pemba", "to evacuation centres in Pemba"). Near-misses: "towards" and "for" stay where
# they fled from (as the labelled sets read them), so do "to safety", "due to", a town the place left is "close to",
# and a town another count went to.
_MOVED_FROM_ONE_PLACE_TO_ANOTHER_GRID = [
    ("Rising water forced 3,150 residents to evacuate from Atyrau to Aktau on Sunday.", 3150, "Aktau"),
    ("Heavy rain forced 1,200 families to relocate from Kisumu to Homa Bay.", 1200, "Homa Bay"),
    ("Over 640 families had to relocate from Dori to Kaya.", 640, "Kaya"),
    ("Roughly 2,450 residents were evacuated from Pavlodar to schools in Ekibastuz.", 2450, "Ekibastuz"),
    ("Around 900 families were relocated from Mocimboa da Praia to camps in Pemba.", 900, "Pemba"),
    ("Some 2,300 people were moved from Palma to evacuation centres in Pemba.", 2300, "Pemba"),
    ("Since May, 4,000 Congolese have fled the fighting in Ituri to western Uganda.", 4000, "Uganda"),
    ("Over 7,100 villagers fled the clashes around Tshikapa to northern Angola.", 7100, "Angola"),
    ("Some 2,300 people fled from Palma to southern Tanzania.", 2300, "Tanzania"),
    ("About 1,800 people fled Bentiu to neighbouring Sudan.", 1800, "Sudan"),
    ("Last week 450 households returned from Duhok's camps to their homes in Sinjar, the ministry said.", 450,
     "Sinjar"),
    # near-misses
    ("About 3,000 people fled Atyrau towards Aktau.", 3000, "Atyrau"),
    ("About 3,000 people fled Dori for Kaya.", 3000, "Dori"),
    ("About 3,000 people fled Atyrau to safety on Sunday.", 3000, "Atyrau"),
    ("About 3,000 people fled Atyrau due to floods on the Ural.", 3000, "Atyrau"),
    ("Some 3,050 residents were evacuated from Atyrau, close to Aktau.", 3050, "Atyrau"),
    ("About 3,000 people fled Atyrau, and 500 others went to Aktau.", 3000, "Atyrau"),
    ("About 3,000 people fled the floods in Atyrau, according to the Aktau akimat.", 3000, "Atyrau"),
]  # fmt: skip


@pytest.mark.parametrize("text,value,location", _MOVED_FROM_ONE_PLACE_TO_ANOTHER_GRID)
def test_people_moved_from_one_place_to_another_are_counted_where_they_went(run, text, value, location):
    (figure,) = [f for f in run(text) if f.value == value]
    assert figure.location == location


# A headline set in title case capitalises ordinary words, and a run of them after "in", "from" or "into" is no place:
# one a determiner opens ("From Their Homes"), one made of ordinary words alone ("In Ruins", "In Dire Conditions",
# "In Low-Lying Areas", "Into The Hills"), and a name running on across a small word the title capitalised is cut
# there ("Reach Multan Living In Relief Camps": Multan). Near-misses: a place the gazetteer knows stays, so does a
# name no list knows ("In Kampung Gadek"), and the same words in running text are read as before.
_TITLE_CASE_WORDS_GRID = [
    ("Shelling Drives 640 Households Out Of Their Homes", 640, None),
    ("Thousands Displaced By Quake, Many Still In Dire Conditions", 1000, None),
    ("Floods Displace 4,000 People In Low-Lying Areas", 4000, None),
    ("Fighting Forces 5,000 To Flee Into The Hills", 5000, None),
    ("Thousands Displaced As Floods Hit Northern Villages", 1000, None),
    ("2,400 Flood Survivors Reach Multan Living In Relief Camps", 2400, "Multan"),
    ("Shelling Drives 640 Households Out Of Their Homes In Chin State", 640, "Chin State"),
    # near-misses
    ("Thousands Flee Homes In Ngala And Dikwa After Attacks", 1000, "Ngala"),
    ("Floods Displace 4,000 In Kampung Gadek", 4000, "Kampung Gadek"),
    ("Floods displaced 4,000 people in Kampung Gadek on Sunday.", 4000, "Kampung Gadek"),
    ("About 600 villagers fled to Mindat from their homes on Tuesday.", 600, "Mindat"),
]  # fmt: skip


@pytest.mark.parametrize("text,value,location", _TITLE_CASE_WORDS_GRID)
def test_ordinary_words_a_title_capitalises_are_no_place(run, text, value, location):
    (figure,) = [f for f in run(text) if f.value == value]
    assert figure.location == location


# A faith or a people written with a capital says who the people are, not where: "a settlement of Rohingya Muslims
# in Bangladesh" and "at Rohingya camp in Bangladesh" are Bangladesh's, "Muslim-majority villages around Bossangoa"
# Bossangoa's. Near-misses: the places named beside them stay the figure's, and a count of a faith that names no
# place has none.
_FAITH_OR_PEOPLE_GRID = [
    ("Flames swept a settlement of Rohingya Muslims in Bangladesh, and 2,600 refugees were left homeless.", 2600,
     "Bangladesh"),
    ("About 1,300 refugees fled a blaze at Rohingya camp in Bangladesh on Sunday.", 1300, "Bangladesh"),
    ("Some 900 Christians fled Muslim-majority villages around Bossangoa.", 900, "Bossangoa"),
    # near-misses
    ("Some 3,000 Hindus fled to Jammu after the attacks.", 3000, "Jammu"),
    ("About 1,500 Yazidis took shelter in Sharya.", 1500, "Sharya"),
    ("About 2,000 people fled a camp for Rohingya refugees near Teknaf.", 2000, "Teknaf"),
    ("Nearly 1,900 Muslims took refuge in the Saint Joseph School after the raid.", 1900, None),
]  # fmt: skip


@pytest.mark.parametrize("text,value,location", _FAITH_OR_PEOPLE_GRID)
def test_a_faith_or_a_people_is_no_place(run, text, value, location):
    (figure,) = [f for f in run(text) if f.value == value]
    assert figure.location == location


# A town heading a story written there ("QUETTA: …", "Kandy: …") gives way to its country or division that the
# story names for the people; officials "in" a country or a division opening the story say where, a compass
# adjective written as one word ("southwestern") included. Near-misses: a heading followed by a short line keeps
# its town, a country heading gives way to the town the story names, and officials in a valley no gazetteer
# holds as a division name no place.
_DATELINE_STORY_GRID = [
    ("QUETTA: Officials in southwestern Pakistan moved more than 42,000 people away from swollen streams on Sunday, "
     "the provincial disaster authority said.", 42000, "Pakistan"),
    ("Kandy: Heavy rain has battered the hill country of Sri Lanka and some 6,300 families have taken shelter in "
     "140 safety centres, the DMC said.", 6300, "Sri Lanka"),
    ("MULTAN: Rising water forced about 25,000 villagers in Punjab to leave their homes over the weekend, a "
     "spokesman for the relief department said.", 25000, "Punjab"),
    ("Authorities in northeastern Nigeria said some 8,400 people had fled to Bama after the raids.", 8400, "Bama"),
    # near-misses
    ("Peshawar: 3,000 families displaced in Pakistan floods", 3000, "Peshawar"),
    ("Haiti: armed groups forced 4,500 residents out of Mirebalais this week, the IOM said.", 4500, "Mirebalais"),
    ("Authorities in the Ahr valley said 3,000 people had been evacuated.", 3000, None),
]  # fmt: skip


@pytest.mark.parametrize("text,value,location", _DATELINE_STORY_GRID)
def test_a_town_heading_a_story_gives_way_to_the_place_the_story_names(run, text, value, location):
    (figure,) = [f for f in run(text) if f.value == value]
    assert figure.location == location


# Where the text names the figure's place in the sentences before it, these say which one: the district a speaker's
# office is named by ("deputy commissioner Swabi", "DC Charsadda"); a town, not the letters of committees in the
# plural ("the VDCs"); the municipality, not rivers listed together ("the Rapti, Babai and Tinau rivers"); a
# district, not the province it is "of"; the place before a sentence that only says where a bridge or a road was
# hit; a village opening a sentence with its kind ("Ban Pak Village, …"); a town run together with its country
# ("Buzi Mozambique"). Near-misses: a person's name after an office, a place where people are (not a bridge), a
# district "in" a state, a country's own name of two words.
_NAMED_BEFORE_GRID = [
    ("Gul Zaman, the flood focal person and deputy commissioner Swabi, told reporters the river was still rising. "
     "“We have shifted nearly 12,000 people to relief camps,” he said.", 12000, "Swabi"),
    ("Rahim Gul, DC Charsadda, said 3,000 people had moved to relief camps.", 3000, "Charsadda"),
    ("Floods hit Nsanje district on Monday. Some 2,100 people are now in nine camps set up through the ADCs.", 2100,
     "Nsanje"),
    ("Floods struck Lamahi municipality on Tuesday. The water in the Rapti, Babai and Tinau rivers kept rising. "
     "About 420 households were displaced.", 420, "Lamahi"),
    ("Villages of Gaur municipality went under water. Levels in the Lalbakaiya and Bagmati River are still high. "
     "Some 230 families were displaced.", 230, "Gaur"),
    ("Storms tore roofs off in Kaoma district of Western Province of Zambia last week. Some 240 households were "
     "displaced.", 240, "Kaoma"),
    ("Heavy rain fell in Jajarkot district all week. A flood swept away a suspension bridge at Khalanga. More than "
     "140 families have been displaced.", 140, "Jajarkot"),
    ("Landslides cut the road in Myagdi district. Rocks blocked the highway section of the Beni road. Some 75 "
     "families were displaced.", 75, "Myagdi"),
    ("Ban Pak Village, some 12 kilometres below the broken dam, lost most of its houses. About 300 residents were "
     "moved to a temple nearby.", 300, "Ban Pak"),
    ("More than 600 people in Buzi Mozambique are still sleeping in tents.", 600, "Buzi"),
    # near-misses
    ("Deputy Commissioner Tariq Mehmood said 3,000 people had moved to relief camps.", 3000, None),
    ("Heavy rain fell in Jajarkot district all week. The flood reached homes at Khalanga. More than 140 families "
     "have been displaced.", 140, "Khalanga"),
    ("Floods hit Barpeta district in Assam on Monday. About 9,000 people were evacuated.", 9000, "Assam"),
    ("About 2,000 people were displaced in Equatorial Guinea.", 2000, "Equatorial Guinea"),
]  # fmt: skip


@pytest.mark.parametrize("text,value,location", _NAMED_BEFORE_GRID)
def test_which_place_named_before_the_figure_is_its_place(run, text, value, location):
    (figure,) = [f for f in run(text) if f.value == value]
    assert figure.location == location


# a ranking of hosts: the first "takes the lead" or "tops the list" hosting a count, the next "followed by" a name
# and "which hosts" with no comma between; each count is its host's, not the region the sentence opens with
# (place:host-ranked)
_HOST_RANKED_GRID = [
    ("In the Far North region, Mayo-Sava takes the lead, hosting some 52,300 IDPs, followed by Logone which hosts "
     "18,700 IDPs.", {52300: "Mayo-Sava", 18700: "Logone"}),
    ("In Upper Nile, Renk takes the lead, sheltering about 41,000 returnees, followed by Malakal which hosts 12,500 "
     "returnees.", {41000: "Renk", 12500: "Malakal"}),
    ("Among the camps, Kakuma tops the list, hosting more than 200,000 refugees, followed by Dadaab that hosts 180,000 "
     "refugees.", {200000: "Kakuma", 180000: "Dadaab"}),
    ("In Jubaland, Dolow took the lead, hosting 30,000 IDPs.", {30000: "Dolow"}),
    # near-misses: a lead taken in no hosting, and a plain aside, keep the places they had
    ("In Borno, Monguno, a garrison town, hosts 146,000 IDPs.", {146000: "Monguno"}),
    ("Floods displaced 8,000 people in Sindh, where the army took the lead in rescues.", {8000: "Sindh"}),
]  # fmt: skip


@pytest.mark.parametrize("text,places", _HOST_RANKED_GRID)
def test_each_host_of_a_ranking_is_its_count_place(run, text, places):
    assert {f.value: f.location for f in run(text)} == places


# a given name that is also a town's ("George", "Florence", "Victoria") before a family name no gazetteer holds and
# the office held, is a speaker, not the figure's place (place:person-name)
_PERSON_NAME_GRID = [
    ("Wildfires spread across Evia on Monday. George Papadakis, the regional fire chief, said some 3,400 people had "
     "been moved to safety.", 3400, "Evia"),
    ("Heavy rains hit Kisumu this week. Florence Wanjiru, the county disaster coordinator, said 3,200 people had fled "
     "to schools.", 3200, "Kisumu"),
    ("Floods swept through Beira overnight. Victoria Mabunda, a spokesperson for the provincial government, said 6,100 "
     "people were in accommodation centres.", 6100, "Beira"),
    # near-misses: the town itself, before an office's own words, and a town of two names the gazetteer knows
    ("Some 4,000 people fled to George, the municipal manager said on Monday.", 4000, "George"),
    ("Floods forced 2,000 people from their homes in Victoria Falls, the district commissioner said.", 2000,
     "Victoria Falls"),
]  # fmt: skip


@pytest.mark.parametrize("text,value,location", _PERSON_NAME_GRID)
def test_a_given_name_before_an_office_is_no_place(run, text, value, location):
    (figure,) = [f for f in run(text) if f.value == value]
    assert figure.location == location


# a count spread "across", "around" or "throughout the country", in a sentence naming no place, is the country's
# the text named, not the town's the sentence before named (place:across-the-country)
_ACROSS_THE_COUNTRY_GRID = [
    ("Some 40 families were evacuated on Sunday in Chinandega, Nicaragua, after the river rose. About 310 families "
     "have been moved to 25 shelters around the country, the civil defence said.", 310, "Nicaragua"),
    ("Landslides buried homes in Kasese, Uganda. More than 2,000 people have fled their homes across the country, "
     "the Red Cross said.", 2000, "Uganda"),
    ("Heavy rain fell on Sylhet, Bangladesh. Some 900 people in the town fled. Throughout the country, 14,000 people "
     "are in cyclone shelters.", 14000, "Bangladesh"),
    # near-misses: the country's own office names no spread, and a count in the town stays the town's
    ("Heavy rain fell on Kasese, Uganda. Some 900 people fled. The country's disaster office said 4,000 people were "
     "in camps.", 4000, "Kasese"),
    ("Heavy rain fell on Kasese, Uganda, as the country braced for more storms. Some 900 people fled to schools.", 900,
     "Kasese"),
]  # fmt: skip


@pytest.mark.parametrize("text,value,location", _ACROSS_THE_COUNTRY_GRID)
def test_a_count_across_the_country_is_the_country_s(run, text, value, location):
    (figure,) = [f for f in run(text) if f.value == value]
    assert figure.location == location


# a country whose border a place lies near ("a town near the border of Sudan", "near Niger's western border with
# Mali"), in a sentence naming other places, is no place of the people's; with no other left, the text's place
# before holds (place:near-border)
_NEAR_BORDER_GRID = [
    ("In Birao, a town near the border of Sudan, some 3,000 people have fled their homes.", 3000, "Birao"),
    ("Some 5,000 people have fled to Ouallam, near Niger's western border with Mali, officials said.", 5000,
     "Ouallam"),
    ("Clashes forced hundreds of families to run to the small town of Kaga Bandoro. About 6,500 people have taken "
     "refuge in the town since the fighting near Chad's southern border with Sudan began.", 6500, "Kaga Bandoro"),
    # near-misses: the only place named, and a border crossed, stay the figure's place
    ("About 5,000 people fled to villages near the border with Chad.", 5000, "Chad"),
    ("Some 2,300 refugees crossed the border into Chad near Adre last week.", 2300, "Adre"),
]  # fmt: skip


@pytest.mark.parametrize("text,value,location", _NEAR_BORDER_GRID)
def test_a_country_whose_border_a_place_is_near_is_no_place(run, text, value, location):
    (figure,) = [f for f in run(text) if f.value == value]
    assert figure.location == location


# a country's own name before its government, officials or police, in a sentence naming no place, is where the
# people are, as "Cuban authorities" names Cuba (place:nation-of-authorities)
_COUNTRY_BEFORE_OFFICE_GRID = [
    ("The Vanuatu government says some 3,400 people are in evacuation centres after the cyclone.", 3400, "Vanuatu"),
    ("Tonga officials said more than 1,900 people had fled to higher ground.", 1900, "Tonga"),
    ("The Samoa government said 650 people were staying in church halls.", 650, "Samoa"),
    # near-misses: a town named keeps its place; a state's name is no country
    ("Fiji police said 200 people had been evacuated in Nadi.", 200, "Nadi"),
    ("Victoria police said 1,200 people were evacuated.", 1200, None),
]  # fmt: skip


@pytest.mark.parametrize("text,value,location", _COUNTRY_BEFORE_OFFICE_GRID)
def test_a_country_named_before_its_office_is_the_place(run, text, value, location):
    (figure,) = [f for f in run(text) if f.value == value]
    assert figure.location == location


# a second clause with "and in" another place and "there are" its own count: the places after it are its own, the
# count before keeps the place it was named with (place:own-clause)
_AND_IN_THERE_ARE_GRID = [
    ("There are 40 evacuation centres in Ba with 816 evacuees, and in Nadi there are 194 evacuees.",
     {816: "Ba", 194: "Nadi"}),
    ("The office counts 31 centres in the Northern Division with 640 evacuees and in the Western Division there are "
     "210 evacuees.", {640: "Northern Division", 210: "Western Division"}),
    ("Some 1,450 displaced people are staying in Tanna and in Erromango there were about 300 displaced people.",
     {1450: "Tanna", 300: "Erromango"}),
    # with no comma, after a word: a count, its noun (an aside in brackets) and a verb open a clause of their own
    ("The agency adds that nearly 52,000 refugees from the conflict are living in Chad and 140,000 returnees "
     "(former IDPs) are back in Ouaddai.", {52000: "Chad", 140000: "Ouaddai"}),
    ("Floods displaced 5,000 people in Sindh and 3,000 people were evacuated in Punjab.",
     {5000: "Sindh", 3000: "Punjab"}),
    # near-misses: one count for two places named together stays with the first; a list sharing one verb
    ("About 900 evacuees are in Ba and in Nadi.", {900: "Ba"}),
    ("Some 5,000 people in Sindh and 3,000 in Punjab were displaced.", {5000: "Sindh", 3000: "Punjab"}),
]  # fmt: skip


@pytest.mark.parametrize("text,places", _AND_IN_THERE_ARE_GRID)
def test_and_in_another_place_there_are_its_own_count(run, text, places):
    assert {f.value: f.location for f in run(text)} == places


# a place as the subject of hosting governs the count right after its verb, or inside the clause that says it, even
# with another place named further on (where people came from, or a later list's place); a reception centre's kind
# after its name and "is among the camps that house …" read the same (place:host-governs)
_HOST_GOVERNS_GRID = [
    ("The Lobule IDP site, which already shelters 9,000 people displaced last year, has had to accommodate 12,000 "
     "more fleeing the raid on Djugu.", {9000: "Lobule", 12000: "Lobule"}),
    ("Nyakabande Transit Centre now hosts more than 3,200 Congolese arrivals from Rutshuru.", {3200: "Nyakabande"}),
    ("Matandara is one of the camps that house 450 families uprooted by the storm in Chimanimani.",
     {450: "Matandara"}),
    ("Two churches opened, one in Munhava ward (hosting 310 people) and one in Macurungo (hosting 95 people).",
     {310: "Munhava", 95: "Macurungo"}),
    ("Kakata camp, sheltering some 4,000 displaced people from Gbarpolu, is full.", {4000: "Kakata"}),
    ("The Dibaga camp currently houses 49 families displaced from Makhmour.", {49: "Dibaga"}),
    # near-misses: another place named between the host and the count takes it; a host with no count right after
    # its verb leaves the next place's count alone; "houses" as a noun is no hosting
    ("Bor hosts a market, and 2,000 people fled to Juba.", {2000: "Juba"}),
    ("Gaza houses were flattened and 3,000 people fled to Rafah.", {3000: "Rafah"}),
    ("Kagoma hosts refugees from several provinces, and in Kyaka some 6,000 people are in camps.", {6000: "Kyaka"}),
    # a town fronted before a site whose hosting a clause about it says keeps the figures; a place right before its
    # verb after a fronted town still governs
    ("In Kaga Bandoro, the Lazare site, which sheltered 19,000 people in 2016, still hosts about 7,000 IDPs.",
     {19000: "Kaga Bandoro", 7000: "Kaga Bandoro"}),
    ("In Beira, two churches opened: one in Munhava ward (hosting 310 people) and one in Macurungo (hosting 95 "
     "people).", {310: "Munhava", 95: "Macurungo"}),
]  # fmt: skip


@pytest.mark.parametrize("text,places", _HOST_GOVERNS_GRID)
def test_the_subject_of_hosting_is_the_place_of_the_count_it_hosts(run, text, places):
    assert {f.value: f.location for f in run(text)} == places


# "from X and the villages around it in Y": Y only locates X and its villages (an adjective before "villages" is no
# verb putting the people in Y); a UN base's kind written "Protection of Civilian Site" is no name, the town after
# it is the place
_ORIGIN_WITH_ITS_VILLAGES_GRID = [
    ("Some 7,500 people are displaced from the town of Mbres and surrounding villages in the Central African "
     "Republic.", {7500: "Mbres"}),
    ("An estimated 2,000 residents have fled from Kiwanja and nearby villages in North Kivu since Monday.",
     {2000: "Kiwanja"}),
    ("About 900 families were uprooted from Bambari and outlying hamlets in the Ouaka prefecture.", {900: "Bambari"}),
    ("More than 6,000 IDPs have taken refuge at the Protection of Civilian Site in Bentiu.", {6000: "Bentiu"}),
    ("Some 3,100 displaced people sought shelter at the Protection of Civilians site (PoC) in Malakal this week.",
     {3100: "Malakal"}),
    # near-misses: people who fled from a town and are staying elsewhere are counted where they stay
    ("About 3,000 people fled from Kiwanja and are now staying in Rutshuru.", {3000: "Rutshuru"}),
]  # fmt: skip


@pytest.mark.parametrize("text,places", _ORIGIN_WITH_ITS_VILLAGES_GRID)
def test_a_town_and_its_villages_keep_their_place_before_the_country(run, text, places):
    assert {f.value: f.location for f in run(text)} == places


# people "from X" who "sought refuge in" the country, then where mainly: where they found refuge, not where they
# came from, even when its names stand after the part's cue (place:refuge-after-origin)
_REFUGE_AFTER_ORIGIN_GRID = [
    ("Some 5,300 people from Mali have sought refuge in the country, mostly in Bassikounou and Fassala.",
     {5300: "Bassikounou"}),
    ("About 12,000 refugees from Sudan had found refuge in the east of the country, mainly in Adre and Farchana.",
     {12000: "Adre"}),
    # near-misses: a country named as the refuge stays; with no other place, where they came from is all there is
    ("Some 12,000 refugees from Sudan have sought refuge in Chad, mostly in Adre and Farchana.", {12000: "Chad"}),
    ("About 3,000 people from Kiwanja have found shelter in schools.", {3000: "Kiwanja"}),
]  # fmt: skip


@pytest.mark.parametrize("text,places", _REFUGE_AFTER_ORIGIN_GRID)
def test_where_people_from_elsewhere_found_refuge_is_their_place(run, text, places):
    assert {f.value: f.location for f in run(text)} == places

"""French constructions read from fresh reporting, round ext17b (one behaviour a test, with a case where the
construction must give nothing or something else). The earlier ones are in test_language_constructions.py."""

from datetime import date

import pytest

from extraction import languages


@pytest.fixture(scope="module")
def read(gazetteer):
    def read(text):
        return languages.extract(text, lang="fr", gazetteer=gazetteer, published=date(2025, 3, 1))

    return read


def one(found):
    assert len(found) == 1, [(c.value, c.quote) for c in found]
    return found[0]


# --- batch 1 ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "forced",
    ["ont été contraintes d'abandonner leurs cases", "ont été obligés de quitter leurs logements",
     "ont été forcées de fuir leur domicile"],
)  # fmt: skip
def test_forced_to_leave_abandon_or_flee(read, forced):
    found = one(read(f"Une trentaine de familles {forced} à Mokolo."))
    assert (found.value, found.qualifier, found.unit, found.location) == (30, "approximately", "household", "Mokolo")


def test_huts_left_are_homes_but_huts_destroyed_are_no_figure(read):
    assert read("Les pluies ont détruit 1 200 cases à Mokolo.") == []


def test_the_region_of_the_names_the_region_not_a_country_later(read):
    found = one(read("Dans la région des Savanes, plus de 7 000 personnes ont fui leurs villages frontaliers du "
                     "Burkina Faso depuis janvier."))  # fmt: skip
    assert (found.value, found.location) == (7_000, "Savanes")


def test_a_town_that_hosts_people_in_the_present(read):
    found = one(read("Djibo accueille désormais près de 270 000 personnes déplacées internes, selon le CONASUR."))
    assert (found.value, found.location, found.reporting_body) == (270_000, "Djibo", "CONASUR")


def test_a_camp_that_could_take_people_still_gives_no_figure(read):
    assert read("Le camp de Minawao peut accueillir 30 000 personnes.") == []


def test_holidaymakers_and_campers_evacuated(read):
    found = one(read("Dans le Var, des milliers de vacanciers ont été évacués des campings avant l'incendie."))
    assert (found.value, found.qualifier, found.location) == (1_000, "at_least", "Var")
    assert read("Le Var a accueilli 3 millions de vacanciers cet été.") == []


def test_the_high_commission_overseas_is_a_body(read):
    found = one(read("En Nouvelle-Calédonie, 430 personnes ont été évacuées vers des centres d'hébergement, selon le "
                     "haut-commissariat."))  # fmt: skip
    assert found.reporting_body == "haut-commissariat"


def test_an_armed_group_after_de_is_no_place(read):
    found = one(read("Une trentaine de familles ont fui après l'incursion de Boko Haram dans le village de Kolofata."))
    assert found.location == "Kolofata"


# --- batch 2 ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "moved",
    ["se sont repliés sur Kaya", "ont été forcés de se déplacer vers Kaya", "se sont déplacés vers Kaya",
     "ont été recasés à Kaya"],
)  # fmt: skip
def test_fell_back_moved_or_resettled(read, moved):
    found = one(read(f"Plus de 3 500 ménages {moved} après l'attaque, selon le CONASUR."))
    assert (found.value, found.unit, found.location, found.reporting_body) == (3_500, "household", "Kaya", "CONASUR")


@pytest.mark.parametrize("homeless", ["sans logis", "sans logement"])
def test_left_without_a_roof(read, homeless):
    found = one(read(f"Les démolitions ont laissé {homeless} plus de 8 000 habitants à Abidjan."))
    assert (found.value, found.qualifier) == (8_000, "more_than")


def test_disaster_victims_given_shelter_are_displaced_but_alone_only_affected(read):
    assert one(read("À Baie-Saint-Paul, 500 sinistrés hébergés par la Croix-Rouge.")).value == 500
    assert read("À Baie-Saint-Paul, les inondations ont fait 500 sinistrés.") == []


def test_still_unable_to_go_home(read):
    found = one(read("Au Liban-Sud, près de 30 000 personnes n'ont toujours pas pu regagner leurs villages."))
    assert (found.value, found.qualifier, found.location) == (30_000, "nearly", "Liban-Sud")


def test_a_name_joined_to_a_country_by_a_hyphen_is_kept_as_written(read):
    assert one(read("Quelque 2 000 personnes ont fui vers le Congo-Brazzaville.")).location == "Congo-Brazzaville"


def test_a_kind_of_place_right_before_its_name(read):
    found = one(read("À Madagascar, le cyclone a laissé quelque 6 000 personnes sans abri dans la région Sofia."))
    assert found.location == "Sofia"
    assert one(read("Quelque 900 personnes ont été évacuées, a indiqué la préfecture.")).reporting_body == "préfecture"


def test_the_burgomaster_is_a_body(read):
    found = one(read("Une cinquantaine d'habitants de Pepinster ont dû être relogés, a indiqué le bourgmestre."))
    assert (found.value, found.reporting_body) == (50, "bourgmestre")


def test_campers_among_the_evacuated_are_a_part_not_a_figure(read):
    found = one(read("Incendie dans l'Aude : 1 500 personnes évacuées, dont 600 campeurs, selon la préfecture."))
    assert found.value == 1_500


# --- batch 3 ---------------------------------------------------------------------------------------------------


def test_a_name_that_opens_with_a_month_or_a_country_and_a_hyphen_is_kept_as_written(read):
    found = one(read("Selon la DTM, 4 512 ménages ont été nouvellement déplacés dans la province du Mai-Ndombe."))
    assert (found.value, found.location) == (4_512, "Mai-Ndombe")
    assert one(read("Plus de 900 personnes ont fui Kaya le 3 février.")).period_start == date(2025, 2, 3)


def test_a_population_movement_is_a_displacement(read):
    found = one(read("Un mouvement de population de plus de 10 000 personnes a été signalé vers Bunia."))
    assert (found.value, found.qualifier, found.location) == (10_000, "more_than", "Bunia")


def test_medical_evacuations_are_no_displacement(read):
    assert read("MSF a procédé à 45 évacuations sanitaires depuis l'hôpital de Drodro.") == []


def test_crossed_the_mark_of_is_more_than(read):
    found = one(read("Le nombre de personnes déplacées en RDC a franchi la barre des 7 millions, selon l'OIM."))
    assert (found.value, found.qualifier, found.reporting_body) == (7_000_000, "more_than", "OIM")


def test_ordered_to_leave_is_a_figure_asked_to_be_ready_is_not(read):
    found = one(read("Quelque 3 000 habitants ont reçu l'ordre de quitter leur domicile à Saint-Martin-Vésubie."))
    assert (found.value, found.term) == (3_000, "evacuated")
    assert read("Les autorités ont demandé à 8 000 riverains de la Roya de se tenir prêts à évacuer.") == []


def test_spontaneous_returns_of_people_displaced_by_floods(read):
    found = one(read("Les retours spontanés de 12 000 personnes déplacées par les inondations ont été observés à "
                     "Gatumba, selon l'OIM."))  # fmt: skip
    assert (found.value, found.location) == (12_000, "Gatumba")


@pytest.mark.parametrize(
    "staying",
    ["sont logées chez l'habitant à Kousseri", "occupent des salles de classe à Kousseri",
     "sont installées dans des tentes à Kousseri"],
)  # fmt: skip
def test_staying_with_locals_in_classrooms_or_tents(read, staying):
    found = one(read(f"Plus de 4 000 personnes {staying}, selon le HCR."))
    assert (found.value, found.location, found.reporting_body) == (4_000, "Kousseri", "HCR")


def test_the_cumulative_number_of_displaced(read):
    found = one(read("Le cumul des personnes déplacées depuis janvier dans la province du Lac atteint 80 000."))
    assert (found.value, found.location) == (80_000, "Lac")


def test_that_is_a_total_converts_the_households_however_far(read):
    found = one(read("Selon le ministère, 1 050 ménages ont été réinstallés sur le site de Kaga-Bandoro, soit un total "
                     "de 5 200 personnes."))  # fmt: skip
    assert (found.value, found.unit) == (1_050, "household")
    found = one(read("Les attaques ont vidé vingt villages, soit près de 9 000 personnes parties vers Ouallam."))
    assert (found.value, found.unit, found.location) == (9_000, "person", "Ouallam")
    found = one(read("Les attaques ont chassé 2 000 ménages de leurs villages, soit près de 9 000 personnes."))
    assert (found.value, found.unit) == (2_000, "household")


def test_a_lower_case_office_with_its_level_is_the_body(read):
    found = one(read("Au Niger, 3 700 ménages déplacés sont installés dans des tentes à Ayorou, selon la direction "
                     "régionale de l'action humanitaire de Tillabéri."))  # fmt: skip
    assert found.reporting_body.startswith("direction régionale de l'action humanitaire")


def test_the_nationals_a_country_hosts_are_refugees(read):
    found = one(read("Le Tchad accueille 1,2 million de Soudanais, selon le gouvernement."))
    assert (found.value, found.location) == (1_200_000, "Tchad")
    assert read("Le Tchad compte 1,2 million de Soudanais vaccinés.") == []


# --- batch 4 ---------------------------------------------------------------------------------------------------


def test_an_assessment_carried_out_by_a_body_names_the_body(read):
    found = one(read("Selon l'évaluation rapide menée par Caritas, quelque 600 ménages seraient arrivés à Kaya."))
    assert (found.value, found.reporting_body) == (600, "Caritas")


@pytest.mark.parametrize("back", ["ont pu regagner leur domicile", "ont réintégré leur logement"])
def test_able_to_go_home_is_a_return(read, back):
    found = one(read(f"Après la décrue, 1 450 habitants de Redon {back}, a annoncé la préfecture."))
    assert (found.value, found.term, found.location) == (1_450, "returned", "Redon")


def test_counted_by_a_body_in_the_singular_passive(read):
    found = one(read("À Gao, un total de 3 456 ménages déplacés a été recensé par la Direction régionale du "
                     "développement social."))  # fmt: skip
    assert found.reporting_body == "Direction régionale du développement social"


def test_a_number_over_a_mark_now(read):
    found = one(read("Le nombre de réfugiés maliens en Mauritanie dépasse désormais les 250 000, selon le HCR."))
    assert (found.value, found.qualifier) == (250_000, "more_than")


def test_the_displaced_are_a_number(read):
    found = one(read("Au Niger, les déplacés de longue durée sont 380 000, selon le ministère de l'Intérieur."))
    assert (found.value, found.location) == (380_000, "Niger")
    assert read("Au Niger, les déplacés sont 60 % à vivre dans des familles d'accueil.") == []


# --- batch 5 ---------------------------------------------------------------------------------------------------


def test_a_coordinator_with_a_level_before_of_names_the_body(read):
    found = one(read("« Nous avons recensé 6 000 nouveaux déplacés à Kalemie », a déclaré le coordonnateur provincial "
                     "de la Commission mouvements de population."))  # fmt: skip
    assert found.reporting_body == "Commission mouvements de population"


def test_a_mark_crossed_in_the_passive_is_more_than_and_under_a_mark_less(read):
    found = one(read("En RDC, la barre des 100 000 déplacés a été franchie dans le territoire de Fizi, selon OCHA."))
    assert (found.value, found.qualifier) == (100_000, "more_than")


def test_the_latest_available_data_of_a_body(read):
    found = one(read("Le Burkina Faso compte 2,1 millions de déplacés internes, selon les dernières données "
                     "disponibles du CONASUR."))  # fmt: skip
    assert found.reporting_body == "CONASUR"


def test_displaced_voters_are_no_figure(read):
    assert read("Près de 23 000 déplacés ont voté lors des élections municipales à Saint-Marc.") == []


def test_deprived_of_housing_is_homeless(read):
    found = one(read("L'ouragan a privé de logement plus de 2 000 familles à Jérémie, selon la mairie."))
    assert (found.value, found.unit, found.location) == (2_000, "household", "Jérémie")


def test_left_an_island_and_reunion_is_named_as_written(read):
    found = one(read("Quelque 900 habitants ont quitté l'île de Mayotte depuis le passage du cyclone Chido."))
    assert (found.value, found.location) == (900, "Mayotte")
    assert one(read("Quelque 900 personnes ont été évacuées à La Réunion.")).location == "La Réunion"


def test_civil_security_is_a_body(read):
    found = one(read("Au total, 2 500 résidents de Baie-Comeau ont été évacués, selon la sécurité civile du Québec."))
    assert found.reporting_body.startswith("sécurité civile")


def test_households_whose_houses_were_washed_away_sleeping_in_churches(read):
    found = one(read("Des centaines de ménages dont les maisons ont été emportées dorment dans des églises à Kasenga."))
    assert (found.value, found.unit) == (100, "household")


# --- batch 6 ---------------------------------------------------------------------------------------------------


def test_a_daily_flow_in_the_present(read):
    found = one(read("Chaque jour, 200 à 300 Soudanais franchissent la frontière à Adré, selon MSF."))
    assert (found.value, found.value_high, found.location) == (200, 300, "Adré")


@pytest.mark.parametrize(
    "present",
    ["campent devant le bureau du HCR à Bangui", "squattent des bâtiments publics à Bangui",
     "affluent vers Bangui", "s'entassent dans des écoles à Bangui"],
)  # fmt: skip
def test_the_present_of_sheltering_and_arriving(read, present):
    found = one(read(f"Plus d'un millier de familles {present}."))
    assert (found.value, found.qualifier, found.unit, found.location) == (1_000, "more_than", "household", "Bangui")


def test_evicted_from_homes_is_displacement_expelled_towards_a_country_is_not(read):
    found = one(read("Quelque 1 200 ménages ont été expulsés de leurs logements dans le quartier de Mpila."))
    assert (found.value, found.location) == (1_200, "Mpila")
    assert read("Les autorités algériennes ont expulsé 4 200 migrants vers le Niger en avril.") == []


def test_evictees_still_living_with_relatives(read):
    found = one(read("À Abidjan, les déguerpis de Gesco, soit près de 3 000 familles, vivent toujours chez des "
                     "proches."))  # fmt: skip
    assert (found.value, found.unit) == (3_000, "household")


def test_a_return_a_body_plans_is_no_figure(read):
    assert read("Le HCR prévoit le rapatriement de 5 000 réfugiés centrafricains supplémentaires d'ici décembre.") == []


def test_displaced_children_out_of_school_are_no_figure(read):
    assert read("Selon l'UNICEF, quelque 500 000 enfants déplacés sont privés d'école dans l'est de la RDC.") == []


def test_fifteen_thousand_in_words(read):
    assert one(read("Quinze mille personnes sont sans abri à Tuléar, selon le préfet.")).value == 15_000


def test_escaping_an_armed_group_is_no_place(read):
    found = one(read("Dix mille personnes se réfugient chaque semaine à Bol pour échapper à Boko Haram."))
    assert found.location == "Bol"


def test_the_crisis_centre_is_a_body(read):
    found = one(read("En Belgique, 300 personnes ont été évacuées à Pepinster, a indiqué le centre de crise national."))
    assert found.reporting_body.startswith("centre de crise")


# --- batch 7 ---------------------------------------------------------------------------------------------------


def test_disaster_victims_still_housed_a_few_words_on_are_displaced(read):
    found = one(read("Dans le Pas-de-Calais, quelque 300 sinistrés sont toujours hébergés par la Croix-Rouge."))
    assert (found.value, found.location) == (300, "Pas-de-Calais")


def test_a_river_in_flood_is_no_place(read):
    found = one(read("À Bangui, 2 000 familles sont sans abri après la crue de l'Oubangui."))
    assert found.location == "Bangui"


def test_the_municipality_said_is_a_body(read):
    found = one(read("À Sept-Îles, 1 500 résidents ont été évacués, a indiqué la municipalité."))
    assert found.reporting_body == "municipalité"
    assert one(read("Quelque 1 100 familles ont été délocalisées à Kigoma, selon la mairie.")).reporting_body
    assert one(read("Quelque 1 100 familles ont été délocalisées, a indiqué la mairie.")).reporting_body == "mairie"


def test_counted_in_gymnasiums_is_sheltering(read):
    found = one(read("Environ 3 200 personnes ont été recensées dans des gymnases et des écoles de Goma."))
    assert (found.value, found.term, found.location) == (3_200, "in_camps", "Goma")


def test_sleeping_on_the_floor_of_a_church(read):
    found = one(read("Quelque 450 familles vivent à même le sol dans l'église de Bushushu."))
    assert (found.value, found.unit, found.location) == (450, "household", "Bushushu")


def test_a_news_outlet_citing_its_source(read):
    found = one(read("Plus de 150 000 déplacés sont retournés dans leurs villages du Rutshuru, rapporte Radio Okapi "
                     "citant la société civile."))  # fmt: skip
    assert found.reporting_body == "société civile"


def test_the_provinces_of_new_caledonia_are_bodies_not_places(read):
    found = one(read("À Nouméa, 280 personnes ont passé la nuit dans les centres d'accueil, selon la province Sud."))
    assert (found.location, found.reporting_body) == ("Nouméa", "province Sud")


# --- batch 8 ---------------------------------------------------------------------------------------------------


def test_a_change_in_the_number_is_no_figure(read):
    assert read("Le nombre de déplacés a diminué de 20 000 en un mois dans la province de l'Ituri, selon OCHA.") == []


def test_a_rise_told_by_where_it_ended(read):
    found = one(read("En Haïti, le nombre de déplacés internes a triplé en un an pour atteindre plus d'un million."))
    assert (found.value, found.qualifier) == (1_000_000, "more_than")


def test_thrown_onto_the_roads_is_displacement(read):
    found = one(read("Les violences à Kenscoff ont jeté sur les routes au moins 3 000 personnes, selon l'OIM."))
    assert (found.value, found.qualifier, found.location) == (3_000, "at_least", "Kenscoff")


def test_a_night_away_from_home_and_prefectures(read):
    found = one(read("La tempête a contraint 2 400 personnes à passer la nuit hors de chez elles dans la Sarthe, selon "
                     "les préfectures."))  # fmt: skip
    assert (found.value, found.location, found.reporting_body) == (2_400, "Sarthe", "préfectures")


# --- batch 9 ---------------------------------------------------------------------------------------------------


def test_a_source_line_in_brackets_names_the_body(read):
    found = read("Situation humanitaire – Tillabéri : 93 000 PDI ; 45 000 réfugiés maliens à Ayorou (source : DREC-RM)")
    assert [(c.value, c.reporting_body) for c in found] == [(93_000, "DREC-RM"), (45_000, "DREC-RM")]


def test_a_provincial_division_is_the_body(read):
    found = one(read("Quelque 3 400 ménages ont trouvé refuge à Kalemie, selon la division provinciale "
                     "des affaires humanitaires."))  # fmt: skip
    assert found.reporting_body == "division provinciale des affaires humanitaires"


# --- batch 10 --------------------------------------------------------------------------------------------------


def test_the_displaced_are_now_more_than(read):
    found = one(read("Les déplacés de Kaya sont désormais plus de 300 000, selon le maire."))
    assert (found.value, found.qualifier, found.location) == (300_000, "more_than", "Kaya")
    assert read("Les déplacés de Kaya sont désormais mieux protégés.") == []


def test_forced_to_abandon_their_houses(read):
    found = one(read("Près de 11 000 personnes ont dû abandonner leurs maisons dans le Logone-et-Chari."))
    assert (found.value, found.qualifier) == (11_000, "nearly")


def test_settled_on_a_site_is_a_relocation(read):
    found = one(read("À Brazzaville, quelque 900 familles sinistrées ont été installées sur le site de Mfilou."))
    assert (found.value, found.unit, found.term) == (900, "household", "relocated")


# --- batch 11 --------------------------------------------------------------------------------------------------


def test_a_report_with_its_issue_number_names_the_body(read):
    found = one(read("Selon le rapport de situation n° 12 d'OCHA, 48 000 personnes ont fui les combats à Walikale."))
    assert (found.value, found.reporting_body) == (48_000, "OCHA")


def test_the_territory_administrator_said(read):
    found = one(read("Plus de 1 000 familles ont été accueillies par des familles hôtes à Beni, a déclaré "
                     "l'administrateur du territoire."))  # fmt: skip
    assert found.reporting_body == "administrateur du territoire"


def test_returned_by_force_is_a_deportation(read):
    assert read("Près de 2 000 Haïtiens ont été rapatriés de force par la République dominicaine.") == []


# --- batch 12 --------------------------------------------------------------------------------------------------


def test_numbering(read):
    found = one(read("Les déplacés du site de la place Saint-Pierre, au nombre de 2 300, ont été relocalisés à "
                     "Pétion-Ville, selon l'OIM."))  # fmt: skip
    assert (found.value, found.location) == (2_300, "Pétion-Ville")


def test_pushed_to_find_refuge_and_a_night_in_a_hall(read):
    found = one(read("Le conflit au Soudan a poussé plus de 900 000 personnes à trouver refuge au Tchad."))
    assert (found.value, found.location) == (900_000, "Tchad")
    found = one(read("Quelque 250 personnes ont passé la nuit dans la salle des fêtes de Vaison-la-Romaine."))
    assert (found.value, found.location) == (250, "Vaison-la-Romaine")


def test_households_a_programme_targets_are_no_figure(read):
    assert read("Le programme de relèvement vise 12 000 ménages retournés dans la région de l'Est.") == []


# --- round ext18b, batch 1 -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Les arrivées de réfugiés centrafricains au Tchad se poursuivent. Le HCR en a enregistré 3 200 la semaine "
      "dernière à Goré.", (3_200, "person", "Goré", "HCR")),
     ("Des milliers de personnes ont fui Sévaré ; la Direction régionale du développement social en a recensé "
      "2 400 à Mopti.", (2_400, "person", "Mopti", "Direction régionale du développement social")),
     ("Les familles affluent depuis Kaya ; la mairie en héberge 300 dans le gymnase de Kongoussi.",
      (300, "household", "Kongoussi", None))],
)  # fmt: skip
def test_the_clitic_en_counts_the_people_named_before(read, text, expected):
    found = [c for c in read(text) if c.value == expected[0]]
    assert len(found) == 1, [(c.value, c.quote) for c in read(text)]
    assert (found[0].value, found[0].unit, found[0].location) == expected[:3]
    if expected[3]:
        assert found[0].reporting_body == expected[3]


def test_the_clitic_en_for_houses_counts_no_people(read):
    assert read("Les inondations ont détruit des maisons ; la protection civile en a recensé 300 à Dosso.") == []


def test_a_place_that_says_where_the_place_before_lies_does_not_take_the_next_sentence(read):
    found = one(read("Les combats ont repris autour de Kalembe, dans le territoire de Masisi. Plus de 3 000 "
                     "habitants en ont été chassés, selon la société civile locale."))  # fmt: skip
    assert (found.value, found.location) == (3_000, "Kalembe")
    # two places side by side, the second no container of the first: the last still holds
    found = one(read("Les combats ont repris à Kalembe puis à Kitchanga. Plus de 3 000 habitants en ont été "
                     "chassés."))  # fmt: skip
    assert found.location == "Kitchanga"


# --- round ext18b, batch 2 -------------------------------------------------------------------------------------


def test_driven_from_home_with_the_people_after_the_verb(read):
    found = one(read("Les inondations ont chassé de chez elles au moins 4 800 personnes à Gatumba."))
    assert (found.value, found.qualifier, found.location) == (4_800, "at_least", "Gatumba")


def test_an_evacuation_order_lifted_is_no_figure(read):
    text = "La Colombie-Britannique a levé l'ordre d'évacuation pour 3 400 résidents de la région de Shuswap."
    assert read(text) == []


def test_disaster_victims_staying_in_shelters_are_displaced(read):
    found = one(read("Dix-sept sites d'hébergement restent ouverts à Toamasina, où séjournent encore 2 480 sinistrés, "
                     "indique le BNGRC."))  # fmt: skip
    assert (found.value, found.location, found.reporting_body) == (2_480, "Toamasina", "BNGRC")
    assert read("Les inondations ont fait 500 sinistrés à Dosso.") == []


def test_a_lower_case_office_named_by_its_field(read):
    found = one(read("Au Liban, le nombre de personnes déplacées hébergées dans les abris collectifs a dépassé "
                     "180 000, a annoncé l'unité de gestion des risques de catastrophe."))  # fmt: skip
    assert found.reporting_body.startswith("unité de gestion")


def test_the_dtm_of_iom_is_iom(read):
    found = one(read("La DTM de l'OIM a identifié 14 300 individus nouvellement arrivés dans la commune de Ouallam."))
    assert (found.value, found.location) == (14_300, "Ouallam")
    assert "OIM" in found.reporting_body


# --- round ext18b, batch 3 -------------------------------------------------------------------------------------


def test_a_crossing_from_one_country_into_another_with_an_aside(read):
    found = one(read("Quelque 310 000 personnes, en majorité des Syriens, ont traversé du Liban vers la Syrie, "
                     "indique le HCR."))  # fmt: skip
    assert (found.value, found.qualifier, found.location, found.reporting_body) == (310_000, "approximately", "Syrie",
                                                                                      "HCR")  # fmt: skip


def test_pushed_to_go_to_a_town(read):
    found = one(read("Les attaques ont poussé 1 850 ménages à rejoindre le chef-lieu de Téra, selon la DTM."))
    assert (found.value, found.unit, found.location) == (1_850, "household", "Téra")
    assert read("Les enseignants sont invités à rejoindre leur poste à Téra.") == []


def test_the_clitic_en_with_a_host_in_the_present(read):
    found = one(read("Le camp de Metché, prévu pour 30 000 réfugiés, en accueille aujourd'hui plus de 50 000, selon "
                     "MSF."))  # fmt: skip
    assert (found.value, found.qualifier, found.location) == (50_000, "more_than", "Metché")


def test_a_towns_population_beside_its_displaced_is_no_figure(read):
    found = one(read("À Djibo, la ville compte plus de 270 000 déplacés pour 60 000 habitants avant la crise."))
    assert found.value == 270_000


def test_the_civil_society_coordination_is_a_body(read):
    found = one(read("Des centaines de familles ont trouvé asile dans les églises de Butembo, selon la coordination "
                     "de la société civile."))  # fmt: skip
    assert found.reporting_body == "coordination de la société civile"


# --- round ext18b, batch 4 -------------------------------------------------------------------------------------


def test_a_rise_told_as_a_change_is_no_figure(read):
    found = one(read("Le nombre de déplacés internes à Kaya s'élève désormais à 118 000, soit une hausse de 9 000 en "
                     "un mois."))  # fmt: skip
    assert found.value == 118_000


def test_a_lake_is_no_place_and_a_part_living_in_sites_is_placed(read):
    found = read("Burundi. La montée du lac Tanganyika a déjà forcé plus de 50 000 personnes à quitter leurs maisons, "
                 "selon l'OIM. Parmi elles, 14 000 vivent sur des sites à Gatumba.")  # fmt: skip
    assert [(c.value, c.location) for c in found] == [(50_000, "Burundi"), (14_000, "Gatumba")]


def test_an_aside_on_who_they_are_and_exfiltrated(read):
    found = one(read("Près de 2 000 personnes, pour la plupart des femmes et des enfants, ont été exfiltrées de "
                     "Boulkessi par l'armée."))  # fmt: skip
    assert (found.value, found.qualifier, found.location) == (2_000, "nearly", "Boulkessi")


def test_evicted_families(read):
    found = one(read("Plus de 250 familles ont été déguerpies du quartier de Kaporo-Rails à Conakry, selon Amnesty "
                     "International."))  # fmt: skip
    assert (found.value, found.unit, found.reporting_body) == (250, "household", "Amnesty International")


def test_aid_to_displaced_people_is_no_figure(read):
    assert read("Le PAM a assisté 40 000 personnes déplacées par les inondations dans la Likouala en septembre.") == []


def test_an_office_holder_of_a_place_after_the_verb_that_cites_them(read):
    found = one(read("Trois mille personnes ont été évacuées autour de Lagrasse, a indiqué le préfet de l'Aude."))
    assert (found.location, found.reporting_body) == ("Lagrasse", "préfet")


# --- round ext18b, batch 5 -------------------------------------------------------------------------------------


def test_a_second_count_after_et_de(read):
    found = one(read("Le bilan de la protection civile fait état de 12 morts et de 3 400 déplacés dans le département "
                     "du Nord-Ouest."))  # fmt: skip
    assert (found.value, found.location) == (3_400, "Nord-Ouest")
    assert read("Le gouvernement et de nombreuses ONG ont aidé 300 familles.") == []


def test_left_in_the_street(read):
    found = one(read("Plus de 300 familles se sont retrouvées à la rue à Pétion-Ville, selon la mairie."))
    assert (found.value, found.unit, found.location) == (300, "household", "Pétion-Ville")


def test_pushed_to_hide_in_the_bush(read):
    found = one(read("Les combats ont poussé environ 1 500 habitants de Muyuka à se cacher dans la brousse."))
    assert (found.value, found.qualifier, found.location) == (1_500, "approximately", "Muyuka")


def test_voluntary_returnees_from_a_country_are_counted_where_they_returned(read):
    found = one(read("Centrafrique : les rapatriés volontaires du Cameroun sont au nombre de 2 700 depuis mars, selon "
                     "la CNR."))  # fmt: skip
    assert (found.value, found.location) == (2_700, "Centrafrique")


# --- round ext19b: verbs that mean displacement on their own, the place they went to, clusters ---------------------


def test_a_village_abandoned_to_reach_a_town_is_counted_where_they_went(read):
    found = one(read("Environ 600 ménages ont abandonné le village de Mondoro pour rejoindre Douentza, selon l'OCHA."))
    assert (found.value, found.unit, found.location, found.reporting_body) == (600, "household", "Douentza", "OCHA")
    assert read("L'ONG a abandonné le projet de 400 latrines à Douentza.") == []


def test_a_camp_left_to_return_home_is_counted_where_they_returned(read):
    found = one(read("Quelque 700 rapatriés ont quitté le camp de Mahama pour regagner la province de Kirundo."))
    assert (found.value, found.location) == (700, "Kirundo")


def test_a_zone_left_for_a_camp_is_counted_at_the_camp(read):
    found = one(read("Au Tchad, 2 100 réfugiés ont quitté la zone frontalière de Tiné pour le camp d'Iridimi."))
    assert (found.value, found.location) == (2_100, "Iridimi")


def test_a_place_left_named_by_a_clitic_then_settled_elsewhere(read):
    found = one(read("Les eaux ont submergé les îles. Environ 2 000 personnes les ont quittées pour s'installer à "
                     "Bol, selon la délégation."))  # fmt: skip
    assert (found.value, found.qualifier) == (2_000, "approximately")
    assert found.location.startswith("Bol")


def test_gone_from_the_place_named_before(read):
    found = one(read("Les violences ont vidé la commune de Boni. Selon la DTM, 5 000 personnes en sont parties."))
    assert (found.value, found.location, found.reporting_body) == (5_000, "Boni", "DTM")


def test_gone_back_towards_a_town(read):
    found = one(read("Depuis lundi, 1 300 ménages sont repartis vers Kiwanja, selon la société civile."))
    assert (found.value, found.location) == (1_300, "Kiwanja")


@pytest.mark.parametrize(
    "sentence",
    ["Plus de 3 000 habitants ont gagné Gao, selon le gouverneur.",
     "Plus de 3 000 personnes ont rejoint le camp de Gao, selon le gouverneur."],
)  # fmt: skip
def test_a_place_reached_is_a_flight_to_it(read, sentence):
    found = one(read(sentence))
    assert (found.value, found.qualifier, found.location, found.term) == (3_000, "more_than", "Gao", "fled")


def test_a_group_joined_or_a_sum_won_is_no_flight(read):
    assert read("Au Nord-Kivu, 1 200 combattants ont rejoint le M23.") == []
    assert read("À Gao, 300 jeunes ont gagné 500 francs chacun.") == []


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [("Plus de 2 000 personnes dorment désormais dans des salles de classe à Bouaké.", "person"),
     ("Le site de Bulengo abrite aujourd'hui 4 000 ménages.", "household"),
     ("À Bouaké, 2 000 sinistrés s'entassent encore dans des salles de classe.", "person")],
)  # fmt: skip
def test_the_verb_and_its_adverb_read_in_english_order(read, sentence, unit):
    found = one(read(sentence))
    assert found.unit == unit


def test_people_taken_towards_a_place_are_evacuated_but_food_is_not(read):
    found = one(read("La mairie a transporté 850 familles vers l'école de Gamkalé."))
    assert (found.value, found.unit, found.term) == (850, "household", "evacuated")
    found = one(read("Les 4 000 habitants ont été transportés par autobus vers Winnipeg."))
    assert (found.value, found.location) == (4_000, "Winnipeg")
    assert read("Le PAM a transporté 25 tonnes de vivres vers Gamkalé.") == []


@pytest.mark.parametrize("cluster", ["cluster Abris", "cluster CCCM", "cluster Abris/AME"])
def test_a_cluster_is_a_body(read, cluster):
    found = one(read(f"Selon le {cluster}, 3 000 familles ont fui Kalehe."))
    assert found.reporting_body == cluster


def test_a_town_the_water_invaded_is_the_place_of_the_next_sentence(read):
    found = one(read("Les eaux ont envahi Impfondo. Plus de 7 000 personnes dorment désormais dans les écoles."))
    assert (found.value, found.location) == (7_000, "Impfondo")


def test_headed_or_walked_to_a_town(read):
    found = one(read("Le lendemain, 1 700 habitants ont pris la direction de Téra, selon le maire."))
    assert (found.value, found.location, found.term) == (1_700, "Téra", "fled")
    found = one(read("Des milliers de familles ont marché jusqu'à Goma dans la nuit."))
    assert (found.value, found.qualifier, found.unit, found.location) == (1_000, "at_least", "household", "Goma")


def test_gathered_around_a_un_base_for_safety_and_the_base_is_no_place(read):
    found = one(read("À Bambari, 2 500 personnes se sont regroupées autour de la base de la MINUSCA."))
    assert (found.value, found.location, found.reporting_body) == (2_500, "Bambari", None)


def test_a_count_by_the_clitic_en_after_on(read):
    found = one(read("Les déplacés continuent d'arriver à Ansongo. On en compte déjà près de 1 500."))
    assert (found.value, found.qualifier, found.unit, found.location) == (1_500, "nearly", "person", "Ansongo")
    assert read("Les maisons de Ménaka ont été pillées. On en compte déjà près de 1 500.") == []


def test_newcomers_and_people_coming_from_a_country_are_arrivals(read):
    found = one(read("À Gorom-Gorom, 900 nouveaux venus ont été enregistrés cette semaine."))
    assert (found.value, found.term) == (900, "fled")
    found = one(read("Au centre de transit de Renk, le HCR a accueilli 2 600 personnes venant du Soudan."))
    assert (found.value, found.location) == (2_600, "Renk")


def test_disaster_victims_sheltered_in_sites_are_displaced(read):
    found = one(read("À Toliara, 3 100 sinistrés ont été pris en charge dans 14 sites d'hébergement."))
    assert (found.value, found.term, found.location) == (3_100, "in_camps", "Toliara")
    assert read("À Toliara, 3 100 sinistrés ont reçu des vivres.") == []


def test_refugees_whose_return_is_counted_returned_where_the_text_is_about(read):
    found = one(read("Burundi : le HCR a organisé le retour de 1 150 réfugiés depuis la Tanzanie cette semaine."))
    assert (found.value, found.term, found.location) == (1_150, "returned", "Burundi")


def test_settled_on_the_mainland_after_leaving_the_islands(read):
    found = one(read("Au Tchad, 700 ménages ont quitté les îles pour s'établir sur la terre ferme à Ngouboua."))
    assert (found.value, found.unit, found.location) == (700, "household", "Ngouboua")


def test_a_part_of_the_people_named_before_fled_to_a_town(read):
    found = one(read("Les éleveurs ont fui les attaques. Près de 3 000 d'entre eux se sont repliés sur Mainé-Soroa."))
    assert (found.value, found.qualifier, found.location) == (3_000, "nearly", "Mainé-Soroa")
    found = one(read("Les habitants de Djibo sont bloqués. Plusieurs centaines d'entre eux ont rallié Ouahigouya."))
    assert (found.value, found.qualifier, found.location) == (100, "at_least", "Ouahigouya")


def test_a_town_reached_with_an_adverb_between(read):
    found = one(read("Au petit matin, environ 1 400 personnes avaient déjà gagné Pétion-Ville, selon l'OIM."))
    assert (found.value, found.location, found.reporting_body) == (1_400, "Pétion-Ville", "OIM")


def test_spontaneous_sites_are_displacement_sites(read):
    found = one(read("À Cabaret, l'OIM a dénombré 3 700 personnes dans six sites spontanés."))
    assert (found.value, found.location, found.reporting_body) == (3_700, "Cabaret", "OIM")
    assert read("À Cabaret, l'OIM a recensé six sites spontanés.") == []


def test_disaster_victims_who_spent_the_night_there(read):
    found = one(read("La mairie a ouvert un gymnase à Rimouski. Environ 250 sinistrés y ont passé la nuit."))
    assert (found.value, found.qualifier, found.location) == (250, "approximately", "Rimouski")


def test_the_river_people_live_along_is_no_place(read):
    found = one(read("À Liège, 700 riverains de l'Ourthe ont dû être relogés chez des proches."))
    assert (found.value, found.location) == (700, "Liège")


def test_a_part_that_lost_its_homes(read):
    found = read("Selon la Protection civile, 4 600 familles ont été affectées à Léogâne. Parmi elles, 900 ont perdu "
                 "leur maison.")  # fmt: skip
    assert [(c.value, c.location) for c in found] == [(900, "Léogâne")]


def test_a_building_that_serves_as_a_shelter(read):
    found = one(read("À Jacmel, le lycée Pinchinat sert d'abri provisoire à 350 personnes depuis lundi."))
    assert (found.value, found.term) == (350, "in_camps")


def test_hosted_by_the_people_of_a_town(read):
    found = one(read("Leurs 6 500 habitants sont désormais hébergés par la population de Tahoua."))
    assert (found.value, found.location) == (6_500, "Tahoua")


def test_forced_to_go_and_jusqu_a_before_a_place_or_a_number(read):
    found = one(read("À Gatumba, la montée des eaux a forcé 2 100 ménages à partir."))
    assert (found.value, found.unit, found.location) == (2_100, "household", "Gatumba")
    found = one(read("Les 1 800 habitants de Boni ont été escortés par l'armée jusqu'à Douentza."))
    assert (found.value, found.term) == (1_800, "evacuated")
    assert read("Jusqu'à 200 000 personnes pourraient fuir Douentza.") == []


def test_deported_people_repatriated_are_no_figure(read):
    assert read("Les autorités ont rapatrié 1 200 Haïtiens expulsés de la République dominicaine.") == []
    found = one(read("Au Burundi, le HCR a rapatrié 1 800 réfugiés depuis la Tanzanie en octobre."))
    assert (found.value, found.term, found.location) == (1_800, "returned", "Burundi")


def test_the_prefect_and_the_general_security_are_bodies(read):
    found = one(read("Ses 28 000 habitants ont trouvé refuge à Kabo, selon la préfète."))
    assert found.reporting_body == "préfète"
    found = one(read("Environ 3 000 familles ont regagné la Syrie en une semaine, selon la Sûreté générale."))
    assert found.reporting_body == "Sûreté générale"


def test_heading_towards_a_town_in_the_present(read):
    found = one(read("Plus de 15 000 personnes se dirigent vers Lubero, selon le HCR."))
    assert (found.value, found.qualifier, found.location, found.term) == (15_000, "more_than", "Lubero", "fled")


def test_staying_in_classrooms_now(read):
    found = one(read("À Niamey, 1 100 familles sinistrées logent désormais dans des salles de classe."))
    assert (found.value, found.unit, found.term) == (1_100, "household", "in_camps")


def test_evicted_from_a_district_is_no_deportation(read):
    found = one(read("À Conakry, 300 familles expulsées du quartier de Kaporo ont été relogées à Kobaya."))
    assert (found.value, found.unit) == (300, "household")
    assert read("Au total, 300 Guinéens expulsés de la Mauritanie sont arrivés à Conakry.") == []


def test_a_site_that_counts_people_now_by_the_clitic_en(read):
    found = read("Le site de déplacés de Bambari en compte aujourd'hui 7 000, selon le HCR.")
    assert [(c.value, c.location) for c in found] == [(7_000, "Bambari")]
    assert read("Le HCR a pris en compte 3 000 demandes d'asile à Bambari.") == []


def test_fighting_that_reaches_a_town_is_no_flight(read):
    assert read("Au Sud-Kivu, les combats ont gagné Mwenga, où vivent 30 000 habitants.") == []


def test_the_road_taken_to_a_town_and_the_road_into_exile(read):
    found = one(read("Plus de 20 000 habitants ont pris le chemin de Kitutu, selon OCHA."))
    assert (found.value, found.location, found.term) == (20_000, "Kitutu", "fled")
    found = one(read("Plus de 5 000 Maliens ont pris le chemin de l'exil vers la Mauritanie."))
    assert (found.value, found.term) == (5_000, "fled")


def test_living_inside_a_compound_and_the_occupants_of_homes_evacuated(read):
    found = one(read("À Ndélé, 3 000 personnes vivent dans l'enceinte de l'hôpital, selon MSF."))
    assert (found.value, found.term, found.reporting_body) == (3_000, "in_camps", "MSF")
    found = one(read("À Saint-Jude, 90 résidences ont été évacuées, et leurs 250 occupants hébergés à l'hôtel."))
    assert (found.value, found.unit) == (250, "person")


# --- round ext20e: real French reporting from the Sahel, the Great Lakes, Chad, Haiti and Madagascar -------------


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [("Trente-deux familles ont fui vers Dori.", 32, "household"),
     ("Quatre-vingt-cinq mille personnes ont été déplacées dans le Mai-Ndombe.", 85_000, "person"),
     ("Soixante-douze ménages ont trouvé refuge à Kaya.", 72, "household")],
)  # fmt: skip
def test_number_words_joined_by_hyphens(read, text, value, unit):
    found = one(read(text))
    assert (found.value, found.unit) == (value, unit)


def test_a_town_named_with_a_number_word_stays_a_town(read):
    found = one(read("Quelque 450 personnes ont été évacuées à Quatre-Bornes après les pluies."))
    assert (found.value, found.location) == (450, "Quatre-Bornes")


def test_mille_between_the_thousands_and_the_units(read):
    found = one(read("Au moins 27 mille 450 personnes ont fui Kalehe, selon OCHA."))
    assert (found.value, found.qualifier, found.location) == (27_450, "at_least", "Kalehe")
    assert one(read("Plus de 12 mille personnes ont fui Kalehe.")).value == 12_000


def test_disaster_victims_moved_to_shelter_even_with_an_adverb_between(read):
    found = one(read("Quelque 1 800 sinistrés ont été déjà relogés dans des classes à Zinder."))
    assert (found.value, found.qualifier, found.term) == (1_800, "approximately", "relocated")
    found = one(read("Onze mille sinistrés ont été transférés vers des sites de Toliara."))
    assert (found.value, found.location) == (11_000, "Toliara")
    assert read("Les pluies ont fait 4 000 sinistrés à Zinder.") == []


def test_a_country_that_counts_the_refugees_it_hosts(read):
    found = one(read("Le Cameroun compte désormais 480 000 réfugiés, dont une majorité de Centrafricains."))
    assert (found.value, found.location) == (480_000, "Cameroun")
    assert read("La ville de Bertoua compte 40 000 habitants.") == []
    assert read("Compte tenu des pluies, le HCR a distribué 900 kits à Bertoua.") == []


def test_the_host_over_a_place_named_in_the_clause_after_the_count(read):
    found = one(read("Le Niger accueille plus de 300 000 réfugiés, le plus grand nombre en Afrique de l'Ouest."))
    assert (found.value, found.location) == (300_000, "Niger")


def test_a_body_named_after_the_day_of_its_statement(read):
    text = "Plus de 6 000 personnes ont fui Djibo, a indiqué jeudi l'Organisation internationale pour les migrations."
    found = one(read(text))
    assert (found.value, found.reporting_body) == (6_000, "Organisation internationale pour les migrations")


def test_quelques_before_a_number_is_some(read):
    found = one(read("Quelques 4 500 réfugiés se trouvent désormais à Agadez."))
    assert (found.value, found.qualifier, found.location) == (4_500, "approximately", "Agadez")
    assert read("Quelques familles ont fui vers Agadez.") == []


def test_the_same_people_grouped_in_households_are_no_second_figure(read):
    found = read("Au total, 1 240 déplacés, répartis en 310 ménages, ont fui vers Kaya.")
    assert [(c.value, c.unit) for c in found] == [(1_240, "person")]
    found = read("Les 2 000 déplacés sont répartis en trois sites à Kaya.")
    assert [(c.value, c.location) for c in found] == [(2_000, "Kaya")]


def test_a_count_that_passed_the_million(read):
    found = one(read("Selon le CONASUR, au Burkina Faso, le total des personnes déplacées a dépassé le million."))
    assert (found.value, found.location, found.reporting_body) == (1_000_000, "Burkina Faso", "CONASUR")
    assert read("La commune a dépassé le million d'habitants.") == []


def test_the_number_of_the_displaced_that_went_from_one_count_to_another(read):
    found = one(read("Dans la région de Kayes, le nombre des déplacés est passé de 3 000 à près de 9 500 en un an."))
    assert (found.value, found.qualifier, found.location) == (9_500, "nearly", "Kayes")


@pytest.mark.parametrize(
    ("text", "body"),
    [("On estimait à 14 200 le nombre de réfugiés maliens à Mbera.", None),
     ("L'OIM estimait à 14 200 le nombre de déplacés à Mbera.", "OIM")],
)  # fmt: skip
def test_an_estimate_in_the_past_or_by_on_before_what_it_counts(read, text, body):
    found = one(read(text))
    assert (found.value, found.location, found.reporting_body) == (14_200, "Mbera", body)


def test_a_body_with_its_letters_in_brackets_before_its_estimate(read):
    text = "L'Organisation internationale pour les migrations (OIM) estime à 12 000 le nombre de déplacés à Kaya."
    found = one(read(text))
    # the name and its letters as the text writes them
    assert (found.value, found.location, found.reporting_body) == (12_000, "Kaya", text[2 : text.index(")") + 1])
    assert one(read("Une étude (2023) estime à 12 000 le nombre de déplacés à Kaya.")).reporting_body is None


@pytest.mark.parametrize(
    ("of", "body"),
    [("du ", "Haut-Commissariat de l'ONU pour les réfugiés"), ("du ", "Haut Commissariat aux réfugiés"),
     ("de l'", "Agence des Nations unies pour les réfugiés")],
)  # fmt: skip
def test_the_refugee_agency_by_the_names_the_wire_gives_it(read, of, body):
    found = one(read(f"Environ 9 000 réfugiés sont arrivés à Adré, selon le dernier relevé {of}{body}."))
    assert (found.value, found.location, found.reporting_body) == (9_000, "Adré", body)


def test_a_part_named_by_its_place_alone_leaves_the_whole_its_own_place(read):
    found = read("Plus de 98 000 déplacés ont été enregistrés au Niger dont 41 000 pour la seule région de Tillabéri.")
    assert [(c.value, c.location) for c in found] == [(98_000, "Niger"), (41_000, "Tillabéri")]
    found = read("Plus de 3 000 personnes ont fui Kaya dont 1 200 enfants.")
    assert [(c.value, c.location) for c in found] == [(3_000, "Kaya")]


# --- c6: the grammar of a French displacement sentence, as a grid ---------------------------------------------
# every verb form x every number form x every place form, written for the grid (no published sentence)

_FR_VERBS = [
    ("{N} personnes ont été déplacées {P}.", "person"), ("{N} personnes ont fui les combats {P}.", "person"),
    ("{N} personnes ont été évacuées {P}.", "person"), ("{N} déplacés ont été recensés {P}.", "person"),
    ("{N} réfugiés sont arrivés {P}.", "person"), ("{N} personnes se retrouvent sans-abri {P}.", "person"),
    ("{N} personnes ont trouvé refuge {P}.", "person"), ("{N} personnes se sont réfugiées {P}.", "person"),
    ("{N} ménages ont été déplacés {P}.", "household"), ("{N} familles ont fui leurs villages {P}.", "household"),
    ("{N} personnes sont déplacées {P}.", "person"), ("{F}, {N} personnes ont dû quitter leur foyer.", "person"),
    ("On compte {N} déplacés {P}.", "person"), ("Les violences ont forcé {N} personnes à fuir {P}.", "person"),
]  # fmt: skip
_FR_NUMBERS = [
    ("12 500", 12_500, "exact"), ("12\u00a0500", 12_500, "exact"), ("12\u202f500", 12_500, "exact"),
    ("1,2 million de", 1_200_000, "exact"), ("plus de 3 000", 3_000, "more_than"),
    ("près de 4 000", 4_000, "nearly"), ("environ 2 500", 2_500, "approximately"),
    ("quelque 6 000", 6_000, "approximately"),
]  # fmt: skip
_FR_PLACES = [
    ("à Kaya", "À Kaya", "Kaya"), ("au Niger", "Au Niger", "Niger"),
    ("dans la province du Lualaba", "Dans la province du Lualaba", "Lualaba"),
    ("dans le nord du Mali", "Dans le nord du Mali", "Mali"), ("dans l'est du Niger", "Dans l'est du Niger", "Niger"),
    ("aux Gonaïves", "Aux Gonaïves", "Gonaïves"),
]  # fmt: skip


# (a million households is no sentence of the grid)
_FR_VERB_NUMBER = [
    (*verb, *number)
    for verb in _FR_VERBS
    for number in _FR_NUMBERS
    if not (verb[1] == "household" and number[1] >= 10**6)
]


@pytest.mark.parametrize(("verb", "unit", "number", "value", "qualifier"), _FR_VERB_NUMBER)
@pytest.mark.parametrize(("place", "fronted", "location"), _FR_PLACES)
def test_grid_french_verb_number_place(read, verb, unit, number, value, qualifier, place, fronted, location):
    text = verb.format(N=number, P=place, F=fronted)
    text = text[0].upper() + text[1:]
    found = one(read(text))
    assert (found.value, found.qualifier, found.unit) == (value, qualifier, unit)
    assert location in found.location


@pytest.mark.parametrize("number", ["12 500", "plus de 3 000", "environ 2 500"])
def test_grid_french_disaster_victims_alone_are_affected_not_displaced(read, number):
    assert read(f"Les inondations ont fait {number} sinistrés dans la région de Tillabéri.") == []


# where they came from and where they went: counted where they arrived, stay or were taken in; counted where they
# fled from when the sentence says only that they fled it ("ont fui X vers Y", as the English sets count it)
_FR_ROUTES = [
    ("{N} personnes ont fui {Xb} vers {Yb}.", "X"), ("{N} personnes ont alors pris la fuite vers {Yb}.", "Y"),
    ("{N} personnes venues {Xo} sont arrivées {Ya}.", "Y"),
    ("{N} personnes originaires {Xo} ont trouvé refuge {Ya}.", "Y"),
    ("{N} personnes en provenance {Xo} ont été accueillies {Ya}.", "Y"),
    ("{N} déplacés venant {Xo} ont été recensés {Ya}.", "X"),
    ("{N} personnes ont quitté {Xb} pour se réfugier {Ya}.", "Y"), ("{Yb} accueille {N} déplacés venus {Xo}.", "Y"),
    ("{Yb} abrite désormais {N} réfugiés originaires {Xo}.", "Y"),
    ("Fuyant les combats {Xa}, {N} personnes sont arrivées {Ya}.", "Y"), ("{N} personnes ont fui {Xb}.", "X"),
    ("{N} personnes ont fui {Xa}.", "X"), ("{N} réfugiés {Xo} vivent {Ya}.", "Y"),
]  # fmt: skip
_FR_ROUTE_PLACES = {
    "Kaya": ("Kaya", "à Kaya", "de Kaya"), "Djibo": ("Djibo", "à Djibo", "de Djibo"),
    "Tchad": ("le Tchad", "au Tchad", "du Tchad"), "Soudan": ("le Soudan", "au Soudan", "du Soudan"),
    "Maniema": ("la province du Maniema", "dans la province du Maniema", "de la province du Maniema"),
    "Ituri": ("l'Ituri", "en Ituri", "de l'Ituri"), "Kindu": ("Kindu", "à Kindu", "de Kindu"),
}  # fmt: skip


@pytest.mark.parametrize(("route", "counted"), _FR_ROUTES)
@pytest.mark.parametrize(("number", "value"), [("12 500", 12_500), ("plus de 3 000", 3_000), ("près de 800", 800)])
@pytest.mark.parametrize(("origin", "arrival"), [("Djibo", "Kaya"), ("Soudan", "Tchad"), ("Ituri", "Maniema"),
                                                  ("Maniema", "Kindu")])  # fmt: skip
def test_grid_french_where_they_came_from_and_went(read, route, counted, number, value, origin, arrival):
    x, y = _FR_ROUTE_PLACES[origin], _FR_ROUTE_PLACES[arrival]
    text = route.format(N=number, Xb=x[0], Xa=x[1], Xo=x[2], Yb=y[0], Ya=y[1])
    text = text[0].upper() + text[1:]
    found = one(read(text))
    assert found.value == value
    assert (origin if counted == "X" else arrival) in found.location


# "ils sont N à avoir …": the pronoun, its tense and every verb of leaving, arriving or being moved it takes
@pytest.mark.parametrize("they", ["Ils sont", "Elles sont", "Ils seraient", "Elles étaient", "Ils sont désormais"])
@pytest.mark.parametrize(
    "did",
    ["à avoir fui Kaya", "à avoir quitté Kaya", "à avoir franchi la frontière vers le Niger",
     "à avoir trouvé refuge à Kaya", "à avoir été déplacés à Kaya", "à s'être réfugiés à Kaya",
     "à avoir été évacués de Kaya", "à avoir regagné Kaya", "à avoir pris la fuite vers le Niger"],
)  # fmt: skip
@pytest.mark.parametrize(
    ("number", "value"), [("2 700", 2_700), ("près de 2 700", 2_700), ("plus de 1,1 million", 1_100_000)]
)
def test_grid_french_so_many_of_them_have_left(read, they, did, number, value):
    found = one(read(f"{they} {number} {did}."))
    assert found.value == value
    assert found.location == ("Niger" if "Niger" in did else "Kaya")


# a distance given roughly, set in an aside after the place or after the count's place, is no count
@pytest.mark.parametrize("roughly", ["une dizaine", "une trentaine", "une centaine", "une cinquantaine"])
@pytest.mark.parametrize("unit", ["kilomètres", "km"])
@pytest.mark.parametrize(
    ("sentence", "value", "location"),
    [("Kaya, à {D} de la capitale, accueille 41 000 déplacés.", 41_000, "Kaya"),
     ("Quelque 2 300 ménages ont trouvé refuge à Kaya, à {D} de Djibo.", 2_300, "Kaya")],
)  # fmt: skip
def test_grid_french_a_rough_distance_is_no_count(read, roughly, unit, sentence, value, location):
    found = one(read(sentence.format(D=f"{roughly} de {unit}")))
    assert (found.value, found.location) == (value, location)


# --- who gave the figure: the grammar of French attribution ----------------------------------------------------
# a figure's clause, then its source after a comma: cue verbs (with or without a day between), "selon", "d'après",
# a document and who published, made or put it out (dated or not), a body's office-holder, a UN agency described in
# lower case with its letters after a comma, a local administration or a parish priest named by its office, whom
# the source told left out; (the source, what the body must contain)
_FR_SOURCES_AFTER = [
    ("selon l'OCHA", "OCHA"), ("a indiqué l'OIM", "OIM"), ("a déclaré jeudi le HCR", "HCR"),
    ("d'après les dernières données publiées par l'OCHA", "OCHA"),
    ("selon une déclaration du gouvernement", "gouvernement"),
    ("selon une déclaration faite le 3 avril par le gouvernement", "gouvernement"),
    ("selon une déclaration faite lundi par le HCR", "HCR"),
    ("selon un communiqué diffusé par la protection civile", "protection civile"),
    ("a déclaré lundi l'agence onusienne des migrations, l'OIM", "OIM"),
    ("a indiqué l'agence onusienne pour les réfugiés, le HCR", "HCR"),
    ("a indiqué le Haut commissaire", "Haut commissaire"), ("a précisé le haut-commissaire", "haut-commissaire"),
    ("a indiqué la mairie de Kinshasa", "mairie"), ("a précisé la municipalité de Goma", "municipalité"),
    ("indique le gouvernorat", "gouvernorat"), ("a annoncé la commune", "commune"), ("selon le canton", "canton"),
    ("raconte le curé du quartier", "curé"), ("a expliqué à France 24 le maire de la ville", "maire"),
    ("a expliqué à l'AFP le préfet", "préfet"), ("a ajouté le porte-parole du HCR", "HCR"),
    ("selon la représentante de l'UNICEF", "UNICEF"),
]  # fmt: skip
_FR_FIGURES = [
    ("Quelque 2 400 personnes ont fui les villages autour de Kaya", 2_400, "Kaya"),
    ("Près de 900 familles ont été évacuées du quartier de Lemba", 900, "Lemba"),
    ("Plus de 5 000 réfugiés sont arrivés à Adré en une semaine", 5_000, "Adré"),
]


@pytest.mark.parametrize(("source", "body"), _FR_SOURCES_AFTER)
@pytest.mark.parametrize(("figure", "value", "location"), _FR_FIGURES)
def test_grid_french_who_gave_the_figure_after_it(read, source, body, figure, value, location):
    found = one(read(f"{figure}, {source}."))
    assert (found.value, found.location) == (value, location)
    assert found.reporting_body and body.lower() in found.reporting_body.lower()


# the body first: an office-holder of it, the body itself as the subject of a verb that reveals or counts
@pytest.mark.parametrize(
    ("sentence", "body"),
    [("Le directeur régional de l'OIM pour l'Afrique centrale a révélé que 3 100 personnes avaient fui Kaya.", "OIM"),
     ("L'OCHA a révélé que 3 100 personnes avaient fui Kaya.", "OCHA"),
     ("Le HCR a enregistré 3 100 nouveaux réfugiés à Kaya.", "HCR"),
     ("L'OIM a dénombré 3 100 déplacés à Kaya.", "OIM"),
     ("La protection civile a recensé 3 100 déplacés à Kaya.", "protection civile")],
)  # fmt: skip
def test_grid_french_who_gave_the_figure_before_it(read, sentence, body):
    found = one(read(sentence))
    assert (found.value, found.location) == (3_100, "Kaya")
    assert found.reporting_body and body.lower() in found.reporting_body.lower()


# near-misses: a generic source gives no body, and "la commune de …" away from a verb that cites is a place
@pytest.mark.parametrize(
    "source",
    ["selon des sources locales", "selon des habitants", "selon des témoins", "a raconté un habitant",
     "de source sécuritaire", "selon des sources humanitaires"],
)  # fmt: skip
@pytest.mark.parametrize(("figure", "value", "location"), _FR_FIGURES)
def test_grid_french_a_generic_source_gives_no_body(read, source, figure, value, location):
    found = one(read(f"{figure}, {source}."))
    assert (found.value, found.reporting_body) == (value, None)


def test_grid_french_a_commune_away_from_a_cue_is_a_place(read):
    found = one(read("Quelque 1 300 ménages ont été déplacés dans la commune de Fada, selon l'OCHA."))
    assert (found.value, found.location, found.reporting_body) == (1_300, "Fada", "OCHA")


# the agent of a passive verb that counts a figure or makes it known is its source; the agent of any other verb
# ("chassés par des hommes armés") or a generic one ("par des habitants") is none
@pytest.mark.parametrize(
    ("counted", "body"),
    [("ont été enregistrées à Gaya par l'OIM", "OIM"), ("ont été recensées à Gaya par la protection civile",
      "protection civile"), ("ont été dénombrées à Gaya par le HCR", "HCR"),
     ("ont été enregistrées à Gaya par la Commission nationale d'aide aux sinistrés", "Commission nationale"),
     ("ont été chassées de Gaya par des hommes armés", None), ("ont fui Gaya, ont indiqué des habitants", None)],
)  # fmt: skip
def test_grid_french_the_agent_of_a_counting_verb(read, counted, body):
    found = one(read(f"Quelque 640 familles déplacées {counted}."))
    assert (found.value, found.location) == (640, "Gaya")
    if body is None:
        assert found.reporting_body is None
    else:
        assert found.reporting_body and body.lower() in found.reporting_body.lower()


# the figure first, its source in the next sentence: the figure (or the count, the toll, the data) "is announced /
# was given / were published by" a body
@pytest.mark.parametrize(
    ("source", "body"),
    [("Ce chiffre est annoncé par l'OCHA.", "OCHA"), ("Ce chiffre a été communiqué par le HCR.", "HCR"),
     ("Ces chiffres ont été publiés par l'OIM dans sa dernière note.", "OIM"),
     ("Ce bilan a été fourni par la protection civile.", "protection civile"),
     ("Ces données sont fournies par la DTM.", "DTM")],
)  # fmt: skip
def test_grid_french_the_source_in_the_sentence_after(read, source, body):
    found = one(read(f"Plus de 8 300 personnes déplacées ont été enregistrées en mars à Diffa. {source}"))
    assert (found.value, found.location) == (8_300, "Diffa")
    assert found.reporting_body and body.lower() in found.reporting_body.lower()


def test_grid_french_a_quote_then_its_speaker_an_office_of_a_place(read):
    found = one(read("« Nous logeons déjà 950 familles déplacées », raconte à France 24 le maire de Kaya."))
    assert (found.value, found.reporting_body) == (950, "maire")


# more of the ways a source is named after its figure: verbs of warning and regret, a body's office in a town, the
# UN's humanitarian coordinator, the head of State, services (the army, the fire brigade); unnamed NGOs are none
@pytest.mark.parametrize(
    ("source", "body"),
    [("a alerté Médecins sans frontières", "Médecins sans frontières"), ("a déploré l'Unicef", "Unicef"),
     ("prévenait le HCR", "HCR"), ("selon le bureau de l'OCHA à Niamey", "OCHA"),
     ("selon la coordonnatrice humanitaire", "coordonnatrice humanitaire"), ("a annoncé le chef de l'État", "chef"),
     ("selon l'armée", "armée"), ("selon les sapeurs-pompiers", "pompiers"), ("selon des ONG", None),
     ("a affirmé un porte-parole du HCR", "HCR")],
)  # fmt: skip
def test_grid_french_more_sources_after_the_figure(read, source, body):
    found = one(read(f"Près de 3 700 personnes ont fui les quartiers nord de Dori, {source}."))
    assert (found.value, found.location) == (3_700, "Dori")
    if body is None:
        assert found.reporting_body is None
    else:
        assert found.reporting_body and body.lower() in found.reporting_body.lower()


# a person's role in apposition after their name names the body they speak for
@pytest.mark.parametrize("role", ["porte-parole du HCR", "un porte-parole du HCR", "représentante du HCR"])
def test_grid_french_a_person_then_the_body_they_speak_for(read, role):
    found = one(read(f"Marie Kaboré, {role}, a indiqué que 3 700 personnes ont fui Dori."))
    assert (found.value, found.reporting_body) == (3_700, "HCR")


# "par" of a passive counting verb names the source; "de" of those who attacked does not
def test_grid_french_attackers_after_a_reported_movement_are_no_source(read):
    found = one(read("Quelque 6 200 déplacés ont été recensés à Fataki après des attaques de la CODECO."))
    assert (found.value, found.reporting_body) == (6_200, None)


# the body named in one sentence, the figure in the next: "la même source", "selon l'organisation", "selon elle"
# reach back to it, and so does a sentence with no source of its own; a new body, a generic source or a new
# paragraph do not
@pytest.mark.parametrize(
    ("second", "body"),
    [("La même source indique que 12 000 personnes ont fui vers Tillabéri.", "HCR"),
     ("Selon l'organisation, 12 000 personnes ont fui vers Tillabéri.", "HCR"),
     ("Selon elle, 12 000 personnes ont fui vers Tillabéri.", "HCR"),
     ("D'après l'agence, 12 000 personnes ont fui vers Tillabéri.", "HCR"),
     ("Quelque 12 000 personnes ont fui vers Tillabéri, selon la même source.", "HCR"),
     ("L'organisation précise que 12 000 personnes ont fui vers Tillabéri.", "HCR"),
     ("Selon l'OIM, en tout 12 000 personnes ont fui vers Tillabéri.", "OIM"),
     ("Selon des sources locales, 12 000 personnes ont fui vers Tillabéri.", None),
     ("Environ 12 000 personnes ont fui vers Tillabéri.", "HCR"),  # no source of its own: its paragraph's body
     ("\n\nEnviron 12 000 personnes ont fui vers Tillabéri.", None)],
)  # fmt: skip
def test_grid_french_a_body_named_again_in_the_next_sentence(read, second, body):
    found = one(read(f"Le HCR a publié jeudi une note sur les violences dans l'ouest du Niger. {second}"))
    assert (found.value, found.location) == (12_000, "Tillabéri")
    assert found.reporting_body == body


def test_grid_french_a_body_named_again_with_none_named_before(read):
    found = one(read("Des combats ont éclaté au Niger. Selon elle, 12 000 personnes ont fui vers Tillabéri."))
    assert (found.value, found.reporting_body) == (12_000, None)


# the body named again after the verb that cites it, closing the figure's sentence
@pytest.mark.parametrize(
    ("said", "body"),
    [("a précisé l'agence", "HCR"), ("indique l'organisation", "HCR"), ("a ajouté l'agence onusienne", "HCR")],
)  # fmt: skip
def test_grid_french_a_body_named_again_after_its_verb(read, said, body):
    found = one(read(f"Le HCR a diffusé jeudi un point sur l'ouest du Niger. En tout 12 000 personnes ont fui vers "
                     f"Tillabéri, {said}."))  # fmt: skip
    assert (found.value, found.reporting_body) == (12_000, body)


# --- round 8: numbers, refuge and who said it ------------------------------------------------------------------


# millions and a half, however opened (one, two or three of them, with a qualifier before, with or without the noun
# after); "milles" after a number is thousands as "mille" is
@pytest.mark.parametrize(
    ("count", "value", "qualifier"),
    [("Un million et demi de personnes", 1_500_000, "exact"),
     ("Au moins un million et demi de personnes", 1_500_000, "at_least"),
     ("Deux millions et demi de personnes", 2_500_000, "exact"),
     ("Près de trois millions et demi", 3_500_000, "nearly"),
     ("Quelque 7 milles personnes", 7_000, "approximately"), ("Plus de 7 milles habitants", 7_000, "more_than")],
)  # fmt: skip
def test_grid_french_millions_and_a_half_and_thousands_spelt_milles(read, count, value, qualifier):
    found = one(read(f"{count} ont fui vers Zinder depuis le mois de mai."))
    assert (found.value, found.qualifier, found.location) == (value, qualifier, "Zinder")


# refuge found in every tense the reporting uses; a port's distance in miles gives nothing
@pytest.mark.parametrize("found_refuge", ["trouvent refuge", "ont trouvé refuge", "trouvaient refuge",
                                          "trouvèrent refuge"])  # fmt: skip
def test_grid_french_refuge_found_in_every_tense(read, found_refuge):
    found = one(read(f"Chaque semaine, près de 260 familles {found_refuge} à Kalemie."))
    assert (found.value, found.unit, found.location) == (260, "household", "Kalemie")


def test_french_miles_alone_give_nothing(read):
    assert read("Le navire a parcouru milles nautiques vers Dakar.") == []


# an adverb between the auxiliary and the verb of saying, and a part of the day after the weekday it was said, leave
# the body who said it
@pytest.mark.parametrize(
    ("said", "body"),
    [("a annoncé jeudi soir le HCR", "HCR"), ("a indiqué dimanche matin l'OIM", "OIM"),
     ("a par ailleurs précisé l'OCHA", "OCHA"), ("a également souligné l'Unicef", "Unicef"),
     ("a ainsi révélé l'OIM", "OIM"), ("a encore ajouté le HCR", "HCR")],
)  # fmt: skip
def test_grid_french_the_verb_of_saying_with_an_adverb_or_a_time_between(read, said, body):
    found = one(read(f"Environ 3 400 personnes ont fui vers Zinder, {said}."))
    assert (found.value, found.location) == (3_400, "Zinder")
    assert found.reporting_body and body in found.reporting_body


@pytest.mark.parametrize("opening", ["Le HCR a ainsi révélé que", "Le représentant de l'OIM au Niger a également "
                                     "indiqué que"])  # fmt: skip
def test_grid_french_the_body_first_then_an_adverb_and_its_verb(read, opening):
    found = one(read(f"{opening} 3 400 personnes ont fui vers Zinder."))
    assert found.value == 3_400
    assert found.reporting_body in ("HCR", "OIM")


# --- round 8 (f11): a count after a pronoun, or after "en" with an adverb --------------------------------------------


# "ils/elles sont N" (a count after a pronoun) is not read yet: a rule that read it gained on the dev parts but added a
# false figure on a held-out part. What the pronoun stands for when it is no people driven from home gives nothing
@pytest.mark.parametrize(
    "text",
    ["Les maisons détruites par la crue à Diffa ? Elles sont plus de 800.",
     "Les tonnes de vivres stockées à Diffa ? Elles sont environ 400.",
     "Les touristes affluent à Diffa cet été. Ils sont déjà plus de 9 000.",
     "Les blessés de l'attaque ont été soignés à Diffa. Ils sont au moins 140.",
     "Les morts de l'épidémie se comptent à Diffa. Ils sont près de 90."],
)  # fmt: skip
def test_grid_french_they_are_n_near_misses(read, text):
    assert read(text) == []


# "en" before its verb with an adverb between the verb and the count: the count is still of the people named before
# (a longer adverb, "officiellement", "pour l'instant", is not read yet: reading it placed a real count in the
# province the sentence before named with the town, a false figure)
@pytest.mark.parametrize("adverb", ["déjà", "désormais"])
def test_grid_french_en_then_an_adverb_then_the_count(read, adverb):
    found = one(read(f"Depuis lundi, des déplacés affluent vers Garoua. La préfecture en a dénombré {adverb} environ "
                     f"4 100."))  # fmt: skip
    assert (found.value, found.qualifier, found.location) == (4_100, "approximately", "Garoua")


def test_french_they_were_n_is_an_earlier_count_and_gives_nothing_more(read):
    found = one(read("Le HCR compte 5 800 réfugiés à Diffa. Au printemps, ils étaient 3 100."))
    assert (found.value, found.location) == (5_800, "Diffa")


# a count that comes close to a number, in every tense, and "proche de" before no number is a place's nearness
@pytest.mark.parametrize(
    "close_to",
    ["avoisine", "avoisinait", "avoisinerait", "est proche de", "est désormais proche des", "était proche de"],
)
def test_grid_french_the_number_of_displaced_comes_close_to_a_count(read, close_to):
    found = one(read(f"À Bukavu, le nombre de déplacés {close_to} 6 700, selon l'OCHA."))
    assert (found.value, found.qualifier, found.location) == (6_700, "nearly", "Bukavu")


@pytest.mark.parametrize(
    "text",
    ["Le nombre de morts avoisine 140 à Bukavu, selon l'OCHA.", "Les maisons détruites à Bukavu avoisinent 900.",
     "Le stock de vivres à Bukavu est proche des 300 tonnes."],
)  # fmt: skip
def test_grid_french_coming_close_to_a_count_of_no_displaced_people_gives_nothing(read, text):
    assert read(text) == []


# --- round 9 (f13): the place a count of people who left takes is where they went -----------------------------------


# "ont fui X pour Y", "ont quitté X pour Y", "ont abandonné X pour Y": Y, where they went (as "fled X and went to Y")
@pytest.mark.parametrize(
    ("text", "place"),
    [("Près de 3 600 personnes ont fui Mopti pour Sévaré.", "Sévaré"),
     ("Près de 3 600 habitants ont quitté Mopti pour Sévaré la semaine passée.", "Sévaré"),
     ("Près de 3 600 villageois ont abandonné Mopti pour Sévaré.", "Sévaré"),
     ("Près de 3 600 personnes ont fui le Mali pour le Niger.", "Niger"),
     ("Près de 3 600 civils ont quitté la Centrafrique pour le Tchad.", "Tchad")],
)  # fmt: skip
def test_grid_french_left_a_place_for_another(read, text, place):
    found = one(read(text))
    assert (found.value, found.qualifier, found.location) == (3_600, "nearly", place)


# "pour" after the place left that names no place: the place left stays; no people counted, no figure
@pytest.mark.parametrize("after", ["pour des raisons de sécurité", "pour la première fois"])
def test_grid_french_left_a_place_for_no_place(read, after):
    found = one(read(f"Près de 3 600 personnes ont quitté Mopti {after}."))
    assert (found.value, found.location) == (3_600, "Mopti")


def test_french_a_minister_who_left_a_town_for_another_is_no_figure(read):
    assert read("Le préfet a quitté Mopti pour Sévaré avec 3 600 sacs de mil.") == []


# gone back after leaving: "pour retourner / rentrer au Mali" is where they returned to
@pytest.mark.parametrize("back", ["retourner au", "rentrer au"])
def test_grid_french_left_a_country_to_go_back_to_another(read, back):
    found = one(read(f"L'OIM a compté 2 150 Burkinabè qui ont quitté le Ghana pour {back} Burkina Faso."))
    assert (found.value, found.location, found.reporting_body) == (2_150, "Burkina Faso", "OIM")


# fled towards a place after a town the sentence named for an attack: where they went
@pytest.mark.parametrize("fled", ["ont fui vers", "ont pris la fuite vers", "se sont enfuis vers", "avaient fui vers"])
def test_grid_french_fled_towards_a_place_after_an_attack_elsewhere(read, fled):
    found = one(read(f"Après un raid contre le bourg de Kaya, dans le centre du pays, quelque 5 300 habitants {fled} "
                     f"le Ghana voisin."))  # fmt: skip
    assert (found.value, found.qualifier, found.location) == (5_300, "approximately", "Ghana")


def test_french_armed_men_who_fled_towards_a_town_are_no_figure(read):
    assert read("Les assaillants ont fui vers Kaya après avoir incendié 40 greniers.") == []


# the agency of the UN, then "qui" and whom it cites: the agency named before, the clause after it read past
@pytest.mark.parametrize(
    "said",
    ["précise l'agence onusienne qui mentionne le gouverneur", "précise l'agence qui se fonde sur la mairie",
     "indique l'organisation onusienne qui s'est rendue sur place", "indique l'agence onusienne"],
)  # fmt: skip
def test_grid_french_the_agency_named_before_then_a_clause_on_whom_it_cites(read, said):
    found = one(read(f"Dans sa note de mardi, l'OCHA signale que l'orage a rasé 450 cases à Dosso. Quelque 1 900 "
                     f"sinistrés sont hébergés dans des classes, {said}."))  # fmt: skip
    assert (found.value, found.reporting_body) == (1_900, "OCHA")


def test_french_the_agency_with_no_agency_named_before_gives_no_body(read):
    found = one(read("L'orage a rasé 450 cases à Dosso. Quelque 1 900 sinistrés sont hébergés dans des classes, "
                     "indique l'agence qui les a visitées."))  # fmt: skip
    assert found.reporting_body is None


# where a place lies, in an aside between commas ("située entre …", "situé près de …", "à 40 kilomètres de …"): the
# count is the place's, not one of the places that only locate it
@pytest.mark.parametrize(
    ("opening", "aside", "verb"),
    [("La région de Kayes", "située entre le Sénégal et la Guinée", "accueille"),
     ("La région de Kayes", "située entre les États de Borno et de Yobe et le fleuve", "héberge désormais"),
     ("La province de Kayes", "située entre les États de Kano et de Jigawa", "abrite"),
     ("La ville de Kayes", "située à 40 kilomètres de la frontière du Sénégal", "abrite"),
     ("Le camp de Kayes", "situé près de Nioro", "accueille"),
     ("Les localités de Kayes et Diéma", "situées dans l'ouest du Mali", "accueillent")],
)  # fmt: skip
def test_grid_french_a_place_then_where_it_lies_then_its_count(read, opening, aside, verb):
    found = one(read(f"{opening}, {aside}, {verb} plus de 4 300 déplacés."))
    assert (found.value, found.qualifier, found.location) == (4_300, "more_than", "Kayes")


def test_french_where_a_place_lies_at_the_end_of_the_sentence_keeps_the_place_reached(read):
    found = one(read("Environ 2 800 personnes ont fui vers Kayes, située à l'ouest de Bamako, selon l'OIM."))
    assert (found.value, found.location, found.reporting_body) == (2_800, "Kayes", "OIM")


def test_french_where_a_place_lies_with_no_people_counted_is_no_figure(read):
    assert read("La ville de Kayes, située à 40 kilomètres du fleuve, compte 300 écoles.") == []


# a person named with the body they speak for, who then gives the figure in a later sentence by "a-t-il / a-t-elle"
# and a verb of saying, or "dit" and the same name: the body
@pytest.mark.parametrize(
    "speaker",
    ["Aminata Sow, porte-parole du HCR, visitait Dori mardi.",
     "Le coordinateur du HCR à Dori, Aminata Sow, était en ville mardi.",
     "Le représentant du HCR pour le Sahel central, Aminata Sow a visité Dori mardi."],
)  # fmt: skip
@pytest.mark.parametrize("said", ["a-t-elle précisé", "a-t-il ajouté", "a-t-elle expliqué", "dit Aminata Sow"])
def test_grid_french_a_speaker_of_a_body_then_said_she(read, speaker, said):
    found = one(read(f"{speaker} « Depuis lundi, 6 100 personnes sont arrivées dans la ville », {said}."))
    assert (found.value, found.reporting_body) == (6_100, "HCR")


# near-misses: a person named with no body, another person than the one named with a body, no people counted
def test_french_a_speaker_named_with_no_body_gives_no_body(read):
    found = one(read("Aminata Sow visitait Dori mardi. « Depuis lundi, 6 100 personnes sont arrivées », a-t-elle dit."))
    assert found.reporting_body is None


def test_french_another_person_than_the_speaker_of_a_body_gives_no_body(read):
    found = one(read("Aminata Sow, porte-parole du HCR, visitait Dori. « Depuis lundi, 6 100 personnes sont arrivées "
                     "dans la ville », dit Ousmane Traoré."))  # fmt: skip
    assert found.reporting_body is None


def test_french_a_speaker_of_a_body_with_no_people_counted_gives_nothing(read):
    assert read("Aminata Sow, porte-parole du HCR, visitait Dori. « Le dépôt a reçu 400 tonnes de mil », a-t-elle "
                "précisé.") == []  # fmt: skip


# "la même source" (the body named before), then whom it cites between commas, then its verb: still that body
@pytest.mark.parametrize(
    "cited", ["citant des partenaires locaux", "citant les services de la préfecture", "citant des ONG"]
)
@pytest.mark.parametrize("verb", ["indique", "précise", "ajoute"])
def test_grid_french_the_same_source_citing_someone_then_its_verb(read, cited, verb):
    found = one(read(f"Selon une note de l'OCHA, la saison sèche commence à Dori. La même source, {cited}, {verb} "
                     f"que 3 900 personnes ont fui vers Dori."))  # fmt: skip
    assert (found.value, found.reporting_body) == (3_900, "OCHA")


def test_french_the_same_source_with_no_body_named_before_gives_no_body(read):
    found = one(read("La saison sèche commence à Dori. La même source, citant des ONG, indique que 3 900 personnes ont "
                     "fui vers Dori."))  # fmt: skip
    assert found.reporting_body is None


# --- round 10: forced, obliged or constrained to leave ----------------------------------------------------------
# the participle agrees with the people (contraint, contrainte, contraints, contraintes; obligé …; forcé …) and takes
# "de" or "à" before the verb of leaving, in every tense of the auxiliary
@pytest.mark.parametrize("participle", ["contraint", "obligé", "forcé"])
@pytest.mark.parametrize(
    ("subject", "auxiliary", "ending", "unit"),
    [("Quelque 2 600 personnes", "auraient été", "es", "person"),
     ("Quelque 2 600 habitants", "ont été", "s", "person"),
     ("Quelque 2 600 familles", "sont", "es", "household"),
     ("Quelque 2 600 ménages", "avaient été", "s", "household")],
)  # fmt: skip
@pytest.mark.parametrize("preposition", ["de", "à"])
@pytest.mark.parametrize(
    "verb",
    ["se déplacer", "fuir", "quitter leurs villages", "abandonner leurs maisons", "partir", "s'enfuir",
     "prendre la fuite", "se réfugier dans les collines", "évacuer leurs quartiers"],
)  # fmt: skip
def test_grid_french_forced_to_leave_every_agreement_and_preposition(
    read, participle, subject, auxiliary, ending, unit, preposition, verb
):
    of = "d'" if preposition == "de" and verb[0] in "aeiouéà" else f"{preposition} "
    found = one(read(f"{subject} {auxiliary} {participle}{ending} {of}{verb} dans la province de Tillabéri."))
    assert (found.value, found.qualifier, found.unit) == (2_600, "approximately", unit)
    assert found.location == "Tillabéri"


@pytest.mark.parametrize("participle", ["contraint", "contrainte", "obligé", "obligée", "forcé", "forcée"])
@pytest.mark.parametrize("preposition", ["de ", "à "])
def test_grid_french_forced_to_leave_in_the_singular(participle, preposition):
    glossed = languages.gloss_text(f"La famille a été {participle} {preposition}partir.", "fr").text
    assert "forced to leave" in glossed


# near-misses: forced to do something else than leave, a threat of being forced, the forced ones counted as dead
@pytest.mark.parametrize(
    "text",
    ["Quelque 2 600 commerçants ont été contraints à fermer leurs boutiques à Dori.",
     "Quelque 2 600 élèves ont été obligés de passer leurs examens à Dori.",
     "Quelque 2 600 personnes pourraient être contraintes à se déplacer si les pluies continuent.",
     "Quelque 2 600 agents ont été forcés à accepter une baisse de salaire à Dori."],
)  # fmt: skip
def test_french_forced_to_do_something_else_or_only_perhaps_gives_nothing(read, text):
    assert read(text) == []


# --- round 10: people sleeping outside or crammed into buildings -----------------------------------------------
# "dormir" in the present, imperfect and perfect, with an adverb or not, then where: outside ("dehors"), in the open
# ("à la belle étoile", "à l'air libre", "en plein air"), in the street ("dans la rue", "à la rue"); "entasser" as a
# passive ("sont entassées dans") or a pronominal verb ("s'entassent", "s'entassaient", "se sont entassés")
_SLEEP = ["dorment", "dormaient", "ont dormi", "dorment encore", "dorment toujours", "dorment désormais", "vivent",
          "vivaient"]  # fmt: skip


# disaster victims ("sinistrés") who live somewhere are affected; they are sheltered only where they sleep
@pytest.mark.parametrize(
    ("people", "sleep"),
    [(people, sleep) for people in ("personnes", "habitants", "sinistrés") for sleep in _SLEEP
     if not (people == "sinistrés" and sleep.startswith("viv"))],
)  # fmt: skip
@pytest.mark.parametrize("where", ["dehors", "à la belle étoile", "à l'air libre", "en plein air", "dans la rue"])
def test_grid_french_people_sleeping_outside(read, people, sleep, where):
    found = one(read(f"À Jérémie, environ 4 700 {people} {sleep} {where} depuis le séisme."))
    assert (found.value, found.qualifier, found.unit, found.location) == (4_700, "approximately", "person", "Jérémie")


@pytest.mark.parametrize(
    "crammed",
    ["sont entassées dans", "étaient entassées dans", "ont été entassées dans", "sont toujours entassées dans",
     "s'entassent dans", "s'entassaient dans", "se sont entassées dans", "s'entassent encore dans"],
)  # fmt: skip
def test_grid_french_people_crammed_into_buildings(read, crammed):
    found = one(read(f"À Jérémie, environ 4 700 personnes {crammed} des classes du lycée depuis mardi."))
    assert (found.value, found.qualifier, found.unit, found.location) == (4_700, "approximately", "person", "Jérémie")


# parts of a displaced whole by where they stay, each with its own verb: every part a figure
def test_french_parts_of_the_displaced_by_where_they_sleep(read):
    found = read("Selon la DGPC, 90 000 personnes sont déplacées dans le département de Nippes, dont 40 000 logent "
                 "dans des églises, 12 000 dorment dehors et 9 000 sont entassées dans des écoles.")  # fmt: skip
    assert sorted(c.value for c in found) == [9_000, 12_000, 40_000, 90_000]


# near-misses: goods piled up, people outside for another reason than their homes, no count
@pytest.mark.parametrize(
    "text",
    ["À Jérémie, 4 700 sacs de riz sont entassés dans des salles de classe.",
     "À Jérémie, les déchets s'entassent dans la rue depuis 40 jours.",
     "À Jérémie, 4 700 tonnes de vivres dorment dans les entrepôts du port."],
)  # fmt: skip
def test_french_things_piled_up_or_left_outside_give_nothing(read, text):
    assert read(text) == []


# the homeless in the plural ("sans-abris", "sans abris"), after a number written with "mille" or "milles"
@pytest.mark.parametrize("homeless", ["sans-abris", "sans abris", "sans-abri"])
@pytest.mark.parametrize("number", ["5 milles", "5 mille", "5 000"])
def test_grid_french_the_homeless_in_the_plural(read, homeless, number):
    found = one(read(f"« Nous avons plus de {number} {homeless} à Malanville », a déclaré le maire de la ville."))
    assert (found.value, found.qualifier, found.location) == (5_000, "more_than", "Malanville")


# --- round 10: a body named again by a subject pronoun ----------------------------------------------------------
# "Elle a enregistré N", "il avait recensé N", "Samedi, elle dénombrait N": the pronoun (il, elle, ils, elles) opening
# the clause names again the body the sentence before named, in every tense of the counting verb; never a body or a
# place of its own
@pytest.mark.parametrize(
    ("named", "pronoun", "body"),
    [("La Croix-Rouge est sur place depuis lundi.", "elle", "Croix-Rouge"),
     ("Le HCR est présent à Kandi depuis lundi.", "il", "HCR"),
     ("L'OIM est présente à Kandi depuis lundi.", "elle", "OIM"),
     ("Le CICR est arrivé lundi.", "il", "CICR")],
)  # fmt: skip
@pytest.mark.parametrize(
    "counted",
    ["a enregistré", "avait recensé", "a dénombré", "avait enregistré", "a recensé officiellement", "dénombrait",
     "recensait"],
)  # fmt: skip
@pytest.mark.parametrize("opening", ["", "Samedi, "])
def test_grid_french_a_pronoun_names_the_body_of_the_sentence_before(read, named, pronoun, body, counted, opening):
    subject = pronoun if opening else pronoun.capitalize()
    found = one(read(f"{named} {opening}{subject} {counted} 8 300 personnes déplacées dans la commune de Kandi."))
    assert (found.value, found.location) == (8_300, "Kandi")
    assert body in (found.reporting_body or "")


# near-misses: no body named before (the pronoun stands for a thing or a person), never a body or a place itself
@pytest.mark.parametrize(
    "text",
    ["La crue a duré trois jours. Elle a chassé 8 300 personnes de leurs maisons dans la commune de Kandi.",
     "La route reste coupée. Elle a été empruntée par 8 300 personnes déplacées vers la commune de Kandi.",
     "Elle a enregistré 8 300 personnes déplacées dans la commune de Kandi."],
)  # fmt: skip
def test_french_a_pronoun_with_no_body_before_gives_no_body(read, text):
    found = one(read(text))
    assert found.reporting_body is None and found.location == "Kandi"


# --- round 10: a quotation in guillemets closed by its speaker and the office they hold -----------------------
# « … N … », then a verb of saying in any tense (explique, a déclaré, a ajouté, précise), the speaker's name and the
# office of a place, with or without its article: the office is the body of every figure inside the quotation
@pytest.mark.parametrize("said", ["explique", "a déclaré", "a ajouté", "précise", "a expliqué"])
@pytest.mark.parametrize(
    ("office", "body"),
    [("maire de Kandi", "maire de Kandi"), ("le maire de Kandi", "maire de Kandi"),
     ("préfet de l'Alibori", "préfet de l'Alibori"), ("gouverneur de l'Alibori", "gouverneur de l'Alibori")],
)  # fmt: skip
@pytest.mark.parametrize(
    "quoted",
    ["« Nous accueillons plus de 3 400 sans-abris dans les écoles »",
     "« La ville est débordée. Nous accueillons plus de 3 400 sans-abris dans les écoles. Il faut de l'aide »",
     "«Nous accueillons plus de 3 400 sans-abris dans les écoles»"],
)  # fmt: skip
def test_grid_french_a_quotation_closed_by_a_speaker_and_the_office_of_a_place(read, said, office, body, quoted):
    found = one(read(f"{quoted}, {said} Moussa Garba, {office}."))
    assert (found.value, found.qualifier) == (3_400, "more_than")
    assert body.lower() in (found.reporting_body or "").lower()


# near-misses: a speaker with no office, guillemets around a name, no people counted inside
def test_french_a_quotation_closed_by_a_speaker_with_no_office_gives_no_body(read):
    found = one(read("« Nous accueillons plus de 3 400 sans-abris dans les écoles », explique Moussa Garba."))
    assert found.reporting_body is None


def test_french_guillemets_around_a_name_are_no_quotation_of_a_speaker(read):
    found = one(read("L'opération « Retour au pays » a permis à 3 400 réfugiés de rentrer à Kandi, selon le HCR."))
    assert (found.value, found.reporting_body) == (3_400, "HCR")


def test_french_a_quotation_with_no_people_counted_gives_nothing(read):
    assert read("« Les écoles ont reçu 300 tonnes de vivres », explique Moussa Garba, maire de Kandi.") == []


# --- round 10: a body's office-holder in the feminine ("cheffe", "directrice régionale", "secrétaire générale") ----
# the role before the body, in apposition after a name or after the verb of saying, with every form of "de": the body
@pytest.mark.parametrize(
    "role",
    ["cheffe de bureau", "cheffe de mission", "cheffe", "directrice régionale", "secrétaire générale", "directrice",
     "porte-parole"],
)  # fmt: skip
@pytest.mark.parametrize(
    ("of_body", "body"), [("du HCR", "HCR"), ("de l'OIM", "OIM"), ("de la Croix-Rouge", "Croix-Rouge")]
)
def test_grid_french_a_body_s_office_holder_in_the_feminine(read, role, of_body, body):
    said = one(read(f"« Quelque 4 200 personnes ont fui vers Kaya », a déclaré la {role} {of_body}."))
    named = one(read(f"Aminata Sow, {role} {of_body}, a indiqué que 4 200 personnes ont fui vers Kaya."))
    for found in (said, named):
        assert (found.value, found.location) == (4_200, "Kaya")
        assert body in (found.reporting_body or "")


# near-miss: the chief of a village is no body
def test_french_the_chief_of_a_village_is_no_body(read):
    found = one(read("« Quelque 4 200 personnes ont fui vers Kaya », a déclaré la cheffe du village."))
    assert found.reporting_body is None


# --- round 11: a place named again by its kind ("cette ville", "ce pays", "la localité", "ladite commune") --------
# a sentence naming no place of its own but the kind of a place the sentence before named, after a demonstrative in
# its gender (ce, cette), "ladite" or the article, as the subject of a verb of hosting in any tense or after "dans"
# (word order either way): the place of that kind named before, not merely the last place named (a town inside a
# country, a town inside a region)
_TOWN_BEFORE = "Les familles affluent depuis lundi vers Djibo, au Burkina Faso, après les combats."
_REGION_BEFORE = "Les attaques se multiplient dans la région de Tillabéri, non loin de la ville d'Ayorou."


@pytest.mark.parametrize("kind", ["Cette ville", "Cette commune", "Cette localité", "La localité", "Ladite commune"])
@pytest.mark.parametrize(
    "hosts", ["accueille", "abrite", "héberge", "a accueilli", "abrite encore", "accueille désormais"]
)
def test_grid_french_a_town_named_again_as_the_subject_of_hosting(read, kind, hosts):
    found = one(read(f"{_TOWN_BEFORE} {kind} {hosts} plus de 3 200 déplacés internes."))
    assert (found.value, found.qualifier, found.location) == (3_200, "more_than", "Djibo")


@pytest.mark.parametrize(
    "sentence",
    ["Plus de 3 200 déplacés vivent désormais dans cette ville.", "Dans cette commune vivent plus de 3 200 déplacés.",
     "Dans cette localité, plus de 3 200 déplacés sont hébergés dans des écoles."],
)  # fmt: skip
def test_grid_french_a_town_named_again_after_dans(read, sentence):
    found = one(read(f"{_TOWN_BEFORE} {sentence}"))
    assert (found.value, found.location) == (3_200, "Djibo")


@pytest.mark.parametrize(
    "sentence",
    ["Ce pays accueille plus de 3 200 réfugiés maliens.", "Ce pays abrite déjà plus de 3 200 réfugiés maliens.",
     "Plus de 3 200 réfugiés maliens vivent dans le pays.", "Plus de 3 200 réfugiés maliens vivent dans ce pays.",
     "À travers le pays, plus de 3 200 réfugiés maliens sont hébergés dans des écoles."],
)  # fmt: skip
def test_grid_french_the_country_named_again_is_the_country_not_its_town(read, sentence):
    found = one(read(f"{_TOWN_BEFORE} {sentence}"))
    assert (found.value, found.location) == (3_200, "Burkina Faso")


@pytest.mark.parametrize(
    "sentence",
    ["Cette région accueille 4 100 déplacés.", "Cette région abrite désormais 4 100 déplacés.",
     "Dans cette région vivent 4 100 déplacés.", "Quelque 4 100 déplacés vivent dans cette région."],
)  # fmt: skip
def test_grid_french_a_region_named_again_is_the_region_not_its_town(read, sentence):
    found = one(read(f"{_REGION_BEFORE} {sentence}"))
    assert (found.value, found.location) == (4_100, "Tillabéri")


def test_french_a_region_no_list_knows_named_again_is_the_name_after_its_kind(read):
    found = one(read("Un camp a été ouvert dans la région voisine du Garbakou, près de Kaya. "
                     "Dans cette région vivent 4 100 déplacés."))  # fmt: skip
    assert (found.value, found.location) == (4_100, "Garbakou")


# near-misses: a place of the sentence's own wins; "cette semaine" is no place; a neighbouring country is not the one
# named before
def test_french_a_kind_named_again_gives_way_to_the_sentence_s_own_place(read):
    found = one(read(f"{_REGION_BEFORE} Cette région accueille 4 100 déplacés à Ayorou même."))
    assert found.location == "Ayorou"


def test_french_this_week_is_no_place_named_again(read):
    found = one(read(f"{_TOWN_BEFORE} Cette semaine, 3 200 déplacés sont arrivés."))
    assert found.location == "Djibo"


def test_french_a_neighbouring_country_is_not_the_country_named_before(read):
    found = one(read(f"{_TOWN_BEFORE} Plus de 3 200 réfugiés ont fui vers un pays voisin."))
    assert found.location != "Burkina Faso"


@pytest.mark.parametrize(
    "where", ["vivant dans le pays", "répartis dans tout le pays", "installés à travers le pays", "vivant dans ce pays"]
)
def test_grid_french_the_country_named_again_is_the_country_whose_government_the_sentence_names(read, where):
    found = one(read("Les ministres du gouvernement de République centrafricaine ont reçu lundi le HCR, qui "
                     f"s'inquiète pour 20 000 réfugiés soudanais {where}."))  # fmt: skip
    assert (found.value, found.country) == (20_000, "CF")


# the places of a figure's parts after it ("dont 10 000 dans le département de …") are no place of its own: the
# place named again by its kind still holds for the whole (with the thousands written with a space)
@pytest.mark.parametrize("part", ["dont 1 500 dans la commune de Kaya", "dont 1 500 à Kaya", "dont 1 500 à Kaya même"])
def test_grid_french_a_region_named_again_holds_for_a_whole_whose_parts_are_placed(read, part):
    found = read(f"{_REGION_BEFORE} Dans cette région vivent 4 100 déplacés, {part}.")
    assert [(c.value, c.location) for c in found] == [(4_100, "Tillabéri"), (1_500, "Kaya")]


# --- round 11: an adverb between a verb and its count, the conditional of a reported figure, the clitics ---------
# French writes an adverb of time or manner after the verb, right before its count ("dépasse aujourd'hui les",
# "en a recensé officiellement", "s'élève désormais à"), reports a figure in the conditional ("serait", "atteindrait",
# "dépasserait") and names the place again by the clitic "y": the count is read as with no adverb, in the present
_NUMBER_BEFORE = "Les familles continuent d'affluer vers Kaya."


@pytest.mark.parametrize(
    ("verb", "qualifier"),
    [("est de", "exact"), ("serait de", "exact"), ("était de", "exact"), ("s'élève à", "exact"),
     ("s'élèverait à", "exact"), ("est passé à", "exact"), ("atteint", "exact"), ("atteindrait", "exact"),
     ("dépasse", "more_than"), ("dépasserait", "more_than"), ("dépasse les", "more_than"),
     ("est estimé à", "approximately"), ("serait proche des", "nearly"), ("avoisine", "nearly")],
)  # fmt: skip
@pytest.mark.parametrize("adverb", ["", "y ", "désormais ", "aujourd'hui ", "actuellement ", "déjà "])
def test_grid_french_the_number_of_displaced_with_its_verb_in_any_tense_and_an_adverb(read, verb, qualifier, adverb):
    if adverb == "y ":
        text = f"{_NUMBER_BEFORE} Le nombre de déplacés y {verb} 7 600."
    else:
        first, _, rest = verb.partition(" ")
        text = f"{_NUMBER_BEFORE} Le nombre de déplacés {first} {adverb}{rest} 7 600.".replace("  ", " ")
    found = one(read(text))
    assert (found.value, found.qualifier, found.location) == (7_600, qualifier, "Kaya")


@pytest.mark.parametrize("verb", ["a enregistré", "a recensé", "a dénombré", "avait enregistré", "a accueilli"])
@pytest.mark.parametrize("adverb", ["", "officiellement ", "déjà ", "jusqu'ici ", "à ce jour "])
@pytest.mark.parametrize(("qualifier", "expected"), [("", "exact"), ("environ ", "approximately")])
def test_grid_french_the_clitic_en_with_an_adverb_counts_the_refugees_named_coming(
    read, verb, adverb, qualifier, expected
):
    found = one(read(f"Les réfugiés soudanais affluent vers Adré. Le HCR en {verb} {adverb}{qualifier}9 400."))
    assert (found.value, found.qualifier, found.location, found.reporting_body) == (9_400, expected, "Adré", "HCR")


@pytest.mark.parametrize(
    "sentence",
    ["Plus de 3 000 ménages y sont arrivés depuis lundi.", "Plus de 3 000 ménages y ont fui.",
     "Quelque 3 000 ménages ont fini par y trouver refuge."],
)  # fmt: skip
def test_grid_french_the_clitic_y_names_the_place_before_again(read, sentence):
    found = one(read(f"Un camp de déplacés a ouvert à Kaya. {sentence}"))
    assert (found.value, found.unit, found.location) == (3_000, "household", "Kaya")


# near-misses: refugees counted in a registration drive, an adverb before no count, a town in its province
def test_french_the_clitic_en_in_a_registration_drive_gives_no_figure(read):
    assert read("L'enregistrement biométrique des réfugiés se poursuit à Adré. Le HCR en a enregistré 9 400.") == []


def test_french_an_adverb_before_no_count_keeps_its_meaning(read):
    found = one(read("Quelque 2 600 ménages dorment toujours sous des bâches à Kaya."))
    assert (found.value, found.location) == (2_600, "Kaya")


def test_french_a_town_then_its_province_gives_the_next_sentence_the_town(read):
    found = one(read("Des réfugiés campent aux abords de Goré, dans la province du Moyen-Chari. "
                     "Le HCR en a enregistré environ 9 400."))  # fmt: skip
    assert (found.value, found.location) == (9_400, "Goré")


# --- round 11: "près de" before a place is near it; before a count it is nearly ----------------------------------
# every form of "de" (de, d', du, des), after a verb of arriving, fleeing or settling, with the town's province in
# apposition after it: the town is the figure's place (the province only locates it); before a number, a number word
# or a part, it stays the qualifier
@pytest.mark.parametrize(
    "where",
    ["dans un camp près de Goma", "dans un camp près de Goma, province congolaise du Nord-Kivu",
     "dans un camp près de Goma, chef-lieu du Nord-Kivu", "dans des écoles près de Goma"],
)  # fmt: skip
@pytest.mark.parametrize("verb", ["sont arrivées", "se sont réfugiées", "ont trouvé refuge"])
def test_grid_french_near_a_town_is_the_town(read, where, verb):
    found = one(read(f"Selon l'OCHA, près de 2 400 personnes {verb} depuis lundi {where}."))
    assert (found.value, found.qualifier, found.location) == (2_400, "nearly", "Goma")


@pytest.mark.parametrize("near", ["près d'Adré", "près des villages d'Adré", "près du marché d'Adré"])
def test_grid_french_near_with_every_form_of_de(read, near):
    found = one(read(f"Quelque 2 400 réfugiés ont fui vers des abris de fortune {near}."))
    assert (found.value, found.location) == (2_400, "Adré")


@pytest.mark.parametrize(
    ("count", "value"),
    [("près de 2 400", 2_400), ("près de deux mille", 2_000), ("près des 2 400", 2_400), ("Près de 2 400", 2_400)],
)  # fmt: skip
def test_grid_french_près_de_before_a_count_stays_nearly(read, count, value):
    found = one(read(f"Selon l'OCHA, {count} personnes ont fui vers Goma."))
    assert (found.value, found.qualifier, found.location) == (value, "nearly", "Goma")


# --- round 12: where the people came from ("de" right after them) gives way to where their verb puts them ----------
# every form of "de" (de, d', du, de la, du site de, du camp de), after a noun of people or a participle of
# displacement, then a verb of living, sheltering, camping or being moved, with "à", "dans", "sur" or "vers" and the
# place after it: the place they are in is the figure's (place:origin-gives-way)
@pytest.mark.parametrize(
    "who",
    ["personnes déplacées de Dablo", "familles évacuées de Dablo", "ménages déplacés du village de Dablo",
     "habitants de Dablo", "déplacés de Dablo", "personnes relocalisées du camp de Dablo",
     "familles venues de la commune de Dablo", "ménages sinistrés du quartier inondé de Dablo"],
)  # fmt: skip
@pytest.mark.parametrize(
    "where",
    ["vivent dans des écoles à Kaya", "campent sur la place du marché de Kaya", "dorment dans des églises de Kaya",
     "ont trouvé refuge à Kaya", "s'abritent désormais dans deux écoles à Kaya",
     "sont logés chez des proches à Kaya"],
)  # fmt: skip
def test_grid_french_the_origin_after_the_people_gives_way_to_where_they_are(read, who, where):
    found = one(read(f"Selon la DTM, quelque 1 250 {who} {where}."))
    assert (found.value, found.qualifier, found.location) == (1_250, "approximately", "Kaya")


@pytest.mark.parametrize(
    "moved",
    ["ont toutes été relocalisées du site de Dablo vers celui de Kaya",
     "ont déjà été transférées du camp de Dablo vers Kaya", "ont été relogées du village de Dablo sur le site de Kaya",
     "ont été transférées du site de Dablo au camp de Kaya"],
)  # fmt: skip
def test_grid_french_moved_from_a_site_to_another_is_the_second(read, moved):
    found = one(read(f"Plus de 3 400 personnes {moved}, a indiqué l'OIM."))
    assert (found.value, found.qualifier, found.location, found.reporting_body) == (3_400, "more_than", "Kaya", "OIM")


# near-misses: the origin with its province only (no verb between), a body's town, an event's town, a return home
@pytest.mark.parametrize(
    "sentence",
    ["Quelque 1 250 personnes déplacées de Dablo, dans la province du Sanmatenga, ont été recensées.",
     "Quelque 1 250 personnes déplacées de Dablo ont été recensées, selon la mairie de Kaya.",
     "Quelque 1 250 habitants de Dablo ont fui après l'attaque de Kaya.",
     "Quelque 1 250 habitants de Dablo ont regagné leurs maisons à Dablo après trois mois passés à Kaya."],
)  # fmt: skip
def test_grid_french_the_origin_stays_when_no_verb_puts_the_people_elsewhere(read, sentence):
    found = one(read(sentence))
    assert (found.value, found.location) == (1_250, "Dablo")


# --- round 12: a sentence opening with a phrase of place or time, then its subject -----------------------------------
# "En Ituri, le HCR a relocalisé …": the opening capitalised as English writes it, so that the organisation after it,
# subject of the verb that gives the count, is the body; every opening (place, day, week, heading before it) and every
# verb of moving, receiving or counting people
@pytest.mark.parametrize(
    "opening",
    ["Au Niger,", "En Ituri,", "Dans la région de Tahoua,", "Depuis lundi,", "Cette semaine,", "La semaine dernière,",
     "Après les inondations,"],
)  # fmt: skip
@pytest.mark.parametrize(
    "verb",
    ["le HCR a relocalisé 1 250 réfugiés vers le camp de Sayam", "le HCR a accueilli 1 250 réfugiés au camp de Sayam",
     "le HCR a rapatrié 1 250 réfugiés au camp de Sayam"],
)  # fmt: skip
def test_grid_french_an_opening_phrase_then_the_body_as_subject(read, opening, verb):
    found = one(read(f"{opening} {verb}."))
    assert (found.value, found.reporting_body) == (1_250, "HCR")


# near-misses: an armed group as the subject is no body; a body named by "selon" keeps its cue
def test_french_an_opening_phrase_then_an_armed_group_gives_no_body(read):
    found = one(read("Au Nord-Kivu, le M23 a chassé 3 100 personnes de leurs villages."))
    assert (found.value, found.reporting_body) == (3_100, None)


def test_french_an_opening_phrase_keeps_a_body_named_by_its_cue(read):
    found = one(read("Au Niger, 1 250 réfugiés ont été relocalisés vers le camp de Sayam, selon l'OIM."))
    assert (found.value, found.reporting_body) == (1_250, "OIM")


# --- round 13: a figure spread over places in a list after a colon ---------------------------------------------------
# "Ces personnes sont réparties comme suit : Gao 9 100, Kidal 300": the sentence after a figure lists its parts by
# place, each name right before its count; every way of opening the list; near-misses: a list of deaths or houses, or of
# tonnes of food, gives no part
@pytest.mark.parametrize(
    "opening",
    ["Ces personnes sont réparties comme suit :", "Ces déplacés sont répartis comme suit :",
     "Elles sont réparties comme suit :", "Répartition par région :"],
)  # fmt: skip
def test_grid_french_a_figure_spread_as_follows_over_places(read, opening):
    text = (f"Selon l'OCHA, le nombre de déplacés internes atteint 48 200 dans le pays. {opening} Gao 9 100, "
            "Kidal 300, Tombouctou 7 500 et Ménaka 12 040.")  # fmt: skip
    found = [(c.value, c.location) for c in read(text)]
    assert found[1:] == [(9_100, "Gao"), (300, "Kidal"), (7_500, "Tombouctou"), (12_040, "Ménaka")], found


@pytest.mark.parametrize(
    "listed",
    ["Les morts sont répartis comme suit : Gao 12, Kidal 3.",
     "Les maisons détruites sont réparties comme suit : Gao 120, Kidal 30.",
     "Les vivres sont répartis comme suit : Gao 120 tonnes, Kidal 30 tonnes."],
)  # fmt: skip
def test_french_lists_after_a_colon_that_are_no_parts(read, listed):
    found = read(f"Selon l'OCHA, 48 200 personnes ont été déplacées dans le pays. {listed}")
    assert [c.value for c in found] == [48_200]


# the list may spread the figure of the sentence before the one between, when that one gave no figure; near-miss: a
# list of the dead two sentences after the figure gives no part
def test_french_a_figure_spread_as_follows_after_a_sentence_between(read):
    text = (
        "Selon l'OCHA, 48 200 personnes ont été déplacées dans le pays. Ce chiffre comprend 20 000 personnes "
        "enregistrées au sud. Ces populations sont réparties comme suit : Gao 9 100, Kidal 300, Tombouctou 7 500."
    )
    found = [(c.value, c.location) for c in read(text)]
    assert found[1:] == [(9_100, "Gao"), (300, "Kidal"), (7_500, "Tombouctou")], found


def test_french_a_list_of_the_dead_after_a_sentence_between_gives_no_part(read):
    text = (
        "Selon l'OCHA, 48 200 personnes ont été déplacées dans le pays. Les écoles sont fermées. Les morts sont "
        "répartis comme suit : Gao 12, Kidal 3."
    )
    assert [c.value for c in read(text)] == [48_200]

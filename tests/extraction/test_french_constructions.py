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

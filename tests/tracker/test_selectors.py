from decimal import Decimal

import pytest

from tests.factories import FigureFactory, HouseholdSizeFactory, RegionFactory, country
from tracker import services
from tracker.choices import FigureStatus, RegionLevel
from tracker.selectors import (
    HouseholdSizes,
    figures_in_region,
    figures_visible_to,
    household_size_for,
    queue_bodies_as_written,
    region_subtree,
    regions_matching_name,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def idlib_tree():
    syria = country()
    idlib = RegionFactory(name="Idleb", pcode="SY07", parent=syria)
    district = RegionFactory(name="Ariha", level=RegionLevel.ADMIN2, pcode="SY0705", parent=idlib)
    town = RegionFactory(name="Kansafra", level=RegionLevel.LOCALITY, parent=district)
    aleppo = RegionFactory(name="Aleppo", pcode="SY02", parent=syria)
    return {"syria": syria, "idlib": idlib, "district": district, "town": town, "aleppo": aleppo}


def test_figures_in_region_covers_the_whole_subtree_in_one_query(idlib_tree, django_assert_num_queries):
    inside = {FigureFactory(region=idlib_tree[name]).pk for name in ("idlib", "district", "town")}
    FigureFactory(region=idlib_tree["aleppo"])
    with django_assert_num_queries(1):
        found = {f.pk for f in figures_in_region(region=idlib_tree["idlib"])}
    assert found == inside


def test_subtree_follows_a_moved_region(idlib_tree):
    services.update_region(region=idlib_tree["district"], parent=idlib_tree["aleppo"])
    assert set(region_subtree(region=idlib_tree["aleppo"])) == {
        idlib_tree["aleppo"],
        idlib_tree["district"],
        idlib_tree["town"],
    }
    assert list(region_subtree(region=idlib_tree["idlib"])) == [idlib_tree["idlib"]]


def test_alias_lookup_ignores_case_and_diacritics(idlib_tree):
    town = RegionFactory(name="Saraqib", level=RegionLevel.LOCALITY, parent=idlib_tree["idlib"])
    services.add_region_alias(region=town, name="Saraqeb")
    for spelling in ("Saraqeb", "SARAQEB", "Sarāqib", "saraqib", " Saraqib "):
        assert list(regions_matching_name(name=spelling)) == [town], spelling


def test_lookup_prefers_the_broadest_level(idlib_tree):
    city = RegionFactory(name="Idlib", level=RegionLevel.LOCALITY, parent=idlib_tree["district"])
    services.add_region_alias(region=idlib_tree["idlib"], name="Idlib")
    assert list(regions_matching_name(name="idlib")) == [idlib_tree["idlib"], city]


def test_household_size_takes_the_latest_year_not_after(idlib_tree):
    HouseholdSizeFactory(country=idlib_tree["syria"], year=2018, size="5.80")
    HouseholdSizeFactory(country=idlib_tree["syria"], year=2020, size="5.20")
    assert household_size_for(region=idlib_tree["town"], year=2019) == Decimal("5.80")
    assert household_size_for(region=idlib_tree["town"], year=2023) == Decimal("5.20")
    assert household_size_for(region=idlib_tree["aleppo"], year=2021) == Decimal("5.20")


def test_household_size_before_any_year_known_takes_the_earliest_and_none_without_rows(idlib_tree):
    assert household_size_for(region=idlib_tree["town"], year=2019) is None
    HouseholdSizeFactory(country=idlib_tree["syria"], year=2018, size="5.80")
    HouseholdSizeFactory(country=idlib_tree["syria"], year=2020, size="5.20")
    assert household_size_for(region=idlib_tree["town"], year=2010) == Decimal("5.80")


def test_household_sizes_of_many_regions_are_read_in_one_query(idlib_tree, django_assert_num_queries):
    HouseholdSizeFactory(country=idlib_tree["syria"], year=2018, size="5.80")
    HouseholdSizeFactory(country=idlib_tree["syria"], year=2020, size="5.20")
    sizes = HouseholdSizes()
    with django_assert_num_queries(1):
        sizes.load([idlib_tree["town"], idlib_tree["aleppo"], idlib_tree["district"]])
    with django_assert_num_queries(0):
        answers = [sizes.for_region(idlib_tree[name], year) for name in ("town", "aleppo") for year in (2019, 2023)]
    assert answers == [Decimal("5.80"), Decimal("5.20"), Decimal("5.80"), Decimal("5.20")]


def test_the_queue_offers_each_body_as_written_that_no_body_matches_once_in_one_query(
    idlib_tree, reviewer, django_assert_num_queries
):
    for written in ("governor, Jane Roe", "local council of Ariha", "governor, Jane Roe"):
        FigureFactory(region=idlib_tree["town"], reporting_body=None, raw_reporting_body=written,
                      status=FigureStatus.EXTRACTED)  # fmt: skip
    FigureFactory(region=idlib_tree["town"], raw_reporting_body="the UN", status=FigureStatus.EXTRACTED)  # matched
    FigureFactory(region=idlib_tree["town"], reporting_body=None, raw_reporting_body="mayor")  # a draft: not waiting
    figures_visible_to(user=reviewer)  # who sees what: asked once per user and request, before the list
    with django_assert_num_queries(1):
        written = queue_bodies_as_written(user=reviewer)
    assert written == ["governor, Jane Roe", "local council of Ariha"]

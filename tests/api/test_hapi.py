"""The HAPI-shaped IDP endpoint: HDX HAPI's field names, parameters and response shape, by the totals rule."""

import csv
import io
from datetime import date

import pytest

from tests.factories import FigureFactory, RegionFactory, UserFactory
from tracker import services
from tracker.choices import Category, RegionLevel, Role

URL = "/api/hapi/v1/affected-people/idps"
HAPI_FIELDS = {
    "location_code", "location_name", "admin1_code", "admin1_name", "admin2_code", "admin2_name", "admin_level",
    "population", "reference_period_start", "reference_period_end", "reporting_round", "assessment_type",
    "operation",
}  # fmt: skip


@pytest.fixture
def stock(world):
    def verified(value, region, end):
        figure = FigureFactory(value=value, region=region, category=Category.STOCK, acting_user=world["editor"],
                               period_start=end, period_end=end, reporting_body=world["ocha"])  # fmt: skip
        return services.verify_figure(figure=figure, acting_user=world["reviewer"])

    harim = RegionFactory(name="Harim", pcode="SY0703", level=RegionLevel.ADMIN2, parent=world["idleb"])
    verified(30_000, world["ariha"], date(2020, 2, 20))
    verified(12_000, harim, date(2020, 2, 25))
    verified(90_000, world["aleppo"], date(2020, 2, 25))
    return world


@pytest.fixture
def partner_api(api, stock):
    api.force_authenticate(UserFactory(role=Role.PARTNER))
    return api


def test_rows_have_hapis_fields_and_the_country_as_iso3(partner_api):
    data = partner_api.get(URL, {"admin_level": 2}).json()["data"]
    assert {tuple(sorted(row)) for row in data} == {tuple(sorted(HAPI_FIELDS))}
    ariha = next(row for row in data if row["admin2_code"] == "SY0705")
    assert ariha == {
        "location_code": "SYR", "location_name": "Syrian Arab Republic", "admin1_code": "SY07",
        "admin1_name": "Idleb", "admin2_code": "SY0705", "admin2_name": "Ariha", "admin_level": 2,
        "population": 30_000, "reference_period_start": "2020-02-01", "reference_period_end": "2020-02-29",
        "reporting_round": None, "assessment_type": None, "operation": None,
    }  # fmt: skip


def test_admin1_rows_add_up_their_districts_and_countries_add_up_governorates(partner_api):
    rows = {level: partner_api.get(URL, {"admin_level": level}).json()["data"] for level in (0, 1)}
    by_level = {level: {(r["admin1_code"], r["population"]) for r in data} for level, data in rows.items()}
    assert by_level[1] == {("SY07", 42_000), ("SY02", 90_000)}
    assert by_level[0] == {(None, 132_000)}


@pytest.mark.parametrize("code", ["SYR", "SY", "sy"])
def test_location_code_takes_iso3_or_the_p_code(partner_api, code):
    data = partner_api.get(URL, {"location_code": code, "admin_level": 1}).json()["data"]
    assert {r["admin1_code"] for r in data} == {"SY07", "SY02"}


def test_admin1_code_narrows_to_a_governorate(partner_api):
    data = partner_api.get(URL, {"admin1_code": "SY07", "admin_level": 2}).json()["data"]
    assert {r["admin2_code"] for r in data} == {"SY0705", "SY0703"}


def test_limit_and_offset_page_through_the_rows(partner_api):
    everything = partner_api.get(URL).json()["data"]
    assert len(everything) == 1 + 2 + 2  # country, two governorates, two districts
    pages = [partner_api.get(URL, {"limit": 2, "offset": o}).json()["data"] for o in (0, 2, 4)]
    assert [row for page in pages for row in page] == everything


def test_csv_output_has_the_same_rows(partner_api):
    response = partner_api.get(URL, {"output_format": "csv", "admin_level": 1, "app_identifier": "dGVzdDp0ZXN0"})
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert set(rows[0]) == HAPI_FIELDS
    assert {(r["admin1_code"], r["population"]) for r in rows} == {("SY07", "42000"), ("SY02", "90000")}


@pytest.mark.parametrize("query,field", [
    ({"admin_level": 7}, "admin_level"), ({"limit": 0}, "limit"), ({"nonsense": 1}, "nonsense"),
])  # fmt: skip
def test_bad_parameters_are_400_naming_the_parameter(partner_api, query, field):
    response = partner_api.get(URL, query)
    assert response.status_code == 400 and field in response.json()


def test_a_code_of_no_place_is_404_with_the_code(partner_api):
    response = partner_api.get(URL, {"location_code": "XYZ"})
    assert response.status_code == 404 and "XYZ" in response.json()["detail"]


def test_anonymous_callers_get_nothing(api, stock):
    assert api.get(URL).status_code in (401, 403)


def test_unverified_figures_are_not_served(partner_api, stock):
    FigureFactory(value=5, region=stock["aleppo"], category=Category.STOCK, period_start=date(2020, 3, 1),
                  period_end=date(2020, 3, 1))  # fmt: skip
    periods = {r["reference_period_start"] for r in partner_api.get(URL).json()["data"]}
    assert periods == {"2020-02-01"}

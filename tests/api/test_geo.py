"""The API's region filter by name or alias, and totals as GeoJSON for maps."""

from datetime import date

import pytest

from tests.factories import FigureFactory, RegionFactory, ReportingBodyFactory, UserFactory
from tracker import services
from tracker.choices import Category, RegionLevel, Role, Term
from tracker.models import RegionAlias, RegionShape
from tracker.text import name_key

pytestmark = pytest.mark.django_db


def _alias(region, name):
    RegionAlias.objects.create(region=region, name=name, name_key=name_key(name))


@pytest.fixture
def placed(world):
    """The API world plus Arabic aliases, a second town called Ariha in Aleppo, and boundaries."""
    _alias(world["idleb"], "إدلب")
    _alias(world["town"], "أريحا")
    world["aleppo_ariha"] = RegionFactory(name="Ariha town", level=RegionLevel.LOCALITY, parent=world["aleppo"])
    square = {"type": "Polygon", "coordinates": [[[36, 35], [37, 35], [37, 36], [36, 36], [36, 35]]]}
    RegionShape.objects.create(region=world["idleb"], geometry=square)
    RegionShape.objects.create(region=world["aleppo"], geometry=square)
    return world


def test_the_region_filter_takes_a_name_or_an_arabic_alias(api, placed):
    api.force_authenticate(placed["editor"])
    by_code = api.get("/api/v1/figures/", {"region": "SY07"}).json()["results"]
    for spelling in ("idleb", "IDLEB", "ادلب", "إدلب"):
        response = api.get("/api/v1/figures/", {"region": spelling})
        assert response.status_code == 200, response.content
        assert response.json()["results"] == by_code
    assert [r["id"] for r in api.get("/api/v1/figures/", {"region": "أريحا"}).json()["results"]] == [
        placed["verified"].pk]  # fmt: skip


def test_an_ambiguous_name_is_a_400_listing_the_candidates(api, placed):
    api.force_authenticate(placed["editor"])
    response = api.get("/api/v1/figures/", {"region": "ariha town"})
    assert response.status_code == 400
    message = " ".join(response.json()["region"])
    assert "names 2 regions" in message
    assert f"Ariha town — town, Ariha › Idleb = id {placed['town'].pk}" in message
    assert f"Ariha town — town, Aleppo = id {placed['aleppo_ariha'].pk}" in message
    unknown = api.get("/api/v1/figures/", {"region": "Atlantis"})
    assert unknown.status_code == 404 and "Atlantis" in unknown.json()["detail"]
    totals = api.get("/api/v1/totals/", {"region": "ariha town"})
    assert totals.status_code == 400 and "names 2 regions" in totals.json()["region"][0]


@pytest.fixture
def mapped(placed):
    ocha = placed["ocha"]
    reviewer = placed["reviewer"]
    figures = [
        FigureFactory(value=2000, region=placed["aleppo"], reporting_body=ocha, acting_user=placed["editor"],
                      period_start=date(2020, 3, 1), period_end=date(2020, 3, 3)),
        FigureFactory(value=700, region=placed["aleppo"], reporting_body=ReportingBodyFactory(),
                      acting_user=placed["editor"], period_start=date(2020, 4, 1), period_end=date(2020, 4, 3)),
        FigureFactory(value=9000, region=placed["idleb"], reporting_body=ocha, acting_user=placed["editor"],
                      category=Category.STOCK, period_start=date(2020, 3, 1), period_end=date(2020, 3, 30)),
    ]  # fmt: skip
    for figure in figures:
        services.verify_figure(figure=figure, acting_user=reviewer)
    placed["empty"] = RegionFactory(name="Homs", pcode="SY04", parent=placed["syria"])
    return placed


def test_totals_as_geojson_match_the_totals_endpoint_and_no_data_is_null(api, mapped):
    api.force_authenticate(UserFactory(role=Role.PARTNER))
    response = api.get("/api/v1/totals/geo/", {"region": "SY", "format": "geojson"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/geo+json")
    collection = response.json()
    assert collection["type"] == "FeatureCollection" and "CC BY-IGO" in collection["attribution"]
    by_pcode = {f["properties"]["pcode"]: f for f in collection["features"]}
    assert set(by_pcode) == {"SY07", "SY02", "SY04"}
    rows = api.get("/api/v1/totals/", {"region": "SY", "level": "admin1", "category": "flow", "period": "month",
                                        "term": [t for t in Term.values if t != Term.RETURNED]}).json()  # fmt: skip
    expected = {}
    for row in rows:
        expected[row["region"]["pcode"]] = expected.get(row["region"]["pcode"], 0) + row["persons"]
    assert {p: f["properties"]["persons"] for p, f in by_pcode.items() if f["properties"]["persons"]} == expected
    assert expected == {"SY07": 5000, "SY02": 2700}
    assert by_pcode["SY04"]["properties"]["persons"] is None  # no data, not zero
    assert by_pcode["SY07"]["geometry"]["type"] == "Polygon"
    assert by_pcode["SY07"]["properties"]["label"] == "Idleb — governorate, Syrian Arab Republic (SY07)"
    # stock is the latest month's total, and the period narrows it
    stock = api.get("/api/v1/totals/geo/", {"region": "SY", "category": "stock", "format": "geojson"}).json()
    assert {f["properties"]["pcode"]: f["properties"]["persons"] for f in stock["features"]} == {
        "SY07": 9000, "SY02": None, "SY04": None}  # fmt: skip
    april = api.get("/api/v1/totals/geo/", {"region": "SY", "start": "2020-04-01", "format": "geojson"}).json()
    assert {f["properties"]["pcode"]: f["properties"]["persons"] for f in april["features"]}["SY02"] == 700


def test_the_geojson_endpoint_refuses_bad_input(api, mapped):
    api.force_authenticate(mapped["editor"])
    missing = api.get("/api/v1/totals/geo/", {"region": "nowhere", "format": "geojson"})
    assert missing.status_code == 404 and missing["Content-Type"].startswith("application/json")  # errors: JSON
    for params in ({"category": "both"}, {"start": "2020-13-01"}, {"bogus": "1"},
                   {"start": "2020-05-01", "end": "2020-04-01"}, {"level": "planet"}):  # fmt: skip
        assert api.get("/api/v1/totals/geo/", params).status_code == 400, params
    api.force_authenticate(None)
    assert api.get("/api/v1/totals/geo/").status_code == 401


def test_the_schema_documents_the_geojson_endpoint(client):
    schema = client.get("/api/schema/", {"format": "json"}).json()
    operation = schema["paths"]["/api/v1/totals/geo/"]["get"]
    assert "application/geo+json" in operation["responses"]["200"]["content"]
    assert {p["name"] for p in operation["parameters"]} >= {"region", "level", "category", "start", "end", "term"}

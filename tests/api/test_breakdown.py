"""A figure's breakdown by sex and age in the API (nested on list and detail, written with the figure, refused per
part and field) and in the exports (CSV/HXL column, XLSX sheet), and the exports' data dictionary (XLSX README
sheet, `?format=dictionary`), which must name every column the exports write and nothing else."""

import csv
import io
import json
from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from openpyxl import load_workbook

from tests.factories import FigureFactory
from tracker.choices import AgeGroup, Category, FigureStatus, Qualifier, Sex, Term, Unit
from tracker.exports import BREAKDOWN_COLUMNS, COLUMNS
from tracker.models import FigureBreakdown

pytestmark = pytest.mark.django_db

FEMALE_CHILDREN = {"sex": "", "age_from": None, "age_to": None, "group": "female+children", "count": None,
                   "share": "80.00", "qualifier": "more_than"}  # fmt: skip


@pytest.fixture
def staff_api(api, world):
    api.force_authenticate(world["editor"])
    return api


def _payload(world, **fields):
    return {"value": 10000, "region": world["town"].pk, "period_start": "2020-02-01", "period_end": "2020-02-05",
            **fields}  # fmt: skip


def _with_breakdown(world, value=10000, **fields):
    figure = FigureFactory(value=value, region=world["town"], period_end=date(2020, 3, 1), **fields, breakdown=[
        {"sex": "female", "age_from": 0, "age_to": 17, "count": 1200},
        {"group": "female+children", "share": 80, "qualifier": Qualifier.MORE_THAN}])  # fmt: skip
    return figure


# -------------------------------------------------------------------------------------------------- API


def test_parts_above_the_total_are_400_per_part_and_field_and_nothing_is_written(staff_api, world):
    response = staff_api.post(
        "/api/v1/figures/",
        _payload(
            world,
            breakdown=[
                {"sex": "female", "count": 6000},
                {"sex": "male", "count": 4500},
                {"age_from": 18, "age_to": 5, "count": 10},
                {"group": "female+children", "share": "120"},
            ],
        ),
        format="json",
    )
    assert response.status_code == 400, response.content
    errors = response.json()["breakdown"]
    # as DRF answers for a nested list: the parts with errors by their index
    assert "add up to 10,500 persons" in errors["0"]["count"][0] and "add up to 10,500" in errors["1"]["count"][0]
    assert "below the youngest" in errors["2"]["age_to"][0]
    assert "at most 100" in errors["3"]["share"][0]
    assert not FigureBreakdown.objects.exists()


@pytest.mark.parametrize(
    ("part", "field"),
    [
        ({"sex": "woman", "count": 1}, "sex"),
        ({"sex": "female", "count": "many"}, "count"),
        ({"sex": "female", "share": "NaN"}, "share"),
        ({"qualifier": "roughly", "sex": "male", "count": 1}, "qualifier"),
    ],
)
def test_malformed_parts_are_400_on_their_field(staff_api, world, part, field):
    response = staff_api.post("/api/v1/figures/", _payload(world, breakdown=[part]), format="json")
    assert response.status_code == 400 and field in response.json()["breakdown"]["0"], response.content


def test_a_breakdown_is_written_with_the_figure_and_served_on_detail_and_list(staff_api, world):
    response = staff_api.post(
        "/api/v1/figures/",
        _payload(
            world,
            breakdown=[
                {"sex": "female", "count": 5200},
                {"sex": "male", "count": 4800},
                {"group": "children+female", "share": "80", "qualifier": "more_than"},
            ],
        ),
        format="json",
    )
    assert response.status_code == 201, response.content
    created = response.json()
    assert created["breakdown"][2] == FEMALE_CHILDREN
    assert [p["count"] for p in created["breakdown"]] == [5200, 4800, None]
    detail = staff_api.get(f"/api/v1/figures/{created['id']}/").json()
    assert detail["breakdown"] == created["breakdown"]
    listed = {row["id"]: row for row in staff_api.get("/api/v1/figures/").json()["results"]}
    assert listed[created["id"]]["breakdown"] == created["breakdown"]
    assert listed[world["draft"].pk]["breakdown"] == []


def test_patching_the_breakdown_of_a_verified_figure_sends_it_back_to_review(api, world):
    api.force_authenticate(world["reviewer"])
    figure = world["verified"]
    response = api.patch(f"/api/v1/figures/{figure.pk}/", {"breakdown": [{"age_from": 0, "age_to": 17,
                                                                          "share": 55}]}, format="json")  # fmt: skip
    assert response.status_code == 200, response.content
    assert response.json()["status"] == FigureStatus.IN_REVIEW
    assert response.json()["breakdown"][0]["share"] == "55.00"
    # a patch without the breakdown leaves it as it is
    response = api.patch(f"/api/v1/figures/{figure.pk}/", {"cause": "conflict"}, format="json")
    assert response.status_code == 200, response.content
    assert len(response.json()["breakdown"]) == 1


def _list_queries(api, n):
    with CaptureQueriesContext(connection) as queries:
        response = api.get(f"/api/v1/figures/?page_size={n}")
    rows = response.json()["results"]
    assert len(rows) == n and sum(len(r["breakdown"]) for r in rows) >= n
    return len(queries)


def test_the_list_reads_every_breakdown_of_a_page_in_one_query(staff_api, world):
    for n in range(60):
        _with_breakdown(world, value=2000 + n)
    FigureBreakdown.objects.filter(figure=world["draft"]).delete()
    few, many = _list_queries(staff_api, 5), _list_queries(staff_api, 50)
    assert few == many
    with CaptureQueriesContext(connection) as queries:
        staff_api.get("/api/v1/figures/?page_size=50")
    assert sum("tracker_figurebreakdown" in q["sql"] for q in queries.captured_queries) == 1


def test_the_schema_documents_the_breakdown(staff_api, world):
    schema = staff_api.get("/api/schema/?format=json").json()["components"]["schemas"]
    figure = schema["Figure"]["properties"]["breakdown"]
    assert figure["type"] == "array" and figure["items"]["$ref"].endswith("/BreakdownPart")
    assert set(schema["BreakdownPart"]["properties"]) == {"sex", "age_from", "age_to", "group", "count", "share",
                                                          "qualifier"}  # fmt: skip


# ------------------------------------------------------------------------------------------------ exports


def _csv_rows(response):
    assert response.status_code == 200
    return list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))


def test_csv_and_hxl_exports_carry_the_breakdown(staff_api, world):
    figure = _with_breakdown(world)
    header, tags, *rows = _csv_rows(staff_api.get("/api/v1/figures/export.hxl"))
    assert tags[header.index("breakdown")] == "#affected+breakdown"
    by_id = {row[0]: dict(zip(header, row, strict=True)) for row in rows}
    assert by_id[str(figure.pk)]["breakdown"] == "female 0-17: 1200; female+children: more than 80%"
    assert by_id[str(world["draft"].pk)]["breakdown"] == ""


def test_the_export_reads_the_breakdowns_once_per_chunk_not_per_row(staff_api, world):
    for n in range(40):
        _with_breakdown(world, value=2000 + n)
    with CaptureQueriesContext(connection) as queries:
        header, *rows = _csv_rows(staff_api.get("/api/v1/figures/export.csv"))
    assert len(rows) == 42 and sum(bool(r[header.index("breakdown")]) for r in rows) == 40
    assert sum("tracker_figurebreakdown" in q["sql"] for q in queries.captured_queries) == 1


def test_xlsx_export_has_a_breakdown_sheet_and_a_readme(client, world):
    figure = _with_breakdown(world)
    client.force_login(world["reviewer"])
    response = client.get(reverse("admin:tracker_displacementfigure_export"), {"format": "xlsx"})
    workbook = load_workbook(io.BytesIO(response.content), read_only=True)
    assert workbook.sheetnames == ["figures", "breakdown", "README"]
    header, *figures = list(workbook["figures"].values)
    record = {row[0]: dict(zip(header, row, strict=True)) for row in figures}[figure.pk]
    assert record["breakdown"] == "female 0-17: 1200; female+children: more than 80%"
    header, *parts = list(workbook["breakdown"].values)
    assert [dict(zip(header, p, strict=True)) for p in parts if p[0] == figure.pk] == [
        {"figure_id": figure.pk, "sex": "female", "age_from": 0, "age_to": 17, "group": None, "count": 1200,
         "share": None, "qualifier": "exact"},
        {"figure_id": figure.pk, "sex": None, "age_from": None, "age_to": None, "group": "female+children",
         "count": None, "share": "80.00", "qualifier": "more_than"},
    ]  # fmt: skip


# ---------------------------------------------------------------------------------------- data dictionary


def _readme(workbook) -> list[dict]:
    rows = [r for r in workbook["README"].values]
    at = next(i for i, r in enumerate(rows) if r and r[0] == "sheet")
    header = rows[at]
    return [dict(zip(header, r, strict=True)) for r in rows[at + 1 :]]


def test_every_exported_column_is_in_the_dictionary_and_nothing_else(client, api, world):
    _with_breakdown(world)
    client.force_login(world["reviewer"])
    workbook = load_workbook(io.BytesIO(client.get(reverse("admin:tracker_displacementfigure_export"),
                                                   {"format": "xlsx"}).content), read_only=True)  # fmt: skip
    readme = _readme(workbook)
    for sheet in ("figures", "breakdown"):
        written = list(next(workbook[sheet].values))
        assert [e["column"] for e in readme if e["sheet"] == sheet] == written, sheet
    assert all(e["description"] and e["type"] and e["hxl"].startswith("#") for e in readme)
    api.force_authenticate(world["reviewer"])
    csv_header = _csv_rows(api.get("/api/v1/figures/export.csv"))[0]
    hxl_header, hxl_tags = _csv_rows(api.get("/api/v1/figures/export.hxl"))[:2]
    response = api.get("/api/v1/figures/export.csv?format=dictionary")
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    dictionary = list(csv.DictReader(io.StringIO(response.content.decode())))
    figures = [e for e in dictionary if e["sheet"] == "figures"]
    assert [e["column"] for e in figures] == csv_header == hxl_header
    assert [e["hxl"] for e in figures] == hxl_tags
    # the same content as the README sheet, and as JSON for a client that asks for it
    assert [{k: v or "" for k, v in e.items()} for e in readme] == dictionary
    as_json = api.get("/api/v1/figures/export.csv?format=dictionary", HTTP_ACCEPT="application/json")
    assert as_json["Content-Type"] == "application/json"
    assert json.loads(as_json.content)["columns"] == dictionary
    admin_csv = client.get(reverse("admin:tracker_displacementfigure_export"), {"format": "dictionary"})
    assert list(csv.DictReader(io.StringIO(admin_csv.content.decode()))) == dictionary


def test_the_dictionary_lists_every_value_of_every_enum_it_exports(api, world):
    api.force_authenticate(world["reviewer"])
    dictionary = {
        (e["sheet"], e["column"]): e
        for e in csv.DictReader(io.StringIO(api.get("/api/v1/figures/export.csv?format=dictionary").content.decode()))
    }
    for column, enum in [("qualifier", Qualifier), ("unit", Unit), ("term", Term), ("category", Category),
                         ("status", FigureStatus)]:  # fmt: skip
        values = dictionary[("figures", column)]["values"]
        assert all(f"{value} = {label}" in values for value, label in enum.choices), column
    for column in ("breakdown", "group"):
        sheet = "figures" if column == "breakdown" else "breakdown"
        values = dictionary[(sheet, column)]["values"]
        assert all(f"{v} = {label}" in values for v, label in (*Sex.choices, *AgeGroup.choices)), column
    assert all(f"{v} = {label}" in dictionary[("breakdown", "sex")]["values"] for v, label in Sex.choices)
    assert "The number as reported" in dictionary[("figures", "reported_value")]["description"]  # the help text
    assert {c.name for c in COLUMNS} | {c.name for c in BREAKDOWN_COLUMNS} == {c for _, c in dictionary}


def test_partners_read_the_dictionary_too_and_a_bad_format_is_400(api, world):
    from tests.factories import UserFactory
    from tracker.choices import Role

    api.force_authenticate(UserFactory(role=Role.PARTNER))
    assert api.get("/api/v1/figures/export.csv?format=dictionary").status_code == 200
    response = api.get("/api/v1/figures/export.csv?format=dictionaryx")
    assert response.status_code == 400 and "dictionary" in response.json()["format"][0]
    api.force_authenticate(None)
    assert api.get("/api/v1/figures/export.csv?format=dictionary").status_code in (401, 403)

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tests.factories import FigureFactory, HouseholdSizeFactory, ReportingBodyFactory, SourceFactory


@pytest.fixture
def staff_api(api, world):
    api.force_authenticate(world["reviewer"])
    return api


def _ids(response):
    assert response.status_code == 200, response.content
    return sorted(row["id"] for row in response.json()["results"])


def test_region_filter_takes_the_whole_subtree_by_pcode_or_id(staff_api, world):
    inside = world["verified"].pk
    assert _ids(staff_api.get("/api/v1/figures/?region=SY07")) == [inside]
    assert _ids(staff_api.get(f"/api/v1/figures/?region={world['idleb'].pk}")) == [inside]
    assert _ids(staff_api.get("/api/v1/figures/?region=SY")) == sorted([inside, world["draft"].pk])


def test_period_filter_keeps_overlapping_periods(staff_api, world):
    # verified: 1–5 Feb, draft: 1–9 Feb
    assert _ids(staff_api.get("/api/v1/figures/?period_after=2020-02-06")) == [world["draft"].pk]
    assert _ids(staff_api.get("/api/v1/figures/?period_after=2020-02-04&period_before=2020-02-04")) == sorted(
        [world["verified"].pk, world["draft"].pk]
    )
    assert _ids(staff_api.get("/api/v1/figures/?period_before=2020-01-31")) == []


def test_other_filters(staff_api, world):
    assert _ids(staff_api.get("/api/v1/figures/?status=verified")) == [world["verified"].pk]
    assert _ids(staff_api.get("/api/v1/figures/?reporting_body=OCHA")) == [world["verified"].pk]
    assert _ids(staff_api.get("/api/v1/figures/?persons_min=1000")) == [world["verified"].pk]
    assert _ids(staff_api.get("/api/v1/figures/?term=fled&term=displaced")) == sorted(
        [world["verified"].pk, world["draft"].pk]
    )
    since = (timezone.now() + timedelta(minutes=1)).isoformat()
    assert _ids(staff_api.get("/api/v1/figures/", {"updated_since": since})) == []


@pytest.mark.parametrize(
    "query,field",
    [
        ("regoin=SY07", "regoin"),
        ("period_after=31-02-2020", "period_after"),
        ("status=unknown", "status"),
        ("updated_since=yesterday", "updated_since"),
        ("page_size=abc", "page_size"),
        ("ordering=nonsense", "ordering"),
    ],
)
def test_bad_filters_are_400_with_the_field_named(staff_api, world, query, field):
    response = staff_api.get(f"/api/v1/figures/?{query}")
    assert response.status_code == 400
    assert field in response.json()


@pytest.mark.parametrize(
    "payload,field",
    [
        ({"value": 0}, "value"),
        ({"period_end": "2020-01-01"}, "period_end"),
        ({"value": 100_000_001}, "value"),
        ({"period_start": "1850-01-01"}, "period_start"),
        ({"qualifier": "roughly"}, "qualifier"),
        ({"period_start": "not a date"}, "period_start"),
    ],
)
def test_bad_payloads_are_400_with_field_messages(staff_api, world, payload, field):
    body = {"value": 10, "region": world["aleppo"].pk, "period_start": "2020-02-01", "period_end": "2020-02-02"}
    response = staff_api.post("/api/v1/figures/", {**body, **payload}, format="json")
    assert response.status_code == 400, response.content
    assert field in response.json() and response.json()[field]


def test_a_region_that_does_not_exist_is_404_naming_the_field(staff_api, world):
    body = {"value": 10, "region": 999999, "period_start": "2020-02-01", "period_end": "2020-02-02"}
    response = staff_api.post("/api/v1/figures/", body, format="json")
    assert response.status_code == 404 and "does not exist" in response.json()["region"][0]
    response = staff_api.get("/api/v1/figures/?region=XX99")
    assert response.status_code == 404 and "No region" in response.json()["detail"]


def test_cursor_pages_neither_miss_nor_repeat_while_figures_are_added(staff_api, world):
    for n in range(7):
        FigureFactory(value=100 + n, region=world["aleppo"])
    seen, url = [], "/api/v1/figures/?page_size=3"
    while url:
        page = staff_api.get(url).json()
        seen += [row["id"] for row in page["results"]]
        FigureFactory(value=999, region=world["aleppo"])  # a partner's sync goes on while staff add figures
        url = page["next"]
    assert len(seen) == len(set(seen))
    assert seen == sorted(seen)
    assert set(seen) >= {f.pk for f in type(world["draft"]).objects.filter(value__lt=999)}


def _list_queries(api, n):
    with CaptureQueriesContext(connection) as queries:
        response = api.get(f"/api/v1/figures/?page_size={n}")
    assert len(response.json()["results"]) == n
    return len(queries)


def test_query_count_is_the_same_for_10_and_100_rows(staff_api, world):
    bodies = [ReportingBodyFactory() for _ in range(5)]
    sources = [SourceFactory() for _ in range(5)]
    for n in range(100):
        FigureFactory(value=10 + n, region=world["town"], reporting_body=bodies[n % 5], source=sources[n % 5],
                      period_end=date(2020, 3, 1))  # fmt: skip
    assert _list_queries(staff_api, 10) == _list_queries(staff_api, 100)


def test_list_rows_carry_the_documented_fields(staff_api, world):
    row = staff_api.get("/api/v1/figures/?status=verified").json()["results"][0]
    assert row["region_pcode"] == "" and row["reporting_body_name"].startswith("UN Office")
    assert row["persons"] == 5000 and row["source_url"] == "https://example.org/sitrep"
    schema = staff_api.get("/api/schema/?format=json").json()
    documented = set(schema["components"]["schemas"]["Figure"]["properties"])
    assert set(row) == documented


def test_walking_back_from_a_short_last_page_over_tied_positions_misses_nothing(staff_api, world):
    """period_end ties, and a last page shorter than page_size: following `previous` from it gives every figure
    in the same order as following `next` (DRF counted back a whole page from the end and skipped figures)."""
    for n in range(2):
        FigureFactory(value=200 + n, region=world["aleppo"], period_end=world["draft"].period_end)
    forward, url, page = [], "/api/v1/figures/?page_size=3&ordering=period_end", None
    while url:
        page = staff_api.get(url).json()
        forward += [row["id"] for row in page["results"]]
        url = page["next"]
    assert len(page["results"]) < 3  # the last page is short
    backward, url = [row["id"] for row in page["results"]], page["previous"]
    while url:
        page = staff_api.get(url).json()
        backward = [row["id"] for row in page["results"]] + backward
        url = page["previous"]
    assert len(forward) == 4 and backward == forward


def test_the_readmes_staff_example_enters_a_draft_another_person_can_verify(api, world):
    """README, "Partner API": the draft its curl line posts carries what verification needs (it lacked a reporting
    body, so the reviewer's verify that follows it was a 400). The ids are the demo's; here the world's stand in."""
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    block = readme[readme.index("# staff: enter a draft") :]
    payload = json.loads(block[block.index("-d '") + 4 : block.index("'", block.index("-d '") + 4)])
    assert {"region", "reporting_body"} <= set(payload)
    payload.update(region=world["town"].pk, reporting_body=world["ocha"].pk)
    HouseholdSizeFactory(country=world["syria"], year=2020, size=5)  # the demo's table has Syria's
    api.force_authenticate(world["editor"])
    created = api.post("/api/v1/figures/", payload, format="json")
    assert created.status_code == 201, created.content
    api.force_authenticate(world["reviewer"])
    verified = api.post(f"/api/v1/figures/{created.json()['id']}/verify/")
    assert verified.status_code == 200, verified.content
    assert verified.json()["status"] == "verified"


@pytest.mark.parametrize("size", [1, 2, 3])
def test_each_pages_previous_link_gives_the_page_before_it_over_ties(staff_api, world, size):
    """Pairs of figures ending the same day, ordered by period_end: a page reached by an offset whose rows share a
    day answered itself again as its `previous` (DRF counted back from the next day with no offset)."""
    for end in (world["verified"].period_end, world["draft"].period_end, date(2020, 2, 20)):
        FigureFactory(value=300, region=world["aleppo"], period_start=date(2020, 1, 1), period_end=end)
    for ordering in ("period_end", "-period_end"):
        pages, url = [], f"/api/v1/figures/?page_size={size}&ordering={ordering}"
        while url:
            pages.append(staff_api.get(url).json())
            url = pages[-1]["next"]
        assert sum(len(page["results"]) for page in pages) == 5
        for before, page in zip(pages, pages[1:], strict=False):
            previous = staff_api.get(page["previous"]).json()["results"]
            assert [row["id"] for row in previous] == [row["id"] for row in before["results"]], (ordering, page)


@pytest.mark.parametrize(
    ("payload", "field", "message"),
    [
        ({"valu": 5}, "valu", "Unknown field. Writable: value, value_high,"),
        ({"status": "verified"}, "status", "changes through its actions"),
    ],
)
def test_a_write_with_an_unknown_key_or_another_status_is_a_400_not_a_silent_200(api, world, payload, field, message):
    """DRF dropped both: the editor's PATCH answered 200 and changed nothing (the figure stayed a draft)."""
    api.force_authenticate(world["editor"])
    draft = world["draft"]
    response = api.patch(f"/api/v1/figures/{draft.pk}/", payload, format="json")
    assert response.status_code == 400, response.content
    assert message in " ".join(response.json()[field])
    draft.refresh_from_db()
    assert draft.status == "draft" and draft.value == 777


def test_a_figure_as_read_can_be_put_back_with_a_change(api, world):
    """Read-only fields as a GET gives them (id, persons, status, names) are accepted on a PUT."""
    api.force_authenticate(world["editor"])
    url = f"/api/v1/figures/{world['draft'].pk}/"
    figure = api.get(url).json()
    response = api.put(url, {**figure, "value": 778}, format="json")
    assert response.status_code == 200, response.content
    assert response.json()["value"] == 778 and response.json()["status"] == "draft"


def test_a_body_no_reporting_body_matches_is_given_as_the_source_wrote_it(staff_api, world):
    """A candidate whose body the tracker does not know yet ("Jane Roe, governor of Kano") showed partners and
    staff only `reporting_body: null`: the body as written is a field of its own, in the list and the detail."""
    figure = FigureFactory(value=4321, region=world["aleppo"], reporting_body=None,
                           raw_reporting_body="Jane Roe, governor of Kano")  # fmt: skip
    (row,) = [r for r in staff_api.get("/api/v1/figures/?page_size=100").json()["results"] if r["id"] == figure.pk]
    assert row["reporting_body"] is None and row["reporting_body_as_written"] == "Jane Roe, governor of Kano"
    detail = staff_api.get(f"/api/v1/figures/{figure.pk}/").json()
    assert detail["reporting_body_as_written"] == "Jane Roe, governor of Kano"
    matched = staff_api.get(f"/api/v1/figures/{world['verified'].pk}/").json()
    assert matched["reporting_body_as_written"] == "" and matched["reporting_body_name"].startswith("UN Office")


def test_the_body_as_written_is_read_only(staff_api, world):
    """Sent back as a GET gave it (read-only fields are accepted), it changes nothing: only the extractor writes it."""
    figure = world["draft"]
    response = staff_api.patch(f"/api/v1/figures/{figure.pk}/", {"reporting_body_as_written": "Someone"},
                               format="json")  # fmt: skip
    figure.refresh_from_db()
    assert response.status_code == 200 and response.json()["reporting_body_as_written"] == ""
    assert figure.raw_reporting_body == ""

"""Inputs that used to be server errors, each now a 400 (or 404) with a message, or a valid answer."""

import json
from datetime import date

import pytest

from tests.factories import FigureFactory, UserFactory
from tracker.choices import FigureStatus, Unit
from tracker.models import Region


@pytest.mark.parametrize(
    ("query", "field", "message"),
    [
        ("region=²", "region", "written in the digits 0–9"),
        ("region=①", "region", "written in the digits 0–9"),
        ("region=SY٠٧", "region", "“SY٠٧” names no region: p-codes and ids are written in the digits 0–9"),
        ("region=ＳＹ０７", "region", "names no region: p-codes and ids are written in the digits 0–9"),  # full-width
        ("region=99999999999999999999999", "detail", "No region"),
        ("reporting_body=①", "detail", "No reporting body"),
        ("reporting_body=٣", "detail", "No reporting body"),
        ("page_size=0", "page_size", "from 1 to 1000"),
        ("page_size=abc", "page_size", "from 1 to 1000"),
        ("page_size=1001", "page_size", "from 1 to 1000"),
        ("page_size=²", "page_size", "from 1 to 1000"),
        ("ordering=nonsense", "ordering", "Order by one of id, updated_at, period_end, persons"),
        ("ordering=persons,id", "ordering", "Order by one of"),
        ("ordering=", "ordering", "Order by one of"),
        ("persons_min=1e400", "persons_min", "whole number"),
        ("persons_min=١٠", "persons_min", "digits 0–9"),  # Arabic-Indic ten: refused as page_size=١٠ is
        ("persons_max=１", "persons_max", "digits 0–9"),  # full-width one
        ("event=٣", "event", "digits 0–9"),
        ("event=-1", "event", "greater than or equal to 1"),
        ("period_after=٢٠٢٠-02-01", "period_after", "date in the digits 0–9"),  # Arabic-Indic: read as 2020 before
        ("period_before=２０２０-02-01", "period_before", "date in the digits 0–9"),  # full-width
        ("updated_since=٢٠٢٠-01-01T00:00:00Z", "updated_since", "time in the digits 0–9"),
        ("updated_since=", "updated_since", "Give a value"),
        ("format=xml", "format", "One of"),
        ("cursor=bm9wZQ", "detail", "Invalid cursor"),
        ("cursor=bz05OTk5OTk5OTk5OTk5OTk5OTk5OSZwPTE=", "detail", "Invalid cursor"),  # well formed, not ours
        ("region=SY07&region=SY02", "region", "Give this parameter once"),
        ("page_size=10&page_size=20", "page_size", "Give this parameter once"),
        ("period_after=2020-03-01&period_before=2020-01-01", "period_before", "end comes before the start"),
        # a value a choice does not take: the refusal lists the values it takes
        ("unit=families", "unit", "“families” is not one of: person, household."),
        ("status=review", "status", "“review” is not one of: draft, extracted, in_review, verified, rejected."),
        ("term=displaced&term=fleeing", "term", "“fleeing” is not one of: displaced, fled,"),
    ],
)
def test_bad_list_parameters_are_answered_with_a_message(api, world, query, field, message):
    api.force_authenticate(world["reviewer"])
    response = api.get(f"/api/v1/figures/?{query}")
    assert response.status_code in (400, 404), (query, response.status_code)
    body = response.json()
    text = body[field] if field == "detail" else " ".join(body[field])
    assert message in text, body


@pytest.mark.parametrize("offset", ["+16:00", "-16:00", "+23:59", "-23:59", "+00:00", "Z"])
def test_updated_since_takes_any_offset_python_reads(api, world, offset):
    api.force_authenticate(world["partner"] if "partner" in world else world["reviewer"])
    response = api.get("/api/v1/figures/", {"updated_since": f"2020-01-01T00:00:00{offset}"})
    assert response.status_code == 200 and len(response.json()["results"]) == 2
    far = api.get("/api/v1/figures/", {"updated_since": f"0001-01-01T00:00:00{offset}"})
    assert far.status_code in (200, 400), far.content


def test_unicode_digits_in_totals_region_are_a_400_saying_how_codes_are_written_not_a_500(api, world):
    api.force_authenticate(world["reviewer"])
    for value in ("²", "①", "٣", "SY٠٧"):
        response = api.get("/api/v1/totals/", {"region": value})
        assert response.status_code == 400 and "digits 0–9" in response.json()["region"][0], value
    response = api.get("/api/v1/totals/", {"region": "1" * 30})
    assert response.status_code == 404 and "No region" in response.json()["detail"]
    assert api.get("/api/v1/totals/", {"region": str(world["idleb"].pk)}).status_code == 200


@pytest.mark.parametrize("written", ["SY٠٧", "SY۰۷", "ＳＹ０７", "SY 07", "SY07\u200b"])
def test_a_pcode_in_other_digits_or_with_spaces_is_refused_on_every_path_in(api, world, written):
    """A p-code is ASCII: 'SY٠٧' (Arabic-Indic), 'SY۰۷' (Persian), full-width, a space or a zero-width space inside
    are refused with a 400 saying how it is written, when a region is created or corrected and when regions are
    listed by p-code or figures by region (they were stored as they were: a second 'SY07' no lookup would find)."""
    api.force_authenticate(UserFactory(is_superuser=True, is_staff=True))
    created = api.post("/api/v1/regions/", {"name": "Sarmin", "level": "admin2", "parent": world["idleb"].pk,
                                            "pcode": written}, format="json")  # fmt: skip
    assert created.status_code == 400, created.content
    assert "letters A–Z and the digits 0–9" in created.json()["pcode"][0]
    assert not Region.objects.filter(name="Sarmin").exists()
    changed = api.patch(f"/api/v1/regions/{world['ariha'].pk}/", {"pcode": written}, format="json")
    assert changed.status_code == 400 and "letters A–Z and the digits 0–9" in changed.json()["pcode"][0]
    world["ariha"].refresh_from_db()
    assert world["ariha"].pcode == "SY0705"
    listed = api.get("/api/v1/regions/", {"pcode": written})
    assert listed.status_code == 400 and "letters A–Z and the digits 0–9" in listed.json()["pcode"][0]
    # the ASCII spelling goes in, and is found whatever its case
    assert api.post("/api/v1/regions/", {"name": "Sarmin", "level": "admin2", "parent": world["idleb"].pk,
                                         "pcode": "SY0709"}, format="json").status_code == 201  # fmt: skip
    assert [r["name"] for r in api.get("/api/v1/regions/", {"pcode": "sy0709"}).json()["results"]] == ["Sarmin"]


@pytest.mark.parametrize(
    ("path", "query", "field"),
    [
        ("/api/v1/totals/", {"start": "٢٠٢٠-01-01"}, "start"),
        ("/api/v1/totals/", {"end": "۲۰۲۰-12-31"}, "end"),  # Persian digits
        ("/api/v1/totals/geo/", {"start": "٢٠٢٠-01-01"}, "start"),
        ("/api/hapi/v1/affected-people/idps", {"limit": "١٠"}, "limit"),
        ("/api/hapi/v1/affected-people/idps", {"offset": "１"}, "offset"),
    ],
)
def test_numbers_and_dates_in_other_digits_are_refused_on_every_endpoint(api, world, path, query, field):
    api.force_authenticate(world["reviewer"])
    response = api.get(path, query)
    assert response.status_code == 400, (path, query, response.content)
    assert "digits 0–9" in " ".join(response.json()[field])
    ascii_query = {key: value.translate(str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹１", "01234567890123456789" + "1"))
                   for key, value in query.items()}  # fmt: skip
    assert api.get(path, ascii_query).status_code == 200, ascii_query


def test_deeply_nested_json_is_a_400(api, world):
    api.force_authenticate(world["editor"])
    body = "[" * 200_000 + "]" * 200_000
    response = api.post("/api/v1/figures/", data=body, content_type="application/json")
    assert response.status_code == 400 and "nested too deeply" in response.json()["detail"]
    body = '{"a":' * 100_000 + "1" + "}" * 100_000
    assert api.post("/api/v1/regions/", data=body, content_type="application/json").status_code in (400, 403)


def test_a_key_given_twice_in_a_json_object_is_a_400_naming_it_and_nothing_changes(api, world):
    """{"value": 5000, "value": 50} was read as 50 without a word (Python's json keeps the last of the two): a client
    that merged two payloads badly changed a figure by a factor of a hundred. Now the body is refused, naming the key,
    at any depth, and nothing is written."""
    api.force_authenticate(world["editor"])
    draft = world["draft"]
    changed = api.patch(f"/api/v1/figures/{draft.pk}/", data='{"value": 5000, "value": 50}',
                        content_type="application/json")  # fmt: skip
    assert changed.status_code == 400, changed.content
    assert "the key 'value' is given twice" in changed.json()["detail"]
    draft.refresh_from_db()
    assert draft.value == 777
    nested = '{"breakdown": [{"sex": "female", "count": 10, "count": 20}]}'
    response = api.patch(f"/api/v1/figures/{draft.pk}/", data=nested, content_type="application/json")
    assert response.status_code == 400 and "the key 'count' is given twice" in response.json()["detail"]
    api.force_authenticate(UserFactory(is_superuser=True, is_staff=True))
    parent = world["idleb"].pk
    region = f'{{"name": "Sarmin", "name": "Saraqib", "level": "admin2", "parent": {parent}}}'
    assert api.post("/api/v1/regions/", data=region, content_type="application/json").status_code == 400
    assert not Region.objects.filter(name__in=["Sarmin", "Saraqib"]).exists()
    # the same keys in different objects, and NaN still refused as before
    fine = f'{{"name": "Sarmin", "level": "admin2", "parent": {parent}}}'
    assert api.post("/api/v1/regions/", data=fine, content_type="application/json").status_code == 201
    nan = api.patch(f"/api/v1/figures/{draft.pk}/", data='{"value": NaN}', content_type="application/json")
    assert nan.status_code == 400 and "NaN" in nan.json()["detail"]


def test_huge_values_are_refused_so_totals_never_overflow(api, world):
    api.force_authenticate(world["editor"])
    payload = {"region": world["idleb"].pk, "value": 9_000_000_000_000_000_000, "period_start": "2020-02-01",
               "period_end": "2020-02-02"}  # fmt: skip
    response = api.post("/api/v1/figures/", data=payload, format="json")
    assert response.status_code == 400 and "100000000" in json.dumps(response.json())
    payload["value"] = 9e18
    assert api.post("/api/v1/figures/", data=payload, format="json").status_code == 400
    payload["value"], payload["value_high"] = 5, 10**19
    assert api.post("/api/v1/figures/", data=payload, format="json").status_code == 400
    api.force_authenticate(world["reviewer"])
    assert api.get("/api/v1/totals/").status_code == 200


def test_text_fields_take_strings_only(api, world):
    api.force_authenticate(world["editor"])
    response = api.post("/api/v1/sources/", data={"title": "x", "text": 0}, format="json")
    assert response.status_code == 400 and "text" in response.json()


@pytest.mark.parametrize(
    ("path", "payload"),
    [
        ("/api/v1/regions/", {"name": "Nowhere", "level": "locality", "pcode": "", "nmae": "x"}),
        ("/api/v1/reporting-bodies/", {"name": "New body", "kind": "ngo", "reliability": "high", "acronmy": "NB"}),
        ("/api/v1/sources/", {"title": "A report", "text": "Some text.", "publisehd_on": "2020-01-01"}),
        ("/api/v1/events/", {"name": "Floods", "kind": "disaster", "start_date": "2020-01-01", "regoins": []}),
    ],
)
def test_a_misspelt_key_is_a_400_naming_it_on_every_write(api, world, path, payload):
    """DRF drops a key a serializer does not have: the record was created without what the client meant to set."""
    api.force_authenticate(world["reviewer"])
    response = api.post(path, data=payload, format="json")
    assert response.status_code == 400, response.content
    (misspelt,) = [key for key in payload if key not in ("name", "level", "pcode", "kind", "reliability", "title",
                                                         "text", "start_date")]  # fmt: skip
    assert "Unknown field. Writable:" in response.json()[misspelt][0]


@pytest.mark.parametrize("path", ["/api/v1/sources/", "/api/v1/events/", "/api/v1/reporting-bodies/",
                                  "/api/v1/regions/"])  # fmt: skip
def test_a_record_as_a_get_gave_it_edited_and_sent_back_is_saved(api, world, path):
    """A document's GET gives its `text`, which its PATCH did not know: the record as read, with the title edited,
    was a 400 ("text: Unknown field"). The text as read is accepted; another text is a 400 that says why."""
    api.force_authenticate(world["reviewer"])
    for where, payload in (
        ("sources", {"title": "A report", "text": "Some 40 people fled."}),
        ("events", {"name": "Floods", "kind": "disaster", "start_date": "2020-01-01"}),
    ):
        created = api.post(f"/api/v1/{where}/", data=payload, format="json")
        assert created.status_code == 201, created.content
    url = f"{path}{api.get(path).json()['results'][0]['id']}/"
    record = api.get(url).json()
    name = "title" if "title" in record else "name"
    record[name] += " (edited)"
    response = api.patch(url, data=record, format="json")
    assert response.status_code == 200, response.content
    assert api.get(url).json()[name] == record[name]
    if "text" in record:
        response = api.patch(url, data={**record, "text": "Another text."}, format="json")
        assert response.status_code == 400 and "a new document" in response.json()["text"][0], response.content
        assert api.get(url).json()["text"] == record["text"]


def test_a_misspelt_key_in_a_breakdown_part_is_a_400(api, world):
    api.force_authenticate(world["editor"])
    payload = {"value": 10, "region": world["aleppo"].pk, "period_start": "2020-02-01", "period_end": "2020-02-02",
               "breakdown": [{"sex": "female", "cuont": 4}]}  # fmt: skip
    response = api.post("/api/v1/figures/", data=payload, format="json")
    assert response.status_code == 400 and "cuont" in str(response.json()["breakdown"]), response.content


@pytest.mark.parametrize(
    ("field", "written"),
    [
        ("value", "١٠٠"),  # Arabic-Indic 100: DRF's IntegerField read it as 100
        ("value_high", "２００"),  # full-width 200
        ("period_start", "٢٠٢٠-02-01"),  # a date in Arabic-Indic digits
        ("region", "۱"),  # a Persian-digit id
    ],
)
def test_numbers_dates_and_ids_written_in_other_digits_are_a_400_in_payloads(api, world, field, written):
    """As in the query parameters: a number the client wrote in other digits is refused and named, not read."""
    api.force_authenticate(world["editor"])
    payload = {"value": 100, "region": world["aleppo"].pk, "period_start": "2020-02-01", "period_end": "2020-02-02",
               "reporting_body": world["ocha"].pk, field: written}  # fmt: skip
    response = api.post("/api/v1/figures/", data=payload, format="json")
    assert response.status_code == 400, response.content
    assert response.json()[field] == ["Write it in the digits 0–9."]


def test_other_digits_inside_a_breakdown_part_and_in_text_fields(api, world):
    """A breakdown's count in other digits is refused; a quote may write any digits (it is text)."""
    api.force_authenticate(world["editor"])
    base = {"value": 100, "region": world["aleppo"].pk, "period_start": "2020-02-01", "period_end": "2020-02-02",
            "reporting_body": world["ocha"].pk}  # fmt: skip
    refused = api.post("/api/v1/figures/", data={**base, "breakdown": [{"sex": "female", "count": "٤"}]}, format="json")
    assert refused.status_code == 400 and "digits 0–9" in str(refused.json()["breakdown"]), refused.content
    kept = api.post("/api/v1/figures/", data={**base, "quote": "نزح ١٠٠ شخص"}, format="json")
    assert kept.status_code == 201, kept.content


def test_form_encoded_bodies_are_refused_with_415(api, world):
    api.force_authenticate(world["editor"])
    response = api.post("/api/v1/events/", data="name=x&kind=conflict&start_date=2020-01-01",
                        content_type="application/x-www-form-urlencoded")  # fmt: skip
    assert response.status_code == 415


def test_ordering_by_persons_pages_through_nulls_without_missing_or_repeating(api, world):
    town = world["town"]
    for n in range(5):  # candidates in households whose size is not known yet: persons is null
        FigureFactory(value=100 + n, unit=Unit.HOUSEHOLD, region=town, status=FigureStatus.EXTRACTED,
                      period_start=date(2020, 3, n + 1), period_end=date(2020, 3, n + 1))  # fmt: skip
    for n in range(4):
        FigureFactory(value=10 + n, region=town, period_start=date(2020, 4, n + 1), period_end=date(2020, 4, n + 1))
    from tracker.models import DisplacementFigure

    assert DisplacementFigure.objects.filter(persons__isnull=True).count() == 5
    api.force_authenticate(world["reviewer"])
    for ordering in ("-persons", "persons"):
        seen, url = [], f"/api/v1/figures/?ordering={ordering}&page_size=2"
        while url:
            response = api.get(url)
            assert response.status_code == 200, response.content
            seen += [row["id"] for row in response.json()["results"]]
            url = response.json()["next"]
        assert sorted(seen) == sorted(DisplacementFigure.objects.values_list("id", flat=True)), ordering
        assert len(seen) == len(set(seen))
        persons = [DisplacementFigure.objects.get(pk=i).persons for i in seen]
        keyed = [-1 if p is None else p for p in persons]
        assert keyed == sorted(keyed, reverse=ordering.startswith("-"))


def test_unknown_path_under_the_api_is_a_json_404(api, world):
    api.force_authenticate(world["reviewer"])
    response = api.get("/api/v1/figures/abc/")
    assert response.status_code == 404 and response["Content-Type"].startswith("application/json")


def test_a_name_that_exists_already_is_a_409(api, world):
    api.force_authenticate(world["reviewer"])
    response = api.post("/api/v1/reporting-bodies/", data={"name": world["ocha"].name, "kind": "un_agency",
                                                           "reliability": "high"}, format="json")  # fmt: skip
    assert response.status_code == 409 and "name" in response.json()


@pytest.mark.parametrize(("value", "status"), [("true", 200), ("false", 200), ("1", 200), ("maybe", 400), ("", 400)])
def test_housing_destroyed_is_true_or_false(api, world, value, status):
    api.force_authenticate(world["reviewer"])
    assert api.get("/api/v1/figures/", {"housing_destroyed": value}).status_code == status


def test_a_repeatable_filter_may_be_repeated(api, world):
    api.force_authenticate(world["reviewer"])
    response = api.get("/api/v1/figures/?term=displaced&term=fled")
    assert response.status_code == 200, response.content


def test_a_cursor_edited_by_hand_is_refused_and_the_links_given_work(api, world):
    api.force_authenticate(world["reviewer"])
    page = api.get("/api/v1/figures/?page_size=1").json()
    assert page["next"]
    second = api.get(page["next"])
    assert second.status_code == 200 and second.json()["results"][0]["id"] != page["results"][0]["id"]
    cursor = page["next"].split("cursor=")[1].split("&")[0]
    tampered = page["next"].replace(cursor, cursor[:-1] + ("A" if cursor[-1] != "A" else "B"))
    assert api.get(tampered).status_code == 404


def test_a_bad_totals_choice_lists_the_choices(api, world):
    api.force_authenticate(world["reviewer"])
    response = api.get("/api/v1/totals/?level=admin9")
    assert response.status_code == 400
    message = " ".join(response.json()["level"])
    assert "admin9" in message and "admin1" in message and "locality" in message


def test_a_cursor_moved_to_another_query_is_refused(api, world):
    """A cursor names a position in its own query's order: on another ordering or other filters it would answer a
    wrong or empty page (`?ordering=-id`'s next page read in id order is empty), so it is a 404 that says why."""
    for n in range(3):
        FigureFactory(value=100 + n, region=world["aleppo"])
    api.force_authenticate(world["reviewer"])
    page = api.get("/api/v1/figures/?page_size=1&ordering=-id").json()
    cursor = page["next"].split("cursor=")[1].split("&")[0]
    assert api.get(page["next"]).status_code == 200
    assert api.get(f"/api/v1/figures/?page_size=2&ordering=-id&cursor={cursor}").status_code == 200  # page size is free
    for other in ("ordering=id", "ordering=-id&status=draft", "ordering=-id&region=SY02"):
        response = api.get(f"/api/v1/figures/?page_size=1&{other}&cursor={cursor}")
        assert response.status_code == 404, (other, response.content)
        assert "Invalid cursor" in response.json()["detail"]


def test_a_cursor_moved_to_another_list_is_refused(api, world):
    """The regions' and the figures' pages are both in id order with no filter: a cursor of the one, sent to the
    other, named a position there and answered a wrong page (figures after id N); it is a 404 that says why."""
    for n in range(3):
        FigureFactory(value=100 + n, region=world["aleppo"])
    api.force_authenticate(world["reviewer"])
    for issued, moved in (("regions", "figures"), ("figures", "regions"), ("figures", "events")):
        page = api.get(f"/api/v1/{issued}/?page_size=1").json()
        cursor = page["next"].split("cursor=")[1].split("&")[0]
        assert api.get(f"/api/v1/{issued}/?page_size=1&cursor={cursor}").status_code == 200
        response = api.get(f"/api/v1/{moved}/?page_size=1&cursor={cursor}")
        assert response.status_code == 404, (issued, moved, response.content)
        assert "Invalid cursor" in response.json()["detail"]


def test_totals_with_an_end_before_the_start_is_a_400_not_an_empty_list(api, world):
    api.force_authenticate(world["reviewer"])
    response = api.get("/api/v1/totals/", {"region": "SY07", "start": "2020-03-01", "end": "2020-01-01"})
    assert response.status_code == 400, response.content
    assert "end comes before the start" in " ".join(response.json()["end"])
    assert api.get("/api/v1/totals/", {"region": "SY07", "start": "2020-01-01", "end": "2020-03-01"}).status_code == 200


@pytest.mark.parametrize("debug", [False, True])
def test_a_write_without_the_trailing_slash_is_a_404_giving_the_address_not_a_redirect(api, world, settings, debug):
    """POST /api/v1/figures was a 301 (followed as a GET: the figure silently not entered) or, under DEBUG as in
    run_dev, a RuntimeError's 500 page; nothing is written either way, and the answer says where to send it."""
    settings.DEBUG = debug
    api.force_authenticate(world["editor"])
    body = {"value": 10, "region": world["town"].pk, "period_start": "2020-02-01", "period_end": "2020-02-02"}
    before = type(world["draft"]).objects.count()
    response = api.post("/api/v1/figures?x=1", body, format="json")
    assert response.status_code == 404 and response["Content-Type"] == "application/json"
    assert "send the POST to /api/v1/figures/?x=1 (with the trailing slash)" in response.json()["detail"]
    assert type(world["draft"]).objects.count() == before
    assert api.get("/api/v1/figures").status_code == 301  # a read is still redirected


@pytest.mark.parametrize(
    ("url", "query", "field", "message"),
    [
        ("/api/v1/totals/", "region=SY07&region=SY02", "region", "Give this parameter once"),
        ("/api/v1/totals/geo/", "level=admin1&level=admin2", "level", "Give this parameter once"),
        ("/api/hapi/v1/affected-people/idps", "admin_level=0&admin_level=2", "admin_level", "Give this parameter once"),
        ("/api/v1/totals/", "regions=SY07", "regions", "Unknown parameter. Known: category, end, format, level,"),
    ],
)
def test_totals_and_hapi_refuse_a_parameter_given_twice_or_unknown_naming_it(api, world, url, query, field, message):
    """The serializer read the last of two values and dropped the other (`?region=SY07&region=SY02` answered for
    Aleppo alone); an unknown parameter now lists the known ones, as on the figures list."""
    api.force_authenticate(world["reviewer"])
    response = api.get(f"{url}?{query}")
    assert response.status_code == 400, response.content
    assert message in " ".join(response.json()[field])
    assert api.get(f"{url}?term=displaced&term=fled" if "hapi" not in url else url).status_code == 200


@pytest.mark.parametrize(
    ("url", "query", "field", "message"),
    [
        ("/api/v1/totals/", "term=fleeing", "term", "“fleeing” is not one of: displaced, fled,"),
        ("/api/v1/totals/geo/", "term=displaced&term=fleeing", "term", "“fleeing” is not one of: displaced, fled,"),
        ("/api/hapi/v1/affected-people/idps", "admin_level=3", "admin_level", "“3” is not one of: 0, 1, 2."),
        ("/api/hapi/v1/affected-people/idps", "output_format=xml", "output_format", "“xml” is not one of: json, csv."),
    ],
)
def test_a_choice_the_totals_or_hapi_do_not_take_is_refused_with_the_values_they_take(api, world, url, query, field,
                                                                                     message):  # fmt: skip
    """`"fleeing" is not a valid choice.` named none of the values; the other choices of these queries did."""
    api.force_authenticate(world["reviewer"])
    response = api.get(f"{url}?{query}")
    assert response.status_code == 400, response.content
    assert message in " ".join(response.json()[field])


def test_an_event_that_does_not_exist_is_a_404_as_an_unknown_region_is(api, world):
    """`?event=<unknown id>` answered 200 with an empty page, which reads as "no figures for this event"."""
    api.force_authenticate(world["reviewer"])
    response = api.get("/api/v1/figures/?event=999999")
    assert response.status_code == 404 and response.json()["detail"] == "No event with id 999999."


@pytest.mark.parametrize(("start", "said"), [("2020-02-30", "no day of the calendar"), ("2021-02-29", "no day"),
                                             ("2020-04-31", "no day"), ("30/02/2020", "wrong format")])  # fmt: skip
def test_totals_say_a_date_the_calendar_lacks_is_no_day_not_a_wrong_format(api, world, start, said):
    api.force_authenticate(world["reviewer"])
    response = api.get("/api/v1/totals/", {"region": "SY07", "start": start})
    assert response.status_code == 400, response.content
    assert said in " ".join(response.json()["start"])
    assert api.get("/api/v1/totals/", {"region": "SY07", "start": "2020-02-29"}).status_code == 200

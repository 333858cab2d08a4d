"""Keyset cursor pages (api.pagination): a partner walking any ordering forwards or backwards sees every figure
once, whatever the runs of tied values, and a deep page is read by position, not by counting rows."""

from copy import copy
from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import FigureFactory
from tracker.choices import Unit
from tracker.models import DisplacementFigure


@pytest.fixture
def staff_api(api, world):
    api.force_authenticate(world["reviewer"])
    return api


def _walk(api, url, link):
    """Every page from url on, following `link` ("next" or "previous"): a list of pages of ids."""
    pages = []
    while url:
        response = api.get(url)
        assert response.status_code == 200, response.content
        pages.append([row["id"] for row in response.json()["results"]])
        url = response.json()[link]
        assert len(pages) < 100, "the links go round in circles"
    return pages


def _last_page_url(api, url):
    while True:
        page = api.get(url).json()
        if not page["next"]:
            return url
        url = page["next"]


def _tied(world, n, **fields):
    """n figures equal in every ordered field but their id (a bulk load of one day's reports)."""
    figure = FigureFactory(region=world["aleppo"], **fields)
    clones = []
    for _ in range(n - 1):
        clone = copy(figure)
        clone.pk = None
        clones.append(clone)
    DisplacementFigure.objects.bulk_create(clones)


def test_a_run_of_more_than_a_thousand_tied_rows_is_walked_once_each(staff_api, world):
    """1,250 figures ending the same day: DRF's cursor counted an offset inside the run, capped at 1,000, so from
    the twelfth page of 100 it answered the same page for ever and a sync never finished."""
    _tied(world, 1250, period_end=date(2020, 3, 31), period_start=date(2020, 3, 1))
    pages = _walk(staff_api, "/api/v1/figures/?ordering=period_end&page_size=100", "next")
    ids = [i for page in pages for i in page]
    assert len(ids) == len(set(ids)) == DisplacementFigure.objects.count()


def test_walking_back_gives_the_same_pages_as_walking_forward_inside_a_tie_run(staff_api, world):
    _tied(world, 9, period_end=date(2020, 3, 31), period_start=date(2020, 3, 1))
    first = "/api/v1/figures/?ordering=period_end&page_size=2"
    forward = _walk(staff_api, first, "next")
    backward = _walk(staff_api, _last_page_url(staff_api, first), "previous")
    assert backward[::-1] == forward
    assert [i for page in forward for i in page] == list(
        DisplacementFigure.objects.order_by("period_end", "id").values_list("id", flat=True)
    )


def test_descending_with_empty_values_walks_both_ways(staff_api, world):
    """`-persons` with ties and figures whose persons is not known (households, no household size: NULL, sorted
    as -1 at the end)."""
    _tied(world, 5, value=700)
    for _ in range(3):
        FigureFactory(region=world["aleppo"], unit=Unit.HOUSEHOLD, value=40)  # no household size: persons unknown
    first = "/api/v1/figures/?ordering=-persons&page_size=3"
    forward = _walk(staff_api, first, "next")
    rows = {f.pk: f.persons for f in DisplacementFigure.objects.all()}
    ids = [i for page in forward for i in page]
    assert sorted(rows) == sorted(ids)
    assert ids == sorted(rows, key=lambda i: (-(rows[i] if rows[i] is not None else -1), -i))
    assert _walk(staff_api, _last_page_url(staff_api, first), "previous")[::-1] == forward


def test_a_deep_page_is_read_by_position_in_one_row_comparison(staff_api, world):
    _tied(world, 5, period_end=date(2020, 3, 31), period_start=date(2020, 3, 1))
    second = staff_api.get("/api/v1/figures/?ordering=period_end&page_size=2").json()["next"]
    with CaptureQueriesContext(connection) as queries:
        assert staff_api.get(second).status_code == 200
    page_sql = next(q["sql"] for q in queries.captured_queries if "ORDER BY" in q["sql"] and "LIMIT 3" in q["sql"])
    table = '"tracker_displacementfigure"'
    assert f'({table}."period_end", {table}."id") > (' in page_sql
    assert "OFFSET" not in page_sql


def test_previous_of_a_page_emptied_meanwhile_ends_with_the_row_before_it(staff_api, world):
    """Figures deleted between two requests: the page after them is empty, and its `previous` still gives the page
    that ends where it starts (the row its cursor names included)."""
    for n in range(4):
        FigureFactory(region=world["aleppo"], value=500 + n)
    first = staff_api.get("/api/v1/figures/?page_size=3").json()
    after = [row["id"] for row in first["results"]][-1]
    DisplacementFigure.objects.filter(pk__gt=after).delete()
    empty = staff_api.get(first["next"]).json()
    assert empty["results"] == [] and empty["next"] is None
    before = staff_api.get(empty["previous"]).json()
    assert [row["id"] for row in before["results"]] == [row["id"] for row in first["results"]]


def test_a_backward_page_that_finds_nothing_leads_to_the_first_page(staff_api, world):
    for n in range(3):
        FigureFactory(region=world["aleppo"], value=600 + n)
    first = staff_api.get("/api/v1/figures/?page_size=2").json()
    second = staff_api.get(first["next"]).json()
    DisplacementFigure.objects.filter(pk__lt=second["results"][0]["id"]).delete()
    back = staff_api.get(second["previous"]).json()
    assert back["results"] == [] and back["previous"] is None
    assert "cursor=" not in back["next"]
    restart = staff_api.get(back["next"]).json()
    assert [row["id"] for row in restart["results"]] == [row["id"] for row in second["results"]]


def test_the_browsable_api_shows_previous_and_next_controls_that_walk_the_pages(staff_api, world):
    """The HTML pages (`?format=api`, a browser) lost their « Previous / Next » controls with the keyset pages: a
    person reading the API in a browser saw the first page and no way on."""
    for n in range(3):
        FigureFactory(value=100 + n, region=world["aleppo"])
    json_page = staff_api.get("/api/v1/figures/?page_size=1").json()
    first = staff_api.get("/api/v1/figures/?page_size=1&format=api")
    assert first.status_code == 200 and first["Content-Type"].startswith("text/html")
    html = first.content.decode()
    assert '<ul class="pager">' in html
    next_url = html.split('rel="next"')[0].rsplit('href="', 1)[1].split('"')[0].replace("&amp;", "&")
    assert "format=api" in next_url and next_url.split("cursor=")[1].split("&")[0] in json_page["next"]
    second = staff_api.get(next_url).content.decode()
    assert 'rel="prev"' in second and 'rel="next"' in second
    assert f"[{{&quot;id&quot;:{staff_api.get(json_page['next']).json()['results'][0]['id']}," in second

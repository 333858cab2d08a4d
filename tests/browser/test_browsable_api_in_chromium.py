"""The browsable API's « Filters » dialog in Chromium, as a partner's developer uses it: it shows every filter (it
showed none: the lean filter sets build a form of the fields a query names), a filter chosen there keeps the page's
ordering and page size and sends no empty field (the API refuses `?status=`), and an ordering link chosen on a later
page drops the cursor that belonged to the other order (it answered « Invalid cursor »)."""

import os
from datetime import date
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.browser.conftest import ARTIFACTS, login
from tests.factories import FigureFactory, RegionFactory, UserFactory, country

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
playwright_api = pytest.importorskip("playwright.sync_api")


@pytest.fixture
def world(transactional_db):
    UserFactory(username="chief", is_staff=True, is_superuser=True)
    syria = country()
    idleb = RegionFactory(name="Idleb", pcode="SY07", parent=syria)
    aleppo = RegionFactory(name="Aleppo", pcode="SY02", parent=syria)
    ids = {}
    for n, (region, value) in enumerate([(idleb, 300), (idleb, 200), (idleb, 100), (aleppo, 900)]):
        figure = FigureFactory(region=region, value=value, period_start=date(2020, 2, 1 + n),
                               period_end=date(2020, 2, 10 - n))  # fmt: skip
        ids[value] = figure.pk
    return ids


def _query(url: str) -> dict:
    return parse_qs(urlsplit(url).query, keep_blank_values=True)


def test_the_filters_dialog_shows_every_filter_keeps_the_order_and_sends_only_what_is_chosen(chromium, live_server,
                                                                                              world):  # fmt: skip
    base = live_server.url
    page = chromium.new_page(viewport={"width": 1366, "height": 900})
    login(page, base, "chief")
    page.goto(f"{base}/api/v1/figures/?ordering=-persons&page_size=1")
    page.click("button[data-target='#filtersModal'], a[data-target='#filtersModal']")
    dialog = page.locator("#filtersModal")
    playwright_api.expect(dialog.locator("input[name=region]")).to_be_visible()
    for name in ("status", "term", "period_after", "persons_min"):
        assert dialog.locator(f"[name={name}]").count() == 1, name
    page.screenshot(path=str(ARTIFACTS / "api-filter-dialog.png"), full_page=True)

    dialog.locator("input[name=region]").fill("SY07")
    dialog.locator("form.api-filter-form button[type=submit]").click()
    page.wait_for_url(lambda url: "region=SY07" in url)
    assert _query(page.url) == {"region": ["SY07"], "ordering": ["-persons"], "page_size": ["1"]}
    info = page.locator(".response-info")
    playwright_api.expect(info).to_contain_text("HTTP 200 OK")
    assert f'"id":{world[300]},' in info.inner_text().replace(" ", "")  # Idleb's largest first, Aleppo's left out

    page.click("a[rel=next]")
    page.wait_for_url(lambda url: "cursor=" in url)
    page.click("button[data-target='#filtersModal'], a[data-target='#filtersModal']")
    active = page.locator("#filtersModal .list-group-item.active")
    playwright_api.expect(active).to_have_text("persons - descending")
    page.click("#filtersModal >> text=period_end - ascending")
    page.wait_for_url(lambda url: "ordering=period_end" in url)
    assert _query(page.url) == {"region": ["SY07"], "ordering": ["period_end"], "page_size": ["1"]}
    playwright_api.expect(info).to_contain_text("HTTP 200 OK")
    assert f'"id":{world[100]},' in info.inner_text().replace(" ", "")  # the earliest end in Idleb
    page.screenshot(path=str(ARTIFACTS / "api-filter-reordered.png"), full_page=True)

"""What a manager reads, in a real headless Chromium (Debian's) at 1366×768: the dashboard, a region page and a
rendered weekly e-mail over hand-built weeks (report, no report, report). Screenshots go to artifacts/."""

import os

import pytest

from summaries.models import Subscription
from tests.factories import PASSWORD
from tests.gap_weeks import build_gap_weeks

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
playwright_api = pytest.importorskip("playwright.sync_api")
from tests.browser.conftest import ARTIFACTS  # noqa: E402

VIEWPORT = {"width": 1366, "height": 768}


@pytest.fixture
def weeks(transactional_db):
    data = build_gap_weeks(prefix="b-")
    follows = Subscription.objects.create(email="lead@example.org", user=data["editor"])
    follows.regions.set([data["idleb"]])
    return data


def _login(page, base, username):
    page.goto(f"{base}/admin/login/?next=/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_url(f"{base}/")


def _no_negative_ticks(chart):
    ticks = chart.locator("text.y-tick").all_text_contents()
    assert ticks and ticks[0] == "0" and not any(t.strip().startswith(("-", "−")) for t in ticks), ticks


def test_the_dashboard_reads_a_missing_week_as_missing(browser, live_server, weeks):
    page = browser.new_page(viewport=VIEWPORT)
    _login(page, live_server.url, "b-gap-editor")  # follows Idleb
    page.goto(f"{live_server.url}/?week=2020-W06")
    idleb = page.locator('table.key-numbers[data-region="Idleb"]')
    week_cell = idleb.locator("tbody tr").first.locator("td").first
    playwright_api.expect(week_cell).to_have_text("no report this week (62,500 the week before)")
    visible = page.inner_text("body")
    assert "100%" not in visible and "▼" not in visible
    page.screenshot(path=str(ARTIFACTS / "dashboard-2020-W06-idleb.png"), full_page=True)

    page = browser.new_context(viewport=VIEWPORT).new_page()
    _login(page, live_server.url, "b-gap-reviewer")  # follows nothing: the whole tree, its governorates charted
    page.goto(f"{live_server.url}/?week=2020-W07")
    chart = page.locator('figure.series-chart[data-region="Idleb"]')
    playwright_api.expect(chart.locator("polyline.run")).to_have_count(2)  # W04–W05, a gap at W06, then W07
    playwright_api.expect(chart.locator("circle.point")).to_have_count(3)
    _no_negative_ticks(chart)
    runs = chart.locator("polyline.run").evaluate_all(
        "els => els.map(e => { const b = e.getBBox(); return {x: b.x, width: b.width}; })"
    )
    points = chart.locator("circle.point").evaluate_all("els => els.map(e => e.cx.baseVal.value)")
    assert runs[0]["x"] + runs[0]["width"] < points[2] - 20  # the first run ends well before the week after the gap
    country = page.locator('table.key-numbers[data-region="Syrian Arab Republic"]')
    playwright_api.expect(country).to_contain_text(
        "no report this week from Aleppo (999 the week before); new this week: Idleb (5,000)"
    )
    assert "100%" not in page.inner_text("body")
    page.screenshot(path=str(ARTIFACTS / "dashboard-2020-W07-whole-tree.png"), full_page=True)


def test_the_region_page_leaves_a_gap_and_starts_at_zero(browser, live_server, weeks):
    page = browser.new_page(viewport=VIEWPORT)
    _login(page, live_server.url, "b-gap-editor")
    page.goto(f"{live_server.url}/admin/tracker/region/{weeks['idleb'].pk}/overview/")
    flow = page.locator("#chart-flow")
    playwright_api.expect(flow.locator("polyline.run")).to_have_count(2)
    _no_negative_ticks(flow)
    playwright_api.expect(page.locator("#chart-stock")).to_contain_text("nothing to chart")
    assert page.locator("#chart-stock svg").count() == 0
    gap_row = page.locator("#weeks-flow tr", has_text="3 Feb 2020")
    playwright_api.expect(gap_row).to_contain_text("no report this week (62,500 the week before)")
    assert "100%" not in page.inner_text("#weeks-flow")
    page.screenshot(path=str(ARTIFACTS / "region-page-idleb.png"), full_page=True)


def test_the_rendered_email_says_no_report_not_a_full_drop(browser, live_server, weeks, admin_user):
    subscription = Subscription.objects.get(email="lead@example.org")
    page = browser.new_page(viewport=VIEWPORT)
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", admin_user.username)
    page.fill("#id_password", "password")
    page.click("input[type=submit]")
    page.wait_for_url(f"{live_server.url}/admin/")
    page.goto(f"{live_server.url}/admin/summaries/subscription/{subscription.pk}/preview/?week=2020-W06")
    row = page.locator("tr.region-line", has_text="Idleb")
    playwright_api.expect(row.locator("td.flow")).to_have_text("no report this week (62,500 the week before)")
    visible = page.inner_text("body")
    assert "(100%)" not in visible and "▼" not in visible
    assert "Weeks without a report are left blank" in visible
    chart = page.locator("img[alt^='Chart']")
    assert chart.evaluate("img => img.complete && img.naturalWidth") > 0  # the chart is there and loads
    page.screenshot(path=str(ARTIFACTS / "email-2020-W06-idleb.png"), full_page=True)
    page.goto(f"{live_server.url}/admin/summaries/subscription/{subscription.pk}/preview/?week=2020-W07")
    playwright_api.expect(page.locator("tr.region-line", has_text="Idleb").locator("td.flow")).to_contain_text(
        "new: no report the week before"
    )
    assert "▲" not in page.inner_text("body")
    page.screenshot(path=str(ARTIFACTS / "email-2020-W07-idleb.png"), full_page=True)

"""The Content-Security-Policy in a real Chromium: every page staff and subscribers use works under it with zero
violations (scripts run, styles apply, charts show, Swagger UI starts), and an injected inline script is blocked."""

import os
from datetime import date

import pytest

from summaries.models import Subscription
from summaries.services import unsubscribe_url
from tests.factories import PASSWORD, FigureFactory, RegionFactory, SourceFactory, UserFactory, country
from tracker.choices import FigureStatus, RegionLevel

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
playwright_api = pytest.importorskip("playwright.sync_api")
from tests.browser.conftest import ARTIFACTS  # noqa: E402

TEXT = "Heavy shelling hit the town overnight. Some 5,000 people fled Ariha on Tuesday, OCHA said. Markets closed."
QUOTE = "Some 5,000 people fled Ariha on Tuesday, OCHA said."
WATCH = """
window.__csp = [];
document.addEventListener("securitypolicyviolation",
  (e) => window.__csp.push(e.violatedDirective + " " + (e.blockedURI || "inline") + " at " + e.sourceFile));
"""


@pytest.fixture
def page(chromium):
    page = chromium.new_page(viewport={"width": 1366, "height": 768})
    page.add_init_script(WATCH)  # Playwright's own scripts are exempt; the page's are not
    page.console_errors = []
    page.on("console", lambda m: m.type == "error" and page.console_errors.append(m.text))
    return page


@pytest.fixture
def world(transactional_db, settings):
    settings.SITE_URL = "http://placeholder"
    UserFactory(username="chief", is_staff=True, is_superuser=True)
    ariha = RegionFactory(name="Ariha", pcode="SY0705", level=RegionLevel.ADMIN2,
                          parent=RegionFactory(name="Idleb", pcode="SY07", parent=country()))  # fmt: skip
    source = SourceFactory(title="OCHA flash update", text=TEXT)
    start = TEXT.index(QUOTE)
    figure = FigureFactory(value=5000, region=ariha, source=source, quote=QUOTE, quote_start=start,
                           quote_end=start + len(QUOTE), status=FigureStatus.EXTRACTED,
                           period_start=date(2020, 2, 3), period_end=date(2020, 2, 4))  # fmt: skip
    subscription = Subscription.objects.create(email="lead@example.org")
    return {"figure": figure, "ariha": ariha, "subscription": subscription}


def _clean(page, where):
    page.wait_for_load_state("load")
    violations = page.evaluate("window.__csp")
    csp_console = [m for m in page.console_errors if "Content Security Policy" in m]
    assert violations == [] and csp_console == [], (where, violations, csp_console)


def test_admin_review_charts_docs_and_unsubscribe_work_under_the_policy(page, live_server, world):
    base = live_server.url
    response = page.goto(f"{base}/admin/login/")
    policy = response.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "'unsafe-inline'" not in policy.split("script-src")[1].split(";")[0]
    page.fill("#id_username", "chief")
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_url(f"{base}/admin/")
    _clean(page, "admin index")

    # the review page: its stylesheet applies and its script runs (live persons preview, quote scrolled to)
    page.goto(f"{base}/admin/tracker/displacementfigure/{world['figure'].pk}/review/")
    mark = page.locator("mark#quote")
    playwright_api.expect(mark).to_have_text(QUOTE)
    assert mark.evaluate("m => getComputedStyle(m).backgroundColor") == "rgb(255, 224, 102)"
    page.fill("#id_value", "7000")
    playwright_api.expect(page.locator("#persons-preview")).to_have_text("7,000")
    page.screenshot(path=str(ARTIFACTS / "csp-review.png"), full_page=True)
    _clean(page, "review page")

    # the admin's own widgets (calendar shortcuts are drawn by its JavaScript)
    page.goto(f"{base}/admin/tracker/displacementfigure/{world['figure'].pk}/change/")
    playwright_api.expect(page.locator(".datetimeshortcuts").first).to_be_visible()
    _clean(page, "figure change form")

    # a region's charts (inline SVG, or a sentence when there is nothing to chart; no data: URIs)
    page.goto(f"{base}/admin/tracker/region/{world['ariha'].pk}/overview/")
    playwright_api.expect(page.locator("#chart-flow svg.weekly-chart, #chart-flow .no-chart").first).to_be_visible()
    assert page.locator("img[src^='data:']").count() == 0
    _clean(page, "region overview")

    # Swagger UI starts (its start-up script is a separate file)
    page.goto(f"{base}/api/docs/")
    playwright_api.expect(page.locator(".swagger-ui .info .title")).to_contain_text("Displacement tracker API")
    playwright_api.expect(page.locator(".opblock").first).to_be_visible()
    page.screenshot(path=str(ARTIFACTS / "csp-swagger.png"))
    _clean(page, "API docs")

    # unsubscribe: the confirmation page's button posts under form-action 'self'
    link = unsubscribe_url(world["subscription"]).replace("http://placeholder", base)
    page.goto(link)
    page.click("#unsubscribe")
    playwright_api.expect(page.locator("h1")).to_have_text("You are unsubscribed")
    _clean(page, "unsubscribe")
    world["subscription"].refresh_from_db()
    assert world["subscription"].active is False


def test_an_injected_inline_script_is_blocked(page, live_server, world):
    page.goto(f"{live_server.url}/admin/login/")
    page.evaluate("""() => { const s = document.createElement("script");
                             s.textContent = "window.__injected = true"; document.body.appendChild(s); }""")
    page.wait_for_timeout(200)
    assert page.evaluate("window.__injected") is None
    assert any(v.startswith("script-src") for v in page.evaluate("window.__csp"))

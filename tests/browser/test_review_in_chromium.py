"""The review workspace in a real headless Chromium (Debian's), driven by Playwright. Screenshots go to artifacts/."""

import os

import pytest

from tests.factories import PASSWORD, FigureFactory, RegionFactory, ReportingBodyFactory, SourceFactory, UserFactory
from tests.factories import country as make_country
from tracker import services
from tracker.choices import FigureRole, FigureStatus, RegionLevel, Role
from tracker.models import DisplacementFigure

# Playwright's sync API runs an event loop in this thread; the ORM calls around it are ordinary blocking calls.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
playwright_api = pytest.importorskip("playwright.sync_api")
from tests.browser.conftest import ARTIFACTS  # noqa: E402

TEXT = "Heavy shelling hit the town overnight. Some 5,000 people fled Ariha on Tuesday, OCHA said. Markets closed."
QUOTE = "Some 5,000 people fled Ariha on Tuesday, OCHA said."


@pytest.fixture
def data(transactional_db):
    editor = UserFactory(role=Role.EDITOR, username="editor-b")
    reviewer = UserFactory(role=Role.REVIEWER, username="reviewer-b")
    partner = UserFactory(role=Role.PARTNER, username="partner-b")
    syria = make_country()
    ariha = RegionFactory(name="Ariha", pcode="SY0705", level=RegionLevel.ADMIN2,
                          parent=RegionFactory(name="Idleb", pcode="SY07", parent=syria))  # fmt: skip
    source = SourceFactory(title="OCHA flash update", text=TEXT)
    start = TEXT.index(QUOTE)
    first = FigureFactory(value=5000, region=ariha, source=source, quote=QUOTE, quote_start=start,
                          quote_end=start + len(QUOTE), status=FigureStatus.EXTRACTED)  # fmt: skip
    second = FigureFactory(value=1200, region=ariha, acting_user=editor)
    services.submit_figure(figure=second, acting_user=editor)
    return {"reviewer": reviewer, "partner": partner, "first": first, "second": second, "ariha": ariha}


def _login(page, base, username):
    page.goto(f"{base}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_url(f"{base}/admin/")


def test_a_reviewer_verifies_a_figure_and_partners_then_see_it(browser, live_server, data, client):
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    _login(page, live_server.url, "reviewer-b")
    page.click("text=Waiting for review")
    page.click("#start-review")
    mark = page.locator("mark#quote")
    playwright_api.expect(mark).to_have_text(QUOTE)
    page.screenshot(path=str(ARTIFACTS / "review-quote-highlighted.png"), full_page=True)
    page.click("#verify")
    page.wait_for_url(f"{live_server.url}/admin/tracker/displacementfigure/{data['second'].pk}/review/")
    page.screenshot(path=str(ARTIFACTS / "review-next-figure.png"), full_page=True)
    assert DisplacementFigure.objects.get(pk=data["first"].pk).status == FigureStatus.VERIFIED
    client.force_login(data["partner"])
    ids = [row["id"] for row in client.get("/api/v1/figures/").json()["results"]]
    assert ids == [data["first"].pk]


def test_the_review_pages_date_fields_show_their_calendar_button(browser, live_server, data):
    """The admin's calendar button beside a date field is an icon drawn by the admin's widget style sheet; the
    review page did not load it, so "Today |" was followed by an empty link nobody could see (a new user's trial)."""
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    _login(page, live_server.url, "reviewer-b")
    page.goto(f"{live_server.url}/admin/tracker/displacementfigure/{data['first'].pk}/review/")
    page.wait_for_load_state("load")
    calendar = page.locator("#id_period_start + .datetimeshortcuts .date-icon")
    playwright_api.expect(calendar).to_be_visible()
    box = calendar.bounding_box()
    assert box and box["width"] >= 12 and box["height"] >= 12, box
    assert "icon-calendar" in calendar.evaluate("icon => getComputedStyle(icon).backgroundImage")
    calendar.click()
    playwright_api.expect(page.locator(".calendarbox").first).to_be_visible()
    page.screenshot(path=str(ARTIFACTS / "review-calendar-open.png"), full_page=True)


def test_a_reviewer_resolves_a_conflict(browser, live_server, data):
    ocha, sohr = ReportingBodyFactory(name="OCHA"), ReportingBodyFactory(name="SOHR")
    DisplacementFigure.objects.filter(pk=data["first"].pk).update(reporting_body=ocha)
    DisplacementFigure.objects.filter(pk=data["second"].pk).update(reporting_body=sohr)
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    _login(page, live_server.url, "reviewer-b")
    page.goto(f"{live_server.url}/admin/tracker/displacementfigure/conflicts/")
    page.check(f"input[name=recommended][value='{data['second'].pk}']")
    page.screenshot(path=str(ARTIFACTS / "conflict-before.png"), full_page=True)
    page.click("button.resolve")
    playwright_api.expect(page.locator(".messagelist")).to_contain_text("is now the recommended figure")
    page.screenshot(path=str(ARTIFACTS / "conflict-resolved.png"), full_page=True)
    roles = dict(DisplacementFigure.objects.values_list("pk", "role"))
    assert roles == {data["first"].pk: FigureRole.TRIANGULATION, data["second"].pk: FigureRole.RECOMMENDED}


def test_an_editor_enters_a_household_figure_sees_persons_as_they_type_and_sends_it_to_review(
    browser, live_server, data
):
    from tests.factories import HouseholdSizeFactory

    HouseholdSizeFactory(country=data["ariha"].parent.parent, year=2020, size="5.00")
    sohr = ReportingBodyFactory(name="Syrian Observatory for Human Rights", acronym="SOHR")
    page = browser.new_page(viewport={"width": 1366, "height": 768})
    _login(page, live_server.url, "editor-b")
    page.goto(f"{live_server.url}/admin/tracker/displacementfigure/add/")
    page.fill("#id_value", "3000")
    page.select_option("#id_unit", "household")
    page.fill("#id_household_size", "5.5")
    playwright_api.expect(page.locator(".field-persons .readonly")).to_have_text("16,500")
    page.fill("#id_household_size", "")
    page.select_option("#id_term", "fled")
    page.fill("#id_period_start", "2020-02-01")
    page.fill("#id_period_end", "2020-02-05")
    page.evaluate(f"""() => {{
        for (const [id, pk] of [["id_region", {data["ariha"].pk}], ["id_reporting_body", {sohr.pk}]]) {{
            const select = document.getElementById(id);
            select.add(new Option("chosen", pk, true, true));
        }}
    }}""")
    page.click("input[name=_continue]")
    playwright_api.expect(page.locator("#figure-status")).to_have_text("Draft")
    playwright_api.expect(page.locator(".field-persons .readonly")).to_have_text("15,000")
    page.screenshot(path=str(ARTIFACTS / "figure-entered.png"), full_page=True)
    playwright_api.expect(page.locator("#lifecycle-verify")).to_be_disabled()
    playwright_api.expect(page.locator("#why-verify")).to_contain_text("Only reviewers")
    page.click("#lifecycle-submit")
    playwright_api.expect(page.locator("#figure-status")).to_have_text("In review")
    page.screenshot(path=str(ARTIFACTS / "figure-sent-to-review.png"), full_page=True)
    figure = DisplacementFigure.objects.latest("pk")
    assert (figure.status, figure.persons, figure.unit) == (FigureStatus.IN_REVIEW, 15000, "household")


def test_the_figures_list_fits_a_1366_pixel_screen(browser, live_server, data):
    import io

    from django.core.management import call_command

    call_command("load_demo", password="demo-password-42", stdout=io.StringIO())  # real names, long and short
    page = browser.new_page(viewport={"width": 1366, "height": 768})
    _login(page, live_server.url, "reviewer-b")
    page.goto(f"{live_server.url}/admin/tracker/displacementfigure/")
    page.screenshot(path=str(ARTIFACTS / "figures-list-1366.png"), full_page=True)
    overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"the page is {overflow} px wider than the screen"
    hidden = page.evaluate("() => { const r = document.querySelector('#changelist .results');"
                           " return r.scrollWidth - r.clientWidth; }")  # fmt: skip
    assert hidden <= 0, f"the table is {hidden} px wider than its box: columns hidden behind a scroll bar"
    for column in ("Status", "Role", "Region"):
        box = page.locator(f"#result_list thead th:has-text('{column}')").bounding_box()
        assert box and box["x"] + box["width"] <= 1366, column


def test_editing_a_verified_figure_puts_it_back_in_the_queue(browser, live_server, data):
    figure = data["first"]
    services.verify_figure(figure=figure, acting_user=data["reviewer"])
    page = browser.new_page(viewport={"width": 1366, "height": 768})
    _login(page, live_server.url, "reviewer-b")
    page.goto(f"{live_server.url}/admin/tracker/displacementfigure/{figure.pk}/change/")
    playwright_api.expect(page.locator("#figure-status")).to_have_text("Verified")
    page.fill("#id_value", "5500")
    page.click("input[name=_continue]")
    playwright_api.expect(page.locator("#figure-status")).to_have_text("In review")
    playwright_api.expect(page.locator("#lifecycle-verify")).to_be_disabled()
    playwright_api.expect(page.locator("#why-verify")).to_contain_text("Four-eyes")
    page.screenshot(path=str(ARTIFACTS / "verified-figure-edited-back-in-review.png"), full_page=True)
    page.goto(f"{live_server.url}/admin/tracker/displacementfigure/review/")
    playwright_api.expect(page.locator("body")).to_contain_text("5,500")
    page.screenshot(path=str(ARTIFACTS / "queue-after-edit.png"), full_page=True)

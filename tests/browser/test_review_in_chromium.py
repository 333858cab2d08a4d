"""The review workspace in a real headless Chromium (Debian's), driven by Playwright. Screenshots go to artifacts/."""

import os
import shutil
from pathlib import Path

import pytest

from tests.factories import PASSWORD, FigureFactory, RegionFactory, ReportingBodyFactory, SourceFactory, UserFactory
from tests.factories import country as make_country
from tracker.choices import FigureRole, FigureStatus, RegionLevel, Role
from tracker.models import DisplacementFigure

# Playwright's sync API runs an event loop in this thread; the ORM calls around it are ordinary blocking calls.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
playwright_api = pytest.importorskip("playwright.sync_api")
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"
TEXT = "Heavy shelling hit the town overnight. Some 5,000 people fled Ariha on Tuesday, OCHA said. Markets closed."
QUOTE = "Some 5,000 people fled Ariha on Tuesday, OCHA said."


@pytest.fixture
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail("Debian's chromium is not installed: scripts/test.sh installs it")
    ARTIFACTS.mkdir(exist_ok=True)
    with playwright_api.sync_playwright() as p:
        chromium = p.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-sync",
                  "--disable-background-networking", "--disable-component-update"],
        )  # fmt: skip
        yield chromium
        chromium.close()


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
    second = FigureFactory(value=1200, region=ariha, status=FigureStatus.EXTRACTED, acting_user=editor)
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

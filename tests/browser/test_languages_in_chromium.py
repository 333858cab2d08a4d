"""The review page and the dashboard in Arabic (right to left) and French, in Debian's Chromium: the language
switcher in the header, the page's direction as the browser lays it out, translated words, charts that stay
readable. Screenshots go to artifacts/ (CI keeps them)."""

import re
from datetime import date, timedelta

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import LAPTOP, login, overflow, shot
from tests.factories import FigureFactory, RegionFactory, ReportingBodyFactory, SourceFactory, UserFactory, country
from tracker import services
from tracker.choices import FigureStatus, RegionLevel, Role

TEXT = "Heavy shelling hit the town overnight. Some 5,000 people fled Ariha on Tuesday, OCHA said. Markets closed."
QUOTE = "Some 5,000 people fled Ariha on Tuesday, OCHA said."


@pytest.fixture
def staff_world(transactional_db):
    editor = UserFactory(role=Role.EDITOR, username="editor-l")
    reviewer = UserFactory(role=Role.REVIEWER, username="reviewer-l")
    syria = country()
    idleb = RegionFactory(name="Idleb", pcode="SY07", level=RegionLevel.ADMIN1, parent=syria)
    ariha = RegionFactory(name="Ariha", pcode="SY0705", level=RegionLevel.ADMIN2, parent=idleb)
    body = ReportingBodyFactory(name="UN OCHA", acronym="OCHA")
    source = SourceFactory(title="OCHA flash update", text=TEXT)
    start = TEXT.index(QUOTE)
    waiting = FigureFactory(value=5000, region=ariha, source=source, quote=QUOTE, quote_start=start,
                            quote_end=start + len(QUOTE), reporting_body=body,
                            status=FigureStatus.EXTRACTED)  # fmt: skip
    # six weeks of verified flow figures for the dashboard's chart, 2020-W01 … W06
    for week in range(6):
        monday = date(2019, 12, 30) + timedelta(weeks=week)
        figure = FigureFactory(value=1000 * (week + 1), region=ariha, reporting_body=body, acting_user=editor,
                               period_start=monday, period_end=monday + timedelta(days=6))  # fmt: skip
        services.verify_figure(figure=figure, acting_user=reviewer)
    return {"waiting": waiting}


def _direction(page, selector="body") -> str:
    return page.evaluate(f"getComputedStyle(document.querySelector({selector!r})).direction")


def test_a_reviewer_switches_to_arabic_and_reviews_right_to_left(chromium, live_server, staff_world):
    page = chromium.new_page(viewport=LAPTOP)
    login(page, live_server.url, "reviewer-l")
    assert page.locator("html").get_attribute("dir") == "ltr"
    page.click("#language-ar")  # the switcher in the admin header (Django's set_language view)
    page.wait_for_load_state()
    expect(page.locator("html")).to_have_attribute("lang", "ar")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    assert _direction(page) == "rtl"
    expect(page.locator("#content")).to_contain_text("بانتظار المراجعة")

    page.goto(f"{live_server.url}/admin/tracker/displacementfigure/{staff_world['waiting'].pk}/review/")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")  # the choice stays for the session
    expect(page.locator("#verify")).to_have_text("تحقق")
    expect(page.locator("#skip")).to_have_text("تخطٍّ")
    expect(page.locator("#figure-status")).to_have_text("مستخرج (بانتظار المراجعة)")
    expect(page.locator("#comments")).to_have_text("التعليقات")
    # the quote stays as the source wrote it, highlighted, in its own direction
    expect(page.locator("mark#quote")).to_have_text(QUOTE)
    assert _direction(page, "#source-text") == "ltr"
    # right to left: the source (first column) sits on the right, the form on the left
    columns = page.locator(".review-grid > section")
    first, second = columns.nth(0).bounding_box(), columns.nth(1).bounding_box()
    assert first["x"] > second["x"]
    # the labels of the form are aligned to the start of the line, which is the right in Arabic
    label = page.locator(".review-form th").first
    assert page.evaluate("el => getComputedStyle(el).textAlign", label.element_handle()) == "start"
    assert overflow(page) == 0
    shot(page, "i18n-review-ar")

    page.goto(f"{live_server.url}/?week=2020-W06")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.locator("#content h1")).to_contain_text("الوضع")
    expect(page.locator("#key-numbers h2")).to_contain_text("الأشخاص النازحون")
    expect(page.locator("#backlog-count")).to_have_text("1")
    # numbers keep Western digits, grouped by thousands
    expect(page.locator("table.key-numbers .value").first).to_have_text("6,000")
    # the chart: drawn left to right (time runs that way), its tick labels inside the drawing, a line per run
    chart = page.locator("svg.weekly-chart").first
    expect(chart).to_be_visible()
    assert page.evaluate("el => getComputedStyle(el).direction", chart.element_handle()) == "ltr"
    box = chart.bounding_box()
    for tick in page.locator("svg.weekly-chart text.y-tick").all():
        tick_box = tick.bounding_box()
        assert box["x"] - 1 <= tick_box["x"] and tick_box["x"] + tick_box["width"] <= box["x"] + box["width"] + 1
    x_ticks = page.locator("svg.weekly-chart").first.locator("text.x-tick")
    assert re.search("[\u0600-\u06ff]", x_ticks.first.text_content())  # an Arabic month name ("18 نوفمبر 2019")
    assert overflow(page) == 0
    shot(page, "i18n-dashboard-ar")


def test_french_from_the_browsers_language_and_back_to_english(chromium, live_server, staff_world):
    context = chromium.new_context(viewport=LAPTOP, locale="fr-FR")  # Accept-Language: fr-FR
    page = context.new_page()
    login(page, live_server.url, "reviewer-l")
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    expect(page.locator("html")).to_have_attribute("dir", "ltr")

    page.goto(f"{live_server.url}/admin/tracker/displacementfigure/{staff_world['waiting'].pk}/review/")
    expect(page.locator("#verify")).to_have_text("Vérifier")
    expect(page.locator(".breadcrumbs")).to_contain_text("File de relecture")
    expect(page.locator("#figure-status")).to_have_text("Extrait (en attente de relecture)")
    assert _direction(page) == "ltr"
    assert overflow(page) == 0
    shot(page, "i18n-review-fr")

    page.goto(f"{live_server.url}/?week=2020-W06")
    expect(page.locator("#content h1")).to_contain_text("Situation — semaine 2020-W06")
    expect(page.locator("#key-numbers")).to_contain_text("Nouvellement déplacées")
    expect(page.locator("table.key-numbers .value").first).to_have_text("6\u00a0000")  # French grouping
    expect(page.locator("#latest h2")).to_have_text("Derniers chiffres vérifiés")
    assert overflow(page) == 0
    shot(page, "i18n-dashboard-fr")

    page.click("#language-en")  # the switcher overrides the browser's language
    page.wait_for_load_state()
    expect(page.locator("#content h1")).to_contain_text("Situation — week 2020-W06")
    expect(page.locator("#language-en")).to_be_disabled()
    context.close()

"""Staff journeys in Debian's Chromium at 1366×768, each asserting what the user sees (screenshots in artifacts/):
issue a token → use it → it expires; a feed fails → its error is on the feed list; a conflict is resolved →
it leaves the list; the review page at 1024 px."""

import time
from datetime import date, timedelta

import httpx
import pytest
from django.utils import timezone
from playwright.sync_api import expect

from config.celery import app as celery_app
from ingest.models import Feed, FeedKind
from ingest.services import register_feed
from tests.browser.conftest import LAPTOP, login, overflow, shot
from tests.factories import (
    FigureFactory,
    RegionFactory,
    ReportingBodyFactory,
    SourceFactory,
    UserFactory,
    country,
)
from tests.httpserver import Reply
from tracker.choices import FigureRole, FigureStatus, RegionLevel, Role
from tracker.models import DisplacementFigure


@pytest.fixture
def eager():
    celery_app.conf.task_always_eager = True
    yield
    celery_app.conf.task_always_eager = False


@pytest.fixture
def places(transactional_db):
    idleb = RegionFactory(name="Idleb", pcode="SY07", parent=country())
    return {
        "idleb": idleb,
        "ariha": RegionFactory(name="Ariha", pcode="SY0705", level=RegionLevel.ADMIN2, parent=idleb),
    }


def test_an_admin_issues_a_token_a_partner_uses_it_and_it_expires(chromium, live_server, transactional_db):
    UserFactory(is_staff=True, is_superuser=True, username="chief")
    UserFactory(role=Role.PARTNER, username="unhcr-sync")
    page = chromium.new_page(viewport=LAPTOP)
    login(page, live_server.url, "chief")
    page.get_by_role("link", name="API tokens").click()
    page.get_by_role("link", name="Add API token").click()
    expect(page.locator("h1")).to_have_text("Issue an API token")
    page.locator("#id_user + .select2 .select2-selection").click()  # the user autocomplete
    page.locator(".select2-dropdown .select2-search__field").fill("unhcr")
    page.locator(".select2-results__option", has_text="unhcr-sync").click()
    page.fill("#id_name", "UNHCR dashboard")
    page.fill("#id_purpose", "Nightly pull of verified figures")
    expect(page.locator("#id_expires_at_0")).to_have_value(f"{timezone.now() + timedelta(days=180):%Y-%m-%d}")
    soon = timezone.now() + timedelta(seconds=8)  # a short expiry, to see it expire
    page.fill("#id_expires_at_0", f"{soon:%Y-%m-%d}")
    page.fill("#id_expires_at_1", f"{soon:%H:%M:%S}")
    shot(page, "token-issue-form")
    page.click("#issue")
    expect(page.locator(".messagelist")).to_contain_text("will not be shown again")
    secret = page.locator("#new-token").inner_text().strip()
    assert len(secret) == 64
    shot(page, "token-issued-once")
    answer = httpx.get(f"{live_server.url}/api/v1/figures/", headers={"Authorization": f"Token {secret}"})
    assert answer.status_code == 200 and answer.json()["results"] == []
    page.click("#back-to-tokens")
    row = page.locator("#result_list tbody tr")
    expect(row).to_have_count(1)
    expect(row).to_contain_text(f"{secret[:8]}…")
    expect(row).to_contain_text("UNHCR dashboard")
    expect(row).to_contain_text("unhcr-sync")
    expect(row).to_contain_text("chief")
    assert secret not in page.content() and overflow(page) == 0
    shot(page, "token-list")
    time.sleep(max(0.0, (soon - timezone.now()).total_seconds()) + 1)
    expired = httpx.get(f"{live_server.url}/api/v1/figures/", headers={"Authorization": f"Token {secret}"})
    assert expired.status_code == 401 and expired.json()["detail"] == "Invalid token."
    page.reload()
    expect(page.locator("#changelist")).to_contain_text("0 API tokens")  # knox removed it once it expired
    shot(page, "token-expired-gone")


def test_a_failing_feed_shows_its_error_on_the_list(chromium, live_server, transactional_db, feed_server, fast_http,
                                                    eager):  # fmt: skip
    UserFactory(is_staff=True, is_superuser=True, username="chief")
    failing = register_feed(name="OCHA Syria flash updates", url=feed_server.route("/ocha.xml", Reply(b"", 503)),
                            kind=FeedKind.RSS)  # fmt: skip
    paused = register_feed(name="Old council feed", url=feed_server.route("/old.xml", Reply(b"", 404)),
                           kind=FeedKind.RSS)  # fmt: skip
    Feed.objects.filter(pk=paused.pk).update(active=False)
    page = chromium.new_page(viewport=LAPTOP)
    login(page, live_server.url, "chief")
    page.get_by_role("link", name="Feeds", exact=True).click()
    page.check(f"input.action-select[value='{failing.pk}']")
    page.check(f"input.action-select[value='{paused.pk}']")
    page.select_option("select[name=action]", "poll_now")
    page.click("button[name=index]")
    messages = page.locator(".messagelist")
    expect(messages.locator(".warning")).to_have_text(
        "Not polled: 'Old council feed' is inactive: tick Active on its page first."
    )
    expect(messages.locator(".success")).to_contain_text("Polling OCHA Syria flash updates now")
    page.reload()
    row = page.locator("#result_list tbody tr", has_text="OCHA Syria flash updates")
    expect(row.locator(".field-health")).to_contain_text(
        "Failed 0\xa0minutes ago: the server had an error (HTTP 503 Service Unavailable, 3 attempts)"
    )
    expect(row.locator(".field-last_success")).to_have_text("never")
    expect(row.locator(".field-backoff")).to_have_text("1 failure(s) in a row: waits 2 h (normally 1 h)")
    expect(row.locator(".field-next_poll")).to_contain_text("in 1\xa0hour")
    expect(page.locator("#result_list tbody tr", has_text="Old council feed").locator(".field-next_poll")).to_have_text(
        "paused (inactive)"
    )
    assert overflow(page) == 0
    shot(page, "feed-list-failure")
    assert feed_server.hits("/old.xml") == 0


def test_a_reviewer_resolves_a_conflict_and_it_leaves_the_list(chromium, live_server, places):
    UserFactory(role=Role.REVIEWER, username="rev")
    ocha, sohr = ReportingBodyFactory(name="OCHA"), ReportingBodyFactory(name="SOHR")
    period = {"period_start": date(2020, 2, 1), "period_end": date(2020, 2, 5), "status": FigureStatus.EXTRACTED}
    low = FigureFactory(region=places["ariha"], value=5000, reporting_body=ocha, **period)
    high = FigureFactory(region=places["ariha"], value=8000, reporting_body=sohr, **period)
    page = chromium.new_page(viewport=LAPTOP)
    login(page, live_server.url, "rev")
    page.goto(f"{live_server.url}/admin/tracker/displacementfigure/conflicts/")
    conflict = page.locator(".conflict")
    expect(conflict).to_have_count(1)
    expect(conflict.locator("h2")).to_contain_text("Ariha (SY0705) · February 2020")
    expect(conflict.locator("td.period").first).to_have_text("1 Feb 2020 – 5 Feb 2020")
    expect(conflict.locator("td.quote").first).to_have_text("no quote")
    expect(conflict.locator("a.figure-link", has_text=f"#{high.pk}")).to_be_visible()
    assert overflow(page) == 0
    page.click("button.resolve")  # nothing chosen yet
    expect(page.locator(".messagelist .error")).to_have_text(
        "Nothing changed: first choose the figure the team stands behind."
    )
    shot(page, "conflict-nothing-chosen")
    page.check(f"#recommend-{high.pk}")
    page.click("button.resolve")
    expect(page.locator(".messagelist .success")).to_contain_text(
        f"Figure {high.pk} (8,000 persons) is now the recommended figure for Ariha (SY0705), February 2020"
    )
    expect(page.locator(".conflict")).to_have_count(0)
    expect(page.locator("#no-conflicts")).to_be_visible()
    shot(page, "conflict-resolved-left-the-list")
    roles = dict(DisplacementFigure.objects.values_list("pk", "role"))
    assert roles == {low.pk: FigureRole.TRIANGULATION, high.pk: FigureRole.RECOMMENDED}


def test_the_review_page_fits_1024_px_with_admin_buttons(chromium, live_server, places):
    UserFactory(role=Role.REVIEWER, username="rev")
    figure = FigureFactory(region=places["ariha"], value=5000, status=FigureStatus.EXTRACTED,
                           notes="A long note " * 40)  # fmt: skip
    for width in (1024, 1366):
        page = chromium.new_page(viewport={"width": width, "height": 768})
        login(page, live_server.url, "rev")
        page.goto(f"{live_server.url}/admin/tracker/displacementfigure/{figure.pk}/review/")
        expect(page.locator("#verify")).to_be_visible()
        wide = page.evaluate(
            "[...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right >"
            " document.documentElement.clientWidth).slice(0, 8).map(e => e.tagName + '#' + e.id + '.' + e.className)"
        )
        assert overflow(page) == 0, f"the review page scrolls sideways at {width} px: {wide}"
        style = page.evaluate(
            "['verify', 'reject', 'skip'].map(id => { const s = getComputedStyle(document.getElementById(id));"
            " return [s.backgroundColor, s.color, s.borderRadius, s.borderStyle]; })"
        )
        verify, reject, skip = style
        assert verify[0] == "rgb(32, 80, 103)" and reject[0] == "rgb(186, 33, 33)"  # the admin's save / delete
        assert skip[0] == "rgb(116, 116, 116)" and {s[2] for s in style} == {"4px"} and verify[3] == "none"
        shot(page, f"review-page-{width}px")
        page.close()


def test_a_token_is_issued_from_the_users_page(chromium, live_server, transactional_db):
    UserFactory(is_staff=True, is_superuser=True, username="chief")
    partner = UserFactory(role=Role.PARTNER, username="iom-sync")
    page = chromium.new_page(viewport=LAPTOP)
    login(page, live_server.url, "chief")
    page.goto(f"{live_server.url}/admin/auth/user/{partner.pk}/change/")
    page.click("#issue-token")
    expect(page.locator("#select2-id_user-container")).to_have_attribute("title", "iom-sync")  # already chosen
    page.fill("#id_name", "IOM sync")
    page.click("#issue")
    expect(page.locator("#token-name")).to_have_text("IOM sync")
    page.goto(f"{live_server.url}/admin/auth/user/{partner.pk}/change/")
    expect(page.locator(".inline-group")).to_contain_text("IOM sync")  # the user's page lists their tokens
    assert overflow(page) == 0
    shot(page, "token-on-users-page")


def test_the_source_page_with_its_figures_fits_a_laptop_screen(chromium, live_server, places):
    UserFactory(role=Role.REVIEWER, username="rev")
    quote = "Some 5,000 people fled Ariha and the villages around it towards the border, the UN office said."
    text = f"{quote} " * 3
    source = SourceFactory(title="Flash update: north-west Syria, escalation of hostilities " * 2, text=text)
    body = ReportingBodyFactory(name="United Nations Office for the Coordination of Humanitarian Affairs (OCHA)")
    for value in (5000, 12500, 700):
        FigureFactory(source=source, region=places["ariha"], reporting_body=body, value=value, quote=quote,
                      quote_start=0, quote_end=len(quote), status=FigureStatus.EXTRACTED)  # fmt: skip
    page = chromium.new_page(viewport=LAPTOP)
    login(page, live_server.url, "rev")
    page.goto(f"{live_server.url}/admin/tracker/source/{source.pk}/change/")
    expect(page.locator(".inline-group tbody tr.has_original")).to_have_count(3)
    width = page.evaluate("document.documentElement.scrollWidth")
    wide = page.evaluate(
        "[...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right >"
        " document.documentElement.clientWidth).slice(0, 8).map(e => e.tagName + '#' + e.id + '.' + e.className)"
    )
    shot(page, "source-page-figures-1366px")
    assert width <= LAPTOP["width"] and overflow(page) == 0, f"the source page is {width} px wide: {wide}"
    excerpt = page.locator(".quote-excerpt").first  # cut short, whole on hover
    expect(excerpt).to_have_attribute("title", quote)
    assert excerpt.inner_text().endswith("…") and len(excerpt.inner_text()) <= 60

"""The situation dashboard at /: who sees what, what it says about missing weeks, and its constant query count."""

import re
from datetime import UTC, date, datetime, timedelta

import pytest
from django.db import connection, reset_queries
from django.test.utils import CaptureQueriesContext

from dashboard.selectors import open_conflicts
from ingest.models import Feed
from tests.factories import FigureFactory, RegionFactory, ReportingBodyFactory, UserFactory, country
from tracker.choices import Category, FigureStatus, RegionLevel, Role, Term
from tracker.models import DisplacementFigure
from tracker.selectors import conflicts


def _text(response) -> str:
    html = response.content.decode()
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_anonymous_and_partners_get_a_short_page_pointing_to_the_api_and_the_login(client, partner):
    for who in (None, partner):
        if who:
            client.force_login(who)
        response = client.get("/")
        assert response.status_code == 200
        html = response.content.decode()
        assert 'href="/api/docs/"' in html and 'href="/admin/login/?next=/"' in html
        assert 'id="key-numbers"' not in html and "Waiting for review" not in html


def test_view_site_in_the_admin_leads_to_the_dashboard(admin_client):
    html = admin_client.get("/admin/").content.decode()
    assert 'href="/"' in html and "View site" in html
    assert admin_client.get("/").status_code == 200


def _cell(html: str, region: str, row: str, column: int) -> str:
    table = re.search(rf'<table class="key-numbers" data-region="{region}">(.*?)</table>', html, re.S).group(1)
    cells = re.search(rf'<th scope="row">{row}</th>(.*?)</tr>', table, re.S).group(1)
    found = re.findall(r"<td[^>]*>(.*?)</td>", cells, re.S)[column]
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", found)).strip()


def test_the_week_without_a_report_is_said_in_words(client, gap_weeks, editor):
    client.force_login(editor)
    html = client.get("/?week=2020-W06").content.decode()
    # the whole country: Aleppo reported, Idleb did not; no fall of 98% is read into that
    assert _cell(html, "Syrian Arab Republic", "Newly displaced", 0) == (
        "999 no report this week from Idleb (62,500 the week before); new this week: Aleppo (999)"
    )
    client.force_login(UserFactory(role=Role.REVIEWER))
    from summaries.models import Subscription

    follows = Subscription.objects.create(email="f@example.org", user=editor)
    follows.regions.set([gap_weeks["idleb"]])
    html = client.get("/?week=2020-W06").content.decode()  # a reviewer follows nothing: the whole tree
    assert 'data-region="Syrian Arab Republic"' in html
    client.force_login(editor)
    html = client.get("/?week=2020-W06").content.decode()
    week = _cell(html, "Idleb", "Newly displaced", 0)
    assert week == "no report this week (62,500 the week before)"
    assert "100%" not in week and "▼" not in html
    # January: one figure per region, month and term counts (the README's rule), the latest: 62,500
    assert _cell(html, "Idleb", "Newly displaced", 1) == "62,500 new: no report the month before"
    html = client.get("/?week=2020-W07").content.decode()
    assert _cell(html, "Idleb", "Newly displaced", 0) == "5,000 new: no report the week before"
    text = _text(client.get("/?week=2020-W07"))
    assert "A week without a report is left blank" in text
    # the series for Idleb's districts: Ariha and Harim each have one week in the window, nothing else drawn
    charts = re.findall(r'<figure class="series-chart" data-region="([^"]+)"', html)
    assert sorted(charts) == ["Ariha", "Harim"]


def test_the_series_of_a_whole_tree_has_a_gap_and_starts_at_zero(client, gap_weeks, editor):
    client.force_login(editor)
    html = client.get("/?week=2020-W07").content.decode()
    chart = re.search(r'<figure class="series-chart" data-region="Idleb">(.*?)</figure>', html, re.S).group(1)
    runs = re.findall(r'<polyline class="run"[^>]*points="([^"]+)"', chart)
    assert [len(r.split()) for r in runs] == [2, 1]  # W04–W05, a gap at W06, then W07
    assert re.findall(r'class="y-tick"[^>]*>([^<]+)<', chart)[0] == "0"


def test_health_sections_and_latest_figures(client, gap_weeks, editor):
    Feed.objects.create(name="Broken feed", url="https://example.org/feed", consecutive_failures=3)
    waiting = FigureFactory(region=gap_weeks["ariha"], value=142_000, status=FigureStatus.EXTRACTED)
    client.force_login(editor)
    response = client.get("/?week=2020-W07")
    html, text = response.content.decode(), _text(response)
    assert re.search(r'id="backlog-count">1<', html)
    assert f"/admin/tracker/displacementfigure/{waiting.pk}/review/" in html
    assert "142,000 persons displaced in Ariha" in text and "142000" not in text
    assert re.search(r'id="feeds-count">1<', html) and re.search(r"Broken feed ?: 3 failed polls in a row", text)
    assert "Some 62,500 people fled their homes in Idleb governorate" in text and "OCHA" in text
    assert 'id="map"' in html


def test_a_week_after_the_latest_figure_says_so_first_and_links_to_that_week(client, gap_weeks, editor):
    """Opened on today's week with figures that end in 2020 (the demo), every cell says 'no report': the page
    says why before anything else, with the week to look at."""
    client.force_login(editor)
    html = client.get("/").content.decode()
    hint = re.search(r'<li class="warning" id="latest-hint">(.*?)</li>', html, re.S)
    assert hint and "The latest verified figure ends on" in hint.group(1)
    week = re.search(r'href="\?week=(\d{4}-W\d\d)"', hint.group(1)).group(1)
    assert week.startswith("2020-W")
    assert html.index('id="latest-hint"') < html.index('id="key-numbers"')
    assert 'id="latest-hint"' not in client.get(f"/?week={week}").content.decode()


def test_an_empty_tracker_says_so(client, editor):
    client.force_login(editor)
    text = _text(client.get("/"))
    assert "nothing to chart" in text and "No figure has been verified yet." in text and "Nothing waiting" in text


def test_a_bad_week_is_said_and_the_last_complete_week_shown(client, editor):
    client.force_login(editor)
    text = _text(client.get("/?week=W6"))
    assert "“W6” is not a week such as 2020-W06" in text


def test_the_conflict_count_agrees_with_the_conflicts_page(gap_weeks):
    sohr = ReportingBodyFactory(name="SOHR")
    FigureFactory(region=gap_weeks["idleb"], value=70_000, period_start=date(2020, 1, 31),
                  period_end=date(2020, 1, 31), reporting_body=sohr, status=FigureStatus.EXTRACTED)  # fmt: skip
    FigureFactory(region=gap_weeks["ariha"], value=90_000, period_start=date(2020, 2, 12),
                  period_end=date(2020, 2, 12), status=FigureStatus.EXTRACTED)  # fmt: skip
    assert open_conflicts() == len(conflicts()) >= 2


# ------------------------------------------------------------------------------------ query count


def _bulk_figures(n: int, regions, body) -> None:
    reviewed = datetime(2020, 3, 1, tzinfo=UTC)
    terms = [Term.DISPLACED, Term.FLED, Term.EVACUATED]
    figures = []
    for i in range(n):
        end = date(2020, 3, 1) - timedelta(days=i % 120)
        status = FigureStatus.VERIFIED if i % 5 else FigureStatus.EXTRACTED
        figures.append(DisplacementFigure(
            value=100 + i, persons=100 + i, term=terms[i % 3], category=Category.STOCK if i % 7 == 0 else Category.FLOW,
            period_start=end, period_end=end, region=regions[i % len(regions)], reporting_body=body, status=status,
            reviewed_at=reviewed if status == FigureStatus.VERIFIED else None,
        ))  # fmt: skip
    DisplacementFigure.objects.bulk_create(figures, batch_size=2000)


def _count_queries(client) -> int:
    reset_queries()  # a request starts by clearing the query log: start the count from an empty one
    with CaptureQueriesContext(connection) as captured:
        response = client.get("/?week=2020-W09")
    assert response.status_code == 200
    return len(captured)


@pytest.mark.django_db
def test_the_dashboard_query_count_is_the_same_for_10_and_10000_figures(client):
    syria = country()
    governorates = [RegionFactory(name=f"Governorate {g}", parent=syria) for g in range(6)]
    districts = [RegionFactory(name=f"District {g}.{d}", level=RegionLevel.ADMIN2, parent=gov)
                 for g, gov in enumerate(governorates) for d in range(3)]  # fmt: skip
    body = ReportingBodyFactory(name="OCHA")
    Feed.objects.create(name="Broken", url="https://example.org/f", consecutive_failures=2)
    client.force_login(UserFactory(role=Role.EDITOR))
    _bulk_figures(10, districts + governorates, body)
    small = _count_queries(client)
    _bulk_figures(9_990, districts + governorates, body)
    assert DisplacementFigure.objects.count() == 10_000
    large = _count_queries(client)
    print(f"dashboard queries: {small} at 10 figures, {large} at 10,000")
    assert small == large, (small, large)
    assert 10 <= large <= 30, large  # every section is there, each a fixed number of queries


def test_a_week_far_beyond_the_calendar_is_a_bad_week_not_an_error(client, editor):
    client.force_login(editor)
    response = client.get("/?week=9999-W52")
    assert response.status_code == 200
    assert "“9999-W52” is not a week such as 2020-W06" in _text(response)


def test_typed_names_in_the_health_sections_read_in_their_own_direction_in_arabic(client, gap_weeks, editor):
    """A feed's name and a candidate's place as written are typed text: in the Arabic page they were laid out right
    to left with the sentence around them ("[::1]/ Hostile http://" came out jumbled); isolated, they read as typed,
    as the region and body names beside them already did."""
    Feed.objects.create(name="ReliefWeb [Syria] (EN)", url="https://example.org/feed", consecutive_failures=2)
    FigureFactory(region=None, raw_location="Camp 4 (north)", value=1_500, status=FigureStatus.EXTRACTED)
    client.force_login(editor)
    html = client.get("/?week=2020-W07", HTTP_ACCEPT_LANGUAGE="ar").content.decode()
    assert 'dir="rtl"' in html
    assert "<bdi>ReliefWeb [Syria] (EN)</bdi>:" in html
    assert "<bdi>Camp 4 (north)</bdi>" in html

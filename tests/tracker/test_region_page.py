"""The region page on hand-built weeks (report, no report, report): a gap, not a zero; words, not a 100% fall."""

import re

from tests.factories import RegionFactory, UserFactory
from tracker.choices import Role
from tracker.models import Team


def test_the_region_page_shows_the_gap_and_says_no_report(client, gap_weeks, editor):
    client.force_login(editor)
    response = client.get(f"/admin/tracker/region/{gap_weeks['idleb'].pk}/overview/")
    assert response.status_code == 200
    html = response.content.decode()
    flow = re.search(r'<figure class="series-chart" id="chart-flow">(.*?)</figure>', html, re.S).group(1)
    runs = re.findall(r'<polyline class="run"[^>]*points="([^"]+)"', flow)
    assert [len(r.split()) for r in runs] == [2, 1]  # nothing drawn across the week without a report
    assert re.findall(r'class="y-tick"[^>]*>([^<]+)<', flow) == ["0", "40,000", "80,000"]
    table = re.search(r'<table id="weeks-flow">(.*?)</table>', html, re.S).group(1)
    rows = [re.sub(r"<[^>]+>", "|", row) for row in re.findall(r"<tr class=[^>]*>(.*?)</tr>", table, re.S)]
    assert [re.sub(r"\|+", "|", r).strip("|") for r in rows] == [
        "10 Feb 2020|5,000|new: no report the week before",
        "3 Feb 2020|no report|no report this week (62,500 the week before)",
        "27 Jan 2020|62,500|▲ up 2,500 (4%) on the week before",
        "20 Jan 2020|60,000|new: no report the week before",
    ]
    assert "100%" not in table and "▼" not in table
    assert "data:image" not in html  # inline SVG: no data: URI for a strict Content-Security-Policy to refuse
    assert "No verified figures of persons still displaced in Idleb yet: nothing to chart." in html


def test_a_region_without_figures_says_so_instead_of_empty_axes(client, editor):
    client.force_login(editor)
    html = client.get(f"/admin/tracker/region/{RegionFactory(name='Quiet').pk}/overview/").content.decode()
    assert "weekly-chart" not in html and "No verified figures of persons newly displaced in Quiet yet" in html


def test_another_teams_place_is_not_found(client, gap_weeks):
    yemen = Team.objects.create(name="Yemen office")
    yemen.regions.add(RegionFactory(name="Yemen", pcode="YE"))
    client.force_login(UserFactory(role=Role.REVIEWER, teams=[yemen]))
    assert client.get(f"/admin/tracker/region/{gap_weeks['idleb'].pk}/overview/").status_code == 404

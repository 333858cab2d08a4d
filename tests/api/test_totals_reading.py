"""The totals API on hand-built weeks (report, no report, report): where each number comes from, and its change."""

import pytest

from tracker.choices import Role


@pytest.fixture
def api(client, django_user_model):
    from tests.factories import UserFactory

    client.force_login(UserFactory(role=Role.PARTNER))
    return client


def _rows(api, **params):
    response = api.get("/api/v1/totals/", {"period": "week", **params})
    assert response.status_code == 200, response.content
    return response.json()


def test_each_row_says_whether_it_is_the_own_figure_or_the_sum_of_sub_regions(api, gap_weeks):
    rows = {row["period_start"]: row for row in _rows(api, region="SY07")}
    assert sorted(rows) == ["2020-01-20", "2020-01-27", "2020-02-10"]  # no row is made up for 2020-W06
    own = rows["2020-01-27"]
    assert own["basis"] == "own_figure" and own["persons"] == 62_500
    assert own["counted_figure"] == gap_weeks["figures"]["w05"].pk and own["figures"] == [own["counted_figure"]]
    summed = rows["2020-02-10"]
    assert summed["basis"] == "sub_regions" and summed["persons"] == 5_000
    assert summed["counted_figure"] is None and summed["sum_of_sub_regions"] == 5_000
    f = gap_weeks["figures"]
    assert sorted(summed["figures"]) == sorted([f["ariha"].pk, f["harim"].pk])
    for row in rows.values():  # never both null when there is a number
        assert row["counted_figure"] is not None or row["sum_of_sub_regions"] is not None


def test_the_change_is_honest_across_the_missing_week(api, gap_weeks):
    rows = {row["period_start"]: row["change"] for row in _rows(api, region="SY07")}
    assert rows["2020-01-27"]["status"] == "change" and rows["2020-01-27"]["absolute"] == 2_500
    assert rows["2020-01-27"]["words"] == "up 2,500 (4%) on the week before"
    after_gap = rows["2020-02-10"]
    assert after_gap == {"status": "new", "previous": None, "absolute": None, "percent": None,
                         "words": "new: no report the week before", "places_missing": [],
                         "places_new": []}  # fmt: skip


def test_the_first_row_of_a_window_is_read_against_the_week_before_it(api, gap_weeks):
    (first, *_) = _rows(api, region="SY07", start="2020-01-27")
    assert first["period_start"] == "2020-01-27" and first["change"]["previous"] == 60_000


def test_the_country_is_read_like_for_like(api, gap_weeks):
    rows = {row["period_start"]: row for row in _rows(api, region="SY")}
    w06 = rows["2020-02-03"]
    assert w06["basis"] == "sub_regions" and w06["persons"] == 999
    assert w06["change"]["status"] == "partial" and w06["change"]["percent"] is None
    assert w06["change"]["places_missing"] == [{"name": "Idleb", "persons": 62_500}]

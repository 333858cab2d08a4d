"""The no-double-counting rule on hand-built cases."""

from datetime import date

import pytest

from tests.factories import FigureFactory, RegionFactory, ReportingBodyFactory, UserFactory, country
from tracker import services
from tracker.choices import Category, FigureRole, RegionLevel, Reliability, Role
from tracker.selectors import displacement_totals


@pytest.fixture
def tree(db):
    syria = country()
    idleb = RegionFactory(name="Idleb", pcode="SY07", parent=syria)
    ariha = RegionFactory(name="Ariha", pcode="SY0705", level=RegionLevel.ADMIN2, parent=idleb)
    harim = RegionFactory(name="Harim", pcode="SY0703", level=RegionLevel.ADMIN2, parent=idleb)
    return {"syria": syria, "idleb": idleb, "ariha": ariha, "harim": harim}


@pytest.fixture
def bodies(db):
    return {
        r: ReportingBodyFactory(name=f"body {r}", reliability=r)
        for r in (Reliability.HIGH, Reliability.MEDIUM, Reliability.LOW)
    }


@pytest.fixture
def verified(db):
    editor, reviewer = UserFactory(role=Role.EDITOR), UserFactory(role=Role.REVIEWER)

    def make(**kwargs):
        kwargs.setdefault("period_start", date(2020, 2, 3))
        kwargs.setdefault("period_end", date(2020, 2, 7))
        role = kwargs.pop("role", None)
        figure = FigureFactory(acting_user=editor, **kwargs)
        services.verify_figure(figure=figure, acting_user=reviewer)
        if role:  # reviewers choose the recommended figure
            services.update_figure(figure=figure, acting_user=reviewer, changes={"role": role})
        return figure

    return make


def _one(rows):
    assert len(rows) == 1, rows
    return rows[0]


def test_the_recommended_figure_counts(tree, bodies, verified):
    verified(value=9000, region=tree["ariha"], reporting_body=bodies["high"])
    chosen = verified(value=5000, region=tree["ariha"], reporting_body=bodies["low"], role=FigureRole.RECOMMENDED)
    row = _one(displacement_totals(region=tree["ariha"]))
    assert (row.persons, row.counted_figure, row.lowest, row.highest, row.reports) == (5000, chosen.pk, 5000, 9000, 2)


def test_else_the_most_reliable_body_then_the_most_recent(tree, bodies, verified):
    verified(value=7000, region=tree["ariha"], reporting_body=bodies["medium"])
    reliable = verified(value=6000, region=tree["ariha"], reporting_body=bodies["high"], period_end=date(2020, 2, 4))
    assert _one(displacement_totals(region=tree["ariha"])).counted_figure == reliable.pk
    newer = verified(value=6500, region=tree["ariha"], reporting_body=bodies["high"], period_end=date(2020, 2, 6))
    assert _one(displacement_totals(region=tree["ariha"])).counted_figure == newer.pk


def test_a_governorate_without_its_own_figure_is_the_sum_of_its_districts(tree, bodies, verified):
    verified(value=3000, region=tree["ariha"], reporting_body=bodies["high"])
    verified(value=2000, region=tree["harim"], reporting_body=bodies["high"])
    row = _one(displacement_totals(region=tree["idleb"]))
    assert (row.persons, row.counted_figure, row.reports) == (5000, None, 2)


def test_a_governorate_figure_and_its_districts_are_never_added_together(tree, bodies, verified):
    verified(value=3000, region=tree["ariha"], reporting_body=bodies["high"])
    verified(value=2000, region=tree["harim"], reporting_body=bodies["high"])
    own = verified(value=8000, region=tree["idleb"], reporting_body=bodies["medium"])
    row = _one(displacement_totals(region=tree["idleb"]))
    assert (row.persons, row.counted_figure, row.sum_of_sub_regions) == (8000, own.pk, 5000)
    country_row = _one(displacement_totals(region=tree["syria"]))
    assert country_row.persons == 8000  # not 13,000


def test_rows_per_level_and_per_week(tree, bodies, verified):
    verified(value=3000, region=tree["ariha"], reporting_body=bodies["high"])
    verified(value=1000, region=tree["ariha"], reporting_body=bodies["high"], period_start=date(2020, 2, 10),
             period_end=date(2020, 2, 12))  # fmt: skip
    verified(value=2000, region=tree["harim"], reporting_body=bodies["high"])
    rows = displacement_totals(region=tree["idleb"], level=RegionLevel.ADMIN2, granularity="week")
    assert [(r.region.name, r.period_start, r.persons) for r in rows] == [
        ("Ariha", date(2020, 2, 3), 3000),
        ("Ariha", date(2020, 2, 10), 1000),
        ("Harim", date(2020, 2, 3), 2000),
    ]


def test_only_verified_figures_of_the_category_count(tree, bodies, verified):
    FigureFactory(value=100_000, region=tree["ariha"], period_end=date(2020, 2, 7))  # a draft
    verified(value=4000, region=tree["ariha"], category=Category.STOCK)
    assert displacement_totals(region=tree["ariha"], category=Category.FLOW) == []
    assert _one(displacement_totals(region=tree["ariha"], category=Category.STOCK)).persons == 4000


def test_totals_take_a_fixed_number_of_queries(tree, bodies, verified, django_assert_max_num_queries):
    for n, region in enumerate([tree["ariha"], tree["harim"], tree["idleb"]] * 4):
        month = date(2020, 1 + n % 3, 5)
        verified(value=1000 + n, region=region, reporting_body=bodies["high"], period_start=month, period_end=month)
    with django_assert_max_num_queries(3):
        rows = displacement_totals(region=tree["syria"], level=RegionLevel.ADMIN2)
    assert rows


def test_the_totals_endpoint(api, tree, bodies, verified):
    verified(value=3000, region=tree["ariha"], reporting_body=bodies["high"])
    api.force_authenticate(UserFactory(role=Role.PARTNER))
    (row,) = api.get("/api/v1/totals/?region=SY07&period=month&category=flow").json()
    assert row["region"]["pcode"] == "SY07" and row["persons"] == 3000 and row["period_start"] == "2020-02-01"
    assert api.get("/api/v1/totals/?region=XX").status_code == 404
    assert api.get("/api/v1/totals/?period=year").status_code == 400
    assert api.get("/api/v1/totals/?start=soon").status_code == 400
    assert api.get("/api/v1/totals/?regoin=SY07").status_code == 400

"""The one rule for reading a number against the one before, and the charts that follow it."""

import math
import re
from datetime import date, timedelta

import pytest

from tracker.charts import draw_weekly_axes, weekly_chart, weekly_svg
from tracker.readings import CHANGE, NEW, NO_REPORT, NOTHING, compare, weekly_series


@pytest.mark.parametrize(
    ("now", "before", "status", "words"),
    [
        (5_000, 1_000, CHANGE, "up 4,000 (400%) on the week before"),
        (None, 62_500, NO_REPORT, "no report this week (62,500 the week before)"),
        (5_000, None, NEW, "new: no report the week before"),
        (None, None, NOTHING, "no report this week"),
        (1_000, 1_000, CHANGE, "unchanged on the week before"),
        (0, 2_000, CHANGE, "down 2,000 (100%) on the week before"),  # a reported zero is a figure: a real drop
        (3, 0, CHANGE, "up 3 on the week before"),  # no percent of zero
    ],
)
def test_a_change_only_where_both_periods_have_a_figure(now, before, status, words):
    change = compare(now, before)
    assert (change.status, change.words) == (status, words)
    if status != CHANGE:
        assert change.absolute is None and change.percent is None and change.arrow == ""


def test_months_are_said_as_months():
    assert compare(None, 10, period="month").words == "no report this month (10 the month before)"


def test_a_series_keeps_gaps_as_none():
    monday = date(2020, 1, 20)
    points = weekly_series({monday: 60_000, monday + timedelta(weeks=2): 5_000}, first_monday=monday, weeks=3)
    assert [v for _, v in points] == [60_000, None, 5_000]


SERIES = {"Idleb": [(date(2020, 1, 20), 60_000), (date(2020, 1, 27), 62_500), (date(2020, 2, 3), None),
                    (date(2020, 2, 10), 5_000)]}  # fmt: skip


def test_the_png_leaves_the_gap_and_starts_at_zero():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, axes = plt.subplots()
    try:
        assert draw_weekly_axes(axes, SERIES, title="t", ylabel="persons")
        (line,) = axes.get_lines()
        ys = list(line.get_ydata())
        assert ys[:2] == [60_000, 62_500] and math.isnan(ys[2]) and ys[3] == 5_000  # nothing drawn across W06
        bottom, top = axes.get_ylim()
        assert bottom == 0 and top >= 62_500
        labels = [t.get_text() for t in axes.get_yticklabels()]
        assert not any(label.startswith(("-", "−")) for label in labels)
    finally:
        plt.close(figure)
    assert weekly_chart(SERIES, title="t")[:8] == b"\x89PNG\r\n\x1a\n"


def test_no_data_draws_no_chart():
    empty = {"Idleb": [(date(2020, 1, 20), None), (date(2020, 1, 27), None)]}
    assert weekly_chart(empty, title="t") is None and weekly_chart({}, title="t") is None
    assert weekly_svg(empty, label="x") == ""


def test_the_svg_breaks_the_line_at_the_gap_and_labels_zero():
    svg = weekly_svg(SERIES, label="Idleb")
    runs = re.findall(r'<polyline class="run"[^>]*points="([^"]+)"', svg)
    assert [len(points.split()) for points in runs] == [2, 1]  # W04–W05 joined; W07 alone; nothing across W06
    ticks = re.findall(r'class="y-tick"[^>]*>([^<]+)<', svg)
    assert ticks[0] == "0" and all(not t.startswith("-") for t in ticks)
    assert "62,500 in the week of 27 Jan 2020" in svg


def test_sums_of_different_sub_regions_are_compared_like_for_like():
    change = compare(999, 62_500, now_parts={"Aleppo": 999}, before_parts={"Idleb": 62_500})
    assert change.status == "partial" and change.percent is None and change.arrow == ""
    assert change.words == "no report this week from Idleb (62,500 the week before); new this week: Aleppo (999)"
    change = compare(5_000, 1_000, now_parts={"Ariha": 3_000, "Harim": 2_000}, before_parts={"Ariha": 1_000})
    assert change.words == "up 2,000 (200%) where both weeks have reports; new this week: Harim (2,000)"
    same = compare(5_000, 4_000, now_parts={"Ariha": 3_000, "Harim": 2_000}, before_parts={"Ariha": 1, "Harim": 2})
    assert same.status == "change" and same.words == "up 1,000 (25%) on the week before"


def test_the_png_spans_the_whole_window_so_a_missing_last_week_shows():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.dates
    import matplotlib.pyplot as plt

    series = {"Idleb": [*SERIES["Idleb"][:3], (date(2020, 2, 10), None)]}  # the last week has no report
    figure, axes = plt.subplots()
    try:
        draw_weekly_axes(axes, series, title="t", ylabel="persons")
        left, right = (matplotlib.dates.num2date(v).date() for v in axes.get_xlim())
        assert left <= date(2020, 1, 20) and right >= date(2020, 2, 10)
    finally:
        plt.close(figure)

"""Weekly charts: PNG for the summary e-mail, inline SVG for the pages (no script, no data: URI).

Both follow tracker.readings: a week without a report is a gap (no line is drawn across it), the y-axis starts at
zero, and a chart with no data at all is not drawn (None / "") so the caller says so in a sentence.
"""

import io
from datetime import date, timedelta

from django.utils.formats import date_format, number_format
from django.utils.html import format_html, format_html_join
from django.utils.translation import get_language_bidi, gettext
from django.utils.translation import gettext_lazy as _

from tracker.readings import has_data

TOP_REGIONS = 5
NO_DATA = _("No verified figures for these weeks: nothing to chart.")
COLOURS = ["#0b6fb8", "#c2410c", "#15803d", "#7c3aed", "#b42318"]

Series = dict[str, list[tuple[date, int | None]]]


def _top(series: Series) -> list[tuple[str, list]]:
    drawn = [(name, points) for name, points in series.items() if has_data(points)]
    return sorted(drawn, key=lambda item: -sum(v or 0 for _, v in item[1]))[:TOP_REGIONS]


def nice_ceiling(value: float) -> int:
    """A round top for the y-axis (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × 10^n) at or above the value, at least 1."""
    if value <= 1:
        return 1
    magnitude = 10 ** (len(str(int(value))) - 1)
    for step in (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10):
        if value <= step * magnitude:
            return int(step * magnitude)
    return int(10 * magnitude)


def draw_weekly_axes(axes, series: Series, *, title: str, ylabel: str) -> bool:
    """Draw onto matplotlib axes; False (nothing drawn) when no series has a point."""
    import matplotlib.dates
    import matplotlib.ticker

    top = _top(series)
    if not top:
        return False
    for colour, (name, points) in zip(COLOURS, top, strict=False):
        # NaN breaks the line: a week without a report is left blank, never plotted as zero
        values = [float("nan") if v is None else v for _, v in points]
        axes.plot([d for d, _ in points], values, marker="o", markersize=3.5, linewidth=1.6, label=name, color=colour)
    highest = max(v for _, points in top for _, v in points if v is not None)
    axes.set_ylim(bottom=0, top=nice_ceiling(highest * 1.05))
    # the whole window, not only the weeks with data: a missing last week shows as blank space at the right
    mondays = sorted({d for _, points in top for d, _ in points})
    axes.set_xlim(mondays[0] - timedelta(days=3), mondays[-1] + timedelta(days=3))
    axes.xaxis.set_major_locator(
        matplotlib.dates.WeekdayLocator(byweekday=matplotlib.dates.MO, interval=max(1, len(mondays) // 6))
    )
    # dates in the reader's language (month names), digits as they are
    axes.xaxis.set_major_formatter(
        matplotlib.ticker.FuncFormatter(lambda v, _: date_format(matplotlib.dates.num2date(v).date(), "j M Y"))
    )
    if not get_language_bidi():
        # matplotlib lays text out left to right without joining Arabic letters: in a right-to-left language the
        # title and axis label are left out of the image and said by the page or e-mail around it (caption, alt)
        axes.set_title(title, fontsize=10)
        axes.set_ylabel(ylabel, fontsize=8)
    axes.tick_params(labelsize=7)
    axes.yaxis.set_major_locator(matplotlib.ticker.MaxNLocator(nbins=5, integer=True, min_n_ticks=2))
    axes.yaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(lambda v, _: f"{v:,.0f}"))
    axes.grid(alpha=0.3)
    axes.legend(fontsize=7, loc="upper left")
    return True


def weekly_chart(series: Series, *, title: str, ylabel: str = "") -> bytes | None:
    """A PNG line chart, or None when there is nothing to draw."""
    if not any(has_data(points) for points in series.values()):
        return None
    # matplotlib costs a quarter of a second to import: only pay it when a chart is drawn, not at every start
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, axes = plt.subplots(figsize=(6.4, 3.0), dpi=100)
    try:
        draw_weekly_axes(axes, series, title=title, ylabel=ylabel or gettext("persons newly displaced"))
        figure.autofmt_xdate()
        figure.tight_layout()
        buffer = io.BytesIO()
        figure.savefig(buffer, format="png")
        return buffer.getvalue()
    finally:
        plt.close(figure)


def weekly_svg(series: Series, *, label: str, width: int = 560, height: int = 200) -> str:
    """Inline SVG: one polyline per run of reported weeks (a gap where there is no report), y from zero, ticks
    in thousands. "" when there is nothing to draw."""
    top = _top(series)
    if not top:
        return ""
    left, right, upper, lower = 56, 12, 12, 28
    mondays = sorted({d for _, points in top for d, _ in points})
    highest = nice_ceiling(max(v for _, points in top for _, v in points if v is not None) * 1.05)
    span_x = max(len(mondays) - 1, 1)

    def x(monday) -> str:
        return f"{left + (width - left - right) * mondays.index(monday) / span_x:.1f}"

    def y(value) -> str:
        return f"{upper + (height - upper - lower) * (1 - value / highest):.1f}"

    point_title = gettext("%(place)s: %(n)s in the week of %(week)s")
    parts = [format_html('<line class="axis" x1="{}" y1="{}" x2="{}" y2="{}" stroke="#8a94a6"/>',
                         left, y(0), width - right, y(0))]  # fmt: skip
    for tick in (0, highest // 2, highest):
        parts.append(format_html(
            '<text class="y-tick" x="{}" y="{}" text-anchor="end" font-size="10" fill="#52606d">{}</text>',
            left - 6, f"{float(y(tick)) + 3:.1f}", number_format(tick, force_grouping=True)))  # fmt: skip
    last = len(mondays) - 1
    for index in sorted({0, len(mondays) // 2, last}):
        anchor = "start" if index == 0 else "end" if index == last else "middle"
        parts.append(format_html(
            '<text class="x-tick" x="{}" y="{}" text-anchor="{}" font-size="10" fill="#52606d">{}</text>',
            x(mondays[index]), height - 8, anchor, date_format(mondays[index], "j M Y")))  # fmt: skip
    for colour, (name, points) in zip(COLOURS, top, strict=False):
        runs, run = [], []
        for monday, value in points:
            if value is None:
                if run:
                    runs.append(run)
                run = []
            else:
                run.append((monday, value))
        if run:
            runs.append(run)
        for run in runs:
            coords = " ".join(f"{x(m)},{y(v)}" for m, v in run)
            parts.append(format_html('<polyline class="run" data-region="{}" points="{}" fill="none" stroke="{}" '
                                     'stroke-width="2"/>', name, coords, colour))  # fmt: skip
            parts.extend(
                format_html('<circle class="point" cx="{}" cy="{}" r="3" fill="{}"><title>{}</title></circle>',
                            x(m), y(v), colour, point_title % {"place": name, "week": date_format(m, "j M Y"),
                                                               "n": number_format(v, force_grouping=True)})
                for m, v in run
            )  # fmt: skip
    labels = [(left + 8, upper + 10 + 12 * i, COLOURS[i], name) for i, (name, _) in enumerate(top)]
    legend = format_html_join("", '<text class="legend" x="{}" y="{}" font-size="10" fill="{}">{}</text>', labels)
    return format_html(
        # direction="ltr": time runs left to right in every language (the axes are drawn so), and text-anchor
        # start/end keep their meaning on a right-to-left page; Arabic names inside still read right to left
        '<svg class="weekly-chart" role="img" aria-label="{}" viewBox="0 0 {} {}" width="{}" height="{}" '
        'direction="ltr" xmlns="http://www.w3.org/2000/svg">{}{}</svg>',
        label, width, height, width, height, format_html_join("", "{}", ((p,) for p in parts)), legend,
    )  # fmt: skip

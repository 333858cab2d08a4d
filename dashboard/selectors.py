"""What the situation dashboard reads. Each section is a fixed number of queries, whatever the number of figures
(tests/dashboard/test_dashboard.py counts them at 10 and 10,000 figures); every change is read with
tracker.readings.compare, so a period without a report is said in words, never counted as zero."""

from dataclasses import dataclass, field
from datetime import date, timedelta

from django.db.models import Count, F, Max, Value, Window
from django.db.models.functions import Coalesce, Trunc
from django.utils.formats import date_format
from django.utils.translation import get_language_bidi, gettext

from ingest.models import Feed
from summaries.selectors import DEFAULT_TERMS
from summaries.weeks import iso_week
from tracker.choices import Category, FigureStatus
from tracker.models import DisplacementFigure, Region
from tracker.readings import Change, weekly_series
from tracker.selectors import (
    PENDING_STATUSES,
    RegionScope,
    compare_totals,
    displacement_totals,
    previous_period_start,
    sum_over_terms,
    waiting_for_review,
)

SERIES_WEEKS = 12
TOP_REGIONS = 5
CONFLICT_MONTHS = 3


@dataclass
class Period:
    kind: str  # "week" or "month"
    start: date
    end: date

    @property
    def iso(self) -> str:
        return iso_week(self.start)

    @property
    def label(self) -> str:
        if self.kind == "week":
            week = iso_week(self.start)
            if get_language_bidi():  # "2020-W06" kept left to right inside Arabic text (else it reads "W06-2020")
                week = f"\u2066{week}\u2069"
            return gettext("week %(week)s (%(start)s – %(end)s)") % {
                "week": week, "start": date_format(self.start, "j M"),
                "end": date_format(self.end, "j M Y")}  # fmt: skip
        return date_format(self.start, "F Y")


def reference_periods(*, monday: date) -> tuple[Period, Period]:
    """The week starting on monday, and the last month complete by that week's Sunday."""
    sunday = monday + timedelta(days=6)
    month_end = sunday if (sunday + timedelta(days=1)).day == 1 else sunday.replace(day=1) - timedelta(days=1)
    return Period("week", monday, sunday), Period("month", month_end.replace(day=1), month_end)


@dataclass
class KeyNumber:
    label: str
    period: Period
    now: int | None
    change: Change


@dataclass
class ScopeNumbers:
    region: Region
    numbers: list[KeyNumber] = field(default_factory=list)


def scope_for(*, user) -> list[Region]:
    """The regions the user follows through an active subscription; else the top of the tree. One query."""
    followed = Region.objects.filter(subscriptions__user=user, subscriptions__active=True).distinct().order_by("name")
    return list(followed) or list(Region.objects.filter(parent__isnull=True).order_by("name"))


def key_numbers(
    *,
    scope: list[Region],
    week: Period,
    month: Period,
    reach: RegionScope | None = None,
) -> list[ScopeNumbers]:
    """Persons newly displaced (flow) and still displaced (stock, as reported in the period) in the week and the
    month, per scope region, each against the period before. Four totals reads of two queries each."""
    wanted = [
        ("Newly displaced", Category.FLOW, week),
        ("Newly displaced", Category.FLOW, month),
        ("Still displaced", Category.STOCK, week),
        ("Still displaced", Category.STOCK, month),
    ]
    out = [ScopeNumbers(region) for region in scope]
    for label, category, period in wanted:
        before = previous_period_start(period.start, period.kind)
        totals = sum_over_terms(displacement_totals(category=category, granularity=period.kind, targets=scope,
                                                    terms=DEFAULT_TERMS, start=before, end=period.end,
                                                    reach=reach))  # fmt: skip
        for line in out:
            now, earlier = totals.get((line.region.pk, period.start)), totals.get((line.region.pk, before))
            change = compare_totals(now, earlier, period=period.kind)
            line.numbers.append(KeyNumber(label, period, now.persons if now else None, change))
    return out


def _figures(reach: RegionScope | None):
    """Every figure, or those of the reader's teams (tracker.selectors.region_scope)."""
    return reach.filter(DisplacementFigure.objects.all()) if reach is not None else DisplacementFigure.objects.all()


def latest_verified_period_end(*, reach: RegionScope | None = None) -> date | None:
    return _figures(reach).filter(status=FigureStatus.VERIFIED).aggregate(m=Max("period_end"))["m"]


def review_backlog(*, reach: RegionScope | None = None) -> dict:
    """How many figures wait for review and the one waiting longest: one query (a window count)."""
    oldest = (
        waiting_for_review(reach=reach)
        .select_related("region", "reporting_body", "source")
        .annotate(waiting=Window(Count("id")))
        .order_by("created_at", "id")
        .first()
    )
    return {"count": oldest.waiting if oldest else 0, "oldest": oldest}


def failing_feeds(*, limit: int = 5) -> dict:
    """Active feeds whose last polls failed, the longest-failing first: one query."""
    feeds = list(
        Feed.objects.filter(active=True, consecutive_failures__gt=0)
        .annotate(failing=Window(Count("id")))
        .order_by("-consecutive_failures", "name")[:limit]
    )
    return {"count": feeds[0].failing if feeds else 0, "feeds": feeds}


def open_conflicts(*, since: date | None = None, until: date | None = None, reach: RegionScope | None = None) -> int:
    """How many of the conflicts the conflicts page lists (tracker.selectors.conflicts) fall in the months from
    `since` to `until` (default: all), counted from one aggregate query over (region, month, term) groups
    instead of loading every figure."""
    statuses = (FigureStatus.VERIFIED, *PENDING_STATUSES)
    figures = _figures(reach).filter(status__in=statuses, region__isnull=False, persons__isnull=False)
    if since:
        figures = figures.filter(period_end__gte=since.replace(day=1))
    if until:
        figures = figures.filter(period_end__lte=until)
    groups = list(
        figures.annotate(month=Trunc("period_end", "month"))
        .values("region_id", "month", "term")
        .annotate(
            parent=F("region__parent_id"),
            values=Count("persons", distinct=True),
            bodies=Count(Coalesce("reporting_body_id", Value(0)), distinct=True),
            top=Max("persons"),
        )
        .values_list("region_id", "parent", "month", "term", "values", "bodies", "top")
    )
    found = sum(1 for _, _, _, _, values, bodies, _ in groups if values > 1 and bodies > 1)
    below: dict[tuple, int] = {}
    for _, parent, month, term, _, _, top in groups:
        below[(parent, month, term)] = below.get((parent, month, term), 0) + top
    found += sum(1 for region, _, month, term, _, _, top in groups if below.get((region, month, term), 0) > top)
    return found


def latest_verified(*, limit: int = 6, reach: RegionScope | None = None) -> list[DisplacementFigure]:
    """The most recently verified figures (a verified figure always has a review date: an index scan)."""
    return list(
        _figures(reach)
        .filter(status=FigureStatus.VERIFIED, reviewed_at__isnull=False)
        .select_related("region", "reporting_body", "source")
        .order_by("-reviewed_at", "-id")[:limit]
    )


def top_region_series(
    *,
    scope: list[Region],
    week: Period,
    reach: RegionScope | None = None,
) -> dict[str, list[tuple[date, int | None]]]:
    """Weekly persons newly displaced over the last 12 weeks for the regions with the most: the scope's
    sub-regions when it is one region, else the scope itself. Gaps (None) where no report. Three queries."""
    first = week.start - timedelta(weeks=SERIES_WEEKS - 1)
    regions = list(Region.objects.filter(parent__in=scope).order_by("name")) if len(scope) == 1 else []
    regions = regions or scope
    totals = {key: total.persons for key, total in sum_over_terms(displacement_totals(
        category=Category.FLOW, granularity="week", targets=regions, terms=DEFAULT_TERMS, start=first, end=week.end,
        reach=reach,
    )).items()}  # fmt: skip
    weight = {r.pk: sum(v for (rid, _), v in totals.items() if rid == r.pk) for r in regions}
    top = sorted((r for r in regions if weight[r.pk]), key=lambda r: (-weight[r.pk], r.name))[:TOP_REGIONS]
    return {
        r.name: weekly_series({m: v for (rid, m), v in totals.items() if rid == r.pk}, first_monday=first,
                              weeks=SERIES_WEEKS)
        for r in top
    }  # fmt: skip

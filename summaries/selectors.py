"""What a weekly summary says. A fixed number of queries whatever the number of regions or figures."""

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from django.db.models import Exists, OuterRef, Q, Sum
from django.utils import timezone

from ingest.models import Feed
from summaries.models import Subscription
from summaries.tokens import subscription_id
from summaries.weeks import iso_week
from tracker.choices import Category, FigureStatus, Term
from tracker.models import DisplacementFigure, Region
from tracker.readings import Change, compare, has_data, weekly_series
from tracker.selectors import PeriodTotal, displacement_totals, region_scope, sum_over_terms

CHART_WEEKS = 12
DEFAULT_TERMS = [t for t in Term.values if t != Term.RETURNED]


@dataclass
class RegionLine:
    """One followed region's week. Flow: persons newly displaced this week (None: no report). Stock: persons still
    displaced, the latest figure as of the week's end (`stock_as_of` its week; a figure holds until a newer one),
    compared only when this week has a stock report of its own."""

    region: Region
    flow: int | None
    flow_previous: int | None
    stock: int | None
    stock_previous: int | None
    stock_as_of: date | None = None
    stock_reported_this_week: bool = False
    flow_parts: dict[str, int] | None = None
    flow_previous_parts: dict[str, int] | None = None

    @property
    def flow_change(self) -> Change:
        return compare(self.flow, self.flow_previous, now_parts=self.flow_parts,
                       before_parts=self.flow_previous_parts)  # fmt: skip

    @property
    def stock_change(self) -> Change:
        return compare(self.stock if self.stock_reported_this_week else None, self.stock_previous)


@dataclass
class Summary:
    subscription: Subscription
    week: str
    start: date
    end: date
    terms: list[str]
    lines: list[RegionLine] = field(default_factory=list)
    hot_spots: list[dict] = field(default_factory=list)
    new_figures: list[DisplacementFigure] = field(default_factory=list)
    new_figures_total: int = 0
    series: dict[str, list[tuple[date, int | None]]] = field(default_factory=dict)
    failing_feeds: int = 0
    awaiting_review: int = 0

    @property
    def reported(self) -> bool:
        """Did anything followed get a verified flow or stock report of this week?"""
        return any(line.flow is not None or line.stock_reported_this_week for line in self.lines)

    @property
    def empty(self) -> bool:
        return not self.reported and not self.new_figures

    @property
    def chartable(self) -> bool:
        return any(has_data(points) for points in self.series.values())


def _weekly(totals: dict[tuple[int, date], PeriodTotal]) -> dict[int, dict[date, int]]:
    """Totals summed over terms, as region id → week → persons."""
    out: dict[int, dict[date, int]] = {}
    for (region_id, monday), total in totals.items():
        out.setdefault(region_id, {})[monday] = total.persons
    return out


def _parts(totals, region, monday) -> dict[str, int] | None:
    total = totals.get((region.pk, monday))
    return total.parts if total else None


def _stock_as_of(weeks: dict[date, int], monday: date) -> tuple[int | None, date | None]:
    """A stock figure holds until a newer one replaces it: (persons, the week it was reported)."""
    known = [w for w in weeks if w <= monday]
    return (weeks[max(known)], max(known)) if known else (None, None)


def build_summary(*, subscription: Subscription, monday: date) -> Summary:
    sunday = monday + timedelta(days=6)
    previous = monday - timedelta(days=7)
    chart_start = monday - timedelta(weeks=CHART_WEEKS - 1)
    followed = list(subscription.regions.all()) or list(Region.objects.filter(parent__isnull=True))
    terms = subscription.terms or DEFAULT_TERMS
    summary = Summary(subscription=subscription, week=iso_week(monday), start=monday, end=sunday, terms=terms)

    # a subscriber with an account reads what their teams may see (tracker.selectors.region_scope); an e-mail
    # address alone gets verified totals, as partners do
    reach = region_scope(user=subscription.user) if subscription.user_id else None
    common = {"granularity": "week", "targets": followed, "terms": terms, "end": sunday, "reach": reach}
    flow_totals = sum_over_terms(displacement_totals(category=Category.FLOW, start=chart_start, **common))
    flow = _weekly(flow_totals)
    stock = _weekly(sum_over_terms(displacement_totals(category=Category.STOCK,
                                                       start=chart_start - timedelta(weeks=52), **common)))  # fmt: skip
    for region in followed:
        f, s = flow.get(region.pk, {}), stock.get(region.pk, {})
        stock_now, stock_week = _stock_as_of(s, monday)
        summary.lines.append(
            RegionLine(region, f.get(monday), f.get(previous), stock_now, _stock_as_of(s, previous)[0],
                       stock_as_of=stock_week, stock_reported_this_week=stock_week == monday,
                       flow_parts=_parts(flow_totals, region, monday),
                       flow_previous_parts=_parts(flow_totals, region, previous))
        )  # fmt: skip
        summary.series[region.name] = weekly_series(f, first_monday=chart_start, weeks=CHART_WEEKS)
    summary.lines.sort(key=lambda line: (-(line.flow or 0), line.region.name))

    scope = Q()
    for region in followed:
        scope |= Q(region__path__startswith=region.path)
    figures = reach.filter(DisplacementFigure.objects.all()) if reach is not None else DisplacementFigure.objects.all()
    verified = figures.filter(scope, status=FigureStatus.VERIFIED, term__in=terms)
    summary.hot_spots = _hot_spots(verified, monday, sunday, previous)
    week_start = datetime.combine(monday, time.min, tzinfo=timezone.get_current_timezone())
    new = verified.filter(reviewed_at__gte=week_start, reviewed_at__lt=week_start + timedelta(days=7))
    summary.new_figures = list(new.select_related("region", "reporting_body", "source").order_by("-persons")[:20])
    summary.new_figures_total = new.count()
    summary.failing_feeds = Feed.objects.filter(active=True, consecutive_failures__gt=0).count()
    summary.awaiting_review = figures.filter(status__in=[FigureStatus.EXTRACTED, FigureStatus.IN_REVIEW]).count()
    return summary


def _hot_spots(verified, monday, sunday, previous) -> list[dict]:
    """Places reported for the first time this week, then the largest increases on a reported week before."""
    flow = verified.filter(category=Category.FLOW, persons__isnull=False)
    this_week = dict(
        flow.filter(period_end__gte=monday, period_end__lte=sunday)
        .values_list("region")
        .annotate(total=Sum("persons"))
        .values_list("region", "total")
    )
    if not this_week:
        return []
    before = dict(
        flow.filter(region__in=this_week, period_end__gte=previous, period_end__lt=monday)
        .values_list("region")
        .annotate(total=Sum("persons"))
        .values_list("region", "total")
    )
    earlier = verified.filter(region=OuterRef("pk"), period_end__lt=monday)
    regions = Region.objects.filter(pk__in=list(this_week)).annotate(seen_before=Exists(earlier)).in_bulk()
    spots = []
    for region_id, total in this_week.items():
        new = not regions[region_id].seen_before
        change = compare(total, before.get(region_id))  # a week without a report is not an increase from zero
        if new or change.direction == "up":
            spots.append({"region": regions[region_id], "persons": total, "increase": change.absolute or 0,
                          "change": change, "new": new})  # fmt: skip
    spots.sort(key=lambda spot: (not spot["new"], -spot["increase"], spot["region"].name))
    return spots[:5]


def subscription_for_token(*, token: str) -> Subscription:
    """The subscription an unsubscribe link names: BadSignature for a forged or damaged link, DoesNotExist when it
    was deleted."""
    return Subscription.objects.get(pk=subscription_id(token))

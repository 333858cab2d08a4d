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
from tracker.selectors import displacement_totals

CHART_WEEKS = 12
DEFAULT_TERMS = [t for t in Term.values if t != Term.RETURNED]


@dataclass
class RegionLine:
    region: Region
    flow: int | None
    flow_previous: int | None
    stock: int | None
    stock_previous: int | None

    @staticmethod
    def _change(now, before):
        if now is None and before is None:
            return None
        now, before = now or 0, before or 0
        percent = None if before == 0 else round(100 * abs(now - before) / before)
        direction = "up" if now > before else "down" if now < before else "unchanged"
        return {"absolute": now - before, "magnitude": abs(now - before), "percent": percent, "direction": direction}

    @property
    def flow_change(self):
        return self._change(self.flow, self.flow_previous)

    @property
    def stock_change(self):
        return self._change(self.stock, self.stock_previous)


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
    series: dict[str, list[tuple[date, int]]] = field(default_factory=dict)
    failing_feeds: int = 0
    awaiting_review: int = 0

    @property
    def empty(self) -> bool:
        return not any(line.flow or line.stock for line in self.lines) and not self.new_figures


def _weekly(rows) -> dict[int, dict[date, int]]:
    """Rows of displacement_totals summed over terms: region id → week → persons."""
    out: dict[int, dict[date, int]] = {}
    for row in rows:
        weeks = out.setdefault(row.region.pk, {})
        weeks[row.period_start] = weeks.get(row.period_start, 0) + row.persons
    return out


def _stock_as_of(weeks: dict[date, int], monday: date) -> int | None:
    """A stock figure holds until a newer one replaces it."""
    known = [w for w in weeks if w <= monday]
    return weeks[max(known)] if known else None


def build_summary(*, subscription: Subscription, monday: date) -> Summary:
    sunday = monday + timedelta(days=6)
    previous = monday - timedelta(days=7)
    chart_start = monday - timedelta(weeks=CHART_WEEKS - 1)
    followed = list(subscription.regions.all()) or list(Region.objects.filter(parent__isnull=True))
    terms = subscription.terms or DEFAULT_TERMS
    summary = Summary(subscription=subscription, week=iso_week(monday), start=monday, end=sunday, terms=terms)

    common = {"granularity": "week", "targets": followed, "terms": terms, "end": sunday}
    flow = _weekly(displacement_totals(category=Category.FLOW, start=chart_start, **common))
    stock = _weekly(displacement_totals(category=Category.STOCK, start=chart_start - timedelta(weeks=52), **common))
    for region in followed:
        f, s = flow.get(region.pk, {}), stock.get(region.pk, {})
        summary.lines.append(
            RegionLine(region, f.get(monday), f.get(previous), _stock_as_of(s, monday), _stock_as_of(s, previous))
        )
        summary.series[region.name] = [
            (chart_start + timedelta(weeks=n), f.get(chart_start + timedelta(weeks=n), 0)) for n in range(CHART_WEEKS)
        ]
    summary.lines.sort(key=lambda line: -(line.flow or 0))

    scope = Q()
    for region in followed:
        scope |= Q(region__path__startswith=region.path)
    verified = DisplacementFigure.objects.filter(scope, status=FigureStatus.VERIFIED, term__in=terms)
    summary.hot_spots = _hot_spots(verified, monday, sunday, previous)
    week_start = datetime.combine(monday, time.min, tzinfo=timezone.get_current_timezone())
    new = verified.filter(reviewed_at__gte=week_start, reviewed_at__lt=week_start + timedelta(days=7))
    summary.new_figures = list(new.select_related("region", "reporting_body", "source").order_by("-persons")[:20])
    summary.new_figures_total = new.count()
    summary.failing_feeds = Feed.objects.filter(active=True, consecutive_failures__gt=0).count()
    summary.awaiting_review = DisplacementFigure.objects.filter(
        status__in=[FigureStatus.EXTRACTED, FigureStatus.IN_REVIEW]
    ).count()
    return summary


def _hot_spots(verified, monday, sunday, previous) -> list[dict]:
    """Places reported for the first time this week, then the largest week-on-week increases (flow)."""
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
        increase = total - before.get(region_id, 0)
        if new or increase > 0:
            spots.append({"region": regions[region_id], "persons": total, "increase": increase, "new": new})
    spots.sort(key=lambda spot: (not spot["new"], -spot["increase"]))
    return spots[:5]


def subscription_for_token(*, token: str) -> Subscription:
    """The subscription an unsubscribe link names: BadSignature for a forged or damaged link, DoesNotExist when it
    was deleted."""
    return Subscription.objects.get(pk=subscription_id(token))

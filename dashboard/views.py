"""The front door: the situation dashboard for staff, a short pointer page for everyone else. Thin."""

from datetime import timedelta

from django.contrib import admin
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from dashboard import selectors
from summaries.weeks import iso_week, parse_iso_week, previous_week
from tracker.charts import weekly_svg
from tracker.selectors import region_scope


def front_door(request):
    user = request.user
    context = {**admin.site.each_context(request), "title": _("Displacement tracker")}
    if not (user.is_active and user.is_staff):
        return TemplateResponse(request, "dashboard/welcome.html", context)
    week_param = request.GET.get("week", "")
    try:
        monday = parse_iso_week(week_param) if week_param else previous_week(timezone.localdate())
    except ValueError:
        monday, context["bad_week"] = previous_week(timezone.localdate()), week_param
    week, month = selectors.reference_periods(monday=monday)
    reach = region_scope(user=user)  # a country team's dashboard counts its own regions' figures only
    latest = selectors.latest_verified_period_end(reach=reach)
    conflicts_since = (week.end.replace(day=1) - timedelta(days=31 * (selectors.CONFLICT_MONTHS - 1))).replace(day=1)
    scope = selectors.scope_for(user=user)
    series = selectors.top_region_series(scope=scope, week=week, reach=reach)
    context.update(
        title=_("Situation"),
        week=week,
        month=month,
        scope=scope,
        map_region=scope[0] if len(scope) == 1 else None,
        key_numbers=selectors.key_numbers(scope=scope, week=week, month=month, reach=reach),
        latest_period_end=latest,
        latest_week=iso_week(latest - timedelta(days=latest.weekday())) if latest else "",
        backlog=selectors.review_backlog(reach=reach),
        feeds=selectors.failing_feeds(),
        conflicts=selectors.open_conflicts(since=conflicts_since, until=week.end, reach=reach),
        conflicts_since=conflicts_since,
        latest=selectors.latest_verified(reach=reach),
        charts=[
            (
                name,
                weekly_svg({name: points}, label=_("Persons newly displaced per week in %(place)s") % {"place": name}),
            )
            for name, points in series.items()
        ],  # fmt: skip
        series_weeks=selectors.SERIES_WEEKS,
    )
    return TemplateResponse(request, "dashboard/dashboard.html", context)

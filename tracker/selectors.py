"""Reads of the displacement domain. Every list here is a single query (no per-row lookups)."""

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from django.db.models import Case, Count, F, IntegerField, Max, Min, Q, QuerySet, Value, When, Window
from django.db.models.functions import RowNumber, Trunc

from tracker.choices import Category, FigureRole, FigureStatus, RegionLevel, Reliability, Term
from tracker.models import DisplacementFigure, HouseholdSize, Region, ReportingBody, ReportingBodyAlias, Source
from tracker.text import name_key


def ancestor_ids(region: Region) -> list[int]:
    """Ids from the root down to the region itself, read off its materialized path (no query)."""
    return [int(part) for part in region.path.strip("/").split("/") if part]


def region_subtree(*, region: Region) -> QuerySet[Region]:
    return Region.objects.filter(path__startswith=region.path)


def figures_in_region(*, region: Region, queryset: QuerySet[DisplacementFigure] | None = None):
    """Figures recorded for the region or any place inside it: one indexed prefix query."""
    queryset = DisplacementFigure.objects.all() if queryset is None else queryset
    return queryset.filter(region__path__startswith=region.path)


def regions_matching_name(*, name: str) -> QuerySet[Region]:
    """Regions whose name or an alias matches, ignoring case and diacritics; broadest level first."""
    key = name_key(name)
    if not key:
        return Region.objects.none()
    return Region.objects.filter(Q(name_key=key) | Q(aliases__name_key=key)).distinct().order_by("depth", "path")


def region_by_pcode(*, pcode: str) -> Region | None:
    return Region.objects.filter(pcode__iexact=pcode.strip()).first() if pcode.strip() else None


def body_alias_owner(*, name: str) -> ReportingBody | None:
    """The body an alias phrase already names, if any (a phrase names one body only)."""
    alias = ReportingBodyAlias.objects.filter(name_key=name_key(name)).select_related("body").first()
    return alias.body if alias else None


def reporting_body_by_name(*, name: str) -> ReportingBody | None:
    """The body a phrase names: its name, acronym or one of its aliases."""
    key = name_key(name)
    if not key:
        return None
    body = ReportingBody.objects.filter(aliases__name_key=key).first()
    if body is not None:
        return body
    for candidate in ReportingBody.objects.filter(Q(name__iexact=name.strip()) | Q(acronym__iexact=name.strip())):
        return candidate
    return None


def household_size_for(*, region: Region, year: int) -> Decimal | None:
    """The household size of the region's country for the year (or the latest year before it)."""
    row = (
        HouseholdSize.objects.filter(country_id__in=ancestor_ids(region), year__lte=year)
        .order_by("-year")
        .values_list("size", flat=True)
        .first()
    )
    if row is None:
        row = (
            HouseholdSize.objects.filter(country_id__in=ancestor_ids(region))
            .order_by("year")
            .values_list("size", flat=True)
            .first()
        )
    return row


_GAZETTEER_CACHE: dict = {}


def _gazetteer_version() -> tuple:
    """One round trip that changes whenever a region, body or alias is added, changed or removed."""
    from django.db import connection

    from tracker.models import RegionAlias, ReportingBodyAlias

    parts = []
    for model, stamp in ((Region, "max(updated_at)"), (ReportingBody, "max(updated_at)"),
                         (RegionAlias, "max(id)"), (ReportingBodyAlias, "max(id)")):  # fmt: skip
        table = model._meta.db_table  # names from the models, never from input
        parts.append(f"(SELECT {stamp} FROM {table}), (SELECT count(*) FROM {table})")  # noqa: S608
    with connection.cursor() as cursor:
        cursor.execute("SELECT " + ", ".join(parts))
        return (connection.alias, *cursor.fetchone())


def extraction_gazetteer():
    """Every region name and alias, and every body name, acronym and alias, for the extractor. Built again only
    when the gazetteer changed (one query to tell), so a worker ingesting many documents builds it once."""
    version = _gazetteer_version()
    if _GAZETTEER_CACHE.get("version") != version:
        _GAZETTEER_CACHE.update(version=version, gazetteer=_build_extraction_gazetteer())
    return _GAZETTEER_CACHE["gazetteer"]


def _build_extraction_gazetteer():
    from tracker.extraction import Gazetteer, Place
    from tracker.models import RegionAlias, ReportingBodyAlias

    gazetteer = Gazetteer()
    places = {}
    for row in Region.objects.values("id", "name", "pcode", "depth"):
        places[row["id"]] = Place(row["id"], row["pcode"], row["name"], row["depth"])
        gazetteer.add_place(row["name"], places[row["id"]])
    for region_id, alias in RegionAlias.objects.values_list("region_id", "name"):
        gazetteer.add_place(alias, places[region_id])
    bodies = {}
    for body_id, name, acronym in ReportingBody.objects.values_list("id", "name", "acronym"):
        bodies[body_id] = acronym or name
        gazetteer.add_body(name, body_id, bodies[body_id])
        if acronym:
            gazetteer.add_body(acronym, body_id, bodies[body_id])
    for body_id, alias in ReportingBodyAlias.objects.values_list("body_id", "name"):
        gazetteer.add_body(alias, body_id, bodies[body_id])
    return gazetteer


# ------------------------------------------------------------------------------------ what users may see


def can_see_unverified(user) -> bool:
    """Staff who enter or review figures see every status; partners see verified figures only."""
    return user.has_perm("tracker.change_displacementfigure")


def figures_visible_to(*, user) -> QuerySet[DisplacementFigure]:
    figures = DisplacementFigure.objects.all()
    return figures if can_see_unverified(user) else figures.filter(status=FigureStatus.VERIFIED)


def sources_visible_to(*, user) -> QuerySet[Source]:
    sources = Source.objects.select_related("publisher")
    if can_see_unverified(user):
        return sources
    return sources.filter(figures__status=FigureStatus.VERIFIED).distinct()


FIGURE_ROW_FIELDS = [
    "id", "value", "value_high", "qualifier", "unit", "household_size", "persons", "term", "category", "period_start",
    "period_end", "period_accuracy", "region", "reporting_body", "source", "event", "quote", "quote_start",
    "quote_end", "role", "status", "reviewed_at", "created_at", "updated_at", "cause", "hazard", "housing_destroyed",
]  # fmt: skip
FIGURE_ROW_JOINS = {
    "region_name": F("region__name"),
    "region_pcode": F("region__pcode"),
    "location_as_written": F("raw_location"),
    "reporting_body_name": F("reporting_body__name"),
    "source_url": F("source__url"),
}


def figure_rows(queryset: QuerySet[DisplacementFigure]) -> QuerySet:
    """Plain rows for lists and exports: one query with the joins, no model instances."""
    return queryset.values(*FIGURE_ROW_FIELDS, **FIGURE_ROW_JOINS)


# --------------------------------------------------------------------------------- totals (no double count)

_RELIABILITY_RANK = Case(
    When(reporting_body__reliability=Reliability.HIGH, then=Value(3)),
    When(reporting_body__reliability=Reliability.MEDIUM, then=Value(2)),
    When(reporting_body__reliability=Reliability.LOW, then=Value(1)),
    default=Value(0),
    output_field=IntegerField(),
)
_ROLE_RANK = Case(When(role=FigureRole.RECOMMENDED, then=Value(1)), default=Value(0), output_field=IntegerField())


@dataclass
class TotalRow:
    region: Region
    period_start: date
    period_end: date
    term: str
    category: str
    persons: int
    counted_figure: int | None  # None when the total is the sum of the sub-regions
    lowest: int
    highest: int
    reports: int
    sources: int  # reports that cite a source document
    sum_of_sub_regions: int | None


def _bucket_end(start: date, granularity: str) -> date:
    if granularity == "week":
        return start + timedelta(days=6)
    return start.replace(day=calendar.monthrange(start.year, start.month)[1])


def displacement_totals(
    *,
    category: str = Category.FLOW,
    granularity: str = "month",
    region: Region | None = None,
    level: str | None = None,
    terms: list[str] | None = None,
    start: date | None = None,
    end: date | None = None,
    targets: list[Region] | None = None,
) -> list[TotalRow]:
    """Persons displaced (flow) or still displaced (stock) per region and week or month, each counted once.

    The rule: verified figures only, placed in the week or month their period ends in. For one region, period and
    term, one figure counts: the recommended one, else the one from the most reliable body, then the most recent.
    A region with no figure of its own counts the sum of its sub-regions (recursively), so a governorate figure
    and its districts' figures are never added together. Lowest, highest and the number of reports stay visible.
    Two queries whatever the number of figures or regions.
    """
    figures = DisplacementFigure.objects.filter(
        status=FigureStatus.VERIFIED, category=category, region__isnull=False, persons__isnull=False
    )
    if region is not None:
        figures = figures.filter(region__path__startswith=region.path)
    if targets:
        within = Q()
        for target in targets:
            within |= Q(region__path__startswith=target.path)
        figures = figures.filter(within)
    if terms:
        figures = figures.filter(term__in=terms)
    if start:
        figures = figures.filter(period_end__gte=start)
    if end:
        figures = figures.filter(period_end__lte=end)
    figures = figures.annotate(bucket=Trunc("period_end", granularity))
    partition = [F("region_id"), F("bucket"), F("term")]
    picks = (
        figures.annotate(
            pick=Window(
                RowNumber(),
                partition_by=partition,
                order_by=[
                    _ROLE_RANK.desc(),
                    _RELIABILITY_RANK.desc(),
                    F("period_end").desc(),
                    F("updated_at").desc(),
                    F("id").desc(),
                ],
            ),
            lowest=Window(Min("persons"), partition_by=partition),
            highest=Window(Max("persons"), partition_by=partition),
            reports=Window(Count("id"), partition_by=partition),
            sources=Window(Count("source_id"), partition_by=partition),
        )
        .filter(pick=1)
        .values("region_id", "bucket", "term", "id", "persons", "lowest", "highest", "reports", "sources")
    )
    own: dict[tuple, dict] = {(p["region_id"], p["bucket"], p["term"]): {**p, "figure": p["id"]} for p in picks}
    return _roll_up(own=own, region=region, level=level, category=category, granularity=granularity, targets=targets)


def _roll_up(*, own, region, level, category, granularity, targets=None) -> list[TotalRow]:
    scope = Region.objects.filter(path__startswith=region.path) if region else Region.objects.all()
    regions = {r.pk: r for r in scope.only("id", "name", "pcode", "level", "parent_id", "path", "depth")}
    children: dict[int, list[int]] = {}
    for r in regions.values():
        children.setdefault(r.parent_id, []).append(r.pk)
    if targets:
        targets = [regions[t.pk] for t in targets if t.pk in regions]
    elif level:
        targets = [r for r in regions.values() if r.level == level]
    elif region is not None:
        targets = [region]
    else:
        targets = [r for r in regions.values() if r.parent_id is None]
    memo: dict[tuple, dict | None] = {}

    def children_sum(region_id, bucket, term):
        parts = [t for c in children.get(region_id, []) if (t := total(c, bucket, term)) is not None]
        if not parts:
            return None
        return {
            "persons": sum(p["persons"] for p in parts),
            "figure": None,
            "lowest": sum(p["lowest"] for p in parts),
            "highest": sum(p["highest"] for p in parts),
            "reports": sum(p["reports"] for p in parts),
            "sources": sum(p["sources"] for p in parts),
        }

    def total(region_id, bucket, term):
        k = (region_id, bucket, term)
        if k not in memo:
            memo[k] = own.get(k) or children_sum(region_id, bucket, term)
        return memo[k]

    rows = []
    for target in sorted(targets, key=lambda r: r.path):
        pairs = sorted({(b, t) for (rid, b, t) in own if rid in regions and regions[rid].path.startswith(target.path)})
        for bucket, term in pairs:
            found = total(target.pk, bucket, term)
            if found is None:
                continue
            below = children_sum(target.pk, bucket, term) if found.get("figure") else None
            day = bucket.date() if hasattr(bucket, "date") else bucket
            rows.append(
                TotalRow(
                    region=target,
                    period_start=day,
                    period_end=_bucket_end(day, granularity),
                    term=term,
                    category=category,
                    persons=found["persons"],
                    counted_figure=found.get("figure"),
                    lowest=found["lowest"],
                    highest=found["highest"],
                    reports=found["reports"],
                    sources=found["sources"],
                    sum_of_sub_regions=below["persons"] if below else None,
                )
            )
    return rows


# --------------------------------------------------------------------------- HAPI-shaped IDP stock rows

HAPI_LEVELS = {0: RegionLevel.COUNTRY, 1: RegionLevel.ADMIN1, 2: RegionLevel.ADMIN2}


def idp_stock_rows(*, scope: Region | None, admin_level: int | None) -> list[dict]:
    """IDPs still displaced per region and month, by the totals rule, as HDX HAPI's affected-people/idps shapes
    them: each row names its country, admin1 and admin2 (code and name) and its admin level."""
    levels = [admin_level] if admin_level is not None else sorted(HAPI_LEVELS)
    rows = []
    for level in levels:
        if scope is not None and scope.depth > level:
            continue
        rows += displacement_totals(
            category=Category.STOCK, granularity="month", region=scope,
            level=HAPI_LEVELS[level] if scope is None or scope.depth < level else None, terms=[Term.DISPLACED],
        )  # fmt: skip
    chains = _ancestor_chains({row.region for row in rows})
    out = []
    for row in rows:
        chain = chains[row.region.pk]
        level = HAPI_LEVELS_BY_NAME.get(row.region.level)
        if level is None:
            continue
        country, admin1, admin2 = (chain.get(HAPI_LEVELS[i]) for i in range(3))
        out.append({
            "location_code": country.pcode if country else "", "location_name": country.name if country else "",
            "admin1_code": admin1.pcode if admin1 else "", "admin1_name": admin1.name if admin1 else "",
            "admin2_code": admin2.pcode if admin2 else "", "admin2_name": admin2.name if admin2 else "",
            "admin_level": level, "population": row.persons,
            "reference_period_start": row.period_start, "reference_period_end": row.period_end,
            "figure": row.counted_figure,
        })  # fmt: skip
    out.sort(key=lambda r: (r["admin_level"], r["location_code"], r["admin1_code"], r["admin2_code"],
                            r["reference_period_start"]))  # fmt: skip
    return out


HAPI_LEVELS_BY_NAME = {name: number for number, name in HAPI_LEVELS.items()}


def _ancestor_chains(regions: set[Region]) -> dict[int, dict[str, Region]]:
    """For each region, itself and its ancestors by level: one query for all of them."""
    ids = {int(part) for r in regions for part in r.path.strip("/").split("/") if part}
    by_id = Region.objects.only("id", "name", "pcode", "level", "path").in_bulk(ids)
    return {
        r.pk: {by_id[int(part)].level: by_id[int(part)] for part in r.path.strip("/").split("/") if part}
        for r in regions
    }


# ------------------------------------------------------------------------------------------- review

PENDING_STATUSES = (FigureStatus.EXTRACTED, FigureStatus.IN_REVIEW)


def review_queue(*, feed=None, body=None, region=None, event=None) -> QuerySet[DisplacementFigure]:
    """Figures waiting for review, oldest first."""
    queue = DisplacementFigure.objects.filter(status__in=PENDING_STATUSES)
    if feed:
        queue = queue.filter(source__feed_items__feed=feed)
    if body:
        queue = queue.filter(reporting_body=body)
    if region:
        queue = queue.filter(region__path__startswith=region.path)
    if event:
        queue = queue.filter(event=event)
    return queue.select_related("region", "reporting_body", "source").order_by("created_at", "id").distinct()


def next_in_queue(*, after: DisplacementFigure, queue: QuerySet[DisplacementFigure]) -> DisplacementFigure | None:
    return queue.filter(Q(created_at__gt=after.created_at) | Q(created_at=after.created_at, id__gt=after.pk)).first()


def review_counts() -> dict[str, int]:
    counts = dict(
        DisplacementFigure.objects.filter(status__in=PENDING_STATUSES)
        .values_list("status")
        .annotate(n=Count("id"))
        .values_list("status", "n")
    )
    return {"extracted": counts.get(FigureStatus.EXTRACTED, 0), "in_review": counts.get(FigureStatus.IN_REVIEW, 0)}


@dataclass
class Conflict:
    region: Region
    month: date
    term: str
    kind: str  # "bodies disagree" or "sub-regions exceed"
    figures: list

    @property
    def key(self) -> str:
        """Stable id of the conflict on the page (an anchor to come back to)."""
        kind = "bodies" if self.kind == "bodies disagree" else "sub"
        return f"{self.region.pk}-{self.month:%Y-%m}-{self.term}-{kind}"

    @property
    def choices(self) -> list:
        """The figures a reviewer chooses from: the region's own (sub-regions' figures are shown for comparison)."""
        return [f for f in self.figures if f.region_id == self.region.pk]


def _resolved(own: list, everyone: list) -> bool:
    """A reviewer made one of the region's own figures recommended, and no figure of the conflict arrived since."""
    recommended = [f for f in own if f.role == FigureRole.RECOMMENDED]
    if len(recommended) != 1:
        return False
    return all(f.created_at <= recommended[0].updated_at for f in everyone)


def conflicts() -> list[Conflict]:
    """Regions and months where verified or pending figures for the same term disagree: different values from
    different bodies, or the sub-regions' figures adding up to more than the region's own. A conflict a reviewer
    resolved (one of the region's figures made recommended) leaves the list until a new figure joins it. Three
    queries."""
    statuses = (FigureStatus.VERIFIED, *PENDING_STATUSES)
    figures = list(
        DisplacementFigure.objects.filter(status__in=statuses, region__isnull=False, persons__isnull=False)
        .annotate(month=Trunc("period_end", "month"))
        .select_related("region", "reporting_body", "source")
        .order_by("region__path", "month", "term", "-persons")
    )
    groups: dict[tuple, list] = {}
    for figure in figures:
        groups.setdefault((figure.region_id, figure.month, figure.term), []).append(figure)
    found = []
    for (_, month, term), members in groups.items():
        values = {f.persons for f in members}
        bodies = {f.reporting_body_id for f in members}
        if len(values) > 1 and len(bodies) > 1 and not _resolved(members, members):
            found.append(Conflict(members[0].region, month, term, "bodies disagree", members))
    by_parent: dict[tuple, list[list]] = {}
    for (_, month, term), members in groups.items():
        by_parent.setdefault((members[0].region.parent_id, month, term), []).append(members)
    for (region_id, month, term), members in groups.items():
        region = members[0].region
        children = by_parent.get((region_id, month, term), [])
        below = sum(max(f.persons for f in g) for g in children)
        if children and below > max(f.persons for f in members):
            kids = [f for g in children for f in g]
            if not _resolved(members, members + kids):
                found.append(Conflict(region, month, term, "sub-regions exceed", members + kids))
    return found


def region_overview(*, region: Region, weeks: int = 26) -> dict:
    """What the region page shows: weekly verified totals (flow, stock), its figures, the bodies reporting."""
    figures = figures_in_region(region=region).select_related("region", "reporting_body", "source")
    series = {}
    for category in (Category.FLOW, Category.STOCK):
        rows = displacement_totals(category=category, granularity="week", region=region)
        weekly: dict[date, int] = {}
        for row in rows:
            weekly[row.period_start] = weekly.get(row.period_start, 0) + row.persons
        series[category] = sorted(weekly.items())[-weeks:]
    bodies = (
        ReportingBody.objects.filter(figures__region__path__startswith=region.path)
        .annotate(n=Count("figures"))
        .order_by("-n")
    )
    return {"series": series, "figures": figures.order_by("-period_end")[:200], "bodies": bodies}

"""Reads of the displacement domain. Every list here is a single query (no per-row lookups)."""

from decimal import Decimal

from django.db.models import Q, QuerySet

from tracker.models import DisplacementFigure, HouseholdSize, Region, ReportingBody
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


def figure_list() -> QuerySet[DisplacementFigure]:
    """Figures with everything a list shows, joined in the same query."""
    return DisplacementFigure.objects.select_related(
        "region", "reporting_body", "source", "event", "entered_by", "reviewed_by"
    )


def extraction_gazetteer():
    """Every region name and alias, and every body name, acronym and alias, for the extractor (four queries)."""
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

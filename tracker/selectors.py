"""Reads of the displacement domain. Every list here is a single query (no per-row lookups)."""

import calendar
import heapq
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal
from functools import cache

from django.core.exceptions import EmptyResultSet
from django.db import connection
from django.db.models import Case, Count, F, IntegerField, Max, Min, Q, QuerySet, Value, When, Window
from django.db.models.functions import RowNumber, Trunc

from extraction.candidates import Drop
from extraction.languages import extract as extract_in_language
from tracker.choices import (
    REGION_LEVEL_SHORT,
    Category,
    CommentState,
    FigureRole,
    FigureStatus,
    RegionLevel,
    Reliability,
    Term,
)
from tracker.fastrows import (
    FastValuesIterable,
    PlainShape,
    PreparedValuesIterable,
    fast_cursor,
    plain_shape,
    read_plain,
)
from tracker.models import (
    DisplacementFigure,
    FigureBreakdown,
    HouseholdSize,
    Region,
    RegionAlias,
    RegionShape,
    ReportingBody,
    ReportingBodyAlias,
    Source,
    StoryBand,
)
from tracker.stories import sql_array
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
    # two indexed equality lookups rather than an OR across a join, which would read the whole table
    ids = [*Region.objects.filter(name_key=key).values_list("id", flat=True)[:1000],
           *RegionAlias.objects.filter(name_key=key).values_list("region_id", flat=True)[:1000]]  # fmt: skip
    return Region.objects.filter(pk__in=ids).order_by("depth", "path")


def region_by_pcode(*, pcode: str) -> Region | None:
    return Region.objects.filter(pcode__iexact=pcode.strip()).first() if pcode.strip() else None


# ------------------------------------------------------------------------------------- finding places

SEARCH_CANDIDATES = 60  # per index; more than a picker shows: typing more narrows it


def search_regions(*, term: str, limit: int = 20, include_retired: bool = False) -> list[Region]:
    """Regions whose folded name or an alias starts with the folded term, or whose p-code starts with it.

    Three indexed prefix range scans (name, alias, p-code), each capped, so the time does not grow with the size
    of the gazetteer. Exact names first, then broader levels, then alphabetical.
    """
    key = name_key(term.replace("\x00", ""))[:200]
    if not key:
        return []
    code = term.strip().upper().replace("\x00", "")[:32]
    by_code = code.isalnum() and any(ch.isdigit() for ch in code)
    prefix = key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    region, alias = Region._meta.db_table, RegionAlias._meta.db_table  # names from the models, never from input
    sql = f"""
        SELECT r.id, max(CASE WHEN m.exact THEN 1 ELSE 0 END) FROM (
            (SELECT id, name_key = %(key)s AS exact FROM {region} WHERE name_key LIKE %(prefix)s
             ORDER BY name_key LIMIT {SEARCH_CANDIDATES})
            UNION ALL
            (SELECT region_id, name_key = %(key)s FROM {alias} WHERE name_key LIKE %(prefix)s
             ORDER BY name_key LIMIT {SEARCH_CANDIDATES})
            UNION ALL
            (SELECT id, pcode = %(code)s FROM {region} WHERE %(by_code)s AND pcode LIKE %(code_prefix)s
             ORDER BY pcode LIMIT 20)
        ) m JOIN {region} r ON r.id = m.id
        WHERE %(retired)s OR NOT r.retired
        GROUP BY r.id
    """  # noqa: S608
    params = {"key": key, "prefix": prefix, "code": code, "by_code": by_code, "retired": include_retired,
              "code_prefix": code.replace("%", "").replace("_", "\\_") + "%"}  # fmt: skip
    if connection.vendor == "postgresql":  # one round trip
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            exact = dict(cursor.fetchall())
    else:  # the embedded SQLite default: the same scans, one query each
        exact = {}
        scans = [
            Region.objects.filter(name_key__startswith=key).order_by("name_key").values_list("id", "name_key"),
            RegionAlias.objects.filter(name_key__startswith=key).order_by("name_key").values_list("region_id",
                                                                                                  "name_key"),
        ]  # fmt: skip
        for scan in scans:
            for pk, found in scan[:SEARCH_CANDIDATES]:
                exact[pk] = exact.get(pk) or found == key
        if by_code:
            for pk, pcode in Region.objects.filter(pcode__startswith=code).values_list("id", "pcode")[:20]:
                exact[pk] = exact.get(pk) or pcode == code
    regions = Region.objects.filter(pk__in=exact)
    if not include_retired:
        regions = regions.filter(retired=False)
    return sorted(regions, key=lambda r: (not exact[r.pk], r.depth, r.name_key, r.pk))[:limit]


def region_labels(regions) -> dict[int, str]:
    """'Ariha — town, Ariha › Idleb' for each region: name, level, then its parents nearest first (the country
    only when it is the sole parent). One query for all the ancestors."""
    regions = list(regions)
    wanted = {pk for r in regions for pk in ancestor_ids(r)[:-1]}
    names = dict(Region.objects.filter(pk__in=wanted).values_list("id", "name")) if wanted else {}
    labels = {}
    for region in regions:
        parents = [names[pk] for pk in reversed(ancestor_ids(region)[:-1]) if pk in names]
        if len(parents) > 1:
            parents = parents[:-1]
        label = f"{region.name} — {REGION_LEVEL_SHORT.get(region.level, region.level)}"
        if parents:
            label += ", " + " › ".join(parents)
        if region.pcode:
            label += f" ({region.pcode})"
        if region.retired:
            label += " [retired]"
        labels[region.pk] = label
    return labels


class RegionLookupError(ValueError):
    """A region reference that names no region, or several; `candidates` lists the several."""

    def __init__(self, message: str, candidates: list[dict] | None = None):
        super().__init__(message)
        self.candidates = candidates or []


def resolve_region(*, value: str) -> Region:
    """The region a p-code, an id or an unambiguous name or alias names (case, diacritics, Arabic spellings
    and the article ignored). Raises RegionLookupError listing the candidates when a name is ambiguous."""
    value = (value or "").strip()
    if not value:
        raise RegionLookupError("No region given.")
    if "\x00" in value or len(value) > 200:
        raise RegionLookupError("Not a p-code, id or place name.")
    if value.isascii() and value.isdigit():
        region = Region.objects.filter(pk=int(value)).first()
        if region is None:
            raise RegionLookupError(f"No region with id {value}.")
        return region
    region = Region.objects.filter(pcode=value.upper()).first() or region_by_pcode(pcode=value)
    if region is not None:
        return region
    matches = list(regions_matching_name(name=value)[:21])
    if not matches:
        raise RegionLookupError(f"No region with p-code, id, name or alias {value!r}.")
    current = [r for r in matches if not r.retired] or matches
    if len(current) == 1:
        return current[0]
    labels = region_labels(current[:20])
    candidates = [{"id": r.pk, "pcode": r.pcode, "label": labels[r.pk]} for r in current[:20]]
    raise RegionLookupError(
        f"{value!r} names {len(current) if len(current) <= 20 else 'more than 20'} regions: give a p-code or id. "
        + "; ".join(f"{c['label']} = id {c['id']}" for c in candidates),
        candidates,
    )


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


def open_comments(*, figure) -> list[tuple[str, str]]:
    """The figure's unresolved review comments, as (field, text); each blocks its verification."""
    if not figure.pk:
        return []
    return list(figure.comments.filter(state=CommentState.OPEN).order_by("created_at").values_list("field", "text"))


class HouseholdSizes:
    """The household sizes of regions' countries, read in one query for many figures (a batch of documents) and
    then answered without one: `for_region` gives what household_size_for gives."""

    def __init__(self):
        self._by_place: dict[int, list[tuple[int, Decimal]]] = {}  # a region id -> its (year, size) rows
        self._read: set[int] = set()

    def load(self, regions: Iterable[Region]) -> None:
        """Read the rows of every ancestor of these regions not read yet (one query, none when all are)."""
        wanted = {place for region in regions for place in ancestor_ids(region)} - self._read
        if not wanted:
            return
        for place, year, size in HouseholdSize.objects.filter(country_id__in=wanted).values_list(
            "country_id", "year", "size"
        ):
            self._by_place.setdefault(place, []).append((year, size))
        self._read |= wanted

    def for_region(self, region: Region, year: int) -> Decimal | None:
        """The size for the year or the latest year before it; failing that, the earliest year known."""
        self.load([region])
        rows = [row for place in ancestor_ids(region) for row in self._by_place.get(place, ())]
        before = [row for row in rows if row[0] <= year]
        if before:
            return max(before)[1]
        return min(rows)[1] if rows else None


def household_size_for(*, region: Region, year: int) -> Decimal | None:
    """The household size of the region's country for the year (or the latest year before it; failing that, the
    earliest year known). One query."""
    return HouseholdSizes().for_region(region, year)


_GAZETTEER_CACHE: dict = {}


def _gazetteer_version() -> tuple:
    """One round trip that changes whenever a region, body or alias is added, changed or removed."""
    from django.db import connection

    from tracker.models import ReportingBodyAlias

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
    from extraction import Gazetteer, Place
    from extraction.world import world_names
    from tracker.models import RegionAlias, ReportingBodyAlias

    gazetteer = Gazetteer(world=world_names())
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


def _minimal(paths) -> tuple[str, ...]:
    """The paths, without those inside another one (their subtrees are covered already), sorted."""
    out: list[str] = []
    for path in sorted(set(paths)):
        if not any(path.startswith(kept) for kept in out):
            out.append(path)
    return tuple(out)


@dataclass(frozen=True)
class RegionScope:
    """Where someone may see and change figures: every place (`paths` None), or the subtrees of some regions
    (their materialized paths; empty: nowhere). A figure without a region is reachable only from everywhere."""

    paths: tuple[str, ...] | None

    @property
    def everywhere(self) -> bool:
        return self.paths is None

    def q(self, prefix: str = "region__") -> Q:
        """The filter for a queryset whose region is reached through `prefix` ("" on Region itself)."""
        if self.paths is None:
            return Q()
        if not self.paths:
            return Q(pk__in=[])
        within = Q()
        for path in self.paths:
            within |= Q(**{f"{prefix}path__startswith": path})
        return within

    def filter(self, queryset: QuerySet, prefix: str = "region__") -> QuerySet:
        return queryset if self.paths is None else queryset.filter(self.q(prefix))

    def allows(self, region: Region | None) -> bool:
        if self.paths is None:
            return True
        return region is not None and any(region.path.startswith(path) for path in self.paths)

    def narrowed(self, paths) -> "RegionScope":
        """This scope limited to the subtrees of `paths` (a regional API token): the places in both."""
        paths = _minimal(paths)
        if self.paths is None:
            return RegionScope(paths)
        both = [p for p in self.paths if any(p.startswith(q) for q in paths)]
        both += [q for q in paths if any(q.startswith(p) for p in self.paths)]
        return RegionScope(_minimal(both))


EVERYWHERE = RegionScope(None)
NOWHERE = RegionScope(())


def region_scope(*, user, token_regions=None) -> RegionScope:
    """Where the user may see and change figures. The one place that decides it:

    - the system (no user), superusers and members of a global team: everywhere;
    - members of teams: their teams' regions' subtrees;
    - editors and reviewers in no team: nowhere (the safe default: an administrator adds them to a team);
    - partners in no team: everywhere (they see verified figures only).

    `token_regions`: the regions an API token is limited to (none given: no limit); the answer is then the
    places both allow. One query per user and request (kept on the user object)."""
    scope = _user_scope(user)
    regions = list(token_regions or [])
    return scope.narrowed(r.path for r in regions) if regions else scope


def _user_scope(user) -> RegionScope:
    if user is None:
        return EVERYWHERE
    if not user.is_authenticated or not user.is_active:
        return NOWHERE
    if user.is_superuser:
        return EVERYWHERE
    cached = getattr(user, "_region_scope", None)
    if cached is not None:
        return cached
    from tracker.models import Team

    rows = list(Team.objects.filter(members=user).values_list("is_global", "regions__path"))
    return prime_region_scope(user, team_rows=rows)


def prime_region_scope(user, *, team_rows) -> RegionScope:
    """The user's scope from their teams' rows, (is_global, region path or None) per team and region, read by
    the caller with other things (the API's token query); kept on the user object for the rest of the request."""
    rows = list(team_rows)
    if any(is_global for is_global, _ in rows):
        scope = EVERYWHERE
    elif rows:
        scope = RegionScope(_minimal(path for _, path in rows if path))
    else:
        scope = NOWHERE if can_see_unverified(user) else EVERYWHERE
    user._region_scope = scope
    return scope


def figures_visible_to(*, user, scope: RegionScope | None = None, queryset=None) -> QuerySet[DisplacementFigure]:
    """The figures the user may see: their scope's (region_scope), and verified ones only for partners.
    `scope` when the caller has one already (an API request's, with its token's limit)."""
    figures = DisplacementFigure.objects.all() if queryset is None else queryset
    figures = (scope or region_scope(user=user)).filter(figures)
    return figures if user is None or can_see_unverified(user) else figures.filter(status=FigureStatus.VERIFIED)


def regions_writable_by(*, user) -> QuerySet[Region]:
    """The regions whose figures the user may enter and change (the figure's region pickers offer these)."""
    return region_scope(user=user).filter(Region.objects.all(), prefix="")


def sources_visible_to(*, user, scope: RegionScope | None = None) -> QuerySet[Source]:
    """Staff see every document (a document is not a figure; its figures are scoped); partners see the documents
    behind the verified figures they may see."""
    sources = Source.objects.select_related("publisher")
    if can_see_unverified(user):
        return sources
    behind = figures_visible_to(user=user, scope=scope).values("source_id")
    return sources.filter(pk__in=behind)


FIGURE_ROW_FIELDS = [
    "id", "value", "value_high", "qualifier", "unit", "household_size", "persons", "term", "category", "period_start",
    "period_end", "period_accuracy", "region", "reporting_body", "source", "event", "quote", "quote_start",
    "quote_end", "role", "status", "reviewed_at", "created_at", "updated_at", "cause", "hazard", "housing_destroyed",
]  # fmt: skip
FIGURE_ROW_RENAMED = {
    "location_as_written": F("raw_location"),
    "reporting_body_as_written": F("raw_reporting_body"),
}
# What a row names through its foreign keys, added by with_names_and_breakdown (not joined in the rows' statement:
# three joins tripled the time PostgreSQL took to plan a filtered page, 1.2 ms of a 1.5 ms query at 1M figures).
FIGURE_ROW_NAMES = {
    "region": (Region, {"region_name": "name", "region_pcode": "pcode"}),
    "reporting_body": (ReportingBody, {"reporting_body_name": "name"}),
    "source": (Source, {"source_url": "url"}),
}


def numbers_in_quote(quote: str) -> set[int]:
    """Every number the extractor reads in a quote (any language): the figures it finds (and their ranges' high
    ends) and the quantities it lets go (dates, deaths, money…)."""
    dropped: list[Drop] = []
    found = extract_in_language(quote[:2000], trace=dropped)
    return {c.value for c in found} | {c.value_high for c in found if c.value_high} | {d.value for d in dropped}


def value_missing_from_quote(figure: DisplacementFigure, quote: str) -> list[int] | None:
    """The numbers the quote does state, when none of them is the figure's value (or its range's high end): the
    figure was changed away from what its source says, or the quote was cut wrong. None when they agree, or when
    the quote states no number at all (a table row, a figure entered by hand with a sentence of context)."""
    if not quote or figure.value is None:
        return None
    numbers = numbers_in_quote(quote)
    if not numbers or figure.value in numbers or (figure.value_high and figure.value_high in numbers):
        return None
    return sorted(numbers)


def figure_rows(queryset: QuerySet[DisplacementFigure], *, prepared: bool = False) -> QuerySet:
    """Plain rows for lists and exports: one query of the figures' own columns, no model instances, read through
    tracker.fastrows (timestamps parsed in C); with_names_and_breakdown completes them. `prepared` for a shape
    whose plan does not depend on its values (one figure by id, an unfiltered page): the statement is then planned
    once per connection."""
    return read_prepared(queryset.values(*FIGURE_ROW_FIELDS, **FIGURE_ROW_RENAMED), prepared=prepared)


def read_prepared(rows: QuerySet, *, prepared: bool) -> QuerySet:
    """A `.values()` queryset read through tracker.fastrows, its statement prepared or not (the choice is kept
    by every later filter, order_by and slice)."""
    rows._iterable_class = PreparedValuesIterable if prepared else FastValuesIterable
    return rows


@cache
def _all_figure_rows() -> QuerySet:
    return figure_rows(DisplacementFigure.objects.all())


def all_figure_rows() -> QuerySet:
    """figure_rows() of every figure, to filter further (the API's list and detail): the same rows, without
    resolving the 33 columns and their joins again on each request (made once, then copied)."""
    return _all_figure_rows().all()


_ID_PLACEHOLDER = -(2**62) - 7919  # compiled in place of the id, then swapped for it: never a figure's id
MAX_ID = 2**63 - 1  # the largest id a bigint primary key holds: a larger one names no row
_ROW_BY_ID: dict[tuple, tuple[PlainShape, int] | None] = {}  # per kind of reader; None: they can see nothing


def visible_figure_row(*, user, scope: RegionScope, pk: int) -> dict | None:
    """One figure's plain row (figure_rows), or None when there is none the user may see within `scope`.

    The statement is compiled once per kind of reader (their scope's paths, whether they see unverified figures)
    and kept for the process: compiling the row's columns cost the ORM more than running the query (0.3 ms of a
    2.4 ms request); the id goes in as the statement's one varying parameter."""
    if not 0 < pk <= MAX_ID:
        return None
    key = (scope.paths, can_see_unverified(user))
    if key not in _ROW_BY_ID:
        visible = figures_visible_to(user=user, scope=scope, queryset=all_figure_rows())
        try:
            shape = plain_shape(visible.filter(pk=_ID_PLACEHOLDER))
        except EmptyResultSet:  # a scope that reaches nowhere
            compiled = None
        else:
            at = [i for i, value in enumerate(shape.params) if value == _ID_PLACEHOLDER] if shape else []
            if len(at) != 1:  # not the plain shape (SQLite's rows need converters): the ORM's read, uncached
                return read_prepared(visible.filter(pk=pk), prepared=False).first()
            compiled = (shape, at[0])
        if len(_ROW_BY_ID) < 512:  # kinds of readers are few (a scope per team); never grow without bound
            _ROW_BY_ID[key] = compiled
    else:
        compiled = _ROW_BY_ID[key]
    if compiled is None:
        return None
    shape, at = compiled
    params = list(shape.params)
    params[at] = pk
    found = read_plain(replace(shape, params=tuple(params)), prepare=scope.everywhere)
    return found[0] if found else None


BREAKDOWN_FIELDS = ["sex", "age_from", "age_to", "group", "count", "share", "qualifier"]


def with_names_and_breakdown(rows: list[dict]) -> list[dict]:
    """The rows (figure_rows), each completed with what its foreign keys name (region name and p-code, reporting
    body, source URL) and its `breakdown` (a list of parts, possibly empty): one statement for all the rows, one
    text whatever their number (prepared once per connection)."""
    by_figure: dict[int, list[dict]] = {row["id"]: [] for row in rows}
    if not by_figure:
        return rows
    keys = [sorted({row[field] for row in rows if row[field] is not None}) for field in FIGURE_ROW_NAMES]
    names: list[dict[int, list]] = [{} for _ in FIGURE_ROW_NAMES]
    if connection.vendor == "postgresql":
        with fast_cursor() as cursor:
            cursor.execute(_COMPLETION_SQL, [list(by_figure), *keys])
            found = cursor.fetchall()
        width = len(BREAKDOWN_FIELDS)
        for kind, key, _order, *values in found:
            if kind:
                names[kind - 1][key] = values[width:]
            else:
                by_figure[key].append(dict(zip(BREAKDOWN_FIELDS, values[:width], strict=True)))
    else:  # SQLite (run_dev): no arrays
        parts = FigureBreakdown.objects.filter(figure_id__in=list(by_figure)).order_by("figure_id", "id")
        for figure_id, *values in parts.values_list("figure_id", *BREAKDOWN_FIELDS):
            by_figure[figure_id].append(dict(zip(BREAKDOWN_FIELDS, values, strict=True)))
        for found, ids, (model, columns) in zip(names, keys, FIGURE_ROW_NAMES.values(), strict=True):
            named = model.objects.filter(pk__in=ids).values_list("pk", *columns.values())
            found.update((pk, values) for pk, *values in named)
    for field, found, (_model, columns) in zip(FIGURE_ROW_NAMES, names, FIGURE_ROW_NAMES.values(), strict=True):
        nothing = [None] * len(columns)
        for row in rows:
            row.update(zip(columns, found.get(row[field], nothing), strict=False))
    for row in rows:
        row["breakdown"] = by_figure[row["id"]]
    return rows


def _completion_sql() -> str:
    """One statement for a page's breakdown parts (kind 0, in the figures' and then the parts' order) and what its
    foreign keys name (kind 1, 2, 3: FIGURE_ROW_NAMES in order), each branch read by ids (an array parameter).
    Columns: kind, figure or named row's id, order, the part's fields, the names (padded with NULLs)."""
    part = FigureBreakdown._meta
    width = max(len(columns) for _model, columns in FIGURE_ROW_NAMES.values())
    fields = ", ".join(f'"{part.get_field(name).column}"' for name in BREAKDOWN_FIELDS)
    figure = part.get_field("figure").column
    branches = [
        f'SELECT 0, "{figure}", "{part.pk.column}", {fields}, {", ".join(["NULL::text"] * width)} '  # noqa: S608
        f'FROM "{part.db_table}" WHERE "{figure}" = ANY(%s)'
    ]
    no_part = ", ".join(["NULL"] * len(BREAKDOWN_FIELDS))
    for kind, (model, columns) in enumerate(FIGURE_ROW_NAMES.values(), 1):
        meta = model._meta
        named = [f'"{meta.get_field(name).column}"' for name in columns.values()] + ["NULL"] * (width - len(columns))
        branches.append(
            f'SELECT {kind}, "{meta.pk.column}", 0, {no_part}, {", ".join(named)} '  # noqa: S608
            f'FROM "{meta.db_table}" WHERE "{meta.pk.column}" = ANY(%s)'
        )
    # names from the models' metadata; the values (four arrays of ids) are parameters
    return " UNION ALL ".join(branches) + " ORDER BY 1, 2, 3"


_COMPLETION_SQL = _completion_sql()


def rows_with_names_and_breakdown(rows, *, chunk: int = 2000):
    """A stream of figure rows, each completed (with_names_and_breakdown): one round trip per `chunk` rows,
    never one per row."""
    batch: list[dict] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= chunk:
            yield from with_names_and_breakdown(batch)
            batch = []
    if batch:
        yield from with_names_and_breakdown(batch)


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
    counted_figure: int | None  # the region's own figure; None when the total is the sum of the sub-regions
    lowest: int
    highest: int
    reports: int
    sources: int  # reports that cite a source document
    sum_of_sub_regions: int | None  # the sub-regions' total: the number itself when basis is "sub_regions"
    basis: str = "own_figure"  # "own_figure" or "sub_regions": where the number comes from
    figures: tuple[int, ...] = ()  # the verified figures the number counts (one, or one per sub-region part)
    parts: dict[str, int] | None = None  # sub_regions: each direct sub-region reporting → its persons


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
    reach: RegionScope | None = None,
) -> list[TotalRow]:
    """Persons displaced (flow) or still displaced (stock) per region and week or month, each counted once.

    The rule: verified figures only, placed in the week or month their period ends in. For one region, period and
    term, one figure counts: the recommended one, else the one from the most reliable body, then the most recent.
    A region with no figure of its own counts the sum of its sub-regions (recursively), so a governorate figure
    and its districts' figures are never added together. Lowest, highest and the number of reports stay visible.
    Two queries whatever the number of figures or regions. `reach`: only the figures of that region scope count.
    """
    figures = DisplacementFigure.objects.filter(
        status=FigureStatus.VERIFIED, category=category, region__isnull=False, persons__isnull=False
    )
    if reach is not None:
        figures = reach.filter(figures)
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
    own: dict[tuple, dict] = {
        (p["region_id"], p["bucket"], p["term"]): {**p, "figure": p["id"], "figures": (p["id"],)} for p in picks
    }
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
        named = [(c, t) for c in children.get(region_id, []) if (t := total(c, bucket, term)) is not None]
        if not named:
            return None
        parts = [t for _, t in named]
        return {
            "parts": {regions[c].name: t["persons"] for c, t in named},
            "persons": sum(p["persons"] for p in parts),
            "figure": None,
            "lowest": sum(p["lowest"] for p in parts),
            "highest": sum(p["highest"] for p in parts),
            "reports": sum(p["reports"] for p in parts),
            "sources": sum(p["sources"] for p in parts),
            "figures": tuple(f for p in parts for f in p["figures"]),
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
            own_figure = found.get("figure") is not None
            below = children_sum(target.pk, bucket, term) if own_figure else found
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
                    basis="own_figure" if own_figure else "sub_regions",
                    figures=found["figures"],
                    parts=None if own_figure else found["parts"],
                )
            )
    return rows


@dataclass
class PeriodTotal:
    """A region's total for one period, over the terms asked for; `parts` as in TotalRow (None: an own figure)."""

    persons: int
    parts: dict[str, int] | None


def sum_over_terms(rows: list[TotalRow]) -> dict[tuple[int, date], PeriodTotal]:
    """displacement_totals rows summed over terms: (region id, period start) → PeriodTotal."""
    from tracker.readings import add_parts

    out: dict[tuple[int, date], PeriodTotal] = {}
    for row in rows:
        key = (row.region.pk, row.period_start)
        if key in out:
            out[key].persons += row.persons
            out[key].parts = add_parts(out[key].parts, row.parts)
        else:
            out[key] = PeriodTotal(row.persons, dict(row.parts) if row.parts is not None else None)
    return out


def compare_totals(now: "PeriodTotal | None", before: "PeriodTotal | None", *, period: str = "week"):
    """tracker.readings.compare on two PeriodTotals (either may be None: no report)."""
    from tracker.readings import compare

    return compare(now.persons if now else None, before.persons if before else None, period=period,
                   now_parts=now.parts if now else None, before_parts=before.parts if before else None)  # fmt: skip


def previous_period_start(start: date, granularity: str) -> date:
    if granularity == "week":
        return start - timedelta(days=7)
    return (start.replace(day=1) - timedelta(days=1)).replace(day=1)


def totals_with_changes(*, granularity: str = "month", start: date | None = None, **query) -> list[tuple]:
    """displacement_totals rows, each with its tracker.readings.Change against the period before for the same
    region and term (that period is read even when it lies before `start`, so the first row is honest too):
    a change only where both periods have a figure, else "new"."""
    from tracker.readings import compare

    reach = previous_period_start(start, granularity) if start else None
    rows = displacement_totals(granularity=granularity, start=reach, **query)
    by_key = {(r.region.pk, r.term, r.period_start): r for r in rows}
    out = []
    for row in rows:
        if start and row.period_end < start:
            continue
        before = by_key.get((row.region.pk, row.term, previous_period_start(row.period_start, granularity)))
        change = compare(row.persons, before.persons if before else None, period=granularity, now_parts=row.parts,
                         before_parts=before.parts if before else None)  # fmt: skip
        out.append((row, change))
    return out


# --------------------------------------------------------------------------- HAPI-shaped IDP stock rows

HAPI_LEVELS = {0: RegionLevel.COUNTRY, 1: RegionLevel.ADMIN1, 2: RegionLevel.ADMIN2}


def idp_stock_rows(*, scope: Region | None, admin_level: int | None, reach: RegionScope | None = None) -> list[dict]:
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
            reach=reach,
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


def waiting_for_review(*, reach: RegionScope | None = None) -> QuerySet[DisplacementFigure]:
    """The figures waiting for review (extracted candidates and figures sent to review), all of them or those within
    a reach: what the dashboard's backlog and the demo's start-up line count, so that the two never disagree."""
    waiting = DisplacementFigure.objects.filter(status__in=PENDING_STATUSES)
    return reach.filter(waiting) if reach is not None else waiting


def review_queue(
    *, user, feed=None, body=None, body_as_written: str = "", region=None, event=None
) -> QuerySet[DisplacementFigure]:
    """Figures waiting for review in the user's scope, oldest first. `body_as_written`: only the figures no reporting
    body matches yet whose body, as the source wrote it, is this text (one of `queue_bodies_as_written`)."""
    queue = figures_visible_to(user=user).filter(status__in=PENDING_STATUSES)
    if feed:
        queue = queue.filter(source__feed_items__feed=feed)
    if body:
        queue = queue.filter(reporting_body=body)
    if body_as_written:
        queue = queue.filter(reporting_body__isnull=True, raw_reporting_body=body_as_written)
    if region:
        queue = queue.filter(region__path__startswith=region.path)
    if event:
        queue = queue.filter(event=event)
    return queue.select_related("region", "reporting_body", "source").order_by("created_at", "id").distinct()


def queue_bodies_as_written(*, user) -> list[str]:
    """The bodies as written of the figures waiting for review in the user's scope that no reporting body matches
    yet, each once, A–Z (one query): the review queue filters by them beside the tracker's bodies."""
    waiting = figures_visible_to(user=user).filter(status__in=PENDING_STATUSES, reporting_body__isnull=True)
    written = waiting.exclude(raw_reporting_body="").values_list("raw_reporting_body", flat=True)
    return list(written.order_by("raw_reporting_body").distinct())


def next_in_queue(
    *, after: DisplacementFigure, queue: QuerySet[DisplacementFigure], skipped: Iterable[int] = ()
) -> DisplacementFigure | None:
    """The next figure waiting after this one in the queue's order, leaving out the ones the reviewer skipped in
    this pass; past the end, the oldest not yet seen (one the reviewer began after). Never this one, never a
    skipped one: None once every figure waiting was acted on or skipped, so a pass through the queue ends."""
    unseen = queue.exclude(pk__in=[after.pk, *skipped])
    later = unseen.filter(Q(created_at__gt=after.created_at) | Q(created_at=after.created_at, id__gt=after.pk))
    return later.first() or unseen.first()


def review_counts(*, user) -> dict[str, int]:
    counts = dict(
        figures_visible_to(user=user)
        .filter(status__in=PENDING_STATUSES)
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


def conflicts(*, user=None) -> list[Conflict]:
    """Regions and months where verified or pending figures for the same term disagree: different values from
    different bodies, or the sub-regions' figures adding up to more than the region's own. A conflict a reviewer
    resolved (one of the region's figures made recommended) leaves the list until a new figure joins it. Three
    queries. Only the figures in the user's scope take part (user None: every figure)."""
    statuses = (FigureStatus.VERIFIED, *PENDING_STATUSES)
    figures = list(
        figures_visible_to(user=user)
        .filter(status__in=statuses, region__isnull=False, persons__isnull=False)
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


def region_overview(*, region: Region, weeks: int = 26, user=None) -> dict:
    """What the region page shows: weekly verified totals (flow, stock) over the weeks up to the latest report
    (None for a week without a report: a gap, never a zero), each week read against the one before with
    tracker.readings.compare, its figures and the bodies reporting."""
    from tracker.readings import weekly_series

    reach = region_scope(user=user)
    figures = figures_in_region(region=region, queryset=figures_visible_to(user=user, scope=reach))
    figures = figures.select_related("region", "reporting_body", "source")
    series, weekly_rows = {}, {}
    for category in (Category.FLOW, Category.STOCK):
        totals = sum_over_terms(displacement_totals(category=category, granularity="week", region=region,
                                                    reach=reach))  # fmt: skip
        weekly = {monday: total for (_, monday), total in totals.items()}
        if not weekly:
            series[category], weekly_rows[category] = [], []
            continue
        last = max(weekly)
        first = max(min(weekly), last - timedelta(weeks=weeks - 1))
        points = weekly_series({m: t.persons for m, t in weekly.items()}, first_monday=first,
                               weeks=(last - first).days // 7 + 1)  # fmt: skip
        series[category] = points
        weekly_rows[category] = [
            {"monday": monday, "persons": value,
             "change": compare_totals(weekly.get(monday), weekly.get(monday - timedelta(weeks=1)))}
            for monday, value in reversed(points)
        ]  # fmt: skip
    bodies = ReportingBody.objects.filter(figures__in=figures.values("pk")).annotate(n=Count("figures")).order_by("-n")
    return {"series": series, "weeks": weekly_rows, "figures": figures.order_by("-period_end")[:200],
            "bodies": bodies}  # fmt: skip


# ------------------------------------------------------------------------------------------------ map

MAP_DEFAULT_TERMS = [t for t in Term.values if t != Term.RETURNED]


@dataclass
class MapRow:
    region: Region
    persons: int | None  # None: no verified figure in the period (which is not zero)
    reports: int
    months: int  # months with a total
    geometry: dict | None


def map_totals(
    *,
    region: Region | None = None,
    level: str | None = None,
    category: str = Category.FLOW,
    terms: list[str] | None = None,
    start: date | None = None,
    end: date | None = None,
    reach: RegionScope | None = None,
) -> list[MapRow]:
    """What a map shades: one row per region of `level` inside `region` (default: the region's own sub-regions,
    or the top-level regions' when no region is given), with persons in the period counted by the totals rule
    (each region, month and term once; a region without its own figure counts its sub-regions). Flow adds the
    months up; stock is the latest month's total (it holds until a newer one). Terms default to every term but
    returns, added together. A region with no verified figure gets None, never 0. Retired regions are left out
    unless they have figures."""
    scope = Region.objects.filter(path__startswith=region.path) if region else Region.objects.all()
    if level:
        targets = list(scope.filter(level=level).order_by("path"))
    elif region is not None:
        targets = list(Region.objects.filter(parent=region).order_by("path")) or [region]
    else:
        targets = list(Region.objects.filter(parent__in=Region.objects.filter(parent__isnull=True)).order_by("path"))
    rows = displacement_totals(category=category, granularity="month", region=region, terms=terms or MAP_DEFAULT_TERMS,
                               start=start, end=end, targets=targets, reach=reach) if targets else []  # fmt: skip
    per_region: dict[int, dict[date, list]] = {}
    for row in rows:
        month = per_region.setdefault(row.region.pk, {}).setdefault(row.period_start, [0, 0])
        month[0] += row.persons
        month[1] += row.reports
    shapes = dict(RegionShape.objects.filter(region__in=targets).values_list("region_id", "geometry"))
    out = []
    for target in targets:
        months = per_region.get(target.pk)
        if not months:
            if target.retired:
                continue
            out.append(MapRow(target, None, 0, 0, shapes.get(target.pk)))
            continue
        if category == Category.STOCK:
            persons, reports = months[max(months)]
        else:
            persons, reports = sum(m[0] for m in months.values()), sum(m[1] for m in months.values())
        out.append(MapRow(target, persons, reports, len(months), shapes.get(target.pk)))
    return out


def story_candidates(*, band_hashes: list[int], exclude_id: int | None = None, limit: int = 5) -> list[Source]:
    """Documents sharing at least one LSH band with a text (tracker/stories.py), most bands shared first: one query
    on the indexed band hashes, however many documents are stored."""
    candidates = (
        Source.objects.filter(story_bands__band_hash__in=band_hashes)
        .exclude(pk=exclude_id)
        .annotate(shared=Count("story_bands"))
        .order_by("-shared", "pk")
        .only("id", "text", "story_id")
    )
    return list(candidates[:limit])


# A band shared by more documents than this (a story retold a thousand times, a publisher's boilerplate) is read
# for its first ones only (oldest first: a story's first documents), so that linking stays flat in table size.
PER_BAND = 20


def story_candidates_of_many(
    *, band_hashes: dict[int, list[int]], exclude_ids: Iterable[int] = (), limit: int = 5
) -> dict[int, list[tuple[int, int]]]:
    """story_candidates for many texts at once, in one query: for each key of `band_hashes` (a text's bands), the
    stored documents sharing at least one band with it, as (document id, bands shared), most shared first, at most
    `limit` each; the `exclude_ids` documents are never candidates. Each band contributes its PER_BAND oldest
    documents at most."""
    hashes = [band for bands in band_hashes.values() for band in dict.fromkeys(bands)]
    found: dict[int, list[tuple[int, int]]] = {key: [] for key in band_hashes}
    if not hashes:
        return found
    excluded = sorted(set(exclude_ids))
    if connection.vendor != "postgresql":
        for key, bands in band_hashes.items():
            shared = (
                StoryBand.objects.filter(band_hash__in=bands)
                .exclude(source_id__in=excluded)
                .values("source_id")
                .annotate(shared=Count("id"))
                .order_by("-shared", "source_id")
            )
            found[key] = [(row["source_id"], row["shared"]) for row in shared[:limit]]
        return found
    # Each distinct band's first PER_BAND documents, on the (band_hash, source) index alone; the bands shared are
    # counted here (a GROUP BY, sort and window over the same rows cost PostgreSQL about three times as much).
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT d.band_hash, hit.source_id FROM unnest(%s::bigint[]) AS d(band_hash) CROSS JOIN LATERAL ("  # noqa: S608
            f" SELECT s.source_id FROM {StoryBand._meta.db_table} AS s"
            "  WHERE s.band_hash = d.band_hash AND NOT (s.source_id = ANY(%s::bigint[]))"
            "  ORDER BY s.source_id LIMIT %s) AS hit",
            [sql_array(sorted(set(hashes))), sql_array(excluded), PER_BAND],
        )
        documents_of: dict[int, list[int]] = {}
        for band, source_id in cursor.fetchall():
            documents_of.setdefault(band, []).append(source_id)
    for key, bands in band_hashes.items():
        shared = Counter(source_id for band in dict.fromkeys(bands) for source_id in documents_of.get(band, ()))
        found[key] = heapq.nsmallest(limit, shared.items(), key=lambda entry: (-entry[1], entry[0]))
    return found


def story_figures(*, source: Source) -> list[DisplacementFigure]:
    """The figures of the other documents of a document's story (none when it belongs to no story)."""
    if source.story_id is None:
        return []
    figures = DisplacementFigure.objects.filter(source__story_id=source.story_id).exclude(source=source)
    return list(figures.select_related("region").order_by("id"))


def figures_of_stories(*, story_ids, values=None, exclude_source_ids=()) -> dict[int, list[dict]]:
    """story_figures for many stories at once, as far as a restatement can match them (services._figure_of_story):
    by story id, each story's figures as rows (id, value, unit, term, region_id, region_path, source_id), in id
    order, in one query; the first of each (value, unit, term, place) only, since a later one stating the same can
    never be the one matched; only those stating one of `values` when given; none of the `exclude_source_ids`
    documents. A story retold a thousand times states each figure a thousand times: what is read grows with what
    the story states, not with how often it was retold."""
    found: dict[int, list[dict]] = {}
    if not story_ids:
        return found
    columns = ("id", "value", "unit", "term", "region_id", "region_path", "source_id", "story")
    if connection.vendor == "postgresql":
        # From the stories' documents (Source.story index) to their figures (the figure's source index), one
        # document at a time (LATERAL): a join the planner chose itself walked the whole figure table at 1M figures.
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT DISTINCT ON (s.story_id, f.value, f.unit, f.term, f.region_id)"  # noqa: S608
                " f.id, f.value, f.unit, f.term, f.region_id,"
                f" (SELECT r.path FROM {Region._meta.db_table} AS r WHERE r.id = f.region_id), f.source_id, s.story_id"
                f" FROM {Source._meta.db_table} AS s CROSS JOIN LATERAL ("
                f"  SELECT * FROM {DisplacementFigure._meta.db_table} AS f WHERE f.source_id = s.id"
                "   AND (%s::bigint[] IS NULL OR f.value = ANY(%s::bigint[])) OFFSET 0) AS f"  # (kept a subquery)
                " WHERE s.story_id = ANY(%s::bigint[]) AND NOT (s.id = ANY(%s::bigint[]))"
                " ORDER BY s.story_id, f.value, f.unit, f.term, f.region_id, f.id",
                [
                    *([None] * 2 if values is None else [sql_array(sorted({v for v in values if v is not None}))] * 2),
                    sql_array(sorted(story_ids)),
                    sql_array(sorted(set(exclude_source_ids))),
                ],
            )
            rows = [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]
    else:
        figures = DisplacementFigure.objects.filter(source__story_id__in=list(story_ids)).exclude(
            source_id__in=list(exclude_source_ids)
        )
        if values is not None:
            figures = figures.filter(value__in=sorted({value for value in values if value is not None}))
        rows = figures.annotate(story=F("source__story_id"), region_path=F("region__path")).values(*columns)
    seen = set()
    for row in sorted(rows, key=lambda row: row["id"]):
        key = (row["story"], row["value"], row["unit"], row["term"], row["region_id"])
        if key not in seen:  # the first of each statement (DISTINCT ON gives just these on PostgreSQL)
            seen.add(key)
            found.setdefault(row["story"], []).append(row)
    return found


def sources_without_story_bands(*, after_id: int = 0, limit: int = 500) -> list[Source]:
    """Documents not yet in the near-duplicate index, oldest first (a keyset page after `after_id`)."""
    pending = Source.objects.filter(pk__gt=after_id, story_bands__isnull=True).only("id", "text", "story_id")
    return list(pending.order_by("pk")[:limit])

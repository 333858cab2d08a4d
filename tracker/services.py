"""Writes to the displacement domain. Plain functions, keyword-only arguments, one transaction each."""

import hashlib
import re
import uuid
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, connection, transaction
from django.db.models import F, Q, Value
from django.db.models.functions import Concat, Substr
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from simple_history.utils import bulk_create_with_history, bulk_update_with_history, get_change_reason_from_object

from extraction.languages import detect_language
from extraction.languages import extract as extract_in_language
from tracker import breakdown as parts_of
from tracker import geo, lifecycle, stories
from tracker.choices import (
    REVIEWED_STATUSES,
    BodyKind,
    Category,
    CommentField,
    CommentState,
    DateAccuracy,
    FigureAction,
    FigureRole,
    FigureStatus,
    Qualifier,
    Reliability,
    Role,
    Sex,
    Term,
    Unit,
)
from tracker.models import (
    DisplacementFigure,
    Event,
    FigureBreakdown,
    FigureComment,
    FigureCorroboration,
    Region,
    RegionAlias,
    RegionShape,
    ReportingBody,
    ReportingBodyAlias,
    Source,
    StoryBand,
)
from tracker.selectors import (
    HouseholdSizes,
    body_alias_owner,
    extraction_gazetteer,
    figures_of_stories,
    household_size_for,
    open_comments,
    region_scope,
    story_candidates_of_many,
)
from tracker.text import name_key

# --------------------------------------------------------------------------------------------- roles

_EDITABLE_MODELS = (
    "displacementfigure",
    "source",
    "region",
    "regionalias",
    "reportingbody",
    "reportingbodyalias",
    "event",
    "householdsize",
)

ROLE_PERMISSIONS: dict[str, set[str]] = {
    Role.PARTNER: {f"view_{model}" for model in ("displacementfigure", "region", "reportingbody", "source", "event")},
    Role.EDITOR: {f"{action}_{model}" for model in _EDITABLE_MODELS for action in ("view", "add", "change")},
}
ROLE_PERMISSIONS[Role.REVIEWER] = ROLE_PERMISSIONS[Role.EDITOR] | {
    "verify_displacementfigure",
    "delete_displacementfigure",
    "delete_regionalias",
    "delete_reportingbodyalias",
}
# Staff watch the feeds their candidates come from (read-only; adding feeds stays with administrators).
FEED_PERMISSIONS = {f"ingest.view_{model}" for model in ("feed", "feedrun", "feeditem")}


def sync_role_groups() -> None:
    """Create the Editors, Reviewers and Partners groups and give each exactly its permissions."""
    with transaction.atomic():
        for role, codenames in ROLE_PERMISSIONS.items():
            group, _created = Group.objects.get_or_create(name=role)
            wanted = Q(content_type__app_label="tracker", codename__in=codenames)
            if role in (Role.EDITOR, Role.REVIEWER):
                for name in FEED_PERMISSIONS:
                    app_label, codename = name.split(".")
                    wanted |= Q(content_type__app_label=app_label, codename=codename)
            group.permissions.set(Permission.objects.filter(wanted))


# ------------------------------------------------------------------------------------------- regions


def region_errors(*, region: Region | None, name: str, level: str, parent: Region | None, pcode: str) -> None:
    """What create_region / update_region would refuse, as field errors, before anything is written."""
    errors: dict[str, list[str]] = {}
    if region is not None and region.pk and parent is not None and parent.path.startswith(region.path):
        errors["parent"] = [_("A region cannot be moved inside itself.")]
    siblings = Region.objects.filter(parent=parent, level=level, name_key=name_key(name))
    if region is not None and region.pk:
        siblings = siblings.exclude(pk=region.pk)
    if name_key(name) and siblings.exists():
        errors["name"] = [_("This parent already has a region of that level with that name.")]
    same_code = Region.objects.filter(pcode__iexact=pcode.strip()) if pcode.strip() else Region.objects.none()
    if region is not None and region.pk:
        same_code = same_code.exclude(pk=region.pk)
    taken = same_code.first()
    if taken is not None:
        errors["pcode"] = [_("Another region already has the p-code %(pcode)s: %(taken)s (p-codes are compared "
                             "ignoring case).") % {"pcode": pcode.strip(), "taken": taken}]  # fmt: skip
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def create_region(*, name: str, level: str, parent: Region | None = None, pcode: str = "") -> Region:
    region_errors(region=None, name=name, level=level, parent=parent, pcode=pcode)
    region = Region(
        name=name.strip(),
        name_key=name_key(name),
        level=level,
        parent=parent,
        pcode=pcode.strip(),
        path=f"new-{uuid.uuid4().hex}",
        depth=parent.depth + 1 if parent else 0,
    )
    region.full_clean(exclude=["path"])
    region.save()
    region.path = f"{parent.path if parent else '/'}{region.pk}/"
    region.save(update_fields=["path"])
    return region


_UNCHANGED = object()


@transaction.atomic
def update_region(
    *, region: Region, name: str | None = None, level: str | None = None, pcode: str | None = None, parent=_UNCHANGED
) -> Region:
    """Rename, re-code or move a region; a move rewrites its whole subtree's paths in one statement."""
    region_errors(
        region=region,
        name=region.name if name is None else name,
        level=level or region.level,
        parent=region.parent if parent is _UNCHANGED else parent,
        pcode=region.pcode if pcode is None else pcode,
    )
    if name is not None:
        region.name, region.name_key = name.strip(), name_key(name)
    if level is not None:
        region.level = level
    if pcode is not None:
        region.pcode = pcode.strip()
    old_path = region.path
    if parent is not _UNCHANGED and parent != region.parent:
        if parent is not None and parent.path.startswith(old_path):
            raise ValidationError({"parent": _("A region cannot be moved inside itself.")})
        region.parent = parent
        region.path = f"{parent.path if parent else '/'}{region.pk}/"
        depth_change = (parent.depth + 1 if parent else 0) - region.depth
        region.depth += depth_change
        region.full_clean()
        Region.objects.filter(path__startswith=old_path).exclude(pk=region.pk).update(
            path=Concat(Value(region.path), Substr("path", len(old_path) + 1)),
            depth=F("depth") + depth_change,
        )
    else:
        region.full_clean()
    region.save()
    return region


@transaction.atomic
def add_region_alias(*, region: Region, name: str) -> tuple[RegionAlias, bool]:
    key = name_key(name)
    if not key:
        raise ValidationError({"name": _("An alias cannot be empty.")})
    if key == region.name_key:
        return RegionAlias(region=region, name=name, name_key=key), False
    return RegionAlias.objects.get_or_create(region=region, name_key=key, defaults={"name": name.strip()})


@transaction.atomic
def remove_region_alias(*, alias: RegionAlias) -> None:
    alias.delete()


# ------------------------------------------------------------------------------------ reporting bodies


@transaction.atomic
def add_body_alias(*, body: ReportingBody, name: str) -> tuple[ReportingBodyAlias, bool]:
    """Map a phrase to a body. A phrase names one body only: re-mapping it is an explicit error."""
    key = name_key(name)
    if not key:
        raise ValidationError({"name": _("An alias cannot be empty.")})
    owner = body_alias_owner(name=name)
    if owner is not None:
        if owner.pk != body.pk:
            raise ValidationError({"name": _("“%(name)s” already names %(owner)s.") % {"name": name, "owner": owner}})
        return ReportingBodyAlias.objects.get(name_key=key), False
    return ReportingBodyAlias.objects.create(body=body, name=name.strip(), name_key=key), True


@transaction.atomic
def remove_body_alias(*, alias: ReportingBodyAlias) -> None:
    alias.delete()


@transaction.atomic
def upsert_reporting_body(
    *,
    name: str,
    kind: str = BodyKind.MEDIA,
    acronym: str = "",
    reliability: str = Reliability.MEDIUM,
    website: str = "",
    aliases: Iterable[str] = (),
) -> tuple[ReportingBody, bool]:
    body = ReportingBody.objects.filter(name=name.strip()).first()
    created = body is None
    body = body or ReportingBody(name=name.strip())
    body.acronym, body.kind, body.reliability, body.website = acronym.strip(), kind, reliability, website
    body.full_clean(validate_unique=created)
    body.save()
    for alias in aliases:
        add_body_alias(body=body, name=alias)
    return body, created


@transaction.atomic
def update_reporting_body(*, body: ReportingBody, changes: dict) -> ReportingBody:
    for name in ("name", "acronym", "kind", "reliability", "website"):
        if name in changes:
            setattr(body, name, changes[name])
    body.full_clean()
    body.save()
    return body


# --------------------------------------------------------------------------------------------- events


@transaction.atomic
def save_event(*, event: Event | None = None, regions=None, **fields) -> Event:
    event = event or Event()
    for name, value in fields.items():
        setattr(event, name, value)
    event.full_clean()
    event.save()
    if regions is not None:
        event.regions.set(regions)
    return event


# -------------------------------------------------------------------------------------------- sources


def _read_from_the_database(instance) -> list[str]:
    """The instance's relations that hold an object read from the database: full_clean need not query again to know
    that it exists (the database's foreign keys still refuse one deleted meanwhile)."""
    held = []
    for relation in instance._meta.concrete_fields:
        if relation.is_relation and relation.is_cached(instance):
            related = relation.get_cached_value(instance)
            if related is not None and not related._state.adding and related.pk == getattr(instance, relation.attname):
                held.append(relation.name)
    return held


_WHITESPACE = re.compile(r"\s+")


def content_hash(text: str) -> str:
    """The identity of a document's text: white space differences do not make a new document."""
    return hashlib.sha256(_WHITESPACE.sub(" ", text).strip().encode("utf-8")).hexdigest()


def new_source(
    *,
    title: str,
    text: str,
    url: str = "",
    publisher: ReportingBody | None = None,
    published_on: date | None = None,
) -> Source:
    """A document ready to be stored, every rule checked in Python (ValidationError per field, nothing written)."""
    source = Source(
        title=title.strip()[:500] or "(untitled)",
        text=text,
        url=url,
        publisher=publisher,
        published_on=published_on,
        content_hash=content_hash(text),
    )
    errors = {name: ["This text contains a NUL character, which cannot be stored."]
              for name in ("title", "text", "url") if "\x00" in getattr(source, name)}  # fmt: skip
    try:
        source.full_clean(exclude=["content_hash", *errors, *_read_from_the_database(source)], validate_unique=False)
    except ValidationError as exc:
        errors.update(exc.message_dict)
    if errors:
        raise ValidationError(errors)
    return source


def store_source(
    *,
    title: str,
    text: str,
    url: str = "",
    publisher: ReportingBody | None = None,
    published_on: date | None = None,
) -> tuple[Source, bool]:
    """Store a document once: a text already stored returns the existing Source."""
    digest = content_hash(text)
    existing = Source.objects.filter(content_hash=digest).first()
    if existing is not None:
        return existing, False
    source = new_source(title=title, text=text, url=url, publisher=publisher, published_on=published_on)
    try:
        with transaction.atomic():
            source.save()
    except IntegrityError:
        # Another worker stored the same text between our read and our write.
        return Source.objects.get(content_hash=digest), False
    return source, True


def _bulk_create_with_history(objs: list, model, *, batch_size: int = 500, default_user=None) -> list:
    """simple_history's bulk_create_with_history, with the history rows copied by PostgreSQL from the rows just
    inserted (one INSERT … SELECT per user and change reason) instead of a historical instance built, converted
    and sent back per row in Python: that was a sixth of a worker's CPU, and a document's whole text crossed the
    wire twice. The rows are the ones simple_history writes: every tracked column, type '+', the date, user and
    change reason it would give each object (`_history_date`, `_history_user`, `_change_reason`, the default
    user). Elsewhere than PostgreSQL, simple_history's own."""
    if not objs or connection.vendor != "postgresql":
        return bulk_create_with_history(objs, model, batch_size=batch_size, default_user=default_user)
    history = model.history.model
    columns = ", ".join(connection.ops.quote_name(f.column) for f in history.tracked_fields)
    now = timezone.now()
    with transaction.atomic(savepoint=False):
        created = model._default_manager.bulk_create(objs, batch_size=batch_size)
        groups: dict[tuple, list[int]] = {}
        for obj in created:
            user = getattr(obj, "_history_user", default_user or history.get_default_history_user(obj))
            key = (getattr(obj, "_history_date", now), getattr(user, "pk", None), get_change_reason_from_object(obj))
            groups.setdefault(key, []).append(obj.pk)
        with connection.cursor() as cursor:
            for (when, user_id, reason), ids in groups.items():
                cursor.execute(
                    f"INSERT INTO {history._meta.db_table} ({columns}, history_date, history_type, "  # noqa: S608
                    f"history_user_id, history_change_reason) SELECT {columns}, %s, '+', %s, %s "
                    f"FROM {model._meta.db_table} WHERE {model._meta.pk.column} = ANY(%s::bigint[])",
                    [when, user_id, reason, stories.sql_array(ids)],
                )
    return created


@transaction.atomic
def store_new_sources(*, sources: list[Source]) -> None:
    """Insert documents built by new_source, whose texts are not stored yet, with their history rows, in bulk.
    A text stored meanwhile by another worker raises IntegrityError (the caller stores one by one instead)."""
    _bulk_create_with_history(sources, Source, batch_size=500)


def link_near_duplicate(*, source: Source, acting_user=None) -> Source | None:
    """link_near_duplicates for one document: the near-duplicate that gave it its story, or None."""
    return link_near_duplicates(sources=[source], acting_user=acting_user).get(source.pk)


@transaction.atomic
def link_near_duplicates(*, sources: list[Source], acting_user=None) -> dict[int, Source]:
    """Index stored documents for near-duplicate search and link each to the story of its nearest near-duplicate,
    in the order given, as if one by one: a document may join the story of one given before it.

    Each document's LSH bands are stored (tracker.StoryBand); its candidates are the documents sharing a band (the
    stored ones read in one query for the whole batch, and the batch's earlier documents), the most similar of them
    by exact shingle Jaccard, if at least stories.LINK_THRESHOLD, gives its story: both then carry the id of the
    story's first document (`Source.story`). Returns {document id: that near-duplicate} for the documents linked
    now. Running it again changes nothing. A constant number of queries however many documents: one advisory lock
    statement, one candidates query, one for the candidates' texts, one band delete, one band insert, one story
    update. Call it after store_source and before extraction, so that the documents' figures corroborate their
    story's instead of entering review again. (The story link is not part of a document's history: acting_user is
    accepted for the services' one signature.)
    """
    fingerprints = {}  # index in `sources` -> (shingles, bands), for the documents that take part
    for index, source in enumerate(sources):
        shingle_set, bands = stories.fingerprint(source.text)
        if bands:
            fingerprints[index] = (shingle_set, list(dict.fromkeys(bands)))
    if not fingerprints:
        return {}
    all_bands = sorted({band for _, bands in fingerprints.values() for band in bands})
    if connection.vendor == "postgresql":
        # Two retellings stored at the same moment by two workers share bands: the second waits here until the
        # first's transaction commits, then sees its bands (locks taken in one order: no deadlock).
        with connection.cursor() as cursor:
            locks = "SELECT pg_advisory_xact_lock(h) FROM unnest(%s::bigint[]) AS h"
            cursor.execute(locks, [stories.sql_array(all_bands)])
    batch_ids = {sources[index].pk for index in fingerprints}
    searching = {index: fingerprints[index][1] for index in fingerprints if sources[index].story_id is None}
    stored = story_candidates_of_many(band_hashes=searching, exclude_ids=batch_ids)
    stored_sources = Source.objects.only("id", "text", "story_id").in_bulk(
        {source_id for found in stored.values() for source_id, _ in found}
    )
    shingles_of = {}  # candidate id -> its shingles, computed once however many documents it is a candidate of
    story_of = {source.pk: source.story_id for source in stored_sources.values()}
    story_of.update({sources[index].pk: sources[index].story_id for index in fingerprints})
    earlier: dict[int, list[int]] = {}  # band -> the batch's documents (indexes) indexed before, in order
    linked: dict[int, Source] = {}
    changed: dict[int, int] = {}  # document id -> its new story id
    for index, (shingle_set, bands) in fingerprints.items():
        source = sources[index]
        if source.story_id is None:
            shared = Counter(other for band in bands for other in earlier.get(band, ()))
            ranked = sorted(
                [(-count, sources[other].pk, sources[other]) for other, count in shared.items()]
                + [(-count, pk, stored_sources[pk]) for pk, count in stored.get(index, ())],
                key=lambda entry: entry[:2],
            )[:5]  # as story_candidates: at most 5, most bands shared first
            best, best_similarity = None, stories.LINK_THRESHOLD
            for _, pk, candidate in ranked:
                if pk not in shingles_of:
                    shingles_of[pk] = stories.shingles(candidate.text)
                similarity = stories.jaccard(shingle_set, shingles_of[pk])
                if similarity >= best_similarity:
                    best, best_similarity = candidate, similarity
            if best is not None:
                story_id = story_of[best.pk] or best.pk
                story_of[best.pk] = story_of[source.pk] = story_id
                linked[source.pk] = best
                changed.update({best.pk: story_id, source.pk: story_id})
        shingles_of[source.pk] = shingle_set
        for band in bands:
            earlier.setdefault(band, []).append(index)
    StoryBand.objects.filter(source_id__in=batch_ids).delete()
    _insert_bands([(sources[index].pk, band) for index, (_, bands) in fingerprints.items() for band in bands])
    _set_stories(changed)
    for index in fingerprints:
        sources[index].story_id = story_of[sources[index].pk]
    return linked


def _insert_bands(rows: list[tuple[int, int]]) -> None:
    """StoryBand rows (document id, band hash) in one statement (bulk_create builds a model instance per row)."""
    if connection.vendor != "postgresql":
        StoryBand.objects.bulk_create([StoryBand(source_id=pk, band_hash=band) for pk, band in rows], batch_size=500)
        return
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {StoryBand._meta.db_table} (source_id, band_hash) "  # noqa: S608
            "SELECT * FROM unnest(%s::bigint[], %s::bigint[])",
            [stories.sql_array(pk for pk, _ in rows), stories.sql_array(band for _, band in rows)],
        )


def _set_stories(stories_of: dict[int, int]) -> None:
    """Source.story of many documents in one statement."""
    if not stories_of:
        return
    if connection.vendor != "postgresql":
        for pk, story_id in stories_of.items():
            Source.objects.filter(pk=pk).update(story_id=story_id)
        return
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {Source._meta.db_table} AS source SET story_id = v.story_id "  # noqa: S608
            "FROM unnest(%s::bigint[], %s::bigint[]) AS v(id, story_id) "
            "WHERE source.id = v.id AND source.story_id IS DISTINCT FROM v.story_id",
            [list(stories_of), list(stories_of.values())],
        )


@transaction.atomic
def update_source_metadata(*, source: Source, changes: dict) -> Source:
    """Title, URL, publisher, date and language may be corrected; the text may not (quotes' spans point into it).
    The language picks the extraction pipeline the next time the document is extracted."""
    for name in ("title", "url", "publisher", "published_on", "language"):
        if name in changes:
            setattr(source, name, changes[name])
    source.full_clean()
    source.save()
    return source


# -------------------------------------------------------------------------------------------- figures

# context, not substance: changing these does not send a verified figure back to review
CONTEXT_FIELDS = frozenset({"event", "role", "notes", "cause", "hazard", "housing_destroyed"})
EDITABLE_FIGURE_FIELDS = lifecycle.SUBSTANTIVE_FIELDS | CONTEXT_FIELDS

EARLIEST_DATE = date(1900, 1, 1)


def persons_for(*, value: int, unit: str, household_size: Decimal | None) -> int:
    if unit == Unit.HOUSEHOLD:
        if household_size is None:
            raise ValidationError({"household_size": _("A figure in households needs a household size.")})
        return int((Decimal(value) * Decimal(household_size)).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    return value


def _plausibility_errors(figure: DisplacementFigure) -> dict[str, list[str]]:
    """Plausible bounds, so that one mistyped figure can never make totals fail for everyone."""
    errors: dict[str, list[str]] = {}
    most = settings.FIGURE_MAX_VALUE
    for name in ("value", "value_high"):
        number = getattr(figure, name)
        if number is not None and number <= 0:
            errors[name] = [_("A reported number must be greater than zero.")]
        elif number is not None and number > most:
            errors[name] = [
                _("%(number)s is more than %(most)s, the most one figure may say.")
                % {"number": f"{number:,}", "most": f"{most:,}"}
            ]
    high = figure.value_high
    if figure.value and high is not None and high <= figure.value and "value_high" not in errors:
        errors["value_high"] = [_("The high end of a range must be greater than its low end.")]
    if isinstance(figure.period_start, date) and isinstance(figure.period_end, date):
        if figure.period_end < figure.period_start:
            errors["period_end"] = [_("The period cannot end before it starts.")]
    for name in ("quote", "notes", "raw_location", "raw_reporting_body"):
        if "\x00" in (getattr(figure, name) or ""):
            errors[name] = [_("This text contains a NUL character, which cannot be stored.")]
    latest = timezone.now().date() + timedelta(days=365)
    for name in ("period_start", "period_end"):
        day = getattr(figure, name)
        if isinstance(day, date) and not (EARLIEST_DATE <= day <= latest):
            errors[name] = [
                _("%(day)s is not plausible: give a date from 1900 to one year ahead.")
                % {"day": date_format(day, "d F Y")}
            ]
    return errors


def _complete_and_validate(figure: DisplacementFigure, *, household_sizes: HouseholdSizes | None = None) -> None:
    """Fill the derived fields (household size default, persons) and check every invariant, all at once.
    `household_sizes`: the countries' household sizes read once for many figures (selectors.HouseholdSizes)."""
    errors: dict[str, list[str]] = _plausibility_errors(figure)
    if figure.unit == Unit.HOUSEHOLD and figure.household_size is None and figure.region_id:
        year = (figure.period_end or figure.period_start or timezone.now().date()).year
        if household_sizes is None:
            figure.household_size = household_size_for(region=figure.region, year=year)
        else:
            figure.household_size = household_sizes.for_region(figure.region, year)
    if errors.get("value") or errors.get("value_high"):
        figure.persons = None  # no derived number from a refused one (its own error would only add noise)
    elif figure.unit == Unit.HOUSEHOLD and figure.household_size is None:
        figure.persons = None  # waits for a household size; cannot be verified before it has one
    elif figure.value and figure.unit in Unit.values and (figure.household_size or 1) > 0:
        figure.persons = persons_for(value=figure.value, unit=figure.unit, household_size=figure.household_size)
    else:
        figure.persons = figure.value or 0
    if figure.quote_start is not None or figure.quote_end is not None:
        if figure.source is None:
            errors.setdefault("source", []).append(_("A quote's span refers to a source: choose the source."))
        elif figure.quote_start is None or figure.quote_end is None:
            errors.setdefault("quote_end", []).append(_("Give both ends of the quote's span, or neither."))
        elif not (0 <= figure.quote_start < figure.quote_end <= len(figure.source.text)):
            errors.setdefault("quote_end", []).append(
                _("The span %(start)s–%(end)s lies outside the source text (%(length)s characters).")
                % {"start": figure.quote_start, "end": figure.quote_end, "length": len(figure.source.text)}
            )
        elif figure.source.text[figure.quote_start : figure.quote_end] != figure.quote:
            errors.setdefault("quote", []).append(_quote_elsewhere(figure))
    try:
        figure.full_clean(exclude=[name for name in errors if name != "quote"] + _read_from_the_database(figure))
    except ValidationError as exc:
        for key, messages in exc.message_dict.items():
            errors.setdefault(key, []).extend(m for m in messages if m not in errors.get(key, []))
    if errors:
        raise ValidationError(errors)


# --------------------------------------------------------------------------------- team scope

OUTSIDE_SCOPE = gettext_lazy("This figure is outside your team's regions.")


def check_figure_in_scope(*, figure: DisplacementFigure, acting_user) -> None:
    """PermissionDenied when the acting person may not act on this figure (another team's region, or no team).
    The system (acting_user None) may act everywhere. Views find such a figure absent before they get here; this
    is the rule itself, for every door."""
    if acting_user is None:
        return
    region = figure.region if figure.region_id else None  # loaded already by the callers that act on many
    if not region_scope(user=acting_user).allows(region):
        raise PermissionDenied(str(OUTSIDE_SCOPE))


def check_region_in_scope(*, region: Region | None, acting_user) -> None:
    """A field error when the acting person may not put a figure in this region."""
    if acting_user is None or region is None:
        return
    if not region_scope(user=acting_user).allows(region):
        message = _("%(region)s is outside your team's regions: you cannot enter figures there.")
        raise ValidationError({"region": message % {"region": region}})


def _save_step(figure: DisplacementFigure, *, action: str, acting_user, reason: str = "", now=None) -> None:
    """Take one row of the lifecycle table and save it: one history entry per step."""
    check_figure_in_scope(figure=figure, acting_user=acting_user)
    row = lifecycle.check(figure=figure, action=action, acting_user=acting_user, reason=reason,
                          open_comments=open_comments(figure=figure))  # fmt: skip
    lifecycle.apply(figure=figure, row=row, acting_user=acting_user, now=now or timezone.now())
    if action == FigureAction.REJECT:
        figure.notes = f"{figure.notes}\nRejected: {reason.strip()}".strip()
    figure.save()


def _new_figure(
    *,
    acting_user,
    region: Region | None,
    value: int,
    period_start: date,
    period_end: date,
    unit: str = Unit.PERSON,
    household_size: Decimal | None = None,
    value_high: int | None = None,
    qualifier: str = Qualifier.EXACT,
    term: str = Term.DISPLACED,
    category: str = Category.FLOW,
    period_accuracy: str = DateAccuracy.DAY,
    reporting_body: ReportingBody | None = None,
    source: Source | None = None,
    event: Event | None = None,
    cause: str = "",
    hazard: str = "",
    housing_destroyed: bool | None = None,
    quote: str = "",
    quote_start: int | None = None,
    quote_end: int | None = None,
    role: str = FigureRole.TRIANGULATION,
    status: str = FigureStatus.DRAFT,
    notes: str = "",
    raw_location: str = "",
    raw_reporting_body: str = "",
    place_country: str = "",
    place_admin1: str = "",
    extraction_rule: str = "",
    import_key: str = "",
    breakdown: Iterable = (),
    household_sizes: HouseholdSizes | None = None,
) -> tuple[DisplacementFigure, lifecycle.Transition, list[dict]]:
    person = acting_user if getattr(acting_user, "pk", None) else None
    figure = DisplacementFigure(
        value=value,
        value_high=value_high,
        qualifier=qualifier,
        unit=unit,
        household_size=household_size,
        term=term,
        category=category,
        period_start=period_start,
        period_end=period_end,
        period_accuracy=period_accuracy,
        region=region,
        reporting_body=reporting_body,
        source=source,
        event=event,
        cause=cause or (event.kind if event is not None else ""),
        hazard=hazard or (event.hazard if event is not None else ""),
        housing_destroyed=housing_destroyed,
        quote=quote,
        quote_start=quote_start,
        quote_end=quote_end,
        role=FigureRole.TRIANGULATION,
        notes=notes,
        raw_location=raw_location[:200],
        raw_reporting_body=raw_reporting_body[:200],
        place_country=place_country,
        place_admin1=place_admin1,
        extraction_rule=extraction_rule[:200],
        import_key=import_key,
        entered_by=person,
        substance_changed_by=person,
        substance_changed_at=timezone.now(),
    )
    row = lifecycle.check(figure=figure, action=FigureAction.CREATE, acting_user=person, target=status)
    check_region_in_scope(region=region, acting_user=person)
    if role != FigureRole.TRIANGULATION:
        _check_may_choose_role(person)
        figure.role = role
    errors: dict[str, list[str]] = {}
    if row.target == FigureStatus.DRAFT and region is None:
        errors["region"] = [_("Choose the region the figure is for.")]
    try:
        _complete_and_validate(figure, household_sizes=household_sizes)
    except ValidationError as exc:
        for key, messages in exc.message_dict.items():
            errors.setdefault(key, []).extend(messages)
    parts = [parts_of.normalise(p) for p in breakdown]
    if not (errors.get("value") or errors.get("value_high")):
        for key, messages in breakdown_errors(figure=figure, parts=parts).items():
            errors.setdefault(key, []).extend(messages)
    if errors:
        raise ValidationError(errors)
    return figure, row, parts


@transaction.atomic
def record_figure(*, acting_user, **fields) -> DisplacementFigure:
    """Enter a new figure: a draft by a person, or an extracted candidate by the system (acting_user=None).

    Takes the fields of `_new_figure`; every rule is checked before the database sees the row."""
    figure, row, parts = _new_figure(acting_user=acting_user, **fields)
    lifecycle.apply(figure=figure, row=row, acting_user=figure.entered_by, now=timezone.now())
    figure.save()
    _write_breakdown(figure=figure, parts=parts, acting_user=figure.entered_by)
    return figure


def new_figure_errors(*, acting_user, **fields) -> None:
    """Everything record_figure would refuse, without saving: forms call it to show field errors."""
    _new_figure(acting_user=acting_user, **fields)


def _check_may_choose_role(acting_user) -> None:
    if acting_user is None or not acting_user.has_perm(lifecycle.VERIFY):
        raise PermissionDenied("Only reviewers choose which figure is recommended (the role).")


def _differs(figure: DisplacementFigure, name: str, new) -> bool:
    field = DisplacementFigure._meta.get_field(name)
    if field.is_relation:
        return getattr(figure, field.attname) != getattr(new, "pk", new)
    old = getattr(figure, name)
    if isinstance(old, Decimal) or isinstance(new, Decimal):
        return (Decimal(old) if old is not None else None) != (Decimal(str(new)) if new is not None else None)
    return old != new


def figure_change_errors(*, figure: DisplacementFigure, changes: dict, acting_user) -> None:
    """Everything update_figure would refuse, without saving: forms call it to show field errors."""
    stored = DisplacementFigure.objects.select_related("source", "region").get(pk=figure.pk)
    _prepare_changes(figure=stored, changes=dict(changes), acting_user=acting_user)


def _prepare_changes(*, figure: DisplacementFigure, changes: dict, acting_user) -> tuple[set[str], list[dict] | None]:
    """Apply the changes to the figure in memory and validate; the names of the substantive fields changed, and
    the new breakdown when it changes (None: it stays as it is)."""
    changes = dict(changes)
    new_parts = [parts_of.normalise(p) for p in changes.pop("breakdown")] if "breakdown" in changes else None
    unknown = set(changes) - EDITABLE_FIGURE_FIELDS
    if unknown:
        raise ValidationError({name: _("This field cannot be changed here.") for name in sorted(unknown)})
    if acting_user is not None and not acting_user.has_perm(lifecycle.CHANGE):
        raise PermissionDenied("Only editors and reviewers may change figures.")
    check_figure_in_scope(figure=figure, acting_user=acting_user)
    if changes.get("unit") == Unit.PERSON:
        changes.setdefault("household_size", None)
    changed = {name for name, new in changes.items() if _differs(figure, name, new)}
    if "region" in changed and changes["region"] is None and figure.region_id is not None:
        raise ValidationError({"region": _("A figure's place can be corrected, not removed: choose the right region.")})
    if "role" in changed:
        _check_may_choose_role(acting_user)
    if "region" in changed:
        check_region_in_scope(region=changes["region"], acting_user=acting_user)
    for name in changed:
        setattr(figure, name, changes[name])
    stored_parts = [parts_of.normalise(p) for p in figure.breakdown.all()]
    errors: dict[str, list[str]] = {}
    try:
        _complete_and_validate(figure)
    except ValidationError as exc:
        errors = exc.message_dict
    if not (errors.get("value") or errors.get("value_high")):
        if new_parts is not None:
            errors.update(breakdown_errors(figure=figure, parts=new_parts))
        elif breakdown_errors(figure=figure, parts=stored_parts):
            errors.setdefault("value", []).append(
                f"The breakdown ({parts_of.format_parts(stored_parts)}) would then exceed the figure: correct the "
                "breakdown too."
            )
    if errors:
        raise ValidationError(errors)
    substantive = changed & lifecycle.SUBSTANTIVE_FIELDS
    if new_parts is not None and _part_keys(new_parts) != _part_keys(stored_parts):
        substantive |= lifecycle.SUBSTANTIVE_PARTS
    else:
        new_parts = None
    return substantive, new_parts


@transaction.atomic
def update_figure(*, figure: DisplacementFigure, acting_user, changes: dict) -> DisplacementFigure:
    """Correct a figure. A change of substance makes the actor its last editor and, on a reviewed figure,
    sends it back to review (four eyes on the content, not on the status)."""
    person = acting_user if getattr(acting_user, "pk", None) else None
    # What changed is judged against the stored row, never against an instance a caller may already have
    # altered (an admin form, an old history snapshot): only then does a change of substance reopen the figure.
    stored = (
        DisplacementFigure.objects.select_for_update(of=("self",)).select_related("source", "region").get(pk=figure.pk)
    )
    substantive, new_parts = _prepare_changes(figure=stored, changes=changes, acting_user=person)
    if substantive:
        stored.substance_changed_by, stored.substance_changed_at = person, timezone.now()
    if substantive and stored.status in REVIEWED_STATUSES:
        row = lifecycle.transition(state=stored.status, action=FigureAction.REOPEN)
        lifecycle.apply(figure=stored, row=row, acting_user=person, now=timezone.now())
        stored._change_reason = f"reopen: changed {', '.join(sorted(substantive))}"
    else:
        stored._change_reason = "edit"
        stored._history_user = person
    stored.save()
    if new_parts is not None:
        stored.breakdown.all().delete()
        _write_breakdown(figure=stored, parts=new_parts, acting_user=person)
    figure.refresh_from_db()
    return figure


@transaction.atomic
def submit_figure(*, figure: DisplacementFigure, acting_user) -> DisplacementFigure:
    _save_step(figure, action=FigureAction.SUBMIT, acting_user=acting_user)
    return figure


@transaction.atomic
def reopen_figure(*, figure: DisplacementFigure, acting_user) -> DisplacementFigure:
    _save_step(figure, action=FigureAction.REOPEN, acting_user=acting_user)
    return figure


def _review(figure: DisplacementFigure, *, action: str, acting_user, reason: str = "") -> DisplacementFigure:
    check_figure_in_scope(figure=figure, acting_user=acting_user)
    if figure.status in (FigureStatus.DRAFT, FigureStatus.EXTRACTED):
        # one click for the reviewer, two rows of the table: everything is checked before the first is saved
        probe = DisplacementFigure(**{f.attname: getattr(figure, f.attname) for f in figure._meta.concrete_fields})
        probe.status = FigureStatus.IN_REVIEW
        lifecycle.check(figure=probe, action=action, acting_user=acting_user, reason=reason,
                        open_comments=open_comments(figure=figure))  # fmt: skip
        _save_step(figure, action=FigureAction.SUBMIT, acting_user=acting_user)
    _save_step(figure, action=action, acting_user=acting_user, reason=reason)
    return figure


@transaction.atomic
def verify_figure(*, figure: DisplacementFigure, acting_user) -> DisplacementFigure:
    check_figure_in_scope(figure=figure, acting_user=acting_user)
    if figure.unit == Unit.HOUSEHOLD and figure.household_size is None and figure.region_id:
        _complete_and_validate(figure)  # the country's household size, if the table has one
    return _review(figure, action=FigureAction.VERIFY, acting_user=acting_user)


@transaction.atomic
def reject_figure(*, figure: DisplacementFigure, acting_user, reason: str) -> DisplacementFigure:
    return _review(figure, action=FigureAction.REJECT, acting_user=acting_user, reason=reason)


@dataclass
class BulkOutcome:
    """What a bulk action did: the figures it moved, and each one it could not with the reason in words."""

    done: list[DisplacementFigure] = field(default_factory=list)
    refused: list[tuple[DisplacementFigure, str]] = field(default_factory=list)


_SINGLE = {
    FigureAction.SUBMIT: lambda figure, acting_user, reason: submit_figure(figure=figure, acting_user=acting_user),
    FigureAction.VERIFY: lambda figure, acting_user, reason: verify_figure(figure=figure, acting_user=acting_user),
    FigureAction.REJECT: lambda figure, acting_user, reason: reject_figure(
        figure=figure, acting_user=acting_user, reason=reason
    ),
    FigureAction.REOPEN: lambda figure, acting_user, reason: reopen_figure(figure=figure, acting_user=acting_user),
}


@transaction.atomic
def act_on_figures(*, figures: Iterable[DisplacementFigure], action: str, acting_user, reason: str = "") -> BulkOutcome:
    """The same action on many figures: each one the rules allow is moved; each other one says why not."""
    outcome = BulkOutcome()
    for figure in figures:
        try:
            with transaction.atomic():
                _SINGLE[action](figure, acting_user, reason)
        except (lifecycle.TransitionRefused, PermissionDenied, ValidationError) as exc:
            outcome.refused.append((figure, lifecycle.in_words(exc)))
        else:
            outcome.done.append(figure)
    return outcome


@transaction.atomic
def add_comment(*, figure: DisplacementFigure, acting_user, text: str, field: str = "") -> FigureComment:
    """A review comment on the figure or on one of its fields; while open, it blocks verification."""
    check_figure_in_scope(figure=figure, acting_user=acting_user)
    if not text.strip():
        raise ValidationError({"text": _("A comment cannot be empty.")})
    if field not in CommentField.values:
        raise ValidationError(
            {
                "field": _("Comments can be about: %(fields)s.")
                % {"fields": ", ".join(v for v in CommentField.values if v)}
            }
        )
    if "\x00" in text:
        raise ValidationError({"text": _("This text contains a NUL character, which cannot be stored.")})
    return FigureComment.objects.create(figure=figure, author=acting_user, text=text.strip(), field=field)


@transaction.atomic
def resolve_comment(*, comment: FigureComment, acting_user) -> FigureComment:
    if acting_user is None or not acting_user.has_perm(lifecycle.CHANGE):
        raise PermissionDenied("Only editors and reviewers resolve review comments.")
    check_figure_in_scope(figure=comment.figure, acting_user=acting_user)
    if comment.state == CommentState.OPEN:
        comment.state, comment.resolved_by, comment.resolved_at = CommentState.RESOLVED, acting_user, timezone.now()
        comment.save(update_fields=["state", "resolved_by", "resolved_at"])
    return comment


@transaction.atomic
def resolve_conflict(*, recommended: DisplacementFigure, others: Iterable[DisplacementFigure], acting_user) -> int:
    """One figure becomes the recommended one for its region and period; the others triangulate it.

    The recommended figure is saved even when it already was recommended: its update time is when the conflict was
    last resolved (a figure arriving later brings the conflict back to the list, tracker.selectors.conflicts)."""
    _check_may_choose_role(acting_user)
    others = [f for f in others if f.pk != recommended.pk]
    for figure in [recommended, *others]:
        check_figure_in_scope(figure=figure, acting_user=acting_user)
    changed = []
    for figure, role in [(recommended, FigureRole.RECOMMENDED), *((f, FigureRole.TRIANGULATION) for f in others)]:
        if figure.role != role or figure is recommended:
            figure.role, figure._history_user, figure._change_reason = role, acting_user, "role"
            figure.save(update_fields=["role", "updated_at"])
            changed.append(figure)
    return len(changed)


# ------------------------------------------------------------------------------------------ breakdown


def breakdown_total(*, figure: DisplacementFigure) -> int | None:
    """The most persons the figure says (the high end of a range), which its breakdown's counts cannot exceed;
    None for a figure in households whose size is not known yet."""
    top = figure.value_high or figure.value
    if not top:
        return None
    if figure.unit == Unit.HOUSEHOLD:
        if figure.household_size is None or figure.household_size <= 0:
            return None
        return persons_for(value=top, unit=figure.unit, household_size=figure.household_size)
    return top


def _part_label(number: int, part: dict) -> str:
    return f"Part {number} ({parts_of.group_in_words(part)})"


def breakdown_errors(*, figure: DisplacementFigure, parts: list[dict]) -> dict[str, list[str]]:
    """Everything wrong with a breakdown for this figure, as field errors keyed `breakdown.<index>.<field>`
    (index from 0, in the order given; a sum too high is said on each part it adds). Empty when it holds.

    The rules: each part is one group (a sex, an age range, both, or a combined group) with a count or a share;
    ages run from ≤ to, at most 120; a share is above 0 and at most 100 per cent; the parts of one dimension
    (by sex, by age, by sex and age) never overlap and together never exceed the figure (counts: its persons,
    shares: 100 %); a combined group is given once."""
    errors: dict[str, list[str]] = {}

    def add(index: int, name: str, message: str) -> None:
        errors.setdefault(f"breakdown.{index}.{name}", []).append(message)

    total = breakdown_total(figure=figure)
    for index, part in enumerate(parts):
        if part["sex"] and part["sex"] not in Sex.values:
            add(index, "sex", f"“{part['sex'][:20]}” is not one of: {', '.join(Sex.values)}.")
        if part["qualifier"] not in Qualifier.values:
            add(index, "qualifier", f"“{str(part['qualifier'])[:20]}” is not one of: {', '.join(Qualifier.values)}.")
        for name in ("age_from", "age_to", "count"):
            value = part[name]
            if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value < 0):
                add(index, name, "A whole number, zero or more.")
                part[name] = None
        for name in ("age_from", "age_to"):
            if part[name] is not None and part[name] > parts_of.MAX_AGE:
                add(index, name, f"{part[name]} years is not a plausible age (at most {parts_of.MAX_AGE}).")
        if part["age_from"] is not None and part["age_to"] is not None and part["age_to"] < part["age_from"]:
            add(index, "age_to", f"The oldest age ({part['age_to']}) is below the youngest ({part['age_from']}).")
        if part["group"]:
            tokens = part["group"].split("+")
            strange = [t for t in tokens if t not in parts_of.GROUP_TOKENS]
            if strange:
                add(index, "group", f"“{strange[0][:20]}” is not a group: combine {', '.join(parts_of.GROUP_TOKENS)} "
                                    "with '+' (female+children).")  # fmt: skip
            elif len(tokens) < 2 or len(set(tokens)) != len(tokens):
                add(index, "group", "A combined group joins two or more different groups with '+' (female+children); "
                                    "for one group use the sex and age fields.")  # fmt: skip
            if part["sex"] or part["age_from"] is not None or part["age_to"] is not None:
                add(index, "group", "A combined group stands alone: leave the sex and ages blank.")
        elif not parts_of.kind_of(part):
            add(index, "sex", "Say whose part this is: a sex, an age range, or a combined group.")
        if (part["count"] is None) == (part["share"] is None):
            add(index, "count", "Give either a count of persons or a share in per cent (not both).")
        if part["share"] is not None and not (part["share"].is_finite() and 0 < part["share"] <= 100):
            add(index, "share", f"{part['share'].normalize():f}% is not a share: give a percentage above 0 and at "
                                "most 100.")  # fmt: skip
        if part["count"] == 0:
            add(index, "count", "A count must be greater than zero.")
        elif part["count"] and part["count"] > settings.FIGURE_MAX_VALUE:
            add(index, "count", f"{part['count']:,} is more than {settings.FIGURE_MAX_VALUE:,}, the most a figure "
                                "may say.")  # fmt: skip
        if part["count"] and total is not None and part["count"] > total:
            add(index, "count", f"{part['count']:,} persons is more than the figure's {total:,}.")
    wrong = {int(key.split(".")[1]) for key in errors}  # their sums and overlaps would only add noise
    by_kind: dict[str, list[int]] = {}
    for index, part in enumerate(parts):
        if index not in wrong:
            by_kind.setdefault(parts_of.kind_of(part), []).append(index)
    for kind, indexes in by_kind.items():
        for position, index in enumerate(indexes):
            part = parts[index]
            for other in indexes[:position]:
                earlier = parts[other]
                if kind == "combined":
                    clash = earlier["group"] == part["group"]
                else:
                    low, high = parts_of.age_range(part)
                    other_low, other_high = parts_of.age_range(earlier)
                    clash = earlier["sex"] == part["sex"] and low <= other_high and other_low <= high
                if clash:
                    field = "group" if kind == "combined" else "age_from" if kind != "sex" else "sex"
                    add(index, field, f"Overlaps {_part_label(other + 1, earlier).lower()}: each person is counted in "
                                      "one part only.")  # fmt: skip
                    break
        if kind == "combined":
            continue  # combined groups overlap by nature; each alone is checked against the whole above
        counted = [i for i in indexes if parts[i]["count"] is not None]
        counts = sum(parts[i]["count"] for i in counted)
        if total is not None and len(counted) > 1 and counts > total:
            for index in counted:
                add(index, "count", f"The parts by {kind} add up to {counts:,} persons, more than the figure's "
                                    f"{total:,}.")  # fmt: skip
        shared = [i for i in indexes if parts[i]["share"] is not None]
        shares = sum((parts[i]["share"] for i in shared), Decimal(0))
        if len(shared) > 1 and shares > 100:
            for index in shared:
                add(index, "share", f"The shares by {kind} add up to {shares.normalize():f}%, more than 100%.")
    return errors


def _part_keys(parts: list[dict]) -> list[tuple]:
    return sorted(tuple("" if p[name] is None else str(p[name]) for name in parts_of.PART_FIELDS) for p in parts)


def _write_breakdown(*, figure: DisplacementFigure, parts: list[dict], acting_user) -> None:
    rows = [FigureBreakdown(figure=figure, **{name: part[name] for name in parts_of.PART_FIELDS}) for part in parts]
    if rows:
        _bulk_create_with_history(rows, FigureBreakdown, default_user=acting_user)


# ----------------------------------------------------------------------------------------- extraction

# A restated figure and the known one count as the same when their periods come this close.
CORROBORATION_WINDOW = timedelta(days=14)


@dataclass
class ExtractionResult:
    created: list[DisplacementFigure] = field(default_factory=list)
    corroborated: list[DisplacementFigure] = field(default_factory=list)
    replaced: int = 0
    kept: int = 0
    failed: list[str] = field(default_factory=list)


def _quote_elsewhere(figure: DisplacementFigure) -> str:
    """What to say of a quote its span does not hold: where the source does say it, when it says it once (a
    quote trimmed by hand with its span left as it was)."""
    text, quote = figure.source.text, figure.quote
    found = text.find(quote) if quote else -1
    if found < 0 or text.find(quote, found + 1) >= 0:
        return _("The quote is not what the source says at that span.")
    return _(
        "The quote is not what the source says at %(start)s–%(end)s: the source says it at %(found_start)s–"
        "%(found_end)s. Set the quote's start and end to these."
    ) % {"start": figure.quote_start, "end": figure.quote_end, "found_start": found, "found_end": found + len(quote)}


def _corroborated_by_others(figures, *, source: Source) -> set[int]:
    corroborations = FigureCorroboration.objects.filter(figure__in=[f.pk for f in figures]).exclude(source=source)
    return set(corroborations.values_list("figure_id", flat=True))


def _touched_by_a_person(figures) -> set[int]:
    historical = DisplacementFigure.history.model
    ids = [f.pk for f in figures]
    return set(
        historical.objects.filter(id__in=ids, history_user__isnull=False).values_list("id", flat=True).distinct()
    )


_KNOWN_VALUES = ("id", "value", "unit", "region_id", "term", "period_start", "period_end", "reporting_body_id",
                 "source_id")  # fmt: skip


def _stored_figures_like(candidates) -> dict[tuple[int, int], list[dict]]:
    """The stored figures that may state what one of the (candidate, region, body, source) given states, by (region,
    value): one query for the whole batch, each candidate one probe of the (region, value) index with its period
    window, so it stays flat in table size; the exact match is made in Python (_same_statement). A draft is no
    stored statement: it counts nowhere until sent to review, and a reading attached to it would be hidden."""
    placed = [(candidate, region) for candidate, region, _body, _source in candidates if region is not None]
    found: dict[tuple[int, int], list[dict]] = {}
    if not placed:
        return found
    if connection.vendor == "postgresql":
        meta = DisplacementFigure._meta
        column = {name: meta.get_field(name).column for name in ("region", "value", "period_start", "period_end")}
        columns = ", ".join(f"f.{meta.get_field(name).column}" for name in _KNOWN_VALUES)
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT DISTINCT {columns} FROM {meta.db_table} AS f "  # noqa: S608 (names from the model)
                "JOIN unnest(%s::bigint[], %s::bigint[], %s::date[], %s::date[]) "
                "AS c(region_id, value, first_day, last_day) "
                f"ON f.{column['region']} = c.region_id AND f.{column['value']} = c.value "
                f"AND f.{column['period_start']} <= c.last_day AND f.{column['period_end']} >= c.first_day "
                f"WHERE f.{meta.get_field('status').column} <> %s ORDER BY f.{meta.pk.column}",
                [[region.pk for _, region in placed], [candidate.value for candidate, _ in placed],
                 [candidate.period_start - CORROBORATION_WINDOW for candidate, _ in placed],
                 [candidate.period_end + CORROBORATION_WINDOW for candidate, _ in placed], FigureStatus.DRAFT],
            )  # fmt: skip
            rows = [dict(zip(_KNOWN_VALUES, row, strict=True)) for row in cursor.fetchall()]
    else:
        rows = (
            DisplacementFigure.objects.filter(
                region_id__in={region.pk for _, region in placed},
                value__in={candidate.value for candidate, _ in placed},
                period_start__lte=max(candidate.period_end for candidate, _ in placed) + CORROBORATION_WINDOW,
                period_end__gte=min(candidate.period_start for candidate, _ in placed) - CORROBORATION_WINDOW,
            )
            .exclude(status=FigureStatus.DRAFT)
            .order_by("id")
            .values(*_KNOWN_VALUES)
        )
    for row in rows:
        found.setdefault((row["region_id"], row["value"]), []).append(row)
    return found


def _same_statement(known, *, candidate, region, body, source) -> bool:
    """`known` (a stored figure's values, or a figure about to be stored) states what the candidate states: same
    value, unit, place and term, from another document, a period within CORROBORATION_WINDOW, a compatible body."""
    get = known.get if isinstance(known, dict) else lambda name: getattr(known, name)
    return (
        get("value") == candidate.value
        and get("unit") == candidate.unit
        and get("region_id") == region.pk
        and get("term") == candidate.term
        and get("period_start") <= candidate.period_end + CORROBORATION_WINDOW
        and get("period_end") >= candidate.period_start - CORROBORATION_WINDOW
        and get("source_id") != source.pk
        and (body is None or get("reporting_body_id") in (body.pk, None))
    )


def _figure_of_story(*, candidate, region, figures) -> DisplacementFigure | dict | None:
    """The figure an earlier retelling of the same story already states: same value, unit and term, and the same
    place, or one within the other, where both name one (an edit may drop or generalise the place, or change the
    attribution or the date that _known_figure needs). `figures`: stored ones as selectors.figures_of_stories
    gives them (rows), or figures about to be stored."""
    for figure in figures:
        if isinstance(figure, dict):
            stated, path = (figure["value"], figure["unit"], figure["term"]), figure["region_path"]
        else:
            stated, path = (figure.value, figure.unit, figure.term), figure.region.path if figure.region else None
        if stated != (candidate.value, candidate.unit, candidate.term):
            continue
        if region is None or path is None:
            return figure
        if region.path.startswith(path) or path.startswith(region.path):
            return figure
    return None


@transaction.atomic
def extract_figures(*, source: Source, default_body: ReportingBody | None = None) -> ExtractionResult:
    """Find the displacement figures in a stored document and queue them for review.

    Re-extracting replaces the candidates of the previous run that no person has touched; a figure a person
    entered, edited or reviewed is never overwritten. A candidate that restates a figure already known from
    another document is attached to it as corroboration instead of entering the queue again; so is one that
    restates a figure of the same story (a near-duplicate document, see link_near_duplicate).
    """
    result = ExtractionResult()
    previous = list(source.figures.filter(status=FigureStatus.EXTRACTED, entered_by__isnull=True))
    # a candidate a person touched is theirs; one other documents corroborate holds their readings (deleting it
    # would delete them with it): both are kept, and the same statement read again is not queued twice (_holds)
    touched = _touched_by_a_person(previous) | _corroborated_by_others(previous, source=source)
    untouched = [f for f in previous if f.pk not in touched]
    kept = list(source.figures.exclude(pk__in=[f.pk for f in untouched]))
    result.replaced, result.kept = len(untouched), len(kept)
    DisplacementFigure.objects.filter(pk__in=[f.pk for f in untouched]).delete()
    FigureCorroboration.objects.filter(source=source).delete()
    _extract(documents=[(source, default_body, kept, result)])
    return result


@transaction.atomic
def extract_new_documents(*, documents: list[tuple[Source, ReportingBody | None]]) -> list[ExtractionResult]:
    """extract_figures for many documents just stored (none has figures yet), at once: set-based look-ups and bulk
    inserts, each figure still validated by the same rules and written with its history row. One result each."""
    results = [ExtractionResult() for _ in documents]
    _extract(documents=[(source, body, [], result) for (source, body), result in zip(documents, results, strict=True)])
    return results


def added_on(*, source: Source) -> date:
    """The day the tracker fetched or was given a document (its record's creation), which stands in for the
    publication date of a document that has none: never the day its figures happen to be read (again)."""
    return timezone.localdate(source.created_at) if source.created_at else timezone.localdate()


def _holds(figure: DisplacementFigure, candidate) -> bool:
    """A figure a person kept holds the statement a candidate reads: the same value, quoted from the same start or
    from a span that overlaps the candidate's (a quote the person trimmed or widened; a figure the demo loader or an
    older extractor quoted from another word of the same sentence). Two figures of one sentence differ in value."""
    if figure.quote_start is None or figure.value != candidate.value:
        return False
    end = figure.quote_end if figure.quote_end is not None else figure.quote_start + 1
    return figure.quote_start == candidate.start or (figure.quote_start < candidate.end and candidate.start < end)


def _extract(*, documents) -> None:
    """The one path from extracted candidates to figures and corroborations, for (source, default body, figures a
    person holds, result) each. A candidate restating a stored figure, or one an earlier document of the same
    call yields, corroborates it; every other one becomes an extracted figure through the lifecycle's `create`."""
    gazetteer = extraction_gazetteer()
    extracted, detected = [], []
    for source, default_body, kept, result in documents:
        published = source.published_on or added_on(source=source)  # an undated document: the day it came in
        fallback = (default_body.acronym or default_body.name, default_body.pk) if default_body else None
        if not source.language:  # the language picks the pipeline; detected once and kept with the document
            source.language = detect_language(source.text)
            detected.append(source)
        candidates = extract_in_language(
            source.text, lang=source.language, gazetteer=gazetteer, published=published, default_body=fallback
        )
        extracted.append((source, kept, result, candidates))
    if detected:
        _set_languages(detected)  # one query for the documents whose language was found
    everything = [c for *_, candidates in extracted for c in candidates]
    regions = Region.objects.in_bulk({c.region_id for c in everything if c.region_id})
    bodies = ReportingBody.objects.in_bulk({c.reporting_body_id for c in everything if c.reporting_body_id})
    placed = [(c, regions.get(c.region_id), bodies.get(c.reporting_body_id), source)
              for source, _kept, _result, candidates in extracted for c in candidates]  # fmt: skip
    stored = _stored_figures_like(placed)
    new_figures: dict[tuple[int, int], list[DisplacementFigure]] = {}  # by (region, value), in creation order
    created: list[DisplacementFigure] = []
    household_sizes = HouseholdSizes()
    if any(c.unit == Unit.HOUSEHOLD for c in everything):
        household_sizes.load(regions.values())  # one query for the batch
    breakdowns: list[tuple[DisplacementFigure, list[dict]]] = []
    corroborations: dict[tuple, tuple[object, FigureCorroboration]] = {}
    stories_told = figures_of_stories(  # only a figure of the same value can be restated (_figure_of_story)
        story_ids={s.story_id for s, _, _, found in extracted if found and s.story_id},
        values={candidate.value for *_, found in extracted for candidate in found},
        exclude_source_ids={source.pk for source, *_ in extracted},  # (as `retold` below: not a document's own)
    )
    # the figures of each story (tracker.stories, as story_figures gives them) by what they state: stored ones (in
    # id order), then those of this call's earlier documents (a story's id is its first document's, which may not
    # know it yet), never a document's own
    told: dict[tuple, list] = {}
    for story_id, rows in stories_told.items():
        for row in rows:
            told.setdefault((story_id, row["value"], row["unit"], row["term"]), []).append(row)
    for source, kept, result, candidates in extracted:
        for candidate in candidates:
            if any(_holds(f, candidate) for f in kept):
                continue  # a person already holds this statement
            region, body = regions.get(candidate.region_id), bodies.get(candidate.reporting_body_id)
            retold = []
            if source.story_id is not None:
                retold = [f for f in told.get((source.story_id, candidate.value, candidate.unit, candidate.term), ())
                          if (f["source_id"] if isinstance(f, dict) else f.source.pk) != source.pk]  # fmt: skip
            known = _figure_of_story(candidate=candidate, region=region, figures=retold)
            if known is None and region is not None:
                match = dict(candidate=candidate, region=region, body=body, source=source)
                same = (region.pk, candidate.value)
                known = next((row for row in stored.get(same, ()) if _same_statement(row, **match)), None) or next(
                    (figure for figure in new_figures.get(same, ()) if _same_statement(figure, **match)), None
                )
            if known is not None:
                if isinstance(known, dict):
                    figure_key = ("stored", known["id"])
                else:
                    figure_key = ("stored", known.pk) if known.pk else ("new", id(known))
                if (figure_key, source.pk) not in corroborations:
                    corroborations[(figure_key, source.pk)] = (known, FigureCorroboration(
                        source=source, quote=candidate.quote, quote_start=candidate.start, quote_end=candidate.end,
                    ))  # fmt: skip
                result.corroborated.append(known if isinstance(known, DisplacementFigure) else known["id"])
                continue
            try:
                fields = _candidate_fields(candidate=candidate, region=region, body=body, source=source)
                figure, row, parts = _new_candidate(fields=fields, candidate=candidate, household_sizes=household_sizes)
            except ValidationError as exc:
                # one bad candidate is reported and the others still go in
                result.failed.append(f"{candidate.quote[:80]!r}: {'; '.join(exc.messages)}")
                continue
            lifecycle.apply(figure=figure, row=row, acting_user=None, now=timezone.now())
            if parts:
                breakdowns.append((figure, parts))
            new_figures.setdefault((figure.region_id, figure.value), []).append(figure)
            story = (source.story_id or source.pk, figure.value, figure.unit, figure.term)
            told.setdefault(story, []).append(figure)
            created.append(figure)
            result.created.append(figure)
    _bulk_create_with_history(created, DisplacementFigure, batch_size=500)
    parts_rows = [FigureBreakdown(figure=figure, **{name: part[name] for name in parts_of.PART_FIELDS})
                  for figure, parts in breakdowns for part in parts]  # fmt: skip
    if parts_rows:
        _bulk_create_with_history(parts_rows, FigureBreakdown, batch_size=500)
    stored_known = DisplacementFigure.objects.in_bulk(
        [known["id"] for known, _ in corroborations.values() if isinstance(known, dict)]
    )
    for known, corroboration in corroborations.values():
        corroboration.figure = stored_known[known["id"]] if isinstance(known, dict) else known
    FigureCorroboration.objects.bulk_create([c for _, c in corroborations.values()], batch_size=500)
    for _source, _kept, result, _candidates in extracted:
        result.corroborated = [stored_known[k] if isinstance(k, int) else k for k in result.corroborated]


def _set_languages(sources: list[Source]) -> None:
    """Source.language of many documents in one statement (bulk_update's CASE per row costs more on PostgreSQL)."""
    if connection.vendor != "postgresql":
        Source.objects.bulk_update(sources, ["language"])
        return
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {Source._meta.db_table} AS source SET language = v.language "  # noqa: S608
            "FROM unnest(%s::bigint[], %s::text[]) AS v(id, language) WHERE source.id = v.id",
            [stories.sql_array(source.pk for source in sources), [source.language for source in sources]],
        )


def _new_candidate(*, fields: dict, candidate, household_sizes: HouseholdSizes):
    """A candidate with the breakdown its text states; a breakdown the rules refuse (a share read wrong) is left
    out, said in the notes, and the figure still goes to review."""
    breakdown = [vars(part) if not isinstance(part, dict) else part for part in getattr(candidate, "breakdown", [])]
    try:
        return _new_figure(**fields, breakdown=breakdown, household_sizes=household_sizes)
    except ValidationError as exc:
        if not breakdown or not all(key.startswith("breakdown") for key in exc.message_dict):
            raise
        figure, row, parts = _new_figure(**fields, household_sizes=household_sizes)
        figure.notes = f"{figure.notes}\nBreakdown read from the text and left out: {' '.join(exc.messages)}".strip()
        return figure, row, parts


def _candidate_fields(*, candidate, region, body, source) -> dict:
    return candidate_figure_fields(
        source=source,
        value=candidate.value,
        value_high=candidate.value_high,
        qualifier=candidate.qualifier,
        unit=candidate.unit,
        term=candidate.term,
        category=candidate.category,
        period_start=candidate.period_start,
        period_end=candidate.period_end,
        period_accuracy=candidate.period_accuracy,
        region=region,
        raw_location=candidate.location or "",
        place_country=candidate.country or "",
        place_admin1=candidate.admin1 or "",
        reporting_body=body,
        body_as_written=candidate.reporting_body or "",
        quote=candidate.quote,
        quote_start=candidate.start,
        quote_end=candidate.end,
        rule=candidate.rule,
    )


def candidate_figure_fields(
    *,
    source: Source,
    value: int,
    unit: str,
    period_start: date,
    period_end: date,
    quote: str,
    quote_start: int,
    quote_end: int,
    rule: str,
    value_high: int | None = None,
    qualifier: str = Qualifier.EXACT,
    term: str = Term.DISPLACED,
    category: str = Category.FLOW,
    period_accuracy: str = DateAccuracy.DAY,
    region: Region | None = None,
    raw_location: str = "",
    place_country: str = "",
    place_admin1: str = "",
    reporting_body: ReportingBody | None = None,
    body_as_written: str = "",
) -> dict:
    """The one way a candidate becomes a figure awaiting review, whether it was read in a text (extract_figures,
    in bulk), an HXL row or a DTM row (record_candidate): the figure's fields, entered by the system (no person),
    with its source, the quote at its span and the rules that made it.

    A place the gazetteer has no region for keeps its name as written with the country (ISO code) and first-level
    division the extraction resolved; a body no record matches is kept as written (`raw_reporting_body`)."""
    return dict(
        acting_user=None,
        status=FigureStatus.EXTRACTED,
        region=region,
        raw_location=raw_location,
        place_country=(place_country or "").upper()[:2],
        place_admin1=(place_admin1 or "")[:100],
        value=value,
        value_high=value_high,
        qualifier=qualifier,
        unit=unit,
        household_size=None,
        term=term,
        category=category,
        period_start=period_start,
        period_end=period_end,
        period_accuracy=period_accuracy,
        reporting_body=reporting_body,
        source=source,
        quote=quote,
        quote_start=quote_start,
        quote_end=quote_end,
        extraction_rule=rule,
        raw_reporting_body="" if reporting_body else body_as_written,
        notes=_period_guessed(source=source, period_accuracy=period_accuracy, period_start=period_start),
    )


def _period_guessed(*, source: Source, period_accuracy: str, period_start: date) -> str:
    """What the reviewer is told when the document has no publication date (`added_on` stands in for it): with no
    period in the text, the period is that day; with one, a period the text states relative to its date ("on
    Tuesday", "this week", a day and month without the year) was dated from that day."""
    if source is None or source.published_on is not None:
        return ""
    if period_accuracy == DateAccuracy.PUBLISHED:
        return (f"Period guessed: the text gives no period and the document no publication date, so the day the "
                f"tracker added the document ({period_start.isoformat()}) stands in for it. Check it.")  # fmt: skip
    return (
        f"Period to check: the document has no publication date, so a period the text gives relative to its "
        f"date was read from the day the tracker added the document ({added_on(source=source).isoformat()})."
    )


def record_candidate(**fields) -> DisplacementFigure:
    """One candidate row (HXL, DTM) recorded as a figure awaiting review: the fields of candidate_figure_fields."""
    return record_figure(**candidate_figure_fields(**fields))


# ------------------------------------------------------------------------------------------ gazetteer


@dataclass
class LoadReport:
    """What a gazetteer load did: units created, updated (each change in words), unchanged and retired, aliases
    and boundaries added, the units read per level, and every rejected row or feature with its reason."""

    created: int = 0
    updated: int = 0
    unchanged: int = 0
    retired: int = 0
    aliases_created: int = 0
    shapes_written: int = 0
    levels: Counter = field(default_factory=Counter)
    changes: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


_REGION_VALUES = ("id", "pcode", "name", "name_key", "level", "parent_id", "path", "depth", "centroid_lat",
                  "centroid_lon", "retired")  # fmt: skip


class _IdAllocator:
    """Primary keys handed out before the rows exist, so a new region's materialized path is known at insert."""

    def __init__(self):
        self._free: list[int] = []
        self._top = 0

    def __call__(self) -> int:
        if not self._free:
            from django.db import connection

            table = Region._meta.db_table
            with connection.cursor() as cursor:
                if connection.vendor == "postgresql":
                    cursor.execute("SELECT nextval(pg_get_serial_sequence(%s, 'id')) FROM generate_series(1, 2000)",
                                   [table])  # fmt: skip
                    self._free = sorted((row[0] for row in cursor.fetchall()), reverse=True)
                else:  # SQLite (the embedded default): one writer, inside this transaction
                    cursor.execute(f"SELECT coalesce(max(id), 0) FROM {table}")  # noqa: S608 (name from the model)
                    top = max(cursor.fetchone()[0], self._top)
                    self._free, self._top = list(range(top + 2000, top, -1)), top + 2000
        return self._free.pop()


def _case_clash(pcode: str, known: str, name: str) -> str:
    return (f"p-code {pcode} differs only in case from {known} ({name}); "
            f"p-codes are compared ignoring case: write {known}")  # fmt: skip


def _read_units(rows, features, feature_level, report, progress) -> tuple[dict, set]:
    """Every unit the table rows and GeoJSON features describe, by identity, broadest first within each source."""
    units: dict[tuple, geo.Unit] = {}
    table_levels: set[str] = set()

    def merge(unit: geo.Unit, *, from_table: bool) -> None:
        known = units.get(unit.ref)
        if known is not None and known.pcode != unit.pcode:
            raise geo.GeoError(_case_clash(unit.pcode, known.pcode, known.name))
        if known is None:
            units[unit.ref] = unit
            if from_table:
                table_levels.add(unit.level)
            return
        for other in [*([unit.name] if unit.name != known.name else []), *unit.other_names]:
            if other not in known.other_names:
                known.other_names.append(other)
        if known.lat is None and unit.lat is not None:
            known.lat, known.lon = unit.lat, unit.lon
        if unit.geometry is not None:
            known.geometry, known.edition = unit.geometry, unit.edition or known.edition
        known.parent_pcode = known.parent_pcode or unit.parent_pcode
        known.level = known.level or unit.level

    for line, row in enumerate(rows, start=2):
        try:
            for unit in geo.units_from_row(row):
                merge(unit, from_table=True)
        except geo.GeoError as exc:
            report.errors.append(f"line {line}: {exc}")
        if progress:
            progress(1)
    for number, feature in enumerate(features, start=1):
        try:
            merge(geo.unit_from_feature(feature, feature_level), from_table=False)
        except geo.GeoError as exc:
            report.errors.append(f"feature {number}: {exc}")
        if progress:
            progress(1)
    return units, table_levels


@transaction.atomic
def load_gazetteer(
    *,
    rows: Iterable[dict] = (),
    alias_rows: Iterable[dict] = (),
    features: Iterable[dict] = (),
    feature_level: str | None = None,
    retire_missing: bool | None = None,
    acting_user=None,
    progress=None,
) -> LoadReport:
    """Load an OCHA COD-AB table (admin0Name_en, admin0Pcode, admin0Name_ar, … admin4Pcode, latitude, longitude)
    and/or GeoJSON boundary features (p-codes, English and Arabic names, parents by p-code), idempotently.

    A region is the same region when its p-code is (or, without one, its parent, level and folded name are).
    Loading the same files again changes nothing; a newer edition renames, moves, re-codes and redraws regions in
    place and says what changed (an old name stays findable as an alias). Arabic names and alternate spellings
    become aliases. With a table (or `retire_missing=True`), regions of the loaded countries and levels whose
    p-codes the table no longer has are retired, never deleted: figures may point at them. Geometries are
    simplified for display and give each region its centroid; a region without either gets the mean of its
    children's centroids. A bad row or feature is reported and the rest goes in. Bulk writes throughout.
    """
    report = LoadReport()
    units, table_levels = _read_units(rows, features, feature_level, report, progress)
    if retire_missing is None:
        retire_missing = bool(table_levels)

    existing = {r["id"]: r for r in Region.objects.values(*_REGION_VALUES)}
    by_pcode = {r["pcode"].upper(): r for r in existing.values() if r["pcode"]}
    by_name = {(r["parent_id"], r["level"], r["name_key"]): r for r in existing.values()}
    allocate = _IdAllocator()
    resolved: dict[tuple, dict] = {}  # unit ref -> region record (existing or new)
    new_regions: list[dict] = []
    updates: dict[int, dict] = {}
    loaded_pcodes: set[str] = set()
    moves: list[tuple[int, int, int | None]] = []
    now = timezone.now()

    ordered = sorted(units.values(), key=lambda u: geo.LEVELS.index(u.level) if u.level else 9)
    pending = list(ordered)
    while pending:  # a unit whose level follows from its parent waits for it
        progress_made, waiting = False, []
        for unit in pending:
            parent = None
            if unit.parent_pcode:
                parent = resolved.get(("pcode", unit.parent_pcode.upper())) or by_pcode.get(unit.parent_pcode.upper())
            elif unit.parent_ref:
                parent = resolved.get(unit.parent_ref)
            if (unit.parent_pcode or unit.parent_ref) and parent is None:
                if unit.parent_pcode and ("pcode", unit.parent_pcode.upper()) in units:
                    waiting.append(unit)
                    continue
                report.errors.append(f"{unit.pcode or unit.name}: parent {unit.parent_pcode or '?'} is unknown")
                continue
            known = by_pcode.get(unit.pcode.upper()) if unit.pcode else None
            if known is not None and known["pcode"] != unit.pcode:
                report.errors.append(_case_clash(unit.pcode, known["pcode"], known["name"]))
                continue
            level = unit.level
            if not level:
                if known is not None:
                    level = known["level"]
                elif parent is not None and geo.LEVELS.index(parent["level"]) + 1 < len(geo.LEVELS):
                    level = geo.LEVELS[geo.LEVELS.index(parent["level"]) + 1]
                else:
                    report.errors.append(f"{unit.pcode}: no level and no parent: load the table first")
                    continue
            progress_made = True
            key = name_key(unit.name)
            parent_id = parent["id"] if parent else None
            if known is not None and parent is None and not (unit.parent_pcode or unit.parent_ref):
                # a layer that names no parent (HDX's admin1 boundaries: name, p-code, geometry) redraws the region
                # where it is: it moved every governorate out of its country
                parent_id = known["parent_id"]
            if known is None:
                candidate = by_name.get((parent_id, level, key))
                if candidate is not None and (not unit.pcode or not candidate["pcode"]):
                    known = candidate
            report.levels[level] += 1
            if unit.pcode:
                loaded_pcodes.add(unit.pcode.upper())
            lat, lon = unit.lat, unit.lon
            if lat is None and unit.geometry is not None:
                lat, lon = geo.centroid(unit.geometry)
            if known is None:
                pk = allocate()
                depth = parent["depth"] + 1 if parent else 0
                record = {"id": pk, "pcode": unit.pcode, "name": unit.name, "name_key": key, "level": level,
                          "parent_id": parent_id, "path": f"{parent['path'] if parent else '/'}{pk}/", "depth": depth,
                          "centroid_lat": lat, "centroid_lon": lon, "retired": False, "_new": True}  # fmt: skip
                new_regions.append(record)
                existing[pk] = record
                report.created += 1
            else:
                record = known
                wanted = {"name": unit.name, "name_key": key, "level": level, "parent_id": parent_id,
                          "pcode": unit.pcode or known["pcode"], "retired": False}  # fmt: skip
                if lat is not None:
                    wanted.update(centroid_lat=lat, centroid_lon=lon)
                changed = {f: v for f, v in wanted.items() if known[f] != v}
                if changed:
                    label = known["pcode"] or known["name"]
                    words = [f"{f} {known[f]!r} → {v!r}" for f, v in changed.items() if f not in ("name_key",)]
                    report.changes.append(f"{label}: {', '.join(words)}")
                    if "name" in changed and known["name_key"] != key:
                        unit.other_names.append(known["name"])  # the old name stays findable
                    if "parent_id" in changed:  # moved once every new region exists (its new parent may be new)
                        moves.append((known["depth"], known["id"], changed.pop("parent_id")))
                        known["parent_id"] = parent_id
                    known.update(changed)
                    updates[known["id"]] = changed
                    report.updated += 1
                else:
                    report.unchanged += 1
            resolved[unit.ref] = record
            if unit.pcode:
                by_pcode[unit.pcode.upper()] = record
            by_name[(parent_id, level, key)] = record
        if not progress_made:
            for unit in waiting:
                report.errors.append(f"{unit.pcode or unit.name}: parent {unit.parent_pcode} could not be placed")
            break
        pending = waiting

    _inherit_centroids(resolved=resolved, existing=existing, updates=updates)
    _insert_regions(new_regions, now=now, acting_user=acting_user)
    for _depth, region_id, parent_id in sorted(moves):  # broadest first; each rewrites its subtree's paths
        update_region(region=Region.objects.get(pk=region_id),
                      parent=Region.objects.get(pk=parent_id) if parent_id else None)  # fmt: skip
    if updates:
        instances = Region.objects.in_bulk(list(updates))
        fields_changed = set()
        for pk, changed in updates.items():
            for name, value in changed.items():
                setattr(instances[pk], name, value)
                fields_changed.add(name)
            instances[pk].updated_at = now
        bulk_update_with_history(list(instances.values()), Region, [*sorted(fields_changed), "updated_at"],
                                 batch_size=2000, default_user=acting_user)  # fmt: skip
    if retire_missing:
        levels = table_levels or {u.level for u in units.values()}
        report.retired = _retire_missing(resolved=resolved, levels=levels, loaded_pcodes=loaded_pcodes,
                                         report=report, acting_user=acting_user, now=now)  # fmt: skip
    report.aliases_created = _add_unit_aliases(units=units, resolved=resolved,
                                               new_ids={r["id"] for r in new_regions})  # fmt: skip
    report.shapes_written = _write_shapes(units=units, resolved=resolved, report=report)
    for line, row in enumerate(alias_rows, start=2):
        try:
            _load_alias_row(row, report)
        except ValidationError as exc:
            report.errors.append(f"aliases line {line}: {'; '.join(exc.messages)}")
    return report


def _inherit_centroids(*, resolved, existing, updates) -> None:
    """A region with no point or boundary of its own is placed at the mean of its children's centroids."""
    children: dict[int, list[dict]] = {}
    for record in existing.values():
        if record["parent_id"] is not None:
            children.setdefault(record["parent_id"], []).append(record)
    for record in sorted(resolved.values(), key=lambda r: -r["depth"]):
        if record["centroid_lat"] is not None:
            continue
        placed = [c for c in children.get(record["id"], []) if c["centroid_lat"] is not None]
        if not placed:
            continue
        lat = round(sum(c["centroid_lat"] for c in placed) / len(placed), geo.COORDINATE_DECIMALS)
        lon = round(sum(c["centroid_lon"] for c in placed) / len(placed), geo.COORDINATE_DECIMALS)
        record.update(centroid_lat=lat, centroid_lon=lon)  # a new region's record is what gets inserted
        if record["id"] in updates or not record.get("_new"):
            updates.setdefault(record["id"], {}).update(centroid_lat=lat, centroid_lon=lon)


_REGION_COLUMNS = ("id", "created_at", "updated_at", "name", "name_key", "level", "parent_id", "pcode", "path",
                   "depth", "centroid_lat", "centroid_lon", "retired")  # fmt: skip


def _insert_regions(records: list[dict], *, now, acting_user) -> None:
    """New regions and their 'created' history rows. On PostgreSQL with COPY (a country of 100,000 units in
    seconds); elsewhere with the ORM's bulk_create."""
    from django.db import connection

    if not records:
        return
    user_id = acting_user.pk if acting_user is not None else None
    if connection.vendor != "postgresql":
        regions = [Region(**{c: r[c] for c in _REGION_COLUMNS if c not in ("created_at", "updated_at")},
                          created_at=now, updated_at=now) for r in records]  # fmt: skip
        bulk_create_with_history(regions, Region, batch_size=2000, default_user=acting_user)
        return
    history = Region.history.model._meta.db_table
    history_columns = (*_REGION_COLUMNS, "history_date", "history_type", "history_user_id")
    with connection.cursor() as cursor:
        with cursor.cursor.copy(f"COPY {Region._meta.db_table} ({', '.join(_REGION_COLUMNS)}) FROM STDIN") as copy:
            for r in records:
                copy.write_row((r["id"], now, now, *(r[c] for c in _REGION_COLUMNS[3:])))
        with cursor.cursor.copy(f"COPY {history} ({', '.join(history_columns)}) FROM STDIN") as copy:
            for r in records:
                copy.write_row((r["id"], now, now, *(r[c] for c in _REGION_COLUMNS[3:]), now, "+", user_id))


def _retire_missing(*, resolved, levels, loaded_pcodes, report, acting_user, now) -> int:
    countries = [r for r in resolved.values() if r["depth"] == 0]
    if not countries:
        return 0
    within = Q()
    for country in countries:
        within |= Q(path__startswith=country["path"])
    candidates = Region.objects.filter(within, retired=False, level__in=levels).exclude(pcode="")
    gone_ids = [pk for pk, pcode in candidates.values_list("id", "pcode") if pcode.upper() not in loaded_pcodes]
    gone = list(Region.objects.filter(pk__in=gone_ids)) if gone_ids else []
    for region in gone:
        region.retired, region.updated_at = True, now
        report.changes.append(f"{region.pcode}: retired ({region.name} is not in this edition)")
    bulk_update_with_history(gone, Region, ["retired", "updated_at"], batch_size=2000, default_user=acting_user)
    return len(gone)


def _add_unit_aliases(*, units, resolved, new_ids) -> int:
    wanted: dict[tuple, str] = {}
    for unit in units.values():
        record = resolved.get(unit.ref)
        if record is None:
            continue
        for other in unit.other_names:
            key = name_key(other)
            if key and key != record["name_key"]:
                wanted.setdefault((record["id"], key), other.strip())
    if not wanted:
        return 0
    region_ids = {region_id for region_id, _ in wanted} - new_ids
    have = set()
    if len(region_ids) > 5000:  # most of the table: one plain read beats long lists of ids
        have.update(RegionAlias.objects.values_list("region_id", "name_key").iterator(chunk_size=20000))
    elif region_ids:
        have.update(RegionAlias.objects.filter(region_id__in=region_ids).values_list("region_id", "name_key"))
    new = [(r, n, k) for (r, k), n in wanted.items() if (r, k) not in have]
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            columns = "region_id, name, name_key"
            with cursor.cursor.copy(f"COPY {RegionAlias._meta.db_table} ({columns}) FROM STDIN") as copy:
                for row in new:
                    copy.write_row(row)
    else:
        RegionAlias.objects.bulk_create([RegionAlias(region_id=r, name=n, name_key=k) for r, n, k in new],
                                        batch_size=5000)  # fmt: skip
    return len(new)


def _write_shapes(*, units, resolved, report) -> int:
    shaped = {resolved[u.ref]["id"]: u for u in units.values() if u.geometry is not None and u.ref in resolved}
    if not shaped:
        return 0
    have = RegionShape.objects.in_bulk(list(shaped))
    create, update = [], []
    for region_id, unit in shaped.items():
        shape = have.get(region_id)
        if shape is None:
            create.append(RegionShape(region_id=region_id, geometry=unit.geometry, edition=unit.edition))
        elif shape.geometry != unit.geometry or shape.edition != unit.edition:
            shape.geometry, shape.edition = unit.geometry, unit.edition
            update.append(shape)
            report.changes.append(f"{unit.pcode}: boundary redrawn ({unit.edition or 'new edition'})")
    RegionShape.objects.bulk_create(create, batch_size=500)
    RegionShape.objects.bulk_update(update, ["geometry", "edition"], batch_size=500)
    return len(create) + len(update)


def _load_alias_row(row: dict, report: LoadReport) -> None:
    pcode, region_name, alias = (row.get(k, "").strip() for k in ("pcode", "region", "alias"))
    if not alias:
        raise ValidationError("no alias given")
    if pcode:
        regions = list(Region.objects.filter(pcode__iexact=pcode))
    else:
        regions = list(Region.objects.filter(name_key=name_key(region_name)).order_by("depth")[:2])
    if not regions:
        raise ValidationError(f"no region {pcode or region_name!r}")
    if len(regions) > 1:
        raise ValidationError(f"{region_name!r} names several regions: give its p-code")
    _, created = add_region_alias(region=regions[0], name=alias)
    report.aliases_created += int(created)

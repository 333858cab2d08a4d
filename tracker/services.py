"""Writes to the displacement domain. Plain functions, keyword-only arguments, one transaction each."""

import hashlib
import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from django.contrib.auth.models import Group, Permission
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F, Q, Value
from django.db.models.functions import Concat, Substr
from django.utils import timezone
from simple_history.utils import bulk_update_with_history

import extraction
from tracker.choices import (
    BodyKind,
    Category,
    DateAccuracy,
    FigureRole,
    FigureStatus,
    Qualifier,
    RegionLevel,
    Reliability,
    Role,
    Term,
    Unit,
)
from tracker.models import (
    DisplacementFigure,
    Event,
    FigureComment,
    FigureCorroboration,
    Region,
    RegionAlias,
    ReportingBody,
    ReportingBodyAlias,
    Source,
)
from tracker.selectors import extraction_gazetteer, household_size_for
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


def sync_role_groups() -> None:
    """Create the Editors, Reviewers and Partners groups and give each exactly its permissions."""
    with transaction.atomic():
        for role, codenames in ROLE_PERMISSIONS.items():
            group, _ = Group.objects.get_or_create(name=role)
            permissions = Permission.objects.filter(content_type__app_label="tracker", codename__in=codenames)
            group.permissions.set(permissions)


# ------------------------------------------------------------------------------------------- regions


@transaction.atomic
def create_region(*, name: str, level: str, parent: Region | None = None, pcode: str = "") -> Region:
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
    if name is not None:
        region.name, region.name_key = name.strip(), name_key(name)
    if level is not None:
        region.level = level
    if pcode is not None:
        region.pcode = pcode.strip()
    old_path = region.path
    if parent is not _UNCHANGED and parent != region.parent:
        if parent is not None and parent.path.startswith(old_path):
            raise ValidationError({"parent": "A region cannot be moved inside itself."})
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
        raise ValidationError({"name": "An alias cannot be empty."})
    if key == region.name_key:
        return RegionAlias(region=region, name=name, name_key=key), False
    return RegionAlias.objects.get_or_create(region=region, name_key=key, defaults={"name": name.strip()})


# ------------------------------------------------------------------------------------ reporting bodies


@transaction.atomic
def add_body_alias(*, body: ReportingBody, name: str) -> tuple[ReportingBodyAlias, bool]:
    """Map a phrase to a body. A phrase names one body only: re-mapping it is an explicit error."""
    key = name_key(name)
    if not key:
        raise ValidationError({"name": "An alias cannot be empty."})
    existing = ReportingBodyAlias.objects.filter(name_key=key).select_related("body").first()
    if existing is not None:
        if existing.body_id != body.pk:
            raise ValidationError({"name": f"“{name}” already names {existing.body}."})
        return existing, False
    return ReportingBodyAlias.objects.create(body=body, name=name.strip(), name_key=key), True


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

_WHITESPACE = re.compile(r"\s+")


def content_hash(text: str) -> str:
    """The identity of a document's text: white space differences do not make a new document."""
    return hashlib.sha256(_WHITESPACE.sub(" ", text).strip().encode("utf-8")).hexdigest()


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
    source = Source(
        title=title.strip()[:500] or "(untitled)",
        text=text,
        url=url,
        publisher=publisher,
        published_on=published_on,
        content_hash=digest,
    )
    source.full_clean(exclude=["content_hash"], validate_unique=False)
    try:
        with transaction.atomic():
            source.save()
    except IntegrityError:
        # Another worker stored the same text between our read and our write.
        return Source.objects.get(content_hash=digest), False
    return source, True


@transaction.atomic
def update_source_metadata(*, source: Source, changes: dict) -> Source:
    """Title, URL, publisher and date may be corrected; the text may not (quotes' spans point into it)."""
    for name in ("title", "url", "publisher", "published_on"):
        if name in changes:
            setattr(source, name, changes[name])
    source.full_clean()
    source.save()
    return source


# -------------------------------------------------------------------------------------------- figures

EDITABLE_FIGURE_FIELDS = frozenset(
    {
        "value",
        "value_high",
        "qualifier",
        "unit",
        "household_size",
        "term",
        "category",
        "period_start",
        "period_end",
        "period_accuracy",
        "region",
        "reporting_body",
        "source",
        "event",
        "quote",
        "quote_start",
        "quote_end",
        "role",
        "notes",
    }
)


def persons_for(*, value: int, unit: str, household_size: Decimal | None) -> int:
    if unit == Unit.HOUSEHOLD:
        if household_size is None:
            raise ValidationError({"household_size": "A figure in households needs a household size."})
        return int((Decimal(value) * Decimal(household_size)).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    return value


def _complete_and_validate(figure: DisplacementFigure) -> None:
    """Fill the derived fields (household size default, persons) and check every invariant."""
    errors: dict[str, list[str]] = {}
    if figure.unit == Unit.HOUSEHOLD and figure.household_size is None and figure.region_id:
        year = (figure.period_end or figure.period_start or timezone.now().date()).year
        figure.household_size = household_size_for(region=figure.region, year=year)
    if figure.unit == Unit.HOUSEHOLD and figure.household_size is None:
        figure.persons = None  # only an extracted candidate may wait for its household size
    elif figure.value and figure.unit in Unit.values:
        figure.persons = persons_for(value=figure.value, unit=figure.unit, household_size=figure.household_size)
    else:
        figure.persons = figure.value or 0
    if figure.quote_start is not None or figure.quote_end is not None:
        if figure.source is None:
            errors.setdefault("source", []).append("A quote's span refers to a source: choose the source.")
        elif figure.quote_start is None or figure.quote_end is None:
            errors.setdefault("quote_end", []).append("Give both ends of the quote's span, or neither.")
        elif not (0 <= figure.quote_start < figure.quote_end <= len(figure.source.text)):
            errors.setdefault("quote_end", []).append(
                f"The span {figure.quote_start}–{figure.quote_end} lies outside the source text "
                f"({len(figure.source.text)} characters)."
            )
        elif figure.source.text[figure.quote_start : figure.quote_end] != figure.quote:
            errors.setdefault("quote", []).append("The quote is not what the source says at that span.")
    try:
        figure.full_clean()
    except ValidationError as exc:
        for key, messages in exc.message_dict.items():
            errors.setdefault(key, []).extend(messages)
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def record_figure(
    *,
    entered_by,
    region: Region,
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
    quote: str = "",
    quote_start: int | None = None,
    quote_end: int | None = None,
    role: str = FigureRole.TRIANGULATION,
    status: str = FigureStatus.DRAFT,
    notes: str = "",
    raw_location: str = "",
    extraction_rule: str = "",
    import_key: str = "",
) -> DisplacementFigure:
    if status in (FigureStatus.VERIFIED, FigureStatus.REJECTED):
        raise ValidationError({"status": "A new figure is a draft or a candidate; verify it through review."})
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
        quote=quote,
        quote_start=quote_start,
        quote_end=quote_end,
        role=role,
        status=status,
        notes=notes,
        raw_location=raw_location[:200],
        extraction_rule=extraction_rule[:200],
        import_key=import_key,
        entered_by=entered_by if getattr(entered_by, "pk", None) else None,
    )
    _complete_and_validate(figure)
    figure._history_user = figure.entered_by
    figure.save()
    return figure


@transaction.atomic
def update_figure(*, figure: DisplacementFigure, changed_by, changes: dict) -> DisplacementFigure:
    unknown = set(changes) - EDITABLE_FIGURE_FIELDS
    if unknown:
        raise ValidationError({name: "This field cannot be changed here." for name in sorted(unknown)})
    reviewed = figure.status in (FigureStatus.VERIFIED, FigureStatus.REJECTED)
    if reviewed and changed_by is not None and not changed_by.has_perm("tracker.verify_displacementfigure"):
        raise PermissionDenied("A reviewed figure can only be changed by a reviewer.")
    if "unit" in changes and changes["unit"] == Unit.PERSON:
        changes.setdefault("household_size", None)
    for name, value in changes.items():
        setattr(figure, name, value)
    _complete_and_validate(figure)
    figure._history_user = changed_by if getattr(changed_by, "pk", None) else None
    figure.save()
    return figure


def _bulk_set_status(figures: list[DisplacementFigure], user, fields: list[str]) -> int:
    now = timezone.now()
    user = user if getattr(user, "pk", None) else None
    for figure in figures:
        figure.updated_at = now
        figure._history_user = user
    bulk_update_with_history(figures, DisplacementFigure, [*fields, "updated_at"], default_user=user)
    return len(figures)


@transaction.atomic
def send_figures_to_review(*, figures: Iterable[DisplacementFigure], user) -> int:
    """Drafts and extracted candidates go to the review queue; others are left as they are."""
    pending = [f for f in figures if f.status in (FigureStatus.DRAFT, FigureStatus.EXTRACTED)]
    for figure in pending:
        figure.status = FigureStatus.IN_REVIEW
    return _bulk_set_status(pending, user, ["status"])


def _check_reviewer(*, figures: list[DisplacementFigure], reviewer) -> None:
    if not reviewer.has_perm("tracker.verify_displacementfigure"):
        raise PermissionDenied("Only reviewers can verify or reject figures.")
    own = [f for f in figures if f.entered_by_id is not None and f.entered_by_id == reviewer.pk]
    if own:
        raise PermissionDenied(
            f"Four-eyes rule: you entered {len(own)} of these figures; another reviewer must review them."
        )


@transaction.atomic
def verify_figures(*, figures: Iterable[DisplacementFigure], reviewer) -> int:
    figures = [f for f in figures if f.status != FigureStatus.VERIFIED]
    _check_reviewer(figures=figures, reviewer=reviewer)
    now = timezone.now()
    for figure in figures:
        figure.status, figure.reviewed_by, figure.reviewed_at = FigureStatus.VERIFIED, reviewer, now
    return _bulk_set_status(figures, reviewer, ["status", "reviewed_by", "reviewed_at"])


@transaction.atomic
def reject_figures(*, figures: Iterable[DisplacementFigure], reviewer, reason: str) -> int:
    if not reason.strip():
        raise ValidationError({"reason": "Say why the figure is rejected."})
    figures = [f for f in figures if f.status != FigureStatus.REJECTED]
    _check_reviewer(figures=figures, reviewer=reviewer)
    now = timezone.now()
    for figure in figures:
        figure.status, figure.reviewed_by, figure.reviewed_at = FigureStatus.REJECTED, reviewer, now
        figure.notes = f"{figure.notes}\nRejected: {reason.strip()}".strip()
    return _bulk_set_status(figures, reviewer, ["status", "reviewed_by", "reviewed_at", "notes"])


@transaction.atomic
def add_comment(*, figure: DisplacementFigure, author, text: str) -> FigureComment:
    if not text.strip():
        raise ValidationError({"text": "A comment cannot be empty."})
    return FigureComment.objects.create(figure=figure, author=author, text=text.strip())


@transaction.atomic
def resolve_conflict(*, recommended: DisplacementFigure, others: Iterable[DisplacementFigure], reviewer) -> int:
    """One figure becomes the recommended one for its region and period; the others triangulate it."""
    if not reviewer.has_perm("tracker.verify_displacementfigure"):
        raise PermissionDenied("Only reviewers resolve conflicts.")
    others = [f for f in others if f.pk != recommended.pk]
    recommended.role = FigureRole.RECOMMENDED
    for figure in others:
        figure.role = FigureRole.TRIANGULATION
    return _bulk_set_status([recommended, *others], reviewer, ["role"])


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


def _touched_by_a_person(figures) -> set[int]:
    historical = DisplacementFigure.history.model
    ids = [f.pk for f in figures]
    return set(
        historical.objects.filter(id__in=ids, history_user__isnull=False).values_list("id", flat=True).distinct()
    )


def _known_figure(*, candidate, region, body, source) -> DisplacementFigure | None:
    """A figure from another document that states the same thing (same value, unit, place, term, close period)."""
    if region is None:
        return None
    start = candidate.period_start - CORROBORATION_WINDOW
    end = candidate.period_end + CORROBORATION_WINDOW
    matches = DisplacementFigure.objects.filter(
        value=candidate.value,
        unit=candidate.unit,
        region=region,
        term=candidate.term,
        period_start__lte=end,
        period_end__gte=start,
    ).exclude(source=source)
    if body is not None:
        matches = matches.filter(Q(reporting_body=body) | Q(reporting_body__isnull=True))
    return matches.order_by("id").first()


@transaction.atomic
def extract_figures(*, source: Source, default_body: ReportingBody | None = None) -> ExtractionResult:
    """Find the displacement figures in a stored document and queue them for review.

    Re-extracting replaces the candidates of the previous run that no person has touched; a figure a person
    entered, edited or reviewed is never overwritten. A candidate that restates a figure already known from
    another document is attached to it as corroboration instead of entering the queue again.
    """
    result = ExtractionResult()
    previous = list(source.figures.filter(status=FigureStatus.EXTRACTED, entered_by__isnull=True))
    touched = _touched_by_a_person(previous)
    untouched = [f for f in previous if f.pk not in touched]
    kept = list(source.figures.exclude(pk__in=[f.pk for f in untouched]))
    result.replaced, result.kept = len(untouched), len(kept)
    DisplacementFigure.objects.filter(pk__in=[f.pk for f in untouched]).delete()
    FigureCorroboration.objects.filter(source=source).delete()

    published = source.published_on or timezone.now().date()
    fallback = (default_body.acronym or default_body.name, default_body.pk) if default_body else None
    candidates = extraction.extract(
        source.text, gazetteer=extraction_gazetteer(), published=published, default_body=fallback
    )
    regions = Region.objects.in_bulk([c.region_id for c in candidates if c.region_id])
    bodies = ReportingBody.objects.in_bulk([c.reporting_body_id for c in candidates if c.reporting_body_id])
    for candidate in candidates:
        if any(f.quote_start == candidate.start and f.value == candidate.value for f in kept):
            continue  # a person already holds this statement
        region, body = regions.get(candidate.region_id), bodies.get(candidate.reporting_body_id)
        known = _known_figure(candidate=candidate, region=region, body=body, source=source)
        if known is not None:
            FigureCorroboration.objects.get_or_create(
                figure=known,
                source=source,
                defaults={"quote": candidate.quote, "quote_start": candidate.start, "quote_end": candidate.end},
            )
            result.corroborated.append(known)
            continue
        try:
            with transaction.atomic():
                figure = _record_candidate(candidate=candidate, region=region, body=body, source=source)
        except ValidationError as exc:
            # one bad candidate is reported and the others still go in
            result.failed.append(f"{candidate.quote[:80]!r}: {'; '.join(exc.messages)}")
            continue
        result.created.append(figure)
    return result


def _record_candidate(*, candidate, region, body, source) -> DisplacementFigure:
    return record_figure(
        entered_by=None,
        status=FigureStatus.EXTRACTED,
        region=region,
        raw_location=candidate.location or "",
        value=candidate.value,
        value_high=candidate.value_high,
        qualifier=candidate.qualifier,
        unit=candidate.unit,
        household_size=None,
        term=candidate.term,
        category=candidate.category,
        period_start=candidate.period_start,
        period_end=candidate.period_end,
        period_accuracy=candidate.period_accuracy,
        reporting_body=body,
        source=source,
        quote=candidate.quote,
        quote_start=candidate.start,
        quote_end=candidate.end,
        extraction_rule=candidate.rule,
        notes="" if body or not candidate.reporting_body else f"Body as written: {candidate.reporting_body}",
    )


# ------------------------------------------------------------------------------------------ gazetteer


@dataclass
class LoadReport:
    """What a bulk load did, row by row: counts, and every rejected row with its line and reason."""

    created: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list[str] = field(default_factory=list)


_LEVELS = (RegionLevel.COUNTRY, RegionLevel.ADMIN1, RegionLevel.ADMIN2, RegionLevel.ADMIN3, RegionLevel.LOCALITY)


def _upsert_region(*, name: str, pcode: str, level: str, parent: Region | None, report: LoadReport) -> Region:
    region = None
    if pcode:
        region = Region.objects.filter(pcode=pcode).first()
    if region is None:
        region = Region.objects.filter(parent=parent, level=level, name_key=name_key(name)).first()
    if region is None:
        report.created += 1
        return create_region(name=name, level=level, parent=parent, pcode=pcode)
    if region.name != name or region.level != level or (pcode and region.pcode != pcode) or region.parent != parent:
        report.updated += 1
        return update_region(region=region, name=name, level=level, pcode=pcode or region.pcode, parent=parent)
    report.unchanged += 1
    return region


@transaction.atomic
def load_gazetteer(*, rows: Iterable[dict], alias_rows: Iterable[dict] = (), progress=None) -> LoadReport:
    """Load an OCHA COD admin-boundary table (admin0Name_en, admin0Pcode, … admin4Name_en) idempotently.

    Each row names a place and all its parents; loading the same file twice changes nothing.
    A bad row is reported with its line number and the rest still goes in.
    """
    report = LoadReport()
    seen: dict[tuple, Region] = {}
    for line, row in enumerate(rows, start=2):
        parent = None
        try:
            for depth, level in enumerate(_LEVELS):
                name = (row.get(f"admin{depth}Name_en") or "").strip()
                pcode = (row.get(f"admin{depth}Pcode") or "").strip()
                if not name:
                    if pcode:
                        raise ValidationError(f"admin{depth}Pcode {pcode} has no admin{depth}Name_en")
                    continue  # a level may be skipped, e.g. a town placed straight under its district
                key = (parent.pk if parent else None, level, pcode or name_key(name))
                if key not in seen:
                    with transaction.atomic():
                        seen[key] = _upsert_region(name=name, pcode=pcode, level=level, parent=parent, report=report)
                parent = seen[key]
            if parent is None:
                raise ValidationError("no admin0Name_en")
        except ValidationError as exc:
            report.errors.append(f"line {line}: {'; '.join(exc.messages)}")
        if progress:
            progress(1)
    for line, row in enumerate(alias_rows, start=2):
        try:
            _load_alias_row(row, report)
        except ValidationError as exc:
            report.errors.append(f"aliases line {line}: {'; '.join(exc.messages)}")
    return report


def _load_alias_row(row: dict, report: LoadReport) -> None:
    pcode, region_name, alias = (row.get(k, "").strip() for k in ("pcode", "region", "alias"))
    if not alias:
        raise ValidationError("no alias given")
    if pcode:
        regions = list(Region.objects.filter(pcode=pcode))
    else:
        regions = list(Region.objects.filter(name_key=name_key(region_name)).order_by("depth")[:2])
    if not regions:
        raise ValidationError(f"no region {pcode or region_name!r}")
    if len(regions) > 1:
        raise ValidationError(f"{region_name!r} names several regions: give its p-code")
    _, created = add_region_alias(region=regions[0], name=alias)
    if created:
        report.created += 1
    else:
        report.unchanged += 1

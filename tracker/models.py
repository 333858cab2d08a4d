"""The displacement domain: who was displaced, where, when, and on whose word.

Models hold data and the invariants the database can enforce; writes go through
tracker.services, reads through tracker.selectors.
"""

from django.conf import settings
from django.contrib.postgres.fields import DateRangeField
from django.contrib.postgres.indexes import GistIndex
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import models
from django.db.models import F, Func, Q, Value
from django.db.models.functions import Coalesce, Length, Upper
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from tracker.breakdown import describe_part
from tracker.choices import (
    REVIEWED_STATUSES,
    BodyKind,
    Category,
    Cause,
    CommentField,
    CommentState,
    DateAccuracy,
    FigureRole,
    FigureStatus,
    Hazard,
    Language,
    Qualifier,
    RegionLevel,
    Reliability,
    Sex,
    Term,
    Unit,
)
from tracker.constraints import PythonCheckedConstraints
from tracker.text import is_pcode


def validate_pcode(value: str) -> None:
    """A p-code is ASCII (tracker.text.is_pcode): 'SY٠٧' is refused with a reason, not stored beside 'SY07'."""
    if value.strip() and not is_pcode(value.strip()):
        raise ValidationError(
            _(
                "A p-code is written in the letters A–Z and the digits 0–9 (with - _ or . between them), "
                "as OCHA writes it: “%(value)s” is not."
            ),
            code="invalid_pcode",
            params={"value": value.strip()[:40]},
        )


class TimeStamped(models.Model):
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True, db_index=True)

    class Meta:
        abstract = True


class Region(TimeStamped):
    """A place in the administrative hierarchy (country → admin1 → … → locality).

    `path` is a materialized path ("/12/40/311/") so that a whole subtree is one
    indexed prefix query instead of a recursion.
    """

    name = models.CharField(max_length=200, help_text="Name as OCHA's common operational dataset spells it.")
    name_key = models.CharField(max_length=200, db_index=True, editable=False)
    level = models.CharField(max_length=16, choices=RegionLevel.choices)
    parent = models.ForeignKey("self", null=True, blank=True, on_delete=models.PROTECT, related_name="children")
    pcode = models.CharField(
        "p-code",
        max_length=32,
        blank=True,
        default="",
        help_text="OCHA place code (e.g. SY07). Leave blank when unknown: never invent one.",
        validators=[validate_pcode],
    )
    path = models.CharField(max_length=255, unique=True, editable=False)
    depth = models.PositiveSmallIntegerField(default=0, editable=False)
    centroid_lat = models.FloatField(null=True, blank=True, help_text="Latitude of the centroid (WGS84).")
    centroid_lon = models.FloatField(null=True, blank=True, help_text="Longitude of the centroid (WGS84).")
    retired = models.BooleanField(
        default=False,
        help_text="No longer in the current edition of the boundaries; kept because figures may point at it.",
    )

    history = HistoricalRecords()

    class Meta:
        ordering = ["path"]
        constraints = [
            # p-codes are matched whatever their case (selectors.region_by_pcode), so they are unique that way too:
            # `sy07` beside `SY07` would make a lookup ambiguous.
            models.UniqueConstraint(
                Upper("pcode"),
                condition=~Q(pcode=""),
                name="region_pcode_unique_ignoring_case",
                violation_error_code="pcode_taken",
                violation_error_message="Another region already has this p-code (p-codes are compared ignoring case).",
            ),
            models.UniqueConstraint(
                fields=["parent", "level", "name_key"],
                condition=Q(pcode=""),
                name="region_name_unique_in_parent",
                violation_error_message="This parent already has a region of that level with that name.",
            ),
        ]
        indexes = [
            models.Index(fields=["path"], name="region_path_prefix", opclasses=["varchar_pattern_ops"]),
            models.Index(fields=["pcode"], name="region_pcode_prefix", opclasses=["varchar_pattern_ops"]),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.pcode})" if self.pcode else self.name

    def validate_constraints(self, exclude=None):
        """Django reports a constraint on an expression as a form-wide error; the p-code one belongs to the p-code
        field, where the admin shows it and the loader names it."""
        try:
            super().validate_constraints(exclude=exclude)
        except ValidationError as exc:
            errors = exc.update_error_dict({})
            general = errors.pop(NON_FIELD_ERRORS, [])
            taken = [e for e in general if getattr(e, "code", None) == "pcode_taken"]
            if taken:
                errors.setdefault("pcode", []).extend(taken)
            rest = [e for e in general if e not in taken]
            if rest:
                errors[NON_FIELD_ERRORS] = rest
            raise ValidationError(errors) from exc


class RegionShape(models.Model):
    """A region's simplified boundary as a GeoJSON geometry (WGS84), kept apart so region lists stay light."""

    region = models.OneToOneField(Region, on_delete=models.CASCADE, primary_key=True, related_name="shape")
    geometry = models.JSONField(help_text="GeoJSON Polygon or MultiPolygon, simplified for display.")
    edition = models.CharField(max_length=64, blank=True, default="", help_text="Edition it came from (valid_on).")

    def __str__(self) -> str:
        return f"shape of {self.region_id}"


class RegionAlias(models.Model):
    """Another spelling of a region's name (Saraqeb, Saraqib, Sarāqib)."""

    region = models.ForeignKey(Region, on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField(max_length=200)
    name_key = models.CharField(max_length=200, db_index=True, editable=False)

    class Meta:
        verbose_name_plural = "region aliases"
        constraints = [
            models.UniqueConstraint(fields=["region", "name_key"], name="region_alias_unique"),
        ]

    def __str__(self) -> str:
        return self.name


class ReportingBody(TimeStamped):
    """Whoever gave a figure: a UN agency, an NGO, a government, a monitor, a newspaper."""

    name = models.CharField(max_length=200, unique=True)
    acronym = models.CharField(max_length=32, blank=True, default="")
    kind = models.CharField(max_length=32, choices=BodyKind.choices)
    reliability = models.CharField(
        max_length=8,
        choices=Reliability.choices,
        default=Reliability.MEDIUM,
        help_text="How far the team trusts this body's figures; decides between competing figures.",
    )
    website = models.URLField(blank=True, default="")

    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "reporting bodies"

    def __str__(self) -> str:
        return f"{self.name} ({self.acronym})" if self.acronym else self.name


class ReportingBodyAlias(models.Model):
    """A phrase that names a body in text ("the UN", "OCHA"); each maps to exactly one body."""

    body = models.ForeignKey(ReportingBody, on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField(max_length=200)
    name_key = models.CharField(max_length=200, unique=True, editable=False)

    class Meta:
        verbose_name_plural = "reporting body aliases"

    def __str__(self) -> str:
        return self.name


class Source(TimeStamped):
    """A document figures came from. The content hash keeps a re-ingested document from being stored twice."""

    title = models.CharField(max_length=500)
    url = models.URLField(max_length=2000, blank=True, default="")
    publisher = models.ForeignKey(
        ReportingBody, null=True, blank=True, on_delete=models.PROTECT, related_name="sources"
    )
    published_on = models.DateField(null=True, blank=True)
    text = models.TextField(blank=True, default="", help_text="Full text, as the quotes' spans refer to it.")
    language = models.CharField(
        max_length=2,
        choices=Language.choices,
        blank=True,
        default="",
        help_text="Language of the text, detected at extraction when empty; it picks the extraction pipeline.",
    )
    content_hash = models.CharField(max_length=64, unique=True, editable=False)
    story = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="story_documents",
        help_text="The first document of the story this one retells (the same wire story republished with edits); "
        "that first document names itself. Blank: no near-duplicate known.",
    )

    history = HistoricalRecords(excluded_fields=["story"])

    class Meta:
        ordering = ["-published_on", "-id"]

    def __str__(self) -> str:
        return self.title


class StoryBand(models.Model):
    """The locality-sensitive hashing index of near-duplicate documents: one row per band of a document's MinHash
    signature (tracker/stories.py). Two documents sharing a band hash are candidates, confirmed on their text."""

    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="story_bands")
    band_hash = models.BigIntegerField()

    class Meta:
        # A band's documents in id order, read from the index alone: the candidates query takes each band's first
        # few (selectors.PER_BAND) however many documents share it, so it stays flat as the index grows.
        indexes = [models.Index(fields=["band_hash", "source"], name="storyband_band_source")]

    def __str__(self) -> str:
        return f"{self.band_hash:x} of {self.source_id}"


class Event(TimeStamped):
    """A named crisis episode, e.g. "Idlib offensive, Dec 2019 – Mar 2020"."""

    name = models.CharField(max_length=200, unique=True)
    kind = models.CharField("cause", max_length=16, choices=Cause.choices, default=Cause.CONFLICT)
    hazard = models.CharField(max_length=16, choices=Hazard.choices, blank=True, default="",
                              help_text="For disasters: what hazard.")  # fmt: skip
    glide_number = models.CharField(
        "GLIDE number", max_length=40, blank=True, default="", help_text="e.g. FL-2021-000005-SYR (glidenumber.net)."
    )
    government_id = models.CharField("government event id", max_length=100, blank=True, default="")
    acled_id = models.CharField("ACLED event id", max_length=100, blank=True, default="")
    start_date = models.DateField()
    end_date = models.DateField(null=True, blank=True, help_text="Blank while the episode goes on.")
    regions = models.ManyToManyField(Region, blank=True, related_name="events")
    description = models.TextField(blank=True, default="")

    history = HistoricalRecords(m2m_fields=[regions])

    class Meta:
        ordering = ["-start_date"]
        constraints = [
            models.CheckConstraint(
                condition=Q(hazard="") | Q(kind=Cause.DISASTER),
                name="event_hazard_only_for_disasters",
                violation_error_message="A hazard is given for disasters only.",
            ),
            models.CheckConstraint(
                condition=Q(end_date__isnull=True) | Q(end_date__gte=F("start_date")),
                name="event_end_after_start",
                violation_error_message="An event cannot end before it starts.",
            ),
        ]

    def __str__(self) -> str:
        return self.name


class HouseholdSize(models.Model):
    """Average persons per household for a country and year, used when a figure counts households."""

    country = models.ForeignKey(
        Region,
        on_delete=models.CASCADE,
        limit_choices_to={"level": RegionLevel.COUNTRY},
        related_name="household_sizes",
    )
    year = models.PositiveSmallIntegerField()
    size = models.DecimalField(max_digits=4, decimal_places=2)
    reference = models.CharField(max_length=300, blank=True, default="", help_text="Where the size comes from.")

    class Meta:
        ordering = ["country", "-year"]
        constraints = [
            models.UniqueConstraint(fields=["country", "year"], name="household_size_unique_country_year"),
            models.CheckConstraint(
                condition=Q(size__gt=0),
                name="household_size_positive",
                violation_error_message="Household size must be greater than zero.",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.country.name} {self.year}: {self.size}"


# A figure's period as a closed date range: the API's period filters ask whether it overlaps theirs.
PERIOD_RANGE = Func(F("period_start"), F("period_end"), Value("[]"), function="daterange",
                    output_field=DateRangeField())  # fmt: skip


class DisplacementFigure(PythonCheckedConstraints, TimeStamped):
    """One reported number of displaced people or households, on one body's word, for one place and period."""

    value = models.PositiveBigIntegerField(help_text="The number as reported (low end of a range).")
    value_high = models.PositiveBigIntegerField(
        null=True, blank=True, help_text="High end when the report gives a range, else blank."
    )
    qualifier = models.CharField(max_length=16, choices=Qualifier.choices, default=Qualifier.EXACT)
    unit = models.CharField(max_length=16, choices=Unit.choices, default=Unit.PERSON)
    household_size = models.DecimalField(
        max_digits=4,
        decimal_places=2,
        null=True,
        blank=True,
        help_text="Persons per household; required for households, defaults from the country's table.",
    )
    persons = models.PositiveBigIntegerField(
        null=True,
        editable=False,
        help_text="Derived: the value in persons (households × household size); blank on a candidate in "
        "households whose size is not known yet.",
    )
    term = models.CharField(max_length=16, choices=Term.choices, default=Term.DISPLACED)
    category = models.CharField(max_length=8, choices=Category.choices, default=Category.FLOW)
    period_start = models.DateField()
    period_end = models.DateField()
    period_accuracy = models.CharField(max_length=16, choices=DateAccuracy.choices, default=DateAccuracy.DAY)
    region = models.ForeignKey(
        Region,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="figures",
        help_text="Required before verification; a candidate's place may not be in the gazetteer yet.",
    )
    raw_location = models.CharField(
        max_length=200, blank=True, default="", help_text="The place as the source wrote it (set by extraction)."
    )
    place_country = models.CharField(
        max_length=2,
        blank=True,
        default="",
        help_text="ISO 3166 country code of the place as written, when extraction resolved it (set by extraction).",
    )
    place_admin1 = models.CharField(
        max_length=100,
        blank=True,
        default="",
        help_text="First-level division of the place as written, when extraction resolved it (set by extraction).",
    )
    reporting_body = models.ForeignKey(
        ReportingBody, null=True, blank=True, on_delete=models.PROTECT, related_name="figures"
    )
    raw_reporting_body = models.CharField(
        max_length=200,
        blank=True,
        default="",
        help_text="Who reported the figure as the source wrote it, when no reporting body matched (set by extraction).",
    )
    source = models.ForeignKey(Source, null=True, blank=True, on_delete=models.PROTECT, related_name="figures")
    event = models.ForeignKey(Event, null=True, blank=True, on_delete=models.SET_NULL, related_name="figures")
    cause = models.CharField(max_length=16, choices=Cause.choices, blank=True, default="",
                             help_text="What forced people out; blank when the report does not say.")  # fmt: skip
    hazard = models.CharField(max_length=16, choices=Hazard.choices, blank=True, default="",
                              help_text="For disasters: what hazard.")  # fmt: skip
    housing_destroyed = models.BooleanField(
        null=True, blank=True, help_text="Were the homes destroyed (people cannot return)? Blank: not known."
    )
    quote = models.TextField(blank=True, default="", help_text="The exact words of the source that give the figure.")
    quote_start = models.PositiveIntegerField(null=True, blank=True)
    quote_end = models.PositiveIntegerField(null=True, blank=True)
    role = models.CharField(max_length=16, choices=FigureRole.choices, default=FigureRole.TRIANGULATION)
    status = models.CharField(max_length=16, choices=FigureStatus.choices, default=FigureStatus.DRAFT, db_index=True)
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    substance_changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Who last changed what the figure says (blank: the system). They cannot verify it themselves.",
    )
    substance_changed_at = models.DateTimeField(null=True, blank=True)
    notes = models.TextField(blank=True, default="")
    extraction_rule = models.CharField(
        max_length=200, blank=True, default="", help_text="Which extraction rules produced this candidate."
    )
    import_key = models.CharField(
        max_length=64, blank=True, default="", editable=False, help_text="Identity of the imported row, if any."
    )

    history = HistoricalRecords()

    class Meta:
        ordering = ["-period_end", "-id"]
        permissions = [("verify_displacementfigure", "Can verify or reject displacement figures")]
        indexes = [
            models.Index(fields=["status", "period_start", "period_end"], name="figure_status_period"),
            models.Index(fields=["region", "term", "period_start"], name="figure_region_term_period"),
            models.Index(fields=["region", "period_end"], name="figure_region_period_end"),
            models.Index(fields=["reviewed_at"], name="figure_reviewed_at"),
            # The API's list (ORDER BY id, or by a sort field then id) stays flat in table size under each filter
            # (README, "Benchmarks"): one town's figures in id order; a region's figures overlapping a period
            # (GiST; it also gives PostgreSQL statistics on the period, so it estimates a narrow period right);
            # the sort orders; rare values of the choice columns (partial: nothing to write for the default).
            models.Index(fields=["region", "id"], name="figure_region_id"),
            GistIndex(F("region"), PERIOD_RANGE, name="figure_region_period_range"),
            models.Index(fields=["period_end", "id"], name="figure_period_end_id"),
            models.Index(fields=["updated_at", "id"], name="figure_updated_at_id"),
            models.Index(Coalesce("persons", Value(-1)), "id", name="figure_persons_order_id"),
            models.Index(fields=["persons"], name="figure_persons"),
            models.Index(fields=["unit", "id"], condition=~Q(unit="person"), name="figure_unit_rare"),
            models.Index(fields=["cause", "id"], condition=~Q(cause=""), name="figure_cause_set"),
            models.Index(fields=["hazard", "id"], condition=~Q(hazard=""), name="figure_hazard_set"),
            models.Index(
                fields=["housing_destroyed", "id"],
                condition=Q(housing_destroyed__isnull=False),
                name="figure_housing_destroyed_set",
            ),  # fmt: skip
            # corroboration: "is this number for this place already known?" stays flat in table size
            models.Index(fields=["region", "value"], name="figure_region_value"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["import_key"], condition=~Q(import_key=""), name="figure_import_key_unique_when_set"
            ),
            models.CheckConstraint(
                condition=Q(hazard="") | Q(cause=Cause.DISASTER),
                name="figure_hazard_only_for_disasters",
                violation_error_message="A hazard is given for disaster displacement only: set the cause to disaster.",
            ),
            models.CheckConstraint(
                condition=Q(value__gt=0),
                name="figure_value_positive",
                violation_error_message="The reported value must be greater than zero.",
            ),
            models.CheckConstraint(
                condition=Q(value_high__isnull=True) | Q(value_high__gt=F("value")),
                name="figure_range_ordered",
                violation_error_message="The high end of a range must be greater than its low end.",
            ),
            models.CheckConstraint(
                condition=Q(period_end__gte=F("period_start")),
                name="figure_period_end_after_start",
                violation_error_message="The period cannot end before it starts.",
            ),
            models.CheckConstraint(
                condition=Q(unit=Unit.PERSON) | Q(household_size__isnull=False) | ~Q(status=FigureStatus.VERIFIED),
                name="figure_verified_household_size",
                violation_error_message=(
                    "A verified figure in households needs a household size (none is set for this country and year)."
                ),
            ),
            models.CheckConstraint(
                condition=Q(household_size__isnull=True) | Q(household_size__gt=0),
                name="figure_household_size_positive",
                violation_error_message="Household size must be greater than zero.",
            ),
            models.CheckConstraint(
                condition=(Q(persons__gt=0) & (Q(unit=Unit.HOUSEHOLD) | Q(persons=F("value"))))
                | (Q(persons__isnull=True) & ~Q(status=FigureStatus.VERIFIED)),
                name="figure_persons_derived_when_verified",
                violation_error_message="Persons must equal the value for a figure counted in persons.",
            ),
            models.CheckConstraint(
                condition=(Q(quote_start__isnull=True) & Q(quote_end__isnull=True))
                | (
                    Q(source__isnull=False)
                    & Q(quote_end__gt=F("quote_start"))
                    & Q(quote_end=F("quote_start") + Length("quote"))
                ),
                name="figure_quote_span_matches_quote",
                violation_error_message=("A quote's span needs a source, and must be exactly as long as the quote."),
            ),
            models.CheckConstraint(
                condition=Q(region__isnull=False) | ~Q(status=FigureStatus.VERIFIED),
                name="figure_verified_has_region",
                violation_error_message="Choose the region the figure is for.",
            ),
            models.CheckConstraint(
                condition=(Q(status__in=REVIEWED_STATUSES) & Q(reviewed_at__isnull=False))
                | (~Q(status__in=REVIEWED_STATUSES) & Q(reviewed_at__isnull=True) & Q(reviewed_by__isnull=True)),
                name="figure_review_matches_status",
                violation_error_message="Only a verified or rejected figure has a review, and it says when.",
            ),
        ]

    def __str__(self) -> str:
        place = self.region or self.raw_location or "place unknown"
        return (
            f"{self.value_as_reported()} {self.get_unit_display().lower()} {self.get_term_display().lower()} – {place}"
        )

    def value_as_reported(self) -> str:
        """The value with its qualifier and range, as the source gave it, its thousands grouped as the language
        groups them: 'more than 12,000', '3,000–5,000'. A range is its two ends alone: a qualifier beside it
        ('at least 3,000–5,000') reads as said of the low end only, so it is shown when there is no high value."""
        low = number_format(self.value, force_grouping=True)
        if self.value_high:
            return f"{low}–{number_format(self.value_high, force_grouping=True)}"
        return low if self.qualifier == Qualifier.EXACT else f"{self.get_qualifier_display().lower()} {low}"


class FigureBreakdown(models.Model):
    """One part of a figure's breakdown by sex and age (as DTM and Helix disaggregate): a count of persons, or the
    share of the figure the source states ("more than 80 per cent of them women and children").

    A part is one group: a sex, an age range in years, or both; or a combined group named by `group`
    ("female+children"). tracker.services checks that the parts never exceed the figure's total."""

    figure = models.ForeignKey(DisplacementFigure, on_delete=models.CASCADE, related_name="breakdown")
    sex = models.CharField(max_length=8, choices=Sex.choices, blank=True, default="",
                           help_text="Blank: people of every sex.")  # fmt: skip
    age_from = models.PositiveSmallIntegerField(null=True, blank=True, help_text="Youngest age in years (blank: 0).")
    age_to = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text="Oldest age in years, inclusive (blank: no upper bound)."
    )
    group = models.CharField(
        max_length=60,
        blank=True,
        default="",
        help_text="A combined group the source names, as sexes and age groups joined by '+' (female+children); "
        "blank when sex and ages say it.",
    )
    count = models.PositiveBigIntegerField(null=True, blank=True, help_text="Persons in the group.")
    share = models.DecimalField(
        max_digits=5, decimal_places=2, null=True, blank=True, help_text="Per cent of the figure, as the source says."
    )
    qualifier = models.CharField(max_length=16, choices=Qualifier.choices, default=Qualifier.EXACT)

    history = HistoricalRecords()

    class Meta:
        ordering = ["figure", "id"]
        verbose_name = "breakdown part"
        constraints = [
            models.CheckConstraint(
                condition=(Q(count__isnull=False) & Q(share__isnull=True))
                | (Q(count__isnull=True) & Q(share__isnull=False)),
                name="breakdown_count_or_share",
                violation_error_message="Give either a count or a share.",
            ),
            models.CheckConstraint(
                condition=Q(share__isnull=True) | (Q(share__gt=0) & Q(share__lte=100)),
                name="breakdown_share_percent",
                violation_error_message="A share is a percentage above 0 and at most 100.",
            ),
            models.CheckConstraint(
                condition=Q(count__isnull=True) | Q(count__gt=0),
                name="breakdown_count_positive",
                violation_error_message="A count must be greater than zero.",
            ),
            models.CheckConstraint(
                condition=Q(age_from__isnull=True) | Q(age_to__isnull=True) | Q(age_to__gte=F("age_from")),
                name="breakdown_age_ordered",
                violation_error_message="The oldest age cannot be below the youngest.",
            ),
        ]

    def __str__(self) -> str:
        return describe_part(self)


class FigureCorroboration(models.Model):
    """One more document restating a figure already known: it corroborates instead of re-entering review."""

    figure = models.ForeignKey(DisplacementFigure, on_delete=models.CASCADE, related_name="corroborations")
    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="corroborations")
    quote = models.TextField()
    quote_start = models.PositiveIntegerField()
    quote_end = models.PositiveIntegerField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at"]
        constraints = [
            models.UniqueConstraint(fields=["figure", "source"], name="corroboration_once_per_source"),
        ]

    def __str__(self) -> str:
        return f"{self.source} corroborates #{self.figure_id}"


class FigureComment(models.Model):
    """A reviewer's or editor's note on a figure, or on one of its fields; an open one blocks verification."""

    figure = models.ForeignKey(DisplacementFigure, on_delete=models.CASCADE, related_name="comments")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    field = models.CharField(max_length=20, choices=CommentField.choices, blank=True, default="")
    text = models.TextField()
    state = models.CharField(max_length=8, choices=CommentState.choices, default=CommentState.OPEN)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    resolved_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at"]
        constraints = [
            models.CheckConstraint(
                condition=(Q(state=CommentState.OPEN) & Q(resolved_at__isnull=True))
                | (Q(state=CommentState.RESOLVED) & Q(resolved_at__isnull=False)),
                name="comment_resolution_matches_state",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.author}: {self.text[:40]}"


class Team(TimeStamped):
    """A country or regional office ("Syria office"): its members see and change figures only in its regions'
    subtrees. A global team sees everything. Who sees what is decided in one place: tracker.selectors.region_scope.
    """

    name = models.CharField(max_length=100, unique=True)
    is_global = models.BooleanField(
        "global", default=False, help_text="Members see and change figures everywhere (the regions are ignored)."
    )
    regions = models.ManyToManyField(
        Region, blank=True, related_name="teams", help_text="Each region brings every place inside it."
    )
    members = models.ManyToManyField(settings.AUTH_USER_MODEL, blank=True, related_name="teams")

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return f"{self.name} (global)" if self.is_global else self.name


class ImportJob(models.Model):
    """A bulk import of figures from CSV or XLSX: first a dry run (preview), then the import itself."""

    class State(models.TextChoices):
        QUEUED = "queued", _("Queued")
        RUNNING = "running", _("Running")
        DONE = "done", _("Done")
        FAILED = "failed", _("Failed")

    file_name = models.CharField(max_length=255)
    content = models.BinaryField()
    dry_run = models.BooleanField(default=True)
    state = models.CharField(max_length=8, choices=State.choices, default=State.QUEUED)
    rows_total = models.PositiveIntegerField(default=0)
    rows_done = models.PositiveIntegerField(default=0)
    created = models.PositiveIntegerField(default=0)
    unchanged = models.PositiveIntegerField(default=0)
    rejected = models.PositiveIntegerField(default=0)
    report = models.JSONField(default=list, blank=True, help_text="One entry per row: line, outcome, reason.")
    language = models.CharField(
        max_length=8,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text="The report's reasons are written in this language: the one of the page that started the job.",
    )
    error_text = models.TextField(blank=True, default="")
    started_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.file_name} ({'preview' if self.dry_run else 'import'})"

"""Shapes of the API's resources. Thin: validation of input shape only; writes go through tracker.services."""

from django.conf import settings
from django.db import models
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers
from rest_framework.relations import MANY_RELATION_KWARGS

from api.filters import writes_other_digits
from tracker.breakdown import GROUP_TOKENS
from tracker.choices import FigureStatus, Qualifier, RegionLevel, Sex
from tracker.models import DisplacementFigure, Event, Region, ReportingBody, Source

_NUMBERS_AND_DATES = (
    serializers.IntegerField, serializers.DecimalField, serializers.FloatField, serializers.DateField,
    serializers.DateTimeField, serializers.PrimaryKeyRelatedField,
)  # fmt: skip


class StrictPayload:
    """A payload key the serializer does not have is a 400 naming it, listing the writable fields: DRF drops it
    silently, so `{"valu": 5}` answered 200 with nothing changed. Read-only fields as a GET gave them are accepted
    (a GET, edited, can be sent back). A number, date or id sent as a string in digits other than 0–9
    (`{"value": "١٠٠"}`, a full-width `"１"`) is a 400 too, as in the query parameters: DRF's fields read them."""

    def to_internal_value(self, data):
        if isinstance(data, dict):
            unknown = sorted(set(data) - set(self.fields))
            if unknown:
                writable = ", ".join(name for name, field in self.fields.items() if not field.read_only)
                raise serializers.ValidationError({name: [f"Unknown field. Writable: {writable}."] for name in unknown})
            other_digits = sorted(
                name
                for name, value in data.items()
                if isinstance(self.fields[name], _NUMBERS_AND_DATES) and writes_other_digits(value)
            )
            if other_digits:
                raise serializers.ValidationError({name: ["Write it in the digits 0–9."] for name in other_digits})
        return super().to_internal_value(data)


class BreakdownPartSerializer(StrictPayload, serializers.Serializer):
    """One part of a figure's breakdown by sex and age: a count of persons or a share in per cent of the figure."""

    sex = serializers.ChoiceField(choices=[("", "Every sex"), *Sex.choices], required=False, default="",
                                  help_text="female, male, unknown (not recorded); empty: every sex.")  # fmt: skip
    age_from = serializers.IntegerField(required=False, allow_null=True, default=None,
                                        help_text="Youngest age in years; null: from 0.")  # fmt: skip
    age_to = serializers.IntegerField(required=False, allow_null=True, default=None,
                                      help_text="Oldest age in years, inclusive; null: no upper bound.")  # fmt: skip
    group = serializers.CharField(
        required=False, allow_blank=True, default="", max_length=60,
        help_text="A combined group the source names, as sexes and age groups joined by '+': "
        f"{', '.join(GROUP_TOKENS)} (e.g. female+children); empty when sex and ages say it.",
    )  # fmt: skip
    count = serializers.IntegerField(required=False, allow_null=True, default=None, help_text="Persons in the group.")
    share = serializers.DecimalField(max_digits=None, decimal_places=None, required=False, allow_null=True,
                                     default=None, help_text="Per cent of the figure (0–100], as the source states it; "
                                     "a count or a share, not both.")  # fmt: skip
    qualifier = serializers.ChoiceField(choices=Qualifier.choices, required=False, default=Qualifier.EXACT)


class FigureSerializer(serializers.ModelSerializer):
    """One reported number of displaced people or households, on one body's word, for one place and period."""

    region_name = serializers.CharField(source="region.name", read_only=True, allow_null=True)
    region_pcode = serializers.CharField(source="region.pcode", read_only=True, allow_null=True,
                                         help_text="OCHA p-code of the region; blank when it has none.")  # fmt: skip
    location_as_written = serializers.CharField(source="raw_location", read_only=True,
                                                help_text="The place as the source wrote it.")  # fmt: skip
    reporting_body_name = serializers.CharField(source="reporting_body.name", read_only=True, allow_null=True)
    reporting_body_as_written = serializers.CharField(
        source="raw_reporting_body", read_only=True,
        help_text="Who reported the figure, as the source wrote it, where extraction found no reporting body of "
        "the tracker to match it; kept after a reviewer picks the body.",
    )  # fmt: skip
    source_url = serializers.CharField(source="source.url", read_only=True, allow_null=True)
    breakdown = BreakdownPartSerializer(
        many=True, required=False,
        help_text="Who the displaced are, by sex and age, where known. The parts of one dimension (by sex, by age, by "
        "sex and age) never overlap nor exceed the figure (counts: its persons; shares: 100 %). Writing it replaces "
        "the whole breakdown; on a reviewed figure a change sends it back to review.",
    )  # fmt: skip

    class Meta:
        model = DisplacementFigure
        fields = [
            "id", "value", "value_high", "qualifier", "unit", "household_size", "persons", "term", "category",
            "period_start", "period_end", "period_accuracy", "region", "region_name", "region_pcode",
            "location_as_written", "reporting_body", "reporting_body_name", "reporting_body_as_written", "source",
            "source_url", "event", "quote", "quote_start", "quote_end", "role", "status", "reviewed_at", "created_at",
            "updated_at", "cause", "hazard", "housing_destroyed", "breakdown",
        ]  # fmt: skip
        read_only_fields = ["persons", "status", "reviewed_at", "created_at", "updated_at"]
        extra_kwargs = {
            "value": {
                "help_text": "The number as reported (low end of a range).",
                "min_value": 1,
                "max_value": settings.FIGURE_MAX_VALUE,
            },
            "value_high": {"min_value": 1, "max_value": settings.FIGURE_MAX_VALUE},
            "region": {"help_text": "Where; null on a candidate whose place is not matched yet (never once verified)."},
            "persons": {
                "help_text": "The value in persons: households × household size; null on a figure in households "
                "whose size is not known yet (never once verified)."
            },
            "status": {"help_text": "draft → extracted → in review → verified or rejected. Partners see verified."},
        }


class FigureWriteSerializer(StrictPayload, FigureSerializer):
    """Validation of the payload's shape; the invariants are checked by tracker.services."""

    class Meta(FigureSerializer.Meta):
        validators: list = []  # the model's constraints are checked once, by the service
        extra_kwargs = {**FigureSerializer.Meta.extra_kwargs, "region": {"required": True, "allow_null": False}}

    def validate(self, attrs):
        return attrs

    def to_internal_value(self, data):
        """A status other than the figure's is a 400 naming the actions (DRF drops a read-only field silently, so
        `{"status": "verified"}` answered 200 with nothing changed); an unknown key too (StrictPayload)."""
        if isinstance(data, dict):
            status = self.instance.status if self.instance is not None else FigureStatus.DRAFT
            if "status" in data and data["status"] != status:
                raise serializers.ValidationError({"status": [
                    "Read-only: a figure's status changes through its actions, "
                    "POST /api/v1/figures/<id>/send-to-review/, verify/, reject/ or reopen/."
                ]})  # fmt: skip
        return super().to_internal_value(data)


class RejectSerializer(serializers.Serializer):
    reason = serializers.CharField(help_text="Why the figure is rejected; kept in its notes and history.")


class RegionSerializer(serializers.ModelSerializer):
    class Meta:
        model = Region
        fields = ["id", "name", "level", "parent", "pcode", "depth", "updated_at"]
        read_only_fields = ["depth", "updated_at"]
        extra_kwargs = {
            "pcode": {"help_text": "OCHA p-code (e.g. SY07); blank when unknown."},
            "level": {"help_text": "country, admin1 (governorate), admin2 (district), admin3, locality"},
        }


class RegionWriteSerializer(StrictPayload, RegionSerializer):
    level = serializers.ChoiceField(choices=RegionLevel.choices)

    class Meta(RegionSerializer.Meta):
        validators: list = []


class ReportingBodySerializer(StrictPayload, serializers.ModelSerializer):
    aliases = serializers.SlugRelatedField(many=True, read_only=True, slug_field="name")

    class Meta:
        model = ReportingBody
        fields = ["id", "name", "acronym", "kind", "reliability", "website", "aliases", "updated_at"]
        read_only_fields = ["updated_at"]


class SourceSerializer(StrictPayload, serializers.ModelSerializer):
    class Meta:
        model = Source
        fields = ["id", "title", "url", "publisher", "published_on", "content_hash", "created_at"]
        read_only_fields = ["content_hash", "created_at"]


class SourceUpdateSerializer(SourceSerializer):
    """A document's metadata, corrected: its text as its GET gave it may be sent back (a GET, edited, is a PATCH);
    another text is a 400, since a stored document's text does not change (its figures quote it)."""

    text = serializers.CharField(read_only=True)

    class Meta(SourceSerializer.Meta):
        fields = [*SourceSerializer.Meta.fields, "text"]

    def to_internal_value(self, data):
        if isinstance(data, dict) and "text" in data and data["text"] != self.instance.text:
            raise serializers.ValidationError({"text": [
                "A stored document's text does not change: POST the new text to /api/v1/sources/, a new document."
            ]})  # fmt: skip
        return super().to_internal_value(data)


class SourceDetailSerializer(SourceSerializer):
    class Meta(SourceSerializer.Meta):
        fields = [*SourceSerializer.Meta.fields, "text"]
        extra_kwargs = {"text": {"required": True, "allow_blank": False, "help_text": "The document's full text."}}


class EventSerializer(StrictPayload, serializers.ModelSerializer):
    class Meta:
        model = Event
        fields = ["id", "name", "kind", "hazard", "glide_number", "government_id", "acled_id", "start_date", "end_date",
                  "regions", "description", "updated_at"]  # fmt: skip
        read_only_fields = ["updated_at"]


class TotalChangeSerializer(serializers.Serializer):
    status = serializers.ChoiceField(
        choices=["change", "new", "no_report", "nothing"],
        help_text="`change` when this period and the one before both have a figure; `new` when the period before "
        "has none (no report is not zero, so no change is computed).",
    )
    previous = serializers.IntegerField(allow_null=True, help_text="Persons in the period before; null: no report.")
    absolute = serializers.IntegerField(allow_null=True, help_text="persons − previous; null unless status=change.")
    percent = serializers.IntegerField(allow_null=True, help_text="|absolute| / previous, rounded; null unless change.")
    words = serializers.CharField(help_text="The change as the e-mail and the dashboard say it.")


class TotalSerializer(serializers.Serializer):
    region = serializers.DictField(help_text="id, name, pcode and level of the region the total is for.")
    period_start = serializers.DateField(help_text="First day of the week (Monday) or month.")
    period_end = serializers.DateField()
    term = serializers.CharField()
    category = serializers.CharField()
    persons = serializers.IntegerField(help_text="Persons, each region and period counted once (see README).")
    basis = serializers.ChoiceField(
        choices=["own_figure", "sub_regions"],
        help_text="Where `persons` comes from: the region's own figure (`counted_figure`) or the sum of its "
        "sub-regions (`sum_of_sub_regions`).",
    )
    counted_figure = serializers.IntegerField(
        allow_null=True, help_text="Id of the region's own figure counted; null when basis is sub_regions."
    )
    sum_of_sub_regions = serializers.IntegerField(
        allow_null=True,
        help_text="The sub-regions' total: equal to `persons` when basis is sub_regions; beside the region's own "
        "figure when both exist (so a disagreement shows); null when no sub-region reported.",
    )
    figures = serializers.ListField(child=serializers.IntegerField(),
                                    help_text="Ids of the verified figures `persons` adds up.")  # fmt: skip
    lowest = serializers.IntegerField(help_text="Lowest persons reported for this region and period.")
    highest = serializers.IntegerField(help_text="Highest persons reported for this region and period.")
    reports = serializers.IntegerField(help_text="Number of verified figures behind the total.")
    sources = serializers.IntegerField(help_text="How many of those reports cite a source document.")
    change = TotalChangeSerializer(help_text="Against the period before, same region and term.")


class StrictCharField(serializers.CharField):
    """Text is a JSON string: a number or boolean where text belongs is a 400, not silently turned into text."""

    def to_internal_value(self, data):
        if not isinstance(data, str):
            self.fail("invalid")
        return super().to_internal_value(data)


@extend_schema_field({"type": "string", "description": "A URL, or empty when there is none.",
                      "anyOf": [{"format": "uri"}, {"maxLength": 0}]})  # fmt: skip
class StrictURLField(serializers.URLField, StrictCharField):
    """Every URL the API stores may be left empty (a document without one); the schema says so."""


class StrictManyRelatedField(serializers.ManyRelatedField):
    def to_internal_value(self, data):
        if not isinstance(data, list):
            self.fail("not_a_list", input_type=type(data).__name__)
        return super().to_internal_value(data)


class StrictPrimaryKeyRelatedField(serializers.PrimaryKeyRelatedField):
    """An id is a JSON integer; a list of ids is a JSON array (not an object, not a string)."""

    def to_internal_value(self, data):
        if not isinstance(data, int) or isinstance(data, bool):
            self.fail("incorrect_type", data_type=type(data).__name__)
        return super().to_internal_value(data)

    @classmethod
    def many_init(cls, *args, **kwargs):
        list_kwargs = {"child_relation": cls(*args, **kwargs)}
        list_kwargs |= {key: value for key, value in kwargs.items() if key in MANY_RELATION_KWARGS}
        return StrictManyRelatedField(**list_kwargs)


_STRICT_TEXT = {
    **serializers.ModelSerializer.serializer_field_mapping,
    models.CharField: StrictCharField,
    models.TextField: StrictCharField,
    models.URLField: StrictURLField,
}
for _serializer in (FigureSerializer, RegionSerializer, ReportingBodySerializer, SourceSerializer, EventSerializer):
    _serializer.serializer_field_mapping = _STRICT_TEXT
    _serializer.serializer_related_field = StrictPrimaryKeyRelatedField

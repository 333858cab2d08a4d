"""Query filters. An unknown parameter or a bad value is a 400 that says which, never a silent full list."""

import django_filters
from django import forms
from rest_framework.exceptions import ValidationError
from rest_framework.filters import BaseFilterBackend

from tracker.choices import Category, Cause, FigureStatus, Hazard, RegionLevel, Term, Unit
from tracker.models import DisplacementFigure, Region, ReportingBody
from tracker.selectors import region_by_pcode

PAGING_PARAMS = {"cursor", "page_size", "ordering", "format"}


class RegionField(forms.CharField):
    def clean(self, value):
        value = super().clean(value)
        if not value:
            return None
        region = Region.objects.filter(pk=int(value)).first() if value.isdigit() else region_by_pcode(pcode=value)
        if region is None:
            raise forms.ValidationError(f"No region with p-code or id {value!r}.")
        return region


class RegionFilter(django_filters.Filter):
    """A region by p-code or id, with every place inside it (one indexed prefix match)."""

    field_class = RegionField

    def filter(self, qs, value):
        if value is None:
            return qs
        lookup = "path__startswith" if self.field_name == "path" else f"{self.field_name}__path__startswith"
        return qs.filter(**{lookup: value.path})


class BodyField(forms.CharField):
    def clean(self, value):
        value = super().clean(value)
        if not value:
            return None
        body = (
            ReportingBody.objects.filter(pk=int(value)).first()
            if value.isdigit()
            else ReportingBody.objects.filter(acronym__iexact=value).first()
            or ReportingBody.objects.filter(name__iexact=value).first()
        )
        if body is None:
            raise forms.ValidationError(f"No reporting body with id, acronym or name {value!r}.")
        return body


class BodyFilter(django_filters.Filter):
    field_class = BodyField

    def filter(self, qs, value):
        return qs if value is None else qs.filter(reporting_body=value)


class FigureFilter(django_filters.FilterSet):
    region = RegionFilter(field_name="region", help_text="P-code (SY07) or id; includes every place inside it.")
    period_after = django_filters.DateFilter(
        field_name="period_end", lookup_expr="gte", help_text="Figures whose period ends on or after this date."
    )
    period_before = django_filters.DateFilter(
        field_name="period_start", lookup_expr="lte", help_text="Figures whose period starts on or before this date."
    )
    term = django_filters.MultipleChoiceFilter(choices=Term.choices, help_text="What happened; repeat for several.")
    unit = django_filters.ChoiceFilter(choices=Unit.choices)
    category = django_filters.ChoiceFilter(choices=Category.choices, help_text="flow (new) or stock (still displaced)")
    status = django_filters.MultipleChoiceFilter(choices=FigureStatus.choices, help_text="Partners see verified only.")
    reporting_body = BodyFilter(help_text="Reporting body id, acronym or name.")
    event = django_filters.NumberFilter(field_name="event_id")
    cause = django_filters.MultipleChoiceFilter(choices=Cause.choices, help_text="What forced people out; repeat.")
    hazard = django_filters.MultipleChoiceFilter(choices=Hazard.choices, help_text="For disasters; repeat.")
    housing_destroyed = django_filters.BooleanFilter(help_text="true: homes destroyed; false: not.")
    persons_min = django_filters.NumberFilter(field_name="persons", lookup_expr="gte", help_text="At least this many.")
    persons_max = django_filters.NumberFilter(field_name="persons", lookup_expr="lte", help_text="At most this many.")
    updated_since = django_filters.IsoDateTimeFilter(
        field_name="updated_at", lookup_expr="gte", help_text="Changed at or after this time (ISO 8601), for sync."
    )

    class Meta:
        model = DisplacementFigure
        fields: list[str] = []


class RegionListFilter(django_filters.FilterSet):
    within = RegionFilter(
        field_name="path", help_text="Only places inside this region (p-code or id), itself included."
    )
    level = django_filters.ChoiceFilter(choices=RegionLevel.choices)
    parent = django_filters.NumberFilter(field_name="parent_id")
    pcode = django_filters.CharFilter(field_name="pcode", lookup_expr="iexact")
    name = django_filters.CharFilter(field_name="name", lookup_expr="icontains")

    class Meta:
        model = Region
        fields: list[str] = []


class RejectUnknownParameters(BaseFilterBackend):
    """A typo in a filter name must not silently return everything."""

    def filter_queryset(self, request, queryset, view):
        filterset = getattr(view, "filterset_class", None)
        known = set(filterset.base_filters) if filterset else set()
        known |= PAGING_PARAMS | set(getattr(view, "extra_query_params", ()))
        unknown = sorted(set(request.query_params) - known)
        if unknown:
            raise ValidationError(
                {name: [f"Unknown parameter. Known: {', '.join(sorted(known))}."] for name in unknown}
            )
        return queryset

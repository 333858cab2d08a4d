"""Query filters. An unknown parameter or a bad value is a 400 that says which, never a silent full list."""

from datetime import UTC

import django_filters
from django import forms
from django.db import connections
from django.db.models import BooleanField, DateField, F, Func, Value
from django.db.models.functions import Coalesce
from django.http import QueryDict
from django.template import loader
from django.utils.functional import lazy
from django.utils.translation import gettext as _
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.utils import extend_schema_field
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.filters import BaseFilterBackend, OrderingFilter
from rest_framework.utils.urls import remove_query_param, replace_query_param

from api.pagination import NULLABLE_ORDERING
from tracker.choices import Category, Cause, FigureStatus, Hazard, RegionLevel, Term, Unit
from tracker.models import PERIOD_RANGE, DisplacementFigure, Event, Region, ReportingBody
from tracker.selectors import MAX_ID, RegionLookupError, region_subtree, resolve_region
from tracker.text import is_pcode

MAX_PERSONS = 2**62  # more than any figure's persons (FIGURE_MAX_VALUE × household size) can be


def as_id(value: str) -> int | None:
    """The id a parameter names, or None when it is not a plain ASCII number in range ('²' and '①' are not)."""
    if value.isascii() and value.isdigit() and len(value) <= 19 and int(value) <= MAX_ID:
        return int(value)
    return None


def _one_of(values: str) -> str:
    # the totals' message (one text to translate), with Django's form-field placeholder for the value
    return _("“{{input}}” is not one of: {choices}.").format(choices=values).replace("{input}", "%(value)s")


def choices_listed(choices) -> dict:
    """A choice filter's error_messages: a value it does not take is refused with the values it takes, as the
    totals' parameters are (Django's "Select a valid choice. x is not one of the available choices." named none)."""
    return {"invalid_choice": lazy(_one_of, str)(", ".join(str(value) for value, _label in choices))}


def check_parameters(request, fields, *, repeatable=()) -> None:
    """A plain query's parameters (totals, their map, the HAPI endpoint): an unknown one, or a single-valued one given
    twice, is a 400 naming it, as on the figures list (the serializer read the last value and dropped the others:
    `?region=SY07&region=SY11` answered for Ar-Raqqa alone)."""
    known = set(fields) | {"format"}
    unknown = sorted(set(request.query_params) - known)
    if unknown:
        message = _("Unknown parameter. Known: %(known)s.") % {"known": ", ".join(sorted(known))}
        raise ValidationError({name: [message] for name in unknown})
    params = request.query_params
    repeated = sorted(name for name in params if name not in repeatable and len(params.getlist(name)) > 1)
    if repeated:
        raise ValidationError({name: [_("Give this parameter once.")] for name in repeated})


def region_named(value: str) -> Region:
    """A region by id, p-code, or an unambiguous name or alias (tracker.selectors.resolve_region); 404 with the
    value when there is none (the value itself is well formed). A name several regions share raises
    RegionLookupError listing them: the caller makes it a 400 on its parameter."""
    ident = as_id(value)
    if ident is not None:
        region = Region.objects.filter(pk=ident).first()
    else:
        try:
            region = resolve_region(value=value)
        except RegionLookupError as exc:
            if exc.candidates:
                raise
            region = None
    if region is None and writes_other_digits(value):  # 'SY٠٧' names nothing: say how a p-code is written (400)
        raise RegionLookupError(_("“%(value)s” names no region: p-codes and ids are written in the digits 0–9 "
                                  "(SY07, not SY٠٧).") % {"value": value[:80]})  # fmt: skip
    if region is None:
        raise NotFound(f"No region with p-code, id, name or alias {value[:80]!r}.")
    return region


class RegionField(forms.CharField):
    def clean(self, value):
        value = super().clean(value)
        try:
            return region_named(value) if value else None
        except RegionLookupError as exc:  # ambiguous: a 400 listing the candidates
            raise forms.ValidationError(str(exc)) from exc


SUBTREE_AS_IDS = 50  # a region with at most this many places inside it filters by their ids


@extend_schema_field({"type": "string", "example": "SY07"})  # the model's foreign key made it "integer"
class RegionFilter(django_filters.Filter):
    """A region by p-code, id or unambiguous name/alias, with every place inside it (one indexed prefix match).

    Figures of a small subtree (a town, a district) are filtered by the places' ids, read first (one more
    query): PostgreSQL then knows which regions it looks for and how many figures they have, and reads one
    town's figures in id order from the (region, id) index instead of walking the whole table. A large subtree
    (a country) is a join on the path, as selective as it is broad."""

    field_class = RegionField

    def filter(self, qs, value):
        if value is None:
            return qs
        if self.field_name == "path":
            return qs.filter(path__startswith=value.path)
        ids = list(region_subtree(region=value).order_by().values_list("id", flat=True)[: SUBTREE_AS_IDS + 1])
        if len(ids) <= SUBTREE_AS_IDS:
            if connections[qs.db].vendor != "postgresql":  # SQLite (run_dev): a plain IN
                return qs.filter(**{f"{self.field_name}_id__in": ids})
            return qs.filter(IdIn(f"{self.field_name}_id", ids))
        return qs.filter(**{f"{self.field_name}__path__startswith": value.path})


class BodyField(forms.CharField):
    def clean(self, value):
        value = super().clean(value)
        if not value:
            return None
        ident = as_id(value)
        body = (
            ReportingBody.objects.filter(pk=ident).first()
            if ident is not None
            else ReportingBody.objects.filter(acronym__iexact=value).first()
            or ReportingBody.objects.filter(name__iexact=value).first()
        )
        if body is None:
            raise NotFound(f"No reporting body with id, acronym or name {value[:80]!r}.")
        return body


@extend_schema_field({"type": "string", "example": "OCHA"})  # the model's foreign key made it "integer"
class BodyFilter(django_filters.Filter):
    field_class = BodyField

    def filter(self, qs, value):
        return qs if value is None else qs.filter(reporting_body=value)


def writes_other_digits(value) -> bool:
    """A text that writes a digit other than 0–9 ('١٠', '۲۰۲۰', full-width '１', superscript '²'): Python's int()
    and date parsing read most of them, but the API documents its numbers and dates in the digits 0–9."""
    return isinstance(value, str) and any(char.isdigit() and not char.isascii() for char in value)


class AsciiIntegerField(forms.IntegerField):
    """A whole number written in ASCII digits: '١٠', '１' and '²' are refused as the ids and `page_size` are, not
    read as 10 and 1 by Python's int()."""

    def to_python(self, value):
        if isinstance(value, str) and value.strip() and not value.strip().lstrip("+-").isascii():
            raise forms.ValidationError(_("A whole number in the digits 0–9."), code="invalid")
        return super().to_python(value)


class AsciiDateField(forms.DateField):
    """A date (YYYY-MM-DD) in the digits 0–9: '٢٠٢٠-02-01' is refused, as numbers are."""

    def to_python(self, value):
        if writes_other_digits(value):
            raise forms.ValidationError(_("A date in the digits 0–9 (YYYY-MM-DD)."), code="invalid")
        return super().to_python(value)


class AsciiIsoDateTimeField(django_filters.fields.IsoDateTimeField):
    """An ISO 8601 time in the digits 0–9."""

    def to_python(self, value):
        if writes_other_digits(value):
            raise forms.ValidationError(_("A time in the digits 0–9 (ISO 8601)."), code="invalid")
        return super().to_python(value)


@extend_schema_field({"type": "integer", "minimum": 1, "maximum": MAX_ID})
class IdFilter(django_filters.NumberFilter):
    field_class = AsciiIntegerField

    def __init__(self, *args, **kwargs):
        super().__init__(*args, min_value=1, max_value=MAX_ID, **kwargs)


class EventIdField(AsciiIntegerField):
    """An event's id: one that names no event is a 404 with the value, as an unknown region or body is (a filter on
    it answered 200 with an empty page, which reads as "no figures for this event")."""

    def clean(self, value):
        value = super().clean(value)
        if value is not None and not Event.objects.filter(pk=value).exists():
            raise NotFound(f"No event with id {value}.")
        return value


class EventFilter(IdFilter):
    field_class = EventIdField


@extend_schema_field({"type": "integer", "minimum": 0, "maximum": MAX_PERSONS})
class CountFilter(django_filters.NumberFilter):
    field_class = AsciiIntegerField

    def __init__(self, *args, **kwargs):
        super().__init__(*args, min_value=0, max_value=MAX_PERSONS, **kwargs)


class UtcDateTimeFilter(django_filters.IsoDateTimeFilter):
    """Any ISO 8601 offset Python reads (up to ±23:59), compared in UTC: PostgreSQL itself stops at ±15:59."""

    field_class = AsciiIsoDateTimeField

    def filter(self, qs, value):
        if value is None:
            return qs
        try:
            value = value.astimezone(UTC)
        except (OverflowError, ValueError) as exc:
            raise ValidationError({self.field_name: ["This time is out of range."]}) from exc
        return super().filter(qs, value)


class IdIn(Func):
    """`column = ANY(ids::bigint[])`: the ids typed as the column is, so that the GiST index on (region, period)
    can use them (btree_gist has no int8-to-int2 operator; a plain `IN (59)` sends a smaller integer type)."""

    output_field = BooleanField()
    conditional = True

    def __init__(self, column: str, ids: list[int]):
        super().__init__(F(column))
        self.ids = [int(i) for i in ids]

    def as_sql(self, compiler, connection, **extra):
        column, params = compiler.compile(self.get_source_expressions()[0])
        if len(self.ids) == 1:  # one place: PostgreSQL reads its figures in id order from the (region, id) index
            return f"{column} = %s::bigint", [*params, self.ids[0]]
        return f"{column} = ANY(%s::bigint[])", [*params, self.ids]


class PeriodFilter(django_filters.DateFilter):
    """Validated as a date here; applied together with its pair by FigureFilter.filter_queryset."""

    field_class = AsciiDateField

    def filter(self, qs, value):
        return qs


class PeriodOverlaps(Func):
    """True when a figure's period (tracker.models.PERIOD_RANGE) overlaps the closed range [after, before]; either
    end may be None (open-ended)."""

    output_field = BooleanField()
    conditional = True

    def __init__(self, after, before):
        super().__init__(PERIOD_RANGE, Value(after, output_field=DateField()), Value(before, output_field=DateField()))

    def as_sql(self, compiler, connection, **extra):
        (period, period_params), (after, after_params), (before, before_params) = (
            compiler.compile(e) for e in self.get_source_expressions()
        )
        sql = f"{period} && daterange({after}::date, {before}::date, '[]')"
        return sql, [*period_params, *after_params, *before_params]


class StrictBooleanField(forms.NullBooleanField):
    widget = forms.TextInput  # the default select widget turns anything it does not know into "no filter"

    def to_python(self, value):
        if value in (None, ""):
            return None
        text = str(value).strip().lower()
        if text not in ("true", "false", "1", "0"):
            raise forms.ValidationError("true or false.")
        return text in ("true", "1")


class StrictBooleanFilter(django_filters.BooleanFilter):
    """true or false (1 or 0); anything else is a 400, not silently no filter."""

    field_class = StrictBooleanField


class LeanFilterSet(django_filters.FilterSet):
    """django-filter, with its per-request set-up done once. A stock FilterSet deep-copies every filter and builds a
    new form class for each request; ours keep no per-request state (no `method=` filters, none reads `parent`), so
    they are shared, and the form class is built once per set of parameters given and then reused. The form has
    only the fields the query names: a filter left out filters nothing either way, and a given one is validated by
    the same field as before, with the same messages."""

    _forms: dict  # frozenset of parameter names → form class; one per subclass

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls._forms = {}

    def __init__(self, data=None, queryset=None, *, request=None, prefix=None):
        if queryset is None:
            queryset = self._meta.model._default_manager.all()
        self.is_bound = data is not None
        self.data = data if data is not None else QueryDict()
        self.queryset = queryset
        self.request = request
        self.form_prefix = prefix
        self.filters = self.base_filters

    def get_form_class(self):
        names = frozenset(name for name in self.data if name in self.base_filters)
        form = self._forms.get(names)
        if form is None:
            for filter_ in self.base_filters.values():
                filter_.model = self._meta.model
            fields = {name: f.field for name, f in self.base_filters.items() if name in names}
            form = type(f"{type(self).__name__}Form", (self._meta.form,), fields)
            if len(self._forms) < 1024:  # the combinations in use are few; never grow without bound
                self._forms[names] = form
        return form


class FigureFilter(LeanFilterSet):
    region = RegionFilter(
        field_name="region",
        help_text="P-code (SY07), id, or an unambiguous name or alias (Idlib, إدلب); includes every place inside it. "
        "An ambiguous name is a 400 listing the candidates.",
    )
    period_after = PeriodFilter(
        field_name="period_end", lookup_expr="gte", help_text="Figures whose period ends on or after this date."
    )
    period_before = PeriodFilter(
        field_name="period_start", lookup_expr="lte", help_text="Figures whose period starts on or before this date."
    )
    # distinct=False: each filter is on the figure's own column, so no row can repeat (DISTINCT cost a sort)
    term = django_filters.MultipleChoiceFilter(choices=Term.choices, distinct=False,
                                               error_messages=choices_listed(Term.choices),
                                               help_text="What happened; repeat for several.")  # fmt: skip
    unit = django_filters.ChoiceFilter(choices=Unit.choices, error_messages=choices_listed(Unit.choices))
    category = django_filters.ChoiceFilter(
        choices=Category.choices,
        error_messages=choices_listed(Category.choices),
        help_text="flow (new) or stock (still displaced)",
    )
    status = django_filters.MultipleChoiceFilter(choices=FigureStatus.choices, distinct=False,
                                                 error_messages=choices_listed(FigureStatus.choices),
                                                 help_text="Partners see verified only.")  # fmt: skip
    reporting_body = BodyFilter(help_text="Reporting body id, acronym or name.")
    event = EventFilter(field_name="event_id", help_text="Event id.")
    cause = django_filters.MultipleChoiceFilter(choices=Cause.choices, distinct=False,
                                                error_messages=choices_listed(Cause.choices),
                                                help_text="What forced people out; repeat.")  # fmt: skip
    hazard = django_filters.MultipleChoiceFilter(choices=Hazard.choices, distinct=False,
                                                 error_messages=choices_listed(Hazard.choices),
                                                 help_text="For disasters; repeat.")  # fmt: skip
    housing_destroyed = StrictBooleanFilter(help_text="true: homes destroyed; false: not.")
    persons_min = CountFilter(field_name="persons", lookup_expr="gte", help_text="At least this many.")
    persons_max = CountFilter(field_name="persons", lookup_expr="lte", help_text="At most this many.")
    updated_since = UtcDateTimeFilter(
        field_name="updated_at", lookup_expr="gte", help_text="Changed at or after this time (ISO 8601), for sync."
    )

    class Meta:
        model = DisplacementFigure
        fields: list[str] = []

    def filter_queryset(self, queryset):
        """The period filters become one condition: the figure's period overlaps [period_after, period_before]
        (ends on or after the one, starts on or before the other). Said so, it matches the GiST index on the
        period and PostgreSQL estimates it from that index's statistics, instead of multiplying two guesses."""
        queryset = super().filter_queryset(queryset)
        after, before = (self.form.cleaned_data.get(name) for name in ("period_after", "period_before"))
        if after is None and before is None:
            return queryset
        if after is not None and before is not None and after > before:  # no period fits: say so, not []
            raise ValidationError({"period_before": [_("The end comes before the start.")]})
        if connections[queryset.db].vendor != "postgresql":  # SQLite (run_dev): the same meaning, two comparisons
            return queryset.filter(**({"period_end__gte": after} if after else {}),
                                   **({"period_start__lte": before} if before else {}))  # fmt: skip
        return queryset.filter(PeriodOverlaps(after, before))


class PcodeField(forms.CharField):
    def clean(self, value):
        value = super().clean(value)
        if value and not is_pcode(value.strip()):  # 'SY٠٧' is no p-code: a 400 that says why, not an empty list
            raise forms.ValidationError(_("A p-code is written in the letters A–Z and the digits 0–9 (with - _ or . "
                                          "between them), as OCHA writes it: “%(value)s” is not."),
                                        params={"value": value.strip()[:40]})  # fmt: skip
        return value.strip()


class PcodeFilter(django_filters.CharFilter):
    field_class = PcodeField


class RegionListFilter(LeanFilterSet):
    within = RegionFilter(
        field_name="path", help_text="Only places inside this region (p-code or id), itself included."
    )
    level = django_filters.ChoiceFilter(choices=RegionLevel.choices, error_messages=choices_listed(RegionLevel.choices))
    parent = IdFilter(field_name="parent_id", help_text="Id of the parent region.")
    pcode = PcodeFilter(field_name="pcode", lookup_expr="iexact")
    name = django_filters.CharFilter(field_name="name", lookup_expr="icontains")

    class Meta:
        model = Region
        fields: list[str] = []


class FilterDialogBackend(DjangoFilterBackend):
    """django-filter's backend, with the browsable API's « Filters » dialog made usable. The lean filter sets build a
    form of only the fields a query names (LeanFilterSet), so the dialog showed no field at all, and its form sent
    nothing of the page's `ordering`, `page_size` or `format`: the dialog shows every filter, filled in from the
    query, and keeps those three (not the cursor: a new filter starts at the first page). A field left empty is
    left out of the query by api/filter_form.js (the API refuses `?status=` as a value to give or to leave out)."""

    template = "api/filter_form.html"
    kept = ("ordering", "page_size", "format")

    def to_html(self, request, queryset, view):
        filterset_class = self.get_filterset_class(view, queryset)
        if filterset_class is None:
            return None
        for filter_ in filterset_class.base_filters.values():
            filter_.model = filterset_class._meta.model
        fields = {name: f.field for name, f in filterset_class.base_filters.items()}
        form_class = type(f"{filterset_class.__name__}DialogForm", (filterset_class._meta.form,), fields)
        params = request.query_params
        initial = {
            name: params.getlist(name) if isinstance(field, forms.MultipleChoiceField) else params.get(name)
            for name, field in fields.items()
            if name in params
        }
        kept = [(name, value) for name in self.kept for value in params.getlist(name)]
        return loader.get_template(self.template).render({"form": form_class(initial=initial), "kept": kept}, request)


class StrictOrderingFilter(OrderingFilter):
    """One field to order by (ties broken by id); anything else is a 400 naming the choices. A nullable field sorts
    through a non-null alias (NULL counts as -1), because a cursor cannot point at NULL: page 2 of `-persons` works."""

    nullable = NULLABLE_ORDERING

    def get_ordering(self, request, queryset, view):
        raw = request.query_params.get(self.ordering_param)
        if raw is None:
            return self.get_default_ordering(view)
        allowed = [name for name, _label in self.get_valid_fields(queryset, view, {"request": request})]
        if raw.lstrip("-") not in allowed or raw.count("-") > 1:
            choices = ", ".join(allowed)
            raise ValidationError({self.ordering_param: [f"Order by one of {choices} (prefix - for descending)."]})
        field = raw.lstrip("-")
        sign = "-" if raw.startswith("-") else ""
        return [f"{sign}{self.nullable.get(field, field)}", f"{sign}id"] if field != "id" else [raw]

    template = "api/ordering.html"

    def get_template_context(self, request, queryset, view):
        """The dialog's ordering links: the one in use marked (the stock one compared the sort alias, so `persons`
        was never marked), and without the cursor, which belongs to the order it was made in (following a link with
        it answered « Invalid cursor »)."""
        current = request.query_params.get(self.ordering_param) or ",".join(self.get_default_ordering(view) or [])
        here = remove_query_param(request.get_full_path(), "cursor")
        options = []
        for key, label in self.get_valid_fields(queryset, view, {"request": request}):
            for value, direction in ((key, _("ascending")), (f"-{key}", _("descending"))):
                url = replace_query_param(here, self.ordering_param, value)
                options.append({"url": url, "label": f"{label} - {direction}", "active": value == current})
        return {"options": options}

    def get_schema_operation_parameters(self, view):
        fields = list(getattr(view, "ordering_fields", []))
        return [
            {
                "name": self.ordering_param,
                "required": False,
                "in": "query",
                "description": f"Order by one field, prefix - for descending (default: {', '.join(view.ordering)}).",
                "schema": {"type": "string", "enum": [*fields, *(f"-{f}" for f in fields)]},
            }
        ]

    def filter_queryset(self, request, queryset, view):
        ordering = self.get_ordering(request, queryset, view)
        for name, alias in self.nullable.items():
            if any(f.lstrip("-") == alias for f in ordering):
                queryset = queryset.alias(**{alias: Coalesce(name, Value(-1))})  # sorted by, not a field
        return queryset.order_by(*ordering) if ordering else queryset


MULTIPLE_VALUE_FILTERS = (django_filters.MultipleChoiceFilter,)  # the filters that read a repeated parameter


class RejectUnknownParameters(BaseFilterBackend):
    """A typo in a filter name must not silently return everything."""

    def filter_queryset(self, request, queryset, view):
        filterset = getattr(view, "filterset_class", None)
        known = set(filterset.base_filters) if filterset else set()
        known |= {"format"} | set(getattr(view, "extra_query_params", ()))
        if getattr(view, "pagination_class", None) is not None:
            known |= {"cursor", "page_size"}
        if any(issubclass(b, OrderingFilter) for b in getattr(view, "filter_backends", ())):
            known.add("ordering")
        for name in request.query_params:
            field_class = getattr(filterset.base_filters.get(name), "field_class", None) if filterset else None
            if (
                field_class
                and not issubclass(field_class, forms.CharField)
                and "" in request.query_params.getlist(name)
            ):
                raise ValidationError({name: [_("Give a value, or leave the parameter out.")]})
        formats = {getattr(r, "format", None) for r in getattr(view, "renderer_classes", ())}
        if "format" in request.query_params and request.query_params["format"] not in formats:
            choices = ", ".join(sorted(f for f in formats if f))
            raise ValidationError({"format": [_("One of %(choices)s.") % {"choices": choices}]})
        unknown = sorted(set(request.query_params) - known)
        if unknown:
            message = _("Unknown parameter. Known: %(known)s.") % {"known": ", ".join(sorted(known))}
            raise ValidationError({name: [message] for name in unknown})
        repeated = sorted(
            name
            for name in request.query_params
            if len(request.query_params.getlist(name)) > 1
            and not isinstance(filterset.base_filters.get(name) if filterset else None, MULTIPLE_VALUE_FILTERS)
        )
        if repeated:  # the form would read one of them and silently drop the others
            raise ValidationError({name: [_("Give this parameter once.")] for name in repeated})
        return queryset

"""Partner REST API, v1. Views are thin: reads through tracker.selectors, writes through tracker.services."""

import re
from datetime import date

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404
from django.utils.text import format_lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response
from rest_framework.views import APIView

from api import serializers as s
from api.filters import (
    FigureFilter,
    FilterDialogBackend,
    RegionListFilter,
    RejectUnknownParameters,
    StrictOrderingFilter,
    check_parameters,
    region_named,
    writes_other_digits,
)
from api.renderers import ORJSONRenderer
from api.selectors import request_scope
from tracker import services
from tracker.choices import Category, RegionLevel, Term
from tracker.models import DisplacementFigure, Event, Region, ReportingBody, ReportingBodyAlias, Source
from tracker.selectors import (
    MAP_DEFAULT_TERMS,
    RegionLookupError,
    all_figure_rows,
    figure_rows,
    figures_visible_to,
    map_totals,
    read_prepared,
    region_labels,
    sources_visible_to,
    totals_with_changes,
    visible_figure_row,
    with_names_and_breakdown,
)

FIGURE_ORDERING = ["id", "updated_at", "period_end", "persons"]
UNFILTERED_PARAMETERS = {"cursor", "page_size", "ordering", "format"}


@extend_schema_view(
    list=extend_schema(summary="List figures", description="Cursor-paginated; partners see verified figures only."),
    retrieve=extend_schema(summary="One figure"),
    create=extend_schema(summary="Enter a figure (as a draft)", request=s.FigureWriteSerializer),
    partial_update=extend_schema(summary="Correct a figure", request=s.FigureWriteSerializer),
    update=extend_schema(summary="Replace a figure's fields", request=s.FigureWriteSerializer),
    destroy=extend_schema(summary="Delete a figure (reviewers)"),
)
class FigureViewSet(viewsets.ModelViewSet):
    serializer_class = s.FigureSerializer
    filterset_class = FigureFilter
    filter_backends = [RejectUnknownParameters, FilterDialogBackend, StrictOrderingFilter]
    ordering_fields = FIGURE_ORDERING
    ordering = ["id"]
    lookup_value_regex = "[0-9]+"
    permission_model = "displacementfigure"
    action_permissions = {
        "verify": "tracker.verify_displacementfigure",
        "reject": "tracker.verify_displacementfigure",
        "send_to_review": "tracker.change_displacementfigure",
        "reopen": "tracker.change_displacementfigure",
    }
    queryset = DisplacementFigure.objects.none()  # for the schema; real reads go through get_queryset

    def get_queryset(self):
        return figures_visible_to(user=self.request.user, scope=request_scope(self.request))

    def _rows(self):
        """The figures this request may see, as the API's plain rows (tracker.selectors.figure_rows)."""
        scope = request_scope(self.request)
        return figures_visible_to(user=self.request.user, scope=scope, queryset=all_figure_rows())

    def _check_region(self, data) -> None:
        """A regional token cannot place a figure outside its regions (the services check the user's teams)."""
        region = data.get("region")
        if region is not None and not request_scope(self.request).allows(region):
            raise serializers.ValidationError({"region": [f"{region} is outside the regions this token may reach."]})

    def list(self, request, *args, **kwargs):
        rows = read_prepared(self.filter_queryset(self._rows()), prepared=self._plan_needs_no_values())
        page = self.paginate_queryset(rows)
        return self.get_paginated_response(with_names_and_breakdown(list(page)))

    def _plan_needs_no_values(self) -> bool:
        """A page with no filter, seen from everywhere: its best plan is the same whatever the cursor, so its
        statement may be prepared (tracker.fastrows); a filter's or a team's plan depends on the values."""
        return request_scope(self.request).everywhere and set(self.request.query_params) <= UNFILTERED_PARAMETERS

    def retrieve(self, request, *args, **kwargs):
        row = visible_figure_row(user=request.user, scope=request_scope(request), pk=int(kwargs["pk"]))
        if row is None:
            return Response({"detail": _("No such figure.")}, status=status.HTTP_404_NOT_FOUND)
        return Response(with_names_and_breakdown([row])[0])

    def _figure(self, pk) -> DisplacementFigure:
        return get_object_or_404(self.get_queryset().select_related("region", "source"), pk=pk)

    def _respond(self, figure, code=status.HTTP_200_OK):
        row = figure_rows(DisplacementFigure.objects.filter(pk=figure.pk)).get()
        return Response(with_names_and_breakdown([row])[0], status=code)

    def create(self, request, *args, **kwargs):
        serializer = s.FigureWriteSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        self._check_region(serializer.validated_data)
        figure = services.record_figure(acting_user=request.user, **serializer.validated_data)
        return self._respond(figure, status.HTTP_201_CREATED)

    def update(self, request, *args, partial=False, **kwargs):
        figure = self._figure(kwargs["pk"])
        serializer = s.FigureWriteSerializer(figure, data=request.data, partial=partial)
        serializer.is_valid(raise_exception=True)
        self._check_region(serializer.validated_data)
        services.update_figure(figure=figure, acting_user=request.user, changes=dict(serializer.validated_data))
        return self._respond(figure)

    def destroy(self, request, *args, **kwargs):
        self._figure(kwargs["pk"]).delete()
        return Response(status=status.HTTP_204_NO_CONTENT)

    @extend_schema(request=None, responses=s.FigureSerializer, summary="Send a draft or candidate to review")
    @action(detail=True, methods=["post"], url_path="send-to-review")
    def send_to_review(self, request, pk=None):
        figure = self._figure(pk)
        services.submit_figure(figure=figure, acting_user=request.user)
        return self._respond(figure)

    @extend_schema(
        request=None,
        responses=s.FigureSerializer,
        summary="Verify (reviewers; not a figure whose substance you last changed)",
        description="From review, or straight from draft/candidate (recorded as submit, then verify). 400: a "
        "precondition fails (field messages); 403: not a reviewer, or the four-eyes rule; 409: not from this state.",
    )
    @action(detail=True, methods=["post"])
    def verify(self, request, pk=None):
        figure = self._figure(pk)
        services.verify_figure(figure=figure, acting_user=request.user)
        return self._respond(figure)

    @extend_schema(request=None, responses=s.FigureSerializer, summary="Send a reviewed figure back to review")
    @action(detail=True, methods=["post"])
    def reopen(self, request, pk=None):
        figure = self._figure(pk)
        services.reopen_figure(figure=figure, acting_user=request.user)
        return self._respond(figure)

    @extend_schema(request=s.RejectSerializer, responses=s.FigureSerializer, summary="Reject, with a reason")
    @action(detail=True, methods=["post"])
    def reject(self, request, pk=None):
        figure = self._figure(pk)
        serializer = s.RejectSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        services.reject_figure(figure=figure, acting_user=request.user, reason=serializer.validated_data["reason"])
        return self._respond(figure)


class RegionViewSet(viewsets.ModelViewSet):
    """Places, as a hierarchy with OCHA p-codes. `?within=SY07` lists a region's whole subtree."""

    serializer_class = s.RegionSerializer
    filterset_class = RegionListFilter
    filter_backends = [RejectUnknownParameters, FilterDialogBackend]
    lookup_value_regex = "[0-9]+"
    permission_model = "region"
    queryset = Region.objects.all()
    http_method_names = ["get", "post", "patch", "head", "options"]

    def create(self, request, *args, **kwargs):
        serializer = s.RegionWriteSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        scope = request_scope(request)
        if not scope.everywhere and not scope.allows(serializer.validated_data.get("parent")):
            raise serializers.ValidationError({"parent": [_("Choose a place inside your team's regions.")]})
        region = services.create_region(**serializer.validated_data)
        return Response(s.RegionSerializer(region).data, status=status.HTTP_201_CREATED)

    def partial_update(self, request, *args, **kwargs):
        region = self.get_object()
        if not request_scope(request).allows(region):
            raise PermissionDenied(_("This place is outside your team's regions: another team keeps it."))
        serializer = s.RegionWriteSerializer(region, data=request.data, partial=True)
        serializer.is_valid(raise_exception=True)
        scope = request_scope(request)
        if (
            "parent" in serializer.validated_data
            and not scope.everywhere
            and not scope.allows(serializer.validated_data["parent"])
        ):
            raise serializers.ValidationError({"parent": [_("Choose a place inside your team's regions.")]})
        region = services.update_region(region=region, **serializer.validated_data)
        return Response(s.RegionSerializer(region).data)


class ReportingBodyViewSet(viewsets.ModelViewSet):
    serializer_class = s.ReportingBodySerializer
    filter_backends = [RejectUnknownParameters]
    lookup_value_regex = "[0-9]+"
    permission_model = "reportingbody"
    http_method_names = ["get", "post", "patch", "head", "options"]
    queryset = ReportingBody.objects.prefetch_related(
        Prefetch("aliases", queryset=ReportingBodyAlias.objects.order_by("name"))
    )

    def create(self, request, *args, **kwargs):
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        body, _created = services.upsert_reporting_body(**serializer.validated_data)
        return Response(self.get_serializer(body).data, status=status.HTTP_201_CREATED)

    def partial_update(self, request, *args, **kwargs):
        serializer = self.get_serializer(self.get_object(), data=request.data, partial=True)
        serializer.is_valid(raise_exception=True)
        body = services.update_reporting_body(body=serializer.instance, changes=serializer.validated_data)
        return Response(self.get_serializer(body).data)


@extend_schema_view(
    create=extend_schema(
        summary="Store a document (its text is deduplicated)",
        responses={201: s.SourceDetailSerializer, 200: s.SourceDetailSerializer},
        description="201 when the text is new; 200 with the stored document when the same text exists already.",
    )
)
class SourceViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, mixins.CreateModelMixin,
                    mixins.UpdateModelMixin, viewsets.GenericViewSet):  # fmt: skip
    """Documents figures came from. Partners see those behind verified figures. The text is in the detail."""

    filter_backends = [RejectUnknownParameters]
    lookup_value_regex = "[0-9]+"
    permission_model = "source"
    http_method_names = ["get", "post", "patch", "head", "options"]
    queryset = Source.objects.none()  # for the schema; real reads go through get_queryset

    def get_queryset(self):
        return sources_visible_to(user=self.request.user, scope=request_scope(self.request))

    def get_serializer_class(self):
        return s.SourceDetailSerializer if self.action in ("retrieve", "create") else s.SourceSerializer

    def create(self, request, *args, **kwargs):
        serializer = s.SourceDetailSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        source, created = services.store_source(**serializer.validated_data)
        code = status.HTTP_201_CREATED if created else status.HTTP_200_OK
        return Response(s.SourceDetailSerializer(source).data, status=code)

    def partial_update(self, request, *args, **kwargs):
        serializer = s.SourceUpdateSerializer(self.get_object(), data=request.data, partial=True)
        serializer.is_valid(raise_exception=True)
        source = services.update_source_metadata(source=serializer.instance, changes=serializer.validated_data)
        return Response(s.SourceSerializer(source).data)


class EventViewSet(viewsets.ModelViewSet):
    serializer_class = s.EventSerializer
    filter_backends = [RejectUnknownParameters]
    lookup_value_regex = "[0-9]+"
    permission_model = "event"
    http_method_names = ["get", "post", "patch", "head", "options"]
    queryset = Event.objects.prefetch_related("regions")

    def create(self, request, *args, **kwargs):
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        event = services.save_event(**serializer.validated_data)
        return Response(self.get_serializer(event).data, status=status.HTTP_201_CREATED)

    def partial_update(self, request, *args, **kwargs):
        serializer = self.get_serializer(self.get_object(), data=request.data, partial=True)
        serializer.is_valid(raise_exception=True)
        event = services.save_event(event=serializer.instance, **serializer.validated_data)
        return Response(self.get_serializer(event).data)


class OneOf(serializers.ChoiceField):
    """A choice parameter whose refusal lists the values it takes."""

    def __init__(self, choices, **kwargs):
        values = ", ".join(str(value) for value in dict(serializers.ChoiceField(choices=choices).choices))
        message = format_lazy(gettext_lazy("“{{input}}” is not one of: {choices}."), choices=values)
        super().__init__(choices, error_messages={"invalid_choice": message}, **kwargs)


class InDigits:
    """A parameter field that refuses digits other than 0–9 ('٢٠٢٠-02-01', '١٠'), as the figure list's filters do;
    the subclass says what it takes in its `digits` message."""

    def to_internal_value(self, value):
        if writes_other_digits(value):
            self.fail("digits")
        return super().to_internal_value(value)


_ISO_DAY = re.compile(r"[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])")  # shaped as a day, maybe no real one


class DateInDigits(InDigits, serializers.DateField):
    """A date in the digits 0–9; one written right that the calendar lacks ('2020-02-30') is said to be no date, not
    to be in the wrong format."""

    default_error_messages = {
        "digits": gettext_lazy("A date in the digits 0–9 (YYYY-MM-DD)."),
        "no_such_day": gettext_lazy("{value} is no day of the calendar: that month has fewer days."),
    }

    def to_internal_value(self, value):
        if isinstance(value, str) and _ISO_DAY.fullmatch(value.strip()):
            try:
                date.fromisoformat(value.strip())
            except ValueError:
                self.fail("no_such_day", value=value.strip())
        return super().to_internal_value(value)


class WholeNumberInDigits(InDigits, serializers.IntegerField):
    default_error_messages = {"digits": gettext_lazy("A whole number in the digits 0–9.")}


class SomeOf(serializers.MultipleChoiceField):
    """A repeatable choice parameter (`term`) whose refusal lists the values it takes, as OneOf's does."""

    def __init__(self, choices, **kwargs):
        values = ", ".join(str(value) for value in dict(serializers.ChoiceField(choices=choices).choices))
        message = format_lazy(gettext_lazy("“{{input}}” is not one of: {choices}."), choices=values)
        super().__init__(choices=choices, error_messages={"invalid_choice": message}, **kwargs)


class TotalsQuery(serializers.Serializer):
    region = serializers.CharField(required=False, help_text="P-code or id; default: every top-level region.")
    level = OneOf(choices=RegionLevel.choices, required=False,
                  help_text="Give one row per region of this level inside `region`.")  # fmt: skip
    category = OneOf(choices=Category.choices, default=Category.FLOW)
    period = OneOf(choices=["week", "month"], default="month")
    term = SomeOf(choices=Term.choices, required=False)
    start = DateInDigits(required=False, help_text="Periods ending on or after this date.")
    end = DateInDigits(required=False, help_text="Periods ending on or before this date.")

    def validate_region(self, value):
        try:
            return region_named(value)
        except RegionLookupError as exc:  # ambiguous: a 400 listing the candidates
            raise serializers.ValidationError(str(exc)) from exc

    def validate(self, data):
        if data.get("start") and data.get("end") and data["start"] > data["end"]:
            raise serializers.ValidationError({"end": _("The end comes before the start.")})
        return data


class TotalsView(APIView):
    """Persons displaced (flow) or still displaced (stock) per region and week or month, never double counted.

    Verified figures only. For one region, period and term one figure counts: the recommended one, else the one
    from the most reliable body, then the most recent. A region without a figure of its own counts the sum of
    its sub-regions. `lowest`, `highest`, `reports` and `sources` show how far the reports disagree.
    """

    permission_model = "displacementfigure"

    @extend_schema(
        parameters=[
            OpenApiParameter(
                "term",
                OpenApiTypes.STR,
                many=True,
                enum=Term.values,
                description="What happened; repeat for several (default: all).",
            ),  # fmt: skip
            TotalsQuery,
        ],
        responses=s.TotalSerializer(many=True),
    )
    def get(self, request):
        query = TotalsQuery(data={**request.query_params.dict(), "term": request.query_params.getlist("term")})
        check_parameters(request, TotalsQuery().fields, repeatable={"term"})
        query.is_valid(raise_exception=True)
        q = query.validated_data
        rows = totals_with_changes(
            category=q["category"],
            granularity=q["period"],
            region=q.get("region"),
            level=q.get("level"),
            terms=sorted(q.get("term") or []) or None,
            start=q.get("start"),
            end=q.get("end"),
            reach=request_scope(request),
        )
        return Response(
            [
                {
                    "region": {
                        "id": r.region.pk,
                        "name": r.region.name,
                        "pcode": r.region.pcode,
                        "level": r.region.level,
                    },  # fmt: skip
                    "period_start": r.period_start,
                    "period_end": r.period_end,
                    "term": r.term,
                    "category": r.category,
                    "persons": r.persons,
                    "basis": r.basis,
                    "counted_figure": r.counted_figure,
                    "sum_of_sub_regions": r.sum_of_sub_regions,
                    "figures": list(r.figures),
                    "lowest": r.lowest,
                    "highest": r.highest,
                    "reports": r.reports,
                    "sources": r.sources,
                    "change": change.as_dict(),
                }
                for r, change in rows
            ]
        )


class MapQuery(serializers.Serializer):
    region = serializers.CharField(required=False, help_text="P-code, id or unambiguous name; default: everywhere.")
    level = OneOf(
        choices=RegionLevel.choices,
        required=False,
        help_text="Regions of this level inside `region` (default: its sub-regions).",
    )
    category = OneOf(choices=Category.choices, default=Category.FLOW)
    term = SomeOf(choices=Term.choices, required=False)
    start = DateInDigits(required=False, help_text="Periods ending on or after this date.")
    end = DateInDigits(required=False, help_text="Periods ending on or before this date.")

    validate_region = TotalsQuery.validate_region
    validate = TotalsQuery.validate


class GeoJSONRenderer(ORJSONRenderer):
    media_type = "application/geo+json"
    format = "geojson"


class TotalsGeoView(APIView):
    """Totals as a GeoJSON FeatureCollection, one feature per region, for maps (same rule as `/totals/`).

    Each feature's geometry is the region's simplified boundary when one was loaded, else a Point at its
    centroid, else null. `properties.persons` is the persons displaced in the period (flow: the months added up;
    stock: the latest month's total) or **null when no verified figure covers the region: no data, not zero**.
    Terms default to every term but returns. Boundaries: UN OCHA COD-AB via HDX, CC BY-IGO (see `attribution`).
    """

    permission_model = "displacementfigure"
    renderer_classes = [GeoJSONRenderer, ORJSONRenderer]

    def handle_exception(self, exc):
        """Errors are plain JSON (as the schema says), not GeoJSON."""
        response = super().handle_exception(exc)
        self.request.accepted_renderer, self.request.accepted_media_type = ORJSONRenderer(), "application/json"
        return response

    @extend_schema(
        parameters=[
            OpenApiParameter(
                "term",
                OpenApiTypes.STR,
                many=True,
                enum=Term.values,
                description="What happened; repeat for several (default: all but returned).",
            ),
            MapQuery,
        ],  # fmt: skip
        responses={(200, "application/geo+json"): OpenApiTypes.OBJECT},
        summary="Totals per region as GeoJSON (for maps)",
    )
    def get(self, request):
        check_parameters(request, MapQuery().fields, repeatable={"term"})
        query = MapQuery(data={**request.query_params.dict(), "term": request.query_params.getlist("term")})
        query.is_valid(raise_exception=True)
        q = query.validated_data
        terms = sorted(q.get("term") or []) or None
        rows = map_totals(region=q.get("region"), level=q.get("level"), category=q["category"], terms=terms,
                          start=q.get("start"), end=q.get("end"), reach=request_scope(request))  # fmt: skip
        labels = region_labels([row.region for row in rows])
        features = []
        for row in rows:
            r = row.region
            geometry = row.geometry
            if geometry is None and r.centroid_lat is not None:
                geometry = {"type": "Point", "coordinates": [r.centroid_lon, r.centroid_lat]}
            features.append({
                "type": "Feature",
                "id": r.pk,
                "geometry": geometry,
                "properties": {"id": r.pk, "name": r.name, "pcode": r.pcode, "level": r.level, "label": labels[r.pk],
                               "persons": row.persons, "reports": row.reports, "months": row.months,
                               "retired": r.retired},
            })  # fmt: skip
        return Response({
            "type": "FeatureCollection",
            "category": q["category"],
            "start": q.get("start"),
            "end": q.get("end"),
            "terms": sorted(q.get("term") or []) or MAP_DEFAULT_TERMS,
            "attribution": settings.MAP_DATA_ATTRIBUTION,
            "features": features,
        })  # fmt: skip

"""Streaming CSV and HXL exports of figures: the same filters and visibility as the list, no page limit; and
their data dictionary (`?format=dictionary`)."""

from django.http import HttpResponse, StreamingHttpResponse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema
from rest_framework.generics import GenericAPIView

from api.filters import FigureFilter, FilterDialogBackend, RejectUnknownParameters
from api.renderers import CSVRenderer, DictionaryCSVRenderer, DictionaryJSONRenderer, ORJSONRenderer
from api.selectors import request_scope
from tracker.exports import dictionary_csv, dictionary_json, export_lines, guarded_stream, region_index
from tracker.models import DisplacementFigure
from tracker.selectors import figure_rows, figures_visible_to


class FigureExportView(GenericAPIView):
    """All figures matching the filters, as CSV or HXL-tagged CSV, streamed row by row.

    `?format=dictionary` answers the data dictionary instead: every column with its HXL hashtag, type,
    description and the values of each enum (CSV; JSON when the client accepts application/json)."""

    filterset_class = FigureFilter
    filter_backends = [RejectUnknownParameters, FilterDialogBackend]
    permission_model = "displacementfigure"
    queryset = DisplacementFigure.objects.none()
    pagination_class = None
    renderer_classes = [CSVRenderer, ORJSONRenderer, DictionaryCSVRenderer, DictionaryJSONRenderer]
    kind = "csv"

    def get_queryset(self):
        return figures_visible_to(user=self.request.user, scope=request_scope(self.request)).order_by("id")

    def handle_exception(self, exc):
        # errors are JSON whatever the client accepts (the CSV renderer has no shape for them)
        self.request.accepted_renderer, self.request.accepted_media_type = ORJSONRenderer(), "application/json"
        return super().handle_exception(exc)

    @extend_schema(
        filters=True,  # the list's filters, which the schema left out (not a list view to drf-spectacular)
        responses={(200, "text/csv"): OpenApiTypes.STR, (200, "application/json"): OpenApiTypes.OBJECT},
        description="`?format=dictionary`: the data dictionary of this export (columns: sheet, column, hxl, type, "
        "description, values), as CSV, or as JSON ({sheets, columns}) with `Accept: application/json`.",
    )
    def get(self, request):
        # every parameter is checked here, before the first byte (the dictionary's too: a bad filter is a 400)
        queryset = self.filter_queryset(self.get_queryset())
        if request.accepted_renderer.format == "dictionary":
            if request.accepted_media_type == "application/json":
                return HttpResponse(dictionary_json(), content_type="application/json")
            response = HttpResponse(dictionary_csv(), content_type="text/csv; charset=utf-8")
            response["Content-Disposition"] = 'attachment; filename="displacement-figures-dictionary.csv"'
            return response
        rows = figure_rows(queryset)
        lines = export_lines(rows.iterator(chunk_size=2000), region_index(), hxl=self.kind == "hxl")
        lines = guarded_stream(rows, lines, what=request.get_full_path())
        response = StreamingHttpResponse(lines, content_type="text/csv")
        response["Content-Disposition"] = f'attachment; filename="displacement-figures-{self.kind}.csv"'
        return response

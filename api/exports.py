"""Streaming CSV and HXL exports of figures: the same filters and visibility as the list, no page limit."""

from django.http import StreamingHttpResponse
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema
from rest_framework.generics import GenericAPIView

from api.filters import FigureFilter, RejectUnknownParameters
from api.renderers import CSVRenderer, ORJSONRenderer
from api.selectors import request_scope
from tracker.exports import export_lines, guarded_stream, region_index
from tracker.models import DisplacementFigure
from tracker.selectors import figure_rows, figures_visible_to


class FigureExportView(GenericAPIView):
    """All figures matching the filters, as CSV or HXL-tagged CSV, streamed row by row."""

    filterset_class = FigureFilter
    filter_backends = [RejectUnknownParameters, DjangoFilterBackend]
    permission_model = "displacementfigure"
    queryset = DisplacementFigure.objects.none()
    pagination_class = None
    renderer_classes = [CSVRenderer, ORJSONRenderer]
    kind = "csv"

    def get_queryset(self):
        return figures_visible_to(user=self.request.user, scope=request_scope(self.request)).order_by("id")

    def handle_exception(self, exc):
        # errors are JSON whatever the client accepts (the CSV renderer has no shape for them)
        self.request.accepted_renderer, self.request.accepted_media_type = ORJSONRenderer(), "application/json"
        return super().handle_exception(exc)

    @extend_schema(responses={(200, "text/csv"): OpenApiTypes.STR})
    def get(self, request):
        # every parameter is checked here, before the first byte
        rows = figure_rows(self.filter_queryset(self.get_queryset()))
        lines = export_lines(rows.iterator(chunk_size=2000), region_index(), hxl=self.kind == "hxl")
        lines = guarded_stream(rows, lines, what=request.get_full_path())
        response = StreamingHttpResponse(lines, content_type="text/csv")
        response["Content-Disposition"] = f'attachment; filename="displacement-figures-{self.kind}.csv"'
        return response

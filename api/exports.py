"""Streaming CSV and HXL exports of figures: the same filters and visibility as the list, no page limit."""

import csv

from django.http import StreamingHttpResponse
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema
from rest_framework.generics import GenericAPIView

from api.filters import FigureFilter, RejectUnknownParameters
from tracker.choices import RegionLevel
from tracker.models import DisplacementFigure, Region
from tracker.selectors import figure_rows, figures_visible_to

# (column, HXL hashtag): the hashtag row lets HDX tools read the file as it is.
COLUMNS = [
    ("id", "#meta+id"),
    ("country", "#country+name"),
    ("country_pcode", "#country+code"),
    ("admin1", "#adm1+name"),
    ("admin1_pcode", "#adm1+code"),
    ("admin2", "#adm2+name"),
    ("admin2_pcode", "#adm2+code"),
    ("location", "#loc+name"),
    ("location_pcode", "#loc+code"),
    ("reported_value", "#affected+reported"),
    ("qualifier", "#meta+qualifier"),
    ("unit", "#meta+unit"),
    ("persons", "#affected+idps"),
    ("term", "#indicator+term"),
    ("category", "#indicator+category"),
    ("period_start", "#date+start"),
    ("period_end", "#date+end"),
    ("reporting_body", "#org"),
    ("source_url", "#meta+url"),
    ("quote", "#description+quote"),
    ("status", "#status"),
]
_LEVEL_COLUMN = {RegionLevel.COUNTRY: "country", RegionLevel.ADMIN1: "admin1", RegionLevel.ADMIN2: "admin2"}


class _Echo:
    def write(self, value):
        return value


def _safe(value):
    """Keep spreadsheet programs from running a cell as a formula."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return "'" + value
    return "" if value is None else value


def export_lines(rows, regions: dict, *, hxl: bool):
    writer = csv.writer(_Echo())
    yield writer.writerow([name for name, _ in COLUMNS])
    if hxl:
        yield writer.writerow([tag for _, tag in COLUMNS])
    for row in rows:
        out = {
            "id": row["id"],
            "location": row["region_name"] or row["location_as_written"],
            "location_pcode": row["region_pcode"],
            "reported_value": row["value"],
            "qualifier": row["qualifier"],
            "unit": row["unit"],
            "persons": row["persons"],
            "term": row["term"],
            "category": row["category"],
            "period_start": row["period_start"],
            "period_end": row["period_end"],
            "reporting_body": row["reporting_body_name"],
            "source_url": row["source_url"],
            "quote": row["quote"],
            "status": row["status"],
        }
        region = regions.get(row["region"])
        if region is not None:
            for ancestor_id in region.path.strip("/").split("/"):
                ancestor = regions.get(int(ancestor_id))
                column = _LEVEL_COLUMN.get(ancestor.level) if ancestor else None
                if column:
                    out[column], out[f"{column}_pcode"] = ancestor.name, ancestor.pcode
        yield writer.writerow([_safe(out.get(name)) for name, _ in COLUMNS])


class FigureExportView(GenericAPIView):
    """All figures matching the filters, as CSV or HXL-tagged CSV, streamed row by row."""

    filterset_class = FigureFilter
    filter_backends = [RejectUnknownParameters, DjangoFilterBackend]
    permission_model = "displacementfigure"
    queryset = DisplacementFigure.objects.none()
    kind = "csv"

    def get_queryset(self):
        return figures_visible_to(user=self.request.user).order_by("id")

    @extend_schema(responses={(200, "text/csv"): OpenApiTypes.STR})
    def get(self, request):
        rows = figure_rows(self.filter_queryset(self.get_queryset())).iterator(chunk_size=2000)
        regions = {r.pk: r for r in Region.objects.only("id", "name", "pcode", "level", "path")}
        response = StreamingHttpResponse(export_lines(rows, regions, hxl=self.kind == "hxl"), content_type="text/csv")
        response["Content-Disposition"] = f'attachment; filename="displacement-figures-{self.kind}.csv"'
        return response

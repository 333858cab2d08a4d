import orjson
from django.http import Http404
from rest_framework.exceptions import ValidationError
from rest_framework.negotiation import DefaultContentNegotiation
from rest_framework.renderers import BaseRenderer


class ORJSONRenderer(BaseRenderer):
    media_type = "application/json"
    format = "json"
    charset = None

    def render(self, data, accepted_media_type=None, renderer_context=None):
        if data is None:
            return b""
        return orjson.dumps(data, option=orjson.OPT_NON_STR_KEYS, default=str)


class CSVRenderer(BaseRenderer):
    """Lets a client ask for text/csv; the export views build the body themselves."""

    media_type = "text/csv"
    format = "csv"
    charset = "utf-8"

    def render(self, data, accepted_media_type=None, renderer_context=None):
        return orjson.dumps(data, default=str) if data is not None else b""


class StrictContentNegotiation(DefaultContentNegotiation):
    """`?format=` naming no renderer is a 400 that lists the formats, not DRF's bare 404."""

    def select_renderer(self, request, renderers, format_suffix=None):
        try:
            return super().select_renderer(request, renderers, format_suffix)
        except Http404 as exc:
            formats = ", ".join(sorted({r.format for r in renderers}))
            raise ValidationError({"format": [f"One of {formats}."]}) from exc


class DictionaryCSVRenderer(CSVRenderer):
    """`?format=dictionary`: the export's data dictionary as CSV (the default) …"""

    format = "dictionary"


class DictionaryJSONRenderer(ORJSONRenderer):
    """… or as JSON, for a client that accepts application/json."""

    format = "dictionary"

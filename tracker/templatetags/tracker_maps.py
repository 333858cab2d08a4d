"""{% region_map %}: the choropleth of persons displaced, for the region page and the dashboard."""

import json

from django import template
from django.conf import settings
from django.urls import reverse
from django.utils.translation import gettext

register = template.Library()


@register.inclusion_tag("tracker/includes/region_map.html")
def region_map(region=None, level="", category="flow", start="", end="", data_url="", region_url="", map_id="map"):
    """A Leaflet map of the regions inside `region` (or of `level`), shaded by persons displaced in the period.

    `data_url` is a GeoJSON endpoint that takes region, level, category, start and end (default: the API's
    /api/v1/totals/geo/); `region_url` is where a click goes, with 0 standing for the region's id (default: the
    admin region page)."""
    return {
        "map_id": map_id,
        "region": region,
        "level": level or "",
        "category": category,
        "start": start or "",
        "end": end or "",
        "data_url": data_url or reverse("api:totals-geo"),
        "region_url": region_url or reverse("admin:tracker_region_overview", args=[0]),
        "tiles_url": settings.MAP_TILES_URL,
        "tiles_attribution": settings.MAP_TILES_ATTRIBUTION,
        "data_attribution": settings.MAP_DATA_ATTRIBUTION,
        "words": json.dumps(map_words(), ensure_ascii=False),
    }


def map_words() -> dict[str, str]:
    """What the map's script says, in the page's language ({n}-style placeholders filled in by the script)."""
    return {
        "flow": gettext("Persons newly displaced"),
        "stock": gettext("Persons still displaced"),
        "none": gettext("No verified figure (no data — not zero)"),
        "noData": gettext("no data"),
        "loading": gettext("Loading the map…"),
        "failed": gettext("The map could not be loaded:"),
        "status": gettext(
            "{regions} regions: {with} with verified figures, {without} without (drawn dashed: no data, not zero)"
        ),
        "unplaced": gettext("; {unplaced} not on the map (no boundary or centroid loaded)"),
    }

"""Figures as CSV, HXL-tagged CSV or XLSX rows: one shape for the API's exports and the admin's."""

import csv
import io

from tracker.choices import RegionLevel
from tracker.models import Region

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


def region_index() -> dict[int, Region]:
    """Every region, for naming a figure's country, governorate and district without a query per row."""
    return {r.pk: r for r in Region.objects.only("id", "name", "pcode", "level", "path")}


def export_values(rows, regions: dict):
    """One list of cell values per figure row, in COLUMNS order."""
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
        yield [_safe(out.get(name)) for name, _ in COLUMNS]


def export_lines(rows, regions: dict, *, hxl: bool):
    """CSV lines (the HXL hashtag row second when asked), produced one at a time for streaming."""
    writer = csv.writer(_Echo())
    yield writer.writerow([name for name, _ in COLUMNS])
    if hxl:
        yield writer.writerow([tag for _, tag in COLUMNS])
    for values in export_values(rows, regions):
        yield writer.writerow(values)


def export_xlsx(rows, regions: dict) -> bytes:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("figures")
    sheet.append([name for name, _ in COLUMNS])
    for values in export_values(rows, regions):
        sheet.append([str(v) if hasattr(v, "isoformat") or v.__class__.__name__ == "Decimal" else v for v in values])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()

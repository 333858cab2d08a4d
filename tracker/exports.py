"""Figures as CSV, HXL-tagged CSV or XLSX rows: one shape for the API's exports and the admin's."""

import csv
import io
import logging

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
# A cell starting with one of these is run as a formula by Excel, LibreOffice or Google Sheets (tab and CR too,
# and the full-width forms some of them fold to ASCII).
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")
logger = logging.getLogger(__name__)


class _Echo:
    def write(self, value):
        return value


def _safe(value):
    """Keep spreadsheet programs from running a cell as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
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


def guarded_stream(rows, lines, *, what: str):
    """Run the query once (first row only) before the response starts, so that a query that fails at once is an
    honest 500; then stream. A failure after the first byte is logged and re-raised: the server then drops the
    connection without ending the chunked body, so the client sees a broken transfer, never a short file.

    `rows` is the queryset the `lines` iterate; no cursor stays open if the response is never read."""
    list(rows[:1])

    def stream():
        try:
            yield from lines
        except Exception:
            logger.exception("export %s aborted after streaming started", what)
            raise

    return stream()


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

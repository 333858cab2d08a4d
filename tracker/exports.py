"""Figures as CSV, HXL-tagged CSV or XLSX rows: one shape for the API's exports and the admin's, and the data
dictionary that describes it (the XLSX "README" sheet, the CSV export's `?format=dictionary`).

Every column is declared once, in COLUMNS (and BREAKDOWN_COLUMNS for the XLSX breakdown sheet): its name, HXL
hashtag, and the model field it comes from, whose help text, type and choices the dictionary reads. Columns with
no field of their own (a region's ancestors, the breakdown in words) carry their description here.
"""

import csv
import io
import json
import logging
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal

from django.db import models
from django.utils import timezone

from tracker.breakdown import GROUP_TOKENS, PART_FIELDS, format_parts
from tracker.choices import AgeGroup, RegionLevel, Sex
from tracker.models import DisplacementFigure, Event, FigureBreakdown, Region
from tracker.selectors import rows_with_names_and_breakdown


@dataclass(frozen=True)
class Column:
    name: str
    hxl: str
    field: str = ""  # a field of `model`, whose description, type and choices the dictionary gives
    description: str = ""  # for a column with no field of its own (or to say more than the field's help text)
    kind: str = ""  # its type, when no field says it
    model: type[models.Model] = DisplacementFigure

    def model_field(self):
        return self.model._meta.get_field(self.field) if self.field else None


_PLACE = "the governorate or province (admin 1)", "the district (admin 2)"
COLUMNS = [
    Column("id", "#meta+id", "id", "The figure's id in the tracker (the same as in the API)."),
    Column("country", "#country+name", description="The country the figure's place is in.", kind="text"),
    Column("country_pcode", "#country+code", description="OCHA p-code of the country.", kind="text"),
    Column("admin1", "#adm1+name", description=f"Name of {_PLACE[0]} the place is in, or is.", kind="text"),
    Column("admin1_pcode", "#adm1+code", description=f"OCHA p-code of {_PLACE[0]}.", kind="text"),
    Column("admin2", "#adm2+name", description=f"Name of {_PLACE[1]} the place is in, or is.", kind="text"),
    Column("admin2_pcode", "#adm2+code", description=f"OCHA p-code of {_PLACE[1]}.", kind="text"),
    Column(
        "location",
        "#loc+name",
        description="The figure's place: its region's name, or the place as the source "
        "wrote it while it is not matched to a region.",
        kind="text",
    ),  # fmt: skip
    Column(
        "location_pcode",
        "#loc+code",
        description="OCHA p-code of the figure's region; blank when it has none.",
        kind="text",
    ),  # fmt: skip
    Column("reported_value", "#affected+reported", "value"),
    Column("qualifier", "#meta+qualifier", "qualifier", "How exact the reported value is, as the source says it."),
    Column("unit", "#meta+unit", "unit", "What the reported value counts."),
    Column("persons", "#affected+idps", "persons"),
    Column("term", "#indicator+term", "term", "What happened to the people, in the source's word."),
    Column("category", "#indicator+category", "category", "Flow (new movements) or stock (still displaced)."),
    Column("period_start", "#date+start", "period_start", "First day of the period the figure covers."),
    Column("period_end", "#date+end", "period_end", "Last day of the period the figure covers."),
    Column("period_accuracy", "#meta+date_accuracy", "period_accuracy", "How exact the period is, and whence."),
    Column(
        "reporting_body",
        "#org",
        description="Who gave the figure: a UN agency, NGO, government, monitor or newspaper (its name).",
        kind="text",
    ),  # fmt: skip
    Column(
        "reporting_body_as_written",
        "#org+as_written",
        description="Who gave the figure as the source wrote it, where extraction found no reporting body of the "
        'tracker to match it ("district governor, Jane Roe"); kept after a reviewer picks the body.',
        kind="text",
    ),  # fmt: skip
    Column("source_url", "#meta+url", description="Address of the document the figure came from.", kind="URL"),
    Column("event", "#event+name", description="The event the figure belongs to (its name), if any.", kind="text"),
    Column("cause", "#meta+cause", "cause"),
    Column("hazard", "#meta+hazard", "hazard"),
    Column("quote", "#description+quote", "quote"),
    Column("status", "#status", "status", "Where the figure is in review; partners see verified figures only."),
    Column(
        "breakdown",
        "#affected+breakdown",
        description="Who the displaced are, by sex and age, where known: "
        "parts separated by '; ', each GROUP: AMOUNT. GROUP is a sex, an age range in years (0-17, 60+), both "
        "(female 0-17), or a combined group joined by '+' (female+children); AMOUNT is a count of persons or a "
        "share of the figure in per cent (80%), after a qualifier when the source gives one (more than 80%). "
        "The XLSX export has one row per part on its 'breakdown' sheet. Empty: no breakdown is known.",
        kind="text (parts)",
    ),  # fmt: skip
]
_PART_WORDS = {"sex": "Sex of the group.", "qualifier": "How exact the count or share is, as the source says it."}
BREAKDOWN_COLUMNS = [
    Column(
        "figure_id",
        "#meta+id",
        "figure",
        "The figure (its id, as in the figures sheet) the part belongs to.",
        model=FigureBreakdown,
    ),  # fmt: skip
    *(
        Column(
            name,
            f"#{'affected+breakdown+' if name in ('count', 'share') else 'meta+'}{name.replace('_', '+')}",
            name,
            _PART_WORDS.get(name, ""),
            model=FigureBreakdown,
        )
        for name in PART_FIELDS
    ),  # fmt: skip
]
SHEETS = {"figures": COLUMNS, "breakdown": BREAKDOWN_COLUMNS}
DICTIONARY_FIELDS = ["sheet", "column", "hxl", "type", "description", "values"]

_LEVEL_COLUMN = {RegionLevel.COUNTRY: "country", RegionLevel.ADMIN1: "admin1", RegionLevel.ADMIN2: "admin2"}
# A cell starting with one of these is run as a formula by Excel, LibreOffice or Google Sheets (tab and CR too,
# and the full-width forms some of them fold to ASCII).
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")
logger = logging.getLogger(__name__)

_TYPES = {
    "AutoField": "integer", "BigAutoField": "integer", "PositiveBigIntegerField": "integer",
    "PositiveSmallIntegerField": "integer", "PositiveIntegerField": "integer", "DateField": "date (YYYY-MM-DD)",
    "DecimalField": "decimal number", "CharField": "text", "TextField": "text", "URLField": "URL",
    "ForeignKey": "integer (id)", "BooleanField": "true/false",
}  # fmt: skip


def _values(column: Column, field) -> str:
    if column.name in ("breakdown", "group"):
        tokens = "; ".join(f"{value} = {label}" for value, label in (*Sex.choices, *AgeGroup.choices))
        return f"sexes and age groups ({', '.join(GROUP_TOKENS)}): {tokens}"
    if field is None or not field.choices:
        return ""
    return "; ".join(f"{value or '(blank)'} = {label}" for value, label in field.choices)


def data_dictionary() -> list[dict]:
    """Every exported column of every sheet: its name, HXL hashtag, type, description and, for an enum, every
    value with its label; read from the models and enums, so it cannot drift from what the export writes."""
    entries = []
    for sheet, columns in SHEETS.items():
        for column in columns:
            field = column.model_field()
            described = str(getattr(field, "help_text", "") or "") if field is not None else ""
            description = column.description or described or str(field.verbose_name).capitalize()
            if column.description and described and described not in description:
                description = f"{description} {described}"
            kind = column.kind or ("one of the values" if field is not None and field.choices
                                   else _TYPES.get(field.get_internal_type(), "text"))  # fmt: skip
            entries.append({"sheet": sheet, "column": column.name, "hxl": column.hxl, "type": kind,
                            "description": description, "values": _values(column, field)})  # fmt: skip
    return entries


def dictionary_csv() -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, DICTIONARY_FIELDS)
    writer.writeheader()
    for entry in data_dictionary():
        writer.writerow({k: _safe(v) for k, v in entry.items()})
    return out.getvalue()


def dictionary_json() -> str:
    return json.dumps({"sheets": list(SHEETS), "columns": data_dictionary()}, ensure_ascii=False, indent=1)


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
    """One list of cell values per figure row, in COLUMNS order (the rows' breakdowns read a chunk at a time)."""
    events = event_names()
    for row in rows_with_names_and_breakdown(rows):
        yield _row_values(row, regions, events)


def event_names() -> dict[int, str]:
    """Every event's name, for the export's event column without a query per row (events are few)."""
    return dict(Event.objects.values_list("id", "name"))


def _row_values(row: dict, regions: dict, events: dict) -> list:
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
        "period_accuracy": row["period_accuracy"],
        "reporting_body": row["reporting_body_name"],
        "reporting_body_as_written": row["reporting_body_as_written"],
        "source_url": row["source_url"],
        "event": events.get(row["event"], ""),
        "cause": row["cause"],
        "hazard": row["hazard"],
        "quote": row["quote"],
        "status": row["status"],
        "breakdown": format_parts(row["breakdown"]),
    }
    region = regions.get(row["region"])
    if region is not None:
        for ancestor_id in region.path.strip("/").split("/"):
            ancestor = regions.get(int(ancestor_id))
            column = _LEVEL_COLUMN.get(ancestor.level) if ancestor else None
            if column:
                out[column], out[f"{column}_pcode"] = ancestor.name, ancestor.pcode
    return [_safe(out.get(c.name)) for c in COLUMNS]


def export_lines(rows, regions: dict, *, hxl: bool):
    """CSV lines (the HXL hashtag row second when asked), produced one at a time for streaming."""
    writer = csv.writer(_Echo())
    yield writer.writerow([c.name for c in COLUMNS])
    if hxl:
        yield writer.writerow([c.hxl for c in COLUMNS])
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
    """The figures sheet (the CSV's columns), a breakdown sheet with one row per part, and a README sheet: the data
    dictionary. The figures sheet comes first: the import reads it back as it is."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("figures")
    sheet.append([c.name for c in COLUMNS])
    parts = []
    id_at = [c.name for c in COLUMNS].index("id")
    events = event_names()
    for row in rows_with_names_and_breakdown(rows):
        values = _row_values(row, regions, events)
        sheet.append([_xlsx_cell(sheet, v) for v in values])
        parts.extend([values[id_at], *(_safe(part[name]) for name in PART_FIELDS)] for part in row["breakdown"])
    breakdown = workbook.create_sheet("breakdown")
    breakdown.append([c.name for c in BREAKDOWN_COLUMNS])
    for values in parts:
        breakdown.append([_xlsx_cell(breakdown, v) for v in values])
    readme = workbook.create_sheet("README")
    readme.append(
        [
            "Displacement figures exported from the tracker: every column of every sheet, its HXL hashtag, "
            "type and values. The figures sheet has an HXL hashtag row in the CSV export (export.hxl)."
        ]
    )
    readme.append([])
    readme.append(DICTIONARY_FIELDS)
    for entry in data_dictionary():
        readme.append([_safe(entry[name]) for name in DICTIONARY_FIELDS])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


XLSX_DATE, XLSX_DATETIME = "yyyy-mm-dd", "yyyy-mm-dd hh:mm:ss"


def _xlsx_cell(sheet, value):
    """A cell of the XLSX export: dates as date cells (a spreadsheet sorts, filters and adds days to them), date and
    time as naive UTC (a spreadsheet has no time zones), decimals as their text (no float rounding); the rest as
    it is."""
    from openpyxl.cell import WriteOnlyCell

    if isinstance(value, datetime):
        if timezone.is_aware(value):
            value = timezone.make_naive(value, UTC)
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = XLSX_DATETIME
        return cell
    if isinstance(value, date):
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = XLSX_DATE
        return cell
    return str(value) if isinstance(value, Decimal) else value

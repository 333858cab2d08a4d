"""The XLSX export's cells (tracker/exports.py)."""

import io
from datetime import date, datetime, timedelta, timezone

import pytest
from openpyxl import Workbook, load_workbook

from tests.factories import FigureFactory
from tracker.exports import COLUMNS, _xlsx_cell, export_xlsx, region_index
from tracker.models import DisplacementFigure
from tracker.selectors import figure_rows

pytestmark = pytest.mark.django_db


def test_the_xlsx_export_writes_the_period_as_date_cells():
    FigureFactory(period_start=date(2020, 2, 1), period_end=date(2020, 2, 29))
    content = export_xlsx(figure_rows(DisplacementFigure.objects.all()), region_index())
    sheet = load_workbook(io.BytesIO(content)).worksheets[0]
    names = [c.name for c in COLUMNS]
    start, end = (sheet.cell(row=2, column=names.index(name) + 1) for name in ("period_start", "period_end"))
    assert start.is_date and end.is_date  # a date number with a date format, not the text "2020-02-01"
    assert (start.value, end.value) == (datetime(2020, 2, 1), datetime(2020, 2, 29))
    assert start.number_format == end.number_format == "yyyy-mm-dd"


def test_a_date_and_time_goes_into_the_xlsx_as_naive_utc():
    sheet = Workbook(write_only=True).create_sheet("figures")
    damascus = timezone(timedelta(hours=3))
    cell = _xlsx_cell(sheet, datetime(2020, 2, 1, 9, 30, tzinfo=damascus))
    assert cell.value == datetime(2020, 2, 1, 6, 30) and cell.number_format == "yyyy-mm-dd hh:mm:ss"

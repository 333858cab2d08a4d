"""Hostile imports: each bad cell, line or file is a line-numbered reason in the preview while the good rows land;
the job always ends done or failed, with its reason. Also: codes or labels, both date formats, the template, and
the tracker's own exports read back."""

import csv
import io
import zipfile
from datetime import date, timedelta
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import escape
from openpyxl import Workbook

from tests.factories import FigureFactory, HouseholdSizeFactory, RegionFactory, ReportingBodyFactory, country
from tracker import importing
from tracker.choices import Category, Cause, DateAccuracy, FigureStatus, Hazard, Qualifier, RegionLevel, Term, Unit
from tracker.models import DisplacementFigure, Event, ImportJob
from tracker.tasks import run_import

HEADER = ["region", "value", "unit", "term", "category", "period_start", "period_end", "quote", "notes"]


@pytest.fixture
def places(db):
    syria = country()
    HouseholdSizeFactory(country=syria, year=2020, size="5.00")
    idleb = RegionFactory(name="Idleb", pcode="SY07", parent=syria)
    ariha = RegionFactory(name="Ariha", pcode="SY0705", level=RegionLevel.ADMIN2, parent=idleb)
    town = RegionFactory(name="Ariha town", level=RegionLevel.LOCALITY, parent=ariha)
    return {"syria": syria, "idleb": idleb, "ariha": ariha, "town": town}


@pytest.fixture
def officer(client, editor):
    client.force_login(editor)
    return client


def _csv(rows, **kwargs) -> bytes:
    out = io.StringIO()
    csv.writer(out, **kwargs).writerows(rows)
    return out.getvalue().encode()


def _xlsx(rows) -> bytes:
    workbook = Workbook()
    for row in rows:
        workbook.active.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _row(n, value, **cells):
    """A good row but for the cells given; each row its own period so that no two rows are the same figure."""
    day = date(2020, 1, 1) + timedelta(days=n)
    base = {"region": "SY07", "value": value, "unit": "person", "term": "fled", "category": "flow",
            "period_start": day.isoformat(), "period_end": day.isoformat(), "quote": "",
            "notes": f"row {n}"}  # fmt: skip
    base.update(cells)
    return [base[h] for h in HEADER]


def _preview(client, content, name):
    client.post(reverse("admin:tracker_displacementfigure_import"), {"file": SimpleUploadedFile(name, content)})
    job = ImportJob.objects.latest("id")
    assert run_import(job.pk) in ("done", "failed")  # the task, as the worker runs it
    job.refresh_from_db()
    return job


def _confirm(client, preview):
    client.post(reverse("admin:tracker_displacementfigure_import_job", args=[preview.pk]))
    job = ImportJob.objects.latest("id")
    assert job.pk != preview.pk
    run_import(job.pk)
    job.refresh_from_db()
    return job


def _reasons(job) -> dict[int, str]:
    return {r["line"]: r["reason"] for r in job.report if r["outcome"] == "rejected"}


def _page(client, job) -> str:
    return client.get(reverse("admin:tracker_displacementfigure_import_job", args=[job.pk])).content.decode()


def test_bad_numbers_are_refused_by_line_and_the_good_rows_land(officer, places):
    rows = [
        HEADER,
        _row(1, "1500"),  # line 2
        _row(2, "1,500"),
        _row(3, "1 500"),
        _row(4, "NaN"),  # line 5
        _row(5, "Infinity"),
        _row(6, "-inf"),
        _row(7, "9000000000000000000"),
        _row(8, "1,5"),  # line 9
        _row(9, "1.9"),
        _row(10, "1.500"),
        _row(11, "=1+2"),
        _row(12, "²"),  # line 13
        _row(13, "1e6"),
        _row(14, "0"),
        _row(15, "١٢٠٠"),  # Arabic-Indic digits: 1200, line 16
    ]
    preview = _preview(officer, _csv(rows), "numbers.csv")
    assert preview.state == "done" and (preview.created, preview.rejected) == (4, 11)
    reasons = _reasons(preview)
    assert set(reasons) == set(range(5, 16))
    assert all("not a number" in reasons[n] for n in (5, 6, 7))
    assert "more than 100,000,000" in reasons[8]
    assert all("ambiguous" in reasons[n] for n in (9, 10, 11))
    assert "formula" in reasons[12] and "not a number" in reasons[13] and "not a number" in reasons[14]
    assert "at least 1" in reasons[15]
    page = _page(officer, preview)
    assert "Would create <strong>4</strong>" in page and "is ambiguous" in page and "<td>9</td>" in page
    job = _confirm(officer, preview)
    assert job.created == 4
    assert sorted(DisplacementFigure.objects.values_list("value", flat=True)) == [1200, 1500, 1500, 1500]
    assert set(DisplacementFigure.objects.values_list("status", flat=True)) == {FigureStatus.DRAFT}


def test_xlsx_with_formulas_nan_huge_floats_and_ragged_rows(officer, places):
    rows = [
        HEADER,
        _row(1, 1500),  # line 2: good
        _row(2, "=SUM(1,2)"),  # a formula cell
        _row(3, 1.9),  # a decimal count
        _row(4, "NaN"),
        _row(5, 9e18),
        _row(6, 2500.0),  # line 7: a whole number stored as a float is fine
        [*_row(7, 10), "surplus", "cells"],  # line 8: ragged, too long
        _row(8, 20)[:5],  # line 9: ragged, too short (no dates)
        _row(9, "Infinity"),
    ]
    rows[5][5] = date(2020, 3, 1)  # a real date cell
    rows[5][6] = date(2020, 3, 2)
    preview = _preview(officer, _xlsx(rows), "figures.xlsx")
    assert preview.state == "done" and (preview.created, preview.rejected) == (2, 7), preview.report
    reasons = _reasons(preview)
    assert "formula in cell B3" in reasons[3]
    assert "not a whole number" in reasons[4]
    assert "not a number" in reasons[5] and "not a number" in reasons[10]
    assert "more than 100,000,000" in reasons[6]
    assert "has 11 cells but the header names 9 columns" in reasons[8]
    assert "period_start: required" in reasons[9] and "period_end: required" in reasons[9]
    _confirm(officer, preview)
    assert sorted(DisplacementFigure.objects.values_list("value", flat=True)) == [1500, 2500]


def test_a_file_that_is_not_what_its_name_says_fails_with_its_reason(officer, places):
    not_xlsx = _preview(officer, _csv([HEADER, _row(1, "10")]), "figures.xlsx")
    assert not_xlsx.state == "failed" and "not one" in not_xlsx.error_text and not_xlsx.finished_at
    assert "named like an Excel workbook" in _page(officer, not_xlsx)
    legacy = _preview(officer, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "old.xls")
    assert legacy.state == "failed" and "only CSV and XLSX" in legacy.error_text
    truncated = _preview(officer, _xlsx([HEADER, _row(1, 10)])[:900], "cut.xlsx")
    assert truncated.state == "failed" and "not a readable XLSX" in truncated.error_text
    jobs = ImportJob.objects.count()
    empty = officer.post(reverse("admin:tracker_displacementfigure_import"), {"file": SimpleUploadedFile("e.csv", b"")})
    assert "The submitted file is empty" in empty.content.decode() and ImportJob.objects.count() == jobs
    blank = _preview(officer, b"\r\n \n", "blank.csv")
    assert blank.state == "failed" and "empty" in blank.error_text
    binary = _preview(officer, bytes(range(256)) * 40, "noise.csv")
    assert binary.state in ("done", "failed") and (binary.state == "failed" or binary.rejected >= 0)
    assert not DisplacementFigure.objects.exists()
    assert not ImportJob.objects.filter(state__in=["queued", "running"]).exists()


def test_a_zip_bomb_is_refused_before_it_is_unpacked(officer, places):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"<row/>" * (2_000_000))  # 12 MB that packs to kilobytes
    assert len(buffer.getvalue()) < 100_000
    job = _preview(officer, buffer.getvalue(), "bomb.xlsx")
    assert job.state == "failed" and "zip bomb" in job.error_text
    wrong_zip = io.BytesIO()
    with zipfile.ZipFile(wrong_zip, "w") as archive:
        archive.writestr("readme.txt", "hello")
    job = _preview(officer, wrong_zip.getvalue(), "archive.xlsx")
    assert job.state == "failed" and "not an Excel workbook" in job.error_text


def test_encodings_windows_1252_utf16_bom_and_mixed_lines(officer, places):
    rows = [HEADER, _row(1, "100", quote="café – réfugiés"), _row(2, "200", quote="plain")]
    cp1252 = _preview(officer, _csv(rows).decode().encode("cp1252"), "legacy.csv")
    assert cp1252.state == "done" and cp1252.created == 2
    assert any("Windows-1252" in r["reason"] for r in cp1252.report if r["outcome"] == "notice")
    assert "read as Windows-1252" in _page(officer, cp1252)
    _confirm(officer, cp1252)
    assert DisplacementFigure.objects.get(value=100).quote == "café – réfugiés"

    # Excel's "Unicode text": UTF-16 with a byte order mark, tab-separated
    utf16 = _preview(officer, _csv([HEADER, _row(3, "300", quote="نزوح")], delimiter="\t").decode().encode("utf-16"),
                     "unicode.txt")  # fmt: skip
    assert utf16.state == "done" and utf16.created == 1
    bom = _preview(officer, "\ufeff".encode() + _csv([HEADER, _row(4, "400")]), "bom.csv")
    assert bom.state == "done" and bom.created == 1

    mixed = _csv([HEADER, _row(5, "500", quote="نزوح من إدلب")]) + _csv([_row(6, "600", quote="é")]).decode().encode(
        "cp1252"
    ) + _csv([_row(7, "700")])  # fmt: skip
    job = _preview(officer, mixed, "mixed.csv")
    assert job.state == "done" and (job.created, job.rejected) == (2, 1)
    assert "not UTF-8" in _reasons(job)[3] and "another encoding" in _reasons(job)[3]
    assert any("mixes encodings" in r["reason"] for r in job.report if r["outcome"] == "notice")


def test_codes_or_labels_in_any_case_and_both_date_formats(officer, places):
    header = [*HEADER, "qualifier"]
    rows = [
        header,
        ["SY07", "3,000", "Households", "Fled", "Flow", "01/02/2020", "05/02/2020", "", "", "More than"],
        ["Idleb", "40", "persons", "IN CAMPS", "stock", "2020-02-01", "2020-02-29", "", "", "approximately"],
        ["SY07", "50", "refugees", "fled", "flow", "2020-02-01", "2020-02-02", "", "", ""],  # line 4
        ["SY07", "60", "person", "fled", "flow", "02/13/2020", "2020-02-14", "", "", ""],  # line 5: mm/dd
        ["SY07", "70", "person", "fled", "sometimes", "2020-02-01", "2020-02-02", "", "", ""],  # line 6
    ]
    preview = _preview(officer, _csv(rows), "labels.csv")
    assert (preview.created, preview.rejected) == (2, 3), preview.report
    reasons = _reasons(preview)
    assert "'refugees' is not one of: person (Persons); household (Households)" in reasons[4]
    assert "YYYY-MM-DD (2020-02-01) or DD/MM/YYYY (01/02/2020)" in reasons[5]
    assert "flow (Flow (new movements in the period))" in reasons[6]
    _confirm(officer, preview)
    households = DisplacementFigure.objects.get(value=3000)
    assert (households.unit, households.term, households.category, households.qualifier) == (
        Unit.HOUSEHOLD, Term.FLED, Category.FLOW, Qualifier.MORE_THAN)  # fmt: skip
    assert (households.period_start, households.period_end, households.persons) == (
        date(2020, 2, 1), date(2020, 2, 5), 15000)  # fmt: skip
    assert DisplacementFigure.objects.get(value=40).term == Term.IN_CAMPS


def test_an_ambiguous_place_name_is_refused_not_guessed(officer, places):
    aleppo = RegionFactory(name="Aleppo", pcode="SY02", parent=places["syria"])
    RegionFactory(name="Ariha", pcode="SY0299", level=RegionLevel.ADMIN2, parent=aleppo)
    job = _preview(officer, _csv([HEADER, _row(1, "10", region="Ariha"), _row(2, "10", region="SY0705")]), "a.csv")
    assert (job.created, job.rejected) == (1, 1) and "give the p-code" in _reasons(job)[2]


def test_template_downloads_and_its_example_line_is_skipped_until_filled(officer, places):
    ReportingBodyFactory(name="Syrian Observatory for Human Rights", acronym="SOHR")
    page = officer.get(reverse("admin:tracker_displacementfigure_import")).content.decode()
    assert "Imported figures are drafts" in page and "Download the template" in page
    assert "<code>household</code> (Households)" in page and "DD/MM/YYYY" in page
    template = officer.get(reverse("admin:tracker_displacementfigure_import_template"))
    assert template.status_code == 200 and template["Content-Disposition"].endswith('template.csv"')
    lines = list(csv.reader(io.StringIO(template.content.decode("utf-8-sig"))))
    assert lines[0] == importing.COLUMNS and lines[1][0].startswith("#")
    unchanged = _preview(officer, template.content, "figures-import-template.csv")
    assert unchanged.state == "done" and (unchanged.created, unchanged.rejected) == (0, 0)
    lines[1][0] = "SY07"
    filled = _preview(officer, _csv(lines), "filled.csv")
    assert (filled.created, filled.rejected) == (1, 0), filled.report
    assert "They will be <strong>drafts</strong>" in _page(officer, filled)
    _confirm(officer, filled)
    figure = DisplacementFigure.objects.get()
    assert (figure.value, figure.unit, figure.period_start, figure.reporting_body.acronym) == (
        3000, Unit.HOUSEHOLD, date(2020, 2, 1), "SOHR")  # fmt: skip


ROUND_TRIP_FIELDS = ["region_id", "value", "unit", "term", "category", "qualifier", "period_start", "period_end",
                     "quote", "reporting_body_id", "raw_reporting_body", "period_accuracy", "event_id", "cause",
                     "hazard", "persons"]  # fmt: skip


def _figures_of_every_kind(places):
    body = ReportingBodyFactory(name="UN OCHA", acronym="OCHA")
    FigureFactory(region=places["town"], value=12500, unit=Unit.HOUSEHOLD, term=Term.FLED, reporting_body=body,
                  quote='=HYPERLINK("http://x")', period_start=date(2020, 2, 1),
                  period_end=date(2020, 2, 5))  # fmt: skip
    FigureFactory(region=places["idleb"], value=700, term=Term.IN_CAMPS, category=Category.STOCK,
                  qualifier=Qualifier.APPROXIMATELY, quote="Some 700 people", period_start=date(2020, 3, 1),
                  period_end=date(2020, 3, 31), period_accuracy=DateAccuracy.MONTH)  # fmt: skip
    FigureFactory(region=places["town"], value=640, reporting_body=None, raw_reporting_body="governor, Jane Roe",
                  period_start=date(2020, 4, 1), period_end=date(2020, 4, 2))  # no reporting body matches  # fmt: skip
    flood = Event.objects.create(name="Orontes floods 2020", kind=Cause.DISASTER, hazard=Hazard.FLOOD,
                                 start_date=date(2020, 4, 1))  # fmt: skip
    FigureFactory(region=places["idleb"], value=910, event=flood, cause=Cause.DISASTER, hazard=Hazard.FLOOD,
                  period_start=date(2020, 4, 3), period_end=date(2020, 4, 4))  # fmt: skip


def _export(client, kind):
    if kind == "api-hxl":
        return b"".join(client.get("/api/v1/figures/export.hxl").streaming_content), "figures-hxl.csv"
    if kind == "admin-csv":
        response = client.get(reverse("admin:tracker_displacementfigure_export"), {"format": "csv"})
        return b"".join(response.streaming_content), "figures.csv"
    response = client.get(reverse("admin:tracker_displacementfigure_export"), {"format": "xlsx"})
    return response.content, "figures.xlsx"


@pytest.mark.parametrize("kind", ["admin-csv", "admin-xlsx", "api-hxl"])
def test_the_trackers_own_export_imports_back(kind, client, reviewer, places):
    _figures_of_every_kind(places)
    before = sorted(DisplacementFigure.objects.values_list(*ROUND_TRIP_FIELDS))
    client.force_login(reviewer)
    content, name = _export(client, kind)
    assert b"'=HYPERLINK" in content or kind == "admin-xlsx"
    DisplacementFigure.objects.all().delete()
    preview = _preview(client, content, name)
    assert (preview.state, preview.created, preview.rejected) == ("done", 4, 0), (preview.error_text, preview.report)
    _confirm(client, preview)
    assert sorted(DisplacementFigure.objects.values_list(*ROUND_TRIP_FIELDS)) == before
    assert set(DisplacementFigure.objects.values_list("status", flat=True)) == {FigureStatus.DRAFT}


@pytest.mark.parametrize("kind", ["admin-csv", "admin-xlsx", "api-hxl"])
def test_the_trackers_own_export_imported_into_the_same_tracker_copies_nothing(kind, client, reviewer, places):
    """Figures entered by hand or extracted have no import key; the file stating them again was read as new
    figures, and every figure of the tracker was doubled (a new user's trial)."""
    _figures_of_every_kind(places)
    ids = set(DisplacementFigure.objects.values_list("pk", flat=True))
    client.force_login(reviewer)
    preview = _preview(client, *_export(client, kind))
    assert (preview.state, preview.created, preview.unchanged, preview.rejected) == ("done", 0, 4, 0), preview.report
    reasons = {r["reason"] for r in preview.report if r["outcome"] == "unchanged"}
    assert reasons == {f"already in the tracker as figure {pk}" for pk in ids}
    _confirm(client, preview)
    assert set(DisplacementFigure.objects.values_list("pk", flat=True)) == ids


def test_a_row_differing_in_one_value_from_a_figure_held_is_a_new_figure(officer, places):
    _figures_of_every_kind(places)
    content, name = _export(officer, "admin-csv")
    lines = list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))
    value = lines[0].index("reported_value")
    lines = [lines[0], next(line for line in lines[1:] if line[value] == "700")]
    lines[1][value] = "750"
    job = _preview(officer, _csv(lines), "edited.csv")
    assert (job.created, job.unchanged, job.rejected) == (1, 0, 0), job.report


def test_semicolons_and_quoted_cells_with_delimiters(officer, places):
    rows = [HEADER, _row(1, "1 500", quote="fled; then returned, partly")]
    job = _preview(officer, _csv(rows, delimiter=";"), "excel-fr.csv")
    assert job.created == 1
    _confirm(officer, job)
    assert DisplacementFigure.objects.get().quote == "fled; then returned, partly"


def test_a_crash_mid_file_ends_failed_with_its_reason_and_a_rerun_finishes(officer, editor, places, monkeypatch):
    rows = [HEADER, *(_row(n, str(100 + n)) for n in range(1, 6))]
    officer.post(reverse("admin:tracker_displacementfigure_import"), {"file": SimpleUploadedFile("f.csv", _csv(rows))})
    preview = ImportJob.objects.latest("id")
    run_import(preview.pk)
    real = ImportJob.objects.create(file_name="f.csv", content=_csv(rows), dry_run=False, started_by=editor)
    original = importing._import_row

    def fault_on_third_row(row, job):  # a bug or a lost connection on line 4
        if row["notes"] == "row 3":
            raise RuntimeError("connection to the database lost")
        return original(row, job)

    monkeypatch.setattr(importing, "_import_row", fault_on_third_row)
    assert run_import(real.pk) == "failed"
    real.refresh_from_db()
    assert "stopped after 2 of 5 rows" in real.error_text and "RuntimeError" in real.error_text
    assert DisplacementFigure.objects.count() == 2 and real.finished_at
    assert "stopped after 2 of 5 rows" in _page(officer, real)
    monkeypatch.setattr(importing, "_import_row", original)
    again = ImportJob.objects.create(file_name="f.csv", content=_csv(rows), dry_run=False, started_by=editor)
    assert run_import(again.pk) == "done"
    again.refresh_from_db()
    assert (again.created, again.unchanged) == (3, 2) and DisplacementFigure.objects.count() == 5


def test_a_job_left_running_by_a_killed_worker_is_settled_or_restarted(officer, editor, places):
    content = _csv([HEADER, _row(1, "10")])
    stuck = ImportJob.objects.create(file_name="f.csv", content=content, dry_run=False, state="running",
                                     started_by=editor)  # fmt: skip
    assert run_import(stuck.pk) == "done"  # redelivered (acks_late): starts over and finishes
    abandoned = ImportJob.objects.create(file_name="g.csv", content=content, dry_run=True, state="running",
                                         started_by=editor)  # fmt: skip
    ImportJob.objects.filter(pk=abandoned.pk).update(created_at=timezone.now() - timedelta(hours=1))
    page = _page(officer, abandoned)
    abandoned.refresh_from_db()
    assert abandoned.state == "failed" and "No result after 20 minutes" in page
    assert 'http-equiv="refresh"' not in page


def test_household_size_with_a_comma_or_nan_is_refused(officer, places):
    header = [*HEADER, "household_size"]
    rows = [header, [*_row(1, "10", unit="household"), "5,5"], [*_row(2, "10", unit="household"), "NaN"],
            [*_row(3, "10", unit="household"), "6.5"]]  # fmt: skip
    job = _preview(officer, _csv(rows), "hh.csv")
    assert (job.created, job.rejected) == (1, 2)
    assert "with a point" in _reasons(job)[2] and "not a household size" in _reasons(job)[3]
    _confirm(officer, job)
    assert DisplacementFigure.objects.get().household_size == Decimal("6.5")


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_a_body_or_place_as_written_longer_than_its_field_is_refused_not_cut(kind, officer, places):
    header = [*HEADER, "reporting_body_as_written"]
    rows = [header, [*_row(1, "100"), "governor, " + "J" * 200], [*_row(2, "200", region="Ariha " * 50), ""],
            [*_row(3, "300"), "governor, " + "J" * 190], [*_row(4, "400"), ""]]  # fmt: skip
    content = _csv(rows) if kind == "csv" else _xlsx(rows)
    job = _preview(officer, content, f"long.{kind}")
    assert (job.created, job.rejected) == (2, 2)
    reasons = _reasons(job)
    assert reasons[2] == "reporting_body_as_written: 210 characters, more than the 200 it may have: shorten it"
    assert reasons[3] == "region: 299 characters, more than the 200 it may have: shorten it"
    assert not any(entry.get("place") for entry in job.report)  # not offered, cut, as a region's other name
    _confirm(officer, job)
    assert sorted(DisplacementFigure.objects.values_list("value", "raw_reporting_body")) == [
        (300, "governor, " + "J" * 190), (400, "")]  # fmt: skip


def _preview_in(client, content, name, language):
    url = reverse("admin:tracker_displacementfigure_import")
    client.post(url, {"file": SimpleUploadedFile(name, content)}, HTTP_ACCEPT_LANGUAGE=language)
    job = ImportJob.objects.latest("id")
    run_import(job.pk)  # the task, as the worker runs it: in the language of the page that started the job
    job.refresh_from_db()
    return job


REFUSED_TOO_LONG = {
    "fr": "reporting_body_as_written : 210 caractères, plus que les 200 autorisés : raccourcissez-le",
    "ar": "reporting_body_as_written: 210 حرفًا، أكثر من الحد المسموح به وهو 200: اختصره",
}


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_a_refused_rows_reason_is_in_the_language_of_the_page(language, officer, places):
    rows = [[*HEADER, "reporting_body_as_written"], [*_row(1, "100"), "governor, " + "J" * 200]]
    job = _preview_in(officer, _csv(rows), "long.csv", language)
    assert _reasons(job) == {2: REFUSED_TOO_LONG[language]}
    page = officer.get(reverse("admin:tracker_displacementfigure_import_job", args=[job.pk]),
                       HTTP_ACCEPT_LANGUAGE=language).content.decode()  # fmt: skip
    shown = REFUSED_TOO_LONG[language].replace("reporting_body_as_written", "<bdi>reporting_body_as_written</bdi>")
    assert f"<td>{shown if language == 'ar' else REFUSED_TOO_LONG[language]}</td>" in page


ALREADY_HELD = {"fr": "déjà dans l'outil de suivi comme chiffre {}", "ar": "موجود من قبل في أداة الرصد بوصفه الرقم {}"}


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_a_row_the_tracker_already_holds_says_so_in_the_language_of_the_page(language, officer, places):
    content = _csv([HEADER, _row(1, "100")])
    _confirm(officer, _preview(officer, content, "one.csv"))
    figure = DisplacementFigure.objects.get()
    DisplacementFigure.objects.update(import_key="")  # held, however it came in
    job = _preview_in(officer, content, "one.csv", language)
    assert [(r["outcome"], r["reason"]) for r in job.report] == [
        ("unchanged", ALREADY_HELD[language].format(figure.pk))
    ]


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_the_page_shows_which_line_is_already_held_why_and_links_to_the_figure(language, officer, places):
    """'unchanged 1' was counted but the page never said which line, nor why (a new user's trial)."""
    content = _csv([HEADER, _row(1, "100")])
    _confirm(officer, _preview(officer, content, "one.csv"))
    figure = DisplacementFigure.objects.get()
    DisplacementFigure.objects.update(import_key="")  # held, however it came in
    job = _preview_in(officer, content, "one.csv", language)
    page = officer.get(reverse("admin:tracker_displacementfigure_import_job", args=[job.pk]),
                       HTTP_ACCEPT_LANGUAGE=language).content.decode()  # fmt: skip
    reason = {"en": "already in the tracker as figure {}", **ALREADY_HELD}[language].format(figure.pk)
    link = reverse("admin:tracker_displacementfigure_change", args=[figure.pk])
    assert f'<tr><td>2</td><td>{escape(reason)}</td><td><a href="{link}">{figure.pk}</a></td></tr>' in page


def test_a_row_imported_before_names_its_figure_on_the_page(officer, places):
    content = _csv([HEADER, _row(1, "100")])
    _confirm(officer, _preview(officer, content, "one.csv"))
    figure = DisplacementFigure.objects.get()
    page = _page(officer, _preview(officer, content, "one.csv"))
    assert f"<td>2</td><td>already imported as figure {figure.pk}</td>" in page


def test_in_arabic_a_column_name_in_a_reason_is_isolated_and_the_rest_escaped():
    """Latin column names inside an Arabic reason pulled its numbers to the wrong side."""
    from tracker.templatetags.tracker_bidi import isolate_latin

    with translation.override("ar"):
        shown = isolate_latin("value_high: <b>210</b> حرفًا؛ region (الجزء 2)")
    tag = "&lt;<bdi>b</bdi>&gt;210&lt;/<bdi>b</bdi>&gt;"
    assert shown == f"<bdi>value_high</bdi>: {tag} حرفًا؛ <bdi>region</bdi> (الجزء 2)"
    with translation.override("en"):
        assert isolate_latin("value: <b>") == "value: &lt;b&gt;"


def test_the_summarys_counts_are_separated_as_arabic_separates_a_list(officer, places):
    job = _preview_in(officer, _csv([HEADER, _row(1, "100"), _row(2, "abc")]), "two.csv", "ar")
    page = officer.get(reverse("admin:tracker_displacementfigure_import_job", args=[job.pk]),
                       HTTP_ACCEPT_LANGUAGE="ar").content.decode()  # fmt: skip
    summary = page[page.index('<p id="import-summary">') :].split("</p>")[0]
    assert summary.count("</strong>، ") == 2 and "," not in summary


def test_the_column_help_separates_its_choices_as_arabic_separates_a_list(officer):
    page = officer.get(reverse("admin:tracker_displacementfigure_import"), HTTP_ACCEPT_LANGUAGE="ar").content.decode()
    columns = page[page.index('<table id="import-columns">') :].split("</table>")[0]
    assert "</code>، <code>" in columns and "</code>, <code>" not in columns and ")، <code>" in columns


def test_the_state_line_in_french_has_its_space_before_the_colon(officer, places):
    job = _preview_in(officer, _csv([HEADER, _row(1, "100")]), "one.csv", "fr")
    page = officer.get(reverse("admin:tracker_displacementfigure_import_job", args=[job.pk]),
                       HTTP_ACCEPT_LANGUAGE="fr").content.decode()  # fmt: skip
    assert "Terminé : 1 lignes sur 1 (100 %)" in page

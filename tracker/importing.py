"""Bulk import of figures from CSV or XLSX: every bad row reported with its line and reason, the good rows in,
and a second import of the same file changes nothing (each row has an identity key).

Hostile files are expected: a file that is not what its name says, a zip bomb, NaN and Infinity, numbers too big
to be counts, decimals in a count, formulas, ragged rows, text in Windows-1252 or UTF-16. Each of them is a
line-numbered reason in the preview, never a crash, never a guess; the job always ends done or failed. The
file the tracker exports (CSV, HXL or XLSX) imports back as it is.
"""

import csv
import functools
import hashlib
import io
import json
import logging
import math
import re
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import DatabaseError, transaction
from django.utils import timezone, translation
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from tracker.breakdown import BreakdownSyntaxError, format_parts, parse_parts
from tracker.choices import Category, Cause, DateAccuracy, Hazard, Qualifier, Term, Unit
from tracker.exports import FORMULA_TRIGGERS
from tracker.models import DisplacementFigure, Event, ImportJob, Region, Source
from tracker.selectors import region_by_pcode, regions_matching_name, reporting_body_by_name
from tracker.services import check_region_in_scope, record_figure

logger = logging.getLogger(__name__)

COLUMNS = [
    "region", "value", "value_high", "qualifier", "unit", "household_size", "term", "category", "period_start",
    "period_end", "period_accuracy", "reporting_body", "reporting_body_as_written", "source_url", "event", "quote",
    "notes", "breakdown", "cause", "hazard",
]  # fmt: skip
REQUIRED = ["region", "value", "period_start", "period_end"]
# Columns of the tracker's own export that name the same thing as an import column.
EXPORT_ALIASES = {"reported_value": "value"}
# Columns of the export that the import reads for the place, most precise first.
PLACE_COLUMNS = ["location_pcode", "location", "admin2_pcode", "admin2", "admin1_pcode", "admin1", "country_pcode"]
# Columns of the export that are derived or assigned here, not read: persons is recomputed, status is draft.
DERIVED_COLUMNS = {"id", "persons", "status", "country", "country_pcode", "admin1", "admin1_pcode", "admin2",
                   "admin2_pcode", "location", "location_pcode"}  # fmt: skip
ENUMS = {
    "qualifier": Qualifier,
    "unit": Unit,
    "term": Term,
    "category": Category,
    "period_accuracy": DateAccuracy,
    "cause": Cause,
    "hazard": Hazard,
}
DATE_FORMATS = gettext_lazy("YYYY-MM-DD (2020-02-01) or DD/MM/YYYY (01/02/2020)")
MAX_BYTES = 10 * 1024 * 1024  # an upload
MAX_UNZIPPED_BYTES = 64 * 1024 * 1024  # an XLSX's parts, unpacked: a zip bomb stops here
MAX_ZIP_RATIO = 200  # unpacked/packed for any one part; real sheets stay far below
MAX_ROWS = 50_000
MAX_CELL_CHARS = 20_000
PROGRESS_EVERY = 100
_COUNTERS = {"new": "created", "created": "created", "unchanged": "unchanged", "rejected": "rejected"}
_ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_SPACES = "\u00a0\u202f\u2009 "
UNKNOWN_PLACE = "unknown_place"  # a region cell naming no place: the preview offers to make it a region's alias
_GROUPED = re.compile(r"^[0-9]{1,3}(?:(,)[0-9]{3})+$|^[0-9]{1,3}(?:([ \u00a0\u202f\u2009])[0-9]{3})+$")


class FileRejected(Exception):
    """The file as a whole cannot be read; the message says why and what to do."""


@dataclass
class Table:
    headers: list[str]
    rows: list[tuple[int, dict | None, str]]  # (line, cells, reason the line cannot be read)
    notices: list[str] = field(default_factory=list)


# ------------------------------------------------------------------------------------------------ reading a file


def read_table(content: bytes, file_name: str) -> Table:
    """The file's rows keyed by lower-case header, each with its line (the header is line 1)."""
    if len(content) > MAX_BYTES:
        raise FileRejected(
            f"the file is {len(content) // 1024 // 1024} MB; the limit is {MAX_BYTES // 1024 // 1024} MB"
        )
    if not content.strip():
        raise FileRejected("the file is empty")
    name = file_name.lower()
    looks_zipped = content[:4] == b"PK\x03\x04"
    if name.endswith((".xlsx", ".xlsm")) or looks_zipped:
        if not looks_zipped:
            raise FileRejected(f"{file_name} is named like an Excel workbook but is not one (an .xlsx file is a zip "
                               "archive): save it from your spreadsheet program as .xlsx, or as CSV")  # fmt: skip
        return _read_xlsx(content, file_name)
    if name.endswith((".xls", ".ods", ".numbers")) or content[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise FileRejected("only CSV and XLSX files can be imported: save the sheet as .xlsx or CSV")
    return _read_csv(content)


def _header(cells) -> list[str]:
    headers = [_clean_header(c) for c in cells]
    while headers and not headers[-1]:
        headers.pop()  # a sheet's used range or trailing delimiters
    headers = [EXPORT_ALIASES.get(h, h) for h in headers]
    has_place = "region" in headers or any(c in headers for c in PLACE_COLUMNS)
    missing = [c for c in REQUIRED if c not in headers and not (c == "region" and has_place)]
    if missing:
        raise FileRejected(f"{ngettext('missing column', 'missing columns', len(missing))}: {', '.join(missing)}. "
                           "The first row must name the columns; "
                           "download the template to see them")  # fmt: skip
    return headers


def _clean_header(cell) -> str:
    return str(cell or "").strip().strip("\ufeff").strip().lower().replace(" ", "_")


def _decode_lines(content: bytes) -> tuple[list[str], dict[int, str], list[str]]:
    """Text lines, the lines that could not be decoded (1-based line → reason), and notices about the file."""
    notices = []
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if content.startswith(bom):
            try:
                return content[len(bom) :].decode(codec).splitlines(), {}, notices
            except UnicodeDecodeError as exc:
                raise FileRejected(f"the file says it is {codec.upper()} but is not ({exc.reason})") from exc
    if content.count(b"\x00") > len(content) // 4:  # UTF-16 without a byte order mark
        codec = "utf-16-le" if content[1:2] == b"\x00" else "utf-16-be"
        try:
            notices.append(_("read as %(codec)s (no byte order mark)") % {"codec": codec.upper()})
            return content.decode(codec).splitlines(), {}, notices
        except UnicodeDecodeError as exc:
            raise FileRejected("the file is neither UTF-8 nor UTF-16: save it as CSV UTF-8") from exc
    try:
        return content.decode("utf-8").splitlines(), {}, notices
    except UnicodeDecodeError:
        pass
    raw_lines = content.splitlines()
    decoded, bad = [], {}
    utf8_non_ascii = 0
    for number, raw in enumerate(raw_lines, start=1):
        try:
            text = raw.decode("utf-8")
            utf8_non_ascii += not raw.isascii()
        except UnicodeDecodeError as exc:
            text = raw.decode("cp1252", errors="replace")
            bad[number] = _("byte %(byte)s at column %(column)s is not UTF-8") % {
                "byte": f"0x{raw[exc.start]:02X}",
                "column": exc.start + 1,
            }
        decoded.append(text)
    if utf8_non_ascii == 0:
        # nothing in the file is UTF-8 beyond ASCII: the whole file is in one legacy encoding
        notices.append(_("the file is not UTF-8; it was read as Windows-1252 (Western European). "
                         "If accents or Arabic look wrong in the preview, save it as CSV UTF-8 and import it "
                         "again"))  # fmt: skip
        return [raw.decode("cp1252", errors="replace") for raw in raw_lines], {}, notices
    notices.append(_("the file mixes encodings: %(count)s line(s) are not UTF-8 and are refused; "
                     "save the file as CSV UTF-8 and import it again") % {"count": len(bad)})  # fmt: skip
    reasons = {n: _("%(why)s: the line is in another encoding than the rest of the file") % {"why": why}
               for n, why in bad.items()}  # fmt: skip
    return decoded, reasons, notices


def _read_csv(content: bytes) -> Table:
    lines, bad_lines, notices = _decode_lines(content)
    nul_lines = {n for n, line in enumerate(lines, start=1) if "\x00" in line}
    lines = [line.replace("\x00", "") for line in lines]
    first = next((line for line in lines if line.strip()), "")
    delimiter = max(",;\t", key=first.count)  # from the header line: a quote full of semicolons cannot fool it
    reader = csv.reader(iter(lines), delimiter=delimiter, strict=False)
    headers: list[str] | None = None
    rows: list[tuple[int, dict | None, str]] = []
    csv.field_size_limit(MAX_CELL_CHARS * 4)
    while True:
        first_line = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            if headers is None:
                raise FileRejected(f"line {first_line}: {exc}") from exc
            rows.append((first_line, None, _("cannot be read as CSV: %(error)s") % {"error": exc}))
            continue
        span = range(first_line, reader.line_num + 1)
        if headers is None:
            if not any(c.strip() for c in cells):
                continue
            headers = _header(cells)
            continue
        if not any(c.strip() for c in cells) or cells[0].lstrip().startswith("#"):
            continue  # a blank line, the HXL hashtag row or a comment
        reasons = [bad_lines[n] for n in span if n in bad_lines] + [
            _("contains NUL bytes (is this a binary file?)") for n in span if n in nul_lines
        ]
        rows.append((first_line, *_cells(headers, cells, reasons)))
        if len(rows) > MAX_ROWS:
            raise FileRejected(f"more than {MAX_ROWS} rows: split the file")
    if headers is None:
        raise FileRejected("the file has no header row")
    return Table(headers, rows, notices)


def _cells(headers: list[str], cells: list, reasons: list[str]) -> tuple[dict | None, str]:
    """The row as a dict, or None with the reason when its shape is wrong."""
    extra = [c for c in cells[len(headers) :] if c not in (None, "") and str(c).strip()]
    if extra:
        reasons.append(_("has %(cells)s cells but the header names %(columns)s columns")
                       % {"cells": len(cells), "columns": len(headers)})  # fmt: skip
    if reasons:
        return None, "; ".join(reasons)
    row = dict(zip(headers, cells, strict=False))
    long = [h for h, v in row.items() if isinstance(v, str) and len(v) > MAX_CELL_CHARS]
    if long:
        return None, _("%(columns)s: more than %(limit)s characters") % {"columns": ", ".join(long),
                                                                          "limit": MAX_CELL_CHARS}  # fmt: skip
    return row, ""


def _read_xlsx(content: bytes, file_name: str) -> Table:
    try:
        archive = zipfile.ZipFile(io.BytesIO(content))
        parts = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise FileRejected(
            f"{file_name} is not a readable XLSX workbook ({exc}): save it again as .xlsx or CSV"
        ) from exc
    names = {p.filename for p in parts}
    if "[Content_Types].xml" not in names or "xl/workbook.xml" not in names:
        raise FileRejected(f"{file_name} is a zip archive but not an Excel workbook: save it as .xlsx or CSV")
    unpacked = sum(p.file_size for p in parts)
    worst = max((p.file_size / max(p.compress_size, 1) for p in parts), default=0)
    if unpacked > MAX_UNZIPPED_BYTES or worst > MAX_ZIP_RATIO:
        raise FileRejected(f"{file_name} unpacks to {unpacked // 1024 // 1024} MB (compressed {worst:.0f}×): "
                           "refused as a possible zip bomb; split the workbook or save it as CSV")  # fmt: skip
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(content), read_only=True, data_only=False)
        sheet = workbook.worksheets[0]
        headers: list[str] | None = None
        rows: list[tuple[int, dict | None, str]] = []
        for number, cells in enumerate(sheet.iter_rows(), start=1):
            values = [c.value for c in cells]
            if headers is None:
                if any(v not in (None, "") for v in values):
                    headers = _header(values)
                continue
            if all(v is None or (isinstance(v, str) and not v.strip()) for v in values):
                continue
            if isinstance(values[0], str) and values[0].lstrip().startswith("#"):
                continue
            no_column = _("no column")
            formulas = [
                f"{getattr(c, 'coordinate', '?')} ({headers[i] if i < len(headers) else no_column})"
                for i, c in enumerate(cells)
                if getattr(c, "data_type", None) == "f"
            ]
            reasons = [_("formula in cell %(cells)s: type the value itself") % {"cells": ", ".join(formulas)}
                       ] if formulas else []  # fmt: skip
            rows.append((number, *_cells(headers, values, reasons)))
            if len(rows) > MAX_ROWS:
                raise FileRejected(f"more than {MAX_ROWS} rows: split the file")
        workbook.close()
    except FileRejected:
        raise
    except Exception as exc:  # openpyxl raises many kinds on a damaged workbook
        raise FileRejected(f"{file_name} is a damaged workbook ({type(exc).__name__}: {exc}): save it again") from exc
    if headers is None:
        raise FileRejected("the first sheet has no header row")
    return Table(headers, rows, [])


# ------------------------------------------------------------------------------------------------ reading cells


def _text(row, name) -> str:
    value = row.get(name)
    if value is None:
        return ""
    text = str(value).strip()
    if text[:1] == "'" and text[1:].startswith(FORMULA_TRIGGERS):
        text = text[1:]  # the export's formula guard
    return text


def _bounded(row, name, *, field: str) -> str:
    """A text cell kept in a figure's field of limited length (`field`): refused whole when longer, never cut."""
    text = _text(row, name)
    limit = DisplacementFigure._meta.get_field(field).max_length
    if len(text) > limit:
        raise ValidationError({name: _("%(length)s characters, more than the %(limit)s it may have: shorten it")
                                     % {"length": len(text), "limit": limit}})  # fmt: skip
    return text


def _date(row, name) -> date:
    value = row.get(name)
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = _text(row, name)
    if not text:
        raise ValidationError({name: _("required: a date as %(formats)s") % {"formats": DATE_FORMATS}})
    match = re.fullmatch(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:[T ][0-9:.]+)?", text) or re.fullmatch(
        r"([0-9]{1,2})[/.]([0-9]{1,2})[/.]([0-9]{4})", text
    )
    try:
        if match is None:
            raise ValueError
        a, b, c = (int(g) for g in match.groups())
        return date(a, b, c) if a > 31 else date(c, b, a)
    except (ValueError, OverflowError) as exc:
        raise ValidationError({name: _("%(text)s is not a date: use %(formats)s")
                                     % {"text": repr(text[:40]), "formats": DATE_FORMATS}}) from exc  # fmt: skip


def _not_a_number(text: str) -> str:
    return _("%(text)s is not a number") % {"text": text}


def _grouped(number: int) -> str:
    """A number grouped as the language groups thousands (5,000; 5 000 in French)."""
    return number_format(number, force_grouping=True)


def _int(row, name, required=False) -> int | None:
    """A count, written out: 1500, 1,500 or 1 500. Never a guess: 1,5 and 1.9 are refused, as are NaN and 1e6."""
    value = row.get(name)
    if isinstance(value, bool):
        raise ValidationError({name: _not_a_number(repr(value))})
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValidationError({name: _not_a_number(repr(value))})
        if not value.is_integer():
            raise ValidationError({name: _("%(value)s is not a whole number: a count has no decimals")
                                         % {"value": f"{value:g}"}})  # fmt: skip
        value = int(value)
    if isinstance(value, int):
        number = value
    else:
        text = _text(row, name).translate(_ARABIC_DIGITS)
        if not text:
            if required:
                raise ValidationError({name: _("required: a whole number such as 1500")})
            return None
        if text.lower().lstrip("+-") in ("nan", "inf", "infinity", "#n/a", "#value!", "#num!", "#div/0!"):
            raise ValidationError({name: _not_a_number(repr(text))})
        if text.startswith(FORMULA_TRIGGERS) and not re.fullmatch(r"-[0-9]+", text):
            raise ValidationError({name: _("%(text)s is a formula, not a number: type the value itself")
                                         % {"text": repr(text[:40])}})  # fmt: skip
        grouped = _GROUPED.match(text)
        if grouped:
            text = re.sub(f"[,{_SPACES}]", "", text)
        if re.fullmatch(r"-?[0-9]+", text):
            number = int(text)
        elif re.fullmatch(r"[0-9]+[.,][0-9]+", text) or re.fullmatch(r"[0-9]{1,3}(?:[.,][0-9]{3})+", text):
            raise ValidationError(
                {
                    name: _(
                        "%(text)s is ambiguous: a count is a whole number. Write it without decimals (1500, "
                        "1,500 or 1 500); a comma or point before fewer or more than 3 digits is not read"
                    )
                    % {"text": repr(text)}
                }  # fmt: skip
            )
        else:
            raise ValidationError({name: _("%(text)s is not a number: write a whole number such as 1500")
                                         % {"text": repr(text[:40])}})  # fmt: skip
    if number < 1:
        raise ValidationError({name: _("%(number)s is not a count: it must be at least 1") % {"number": number}})
    if number > settings.FIGURE_MAX_VALUE:
        raise ValidationError({name: _("%(number)s is more than %(limit)s, the most a figure may say: check the "
                                       "number") % {"number": _grouped(number),
                                                    "limit": _grouped(settings.FIGURE_MAX_VALUE)}})  # fmt: skip
    return number


def _decimal(row, name) -> Decimal | None:
    value = row.get(name)
    if isinstance(value, float) and not math.isfinite(value):
        raise ValidationError({name: _not_a_number(repr(value))})
    text = _text(row, name) if not isinstance(value, int | float) else repr(value)
    if not text:
        return None
    if "," in text:
        raise ValidationError({name: _("%(text)s: write decimals with a point (5.5), not a comma")
                                     % {"text": repr(text)}})  # fmt: skip
    try:
        number = Decimal(text)
    except InvalidOperation as exc:
        raise ValidationError({name: _not_a_number(repr(text[:40]))}) from exc
    if not number.is_finite() or not (0 < number < 100):
        raise ValidationError({name: _("%(text)s is not a household size (more than 0, less than 100)")
                                     % {"text": repr(text[:40])}})  # fmt: skip
    return number


@functools.cache
def _choice_names(name: str) -> dict[str, str]:
    """Every way a file may name a choice → its code: the code, and the label (whole, short, singular) in any of the
    interface's languages ('households', 'Ménages', 'أسر'). Built once per field."""
    names: dict[str, str] = {}
    for language, _language_name in settings.LANGUAGES:
        with translation.override(language):
            for code, label in ENUMS[name].choices:
                short = str(label).split(" (")[0].lower()
                for key in (str(label).lower(), short, short.rstrip("s")):
                    names.setdefault(" ".join(key.split()), code)
    for code in ENUMS[name].values:  # codes win over any label
        names[code.replace("_", " ")] = code
    return names


def _choice(row, name) -> str | None:
    """A code or its label, in any case ('persons', 'Fled', 'Flow' as the admin shows them)."""
    text = _text(row, name)
    if not text:
        return None
    enum = ENUMS[name]
    wanted = " ".join(text.lower().replace("_", " ").split())
    code = _choice_names(name).get(wanted)
    if code is not None:
        return code
    accepted = "; ".join(f"{code} ({label})" for code, label in enum.choices)
    raise ValidationError({name: _("%(text)s is not one of: %(accepted)s")
                                 % {"text": repr(text[:40]), "accepted": accepted}})  # fmt: skip


def _region(row) -> Region:
    for name in ("region", "location"):  # a place as written: longer than any place's name may be, it names none
        _bounded(row, name, field="raw_location")
    place = _text(row, "region")
    if place:
        region = region_by_pcode(pcode=place)
        if region is not None:
            return region
        matches = list(regions_matching_name(name=place)[:6])
        if len(matches) == 1:
            return matches[0]
        if matches:
            no_pcode = _("(no p-code)")
            codes = ", ".join(f"{r.name} {r.pcode or no_pcode}" for r in matches[:5])
            raise ValidationError({"region": _("%(place)s names several places (%(codes)s): give the p-code")
                                             % {"place": repr(place), "codes": codes}})  # fmt: skip
        unknown = _("no region with p-code or name %(place)s") % {"place": repr(place)}
        raise ValidationError({"region": ValidationError(unknown, code=UNKNOWN_PLACE)})
    # the tracker's own export: the most precise p-code, or the place's name inside the most precise p-code
    within = next((region_by_pcode(pcode=_text(row, c)) for c in ("admin2_pcode", "admin1_pcode", "country_pcode")
                   if _text(row, c) and region_by_pcode(pcode=_text(row, c))), None)  # fmt: skip
    if _text(row, "location_pcode"):
        region = region_by_pcode(pcode=_text(row, "location_pcode"))
        if region is None:
            raise ValidationError({"location_pcode": _("no region with p-code %(pcode)s")
                                                     % {"pcode": repr(_text(row, "location_pcode"))}})  # fmt: skip
        return region
    name = _text(row, "location")
    if name:
        matches = regions_matching_name(name=name)
        if within is not None:
            matches = matches.filter(path__startswith=within.path)
        found = list(matches[:2])
        if len(found) == 1:
            return found[0]
        if within is not None and within.name == name:
            return within
        if within is not None:
            message = _("no single region called %(name)s in %(within)s: add a region column with the p-code")
        else:
            message = _("no single region called %(name)s: add a region column with the p-code")
        raise ValidationError({"location": message % {"name": repr(name), "within": getattr(within, "name", "")}})
    if within is not None:
        return within
    raise ValidationError({"region": _("required: a p-code (SY07) or a place name")})


def figure_kwargs(row: dict) -> dict:
    """The record_figure arguments a row gives, or ValidationError naming every bad cell."""
    kwargs, errors = {}, {}

    def read(name, reader):
        try:
            result = reader()
        except ValidationError as exc:
            for key, messages in exc.error_dict.items():
                errors.setdefault(key, []).extend(messages)  # with their codes (UNKNOWN_PLACE)
            return
        if result is not None:
            kwargs[name] = result

    read("region", lambda: _region(row))
    read("value", lambda: _int(row, "value", required=True))
    read("value_high", lambda: _int(row, "value_high"))
    read("period_start", lambda: _date(row, "period_start"))
    read("period_end", lambda: _date(row, "period_end"))
    read("household_size", lambda: _decimal(row, "household_size"))
    for name in ENUMS:
        read(name, lambda name=name: _choice(row, name))
    for name, stored in (("quote", "quote"), ("notes", "notes")):
        if _text(row, name):
            kwargs[stored] = _text(row, name)
    read("raw_reporting_body",
         lambda: _bounded(row, "reporting_body_as_written", field="raw_reporting_body") or None)  # fmt: skip
    if _text(row, "breakdown"):
        try:
            kwargs["breakdown"] = parse_parts(_text(row, "breakdown"))
        except BreakdownSyntaxError as exc:
            errors.setdefault("breakdown", []).append(str(exc))
    if _text(row, "reporting_body"):
        read("reporting_body", lambda: reporting_body_by_name(name=_text(row, "reporting_body")))
        if "reporting_body" not in kwargs:
            errors.setdefault("reporting_body", []).append(
                _("no reporting body called %(name)s (add it under Reporting bodies first)")
                % {"name": repr(_text(row, "reporting_body"))}
            )
    if _text(row, "source_url"):
        kwargs["source"] = Source.objects.filter(url=_text(row, "source_url")).first()
        if kwargs["source"] is None:
            kwargs.pop("source")
            errors.setdefault("source_url", []).append(_("no stored source has this URL"))
    if _text(row, "event"):
        kwargs["event"] = Event.objects.filter(name__iexact=_text(row, "event")).first()
        if kwargs["event"] is None:
            kwargs.pop("event")
            errors.setdefault("event", []).append(_("no event called %(name)s") % {"name": repr(_text(row, "event"))})
    if errors:
        raise ValidationError(errors)
    return kwargs


def row_key(kwargs: dict) -> str:
    identity = {k: getattr(v, "pk", v) for k, v in kwargs.items() if k not in ("notes", "breakdown")}
    if kwargs.get("breakdown"):  # a row without a breakdown keeps the key it had before the column existed
        identity["breakdown"] = format_parts(kwargs["breakdown"])
    return hashlib.sha256(json.dumps(identity, sort_keys=True, default=str).encode()).hexdigest()


# what a row may leave out or the tracker fills in later (a verified figure's household size) is not who it is
_NOT_IDENTITY = ("notes", "breakdown", "household_size")


def _recorded_as(kwargs: dict) -> int | None:
    """The id of a figure the tracker already holds with every value the row gives (region, value, unit, term,
    period, quote, body, source …), whether it was imported, entered by hand or extracted: the tracker's own export
    imported back into the same tracker states each of its figures again, and must not copy them."""
    same = {name: value for name, value in kwargs.items() if name not in _NOT_IDENTITY}
    return DisplacementFigure.objects.filter(**same).order_by("pk").values_list("pk", flat=True).first()


def _column(key: str) -> str:
    """An error's key as the file's column: `breakdown.1.count` is the breakdown column's part 2."""
    name, _dot, rest = key.partition(".")
    index = rest.partition(".")[0]
    return _("%(column)s (part %(number)s)") % {"column": name, "number": int(index) + 1} if index.isdigit() else key


def _reason(exc: ValidationError) -> str:
    if hasattr(exc, "error_dict"):
        return "; ".join(_("%(column)s: %(reason)s") % {"column": _column(k), "reason": " ".join(v)}
                         if k != "__all__" else " ".join(v) for k, v in exc.message_dict.items())  # fmt: skip
    return "; ".join(exc.messages)


# ------------------------------------------------------------------------------------------------ the job


def run_import(*, job: ImportJob) -> ImportJob:
    """Preview (dry run) or import a job's file, recording progress as it goes. Safe to run again (a job left
    running by a killed worker starts over; rows already in are 'unchanged'). Always ends done or failed."""
    if job.state in (ImportJob.State.DONE, ImportJob.State.FAILED):
        return job
    job.state, job.rows_total, job.rows_done, job.report, job.error_text = ImportJob.State.RUNNING, 0, 0, [], ""
    job.created = job.unchanged = job.rejected = 0
    job.save()
    try:
        table = read_table(bytes(job.content), job.file_name)
        job.report = [{"line": 0, "outcome": "notice", "reason": n} for n in table.notices]
        ignored = [h for h in table.headers if h and h not in COLUMNS and h not in DERIVED_COLUMNS]
        if ignored:
            not_read = _("column(s) not read: %(columns)s") % {"columns": ", ".join(ignored)}
            job.report.append({"line": 1, "outcome": "notice", "reason": not_read})
        job.rows_total = len(table.rows)
        job.save(update_fields=["report", "rows_total"])
        for line, row, unreadable in table.rows:
            outcome, reason, unknown, held = (
                ("rejected", unreadable, False, None) if row is None else _import_row(row, job)
            )
            entry = {"line": line, "outcome": outcome, "reason": reason}
            if held is not None:
                entry["figure"] = held  # the figure the tracker already holds: the page links to it
            if unknown:
                entry["place"] = _text(row, "region")[:200]  # the preview offers to make it a region's alias
            job.report.append(entry)
            counter = _COUNTERS[outcome]
            setattr(job, counter, getattr(job, counter) + 1)
            job.rows_done += 1
            if job.rows_done % PROGRESS_EVERY == 0:
                ImportJob.objects.filter(pk=job.pk).update(rows_done=job.rows_done)
        job.state = ImportJob.State.DONE
    except FileRejected as exc:
        job.state, job.error_text = ImportJob.State.FAILED, f"The file was not read: {exc}."
    except BaseException as exc:  # a bug, a lost database, the task's time limit: say so, never stay "running"
        logger.exception("import job %s failed", job.pk)
        job.state = ImportJob.State.FAILED
        job.error_text = (f"The import stopped after {job.rows_done} of {job.rows_total} rows "
                          f"({type(exc).__name__}: {str(exc)[:300]}). Rows reported below as created are in; "
                          "import the file again to finish: rows already in are skipped.")  # fmt: skip
        if not isinstance(exc, Exception):
            _finish(job)
            raise
    _finish(job)
    return job


STALE_AFTER_MINUTES = 20  # longer than the task's hard time limit


def settle_stale_job(*, job: ImportJob) -> ImportJob:
    """A job still queued or running long after any worker would have finished it (a worker killed by its hard
    time limit, or no worker at all) is failed with that reason instead of spinning forever."""
    if job.state in (ImportJob.State.QUEUED, ImportJob.State.RUNNING):
        age = timezone.now() - job.created_at
        if age.total_seconds() > STALE_AFTER_MINUTES * 60:
            job.state = ImportJob.State.FAILED
            job.error_text = (f"No result after {STALE_AFTER_MINUTES} minutes: the worker stopped or never picked the "
                              f"job up ({job.rows_done} of {job.rows_total} rows done). Import the file again; rows "
                              "already in are skipped.")  # fmt: skip
            _finish(job)
    return job


def _finish(job: ImportJob) -> None:
    job.finished_at = timezone.now()
    try:
        job.save()
    except DatabaseError:
        logger.exception("import job %s: could not record the outcome; retrying the state alone", job.pk)
        ImportJob.objects.filter(pk=job.pk).update(state=job.state, error_text=job.error_text,
                                                   finished_at=job.finished_at)  # fmt: skip


def _names_an_unknown_place(exc: ValidationError) -> bool:
    return any(error.code == UNKNOWN_PLACE for error in getattr(exc, "error_dict", {}).get("region", []))


def _import_row(row: dict, job: ImportJob) -> tuple[str, str, bool, int | None]:
    """The row's outcome, its reason, whether its region cell names no place the tracker knows, and the id of the
    figure the tracker already holds for it (an unchanged row), else None."""
    try:
        kwargs = figure_kwargs(row)
        key = row_key(kwargs)
        # another team's region is refused before anything about its figures is told
        check_region_in_scope(region=kwargs.get("region"), acting_user=job.started_by)
        imported = DisplacementFigure.objects.filter(import_key=key).values_list("pk", flat=True).first()
        if imported is not None:
            return "unchanged", _("already imported as figure %(id)s") % {"id": imported}, False, imported
        recorded = _recorded_as(kwargs)
        if recorded is not None:
            return "unchanged", _("already in the tracker as figure %(id)s") % {"id": recorded}, False, recorded
        if job.dry_run:
            # validate everything the real import would, then roll back
            with transaction.atomic():
                record_figure(acting_user=job.started_by, import_key=key, **kwargs)
                transaction.set_rollback(True)
            return "new", "", False, None
        record_figure(acting_user=job.started_by, import_key=key, **kwargs)
        return "created", "", False, None
    except ValidationError as exc:
        return "rejected", _reason(exc), _names_an_unknown_place(exc), None
    except DatabaseError as exc:
        logger.exception("import job %s: a row could not be saved", job.pk)
        return (
            "rejected",
            _("could not be saved (%(error)s); nothing of this row was written")
            % {"error": str(exc).splitlines()[0][:200]},
            False,
            None,
        )


def template_csv() -> bytes:
    """The columns the import reads, with one example row marked as a comment (lines starting with # are
    skipped), for a data officer to fill in."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    writer.writerow(["# SY07", "3000", "", "approximately", "households", "", "fled", "flow", "01/02/2020",
                     "2020-02-05", "day", "SOHR", "", "", "", "3,000 households fled Saraqeb",
                     "example: lines starting with # are skipped", "female+children: more than 80%", "conflict",
                     ""])  # fmt: skip
    return ("\ufeff" + out.getvalue()).encode("utf-8")

"""Tables: rows of cells (parted by "|", tabs, or runs of spaces as PDF text leaves them) under a header that says
what a column counts.

    Province | IDPs (individuals) | IDPs (households)
    Nord-Kivu | 1,712,402 | 342,480

Each number under a displacement column is a figure for the place its row's first cell names, in the unit the
header gives. A column of households beside one of people counts the same people again (a conversion, as
"1,240 households (6,200 individuals)" in a sentence): the people's column is read. A row of totals is no place's.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from extraction.quantities import QUALIFIER_WORDS, parse_number
from extraction.terms import _ANY_TERM, _TRAPS, _term_of
from extraction.vocab import Unit

_CELLS = re.compile(r"[^\S\n]*(?:\||\t+)[^\S\n]*")
# a table laid out with spaces, as PDF text extraction leaves it: "Sindh  12,300  61,500"
_SPACED_CELLS = re.compile(r" {2,}")
_SPACED_CELL = re.compile(r"[^.;:!?]{1,40}")
_HOUSEHOLDS = re.compile(r"\b(?:households?|families|family|hhs?)\b", re.IGNORECASE)
_NUMBER_CELL = re.compile(rf"(?:{QUALIFIER_WORDS}|~)?\s*\d[\d,.\s\u00a0\u202f]*")
_TOTAL = re.compile(r"(?:grand\s+)?totals?\b|all\b|overall\b", re.IGNORECASE)


class TableFigure(NamedTuple):
    value: int
    unit: str
    term: str
    place: str  # the row's first cell, as written
    row: tuple[int, int]  # the row's span in the text


def _cells(line: str) -> list[str]:
    if "|" in line or "\t" in line:
        return [cell.strip() for cell in _CELLS.split(line.strip().strip("|"))]
    cells = _SPACED_CELLS.split(line.strip())
    # spaced columns only when there are three or more short cells: prose has no such lines
    return cells if len(cells) >= 3 and all(_SPACED_CELL.fullmatch(cell) for cell in cells) else []


def table_figures(text: str, lines: list[tuple[int, int]]) -> list[TableFigure]:
    """The figures of every table among `lines` (spans of the text, in order)."""
    figures: list[TableFigure] = []
    columns: dict[int, tuple[str, str]] | None = None  # column → (unit, term) under the header read last
    caption = ""  # the line above a table: "Displaced population inside evacuation centers, by region"
    for start, end in _physical_lines(text, lines):
        line = text[start:end]
        if "|" not in line and "\t" not in line and "  " not in line.strip():
            columns, caption = None, line
            continue
        cells = _cells(line)
        if len(cells) < 2:
            columns, caption = None, line
            continue
        if not any(re.search(r"\d", cell) for cell in cells[1:]):  # a header: what each column counts
            columns = _columns(cells) or _caption_columns(cells, caption)
            caption = ""
            continue
        if not columns or _TOTAL.match(cells[0]) or not re.search(r"[^\W\d_]", cells[0]):
            continue
        if re.search(r"\d{1,3}(?:[,.]\d{3})+$", cells[0]):
            continue  # "Eastern Visayas 12,615" a row whose cells ran together: its columns are not the header's
        for index, (unit, term) in columns.items():
            if index < len(cells) and _NUMBER_CELL.fullmatch(cells[index]):
                value = parse_number(re.sub(r"^[^\d]*", "", cells[index]).strip())
                if value and value > 1:
                    figures.append(TableFigure(value, unit, term, cells[0], (start, end)))
    return figures


def _physical_lines(text: str, lines: list[tuple[int, int]]):
    """The spans, each cut at its line breaks: a caption without a full stop joins its table's header in one sentence
    ("Displaced population inside evacuation centers, by region\nRegion  Families  Persons")."""
    for start, end in lines:
        at = start
        while (cut := text.find("\n", at, end)) >= 0:
            yield at, cut
            at = cut + 1
        yield at, end


def _columns(header: list[str]) -> dict[int, tuple[str, str]] | None:
    """The columns of a header that count displaced people, with their unit and term; households only where
    no column counts people of the same kind."""
    found: dict[int, tuple[str, str]] = {}
    for index, cell in enumerate(header[1:], start=1):
        term = _ANY_TERM.search(cell)
        if term is None or _TRAPS.search(cell):
            continue  # "Deaths", "People in need", "Houses damaged"
        if _PLACES_COUNTED.search(cell) and not _PEOPLE.search(cell):
            continue  # "Evacuation centers": places counted, not people ("IDPs in sites" counts people)
        found[index] = (Unit.HOUSEHOLD if _HOUSEHOLDS.search(cell) else Unit.PERSON, _term_of(term.group()))
    terms_counted_in_people = {term for unit, term in found.values() if unit == Unit.PERSON}
    found = {i: (u, t) for i, (u, t) in found.items() if u == Unit.PERSON or t not in terms_counted_in_people}
    return found or None


_PEOPLE = re.compile(
    r"\b(?:idps?|people|persons|individuals|families|households?|hhs?|evacuees|refugees|returnees|population)\b",
    re.IGNORECASE,
)
_PLACES_COUNTED = re.compile(r"\b(?:cent(?:re|er)s|sites|camps|shelters|locations|points|ecs)\s*$", re.IGNORECASE)


def _caption_columns(header: list[str], caption: str) -> dict[int, tuple[str, str]] | None:
    """A header of plain people columns ("Region | Families | Persons") under a caption that says who they are
    ("Displaced population inside evacuation centers, by region"): the caption's term, the people's column."""
    term = _ANY_TERM.search(caption)
    if term is None or _TRAPS.search(caption):
        return None
    found = {
        index: (Unit.HOUSEHOLD if _HOUSEHOLDS.search(cell) else Unit.PERSON, _term_of(term.group()))
        for index, cell in enumerate(header[1:], start=1)
        if _PEOPLE.fullmatch(cell.strip())
        or re.fullmatch(
            r"(?:no\.?\s+of\s+)?(?:persons|individuals|people|families|"
            r"households)",
            cell.strip(),
            re.IGNORECASE,
        )
    }
    if any(unit == Unit.PERSON for unit, _ in found.values()):
        found = {i: (u, t) for i, (u, t) in found.items() if u == Unit.PERSON}
    return found or None

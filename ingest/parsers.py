"""Turn what a feed returned into items (documents to read) or rows (figures given directly).

Each parser is pure: bytes in, a Parsed out. A bad item or row becomes an error line and the rest goes on;
only a body that cannot be read at all raises ParseError.
"""

import csv
import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime

import feedparser
import lxml.html
from lxml.etree import ParserError as LxmlParserError

from tracker.choices import Unit


class ParseError(Exception):
    pass


@dataclass
class Item:
    """`text` is the item's own text (full content, or its summary); `teaser` says it is only a summary, so the
    linked article is fetched to enrich it (the summary stays part of the document whatever the fetch gives)."""

    url: str
    title: str = ""
    text: str = ""
    published: date | None = None
    teaser: bool = False

    def __post_init__(self):
        self.url, self.title, self.text = clean(self.url).strip(), clean(self.title), clean(self.text)


@dataclass
class Row:
    line: int
    raw: str
    start: int
    end: int
    value: int
    unit: str
    reported_on: date
    pcode: str = ""
    place: str = ""
    org: str = ""
    rule: str = ""


@dataclass
class Parsed:
    items: list[Item] = field(default_factory=list)
    rows: list[Row] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # items or rows that could not be read
    warnings: list[str] = field(default_factory=list)  # about the whole body; nothing was lost
    next_url: str | None = None
    text: str = ""  # the document rows refer to (their spans are in this text)


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean(text: str) -> str:
    """Without NUL and other control characters (PostgreSQL refuses NUL in text; none of them is content)."""
    return _CONTROL.sub("", text or "")


_HTML_START = re.compile(
    rb"^(?:\s|<\?xml[^>]*>|<!--.*?-->)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])", re.I | re.S
)
_FEED_START = re.compile(rb"^(?:\s|<\?xml[^>]*>|<!--.*?-->|<!doctype[^>]*>)*<(?:rss|feed|rdf:rdf)[\s>]", re.I | re.S)


def looks_like_html(content: bytes, content_type: str = "") -> bool:
    """A web page where a feed or data file was expected (an error page, a login wall, the site's home page)."""
    head = content[:4096].lstrip(b"\xef\xbb\xbf")
    if _HTML_START.match(head):
        return True
    return "html" in content_type.lower() and "xml" not in content_type.lower() and not _FEED_START.match(head)


def html_to_text(html: str) -> str:
    """Readable text of an HTML fragment, one paragraph a line."""
    if not html or "<" not in html:
        return (html or "").strip()
    try:
        root = lxml.html.fromstring(html)
    except (LxmlParserError, ValueError):
        return html.strip()
    for element in root.iter("br", "p", "div", "li", "h1", "h2", "h3", "h4", "tr"):
        element.tail = "\n" + (element.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().splitlines())
    return "\n".join(line for line in lines if line)


LENIENT_READ = "feed is not well-formed, read what could be read"

# Below this length a summary is a teaser: the article itself is fetched.
FULL_TEXT_MIN_CHARS = 500


def _entry_date(entry) -> date | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return date(*parsed[:3]) if parsed else None


def parse_rss(content: bytes) -> Parsed:
    feed = feedparser.parse(content)
    if feed.bozo and not feed.entries:
        raise ParseError(f"malformed feed: {feed.get('bozo_exception')}")
    if not feed.entries and not feed.get("version"):
        raise ParseError("not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF> root)")
    parsed = Parsed()
    if feed.bozo:
        parsed.warnings.append(f"{LENIENT_READ}: {feed.get('bozo_exception')}")
    for number, entry in enumerate(feed.entries, start=1):
        url = entry.get("link") or entry.get("id") or ""
        if not url:
            parsed.errors.append(f"item {number} ({entry.get('title', 'untitled')!r}): no link or id")
            continue
        body = entry.get("content", [{}])[0].get("value", "") if entry.get("content") else ""
        text = html_to_text(body)
        teaser = False
        if not text:
            text = html_to_text(entry.get("summary", ""))
            teaser = len(text) < FULL_TEXT_MIN_CHARS
        parsed.items.append(
            Item(url=url, title=entry.get("title", ""), text=text, published=_entry_date(entry), teaser=teaser)
        )
    if feed.bozo and not parsed.items:
        raise ParseError(f"malformed feed: {feed.get('bozo_exception')}; no readable item")
    return parsed


def _load_json(content: bytes):
    try:
        return json.loads(content.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ParseError(f"not valid JSON: {exc}") from exc


def parse_reliefweb(content: bytes) -> Parsed:
    payload = _load_json(content)
    if not isinstance(payload, dict) or not isinstance(payload.get("data"), list):
        raise ParseError("not a ReliefWeb API answer: no 'data' list")
    parsed = Parsed(next_url=((payload.get("links") or {}).get("next") or {}).get("href"))
    for number, record in enumerate(payload["data"], start=1):
        try:
            parsed.items.append(reliefweb_item(record))
        except ParseError as exc:
            parsed.errors.append(f"report {number}{exc}")
    return parsed


def reliefweb_item(record) -> Item:
    """One report of a ReliefWeb API answer ({"id", "fields": {title, body, url_alias, date}}) as an item."""
    fields = record.get("fields") if isinstance(record, dict) else None
    if not isinstance(fields, dict):
        raise ParseError(": no fields")
    url = fields.get("url_alias") or fields.get("url") or record.get("href") or ""
    if not url:
        raise ParseError(f" ({fields.get('title', 'untitled')!r}): no url")
    created = ((fields.get("date") or {}).get("created") or "")[:10]
    try:
        published = date.fromisoformat(created) if created else None
    except ValueError:
        published = None
    text = html_to_text(fields.get("body-html") or fields.get("body") or "")
    return Item(url=url, title=fields.get("title", ""), text=text, published=published, teaser=not text)


def _positive_int(value) -> int:
    number = int(float(str(value).replace(",", "").replace(" ", "").strip()))
    if number <= 0:
        raise ValueError(f"{value!r} is not a positive number")
    return number


def _date(value) -> date:
    text = str(value or "").strip()
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date() if "T" in text else date.fromisoformat(text)
    except ValueError as exc:
        raise ValueError(f"{value!r} is not a date (YYYY-MM-DD)") from exc


def parse_dtm(content: bytes) -> Parsed:
    """IOM DTM API v3 records; only the latest round of each operation is the current stock."""
    payload = _load_json(content)
    if not isinstance(payload, list | dict):
        raise ParseError("not a DTM API answer: neither a list nor an object")
    records = payload if isinstance(payload, list) else (payload.get("result") or payload.get("data") or [])
    if not isinstance(records, list):
        raise ParseError("not a DTM API answer: no list of records")
    latest: dict[str, int] = {}
    for record in records:
        if isinstance(record, dict):
            operation = str(record.get("operation") or record.get("admin0Pcode") or "")
            try:
                latest[operation] = max(latest.get(operation, 0), int(record.get("roundNumber") or 0))
            except (TypeError, ValueError):
                continue
    parsed = Parsed()
    lines, offset = [], 0
    for number, record in enumerate(records, start=1):
        if not isinstance(record, dict):
            parsed.errors.append(f"record {number}: not an object")
            continue
        operation = str(record.get("operation") or record.get("admin0Pcode") or "")
        try:
            if int(record.get("roundNumber") or 0) != latest.get(operation):
                continue
            value = _positive_int(record.get("numPresentIdpInd"))
            reported_on = _date(record.get("reportingDate"))
        except (TypeError, ValueError) as exc:
            parsed.errors.append(f"record {number}: {exc}")
            continue
        raw = json.dumps(record, sort_keys=True, ensure_ascii=False)
        level = next((n for n in (2, 1, 0) if record.get(f"admin{n}Pcode")), 0)
        parsed.rows.append(
            Row(
                line=number,
                raw=raw,
                start=offset,
                end=offset + len(raw),
                value=value,
                unit=Unit.PERSON,
                reported_on=reported_on,
                pcode=str(record.get(f"admin{level}Pcode") or ""),
                place=str(record.get(f"admin{level}Name") or ""),
                org="IOM",
                rule=f"dtm:round-{latest.get(operation)}",
            )
        )
        lines.append(raw)
        offset += len(raw) + 1
    parsed.text = "\n".join(lines)
    return parsed


def _tag(cell: str) -> tuple[str, frozenset[str]]:
    parts = cell.strip().lower().replace(" ", "").split("+")
    return parts[0], frozenset(parts[1:])


def _column(tags: list[tuple[str, frozenset[str]]], hashtag: str, *attributes: str) -> int | None:
    for index, (name, attrs) in enumerate(tags):
        if name == hashtag and set(attributes) <= attrs:
            return index
    return None


def parse_hxl(content: bytes) -> Parsed:
    """An HXL-tagged CSV: a header row, then a hashtag row (#adm1+name, #affected+idps+ind …), then data."""
    parsed = Parsed()
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        text = content.decode("utf-8", errors="replace")
        parsed.errors.append(f"file is not valid UTF-8 ({exc.reason} at byte {exc.start}); bad bytes replaced")
    text = parsed.text = clean(text)
    lines = text.splitlines(keepends=True)
    offsets, position = [], 0
    for line in lines:
        offsets.append(position)
        position += len(line)
    tags = None
    for number, line in enumerate(lines, start=1):
        cells = next(csv.reader([line]), [])
        if tags is None:
            filled = [c for c in cells if c.strip()]
            if filled and sum(c.strip().startswith("#") for c in filled) >= len(filled) / 2:
                tags = [_tag(c) if c.strip().startswith("#") else ("", frozenset()) for c in cells]
                columns = _hxl_columns(tags)
                if columns["ind"] is None and columns["hh"] is None:
                    raise ParseError("no #affected+idps+ind or #affected+idps+hh column")
                if columns["date"] is None:
                    raise ParseError("no #date column")
            continue
        if not any(c.strip() for c in cells):
            continue
        try:
            row = _hxl_row(cells, columns)
        except (ValueError, IndexError) as exc:
            parsed.errors.append(f"line {number}: {exc}")
            continue
        raw = line.rstrip("\r\n")
        row.update(line=number, raw=raw, start=offsets[number - 1], end=offsets[number - 1] + len(raw))
        parsed.rows.append(Row(**row))
    if tags is None:
        raise ParseError("no HXL hashtag row found")
    return parsed


def _hxl_columns(tags):
    columns = {
        "ind": _column(tags, "#affected", "idps", "ind"),
        "hh": _column(tags, "#affected", "idps", "hh"),
        "date": _column(tags, "#date", "reported"),
        "org": _column(tags, "#org"),
    }
    if columns["date"] is None:
        columns["date"] = _column(tags, "#date")
    for level in (3, 2, 1, 0):
        columns[f"code{level}"] = _column(tags, f"#adm{level}", "code")
        columns[f"name{level}"] = _column(tags, f"#adm{level}", "name")
    columns["code0"] = columns["code0"] if columns["code0"] is not None else _column(tags, "#country", "code")
    columns["name0"] = columns["name0"] if columns["name0"] is not None else _column(tags, "#country", "name")
    return columns


def _cell(cells, index):
    return cells[index].strip() if index is not None and index < len(cells) else ""


def _hxl_row(cells, columns) -> dict:
    persons, households = _cell(cells, columns["ind"]), _cell(cells, columns["hh"])
    if persons:
        value, unit = _positive_int(persons), Unit.PERSON
    elif households:
        value, unit = _positive_int(households), Unit.HOUSEHOLD
    else:
        raise ValueError("no number of IDPs (persons or households)")
    reported_on = _date(_cell(cells, columns["date"]))
    pcode = place = ""
    for level in (3, 2, 1, 0):
        pcode = pcode or _cell(cells, columns[f"code{level}"])
        place = place or _cell(cells, columns[f"name{level}"])
        if pcode or place:
            break
    if not (pcode or place):
        raise ValueError("no place (#adm1+code / #adm1+name …)")
    return {
        "value": value,
        "unit": unit,
        "reported_on": reported_on,
        "pcode": pcode,
        "place": place,
        "org": _cell(cells, columns["org"]),
        "rule": "hxl:row",
    }


PARSERS = {"rss": parse_rss, "reliefweb": parse_reliefweb, "dtm": parse_dtm, "hxl": parse_hxl}

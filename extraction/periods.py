"""Stage 7: periods. The period a sentence gives, resolved against the document's publication date."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from typing import NamedTuple

from extraction.quantities import _MONTHS
from extraction.scanning import guarded
from extraction.vocab import DateAccuracy, PeriodSource


class Period(NamedTuple):
    start: date
    end: date
    accuracy: str
    source: str = PeriodSource.TEXT


_DAY_MONTH = (
    r"(?:(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m1>[A-Z][a-z]+)\.?|(?P<m2>[A-Z][a-z]+)\.?\s+(?P<d2>\d{1,2})(?!\d)(?:st|nd|rd|th)?)"
    r"(?:,?\s+(?P<y>(?:19|20)\d\d))?"
)
_WORD_NUMBERS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "a": 1,
    "few": 3,
    "several": 5,
}


def _month_number(name: str | None) -> int | None:
    return _MONTHS.get((name or "").lower().rstrip("."))


def _before_or_on(reference: date, month: int, day: int, year: int | None) -> date | None:
    if year is not None:
        try:
            return date(year, month, day)
        except ValueError:
            return None
    # the most recent such day on or before the reference: a 29 February goes back to the last leap year
    for back in range(5):
        try:
            candidate = date(reference.year - back, month, day)
        except ValueError:
            continue
        if candidate <= reference:
            return candidate
    return None


def _written_day(sentence: str) -> Period | None:
    """A day the sentence writes with its year, which needs no publication date to resolve (period:text)."""
    if _ANY_MONTH.search(sentence):
        match = _first(_ON_DAY, sentence, "m1|m2")
        month = _month_number(match.group("m1") or match.group("m2")) if match and match.group("y") else None
        if month:
            day = _before_or_on(date.max, month, int(match.group("d1") or match.group("d2")), int(match.group("y")))
            if day:  # (a written year: the reference date is not read)
                return Period(day, day, DateAccuracy.DAY)
    match = _ON_ISO_DAY.search(sentence)
    if match:
        try:
            day = date(int(match.group("y")), int(match.group("m")), int(match.group("d")))
        except ValueError:
            return None
        return Period(day, day, DateAccuracy.DAY)
    return None


_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
# "between 1 and 5 February", "from 19 February to 23 March 2017", "during the week of 4 to 10 March", "on 4-10 March"
_DAY_RANGE = re.compile(
    r"(?:\b(?i:between|from|(?:the\s+)?(?:week|period|days|night)\s+of)\s+|(?<![\w,.])(?=\d{1,2}\s*[-–]\s*\d{1,2}\s+[A-Z])"
    # two days joined by "and": "on 3 and 4 March"
    r"|\b(?i:on)\s+(?=\d{1,2}(?:st|nd|rd|th)?\s+and\s+\d{1,2}(?:st|nd|rd|th)?\s+[A-Z]))"
    r"(?P<d1>\d{1,2})(?:st|nd|rd|th)?(?:\s+(?P<m1>[A-Z][a-z]+)\.?)?(?:,?\s+(?P<y1>(?:19|20)\d\d))?"
    r"\s*(?:(?<=\s)(?:and|to|until)\s+|[-–]\s*)(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m2>[A-Z][a-z]+)\.?(?:,?\s+(?P<y2>(?:19|20)\d\d))?"
)
# the month written first (US style): "between January 29 and February 4", "from March 4-8", "March 4–8", "between
# March 3 and 9", "between Dec. 28, 2023 and Jan. 3"; joined by a word only after "between" or "from"
_DAY_RANGE_MONTH_FIRST = re.compile(
    r"(?:\b(?P<opener>(?i:between|from))\s+|(?<![\w,.]))(?P<m1>[A-Z][a-z]+)\.?\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?"
    r"(?:,?\s+(?P<y1>(?:19|20)\d\d))?\s*(?:(?<=\s)(?P<word>and|to|until|through)\s+|[-–]\s*)"
    r"(?:(?P<m2>[A-Z][a-z]+)\.?\s+)?(?P<d2>\d{1,2})(?!\d)(?:st|nd|rd|th)?(?:,?\s+(?P<y2>(?:19|20)\d\d))?"
)
# "between December 2016 and early February 2017", "between late November 2016 and mid-March"
_PART = r"(?:(?P<{0}>early|mid|late|the\s+end\s+of|the\s+beginning\s+of)[\s-]+)?"
_MONTH_RANGE = re.compile(
    r"\b(?i:between|from)\s+" + _PART.format("p1") + r"(?P<m1>[A-Z][a-z]+)(?:\s+(?P<y1>(?:19|20)\d\d))?"
    r"\s+(?:and|to|until)\s+" + _PART.format("p2") + r"(?P<m2>[A-Z][a-z]+)(?:\s+(?P<y2>(?:19|20)\d\d))?\b"
)
_WEEKDAY = re.compile(
    r"\b(?i:on|last|this\s+past|as\s+of|by)\s+(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    # a part of the day names its day without "on": "spent Thursday night in shelters", "late Sunday evening"
    r"|\b(?P<day_part>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+(?i:night|evening|morning|afternoon)\b"
)
# "since Monday", "since last Tuesday"; glossed French "depuis lundi", Arabic "منذ يوم الاثنين" ("since on Monday")
_SINCE_WEEKDAY = re.compile(
    r"\b(?i:since)\s+(?:on\s+|last\s+)?(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    # "since the volcano erupted on Sunday": from the day the event began
    r"|\b(?i:since)\s+[^,;.]{0,60}?\s(?:began|started|erupted|broke\s+out|struck|hit|escalated)\s+(?:on\s+)?"
    r"(?P<event_day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)


def _month_part(year: int, month: int, part: str | None, end: bool) -> date:
    last = calendar.monthrange(year, month)[1]
    part = (part or "").lower()
    if part == "early":
        return date(year, month, 10 if end else 1)
    if part == "mid":
        return date(year, month, 20 if end else 11)
    if part in ("late",) or part.startswith("the end"):
        return date(year, month, last if end else 21)
    if part.startswith("the beginning") or part.startswith("the start"):
        return date(year, month, 10 if end else 1)
    return date(year, month, last if end else 1)


def _first(pattern: re.Pattern, text: str, *months: str) -> re.Match | None:
    """The first match of `pattern` that names a month in each of the groups `months` ("m1|m2": in either of
    them): "in Gatumba zone … in April" is April, not the first "in" and the capitalised word after it."""
    for match in pattern.finditer(text):
        if all(any(_month_number(match.group(g)) for g in group.split("|")) for group in months):
            return match
    return None


def _day_range(match: re.Match, published: date) -> Period | None:
    """The days from d1 of m1 to d2 of m2 (either month standing for both), each year given or the latest that ends
    on or before publication."""
    m1 = _month_number(match.group("m1")) if match.group("m1") else None
    m2 = _month_number(match.group("m2")) if match.group("m2") else None
    m1, m2 = m1 or m2, m2 or m1
    if not (m1 and m2):
        return None
    y2 = int(match.group("y2")) if match.group("y2") else None
    if y2 is None and match.group("y1"):
        y2 = int(match.group("y1")) + (m2 < m1)
    end = _before_or_on(published, m2, int(match.group("d2")), y2)
    if not end:
        return None
    y1 = int(match.group("y1")) if match.group("y1") else (end.year if m1 <= m2 else end.year - 1)
    try:
        start = date(y1, m1, int(match.group("d1")))
    except ValueError:
        return None
    return Period(start, end, DateAccuracy.DAY) if start <= end else None


def _ranges(text: str, published: date) -> Period | None:
    words = _RANGE_WORDS.search(text)
    for match in _DAY_RANGE.finditer(text) if words else ():
        if _month_number(match.group("m2")) and (found := _day_range(match, published)):
            return found
    for match in _DAY_RANGE_MONTH_FIRST.finditer(text) if words else ():
        if (match.group("opener") or not match.group("word")) and (found := _day_range(match, published)):
            return found
    match = _first(_MONTH_RANGE, text, "m1", "m2") if _RANGE_WORDS.search(text) else None
    if match:
        m1, m2 = _month_number(match.group("m1")), _month_number(match.group("m2"))
        y2 = int(match.group("y2")) if match.group("y2") else None
        if y2 is None and match.group("y1"):
            y2 = int(match.group("y1")) + (m2 < m1)
        first_of_end = _before_or_on(published, m2, 1, y2)
        if first_of_end:
            y1 = int(match.group("y1")) if match.group("y1") else (first_of_end.year - (m1 > m2))
            start = _month_part(y1, m1, match.group("p1"), end=False)
            end = min(_month_part(first_of_end.year, m2, match.group("p2"), end=True), max(published, first_of_end))
            if start <= end:
                return Period(start, end, DateAccuracy.MONTH)
    return None


# a month's name or its abbreviation as written in dates ("May" included: the patterns decide)
_ANY_MONTH = re.compile(
    r"\b(?:" + "|".join(sorted((name.capitalize() for name in _MONTHS), key=len, reverse=True)) + r")\b"
)
_RANGE_WORDS = re.compile(
    r"(?i:between|from|week\s+of|period\s+of|days\s+of|night\s+of)\s|\d\s*[-–]\s*\d|\d\s+and\s+\d"
)
# what a sentence may say of its period, tried in this order after the ranges; the words that open each are read
# in any case ("Since 1 February", "In April")
_SINCE_DAY = re.compile(rf"\b(?i:since)\s+(?:(?i:early|late)\s+|mid-?)?{_DAY_MONTH}")  # "since 1 February"
_SINCE_MONTH = re.compile(
    r"\b(?i:since)\s+(?:(?P<part>early|late|mid|the\s+(?:start|beginning|end)\s+of)[\s-]+)?(?P<m>[A-Z][a-z]+)"
    r"(?:\s+(?P<y>(?:19|20)\d\d))?\b"
)
# "since the Israeli operation began on 6 May", "since fighting broke out on 15 April 2023": from that day
_SINCE_EVENT_ON = re.compile(
    rf"\b(?i:since)\s+[^,;.]{{0,60}}?\s(?:began|started|erupted|broke\s+out|struck|hit|escalated)\s+(?:on\s+)?{_DAY_MONTH}"
)
# "since the start of the year", "so far this year", "since the beginning of 2024": from 1 January
_SINCE_YEAR_START = re.compile(
    r"\b(?i:since\s+the\s+(?:start|beginning|onset|turn)\s+of\s+(?:the\s+|this\s+)?(?:year|(?P<y>(?:19|20)\d\d))|"
    r"(?:(?:so\s+far|thus\s+far|earlier)\s+)?this\s+year|(?:year\s+to\s+date|year-to-date))\b"
)
# "in the first half of 2024", "during the second quarter of the year": the part of that year
_PART_OF_YEAR = re.compile(
    r"\b(?i:in|during|over|throughout)\s+the\s+(?P<which>first|second|third|fourth|last)\s+(?P<part>half|quarter)\s+of\s+"
    r"(?:(?i:the|this)\s+year|(?P<y>(?:19|20)\d\d))\b"
)
# "in the first three months of the year", "during the first six months of 2024"
_FIRST_MONTHS = re.compile(
    r"\b(?i:in|during|over|throughout)\s+the\s+first\s+(?P<n>\w+)\s+months\s+of\s+(?:(?i:the|this)\s+year|(?P<y>(?:19|20)\d\d))\b"
)
# "since the start of the month", "so far this month", "this month": from its first day
_SINCE_MONTH_START = re.compile(
    r"\b(?i:since\s+the\s+(?:start|beginning)\s+of\s+the\s+month|(?:(?:so\s+far|thus\s+far|earlier)\s+)?this\s+month)\b"
)
_FIRST_DAYS = re.compile(  # "in the first ten days of February", "during the first week of May"
    r"\b(?i:in|during|over|within)\s+the\s+first\s+(?:(?P<n>\w+)\s+)?(?P<what>days?|weeks?)\s+of\s+"
    r"(?P<m>[A-Z][a-z]+)(?:\s+(?P<y>(?:19|20)\d\d))?"
)
_PAST = re.compile(  # "over the past two weeks"
    r"\b(?:in|over|during|within)\s+the\s+(?:past|last|previous)\s+(?:(?P<n>\w+)\s+)?(?P<what>day|days|week|"
    r"weeks|month|months|24\s+hours|48\s+hours|72\s+hours|96\s+hours|year)\b",
    re.IGNORECASE,
)
_THIS_OR_LAST_WEEK = re.compile(r"\b(?:this|last)\s+week\b", re.IGNORECASE)
_LAST_WEEK = re.compile(r"\blast\s+week\b", re.IGNORECASE)
_WEEKEND = re.compile(r"\b(?:over|at|during|on|this|last)\s+(?:the\s+)?weekend\b", re.IGNORECASE)
_LAST_WEEKEND = re.compile(r"\blast\s+weekend\b", re.IGNORECASE)
_LAST_MONTH = re.compile(r"\blast\s+month\b", re.IGNORECASE)
_IN_MONTH = re.compile(r"\b(?i:in|during|throughout)\s+(?P<m>[A-Z][a-z]+)(?:\s+(?P<y>(?:19|20)\d\d))?\b")
# "on 5 February", "as of March 3", "as at 5 March"; a date in ISO form: "as of 2024-03-10"
_ON_DAY = re.compile(rf"\b(?i:on|by|as\s+(?:of|at))\s+{_DAY_MONTH}")
_ON_ISO_DAY = re.compile(r"\b(?i:on|by|as\s+(?:of|at))\s+(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")
# a part of a month: "in early March", "in mid-February", "at the end of February", "in late December 2023"
_IN_MONTH_PART = re.compile(
    r"\b(?i:in|during|at|around|over|throughout)\s+(?P<part>(?i:early|mid|late|the\s+(?:start|beginning|middle|end)\s+of))"
    r"[\s-]+(?P<m>[A-Z][a-z]+)(?:\s+(?P<y>(?:19|20)\d\d))?\b"
)
# the week to a day: "in the week to 8 March", "the week ending 8 March"
_WEEK_TO = re.compile(rf"\b(?i:the\s+(?:week|seven\s+days)\s+(?:to|ending|ended|up\s+to))\s+{_DAY_MONTH}")
_SINCE_LAST = re.compile(r"\b(?i:since\s+last\s+(?P<what>week|month))\b")  # "since last week", "since last month"
_DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
# a range of weekdays: "between Sunday and Tuesday", "from Monday to Wednesday", "on Saturday and Sunday"
_WEEKDAY_RANGE = re.compile(
    rf"\b(?i:between|from|on)\s+(?P<d1>{_DAYS})\s+(?i:and|to|until|through)\s+(?P<d2>{_DAYS})\b"
)
# the day before publication and the day itself: "fled yesterday", "last night", "said today", "this morning"
_DAY_BEFORE_YESTERDAY = re.compile(r"\b(?i:the\s+day\s+before\s+yesterday)\b")
_YESTERDAY = re.compile(r"\b(?i:yesterday|last\s+night)\b")
_TODAY = re.compile(r"\b(?i:today|tonight|this\s+(?:morning|afternoon|evening))\b")


def extract_period(sentence: str, published: date | None) -> Period | None:
    """The period a sentence gives, resolved against the document's publication date (with none, only a day the
    sentence writes whole, with its year: "on 3 February 2020", "as of 2020-02-03")."""
    if published is None:
        return _written_day(sentence)
    text = sentence
    # which kinds of period the sentence may hold, by cheap tests: most patterns need words these find
    low = text.lower()
    month = _ANY_MONTH.search(text) is not None
    since = "since" in low
    weekday = "day" in low
    found = _ranges(text, published) if month else None
    if found:
        return found
    match = _first(_WEEK_TO, text, "m1|m2") if month and ("week" in low or "seven days" in low) else None
    if match:  # the seven days that end on that day
        end = _before_or_on(
            published,
            _month_number(match.group("m1") or match.group("m2")),
            int(match.group("d1") or match.group("d2")),
            int(match.group("y")) if match.group("y") else None,
        )
        if end:
            return Period(end - timedelta(days=6), end, DateAccuracy.WEEK)
    match = _first(_SINCE_DAY, text, "m1|m2") if since and month else None
    if match and _month_number(match.group("m1") or match.group("m2")):
        day = int(match.group("d1") or match.group("d2"))
        start = _before_or_on(
            published,
            _month_number(match.group("m1") or match.group("m2")),
            day,
            int(match.group("y")) if match.group("y") else None,
        )
        if start:
            return Period(start, published, DateAccuracy.DAY)
    match = _first(_SINCE_EVENT_ON, text, "m1|m2") if since and month else None
    if match:  # "since the operation began on 6 May"
        start = _before_or_on(
            published,
            _month_number(match.group("m1") or match.group("m2")),
            int(match.group("d1") or match.group("d2")),
            int(match.group("y")) if match.group("y") else None,
        )
        if start:
            return Period(start, published, DateAccuracy.DAY)
    match = _first(_SINCE_MONTH, text, "m") if since and month else None
    if match:
        start = _before_or_on(
            published, _month_number(match.group("m")), 1, int(match.group("y")) if match.group("y") else None
        )
        if start:  # "since mid-August": from the part of the month it names
            start = _month_part(start.year, start.month, match.group("part"), end=False)
            return Period(min(start, published), published, DateAccuracy.MONTH)
    match = _SINCE_YEAR_START.search(text) if "year" in low or "20" in text else None
    if match:
        year = int(match.group("y")) if match.group("y") else published.year
        if year <= published.year:
            return Period(date(year, 1, 1), published, DateAccuracy.DAY)
    match = _FIRST_MONTHS.search(text) if "months" in low else None
    if match:  # "during the first three months of the year": from 1 January to the end of that month
        year = int(match.group("y")) if match.group("y") else published.year
        n_text = match.group("n").lower()
        n = _WORD_NUMBERS.get(n_text) or (int(n_text) if n_text.isdigit() else 0)
        if 0 < n < 12 and date(year, 1, 1) <= published:
            end = date(year, n, calendar.monthrange(year, n)[1])
            return Period(date(year, 1, 1), min(end, published), DateAccuracy.MONTH)
    match = _PART_OF_YEAR.search(text) if "half" in low or "quarter" in low else None
    if match:
        year = int(match.group("y")) if match.group("y") else published.year
        size = 6 if match.group("part").lower() == "half" else 3
        index = {"first": 0, "second": 1, "third": 2, "fourth": 3, "last": 12 // size - 1}[match.group("which").lower()]
        if index * size < 12 and date(year, index * size + 1, 1) <= published:
            first, last = index * size + 1, index * size + size
            end = date(year, last, calendar.monthrange(year, last)[1])
            return Period(date(year, first, 1), min(end, published), DateAccuracy.MONTH)
    if "month" in low and _SINCE_MONTH_START.search(text):
        return Period(published.replace(day=1), published, DateAccuracy.DAY)
    match = _SINCE_LAST.search(text) if since and "last" in low else None
    if match:  # from the start of the week or month before the publication's, up to it
        if match.group("what").lower() == "week":
            return Period(published - timedelta(days=published.weekday() + 7), published, DateAccuracy.WEEK)
        return Period((published.replace(day=1) - timedelta(days=1)).replace(day=1), published, DateAccuracy.MONTH)
    match = _SINCE_WEEKDAY.search(text) if since and weekday else None
    if match:  # from the last such day on or before the publication date, up to it
        day = match.group("day") or match.group("event_day")
        return Period(_last_weekday(published, day), published, DateAccuracy.DAY)
    match = _first(_FIRST_DAYS, text, "m") if month and "first" in low else None
    if match:
        n_text = (match.group("n") or "one").lower()
        n = _WORD_NUMBERS.get(n_text) or (int(n_text) if n_text.isdigit() else None)
        start = _before_or_on(
            published, _month_number(match.group("m")), 1, int(match.group("y")) if match.group("y") else None
        )
        if n and start:
            days = n if match.group("what").lower().startswith("day") else 7 * n
            return Period(start, start + timedelta(days=days - 1), DateAccuracy.DAY)
    match = _PAST.search(text) if "past" in low or "last" in low or "previous" in low else None
    if match:
        n_text = (match.group("n") or "one").lower()
        n = _WORD_NUMBERS.get(n_text) or (int(n_text) if n_text.isdigit() else 1)
        what = match.group("what").lower()
        days = {"day": 1, "days": 1, "week": 7, "weeks": 7, "month": 30, "months": 30, "year": 365}.get(what)
        if what.startswith("24"):
            days, n = 1, 1
        elif what[:2] in ("48", "72", "96"):  # "in the past 72 hours": that many days, up to the publication
            days, n = int(what[:2]) // 24, 1
        accuracy = DateAccuracy.DAY if (days or 1) * n <= 14 else DateAccuracy.WEEK
        return Period(published - timedelta(days=(days or 1) * n - 1), published, accuracy)
    if "week" in low and _THIS_OR_LAST_WEEK.search(text):
        offset = 7 if _LAST_WEEK.search(text) else 0
        monday = published - timedelta(days=published.weekday() + offset)
        return Period(monday, min(monday + timedelta(days=6), published), DateAccuracy.WEEK)
    if "weekend" in low and _WEEKEND.search(text):  # "over the weekend": the last Saturday and Sunday
        saturday = _last_weekday(published, "Saturday")
        if _LAST_WEEKEND.search(text) and published - saturday < timedelta(days=2):
            saturday -= timedelta(days=7)  # "last weekend", said on that Saturday or Sunday: the one before
        return Period(saturday, min(saturday + timedelta(days=1), published), DateAccuracy.DAY)
    if "last month" in low and _LAST_MONTH.search(text):
        last = published.replace(day=1) - timedelta(days=1)
        return Period(last.replace(day=1), last, DateAccuracy.MONTH)
    match = _first(_IN_MONTH_PART, text, "m") if month else None
    if match:  # the part of the month it names, in the latest such month that began on or before publication
        part = match.group("part").lower().replace("the middle of", "mid")
        m = _month_number(match.group("m"))
        first = _before_or_on(
            published, m, _month_part(2000, m, part, end=False).day, int(match.group("y")) if match.group("y") else None
        )
        if first:
            end = min(_month_part(first.year, m, part, end=True), max(published, first))
            return Period(first, end, DateAccuracy.MONTH)
    for match in _IN_MONTH.finditer(text) if month else ():
        if not _month_number(match.group("m")) or match.group("m") == "may":  # "in May" is the month, capitalised
            continue
        start = _before_or_on(
            published, _month_number(match.group("m")), 1, int(match.group("y")) if match.group("y") else None
        )
        if start:
            end = start.replace(day=calendar.monthrange(start.year, start.month)[1])
            return Period(start, min(end, published) if end > published >= start else end, DateAccuracy.MONTH)
    match = _first(_ON_DAY, text, "m1|m2") if month else None
    if match and _month_number(match.group("m1") or match.group("m2")):
        day_date = _before_or_on(
            published,
            _month_number(match.group("m1") or match.group("m2")),
            int(match.group("d1") or match.group("d2")),
            int(match.group("y")) if match.group("y") else None,
        )
        if day_date:
            return Period(day_date, day_date, DateAccuracy.DAY)
    match = _ON_ISO_DAY.search(text) if "-0" in text or "-1" in text else None
    if match:
        try:
            day_date = date(int(match.group("y")), int(match.group("m")), int(match.group("d")))
        except ValueError:
            day_date = None
        if day_date:
            return Period(day_date, day_date, DateAccuracy.DAY)
    match = _WEEKDAY_RANGE.search(text) if weekday else None
    if match:  # the last such days on or before the publication date
        end = _last_weekday(published, match.group("d2"))
        span = (_WEEKDAYS[match.group("d2").lower()] - _WEEKDAYS[match.group("d1").lower()]) % 7
        return Period(end - timedelta(days=span), end, DateAccuracy.DAY)
    match = _WEEKDAY.search(text) if weekday else None
    if match:  # "fled on Tuesday": the last Tuesday on or before the publication date
        day_date = _last_weekday(published, match.group("day") or match.group("day_part"))
        return Period(day_date, day_date, DateAccuracy.DAY)
    return _named_day(text, low, published)


def _named_day(text: str, low: str, published: date) -> Period | None:
    """The day before publication or the day itself, as the text names it ("yesterday", "last night", "today")."""
    back = None
    if "yesterday" in low and _DAY_BEFORE_YESTERDAY.search(text):
        back = 2
    elif ("yesterday" in low or "night" in low) and _YESTERDAY.search(text):
        back = 1
    elif ("today" in low or "tonight" in low or "this " in low) and _TODAY.search(text):
        back = 0
    if back is None:
        return None
    day_date = published - timedelta(days=back)
    return Period(day_date, day_date, DateAccuracy.DAY)


def _last_weekday(published: date, day: str) -> date:
    """The last `day` (a weekday's English name) on or before the publication date."""
    return published - timedelta(days=(published.weekday() - _WEEKDAYS[day.lower()]) % 7)


# the long patterns scan faster behind a look-ahead for what a match can start with: the same matches, less work
# (extraction.scanning)
_GUARDED = (
    "_DAY_RANGE",
    "_MONTH_RANGE",
    "_RANGE_WORDS",
    "_SINCE_WEEKDAY",
    "_WEEKDAY",
    "_SINCE_DAY",
    "_SINCE_MONTH",
    "_SINCE_EVENT_ON",
    "_SINCE_YEAR_START",
    "_PART_OF_YEAR",
    "_SINCE_MONTH_START",
    "_FIRST_DAYS",
    "_PAST",
    "_THIS_OR_LAST_WEEK",
    "_LAST_WEEK",
    "_LAST_MONTH",
    "_IN_MONTH",
    "_ON_DAY",
    "_DAY_RANGE_MONTH_FIRST",
    "_ON_ISO_DAY",
    "_IN_MONTH_PART",
    "_WEEK_TO",
    "_SINCE_LAST",
    "_WEEKDAY_RANGE",
    "_YESTERDAY",
    "_TODAY",
)
globals().update({name: guarded(globals()[name]) for name in _GUARDED})


# behind the same look-ahead too (measured in use over the shared and worldwide sets: each scans faster so)
_ANY_MONTH = guarded(_ANY_MONTH)

import re
from datetime import date, timedelta

_ISO_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")


FIRST_YEAR, LAST_YEAR = 1900, 2999


def parse_iso_week(text: str) -> date:
    """'2020-W06' → the Monday of that week."""
    match = _ISO_WEEK.match(text.strip())
    if not match:
        raise ValueError(f"{text!r} is not an ISO week such as 2020-W06")
    year = int(match.group(1))
    if not FIRST_YEAR <= year <= LAST_YEAR:  # a week this far off has no figures, and its neighbours overflow dates
        raise ValueError(f"{text!r} is not an ISO week between {FIRST_YEAR} and {LAST_YEAR}")
    return date.fromisocalendar(year, int(match.group(2)), 1)


def iso_week(monday: date) -> str:
    year, week, _ = monday.isocalendar()
    return f"{year}-W{week:02d}"


def previous_week(today: date) -> date:
    """The Monday of the last complete week: what a Monday-morning summary reports on."""
    return today - timedelta(days=today.weekday() + 7)

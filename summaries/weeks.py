import re
from datetime import date, timedelta

_ISO_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")


def parse_iso_week(text: str) -> date:
    """'2020-W06' → the Monday of that week."""
    match = _ISO_WEEK.match(text.strip())
    if not match:
        raise ValueError(f"{text!r} is not an ISO week such as 2020-W06")
    return date.fromisocalendar(int(match.group(1)), int(match.group(2)), 1)


def iso_week(monday: date) -> str:
    year, week, _ = monday.isocalendar()
    return f"{year}-W{week:02d}"


def previous_week(today: date) -> date:
    """The Monday of the last complete week: what a Monday-morning summary reports on."""
    return today - timedelta(days=today.weekday() + 7)

"""How a number is read next to the one before it. Missing is not zero.

One rule for the e-mail, the region page, the dashboard and the totals API: a change is computed only when both
periods have a figure. A period with a figure after one without is *new*; a period without a figure after one
with is *no report*, never a drop to zero. Series keep ``None`` where there was no report, so charts leave a gap.
Pure functions: no database, no Django.
"""

from dataclasses import dataclass
from datetime import date, timedelta

CHANGE = "change"
NEW = "new"
NO_REPORT = "no_report"
NOTHING = "nothing"


def thousands(value: int | None) -> str:
    """12345 → '12,345'; None → '—'. The one number format of the text outputs (e-mail, commands)."""
    return "—" if value is None else f"{value:,}"


@dataclass(frozen=True)
class Change:
    """This period's figure against the one before: `status` is change, new, no_report or nothing."""

    status: str
    now: int | None
    before: int | None
    period: str = "week"

    @property
    def absolute(self) -> int | None:
        return self.now - self.before if self.status == CHANGE else None

    @property
    def magnitude(self) -> int | None:
        return abs(self.absolute) if self.status == CHANGE else None

    @property
    def percent(self) -> int | None:
        if self.status != CHANGE or not self.before:
            return None
        return round(100 * abs(self.now - self.before) / self.before)

    @property
    def direction(self) -> str | None:
        if self.status != CHANGE:
            return None
        return "up" if self.now > self.before else "down" if self.now < self.before else "unchanged"

    @property
    def arrow(self) -> str:
        return {"up": "▲", "down": "▼", "unchanged": "="}.get(self.direction or "", "")

    @property
    def words(self) -> str:
        """What a reader is told, e.g. 'up 4,000 (400%) on the week before' or 'no report this week'."""
        the_period = f"the {self.period} before"
        if self.status == NEW:
            return f"new: no report {the_period}"
        if self.status == NO_REPORT:
            return f"no report this {self.period} ({thousands(self.before)} {the_period})"
        if self.status == NOTHING:
            return f"no report this {self.period}"
        if self.direction == "unchanged":
            return f"unchanged on {the_period}"
        percent = f" ({self.percent}%)" if self.percent is not None else ""
        return f"{self.direction} {thousands(self.magnitude)}{percent} on {the_period}"

    def as_dict(self) -> dict:
        return {"status": self.status, "previous": self.before, "absolute": self.absolute, "percent": self.percent,
                "words": self.words}  # fmt: skip


def compare(now: int | None, before: int | None, *, period: str = "week") -> Change:
    """The one rule: a change only where both periods have a figure (a figure of 0 is a figure; None is not)."""
    if now is None and before is None:
        return Change(NOTHING, None, None, period)
    if before is None:
        return Change(NEW, now, None, period)
    if now is None:
        return Change(NO_REPORT, None, before, period)
    return Change(CHANGE, now, before, period)


def weekly_series(values: dict[date, int], *, first_monday: date, weeks: int) -> list[tuple[date, int | None]]:
    """One point per week from first_monday; None (a gap, not zero) for a week without a report."""
    mondays = [first_monday + timedelta(weeks=n) for n in range(weeks)]
    return [(monday, values.get(monday)) for monday in mondays]


def has_data(points: list[tuple[date, int | None]]) -> bool:
    return any(value is not None for _, value in points)

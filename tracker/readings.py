"""How a number is read next to the one before it. Missing is not zero.

One rule for the e-mail, the region page, the dashboard and the totals API: a change is computed only when both
periods have a figure. A period with a figure after one without is *new*; a period without a figure after one
with is *no report*, never a drop to zero. Series keep ``None`` where there was no report, so charts leave a gap.
Pure functions: no database.
"""

from dataclasses import dataclass
from datetime import date, timedelta

from django.utils.formats import number_format
from django.utils.translation import gettext, ngettext, pgettext
from django.utils.translation import gettext_lazy as _

CHANGE = "change"
NEW = "new"
NO_REPORT = "no_report"
NOTHING = "nothing"
PARTIAL = "partial"  # both periods are sums of sub-regions, but not of the same ones


def thousands(value: int | None) -> str:
    """12345 → '12,345' ('12 345' in French); None → '—'. The one number format of the text outputs (e-mail,
    commands), grouped as the active language groups thousands."""
    return "—" if value is None else number_format(value, force_grouping=True)


def counted(n: int, singular: str, plural: str) -> str:
    """'1 figure', '1,234 figures': the number with thousands separators and the noun in the right number."""
    return f"{n:,} {ngettext(singular, plural, n)}"


@dataclass(frozen=True)
class Change:
    """This period's figure against the one before: `status` is change, new, no_report or nothing."""

    status: str
    now: int | None
    before: int | None
    period: str = "week"
    missing: tuple[tuple[str, int], ...] = ()  # partial: places reported the period before, not this one
    added: tuple[tuple[str, int], ...] = ()  # partial: places reported this period, not the one before
    common_now: int | None = None  # partial: this period over the places reported in both
    common_before: int | None = None

    @property
    def absolute(self) -> int | None:
        if self.status == PARTIAL and self.common_before is not None:
            return self.common_now - self.common_before
        return self.now - self.before if self.status == CHANGE else None

    @property
    def magnitude(self) -> int | None:
        return abs(self.absolute) if self.absolute is not None else None

    @property
    def _base(self) -> int | None:
        return self.common_before if self.status == PARTIAL else self.before

    @property
    def percent(self) -> int | None:
        if self.absolute is None or not self._base:
            return None
        return round(100 * abs(self.absolute) / self._base)

    @property
    def direction(self) -> str | None:
        if self.absolute is None:
            return None
        return "up" if self.absolute > 0 else "down" if self.absolute < 0 else "unchanged"

    @property
    def arrow(self) -> str:
        """Only for a like-for-like change: a partial one is said in words."""
        return {"up": "▲", "down": "▼", "unchanged": "="}.get(self.direction or "", "") if self.status == CHANGE else ""

    @property
    def words(self) -> str:
        """What a reader is told, e.g. 'up 4,000 (400%) on the week before' or 'no report this week', in the
        active language. Whole sentences per period (week, month), so that each language can word them."""
        said = _WORDS.get(self.period, _WORDS["week"])
        if self.status == NEW:
            return str(said["new"])
        if self.status == NO_REPORT:
            return said["no_report_after"] % {"before": thousands(self.before)}
        if self.status == NOTHING:
            return str(said["nothing"])
        if self.status == PARTIAL:
            parts = []
            if self.direction:
                parts.append(said["where_both"] % {"movement": self._movement()})
            if self.missing:
                parts.append(said["missing"] % {"places": _places(self.missing, said["before"])})
            if self.added:
                parts.append(said["added"] % {"places": _places(self.added)})
            return pgettext("between parts of a reading", "; ").join(parts)
        return said["on_before"] % {"movement": self._movement()}

    def _movement(self) -> str:
        if self.direction == "unchanged":
            return pgettext("a reading", "unchanged")
        values = {"n": thousands(self.magnitude), "percent": self.percent}
        if self.direction == "up":
            return (gettext("up %(n)s (%(percent)s%%)") if self.percent is not None else gettext("up %(n)s")) % values
        return (gettext("down %(n)s (%(percent)s%%)") if self.percent is not None else gettext("down %(n)s")) % values

    def as_dict(self) -> dict:
        return {"status": self.status, "previous": self.before, "absolute": self.absolute, "percent": self.percent,
                "words": self.words,
                "places_missing": [{"name": name, "persons": value} for name, value in self.missing],
                "places_new": [{"name": name, "persons": value} for name, value in self.added]}  # fmt: skip


def _places(parts: tuple[tuple[str, int], ...], when: str = "") -> str:
    suffix = f" {when}" if when else ""
    return pgettext("list separator", ", ").join(f"{name} ({thousands(value)}{suffix})" for name, value in parts)


# The sentences of a reading, per period. Lazy: the language is the reader's, chosen when the words are read.
_WORDS = {
    "week": {
        "before": _("the week before"),
        "new": _("new: no report the week before"),
        "no_report_after": _("no report this week (%(before)s the week before)"),
        "nothing": _("no report this week"),
        "where_both": _("%(movement)s where both weeks have reports"),
        "missing": _("no report this week from %(places)s"),
        "added": _("new this week: %(places)s"),
        "on_before": _("%(movement)s on the week before"),
    },
    "month": {
        "before": _("the month before"),
        "new": _("new: no report the month before"),
        "no_report_after": _("no report this month (%(before)s the month before)"),
        "nothing": _("no report this month"),
        "where_both": _("%(movement)s where both months have reports"),
        "missing": _("no report this month from %(places)s"),
        "added": _("new this month: %(places)s"),
        "on_before": _("%(movement)s on the month before"),
    },
}


def compare(
    now: int | None,
    before: int | None,
    *,
    period: str = "week",
    now_parts: dict[str, int] | None = None,
    before_parts: dict[str, int] | None = None,
) -> Change:
    """The one rule: a change only where both periods have a figure (a figure of 0 is a figure; None is not).

    When both numbers are sums of sub-regions (`*_parts`: place → persons) and not the same places reported in
    both periods, the change is *partial*: computed over the places reported in both, and the places missing or
    added are named, so a district that did not report never reads as a fall."""
    if now is None and before is None:
        return Change(NOTHING, None, None, period)
    if before is None:
        return Change(NEW, now, None, period)
    if now is None:
        return Change(NO_REPORT, None, before, period)
    if now_parts is not None and before_parts is not None and set(now_parts) != set(before_parts):
        common = sorted(set(now_parts) & set(before_parts))
        return Change(
            PARTIAL, now, before, period,
            missing=tuple((k, before_parts[k]) for k in sorted(set(before_parts) - set(now_parts))),
            added=tuple((k, now_parts[k]) for k in sorted(set(now_parts) - set(before_parts))),
            common_now=sum(now_parts[k] for k in common) if common else None,
            common_before=sum(before_parts[k] for k in common) if common else None,
        )  # fmt: skip
    return Change(CHANGE, now, before, period)


def add_parts(into: dict[str, int] | None, parts: dict[str, int] | None) -> dict[str, int] | None:
    """Sum place → persons maps (over terms); None (an own figure somewhere) wins: no like-for-like split."""
    if into is None or parts is None:
        return None
    merged = dict(into)
    for name, value in parts.items():
        merged[name] = merged.get(name, 0) + value
    return merged


def weekly_series(values: dict[date, int], *, first_monday: date, weeks: int) -> list[tuple[date, int | None]]:
    """One point per week from first_monday; None (a gap, not zero) for a week without a report."""
    mondays = [first_monday + timedelta(weeks=n) for n in range(weeks)]
    return [(monday, values.get(monday)) for monday in mondays]


def has_data(points: list[tuple[date, int | None]]) -> bool:
    return any(value is not None for _, value in points)

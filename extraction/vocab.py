"""The values a candidate's fields take. Plain strings, equal to the tracker's choices of the same name (a test
checks that they stay equal), so that this package needs no Django."""


class Qualifier:
    EXACT = "exact"
    APPROXIMATELY = "approximately"
    MORE_THAN = "more_than"
    AT_LEAST = "at_least"
    LESS_THAN = "less_than"
    UP_TO = "up_to"
    NEARLY = "nearly"


class Unit:
    PERSON = "person"
    HOUSEHOLD = "household"


class Term:
    DISPLACED = "displaced"
    FLED = "fled"
    EVACUATED = "evacuated"
    RELOCATED = "relocated"
    IN_CAMPS = "in_camps"
    RETURNED = "returned"
    OTHER = "other"


class Category:
    FLOW = "flow"
    STOCK = "stock"


class DateAccuracy:
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"
    PUBLISHED = "published"  # no period in the text: the publication date stands in for it


class PeriodSource:
    """Where a candidate's period came from: the sentence itself, or the document's publication date."""

    TEXT = "text"
    PUBLISHED = "publication-date"

"""One enum per concept: models, API, exports and emails all use these."""

from django.db import models


class RegionLevel(models.TextChoices):
    COUNTRY = "country", "Country (admin 0)"
    ADMIN1 = "admin1", "Governorate / province (admin 1)"
    ADMIN2 = "admin2", "District (admin 2)"
    ADMIN3 = "admin3", "Sub-district (admin 3)"
    LOCALITY = "locality", "Town or locality"


# How a picker names a level in one word ("Ariha — town, Ariha › Idleb").
REGION_LEVEL_SHORT = {
    RegionLevel.COUNTRY: "country",
    RegionLevel.ADMIN1: "governorate",
    RegionLevel.ADMIN2: "district",
    RegionLevel.ADMIN3: "sub-district",
    RegionLevel.LOCALITY: "town",
}


class BodyKind(models.TextChoices):
    UN_AGENCY = "un_agency", "UN agency"
    NGO = "ngo", "NGO"
    GOVERNMENT = "government", "Government"
    LOCAL_AUTHORITY = "local_authority", "Local authority"
    MEDIA = "media", "Media"
    MONITORING_GROUP = "monitoring_group", "Monitoring group"


class Reliability(models.TextChoices):
    HIGH = "high", "High"
    MEDIUM = "medium", "Medium"
    LOW = "low", "Low"


class Cause(models.TextChoices):
    """What forced people from their homes: of an event, and of a figure (as IDMC's Helix records it)."""

    CONFLICT = "conflict", "Conflict and violence"
    DISASTER = "disaster", "Disaster"
    DEVELOPMENT = "development", "Development project"
    OTHER = "other", "Other"


class Hazard(models.TextChoices):
    """The hazard behind a disaster displacement (a short standard list, after IDMC's and GLIDE's)."""

    FLOOD = "flood", "Flood"
    STORM = "storm", "Storm"
    EARTHQUAKE = "earthquake", "Earthquake"
    DROUGHT = "drought", "Drought"
    WILDFIRE = "wildfire", "Wildfire"
    LANDSLIDE = "landslide", "Landslide"
    VOLCANIC = "volcanic", "Volcanic activity"
    OTHER = "other", "Other hazard"


class Qualifier(models.TextChoices):
    EXACT = "exact", "Exact"
    APPROXIMATELY = "approximately", "Approximately"
    MORE_THAN = "more_than", "More than"
    AT_LEAST = "at_least", "At least"
    LESS_THAN = "less_than", "Less than"
    UP_TO = "up_to", "Up to"
    NEARLY = "nearly", "Nearly"


class Language(models.TextChoices):
    """The language a document is written in: the extraction pipeline that reads it (extraction.languages)."""

    ENGLISH = "en", "English"
    FRENCH = "fr", "French"
    ARABIC = "ar", "Arabic"


class Unit(models.TextChoices):
    PERSON = "person", "Persons"
    HOUSEHOLD = "household", "Households"


class Term(models.TextChoices):
    DISPLACED = "displaced", "Displaced"
    FLED = "fled", "Fled"
    EVACUATED = "evacuated", "Evacuated"
    RELOCATED = "relocated", "Relocated"
    IN_CAMPS = "in_camps", "In camps / sheltered"
    RETURNED = "returned", "Returned"
    OTHER = "other", "Other"


class Category(models.TextChoices):
    FLOW = "flow", "Flow (new movements in the period)"
    STOCK = "stock", "Stock (still displaced at the date)"


class DateAccuracy(models.TextChoices):
    DAY = "day", "Day"
    WEEK = "week", "Week"
    MONTH = "month", "Month"
    YEAR = "year", "Year"


class FigureRole(models.TextChoices):
    RECOMMENDED = "recommended", "Recommended"
    TRIANGULATION = "triangulation", "Triangulation"


class FigureStatus(models.TextChoices):
    DRAFT = "draft", "Draft"
    EXTRACTED = "extracted", "Extracted (awaiting review)"
    IN_REVIEW = "in_review", "In review"
    VERIFIED = "verified", "Verified"
    REJECTED = "rejected", "Rejected"


REVIEWED_STATUSES = (FigureStatus.VERIFIED, FigureStatus.REJECTED)


class FigureAction(models.TextChoices):
    """What can happen to a figure; tracker.lifecycle says from which state, to which, and who may."""

    CREATE = "create", "Enter"
    SUBMIT = "submit", "Send to review"
    VERIFY = "verify", "Verify"
    REJECT = "reject", "Reject"
    REOPEN = "reopen", "Send back to review"


class CommentState(models.TextChoices):
    OPEN = "open", "Open"
    RESOLVED = "resolved", "Resolved"


class CommentField(models.TextChoices):
    """What a review comment is about: the figure as a whole, or one part of it."""

    GENERAL = "", "The figure as a whole"
    VALUE = "value", "Value"
    UNIT = "unit", "Unit"
    TERM = "term", "Term"
    PERIOD = "period", "Period"
    PLACE = "region", "Place"
    BODY = "reporting_body", "Reporting body"
    SOURCE = "source", "Source and quote"


class Role(models.TextChoices):
    """Staff and partner roles; each is a Django group of the same name."""

    EDITOR = "Editors", "Editor"
    REVIEWER = "Reviewers", "Reviewer"
    PARTNER = "Partners", "Partner"

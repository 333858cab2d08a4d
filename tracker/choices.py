"""One enum per concept: models, API, exports and emails all use these."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class RegionLevel(models.TextChoices):
    COUNTRY = "country", _("Country (admin 0)")
    ADMIN1 = "admin1", _("Governorate / province (admin 1)")
    ADMIN2 = "admin2", _("District (admin 2)")
    ADMIN3 = "admin3", _("Sub-district (admin 3)")
    LOCALITY = "locality", _("Town or locality")


# How a picker names a level in one word ("Ariha — town, Ariha › Idleb").
REGION_LEVEL_SHORT = {
    RegionLevel.COUNTRY: _("country"),
    RegionLevel.ADMIN1: _("governorate"),
    RegionLevel.ADMIN2: _("district"),
    RegionLevel.ADMIN3: _("sub-district"),
    RegionLevel.LOCALITY: _("town"),
}


class BodyKind(models.TextChoices):
    UN_AGENCY = "un_agency", _("UN agency")
    NGO = "ngo", _("NGO")
    GOVERNMENT = "government", _("Government")
    LOCAL_AUTHORITY = "local_authority", _("Local authority")
    MEDIA = "media", _("Media")
    MONITORING_GROUP = "monitoring_group", _("Monitoring group")


class Reliability(models.TextChoices):
    HIGH = "high", _("High")
    MEDIUM = "medium", _("Medium")
    LOW = "low", _("Low")


class Cause(models.TextChoices):
    """What forced people from their homes: of an event, and of a figure (as IDMC's Helix records it)."""

    CONFLICT = "conflict", _("Conflict and violence")
    DISASTER = "disaster", _("Disaster")
    DEVELOPMENT = "development", _("Development project")
    OTHER = "other", _("Other")


class Hazard(models.TextChoices):
    """The hazard behind a disaster displacement (a short standard list, after IDMC's and GLIDE's)."""

    FLOOD = "flood", _("Flood")
    STORM = "storm", _("Storm")
    EARTHQUAKE = "earthquake", _("Earthquake")
    DROUGHT = "drought", _("Drought")
    WILDFIRE = "wildfire", _("Wildfire")
    LANDSLIDE = "landslide", _("Landslide")
    VOLCANIC = "volcanic", _("Volcanic activity")
    OTHER = "other", _("Other hazard")


class Qualifier(models.TextChoices):
    EXACT = "exact", _("Exact")
    APPROXIMATELY = "approximately", _("Approximately")
    MORE_THAN = "more_than", _("More than")
    AT_LEAST = "at_least", _("At least")
    LESS_THAN = "less_than", _("Less than")
    UP_TO = "up_to", _("Up to")
    NEARLY = "nearly", _("Nearly")


class Language(models.TextChoices):
    """The language a document is written in: the extraction pipeline that reads it (extraction.languages)."""

    ENGLISH = "en", _("English")
    FRENCH = "fr", _("French")
    ARABIC = "ar", _("Arabic")


class Unit(models.TextChoices):
    PERSON = "person", _("Persons")
    HOUSEHOLD = "household", _("Households")


class Term(models.TextChoices):
    DISPLACED = "displaced", _("Displaced")
    FLED = "fled", _("Fled")
    EVACUATED = "evacuated", _("Evacuated")
    RELOCATED = "relocated", _("Relocated")
    IN_CAMPS = "in_camps", _("In camps / sheltered")
    RETURNED = "returned", _("Returned")
    OTHER = "other", _("Other")


class Sex(models.TextChoices):
    """Sex of a group of displaced people in a figure's breakdown (as DTM and IDMC's Helix record it)."""

    FEMALE = "female", "Female"
    MALE = "male", "Male"
    UNKNOWN = "unknown", "Sex not recorded"


class AgeGroup(models.TextChoices):
    """Named age groups a source may use instead of years; each stands for the years in AGE_GROUP_YEARS."""

    CHILDREN = "children", "Children (0–17)"
    ADULTS = "adults", "Adults (18 and over)"
    ELDERLY = "elderly", "Older people (60 and over)"


# The years each named age group covers (to: None = no upper bound).
AGE_GROUP_YEARS = {AgeGroup.CHILDREN: (0, 17), AgeGroup.ADULTS: (18, None), AgeGroup.ELDERLY: (60, None)}


class Category(models.TextChoices):
    FLOW = "flow", _("Flow (new movements in the period)")
    STOCK = "stock", _("Stock (still displaced at the date)")


class DateAccuracy(models.TextChoices):
    DAY = "day", _("Day")
    WEEK = "week", _("Week")
    MONTH = "month", _("Month")
    YEAR = "year", _("Year")
    # the text gives no period: the document's publication date stands in for it (a reviewer should check it)
    PUBLISHED = "published", _("Publication date (the text gives no period)")


class FigureRole(models.TextChoices):
    RECOMMENDED = "recommended", _("Recommended")
    TRIANGULATION = "triangulation", _("Triangulation")


class FigureStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    EXTRACTED = "extracted", _("Extracted (awaiting review)")
    IN_REVIEW = "in_review", _("In review")
    VERIFIED = "verified", _("Verified")
    REJECTED = "rejected", _("Rejected")


REVIEWED_STATUSES = (FigureStatus.VERIFIED, FigureStatus.REJECTED)


class FigureAction(models.TextChoices):
    """What can happen to a figure; tracker.lifecycle says from which state, to which, and who may."""

    CREATE = "create", _("Enter")
    SUBMIT = "submit", _("Send to review")
    VERIFY = "verify", _("Verify")
    REJECT = "reject", _("Reject")
    REOPEN = "reopen", _("Send back to review")


class CommentState(models.TextChoices):
    OPEN = "open", _("Open")
    RESOLVED = "resolved", _("Resolved")


class CommentField(models.TextChoices):
    """What a review comment is about: the figure as a whole, or one part of it."""

    GENERAL = "", _("The figure as a whole")
    VALUE = "value", _("Value")
    UNIT = "unit", _("Unit")
    TERM = "term", _("Term")
    PERIOD = "period", _("Period")
    PLACE = "region", _("Place")
    BODY = "reporting_body", _("Reporting body")
    SOURCE = "source", _("Source and quote")


class Role(models.TextChoices):
    """Staff and partner roles; each is a Django group of the same name."""

    EDITOR = "Editors", _("Editor")
    REVIEWER = "Reviewers", _("Reviewer")
    PARTNER = "Partners", _("Partner")

from datetime import date

import pytest
from rest_framework.test import APIClient

from tests.factories import FigureFactory, RegionFactory, ReportingBodyFactory, SourceFactory, UserFactory, country
from tracker import services
from tracker.choices import RegionLevel, Role


@pytest.fixture
def api():
    return APIClient()


@pytest.fixture
def world(db):
    """Syria > Idleb > Ariha district > Ariha town; Aleppo; OCHA; one verified and one draft figure."""
    editor = UserFactory(role=Role.EDITOR, username="editor")
    reviewer = UserFactory(role=Role.REVIEWER, username="reviewer")
    syria = country()
    idleb = RegionFactory(name="Idleb", pcode="SY07", parent=syria)
    ariha = RegionFactory(name="Ariha", pcode="SY0705", level=RegionLevel.ADMIN2, parent=idleb)
    town = RegionFactory(name="Ariha town", level=RegionLevel.LOCALITY, parent=ariha)
    aleppo = RegionFactory(name="Aleppo", pcode="SY02", parent=syria)
    ocha = ReportingBodyFactory(name="UN Office for the Coordination of Humanitarian Affairs", acronym="OCHA")
    source = SourceFactory(title="Sitrep", text="Some 5,000 people fled Ariha.", url="https://example.org/sitrep")
    verified = FigureFactory(
        value=5000, region=town, reporting_body=ocha, source=source, acting_user=editor,
        period_start=date(2020, 2, 1), period_end=date(2020, 2, 5),
    )  # fmt: skip
    services.verify_figure(figure=verified, acting_user=reviewer)
    draft = FigureFactory(value=777, region=aleppo, acting_user=editor, period_end=date(2020, 2, 9))
    return {
        "editor": editor, "reviewer": reviewer, "syria": syria, "idleb": idleb, "ariha": ariha, "town": town,
        "aleppo": aleppo, "ocha": ocha, "source": source, "verified": verified, "draft": draft,
    }  # fmt: skip


def user_for(role, world):
    if role == "anonymous":
        return None
    if role == "superuser":
        return UserFactory(is_superuser=True, is_staff=True)
    if role == "editor":
        return world["editor"]
    if role == "reviewer":
        return world["reviewer"]
    return UserFactory(role=Role.PARTNER)

"""Hand-built weeks for the missing-is-not-zero rule: a report, then a week with no report, then a report.

Idleb governorate (SY07), persons newly displaced (flow), verified:
  2020-W04 (20–26 Jan)  60,000  Idleb's own figure
  2020-W05 (27 Jan–2 Feb) 62,500  Idleb's own figure
  2020-W06 (3–9 Feb)    no report anywhere in Idleb
  2020-W07 (10–16 Feb)  5,000 = Ariha 3,000 + Harim 2,000 (the sum of its sub-regions)
Aleppo reports 999 in W06, so the week is not empty everywhere.
"""

from datetime import UTC, date, datetime

from tests.factories import FigureFactory, RegionFactory, ReportingBodyFactory, SourceFactory, UserFactory, country
from tracker import services
from tracker.choices import Category, RegionLevel, Role
from tracker.models import DisplacementFigure

W05, W06, W07 = date(2020, 1, 27), date(2020, 2, 3), date(2020, 2, 10)


def build_gap_weeks(*, prefix: str = "") -> dict:
    editor = UserFactory(role=Role.EDITOR, username=f"{prefix}gap-editor")
    reviewer = UserFactory(role=Role.REVIEWER, username=f"{prefix}gap-reviewer")
    syria = country()
    idleb = RegionFactory(name="Idleb", pcode="SY07", parent=syria)
    ariha = RegionFactory(name="Ariha", pcode="SY0705", level=RegionLevel.ADMIN2, parent=idleb)
    harim = RegionFactory(name="Harim", pcode="SY0703", level=RegionLevel.ADMIN2, parent=idleb)
    aleppo = RegionFactory(name="Aleppo", pcode="SY02", parent=syria)
    ocha = ReportingBodyFactory(name="OCHA", acronym="OCHA")
    text = "Some 62,500 people fled their homes in Idleb governorate this week, OCHA said."
    source = SourceFactory(title="OCHA flash update 5", text=text, url="https://example.org/flash-5")

    def verified(region, value, end, category=Category.FLOW, **extra):
        figure = FigureFactory(region=region, value=value, period_start=end, period_end=end, category=category,
                               acting_user=editor, reporting_body=ocha, **extra)  # fmt: skip
        services.verify_figure(figure=figure, acting_user=reviewer)
        DisplacementFigure.objects.filter(pk=figure.pk).update(
            reviewed_at=datetime.combine(end, datetime.min.time(), tzinfo=UTC)
        )
        return figure

    figures = {
        "w04": verified(idleb, 60_000, date(2020, 1, 24)),
        "w05": verified(
            idleb, 62_500, date(2020, 1, 31), source=source, quote=text, quote_start=0, quote_end=len(text)
        ),  # fmt: skip
        "aleppo": verified(aleppo, 999, date(2020, 2, 5)),
        "ariha": verified(ariha, 3_000, date(2020, 2, 12)),
        "harim": verified(harim, 2_000, date(2020, 2, 13)),
    }
    return {"syria": syria, "idleb": idleb, "ariha": ariha, "harim": harim, "aleppo": aleppo, "figures": figures,
            "editor": editor, "reviewer": reviewer}  # fmt: skip

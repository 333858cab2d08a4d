"""The conflicts page as a reviewer reads and uses it: periods, links, quotes, an error when nothing is chosen,
and a resolved conflict leaving the list (until a new figure joins it)."""

from datetime import date

import pytest
from django.urls import reverse

from tests.factories import FigureFactory, RegionFactory, ReportingBodyFactory, SourceFactory, country
from tracker.choices import FigureRole, FigureStatus, RegionLevel
from tracker.models import DisplacementFigure
from tracker.selectors import conflicts

pytestmark = pytest.mark.django_db
URL = "admin:tracker_displacementfigure_conflicts"
TEXT = "Some 5,000 people fled Ariha, OCHA said."


@pytest.fixture
def two_bodies():
    idleb = RegionFactory(name="Idleb", pcode="SY07", parent=country())
    ariha = RegionFactory(name="Ariha", pcode="SY0705", level=RegionLevel.ADMIN2, parent=idleb)
    ocha, sohr = ReportingBodyFactory(name="OCHA"), ReportingBodyFactory(name="SOHR")
    source = SourceFactory(text=TEXT)
    quoted = FigureFactory(region=ariha, value=5000, reporting_body=ocha, status=FigureStatus.EXTRACTED,
                           source=source, quote=TEXT, quote_start=0, quote_end=len(TEXT),
                           period_start=date(2020, 2, 1), period_end=date(2020, 2, 5))  # fmt: skip
    bare = FigureFactory(region=ariha, value=8000, reporting_body=sohr, status=FigureStatus.EXTRACTED,
                         period_start=date(2020, 2, 10), period_end=date(2020, 2, 10))  # fmt: skip
    return {"idleb": idleb, "ariha": ariha, "quoted": quoted, "bare": bare, "ocha": ocha}


def test_the_page_shows_periods_links_and_no_quote_in_words(client, reviewer, two_bodies):
    client.force_login(reviewer)
    html = client.get(reverse(URL)).content.decode()
    quoted, bare = two_bodies["quoted"], two_bodies["bare"]
    assert '<td class="period">1 Feb 2020 – 5 Feb 2020</td>' in html
    assert '<td class="period">10 Feb 2020</td>' in html
    assert f'href="{reverse("admin:tracker_displacementfigure_change", args=[quoted.pk])}"' in html
    assert f'href="{reverse("admin:tracker_displacementfigure_review", args=[bare.pk])}"' in html
    assert f'“<bdi dir="auto">{TEXT}</bdi>”' in html and '<span class="no-quote">no quote</span>' in html
    assert "“”" not in html


def test_make_recommended_without_a_choice_says_so_and_changes_nothing(client, reviewer, two_bodies):
    client.force_login(reviewer)
    (conflict,) = conflicts()
    ids = [two_bodies["quoted"].pk, two_bodies["bare"].pk]
    page = client.post(reverse(URL), {"figures": ids, "conflict": conflict.key}, follow=True)
    assert page.redirect_chain[-1][0] == f"{reverse(URL)}#conflict-{conflict.key}"
    assert "Nothing changed: first choose the figure the team stands behind." in page.content.decode()
    assert set(DisplacementFigure.objects.values_list("role", flat=True)) == {FigureRole.TRIANGULATION}


def test_a_resolved_conflict_leaves_the_list_and_a_new_figure_brings_it_back(client, reviewer, two_bodies):
    client.force_login(reviewer)
    bare, quoted = two_bodies["bare"], two_bodies["quoted"]
    page = client.post(reverse(URL), {"recommended": bare.pk, "figures": [quoted.pk, bare.pk]}, follow=True)
    html = page.content.decode()
    assert f"Figure {bare.pk} (8,000 persons) is now the recommended figure for Ariha (SY0705), February 2020" in html
    assert 'id="no-conflicts"' in html and conflicts() == []
    later = {"period_start": date(2020, 2, 20), "period_end": date(2020, 2, 21), "status": FigureStatus.EXTRACTED}
    FigureFactory(region=two_bodies["ariha"], value=9000, reporting_body=two_bodies["ocha"], **later)
    (back,) = conflicts()
    assert len(back.figures) == 3 and [f.pk for f in back.figures if f.role == FigureRole.RECOMMENDED] == [bare.pk]
    ids = [f.pk for f in back.figures]  # the reviewer keeps the same choice: that resolves it again
    client.post(reverse(URL), {"recommended": bare.pk, "figures": ids})
    assert conflicts() == []


def test_an_editor_cannot_resolve_and_is_told_why(client, editor, two_bodies):
    client.force_login(editor)
    html = client.get(reverse(URL)).content.decode()
    assert "Only reviewers resolve conflicts." in html and "Make the chosen figure recommended" not in html
    page = client.post(reverse(URL), {"recommended": two_bodies["bare"].pk, "figures": [two_bodies["bare"].pk]},
                       follow=True)  # fmt: skip
    assert "Only reviewers resolve conflicts." in page.content.decode()
    assert set(DisplacementFigure.objects.values_list("role", flat=True)) == {FigureRole.TRIANGULATION}


def test_resolving_a_region_against_its_sub_regions_leaves_their_choices_alone(client, reviewer, two_bodies):
    idleb, bare = two_bodies["idleb"], two_bodies["bare"]  # SOHR's 8,000 is made recommended for Ariha first
    client.force_login(reviewer)
    client.post(reverse(URL), {"recommended": bare.pk, "figures": [bare.pk, two_bodies["quoted"].pk]})
    own = FigureFactory(region=idleb, value=6000, status=FigureStatus.EXTRACTED,
                        period_start=date(2020, 2, 1), period_end=date(2020, 2, 28))  # fmt: skip
    (conflict,) = conflicts()
    assert conflict.kind == "sub-regions exceed" and [f.pk for f in conflict.choices] == [own.pk]
    html = client.get(reverse(URL)).content.decode()
    assert f'id="recommend-{own.pk}"' in html and f'id="recommend-{bare.pk}"' not in html
    every = [f.pk for f in conflict.figures]  # a hand-made post naming the sub-region's figures too
    client.post(reverse(URL), {"recommended": own.pk, "figures": every})
    roles = dict(DisplacementFigure.objects.values_list("pk", "role"))
    assert roles[own.pk] == roles[bare.pk] == FigureRole.RECOMMENDED
    assert conflicts() == []

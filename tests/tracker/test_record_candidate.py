"""candidate_figure_fields: the one path from a candidate to a figure awaiting review, whether it was read in a text
(extract_figures, in bulk), an HXL row or a DTM row (record_candidate); the place's country and first-level division
when no region matches; the publication date as the period when the text gives none, shown on the review page."""

import json
from datetime import date

import pytest
from django.urls import reverse

from ingest import services as ingest_services
from ingest.models import FeedItem, FeedKind
from tests.httpserver import Reply
from tracker import services
from tracker.choices import DateAccuracy, FigureStatus
from tracker.demo import load_reference_data

pytestmark = pytest.mark.django_db

KENYA = "Floods forced 5,000 people to flee their homes in Nakuru county, Kenya, the Kenya Red Cross said on Monday."
HXL = (
    "Governorate,Governorate code,IDPs (persons),Date,Organisation\n"
    "#adm1+name,#adm1+code,#affected+idps+ind,#date+reported,#org\n"
    "Idleb,SY07,2800000,2020-03-01,IOM\n"
)
DTM = {"result": [{"operation": "Syria", "admin0Pcode": "SY", "admin1Pcode": "SY07", "admin1Name": "Idleb",
                   "numPresentIdpInd": 250, "reportingDate": "2020-02-01", "roundNumber": 2}]}  # fmt: skip


@pytest.fixture
def calls(monkeypatch):
    """Every call of candidate_figure_fields, from whichever path makes a figure (the real function still runs)."""
    made = []
    real = services.candidate_figure_fields

    def spy(**fields):
        made.append(fields["rule"])
        return real(**fields)

    monkeypatch.setattr(services, "candidate_figure_fields", spy)
    return made


def _poll(feed_server, path, body, kind):
    url = feed_server.route(path, Reply(body))
    feed = ingest_services.register_feed(name=f"feed {path}", url=url, kind=kind)
    result = ingest_services.poll_feed(feed=feed)
    for item in FeedItem.objects.filter(pk__in=result.new_item_ids):
        ingest_services.process_item(item=item)


def test_a_text_candidate_goes_through_the_one_path(calls):
    load_reference_data()
    source = services.store_source(title="Sitrep", text="Some 5,000 people fled Ariha on Tuesday, OCHA said.")[0]
    (figure,) = services.extract_figures(source=source).created
    assert len(calls) == 1 and calls[0] == figure.extraction_rule and "unit:noun" in calls[0]
    assert (figure.status, figure.entered_by, figure.region.pcode) == (FigureStatus.EXTRACTED, None, "SY0705")


def test_an_hxl_row_goes_through_the_one_path(calls, feed_server, fast_http):
    load_reference_data()
    _poll(feed_server, "/idps.csv", HXL.encode(), FeedKind.HXL)
    assert len(calls) == 1 and calls[0].startswith("hxl")
    assert services.DisplacementFigure.objects.get().status == FigureStatus.EXTRACTED


def test_a_dtm_row_goes_through_the_one_path(calls, feed_server, fast_http):
    load_reference_data()
    _poll(feed_server, "/dtm", json.dumps(DTM).encode(), FeedKind.DTM)
    assert len(calls) == 1 and calls[0].startswith("dtm")
    assert services.DisplacementFigure.objects.get().value == 250


def test_a_place_no_region_matches_keeps_its_country_and_first_level_division():
    load_reference_data()
    source = services.store_source(title="Floods", text=KENYA, published_on=date(2020, 4, 2))[0]
    (figure,) = services.extract_figures(source=source).created
    assert (figure.region, figure.raw_location) == (None, "Nakuru")
    assert (figure.place_country, figure.place_admin1) == ("KE", "Nakuru")


def test_the_review_page_shows_the_country_and_division_of_a_place_with_no_region(client, reviewer):
    load_reference_data()
    source = services.store_source(title="Floods", text=KENYA, published_on=date(2020, 4, 2))[0]
    (figure,) = services.extract_figures(source=source).created
    client.force_login(reviewer)
    page = client.get(reverse("admin:tracker_displacementfigure_review", args=[figure.pk])).content.decode()
    assert '<span id="place-admin1">Nakuru</span>, <span id="place-country">KE</span>' in page
    assert "no region of the gazetteer matches yet" in page


def test_a_period_from_the_publication_date_has_that_accuracy():
    load_reference_data()
    published = date(2020, 2, 5)  # a Wednesday
    undated = services.store_source(title="Undated", text="Some 3,000 people fled Harim.", published_on=published)[0]
    dated = services.store_source(title="Dated", text="4,000 people fled Harim on Tuesday.", published_on=published)[0]
    (from_publication,) = services.extract_figures(source=undated).created
    (from_text,) = services.extract_figures(source=dated).created
    assert (from_publication.period_start, from_publication.period_accuracy) == (
        date(2020, 2, 5), DateAccuracy.PUBLISHED
    )  # fmt: skip
    assert (from_text.period_start, from_text.period_accuracy) == (date(2020, 2, 4), DateAccuracy.DAY)


GOVERNOR = "The governor, Marta Oduya, said about 3,400 people had fled their homes in Nakuru county, Kenya."


def test_a_body_no_record_matches_is_kept_as_written_in_its_own_field():
    load_reference_data()
    source = services.store_source(title="Floods", text=GOVERNOR, published_on=date(2020, 4, 2))[0]
    (figure,) = services.extract_figures(source=source).created
    assert (figure.reporting_body, figure.raw_reporting_body) == (None, "governor, Marta Oduya")
    assert "Marta Oduya" not in figure.notes


def test_the_review_page_and_queue_show_who_reported_it_as_written(client, reviewer):
    load_reference_data()
    source = services.store_source(title="Floods", text=GOVERNOR, published_on=date(2020, 4, 2))[0]
    (figure,) = services.extract_figures(source=source).created
    client.force_login(reviewer)
    page = client.get(reverse("admin:tracker_displacementfigure_review", args=[figure.pk])).content.decode()
    assert "Reported by, as written: “<bdi>governor, Marta Oduya</bdi>”: no reporting body matches yet" in page
    assert '<details class="how-found" id="how-found" open>' in page
    queue = client.get(reverse("admin:tracker_displacementfigure_review_queue")).content.decode()
    assert '<bdi class="as-written">governor, Marta Oduya</bdi>' in queue

import io
import re

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError

from ingest.demo import DEMO_FEED
from ingest.models import Feed, FeedItem
from tests.httpserver import Reply, rss
from tracker.choices import FigureStatus
from tracker.demo import DATA_DIR, load_reference_data
from tracker.models import DisplacementFigure, ReportingBody

pytestmark = pytest.mark.django_db


def test_add_feed_registers_a_feed_with_its_body():
    load_reference_data()
    out = io.StringIO()
    call_command("add_feed", "OCHA Syria", "https://example.org/feed.xml", kind="rss", body="OCHA", stdout=out)
    feed = Feed.objects.get(name="OCHA Syria")
    assert feed.default_body.acronym == "OCHA" and "registered" in out.getvalue()
    with pytest.raises(CommandError, match="no reporting body"):
        call_command("add_feed", "Other", "https://example.org/x.xml", body="Nobody", stdout=io.StringIO())
    with pytest.raises(CommandError, match="url"):
        call_command("add_feed", "Bad", "not a url", stdout=io.StringIO())


def test_ingest_feed_reads_a_local_file_and_reports(fast_http):
    load_reference_data()
    out = io.StringIO()
    call_command("ingest_feed", str(DEMO_FEED), verbosity=0, stdout=out)
    assert "seen 4, new 4" in out.getvalue()
    assert FeedItem.objects.count() == 4 and DisplacementFigure.objects.filter(status="extracted").exists()
    again = io.StringIO()
    call_command("ingest_feed", str(DEMO_FEED), verbosity=0, stdout=again)
    assert "new 0, duplicate 4" in again.getvalue()


def test_ingest_feed_polls_a_url(feed_server, fast_http):
    load_reference_data()
    url = feed_server.route("/f.xml", Reply(rss(("A", "http://127.0.0.1/a", "Some 4,000 people fled Ariha."))))
    call_command("ingest_feed", url, verbosity=0, stdout=io.StringIO())
    assert DisplacementFigure.objects.get().value == 4000


def test_load_reporting_bodies_is_idempotent_and_reports_bad_rows(tmp_path):
    path = tmp_path / "bodies.csv"
    path.write_text((DATA_DIR / "reporting_bodies.csv").read_text() + "Broken body,,not_a_kind,high,,\n")
    err = io.StringIO()
    call_command("load_reporting_bodies", str(path), stdout=io.StringIO(), stderr=err)
    count = ReportingBody.objects.count()
    call_command("load_reporting_bodies", str(path), stdout=io.StringIO(), stderr=io.StringIO())
    assert ReportingBody.objects.count() == count == 11
    assert "line 13" in err.getvalue()


def test_the_demo_counts_the_figures_waiting_for_review_as_the_dashboard_does(client):
    """The demo said '5 candidates waiting for review' and the dashboard '6 figures waiting for review': the sixth
    was a figure in review (a new user's trial). Both now count every figure waiting, in one selector."""
    out = io.StringIO()
    call_command("load_demo", password="demo-password-42", stdout=out)
    said = int(re.search(r"(\d+) figures waiting for review", out.getvalue()).group(1))
    assert DisplacementFigure.objects.filter(status=FigureStatus.IN_REVIEW).exists()  # what the old line left out
    client.force_login(get_user_model().objects.get(username="admin"))
    assert said == client.get("/").context["backlog"]["count"]

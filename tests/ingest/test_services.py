"""Polling and processing against a real HTTP server on 127.0.0.1."""

import json
from datetime import date

import pytest

from ingest import services
from ingest.models import FeedItem, FeedKind, ItemStatus, RunOutcome
from tests.httpserver import Reply, rss
from tracker.choices import FigureStatus, Unit
from tracker.demo import SEED_REPORT, load_reference_data
from tracker.models import DisplacementFigure, Source

pytestmark = pytest.mark.django_db

ARTICLE = "Some 5,000 people fled Saraqeb on Tuesday as government forces advanced, local officials said."


@pytest.fixture(autouse=True)
def reference_data(fast_http):
    load_reference_data()


def _feed(url, kind=FeedKind.RSS, **kwargs):
    return services.register_feed(name=f"feed {url}", url=url, kind=kind, **kwargs)


def _poll_and_process(feed):
    result = services.poll_feed(feed=feed)
    for item in FeedItem.objects.filter(pk__in=result.new_item_ids):
        services.process_item(item=item)
    result.run.refresh_from_db()
    return result.run


def test_the_seed_report_as_a_one_item_feed_gives_exactly_one_candidate(feed_server):
    text = SEED_REPORT.read_text(encoding="utf-8")
    url = feed_server.route("/seed.xml", Reply(rss(("Idlib", "http://127.0.0.1/idlib", text))))
    run = _poll_and_process(_feed(url))
    assert (run.outcome, run.items_new) == (RunOutcome.SUCCESS, 1)
    (figure,) = DisplacementFigure.objects.all()
    assert (figure.value, figure.qualifier, figure.unit, figure.term) == (1_000_000, "nearly", Unit.PERSON, "displaced")
    assert (figure.region.pcode, figure.reporting_body.acronym, figure.status) == ("SY07", "OCHA", "extracted")
    assert figure.source.published_on == date(2020, 2, 28)
    assert "nearly one million people" in figure.quote


def test_a_500_then_200_stores_each_item_once(feed_server):
    body = rss(("A", "http://127.0.0.1/a", ARTICLE), ("B", "http://127.0.0.1/b", ARTICLE + " Markets shut."))
    url = feed_server.route("/feed", Reply(b"oops", 500), Reply(body))
    run = _poll_and_process(_feed(url))
    assert feed_server.hits("/feed") == 2
    assert (run.outcome, run.items_new) == (RunOutcome.SUCCESS, 2)
    assert Source.objects.count() == 2


def test_a_timeout_fails_the_run_and_backs_the_feed_off(feed_server, fast_http):
    url = feed_server.route("/slow", Reply(rss(), delay=1.5))
    feed = _feed(url)
    run = _poll_and_process(feed)
    feed.refresh_from_db()
    assert run.outcome == RunOutcome.FAILED and "Timeout" in run.error_text
    assert feed_server.hits("/slow") == 3
    assert feed.consecutive_failures == 1
    first_delay = feed.next_poll_at - feed.last_polled_at
    _poll_and_process(feed)
    feed.refresh_from_db()
    assert feed.consecutive_failures == 2 and feed.next_poll_at - feed.last_polled_at == 2 * first_delay


def test_malformed_xml_is_a_clear_failure(feed_server):
    url = feed_server.route("/bad.xml", Reply(b"<rss><channel><item><title>broken"))
    run = _poll_and_process(_feed(url))
    assert run.outcome == RunOutcome.FAILED and "malformed feed" in run.error_text


def test_invalid_utf8_loses_no_valid_item(feed_server):
    body = rss(("Good", "http://127.0.0.1/good", ARTICLE)).replace(b"Test feed", b"Test \xff\xfe feed")
    url = feed_server.route("/latin.xml", Reply(body))
    run = _poll_and_process(_feed(url))
    assert run.items_new == 1 and DisplacementFigure.objects.filter(value=5_000).count() == 1


def test_a_body_over_the_size_cap_is_refused(feed_server, settings):
    settings.INGEST = {**settings.INGEST, "MAX_BYTES": 1_000}
    url = feed_server.route("/big.xml", Reply(rss(("Big", "http://127.0.0.1/big", "x " * 2_000))))
    run = _poll_and_process(_feed(url))
    assert run.outcome == RunOutcome.FAILED and "cap" in run.error_text
    assert Source.objects.count() == 0


def test_the_same_item_twice_in_a_feed_and_across_runs_is_stored_once(feed_server):
    item = ("A", "http://127.0.0.1/a?utm_source=x#top", ARTICLE)
    url = feed_server.route("/dup.xml", Reply(rss(item, ("A again", "http://127.0.0.1/a", ARTICLE))))
    feed = _feed(url)
    first = _poll_and_process(feed)
    second = _poll_and_process(feed)
    assert (first.items_new, first.items_duplicate) == (1, 1)
    assert (second.items_new, second.items_duplicate) == (0, 2)
    assert Source.objects.count() == 1 and DisplacementFigure.objects.count() == 1


def test_conditional_requests_use_the_etag(feed_server):
    url = feed_server.route("/etag.xml", Reply(rss(("A", "http://127.0.0.1/a", ARTICLE)), headers={"ETag": '"v1"'}))
    feed = _feed(url)
    _poll_and_process(feed)
    run = _poll_and_process(feed)
    assert run.outcome == RunOutcome.NOT_MODIFIED
    assert feed_server.requests[-1][1].get("If-None-Match") == '"v1"'
    assert "DisplacementTracker" in feed_server.requests[-1][1]["User-Agent"]


def test_a_link_only_item_is_fetched_and_cleaned(feed_server):
    page = (
        "<html><head><title>x</title></head><body><nav>Home | World | Sport</nav><article><h1>Flight from Ariha</h1>"
        f"<p>{ARTICLE.replace('Saraqeb', 'Ariha')}</p><p>Markets in the town were closed and roads were jammed "
        "with traffic heading north towards the border.</p></article><footer>Copyright</footer></body></html>"
    ).encode()
    article_url = feed_server.route("/article", Reply(page, headers={"Content-Type": "text/html"}))
    url = feed_server.route("/links.xml", Reply(rss(("Ariha", article_url, ""))))
    _poll_and_process(_feed(url))
    item = FeedItem.objects.get()
    assert item.status == ItemStatus.DONE
    assert "Home | World" not in item.source.text and "fled Ariha" in item.source.text
    assert DisplacementFigure.objects.get().region.pcode == "SY0705"


HXL = (
    "Governorate,Governorate code,IDPs (persons),IDP households,Date,Organisation\n"
    "#adm1+name,#adm1+code,#affected+idps+ind,#affected+idps+hh,#date+reported,#org\n"
    "Idleb,SY07,2800000,,2020-03-01,IOM\n"
    "Aleppo,SY02,not a number,,2020-03-01,IOM\n"
    "Hama,SY05,,12000,2020-03-01,UNHCR\n"
    "Homs,SY04,5000,,yesterday-ish,IOM\n"
)


def test_hxl_rows_become_figures_and_a_bad_row_is_reported(feed_server):
    url = feed_server.route("/idps.csv", Reply(HXL.encode()))
    feed = _feed(url, kind=FeedKind.HXL)
    run = _poll_and_process(feed)
    assert (run.outcome, run.items_new, run.items_failed) == (RunOutcome.PARTIAL, 2, 2)
    assert "line 4:" in run.error_text and "line 6:" in run.error_text
    idleb = DisplacementFigure.objects.get(region__pcode="SY07")
    assert (idleb.value, idleb.status, idleb.category, idleb.reporting_body.acronym) == (
        2_800_000, FigureStatus.EXTRACTED, "stock", "IOM"
    )  # fmt: skip
    assert idleb.quote == "Idleb,SY07,2800000,,2020-03-01,IOM"
    hama = DisplacementFigure.objects.get(region__pcode="SY05")
    assert (hama.unit, hama.value, hama.persons) == (Unit.HOUSEHOLD, 12_000, None)
    again = _poll_and_process(feed)  # the same file again: nothing doubles
    assert DisplacementFigure.objects.count() == 2 and (again.items_new, again.items_duplicate) == (0, 2)


def test_dtm_keeps_only_the_latest_round_of_each_operation(feed_server):
    records = [
        {"operation": "Syria", "admin0Pcode": "SY", "admin1Pcode": "SY07", "admin1Name": "Idleb",
         "numPresentIdpInd": 100, "reportingDate": "2020-01-01", "roundNumber": 1},
        {"operation": "Syria", "admin0Pcode": "SY", "admin1Pcode": "SY07", "admin1Name": "Idleb",
         "numPresentIdpInd": 250, "reportingDate": "2020-02-01", "roundNumber": 2},
        {"operation": "Syria", "admin0Pcode": "SY", "admin1Pcode": "SY02", "admin1Name": "Aleppo",
         "numPresentIdpInd": "n/a", "reportingDate": "2020-02-01", "roundNumber": 2},
    ]  # fmt: skip
    url = feed_server.route("/dtm", Reply(json.dumps({"result": records}).encode()))
    run = _poll_and_process(_feed(url, kind=FeedKind.DTM))
    assert list(DisplacementFigure.objects.values_list("value", "region__pcode")) == [(250, "SY07")]
    assert run.items_failed == 1 and "record 3" in run.error_text


def test_reliefweb_follows_next_pages_and_sends_the_appname(feed_server):
    def page(n, next_href):
        return json.dumps({
            "data": [{"fields": {"title": f"Report {n}", "url_alias": f"https://reliefweb.int/report/{n}",
                                 "body": f"<p>{ARTICLE.replace('5,000', str(1000 * n))}</p>",
                                 "date": {"created": f"2020-02-0{n}T10:00:00+00:00"}}}],
            "links": {"next": {"href": next_href}} if next_href else {},
        }).encode()  # fmt: skip

    second = feed_server.url("/rw2")
    feed_server.route("/rw2", Reply(page(2, None)))
    url = feed_server.route("/rw", Reply(page(1, second)))
    run = _poll_and_process(_feed(url, kind=FeedKind.RELIEFWEB))
    assert run.items_new == 2
    assert sorted(DisplacementFigure.objects.values_list("value", flat=True)) == [1000, 2000]
    assert "appname=displacement-tracker" in feed_server.requests[0][0]


def test_claiming_due_feeds_twice_polls_each_once(feed_server):
    feed = _feed(feed_server.url("/x"))
    assert services.claim_due_feeds() == [feed.pk]
    assert services.claim_due_feeds() == []

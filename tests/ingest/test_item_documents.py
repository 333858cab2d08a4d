"""An item's own text is a document: the linked article enriches it and never replaces or discards it."""

import pytest

from ingest import services
from ingest.http import TransientFetchError
from ingest.models import FeedItem, FeedKind, ItemStatus, LinkOutcome
from tests.httpserver import Reply, rss
from tests.ingest.servers import teaser_rss
from tracker.demo import load_reference_data
from tracker.models import DisplacementFigure, Source

pytestmark = pytest.mark.django_db

ARTICLE = (
    "Some 5,000 people fled Saraqeb on Tuesday as government forces advanced, local officials said. "
    "Markets in the town were closed and roads north were jammed with traffic for hours."
)
PAGE = f"<html><body><nav>Home | World</nav><article><h1>Saraqeb</h1><p>{ARTICLE}</p></article></body></html>"


@pytest.fixture(autouse=True)
def reference_data(fast_http):
    load_reference_data()


def _poll_and_process(url):
    feed = services.register_feed(name=f"feed {url}", url=url, kind=FeedKind.RSS)
    result = services.poll_feed(feed=feed)
    for item in FeedItem.objects.filter(pk__in=result.new_item_ids).order_by("pk"):
        services.process_item(item=item)
    result.run.refresh_from_db()
    return result.run


def test_three_items_linking_to_one_page_with_different_summaries_are_three_documents(feed_server):
    page = feed_server.route("/article", Reply(PAGE.encode(), headers={"Content-Type": "text/html"}))
    url = feed_server.route(
        "/feed.xml",
        Reply(
            teaser_rss(
                ("Ariha", f"{page}?from=ariha", "Some 700 families fled Ariha on Monday, SARC said."),
                ("Binnish", f"{page}?from=binnish", "Some 300 families fled Binnish on Monday, SOHR said."),
                ("Sarmin", f"{page}?from=sarmin", "Some 900 people fled Sarmin on Monday, local councils said."),
            )
        ),
    )
    run = _poll_and_process(url)
    assert run.items_new == 3 and feed_server.hits("/article") == 3
    assert Source.objects.count() == 3
    assert set(FeedItem.objects.values_list("status", "link_outcome")) == {(ItemStatus.DONE, LinkOutcome.FETCHED)}
    for item in FeedItem.objects.all():
        assert item.source.text.startswith(item.text) and ARTICLE in item.source.text
    values = sorted(DisplacementFigure.objects.filter(quote__contains="families").values_list("value", flat=True))
    assert values == [300, 700]
    assert DisplacementFigure.objects.filter(value=900).exists()


def test_an_article_already_stored_does_not_swallow_the_item_that_links_to_it(feed_server):
    page = feed_server.route("/article", Reply(PAGE.encode(), headers={"Content-Type": "text/html"}))
    url = feed_server.route(
        "/feed.xml",
        Reply(rss(("Full", "http://127.0.0.1/full", ARTICLE))),  # the article's text, carried in full by one item
        Reply(teaser_rss(("Ariha", page, "Some 700 families fled Ariha on Monday, SARC said."))),
    )
    _poll_and_process(url)
    _poll_and_process(url.replace("feed.xml", "feed.xml?again=1"))
    teaser = FeedItem.objects.get(title="Ariha")
    assert teaser.status == ItemStatus.DONE and "700 families" in teaser.source.text
    assert DisplacementFigure.objects.filter(value=700, source=teaser.source).exists()
    assert Source.objects.count() == 2


def test_a_summary_the_article_already_contains_is_not_stored_twice(feed_server):
    page = feed_server.route("/article", Reply(PAGE.encode(), headers={"Content-Type": "text/html"}))
    lede = ARTICLE.split(". ")[0] + "."
    _poll_and_process(feed_server.route("/feed.xml", Reply(teaser_rss(("Saraqeb", page, lede)))))
    source = FeedItem.objects.get().source
    assert source.text.count("5,000 people fled") == 1
    assert list(DisplacementFigure.objects.values_list("value", flat=True)) == [5000]


@pytest.mark.parametrize(
    ("reply", "outcome", "why"),
    [
        (Reply(b"gone", 404), LinkOutcome.FAILED, "HTTP 404 Not Found"),
        (Reply(b"oops", 500), LinkOutcome.FAILED, "HTTP 500 Internal Server Error"),
        (Reply(b"<html><body></body></html>", headers={"Content-Type": "text/html"}), LinkOutcome.EMPTY, "no article"),
    ],
)
def test_a_failed_fetch_or_an_empty_page_keeps_the_summary_and_its_figure(feed_server, reply, outcome, why):
    page = feed_server.route("/article", reply)
    _poll_and_process(
        feed_server.route(
            "/feed.xml", Reply(teaser_rss(("Ariha", page, "Some 700 families fled Ariha on Monday, SARC said.")))
        )
    )
    item = FeedItem.objects.get()
    assert (item.status, item.link_outcome) == (ItemStatus.DONE, outcome) and why in item.link_error
    assert item.source.text == "Some 700 families fled Ariha on Monday, SARC said."
    assert list(DisplacementFigure.objects.values_list("value", flat=True)) == [700]


def test_the_same_text_under_two_links_is_one_document(feed_server):
    url = feed_server.route(
        "/feed.xml", Reply(rss(("A", "http://127.0.0.1/a", ARTICLE), ("B", "http://127.0.0.1/b", ARTICLE)))
    )
    run = _poll_and_process(url)
    assert Source.objects.count() == 1 and DisplacementFigure.objects.count() == 1
    assert sorted(FeedItem.objects.values_list("status", flat=True)) == [ItemStatus.DONE, ItemStatus.DUPLICATE]
    assert run.items_seen == 2


def test_one_link_with_two_different_texts_is_two_items(feed_server):
    url = feed_server.route(
        "/feed.xml",
        Reply(rss(("A", "http://127.0.0.1/same", ARTICLE), ("A2", "http://127.0.0.1/same", ARTICLE + " Update."))),
    )
    run = _poll_and_process(url)
    assert run.items_new == 2 and Source.objects.count() == 2


def test_a_link_only_item_whose_fetch_may_pass_waits_for_a_retry_then_fails_with_its_reason(feed_server, fast_http):
    page = feed_server.route("/article", Reply(b"busy", 503))
    feed = services.register_feed(
        name="f", url=feed_server.route("/feed.xml", Reply(rss(("Ariha", page, "")))), kind="rss"
    )
    services.poll_feed(feed=feed)
    item = FeedItem.objects.get()
    assert item.text == "Read more" and item.fetch_article  # the feed's teaser is the item's own text
    with pytest.raises(TransientFetchError):  # a worker's task with retries left: the item waits for another try
        services.process_item(item=item, retry_transient=True)
    item.refresh_from_db()
    assert item.status == ItemStatus.PENDING and "503" in item.error_text and not Source.objects.exists()
    services.process_item(item=item)  # the last try (or ingest_feed): the summary is kept
    item.refresh_from_db()
    assert item.status == ItemStatus.DONE and item.source.text == "Read more"  # kept: nothing is thrown away

    FeedItem.objects.all().delete()
    Source.objects.all().delete()
    item = FeedItem.objects.create(feed=feed, canonical_url=page, key="k", fetch_article=True)  # no text at all
    for _attempt in range(fast_http["RETRIES"]):
        with pytest.raises(TransientFetchError, match="HTTP 503 Service Unavailable"):
            services.process_item(item=item)
        item.refresh_from_db()
    assert item.status == ItemStatus.FAILED and "503" in item.error_text


def test_an_item_keyed_on_a_tag_id_keeps_its_summary_and_refuses_the_link(feed_server):
    body = (
        b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><entry><title>Ariha</title>'
        b"<id>tag:example.org,2020:ariha</id><updated>2020-03-02T09:00:00Z</updated>"
        b"<summary>Some 700 families fled Ariha on Monday, SARC said.</summary></entry></feed>"
    )
    _poll_and_process(feed_server.route("/atom.xml", Reply(body)))
    item = FeedItem.objects.get()
    assert item.link_outcome == LinkOutcome.REFUSED and "only http and https" in item.link_error
    assert item.status == ItemStatus.DONE and item.source.url == "" and "700 families" in item.source.text


def test_control_characters_in_a_data_file_are_dropped_not_fatal(feed_server):
    hxl = (
        "Governorate,Governorate code,IDPs,Date\n#adm1+name,#adm1+code,#affected+idps+ind,#date+reported\n"
        "Idleb\x00,SY07,2800000,2020-03-01\n"
    )
    feed = services.register_feed(
        name="hxl", url=feed_server.route("/idps.csv", Reply(hxl.encode())), kind=FeedKind.HXL
    )
    run = services.poll_feed(feed=feed).run
    assert run.items_new == 1 and DisplacementFigure.objects.get().quote == "Idleb,SY07,2800000,2020-03-01"

"""The feed list as a data officer reads it: health in words, last success, next poll, backoff; Poll now."""

import socket

import pytest
from django.urls import reverse

from config.celery import app as celery_app
from ingest.admin import error_in_words
from ingest.models import Feed, FeedKind, FeedRun, RunOutcome
from ingest.services import poll_feed, register_feed
from tests.factories import UserFactory
from tests.httpserver import Reply, rss

pytestmark = pytest.mark.django_db
LIST = "admin:ingest_feed_changelist"


@pytest.fixture
def staff(client):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    return client


@pytest.fixture
def eager():
    celery_app.conf.task_always_eager = True
    yield
    celery_app.conf.task_always_eager = False


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.mark.parametrize(
    ("error", "words"),
    [
        ("http://x.org/f: HTTP 404", "the address was not found (HTTP 404 Not Found): check the feed's address"),
        ("http://x.org/f: HTTP 503 (after 3 attempts)",
         "the server had an error (HTTP 503 Service Unavailable, 3 attempts)"),
        ("http://x.org/f: HTTP 403", "the server refused access (HTTP 403 Forbidden): a key or permission is needed"),
        ("http://x.org/f: ConnectError: [Errno 111] Connection refused (after 3 attempts)",
         "could not connect to the server (check the address; the site may be down), 3 attempts"),
        ("http://x.org/f: ReadTimeout (after 3 attempts)", "the server did not answer in time, 3 attempts"),
        ("http://x.org/f: body is over the 100-byte cap", "the feed is larger than the size limit (INGEST_MAX_BYTES)"),
        ("malformed feed: <unknown>:2:0: syntax error", "what the address returned is not a readable RSS or Atom feed"),
        ("not a DTM API answer: no list of records\nline 3: bad", "not a DTM API answer: no list of records"),
        ("", ""),
    ],
)  # fmt: skip
def test_errors_are_put_in_words(error, words):
    assert error_in_words(error) == words


def test_a_failing_feed_shows_its_error_and_backoff_on_the_list(staff, feed_server, fast_http):
    url = feed_server.route("/gone.xml", Reply(b"nope", 404))
    feed = register_feed(name="Gone feed", url=url, kind=FeedKind.RSS, poll_interval_minutes=60)
    poll_feed(feed=feed)
    page = staff.get(reverse(LIST)).content.decode()
    assert "<strong>Failed</strong>" in page
    assert "the address was not found (HTTP 404 Not Found): check the feed&#x27;s address" in page
    assert "1 failure(s) in a row: waits 2 h (normally 1 h)" in page
    assert "never</td>" in page  # last success
    poll_feed(feed=Feed.objects.get(pk=feed.pk))
    page = staff.get(reverse(LIST)).content.decode()
    assert "2 failure(s) in a row: waits 4 h (normally 1 h)" in page and "in 3\xa0hours, 59\xa0minutes" in page
    detail = staff.get(reverse("admin:ingest_feed_change", args=[feed.pk])).content.decode()
    assert f"{url}: HTTP 404" in detail  # the technical text, on the feed's page


def test_after_a_good_run_the_list_shows_ok_and_the_last_success(staff, feed_server, fast_http):
    url = feed_server.route("/f.xml", Reply(rss(("A", "http://127.0.0.1/a", "Some 4,000 people fled Ariha."))))
    feed = register_feed(name="Good feed", url=url, kind=FeedKind.RSS)
    poll_feed(feed=feed)
    page = staff.get(reverse(LIST)).content.decode()
    assert "OK 0\xa0minutes ago: 1 new item(s)" in page and "0\xa0minutes ago</td>" in page
    assert "in 59\xa0minutes" in page and "failure(s)" not in page


def test_a_connection_refused_reads_as_such(staff, fast_http):
    feed = register_feed(name="Down feed", url=f"http://127.0.0.1:{_closed_port()}/f.xml", kind=FeedKind.RSS)
    poll_feed(feed=feed)
    page = staff.get(reverse(LIST)).content.decode()
    assert "could not connect to the server (check the address; the site may be down), 3 attempts" in page


def test_poll_now_refuses_inactive_feeds_with_a_reason_and_polls_the_others(
    staff, feed_server, fast_http, eager, django_capture_on_commit_callbacks
):
    url = feed_server.route("/f.xml", Reply(rss(("A", "http://127.0.0.1/a", "Some 4,000 people fled Ariha."))))
    active = register_feed(name="Active feed", url=url, kind=FeedKind.RSS)
    paused = register_feed(name="Paused feed", url=url + "?x", kind=FeedKind.RSS)
    Feed.objects.filter(pk=paused.pk).update(active=False)
    with django_capture_on_commit_callbacks(execute=True):
        page = staff.post(reverse(LIST), {"action": "poll_now", "_selected_action": [active.pk, paused.pk]},
                          follow=True)  # fmt: skip
    html = page.content.decode()
    assert 'class="warning">Not polled: &#x27;Paused feed&#x27; is inactive: tick Active on its page first.' in html
    assert 'class="success">Polling Active feed now' in html
    assert list(FeedRun.objects.values_list("feed__name", "outcome")) == [("Active feed", RunOutcome.SUCCESS)]
    assert "paused (inactive)" in html


def test_the_poll_now_button_on_a_feeds_page(staff, feed_server, fast_http, eager, django_capture_on_commit_callbacks):
    url = feed_server.route("/f.xml", Reply(rss(("A", "http://127.0.0.1/a", "Some 4,000 people fled Ariha."))))
    feed = register_feed(name="Button feed", url=url, kind=FeedKind.RSS)
    detail = staff.get(reverse("admin:ingest_feed_change", args=[feed.pk])).content.decode()
    assert 'id="poll-now"' in detail
    with django_capture_on_commit_callbacks(execute=True):
        page = staff.post(reverse("admin:ingest_feed_poll", args=[feed.pk]), follow=True)
    assert "Polling Button feed now" in page.content.decode()
    assert feed.runs.get().outcome == RunOutcome.SUCCESS
    Feed.objects.filter(pk=feed.pk).update(active=False)
    page = staff.post(reverse("admin:ingest_feed_poll", args=[feed.pk]), follow=True)
    assert "is inactive" in page.content.decode() and feed.runs.count() == 1
    assert staff.get(reverse("admin:ingest_feed_poll", args=[feed.pk])).status_code == 302  # a GET polls nothing
    assert feed.runs.count() == 1
    staff.force_login(UserFactory(is_staff=True))  # staff without the feed permissions
    assert staff.post(reverse("admin:ingest_feed_poll", args=[feed.pk])).status_code == 403


def test_the_add_form_asks_for_an_address_and_says_nothing_of_files(staff):
    form = staff.get(reverse("admin:ingest_feed_add")).content.decode()
    assert "local file" not in form and "The http(s) address the tracker polls" in form
    data = {"name": "No address", "url": "", "kind": "rss", "active": "on", "poll_interval_minutes": "60"}
    page = staff.post(reverse("admin:ingest_feed_add"), data)
    assert "An active feed needs an http(s) address to poll." in page.content.decode()
    assert not Feed.objects.exists()
    page = staff.post(reverse("admin:ingest_feed_add"), {**data, "default_body": "NaN"})  # not a 500
    assert page.status_code == 200 and "Select a valid choice." in page.content.decode()
    page = staff.post(reverse("admin:ingest_feed_add"), {**data, "url": "https://example.org/feed.xml"})
    assert page.status_code == 302 and Feed.objects.get().url == "https://example.org/feed.xml"


def test_the_feed_list_is_one_query_per_page(staff, django_assert_max_num_queries):
    for n in range(30):
        register_feed(name=f"Feed {n}", url=f"https://example.org/{n}.xml", kind=FeedKind.RSS)
    with django_assert_max_num_queries(12):
        assert staff.get(reverse(LIST)).status_code == 200


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("http://127.0.0.2/feed.xml", "127.0.0.2 is a loopback address"),
        ("http://localhost:8000/rss", "localhost is this machine"),
        ("http://[::1]/rss", "::1 is a loopback address"),
        ("http://10.0.0.5/rss", "10.0.0.5 is a private address"),
        ("http://169.254.169.254/latest/meta-data/", "169.254.169.254 is a link-local address"),
        ("ftp://example.org/feed.xml", "only http and https links are fetched"),
    ],
)
def test_the_form_refuses_an_address_the_worker_would_never_fetch(staff, url, words):
    data = {"name": "Internal", "url": url, "kind": "rss", "active": "on", "poll_interval_minutes": "60"}
    page = staff.post(reverse("admin:ingest_feed_add"), data)
    assert page.status_code == 200
    assert "The tracker would refuse to fetch this address" in page.content.decode()
    assert words in page.content.decode()
    assert not Feed.objects.exists()


def test_an_address_named_in_ingest_allowed_hosts_is_accepted(staff, settings):
    settings.INGEST_ALLOWED_HOSTS = ["127.0.0.1"]
    data = {
        "name": "Local mirror",
        "url": "http://127.0.0.1:8080/rss",
        "kind": "rss",
        "active": "on",
        "poll_interval_minutes": "60",
    }
    assert staff.post(reverse("admin:ingest_feed_add"), data).status_code == 302
    assert Feed.objects.get().url == "http://127.0.0.1:8080/rss"

"""`manage.py ingest_feed URL` against adversarial feeds served on 127.0.0.1, run as a real process: each gives
one clear outcome line, a meaningful exit status, no traceback, and loses nothing it could read."""

import gzip
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.db import connection

from ingest.models import Feed, FeedItem, FeedRun, ItemStatus, LinkOutcome, RunOutcome
from tests.httpserver import Reply, rss
from tests.ingest.servers import Trap, teaser_rss
from tracker.demo import load_reference_data
from tracker.models import DisplacementFigure, Source

ROOT = Path(__file__).resolve().parents[2]
A = "Some 5,000 people fled Saraqeb on Tuesday as government forces advanced, local officials said."
B = "Some 300 families fled Binnish on Monday, SOHR said."
C = "Some 1,200 people fled Ariha on Wednesday, OCHA said."


@pytest.fixture
def reference(transactional_db):
    load_reference_data()


def _database_url() -> str:
    db = connection.settings_dict
    return f"postgres://{db['USER']}:{db['PASSWORD'] or ''}@{db['HOST']}:{db['PORT']}/{db['NAME']}"


def ingest(url: str, *args: str, deadline: float = 4.0):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "DATABASE_URL": _database_url(),
        "INGEST_ALLOWED_HOSTS": "127.0.0.1",
        "INGEST_BACKOFF_SECONDS": "0.05",
        "INGEST_TIMEOUT_SECONDS": "20",
        "INGEST_DEADLINE_SECONDS": str(deadline),
    }
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "manage.py", "ingest_feed", url, *args],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert "Traceback" not in done.stderr + done.stdout, done.stderr
    lines = done.stdout.strip().splitlines()
    assert len(lines) == 1, done.stdout  # one outcome line; details (if any) on stderr
    return done.returncode, lines[0], done.stderr, time.monotonic() - started


def test_duplicates_are_stored_once_and_counted(reference, feed_server):
    body = rss(
        ("A", "http://127.0.0.1/a?utm_source=x", A),
        ("A again", "http://127.0.0.1/a#top", A),  # same canonical URL, same text: the same item
        ("A elsewhere", "http://127.0.0.1/mirror/a", A),  # same text under another link: one document
        ("B", "http://127.0.0.1/b", B),
    )
    url = feed_server.route("/dup.xml", Reply(body))
    code, line, _, _ = ingest(url)
    assert code == 0
    assert "seen 4, new 3, duplicate 1, failed 0; 2 documents stored" in line and "1 items' text already stored" in line
    assert Source.objects.count() == 2 and sorted(DisplacementFigure.objects.values_list("value", flat=True)) == [
        300,
        5000,
    ]
    code, line, _, _ = ingest(url)
    assert code == 0 and "new 0, duplicate 4" in line and Source.objects.count() == 2


def test_malformed_xml_fails_clearly(reference, feed_server):
    code, line, _, _ = ingest(feed_server.route("/bad.xml", Reply(b"<rss><channel><item><title>broken")))
    assert code == 1 and ": Failed — malformed feed" in line
    assert FeedRun.objects.get().outcome == RunOutcome.FAILED


def test_malformed_xml_after_good_items_keeps_the_good_items(reference, feed_server):
    body = rss(("A", "http://127.0.0.1/a", A), ("B", "http://127.0.0.1/b", B))[:-16]  # cut off: no </channel></rss>
    code, line, err, _ = ingest(feed_server.route("/cut.xml", Reply(body)))
    assert code == 0 and "new 2" in line and "; warning: feed is not well-formed" in line, (line, err)
    assert Source.objects.count() == 2


def test_invalid_utf8_loses_no_item(reference, feed_server):
    body = rss(("A", "http://127.0.0.1/a", A), ("B", "http://127.0.0.1/b", B)).replace(
        b"Test feed", b"Test \xff\xfe feed"
    )
    code, line, _, _ = ingest(feed_server.route("/latin.xml", Reply(body)))
    assert code == 0 and "new 2" in line
    assert sorted(DisplacementFigure.objects.values_list("value", flat=True)) == [300, 5000]


def test_a_200_mb_body_is_refused_while_streaming(reference, feed_server):
    url = feed_server.route("/huge.xml", Reply(b'<?xml version="1.0"?><rss><channel>', stream=200 * 1024 * 1024))
    code, line, _, elapsed = ingest(url)
    assert code == 1 and "over the 10,485,760-byte cap" in line
    assert elapsed < 30 and feed_server.streamed < 40 * 1024 * 1024


def test_a_90_second_response_ends_within_the_time_budget(reference, feed_server):
    url = feed_server.route("/slow.xml", Reply(rss(("A", "http://127.0.0.1/a", A)), delay=90))
    code, line, _, elapsed = ingest(url, deadline=3)
    assert code == 1 and "Timeout" in line and "time budget 3 s" in line
    spent = float(re.search(r"attempts? in ([\d.]+) s", line).group(1))
    assert spent <= 3.5  # the fetch itself, as measured inside the process
    assert elapsed < 45  # the whole process, start-up included on a loaded machine: far from the server's 90 s
    assert Feed.objects.get().consecutive_failures == 1


def test_500_then_200_is_a_success(reference, feed_server):
    url = feed_server.route("/flaky.xml", Reply(b"oops", 500), Reply(rss(("A", "http://127.0.0.1/a", A))))
    code, line, _, _ = ingest(url)
    assert code == 0 and "Success; seen 1, new 1" in line and feed_server.hits("/flaky.xml") == 2
    assert DisplacementFigure.objects.get().value == 5000


def test_a_web_page_instead_of_a_feed_is_a_failed_poll(reference, feed_server):
    page = b"<!DOCTYPE html><html><head><title>News</title></head><body><p>Welcome</p></body></html>"
    code, line, _, _ = ingest(feed_server.route("/news", Reply(page, headers={"Content-Type": "text/html"})))
    assert code == 1 and "expected a feed, got an HTML page" in line
    assert FeedRun.objects.get().outcome == RunOutcome.FAILED


def test_404_and_persistent_500_are_said_in_words(reference, feed_server):
    code, line, _, _ = ingest(feed_server.route("/missing.xml", Reply(b"nope", 404)))
    assert code == 1 and "HTTP 404 Not Found" in line
    code, line, _, _ = ingest(feed_server.route("/down.xml", Reply(b"oops", 500)))
    assert code == 1 and "HTTP 500 Internal Server Error (after 3 attempts" in line


def test_empty_body_json_and_a_compression_bomb_fail_clearly(reference, feed_server):
    code, line, _, _ = ingest(feed_server.route("/empty.xml", Reply(b"")))
    assert code == 1 and "expected a feed, got an empty body" in line
    code, line, _, _ = ingest(feed_server.route("/data.json", Reply(b'{"items": []}')))
    assert code == 1 and "expected a feed, got something that is not XML (it starts with '{')" in line
    bomb = gzip.compress(b"<rss>" + b" " * (24 * 1024 * 1024))
    code, line, _, _ = ingest(feed_server.route("/bomb.xml", Reply(bomb, headers={"Content-Encoding": "gzip"})))
    assert code == 1 and "cap" in line


def test_nothing_listening_and_a_redirect_loop_fail_clearly(reference, feed_server):
    closed = Trap("127.0.0.1")
    closed.stop()
    code, line, _, _ = ingest(closed.url("/feed.xml"))
    assert code == 1 and "ConnectError" in line
    feed_server.route("/loop.xml", Reply(b"", 301, headers={"Location": "/loop.xml"}))
    code, line, _, _ = ingest(feed_server.url("/loop.xml"))
    assert code == 1 and "more than 5 redirects" in line


def test_items_linking_to_a_non_allowed_loopback_address_keep_their_summaries(reference, feed_server):
    trap = Trap("127.0.0.2").start()
    try:
        hop = feed_server.route("/go", Reply(b"", 302, headers={"Location": trap.url()}))
        body = teaser_rss(("Direct", trap.url("/a"), B), ("Redirected", hop, C))
        code, line, err, _ = ingest(feed_server.route("/ssrf.xml", Reply(body)))
    finally:
        trap.stop()
    assert trap.connections == 0
    assert code == 0 and "2 links refused (summaries kept)" in line
    assert err.count("link refused: 127.0.0.2 is a loopback address") == 2
    assert set(FeedItem.objects.values_list("status", "link_outcome")) == {(ItemStatus.DONE, LinkOutcome.REFUSED)}
    assert sorted(DisplacementFigure.objects.values_list("value", flat=True)) == [300, 1200]


def test_a_feed_on_a_non_allowed_address_is_refused(reference):
    trap = Trap("127.0.0.2").start()
    try:
        code, line, _, _ = ingest(trap.url("/feed.xml"))
    finally:
        trap.stop()
    assert code == 1 and "refused: 127.0.0.2 is a loopback address" in line and trap.connections == 0


def test_a_bad_item_is_reported_and_the_rest_goes_in(reference, feed_server):
    body = rss(("A", "http://127.0.0.1/a", A)).replace(
        b"</channel>", b"<item><title>No link</title><description>x</description></item></channel>"
    )
    body = body.replace(b"Saraqeb on", b"Saraqeb\x00 on")  # a NUL byte PostgreSQL would refuse
    code, line, err, _ = ingest(feed_server.route("/mixed.xml", Reply(body)))
    assert code == 3 and "Partly failed; seen 2, new 1" in line and "no link or id" in err
    assert DisplacementFigure.objects.get().value == 5000


def test_usage_errors_are_one_line_too(reference):
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.test", "DATABASE_URL": _database_url()}
    for args, message in (
        (["not a url"], "neither a file, a registered feed nor an http(s) URL"),
        (["http://127.0.0.1:1/x", "--body", "Nobody at all"], "no reporting body called 'Nobody at all'"),
    ):
        done = subprocess.run(
            [sys.executable, "manage.py", "ingest_feed", *args], cwd=ROOT, env=env, capture_output=True, text=True,
            check=False,
        )  # fmt: skip
        assert done.returncode == 1 and message in done.stderr and "Traceback" not in done.stderr
        assert len(done.stderr.strip().splitlines()) == 1

"""The one HTTP client refuses every non-public address, after DNS and on every redirect, within a time budget
and a size cap; with real servers on 127.0.0.1 (allow-listed) and traps on other loopback addresses (not)."""

import gzip
import re
import socket
import ssl
import subprocess
import time
from pathlib import Path

import pytest

from ingest import http, services
from ingest.models import FeedItem, FeedKind, ItemStatus, LinkOutcome, RunOutcome
from tests.httpserver import FeedServer, Reply
from tests.ingest.servers import Trap, teaser_rss
from tracker.demo import load_reference_data
from tracker.models import DisplacementFigure, Source

pytestmark = pytest.mark.django_db

SUMMARY = "Some 800 families fled Sarmin on Monday, SARC said."


@pytest.fixture(autouse=True)
def allow_only_127_0_0_1(fast_http, settings):
    settings.INGEST_ALLOWED_HOSTS = ["127.0.0.1"]


@pytest.fixture
def gazetteer():
    load_reference_data()


@pytest.fixture
def trap():
    server = Trap("127.0.0.2").start()
    yield server
    server.stop()


@pytest.fixture
def local_trap():
    """On 127.0.0.1 itself: reachable only through spellings of the host that are not allow-listed."""
    server = Trap("127.0.0.1").start()
    yield server
    server.stop()


def _poll_and_process(url):
    feed = services.register_feed(name=f"feed {url}", url=url, kind=FeedKind.RSS)
    result = services.poll_feed(feed=feed)
    for item in FeedItem.objects.filter(pk__in=result.new_item_ids):
        services.process_item(item=item)
    result.run.refresh_from_db()
    return result.run


@pytest.mark.parametrize(
    ("address", "problem"),
    [
        ("127.0.0.2", "a loopback address"),
        ("10.1.2.3", "a private address"),
        ("172.16.0.1", "a private address"),
        ("192.168.1.1", "a private address"),
        ("169.254.169.254", "a link-local address"),
        ("224.0.0.1", "a multicast address"),
        ("240.0.0.1", "a private address"),
        ("0.0.0.0", "an unspecified address"),  # noqa: S104
        ("100.64.0.1", "not a public address"),
        ("::1", "a loopback address"),
        ("::", "an unspecified address"),
        ("fe80::1", "a link-local address"),
        ("fc00::1", "a private address"),
        ("ff02::1", "a multicast address"),
        ("::ffff:127.0.0.2", "a loopback address (127.0.0.2) inside an IPv6 address"),
        ("::ffff:10.0.0.1", "a private address (10.0.0.1) inside an IPv6 address"),
        ("2002:7f00:1::", "a loopback address (127.0.0.1) inside an IPv6 address"),
        ("64:ff9b::a9fe:a9fe", "a link-local address (169.254.169.254) inside an IPv6 address"),
        ("8.8.8.8", ""),
        ("2606:4700:4700::1111", ""),
    ],
)
def test_every_kind_of_non_public_address_is_named(address, problem):
    assert http.address_problem(address) == problem


def test_an_item_linking_to_a_loopback_address_that_is_not_allowed_reaches_nothing(feed_server, trap, gazetteer):
    url = feed_server.route("/feed.xml", Reply(teaser_rss(("Sarmin", trap.url(), SUMMARY))))
    run = _poll_and_process(url)
    assert trap.connections == 0
    item = FeedItem.objects.get()
    assert (item.status, item.link_outcome) == (ItemStatus.DONE, LinkOutcome.REFUSED)
    assert "127.0.0.2 is a loopback address" in item.link_error and "INGEST_ALLOWED_HOSTS" in item.link_error
    assert item.source.text == SUMMARY  # the summary is the document; nothing of the internal page
    assert list(DisplacementFigure.objects.values_list("value", flat=True)) == [800]
    assert run.outcome == RunOutcome.SUCCESS


def test_a_redirect_from_an_allowed_host_to_a_loopback_address_is_refused_at_the_hop(feed_server, trap):
    hop = feed_server.route("/go", Reply(b"", 302, headers={"Location": trap.url()}))
    url = feed_server.route("/feed.xml", Reply(teaser_rss(("Sarmin", hop, SUMMARY))))
    _poll_and_process(url)
    assert feed_server.hits("/go") == 1 and trap.connections == 0
    item = FeedItem.objects.get()
    assert item.link_outcome == LinkOutcome.REFUSED and "127.0.0.2 is a loopback address" in item.link_error
    assert f"(redirected to {trap.url()})" in item.link_error
    assert not Source.objects.filter(text__contains="9,999").exists()


@pytest.mark.parametrize(
    "spelling",
    ["127.0.0.2", "2130706434", "0x7f.0.0.2", "127.2", "[::ffff:127.0.0.2]"],
)
def test_other_spellings_of_a_loopback_address_are_refused(trap, spelling):
    with pytest.raises(http.RefusedURL, match="loopback"):
        http.fetch(trap.url(host=spelling))
    assert trap.connections == 0


@pytest.mark.parametrize("spelling", ["localhost", "0.0.0.0", "127.1", "2130706433"])  # noqa: S104
def test_the_allowed_address_under_another_name_is_refused(local_trap, spelling):
    """127.0.0.1 is allow-listed by that name; `localhost`, 0.0.0.0 or 127.1 reach the same machine and are not."""
    with pytest.raises(http.RefusedURL, match="loopback|unspecified"):
        http.fetch(local_trap.url(host=spelling))
    assert local_trap.connections == 0


def test_a_named_host_is_allowed_and_its_ip_is_not(feed_server, local_trap, settings):
    settings.INGEST_ALLOWED_HOSTS = ["localhost"]
    feed_server.route("/ok", Reply(b"fine"))
    port = feed_server.httpd.server_address[1]
    assert http.fetch(f"http://localhost:{port}/ok").content == b"fine"
    with pytest.raises(http.RefusedURL, match="127.0.0.1 is a loopback address"):
        http.fetch(local_trap.url())
    assert local_trap.connections == 0


@pytest.mark.parametrize(
    "url", ["file:///etc/passwd", "ftp://127.0.0.1/x", "gopher://127.0.0.1:70/", "javascript:alert(1)", "//x/y"]
)
def test_only_http_and_https_are_fetched(url):
    with pytest.raises(http.RefusedURL, match="only http and https|no host|not a valid URL"):
        http.fetch(url)


def test_a_feed_url_on_a_non_public_address_fails_the_poll_without_a_connection(trap):
    run = _poll_and_process(trap.url("/feed.xml"))
    assert run.outcome == RunOutcome.FAILED and "refused: 127.0.0.2 is a loopback address" in run.error_text
    assert trap.connections == 0


def test_the_connection_goes_to_the_address_that_was_checked(feed_server, trap, settings, monkeypatch):
    """A name that answers 127.0.0.1 when checked and 127.0.0.2 afterwards (DNS rebinding) is resolved once."""
    settings.INGEST_ALLOWED_HOSTS = ["feeds.test"]
    answers = ["127.0.0.1", "127.0.0.2", "127.0.0.2"]
    real = socket.getaddrinfo

    def rebinding(host, port, *args, **kwargs):
        if host == "feeds.test":
            return real(answers.pop(0), port, *args, **kwargs)
        return real(host, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", rebinding)
    feed_server.route("/page", Reply(b"the real page"))
    page = http.fetch(f"http://feeds.test:{feed_server.httpd.server_address[1]}/page")
    assert page.content == b"the real page" and len(answers) == 2
    assert feed_server.requests[-1][1]["Host"].startswith("feeds.test:")  # the name is kept in the Host header
    assert trap.connections == 0


def test_a_slow_server_cannot_hold_a_fetch_past_its_time_budget(feed_server, settings):
    settings.INGEST = {**settings.INGEST, "TIMEOUT_SECONDS": 20.0, "DEADLINE_SECONDS": 2.0, "RETRIES": 3}
    url = feed_server.route("/slow", Reply(b"late", delay=90))
    started = time.monotonic()
    with pytest.raises(http.FetchError, match="Timeout") as caught:
        http.fetch(url)
    assert time.monotonic() - started < 5  # 2 s of budget, not the server's 90 s
    assert "time budget 2 s" in str(caught.value)


def test_a_200_mb_body_is_abandoned_while_streaming(feed_server):
    url = feed_server.route("/huge", Reply(b"<rss>", stream=200 * 1024 * 1024))
    started = time.monotonic()
    with pytest.raises(http.FetchError, match="over the 10,485,760-byte cap; reading stopped"):
        http.fetch(url)
    assert time.monotonic() - started < 10
    time.sleep(0.2)
    assert feed_server.streamed < 40 * 1024 * 1024  # the server could not push much past the cap


def test_a_declared_oversized_body_is_not_read_at_all(feed_server, settings):
    settings.INGEST = {**settings.INGEST, "MAX_BYTES": 1000}
    url = feed_server.route("/big", Reply(b"x" * 5000))
    with pytest.raises(http.FetchError, match="body of 5,000 bytes is over the 1,000-byte cap; not read"):
        http.fetch(url)


def test_a_compression_bomb_stops_at_the_cap(feed_server, settings):
    settings.INGEST = {**settings.INGEST, "MAX_BYTES": 1024 * 1024}
    bomb = gzip.compress(b"\0" * (64 * 1024 * 1024))
    assert len(bomb) < 100_000
    url = feed_server.route("/bomb", Reply(bomb, headers={"Content-Encoding": "gzip"}))
    with pytest.raises(http.FetchError, match="over the 1,048,576-byte cap"):
        http.fetch(url)
    feed_server.route("/small", Reply(gzip.compress(b"hello feed"), headers={"Content-Encoding": "gzip"}))
    assert http.fetch(feed_server.url("/small")).content == b"hello feed"


def test_an_unknown_host_fails_at_once_and_a_resolver_hiccup_is_retried(monkeypatch):
    """The resolver's answers are scripted (tests send no traffic off loopback, DNS included)."""
    errors = {"gone.example": socket.EAI_NONAME, "flaky.example": socket.EAI_AGAIN}

    def resolver(host, *args, **kwargs):
        raise socket.gaierror(errors[host], "scripted resolver answer")

    monkeypatch.setattr(socket, "getaddrinfo", resolver)
    started = time.monotonic()
    with pytest.raises(http.FetchError, match="host name 'gone.example' could not be resolved") as caught:
        http.fetch("http://gone.example/feed.xml")
    assert not caught.value.transient and time.monotonic() - started < 1  # not retried: the name does not exist
    with pytest.raises(http.TransientFetchError, match=r"'flaky.example' could not be resolved .*after 3 attempts"):
        http.fetch("http://flaky.example/feed.xml")


def test_failures_are_said_in_words(feed_server):
    with pytest.raises(http.FetchError, match=r"HTTP 404 Not Found$"):
        http.fetch(feed_server.route("/gone", Reply(b"no", 404)))
    with pytest.raises(http.TransientFetchError, match=r"HTTP 500 Internal Server Error \(after 3 attempts"):
        http.fetch(feed_server.route("/broken", Reply(b"oops", 500)))
    assert feed_server.hits("/broken") == 3
    feed_server.route("/loop", Reply(b"", 302, headers={"Location": "/loop"}))
    with pytest.raises(http.FetchError, match="more than 5 redirects"):
        http.fetch(feed_server.url("/loop"))
    assert feed_server.hits("/loop") == 6


def test_a_redirect_to_another_origin_drops_the_subscription_key(feed_server):
    second = type(feed_server)().start()
    try:
        target = second.route("/data", Reply(b"[]"))
        hop = feed_server.route("/api", Reply(b"", 307, headers={"Location": target}))
        http.fetch(hop, headers={"Ocp-Apim-Subscription-Key": "secret"})
        assert feed_server.requests[-1][1].get("Ocp-Apim-Subscription-Key") == "secret"
        assert "Ocp-Apim-Subscription-Key" not in second.requests[-1][1]
    finally:
        second.stop()


# Modules that may open HTTP connections themselves, each with why. Everything that fetches outside content goes
# through ingest/http.py; a new entry here needs a reason as good as these.
HTTP_CLIENT_MODULES = {"ingest/http.py": "the one client for feeds and linked pages"}
HTTP_CLIENT_IMPORT = re.compile(
    r"^\s*(?:import|from)\s+(?:httpx|httpcore|requests|urllib3|aiohttp|pycurl|urllib\.request|http\.client)\b", re.M
)


def test_ingest_http_is_the_only_http_client():
    root = Path(__file__).resolve().parents[2]
    offenders = []
    for path in root.rglob("*.py"):
        relative = path.relative_to(root).as_posix()
        if relative.startswith((".venv/", "tests/", "bench/")) or "/migrations/" in relative:
            continue
        if HTTP_CLIENT_IMPORT.search(path.read_text(encoding="utf-8")) and relative not in HTTP_CLIENT_MODULES:
            offenders.append(relative)
    assert offenders == []


def test_https_connects_to_the_checked_address_and_keeps_the_name_for_sni_and_the_certificate(
    tmp_path, monkeypatch, settings
):
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert, "-days", "2",
         "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost"],
        check=True, capture_output=True,
    )  # fmt: skip
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    names = []
    context.sni_callback = lambda _sock, name, _ctx: names.append(name)
    server = FeedServer()
    server.httpd.socket = context.wrap_socket(server.httpd.socket, server_side=True)
    server.start()
    try:
        monkeypatch.setenv("SSL_CERT_FILE", str(cert))  # trust this test's own certificate authority
        settings.INGEST_ALLOWED_HOSTS = ["localhost", "127.0.0.1"]
        port = server.httpd.server_address[1]
        server.route("/ok", Reply(b"over tls"))
        assert http.fetch(f"https://localhost:{port}/ok").content == b"over tls"
        assert names == ["localhost"] and server.requests[-1][1]["Host"] == f"localhost:{port}"
        with pytest.raises(http.FetchError, match="CERTIFICATE_VERIFY_FAILED"):  # the certificate names localhost
            http.fetch(f"https://127.0.0.1:{port}/ok")
    finally:
        server.stop()

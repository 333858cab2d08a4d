"""The one HTTP client for everything the tracker fetches (feeds, their next pages, linked articles).

Safe by construction:

- only http and https URLs;
- the host name is resolved inside the connection itself and every address it resolves to is checked; loopback,
  private, link-local, multicast, reserved, unspecified and other non-public addresses (IPv4 and IPv6, IPv4-mapped,
  6to4, Teredo and NAT64 forms included) are refused unless the host is listed in `INGEST_ALLOWED_HOSTS`;
- the socket is opened to the address that was checked (no second DNS lookup between check and connect), while the
  Host header and TLS SNI/certificate check keep the name;
- redirects are followed here, at most MAX_REDIRECTS, and every hop goes through the same check;
- the body is read in chunks (decompressed here, in bounded steps) and abandoned past `INGEST["MAX_BYTES"]`;
- one time budget for the whole fetch, `INGEST["DEADLINE_SECONDS"]`: retries, redirects, connects and every read
  share it, so a slow or trickling server cannot hold a worker longer.
"""

import ipaddress
import logging
import socket
import time
import zlib
from dataclasses import dataclass
from http import HTTPStatus
from urllib.parse import urljoin

import httpcore
import httpx
from django.conf import settings

logger = logging.getLogger(__name__)

MAX_REDIRECTS = 5
REDIRECTS = {301, 302, 303, 307, 308}
CHUNK = 64 * 1024


class FetchError(Exception):
    """A fetch that failed: the message says why, in words, for the run's or the item's error text.

    `transient` is True when trying again later may work (timeouts, refused connections, 5xx, 429).
    """

    transient = False


class TransientFetchError(FetchError):
    transient = True


class RefusedURL(FetchError):
    """The URL was not fetched at all: a scheme other than http(s), or a host that is not a public address."""

    def __init__(self, url: str, reason: str):
        super().__init__(f"{url}: refused: {reason}")
        self.url, self.reason = url, reason


@dataclass
class Fetched:
    status: int
    content: bytes
    url: str
    etag: str = ""
    last_modified: str = ""
    content_type: str = ""

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def _config(name):
    return settings.INGEST[name]


# --- which addresses may be reached -----------------------------------------------------------------------------

_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_CHECKS = (
    ("unspecified", "is_unspecified"),
    ("loopback", "is_loopback"),
    ("link-local", "is_link_local"),
    ("multicast", "is_multicast"),
    ("private", "is_private"),
    ("reserved", "is_reserved"),
)


def address_problem(address: str) -> str:
    """Why an IP address may not be fetched from, as "a loopback address" ('' when it is a public address)."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = ip.ipv4_mapped or ip.sixtofour or (ip.teredo[1] if ip.teredo else None)
        if embedded is None and ip in _NAT64:
            embedded = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
        if embedded is not None and (problem := address_problem(str(embedded))):
            return f"{problem} ({embedded}) inside an IPv6 address"
    for name, attribute in _CHECKS:
        if getattr(ip, attribute):
            return f"{'an' if name[0] in 'aeiou' else 'a'} {name} address"
    if not ip.is_global:
        return "not a public address"
    return ""


def allowed_hosts() -> set[str]:
    return {host.strip().lower().strip("[]") for host in settings.INGEST_ALLOWED_HOSTS if host.strip()}


def host_is_allowed(host: str) -> bool:
    """A host named in INGEST_ALLOWED_HOSTS, exactly (an IP literal in any spelling of the same address)."""
    host = host.lower().strip("[]").rstrip(".")
    allowed = allowed_hosts()
    if host in allowed:
        return True
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        return False
    for entry in allowed:
        try:
            if ipaddress.ip_address(entry) == ip:
                return True
        except ValueError:
            continue
    return False


def checked_addresses(host: str, port: int, url: str = "") -> list[str]:
    """Resolve a host and return the addresses to connect to; refuses when any of them is not public."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        reason = exc.strerror if isinstance(exc, socket.gaierror) else str(exc)
        error = TransientFetchError if getattr(exc, "errno", None) == socket.EAI_AGAIN else FetchError
        raise error(f"{url or host}: host name {host!r} could not be resolved ({reason})") from exc
    addresses = list(dict.fromkeys(info[4][0] for info in infos))
    if not addresses:
        raise TransientFetchError(f"{url or host}: host name {host!r} has no address")
    if host_is_allowed(host):
        return addresses
    for address in addresses:
        if problem := address_problem(address):
            where = f"{address} is" if address == host.strip("[]") else f"{host} resolves to {address},"
            raise RefusedURL(
                url or host, f"{where} {problem}; only public addresses are fetched (host not in INGEST_ALLOWED_HOSTS)"
            )
    return addresses


def check_url(url: str) -> httpx.URL:
    """Parse a URL and refuse what is never fetched (other schemes, no host); addresses are checked
    when the connection is opened."""
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError, ValueError) as exc:
        raise RefusedURL(url, f"not a valid URL ({exc})") from exc
    if parsed.scheme not in ("http", "https"):
        raise RefusedURL(url, f"only http and https links are fetched, not {parsed.scheme or 'a relative link'!r}")
    if not parsed.host:
        raise RefusedURL(url, "the URL names no host")
    return parsed


def url_refusal(url: str) -> str:
    """Why a fetch would refuse a URL, said before any fetch and without any lookup ('' when nothing is known
    against it): the scheme, the host, an address written in the URL, and the names that always mean this machine
    ("localhost" and names under it). A name is resolved, and its addresses checked, only when it is fetched."""
    try:
        parsed = check_url(url)
    except RefusedURL as exc:
        return exc.reason
    host = parsed.host.lower().rstrip(".")
    if host_is_allowed(host):
        return ""
    if host == "localhost" or host.endswith(".localhost"):
        return f"{host} is this machine (a loopback address); only public addresses are fetched"
    try:
        problem = address_problem(host)
    except ValueError:  # a name, not an address
        return ""
    return f"{host} is {problem}; only public addresses are fetched" if problem else ""


# --- a network backend that connects only to checked addresses, within the time budget ----------------------------


def _remaining(deadline: float, timeout: float | None) -> float:
    left = deadline - time.monotonic()
    if left <= 0:
        raise _BudgetSpent()
    return left if timeout is None else min(timeout, left)


class _BudgetSpent(httpcore.TimeoutException):
    def __init__(self):
        super().__init__("the time budget for this fetch ran out")


class _DeadlineStream(httpcore.NetworkStream):
    def __init__(self, stream: httpcore.NetworkStream, deadline: float):
        self._stream, self._deadline = stream, deadline

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, _remaining(self._deadline, timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, _remaining(self._deadline, timeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(self, ssl_context, server_hostname=None, timeout=None):
        stream = self._stream.start_tls(ssl_context, server_hostname, _remaining(self._deadline, timeout))
        return _DeadlineStream(stream, self._deadline)

    def get_extra_info(self, info: str):
        return self._stream.get_extra_info(info)


class _GuardedBackend(httpcore.NetworkBackend):
    def __init__(self, deadline: float, url: str):
        self._deadline, self.url, self._sync = deadline, url, httpcore.SyncBackend()

    def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        last_error: Exception | None = None
        for address in checked_addresses(host, port, self.url):
            try:
                stream = self._sync.connect_tcp(
                    address, port, _remaining(self._deadline, timeout), local_address, socket_options
                )
            except httpcore.ConnectError as exc:
                last_error = exc
                continue
            return _DeadlineStream(stream, self._deadline)
        raise last_error or httpcore.ConnectError(f"could not connect to {host}")

    def connect_unix_socket(self, path, timeout=None, socket_options=None):
        raise RefusedURL(self.url, "unix sockets are never fetched")

    def sleep(self, seconds: float) -> None:
        time.sleep(min(seconds, max(0.0, self._deadline - time.monotonic())))


# --- fetching ---------------------------------------------------------------------------------------------------


def _in_words(status: int, reason: bytes = b"") -> str:
    try:
        phrase = HTTPStatus(status).phrase
    except ValueError:
        phrase = reason.decode("latin-1", errors="replace").strip() or "unknown status"
    return f"HTTP {status} {phrase}"


def fetch(url: str, *, etag: str = "", last_modified: str = "", headers: dict | None = None) -> Fetched:
    """GET a URL safely; timeouts, connection errors, 429 and 5xx are retried with backoff inside the time budget."""
    request_headers = {"User-Agent": _config("USER_AGENT"), "Accept-Encoding": "gzip, deflate", **(headers or {})}
    if etag:
        request_headers["If-None-Match"] = etag
    if last_modified:
        request_headers["If-Modified-Since"] = last_modified
    started = time.monotonic()
    deadline = started + _config("DEADLINE_SECONDS")
    attempts = max(1, _config("RETRIES"))
    last_error, tried = "", 0
    for attempt in range(attempts):
        if attempt:
            pause = _config("BACKOFF_SECONDS") * 2 ** (attempt - 1)
            if time.monotonic() + pause >= deadline:
                break
            time.sleep(pause)
        tried += 1
        try:
            return _fetch_once(url, request_headers, deadline)
        except TransientFetchError as exc:
            last_error = str(exc)
        logger.warning("fetch %s failed (attempt %d/%d): %s", url, attempt + 1, attempts, last_error)
        if time.monotonic() >= deadline:
            break
    budget = _config("DEADLINE_SECONDS")
    spent = time.monotonic() - started
    raise TransientFetchError(
        f"{last_error} (after {tried} attempt{'s' if tried > 1 else ''} in {spent:.1f} s; time budget {budget:g} s)"
    )


def _fetch_once(url: str, headers: dict, deadline: float) -> Fetched:
    current, origin = check_url(url), None
    timeout = _config("TIMEOUT_SECONDS")
    backend = _GuardedBackend(deadline, url)
    with httpcore.ConnectionPool(ssl_context=httpx.create_ssl_context(), network_backend=backend, retries=0) as pool:
        for _hop in range(MAX_REDIRECTS + 1):
            backend.url = str(current)  # a refusal names the hop it happened at
            if origin is not None and (current.scheme, current.host, current.port) != origin:
                headers = {k: v for k, v in headers.items() if k in ("User-Agent", "Accept-Encoding")}
            origin = (current.scheme, current.host, current.port)
            try:
                with pool.stream(
                    "GET",
                    httpcore.URL(
                        scheme=current.raw_scheme, host=current.raw_host, port=current.port, target=current.raw_path
                    ),
                    headers={**headers, "Host": current.netloc.decode("ascii"), "Connection": "close"},
                    extensions={"timeout": dict.fromkeys(("connect", "read", "write", "pool"), timeout)},
                ) as response:
                    status = response.status
                    location = _header(response, b"location")
                    if status in REDIRECTS and location:
                        current = check_url(urljoin(str(current), location))
                        continue
                    return _read(str(current), response, status)
            except httpcore.TimeoutException as exc:
                raise TransientFetchError(
                    f"{current}: Timeout: the server did not answer in time ({type(exc).__name__})"
                ) from exc
            except (httpcore.NetworkError, httpcore.ProtocolError, OSError) as exc:
                raise TransientFetchError(f"{current}: {type(exc).__name__}: {exc}") from exc
    raise FetchError(f"{url}: more than {MAX_REDIRECTS} redirects")


def _header(response: httpcore.Response, name: bytes) -> str:
    for key, value in response.headers:
        if key.lower() == name:
            return value.decode("latin-1")
    return ""


def _read(url: str, response: httpcore.Response, status: int) -> Fetched:
    reason = response.extensions.get("reason_phrase", b"")
    if status == 304:
        return Fetched(304, b"", url)
    if status >= 500 or status == 429:
        raise TransientFetchError(f"{url}: {_in_words(status, reason)}")
    if status >= 400:
        raise FetchError(f"{url}: {_in_words(status, reason)}")
    if not 200 <= status < 300:
        raise FetchError(f"{url}: {_in_words(status, reason)} (not followed)")
    limit = _config("MAX_BYTES")
    declared = _header(response, b"content-length")
    if declared.isdigit() and int(declared) > limit:
        raise FetchError(f"{url}: the body of {int(declared):,} bytes is over the {limit:,}-byte cap; not read")
    encoding = _header(response, b"content-encoding").strip().lower()
    chunks, size = [], 0
    for chunk in _decoded(response.iter_stream(), encoding, limit, url):
        size += len(chunk)
        if size > limit:
            raise FetchError(f"{url}: the body is over the {limit:,}-byte cap; reading stopped there")
        chunks.append(chunk)
    return Fetched(
        status=status,
        content=b"".join(chunks),
        url=url,
        etag=_header(response, b"etag"),
        last_modified=_header(response, b"last-modified"),
        content_type=_header(response, b"content-type"),
    )


def _decoded(raw, encoding: str, limit: int, url: str):
    """The body, decompressed in steps of at most `limit + 1` bytes (a compression bomb stops at the cap)."""
    if encoding in ("", "identity"):
        yield from raw
        return
    if encoding not in ("gzip", "x-gzip", "deflate"):
        raise FetchError(f"{url}: unsupported Content-Encoding {encoding!r}")
    decoder = zlib.decompressobj(47)  # gzip or zlib header, detected
    try:
        for chunk in raw:
            data = chunk
            while data:
                yield decoder.decompress(data, limit + 1)
                data = decoder.unconsumed_tail
        yield decoder.flush()
    except zlib.error as exc:
        raise FetchError(f"{url}: the {encoding} body is corrupt ({exc})") from exc

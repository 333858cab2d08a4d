"""HTTP for feeds and articles: timeouts, a size cap, conditional requests, retries with backoff."""

import logging
import time
from dataclasses import dataclass

import httpx
from django.conf import settings

logger = logging.getLogger(__name__)


class FetchError(Exception):
    """A fetch that failed for good (after retries): the message says why, for the run's error text."""


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


def fetch(url: str, *, etag: str = "", last_modified: str = "", headers: dict | None = None) -> Fetched:
    """GET a URL, retrying timeouts, connection errors and 5xx with exponential backoff."""
    request_headers = {"User-Agent": _config("USER_AGENT"), **(headers or {})}
    if etag:
        request_headers["If-None-Match"] = etag
    if last_modified:
        request_headers["If-Modified-Since"] = last_modified
    attempts = max(1, _config("RETRIES"))
    last_error = ""
    for attempt in range(attempts):
        if attempt:
            time.sleep(_config("BACKOFF_SECONDS") * 2 ** (attempt - 1))
        try:
            return _fetch_once(url, request_headers)
        except (httpx.TimeoutException, httpx.TransportError) as exc:
            last_error = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
        except _ServerError as exc:
            last_error = str(exc)
        logger.warning("fetch %s failed (attempt %d/%d): %s", url, attempt + 1, attempts, last_error)
    raise FetchError(f"{url}: {last_error} (after {attempts} attempts)")


class _ServerError(Exception):
    pass


def _fetch_once(url: str, headers: dict) -> Fetched:
    limit = _config("MAX_BYTES")
    timeout = httpx.Timeout(_config("TIMEOUT_SECONDS"))
    with (
        httpx.Client(timeout=timeout, follow_redirects=True, max_redirects=5) as client,
        client.stream("GET", url, headers=headers) as response,
    ):
        if response.status_code >= 500:
            raise _ServerError(f"HTTP {response.status_code}")
        if response.status_code == 304:
            return Fetched(304, b"", str(response.url))
        if response.status_code >= 400:
            raise FetchError(f"{url}: HTTP {response.status_code}")
        declared = int(response.headers.get("content-length") or 0)
        if declared > limit:
            raise FetchError(f"{url}: body of {declared} bytes is over the {limit}-byte cap")
        chunks, size = [], 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > limit:
                raise FetchError(f"{url}: body is over the {limit}-byte cap")
            chunks.append(chunk)
        return Fetched(
            status=response.status_code,
            content=b"".join(chunks),
            url=str(response.url),
            etag=response.headers.get("etag", ""),
            last_modified=response.headers.get("last-modified", ""),
            content_type=response.headers.get("content-type", ""),
        )

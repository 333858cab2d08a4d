"""A real HTTP server on 127.0.0.1 for feed tests: each path answers from a script of responses."""

import contextlib
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Reply:
    body: bytes = b""
    status: int = 200
    headers: dict = field(default_factory=dict)
    delay: float = 0.0
    stream: int = 0  # after the body, this many more bytes, written in chunks with no Content-Length (never held whole)


class FeedServer:
    """`server.route("/feed", Reply(...), Reply(...))`: successive requests get successive replies, the last repeats."""

    def __init__(self, host: str = "127.0.0.1"):
        self.host = host
        self.routes: dict[str, list[Reply]] = {}
        self.requests: list[tuple[str, dict]] = []
        self.events: dict[str, threading.Event] = {}
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802
                path = self.path
                server.requests.append((path, dict(self.headers)))
                server.event(path.split("?")[0]).set()
                replies = server.routes.get(path.split("?")[0]) or [Reply(b"not found", 404)]
                reply = replies.pop(0) if len(replies) > 1 else replies[0]
                if reply.delay:
                    time.sleep(reply.delay)
                if reply.status == 304 or self.headers.get("If-None-Match") == reply.headers.get("ETag", object()):
                    self.send_response(304)
                    self.end_headers()
                    return
                self.send_response(reply.status)
                length = {} if reply.stream else {"Content-Length": str(len(reply.body))}
                for name, value in {**length, **reply.headers}.items():
                    self.send_header(name, value)
                self.end_headers()
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    self.wfile.write(reply.body)
                    chunk, left = b"x" * 65536, reply.stream
                    while left > 0:
                        piece = chunk[:left]
                        self.wfile.write(piece)
                        left -= len(piece)
                        server.streamed += len(piece)

            def log_message(self, *args):
                pass

        self.streamed = 0  # bytes of `stream` filler actually written
        self.httpd = ThreadingHTTPServer((host, 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def start(self):
        self.thread.start()
        return self

    def stop(self):
        self.httpd.shutdown()
        self.httpd.server_close()

    def url(self, path: str) -> str:
        return f"http://{self.host}:{self.httpd.server_address[1]}{path}"

    def route(self, path: str, *replies: Reply) -> str:
        self.routes[path] = list(replies)
        return self.url(path)

    def event(self, path: str) -> threading.Event:
        """Set once the path has been asked for."""
        return self.events.setdefault(path, threading.Event())

    def hits(self, path: str) -> int:
        return sum(1 for p, _ in self.requests if p.split("?")[0] == path)


def rss(*items: tuple[str, str, str], pub_date: str = "Fri, 28 Feb 2020 09:00:00 +0000") -> bytes:
    """An RSS 2.0 feed; items are (title, link, full text or '' for a link-only item)."""
    from xml.sax.saxutils import escape

    entries = []
    for title, link, text in items:
        content = (
            f"<content:encoded>{escape(text)}</content:encoded>" if text else "<description>Read more</description>"
        )
        entries.append(
            f"<item><title>{escape(title)}</title><link>{escape(link)}</link><guid>{escape(link)}</guid>"
            f"<pubDate>{pub_date}</pubDate>{content}</item>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Test feed</title>'
        f"<link>http://127.0.0.1/</link><description>test</description>{''.join(entries)}</channel></rss>"
    ).encode()

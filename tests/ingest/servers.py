"""Servers for the ingest safety tests.

Trap: a listener that must never be reached. It counts every TCP connection made to it (before any HTTP is read)
and, should the guard fail, answers like a real page, so that a leak would also show up as stored text."""

import socket
import threading
from xml.sax.saxutils import escape

LEAK = b"Some 9,999 people fled the internal service on Tuesday, local officials said."
PAGE = (
    b"<html><body><article><h1>Internal</h1><p>"
    + LEAK
    + b"</p><p>"
    + b"Secret text. " * 40
    + b"</p></article></body></html>"
)


class Trap:
    def __init__(self, host: str):
        self.host, self.connections = host, 0
        self.sock = socket.create_server((host, 0))
        self.port = self.sock.getsockname()[1]
        self.thread = threading.Thread(target=self._serve, daemon=True)

    def _serve(self):
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.connections += 1
            with conn:
                conn.settimeout(2)
                try:
                    conn.recv(65536)
                    head = f"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {len(PAGE)}\r\n\r\n"
                    conn.sendall(head.encode() + PAGE)
                except OSError:
                    pass

    def start(self):
        self.thread.start()
        return self

    def stop(self):
        self.sock.close()

    def url(self, path: str = "/internal", host: str | None = None) -> str:
        return f"http://{host or self.host}:{self.port}{path}"


def teaser_rss(*items: tuple[str, str, str]) -> bytes:
    """An RSS feed whose items carry only a short <description> (a summary): their links are fetched."""
    entries = "".join(
        f"<item><title>{escape(t)}</title><link>{escape(link)}</link><description>{escape(s)}</description>"
        "<pubDate>Mon, 02 Mar 2020 09:00:00 +0000</pubDate></item>"
        for t, link, s in items
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{entries}</channel></rss>'.encode()

"""A news site the watch tests start on 127.0.0.1 (only): feeds, article pages, a feed that answers
500, one that hangs, and a webhook receiver. Articles and outlets are invented for these tests."""
from __future__ import annotations

import datetime as dt
import hashlib
import threading
import time
from dataclasses import dataclass, field
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from xml.sax.saxutils import escape

# Longer than any timeout the tests give the poller, so a hanging feed is one that never answers in time.
HANG_S = 4.0
LAST_MODIFIED = dt.datetime(2026, 11, 3, 9, 0, tzinfo=dt.timezone.utc)


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    content_type: str = "application/rss+xml; charset=utf-8"
    delay_s: float = 0.0


@dataclass(frozen=True)
class Entry:
    guid: str
    link: str
    title: str
    summary: str
    content: str | None = None             # full text (content:encoded); None: the summary only
    published: str = "Tue, 03 Nov 2026 09:00:00 GMT"


@dataclass
class Site:
    base: str
    routes: dict[str, Route] = field(default_factory=dict)
    requests: list[tuple[str, str, dict, bytes, int]] = field(default_factory=list)   # method, path, headers, body, status
    webhook_statuses: list[int] = field(default_factory=list)    # answers to the next POSTs, then 200

    def url(self, path: str) -> str:
        return self.base + path

    def publish(self, path: str, outlet: str, entries: list[Entry]) -> None:
        self.routes[path] = Route(rss(outlet, entries))

    def page(self, path: str, html: str) -> None:
        self.routes[path] = Route(html.encode(), content_type="text/html; charset=utf-8")

    def answered(self, path: str, method: str = "GET") -> list[int]:
        return [status for m, p, _, _, status in self.requests if p == path and m == method]


def rss(outlet: str, entries: list[Entry]) -> bytes:
    items = "".join(
        f"<item><guid>{escape(e.guid)}</guid><link>{escape(e.link)}</link><title>{escape(e.title)}</title>"
        f"<pubDate>{e.published}</pubDate><description>{escape(e.summary)}</description>"
        + (f"<content:encoded>{escape(e.content)}</content:encoded>" if e.content else "") + "</item>"
        for e in entries)
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0" '
            f'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>{escape(outlet)}</title>'
            f"<link>https://example.org/</link><description>news</description>{items}</channel></rss>").encode()


def start(site_routes: dict[str, Route] | None = None):
    """The site, serving until the returned stop() is called."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    site = Site(f"http://127.0.0.1:{server.server_address[1]}", dict(site_routes or {}))
    server.site = site
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()

    def stop():
        server.shutdown()
        server.server_close()
    return site, stop


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):          # quiet test output
        pass

    def do_GET(self):
        site: Site = self.server.site
        route = site.routes.get(self.path)
        if route is None:
            return self._answer(404, b"not found", "text/plain")
        time.sleep(route.delay_s)
        etag = '"' + hashlib.sha256(route.body).hexdigest()[:16] + '"'
        if route.status == 200 and self.headers.get("If-None-Match") == etag:
            return self._answer(304, b"", None)
        self._answer(route.status, route.body, route.content_type,
                     {"ETag": etag, "Last-Modified": format_datetime(LAST_MODIFIED, usegmt=True)})

    def do_POST(self):
        site: Site = self.server.site
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        status = site.webhook_statuses.pop(0) if site.webhook_statuses else 200
        self._answer(status, b"{}", "application/json", body=body)

    def _answer(self, status: int, payload: bytes, content_type: str | None, headers: dict | None = None,
                body: bytes = b""):
        self.server.site.requests.append((self.command, self.path, dict(self.headers), body, status))
        try:
            self.send_response(status)
            for name, value in {**({"Content-Type": content_type} if content_type else {}), **(headers or {})}.items():
                self.send_header(name, value)
            if status != 304:
                self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            if status != 304:
                self.wfile.write(payload)
        except (BrokenPipeError, ConnectionResetError):   # the poller gave up on a hanging answer
            pass

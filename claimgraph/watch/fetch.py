"""Reading a followed feed and an entry's article: over HTTP with httpx, or from a file.

The one I/O seam of polling: a Fetcher wraps an httpx.Client (tests point it at a server they
start on 127.0.0.1). A conditional GET sends back the ETag and Last-Modified the feed gave last
time, and a 304 means nothing to read; a feed file is unchanged while its modification time is.
Every failure (refused connection, timeout, an HTTP error status, a file that cannot be read) is a
FeedError whose message says what happened, for one line of output.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import httpx

from claimgraph.errors import ConfigError, FeedError, InputError
from claimgraph.ingest.feeds import FEED_SUFFIXES
from claimgraph.ingest.files import decode, decode_bytes

USER_AGENT = "claimgraph-watch/1 (+https://github.com/claimgraph)"
# A feed or a page answering slower than this is reported and tried again next round, so one
# hanging site never holds up the others for long.
DEFAULT_TIMEOUT_S = 20.0


@dataclass(frozen=True)
class FeedText:
    """A feed as read this time: its text (None when unchanged since the validators given) and the
    validators to send next time."""
    text: str | None
    etag: str | None
    last_modified: str | None


def is_url(source: str) -> bool:
    return urlsplit(source).scheme.lower() in ("http", "https")


def check_source(source: str) -> str:
    """An http(s) URL, or a feed file as an absolute path; ConfigError saying what else it is."""
    parts = urlsplit(source)
    if parts.scheme.lower() in ("http", "https"):
        if not parts.hostname:
            raise ConfigError(f"invalid feed URL {source!r}: it names no host")
        return source
    if parts.scheme and len(parts.scheme) > 1:          # "C:" is a Windows drive, not a scheme
        raise ConfigError(f"unsupported feed URL {source!r}: use http://, https:// or a file path")
    path = Path(source).expanduser()
    if not path.is_file():
        raise ConfigError(f"no feed file {source!r}: give an http(s) URL or the path of a feed file")
    if path.suffix.lower() not in FEED_SUFFIXES:
        raise ConfigError(f"{source!r} is not a feed file: expected {', '.join(sorted(FEED_SUFFIXES))}")
    return str(path.resolve())


class Fetcher:
    """Feeds and articles, with one httpx client (its connections reused across a round)."""

    def __init__(self, timeout_s: float = DEFAULT_TIMEOUT_S, max_bytes: int = 20_000_000, client=None):
        self.max_bytes = max_bytes
        self.client = client or httpx.Client(timeout=timeout_s, follow_redirects=True,
                                             headers={"User-Agent": USER_AGENT})

    def close(self) -> None:
        self.client.close()

    def feed(self, source: str, etag: str | None, last_modified: str | None) -> FeedText:
        if not is_url(source):
            return self._feed_file(Path(source), last_modified)
        headers = {k: v for k, v in (("If-None-Match", etag), ("If-Modified-Since", last_modified)) if v}
        response = self._get(source, headers)
        if response.status_code == 304:
            return FeedText(None, etag, last_modified)
        return FeedText(self._text(source, response.content), response.headers.get("etag"),
                        response.headers.get("last-modified"))

    def page(self, url: str) -> str:
        """An entry's article page, decoded as files are (claimgraph.ingest.files.decode_bytes)."""
        return self._text(url, self._get(url, {}).content)

    def post(self, url: str, body: bytes, headers: dict[str, str]):
        """A webhook call; the response, or FeedError when the receiver could not be reached."""
        try:
            return self.client.post(url, content=body, headers=headers)
        except httpx.HTTPError as err:
            raise FeedError(_network_error(url, err)) from None

    def _get(self, url: str, headers: dict[str, str]):
        try:
            response = self.client.get(url, headers=headers)
        except httpx.HTTPError as err:
            raise FeedError(_network_error(url, err)) from None
        if response.status_code >= 400:
            raise FeedError(f"{url} answered {response.status_code} {response.reason_phrase}".rstrip())
        return response

    def _text(self, source: str, data: bytes) -> str:
        if len(data) > self.max_bytes:
            raise FeedError(f"{source}: {len(data) / 1e6:.1f} MB is over the {self.max_bytes / 1e6:.0f} MB limit")
        try:
            return decode_bytes(data)[0]
        except InputError as err:
            raise FeedError(f"{source}: {err}") from None

    def _feed_file(self, path: Path, last_modified: str | None) -> FeedText:
        try:
            modified = dt.datetime.fromtimestamp(path.stat().st_mtime, dt.timezone.utc).isoformat()
            if modified == last_modified:
                return FeedText(None, None, modified)
            return FeedText(decode(path, self.max_bytes)[0], None, modified)
        except InputError as err:
            raise FeedError(f"{path}: {err}") from None
        except OSError as err:
            raise FeedError(f"{path}: cannot read: {err.strerror or err}") from None


def _network_error(url: str, err: httpx.HTTPError) -> str:
    if isinstance(err, httpx.TimeoutException):
        return f"{url}: no answer in time ({err.__class__.__name__})"
    if isinstance(err, httpx.ConnectError):
        return f"{url}: cannot connect ({err})"
    return f"{url}: {err.__class__.__name__}: {err}"

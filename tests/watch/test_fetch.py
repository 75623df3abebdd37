"""Reading feeds and pages over HTTP from a site on 127.0.0.1, and from files: conditional GET,
error statuses, timeouts and files that are no feeds, each a FeedError saying what happened."""
from __future__ import annotations

import os

import pytest

from claimgraph.errors import ConfigError, FeedError
from claimgraph.watch.fetch import Fetcher, check_source
from tests.watch.site import HANG_S, Route, rss, start

FEED = rss("Harbor Ledger", [])


@pytest.fixture(scope="module")
def site():
    site, stop = start({"/feed.rss": Route(FEED), "/broken.rss": Route(b"oops", status=500),
                        "/gone.rss": Route(b"", status=410), "/slow.rss": Route(FEED, delay_s=HANG_S)})
    yield site
    stop()


@pytest.fixture(scope="module")
def fetcher():
    fetcher = Fetcher(timeout_s=1.5)
    yield fetcher
    fetcher.close()


def test_a_feed_unchanged_since_its_etag_answers_304(site, fetcher):
    first = fetcher.feed(site.url("/feed.rss"), None, None)
    assert first.text.startswith("<?xml") and first.etag and first.last_modified
    again = fetcher.feed(site.url("/feed.rss"), first.etag, first.last_modified)
    assert again.text is None and again.etag == first.etag
    assert site.answered("/feed.rss")[-2:] == [200, 304]


@pytest.mark.parametrize("path, says", [
    ("/broken.rss", "answered 500 Internal Server Error"),
    ("/gone.rss", "answered 410 Gone"),
    ("/missing.rss", "answered 404 Not Found"),
    ("/slow.rss", "no answer in time"),
])
def test_a_failing_feed_is_one_line_saying_why(site, fetcher, path, says):
    with pytest.raises(FeedError, match=says) as caught:
        fetcher.feed(site.url(path), None, None)
    assert "\n" not in str(caught.value)


def test_an_unreachable_host_says_it_cannot_connect(fetcher):
    with pytest.raises(FeedError, match="cannot connect"):
        fetcher.feed("http://127.0.0.1:9/feed.rss", None, None)   # port 9 (discard) is closed here


def test_a_feed_file_is_read_again_only_when_it_changes(tmp_path, fetcher):
    path = tmp_path / "feed.rss"
    path.write_bytes(FEED)
    first = fetcher.feed(str(path), None, None)
    assert first.text and fetcher.feed(str(path), None, first.last_modified).text is None
    os.utime(path, (1_900_000_000, 1_900_000_000))
    assert fetcher.feed(str(path), None, first.last_modified).text


@pytest.mark.parametrize("source, says", [
    ("ftp://example.org/feed.rss", "unsupported feed URL"),
    ("http:///feed.rss", "names no host"),
    ("no/such/feed.rss", "no feed file"),
    ("README.md", "is not a feed file"),
])
def test_a_source_that_is_no_feed_is_refused(source, says, monkeypatch):
    monkeypatch.chdir(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
    with pytest.raises(ConfigError, match=says):
        check_source(source)

"""The alerts page and the Atom feed of each watch-list, over the small hand-made store with two
watch-lists checked once: everything from documents escaped, Atom that feed readers parse."""
from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from tests.small_store import BOLD_NAME
from tests.watched_store import THREATS, VARENKO, build_watched_store
from tests.web.conftest import BASE_URL, app_client, needs_web

pytestmark = needs_web
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture(scope="module")
def watched_client(tmp_path_factory):
    store = build_watched_store(tmp_path_factory.mktemp("watch") / "watched.db")
    with app_client(store.url.removeprefix("sqlite:///")) as client:
        yield client


@pytest.mark.parametrize("path, status, says", [
    ("/alerts", 200, ["Varenko &lt;shelling&gt;", "&lt;b&gt;Bold&lt;/b&gt; Brigade", 'href="/watch/1.atom"',
                      'href="/alerts">Alerts</a>']),
    (f"/alerts?watchlist={THREATS}", 200, ["&lt;b&gt;Bold&lt;/b&gt; Brigade"]),
    ("/alerts?since=2999", 200, ["0 alerts."]),
    ("/alerts?watchlist=&since=", 200, ["2 alerts."]),           # the filter form's "any"
    ("/alerts?watchlist=first", 422, ["invalid watch-list &#39;first&#39;"]),
    ("/alerts?since=someday", 422, ["invalid --since"]),
    ("/alerts?watchlist=99", 404, ["no watch-list 99"]),
    ("/watch/99.atom", 404, ["no watch-list 99"]),
])
def test_alert_pages(watched_client, path, status, says):
    answer = watched_client.get(path)
    assert answer.status_code == status
    assert all(s in answer.text for s in says), answer.text
    assert BOLD_NAME not in answer.text


def test_the_alerts_of_one_watchlist_leave_out_the_others(watched_client):
    page = watched_client.get(f"/alerts?watchlist={VARENKO}").text
    assert "Varenko" in page and "Bold" not in page.split("<h1>Alerts</h1>", 1)[1].split("Atom feeds", 1)[1]


@pytest.mark.parametrize("watchlist, title, entries", [
    (VARENKO, "claimgraph watch-list: Varenko <shelling>", ["new: ASSAULT/artillery by Northern Front at Varenko on 2021-03-02"]),
    (THREATS, "claimgraph watch-list: Threats", [f"new: THREATEN by {BOLD_NAME} (threatened)"]),
])
def test_each_watchlist_is_an_atom_feed_that_readers_parse(watched_client, watchlist, title, entries):
    import feedparser

    answer = watched_client.get(f"/watch/{watchlist}.atom")
    assert answer.status_code == 200 and answer.headers["content-type"].startswith("application/atom+xml")
    feed = feedparser.parse(answer.content)
    assert not feed.bozo and feed.version == "atom10"
    assert feed.feed.title == title and feed.feed.id == f"{BASE_URL}/watch/{watchlist}.atom" and feed.feed.updated
    assert [e.title for e in feed.entries] == entries
    for entry in feed.entries:
        assert entry.id and entry.updated and entry.link.startswith(f"{BASE_URL}/events/")
        assert watched_client.get(entry.link.removeprefix(BASE_URL)).status_code == 200
    root = ET.fromstring(answer.content)          # RFC 4287: a feed has id, title, updated, author
    assert all(root.find(f"{ATOM}{tag}") is not None for tag in ("id", "title", "updated", "author"))

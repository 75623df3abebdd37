"""Atom of alerts: well-formed whatever a document holds, with what RFC 4287 asks of a feed."""
from __future__ import annotations

import xml.etree.ElementTree as ET

import feedparser
import pytest

from claimgraph import model, views
from claimgraph.watch.atom import atom_feed

BASE = "http://127.0.0.1:8000"
WATCHLIST = model.WatchList(id=7, name="Coast & <hills>", created="2026-11-01T08:00:00+00:00")


def alert(number: int, sentence: str, event_id: str | None = "e1") -> views.AlertView:
    report = views.AlertReport(id=f"r{number}", doc="d1", source="https://news.example.org/a", outlet="Coast Daily",
                               title=None, sentence=sentence, killed=3, modality="occurred")
    return views.AlertView(id=number, watchlist_id=7, watchlist=WATCHLIST.name,
                           created=f"2026-11-0{number}T09:00:00+00:00", kind="new", title=f"ASSAULT {number}",
                           changes=("3 killed",), event_id=event_id, reports=(report,))


@pytest.mark.parametrize("sentence", [
    "Fighters struck the <b>port</b> & fled.",
    "A stray vertical tab\x0b and a NUL\x00 from a badly decoded page.",
    "Quotes \"double\" and 'single', and ]]> too.",
])
def test_any_sentence_gives_a_feed_readers_parse(sentence):
    xml = atom_feed(WATCHLIST, [alert(2, sentence), alert(1, "earlier")], BASE)
    ET.fromstring(xml)
    feed = feedparser.parse(xml)
    assert not feed.bozo and feed.feed.title == "claimgraph watch-list: Coast & <hills>"
    assert feed.feed.updated == "2026-11-02T09:00:00+00:00"
    assert [e.id for e in feed.entries] == [f"{BASE}/alerts#alert-2", f"{BASE}/alerts#alert-1"]
    assert feed.entries[0].summary.startswith("3 killed\nCoast Daily: ")


@pytest.mark.parametrize("event_id, link", [
    ("e1", f"{BASE}/events/e1"),
    (None, f"{BASE}/alerts#alert-1"),          # no event holds its reports any more
])
def test_an_entry_links_to_its_event(event_id, link):
    [entry] = feedparser.parse(atom_feed(WATCHLIST, [alert(1, "one", event_id=event_id)], BASE)).entries
    assert entry.link == link


def test_a_watchlist_without_alerts_is_updated_when_it_was_made():
    assert feedparser.parse(atom_feed(WATCHLIST, [], BASE)).feed.updated == WATCHLIST.created

"""What `claimgraph watch` keeps, on SQLite and PostgreSQL alike: numbered feeds and watch-lists
whose ids are never reused, entries seen once, alerts with their deliveries."""
from __future__ import annotations

import pytest

from claimgraph import model
from claimgraph.store import Store
from claimgraph.store import watch as stored

NOW = "2026-11-05T10:00:00+00:00"


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request, tmp_path):
    target = str(tmp_path / "watch.db") if request.param == "sqlite" else request.getfixturevalue("pg_database")
    store = Store(target)
    yield store
    store.close()


def feed(source: str) -> model.Feed:
    return model.Feed(id=0, source=source, every_s=900, added=NOW)


def test_ids_are_numbered_and_never_reused(store):
    first, second = (stored.add_feed(store, feed(f"https://example.org/{n}.rss")) for n in (1, 2))
    assert (first.id, second.id) == (1, 2)
    assert stored.remove_feed(store, second.id) and not stored.remove_feed(store, second.id)
    assert stored.add_feed(store, feed("https://example.org/3.rss")).id == 3
    assert [f.id for f in stored.feeds(store)] == [1, 3]


def test_an_entry_is_seen_once_and_a_feed_keeps_its_state(store):
    followed = stored.add_feed(store, feed("https://example.org/a.rss"))
    entries = [model.FeedEntry(followed.id, key, NOW) for key in ("e1", "e2")]
    stored.mark_seen(store, entries)
    stored.mark_seen(store, entries[:1])              # seen again: kept once
    assert stored.seen_entries(store, followed.id) == {"e1", "e2"}
    polled = model.Feed(**{**followed.__dict__, "etag": '"abc"', "failures": 2, "next_due": NOW})
    stored.save_feed(store, polled)
    assert stored.feeds(store) == [polled]


def test_alerts_are_stored_with_their_deliveries(store):
    watchlist = stored.add_watchlist(store, model.WatchList(id=0, name="w", created=NOW, type="ASSAULT",
                                                            webhook="https://hooks.example.org/", secret="k"))
    state = model.WatchState(watchlist.id, "r1", "f1", ("killed:3",), ("r1",), NOW)
    alert = model.Alert(id=0, watchlist_id=watchlist.id, event_key="r1", event_id="e1", created=NOW, kind="new",
                        title="ASSAULT", changes=("3 killed",), reports=("r1",), fingerprint="f1")
    [saved] = stored.record_check(store, watchlist, [state], [], [alert])
    assert saved.id == 1 and stored.alerts(store) == [saved] and stored.watch_states(store, watchlist.id) == {"r1": state}
    assert [(d.alert_id, a.id) for d, a in stored.pending_deliveries(store, NOW)] == [(1, 1)]
    stored.save_delivery(store, model.Delivery(alert_id=1, attempts=1, delivered=NOW))
    assert stored.pending_deliveries(store, NOW) == []
    assert stored.alerts(store, since="2026-11-06") == [] and stored.alerts(store, watchlist_id=99) == []

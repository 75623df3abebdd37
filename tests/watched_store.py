"""The small hand-made store with two watch-lists checked once: alerts for the web tests, no spaCy."""
from __future__ import annotations

from claimgraph.store import Store
from claimgraph.watch import alerts
from claimgraph.watch.watchlists import add_watchlist
from tests.small_store import build_small_store

VARENKO, THREATS = 1, 2        # the watch-lists' ids


def build_watched_store(target) -> Store:
    store = build_small_store(target)
    add_watchlist(store, "Varenko <shelling>", place="Varenko", type="ASSAULT")
    add_watchlist(store, "Threats", modality="threatened")
    alerts.check_all(store, "2026-11-05T10:00:00+00:00")
    return store

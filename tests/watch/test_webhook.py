"""Webhook deliveries to a receiver on 127.0.0.1: signed, retried with backoff, each alert once."""
from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json

import pytest

from claimgraph.store import watch as stored
from claimgraph.watch import alerts
from claimgraph.watch.fetch import Fetcher
from claimgraph.watch.watchlists import add_watchlist
from claimgraph.watch.webhook import ATTEMPTS_PER_ROUND, deliver_pending, sign
from tests.small_store import build_small_store
from tests.watch.site import start

SECRET = "another-test-secret"
NOW = dt.datetime(2026, 11, 5, 10, 0, tzinfo=dt.timezone.utc)
NO_WAITS = (0, 0)


@pytest.mark.parametrize("body, secret, signature", [
    (b"{}", "k", "sha256=" + hmac.new(b"k", b"{}", hashlib.sha256).hexdigest()),
    (b'{"alert": 1}', "s3cret", "sha256=" + hmac.new(b"s3cret", b'{"alert": 1}', hashlib.sha256).hexdigest()),
])
def test_the_signature_is_the_bodys_hmac_sha256(body, secret, signature):
    assert sign(body, secret) == signature


@pytest.fixture
def setup(tmp_path):
    site, stop = start()
    store = build_small_store(tmp_path / "small.db")
    watchlist = add_watchlist(store, "Varenko", place="Varenko", webhook=site.url("/hook"), secret=SECRET)
    [alert] = alerts.check_watchlist(store, watchlist, "2026-11-05T10:00:00+00:00")
    fetcher = Fetcher(timeout_s=1.5)
    yield site, store, alert, fetcher
    fetcher.close()
    stop()


def posts(site):
    return [(headers, body, status) for method, _, headers, body, status in site.requests if method == "POST"]


@pytest.mark.parametrize("receiver_answers, delivered_in_round", [
    ([], 1),                                                  # answered at once
    ([500, 503], 1),                                          # retried within the round
    ([500] * ATTEMPTS_PER_ROUND, 2),                          # the round gives up; a later one delivers
])
def test_each_alert_is_delivered_once(setup, receiver_answers, delivered_in_round):
    site, store, alert, fetcher = setup
    site.webhook_statuses = list(receiver_answers)
    failures = deliver_pending(store, fetcher, NOW, NO_WAITS)
    assert len(failures) == (delivered_in_round > 1)
    if delivered_in_round > 1:
        [waiting] = stored.deliveries(store)
        assert waiting.delivered is None and waiting.attempts == ATTEMPTS_PER_ROUND
        assert waiting.next_attempt == "2026-11-05T10:01:00+00:00" and "answered 500" in waiting.last_error
        assert deliver_pending(store, fetcher, NOW + dt.timedelta(seconds=30), NO_WAITS) == []   # not yet due
        assert len(posts(site)) == ATTEMPTS_PER_ROUND
        assert deliver_pending(store, fetcher, NOW + dt.timedelta(minutes=1), NO_WAITS) == []
    assert deliver_pending(store, fetcher, NOW + dt.timedelta(days=1), NO_WAITS) == []
    calls = posts(site)
    assert [status for *_, status in calls] == receiver_answers + [200]
    for headers, body, _ in calls:
        assert headers["X-Claimgraph-Signature"] == sign(body, SECRET)
        assert headers["X-Claimgraph-Delivery"] == str(alert.id)
        sent = json.loads(body)
        assert (sent["alert"], sent["kind"], sent["watchlist"]["name"]) == (alert.id, "new", "Varenko")
        assert [r["id"] for r in sent["reports"]] == list(alert.reports)
    assert stored.deliveries(store)[0].delivered

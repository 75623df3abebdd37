"""Alerts POSTed to a watch-list's webhook: JSON, signed, retried with backoff, delivered once.

The body is the alert as JSON (`payload`); the header `X-Claimgraph-Signature: sha256=HEX` carries
the HMAC-SHA256 of the body's exact bytes keyed with the watch-list's secret, so the receiver checks
it before reading the body:

    expected = "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    hmac.compare_digest(expected, request.headers["X-Claimgraph-Signature"])

`X-Claimgraph-Delivery` is the alert's id. An answer 2xx marks the alert delivered and it is never
sent again; any other answer or a network error counts an attempt (a call whose answer was lost
may have arrived: the receiver drops a delivery id it has handled). A round tries each pending
delivery up to ATTEMPTS_PER_ROUND times, waiting RETRY_WAITS_S between tries; a delivery still
failing is tried again in a later round after a wait that doubles with each failed round.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import hmac
import json
import time

from claimgraph import model, views
from claimgraph.errors import FeedError
from claimgraph.store import watch as stored
from claimgraph.watch import schedule
from claimgraph.watch.alerts import alert_views

SIGNATURE_HEADER, DELIVERY_HEADER = "X-Claimgraph-Signature", "X-Claimgraph-Delivery"
# A receiver restarting or briefly overloaded answers again within a second or so; longer outages
# wait for later rounds, so a round is held up at most sum(RETRY_WAITS_S) per delivery.
RETRY_WAITS_S = (0.2, 0.8)
ATTEMPTS_PER_ROUND = len(RETRY_WAITS_S) + 1
ROUND_RETRY_S = 60                           # the wait after a first failed round, doubling after each
MAX_RETRY_S = 6 * 3600


def sign(body: bytes, secret: str) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def payload(alert: views.AlertView) -> bytes:
    body = {"alert": alert.id, "watchlist": {"id": alert.watchlist_id, "name": alert.watchlist},
            "created": alert.created, "kind": alert.kind, "title": alert.title, "changes": list(alert.changes),
            "event": alert.event_id, "reports": [dataclasses.asdict(r) for r in alert.reports]}
    return json.dumps(body, ensure_ascii=False, sort_keys=True).encode()


def deliver_pending(store, fetcher, now: dt.datetime, waits=RETRY_WAITS_S) -> list[str]:
    """Send every delivery due; the failures, one line each."""
    lists = {w.id: w for w in stored.watchlists(store)}
    failures = []
    for delivery, alert in stored.pending_deliveries(store, schedule.stamp(now)):
        watchlist = lists.get(alert.watchlist_id)
        if not watchlist or not watchlist.webhook:
            continue
        [view] = alert_views(store, [alert])
        body = payload(view)
        headers = {"Content-Type": "application/json", SIGNATURE_HEADER: sign(body, watchlist.secret or ""),
                   DELIVERY_HEADER: str(alert.id)}
        delivery, error = _attempts(fetcher, watchlist.webhook, body, headers, delivery, waits)
        if error:
            rounds = max(1, delivery.attempts // ATTEMPTS_PER_ROUND)
            delivery = dataclasses.replace(delivery, last_error=error, next_attempt=schedule.after(
                now, min(ROUND_RETRY_S * 2 ** (rounds - 1), MAX_RETRY_S)))
            failures.append(f"alert {alert.id} to {watchlist.webhook}: {error}")
        stored.save_delivery(store, delivery)
    return failures


def _attempts(fetcher, url, body, headers, delivery: model.Delivery, waits) -> tuple[model.Delivery, str | None]:
    error = None
    for wait in (0, *waits):
        time.sleep(wait)
        delivery = dataclasses.replace(delivery, attempts=delivery.attempts + 1)
        try:
            response = fetcher.post(url, body, headers)
        except FeedError as err:
            error = str(err)
            continue
        if 200 <= response.status_code < 300:
            return dataclasses.replace(delivery, delivered=schedule.stamp(schedule.now()), last_error=None), None
        error = f"answered {response.status_code} {response.reason_phrase}".rstrip()
    return delivery, error

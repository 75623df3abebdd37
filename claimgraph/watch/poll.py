"""One polling round of `claimgraph watch run`.

`run_round` in order:
  1. each feed due (or, asked, every feed): read by conditional GET (a file: unless unchanged),
     its entries not seen before kept; a feed that fails (refused, timeout, an error status,
     not a feed) is recorded with its error and polled again after a backoff that doubles with
     each failure in a row (claimgraph.watch.schedule), and the others go on;
  2. each new entry carrying only a summary: its article page fetched; a page that cannot be
     fetched is reported and its entry left unseen, so the next round tries it again;
  3. the new documents ingested through the normal path (claimgraph.runners.local: deduplicated
     by content, one transaction per document), then the store resolved once;
  4. the entries marked seen and each feed's state stored;
  5. every watch-list checked for new and changed events (claimgraph.watch.alerts), and the
     alerts of watch-lists with a webhook delivered (claimgraph.watch.webhook).
"""
from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt

from claimgraph import model
from claimgraph.config import Settings
from claimgraph.errors import FeedError, InputError
from claimgraph.ingest.feeds import feed_items
from claimgraph.runners.local import run
from claimgraph.store import watch as stored
from claimgraph.watch import alerts, schedule, webhook
from claimgraph.watch.fetch import is_url


@dataclasses.dataclass
class _Polled:
    feed: model.Feed
    documents: list[tuple[str, model.RawDocument | model.Skipped]]   # (entry key, what it gave)
    unfetched: list[model.Skipped]          # entries whose article page could not be fetched
    poll: model.FeedPoll


def due(feed: model.Feed, now: dt.datetime) -> bool:
    return feed.next_due is None or feed.next_due <= schedule.stamp(now)


def run_round(store, settings: Settings, fetcher, every_feed: bool = False, progress=None,
              now: dt.datetime | None = None) -> model.WatchRound:
    """Poll, fetch, ingest, resolve, check the watch-lists, deliver. `progress(total, description)`
    gives a bar and its advance callback (claimgraph.cli.render.progress)."""
    now = now or schedule.now()
    feeds = stored.feeds(store)
    polling = [f for f in feeds if every_feed or due(f, now)]
    waiting = [model.FeedPoll(f.id, f.source, "not due", error=f.last_error, next_due=f.next_due)
               for f in feeds if f not in polling]
    with _phase(progress, len(polling), "polling feeds") as advance:
        polled = []
        for feed in polling:
            polled.append(_poll(store, fetcher, feed, now))
            advance(feed.source)
    sources = [item for p in polled for _, item in p.documents]
    with _phase(progress, len(sources), "ingesting") as advance:
        summary = run(sources, store, settings, advance)
    stamp = schedule.stamp(now)
    stored.mark_seen(store, [model.FeedEntry(p.feed.id, key, stamp) for p in polled for key, _ in p.documents])
    # Only now, with their entries stored: a round stopped before keeps the validators of the last
    # complete one, so the next round reads those entries again instead of hearing 304.
    for p in polled:
        stored.save_feed(store, p.feed)
    raised = alerts.check_all(store, stamp)
    failures = webhook.deliver_pending(store, fetcher, now)
    return model.WatchRound(
        polls=tuple(sorted([p.poll for p in polled] + waiting, key=lambda p: p.feed_id)),
        ingest=dataclasses.replace(summary, skipped=summary.skipped + tuple(s for p in polled for s in p.unfetched)),
        alerts=tuple(raised), delivery_failures=tuple(failures))


def _poll(store, fetcher, feed: model.Feed, now: dt.datetime) -> _Polled:
    """One feed read, and its new state (stored by run_round once its entries are)."""
    try:
        answer = fetcher.feed(feed.source, feed.etag, feed.last_modified)
        items = [] if answer.text is None else list(feed_items(answer.text, feed.source))
    except (FeedError, InputError) as err:
        failures = feed.failures + 1
        error = str(err) if isinstance(err, FeedError) else f"{feed.source}: not a feed: {err}"
        feed = dataclasses.replace(feed, last_polled=schedule.stamp(now), failures=failures, last_error=error,
                                   next_due=schedule.after(now, schedule.backoff_s(feed.every_s, failures)))
        return _Polled(feed, [], [], model.FeedPoll(feed.id, feed.source, "failed", error=error, next_due=feed.next_due))
    seen = stored.seen_entries(store, feed.id)
    new = [item for item in dict((i.key, i) for i in items).values() if item.key not in seen]
    documents, unfetched = [], []
    for item in new:
        try:
            documents.append((item.key, _article(fetcher, item)))
        except FeedError as err:
            unfetched.append(model.Skipped(item.document.source,
                                           f"article page not fetched (tried again next round): {err}"))
    # With an article left to fetch, the old validators are kept: the next round reads the feed again.
    validators = {"etag": answer.etag, "last_modified": answer.last_modified} if not unfetched else {}
    feed = dataclasses.replace(feed, **validators, last_polled=schedule.stamp(now), failures=0, last_error=None,
                               next_due=schedule.after(now, feed.every_s))
    status = "unchanged" if answer.text is None else "read"
    return _Polled(feed, documents, unfetched,
                   model.FeedPoll(feed.id, feed.source, status, len(new), next_due=feed.next_due))


def _article(fetcher, item) -> model.RawDocument | model.Skipped:
    """The entry's document: its article page when the feed gives only a summary and a web link
    (FeedError when that page cannot be fetched)."""
    raw = item.document
    if isinstance(raw, model.Skipped) or not item.summary_only or not raw.url or not is_url(raw.url):
        return raw
    return dataclasses.replace(raw, html=fetcher.page(raw.url))


@contextlib.contextmanager
def _phase(progress, total: int, description: str):
    if progress is None or total == 0:
        yield lambda _source: None
        return
    bar, advance = progress(total, description)
    with bar:
        yield advance

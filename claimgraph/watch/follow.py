"""Following feeds: `claimgraph watch add` / `list` / `remove`."""
from __future__ import annotations

from claimgraph import model
from claimgraph.errors import ConfigError, NotFound
from claimgraph.store import watch as stored
from claimgraph.watch import schedule
from claimgraph.watch.fetch import check_source


def follow(store, source: str, every: str = schedule.DEFAULT_EVERY) -> model.Feed:
    """Follow a feed (an http(s) URL or a feed file), polled every `every` ("15m"); due at once."""
    source, every_s = check_source(source.strip()), schedule.parse_every(every)
    known = next((f for f in stored.feeds(store) if f.source == source), None)
    if known:
        raise ConfigError(f"{source} is already followed as feed {known.id}")
    return stored.add_feed(store, model.Feed(id=0, source=source, every_s=every_s,
                                             added=schedule.stamp(schedule.now())))


def unfollow(store, feed_id: int) -> None:
    if not stored.remove_feed(store, feed_id):
        raise NotFound(f"no feed {feed_id}: `claimgraph watch list` shows the feeds followed")

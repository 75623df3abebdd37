"""Watch-lists: `claimgraph watchlist add` / `list` / `remove`, and the alerts they raised."""
from __future__ import annotations

from urllib.parse import urlsplit

from claimgraph import filters, model, views
from claimgraph.errors import ConfigError, NotFound, FilterError
from claimgraph.store import watch as stored
from claimgraph.watch import schedule
from claimgraph.watch.alerts import alert_views


def add_watchlist(store, name: str, entity: str | None = None, place: str | None = None, type: str | None = None,
                  modality: str | None = None, min_killed: int | None = None, webhook: str | None = None,
                  secret: str | None = None) -> model.WatchList:
    """A saved query; its criteria read as `claimgraph events` reads them (claimgraph.filters)."""
    if not name.strip():
        raise ConfigError("a watch-list needs a name")
    criteria = filters.event_filter(type=type, modality=modality, entity=entity, place=place)
    if min_killed is not None and min_killed < 0:
        raise FilterError(f"invalid --min-killed {min_killed}: a whole number, 0 or more")
    if webhook:
        parts = urlsplit(webhook)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ConfigError(f"invalid --webhook {webhook!r}: an http:// or https:// URL")
        if not secret:
            raise ConfigError("a --webhook needs a --secret to sign its calls with")
    elif secret:
        raise ConfigError("--secret signs webhook calls: give a --webhook too")
    if not (criteria.type or criteria.modality or criteria.entity or criteria.place or min_killed is not None):
        raise ConfigError("a watch-list needs at least one of --entity, --place, --type, --modality, --min-killed")
    return stored.add_watchlist(store, model.WatchList(
        id=0, name=name.strip(), created=schedule.stamp(schedule.now()), entity=criteria.entity,
        place=criteria.place, type=criteria.type, modality=criteria.modality, min_killed=min_killed,
        webhook=webhook or None, secret=secret or None))


def remove_watchlist(store, watchlist_id: int) -> None:
    if not stored.remove_watchlist(store, watchlist_id):
        raise NotFound(f"no watch-list {watchlist_id}: `claimgraph watchlist list` shows them")


def find_alerts(store, since: str | None = None, watchlist_id: int | None = None) -> list[views.AlertView]:
    """Alerts newest first, raised on or after the first day of `since` (YYYY, YYYY-MM or YYYY-MM-DD)."""
    first = filters.period(since, "--since").first.isoformat() if since and since.strip() else None
    if watchlist_id is not None and stored.watchlist(store, watchlist_id) is None:
        raise NotFound(f"no watch-list {watchlist_id}: `claimgraph watchlist list` shows them")
    return alert_views(store, stored.alerts(store, since=first, watchlist_id=watchlist_id))

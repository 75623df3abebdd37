"""What `claimgraph watch` keeps: followed feeds and the entries seen, watch-lists, what each last
saw of an event, alerts and webhook deliveries (the tables of schema.WATCH_TABLES)."""
from __future__ import annotations

import dataclasses

import sqlalchemy as sa

from claimgraph import model, views
from claimgraph.store import schema as s
from claimgraph.store.database import Store, insert_new
from claimgraph.store.rows import from_row, to_row


def _insert_numbered(store: Store, table: sa.Table, record):
    """Insert a record whose id the database numbers; the record back with its id."""
    row = {k: v for k, v in to_row(record).items() if k != "id"}
    with store.writing() as conn:
        new_id = conn.execute(table.insert().returning(table.c.id), row).scalar_one()
    return dataclasses.replace(record, id=new_id)


# --------------------------------------------------------------------- feeds

def add_feed(store: Store, feed: model.Feed) -> model.Feed:
    return _insert_numbered(store, s.feeds, feed)


def feeds(store: Store) -> list[model.Feed]:
    return sorted(store.load(model.Feed, s.feeds), key=lambda f: f.id)


def remove_feed(store: Store, feed_id: int) -> bool:
    with store.writing() as conn:
        conn.execute(s.feed_entries.delete().where(s.feed_entries.c.feed_id == feed_id))
        return bool(conn.execute(s.feeds.delete().where(s.feeds.c.id == feed_id)).rowcount)


def save_feed(store: Store, feed: model.Feed) -> None:
    """Store a feed's polling state."""
    with store.writing() as conn:
        conn.execute(s.feeds.update().where(s.feeds.c.id == feed.id).values(to_row(feed)))


def seen_entries(store: Store, feed_id: int) -> set[str]:
    with store.engine.connect() as conn:
        return set(conn.execute(sa.select(s.feed_entries.c.entry_id)
                                .where(s.feed_entries.c.feed_id == feed_id)).scalars())


def mark_seen(store: Store, entries: list[model.FeedEntry]) -> None:
    if entries:
        with store.writing() as conn:
            conn.execute(insert_new(conn, s.feed_entries), [to_row(e) for e in entries])


# ---------------------------------------------------------------- watch-lists

def add_watchlist(store: Store, watchlist: model.WatchList) -> model.WatchList:
    return _insert_numbered(store, s.watchlists, watchlist)


def watchlists(store: Store) -> list[model.WatchList]:
    return sorted(store.load(model.WatchList, s.watchlists), key=lambda w: w.id)


def watchlist(store: Store, watchlist_id: int) -> model.WatchList | None:
    found = store.load(model.WatchList, s.watchlists, s.watchlists.c.id == watchlist_id)
    return found[0] if found else None


def remove_watchlist(store: Store, watchlist_id: int) -> bool:
    """A watch-list with what it saw, its alerts and their deliveries."""
    with store.writing() as conn:
        alert_ids = sa.select(s.alerts.c.id).where(s.alerts.c.watchlist_id == watchlist_id)
        conn.execute(s.deliveries.delete().where(s.deliveries.c.alert_id.in_(alert_ids)))
        conn.execute(s.alerts.delete().where(s.alerts.c.watchlist_id == watchlist_id))
        conn.execute(s.watch_states.delete().where(s.watch_states.c.watchlist_id == watchlist_id))
        return bool(conn.execute(s.watchlists.delete().where(s.watchlists.c.id == watchlist_id)).rowcount)


def watch_states(store: Store, watchlist_id: int) -> dict[str, model.WatchState]:
    return {w.event_key: w for w in store.load(model.WatchState, s.watch_states,
                                               s.watch_states.c.watchlist_id == watchlist_id)}


def record_check(store: Store, watchlist: model.WatchList, states: list[model.WatchState],
                 replaced: list[str], alerts: list[model.Alert]) -> list[model.Alert]:
    """In one transaction: what the watch-list now saw of each event (states, dropping those kept
    under an event's former key `replaced`), its new alerts, and a pending delivery for each when it
    has a webhook. The alerts back with their ids."""
    stored = []
    with store.writing() as conn:
        c = s.watch_states.c
        keys = [st.event_key for st in states] + replaced
        for i in range(0, len(keys), 500):
            conn.execute(s.watch_states.delete().where(c.watchlist_id == watchlist.id,
                                                       c.event_key.in_(keys[i:i + 500])))
        if states:
            conn.execute(s.watch_states.insert(), [to_row(st) for st in states])
        for alert in alerts:
            row = {k: v for k, v in to_row(alert).items() if k != "id"}
            new_id = conn.execute(s.alerts.insert().returning(s.alerts.c.id), row).scalar_one()
            stored.append(dataclasses.replace(alert, id=new_id))
        if watchlist.webhook and stored:
            conn.execute(s.deliveries.insert(), [to_row(model.Delivery(alert_id=a.id)) for a in stored])
    return stored


# -------------------------------------------------------------------- alerts

def alerts(store: Store, since: str | None = None, watchlist_id: int | None = None) -> list[model.Alert]:
    """Newest first; `since` an ISO date or timestamp (UTC) the alerts are at or after."""
    query = sa.select(s.alerts).order_by(s.alerts.c.id.desc())
    if since:
        query = query.where(s.alerts.c.created >= since)
    if watchlist_id is not None:
        query = query.where(s.alerts.c.watchlist_id == watchlist_id)
    with store.engine.connect() as conn:
        return [from_row(model.Alert, r) for r in conn.execute(query)]


def pending_deliveries(store: Store, now: str) -> list[tuple[model.Delivery, model.Alert]]:
    """Deliveries not yet made whose next attempt is due, oldest alert first."""
    d = s.deliveries.c
    query = (sa.select(s.deliveries, s.alerts).join(s.alerts, s.alerts.c.id == d.alert_id)
             .where(d.delivered.is_(None), sa.or_(d.next_attempt.is_(None), d.next_attempt <= now))
             .order_by(d.alert_id))
    with store.engine.connect() as conn:
        rows = [dict(r._mapping) for r in conn.execute(query)]
    return [(from_row(model.Delivery, r), from_row(model.Alert, r)) for r in rows]


def deliveries(store: Store) -> list[model.Delivery]:
    return sorted(store.load(model.Delivery, s.deliveries), key=lambda d: d.alert_id)


def save_delivery(store: Store, delivery: model.Delivery) -> None:
    with store.writing() as conn:
        conn.execute(s.deliveries.update().where(s.deliveries.c.alert_id == delivery.alert_id)
                     .values(to_row(delivery)))


# ------------------------------------------------ the reports behind events

def stored_order(store: Store, report_ids: list[str]) -> dict[str, tuple[str, str]]:
    """Each report's (time its document was stored, document id): the order reports came in."""
    found = {}
    with store.engine.connect() as conn:
        for i in range(0, len(report_ids), 500):
            found.update({rid: (at or "", doc) for rid, at, doc in conn.execute(
                sa.select(s.reports.c.id, s.documents.c.ingested_at, s.documents.c.id)
                .join(s.documents, s.documents.c.id == s.reports.c.doc_id)
                .where(s.reports.c.id.in_(report_ids[i:i + 500])))})
    return found


def event_reports(store: Store, event_ids: list[str]) -> dict[str, list[str]]:
    """Each event's report ids in the graph resolved now."""
    found: dict[str, list[str]] = {}
    with store.engine.connect() as conn:
        for i in range(0, len(event_ids), 500):
            for report_id, event_id in conn.execute(
                    sa.select(s.report_events.c.report_id, s.report_events.c.event_id)
                    .where(s.report_events.c.event_id.in_(event_ids[i:i + 500]))):
                found.setdefault(event_id, []).append(report_id)
    return found


def current_events(store: Store, report_ids: list[str]) -> dict[str, str]:
    """The event each report belongs to in the graph resolved now."""
    if not report_ids:
        return {}
    with store.engine.connect() as conn:
        return dict(conn.execute(sa.select(s.report_events.c.report_id, s.report_events.c.event_id)
                                 .where(s.report_events.c.report_id.in_(report_ids))).all())


def alert_reports(store: Store, report_ids: list[str]) -> dict[str, views.AlertReport]:
    """The reports named by alerts, each with its sentence and document."""
    if not report_ids:
        return {}
    r, d = s.reports.c, s.documents.c
    query = (sa.select(r.id, r.doc_id, r.evidence_text, r.killed, r.modality, d.source, d.outlet, d.title)
             .join(s.documents, d.id == r.doc_id).where(r.id.in_(report_ids)))
    with store.engine.connect() as conn:
        return {row.id: views.AlertReport(id=row.id, doc=row.doc_id, source=row.source, outlet=row.outlet,
                                          title=row.title, sentence=row.evidence_text, killed=row.killed,
                                          modality=row.modality)
                for row in conn.execute(query)}

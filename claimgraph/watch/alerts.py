"""Watch-lists checked against the resolved graph: the events each finds that are new or changed.

`check_watchlist` in order:
  1. the events the saved query finds (claimgraph.store.queries.events with the watch-list's
     criteria: the entity by any of its names and aliases, the place with every place inside it,
     type, modality), then those where some report gives at least the minimum toll;
  2. each event's alert-relevant facts (`event_facts`): every toll and injury count a report gives,
     every modality its reports state (a denial), every field its sources disagree on;
  3. each compared with what the watch-list last saw of the event (a WatchState): an event seen
     for the first time raises a "new" alert, one with facts not seen before a "changed" alert
     naming them; an event whose facts are all known (another outlet repeating the toll) raises
     none, so each event and each change is alerted once.

Event ids are not stable: every resolution rebuilds the events, and an id may change when a new
report joins or two events merge. What a watch-list saw is therefore keyed on the event's first
stored report (WatchState.event_key), which later documents never displace; an event whose key
changed (two events merged, its first report split off) is matched by any of its reports that
keyed a state before.
"""
from __future__ import annotations

import hashlib

from claimgraph import model, views
from claimgraph.store import queries
from claimgraph.store import watch as stored

NEW, CHANGED = "new", "changed"
FACT_KINDS = ("killed", "injured", "modality", "contradiction")     # the order changes are told in


def event_facts(event: views.EventDetail) -> tuple[str, ...]:
    facts = {f"killed:{r.killed}" for r in event.reports if r.killed is not None}
    facts |= {f"injured:{r.injured}" for r in event.reports if r.injured is not None}
    facts |= {f"modality:{r.modality}" for r in event.reports}
    facts |= {f"contradiction:{c.field}" for c in event.contradictions}
    return tuple(sorted(facts, key=_fact_order))


def _fact_order(fact: str):
    kind, _, value = fact.partition(":")
    return FACT_KINDS.index(kind), int(value) if value.isdigit() else 0, value


def fingerprint(facts: tuple[str, ...]) -> str:
    return hashlib.sha256("\n".join(facts).encode()).hexdigest()[:16]


def describe(fact: str) -> str:
    """A fact as said to an analyst: "killed:12" -> "12 killed"."""
    kind, _, value = fact.partition(":")
    if kind in ("killed", "injured"):
        return f"{value} {kind}"
    if kind == "modality":
        return "denied" if value == "denied" else f"reported as {value}"
    return f"sources disagree on {value}"


def in_stored_order(report_ids, order: dict[str, tuple[str, str]]) -> list[str]:
    """Reports by their document's time of storing, then ids (claimgraph.store.watch.stored_order)."""
    return sorted(report_ids, key=lambda r: (*order.get(r, ("~", "~")), r))


def title(event: views.EventDetail) -> str:
    actors = ", ".join(a.name for a in event.actors)
    return " ".join(part for part in (
        event.type + (f"/{event.mode}" if event.mode else ""), f"by {actors}" if actors else "",
        f"at {event.location.name}" if event.location else "", f"on {event.date}" if event.date else "",
        f"({event.modality})" if event.modality != "occurred" else "") if part)


def check_watchlist(store, watchlist: model.WatchList, now: str) -> list[model.Alert]:
    """Alerts for what is new or changed since the watch-list's last check, stored with its states.

    An event whose reports are those the watch-list saw last is passed over unread: its facts come
    from its reports alone, so they are the same (and a round over a large store reads only the
    events that gained or lost a report)."""
    rows = queries.events(store, type=watchlist.type, entity=watchlist.entity, place=watchlist.place,
                          modality=watchlist.modality)
    reports_of = stored.event_reports(store, [row.id for row in rows])
    order = stored.stored_order(store, [r for reports in reports_of.values() for r in reports])
    seen = stored.watch_states(store, watchlist.id)
    states, replaced, alerts = [], [], []
    for row in rows:
        report_ids = in_stored_order(reports_of.get(row.id, []), order)
        if not report_ids:
            continue
        key = report_ids[0]
        earlier = seen.get(key) or next((seen[r] for r in report_ids if r in seen), None)
        if earlier and earlier.event_key == key and set(earlier.reports) == set(report_ids):
            continue
        event = queries.event(store, row.id)
        if not event or not reaches(event, watchlist.min_killed):
            continue
        facts = event_facts(event)
        if earlier and earlier.event_key != key:
            replaced.append(earlier.event_key)
        states.append(model.WatchState(watchlist.id, key, fingerprint(facts), facts, tuple(report_ids), now))
        added = [f for f in facts if f not in (earlier.facts if earlier else ())]
        if earlier and not added:
            continue
        brought = [r for r in report_ids if not earlier or r not in earlier.reports] or report_ids
        alerts.append(model.Alert(
            id=0, watchlist_id=watchlist.id, event_key=key, event_id=event.id, created=now,
            kind=CHANGED if earlier else NEW, title=title(event), changes=tuple(map(describe, added)),
            reports=tuple(brought), fingerprint=fingerprint(facts)))
    return stored.record_check(store, watchlist, states, replaced, alerts)


def reaches(event: views.EventDetail, min_killed: int | None) -> bool:
    """Some report (or the resolved event) gives at least the watch-list's minimum toll."""
    return min_killed is None or max([r.killed or 0 for r in event.reports] + [event.killed or 0]) >= min_killed


def check_all(store, now: str) -> list[model.Alert]:
    return [alert for watchlist in stored.watchlists(store) for alert in check_watchlist(store, watchlist, now)]


def alert_views(store, alerts: list[model.Alert]) -> list[views.AlertView]:
    """Alerts as shown: by watch-list name, with the event holding their reports now."""
    names = {w.id: w.name for w in stored.watchlists(store)}
    report_ids = sorted({r for a in alerts for r in a.reports} | {a.event_key for a in alerts})
    reports = stored.alert_reports(store, report_ids)
    events_now = stored.current_events(store, report_ids)
    return [views.AlertView(
        id=a.id, watchlist_id=a.watchlist_id, watchlist=names.get(a.watchlist_id, str(a.watchlist_id)),
        created=a.created, kind=a.kind, title=a.title, changes=a.changes,
        event_id=events_now.get(a.event_key) or next((events_now[r] for r in a.reports if r in events_now), None),
        reports=tuple(reports[r] for r in a.reports if r in reports)) for a in alerts]

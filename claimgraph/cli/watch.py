"""`claimgraph watch` (feeds followed and polled), `claimgraph watchlist` (saved queries that raise
alerts) and `claimgraph alerts` (what they raised)."""
from __future__ import annotations

import datetime as dt
import time
from contextlib import nullcontext
from dataclasses import asdict
from typing import Annotated

import typer

from claimgraph import filters
from claimgraph.cli import render
from claimgraph.cli.ingest import PROGRESS_MIN_DOCUMENTS
from claimgraph.cli.options import (EXIT_OK, EXIT_SKIPPED, EXIT_STORE, DbOption, JsonOption, fail, interrupted,
                                    open_store)
from claimgraph.errors import ClaimgraphError, ConfigError, FilterError, Interrupted, NotFound
from claimgraph.watch import schedule

watch_app = typer.Typer(no_args_is_help=True, rich_markup_mode=None,
                        help="Follow feeds (http(s) URLs or feed files) and poll them into the store.")
watchlist_app = typer.Typer(no_args_is_help=True, rich_markup_mode=None,
                            help="Saved event queries: each new or changed event they match raises an alert.")
IdArgument = lambda what: typer.Argument(metavar="ID", help=f"The {what}'s number, from its `list`.")


def _calling(function, *args, **kwargs):
    """Run a library call: a bad value is a usage error (2), an id naming nothing 1, a store that
    cannot be read or written 3; each one line."""
    try:
        return function(*args, **kwargs)
    except (FilterError, ConfigError) as err:
        fail(str(err))
    except NotFound as err:
        fail(str(err), EXIT_SKIPPED)
    except ClaimgraphError as err:
        fail(str(err), EXIT_STORE)


# --------------------------------------------------------------------- feeds

@watch_app.command("add")
def watch_add(source: Annotated[str, typer.Argument(metavar="URL_OR_FILE", help="An http(s) feed URL or a .rss/.atom/.xml file.")],
              every: Annotated[str, typer.Option(metavar="INTERVAL", help="How often to poll: 30s, 15m, 2h, 1d.")] = "15m",
              db: DbOption = None, as_json: JsonOption = False) -> None:
    """Follow a feed; `claimgraph watch run` polls it (at once, then every INTERVAL).

    Exit status: 0 followed; 2 not a feed URL or file, a bad interval, or already followed; 3 the store."""
    from claimgraph.watch.follow import follow

    feed = _calling(follow, open_store(db, create=True), source, every)
    if as_json:
        return render.print_json(feed)
    render.line(f"following feed {feed.id}: {feed.source}, every {schedule.every_label(feed.every_s)}")


@watch_app.command("list")
def watch_list(db: DbOption = None, as_json: JsonOption = False) -> None:
    """The feeds followed, with when each was polled, when it is due, and its last error."""
    from claimgraph.store.watch import feeds

    rows = _calling(feeds, open_store(db))
    if as_json:
        return render.print_json(rows)
    render.table("Feeds", ["id", "feed", "every", "last polled", "next due", "failures", "last error"],
                 [[f.id, f.source, schedule.every_label(f.every_s), f.last_polled, f.next_due, f.failures, f.last_error]
                  for f in rows], keep=("id", "feed"), wrap=("last error",))


@watch_app.command("remove")
def watch_remove(feed_id: Annotated[int, IdArgument("feed")], db: DbOption = None, as_json: JsonOption = False) -> None:
    """Stop following a feed (what it brought stays in the store).

    Exit status: 0 removed; 1 no such feed; 3 the store."""
    from claimgraph.watch.follow import unfollow

    _calling(unfollow, open_store(db), feed_id)
    if as_json:
        return render.print_json({"removed": feed_id})
    render.line(f"feed {feed_id} no longer followed")


@watch_app.command("run")
def watch_run(once: Annotated[bool, typer.Option("--once", help="One round, then stop.")] = False,
              every_feed: Annotated[bool, typer.Option("--all", help="Poll every feed now, due or not.")] = False,
              timeout: Annotated[float, typer.Option(min=0.1, metavar="SECONDS", help="Give up on a feed or page after this long.")] = 20.0,
              db: DbOption = None,
              model: Annotated[str | None, typer.Option(envvar="CLAIMGRAPH_MODEL", metavar="NAME", help="spaCy model to load by name.")] = None,
              as_json: JsonOption = False) -> None:
    """Poll the feeds that are due, ingest their new entries (fetching the article when an entry has
    only a summary), resolve once, check the watch-lists and send their alerts.

    A feed that fails (no answer, an error status, not a feed) is reported in one line and polled
    again after a backoff that doubles with each failure; the others go on. Without --once, rounds
    go on as feeds fall due, until Ctrl-C.

    Exit status: 0 every feed polled was read; 1 some feed failed or some entry was skipped;
    3 the store; 130 interrupted."""
    from claimgraph.config import Settings
    from claimgraph.store.watch import feeds
    from claimgraph.watch.fetch import Fetcher
    from claimgraph.watch.poll import run_round

    settings = Settings.from_env(db=db, model=model)
    store = open_store(settings.db, create=True)
    fetcher = Fetcher(timeout_s=timeout, max_bytes=settings.max_bytes)
    progress = None if as_json else _progress
    status = EXIT_OK
    try:
        while True:
            done = run_round(store, settings, fetcher, every_feed=every_feed, progress=progress)
            status = max(status, _show_round(done, as_json))
            if once:
                break
            every_feed = False
            time.sleep(_until_next(feeds(store)))
    except (Interrupted, KeyboardInterrupt) as err:
        interrupted(str(err) if isinstance(err, Interrupted) else "interrupted; what each round stored is kept")
    except ConfigError as err:
        fail(str(err))
    except ClaimgraphError as err:
        fail(str(err), EXIT_STORE)
    finally:
        fetcher.close()
    raise typer.Exit(status)


def _progress(total: int, description: str):
    """The ingest command's bar, for a round with enough feeds or documents to be worth one."""
    if total <= PROGRESS_MIN_DOCUMENTS:
        return nullcontext(), lambda _source: None
    return render.progress(total, description)


def _until_next(feeds) -> float:
    """Seconds to the next feed due (at least one; a minute when none is followed). Webhook
    deliveries waiting to be tried again go with the next round."""
    dues = [f.next_due for f in feeds if f.next_due]
    if not dues:
        return 60.0
    return max(1.0, (dt.datetime.fromisoformat(min(dues)) - schedule.now()).total_seconds())


def _show_round(done, as_json: bool) -> int:
    failed = [p for p in done.polls if p.status == "failed"]
    if as_json:
        render.print_json(done)
    else:
        for poll in failed:
            render.line(f"feed {poll.feed_id} failed: {poll.error}; next try {poll.next_due}", "red", err=True)
        for skipped in done.ingest.skipped:
            render.line(f"skipped: {skipped.source}: {skipped.reason}", "red", err=True)
        for failure in done.delivery_failures:
            render.line(f"webhook not delivered yet: {failure}", "yellow", err=True)
        polled = [p for p in done.polls if p.status != "not due"]
        render.line(f"{len(polled)} feeds polled ({len(failed)} failed, "
                    f"{sum(p.status == 'unchanged' for p in polled)} unchanged), "
                    f"{sum(p.new_entries for p in polled)} new entries: {len(done.ingest.added)} added, "
                    f"{len(done.ingest.duplicates)} already stored, {len(done.ingest.skipped)} skipped; "
                    f"{len(done.alerts)} alerts")
        for alert in done.alerts:
            render.line(f"alert {alert.id} ({alert.kind}): {alert.title}: {'; '.join(alert.changes)}")
    return EXIT_SKIPPED if failed or done.ingest.skipped else EXIT_OK


# --------------------------------------------------------------- watch-lists

@watchlist_app.command("add")
def watchlist_add(
    name: Annotated[str, typer.Argument(metavar="NAME", help="What to call it.")],
    entity: Annotated[str | None, typer.Option(metavar="NAME", help="Events with this actor, target or place, by any of its names.")] = None,
    place: Annotated[str | None, typer.Option(metavar="NAME", help="Events at this place or any place inside it.")] = None,
    type: Annotated[str | None, typer.Option("--type", metavar="TYPE", help="PLOVER type, e.g. ASSAULT.")] = None,
    modality: Annotated[str | None, typer.Option(metavar="MODALITY", help=", ".join(filters.MODALITIES) + ".")] = None,
    min_killed: Annotated[int | None, typer.Option(metavar="N", help="Events some report gives at least N killed.")] = None,
    webhook: Annotated[str | None, typer.Option(metavar="URL", help="POST each alert here as signed JSON (README: Webhooks).")] = None,
    secret: Annotated[str | None, typer.Option(metavar="SECRET", envvar="CLAIMGRAPH_WEBHOOK_SECRET",
                                               help="The key of the webhook's HMAC-SHA256 signature.")] = None,
    db: DbOption = None, as_json: JsonOption = False,
) -> None:
    """Save a watch-list: after each `claimgraph watch run` round, every new event it matches, and
    every change to one (a new toll, a denial, a new contradiction), raises one alert.

    Exit status: 0 saved; 2 a criterion that means nothing, none given, or a webhook without secret; 3 the store."""
    from claimgraph.watch.watchlists import add_watchlist

    from claimgraph.store.queries import find_entity

    store = open_store(db, create=True)
    saved = _calling(add_watchlist, store, name, entity=entity, place=place, type=type,
                     modality=modality, min_killed=min_killed, webhook=webhook, secret=secret)
    if as_json:
        return render.print_json(_public(saved))
    render.line(f"watch-list {saved.id} saved: {saved.name} ({_criteria(saved)}); Atom: /watch/{saved.id}.atom")
    for named in filter(None, (saved.entity, saved.place)):
        if find_entity(store, named) is None:
            render.line(f"note: nothing named {named!r} is stored yet; its alerts begin when a document names it",
                        "yellow", err=True)


@watchlist_app.command("list")
def watchlist_list(db: DbOption = None, as_json: JsonOption = False) -> None:
    """The watch-lists, with their criteria and webhooks (secrets are never shown)."""
    from claimgraph.store.watch import watchlists

    rows = _calling(watchlists, open_store(db))
    if as_json:
        return render.print_json([_public(w) for w in rows])
    render.table("Watch-lists", ["id", "name", "criteria", "webhook"],
                 [[w.id, w.name, _criteria(w), w.webhook] for w in rows], keep=("id",))


@watchlist_app.command("remove")
def watchlist_remove(watchlist_id: Annotated[int, IdArgument("watch-list")], db: DbOption = None,
                     as_json: JsonOption = False) -> None:
    """Delete a watch-list and its alerts.

    Exit status: 0 removed; 1 no such watch-list; 3 the store."""
    from claimgraph.watch.watchlists import remove_watchlist

    _calling(remove_watchlist, open_store(db), watchlist_id)
    if as_json:
        return render.print_json({"removed": watchlist_id})
    render.line(f"watch-list {watchlist_id} removed")


def _public(watchlist) -> dict:
    return {k: v for k, v in asdict(watchlist).items() if k != "secret"}


def _criteria(w) -> str:
    return ", ".join(f"{label} {value}" for label, value in (
        ("entity", w.entity), ("place", w.place), ("type", w.type), ("modality", w.modality),
        ("killed >=", w.min_killed)) if value is not None)


def alerts(since: Annotated[str | None, typer.Option(metavar="DATE", help=f"Alerts raised on or after this day: {filters.DATE_FORMATS}.")] = None,
           watchlist: Annotated[int | None, typer.Option(metavar="ID", help="Only this watch-list's alerts.")] = None,
           db: DbOption = None, as_json: JsonOption = False) -> None:
    """Alerts raised by the watch-lists, newest first, each with the reports that raised it.

    Exit status: 0 listed; 1 no such watch-list; 2 a bad date; 3 the store."""
    from claimgraph.store.queries import short_source
    from claimgraph.watch.watchlists import find_alerts

    rows = _calling(find_alerts, open_store(db), since=since, watchlist_id=watchlist)
    if as_json:
        return render.print_json(rows)
    render.table("Alerts", ["id", "raised", "watch-list", "kind", "event", "changes", "reports"],
                 [[a.id, a.created, a.watchlist, a.kind, a.title, "; ".join(a.changes),
                   "; ".join(f"{short_source(r.source)}: {r.sentence}" for r in a.reports)] for a in rows],
                 keep=("id", "raised"), wrap=("reports",))

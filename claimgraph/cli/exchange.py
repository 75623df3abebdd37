"""`claimgraph import acled` and `claimgraph compare acled`: other datasets' events, read in as
reference events and held against claimgraph's."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from claimgraph.cli import render
from claimgraph.cli.options import EXIT_STORE, DbOption, JsonOption, fail, open_store
from claimgraph.errors import ClaimgraphError, InputError

import_app = typer.Typer(no_args_is_help=True, rich_markup_mode=None,
                         help="Read another dataset's events into the store as reference events.")
compare_app = typer.Typer(no_args_is_help=True, rich_markup_mode=None,
                          help="Compare claimgraph's events with a dataset's reference events.")

# Below this many rows a progress bar is noise.
PROGRESS_MIN_ROWS = 500


@import_app.command("acled")
def import_acled(
    path: Annotated[Path, typer.Argument(metavar="FILE", help="An ACLED-style CSV: event_date and event_type columns at least.")],
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Store the rows of an ACLED-style CSV as reference events (a row stored before is kept once).

    Exit status: 0 stored; 2 the file is no ACLED-style CSV (the first bad line is named); 3 store error.
    """
    from claimgraph.export.acled_reference import read_rows, reference_events
    from claimgraph.store.references import add_references

    try:
        rows = read_rows(path)
        if len(rows) > PROGRESS_MIN_ROWS and not as_json:
            bar, advance = render.progress(len(rows), "reading")
            with bar:
                found = reference_events(rows, str(path), advance)
        else:
            found = reference_events(rows, str(path))
    except InputError as err:
        fail(str(err))
    store = open_store(db, create=True)
    try:
        with render.status(f"storing {len(found)} reference events", shown=len(found) > PROGRESS_MIN_ROWS and not as_json):
            added, present = add_references(store, found)
    except ClaimgraphError as err:
        fail(str(err), EXIT_STORE)
    if as_json:
        render.print_json({"file": str(path), "rows": len(found), "added": added, "already_stored": present})
    else:
        render.line(f"{added} reference events added, {present} already stored, from {len(found)} rows "
                    f"-> {store.describe()}")


@compare_app.command("acled")
def compare_acled(
    db: DbOption = None,
    as_json: JsonOption = False,
    show: Annotated[str | None, typer.Option(metavar="STATUS", help="Only references of this status: found, differs or missed.")] = None,
) -> None:
    """List which imported ACLED events claimgraph found, missed, or dated or counted differently."""
    from claimgraph.export.acled_reference import DATASET, compare
    from claimgraph.store.graph import graph
    from claimgraph.store.references import references

    statuses = ("found", "differs", "missed")
    if show is not None and show not in statuses:
        fail(f"--show takes one of {', '.join(statuses)}, not {show!r}")
    store = open_store(db)
    imported = references(store, DATASET)
    if not imported:
        fail("no ACLED reference events in the store: run `claimgraph import acled FILE.csv` first")
    result = compare(imported, graph(store))
    matches = [m for m in result.matches if show is None or m.status == show]
    if as_json:
        render.print_json(result if show is None else matches)
        return
    render.table("ACLED reference events", ("reference", "date", "event_type", "location", "fatalities", "status",
                                            "claimgraph event", "differences"),
                 [(m.reference_id, m.date, m.event_type, m.location, m.fatalities, m.status, m.event,
                   "; ".join(m.differences)) for m in matches],
                 keep=("reference", "date", "status", "claimgraph event"), wrap=("differences",),
                 caption=f"{result.found} found, {result.differs} differ, {result.missed} missed "
                         f"of {result.references}")

"""Listing and looking up: documents, entities, entity, events, event, contradictions, stats."""
from __future__ import annotations

import dataclasses
from typing import Annotated

import typer

from claimgraph import filters
from claimgraph.cli import render
from claimgraph.cli.options import DbOption, JsonOption, fail, open_store
from claimgraph.errors import FilterError
from claimgraph.model import ENTITY_TYPES

LimitOption = Annotated[int, typer.Option(metavar="N", help="Show at most this many rows (1 or more).")]
NameOption = lambda text: typer.Option(metavar="NAME", help=text)


def names(entities) -> str:
    """Linked entities (NamedRef) by name, as one cell."""
    return ", ".join(e.name for e in entities)


def checked_limit(limit: int) -> int:
    try:
        return filters.check_limit(limit, "--limit")
    except FilterError as err:
        fail(str(err))


def documents(db: DbOption = None,
              search: Annotated[str | None, typer.Option(metavar="TEXT", help="Text to look for.")] = None,
              limit: LimitOption = 200, as_json: JsonOption = False) -> None:
    """List stored documents with their publication dates and how much was found in each."""
    from claimgraph.store import queries

    rows = queries.documents(open_store(db), search=search, limit=checked_limit(limit))
    if as_json:
        return render.print_json(rows)
    render.table("Documents", ["id", "file", "title", "published", "mentions", "reports"],
                 [[r.id, queries.short_source(r.source), r.title,
                   render.date_label(r.published) + (" (inferred)" if r.published_inferred else ""),
                   r.mentions, r.reports] for r in rows], keep=("id", "file", "published"))


def entities(db: DbOption = None,
             type: Annotated[str | None, typer.Option("--type", metavar="TYPE",
                                                      help=", ".join(ENTITY_TYPES) + ".")] = None,
             search: Annotated[str | None, typer.Option(metavar="TEXT", help="Part of a name or alias.")] = None,
             limit: LimitOption = 50, as_json: JsonOption = False) -> None:
    """List entities across all documents, most mentioned first."""
    from claimgraph.store import queries

    store = open_store(db)
    try:
        rows = queries.entities(store, type=type, search=search, limit=checked_limit(limit))
    except FilterError as err:
        fail(str(err))
    if as_json:
        return render.print_json(rows)
    render.table("Entities", ["name", "type", "mentions", "docs", "aliases"],
                 [[r.name, r.type, r.mentions, r.documents, ", ".join(r.aliases[:6])] for r in rows])


def entity(name: Annotated[str, typer.Argument(metavar="NAME", help="A name, alias or entity id.")], db: DbOption = None,
           why: Annotated[bool, typer.Option("--why", help="Show why each document's entity was merged.")] = False,
           as_json: JsonOption = False) -> None:
    """Everything about one entity: aliases, type, relations, event timeline, the sentences naming it."""
    from claimgraph.store import queries

    if not name.strip():
        fail("give a name, an alias or an entity id; `claimgraph entities` lists them")
    found = queries.entity(open_store(db), name)
    if not found:
        fail(f"no entity named {name!r}; try `claimgraph entities --search ...`", 1)
    if as_json:
        return render.print_json(found)
    render.heading(f"{found.name} ({found.type})  id {found.id}")
    render.table("Aliases", ["alias", "documents"],
                 [[a.alias, ", ".join(map(queries.short_source, a.documents))] for a in found.aliases],
                 wrap=("documents",))
    if found.relations:
        render.table("Relations", ["subject", "predicate", "object / value", "source"],
                     [[r.subject_name, r.predicate, r.object_name or r.value,
                       queries.short_source(r.evidence[0].source)] for r in found.relations])
    if found.events:
        render.table("Timeline", ["date", "type", "modality", "actors", "targets", "place", "killed"],
                     [[render.date_label(e.date, e.date_precision, e.date_end), e.type, e.modality, names(e.actors),
                       names(e.targets), e.location and e.location.name, e.killed] for e in found.events],
                     keep=("date",))
    render.table("Mentions", ["source", "as", "sentence"],
                 [[queries.short_source(m.source), m.text, m.sentence] for m in found.mentions],
                 keep=("source",), wrap=("sentence",))
    if why:
        render.table("Why merged", ["name in document", "document", "rule", "score", "detail"],
                     [[w.name, queries.short_source(w.source), w.rule, f"{w.score:.2f}", w.detail] for w in found.why])


def events(db: DbOption = None,
           type: Annotated[str | None, typer.Option("--type", metavar="TYPE",
                                                    help="PLOVER type, e.g. ASSAULT.")] = None,
           entity: Annotated[str | None, NameOption("Events with this actor, target or place.")] = None,
           actor: Annotated[str | None, NameOption("Events with this actor.")] = None,
           target: Annotated[str | None, NameOption("Events with this target.")] = None,
           place: Annotated[str | None, NameOption("Events at this place or any place inside it.")] = None,
           date_from: Annotated[str | None, typer.Option(
               "--from", metavar="DATE", help=f"Events on or after this date, {filters.DATE_EXAMPLES}.")] = None,
           date_to: Annotated[str | None, typer.Option(
               "--to", metavar="DATE", help=f"Events on or before this date, {filters.DATE_EXAMPLES}.")] = None,
           modality: Annotated[str | None, typer.Option(
               metavar="MODALITY", help=", ".join(filters.MODALITIES) + ".")] = None,
           limit: LimitOption = 100, as_json: JsonOption = False) -> None:
    """List events with dates, places, casualties and sources.

    A date stands for every day it covers: --from 2013-10-15 finds an event dated only
    "October 2013", and --from 2013-09 --to 2013-09 the events of September 2013."""
    from claimgraph.store import queries

    store = open_store(db)
    try:
        filters.check_order(date_from, date_to)
        rows = queries.events(store, type=type, entity=entity, actor=actor, target=target, place=place,
                              date_from=date_from, date_to=date_to, modality=modality, limit=checked_limit(limit))
    except FilterError as err:
        fail(str(err))
    for option, wanted in (("--entity", entity), ("--actor", actor), ("--target", target), ("--place", place)):
        if wanted and wanted.strip():
            _say_which_entity(store, option, wanted.strip())
    if as_json:
        return render.print_json(rows)
    render.table("Events", ["id", "date", "type", "modality", "actors", "targets", "place", "killed", "sources"],
                 [[e.id, render.date_label(e.date, e.date_precision, e.date_end),
                   e.type + (f"/{e.mode}" if e.mode else ""), e.modality, names(e.actors),
                   names(e.targets), e.location and e.location.name, toll(e, "killed"),
                   ", ".join(map(queries.short_source, e.documents))] for e in rows],
                 keep=("id", "date"), wrap=("sources",))


def _say_which_entity(store, option: str, wanted: str) -> None:
    """A note on standard error when a name filter matches no entity, or stands for an entity by a
    part of its name: an empty list then means "no such name", not "nothing happened"."""
    from claimgraph.store import queries

    found = queries.find_entity(store, wanted)
    if found is None:
        render.line(f"note: no entity is named {wanted!r} ({option}); `claimgraph entities --search TEXT` "
                    "lists names", "yellow", err=True)
    elif wanted.casefold() not in {found.id, found.name.casefold(), *(a.casefold() for a in found.aliases)}:
        render.line(f"note: {option} {wanted!r} taken as {found.name} ({found.id})", "yellow", err=True)


def event(event_id: Annotated[str, typer.Argument(metavar="ID", help="Event id, from `claimgraph events`.")],
          db: DbOption = None,
          why: Annotated[bool, typer.Option("--why", help="List the rules behind each report.")] = False,
          as_json: JsonOption = False) -> None:
    """One event: each report with its sentence, document and attribution, and any contradictions."""
    from claimgraph.store import queries

    found = queries.event(open_store(db), event_id)
    if not found:
        fail(f"no event {event_id!r}", 1)
    if as_json:
        return render.print_json(found)
    when = render.date_label(found.date, found.date_precision, found.date_end)
    render.heading(f"{found.type}{'/' + found.mode if found.mode else ''} on "
                   f"{'unknown date' if when == render.UNKNOWN else when} ({found.modality}), {told_by(found)}")
    render.line(f"actors: {render.cell(names(found.actors))}; targets: {render.cell(names(found.targets))}; "
                f"place: {render.cell(found.location and found.location.name)}; "
                f"killed: {render.cell(toll(found, 'killed'))}; injured: {render.cell(toll(found, 'injured'))}")
    render.table("Reports", ["document", "modality", "killed", "according to", "sentence"],
                 [[credit(r), r.modality, r.killed, r.attributed_to_name or r.source_text or "(the document)",
                   r.sentence] for r in found.reports], wrap=("document", "sentence"))
    if why:
        render.heading("Rules behind each report")
        for r in found.reports:
            render.line(f"{credit(r)}, \"{r.trigger}\" at {r.start}:")
            for rule in r.rules or ["(none recorded: stored before rules were kept)"]:
                render.line(f"  {rule}")
    for disputed in found.contradictions:
        title = f"Sources disagree on {disputed.field}" + (f": {disputed.range}" if disputed.range else "")
        render.table(title, ["value", "who gives it", "reports"],
                     [[row.label, "; ".join(map(giver, row.sources)), row.reports] for row in disputed.rows],
                     keep=("value", "reports"), wrap=("who gives it",))


def toll(event, field: str) -> str | None:
    """A figure as the event shows it: "44", or the range its reports give, "44–52 (disputed)"."""
    shown = getattr(event, f"{field}_range")
    return f"{shown} (disputed)" if field in event.disputed else shown


def told_by(event) -> str:
    """Who tells an event: "2 independent outlets (A, B)", "1 document of unknown outlet"."""
    parts = [f"{len(event.outlets)} independent outlet{'s' if len(event.outlets) != 1 else ''} "
             f"({', '.join(event.outlets)})"] if event.outlets else []
    if event.unknown_outlets:
        parts.append(f"{event.unknown_outlets} document{'s' if event.unknown_outlets != 1 else ''} of unknown outlet")
    reports = len(event.reports)
    return " and ".join(parts) + f", {reports} report{'s' if reports != 1 else ''}"


def credit(source) -> str:
    """A document as readers know it: headline · outlet (agency copy)."""
    agency = f" ({source.agency} copy)" if source.agency and source.agency != source.outlet else ""
    return source.title + (f" \u00b7 {source.outlet}" if source.outlet else "") + agency


def giver(source) -> str:
    """Who gives a disputed value: "Ilsa Varga in Convoy hit · Harbor Times ×2"."""
    said = f"{source.speaker} in " if source.speaker else ""
    return said + credit(source) + (f" \u00d7{source.reports}" if source.reports > 1 else "")


def contradictions(db: DbOption = None, as_json: JsonOption = False) -> None:
    """Where reports of one event disagree: death tolls, dates, places, actors, or whether it happened."""
    from claimgraph.store import queries

    rows = queries.contradictions(open_store(db))
    if as_json:
        return render.print_json(rows)
    _contradiction_table(rows)


def _contradiction_table(rows):
    render.table("Contradictions", ["event", "type", "field", "values (who gives them, reports)"],
                 [[c.event, c.event_type, c.field + (f" {c.range}" if c.range else ""), claims_cell(c.rows)]
                  for c in rows], keep=("event",), wrap=("values (who gives them, reports)",))


def claims_cell(rows) -> str:
    """A table of claims as one cell, each value once with who gives it and in how many reports:
    "44 (Ilsa Varga in Convoy hit · Harbor Times, 2 reports); 52 (Convoy ambushed · Daily Ledger)"."""
    return "; ".join(f"{row.label} ({', '.join(map(giver, row.sources))}"
                     f"{f', {row.reports} reports' if row.reports > 1 else ''})" for row in rows)


def stats(db: DbOption = None, as_json: JsonOption = False) -> None:
    """Counts of everything in the store."""
    from claimgraph.store import queries

    figures = queries.stats(open_store(db))
    if as_json:
        return render.print_json(figures)
    counts = {k: v for k, v in dataclasses.asdict(figures).items() if not isinstance(v, dict)}
    render.table("Store", ["what", "count"],
                 [[k, v] for k, v in counts.items()]
                 + [[f"events: {t}", n] for t, n in sorted(figures.event_types.items())]
                 + [[f"entities: {t}", n] for t, n in sorted(figures.entity_types.items())])

"""Listing and looking up: documents, entities, entity, events, event, contradictions, stats."""
from __future__ import annotations

import dataclasses
from typing import Annotated

import typer

from claimgraph.cli import render
from claimgraph.cli.options import DbOption, JsonOption, fail, open_store

LimitOption = Annotated[int, typer.Option(help="Show at most this many rows.")]


def names(entities) -> str:
    """Linked entities (NamedRef) by name, as one cell."""
    return ", ".join(e.name for e in entities)


def documents(db: DbOption = None, search: Annotated[str | None, typer.Option(help="Text to look for.")] = None,
              limit: LimitOption = 200, as_json: JsonOption = False) -> None:
    """List stored documents with their publication dates and how much was found in each."""
    from claimgraph.store import queries

    rows = queries.documents(open_store(db), search=search, limit=limit)
    if as_json:
        return render.print_json(rows)
    render.table("Documents", ["id", "source", "title", "published", "mentions", "reports"],
                 [[r.id, r.source, r.title, f"{r.published or '-'}{' (inferred)' if r.published_inferred else ''}",
                   r.mentions, r.reports] for r in rows])


def entities(db: DbOption = None,
             type: Annotated[str | None, typer.Option("--type", help="PERSON, ORG, GPE, LOC, FAC, NORP …")] = None,
             search: Annotated[str | None, typer.Option(help="Part of a name or alias.")] = None,
             limit: LimitOption = 50, as_json: JsonOption = False) -> None:
    """List entities across all documents, most mentioned first."""
    from claimgraph.store import queries

    rows = queries.entities(open_store(db), type=type, search=search, limit=limit)
    if as_json:
        return render.print_json(rows)
    render.table("Entities", ["name", "type", "mentions", "docs", "aliases"],
                 [[r.name, r.type, r.mentions, r.documents, ", ".join(r.aliases[:6])] for r in rows])


def entity(name: Annotated[str, typer.Argument(help="A name, alias or entity id.")], db: DbOption = None,
           why: Annotated[bool, typer.Option("--why", help="Show why each document's entity was merged.")] = False,
           as_json: JsonOption = False) -> None:
    """Everything about one entity: aliases, type, relations, event timeline, the sentences naming it."""
    from claimgraph.store import queries

    found = queries.entity(open_store(db), name)
    if not found:
        fail(f"no entity named {name!r}; try `claimgraph entities --search ...`", 1)
    if as_json:
        return render.print_json(found)
    render.heading(f"{found.name} ({found.type})  id {found.id}")
    render.table("Aliases", ["alias", "documents"], [[a.alias, ", ".join(a.documents)] for a in found.aliases])
    if found.relations:
        render.table("Relations", ["subject", "predicate", "object / value", "source"],
                     [[r.subject_name, r.predicate, r.object_name or r.value,
                       queries.short_source(r.evidence[0].source)] for r in found.relations])
    if found.events:
        render.table("Timeline", ["date", "type", "modality", "actors", "targets", "place", "killed"],
                     [[e.date, e.type, e.modality, names(e.actors), names(e.targets), e.location and e.location.name,
                       e.killed] for e in found.events])
    render.table("Mentions", ["source", "as", "sentence"],
                 [[queries.short_source(m.source), m.text, m.sentence] for m in found.mentions])
    if why:
        render.table("Why merged", ["name in document", "document", "rule", "score", "detail"],
                     [[w.name, queries.short_source(w.source), w.rule, f"{w.score:.2f}", w.detail] for w in found.why])


def events(db: DbOption = None,
           type: Annotated[str | None, typer.Option("--type", help="PLOVER type, e.g. ASSAULT.")] = None,
           entity: Annotated[str | None, typer.Option(help="Events with this actor, target or place.")] = None,
           place: Annotated[str | None, typer.Option(help="Events located at this place.")] = None,
           date_from: Annotated[str | None, typer.Option("--from", help="Earliest date, YYYY-MM-DD.")] = None,
           date_to: Annotated[str | None, typer.Option("--to", help="Latest date, YYYY-MM-DD.")] = None,
           modality: Annotated[str | None, typer.Option(help="occurred, planned, threatened, possible, denied.")] = None,
           limit: LimitOption = 100, as_json: JsonOption = False) -> None:
    """List events with dates, places, casualties and sources."""
    from claimgraph.store import queries

    rows = queries.events(open_store(db), type=type, entity=entity, place=place, date_from=date_from,
                          date_to=date_to, modality=modality, limit=limit)
    if as_json:
        return render.print_json(rows)
    render.table("Events", ["id", "date", "type", "modality", "actors", "targets", "place", "killed", "sources"],
                 [[e.id, e.date, e.type + (f"/{e.mode}" if e.mode else ""), e.modality, names(e.actors),
                   names(e.targets), e.location and e.location.name, e.killed,
                   ", ".join(map(queries.short_source, e.documents))] for e in rows])


def event(event_id: Annotated[str, typer.Argument(help="Event id, from `claimgraph events`.")],
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
    render.heading(f"{found.type} {found.mode or ''} on {found.date or 'unknown date'} "
                   f"({found.modality}), {found.sources} independent source(s)")
    render.line(f"actors: {names(found.actors) or '-'}; targets: {names(found.targets) or '-'}; "
                f"place: {found.location.name if found.location else '-'}; killed: {found.killed}; "
                f"injured: {found.injured}")
    render.table("Reports", ["source", "modality", "killed", "according to", "sentence"],
                 [[queries.short_source(r.source), r.modality, r.killed,
                   r.attributed_to_name or r.source_text or "(the document)", r.sentence]
                  for r in found.reports])
    if why:
        render.heading("Rules behind each report")
        for r in found.reports:
            render.line(f"{queries.short_source(r.source)}, \"{r.trigger}\" at {r.start}:")
            for rule in r.rules or ["(none recorded: stored before rules were kept)"]:
                render.line(f"  {rule}")
    if found.contradictions:
        _contradiction_table(found.contradictions)


def contradictions(db: DbOption = None, as_json: JsonOption = False) -> None:
    """Where reports of one event disagree: death tolls, dates, places, actors, or whether it happened."""
    from claimgraph.store import queries

    rows = queries.contradictions(open_store(db))
    if as_json:
        return render.print_json(rows)
    _contradiction_table(rows)


def _contradiction_table(rows):
    render.table("Contradictions", ["event", "type", "field", "values (sources)"],
                 [[c.event, c.event_type, c.field, grouped_values(c.values)] for c in rows])


def grouped_values(values) -> str:
    """Each value once, with the documents that give it, the source each cites and how many
    reports do: "44 (a.html, 2 reports); 52 (b.html according to Health Ministry)"."""
    from claimgraph.store import queries

    groups: dict[str, list[str]] = {}
    for v in values:
        source = queries.short_source(v.source)
        groups.setdefault(v.label, []).append(f"{source} according to {v.attributed_to_name}"
                                              if v.attributed_to_name else source)
    parts = []
    for label, sources in groups.items():
        count = f", {len(sources)} reports" if len(sources) > 1 else ""
        parts.append(f"{label} ({', '.join(dict.fromkeys(sources))}{count})")
    return "; ".join(parts)


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

"""Refreshing the resolved graph: load the document-level records, resolve, replace derived tables."""
from __future__ import annotations

from claimgraph import model
from claimgraph.resolve import Resolution, resolve_graph
from claimgraph.store import schema
from claimgraph.store.database import Store
from claimgraph.store.rows import to_row


def refresh_resolution(store: Store) -> Resolution:
    resolution = resolve_graph(
        documents=store.load(model.Document, schema.documents),
        entities=store.load(model.Entity, schema.entities),
        reports=store.load(model.Report, schema.reports),
        relations=store.load(model.Relation, schema.relations),
        judgements=store.judgements(),
    )
    members = [{"event_id": e.id, "entity_id": entity_id, "role": role}
               for e in resolution.events
               for role, ids in (("actor", e.actors), ("target", e.targets), ("location", (e.location,)))
               for entity_id in dict.fromkeys(ids) if entity_id]
    store.replace_derived({
        schema.entity_links: [to_row(link) for link in resolution.links],
        schema.canonical_entities: [to_row(c) for c in resolution.canonicals],
        schema.events: [to_row(e) for e in resolution.events],
        schema.event_members: _unique(members),
        schema.report_events: [{"report_id": r, "event_id": e.id} for e in resolution.events for r in e.reports],
        schema.contradictions: [to_row(c) for c in resolution.contradictions],
    })
    return resolution


def _unique(rows: list[dict]) -> list[dict]:
    return list({tuple(r.values()): r for r in rows}.values())

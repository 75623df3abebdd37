"""The whole resolved graph as one ExportData view: the export format of shared/eval/README.md.

Every list is sorted, so two stores holding the same documents (SQLite or PostgreSQL, any
ingest order) export identical files.
"""
from __future__ import annotations

import collections

import sqlalchemy as sa

from claimgraph import model, views
from claimgraph.store import schema as s
from claimgraph.store.database import Store
from claimgraph.store.queries import contradiction_order, document_select, relations
from claimgraph.store.rows import from_row

EXPORTED_DOCUMENT_FIELDS = ("id", "source", "title", "url", "outlet", "author", "published", "published_origin")


def graph(store: Store) -> views.ExportData:
    with store.engine.connect() as conn:
        docs = [views.ExportDocument(**{k: r._mapping[k] for k in EXPORTED_DOCUMENT_FIELDS},
                                     published_inferred=r.published_origin == "inferred")
                for r in conn.execute(document_select().order_by(s.documents.c.id))]
        canon = dict(conn.execute(sa.select(s.entity_links.c.entity_id, s.entity_links.c.canonical_id)).all())
        canonicals = [from_row(model.CanonicalEntity, r) for r in
                      conn.execute(sa.select(s.canonical_entities).order_by(s.canonical_entities.c.id))]
        mentions = collections.defaultdict(list)
        for m in conn.execute(sa.select(s.mentions).order_by(s.mentions.c.doc_id, s.mentions.c.start,
                                                             s.mentions.c.end)):
            mentions[canon.get(m.entity_id, m.entity_id)].append(
                views.ExportSpan(doc=m.doc_id, start=m.start, end=m.end, text=m.text))
        events = [from_row(model.Event, r) for r in conn.execute(sa.select(s.events).order_by(s.events.c.id))]
        reports = {r.id: r for r in (from_row(model.Report, row) for row in conn.execute(sa.select(s.reports)))}
        contradictions = [from_row(model.Contradiction, r) for r in conn.execute(
            sa.select(s.contradictions).order_by(s.contradictions.c.event_id, s.contradictions.c.field))]
    disputes = collections.defaultdict(dict)     # event id -> disputed field -> the values given
    for c in sorted(contradictions, key=lambda c: contradiction_order(c.field)):
        disputes[c.event_id][c.field] = [v.value for v in c.values]
    return views.ExportData(
        documents=tuple(docs),
        entities=tuple(views.ExportEntity(id=c.id, name=c.name, type=c.type, aliases=c.aliases,
                                          mentions=tuple(mentions.get(c.id, ()))) for c in canonicals),
        events=tuple(_event(e, reports, canon, disputes.get(e.id, {})) for e in events),
        relations=tuple(sorted((_relation(r) for r in relations(store)), key=lambda r: r.id)),
        contradictions=tuple(views.ExportContradiction(
            event=c.event_id, field=c.field,
            values=tuple(views.ExportValue(value=v.value, doc=v.doc_id, report=v.report_id,
                                                attributed_to=v.attributed_to) for v in c.values))
            for c in contradictions),
    )


def _relation(relation: views.RelationView) -> views.ExportRelation:
    return views.ExportRelation(
        id=relation.id, subject=relation.subject, predicate=relation.predicate, object=relation.object,
        value=relation.value,
        evidence=tuple(views.ExportEvidence(doc=e.doc, start=e.start, end=e.end, text=e.text, rules=e.rules)
                       for e in relation.evidence))


def _event(event: model.Event, reports: dict[str, model.Report], canon: dict[str, str],
           disputed: dict[str, list[str]]) -> views.ExportEvent:
    members = sorted((reports[r] for r in event.reports if r in reports),
                     key=lambda r: (r.doc_id, r.evidence.start))
    return views.ExportEvent(
        id=event.id, type=event.type, mode=event.mode, date=event.date, date_precision=event.date_precision,
        date_end=event.date_end, location=event.location, actors=event.actors, targets=event.targets,
        killed=event.killed, injured=event.injured, modality=event.modality, sources=event.sources,
        reports=tuple(views.ExportReport(
            id=r.id, doc=r.doc_id, start=r.evidence.start, end=r.evidence.end, text=r.evidence.text,
            trigger=r.trigger, killed=r.killed, injured=r.injured, modality=r.modality, date=r.date,
            attributed_to=canon.get(r.attributed_to) if r.attributed_to else None, source_text=r.source_text,
            rules=r.rules, also_attributed_to=tuple(canon.get(s, s) for s in r.also_attributed_to))
            for r in members),
        killed_range=views.figure_range(disputed.get("killed") or [event.killed]),
        injured_range=views.figure_range(disputed.get("injured") or [event.injured]),
        disputed=tuple(disputed),
    )

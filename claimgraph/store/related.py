"""Related reporting: for a document or an event, the other documents telling the same story and those
naming the same actors at the same place, newest first.

A document "names" an actor or a place when an event it reports has it as actor or target, or as
location; related by actors and place means sharing at least one of each, so two articles on one
town that name different armed groups, or one group in two towns, are not related by that alone.
"""
from __future__ import annotations

import collections

import sqlalchemy as sa

from claimgraph import views
from claimgraph.store import schema as s
from claimgraph.store.database import Store
from claimgraph.store.queries import document_select

ACTOR_ROLES = ("actor", "target")


def related_to_document(store: Store, doc_id: str) -> views.RelatedReporting:
    with store.engine.connect() as conn:
        events = conn.execute(sa.select(s.report_events.c.event_id).join(
            s.reports, s.reports.c.id == s.report_events.c.report_id).where(s.reports.c.doc_id == doc_id)).scalars()
        return _related(conn, doc_id, set(events), {doc_id})


def related_to_event(store: Store, event_id: str) -> views.RelatedReporting:
    """Besides the documents reporting the event (its page lists them as reports)."""
    with store.engine.connect() as conn:
        reporting = conn.execute(sa.select(s.reports.c.doc_id).join(
            s.report_events, s.reports.c.id == s.report_events.c.report_id)
            .where(s.report_events.c.event_id == event_id)).scalars()
        return _related(conn, event_id, {event_id}, set(reporting))


def _related(conn, about: str, events: set[str], own_documents: set[str]) -> views.RelatedReporting:
    """The documents, other than `own_documents`, in a story with one of them, or naming an actor and
    a place of `events`."""
    story_documents = set(conn.execute(sa.select(s.story_members.c.doc_id).where(s.story_members.c.story_id.in_(
        sa.select(s.story_members.c.story_id).where(s.story_members.c.doc_id.in_(own_documents))))).scalars())
    actors, places = set(), set()
    for entity_id, role in conn.execute(sa.select(s.event_members.c.entity_id, s.event_members.c.role)
                                        .where(s.event_members.c.event_id.in_(events))):
        (actors if role in ACTOR_ROLES else places).add(entity_id)
    shared_actors, shared_places = collections.defaultdict(set), collections.defaultdict(set)
    if actors and places:
        for doc_id, entity_id, role in conn.execute(
                sa.select(s.reports.c.doc_id, s.event_members.c.entity_id, s.event_members.c.role).distinct()
                .join(s.report_events, s.report_events.c.event_id == s.event_members.c.event_id)
                .join(s.reports, s.reports.c.id == s.report_events.c.report_id)
                .where(s.event_members.c.entity_id.in_(actors | places))):
            if role in ACTOR_ROLES and entity_id in actors:
                shared_actors[doc_id].add(entity_id)
            elif role not in ACTOR_ROLES and entity_id in places:
                shared_places[doc_id].add(entity_id)
    by_place = {d for d in shared_actors if shared_places.get(d)}
    wanted = (story_documents | by_place) - own_documents
    rows = [dict(r._mapping) for r in conn.execute(document_select().where(s.documents.c.id.in_(wanted)))]
    named = {*actors, *places}
    names = dict(conn.execute(sa.select(s.canonical_entities.c.id, s.canonical_entities.c.name)
                              .where(s.canonical_entities.c.id.in_(named))).all()) if named else {}
    refs = lambda ids: tuple(sorted((views.NamedRef(i, names.get(i, i)) for i in ids), key=lambda r: r.name))
    newest_first = sorted(rows, key=lambda r: (r["published"] or "", r["source"]), reverse=True)   # undated last
    return views.RelatedReporting(about=about, documents=tuple(
        views.RelatedDocument(id=r["id"], source=r["source"], title=r["title"], outlet=r["outlet"],
                              published=r["published"], same_story=r["id"] in story_documents,
                              shared_actors=refs(shared_actors[r["id"]]) if r["id"] in by_place else (),
                              shared_places=refs(shared_places[r["id"]]) if r["id"] in by_place else ())
        for r in newest_first))

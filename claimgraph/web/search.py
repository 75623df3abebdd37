"""One search box over entities (names, aliases), events (by entity or type) and document text."""
from __future__ import annotations

import dataclasses

from claimgraph import views
from claimgraph.store import Store, queries
from claimgraph.web.markup import snippet

ENTITY_LIMIT, EVENTS_PER_ENTITY, DOCUMENT_LIMIT = 20, 20, 20


def search(store: Store, q: str) -> views.SearchResults:
    q = q.strip()
    if not q:
        return views.SearchResults(q=q, entities=(), events=(), documents=())
    found = queries.entities(store, search=q, limit=ENTITY_LIMIT)
    events: dict[str, views.EventRow] = {}
    if q.upper() in queries.stats(store).event_types:
        events.update((e.id, e) for e in queries.events(store, type=q, limit=EVENTS_PER_ENTITY))
    for entity in found[:3]:
        events.update((e.id, e) for e in queries.events(store, entity=entity.id, limit=EVENTS_PER_ENTITY))
    documents = []
    for doc in queries.documents(store, search=q, limit=DOCUMENT_LIMIT):
        text = queries.document(store, doc.id).text
        documents.append(views.DocumentMatch(**_fields(doc), snippet=snippet(text, q)))
    return views.SearchResults(q=q, entities=tuple(found), events=tuple(events.values()), documents=tuple(documents))


def _fields(view) -> dict:
    """A view's fields, shallow: nested views stay views."""
    return {f.name: getattr(view, f.name) for f in dataclasses.fields(view)}

"""One search box over entities (names, aliases), events (by entity or type) and document text."""
from __future__ import annotations

from claimgraph.store import Store, queries
from claimgraph.web.markup import snippet

ENTITY_LIMIT, EVENTS_PER_ENTITY, DOCUMENT_LIMIT = 20, 20, 20


def search(store: Store, q: str) -> dict:
    q = q.strip()
    if not q:
        return {"q": q, "entities": [], "events": [], "documents": []}
    found = queries.entities(store, search=q, limit=ENTITY_LIMIT)
    events: dict[str, dict] = {}
    if q.upper() in queries.stats(store)["event_types"]:
        events.update((e["id"], e) for e in queries.events(store, type=q, limit=EVENTS_PER_ENTITY))
    for entity in found[:3]:
        events.update((e["id"], e) for e in queries.events(store, entity=entity["id"], limit=EVENTS_PER_ENTITY))
    documents = []
    for doc in queries.documents(store, search=q, limit=DOCUMENT_LIMIT):
        text = queries.document(store, doc["id"])["text"]
        documents.append({**doc, "snippet": snippet(text, q)})
    return {"q": q, "entities": found, "events": list(events.values()), "documents": documents}

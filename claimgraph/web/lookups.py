"""Finding one document, entity or event for a route, or answering 404 in the user's words."""
from __future__ import annotations

from fastapi import HTTPException

from claimgraph import views
from claimgraph.store import Store, queries


def document_or_404(store: Store, doc_id: str) -> views.DocumentDetail:
    found = queries.document(store, doc_id)
    if not found:
        raise HTTPException(404, f"no document with id {doc_id!r}")
    return found


def entity_or_404(store: Store, key: str) -> views.EntityDetail:
    """An entity by its id, or by a name or alias written exactly (any case); never a partial match,
    so a link to an entity that resolution has since merged away answers 404, not a neighbour."""
    found = queries.find_entity(store, key)
    names = {found.name.casefold(), *(a.casefold() for a in found.aliases or ())} if found else set()
    if not found or (found.id != key and key.casefold() not in names):
        raise HTTPException(404, f"no entity with id or name {key!r}")
    return queries.entity(store, found.id)


def event_or_404(store: Store, event_id: str) -> views.EventDetail:
    found = queries.event(store, event_id)
    if not found:
        raise HTTPException(404, f"no event with id {event_id!r}")
    return found


def story_or_404(store: Store, story_id: str) -> views.StoryDetail:
    found = queries.story(store, story_id)
    if not found:
        raise HTTPException(404, f"no story with id {story_id!r}")
    return found

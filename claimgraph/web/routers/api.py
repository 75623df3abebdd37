"""The JSON API under /api/: the store's read queries, paged, and the two token-guarded writes.

Each route's return annotation is a view from claimgraph.views: FastAPI validates the answer against
it and derives the route's schema in /openapi.json from it."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request

from claimgraph import views
from claimgraph.store import Store, queries
from claimgraph.web import corrections
from claimgraph.web.deps import get_settings, get_store, require_write_token
from claimgraph.web.errors import EVERY_ROUTE, NOT_FOUND, WRITE
from claimgraph.web.lookups import document_or_404, entity_or_404, event_or_404, story_or_404
from claimgraph.web.network import network
from claimgraph.web.schemas import MergeRequest, SplitRequest
from claimgraph.web.search import search

router = APIRouter(prefix="/api", tags=["api"], responses=EVERY_ROUTE)
StoreDep = Annotated[Store, Depends(get_store)]
# Beyond any store's size, and inside the 64-bit integers databases take (2**63 gave a 500).
MAX_OFFSET = 2**31 - 1
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET)]


def page_size(request: Request, limit: Annotated[int | None, Query(ge=1, le=MAX_OFFSET)] = None) -> int:
    settings = get_settings(request)
    return min(limit or settings.page_size, settings.max_page_size)


Limit = Annotated[int, Depends(page_size)]


def paged(items: list, limit: int, offset: int) -> views.Page:
    return views.Page(items=tuple(items), limit=limit, offset=offset,
                      next_offset=offset + limit if len(items) == limit else None)


@router.get("/stats")
def stats(store: StoreDep) -> views.Stats:
    return queries.stats(store)


@router.get("/documents")
def documents(store: StoreDep, limit: Limit, offset: Offset = 0,
              search: str | None = None) -> views.Page[views.DocumentRow]:
    return paged(queries.documents(store, search=search, limit=limit, offset=offset), limit, offset)


@router.get("/documents/{doc_id}", responses=NOT_FOUND)
def document(doc_id: str, store: StoreDep) -> views.DocumentDetail:
    return document_or_404(store, doc_id)


@router.get("/entities")
def entities(store: StoreDep, limit: Limit, offset: Offset = 0, type: str | None = None,
             search: str | None = None) -> views.Page[views.EntityRow]:
    return paged(queries.entities(store, type=type, search=search, limit=limit, offset=offset), limit, offset)


@router.get("/entities/{entity_id}", responses=NOT_FOUND)
def entity(entity_id: str, store: StoreDep) -> views.EntityDetail:
    return entity_or_404(store, entity_id)


@router.get("/events")
def events(store: StoreDep, limit: Limit, offset: Offset = 0, type: str | None = None, entity: str | None = None,
           place: str | None = None, date_from: str | None = None, date_to: str | None = None,
           modality: str | None = None) -> views.Page[views.EventRow]:
    found = queries.events(store, type=type, entity=entity, place=place, date_from=date_from, date_to=date_to,
                           modality=modality, limit=limit, offset=offset)
    return paged(found, limit, offset)


@router.get("/events/{event_id}", responses=NOT_FOUND)
def event(event_id: str, store: StoreDep) -> views.EventDetail:
    return event_or_404(store, event_id)


@router.get("/contradictions")
def contradictions(store: StoreDep, limit: Limit, offset: Offset = 0) -> views.Page[views.ContradictionView]:
    return paged(queries.contradictions(store)[offset:offset + limit], limit, offset)


@router.get("/stories")
def stories(store: StoreDep, limit: Limit, offset: Offset = 0) -> views.Page[views.StoryRow]:
    return paged(queries.stories(store)[offset:offset + limit], limit, offset)


@router.get("/stories/{story_id}", responses=NOT_FOUND)
def story(story_id: str, store: StoreDep) -> views.StoryDetail:
    return story_or_404(store, story_id)


@router.get("/relations", responses=NOT_FOUND)
def relations(store: StoreDep, limit: Limit, offset: Offset = 0,
              entity: str | None = None) -> views.Page[views.RelationView]:
    entity_id = entity_or_404(store, entity).id if entity else None
    return paged(queries.relations(store, entity_id=entity_id)[offset:offset + limit], limit, offset)


@router.get("/search")
def search_all(store: StoreDep, q: str) -> views.SearchResults:
    return search(store, q)


@router.get("/network")
def entity_network(store: StoreDep, limit: Annotated[int, Query(ge=1, le=500)] = 80,
                   type: str | None = None) -> views.Network:
    return network(store, limit=limit, type=type)


@router.post("/merge", dependencies=[Depends(require_write_token)], responses=WRITE)
def merge(body: MergeRequest, store: StoreDep) -> views.Correction:
    return corrections.apply(store, "merge", body.left, body.right, body.note, body.force)


@router.post("/split", dependencies=[Depends(require_write_token)], responses=WRITE)
def split(body: SplitRequest, store: StoreDep) -> views.Correction:
    return corrections.apply(store, "split", body.entity, body.alias, body.note)

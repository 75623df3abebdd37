"""The JSON API under /api/: the store's read queries, paged, and the two token-guarded writes.

Each route's return annotation is a view from claimgraph.views: FastAPI validates the answer against
it and derives the route's schema in /openapi.json from it."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request

from claimgraph import filters, views
from claimgraph.model import ENTITY_TYPES, MODALITIES
from claimgraph.ontology import PLOVER_TYPES
from claimgraph.store import Store, queries, related
from claimgraph.web import corrections
from claimgraph.web.deps import get_settings, get_store, require_write_token
from claimgraph.web.errors import EVERY_ROUTE, NOT_FOUND, WRITE
from claimgraph.web.eventmap import event_map
from claimgraph.web.lookups import document_or_404, entity_or_404, event_or_404, story_or_404
from claimgraph.web.network import network
from claimgraph.web.paging import paged
from claimgraph.web.schemas import MergeRequest, SplitRequest
from claimgraph.web.search import search
from claimgraph.web.timeline import timeline

router = APIRouter(prefix="/api", tags=["api"], responses=EVERY_ROUTE)
StoreDep = Annotated[Store, Depends(get_store)]
Offset = Annotated[int, Query(ge=0, le=filters.MAX_LIMIT, description="Rows to skip: the next_offset of "
                                                                       "the page before.")]
DATE = f"{filters.DATE_FORMATS}: an event matches when any day it covers (at its precision) is in range."


def page_size(request: Request, limit: Annotated[int | None, Query(
        ge=1, le=filters.MAX_LIMIT, description="Rows per page: 50 unless asked, at most 500 (a larger "
                                                "limit gives 500).")]
        = None) -> int:
    settings = get_settings(request)
    return min(limit or settings.page_size, settings.max_page_size)


Limit = Annotated[int, Depends(page_size)]


def one_of(choices: tuple[str, ...]) -> dict:
    """The schema's list of valid values; checked (case aside) by claimgraph.filters, whose 422 names them."""
    return {"enum": ["", *choices]}


EntityType = Annotated[str | None, Query(description="An entity type: " + ", ".join(ENTITY_TYPES),
                                         json_schema_extra=one_of(ENTITY_TYPES))]


@router.get("/stats")
def stats(store: StoreDep) -> views.Stats:
    return queries.stats(store)


@router.get("/documents")
def documents(store: StoreDep, limit: Limit, offset: Offset = 0,
              search: str | None = None) -> views.Page[views.DocumentRow]:
    return paged(queries.documents(store, search=search, limit=limit, offset=offset),
                 queries.count_documents(store, search=search), limit, offset)


@router.get("/documents/{doc_id}", responses=NOT_FOUND)
def document(doc_id: str, store: StoreDep) -> views.DocumentDetail:
    return document_or_404(store, doc_id)


@router.get("/documents/{doc_id}/related", responses=NOT_FOUND)
def document_related(doc_id: str, store: StoreDep) -> views.RelatedReporting:
    """The other documents of its story, and those naming one of its actors at one of its places, newest first."""
    return related.related_to_document(store, document_or_404(store, doc_id).id)


@router.get("/entities")
def entities(store: StoreDep, limit: Limit, offset: Offset = 0, type: EntityType = None,
             search: str | None = None) -> views.Page[views.EntityRow]:
    return paged(queries.entities(store, type=type, search=search, limit=limit, offset=offset),
                 queries.count_entities(store, type=type, search=search), limit, offset)


@router.get("/entities/{entity_id}", responses=NOT_FOUND)
def entity(entity_id: str, store: StoreDep) -> views.EntityDetail:
    return entity_or_404(store, entity_id)


def event_criteria(
        type: Annotated[str | None, Query(description="A PLOVER type: " + ", ".join(PLOVER_TYPES),
                                          json_schema_extra=one_of(PLOVER_TYPES))] = None,
        entity: Annotated[str | None, Query(description="An actor, target or place: name or id")] = None,
        actor: Annotated[str | None, Query(description="An actor: name or id")] = None,
        target: Annotated[str | None, Query(description="A target: name or id")] = None,
        place: Annotated[str | None, Query(description="A place, or any place inside it: name or id")] = None,
        date_from: Annotated[str | None, Query(description="Earliest date, " + DATE,
                                               json_schema_extra={"pattern": filters.DATE_PATTERN})] = None,
        date_to: Annotated[str | None, Query(description="Latest date, " + DATE,
                                             json_schema_extra={"pattern": filters.DATE_PATTERN})] = None,
        modality: Annotated[str | None, Query(description=", ".join(MODALITIES),
                                              json_schema_extra=one_of(MODALITIES))] = None) -> dict:
    """The event filters every event route takes, as keyword arguments of queries.events."""
    return dict(type=type, entity=entity, actor=actor, target=target, place=place, date_from=date_from,
                date_to=date_to, modality=modality)


Criteria = Annotated[dict, Depends(event_criteria)]


@router.get("/events")
def events(store: StoreDep, limit: Limit, criteria: Criteria, offset: Offset = 0) -> views.Page[views.EventRow]:
    return paged(queries.events(store, **criteria, limit=limit, offset=offset),
                 queries.count_events(store, **criteria), limit, offset)


def chart_events(request: Request, store: StoreDep, criteria: Criteria) -> list[views.EventRow]:
    """The filtered events a chart draws: the first max_page_size (500 unless the server says)."""
    return queries.events(store, **criteria, limit=get_settings(request).max_page_size)


ChartEvents = Annotated[list[views.EventRow], Depends(chart_events)]


@router.get("/timeline")
def event_timeline(events: ChartEvents) -> views.Timeline:
    """The filtered events (the first 500) as dated spans, the dense range to show first, the undated."""
    return timeline(events)


@router.get("/map")
def map_of_events(store: StoreDep, events: ChartEvents) -> views.EventMap:
    """The filtered events (the first 500) at their places' points, and those the map cannot show."""
    return event_map(store, events)


@router.get("/events/{event_id}", responses=NOT_FOUND)
def event(event_id: str, store: StoreDep) -> views.EventDetail:
    return event_or_404(store, event_id)


@router.get("/events/{event_id}/related", responses=NOT_FOUND)
def event_related(event_id: str, store: StoreDep) -> views.RelatedReporting:
    """Documents not reporting the event that share a story with one that does, or name one of its
    actors at its place, newest first."""
    return related.related_to_event(store, event_or_404(store, event_id).id)


@router.get("/contradictions")
def contradictions(store: StoreDep, limit: Limit, offset: Offset = 0) -> views.Page[views.ContradictionView]:
    found = queries.contradictions(store)
    return paged(found[offset:offset + limit], len(found), limit, offset)


@router.get("/stories")
def stories(store: StoreDep, limit: Limit, offset: Offset = 0) -> views.Page[views.StoryRow]:
    found = queries.stories(store)
    return paged(found[offset:offset + limit], len(found), limit, offset)


@router.get("/stories/{story_id}", responses=NOT_FOUND)
def story(story_id: str, store: StoreDep) -> views.StoryDetail:
    return story_or_404(store, story_id)


@router.get("/relations", responses=NOT_FOUND)
def relations(store: StoreDep, limit: Limit, offset: Offset = 0,
              entity: str | None = None) -> views.Page[views.RelationView]:
    entity_id = entity_or_404(store, entity).id if entity else None
    found = queries.relations(store, entity_id=entity_id)
    return paged(found[offset:offset + limit], len(found), limit, offset)


@router.get("/search")
def search_all(store: StoreDep, q: Annotated[str, Query(description="A name (any spelling), an event type or words")],
               limit: Limit, offset: Offset = 0) -> views.SearchResults:
    """Entities, events and documents, each list paged with the same limit and offset. An entity named
    by any of its spellings brings every document and event of it, under whichever spelling they write."""
    return search(store, q, limit=limit, offset=offset)


@router.get("/network")
def entity_network(store: StoreDep, limit: Annotated[int, Query(ge=1, le=500, description=(
        "How many of the most mentioned entities to draw: 80 unless asked, at most 500."))] = 80,
                   type: EntityType = None) -> views.Network:
    return network(store, limit=limit, type=type)


@router.post("/merge", dependencies=[Depends(require_write_token)], responses=WRITE)
def merge(body: MergeRequest, store: StoreDep) -> views.Correction:
    return corrections.apply(store, "merge", body.left, body.right, body.note, body.force)


@router.post("/split", dependencies=[Depends(require_write_token)], responses=WRITE)
def split(body: SplitRequest, store: StoreDep) -> views.Correction:
    return corrections.apply(store, "split", body.entity, body.alias, body.note)

"""HTML pages: overview, search, documents, entities (with correction forms), events, timeline, map, network,
API reference."""
from __future__ import annotations

import urllib.parse
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import RedirectResponse
from starlette.concurrency import run_in_threadpool

from claimgraph import filters
from claimgraph.model import MODALITIES
from claimgraph.store import Store, queries, related
from claimgraph.web import apidocs, corrections
from claimgraph.web.deps import get_settings, get_store, get_templates, token_accepted, READ_ONLY
from claimgraph.web.eventmap import event_map
from claimgraph.web.lookups import document_or_404, entity_or_404, event_or_404
from claimgraph.web.markup import document_segments, highlight
from claimgraph.web.paging import paged, pager
from claimgraph.web.search import search
from claimgraph.web.timeline import timeline

router = APIRouter(include_in_schema=False)
StoreDep = Annotated[Store, Depends(get_store)]
Offset = Annotated[int, Query(ge=0, le=filters.MAX_LIMIT)]
ACTOR_TYPES = ("PERSON", "ORG", "GPE", "NORP")
OVERVIEW_ROWS = 10


def render(request: Request, template: str, status_code: int = 200, **context):
    return get_templates(request).TemplateResponse(request, template, context, status_code=status_code)


@router.get("/")
def overview(request: Request, store: StoreDep):
    latest = queries.events(store, newest_first=True, limit=OVERVIEW_ROWS)
    actors = [e for e in queries.entities(store, limit=5 * OVERVIEW_ROWS) if e.type in ACTOR_TYPES]
    stats = queries.stats(store)
    return render(request, "overview.html", stats=stats, latest=latest,
                  undated=stats.undated_events, actors=actors[:OVERVIEW_ROWS],
                  contradictions=queries.contradictions(store), documents=queries.documents(store, limit=OVERVIEW_ROWS))


@router.get("/search")
def search_page(request: Request, store: StoreDep, offset: Offset = 0, q: str = ""):
    results = search(store, q, limit=get_settings(request).page_size, offset=offset)
    pagers = {name: pager(getattr(results, name), "/search", {"q": q}) for name in ("entities", "events", "documents")}
    return render(request, "search.html", results=results, q=q, pagers=pagers)


@router.get("/documents")
def documents_page(request: Request, store: StoreDep, offset: Offset = 0, search: str = ""):
    limit = get_settings(request).page_size
    page = paged(queries.documents(store, search=search or None, limit=limit, offset=offset),
                 queries.count_documents(store, search=search or None), limit, offset)
    return render(request, "documents.html", documents=page.items, search=search,
                  pages=pager(page, "/documents", {"search": search}))


@router.get("/documents/{doc_id}")
def document_page(doc_id: str, request: Request, store: StoreDep):
    doc = document_or_404(store, doc_id)
    names = {e.id: e.name for e in queries.entities(store)}
    return render(request, "document.html", doc=doc, names=names, story=queries.document_story(store, doc_id),
                  related=related.related_to_document(store, doc.id),
                  segments=document_segments(doc.text, doc.sentences, doc.mentions, doc.reports))


@router.get("/entities")
def entities_page(request: Request, store: StoreDep, offset: Offset = 0, type: str = "", search: str = ""):
    limit = get_settings(request).page_size
    criteria = dict(type=type or None, search=search or None)
    page = paged(queries.entities(store, **criteria, limit=limit, offset=offset),
                 queries.count_entities(store, **criteria), limit, offset)
    return render(request, "entities.html", entities=page.items, types=sorted(queries.stats(store).entity_types),
                  type=type, search=search, pages=pager(page, "/entities", {"type": type, "search": search}))


@router.get("/entities/{entity_id}")
def entity_page(entity_id: str, request: Request, store: StoreDep):
    return render(request, "entity.html", entity=entity_or_404(store, entity_id))


@router.post("/entities/{entity_id}/{kind}")
async def correct_entity(entity_id: str, kind: str, request: Request, store: StoreDep):
    """The entity page's merge and split forms: the token travels as a form field."""
    if kind not in ("merge", "split"):
        raise HTTPException(404, f"no correction {kind!r}: merge or split")
    form = dict(urllib.parse.parse_qsl((await request.body()).decode("utf-8", "replace")))
    entity = await run_in_threadpool(entity_or_404, store, entity_id)
    settings = get_settings(request)
    if not settings.writable or not token_accepted(settings, form.get("token")):
        message = READ_ONLY if not settings.writable else "the write token is wrong"
        return render(request, "entity.html", 403, entity=entity, error=message)
    try:
        result = await run_in_threadpool(corrections.apply, store, kind, entity.id,
                                         form.get("other", "").strip(), form.get("note", ""))
    except HTTPException as err:
        return render(request, "entity.html", err.status_code, entity=entity, error=err.detail)
    return RedirectResponse(f"/entities/{urllib.parse.quote(result.entity.id)}", status_code=303)


@router.get("/events/{event_id}")
def event_page(event_id: str, request: Request, store: StoreDep):
    event = event_or_404(store, event_id)
    sentences = {r.id: highlight(r.sentence, r.trigger) for r in event.reports}
    return render(request, "event.html", event=event, sentences=sentences,
                  related=related.related_to_event(store, event.id))


def event_criteria(type: str = "", actor: str = "", target: str = "", place: str = "", modality: str = "",
                   date_from: str = "", date_to: str = "") -> dict:
    """The filter form of the timeline and the map, as typed (empty: not given)."""
    return {"type": type, "actor": actor, "target": target, "place": place, "modality": modality,
            "date_from": date_from, "date_to": date_to}


def filtered_events(request: Request, store: StoreDep, criteria: Annotated[dict, Depends(event_criteria)]) -> dict:
    """The timeline's and the map's shared context: the filtered events (the first max_page_size)
    and what the filter form shows. A value that means nothing ("garbage" for a date) is a 422
    page naming the valid choices."""
    limit = get_settings(request).max_page_size
    events = queries.events(store, **criteria, limit=limit)
    return dict(events=events, filters=criteria, types=sorted(queries.stats(store).event_types),
                modalities=MODALITIES, limited=len(events) == limit,
                query=urllib.parse.urlencode({k: v for k, v in criteria.items() if v}))


FilteredEvents = Annotated[dict, Depends(filtered_events)]


@router.get("/timeline")
def timeline_page(request: Request, context: FilteredEvents):
    return render(request, "timeline.html", chart=timeline(context["events"]), **context)


@router.get("/map")
def map_page(request: Request, store: StoreDep, context: FilteredEvents):
    return render(request, "map.html", chart=event_map(store, context["events"]), **context)


@router.get("/docs")
def api_reference(request: Request):
    operations, models = apidocs.reference(request.app.openapi())
    settings = get_settings(request)
    return render(request, "docs.html", operations=operations, models=models, model_names={m.name for m in models},
                  description=request.app.description, page_size=settings.page_size,
                  max_page_size=settings.max_page_size)


@router.get("/network")
def network_page(request: Request, store: StoreDep):
    return render(request, "network.html", types=sorted(queries.stats(store).entity_types))

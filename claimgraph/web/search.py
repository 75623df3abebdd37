"""One search box over entities (names, aliases), events (by entity or type) and documents.

An entity whose name or an alias resolution grouped under it contains the words searched for, whole,
is matched: its events, and every document naming it under any of its spellings, are found beside the
documents that contain the words themselves. So one spelling finds what all of them name.
"""
from __future__ import annotations

import dataclasses
import re

from claimgraph import views
from claimgraph.store import Store, queries
from claimgraph.web.markup import snippet
from claimgraph.web.paging import paged

# Entities whose spellings a search expands: a query naming more (a common word) is too vague to
# pull in every document of each, and still lists them all among the entities.
MATCHED_LIMIT = 5


def search(store: Store, q: str, limit: int = 20, offset: int = 0) -> views.SearchResults:
    q = q.strip()
    if not q:
        empty = paged([], 0, limit, offset)
        return views.SearchResults(q=q, matched=(), entities=empty, events=empty, documents=empty)
    entities = paged(queries.entities(store, search=q, limit=limit, offset=offset),
                     queries.count_entities(store, search=q), limit, offset)
    matched = [views.SpellingMatch(e.id, e.name, e.type, (e.name, *e.aliases))
               for e in queries.entities(store, search=q) if any(names(q, s) for s in (e.name, *e.aliases))]
    matched = matched[:MATCHED_LIMIT]
    return views.SearchResults(q=q, matched=tuple(matched), entities=entities,
                               events=_events(store, q, matched, limit, offset),
                               documents=_documents(store, q, matched, limit, offset))


def names(q: str, spelling: str) -> bool:
    """Whether `spelling` contains the words of `q`, whole and in order ("Front" names "Northern
    Front", "Fro" does not), case aside."""
    wanted, words = _words(q), _words(spelling)
    return bool(wanted) and any(words[i:i + len(wanted)] == wanted for i in range(len(words) - len(wanted) + 1))


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def _events(store: Store, q: str, matched: list[views.SpellingMatch], limit: int, offset: int) -> views.Page:
    found: dict[str, views.EventRow] = {}
    if q.upper() in queries.stats(store).event_types:
        found.update((e.id, e) for e in queries.events(store, type=q))
    for entity in matched:
        found.update((e.id, e) for e in queries.events(store, entity=entity.id))
    ordered = sorted(found.values(), key=lambda e: (e.date is None, e.date or "", e.id))
    return paged(ordered[offset:offset + limit], len(ordered), limit, offset)


def _documents(store: Store, q: str, matched: list[views.SpellingMatch], limit: int, offset: int) -> views.Page:
    spelled = queries.spellings_by_document(store, [e.id for e in matched]) if matched else {}
    ids = sorted({*queries.document_ids(store, q), *spelled})
    rows = queries.documents(store, ids=ids, limit=limit, offset=offset)
    texts = queries.document_texts(store, [d.id for d in rows])
    documents = []
    for doc in rows:
        text, written = texts[doc.id], tuple(sorted(spelled.get(doc.id, ())))
        around = q if q.casefold() in text.casefold() else next(iter(written), q)
        documents.append(views.DocumentMatch(**_fields(doc), snippet=snippet(text, around), spellings=written))
    return paged(documents, len(ids), limit, offset)


def _fields(view) -> dict:
    """A view's fields, shallow: nested views stay views."""
    return {f.name: getattr(view, f.name) for f in dataclasses.fields(view)}

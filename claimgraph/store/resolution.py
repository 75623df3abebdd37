"""Refreshing the resolved graph: load the document-level records, resolve, replace derived tables.

The generation read first (Store.generations) is written with the result, so a resolution that
crashed is redone by the next run (`resolve_if_due`) and one overtaken by a newer concurrent
resolution is discarded (Store.replace_derived).
"""
from __future__ import annotations

import collections

import sqlalchemy as sa

from claimgraph import model
from claimgraph.clean.outlets import OPENING_CHARS, credited_agency
from claimgraph.errors import StoreError
from claimgraph.resolve import Resolution, resolve_graph
from claimgraph.resolve.events import source_key
from claimgraph.resolve.stories import LEAD_SCAN, lead_sentences
from claimgraph.store import schema
from claimgraph.store.database import Store
from claimgraph.store.rows import to_row


def resolve_if_due(store: Store) -> Resolution | None:
    """Resolve when a document or a correction came after the last finished resolution."""
    return refresh_resolution(store) if store.resolution_due() else None


def refresh_resolution(store: Store) -> Resolution:
    """Resolve the whole store again and store the result (unless a newer one is already stored)."""
    try:
        return _refresh(store)
    except sa.exc.SQLAlchemyError as err:
        raise StoreError(f"could not resolve {store.describe()}: {str(err).splitlines()[0]}; the previous "
                         f"graph is kept, and the next run (or `claimgraph resolve`) resolves again") from err


def _refresh(store: Store) -> Resolution:
    generation, _ = store.generations()      # before reading the input: the result covers it
    resolution = resolve_graph(
        sources=independent_sources(store),
        entities=store.load(model.Entity, schema.entities),
        reports=store.load(model.Report, schema.reports),
        relations=store.load(model.Relation, schema.relations),
        judgements=store.judgements(),
        undated=undated_documents(store),
        leads=document_leads(store),
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
        schema.document_dates: [to_row(d) for d in resolution.document_dates],
        schema.stories: [to_row(story) for story in resolution.stories],
        schema.story_members: [{"doc_id": doc, "story_id": story.id}
                               for story in resolution.stories for doc in story.members],
    }, generation)
    return resolution


def independent_sources(store: Store) -> dict[str, str]:
    """Each document's source key (a reprint's agency, its outlet or site), read from its metadata
    and opening lines without loading any document's whole text."""
    d = schema.documents.c
    opening = sa.func.substr(d.text, 1, OPENING_CHARS)
    with store.engine.connect() as conn:
        return {doc_id: source_key(outlet, url, doc_id, credited_agency(head or ""))
                for doc_id, outlet, url, head in conn.execute(sa.select(d.id, d.outlet, d.url, opening))}


def document_leads(store: Store) -> list[model.Lead]:
    """Each document's headline, lead sentences (resolve.stories.lead_sentences) and the entities
    they name, read without loading any document's full text."""
    d, sen, m = schema.documents, schema.sentences, schema.mentions
    with store.engine.connect() as conn:
        lines = collections.defaultdict(list)
        for doc_id, text in conn.execute(sa.select(sen.c.doc_id, sen.c.text)
                                         .where(sen.c.index < LEAD_SCAN).order_by(sen.c.doc_id, sen.c.index)):
            lines[doc_id].append(text)
        named = collections.defaultdict(dict)
        for doc_id, sentence, entity_id in conn.execute(sa.select(m.c.doc_id, m.c.sentence_index, m.c.entity_id)
                                                        .where(m.c.sentence_index < LEAD_SCAN)):
            named[doc_id].setdefault(sentence, {})[entity_id] = None
        leads = []
        for doc_id, title, published in conn.execute(sa.select(d.c.id, d.c.title, d.c.published)):
            lead = lead_sentences(lines[doc_id], title)
            leads.append(model.Lead(doc_id, "\n".join(lines[doc_id][i].strip() for i in lead), title, published,
                                    tuple(dict.fromkeys(e for i in lead for e in named[doc_id].get(i, ())))))
        return leads


def undated_documents(store: Store) -> set[str]:
    """Documents that neither print nor imply a publication date."""
    with store.engine.connect() as conn:
        return set(conn.execute(sa.select(schema.documents.c.id)
                                .where(schema.documents.c.published.is_(None))).scalars())


def _unique(rows: list[dict]) -> list[dict]:
    return list({tuple(r.values()): r for r in rows}.values())

"""Read queries over the resolved graph, shared by the CLI, the web app and the exporters.

Each returns views declared in claimgraph.views, so every interface shows the same facts.
Entity ids in views are canonical ids.
"""
from __future__ import annotations

import collections
import json
from typing import NamedTuple

import sqlalchemy as sa

from claimgraph import filters, model, views
from claimgraph.clean import outlets
from claimgraph.resolve.places import PLACE_TYPES, PlaceHierarchy
from claimgraph.store import schema as s
from claimgraph.store.database import Store
from claimgraph.store.rows import from_row

DOCUMENT_FIELDS = ("id", "source", "title", "url", "outlet", "author", "published", "published_origin",
                   "language", "warnings", "ingested_at")


def _rows(store: Store, query) -> list[dict]:
    with store.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(query)]


def _document_fields(row: dict) -> dict:
    return {**{k: row.get(k) for k in DOCUMENT_FIELDS}, "warnings": tuple(row.get("warnings") or ()),
            "published_inferred": row.get("published_origin") == "inferred"}


def document_select(*extra):
    """The documents' fields, with the publication date resolution inferred across documents
    (document_dates) standing in where the document neither prints nor implies one."""
    d, dd = s.documents, s.document_dates
    across = d.c.published.is_(None) & dd.c.published.is_not(None)
    resolved = {"published": sa.func.coalesce(d.c.published, dd.c.published).label("published"),
                "published_origin": sa.case((across, sa.literal("inferred")),
                                            else_=d.c.published_origin).label("published_origin")}
    return (sa.select(*[resolved.get(k, d.c[k]) for k in DOCUMENT_FIELDS], *extra)
            .select_from(d.outerjoin(dd, dd.c.doc_id == d.c.id)))


# ----------------------------------------------------------------- documents

def documents(store: Store, search: str | None = None, limit: int | None = None,
              offset: int = 0, ids: list[str] | None = None) -> list[views.DocumentRow]:
    """Documents in source order: all, those whose text or title contains `search`, or those of `ids`."""
    query = _searched_documents(document_select().order_by(s.documents.c.source), search)
    if ids is not None:
        query = query.where(s.documents.c.id.in_(ids))
    rows = _rows(store, query.limit(limit).offset(offset))
    counts = _count_by(store, s.mentions.c.doc_id) if rows else {}
    reports = _count_by(store, s.reports.c.doc_id) if rows else {}
    return [views.DocumentRow(**_document_fields(r), mentions=counts.get(r["id"], 0),
                              reports=reports.get(r["id"], 0)) for r in rows]


def count_documents(store: Store, search: str | None = None) -> int:
    return _count(store, _searched_documents(sa.select(s.documents.c.id), search))


def document_ids(store: Store, search: str) -> list[str]:
    """The ids of the documents whose text or title contains `search`."""
    return [r["id"] for r in _rows(store, _searched_documents(sa.select(s.documents.c.id), search))]


def document_texts(store: Store, ids: list[str]) -> dict[str, str]:
    return dict(_rows_pairs(store, sa.select(s.documents.c.id, s.documents.c.text).where(s.documents.c.id.in_(ids))))


def spellings_by_document(store: Store, canonical_ids: list[str]) -> dict[str, set[str]]:
    """For each document naming any of these canonical entities, the names it writes for them."""
    found: dict[str, set[str]] = collections.defaultdict(set)
    for doc_id, text in _rows_pairs(store, sa.select(s.mentions.c.doc_id, s.mentions.c.text)
                                    .join(s.entity_links, s.entity_links.c.entity_id == s.mentions.c.entity_id)
                                    .where(s.entity_links.c.canonical_id.in_(canonical_ids))):
        found[doc_id].add(text)
    return dict(found)


def _searched_documents(query, search: str | None):
    if search:
        query = query.where(s.documents.c.text.ilike(f"%{search}%") | s.documents.c.title.ilike(f"%{search}%"))
    return query


def _count(store: Store, query) -> int:
    with store.engine.connect() as conn:
        return conn.execute(sa.select(sa.func.count()).select_from(query.order_by(None).subquery())).scalar_one()


def document(store: Store, doc_id: str) -> views.DocumentDetail | None:
    rows = _rows(store, document_select(s.documents.c.text).where(s.documents.c.id == doc_id))
    if not rows:
        return None
    canon = _canonical_map(store)
    mentions = tuple(views.MentionSpan(start=m["start"], end=m["end"], text=m["text"],
                                       entity=canon.get(m["entity_id"], m["entity_id"]))
                     for m in _rows(store, sa.select(s.mentions).where(s.mentions.c.doc_id == doc_id)
                                    .order_by(s.mentions.c.start)))
    reports = tuple(views.ReportSpan(id=r["id"], event=r["event_id"], type=r["type"], start=r["evidence_start"],
                                     end=r["evidence_end"], modality=r["modality"])
                    for r in _rows(store, sa.select(s.reports, s.report_events.c.event_id)
                                   .join(s.report_events, s.report_events.c.report_id == s.reports.c.id)
                                   .where(s.reports.c.doc_id == doc_id).order_by(s.reports.c.evidence_start)))
    sentences = tuple(views.SentenceSpan(index=r["index"], start=r["start"], end=r["end"])
                      for r in _rows(store, sa.select(s.sentences.c.index, s.sentences.c.start, s.sentences.c.end)
                                     .where(s.sentences.c.doc_id == doc_id).order_by(s.sentences.c.start)))
    return views.DocumentDetail(**_document_fields(rows[0]), text=rows[0]["text"], mentions=mentions,
                                reports=reports, sentences=sentences)


def _count_by(store: Store, column) -> dict:
    with store.engine.connect() as conn:
        return dict(conn.execute(sa.select(column, sa.func.count()).group_by(column)).all())


def _canonical_map(store: Store) -> dict[str, str]:
    with store.engine.connect() as conn:
        return dict(conn.execute(sa.select(s.entity_links.c.entity_id, s.entity_links.c.canonical_id)).all())


# ------------------------------------------------------------------ entities

def entities(store: Store, type: str | None = None, search: str | None = None,
             limit: int | None = None, offset: int = 0) -> list[views.EntityRow]:
    """Canonical entities, most mentioned first, with mention and document counts."""
    mention_count = (sa.select(s.entity_links.c.canonical_id.label("cid"),
                               sa.func.count(s.mentions.c.id).label("mentions"),
                               sa.func.count(sa.distinct(s.mentions.c.doc_id)).label("documents"))
                     .join(s.mentions, s.mentions.c.entity_id == s.entity_links.c.entity_id)
                     .group_by(s.entity_links.c.canonical_id).subquery())
    query = (sa.select(s.canonical_entities, mention_count.c.mentions, mention_count.c.documents)
             .join(mention_count, mention_count.c.cid == s.canonical_entities.c.id, isouter=True)
             .order_by(mention_count.c.mentions.desc(), s.canonical_entities.c.name))
    query = _searched_entities(query, type, search)
    return [views.EntityRow(id=r["id"], name=r["name"], type=r["type"], aliases=tuple(r["aliases"] or ()),
                            mentions=r["mentions"] or 0, documents=r["documents"] or 0)
            for r in _rows(store, query.limit(limit).offset(offset))]


def count_entities(store: Store, type: str | None = None, search: str | None = None) -> int:
    return _count(store, _searched_entities(sa.select(s.canonical_entities.c.id), type, search))


def _searched_entities(query, type: str | None, search: str | None):
    if type and type.strip():
        query = query.where(s.canonical_entities.c.type == filters.check_entity_type(type))
    if search:
        pattern = f"%{search}%"
        query = query.where(s.canonical_entities.c.name.ilike(pattern)
                            | sa.cast(s.canonical_entities.c.aliases, sa.Text).ilike(pattern))
    return query


def find_entity(store: Store, name_or_id: str) -> model.CanonicalEntity | None:
    """A canonical entity by id, exact name, alias, or else the best partial name match."""
    if found := _canonical_entity(store, name_or_id):
        return found
    wanted = name_or_id.casefold()
    candidates = entities(store, search=name_or_id)
    exact = next((c for c in candidates
                  if c.name.casefold() == wanted or wanted in (a.casefold() for a in c.aliases)), None)
    best = exact or (candidates[0] if candidates else None)
    return _canonical_entity(store, best.id) if best else None


def _canonical_entity(store: Store, cid: str) -> model.CanonicalEntity | None:
    rows = _rows(store, sa.select(s.canonical_entities).where(s.canonical_entities.c.id == cid))
    return from_row(model.CanonicalEntity, rows[0]) if rows else None


def entity(store: Store, name_or_id: str) -> views.EntityDetail | None:
    """Everything about one entity: aliases with their documents, mentions, relations, events, why."""
    found = find_entity(store, name_or_id)
    if not found:
        return None
    cid = found.id
    links = _rows(store, sa.select(s.entity_links).where(s.entity_links.c.canonical_id == cid))
    member_ids = [l["entity_id"] for l in links]
    mentions = _rows(store, sa.select(s.mentions, s.documents.c.source, s.sentences.c.text.label("sentence"))
                     .join(s.documents, s.documents.c.id == s.mentions.c.doc_id)
                     .join(s.sentences, (s.sentences.c.doc_id == s.mentions.c.doc_id)
                           & (s.sentences.c.index == s.mentions.c.sentence_index))
                     .where(s.mentions.c.entity_id.in_(member_ids))
                     .order_by(s.documents.c.source, s.mentions.c.start))
    aliases: dict[str, set] = collections.defaultdict(set)
    for m in mentions:
        aliases[m["text"]].add(m["source"])
    docs = collections.Counter((m["doc_id"], m["source"]) for m in mentions)
    members = {e["id"]: e for e in _rows(store, sa.select(s.entities.c.id, s.entities.c.doc_id, s.entities.c.name,
                                                          s.documents.c.source)
                                         .join(s.documents, s.documents.c.id == s.entities.c.doc_id)
                                         .where(s.entities.c.id.in_(member_ids)))}
    return views.EntityDetail(
        id=cid, name=found.name, type=found.type,
        aliases=tuple(views.AliasSources(alias=a, documents=tuple(sorted(d))) for a, d in sorted(aliases.items())),
        documents=tuple(views.EntityDocument(id=doc_id, source=source, mentions=count)
                        for (doc_id, source), count in docs.items()),
        mentions=tuple(views.EntityMention(doc=m["doc_id"], source=m["source"], start=m["start"], end=m["end"],
                                           text=m["text"], sentence=m["sentence"],
                                           sentence_index=m["sentence_index"]) for m in mentions),
        relations=tuple(relations(store, entity_id=cid)),
        events=tuple(events(store, entity=cid)),
        why=tuple(views.MergeReason(entity=l["entity_id"], name=members.get(l["entity_id"], {}).get("name"),
                                    doc=members.get(l["entity_id"], {}).get("doc_id"),
                                    source=members.get(l["entity_id"], {}).get("source"),
                                    rule=l["rule"], score=l["score"], detail=l["detail"]) for l in links),
    )


# ----------------------------------------------------------------- relations

def relations(store: Store, entity_id: str | None = None) -> list[views.RelationView]:
    """Relations between canonical entities (or those of one), each once with every sentence
    stating it: the first statement, in source order, gives the relation its id and value."""
    canon = _canonical_map(store)
    names = dict(_name_pairs(store))
    rows = _rows(store, sa.select(s.relations, s.documents.c.source)
                 .join(s.documents, s.documents.c.id == s.relations.c.doc_id)
                 .order_by(s.documents.c.source, s.relations.c.evidence_start))
    grouped: dict[tuple, list[dict]] = {}
    for r in rows:
        subject, obj = canon.get(r["subject"], r["subject"]), canon.get(r["object"]) if r["object"] else None
        if entity_id and entity_id not in (subject, obj):
            continue
        grouped.setdefault((subject, r["predicate"], obj, (r["value"] or "").casefold()), []).append(r)
    return [_relation_view(subject, obj, stated, names) for (subject, _, obj, _), stated in grouped.items()]


def _relation_view(subject: str, obj: str | None, stated: list[dict], names: dict) -> views.RelationView:
    first = stated[0]
    return views.RelationView(
        id=first["id"], subject=subject, subject_name=names.get(subject), predicate=first["predicate"],
        object=obj, object_name=names.get(obj) if obj else None, value=first["value"],
        evidence=tuple(views.RelationEvidence(doc=r["doc_id"], source=r["source"], start=r["evidence_start"],
                                              end=r["evidence_end"], text=r["evidence_text"],
                                              rules=tuple(r["rules"] or ()),
                                              sentence_index=r["evidence_sentence_index"]) for r in stated))


def _name_pairs(store: Store):
    with store.engine.connect() as conn:
        return conn.execute(sa.select(s.canonical_entities.c.id, s.canonical_entities.c.name)).all()


# -------------------------------------------------------------------- events

def events(store: Store, type: str | None = None, entity: str | None = None, place: str | None = None,
           date_from: str | None = None, date_to: str | None = None, modality: str | None = None,
           actor: str | None = None, target: str | None = None,
           limit: int | None = None, offset: int = 0, newest_first: bool = False) -> list[views.EventRow]:
    """Events in date order (undated last), or with newest_first the dated ones, latest first.
    The criteria are read by claimgraph.filters.event_filter (FilterError for a value that means nothing)."""
    where = filters.event_filter(type=type, modality=modality, entity=entity, actor=actor, target=target,
                                 place=place, date_from=date_from, date_to=date_to)
    if newest_first:
        query = sa.select(s.events).where(s.events.c.date.is_not(None)).order_by(
            s.events.c.date.desc(), s.events.c.id)
    else:
        query = sa.select(s.events).order_by(s.events.c.date.is_(None), s.events.c.date, s.events.c.id)
    rows = _rows(store, _filtered_events(store, query, where).limit(limit).offset(offset))
    names = dict(_name_pairs(store))
    report_docs = _report_documents(store, [r for row in rows for r in row["reports"]])
    disputes = _disputes(store, [row["id"] for row in rows])
    return [views.EventRow(**_event_fields(row, names, disputes.get(row["id"], {})),
                           reports=len({report_docs[r].sentence for r in row["reports"] or [] if r in report_docs}),
                           documents=_event_sources(row, report_docs)) for row in rows]


def count_events(store: Store, **criteria) -> int:
    """How many events `events(store, **criteria)` finds without a limit."""
    where = filters.event_filter(**criteria)
    query = _filtered_events(store, sa.select(s.events.c.id), where)
    return _count(store, query)


def _filtered_events(store: Store, query, where: filters.EventFilter):
    e = s.events.c
    if where.type:
        query = query.where(e.type == where.type)
    if where.modality:
        query = query.where(e.modality == where.modality)
    if where.date_from or where.date_to:
        first, last = _event_days()
        query = query.where(e.date.is_not(None), sa.not_(e.date.startswith("--")))   # a year-less day is in no period
        if where.date_from:
            query = query.where(last >= where.date_from.first.isoformat())
        if where.date_to:
            query = query.where(first <= where.date_to.last.isoformat())
    wanted = [(name, roles, _ids(store, name)) for name, roles in where.roles()]
    if where.place:
        wanted.append((where.place, ("location",), _places_within(store, where.place)))
    for _, roles, ids in wanted:
        query = query.where(e.id.in_(sa.select(s.event_members.c.event_id).where(
            s.event_members.c.entity_id.in_(ids), s.event_members.c.role.in_(roles))))
    return query


def _event_days():
    """An event's first and last day as SQL expressions, at its precision: a month's event runs to
    its month's end, a year's to 31 December, a run of days to date_end. Each is written YYYY-MM-DD
    (a month's end as day 31, later than any of its days and earlier than the next month's), so the
    two compare with the filter's days in calendar order, on SQLite and PostgreSQL alike."""
    e = s.events.c
    precision = sa.case((sa.func.length(e.date) == 4, "year"), (sa.func.length(e.date) == 7, "month"),
                        else_=sa.func.coalesce(e.date_precision, "day"))
    year, month = sa.func.substr(e.date, 1, 4), sa.func.substr(e.date, 1, 7)
    first = sa.case((precision == "year", year + "-01-01"), (precision == "month", month + "-01"),
                    else_=sa.func.substr(e.date, 1, 10))
    last = sa.case((precision == "year", year + "-12-31"), (precision == "month", month + "-31"),
                   else_=sa.func.coalesce(e.date_end, sa.func.substr(e.date, 1, 10)))
    return first, last


def _ids(store: Store, name_or_id: str) -> list[str]:
    found = find_entity(store, name_or_id)
    return [found.id] if found else []


def _places_within(store: Store, name_or_id: str) -> list[str]:
    """A place and every place inside it."""
    wanted = _ids(store, name_or_id)
    if not wanted:
        return []
    hierarchy = place_hierarchy(store)
    return wanted + sorted(p for p in hierarchy.parents if wanted[0] in hierarchy.ancestors(p))


def place_hierarchy(store: Store) -> PlaceHierarchy:
    """What lies in what, by canonical id: located-in relations the documents state, and the
    country the gazetteer puts a city or province in (the hierarchy event coreference uses)."""
    stated = [from_row(model.Relation, r) for r in
              _rows(store, sa.select(s.relations).where(s.relations.c.predicate == "located_in"))]
    places = [from_row(model.CanonicalEntity, r) for r in
              _rows(store, sa.select(s.canonical_entities).where(s.canonical_entities.c.type.in_(PLACE_TYPES)))]
    return PlaceHierarchy(stated, _canonical_map(store), places)


def entity_names(store: Store) -> dict[str, str]:
    """Canonical id -> name, for every entity."""
    return dict(_name_pairs(store))


class _ReportDocument(NamedTuple):
    source: str
    sentence: tuple                          # (document, sentence): reports of one sentence are one


def _report_documents(store: Store, report_ids: list[str]) -> dict[str, _ReportDocument]:
    if not report_ids:
        return {}
    r = s.reports.c
    with store.engine.connect() as conn:
        found = conn.execute(sa.select(r.id, s.documents.c.source, r.doc_id, r.evidence_sentence_index,
                                       r.evidence_text)
                             .join(s.documents, s.documents.c.id == r.doc_id).where(r.id.in_(report_ids))).all()
    return {rid: _ReportDocument(source, (doc_id, index if index is not None else text))
            for rid, source, doc_id, index, text in found}


def _disputes(store: Store, event_ids: list[str]) -> dict[str, dict[str, list[str]]]:
    """Event id -> each field its reports disagree on -> the values they give."""
    if not event_ids:
        return {}
    found: dict[str, dict[str, list[str]]] = {}
    for row in _rows(store, sa.select(s.contradictions).where(s.contradictions.c.event_id.in_(event_ids))):
        values = row["values"] if isinstance(row["values"], list) else json.loads(row["values"])
        found.setdefault(row["event_id"], {})[row["field"]] = [v["value"] for v in values]
    return {event: dict(sorted(fields.items(), key=lambda f: contradiction_order(f[0]))) for event, fields in found.items()}


def contradiction_order(field: str) -> int:
    """Where a contradiction's field stands in model.CONTRADICTION_FIELDS: tolls first, whether it happened last."""
    fields = model.CONTRADICTION_FIELDS
    return fields.index(field) if field in fields else len(fields)


def _event_fields(row: dict, names: dict, disputed: dict[str, list[str]]) -> dict:
    """An event's fields by name; a disputed figure as the range of the values its reports give."""
    named = lambda i: views.NamedRef(id=i, name=names.get(i, i))
    shown = lambda field: views.figure_range(disputed.get(field) or [row[field]])
    return {**{k: row[k] for k in ("id", "type", "mode", "date", "date_precision", "date_end",
                                   "killed", "injured", "modality", "sources")},
            "location": named(row["location"]) if row["location"] else None,
            "actors": tuple(map(named, row["actors"] or ())), "targets": tuple(map(named, row["targets"] or ())),
            "killed_range": shown("killed"), "injured_range": shown("injured"), "disputed": tuple(disputed)}


def _event_sources(row: dict, report_docs: dict[str, _ReportDocument]) -> tuple[str, ...]:
    return tuple(sorted({report_docs[r].source for r in row["reports"] or [] if r in report_docs}))


class _Credit(NamedTuple):
    """Who published a document, as readers are told: headline (or opening words), outlet, agency."""
    title: str
    outlet: str | None
    agency: str | None

    @property
    def independent(self) -> str | None:
        return outlets.independent_source(self.outlet, self.agency)


def _credits(store: Store, doc_ids: set[str]) -> dict[str, _Credit]:
    d = s.documents.c
    opening = sa.func.substr(d.text, 1, outlets.OPENING_CHARS).label("opening")
    found = _rows(store, sa.select(d.id, d.title, d.outlet, d.url, opening).where(d.id.in_(doc_ids))) if doc_ids else []
    return {r["id"]: _Credit(outlets.headline(r["title"], r["opening"] or ""), outlets.outlet_name(r["outlet"], r["url"]),
                             outlets.credited_agency(r["opening"] or "")) for r in found}


def event(store: Store, event_id: str) -> views.EventDetail | None:
    """One event: its reports, one per sentence, the outlets telling it by name, and each field its
    reports disagree on (contradictions, each a table of the values given and who gives them)."""
    rows = _rows(store, sa.select(s.events).where(s.events.c.id == event_id))
    if not rows:
        return None
    names = dict(_name_pairs(store))
    canon = _canonical_map(store)
    reports = {r["id"]: from_row(model.Report, r) for r in
               _rows(store, sa.select(s.reports).where(s.reports.c.id.in_(rows[0]["reports"])))}
    located = _report_documents(store, list(reports))
    credits = _credits(store, {r.doc_id for r in reports.values()})
    disagreeing = contradictions(store, event_id)
    disputed_in = collections.defaultdict(list)       # report id -> the fields its value is disputed in
    for c in disagreeing:
        for v in c.values:
            disputed_in[v.report_id].append(c.field)
    by_sentence = collections.defaultdict(list)
    for r in sorted(reports.values(), key=lambda r: (located[r.id].source, r.evidence.start)):
        by_sentence[located[r.id].sentence].append(r)
    attributed = lambda r: canon.get(r.attributed_to) if r.attributed_to else None
    cards = []
    for first, *others in by_sentence.values():
        told = [first, *others]
        credit = credits[first.doc_id]
        cards.append(views.EventReport(
            id=first.id, doc=first.doc_id, source=located[first.id].source, outlet=credit.outlet,
            start=first.evidence.start, end=first.evidence.end, sentence=first.evidence.text, trigger=first.trigger,
            killed=next((r.killed for r in told if r.killed is not None), None),
            injured=next((r.injured for r in told if r.injured is not None), None),
            modality=first.modality, date=first.date, date_text=first.date_text, attributed_to=attributed(first),
            attributed_to_name=names.get(attributed(first)) if first.attributed_to else None,
            source_text=first.source_text, weapons=first.weapons,
            rules=tuple(dict.fromkeys(rule for r in told for rule in r.rules)),
            title=credit.title, agency=credit.agency, same_sentence=tuple(r.id for r in others),
            disputed=tuple(dict.fromkeys(f for r in told for f in disputed_in[r.id])),
            sentence_index=first.evidence.sentence_index))
    told_by = {credits[d].independent or d: credits[d] for d in sorted(credits)}
    return views.EventDetail(
        **_event_fields(rows[0], names, {c.field: [v.value for v in c.values] for c in disagreeing}),
        reports=tuple(cards),
        documents=_event_sources(rows[0], located),
        outlets=tuple(sorted({c.agency or c.outlet for c in told_by.values() if c.independent}, key=str.casefold)),
        unknown_outlets=sum(1 for c in told_by.values() if not c.independent),
        contradictions=tuple(disagreeing))


ENTITY_FIELDS = {"actor", "location"}   # contradiction values that are canonical entity ids
FIGURE_FIELDS = {"killed", "injured"}   # contradiction values that are numbers


def contradictions(store: Store, event_id: str | None = None) -> list[views.ContradictionView]:
    """Every contradiction (or one event's), tolls first, each value with its source document;
    actors and places shown by name ("id1;id2" of several actors as "Name 1; Name 2"); and the
    table of claims: one row per value with the documents and speakers giving it."""
    query = (sa.select(s.contradictions, s.events.c.type, s.events.c.date)
             .join(s.events, s.events.c.id == s.contradictions.c.event_id)
             .order_by(s.events.c.date, s.contradictions.c.event_id))
    rows = _rows(store, query if event_id is None else query.where(s.contradictions.c.event_id == event_id))
    stored = [(row, row["values"] if isinstance(row["values"], list) else json.loads(row["values"])) for row in rows]
    report_ids = [v["report_id"] for _, values in stored for v in values]
    located = _report_documents(store, report_ids)
    said = {rid: (source_text, index) for rid, source_text, index in _rows_pairs(
        store, sa.select(s.reports.c.id, s.reports.c.source_text, s.reports.c.evidence_sentence_index)
        .where(s.reports.c.id.in_(report_ids)))} if rows else {}
    spoken = {rid: source_text for rid, (source_text, _) in said.items()}
    credits = _credits(store, {v["doc_id"] for _, values in stored for v in values})
    names = dict(_rows_pairs(store, sa.select(s.canonical_entities.c.id, s.canonical_entities.c.name))) if rows else {}

    def label(field: str, value) -> str:
        if field == "date":
            return views.date_label(str(value))
        if field not in ENTITY_FIELDS:
            return str(value)
        return "; ".join(names.get(i, i) for i in str(value).split(";") if i)

    out = []
    for row, values in stored:
        given = tuple(views.ContradictionSource(**v, label=label(row["field"], v["value"]),
                                                source=located[v["report_id"]].source if v["report_id"] in located
                                                else None, attributed_to_name=names.get(v.get("attributed_to")),
                                                sentence_index=said.get(v["report_id"], (None, None))[1])
                      for v in values)
        out.append(views.ContradictionView(
            event=row["event_id"], event_type=row["type"], event_date=row["date"], field=row["field"],
            values=given, range=views.figure_range(v.value for v in given) if row["field"] in FIGURE_FIELDS else None,
            rows=_claim_rows(given, spoken, located, credits)))
    return sorted(out, key=lambda c: (c.event_date is None, c.event_date or "", c.event, contradiction_order(c.field)))


def _claim_rows(given: tuple[views.ContradictionSource, ...], spoken: dict[str, str | None],
                located: dict[str, _ReportDocument], credits: dict[str, _Credit]) -> tuple[views.ClaimRow, ...]:
    """A disputed field's values as rows, the most reported first, each with the documents (and the
    speakers in them) giving it; reports read from one sentence count once."""
    sentence = lambda v: located[v.report_id].sentence if v.report_id in located else v.report_id
    by_value: dict[str, list[views.ContradictionSource]] = {}
    for v in given:
        by_value.setdefault(v.value, []).append(v)
    rows = []
    for value, said in by_value.items():
        by_source: dict[tuple, list[views.ContradictionSource]] = {}
        for v in said:
            by_source.setdefault((v.doc_id, v.attributed_to_name or spoken.get(v.report_id)), []).append(v)
        credit = credits.__getitem__
        rows.append(views.ClaimRow(
            value=value, label=said[0].label, reports=len({sentence(v) for v in said}),
            outlets=len({credit(v.doc_id).independent or v.doc_id for v in said}),
            sources=tuple(views.ClaimSource(
                doc=doc, title=credit(doc).title, outlet=credit(doc).outlet, agency=credit(doc).agency,
                speaker=speaker, reports=len({sentence(v) for v in by}), report_ids=tuple(v.report_id for v in by),
                sentence_index=by[0].sentence_index)
                for (doc, speaker), by in by_source.items())))
    return tuple(sorted(rows, key=lambda row: (-row.reports, -row.outlets, row.label)))


def short_source(source: str | None) -> str:
    """How a document's source is shown: a file by its name without folders, a URL whole."""
    if not source:
        return ""
    return source if "://" in source else source.replace("\\", "/").rsplit("/", 1)[-1]


def _rows_pairs(store: Store, query):
    with store.engine.connect() as conn:
        return conn.execute(query).all()


# --------------------------------------------------------------------- stats

def stats(store: Store) -> views.Stats:
    with store.engine.connect() as conn:
        count = lambda table: conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one()
        types = dict(conn.execute(sa.select(s.events.c.type, sa.func.count()).group_by(s.events.c.type)).all())
        entity_types = dict(conn.execute(sa.select(s.canonical_entities.c.type, sa.func.count())
                                         .group_by(s.canonical_entities.c.type)).all())
        return views.Stats(
            documents=count(s.documents), sentences=count(s.sentences), mentions=count(s.mentions),
            entities=count(s.canonical_entities), document_entities=count(s.entities), reports=count(s.reports),
            events=count(s.events),
            undated_events=count(sa.select(s.events.c.id).where(s.events.c.date.is_(None)).subquery()),
            relations=count(s.relations), contradictions=count(s.contradictions), judgements=count(s.judgements),
            entity_types=entity_types, event_types=types)


# ----------------------------------------------------------------- stories

def stories(store: Store) -> list[views.StoryRow]:
    """Every story (documents telling one incident), earliest first, with its members."""
    rows = _rows(store, sa.select(s.stories).order_by(s.stories.c.first_published, s.stories.c.id))
    members = _story_members(store, {doc for r in rows for doc in r["members"]})
    return [_story_row(from_row(model.Story, r), members) for r in rows]


def story(store: Store, story_id: str) -> views.StoryDetail | None:
    """One story with its members, the scored links that joined them and the events its
    documents tell together (those reported by most of its members first)."""
    rows = _rows(store, sa.select(s.stories).where(s.stories.c.id == story_id))
    if not rows:
        return None
    found = from_row(model.Story, rows[0])
    told = collections.defaultdict(set)
    for event_id, doc_id in _rows_pairs(store, sa.select(s.report_events.c.event_id, s.reports.c.doc_id)
                                        .join(s.reports, s.reports.c.id == s.report_events.c.report_id)
                                        .where(s.reports.c.doc_id.in_(found.members))):
        told[event_id].add(doc_id)
    shared = [e for e, docs in told.items() if len(docs) > 1]
    events = _rows(store, sa.select(s.events).where(s.events.c.id.in_(shared)))
    row = _story_row(found, _story_members(store, set(found.members)))
    return views.StoryDetail(**_fields(row), links=found.links,
                             events=tuple(sorted((views.StoryEvent(e["id"], e["type"], e["date"], e["killed"],
                                                                   e["modality"], len(told[e["id"]]),
                                                                   e["date_precision"], e["date_end"])
                                                  for e in events), key=lambda e: (-e.documents, e.type, e.id))))


def document_story(store: Store, doc_id: str) -> views.StoryRow | None:
    """The story a document belongs to, its other members listed ("same story" on its page)."""
    rows = _rows(store, sa.select(s.stories).join(s.story_members, s.story_members.c.story_id == s.stories.c.id)
                 .where(s.story_members.c.doc_id == doc_id))
    if not rows:
        return None
    found = from_row(model.Story, rows[0])
    row = _story_row(found, _story_members(store, set(found.members)))
    return views.StoryRow(**{**_fields(row), "members": tuple(m for m in row.members if m.id != doc_id)})


def _fields(view) -> dict:
    """A view's fields by name, not converted (dataclasses.asdict would turn nested views to dicts)."""
    return {f: getattr(view, f) for f in view.__dataclass_fields__}


def _story_members(store: Store, doc_ids: set[str]) -> dict[str, views.StoryMember]:
    if not doc_ids:
        return {}
    return {r["id"]: views.StoryMember(r["id"], r["source"], r["title"], r["outlet"], r["published"])
            for r in _rows(store, document_select().where(s.documents.c.id.in_(doc_ids)))}


def _story_row(story: model.Story, members: dict[str, views.StoryMember]) -> views.StoryRow:
    listed = sorted((members.get(d, views.StoryMember(d, None, None, None, None)) for d in story.members),
                    key=lambda m: (m.published or "9999", m.source or "", m.id))
    return views.StoryRow(story.id, story.title, story.first_published, story.last_published,
                          len(story.members), tuple(listed))

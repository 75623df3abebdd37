"""Resolution across documents: pure functions from document-level records to the resolved graph.

Resolution never rewrites evidence: entities keep their document, and the output maps them to
canonical ids (EntityLink, with the rule and score behind each link) and groups reports into
events. The output is a deterministic function of the set of inputs, so the order documents
arrive in does not change it.
"""
from __future__ import annotations

from dataclasses import dataclass

from claimgraph.model import (GROUP, CanonicalEntity, Contradiction, DocumentDate, Entity, EntityLink,
                              Event, Judgement, Lead, Relation, Report, Story)
from claimgraph.resolve.contradictions import find_contradictions
from claimgraph.resolve.entities import resolve_entities
from claimgraph.resolve.event_dates import comparable_dates, dated_by_publication
from claimgraph.resolve.events import resolve_events
from claimgraph.resolve.places import PlaceHierarchy
from claimgraph.resolve.publication_dates import complete_years, infer_document_dates
from claimgraph.resolve.stories import find_stories


@dataclass(frozen=True)
class Resolution:
    links: tuple[EntityLink, ...]
    canonicals: tuple[CanonicalEntity, ...]
    events: tuple[Event, ...]
    contradictions: tuple[Contradiction, ...]
    document_dates: tuple[DocumentDate, ...] = ()
    stories: tuple[Story, ...] = ()


def resolve_graph(sources: dict[str, str], entities: list[Entity], reports: list[Report],
                  relations: list[Relation] = (), judgements: list[Judgement] = (),
                  undated: set[str] = frozenset(), leads: list[Lead] = ()) -> Resolution:
    """Entities, then stories (documents whose leads tell one incident), then events; an
    undated document (in `undated`) whose year-less days match dated reports of the same events
    gets that year, and events are resolved again with it. Events are resolved on the dates the
    reports state; one no report dates takes, last, the publication day its articles give it."""
    links, canonicals = resolve_entities(entities, judgements)
    canonical_of = {link.entity_id: link.canonical_id for link in links}
    hierarchy = PlaceHierarchy(relations, canonical_of, canonicals)
    unnamed = frozenset(e.id for e in entities if e.type == GROUP)
    told = {r.id: r for r in reports}
    reports = comparable_dates(reports)
    stories = find_stories(list(leads), entities, canonical_of)
    events = resolve_events(reports, canonical_of, sources, hierarchy, unnamed, stories, canonicals, relations)
    document_dates = infer_document_dates(events, told, set(undated), {lead.doc_id: lead.text for lead in leads})
    if document_dates:
        told = {r.id: r for r in complete_years(list(told.values()), document_dates)}
        reports = comparable_dates(list(told.values()))
        events = resolve_events(reports, canonical_of, sources, hierarchy, unnamed, stories, canonicals, relations)
    contradictions = find_contradictions(events, {r.id: r for r in reports}, canonical_of, hierarchy)
    events = dated_by_publication(events, told)
    return Resolution(tuple(links), tuple(canonicals), tuple(events), tuple(contradictions),
                      tuple(document_dates), tuple(stories))

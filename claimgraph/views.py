"""The read model: what the store's queries answer and the exporters write, declared once.

model.py holds the records extraction and resolution make; these are the views of them that
interfaces show. The CLI prints them (`--json` writes `plain(view)`), the web API declares them as
its response models (FastAPI derives /openapi.json from these classes), and the JSON exporter
writes `ExportData`, the format of shared/eval/README.md. Field order is the order of the keys in
the JSON, so reordering fields changes every output.

Entity ids in views are canonical ids. Lists are tuples, so a view, like a record, never changes.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from claimgraph.model import ContradictionValue, Judgement, StoryLink

T = TypeVar("T")


def plain(view: Any) -> Any:
    """A view (or a list of them) as JSON-ready dicts and lists, keys in field order."""
    if dataclasses.is_dataclass(view) and not isinstance(view, type):
        return dataclasses.asdict(view)
    if isinstance(view, (list, tuple)):
        return [plain(v) for v in view]
    return view


def figure_range(figures) -> str | None:
    """Figures as one value or the range they span, with an en dash: "44", "44–52"; None for none."""
    known = sorted({int(f) for f in figures if f is not None})
    if not known:
        return None
    return str(known[0]) if len(known) == 1 else f"{known[0]}\u2013{known[-1]}"


MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def date_label(date: str | None, precision: str | None = None, date_end: str | None = None,
               unknown: str = "-") -> str:
    """A date at its precision: "2013", "Oct 2013", "15 Jul 2013", "15–21 Jul 2013",
    "30 Jun – 2 Jul 2013"; a day of unknown year ("--09-01") as "1 Sep, year unknown"."""
    if not date:
        return unknown
    if date.startswith("--"):
        month, _, day = date[2:].partition("-")
        return f"{int(day)} {MONTHS[int(month) - 1]}, year unknown" if day.isdigit() and month.isdigit() else date
    parts = date[:10].split("-")
    precision = precision or ("year", "month", "day")[min(len(parts), 3) - 1]
    if precision == "year" or len(parts) < 2:
        return parts[0]
    month = f"{MONTHS[int(parts[1]) - 1]} {parts[0]}"
    if precision == "month" or len(parts) < 3:
        return month
    day = f"{int(parts[2])} {month}"
    end = date_end.split("-") if date_end and date_end[:10] != date[:10] else None
    if not end or len(end) < 3:
        return day
    if end[:2] == parts[:2]:
        return f"{int(parts[2])}\u2013{int(end[2])} {month}"
    start = f"{int(parts[2])} {MONTHS[int(parts[1]) - 1]}" + (f" {parts[0]}" if end[0] != parts[0] else "")
    return f"{start} \u2013 {int(end[2])} {MONTHS[int(end[1]) - 1]} {end[0]}"


@dataclass(frozen=True)
class Page(Generic[T]):
    """A page of results, how many there are in all, and where the next page starts (None on the last)."""
    items: tuple[T, ...]
    total: int
    limit: int
    offset: int
    next_offset: int | None


@dataclass(frozen=True)
class NamedRef:
    """An entity as a view links to it: its canonical id and name."""
    id: str
    name: str


# ----------------------------------------------------------------- documents

@dataclass(frozen=True)
class DocumentFields:
    """A document's metadata, with the publication date resolution inferred where it printed none."""
    id: str
    source: str
    title: str | None
    url: str | None
    outlet: str | None
    author: str | None
    published: str | None
    published_origin: str | None
    language: str | None
    warnings: tuple[str, ...]
    ingested_at: str | None
    published_inferred: bool


@dataclass(frozen=True)
class DocumentRow(DocumentFields):
    """A document in a list: its metadata and how much was found in it."""
    mentions: int
    reports: int


@dataclass(frozen=True)
class TextPiece:
    """A piece of a passage shown with the words searched for (or an event's trigger) marked."""
    text: str
    mark: bool


@dataclass(frozen=True)
class DocumentMatch(DocumentRow):
    """A document a search found, with the passage around the words searched for (or around the first
    spelling of a matched entity it writes) and the spellings of matched entities it writes."""
    snippet: tuple[TextPiece, ...]
    spellings: tuple[str, ...] = ()


@dataclass(frozen=True)
class MentionSpan:
    """A name in a document's text and the entity it names."""
    start: int
    end: int
    text: str
    entity: str


@dataclass(frozen=True)
class ReportSpan:
    """An event report's trigger in a document's text and the event it reports."""
    id: str
    event: str
    type: str
    start: int
    end: int
    modality: str


@dataclass(frozen=True)
class SentenceSpan:
    """A sentence of a document's text: reports, mentions and relations name it by its index."""
    index: int
    start: int
    end: int


@dataclass(frozen=True)
class DocumentDetail(DocumentFields):
    """One document: its cleaned text, its sentences, the names in it and the event reports in it."""
    text: str
    mentions: tuple[MentionSpan, ...]
    reports: tuple[ReportSpan, ...]
    sentences: tuple[SentenceSpan, ...] = ()


@dataclass(frozen=True)
class RelatedDocument:
    """A document reporting on the same thing as another: in the same story, or naming the same
    actors (actors or targets of its events) at the same place."""
    id: str
    source: str
    title: str | None
    outlet: str | None
    published: str | None
    same_story: bool
    shared_actors: tuple[NamedRef, ...]
    shared_places: tuple[NamedRef, ...]


@dataclass(frozen=True)
class RelatedReporting:
    """The other reporting on a document or an event, newest first (undated last)."""
    about: str                               # the document or event id
    documents: tuple[RelatedDocument, ...]


# ------------------------------------------------------------------ entities

@dataclass(frozen=True)
class EntityRow:
    """A canonical entity in a list, with how often and in how many documents it is named."""
    id: str
    name: str
    type: str
    aliases: tuple[str, ...]
    mentions: int
    documents: int


@dataclass(frozen=True)
class AliasSources:
    alias: str
    documents: tuple[str, ...]               # sources of the documents writing the alias


@dataclass(frozen=True)
class EntityDocument:
    id: str
    source: str
    mentions: int


@dataclass(frozen=True)
class EntityMention:
    doc: str
    source: str
    start: int
    end: int
    text: str
    sentence: str
    sentence_index: int | None = None


@dataclass(frozen=True)
class MergeReason:
    """Why a document's entity is part of this canonical entity (resolution's EntityLink)."""
    entity: str
    name: str | None
    doc: str | None
    source: str | None
    rule: str
    score: float
    detail: str


@dataclass(frozen=True)
class RelationEvidence:
    doc: str
    source: str
    start: int
    end: int
    text: str
    rules: tuple[str, ...]                   # ids of the rules that read it there
    sentence_index: int | None = None


@dataclass(frozen=True)
class RelationView:
    """One relation between canonical entities, with every sentence stating it."""
    id: str
    subject: str
    subject_name: str | None
    predicate: str
    object: str | None
    object_name: str | None
    value: str | None
    evidence: tuple[RelationEvidence, ...]


# -------------------------------------------------------------------- events

@dataclass(frozen=True)
class EventFields:
    id: str
    type: str
    mode: str | None
    date: str | None
    date_precision: str | None
    date_end: str | None
    killed: int | None
    injured: int | None
    modality: str
    sources: int
    location: NamedRef | None
    actors: tuple[NamedRef, ...]
    targets: tuple[NamedRef, ...]
    killed_range: str | None                 # "44–52" where reports disagree, "44" where none does
    injured_range: str | None
    disputed: tuple[str, ...]                # the fields the reports disagree on ("killed", "date")


@dataclass(frozen=True)
class EventRow(EventFields):
    """An event in a list (or an entity's timeline): how many reports, from which documents."""
    reports: int
    documents: tuple[str, ...]               # sources


@dataclass(frozen=True)
class EventReport:
    """One report of an event, with its sentence, document and whom it is attributed to. Reports
    read from one sentence (two trigger words in it) are one report: the first, the others' ids
    in same_sentence."""
    id: str
    doc: str
    source: str
    outlet: str | None
    start: int
    end: int
    sentence: str
    trigger: str
    killed: int | None
    injured: int | None
    modality: str
    date: str | None
    date_text: str | None
    attributed_to: str | None
    attributed_to_name: str | None
    source_text: str | None
    weapons: tuple[str, ...]
    rules: tuple[str, ...]                   # ids of the rules that made the report
    title: str                               # the document's headline, else its opening words
    agency: str | None                       # the wire agency whose copy the document reprints
    same_sentence: tuple[str, ...]           # further reports read from this sentence
    disputed: tuple[str, ...]                # the fields in which this report's value is disputed
    sentence_index: int | None = None


@dataclass(frozen=True)
class ContradictionSource(ContradictionValue):
    """One report's value in a contradiction, as shown (actors and places by name), its document's
    source and the name of the source the report cites."""
    label: str = ""
    source: str | None = None
    attributed_to_name: str | None = None
    sentence_index: int | None = None        # of the report's sentence in its document


@dataclass(frozen=True)
class ClaimSource:
    """A document giving a disputed value: its headline, outlet and agency, whom in it the value is
    attributed to (None: the document's own voice), and how many of its sentences give it."""
    doc: str
    title: str
    outlet: str | None
    agency: str | None
    speaker: str | None
    reports: int
    report_ids: tuple[str, ...]
    sentence_index: int | None               # of its first report's sentence, where links land


@dataclass(frozen=True)
class ClaimRow:
    """One value of a disputed field, who gives it, in how many reports (sentences) and outlets."""
    value: str
    label: str
    reports: int
    outlets: int                             # independent outlets (a reprint as its agency, a document
                                             # of unknown outlet alone)
    sources: tuple[ClaimSource, ...]


@dataclass(frozen=True)
class ContradictionView:
    """Where the reports of one event disagree on one field: each report's value, and the same as
    a table of claims, one row per value, the most reported first; for a figure, the range of the
    values ("44–52")."""
    event: str
    event_type: str
    event_date: str | None
    field: str
    values: tuple[ContradictionSource, ...]
    range: str | None
    rows: tuple[ClaimRow, ...]


@dataclass(frozen=True)
class EventDetail(EventFields):
    """One event: each report (one per sentence), the outlets reporting it and where they disagree."""
    reports: tuple[EventReport, ...]
    documents: tuple[str, ...]
    outlets: tuple[str, ...]                 # independent outlets by name (a reprint as its agency)
    unknown_outlets: int                     # documents whose outlet is not known
    contradictions: tuple[ContradictionView, ...]


@dataclass(frozen=True)
class EntityDetail:
    """Everything about one entity: aliases with their documents, mentions, relations, events, why."""
    id: str
    name: str
    type: str
    aliases: tuple[AliasSources, ...]
    documents: tuple[EntityDocument, ...]
    mentions: tuple[EntityMention, ...]
    relations: tuple[RelationView, ...]
    events: tuple[EventRow, ...]             # the entity's timeline
    why: tuple[MergeReason, ...]


# ------------------------------------------------------------------- stories

@dataclass(frozen=True)
class StoryMember:
    """A document of a story."""
    id: str
    source: str | None
    title: str | None
    outlet: str | None
    published: str | None


@dataclass(frozen=True)
class StoryRow:
    """Documents telling one incident, earliest first."""
    id: str
    title: str | None
    first_published: str | None
    last_published: str | None
    documents: int
    members: tuple[StoryMember, ...]


@dataclass(frozen=True)
class StoryEvent:
    """An event several of a story's documents report, and how many do."""
    id: str
    type: str
    date: str | None
    killed: int | None
    modality: str
    documents: int
    date_precision: str | None = None
    date_end: str | None = None


@dataclass(frozen=True)
class StoryDetail(StoryRow):
    """A story with the scored links that joined its documents and the events they share."""
    links: tuple[StoryLink, ...]
    events: tuple[StoryEvent, ...]


# ---------------------------------------------------------------- the store

@dataclass(frozen=True)
class Stats:
    """Counts of everything in the store."""
    documents: int
    sentences: int
    mentions: int
    entities: int                            # canonical
    document_entities: int
    reports: int
    events: int
    undated_events: int
    relations: int
    contradictions: int
    judgements: int
    entity_types: dict[str, int]
    event_types: dict[str, int]


@dataclass(frozen=True)
class SpellingMatch:
    """An entity a search named by one of its spellings, with every spelling resolution grouped under
    it: the search finds the documents and events of the entity under any of them."""
    id: str
    name: str
    type: str
    spellings: tuple[str, ...]               # its name first, then its aliases


@dataclass(frozen=True)
class SearchResults:
    """One search over entities (names, aliases), events (by entity or type) and documents (by text,
    or naming an entity matched under any spelling); each list paged with the same limit and offset."""
    q: str
    matched: tuple[SpellingMatch, ...]
    entities: Page[EntityRow]
    events: Page[EventRow]
    documents: Page[DocumentMatch]


@dataclass(frozen=True)
class NodeData:
    id: str
    label: str
    type: str
    mentions: int


@dataclass(frozen=True)
class EdgeData:
    id: str
    source: str
    target: str
    kind: str                                # acted_on | relation | event (web/network.py EDGE_KINDS)
    label: str
    weight: int
    events: tuple[str, ...] = ()             # of an acted_on edge: the events, earliest first


@dataclass(frozen=True)
class NetworkNode:
    data: NodeData


@dataclass(frozen=True)
class NetworkEdge:
    data: EdgeData


@dataclass(frozen=True)
class Network:
    """Entities joined by relations and shared events, in the element format graph libraries read."""
    nodes: tuple[NetworkNode, ...]
    edges: tuple[NetworkEdge, ...]


@dataclass(frozen=True)
class TimelineSpan:
    """A dated event as the days it covers at its precision: one day, a run of days, a month, a year."""
    first: str                               # YYYY-MM-DD
    last: str
    event: EventRow


@dataclass(frozen=True)
class Timeline:
    """Dated events as spans, the dense range to show first (the spans outside it are outliers,
    counted at either side and reached by zooming out) and the events with no usable date. The
    browser lays the spans out in lanes, since which labels overlap depends on the zoom."""
    spans: tuple[TimelineSpan, ...]
    view_first: str | None                   # None when no event is dated
    view_last: str | None
    earlier: int                             # spans ending before the dense range
    later: int                               # spans starting after it
    undated: tuple[EventRow, ...]


@dataclass(frozen=True)
class MapMarker:
    """An event at the point of its place, or of the nearest place the documents say it lies in."""
    lat: float
    lon: float
    precision: str                           # city | region | country (claimgraph.ontology.gazetteer)
    placed_at: NamedRef                      # the place whose point this is
    event: EventRow


@dataclass(frozen=True)
class MapBounds:
    """An area of the map, in degrees."""
    south: float
    west: float
    north: float
    east: float


@dataclass(frozen=True)
class EventMap:
    """Events on a map, the area to show first (where markers are dense: those outside it are
    counted on the map and reached by zooming out), and the events it cannot show: with no place,
    or a place no gazetteer entry nor located-in statement puts anywhere (listed, so an analyst
    sees what is missing)."""
    markers: tuple[MapMarker, ...]
    view: MapBounds | None                   # None when no marker
    outside: int                             # markers outside the view
    unplaced: tuple[EventRow, ...]
    unlocated_places: tuple[NamedRef, ...]


@dataclass(frozen=True)
class EntityNames:
    id: str
    name: str
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class Correction:
    """An analyst's merge or split as stored, and the entity it leaves the first entity in."""
    judgement: Judgement
    entity: EntityNames | None


# ------------------------------------------------------------------- export

@dataclass(frozen=True)
class ExportDocument:
    id: str
    source: str
    title: str | None
    url: str | None
    outlet: str | None
    author: str | None
    published: str | None
    published_origin: str | None
    published_inferred: bool


@dataclass(frozen=True)
class ExportSpan:
    """A span of a document's cleaned text: a mention."""
    doc: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class ExportEvidence(ExportSpan):
    """The sentence stating a relation, and the ids of the rules that read it there."""
    rules: tuple[str, ...]


@dataclass(frozen=True)
class ExportEntity:
    id: str
    name: str
    type: str
    aliases: tuple[str, ...]
    mentions: tuple[ExportSpan, ...]


@dataclass(frozen=True)
class ExportReport:
    id: str
    doc: str
    start: int
    end: int
    text: str                                # the sentence
    trigger: str
    killed: int | None
    injured: int | None
    modality: str
    date: str | None
    attributed_to: str | None                # canonical entity id
    source_text: str | None
    rules: tuple[str, ...]
    also_attributed_to: tuple[str, ...] = ()   # further sources the passage cites (canonical ids)


@dataclass(frozen=True)
class ExportEvent:
    id: str
    type: str
    mode: str | None
    date: str | None
    date_precision: str | None
    date_end: str | None
    location: str | None
    actors: tuple[str, ...]
    targets: tuple[str, ...]
    killed: int | None
    injured: int | None
    modality: str
    sources: int
    reports: tuple[ExportReport, ...]
    killed_range: str | None = None          # "44–52" where reports disagree
    injured_range: str | None = None
    disputed: tuple[str, ...] = ()           # the fields the reports disagree on


@dataclass(frozen=True)
class ExportRelation:
    id: str
    subject: str
    predicate: str
    object: str | None
    value: str | None
    evidence: tuple[ExportEvidence, ...]


@dataclass(frozen=True)
class ExportValue:
    value: str
    doc: str
    report: str
    attributed_to: str | None = None         # canonical id of the source the report cites


@dataclass(frozen=True)
class ExportContradiction:
    event: str
    field: str
    values: tuple[ExportValue, ...]


@dataclass(frozen=True)
class ExportData:
    """The whole resolved graph, as exporters receive it; every list sorted, so two stores holding
    the same documents (SQLite or PostgreSQL, any ingest order) export identical files."""
    documents: tuple[ExportDocument, ...]
    entities: tuple[ExportEntity, ...]
    events: tuple[ExportEvent, ...]
    relations: tuple[ExportRelation, ...]
    contradictions: tuple[ExportContradiction, ...]


# -------------------------------------------------------- reference datasets

@dataclass(frozen=True)
class ReferenceMatch:
    """A reference event (an ACLED row) and the claimgraph event found for it, if any."""
    reference_id: str
    date: str
    event_type: str
    location: str | None
    fatalities: int | None
    status: str                              # found | differs | missed
    event: str | None                        # the claimgraph event id
    event_date: str | None
    event_fatalities: int | None
    differences: tuple[str, ...]             # "date: 2021-03-02 here, 2021-03-05 in claimgraph"


@dataclass(frozen=True)
class ReferenceComparison:
    """Which of a dataset's reference events claimgraph found, missed, or dated or counted differently."""
    dataset: str
    references: int
    found: int
    differs: int
    missed: int
    matches: tuple[ReferenceMatch, ...]


# ------------------------------------------------------------------ watching

@dataclass(frozen=True)
class AlertReport:
    """A report named by an alert: its sentence, document and what it says."""
    id: str
    doc: str
    source: str
    outlet: str | None
    title: str | None
    sentence: str
    killed: int | None
    modality: str


@dataclass(frozen=True)
class AlertView:
    """An alert as shown and sent: its watch-list by name, the event it is about now, its reports."""
    id: int
    watchlist_id: int
    watchlist: str
    created: str
    kind: str
    title: str
    changes: tuple[str, ...]
    event_id: str | None                     # the event holding its reports now (None: gone)
    reports: tuple[AlertReport, ...]

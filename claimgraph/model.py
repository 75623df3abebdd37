"""The records claimgraph passes, stores, serves and exports, declared once.

Data flows one way: RawDocument -> Document (cleaned) -> spaCy Doc -> Sentence,
Entity, Mention, Report, Relation (one document's extraction) -> resolution adds
EntityLink, Story, Event and Contradiction across documents. Every extracted record
carries its Evidence: document, character span into the cleaned text, sentence.

Document-level records are never rewritten by resolution: an Entity keeps its
document, and resolution maps it to a canonical id through an EntityLink that
records why (rule, score, detail), as FollowTheMoney's statements do.
"""
from __future__ import annotations

from dataclasses import dataclass, field

GROUP = "GROUP"   # an unnamed group taking part in an event ("the police", "gunmen")
ENTITY_TYPES = ("PERSON", "ORG", GROUP, "GPE", "LOC", "FAC", "NORP")   # what the extractors assign
MODALITIES = ("occurred", "planned", "threatened", "possible", "denied")
DATE_PRECISIONS = ("day", "month", "year")
# Report.date_relation: the event's own date, the day a source reported it (an upper bound), or
# the day the article was published or the earlier day its lead names for the main event, standing
# for an event told as done with no date of its own (resolution compares such reports as undated).
DATE_RELATIONS = OWN_DATE, REPORTED_BY, PUBLICATION_DAY, LEAD_DAY = ("on", "by", "published", "lead")
RELATION_PREDICATES = ("leader_of", "member_of", "part_of", "affiliated_with",
                       "located_in", "allied_with", "role")
CONTRADICTION_FIELDS = ("killed", "injured", "date", "location", "actor", "occurred")


@dataclass(frozen=True)
class RawDocument:
    """A document as read from its source, before cleaning: text or HTML, and any metadata given."""
    source: str
    text: str | None = None
    html: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None
    outlet: str | None = None
    author: str | None = None
    warnings: tuple[str, ...] = ()           # problems met while reading (e.g. the encoding guessed)


@dataclass(frozen=True)
class CleanedText:
    """The article body with site furniture removed, and the metadata found while cleaning."""
    text: str
    title: str | None = None
    author: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None            # YYYY-MM-DD, YYYY-MM or YYYY
    published_origin: str | None = None     # metadata | dateline | signature | byline | inferred
    removed: tuple[str, ...] = ()           # furniture blocks dropped, for --explain and tests
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Document:
    id: str                                  # content hash of the raw input: re-ingest is a no-op
    source: str
    text: str                                # cleaned text; every offset refers to it
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None
    published_origin: str | None = None
    language: str | None = None
    warnings: tuple[str, ...] = ()

    @property
    def published_inferred(self) -> bool:
        return self.published_origin == "inferred"


@dataclass(frozen=True)
class Sentence:
    doc_id: str
    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Evidence:
    """Where a fact comes from: a span of a document's cleaned text and the sentence around it."""
    doc_id: str
    start: int
    end: int
    text: str                                # the sentence
    sentence_index: int | None = None


@dataclass(frozen=True)
class Entity:
    """One real-world thing as one document names it (a document-level entity)."""
    id: str
    doc_id: str
    name: str                                # the fullest name the document uses
    type: str                                # one of ENTITY_TYPES (others allowed)
    aliases: tuple[str, ...] = ()            # every other surface the document uses
    stage: str = ""


@dataclass(frozen=True)
class Mention:
    id: str
    doc_id: str
    entity_id: str
    start: int
    end: int
    text: str                                # the name as written, titles and possessive stripped
    label: str                               # the NER label of this one mention
    sentence_index: int
    stage: str = ""


@dataclass(frozen=True)
class Report:
    """One passage reporting an event, as that passage states it."""
    id: str
    doc_id: str
    type: str                                # PLOVER event type
    evidence: Evidence                       # span = the trigger; text = the sentence
    mode: str | None = None
    trigger: str = ""
    actors: tuple[str, ...] = ()             # document-level entity ids
    targets: tuple[str, ...] = ()
    location: str | None = None              # entity id of the most specific place
    date: str | None = None                  # YYYY-MM-DD
    date_precision: str | None = None        # day | month | year
    date_end: str | None = None
    date_text: str | None = None
    date_relation: str | None = None         # one of DATE_RELATIONS
    killed: int | None = None
    injured: int | None = None
    weapons: tuple[str, ...] = ()
    modality: str = "occurred"
    attributed_to: str | None = None         # entity id of the asserting source; None = the document itself
    source_text: str | None = None           # the attribution as written ("according to U.S. officials")
    # every further source the passage cites for it, after attributed_to, the main one
    # ("X told AFP": X, then AFP; "officials and a doctor said": both)
    also_attributed_to: tuple[str, ...] = ()
    refers_back: bool = False                # a definite description ("the attack"): an event told before
    stage: str = ""
    rules: tuple[str, ...] = ()              # ids of the rules that made it ("trigger:ASSAULT.attack")


@dataclass(frozen=True)
class Relation:
    id: str
    doc_id: str
    subject: str                             # entity id
    predicate: str                           # one of RELATION_PREDICATES (others allowed)
    evidence: Evidence
    object: str | None = None                # entity id, or None with value for "role"
    value: str | None = None
    stage: str = ""
    rules: tuple[str, ...] = ()              # ids of the rules that made it ("relation:descriptor.leader")


@dataclass(frozen=True)
class ProcessedDocument:
    """Everything extracted from one document: written to the store in one transaction."""
    document: Document
    sentences: tuple[Sentence, ...] = ()
    entities: tuple[Entity, ...] = ()
    mentions: tuple[Mention, ...] = ()
    reports: tuple[Report, ...] = ()
    relations: tuple[Relation, ...] = ()


@dataclass(frozen=True)
class Skipped:
    """A document that was not ingested, and why, in words a user can act on."""
    source: str
    reason: str


# ----------------------------------------------------------------- resolution

@dataclass(frozen=True)
class Score:
    """One feature's verdict: a value in [0, 1] and a human-readable detail."""
    name: str
    value: float
    detail: str = ""


@dataclass(frozen=True)
class Lead:
    """What story detection reads of a document: its headline and first sentences, the
    entities they name, and when it was published."""
    doc_id: str
    text: str                                # the headline and the lead sentences
    title: str | None = None
    published: str | None = None
    entities: tuple[str, ...] = ()           # document-level entity ids named in the lead


@dataclass(frozen=True)
class StoryLink:
    """Why two documents were joined into one story: the pair's score and each feature behind it."""
    left: str                                # document ids
    right: str
    score: float
    features: tuple[Score, ...] = ()


@dataclass(frozen=True)
class Story:
    """Documents that tell the same incident (an analyst's "related reporting"), and why."""
    id: str
    members: tuple[str, ...]                 # document ids, at least two
    title: str | None = None                 # the headline of its earliest member
    first_published: str | None = None
    last_published: str | None = None
    links: tuple[StoryLink, ...] = ()        # the joins that made it, strongest first


@dataclass(frozen=True)
class EntityLink:
    """Resolution's mapping of a document-level entity to its canonical entity, and why."""
    entity_id: str
    canonical_id: str
    rule: str
    score: float = 1.0
    detail: str = ""


@dataclass(frozen=True)
class CanonicalEntity:
    id: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    members: tuple[str, ...] = ()            # document-level entity ids


@dataclass(frozen=True)
class Judgement:
    """An analyst's correction, kept as a row so it survives re-resolution."""
    id: str
    kind: str                                # merge | split
    left: str                                # merge: an entity name or id; split: the entity
    right: str                               # merge: the other entity; split: the alias to detach
    created: str = ""
    note: str = ""
    described: str = ""                      # the entities as named when the correction was made


@dataclass(frozen=True)
class Event:
    """One real-world happening across all documents, resolved from its reports."""
    id: str
    type: str
    reports: tuple[str, ...]                 # report ids
    mode: str | None = None
    date: str | None = None
    date_precision: str | None = None
    date_end: str | None = None
    location: str | None = None              # canonical entity ids from here on
    actors: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()
    killed: int | None = None
    injured: int | None = None
    modality: str = "occurred"
    sources: int = 1                         # independent outlets reporting it


@dataclass(frozen=True)
class DocumentDate:
    """A publication date resolution infers for a document that neither prints nor implies one:
    its year-less dates are days of events other, dated documents also report."""
    doc_id: str
    published: str                           # YYYY-MM-DD
    year_from: tuple[str, ...]               # the events whose dated reports gave the year
    detail: str = ""


@dataclass(frozen=True)
class ContradictionValue:
    value: str
    doc_id: str
    report_id: str
    attributed_to: str | None = None         # canonical id of the source the report cites


@dataclass(frozen=True)
class Contradiction:
    event_id: str
    field: str                               # one of CONTRADICTION_FIELDS
    values: tuple[ContradictionValue, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class IngestSummary:
    """What one ingest run did, for the CLI to print and scripts to check."""
    added: tuple[str, ...] = ()              # sources stored
    duplicates: tuple[str, ...] = ()         # sources whose content was already stored
    skipped: tuple[Skipped, ...] = ()
    warnings: tuple[tuple[str, str], ...] = ()   # (source, warning) for documents stored with one


# ------------------------------------------------------------ reference data

@dataclass(frozen=True)
class ReferenceEvent:
    """An event as another dataset codes it (a row of an ACLED-style file), kept to compare
    claimgraph's events with: `claimgraph import acled`, `claimgraph compare acled`."""
    id: str                                  # content hash of the dataset and the row's content
    dataset: str                             # "acled"
    reference_id: str                        # the dataset's own id (event_id_cnty), else "row N"
    date: str                                # YYYY-MM-DD
    time_precision: int                      # ACLED's: 1 day, 2 week, 3 month or wider
    event_type: str
    sub_event_type: str | None = None
    actors: tuple[str, ...] = ()             # actor1 and assoc_actor_1, as written
    targets: tuple[str, ...] = ()            # actor2 and assoc_actor_2
    location: str | None = None
    country: str | None = None
    fatalities: int | None = None
    notes: str | None = None
    source: str | None = None                # the outlets the dataset cites
    imported_from: str = ""                  # the file it was read from


# ------------------------------------------------------------------ watching

@dataclass(frozen=True)
class Feed:
    """A feed `claimgraph watch` follows, and its polling state."""
    id: int
    source: str                              # an http(s) URL or a feed file's path
    every_s: int                             # seconds between polls
    added: str                               # ISO timestamps, UTC, from here on
    etag: str | None = None                  # the validators of the last answer, sent back (conditional GET)
    last_modified: str | None = None
    last_polled: str | None = None
    next_due: str | None = None
    failures: int = 0                        # polls failed in a row; the delay doubles with each
    last_error: str | None = None


@dataclass(frozen=True)
class FeedItem:
    """One entry of a feed as read: the feed's own key for it and its document."""
    key: str                                 # the entry's id, else its link, else a hash of its text
    document: RawDocument | Skipped
    summary_only: bool                       # no full content: the article is at document.url


@dataclass(frozen=True)
class FeedEntry:
    """An entry of a followed feed already ingested (or refused for good), by the feed's own id for it."""
    feed_id: int
    entry_id: str
    seen: str


@dataclass(frozen=True)
class WatchList:
    """A saved event query; every new or changed event it matches raises an Alert."""
    id: int
    name: str
    created: str
    entity: str | None = None                # any of its names or aliases, found again at each check
    place: str | None = None                 # the place or any place inside it
    type: str | None = None                  # PLOVER type
    modality: str | None = None
    min_killed: int | None = None            # some report gives at least this toll
    webhook: str | None = None               # http(s) URL each alert is POSTed to
    secret: str | None = None                # the key of the webhook's HMAC-SHA256 signature


@dataclass(frozen=True)
class WatchState:
    """What a watch-list last saw of one event: the alert-relevant facts and the reports holding them."""
    watchlist_id: int
    event_key: str                           # the event's first stored report (claimgraph.watch.alerts)
    fingerprint: str
    facts: tuple[str, ...]
    reports: tuple[str, ...]
    updated: str


@dataclass(frozen=True)
class Alert:
    """A watch-list's event, new or changed, with the reports that raised it."""
    id: int
    watchlist_id: int
    event_key: str
    event_id: str                            # the event's id when the alert was raised
    created: str
    kind: str                                # new | changed
    title: str
    changes: tuple[str, ...]                 # each new fact, as said to an analyst
    reports: tuple[str, ...]                 # the report ids that brought them
    fingerprint: str


@dataclass(frozen=True)
class Delivery:
    """An alert's delivery to its watch-list's webhook: delivered once, retried with backoff until then."""
    alert_id: int
    attempts: int = 0
    delivered: str | None = None
    next_attempt: str | None = None
    last_error: str | None = None


@dataclass(frozen=True)
class FeedPoll:
    """What polling one feed did in a round."""
    feed_id: int
    source: str
    status: str                              # read | unchanged | failed | not due
    new_entries: int = 0
    error: str | None = None
    next_due: str | None = None


@dataclass(frozen=True)
class WatchRound:
    """One round of `claimgraph watch run`: the feeds polled, what was ingested, the alerts raised."""
    polls: tuple[FeedPoll, ...]
    ingest: IngestSummary
    alerts: tuple[Alert, ...]
    delivery_failures: tuple[str, ...] = ()

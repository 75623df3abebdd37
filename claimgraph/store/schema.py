"""The store schema, derived from the records in claimgraph.model so the model is declared once.

Each table maps one record class: scalar fields become columns, tuples become JSON columns and
an Evidence field is flattened into evidence_* columns. Tables that only resolution writes
(entity_links, canonical_entities, stories, story_members, events, event_members, contradictions,
document_dates) are derived state: they are rebuilt from the document-level tables plus the analysts' judgements.
"""
from __future__ import annotations

import dataclasses
import types
import typing

import sqlalchemy as sa

from claimgraph import model

SCHEMA_VERSION = 8

metadata = sa.MetaData()

_SCALARS = {str: sa.Text, int: sa.Integer, float: sa.Float, bool: sa.Boolean}
_EVIDENCE_FIELDS = [f.name for f in dataclasses.fields(model.Evidence)]


def unwrap_optional(hint):
    """X from `X | None`; any other annotation as it is."""
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        return next(a for a in typing.get_args(hint) if a is not type(None))
    return hint


def _column_type(hint):
    """The SQLAlchemy type for a dataclass field's annotation."""
    hint = unwrap_optional(hint)
    if typing.get_origin(hint) is tuple:
        return sa.JSON
    return _SCALARS[hint]


def columns_of(record_class, primary_key: tuple[str, ...] = ("id",), skip: tuple[str, ...] = ()):
    hints = typing.get_type_hints(record_class)
    columns = []
    for f in dataclasses.fields(record_class):
        if f.name in skip:
            continue
        hint = hints[f.name]
        if hint is model.Evidence:
            columns += [sa.Column(f"evidence_{name}", _column_type(sub))
                        for name, sub in typing.get_type_hints(model.Evidence).items()]
            continue
        columns.append(sa.Column(f.name, _column_type(hint), primary_key=f.name in primary_key))
    return columns


def _table(name, record_class, *extra, primary_key=("id",), skip=(), indexes=()):
    table = sa.Table(name, metadata, *columns_of(record_class, primary_key, skip), *extra)
    for column in indexes:
        sa.Index(f"ix_{name}_{column}", table.c[column])
    return table


meta = sa.Table("meta", metadata, sa.Column("key", sa.Text, primary_key=True), sa.Column("value", sa.Text))
# meta keys besides schema_version: resolution state (store/database.py).
STORED_GENERATION, RESOLVED_GENERATION = "stored_generation", "resolved_generation"

documents = _table("documents", model.Document, sa.Column("ingested_at", sa.Text))
sentences = _table("sentences", model.Sentence, primary_key=("doc_id", "index"))
entities = _table("entities", model.Entity, indexes=("doc_id", "name"))
mentions = _table("mentions", model.Mention, indexes=("doc_id", "entity_id"))
reports = _table("reports", model.Report, indexes=("doc_id", "type"))
relations = _table("relations", model.Relation, indexes=("doc_id", "subject"))
judgements = _table("judgements", model.Judgement)
# Other datasets' events (ACLED rows), imported to compare with; resolution never touches them.
reference_events = _table("reference_events", model.ReferenceEvent, indexes=("dataset", "date"))

# Derived by resolution.
entity_links = _table("entity_links", model.EntityLink, primary_key=("entity_id",), indexes=("canonical_id",))
canonical_entities = _table("canonical_entities", model.CanonicalEntity, indexes=("name",))
events = _table("events", model.Event, indexes=("type", "date"))
event_members = sa.Table(
    "event_members", metadata,
    sa.Column("event_id", sa.Text, primary_key=True),
    sa.Column("entity_id", sa.Text, primary_key=True),        # canonical entity id
    sa.Column("role", sa.Text, primary_key=True),              # actor | target | location
    sa.Index("ix_event_members_entity", "entity_id"),
)
report_events = sa.Table(
    "report_events", metadata,
    sa.Column("report_id", sa.Text, primary_key=True),
    sa.Column("event_id", sa.Text, nullable=False),
    sa.Index("ix_report_events_event", "event_id"),
)
document_dates = _table("document_dates", model.DocumentDate, primary_key=("doc_id",))
stories = _table("stories", model.Story)
story_members = sa.Table(
    "story_members", metadata,
    sa.Column("doc_id", sa.Text, primary_key=True),
    sa.Column("story_id", sa.Text, nullable=False),
    sa.Index("ix_story_members_story", "story_id"),
)
contradictions = sa.Table(
    "contradictions", metadata,
    *columns_of(model.Contradiction, primary_key=("event_id", "field")),
)

# Watching (claimgraph.watch): followed feeds, watch-lists, their alerts and webhook deliveries.
# Numbered ids, never reused (sqlite_autoincrement), so an Atom feed's or an alert's id stays its own.
feeds = sa.Table("feeds", metadata, *columns_of(model.Feed), sqlite_autoincrement=True)
feed_entries = sa.Table("feed_entries", metadata, *columns_of(model.FeedEntry, primary_key=("feed_id", "entry_id")))
watchlists = sa.Table("watchlists", metadata, *columns_of(model.WatchList), sqlite_autoincrement=True)
watch_states = sa.Table("watch_states", metadata,
                        *columns_of(model.WatchState, primary_key=("watchlist_id", "event_key")))
alerts = sa.Table("alerts", metadata, *columns_of(model.Alert), sa.Index("ix_alerts_watchlist", "watchlist_id"),
                  sqlite_autoincrement=True)
deliveries = sa.Table("deliveries", metadata, *columns_of(model.Delivery, primary_key=("alert_id",)))
WATCH_TABLES = (feeds, feed_entries, watchlists, watch_states, alerts, deliveries)

DOCUMENT_TABLES = (sentences, entities, mentions, reports, relations)
DERIVED_TABLES = (entity_links, canonical_entities, events, event_members, report_events, contradictions,
                  document_dates, stories, story_members)

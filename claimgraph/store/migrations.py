"""Schema versioning: a store records its version in `meta`; upgrade() brings an older one up to date.

Each entry of MIGRATIONS upgrades from version N-1 to N. Version 1 is the initial schema.
Creating or upgrading runs in one write transaction that holds a store-wide lock (SQLite's
write lock, a PostgreSQL advisory lock), so processes opening a new store at once create it once.
"""
from __future__ import annotations

import sqlalchemy as sa

from claimgraph.errors import StoreError
from claimgraph.store import schema


def _v2_report_cues_and_document_dates(conn) -> None:
    """Version 2: reports say whether their date is the event's or the day it was reported, and
    whether they refer back to an event told before; resolution stores publication dates
    inferred across documents."""
    conn.execute(sa.text("ALTER TABLE reports ADD COLUMN date_relation TEXT"))
    conn.execute(sa.text("ALTER TABLE reports ADD COLUMN refers_back BOOLEAN DEFAULT FALSE"))
    schema.document_dates.create(conn, checkfirst=True)


def _v3_rules(conn) -> None:
    """Version 3: reports and relations keep the ids of the rules that made them; stored before,
    they have none."""
    for table in (schema.reports, schema.relations):
        conn.execute(sa.text(f"ALTER TABLE {table.name} ADD COLUMN rules JSON"))
        conn.execute(table.update().values(rules=[]))


def _v4_resolution_generations(conn) -> None:
    """Version 4: resolution state (see store/database.py). A store from before is resolved once
    more by its next run, since whether its last resolution finished is unknown. Corrections
    say what they named when they were made."""
    conn.execute(sa.text("ALTER TABLE judgements ADD COLUMN described TEXT DEFAULT ''"))
    has_documents = conn.execute(sa.select(schema.documents.c.id).limit(1)).first() is not None
    conn.execute(schema.meta.insert(), [{"key": schema.STORED_GENERATION, "value": str(int(has_documents))},
                                        {"key": schema.RESOLVED_GENERATION, "value": "0"}])


def _v5_report_further_sources(conn) -> None:
    """Version 5: a report records every source its passage cites, not only the main one."""
    conn.execute(sa.text("ALTER TABLE reports ADD COLUMN also_attributed_to JSON"))
    conn.execute(schema.reports.update().values(also_attributed_to=[]))


def _v6_stories(conn) -> None:
    """Version 6: resolution stores stories (documents that tell one incident) and their members."""
    schema.stories.create(conn, checkfirst=True)
    schema.story_members.create(conn, checkfirst=True)


def _v7_reference_events(conn) -> None:
    """Version 7: other datasets' events (ACLED rows) imported to compare claimgraph's with."""
    schema.reference_events.create(conn, checkfirst=True)


def _v8_watch(conn) -> None:
    """Version 8: followed feeds, watch-lists, their alerts and webhook deliveries (claimgraph.watch)."""
    for table in schema.WATCH_TABLES:
        table.create(conn, checkfirst=True)


MIGRATIONS: dict[int, "callable"] = {2: _v2_report_cues_and_document_dates, 3: _v3_rules,
                                     4: _v4_resolution_generations, 5: _v5_report_further_sources,
                                     6: _v6_stories, 7: _v7_reference_events, 8: _v8_watch}
# Any 64-bit number unlikely to be used by another application's advisory locks on the same server.
POSTGRES_SCHEMA_LOCK = 0x636C61696D677270     # "claimgrp"


def current_version(conn) -> int | None:
    if not sa.inspect(conn).has_table("meta"):
        return None
    row = conn.execute(sa.select(schema.meta.c.value).where(schema.meta.c.key == "schema_version")).first()
    return int(row[0]) if row else None


def upgrade(engine, writing) -> int:
    """Create or upgrade the schema; `writing()` opens the store's write transaction."""
    with engine.connect() as conn:
        if current_version(conn) == schema.SCHEMA_VERSION:
            return schema.SCHEMA_VERSION      # the common case takes no lock: readers never wait
    with writing() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": POSTGRES_SCHEMA_LOCK})
        version = current_version(conn)
        if version is None:
            schema.metadata.create_all(conn)
            conn.execute(schema.meta.insert(), [{"key": "schema_version", "value": str(schema.SCHEMA_VERSION)},
                                                {"key": schema.STORED_GENERATION, "value": "0"},
                                                {"key": schema.RESOLVED_GENERATION, "value": "0"}])
            return schema.SCHEMA_VERSION
        if version > schema.SCHEMA_VERSION:
            raise StoreError(f"the store has schema version {version}, newer than this claimgraph "
                             f"({schema.SCHEMA_VERSION}): upgrade claimgraph")
        for step in range(version + 1, schema.SCHEMA_VERSION + 1):
            MIGRATIONS[step](conn)
        if version < schema.SCHEMA_VERSION:
            conn.execute(schema.meta.update().where(schema.meta.c.key == "schema_version")
                         .values(value=str(schema.SCHEMA_VERSION)))
        return schema.SCHEMA_VERSION

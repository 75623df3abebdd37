"""The Store: one SQLAlchemy engine over SQLite (default) or PostgreSQL, and its transactions.

Writes are per document and atomic: a ProcessedDocument is written in one transaction, so an
error or a crash mid-document leaves the store as it was. Resolution output replaces the derived
tables in one transaction too.

Resolution state is versioned in `meta`, so a crash or a concurrent run never leaves a stale
graph for good:
- `stored_generation` goes up by one in the transaction of every change to resolution's input
  (a document stored, a correction recorded or undone);
- `resolved_generation` is written in the transaction that replaces the derived tables: the
  stored generation the resolver read *before* reading its input, so its graph covers at least
  every change up to it. A resolver whose generation is older than the one already written
  discards its result (optimistic versioning: no lock is held while resolving, and two
  processes resolving at once end with the newer graph, whichever finishes last).
Any run that finds `resolved_generation < stored_generation` resolves again.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from claimgraph import model
from claimgraph.errors import StoreError
from claimgraph.store import migrations, schema
from claimgraph.store.rows import from_row, to_row

DEFAULT_DB = "claimgraph.db"
# How long an SQLite writer waits for another process's write transaction before giving up.
# Replacing the derived tables of a 5,000-document store takes several seconds (README,
# "Performance and scale-out"), longer than sqlite3's default of 5 s.
SQLITE_BUSY_TIMEOUT_S = 120


def database_url(target: str | os.PathLike | None) -> str:
    """A file path or an SQLAlchemy URL (None: ./claimgraph.db); PostgreSQL URLs get the psycopg 3
    driver. The CLAIMGRAPH_DB setting is read at the interface (config, the CLI's --db), not here."""
    target = str(target or DEFAULT_DB)
    if "://" not in target:
        return f"sqlite:///{Path(target).expanduser().resolve()}"
    if target.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + target.split("://", 1)[1]
    return target


class Store:
    """The one place the database is touched; everything else goes through its methods or queries.py."""

    def __init__(self, target: str | os.PathLike | None = None, *, create: bool = True):
        self.url = database_url(target)
        if self.url.startswith("sqlite:///"):
            path = Path(self.url.removeprefix("sqlite:///"))
            if not create and not path.exists():
                raise StoreError(f"no store at {path}: run `claimgraph ingest` first or pass --db")
            if not path.parent.is_dir():   # else SQLite's "unable to open database file"
                raise StoreError(f"no folder {path.parent} for the store {path.name}: create it or pass another --db")
        try:
            sqlite = self.url.startswith("sqlite")
            self.engine = sa.create_engine(self.url, future=True,
                                           connect_args={"timeout": SQLITE_BUSY_TIMEOUT_S} if sqlite else {})
            if sqlite:
                sa.event.listen(self.engine, "connect", _sqlite_pragmas)
            migrations.upgrade(self.engine, self.writing)
        except sa.exc.SQLAlchemyError as err:
            raise StoreError(f"cannot open the store {self.describe()}: {err.__class__.__name__}: "
                             f"{str(err).splitlines()[0]}") from err

    def describe(self) -> str:
        return sa.engine.make_url(self.url).render_as_string(hide_password=True)

    def close(self) -> None:
        self.engine.dispose()

    # ------------------------------------------------------------- documents
    def has_document(self, doc_id: str) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(sa.select(schema.documents.c.id).where(
                schema.documents.c.id == doc_id)).first() is not None

    @contextlib.contextmanager
    def writing(self) -> Iterator[sa.Connection]:
        """A write transaction that holds the write lock from its first statement.

        SQLite: `BEGIN IMMEDIATE`, so a writer waits for another instead of failing when its
        read snapshot goes stale (pysqlite's implicit BEGIN is deferred and leaves DDL outside
        any transaction). PostgreSQL: rows are locked as they are written."""
        with self.engine.begin() as conn:
            if self.engine.dialect.name == "sqlite":
                conn.exec_driver_sql("BEGIN IMMEDIATE")
            yield conn

    def write_document(self, processed: model.ProcessedDocument) -> bool:
        """Store one document and everything extracted from it; False if it was already stored
        (also when another process stores the same document at the same moment)."""
        now = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
        try:
            with self.writing() as conn:
                inserted = conn.execute(insert_new(conn, schema.documents).returning(schema.documents.c.id),
                                        to_row(processed.document, ingested_at=now)).first()
                if inserted is None:
                    return False
                for table, records in ((schema.sentences, processed.sentences),
                                       (schema.entities, processed.entities),
                                       (schema.mentions, processed.mentions),
                                       (schema.reports, processed.reports),
                                       (schema.relations, processed.relations)):
                    if records:
                        conn.execute(table.insert(), [to_row(r) for r in records])
                _bump_stored_generation(conn)
        except sa.exc.SQLAlchemyError as err:
            raise StoreError(f"could not store {processed.document.source}: {str(err).splitlines()[0]}") from err
        return True

    # ------------------------------------------------------------ read whole
    def load(self, record_class, table: sa.Table, where=None) -> list:
        query = sa.select(table)
        if where is not None:
            query = query.where(where)
        with self.engine.connect() as conn:
            return [from_row(record_class, row) for row in conn.execute(query)]

    # ------------------------------------------------------------ resolution
    def generations(self) -> tuple[int, int]:
        """(stored, resolved): resolution is due while resolved < stored."""
        try:
            with self.engine.connect() as conn:
                values = dict(conn.execute(sa.select(schema.meta.c.key, schema.meta.c.value).where(
                    schema.meta.c.key.in_((schema.STORED_GENERATION, schema.RESOLVED_GENERATION)))).all())
        except sa.exc.SQLAlchemyError as err:
            raise StoreError(f"cannot read the resolution state of {self.describe()}: "
                             f"{str(err).splitlines()[0]}") from err
        return int(values.get(schema.STORED_GENERATION, 0)), int(values.get(schema.RESOLVED_GENERATION, 0))

    def resolution_due(self) -> bool:
        stored, resolved = self.generations()
        return resolved < stored

    def replace_derived(self, tables: dict[sa.Table, Iterable[dict]], generation: int) -> bool:
        """Swap resolution's output in one transaction: readers see the old graph or the new one.

        `generation` is the stored generation read before resolution read its input. False (and
        nothing written) when a resolution of a newer generation is already stored."""
        with self.writing() as conn:
            # The UPDATE comes first so that it takes the lock that orders concurrent resolvers.
            conn.execute(schema.meta.update().where(schema.meta.c.key == schema.RESOLVED_GENERATION)
                         .values(value=schema.meta.c.value))
            resolved = conn.execute(sa.select(schema.meta.c.value)
                                    .where(schema.meta.c.key == schema.RESOLVED_GENERATION)).scalar_one()
            if int(resolved) > generation:
                return False
            for table in schema.DERIVED_TABLES:
                conn.execute(table.delete())
            for table, rows in tables.items():
                rows = list(rows)
                for i in range(0, len(rows), 5000):
                    conn.execute(table.insert(), rows[i:i + 5000])
            conn.execute(schema.meta.update().where(schema.meta.c.key == schema.RESOLVED_GENERATION)
                         .values(value=str(generation)))
        return True

    # ----------------------------------------------------------- corrections
    def add_judgement(self, judgement: model.Judgement) -> None:
        with self.writing() as conn:
            conn.execute(schema.judgements.insert(), [to_row(judgement)])
            _bump_stored_generation(conn)

    def remove_judgement(self, judgement_id: str) -> bool:
        """Delete one correction; False if there was none with that id."""
        with self.writing() as conn:
            deleted = conn.execute(schema.judgements.delete().where(schema.judgements.c.id == judgement_id))
            if deleted.rowcount:
                _bump_stored_generation(conn)
        return bool(deleted.rowcount)

    def judgements(self) -> list[model.Judgement]:
        return sorted(self.load(model.Judgement, schema.judgements), key=lambda j: (j.created, j.id))


def insert_new(conn: sa.Connection, table: sa.Table):
    """INSERT that skips a row whose primary key is already stored (race-free: under a concurrent
    insert of the same key it waits for the other transaction, then skips)."""
    insert = {"sqlite": sqlite_insert, "postgresql": postgresql_insert}.get(conn.dialect.name)
    if insert is None:
        raise StoreError(f"unsupported database {conn.dialect.name!r}: use SQLite or PostgreSQL")
    return insert(table).on_conflict_do_nothing()


def _bump_stored_generation(conn: sa.Connection) -> None:
    value = schema.meta.c.value
    conn.execute(schema.meta.update().where(schema.meta.c.key == schema.STORED_GENERATION)
                 .values(value=sa.cast(sa.cast(value, sa.Integer) + 1, sa.Text)))


def _sqlite_pragmas(dbapi_connection, _record):
    cursor = dbapi_connection.cursor()
    _use_write_ahead_log(cursor)
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _use_write_ahead_log(cursor) -> None:
    """Switching a new file to WAL needs it alone for a moment: when another process opens it at
    the same moment, SQLite fails the switch at once (no busy wait), so it is tried again."""
    deadline = time.monotonic() + SQLITE_BUSY_TIMEOUT_S
    while True:
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as err:
            if "locked" not in str(err) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)

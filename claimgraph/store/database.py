"""The Store: one SQLAlchemy engine over SQLite (default) or PostgreSQL, and its transactions.

Writes are per document and atomic: a ProcessedDocument is written in one transaction, so an
error or a crash mid-document leaves the store as it was. Resolution output replaces the derived
tables in one transaction too.
"""
from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable
from pathlib import Path

import sqlalchemy as sa

from claimgraph import model
from claimgraph.errors import StoreError
from claimgraph.store import migrations, schema
from claimgraph.store.rows import from_row, to_row

DEFAULT_DB = "claimgraph.db"


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
        if self.url.startswith("sqlite:///") and not create:
            path = Path(self.url.removeprefix("sqlite:///"))
            if not path.exists():
                raise StoreError(f"no store at {path}: run `claimgraph ingest` first or pass --db")
        try:
            self.engine = sa.create_engine(self.url, future=True)
            if self.engine.dialect.name == "sqlite":
                sa.event.listen(self.engine, "connect", _sqlite_pragmas)
            migrations.upgrade(self.engine)
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

    def write_document(self, processed: model.ProcessedDocument) -> bool:
        """Store one document and everything extracted from it; False if it was already stored."""
        now = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
        try:
            with self.engine.begin() as conn:
                if conn.execute(sa.select(schema.documents.c.id).where(
                        schema.documents.c.id == processed.document.id)).first():
                    return False
                conn.execute(schema.documents.insert(), [to_row(processed.document, ingested_at=now)])
                for table, records in ((schema.sentences, processed.sentences),
                                       (schema.entities, processed.entities),
                                       (schema.mentions, processed.mentions),
                                       (schema.reports, processed.reports),
                                       (schema.relations, processed.relations)):
                    if records:
                        conn.execute(table.insert(), [to_row(r) for r in records])
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
    def replace_derived(self, tables: dict[sa.Table, Iterable[dict]]) -> None:
        """Swap resolution's output in one transaction: readers see the old graph or the new one."""
        with self.engine.begin() as conn:
            for table in schema.DERIVED_TABLES:
                conn.execute(table.delete())
            for table, rows in tables.items():
                rows = list(rows)
                for i in range(0, len(rows), 5000):
                    conn.execute(table.insert(), rows[i:i + 5000])

    def add_judgement(self, judgement: model.Judgement) -> None:
        with self.engine.begin() as conn:
            conn.execute(schema.judgements.insert(), [to_row(judgement)])

    def judgements(self) -> list[model.Judgement]:
        return self.load(model.Judgement, schema.judgements)


def _sqlite_pragmas(dbapi_connection, _record):
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()

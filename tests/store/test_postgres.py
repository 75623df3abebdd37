"""The store on a real PostgreSQL server: the same behaviour, commands and export as on SQLite."""
from __future__ import annotations

import dataclasses
import json

import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from claimgraph import model
from claimgraph.cli.main import app
from claimgraph.config import Settings
from claimgraph.errors import StoreError
from claimgraph.ingest import read_sources
from claimgraph.store import Store, schema
from claimgraph.store.graph import graph
from claimgraph.store.resolution import refresh_resolution
from tests.records import document

TEXT = ("Militiamen of the Eastern Brigade attacked Sorvin. The Eastern Brigade said two guards died. "
        "Colonel Ardan Velk leads the Eastern Brigade.")


def sample(doc_id="p1", text=TEXT):
    return document(doc_id, text, entities=[("Eastern Brigade", "ORG", ["Eastern Brigade"]),
                                            ("Sorvin", "GPE", ["Sorvin"]),
                                            ("Ardan Velk", "PERSON", ["Ardan Velk"])],
                    reports=[("ASSAULT", "attacked", ["Eastern Brigade"], [], {"location": "Sorvin", "killed": 2})],
                    relations=[("Ardan Velk", "leader_of", "Eastern Brigade", None)])


@pytest.fixture
def pg_store(pg_database):
    store = Store(pg_database)
    yield store
    store.close()


def test_the_store_opens_postgresql_urls_with_psycopg(pg_store):
    assert pg_store.engine.dialect.name == "postgresql"
    assert pg_store.engine.dialect.driver == "psycopg"


def test_records_round_trip(pg_store):
    processed = sample()
    assert pg_store.write_document(processed)
    assert pg_store.has_document("p1")
    assert pg_store.load(model.Document, schema.documents) == [processed.document]
    for record_class, table, records in ((model.Sentence, schema.sentences, processed.sentences),
                                         (model.Entity, schema.entities, processed.entities),
                                         (model.Mention, schema.mentions, processed.mentions),
                                         (model.Report, schema.reports, processed.reports),
                                         (model.Relation, schema.relations, processed.relations)):
        assert sorted(pg_store.load(record_class, table), key=repr) == sorted(records, key=repr)


def test_writing_the_same_document_again_changes_nothing(pg_store):
    assert pg_store.write_document(sample())
    assert not pg_store.write_document(sample())
    with pg_store.engine.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(schema.documents)).scalar_one() == 1
        assert conn.execute(sa.select(sa.func.count()).select_from(schema.mentions)).scalar_one() == 5


def test_a_failed_write_leaves_the_store_as_it_was(pg_store):
    pg_store.write_document(sample("p1"))
    good = sample("p2", TEXT.replace("Sorvin", "Dalmir"))
    broken = dataclasses.replace(good, mentions=good.mentions + good.mentions[:1])   # one id twice
    with pytest.raises(StoreError):
        pg_store.write_document(broken)
    assert [d.id for d in pg_store.load(model.Document, schema.documents)] == ["p1"]
    assert {m.doc_id for m in pg_store.load(model.Mention, schema.mentions)} == {"p1"}


def test_resolution_and_export_match_sqlite(pg_store, tmp_path):
    sqlite_store = Store(tmp_path / "same.db")
    for store in (pg_store, sqlite_store):
        store.write_document(sample("p1"))
        store.write_document(sample("p2", TEXT.replace("two guards", "three guards")))
        refresh_resolution(store)
    assert graph(pg_store) == graph(sqlite_store)
    assert graph(pg_store).events


@pytest.mark.parametrize("command", [
    ["stats"], ["stats", "--json"], ["documents"], ["entities"], ["entity", "Eastern Brigade"],
    ["events"], ["contradictions"], ["export", "--format", "json"], ["export", "--format", "csv"],
])
def test_every_query_command_reads_postgresql(pg_database, command):
    store = Store(pg_database)
    store.write_document(sample())
    refresh_resolution(store)
    store.close()
    result = CliRunner().invoke(app, [*command, "--db", pg_database])
    assert result.exit_code == 0, result.output
    assert result.output.strip()


def test_ingest_writes_to_postgresql(pg_database, tmp_path):
    (tmp_path / "a.txt").write_text("Soldiers of the Republic of Ostrava shelled the town of Brel on Monday, "
                                    "killing four civilians, local officials said.\n")
    runner = CliRunner()
    first = runner.invoke(app, ["ingest", str(tmp_path / "a.txt"), "--db", pg_database, "--json"])
    assert first.exit_code == 0, first.output
    assert len(json.loads(first.output)["added"]) == 1
    again = runner.invoke(app, ["ingest", str(tmp_path / "a.txt"), "--db", pg_database, "--json"])
    assert json.loads(again.output)["duplicates"] == [str(tmp_path / "a.txt")]


def test_the_seeds_export_the_same_from_postgresql_and_sqlite(pg_database, seeds_dir, tmp_path):
    from claimgraph.runners.local import run

    exports = []
    for target in (pg_database, tmp_path / "seeds.db"):
        store = Store(target)
        run(read_sources([seeds_dir], Settings().max_bytes), store, Settings(db=str(target)))
        exports.append(graph(store))
        store.close()
    assert exports[0].documents
    assert exports[0] == exports[1]

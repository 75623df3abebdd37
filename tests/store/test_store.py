"""The store: round trips, atomic writes, re-ingest as a no-op, schema versions."""
from __future__ import annotations

import dataclasses

import pytest
import sqlalchemy as sa

from claimgraph import model
from claimgraph.errors import StoreError
from claimgraph.store import Store, database_url, schema
from claimgraph.store.resolution import refresh_resolution
from tests.records import document

TEXT = "Rebels of the Northern Front shelled Karvo. The Northern Front denied it."


@pytest.fixture
def store(tmp_path):
    return Store(tmp_path / "t.db")


def sample(doc_id="d1", text=TEXT):
    return document(doc_id, text, entities=[("Northern Front", "ORG", ["Northern Front"]),
                                            ("Karvo", "GPE", ["Karvo"])],
                    reports=[("ASSAULT", "shelled", ["Northern Front"], [], {"location": "Karvo", "killed": 3})],
                    relations=[("Karvo", "role", None, "town")])


@pytest.mark.parametrize("target, expected", [
    ("store.db", "sqlite:///"),
    ("postgresql://u@h/db", "postgresql+psycopg://u@h/db"),
    ("postgres://u@h/db", "postgresql+psycopg://u@h/db"),
    ("sqlite:///x.db", "sqlite:///x.db"),
])
def test_database_url(target, expected):
    assert database_url(target).startswith(expected)


def test_records_round_trip(store):
    processed = sample()
    assert store.write_document(processed)
    assert store.load(model.Document, schema.documents) == [processed.document]
    assert store.load(model.Report, schema.reports) == list(processed.reports)
    assert store.load(model.Relation, schema.relations) == list(processed.relations)
    assert sorted(store.load(model.Mention, schema.mentions), key=lambda m: m.start) == list(processed.mentions)


def test_writing_the_same_document_twice_changes_nothing(store):
    assert store.write_document(sample())
    assert not store.write_document(sample())
    with store.engine.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(schema.mentions)).scalar_one() == 3


def test_a_failed_write_leaves_the_store_as_it_was(store):
    store.write_document(sample("d1"))
    good = sample("d2")
    # Two mentions with one id: the insert fails half-way through the document.
    broken = dataclasses.replace(good, mentions=good.mentions + good.mentions[:1])
    with pytest.raises(StoreError):
        store.write_document(broken)
    assert [d.id for d in store.load(model.Document, schema.documents)] == ["d1"]
    assert {m.doc_id for m in store.load(model.Mention, schema.mentions)} == {"d1"}


def test_schema_version_is_recorded_and_newer_stores_are_refused(tmp_path):
    path = tmp_path / "v.db"
    Store(path).close()
    engine = sa.create_engine(f"sqlite:///{path}")
    version = schema.meta.c.key == "schema_version"
    with engine.begin() as conn:
        assert conn.execute(sa.select(schema.meta.c.value).where(version)).scalar_one() == str(schema.SCHEMA_VERSION)
        conn.execute(schema.meta.update().where(version).values(value=str(schema.SCHEMA_VERSION + 1)))
    with pytest.raises(StoreError, match="newer"):
        Store(path)


# What each older layout lacks of the current one.
_NO_V4 = ["DELETE FROM meta WHERE key != 'schema_version'",     # no resolution state
          "ALTER TABLE judgements DROP COLUMN described"]
_NO_RULES = ["ALTER TABLE reports DROP COLUMN rules", "ALTER TABLE relations DROP COLUMN rules"]
_NO_FURTHER_SOURCES = ["ALTER TABLE reports DROP COLUMN also_attributed_to"]
OLDER_LAYOUTS = {
    1: ["ALTER TABLE reports DROP COLUMN date_relation", "ALTER TABLE reports DROP COLUMN refers_back",
        "DROP TABLE document_dates", *_NO_RULES, *_NO_V4, *_NO_FURTHER_SOURCES],
    2: [*_NO_RULES, *_NO_V4, *_NO_FURTHER_SOURCES],
    3: [*_NO_V4, *_NO_FURTHER_SOURCES],
    4: _NO_FURTHER_SOURCES,
    7: [f"DROP TABLE {table.name}" for table in schema.WATCH_TABLES],
}


@pytest.mark.parametrize("version", sorted(OLDER_LAYOUTS))
def test_an_older_store_is_upgraded_in_place_and_keeps_its_documents(tmp_path, version):
    path = tmp_path / f"v{version}.db"
    store = Store(path)
    store.write_document(sample())
    store.close()
    engine = sa.create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        for statement in OLDER_LAYOUTS[version]:
            conn.execute(sa.text(statement))
        conn.execute(schema.meta.update().values(value=str(version)))
    store = Store(path)
    assert [d.id for d in store.load(model.Document, schema.documents)] == ["d1"]
    reports = store.load(model.Report, schema.reports)
    assert reports and all(r.refers_back is False and r.also_attributed_to == () for r in reports)
    assert all(r.rules == () for r in reports) or version >= 3
    assert store.resolution_due() or version >= 4      # before 4, whether its last resolution finished is unknown
    assert refresh_resolution(store).events
    assert not store.resolution_due()
    assert store.load(model.Feed, schema.feeds) == []
    store.close()


def test_opening_a_missing_store_for_reading_says_so(tmp_path):
    with pytest.raises(StoreError, match="no store"):
        Store(tmp_path / "absent.db", create=False)


def test_refresh_resolution_fills_the_derived_tables(store):
    store.write_document(sample())
    assert store.generations() == (1, 0)
    resolution = refresh_resolution(store)
    assert store.generations() == (1, 1)
    assert len(resolution.events) == 1
    assert resolution.events[0].killed == 3
    with store.engine.connect() as conn:
        roles = set(conn.execute(sa.select(schema.event_members.c.role)).scalars())
    assert roles == {"actor", "location"}


def test_a_resolution_older_than_the_stored_one_is_discarded(store):
    store.write_document(sample())
    refresh_resolution(store)
    assert not store.replace_derived({}, generation=0)      # a slow resolver that read generation 0
    assert store.generations() == (1, 1)
    with store.engine.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(schema.events)).scalar_one() == 1


def test_corrections_count_as_changes_to_resolve(store):
    store.write_document(sample())
    refresh_resolution(store)
    judgement = model.Judgement("j1", "merge", "a", "b", "2026-01-01T00:00:00+00:00")
    store.add_judgement(judgement)
    assert store.resolution_due() and store.judgements() == [judgement]
    refresh_resolution(store)
    assert store.remove_judgement("j1") and not store.remove_judgement("j1")
    assert store.resolution_due() and store.judgements() == []

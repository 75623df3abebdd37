"""Reference events in the store: their own table, added once, read back by dataset and date,
and created when an older store is opened."""
from __future__ import annotations

import sqlalchemy as sa

from claimgraph.model import ReferenceEvent
from claimgraph.store import Store, schema
from claimgraph.store.references import add_references, references


def reference(reference_id: str, date: str, dataset: str = "acled") -> ReferenceEvent:
    return ReferenceEvent(id=f"{dataset}-{reference_id}", dataset=dataset, reference_id=reference_id, date=date,
                          time_precision=1, event_type="Battles", actors=("A", "B"), fatalities=3)


def test_added_once_and_read_back_in_date_order(tmp_path):
    store = Store(tmp_path / "s.db")
    assert add_references(store, [reference("2", "2021-05-02"), reference("1", "2021-05-01")]) == (2, 0)
    assert add_references(store, [reference("1", "2021-05-01"), reference("3", "2021-04-01")]) == (1, 1)
    add_references(store, [reference("9", "2020-01-01", dataset="other")])
    found = references(store, "acled")
    assert [r.reference_id for r in found] == ["3", "1", "2"]
    assert found[1] == reference("1", "2021-05-01")                  # tuples and all, as stored


def test_an_older_store_gets_the_table(tmp_path):
    path = tmp_path / "old.db"
    Store(path).close()
    engine = sa.create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        conn.execute(sa.text("DROP TABLE reference_events"))
        conn.execute(schema.meta.update().where(schema.meta.c.key == "schema_version")
                     .values(value="6"))            # version 7 brought the table
    engine.dispose()
    store = Store(path)
    assert add_references(store, [reference("1", "2021-05-01")]) == (1, 0)

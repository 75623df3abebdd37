"""The export graph over the small hand-made store: canonical ids throughout, every list sorted,
so the same documents ingested in any order export the same graph."""
from __future__ import annotations

from claimgraph.store import Store
from claimgraph.store.graph import graph
from claimgraph.store.resolution import refresh_resolution
from tests.small_store import articles


def store_of(path, order) -> Store:
    store = Store(path)
    for article in order:
        store.write_document(article.processed())
    refresh_resolution(store)
    return store


def test_the_same_documents_in_any_order_export_the_same_graph(tmp_path):
    forward, backward = store_of(tmp_path / "f.db", articles()), store_of(tmp_path / "b.db", articles()[::-1])
    assert graph(forward) == graph(backward)
    forward.close(), backward.close()


def test_every_list_is_sorted_and_ids_are_canonical(tmp_path):
    store = store_of(tmp_path / "s.db", articles())
    data = graph(store)
    store.close()
    assert [d.id for d in data.documents] == sorted(d.id for d in data.documents)
    assert [e.id for e in data.entities] == sorted(e.id for e in data.entities)
    assert [e.id for e in data.events] == sorted(e.id for e in data.events)
    assert [r.id for r in data.relations] == sorted(r.id for r in data.relations)
    entities = {e.id for e in data.entities}
    assert {i for e in data.events for i in (*e.actors, *e.targets, e.location) if i} <= entities
    assert {r.attributed_to for e in data.events for r in e.reports if r.attributed_to} <= entities
    shelling = next(e for e in data.events if e.type == "ASSAULT")
    assert [(r.doc, r.killed) for r in shelling.reports] == [("doc0follow00002", 15), ("doc0shell000001", 12)]
    assert [d.id for d in data.documents if d.published_inferred] == ["doc0follow00002"]


def test_a_disputed_toll_is_exported_as_its_range(tmp_path):
    from tests.ambush_store import build_ambush_store

    store = build_ambush_store(tmp_path / "ambush.db")
    [ambush] = graph(store).events
    assert (ambush.killed_range, ambush.injured_range, ambush.disputed) == ("30–34", None, ("killed",))
    assert ambush.killed in (30, 34)          # the toll resolution chose, beside the range

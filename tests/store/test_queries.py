"""The read queries over a small hand-made store (tests/small_store.py): filters, look-ups by id,
name or alias, canonical ids in every view, names beside ids, and how sources are shown."""
from __future__ import annotations

import pytest

from claimgraph.store import Store, queries
from claimgraph.store.resolution import refresh_resolution
from tests.records import document
from tests.small_store import BOLD_NAME, SCRIPT_DOC, build_small_store


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Store:
    built = build_small_store(tmp_path_factory.mktemp("queries") / "small.db")
    yield built
    built.close()


def canonical_id(store, name: str) -> str:
    return next(e.id for e in queries.entities(store) if e.name == name)


@pytest.mark.parametrize("search, limit, offset, sources", [
    (None, None, 0, ["post/varenko-follow-up.txt", "wire/tirel-ceasefire.txt", "wire/varenko-shelling.txt"]),
    ("ceasefire", None, 0, ["wire/tirel-ceasefire.txt"]),          # in the text
    ("Town shelled", None, 0, ["wire/varenko-shelling.txt"]),      # in the title
    (None, 1, 1, ["wire/tirel-ceasefire.txt"]),
    ("nowhere written", None, 0, []),
])
def test_documents(store, search, limit, offset, sources):
    assert [d.source for d in queries.documents(store, search=search, limit=limit, offset=offset)] == sources


def test_documents_count_what_was_found_and_say_when_a_date_is_inferred(store):
    found = {d.id: d for d in queries.documents(store)}
    assert (found[SCRIPT_DOC].mentions, found[SCRIPT_DOC].reports, found[SCRIPT_DOC].published_inferred) == (4, 2, True)
    assert not found["doc0shell000001"].published_inferred


def test_one_document_marks_names_by_canonical_entity_and_reports_by_event(store):
    doc = queries.document(store, SCRIPT_DOC)
    canonical = {e.id for e in queries.entities(store)}
    events = {e.id for e in queries.events(store)}
    assert "<script>" in doc.text
    assert [m.text for m in doc.mentions] == ["Moravec", "Northern Front", "Varenko", BOLD_NAME]
    assert {m.entity for m in doc.mentions} <= canonical
    assert [(r.type, r.event in events) for r in doc.reports] == [("ASSAULT", True), ("THREATEN", True)]
    assert queries.document(store, "no-such-document") is None


@pytest.mark.parametrize("type, search, names", [
    (None, None, ["Lena Moravec", "Northern Front", "Varenko", BOLD_NAME, "Omar Dask", "Tirel"]),
    ("person", None, ["Lena Moravec", "Omar Dask"]),                # any case
    (None, "moravec", ["Lena Moravec"]),
    (None, "Front", ["Northern Front"]),
    ("GPE", "Tir", ["Tirel"]),
    (None, "nobody", []),
])
def test_entities_most_mentioned_first(store, type, search, names):
    assert [e.name for e in queries.entities(store, type=type, search=search)] == names


@pytest.mark.parametrize("key, name", [
    ("Lena Moravec", "Lena Moravec"),     # the name
    ("moravec", "Lena Moravec"),          # an alias, any case
    ("Northern", "Northern Front"),       # else the best partial match
    ("nobody at all", None),
])
def test_find_entity(store, key, name):
    found = queries.find_entity(store, key)
    assert (found.name if found else None) == name


def test_find_entity_by_id(store):
    assert queries.find_entity(store, canonical_id(store, "Tirel")).name == "Tirel"


def test_one_entity_with_aliases_documents_relations_events_and_why(store):
    found = queries.entity(store, "Moravec")
    assert [(a.alias, a.documents) for a in found.aliases] == [
        ("Lena Moravec", ("wire/varenko-shelling.txt",)), ("Moravec", ("post/varenko-follow-up.txt",))]
    assert sorted(d.source for d in found.documents) == ["post/varenko-follow-up.txt", "wire/varenko-shelling.txt"]
    assert [(r.predicate, r.value) for r in found.relations] == [("role", "Governor")]
    assert found.events == ()                     # she reports the shelling, takes no part in it
    assert {w.name for w in found.why} == {"Lena Moravec", "Moravec"} and all(w.rule for w in found.why)
    assert queries.entity(store, "nobody at all") is None


@pytest.mark.parametrize("filters, types", [
    ({}, ["ASSAULT", "AGREE", "THREATEN"]),                       # by date, undated last
    ({"newest_first": True}, ["AGREE", "ASSAULT"]),                # dated only
    ({"type": "assault"}, ["ASSAULT"]),
    ({"entity": "Northern Front"}, ["ASSAULT", "THREATEN"]),       # actor or target
    ({"place": "Tirel"}, ["AGREE"]),
    ({"place": "Northern Front"}, []),                             # not a place of any event
    ({"entity": "nobody at all"}, []),
    ({"modality": "threatened"}, ["THREATEN"]),
    ({"date_from": "2022-01-01"}, ["AGREE"]),
    ({"date_to": "2021-12-31"}, ["ASSAULT"]),
    ({"limit": 1, "offset": 1}, ["AGREE"]),
])
def test_events(store, filters, types):
    assert [e.type for e in queries.events(store, **filters)] == types


def test_events_name_their_entities_and_documents(store):
    [shelling] = queries.events(store, type="ASSAULT")
    assert [a.name for a in shelling.actors] == ["Northern Front"] and shelling.location.name == "Varenko"
    assert (shelling.reports, shelling.documents) == (2, ("post/varenko-follow-up.txt", "wire/varenko-shelling.txt"))


def test_one_event_with_its_reports_and_contradictions(store):
    shelling = queries.event(store, queries.events(store, type="ASSAULT")[0].id)
    assert [(r.source, r.killed, r.attributed_to_name) for r in shelling.reports] == [
        ("post/varenko-follow-up.txt", 15, "Lena Moravec"), ("wire/varenko-shelling.txt", 12, "Lena Moravec")]
    assert [c.field for c in shelling.contradictions] == ["killed"]
    assert queries.event(store, "no-such-event") is None


def test_contradictions_give_each_value_with_its_source(store):
    [killed] = queries.contradictions(store)
    assert (killed.event_type, killed.field) == ("ASSAULT", "killed")
    assert sorted((v.label, v.source) for v in killed.values) == [
        ("12", "wire/varenko-shelling.txt"), ("15", "post/varenko-follow-up.txt")]


def test_relations_between_canonical_entities(store):
    found = [(r.subject_name, r.predicate, r.object_name, r.value) for r in queries.relations(store)]
    assert found == [(BOLD_NAME, "allied_with", "Varenko", None), ("Lena Moravec", "role", None, "Governor")]
    assert [r.predicate for r in queries.relations(store, entity_id=canonical_id(store, "Varenko"))] == ["allied_with"]


def test_a_relation_stated_twice_is_one_with_both_sentences(tmp_path):
    store = Store(tmp_path / "twice.db")
    for doc_id in ("a", "b"):
        store.write_document(document(doc_id, "Mira Solanke leads the Varnek Front. She spoke.",
                                      entities=[("Mira Solanke", "PERSON", ["Mira Solanke"]),
                                                ("Varnek Front", "ORG", ["Varnek Front"])],
                                      relations=[("Mira Solanke", "leader_of", "Varnek Front", None)]))
    refresh_resolution(store)
    [relation] = queries.relations(store)
    assert (relation.subject_name, relation.object_name) == ("Mira Solanke", "Varnek Front")
    assert [e.source for e in relation.evidence] == ["a.txt", "b.txt"]
    store.close()


def test_stats(store):
    stats = queries.stats(store)
    assert (stats.documents, stats.entities, stats.document_entities, stats.events, stats.undated_events,
            stats.contradictions, stats.judgements) == (3, 6, 9, 3, 1, 1, 0)
    assert stats.event_types == {"AGREE": 1, "ASSAULT": 1, "THREATEN": 1}
    assert stats.entity_types == {"GPE": 2, "ORG": 2, "PERSON": 2}


@pytest.mark.parametrize("source, shown", [
    ("/corpus/wire/a.html", "a.html"),
    ("C:\\corpus\\b.txt", "b.txt"),
    ("https://news.example/2021/03/story", "https://news.example/2021/03/story"),
    ("c.txt", "c.txt"),
    (None, ""),
])
def test_short_source(source, shown):
    assert queries.short_source(source) == shown

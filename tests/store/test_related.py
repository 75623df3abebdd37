"""Related reporting over the small hand-made store and one more article: the same group at the same
town a year later, in a story of its own."""
from __future__ import annotations

import pytest

from claimgraph.store import Store, queries, related
from claimgraph.store.resolution import refresh_resolution
from tests.small_store import SCRIPT_DOC, Article, articles

SHELL, CEASE, LATER = "doc0shell000001", "doc0cease000003", "doc0later000004"
LATER_TEXT = "Northern Front units raided a checkpoint outside Varenko in April 2022.\nTwo guards were detained."


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Store:
    later = Article(LATER, LATER_TEXT, source="gazette/varenko-raid.txt", title="Checkpoint raided",
                    outlet="Valley Gazette", published="2022-04-20", published_origin="metadata")
    front = later.entity("front", "Northern Front", "ORG", "Northern Front")
    town = later.entity("town", "Varenko", "GPE", "Varenko")
    later.report("r1", "ASSAULT", "raided", actors=(front,), location=town, date="2022-04", date_precision="month")
    built = Store(tmp_path_factory.mktemp("related") / "related.db")
    for article in [*articles(), later]:
        built.write_document(article.processed())
    refresh_resolution(built)
    yield built
    built.close()


def event_of(store: Store, doc_id: str, type: str) -> str:
    return next(r.event for r in queries.document(store, doc_id).reports if r.type == type)


@pytest.mark.parametrize("doc_id, expected", [
    # newest first: the raid (2022) before the follow-up (2021)
    (SHELL, [(LATER, False, ["Northern Front"], ["Varenko"]), (SCRIPT_DOC, True, ["Northern Front"], ["Varenko"])]),
    (LATER, [(SCRIPT_DOC, False, ["Northern Front"], ["Varenko"]), (SHELL, False, ["Northern Front"], ["Varenko"])]),
    (CEASE, []),                                     # no other document names its leader or its town
])
def test_related_to_a_document(store, doc_id, expected):
    found = related.related_to_document(store, doc_id)
    assert found.about == doc_id
    assert [(d.id, d.same_story, [a.name for a in d.shared_actors], [p.name for p in d.shared_places])
            for d in found.documents] == expected


@pytest.mark.parametrize("doc_id, type, expected", [
    (SHELL, "ASSAULT", [LATER]),                     # its two reports' documents are the event's own
    (SCRIPT_DOC, "THREATEN", [SHELL]),               # no place: only the story joins
    (CEASE, "AGREE", []),
])
def test_related_to_an_event_leaves_out_its_own_reports(store, doc_id, type, expected):
    event = event_of(store, doc_id, type)
    assert [d.id for d in related.related_to_event(store, event).documents] == expected

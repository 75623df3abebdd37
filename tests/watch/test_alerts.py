"""Watch-lists over the small hand-made store (no spaCy): one alert per event when first seen, one
per change after, none for what is known, whatever the events' ids become."""
from __future__ import annotations

import pytest

from claimgraph.store import watch as stored
from claimgraph.store.resolution import refresh_resolution
from claimgraph.watch import alerts
from claimgraph.watch.watchlists import add_watchlist
from tests.small_store import Article, build_small_store

NOW = "2026-11-05T10:00:00+00:00"


def third_toll(doc_id: str, killed: int, modality: str = "occurred") -> Article:
    """Another outlet on the shelling of Varenko (the small store's two-report event)."""
    text = f"Northern Front guns struck Varenko on Tuesday; {killed} people died, a medic said."
    article = Article(doc_id, text, source=f"later/{doc_id}.txt", outlet="Another Outlet", published="2021-03-05")
    front = article.entity("front", "Northern Front", "ORG", "Northern Front")
    town = article.entity("town", "Varenko", "GPE", "Varenko")
    article.report("r1", "ASSAULT", "struck", mode="artillery", actors=(front,), location=town, date="2021-03-02",
                   date_precision="day", killed=killed, modality=modality)
    return article


@pytest.fixture
def store(tmp_path):
    return build_small_store(tmp_path / "small.db")


@pytest.mark.parametrize("criteria, titles", [
    ({"place": "Varenko"}, ["ASSAULT/artillery by Northern Front at Varenko on 2021-03-02"]),
    ({"entity": "Northern Front", "type": "ASSAULT"}, ["ASSAULT/artillery by Northern Front at Varenko on 2021-03-02"]),
    ({"modality": "threatened"}, ["THREATEN by <b>Bold</b> Brigade (threatened)"]),
    ({"min_killed": 15}, ["ASSAULT/artillery by Northern Front at Varenko on 2021-03-02"]),
    ({"min_killed": 16}, []),
    ({"place": "Nowhere At All"}, []),
])
def test_a_watchlist_alerts_each_matching_event_once(store, criteria, titles):
    watchlist = add_watchlist(store, "test", **criteria)
    first = alerts.check_watchlist(store, watchlist, NOW)
    assert [a.title for a in first] == titles and all(a.kind == "new" for a in first)
    refresh_resolution(store)          # a new resolution, new event ids: nothing new to say
    assert alerts.check_watchlist(store, watchlist, NOW) == []


@pytest.mark.parametrize("killed, modality, changes", [
    (20, "occurred", ("20 killed",)),
    (15, "occurred", ()),                 # a toll already reported: no alert
    (15, "denied", ("denied", "sources disagree on occurred")),
])
def test_another_outlet_raises_an_alert_only_when_it_changes_something(store, killed, modality, changes):
    watchlist = add_watchlist(store, "Varenko", place="Varenko")
    [first] = alerts.check_watchlist(store, watchlist, NOW)
    store.write_document(third_toll("doc0later000004", killed, modality).processed())
    refresh_resolution(store)
    raised = alerts.check_watchlist(store, watchlist, NOW)
    assert [a.changes for a in raised] == ([changes] if changes else [])
    if raised:
        assert raised[0].kind == "changed" and raised[0].reports == ("doc0later000004-r1",)
        assert raised[0].event_key == first.event_key        # the event's first report keys it still
    assert alerts.check_watchlist(store, watchlist, NOW) == []


@pytest.mark.parametrize("fact, said", [
    ("killed:17", "17 killed"), ("injured:4", "4 injured"), ("modality:denied", "denied"),
    ("modality:planned", "reported as planned"), ("contradiction:date", "sources disagree on date"),
])
def test_facts_are_said_in_words(fact, said):
    assert alerts.describe(fact) == said


def test_removing_a_watchlist_removes_its_alerts(store):
    watchlist = add_watchlist(store, "Varenko", place="Varenko")
    alerts.check_watchlist(store, watchlist, NOW)
    assert stored.remove_watchlist(store, watchlist.id)
    assert stored.alerts(store) == [] and stored.watch_states(store, watchlist.id) == {}

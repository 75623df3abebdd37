"""Disagreement as a table of claims (store.queries.event and events): one row per disputed value
with the documents and speakers giving it, reports of one sentence counted once, the toll shown as
a range, and outlets counted by name, a wire reprint as its agency (tests/ambush_store.py)."""
from __future__ import annotations

import pytest

from claimgraph.store import queries
from tests.ambush_store import build_ambush_store


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    built = build_ambush_store(tmp_path_factory.mktemp("disagree") / "ambush.db")
    yield built
    built.close()


@pytest.fixture(scope="module")
def ambush(store):
    found = queries.events(store, type="ASSAULT")
    assert len(found) == 1, "the five reports of one ambush are one event"
    return queries.event(store, found[0].id)


def test_the_toll_reads_as_the_range_of_the_values_given(store, ambush):
    row = queries.events(store, type="ASSAULT")[0]
    assert (row.killed_range, row.disputed) == ("30\u201334", ("killed",))
    assert (ambush.killed_range, ambush.injured_range, ambush.disputed) == ("30\u201334", None, ("killed",))


def test_reports_from_one_sentence_are_one_report(store, ambush):
    assert queries.events(store, type="ASSAULT")[0].reports == 6
    ledger = [r for r in ambush.reports if r.doc == "ledger"]
    assert len(ambush.reports) == 6 and len(ledger) == 1
    assert ledger[0].same_sentence == ("ledger-r2",)


@pytest.mark.parametrize("value, reports, outlets, givers", [
    # 34: Harbor Times (a speaker in it), and Relay's copy twice, one independent source
    ("34", 3, 2, {("Thirty-four dead in Korvath", "Harbor Times", None, "Ilsa Varga"),
                  ("Korvath convoy hit", "Coast Gazette", "Relay", None),
                  ("Convoy hit near Korvath", "Relay", "Relay", None)}),
    # 30: the ledger's one sentence counts once; the nameless document by its opening words
    ("30", 2, 2, {("Convoy ambushed", "Daily Ledger", None, None),
                  ("Residents said Sable Column ambushed a convoy near Korvath on Friday,…", None, None, None)}),
])
def test_each_disputed_value_is_a_row_with_who_gives_it(ambush, value, reports, outlets, givers):
    (killed,) = ambush.contradictions
    assert (killed.field, killed.range) == ("killed", "30\u201334")
    row = next(r for r in killed.rows if r.value == value)
    assert (row.reports, row.outlets) == (reports, outlets)
    assert {(s.title, s.outlet, s.agency, s.speaker) for s in row.sources} == givers
    assert all(s.reports == 1 for s in row.sources)


def test_the_most_reported_value_comes_first(ambush):
    assert [r.value for r in ambush.contradictions[0].rows] == ["34", "30"]


def test_independent_outlets_count_a_wire_reprint_as_its_agency(store, ambush):
    assert ambush.outlets == ("Daily Ledger", "Harbor Times", "Relay")
    assert ambush.unknown_outlets == 1
    assert ambush.sources == 4 == queries.events(store, type="ASSAULT")[0].sources


def test_only_reports_giving_a_disputed_value_are_marked(ambush):
    marked = {r.id: r.disputed for r in ambush.reports}
    assert marked.pop("relay-r3") == ()                  # states no toll
    assert set(marked.values()) == {("killed",)}

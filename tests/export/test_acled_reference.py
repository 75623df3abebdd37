"""Reading ACLED-style rows as reference events, and comparing them with claimgraph's events."""
from __future__ import annotations

import dataclasses

import pytest

from claimgraph.errors import UnreadableInput
from claimgraph.export.acled_reference import compare, read_rows, reference_events, unneutralise
from tests.export.graphs import GRAPH

HEADER = "event_id_cnty,event_date,time_precision,event_type,sub_event_type,actor1,actor2,location,fatalities\n"
ROW = {"event_id_cnty": "XYZ1", "event_date": "2021-03-02", "time_precision": "1", "event_type": "Battles",
       "sub_event_type": "Armed clash", "actor1": "Front <Nord> & Co", "actor2": "Varnek", "location": "Varnek",
       "fatalities": "12"}


def reference(**changes):
    return reference_events([{**ROW, **changes}], "test.csv")[0]


@pytest.mark.parametrize("changes, field, value", [
    ({}, "date", "2021-03-02"),
    ({"event_date": "02 March 2021"}, "date", "2021-03-02"),     # ACLED's older layout
    ({"time_precision": ""}, "time_precision", 1),
    ({"fatalities": ""}, "fatalities", None),
    ({"actor1": "A", "assoc_actor_1": "B; C"}, "actors", ("A", "B", "C")),
    ({"event_id_cnty": ""}, "reference_id", "line 2"),
    ({"actor1": "'=SUM(1)"}, "actors", ("=SUM(1)",)),               # the export's quote taken off
])
def test_rows_read(changes, field, value):
    assert getattr(reference(**changes), field) == value


@pytest.mark.parametrize("changes, message", [
    ({"event_date": "soon"}, "line 2: event_date 'soon' is no date"),
    ({"event_date": "--03-02"}, "is no date"),
    ({"event_type": ""}, "line 2: no event_type"),
    ({"fatalities": "many"}, "line 2: fatalities 'many' is no whole number"),
    ({"time_precision": "7"}, "time_precision is 7"),
])
def test_bad_rows_are_named_by_line(changes, message):
    with pytest.raises(UnreadableInput, match=message):
        reference(**changes)


@pytest.mark.parametrize("content, message", [
    (b"name,date\nx,y\n", "no column event_date, event_type"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "not UTF-8 text|binary data"),
    (b"event_date,event_type\n\x00\n", "binary data"),
    (b"", "no column event_date"),
])
def test_files_that_are_no_acled_csv(tmp_path, content, message):
    path = tmp_path / "in.csv"
    path.write_bytes(content)
    with pytest.raises(UnreadableInput, match=message):
        read_rows(path)


def test_a_missing_file(tmp_path):
    with pytest.raises(UnreadableInput, match="cannot read"):
        read_rows(tmp_path / "absent.csv")


def test_a_byte_order_mark_is_no_part_of_the_first_column(tmp_path):
    path = tmp_path / "in.csv"
    path.write_bytes(("\ufeff" + HEADER + ",".join(ROW.values()) + "\n").encode("utf-8"))
    assert read_rows(path)[0]["event_id_cnty"] == "XYZ1"


@pytest.mark.parametrize("cell, plain", [("'=1+1", "=1+1"), ("'-5", "-5"), ("'quoted'", "'quoted'"), ("'", "'")])
def test_unneutralise(cell, plain):
    assert unneutralise(cell) == plain


@pytest.mark.parametrize("changes, status, differences", [
    ({}, "found", ()),
    ({"location": "Varnék"}, "found", ()),                           # one place by name matching
    ({"event_date": "2021-03-05"}, "differs", ("date: 2021-03-05 in the reference, 2021-03-02 in claimgraph",)),
    ({"event_date": "2021-03-05", "time_precision": "2"}, "found", ()),   # within ACLED's week
    ({"fatalities": "15"}, "differs", ("fatalities: 15 in the reference, 12 in claimgraph",)),
    ({"sub_event_type": "Government regains territory"}, "differs",
     ("sub_event_type: Government regains territory in the reference, Armed clash in claimgraph",)),
    ({"event_date": "2021-04-20"}, "missed", ()),                    # beyond the window and the slack
    ({"location": "Ostrava Hills"}, "missed", ()),
    ({"event_type": "Protests"}, "missed", ()),
])
def test_compare(changes, status, differences):
    result = compare([reference(**changes)], GRAPH)
    match = result.matches[0]
    assert (match.status, match.differences) == (status, differences)
    assert match.event == (None if status == "missed" else "ev1")
    assert (result.found, result.differs, result.missed) == tuple(int(status == s) for s in ("found", "differs", "missed"))


def test_each_claimgraph_event_answers_one_reference_the_closest():
    result = compare([reference(event_id_cnty="far", event_date="2021-03-06"), reference(event_id_cnty="near")], GRAPH)
    assert [(m.reference_id, m.status) for m in result.matches] == [("far", "missed"), ("near", "found")]


def test_an_event_without_a_place_matches_a_reference_without_one():
    graph = dataclasses.replace(GRAPH, events=(dataclasses.replace(GRAPH.events[0], location=None),))
    assert compare([reference(location="")], graph).matches[0].status == "found"
    assert compare([reference()], graph).matches[0].status == "missed"

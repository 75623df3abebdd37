"""The ACLED-style CSV: ACLED's columns, its categories from PLOVER type, mode and targets, one row
per event ACLED codes, the disputed tolls in the notes."""
from __future__ import annotations

import csv
import dataclasses
import io

import pytest

from claimgraph.export.acled import COLUMNS, AcledExporter, acled_rows
from claimgraph.ontology.acled import load_acled
from claimgraph.views import ExportEntity
from tests.export.graphs import FRONT, GOVERNOR, GRAPH

EVENT = GRAPH.events[0]


def rows_of(graph) -> list[dict]:
    stream = io.StringIO()
    AcledExporter().write(graph, stream)
    stream.seek(0)
    reader = csv.reader(stream)
    assert tuple(next(reader)) == COLUMNS
    return [dict(zip(COLUMNS, row)) for row in reader]


def with_event(**changes):
    return dataclasses.replace(GRAPH, events=(dataclasses.replace(EVENT, **changes),))


@pytest.mark.parametrize("type, mode, civilians, expected", [
    ("ASSAULT", "aerial", True, ("Explosions/Remote violence", "Air/drone strike")),   # the means first
    ("ASSAULT", "heavy-weapons", False, ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
    ("ASSAULT", "explosives", False, ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
    ("ASSAULT", "suicide-attack", False, ("Explosions/Remote violence", "Suicide bomb")),
    ("ASSAULT", "abduct", False, ("Violence against civilians", "Abduction/forced disappearance")),
    ("ASSAULT", "firearms", True, ("Violence against civilians", "Attack")),
    ("ASSAULT", "firearms", False, ("Battles", "Armed clash")),
    ("ASSAULT", None, False, ("Battles", "Armed clash")),
    ("ASSAULT", "destroy", False, ("Strategic developments", "Looting/property destruction")),
    ("PROTEST", "riot", False, ("Riots", "Violent demonstration")),
    ("PROTEST", "demo", False, ("Protests", "Peaceful protest")),
    ("PROTEST", "strike-gen", False, ("Protests", "Peaceful protest")),
    ("COERCE", "arrest", False, ("Strategic developments", "Arrests")),
    ("AGREE", None, False, ("Strategic developments", "Agreement")),
    ("RETREAT", "withdraw", False, ("Strategic developments", "Non-violent transfer of territory")),
    ("MOBILIZE", "troops", False, ("Strategic developments", "Change to group/activity")),
    ("ACCUSE", None, False, None),                  # statements are no ACLED events
    ("CONSULT", "visit", False, None),
])
def test_categories(type, mode, civilians, expected):
    rule = load_acled().category(type, mode, civilians)
    assert (rule and (rule.event_type, rule.sub_event_type)) == expected


def test_every_acled_event_type_has_its_disorder_type():
    acled = load_acled()
    assert {r.event_type for r in acled.rules} <= set(acled.disorder_types)
    assert not {r.type for r in acled.rules} & acled.outside


@pytest.mark.parametrize("column, value", [
    ("event_id_cnty", "ev1"),
    ("event_date", "2021-03-02"),
    ("year", "2021"),
    ("time_precision", "1"),
    ("disorder_type", "Political violence"),
    ("event_type", "Battles"),                      # a town is hit, no civilians named: an armed clash
    ("sub_event_type", "Armed clash"),
    ("actor1", "Front <Nord> & Co"),
    ("actor2", "Varnek"),
    ("civilian_targeting", ""),
    ("location", "Varnek"),
    ("source", "Post; Wire"),                       # the outlet, else the URL's site name
    ("fatalities", "12"),
])
def test_cells(column, value):
    assert rows_of(GRAPH)[0][column] == value


def test_notes_hold_the_sentence_and_the_disputed_tolls():
    notes = rows_of(GRAPH)[0]["notes"]
    assert notes.startswith("Shelling hit the town")
    assert "Disputed killed (12\u201315): 12 (Wire); 15 (Post)." in notes


@pytest.mark.parametrize("changes, column, value", [
    ({"targets": (GOVERNOR,)}, "event_type", "Violence against civilians"),    # a named person
    ({"targets": (GOVERNOR,)}, "civilian_targeting", "Civilian targeting"),
    ({"mode": "aerial", "targets": (GOVERNOR,)}, "civilian_targeting", "Civilian targeting"),
    ({"date_precision": "month", "date": "2021-03"}, "event_date", "2021-03-01"),
    ({"date_precision": "month", "date": "2021-03"}, "time_precision", "3"),
    ({"date_precision": "year", "date": "2021"}, "time_precision", "3"),
    ({"killed": None}, "fatalities", "0"),                                    # ACLED's "none reported"
    ({"actors": (FRONT, GOVERNOR)}, "assoc_actor_1", "Mira Solanke"),
    ({"date": None, "date_precision": None}, "event_date", "2021-03-03"),      # first reported
    ({"date": "--03-02", "date_precision": "day"}, "time_precision", "3"),     # no year: as undated
])
def test_event_variants(changes, column, value):
    assert rows_of(with_event(**changes))[0][column] == value


def test_an_undated_event_says_so_in_the_notes():
    notes = rows_of(with_event(date=None, date_precision=None))[0]["notes"]
    assert notes.startswith("Date not stated; first reported 2021-03-03.")


@pytest.mark.parametrize("changes", [
    {"modality": "planned"}, {"modality": "threatened"}, {"modality": "possible"},   # did not happen
    {"type": "ACCUSE", "mode": None},                                               # no ACLED event
])
def test_events_acled_does_not_code_are_no_rows(changes):
    assert rows_of(with_event(**changes)) == []


def test_an_undated_event_no_dated_document_reports_is_no_row():
    graph = with_event(date=None, date_precision=None)
    graph = dataclasses.replace(graph, documents=tuple(dataclasses.replace(d, published=None)
                                                       for d in graph.documents))
    assert acled_rows(graph) == []


def test_cells_a_spreadsheet_would_run_are_quoted():
    graph = dataclasses.replace(GRAPH, entities=(
        ExportEntity(id=FRONT, name="=HYPERLINK(\"x\")", type="ORG", aliases=(), mentions=()), *GRAPH.entities[1:]))
    assert rows_of(graph)[0]["actor1"] == "'=HYPERLINK(\"x\")"


@pytest.mark.parametrize("name, type, civilians", [
    ("Mira Solanke", "PERSON", True),
    ("Varnish", "NORP", True),                       # a people, not an armed force
    ("unarmed villagers", "GROUP", True),
    ("Front <Nord> & Co", "ORG", False),
    ("soldiers", "GROUP", False),
    ("Varnek", "GPE", False),
])
def test_civilian_targets(name, type, civilians):
    target = ExportEntity(id="t", name=name, type=type, aliases=(), mentions=())
    graph = dataclasses.replace(with_event(targets=("t",), mode="firearms"), entities=(*GRAPH.entities, target))
    assert (rows_of(graph)[0]["event_type"] == "Violence against civilians") is civilians

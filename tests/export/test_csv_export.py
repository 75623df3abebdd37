"""The CSV export: one row per event report, entities by name, documents by source."""
from __future__ import annotations

import csv
import io

import pytest

from claimgraph.export.csv_export import COLUMNS, CsvExporter
from tests.export.graphs import GRAPH


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    stream = io.StringIO()
    CsvExporter().write(GRAPH, stream)
    stream.seek(0)
    reader = csv.reader(stream)
    assert tuple(next(reader)) == COLUMNS
    return [dict(zip(COLUMNS, row)) for row in reader]


def test_one_row_per_report(rows):
    assert [(r["event"], r["report_doc"]) for r in rows] == [("ev1", "d1"), ("ev1", "d2")]


@pytest.mark.parametrize("row, column, value", [
    (0, "type", "ASSAULT"),
    (0, "location", "Varnek"),                      # entities by name
    (0, "actors", "Front <Nord> & Co"),
    (0, "targets", "Varnek"),
    (0, "killed", "12"),                            # the event's toll ...
    (1, "report_killed", "15"),                     # ... and each report's
    (0, "injured", ""),                             # nothing for None
    (0, "killed_range", "12\u201315"),              # the tolls the reports give
    (0, "disputed", "killed"),
    (0, "sources", "2"),
    (0, "report_source", "wire/a.txt"),
    (1, "report_source", "https://post.example/b"),
    (0, "attributed_to", "Mira Solanke"),
    (1, "attributed_to", ""),
    (0, "sentence", 'Shelling hit the town, "officials" said.'),   # quotes survive the round trip
])
def test_cells(rows, row, column, value):
    assert rows[row][column] == value

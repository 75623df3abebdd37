"""CSV export: one row per event report, the flat table analysts load into a spreadsheet.

Cells hold text from documents and URLs from anywhere; a spreadsheet runs a cell that begins
with =, +, -, @, a tab or a carriage return as a formula (CSV injection). As OWASP recommends,
such a cell is written with a single quote in front, which the spreadsheet shows as text.
"""
from __future__ import annotations

import csv
from typing import TextIO

from claimgraph.views import ExportData

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
COLUMNS = ("event", "type", "mode", "date", "date_precision", "location", "actors", "targets", "killed",
           "injured", "killed_range", "disputed", "modality", "sources", "report_doc", "report_source", "report_modality",
           "report_killed", "attributed_to", "sentence")


class CsvExporter:
    suffix = ".csv"

    def write(self, graph: ExportData, stream: TextIO) -> None:
        names = {e.id: e.name for e in graph.entities}
        sources = {d.id: d.source for d in graph.documents}
        joined = lambda ids: "; ".join(names.get(i, i) for i in ids)
        writer = csv.writer(stream)
        writer.writerow(COLUMNS)
        for ev in graph.events:
            for rep in ev.reports:
                cells = [ev.id, ev.type, ev.mode, ev.date, ev.date_precision, names.get(ev.location, ""),
                         joined(ev.actors), joined(ev.targets), ev.killed, ev.injured, ev.killed_range,
                         "; ".join(ev.disputed), ev.modality, ev.sources,
                         rep.doc, sources.get(rep.doc), rep.modality, rep.killed, names.get(rep.attributed_to, ""),
                         rep.text]
                writer.writerow([neutralise(cell) for cell in cells])


def neutralise(cell):
    """A text cell a spreadsheet would run as a formula, quoted so that it reads as text."""
    return "'" + cell if isinstance(cell, str) and cell.startswith(FORMULA_STARTS) else cell

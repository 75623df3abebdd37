"""CSV export: one row per event report, the flat table analysts load into a spreadsheet."""
from __future__ import annotations

import csv
from typing import TextIO

COLUMNS = ("event", "type", "mode", "date", "date_precision", "location", "actors", "targets", "killed",
           "injured", "modality", "sources", "report_doc", "report_source", "report_modality",
           "report_killed", "attributed_to", "sentence")


class CsvExporter:
    suffix = ".csv"

    def write(self, graph: dict, stream: TextIO) -> None:
        names = {e["id"]: e["name"] for e in graph["entities"]}
        sources = {d["id"]: d["source"] for d in graph["documents"]}
        joined = lambda ids: "; ".join(names.get(i, i) for i in ids)
        writer = csv.writer(stream)
        writer.writerow(COLUMNS)
        for ev in graph["events"]:
            for rep in ev["reports"]:
                writer.writerow([ev["id"], ev["type"], ev["mode"], ev["date"], ev["date_precision"],
                                 names.get(ev["location"], ""), joined(ev["actors"]), joined(ev["targets"]),
                                 ev["killed"], ev["injured"], ev["modality"], ev.get("sources"),
                                 rep["doc"], sources.get(rep["doc"]), rep["modality"], rep["killed"],
                                 names.get(rep["attributed_to"], ""), rep["text"]])

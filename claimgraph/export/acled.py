"""ACLED-style CSV: one row per event ACLED would code, in ACLED's columns and categories.

Columns keep ACLED's names and meanings: event_date (YYYY-MM-DD), time_precision (1 day, 2 week,
3 month or wider), event_type and sub_event_type (from the PLOVER type and mode through
ontology/acled.yaml), actor1 and assoc_actor_1 (who acted), actor2 and assoc_actor_2 (whom it
hit), location and country, source (the outlets), notes, fatalities (0 when none is reported).
Events of types ACLED does not code (statements, meetings, aid) and events that did not happen
(planned, threatened, possible) are no rows. An undated event is written at the first day a
document reported it, with time_precision 3 and a note saying so; one no dated document reports
is no row. The notes hold the first report's sentence and every value the sources dispute.
Cells are neutralised against spreadsheet formulas as the CSV export's are.
"""
from __future__ import annotations

import csv
import re
from collections import defaultdict
from pathlib import PurePath
from typing import TextIO

from claimgraph.clean.outlets import outlet_name
from claimgraph.export.csv_export import neutralise
from claimgraph.export.dates import first_day
from claimgraph.ontology import gazetteer
from claimgraph.ontology.acled import Acled, load_acled
from claimgraph.views import ExportData, ExportDocument, ExportEntity, ExportEvent

COLUMNS = ("event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
           "sub_event_type", "actor1", "assoc_actor_1", "actor2", "assoc_actor_2", "civilian_targeting",
           "country", "location", "source", "notes", "fatalities")
POLITICAL_VIOLENCE = "Political violence"
_WORD = re.compile(r"[a-z]+")


class AcledExporter:
    suffix = ".csv"

    def write(self, graph: ExportData, stream: TextIO) -> None:
        writer = csv.writer(stream)
        writer.writerow(COLUMNS)
        for row in acled_rows(graph):
            writer.writerow([neutralise(row[column]) for column in COLUMNS])


def acled_rows(graph: ExportData, acled: Acled | None = None) -> list[dict]:
    """The ACLED rows of a graph, in the graph's event order."""
    acled = acled or load_acled()
    entities = {e.id: e for e in graph.entities}
    documents = {d.id: d for d in graph.documents}
    disputes = defaultdict(list)
    for c in graph.contradictions:
        disputes[c.event].append(c)
    rows = []
    for event in graph.events:
        if event.modality not in acled.modalities or event.type in acled.outside:
            continue
        targets = [entities[t] for t in event.targets if t in entities]
        civilian = any(_civilian(t, acled) for t in targets)
        rule = acled.category(event.type, event.mode, civilian)
        when = _when(event, documents, acled)
        if rule is None or when is None:
            continue
        date, precision, undated_note = when
        notes = [undated_note] if undated_note else []
        if event.reports:
            notes.append(" ".join(event.reports[0].text.split()))
        if event.modality == "denied":
            notes.append("Denied by at least one source.")
        for dispute in disputes.get(event.id, ()):
            said = dict.fromkeys(f"{_name(v.value, entities)} ({_outlet(documents.get(v.doc), v.doc)})"
                                 for v in dispute.values)
            shown = {"killed": event.killed_range, "injured": event.injured_range}.get(dispute.field)
            notes.append(f"Disputed {dispute.field}{f' ({shown})' if shown else ''}: {'; '.join(said)}.")
        actors = [_name(a, entities) for a in event.actors]
        victims = [t.name for t in targets]
        location = entities.get(event.location) if event.location else None
        violent = acled.disorder_types[rule.event_type] == POLITICAL_VIOLENCE
        rows.append({
            "event_id_cnty": event.id, "event_date": date, "year": date[:4], "time_precision": precision,
            "disorder_type": acled.disorder_types[rule.event_type], "event_type": rule.event_type,
            "sub_event_type": rule.sub_event_type,
            "actor1": actors[0] if actors else "", "assoc_actor_1": "; ".join(actors[1:]),
            "actor2": victims[0] if victims else "", "assoc_actor_2": "; ".join(victims[1:]),
            "civilian_targeting": "Civilian targeting" if civilian and violent else "",
            "country": _country(location) or "", "location": location.name if location else "",
            "source": "; ".join(sorted({_outlet(documents.get(r.doc), r.doc) for r in event.reports})),
            "notes": " ".join(notes), "fatalities": event.killed or 0,
        })
    return rows


def _when(event: ExportEvent, documents: dict[str, ExportDocument], acled: Acled) -> tuple[str, int, str] | None:
    """(event_date, time_precision, a note when the date is the first report's), None when neither is known."""
    if known := first_day(event.date):
        return known, acled.time_precision.get(event.date_precision or "day", 1), ""
    reported = sorted((first_day(published), published) for r in event.reports
                      if (published := documents[r.doc].published if r.doc in documents else None)
                      and first_day(published))
    if not reported:
        return None
    day, published = reported[0]
    return day, acled.reported_by_precision, f"Date not stated; first reported {published}."


def _civilian(target: ExportEntity, acled: Acled) -> bool:
    words = set(_WORD.findall(target.name.lower()))
    return target.type in acled.civilian_entity_types or bool(words & acled.civilian_words)


def _name(entity_id: str, entities: dict[str, ExportEntity]) -> str:
    found = entities.get(entity_id)
    return found.name if found else entity_id


def _outlet(document: ExportDocument | None, doc_id: str) -> str:
    """The outlet by name (the metadata's, else the site's), else the headline, else the file."""
    if document is None:
        return doc_id
    return outlet_name(document.outlet, document.url) or document.title or PurePath(document.source).name


def _country(place: ExportEntity | None) -> str | None:
    if place is None:
        return None
    code = gazetteer.country_code(place.name) or gazetteer.country_of(place.name)
    return gazetteer.country_name(code) if code else None


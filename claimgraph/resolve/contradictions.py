"""Contradictions: where the reports of one event disagree."""
from __future__ import annotations

from claimgraph.model import Contradiction, ContradictionValue, Event, Report

FIELDS = ("killed", "injured", "date")


def find_contradictions(events: list[Event], reports: dict[str, Report],
                        canonical_of: dict[str, str]) -> list[Contradiction]:
    found = []
    for event in events:
        members = [reports[r] for r in event.reports]
        for field in FIELDS:
            values = [ContradictionValue(str(getattr(r, field)), r.doc_id, r.id)
                      for r in members if getattr(r, field) is not None]
            if len({v.value for v in values}) > 1:
                found.append(Contradiction(event.id, field, tuple(values)))
        modalities = {r.modality for r in members}
        if "denied" in modalities and "occurred" in modalities:
            found.append(Contradiction(event.id, "occurred", tuple(
                ContradictionValue(r.modality, r.doc_id, r.id) for r in members)))
    return found

"""Event coreference: reports of one happening become one Event.

Baseline: each report is its own event.
"""
from __future__ import annotations

from claimgraph.model import Document, Event, Report


def resolve_events(reports: list[Report], canonical_of: dict[str, str],
                   documents: dict[str, Document]) -> list[Event]:
    def canon(ids):
        return tuple(dict.fromkeys(canonical_of.get(i, i) for i in ids))

    return [Event(id=r.id, type=r.type, reports=(r.id,), mode=r.mode, date=r.date,
                  date_precision=r.date_precision, date_end=r.date_end,
                  location=canonical_of.get(r.location, r.location) if r.location else None,
                  actors=canon(r.actors), targets=canon(r.targets), killed=r.killed,
                  injured=r.injured, modality=r.modality, sources=1)
            for r in sorted(reports, key=lambda r: r.id)]

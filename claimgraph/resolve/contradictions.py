"""Contradictions: where the reports of one event disagree, each value kept with its source.

Fields: killed and injured (different figures), date (date windows that do not overlap),
location (places neither inside the other), actor (documents naming disjoint sets of actors),
occurred (some reports assert the event, others deny it). Each value keeps its report, its
document and the source the report cites (attributed_to), so "the ministry says 155, the
coalition denies it" stays readable. The system records the disagreement; it never decides who
is right.
"""
from __future__ import annotations

from claimgraph.model import Contradiction, ContradictionValue, Event, Report
from claimgraph.resolve.event_dates import DAY_TOLERANCE, report_window
from claimgraph.resolve.places import PlaceHierarchy


def find_contradictions(events: list[Event], reports: dict[str, Report], canonical_of: dict[str, str],
                        hierarchy: PlaceHierarchy | None = None) -> list[Contradiction]:
    hierarchy = hierarchy or PlaceHierarchy([], canonical_of)
    canon = lambda i: canonical_of.get(i, i)
    found = []
    for event in events:
        members = sorted((reports[r] for r in event.reports), key=lambda r: (r.doc_id, r.evidence.start))
        checks = {
            "killed": _differing(members, lambda r: r.killed),
            "injured": _differing(members, lambda r: r.injured),
            "date": _disjoint_dates(members),
            "location": _disjoint_places(members, canon, hierarchy),
            "actor": _disjoint_actors(members, canon),
            "occurred": [r for r in members if r.modality in ("occurred", "denied")]
            if {"occurred", "denied"} <= {r.modality for r in members} else [],
        }
        value_of = {
            "killed": lambda r: r.killed, "injured": lambda r: r.injured, "date": lambda r: r.date,
            "location": lambda r: canon(r.location), "actor": lambda r: ";".join(sorted(canon(a) for a in r.actors)),
            "occurred": lambda r: r.modality,
        }
        for field, disagreeing in checks.items():
            if disagreeing:
                found.append(Contradiction(event.id, field, tuple(
                    ContradictionValue(str(value_of[field](r)), r.doc_id, r.id,
                                       canon(r.attributed_to) if r.attributed_to else None)
                    for r in disagreeing)))
    return found


def _differing(members: list[Report], value) -> list[Report]:
    stated = [r for r in members if value(r) is not None]
    return stated if len({value(r) for r in stated}) > 1 else []


def _disjoint_dates(members: list[Report]) -> list[Report]:
    """Reports whose dates (at their precision, a reported-by day as an upper bound) lie more than
    a day apart: "last night" and "today" in two reports of one night's attack agree."""
    dated = [(r, span) for r in members
             if (span := report_window(r.date, r.date_precision, r.date_end, r.date_relation, slack=False))]
    clash = any(a[0] - b[1] > DAY_TOLERANCE or b[0] - a[1] > DAY_TOLERANCE
                for i, (_, a) in enumerate(dated) for _, b in dated[i + 1:])
    return [r for r, _ in dated] if clash else []


def _disjoint_places(members: list[Report], canon, hierarchy: PlaceHierarchy) -> list[Report]:
    placed = [r for r in members if r.location]
    clash = any(not hierarchy.compatible(canon(a.location), canon(b.location))
                for i, a in enumerate(placed) for b in placed[i + 1:])
    return placed if clash else []


def _disjoint_actors(members: list[Report], canon) -> list[Report]:
    """Different documents naming different perpetrators, with nobody in common."""
    by_doc: dict[str, set[str]] = {}
    for r in members:
        if r.actors and r.modality != "denied":
            by_doc.setdefault(r.doc_id, set()).update(canon(a) for a in r.actors)
    sets = list(by_doc.values())
    if len(sets) > 1 and all(not (a & b) for i, a in enumerate(sets) for b in sets[i + 1:]):
        return [r for r in members if r.actors and r.modality != "denied"]
    return []

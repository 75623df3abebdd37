"""Event coreference: reports of one happening, in one document or many, become one Event.

Two reports can be one event when they have the same PLOVER type and compatible modality
(occurred and denied are claims about the same happening; planned, threatened and possible
events are only merged with their own kind), dates that overlap at their precision (a day
either way for day dates: "last night" and "today" in two reports of one night's attack),
locations that are equal or inside one another (PlaceHierarchy), and either
- share a participant (actor, target or place) while both are dated, or
- come from one document and are dated alike (one article's "the attack" and "the assault"), or
- one is undated, and they share the same stated place and another participant, or two
  named participants ("X met Y" in one article, "X met Y on May 3" in another).
Candidates come from blocking on (type, participant) and (type, document); merging is
strongest first and keeps every cluster consistent (one date window, compatible places), so
an undated report cannot bridge two differently dated events.
"""
from __future__ import annotations

import collections
import datetime as dt
from urllib.parse import urlparse

from claimgraph.ids import content_hash
from claimgraph.model import Document, Event, Report
from claimgraph.resolve.places import PlaceHierarchy

MODALITY_CLASS = {"occurred": "factual", "denied": "factual"}
DAY_TOLERANCE = dt.timedelta(days=1)
# Blocks larger than this are a country or a big actor named in everything; finer blocks
# (a camp, a militia) still bring together the reports that belong together.
MAX_BLOCK = 200


def date_span(date: str | None, precision: str | None, date_end: str | None = None):
    """The (first, last) days a date stands for at its precision; None when unknown."""
    if not date:
        return None
    try:
        parts = [int(p) for p in date[:10].split("-")]
        precision = precision or ("day", "month", "year")[3 - len(parts)]
        first = dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
        last = dt.date.fromisoformat(date_end) if date_end else first
    except (ValueError, IndexError):
        return None
    if precision == "year":
        return dt.date(first.year, 1, 1), dt.date(first.year, 12, 31)
    if precision == "month":
        following = dt.date(first.year + (first.month == 12), first.month % 12 + 1, 1)
        return dt.date(first.year, first.month, 1), following - dt.timedelta(days=1)
    return first, max(first, last)


def _tolerant(span, precision):
    """A day date compared with a day's slack either way; coarser dates already span enough."""
    if span is None or precision not in (None, "day"):
        return span
    return span[0] - DAY_TOLERANCE, span[1] + DAY_TOLERANCE


def intersect(a, b):
    if a is None:
        return b
    if b is None:
        return a
    lo, hi = max(a[0], b[0]), min(a[1], b[1])
    return (lo, hi) if lo <= hi else False


class _Cluster:
    def __init__(self, report: Report, view: dict):
        self.reports = [report]
        self.span = view["span"]
        self.places = {view["location"]} - {None}
        self.docs = {report.doc_id}


def resolve_events(reports: list[Report], canonical_of: dict[str, str], documents: dict[str, Document],
                   hierarchy: PlaceHierarchy | None = None) -> list[Event]:
    hierarchy = hierarchy or PlaceHierarchy([], canonical_of)
    canon = lambda i: canonical_of.get(i, i)
    views = {r.id: {"span": _tolerant(date_span(r.date, r.date_precision, r.date_end), r.date_precision),
                    "location": canon(r.location) if r.location else None,
                    "participants": {canon(i) for i in (*r.actors, *r.targets)} | ({canon(r.location)} if r.location else set()),
                    "class": MODALITY_CLASS.get(r.modality, r.modality)} for r in reports}
    pairs = _candidate_pairs(reports, views, hierarchy)
    clusters = {r.id: _Cluster(r, views[r.id]) for r in reports}
    owner = {r.id: r.id for r in reports}
    for _, a, b in sorted(((-strength, a, b) for a, b, strength in pairs)):
        ca, cb = owner[a], owner[b]
        if ca == cb:
            continue
        merged_span = intersect(clusters[ca].span, clusters[cb].span)
        if merged_span is False or not _places_compatible(clusters[ca].places | clusters[cb].places, hierarchy):
            continue
        keep, drop = min(ca, cb), max(ca, cb)
        clusters[keep].reports += clusters[drop].reports
        clusters[keep].span = merged_span
        clusters[keep].places |= clusters[drop].places
        clusters[keep].docs |= clusters[drop].docs
        for r in clusters.pop(drop).reports:
            owner[r.id] = keep
    return [_event(c.reports, canon, documents, hierarchy) for _, c in sorted(clusters.items())]


def _candidate_pairs(reports: list[Report], views: dict, hierarchy: PlaceHierarchy) -> list[tuple[str, str, float]]:
    blocks = collections.defaultdict(list)
    for r in reports:
        kind = (r.type, views[r.id]["class"])
        blocks[(*kind, "doc", r.doc_id)].append(r)
        for p in views[r.id]["participants"]:
            blocks[(*kind, "entity", p)].append(r)
    pairs = {}
    for members in blocks.values():
        if len(members) > MAX_BLOCK:
            continue
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                key = (a.id, b.id) if a.id < b.id else (b.id, a.id)
                if key not in pairs:
                    strength = _strength(a, b, views[a.id], views[b.id], hierarchy)
                    if strength is not None:
                        pairs[key] = strength
    return [(a, b, s) for (a, b), s in pairs.items()]


def _strength(a: Report, b: Report, va: dict, vb: dict, hierarchy: PlaceHierarchy) -> float | None:
    """How strongly two reports look like one event, or None when they cannot be."""
    span = intersect(va["span"], vb["span"])
    if span is False or not hierarchy.compatible(va["location"], vb["location"]):
        return None
    same_place = va["location"] is not None and vb["location"] is not None
    places = {va["location"], vb["location"]} - {None}
    shared = va["participants"] & vb["participants"]
    others = shared - places
    dated_both = va["span"] is not None and vb["span"] is not None
    same_doc = a.doc_id == b.doc_id
    if dated_both:
        if not shared and not same_doc:
            return None
    elif not ((same_place and others) or len(others) >= 2 or (same_doc and shared)):
        return None
    return len(shared) + 2 * dated_both + 2 * same_place + same_doc


def _places_compatible(places: set[str], hierarchy: PlaceHierarchy) -> bool:
    places = sorted(places)
    return all(hierarchy.compatible(p, q) for i, p in enumerate(places) for q in places[i + 1:])


def source_key(document: Document | None, doc_id: str) -> str:
    """Independent sources: one outlet (or one web site) repeating itself counts once."""
    if document is None:
        return doc_id
    if document.outlet:
        return document.outlet.casefold()
    if document.url:
        return urlparse(document.url).netloc.removeprefix("www.") or doc_id
    return doc_id


def _event(reports: list[Report], canon, documents: dict[str, Document], hierarchy: PlaceHierarchy) -> Event:
    reports = sorted(reports, key=lambda r: r.id)
    precision_rank = {"day": 0, "month": 1, "year": 2}
    dated = [r for r in reports if r.date]
    best_date = min(dated, key=lambda r: (precision_rank.get(r.date_precision, 3),
                                          -sum(o.date == r.date for o in dated), r.date)) if dated else None
    modalities = collections.Counter(r.modality for r in reports)
    modality = "occurred" if modalities["occurred"] else max(modalities, key=lambda m: (modalities[m], m))
    modes = collections.Counter(r.mode for r in reports if r.mode)
    return Event(
        id=content_hash("event", reports[0].id), type=reports[0].type, reports=tuple(r.id for r in reports),
        mode=max(modes, key=lambda m: (modes[m], m)) if modes else None,
        date=best_date.date if best_date else None,
        date_precision=best_date.date_precision if best_date else None,
        date_end=best_date.date_end if best_date else None,
        location=hierarchy.most_specific([canon(r.location) for r in reports if r.location]),
        actors=_ranked(canon(i) for r in reports for i in r.actors),
        targets=_ranked(canon(i) for r in reports for i in r.targets),
        killed=_figure(r.killed for r in reports), injured=_figure(r.injured for r in reports),
        modality=modality,
        sources=len({source_key(documents.get(r.doc_id), r.doc_id) for r in reports}),
    )


def _ranked(ids) -> tuple[str, ...]:
    counts = collections.Counter(ids)
    return tuple(sorted(counts, key=lambda i: (-counts[i], i)))


def _figure(values) -> int | None:
    """The figure most reports give; on a tie the lowest, the conservative choice ACLED makes."""
    counts = collections.Counter(v for v in values if v is not None)
    return min(counts, key=lambda v: (-counts[v], v)) if counts else None

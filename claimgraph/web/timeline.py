"""The timeline's data: dated events as spans of days, the dense range to show first, the undated.

One mis-dated event (a year read from a clause about the past) must not squeeze every other event
into a corner of the axis. The range shown first is where events are dense: Tukey's "far out"
fences, 3 interquartile ranges beyond the quartiles of the spans' midpoints. Percentiles (5th-95th)
would not do: among 18 dated events the 5th percentile is the lowest, the outlier itself. Spans
outside the fences stay on the timeline, counted at its edges and reached by zooming out.
"""
from __future__ import annotations

import datetime as dt
import statistics

from claimgraph.resolve.event_dates import date_span
from claimgraph.views import EventRow, Timeline, TimelineSpan

FENCE = 3.0              # Tukey's far-out fence: only the clearly separate are left out of the first view
MIN_SPREAD_DAYS = 30     # a burst within days (quartiles a day apart) still shows its month around it
PADDING = 0.05           # of the range, either side, so the first and last spans are not on the edge
MIN_PADDING_DAYS = 7


def timeline(events: list[EventRow]) -> Timeline:
    """Spans in the order of their first day, the dense range, the outliers' counts, the undated."""
    spanned, undated = [], []
    for event in events:
        days = date_span(event.date, event.date_precision, event.date_end)
        if days:
            spanned.append((days, event))
        else:
            undated.append(event)
    spanned.sort(key=lambda pair: (pair[0][0], pair[1].id))
    spans = tuple(TimelineSpan(first.isoformat(), last.isoformat(), event) for (first, last), event in spanned)
    view = dense_range([days for days, _ in spanned])
    if view is None:
        return Timeline(spans=spans, view_first=None, view_last=None, earlier=0, later=0, undated=tuple(undated))
    first, last = view
    return Timeline(spans=spans, view_first=first.isoformat(), view_last=last.isoformat(),
                    earlier=sum(1 for s in spans if s.last < first.isoformat()),
                    later=sum(1 for s in spans if s.first > last.isoformat()), undated=tuple(undated))


def dense_range(spans: list[tuple[dt.date, dt.date]]) -> tuple[dt.date, dt.date] | None:
    """The days from the first to the last span whose midpoint lies within the far-out fences,
    padded; None when there is no span."""
    if not spans:
        return None
    middles = [(first.toordinal() + last.toordinal()) / 2 for first, last in spans]
    low, high = min(middles), max(middles)
    if len(middles) > 1:
        q1, _, q3 = statistics.quantiles(middles, n=4, method="inclusive")
        spread = max(q3 - q1, MIN_SPREAD_DAYS)
        low, high = q1 - FENCE * spread, q3 + FENCE * spread
    inside = [span for span, middle in zip(spans, middles) if low <= middle <= high]
    first, last = min(s[0] for s in inside), max(s[1] for s in inside)
    padding = dt.timedelta(days=max(round((last - first).days * PADDING), MIN_PADDING_DAYS))
    return first - padding, last + padding

"""The timeline's data: dated events as spans of days, the dense range to show first (outliers.py:
a span whose midpoint lies beyond the fences is counted at the timeline's edge and reached by
zooming out), and the events with no usable date.
"""
from __future__ import annotations

import datetime as dt

from claimgraph.resolve.event_dates import date_span
from claimgraph.views import EventRow, Timeline, TimelineSpan
from claimgraph.web.outliers import fences

MIN_SPREAD_DAYS = 30     # a burst within days still keeps the month around it
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
    """The days from the first to the last span whose midpoint lies within the fences, padded;
    None when there is no span."""
    if not spans:
        return None
    middles = [(first.toordinal() + last.toordinal()) / 2 for first, last in spans]
    low, high = fences(middles, MIN_SPREAD_DAYS)
    inside = [span for span, middle in zip(spans, middles) if low <= middle <= high]
    first, last = min(s[0] for s in inside), max(s[1] for s in inside)
    padding = dt.timedelta(days=max(round((last - first).days * PADDING), MIN_PADDING_DAYS))
    return first - padding, last + padding

"""The timeline's data: dated events as spans of days, the dense range to show first, the undated.

One mis-dated event (a year read from a clause about the past) must not squeeze every other event
into a corner of the axis. The range shown first is where events are dense: the 10th to the 90th
percentile of the spans' midpoints, widened by that range again on either side; a span whose
midpoint lies beyond is an outlier, counted at the timeline's edge and reached by zooming out.
Measured on the seeds (32 dated events, Feb-Dec 2013, one in 2003): this leaves out 2003 alone.
Tukey's fences (3 interquartile ranges past the quartiles) left out 8 events of 2013 too, because
half the events fall on a few days, which makes the quartiles close; the 5th percentile is, among
20 events or fewer, pulled most of the way to the outlier itself.
"""
from __future__ import annotations

import datetime as dt
import statistics

from claimgraph.resolve.event_dates import date_span
from claimgraph.views import EventRow, Timeline, TimelineSpan

PERCENTILES = (10, 90)   # the dense middle of the dates
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
    """The days from the first to the last span whose midpoint lies within the fences (the 10th and
    90th percentile, widened by their distance), padded; None when there is no span."""
    if not spans:
        return None
    middles = [(first.toordinal() + last.toordinal()) / 2 for first, last in spans]
    low, high = min(middles), max(middles)
    if len(middles) > 1:
        deciles = statistics.quantiles(middles, n=10, method="inclusive")
        bottom, top = deciles[PERCENTILES[0] // 10 - 1], deciles[PERCENTILES[1] // 10 - 1]
        spread = max(top - bottom, MIN_SPREAD_DAYS)
        low, high = bottom - spread, top + spread
    inside = [span for span, middle in zip(spans, middles) if low <= middle <= high]
    first, last = min(s[0] for s in inside), max(s[1] for s in inside)
    padding = dt.timedelta(days=max(round((last - first).days * PADDING), MIN_PADDING_DAYS))
    return first - padding, last + padding

"""Layout of the SVG timeline: dated events placed along one axis, in plain numbers for the template."""
from __future__ import annotations

import datetime as dt

from claimgraph.views import EventRow, Timeline, TimelinePoint, TimelineTick

WIDTH, LANE_HEIGHT, MARGIN = 1000, 22, 40
LABEL_WIDTH = 70   # room right of the last point for its type label (11px text, ~9 characters)


def _day(value: str | None) -> dt.date | None:
    """YYYY-MM-DD, YYYY-MM or YYYY as the first day it can mean; None when absent or unreadable."""
    if not value:
        return None
    parts = value.split("-") + ["1", "1"]
    try:
        return dt.date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError:
        return None


def layout(events: list[EventRow]) -> Timeline | None:
    """Points (x, lane) for dated events, lanes so that labels of close events do not overlap,
    and year/month ticks. None when no event has a date."""
    dated = sorted(((d, e) for e in events if (d := _day(e.date))), key=lambda pair: pair[0])
    if not dated:
        return None
    first, last = dated[0][0], dated[-1][0]
    span = max((last - first).days, 1)
    scale = (WIDTH - 2 * MARGIN - LABEL_WIDTH) / span
    lane_end: list[float] = []
    points = []
    for day, event in dated:
        x = MARGIN + (day - first).days * scale
        lane = next((i for i, end in enumerate(lane_end) if end < x), len(lane_end))
        lane_end[lane:lane + 1] = [x + LABEL_WIDTH + 10]
        points.append(TimelinePoint(x=round(x, 1), y=30 + lane * LANE_HEIGHT, event=event))
    height = 50 + len(lane_end) * LANE_HEIGHT
    return Timeline(width=WIDTH, height=height, axis_y=height - 20, points=tuple(points),
                    ticks=_ticks(first, last, scale))


def _ticks(first: dt.date, last: dt.date, scale: float) -> tuple[TimelineTick, ...]:
    """A tick per month when the range is short, else per year, labelled at most ~12 times."""
    monthly = (last - first).days < 400
    day = dt.date(first.year, first.month if monthly else 1, 1)
    ticks = []
    while day <= last:
        if day >= first:
            ticks.append(TimelineTick(x=round(MARGIN + (day - first).days * scale, 1),
                                      label=day.strftime("%Y-%m" if monthly else "%Y")))
        day = (dt.date(day.year + (day.month == 12), day.month % 12 + 1, 1) if monthly
               else dt.date(day.year + 1, 1, 1))
    step = max(1, len(ticks) // 12)
    return tuple(ticks[::step])

"""Where values are dense, so that a chart opens there and one stray value (an event mis-dated by a
decade, a place on another continent) cannot shrink every other into a corner.

The fences are the 10th and 90th percentile, widened by their distance on either side; values
beyond are outliers, which a chart still shows when zoomed out. Measured on the seeds (32 dated
events, Feb-Dec 2013, one in 2003): these fences leave out 2003 alone. Tukey's (3 interquartile
ranges past the quartiles) also left out 8 events of 2013, because half the events fall on a few
days and the quartiles are close; the 5th percentile is, among 20 values or fewer, pulled most of
the way to the outlier itself.
"""
from __future__ import annotations

import statistics

PERCENTILES = (10, 90)


def fences(values: list[float], min_spread: float = 0.0) -> tuple[float, float]:
    """(low, high): values outside are outliers. `min_spread` keeps a burst on one value from
    making every other value an outlier."""
    if len(values) < 2:
        return min(values), max(values)
    deciles = statistics.quantiles(values, n=10, method="inclusive")
    bottom, top = deciles[PERCENTILES[0] // 10 - 1], deciles[PERCENTILES[1] // 10 - 1]
    spread = max(top - bottom, min_spread)
    return bottom - spread, top + spread

"""When a feed is polled next and when a webhook is tried again: durations, timestamps, backoff."""
from __future__ import annotations

import datetime as dt
import re

from claimgraph.errors import ConfigError

UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
_DURATION = re.compile(r"(\d+)\s*([smhd])")
DEFAULT_EVERY = "15m"
# A feed polled more often than this is a load on its site that no news cycle needs.
MIN_EVERY_S = 1
# However many failures in a row, a feed is tried again at least daily: a site down for a week is
# read again the day it is back.
MAX_BACKOFF_S = 86400


def parse_every(text: str) -> int:
    """"15m" -> 900: a whole number of seconds, minutes, hours or days."""
    match = _DURATION.fullmatch(text.strip().lower())
    if not match or int(match[1]) * UNITS[match[2]] < MIN_EVERY_S:
        raise ConfigError(f"invalid interval {text!r}: a whole number with s, m, h or d, e.g. 30s, 15m, 2h, 1d")
    return int(match[1]) * UNITS[match[2]]


def every_label(seconds: int) -> str:
    for unit in "dhm":
        if seconds % UNITS[unit] == 0:
            return f"{seconds // UNITS[unit]}{unit}"
    return f"{seconds}s"


def now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0)


def stamp(moment: dt.datetime) -> str:
    """UTC, to the second, as stored: ISO strings of one format compare in time order."""
    return moment.astimezone(dt.timezone.utc).isoformat(timespec="seconds")


def backoff_s(every_s: int, failures: int) -> int:
    """After `failures` failed polls in a row, the wait doubles each time: 2, 4, 8 … times the interval."""
    return max(every_s, min(every_s * 2 ** failures, MAX_BACKOFF_S))


def after(moment: dt.datetime, seconds: float) -> str:
    return stamp(moment + dt.timedelta(seconds=seconds))

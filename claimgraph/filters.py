"""What an analyst filters by, read once for the CLI, the web pages, the API and the store's queries.

Every value is checked here and refused with the valid choices (FilterError), so a typo never
gives an empty answer that looks like "nothing happened":

    >>> period("2013-10")
    Period(first=datetime.date(2013, 10, 1), last=datetime.date(2013, 10, 31), precision='month')

A date is YYYY, YYYY-MM or YYYY-MM-DD and stands for every day it covers; an event matches when
its own days (at its precision: "October 2013" is the whole month) meet the days asked for, so
`--from 2013-10-15` finds an event dated only "October 2013", and `--from 2013-09 --to 2013-09`
the events of that month.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from claimgraph.errors import FilterError
from claimgraph.model import ENTITY_TYPES, MODALITIES
from claimgraph.ontology import PLOVER_TYPES
from claimgraph.resolve.event_dates import date_span

DATE_FORMATS = "YYYY, YYYY-MM or YYYY-MM-DD"
# The same for help text, which wraps lines at a hyphen between letters ("YYYY-MM-" / "DD") but not digits.
DATE_EXAMPLES = "a year, month or day: 2013, 2013-10 or 2013-10-15"
_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
# The dates of the calendar as a JSON schema pattern (all but 29 February), for the API's schema:
# what it declares valid, the filter accepts; an empty value is no filter.
DATE_PATTERN = (r"^(|[1-9]\d{3}(-(0[1-9]|1[0-2]))?|[1-9]\d{3}-((0[1-9]|1[0-2])-(0[1-9]|1\d|2[0-8])"
                r"|(0[13-9]|1[0-2])-(29|30)|(0[13578]|1[02])-31))$")
PRECISIONS = ("year", "month", "day")     # by how many parts the date writes
# Beyond any store's size, and inside the 64-bit integers databases take (2**63 gave a 500).
MAX_LIMIT = 2**31 - 1


@dataclass(frozen=True)
class Period:
    """The days a date given as a filter stands for, first and last included."""
    first: dt.date
    last: dt.date
    precision: str


@dataclass(frozen=True)
class EventFilter:
    """Which events to list. actor, target and place each match their own role only; entity
    matches any of the three; place also matches every place located in it."""
    type: str | None = None
    modality: str | None = None
    entity: str | None = None
    actor: str | None = None
    target: str | None = None
    place: str | None = None
    date_from: Period | None = None
    date_to: Period | None = None

    def roles(self) -> list[tuple[str, tuple[str, ...]]]:
        """(wanted name or id, the roles it may fill) for each entity criterion given."""
        wanted = ((self.entity, ("actor", "target", "location")), (self.actor, ("actor",)),
                  (self.target, ("target",)))
        return [(name, roles) for name, roles in wanted if name]


def period(text: str, option: str = "date") -> Period:
    """A date filter as the days it covers; FilterError for anything else ("2013-13-45", "yesterday")."""
    match = _DATE.fullmatch(text.strip())
    precision = PRECISIONS[sum(1 for part in match.groups() if part) - 1] if match else None
    span = date_span(match[0], precision) if match else None   # None for a month 13 or a 31 April
    if span is None:
        raise FilterError(f"invalid {option} {text!r}: use {DATE_FORMATS}, e.g. 2013, 2013-10 or 2013-10-15")
    return Period(span[0], span[1], precision)


def check_type(text: str) -> str:
    wanted = text.strip().upper()
    if wanted not in PLOVER_TYPES:
        raise FilterError(f"unknown event type {text!r}: one of {', '.join(PLOVER_TYPES)}")
    return wanted


def check_entity_type(text: str) -> str:
    wanted = text.strip().upper()
    if wanted not in ENTITY_TYPES:
        raise FilterError(f"unknown entity type {text!r}: one of {', '.join(ENTITY_TYPES)}")
    return wanted


def check_modality(text: str) -> str:
    wanted = text.strip().lower()
    if wanted not in MODALITIES:
        raise FilterError(f"unknown modality {text!r}: one of {', '.join(MODALITIES)}")
    return wanted


def check_limit(value: int, option: str = "limit") -> int:
    if not 1 <= value <= MAX_LIMIT:
        raise FilterError(f"invalid {option} {value}: a whole number from 1 to {MAX_LIMIT}")
    return value


def check_offset(value: int) -> int:
    if not 0 <= value <= MAX_LIMIT:
        raise FilterError(f"invalid offset {value}: a whole number from 0 to {MAX_LIMIT}")
    return value


def event_filter(type: str | None = None, modality: str | None = None, entity: str | None = None,
                 actor: str | None = None, target: str | None = None, place: str | None = None,
                 date_from: str | None = None, date_to: str | None = None) -> EventFilter:
    """The filter from values as typed (empty means not given); FilterError naming the first bad one."""
    given = lambda value: value.strip() if value and value.strip() else None
    found = EventFilter(
        type=check_type(type) if given(type) else None,
        modality=check_modality(modality) if given(modality) else None,
        entity=given(entity), actor=given(actor), target=given(target), place=given(place),
        date_from=period(date_from, "start date") if given(date_from) else None,
        date_to=period(date_to, "end date") if given(date_to) else None)
    return found


def check_order(date_from: str | None, date_to: str | None) -> None:
    """For the command line, where a start after the end is a slip of the keyboard; the API answers
    such a range with no events, as its schema (which cannot compare two values) allows it."""
    found = event_filter(date_from=date_from, date_to=date_to)
    if found.date_from and found.date_to and found.date_from.first > found.date_to.last:
        raise FilterError(f"the start date {date_from.strip()} is after the end date {date_to.strip()}: "
                          "no day lies between them")

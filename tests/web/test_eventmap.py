"""The map's data: each event at its place's point, or at the nearest place the documents say it
lies in; the events it cannot place listed with their places (no web server needed)."""
from __future__ import annotations

import pytest

from claimgraph.model import Evidence, Relation
from claimgraph.resolve.places import PlaceHierarchy
from claimgraph.views import EventRow, NamedRef, figure_range
from claimgraph.web.eventmap import place_events

NAMES = {"jaffna": "Jaffna", "lk": "Sri Lanka", "cusco-region": "Cusco Region", "camp": "Camp Qwzxv",
         "outpost": "Outpost Vrelk", "hill": "Hill 4", "ridge": "Qwzxv Ridge"}
# what the documents state: the camp near Jaffna, the outpost on a ridge in Sri Lanka, the hill nowhere known
STATED = [("camp", "jaffna"), ("outpost", "ridge"), ("ridge", "lk")]


def event(event_id: str, place: str | None, killed: int | None = None) -> EventRow:
    return EventRow(id=event_id, type="ASSAULT", mode=None, date=None, date_precision=None, date_end=None,
                    killed=killed, injured=None, modality="occurred", sources=1,
                    location=NamedRef(place, NAMES[place]) if place else None, actors=(), targets=(),
                    killed_range=figure_range([killed]), injured_range=None, disputed=(), reports=1, documents=())


def hierarchy() -> PlaceHierarchy:
    return PlaceHierarchy([Relation(f"r{i}", "d", child, "located_in", Evidence("d", 0, 1, "s"), object=parent)
                           for i, (child, parent) in enumerate(STATED)], {})


@pytest.mark.parametrize("place, placed_at, precision", [
    ("jaffna", "jaffna", "city"),
    ("lk", "lk", "country"),
    ("cusco-region", "cusco-region", "region"),
    ("camp", "jaffna", "city"),           # unknown to the gazetteer, stated to lie in a city
    ("outpost", "lk", "country"),         # two steps up: the ridge is unknown too
])
def test_an_event_is_drawn_at_its_place_or_the_nearest_it_lies_in(place, placed_at, precision):
    found = place_events([event("e", place)], hierarchy(), NAMES)
    (marker,) = found.markers
    assert (marker.placed_at.id, marker.precision, marker.event.id) == (placed_at, precision, "e")
    assert found.unplaced == ()


def test_events_it_cannot_place_are_listed_with_their_places():
    found = place_events([event("no-place", None), event("hill-1", "hill"), event("hill-2", "hill"),
                          event("city", "jaffna", killed=3)], hierarchy(), NAMES)
    assert [m.event.id for m in found.markers] == ["city"]
    assert [e.id for e in found.unplaced] == ["no-place", "hill-1", "hill-2"]
    assert found.unlocated_places == (NamedRef("hill", "Hill 4"),)


def test_the_marker_has_the_gazetteer_point():
    (marker,) = place_events([event("e", "camp")], hierarchy(), NAMES).markers
    assert (round(marker.lat, 2), round(marker.lon, 2)) == (9.67, 80.01)

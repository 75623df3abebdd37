"""The map's data: each event at the point of its place, from the gazetteer.

A place the gazetteer does not know (a camp, a checkpoint, a neighbourhood) is drawn at the nearest
place the documents say it lies in ("X, a camp near Goma" gives located_in), so an event there
still shows where it happened, and the marker says which place its point is. What can be placed
nowhere is listed, never dropped in silence. The map opens on where the markers are dense, so one
event on another continent does not shrink the rest to a dot.
"""
from __future__ import annotations

from claimgraph import views
from claimgraph.ontology import gazetteer
from claimgraph.resolve.places import PlaceHierarchy
from claimgraph.store import Store, queries
from claimgraph.web.outliers import fences

MIN_SPREAD_DEGREES = 5.0   # events in one city and its surroundings leave the next region in view


def event_map(store: Store, events: list[views.EventRow]) -> views.EventMap:
    return place_events(events, queries.place_hierarchy(store), queries.entity_names(store))


def place_events(events: list[views.EventRow], hierarchy: PlaceHierarchy,
                 names: dict[str, str]) -> views.EventMap:
    """A marker for each event whose place (or a place it lies in) the gazetteer locates."""
    markers, unplaced, unlocated = [], [], {}
    for event in events:
        found = locate(event.location.id, hierarchy, names) if event.location else None
        if found is None:
            unplaced.append(event)
            if event.location:
                unlocated[event.location.id] = event.location
            continue
        place, point = found
        markers.append(views.MapMarker(lat=point.lat, lon=point.lon, precision=point.precision,
                                       placed_at=place, event=event))
    view = dense_area(markers)
    return views.EventMap(markers=tuple(markers), view=view,
                          outside=sum(1 for m in markers if not _inside(m, view)), unplaced=tuple(unplaced),
                          unlocated_places=tuple(sorted(unlocated.values(), key=lambda p: (p.name, p.id))))


def dense_area(markers: list[views.MapMarker]) -> views.MapBounds | None:
    """The bounds of the markers within the fences of latitude and of longitude (outliers.py)."""
    if not markers:
        return None
    lat_low, lat_high = fences([m.lat for m in markers], MIN_SPREAD_DEGREES)
    lon_low, lon_high = fences([m.lon for m in markers], MIN_SPREAD_DEGREES)
    inside = [m for m in markers if lat_low <= m.lat <= lat_high and lon_low <= m.lon <= lon_high]
    return views.MapBounds(south=min(m.lat for m in inside), west=min(m.lon for m in inside),
                           north=max(m.lat for m in inside), east=max(m.lon for m in inside))


def _inside(marker: views.MapMarker, area: views.MapBounds) -> bool:
    return area.south <= marker.lat <= area.north and area.west <= marker.lon <= area.east


def locate(place_id: str, hierarchy: PlaceHierarchy,
           names: dict[str, str]) -> tuple[views.NamedRef, gazetteer.Coordinates] | None:
    """The place itself if the gazetteer knows it, else the nearest place it lies in that it knows."""
    for candidate in (place_id, *hierarchy.lineage(place_id)):
        name = names.get(candidate)
        if name and (point := gazetteer.coordinates(name)):
            return views.NamedRef(candidate, name), point
    return None

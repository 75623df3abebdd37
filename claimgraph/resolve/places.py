"""The place hierarchy for comparing event locations: what the documents state (X located_in Y),
and the country a gazetteer puts a named city or province in (claimgraph.ontology.gazetteer)."""
from __future__ import annotations

import collections

from claimgraph.ontology.name_vocabulary import vocabulary
from claimgraph.model import CanonicalEntity, Relation
from claimgraph.ontology import gazetteer

PLACE_TYPES = {"GPE", "LOC"}


class PlaceHierarchy:
    def __init__(self, relations: list[Relation], canonical_of: dict[str, str],
                 places: list[CanonicalEntity] = ()):
        self.parents: dict[str, set[str]] = collections.defaultdict(set)
        for r in relations:
            if r.predicate == "located_in" and r.object:
                child, parent = canonical_of.get(r.subject, r.subject), canonical_of.get(r.object, r.object)
                if child != parent:
                    self.parents[child].add(parent)
        for child, parent in _gazetteer_edges(places) + _qualified_edges(places):
            self.parents[child].add(parent)
        self.known = set(self.parents) | {parent for parents in self.parents.values() for parent in parents}

    def ancestors(self, place: str) -> set[str]:
        return set(self.lineage(place))

    def lineage(self, place: str) -> list[str]:
        """The places it lies in, nearest first (breadth first; parents of one level by id)."""
        order, seen, todo = [], {place}, collections.deque([place])
        while todo:
            for parent in sorted(self.parents.get(todo.popleft(), ())):
                if parent not in seen:
                    seen.add(parent)
                    order.append(parent)
                    todo.append(parent)
        return order

    def compatible(self, a: str | None, b: str | None) -> bool:
        """Two stated places can be the same event's: equal, or one inside the other, or one unknown."""
        return a is None or b is None or a == b or a in self.ancestors(b) or b in self.ancestors(a)

    def placed(self, place: str) -> bool:
        """Whether the hierarchy knows where a place lies: inside another, or holding one."""
        return place in self.known

    def most_specific(self, places: list[str]) -> str | None:
        """The place no other listed place lies inside; ties go to the most often stated."""
        if not places:
            return None
        counts = collections.Counter(places)
        inner = [p for p in counts if not any(p in self.ancestors(q) for q in counts if q != p)]
        return max(inner or counts, key=lambda p: (counts[p], p))


def _gazetteer_edges(entities: list[CanonicalEntity]) -> list[tuple[str, str]]:
    """(city or province, its country) for the corpus's places the gazetteer knows, when the
    corpus names that country too."""
    places = sorted((e for e in entities if e.type in PLACE_TYPES), key=lambda e: e.id)
    countries: dict[str, str] = {}   # ISO code -> the corpus's entity for it (the first id if several)
    for e in places:
        if code := gazetteer.country_code(e.name):
            countries.setdefault(code, e.id)
    return [(e.id, countries[code]) for e in places
            if (code := gazetteer.country_of(e.name)) in countries and countries[code] != e.id]


def _qualified_edges(entities: list[CanonicalEntity]) -> list[tuple[str, str]]:
    """(part, whole) for a place named as a side of another the corpus names ("North Darfur",
    "Darfur"), unless the qualified name is a country of its own ("South Sudan"), and for a
    place and the area named after it ("Ituri", "Ituri province")."""
    places = sorted((e for e in entities if e.type in PLACE_TYPES), key=lambda e: e.id)
    by_name: dict[str, str] = {}
    for e in places:
        by_name.setdefault(e.name.casefold(), e.id)
    vocab = vocabulary()
    area_heads = {h.casefold() for h in vocab.gpe_heads}
    edges = []
    for e in places:
        first, _, rest = e.name.partition(" ")
        whole = by_name.get(rest.casefold())
        if (first.casefold() in vocab.place_sides and whole and whole != e.id
                and gazetteer.country_code(e.name) is None):
            edges.append((e.id, whole))
        named, _, head = e.name.rpartition(" ")
        part = by_name.get(named.casefold())
        if head.casefold() in area_heads and part and part != e.id:   # a town "X" lies in "X province"
            edges.append((part, e.id))
    return edges

"""The place hierarchy the documents state (X located_in Y), for comparing event locations."""
from __future__ import annotations

import collections

from claimgraph.model import Relation


class PlaceHierarchy:
    def __init__(self, relations: list[Relation], canonical_of: dict[str, str]):
        self.parents: dict[str, set[str]] = collections.defaultdict(set)
        for r in relations:
            if r.predicate == "located_in" and r.object:
                child, parent = canonical_of.get(r.subject, r.subject), canonical_of.get(r.object, r.object)
                if child != parent:
                    self.parents[child].add(parent)

    def ancestors(self, place: str) -> set[str]:
        seen, todo = set(), [place]
        while todo:
            for parent in self.parents.get(todo.pop(), ()):
                if parent not in seen:
                    seen.add(parent)
                    todo.append(parent)
        return seen

    def compatible(self, a: str | None, b: str | None) -> bool:
        """Two stated places can be the same event's: equal, or one inside the other, or one unknown."""
        return a is None or b is None or a == b or a in self.ancestors(b) or b in self.ancestors(a)

    def most_specific(self, places: list[str]) -> str | None:
        """The place no other listed place lies inside; ties go to the most often stated."""
        if not places:
            return None
        counts = collections.Counter(places)
        inner = [p for p in counts if not any(p in self.ancestors(q) for q in counts if q != p)]
        return max(inner or counts, key=lambda p: (counts[p], p))

"""Cross-document entity resolution: document-level entities -> canonical entities.

Baseline: entities whose normalised names are equal, with compatible types, are one entity.
"""
from __future__ import annotations

import collections
import re
import unicodedata

from claimgraph.model import CanonicalEntity, Entity, EntityLink, Judgement

COMPATIBLE_TYPES = {"GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE"}


def normalise(name: str) -> str:
    text = unicodedata.normalize("NFKC", name).lower().replace("\u2019", "'")
    text = re.sub(r"^the\s+", "", text)
    text = re.sub(r"'s?$", "", text)
    return re.sub(r"\s+", " ", text).strip(" .,;:")


def _type_family(entity_type: str) -> str:
    return COMPATIBLE_TYPES.get(entity_type, entity_type)


def resolve_entities(entities: list[Entity], judgements: list[Judgement] = ()) -> tuple[list[EntityLink], list[CanonicalEntity]]:
    clusters: dict[tuple[str, str], list[Entity]] = collections.defaultdict(list)
    for entity in entities:
        clusters[(normalise(entity.name), _type_family(entity.type))].append(entity)
    links, canonicals = [], []
    for members in clusters.values():
        canonical_id = min(e.id for e in members)
        links += [EntityLink(e.id, canonical_id, rule="exact-name" if len(members) > 1 else "single",
                             score=1.0, detail=f"normalised name {normalise(e.name)!r}") for e in members]
        canonicals.append(canonical_entity(canonical_id, members))
    return links, canonicals


def canonical_entity(canonical_id: str, members: list[Entity]) -> CanonicalEntity:
    """Name: the most frequent longest name; type: the majority of the members' types."""
    names = collections.Counter(e.name for e in members)
    name = max(names, key=lambda n: (names[n], len(n), n))
    types = collections.Counter(e.type for e in members)
    entity_type = max(types, key=lambda t: (types[t], t))
    aliases = sorted({a for e in members for a in (e.name, *e.aliases)} - {name})
    return CanonicalEntity(canonical_id, name, entity_type, tuple(aliases), tuple(sorted(e.id for e in members)))

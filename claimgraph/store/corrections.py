"""Analysts' corrections: merge two entities, split an alias off one, list them, undo one.

Kept as judgement rows, so they survive re-ingesting and new documents; the resolved graph is
refreshed after each. A correction names exact entities: an entity id, or a name or alias equal
to the one typed (case aside), never a fragment of one. The judgement records the entity by its
canonical id, which is the id of one of its documents' entities, so it keeps pointing at the
same entity when later documents change the resolved graph.
"""
from __future__ import annotations

import datetime as dt

import sqlalchemy as sa

from claimgraph.errors import ClaimgraphError
from claimgraph.ids import content_hash
from claimgraph.model import CanonicalEntity, Judgement
from claimgraph.resolve.entities import types_compatible
from claimgraph.resolve.names import normalize_name
from claimgraph.store import schema as s
from claimgraph.store.database import Store
from claimgraph.store.rows import from_row
from claimgraph.store.resolution import refresh_resolution

# How many candidates an "ambiguous name" error lists.
SHOWN_CANDIDATES = 10


class CorrectionError(ClaimgraphError):
    pass


def merge(store: Store, left: str, right: str, note: str = "", force: bool = False) -> Judgement:
    """Record that two entities are one; refused across entity types unless `force`."""
    a, b = exact_entity(store, left), exact_entity(store, right)
    if a.id == b.id:
        raise CorrectionError(f"{left!r} and {right!r} are already one entity ({_label(a)})")
    if not force and not types_compatible(a.type, b.type):
        raise CorrectionError(f"{_label(a)} and {_label(b)} are of different types: "
                              f"merge them anyway with --force (API: \"force\": true) if they are one")
    return _judge(store, "merge", a.id, b.id, note, f"{_label(a)} = {_label(b)}")


def split(store: Store, entity: str, alias: str, note: str = "") -> Judgement:
    """Record that the documents' entities named `alias` are not the entity `entity`.

    Refused when it could change nothing: the alias is not the entity's, or every document
    entity in it bears the alias (a name and an alias joined inside one document are one entity
    there; a split separates documents' entities, not the names within one)."""
    found = exact_entity(store, entity)
    wanted = normalize_name(alias)
    members = _document_entities(store, found.id)
    named = [m for m in members if wanted in {normalize_name(n) for n in (m["name"], *(m["aliases"] or []))}]
    if not named:
        raise CorrectionError(f"{_label(found)} has no alias {alias!r}; its aliases: "
                              f"{', '.join(found.aliases) or '(none)'}")
    if len(named) == len(members):
        sources = sorted({m["source"] for m in named})
        raise CorrectionError(
            f"cannot split {alias!r} off {_label(found)}: every document's entity in it is also called "
            f"{alias!r} ({len(sources)} document(s): {', '.join(sources[:SHOWN_CANDIDATES])}), so nothing "
            f"would be left on the other side. A split separates documents' entities, not names joined "
            f"inside one document")
    return _judge(store, "split", found.id, alias, note, f"{alias!r} is not {_label(found)}")


def undo(store: Store, judgement_id: str) -> Judgement:
    """Remove one correction and re-resolve; returns the correction removed."""
    found = next((j for j in store.judgements() if j.id == judgement_id), None)
    if found is None or not store.remove_judgement(judgement_id):
        raise CorrectionError(f"no correction {judgement_id!r}: `claimgraph corrections` lists them")
    refresh_resolution(store)
    return found


def listing(store: Store) -> list[Judgement]:
    """Every correction, oldest first (each says what it named in `described`; corrections made
    before that was kept name their entities by name or id only)."""
    return store.judgements()


def exact_entity(store: Store, name_or_id: str) -> CanonicalEntity:
    """The one canonical entity `name_or_id` names: its id (or one of its documents' entity ids),
    else its exact name, else its exact alias, case aside. Ambiguity is an error listing them."""
    with store.engine.connect() as conn:
        by_id = conn.execute(sa.select(s.canonical_entities).join(
            s.entity_links, s.entity_links.c.canonical_id == s.canonical_entities.c.id)
            .where(s.entity_links.c.entity_id == name_or_id)).first()
        if by_id is not None:
            return from_row(CanonicalEntity, by_id)
        rows = [from_row(CanonicalEntity, r) for r in conn.execute(sa.select(s.canonical_entities))]
    wanted = name_or_id.strip().casefold()
    by_name = [r for r in rows if r.name.casefold() == wanted]
    by_alias = [r for r in rows if wanted in (a.casefold() for a in r.aliases)]
    found = by_name or by_alias
    if not found:
        raise CorrectionError(f"no entity is named {name_or_id!r} (give an id, or a name or alias exactly "
                              f"as `claimgraph entities` shows it)")
    if len(found) > 1:
        shown = sorted(found, key=lambda r: (r.name, r.id))[:SHOWN_CANDIDATES]
        raise CorrectionError(f"{name_or_id!r} names {len(found)} entities; give one by its id: "
                              + "; ".join(f"{_label(r)} id {r.id}" for r in shown))
    return found[0]


def _label(entity: CanonicalEntity) -> str:
    return f"{entity.name} ({entity.type})"


def _document_entities(store: Store, canonical_id: str) -> list[dict]:
    with store.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(
            sa.select(s.entities.c.id, s.entities.c.name, s.entities.c.aliases, s.documents.c.source)
            .join(s.entity_links, s.entity_links.c.entity_id == s.entities.c.id)
            .join(s.documents, s.documents.c.id == s.entities.c.doc_id)
            .where(s.entity_links.c.canonical_id == canonical_id))]


def _judge(store: Store, kind: str, left: str, right: str, note: str, described: str) -> Judgement:
    now = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    judgement = Judgement(id=content_hash(kind, left, right, now), kind=kind, left=left, right=right,
                          created=now, note=note, described=described)
    store.add_judgement(judgement)
    refresh_resolution(store)
    return judgement

"""Analysts' corrections: merge two entities, split an alias off one. Kept as judgement rows, so
they survive re-ingesting and new documents; the resolved graph is refreshed after each."""
from __future__ import annotations

import datetime as dt

from claimgraph.errors import ClaimgraphError
from claimgraph.ids import content_hash
from claimgraph.model import CanonicalEntity, Judgement
from claimgraph.store.database import Store
from claimgraph.store.queries import find_entity
from claimgraph.store.resolution import refresh_resolution


class CorrectionError(ClaimgraphError):
    pass


def merge(store: Store, left: str, right: str, note: str = "") -> Judgement:
    """Record that two entities (names, aliases or ids) are one; returns the judgement stored."""
    a, b = _entity(store, left), _entity(store, right)
    if a.id == b.id:
        raise CorrectionError(f"{left!r} and {right!r} are already one entity ({a.name})")
    return _judge(store, "merge", a.name, b.name, note)


def split(store: Store, entity: str, alias: str, note: str = "") -> Judgement:
    """Record that the mentions named `alias` are not the entity `entity`."""
    found = _entity(store, entity)
    names = {found.name.casefold(), *(a.casefold() for a in found.aliases or ())}
    if alias.casefold() not in names:
        raise CorrectionError(f"{found.name} has no alias {alias!r}; its aliases: "
                              f"{', '.join(found.aliases or ()) or '(none)'}")
    return _judge(store, "split", found.name, alias, note)


def _entity(store: Store, name: str) -> CanonicalEntity:
    found = find_entity(store, name)
    if not found:
        raise CorrectionError(f"no entity named {name!r}")
    return found


def _judge(store: Store, kind: str, left: str, right: str, note: str) -> Judgement:
    now = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    judgement = Judgement(id=content_hash(kind, left, right, now), kind=kind, left=left, right=right,
                          created=now, note=note)
    store.add_judgement(judgement)
    refresh_resolution(store)
    return judgement

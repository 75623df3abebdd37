"""Analysts' merge and split, as the API and the entity page's forms apply them."""
from __future__ import annotations

from fastapi import HTTPException

from claimgraph import views
from claimgraph.store import Store, corrections, queries


def apply(store: Store, kind: str, left: str, right: str, note: str = "") -> views.Correction:
    """Record a merge (left, right = two entities) or a split (left = entity, right = alias).

    Answers the judgement stored and the entity it leaves `left` in; 409 with the reason when the
    correction does not fit the store as it is (unknown entity, alias not on the entity, already one
    entity): the request itself is well formed, so not a 400."""
    correct = corrections.merge if kind == "merge" else corrections.split
    try:
        judgement = correct(store, left, right, note=note)
    except corrections.CorrectionError as err:
        raise HTTPException(409, str(err)) from err
    entity = queries.find_entity(store, judgement.left)
    return views.Correction(judgement=judgement,
                            entity=views.EntityNames(id=entity.id, name=entity.name, aliases=entity.aliases or ())
                            if entity else None)

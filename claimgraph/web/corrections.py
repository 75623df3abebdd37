"""Analysts' merge and split, as the API and the entity page's forms apply them."""
from __future__ import annotations

from fastapi import HTTPException

from claimgraph import views
from claimgraph.store import Store, corrections, queries


def apply(store: Store, kind: str, left: str, right: str, note: str = "",
          force: bool = False) -> views.Correction:
    """Record a merge (left, right = two entities) or a split (left = entity, right = alias).

    Entities are named exactly (id, or a whole name or alias). Answers the judgement stored and
    the entity it leaves `left` in; 409 with the reason when the correction does not fit the store
    as it is (unknown or ambiguous entity, types that differ without `force`, alias not on the
    entity, a split that would change nothing, already one entity): the request itself is well
    formed, so not a 400."""
    try:
        if kind == "merge":
            judgement = corrections.merge(store, left, right, note=note, force=force)
        else:
            judgement = corrections.split(store, left, right, note=note)
    except corrections.CorrectionError as err:
        raise HTTPException(409, str(err)) from err
    entity = queries.find_entity(store, judgement.left)
    return views.Correction(judgement=judgement,
                            entity=views.EntityNames(id=entity.id, name=entity.name, aliases=entity.aliases or ())
                            if entity else None)

"""Reference events: other datasets' rows (ACLED's), stored as they were read, to compare with."""
from __future__ import annotations

from collections.abc import Iterable

import sqlalchemy as sa

from claimgraph.errors import StoreError
from claimgraph.model import ReferenceEvent
from claimgraph.store import schema
from claimgraph.store.database import Store
from claimgraph.store.rows import to_row


def add_references(store: Store, references: Iterable[ReferenceEvent]) -> tuple[int, int]:
    """Store the reference events not stored yet, in one transaction: (added, already stored)."""
    table = schema.reference_events
    references = list({r.id: r for r in references}.values())
    try:
        with store.engine.begin() as conn:
            stored = {row[0] for row in conn.execute(sa.select(table.c.id))}
            new = [to_row(r) for r in references if r.id not in stored]
            if new:
                conn.execute(table.insert(), new)
    except sa.exc.SQLAlchemyError as err:
        raise StoreError(f"could not store the reference events: {str(err).splitlines()[0]}") from err
    return len(new), len(references) - len(new)


def references(store: Store, dataset: str) -> list[ReferenceEvent]:
    """A dataset's reference events by date, then by their own id."""
    table = schema.reference_events
    return sorted(store.load(ReferenceEvent, table, table.c.dataset == dataset),
                  key=lambda r: (r.date, r.reference_id, r.id))

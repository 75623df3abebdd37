"""Converting records to rows and back, by the same rules schema.py uses to build the tables."""
from __future__ import annotations

import dataclasses
import functools
import typing

from claimgraph import model
from claimgraph.store.schema import unwrap_optional


@functools.cache
def _hints(record_class) -> dict:
    return typing.get_type_hints(record_class)


def _tuple_item_class(hint):
    """The dataclass inside tuple[X, ...] (for nested records stored as JSON), else None."""
    hint = unwrap_optional(hint)
    if typing.get_origin(hint) is tuple:
        item = typing.get_args(hint)[0]
        return item if dataclasses.is_dataclass(item) else None
    return None


def to_row(record, **extra) -> dict:
    row = {}
    for f in dataclasses.fields(record):
        value = getattr(record, f.name)
        if isinstance(value, model.Evidence):
            row.update({f"evidence_{k}": v for k, v in dataclasses.asdict(value).items()})
        elif isinstance(value, tuple):
            row[f.name] = [dataclasses.asdict(v) if dataclasses.is_dataclass(v) else v for v in value]
        else:
            row[f.name] = value
    row.update(extra)
    return row


def from_row(record_class, row) -> typing.Any:
    mapping = dict(row._mapping) if hasattr(row, "_mapping") else dict(row)
    hints = _hints(record_class)
    kwargs = {}
    for f in dataclasses.fields(record_class):
        hint = hints[f.name]
        if hint is model.Evidence:
            kwargs[f.name] = model.Evidence(**{k: mapping[f"evidence_{k}"]
                                               for k in _hints(model.Evidence)})
            continue
        if f.name not in mapping:
            continue
        value = mapping[f.name]
        item_class = _tuple_item_class(hint)
        if isinstance(value, list):
            value = tuple(from_row(item_class, v) for v in value) if item_class else tuple(value)
        kwargs[f.name] = value
    return record_class(**kwargs)

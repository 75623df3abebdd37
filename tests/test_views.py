"""The read model: every view a frozen dataclass, written as JSON in its field order."""
from __future__ import annotations

import dataclasses
import inspect
import json

import pytest

from claimgraph import views

VIEWS = [cls for _, cls in inspect.getmembers(views, inspect.isclass)
         if cls.__module__ == views.__name__]


@pytest.mark.parametrize("view", VIEWS, ids=lambda cls: cls.__name__)
def test_every_view_is_a_frozen_dataclass(view):
    assert dataclasses.is_dataclass(view) and view.__dataclass_params__.frozen


REF = views.NamedRef(id="e1", name="Varnek")
PAGE = views.Page(items=(REF,), total=2, limit=1, offset=0, next_offset=1)


@pytest.mark.parametrize("value, written", [
    (REF, '{"id": "e1", "name": "Varnek"}'),
    ([REF, REF], '[{"id": "e1", "name": "Varnek"}, {"id": "e1", "name": "Varnek"}]'),
    (PAGE, '{"items": [{"id": "e1", "name": "Varnek"}], "total": 2, "limit": 1, "offset": 0, "next_offset": 1}'),
    ({"added": ("a.txt",)}, '{"added": ["a.txt"]}'),     # plain data passes through
])
def test_plain_keeps_field_order(value, written):
    assert json.dumps(views.plain(value)) == written


@pytest.mark.parametrize("figures, shown", [
    ([44, 52, 50, 44], "44–52"),          # the range the values span, an en dash between
    (["52", "44"], "44–52"),              # contradiction values are stored as text
    ([12, None, 12], "12"),
    ([None], None),
    ([], None),
])
def test_figure_range(figures, shown):
    assert views.figure_range(figures) == shown


@pytest.mark.parametrize("date, precision, shown", [
    ("--09-01", None, "1 Sep, year unknown"),       # never "--09-01"
    ("2013-09-01", "day", "1 Sep 2013"),
    ("2013-10", "month", "Oct 2013"),
    (None, None, "undated"),
])
def test_date_label(date, precision, shown):
    assert views.date_label(date, precision, unknown="undated") == shown

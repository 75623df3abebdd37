"""Contradictions: each disagreement recorded with every value and its source."""
from __future__ import annotations

import pytest

from claimgraph.model import Event
from claimgraph.resolve.contradictions import find_contradictions
from tests.resolve.test_events import report


def contradictions(*reports):
    event = Event("e", "ASSAULT", tuple(r.id for r in reports))
    return {c.field: sorted(v.value for v in c.values)
            for c in find_contradictions([event], {r.id: r for r in reports}, {})}


@pytest.mark.parametrize("reports, expected", [
    ([report("1", "a", killed=44), report("2", "b", killed=52)], {"killed": ["44", "52"]}),
    ([report("1", "a", killed=52), report("2", "b", killed=52)], {}),
    ([report("1", "a", killed=52), report("2", "b")], {}),
    ([report("1", "a"), report("2", "b", modality="denied")], {"occurred": ["denied", "occurred"]}),
    ([report("1", "a", date="2020-01-05"), report("2", "b", date="2020-01-07")],
     {"date": ["2020-01-05", "2020-01-07"]}),
    ([report("1", "a", date="2020-01-05"), report("2", "b", date="2020-01", precision="month")], {}),
    # "last night" and "today": a day apart is one date.
    ([report("1", "a", date="2020-01-05"), report("2", "b", date="2020-01-06")], {}),
    # Reported on the 9th: it happened on or before, so the 5th agrees; the 12th does not.
    ([report("1", "a", date="2020-01-05"), report("2", "b", date="2020-01-09", relation="by")], {}),
    ([report("1", "a", date="2020-01-12"), report("2", "b", date="2020-01-09", relation="by")],
     {"date": ["2020-01-09", "2020-01-12"]}),
    ([report("1", "a", location="camp"), report("2", "b", location="city")], {"location": ["camp", "city"]}),
    ([report("1", "a", actors=["army"]), report("2", "b", actors=["militia"])], {"actor": ["army", "militia"]}),
    ([report("1", "a", actors=["army"]), report("2", "b", actors=["army", "militia"])], {}),
])
def test_disagreements(reports, expected):
    assert contradictions(*reports) == expected


def test_each_value_keeps_its_document_and_the_source_it_cites():
    from dataclasses import replace
    ministry = replace(report("1", "a", killed=155), attributed_to="a:ministry")
    coalition = replace(report("2", "b", modality="denied", killed=140), attributed_to="b:coalition")
    plain = report("3", "c", killed=150)
    event = Event("e", "ASSAULT", ("1", "2", "3"))
    found = find_contradictions([event], {r.id: r for r in (ministry, coalition, plain)},
                                {"a:ministry": "Health Ministry", "b:coalition": "Coalition"})
    killed = {c.field: {(v.value, v.doc_id, v.attributed_to) for v in c.values} for c in found}["killed"]
    assert killed == {("155", "a", "Health Ministry"), ("140", "b", "Coalition"), ("150", "c", None)}

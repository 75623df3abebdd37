"""Rule ids are recorded inside a tracing block only, by kind, nested blocks apart."""
from __future__ import annotations

from claimgraph.extract.trace import fired, refire, tracing, unique


def test_outside_a_tracing_block_nothing_is_recorded():
    fired("argument:subject")   # no error, nowhere to go


def test_a_block_collects_the_ids_of_its_kinds_and_nested_blocks_collect_apart():
    with tracing("trigger") as outer:
        fired("trigger:ASSAULT.attack")
        fired("argument:subject")        # another kind: not the trigger's reason
        with tracing() as inner:
            fired("date:in_own_clause")
        refire(["trigger:same_type_group"])
    assert outer == ["trigger:ASSAULT.attack", "trigger:same_type_group"]
    assert inner == ["date:in_own_clause"]


def test_unique_keeps_the_first_order():
    assert unique(["a:x", "b:y", "a:x"]) == ("a:x", "b:y")

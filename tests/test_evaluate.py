"""The table, the SCORE-line reading and the pinning of `make eval`, without running any harness."""
from __future__ import annotations

import pytest

from claimgraph.evaluate import (YARDSTICKS, Yardstick, evaluate, loosened, measure, pin, score_line, score_value, table,
                                 verdict, yardstick_of)


def bounds(floors=None, ceilings=None) -> dict:
    return {"_about": "kept", "floors": floors or {}, "ceilings": ceilings or {}}


@pytest.mark.parametrize("text, value", [
    ("0.5120", 0.512),
    ("14/82", 14 / 82),
    ("0/0", 1.0),           # nothing to get right is nothing missed, as the seed scorer counts it
    ("12", 12.0),
    ("na", None),
    ("none", None),
    ("core", None),
])
def test_score_value(text, value):
    assert score_value(text) == (pytest.approx(value) if value is not None else None)


@pytest.mark.parametrize("output, expected", [
    ("progress\nSCORE a=1 b=0.5 topics=core\n", {"a": "1", "b": "0.5", "topics": "core"}),
    ("SCORE gold_mentions=3\nlater table\nSCORE conll=0.5\n", {"conll": "0.5"}),  # the last one counts
    ("SCORE crashed=16,22 x=1/2", {"crashed": "16,22", "x": "1/2"}),
])
def test_score_line(output, expected):
    assert score_line(output) == expected


def test_score_line_is_required():
    with pytest.raises(RuntimeError, match="no SCORE line"):
        score_line("Traceback ...\n")


@pytest.mark.parametrize("pinned, figures, floors, ceilings", [
    # a floor rises to the measured value, rounded down to 3 decimals
    (bounds({"dev.pair_f1": 0.8}), {"dev.pair_f1": 0.81479}, {"dev.pair_f1": 0.814}, {}),
    # a value on the third decimal stays there despite float noise (1 - 0.9 < 0.1, 0.1 + 0.2 > 0.3)
    (bounds({"x.share": 0.05}), {"x.share": 1 - 0.9}, {"x.share": 0.1}, {}),
    (bounds(ceilings={"x.share": 0.5}), {"x.share": 0.1 + 0.2}, {}, {"x.share": 0.3}),
    # a floor never falls
    (bounds({"dev.dates": 0.2}), {"dev.dates": 0.15}, {"dev.dates": 0.2}, {}),
    # a ceiling falls to the measured value, rounded up
    (bounds(ceilings={"dev.duplicates": 50}), {"dev.duplicates": 41.0}, {}, {"dev.duplicates": 41.0}),
    (bounds(ceilings={"x.share": 0.5}), {"x.share": 0.12341}, {}, {"x.share": 0.124}),
    # a ceiling never rises
    (bounds(ceilings={"dev.furniture_extracted": 25}), {"dev.furniture_extracted": 30.0}, {},
     {"dev.furniture_extracted": 25}),
    # figures not measured (another yardstick) stay; measured figures not pinned are not added
    (bounds({"ecbplus.conll": 0.5, "dev.dates": 0.1}), {"dev.dates": 0.3, "dev.modality": 0.9},
     {"ecbplus.conll": 0.5, "dev.dates": 0.3}, {}),
])
def test_pin(pinned, figures, floors, ceilings):
    tightened = pin(pinned, figures)
    assert tightened == {"_about": "kept", "floors": floors, "ceilings": ceilings}
    assert not loosened(pinned, tightened)


@pytest.mark.parametrize("before, after, loose", [
    (bounds({"a.x": 0.5}), bounds({"a.x": 0.6}), []),
    (bounds({"a.x": 0.5}), bounds({"a.x": 0.4}), ["a.x"]),
    (bounds({"a.x": 0.5}), bounds({"a.x": 0.5, "b.y": 0.1}), []),          # a new floor lowers nothing
    (bounds(ceilings={"a.n": 3}), bounds(ceilings={"a.n": 3, "b.n": 9}), []),  # nor does a new ceiling
    (bounds({"a.x": 0.5}), bounds(), ["a.x"]),                             # dropping one loosens it
    (bounds(ceilings={"a.n": 3}), bounds(ceilings={"a.n": 4}), ["a.n"]),
    (bounds(ceilings={"a.n": 3}), bounds(ceilings={"a.n": 2}), []),
])
def test_loosened(before, after, loose):
    assert loosened(before, after) == loose


@pytest.mark.parametrize("name, value, pinned, expected", [
    ("a.x", 0.5, bounds({"a.x": 0.5}), ""),
    ("a.x", 0.5 - 1e-12, bounds({"a.x": 0.5}), ""),
    ("a.x", 0.49, bounds({"a.x": 0.5}), "below floor"),
    ("a.n", 3.0, bounds(ceilings={"a.n": 3}), ""),
    ("a.n", 4.0, bounds(ceilings={"a.n": 3}), "above ceiling"),
    ("a.y", 0.0, bounds(), ""),
])
def test_verdict(name, value, pinned, expected):
    assert verdict(name, value, pinned) == expected


def test_table_groups_figures_by_yardstick_with_their_bounds():
    figures = {"seeds.composite": 0.97, "dev.duplicates": 51.0, "dev.dates": 0.25}
    printed = table(figures, {"seeds": 30.2, "dev": 14.6},
                    bounds({"seeds.composite": 0.96}, {"dev.duplicates": 50}))
    assert printed.splitlines() == [
        f"{'figure':46s} {'value':>8s} {'pinned':>10s}",
        "seeds (30 s)",
        f"  {'seeds.composite':44s}    0.970   >= 0.960",
        "dev (15 s)",
        f"  {'dev.duplicates':44s}   51.000  <= 50.000  above ceiling",
        f"  {'dev.dates':44s}    0.250",
    ]


@pytest.mark.parametrize("figure, yardstick, slow", [
    ("seeds.composite", "seeds", False),
    ("dev.pair_f1", "dev", False),
    ("names.all.f1", "names", False),
    ("ecbplus.conll", "ecbplus", True),
    ("ecbplus_test.conll", "ecbplus_test", True),
    ("tempeval.platinum.day", "tempeval", True),
])
def test_yardstick_of(figure, yardstick, slow):
    assert (yardstick_of(figure).name, yardstick_of(figure).slow) == (yardstick, slow)
    assert yardstick in YARDSTICKS


def test_a_failing_yardstick_leaves_the_others_to_run(monkeypatch, tmp_path):
    def broken(cli, shared, work):
        raise RuntimeError("the harness printed no SCORE line")

    monkeypatch.setitem(YARDSTICKS, "seeds", Yardstick("seeds", broken, slow=False))
    monkeypatch.setitem(YARDSTICKS, "dev", Yardstick("dev", lambda cli, shared, work: {"pair_f1": 0.8}, slow=False))
    figures, seconds, failures = measure("claimgraph", tmp_path, ["seeds", "dev"])
    assert (figures, sorted(seconds), failures) == (
        {"dev.pair_f1": 0.8}, ["dev", "seeds"], {"seeds": "the harness printed no SCORE line"})
    with pytest.raises(RuntimeError, match="seeds: the harness printed no SCORE line"):
        evaluate("claimgraph", tmp_path, ["seeds", "dev"])

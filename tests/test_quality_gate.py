"""The quality gate: the seed scorecard and both peer figures may not drop below pinned floors.

Floors live in quality-floors.json. A floor may only be lowered on purpose: any commit that
lowers one must say so in its message ("lower quality floor: <figure>, because ...").
"""
from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from claimgraph.evaluate import evaluate
from tests.conftest import REPO, SHARED

PINNED = json.loads((REPO / "quality-floors.json").read_text())
LOWERING_NOTE = "lower quality floor"


@pytest.fixture(scope="module")
def figures():
    if not (SHARED / "eval" / "score.py").exists():
        pytest.skip(f"the scorers are not at {SHARED / 'eval'}")
    cli = shutil.which("claimgraph", path=str(REPO / ".venv" / "bin")) or shutil.which("claimgraph")
    return evaluate(cli or str(REPO / ".venv" / "bin" / "claimgraph"), SHARED)


@pytest.mark.parametrize("name", sorted(PINNED["floors"]))
def test_figure_is_not_below_its_floor(figures, name):
    assert figures[name] >= PINNED["floors"][name] - 1e-9, f"{name} = {figures[name]:.3f}"


@pytest.mark.parametrize("name", sorted(PINNED["ceilings"]))
def test_figure_is_not_above_its_ceiling(figures, name):
    assert figures[name] <= PINNED["ceilings"][name] + 1e-9, f"{name} = {figures[name]:.3f}"


def _history():
    """(commit message, floors before, floors after) for each commit that changed the floors file."""
    log = subprocess.run(["git", "log", "--format=%H", "--", "quality-floors.json"], cwd=REPO,
                         capture_output=True, text=True)
    if log.returncode:
        pytest.skip("not a git checkout")
    for commit in log.stdout.split():
        message = subprocess.run(["git", "log", "-1", "--format=%B", commit], cwd=REPO,
                                 capture_output=True, text=True).stdout
        after = subprocess.run(["git", "show", f"{commit}:quality-floors.json"], cwd=REPO,
                               capture_output=True, text=True)
        before = subprocess.run(["git", "show", f"{commit}~1:quality-floors.json"], cwd=REPO,
                                capture_output=True, text=True)
        if after.returncode == 0 and before.returncode == 0:
            yield message, json.loads(before.stdout), json.loads(after.stdout)


def test_floors_are_only_lowered_on_purpose():
    for message, before, after in _history():
        lowered = [k for k, v in before["floors"].items() if after["floors"].get(k, -1) < v]
        raised = [k for k, v in before["ceilings"].items() if after["ceilings"].get(k, 1e9) > v]
        if lowered or raised:
            assert LOWERING_NOTE in message.lower(), f"{lowered + raised} loosened without saying why: {message!r}"

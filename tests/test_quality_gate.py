"""The quality gate: no pinned figure may fall below its floor or rise above its ceiling.

Floors and ceilings live in quality-floors.json. One may only be loosened on purpose: any commit
that lowers a floor or raises a ceiling must say so in its message ("lower quality floor:
<figure>, because ..."). The yardsticks that take minutes (ECB+, TempEval) are checked under the
`slow` marker, which `make test` leaves out and .ci/run includes.
"""
from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from claimgraph.evaluate import FLOORS_FILE, evaluate, loosened, verdict, yardstick_of
from tests.conftest import REPO, SHARED

PINNED = json.loads(FLOORS_FILE.read_text())
LOWERING_NOTE = "lower quality floor"


def _gated(section: str) -> list:
    """The figures of one section, those of slow yardsticks marked slow."""
    return [pytest.param(name, marks=pytest.mark.slow) if yardstick_of(name).slow else name
            for name in sorted(PINNED[section])]


@pytest.fixture(scope="module")
def figure():
    """figure(name) -> its measured value; each yardstick runs once, when a figure of it is first asked."""
    if not (SHARED / "eval" / "score.py").exists():
        pytest.skip(f"the scorers are not at {SHARED / 'eval'}")
    cli = shutil.which("claimgraph", path=str(REPO / ".venv" / "bin")) or shutil.which("claimgraph")
    cli = cli or str(REPO / ".venv" / "bin" / "claimgraph")
    measured = {}

    def value(name: str) -> float:
        yardstick = yardstick_of(name).name
        if yardstick not in measured:
            measured[yardstick] = evaluate(cli, SHARED, only=[yardstick])
        assert name in measured[yardstick], f"{yardstick} no longer reports {name}"
        return measured[yardstick][name]
    return value


@pytest.mark.parametrize("name", _gated("floors"))
def test_figure_is_not_below_its_floor(figure, name):
    value = figure(name)
    assert not verdict(name, value, PINNED), f"{name} = {value:.3f} < {PINNED['floors'][name]}"


@pytest.mark.parametrize("name", _gated("ceilings"))
def test_figure_is_not_above_its_ceiling(figure, name):
    value = figure(name)
    assert not verdict(name, value, PINNED), f"{name} = {value:.3f} > {PINNED['ceilings'][name]}"


def _history():
    """(commit message, bounds before, bounds after) for each commit that changed the floors file."""
    log = subprocess.run(["git", "log", "--format=%H", "--", FLOORS_FILE.name], cwd=REPO,
                         capture_output=True, text=True)
    if log.returncode:
        pytest.skip("not a git checkout")
    for commit in log.stdout.split():
        message = subprocess.run(["git", "log", "-1", "--format=%B", commit], cwd=REPO,
                                 capture_output=True, text=True).stdout
        after = subprocess.run(["git", "show", f"{commit}:{FLOORS_FILE.name}"], cwd=REPO,
                               capture_output=True, text=True)
        before = subprocess.run(["git", "show", f"{commit}~1:{FLOORS_FILE.name}"], cwd=REPO,
                                capture_output=True, text=True)
        if after.returncode == 0 and before.returncode == 0:
            yield message, json.loads(before.stdout), json.loads(after.stdout)


def test_floors_are_only_lowered_on_purpose():
    for message, before, after in _history():
        loose = loosened(before, after)
        if loose:
            assert LOWERING_NOTE in message.lower(), f"{loose} loosened without saying why: {message!r}"

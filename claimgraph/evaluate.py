"""`make eval`: the seed scorecard and both peer harnesses, in one compact table.

    python -m claimgraph.evaluate [--shared ../shared] [--cli .venv/bin/claimgraph] [--json]

Runs the scorers shipped in shared/eval as they are (they are the yardstick, not ours to edit):
the seed scorer on an export of the seed corpus, plover_gsr.py on the PLOVER gold records and
name_bench.py on the OpenSanctions name pairs. The figures are what tests/test_quality_gate.py
compares with the floors pinned in quality-floors.json.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _run(command: list[str], env: dict | None = None) -> str:
    done = subprocess.run(command, capture_output=True, text=True, env={**os.environ, **(env or {})})
    if done.returncode:
        raise RuntimeError(f"{' '.join(command[:3])} failed ({done.returncode}): {done.stderr[-1500:]}")
    return done.stdout


def seed_figures(cli: str, shared: Path, work: Path) -> dict:
    env = {"CLAIMGRAPH_DB": str(work / "seeds.db")}
    _run([cli, "ingest", str(shared / "corpus" / "seeds")], env)
    _run([cli, "export", "--format", "json", "--output", str(work / "seeds.json")], env)
    return json.loads(_run([sys.executable, str(shared / "eval" / "score.py"), "--gold",
                            str(shared / "eval" / "seeds.gold.yaml"), "--export", str(work / "seeds.json"), "--json"]))


def plover_figures(cli: str, shared: Path, work: Path) -> dict:
    return json.loads(_run([sys.executable, str(shared / "eval" / "plover_gsr.py"), "run", "--cli", cli,
                            "--keep", str(work / "plover"), "--json"]))


def name_figures(cli: str, shared: Path) -> dict:
    return json.loads(_run([sys.executable, str(shared / "eval" / "name_bench.py"), "--cli", cli, "--json"]))


def ratio(value) -> float:
    """Scorer figures are floats or [hits, total] pairs; both become one number in [0, 1]."""
    if isinstance(value, list):
        return value[0] / value[1] if value[1] else 1.0
    return float(value)


def evaluate(cli: str, shared: Path) -> dict[str, float]:
    work = Path(tempfile.mkdtemp(prefix="claimgraph-eval-"))
    try:
        seeds = seed_figures(cli, shared, work)
        plover = plover_figures(cli, shared, work)
        names = name_figures(cli, shared)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    figures = {f"seeds.{k}": ratio(v) for k, v in seeds.items() if isinstance(v, (int, float, list))}
    figures.update({f"plover.{k}": ratio(plover[k]) for k in
                    ("type_recall", "type_precision", "source_right", "target_right", "dead_right")})
    for group, key in (("all", "all"), ("person", "schema:Person"), ("organization", "schema:Organization"),
                       ("company", "schema:Company")):
        if key in names:
            figures[f"names.{group}.f1"] = names[key]["f1"]
            figures[f"names.{group}.best_f1"] = names[key]["best_f1"]
    return figures


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=str(REPO.parent / "shared"), help="the shared/ folder")
    parser.add_argument("--cli", default=str(Path(sys.executable).with_name("claimgraph")))
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    figures = evaluate(args.cli, Path(args.shared))
    if args.json:
        print(json.dumps(figures, indent=1))
        return 0
    pinned = json.loads((REPO / "quality-floors.json").read_text())
    print(f"{'figure':40s} {'value':>8s} {'pinned':>8s}")
    for name, value in figures.items():
        floor, ceiling = pinned["floors"].get(name), pinned["ceilings"].get(name)
        bound = floor if floor is not None else ceiling
        failing = (floor is not None and value < floor) or (ceiling is not None and value > ceiling)
        print(f"{name:40s} {value:8.3f} {'' if bound is None else f'{bound:8.3f}'}"
              f"{'  below floor' if failing and floor is not None else '  above ceiling' if failing else ''}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""`make eval`: every yardstick in shared/eval, in one table beside the pinned floors and ceilings.

    python -m claimgraph.evaluate [--shared ../shared] [--cli .venv/bin/claimgraph]
                                  [--only seeds,dev] [--json] [--pin]

Runs the scorers shipped in shared/eval as they are (they are the yardstick, not ours to edit):
the seed scorer on an export of the seed corpus (`seeds`) and of the dev set (`dev`), plover_gsr.py
on the PLOVER gold records, name_bench.py on the OpenSanctions name pairs, ecbplus_eval.py on the
ECB+ core violence topics (`ecbplus`) and on the field's test topics 36-45 (`ecbplus_test`,
reported, never pinned), and te3_eval.py on TempEval-3 (`tempeval`; its platinum test set is
reported beside, never pinned). The figures are what tests/test_quality_gate.py compares with the
floors and ceilings in quality-floors.json; the ECB+ and TempEval runs take minutes, so the gate
checks them under the `slow` marker only.

`--pin` writes the measured figures into quality-floors.json for the figures already pinned there:
a floor rises to the measured value (rounded down to 3 decimals), a ceiling falls to it (rounded
up); neither ever loosens. To gate a new figure, add its key by hand (floor 0, or a ceiling above
any value) and run `--pin`.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

REPO = Path(__file__).resolve().parents[1]
FLOORS_FILE = REPO / "quality-floors.json"
SLACK = 1e-9  # a figure equal to its bound, up to float noise, meets it


def _run(command: list[str], env: dict | None = None, allowed: tuple[int, ...] = (0,)) -> str:
    done = subprocess.run(command, capture_output=True, text=True, env={**os.environ, **(env or {})})
    if done.returncode not in allowed:
        raise RuntimeError(f"{' '.join(command[:3])} failed ({done.returncode}): {done.stderr[-1500:]}")
    return done.stdout


def ratio(value) -> float:
    """Scorer figures are floats or [hits, total] pairs; both become one number in [0, 1]."""
    if isinstance(value, list):
        return value[0] / value[1] if value[1] else 1.0
    return float(value)


def score_line(output: str) -> dict[str, str]:
    """The `key=value` pairs of a harness's last line that starts with SCORE."""
    lines = [line for line in output.splitlines() if line.startswith("SCORE")]
    if not lines:
        raise RuntimeError(f"the harness printed no SCORE line: {output[-1500:]}")
    return dict(pair.split("=", 1) for pair in lines[-1].split()[1:] if "=" in pair)


def score_value(text: str) -> float | None:
    """A SCORE value as a number: '0.512', '14/82' (a share), '12' (a count), or None ('na', 'none')."""
    hits, _, total = text.partition("/")
    try:
        return ratio([float(hits), float(total)]) if total else float(text)
    except ValueError:
        return None


def picked(score: dict[str, str], keys: dict[str, str]) -> dict[str, float]:
    """{figure: value} for the SCORE keys given as {figure: key}, those printed as numbers."""
    values = {figure: score_value(score[key]) for figure, key in keys.items() if key in score}
    return {figure: value for figure, value in values.items() if value is not None}


def crashed(score: dict[str, str]) -> float:
    """How many topics or runs the harness reports as crashed ('none', or a comma list)."""
    listed = score.get("crashed", "none")
    return 0.0 if listed == "none" else float(len(listed.split(",")))


def _scorecard(cli: str, shared: Path, work: Path, corpus: Path, gold: str) -> dict[str, float]:
    env = {"CLAIMGRAPH_DB": str(work / f"{gold}.db")}
    # ingest exits 1 when it skipped some inputs; the scorecard then shows what is missing
    _run([cli, "ingest", str(corpus)], env, allowed=(0, 1))
    _run([cli, "export", "--format", "json", "--output", str(work / f"{gold}.json")], env)
    card = json.loads(_run([sys.executable, str(shared / "eval" / "score.py"), "--gold",
                            str(shared / "eval" / f"{gold}.gold.yaml"), "--export", str(work / f"{gold}.json"),
                            "--json"]))
    return {k: ratio(v) for k, v in card.items() if isinstance(v, (int, float, list))}


def seed_figures(cli: str, shared: Path, work: Path) -> dict[str, float]:
    return _scorecard(cli, shared, work, shared / "corpus" / "seeds", "seeds")


def dev_figures(cli: str, shared: Path, work: Path) -> dict[str, float]:
    return _scorecard(cli, shared, work, shared / "corpus" / "dev.jsonl", "dev")


def plover_figures(cli: str, shared: Path, work: Path) -> dict[str, float]:
    scores = json.loads(_run([sys.executable, str(shared / "eval" / "plover_gsr.py"), "run", "--cli", cli,
                              "--keep", str(work / "plover"), "--json"]))
    return {k: ratio(scores[k]) for k in ("type_recall", "type_precision", "source_right", "target_right",
                                          "dead_right")}


def name_figures(cli: str, shared: Path, work: Path) -> dict[str, float]:
    scores = json.loads(_run([sys.executable, str(shared / "eval" / "name_bench.py"), "--cli", cli, "--json"]))
    figures = {}
    for group, key in (("all", "all"), ("person", "schema:Person"), ("organization", "schema:Organization"),
                       ("company", "schema:Company")):
        if key in scores:
            figures[f"{group}.f1"] = scores[key]["f1"]
            figures[f"{group}.best_f1"] = scores[key]["best_f1"]
    return figures


# ECB+ SCORE keys: CoNLL F1 on the mentions claimgraph matched, the same-lemma baseline on those
# mentions, document pairs of one gold event joined, mention recall, and the negative control
# (ASSAULT/COERCE reports in non-violent topics; printed only when such topics are run).
ECBPLUS_KEYS = {"conll": "conll", "lemma_conll": "lemma_conll", "docpair_join": "docpair_join",
                "docpair_join_lemma": "docpair_join_lemma", "mention_recall": "mention_recall",
                "offtopic_violent_reports": "offtopic_violent_reports"}


def _ecbplus(cli: str, shared: Path, topics: str) -> dict[str, float]:
    score = score_line(_run([sys.executable, str(shared / "eval" / "ecbplus_eval.py"), "--cli", cli,
                             "--topics", topics]))
    return {**picked(score, ECBPLUS_KEYS), "crashed_topics": crashed(score)}


def ecbplus_figures(cli: str, shared: Path, work: Path) -> dict[str, float]:
    return _ecbplus(cli, shared, "core")


def ecbplus_test_figures(cli: str, shared: Path, work: Path) -> dict[str, float]:
    return _ecbplus(cli, shared, "test")


# TempEval SCORE keys (`all_` = the three sets together, `te3_` = the platinum test set): day
# accuracy of event dates with the publication date given and without it, the "every event on the
# publication day" baseline, and inferred publication dates that fall after the real one.
TEMPEVAL_KEYS = {"day": "all_day", "dct_baseline_day": "all_dct_baseline_day", "undated_day": "all_undated_day",
                 "inferred_after_published": "all_docdate_after_dct",
                 "platinum.day": "te3_day", "platinum.dct_baseline_day": "te3_dct_baseline_day",
                 "platinum.undated_day": "te3_undated_day",
                 "platinum.inferred_after_published": "te3_docdate_after_dct"}


def tempeval_figures(cli: str, shared: Path, work: Path) -> dict[str, float]:
    score = score_line(_run([sys.executable, str(shared / "eval" / "te3_eval.py"), "--cli", cli]))
    return {**picked(score, TEMPEVAL_KEYS), "crashed_runs": crashed(score)}


@dataclass(frozen=True)
class Yardstick:
    name: str
    measure: Callable[[str, Path, Path], dict[str, float]]
    slow: bool  # minutes rather than seconds: the gate checks it only under the `slow` marker


YARDSTICKS = {y.name: y for y in (
    Yardstick("seeds", seed_figures, slow=False),
    Yardstick("dev", dev_figures, slow=False),
    Yardstick("plover", plover_figures, slow=False),
    Yardstick("names", name_figures, slow=False),
    Yardstick("ecbplus", ecbplus_figures, slow=True),
    Yardstick("ecbplus_test", ecbplus_test_figures, slow=True),
    Yardstick("tempeval", tempeval_figures, slow=True),
)}


def yardstick_of(figure: str) -> Yardstick:
    return YARDSTICKS[figure.split(".", 1)[0]]


def measure(cli: str, shared: Path, only: list[str] | None = None) -> tuple[dict, dict, dict]:
    """({yardstick.figure: value}, {yardstick: seconds}, {yardstick: why it failed}) for the named
    yardsticks, all by default; one that fails leaves the others to run."""
    figures, seconds, failures = {}, {}, {}
    work = Path(tempfile.mkdtemp(prefix="claimgraph-eval-"))
    try:
        for name in only or YARDSTICKS:
            started = time.monotonic()
            try:
                figures.update({f"{name}.{k}": v for k, v in YARDSTICKS[name].measure(cli, shared, work).items()})
            except (RuntimeError, OSError, ValueError) as failure:
                failures[name] = str(failure)
            seconds[name] = time.monotonic() - started
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return figures, seconds, failures


def evaluate(cli: str, shared: Path, only: list[str] | None = None) -> dict[str, float]:
    figures, _, failures = measure(cli, shared, only)
    if failures:
        raise RuntimeError("; ".join(f"{name}: {why}" for name, why in failures.items()))
    return figures


def verdict(name: str, value: float, pinned: dict) -> str:
    floor, ceiling = pinned["floors"].get(name), pinned["ceilings"].get(name)
    if floor is not None and value < floor - SLACK:
        return "below floor"
    if ceiling is not None and value > ceiling + SLACK:
        return "above ceiling"
    return ""


def table(figures: dict[str, float], seconds: dict[str, float], pinned: dict) -> str:
    """One row per figure, grouped by yardstick: value, the pinned floor (>=) or ceiling (<=), verdict."""
    rows = [f"{'figure':46s} {'value':>8s} {'pinned':>10s}"]
    for group, took in seconds.items():
        rows.append(f"{group} ({took:.0f} s)")
        for name in (n for n in figures if yardstick_of(n).name == group):
            floor, ceiling = pinned["floors"].get(name), pinned["ceilings"].get(name)
            bound = f">= {floor:.3f}" if floor is not None else f"<= {ceiling:.3f}" if ceiling is not None else ""
            rows.append(f"  {name:44s} {figures[name]:8.3f} {bound:>10s}  {verdict(name, figures[name], pinned)}"
                        .rstrip())
    return "\n".join(rows)


def floor3(value: float) -> float:
    return math.floor(value * 1000 + 1e-6) / 1000


def ceil3(value: float) -> float:
    return math.ceil(value * 1000 - 1e-6) / 1000


def pin(pinned: dict, figures: dict[str, float]) -> dict:
    """The pinned bounds tightened to the measured figures: floors only rise, ceilings only fall.

    Only figures already pinned move; those not measured (another yardstick) stay as they are.
    """
    floors = {k: max(v, floor3(figures[k])) if k in figures else v for k, v in pinned["floors"].items()}
    ceilings = {k: min(v, ceil3(figures[k])) if k in figures else v for k, v in pinned["ceilings"].items()}
    return {**pinned, "floors": floors, "ceilings": ceilings}


def loosened(before: dict, after: dict) -> list[str]:
    """Figures whose floor fell or ceiling rose (or that were dropped) from `before` to `after`.

    A figure pinned for the first time loosens nothing.
    """
    lowered = [k for k, v in before["floors"].items() if after["floors"].get(k, -math.inf) < v]
    raised = [k for k, v in before["ceilings"].items() if after["ceilings"].get(k, math.inf) > v]
    return lowered + raised


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=str(REPO.parent / "shared"), help="the shared/ folder")
    parser.add_argument("--cli", default=str(Path(sys.executable).with_name("claimgraph")))
    parser.add_argument("--only", help=f"comma list of yardsticks to run (default all: {','.join(YARDSTICKS)})")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--pin", action="store_true",
                        help="raise the floors and lower the ceilings in quality-floors.json to the measured figures")
    args = parser.parse_args(argv)
    only = args.only.split(",") if args.only else None
    unknown = sorted(set(only or ()) - set(YARDSTICKS))
    if unknown:
        parser.error(f"unknown yardstick {', '.join(unknown)}; known: {', '.join(YARDSTICKS)}")
    figures, seconds, failures = measure(args.cli, Path(args.shared), only)
    pinned = json.loads(FLOORS_FILE.read_text())
    if args.json:
        print(json.dumps(figures, indent=1))
    else:
        print(table(figures, seconds, pinned))
    if args.pin:
        tightened = pin(pinned, figures)
        FLOORS_FILE.write_text(json.dumps(tightened, indent=1) + "\n")
        moved = [k for section in ("floors", "ceilings") for k in pinned[section]
                 if tightened[section][k] != pinned[section][k]]
        print(f"pinned: {', '.join(moved) or 'nothing moved'}", file=sys.stderr)
    for name, why in failures.items():
        print(f"{name} failed: {why}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

"""Issue #17, item 10: `ingest --workers N` leaves no process behind, whether its parent is killed
(kill -9) or stopped with Ctrl-C, and Ctrl-C ends with one line and exit status 130."""
from __future__ import annotations

import os
import random
import re
import signal
import time

import psutil
import pytest

from tests.reliability.store_runs import (articles, claimgraph_command, environment, exported, start_claimgraph,
                                          timed_run, write_articles)

WORKERS = 2
# Seconds allowed for the processes of a killed run to go.
GONE_WITHIN_S = 20


def _gone(process: psutil.Process) -> bool:
    try:
        return process.status() == psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return True


def _wait_until_gone(processes: list[psutil.Process]) -> list[psutil.Process]:
    deadline = time.monotonic() + GONE_WITHIN_S
    while time.monotonic() < deadline and not all(map(_gone, processes)):
        time.sleep(0.2)
    return [p for p in processes if not _gone(p)]


def _workers_started(pid: int, timeout: float = 300) -> list[psutil.Process]:
    """The run's descendants once its WORKERS workers are running."""
    parent, deadline = psutil.Process(pid), time.monotonic() + timeout
    while time.monotonic() < deadline:
        family = parent.children(recursive=True)
        if sum("spawn_main" in " ".join(p.cmdline()) for p in family if not _gone(p)) >= WORKERS:
            return family
        time.sleep(0.2)
    raise AssertionError(f"{WORKERS} workers did not start within {timeout} s")


def test_a_worker_dies_with_its_parent(tmp_path):
    """A pool's worker set up to follow its parent, the parent then killed with SIGKILL."""
    script = ("import sys, time\n"
              "from claimgraph.runners.pool import _WorkerContext\n"
              "from tests.reliability.store_runs import sleep_as_worker\n"
              "if __name__ == '__main__':\n"
              "    import os\n"
              "    worker = _WorkerContext().Process(target=sleep_as_worker, args=(os.getpid(),))\n"
              "    worker.start()\n"
              "    print(worker.pid, flush=True)\n"
              "    time.sleep(600)\n")
    (tmp_path / "parent.py").write_text(script)
    parent = psutil.Popen([claimgraph_command()[0], str(tmp_path / "parent.py")], env=environment(),
                          stdout=-1, text=True)
    worker = psutil.Process(int(parent.stdout.readline()))
    time.sleep(1.0)             # let it reach its sleep, past die_with_parent
    parent.send_signal(signal.SIGKILL)
    parent.wait()
    assert _wait_until_gone([worker]) == []


@pytest.mark.slow
def test_kill_9_of_a_run_with_workers_leaves_no_process(tmp_path):
    folder = write_articles(tmp_path / "articles", articles(16, seed=3))
    rng = random.Random(5)
    for trial in range(3):
        run = start_claimgraph("ingest", folder, "--workers", str(WORKERS), "--db", tmp_path / f"{trial}.db")
        family = _workers_started(run.pid)
        time.sleep(rng.uniform(0, 2))
        run.send_signal(signal.SIGKILL)
        run.communicate()
        assert _wait_until_gone(family) == [], f"trial {trial}: processes left behind"


@pytest.mark.slow
def test_ctrl_c_prints_one_line_exits_130_and_a_rerun_finishes(tmp_path):
    folder = write_articles(tmp_path / "articles", articles(16, seed=3))
    expected_db = tmp_path / "uninterrupted.db"
    timed_run("ingest", folder, "--db", expected_db)
    rng = random.Random(9)
    for trial in range(3):
        db = tmp_path / f"{trial}.db"
        run = start_claimgraph("ingest", folder, "--workers", str(WORKERS), "--db", db, start_new_session=True)
        family = _workers_started(run.pid)
        time.sleep(rng.uniform(0, 3))
        os.killpg(run.pid, signal.SIGINT)                  # what the terminal does on Ctrl-C
        _, stderr = run.communicate(timeout=120)
        assert run.returncode == 130, stderr
        # One line (after the newline that ends the progress bar).
        assert re.fullmatch(r"interrupted; \d+ documents stored(, run again to finish)?", stderr.strip()), stderr
        assert _wait_until_gone(family) == [], f"trial {trial}: processes left behind"
        timed_run("ingest", folder, "--db", db)
        assert exported(db) == exported(expected_db)

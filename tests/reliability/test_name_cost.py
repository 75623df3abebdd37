"""A long name must not poison the store: the work per name is bounded whatever its length.

An 80,000-letter made-up name once took 6.5 GB in blocking (a typo key per letter, each as long
as the word) and a 4.5 MB one ran for hours; every later ingest or merge paid it again.
"""
from __future__ import annotations

import random
import subprocess
import string
import sys
import time

import pytest

from claimgraph.resolve.names import MAX_NAME_CHARS, MAX_TYPO_KEY_LETTERS, blocking_keys, compare
from tests.conftest import REPO

# A real name's keys: a few dozen, a few hundred characters in all.
KEY_CHARACTERS_BOUND = 20 * (MAX_NAME_CHARS + MAX_TYPO_KEY_LETTERS ** 2)


def made_up_name(letters: int) -> str:
    """'the Q… Brigade' with varied letters (one letter repeated would give one typo key, not n)."""
    return "Q" + "".join(random.Random(0).choices(string.ascii_lowercase, k=letters - 1)) + " Brigade"


@pytest.mark.parametrize("letters", [12, 40, 41, 5_000, 80_000, 4_500_000])
def test_blocking_keys_are_bounded(letters):
    name = made_up_name(letters)
    started = time.perf_counter()
    keys = blocking_keys(name, "ORG")
    assert sum(map(len, keys)) < KEY_CHARACTERS_BOUND
    assert time.perf_counter() - started < 1.0


@pytest.mark.parametrize("name, type, typo", [
    ("Mahmoud Abbas", "PERSON", "Mahmud Abbas"),
    ("Ahrar al-Sham", "ORG", "Ahrar al-Cham"),
    ("Bundesverfassungsgericht", "ORG", "Bundesverfasungsgericht"),
])
def test_real_names_keep_their_typo_keys(name, type, typo):
    assert blocking_keys(name, type) & blocking_keys(typo, type)


@pytest.mark.parametrize("a, b, match", [
    (made_up_name(80_000), made_up_name(80_000), True),
    (made_up_name(80_000), made_up_name(79_999), True),      # alike as far as a name is ever read
    (made_up_name(80_000), "Mahmoud Abbas", False),
])
def test_comparing_long_names_is_quick(a, b, match):
    started = time.perf_counter()
    assert compare(a, b, "ORG").match is match
    assert time.perf_counter() - started < 1.0


INGEST_AND_MEASURE = """
import resource, sys
from typer.testing import CliRunner
from claimgraph.cli.main import app
result = CliRunner().invoke(app, ["ingest", sys.argv[1], "--db", sys.argv[2]])
assert result.exit_code == 0, result.output
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
"""


@pytest.mark.slow
def test_ingesting_a_300_kb_name_stays_under_1_gb(tmp_path):
    name = made_up_name(150_000)
    article = tmp_path / "long-name.txt"
    article.write_text(f"Fighters of the {name} attacked a checkpoint near the river on Monday, officials said.\n\n"
                       f"The {name} denied it.\n")
    assert article.stat().st_size > 300_000
    done = subprocess.run([sys.executable, "-c", INGEST_AND_MEASURE, str(article), str(tmp_path / "s.db")],
                          capture_output=True, text=True, cwd=REPO, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    peak_mb = int(done.stdout.split()[-1])
    assert peak_mb < 1000, f"peak {peak_mb} MB"

"""Fixtures shared by the whole suite."""
from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.nlp import load_model

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"


@pytest.fixture(scope="session")
def nlp():
    return load_model()


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    if not SEEDS.is_dir():
        pytest.skip(f"the sample corpus is not at {SEEDS}")
    return SEEDS

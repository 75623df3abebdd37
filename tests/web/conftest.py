"""Fixtures for the web tests: the small hand-made store, and apps over it (read-only and writable)."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from claimgraph.web.app import create_app
from claimgraph.web.settings import WebSettings
from tests.small_store import build_small_store

WRITE_TOKEN = "test-token-5d1f"
# The app answers only the host names it serves (localhost by default), not TestClient's "testserver".
BASE_URL = "http://localhost"


@pytest.fixture(scope="session")
def small_db(tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("web") / "small.db"
    build_small_store(path).close()
    return str(path)


@pytest.fixture(scope="session")
def client(small_db) -> TestClient:
    with TestClient(create_app(WebSettings(db=small_db)), base_url=BASE_URL) as test_client:
        yield test_client


@pytest.fixture
def writable_client(tmp_path) -> TestClient:
    """A fresh store per test, since corrections change it."""
    path = tmp_path / "writable.db"
    build_small_store(path).close()
    with TestClient(create_app(WebSettings(db=str(path), write_token=WRITE_TOKEN)),
                    base_url=BASE_URL) as test_client:
        yield test_client

"""Fixtures for the web tests: the small hand-made store, and apps over it (read-only and writable)."""
from __future__ import annotations

import importlib.util

import pytest

from tests.small_store import build_small_store

WRITE_TOKEN = "test-token-5d1f"
# The app answers only the host names it serves (localhost by default), not TestClient's "testserver".
BASE_URL = "http://localhost"
MISSING = [m for m in ("fastapi", "uvicorn", "jinja2", "httpx") if importlib.util.find_spec(m) is None]
# The mark of a module that needs the web extra and the test extra's HTTP client: without them
# its tests are skipped with this reason instead of failing to import.
needs_web = pytest.mark.skipif(bool(MISSING), reason=f"{', '.join(MISSING)} not installed: "
                                                      "pip install 'claimgraph[web,test]'")


def app_client(settings_db: str, **settings):
    """A TestClient over an app on the store at settings_db (imported here: the web extra may be missing)."""
    from fastapi.testclient import TestClient

    from claimgraph.web.app import create_app
    from claimgraph.web.settings import WebSettings

    return TestClient(create_app(WebSettings(db=settings_db, **settings)), base_url=BASE_URL)


@pytest.fixture(scope="session")
def small_db(tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("web") / "small.db"
    build_small_store(path).close()
    return str(path)


@pytest.fixture(scope="session")
def client(small_db):
    with app_client(small_db) as test_client:
        yield test_client


@pytest.fixture
def writable_client(tmp_path):
    """A fresh store per test, since corrections change it."""
    path = tmp_path / "writable.db"
    build_small_store(path).close()
    with app_client(str(path), write_token=WRITE_TOKEN) as test_client:
        yield test_client

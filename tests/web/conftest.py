"""Fixtures for the web tests: the small hand-made store, and apps over it (read-only and writable)."""
from __future__ import annotations

import pytest

# The web tests need the web extra and the test extra's HTTP client; without them they are
# skipped, each with this reason, rather than failing to import.
for module in ("fastapi", "jinja2", "httpx"):
    pytest.importorskip(module, reason=f"{module} is not installed: pip install 'claimgraph[web,test]'")

from fastapi.testclient import TestClient  # noqa: E402  (after the skip above)

from claimgraph.web.app import create_app  # noqa: E402
from claimgraph.web.settings import WebSettings  # noqa: E402
from tests.small_store import build_small_store  # noqa: E402

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

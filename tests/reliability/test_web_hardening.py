"""The web app against hostile requests: huge offsets, unknown hosts, big and unauthorised bodies,
TRACE, and every error answer carrying the security headers and a declared status; then
schemathesis over /openapi.json, read-only and with the write token."""
from __future__ import annotations

import pytest

from tests.web.conftest import MISSING

pytest.importorskip("fastapi", reason=f"{', '.join(MISSING)} not installed: pip install 'claimgraph[web,test]'")

from fastapi.testclient import TestClient  # noqa: E402  (after the skip above)

from claimgraph.web.app import SECURITY_HEADERS, create_app  # noqa: E402
from claimgraph.web.guard import MAX_BODY_BYTES  # noqa: E402
from claimgraph.web.settings import WebSettings  # noqa: E402
from tests.small_store import build_small_store  # noqa: E402
from tests.web.conftest import BASE_URL, WRITE_TOKEN  # noqa: E402

AUTH = {"Authorization": f"Bearer {WRITE_TOKEN}"}


@pytest.fixture(scope="module")
def store_path(tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("hardening") / "small.db"
    build_small_store(path).close()
    return str(path)


def client_for(store_path: str, **settings) -> TestClient:
    return TestClient(create_app(WebSettings(db=store_path, **settings)), base_url=BASE_URL,
                      raise_server_exceptions=False)


@pytest.fixture(scope="module")
def client(store_path):
    with client_for(store_path) as test_client:
        yield test_client


@pytest.fixture(scope="module")
def writable(store_path):
    with client_for(store_path, write_token=WRITE_TOKEN) as test_client:
        yield test_client


def has_security_headers(answer) -> bool:
    return all(answer.headers.get(name) == value for name, value in SECURITY_HEADERS.items())


@pytest.mark.parametrize("path, status", [
    ("/api/documents?offset=9223372036854775808", 422),      # 2**63: was a plain 500
    ("/api/entities?offset=99999999999999999999999", 422),
    ("/api/events?limit=9223372036854775808", 422),
    ("/api/relations?offset=-1", 422),
    ("/api/documents/no-such-id", 404),
    ("/entities/no-such-id", 404),
    ("/no/such/page", 404),
    ("/api/documents?offset=2147483647", 200),
])
def test_errors_are_declared_answers_with_security_headers(client, path, status):
    answer = client.get(path)
    assert answer.status_code == status and has_security_headers(answer)
    if path.startswith("/api/"):
        assert set(answer.json()) >= ({"error", "status"} if status >= 400 else {"items"})


def test_a_crash_is_a_500_with_security_headers(store_path, monkeypatch):
    from claimgraph.store import queries

    def broken(*args, **kwargs):
        raise RuntimeError("the store fell over")
    monkeypatch.setattr(queries, "stats", broken)
    with client_for(store_path) as test_client:
        answer = test_client.get("/api/stats")
    assert answer.status_code == 500 and has_security_headers(answer)
    assert "fell over" not in answer.text          # no internals shown


@pytest.mark.parametrize("host, status", [
    ("localhost", 200), ("localhost:8000", 200), ("127.0.0.1:8000", 200), ("[::1]:8000", 200),
    ("attacker.example", 400), ("attacker.example:8000", 400), ("", 400),
])
def test_only_the_served_host_names_are_answered(client, host, status):
    answer = client.get("/api/stats", headers={"Host": host})
    assert answer.status_code == status and has_security_headers(answer)


def test_another_host_name_can_be_allowed(store_path):
    with client_for(store_path, allowed_hosts=("claimgraph.internal",)) as test_client:
        assert test_client.get("/api/stats", headers={"Host": "claimgraph.internal"}).status_code == 200
        assert test_client.get("/api/stats", headers={"Host": "localhost"}).status_code == 400


def test_serve_allows_localhost_the_bound_address_and_named_hosts():
    from claimgraph.cli.serve import allowed_hosts
    assert allowed_hosts("127.0.0.1", []) == ("localhost", "127.0.0.1", "[::1]")
    assert allowed_hosts("0.0.0.0", ["Graph.Example"]) == ("localhost", "127.0.0.1", "[::1]", "graph.example")
    assert allowed_hosts("fe80::1", []) == ("localhost", "127.0.0.1", "[::1]", "[fe80::1]")


class CountingBody:
    """A request body that counts how much of it the server reads."""

    def __init__(self, size: int):
        self.size, self.sent = size, 0

    def __iter__(self):
        chunk = b" " * 65536
        while self.sent < self.size:
            self.sent += len(chunk)
            yield chunk


@pytest.mark.parametrize("settings, headers, status", [
    ({}, {}, 403),                                   # read-only server
    ({"write_token": WRITE_TOKEN}, {}, 401),         # no token
    ({"write_token": WRITE_TOKEN}, {"Authorization": "Bearer wrong"}, 403),
])
def test_a_write_without_the_token_is_refused_before_its_body_is_read(store_path, settings, headers, status):
    body = CountingBody(300_000_000)
    with client_for(store_path, **settings) as test_client:
        answer = test_client.post("/api/merge", content=body, headers=headers)
    assert answer.status_code == status and has_security_headers(answer)
    assert body.sent <= 65536


@pytest.mark.parametrize("path", ["/api/merge", "/entities/e1/merge"])
def test_a_body_over_the_limit_is_refused(writable, path):
    declared = writable.post(path, content=b"x" * (MAX_BODY_BYTES + 1), headers=AUTH)
    streamed = writable.post(path, content=CountingBody(MAX_BODY_BYTES * 3), headers=AUTH)
    assert declared.status_code == streamed.status_code == 413
    assert has_security_headers(declared) and has_security_headers(streamed)


@pytest.mark.parametrize("path", ["/", "/api/stats", "/api/merge"])
def test_an_unsupported_method_names_the_allowed_ones(client, path):
    answer = client.request("TRACE", path)
    assert answer.status_code == 405 and answer.headers.get("Allow") and has_security_headers(answer)


def test_openapi_declares_the_error_answers(client):
    paths = client.get("/openapi.json").json()["paths"]
    declared = lambda path, method: set(paths[path][method]["responses"])
    assert {"400", "413", "422"} <= declared("/api/documents", "get")
    assert "404" in declared("/api/entities/{entity_id}", "get")
    assert {"400", "401", "403", "409", "413", "422"} <= declared("/api/merge", "post")


# ----------------------------------------------------------------- schemathesis over /openapi.json
schemathesis = pytest.importorskip("schemathesis",
                                   reason="schemathesis is not installed: pip install 'claimgraph[test]'")
from hypothesis import HealthCheck, given, settings  # noqa: E402  (schemathesis brings hypothesis)

# Per operation and kind of user; 12 operations x 2 in about 25 s here.
FUZZ_EXAMPLES = 30


@pytest.mark.slow
@pytest.mark.parametrize("token", [None, WRITE_TOKEN], ids=["read-only", "write-token"])
def test_api_answers_only_declared_statuses_and_never_5xx(tmp_path, token):
    """All of schemathesis's checks on every operation (no server error, only declared statuses,
    answers matching their schemas), and the security headers on every answer. Driven through
    hypothesis directly: schemathesis's pytest plugin does not run under this pytest."""
    path = tmp_path / "fuzzed.db"
    build_small_store(path).close()
    # schemathesis calls the app as "testserver": a host name configured as allowed.
    app = create_app(WebSettings(db=str(path), write_token=token, allowed_hosts=("testserver",)))
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    headers = AUTH if token else {}
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 12
    schemathesis.checks.load_all_checks()
    every_check = schemathesis.checks.CHECKS.get_all()      # not only those enabled by default

    for operation in operations:
        @given(case=operation.as_strategy())
        @settings(max_examples=FUZZ_EXAMPLES, deadline=None, database=None,
                  suppress_health_check=list(HealthCheck))
        def answers_as_declared(case):
            answer = case.call_and_validate(headers=headers, checks=every_check)
            assert answer.status_code < 500
            assert all(answer.headers.get(name.lower()) == [value] for name, value in SECURITY_HEADERS.items()), \
                (answer.status_code, answer.headers)

        answers_as_declared()

"""Issue #17, item 9: merge and split name exact entities (id, whole name or alias, case aside),
refuse what is ambiguous, of different types, or could change nothing; corrections are listed and
undone. The CLI and the API answer alike."""
from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from claimgraph.cli.main import app
from claimgraph.store import Store, queries
from claimgraph.store.resolution import refresh_resolution
from claimgraph.web.app import create_app
from claimgraph.web.settings import WebSettings
from tests.reliability.store_runs import exported
from tests.web.conftest import BASE_URL
from tests.small_store import Article

TOKEN = "reliability-token-7c2e"


def _articles() -> list[Article]:
    visit = Article("doc0visit000001", "Governor Lena Moravec visited Varenko on Monday.", source="visit.txt")
    visit.entity("gov", "Lena Moravec", "PERSON", "Lena Moravec")
    visit.entity("town", "Varenko", "GPE", "Varenko")
    speech = Article("doc0speech00002", "Moravec said the road to Varenko was open.", source="speech.txt")
    speech.entity("gov", "Moravec", "PERSON", "Moravec")
    speech.entity("town", "Varenko", "GPE", "Varenko")
    # One document names the same man in full and by his surname: one entity there, alias "Dask".
    truce = Article("doc0truce000003", "Omar Dask announced a truce in Tirel. Dask said it would hold.",
                    source="truce.txt")
    truce.entity("dask", "Omar Dask", "PERSON", "Omar Dask", "Dask")
    truce.entity("tirel", "Tirel", "GPE", "Tirel")
    # Two men known only as "Tarvo", in two documents: never one entity by name alone.
    first = Article("doc0tarvo000004", "Tarvo crossed the river at dawn.", source="tarvo-1.txt")
    first.entity("tarvo", "Tarvo", "PERSON", "Tarvo")
    second = Article("doc0tarvo000005", "Tarvo was arrested in Tirel.", source="tarvo-2.txt")
    second.entity("tarvo", "Tarvo", "PERSON", "Tarvo")
    second.entity("tirel", "Tirel", "GPE", "Tirel")
    return [visit, speech, truce, first, second]


@pytest.fixture
def db(tmp_path) -> str:
    path = tmp_path / "corrections.db"
    store = Store(path)
    for article in _articles():
        store.write_document(article.processed())
    refresh_resolution(store)
    store.close()
    return str(path)


def cli(db: str, *args: str):
    return CliRunner().invoke(app, [*args, "--db", db])


def names(db: str) -> list[str]:
    return sorted(e.name for e in queries.entities(Store(db)))


def canonical_id(db: str, name: str) -> str:
    return next(e.id for e in queries.entities(Store(db)) if e.name == name)


@pytest.mark.parametrize("left, right, flags, message", [
    ("Lena Mor", "Varenko", [], "no entity is named 'Lena Mor'"),        # a fragment of a name
    ("Omar Dask", "Tir", [], "no entity is named 'Tir'"),
    ("Tarvo", "Omar Dask", [], "'Tarvo' names 2 entities; give one by its id"),
    ("Omar Dask", "Tirel", [], "Omar Dask (PERSON) and Tirel (GPE) are of different types"),
    ("Lena Moravec", "moravec", [], "already one entity"),
])
def test_merge_refuses_what_is_not_exactly_two_entities(db, left, right, flags, message):
    before = exported(db)
    result = cli(db, "merge", left, right, *flags)
    assert result.exit_code == 1 and message in result.output
    assert exported(db) == before


@pytest.mark.parametrize("left, right, flags, joined", [
    ("lena moravec", "OMAR DASK", [], {"Lena Moravec", "Omar Dask"}),     # whole names, case aside
    ("Dask", "Lena Moravec", [], {"Lena Moravec", "Omar Dask"}),          # a whole alias
    ("Omar Dask", "Tirel", ["--force"], {"Omar Dask", "Tirel"}),          # different types, forced
    ("doc0tarvo000004-tarvo", "doc0tarvo000005-tarvo", [], {"Tarvo"}),   # document entities' ids
])
def test_merge_of_exact_entities(db, left, right, flags, joined):
    count = len(names(db))
    result = cli(db, "merge", left, right, *flags)
    assert result.exit_code == 0, result.output
    assert len(names(db)) == count - 1
    assert any(joined <= {e.name, *e.aliases} for e in queries.entities(Store(db)))


def test_merge_by_canonical_id(db):
    count = len(names(db))
    result = cli(db, "merge", canonical_id(db, "Omar Dask"), canonical_id(db, "Lena Moravec"))
    assert result.exit_code == 0 and len(names(db)) == count - 1


@pytest.mark.parametrize("entity, alias, message", [
    ("Omar Dask", "Dask", "every document's entity in it is also called 'Dask'"),   # joined inside one document
    ("Lena Moravec", "Mora", "has no alias 'Mora'"),
    ("Lena", "Moravec", "no entity is named 'Lena'"),
])
def test_split_refuses_what_could_change_nothing(db, entity, alias, message):
    before = exported(db)
    result = cli(db, "split", entity, alias)
    assert result.exit_code == 1 and message in result.output
    assert exported(db) == before


def test_split_takes_effect(db):
    result = cli(db, "split", "Lena Moravec", "moravec")
    assert result.exit_code == 0, result.output
    assert names(db).count("Moravec") == 1 and "Lena Moravec" in names(db)


def test_corrections_are_listed_and_undone(db):
    original = exported(db)
    assert json.loads(cli(db, "corrections", "--json").output) == []
    dask = canonical_id(db, "Omar Dask")
    assert cli(db, "merge", "Omar Dask", "Lena Moravec").exit_code == 0
    assert cli(db, "split", "Varenko", "Varenko").exit_code == 1
    listed = json.loads(cli(db, "corrections", "--json").output)
    assert [(c["kind"], c["described"]) for c in listed] == [("merge", "Omar Dask (PERSON) = Lena Moravec (PERSON)")]
    assert listed[0]["left"] == dask and listed[0]["created"]
    table = cli(db, "corrections")
    assert table.exit_code == 0 and listed[0]["id"] in table.output
    undone = cli(db, "corrections", "undo", listed[0]["id"])
    assert undone.exit_code == 0 and "undone" in undone.output
    assert json.loads(cli(db, "corrections", "--json").output) == []
    assert exported(db) == original


@pytest.mark.parametrize("args, code, message", [
    (["corrections", "undo", "0000000000000000"], 1, "no correction '0000000000000000'"),
    (["corrections", "--help"], 0, "undo"),
    (["corrections", "undo", "--help"], 0, "ID"),
])
def test_corrections_command_errors_and_help(db, args, code, message):
    result = cli(db, *args) if "--help" not in args else CliRunner().invoke(app, args)
    assert result.exit_code == code and message in result.output


# ------------------------------------------------------------------- the API answers alike

@pytest.fixture
def api(db) -> TestClient:
    with TestClient(create_app(WebSettings(db=db, write_token=TOKEN)), base_url=BASE_URL) as client:
        client.headers["Authorization"] = f"Bearer {TOKEN}"
        yield client


@pytest.mark.parametrize("path, body, status, message", [
    ("/api/merge", {"left": "Lena Mor", "right": "Vare"}, 409, "no entity is named 'Lena Mor'"),
    ("/api/merge", {"left": "Omar Dask", "right": "Tirel"}, 409, "different types"),
    ("/api/merge", {"left": "Tarvo", "right": "Tirel"}, 409, "names 2 entities"),
    ("/api/split", {"entity": "Omar Dask", "alias": "Dask"}, 409, "nothing would be left"),
    ("/api/merge", {"left": "Omar Dask", "right": "Tirel", "force": True}, 200, ""),
    ("/api/split", {"entity": "Lena Moravec", "alias": "Moravec"}, 200, ""),
])
def test_api_corrections_are_exact(api, path, body, status, message):
    answer = api.post(path, json=body)
    assert answer.status_code == status
    assert message in (answer.json().get("error") or "")

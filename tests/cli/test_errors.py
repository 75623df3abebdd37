"""Every command, given what it cannot use, says so in a line with the fix and the right exit
status: never a traceback. A command missing from the table fails the test, so a new one needs its
cases."""
from __future__ import annotations

import os
import socket
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from claimgraph.cli.main import app, command
from tests.conftest import REPO
from tests.dated_store import build_dated_store

runner = CliRunner()
MISSING_DB = "no/such/folder/store.db"

# (command words, arguments after them ("DB" for the test store), exit status, start of the message)
CASES = [
    ("ingest", [], 2, "Missing argument 'PATH'"),
    ("ingest", ["no/such/file.txt", "--db", "DB"], 1, "skipped: no/such/file.txt: no such file or folder"),
    ("ingest", [".", "--db", "DB", "--workers", "0"], 2, "Invalid value for '--workers'"),
    ("ingest", [".", "--db", "DB", "--max-bytes", "-1"], 2, "Invalid value for '--max-bytes'"),
    ("ingest", [".", "--db", "DB", "--engine", "warp"], 2, "error: no engine named 'warp'; registered: local, ray"),
    ("documents", ["--db", "DB", "--limit", "-1"], 2, "error: invalid --limit -1"),
    ("documents", ["--db", "DB", "--limit", "many"], 2, "Invalid value for '--limit'"),
    ("documents", ["--db", MISSING_DB], 3, "error: no store at"),
    ("entities", ["--db", "DB", "--limit", "0"], 2, "error: invalid --limit 0"),
    ("entity", ["--db", "DB"], 2, "Missing argument 'NAME'"),
    ("entity", ["Nobody Anywhere", "--db", "DB"], 1, "error: no entity named 'Nobody Anywhere'"),
    ("events", ["--db", "DB", "--from", "yesterday"], 2, "error: invalid start date 'yesterday'"),
    ("events", ["--db", "DB", "--type", "FOO"], 2, "error: unknown event type 'FOO': one of AGREE"),
    ("events", ["--db", "DB", "--no-such-option"], 2, "No such option: --no-such-option"),
    ("event", ["no-such-event", "--db", "DB"], 1, "error: no event 'no-such-event'"),
    ("contradictions", ["--db", MISSING_DB], 3, "error: no store at"),
    ("stats", ["--db", MISSING_DB], 3, "error: no store at"),
    ("export", ["--db", "DB", "--format", "pdf"], 2, "error: no exporter named 'pdf'"),
    ("export", ["--db", "DB", "--output", "no/such/folder/out.json"], 2,
     "error: cannot write no/such/folder/out.json: No such file or directory"),
    ("stories", ["--db", MISSING_DB], 3, "error: no store at"),
    ("story", ["no-such-story", "--db", "DB"], 1, "error: no story 'no-such-story'"),
    ("resolve", ["--db", MISSING_DB], 3, "error: no store at"),
    ("corrections", ["--db", MISSING_DB], 3, "error: no store at"),
    ("corrections undo", ["no-such-correction", "--db", "DB"], 1, "error:"),
    ("merge", ["Ridge Brigade", "--db", "DB"], 2, "Missing argument 'OTHER'"),
    ("split", ["Ridge Brigade", "Nobody Anywhere", "--db", "DB"], 1, "error:"),
    ("serve", ["--db", "DB", "--port", "99999"], 2, "error: invalid --port 99999: a port from 1 to 65535"),
    ("serve", ["--db", "DB", "--port", "http"], 2, "Invalid value for '--port'"),
    ("serve", ["--db", MISSING_DB, "--port", "8000"], 3, "error: no store at"),
    ("import acled", ["no/such/events.csv", "--db", "DB"], 2, "error: no/such/events.csv: cannot read"),
    ("compare acled", ["--db", MISSING_DB], 3, "error: no store at"),
    ("names compare", ["one name"], 2, "error: give two names, or --pairs FILE"),
    ("names compare", ["--pairs", "no/such/pairs.csv"], 2, "error: cannot read no/such/pairs.csv"),
    ("watch add", ["ftp://example.org/feed", "--db", "DB"], 2, "error: unsupported feed URL 'ftp://example.org/feed'"),
    ("watch add", ["no/such/feed.rss", "--db", "DB"], 2, "error: no feed file 'no/such/feed.rss'"),
    ("watch add", ["http://example.org/feed", "--every", "soon", "--db", "DB"], 2, "error: invalid interval 'soon'"),
    ("watch list", ["--db", MISSING_DB], 3, "error: no store at"),
    ("watch remove", ["42", "--db", "DB"], 1, "error: no feed 42"),
    ("watch remove", ["first", "--db", "DB"], 2, "Invalid value for 'ID'"),
    ("watch run", ["--db", "DB", "--timeout", "0"], 2, "Invalid value for '--timeout'"),
    ("watchlist add", ["Front", "--db", "DB"], 2, "error: a watch-list needs at least one of"),
    ("watchlist add", ["Front", "--type", "FOO", "--db", "DB"], 2, "error: unknown event type 'FOO'"),
    ("watchlist add", ["Front", "--min-killed", "-1", "--db", "DB"], 2, "error: invalid --min-killed -1"),
    ("watchlist add", ["Front", "--type", "ASSAULT", "--webhook", "http://127.0.0.1:9/hook", "--db", "DB"], 2,
     "error: a --webhook needs a --secret"),
    ("watchlist list", ["--db", MISSING_DB], 3, "error: no store at"),
    ("watchlist remove", ["42", "--db", "DB"], 1, "error: no watch-list 42"),
    ("alerts", ["--since", "yesterday", "--db", "DB"], 2, "error: invalid --since 'yesterday'"),
    ("alerts", ["--watchlist", "42", "--db", "DB"], 1, "error: no watch-list 42"),
    ("alerts", ["--db", MISSING_DB], 3, "error: no store at"),
]


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("errors") / "dated.db"
    build_dated_store(path).close()
    return str(path)


def every_command(cmd=None, words=()):
    """Each command's words; a group that runs on its own too (`corrections`) is one."""
    cmd = cmd or command()
    subcommands = getattr(cmd, "commands", {})
    if words and (not subcommands or cmd.invoke_without_command):
        yield " ".join(words)
    for name, sub in subcommands.items():
        yield from every_command(sub, (*words, name))


def test_every_command_has_cases():
    assert set(every_command()) == {words for words, *_ in CASES}


def invoke(words: str, args: list[str], db: str):
    return runner.invoke(app, [*words.split(), *(db if a == "DB" else a for a in args)])


@pytest.mark.parametrize("words, args, status, says", CASES, ids=[f"{c[0]} {' '.join(c[1])}" for c in CASES])
def test_a_bad_argument_is_a_line_with_the_fix(db, tmp_path, monkeypatch, words, args, status, says):
    monkeypatch.chdir(tmp_path)
    result = invoke(words, args, db)
    # CliRunner keeps an uncaught exception in result.exception: a user would have seen its traceback
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    assert result.exit_code == status, result.output
    said = result.stderr.strip().splitlines()
    assert any(line.removeprefix("Error: ").startswith(says) for line in said), result.stderr
    if said[0].startswith("error:"):   # ours: one line; click's usage errors add the usage above theirs
        assert len(said) == 1, said


@pytest.mark.parametrize("words, args, module, extra", [
    ("serve", ["--db", "DB", "--port", "8765"], "uvicorn", "web"),
    ("serve", ["--db", "DB", "--port", "8765"], "fastapi", "web"),
    ("events", ["--db", "postgresql://analyst@localhost/claimgraph"], "psycopg", "postgres"),
])
def test_a_missing_extra_names_the_pip_command(db, monkeypatch, words, args, module, extra):
    monkeypatch.setitem(sys.modules, module, None)   # as if not installed: importing it raises ImportError
    result = invoke(words, args, db)
    assert result.exit_code in (2, 3) and not isinstance(result.exception, ImportError)
    assert result.stderr.count("\n") == 1 and f"pip install 'claimgraph[{extra}]'" in result.stderr


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", "from claimgraph.cli.main import main; main()", *args],
                          capture_output=True, text=True, timeout=60, cwd=REPO,
                          env={**os.environ, "PYTHONPATH": str(REPO)})


def test_a_busy_port_is_an_error_before_anything_is_announced(db):
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        result = run_cli("serve", "--db", db, "--port", str(port))
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr == f"error: cannot listen on 127.0.0.1:{port}: Address already in use; " \
                            "choose another --port or --host\n"


@pytest.mark.parametrize("args", [("events", "--from", "2013-13-45"), ("documents", "--limit", "-1")])
def test_a_real_process_gives_no_traceback(db, args):
    result = run_cli(*args, "--db", db)
    assert result.returncode == 2 and "Traceback" not in result.stderr and result.stderr.count("\n") == 1

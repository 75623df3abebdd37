"""Every command, given what it cannot use, says so in a line with the fix and the right exit
status: never a traceback. The commands are enumerated from the app, so a new command is run with
an unknown option, each option without its value and its arguments missing before anyone writes
its cases; the table adds each command's own mistakes."""
from __future__ import annotations

import os
import socket
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from claimgraph.cli.main import app, command, every_command
from tests.conftest import REPO
from tests.dated_store import build_dated_store

runner = CliRunner()
MISSING_DB = "no/such/folder/store.db"

# (command words, arguments after them ("DB" for the test store), exit status, start of the message)
CASES = [
    ("ingest", [], 2, "error: missing argument 'PATH' (see `claimgraph ingest --help`)"),
    ("ingest", ["no/such/file.txt", "--db", "DB"], 1, "skipped: no/such/file.txt: no such file or folder"),
    ("ingest", [".", "--db", MISSING_DB], 3, "error: no folder "),
    ("ingest", [".", "--db", "DB", "--workers", "0"], 2, "error: invalid value for '--workers'"),
    ("ingest", [".", "--db", "DB", "--max-bytes", "-1"], 2, "error: invalid value for '--max-bytes'"),
    ("ingest", [".", "--db", "DB", "--engine", "warp"], 2, "error: no engine named 'warp'; registered: local, ray"),
    ("documents", ["--db", "DB", "--limit", "-1"], 2, "error: invalid --limit -1"),
    ("documents", ["--db", "DB", "--limit", "many"], 2, "error: invalid value for '--limit'"),
    ("documents", ["--db", MISSING_DB], 3, "error: no store at"),
    ("entities", ["--db", "DB", "--limit", "0"], 2, "error: invalid --limit 0"),
    ("entities", ["--db", "DB", "--type", "FOO"], 2, "error: unknown entity type 'FOO': one of PERSON, ORG"),
    ("entity", ["Nobody Anywhere", "--db", "DB"], 1, "error: no entity named 'Nobody Anywhere'"),
    ("entity", ["", "--db", "DB"], 2, "error: give a name, an alias or an entity id"),
    ("events", ["--db", "DB", "--from", "yesterday"], 2, "error: invalid start date 'yesterday'"),
    ("events", ["--db", "DB", "--from", "2013-10", "--to", "2013-09"], 2,
     "error: the start date 2013-10 is after the end date 2013-09"),
    ("events", ["--db", "DB", "--modality", "maybe"], 2, "error: unknown modality 'maybe': one of occurred"),
    ("events", ["--db", "DB", "--limit", "-1"], 2, "error: invalid --limit -1"),
    ("events", ["--db", "DB", "--type", "FOO"], 2, "error: unknown event type 'FOO': one of AGREE"),
    ("events", ["--db", "DB", "--no-such-option"], 2, "error: no such option: --no-such-option"),
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
    ("merge", ["Ridge Brigade", "--db", "DB"], 2, "error: missing argument 'OTHER'"),
    ("split", ["Ridge Brigade", "Nobody Anywhere", "--db", "DB"], 1, "error:"),
    ("serve", ["--db", "DB", "--port", "99999"], 2, "error: invalid --port 99999: a port from 1 to 65535"),
    ("serve", ["--db", "DB", "--port", "http"], 2, "error: invalid value for '--port'"),
    ("serve", ["--db", MISSING_DB, "--port", "8000"], 3, "error: no store at"),
    ("import acled", ["no/such/events.csv", "--db", "DB"], 2, "error: no/such/events.csv: cannot read"),
    ("compare acled", ["--db", MISSING_DB], 3, "error: no store at"),
    ("names compare", ["one name"], 2, "error: give two names, or --pairs FILE"),
    ("names compare", ["a", "b", "--type", "FOO"], 2, "error: --type: unknown entity type 'FOO'"),
    ("names compare", ["--pairs", "no/such/pairs.csv"], 2, "error: cannot read no/such/pairs.csv"),
    ("watch add", ["ftp://example.org/feed", "--db", "DB"], 2, "error: unsupported feed URL 'ftp://example.org/feed'"),
    ("watch add", ["no/such/feed.rss", "--db", "DB"], 2, "error: no feed file 'no/such/feed.rss'"),
    ("watch add", ["http://example.org/feed", "--every", "soon", "--db", "DB"], 2, "error: invalid interval 'soon'"),
    ("watch list", ["--db", MISSING_DB], 3, "error: no store at"),
    ("watch remove", ["42", "--db", "DB"], 1, "error: no feed 42"),
    ("watch remove", ["first", "--db", "DB"], 2, "error: invalid value for 'ID'"),
    ("watch run", ["--db", "DB", "--timeout", "0"], 2, "error: invalid value for '--timeout'"),
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


# Each command's words; a group that runs on its own too (`corrections`) is one.
COMMANDS = sorted(" ".join(words) for words, cmd in every_command(command())
                  if words and (not getattr(cmd, "commands", None) or cmd.invoke_without_command))


def the_command(words: str):
    cmd = command()
    for word in words.split():
        cmd = cmd.commands[word]
    return cmd


def test_the_table_names_only_commands_that_exist():
    assert {words for words, *_ in CASES} <= set(COMMANDS)


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
    assert result.stderr.startswith(says) and result.stderr.count("\n") == 1, result.stderr


def one_line_usage_error(words: str, args: list[str], says: str) -> None:
    result = runner.invoke(app, [*words.split(), *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert (result.exit_code, result.stdout) == (2, ""), result.output
    assert result.stderr.startswith(f"error: {says}") and result.stderr.count("\n") == 1, result.stderr
    assert "Traceback" not in result.output


@pytest.mark.parametrize("words", COMMANDS)
def test_every_command_refuses_an_unknown_option(words):
    one_line_usage_error(words, ["--no-such-option"], "no such option: --no-such-option "
                                                      f"(see `claimgraph {words} --help`)")


@pytest.mark.parametrize("words, option", [(words, param.opts[0]) for words in COMMANDS
                                           for param in the_command(words).params
                                           if param.param_type_name == "option" and not param.is_flag])
def test_every_option_wants_its_value(words, option):
    one_line_usage_error(words, [option], f"option '{option}' requires an argument")


@pytest.mark.parametrize("words", [words for words in COMMANDS
                                   if any(p.param_type_name == "argument" and p.required
                                          for p in the_command(words).params)])
def test_every_command_names_its_missing_argument(words):
    first = next(p for p in the_command(words).params if p.param_type_name == "argument")
    one_line_usage_error(words, [], f"missing argument '{first.metavar}' (see `claimgraph {words} --help`)")


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


@pytest.mark.parametrize("args", [("events", "--from", "2013-13-45"), ("documents", "--limit", "-1"),
                                  ("entity",), ("events", "--bogus")])
def test_a_real_process_gives_no_traceback(db, args):
    result = run_cli(*args, "--db", db)
    assert result.returncode == 2 and "Traceback" not in result.stderr and result.stderr.count("\n") == 1

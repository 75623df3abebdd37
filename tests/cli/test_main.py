"""`claimgraph --help` and each command's: values named by their metavars as a user types them
(PATH..., NAME, [NAME1]), never by Python types (<str>, <list[Path]>) or braces; and --json on
every command whose answer a script may read."""
from __future__ import annotations

import json
import re

import pytest
from typer.testing import CliRunner

from claimgraph.cli.main import app, command, every_command
from tests.dated_store import build_dated_store

COMMANDS = [" ".join(words) for words, _ in every_command(command())]


def help_of(words: str, capsys) -> str:
    command().main([*words.split(), "--help"], prog_name="claimgraph", standalone_mode=False)
    return capsys.readouterr().out


@pytest.mark.parametrize("words", COMMANDS)
def test_help_names_values_by_their_metavars(words, capsys):
    shown = help_of(words, capsys)
    assert shown.startswith(f"Usage: claimgraph {words}".rstrip() + " [OPTIONS]")
    assert not re.search(r"<\w|\{[A-Z]", shown), shown


@pytest.mark.parametrize("words, usage", [
    ("ingest", "Usage: claimgraph ingest [OPTIONS] PATH..."),
    ("entity", "Usage: claimgraph entity [OPTIONS] NAME"),
    ("merge", "Usage: claimgraph merge [OPTIONS] ENTITY OTHER"),
    ("names compare", "Usage: claimgraph names compare [OPTIONS] [NAME1] [NAME2]"),
    ("import acled", "Usage: claimgraph import acled [OPTIONS] FILE"),
])
def test_usage_lines(words, usage, capsys):
    assert help_of(words, capsys).splitlines()[0] == usage


def test_date_options_never_break_inside_a_date(capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    shown = help_of("events", capsys)
    assert "2013-10-15" in shown and not re.search(r"\d-\n|[A-Z]-\n", shown)


# Commands whose output is no listing: each says why it has no --json.
NO_JSON = {"export": "writes the format asked for", "serve": "runs a web server",
           "names compare": "prints a score, or CSV rows with --pairs"}
RUNNABLE = [words for words, cmd in every_command(command())
            if words and (not getattr(cmd, "commands", None) or cmd.invoke_without_command)]


@pytest.mark.parametrize("words", [" ".join(w) for w in RUNNABLE])
def test_every_command_answers_in_json_for_scripts(words):
    cmd = command()
    for word in words.split():
        cmd = cmd.commands[word]
    assert any("--json" in p.opts for p in cmd.params) != (words in NO_JSON)


def test_a_merge_answers_its_correction_in_json(tmp_path):
    db = str(tmp_path / "dated.db")
    build_dated_store(db).close()
    result = CliRunner().invoke(app, ["merge", "Ridge Brigade", "Delmark Council", "--db", db, "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["kind"] == "merge"

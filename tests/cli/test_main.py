"""`claimgraph --help` and each command's: values named by their metavars as a user types them
(PATH..., NAME, [NAME1]), never by Python types (<str>, <list[Path]>) or braces."""
from __future__ import annotations

import re

import pytest

from claimgraph.cli.main import command, every_command

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

"""Every command is documented in the README and explains itself with --help."""
from __future__ import annotations

import re

import pytest
import typer
from typer.testing import CliRunner

from claimgraph.cli.main import app
from tests.conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")


def commands(typer_app: typer.Typer, prefix: str = "") -> list[str]:
    found = [prefix + (c.name or c.callback.__name__) for c in typer_app.registered_commands]
    for group in typer_app.registered_groups:
        found += commands(group.typer_instance, f"{prefix}{group.name} ")
    return found


@pytest.mark.parametrize("command", commands(app))
def test_command_is_in_the_readme(command):
    assert re.search(rf"claimgraph {re.escape(command)}\b", README), f"`claimgraph {command}` is not in README.md"


@pytest.mark.parametrize("command", commands(app))
def test_command_has_help(command):
    result = CliRunner().invoke(app, [*command.split(), "--help"])
    assert result.exit_code == 0 and "Usage" in result.output


def test_quickstart_is_two_commands():
    quickstart = README.split("## Quickstart", 1)[1].split("##", 1)[0]
    block = re.search(r"```bash\n(.*?)```", quickstart, re.S).group(1)
    assert [line.split("#")[0].strip() for line in block.strip().splitlines()] == ["make demo", "make test"]

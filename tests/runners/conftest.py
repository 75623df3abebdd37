"""Fixtures for the engines: a few short articles written for these tests, and a local Ray cluster."""
from __future__ import annotations

import importlib.util
import os
import shutil
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

ARTICLES = {
    "a.txt": "Government forces shelled the northern town of Varnek on Tuesday, killing six civilians, "
             "the regional governor Mira Solanke said. The Liberation Front denied any role in the attack.\n\n"
             "Aid workers said 40 people were wounded.",
    "b.txt": "The Liberation Front seized two villages near Varnek on March 3, 2021, according to local officials. "
             "Commander Tavo Rendi, who leads the Liberation Front, said his fighters would not withdraw.",
    "c.txt": "Protesters marched in the capital, Osterby, on Friday to demand talks between the government and "
             "the Liberation Front. Police arrested twelve people, a spokesman for the interior ministry said.",
    "d.txt": "An air strike hit a market in Varnek on Tuesday, killing seven people, the Red Crescent said. "
             "Government forces said they had targeted a weapons depot.",
    "empty.txt": "   \n",
}


RAY_INSTALLED = importlib.util.find_spec("ray") is not None
# The mark of a test that needs the ray extra: without it the test is skipped with this reason.
needs_ray = pytest.mark.skipif(not RAY_INSTALLED, reason="Ray is not installed: pip install 'claimgraph[ray]'")


def pytest_configure(config):
    config.addinivalue_line("markers", "ray: starts a local Ray cluster (deselect with -m 'not ray')")


@pytest.fixture(scope="session")
def articles_dir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("articles")
    for name, text in ARTICLES.items():
        (folder / name).write_text(text)
    return folder


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def ray_address():
    """The address of a 2-CPU Ray head started for this session, stopped at the end."""
    ray_cli = Path(sys.executable).with_name("ray")
    if not ray_cli.exists():
        pytest.fail(f"Ray is not installed ({ray_cli} missing): pip install 'claimgraph[ray]'")
    # Ray's socket paths must stay under the 107-byte limit: a short folder directly in /tmp.
    temp_dir = Path(tempfile.mkdtemp(prefix="cg-ray-"))
    env = {**os.environ, "RAY_USAGE_STATS_ENABLED": "0", "RAY_AUTH_MODE": "disabled"}
    port = _free_port()
    subprocess.run([ray_cli, "start", "--head", f"--port={port}", "--num-cpus=2", "--include-dashboard=false",
                    "--disable-usage-stats", f"--temp-dir={temp_dir}"], check=True, capture_output=True, env=env)
    try:
        yield f"127.0.0.1:{port}"
    finally:
        subprocess.run([ray_cli, "stop"], capture_output=True, env=env)
        shutil.rmtree(temp_dir, ignore_errors=True)

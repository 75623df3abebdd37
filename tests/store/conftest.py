"""A real PostgreSQL server for the store tests: started once per session, a fresh database per test.

Uses Debian's server binaries (/usr/lib/postgresql/*/bin, package `postgresql`). initdb refuses
to run as root, so as root the server runs as the `postgres` user, in a folder it can enter.
Missing binaries fail the PostgreSQL tests (CI must not pass without them) unless
CLAIMGRAPH_SKIP_PG=1.
"""
from __future__ import annotations

import glob
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import pytest
import sqlalchemy as sa

_database_numbers = itertools.count()


def _server_binaries() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3]))
    return Path(found[-1]).parent if found else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def pg_url():
    """postgresql://… of a server running for this session, stopped at the end."""
    pytest.importorskip("psycopg", reason="psycopg is not installed: pip install 'claimgraph[postgres]'")
    bin_dir = _server_binaries()
    if bin_dir is None:
        if os.environ.get("CLAIMGRAPH_SKIP_PG") == "1":
            pytest.skip("CLAIMGRAPH_SKIP_PG=1 and no PostgreSQL server installed")
        pytest.fail("PostgreSQL server binaries not found in /usr/lib/postgresql/*/bin: "
                    "apt-get install postgresql (or set CLAIMGRAPH_SKIP_PG=1 to skip these tests)")
    as_root = os.geteuid() == 0
    run_as = ["runuser", "-u", "postgres", "--"] if as_root else []
    # Under /tmp itself: pytest's tmp folders are private to root, and postgres must enter every parent.
    root = Path(tempfile.mkdtemp(prefix="claimgraph-pg-"))
    data = root / "data"
    data.mkdir(mode=0o700)
    if as_root:
        shutil.chown(root, "postgres", "postgres")
        shutil.chown(data, "postgres", "postgres")
    port = _free_port()
    subprocess.run([*run_as, bin_dir / "initdb", "-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8",
                    "--locale=C.UTF-8", "-N"], check=True, capture_output=True)
    pg_ctl = [*run_as, bin_dir / "pg_ctl", "-D", data, "-w", "-t", "30"]
    subprocess.run([*pg_ctl, "-l", data / "server.log", "-o",
                    f"-p {port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={data} -c fsync=off",
                    "start"], check=True, capture_output=True)
    try:
        yield f"postgresql://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run([*pg_ctl, "-m", "fast", "stop"], capture_output=True)
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def pg_database(pg_url) -> str:
    """The URL of a new, empty database on the session's server."""
    name = f"claimgraph_test_{next(_database_numbers)}"
    engine = sa.create_engine(pg_url.replace("postgresql://", "postgresql+psycopg://"),
                              isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(sa.text(f"DROP DATABASE IF EXISTS {name}"))
        conn.execute(sa.text(f"CREATE DATABASE {name}"))
    engine.dispose()
    return pg_url.rsplit("/", 1)[0] + f"/{name}"

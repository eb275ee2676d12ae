"""A throwaway PostgreSQL cluster for the sync tests, started by the tests themselves.

Debian's ``postgresql`` binaries (``initdb``, ``pg_ctl``) make a cluster in a temporary
folder, listening on a free loopback port with its socket in that folder. As root they
run as the ``postgres`` user through ``runuser`` (``pg_ctl`` refuses root). Without the
binaries the tests that need a server skip, except in CI (``CI=true``), where a missing
server is a failure: ``.ci/run`` installs it.

Each test gets a database of its own (``fresh_database``); login roles are
cluster-wide, so the roles a test created are dropped with its database.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

_BIN_DIRS = sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)


def _binary(name: str) -> str | None:
    for folder in _BIN_DIRS:
        if (folder / name).exists():
            return str(folder / name)
    return shutil.which(name)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _as_server_user(args: list[str]) -> list[str]:
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *args]
    return args


@dataclass
class Cluster:
    """A running cluster: ``url(db, user, password)`` builds SQLAlchemy URLs."""

    folder: Path
    port: int
    superuser: str = "postgres"
    roles: set[str] = field(default_factory=set)

    def url(self, database: str, user: str | None = None, password: str | None = None) -> str:
        who = user or self.superuser
        secret = f":{password}" if password else ""
        return f"postgresql://{who}{secret}@127.0.0.1:{self.port}/{database}"

    def admin(self, database: str = "postgres", autocommit: bool = True):  # noqa: ANN201
        import psycopg

        return psycopg.connect(
            host="127.0.0.1",
            port=self.port,
            user=self.superuser,
            dbname=database,
            autocommit=autocommit,
        )

    def create_database(self) -> str:
        name = "od_" + uuid.uuid4().hex[:12]
        with self.admin() as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return name

    def drop_database(self, name: str) -> None:
        with self.admin() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def drop_login_roles(self, keep: set[str]) -> None:
        """Drop every login role but the superuser and ``keep`` (after a test)."""
        with self.admin() as conn:
            rows = conn.execute(
                "SELECT rolname FROM pg_roles WHERE rolcanlogin AND rolname <> %s",
                (self.superuser,),
            ).fetchall()
            for (name,) in rows:
                if name not in keep:
                    conn.execute(f'DROP ROLE IF EXISTS "{name}"')

    def stop(self) -> None:
        subprocess.run(
            _as_server_user(
                [
                    _binary("pg_ctl") or "pg_ctl",
                    "-D",
                    str(self.folder / "data"),
                    "-m",
                    "immediate",
                    "stop",
                ]
            ),
            capture_output=True,
            check=False,
        )
        shutil.rmtree(self.folder, ignore_errors=True)


def start_cluster() -> Cluster:
    initdb, pg_ctl = _binary("initdb"), _binary("pg_ctl")
    if not (initdb and pg_ctl):
        message = "PostgreSQL's initdb/pg_ctl are not installed (Debian: postgresql-15)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message + "; .ci/run should have installed them")
        pytest.skip(message)
    folder = Path(tempfile.mkdtemp(prefix="office-desk-pg-"))
    folder.chmod(0o711)
    data = folder / "data"
    sockets = folder / "sockets"
    sockets.mkdir()
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres")
        shutil.chown(sockets, "postgres")
    port = _free_port()
    subprocess.run(
        _as_server_user(
            [
                initdb,
                "-D",
                str(data),
                "-A",
                "trust",
                "-U",
                "postgres",
                "-E",
                "UTF8",
                "--no-sync",
                "--locale=C.UTF-8",
            ]
        ),
        check=True,
        capture_output=True,
    )
    # Password logins for the app's accounts over TCP (scram-sha-256), trust for the
    # superuser the tests administer with.
    (data / "pg_hba.conf").write_text(
        "local all all trust\n"
        "host all postgres 127.0.0.1/32 trust\n"
        "host all all 127.0.0.1/32 scram-sha-256\n"
    )
    options = (
        f"-p {port} -k {sockets} -c listen_addresses=127.0.0.1 -c fsync=off "
        "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
    )
    subprocess.run(
        _as_server_user(
            [
                pg_ctl,
                "-D",
                str(data),
                "-w",
                "-l",
                str(folder / "server.log"),
                "-o",
                options,
                "start",
            ]
        ),
        check=True,
        capture_output=True,
    )
    return Cluster(folder=folder, port=port)


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    cluster = start_cluster()
    try:
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture
def pg_database(pg_cluster: Cluster) -> Iterator[str]:
    """A fresh, empty database on the cluster (its admin URL), dropped afterwards with
    the login roles the test made."""
    with pg_cluster.admin() as conn:
        before = {r[0] for r in conn.execute("SELECT rolname FROM pg_roles").fetchall()}
    name = pg_cluster.create_database()
    try:
        yield pg_cluster.url(name)
    finally:
        pg_cluster.drop_database(name)
        pg_cluster.drop_login_roles(before)

"""The command line's contract: ``server init/add-user/remove-user`` and ``sync``,
through the real entry point (``python -m office_desk``, a process of its own)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import Network

pytestmark = pytest.mark.slow


def office_desk(*args: str, password: str | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.pop("OFFICE_DESK_SYNC_PASSWORD", None)
    if password is not None:
        env["OFFICE_DESK_SYNC_PASSWORD"] = password
    return subprocess.run(
        [sys.executable, "-m", "office_desk", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
        check=False,
    )


def test_two_files_see_each_others_edits_through_the_command_line(
    network: Network, sample_file: Path, tmp_path: Path
) -> None:
    admin = network.admin_url
    first = office_desk("server", "init", "--url", admin)
    assert first.returncode == 0, first.stderr
    again = office_desk("server", "init", "--url", admin)  # safe to run twice
    assert again.returncode == 0 and "schema s0001 (was s0001)" in again.stdout

    refused = office_desk("server", "add-user", "--url", admin, "anna", "--office", "Dresden")
    assert refused.returncode == 1
    assert refused.stderr.count("\n") == 1 and "No single office" in refused.stderr

    made = office_desk("server", "add-user", "--url", admin, "hq", "--hq")
    assert made.returncode == 0, made.stderr
    hq_password = made.stdout.strip().splitlines()[-1]

    hq_file = tmp_path / "hq.sqlite"
    hq_file.write_bytes(sample_file.read_bytes())
    pushed = office_desk(
        "--db",
        str(hq_file),
        "sync",
        "--server",
        network.url,
        "--user",
        "hq",
        password=hq_password,
    )
    assert pushed.returncode == 0, pushed.stderr
    assert "Synced with" in pushed.stdout and "before joining is kept at" in pushed.stdout

    made = office_desk("server", "add-user", "--url", admin, "dora", "--office", "Dresden")
    dora_password = made.stdout.strip().splitlines()[-1]
    laptop = tmp_path / "new-laptop.sqlite"  # does not exist yet: joins the network
    joined = office_desk(
        "--db",
        str(laptop),
        "sync",
        "--server",
        network.url,
        "--user",
        "dora",
        password=dora_password,
    )
    assert joined.returncode == 0, joined.stderr
    listed = office_desk("--db", str(laptop), "list", "offices")
    assert "Dresden" in listed.stdout

    # An edit on the new laptop reaches headquarters' file.
    from office_desk.core.models import Contact
    from office_desk.core.services import records
    from office_desk.core.store.database import open_store

    store = open_store(laptop)
    with store.session() as s:
        from sqlmodel import select

        dresden_contact = s.exec(
            select(Contact).where(Contact.city == "Dresden").order_by(Contact.family_name)
        ).first()
    records.update(store, Contact, dresden_contact.id, position="Büroleiterin (seit 2026)")
    store.close()
    status = office_desk("--db", str(laptop), "sync", "--status")
    assert "Changes waiting: 1" in status.stdout and "dora" in status.stdout
    assert office_desk("--db", str(laptop), "sync", password=dora_password).returncode == 0
    assert office_desk("--db", str(hq_file), "sync", password=hq_password).returncode == 0
    found = office_desk("--db", str(hq_file), "list", "contacts", "--format", "csv")
    assert "Büroleiterin (seit 2026)" in found.stdout
    assert office_desk("--db", str(hq_file), "check").returncode == 0
    assert office_desk("--db", str(laptop), "check").returncode == 0

    gone = office_desk("server", "remove-user", "--url", admin, "dora")
    assert gone.returncode == 0, gone.stderr
    locked_out = office_desk("--db", str(laptop), "sync", password=dora_password)
    assert locked_out.returncode == 1 and locked_out.stderr.count("\n") == 1


def test_unreachable_server_is_one_line_and_exit_1(tmp_path: Path, sample_file: Path) -> None:
    db = tmp_path / "travel.sqlite"
    db.write_bytes(sample_file.read_bytes())
    result = office_desk(
        "--db",
        str(db),
        "sync",
        "--server",
        "postgresql://127.0.0.1:1/team",
        "--user",
        "dora",
        password="x",
    )
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert "Cannot reach the team server 127.0.0.1:1/team" in result.stderr
    assert "Traceback" not in result.stderr
    new = tmp_path / "never-joined.sqlite"
    result = office_desk(
        "--db",
        str(new),
        "sync",
        "--server",
        "postgresql://127.0.0.1:1/team",
        "--user",
        "dora",
        password="x",
    )
    assert result.returncode == 1 and not new.exists()  # no empty file left behind


def test_no_password_anywhere_says_where_to_put_one(tmp_path: Path, sample_file: Path) -> None:
    db = tmp_path / "a.sqlite"
    db.write_bytes(sample_file.read_bytes())
    result = office_desk(
        "--db", str(db), "sync", "--server", "postgresql://127.0.0.1:1/team", "--user", "dora"
    )
    assert result.returncode == 1
    assert "OFFICE_DESK_SYNC_PASSWORD" in result.stderr

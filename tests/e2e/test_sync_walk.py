"""Two copies of Office Desk on two files, pointed at one local team server, see each
other's edits after Sync now: in the GUI and with the command line (issue 15).

A real PostgreSQL server (tests/pg_cluster.py) gets the app's schema and two
headquarters logins. File A, a copy of the sample network, joins first (its records go
up); file B, a new empty file, joins with the second login (the network comes down).
Then both apps run at once, each in a process of its own through the real entry point
(``tests/e2e/sync_walk.py``: ``office_desk.cli.main.main`` -> ``app.run``), each with its
own home and settings, the password from ``OFFICE_DESK_SYNC_PASSWORD`` and no keychain.
A changes a contact's Position in the editor and sends it with Team > Sync Now; B,
open all along, gets it with Team > Sync Now and shows it in the list and the details;
then B edits and sends with F5, and A receives with F5. After both quit, ``check`` is
clean on both files, the command line lists the last Position in both, ``sync
--status`` has nothing waiting, and the server holds it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from sqlmodel import select

from office_desk.core import sync
from office_desk.core.models import Contact
from office_desk.core.store.backup import backup_file
from office_desk.core.store.database import open_store
from office_desk.core.sync.server import add_user, engine_for, init_server
from tests.pg_cluster import pg_cluster, pg_database  # noqa: F401 - fixtures

from .conftest import (
    _LEFT_RUNNING,
    LAPTOP,
    WalkResult,
    XDisplays,
    _end,
    child_environment,
    offscreen_platform,
    remember,
)

pytestmark = [pytest.mark.slow, pytest.mark.timeout(900)]

SYNC_WALK = Path(__file__).resolve().parent / "sync_walk.py"
#: Screenshots to look at: OFFICE_DESK_TEST_SHOTS names the folder (default: a temp one).
SHOTS = Path(
    os.environ.get("OFFICE_DESK_TEST_SHOTS")
    or os.path.join(tempfile.gettempdir(), "office-desk-test-shots")
)
#: Both apps together may take this long.
WALK_TIMEOUT = 600.0
#: The Positions typed in the editors: accents and Chinese go through the whole way.
POSITIONS = {"anna": "Büroleiterin (anna)", "ben": "Head of Liaison 联络主任 (ben)"}


@dataclass
class Laptop:
    """One side: its login, its own folders, its file."""

    login: str
    password: str
    root: Path

    @property
    def db(self) -> Path:
        return self.root / "data" / "network.sqlite"


@dataclass
class Team:
    admin_url: str
    url: str
    contact: uuid.UUID
    position: str  # the contact's Position before the walk
    first: Laptop
    second: Laptop


@pytest.fixture
def team(pg_database: str, sample_template: Path, tmp_path: Path) -> Team:  # noqa: F811
    """The server; file A (the sample network) joined first, file B (new) second."""
    init_server(pg_database)
    url = pg_database.replace("postgres@", "")  # the address users type: no login
    first = Laptop("anna", add_user(pg_database, "anna", hq=True), tmp_path / "a")
    second = Laptop("ben", add_user(pg_database, "ben", hq=True), tmp_path / "b")
    for laptop in (first, second):
        laptop.db.parent.mkdir(parents=True)
    backup_file(sample_template, first.db)

    store = open_store(first.db)
    try:
        with store.session() as session:
            contact = session.exec(
                select(Contact)
                .where(Contact.position.is_not(None), Contact.position != "")  # type: ignore[union-attr]
                .order_by(Contact.family_name)
            ).first()
        assert contact is not None and contact.position
        joined = sync.sync(store, url, first.login, first.password, backup_folder=tmp_path)
        assert joined.pushed > 0 and not joined.conflicts
    finally:
        store.close()

    store = open_store(second.db, create=True)
    try:
        joined = sync.sync(store, url, second.login, second.password, backup_folder=tmp_path)
        assert joined.pulled > 0 and not joined.conflicts
    finally:
        store.close()
    return Team(pg_database, url, contact.id, contact.position, first, second)


def start_side(
    team: Team,
    me: Laptop,
    other: Laptop,
    role: str,
    signals: Path,
    platform: str,
    display: str,
    shots: Path | None,
) -> tuple[subprocess.Popen[str], Path]:
    """One app, as its own process, on ``me``'s file; its output goes to files."""
    if not platform:
        platform = offscreen_platform(me.root, *LAPTOP[:2])
    env = child_environment(me.root, platform, display)
    env["OFFICE_DESK_SYNC_PASSWORD"] = me.password
    # No keychain at all: a read fails (the app then uses the environment's password).
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    remember(me.root, {"window/last_view": "contact"})
    command = [
        sys.executable,
        str(SYNC_WALK),
        "--db",
        str(me.db),
        "--role",
        role,
        "--contact",
        str(team.contact),
        "--me",
        me.login,
        "--other",
        other.login,
        "--mine",
        POSITIONS[me.login],
        "--theirs",
        POSITIONS[other.login],
        "--signals",
        str(signals),
    ]
    if shots is not None:
        command += ["--shots", str(shots)]
    with (me.root / "stdout.txt").open("w") as out, (me.root / "stderr.txt").open("w") as err:
        process = subprocess.Popen(
            command,
            stdout=out,
            stderr=err,
            text=True,
            env=env,
            cwd=me.root,
            start_new_session=True,
        )
    _LEFT_RUNNING.append(process)
    return process, me.root


def run_both(
    team: Team, tmp_path: Path, platform: str = "", display: str = "", shots: Path | None = None
) -> dict[str, WalkResult]:
    """Both apps at once; when one fails, the other is ended instead of waiting for its
    turn. The two walks' results by login."""
    signals = tmp_path / "signals"
    signals.mkdir()
    started = time.monotonic()
    sides = {
        team.second.login: start_side(
            team, team.second, team.first, "second", signals, platform, display, shots
        ),
        team.first.login: start_side(
            team, team.first, team.second, "first", signals, platform, display, shots
        ),
    }
    ended: dict[str, float] = {}
    try:
        while len(ended) < len(sides) and time.monotonic() - started < WALK_TIMEOUT:
            for login, (process, _root) in sides.items():
                if login not in ended and process.poll() is not None:
                    ended[login] = time.monotonic() - started
                    if process.returncode != 0:  # the other would wait for its turn
                        for other, (rest, _) in sides.items():
                            if other not in ended:
                                _end(rest)
                                ended[other] = time.monotonic() - started
            time.sleep(0.2)
    finally:
        for login, (process, _root) in sides.items():
            _end(process)
            _LEFT_RUNNING.remove(process)
            ended.setdefault(login, time.monotonic() - started)
    results = {}
    for login, (process, root) in sides.items():
        out = (root / "stdout.txt").read_text(encoding="utf-8", errors="replace")
        err = (root / "stderr.txt").read_text(encoding="utf-8", errors="replace")
        if login not in ended or ended[login] >= WALK_TIMEOUT:
            err += f"\n(the walk was stopped after {WALK_TIMEOUT:.0f} s)"
        result = WalkResult(
            process.returncode,
            out,
            err,
            ended[login],
            root / "data",
            root / "data" / "network.sqlite",
            root / "files",
            shots,
        )
        result.steps = [line[5:] for line in out.splitlines() if line.startswith("STEP ")]
        results[login] = result
    return results


def office_desk(laptop: Laptop, *args: str) -> subprocess.CompletedProcess[str]:
    """The command line on ``laptop``'s file, with ``laptop``'s folders."""
    env = child_environment(laptop.root, "offscreen")
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    return subprocess.run(
        [sys.executable, "-m", "office_desk", "--db", str(laptop.db), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
        check=False,
    )


def server_position(team: Team) -> Any:
    engine = engine_for(team.admin_url)
    try:
        with engine.connect() as conn:
            return conn.execute(
                text(
                    "SELECT fields->>'position' FROM office_desk.record "
                    "WHERE tbl = 'contact' AND id = :id"
                ),
                {"id": team.contact},
            ).scalar_one()
    finally:
        engine.dispose()


def check_the_team(team: Team, results: dict[str, WalkResult]) -> None:
    for login, result in results.items():
        failed = "\n\n".join(f"== {name}\n{r.explain()}" for name, r in results.items())
        assert result.returncode == 0 and "WALK DONE" in result.out, f"{login}:\n{failed}"
        result.check_clean()
    anna, ben = results["anna"], results["ben"]
    # Each side sent with Team > Sync Now, then received with F5 (or the other way).
    assert "STEP Sync Now (menu) sends the edit" in anna.out, anna.explain()
    assert "STEP Sync Now (F5) receives ben's edit" in anna.out, anna.explain()
    assert "STEP Sync Now (menu) receives anna's edit" in ben.out, ben.explain()
    assert "STEP Sync Now (F5) sends the edit" in ben.out, ben.explain()
    for result in results.values():
        assert "INFO status while syncing: Syncing…" in result.out, result.explain()

    last = POSITIONS["ben"]
    assert server_position(team) == last
    for laptop in (team.first, team.second):
        listed = office_desk(laptop, "list", "contacts", "--format", "csv")
        assert listed.returncode == 0, listed.stderr
        assert last in listed.stdout and POSITIONS["anna"] not in listed.stdout
        status = office_desk(laptop, "sync", "--status")
        assert status.returncode == 0, status.stderr
        assert "Changes waiting: 0" in status.stdout, status.stdout
        assert "Open conflicts: 0" in status.stdout, status.stdout
        assert laptop.login in status.stdout, status.stdout


def test_two_apps_see_each_others_edits_after_sync_now_offscreen(
    team: Team, tmp_path: Path
) -> None:
    results = run_both(team, tmp_path)
    check_the_team(team, results)


def test_two_apps_sync_in_real_x_windows(team: Team, tmp_path: Path, x_displays: XDisplays) -> None:
    """The same on a private Xvfb display at 1366×768, both windows on one screen; the
    main windows with their status bars after each sync are kept in SHOTS."""
    for old in SHOTS.glob("e2e-sync-*.png") if SHOTS.is_dir() else []:
        old.unlink()
    results = run_both(
        team, tmp_path, platform="xcb", display=x_displays.get(1366, 768), shots=SHOTS
    )
    check_the_team(team, results)
    for result in results.values():
        assert "INFO platform xcb screen 1366×" in result.out, result.out
    for name in ("anna-sent", "anna-received", "ben-sent", "ben-received"):
        shot = SHOTS / f"e2e-sync-{name}.png"
        assert shot.is_file() and shot.stat().st_size > 0, shot

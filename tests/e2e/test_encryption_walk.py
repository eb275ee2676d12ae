"""A file in travel mode, opened through the real entry point in a real X window
(issue 16): the passphrase is asked before the main window, a wrong one is refused
with a message and asked again, the right one opens the file, and Settings says how it
is protected. Cancel at the passphrase ends the start with exit status 1 and leaves the
file as it was, byte for byte.

The sample network is copied and encrypted in travel mode in the test process; each
start runs ``tests/e2e/encryption_walk.py`` as its own process (``office_desk.cli.main``
-> ``app.run``) on a private Xvfb display at 1366×768, with its own home, settings and
data folders, without ``OFFICE_DESK_PASSPHRASE`` (the walk types the passphrase) and
without a keychain. Afterwards ``office-desk --db FILE check`` with the passphrase in
its environment finds the file encrypted and sound.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

import pytest
from sqlmodel import func, select

from office_desk.core.models import Contact
from office_desk.core.store import cipher, encryption
from office_desk.core.store.backup import backup_file
from office_desk.core.store.database import open_store
from tests.conftest import file_hash

from . import conftest as e2e
from .conftest import WalkResult, XDisplays, child_environment, remember

pytestmark = [pytest.mark.slow, pytest.mark.timeout(600)]

ENCRYPTION_WALK = Path(__file__).resolve().parent / "encryption_walk.py"
#: Screenshots to look at: OFFICE_DESK_TEST_SHOTS names the folder (default: a temp one).
SHOTS = Path(
    os.environ.get("OFFICE_DESK_TEST_SHOTS")
    or os.path.join(tempfile.gettempdir(), "office-desk-test-shots")
)
PASSPHRASE = "Elbflorenz by night 1985"
WRONG = "Elbflorenz by night 1986"
WALK_TIMEOUT = 300.0


@pytest.fixture
def travel_file(sample_template: Path, tmp_path: Path) -> tuple[Path, int]:
    """A copy of the sample network in travel mode, and how many contacts it lists."""
    db = tmp_path / "app" / "data" / "network.sqlite"
    db.parent.mkdir(parents=True)
    backup_file(sample_template, db)
    store = open_store(db)
    try:
        with store.session() as session:
            contacts = int(
                session.exec(
                    select(func.count()).select_from(Contact).where(Contact.deleted_at.is_(None))  # type: ignore[union-attr]
                ).one()
            )
    finally:
        store.close()
    assert contacts > 0
    encryption.encrypt(db, PASSPHRASE, backup_folder=tmp_path / "backups")
    cipher.forget_all()  # the walks and checks below must find the key themselves
    assert cipher.is_encrypted(db)
    return db, contacts


def run_walk(db: Path, contacts: int, walk: str, display: str, shots: Path | None) -> WalkResult:
    """One start of the app on ``db`` through encryption_walk.py, in its own process."""
    root = db.parent.parent
    env = child_environment(root, "xcb", display)
    assert "OFFICE_DESK_PASSPHRASE" not in env
    # No keychain at all: a read fails, as on a laptop whose keychain holds nothing.
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    remember(root, {"window/last_view": "contact"})
    command = [
        sys.executable,
        str(ENCRYPTION_WALK),
        "--db",
        str(db),
        "--passphrase",
        PASSPHRASE,
        "--wrong",
        WRONG,
        "--contacts",
        str(contacts),
        "--walk",
        walk,
    ]
    if shots is not None:
        command += ["--shots", str(shots)]
    return e2e.run_walk(command, env, root, WALK_TIMEOUT, db, root / "files", shots)


def no_errors(result: WalkResult) -> None:
    """The whole walk done, nothing wrong seen on the way, no exception, no crash."""
    assert "WALK DONE" in result.out, result.explain()
    assert "WALK FAILED" not in result.out, result.explain()
    problems = [line for line in result.out.splitlines() if line.startswith("PROBLEM ")]
    assert problems == [], "\n".join(problems)
    log = result.data / "logs" / "office-desk.log"
    logged = log.read_text(encoding="utf-8", errors="replace") if log.is_file() else ""
    for text, where in ((result.err, "stderr"), (logged, "office-desk.log")):
        assert "Traceback (most recent call last)" not in text and "unexpected error" not in text, (
            f"an error in {where}:\n{text[-4000:]}"
        )
    assert "Fatal Python error" not in result.err, result.explain()
    assert result.crash_reports() == [], [p.read_text() for p in result.crash_reports()]


def office_desk(db: Path, *args: str, passphrase: str | None) -> subprocess.CompletedProcess[str]:
    """The command line on ``db``, with ``passphrase`` (if any) in its environment."""
    env = child_environment(db.parent.parent / "cli", "offscreen")
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    if passphrase is not None:
        env[cipher.PASSPHRASE_ENV] = passphrase
    return subprocess.run(
        [sys.executable, "-m", "office_desk", "--db", str(db), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
        check=False,
    )


def still_encrypted(db: Path) -> None:
    """In travel mode, unreadable without the passphrase, and sound with it."""
    assert cipher.is_encrypted(db)
    assert not db.read_bytes().startswith(cipher.SQLITE_HEADER)
    plain = sqlite3.connect(db)
    try:
        with pytest.raises(sqlite3.DatabaseError, match="file is not a database"):
            plain.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        plain.close()
    locked = office_desk(db, "check", passphrase=None)
    assert locked.returncode != 0 and "OFFICE_DESK_PASSPHRASE" in locked.stderr, locked
    check = office_desk(db, "check", passphrase=PASSPHRASE)
    assert check.returncode == 0, check.stdout + check.stderr
    assert "no problems found" in check.stdout, check.stdout


def test_travel_mode_file_asks_its_passphrase_in_a_real_x_window(
    travel_file: tuple[Path, int], x_displays: XDisplays
) -> None:
    """Wrong passphrase, right one, the contacts listed, Settings says travel mode."""
    db, contacts = travel_file
    for old in SHOTS.glob("encryption-*.png") if SHOTS.is_dir() else []:
        old.unlink()
    result = run_walk(db, contacts, "open", x_displays.get(1366, 768), SHOTS)
    assert result.returncode == 0, result.explain()
    no_errors(result)
    assert "INFO platform xcb screen 1366×" in result.out, result.out
    assert "EXIT 0" in result.out, result.explain()
    assert result.steps == [
        "the passphrase dialog before the main window",
        "a wrong passphrase, OK",
        "the right passphrase, OK",
        "the main window on the file",
        "Edit ▸ Settings… from the menu bar",
        "Settings: the file is encrypted in travel mode",
        "Settings: Cancel",
        "Edit ▸ Personal Data ▸ Data-Protection Review…",
        "Edit ▸ Personal Data ▸ Erase This Person… on the first contact",
        "quit",
    ], result.explain()
    assert "INFO encryption status: Encrypted in travel mode" in result.out, result.out
    still_encrypted(db)
    with pytest.raises(cipher.KeyNeeded):  # no key at hand in this process
        cipher.key_for(db)
    assert cipher.unlock(db, PASSPHRASE).travel
    assert encryption.mode_of(db) == encryption.TRAVEL
    # The contact erased in the window is erased in the (still encrypted) file.
    erased = uuid.UUID(result.out.split("INFO erased ", 1)[1].split()[0])
    store = open_store(db)
    try:
        with store.session() as session:
            contact = session.get(Contact, erased, execution_options={"include_deleted": True})
            assert contact is not None and contact.erased_at is not None
            assert contact.emails == [] and contact.given_name == ""
    finally:
        store.close()
    for name in ("passphrase", "wrong-passphrase", "main-window", "settings", "screen-settings"):
        shot = SHOTS / f"encryption-{name}.png"
        assert shot.is_file() and shot.stat().st_size > 0, shot


def test_cancel_at_the_passphrase_ends_the_start_and_leaves_the_file(
    travel_file: tuple[Path, int], x_displays: XDisplays, tmp_path: Path
) -> None:
    """Cancel: exit status 1 (the --db file was not opened), no window, the file and
    the folder beside it as they were."""
    db, contacts = travel_file
    before = file_hash(db)
    beside = sorted(p.name for p in db.parent.iterdir())
    result = run_walk(db, contacts, "cancel", x_displays.get(1366, 768), None)
    assert result.returncode == 1, result.explain()
    no_errors(result)
    assert "EXIT 1" in result.out, result.explain()
    assert result.steps == ["the passphrase dialog before the main window", "Cancel"], (
        result.explain()
    )
    assert file_hash(db) == before
    assert sorted(p.name for p in db.parent.iterdir() if p.name != "logs") == [
        n for n in beside if n != "logs"
    ]
    still_encrypted(db)

"""One writer at a time: the file guard between Office Desk windows and instances."""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile, QSysInfo, Qt
from PySide6.QtNetwork import QLocalSocket
from pytestqt.qtbot import QtBot

from office_desk.ui import file_guard
from office_desk.ui.file_guard import (
    Claim,
    FileGuard,
    Holder,
    activated_text,
    holder_text,
    lock_path_for,
    server_name_for,
)
from office_desk.ui.read_only_banner import ReadOnlyBanner

HOLDER_SCRIPT = Path(__file__).with_name("file_guard_holder.py")


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "office.sqlite"
    path.write_bytes(b"")  # the guard never reads the database itself
    return path


@pytest.fixture
def make_guard() -> Iterator[Callable[..., FileGuard]]:
    guards: list[FileGuard] = []

    def make(**kwargs: int) -> FileGuard:
        guard = FileGuard(**kwargs)
        guards.append(guard)
        return guard

    yield make
    for guard in guards:
        guard.release()


@pytest.fixture
def start_holder() -> Iterator[Callable[[str, Path], subprocess.Popen[str]]]:
    """Another instance in its own process; ``ready <claim>`` once it holds the file."""
    children: list[subprocess.Popen[str]] = []

    def start(mode: str, path: Path) -> subprocess.Popen[str]:
        child = subprocess.Popen(
            [sys.executable, str(HOLDER_SCRIPT), mode, str(path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
        children.append(child)
        assert child.stdout is not None
        line = child.stdout.readline().strip()
        assert line in ("ready OWNED", "ready LOCKED"), line
        return child

    yield start
    for child in children:
        if child.poll() is None:
            if sys.platform != "win32":
                child.send_signal(signal.SIGCONT)
            assert child.stdin is not None
            child.stdin.close()
            try:
                child.wait(10)
            except subprocess.TimeoutExpired:
                child.kill()
                child.wait()
        if child.stdout is not None:
            child.stdout.close()


# ---------------------------------------------------------------------- one process


def test_first_claim_owns_the_file_and_listens(
    make_guard: Callable[..., FileGuard], db: Path
) -> None:
    guard = make_guard()
    assert guard.claim(db) == (Claim.OWNED, None)
    assert guard.path == db.resolve()
    assert guard.guarded and guard.listening
    assert lock_path_for(db) == db.with_name("office.sqlite.lock")
    assert lock_path_for(db).exists()
    assert guard.claim(db) == (Claim.OWNED, None)  # claiming again changes nothing

    guard.release()
    assert guard.path is None and not guard.guarded and not guard.listening
    assert not lock_path_for(db).exists()
    guard.release()  # twice is fine


def test_second_window_brings_the_first_forward(
    qtbot: QtBot, make_guard: Callable[..., FileGuard], db: Path
) -> None:
    first, second = make_guard(), make_guard()
    assert first.claim(db)[0] is Claim.OWNED
    with qtbot.waitSignal(first.activation_requested, timeout=3000):
        claim, holder = second.claim(db)
    assert claim is Claim.ACTIVATED_OTHER
    assert holder is not None
    assert holder.pid == os.getpid()
    assert holder.same_user_reachable and holder.same_host and holder.same_user
    assert second.path is None and not second.guarded
    assert first.path == db.resolve()


def test_release_lets_the_next_window_own_the_file(
    make_guard: Callable[..., FileGuard], db: Path
) -> None:
    first, second = make_guard(), make_guard()
    assert first.claim(db)[0] is Claim.OWNED
    first.release()
    assert second.claim(db) == (Claim.OWNED, None)
    assert second.listening


def test_switching_files_keeps_the_old_claim_until_the_new_one_is_owned(
    qtbot: QtBot, make_guard: Callable[..., FileGuard], tmp_path: Path
) -> None:
    a, b = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    window, other = make_guard(), make_guard()
    assert window.claim(a)[0] is Claim.OWNED
    assert other.claim(b)[0] is Claim.OWNED

    with qtbot.waitSignal(other.activation_requested, timeout=3000):
        assert window.claim(b)[0] is Claim.ACTIVATED_OTHER
    assert window.path == a.resolve() and lock_path_for(a).exists()

    other.release()
    assert window.claim(b) == (Claim.OWNED, None)
    assert window.path == b.resolve()
    assert not lock_path_for(a).exists()  # released once b was owned
    assert make_guard().claim(a)[0] is Claim.OWNED


def test_server_names_differ_per_file_and_fit_every_platform(tmp_path: Path) -> None:
    name = server_name_for(tmp_path / "a.sqlite")
    assert name == server_name_for(tmp_path / "x" / ".." / "a.sqlite")
    assert name != server_name_for(tmp_path / "b.sqlite")
    assert name.startswith("office-desk-") and len(name) == len("office-desk-") + 16


def test_a_stale_server_name_after_a_crash_is_replaced(
    qtbot: QtBot, make_guard: Callable[..., FileGuard], db: Path
) -> None:
    if sys.platform == "win32":
        pytest.skip("named pipes do not outlive their process")
    import socket

    first = make_guard()
    assert first.claim(db)[0] is Claim.OWNED
    assert first._server is not None
    socket_path = first._server.fullServerName()
    first.release()
    assert not os.path.exists(socket_path)
    dead = socket.socket(socket.AF_UNIX)  # what a crashed owner leaves behind
    dead.bind(socket_path)
    dead.close()
    try:
        assert first.claim(db)[0] is Claim.OWNED
        assert first.listening
        with qtbot.waitSignal(first.activation_requested, timeout=3000):
            assert make_guard().claim(db)[0] is Claim.ACTIVATED_OTHER
    finally:
        first.release()
        with contextlib.suppress(FileNotFoundError):
            os.unlink(socket_path)


def test_an_owner_ignores_garbage_on_its_channel(
    qtbot: QtBot, make_guard: Callable[..., FileGuard], db: Path
) -> None:
    owner = make_guard()
    assert owner.claim(db)[0] is Claim.OWNED
    socket = QLocalSocket()
    with qtbot.assertNotEmitted(owner.activation_requested, wait=300):
        socket.connectToServer(server_name_for(db))
        assert socket.waitForConnected(1000)
        socket.write(b"hello there\n")
        socket.flush()
        qtbot.waitUntil(
            lambda: socket.state() == QLocalSocket.LocalSocketState.UnconnectedState, timeout=2000
        )


# ---------------------------------------------------------------------- other processes


def test_a_second_process_brings_the_running_one_forward(
    start_holder: Callable[[str, Path], subprocess.Popen[str]],
    make_guard: Callable[..., FileGuard],
    db: Path,
) -> None:
    child = start_holder("guard", db)
    claim, holder = make_guard().claim(db)
    assert claim is Claim.ACTIVATED_OTHER
    assert holder is not None and holder.pid == child.pid and holder.same_user_reachable
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "activated"


def test_a_lock_whose_holder_does_not_answer_opens_read_only(
    start_holder: Callable[[str, Path], subprocess.Popen[str]],
    make_guard: Callable[..., FileGuard],
    db: Path,
) -> None:
    # Another user's instance: its activation channel has a name we cannot reach; the
    # child takes only the lock file, which is the same from here.
    child = start_holder("lock", db)
    guard = make_guard()
    claim, holder = guard.claim(db)
    assert claim is Claim.HELD_BY_OTHER
    assert holder is not None
    assert holder.pid == child.pid
    assert holder.host == QSysInfo.machineHostName()
    assert holder.app and not holder.same_user_reachable
    assert holder.same_host
    assert guard.path is None and not guard.guarded
    assert str(child.pid) in holder_text(holder)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGSTOP is POSIX")
def test_an_owner_that_hangs_does_not_hang_the_second_instance(
    start_holder: Callable[[str, Path], subprocess.Popen[str]],
    make_guard: Callable[..., FileGuard],
    db: Path,
) -> None:
    child = start_holder("guard", db)
    child.send_signal(signal.SIGSTOP)
    started = time.monotonic()
    claim, holder = make_guard(answer_timeout_ms=400).claim(db)
    assert time.monotonic() - started < 3
    assert claim is Claim.HELD_BY_OTHER
    assert holder is not None and holder.pid == child.pid and not holder.same_user_reachable
    child.send_signal(signal.SIGCONT)


def test_a_killed_holder_does_not_block(
    start_holder: Callable[[str, Path], subprocess.Popen[str]],
    make_guard: Callable[..., FileGuard],
    qtbot: QtBot,
    db: Path,
) -> None:
    child = start_holder("guard", db)
    child.kill()  # SIGKILL: no clean-up, the lock file and the socket stay behind
    child.wait()
    assert lock_path_for(db).exists()
    owner = make_guard()
    assert owner.claim(db) == (Claim.OWNED, None)
    assert owner.listening  # the crashed owner's server name was taken over
    with qtbot.waitSignal(owner.activation_requested, timeout=3000):
        assert make_guard().claim(db)[0] is Claim.ACTIVATED_OTHER


# ---------------------------------------------------------------------- stale and unusual locks


def _stale_lock_with_our_pid(db: Path, age: float) -> None:
    """A lock file as an earlier run would leave it whose process id is ours now (pid
    reuse: QLockFile sees a live process of the same name and keeps it)."""
    path = lock_path_for(db)
    lock = QLockFile(str(path))
    assert lock.tryLock(0)
    content = path.read_bytes()
    lock.unlock()
    path.write_bytes(content)
    past = time.time() - age
    os.utime(path, (past, past))


def test_a_stale_lock_with_a_reused_pid_is_removed(
    make_guard: Callable[..., FileGuard], db: Path
) -> None:
    _stale_lock_with_our_pid(db, age=60)
    probe = QLockFile(str(lock_path_for(db)))
    probe.setStaleLockTime(0)
    assert not probe.tryLock(0)  # what QLockFile alone decides
    assert make_guard().claim(db) == (Claim.OWNED, None)


def test_a_held_old_lock_is_not_taken_as_stale(
    qtbot: QtBot, make_guard: Callable[..., FileGuard], db: Path
) -> None:
    owner = make_guard()
    assert owner.claim(db)[0] is Claim.OWNED
    past = time.time() - 3600  # open for an hour
    os.utime(lock_path_for(db), (past, past))
    with qtbot.waitSignal(owner.activation_requested, timeout=3000):
        assert make_guard().claim(db)[0] is Claim.ACTIVATED_OTHER
    assert owner.guarded and lock_path_for(db).exists()


def test_an_unreadable_lock_file_is_removed_only_when_old(
    make_guard: Callable[..., FileGuard], db: Path
) -> None:
    lock_path_for(db).write_bytes(b"")  # a power cut right after it was created
    claim, holder = make_guard().claim(db)
    assert claim is Claim.HELD_BY_OTHER  # young: its owner may be writing it now
    assert holder is not None and holder.pid == 0

    past = time.time() - 120
    os.utime(lock_path_for(db), (past, past))
    assert make_guard().claim(db) == (Claim.OWNED, None)


def test_a_read_only_folder_leaves_the_file_unguarded(
    make_guard: Callable[..., FileGuard],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    db = folder / "office.sqlite"
    db.write_bytes(b"")
    folder.chmod(0o555)
    try:
        if os.access(folder, os.W_OK):  # root ignores the mode: pretend
            monkeypatch.setattr(file_guard, "_folder_writable", lambda _folder: False)
        guard = make_guard()
        with caplog.at_level(logging.WARNING, logger=file_guard.__name__):
            assert guard.claim(db) == (Claim.OWNED, None)
        assert "not writable" in caplog.text
        assert guard.path == db.resolve()
        assert not guard.guarded and not guard.listening
        assert not lock_path_for(db).exists()
    finally:
        folder.chmod(0o755)


def test_a_lock_that_cannot_be_created_leaves_the_file_unguarded(
    make_guard: Callable[..., FileGuard],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    # The folder looks writable but the lock file cannot be made (here: no folder at
    # all; in life: Windows ACLs, a read-only network share).
    monkeypatch.setattr(file_guard, "_folder_writable", lambda _folder: True)
    guard = make_guard()
    with caplog.at_level(logging.WARNING, logger=file_guard.__name__):
        assert guard.claim(tmp_path / "missing" / "office.sqlite") == (Claim.OWNED, None)
    assert "cannot create the lock file" in caplog.text
    assert not guard.guarded


# ---------------------------------------------------------------------- texts and banner


def test_holder_texts() -> None:
    other = Holder(
        pid=4242,
        host="desk-7",
        app="office-desk",
        same_user_reachable=False,
        user="mei",
        same_host=False,
        same_user=False,
    )
    assert holder_text(other) == (
        "Opened read-only: this file is open in Office Desk on desk-7 (process 4242) by mei. "
        "Changes are turned off until it is closed there."
    )
    unknown = Holder(pid=4242, host="desk-7", app="office-desk", same_user_reachable=False)
    assert holder_text(unknown) == (
        "Opened read-only: this file is open in Office Desk on desk-7 (process 4242) by "
        "another user. Changes are turned off until it is closed there."
    )
    hung = Holder(
        pid=99,
        host="vm",
        app="office-desk",
        same_user_reachable=False,
        user="me",
        same_host=True,
        same_user=True,
    )
    assert "another Office Desk window (process 99) that does not respond" in holder_text(hung)
    assert "brought to the front" in activated_text()


def test_banner_shows_the_text_and_asks_to_retry(qtbot: QtBot) -> None:
    banner = ReadOnlyBanner()
    qtbot.addWidget(banner)
    holder = Holder(
        pid=4242, host="desk-7", app="office-desk", same_user_reachable=False, user="mei"
    )
    banner.show_holder(holder)
    assert banner.isVisible()
    assert banner.text() == holder_text(holder)
    assert banner.text_label.text() == holder_text(holder)
    assert banner.retry_button.text() == "Try again"
    with qtbot.waitSignal(banner.retry_requested, timeout=1000):
        qtbot.mouseClick(banner.retry_button, Qt.MouseButton.LeftButton)
    banner.resize(800, banner.sizeHint().height())
    assert not banner.grab().isNull()  # paints (with its border line)

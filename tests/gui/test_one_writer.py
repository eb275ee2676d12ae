"""Two instances on one file cannot clobber each other: a second window of the same
user brings the first forward instead of opening the file; a file held by another
user's instance opens read-only, with a banner, and nothing can be written."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from office_desk.ui.main_window import MainWindow

HOLDER_SCRIPT = Path(__file__).with_name("file_guard_holder.py")


@pytest.fixture
def other_users_instance() -> Iterator[object]:
    """A process holding a file's lock without answering (as another user's would)."""
    children: list[subprocess.Popen[str]] = []

    def start(path: Path) -> subprocess.Popen[str]:
        child = subprocess.Popen(
            [sys.executable, str(HOLDER_SCRIPT), "lock", str(path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
        children.append(child)
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready LOCKED"
        return child

    yield start
    for child in children:
        if child.poll() is None:
            assert child.stdin is not None
            child.stdin.close()
            child.wait(10)


def _answer(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    told: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "information",
        lambda *a, **k: told.append(str(a[2])) or QMessageBox.StandardButton.Ok,
    )
    return told


def test_a_second_window_on_the_same_file_brings_the_first_forward(
    qtbot: QtBot, window: MainWindow, sample_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first_claim, _ = window.guard.claim(sample_path)
    assert first_claim.name == "OWNED"
    second = MainWindow(None)
    qtbot.addWidget(second)
    told = _answer(monkeypatch)
    with qtbot.waitSignal(window.guard.activation_requested, timeout=3000):
        second.open_path(sample_path)
    assert told and "already open" in told[0]
    assert second.context is None  # never opened: one writer per file
    # The first window still owns the file and writes to it.
    assert window.guard.path == sample_path.resolve()
    assert not window.read_only


@pytest.mark.slow
def test_a_file_held_by_another_users_instance_opens_read_only(
    qtbot: QtBot, sample_path: Path, other_users_instance: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    from office_desk.ui.background import wait_for_background

    child = other_users_instance(sample_path)  # type: ignore[operator]
    win = MainWindow(None)
    qtbot.addWidget(win)
    win.show()
    win.open_path(sample_path)
    qtbot.waitUntil(lambda: win.context is not None, timeout=10000)
    assert win.read_only
    assert win.read_only_banner.isVisible()
    assert str(child.pid) in win.read_only_banner.text()
    assert "read-only" in win.windowTitle()
    for action in (
        win.new_record_action,
        win.delete_action,
        win.edit_record_action,
        win.import_contacts_action,
        win.import_package_action,
        win.restore_action,
        win.undo_action,
    ):
        assert not action.isEnabled(), action.text()
    assert win.copy_action.isEnabled() and win.export_package_action.isEnabled()
    win.show_page("contact")
    view = win.list_view("contact")
    assert view.model.rowCount() > 0  # reading works
    win.new_record("contact")  # refused, not an editor that cannot save
    assert "read-only" in win.statusBar().currentMessage()
    assert win.guard.path is None  # a read-only window holds no lock

    # The other instance closes the file: Try again makes this window the writer.
    assert child.stdin is not None
    child.stdin.close()
    child.wait(10)
    win.read_only_banner.retry_button.click()
    qtbot.waitUntil(lambda: win.context is not None and not win.read_only, timeout=10000)
    wait_for_background()
    assert not win.read_only_banner.isVisible()
    assert win.new_record_action.isEnabled()
    assert win.guard.path == sample_path.resolve()
    win.close()


@pytest.mark.slow
def test_starting_the_app_twice_on_one_file_leaves_one_writer(
    sample_path: Path, tmp_path: Path
) -> None:
    """The real thing: two app processes on one file. The second hands over to the
    first and exits; the first keeps running and closes cleanly on SIGTERM."""
    import signal
    import time

    from office_desk.ui.file_guard import lock_path_for

    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "OFFICE_DESK_DATA_DIR": str(tmp_path / "data"),
    }
    first = subprocess.Popen(
        [sys.executable, "-m", "office_desk", "--db", str(sample_path)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        lock = lock_path_for(sample_path)
        deadline = time.monotonic() + 60
        while not lock.exists() and time.monotonic() < deadline:
            assert first.poll() is None, first.communicate()
            time.sleep(0.2)
        time.sleep(1.0)  # the first window's event loop is running
        second = subprocess.run(
            [sys.executable, "-m", "office_desk", "--db", str(sample_path)],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert second.returncode == 0, second.stderr
        assert "already open in another Office Desk window" in second.stderr
        assert first.poll() is None  # the first is still the one writer
    finally:
        first.send_signal(signal.SIGTERM)
        out, err = first.communicate(timeout=60)
    assert first.returncode == 0, err
    assert not lock.exists()  # released on a clean close

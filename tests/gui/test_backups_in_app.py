"""The app's own backups: the daily one when a file is opened, one on close after
changes, and File ▸ Restore from Backup putting a backup back (after a safety copy)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from sqlmodel import func, select

from office_desk.core.models import Contact
from office_desk.core.services import record_state
from office_desk.core.store.backup import list_backups, record_counts
from office_desk.ui import settings
from office_desk.ui.background import wait_for_background
from office_desk.ui.main_window import MainWindow


def _contacts(window: MainWindow) -> int:
    assert window.context is not None
    with window.context.store.session() as session:
        return int(session.exec(select(func.count()).select_from(Contact)).one())


def _add_contact(window: MainWindow, family: str) -> None:
    assert window.context is not None
    import uuid

    state = record_state.RecordState({"given_name": "Test", "family_name": family})
    record_state.apply(window.context.store, Contact, uuid.uuid4(), state, create=True)
    window.context.announce({"contact"})


def _reasons(path: Path) -> list[str]:
    return [b.reason for b in list_backups(settings.backup_folder(), path)]


@pytest.fixture(autouse=True)
def own_backup_folder(tmp_path: Path) -> None:
    settings.put(settings.BACKUP_FOLDER, str(tmp_path / "backups"))


def test_opening_a_file_makes_the_daily_backup_once(qtbot: QtBot, window: MainWindow) -> None:
    assert window.context is not None and window.context.store.path is not None
    path = window.context.store.path
    qtbot.waitUntil(lambda: "daily" in _reasons(path), timeout=10000)
    wait_for_background()
    window.set_store(window.context.store.__class__(window.context.store.engine, path))
    qtbot.wait(200)
    wait_for_background()
    assert _reasons(path).count("daily") == 1  # not again the same day


def test_closing_after_a_change_makes_a_backup_with_it(qtbot: QtBot, window: MainWindow) -> None:
    assert window.context is not None and window.context.store.path is not None
    path = window.context.store.path
    qtbot.waitUntil(lambda: "daily" in _reasons(path), timeout=10000)
    wait_for_background()
    _add_contact(window, "Abschiedsbrief")
    expected = _contacts(window)
    assert window.close()
    backups = list_backups(settings.backup_folder(), path)
    assert backups[0].reason == "on-close"
    assert backups[0].counts["contact"] == expected


def test_restore_from_backup_puts_the_backup_back_and_keeps_a_safety_copy(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert window.context is not None and window.context.store.path is not None
    path = window.context.store.path
    qtbot.waitUntil(lambda: "daily" in _reasons(path), timeout=10000)
    wait_for_background()
    daily = list_backups(settings.backup_folder(), path)[0]
    before = _contacts(window)
    _add_contact(window, "Nachzügler")
    assert _contacts(window) == before + 1

    from office_desk.ui import restore_dialog

    monkeypatch.setattr(
        restore_dialog.RestoreDialog, "exec", lambda self: QDialog.DialogCode.Accepted
    )
    monkeypatch.setattr(restore_dialog.RestoreDialog, "chosen_backup", lambda self: daily.path)
    window.restore_from_backup()

    assert window.context is not None and not window.context.closed
    assert _contacts(window) == before
    window.show_page("contact")
    view = window.list_view("contact")
    names = [str(view.model.data(view.model.index(r, 0))) for r in range(view.model.rowCount())]
    assert not any("Nachzügler" in n for n in names)
    safety = next(
        b for b in list_backups(settings.backup_folder(), path) if b.reason == "before-restore"
    )
    assert record_counts(safety.path)["contact"] == before + 1
    assert "Restored" in window.statusBar().currentMessage()


def test_a_failed_restore_leaves_the_file_open_and_unchanged(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    assert window.context is not None and window.context.store.path is not None
    wait_for_background()
    before = _contacts(window)
    broken = tmp_path / "backups" / "sample.2020-01-01T000000.daily.sqlite"
    broken.parent.mkdir(exist_ok=True)
    broken.write_bytes(b"SQLite format 3\x00" + b"\x00" * 2000)

    from PySide6.QtWidgets import QMessageBox

    from office_desk.ui import restore_dialog

    warned: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "warning",
        lambda *a, **k: warned.append(str(a[2])) or QMessageBox.StandardButton.Ok,
    )
    monkeypatch.setattr(
        restore_dialog.RestoreDialog, "exec", lambda self: QDialog.DialogCode.Accepted
    )
    monkeypatch.setattr(restore_dialog.RestoreDialog, "chosen_backup", lambda self: broken)
    window.restore_from_backup()
    assert warned and "not restored" in warned[0]
    assert window.context is not None and _contacts(window) == before

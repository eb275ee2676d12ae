"""File ▸ Restore from Backup: the list, the confirmation, and what the dialog hands back."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from office_desk.core.models import Contact
from office_desk.core.store.backup import backup_before, record_counts
from office_desk.core.store.database import open_store
from office_desk.ui.restore_dialog import RestoreDialog, reason_label, size_text
from tests.conftest import file_hash

T0 = datetime(2026, 11, 2, 9, 30, 0)
#: The count columns, in the registry's order of kinds (core.kinds.KINDS).
COUNT_COLUMNS = {"office": 3, "organization": 4, "contact": 5, "project": 6, "event": 7}


def add_contact(db: Path) -> None:
    store = open_store(db)
    try:
        with store.write() as session:
            session.add(Contact(given_name="Added", family_name="Later"))
    finally:
        store.close()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "backups"


@pytest.fixture
def backups(sample_path: Path, folder: Path) -> dict[str, Path]:
    """Three backups (oldest to newest: import, damaged, daily) and one more contact
    in the current file than in any of them."""
    made = {"import": backup_before(sample_path, folder, "before-import", when=T0)}
    damaged = backup_before(sample_path, folder, "on-close", when=T0 + timedelta(hours=2))
    damaged.write_bytes(damaged.read_bytes()[:12000])
    made["damaged"] = damaged
    made["daily"] = backup_before(sample_path, folder, "daily", when=T0 + timedelta(days=1))
    add_contact(sample_path)
    return made


def make_dialog(qtbot: QtBot, source: Path, folder: Path) -> RestoreDialog:
    dialog = RestoreDialog(source, folder)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def answer_confirmation(qtbot: QtBot, button_text: str) -> list[str]:
    """Click ``button_text`` in the confirmation once it is shown; what it said."""
    seen: list[str] = []

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(box.text() + "\n" + box.informativeText())
        button = next(b for b in box.buttons() if b.text().replace("&", "") == button_text)
        button.click()

    QTimer.singleShot(0, click)
    return seen


def test_lists_backups_with_their_counts(
    qtbot: QtBot, sample_path: Path, folder: Path, backups: dict[str, Path]
) -> None:
    dialog = make_dialog(qtbot, sample_path, folder)
    tree = dialog.tree
    assert tree.isVisible() and not dialog.empty_label.isVisible()
    assert tree.topLevelItemCount() == 3
    assert [b.path for b in dialog.backups] == [
        backups["daily"],
        backups["damaged"],
        backups["import"],
    ]
    headers = [tree.headerItem().text(c) for c in range(tree.columnCount())]
    assert headers == [
        "Made",
        "Reason",
        "Size",
        "Offices",
        "Organizations",
        "Contacts",
        "Projects",
        "Events",
    ]
    daily = tree.topLevelItem(0)
    assert daily.text(0) == "2026-11-03 09:30"
    assert daily.text(1) == "Daily"
    assert daily.text(2) == size_text(backups["daily"].stat().st_size)
    expected = record_counts(backups["daily"])
    for kind, column in COUNT_COLUMNS.items():
        assert daily.text(column) == f"{expected[kind]:,}"
    assert tree.topLevelItem(2).text(1) == "Before import"
    # the current file, for comparison: one contact more
    now = record_counts(sample_path)
    assert now["contact"] == expected["contact"] + 1
    text = dialog.current_label.text()
    assert text.startswith("Current file:")
    assert f"contacts {now['contact']}" in text and f"offices {now['office']}" in text
    assert daily.font(COUNT_COLUMNS["contact"]).bold()
    assert not daily.font(COUNT_COLUMNS["office"]).bold()
    # the newest usable backup is selected, ready to restore
    assert dialog.selected_backup().path == backups["daily"]
    assert dialog.restore_button.isEnabled()
    assert dialog.chosen_backup() is None


def test_a_damaged_backup_is_greyed_and_cannot_be_restored(
    qtbot: QtBot,
    sample_path: Path,
    folder: Path,
    backups: dict[str, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = make_dialog(qtbot, sample_path, folder)
    item = dialog.tree.topLevelItem(1)
    assert item.text(1) == "On close"
    assert item.text(COUNT_COLUMNS["contact"]) == ""
    assert "damaged" in item.toolTip(0) and "damaged" in item.toolTip(4)
    normal = dialog.tree.topLevelItem(0).foreground(0).color()
    assert item.foreground(0).color() != normal
    asked: list[object] = []
    monkeypatch.setattr(dialog, "confirm", lambda info: asked.append(info) or True)
    dialog.tree.setCurrentItem(item)
    assert not dialog.restore_button.isEnabled()
    assert "cannot be restored" in dialog.detail_label.text()
    dialog.restore_selected()
    dialog.tree.itemDoubleClicked.emit(item, 0)
    assert asked == [] and dialog.isVisible() and dialog.chosen_backup() is None


def test_restore_after_confirmation_returns_the_backup(
    qtbot: QtBot, sample_path: Path, folder: Path, backups: dict[str, Path]
) -> None:
    before = {path: file_hash(path) for path in (sample_path, backups["import"])}
    dialog = make_dialog(qtbot, sample_path, folder)
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(2))  # the import one
    seen = answer_confirmation(qtbot, "Restore")
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.chosen_backup() == backups["import"]
    assert len(seen) == 1
    assert "2026-11-02 09:30" in seen[0] and "Before import" in seen[0]
    assert "backed up first" in seen[0]
    # the dialog itself changes no file, and leaves nothing beside the backups
    assert {path: file_hash(path) for path in before} == before
    assert not list(folder.glob("*-wal")) and not list(folder.glob("*-shm"))
    assert len(list(folder.iterdir())) == 3


def test_cancel_in_the_confirmation_keeps_the_dialog_open(
    qtbot: QtBot, sample_path: Path, folder: Path, backups: dict[str, Path]
) -> None:
    dialog = make_dialog(qtbot, sample_path, folder)
    answer_confirmation(qtbot, "Cancel")
    dialog.restore_selected()
    assert dialog.isVisible() and dialog.chosen_backup() is None
    dialog.buttons.rejected.emit()  # Close
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.chosen_backup() is None


def test_double_click_restores(
    qtbot: QtBot,
    sample_path: Path,
    folder: Path,
    backups: dict[str, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = make_dialog(qtbot, sample_path, folder)
    monkeypatch.setattr(dialog, "confirm", lambda info: True)
    item = dialog.tree.topLevelItem(0)
    dialog.tree.setCurrentItem(item)
    dialog.tree.itemDoubleClicked.emit(item, 0)
    assert dialog.chosen_backup() == backups["daily"]
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_show_in_folder(
    qtbot: QtBot,
    sample_path: Path,
    folder: Path,
    backups: dict[str, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialog = make_dialog(qtbot, sample_path, folder)
    assert dialog.folder_button.isEnabled()
    qtbot.mouseClick(dialog.folder_button, Qt.MouseButton.LeftButton)
    assert [Path(url.toLocalFile()) for url in opened] == [folder]


def test_empty_state(qtbot: QtBot, sample_path: Path, folder: Path) -> None:
    dialog = make_dialog(qtbot, sample_path, folder)
    assert not dialog.tree.isVisible() and dialog.empty_label.isVisible()
    assert dialog.empty_label.text().startswith("No backups of this file yet.")
    assert "every day you open it" in dialog.empty_label.text()
    assert str(folder) in dialog.empty_label.text()
    assert not dialog.restore_button.isEnabled()
    assert not dialog.folder_button.isEnabled()  # the folder does not exist yet
    dialog.restore_selected()
    assert dialog.chosen_backup() is None


def test_sixty_backups_list_quickly(qtbot: QtBot, sample_path: Path, folder: Path) -> None:
    for day in range(60):
        backup_before(sample_path, folder, "daily", when=T0 - timedelta(days=day))
    dialog = make_dialog(qtbot, sample_path, folder)
    assert dialog.tree.topLevelItemCount() == 60
    # How long the listing takes is a figure, not an assert (a loaded CI machine took
    # 1.04 s once): list_backups of these 60 takes about 0.25 s on the 2-core machine.
    assert dialog.load_seconds > 0


def test_reason_labels() -> None:
    assert reason_label("on-close") == "On close"
    assert reason_label("before-merge") == "Before merge"
    assert reason_label("before-restore") == "Before restore"
    assert reason_label("before-schema-upgrade-from-0001") == "Before upgrade (schema 0001)"
    assert reason_label("before-schema-0003") == "Before upgrade (schema 0003)"
    assert reason_label("something-else") == "something-else"
    assert size_text(1_250_000) == "1.2 MB"

"""Opening a hostile file in the app: its foreign objects are listed, and removed only
after the user agrees and a verified backup is made; declined, the file is not opened
and not changed. A backup holding such objects cannot be restored."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot
from sqlmodel import select

from office_desk.core.models import Contact
from office_desk.core.services import record_state
from office_desk.core.store.backup import backup_before, list_backups
from office_desk.ui import settings
from office_desk.ui.background import wait_for_background
from office_desk.ui.foreign_objects_dialog import ForeignObjectsDialog
from office_desk.ui.main_window import MainWindow
from office_desk.ui.restore_dialog import RestoreDialog
from tests.conftest import file_hash
from tests.hostile_files import SPY_TABLE, SPY_TRIGGER, harvested, plant_spy, run, schema_rows

NOT_OURS = "Not made by Office Desk"


@pytest.fixture(autouse=True)
def own_backup_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "backups"
    settings.put(settings.BACKUP_FOLDER, str(folder))
    return folder


def _answer(
    qtbot: QtBot,
    button: str,
    seen: list[list[list[str]]],
    look: Callable[[ForeignObjectsDialog], None] | None = None,
) -> None:
    """When the dialog comes up: note its rows, let ``look`` see it, press ``button``
    (looked for during 30 s at most, so that no timer outlives a failed test)."""
    tries = iter(range(600))

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ForeignObjectsDialog):
            if next(tries, None) is not None:
                QTimer.singleShot(50, answer)
            return
        seen.append(dialog.object_rows())
        if look is not None:
            look(dialog)
        pressed = dialog.findChild(QPushButton, button)
        assert pressed is not None, button
        qtbot.mouseClick(pressed, Qt.MouseButton.LeftButton)

    QTimer.singleShot(50, answer)


def _window(qtbot: QtBot) -> MainWindow:
    win = MainWindow(None)
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    return win


def _closed(seen: list[list[list[str]]]) -> bool:
    return bool(seen) and not isinstance(QApplication.activeModalWidget(), ForeignObjectsDialog)


def test_a_hostile_file_is_listed_and_cleaned_after_a_backup(
    qtbot: QtBot, sample_path: Path, own_backup_folder: Path, tmp_path: Path
) -> None:
    plant_spy(sample_path)
    win = _window(qtbot)
    seen: list[list[list[str]]] = []

    def look(dialog: ForeignObjectsDialog) -> None:
        assert dialog.grab().save(str(tmp_path / "foreign-objects.png"))
        assert "has not changed it" in dialog.explanation.text()
        assert str(own_backup_folder) in dialog.action_label.text()
        assert "INSERT INTO harvest" in dialog.definition.toPlainText()  # the trigger's SQL

    _answer(qtbot, "remove_button", seen, look)
    win.open_path(sample_path)
    qtbot.waitUntil(lambda: win.context is not None, timeout=30000)
    wait_for_background()
    assert ["Trigger", SPY_TRIGGER, "contact", NOT_OURS] in seen[0]
    assert ["Table", SPY_TABLE, "", NOT_OURS] in seen[0]
    # The backup holds the file as it was, and is not offered for restoring.
    made = [b for b in list_backups(own_backup_folder, sample_path) if b.reason == "before-cleanup"]
    assert len(made) == 1 and not made[0].usable
    assert ("trigger", SPY_TRIGGER) in schema_rows(made[0].path)
    # The open file: no spy, and saving a contact keeps what was typed.
    assert ("trigger", SPY_TRIGGER) not in schema_rows(sample_path)
    assert win.context is not None
    record_state.apply(
        win.context.store,
        Contact,
        uuid.uuid4(),
        record_state.RecordState(
            {"given_name": "Anna", "family_name": "Sicher", "emails": ["anna@example.org"]}
        ),
        create=True,
    )
    with win.context.store.session() as session:
        saved = session.exec(select(Contact).where(Contact.family_name == "Sicher")).one()
    assert saved.emails == ["anna@example.org"]
    assert harvested(sample_path) == []
    win.context.close()


def test_declined_the_file_is_neither_opened_nor_changed(
    qtbot: QtBot, sample_path: Path, own_backup_folder: Path
) -> None:
    plant_spy(sample_path)
    before = file_hash(sample_path)
    win = _window(qtbot)
    seen: list[list[list[str]]] = []
    _answer(qtbot, "dont_open_button", seen)
    win.open_path(sample_path)
    qtbot.waitUntil(lambda: _closed(seen), timeout=30000)
    wait_for_background()
    assert win.context is None and win.outer.currentWidget() is win.welcome
    assert file_hash(sample_path) == before
    assert not own_backup_folder.exists()


def test_a_changed_table_is_listed_but_cannot_be_removed(
    qtbot: QtBot, sample_path: Path, own_backup_folder: Path, tmp_path: Path
) -> None:
    run(sample_path, "ALTER TABLE contact ADD COLUMN shadow TEXT;")
    before = file_hash(sample_path)
    win = _window(qtbot)
    seen: list[list[list[str]]] = []
    offered: list[object] = []

    def look(dialog: ForeignObjectsDialog) -> None:
        offered.append(dialog.findChild(QPushButton, "remove_button"))
        assert "Restore a backup" in dialog.action_label.text()
        assert dialog.grab().save(str(tmp_path / "cannot-remove.png"))

    _answer(qtbot, "close_button", seen, look)
    win.open_path(sample_path)
    qtbot.waitUntil(lambda: _closed(seen), timeout=30000)
    assert seen[0] == [["Table", "contact", "", "Differs from Office Desk's own"]]
    assert offered == [None]
    assert win.context is None
    assert file_hash(sample_path) == before


def test_a_backup_with_foreign_objects_is_not_offered_for_restoring(
    qtbot: QtBot, sample_path: Path, own_backup_folder: Path
) -> None:
    fine = backup_before(sample_path, own_backup_folder, "daily")
    hostile = backup_before(sample_path, own_backup_folder, "on-close")
    plant_spy(hostile)
    dialog = RestoreDialog(sample_path, own_backup_folder)
    qtbot.addWidget(dialog)
    paths = [b.path for b in dialog.backups]
    assert set(paths) == {fine, hostile}
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(paths.index(hostile)))
    assert not dialog.restore_button.isEnabled()
    assert SPY_TRIGGER in dialog.detail_label.text()
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(paths.index(fine)))
    assert dialog.restore_button.isEnabled()


def test_a_file_another_user_has_open_is_listed_without_removing(
    qtbot: QtBot, sample_path: Path, own_backup_folder: Path
) -> None:
    """Held by another user's Office Desk (it would open read-only): nothing can be
    removed, so the list comes with a reason and a Close button only."""
    from office_desk.core.store.database import ForeignObjects, open_store
    from office_desk.ui.foreign_objects_dialog import offer_removal

    plant_spy(sample_path)
    before = file_hash(sample_path)
    with pytest.raises(ForeignObjects) as refused:
        open_store(sample_path, read_only=True)
    win = _window(qtbot)
    seen: list[list[list[str]]] = []
    reasons: list[str] = []
    _answer(qtbot, "close_button", seen, lambda d: reasons.append(d.action_label.text()))
    reopened: list[bool] = []
    offer_removal(win, refused.value, writable=False, reopen=lambda: reopened.append(True))
    assert ["Trigger", SPY_TRIGGER, "contact", NOT_OURS] in seen[0]
    assert "Another user's Office Desk has the file open" in reasons[0]
    assert reopened == [] and win.context is None
    assert file_hash(sample_path) == before

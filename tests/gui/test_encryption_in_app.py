"""Encryption at rest in the app: Settings ▸ Encryption of this file converts the open
file and opens it again; a file in travel mode asks for its passphrase when opened."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlmodel import func, select

from office_desk.core.models import Contact
from office_desk.core.store import cipher, encryption
from office_desk.core.store.backup import list_backups
from office_desk.ui import encryption_settings, settings
from office_desk.ui.background import wait_for_background
from office_desk.ui.help_and_settings import open_settings
from office_desk.ui.main_window import MainWindow
from office_desk.ui.passphrase_dialog import PassphraseDialog

PASSPHRASE = "Semperoper bei Nacht"


@pytest.fixture(autouse=True)
def own_backup_folder(tmp_path: Path) -> None:
    settings.put(settings.BACKUP_FOLDER, str(tmp_path / "backups"))


def _contacts(window: MainWindow) -> int:
    assert window.context is not None
    with window.context.store.session() as session:
        return int(session.exec(select(func.count()).select_from(Contact)).one())


class PassphraseAnswers:
    """Types the given passphrases into the passphrase dialogs as they open, one each,
    pressing OK; after the last, presses Cancel. Records what each dialog showed."""

    def __init__(self, answers: list[str]) -> None:
        self.answers = list(answers)
        self.problems: list[str] = []
        self.asked = 0
        QTimer.singleShot(0, self._try)

    def _try(self) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, PassphraseDialog) and dialog.isVisible():
            self.asked += 1
            self.problems.append(dialog.problem.text() if dialog.problem.isVisible() else "")
            if self.answers:
                dialog.passphrase.setText(self.answers.pop(0))
                dialog.buttons.accepted.emit()
            else:
                dialog.reject()
                return
        if self.asked < 10:
            QTimer.singleShot(20, self._try)


def test_settings_encrypts_the_open_file_and_back(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    assert window.context is not None and window.context.store.path is not None
    path = window.context.store.path
    wait_for_background()
    before = _contacts(window)
    dialog = open_settings(window, window.context)
    qtbot.addWidget(dialog)
    panel = dialog.encryption
    assert panel is not None
    assert "Not encrypted" in panel.status.text() and not panel.decrypt_button.isEnabled()

    monkeypatch.setattr(encryption_settings, "ask_new_passphrase", lambda *_a: PASSPHRASE)
    panel.travel_button.click()

    assert cipher.is_encrypted(path)
    assert encryption.mode_of(path) == encryption.TRAVEL
    assert window.context is not None and not window.context.closed
    assert _contacts(window) == before  # open again, every contact there
    assert "travel mode" in panel.status.text()
    assert "encrypted" in window.statusBar().currentMessage()
    reasons = [b.reason for b in list_backups(settings.backup_folder(), path)]
    assert "before-encrypt" in reasons

    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    panel.decrypt_button.click()
    assert not cipher.is_encrypted(path)
    assert _contacts(window) == before
    assert "Not encrypted" in panel.status.text()
    dialog.reject()


def test_opening_a_file_in_travel_mode_asks_for_its_passphrase(
    qtbot: QtBot, window: MainWindow, sample_template: Path, tmp_path: Path
) -> None:
    other = tmp_path / "travel.sqlite"
    from office_desk.core.store.backup import backup_file

    backup_file(sample_template, other)
    encryption.encrypt(other, PASSPHRASE, backup_folder=tmp_path / "backups")
    cipher.forget_all()

    answers = PassphraseAnswers(["not it at all", PASSPHRASE])
    window.open_path(other)
    _wait_until_open(qtbot, window, lambda p: p == other)
    assert answers.asked == 2
    assert answers.problems == ["", "That passphrase does not open this file. Try again."]
    assert _contacts(window) == 40


def test_cancelling_the_passphrase_keeps_the_file_shown_before(
    qtbot: QtBot, window: MainWindow, sample_template: Path, tmp_path: Path
) -> None:
    assert window.context is not None
    shown_before = window.context.store.path
    other = tmp_path / "travel.sqlite"
    from office_desk.core.store.backup import backup_file

    backup_file(sample_template, other)
    encryption.encrypt(other, PASSPHRASE, backup_folder=tmp_path / "backups")
    cipher.forget_all()

    answers = PassphraseAnswers([])
    window.open_path(other)
    qtbot.waitUntil(lambda: answers.asked == 1, timeout=5000)
    qtbot.wait(100)
    wait_for_background()
    assert window.context is not None and window.context.store.path == shown_before


def _wait_until_open(qtbot: QtBot, window: MainWindow, wanted: Callable[[Path], bool]) -> None:
    def opened() -> bool:
        context = window.context
        return context is not None and context.store.path is not None and wanted(context.store.path)

    qtbot.waitUntil(opened, timeout=15000)
    wait_for_background()

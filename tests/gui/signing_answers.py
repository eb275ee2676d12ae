"""Answering the board's signing-date dialog from a test, as a user would."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from office_desk.ui.signing_date_dialog import SigningDateDialog


class DialogAnswer:
    """Answers the next signing-date dialog with ``act`` once it is open (and closes
    it if ``act`` fails, so a test never hangs on a modal dialog)."""

    def __init__(self, act: Callable[[SigningDateDialog], None]) -> None:
        self.act = act
        self.question = ""
        self.done = False
        self.tries = 0
        QTimer.singleShot(0, self._try)

    def _try(self) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, SigningDateDialog):
            self.question = dialog.question_label.text()
            try:
                self.act(dialog)
            finally:
                if dialog.isVisible():
                    dialog.reject()
                self.done = True
            return
        self.tries += 1
        if self.tries < 500:
            QTimer.singleShot(10, self._try)


def choose(day: date | None) -> Callable[[SigningDateDialog], None]:
    """Set ``day`` and press Move; None: press "Move without a date"."""

    def act(dialog: SigningDateDialog) -> None:
        if day is None:
            assert dialog.without_button is not None
            dialog.without_button.click()
        else:
            dialog.set_signing_date(day)
            dialog.move_button.click()

    return act

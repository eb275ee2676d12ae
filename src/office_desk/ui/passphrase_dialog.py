"""Asking for a passphrase: to open a file in travel mode, or to choose a new one.

:func:`unlock_to_open` runs before a file is opened: a plain file, or an encrypted one
whose key this computer's keychain holds, opens as before; one in travel mode asks for
its passphrase (again after a wrong one) until it opens or the user cancels.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ..core.store import cipher
from .plain_text import literal


class PassphraseDialog(QDialog):
    """One passphrase (to unlock) or a new one typed twice (to encrypt)."""

    def __init__(self, message: str, parent: QWidget | None = None, new: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            QCoreApplication.translate("PassphraseDialog", "Passphrase")
            if not new
            else QCoreApplication.translate("PassphraseDialog", "New passphrase")
        )
        self.new = new
        layout = QVBoxLayout(self)
        text = QLabel(literal(message), self)
        text.setWordWrap(True)
        layout.addWidget(text)
        form = QFormLayout()
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setObjectName("passphrase")
        form.addRow(QCoreApplication.translate("PassphraseDialog", "&Passphrase:"), self.passphrase)
        self.again = QLineEdit(self)
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.again.setObjectName("passphrase_again")
        if new:
            form.addRow(QCoreApplication.translate("PassphraseDialog", "&Again:"), self.again)
        else:
            self.again.hide()  # outside the layout: never shown
        layout.addLayout(form)
        self.problem = QLabel("", self)
        self.problem.setObjectName("problem")  # one short line: no wrapping (its height)
        self.problem.setStyleSheet("color: #c62828;")  # as Settings' problems
        self.problem.hide()
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def show_problem(self, text: str) -> None:
        self.problem.setText(literal(text))
        self.problem.show()

    def accept(self) -> None:
        if self.new:
            from ..core.store.encryption import check_passphrase

            problem = check_passphrase(self.passphrase.text())
            if problem:
                self.show_problem(problem)
                return
            if self.again.text() != self.passphrase.text():
                self.show_problem(
                    QCoreApplication.translate("PassphraseDialog", "The two passphrases differ.")
                )
                return
        elif not self.passphrase.text():
            return
        super().accept()


def unlock_to_open(parent: QWidget | None, path: Path) -> bool:
    """Whether ``path`` can be opened now: True for a plain file or one whose key is at
    hand; for a file in travel mode, after the right passphrase was typed; False when
    the user cancelled or the keychain's key does not fit (said in a message)."""
    try:
        cipher.key_for(path)
        return True
    except cipher.WrongKey as exc:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("PassphraseDialog", "Cannot open the database"),
            literal(exc),
        )
        return False
    except cipher.KeyNeeded:
        pass
    dialog = PassphraseDialog(
        QCoreApplication.translate(
            "PassphraseDialog",
            "{file} is encrypted in travel mode (or its key is not in this computer's "
            "keychain). Enter its passphrase to open it.",
        ).format(file=path.name),
        parent,
    )
    while dialog.exec() == QDialog.DialogCode.Accepted:
        try:
            cipher.unlock(path, dialog.passphrase.text())
            return True
        except cipher.WrongKey:
            dialog.passphrase.clear()
            dialog.show_problem(
                QCoreApplication.translate(
                    "PassphraseDialog", "That passphrase does not open this file. Try again."
                )
            )
    return False


def ask_new_passphrase(parent: QWidget | None, file_name: str) -> str | None:
    """A new passphrase for travel mode, typed twice (None: cancelled)."""
    dialog = PassphraseDialog(
        QCoreApplication.translate(
            "PassphraseDialog",
            "Choose a passphrase for {file}. It opens the file on any computer; nothing is "
            "kept on this one, so Office Desk asks for it at every start. A forgotten "
            "passphrase cannot be recovered: the data would be lost.",
        ).format(file=file_name),
        parent,
        new=True,
    )
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.passphrase.text()

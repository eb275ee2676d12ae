"""Settings ▸ Encryption: the open file's encryption at rest, turned on, changed or off.

The panel says how the file is protected and offers the conversions
:mod:`office_desk.core.store.encryption` makes (each after a verified backup, all or
nothing). Converting closes the file and opens it again; the caller does that
(``convert``, :meth:`office_desk.ui.open_file.OpenFile.convert_encryption`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.store import encryption
from .passphrase_dialog import ask_new_passphrase
from .plain_text import literal

#: convert(passphrase, decrypt) -> whether the file was converted and opened again.
Converter = Callable[[str | None, bool], bool]


class EncryptionPanel(QGroupBox):
    """How the open file is encrypted, and buttons to change it."""

    def __init__(self, path: Path, convert: Converter, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Encryption of this file"), parent)
        self.path = path
        self.convert = convert
        layout = QVBoxLayout(self)
        self.status = QLabel("", self)
        self.status.setObjectName("encryption_status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        self.keychain_button = QPushButton(self.tr("Use the &keychain"), self)
        self.travel_button = QPushButton(self.tr("Travel &mode (passphrase)…"), self)
        self.decrypt_button = QPushButton(self.tr("&Decrypt…"), self)
        self.keychain_button.setToolTip(
            self.tr(
                "Encrypt with a random key kept in this computer's keychain: the file "
                "opens here without asking, and nowhere else"
            )
        )
        self.travel_button.setToolTip(
            self.tr(
                "Encrypt with a key made from a passphrase and kept nowhere: the file opens "
                "only with the passphrase, on any computer"
            )
        )
        for button in (self.keychain_button, self.travel_button, self.decrypt_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.keychain_button.clicked.connect(self.use_keychain)
        self.travel_button.clicked.connect(self.use_travel_mode)
        self.decrypt_button.clicked.connect(self.decrypt)
        self.refresh()

    def mode(self) -> str:
        return encryption.mode_of(self.path)

    def refresh(self) -> None:
        mode = self.mode()
        self.status.setText(
            literal(
                {
                    encryption.PLAIN: self.tr(
                        "Not encrypted: anyone who copies the file or a backup of it can "
                        "read every contact in it."
                    ),
                    encryption.KEYCHAIN: self.tr(
                        "Encrypted (SQLCipher, AES-256). The key is in this computer's "
                        "keychain: the file opens here without asking, and nowhere else."
                    ),
                    encryption.TRAVEL: self.tr(
                        "Encrypted in travel mode: the file opens only with its "
                        "passphrase, asked at every start; nothing is kept on this computer."
                    ),
                }[mode]
            )
        )
        self.keychain_button.setEnabled(mode != encryption.KEYCHAIN)
        self.decrypt_button.setEnabled(mode != encryption.PLAIN)

    def use_keychain(self) -> None:
        self._run(None, decrypt=False)

    def use_travel_mode(self) -> None:
        passphrase = ask_new_passphrase(self, self.path.name)
        if passphrase is not None:
            self._run(passphrase, decrypt=False)

    def decrypt(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Decrypt the file?"),
            literal(
                self.tr(
                    "{file} will be stored unencrypted: anyone who copies it can read it. "
                    "A backup of the encrypted file is kept."
                ).format(file=self.path.name)
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._run(None, decrypt=True)

    def _run(self, passphrase: str | None, decrypt: bool) -> None:
        self.convert(passphrase, decrypt)
        self.refresh()

"""Team ▸ Connect to Team Server: the server's address, the user's name and password.

Test signs in and says which office the account belongs to; Connect signs in too,
puts the password into the computer's keychain, and closes the dialog (the window then
runs the first sync). Both ask the server on the background worker, so the dialog
stays responsive while a far-away server answers; what went wrong is said inside the
dialog, never in another one.
"""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..core.write_errors import error_text
from .background import run_in_background
from .plain_text import set_plain

#: What an address looks like (placeholder of the address field).
EXAMPLE_ADDRESS = "postgresql://team.example.org/officedesk"


class ConnectDialog(QDialog):
    """Address, user and password for the team server; :attr:`keychain_problem` says
    why the password could not be put into the keychain ("" when it was)."""

    def __init__(
        self, parent: QWidget | None, server: str = "", user: str = "", message: str = ""
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sync_connect_dialog")
        self.setWindowTitle(self.tr("Connect to a Team Server"))
        self.setMinimumWidth(460)
        self.keychain_problem = ""
        #: The office of the account, once the server accepted it.
        self.office = ""
        self._busy = False

        intro = QLabel(
            self.tr(
                "Your team's server keeps one shared copy of the network. Office Desk keeps "
                "working without it and syncs whenever it can reach it. Your administrator "
                "gives you the address, your user name and a password."
            )
        )
        intro.setWordWrap(True)
        self.address_edit = QLineEdit(server)
        self.address_edit.setObjectName("server_address")
        self.address_edit.setPlaceholderText(EXAMPLE_ADDRESS)
        self.user_edit = QLineEdit(user)
        self.user_edit.setObjectName("server_user")
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("server_password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Server &address:"), self.address_edit)
        form.addRow(self.tr("&User:"), self.user_edit)
        form.addRow(self.tr("&Password:"), self.password_edit)
        self.result_label = QLabel()
        self.result_label.setObjectName("connect_result")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        set_plain(self.result_label, message)
        self.result_label.setVisible(bool(message))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.test_button = self.buttons.addButton(
            self.tr("&Test"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.test_button.setObjectName("test_button")
        self.connect_button = self.buttons.addButton(
            self.tr("&Connect"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.connect_button.setObjectName("connect_button")
        self.connect_button.setDefault(True)
        self.test_button.clicked.connect(lambda: self.check(then_connect=False))
        self.buttons.accepted.connect(lambda: self.check(then_connect=True))
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.result_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        for edit in (self.address_edit, self.user_edit, self.password_edit):
            edit.textChanged.connect(self._update_buttons)
        self._update_buttons()
        first_empty = next(
            (e for e in (self.address_edit, self.user_edit) if not e.text()), self.password_edit
        )
        first_empty.setFocus()

    def server(self) -> str:
        return self.address_edit.text().strip()

    def user(self) -> str:
        return self.user_edit.text().strip()

    def password(self) -> str:
        return self.password_edit.text()

    def _update_buttons(self) -> None:
        ready = bool(self.server() and self.user() and self.password()) and not self._busy
        self.test_button.setEnabled(ready)
        self.connect_button.setEnabled(ready)

    def _say(self, text: str) -> None:
        set_plain(self.result_label, text)
        self.result_label.setVisible(bool(text))

    def check(self, then_connect: bool) -> None:
        """Sign in on the background worker; then say so (Test) or keep the password
        and close (Connect)."""
        if self._busy or not (self.server() and self.user() and self.password()):
            return
        server, user, password = self.server(), self.user(), self.password()
        self._busy = True
        self._update_buttons()
        self._say(self.tr("Connecting to {server}…").format(server=server))
        from ..core import sync as team

        def work(_progress: Any) -> tuple[str, str]:
            office = team.check_login(server, user, password)
            problem = ""
            if then_connect:
                try:
                    team.remember_password(server, user, password)
                except team.SyncError as exc:
                    problem = str(exc)
            return office, problem

        run_in_background(
            self,
            self.tr("Connecting to the team server…"),
            work,
            lambda answer: self._signed_in(answer, then_connect),
            self._refused,
            cancellable=False,
            show_after_ms=60_000,  # the dialog says it already
        )

    def _signed_in(self, answer: tuple[str, str], then_connect: bool) -> None:
        if not shiboken6.isValid(self) or not self.isVisible():
            return
        self._busy = False
        self._update_buttons()
        self.office, self.keychain_problem = answer
        if then_connect:
            self.accept()
            return
        text = (
            self.tr("Signed in as {user} ({office}). Press Connect to sync with the server.")
            if self.office
            else self.tr("Signed in as {user}. Press Connect to sync with the server.")
        )
        self._say(text.format(user=self.user(), office=self.office))

    def _refused(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self) or not self.isVisible():
            return
        self._busy = False
        self._update_buttons()
        from ..core import sync as team

        if isinstance(exc, team.SyncError):
            self._say(str(exc))
        else:
            self._say(self.tr("Could not connect: {error}").format(error=error_text(exc)))

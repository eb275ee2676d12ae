"""The team server in the main window: a status in the status bar, Sync now, and
automatic sync every few minutes and when the network comes back.

:class:`TeamSync` sits at the right of the status bar and says where the open file
stands with the team server: "Synced", "3 changes waiting", "Offline — 3 changes
waiting", "2 conflicts" or "Not connected to a team server". A click does what the
status asks for: connect, list the conflicts, or sync now.

A sync (:func:`office_desk.core.sync.sync`) runs on the background worker, quietly:
no progress dialog, and a server that cannot be reached is the normal case of a
laptop on the road, told in the status and never in a dialog. It does not go through
:class:`~office_desk.ui.operation.Operation`: it is nobody's edit, so it has no undo
step, and the undo history must survive the sync every five minutes. It is cleared
only when the sync brought colleagues' edits (an older step would write back over
them), as for changes made to the file by another program; the views are then told
that everything changed.
"""

from __future__ import annotations

import logging
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMainWindow,
    QMessageBox,
    QToolButton,
    QWidget,
)

from ..core.locale_format import format_number
from . import settings
from .app_context import AppContext, Changes
from .background import run_in_background
from .change_times import when_text
from .icons import icon
from .plain_text import literal, shown

log = logging.getLogger(__name__)

#: How often an open file that belongs to a team syncs by itself (milliseconds).
AUTO_SYNC_MS = 5 * 60 * 1000
#: The first sync after a file opens, once the window is up.
FIRST_SYNC_MS = 3000
#: A sync never shows the background worker's progress dialog (a day: never).
QUIET_MS = 24 * 60 * 60 * 1000


def _absorb_own_write(context: AppContext) -> None:
    """The sync's own write to the file is not news from another program (the change
    watch would clear the undo history and say so)."""
    watch = getattr(context, "_watch", None)
    if watch is not None:
        watch.absorb()


class TeamSync(QWidget):
    """The team-sync status of ``window``'s open file (see the module's description)."""

    #: A sync went through: its :class:`~office_desk.core.sync.SyncResult`.
    synced = Signal(object)
    #: A sync did not go through: the exception (offline: ServerUnreachable).
    sync_failed = Signal(object)

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("team_sync")
        self.main_window = window
        self.context: AppContext | None = None
        self.status: Any = None  # core.sync.SyncStatus of the open file, once read
        self.running = False
        self.offline = False
        #: What the last failed sync needs the user to know ("Update Office Desk..."),
        #: with the server's whole message; "" after a sync that went through.
        self.problem = ""
        self.problem_detail = ""
        self.login_refused = False
        #: Passwords of this session when the computer has no keychain: (server, user).
        self.passwords: dict[tuple[str, str], str] = {}
        self.connect_dialog: QWidget | None = None
        self.conflict_dialog: QWidget | None = None
        self._network_watched = False

        self.status_button = QToolButton(self)
        self.status_button.setObjectName("sync_status")
        self.status_button.setAutoRaise(True)
        self.status_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.status_button.clicked.connect(self._on_status_clicked)
        self.sync_button = QToolButton(self)
        self.sync_button.setObjectName("sync_now")
        self.sync_button.setAutoRaise(True)
        self.sync_button.setIcon(icon("mdi6.sync"))
        self.sync_button.setToolTip(self.tr("Sync now (F5)"))
        self.sync_button.setAccessibleName(self.tr("Sync now"))
        self.sync_button.clicked.connect(lambda: self.sync_now())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.status_button)
        layout.addWidget(self.sync_button)

        self.auto_timer = QTimer(self, interval=AUTO_SYNC_MS)
        self.auto_timer.timeout.connect(lambda: self.sync_now(auto=True))
        self.first_timer = QTimer(self, singleShot=True, interval=FIRST_SYNC_MS)
        self.first_timer.timeout.connect(lambda: self.sync_now(auto=True))
        self._refresh_timer = QTimer(self, singleShot=True, interval=0)
        self._refresh_timer.timeout.connect(self.refresh)

        window.statusBar().addPermanentWidget(self)
        file = window.file  # type: ignore[attr-defined]
        file.opened.connect(self._on_opened)
        file.closed.connect(self._on_closed)
        self.hide()

    # ------------------------------------------------------------------ the open file

    def _on_opened(self, context: AppContext, _holder: object) -> None:
        self._close_conflicts(keep=context)
        self.context = context
        self.offline = self.running = self.login_refused = False
        self.problem = self.problem_detail = ""
        context.changed.connect(self._on_changed)
        context.changed_elsewhere.connect(self._refresh_timer.start)
        self.refresh()
        if self.status is not None and self.status.joined and not context.store.read_only:
            self._watch_network()
            self.auto_timer.start()
            self.first_timer.start()
        else:
            self.auto_timer.stop()
            self.first_timer.stop()

    def _on_closed(self) -> None:
        self._close_conflicts()
        self.context = None
        self.status = None
        self.auto_timer.stop()
        self.first_timer.stop()
        self.hide()

    def changeEvent(self, event: QEvent) -> None:
        # The OS switched between light and dark: the icons in the new colours.
        if event.type() == QEvent.Type.PaletteChange:
            self.sync_button.setIcon(icon("mdi6.sync"))
            self._refresh_timer.start()
        super().changeEvent(event)

    def _on_changed(self, _changes: Changes) -> None:
        self._refresh_timer.start()  # a write changes the count of changes waiting

    def _live_context(self) -> AppContext | None:
        context = self.context
        if context is None or context.closed or not shiboken6.isValid(context):
            return None
        return context

    # ------------------------------------------------------------------ the status

    def refresh(self) -> None:
        """Read the open file's sync status and show it."""
        context = self._live_context()
        if context is None:
            self.hide()
            return
        from ..core import sync as team

        try:
            self.status = team.status(context.store)
        except Exception as exc:  # the window works without the status
            log.warning("the sync status of %s could not be read: %s", context.store.path, exc)
            self.status = None
            self.hide()
            return
        text, icon_name = self.status_text()
        self.status_button.setText(text)
        self.status_button.setIcon(icon(icon_name))
        self.status_button.setToolTip(literal(self._tooltip()))
        self.sync_button.setVisible(self.status.joined)
        self.sync_button.setEnabled(not self.running and not context.store.read_only)
        self.show()

    def status_text(self) -> tuple[str, str]:
        """The status line and its icon's name."""
        status = self.status
        if status is None or not status.joined:
            return self.tr("Not connected to a team server"), "mdi6.cloud-outline"
        if self.running:
            return self.tr("Syncing…"), "mdi6.cloud-sync-outline"
        parts = []
        if self.offline:
            if status.pending == 1:
                parts.append(self.tr("Offline — 1 change waiting"))
            elif status.pending:
                parts.append(
                    self.tr("Offline — {count} changes waiting").format(
                        count=format_number(status.pending)
                    )
                )
            else:
                parts.append(self.tr("Offline"))
        if self.problem:
            parts.append(self.problem)
        if status.open_conflicts == 1:
            parts.append(self.tr("1 conflict"))
        elif status.open_conflicts:
            parts.append(
                self.tr("{count} conflicts").format(count=format_number(status.open_conflicts))
            )
        if not self.offline:
            if status.pending == 1:
                parts.append(self.tr("1 change waiting"))
            elif status.pending:
                parts.append(
                    self.tr("{count} changes waiting").format(count=format_number(status.pending))
                )
        if self.offline:
            name = "mdi6.cloud-off-outline"
        elif self.problem or status.open_conflicts:
            name = "mdi6.cloud-alert"
        elif status.pending:
            name = "mdi6.cloud-upload-outline"
        else:
            name = "mdi6.cloud-check-outline"
        return " · ".join(parts) or self.tr("Synced"), name

    def _tooltip(self) -> str:
        status = self.status
        if status is None or not status.joined:
            return self.tr(
                "This file is not shared with a team server. Click to connect to your "
                "team's server."
            )
        lines = [self.tr("Team server: {server}").format(server=status.server)]
        if status.user:
            who = (
                self.tr("{user} ({office})").format(user=status.user, office=status.office)
                if status.office
                else status.user
            )
            lines.append(self.tr("Signed in as: {user}").format(user=who))
        lines.append(
            self.tr("Last sync: {when}").format(when=when_text(status.last_sync))
            if status.last_sync
            else self.tr("Not synced yet")
        )
        if self.offline:
            lines.append(
                self.tr(
                    "The server cannot be reached. Work on: your changes wait here and go "
                    "out with the next sync."
                )
            )
        if self.problem_detail:
            lines.append(self.problem_detail)
        if self.login_refused:
            lines.append(self.tr("Click to sign in again."))
        elif status.open_conflicts:
            lines.append(self.tr("Click to see the conflicts."))
        else:
            lines.append(self.tr("Click to sync now."))
        return "\n".join(shown(line) for line in lines)

    def _on_status_clicked(self) -> None:
        status = self.status
        if status is None or not status.joined or self.login_refused:
            self.connect_to_server()
        elif status.open_conflicts:
            self.show_conflicts()
        else:
            self.sync_now()

    # ------------------------------------------------------------------ syncing

    def sync_now(
        self,
        auto: bool = False,
        server: str | None = None,
        user: str | None = None,
        password: str | None = None,
    ) -> bool:
        """Sync the open file with its team server on the background worker (``server``
        and ``user``: a new connection, else the file's own); True when a sync started.
        ``auto``: started by the timer or the network, never asks anything."""
        context = self._live_context()
        if context is None or context.store.read_only or self.running:
            return False
        self.refresh()
        joined = self.status is not None and self.status.joined
        if server is None and not joined:
            if not auto:
                self.connect_to_server()
            return False
        if password is None and self.status is not None:
            key = (server or self.status.server, user or self.status.user)
            password = self.passwords.get(key)
        from ..core import sync as team

        store, backups = context.store, settings.backup_folder()  # before a first sync
        self.running = True
        self.refresh()
        if not auto:
            self.main_window.statusBar().clearMessage()  # what an earlier sync said

        def work(_progress: Any) -> Any:
            return team.sync(store, server, user, password, backup_folder=backups)

        run_in_background(
            self.main_window,
            self.tr("Syncing with the team server…"),
            work,
            lambda result: self._done(context, result, auto),
            lambda exc: self._failed(context, exc, auto),
            cancellable=False,
            show_after_ms=QUIET_MS,
        )
        return True

    def _done(self, context: AppContext, result: Any, auto: bool) -> None:
        self.running = False
        if context is not self._live_context():
            return
        self.offline = self.login_refused = False
        self.problem = self.problem_detail = ""
        if result.pulled:
            context.undo_stack.clear()  # older steps would write over colleagues' edits
            context.announce({"*"})
        else:
            _absorb_own_write(context)
        self.refresh()
        if not self.auto_timer.isActive():
            self._watch_network()
            self.auto_timer.start()
        if not auto or result.pushed or result.pulled or result.conflicts or result.refused:
            self.main_window.statusBar().showMessage(shown(result.summary()), 10000)
        self.synced.emit(result)

    def _failed(self, context: AppContext, exc: BaseException, auto: bool) -> None:
        self.running = False
        if context is not self._live_context():
            return
        from ..core import sync as team

        self.offline = isinstance(exc, team.ServerUnreachable | team.ServerTooOld)
        self.login_refused = isinstance(exc, team.LoginRefused | team.NoPassword)
        self.problem_detail = str(exc) if isinstance(exc, team.SyncError) else ""
        if isinstance(exc, team.ServerUnreachable):
            self.problem = ""
            log.info("team server not reached: %s", exc)
        elif isinstance(exc, team.ServerTooOld):
            self.problem = self.tr("The server needs an update")
        elif isinstance(exc, team.ClientTooOld):
            self.problem = self.tr("Update Office Desk to sync")
        elif isinstance(exc, team.NoPassword):
            self.problem = self.tr("Password needed")
        elif self.login_refused:
            self.problem = self.tr("Sign-in refused")
        else:
            self.problem = self.tr("Not synced")
            self.problem_detail = self.problem_detail or self.tr(
                "The sync did not go through; see the log for details."
            )
            if not isinstance(exc, team.SyncError):
                log.error("sync failed", exc_info=exc)
        self.refresh()
        self.sync_failed.emit(exc)
        if auto or self.offline:
            return  # offline is the normal case on the road: the status says it
        if self.login_refused:
            self.connect_to_server(str(exc))
        else:
            QMessageBox.warning(
                self.main_window,
                self.tr("Team server"),
                literal(self.problem_detail or str(exc)),
            )

    def network_changed(self, reachability: Any) -> None:
        """The network came back (QNetworkInformation): sync what waits, if it did."""
        from PySide6.QtNetwork import QNetworkInformation

        if reachability == QNetworkInformation.Reachability.Online and self.offline:
            self.sync_now(auto=True)

    def _watch_network(self) -> None:
        if self._network_watched:
            return
        self._network_watched = True
        from PySide6.QtNetwork import QNetworkInformation

        try:
            loaded = QNetworkInformation.instance() is not None or (
                QNetworkInformation.loadDefaultBackend()
            )
        except Exception as exc:  # the timer still syncs
            log.info("network reachability is not watched: %s", exc)
            return
        information = QNetworkInformation.instance() if loaded else None
        if information is not None:
            information.reachabilityChanged.connect(self.network_changed)

    # ------------------------------------------------------------------ dialogs

    def connect_to_server(self, message: str = "") -> None:
        """Team ▸ Connect to Team Server: address, user and password; the first sync
        once the server accepted them."""
        context = self._live_context()
        if context is None:
            return
        from .sync_connect_dialog import ConnectDialog

        status = self.status
        dialog = ConnectDialog(
            self.main_window,
            server=(status.server or "") if status is not None else "",
            user=(status.user or "") if status is not None else "",
            message=message,
        )
        dialog.accepted.connect(lambda: self._connected(dialog))
        self.connect_dialog = dialog
        dialog.open()

    def _connected(self, dialog: Any) -> None:
        server, user, password = dialog.server(), dialog.user(), dialog.password()
        if dialog.keychain_problem:
            self.passwords[(server, user)] = password
            self.main_window.statusBar().showMessage(
                shown(
                    self.tr("{problem} The password is kept until Office Desk closes.").format(
                        problem=dialog.keychain_problem
                    )
                ),
                15000,
            )
        self.sync_now(server=server, user=user, password=password)

    def show_conflicts(self) -> None:
        """Team ▸ Conflicts: the list, side by side, with one click to take the other
        value."""
        context = self._live_context()
        if context is None:
            return
        from .conflict_list import ConflictListDialog

        if self._close_conflicts(keep=context):
            assert self.conflict_dialog is not None
            self.conflict_dialog.reload()  # type: ignore[attr-defined]
            self.conflict_dialog.raise_()
            return
        dialog = ConflictListDialog(context, self.main_window)
        self.synced.connect(dialog.reload)
        self.conflict_dialog = dialog
        dialog.show()
        dialog.raise_()

    def _close_conflicts(self, keep: AppContext | None = None) -> bool:
        """Close the conflict list unless it shows ``keep``'s file; True: it stays open."""
        dialog = self.conflict_dialog
        if dialog is None or not shiboken6.isValid(dialog) or not dialog.isVisible():
            return False
        if keep is not None and getattr(dialog, "context", None) is keep:
            return True
        dialog.close()
        return False

"""The database file a window has open, from claim to close (after Vorta, which keeps
its ``application.py`` apart from ``views/main_window.py``).

:class:`OpenFile` claims a file through the :class:`~office_desk.ui.file_guard.FileGuard`
before opening it (read-only when another user's Office Desk has it; not at all when
another window of this user's has it, which comes forward instead), opens it off the
GUI thread, makes the day's backup, restores it from a backup, opens it again, saves
a copy, and on leaving it makes the backup on close and releases the lock.

It owns the :class:`~office_desk.ui.app_context.AppContext` of the open file and tells
the window through signals: :attr:`OpenFile.opened` (show this file),
:attr:`OpenFile.closed` (no file is open) and :attr:`OpenFile.message` (a line for the
status bar). It touches no widget of the window; it only parents its dialogs to it.
The window asks the user which file (the file dialogs); this class does the rest.

Its texts keep the translation context of the main window, which showed them first.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from ..core.store.database import ForeignObjects, Store, StoreError, open_store
from . import settings
from .app_context import AppContext
from .background import Progress, run_in_background, wait_for_background
from .file_guard import Claim, FileGuard, Holder, activated_text
from .operation import Operation
from .plain_text import literal, shown

log = logging.getLogger(__name__)


class OpenFile(QObject):
    """The open database file of ``window`` (see the module's description)."""

    #: A file is open (again): (its AppContext, the Holder when it is read-only because
    #: another user's Office Desk has it, else None). The window shows it.
    opened = Signal(object, object)
    #: The file could not be opened again: nothing is open any more.
    closed = Signal()
    #: A line for the status bar, and how long to show it (milliseconds).
    message = Signal(str, int)

    def __init__(self, window: QMainWindow, guard: FileGuard | None = None) -> None:
        """``guard`` holds the lock on the file the window starts with (claimed by the
        caller before opening it)."""
        super().__init__(window)
        self.window = window
        self.context: AppContext | None = None
        # One window writes a file at a time: the guard holds its lock and brings the
        # window forward when another instance is started on the same file.
        self.guard = guard or FileGuard(self)
        self.guard.setParent(self)

    @property
    def path(self) -> Path | None:
        return self.context.store.path if self.context is not None else None

    @property
    def read_only(self) -> bool:
        """The file is open read-only (another user's Office Desk writes it)."""
        return self.context is not None and self.context.store.read_only

    # ------------------------------------------------------------------ opening

    def show(self, store: Store, holder: Holder | None = None) -> None:
        """Make ``store`` the open file, leaving the one open before (its backup on
        close, its connections closed); ``holder``: who has the file when ``store`` is
        read-only."""
        old = self.context
        self.context = AppContext(store, self.window)
        if old is not None:
            self._retire(old)
        if store.path is not None:
            settings.remember_file(str(store.path))
        self.opened.emit(self.context, holder)
        if store.path is not None and not store.read_only:
            QTimer.singleShot(0, lambda path=store.path: self._daily_backup(path))

    def open(self, path: Path, create: bool = False) -> None:
        """Open (or create) the database at ``path`` without freezing the window:
        read-only when another user's Office Desk has it open, not at all (that window
        comes forward instead) when another window of this user's has it."""
        previous = self.path
        from .passphrase_dialog import unlock_to_open

        if path.exists() and not unlock_to_open(self.window, path):
            return  # cancelled at the passphrase, or the keychain's key does not fit
        claimed = self._claim(path)
        if claimed is None:
            return
        writable, holder = claimed

        def work(_progress: Progress) -> Store:
            return open_store(
                path,
                create=create and writable,
                backup_folder=settings.backup_folder(),
                read_only=not writable,
            )

        def done(store: Store) -> None:
            if not writable:
                self.guard.release()  # the lock of the file shown before, if any
            self.show(store, holder)

        def failed(exc: BaseException) -> None:
            if previous is not None and self.guard.path != previous and not self.read_only:
                self.guard.claim(previous)  # the file still shown keeps its lock
            if isinstance(exc, ForeignObjects):  # listed; removed only if the user agrees
                from .foreign_objects_dialog import offer_removal

                offer_removal(self.window, exc, writable=writable, reopen=lambda: self.open(path))
            elif isinstance(exc, StoreError):
                QMessageBox.warning(
                    self.window,
                    QCoreApplication.translate("MainWindow", "Cannot open the database"),
                    literal(exc),
                )
            else:
                log.error("opening %s failed", path, exc_info=exc)
                QMessageBox.critical(
                    self.window,
                    QCoreApplication.translate("MainWindow", "Cannot open the database"),
                    literal(f"{path}\n\n{exc}"),
                )

        run_in_background(
            self.window,
            QCoreApplication.translate("MainWindow", "Opening {file}…").format(file=path.name),
            work,
            done,
            failed,
            cancellable=False,
        )

    def open_sample(self) -> None:
        """The sample network (made in the data folder the first time)."""

        def work(_progress: Progress) -> Path:
            from ..core.sample_file import ensure_sample

            return ensure_sample()

        run_in_background(
            self.window,
            QCoreApplication.translate("MainWindow", "Opening the sample network…"),
            work,
            self.open,
            cancellable=False,
        )

    def retry_writing(self) -> None:
        """Open the file for writing if nobody holds it now (the read-only banner's
        Try again)."""
        if self.path is not None:
            self.open(self.path)

    def reopen(self, path: Path) -> bool:
        """Open ``path`` again at once (after a restore); False, with the reason shown
        and nothing open any more, when it cannot be."""
        try:
            store = open_store(path, backup_folder=settings.backup_folder())
        except StoreError as exc:
            QMessageBox.warning(
                self.window,
                QCoreApplication.translate("MainWindow", "Cannot open the database"),
                literal(exc),
            )
            self.context = None
            self.guard.release()
            self.closed.emit()
            return False
        self.show(store)
        return True

    def _claim(self, path: Path) -> tuple[bool, Holder | None] | None:
        """Take the file's lock before opening it: (True, None) when this window may
        write it; (False, holder) when another user's Office Desk has it (open it
        read-only); None when another window of ours has it (brought forward)."""
        claim, holder = self.guard.claim(path)
        if claim is Claim.ACTIVATED_OTHER:
            QMessageBox.information(
                self.window,
                QCoreApplication.translate("MainWindow", "Office Desk"),
                activated_text(),
            )
            return None
        if claim is Claim.HELD_BY_OTHER:
            return False, holder
        return True, None

    # ------------------------------------------------------------------ backups

    def _daily_backup(self, path: Path) -> None:
        """The day's backup of a file just opened (when the last is over a day old and
        the file changed since), made off the GUI thread; a failure is told in the
        status bar and the log, and never stops the work."""
        folder, keep = settings.backup_folder(), settings.get(settings.BACKUPS_KEPT)
        made = QCoreApplication.translate("MainWindow", "Daily backup made: {path}")
        not_made = QCoreApplication.translate(
            "MainWindow", "The daily backup could not be made: {error}"
        )

        def work(_progress: Progress) -> Path | None:
            from ..core.store.backup import backup_if_due

            return backup_if_due(path, folder, keep)

        def done(backup: Path | None) -> None:
            if backup is not None:
                # The name only: a whole path ran into the record counts beside it.
                self.message.emit(shown(made.format(path=backup.name)), 8000)

        def failed(exc: BaseException) -> None:
            log.warning("daily backup of %s failed", path, exc_info=exc)
            self.message.emit(shown(not_made.format(error=exc)), 15000)

        run_in_background(
            self.window,
            QCoreApplication.translate("MainWindow", "Backing up {file}…").format(file=path.name),
            work,
            done,
            failed,
            cancellable=False,
            show_after_ms=4000,
        )

    def _retire(self, context: AppContext) -> None:
        """Finish with a database the window is leaving for another file: the backup
        on close, then the connections closed."""
        self._backup_on_close(context)
        context.close()
        context.deleteLater()

    def _backup_on_close(self, context: AppContext) -> None:
        """The backup made when a file is closed, if it changed since its last one. A
        failure is logged and never keeps the window from closing."""
        path = context.store.path
        if path is not None and not context.closed and not context.store.read_only:
            from ..core.store.backup import backup_on_close

            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                backup_on_close(path, settings.backup_folder(), settings.get(settings.BACKUPS_KEPT))
            except Exception as exc:  # never keeps the window from closing
                log.warning("backup on close of %s failed", path, exc_info=exc)
            finally:
                QApplication.restoreOverrideCursor()

    def restore(self, backup: Path) -> bool:
        """Put the open file back as ``backup`` was (the file is backed up first, so the
        restore can be undone from the same list) and open it again; True when it was
        restored. A restore that fails leaves the file as it was, open again."""
        context = self.context
        if context is None or context.store.path is None:
            return False
        from ..core.services.erasure import restore_erasing_again

        path, folder = context.store.path, settings.backup_folder()
        wait_for_background()
        context.close()  # no connection of ours may hold the file meanwhile
        not_restored = QCoreApplication.translate("MainWindow", "Not restored")
        why = QCoreApplication.translate(
            "MainWindow", "The backup was not restored; the file is as it was.\n\n{error}"
        )
        safety: list[Path] = []
        # On the GUI thread: nothing of ours may open the file while it is replaced.
        restored = (
            # People erased since the backup was made are erased again before any use.
            Operation(
                self.window,
                context,
                lambda _progress: restore_erasing_again(backup, path, folder)[0],
            )
            .changes(None)
            .failed(not_restored, why, warning=True)
            .success(safety.append)
            .run()
        )
        if not self.reopen(path) or not restored:
            return False
        self.message.emit(
            shown(
                QCoreApplication.translate(
                    "MainWindow",
                    "Restored {file} from the backup {backup}. The file as it was before "
                    "is kept as {safety}.",
                ).format(file=path.name, backup=backup.name, safety=safety[0].name)
            ),
            15000,
        )
        return True

    def convert_encryption(self, passphrase: str | None, decrypt: bool) -> bool:
        """Encrypt the open file (keychain, or travel mode with ``passphrase``), or
        decrypt it: closed, converted after a verified backup, opened again; True when
        converted. A conversion that fails leaves the file as it was, open again."""
        context = self.context
        if context is None or context.store.path is None:
            return False
        from ..core.store import encryption

        path = context.store.path
        folder = settings.backup_folder()
        wait_for_background()
        context.close()  # the conversion needs the file to itself

        def work(_progress: Progress) -> encryption.Conversion:
            if decrypt:
                return encryption.decrypt(path, folder, lock_is_ours=True)
            return encryption.encrypt(path, passphrase, folder, lock_is_ours=True)

        done: list[encryption.Conversion] = []
        converted = (
            Operation(self.window, context, work)
            .changes(None)
            .failed(
                QCoreApplication.translate("MainWindow", "Not converted"),
                QCoreApplication.translate(
                    "MainWindow", "The file was not converted; it is as it was.\n\n{error}"
                ),
                warning=True,
            )
            .success(done.append)
            .run()
        )
        if not self.reopen(path) or not converted:
            return False
        self.message.emit(
            shown(
                QCoreApplication.translate(
                    "MainWindow",
                    "{file} is now {state}. A backup of the file as it was is kept as {backup}.",
                ).format(
                    file=path.name,
                    state=QCoreApplication.translate("MainWindow", "decrypted")
                    if decrypt
                    else QCoreApplication.translate("MainWindow", "encrypted"),
                    backup=done[0].backup.name,
                )
            ),
            15000,
        )
        return True

    def save_copy(self, target: Path) -> None:
        """A complete copy of the open file at ``target`` (a new file), made off the GUI
        thread."""
        source = self.path
        if source is None:
            return

        def work(_progress: Progress) -> Path:
            from ..core.store.backup import backup_file

            return backup_file(source, target)

        saved = QCoreApplication.translate("MainWindow", "Saved a copy to {path}")
        run_in_background(
            self.window,
            QCoreApplication.translate("MainWindow", "Saving a copy…"),
            work,
            lambda p: self.message.emit(shown(saved.format(path=p)), 8000),
        )

    # ------------------------------------------------------------------ closing

    def close(self) -> None:
        """The window closes: background work finished, the backup on close made, the
        lock released. The connections stay open until the app ends."""
        wait_for_background()
        if self.context is not None:
            self._backup_on_close(self.context)
        self.guard.release()

"""The File menu's questions about database files, asked for the main window: which
file to open, the name of a new one, where a copy goes, which backup to put back.
Each then hands the answer to the window's open file (:class:`~.open_file.OpenFile`).

Texts keep the main window's translation context ("MainWindow"), where they were
first written.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from . import settings
from .plain_text import literal

if TYPE_CHECKING:
    from .open_file import OpenFile


class _Window(Protocol):
    """What these questions use of the main window (besides being its parent)."""

    file: OpenFile

    def open_path(self, path: Path, create: bool = False) -> None: ...


FILE_FILTER = QT_TRANSLATE_NOOP(
    "MainWindow", "Office Desk databases (*.sqlite *.db *.officedesk);;All files (*)"
)


def file_filter() -> str:
    return QCoreApplication.translate("MainWindow", str(FILE_FILTER))


def open_database(window: QWidget) -> None:
    """File ▸ Open: pick a database file and open it."""
    owner = cast(_Window, window)
    start = str(owner.file.path.parent) if owner.file.path else str(Path.home())
    name, _ = QFileDialog.getOpenFileName(
        window,
        QCoreApplication.translate("MainWindow", "Open an Office Desk database"),
        start,
        file_filter(),
    )
    if name:
        owner.open_path(Path(name))


def _new_file(window: QWidget, title: str, suggestion: Path, taken: str) -> Path | None:
    """A file name for a new file, asked with ``title``; None when cancelled, or when
    the file exists (said with ``taken``, its ``{path}`` filled in): never replaced."""
    name, _ = QFileDialog.getSaveFileName(window, title, str(suggestion), file_filter())
    if not name:
        return None
    path = Path(name)
    if path.exists():
        QMessageBox.warning(
            window,
            QCoreApplication.translate("MainWindow", "Office Desk"),
            literal(taken.format(path=path)),
        )
        return None
    return path


def create_database(window: QWidget) -> None:
    """File ▸ New: name a new database file (never an existing one) and open it."""
    path = _new_file(
        window,
        QCoreApplication.translate("MainWindow", "Create a new database"),
        Path.home() / "office-desk.sqlite",
        QCoreApplication.translate(
            "MainWindow", "{path} already exists. Choose a new name, or open it."
        ),
    )
    if path is not None:
        cast(_Window, window).open_path(path, create=True)


def save_copy(window: QWidget) -> None:
    """File ▸ Save a Copy: where the copy of the open file goes (a new file)."""
    file = cast(_Window, window).file
    source = file.path
    if source is None:
        return
    target = _new_file(
        window,
        QCoreApplication.translate("MainWindow", "Save a copy"),
        source.with_name(f"{source.stem}-copy{source.suffix}"),
        QCoreApplication.translate("MainWindow", "{path} exists; choose a new name."),
    )
    if target is not None:
        file.save_copy(target)


def restore_from_backup(window: QWidget) -> None:
    """File ▸ Restore from Backup: pick one of the open file's backups; the file is
    backed up first (so the restore can be undone from the same list), then put back
    as the backup was and opened again."""
    file = cast(_Window, window).file
    path = file.path
    if path is None:
        return
    from .restore_dialog import RestoreDialog

    dialog = RestoreDialog(path, settings.backup_folder(), window)
    chosen = dialog.chosen_backup() if dialog.exec() == QDialog.DialogCode.Accepted else None
    if chosen is not None:
        file.restore(chosen)

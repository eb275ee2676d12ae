"""The app's QApplication: files handed over by the OS, and last run's crash report.

macOS gives a double-clicked ``.officedesk`` file to the application object itself as
a ``QFileOpenEvent`` (Windows and Linux pass it on the command line instead). It is
handled here, in ``event()``, on the one object that receives it. Never install an
application-wide Python event filter, nor a Python ``notify`` override: every event of
every QObject would then pass through PySide, among them the ChildAdded event of a
``QWebEngineUrlRequestJob`` still under construction when the map's URL scheme
handler runs, and the process dies in a segmentation fault on the first map.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ..core import crash_log

translate = QCoreApplication.translate  # a name lupdate knows


class OfficeDeskApplication(QApplication):
    """The QApplication, with the files the OS hands over (:meth:`set_file_opener`)."""

    def __init__(self, argv: Sequence[str]) -> None:
        super().__init__(list(argv))
        #: Files handed over before anything could open them (at launch).
        self.pending_files: list[str] = []
        self._open_file: Callable[[str], None] | None = None

    def set_file_opener(self, open_file: Callable[[str], None]) -> None:
        """Open files the OS hands over with ``open_file``, those that came before too."""
        self._open_file = open_file
        pending, self.pending_files = self.pending_files, []
        for path in pending:
            open_file(path)

    def event(self, event: QEvent) -> bool:  # noqa: D401 - Qt's name
        if event.type() != QEvent.Type.FileOpen:
            return super().event(event)
        # An exception escaping an event override takes PySide down: hand it over.
        try:
            path = event.file() if isinstance(event, QFileOpenEvent) else ""
            if path:
                if self._open_file is not None:
                    self._open_file(path)
                else:
                    self.pending_files.append(path)
        except Exception:
            sys.excepthook(*sys.exc_info())
        return True


def application(argv: Sequence[str]) -> QApplication:
    """The running QApplication, made as an :class:`OfficeDeskApplication` if none
    exists yet (tests may have made a plain one)."""
    existing = QApplication.instance()
    if existing is not None:
        assert isinstance(existing, QApplication)
        return existing
    return OfficeDeskApplication(argv)


def offer_crash_report(
    parent: QWidget, reports: list[crash_log.CrashReport], log_folder: Path
) -> QMessageBox:
    """Tell the user that Office Desk closed unexpectedly last time, with the report
    to copy for a bug report. Window-modal and non-blocking; the reports are marked as
    offered at once, so each is offered one time."""
    from .. import __version__

    text = crash_log.report_text(reports, __version__)
    crash_log.mark_reported(reports)
    box = QMessageBox(parent)
    box.setObjectName("crash_report")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("CrashReport", "Office Desk"))
    box.setTextFormat(Qt.TextFormat.PlainText)  # the folder's path can hold anything
    box.setText(translate("CrashReport", "Office Desk closed unexpectedly the last time it ran."))
    box.setInformativeText(
        translate(
            "CrashReport",
            "Your data is safe: every change is saved whole or not at all. A report of where "
            "it stopped was kept; copying it into a message to your support helps to fix "
            "it.\n\nReports are kept in {folder}",
        ).format(folder=log_folder)
    )
    box.setDetailedText(text)
    copy = box.addButton(translate("CrashReport", "Copy report"), QMessageBox.ButtonRole.ActionRole)
    copy.setObjectName("copy_report")
    # An action button closes the box by default; copying should leave it open.
    copy.clicked.disconnect()
    copy.clicked.connect(lambda: QApplication.clipboard().setText(text))
    box.addButton(QMessageBox.StandardButton.Close)
    box.finished.connect(box.deleteLater)
    box.open()
    return box

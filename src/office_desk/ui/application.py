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

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from .. import __version__
from ..core import crash_log

translate = QCoreApplication.translate  # a name lupdate knows


class OfficeDeskApplication(QApplication):
    #: A file the OS asked this app to open (macOS Finder, Dock).
    file_open_requested = Signal(str)

    def __init__(self, argv: Sequence[str]) -> None:
        super().__init__(list(argv))
        #: Files handed over before anything listened (at launch, before the window).
        self.pending_files: list[str] = []

    def event(self, event: QEvent) -> bool:  # noqa: D401 - Qt's name
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            path = event.file()
            if path:
                if self.receivers(self.file_open_requested) > 0:  # type: ignore[arg-type]
                    self.file_open_requested.emit(path)
                else:
                    self.pending_files.append(path)
            return True
        return super().event(event)

    def take_pending_files(self) -> list[str]:
        files, self.pending_files = self.pending_files, []
        return files


def application(argv: Sequence[str]) -> QApplication:
    """The running QApplication, made as an :class:`OfficeDeskApplication` if none
    exists yet (tests may have made a plain one)."""
    existing = QApplication.instance()
    if existing is not None:
        assert isinstance(existing, QApplication)
        return existing
    return OfficeDeskApplication(argv)


def offer_crash_report(parent: QWidget, reports: list[crash_log.CrashReport],
                       log_folder: Path) -> QMessageBox:
    """Tell the user that Office Desk closed unexpectedly last time, with the report
    to copy for a bug report. Window-modal and non-blocking; the reports are marked as
    offered at once, so each is offered one time."""
    text = crash_log.report_text(reports, __version__)
    crash_log.mark_reported(reports)
    box = QMessageBox(parent)
    box.setObjectName("crash_report")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("CrashReport", "Office Desk"))
    box.setText(translate("CrashReport", "Office Desk closed unexpectedly the last time it ran."))
    box.setInformativeText(translate(
        "CrashReport",
        "Your data is safe: every change is saved whole or not at all. A report of where "
        "it stopped was kept; copying it into a message to your support helps to fix "
        "it.\n\nReports are kept in {folder}").format(folder=log_folder))
    box.setDetailedText(text)
    copy = box.addButton(translate("CrashReport", "Copy report"),
                         QMessageBox.ButtonRole.ActionRole)
    copy.setObjectName("copy_report")
    # An action button closes the box by default; copying should leave it open.
    copy.clicked.disconnect()
    copy.clicked.connect(lambda: QApplication.clipboard().setText(text))
    box.addButton(QMessageBox.StandardButton.Close)
    box.finished.connect(box.deleteLater)
    box.open()
    return box

"""Unexpected errors: written to a rotating log file, and shown with "Copy details".

``install_error_handling()`` (called once at start-up) adds a rotating log file in the
per-user log folder (1 MB × 5 files; more detail with ``--verbose``) and replaces
``sys.excepthook``: an exception nobody caught is logged with its traceback and shown
in a dialog whose details can be copied for a bug report. The app keeps running; a
failure while showing the dialog falls back to the log and standard error.
"""

from __future__ import annotations

import logging
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ..core import paths
from .plain_text import shown

log = logging.getLogger("office_desk")
LOG_FILE_NAME = "office-desk.log"
_showing = False


def log_file() -> Path:
    return paths.log_dir() / LOG_FILE_NAME


def add_log_file(verbose: bool = False) -> Path:
    """Log to the rotating file in the per-user log folder; the file's path."""
    path = log_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    if not any(
        isinstance(h, RotatingFileHandler) and Path(h.baseFilename) == path for h in root.handlers
    ):
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        handler.setLevel(logging.DEBUG if verbose else logging.INFO)
        if root.level == logging.NOTSET or root.level > handler.level:
            # The console keeps its own level; only the file gets the extra detail.
            for other in root.handlers:
                if other.level == logging.NOTSET:
                    other.setLevel(root.level or logging.WARNING)
            root.setLevel(handler.level)
        root.addHandler(handler)
        if not verbose:  # Alembic announces every plugin at INFO on each start
            logging.getLogger("alembic").setLevel(logging.WARNING)
    return path


class ErrorDialog(QMessageBox):
    """ "Something went wrong", the error in one line, and the details to copy."""

    def __init__(self, summary: str, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("error_dialog")
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle("Office Desk")
        self.setText(
            QCoreApplication.translate(
                "ErrorDialog",
                "Something went wrong. Your data is safe: every change is saved "
                "whole or not at all.",
            )
        )
        # The error's own words can quote what the user typed: plain text (the
        # informative text follows this format; detailed text is always plain).
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setInformativeText(shown(summary))
        self.setDetailedText(details)
        self.details = details
        self.copy_button = self.addButton(
            QCoreApplication.translate("ErrorDialog", "Copy details"),
            QMessageBox.ButtonRole.ActionRole,
        )
        self.copy_button.clicked.connect(self.copy_details)
        self.addButton(QMessageBox.StandardButton.Close)

    def copy_details(self) -> None:
        QApplication.clipboard().setText(self.details)


def report_exception(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> None:
    """Log an uncaught exception, then show it (once at a time) if there is a GUI."""
    global _showing
    log.error("unexpected error", exc_info=(kind, error, trace))
    if issubclass(kind, KeyboardInterrupt) or _showing or QApplication.instance() is None:
        return
    details = "".join(traceback.format_exception(kind, error, trace))
    details += "\n" + QCoreApplication.translate("ErrorDialog", "Log file: {path}").format(
        path=log_file()
    )
    _showing = True
    try:
        ErrorDialog(f"{kind.__name__}: {error}", details, QApplication.activeWindow()).exec()
    except Exception:  # the dialog itself failed: the log has it already
        print(details, file=sys.stderr)
    finally:
        _showing = False


def install_error_handling(verbose: bool = False) -> Path:
    """Log to the rotating file and show uncaught exceptions; the log file's path."""
    path = add_log_file(verbose)
    sys.excepthook = report_exception
    return path

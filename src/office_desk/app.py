"""Starting the desktop app: the QApplication, the database to open, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from .core import paths


def _ensure_sample() -> Path:
    """The sample network in the data folder, created on first use."""
    from .core.sample_store import create_sample

    path = paths.sample_database_path()
    if not path.exists():
        create_sample(path)
    return path


def run(db: Path | None, demo: bool = False) -> int:
    """Start the GUI on ``db`` (or the sample network with ``demo``); returns the exit code."""
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QApplication, QMessageBox

    from .core.database import StoreError, open_store

    QCoreApplication.setOrganizationName("Office Desk")
    QCoreApplication.setApplicationName("Office Desk")
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationDisplayName("Office Desk")

    from .ui.main_window import MainWindow

    try:
        path = _ensure_sample() if demo else (db or paths.default_database_path())
        store = open_store(path, create=db is None and not demo)
    except StoreError as exc:
        QMessageBox.critical(None, "Office Desk", f"The database cannot be opened.\n\n{exc}")
        return 1
    window = MainWindow(store)
    window.show()
    code = app.exec()
    store.close()
    return int(code)

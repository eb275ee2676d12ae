"""Starting the desktop app: the QApplication, the database to open, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from .core import paths


def ensure_sample() -> Path:
    """The sample network in the data folder, created on first use."""
    from .core.sample_store import create_sample

    path = paths.sample_database_path()
    if not path.exists():
        create_sample(path)
    return path


def run(db: Path | None, demo: bool = False) -> int:
    """Start the GUI on ``db``, on the sample network (``demo``), or on the last file
    used; with none of those, on the welcome screen. Returns the exit code."""
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QApplication, QMessageBox

    from .core.database import Store, StoreError, open_store

    QCoreApplication.setOrganizationName("Office Desk")
    QCoreApplication.setApplicationName("Office Desk")
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    if QApplication.instance() is None:
        # The map's URL scheme must be declared before the QApplication exists.
        from .render.map_scheme import register_map_scheme

        register_map_scheme()
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationDisplayName("Office Desk")

    from .ui import settings
    from .ui.main_window import MainWindow

    store: Store | None = None
    try:
        if demo:
            store = open_store(ensure_sample(), backup_folder=settings.backup_folder())
        elif db is not None:
            store = open_store(db, backup_folder=settings.backup_folder())
        else:
            last = settings.get(settings.LAST_FILE)
            if last and Path(last).exists():
                store = open_store(Path(last), backup_folder=settings.backup_folder())
    except StoreError as exc:
        QMessageBox.warning(None, "Office Desk", f"The database cannot be opened.\n\n{exc}")
        if db is not None:
            return 1
    window = MainWindow(store)
    window.show()
    code = app.exec()
    if window.context is not None:
        window.context.store.close()
    return int(code)

"""Starting the desktop app: the QApplication, the database to open, the main window."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from .core import paths
from .core.sample_file import ensure_sample


class _NotUnlocked(Exception):
    """The passphrase of a file in travel mode was not given (cancelled)."""


def run(db: Path | None, demo: bool = False) -> int:
    """Start the GUI on ``db``, on the sample network (``demo``), or on the last file
    used; with none of those, on the welcome screen. Returns the exit code."""
    from .core import crash_log

    # A native crash (Qt, QtWebEngine) leaves every thread's stack in the log folder;
    # one from the last run is offered for copying once the window is up.
    crashes = crash_log.unreported_crashes(paths.log_dir())
    crash_file = crash_log.start(paths.log_dir())
    try:
        return _run(db, demo, crashes)
    finally:
        if crash_file is not None:
            crash_file.close()


def create_application() -> Any:
    """The app's QApplication (an :class:`~office_desk.ui.application.OfficeDeskApplication`),
    made with what must be set before it exists: its names, shared OpenGL contexts and
    the map's URL scheme. Returns the running one if there is one already."""
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QApplication

    QCoreApplication.setOrganizationName("Office Desk")
    QCoreApplication.setApplicationName("Office Desk")
    if QApplication.instance() is None:
        QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
        # The map's URL scheme must be declared before the QApplication exists.
        from .render.map_scheme import register_map_scheme

        register_map_scheme()
    from .ui.application import application

    return application(sys.argv)


def _run(db: Path | None, demo: bool, crashes: list[Any]) -> int:
    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtWidgets import QMessageBox

    from .core.store.database import ForeignObjects, Store, StoreError, open_store

    app = create_application()
    app.setApplicationDisplayName("Office Desk")
    from .ui.gui_thread_gc import collect_on_gui_thread

    collect_on_gui_thread(app)  # never on the background worker: see the module
    import logging

    from .ui.error_dialog import install_error_handling

    install_error_handling(
        verbose=logging.getLogger().level <= logging.DEBUG
        and logging.getLogger().level != logging.NOTSET
    )

    from .ui import settings

    _load_translations(app, settings.get(settings.LANGUAGE))
    from .ui.file_guard import Claim, FileGuard, activated_text
    from .ui.main_window import MainWindow

    target: Path | None = None
    if demo:
        target = ensure_sample()
    elif db is not None:
        target = db
    else:
        last = settings.get(settings.LAST_FILE)
        if last and Path(last).exists():
            target = Path(last)
    store: Store | None = None
    holder = None
    review: Path | None = None  # a file whose unknown objects the window lists first
    guard = FileGuard()
    if target is not None:
        # One window writes a file: if this user's Office Desk has it open already,
        # that window comes forward and this start ends there.
        claim, holder = guard.claim(target)
        if claim is Claim.ACTIVATED_OTHER:
            print(activated_text(), file=sys.stderr)
            guard.release()
            return 0
        from .ui.passphrase_dialog import unlock_to_open

        try:
            if not unlock_to_open(None, target):  # travel mode: the passphrase first
                raise _NotUnlocked
            store = open_store(
                target,
                backup_folder=settings.backup_folder(),
                read_only=claim is Claim.HELD_BY_OTHER,
            )
        except _NotUnlocked:
            guard.release()
            if db is not None:
                return 1
        except ForeignObjects:
            guard.release()
            review = target
        except StoreError as exc:
            guard.release()
            QMessageBox.warning(
                None,
                "Office Desk",
                QCoreApplication.translate(
                    "App", "The database cannot be opened.\n\n{error}"
                ).format(error=exc),
            )
            if db is not None:
                return 1
        else:
            if store.read_only:
                guard.release()
    window = MainWindow(store, guard, holder if store is not None else None)
    _set_window_icon(app)
    # macOS hands a double-clicked .officedesk file to the application object.
    from .ui.application import OfficeDeskApplication

    if isinstance(app, OfficeDeskApplication):
        app.set_file_opener(lambda path: window.open_path(Path(path)))
    _quit_on_terminate(app)
    window.show()
    if review is not None:
        window.open_path(review)  # lists the objects; removes them only if asked to
    if crashes:
        from .ui.application import offer_crash_report

        QTimer.singleShot(0, lambda: offer_crash_report(window, crashes, paths.log_dir()))
    code = app.exec()
    if window.context is not None:
        window.context.close()
    return int(code)


def _load_translations(app: object, setting: str) -> str:
    """Load the app's and Qt's translations for the language chosen in Settings (or the
    system's), before any window exists; return it ("" for English).

    The app's own are ``resources/translations/office_desk_<lang>.qm`` (the names the
    Settings dialog lists); Qt's ``qtbase_<lang>.qm`` translate its standard buttons and
    dialogs. Without a file for the language, everything stays English.
    """
    from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

    from .core import i18n
    from .ui.settings_dialog import available_languages

    folder = paths.translations_dir()
    system = QLocale.system()
    language = i18n.choose_language(setting, system.name(), available_languages(folder))
    wanted = QLocale(language or "en")
    # Dates and numbers follow the language, but a system locale of the same language
    # and script (de_AT, en_GB) keeps its own finer conventions.
    if (system.language(), system.script()) != (wanted.language(), wanted.script()):
        QLocale.setDefault(wanted)
    if not language or folder is None:
        i18n.install(None)
        return ""
    own = QTranslator(app)  # type: ignore[arg-type]  # parented: lives as long as the app
    if not own.load(f"office_desk_{language}", str(folder)):
        i18n.install(None)
        return ""
    QCoreApplication.installTranslator(own)
    qt = QTranslator(app)  # type: ignore[arg-type]
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(wanted, "qtbase", "_", qt_folder):
        QCoreApplication.installTranslator(qt)
    i18n.install(QCoreApplication.translate, language)
    return language


def _set_window_icon(app: object) -> None:
    from PySide6.QtGui import QIcon

    icon = paths.bundled_file("icons/office-desk.svg")
    if icon is not None and icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))  # type: ignore[attr-defined]


def _quit_on_terminate(app: object) -> None:
    """SIGTERM (log-out, shutdown, ``kill``) closes the window as Quit does, so the
    database is closed cleanly instead of the process dying mid-way, and unsaved
    changes in an editor are asked about rather than dropped."""
    import signal

    from PySide6.QtCore import QTimer

    def terminate(_signum: int, _frame: object) -> None:
        closed = True
        for widget in app.topLevelWidgets():  # type: ignore[attr-defined]
            if widget.objectName() == "main_window":
                # An editor with unsaved changes asks first; "Cancel" keeps it open.
                closed = widget.close() and closed
        if closed:
            app.quit()  # type: ignore[attr-defined]

    signal.signal(signal.SIGTERM, terminate)
    # Python runs signal handlers only between bytecodes; a timer gives it the chance
    # while Qt's event loop waits.
    ticker = QTimer(app)  # type: ignore[arg-type]
    ticker.timeout.connect(lambda: None)
    ticker.start(300)

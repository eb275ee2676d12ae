"""Starting the desktop app: the QApplication, the database to open, the main window."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from .core import paths
from .core.sample_file import ensure_sample


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
    from .ui.pyside_source_reads import spare_source_reads

    spare_source_reads()  # before the start's imports: see the module
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
    """Start-up in the order the user sees it: translations, the file's claim and its
    passphrase (travel mode), then the main window's frame painted, and only then the
    file opened and its last page shown (:class:`_Opening`)."""
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

    target: Path | None = None
    if demo:
        target = ensure_sample()
    elif db is not None:
        target = db
    else:
        last = settings.get(settings.LAST_FILE)
        if last and Path(last).exists():
            target = Path(last)
    holder = None
    read_only = False
    guard = FileGuard()
    if target is not None:
        # One window writes a file: if this user's Office Desk has it open already,
        # that window comes forward and this start ends there.
        claim, holder = guard.claim(target)
        if claim is Claim.ACTIVATED_OTHER:
            print(activated_text(), file=sys.stderr)
            guard.release()
            return 0
        read_only = claim is Claim.HELD_BY_OTHER
        from .ui.passphrase_dialog import unlock_to_open

        if not unlock_to_open(None, target):  # travel mode: the passphrase first
            guard.release()
            if db is not None:
                return 1
            target = None
    from .ui.main_window import MainWindow

    # The frame first: the window with its sidebar is painted before the record kinds,
    # SQLModel and the icons are imported and the file is opened.
    window = MainWindow(None, guard, opening=target, frame_only=True)
    _set_window_icon(app)
    _quit_on_terminate(app)
    opening = _Opening(app, window, target, read_only, holder, explicit=db is not None)
    window.show()

    def fill_and_open() -> None:
        if not window.isVisible():  # closed (SIGTERM) before its first paint came round
            app.quit()
            return
        window.build_work_area(opening=target)
        opening.run()

    after_first_paint(window.sidebar.viewport(), fill_and_open)
    if crashes:
        from .ui.application import offer_crash_report

        opening.then(lambda: offer_crash_report(window, crashes, paths.log_dir()))
    code = app.exec()
    if opening.failed_code is not None:
        return opening.failed_code
    if window.context is not None:
        window.context.close()
    return int(code)


def after_first_paint(widget: Any, call: Any, fallback_ms: int = 1000) -> None:
    """Call ``call`` once, right after ``widget``'s first paint has reached the screen
    (a window is painted and flushed in one pass), or after ``fallback_ms`` if it was
    not painted by then (a minimised window). Watches ``widget`` alone: never the
    whole application (see :mod:`office_desk.ui.application`)."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Paint:
                widget.removeEventFilter(self)
                QTimer.singleShot(0, go)  # after this paint is flushed
            return False

    pending = [call]

    def go() -> None:
        if pending:
            pending.pop()()

    watcher = FirstPaint(widget)  # parented: removed with the widget
    widget.installEventFilter(watcher)
    QTimer.singleShot(fallback_ms, go)


class _Opening:
    """The start-up's file, opened once the window's frame is painted: shown with its
    last page, or (it cannot be opened) the welcome screen and the reason; a ``--db``
    file that cannot be opened ends the app with status 1, as before the window."""

    def __init__(
        self,
        app: Any,
        window: Any,
        target: Path | None,
        read_only: bool,
        holder: Any,
        explicit: bool,
    ) -> None:
        self.app, self.window, self.target = app, window, target
        self.read_only, self.holder, self.explicit = read_only, holder, explicit
        self.failed_code: int | None = None
        self._after: list[Any] = []

    def then(self, call: Any) -> None:
        """Run ``call`` once the file is open (or could not be)."""
        self._after.append(call)

    def run(self) -> None:
        try:
            self._open()
        finally:
            self._finish()

    def _open(self) -> None:
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QMessageBox

        from .core.store.database import ForeignObjects, StoreError, open_store
        from .ui import settings

        window, target, guard = self.window, self.target, self.window.guard
        if target is None:
            return  # the welcome screen is up already
        try:
            store = open_store(
                target, backup_folder=settings.backup_folder(), read_only=self.read_only
            )
        except ForeignObjects:
            guard.release()
            window.show_welcome()
            window.open_path(target)  # lists the objects; removes them only if asked to
        except StoreError as exc:
            guard.release()
            if self.explicit:
                window.hide()  # the file asked for is not shown: the app ends here
            else:
                window.show_welcome()
            QMessageBox.warning(
                None,
                "Office Desk",
                QCoreApplication.translate(
                    "App", "The database cannot be opened.\n\n{error}"
                ).format(error=exc),
            )
            if self.explicit:
                self.failed_code = 1
                self.app.quit()
        else:
            if store.read_only:
                guard.release()
            window.set_store(store, self.holder)

    def _finish(self) -> None:
        # macOS hands a double-clicked .officedesk file to the application object;
        # files handed over meanwhile open after the start-up's own.
        from .ui.application import OfficeDeskApplication

        if self.failed_code is None and isinstance(self.app, OfficeDeskApplication):
            window = self.window
            self.app.set_file_opener(lambda path: window.open_path(Path(path)))
        if self.failed_code is None:
            for call in self._after:
                call()


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

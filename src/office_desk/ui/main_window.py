"""The main window: sidebar, the view it selects, menus, status bar, and files.

It hosts the views and runs the dialogs they ask for; it holds no record data itself.
"""

from __future__ import annotations

import contextlib
import logging
import sys
import uuid
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QByteArray,
    QCoreApplication,
    QEvent,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.models import ENTITY_TABLES
from ..core.services import records
from ..core.store.database import ForeignObjects, Store, StoreError, open_store
from ..core.write_errors import error_text
from . import settings
from .app_context import AppContext, Changes
from .background import Progress, run_in_background
from .file_guard import Claim, FileGuard, Holder, activated_text
from .icons import KIND_ICONS, icon
from .plain_text import (
    action_text,
    literal,
    message_box,
    plain_label,
    set_plain,
    shown,
    without_mnemonics,
)
from .read_only_banner import ReadOnlyBanner
from .record_list_view import RecordListView
from .screen_fit import fit_to_screen, preferred_size
from .undo_commands import DeleteRecordsCommand, push
from .welcome_view import WelcomeView

log = logging.getLogger(__name__)

KINDS = ("office", "organization", "contact", "project", "event")
PAGES = (*KINDS, "map", "reports")
#: Sidebar and View menu names (shown through :func:`page_title`).
PAGE_TITLES = {
    "office": QT_TRANSLATE_NOOP("MainWindow", "Offices"),
    "organization": QT_TRANSLATE_NOOP("MainWindow", "Organizations"),
    "contact": QT_TRANSLATE_NOOP("MainWindow", "Contacts"),
    "project": QT_TRANSLATE_NOOP("MainWindow", "Projects"),
    "event": QT_TRANSLATE_NOOP("MainWindow", "Events"),
    "map": QT_TRANSLATE_NOOP("MainWindow", "Map"),
    "reports": QT_TRANSLATE_NOOP("MainWindow", "Reports"),
}
#: "1 office", "2 offices": the status-bar counts and "Delete 3 offices?".
COUNT_ONE = {
    "office": QT_TRANSLATE_NOOP("MainWindow", "{count} office"),
    "organization": QT_TRANSLATE_NOOP("MainWindow", "{count} organization"),
    "contact": QT_TRANSLATE_NOOP("MainWindow", "{count} contact"),
    "project": QT_TRANSLATE_NOOP("MainWindow", "{count} project"),
    "event": QT_TRANSLATE_NOOP("MainWindow", "{count} event"),
}
COUNT_MANY = {
    "office": QT_TRANSLATE_NOOP("MainWindow", "{count} offices"),
    "organization": QT_TRANSLATE_NOOP("MainWindow", "{count} organizations"),
    "contact": QT_TRANSLATE_NOOP("MainWindow", "{count} contacts"),
    "project": QT_TRANSLATE_NOOP("MainWindow", "{count} projects"),
    "event": QT_TRANSLATE_NOOP("MainWindow", "{count} events"),
}
#: Deleting more records than this runs in the background, with progress and Cancel.
BACKGROUND_DELETE = 500
FILE_FILTER = QT_TRANSLATE_NOOP(
    "MainWindow", "Office Desk databases (*.sqlite *.db *.officedesk);;All files (*)")


def page_title(page: str) -> str:
    """The name of ``page`` in the chosen language."""
    return QCoreApplication.translate("MainWindow", PAGE_TITLES[page])


def count_text(kind: str, n: int, separators: bool = True) -> str:
    """``n`` records of ``kind``: "1 office", "1,234 contacts"."""
    table = COUNT_ONE if n == 1 else COUNT_MANY
    return QCoreApplication.translate("MainWindow", table[kind]).format(
        count=f"{n:,}" if separators else str(n))


def distinct_keys(keys: list[QKeySequence | QKeySequence.StandardKey]) -> list[QKeySequence]:
    """``keys`` with the platform's standard keys spelled out and each key once.

    Two shortcuts with the same key on one window make both ambiguous, so neither
    fires: ``StandardKey.Redo`` already is Ctrl+Shift+Z on Linux and macOS, and adding
    Ctrl+Shift+Z for Windows users once silenced Redo there."""
    seen: set[str] = set()
    result: list[QKeySequence] = []
    for key in keys:
        expanded = (QKeySequence.keyBindings(key) if isinstance(key, QKeySequence.StandardKey)
                    else [QKeySequence(key)])
        for sequence in expanded:
            text = sequence.toString(QKeySequence.SequenceFormat.PortableText)
            if text and text not in seen:
                seen.add(text)
                result.append(sequence)
    return result


def file_filter() -> str:
    return QCoreApplication.translate("MainWindow", FILE_FILTER)


class MainWindow(QMainWindow):
    def __init__(self, store: Store | None = None, guard: FileGuard | None = None,
                 holder: Holder | None = None) -> None:
        """``guard`` holds the lock on ``store``'s file (made by the caller, which
        claimed it before opening); ``holder`` is who has it when ``store`` had to be
        opened read-only."""
        super().__init__()
        self.setObjectName("main_window")
        self.setWindowTitle(self.tr("Office Desk"))
        self.setAcceptDrops(True)
        self.resize(preferred_size(self))
        self.context: AppContext | None = None
        self.views: dict[str, QWidget] = {}
        self.extensions: dict[str, Any] = {}

        self.sidebar = QListWidget(self)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setFrameShape(QListWidget.Shape.NoFrame)
        self.sidebar.setMaximumWidth(220)
        self.sidebar.setMinimumWidth(150)
        for number, page in enumerate(PAGES, start=1):
            item = QListWidgetItem(icon(KIND_ICONS[page]), page_title(page))
            item.setData(Qt.ItemDataRole.UserRole, page)
            item.setToolTip(self.tr("{page} (Ctrl+{number})").format(
                page=page_title(page), number=number))
            item.setSizeHint(QSize(0, 34))
            self.sidebar.addItem(item)
        self.sidebar.currentRowChanged.connect(self._on_sidebar)
        self.stack = QStackedWidget(self)
        self.splitter = QSplitter(self)
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.outer = QStackedWidget(self)  # the welcome screen, or the work area
        self.outer.addWidget(self.splitter)
        # One window writes a file at a time: the guard holds its lock and brings this
        # window forward when another instance is started on the same file.
        self.guard = guard or FileGuard(self)
        self.guard.setParent(self)
        self.guard.activation_requested.connect(self.come_forward)
        self.read_only_banner = ReadOnlyBanner(self)
        self.read_only_banner.hide()
        self.read_only_banner.retry_requested.connect(self.retry_writing)
        central = QWidget(self)
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.read_only_banner)
        central_layout.addWidget(self.outer, 1)
        self.setCentralWidget(central)

        self.file_label = plain_label(parent=self)  # a path can hold anything
        self.counts_label = plain_label(parent=self)
        self.statusBar().addWidget(self.file_label, 1)
        self.statusBar().addPermanentWidget(self.counts_label)

        self._build_menus()
        geometry = settings.get(settings.WINDOW_GEOMETRY)
        if geometry:
            self.restoreGeometry(QByteArray(geometry))
        fit_to_screen(self)
        sidebar_state = settings.get_key("window/sidebar")
        if sidebar_state:
            self.splitter.restoreState(sidebar_state)
        else:
            self.splitter.setSizes([180, 1100])
        if store is None:
            self.show_welcome()
        else:
            self.set_store(store, holder)

    # ------------------------------------------------------------------ menus

    def _action(self, text: str, slot: Any, shortcut: Any = None, icon_name: str = "",
                tip: str = "") -> QAction:
        action = QAction(text, self)
        if icon_name:
            action.setIcon(icon(icon_name))
            action.setProperty("icon_name", icon_name)
        if shortcut is not None:
            action.setShortcuts(distinct_keys(shortcut if isinstance(shortcut, list)
                                              else [shortcut]))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.new_file_action = self._action(self.tr("&New database…"), self.create_database,
                                            QKeySequence("Ctrl+Shift+N"), "mdi6.database-plus")
        self.open_action = self._action(self.tr("&Open…"), self.open_database_dialog,
                                        QKeySequence.StandardKey.Open, "mdi6.folder-open")
        self.recent_menu = QMenu(self.tr("Open &Recent"), self)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.sample_action = self._action(self.tr("Open the &Sample Network"), self.open_sample)
        self.copy_action = self._action(self.tr("Save a &Copy / Backup…"), self.save_copy,
                                        QKeySequence("Ctrl+Shift+S"), "mdi6.content-save-all")
        self.restore_action = self._action(
            self.tr("Res&tore from Backup…"), self.restore_from_backup,
            icon_name="mdi6.backup-restore",
            tip=self.tr("Put the file back as one of its automatic backups was"))
        quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        for item in (self.new_file_action, self.open_action):
            file_menu.addAction(item)
        file_menu.addMenu(self.recent_menu)
        file_menu.addAction(self.sample_action)
        file_menu.addSeparator()
        self._build_exchange_menus(file_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.copy_action)
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        self.undo_action = self._action(self.tr("&Undo"), self.undo,
                                        QKeySequence.StandardKey.Undo, "mdi6.undo")
        self.redo_action = self._action(
            self.tr("&Redo"), self.redo,
            [QKeySequence.StandardKey.Redo, QKeySequence("Ctrl+Shift+Z")], "mdi6.redo")
        self.new_record_action = self._action(self.tr("&New Record…"), self.new_record,
                                              QKeySequence.StandardKey.New, "mdi6.plus")
        self.edit_record_action = self._action(self.tr("&Edit Record…"), self.edit_current,
                                               QKeySequence("Ctrl+E"), "mdi6.pencil")
        self.delete_action = self._action(self.tr("&Delete…"), self.delete_current,
                                          QKeySequence("Ctrl+Delete"), "mdi6.delete")
        self.search_action = self._action(
            self.tr("&Search Everything…"), self.open_search,
            [QKeySequence("Ctrl+K"), QKeySequence.StandardKey.Find], "mdi6.magnify")
        for item in (self.undo_action, self.redo_action):
            edit_menu.addAction(item)
        edit_menu.addSeparator()
        for item in (self.new_record_action, self.edit_record_action, self.delete_action):
            edit_menu.addAction(item)
        edit_menu.addSeparator()
        edit_menu.addAction(self.search_action)
        self.settings_action = self._action(self.tr("&Settings…"), self.open_settings,
                                            QKeySequence("Ctrl+,"), "mdi6.cog-outline")
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        edit_menu.addSeparator()
        edit_menu.addAction(self.settings_action)

        view_menu = bar.addMenu(self.tr("&View"))
        for number, page in enumerate(PAGES, start=1):
            view_menu.addAction(self._action(
                page_title(page), lambda _=False, p=page: self.show_page(p),
                QKeySequence(f"Ctrl+{number}"), KIND_ICONS[page]))

        help_menu = bar.addMenu(self.tr("&Help"))
        self.user_guide_action = self._action(
            self.tr("&User Guide"), self.show_user_guide, QKeySequence("F1"),
            "mdi6.book-open-variant", self.tr("How to use Office Desk, with a find box"))
        self.about_action = self._action(self.tr("&About Office Desk"), self.about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_qt_action = self._action(self.tr("About &Qt"),
                                            lambda: QMessageBox.aboutQt(self))
        self.about_qt_action.setMenuRole(QAction.MenuRole.AboutQtRole)
        help_menu.addAction(self.user_guide_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)
        help_menu.addAction(self.about_qt_action)

        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("main_toolbar")
        toolbar.setMovable(False)
        toolbar.setIconSize(QSize(18, 18))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for item in (self.new_record_action, self.edit_record_action, self.delete_action):
            toolbar.addAction(item)
        toolbar.addSeparator()
        for item in (self.undo_action, self.redo_action):
            toolbar.addAction(item)
        toolbar.addSeparator()
        toolbar.addAction(self.search_action)
        self.toolbar = toolbar
        self._update_actions()

    def _build_exchange_menus(self, file_menu: QMenu) -> None:
        from .data_exchange import DataExchange

        self.exchange = DataExchange(self)
        import_menu = file_menu.addMenu(self.tr("&Import"))
        export_menu = file_menu.addMenu(self.tr("&Export"))
        self.import_contacts_action = self._action(
            self.tr("&Contacts or Organizations (CSV, Excel, vCard)…"),
            lambda: self.exchange.import_contacts(), QKeySequence("Ctrl+I"),
            "mdi6.account-arrow-left",
            self.tr("Import a contact list: a dry run shows new records, updates and "
                    "duplicates first"))
        self.import_package_action = self._action(
            self.tr("&Package from Another Office…"), lambda: self.exchange.import_package(),
            icon_name="mdi6.package-down",
            tip=self.tr("Merge another office's package: newer edits win, conflicts are listed"))
        self.export_list_action = self._action(
            self.tr("This &List (Excel or CSV)…"), lambda: self.exchange.export_list(),
            QKeySequence("Ctrl+Shift+E"), "mdi6.table-arrow-right",
            self.tr("Export the list on screen, with its filter and order"))
        self.export_vcard_action = self._action(
            self.tr("Contacts as &vCards…"), lambda: self.exchange.export_vcards(),
            icon_name="mdi6.card-account-details-outline",
            tip=self.tr("The contacts of the Contacts list (with its filter), for address books"))
        self.export_calendar_action = self._action(
            self.tr("Events as a &Calendar (.ics)…"), lambda: self.exchange.export_calendar(),
            icon_name="mdi6.calendar-export",
            tip=self.tr("The events of the Events list (with its filter), for calendar apps"))
        self.export_package_action = self._action(
            self.tr("&Package for Another Office…"), lambda: self.exchange.export_package(),
            icon_name="mdi6.package-up",
            tip=self.tr("The whole database as one file another office can merge"))
        import_menu.addAction(self.import_contacts_action)
        import_menu.addAction(self.import_package_action)
        for item in (self.export_list_action, self.export_vcard_action,
                     self.export_calendar_action):
            export_menu.addAction(item)
        export_menu.addSeparator()
        export_menu.addAction(self.export_package_action)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = [p for p in settings.get(settings.RECENT_FILES) if Path(p).exists()]
        for path in recent:
            self.recent_menu.addAction(
                action_text(Path(path).name), lambda _=False, p=path: self.open_path(Path(p))
            ).setToolTip(literal(path))
        if not recent:
            self.recent_menu.addAction(self.tr("No recent files")).setEnabled(False)

    def _on_undo_index(self, _index: int) -> None:
        # The stack outlives the window's widgets while the window is torn down.
        if shiboken6.isValid(self) and shiboken6.isValid(self.stack):
            self._update_actions()

    @property
    def read_only(self) -> bool:
        """The file is open read-only (another user's Office Desk writes it)."""
        return self.context is not None and self.context.store.read_only

    def _update_actions(self) -> None:
        has_store = self.context is not None
        writable = has_store and not self.read_only
        view = self.current_list_view()
        selected = view.selected_ids() if view else []
        self.new_record_action.setEnabled(writable and bool(view))
        for action in (self.search_action, self.copy_action):
            action.setEnabled(has_store)
        for action in (self.export_vcard_action, self.export_calendar_action,
                       self.export_package_action):
            action.setEnabled(has_store)
        for action in (self.import_contacts_action, self.import_package_action,
                       self.restore_action):
            action.setEnabled(writable)
        self.export_list_action.setEnabled(bool(view))
        self.edit_record_action.setEnabled(writable and len(selected) == 1)
        self.delete_action.setEnabled(writable and bool(selected))
        stack = self.context.undo_stack if self.context else None
        self.undo_action.setEnabled(bool(writable and stack and stack.canUndo()))
        self.redo_action.setEnabled(bool(writable and stack and stack.canRedo()))
        # "Undo Delete “R&D Centre”": the record's name is not a menu shortcut, and the
        # toolbar button's tooltip (Qt would make it from the text) is not read as HTML.
        self.undo_action.setText(
            self.tr("&Undo {action}").format(action=action_text(stack.undoText()))
            if stack and stack.canUndo() else self.tr("&Undo"))
        self.redo_action.setText(
            self.tr("&Redo {action}").format(action=action_text(stack.redoText()))
            if stack and stack.canRedo() else self.tr("&Redo"))
        for action in (self.undo_action, self.redo_action):
            action.setToolTip(literal(without_mnemonics(action.text())))
        self.toolbar.setVisible(has_store)

    # ------------------------------------------------------------------ store

    def set_store(self, store: Store, holder: Holder | None = None) -> None:
        """Show ``store`` (closing the one shown before); ``holder``: who has the file
        when ``store`` is read-only (shown in the banner)."""
        self._save_view_states()
        old = self.context
        for view in self.views.values():
            self.stack.removeWidget(view)
            view.deleteLater()
        self.views.clear()
        self.extensions.clear()
        self.context = AppContext(store, self)
        self.context.open_record.connect(self.open_record)
        self.context.changed.connect(self._on_changed)
        self.context.undo_stack.indexChanged.connect(self._on_undo_index)
        self.context.changed_elsewhere.connect(self._on_changed_elsewhere)
        if old is not None:
            self._retire(old)
        self.outer.setCurrentWidget(self.splitter)
        if store.path is not None:
            settings.remember_file(str(store.path))
            title = (self.tr("{file} (read-only) – Office Desk") if store.read_only
                     else self.tr("{file} – Office Desk"))
            self.setWindowTitle(title.format(file=shown(store.path.name)))
            self.setWindowFilePath(str(store.path))
            set_plain(self.file_label, store.path)
        self._refresh_counts()
        last = settings.get(settings.LAST_VIEW)
        self.show_page(last if last in PAGES else "office")
        self._update_actions()
        if store.read_only:
            if holder is not None:
                self.read_only_banner.show_holder(holder)
            self.read_only_banner.show()
        else:
            self.read_only_banner.hide()
        if store.path is not None and not store.read_only:
            QTimer.singleShot(0, lambda path=store.path: self._daily_backup(path))

    def come_forward(self) -> None:
        """Another Office Desk was started on this window's file: show this window."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def retry_writing(self) -> None:
        """The banner's Try again: open the file for writing if nobody holds it now."""
        if self.context is not None and self.context.store.path is not None:
            self.open_path(self.context.store.path)

    def _claim(self, path: Path) -> tuple[bool, Holder | None] | None:
        """Take the file's lock before opening it: (True, None) when this window may
        write it; (False, holder) when another user's Office Desk has it (open it
        read-only); None when another window of ours has it (brought forward)."""
        claim, holder = self.guard.claim(path)
        if claim is Claim.ACTIVATED_OTHER:
            QMessageBox.information(self, self.tr("Office Desk"), activated_text())
            return None
        if claim is Claim.HELD_BY_OTHER:
            return False, holder
        return True, None

    def _daily_backup(self, path: Path) -> None:
        """The day's backup of a file just opened (when the last is over a day old and
        the file changed since), made off the GUI thread; a failure is told in the
        status bar and the log, and never stops the work."""
        folder, keep = settings.backup_folder(), settings.get(settings.BACKUPS_KEPT)
        made = self.tr("Daily backup made: {path}")
        not_made = self.tr("The daily backup could not be made: {error}")

        def work(_progress: Progress) -> Path | None:
            from ..core.store.backup import backup_if_due

            return backup_if_due(path, folder, keep)

        def done(backup: Path | None) -> None:
            if backup is not None:
                self.statusBar().showMessage(shown(made.format(path=backup)), 8000)

        def failed(exc: BaseException) -> None:
            log.warning("daily backup of %s failed", path, exc_info=exc)
            self.statusBar().showMessage(shown(not_made.format(error=exc)), 15000)

        run_in_background(self, self.tr("Backing up {file}…").format(file=path.name), work,
                          done, failed, cancellable=False, show_after_ms=4000)

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
                backup_on_close(path, settings.backup_folder(),
                                settings.get(settings.BACKUPS_KEPT))
            except Exception as exc:  # never keeps the window from closing
                log.warning("backup on close of %s failed", path, exc_info=exc)
            finally:
                QApplication.restoreOverrideCursor()

    def restore_from_backup(self) -> None:
        """File ▸ Restore from Backup: pick one of the open file's backups; the file is
        backed up first (so the restore can be undone from the same list), then put
        back as the backup was and opened again."""
        if self.context is None or self.context.store.path is None:
            return
        from ..core.store.backup import restore_file
        from .restore_dialog import RestoreDialog

        path = self.context.store.path
        folder = settings.backup_folder()
        dialog = RestoreDialog(path, folder, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen_backup() is None:
            return
        chosen = dialog.chosen_backup()
        assert chosen is not None
        from .background import wait_for_background

        wait_for_background()
        self.context.close()  # no connection of ours may hold the file meanwhile
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            safety = restore_file(chosen, path, folder)
        except Exception as exc:
            QApplication.restoreOverrideCursor()
            log.warning("restoring %s from %s failed", path, chosen, exc_info=exc)
            QMessageBox.warning(self, self.tr("Not restored"), literal(self.tr(
                "The backup was not restored; the file is as it was.\n\n{error}").format(
                    error=error_text(exc, path))))
            self._reopen(path)
            return
        QApplication.restoreOverrideCursor()
        if self._reopen(path):
            self.statusBar().showMessage(shown(self.tr(
                "Restored {file} from the backup {backup}. The file as it was before is "
                "kept as {safety}.").format(file=path.name, backup=chosen.name,
                                           safety=safety.name)), 15000)

    def _reopen(self, path: Path) -> bool:
        try:
            store = open_store(path, backup_folder=settings.backup_folder())
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("Cannot open the database"), literal(exc))
            self.context = None
            self.show_welcome()
            return False
        self.set_store(store)
        return True

    def _make_view(self, page: str) -> QWidget:
        assert self.context is not None
        if page in KINDS:
            view = RecordListView(self.context, page, self)
            view.new_requested.connect(lambda kind: self.new_record(kind))
            view.edit_requested.connect(self.edit_record)
            view.delete_requested.connect(self.delete_records)
            view.selection_changed.connect(self._update_actions)
            view.selection_changed.connect(
                lambda k=page, v=view: self._on_record_selected(k, v))
            if page == "project":
                from .project_board import ProjectBoard

                board = ProjectBoard(self.context, view)
                board.set_reporting_currency(settings.get(settings.REPORTING_CURRENCY))
                board.currency_combo.currentIndexChanged.connect(
                    lambda _i, b=board: settings.put(settings.REPORTING_CURRENCY,
                                                     b.reporting_currency()))
                view.add_board(board)
            elif page == "office":
                from .office_dashboard import OfficeDashboard

                dashboard = OfficeDashboard(self.context, view)
                dashboard.set_reporting_currency(settings.get(settings.REPORTING_CURRENCY))
                view.set_details_widget(dashboard)
                view.selection_changed.connect(
                    lambda v=view, d=dashboard: self._show_office(v, d))
                dashboard.show_office(view.current_id())
            return view
        if page == "map":
            from .network_map_page import NetworkMapPage

            return NetworkMapPage(self.context, self)
        from .reports_view import ReportsView

        # Reports open on the office selected in the Offices list, if any.
        return ReportsView(self.context, self, selected_office=lambda: (
            self.list_view("office").current_id() if "office" in self.views else None))

    def _show_office(self, view: RecordListView, dashboard: Any) -> None:
        """The dashboard follows the selection; its small map is made on first use
        (QtWebEngine loads then, not at start-up) and moved to each office after."""
        office_id = view.current_id()
        dashboard.show_office(office_id)
        if office_id is None:
            return
        office_map = self.extensions.get("office_map")
        if office_map is None:
            from .map_view import MapView

            office_map = MapView(self.context, dashboard, office_id=office_id)
            office_map.record_activated.connect(self.context.open_record)  # type: ignore[union-attr]
            office_map.setMinimumHeight(260)
            dashboard.embed_map(office_map)
            self.extensions["office_map"] = office_map
        elif office_map.office_id != office_id:
            office_map.office_id = office_id
            office_map.set_filters()

    def _on_record_selected(self, kind: str, view: RecordListView) -> None:
        """Selecting a record in a list centres the map on it (once the map exists)."""
        page = self.views.get("map")
        record_id = view.current_id()
        if page is not None and record_id is not None:
            page.show_record(kind, record_id)  # type: ignore[attr-defined]

    def show_welcome(self) -> None:
        welcome = WelcomeView([p for p in settings.get(settings.RECENT_FILES)
                               if Path(p).exists()], self)
        welcome.open_sample.connect(self.open_sample)
        welcome.create_new.connect(self.create_database)
        welcome.open_existing.connect(self.open_database_dialog)
        welcome.open_path.connect(lambda p: self.open_path(Path(p)))
        self.outer.addWidget(welcome)
        self.outer.setCurrentWidget(welcome)
        self.welcome = welcome
        self.guard.release()
        self.read_only_banner.hide()
        self.setWindowTitle(self.tr("Office Desk"))
        self.file_label.setText(self.tr("No database open"))
        self._update_actions()

    def open_path(self, path: Path, create: bool = False) -> None:
        """Open (or create) the database at ``path`` without freezing the window:
        read-only when another user's Office Desk has it open, not at all (that window
        comes forward instead) when another window of this user's has it."""
        previous = self.context.store.path if self.context is not None else None
        claimed = self._claim(path)
        if claimed is None:
            return
        writable, holder = claimed

        def work(_progress: Progress) -> Store:
            return open_store(path, create=create and writable,
                              backup_folder=settings.backup_folder(), read_only=not writable)

        def done(store: Store) -> None:
            if not writable:
                self.guard.release()  # the lock of the file shown before, if any
            self.set_store(store, holder)

        def failed(exc: BaseException) -> None:
            if previous is not None and self.guard.path != previous and not self.read_only:
                self.guard.claim(previous)  # the file still shown keeps its lock
            if isinstance(exc, ForeignObjects):  # listed; removed only if the user agrees
                from .foreign_objects_dialog import offer_removal

                offer_removal(self, exc, writable=writable, reopen=lambda: self.open_path(path))
            elif isinstance(exc, StoreError):
                QMessageBox.warning(self, self.tr("Cannot open the database"), literal(exc))
            else:
                log.error("opening %s failed", path, exc_info=exc)
                QMessageBox.critical(self, self.tr("Cannot open the database"),
                                     literal(f"{path}\n\n{exc}"))

        run_in_background(self, self.tr("Opening {file}…").format(file=path.name), work, done,
                          failed, cancellable=False)

    def open_database_dialog(self) -> None:
        start = str(self.context.store.path.parent) if self.context and self.context.store.path \
            else str(Path.home())
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Open an Office Desk database"),
                                              start, file_filter())
        if name:
            self.open_path(Path(name))

    def create_database(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Create a new database"), str(Path.home() / "office-desk.sqlite"),
            file_filter())
        if not name:
            return
        path = Path(name)
        if path.exists():
            QMessageBox.warning(
                self, self.tr("Office Desk"),
                literal(self.tr("{path} already exists. Choose a new name, or open it.").format(
                    path=path)))
            return
        self.open_path(path, create=True)

    def open_sample(self) -> None:
        def work(_progress: Progress) -> Path:
            from ..app import ensure_sample

            return ensure_sample()

        run_in_background(self, self.tr("Opening the sample network…"), work, self.open_path,
                          cancellable=False)

    def save_copy(self) -> None:
        if self.context is None or self.context.store.path is None:
            return
        source = self.context.store.path
        suggestion = source.with_name(f"{source.stem}-copy{source.suffix}")
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save a copy"), str(suggestion),
                                              file_filter())
        if not name:
            return
        target = Path(name)
        if target.exists():
            QMessageBox.warning(self, self.tr("Office Desk"), literal(
                self.tr("{path} exists; choose a new name.").format(path=target)))
            return

        def work(_progress: Progress) -> Path:
            from ..core.store.backup import backup_file

            return backup_file(source, target)

        saved = self.tr("Saved a copy to {path}")
        run_in_background(self, self.tr("Saving a copy…"), work,
                          lambda p: self.statusBar().showMessage(shown(saved.format(path=p)), 8000))

    # ------------------------------------------------------------------ pages and records

    def view(self, page: str) -> QWidget:
        """The view of ``page``, made when it is first needed (keeps start-up quick)."""
        if page not in self.views:
            view = self._make_view(page)
            self.views[page] = view
            self.stack.addWidget(view)
        return self.views[page]

    def show_page(self, page: str) -> None:
        if page not in PAGES or self.context is None:
            return
        self.view(page)
        self.sidebar.blockSignals(True)
        self.sidebar.setCurrentRow(PAGES.index(page))
        self.sidebar.blockSignals(False)
        self.stack.setCurrentWidget(self.views[page])
        settings.put(settings.LAST_VIEW, page)
        self._update_actions()

    def _on_sidebar(self, row: int) -> None:
        if 0 <= row < len(PAGES):
            self.show_page(PAGES[row])

    def current_page(self) -> str:
        for page, view in self.views.items():
            if view is self.stack.currentWidget():
                return page
        return ""

    def current_list_view(self) -> RecordListView | None:
        view = self.stack.currentWidget() if self.outer.currentWidget() is self.splitter \
            else None
        return view if isinstance(view, RecordListView) else None

    def list_view(self, kind: str) -> RecordListView:
        view = self.view(kind)
        assert isinstance(view, RecordListView)
        return view

    def open_record(self, kind: str, record_id: uuid.UUID) -> None:
        if kind not in KINDS:
            return
        self.show_page(kind)
        if not self.list_view(kind).select_record(record_id):
            self.statusBar().showMessage(self.tr("That record no longer exists."), 5000)

    def open_search(self) -> None:
        if self.context is None:
            return
        from .search_popup import SearchPopup

        popup = SearchPopup(self.context, self)
        popup.opened.connect(self.open_record)
        popup.show()
        popup.edit.setFocus()
        self.search_popup = popup

    def new_record(self, kind: str | None = None) -> None:
        if self._refuse_if_read_only():
            return
        if self.context is None:
            return
        kind = kind if isinstance(kind, str) else self.current_page()
        if kind not in KINDS:
            kind = "contact"
        from .record_editor import RecordEditor

        editor = RecordEditor(self.context, kind, parent=self)
        if editor.exec() == QDialog.DialogCode.Accepted and editor.saved_id:
            self.open_record(kind, editor.saved_id)

    def edit_current(self) -> None:
        view = self.current_list_view()
        if view and view.current_id():
            self.edit_record(view.kind, view.current_id())

    def edit_record(self, kind: str, record_id: uuid.UUID) -> None:
        if self._refuse_if_read_only():
            return
        if self.context is None:
            return
        from .record_editor import RecordEditor

        editor = RecordEditor(self.context, kind, record_id, parent=self)
        editor.exec()

    def delete_current(self) -> None:
        view = self.current_list_view()
        if view and view.selected_ids():
            self.delete_records(view.kind, view.selected_ids())

    def delete_records(self, kind: str, ids: list[uuid.UUID]) -> None:
        if self._refuse_if_read_only():
            return
        if self.context is None or not ids:
            return
        model = ENTITY_TABLES[kind]
        store = self.context.store
        if len(ids) == 1:
            effects = records.delete_effects(store, model, ids[0])
            from ..core.record_facts import title_of

            what = self.tr("“{title}”").format(title=title_of(effects.record))
            lines = effects.describe()
        else:
            what = count_text(kind, len(ids), separators=False)
            lines = []
        detail = (self.tr("This also affects:") + "\n• " + "\n• ".join(lines) + "\n\n") \
            if lines else ""
        if not self.confirm_delete(self.tr("Delete {what}?").format(what=what),
                                   detail + self.tr("You can undo this with Ctrl+Z.")):
            return
        undo_text = self.tr("Delete {what}").format(what=what)
        not_deleted = self.tr("Not deleted")
        nothing_deleted = self.tr("Nothing was deleted.\n\n{error}")
        if len(ids) <= BACKGROUND_DELETE:
            try:
                push(self.context, DeleteRecordsCommand(self.context, model, ids, undo_text))
            except Exception as exc:
                QMessageBox.critical(self, not_deleted, literal(nothing_deleted.format(
                    error=error_text(exc, store.path))))
            return
        context = self.context
        # Made here: the report below runs on the worker thread.
        deleting = self.tr("Deleting {done} of {total}…")

        def work(progress: Progress) -> None:
            def report(done: int, total: int) -> None:
                progress.check()  # a cancel rolls the whole delete back
                progress.report(done, total,
                                deleting.format(done=f"{done:,}", total=f"{total:,}"))

            records.delete(store, model, ids, report)

        def done(_result: None) -> None:
            push(context, DeleteRecordsCommand(context, model, ids, undo_text,
                                               already_done=True))

        run_in_background(self, self.tr("Deleting {what}…").format(what=what), work, done,
                          lambda exc: QMessageBox.critical(
                              self, not_deleted, literal(nothing_deleted.format(
                                  error=error_text(exc, store.path)))))

    def _store_path(self) -> Path | None:
        return self.context.store.path if self.context is not None else None

    def _refuse_if_read_only(self) -> bool:
        if not self.read_only:
            return False
        self.statusBar().showMessage(self.tr(
            "This file is open read-only: another user's Office Desk has it open."), 8000)
        self.read_only_banner.show()
        return True

    def confirm_delete(self, text: str, detail: str) -> bool:
        """Ask once before deleting; True to go ahead. Plain text: the question holds
        the record's name, which must never draw its own headings in it."""
        box = message_box(QMessageBox.Icon.Question, self.tr("Delete"), text,
                          QMessageBox.StandardButton.Cancel, self, informative=detail)
        box.setObjectName("delete_question")
        delete_button = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is delete_button

    def undo(self) -> None:
        if self.context:
            self._guarded(self.context.undo_stack.undo)

    def redo(self) -> None:
        if self.context:
            self._guarded(self.context.undo_stack.redo)

    def _guarded(self, step: Any) -> None:
        try:
            step()
        except Exception as exc:
            log.error("undo/redo failed", exc_info=exc)
            QMessageBox.critical(self, self.tr("Office Desk"),
                                 literal(self.tr("That could not be undone.\n\n{error}").format(
                                     error=error_text(exc, self._store_path()))))

    def _on_changed(self, _changes: Changes) -> None:
        QTimer.singleShot(0, self._refresh_counts)

    def _on_changed_elsewhere(self) -> None:
        self.statusBar().showMessage(
            self.tr("Updated with changes another program made to this file "
                    "(undo history cleared)"), 8000)

    def _refresh_counts(self) -> None:
        if self.context is None:
            self.counts_label.clear()
            return
        parts = []
        for kind in KINDS:
            n = records.count(self.context.store, ENTITY_TABLES[kind])
            parts.append(count_text(kind, n))
        self.counts_label.setText(" · ".join(parts))

    def about(self) -> None:
        """Help ▸ About Office Desk: versions and the licences of bundled components."""
        from .about_dialog import AboutDialog

        dialog = AboutDialog(self)
        dialog.finished.connect(dialog.deleteLater)
        self.about_dialog = dialog
        dialog.open()

    def show_user_guide(self) -> None:
        """Help ▸ User Guide (F1): one guide window, beside the work, raised if open."""
        from .user_guide_dialog import UserGuideDialog

        guide = getattr(self, "user_guide", None)
        if guide is None or not shiboken6.isValid(guide):
            guide = UserGuideDialog(self)
            self.user_guide = guide
        guide.show()
        guide.raise_()
        guide.activateWindow()

    def open_settings(self) -> None:
        """Edit ▸ Settings… (Ctrl+,); on OK, the open views take the new reporting currency."""
        from .settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.context, self)

        def saved() -> None:
            currency = settings.get(settings.REPORTING_CURRENCY)
            for widget in self.findChildren(QWidget):
                if hasattr(widget, "set_reporting_currency"):
                    widget.set_reporting_currency(currency)

        dialog.accepted.connect(saved)
        dialog.finished.connect(dialog.deleteLater)
        self.settings_dialog = dialog
        dialog.open()

    # ------------------------------------------------------------------ window life

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The frame is known once shown: the whole window, frame and all, on the screen.
        QTimer.singleShot(0, lambda: shiboken6.isValid(self) and fit_to_screen(self))

    def changeEvent(self, event: QEvent) -> None:
        # The OS switched between light and dark: redraw the icons in the new colours.
        if event.type() == QEvent.Type.PaletteChange:
            for action in self.findChildren(QAction):
                name = action.property("icon_name")
                if name:
                    action.setIcon(icon(str(name)))
            for row in range(self.sidebar.count()):
                item = self.sidebar.item(row)
                item.setIcon(icon(KIND_ICONS[item.data(Qt.ItemDataRole.UserRole)]))
        super().changeEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if len(urls) == 1 and urls[0].isLocalFile():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile():
            event.acceptProposedAction()
            path = Path(urls[0].toLocalFile())
            suffix = path.suffix.lower()
            if self.context is not None and suffix in (".csv", ".xlsx", ".vcf", ".txt"):
                self.exchange.import_contacts(path)
            elif self.context is not None and suffix in (".zip", ".json"):
                self.exchange.import_package(path)
            else:
                self.open_path(path)

    def _save_view_states(self) -> None:
        for view in self.views.values():
            if isinstance(view, RecordListView):
                view.save_state()

    def settle_open_editors(self) -> bool:
        """Before the window closes: every open editor with unsaved changes is saved
        or discarded as the user says. False: the user chose to keep editing (or a
        save did not go through), so the window must stay open."""
        from .record_editor import RecordEditor

        editors = [e for e in self.findChildren(RecordEditor) if e.isVisible()]
        for editor in reversed(editors):  # the innermost (newest) first
            if not editor.has_changes():
                editor.done(QDialog.DialogCode.Rejected)
                continue
            editor.raise_()
            answer = QMessageBox.question(
                editor, self.tr("Unsaved changes"),
                literal(self.tr("“{title}” has changes that are not saved.\n\n"
                                "Save them before Office Desk closes?").format(
                    title=editor.windowTitle())),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
            if answer == QMessageBox.StandardButton.Save:
                editor.save()
                if editor.isVisible():  # a problem in red, or a conflict declined
                    return False
            elif answer == QMessageBox.StandardButton.Discard:
                editor.done(QDialog.DialogCode.Rejected)
            else:
                return False
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        # An exception escaping a Qt event override crashes PySide (seen with 6.12)
        # instead of reaching the error dialog: hand it over explicitly.
        try:
            self._close(event)
        except Exception:
            sys.excepthook(*sys.exc_info())

    def _close(self, event: QCloseEvent) -> None:
        if not self.settle_open_editors():
            event.ignore()
            return
        self._save_view_states()
        if self.context is not None:
            with contextlib.suppress(RuntimeError, TypeError):
                self.context.undo_stack.indexChanged.disconnect(self._on_undo_index)
        settings.put(settings.WINDOW_GEOMETRY, bytes(self.saveGeometry().data()))
        settings.put_key("window/sidebar", self.splitter.saveState())
        from .background import wait_for_background

        wait_for_background()
        if self.context is not None:
            self._backup_on_close(self.context)
        self.guard.release()
        super().closeEvent(event)


"""The main window: sidebar, the page it selects, menus, toolbar and status bar.

It hosts the views and runs the dialogs they ask for; it holds no record data itself.
Its commands are declared in :mod:`main_actions`; the open file, from claim to close,
is :class:`~office_desk.ui.open_file.OpenFile` (``window.file``); every write goes
through :class:`~office_desk.ui.operation.Operation`.

At start-up the window is built in two steps: its frame first (painted as the last run
left it, :mod:`window_frame`), then, right after that paint, its work area
(:meth:`MainWindow.build_work_area`), which imports what the frame does not need.
"""

from __future__ import annotations

import contextlib
import logging
import sys
import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from . import database_dialogs, settings
from .file_guard import FileGuard, Holder
from .plain_text import plain_label, set_plain, shown
from .screen_fit import fit_to_screen, preferred_size
from .window_frame import clear_frame, keep_frame, paint_frame

# What the window shows once its frame is painted (the file, its pages, the commands)
# is imported then (see MainWindow.build_work_area): these import the record kinds,
# SQLModel and qtawesome, most of a start's time.
if TYPE_CHECKING:
    from ..core.store.database import Store
    from .app_context import AppContext, Changes
    from .open_file import OpenFile
    from .record_list_view import RecordListView

log = logging.getLogger(__name__)

#: Deleting more records than this runs in the background, with progress and Cancel.
BACKGROUND_DELETE = 500


class MainWindow(QMainWindow):
    def __init__(
        self,
        store: Store | None = None,
        guard: FileGuard | None = None,
        holder: Holder | None = None,
        opening: Path | None = None,
        frame_only: bool = False,
    ) -> None:
        """``guard`` holds the lock on ``store``'s file (made by the caller, which
        claimed it before opening); ``holder`` is who has it when ``store`` had to be
        opened read-only. ``opening``: the file start-up opens once this window is
        painted (the frame shows meanwhile, no welcome screen).

        ``frame_only`` (start-up): only the frame is built (the sidebar with the pages
        of the last run, the empty work area, the status bar), with none of the
        record kinds, SQLModel or icons imported; the caller paints it, then calls
        :meth:`build_work_area`, which the window otherwise calls at once."""
        super().__init__()
        self.setObjectName("main_window")
        self.setWindowTitle(self.tr("Office Desk"))
        self.setAcceptDrops(True)
        self.resize(preferred_size(self))
        self.views: dict[str, QWidget] = {}
        self.extensions: dict[str, Any] = {}
        #: The pages in sidebar order, once the work area is built.
        self.pages: tuple[str, ...] = ()
        self._built = False
        # The lock on the file shown (the one start-up claimed, or none yet); another
        # start on that file brings this window forward, from the frame on.
        self._guard = guard or FileGuard(self)
        self._guard.activation_requested.connect(self.come_forward)

        self.sidebar = QListWidget(self)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setFrameShape(QListWidget.Shape.NoFrame)
        self.sidebar.setMaximumWidth(220)
        self.sidebar.setMinimumWidth(150)
        if frame_only:  # the sidebar's pages only for a file (the welcome screen has none)
            paint_frame(
                self, self.sidebar, settings.get(settings.LAST_VIEW), pages=opening is not None
            )
        self.sidebar.currentRowChanged.connect(self._on_sidebar)
        self.stack = QStackedWidget(self)
        self.splitter = QSplitter(self)
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.outer = QStackedWidget(self)  # the welcome screen, or the work area
        self.outer.addWidget(self.splitter)
        central = QWidget(self)
        self.central_layout = QVBoxLayout(central)
        self.central_layout.setContentsMargins(0, 0, 0, 0)
        self.central_layout.setSpacing(0)
        self.central_layout.addWidget(self.outer, 1)
        self.setCentralWidget(central)

        self.file_label = plain_label(parent=self)  # a path can hold anything
        self.counts_label = plain_label(parent=self)
        self.statusBar().addWidget(self.file_label, 1)
        self.statusBar().addPermanentWidget(self.counts_label)
        geometry = settings.get(settings.WINDOW_GEOMETRY)
        if geometry:
            self.restoreGeometry(QByteArray(geometry))
        fit_to_screen(self)
        sidebar_state = settings.get_key("window/sidebar")
        if sidebar_state:
            self.splitter.restoreState(sidebar_state)
        else:
            self.splitter.setSizes([180, 1100])
        if opening is not None:
            set_plain(self.file_label, self.tr("Opening {file}…").format(file=opening.name))
        if not frame_only:
            self.build_work_area(store, holder, opening)

    def build_work_area(
        self,
        store: Store | None = None,
        holder: Holder | None = None,
        opening: Path | None = None,
    ) -> None:
        """Everything of the window after its frame: the pages in the sidebar, the
        open file (``store``, or the ``opening`` one start-up opens next, or the
        welcome screen), the read-only banner, the team status, the menus, toolbar and
        commands."""
        from . import person_rights, team_menu  # noqa: F401 - these register commands
        from .data_exchange import DataExchange
        from .icons import icon
        from .kinds import KIND_ICONS
        from .main_actions import build_menus, create_actions
        from .open_file import OpenFile
        from .pages import PAGES, page_title
        from .read_only_banner import ReadOnlyBanner
        from .sync_status import TeamSync

        self.pages = PAGES
        self.sidebar.blockSignals(True)
        clear_frame(self, self.sidebar)
        for number, page in enumerate(PAGES, start=1):
            item = QListWidgetItem(icon(KIND_ICONS[page]), page_title(page))
            item.setData(Qt.ItemDataRole.UserRole, page)
            item.setToolTip(
                self.tr("{page} (Ctrl+{number})").format(page=page_title(page), number=number)
            )
            item.setSizeHint(QSize(0, 34))
            self.sidebar.addItem(item)
        self.sidebar.blockSignals(False)
        self.file: OpenFile = OpenFile(self, self._guard)
        self.file.opened.connect(self._show_file)
        self.file.closed.connect(self.show_welcome)
        self.file.message.connect(self.statusBar().showMessage)
        self.read_only_banner = ReadOnlyBanner(self)
        self.read_only_banner.hide()
        self.read_only_banner.retry_requested.connect(self.file.retry_writing)
        self.central_layout.insertWidget(0, self.read_only_banner)
        self.team_sync = TeamSync(self)  # the team server: status, Sync now, auto-sync

        self.exchange = DataExchange(self)
        self.menu_actions = create_actions(self)
        self.toolbar = build_menus(self, self.menu_actions)
        keep_frame(self, self.sidebar, self.toolbar)  # for the next start's frame
        self._built = True
        self._update_actions()
        if store is not None:
            self.set_store(store, holder)
        elif opening is None:
            self.show_welcome()

    @property
    def context(self) -> AppContext | None:
        """What the views share about the open file (None: the welcome screen, or the
        frame before its work area is built)."""
        return self.file.context if self._built else None

    @property
    def guard(self) -> FileGuard:
        return self._guard

    @property
    def read_only(self) -> bool:
        """The file is open read-only (another user's Office Desk writes it)."""
        return self._built and self.file.read_only

    def _update_actions(self) -> None:
        from .main_actions import update_actions

        update_actions(self, self.menu_actions)

    def _on_undo_index(self, _index: int) -> None:
        # The stack outlives the window's widgets while the window is torn down.
        if shiboken6.isValid(self) and shiboken6.isValid(self.stack):
            self._update_actions()

    # ------------------------------------------------------------------ the file

    def set_store(self, store: Store, holder: Holder | None = None) -> None:
        """Show ``store`` (closing the one shown before); ``holder``: who has the file
        when ``store`` is read-only (shown in the banner)."""
        self.file.show(store, holder)

    def _show_file(self, context: AppContext, holder: Holder | None) -> None:
        """The file just opened (:attr:`OpenFile.opened`): new pages for it."""
        self._save_view_states()
        for view in self.views.values():
            self.stack.removeWidget(view)
            view.deleteLater()
        self.views.clear()
        self.extensions.clear()
        context.open_record.connect(self.open_record)
        context.changed.connect(self._on_changed)
        context.undo_stack.indexChanged.connect(self._on_undo_index)
        context.changed_elsewhere.connect(self._on_changed_elsewhere)
        self.outer.setCurrentWidget(self.splitter)
        store = context.store
        if store.path is not None:
            title = (
                self.tr("{file} (read-only) – Office Desk")
                if store.read_only
                else self.tr("{file} – Office Desk")
            )
            self.setWindowTitle(title.format(file=shown(store.path.name)))
            self.setWindowFilePath(str(store.path))
            set_plain(self.file_label, store.path)
        self._refresh_counts()
        last = settings.get(settings.LAST_VIEW)
        self.show_page(last if last in self.pages else "office")
        self._update_actions()
        if store.read_only:
            if holder is not None:
                self.read_only_banner.show_holder(holder)
            self.read_only_banner.show()
        else:
            self.read_only_banner.hide()

    def come_forward(self) -> None:
        """Another Office Desk was started on this window's file: show this window."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def open_path(self, path: Path, create: bool = False) -> None:
        """Open (or create) the database at ``path`` (see :meth:`OpenFile.open`)."""
        self.file.open(path, create)

    def open_database_dialog(self) -> None:
        database_dialogs.open_database(self)

    def create_database(self) -> None:
        database_dialogs.create_database(self)

    def open_sample(self) -> None:
        self.file.open_sample()

    def save_copy(self) -> None:
        database_dialogs.save_copy(self)

    def restore_from_backup(self) -> None:
        database_dialogs.restore_from_backup(self)

    def show_welcome(self) -> None:
        from .welcome_view import WelcomeView

        welcome = WelcomeView(
            [p for p in settings.get(settings.RECENT_FILES) if Path(p).exists()], self
        )
        welcome.open_sample.connect(self.open_sample)
        welcome.create_new.connect(self.create_database)
        welcome.open_existing.connect(self.open_database_dialog)
        welcome.open_path.connect(lambda p: self.open_path(Path(p)))
        self.outer.addWidget(welcome)
        self.outer.setCurrentWidget(welcome)
        self.welcome = welcome
        self.read_only_banner.hide()
        self.setWindowTitle(self.tr("Office Desk"))
        self.file_label.setText(self.tr("No database open"))
        self._update_actions()

    # ------------------------------------------------------------------ pages

    def _on_record_selected(self, kind: str, view: RecordListView) -> None:
        """Selecting a record in a list centres the map on it (once the map exists)."""
        page = self.views.get("map")
        record_id = view.current_id()
        if page is not None and record_id is not None:
            page.show_record(kind, record_id)  # type: ignore[attr-defined]

    def view(self, page: str) -> QWidget:
        """The view of ``page``, made when it is first needed (keeps start-up quick)."""
        if page not in self.views:
            assert self.context is not None
            from .page_views import make_view
            from .record_list_view import RecordListView

            # Reports open on the office selected in the Offices list, if any.
            view = make_view(
                self.context,
                page,
                self,
                self.extensions,
                lambda: self.list_view("office").current_id() if "office" in self.views else None,
            )
            if isinstance(view, RecordListView):
                view.new_requested.connect(lambda kind: self.new_record(kind))
                view.edit_requested.connect(self.edit_record)
                view.delete_requested.connect(self.delete_records)
                view.selection_changed.connect(self._update_actions)
                view.selection_changed.connect(
                    lambda k=page, v=view: self._on_record_selected(k, v)
                )
            self.views[page] = view
            self.stack.addWidget(view)
        return self.views[page]

    def show_page(self, page: str) -> None:
        if page not in self.pages or self.context is None:
            return
        self.view(page)
        self.sidebar.blockSignals(True)
        self.sidebar.setCurrentRow(self.pages.index(page))
        self.sidebar.blockSignals(False)
        self.stack.setCurrentWidget(self.views[page])
        settings.put(settings.LAST_VIEW, page)
        self._update_actions()

    def _on_sidebar(self, row: int) -> None:
        if 0 <= row < len(self.pages):
            self.show_page(self.pages[row])

    def current_page(self) -> str:
        for page, view in self.views.items():
            if view is self.stack.currentWidget():
                return page
        return ""

    def current_list_view(self) -> RecordListView | None:
        from .record_list_view import RecordListView

        view = self.stack.currentWidget() if self.outer.currentWidget() is self.splitter else None
        return view if isinstance(view, RecordListView) else None

    def list_view(self, kind: str) -> RecordListView:
        from .record_list_view import RecordListView

        view = self.view(kind)
        assert isinstance(view, RecordListView)
        return view

    def open_record(self, kind: str, record_id: uuid.UUID) -> None:
        from .pages import KINDS

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
        from .pages import KINDS
        from .record_editor import RecordEditor

        kind = kind if isinstance(kind, str) else self.current_page()
        if kind not in KINDS:
            kind = "contact"

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
        if self._refuse_if_read_only() or self.context is None or not ids:
            return
        from .delete_records import delete_records

        delete_records(
            self, self.context, kind, ids, self.confirm_delete, background_over=BACKGROUND_DELETE
        )

    def _refuse_if_read_only(self) -> bool:
        if not self.read_only:
            return False
        self.statusBar().showMessage(
            self.tr("This file is open read-only: another user's Office Desk has it open."), 8000
        )
        self.read_only_banner.show()
        return True

    def confirm_delete(self, text: str, detail: str) -> bool:
        """Ask once before deleting; True to go ahead (tests answer in its place)."""
        from .delete_records import confirm_delete

        return confirm_delete(self, text, detail)

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
            from .operation import show_failure

            show_failure(
                self,
                self.tr("Office Desk"),
                self.tr("That could not be undone.\n\n{error}"),
                exc,
                self.file.path,
            )

    def _on_changed(self, _changes: Changes) -> None:
        QTimer.singleShot(0, self._refresh_counts)

    def _on_changed_elsewhere(self) -> None:
        self.statusBar().showMessage(
            self.tr(
                "Updated with changes another program made to this file (undo history cleared)"
            ),
            8000,
        )

    def _refresh_counts(self) -> None:
        if self.context is None:
            self.counts_label.clear()
            return
        from ..core import kinds
        from ..core.services import records
        from .pages import KINDS, count_text

        parts = []
        for kind in KINDS:
            n = records.count(self.context.store, kinds.get(kind).model)
            parts.append(count_text(kind, n))
        self.counts_label.setText(" · ".join(parts))

    def about(self) -> None:
        from .help_and_settings import open_about

        self.about_dialog = open_about(self)

    def show_user_guide(self) -> None:
        from .help_and_settings import show_user_guide

        self.user_guide = show_user_guide(self, getattr(self, "user_guide", None))

    def open_settings(self) -> None:
        from .help_and_settings import open_settings

        self.settings_dialog = open_settings(self, self.context)

    # ------------------------------------------------------------------ window life

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The frame is known once shown: the whole window, frame and all, on the screen.
        QTimer.singleShot(0, lambda: shiboken6.isValid(self) and fit_to_screen(self))

    def changeEvent(self, event: QEvent) -> None:
        # The OS switched between light and dark: redraw the icons in the new colours.
        if event.type() == QEvent.Type.PaletteChange and self._built:
            from .icons import icon
            from .kinds import KIND_ICONS

            for action in self.findChildren(QAction):
                name = action.property("icon_name")
                if name:
                    action.setIcon(icon(str(name)))
            for row in range(self.sidebar.count()):
                item = self.sidebar.item(row)
                item.setIcon(icon(KIND_ICONS[item.data(Qt.ItemDataRole.UserRole)]))
        super().changeEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if not self._built:  # the frame: nothing to open a file with yet
            return
        urls = event.mimeData().urls()
        if len(urls) == 1 and urls[0].isLocalFile():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        if not self._built:
            return
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile():
            event.acceptProposedAction()
            path = Path(urls[0].toLocalFile())
            suffix = path.suffix.lower()
            if self.context is not None and suffix in (".csv", ".xlsx", ".vcf", ".txt"):
                self.exchange.import_contacts(path)
            elif self.context is not None and suffix in (".zip", ".json", ".sealed"):
                self.exchange.import_package(path)
            else:
                self.open_path(path)

    def _save_view_states(self) -> None:
        from .record_list_view import RecordListView

        for view in self.views.values():
            if isinstance(view, RecordListView):
                view.save_state()

    def settle_open_editors(self) -> bool:
        """Before the window closes: every open editor with unsaved changes is saved
        or discarded as the user says; False: the window must stay open."""
        from .unsaved_changes import settle_open_editors

        return settle_open_editors(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        # An exception escaping a Qt event override crashes PySide (seen with 6.12)
        # instead of reaching the error dialog: hand it over explicitly.
        try:
            self._close(event)
        except Exception:
            sys.excepthook(*sys.exc_info())

    def _close(self, event: QCloseEvent) -> None:
        if not self._built:  # closed (SIGTERM) before its frame was filled: no file yet
            self._guard.release()  # the claim start-up made on the file
            super().closeEvent(event)
            return
        if not self.settle_open_editors():
            event.ignore()
            return
        self._save_view_states()
        if self.context is not None:
            with contextlib.suppress(RuntimeError, TypeError):
                self.context.undo_stack.indexChanged.disconnect(self._on_undo_index)
        settings.put(settings.WINDOW_GEOMETRY, bytes(self.saveGeometry().data()))
        settings.put_key("window/sidebar", self.splitter.saveState())
        self.file.close()
        super().closeEvent(event)

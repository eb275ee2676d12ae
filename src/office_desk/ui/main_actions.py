"""The main window's menu and toolbar commands, each declared once where it is defined
(after MusicBrainz Picard's ``ui/mainwindow/actions.py``): a function that does what
the command does, registered with :func:`add_action` with its text, keys, icon, tip
and when it is enabled. Below them, where each appears in the menus and the toolbar.

:func:`create_actions` makes the QActions of a window (each also an attribute of it:
``window.undo_action``), :func:`build_menus` lays out its menus and toolbar, and
:func:`update_actions` enables them for what the window shows. The texts keep the translation
context of the main window, which declared them first.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, Protocol, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox, QToolBar

from . import settings
from .app_context import AppContext
from .icons import icon
from .kinds import KIND_ICONS
from .pages import PAGES, page_title
from .plain_text import action_text, literal, without_mnemonics

Key = QKeySequence | QKeySequence.StandardKey | str


class Window(Protocol):
    """What the commands ask of the main window."""

    exchange: Any  # DataExchange: File ▸ Import and Export
    toolbar: QToolBar

    @property
    def context(self) -> AppContext | None: ...
    @property
    def read_only(self) -> bool: ...
    def current_list_view(self) -> Any: ...
    def open_path(self, path: Path) -> None: ...
    def create_database(self) -> None: ...
    def open_database_dialog(self) -> None: ...
    def open_sample(self) -> None: ...
    def save_copy(self) -> None: ...
    def restore_from_backup(self) -> None: ...
    def undo(self) -> None: ...
    def redo(self) -> None: ...
    def new_record(self, kind: str | None = None) -> None: ...
    def edit_current(self) -> None: ...
    def delete_current(self) -> None: ...
    def open_search(self) -> None: ...
    def open_settings(self) -> None: ...
    def show_page(self, page: str) -> None: ...
    def show_user_guide(self) -> None: ...
    def about(self) -> None: ...
    def close(self) -> bool: ...


@dataclass(frozen=True)
class State:
    """What the window shows, as far as the commands care."""

    has_store: bool  # a file is open
    writable: bool  # ... and not read-only
    list_shown: bool  # a page with a list of records is in front
    selected: int  # records selected in it
    kind: str = ""  # the kind of that list ("contact"...), "" when none


@dataclass(frozen=True)
class ActionSpec:
    name: str  # the window's attribute
    text: object  # marked with QT_TRANSLATE_NOOP("MainWindow", ...)
    trigger: Callable[[Window], object]
    keys: Sequence[Key] = ()
    icon: str = ""
    tip: object = ""  # marked like the text; also the status-bar tip
    role: QAction.MenuRole | None = None
    enabled: Callable[[State], bool] | None = None  # None: always


#: Every command, by name, in the order declared.
ACTIONS: dict[str, ActionSpec] = {}


def add_action(
    name: str,
    text: object,
    keys: Sequence[Key] = (),
    icon_name: str = "",
    tip: object = "",
    role: QAction.MenuRole | None = None,
    enabled: Callable[[State], bool] | None = None,
) -> Callable[[Callable[[Window], object]], Callable[[Window], object]]:
    """Register the decorated function as the command ``name`` (see :class:`ActionSpec`)."""

    def register(trigger: Callable[[Window], object]) -> Callable[[Window], object]:
        ACTIONS[name] = ActionSpec(name, text, trigger, tuple(keys), icon_name, tip, role, enabled)
        return trigger

    return register


def _tr(text: object) -> str:
    """A QT_TRANSLATE_NOOP("MainWindow", ...) text, or a function giving one, translated."""
    if callable(text):
        return str(text())
    return QCoreApplication.translate("MainWindow", str(text))


def _has_store(state: State) -> bool:
    return state.has_store


def _writable(state: State) -> bool:
    return state.writable


# ---------------------------------------------------------------------- File


@add_action(
    "new_file_action",
    QT_TRANSLATE_NOOP("MainWindow", "&New database…"),
    ["Ctrl+Shift+N"],
    "mdi6.database-plus",
)
def _new_database(window: Window) -> None:
    window.create_database()


@add_action(
    "open_action",
    QT_TRANSLATE_NOOP("MainWindow", "&Open…"),
    [QKeySequence.StandardKey.Open],
    "mdi6.folder-open",
)
def _open(window: Window) -> None:
    window.open_database_dialog()


@add_action("sample_action", QT_TRANSLATE_NOOP("MainWindow", "Open the &Sample Network"))
def _open_sample(window: Window) -> None:
    window.open_sample()


@add_action(
    "import_contacts_action",
    QT_TRANSLATE_NOOP("MainWindow", "&Contacts or Organizations (CSV, Excel, vCard)…"),
    ["Ctrl+I"],
    "mdi6.account-arrow-left",
    QT_TRANSLATE_NOOP(
        "MainWindow",
        "Import a contact list: a dry run shows new records, updates and duplicates first",
    ),
    enabled=_writable,
)
def _import_contacts(window: Window) -> None:
    window.exchange.import_contacts()


@add_action(
    "import_package_action",
    QT_TRANSLATE_NOOP("MainWindow", "&Package from Another Office…"),
    icon_name="mdi6.package-down",
    tip=QT_TRANSLATE_NOOP(
        "MainWindow", "Merge another office's package: newer edits win, conflicts are listed"
    ),
    enabled=_writable,
)
def _import_package(window: Window) -> None:
    window.exchange.import_package()


@add_action(
    "export_list_action",
    QT_TRANSLATE_NOOP("MainWindow", "This &List (Excel or CSV)…"),
    ["Ctrl+Shift+E"],
    "mdi6.table-arrow-right",
    QT_TRANSLATE_NOOP("MainWindow", "Export the list on screen, with its filter and order"),
    enabled=lambda state: state.list_shown,
)
def _export_list(window: Window) -> None:
    window.exchange.export_list()


@add_action(
    "export_vcard_action",
    QT_TRANSLATE_NOOP("MainWindow", "Contacts as &vCards…"),
    icon_name="mdi6.card-account-details-outline",
    tip=QT_TRANSLATE_NOOP(
        "MainWindow", "The contacts of the Contacts list (with its filter), for address books"
    ),
    enabled=_has_store,
)
def _export_vcards(window: Window) -> None:
    window.exchange.export_vcards()


@add_action(
    "export_calendar_action",
    QT_TRANSLATE_NOOP("MainWindow", "Events as a &Calendar (.ics)…"),
    icon_name="mdi6.calendar-export",
    tip=QT_TRANSLATE_NOOP(
        "MainWindow", "The events of the Events list (with its filter), for calendar apps"
    ),
    enabled=_has_store,
)
def _export_calendar(window: Window) -> None:
    window.exchange.export_calendar()


@add_action(
    "export_package_action",
    QT_TRANSLATE_NOOP("MainWindow", "&Package for Another Office…"),
    icon_name="mdi6.package-up",
    tip=QT_TRANSLATE_NOOP("MainWindow", "The whole database as one file another office can merge"),
    enabled=_has_store,
)
def _export_package(window: Window) -> None:
    window.exchange.export_package()


@add_action(
    "copy_action",
    QT_TRANSLATE_NOOP("MainWindow", "Save a &Copy / Backup…"),
    ["Ctrl+Shift+S"],
    "mdi6.content-save-all",
    enabled=_has_store,
)
def _save_copy(window: Window) -> None:
    window.save_copy()


@add_action(
    "restore_action",
    QT_TRANSLATE_NOOP("MainWindow", "Res&tore from Backup…"),
    icon_name="mdi6.backup-restore",
    tip=QT_TRANSLATE_NOOP("MainWindow", "Put the file back as one of its automatic backups was"),
    enabled=_writable,
)
def _restore(window: Window) -> None:
    window.restore_from_backup()


@add_action(
    "quit_action", QT_TRANSLATE_NOOP("MainWindow", "&Quit"), [QKeySequence.StandardKey.Quit]
)
def _quit(window: Window) -> None:
    window.close()


# ---------------------------------------------------------------------- Edit


@add_action(
    "undo_action",
    QT_TRANSLATE_NOOP("MainWindow", "&Undo"),
    [QKeySequence.StandardKey.Undo],
    "mdi6.undo",
)
def _undo(window: Window) -> None:
    window.undo()


# StandardKey.Redo is Ctrl+Y on Windows; Ctrl+Shift+Z there too, once (distinct_keys).
@add_action(
    "redo_action",
    QT_TRANSLATE_NOOP("MainWindow", "&Redo"),
    [QKeySequence.StandardKey.Redo, "Ctrl+Shift+Z"],
    "mdi6.redo",
)
def _redo(window: Window) -> None:
    window.redo()


@add_action(
    "new_record_action",
    QT_TRANSLATE_NOOP("MainWindow", "&New Record…"),
    [QKeySequence.StandardKey.New],
    "mdi6.plus",
    enabled=lambda state: state.writable and state.list_shown,
)
def _new_record(window: Window) -> None:
    window.new_record()


@add_action(
    "edit_record_action",
    QT_TRANSLATE_NOOP("MainWindow", "&Edit Record…"),
    ["Ctrl+E"],
    "mdi6.pencil",
    enabled=lambda state: state.writable and state.selected == 1,
)
def _edit_record(window: Window) -> None:
    window.edit_current()


@add_action(
    "delete_action",
    QT_TRANSLATE_NOOP("MainWindow", "&Delete…"),
    ["Ctrl+Delete"],
    "mdi6.delete",
    enabled=lambda state: state.writable and state.selected > 0,
)
def _delete(window: Window) -> None:
    window.delete_current()


@add_action(
    "search_action",
    QT_TRANSLATE_NOOP("MainWindow", "&Search Everything…"),
    ["Ctrl+K", QKeySequence.StandardKey.Find],
    "mdi6.magnify",
    enabled=_has_store,
)
def _search(window: Window) -> None:
    window.open_search()


@add_action(
    "settings_action",
    QT_TRANSLATE_NOOP("MainWindow", "&Settings…"),
    ["Ctrl+,"],
    "mdi6.cog-outline",
    role=QAction.MenuRole.PreferencesRole,
)
def _settings(window: Window) -> None:
    window.open_settings()


# ---------------------------------------------------------------------- View: one per page


def _page_action(number: int, page: str) -> None:
    @add_action(
        f"page_{page}_action", partial(page_title, page), [f"Ctrl+{number}"], KIND_ICONS[page]
    )
    def show(window: Window) -> None:
        window.show_page(page)


for _number, _page in enumerate(PAGES, start=1):
    _page_action(_number, _page)


# ---------------------------------------------------------------------- Help


@add_action(
    "user_guide_action",
    QT_TRANSLATE_NOOP("MainWindow", "&User Guide"),
    ["F1"],
    "mdi6.book-open-variant",
    QT_TRANSLATE_NOOP("MainWindow", "How to use Office Desk, with a find box"),
)
def _user_guide(window: Window) -> None:
    window.show_user_guide()


@add_action(
    "about_action",
    QT_TRANSLATE_NOOP("MainWindow", "&About Office Desk"),
    role=QAction.MenuRole.AboutRole,
)
def _about(window: Window) -> None:
    window.about()


@add_action(
    "about_qt_action",
    QT_TRANSLATE_NOOP("MainWindow", "About &Qt"),
    role=QAction.MenuRole.AboutQtRole,
)
def _about_qt(window: Window) -> None:
    QMessageBox.aboutQt(cast(QMainWindow, window))


# ---------------------------------------------------------------------- where they appear

SEPARATOR = "-"
RECENT = "recent_menu"  # File ▸ Open Recent, filled as it opens
TEAM = ("connect_server_action", SEPARATOR, "sync_now_action", "conflicts_action")  # team_menu
PEOPLE = ("person_file_action", "erase_person_action", SEPARATOR, "review_action")  # person_rights
#: The menu bar: each menu's title and its entries (commands, separators, submenus).
MENUS: tuple[tuple[object, tuple[Any, ...]], ...] = (
    (
        QT_TRANSLATE_NOOP("MainWindow", "&File"),
        (
            "new_file_action",
            "open_action",
            RECENT,
            "sample_action",
            SEPARATOR,
            (
                QT_TRANSLATE_NOOP("MainWindow", "&Import"),
                ("import_contacts_action", "import_package_action"),
            ),
            (
                QT_TRANSLATE_NOOP("MainWindow", "&Export"),
                (
                    "export_list_action",
                    "export_vcard_action",
                    "export_calendar_action",
                    SEPARATOR,
                    "export_package_action",
                ),
            ),
            SEPARATOR,
            "copy_action",
            "restore_action",
            SEPARATOR,
            "quit_action",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "&Edit"),
        (
            "undo_action",
            "redo_action",
            SEPARATOR,
            "new_record_action",
            "edit_record_action",
            "delete_action",
            (QT_TRANSLATE_NOOP("MainWindow", "&Personal Data"), PEOPLE),
            SEPARATOR,
            "search_action",
            SEPARATOR,
            "settings_action",
        ),
    ),
    (QT_TRANSLATE_NOOP("MainWindow", "&View"), tuple(f"page_{page}_action" for page in PAGES)),
    (QT_TRANSLATE_NOOP("MainWindow", "&Team"), TEAM),
    (
        QT_TRANSLATE_NOOP("MainWindow", "&Help"),
        ("user_guide_action", SEPARATOR, "about_action", "about_qt_action"),
    ),
)
TOOLBAR = (
    "new_record_action",
    "edit_record_action",
    "delete_action",
    SEPARATOR,
    "undo_action",
    "redo_action",
    SEPARATOR,
    "search_action",
)


# ---------------------------------------------------------------------- making them


def distinct_keys(keys: Sequence[Key]) -> list[QKeySequence]:
    """``keys`` with the platform's standard keys spelled out and each key once: two
    shortcuts with the same key on one window make both ambiguous, so neither fires
    (``StandardKey.Redo`` already is Ctrl+Shift+Z on Linux and macOS, and adding
    Ctrl+Shift+Z for Windows users once silenced Redo there)."""
    seen: set[str] = set()
    result: list[QKeySequence] = []
    for key in keys:
        expanded = (
            QKeySequence.keyBindings(key)
            if isinstance(key, QKeySequence.StandardKey)
            else [QKeySequence(key)]
        )
        for sequence in expanded:
            text = sequence.toString(QKeySequence.SequenceFormat.PortableText)
            if text and text not in seen:
                seen.add(text)
                result.append(sequence)
    return result


def make_action(window: QMainWindow, spec: ActionSpec) -> QAction:
    action = QAction(_tr(spec.text), window)
    if spec.icon:
        action.setIcon(icon(spec.icon))
        action.setProperty("icon_name", spec.icon)  # redrawn when light and dark switch
    if spec.keys:
        action.setShortcuts(distinct_keys(spec.keys))
    if spec.tip:
        action.setStatusTip(_tr(spec.tip))
        action.setToolTip(_tr(spec.tip))
    if spec.role is not None:
        action.setMenuRole(spec.role)
    trigger, host = spec.trigger, cast(Window, window)

    def triggered(_checked: bool = False) -> None:
        trigger(host)

    action.triggered.connect(triggered)
    return action


def create_actions(window: QMainWindow) -> dict[str, QAction]:
    """Every command's QAction for ``window``, each also set as its attribute."""
    actions = {name: make_action(window, spec) for name, spec in ACTIONS.items()}
    for name, action in actions.items():
        setattr(window, name, action)
    return actions


def _fill(
    menu: QMenu, entries: tuple[Any, ...], actions: dict[str, QAction], window: QMainWindow
) -> None:
    for entry in entries:
        if entry == SEPARATOR:
            menu.addSeparator()
        elif entry == RECENT:
            menu.addMenu(_recent_menu(window))
        elif isinstance(entry, tuple):
            title, inner = entry
            _fill(menu.addMenu(_tr(title)), inner, actions, window)
        else:
            menu.addAction(actions[entry])


def build_menus(window: QMainWindow, actions: dict[str, QAction]) -> QToolBar:
    """The menu bar and the toolbar (returned) of ``window``, from :data:`MENUS` and
    :data:`TOOLBAR`."""
    for title, entries in MENUS:
        _fill(window.menuBar().addMenu(_tr(title)), entries, actions, window)
    toolbar = window.addToolBar(QCoreApplication.translate("MainWindow", "Main"))
    toolbar.setObjectName("main_toolbar")
    toolbar.setMovable(False)
    toolbar.setIconSize(QSize(18, 18))
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    for entry in TOOLBAR:
        if entry == SEPARATOR:
            toolbar.addSeparator()
        else:
            toolbar.addAction(actions[entry])
    return toolbar


def _recent_menu(window: QMainWindow) -> QMenu:
    """File ▸ Open Recent, filled each time it opens."""
    recent = QMenu(QCoreApplication.translate("MainWindow", "Open &Recent"), window)
    recent.aboutToShow.connect(lambda: fill_recent(recent, cast(Window, window)))
    return recent


def fill_recent(menu: QMenu, window: Window) -> None:
    """File ▸ Open Recent: the files opened lately that still exist."""
    menu.clear()
    recent = [p for p in settings.get(settings.RECENT_FILES) if Path(p).exists()]
    for path in recent:

        def open_it(_checked: bool = False, target: Path = Path(path)) -> None:
            window.open_path(target)

        menu.addAction(action_text(Path(path).name), open_it).setToolTip(literal(path))
    if not recent:
        empty = menu.addAction(QCoreApplication.translate("MainWindow", "No recent files"))
        empty.setEnabled(False)


def update_actions(window: Window, actions: dict[str, QAction]) -> None:
    """Enable the commands for what ``window`` shows; name the step Undo and Redo take."""
    context = window.context
    view = window.current_list_view()
    state = State(
        has_store=context is not None,
        writable=context is not None and not window.read_only,
        list_shown=view is not None,
        selected=len(view.selected_ids()) if view is not None else 0,
        kind=view.kind if view is not None else "",
    )
    for name, spec in ACTIONS.items():
        if spec.enabled is not None:
            actions[name].setEnabled(spec.enabled(state))
    stack = context.undo_stack if context is not None else None
    undo, redo = actions["undo_action"], actions["redo_action"]
    undo.setEnabled(bool(state.writable and stack and stack.canUndo()))
    redo.setEnabled(bool(state.writable and stack and stack.canRedo()))
    # "Undo Delete “R&D Centre”": the record's name is not a menu shortcut, and the
    # toolbar button's tooltip (Qt would make it from the text) is not read as HTML.
    undo.setText(
        QCoreApplication.translate("MainWindow", "&Undo {action}").format(
            action=action_text(stack.undoText())
        )
        if stack and stack.canUndo()
        else QCoreApplication.translate("MainWindow", "&Undo")
    )
    redo.setText(
        QCoreApplication.translate("MainWindow", "&Redo {action}").format(
            action=action_text(stack.redoText())
        )
        if stack and stack.canRedo()
        else QCoreApplication.translate("MainWindow", "&Redo")
    )
    for action in (undo, redo):
        action.setToolTip(literal(without_mnemonics(action.text())))
    window.toolbar.setVisible(state.has_store)

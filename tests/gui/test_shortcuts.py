"""Every action gets each key once, so every shortcut fires."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from office_desk.ui.main_actions import distinct_keys
from office_desk.ui.main_window import MainWindow
from office_desk.ui.pages import PAGES
from office_desk.ui.record_table_model import ID_ROLE

from ..shortcut_finder import ambiguous


def test_the_finder_sees_a_key_given_twice(qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    twice = QAction("Redo", window)
    twice.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Shift+Z")])
    window.addAction(twice)
    other = QAction("Other", window)
    other.setShortcut(QKeySequence("Ctrl+K"))
    window.addAction(other)
    again = QShortcut(QKeySequence("Ctrl+K"), window)
    again.setObjectName("again")
    found = ambiguous(window)
    assert any(line.startswith("Ctrl+Shift+Z") for line in found)
    assert any(line.startswith("Ctrl+K") for line in found)


def test_distinct_keys_spell_out_standard_keys_once() -> None:
    keys = distinct_keys([QKeySequence.StandardKey.Redo, QKeySequence("Ctrl+Shift+Z")])
    texts = [k.toString(QKeySequence.SequenceFormat.PortableText) for k in keys]
    assert len(texts) == len(set(texts)) and "Ctrl+Shift+Z" in texts


def test_no_shortcut_of_the_main_window_is_ambiguous(window: MainWindow) -> None:
    for page in PAGES:  # the views are made when first shown
        window.show_page(page)
    assert ambiguous(window) == []


def test_redo_fires_from_the_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    """Ctrl+Shift+Z redoes what Ctrl+Z undid (it did nothing while ambiguous)."""
    from office_desk.core.models import Office
    from office_desk.core.services import records
    from office_desk.ui.undo_commands import DeleteRecordsCommand, push

    assert window.context is not None
    context = window.context
    before = records.count(context.store, Office)
    view = window.list_view("office")
    office_id = view.model.index(0, 0).data(ID_ROLE)
    assert office_id is not None
    push(context, DeleteRecordsCommand(context, Office, [office_id], "Delete office"))
    assert records.count(context.store, Office) == before - 1
    window.activateWindow()
    window.show_page("office")
    window.sidebar.setFocus()
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: records.count(context.store, Office) == before)
    qtbot.keyClick(
        window.sidebar,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: records.count(context.store, Office) == before - 1)

"""Unsaved changes are never dropped silently: closing the window with an editor
open asks, and a record changed elsewhere while it was being edited is merged, not
overwritten unasked."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlmodel import select

from office_desk.core.models import Contact
from office_desk.core.services import record_state, records
from office_desk.ui.main_window import MainWindow
from office_desk.ui.record_editor import RecordEditor


def _close_editors(window: MainWindow) -> None:
    """Editors left open with changes would ask again when pytest-qt closes the window
    (before any fixture's teardown)."""
    for editor in window.findChildren(RecordEditor):
        editor.done(0)


def _first_contact(window: MainWindow) -> Contact:
    assert window.context is not None
    with window.context.store.session() as session:
        contact = session.exec(select(Contact).order_by(Contact.family_name)).first()
    assert contact is not None
    return contact


def _editor(window: MainWindow, record_id: uuid.UUID) -> RecordEditor:
    assert window.context is not None
    editor = RecordEditor(window.context, "contact", record_id, parent=window)
    editor.show()
    return editor


def _field(editor: RecordEditor, name: str) -> object:
    return next(f for row, f in editor.fields.items() if row.fields[0] == name)


def _answer(
    monkeypatch: pytest.MonkeyPatch, method: str, *answers: QMessageBox.StandardButton
) -> list[str]:
    asked: list[str] = []
    queue = list(answers)

    def answer(*args: object, **_kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return queue.pop(0)

    monkeypatch.setattr(QMessageBox, method, answer)
    return asked


def test_closing_the_window_with_unsaved_changes_asks_and_cancel_keeps_all(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    contact = _first_contact(window)
    editor = _editor(window, contact.id)
    _field(editor, "position").widget.setText("Head of Liaison")  # type: ignore[attr-defined]
    asked = _answer(monkeypatch, "question", QMessageBox.StandardButton.Cancel)
    assert not window.close()
    assert len(asked) == 1 and "not saved" in asked[0]
    assert window.isVisible() and editor.isVisible()
    assert _field(editor, "position").widget.text() == "Head of Liaison"  # type: ignore[attr-defined]
    _close_editors(window)


def test_closing_the_window_can_save_the_editor_first(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert window.context is not None
    contact = _first_contact(window)
    editor = _editor(window, contact.id)
    _field(editor, "position").widget.setText("Head of Liaison")  # type: ignore[attr-defined]
    _answer(monkeypatch, "question", QMessageBox.StandardButton.Save)
    store = window.context.store
    assert window.close()
    assert not editor.isVisible()
    assert records.get(store, Contact, contact.id).position == "Head of Liaison"


def test_closing_the_window_can_discard_and_an_unchanged_editor_is_not_asked_about(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert window.context is not None
    contact = _first_contact(window)
    quiet = _editor(window, contact.id)
    changed = _editor(window, contact.id)
    _field(changed, "position").widget.setText("Dropped on purpose")  # type: ignore[attr-defined]
    asked = _answer(monkeypatch, "question", QMessageBox.StandardButton.Discard)
    store = window.context.store
    assert window.close()
    assert len(asked) == 1
    assert not quiet.isVisible() and not changed.isVisible()
    assert records.get(store, Contact, contact.id).position == contact.position


def test_a_change_made_elsewhere_to_another_field_is_kept(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert window.context is not None
    store = window.context.store
    contact = _first_contact(window)
    editor = _editor(window, contact.id)
    # Another program saves the contact while the editor is open.
    elsewhere = record_state.capture(store, Contact, contact.id)
    elsewhere.fields["notes"] = "Met at the SME conference (added by a script)"
    record_state.apply(store, Contact, contact.id, elsewhere)
    _field(editor, "position").widget.setText("Head of Liaison")  # type: ignore[attr-defined]
    asked = _answer(monkeypatch, "warning")
    editor.save()
    assert not asked  # different fields: nothing to decide
    saved = records.get(store, Contact, contact.id)
    assert saved.position == "Head of Liaison"
    assert saved.notes == "Met at the SME conference (added by a script)"


@pytest.mark.parametrize("choice", ["cancel", "save"])
def test_the_same_field_changed_elsewhere_is_asked_about(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, choice: str
) -> None:
    assert window.context is not None
    store = window.context.store
    contact = _first_contact(window)
    editor = _editor(window, contact.id)
    elsewhere = record_state.capture(store, Contact, contact.id)
    elsewhere.fields["position"] = "Their title"
    record_state.apply(store, Contact, contact.id, elsewhere)
    _field(editor, "position").widget.setText("My title")  # type: ignore[attr-defined]
    button = (
        QMessageBox.StandardButton.Cancel if choice == "cancel" else QMessageBox.StandardButton.Save
    )
    asked = _answer(monkeypatch, "warning", button)
    editor.save()
    assert len(asked) == 1 and "Position" in asked[0]
    saved = records.get(store, Contact, contact.id)
    if choice == "cancel":
        assert saved.position == "Their title" and editor.isVisible()
        _close_editors(window)
    else:
        assert saved.position == "My title" and not editor.isVisible()
        window.undo()  # undo puts back what the other writer saved, not the older value
        assert records.get(store, Contact, contact.id).position == "Their title"


def test_a_record_deleted_elsewhere_is_not_saved_and_the_form_stays(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert window.context is not None
    store = window.context.store
    contact = _first_contact(window)
    editor = _editor(window, contact.id)
    records.delete(store, Contact, [contact.id])
    _field(editor, "position").widget.setText("Typed in vain?")  # type: ignore[attr-defined]
    asked = _answer(monkeypatch, "warning", QMessageBox.StandardButton.Ok)
    editor.save()
    assert len(asked) == 1 and "deleted" in asked[0]
    assert editor.isVisible()
    assert _field(editor, "position").widget.text() == "Typed in vain?"  # type: ignore[attr-defined]
    _close_editors(window)


def test_merge_edits_keeps_both_sides_and_names_real_conflicts() -> None:
    from office_desk.core.services.record_state import RecordState, merge_edits

    base = RecordState({"a": "1", "b": "1", "c": "1"}, tags=["x"])
    mine = RecordState({"a": "2", "b": "1", "c": "3"}, tags=["x", "mine"])
    theirs = RecordState({"a": "1", "b": "9", "c": "4"}, tags=["x"])
    merged, conflicts = merge_edits(base, base, mine, theirs)
    assert merged.fields == {"a": "2", "b": "9", "c": "3"}
    assert merged.tags == ["x", "mine"]
    assert conflicts == ["c"]
    same, none = merge_edits(base, base, mine, RecordState(dict(mine.fields), tags=["x"]))
    assert none == [] and same.fields == mine.fields

"""An undo or redo whose write fails changes nothing, says so, and clears the history
(QUndoStack moves its index regardless, so the history would no longer match the file)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from office_desk.core.models import Contact
from office_desk.core.services import records
from office_desk.ui.main_window import MainWindow
from office_desk.ui.record_table_model import ID_ROLE
from office_desk.ui.undo_commands import SetFieldsCommand, push


@pytest.mark.parametrize("step", ["undo", "redo"])
def test_a_failed_step_says_so_and_clears_the_history(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, step: str
) -> None:
    assert window.context is not None
    context = window.context
    window.show_page("contact")
    view = window.list_view("contact")
    contact_id = view.model.index(0, 0).data(ID_ROLE)
    before = records.get(context.store, Contact, contact_id).position
    push(
        context,
        SetFieldsCommand(context, Contact, {contact_id: {"position": "Director"}}, "Edit position"),
    )
    if step == "redo":
        window.undo()
        assert records.get(context.store, Contact, contact_id).position == before
    messages: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda _parent, _title, text, *a, **k: messages.append(text)
    )
    original = SetFieldsCommand._set

    def failing(self: SetFieldsCommand, values: dict) -> None:  # type: ignore[type-arg]
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(SetFieldsCommand, "_set", failing)
    window.undo() if step == "undo" else window.redo()
    qtbot.waitUntil(lambda: bool(messages), timeout=5000)
    assert "could not be undone or redone" in messages[0]
    assert "disk" in messages[0].lower() or "space" in messages[0].lower()
    assert not context.undo_stack.canUndo() and not context.undo_stack.canRedo()
    expected = "Director" if step == "undo" else before
    assert records.get(context.store, Contact, contact_id).position == expected
    monkeypatch.setattr(SetFieldsCommand, "_set", original)

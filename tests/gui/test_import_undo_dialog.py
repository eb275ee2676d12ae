"""The import dialog as a liaison officer uses it: the import is one step of Edit ▸ Undo
(the history before it is kept), the people go to the default office, the summary
counts in whole sentences, and an import too large to undo says so and names its
backup."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from office_desk.core.import_contacts import undo as undo_module
from office_desk.core.models import Contact
from office_desk.core.sample_network import sample_id
from office_desk.core.services import records
from office_desk.ui import settings
from office_desk.ui.import_dialog import ImportDialog
from office_desk.ui.main_window import MainWindow
from office_desk.ui.undo_commands import SetFieldsCommand, push
from tests.unit.test_import_undo import PARTNER_LIST, live_state, outlook_file

FRANKFURT = sample_id("office:frankfurt")
MUELLER_MAIL = "j.mueller@example.org"


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda _p, _t, text, *a, **k: shown.append(text))
    return shown


def _dry_run(qtbot: QtBot, window: MainWindow, path: Path) -> ImportDialog:
    assert window.context is not None
    dialog = ImportDialog(window.context, window, path)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.table is not None, timeout=10000)
    dialog.check_button.click()
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=20000)
    return dialog


def _import(qtbot: QtBot, dialog: ImportDialog) -> None:
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.imported is not None, timeout=20000)


def _mueller_id(window: MainWindow) -> uuid.UUID:
    assert window.context is not None
    with window.context.store.session() as session:
        from sqlmodel import select

        return next(c.id for c in session.exec(select(Contact)).all() if MUELLER_MAIL in c.emails)


def test_the_import_is_one_undo_step(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, messages: list[str]
) -> None:
    context = window.context
    assert context is not None
    store = context.store
    # Something the user did before the import: it must stay undoable after it.
    mueller = _mueller_id(window)
    push(
        context,
        SetFieldsCommand(context, Contact, {mueller: {"position": "CEO"}}, "Edit Jürgen Müller"),
    )
    before = live_state(store)

    dialog = _dry_run(qtbot, window, outlook_file(tmp_path / "partner.csv", PARTNER_LIST))
    dialog.plan.set_duplicate_choice("merge")
    dialog._summarise()
    assert "Edit ▸ Undo (Ctrl+Z) takes the whole import back" in dialog.undo_note.text()
    _import(qtbot, dialog)
    imported = live_state(store)
    assert imported != before
    assert context.undo_stack.count() == 2  # the edit before, and the import
    assert context.undo_stack.undoText() == "Import partner.csv"
    assert "Edit ▸ Undo (Ctrl+Z) takes the whole import back." in messages[-1]
    assert window.undo_action.isEnabled()

    window.undo()  # Edit ▸ Undo
    assert live_state(store) == before  # new people, organization and tag gone, merge undone
    assert records.get(store, Contact, mueller).position == "CEO"
    window.redo()
    assert live_state(store) == imported
    window.undo()
    window.undo()  # the edit before the import
    assert records.get(store, Contact, mueller).position != "CEO"
    assert not messages[1:]  # no error along the way


def test_people_go_to_the_default_office(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, messages: list[str]
) -> None:
    settings.put(settings.DEFAULT_OFFICE, str(FRANKFURT))
    dialog = _dry_run(qtbot, window, outlook_file(tmp_path / "partner.csv", PARTNER_LIST))
    assert dialog.office_id() == FRANKFURT
    assert dialog.office_combo.currentText() == "Frankfurt-Jinan Contact Office"
    _import(qtbot, dialog)
    assert window.context is not None
    for contact_id in dialog.imported.created_ids:
        assert records.get(window.context.store, Contact, contact_id).office_id == FRANKFURT


@pytest.mark.parametrize("setting", ["", "not an id", str(uuid.uuid4())])
def test_without_a_default_office_none_is_chosen(
    qtbot: QtBot, window: MainWindow, setting: str
) -> None:
    settings.put(settings.DEFAULT_OFFICE, setting)
    assert window.context is not None
    dialog = ImportDialog(window.context, window)
    qtbot.addWidget(dialog)
    assert dialog.office_id() is None
    assert dialog.office_combo.count() == 1 + 8  # (none) and the sample's offices


def test_counts_are_whole_sentences(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, messages: list[str]
) -> None:
    dialog = _dry_run(qtbot, window, outlook_file(tmp_path / "one.csv", PARTNER_LIST[2:]))
    assert "one.csv: 1 row (" in dialog.file_label.text()
    summary = dialog.summary_label.text()
    assert "1 duplicate of an existing record or an earlier row: 1 skipped" in summary
    assert "duplicates" not in summary and "1 rows" not in summary


def test_an_import_too_large_to_undo_says_so_and_names_its_backup(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    messages: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(undo_module, "UNDO_LIMIT", 2)
    context = window.context
    assert context is not None
    mueller = _mueller_id(window)
    push(context, SetFieldsCommand(context, Contact, {mueller: {"position": "CEO"}}, "Edit"))
    dialog = _dry_run(qtbot, window, outlook_file(tmp_path / "partner.csv", PARTNER_LIST))
    note = dialog.undo_note.text()
    assert "more than Edit ▸ Undo can take back" in note  # said before importing
    assert "File ▸ Restore from Backup" in note
    _import(qtbot, dialog)
    assert "File ▸ Restore from Backup" in messages[-1]
    backup = Path(messages[-1].rsplit("\n", 1)[-1])
    assert backup.is_file() and "before-import" in backup.name
    # The history before the import cannot be undone over it.
    assert context.undo_stack.count() == 0


def test_a_failed_undo_changes_nothing_and_clears_the_history(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    messages: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    context = window.context
    assert context is not None
    mueller = _mueller_id(window)
    push(context, SetFieldsCommand(context, Contact, {mueller: {"position": "CEO"}}, "Edit"))
    dialog = _dry_run(qtbot, window, outlook_file(tmp_path / "partner.csv", PARTNER_LIST))
    dialog.plan.set_duplicate_choice("merge")
    _import(qtbot, dialog)
    imported = live_state(context.store)

    def full_disk(_conn: object, _ids: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(undo_module, "_unindex", full_disk)
    window.undo()
    qtbot.waitUntil(lambda: "could not be undone" in messages[-1], timeout=5000)
    assert "No space left" in messages[-1] or "disk" in messages[-1].lower()
    assert live_state(context.store) == imported  # one transaction: nothing undone
    # The stack moved on although nothing was undone: its history no longer fits the
    # database (undoing the edit before would write over the merge), so it is cleared.
    assert context.undo_stack.count() == 0
    assert not window.undo_action.isEnabled()
    assert records.get(context.store, Contact, mueller).position == "CEO"

"""People's rights in the app: Edit ▸ Personal Data (export everything about a person,
erase them) and the data-protection review, driven with real widgets; and the PDF of
``office-desk person export``, which needs Qt."""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlmodel import select

from office_desk.cli.person_commands import add_person_commands, run_person_command
from office_desk.core.models import Contact, Office
from office_desk.core.services import records
from office_desk.core.store.database import open_store
from office_desk.ui.main_window import MainWindow
from office_desk.ui.person_rights import ReviewDialog
from tests.unit.person_records import (
    EMAIL,
    FAMILY,
    ROLE,
    Person,
    add_person,
    file_bytes,
    secrets_in,
)


@pytest.fixture(autouse=True)
def own_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("OFFICE_DESK_DATA_DIR", str(tmp_path / "data"))
    yield tmp_path / "data"


@pytest.fixture
def person(sample_path: Path) -> Person:
    store = open_store(sample_path)
    try:
        made = add_person(store)
        records.update(store, Contact, made.id, legal_basis="unknown")
        return made
    finally:
        store.close()


@pytest.fixture
def shown(person: Person, window: MainWindow) -> MainWindow:
    """The main window with the person selected in the Contacts list."""
    window.open_record("contact", person.id)
    assert window.list_view("contact").selected_ids() == [person.id]
    return window


class Answer:
    """Clicks ``button`` (its object name, or its text) in the next message box once it
    is open, and keeps what the box said (so a test never hangs on a modal box)."""

    def __init__(self, button: str) -> None:
        self.button = button
        self.seen: list[str] = []
        self.plain: list[bool] = []
        self.tries = 0
        QTimer.singleShot(0, self._try)

    def _try(self) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            self.tries += 1
            if self.tries < 500:
                QTimer.singleShot(10, self._try)
            return
        self.seen.append(f"{box.windowTitle()}\n{box.text()}\n{box.informativeText()}")
        self.plain.append(box.textFormat() == Qt.TextFormat.PlainText)
        for candidate in box.buttons():
            if self.button in (candidate.objectName(), candidate.text().replace("&", "")):
                candidate.click()
                return
        box.reject()


def _erased(window: MainWindow, person: Person) -> bool:
    assert window.context is not None
    contact = records.get(window.context.store, Contact, person.id, include_deleted=True)
    return contact.erased_at is not None


def test_the_commands_are_in_the_edit_menu_for_one_selected_contact(
    shown: MainWindow, person: Person
) -> None:
    menus = {a.text().replace("&", ""): a.menu() for a in shown.menuBar().actions()}
    personal = next(
        a.menu() for a in menus["Edit"].actions() if a.text().replace("&", "") == "Personal Data"
    )
    assert [a.text().replace("&", "") for a in personal.actions() if a.text()] == [
        "Export Everything about This Person…",
        "Erase This Person…",
        "Data-Protection Review…",
    ]
    assert shown.person_file_action.isEnabled() and shown.erase_person_action.isEnabled()
    shown.show_page("office")  # another kind's list: nothing to export or erase
    assert not shown.person_file_action.isEnabled()
    assert not shown.erase_person_action.isEnabled()
    assert shown.review_action.isEnabled()


def test_erase_asks_naming_what_goes_and_can_be_cancelled(
    qtbot: QtBot, shown: MainWindow, person: Person
) -> None:
    answer = Answer("Cancel")
    shown.erase_person_action.trigger()
    (said,) = answer.seen
    assert answer.plain == [True]
    assert f"Erase “Dr. Quirinus {FAMILY} (" in said
    assert "cannot be undone" in said and "e-mail addresses" in said
    assert "1 project role" in said and "1 event participation" in said
    assert not _erased(shown, person)
    assert records.get(shown.context.store, Contact, person.id).emails == [EMAIL]  # type: ignore[union-attr]


def test_erase_removes_the_person_and_clears_undo(
    qtbot: QtBot, shown: MainWindow, person: Person
) -> None:
    context = shown.context
    assert context is not None
    # An undoable step before the erasure (undoing it later must not write over it).
    shown.confirm_delete = lambda _text, _detail: True  # type: ignore[method-assign]
    with context.store.session() as session:
        office = session.exec(select(Office).where(Office.city == "Milan")).one()
    shown.delete_records("office", [office.id])
    assert context.undo_stack.canUndo()
    shown.open_record("contact", person.id)
    view = shown.list_view("contact")
    before = view.model.rowCount()
    answer = Answer("erase_button")
    shown.erase_person_action.trigger()
    assert len(answer.seen) == 1
    qtbot.waitUntil(lambda: _erased(shown, person), timeout=10000)
    qtbot.waitUntil(lambda: view.model.rowCount() == before - 1, timeout=5000)
    assert person.id not in view.selected_ids()
    assert not context.undo_stack.canUndo()  # undo must not write the person back
    assert secrets_in(file_bytes(context.store)) == []
    assert "Erased “Dr. Quirinus" in shown.statusBar().currentMessage()


def test_export_writes_json_and_pdf(
    qtbot: QtBot,
    shown: MainWindow,
    person: Person,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "out" / "quirinus.pdf"
    target.parent.mkdir()
    asked: list[str] = []

    def save_as(_parent: object, title: str, suggestion: str, _filters: str) -> tuple[str, str]:
        asked.append(f"{title}|{Path(suggestion).name}")
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    shown.person_file_action.trigger()
    pdf = target.with_suffix(".pdf")
    qtbot.waitUntil(lambda: pdf.exists(), timeout=60000)
    assert asked == [
        f"Export everything about Dr. Quirinus {FAMILY} (席兰德森)|"
        f"Dr. Quirinus {FAMILY} (席兰德森).json"
    ]
    data = json.loads(target.with_suffix(".json").read_text(encoding="utf-8"))
    assert data["contact"]["emails"] == [EMAIL] and data["projects"][0]["role"] == ROLE
    text = _pdf_text(pdf)
    assert FAMILY in text and EMAIL in text and ROLE in text
    qtbot.waitUntil(lambda: "Wrote" in shown.statusBar().currentMessage(), timeout=5000)


def _pdf_text(path: Path) -> str:
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    try:
        assert document.load(str(path)) == QPdfDocument.Error.None_
        assert document.pageCount() >= 2
        return "\n".join(document.getAllText(p).text() for p in range(document.pageCount()))
    finally:
        document.close()


def test_review_lists_opens_and_erases(qtbot: QtBot, window: MainWindow, person: Person) -> None:
    window.review_action.trigger()
    dialog = window.findChild(ReviewDialog)
    assert isinstance(dialog, ReviewDialog) and dialog.isVisible()
    model = dialog.model
    rows = {model.items[r].contact_id: r for r in range(model.rowCount())}
    assert person.id in rows
    row = rows[person.id]
    assert model.text(row, 0).startswith("Dr. Quirinus") and model.text(row, 2) == "Unknown"
    assert model.text(row, 4) == "No legal basis recorded"
    assert "Dresden" in model.text(row, 1)
    assert not dialog.open_button.isEnabled()
    dialog.table.selectRow(row)
    assert dialog.open_button.isEnabled() and dialog.erase_button.isEnabled()
    dialog.open_button.click()
    assert window.current_page() == "contact"
    assert window.list_view("contact").selected_ids() == [person.id]
    # a longer period lists fewer people
    dialog.years.setValue(50)
    assert {i.legal_basis for i in model.items} == {"unknown"}
    dialog.table.selectRow(
        next(r for r in range(model.rowCount()) if model.items[r].contact_id == person.id)
    )
    answer = Answer("erase_button")
    dialog.erase_button.click()
    assert answer.seen
    qtbot.waitUntil(lambda: _erased(window, person), timeout=10000)
    qtbot.waitUntil(lambda: person.id not in {i.contact_id for i in model.items}, timeout=5000)


def test_cli_export_writes_both_files(
    sample_path: Path, person: Person, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    parser = argparse.ArgumentParser(prog="office-desk")
    add_person_commands(parser.add_subparsers(dest="command"))
    output = tmp_path / "files" / "xylandersson"
    args = parser.parse_args(["person", "export", str(person.id), "-o", str(output)])
    assert run_person_command(args, sample_path) == 0
    out = capsys.readouterr().out
    json_path, pdf_path = (
        output.with_name("xylandersson.json"),
        output.with_name("xylandersson.pdf"),
    )
    assert f"Wrote {json_path} and {pdf_path}" in out
    assert json.loads(json_path.read_text(encoding="utf-8"))["contact"]["id"] == str(person.id)
    assert FAMILY in _pdf_text(pdf_path)

"""The import dialog: a partner's German-Excel CSV, duplicates flagged before anything
is written, a column mapping for an unknown layout, and a bad file refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QComboBox, QMessageBox
from pytestqt.qtbot import QtBot
from sqlmodel import func, select

from office_desk.core.models import Contact
from office_desk.ui.import_dialog import ImportDialog
from office_desk.ui.main_window import MainWindow
from tests.conftest import file_hash
from tests.unit.import_files import Person, outlook_german_csv

PARTNER_LIST = [
    # Already in the sample network (same e-mail): must be flagged, not added twice.
    Person(
        "Jürgen",
        "Müller",
        organization="Elbflorenz Mikrosysteme GmbH",
        position="Geschäftsführer",
        emails=("j.mueller@example.org",),
        phones=("+49 351 7777777",),
        city="Dresden",
        country="Deutschland",
    ),
    Person(
        "Karla",
        "Weiß-Neumann",
        organization="Sächsische Präzision AG",
        position="Einkäuferin",
        emails=("k.neumann@praezision.example",),
        phones=("+49 351 1111",),
        city="Görlitz",
        country="Deutschland",
    ),
]


def contact_count(window: MainWindow) -> int:
    assert window.context is not None
    with window.context.store.session() as session:
        return int(session.exec(select(func.count()).select_from(Contact)).one())


@pytest.fixture
def no_message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda _p, _t, text, *a, **k: shown.append(text))
    return shown


def test_german_excel_csv_duplicates_flagged_then_imported(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, no_message_boxes: list[str]
) -> None:
    path = outlook_german_csv(tmp_path / "partner.csv", PARTNER_LIST)
    assert window.context is not None
    database = window.context.store.path
    assert database is not None
    before = contact_count(window)
    dialog = ImportDialog(window.context, window, path)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.table is not None, timeout=10000)  # read off the GUI thread
    assert "semicolon" in dialog.file_label.text()
    assert "Outlook" in dialog.mapping_hint.text()
    assert dialog.check_button.isEnabled()

    dialog.check_button.click()
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=20000)
    assert dialog.steps.currentIndex() == 1
    plan = dialog.plan
    duplicates = plan.duplicate_rows()
    assert [row.title() for row in duplicates] == ["Jürgen Müller"]
    assert "same email" in " ".join(m.reason for m in duplicates[0].duplicate_of)
    assert contact_count(window) == before  # the dry run wrote nothing

    # The user merges the duplicate into the existing record.
    dialog.show_combo.setCurrentIndex(dialog.show_combo.findData("duplicate"))
    assert dialog.model.rowCount() == 1
    dialog.plan_view.selectionModel().select(
        dialog.model.index(0, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    dialog.choice_buttons["merge"].click()
    assert duplicates[0].choice == "merge"
    assert "Merge" in dialog.model.data(dialog.model.index(0, 2))

    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.imported is not None, timeout=20000)
    assert contact_count(window) == before + 1  # Karla only; Jürgen merged
    with window.context.store.session() as session:
        mueller = session.exec(
            select(Contact).where(Contact.emails.contains("j.mueller@example.org"))
        ).one()  # type: ignore[attr-defined]
        assert "+49 351 7777777" in mueller.phones  # merged in, nothing erased
    assert no_message_boxes and "1 new contact" in no_message_boxes[-1]
    assert window.context.undo_stack.count() == 1  # the import is one undo step


def test_unknown_layout_is_mapped_by_hand(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, no_message_boxes: list[str]
) -> None:
    path = tmp_path / "list.csv"
    path.write_text(
        "Mitarbeiter,Kontakt\nAnna Schmidt,anna@example.de\nBernd Koch,bernd@example.de\n",
        encoding="utf-8",
    )
    assert window.context is not None
    dialog = ImportDialog(window.context, window, path)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.table is not None, timeout=10000)
    combos = [dialog.mapping_table.cellWidget(r, 2) for r in range(2)]
    assert all(isinstance(c, QComboBox) for c in combos)
    name_combo, mail_combo = combos
    assert isinstance(name_combo, QComboBox) and isinstance(mail_combo, QComboBox)
    name_combo.setCurrentIndex(name_combo.findData("full_name"))
    mail_combo.setCurrentIndex(mail_combo.findData("emails"))
    assert dialog.check_button.isEnabled()
    assert dialog.preview_table.item(0, 1).text() == "Anna Schmidt"
    name_combo.setCurrentIndex(0)  # "(leave out)": no name, nothing can be imported
    assert not dialog.check_button.isEnabled()


def test_a_file_that_is_not_a_contact_list_is_refused(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, no_message_boxes: list[str]
) -> None:
    path = tmp_path / "contacts.xlsx"
    path.write_bytes(b"PK\x03\x04 this is not really a workbook")
    assert window.context is not None
    database = window.context.store.path
    assert database is not None
    before = file_hash(database)
    dialog = ImportDialog(window.context, window, path)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: bool(no_message_boxes), timeout=10000)
    assert dialog.table is None
    assert "cannot be imported" in no_message_boxes[0]
    assert not dialog.check_button.isEnabled()
    assert file_hash(database) == before

"""File ▸ Export and File ▸ Import from the main window, with real files."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from office_desk.ui.main_window import MainWindow


def answer_save_dialog(monkeypatch: pytest.MonkeyPatch, path: Path, chosen: str = "") -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(path), chosen))


def test_export_list_writes_the_filtered_list(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.show_page("contact")
    view = window.list_view("contact")
    view.filter_edit.setText("Dresden")
    qtbot.waitUntil(lambda: 0 < view.model.rowCount() < 40, timeout=5000)  # debounced
    shown = view.model.rowCount()
    target = tmp_path / "contacts.xlsx"
    answer_save_dialog(monkeypatch, target)
    window.export_list_action.trigger()
    qtbot.waitUntil(target.exists, timeout=20000)
    sheet = load_workbook(target).active
    assert sheet.max_row - 1 == shown  # the header, then exactly the rows shown
    assert sheet.freeze_panes == "A2"


def test_export_list_as_german_csv(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.show_page("project")
    target = tmp_path / "projects"
    answer_save_dialog(monkeypatch, target, "CSV table for German Excel, semicolons (*.csv)")
    window.export_list_action.trigger()
    written = target.with_suffix(".csv")
    qtbot.waitUntil(written.exists, timeout=20000)
    with written.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0][0] == "Title"
    assert len(rows) == 1 + 18  # every sample project


def test_export_vcards_and_calendar(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cards = tmp_path / "people.vcf"
    answer_save_dialog(monkeypatch, cards)
    window.export_vcard_action.trigger()
    qtbot.waitUntil(cards.exists, timeout=20000)
    assert cards.read_text(encoding="utf-8").count("BEGIN:VCARD") == 40
    calendar = tmp_path / "events.ics"
    answer_save_dialog(monkeypatch, calendar)
    window.export_calendar_action.trigger()
    qtbot.waitUntil(calendar.exists, timeout=20000)
    assert calendar.read_text(encoding="utf-8").count("BEGIN:VEVENT") == 39


def test_package_from_another_office_is_shown_then_merged(
    qtbot: QtBot,
    window: MainWindow,
    sample_template: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import shutil

    from sqlmodel import select

    from office_desk.core.models import Contact
    from office_desk.core.network_package import export_package
    from office_desk.core.store.database import open_store
    from office_desk.ui.package_merge_dialog import PackageMergeDialog

    # Another office's copy of the network, where a colleague added a contact.
    theirs_path = tmp_path / "theirs.sqlite"
    shutil.copy(sample_template, theirs_path)
    theirs = open_store(theirs_path)
    with theirs.write() as session:
        session.add(
            Contact(given_name="Lea", family_name="Brückner", emails=["lea.brueckner@example.org"])
        )
    package = tmp_path / "from-munich.zip"
    export_package(theirs, package)
    theirs.close()

    shown: list[PackageMergeDialog] = []

    def accept(dialog: PackageMergeDialog) -> int:
        shown.append(dialog)
        return PackageMergeDialog.DialogCode.Accepted

    monkeypatch.setattr(PackageMergeDialog, "exec", accept)
    assert window.context is not None
    window.exchange.import_package(package)
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    assert "contact: 1 added" in shown[0].summary_label.text()
    store = window.context.store

    def merged() -> bool:
        with store.session() as session:
            return (
                session.exec(select(Contact).where(Contact.family_name == "Brückner")).first()
                is not None
            )

    qtbot.waitUntil(merged, timeout=20000)
    # The data is in before the GUI thread has run the job's done(): wait for that too.
    qtbot.waitUntil(
        lambda: "Merged from-munich.zip" in window.statusBar().currentMessage(), timeout=20000
    )
    assert window.context.undo_stack.count() == 0


def test_export_package_writes_a_file_another_office_can_read(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from office_desk.core.network_package import read_package
    from office_desk.ui.package_export_dialog import PackageExportDialog

    asked: list[PackageExportDialog] = []

    def choose(dialog: PackageExportDialog) -> int:
        asked.append(dialog)
        assert dialog.personal_data  # the default: everything goes in
        assert dialog.seal_to == []  # no office key is trusted here yet
        return PackageExportDialog.DialogCode.Accepted

    monkeypatch.setattr(PackageExportDialog, "exec", choose)
    target = tmp_path / "ours.zip"
    answer_save_dialog(monkeypatch, target)
    window.export_package_action.trigger()
    qtbot.waitUntil(target.exists, timeout=20000)
    package = read_package(target)
    assert len(package.rows("contact")) == 40 and package.personal_data
    assert "not be sealed" in asked[0].seal_note.text()

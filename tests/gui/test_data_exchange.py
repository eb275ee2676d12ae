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
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_a, **_k: (str(path), chosen))


def test_export_list_writes_the_filtered_list(qtbot: QtBot, window: MainWindow,
                                              tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
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


def test_export_list_as_german_csv(qtbot: QtBot, window: MainWindow, tmp_path: Path,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    window.show_page("project")
    target = tmp_path / "projects"
    answer_save_dialog(monkeypatch, target,
                       "CSV table for German Excel, semicolons (*.csv)")
    window.export_list_action.trigger()
    written = target.with_suffix(".csv")
    qtbot.waitUntil(written.exists, timeout=20000)
    with written.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0][0] == "Title"
    assert len(rows) == 1 + 18  # every sample project


def test_export_vcards_and_calendar(qtbot: QtBot, window: MainWindow, tmp_path: Path,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
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

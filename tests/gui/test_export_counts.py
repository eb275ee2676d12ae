"""File ▸ Export says how many records in whole phrases: "Export 1 contact", never
"Export 1 contacts"."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from office_desk.ui.main_window import MainWindow


def test_export_titles_and_messages_count_in_whole_phrases(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    titles: list[str] = []
    targets = iter([tmp_path / "one.xlsx", tmp_path / "one.vcf"])

    def save_as(_parent: object, title: str, *_a: object, **_k: object) -> tuple[str, str]:
        titles.append(title)
        return str(next(targets)), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    window.show_page("contact")
    view = window.list_view("contact")
    view.filter_edit.setText("j.mueller@example.org")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=5000)  # debounced
    window.export_list_action.trigger()
    qtbot.waitUntil((tmp_path / "one.xlsx").exists, timeout=20000)
    qtbot.waitUntil(lambda: "Exported" in window.statusBar().currentMessage(), timeout=5000)
    assert window.statusBar().currentMessage().startswith("Exported 1 contact to ")
    window.export_vcard_action.trigger()
    qtbot.waitUntil((tmp_path / "one.vcf").exists, timeout=20000)
    assert titles == ["Export 1 contact", "Export 1 contact as vCards"]

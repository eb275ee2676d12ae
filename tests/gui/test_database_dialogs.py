"""File ▸ New, Open and Save a Copy as the main window asks them
(:mod:`office_desk.ui.database_dialogs`): the answer opens or writes the file, an
existing file is never taken for a new one, and Cancel does nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from office_desk.ui.main_window import MainWindow


def _answer(monkeypatch: pytest.MonkeyPatch, method: str, path: Path | None) -> None:
    monkeypatch.setattr(
        QFileDialog, method, lambda *_a, **_k: (str(path) if path is not None else "", "")
    )


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: said.append(text))
    return said


def _shown(window: MainWindow) -> Path | None:
    return window.context.store.path if window.context is not None else None


def test_new_creates_and_opens_a_file_but_never_an_existing_one(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    warnings: list[str],
) -> None:
    before = _shown(window)
    taken = tmp_path / "taken.sqlite"
    taken.write_bytes(b"somebody's file")
    _answer(monkeypatch, "getSaveFileName", taken)
    window.create_database()
    assert len(warnings) == 1 and "already exists" in warnings[0]
    assert taken.read_bytes() == b"somebody's file"
    assert _shown(window) == before

    _answer(monkeypatch, "getSaveFileName", None)  # Cancel
    window.create_database()
    assert _shown(window) == before

    new = tmp_path / "new.sqlite"
    _answer(monkeypatch, "getSaveFileName", new)
    window.create_database()
    qtbot.waitUntil(lambda: _shown(window) == new, timeout=20000)
    assert window.windowTitle().startswith("new.sqlite")


def test_open_opens_the_file_chosen(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _shown(window)
    _answer(monkeypatch, "getOpenFileName", None)  # Cancel
    window.open_database_dialog()
    assert _shown(window) == before
    other = tmp_path / "other.sqlite"
    _answer(monkeypatch, "getSaveFileName", other)
    window.create_database()
    qtbot.waitUntil(lambda: _shown(window) == other, timeout=20000)
    assert before is not None
    _answer(monkeypatch, "getOpenFileName", before)
    window.open_database_dialog()
    qtbot.waitUntil(lambda: _shown(window) == before, timeout=20000)


def test_a_copy_never_replaces_an_existing_file(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    warnings: list[str],
) -> None:
    taken = tmp_path / "taken.sqlite"
    taken.write_bytes(b"somebody's file")
    _answer(monkeypatch, "getSaveFileName", taken)
    window.save_copy()
    assert len(warnings) == 1 and "choose a new name" in warnings[0]
    assert taken.read_bytes() == b"somebody's file"
    copy = tmp_path / "copy.sqlite"
    _answer(monkeypatch, "getSaveFileName", copy)
    window.save_copy()
    qtbot.waitUntil(copy.exists, timeout=20000)
    qtbot.waitUntil(lambda: copy.stat().st_size > 0, timeout=20000)

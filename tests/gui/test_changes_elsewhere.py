"""The command line writing to the file the app has open: the app shows the new
records without a restart, and its own writes are not mistaken for someone else's."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from office_desk.ui.main_window import MainWindow
from tests.unit.import_files import Person, outlook_german_csv

NEWCOMERS = [
    Person(
        "Ottokar",
        "Lindqvist",
        organization="Elbflorenz Mikrosysteme GmbH",
        emails=("o.lindqvist@elbflorenz.example",),
        city="Dresden",
        country="Deutschland",
    ),
    Person(
        "Karla",
        "Weißenborn",
        organization="Sächsische Präzision AG",
        emails=("k.weissenborn@praezision.example",),
        city="Görlitz",
        country="Deutschland",
    ),
]


def _names(window: MainWindow) -> list[str]:
    view = window.list_view("contact")
    model = view.model
    return [str(model.data(model.index(r, 0))) for r in range(model.rowCount())]


@pytest.mark.slow
def test_an_import_by_the_command_line_shows_up_in_the_open_window(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    assert window.context is not None
    window.show_page("contact")
    before = len(_names(window))
    window.context.undo_stack.push(_noop_command("earlier edit"))
    source = outlook_german_csv(tmp_path / "partner.csv", NEWCOMERS)
    path = window.context.store.path
    result = subprocess.run(
        [sys.executable, "-m", "office_desk", "--db", str(path), "import", str(source)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    qtbot.waitUntil(lambda: len(_names(window)) == before + 2, timeout=5000)
    assert any("Lindqvist" in name for name in _names(window))
    assert "another program" in window.statusBar().currentMessage()
    # Undoing an edit made before could overwrite what the other program wrote.
    assert window.context.undo_stack.count() == 0


def test_the_apps_own_writes_are_not_news_from_elsewhere(window: MainWindow, qtbot: QtBot) -> None:
    from office_desk.core.models import Office
    from office_desk.ui.undo_commands import DeleteRecordsCommand, push

    assert window.context is not None
    context = window.context
    with context.store.session() as session:
        from sqlmodel import select

        office = session.exec(select(Office)).first()
    assert office is not None
    push(context, DeleteRecordsCommand(context, Office, [office.id], "Delete office"))
    assert not context.check_for_changes()
    assert context.undo_stack.count() == 1


def _noop_command(text: str) -> object:
    from PySide6.QtGui import QUndoCommand

    return QUndoCommand(text)

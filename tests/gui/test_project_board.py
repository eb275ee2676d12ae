"""The Projects board: columns by stage, drag and drop with undo, keyboard, totals line."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from office_desk.core.listing import ListQuery
from office_desk.core.models import Project
from office_desk.core.sample_network import sample_id
from office_desk.core.services import records
from office_desk.core.store.database import Store
from office_desk.ui.app_context import AppContext
from office_desk.ui.project_board import ProjectBoard
from office_desk.ui.project_cards import project_ids_from_mime
from tests.gui.signing_answers import DialogAnswer, choose
from tests.gui.translation_lookups import not_extracted, recorded_lookups

ISARTAL = sample_id("project:isartal_plant")  # in talks
AEROSPACE = sample_id("project:seine_composites")  # lead


@pytest.fixture
def context(sample_store: Store) -> AppContext:
    return AppContext(sample_store)


@pytest.fixture
def board(qtbot: QtBot, context: AppContext) -> ProjectBoard:
    widget = ProjectBoard(context)
    qtbot.addWidget(widget)
    widget.resize(1500, 800)
    widget.show()
    return widget


def _stage(store: Store, project_id: object) -> str:
    return records.get(store, Project, project_id).stage  # type: ignore[arg-type]


def _column_ids(board: ProjectBoard, stage: str) -> set[object]:
    return {card.id for card in board.column(stage).model.cards}


def test_every_project_is_in_its_stage_column(board: ProjectBoard, sample_store: Store) -> None:
    expected: dict[str, set[object]] = {}
    for project in records.get_many(sample_store, Project, _all_ids(sample_store)).values():
        expected.setdefault(project.stage, set()).add(project.id)
    assert list(board.columns) == [
        "lead",
        "in_talks",
        "signed",
        "in_progress",
        "completed",
        "on_hold",
        "dropped",
    ]
    for stage, column in board.columns.items():
        assert _column_ids(board, stage) == expected.get(stage, set())
        assert column.count_label.text() == str(len(expected.get(stage, ())))
    assert sum(c.model.rowCount() for c in board.columns.values()) == 18


def _all_ids(store: Store) -> list[object]:
    from office_desk.core.listing import ids

    return ids(store, ListQuery(kind="project"))  # type: ignore[return-value]


def test_drop_moves_the_card_and_undo_puts_it_back(
    qtbot: QtBot, board: ProjectBoard, context: AppContext, sample_store: Store
) -> None:
    source = board.column("in_talks").model
    mime = source.mimeData([source.index(source.row_of(ISARTAL))])
    assert project_ids_from_mime(mime) == [ISARTAL]

    target = board.column("signed").model
    answer = DialogAnswer(choose(date(2025, 5, 1)))  # the signing date it asks for
    assert target.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    qtbot.waitUntil(lambda: _stage(sample_store, ISARTAL) == "signed")
    assert answer.done
    assert ISARTAL in _column_ids(board, "signed")
    assert ISARTAL not in _column_ids(board, "in_talks")
    assert board.column("signed").count_label.text() == "3"
    assert context.undo_stack.undoText().startswith("Move “Isartal Robotik")
    assert board.selected_project_ids() == [ISARTAL]  # the moved card stays selected

    context.undo_stack.undo()
    assert _stage(sample_store, ISARTAL) == "in_talks"
    assert ISARTAL in _column_ids(board, "in_talks")
    assert board.column("signed").count_label.text() == "2"
    context.undo_stack.redo()
    assert _stage(sample_store, ISARTAL) == "signed"


def test_a_drop_on_its_own_column_changes_nothing(
    qtbot: QtBot, board: ProjectBoard, context: AppContext, sample_store: Store
) -> None:
    model = board.column("in_talks").model
    mime = model.mimeData([model.index(model.row_of(ISARTAL))])
    assert not model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    qtbot.wait(20)
    assert context.undo_stack.count() == 0
    assert _stage(sample_store, ISARTAL) == "in_talks"


def test_context_menu_moves_to_a_chosen_stage(
    board: ProjectBoard, context: AppContext, sample_store: Store
) -> None:
    column = board.column("lead")
    column.view.setCurrentIndex(column.model.index(column.model.row_of(AEROSPACE)))
    menu = board.stage_menu("lead")
    move = menu.findChild(type(menu), "move-to-stage")
    assert move is not None
    actions = {a.objectName(): a for a in move.actions()}
    assert not actions["move-to-lead"].isEnabled()
    actions["move-to-on_hold"].trigger()
    assert _stage(sample_store, AEROSPACE) == "on_hold"
    assert AEROSPACE in _column_ids(board, "on_hold")
    assert context.undo_stack.undoText() == "Move “Aerospace composite parts workshop” to On hold"
    context.undo_stack.undo()
    assert _stage(sample_store, AEROSPACE) == "lead"


def test_keyboard_moves_and_opens_cards(
    qtbot: QtBot, board: ProjectBoard, context: AppContext, sample_store: Store
) -> None:
    column = board.column("lead")
    column.view.setFocus()
    column.view.setCurrentIndex(column.model.index(column.model.row_of(AEROSPACE)))
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(column.view, Qt.Key.Key_Right, ctrl_shift)
    assert _stage(sample_store, AEROSPACE) == "in_talks"
    view = board.column("in_talks").view
    assert (
        view.currentIndex().data(Qt.ItemDataRole.DisplayRole)
        == "Aerospace composite parts workshop"
    )

    with qtbot.waitSignal(context.open_record, timeout=1000) as opened:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert opened.args == ["project", AEROSPACE]


def test_double_click_opens_the_project(
    qtbot: QtBot, board: ProjectBoard, context: AppContext
) -> None:
    view = board.column("in_talks").view
    index = board.column("in_talks").model.index(0)
    card = index.data(Qt.ItemDataRole.UserRole + 1)
    with qtbot.waitSignal(context.open_record, timeout=1000) as opened:
        view.doubleClicked.emit(index)
    assert opened.args == ["project", card.id]


def test_totals_line_in_the_reporting_currency(board: ProjectBoard) -> None:
    assert board.reporting_currency() == "CNY"
    assert board.column("signed").total_label.text() == "125,600,000.00 CNY"
    assert board.column("in_talks").total_label.text() == "204,972,500.00 CNY"
    assert board.column("lead").total_label.text() == "no amounts"
    assert board.column("lead").note_label.text() == "2 without amount"
    assert board.total_label.text() == "All stages: 18 projects · 738,847,500.00 CNY"
    assert "319,900,000.00 CNY + 52,850,000.00 EUR" in board.hint_label.text()
    assert not board.warning_label.text()

    board.currency_combo.setCurrentText("EUR")
    assert board.column("signed").total_label.text() == "16,000,000.00 EUR"
    assert board.total_label.text().endswith(" EUR")
    totals = board.totals()
    assert totals is not None and totals.currency == "EUR"


def test_unconvertible_amounts_are_named_not_dropped(
    board: ProjectBoard, context: AppContext, sample_store: Store
) -> None:
    records.add(
        sample_store,
        Project(
            title="London showroom",
            stage="signed",
            amount=Decimal("5000"),
            currency="GBP",
            signed_on=date(2025, 3, 1),
        ),
    )
    context.announce({"project"})
    signed = board.column("signed")
    assert signed.count_label.text() == "3"
    assert signed.total_label.text() == "125,600,000.00 CNY"
    assert signed.note_label.text() == "⚠ + 5,000.00 GBP (no rate)"
    assert "not converted" in signed.note_label.toolTip()
    assert "5,000.00 GBP" in board.warning_label.text()
    assert "(no rate from GBP to CNY on the signing date)" in board.warning_label.text()
    assert board.warning_icon.isVisibleTo(board)


def test_board_follows_the_list_filters(board: ProjectBoard) -> None:
    board.set_query(ListQuery(kind="project", office_id=sample_id("office:dresden")))
    assert sum(c.model.rowCount() for c in board.columns.values()) == 4
    assert board.column("completed").model.rowCount() == 4
    assert board.total_label.text() == "All stages: 4 projects · 25,020,000.00 CNY"

    board.set_query(ListQuery(kind="project", text="no such project"))
    assert board.total_label.text().startswith("All stages: 0 projects")
    assert board.hint_label.text() == "No projects match these filters."
    with pytest.raises(ValueError):
        board.set_query(ListQuery(kind="contact"))


def test_changes_made_elsewhere_show_up(
    board: ProjectBoard, context: AppContext, sample_store: Store
) -> None:
    records.update(sample_store, Project, ISARTAL, stage="dropped")
    context.announce({"project"}, {ISARTAL})
    assert ISARTAL in _column_ids(board, "dropped")
    records.delete(sample_store, Project, [ISARTAL])
    context.announce({"project"}, {ISARTAL})
    assert ISARTAL not in _column_ids(board, "dropped")
    assert board.total_label.text().startswith("All stages: 17 projects")


def test_a_drop_event_on_another_column_view_moves_the_card(
    qtbot: QtBot, board: ProjectBoard, sample_store: Store
) -> None:
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    source = board.column("in_talks").model
    mime = source.mimeData([source.index(source.row_of(ISARTAL))])
    view = board.column("completed").view
    point = view.viewport().rect().center()  # below the cards (a QPoint for PySide6 6.11)
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    move = Qt.DropAction.MoveAction
    enter = QDragEnterEvent(point, move, mime, buttons, mods)
    QApplication.sendEvent(view.viewport(), enter)
    assert enter.isAccepted()
    hover = QDragMoveEvent(point, move, mime, buttons, mods)
    QApplication.sendEvent(view.viewport(), hover)
    assert hover.isAccepted()
    drop = QDropEvent(QPointF(point), move, mime, buttons, mods)
    answer = DialogAnswer(choose(date(2025, 5, 1)))  # the signing date it asks for
    QApplication.sendEvent(view.viewport(), drop)
    qtbot.waitUntil(lambda: _stage(sample_store, ISARTAL) == "completed")
    assert answer.done
    assert ISARTAL in _column_ids(board, "completed")


def test_colours_follow_a_dark_palette(board: ProjectBoard) -> None:
    from PySide6.QtGui import QColor, QPalette

    dark = QPalette(board.palette())
    for role, colour in (
        (QPalette.ColorRole.Window, "#2b2b2b"),
        (QPalette.ColorRole.Base, "#1f1f1f"),
        (QPalette.ColorRole.Text, "#e6e6e6"),
        (QPalette.ColorRole.WindowText, "#e6e6e6"),
    ):
        dark.setColor(role, QColor(colour))
    board.setPalette(dark)
    column = board.column("signed")
    delegate = column.view.itemDelegate()
    background, card, _border = delegate.surface  # type: ignore[attr-defined]
    assert column.palette().color(QPalette.ColorRole.Window).lightness() < 60
    assert 20 < card.lightness() < 80 and card.lightness() > background.lightness()
    assert column.total_label.palette().color(QPalette.ColorRole.WindowText).lightness() > 180


def test_a_hidden_board_catches_up_when_shown(
    board: ProjectBoard, context: AppContext, sample_store: Store
) -> None:
    board.hide()
    records.update(sample_store, Project, ISARTAL, stage="completed")
    context.announce({"project"}, {ISARTAL})
    assert ISARTAL in _column_ids(board, "in_talks")  # no work while nobody looks
    board.show()
    assert ISARTAL in _column_ids(board, "completed")


def test_every_text_the_board_looks_up_reaches_the_translators(
    qtbot: QtBot, context: AppContext, sample_store: Store, tmp_path: Path
) -> None:
    """The view's texts are looked up in the context lupdate files them under, though a
    subclass (the board) shows them: none would stay English after the next update."""
    records.add(
        sample_store,
        Project(
            title="London showroom",
            stage="signed",
            amount=Decimal("5000"),
            currency="GBP",
            signed_on=date(2025, 3, 1),
        ),
    )
    with recorded_lookups() as lookups:
        board = ProjectBoard(context)
        qtbot.addWidget(board)
        board.resize(1500, 800)
        board.show()
        for column in board.columns.values():
            for row in range(column.model.rowCount()):
                column.model.index(row).data(Qt.ItemDataRole.ToolTipRole)
            column.view.grab()  # paints the cards and the empty columns
        board.column("in_talks").view.setCurrentIndex(board.column("in_talks").model.index(0))
        board.stage_menu("in_talks").deleteLater()
        board.set_query(ListQuery(kind="project", text="no such project"))
    assert ("ProjectBoard", "Totals in") in lookups  # the view's texts were seen
    assert ("ProjectBoard", "Move to stage") in lookups
    assert not_extracted(lookups, tmp_path) == []


def test_a_failed_move_says_why_and_leaves_the_card_where_it_was(
    board: ProjectBoard, sample_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The board's one write failing (a full disk) changes nothing, says so, and the
    board shows the file as it is."""
    from PySide6.QtWidgets import QMessageBox

    from office_desk.ui.undo_commands import SetFieldsCommand

    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, _title, text, *a, **k: warnings.append(text)
    )

    def full_disk(self: SetFieldsCommand, values: dict) -> None:  # type: ignore[type-arg]
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(SetFieldsCommand, "_set", full_disk)
    board.move_projects([AEROSPACE], "on_hold")
    assert len(warnings) == 1 and "The stage was not changed." in warnings[0]
    assert "space" in warnings[0].lower() or "disk" in warnings[0].lower()
    assert _stage(sample_store, AEROSPACE) == "lead"
    assert AEROSPACE in _column_ids(board, "lead")
    assert AEROSPACE not in _column_ids(board, "on_hold")
    assert board.selected_project_ids() == []  # nothing selected as if it had moved

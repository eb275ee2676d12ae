"""The Projects board and the lists as a liaison officer meets them: the signing date
asked when a card reaches Signed, the board following the list's filters, a details
pane that stays readable, amounts that keep their currency, and a board that fits a
laptop's screen."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QPointF, QRect, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QFontMetrics
from PySide6.QtWidgets import QApplication, QComboBox, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from office_desk.core.listing import split_money_text
from office_desk.core.models import Office, Project, Tag
from office_desk.core.sample_network import sample_id
from office_desk.core.services import records
from office_desk.core.store.database import Store
from office_desk.ui.amount_cells import AmountDelegate, amount_column_width, elided_money
from office_desk.ui.app_context import AppContext
from office_desk.ui.main_window import MainWindow
from office_desk.ui.project_board import ProjectBoard
from office_desk.ui.record_details import RecordDetails, details_minimum_width
from office_desk.ui.signing_date_dialog import SigningDateDialog
from tests.gui.signing_answers import DialogAnswer, choose

ISARTAL = sample_id("project:isartal_plant")  # in talks, no signing date
AEROSPACE = sample_id("project:seine_composites")  # lead, no signing date
HYDROGEN = sample_id("project:hydrogen_lab")  # lead, no signing date
MAINUFER = sample_id("project:mainufer_hub")  # signed on 2024-09-12
RD_CENTRE = sample_id("project:3s_rd_centre")  # completed
DRESDEN = sample_id("office:dresden")


# --------------------------------------------------------------------------- helpers


def _project(store: Store, project_id: object) -> Project:
    return records.get(store, Project, project_id)  # type: ignore[arg-type]


def _column_ids(board: ProjectBoard, stage: str) -> set[object]:
    return {card.id for card in board.column(stage).model.cards}


def _drop(board: ProjectBoard, project_id: object, source: str, target: str) -> None:
    """Drop ``project_id``'s card from column ``source`` onto column ``target``, with the
    drag events a real drag and drop sends."""
    model = board.column(source).model
    mime = model.mimeData([model.index(model.row_of(project_id))])  # type: ignore[arg-type]
    view = board.column(target).view
    point = view.viewport().rect().center()  # QPoint: PySide6 6.11 wants one
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    move = Qt.DropAction.MoveAction
    for event in (
        QDragEnterEvent(point, move, mime, buttons, mods),
        QDragMoveEvent(point, move, mime, buttons, mods),
        QDropEvent(QPointF(point), move, mime, buttons, mods),
    ):
        QApplication.sendEvent(view.viewport(), event)
        assert event.isAccepted()


def _settle(window: MainWindow) -> None:
    """Let every pending layout run, as the event loop does before the next paint."""
    for _ in range(3):
        QApplication.sendPostedEvents()
        window.layout().activate()
        QApplication.processEvents()


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


# --------------------------------------------------------------------------- 1. signing date


def test_dropping_a_card_on_signed_asks_for_the_signing_date_and_stores_it_with_the_move(
    qtbot: QtBot, board: ProjectBoard, context: AppContext, sample_store: Store
) -> None:
    assert _project(sample_store, ISARTAL).signed_on is None
    answer = DialogAnswer(choose(date(2025, 11, 3)))
    _drop(board, ISARTAL, "in_talks", "signed")
    qtbot.waitUntil(lambda: answer.done)
    assert answer.question == "When was “Isartal Robotik welding-robot assembly line” signed?"
    project = _project(sample_store, ISARTAL)
    assert (project.stage, project.signed_on) == ("signed", date(2025, 11, 3))
    assert ISARTAL in _column_ids(board, "signed")
    card = next(c for c in board.column("signed").model.cards if c.id == ISARTAL)
    assert card.signed_on == date(2025, 11, 3)

    # One step: undo takes back the stage and the date, redo brings both.
    assert context.undo_stack.count() == 1
    context.undo_stack.undo()
    project = _project(sample_store, ISARTAL)
    assert (project.stage, project.signed_on) == ("in_talks", None)
    context.undo_stack.redo()
    project = _project(sample_store, ISARTAL)
    assert (project.stage, project.signed_on) == ("signed", date(2025, 11, 3))


def test_the_signing_date_is_today_unless_the_user_types_another(
    qtbot: QtBot, board: ProjectBoard, sample_store: Store
) -> None:
    seen: list[object] = []

    def type_a_date(dialog: SigningDateDialog) -> None:
        seen.append(dialog.date_field.value())
        edit = dialog.date_field.edit
        assert dialog.focusWidget() is edit  # it opens ready for typing
        edit.selectAll()
        qtbot.keyClicks(edit, "2024-02-29")
        qtbot.keyClick(edit, Qt.Key.Key_Return)

    answer = DialogAnswer(type_a_date)
    board.move_projects([AEROSPACE], "signed")
    assert answer.done
    assert seen == [date.today()]
    assert _project(sample_store, AEROSPACE).signed_on == date(2024, 2, 29)


def test_a_german_user_types_the_signing_date_the_german_way(
    qtbot: QtBot, board: ProjectBoard, sample_store: Store
) -> None:
    from PySide6.QtCore import QLocale

    def type_a_date(dialog: SigningDateDialog) -> None:
        dialog.date_field.edit.selectAll()
        qtbot.keyClicks(dialog.date_field.edit, "03.11.2025")
        dialog.move_button.click()

    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        answer = DialogAnswer(type_a_date)
        board.move_projects([AEROSPACE], "signed")
    finally:
        QLocale.setDefault(before)
    assert answer.done
    assert _project(sample_store, AEROSPACE).signed_on == date(2025, 11, 3)


def test_a_date_that_cannot_be_read_is_said_and_nothing_moves(
    qtbot: QtBot, board: ProjectBoard, context: AppContext, sample_store: Store
) -> None:
    said: list[str] = []

    def type_nonsense(dialog: SigningDateDialog) -> None:
        dialog.date_field.edit.setText("31.02.")
        dialog.move_button.click()
        assert dialog.isVisible()  # still asking
        said.append(dialog.error_label.text())
        dialog.reject()

    answer = DialogAnswer(type_nonsense)
    board.move_projects([AEROSPACE], "signed")
    assert answer.done and said and said[0]
    assert _project(sample_store, AEROSPACE).stage == "lead"
    assert context.undo_stack.count() == 0


def test_cancelling_the_signing_date_leaves_the_card_where_it_was(
    qtbot: QtBot, board: ProjectBoard, context: AppContext, sample_store: Store
) -> None:
    answer = DialogAnswer(lambda dialog: dialog.reject())
    _drop(board, ISARTAL, "in_talks", "signed")
    qtbot.waitUntil(lambda: answer.done)
    project = _project(sample_store, ISARTAL)
    assert (project.stage, project.signed_on) == ("in_talks", None)
    assert ISARTAL in _column_ids(board, "in_talks")
    assert ISARTAL not in _column_ids(board, "signed")
    assert context.undo_stack.count() == 0


def test_a_project_with_a_signing_date_keeps_it_and_is_not_asked(
    qtbot: QtBot, board: ProjectBoard, sample_store: Store
) -> None:
    signed_on = _project(sample_store, MAINUFER).signed_on
    assert signed_on == date(2024, 9, 12)
    unexpected = DialogAnswer(lambda dialog: dialog.reject())
    board.move_projects([MAINUFER], "in_talks")
    board.move_projects([MAINUFER], "signed")
    board.move_projects([MAINUFER], "completed")
    qtbot.waitUntil(lambda: unexpected.tries >= 5)  # time for a dialog to show up
    assert not unexpected.done
    project = _project(sample_store, MAINUFER)
    assert (project.stage, project.signed_on) == ("completed", signed_on)


def test_moving_to_a_later_stage_without_a_signing_date_asks_too(
    board: ProjectBoard, context: AppContext, sample_store: Store
) -> None:
    column = board.column("lead")
    column.view.setCurrentIndex(column.model.index(column.model.row_of(AEROSPACE)))
    menu = board.stage_menu("lead")
    actions = {a.objectName(): a for a in menu.findChild(type(menu), "move-to-stage").actions()}
    answer = DialogAnswer(choose(date(2019, 5, 20)))
    actions["move-to-in_progress"].trigger()
    assert answer.done
    project = _project(sample_store, AEROSPACE)
    assert (project.stage, project.signed_on) == ("in_progress", date(2019, 5, 20))
    context.undo_stack.undo()
    assert _project(sample_store, AEROSPACE).signed_on is None


def test_a_later_stage_may_be_reached_without_a_date_when_it_is_not_known(
    board: ProjectBoard, sample_store: Store
) -> None:
    answer = DialogAnswer(choose(None))
    board.move_projects([AEROSPACE], "completed")
    assert answer.done
    project = _project(sample_store, AEROSPACE)
    assert (project.stage, project.signed_on) == ("completed", None)


def test_signed_itself_offers_no_move_without_a_date(board: ProjectBoard) -> None:
    buttons: list[object] = []
    answer = DialogAnswer(lambda dialog: buttons.append(dialog.without_button))
    board.move_projects([AEROSPACE], "signed")
    assert answer.done and buttons == [None]


def test_moving_several_cards_dates_only_those_without_a_date(
    qtbot: QtBot, board: ProjectBoard, context: AppContext, sample_store: Store
) -> None:
    before = _project(sample_store, MAINUFER).signed_on
    answer = DialogAnswer(choose(date(2025, 6, 30)))
    board.move_projects([AEROSPACE, HYDROGEN, MAINUFER], "completed")
    assert answer.done
    assert answer.question == "When were these 2 projects signed?"
    assert _project(sample_store, AEROSPACE).signed_on == date(2025, 6, 30)
    assert _project(sample_store, HYDROGEN).signed_on == date(2025, 6, 30)
    assert _project(sample_store, MAINUFER).signed_on == before
    assert {_project(sample_store, i).stage for i in (AEROSPACE, HYDROGEN, MAINUFER)} == {
        "completed"
    }
    assert context.undo_stack.count() == 1
    context.undo_stack.undo()
    assert _project(sample_store, AEROSPACE).signed_on is None
    assert _project(sample_store, MAINUFER).stage == "signed"


def test_keyboard_move_to_signed_asks_for_the_date(
    qtbot: QtBot, board: ProjectBoard, sample_store: Store
) -> None:
    column = board.column("in_talks")
    column.view.setFocus()
    column.view.setCurrentIndex(column.model.index(column.model.row_of(ISARTAL)))
    answer = DialogAnswer(choose(date(2026, 1, 15)))
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(column.view, Qt.Key.Key_Right, ctrl_shift)
    assert answer.done
    assert _project(sample_store, ISARTAL).signed_on == date(2026, 1, 15)


# --------------------------------------------------------------------------- 2. filters


def _board_window(window: MainWindow) -> tuple[object, ProjectBoard]:
    window.show_page("project")
    view = window.list_view("project")
    view.show_board(True)
    assert isinstance(view.board, ProjectBoard)
    return view, view.board


def _choose(combo: QComboBox, value: object) -> None:
    """Pick the entry of ``value`` as a user does (the filters apply at once)."""
    rows = [i for i in range(combo.count()) if combo.itemData(i) == value]
    assert rows, value
    combo.setCurrentIndex(rows[0])


def test_clearing_the_list_filters_clears_the_board_too(window: MainWindow) -> None:
    view, board = _board_window(window)
    _choose(view.office_filter, DRESDEN)  # type: ignore[attr-defined]
    assert board.query.office_id == DRESDEN
    assert sum(c.model.rowCount() for c in board.columns.values()) == 4

    view.clear_filters()  # type: ignore[attr-defined]
    assert board.query == view.model.query  # type: ignore[attr-defined]
    assert board.query.office_id is None
    assert sum(c.model.rowCount() for c in board.columns.values()) == 18


def test_opening_a_project_the_filters_hide_shows_it_on_the_board_too(
    window: MainWindow,
) -> None:
    view, board = _board_window(window)
    _choose(view.office_filter, DRESDEN)  # type: ignore[attr-defined]
    view.filter_edit.setText("Robotik")  # type: ignore[attr-defined]
    view._apply_filters()  # type: ignore[attr-defined]  # the typing pause, not waited
    assert board.query.text == "Robotik"
    assert window.context is not None
    window.context.open_record.emit("project", ISARTAL)  # a link in another record
    assert board.query == view.model.query  # type: ignore[attr-defined]
    assert board.query.office_id is None and board.query.text == ""
    assert ISARTAL in _column_ids(board, "in_talks")


def test_a_hidden_board_takes_the_filters_when_shown(window: MainWindow) -> None:
    view, board = _board_window(window)
    view.show_board(False)  # type: ignore[attr-defined]
    _choose(view.kind_filter, "completed")  # type: ignore[attr-defined]
    _choose(view.office_filter, DRESDEN)  # type: ignore[attr-defined]
    view.clear_filters()  # type: ignore[attr-defined]
    view.show_board(True)  # type: ignore[attr-defined]
    assert board.query == view.model.query  # type: ignore[attr-defined]
    assert sum(c.model.rowCount() for c in board.columns.values()) == 18


# --------------------------------------------------------------------------- 3. details


@pytest.mark.parametrize("board_on", [True, False])
def test_the_details_stay_readable_at_laptop_width(
    qtbot: QtBot, window: MainWindow, board_on: bool
) -> None:
    window.resize(1280, 720)
    window.show_page("project")
    view = window.list_view("project")
    view.show_board(board_on)
    view.splitter.setSizes([5000, 10])  # the user drags the divider all the way right
    view.details.show_record(RD_CENTRE)
    _settle(window)
    assert view.details.width() >= details_minimum_width(view.details)
    assert window.width() <= 1280

    # The stage, and every other word, stays whole.
    broken, stage_lines = _lines_broken_inside_words(view.details)
    assert stage_lines == 1
    assert broken == []


def _lines_broken_inside_words(details: RecordDetails) -> tuple[list[str], int]:
    """Where the details' lines break inside a word ("Complet|ed"), and on how many
    lines the stage ("Completed") is shown."""
    document = details.browser.document()
    document.size()  # lay it out now
    broken: list[str] = []
    stage_lines = 0
    block = document.begin()
    while block.isValid():
        text, layout = block.text(), block.layout()
        for i in range(layout.lineCount() - 1):
            line = layout.lineAt(i)
            end = line.textStart() + line.textLength()  # where the next line starts
            if not (text[end - 1] in " -\u00a0" or text[end] == " "):
                broken.append(f"{text[:end]}|{text[end:]}")
        if text == "Completed":
            stage_lines = layout.lineCount()
        block = block.next()
    return broken, stage_lines


def test_the_details_break_lines_between_words_only(qtbot: QtBot, context: AppContext) -> None:
    details = RecordDetails(context, "project")
    qtbot.addWidget(details)
    details.setMinimumWidth(0)  # squeezed narrower than it allows: words still whole
    details.resize(150, 600)
    details.show()
    details.show_record(RD_CENTRE)
    qtbot.waitUntil(lambda: 0 < details.browser.viewport().width() < 150)
    broken, stage_lines = _lines_broken_inside_words(details)
    assert stage_lines == 1
    assert broken == []


# --------------------------------------------------------------------------- 4. amounts


@pytest.mark.parametrize("text", ["300,000,000.00 CNY", "1.500.000,50 EUR", "25,000,000.00 EUR"])
def test_an_elided_amount_keeps_its_currency_code(text: str) -> None:
    metrics = QFontMetrics(QApplication.font())
    number, code = split_money_text(text)
    for width in range(metrics.horizontalAdvance(code), metrics.horizontalAdvance(text) + 5):
        shown = elided_money(text, metrics, width)
        assert shown.endswith(code), (width, shown)
        assert metrics.horizontalAdvance(shown) <= width, (width, shown)
        first_digit = metrics.horizontalAdvance(f"{number[0]}…") + metrics.horizontalAdvance(
            f" {code}"
        )
        if shown != text and first_digit <= width:  # digits shown while one fits
            assert shown.startswith(number[0]) and shown.endswith(f"… {code}"), (width, shown)


def test_split_money_text_leaves_other_text_whole() -> None:
    assert split_money_text("12,000.00 GBP") == ("12,000.00", "GBP")
    assert split_money_text("") == ("", "")
    assert split_money_text("no amounts") == ("no amounts", "")
    assert split_money_text("1,000") == ("1,000", "")


def test_the_amount_column_keeps_the_currency_when_narrow(window: MainWindow) -> None:
    window.show_page("project")
    view = window.list_view("project")
    columns = view.model.columns
    amount = next(i for i, c in enumerate(columns) if c.money)
    # At first the column is wide enough for a large amount with its code.
    metrics = view.table.fontMetrics()
    assert view.table.columnWidth(amount) >= amount_column_width(metrics)

    row = next(
        r
        for r in range(view.model.rowCount())
        if view.model.index(r, amount).data() == "300,000,000.00 CNY"
    )
    index = view.model.index(row, amount)
    view.table.setColumnWidth(amount, 90)  # the user narrows it
    delegate = view.table.itemDelegateForColumn(amount)
    assert isinstance(delegate, AmountDelegate)
    option = QStyleOptionViewItem()
    option.initFrom(view.table.viewport())
    option.rect = QRect(view.table.visualRect(index))
    option.widget = view.table
    shown = delegate.shown_text(option, index)
    assert shown.endswith(" CNY") and "…" in shown
    assert index.data(Qt.ItemDataRole.ToolTipRole) == "300,000,000.00 CNY"  # all digits


# --------------------------------------------------------------------------- 5. fits the screen


def _crowd(store: Store) -> None:
    """Data that makes the board's lines long: five currencies without a rate, a long
    office name and a long tag."""
    for code in ("GBP", "USD", "JPY", "CHF", "SEK"):
        records.add(
            store,
            Project(
                title=f"Showroom {code}",
                stage="signed",
                amount=Decimal("123456789.5"),
                currency=code,
                signed_on=date(2025, 3, 1),
            ),
        )
    records.add(
        store,
        Office(
            name="Chengdu-Sichuan Provincial Investment Promotion "
            "Representative Office for Central and Eastern Europe",
            country="DE",
        ),
    )
    records.add(store, Tag(name="Priority delegation follow-up, autumn (governor's visit)"))


@pytest.mark.parametrize("size", [(1280, 720), (1366, 768)])
def test_the_board_fits_a_laptop_screen(
    qtbot: QtBot, window: MainWindow, size: tuple[int, int]
) -> None:
    assert window.context is not None
    _crowd(window.context.store)
    window.context.announce({"project", "office", "tag"})
    view, board = _board_window(window)
    window.resize(*size)
    _settle(window)
    assert window.width() == size[0]
    assert window.minimumSizeHint().width() <= size[0]
    assert view.width() <= window.width()  # type: ignore[attr-defined]
    # The columns scroll inside the board; the totals line stays whole and on screen.
    assert board.scroll_area.horizontalScrollBar().maximum() > 0
    assert board.total_label.width() >= board.total_label.sizeHint().width()
    right = board.total_label.mapTo(window, board.total_label.rect().topRight()).x()
    assert right <= window.width()
    # The list of currencies gives way to a shorter line; the tooltip has them all.
    assert "SEK" in board.hint_label.toolTip()
    shown = board.hint_label.shown_text()
    assert board.hint_label.fontMetrics().horizontalAdvance(shown) <= board.hint_label.width()
    assert "…" not in shown

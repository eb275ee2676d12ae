"""How the Projects board looks: its columns side by side and the totals line under them.

:class:`ProjectBoardView` lays out one :class:`~office_desk.ui.stage_column.StageColumn`
per stage in a scrolling row, with the reporting currency, the grand total and what
could not be converted underneath; it shows a :class:`BoardContent` it is given, keeps
the selection and the keyboard focus across reloads, and builds the cards' context menu.
What the board does (what it shows, moving projects between stages, following changes)
is :class:`office_desk.ui.project_board.ProjectBoard`, which fills in the ``_on_…``
methods, as TagStudio's controllers fill in their views.

Its texts are translated in the "ProjectBoard" context, named explicitly: ``self.tr``
would look them up under the class of the object at run time (the board) while
lupdate files them under this class.
"""

from __future__ import annotations

import uuid

import qtawesome as qta
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..core.listing import money_text
from ..core.services.project_totals import (
    DEFAULT_CURRENCY,
    BoardContent,
    ProjectCard,
    ProjectTotals,
    stage_label,
)
from .icons import icon
from .project_cards import CARD_ROLE
from .stage_colours import WARNING_COLOUR, muted, stage_icon, surfaces, with_text
from .stage_column import ElidedLabel, StageColumn, amounts_text, unconverted_text


class ProjectBoardView(QWidget):
    """The board's columns and totals line; the ``_on_…`` methods are the board's."""

    #: The card with keyboard focus changed: a project id, or None.
    current_project_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._content: BoardContent | None = None
        self.columns: dict[str, StageColumn] = {}

        self._row = QWidget()
        self._row_layout = QHBoxLayout(self._row)
        self._row_layout.setContentsMargins(8, 8, 8, 8)
        self._row_layout.setSpacing(8)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(self._row)

        self.currency_combo = QComboBox()
        self.currency_combo.setToolTip(
            QCoreApplication.translate(
                "ProjectBoard",
                "Reporting currency: each amount is converted at the rate stored for its "
                "signing date (the latest rate when it has no signing date)",
            )
        )
        self.currency_combo.setAccessibleName(
            QCoreApplication.translate("ProjectBoard", "Reporting currency")
        )
        self.currency_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.total_label = QLabel()
        self.total_label.setTextFormat(Qt.TextFormat.PlainText)
        bold = self.total_label.font()
        bold.setWeight(QFont.Weight.Bold)
        self.total_label.setFont(bold)
        self.warning_icon = QLabel()
        self.warning_label = QLabel()
        self.warning_label.setTextFormat(Qt.TextFormat.PlainText)
        self.warning_label.setWordWrap(True)
        # The hint ("recorded as 1.00 CNY + 2.00 EUR + ...") grows with the currencies
        # in use: it gives way (shorter wording, full text in its tooltip) rather than
        # widening the window past a laptop's screen.
        self.hint_label = ElidedLabel(alignment=Qt.AlignmentFlag.AlignLeft)

        # Line one: the grand total and the hint; line two, only when something could
        # not be converted: what and why, wrapped to the board's width.
        bar = QVBoxLayout()
        bar.setContentsMargins(12, 6, 12, 8)
        bar.setSpacing(4)
        totals_line = QHBoxLayout()
        totals_line.setSpacing(8)
        label = QLabel(QCoreApplication.translate("ProjectBoard", "Totals in"))
        label.setBuddy(self.currency_combo)
        totals_line.addWidget(label)
        totals_line.addWidget(self.currency_combo)
        totals_line.addSpacing(12)
        totals_line.addWidget(self.total_label)
        totals_line.addSpacing(12)
        totals_line.addWidget(self.hint_label, 1)
        warning_line = QHBoxLayout()
        warning_line.setSpacing(8)
        warning_line.addWidget(self.warning_icon, 0, Qt.AlignmentFlag.AlignTop)
        warning_line.addWidget(self.warning_label, 1)
        bar.addLayout(totals_line)
        bar.addLayout(warning_line)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.scroll_area, 1)
        self._bar_line = QFrame()
        self._bar_line.setFrameShape(QFrame.Shape.HLine)
        self._bar_line.setFrameShadow(QFrame.Shadow.Plain)
        layout.addWidget(self._bar_line)
        layout.addLayout(bar)
        self._apply_palette()
        self.currency_combo.currentTextChanged.connect(self._on_currency_changed)

    # ---------------------------------------------------------------- what the board does

    def _on_move_requested(self, project_ids: list[uuid.UUID], stage: str) -> None:
        """Cards were dropped on, or sent to, the column of ``stage``."""
        raise NotImplementedError

    def _on_open_requested(self, project_id: uuid.UUID) -> None:
        raise NotImplementedError

    def _on_currency_changed(self, code: str) -> None:
        raise NotImplementedError

    # ---------------------------------------------------------------- showing

    def column(self, stage: str) -> StageColumn:
        return self.columns[stage]

    def reporting_currency(self) -> str:
        return self.currency_combo.currentText() or DEFAULT_CURRENCY

    def set_reporting_currency(self, code: str) -> None:
        if self.currency_combo.findText(code) < 0:
            self.currency_combo.addItem(code)
        self.currency_combo.setCurrentText(code)

    def show_currencies(self, codes: list[str], current: str) -> None:
        """Offer ``codes`` as reporting currencies, ``current`` chosen (no change signal)."""
        self.currency_combo.blockSignals(True)
        self.currency_combo.clear()
        self.currency_combo.addItems(codes)
        self.currency_combo.setCurrentText(current)
        self.currency_combo.blockSignals(False)

    def show_content(
        self, content: BoardContent, *, filtered: bool, select: list[uuid.UUID]
    ) -> None:
        """Show ``content``'s cards and totals, then select ``select`` (the keyboard focus
        stays on the board if it was there). ``filtered``: the list's filters leave
        projects out (it changes what an empty board says)."""
        had_focus = any(c.view.hasFocus() for c in self.columns.values())
        self._content = content
        self._ensure_columns([t.stage for t in content.totals.stages])
        for total in content.totals.stages:
            column = self.columns[total.stage]
            column.model.set_cards(content.cards_in(total.stage))
            column.show_total(total)
        self._show_overall(content.totals, filtered)
        self._reselect(select, had_focus)

    def selected_project_ids(self) -> list[uuid.UUID]:
        chosen: list[uuid.UUID] = []
        for column in self.columns.values():
            for index in column.view.selectionModel().selectedIndexes():
                card = index.data(CARD_ROLE)
                if isinstance(card, ProjectCard):
                    chosen.append(card.id)
        return chosen

    def _ensure_columns(self, stages: list[str]) -> None:
        for stage in stages:
            if stage in self.columns:
                continue
            column = StageColumn(stage, self._row)
            column.model.move_requested.connect(
                self._on_move_requested, Qt.ConnectionType.QueuedConnection
            )
            view = column.view
            view.open_requested.connect(self._on_open_requested)
            view.step_focus.connect(lambda step, s=stage: self._step_focus(s, step))
            view.step_stage.connect(lambda step, s=stage: self._step_stage(s, step))
            view.menu_requested.connect(lambda pos, s=stage: self._show_menu(s, pos))
            view.selectionModel().currentChanged.connect(self._current_changed)
            self.columns[stage] = column
            self._row_layout.addWidget(column, 1)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        card = current.data(CARD_ROLE) if current.isValid() else None
        self.current_project_changed.emit(card.id if isinstance(card, ProjectCard) else None)

    def _show_overall(self, totals: ProjectTotals, filtered: bool) -> None:
        overall = totals.overall
        self.total_label.setText(
            (
                QCoreApplication.translate("ProjectBoard", "All stages: {count} project · {amount}")
                if overall.count == 1
                else QCoreApplication.translate(
                    "ProjectBoard", "All stages: {count} projects · {amount}"
                )
            ).format(count=overall.count, amount=amounts_text(overall.amounts))
        )
        self.total_label.setToolTip(
            "\n".join(
                [QCoreApplication.translate("ProjectBoard", "Recorded as:")]
                + [f"  {money_text(v, c)}" for c, v in sorted(overall.amounts.by_currency.items())]
            )
        )
        if overall.amounts.unconverted:
            missing = sorted(overall.amounts.unconverted)
            self.warning_label.setText(
                QCoreApplication.translate(
                    "ProjectBoard",
                    "Not included: {amounts} (no rate from {currencies} to {currency} on "
                    "the signing date)",
                ).format(
                    amounts=unconverted_text(overall.amounts),
                    currencies=", ".join(missing),
                    currency=totals.currency,
                )
            )
            self.warning_label.setToolTip(
                QCoreApplication.translate(
                    "ProjectBoard",
                    "These amounts are left out of the totals rather than converted at a guessed "
                    "rate. Add the missing exchange rate to include them.",
                )
            )
            self.warning_icon.setPixmap(
                qta.icon("mdi6.alert-outline", color=WARNING_COLOUR).pixmap(18, 18)
            )
        else:
            self.warning_label.setText("")
            self.warning_icon.clear()
        self.warning_icon.setVisible(bool(overall.amounts.unconverted))
        self.warning_label.setVisible(bool(overall.amounts.unconverted))
        if overall.count == 0:
            self.hint_label.setText(
                QCoreApplication.translate("ProjectBoard", "No projects match these filters.")
                if filtered
                else QCoreApplication.translate(
                    "ProjectBoard", "No projects yet: add one with New project."
                )
            )
            self.hint_label.setToolTip("")
            return
        by_currency = sorted(overall.amounts.by_currency.items())
        without = (
            QCoreApplication.translate("ProjectBoard", "{count} without amount").format(
                count=overall.without_amount
            )
            if overall.without_amount
            else ""
        )
        listed = short = ""
        if len(by_currency) > 1:
            listed = QCoreApplication.translate("ProjectBoard", "recorded as {amounts}").format(
                amounts=" + ".join(money_text(v, c) for c, v in by_currency)
            )
            short = QCoreApplication.translate(
                "ProjectBoard", "recorded in {count} currencies"
            ).format(count=len(by_currency))
        self.hint_label.set_alternatives(
            [
                " · ".join(p for p in (listed, without) if p),
                " · ".join(p for p in (short, without) if p),
                without or short,
            ]
        )
        self.hint_label.setToolTip(
            "\n".join(
                (
                    [QCoreApplication.translate("ProjectBoard", "Recorded as:")]
                    + [f"  {money_text(v, c)}" for c, v in by_currency]
                    if len(by_currency) > 1
                    else []
                )
                + ([without] if without else [])
            )
        )

    def _reselect(self, project_ids: list[uuid.UUID], focus: bool) -> None:
        first = True
        for pid in project_ids:
            for column in self.columns.values():
                row = column.model.row_of(pid)
                if row < 0:
                    continue
                index = column.model.index(row)
                flags = QItemSelectionModel.SelectionFlag
                flag = flags.Select if not first else flags.ClearAndSelect | flags.Current
                column.view.selectionModel().setCurrentIndex(index, flag)
                column.view.scrollTo(index)
                if first and focus:
                    column.view.setFocus(Qt.FocusReason.OtherFocusReason)
                first = False

    # ---------------------------------------------------------------- keyboard and menu

    def _step_focus(self, stage: str, step: int) -> None:
        order = list(self.columns)
        position = order.index(stage) + step
        if not 0 <= position < len(order):
            return
        source = self.columns[stage].view
        target = self.columns[order[position]]
        row = max(source.currentIndex().row(), 0)
        target.view.setFocus(Qt.FocusReason.TabFocusReason)
        if target.model.rowCount():
            index = target.model.index(min(row, target.model.rowCount() - 1))
            target.view.setCurrentIndex(index)
        self.scroll_area.ensureWidgetVisible(target, 0, 0)

    def _step_stage(self, stage: str, step: int) -> None:
        order = list(self.columns)
        position = order.index(stage) + step
        chosen = self._selected_in(stage)
        if chosen and 0 <= position < len(order):
            self._on_move_requested(chosen, order[position])

    def _selected_in(self, stage: str) -> list[uuid.UUID]:
        view = self.columns[stage].view
        indexes = view.selectionModel().selectedIndexes() or (
            [view.currentIndex()] if view.currentIndex().isValid() else []
        )
        return [c.id for c in (i.data(CARD_ROLE) for i in indexes) if isinstance(c, ProjectCard)]

    def stage_menu(self, stage: str) -> QMenu:
        """The context menu of the selected cards in ``stage`` (Open, Move to stage ▸)."""
        chosen = self._selected_in(stage)
        menu = QMenu(self)
        open_action = menu.addAction(
            icon("mdi6.open-in-new"), QCoreApplication.translate("ProjectBoard", "Open")
        )
        open_action.setShortcut(QKeySequence(Qt.Key.Key_Return))
        open_action.setEnabled(len(chosen) == 1)
        open_action.triggered.connect(lambda: self._on_open_requested(chosen[0]))
        move_menu = menu.addMenu(
            icon("mdi6.swap-horizontal"),
            QCoreApplication.translate("ProjectBoard", "Move to stage"),
        )
        move_menu.setObjectName("move-to-stage")
        for target in self.columns:
            action = move_menu.addAction(stage_icon(target), stage_label(target))
            action.setObjectName(f"move-to-{target}")
            action.setEnabled(target != stage and bool(chosen))
            action.triggered.connect(
                lambda _checked=False, t=target: self._on_move_requested(chosen, t)
            )
        order = list(self.columns)
        position = order.index(stage)
        menu.addSeparator()
        for step, caption, key in (
            (
                -1,
                QCoreApplication.translate("ProjectBoard", "Move to previous stage ({stage})"),
                "Left",
            ),
            (
                1,
                QCoreApplication.translate("ProjectBoard", "Move to next stage ({stage})"),
                "Right",
            ),
        ):
            if 0 <= position + step < len(order):
                neighbour = stage_label(order[position + step])
                action = menu.addAction(caption.format(stage=neighbour))
                action.setShortcut(QKeySequence(f"Ctrl+Shift+{key}"))
                action.triggered.connect(lambda _checked=False, s=step: self._step_stage(stage, s))
        return menu

    def _show_menu(self, stage: str, pos: QPoint) -> None:
        menu = self.stage_menu(stage)
        menu.exec(pos)
        menu.deleteLater()

    # ---------------------------------------------------------------- colours

    def _apply_palette(self) -> None:
        self._bar_line.setPalette(with_text(self.palette(), surfaces(self.palette())[2]))
        self.hint_label.setPalette(with_text(self.palette(), muted(self.palette())))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self._apply_palette()
            for column in self.columns.values():
                column.apply_palette(self.palette())
            if self._content is not None:
                for total in self._content.totals.stages:
                    self.columns[total.stage].show_total(total)

"""A stage's column on the project board: its header, its list of cards, its total.

:class:`CardListView` is the list of cards (drag source and drop target, keyboard
friendly: Enter opens, Left/Right step between columns, Ctrl+Shift+Left/Right move the
selected cards); :class:`StageColumn` puts the stage's icon, name and count above it and
the stage's total in the reporting currency under it. :class:`ElidedLabel` is a
one-line label that gives way rather than widening its column.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..core.listing import money_text
from ..core.services.project_totals import Amounts, ProjectCard, StageTotal, stage_label
from .amount_cells import elided_money
from .project_cards import CARD_ROLE, PROJECT_IDS_MIME, CardDelegate, StageCardsModel
from .stage_colours import (
    WARNING_COLOUR,
    blend,
    muted,
    stage_colour,
    stage_icon,
    surfaces,
    with_text,
)


def amounts_text(amounts: Amounts) -> str:
    """The converted total, e.g. ``"25,020,000.00 CNY"``."""
    return money_text(amounts.total, amounts.currency)


def unconverted_text(amounts: Amounts) -> str:
    """What could not be converted, e.g. ``"12,000.00 GBP"`` (empty if nothing)."""
    return ", ".join(money_text(v, code) for code, v in sorted(amounts.unconverted.items()))


# --------------------------------------------------------------------------- columns


class CardListView(QListView):
    """A column's list of cards: drag source and drop target, keyboard friendly."""

    open_requested = Signal(object)  # uuid.UUID
    step_focus = Signal(int)  # -1 left, +1 right
    step_stage = Signal(int)  # move the selected cards one column left/right
    menu_requested = Signal(QPoint)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._drop_target = False
        self.setItemDelegate(CardDelegate(self))
        self.setUniformItemSizes(True)
        self.setMouseTracking(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(False)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setSpacing(1)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.DefaultContextMenu)
        self.doubleClicked.connect(self._open_index)

    def _open_index(self, index: QModelIndex) -> None:
        card = index.data(CARD_ROLE)
        if isinstance(card, ProjectCard):
            self.open_requested.emit(card.id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        mods = event.modifiers()
        ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._open_index(self.currentIndex())
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and mods == ctrl_shift:
            self.step_stage.emit(-1 if key == Qt.Key.Key_Left else 1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and not mods:
            self.step_focus.emit(-1 if key == Qt.Key.Key_Left else 1)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        index = self.indexAt(event.pos())
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            index = self.currentIndex()
        if not index.isValid():
            return
        if not self.selectionModel().isSelected(index):
            self.setCurrentIndex(index)
        self.menu_requested.emit(event.globalPos())

    def _set_drop_target(self, on: bool) -> None:
        if self._drop_target != on:
            self._drop_target = on
            self.viewport().update()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        super().dragEnterEvent(event)
        self._set_drop_target(
            event.source() is not self and event.mimeData().hasFormat(PROJECT_IDS_MIME)
        )

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        super().dragMoveEvent(event)
        if event.mimeData().hasFormat(PROJECT_IDS_MIME) and event.source() is not self:
            event.acceptProposedAction()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        super().dragLeaveEvent(event)
        self._set_drop_target(False)

    def dropEvent(self, event: QDropEvent) -> None:
        self._set_drop_target(False)
        super().dropEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if not self._drop_target and model is not None and model.rowCount() > 0:
            return
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        area = self.viewport().rect().adjusted(4, 4, -4, -4)
        if model is not None and model.rowCount() == 0:
            area.setHeight(min(area.height(), 72))
        if self._drop_target:
            pen = QPen(palette.color(QPalette.ColorRole.Highlight), 2, Qt.PenStyle.DashLine)
        else:
            pen = QPen(muted(palette), 1, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(area, 6, 6)
        if model is not None and model.rowCount() == 0:
            painter.setPen(muted(palette))
            painter.drawText(
                area,
                Qt.AlignmentFlag.AlignCenter,
                self.tr("Drop here") if self._drop_target else self.tr("No projects"),
            )


class StageColumn(QFrame):
    """A stage's header (icon, name, count), its cards, and its total underneath."""

    def __init__(self, stage: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage = stage
        self.setObjectName(f"stage-{stage}")
        self.setMinimumWidth(200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAutoFillBackground(True)

        self.icon_label = QLabel()
        self.icon_label.setPixmap(stage_icon(stage).pixmap(18, 18))
        self.title_label = QLabel(stage_label(stage))
        font = self.title_label.font()
        font.setWeight(QFont.Weight.DemiBold)
        font.setPointSizeF(font.pointSizeF() * 1.05)
        self.title_label.setFont(font)
        self.count_label = QLabel("0")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.count_label.setMinimumWidth(26)
        self.count_label.setAccessibleName(
            self.tr("Number of projects at stage {stage}").format(stage=stage_label(stage))
        )

        header = QHBoxLayout()
        header.setContentsMargins(10, 8, 10, 4)
        header.setSpacing(6)
        header.addWidget(self.icon_label)
        header.addWidget(self.title_label)
        header.addStretch(1)
        header.addWidget(self.count_label)

        self.model = StageCardsModel(stage, self)
        self.view = CardListView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("{stage} projects").format(stage=stage_label(stage)))

        self.total_label = ElidedLabel(keep_currency=True)
        total_font = self.total_label.font()
        total_font.setWeight(QFont.Weight.DemiBold)
        self.total_label.setFont(total_font)
        self.note_label = ElidedLabel()
        footer = QVBoxLayout()
        footer.setContentsMargins(10, 6, 10, 8)
        footer.setSpacing(1)
        footer.addWidget(self.total_label)
        footer.addWidget(self.note_label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(header)
        layout.addWidget(self.view, 1)
        self.footer_line = QFrame()
        self.footer_line.setFrameShape(QFrame.Shape.HLine)
        self.footer_line.setFrameShadow(QFrame.Shadow.Plain)
        layout.addWidget(self.footer_line)
        layout.addLayout(footer)
        self.apply_palette()

    def apply_palette(self, base_palette: QPalette | None = None) -> None:
        """Column and card colours from the window's palette (light or dark)."""
        if base_palette is None:
            parent = self.parentWidget()
            base_palette = parent.palette() if parent is not None else self.palette()
        column, _card, border = surfaces(base_palette)
        delegate = self.view.itemDelegate()
        if isinstance(delegate, CardDelegate):
            delegate.surface = surfaces(base_palette)
        palette = QPalette(base_palette)
        palette.setColor(QPalette.ColorRole.Window, column)
        palette.setColor(QPalette.ColorRole.Base, column)
        self.setPalette(palette)
        self.view.viewport().setAutoFillBackground(True)
        pill = QPalette(palette)
        pill.setColor(QPalette.ColorRole.Window, blend(column, stage_colour(self.stage), 0.28))
        self.count_label.setPalette(pill)
        self.count_label.setAutoFillBackground(True)
        line = QPalette(palette)
        line.setColor(QPalette.ColorRole.WindowText, border)
        self.footer_line.setPalette(line)
        self._note_colours = (muted(base_palette), QColor(WARNING_COLOUR))
        self.note_label.setPalette(with_text(palette, self._note_colours[0]))

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        painter = QPainter(self)
        painter.fillRect(QRect(0, 0, self.width(), 3), stage_colour(self.stage))

    def show_total(self, total: StageTotal) -> None:
        self.count_label.setText(str(total.count))
        amounts = total.amounts
        self.total_label.setPalette(
            with_text(
                self.palette(),
                self._note_colours[0]
                if amounts.is_empty
                else self.palette().color(QPalette.ColorRole.Text),
            )
        )
        if amounts.is_empty:
            self.total_label.setText(self.tr("no amounts"))
            self.total_label.setToolTip(self.tr("No amounts recorded at this stage"))
        else:
            self.total_label.setText(amounts_text(amounts))
            self.total_label.setToolTip(
                "\n".join(
                    [f"{stage_label(self.stage)}: {amounts_text(amounts)}", self.tr("Recorded as:")]
                    + [f"  {money_text(v, c)}" for c, v in sorted(amounts.by_currency.items())]
                )
            )
        notes: list[str] = []
        explained: list[str] = []
        if amounts.unconverted:
            notes.append(
                self.tr("⚠ + {amounts} (no rate)").format(amounts=unconverted_text(amounts))
            )
            explained.append(
                self.tr(
                    "{amounts} not converted: no exchange rate to {currency} on the signing date"
                ).format(amounts=unconverted_text(amounts), currency=amounts.currency)
            )
        if total.without_amount:
            notes.append(self.tr("{count} without amount").format(count=total.without_amount))
            explained.append(notes[-1])
        self.note_label.setText(notes[0] if notes else "")
        self.note_label.setToolTip("\n".join(explained))
        colour = self._note_colours[1 if amounts.unconverted else 0]
        self.note_label.setPalette(with_text(self.palette(), colour))


class ElidedLabel(QLabel):
    """A one-line label that never widens its column: it shows the first of its
    texts that fits (the longest first), else elides the last one. An amount keeps
    its currency code (``keep_currency``): "300,000,0… CNY"."""

    def __init__(
        self,
        text: str = "",
        parent: QWidget | None = None,
        *,
        keep_currency: bool = False,
        alignment: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignRight,
    ) -> None:
        super().__init__(text, parent)
        self.keep_currency = keep_currency
        self._alternatives: list[str] = []
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(alignment | Qt.AlignmentFlag.AlignVCenter)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(self.fontMetrics().lineSpacing() + 2)

    def set_alternatives(self, texts: Sequence[str]) -> None:
        """Show ``texts[0]`` where it fits, else the next shorter one that does."""
        self._alternatives = [t for t in texts if t]
        self.setText(self._alternatives[0] if self._alternatives else "")

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        if not self._alternatives or text != self._alternatives[0]:
            self._alternatives = []
        super().setText(text)

    def shown_text(self) -> str:
        """The text as drawn now, fitted to the label's width."""
        metrics = self.fontMetrics()
        width = self.contentsRect().width()
        candidates = self._alternatives or [self.text()]
        for text in candidates:
            if metrics.horizontalAdvance(text) <= width:
                return text
        if self.keep_currency:
            return elided_money(candidates[-1], metrics, width)
        return metrics.elidedText(candidates[-1], Qt.TextElideMode.ElideRight, width)

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self.fontMetrics().lineSpacing() + 2)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(self.contentsRect(), self.alignment(), self.shown_text())

"""The Projects board: one column per stage, a card per project, and the totals line.

Each column is a :class:`QListView` over a small list model with a painted card
delegate, so a few hundred cards scroll smoothly. Dragging a card to another column
is a real drag and drop (the ids travel as mime data) and changes the project's stage
through an undoable command; the context menu ("Move to stage") and Ctrl+Shift+Left /
Right do the same from the keyboard. Under the columns, each stage's total in the
reporting currency forms the totals line, and the bar below gives the grand total and
says plainly what could not be converted.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from decimal import Decimal

import qtawesome as qta
from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QShowEvent,
    QTextLayout,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QMessageBox,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ..core.listing import ListQuery, money_text
from ..core.locale_format import format_date, format_money
from ..core.models import Project
from ..core.services.exchange_rates import rate_currencies
from ..core.services.project_totals import (
    DEFAULT_CURRENCY,
    Amounts,
    BoardContent,
    ProjectCard,
    ProjectTotals,
    StageTotal,
    board_content,
    project_currencies,
    stage_label,
    stage_order,
)
from ..core.services.stage_moves import plan_stage_move
from ..core.vocabulary import ProjectKind
from ..core.write_errors import error_text
from .amount_cells import elided_money
from .app_context import AppContext, Changes
from .icons import icon
from .plain_text import literal, shown
from .signing_date_dialog import ask_signing_date
from .undo_commands import SetFieldsCommand, push

PROJECT_IDS_MIME = "application/x-office-desk-project-ids"
CARD_ROLE = Qt.ItemDataRole.UserRole + 1

#: Accent colours per stage: mid-tones that read on light and dark backgrounds alike.
STAGE_COLOURS: dict[str, str] = {
    "lead": "#8E7CC3",
    "in_talks": "#3D8BD9",
    "signed": "#16A097",
    "in_progress": "#E0911B",
    "completed": "#3FA34D",
    "on_hold": "#9A8478",
    "dropped": "#D9534F",
}
WARNING_COLOUR = "#D98A00"
STAGE_ICONS: dict[str, str] = {
    "lead": "mdi6.lightbulb-outline",
    "in_talks": "mdi6.forum-outline",
    "signed": "mdi6.file-sign",
    "in_progress": "mdi6.progress-wrench",
    "completed": "mdi6.check-decagram-outline",
    "on_hold": "mdi6.pause-circle-outline",
    "dropped": "mdi6.close-circle-outline",
}


def stage_colour(stage: str) -> QColor:
    return QColor(STAGE_COLOURS.get(stage, "#8A8A8A"))


def stage_icon(stage: str) -> qta.IconicFont:
    """The stage's icon in its accent colour."""
    return qta.icon(STAGE_ICONS.get(stage, "mdi6.help-circle-outline"), color=stage_colour(stage))


def blend(a: QColor, b: QColor, share_of_b: float) -> QColor:
    """``a`` with ``share_of_b`` of ``b`` mixed in."""
    k = max(0.0, min(1.0, share_of_b))
    return QColor.fromRgbF(
        a.redF() * (1 - k) + b.redF() * k,
        a.greenF() * (1 - k) + b.greenF() * k,
        a.blueF() * (1 - k) + b.blueF() * k,
    )


def muted(palette: QPalette) -> QColor:
    return blend(palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base),
                 0.42)


def _is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def surfaces(palette: QPalette) -> tuple[QColor, QColor, QColor]:
    """(column background, card background, card border) derived from ``palette``."""
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    if _is_dark(palette):
        return blend(base, text, 0.03), blend(base, text, 0.09), blend(base, text, 0.20)
    return blend(base, text, 0.045), base, blend(base, text, 0.17)


def amounts_text(amounts: Amounts) -> str:
    """The converted total, e.g. ``"25,020,000.00 CNY"``."""
    return money_text(amounts.total, amounts.currency)


def card_money(amount: Decimal, currency: str | None) -> str:
    """An amount as a card shows it: no ".00" on whole amounts."""
    if amount == amount.to_integral_value():
        return format_money(amount, currency or "", decimals=0)
    return money_text(amount, currency)


def unconverted_text(amounts: Amounts) -> str:
    """What could not be converted, e.g. ``"12,000.00 GBP"`` (empty if nothing)."""
    return ", ".join(money_text(v, code) for code, v in sorted(amounts.unconverted.items()))


# --------------------------------------------------------------------------- model


class StageCardsModel(QAbstractListModel):
    """The cards of one stage; drops ask the board to move projects here."""

    move_requested = Signal(list, str)  # [uuid.UUID], stage

    def __init__(self, stage: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stage = stage
        self.cards: list[ProjectCard] = []

    def set_cards(self, cards: list[ProjectCard]) -> None:
        self.beginResetModel()
        self.cards = cards
        self.endResetModel()

    def row_of(self, project_id: uuid.UUID) -> int:
        for row, card in enumerate(self.cards):
            if card.id == project_id:
                return row
        return -1

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.cards)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.cards):
            return None
        card = self.cards[index.row()]
        if role == CARD_ROLE:
            return card
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return shown(card.title)
        if role == Qt.ItemDataRole.ToolTipRole:
            return literal(_tooltip(card))  # Qt takes "<h1>…" in a tooltip for HTML
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemNeverHasChildren)

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [PROJECT_IDS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        cards = [self.cards[i.row()] for i in indexes if i.isValid()]
        mime = QMimeData()
        mime.setData(PROJECT_IDS_MIME, json.dumps([str(c.id) for c in cards]).encode())
        mime.setText("\n".join(c.title for c in cards))
        return mime

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: QModelIndex | QPersistentModelIndex) -> bool:
        return data.hasFormat(PROJECT_IDS_MIME)

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: QModelIndex | QPersistentModelIndex) -> bool:
        if action == Qt.DropAction.IgnoreAction:
            return True
        ids = project_ids_from_mime(data)
        mine = {c.id for c in self.cards}
        moving = [i for i in ids if i not in mine]
        if not moving:
            return False
        self.move_requested.emit(moving, self.stage)
        return True


def project_ids_from_mime(data: QMimeData) -> list[uuid.UUID]:
    """The project ids a board drag carries (none for anything else)."""
    if not data.hasFormat(PROJECT_IDS_MIME):
        return []
    try:
        return [uuid.UUID(s) for s in json.loads(bytes(data.data(PROJECT_IDS_MIME).data()))]
    except (ValueError, TypeError):
        return []


def _tooltip(card: ProjectCard) -> str:
    lines = [card.title]
    if card.title_native:
        lines.append(card.title_native)
    if card.kind in ProjectKind.values():
        lines.append(ProjectKind(card.kind).label)
    if card.office_name:
        lines.append(QCoreApplication.translate("ProjectBoard", "Office: {office}").format(
            office=card.office_name))
    else:
        lines.append(QCoreApplication.translate("ProjectBoard", "No office"))
    if card.partners:
        lines.append(QCoreApplication.translate("ProjectBoard", "Partners: {partners}").format(
            partners=", ".join(card.partners)))
    if card.amount is not None:
        lines.append(QCoreApplication.translate("ProjectBoard", "Amount: {amount}").format(
            amount=money_text(card.amount, card.currency)))
    if card.signed_on:
        lines.append(QCoreApplication.translate("ProjectBoard", "Signed: {date}").format(
            date=format_date(card.signed_on)))
    return "\n".join(lines)


# --------------------------------------------------------------------------- cards


def wrap_lines(text: str, font: QFont, width: int, max_lines: int) -> list[str]:
    """``text`` broken into at most ``max_lines`` lines of ``width``, the last elided."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    spans: list[tuple[int, int]] = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(width, 1))
        spans.append((line.textStart(), line.textLength()))
    layout.endLayout()
    units = text.encode("utf-16-le")  # Qt counts UTF-16 code units

    def part(start: int, length: int | None = None) -> str:
        end = None if length is None else 2 * (start + length)
        return units[2 * start : end].decode("utf-16-le", errors="ignore")

    lines = [part(s, n).strip() for s, n in spans[:max_lines]]
    if len(spans) > max_lines:
        rest = part(spans[max_lines - 1][0]).strip()
        lines[-1] = QFontMetrics(font).elidedText(rest, Qt.TextElideMode.ElideRight, width)
    return lines


class CardDelegate(QStyledItemDelegate):
    """Paints a project as a card: stage stripe, title, office, partners and amount."""

    PAD = 9
    TITLE_LINES = 2

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        #: (column, card, border) colours from the window's palette, set by the column.
        self.surface: tuple[QColor, QColor, QColor] | None = None

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        title = QFont(option.font)
        title.setWeight(QFont.Weight.DemiBold)
        small = QFont(option.font)
        small.setPointSizeF(max(option.font.pointSizeF() * 0.9, 7.0))
        amount = QFont(option.font)
        amount.setWeight(QFont.Weight.DemiBold)
        return title, small, amount

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        title, small, amount = self._fonts(option)
        height = (2 * self.PAD + self.TITLE_LINES * QFontMetrics(title).lineSpacing() + 5
                  + max(QFontMetrics(small).lineSpacing(), QFontMetrics(amount).lineSpacing())
                  + 3 + QFontMetrics(small).lineSpacing())
        return QSize(max(option.rect.width(), 160), height + 6)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        card = index.data(CARD_ROLE)
        if not isinstance(card, ProjectCard):
            return
        palette = option.palette
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = option.rect.adjusted(3, 3, -3, -3)
        self._paint_frame(painter, option, rect, stage_colour(card.stage),
                          self.surface or surfaces(palette))
        inner = rect.adjusted(self.PAD + 4, self.PAD - 2, -self.PAD, -self.PAD + 2)
        title_font, small_font, amount_font = self._fonts(option)
        text = palette.color(QPalette.ColorRole.Text)
        grey = muted(palette)

        painter.setPen(text)
        painter.setFont(title_font)
        title = QFontMetrics(title_font)
        y = inner.top()
        for line in wrap_lines(shown(card.title), title_font, inner.width(), self.TITLE_LINES):
            painter.drawText(QRect(inner.left(), y, inner.width(), title.lineSpacing()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, line)
            y += title.lineSpacing()
        y = inner.top() + self.TITLE_LINES * title.lineSpacing() + 5

        # Amount (or its absence) on the left, signing date on the right if it fits.
        small = QFontMetrics(small_font)
        amount_metrics = QFontMetrics(amount_font)
        line_height = max(small.lineSpacing(), amount_metrics.lineSpacing())
        row = QRect(inner.left(), y, inner.width(), line_height)
        if card.amount is not None:
            amount = card_money(card.amount, card.currency)
            used = amount_metrics.horizontalAdvance(amount)
            painter.setFont(amount_font)
            painter.setPen(text)
        else:
            amount = self.tr("No amount")
            used = small.horizontalAdvance(amount)
            painter.setFont(small_font)
            painter.setPen(grey)
        painter.drawText(row, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         elided_money(amount, painter.fontMetrics(), row.width())
                         if card.amount is not None else
                         painter.fontMetrics().elidedText(amount, Qt.TextElideMode.ElideRight,
                                                          row.width()))
        painter.setFont(small_font)
        painter.setPen(grey)
        signed = format_date(card.signed_on) if card.signed_on else ""
        if signed and used + small.horizontalAdvance(signed) + 8 <= row.width():
            painter.drawText(row, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             signed)
        y += line_height + 3

        # Where it is handled, and with whom.
        size = small.height() - 2
        qta.icon("mdi6.office-building-outline", color=grey).paint(
            painter, QRect(inner.left(), y + 1, size, size))
        place = card.office_city or card.office_name or self.tr("No office")
        meta = shown(" · ".join([place, ", ".join(card.partners)] if card.partners else [place]))
        meta_rect = QRect(inner.left() + size + 4, y, inner.width() - size - 4,
                          small.lineSpacing())
        painter.drawText(meta_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         small.elidedText(meta, Qt.TextElideMode.ElideRight, meta_rect.width()))
        painter.restore()

    @staticmethod
    def _paint_frame(painter: QPainter, option: QStyleOptionViewItem, rect: QRect,
                     accent: QColor, surface: tuple[QColor, QColor, QColor]) -> None:
        palette = option.palette
        _column, card_bg, border = surface
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        text = palette.color(QPalette.ColorRole.Text)
        background = blend(card_bg, highlight, 0.12) if selected else card_bg
        edge = highlight if selected or focused else (
            blend(border, text, 0.25) if hovered else border)
        painter.setPen(QPen(edge, 1.6 if selected or focused else 1.0))
        painter.setBrush(background)
        painter.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(accent)
        painter.drawRoundedRect(QRect(rect.left() + 1, rect.top() + 5, 4, rect.height() - 10),
                                2, 2)


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
        self._set_drop_target(event.source() is not self
                              and event.mimeData().hasFormat(PROJECT_IDS_MIME))

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
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter,
                             self.tr("Drop here") if self._drop_target
                             else self.tr("No projects"))


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
            self.tr("Number of projects at stage {stage}").format(stage=stage_label(stage)))

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
        self.view.setAccessibleName(
            self.tr("{stage} projects").format(stage=stage_label(stage)))

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
        self.note_label.setPalette(_with_text(palette, self._note_colours[0]))

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        painter = QPainter(self)
        painter.fillRect(QRect(0, 0, self.width(), 3), stage_colour(self.stage))

    def show_total(self, total: StageTotal) -> None:
        self.count_label.setText(str(total.count))
        amounts = total.amounts
        self.total_label.setPalette(_with_text(self.palette(), self._note_colours[0]
                                               if amounts.is_empty else
                                               self.palette().color(QPalette.ColorRole.Text)))
        if amounts.is_empty:
            self.total_label.setText(self.tr("no amounts"))
            self.total_label.setToolTip(self.tr("No amounts recorded at this stage"))
        else:
            self.total_label.setText(amounts_text(amounts))
            self.total_label.setToolTip("\n".join(
                [f"{stage_label(self.stage)}: {amounts_text(amounts)}", self.tr("Recorded as:")]
                + [f"  {money_text(v, c)}" for c, v in sorted(amounts.by_currency.items())]
            ))
        notes: list[str] = []
        explained: list[str] = []
        if amounts.unconverted:
            notes.append(self.tr("⚠ + {amounts} (no rate)").format(
                amounts=unconverted_text(amounts)))
            explained.append(self.tr("{amounts} not converted: no exchange rate to {currency} "
                                     "on the signing date").format(
                amounts=unconverted_text(amounts), currency=amounts.currency))
        if total.without_amount:
            notes.append(self.tr("{count} without amount").format(count=total.without_amount))
            explained.append(notes[-1])
        self.note_label.setText(notes[0] if notes else "")
        self.note_label.setToolTip("\n".join(explained))
        colour = self._note_colours[1 if amounts.unconverted else 0]
        self.note_label.setPalette(_with_text(self.palette(), colour))


class ElidedLabel(QLabel):
    """A one-line label that never widens its column: it shows the first of its
    texts that fits (the longest first), else elides the last one. An amount keeps
    its currency code (``keep_currency``): "300,000,0… CNY"."""

    def __init__(self, text: str = "", parent: QWidget | None = None, *,
                 keep_currency: bool = False,
                 alignment: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignRight) -> None:
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


def _with_text(palette: QPalette, colour: QColor) -> QPalette:
    result = QPalette(palette)
    result.setColor(QPalette.ColorRole.WindowText, colour)
    result.setColor(QPalette.ColorRole.Text, colour)
    return result


# --------------------------------------------------------------------------- the board


class ProjectBoard(QWidget):
    """Projects by stage, following the Projects list's filters, with a totals line."""

    #: The card with keyboard focus changed: a project id, or None.
    current_project_changed = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._query = ListQuery(kind="project")
        self._content: BoardContent | None = None
        self._select_after_reload: list[uuid.UUID] = []
        self._stale = False
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
        self.currency_combo.setToolTip(self.tr(
            "Reporting currency: each amount is converted at the rate stored for its "
            "signing date (the latest rate when it has no signing date)"))
        self.currency_combo.setAccessibleName(self.tr("Reporting currency"))
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
        label = QLabel(self.tr("Totals in"))
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

        self._fill_currencies(DEFAULT_CURRENCY)
        self.currency_combo.currentTextChanged.connect(self._currency_changed)
        context.changed.connect(self._on_changed)
        self._ensure_columns(stage_order())
        self.refresh()

    # ---------------------------------------------------------------- public API

    @property
    def query(self) -> ListQuery:
        return self._query

    def set_query(self, query: ListQuery) -> None:
        """Show the projects the Projects list shows (its text, office, stage... filters)."""
        if query.kind != "project":
            raise ValueError(f"the project board shows projects, not {query.kind!r}")
        if query == self._query and self._content is not None:
            return
        self._query = query
        if self.isVisible() or self._content is None:
            self.refresh()
        else:
            self._stale = True  # refreshed when shown again

    def reporting_currency(self) -> str:
        return self.currency_combo.currentText() or DEFAULT_CURRENCY

    def set_reporting_currency(self, code: str) -> None:
        if self.currency_combo.findText(code) < 0:
            self.currency_combo.addItem(code)
        self.currency_combo.setCurrentText(code)

    def totals(self) -> ProjectTotals | None:
        """The totals shown now (None before the first load)."""
        return self._content.totals if self._content else None

    def column(self, stage: str) -> StageColumn:
        return self.columns[stage]

    def selected_project_ids(self) -> list[uuid.UUID]:
        chosen: list[uuid.UUID] = []
        for column in self.columns.values():
            for index in column.view.selectionModel().selectedIndexes():
                card = index.data(CARD_ROLE)
                if isinstance(card, ProjectCard):
                    chosen.append(card.id)
        return chosen

    def move_projects(self, project_ids: Sequence[uuid.UUID], stage: str) -> None:
        """Change the stage of projects, as one undoable step (Ctrl+Z puts them back).

        Moving to Signed (or a stage after it) asks for the signing date of projects
        that have none, and stores it with the move; cancelling moves nothing."""
        try:
            plan = plan_stage_move(self.context.store, project_ids, stage)
        except Exception as exc:  # the file could not be read; say why
            self._move_failed(exc)
            return
        moving = list(plan.moving)
        if not moving:
            return
        signed_on = None
        if plan.needs_signing_date:
            answer = ask_signing_date(plan, self)
            if answer is None:
                return  # cancelled: the cards stay where they are
            signed_on = answer.signed_on
        target = stage_label(stage)
        if len(moving) == 1:
            text = self.tr("Move “{title}” to {stage}").format(
                title=_short(plan.titles[moving[0]]), stage=target)
        else:
            text = self.tr("Move {count} projects to {stage}").format(count=len(moving),
                                                                     stage=target)
        self._select_after_reload = moving
        try:
            command = SetFieldsCommand(self.context, Project, plan.changes(signed_on), text)
            push(self.context, command)
        except Exception as exc:  # a failed write changes nothing; say why
            self._select_after_reload = []
            self._move_failed(exc)

    def _move_failed(self, exc: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Could not move the project"),
                            literal(self.tr("The stage was not changed.\n\n{error}").format(
                                error=error_text(exc, self.context.store.path))))
        self.refresh()

    def refresh(self) -> None:
        """Reload cards and totals from the store."""
        self._stale = False
        selected = self._select_after_reload or self.selected_project_ids()
        had_focus = any(c.view.hasFocus() for c in self.columns.values())
        self._select_after_reload = []
        content = board_content(self.context.store, self._query, self.reporting_currency())
        self._content = content
        self._ensure_columns([t.stage for t in content.totals.stages])
        for total in content.totals.stages:
            column = self.columns[total.stage]
            column.model.set_cards(content.cards_in(total.stage))
            column.show_total(total)
        self._show_overall(content.totals)
        self._reselect(selected, had_focus)

    # ---------------------------------------------------------------- building

    def _ensure_columns(self, stages: list[str]) -> None:
        for stage in stages:
            if stage in self.columns:
                continue
            column = StageColumn(stage, self._row)
            column.model.move_requested.connect(self.move_projects,
                                                Qt.ConnectionType.QueuedConnection)
            view = column.view
            view.open_requested.connect(lambda pid: self.context.open_record.emit("project", pid))
            view.step_focus.connect(lambda step, s=stage: self._step_focus(s, step))
            view.step_stage.connect(lambda step, s=stage: self._step_stage(s, step))
            view.menu_requested.connect(lambda pos, s=stage: self._show_menu(s, pos))
            view.selectionModel().currentChanged.connect(self._current_changed)
            self.columns[stage] = column
            self._row_layout.addWidget(column, 1)

    def _fill_currencies(self, current: str) -> None:
        store = self.context.store
        codes = sorted({DEFAULT_CURRENCY, current, *rate_currencies(store),
                        *project_currencies(store)})
        self.currency_combo.blockSignals(True)
        self.currency_combo.clear()
        self.currency_combo.addItems(codes)
        self.currency_combo.setCurrentText(current)
        self.currency_combo.blockSignals(False)

    # ---------------------------------------------------------------- reacting

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches("exchange_rate"):
            self._fill_currencies(self.reporting_currency())
        if any(changes.touches(k) for k in ("project", "office", "organization",
                                            "exchange_rate")):
            if self.isVisible():
                self.refresh()
            else:
                self._stale = True  # refreshed when shown again

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _currency_changed(self, _code: str) -> None:
        self.refresh()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        card = current.data(CARD_ROLE) if current.isValid() else None
        self.current_project_changed.emit(card.id if isinstance(card, ProjectCard) else None)

    def _show_overall(self, totals: ProjectTotals) -> None:
        overall = totals.overall
        self.total_label.setText(
            (self.tr("All stages: {count} project · {amount}") if overall.count == 1
             else self.tr("All stages: {count} projects · {amount}")).format(
                count=overall.count, amount=amounts_text(overall.amounts)))
        self.total_label.setToolTip("\n".join(
            [self.tr("Recorded as:")] + [f"  {money_text(v, c)}"
                                for c, v in sorted(overall.amounts.by_currency.items())]))
        if overall.amounts.unconverted:
            missing = sorted(overall.amounts.unconverted)
            self.warning_label.setText(
                self.tr("Not included: {amounts} (no rate from {currencies} to {currency} on "
                        "the signing date)").format(
                    amounts=unconverted_text(overall.amounts), currencies=", ".join(missing),
                    currency=totals.currency))
            self.warning_label.setToolTip(self.tr(
                "These amounts are left out of the totals rather than converted at a guessed "
                "rate. Add the missing exchange rate to include them."))
            self.warning_icon.setPixmap(
                qta.icon("mdi6.alert-outline", color=WARNING_COLOUR).pixmap(18, 18))
        else:
            self.warning_label.setText("")
            self.warning_icon.clear()
        self.warning_icon.setVisible(bool(overall.amounts.unconverted))
        self.warning_label.setVisible(bool(overall.amounts.unconverted))
        if overall.count == 0:
            filtered = self._query != ListQuery(kind="project", order_by=self._query.order_by,
                                                descending=self._query.descending)
            self.hint_label.setText(self.tr("No projects match these filters.") if filtered
                                    else self.tr("No projects yet: add one with New project."))
            self.hint_label.setToolTip("")
        else:
            by_currency = sorted(overall.amounts.by_currency.items())
            without = (self.tr("{count} without amount").format(count=overall.without_amount)
                       if overall.without_amount else "")
            listed = short = ""
            if len(by_currency) > 1:
                listed = self.tr("recorded as {amounts}").format(
                    amounts=" + ".join(money_text(v, c) for c, v in by_currency))
                short = self.tr("recorded in {count} currencies").format(
                    count=len(by_currency))
            self.hint_label.set_alternatives([
                " · ".join(p for p in (listed, without) if p),
                " · ".join(p for p in (short, without) if p),
                without or short])
            self.hint_label.setToolTip("\n".join(
                ([self.tr("Recorded as:")] + [f"  {money_text(v, c)}" for c, v in by_currency]
                 if len(by_currency) > 1 else []) + ([without] if without else [])))

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
            self.move_projects(chosen, order[position])

    def _selected_in(self, stage: str) -> list[uuid.UUID]:
        view = self.columns[stage].view
        indexes = view.selectionModel().selectedIndexes() or (
            [view.currentIndex()] if view.currentIndex().isValid() else [])
        return [c.id for c in (i.data(CARD_ROLE) for i in indexes) if isinstance(c, ProjectCard)]

    def stage_menu(self, stage: str) -> QMenu:
        """The context menu of the selected cards in ``stage`` (Open, Move to stage ▸)."""
        chosen = self._selected_in(stage)
        menu = QMenu(self)
        open_action = menu.addAction(icon("mdi6.open-in-new"), self.tr("Open"))
        open_action.setShortcut(QKeySequence(Qt.Key.Key_Return))
        open_action.setEnabled(len(chosen) == 1)
        open_action.triggered.connect(
            lambda: self.context.open_record.emit("project", chosen[0]))
        move_menu = menu.addMenu(icon("mdi6.swap-horizontal"), self.tr("Move to stage"))
        move_menu.setObjectName("move-to-stage")
        for target in self.columns:
            action = move_menu.addAction(stage_icon(target), stage_label(target))
            action.setObjectName(f"move-to-{target}")
            action.setEnabled(target != stage and bool(chosen))
            action.triggered.connect(
                lambda _checked=False, t=target: self.move_projects(chosen, t))
        order = list(self.columns)
        position = order.index(stage)
        menu.addSeparator()
        for step, caption, key in (
                (-1, self.tr("Move to previous stage ({stage})"), "Left"),
                (1, self.tr("Move to next stage ({stage})"), "Right")):
            if 0 <= position + step < len(order):
                neighbour = stage_label(order[position + step])
                action = menu.addAction(caption.format(stage=neighbour))
                action.setShortcut(QKeySequence(f"Ctrl+Shift+{key}"))
                action.triggered.connect(
                    lambda _checked=False, s=step: self._step_stage(stage, s))
        return menu

    def _show_menu(self, stage: str, pos: QPoint) -> None:
        menu = self.stage_menu(stage)
        menu.exec(pos)
        menu.deleteLater()

    def _apply_palette(self) -> None:
        self._bar_line.setPalette(_with_text(self.palette(), surfaces(self.palette())[2]))
        self.hint_label.setPalette(_with_text(self.palette(), muted(self.palette())))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self._apply_palette()
            for column in self.columns.values():
                column.apply_palette(self.palette())
            if self._content is not None:
                for total in self._content.totals.stages:
                    self.columns[total.stage].show_total(total)


def _short(title: str, limit: int = 48) -> str:
    return title if len(title) <= limit else title[: limit - 1].rstrip() + "…"


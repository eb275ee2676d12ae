"""The project cards of the board: one stage's cards as a list model, and a card painted.

:class:`StageCardsModel` holds the cards of one column; dragging cards out of it carries
their ids as mime data (:data:`PROJECT_IDS_MIME`), and a drop asks the board to move them
to this column's stage (``move_requested``). :class:`CardDelegate` paints a project as a
card: stage stripe, title on up to two lines, amount and signing date, office and
partners.
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
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen, QTextLayout
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ..core.listing import money_text
from ..core.locale_format import format_date, format_money
from ..core.services.project_totals import ProjectCard
from ..core.vocabulary import ProjectKind
from .amount_cells import elided_money
from .plain_text import literal, shown
from .stage_colours import blend, muted, stage_colour, surfaces

PROJECT_IDS_MIME = "application/x-office-desk-project-ids"
CARD_ROLE = Qt.ItemDataRole.UserRole + 1


def card_money(amount: Decimal, currency: str | None) -> str:
    """An amount as a card shows it: no ".00" on whole amounts."""
    if amount == amount.to_integral_value():
        return format_money(amount, currency or "", decimals=0)
    return money_text(amount, currency)


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

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
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
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )

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

    def canDropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        return data.hasFormat(PROJECT_IDS_MIME)

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: QModelIndex | QPersistentModelIndex,
    ) -> bool:
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
        lines.append(
            QCoreApplication.translate("ProjectBoard", "Office: {office}").format(
                office=card.office_name
            )
        )
    else:
        lines.append(QCoreApplication.translate("ProjectBoard", "No office"))
    if card.partners:
        lines.append(
            QCoreApplication.translate("ProjectBoard", "Partners: {partners}").format(
                partners=", ".join(card.partners)
            )
        )
    if card.amount is not None:
        lines.append(
            QCoreApplication.translate("ProjectBoard", "Amount: {amount}").format(
                amount=money_text(card.amount, card.currency)
            )
        )
    if card.signed_on:
        lines.append(
            QCoreApplication.translate("ProjectBoard", "Signed: {date}").format(
                date=format_date(card.signed_on)
            )
        )
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

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        title, small, amount = self._fonts(option)
        height = (
            2 * self.PAD
            + self.TITLE_LINES * QFontMetrics(title).lineSpacing()
            + 5
            + max(QFontMetrics(small).lineSpacing(), QFontMetrics(amount).lineSpacing())
            + 3
            + QFontMetrics(small).lineSpacing()
        )
        return QSize(max(option.rect.width(), 160), height + 6)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        card = index.data(CARD_ROLE)
        if not isinstance(card, ProjectCard):
            return
        palette = option.palette
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = option.rect.adjusted(3, 3, -3, -3)
        self._paint_frame(
            painter, option, rect, stage_colour(card.stage), self.surface or surfaces(palette)
        )
        inner = rect.adjusted(self.PAD + 4, self.PAD - 2, -self.PAD, -self.PAD + 2)
        title_font, small_font, amount_font = self._fonts(option)
        text = palette.color(QPalette.ColorRole.Text)
        grey = muted(palette)

        painter.setPen(text)
        painter.setFont(title_font)
        title = QFontMetrics(title_font)
        y = inner.top()
        for line in wrap_lines(shown(card.title), title_font, inner.width(), self.TITLE_LINES):
            painter.drawText(
                QRect(inner.left(), y, inner.width(), title.lineSpacing()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                line,
            )
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
        painter.drawText(
            row,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            elided_money(amount, painter.fontMetrics(), row.width())
            if card.amount is not None
            else painter.fontMetrics().elidedText(amount, Qt.TextElideMode.ElideRight, row.width()),
        )
        painter.setFont(small_font)
        painter.setPen(grey)
        signed = format_date(card.signed_on) if card.signed_on else ""
        if signed and used + small.horizontalAdvance(signed) + 8 <= row.width():
            painter.drawText(
                row, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, signed
            )
        y += line_height + 3

        # Where it is handled, and with whom.
        size = small.height() - 2
        qta.icon("mdi6.office-building-outline", color=grey).paint(
            painter, QRect(inner.left(), y + 1, size, size)
        )
        place = card.office_city or card.office_name or self.tr("No office")
        meta = shown(" · ".join([place, ", ".join(card.partners)] if card.partners else [place]))
        meta_rect = QRect(inner.left() + size + 4, y, inner.width() - size - 4, small.lineSpacing())
        painter.drawText(
            meta_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            small.elidedText(meta, Qt.TextElideMode.ElideRight, meta_rect.width()),
        )
        painter.restore()

    @staticmethod
    def _paint_frame(
        painter: QPainter,
        option: QStyleOptionViewItem,
        rect: QRect,
        accent: QColor,
        surface: tuple[QColor, QColor, QColor],
    ) -> None:
        palette = option.palette
        _column, card_bg, border = surface
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        text = palette.color(QPalette.ColorRole.Text)
        background = blend(card_bg, highlight, 0.12) if selected else card_bg
        edge = (
            highlight if selected or focused else (blend(border, text, 0.25) if hovered else border)
        )
        painter.setPen(QPen(edge, 1.6 if selected or focused else 1.0))
        painter.setBrush(background)
        painter.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(accent)
        painter.drawRoundedRect(QRect(rect.left() + 1, rect.top() + 5, 4, rect.height() - 10), 2, 2)

"""Amounts that never lose their currency code when space runs short.

"300,000,000.00 …" could be yuan or euros; "300,000,0… CNY" says what it is and
that digits are hidden (the tooltip has them all). A list's amount column draws its
cells with :class:`AmountDelegate`, and labels that show an amount elide it with
:func:`elided_money`.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFontMetrics, QPainter
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ..core.listing import split_money_text
from ..core.locale_format import format_money

#: An amount as wide as most that users keep: a column starts at least this wide.
WIDE_AMOUNT = Decimal("888888888.88")


def elided_money(text: str, metrics: QFontMetrics, width: int) -> str:
    """``text`` fitted into ``width`` pixels: if an amount does not fit, its number is
    elided and its currency code kept ("300,000,0… CNY"); other text is elided."""
    if metrics.horizontalAdvance(text) <= width:
        return text
    number, code = split_money_text(text)
    if not code:
        return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
    suffix = " " + code
    room = width - metrics.horizontalAdvance(suffix)
    shown = metrics.elidedText(number, Qt.TextElideMode.ElideRight, max(room, 0))
    if shown:
        return shown + suffix
    # Not even one digit fits: the code alone still says which money it is.
    return "…" + suffix if metrics.horizontalAdvance("…" + suffix) <= width else code


def amount_column_width(metrics: QFontMetrics, currency: str = "CNY") -> int:
    """A column width that shows a typical large amount whole (with cell margins)."""
    return metrics.horizontalAdvance(format_money(WIDE_AMOUNT, currency)) + 24


class AmountDelegate(QStyledItemDelegate):
    """Draws an amount cell so that its currency code always stays visible."""

    def _prepared(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QStyleOptionViewItem:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else QApplication.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        # A pixel or two to spare: kerning may make the joined text a little wider.
        width = (text_rect.width() if text_rect.isValid() else opt.rect.width()) - 2 * margin - 2
        opt.text = elided_money(opt.text, opt.fontMetrics, width)  # type: ignore[attr-defined]
        return opt

    def shown_text(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> str:
        """The text the cell shows in ``option.rect``."""
        return str(self._prepared(option, index).text)  # type: ignore[attr-defined]

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = self._prepared(option, index)
        widget = opt.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)

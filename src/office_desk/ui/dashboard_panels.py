"""The pieces the office dashboard is made of: panels, key figures and the stage bar.

A :class:`Panel` is a rounded card in the palette's colours with an optional heading;
a :class:`Figure` is a key figure on such a card (a big number, what it counts, and a
muted and a warning line under it); the :class:`StageBar` splits a bar into the stages'
shares of an office's projects. :func:`rich_label` makes the labels the sections' rich
text goes into.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ..core.services.office_overview import StageCount
from .icons import icon
from .plain_text import shown
from .stage_colours import WARNING_COLOUR, muted, stage_colour, surfaces


class Panel(QFrame):
    """A rounded card in the palette's colours, with an optional heading."""

    def __init__(
        self,
        title: str = "",
        icon_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(14, 12, 14, 12)
        self.body.setSpacing(6)
        if title:
            heading = QHBoxLayout()
            heading.setSpacing(6)
            if icon_name:
                glyph = QLabel()
                glyph.setPixmap(icon(icon_name).pixmap(16, 16))
                heading.addWidget(glyph)
            self.heading = QLabel(title)
            font = self.heading.font()
            font.setWeight(QFont.Weight.DemiBold)
            self.heading.setFont(font)
            heading.addWidget(self.heading)
            heading.addStretch(1)
            self.body.addLayout(heading)

    def paintEvent(self, event: QPaintEvent) -> None:
        _column, card, border = surfaces(self.palette())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(border)
        painter.setBrush(card)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8)


def rich_label(parent: QWidget | None = None) -> QLabel:
    """A label for escaped rich text whose links work by mouse and keyboard."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    label.setOpenExternalLinks(False)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.LinksAccessibleByMouse
        | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
    )
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return label


class Figure(Panel):
    """A key figure: a big number and what it counts."""

    def __init__(self, caption: str, icon_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        top = QHBoxLayout()
        glyph = QLabel()
        glyph.setPixmap(icon(icon_name).pixmap(20, 20))
        self.caption = QLabel(caption)
        top.addWidget(glyph)
        top.addWidget(self.caption, 1)
        self.value = QLabel("0")
        self.value.setTextFormat(Qt.TextFormat.PlainText)
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.7)
        font.setWeight(QFont.Weight.Bold)
        self.value.setFont(font)
        self.detail = QLabel("")
        self.warning = QLabel("")
        for label in (self.detail, self.warning):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
        self.body.addLayout(top)
        self.body.addWidget(self.value)
        self.body.addWidget(self.detail)
        self.body.addWidget(self.warning)
        self.body.addStretch(1)
        self.apply_palette()

    def apply_palette(self, base: QPalette | None = None) -> None:
        base = base if base is not None else self.palette()
        for label, colour in (
            (self.caption, muted(base)),
            (self.detail, muted(base)),
            (self.warning, QColor(WARNING_COLOUR)),
        ):
            palette = QPalette(base)
            palette.setColor(QPalette.ColorRole.WindowText, colour)
            label.setPalette(palette)

    def show_value(self, value: str, detail: str = "", warning: str = "") -> None:
        """The figure, a muted line under it, and a warning line (hidden when empty)."""
        self.value.setText(shown(value))
        self.detail.setText(shown(detail))
        self.detail.setVisible(bool(detail))
        self.warning.setText(shown(f"⚠ {warning}") if warning else "")
        self.warning.setVisible(bool(warning))


class StageBar(QWidget):
    """A horizontal bar split into the stages' shares of the office's projects."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts: list[StageCount] = []
        self.setMinimumHeight(14)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(300, 14)

    def set_counts(self, counts: list[StageCount]) -> None:
        self.counts = counts
        self.setToolTip("\n".join(f"{c.label}: {c.count}" for c in counts if c.count))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = QRectF(self.rect()).adjusted(0, 2, 0, -2)
        total = sum(c.count for c in self.counts)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(surfaces(self.palette())[2])
        painter.drawRoundedRect(area, 5, 5)
        if not total:
            return
        x = area.left()
        for c in self.counts:
            if not c.count:
                continue
            width = area.width() * c.count / total
            painter.setBrush(stage_colour(c.stage))
            painter.drawRect(QRectF(x, area.top(), max(width - 1, 1), area.height()))
            x += width

"""The bar above the work area that says the file is open read-only, and why.

The main window shows it when :meth:`FileGuard.claim` returned HELD_BY_OTHER and hides
it once a later claim (its "Try again" button) returns OWNED.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from .file_guard import Holder, holder_text
from .icons import icon
from .plain_text import plain_label, shown

ICON = "mdi6.lock-outline"
RETRY_ICON = "mdi6.refresh"
#: An amber that reads as "note this" in light and dark palettes alike.
ACCENT = QColor("#e8a317")


def _blend(a: QColor, b: QColor, k: float) -> QColor:
    return QColor.fromRgbF(
        a.redF() * (1 - k) + b.redF() * k,
        a.greenF() * (1 - k) + b.greenF() * k,
        a.blueF() * (1 - k) + b.blueF() * k,
    )


class ReadOnlyBanner(QFrame):
    """A coloured bar: a lock icon, why the file is read-only, and a "Try again" button."""

    retry_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("read_only_banner")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAutoFillBackground(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

        self.icon_label = QLabel(self)
        self.icon_label.setFixedSize(QSize(22, 22))
        self.text_label = plain_label(parent=self)  # names another user and computer
        self.text_label.setObjectName("read_only_text")
        self.text_label.setWordWrap(True)
        self.text_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.retry_button = QPushButton(self.tr("Try again"), self)
        self.retry_button.setObjectName("read_only_retry")
        self.retry_button.setToolTip(
            self.tr("Check again whether the file is still open elsewhere")
        )
        self.retry_button.clicked.connect(self.retry_requested)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 8, 7)
        layout.setSpacing(10)
        layout.addWidget(self.icon_label)
        layout.addWidget(self.text_label, 1)
        layout.addWidget(self.retry_button)
        self._apply_palette()

    def text(self) -> str:
        return self.text_label.text()

    def set_text(self, text: str) -> None:
        self.text_label.setText(shown(text))
        self.setAccessibleName(text)

    def show_holder(self, holder: Holder) -> None:
        """Show the banner with the text for a file held by ``holder``."""
        self.set_text(holder_text(holder))
        self.show()

    # ------------------------------------------------------------------ looks

    def _apply_palette(self) -> None:
        base = QApplication.palette()
        window = base.color(QPalette.ColorRole.Window)
        dark = window.lightness() < 128
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, _blend(window, ACCENT, 0.30 if dark else 0.22))
        palette.setColor(QPalette.ColorRole.WindowText, base.color(QPalette.ColorRole.WindowText))
        self.setPalette(palette)
        self._border = _blend(window, ACCENT, 0.6)
        self.icon_label.setPixmap(icon(ICON).pixmap(QSize(20, 20)))
        self.retry_button.setIcon(icon(RETRY_ICON))

    def event(self, event: QEvent) -> bool:
        # The OS switched between light and dark.
        if event.type() in (QEvent.Type.ApplicationPaletteChange, QEvent.Type.ThemeChange):
            self._apply_palette()
        return super().event(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        painter = QPainter(self)
        painter.setPen(self._border)
        painter.drawLine(0, self.height() - 1, self.width(), self.height() - 1)
        painter.end()

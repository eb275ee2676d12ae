"""The colours of the project stages, and of the columns, cards and panels they sit on.

One accent colour and one icon per stage (the board's columns and cards, the office
dashboard's stage bar), and the surfaces derived from the window's palette, so both read
on light and dark backgrounds alike.
"""

from __future__ import annotations

import qtawesome as qta
from PySide6.QtGui import QColor, QPalette

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
    return blend(
        palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base), 0.42
    )


def _is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def surfaces(palette: QPalette) -> tuple[QColor, QColor, QColor]:
    """(column background, card background, card border) derived from ``palette``."""
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    if _is_dark(palette):
        return blend(base, text, 0.03), blend(base, text, 0.09), blend(base, text, 0.20)
    return blend(base, text, 0.045), base, blend(base, text, 0.17)


def with_text(palette: QPalette, colour: QColor) -> QPalette:
    """``palette`` with its text (window text and text) in ``colour``."""
    result = QPalette(palette)
    result.setColor(QPalette.ColorRole.WindowText, colour)
    result.setColor(QPalette.ColorRole.Text, colour)
    return result

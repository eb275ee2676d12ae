"""Icons from qtawesome, drawn in the palette's text colour so they suit light and dark."""

from __future__ import annotations

import qtawesome as qta
from PySide6.QtGui import QIcon, QPalette
from PySide6.QtWidgets import QApplication

KIND_ICONS: dict[str, str] = {
    "office": "mdi6.office-building-marker",
    "organization": "mdi6.domain",
    "contact": "mdi6.account-box",
    "project": "mdi6.briefcase",
    "event": "mdi6.calendar-star",
    "map": "mdi6.map",
    "reports": "mdi6.file-chart",
}


def icon(name: str, role: QPalette.ColorRole = QPalette.ColorRole.WindowText) -> QIcon:
    """A qtawesome icon (``"mdi6.magnify"``) coloured for the current palette."""
    app = QApplication.instance()
    palette = app.palette() if isinstance(app, QApplication) else QPalette()
    colour = palette.color(role)
    disabled = palette.color(QPalette.ColorGroup.Disabled, role)
    return qta.icon(name, color=colour, color_disabled=disabled)


def kind_icon(kind: str) -> QIcon:
    return icon(KIND_ICONS[kind])

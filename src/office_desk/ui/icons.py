"""Icons from qtawesome, drawn in the palette's text colour so they suit light and dark.

Each record kind's icon is declared with the kind's other looks in :mod:`.kinds`
(``kinds.kind_icon("office")``, ``kinds.KIND_ICONS`` for the main window's pages).
"""

from __future__ import annotations

import qtawesome as qta
from PySide6.QtGui import QIcon, QPalette
from PySide6.QtWidgets import QApplication

#: The icons of the main window's pages that are not a kind of record.
PAGE_ICONS: dict[str, str] = {
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

"""Icons from qtawesome, drawn in the palette's text colour so they suit light and dark.

Each record kind's icon is declared with the kind's other looks in :mod:`.kinds`
(``kinds.kind_icon("office")``, ``kinds.KIND_ICONS`` for the main window's pages).
"""

from __future__ import annotations

from typing import Any

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


def __getattr__(name: str) -> Any:
    """``KIND_ICONS`` and ``kind_icon`` moved to :mod:`.kinds`; these names stay only until
    main_window, main_actions, office_dashboard and duplicate_warning import them from
    there (then delete this function: it is the one import of .kinds from here)."""
    if name in ("KIND_ICONS", "kind_icon"):
        from . import kinds

        return getattr(kinds, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

"""The main window's Help ▸ About, Help ▸ User Guide and Edit ▸ Settings windows.

Each opener makes (or raises) its window and hands it back; the main window keeps it
(as ``about_dialog``, ``user_guide`` and ``settings_dialog``) so that it lives while
shown and tests can reach it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtWidgets import QWidget

from . import settings
from .app_context import AppContext

if TYPE_CHECKING:  # made on first use: start-up does not load them
    from .about_dialog import AboutDialog
    from .settings_dialog import SettingsDialog
    from .user_guide_dialog import UserGuideDialog


def open_about(window: QWidget) -> AboutDialog:
    """Help ▸ About Office Desk: versions and the licences of bundled components."""
    from .about_dialog import AboutDialog

    dialog = AboutDialog(window)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def show_user_guide(window: QWidget, guide: UserGuideDialog | None) -> UserGuideDialog:
    """Help ▸ User Guide (F1): one guide window, beside the work, raised if open
    (``guide``: the one made before, if any)."""
    from .user_guide_dialog import UserGuideDialog

    if guide is None or not shiboken6.isValid(guide):
        guide = UserGuideDialog(window)
    guide.show()
    guide.raise_()
    guide.activateWindow()
    return guide


def open_settings(window: QWidget, context: AppContext | None) -> SettingsDialog:
    """Edit ▸ Settings… (Ctrl+,); on OK, the open views take the new reporting currency."""
    from .settings_dialog import SettingsDialog

    opened_file = getattr(window, "file", None)  # the main window's OpenFile
    convert = opened_file.convert_encryption if opened_file is not None else None
    dialog = SettingsDialog(context, window, convert)

    def saved() -> None:
        currency = settings.get(settings.REPORTING_CURRENCY)
        for widget in window.findChildren(QWidget):
            if hasattr(widget, "set_reporting_currency"):
                widget.set_reporting_currency(currency)

    dialog.accepted.connect(saved)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog

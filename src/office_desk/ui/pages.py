"""The main window's pages, in sidebar order, and the words for them: each page's
name, and the phrases that count a kind's records ("1 office", "2 offices") in the
status bar, the delete question and the export dialogs.

The texts keep the translation context of the main window, which showed them first.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

#: The record kinds with a list page of their own, in sidebar order.
KINDS = ("office", "organization", "contact", "project", "event")
#: Every page, in sidebar order (Ctrl+1 … Ctrl+7).
PAGES = (*KINDS, "map", "reports")
#: Sidebar and View menu names (shown through :func:`page_title`).
PAGE_TITLES = {
    "office": QT_TRANSLATE_NOOP("MainWindow", "Offices"),
    "organization": QT_TRANSLATE_NOOP("MainWindow", "Organizations"),
    "contact": QT_TRANSLATE_NOOP("MainWindow", "Contacts"),
    "project": QT_TRANSLATE_NOOP("MainWindow", "Projects"),
    "event": QT_TRANSLATE_NOOP("MainWindow", "Events"),
    "map": QT_TRANSLATE_NOOP("MainWindow", "Map"),
    "reports": QT_TRANSLATE_NOOP("MainWindow", "Reports"),
}
#: "1 office", "2 offices": the status-bar counts and "Delete 3 offices?".
COUNT_ONE = {
    "office": QT_TRANSLATE_NOOP("MainWindow", "{count} office"),
    "organization": QT_TRANSLATE_NOOP("MainWindow", "{count} organization"),
    "contact": QT_TRANSLATE_NOOP("MainWindow", "{count} contact"),
    "project": QT_TRANSLATE_NOOP("MainWindow", "{count} project"),
    "event": QT_TRANSLATE_NOOP("MainWindow", "{count} event"),
}
COUNT_MANY = {
    "office": QT_TRANSLATE_NOOP("MainWindow", "{count} offices"),
    "organization": QT_TRANSLATE_NOOP("MainWindow", "{count} organizations"),
    "contact": QT_TRANSLATE_NOOP("MainWindow", "{count} contacts"),
    "project": QT_TRANSLATE_NOOP("MainWindow", "{count} projects"),
    "event": QT_TRANSLATE_NOOP("MainWindow", "{count} events"),
}


def page_title(page: str) -> str:
    """The name of ``page`` in the chosen language."""
    return QCoreApplication.translate("MainWindow", str(PAGE_TITLES[page]))


def count_text(kind: str, n: int, separators: bool = True) -> str:
    """``n`` records of ``kind``: "1 office", "1,234 contacts"."""
    table = COUNT_ONE if n == 1 else COUNT_MANY
    return QCoreApplication.translate("MainWindow", str(table[kind])).format(
        count=f"{n:,}" if separators else str(n))

"""Neutralise spreadsheet formulas in exported text (OWASP CSV injection advice).

A CSV cell that starts with ``= + - @``, a tab, a carriage return or NUL is run as a
formula by Excel and LibreOffice; prefixing a single quote makes it plain text. An XLSX
cell has a type instead: the list export stores such text as a string cell (see
:mod:`office_desk.core.export_lists`), without the quote, which would show there.
"""

from __future__ import annotations

#: What a cell must not start with to be taken as plain text.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\x00")


def safe_cell(value: object) -> object:
    """``value`` unchanged unless it is text a spreadsheet would run as a formula (for
    CSV; see the module's notes)."""
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value

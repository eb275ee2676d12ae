"""Neutralise spreadsheet formulas in exported text (OWASP CSV injection advice).

A CSV cell that starts with ``= + - @``, a tab, a carriage return or NUL is run as a
formula by Excel and LibreOffice; prefixing a single quote makes it plain text. An XLSX
cell has a type instead: the list export stores such text as a string cell (see
:mod:`office_desk.core.export_lists`), without the quote, which would show there.

Bidi controls are removed first (:func:`office_desk.core.text_safety.export_text`):
they would disguise the text in the spreadsheet, and ``"\\u202e=1+1"`` starts with "="
once they are gone, so the formula check must see the text without them.
"""

from __future__ import annotations

from .text_safety import export_text

#: What a cell must not start with to be taken as plain text.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\x00")


def safe_cell(value: object) -> object:
    """``value`` unchanged unless it is text: then without bidi controls, and with a
    leading quote if a spreadsheet would run it as a formula (for CSV; see the module's
    notes)."""
    if isinstance(value, str):
        if not value.isascii():  # bidi controls are not ASCII: most cells skip the scan
            value = export_text(value)
        if value.startswith(FORMULA_TRIGGERS):
            return "'" + value
    return value

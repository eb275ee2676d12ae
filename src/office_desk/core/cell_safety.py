"""Neutralise spreadsheet formulas in exported text (OWASP CSV injection advice).

A cell that starts with ``= + - @``, a tab, a carriage return or NUL is run as a
formula by Excel and LibreOffice; prefixing a single quote makes it plain text.
"""

from __future__ import annotations

_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\x00")


def safe_cell(value: object) -> object:
    """``value`` unchanged unless it is text a spreadsheet would run as a formula."""
    if isinstance(value, str) and value.startswith(_TRIGGERS):
        return "'" + value
    return value

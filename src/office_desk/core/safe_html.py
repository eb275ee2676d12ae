"""The one escape for user text placed into HTML or JavaScript (map popups, reports).

``html.escape`` alone is not enough where a page builds HTML inside JavaScript
template literals (folium's popups and tooltips do): ``${...}`` would still run, a
backtick would end the literal and a backslash would start an escape. So ``$``,
backtick and backslash become character references too; a browser shows them as the
same characters, and no JavaScript parser ever sees them.
"""

from __future__ import annotations

import html

_EXTRA = str.maketrans({"$": "&#36;", "`": "&#96;", "\\": "&#92;"})


def escape(text: object) -> str:
    """``text`` as HTML that shows it literally, safe in attributes and JS template literals.

    ``None`` becomes an empty string; anything else is converted with ``str()`` first.
    """
    if text is None:
        return ""
    return html.escape(str(text), quote=True).translate(_EXTRA)


def escape_lines(text: object) -> str:
    """Like :func:`escape`, with line breaks kept as ``<br>`` (notes, addresses)."""
    return "<br>".join(escape(line) for line in str(text or "").splitlines())

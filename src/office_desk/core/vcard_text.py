"""vCard 3.0 text written directly, byte for byte what vobject (0.9.x) serializes.

:mod:`office_desk.core.export_vcard` builds each card as text with these functions
instead of a ``vobject.vCard()`` per contact: building and serializing vobject
components was nearly all of the time of a large export. The text is the same as
vobject's, which ``tests/unit/test_export_vcard_bytes.py`` checks byte for byte
against vobject's own output (hostile and generated text included):

* every text value is escaped as ``vobject.base.backslashEscape`` does: ``\\``,
  ``;`` and ``,`` get a backslash, and each line break (``\\r\\n``, ``\\n``, ``\\r``)
  becomes ``\\n``; any other character (tabs, control characters) is kept;
* a content line is folded as ``vobject.base.foldOneLine`` does: a line shorter than
  75 *characters* is never folded (even if it has more than 75 octets); a longer one
  is cut before the character that would take it past 75 octets of UTF-8, and each
  continuation line starts with a space and holds at most 74 more octets. A character
  is never split; an escape (``\\,``) may be;
* every line ends in CRLF.
"""

from __future__ import annotations

import re

LINE_OCTETS = 75

_SPECIAL = re.compile(r"[\\;,\r\n]")


def escape(text: str) -> str:
    """``text`` escaped as a vCard 3.0 text value (vobject's ``backslashEscape``)."""
    if _SPECIAL.search(text) is None:
        return text
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return text.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")


def fold(line: str) -> str:
    """``line`` folded as vobject folds it (without the final line end)."""
    if len(line) < LINE_OCTETS:
        return line
    if line.isascii():
        parts = [line[:LINE_OCTETS]]
        parts += [line[i : i + LINE_OCTETS - 1] for i in range(LINE_OCTETS, len(line), 74)]
        return "\r\n ".join(parts)
    parts = []
    current: list[str] = []
    counter = 0  # octets on the current line
    for char in line:
        size = 1 if char < "\x80" else len(char.encode("utf-8"))
        if counter + size > LINE_OCTETS:
            parts.append("".join(current))
            current = []
            counter = 1  # the continuation line's leading space
        current.append(char)
        counter += size
    parts.append("".join(current))
    return "\r\n ".join(parts)


def fold_lines(lines: list[str]) -> str:
    """Content ``lines`` (unfolded, without line ends) as vobject writes them: each
    folded, each ending in CRLF (give the last one its own CRLF)."""
    if max(map(len, lines)) < LINE_OCTETS:
        return "\r\n".join(lines)
    return "\r\n".join(map(fold, lines))

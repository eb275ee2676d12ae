"""iCalendar text written directly, byte for byte what the icalendar package (7.x)
writes for a ``VEVENT``.

:mod:`office_desk.core.export_calendar` writes each event with these functions instead
of an ``icalendar.Event`` per event (building and serializing those was most of a large
export's time). ``tests/unit/test_export_calendar_bytes.py`` compares the text with
icalendar's own output, byte for byte, hostile and generated text included. What
icalendar does, and so what is done here:

* a TEXT value is escaped as ``icalendar.parser._escape_char`` does, in its order: a
  literal ``\\N`` first becomes a line break, then ``\\``, ``;`` and ``,`` get a
  backslash and each line break (``\\r\\n``, ``\\n``, ``\\r``) becomes ``\\n``;
* a value starting with a byte order mark (U+FEFF) loses it (icalendar decodes each
  value's bytes as "utf-8-sig");
* a content line is folded as ``icalendar.parser._foldline`` does: a line of fewer
  than 75 octets is kept whole; a longer one is cut before the character that would
  make the current piece 75 octets or more, each piece after the first starting with a
  space; a cut right after a ``\\`` or ``^`` moves that character to the next piece
  (so an escape is never split), unless it is the piece's only character;
* lines end in CRLF.
"""

from __future__ import annotations

import re

LIMIT = 75

_SPECIAL = re.compile(r"[\\;,\r\n]")


def escape(text: str) -> str:
    """``text`` as an iCalendar TEXT value (icalendar's escaping)."""
    if _SPECIAL.search(text) is not None:
        text = (
            text.replace("\\N", "\n")
            .replace("\\", "\\\\")
            .replace(";", "\\;")
            .replace(",", "\\,")
            .replace("\r\n", "\\n")
            .replace("\n", "\\n")
            .replace("\r", "\\n")
        )
    if text.startswith("\ufeff"):
        return text[1:]
    return text


def fold(line: str) -> str:
    """``line`` folded as icalendar folds it (without the final line end)."""
    if len(line) < LIMIT and (line.isascii() or len(line.encode("utf-8")) < LIMIT):
        return line
    pieces: list[str] = []
    current: list[str] = []
    count = 0
    for char in line:
        size = 1 if char < "\x80" else len(char.encode("utf-8"))
        if current and count + size >= LIMIT:
            if len(current) > 1 and current[-1] in "\\^":
                carried = current.pop()
                pieces.append("".join(current))
                current = [carried]
                count = 1  # "\" or "^": one octet
            else:
                pieces.append("".join(current))
                current = []
                count = 0
        current.append(char)
        count += size
    if current:
        pieces.append("".join(current))
    return "\r\n ".join(pieces)


def fold_lines(lines: list[str]) -> str:
    """Content ``lines`` (unfolded, without line ends) folded, each ending in CRLF."""
    text = "\r\n".join(lines)
    if max(map(len, lines)) < LIMIT and text.isascii():
        return text + "\r\n"
    return "\r\n".join(map(fold, lines)) + "\r\n"

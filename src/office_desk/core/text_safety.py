"""Bidirectional-text controls in user text: shown visibly in the app, removed from exports.

Unicode's bidi controls are invisible, yet they reorder the text around them. A phone
number stored as ``"+49 351 \\u202e0101 555"`` (with a RIGHT-TO-LEFT OVERRIDE) is drawn
"+49 351 555 1010", and a name can hide or turn round a word the same way (the
"Trojan Source" trick, CVE-2021-42574). The controls are

* U+202A–U+202E: embeddings (LRE, RLE), pop (PDF) and overrides (LRO, RLO);
* U+2066–U+2069: isolates (LRI, RLI, FSI) and pop (PDI);
* U+200E, U+200F and U+061C: the left-to-right, right-to-left and Arabic letter marks.

Two rules, each one function, used everywhere text leaves the database:

* **In the app** (:func:`visible_text`), every control becomes a visible marker such as
  ``⟨RLO⟩``: the user sees that the text holds one, and the text around it is drawn in
  the order it is stored. Only what is drawn changes; the stored value does not (the
  editor still holds, and saves, the text as it was typed).
* **In exports** (:func:`export_text`: CSV, XLSX, vCard, iCalendar, report HTML), the
  controls are *removed*. Those files are read by other programs, and often imported
  again: a marker would become part of the name in a recipient's address book and make
  a phone number undialable, whereas the controls have no letters or digits of their
  own, so removing them keeps every visible character, in the order stored. Right-to-
  left scripts (Arabic, Hebrew) still read right to left: their letters carry their
  direction themselves.

Remove them *before* any check on how a text starts: ``"\\u202e=1+1"`` becomes a
formula once the control is gone (:func:`office_desk.core.cell_safety.safe_cell` does
both, in that order).
"""

from __future__ import annotations

import re

#: Each bidi control and the short name its visible marker shows.
BIDI_CONTROLS: dict[str, str] = {
    "\u202a": "LRE",
    "\u202b": "RLE",
    "\u202c": "PDF",
    "\u202d": "LRO",
    "\u202e": "RLO",
    "\u2066": "LRI",
    "\u2067": "RLI",
    "\u2068": "FSI",
    "\u2069": "PDI",
    "\u200e": "LRM",
    "\u200f": "RLM",
    "\u061c": "ALM",
}

#: How a control shows in the app: its name between angle brackets, "⟨RLO⟩".
MARKER = "\u27e8{name}\u27e9"

#: A regular-expression character class matching any bidi control (to combine with
#: other checks in one scan, as the XLSX export does).
BIDI_CHARACTER_CLASS = "[" + "".join(BIDI_CONTROLS) + "]"

_FIND = re.compile(BIDI_CHARACTER_CLASS)
_MARKERS = {char: MARKER.format(name=name) for char, name in BIDI_CONTROLS.items()}


def has_bidi_controls(text: str) -> bool:
    """Whether ``text`` holds any bidi control."""
    return not text.isascii() and _FIND.search(text) is not None


def visible_text(text: str) -> str:
    """``text`` as the app shows it: each bidi control replaced by its marker (``⟨RLO⟩``).

    For display only; never store the result."""
    if text.isascii() or _FIND.search(text) is None:  # the usual cases: no copy
        return text
    return _FIND.sub(lambda found: _MARKERS[found.group()], text)


def export_text(text: str) -> str:
    """``text`` as exports write it: every bidi control removed (see the module's notes)."""
    if text.isascii() or _FIND.search(text) is None:  # isascii() is a flag, not a scan
        return text
    return _FIND.sub("", text)

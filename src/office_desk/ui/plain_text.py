"""User text in Qt widgets: shown as typed, never as rich text, bidi controls visible.

Qt guesses. A QLabel or QMessageBox left at ``Qt.AutoText``, every tooltip, and the
label of a QInputDialog take a string for HTML when ``Qt.mightBeRichText()`` says it
looks like HTML: an organization named ``<h1>Nothing will be deleted</h1>`` then draws
that heading inside the delete question. And bidi controls (U+202E and friends) are
invisible but turn text round: "+49 351 \\u202e0101 555" is drawn "+49 351 555 1010".
So every text that holds something a user typed (or a file, or another office, sent)
goes through one of these:

* :func:`plain_label`, :func:`set_plain`, :func:`message_box`: a label or message box
  set to ``Qt.PlainText``;
* :func:`literal`: for what Qt only takes as AutoText (tooltips, the QMessageBox static
  functions, QInputDialog labels): the text unchanged unless Qt would read it as HTML,
  then HTML that shows it literally;
* :func:`escape`: user text going into HTML we build ourselves (details, dashboard);
* :func:`shown`: widgets that always draw plain text (window titles, list, table and
  combo items, the status bar, painted cards);
* :func:`action_text`: menu and action texts, where "&" marks a shortcut letter (and
  :func:`without_mnemonics` to read them back, e.g. for a tooltip).

Each also shows bidi controls as visible markers ("⟨RLO⟩", see
:func:`office_desk.core.text_safety.visible_text`); only what is drawn changes, never
what is stored. They apply to whole messages, translations included: a translation
must not carry bidi controls of its own (Qt's layout direction orders right-to-left
languages).
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from ..core.text_safety import visible_text

_mightBeRichText = GuiQt.mightBeRichText  # noqa: N816 - Qt's name


def shown(text: object) -> str:
    """``text`` as drawn: bidi controls as visible markers (``None`` shows as "")."""
    return "" if text is None else visible_text(str(text))


def escape(text: object) -> str:
    """``text`` for HTML built here: markers for bidi controls, then HTML-escaped."""
    return html.escape(shown(text), quote=True)


def literal(text: object) -> str:
    """``text`` for a Qt API that guesses rich text (tooltips, ``QMessageBox.warning``
    and the other static functions, QInputDialog labels): unchanged (but for bidi
    markers) unless Qt would take it for HTML, else HTML that shows every character
    as it is, line breaks included."""
    plain = shown(text)
    if not _mightBeRichText(plain):
        return plain
    return f"<p style='white-space:pre-wrap'>{html.escape(plain, quote=False)}</p>"


def action_text(text: object) -> str:
    """``text`` for a menu item or action: bidi markers, and "&" shown as "&" instead
    of underlining the letter after it ("R&D centre")."""
    return shown(text).replace("&", "&&")


def without_mnemonics(text: str) -> str:
    """A menu or action text as read: "&Undo Delete “R&&D”" is "Undo Delete “R&D”"
    (Qt's rule: "&" marks the next letter, "&&" is one "&")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def set_plain(label: QLabel, text: object) -> None:
    """Show ``text`` in ``label`` as plain text."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(shown(text))


def plain_label(text: object = "", parent: QWidget | None = None) -> QLabel:
    """A label that shows ``text`` (and whatever is set later) as plain text."""
    label = QLabel(parent)
    set_plain(label, text)
    return label


def message_box(
    icon: QMessageBox.Icon,
    title: str,
    text: object,
    buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.NoButton,
    parent: QWidget | None = None,
    informative: object = "",
) -> QMessageBox:
    """A message box whose text and informative text are plain text (set the buttons,
    then ``exec()``); detailed text is always plain in Qt."""
    box = QMessageBox(icon, shown(title), shown(text), buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # the informative text follows it
    if informative:
        box.setInformativeText(shown(informative))
    return box

"""Checks that user text is drawn as typed: never as rich text, bidi controls visible.

Qt takes a QLabel or QMessageBox text left at AutoText, and every tooltip, for HTML when
``Qt.mightBeRichText`` says so: a record named :data:`HOSTILE` then draws a big
"Nothing will be deleted" heading. These helpers collect what a user sees of a widget
tree (labels as Qt renders them, tooltips, window titles, buttons, combo, list and table
items, text browsers, actions) and report

* :func:`markup_problems`: a text that shows "Nothing will be deleted" without the
  ``<h1>`` in front of it, i.e. the markup was obeyed instead of shown;
* :func:`bidi_problems`: a text that still holds a bidi control (it should show as a
  marker such as "⟨RLO⟩").
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QTextEdit,
    QWidget,
)

from office_desk.core.text_safety import BIDI_CONTROLS

#: A record name as hostile as it gets: a heading that contradicts the question, and an
#: image that would be fetched.
HOSTILE = "<h1>Nothing will be deleted</h1><img src=x>"
#: The same for a file name (no "/" allowed in it).
HOSTILE_FILE = "<h1>Nothing will be deleted<img src=x>"
NEEDLE = "Nothing will be deleted"
#: What must show wherever the needle shows: the tag, as typed.
LITERAL = "<h1>Nothing will be deleted"
RLO = "\u202e"
#: A phone number that a bidi-aware viewer draws "+49 351 555 1010".
TRICK_PHONE = f"+49 351 {RLO}0101 555"
#: A name that hides its end: drawn "Harmless GmbH evil" backwards without a marker.
TRICK_NAME = f"Bidi {RLO}Harmless GmbH"
MARKER = "⟨RLO⟩"


@dataclass(frozen=True)
class Seen:
    """One text as a user sees it: where (for the failure message) and what."""

    where: str
    text: str


def rendered(text: str, text_format: Qt.TextFormat = Qt.TextFormat.AutoText) -> str:
    """``text`` as Qt draws it in a label (or tooltip) of ``text_format``."""
    rich = text_format == Qt.TextFormat.RichText or (
        text_format == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
    )
    if not rich:
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def _name(widget: QWidget) -> str:
    return f"{type(widget).__name__}({widget.objectName()!r})"


def model_texts(model: QAbstractItemModel, where: str, rows: int = 300) -> Iterator[Seen]:
    """Display texts and tooltips of a model's first ``rows`` rows, children included."""

    def columns(parent: QModelIndex) -> int:
        try:
            return model.columnCount(parent)
        except TypeError:  # a list model (PySide makes its columnCount private)
            return 1

    def walk(parent: QModelIndex, depth: int) -> Iterator[Seen]:
        for row in range(min(model.rowCount(parent), rows)):
            for column in range(columns(parent)):
                index = model.index(row, column, parent)
                shown = index.data(Qt.ItemDataRole.DisplayRole)
                if isinstance(shown, str):
                    yield Seen(f"{where} item {row},{column}", shown)
                tip = index.data(Qt.ItemDataRole.ToolTipRole)
                if isinstance(tip, str) and tip:
                    yield Seen(f"{where} tooltip {row},{column}", rendered(tip))
                if column == 0 and depth < 3 and model.rowCount(index) > 0:
                    yield from walk(index, depth + 1)

    yield from walk(QModelIndex(), 0)


def _actions(actions: Iterable[QAction], where: str) -> Iterator[Seen]:
    for action in actions:
        # A single "&" marks the shortcut letter and is not drawn; "&&" draws one "&".
        text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        if text:
            yield Seen(f"{where} action", text)
        if action.toolTip():
            yield Seen(f"{where} action tooltip", rendered(action.toolTip()))
        menu = action.menu()
        if isinstance(menu, QMenu):
            yield from _actions(menu.actions(), f"{where} menu")


def seen_texts(*roots: QWidget) -> list[Seen]:
    """What a user sees of ``roots`` and every widget under them."""
    found: list[Seen] = []
    for root in roots:
        for widget in [root, *root.findChildren(QWidget)]:
            where = _name(widget)
            if widget.isWindow() and widget.windowTitle():
                found.append(Seen(f"{where} window title", widget.windowTitle()))
            if widget.toolTip():
                found.append(Seen(f"{where} tooltip", rendered(widget.toolTip())))
            if isinstance(widget, QLabel) and widget.text():
                found.append(Seen(where, rendered(widget.text(), widget.textFormat())))
            elif isinstance(widget, QAbstractButton) and widget.text():
                found.append(Seen(where, widget.text()))
            elif isinstance(widget, QComboBox) or (
                isinstance(widget, QAbstractItemView)
                and not isinstance(widget, QHeaderView)
                and widget.model() is not None
            ):
                found.extend(model_texts(widget.model(), where))
            elif isinstance(widget, QTextEdit | QPlainTextEdit) and widget.isReadOnly():
                found.append(Seen(where, widget.toPlainText()))
            if isinstance(widget, QProgressDialog):
                found.append(Seen(f"{where} label", widget.labelText()))
            found.extend(_actions(widget.actions(), where))
    return found


def markup_problems(seen: Iterable[Seen]) -> list[Seen]:
    """Texts in which the hostile markup was obeyed (the heading drawn, the tag gone)."""
    return [s for s in seen if NEEDLE in s.text and LITERAL not in s.text]


def bidi_problems(seen: Iterable[Seen]) -> list[Seen]:
    """Texts that still hold a bidi control instead of showing its marker."""
    return [s for s in seen if any(c in s.text for c in BIDI_CONTROLS)]


def message_box_texts(box: QMessageBox) -> list[Seen]:
    """The texts of a message box as drawn (its labels and detailed text)."""
    return seen_texts(box)


class MessageRecorder:
    """Stands in for QMessageBox's static functions (critical, warning, information,
    question) and for ``exec()`` of boxes built by hand: records what each box would
    show, rendered as Qt would, and answers ``answer`` without showing anything."""

    def __init__(
        self,
        monkeypatch: object,
        answer: QMessageBox.StandardButton = QMessageBox.StandardButton.Cancel,
    ) -> None:
        self.seen: list[Seen] = []
        self.boxes: list[QMessageBox] = []
        self.answer = answer
        for name in ("critical", "warning", "information", "question"):
            monkeypatch.setattr(QMessageBox, name, self._static(name))  # type: ignore[attr-defined]
        recorder = self

        def exec_(box: QMessageBox) -> int:  # a function: binds to the box like exec
            return recorder._exec(box)

        monkeypatch.setattr(QMessageBox, "exec", exec_)  # type: ignore[attr-defined]

    def _static(self, name: str):  # type: ignore[no-untyped-def]
        def show(
            parent: object, title: str, text: str, *args: object, **kwargs: object
        ) -> QMessageBox.StandardButton:
            self.seen.append(Seen(f"QMessageBox.{name} title", title))
            self.seen.append(Seen(f"QMessageBox.{name}", rendered(text)))
            return self.answer

        return show

    def _exec(self, box: QMessageBox) -> int:
        self.boxes.append(box)
        self.seen.extend(seen_texts(box))
        return int(QMessageBox.StandardButton.Cancel.value)

    def texts(self) -> str:
        return "\n".join(s.text for s in self.seen)

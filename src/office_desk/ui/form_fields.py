"""Input widgets for record editors, each with one value, a change signal and a parser.

Every field has ``value()`` (raising :class:`FieldInputError` with a message when the
text cannot be read, e.g. "12,5x" as an amount), ``set_value()`` and ``changed``.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any, NamedTuple

from PySide6.QtCore import QCoreApplication, QDate, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.countries import all_countries
from ..core.money import all_currencies
from .icons import icon


class FieldInputError(ValueError):
    """Text in a field that cannot be read as its type."""


class Field(QObject):
    changed = Signal()

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.widget = widget

    def value(self) -> Any:  # pragma: no cover - overridden
        raise NotImplementedError

    def set_value(self, value: Any) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


class TextField(Field):
    def __init__(self, parent: QWidget, placeholder: str = "") -> None:
        self.edit = QLineEdit(parent)
        self.edit.setPlaceholderText(placeholder)
        super().__init__(self.edit)
        self.edit.textChanged.connect(self.changed)

    def value(self) -> str:
        return self.edit.text().strip()

    def set_value(self, value: Any) -> None:
        self.edit.setText(value or "")


class NotesField(Field):
    def __init__(self, parent: QWidget, placeholder: str = "") -> None:
        self.edit = QPlainTextEdit(parent)
        self.edit.setPlaceholderText(placeholder)
        self.edit.setTabChangesFocus(True)
        self.edit.setMinimumHeight(70)
        self.edit.setMaximumHeight(120)
        super().__init__(self.edit)
        self.edit.textChanged.connect(self.changed)

    def value(self) -> str:
        return self.edit.toPlainText().strip()

    def set_value(self, value: Any) -> None:
        self.edit.setPlainText(value or "")


def compact(combo: QComboBox, characters: int = 14) -> QComboBox:
    """Size a combo box by a few characters, not by its longest item (long organization
    names would otherwise widen the whole form)."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
    return combo


class ChoiceField(Field):
    def __init__(self, parent: QWidget, choices: list[tuple[Any, str]],
                 empty: str | None = None) -> None:
        self.combo = compact(QComboBox(parent))
        if empty is not None:
            self.combo.addItem(empty, None)
        for data, label in choices:
            self.combo.addItem(label, data)
        super().__init__(self.combo)
        self.combo.currentIndexChanged.connect(self.changed)

    def value(self) -> Any:
        return self.combo.currentData()

    def index_of(self, value: Any) -> int:
        """The row holding ``value`` (compared in Python: UUIDs are not Qt values)."""
        for i in range(self.combo.count()):
            if self.combo.itemData(i) == value:
                return i
        return -1

    def set_value(self, value: Any) -> None:
        index = self.index_of(value)
        if index < 0 and value not in (None, ""):
            # A stored value this version does not know: keep it, visibly.
            self.combo.addItem(str(value), value)
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(max(index, 0))


class CountryField(ChoiceField):
    """A searchable country chooser storing the ISO 3166 code."""

    def __init__(self, parent: QWidget, required: bool = False) -> None:
        super().__init__(parent, [(code, f"{name} ({code})") for code, name in all_countries()],
                         empty=None if required else "—")
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = self.combo.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.combo.lineEdit().editingFinished.connect(self._match_typed)

    def _match_typed(self) -> None:
        text = self.combo.currentText().strip().casefold()
        if not text:
            return
        for i in range(self.combo.count()):
            label = self.combo.itemText(i).casefold()
            data = self.combo.itemData(i)
            if label == text or (data and str(data).casefold() == text):
                self.combo.setCurrentIndex(i)
                return

    def value(self) -> str:
        index = self.combo.findText(self.combo.currentText())
        if self.combo.currentText().strip() in ("", "—"):
            return ""
        if index < 0:
            raise FieldInputError(QCoreApplication.translate(
                "CountryField", "“{text}” is not a country in the list").format(
                    text=self.combo.currentText()))
        return str(self.combo.itemData(index) or "")


class DateField(Field):
    """An optional date: a date picker with a calendar, and a clear button for “no date”."""

    def __init__(self, parent: QWidget, optional: bool = True) -> None:
        box = QWidget(parent)
        self.edit = QDateEdit(box)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setMinimumDate(QDate(1900, 1, 1))
        self.optional = optional
        if optional:
            self.edit.setSpecialValueText(QCoreApplication.translate("DateField", "no date"))
        self.clear_button = QToolButton(box)
        self.clear_button.setIcon(icon("mdi6.close-circle-outline"))
        self.clear_button.setToolTip(QCoreApplication.translate("DateField", "No date"))
        self.clear_button.setAutoRaise(True)
        self.clear_button.setVisible(optional)
        self.clear_button.clicked.connect(lambda: self.set_value(None))
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.clear_button)
        layout.addStretch(1)
        super().__init__(box)
        self.edit.dateChanged.connect(self.changed)

    def value(self) -> date | None:
        if self.optional and self.edit.date() == self.edit.minimumDate():
            return None
        return self.edit.date().toPython()  # type: ignore[no-any-return]

    def set_value(self, value: Any) -> None:
        if value is None:
            self.edit.setDate(self.edit.minimumDate() if self.optional else QDate.currentDate())
        else:
            self.edit.setDate(QDate(value.year, value.month, value.day))


def parse_decimal(text: str) -> Decimal:
    """Read an amount as typed: 1234.5, 1,234.50, 1.234,50 (German), 1 234,5, 47964000000."""
    raw = text.strip().replace("\u00a0", "").replace(" ", "").replace("'", "")
    if not raw:
        raise FieldInputError(QCoreApplication.translate("FormFields", "empty"))
    if "," in raw and "." in raw:
        if raw.rfind(",") > raw.rfind("."):
            raw = raw.replace(".", "").replace(",", ".")
        else:
            raw = raw.replace(",", "")
    elif "," in raw:
        head, _, tail = raw.rpartition(",")
        raw = raw.replace(",", "") if len(tail) == 3 and raw.count(",") >= 1 and head else \
            raw.replace(",", ".")
    not_an_amount = QCoreApplication.translate("FormFields", "“{text}” is not an amount")
    try:
        value = Decimal(raw)
    except InvalidOperation:
        raise FieldInputError(not_an_amount.format(text=text)) from None
    if not value.is_finite():
        raise FieldInputError(not_an_amount.format(text=text))
    return value


COMMON_CURRENCIES = ("CNY", "EUR", "USD", "GBP", "CHF", "HUF", "CZK", "PLN", "SEK", "JPY", "HKD")


class MoneyField(Field):
    """An exact amount and its ISO 4217 currency."""

    def __init__(self, parent: QWidget) -> None:
        box = QWidget(parent)
        self.amount = QLineEdit(box)
        self.amount.setPlaceholderText(
            QCoreApplication.translate("MoneyField", "amount, e.g. 12,000,000"))
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.currency = compact(QComboBox(box), 5)
        known = dict(all_currencies())
        for code in COMMON_CURRENCIES:
            self.currency.addItem(code, code)
            self.currency.setItemData(self.currency.count() - 1, known.get(code, ""),
                                      Qt.ItemDataRole.ToolTipRole)
        self.currency.insertSeparator(self.currency.count())
        for code, name in sorted(known.items()):
            if code not in COMMON_CURRENCIES:
                self.currency.addItem(code, code)
                self.currency.setItemData(self.currency.count() - 1, name,
                                          Qt.ItemDataRole.ToolTipRole)
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.amount, 1)
        layout.addWidget(self.currency)
        super().__init__(box)
        self.amount.textChanged.connect(self.changed)
        self.currency.currentIndexChanged.connect(self.changed)

    def value(self) -> tuple[Decimal | None, str | None]:
        if not self.amount.text().strip():
            return None, None
        return parse_decimal(self.amount.text()), self.currency.currentData()

    def set_value(self, value: Any) -> None:
        amount, currency = value if value else (None, None)
        self.amount.setText("" if amount is None else f"{amount:,}")
        if currency:
            index = self.currency.findData(currency)
            if index < 0:  # a retired code stays visible rather than silently replaced
                self.currency.addItem(currency, currency)
                index = self.currency.count() - 1
            self.currency.setCurrentIndex(index)


class NumberField(Field):
    """An optional whole number or a decimal number (coordinates)."""

    def __init__(self, parent: QWidget, placeholder: str = "", integer: bool = False) -> None:
        self.edit = QLineEdit(parent)
        self.edit.setPlaceholderText(placeholder)
        self.integer = integer
        super().__init__(self.edit)
        self.edit.textChanged.connect(self.changed)

    def value(self) -> int | float | None:
        text = self.edit.text().strip().replace(",", ".")
        if not text:
            return None
        try:
            return int(text) if self.integer else float(text)
        except ValueError:
            raise FieldInputError(QCoreApplication.translate(
                "NumberField", "“{text}” is not a number").format(text=self.edit.text())) from None

    def set_value(self, value: Any) -> None:
        self.edit.setText("" if value is None else str(value))



class CheckField(Field):
    def __init__(self, parent: QWidget, text: str) -> None:
        self.box = QCheckBox(text, parent)
        super().__init__(self.box)
        self.box.toggled.connect(self.changed)

    def value(self) -> bool:
        return self.box.isChecked()

    def set_value(self, value: Any) -> None:
        self.box.setChecked(bool(value))


class ListField(Field):
    """Several values of one kind (e-mails, phones): one line each, add and remove.

    ``add_text`` labels the add button ("Add e-mail"), ``remove_tip`` is the tooltip of
    each row's remove button ("Remove this e-mail"): whole phrases, so that they translate.
    """

    def __init__(self, parent: QWidget, add_text: str, remove_tip: str,
                 placeholder: str = "") -> None:
        box = QWidget(parent)
        self.remove_tip = remove_tip
        self.placeholder = placeholder
        self.rows: list[QLineEdit] = []
        self.rows_layout = QVBoxLayout()
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.rows_layout.setSpacing(2)
        self.add_button = QPushButton(icon("mdi6.plus"), add_text, box)
        self.add_button.setFlat(True)
        self.add_button.clicked.connect(lambda: self._add_row("", focus=True))
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(self.rows_layout)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        super().__init__(box)

    def _add_row(self, text: str, focus: bool = False) -> None:
        row = QWidget(self.widget)
        edit = QLineEdit(text, row)
        edit.setPlaceholderText(self.placeholder)
        remove = QToolButton(row)
        remove.setIcon(icon("mdi6.minus-circle-outline"))
        remove.setToolTip(self.remove_tip)
        remove.setAutoRaise(True)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(edit, 1)
        layout.addWidget(remove)
        self.rows_layout.addWidget(row)
        self.rows.append(edit)
        edit.textChanged.connect(self.changed)
        remove.clicked.connect(lambda: self._remove_row(row, edit))
        if focus:
            edit.setFocus()
        self.changed.emit()

    def _remove_row(self, row: QWidget, edit: QLineEdit) -> None:
        self.rows.remove(edit)
        row.deleteLater()
        self.changed.emit()

    def value(self) -> list[str]:
        return [e.text().strip() for e in self.rows if e.text().strip()]

    def set_value(self, value: Any) -> None:
        for edit in list(self.rows):
            self._remove_row(edit.parentWidget(), edit)
        for text in value or []:
            self._add_row(text)
        if not self.rows:
            self._add_row("")


class RecordField(ChoiceField):
    """Pick one record of a kind (an organization, an office), or none; optionally
    create a new one on the spot with the ``create`` callback (which returns its id)."""

    def __init__(self, parent: QWidget, choices: Callable[[], list[tuple[uuid.UUID, str]]],
                 empty: str = "—", create: Callable[[], uuid.UUID | None] | None = None,
                 create_tip: str = "") -> None:
        self._choices = choices
        super().__init__(parent, choices(), empty=empty)
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.combo.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        if create is not None:
            box = QWidget(parent)
            layout = QHBoxLayout(box)
            layout.setContentsMargins(0, 0, 0, 0)
            self.combo.setParent(box)
            layout.addWidget(self.combo, 1)
            button = QToolButton(box)
            button.setIcon(icon("mdi6.plus"))
            button.setToolTip(create_tip)
            button.clicked.connect(lambda: self._create(create))
            layout.addWidget(button)
            self.widget = box
            self.create_button = button

    def _create(self, create: Callable[[], uuid.UUID | None]) -> None:
        new_id = create()
        if new_id is None:
            return
        self.reload()
        self.set_value(new_id)

    def reload(self) -> None:
        current = self.combo.currentData()
        self.combo.blockSignals(True)
        while self.combo.count() > 1:
            self.combo.removeItem(1)
        for data, label in self._choices():
            self.combo.addItem(label, data)
        self.combo.blockSignals(False)
        self.set_value(current)

    def value(self) -> Any:
        text = self.combo.currentText().strip()
        if text in ("", self.combo.itemText(0)):
            return None
        index = self.combo.findText(text)
        if index < 0:
            raise FieldInputError(QCoreApplication.translate(
                "RecordField", "“{text}” is not in the list (use + to create it)").format(
                    text=text))
        return self.combo.itemData(index)


class TagsField(Field):
    """Tags as comma-separated words, completing from the tags already in use."""

    def __init__(self, parent: QWidget, existing: list[str]) -> None:
        self.edit = QLineEdit(parent)
        self.edit.setPlaceholderText(
            QCoreApplication.translate("TagsField", "tags, separated by commas"))
        self.existing = existing
        super().__init__(self.edit)
        self.edit.textChanged.connect(self.changed)
        self.edit.setToolTip(QCoreApplication.translate("TagsField", "Existing tags: {tags}")
                             .format(tags=", ".join(existing)) if existing else "")

    def value(self) -> list[str]:
        return [t.strip() for t in self.edit.text().split(",") if t.strip()]

    def set_value(self, value: Any) -> None:
        self.edit.setText(", ".join(value or []))


class LinkTexts(NamedTuple):
    """What a :class:`LinksField` says, as whole phrases (so that they translate)."""

    find: str  #: the picker's placeholder: "find a person to add…"
    add: str  #: the add button's tooltip: "Add this person"
    remove: str  #: the remove button's tooltip: "Remove the selected person"


class LinksField(Field):
    """Several linked records (a project's people, an event's organizations), each with an
    optional role chosen from ``roles``."""

    def __init__(self, parent: QWidget, texts: LinkTexts,
                 choices: Callable[[], list[tuple[uuid.UUID, str]]],
                 roles: list[tuple[str, str]] | None = None) -> None:
        box = QWidget(parent)
        self.texts = texts
        self.roles = roles
        self._choices = choices
        self.list = QListWidget(box)
        self.list.setMaximumHeight(110)
        self.picker = compact(QComboBox(box))
        self.picker.setEditable(True)
        self.picker.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.picker.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.picker.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.picker.lineEdit().setPlaceholderText(texts.find)
        self.role = compact(QComboBox(box), 10)
        for value, label in roles or []:
            self.role.addItem(label, value)
        self.role.setVisible(bool(roles))
        add = QToolButton(box)
        add.setIcon(icon("mdi6.plus"))
        add.setToolTip(texts.add)
        add.clicked.connect(self._add_picked)
        remove = QToolButton(box)
        remove.setIcon(icon("mdi6.minus"))
        remove.setToolTip(texts.remove)
        remove.clicked.connect(self._remove_selected)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.picker, 1)
        row.addWidget(self.role)
        row.addWidget(add)
        row.addWidget(remove)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(row)
        super().__init__(box)
        self._names: dict[uuid.UUID, str] = {}
        self.reload()
        self.picker.lineEdit().returnPressed.connect(self._add_picked)

    def reload(self) -> None:
        self.picker.clear()
        self._names = {}
        for record_id, name in self._choices():
            self.picker.addItem(name, record_id)
            self._names[record_id] = name
        self.picker.setCurrentIndex(-1)

    def _role_label(self, role: str) -> str:
        return dict(self.roles or []).get(role, role)

    def _append(self, record_id: uuid.UUID, role: str) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(Qt.ItemDataRole.UserRole) == (record_id, role):
                return
        name = self._names.get(record_id, str(record_id))
        text = f"{name} — {self._role_label(role)}" if self.roles else name
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, (record_id, role))
        self.list.addItem(item)
        self.changed.emit()

    def _add_picked(self) -> None:
        index = self.picker.findText(self.picker.currentText())
        if index < 0:
            return
        role = self.role.currentData() if self.roles else ""
        self._append(self.picker.itemData(index), role or "")
        self.picker.setCurrentIndex(-1)
        self.picker.clearEditText()

    def _remove_selected(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))
        self.changed.emit()

    def value(self) -> list[tuple[uuid.UUID, str]]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]

    def set_value(self, value: Any) -> None:
        self.list.clear()
        for record_id, role in value or []:
            self._append(record_id, role)

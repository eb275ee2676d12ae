"""Input widgets for record editors, each with one value, a change signal and a parser.

Every field has ``value()`` (raising :class:`FieldInputError` with a message when the
text cannot be read, e.g. "12,5x" as an amount), ``set_value()`` and ``changed``.
Numbers, amounts and dates are in :mod:`typed_fields`, the base classes in
:mod:`field_base`; both are imported from here too. Which field a form row gets is
decided in :mod:`office_desk.ui.kinds`, from the field's value type.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import Any, NamedTuple

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
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
from .field_base import ChoiceField, Field, FieldInputError, compact
from .icons import icon
from .picker_search import PickerSearch
from .plain_text import literal, shown
from .typed_fields import DateField, MoneyField, NumberField

__all__ = [
    "CheckField",
    "ChoiceField",
    "CoordinatesField",
    "CountryField",
    "DateField",
    "Field",
    "FieldInputError",
    "LanguagesField",
    "LinkTexts",
    "LinksField",
    "ListField",
    "MoneyField",
    "NotesField",
    "NumberField",
    "RecordField",
    "TagsField",
    "TextField",
    "WebsiteField",
    "compact",
]


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


class WebsiteField(TextField):
    """A website, read as the full web address it is kept as (``www.leipzig.de`` →
    ``https://www.leipzig.de``, see :mod:`office_desk.core.form_values`); when the
    user leaves the field, it shows that form. Text that is no web address stays as
    typed, for validation to refuse."""

    def __init__(self, parent: QWidget, placeholder: str = "") -> None:
        super().__init__(parent, placeholder)
        self.edit.editingFinished.connect(self._show_stored_form)

    def value(self) -> str:
        from ..core.form_values import normalized_website

        return normalized_website(super().value())

    def _show_stored_form(self) -> None:
        stored = self.value()
        if stored and stored != self.edit.text():
            self.edit.setText(stored)


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


class CountryField(ChoiceField):
    """A searchable country chooser storing the ISO 3166 code."""

    def __init__(self, parent: QWidget, required: bool = False) -> None:
        super().__init__(
            parent,
            [(code, f"{name} ({code})") for code, name in all_countries()],
            empty=None if required else "—",
        )
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
            raise FieldInputError(
                QCoreApplication.translate(
                    "CountryField", "“{text}” is not a country in the list"
                ).format(text=self.combo.currentText())
            )
        return str(self.combo.itemData(index) or "")


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

    def __init__(
        self, parent: QWidget, add_text: str, remove_tip: str, placeholder: str = ""
    ) -> None:
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


class LanguagesField(ListField):
    """Languages, several on one line if the user types them so ("zh, de, en"): each
    is its own entry of the contact's list (see
    :func:`office_desk.core.form_values.split_languages`)."""

    def value(self) -> list[str]:
        from ..core.form_values import split_languages

        return split_languages(super().value())


class CoordinatesField(Field):
    """Latitude and longitude side by side; both empty means "not placed". Its two
    buttons (look the city up, place it on the map) are wired by the editor."""

    def __init__(self, parent: QWidget) -> None:
        box = QWidget(parent)
        self.lat = NumberField(
            box, QCoreApplication.translate("CoordinatesField", "latitude, e.g. 51.0504")
        )
        self.lon = NumberField(
            box, QCoreApplication.translate("CoordinatesField", "longitude, e.g. 13.7373")
        )
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.lat.widget)
        layout.addWidget(self.lon.widget)
        self.lookup_button = QToolButton(box)
        self.lookup_button.setIcon(icon("mdi6.map-search"))
        self.lookup_button.setToolTip(
            QCoreApplication.translate(
                "CoordinatesField",
                "Look the city up in the built-in list of places (works offline)",
            )
        )
        layout.addWidget(self.lookup_button)
        self.pick_button = QToolButton(box)
        self.pick_button.setIcon(icon("mdi6.map-marker-plus"))
        self.pick_button.setToolTip(
            QCoreApplication.translate("CoordinatesField", "Place it by clicking the map")
        )
        layout.addWidget(self.pick_button)
        super().__init__(box)
        self.lat.changed.connect(self.changed)
        self.lon.changed.connect(self.changed)

    def value(self) -> tuple[float | None, float | None]:
        return self.lat.value(), self.lon.value()  # type: ignore[return-value]

    def set_value(self, value: Any) -> None:
        lat, lon = value or (None, None)
        self.lat.set_value(lat)
        self.lon.set_value(lon)


def _choice_label(choice: tuple[uuid.UUID, str]) -> str:
    """What a picker shows for a choice: its name, and what tells it apart from namesakes
    (:class:`office_desk.core.services.relations.Choice`); a plain (id, name) pair shows
    the name."""
    return str(getattr(choice, "label", choice[1]))


def _fill(combo: QComboBox, choices: Sequence[tuple[uuid.UUID, str]]) -> list[str]:
    """Add ``choices`` to ``combo``, each shown with what tells it apart; their names."""
    for choice in choices:
        combo.addItem(shown(_choice_label(choice)), choice[0])
        detail = getattr(choice, "detail", "")
        if detail:
            combo.setItemData(
                combo.count() - 1, literal(_choice_label(choice)), Qt.ItemDataRole.ToolTipRole
            )
    return [choice[1] for choice in choices]


class RecordField(ChoiceField):
    """Pick one record of a kind (an organization, an office), or none; optionally
    create a new one on the spot with the ``create`` callback (which returns its id).

    Each record is shown with what tells it apart from namesakes; typing finds it by
    name in any script or spelling (see :mod:`picker_search`)."""

    def __init__(
        self,
        parent: QWidget,
        choices: Callable[[], Sequence[tuple[uuid.UUID, str]]],
        empty: str = "—",
        create: Callable[[], uuid.UUID | None] | None = None,
        create_tip: str = "",
    ) -> None:
        self._choices = choices
        super().__init__(parent, [], empty=empty)
        names = _fill(self.combo, choices())
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.search = PickerSearch(self.combo, self._choose, first_row=1, choose_on_tab=True)
        self.search.refresh_keys(names)
        self.combo.currentIndexChanged.connect(self._show_tip)
        self.combo.lineEdit().editingFinished.connect(self._match_typed)
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

    def _choose(self, row: int) -> None:
        self.combo.setCurrentIndex(row)
        self._show_tip()

    def _show_tip(self) -> None:
        """A long label shows from its start (the name), all of it in the tooltip."""
        self.combo.lineEdit().setCursorPosition(0)
        self.combo.setToolTip(
            literal(self.combo.currentText()) if self.combo.currentIndex() > 0 else ""
        )

    def _match_typed(self) -> None:
        """Leaving the box: a name typed in full (and without namesakes) shows as its
        record's line; anything else typed is judged now (see :meth:`value`)."""
        exact = self.search.exact_rows(self.combo.currentText())
        if len(exact) == 1 and exact[0] != self.combo.currentIndex():
            self._choose(exact[0])
        else:
            self.changed.emit()

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
        self.search.refresh_keys(_fill(self.combo, self._choices()))
        self.combo.blockSignals(False)
        self.set_value(current)

    def value(self) -> Any:
        text = self.combo.currentText().strip()
        if text in ("", self.combo.itemText(0)):
            return None
        index = self.combo.currentIndex()
        if index > 0 and self.combo.itemText(index).strip() == text:
            return self.combo.itemData(index)
        exact = self.search.exact_rows(text)
        if len(exact) > 1:
            raise FieldInputError(
                QCoreApplication.translate(
                    "RecordField", "There are several “{text}”: choose one from the list"
                ).format(text=text)
            )
        if not exact:
            raise FieldInputError(
                QCoreApplication.translate(
                    "RecordField", "“{text}” is not in the list (use + to create it)"
                ).format(text=text)
            )
        return self.combo.itemData(exact[0])


class TagsField(Field):
    """Tags as comma-separated words, completing from the tags already in use."""

    def __init__(self, parent: QWidget, existing: list[str]) -> None:
        self.edit = QLineEdit(parent)
        self.edit.setPlaceholderText(
            QCoreApplication.translate("TagsField", "tags, separated by commas")
        )
        self.existing = existing
        super().__init__(self.edit)
        self.edit.textChanged.connect(self.changed)
        self.edit.setToolTip(
            literal(
                QCoreApplication.translate("TagsField", "Existing tags: {tags}").format(
                    tags=", ".join(existing)
                )
            )
            if existing
            else ""
        )

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
    optional role chosen from ``roles``.

    The finder box suggests records as the user types (by name in any script or spelling,
    each shown with what tells namesakes apart); Return or + adds the chosen one and
    empties the box. An empty box, or text that fits several records and none chosen,
    adds nothing."""

    def __init__(
        self,
        parent: QWidget,
        texts: LinkTexts,
        choices: Callable[[], Sequence[tuple[uuid.UUID, str]]],
        roles: list[tuple[str, str]] | None = None,
    ) -> None:
        box = QWidget(parent)
        self.texts = texts
        self.roles = roles
        self._choices = choices
        self.list = QListWidget(box)
        self.list.setMaximumHeight(120)
        # One line per link: its name, then what tells it apart from namesakes, cut
        # short with "…" rather than scrolled sideways (its tooltip has it all).
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setUniformItemSizes(True)
        self.picker = compact(QComboBox(box))
        self.picker.setEditable(True)
        self.picker.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.picker.lineEdit().setPlaceholderText(texts.find)
        self.search = PickerSearch(self.picker, self._add_row, return_without_popup=True)
        self.role = compact(QComboBox(box), 10)
        for value, label in roles or []:
            self.role.addItem(label, value)
        self.role.setVisible(bool(roles))
        self.add_button = QToolButton(box)
        self.add_button.setIcon(icon("mdi6.plus"))
        self.add_button.setToolTip(texts.add)
        self.add_button.clicked.connect(self._add_picked)
        remove = QToolButton(box)
        remove.setIcon(icon("mdi6.minus"))
        remove.setToolTip(texts.remove)
        remove.clicked.connect(self._remove_selected)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.picker, 1)
        row.addWidget(self.role)
        row.addWidget(self.add_button)
        row.addWidget(remove)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(row)
        super().__init__(box)
        self._names: dict[uuid.UUID, str] = {}
        self.reload()

    def reload(self) -> None:
        self.picker.clear()
        self._names = {}
        choices = self._choices()
        names = _fill(self.picker, choices)
        for choice in choices:
            self._names[choice[0]] = _choice_label(choice)
        self.search.refresh_keys(names)
        self._clear_picker()

    def _clear_picker(self) -> None:
        self.picker.setCurrentIndex(-1)
        self.picker.clearEditText()

    def _role_label(self, role: str) -> str:
        return dict(self.roles or []).get(role, role)

    def _append(self, record_id: uuid.UUID, role: str) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(Qt.ItemDataRole.UserRole) == (record_id, role):
                return
        name = self._names.get(record_id, str(record_id))
        text = (
            QCoreApplication.translate("LinksField", "{role}: {name}").format(
                role=self._role_label(role), name=name
            )
            if self.roles
            else name
        )
        item = QListWidgetItem(shown(text))
        item.setToolTip(literal(text))
        item.setData(Qt.ItemDataRole.UserRole, (record_id, role))
        self.list.addItem(item)
        self.changed.emit()

    def _add_row(self, row: int) -> None:
        """Add the record in the finder's ``row``, then empty the finder for the next."""
        role = self.role.currentData() if self.roles else ""
        self._append(self.picker.itemData(row), role or "")
        self._clear_picker()

    def _add_picked(self) -> None:
        """The + button: like Return in the finder box."""
        self.search.press_return()

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

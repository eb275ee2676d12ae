"""What every input field of a record editor is: one value, a change signal, a parser.

Every field has ``value()`` (raising :class:`FieldInputError` with a message when the
text cannot be read, e.g. "12,5x" as an amount), ``set_value()`` and ``changed``. The
fields themselves are in :mod:`form_fields` (and :mod:`typed_fields` for numbers and
dates).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from .plain_text import shown


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


def compact(combo: QComboBox, characters: int = 14) -> QComboBox:
    """Size a combo box by a few characters, not by its longest item (long organization
    names would otherwise widen the whole form)."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
    return combo


class ChoiceField(Field):
    def __init__(
        self, parent: QWidget, choices: list[tuple[Any, str]], empty: str | None = None
    ) -> None:
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
            self.combo.addItem(shown(value), value)
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(max(index, 0))

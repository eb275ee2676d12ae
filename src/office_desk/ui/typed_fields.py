"""Fields for what people type as numbers and dates, in their own language's way.

German users type "250.000" for 250000 and "01.02.2026" for 1 February; English users
"250,000" and "2/1/2026"; Chinese users "250,000" and "2026/2/1". The reading itself is
in :mod:`office_desk.core.typed_input` (Babel, strict); these widgets follow Qt's
default locale (set at start-up to the chosen language), show back how the text was
read ("= 250.000,00 EUR", "Sonntag, 1. Februar 2026") so that a slip is seen before
saving, and refuse what cannot be read or is ambiguous with a message.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QPoint, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

from ..core.money import all_currencies
from ..core.typed_input import (
    EXAMPLE_DATE,
    FIRST_YEAR,
    LAST_YEAR,
    TypedInputError,
    decimal_mark,
    format_amount,
    format_coordinate,
    format_long_date,
    format_typed_date,
    format_typed_number,
    group_mark,
    number_example,
    parse_coordinate,
    parse_date,
    parse_number,
)
from .field_base import Field, FieldInputError, compact
from .icons import icon


def typing_locale() -> str:
    """The locale people type numbers and dates in: Qt's default locale, which start-up
    sets to the chosen language ("de_DE", "en_US", "zh_CN"); Qt's "C" counts as English."""
    locale = QLocale()
    return "en_US" if locale.language() == QLocale.Language.C else locale.name()


def echo_label(parent: QWidget) -> QLabel:
    """A small grey label showing how typed text was read ("= 250.000,00 EUR")."""
    label = QLabel(parent)
    label.setObjectName("typed_value")
    label.setTextFormat(Qt.TextFormat.PlainText)
    palette = label.palette()
    palette.setColor(
        QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText)
    )
    label.setPalette(palette)
    label.hide()
    return label


def _show_echo(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


class _CalendarPopup(QCalendarWidget):
    """The calendar under a date field: a click or Return picks, Escape closes."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowFlags(Qt.WindowType.Popup)
        self.setGridVisible(True)
        self.setMinimumDate(QDate(FIRST_YEAR, 1, 1))
        self.setMaximumDate(QDate(LAST_YEAR, 12, 31))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)


class DateField(Field):
    """A date typed in the user's short form ("01.02.2026", "2/1/2026", "2026/2/1") or as
    ISO ("2026-02-01"), or picked from a calendar (Alt+Down) that opens at the date shown,
    or today; an optional date can be left empty or cleared. What was read is shown
    beside it with its weekday; an impossible date is refused with a message."""

    def __init__(self, parent: QWidget, optional: bool = True) -> None:
        box = QWidget(parent)
        self.optional = optional
        self.locale = typing_locale()
        self.edit = QLineEdit(box)
        example = format_typed_date(EXAMPLE_DATE, self.locale)
        if optional:
            placeholder = QCoreApplication.translate("DateField", "no date, or e.g. {example}")
        else:
            placeholder = QCoreApplication.translate("DateField", "e.g. {example}")
        self.edit.setPlaceholderText(placeholder.format(example=example))
        self.edit.setMinimumWidth(
            self.edit.fontMetrics().horizontalAdvance(self.edit.placeholderText()) + 40
        )
        self.calendar_action = self.edit.addAction(
            icon("mdi6.calendar-month-outline"), QLineEdit.ActionPosition.TrailingPosition
        )
        self.calendar_action.setToolTip(
            QCoreApplication.translate("DateField", "Choose from a calendar (Alt+Down)")
        )
        self.calendar_action.triggered.connect(self.open_calendar)
        opener = QShortcut(QKeySequence("Alt+Down"), self.edit)
        opener.setContext(Qt.ShortcutContext.WidgetShortcut)
        opener.activated.connect(self.open_calendar)
        self.calendar: _CalendarPopup | None = None
        self.clear_button = QToolButton(box)
        self.clear_button.setIcon(icon("mdi6.close-circle-outline"))
        self.clear_button.setToolTip(QCoreApplication.translate("DateField", "No date"))
        self.clear_button.setAutoRaise(True)
        self.clear_button.setVisible(optional)
        self.clear_button.clicked.connect(lambda: self.set_value(None))
        self.echo = echo_label(box)
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.clear_button)
        layout.addWidget(self.echo)
        layout.addStretch(1)
        super().__init__(box)
        self.edit.textChanged.connect(self._typed)
        self.edit.editingFinished.connect(self._tidy)

    def _read(self) -> date | None:
        text = self.edit.text().strip()
        if not text:
            if self.optional:
                return None
            raise FieldInputError(
                QCoreApplication.translate("DateField", "a date is needed, e.g. {example}").format(
                    example=format_typed_date(EXAMPLE_DATE, self.locale)
                )
            )
        try:
            return parse_date(text, self.locale)
        except TypedInputError as exc:
            raise FieldInputError(str(exc)) from None

    def _typed(self) -> None:
        try:
            day = self._read()
        except FieldInputError:
            day = None
        _show_echo(self.echo, format_long_date(day, self.locale) if day else "")
        self.changed.emit()

    def _tidy(self) -> None:
        """Once typing is done, show the date the way this language writes it."""
        try:
            day = self._read()
        except FieldInputError:
            return  # keep the text as typed, with its message
        if day is not None and self.edit.text() != format_typed_date(day, self.locale):
            self.set_value(day)

    def value(self) -> date | None:
        return self._read()

    def set_value(self, value: Any) -> None:
        self.edit.setText("" if value is None else format_typed_date(value, self.locale))

    def open_calendar(self) -> QCalendarWidget:
        """Show the calendar at the date in the field, or at today when it has none."""
        if self.calendar is None:
            self.calendar = _CalendarPopup(self.widget)
            self.calendar.clicked.connect(self._picked)
            self.calendar.activated.connect(self._picked)
        try:
            day = self._read()
        except FieldInputError:
            day = None
        shown = QDate(day.year, day.month, day.day) if day else QDate.currentDate()
        self.calendar.setSelectedDate(shown)
        self.calendar.setCurrentPage(shown.year(), shown.month())
        self.calendar.adjustSize()
        self.calendar.move(self.edit.mapToGlobal(QPoint(0, self.edit.height())))
        self.calendar.show()
        self.calendar.setFocus()
        return self.calendar

    def _picked(self, day: QDate) -> None:
        if self.calendar is not None:
            self.calendar.close()
        self.set_value(date(day.year(), day.month(), day.day()))
        self.edit.setFocus()


COMMON_CURRENCIES = ("CNY", "EUR", "USD", "GBP", "CHF", "HUF", "CZK", "PLN", "SEK", "JPY", "HKD")


class MoneyField(Field):
    """An exact amount and its ISO 4217 currency."""

    def __init__(self, parent: QWidget) -> None:
        box = QWidget(parent)
        self.locale = typing_locale()
        self.amount = QLineEdit(box)
        self.amount.setPlaceholderText(
            QCoreApplication.translate("MoneyField", "amount, e.g. {example}").format(
                example=number_example(self.locale, 12_000_000)
            )
        )
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.amount.setToolTip(
            QCoreApplication.translate(
                "MoneyField",
                "Type the amount with {group} between thousands and {mark} before "
                "decimals, as in {example}",
            ).format(
                group=group_mark(self.locale),
                mark=decimal_mark(self.locale),
                example=number_example(self.locale, Decimal("2500000.5"), 2),
            )
        )
        self.currency = compact(QComboBox(box), 5)
        known = dict(all_currencies())
        for code in COMMON_CURRENCIES:
            self.currency.addItem(code, code)
            self.currency.setItemData(
                self.currency.count() - 1, known.get(code, ""), Qt.ItemDataRole.ToolTipRole
            )
        self.currency.insertSeparator(self.currency.count())
        for code, name in sorted(known.items()):
            if code not in COMMON_CURRENCIES:
                self.currency.addItem(code, code)
                self.currency.setItemData(
                    self.currency.count() - 1, name, Qt.ItemDataRole.ToolTipRole
                )
        self.echo = echo_label(box)
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.amount, 1)
        layout.addWidget(self.currency)
        layout.addWidget(self.echo, 1)
        super().__init__(box)
        self.amount.textChanged.connect(self._typed)
        self.currency.currentIndexChanged.connect(self._typed)

    def _typed(self) -> None:
        try:
            amount, currency = self.value()
        except FieldInputError:
            amount, currency = None, None
        _show_echo(
            self.echo,
            ""
            if amount is None
            else QCoreApplication.translate("MoneyField", "= {amount}").format(
                amount=format_amount(amount, currency, self.locale)
            ),
        )
        self.changed.emit()

    def value(self) -> tuple[Decimal | None, str | None]:
        if not self.amount.text().strip():
            return None, None
        try:
            amount = parse_number(self.amount.text(), self.locale, amount=True)
        except TypedInputError as exc:
            raise FieldInputError(str(exc)) from None
        return amount, self.currency.currentData()

    def set_value(self, value: Any) -> None:
        amount, currency = value if value else (None, None)
        self.amount.setText(
            "" if amount is None else format_typed_number(amount, self.locale, min_decimals=2)
        )
        if currency:
            index = self.currency.findData(currency)
            if index < 0:  # a retired code stays visible rather than silently replaced
                self.currency.addItem(currency, currency)
                index = self.currency.count() - 1
            self.currency.setCurrentIndex(index)


class NumberField(Field):
    """An optional whole number (jobs) or decimal degrees (a coordinate).

    Whole numbers are typed as the user's language writes them ("1.200" in German,
    "1,200" in English), ambiguous ones refused, and one typed with separators is shown
    back as read ("= 1.200"). A coordinate takes the language's decimal mark or a point
    (as maps write it), never thousands separators."""

    def __init__(self, parent: QWidget, placeholder: str = "", integer: bool = False) -> None:
        self.locale = typing_locale()
        self.integer = integer
        self.edit = QLineEdit(parent)
        self.edit.setPlaceholderText(placeholder)
        self.echo: QLabel | None = None
        widget: QWidget = self.edit
        if integer:
            widget = QWidget(parent)
            self.edit.setParent(widget)
            self.echo = echo_label(widget)
            layout = QHBoxLayout(widget)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(self.edit, 1)
            layout.addWidget(self.echo, 1)
        super().__init__(widget)
        self.edit.textChanged.connect(self._typed)

    def _typed(self) -> None:
        if self.echo is not None:
            try:
                number = self.value()
            except FieldInputError:
                number = None
            separated = any(not c.isdigit() for c in self.edit.text().strip().lstrip("+-"))
            _show_echo(
                self.echo,
                QCoreApplication.translate("NumberField", "= {number}").format(
                    number=number_example(self.locale, number)
                )
                if number is not None and separated
                else "",
            )
        self.changed.emit()

    def value(self) -> int | float | None:
        text = self.edit.text().strip()
        if not text:
            return None
        try:
            if self.integer:
                return int(parse_number(text, self.locale, whole=True))
            return parse_coordinate(text, self.locale)
        except TypedInputError as exc:
            raise FieldInputError(str(exc)) from None

    def set_value(self, value: Any) -> None:
        if value is None:
            self.edit.setText("")
        elif self.integer:
            self.edit.setText(format_typed_number(int(value), self.locale))
        else:
            self.edit.setText(format_coordinate(float(value), self.locale))

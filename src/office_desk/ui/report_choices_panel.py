"""The Reports view's choices: what to report on, the period, the sections, the
currency and the paper, and the :class:`~office_desk.core.reports.ReportRequest` they
describe.

The panel shows four boxes one under the other: "Report on" (an office or the whole
network), "Period" (this year, last year, all time or chosen dates), "Sections" (the
report's parts; contact details only when ticked, never by default) and "Figures and
paper". Making, saving and printing the report are the view's
(:class:`office_desk.ui.reports_view.ReportsView`).

Its texts are translated in the "ReportsView" context, named explicitly: ``self.tr``
here would look them up under this class, where no translation is filed.
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt
from PySide6.QtGui import QPageSize
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)
from sqlmodel import select

from ..core.i18n import translate
from ..core.locale_format import sort_key
from ..core.models import Office
from ..core.reports import NETWORK_SECTIONS, OFFICE_SECTIONS, ReportRequest
from ..core.services.exchange_rates import rate_currencies
from ..core.store.database import Store
from ..render.report_pdf import paper_for_locale
from . import plain_text, settings

PERIODS = ("this_year", "last_year", "all_time", "custom")
PERIOD_LABELS = {
    "this_year": QT_TRANSLATE_NOOP("ReportsView", "This year"),
    "last_year": QT_TRANSLATE_NOOP("ReportsView", "Last year"),
    "all_time": QT_TRANSLATE_NOOP("ReportsView", "All time"),
    "custom": QT_TRANSLATE_NOOP("ReportsView", "Chosen dates"),
}
#: Sections ticked unless the user untick them (contact details never are).
PERSONAL_SECTIONS = {"contacts"}
#: The office name as stored, beside the name shown in the office list (file names)
OFFICE_NAME_ROLE = Qt.ItemDataRole.UserRole + 1


def _items(sections: Any) -> list[tuple[str, str]]:
    """(key, label) pairs from the core's section declaration (a dict or pairs)."""
    if isinstance(sections, dict):
        return [(str(k), str(v)) for k, v in sections.items()]
    return [(str(k), str(v)) for k, v in sections]


def period_label(period: str) -> str:
    """The period choice as the user reads it, in the chosen language."""
    return QCoreApplication.translate("ReportsView", PERIOD_LABELS[period])


def period_dates(
    period: str, today: date, start: date, end: date
) -> tuple[date | None, date | None]:
    """The first and last day of a period choice (None for an open end)."""
    if period == "this_year":
        return date(today.year, 1, 1), date(today.year, 12, 31)
    if period == "last_year":
        return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
    if period == "all_time":
        return None, None
    return start, end


class ReportChoicesPanel(QWidget):
    """The boxes of choices on the left of the Reports view."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # --- what to report on
        self.office_radio = QRadioButton(QCoreApplication.translate("ReportsView", "&Office"))
        self.network_radio = QRadioButton(
            QCoreApplication.translate("ReportsView", "The whole &network")
        )
        self.scope_group = QButtonGroup(self)
        self.scope_group.addButton(self.office_radio)
        self.scope_group.addButton(self.network_radio)
        self.office_radio.setChecked(True)
        self.office_combo = QComboBox()
        self.office_combo.setAccessibleName(QCoreApplication.translate("ReportsView", "Office"))
        self.office_combo.setMinimumContentsLength(18)
        self.office_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )

        self.period_combo = QComboBox()
        self.period_combo.setAccessibleName(QCoreApplication.translate("ReportsView", "Period"))
        for key in PERIODS:
            self.period_combo.addItem(period_label(key), key)
        self.period_combo.setCurrentIndex(PERIODS.index("last_year"))
        today = QDate.currentDate()
        self.from_edit = QDateEdit(QDate(today.year() - 1, 1, 1))
        self.to_edit = QDateEdit(QDate(today.year() - 1, 12, 31))
        for edit, name in (
            (self.from_edit, QCoreApplication.translate("ReportsView", "From")),
            (self.to_edit, QCoreApplication.translate("ReportsView", "To")),
        ):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setAccessibleName(name)

        self.currency_combo = QComboBox()
        self.currency_combo.setAccessibleName(
            QCoreApplication.translate("ReportsView", "Reporting currency")
        )
        self.currency_combo.setToolTip(
            QCoreApplication.translate(
                "ReportsView",
                "Totals are converted to this currency at the rate stored for each project's "
                "signing date; amounts without a rate are listed apart, never dropped.",
            )
        )
        self.paper_combo = QComboBox()
        self.paper_combo.setAccessibleName(QCoreApplication.translate("ReportsView", "Paper size"))
        self.paper_combo.addItem("A4", QPageSize.PageSizeId.A4)
        self.paper_combo.addItem(
            QCoreApplication.translate("ReportsView", "US Letter"), QPageSize.PageSizeId.Letter
        )
        self.paper_combo.setCurrentIndex(  # the user's region, not the app's language
            self.paper_combo.findData(paper_for_locale())
        )

        scope_box = QGroupBox(QCoreApplication.translate("ReportsView", "Report on"))
        scope_layout = QFormLayout(scope_box)
        scope_layout.addRow(self.office_radio, self.office_combo)
        scope_layout.addRow(self.network_radio)
        period_box = QGroupBox(QCoreApplication.translate("ReportsView", "Period"))
        period_layout = QFormLayout(period_box)
        period_layout.addRow(
            QCoreApplication.translate("ReportsView", "&Period:"), self.period_combo
        )
        period_layout.addRow(QCoreApplication.translate("ReportsView", "&From:"), self.from_edit)
        period_layout.addRow(QCoreApplication.translate("ReportsView", "&To:"), self.to_edit)

        self.sections_box = QGroupBox(QCoreApplication.translate("ReportsView", "Sections"))
        self.sections_layout = QVBoxLayout(self.sections_box)
        self.section_checks: dict[str, QCheckBox] = {}
        self.contacts_check = QCheckBox(
            QCoreApplication.translate("ReportsView", "Include contact &details (personal data)")
        )
        self.contacts_check.setToolTip(
            QCoreApplication.translate(
                "ReportsView",
                "Names, e-mail addresses and phone numbers of people. Left out unless you "
                "tick this: a report often travels further than its author expects.",
            )
        )
        options_box = QGroupBox(QCoreApplication.translate("ReportsView", "Figures and paper"))
        options_layout = QFormLayout(options_box)
        options_layout.addRow(
            QCoreApplication.translate("ReportsView", "&Currency:"), self.currency_combo
        )
        options_layout.addRow(
            QCoreApplication.translate("ReportsView", "P&aper:"), self.paper_combo
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)  # the boxes sit in the view's form as before
        for box in (scope_box, period_box, self.sections_box, options_box):
            layout.addWidget(box)

    def fill_offices(self, store: Store) -> None:
        """The offices of ``store`` by name, keeping the one chosen if it is still there."""
        current = self.office_combo.currentData()
        with store.session() as session:
            offices = sorted(session.exec(select(Office)).all(), key=lambda o: sort_key(o.name))
        self.office_combo.blockSignals(True)
        self.office_combo.clear()
        for office in offices:
            self.office_combo.addItem(plain_text.shown(office.name), office.id)
            self.office_combo.setItemData(
                self.office_combo.count() - 1, office.name, OFFICE_NAME_ROLE
            )
        index = next(
            (
                i
                for i in range(self.office_combo.count())
                if self.office_combo.itemData(i) == current
            ),
            0,
        )
        self.office_combo.setCurrentIndex(index)
        self.office_combo.blockSignals(False)

    def fill_currencies(self, store: Store) -> None:
        """The currencies ``store`` has rates for (and CNY, EUR, USD), the last one
        chosen selected."""
        wanted = settings.get(settings.REPORTING_CURRENCY)
        codes = sorted(set(rate_currencies(store)) | {"CNY", "EUR", "USD"} | {wanted})
        self.currency_combo.blockSignals(True)
        self.currency_combo.clear()
        self.currency_combo.addItems(codes)
        self.currency_combo.setCurrentText(wanted)
        self.currency_combo.blockSignals(False)

    def fill_sections(self) -> None:
        """A box per section of an office's or the network's report, as scoped now;
        ticked ones stay ticked (all of them the first time)."""
        ticked = {key for key, box in self.section_checks.items() if box.isChecked()}
        first = not self.section_checks
        while self.sections_layout.count():
            item = self.sections_layout.takeAt(0)
            if item.widget() is not None and item.widget() is not self.contacts_check:
                item.widget().deleteLater()
        self.section_checks.clear()
        office = self.office_radio.isChecked()
        for key, label in _items(OFFICE_SECTIONS if office else NETWORK_SECTIONS):
            if key in PERSONAL_SECTIONS:
                continue
            box = QCheckBox(translate("ReportSections", label))
            box.setObjectName(f"section_{key}")
            box.setChecked(first or key in ticked or not ticked)
            self.sections_layout.addWidget(box)
            self.section_checks[key] = box
        self.sections_layout.addWidget(self.contacts_check)
        self.contacts_check.setVisible(office)

    def currency(self) -> str:
        return self.currency_combo.currentText() or "CNY"

    def paper(self) -> QPageSize.PageSizeId:
        return QPageSize.PageSizeId(self.paper_combo.currentData())

    def office_index(self, office_id: uuid.UUID) -> int:
        """The row of ``office_id`` in the office list, -1 if it is not there.
        (``QComboBox.findData`` does not find a Python object such as a UUID.)"""
        return next(
            (
                i
                for i in range(self.office_combo.count())
                if self.office_combo.itemData(i) == office_id
            ),
            -1,
        )

    def set_office(self, office_id: uuid.UUID) -> bool:
        """Report on ``office_id``; False (nothing changed) if there is no such office."""
        index = self.office_index(office_id)
        if index < 0:
            return False
        self.office_radio.setChecked(True)
        self.office_combo.setCurrentIndex(index)
        return True

    def request(self, today: date | None = None) -> ReportRequest:
        """The report the current choices describe (ValueError, to show as it is, when
        they describe none)."""
        today = today or date.today()
        start, end = period_dates(
            str(self.period_combo.currentData()),
            today,
            self.from_edit.date().toPython(),
            self.to_edit.date().toPython(),
        )
        if start and end and end < start:
            raise ValueError(
                QCoreApplication.translate(
                    "ReportsView", "The period ends before it starts; check the two dates."
                )
            )
        office_id = self.office_combo.currentData() if self.office_radio.isChecked() else None
        sections = {key for key, box in self.section_checks.items() if box.isChecked()}
        include_contacts = office_id is not None and self.contacts_check.isChecked()
        if include_contacts:
            sections.add("contacts")
        if not sections:
            raise ValueError(
                QCoreApplication.translate("ReportsView", "Tick at least one section.")
            )
        return ReportRequest(
            office_id=office_id,
            start=start,
            end=end,
            sections=frozenset(sections),
            include_contacts=include_contacts,
            currency=self.currency(),
        )

"""The content of a report as plain data: what every format (PDF, HTML, XLSX, CSV) shows.

Built by :func:`~office_desk.core.reports.office_report.build_office_report` and
:func:`~office_desk.core.reports.network_report.build_network_report`; no Qt, no
session held. Amounts stay exact ``Decimal`` (only chart values are floats).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Generic, TypeVar

from ..services.project_totals import Amounts

T = TypeVar("T")


@dataclass(frozen=True)
class CountFigure:
    """How many records of one stage (or one event kind)."""

    key: str
    label: str
    count: int


@dataclass(frozen=True)
class RateUsed:
    """A stored exchange rate that went into a total: 1 ``base`` = ``rate`` ``quote``."""

    base: str
    quote: str
    on: date
    rate: Decimal
    source: str
    amounts: int  # how many amounts were converted with it


@dataclass(frozen=True)
class Investment:
    """Money of projects at stage signed, in progress or completed, signed in the period.

    ``amounts`` has the sum per original currency, the total in the reporting currency
    (each amount at its signing-date rate) and, apart, what no rate could convert.
    ``undated`` counts projects at those stages with an amount but no signing date:
    they cannot be placed in a period and are left out of the money (and said so).
    """

    project_count: int
    without_amount: int
    undated: int
    amounts: Amounts


@dataclass(frozen=True)
class KeyFigures:
    projects_by_stage: list[CountFigure]  # every standard stage, pipeline order
    project_count: int
    investment: Investment
    new_organizations: int
    new_contacts: int
    events_by_kind: list[CountFigure]  # kinds with at least one event
    events_held: int  # started in the period, on or before the report day
    events_planned: int  # in the period, after the report day


@dataclass(frozen=True)
class OfficeDetails:
    id: uuid.UUID
    name: str
    name_native: str
    city: str
    country: str  # ISO code
    country_name: str
    address: str
    established_on: date | None
    status: str  # label
    counterpart: str  # the counterpart office's name, or ""
    phone: str
    email: str
    website: str
    focus_areas: tuple[str, ...]
    latitude: float | None
    longitude: float | None


class TextList(str):
    """Several texts in one cell, joined with "; " (spreadsheets, CSV, the browser page).

    The printed page puts one a line, from :attr:`items`, never by splitting the joined
    text: a partner called "Meyer; Söhne" or a phone number "0351 123; ext. 5" is one
    item, printed whole.
    """

    items: tuple[str, ...]

    def __new__(cls, items: Iterable[str]) -> TextList:
        texts = tuple(items)
        joined = super().__new__(cls, "; ".join(texts))
        joined.items = texts
        return joined


@dataclass(frozen=True)
class Money:
    amount: Decimal
    currency: str


#: A typed table cell: dates stay dates, amounts stay Money, counts stay int.
Cell = str | int | float | Decimal | date | Money | None


@dataclass(frozen=True)
class RecordRow:
    """One record in a report table: its id, its title (the kind's ``title_of``) and the
    typed value of every field of its kind declared for the report
    (``Surface.REPORT``), by field name (see :mod:`.report_fields`)."""

    id: uuid.UUID
    title: str
    values: Mapping[str, Cell]


@dataclass(frozen=True)
class ProjectRow(RecordRow):
    office: str  # the office's name, or its short label in the network report
    partners: tuple[str, ...]
    amount: Decimal | None
    currency: str | None
    converted: Decimal | None  # in the reporting currency; None without amount or rate
    signed_on: date | None
    counted_on: date  # the date that places it in a period (signed, announced, entered)


@dataclass(frozen=True)
class EventRow(RecordRow):
    office: str  # the office's name, or its short label in the network report
    starts_on: date  # the date that places it in a period


@dataclass(frozen=True)
class OrganizationRow(RecordRow):
    pass


@dataclass(frozen=True)
class ContactRow(RecordRow):
    pass


@dataclass(frozen=True)
class Listing(Generic[T]):
    """A table's rows, capped: ``total`` rows exist, ``rows`` are shown."""

    rows: list[T]
    total: int

    @property
    def more(self) -> int:
        return self.total - len(self.rows)


@dataclass(frozen=True)
class ChartSeries:
    label: str
    values: list[float]


@dataclass(frozen=True)
class ChartData:
    """A bar chart: one value per category in each series (several series = stacked)."""

    name: str
    title: str
    categories: list[str]
    series: list[ChartSeries]
    unit: str


@dataclass(frozen=True)
class OfficeRow:
    """One office in the network report's side-by-side table (or the totals row)."""

    office_id: uuid.UUID | None  # None for the totals row and for "No office"
    name: str
    city: str
    status: str  # label
    projects_by_stage: list[CountFigure]
    project_count: int
    investment: Amounts  # signed in the period, in the reporting currency
    organizations: int  # all the office looks after now
    contacts: int  # all the office looks after now
    events: int  # held in the period


@dataclass(frozen=True)
class OfficeReport:
    title: str
    period_label: str
    start: date | None
    end: date | None
    currency: str
    generated_at: datetime
    sections: tuple[str, ...]
    office: OfficeDetails
    figures: KeyFigures
    projects: Listing[ProjectRow]
    events: Listing[EventRow]
    organizations: Listing[OrganizationRow]
    contacts: Listing[ContactRow] | None  # None unless the user included them
    rates_used: list[RateUsed] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    kind: str = "office"

    def has(self, section: str) -> bool:
        return section in self.sections


@dataclass(frozen=True)
class NetworkReport:
    title: str
    period_label: str
    start: date | None
    end: date | None
    currency: str
    generated_at: datetime
    sections: tuple[str, ...]
    figures: KeyFigures
    offices: list[OfficeRow]
    totals: OfficeRow
    charts: list[ChartData]
    projects: Listing[ProjectRow]
    events: Listing[EventRow]
    rates_used: list[RateUsed] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    kind: str = "network"

    def has(self, section: str) -> bool:
        return section in self.sections


Report = OfficeReport | NetworkReport

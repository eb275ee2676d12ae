"""What the user asks a report for: one office or the whole network, a period, sections.

The Reports view's checkboxes come from :data:`OFFICE_SECTIONS` and
:data:`NETWORK_SECTIONS` (key -> label). Contact details (personal data) are in an
office report only when the user ticks them: ``include_contacts`` must be True, even
if ``"contacts"`` is among the sections.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from ..i18n import QT_TRANSLATE_NOOP, translate
from ..money import is_known_currency

#: Sections of an office report, in report order, with the labels the GUI shows.
OFFICE_SECTIONS: dict[str, str] = {
    "details": QT_TRANSLATE_NOOP("ReportSections", "Office details"),
    "figures": QT_TRANSLATE_NOOP("ReportSections", "Key figures"),
    "map": QT_TRANSLATE_NOOP("ReportSections", "Map of the office's network"),
    "projects": QT_TRANSLATE_NOOP("ReportSections", "Projects"),
    "events": QT_TRANSLATE_NOOP("ReportSections", "Events"),
    "organizations": QT_TRANSLATE_NOOP("ReportSections", "Organizations"),
    "contacts": QT_TRANSLATE_NOOP("ReportSections", "Contact details (personal data)"),
}

#: Sections of a network report, in report order, with the labels the GUI shows.
NETWORK_SECTIONS: dict[str, str] = {
    "figures": QT_TRANSLATE_NOOP("ReportSections", "Key figures"),
    "offices": QT_TRANSLATE_NOOP("ReportSections", "Offices side by side"),
    "charts": QT_TRANSLATE_NOOP("ReportSections", "Charts"),
    "map": QT_TRANSLATE_NOOP("ReportSections", "Map of the network"),
    "projects": QT_TRANSLATE_NOOP("ReportSections", "Projects"),
    "events": QT_TRANSLATE_NOOP("ReportSections", "Events"),
}

#: Sections ticked when the user has not chosen (contacts stay out).
DEFAULT_OFFICE_SECTIONS: frozenset[str] = frozenset(OFFICE_SECTIONS) - {"contacts"}
DEFAULT_NETWORK_SECTIONS: frozenset[str] = frozenset(NETWORK_SECTIONS)

_MONTHS = (
    QT_TRANSLATE_NOOP("Report", "Jan"),
    QT_TRANSLATE_NOOP("Report", "Feb"),
    QT_TRANSLATE_NOOP("Report", "Mar"),
    QT_TRANSLATE_NOOP("Report", "Apr"),
    QT_TRANSLATE_NOOP("Report", "May"),
    QT_TRANSLATE_NOOP("Report", "Jun"),
    QT_TRANSLATE_NOOP("Report", "Jul"),
    QT_TRANSLATE_NOOP("Report", "Aug"),
    QT_TRANSLATE_NOOP("Report", "Sep"),
    QT_TRANSLATE_NOOP("Report", "Oct"),
    QT_TRANSLATE_NOOP("Report", "Nov"),
    QT_TRANSLATE_NOOP("Report", "Dec"),
)


def long_date(day: date) -> str:
    """``1 Jan 2025``: unambiguous in every locale, for titles and period labels."""
    return translate("Report", "{day} {month} {year}").format(
        day=day.day, month=translate("Report", _MONTHS[day.month - 1]), year=day.year
    )


def period_label(start: date | None, end: date | None) -> str:
    """``1 Jan 2025 – 31 Dec 2025``, ``from 1 Jan 2025``, ``until …`` or ``all time``."""
    if start and end:
        return translate("Report", "{start} – {end}").format(
            start=long_date(start), end=long_date(end)
        )
    if start:
        return translate("Report", "from {date}").format(date=long_date(start))
    if end:
        return translate("Report", "until {date}").format(date=long_date(end))
    return translate("Report", "all time")


def in_period(day: date | None, start: date | None, end: date | None) -> bool:
    """True when ``day`` lies in the inclusive period (None bounds are open)."""
    if day is None:
        return False
    return (start is None or day >= start) and (end is None or day <= end)


@dataclass(frozen=True)
class ReportRequest:
    """One report to build.

    ``office_id`` None asks for the network report. ``start``/``end`` are inclusive;
    None leaves that side open. ``sections`` (any iterable of keys, normalised to a
    frozenset; None = the default sections) must be keys of :data:`OFFICE_SECTIONS` or
    :data:`NETWORK_SECTIONS`. ``currency`` is the reporting currency totals are
    converted to; ``title`` replaces the generated title.
    """

    office_id: uuid.UUID | None
    start: date | None = None
    end: date | None = None
    sections: frozenset[str] = field(default=frozenset())
    include_contacts: bool = False
    currency: str = "CNY"
    title: str | None = None

    def __init__(
        self,
        office_id: uuid.UUID | None,
        start: date | None = None,
        end: date | None = None,
        sections: Iterable[str] | None = None,
        include_contacts: bool = False,
        currency: str = "CNY",
        title: str | None = None,
    ) -> None:
        known = NETWORK_SECTIONS if office_id is None else OFFICE_SECTIONS
        chosen = frozenset(
            (DEFAULT_NETWORK_SECTIONS if office_id is None else DEFAULT_OFFICE_SECTIONS)
            if sections is None
            else sections
        )
        unknown = sorted(chosen - set(known))
        if unknown:
            kind = "a network" if office_id is None else "an office"
            raise ValueError(
                f"unknown section(s) for {kind} report: {', '.join(unknown)} "
                f"(choose from {', '.join(known)})"
            )
        if start and end and end < start:
            raise ValueError(
                f"the period ends ({end.isoformat()}) before it starts ({start.isoformat()})"
            )
        code = currency.strip().upper()
        if not is_known_currency(code):
            raise ValueError(f"{currency!r} is not a known currency code (e.g. CNY, EUR)")
        object.__setattr__(self, "office_id", office_id)
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "sections", chosen)
        object.__setattr__(self, "include_contacts", bool(include_contacts))
        object.__setattr__(self, "currency", code)
        object.__setattr__(self, "title", title.strip() if title and title.strip() else None)

    @property
    def is_network(self) -> bool:
        return self.office_id is None

    def wants(self, section: str) -> bool:
        """Whether ``section`` goes into the report (contacts only when included)."""
        if section == "contacts" and not self.include_contacts:
            return False
        return section in self.sections

    def ordered_sections(self) -> tuple[str, ...]:
        """The sections the report has, in report order."""
        order = NETWORK_SECTIONS if self.is_network else OFFICE_SECTIONS
        return tuple(s for s in order if self.wants(s))

    @property
    def period_label(self) -> str:
        return period_label(self.start, self.end)

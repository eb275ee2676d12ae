"""A record's fields as (label, text) lines, in the order a reader wants them.

Used by the details panel (and later by reports); empty fields are left out. Labels
are in the current language (:mod:`office_desk.core.i18n`, context "RecordFacts").
"""

from __future__ import annotations

from datetime import date

from .countries import country_name
from .i18n import translate
from .listing import money_text
from .locale_format import format_date
from .models import Contact, Event, Office, Organization, Project, Record
from .vocabulary import (
    EventKind,
    LegalBasis,
    OfficeStatus,
    OrganizationKind,
    ProjectKind,
    ProjectStage,
    label_of,
)


def _date(value: date | None) -> str:
    return format_date(value) if value else ""


def _place(city: str, country: str) -> str:
    return ", ".join(p for p in (city, country_name(country)) if p)


def _coordinates(lat: float | None, lon: float | None) -> str:
    if lat is None or lon is None:
        return ""
    return f"{lat:.5f}, {lon:.5f}"


def title_of(record: Record) -> str:
    if isinstance(record, Contact):
        return record.display_name
    if isinstance(record, (Project, Event)):
        return record.title
    return str(getattr(record, "name", ""))


def facts(record: Record) -> list[tuple[str, str]]:
    """(label, text) of each non-empty field of ``record``; labels in the current language."""
    lines: list[tuple[str, str]]
    if isinstance(record, Office):
        lines = [
            (translate("RecordFacts", "Native name"), record.name_native),
            (translate("RecordFacts", "Place"), _place(record.city, record.country)),
            (translate("RecordFacts", "Status"), label_of(OfficeStatus, record.status)),
            (translate("RecordFacts", "Established"), _date(record.established_on)),
            (translate("RecordFacts", "Address"), record.address),
            (translate("RecordFacts", "Phone"), record.phone),
            (translate("RecordFacts", "E-mail"), record.email),
            (translate("RecordFacts", "Website"), record.website),
            (translate("RecordFacts", "Focus areas"), ", ".join(record.focus_areas)),
            (translate("RecordFacts", "Coordinates"),
             _coordinates(record.latitude, record.longitude)),
            (translate("RecordFacts", "Notes"), record.notes),
        ]
    elif isinstance(record, Organization):
        lines = [
            (translate("RecordFacts", "Native name"), record.name_native),
            (translate("RecordFacts", "Kind"), label_of(OrganizationKind, record.kind)),
            (translate("RecordFacts", "Sector"), record.sector),
            (translate("RecordFacts", "Place"), _place(record.city, record.country)),
            (translate("RecordFacts", "Website"), record.website),
            (translate("RecordFacts", "Coordinates"),
             _coordinates(record.latitude, record.longitude)),
            (translate("RecordFacts", "Notes"), record.notes),
        ]
    elif isinstance(record, Contact):
        lines = [
            (translate("RecordFacts", "Position"), record.position),
            (translate("RecordFacts", "Place"), _place(record.city, record.country)),
            (translate("RecordFacts", "E-mail"), ", ".join(record.emails)),
            (translate("RecordFacts", "Phone"), ", ".join(record.phones)),
            (translate("RecordFacts", "Messaging"), ", ".join(record.messaging)),
            (translate("RecordFacts", "Languages"), ", ".join(record.languages)),
            (translate("RecordFacts", "Last contacted"), _date(record.last_contacted_on)),
            (translate("RecordFacts", "Legal basis"), label_of(LegalBasis, record.legal_basis)
             + (f" ({record.legal_basis_note})" if record.legal_basis_note else "")),
            (translate("RecordFacts", "Notes"), record.notes),
        ]
    elif isinstance(record, Project):
        jobs = ""
        if record.jobs_created is not None:
            jobs = f"{record.jobs_created}"
            if record.jobs_estimated:
                jobs = translate("RecordFacts", "{count} (estimated)").format(count=jobs)
        lines = [
            (translate("RecordFacts", "Native title"), record.title_native),
            (translate("RecordFacts", "Kind"), label_of(ProjectKind, record.kind)),
            (translate("RecordFacts", "Stage"), label_of(ProjectStage, record.stage)),
            (translate("RecordFacts", "Status note"), record.status_reason),
            (translate("RecordFacts", "Sector"), record.sector),
            (translate("RecordFacts", "Investment"), money_text(record.amount, record.currency)),
            (translate("RecordFacts", "Investor from"), country_name(record.source_country)),
            (translate("RecordFacts", "Destination"), record.destination),
            (translate("RecordFacts", "Jobs created"), jobs),
            (translate("RecordFacts", "Announced"), _date(record.announced_on)),
            (translate("RecordFacts", "Signed"), _date(record.signed_on)),
            (translate("RecordFacts", "Start"), _date(record.start_on)),
            (translate("RecordFacts", "End"), _date(record.end_on)),
            (translate("RecordFacts", "Coordinates"),
             _coordinates(record.latitude, record.longitude)),
            (translate("RecordFacts", "Description"), record.description),
        ]
    elif isinstance(record, Event):
        when = _date(record.starts_on)
        if record.ends_on and record.ends_on != record.starts_on:
            when += f" – {_date(record.ends_on)}"
        place = ", ".join(p for p in (record.place, _place(record.city, record.country)) if p)
        lines = [
            (translate("RecordFacts", "Kind"), label_of(EventKind, record.kind)),
            (translate("RecordFacts", "Date"), when),
            (translate("RecordFacts", "Place"), place),
            (translate("RecordFacts", "Coordinates"),
             _coordinates(record.latitude, record.longitude)),
            (translate("RecordFacts", "Notes"), record.notes),
        ]
    else:
        raise TypeError(type(record).__name__)
    return [(label, text) for label, text in lines if text]

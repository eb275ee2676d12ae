"""A record's fields as (label, text) lines, in the order a reader wants them.

Used by the details panel (and later by reports); empty fields are left out.
"""

from __future__ import annotations

from datetime import date

from .countries import country_name
from .listing import money_text
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
    return value.isoformat() if value else ""


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
    lines: list[tuple[str, str]]
    if isinstance(record, Office):
        lines = [
            ("Native name", record.name_native),
            ("Place", _place(record.city, record.country)),
            ("Status", label_of(OfficeStatus, record.status)),
            ("Established", _date(record.established_on)),
            ("Address", record.address),
            ("Phone", record.phone), ("E-mail", record.email), ("Website", record.website),
            ("Focus areas", ", ".join(record.focus_areas)),
            ("Coordinates", _coordinates(record.latitude, record.longitude)),
            ("Notes", record.notes),
        ]
    elif isinstance(record, Organization):
        lines = [
            ("Native name", record.name_native),
            ("Kind", label_of(OrganizationKind, record.kind)), ("Sector", record.sector),
            ("Place", _place(record.city, record.country)), ("Website", record.website),
            ("Coordinates", _coordinates(record.latitude, record.longitude)),
            ("Notes", record.notes),
        ]
    elif isinstance(record, Contact):
        lines = [
            ("Position", record.position),
            ("Place", _place(record.city, record.country)),
            ("E-mail", ", ".join(record.emails)), ("Phone", ", ".join(record.phones)),
            ("Messaging", ", ".join(record.messaging)),
            ("Languages", ", ".join(record.languages)),
            ("Last contacted", _date(record.last_contacted_on)),
            ("Legal basis", label_of(LegalBasis, record.legal_basis)
             + (f" ({record.legal_basis_note})" if record.legal_basis_note else "")),
            ("Notes", record.notes),
        ]
    elif isinstance(record, Project):
        jobs = ""
        if record.jobs_created is not None:
            jobs = f"{record.jobs_created}" + (" (estimated)" if record.jobs_estimated else "")
        lines = [
            ("Native title", record.title_native),
            ("Kind", label_of(ProjectKind, record.kind)),
            ("Stage", label_of(ProjectStage, record.stage)),
            ("Status note", record.status_reason),
            ("Sector", record.sector),
            ("Investment", money_text(record.amount, record.currency)),
            ("Investor from", country_name(record.source_country)),
            ("Destination", record.destination),
            ("Jobs created", jobs),
            ("Announced", _date(record.announced_on)), ("Signed", _date(record.signed_on)),
            ("Start", _date(record.start_on)), ("End", _date(record.end_on)),
            ("Coordinates", _coordinates(record.latitude, record.longitude)),
            ("Description", record.description),
        ]
    elif isinstance(record, Event):
        when = _date(record.starts_on)
        if record.ends_on and record.ends_on != record.starts_on:
            when += f" – {_date(record.ends_on)}"
        lines = [
            ("Kind", label_of(EventKind, record.kind)), ("Date", when),
            ("Place", ", ".join(p for p in (record.place, _place(record.city, record.country))
                                if p)),
            ("Coordinates", _coordinates(record.latitude, record.longitude)),
            ("Notes", record.notes),
        ]
    else:
        raise TypeError(type(record).__name__)
    return [(label, text) for label, text in lines if text]

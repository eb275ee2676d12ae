"""Field-by-field validation of records, with messages a user can act on.

:func:`validate` is called for every new or changed record before each flush (see
:mod:`office_desk.core.database`), so no code path can write a bad row; the GUI calls
it directly to show inline messages while the user types.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from . import vocabulary as v
from .countries import is_country_code
from .i18n import QT_TRANSLATE_NOOP, translate
from .models import (
    Contact,
    Event,
    ExchangeRate,
    Office,
    Organization,
    Project,
    ProjectPartner,
    Record,
    Tag,
)
from .money import is_known_currency


@dataclass(frozen=True)
class FieldError:
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class ValidationError(ValueError):
    """A record that must not be saved; ``errors`` says which fields and why."""

    def __init__(self, record: Record, errors: list[FieldError]) -> None:
        self.record = record
        self.errors = errors
        kind = translate("Validation", _KIND_NAMES.get(type(record).__name__,
                                                       type(record).__name__))
        super().__init__(translate("Validation", "{kind} not saved: {problems}").format(
            kind=kind, problems="; ".join(str(e) for e in errors)))


#: What the user calls each kind of record (the class name is the English word).
_KIND_NAMES: dict[str, str] = {
    "Office": QT_TRANSLATE_NOOP("Validation", "Office"),
    "Organization": QT_TRANSLATE_NOOP("Validation", "Organization"),
    "Contact": QT_TRANSLATE_NOOP("Validation", "Contact"),
    "Project": QT_TRANSLATE_NOOP("Validation", "Project"),
    "Event": QT_TRANSLATE_NOOP("Validation", "Event"),
    "ExchangeRate": QT_TRANSLATE_NOOP("Validation", "ExchangeRate"),
    "Tag": QT_TRANSLATE_NOOP("Validation", "Tag"),
}


_HEX_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")


def email_problem(address: str) -> str | None:
    """Why ``address`` is not a usable e-mail address, or None if it is."""
    from email_validator import EmailNotValidError, validate_email

    try:
        validate_email(address, check_deliverability=False)
    except EmailNotValidError as exc:
        return translate("Validation", "{address} is not a valid e-mail address ({reason})").format(
            address=repr(address), reason=exc)
    return None


def _blank(value: str | None) -> bool:
    # SQLite's text functions (the CHECK constraints' trim and length) end a text at
    # its first NUL: judge it as the database will.
    return value is None or not str(value).split("\x00", 1)[0].strip()


def _choice(errors: list[FieldError], field: str, value: Any, choices: type[v._Choice]) -> None:
    if value not in choices.values():
        allowed = ", ".join(choices.values())
        errors.append(FieldError(field, translate(
            "Validation", "{value} is not one of: {allowed}").format(
            value=repr(value), allowed=allowed)))


def _country(errors: list[FieldError], field: str, value: str, required: bool = False) -> None:
    if _blank(value):
        if required:
            errors.append(FieldError(field, translate("Validation", "a country is required")))
        return
    if not is_country_code(value):
        errors.append(FieldError(field, translate(
            "Validation", "{value} is not an ISO 3166 country code (e.g. DE, CN)").format(
            value=repr(value))))


def _coordinates(errors: list[FieldError], lat: float | None, lon: float | None) -> None:
    if (lat is None) != (lon is None):
        errors.append(FieldError("latitude", translate(
            "Validation", "give both latitude and longitude, or neither")))
        return
    if lat is not None and not -90 <= float(lat) <= 90:
        errors.append(FieldError("latitude", translate(
            "Validation", "{lat} is impossible: latitude is -90 to 90").format(
            lat=lat)))
    if lon is not None and not -180 <= float(lon) <= 180:
        errors.append(FieldError("longitude", translate(
            "Validation", "{lon} is impossible: longitude is -180 to 180").format(
            lon=lon)))


def _emails(errors: list[FieldError], field: str, addresses: list[str]) -> None:
    for address in addresses:
        problem = email_problem(address)
        if problem:
            errors.append(FieldError(field, problem))


def _money(errors: list[FieldError], amount: Decimal | None, currency: str | None) -> None:
    if amount is None:
        return
    if not isinstance(amount, Decimal):
        errors.append(FieldError("amount", translate(
            "Validation", "amounts must be exact decimals")))
        return
    if not amount.is_finite():
        errors.append(FieldError("amount", translate("Validation", "the amount is not a number")))
    elif amount < 0:
        errors.append(FieldError("amount", translate(
            "Validation", "the amount cannot be negative")))
    if _blank(currency):
        errors.append(FieldError("currency", translate(
            "Validation", "an amount needs its currency (e.g. CNY, EUR)")))
    elif not is_known_currency(str(currency)):
        errors.append(FieldError("currency", translate(
            "Validation", "{code} is not a current ISO 4217 currency").format(
            code=repr(currency))))


def _dates(errors: list[FieldError], start: Any, end: Any, field: str = "end") -> None:
    if start is not None and end is not None and end < start:
        errors.append(FieldError(field, translate(
            "Validation", "the end date is before the start date")))


def validate(record: Record) -> list[FieldError]:
    """Every problem with ``record``; an empty list means it may be saved."""
    errors: list[FieldError] = []
    if isinstance(record, Office):
        if _blank(record.name):
            errors.append(FieldError("name", translate("Validation", "an office needs a name")))
        _country(errors, "country", record.country, required=True)
        _choice(errors, "status", record.status, v.OfficeStatus)
        _coordinates(errors, record.latitude, record.longitude)
        if not _blank(record.email):
            _emails(errors, "email", [record.email])
        if record.counterpart_id is not None and record.counterpart_id == record.id:
            errors.append(FieldError("counterpart", translate(
                "Validation", "an office cannot be its own counterpart")))
    elif isinstance(record, Organization):
        if _blank(record.name):
            errors.append(FieldError("name", translate(
                "Validation", "an organization needs a name")))
        _choice(errors, "kind", record.kind, v.OrganizationKind)
        _country(errors, "country", record.country)
        _coordinates(errors, record.latitude, record.longitude)
    elif isinstance(record, Contact):
        if _blank(record.given_name) and _blank(record.family_name) and _blank(record.name_native):
            errors.append(FieldError("name", translate("Validation", "a contact needs a name")))
        _country(errors, "country", record.country)
        _emails(errors, "emails", record.emails)
        _choice(errors, "legal_basis", record.legal_basis, v.LegalBasis)
    elif isinstance(record, Project):
        if _blank(record.title):
            errors.append(FieldError("title", translate("Validation", "a project needs a title")))
        _choice(errors, "kind", record.kind, v.ProjectKind)
        _choice(errors, "stage", record.stage, v.ProjectStage)
        _money(errors, record.amount, record.currency)
        _country(errors, "source_country", record.source_country)
        _coordinates(errors, record.latitude, record.longitude)
        _dates(errors, record.start_on, record.end_on, "end_on")
        if record.jobs_created is not None and record.jobs_created < 0:
            errors.append(FieldError("jobs_created", translate(
                "Validation", "jobs created cannot be negative")))
    elif isinstance(record, Event):
        if _blank(record.title):
            errors.append(FieldError("title", translate("Validation", "an event needs a title")))
        if record.starts_on is None:
            errors.append(FieldError("starts_on", translate("Validation", "an event needs a date")))
        _choice(errors, "kind", record.kind, v.EventKind)
        _country(errors, "country", record.country)
        _coordinates(errors, record.latitude, record.longitude)
        _dates(errors, record.starts_on, record.ends_on, "ends_on")
    elif isinstance(record, ProjectPartner):
        _choice(errors, "role", record.role, v.PartnerRole)
    elif isinstance(record, Tag):
        if _blank(record.name):
            errors.append(FieldError("name", translate("Validation", "a tag needs a name")))
        if record.color and not _HEX_COLOR.match(record.color):
            errors.append(FieldError("color", translate(
                "Validation", "{color} is not a #RRGGBB colour").format(
                color=repr(record.color))))
    elif isinstance(record, ExchangeRate):
        for field in ("base", "quote"):
            code = getattr(record, field)
            if not is_known_currency(code):
                errors.append(FieldError(field, translate(
                    "Validation", "{code} is not a current ISO 4217 currency").format(
                    code=repr(code))))
        if record.base == record.quote:
            errors.append(FieldError("quote", translate(
                "Validation", "a rate needs two different currencies")))
        if not isinstance(record.rate, Decimal) or not record.rate.is_finite() or record.rate <= 0:
            errors.append(FieldError("rate", translate(
                "Validation", "the rate must be a positive exact decimal")))
    return errors


def check(record: Record) -> None:
    """Raise :class:`ValidationError` if ``record`` must not be saved."""
    errors = validate(record)
    if errors:
        raise ValidationError(record, errors)

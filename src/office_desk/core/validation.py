"""Field-by-field validation of records, with messages a user can act on.

:func:`validate` is called for every new or changed record before each flush (see
:mod:`office_desk.core.store.database`), so no code path can write a bad row; the GUI calls
it directly to show inline messages while the user types.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import Any

from . import kinds
from . import vocabulary as v
from .countries import is_country_code

# email_reason is re-exported: it was defined here before the e-mail rules had a module.
from .email_addresses import email_problem
from .email_addresses import email_reason as email_reason
from .i18n import QT_TRANSLATE_NOOP, translate
from .models import (
    TITLE_MAX_LENGTH,
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
        kind = _kind_name(record)
        super().__init__(
            translate("Validation", "{kind} not saved: {problems}").format(
                kind=kind, problems="; ".join(str(e) for e in errors)
            )
        )


#: What the user calls the records that are no kind of their own (a kind's name is
#: its label in core.kinds: "Office", "Person").
_OTHER_NAMES: dict[str, str] = {
    "ExchangeRate": QT_TRANSLATE_NOOP("Validation", "ExchangeRate"),
    "Tag": QT_TRANSLATE_NOOP("Validation", "Tag"),
}


def _kind_name(record: Record) -> str:
    """What the user calls ``record``'s kind, in the current language ("Office"); the
    class name for a table the user does not know by a name."""
    kind = kinds.BY_MODEL.get(type(record))
    if kind is not None:
        return kind.phrases("label")
    name = type(record).__name__
    return translate("Validation", _OTHER_NAMES[name]) if name in _OTHER_NAMES else name


_HEX_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")


def _blank(value: str | None) -> bool:
    # SQLite's text functions (the CHECK constraints' trim and length) end a text at
    # its first NUL: judge it as the database will.
    return value is None or not str(value).split("\x00", 1)[0].strip()


def _choice(errors: list[FieldError], field: str, value: Any, choices: type[v._Choice]) -> None:
    if value not in choices.values():
        allowed = ", ".join(choices.values())
        errors.append(
            FieldError(
                field,
                translate("Validation", "{value} is not one of: {allowed}").format(
                    value=repr(value), allowed=allowed
                ),
            )
        )


def _country(errors: list[FieldError], field: str, value: str, required: bool = False) -> None:
    if _blank(value):
        if required:
            errors.append(FieldError(field, translate("Validation", "a country is required")))
        return
    if not is_country_code(value):
        errors.append(
            FieldError(
                field,
                translate(
                    "Validation", "{value} is not an ISO 3166 country code (e.g. DE, CN)"
                ).format(value=repr(value)),
            )
        )


def _coordinates(errors: list[FieldError], lat: float | None, lon: float | None) -> None:
    if (lat is None) != (lon is None):
        errors.append(
            FieldError(
                "latitude", translate("Validation", "give both latitude and longitude, or neither")
            )
        )
        return
    if lat is not None and not -90 <= float(lat) <= 90:
        errors.append(
            FieldError(
                "latitude",
                translate("Validation", "{lat} is impossible: latitude is -90 to 90").format(
                    lat=lat
                ),
            )
        )
    if lon is not None and not -180 <= float(lon) <= 180:
        errors.append(
            FieldError(
                "longitude",
                translate("Validation", "{lon} is impossible: longitude is -180 to 180").format(
                    lon=lon
                ),
            )
        )


def _emails(errors: list[FieldError], field: str, addresses: list[str]) -> None:
    for address in addresses:
        problem = email_problem(address)
        if problem:
            errors.append(FieldError(field, problem))


#: Amounts have at most 18 digits before the point and 6 after (they are kept as text
#: of at most 40 characters, and a typo of ten extra zeros should not reach a report).
MAX_AMOUNT = Decimal(10) ** 18
MAX_DECIMALS = 6
#: The most direct jobs one project may record (more is a typing slip, and a number
#: past 2**63 would not even fit the database).
MAX_JOBS = 1_000_000_000


def _money(errors: list[FieldError], amount: Decimal | None, currency: str | None) -> None:
    if amount is None:
        return
    if not isinstance(amount, Decimal):
        errors.append(
            FieldError("amount", translate("Validation", "amounts must be exact decimals"))
        )
        return
    if not amount.is_finite():
        errors.append(FieldError("amount", translate("Validation", "the amount is not a number")))
    elif amount < 0:
        errors.append(
            FieldError("amount", translate("Validation", "the amount cannot be negative"))
        )
    elif amount >= MAX_AMOUNT:
        errors.append(
            FieldError(
                "amount",
                translate(
                    "Validation",
                    "the amount is too large: at most 18 digits before the decimal point",
                ),
            )
        )
    elif -amount.as_tuple().exponent > MAX_DECIMALS:  # type: ignore[operator]
        errors.append(
            FieldError(
                "amount", translate("Validation", "the amount has more than 6 decimal places")
            )
        )
    if _blank(currency):
        errors.append(
            FieldError(
                "currency", translate("Validation", "an amount needs its currency (e.g. CNY, EUR)")
            )
        )
    elif not is_known_currency(str(currency)):
        errors.append(
            FieldError(
                "currency",
                translate("Validation", "{code} is not a current ISO 4217 currency").format(
                    code=repr(currency)
                ),
            )
        )


def _dates(errors: list[FieldError], start: Any, end: Any, field: str = "end") -> None:
    if start is not None and end is not None and end < start:
        errors.append(
            FieldError(field, translate("Validation", "the end date is before the start date"))
        )


#: What the user calls each field that has a declared length (see :func:`length_limits`);
#: a field missing here is named by its own name (a test checks that none is missing).
_FIELD_LABELS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("Validation", "name"),
    "name_native": QT_TRANSLATE_NOOP("Validation", "name in its own script"),
    "city": QT_TRANSLATE_NOOP("Validation", "city"),
    "country": QT_TRANSLATE_NOOP("Validation", "country"),
    "status": QT_TRANSLATE_NOOP("Validation", "status"),
    "kind": QT_TRANSLATE_NOOP("Validation", "kind"),
    "sector": QT_TRANSLATE_NOOP("Validation", "sector"),
    "title": QT_TRANSLATE_NOOP("Validation", "title"),
    "Contact.title": QT_TRANSLATE_NOOP("Validation", "academic title"),
    "given_name": QT_TRANSLATE_NOOP("Validation", "given name"),
    "family_name": QT_TRANSLATE_NOOP("Validation", "family name"),
    "position": QT_TRANSLATE_NOOP("Validation", "position"),
    "legal_basis": QT_TRANSLATE_NOOP("Validation", "legal basis"),
    "title_native": QT_TRANSLATE_NOOP("Validation", "title in its own script"),
    "stage": QT_TRANSLATE_NOOP("Validation", "stage"),
    "currency": QT_TRANSLATE_NOOP("Validation", "currency"),
    "source_country": QT_TRANSLATE_NOOP("Validation", "source country"),
    "destination": QT_TRANSLATE_NOOP("Validation", "destination"),
    "role": QT_TRANSLATE_NOOP("Validation", "role"),
    "place": QT_TRANSLATE_NOOP("Validation", "place"),
    "base": QT_TRANSLATE_NOOP("Validation", "base currency"),
    "quote": QT_TRANSLATE_NOOP("Validation", "quote currency"),
    "source": QT_TRANSLATE_NOOP("Validation", "source"),
    "color": QT_TRANSLATE_NOOP("Validation", "colour"),
}


@cache
def length_limits(model: type[Record]) -> dict[str, int]:
    """The most characters each field of ``model`` may hold, as the model declares them
    (``Field(max_length=...)``): a field added with a length is checked too."""
    from annotated_types import MaxLen

    return {
        name: meta.max_length
        for name, info in model.model_fields.items()
        for meta in info.metadata
        if isinstance(meta, MaxLen)
    }


def field_label(model: type[Record], field: str) -> str:
    """A field's name as the user reads it ("given name", "academic title"), translated."""
    label = _FIELD_LABELS.get(f"{model.__name__}.{field}") or _FIELD_LABELS.get(field)
    if label:
        return translate("Validation", label)
    from . import kinds  # a field declared since: its label from the registry

    kind = kinds.BY_MODEL.get(model)
    spec = next((f for f in kind.fields if field in f.columns), None) if kind else None
    return spec.shown_label if spec is not None else field.replace("_", " ")


def too_long(model: type[Record], field: str, length: int) -> str:
    """The message for a value of ``length`` characters in ``field``, over its limit."""
    from .locale_format import format_number

    return translate(
        "Validation", "the {field} has {length} characters; at most {limit} are allowed"
    ).format(
        field=field_label(model, field),
        length=format_number(length),
        limit=format_number(length_limits(model)[field]),
    )


def length_problems(model: type[Record], values: Any) -> list[FieldError]:
    """A :class:`FieldError` for each text of ``values`` (a record of ``model``, or a dict
    of its fields) longer than its field's declared length."""
    read = (
        values.get
        if isinstance(values, dict)
        else (lambda name, default=None: getattr(values, name, default))
    )
    errors = []
    for field, limit in length_limits(model).items():
        value = read(field, None)
        if isinstance(value, str) and len(value) > limit:
            errors.append(FieldError(field, too_long(model, field, len(value))))
    return errors


def validate(record: Record) -> list[FieldError]:
    """Every problem with ``record``; an empty list means it may be saved. Besides the
    rules of each kind, no text may be longer than its field's declared length: for a
    text that is, that is the one problem said of its field (the others would quote it
    whole), unless the kind's own rule already says it is too long (a contact's title).
    A record being deleted is not held to the lengths: a value stored before they were
    enforced must not stop its record from going."""
    too_long_here = [] if record.deleted_at is not None else length_problems(type(record), record)
    if not too_long_here:
        return _kind_problems(record)
    own = {"title"} if isinstance(record, Contact) else set()
    long_fields = {e.field for e in too_long_here} - own
    return [e for e in _kind_problems(record) if e.field not in long_fields] + [
        e for e in too_long_here if e.field in long_fields
    ]


def _kind_problems(record: Record) -> list[FieldError]:
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
            errors.append(
                FieldError(
                    "counterpart",
                    translate("Validation", "an office cannot be its own counterpart"),
                )
            )
    elif isinstance(record, Organization):
        if _blank(record.name):
            errors.append(
                FieldError("name", translate("Validation", "an organization needs a name"))
            )
        _choice(errors, "kind", record.kind, v.OrganizationKind)
        _country(errors, "country", record.country)
        _coordinates(errors, record.latitude, record.longitude)
    elif isinstance(record, Contact):
        if _blank(record.given_name) and _blank(record.family_name) and _blank(record.name_native):
            errors.append(FieldError("name", translate("Validation", "a contact needs a name")))
        if len(record.title or "") > TITLE_MAX_LENGTH:
            errors.append(
                FieldError(
                    "title",
                    translate(
                        "Validation",
                        "an academic title has at most {count} characters; the job "
                        "goes under Position",
                    ).format(count=TITLE_MAX_LENGTH),
                )
            )
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
            errors.append(
                FieldError(
                    "jobs_created", translate("Validation", "jobs created cannot be negative")
                )
            )
        elif record.jobs_created is not None and record.jobs_created > MAX_JOBS:
            errors.append(
                FieldError(
                    "jobs_created",
                    translate(
                        "Validation", "jobs created: at most {count} (is it an amount?)"
                    ).format(count=f"{MAX_JOBS:,}"),
                )
            )
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
            errors.append(
                FieldError(
                    "color",
                    translate("Validation", "{color} is not a #RRGGBB colour").format(
                        color=repr(record.color)
                    ),
                )
            )
    elif isinstance(record, ExchangeRate):
        for field in ("base", "quote"):
            code = getattr(record, field)
            if not is_known_currency(code):
                errors.append(
                    FieldError(
                        field,
                        translate("Validation", "{code} is not a current ISO 4217 currency").format(
                            code=repr(code)
                        ),
                    )
                )
        if record.base == record.quote:
            errors.append(
                FieldError(
                    "quote", translate("Validation", "a rate needs two different currencies")
                )
            )
        if not isinstance(record.rate, Decimal) or not record.rate.is_finite() or record.rate <= 0:
            errors.append(
                FieldError(
                    "rate", translate("Validation", "the rate must be a positive exact decimal")
                )
            )
    return errors


# --------------------------------------------------------------------------- the editor


def website_problem(text: str) -> str | None:
    """Why ``text`` is not a web address (translated), or None if it is one or empty.
    ``www.leipzig.de`` and ``https://…`` are web addresses; ``www leipzig de`` is not."""
    from .form_values import parse_web_address

    if _blank(text) or parse_web_address(text) is not None:
        return None
    if any(c.isspace() for c in text.strip()):
        return translate(
            "Validation",
            "{value} is not a web address: it has a space in it (e.g. www.example.com)",
        ).format(value=repr(text.strip()))
    return translate(
        "Validation",
        "{value} is not a web address (e.g. www.example.com or https://www.example.com)",
    ).format(value=repr(text.strip()))


def editor_problems(record: Record) -> list[FieldError]:
    """What the record editor refuses: every rule of :func:`validate`, and the rules for
    what a person types that the store does not enforce on its own (files imported and
    packages from other offices keep what they hold): a website must be a web address."""
    errors = validate(record)
    website = getattr(record, "website", None)
    if isinstance(record, Office | Organization) and website:
        problem = website_problem(website)
        if problem:
            errors.append(FieldError("website", problem))
    return errors


@dataclass(frozen=True)
class PlaceQuestion:
    """Coordinates far outside the record's country: probably a mistake (swapped
    latitude and longitude, a lost minus sign, another country's city), but the user
    may know better."""

    field: str  #: the country field ("country")
    country: str
    km: float

    @property
    def message(self) -> str:
        from .countries import country_name
        from .locale_format import format_number

        rounded = round(self.km, -1) if self.km < 1000 else round(self.km, -2)
        return translate(
            "Validation",
            "The place on the map is about {km} km outside {country}. "
            "Are the coordinates and the country right?",
        ).format(km=format_number(int(rounded)), country=country_name(self.country))


def place_question(record: Record) -> PlaceQuestion | None:
    """A question when ``record``'s coordinates lie far outside its country (offices,
    organizations and events: the kinds whose coordinates are in their country)."""
    if not isinstance(record, Office | Organization | Event):
        return None
    country = record.country
    lat, lon = record.latitude, record.longitude
    if _blank(country) or lat is None or lon is None or not is_country_code(country):
        return None
    if not (-90 <= float(lat) <= 90 and -180 <= float(lon) <= 180):
        return None  # an error already
    from .country_shapes import is_far_outside

    km = is_far_outside(country, float(lat), float(lon))
    return PlaceQuestion("country", country, km) if km is not None else None


def check(record: Record) -> None:
    """Raise :class:`ValidationError` if ``record`` must not be saved."""
    errors = validate(record)
    if errors:
        raise ValidationError(record, errors)

"""How each column of each table is written in a package, and read back.

Every value has one JSON form, so that the same database always gives the same file:
ids are canonical UUID strings, timestamps ISO-8601 in UTC with microseconds, dates
ISO (``2024-05-01``), money and rates exact decimal text (``"47964000000.00"``), lists
JSON arrays of strings, true/false, numbers, and text as it is.

Reading is strict about types (a string where a number belongs is an error naming the
table, row and column) and forgiving about spelling that means the same thing (any UTC
offset or ``Z``, upper-case UUIDs, a whole number for a coordinate).
"""

from __future__ import annotations

import math
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    Float,
    Integer,
    String,
    Table,
    TypeDecorator,
    Uuid,
    inspect,
)
from sqlalchemy.orm import configure_mappers

from .. import kinds
from ..i18n import translate
from ..models import ALL_TABLES, Record
from ..store.column_types import DecimalText, StringList, UTCDateTime

#: A row as Python values, column name -> value (UUID, datetime, Decimal, list...).
Row = dict[str, Any]

#: Columns that say when a row was written, not what it says.
TIMESTAMP_COLUMNS = ("created_at", "updated_at")
#: The most digits a decimal may have before, and after, the decimal point.
MAX_DIGITS = 60


class ValueProblem(ValueError):
    """A value that does not fit its column; the message says what was expected."""


class TooLong(ValueProblem):
    """A text longer than its column's declared length."""


@dataclass(frozen=True)
class Column:
    name: str
    kind: str  # uuid, datetime, date, decimal, list, bool, int, float, text
    nullable: bool
    default: Any  # a value, a callable making one, or None when the column is required
    references: str | None  # the table a reference column points at
    #: The most characters a text column holds, as the model declares (None: no limit).
    length: int | None = None


def _kind(column_type: Any) -> str:
    for cls, kind in (
        (UTCDateTime, "datetime"),
        (DecimalText, "decimal"),
        (StringList, "list"),
        (Uuid, "uuid"),
        (Date, "date"),
        (Boolean, "bool"),
        (Integer, "int"),
        (Float, "float"),
        (String, "text"),
    ):
        if isinstance(column_type, cls):
            return kind
    if isinstance(column_type, TypeDecorator):  # e.g. SQLModel's AutoString
        return _kind(column_type.impl_instance)
    raise TypeError(f"no package form for column type {column_type!r}")  # pragma: no cover


def _default(model: type[Record], name: str) -> Any:
    info = model.model_fields[name]
    if info.default_factory is not None:
        return info.default_factory
    if info.is_required():
        return None
    return info.default


def _columns(model: type[Record]) -> dict[str, Column]:
    table: Table = model.__table__  # type: ignore[attr-defined]
    found: dict[str, Column] = {}
    for col in table.columns:
        refs = [fk.column.table.name for fk in col.foreign_keys]
        default = None if col.name in ("id", *TIMESTAMP_COLUMNS) else _default(model, col.name)
        kind = _kind(col.type)
        length = getattr(col.type, "length", None) if kind == "text" else None
        found[col.name] = Column(
            col.name, kind, bool(col.nullable), default, refs[0] if refs else None, length
        )
    return found


#: The tables of the record kinds, in the registry's order (which puts the kinds that
#: others point at first: offices, organizations, then contacts...), and their kinds.
KIND_TABLES: dict[str, kinds.RecordKind] = {k.model.__tablename__: k for k in kinds.KINDS}
#: Every table in the order rows are written: parents before the links that join them.
TABLE_ORDER: tuple[str, ...] = (
    *KIND_TABLES,
    "project_partner",
    "project_contact",
    "event_organization",
    "event_contact",
    "event_project",
    "tag",
    "tag_link",
    "exchange_rate",
)
MODELS: dict[str, type[Record]] = {m.__tablename__: m for m in ALL_TABLES}  # type: ignore[misc]
#: Columns added since the first released schema, which a package from an older Office
#: Desk does not have. Such a package cannot know them: a row that leaves one out keeps
#: the local value when it updates a record (it never clears it), and a new record
#: takes the column's default. (Other columns left out take their default.)
LATER_COLUMNS: dict[str, tuple[str, ...]] = {
    kind.name: later
    for kind in kinds.KINDS
    if (later := tuple(c for f in kind.fields if f.since for c in f.columns))
}
COLUMNS: dict[str, dict[str, Column]] = {name: _columns(MODELS[name]) for name in TABLE_ORDER}
assert set(TABLE_ORDER) == set(MODELS), "a new table needs a place in TABLE_ORDER"


# --------------------------------------------------------------------------- writing


def encode(kind: str, value: Any) -> Any:
    """The JSON form of one Python value."""
    if value is None:
        return None
    if kind == "uuid":
        return str(value)
    if kind == "datetime":
        return value.astimezone(UTC).isoformat(timespec="microseconds")
    if kind == "date":
        return value.isoformat()
    if kind == "decimal":
        return format(Decimal(value), "f")
    if kind == "list":
        return list(value)
    return value


def _plain(value: Any) -> Any:
    return value


_ENCODERS: dict[str, Any] = {
    "uuid": str,
    "datetime": lambda v: v.astimezone(UTC).isoformat(timespec="microseconds"),
    "date": lambda v: v.isoformat(),
    "decimal": lambda v: format(Decimal(v), "f"),
    "list": list,
}
_ROW_ENCODERS = {
    table: tuple((name, _ENCODERS.get(column.kind, _plain)) for name, column in columns.items())
    for table, columns in COLUMNS.items()
}


def encode_row(table: str, row: Row) -> dict[str, Any]:
    """The JSON form of a row (the same as :func:`encode` column by column)."""
    return {
        name: None if (value := row[name]) is None else to_json(value)
        for name, to_json in _ROW_ENCODERS[table]
    }


# --------------------------------------------------------------------------- reading


def _uuid(value: Any) -> uuid.UUID:
    if not isinstance(value, str):
        raise ValueProblem(f"expected an id (UUID text), got {_shown(value)}")
    try:
        return uuid.UUID(value)
    except ValueError:
        raise ValueProblem(f"{value!r} is not a UUID") from None


def _datetime(value: Any) -> datetime:
    if not isinstance(value, str):
        raise ValueProblem(f"expected an ISO-8601 timestamp, got {_shown(value)}")
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise ValueProblem(f"{value!r} is not an ISO-8601 timestamp") from None
    if parsed.tzinfo is None:
        raise ValueProblem(f"{value!r} has no UTC offset (write e.g. +00:00)")
    try:
        return parsed.astimezone(UTC)
    except OverflowError:  # e.g. 0001-01-01T00:00:00+01:00 is before the year 1 in UTC
        raise ValueProblem(
            translate("Package", "{value} is out of range in UTC").format(value=repr(value))
        ) from None


def _date(value: Any) -> date:
    if not isinstance(value, str) or len(value) != 10:
        raise ValueProblem(f"expected a date like 2024-05-01, got {_shown(value)}")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValueProblem(f"{value!r} is not a date like 2024-05-01") from None


def _decimal(value: Any) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise ValueProblem(f'expected an exact decimal as text (e.g. "12.50"), got {_shown(value)}')
    try:
        number = Decimal(str(value).strip())
    except InvalidOperation:
        raise ValueProblem(f"{value!r} is not a decimal number") from None
    if not number.is_finite():
        raise ValueProblem(f"{value!r} is not a finite number")
    # Stored as plain text: 1e999999999 would be a billion digits.
    exponent = number.as_tuple().exponent
    if number.adjusted() >= MAX_DIGITS or (isinstance(exponent, int) and exponent < -MAX_DIGITS):
        raise ValueProblem(
            translate(
                "Package",
                "{value} is out of range (at most {digits} digits before and after "
                "the decimal point)",
            ).format(value=_shown(value), digits=MAX_DIGITS)
        )
    return number


def _list(value: Any) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueProblem(f"expected a list of strings, got {_shown(value)}")
    # As the database keeps lists: items trimmed, empty ones dropped.
    return [v.strip() for v in value if v.strip()]


def _bool(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueProblem(f"expected true or false, got {_shown(value)}")
    return value


def _int(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueProblem(f"expected a whole number, got {_shown(value)}")
    if not -(2**63) <= value < 2**63:
        raise ValueProblem(f"{value} is too large")
    return value


def _float(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueProblem(f"expected a number, got {_shown(value)}")
    number = float(value)
    if not math.isfinite(number):
        raise ValueProblem(f"{value!r} is not a finite number")
    return number


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueProblem(f"expected text, got {_shown(value)}")
    return value


_DECODERS = {
    "uuid": _uuid,
    "datetime": _datetime,
    "date": _date,
    "decimal": _decimal,
    "list": _list,
    "bool": _bool,
    "int": _int,
    "float": _float,
    "text": _text,
}


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def decode(column: Column, value: Any) -> Any:
    if value is None:
        if column.nullable:
            return None
        raise ValueProblem("may not be null")
    decoded = _DECODERS[column.kind](value)
    if column.length is not None and isinstance(decoded, str) and len(decoded) > column.length:
        raise TooLong(
            translate("Package", "{count} characters long; at most {limit} are allowed").format(
                count=f"{len(decoded):,}", limit=column.length
            )
        )
    return decoded


def decode_row(table: str, raw: dict[str, Any]) -> Row:
    """Python values for one package row; raises ValueProblem naming the column.

    A column left out takes its documented default; ``id``, the timestamps and the
    columns without a default must be there. Unknown columns are refused.
    """
    columns = COLUMNS[table]
    unknown = sorted(set(raw) - set(columns))
    if unknown:
        raise ValueProblem(f"unknown column{'s' if len(unknown) > 1 else ''} {', '.join(unknown)}")
    row: Row = {}
    for name, column in columns.items():
        if name in raw:
            try:
                row[name] = decode(column, raw[name])
            except ValueProblem as exc:
                raise type(exc)(f"{name}: {exc}") from None
        elif column.nullable:
            row[name] = None
        elif column.default is None:
            raise ValueProblem(f"{name}: missing (required)")
        else:
            row[name] = column.default() if callable(column.default) else column.default
    return row


def same_value(a: Any, b: Any) -> bool:
    """Equal as the database would store them (``1.0`` and ``1.00`` differ as money)."""
    if isinstance(a, Decimal) and isinstance(b, Decimal):
        return format(a, "f") == format(b, "f")
    return bool(a == b)


_COMPARED: dict[str, tuple[tuple[str, bool], ...]] = {
    table: tuple(
        (name, column.kind == "decimal")
        for name, column in columns.items()
        if name not in TIMESTAMP_COLUMNS
    )
    for table, columns in COLUMNS.items()
}


def differing_columns(table: str, a: Row, b: Row) -> list[str]:
    """The columns, timestamps aside, where the two versions of a row differ."""
    return [
        name
        for name, exact in _COMPARED[table]
        if (not same_value(a[name], b[name]) if exact else a[name] != b[name])
    ]


def make_record(table: str, row: Row) -> Record:
    """The model object for a row, for validation and the search index only (built
    without the per-attribute bookkeeping of ``Model(**row)``, which is 30 times
    slower; never add it to a session)."""
    record = _MANAGERS[table].new_instance()
    record.__dict__.update(row)
    return record  # type: ignore[no-any-return]


configure_mappers()  # new_instance() needs the attribute machinery set up
_MANAGERS = {name: inspect(model).class_manager for name, model in MODELS.items()}


def ascii_lower(text: str) -> str:
    """Lower case as SQLite's ``lower()`` does it: A-Z only (the tag index uses it)."""
    return text.translate(_ASCII_LOWER)


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")

#: The columns of each live-only unique index: two live rows may not share these values.
UNIQUE_LIVE: dict[str, tuple[str, ...]] = {
    "tag": ("name",),
    "exchange_rate": ("on", "base", "quote"),
    "project_partner": ("project_id", "organization_id", "role"),
    "project_contact": ("project_id", "contact_id"),
    "event_organization": ("event_id", "organization_id"),
    "event_contact": ("event_id", "contact_id"),
    "event_project": ("event_id", "project_id"),
}


def unique_key(table: str, row: Row) -> tuple[Any, ...] | None:
    """The value a live row must not share with another live row, or None (no rule or
    a tombstone)."""
    columns = UNIQUE_LIVE.get(table)
    if columns is None or row["deleted_at"] is not None:
        return None
    if table == "tag":
        return (ascii_lower(row["name"]),)
    return tuple(row[c] for c in columns)

"""Stored column text read the way the model reads it, faster, for the big exports.

The vCard and iCalendar exports read their rows with plain SQL and the columns'
stored text (no ORM objects, no per-value type processing): for 100,000 contacts the
JSON decoding of four lists, the parsing of ids and timestamps and the formatting of
``datetime`` objects were a good part of the export's time. Each function gives
exactly what reading the column through the model (and formatting the value as the
vobject/icalendar path did) gives, taking a shortcut only for the text the app itself
writes, and the model's own reading for anything else.
"""

from __future__ import annotations

import re
import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import String, type_coerce
from sqlalchemy import select as sa_select
from sqlalchemy.engine import Connection

from .store.column_types import StringList, UTCDateTime

_STRING_LIST = StringList()
_UTC_DATETIME = UTCDateTime()

#: A JSON array of strings as :class:`StringList` writes it (``json.dumps``, ", "
#: between items) with no escapes: its items are the text between the quotes.
_PLAIN_LIST = re.compile(r'\["[^"\\\x00-\x1f]*(?:", "[^"\\\x00-\x1f]*)*"\]')
#: A timestamp as :class:`UTCDateTime` writes it, with a four-digit year.
_UTC_TEXT = re.compile(
    r"[1-9][0-9]{3}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{6}\+00:00"
)
_HEX_ID = re.compile(r"[0-9a-f]{32}")


def raw(column: Any) -> Any:
    """``column`` read as its stored text (ids as 32-digit hex, lists as JSON)."""
    return type_coerce(column, String).label(f"{column.name}__raw")


def table_of(model: Any) -> Any:
    """The Core table of a SQLModel table class."""
    return model.__table__


def live_names(conn: Connection, model: Any, column: str = "name") -> dict[str, str]:
    """Hex id -> ``column`` (the name) of every live record of ``model``, in one query."""
    table = table_of(model)
    statement = sa_select(raw(table.c.id), table.c[column]).where(table.c.deleted_at.is_(None))
    return dict(conn.execute(statement).all())


def string_list(stored: str | None) -> list[str]:
    """A list column's stored JSON as :class:`StringList` reads it."""
    if not stored or stored == "[]":
        return []
    if _PLAIN_LIST.fullmatch(stored):
        return stored[2:-2].split('", "')
    return _STRING_LIST.process_result_value(stored, None)  # type: ignore[arg-type]


def id_text(key: str) -> str:
    """``str(uuid)`` of a stored 32-digit hex id ("8-4-4-4-12")."""
    if _HEX_ID.fullmatch(key):
        return f"{key[:8]}-{key[8:12]}-{key[12:16]}-{key[16:20]}-{key[20:]}"
    return str(uuid.UUID(hex=key))


def utc_datetime(stored: str) -> datetime:
    """A timestamp column's stored text as :class:`UTCDateTime` reads it."""
    parsed = _UTC_DATETIME.process_result_value(stored, None)  # type: ignore[arg-type]
    if parsed is None:  # pragma: no cover - only for NULL, which the columns never hold
        raise ValueError("no timestamp")
    return parsed


def vcard_timestamp(stored: str) -> str:
    """``REV``'s text: ``utc_datetime(stored).astimezone(UTC).strftime(
    "%Y-%m-%dT%H:%M:%SZ")``."""
    if _UTC_TEXT.fullmatch(stored):
        datetime.fromisoformat(stored)  # a real date and time (raises as the model does)
        return stored[:19] + "Z"
    return utc_datetime(stored).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def ical_timestamp(stored: str) -> str:
    """A UTC DATE-TIME as icalendar writes ``utc_datetime(stored).astimezone(UTC)``:
    ``20261202T233524Z``."""
    if _UTC_TEXT.fullmatch(stored):
        datetime.fromisoformat(stored)
        s = stored
        return f"{s[0:4]}{s[5:7]}{s[8:10]}T{s[11:13]}{s[14:16]}{s[17:19]}Z"
    return ical_utc(utc_datetime(stored).astimezone(UTC))


def ical_utc(moment: datetime) -> str:
    """icalendar's text of a UTC ``datetime`` (``vDatetime.to_ical``)."""
    return (
        f"{moment.year:04}{moment.month:02}{moment.day:02}"
        f"T{moment.hour:02}{moment.minute:02}{moment.second:02}Z"
    )

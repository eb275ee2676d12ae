"""Column types that SQLite lacks: exact decimals, UTC timestamps, JSON string lists.

SQLite has no DECIMAL and no time zones. Money is stored as canonical decimal text
(never a float), timestamps as ISO-8601 text in UTC, lists as JSON text.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy.engine import Dialect
from sqlalchemy.types import String, Text, TypeDecorator


def utcnow() -> datetime:
    """The current time, timezone-aware in UTC, to the microsecond."""
    return datetime.now(UTC)


class DecimalText(TypeDecorator[Decimal]):
    """An exact decimal stored as text ("47964000000.00"), read back as ``Decimal``."""

    impl = String(40)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if isinstance(value, float):
            raise TypeError("money must be a Decimal or a string, never a float")
        try:
            dec = Decimal(str(value))
        except InvalidOperation as exc:
            raise ValueError(f"not a decimal number: {value!r}") from exc
        if not dec.is_finite():
            raise ValueError(f"not a finite decimal number: {value!r}")
        return format(dec, "f")

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        return Decimal(str(value))


class UTCDateTime(TypeDecorator[datetime]):
    """A timezone-aware UTC timestamp stored as ISO-8601 text."""

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if not isinstance(value, datetime):
            raise TypeError(f"expected a datetime, got {type(value).__name__}")
        if value.tzinfo is None:
            raise ValueError("timestamps must be timezone-aware")
        return value.astimezone(UTC).isoformat(timespec="microseconds")

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        parsed = datetime.fromisoformat(str(value))
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=UTC)
        return parsed


class StringList(TypeDecorator[list[str]]):
    """A list of strings stored as a JSON array; never NULL, an empty list instead."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> str:
        items = [str(v).strip() for v in (value or []) if str(v).strip()]
        return json.dumps(items, ensure_ascii=False)

    def process_result_value(self, value: Any, dialect: Dialect) -> list[str]:
        if not value:
            return []
        try:
            loaded = json.loads(value)
        except ValueError:
            return [str(value)]
        if not isinstance(loaded, list):
            return [str(loaded)]
        return [str(v) for v in loaded]

    def coerce_compared_value(self, op: Any, value: Any) -> Any:
        return String()

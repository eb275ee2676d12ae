"""The stored exchange rates: list them, add one, and build the table totals convert with.

A rate says 1 ``base`` = ``rate`` ``quote`` from the day ``on``. Totals look a rate up
on a project's signing date (see :mod:`office_desk.core.money`), so adding today's rate
never changes last year's figures.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation

from sqlmodel import col, select

from ..i18n import translate
from ..models import ExchangeRate
from ..money import Rate, RateTable
from ..store.database import Store


class DuplicateRate(ValueError):
    """A live rate for the same pair and day is already stored."""


def list_rates(
    store: Store, base: str | None = None, quote: str | None = None
) -> list[ExchangeRate]:
    """Live rates, oldest first (optionally only one base and/or quote currency)."""
    statement = select(ExchangeRate)
    if base is not None:
        statement = statement.where(ExchangeRate.base == base)
    if quote is not None:
        statement = statement.where(ExchangeRate.quote == quote)
    statement = statement.order_by(
        col(ExchangeRate.on), col(ExchangeRate.base), col(ExchangeRate.quote)
    )
    with store.session() as session:
        return list(session.exec(statement).all())


def rate_table(store: Store) -> RateTable:
    """Every live rate, ready to convert amounts on a given date."""
    return RateTable(Rate(r.on, r.base, r.quote, r.rate) for r in list_rates(store))


def rate_currencies(store: Store) -> list[str]:
    """The currency codes that appear in the stored rates, sorted."""
    codes: set[str] = set()
    for r in list_rates(store):
        codes.update((r.base, r.quote))
    return sorted(codes)


def add_rate(
    store: Store,
    on: date,
    base: str,
    quote: str,
    rate: Decimal | str,
    source: str = "",
) -> ExchangeRate:
    """Store 1 ``base`` = ``rate`` ``quote`` from ``on``.

    Raises :class:`DuplicateRate` if that pair already has a rate on that day, and the
    store's ``ValidationError`` for an unknown currency or a rate that is not positive.
    """
    try:
        exact = rate if isinstance(rate, Decimal) else Decimal(str(rate).strip())
    except InvalidOperation:
        raise ValueError(
            translate("ExchangeRates", "{rate} is not a number").format(rate=repr(rate))
        ) from None
    base, quote = base.strip().upper(), quote.strip().upper()
    with store.write() as session:
        clash = session.exec(
            select(ExchangeRate).where(
                ExchangeRate.on == on, ExchangeRate.base == base, ExchangeRate.quote == quote
            )
        ).first()
        if clash is not None:
            raise DuplicateRate(
                translate(
                    "ExchangeRates",
                    "a rate from {base} to {quote} on {date} is already stored ({rate})",
                ).format(base=base, quote=quote, date=on.isoformat(), rate=clash.rate)
            )
        record = ExchangeRate(on=on, base=base, quote=quote, rate=exact, source=source)
        session.add(record)
    return record

"""Money: exact decimal amounts in the currency they were signed in, and conversion
to a reporting currency with the rate locked on a given date.

Amounts are ``Decimal`` end to end, never floats. A rate is looked up on or before
the date asked for (the signing date of a project), directly or inverted, so that a
report on last year does not change when today's rates do. An old or retired currency
code in a stored record never raises while reading; only new writes are checked.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import lru_cache

import pycountry

from .i18n import translate


@lru_cache(maxsize=512)
def is_known_currency(code: str) -> bool:
    """True for a current ISO 4217 alphabetic code (upper case, e.g. "EUR")."""
    return (
        isinstance(code, str)
        and len(code) == 3
        and code.isupper()
        and pycountry.currencies.get(alpha_3=code) is not None
    )


def all_currencies() -> list[tuple[str, str]]:
    """(code, English name) of every current ISO 4217 currency, sorted by code."""
    return sorted((str(c.alpha_3), str(c.name)) for c in pycountry.currencies)


class MissingRate(LookupError):
    """No stored rate converts ``currency`` to ``target`` on or before ``on``."""

    def __init__(self, currency: str, target: str, on: date | None) -> None:
        self.currency, self.target, self.on = currency, target, on
        if on:
            text = translate(
                "Money", "no exchange rate from {currency} to {target} on or before {date}"
            ).format(currency=currency, target=target, date=on.isoformat())
        else:
            text = translate("Money", "no exchange rate from {currency} to {target}").format(
                currency=currency, target=target
            )
        super().__init__(text)


@dataclass(frozen=True)
class Rate:
    """1 ``base`` = ``rate`` ``quote`` from date ``on``."""

    on: date
    base: str
    quote: str
    rate: Decimal


class RateTable:
    """Stored exchange rates, queried for the rate in force on a date."""

    def __init__(self, rates: Iterable[Rate]) -> None:
        self._by_pair: dict[tuple[str, str], list[Rate]] = {}
        for r in rates:
            self._by_pair.setdefault((r.base, r.quote), []).append(r)
        for series in self._by_pair.values():
            series.sort(key=lambda r: r.on)

    def _latest(self, base: str, quote: str, on: date | None) -> Rate | None:
        series = self._by_pair.get((base, quote), [])
        candidates = [r for r in series if on is None or r.on <= on]
        return candidates[-1] if candidates else None

    def rate(self, currency: str, target: str, on: date | None) -> Decimal:
        """How many ``target`` one ``currency`` buys on ``on`` (latest rate if None)."""
        if currency == target:
            return Decimal(1)
        direct = self._latest(currency, target, on)
        inverse = self._latest(target, currency, on)
        # Prefer whichever of the two was set closer to the date asked for.
        if direct and (not inverse or direct.on >= inverse.on):
            return direct.rate
        if inverse:
            return Decimal(1) / inverse.rate
        raise MissingRate(currency, target, on)

    def convert(self, amount: Decimal, currency: str, target: str, on: date | None) -> Decimal:
        return amount * self.rate(currency, target, on)


@dataclass(frozen=True)
class Total:
    """A total in the reporting currency, with what went in and what could not."""

    currency: str
    amount: Decimal
    by_currency: dict[str, Decimal]
    unconverted: dict[str, Decimal]


def total(
    items: Sequence[tuple[Decimal, str, date | None]], target: str, rates: RateTable
) -> Total:
    """Sum ``(amount, currency, date)`` items in ``target``, each at its own date's rate.

    Items whose currency has no rate are summed apart in ``unconverted`` rather
    than silently dropped or converted at a wrong rate.
    """
    by_currency: dict[str, Decimal] = {}
    unconverted: dict[str, Decimal] = {}
    result = Decimal(0)
    for amount, currency, on in items:
        by_currency[currency] = by_currency.get(currency, Decimal(0)) + amount
        try:
            result += rates.convert(amount, currency, target, on)
        except MissingRate:
            unconverted[currency] = unconverted.get(currency, Decimal(0)) + amount
    return Total(target, result.quantize(Decimal("0.01")), by_currency, unconverted)

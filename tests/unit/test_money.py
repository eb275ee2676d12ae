"""Totals in a reporting currency use the rate of each amount's own date."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from office_desk.core.money import MissingRate, Rate, RateTable, is_known_currency, total

RATES = RateTable(
    [
        Rate(date(2020, 1, 1), "EUR", "CNY", Decimal("7.80")),
        Rate(date(2022, 1, 1), "EUR", "CNY", Decimal("7.20")),
        Rate(date(2021, 1, 1), "USD", "CNY", Decimal("6.50")),
    ]
)


def test_rate_locked_on_the_date() -> None:
    assert RATES.rate("EUR", "CNY", date(2021, 6, 1)) == Decimal("7.80")
    assert RATES.rate("EUR", "CNY", date(2023, 6, 1)) == Decimal("7.20")
    assert RATES.rate("CNY", "CNY", None) == 1


def test_inverse_rate() -> None:
    assert RATES.convert(Decimal("780"), "CNY", "EUR", date(2021, 1, 1)) == Decimal(100)


def test_no_rate_before_first_one() -> None:
    with pytest.raises(MissingRate, match="EUR to CNY on or before 2019-01-01"):
        RATES.rate("EUR", "CNY", date(2019, 1, 1))


def test_total_keeps_unconvertible_amounts_apart() -> None:
    result = total(
        [
            (Decimal("100"), "EUR", date(2020, 6, 1)),
            (Decimal("1000"), "CNY", None),
            (Decimal("5"), "GBP", date(2020, 6, 1)),
        ],
        "CNY",
        RATES,
    )
    assert result.amount == Decimal("1780.00")
    assert result.unconverted == {"GBP": Decimal(5)}
    assert result.by_currency["EUR"] == Decimal(100)


def test_currency_codes() -> None:
    assert is_known_currency("CNY") and is_known_currency("EUR")
    assert not is_known_currency("DEM") and not is_known_currency("eur")

"""Numbers and dates read as people type them in German, English and Chinese."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from office_desk.core.typed_input import (
    TypedInputError,
    format_amount,
    format_coordinate,
    format_typed_date,
    format_typed_number,
    number_example,
    parse_coordinate,
    parse_date,
    parse_number,
)

LOCALES = ("de_DE", "en_US", "zh_CN")


@pytest.mark.parametrize(
    ("locale", "typed", "expected"),
    [
        # German: "." between thousands, "," before decimals (the liaison officer's "250.000")
        ("de_DE", "250.000", Decimal("250000")),
        ("de_DE", "2.500.000", Decimal("2500000")),
        ("de_DE", "12.000.000", Decimal("12000000")),
        ("de_DE", "2.500.000,50", Decimal("2500000.50")),
        ("de_DE", "250,5", Decimal("250.5")),
        ("de_DE", "0,125", Decimal("0.125")),
        ("de_DE", "1 234,5", Decimal("1234.5")),  # a space between thousands is never a decimal
        ("de_DE", "47964000000", Decimal("47964000000")),
        # English and Chinese: "," between thousands, "." before decimals
        ("en_US", "2,500,000", Decimal("2500000")),
        ("en_US", "2,500,000.50", Decimal("2500000.50")),
        ("en_US", "250.5", Decimal("250.5")),
        ("zh_CN", "2,500,000.50", Decimal("2500000.50")),
        ("zh_CN", "１２，０００，０００", Decimal("12000000")),  # full-width, from an input method
        ("zh_CN", "250。5", Decimal("250.5")),  # the input method's full stop
        ("en_US", "−5", Decimal("-5")),  # a typographic minus sign
    ],
)
def test_amounts_read_in_the_typing_language(locale: str, typed: str, expected: Decimal) -> None:
    assert parse_number(typed, locale, amount=True) == expected


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        ("de_DE", "2,500,000"),  # English marks in German: refused, not guessed
        ("de_DE", "1,234.56"),
        ("de_DE", "12.34"),
        ("en_US", "2.500.000"),
        ("en_US", "2.500.000,50"),
        ("en_US", "250,5"),
        ("zh_CN", "2.500.000"),
        ("de_DE", "12x"),
        ("de_DE", "1e5"),
        ("en_US", "NaN"),
        ("en_US", "Infinity"),
        ("de_DE", "EUR 250.000"),
        ("de_DE", ","),
    ],
)
def test_what_cannot_be_read_is_refused_with_an_example(locale: str, typed: str) -> None:
    with pytest.raises(TypedInputError) as refused:
        parse_number(typed, locale, amount=True)
    example = number_example(locale, Decimal("2500000.5"), 2)
    assert f"“{typed}” is not an amount; write it like {example}" == str(refused.value)


@pytest.mark.parametrize(
    ("locale", "typed", "large", "small", "values"),
    [
        # a German habit in the English UI
        ("en_US", "250.000", "250,000.00", "250.00", (Decimal(250000), Decimal(250))),
        ("zh_CN", "250.000", "250,000.00", "250.00", (Decimal(250000), Decimal(250))),
        # an English habit in the German UI
        ("de_DE", "250,000", "250.000,00", "250,00", (Decimal(250000), Decimal(250))),
        ("en_US", "1.125", "1,125.00", "1.125", (Decimal(1125), Decimal("1.125"))),
    ],
)
def test_amounts_that_read_both_ways_are_refused(
    locale: str, typed: str, large: str, small: str, values: tuple[Decimal, Decimal]
) -> None:
    with pytest.raises(TypedInputError) as refused:
        parse_number(typed, locale, amount=True)
    message = str(refused.value)
    assert message.startswith(f"“{typed}” is ambiguous: {large} or {small}?")
    # What the message says to type is read without doubt, one way and the other.
    suggestions = message.rsplit("Type ", 1)[1].removesuffix(".").split(" or ")
    assert tuple(parse_number(s, locale, amount=True) for s in suggestions) == values


def test_whole_numbers() -> None:
    assert parse_number("1.200", "de_DE", whole=True) == 1200
    assert parse_number("1,200", "en_US", whole=True) == 1200
    with pytest.raises(TypedInputError, match="ambiguous"):
        parse_number("1.000", "en_US", whole=True)  # 1 job or 1000?
    with pytest.raises(TypedInputError, match="is not a whole number"):
        parse_number("12,5", "de_DE", whole=True)
    # A plain decimal number (not an amount, not whole) keeps the language's rule.
    assert parse_number("1.125", "en_US") == Decimal("1.125")


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize(
    "value",
    [
        Decimal("250000"),
        Decimal("250000.00"),
        Decimal("47964000000"),
        Decimal("1.125"),
        Decimal("0.000001"),
        Decimal("1E+3"),
        Decimal("12345678901234567890.123456"),
        Decimal("-5"),
        Decimal("250"),
    ],
)
def test_shown_amounts_read_back_unchanged(locale: str, value: Decimal) -> None:
    text = format_typed_number(value, locale, min_decimals=2)
    assert parse_number(text, locale, amount=True) == value
    assert parse_number(format_typed_number(value, locale), locale, amount=True) == value


def test_amounts_shown_back_in_the_typing_language() -> None:
    assert format_typed_number(Decimal("250000"), "de_DE", min_decimals=2) == "250.000,00"
    assert format_typed_number(Decimal("1.125"), "de_DE", min_decimals=2) == "1,1250"
    assert format_amount(Decimal("250000"), "EUR", "de_DE") == "250.000,00 EUR"
    assert format_amount(Decimal("250000"), "EUR", "en_US") == "250,000.00 EUR"
    assert format_amount(Decimal("2500000.5"), "CNY", "zh_CN") == "2,500,000.50 CNY"
    assert number_example("de_DE", 12_000_000) == "12.000.000"


@pytest.mark.parametrize("locale", (*LOCALES, "C", "xx_YY"))
def test_placeholder_examples_are_accepted(locale: str) -> None:
    assert parse_number(number_example(locale, 12_000_000), locale, amount=True) == 12_000_000


def test_coordinates_take_a_point_or_the_decimal_comma() -> None:
    assert parse_coordinate("51.0504", "de_DE") == pytest.approx(51.0504)
    assert parse_coordinate("51,0504", "de_DE") == pytest.approx(51.0504)
    assert parse_coordinate("13.737", "de_DE") == pytest.approx(13.737)  # never 13737
    assert parse_coordinate("-33.86", "en_US") == pytest.approx(-33.86)
    with pytest.raises(TypedInputError, match="is not a number"):
        parse_coordinate("51°03′N", "de_DE")
    assert format_coordinate(51.0504, "de_DE") == "51,0504"
    assert parse_coordinate(format_coordinate(1e-05, "de_DE"), "de_DE") == 1e-05


@pytest.mark.parametrize(
    ("locale", "typed", "expected"),
    [
        ("de_DE", "01.02.2026", date(2026, 2, 1)),
        ("de_DE", "1.2.2026", date(2026, 2, 1)),
        ("de_DE", "01.02.2026.", date(2026, 2, 1)),
        ("en_US", "1/2/2026", date(2026, 1, 2)),  # month first, as QLocale("en") writes it
        ("en_GB", "1/2/2026", date(2026, 2, 1)),
        ("zh_CN", "2026/1/2", date(2026, 1, 2)),
        ("zh_CN", "2026年1月2日", date(2026, 1, 2)),
        *((locale, "2026-01-02", date(2026, 1, 2)) for locale in LOCALES),  # ISO everywhere
        *((locale, "2026-1-2", date(2026, 1, 2)) for locale in LOCALES),
    ],
)
def test_dates_in_the_short_form_and_iso(locale: str, typed: str, expected: date) -> None:
    assert parse_date(typed, locale) == expected


@pytest.mark.parametrize("locale", LOCALES)
def test_shown_dates_read_back(locale: str) -> None:
    for day in (date(2026, 2, 1), date(1999, 12, 31), date(2026, 11, 25)):
        text = format_typed_date(day, locale)
        assert "2026" in text or "1999" in text  # four-digit years, never "26"
        assert parse_date(text, locale) == day


@pytest.mark.parametrize(
    ("locale", "typed", "message"),
    [
        ("de_DE", "31.02.2026", "is not a possible date"),
        ("en_US", "13/13/2026", "is not a possible date"),
        ("de_DE", "01.02.26", "type the year with four digits, like 25.11.2026"),
        ("de_DE", "1800-01-01", "the year must be between 1900 and 2199"),
        ("de_DE", "morgen", "is not a date; type it like 25.11.2026"),
        ("zh_CN", "01.02.2026", "is not a date; type it like 2026/11/25"),
        # Dots are how day-first countries write; month first is the American rule: ask.
        ("en_US", "01.02.2026", "is ambiguous: January 2, 2026 or February 1, 2026?"),
    ],
)
def test_impossible_and_ambiguous_dates_are_refused(locale: str, typed: str, message: str) -> None:
    with pytest.raises(TypedInputError) as refused:
        parse_date(typed, locale)
    assert message in str(refused.value)

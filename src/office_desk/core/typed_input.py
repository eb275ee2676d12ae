"""Reading numbers and dates as people type them in their language (Qt-free, via Babel).

Every function takes the locale of the person typing (``"de_DE"``, ``"en_US"``,
``"zh_CN"``; the GUI passes ``QLocale().name()``). Numbers are read with Babel's
``parse_decimal(..., strict=True)``, which knows each language's grouping and decimal
marks and refuses a number written with the other convention instead of guessing:
German "250.000" is 250000 and "2.500.000,50" is 2500000.5, English "2,500,000" is
2500000, and German "2,500,000" is refused. On top of that, a number that reads
sensibly both ways (English "250.000": 250 by the rule, 250000 by a German habit) is
refused as ambiguous when a whole number or an amount is expected, with a message
saying what to type. Dates are read in the locale's short order (day, month, year in
German; month first in American English; year first in Chinese) and in ISO form.

Errors are :class:`TypedInputError` with a message for the user, in the current
language (:func:`office_desk.core.i18n.translate`).
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING

from .i18n import translate

if TYPE_CHECKING:
    from babel import Locale

#: The locale used when the system gives none (Qt's "C" locale) or one Babel does not know.
FALLBACK_LOCALE = "en_US"
#: Dates before or after these years are taken for typing mistakes.
FIRST_YEAR, LAST_YEAR = 1900, 2199
#: The example date in placeholders and messages: its day (25) cannot be a month.
EXAMPLE_DATE = date(2026, 11, 25)

_SPACES_AND_APOSTROPHES = re.compile(r"[\s'\u2019\u02bc\u00b4`]")
_MINUS = str.maketrans({"\u2212": "-", "\u2013": "-", "\uff0d": "-", "\ufe63": "-"})
_PLAIN_DECIMAL = re.compile(r"[+-]?\d+(?:[.,]\d+)?")
_DATE_PART = re.compile(r"\d+")
_DATE_SEPARATORS = re.compile(r"[./\-\s]+")
_CHINESE_DATE = str.maketrans({"年": "-", "月": "-", "日": "", "号": ""})


class TypedInputError(ValueError):
    """Typed text that cannot be read; ``str(error)`` is the message for the user."""


# --------------------------------------------------------------------------- locales


@lru_cache(maxsize=32)
def _babel_locale(name: str) -> Locale:
    from babel import Locale, UnknownLocaleError

    cleaned = (name or "").split(".", 1)[0].split("@", 1)[0].replace("-", "_")
    if cleaned in ("", "C", "POSIX"):
        cleaned = FALLBACK_LOCALE
    try:
        return Locale.parse(cleaned)
    except (UnknownLocaleError, ValueError):
        return Locale.parse(FALLBACK_LOCALE)


def decimal_mark(locale: str) -> str:
    """The decimal mark of ``locale``: "," in German, "." in English and Chinese."""
    from babel.numbers import get_decimal_symbol

    return str(get_decimal_symbol(_babel_locale(locale)))


def group_mark(locale: str) -> str:
    """The thousands separator of ``locale``: "." in German, "," in English and Chinese."""
    from babel.numbers import get_group_symbol

    return str(get_group_symbol(_babel_locale(locale)))


# --------------------------------------------------------------------------- numbers


def _decimals(value: Decimal) -> int:
    exponent = value.normalize().as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def _format(value: Decimal, locale: str, decimals: int, grouped: bool = True) -> str:
    from babel.numbers import format_decimal

    pattern = ("#,##0" if grouped else "0") + ("." + "0" * decimals if decimals else "")
    return str(format_decimal(value, format=pattern, locale=_babel_locale(locale)))


def format_typed_number(value: Decimal | int | float, locale: str, min_decimals: int = 0) -> str:
    """``value`` as the person would type it in ``locale``, grouped, with every digit it
    has and at least ``min_decimals`` decimals ("250.000,00" in German for an amount).
    The text always reads back to ``value`` with :func:`parse_number` (never ambiguous)."""
    exact = value if isinstance(value, Decimal) else Decimal(str(value))
    decimals = max(min_decimals, _decimals(exact))
    for places, grouped in ((decimals, True), (decimals + 1, True), (decimals + 1, False)):
        text = _format(exact, locale, places, grouped)
        try:
            if parse_number(text, locale, amount=True) == exact:
                return text
        except TypedInputError:
            continue
    return str(exact)  # not reached for finite values; plain digits as a last resort


def number_example(locale: str, value: Decimal | int, decimals: int = 0) -> str:
    """An example number written the way ``locale`` writes it ("12.000.000")."""
    return _format(Decimal(value), locale, decimals)


def format_amount(value: Decimal, currency: str | None, locale: str) -> str:
    """The amount as read, for showing it back: "250.000,00 EUR" (German)."""
    text = _format(value, locale, max(2, _decimals(value)))
    return f"{text} {currency}" if currency else text


def _normalized(text: str, locale: str) -> str:
    """Full-width digits and marks (Chinese input methods) made ASCII, the minus sign
    made "-", spaces and apostrophes between digits made the locale's thousands mark."""
    text = unicodedata.normalize("NFKC", text).translate(_MINUS).strip()
    if decimal_mark(locale) == ".":
        text = text.replace("\u3002", ".")  # "。": the full stop of a Chinese input method
    return _SPACES_AND_APOSTROPHES.sub(group_mark(locale), text)


def _ambiguous(typed: str, text: str, locale: str, amount: bool) -> TypedInputError | None:
    """ "250.000" in English (250 by the rule, 250000 to a German eye), or "250,000" in
    German: one decimal mark followed by exactly three digits, after one to three digits."""
    mark = decimal_mark(locale)
    match = re.fullmatch(r"([+-]?)([1-9]\d{0,2})" + re.escape(mark) + r"(\d{3})", text)
    if match is None:
        return None
    sign, head, tail = match.groups()
    large = Decimal(f"{sign}{head}{tail}")
    small = Decimal(f"{sign}{head}.{tail}")
    places = 2 if amount else 0
    small_typed = _format(small, locale, _decimals(small), grouped=False)
    if _decimals(small) == 3:
        small_typed += "0"  # "1.1250": four decimals cannot be read as thousands
    return TypedInputError(
        translate(
            "TypedInput",
            "“{text}” is ambiguous: {large} or {small}? Type {large_typed} or {small_typed}.",
        ).format(
            text=typed,
            large=_format(large, locale, places),
            small=_format(small, locale, max(places, _decimals(small))),
            large_typed=f"{sign}{head}{tail}",
            small_typed=small_typed,
        )
    )


def parse_number(text: str, locale: str, *, whole: bool = False, amount: bool = False) -> Decimal:
    """The number in ``text`` as written in ``locale``; raises :class:`TypedInputError`
    for text that is empty, not a number, written with another language's marks, or
    (for ``whole`` numbers and ``amount``\\ s) ambiguous. ``whole``: refuse decimals."""
    from babel.numbers import NumberFormatError, parse_decimal

    typed = text.strip()
    cleaned = _normalized(typed, locale)
    mark, group = decimal_mark(locale), group_mark(locale)
    example = number_example(locale, 2500000 if whole else Decimal("2500000.5"), 0 if whole else 2)
    if amount:
        not_read = translate("TypedInput", "“{text}” is not an amount; write it like {example}")
    else:
        not_read = translate("TypedInput", "“{text}” is not a number; write it like {example}")
    allowed = r"[+-]?[0-9" + re.escape(mark + group) + r"]+"
    if not cleaned or not re.fullmatch(allowed, cleaned) or not re.search(r"\d", cleaned):
        raise TypedInputError(not_read.format(text=typed, example=example))
    if whole or amount:
        doubt = _ambiguous(typed, cleaned, locale, amount)
        if doubt is not None:
            raise doubt
    try:
        value = parse_decimal(cleaned, locale=_babel_locale(locale), strict=True)
    except NumberFormatError:
        raise TypedInputError(not_read.format(text=typed, example=example)) from None
    if not value.is_finite():  # pragma: no cover - the character check keeps these out
        raise TypedInputError(not_read.format(text=typed, example=example))
    if whole and value != value.to_integral_value():
        raise TypedInputError(
            translate("TypedInput", "“{text}” is not a whole number").format(text=typed)
        )
    return value


def parse_coordinate(text: str, locale: str) -> float:
    """A latitude or longitude in decimal degrees: the locale's decimal mark or a point
    (as maps and GPS devices write it), never thousands separators (a coordinate is at
    most 180, so "13.737" is 13.737 in German too)."""
    typed = text.strip()
    cleaned = unicodedata.normalize("NFKC", typed).translate(_MINUS).strip()
    if not _PLAIN_DECIMAL.fullmatch(cleaned):
        raise TypedInputError(
            translate("TypedInput", "“{text}” is not a number; write it like {example}").format(
                text=typed, example=format_coordinate(51.0504, locale)
            )
        )
    return float(cleaned.replace(",", "."))


def format_coordinate(value: float, locale: str) -> str:
    """A coordinate with the locale's decimal mark and all its digits ("51,0504")."""
    text = repr(float(value))
    if "e" in text or "E" in text:
        text = f"{value:.10f}".rstrip("0").rstrip(".")
    if text.endswith(".0"):
        text = text[:-2]
    return text.replace(".", decimal_mark(locale))


# --------------------------------------------------------------------------- dates


@lru_cache(maxsize=32)
def _short_pattern(locale: str) -> str:
    from babel.dates import get_date_format

    return str(get_date_format("short", locale=_babel_locale(locale)).pattern)


def date_order(locale: str) -> str:
    """The order of day, month and year in ``locale``'s short date: "dmy" (German,
    British), "mdy" (American), "ymd" (Chinese)."""
    pattern = re.sub(r"'[^']*'", "", _short_pattern(locale))
    positions = {letter: pattern.find(letter) for letter in "dMy"}
    if any(p < 0 for p in positions.values()):
        return "ymd"
    return "".join(sorted("dMy", key=lambda letter: positions[letter])).lower()


def format_typed_date(day: date, locale: str) -> str:
    """``day`` in ``locale``'s short form with a four-digit year: "25.11.2026",
    "11/25/2026", "2026/11/25" (what the date field shows and reads back)."""
    from babel.dates import format_date

    pattern = re.sub(r"y+", "yyyy", _short_pattern(locale))
    return str(format_date(day, format=pattern, locale=_babel_locale(locale)))


def format_long_date(day: date, locale: str, weekday: bool = True) -> str:
    """``day`` written out (with its weekday), to check what was typed: "Mittwoch,
    25. November 2026", "Wednesday, November 25, 2026", "2026年11月25日星期三"."""
    from babel.dates import format_date

    return str(format_date(day, format="full" if weekday else "long", locale=_babel_locale(locale)))


def _could_be_either(first: str, second: str) -> bool:
    """Both numbers could be a month, and reading them either way gives another day."""
    return first != second and 1 <= int(first) <= 12 and 1 <= int(second) <= 12


def parse_date(text: str, locale: str) -> date:
    """The date in ``text``, typed in ``locale``'s short order ("01.02.2026" in German,
    "2/1/2026" in American English, "2026/2/1" or "2026年2月1日" in Chinese) or in ISO
    form ("2026-02-01", in every language). A four-digit first number is always the
    year. Two-digit years, impossible days and years outside 1900–2199 are refused."""
    typed = text.strip()
    example = format_typed_date(EXAMPLE_DATE, locale)
    cleaned = unicodedata.normalize("NFKC", typed).translate(_CHINESE_DATE).strip(" .-/")
    parts = _DATE_SEPARATORS.split(cleaned) if cleaned else []
    if len(parts) != 3 or not all(_DATE_PART.fullmatch(p) for p in parts):
        raise TypedInputError(
            translate("TypedInput", "“{text}” is not a date; type it like {example}").format(
                text=typed, example=example
            )
        )
    order = "ymd" if len(parts[0]) == 4 else date_order(locale)
    values = dict(zip(order, parts, strict=True))
    if len(values["y"]) != 4 and not any(len(p) == 4 for p in parts):
        raise TypedInputError(
            translate(
                "TypedInput", "“{text}”: type the year with four digits, like {example}"
            ).format(text=typed, example=example)
        )
    if order == "mdy" and "." in cleaned and _could_be_either(parts[0], parts[1]):
        # Month first is the rule here, but dots are how day-first countries write dates:
        # "01.02.2026" could be either, so ask rather than guess.
        first = date(int(parts[2]), int(parts[0]), int(parts[1]))
        second = date(int(parts[2]), int(parts[1]), int(parts[0]))
        raise TypedInputError(
            translate(
                "TypedInput",
                "“{text}” is ambiguous: {first} or {second}? Type it like {example}, or as {iso}.",
            ).format(
                text=typed,
                first=format_long_date(first, locale, weekday=False),
                second=format_long_date(second, locale, weekday=False),
                example=example,
                iso=EXAMPLE_DATE.isoformat(),
            )
        )
    if len(values["y"]) != 4 or len(values["d"]) > 2 or len(values["m"]) > 2:
        raise TypedInputError(
            translate("TypedInput", "“{text}” is not a date; type it like {example}").format(
                text=typed, example=example
            )
        )
    year, month, day = int(values["y"]), int(values["m"]), int(values["d"])
    try:
        result = date(year, month, day)
    except ValueError:
        raise TypedInputError(
            translate(
                "TypedInput",
                "“{text}” is not a possible date: check the day and the month "
                "(type it like {example})",
            ).format(text=typed, example=example)
        ) from None
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise TypedInputError(
            translate("TypedInput", "“{text}”: the year must be between {first} and {last}").format(
                text=typed, first=FIRST_YEAR, last=LAST_YEAR
            )
        )
    return result

"""Dates, numbers, money and name order for the chosen language (Qt-free, via Babel/CLDR).

Everything follows :func:`office_desk.core.i18n.current_language`. English (``""``) keeps
the app's long-standing output exactly: ISO dates ("2026-11-25") and Python's number
formatting ("1,500,000.00 CNY"). German and Chinese use their CLDR grouping and decimal
marks and CLDR's medium date ("25.11.2026", "2026年11月25日").

Money always carries the ISO code after the amount ("1.500.000,00 CNY"), never a
symbol, so that CNY and JPY (both ¥) cannot be confused.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from .i18n import current_language
from .name_folding import has_cjk, pinyin, strip_accents

if TYPE_CHECKING:
    from babel import Locale

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=16)
def _locale(language: str) -> Locale | None:
    """The Babel locale for a translation name; None for English (or an unknown name)."""
    if not language:
        return None
    # Babel is imported on first use: English (and the CLI by default) never needs it,
    # and it would add to the app's start-up.
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(language)
    except (UnknownLocaleError, ValueError):
        return None


def _current() -> Locale | None:
    return _locale(current_language())


def format_number(value: Any, decimals: int | None = None) -> str:
    """``value`` with the locale's grouping and decimal marks; rounded to ``decimals``
    places if given, else with all its digits ("1,234.5" / "1.234,5")."""
    locale = _current()
    if locale is None:
        return f"{value:,.{decimals}f}" if decimals is not None else f"{value:,}"
    if decimals is None:
        from babel.numbers import format_decimal

        return format_decimal(value, locale=locale, decimal_quantization=False)
    pattern = "#,##0" + ("." + "0" * decimals if decimals > 0 else "")
    from babel.numbers import format_decimal

    return format_decimal(value, format=pattern, locale=locale)


def format_money(amount: Decimal, currency: str, decimals: int = 2) -> str:
    """``amount`` followed by its ISO currency code: "1,500,000.00 CNY" (English and
    Chinese), "1.500.000,00 CNY" (German). Without a code only the amount."""
    return f"{format_number(amount, decimals)} {currency or ''}".strip()


def format_date(day: date) -> str:
    """A short, unambiguous date: "2026-11-25" (English), "25.11.2026" (German),
    "2026年11月25日" (Chinese)."""
    locale = _current()
    if locale is None:
        return day.isoformat()
    from babel.dates import format_date as babel_format_date

    return babel_format_date(day, format="medium", locale=locale)


def format_date_range(start: date, end: date | None) -> str:
    """``start`` or "start – end" when ``end`` is another day."""
    text = format_date(start)
    if end and end != start:
        text += f" – {format_date(end)}"
    return text


@lru_cache(maxsize=8192)
def sort_key(text: str) -> tuple[str, str, str]:
    """A key sorting names alphabetically the way a German or Chinese reader expects:
    case-insensitive, umlauts and accents with their base letter ("Müller" beside
    "Muller"), ß as "ss", Han characters by their tone-less pinyin ("李娜" as "li na",
    among the Latin L's). Ties are broken by case/accents, then by the text itself."""
    spelled = text
    if has_cjk(spelled):
        spelled = _HAN.sub(lambda m: f" {pinyin(m.group(0))} ", spelled)
        spelled = _SPACES.sub(" ", spelled).strip()
    folded = spelled.casefold()
    return strip_accents(folded), folded, text

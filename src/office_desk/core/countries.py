"""ISO 3166 country codes and names, from pycountry's copy of the ISO tables."""

from __future__ import annotations

from functools import lru_cache

import pycountry


def is_country_code(code: str) -> bool:
    """True for a current ISO 3166-1 alpha-2 code (upper case, e.g. "DE")."""
    return len(code) == 2 and code.isupper() and pycountry.countries.get(alpha_2=code) is not None


@lru_cache(maxsize=512)
def country_name(code: str) -> str:
    """The English short name of a country code; the code itself if unknown."""
    if not code:
        return ""
    country = pycountry.countries.get(alpha_2=code.upper())
    if country is None:
        return code
    return str(getattr(country, "common_name", None) or country.name)


def all_countries() -> list[tuple[str, str]]:
    """(code, English name) of every country, sorted by name."""
    pairs = [
        (str(c.alpha_2), str(getattr(c, "common_name", None) or c.name))
        for c in pycountry.countries
    ]
    return sorted(pairs, key=lambda p: p[1])

"""ISO 3166 country codes and names, from pycountry's copy of the ISO tables.

Names are in the current language (:func:`office_desk.core.i18n.current_language`),
from pycountry's own translations of the ISO names (its ``iso3166-1`` gettext
catalogues, e.g. "Deutschland", "德国"); English when no language is installed.
"""

from __future__ import annotations

import gettext
from functools import lru_cache

import pycountry

from .i18n import current_language
from .name_folding import has_cjk, pinyin, strip_accents


def is_country_code(code: str) -> bool:
    """True for a current ISO 3166-1 alpha-2 code (upper case, e.g. "DE")."""
    return len(code) == 2 and code.isupper() and pycountry.countries.get(alpha_2=code) is not None


@lru_cache(maxsize=16)
def _catalogue(language: str) -> gettext.NullTranslations:
    """pycountry's translations of the country names into ``language`` ("de", "zh_CN");
    a catalogue that translates nothing when pycountry has none for it."""
    languages = [language]
    if "_" in language:
        languages.append(language.split("_", 1)[0])
    return gettext.translation(
        "iso3166-1", pycountry.LOCALES_DIR, languages=languages, fallback=True
    )


def _translated(country: object, language: str) -> str:
    english = str(getattr(country, "common_name", None) or country.name)  # type: ignore[attr-defined]
    if not language:
        return english
    catalogue = _catalogue(language)
    # The short common name ("Bolivia") first, then the ISO name it stands for.
    for source in (english, str(country.name)):  # type: ignore[attr-defined]
        text = catalogue.gettext(source)
        if text != source:
            return text
    return english


@lru_cache(maxsize=2048)
def _country_name(code: str, language: str) -> str:
    country = pycountry.countries.get(alpha_2=code.upper())
    if country is None:
        return code
    return _translated(country, language)


def country_name(code: str, language: str | None = None) -> str:
    """The name of a country code in ``language`` (None: the current language; "":
    English); the code itself if unknown."""
    if not code:
        return ""
    return _country_name(code, current_language() if language is None else language)


def _sort_key(name: str) -> str:
    """Names in alphabetical order for their language: umlauts beside their vowel,
    Chinese names by their pinyin."""
    if has_cjk(name):
        name = pinyin(name)
    return strip_accents(name).casefold()


def all_countries(language: str | None = None) -> list[tuple[str, str]]:
    """(code, name) of every country, sorted by name; names in ``language`` (None: the
    current language; "": English)."""
    language = current_language() if language is None else language
    pairs = [(str(c.alpha_2), _translated(c, language)) for c in pycountry.countries]
    if not language:  # English keeps its long-standing order
        return sorted(pairs, key=lambda p: p[1])
    return sorted(pairs, key=lambda p: (_sort_key(p[1]), p[1]))

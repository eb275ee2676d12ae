"""Turn the text of one cell into a value Office Desk stores, or say why it cannot.

Each function returns the value, or raises :class:`BadValue` whose message the dry run
shows with the file's line and column. They are called once per cell of a file of
maybe 100,000 rows, so the common case is kept cheap (e-mail addresses of the usual
shape are checked by a pattern; only unusual ones go to the full validator).
"""

from __future__ import annotations

import gettext
import re
from datetime import date
from functools import lru_cache

import pycountry

from ..i18n import translate
from ..models import Tag
from ..validation import email_problem, length_limits
from ..vocabulary import _Choice

_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


class BadValue(ValueError):
    """A cell whose text cannot be stored; ``str()`` says why."""


def clean(text: str) -> str:
    """The cell's text, trimmed, with a spreadsheet-safety quote taken off again: an
    export writes "'+49 351..." so that Excel does not run it; the value is "+49 351...".
    NUL characters are dropped: they mean nothing in a contact, and SQLite's text
    functions end a text at the first one (a name "\\x00" would be empty to the database
    but not to the checks made before it is saved)."""
    if "\x00" in text:
        text = text.replace("\x00", "")
    text = text.strip()
    if text[:1] == "'" and text[1:2] in _TRIGGERS:
        text = text[1:]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


# --------------------------------------------------------------------------- lists

_EMAIL_SPLIT = re.compile(r"\s*(?:\n|:::|;|,|\s)\s*")
_PHONE_SPLIT = re.compile(r"\s*(?:\n|:::|;)\s*")
_WORD_LIST_SPLIT = re.compile(r"\s*(?:\n|:::|;|,|/)\s*")


_EMAIL_SEPARATOR = re.compile(r"[\s,;:]")


def split_emails(text: str) -> list[str]:
    if _EMAIL_SEPARATOR.search(text) is None:  # one address, the usual case
        return [text]
    return [p for p in _EMAIL_SPLIT.split(text) if p]


def split_phones(text: str) -> list[str]:
    if "\n" not in text and ";" not in text and ":::" not in text:  # one number
        return [" ".join(text.split())]
    return [" ".join(p.split()) for p in _PHONE_SPLIT.split(text) if p]


def split_words(text: str) -> list[str]:
    return [p for p in _WORD_LIST_SPLIT.split(text) if p]


def split_lines(text: str) -> list[str]:
    return [p for p in _PHONE_SPLIT.split(text) if p]


_TAG_SPLIT = re.compile(r"\s*[;\n]\s*")
TAG_MAX_LENGTH = length_limits(Tag)["name"]


def split_tags(text: str) -> list[str]:
    """Tags (Outlook's categories): separated by ";" as Outlook writes them, or one a
    line; spaces inside a tag collapsed, as the editor saves them."""
    return [" ".join(p.split()) for p in _TAG_SPLIT.split(text) if p.strip()]


# --------------------------------------------------------------------------- e-mail

_PLAIN_EMAIL = re.compile(
    r"[A-Za-z0-9_%+-]+(?:\.[A-Za-z0-9_%+-]+)*"
    r"@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}"
)
_SPECIAL_TLDS = frozenset({"arpa", "invalid", "local", "localhost", "onion", "test"})
_ANGLED = re.compile(r"^[^<>]*<([^<>]+@[^<>]+)>$")


def email(text: str) -> str:
    """A usable e-mail address from a cell ("mailto:" and "Name <a@b>" forms accepted).
    An address of the usual shape passes on a pattern; any other goes to the full check
    (the same one every saved record gets)."""
    if _PLAIN_EMAIL.fullmatch(text) is not None:
        local, _, domain = text.partition("@")
        if (
            len(text) <= 254
            and len(local) <= 64
            and "--" not in domain
            and domain.rpartition(".")[2].lower() not in _SPECIAL_TLDS
        ):
            return text
    elif text[:7].lower() == "mailto:":
        return email(text[7:])
    elif "<" in text:
        angled = _ANGLED.match(text)
        if angled:
            return email(angled.group(1).strip())
    problem = email_problem(text)
    if problem:
        raise BadValue(problem)
    return text


# --------------------------------------------------------------------------- countries

#: Names people write that the ISO tables (in English, German and Chinese) do not have.
_COUNTRY_EXTRAS: dict[str, str] = {
    "usa": "US",
    "u s a": "US",
    "u s": "US",
    "america": "US",
    "united states of america": "US",
    "uk": "GB",
    "u k": "GB",
    "england": "GB",
    "great britain": "GB",
    "britain": "GB",
    "scotland": "GB",
    "wales": "GB",
    "grossbritannien": "GB",
    "großbritannien": "GB",
    "england uk": "GB",
    "prc": "CN",
    "p r china": "CN",
    "pr china": "CN",
    "peoples republic of china": "CN",
    "vr china": "CN",
    "volksrepublik china": "CN",
    "china mainland": "CN",
    "mainland china": "CN",
    "中国大陆": "CN",
    "中华人民共和国": "CN",
    "中國大陸": "CN",
    "中華人民共和國": "CN",
    "russia": "RU",
    "russland": "RU",
    "south korea": "KR",
    "korea": "KR",
    "republic of korea": "KR",
    "südkorea": "KR",
    "suedkorea": "KR",
    "韩国": "KR",
    "南韩": "KR",
    "north korea": "KP",
    "nordkorea": "KP",
    "taiwan": "TW",
    "台湾": "TW",
    "台灣": "TW",
    "hong kong": "HK",
    "hongkong": "HK",
    "香港": "HK",
    "macau": "MO",
    "macao": "MO",
    "澳门": "MO",
    "czech republic": "CZ",
    "tschechische republik": "CZ",
    "holland": "NL",
    "turkey": "TR",
    "türkei": "TR",
    "tuerkei": "TR",
    "vietnam": "VN",
    "iran": "IR",
    "syria": "SY",
    "laos": "LA",
    "moldova": "MD",
    "tanzania": "TZ",
    "venezuela": "VE",
    "bolivia": "BO",
    "brd": "DE",
    "bundesrepublik deutschland": "DE",
    "federal republic of germany": "DE",
    "德意志": "DE",
    "schweiz": "CH",
    "suisse": "CH",
    "svizzera": "CH",
    "österreich": "AT",
    "oesterreich": "AT",
    "uae": "AE",
    "vae": "AE",
    "ivory coast": "CI",
    "elfenbeinküste": "CI",
}
_PUNCTUATION = re.compile(r"[.,'’()\[\]\-_/]+")


def _country_key(text: str) -> str:
    return " ".join(_PUNCTUATION.sub(" ", text.casefold()).split())


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    names: dict[str, str] = {}
    translations = []
    for language in ("de", "zh_CN", "zh_TW", "fr", "it"):
        try:
            translations.append(
                gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language])
            )
        except OSError:
            continue
    english = [
        (str(country.alpha_2), str(getattr(country, a)))
        for country in pycountry.countries
        for a in ("name", "common_name", "official_name")
        if getattr(country, a, None)
    ]
    for code, text in english:  # English names first: a translation never hides one
        names.setdefault(_country_key(text), code)
    for translation in translations:
        for code, text in english:
            names.setdefault(_country_key(translation.gettext(text)), code)
    for country in pycountry.countries:
        names[_country_key(str(country.alpha_3))] = str(country.alpha_2)
    for text, code in _COUNTRY_EXTRAS.items():
        names[_country_key(text)] = code
    for country in pycountry.countries:  # two letters are a code first ("de" is DE)
        names[str(country.alpha_2).casefold()] = str(country.alpha_2)
    return names


@lru_cache(maxsize=2048)
def country_code(text: str) -> str:
    """The ISO 3166 code for a code or a country name in English, German or Chinese
    ("DE", "deu", "Germany", "Deutschland", "德国")."""
    if not text:
        return ""
    code = _country_names().get(_country_key(text))
    if code is None:
        raise BadValue(
            translate(
                "ImportRows",
                "{text} is not a country name or ISO code Office Desk knows "
                "(write it as a two-letter code, e.g. DE or CN)",
            ).format(text=repr(text))
        )
    return code


# --------------------------------------------------------------------------- others

_ISO_DATE = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T].*)?$")
_DAY_FIRST = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
_SLASHED = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")


def a_date(text: str) -> date | None:
    """A date written as 2024-03-01, 2024/03/01, 01.03.2024, or d/m/yyyy when the day
    cannot be mistaken for the month."""
    if not text:
        return None
    try:
        iso = _ISO_DATE.match(text)
        if iso:
            return date(int(iso[1]), int(iso[2]), int(iso[3]))
        german = _DAY_FIRST.match(text)
        if german:
            return date(int(german[3]), int(german[2]), int(german[1]))
        slashed = _SLASHED.match(text)
        if slashed:
            first, second = int(slashed[1]), int(slashed[2])
            if first > 12 >= second:
                return date(int(slashed[3]), second, first)
            if second > 12 >= first:
                return date(int(slashed[3]), first, second)
            raise BadValue(
                translate(
                    "ImportRows",
                    "{text} could be day/month or month/day; write the date as YYYY-MM-DD",
                ).format(text=repr(text))
            )
    except ValueError as exc:
        if isinstance(exc, BadValue):
            raise
        raise BadValue(
            translate("ImportRows", "{text} is not a real date ({reason})").format(
                text=repr(text), reason=exc
            )
        ) from None
    raise BadValue(
        translate("ImportRows", "{text} is not a date (write it as YYYY-MM-DD)").format(
            text=repr(text)
        )
    )


_YES = frozenset({"yes", "y", "true", "1", "x", "ja", "j", "wahr", "是", "对"})
_NO = frozenset({"no", "n", "false", "0", "nein", "falsch", "否", "不"})


def yes_no(text: str) -> bool | None:
    if not text:
        return None
    word = text.strip().casefold()
    if word in _YES:
        return True
    if word in _NO:
        return False
    raise BadValue(translate("ImportRows", "{text} is not yes or no").format(text=repr(text)))


def choice(text: str, choices: type[_Choice], synonyms: dict[str, str] | None = None) -> str:
    """A stored value of ``choices`` from its value, its label or a synonym."""
    word = " ".join(text.replace("_", " ").split()).casefold()
    for member in choices:
        if word in (member.value.replace("_", " "), member.label.casefold()):
            return member.value
    if synonyms and word in synonyms:
        return synonyms[word]
    allowed = ", ".join(m.label for m in choices)
    raise BadValue(
        translate("ImportRows", "{text} is not one of: {allowed}").format(
            text=repr(text), allowed=allowed
        )
    )


def a_number(text: str, low: float, high: float, what: str) -> float | None:
    if not text:
        return None
    try:
        number = float(text.replace(",", ".").replace(" ", ""))
    except ValueError:
        raise BadValue(
            translate("ImportRows", "{text} is not a number").format(text=repr(text))
        ) from None
    if not low <= number <= high:
        raise BadValue(
            translate("ImportRows", "{text} is impossible: {what} is {low} to {high}").format(
                text=text, what=what, low=f"{low:g}", high=f"{high:g}"
            )
        )
    return number

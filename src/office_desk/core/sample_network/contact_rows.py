"""How a sample contact is written down: one call of :func:`contact_row` per person
(the data is in :mod:`.contacts` and :mod:`.contacts_europe`)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from .places import CITIES

#: Each city's fictional telephone prefix (555-style or the fiction range); a contact's
#: number is its city's prefix plus its extension.
PHONE_PREFIXES = {
    "Dresden": "+49 351 555 0",
    "Jinan": "+86 531 5550 0",
    "Frankfurt am Main": "+49 69 555 0",
    "Munich": "+49 89 555 0",
    "Vienna": "+43 1 555 0",
    "Paris": "+33 1 99 00 0",
    "Milan": "+39 02 555 0",
    "Budapest": "+36 1 555 0",
}


def contact_row(
    key: str,
    given: str,
    family: str,
    native: str = "",
    *,
    city: str,
    office: str | None,
    position: str,
    org: str | None = None,
    email: str,
    ext: str,
    langs: Iterable[str],
    last: date | None,
    basis: str = "legitimate_interest",
    basis_note: str = "",
    wechat: str = "",
    notes: str = "",
    tags: Iterable[str] = (),
    title: str = "",
) -> dict[str, Any]:
    """One contact row. The phone is the city's fictional 555 prefix plus ``ext``."""
    country = CITIES[city][0]
    chinese = bool(native)
    hungarian = country == "HU" and not chinese
    return {
        "key": key,
        "given_name": given,
        "family_name": family,
        "name_native": native,
        "family_name_first": chinese or hungarian,
        "title": title,
        "position": position,
        "organization": org,
        "office": office,
        "city": city,
        "country": country,
        "emails": [email],
        "phones": [PHONE_PREFIXES[city] + ext],
        "messaging": [f"WeChat: {wechat}"] if wechat else [],
        "languages": list(langs),
        "last_contacted_on": last,
        "legal_basis": basis,
        "legal_basis_note": basis_note,
        "notes": f"Fictional person. {notes}".strip(),
        "tags": list(tags),
    }


#: The legal basis note of the offices' own staff.
STAFF_NOTE = "Office staff; data kept under the employment contract."

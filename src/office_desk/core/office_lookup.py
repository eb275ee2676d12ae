"""Find the office a user names on the command line (``--office Dresden``).

A name matches an office's name, native name or city, ignoring case and surrounding
spaces. An exact match wins over a partial one ("Dresden" is the office in the city of
Dresden, not also "Jinan-Dresden Contact Office"). No match, or several equally good
ones, is an error that lists the candidates, so the user can be more precise.
"""

from __future__ import annotations

from sqlmodel import select

from .i18n import translate
from .models import Office
from .store.database import Store


class OfficeLookupError(ValueError):
    """The name matches no office, or more than one; the message lists the candidates."""

    def __init__(self, message: str, candidates: list[Office]) -> None:
        super().__init__(message)
        self.candidates = candidates


def pick_office(offices: list[Office], name: str, option: str = "--office") -> Office:
    """The one office of ``offices`` that ``name`` designates (see the module's rules)."""
    wanted = name.strip().casefold()

    def fields(office: Office) -> tuple[str, ...]:
        return tuple(v.strip().casefold() for v in (office.name, office.name_native, office.city))

    exact = [o for o in offices if wanted and wanted in fields(o)]
    found = exact or [o for o in offices if wanted and any(wanted in f for f in fields(o))]
    if len(found) == 1:
        return found[0]
    listed = sorted(found or offices, key=lambda o: o.name.casefold())
    choices = "\n".join(f"  {o.name} ({o.city})" if o.city else f"  {o.name}" for o in listed)
    if found:
        raise OfficeLookupError(
            translate(
                "OfficeLookup", "{option} {name} fits {count} offices; say which:\n{choices}"
            ).format(option=option, name=repr(name), count=len(found), choices=choices),
            listed,
        )
    raise OfficeLookupError(
        translate("OfficeLookup", "no office is called {name}; the offices are:\n{choices}").format(
            name=repr(name), choices=choices or translate("OfficeLookup", "  (none)")
        ),
        listed,
    )


def find_office(store: Store, name: str, option: str = "--office") -> Office:
    """The one live office of ``store`` that ``name`` designates; else OfficeLookupError."""
    with store.session() as session:
        offices = list(session.exec(select(Office)).all())
    return pick_office(offices, name, option)

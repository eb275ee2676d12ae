"""What a package from one office may create and change.

A package whose scope names an office (``export --office``) speaks for that office
only. It may create and change:

* the office's own records: organizations, contacts, projects and events whose
  ``office_id`` is that office, in the package and, for a record this database already
  has, here too (a package never moves a record from one office to another);
* the office itself, and the link rows of its projects and events;
* the rows those records refer to: the organizations its contacts work at, its
  projects' partners and its events' participants, the offices all of these name
  (counterparts followed to the end), the tag links on any of them and the tags those
  links use;
* exchange rates, which every office's part carries.

Anything else in it is refused (:func:`refusals`); the planner leaves those rows out
and lists them, and the rest of the package merges. A package for the whole database
(no office in its scope) is not held to a scope.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Protocol

from ..i18n import translate
from .codec import TABLE_ORDER, Row
from .format import Package


class Planner(Protocol):
    """What the scope rules read of the merge planner (:class:`.planner.Planner`, which
    imports this module): the package, its rows and the database's rows by id."""

    @property
    def package(self) -> Package: ...

    @property
    def incoming(self) -> dict[str, dict[uuid.UUID, Row]]: ...

    @property
    def local(self) -> dict[str, dict[uuid.UUID, Row]]: ...

    def load(self, table: str, ids: Iterable[uuid.UUID]) -> None:
        """Read the database's rows of ``table`` with these ids into :attr:`local`."""


#: Tables whose records belong to an office through their ``office_id``.
OWNED = ("organization", "contact", "project", "event")
#: Link tables: the column and table of the record that owns the link.
LINK_OWNERS = {
    "project_partner": ("project_id", "project"),
    "project_contact": ("project_id", "project"),
    "event_organization": ("event_id", "event"),
    "event_contact": ("event_id", "event"),
    "event_project": ("event_id", "event"),
}
#: The links' other ends that are rows the office's records refer to.
LINK_REFERENCES = {"project_partner": "organization_id", "event_organization": "organization_id"}
TAG_TARGETS = {
    "office_id": "office",
    "organization_id": "organization",
    "contact_id": "contact",
    "project_id": "project",
    "event_id": "event",
}


class _Scope:
    def __init__(self, planner: Planner, office_id: uuid.UUID) -> None:
        self.planner = planner
        self.office_id = office_id
        self.incoming = planner.incoming
        self.allowed: dict[str, set[uuid.UUID]] = {t: set() for t in TABLE_ORDER}
        self.reasons: dict[str, dict[uuid.UUID, str]] = {t: {} for t in TABLE_ORDER}

    # ------------------------------------------------------------------ lookups

    def local(self, table: str, row_id: uuid.UUID | None) -> Row | None:
        if row_id is None:
            return None
        self.planner.load(table, [row_id])
        return self.planner.local[table].get(row_id)

    def office_name(self, office_id: uuid.UUID | None) -> str:
        if office_id is None:
            return translate("Package", "no office")
        row = self.incoming["office"].get(office_id) or self.local("office", office_id)
        return repr(row["name"]) if row is not None else str(office_id)

    def own(self, table: str, row_id: uuid.UUID | None) -> bool:
        """Is this record the office's (in the package, or here if the package lacks it)?"""
        if row_id is None:
            return False
        if row_id in self.incoming[table]:
            return row_id in self.allowed[table]
        here = self.local(table, row_id)
        if table == "office":
            return row_id == self.office_id
        return here is not None and here["office_id"] == self.office_id

    # ------------------------------------------------------------------ rules

    def run(self) -> dict[str, dict[uuid.UUID, str]]:
        self._own_records()
        self._links()
        self._referenced()
        self._tags()
        self.allowed["exchange_rate"] = set(self.incoming["exchange_rate"])
        name = self.office_name(self.office_id)
        for table in TABLE_ORDER:
            for row_id in self.incoming[table].keys() - self.allowed[table]:
                self.reasons[table].setdefault(
                    row_id,
                    translate(
                        "Package",
                        "neither a record of office {office} nor one its records refer to",
                    ).format(office=name),
                )
        return {t: found for t, found in self.reasons.items() if found}

    def _own_records(self) -> None:
        if self.office_id in self.incoming["office"]:
            self.allowed["office"].add(self.office_id)
        for table in OWNED:
            for row_id, row in self.incoming[table].items():
                here = self.planner.local[table].get(row_id)
                if here is not None and here["office_id"] != row["office_id"]:
                    self.reasons[table][row_id] = translate(
                        "Package", "would move it from office {here} to office {there}"
                    ).format(
                        here=self.office_name(here["office_id"]),
                        there=self.office_name(row["office_id"]),
                    )
                elif row["office_id"] == self.office_id:
                    self.allowed[table].add(row_id)
                else:
                    self.reasons[table][row_id] = translate(
                        "Package", "belongs to office {office}"
                    ).format(office=self.office_name(row["office_id"]))

    def _links(self) -> None:
        for table, (column, owner) in LINK_OWNERS.items():
            for row_id, row in self.incoming[table].items():
                here = self.planner.local[table].get(row_id)
                if here is not None and here[column] != row[column]:
                    continue  # a link never changes its ends: refused below
                if self.own(owner, row[column]):
                    self.allowed[table].add(row_id)

    def _referenced(self) -> None:
        """Organizations and offices the office's records refer to, to the end."""
        offices = {self.office_id}
        orgs = {self.incoming["contact"][i]["organization_id"] for i in self.allowed["contact"]}
        for table, column in LINK_REFERENCES.items():
            orgs |= {self.incoming[table][i][column] for i in self.allowed[table]}
        orgs.discard(None)
        for row_id in orgs & self.incoming["organization"].keys():
            if row_id in self.reasons["organization"] and self._moved("organization", row_id):
                continue  # referenced or not, a package does not move a record
            self.allowed["organization"].add(row_id)
            self.reasons["organization"].pop(row_id, None)
        for table in OWNED:
            offices |= {self.incoming[table][i]["office_id"] for i in self.allowed[table]}
        while True:
            offices.discard(None)
            new = (offices & self.incoming["office"].keys()) - self.allowed["office"]
            if not new:
                return
            self.allowed["office"] |= new
            offices |= {self.incoming["office"][i]["counterpart_id"] for i in new}

    def _moved(self, table: str, row_id: uuid.UUID) -> bool:
        here = self.planner.local[table].get(row_id)
        return here is not None and here["office_id"] != self.incoming[table][row_id]["office_id"]

    def _tags(self) -> None:
        for row_id, row in self.incoming["tag_link"].items():
            here = self.planner.local["tag_link"].get(row_id)
            targets = [(c, t) for c, t in TAG_TARGETS.items() if row[c] is not None]
            if len(targets) != 1:
                continue
            column, target = targets[0]
            if here is not None and (here[column], here["tag_id"]) != (row[column], row["tag_id"]):
                continue
            if row[column] in self.allowed[target] or (
                row[column] not in self.incoming[target] and self.own(target, row[column])
            ):
                self.allowed["tag_link"].add(row_id)
        used = {self.incoming["tag_link"][i]["tag_id"] for i in self.allowed["tag_link"]}
        self.allowed["tag"] = used & self.incoming["tag"].keys()


def refusals(planner: Planner) -> dict[str, dict[uuid.UUID, str]]:
    """The package's rows outside its office's scope, with why (table -> id -> reason);
    empty for a package of the whole database."""
    office_id = planner.package.office_id
    if office_id is None:
        return {}
    return _Scope(planner, office_id).run()

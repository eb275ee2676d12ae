"""Which fields of a contact are personal data, in two circles.

* :data:`CONTACT_DETAILS`: how to reach the person (e-mail, phone, messaging handles)
  and what staff wrote about them. A package exported without personal data leaves
  these out, and merging such a package never blanks them on the receiving side.
* :data:`PERSONAL_FIELDS`: everything that says who the person is, the details
  included. Erasing a person (``office-desk person erase``) resets all of them to
  their defaults for good; the row keeps its id, tombstone and ``erased_at`` mark.

The contact table requires a non-empty name (its ``name_present`` check), so an
erased row keeps :data:`ERASED_NAME`, a fixed dash that says nothing about anyone.
"""

from __future__ import annotations

#: How to reach a person and what was written about them.
CONTACT_DETAILS: tuple[str, ...] = (
    "emails",
    "phones",
    "messaging",
    "notes",
    "legal_basis_note",
    "last_contacted_on",
)

#: Every field that describes the person (ids, references and timestamps are not).
PERSONAL_FIELDS: tuple[str, ...] = (
    "title",
    "given_name",
    "family_name",
    "name_native",
    "family_name_first",
    "position",
    "city",
    "country",
    "languages",
    "legal_basis",
    *CONTACT_DETAILS,
)

#: The family name an erased contact keeps (the schema requires some name).
ERASED_NAME = "—"

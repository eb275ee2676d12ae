"""The error of everything that reads, seals or merges a package (its own module, so the
reading in :mod:`.format` and the sealing in :mod:`.sealing` both raise it without
importing each other)."""

from __future__ import annotations


class PackageError(Exception):
    """A package that cannot be read or merged; ``str()`` is one line for the user."""


#: The longest name of a person or office a package's ``made_by`` (or a sealed
#: package's header) may give.
MADE_BY_MAX = 200

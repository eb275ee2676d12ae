"""The error every unusable database raises (split out so that the engine and the
cipher module, which use each other, both import it from here)."""

from __future__ import annotations


class StoreError(Exception):
    """A database that cannot be used; ``str()`` is a one-line message for the user."""

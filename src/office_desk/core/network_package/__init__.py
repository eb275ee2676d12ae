"""Packages: the whole database, or one office's part, as one file another office imports.

What the user gets: ``export --format json`` writes a documented, versioned JSON (or
zipped JSON) file that re-imports losslessly; importing a package merges it by record
id: new records are added, newer edits win, deletions are carried, and every record
whose two versions differ is listed for the user rather than silently dropped. The
format is described in ``docs/package-format.md``. A package may be sealed (encrypted
to the offices it is for, signed by the office that made it: :mod:`.sealing`) and made
without personal data.
"""

from __future__ import annotations

from .archive import DEFAULT_LIMITS, ArchiveLimits
from .export import PackageSummary, export_package
from .format import (
    FORMAT_NAME,
    FORMAT_VERSION,
    ZIP_MEMBER,
    MadeBy,
    Package,
    PackageError,
    is_package,
    parse_package,
    read_package,
)
from .merge import (
    MAX_UNCONFIRMED_DELETIONS,
    DeletionsNotConfirmed,
    MergePlan,
    MergeResult,
    StalePlan,
    apply_merge,
    import_package,
    plan_merge,
)
from .merge_report import Conflict, Deletion, Refusal
from .sealing import FIRST_USE, TRUSTED, KeyChanged, KeyNotTrusted, Seal

__all__ = [
    "DEFAULT_LIMITS",
    "FIRST_USE",
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "MAX_UNCONFIRMED_DELETIONS",
    "ZIP_MEMBER",
    "ArchiveLimits",
    "Conflict",
    "Deletion",
    "DeletionsNotConfirmed",
    "KeyChanged",
    "KeyNotTrusted",
    "MadeBy",
    "MergePlan",
    "MergeResult",
    "Package",
    "PackageError",
    "PackageSummary",
    "Refusal",
    "Seal",
    "StalePlan",
    "TRUSTED",
    "apply_merge",
    "export_package",
    "import_package",
    "is_package",
    "parse_package",
    "plan_merge",
    "read_package",
]

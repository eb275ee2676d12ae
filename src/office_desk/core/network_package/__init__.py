"""Packages: the whole database, or one office's part, as one file another office imports.

What the user gets: ``export --format json`` writes a documented, versioned JSON (or
zipped JSON) file that re-imports losslessly; importing a package merges it by record
id: new records are added, newer edits win, deletions are carried, and every record
whose two versions differ is listed for the user rather than silently dropped. The
format is described in ``docs/package-format.md``.
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
    Conflict,
    Deletion,
    DeletionsNotConfirmed,
    MergePlan,
    MergeResult,
    Refusal,
    StalePlan,
    apply_merge,
    import_package,
    plan_merge,
)

__all__ = [
    "DEFAULT_LIMITS",
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "MAX_UNCONFIRMED_DELETIONS",
    "ZIP_MEMBER",
    "ArchiveLimits",
    "Conflict",
    "Deletion",
    "DeletionsNotConfirmed",
    "MadeBy",
    "MergePlan",
    "MergeResult",
    "Package",
    "PackageError",
    "PackageSummary",
    "Refusal",
    "StalePlan",
    "apply_merge",
    "export_package",
    "import_package",
    "is_package",
    "parse_package",
    "plan_merge",
    "read_package",
]

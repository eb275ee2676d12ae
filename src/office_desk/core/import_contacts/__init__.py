"""Import contacts and organizations from CSV, Excel and vCard files (no Qt here).

The steps, each usable on its own by the GUI and the command line::

    table = read_source(path)                      # SourceTable, or ImportFileError
    mapping = guess_mapping(table, "contacts")     # ColumnMapping (layout or a guess)
    plan = plan_import(store, table, mapping)      # the dry run: ImportPlan, writes nothing
    for row in plan.duplicate_rows():
        row.choice = "merge"                       # or "skip" (default) / "create"
    plan.skip_errors = True                        # only to leave rows with errors out
    result = apply_plan(store, plan)               # one transaction: all or nothing

``TARGET_FIELDS`` lists the fields a column can go into, for the mapping dialog;
``mapping_from_option`` reads the command line's ``--map "Header=field"`` pairs.
"""

from __future__ import annotations

from .apply import ImportRefused, ImportResult, PlanHasErrors, StalePlan, apply_plan
from .layouts import (
    TARGET_FIELDS,
    ColumnMapping,
    FieldSpec,
    guess_from_headers,
    guess_mapping,
    mapping_from_option,
)
from .plan import CHOICES, DuplicateMatch, ImportPlan, PlannedRow, plan_import
from .read_file import read_source
from .sources import ImportFileError, SourceRow, SourceTable

__all__ = [
    "CHOICES",
    "TARGET_FIELDS",
    "ColumnMapping",
    "DuplicateMatch",
    "FieldSpec",
    "ImportFileError",
    "ImportPlan",
    "ImportRefused",
    "ImportResult",
    "PlanHasErrors",
    "PlannedRow",
    "SourceRow",
    "SourceTable",
    "StalePlan",
    "apply_plan",
    "guess_from_headers",
    "guess_mapping",
    "mapping_from_option",
    "plan_import",
    "read_source",
]

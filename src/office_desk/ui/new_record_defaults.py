"""What a new record's form starts with: nothing a user must notice to undo.

A required date (when an event starts) starts today; a record that belongs to an
office starts with the office chosen in Settings > Default office (what Settings
promises), and a required country (an office's) with that office's country; with no
default office set, both stay empty until the user chooses (never the first entry of
a list). Which fields those are is read from the kinds' declarations (core.kinds).
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from ..core import kinds
from ..core.kinds import Surface
from ..core.models import Office
from ..core.services import records
from ..core.services.records import RecordNotFound
from . import settings
from .app_context import AppContext


def default_office(context: AppContext) -> Office | None:
    """The office chosen as default in Settings, or None (none set, or it is gone)."""
    try:
        office_id = uuid.UUID(settings.get(settings.DEFAULT_OFFICE))
        office = records.get(context.store, Office, office_id)
    except (ValueError, RecordNotFound):
        return None
    return office if isinstance(office, Office) else None


def new_record_values(
    context: AppContext, kind: str, initial: dict[str, Any] | None = None
) -> dict[str, Any]:
    """The field values a new record of ``kind`` starts with (``initial`` wins)."""
    values = dict(initial or {})
    model = kinds.get(kind).model
    required = [f for f in kinds.get(kind).on(Surface.EDITOR) if f.required]
    for spec in required:
        if spec.value == "date":
            values.setdefault(spec.columns[0], date.today())
    office = default_office(context)
    if "office_id" in model.model_fields and not values.get("office_id") and office:
        values["office_id"] = office.id
    for spec in required:
        if spec.value == "country" and not values.get(spec.columns[0]):
            values[spec.columns[0]] = office.country if office is not None else ""
    return values

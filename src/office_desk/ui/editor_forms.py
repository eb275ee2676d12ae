"""Moved: the editor forms are built in :mod:`office_desk.ui.kinds` from the record
kinds declared in :mod:`office_desk.core.kinds`, and the coordinates widget is in
:mod:`office_desk.ui.form_fields`. This module only keeps the old import working until
record_editor imports from there; then delete it."""

from __future__ import annotations

from .form_fields import CoordinatesField
from .kinds import ERROR_FIELD_ALIASES, FORMS, Row, form_text, link_form_value, link_value

__all__ = ["ERROR_FIELD_ALIASES", "FORMS", "CoordinatesField", "Row", "form_text",
           "link_form_value", "link_value"]

"""A record's fields as (label, text) lines, in the order a reader wants them.

Used by the details panel; empty fields are left out. Which fields, their labels and
how they read are declared once per kind in :mod:`office_desk.core.kinds` (the fields
on :attr:`~office_desk.core.kinds.Surface.DETAILS`); labels are in the current
language (context "Fields").
"""

from __future__ import annotations

from . import kinds
from .models import Record


def title_of(record: Record) -> str:
    """The record's name as lists and questions show it ("Dr. Zhang Wei (张伟)"); a
    record that is not of a kind (a tag) by its name."""
    kind = kinds.BY_MODEL.get(type(record))
    return kind.title_of(record) if kind is not None else str(getattr(record, "name", ""))


def facts(record: Record) -> list[tuple[str, str]]:
    """(label, text) of each non-empty field of ``record``; labels in the current language."""
    try:
        kind = kinds.of(record)
    except KeyError:
        raise TypeError(type(record).__name__) from None
    return kind.facts(record)

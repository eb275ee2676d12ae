"""When a change was made, as the user reads it: the sync status, the conflict list and
the record details ("Last changed by ... on ...") say it the same way."""

from __future__ import annotations

from datetime import UTC, datetime

from ..core.locale_format import format_date


def when_text(moment: datetime | None) -> str:
    """A moment in the user's time zone: "2026-11-25 14:05" (the date as the chosen
    language writes it); "" for None. A naive moment is taken as UTC."""
    if moment is None:
        return ""
    local = (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone()
    return f"{format_date(local.date())} {local:%H:%M}"

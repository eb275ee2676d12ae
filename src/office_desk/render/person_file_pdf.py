"""A person file as a PDF (``person export`` writes it beside the JSON).

The page comes from :func:`office_desk.core.services.person_file_html.person_file_html`
(every value escaped there); it is laid out and printed the way reports are, by
Chromium through QtWebEngine (:func:`office_desk.render.report_pdf.write_pdf`: no
script, nothing loaded from elsewhere). Needs the GUI thread, or no application yet.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QPageSize

from ..core.services.person_file_html import person_file_html
from .report_pdf import PrintableReport, write_pdf


def write_person_pdf(
    data: dict[str, Any], path: Path, paper: QPageSize.PageSizeId | None = None
) -> int:
    """Print the person file ``data`` to ``path`` (whole or not at all); the page count."""
    return write_pdf(PrintableReport(person_file_html(data)), path, paper)

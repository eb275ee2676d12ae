"""Report HTML and XLSX files carry no bidi controls (U+202A–U+202E, U+2066–U+2069,
U+200E/F, U+061C): exports remove them (office_desk.core.text_safety.export_text).

The report CSV is covered in test_bidi_exports (it writes text through safe_cell).
"""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

from office_desk.core.models import Organization, Project
from office_desk.core.reports import (
    ReportRequest,
    build_office_report,
    report_html,
    write_report_xlsx,
)
from office_desk.core.sample_network import sample_id
from office_desk.core.services import records
from office_desk.core.store.database import Store
from office_desk.core.text_safety import BIDI_CONTROLS

DRESDEN = sample_id("office:dresden")
RLO, LRI, PDI = "\u202e", "\u2066", "\u2069"


def _report(store: Store):  # type: ignore[no-untyped-def]
    records.add(store, Organization(name=f"Zzbidi {RLO}Werk", office_id=DRESDEN))
    records.add(store, Project(title=f"Zzbidi {RLO}plant{LRI}x{PDI}", office_id=DRESDEN))
    return build_office_report(store, ReportRequest(DRESDEN), date(2026, 6, 1))


def _controls(text: str) -> list[str]:
    return sorted({f"U+{ord(c):04X}" for c in text if c in BIDI_CONTROLS})


def test_report_html_has_no_bidi_controls(sample_store: Store) -> None:
    report = _report(sample_store)
    for page in (report_html(report), report_html(report, for_print=True)):
        assert "Zzbidi plantx" in page and "Zzbidi Werk" in page
        assert _controls(page) == []


def test_report_xlsx_has_no_bidi_controls(sample_store: Store, tmp_path: Path) -> None:
    path = write_report_xlsx(_report(sample_store), tmp_path / "r.xlsx")
    with zipfile.ZipFile(path) as archive:
        text = "".join(
            archive.read(n).decode("utf-8", errors="replace") for n in archive.namelist()
        )
    assert "Zzbidi plantx" in text
    assert _controls(text) == []

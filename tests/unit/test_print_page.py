"""The printed page's header and footer as CSS page-margin boxes: user text in CSS strings
stays text, and "Page {page} of {pages}" becomes the page counters in any language."""

from __future__ import annotations

import re
from datetime import date

import pytest

from office_desk.core.i18n import install
from office_desk.core.models import Office
from office_desk.core.reports import ReportRequest, build_office_report, report_html
from office_desk.core.reports.print_page import PageFrame, css_string, page_number_content
from office_desk.core.sample_network import sample_id
from office_desk.core.services import records
from office_desk.core.store.database import Store

DRESDEN = sample_id("office:dresden")
NASTY = 'Büro "Nord" \\ </style><script>alert(1)</script>\n第 1 页 ; } @page { x'


def css_unquote(value: str) -> str:
    """What a CSS parser makes of a double-quoted string with six-digit escapes."""
    assert value.startswith('"') and value.endswith('"')
    inner = value[1:-1]
    assert '"' not in inner and "\n" not in inner and "<" not in inner
    return re.sub(r"\\([0-9a-f]{6}) ?", lambda m: chr(int(m.group(1), 16)), inner)


@pytest.mark.parametrize(
    "text",
    [NASTY, "a: b", "x\\", "Office Desk · generated 2026", "", "  two  spaces  ", "😀 emoji"],
)
def test_css_string_round_trips(text: str) -> None:
    assert css_unquote(css_string(text)) == text


def test_page_number_becomes_counters() -> None:
    assert page_number_content("Page {page} of {pages}") == (
        '"Page " counter(page) " of " counter(pages)'
    )
    assert page_number_content("第 {page} 页，共 {pages} 页") == (
        '"第 " counter(page) " 页\\00ff0c 共 " counter(pages) " 页"'
    )
    assert page_number_content("{page}/{pages}") == ('counter(page) "\\00002f " counter(pages)')
    assert page_number_content("") == '""'


def test_frame_is_in_the_print_page_only_as_css(sample_store: Store) -> None:
    records.update(sample_store, Office, DRESDEN, name=NASTY)
    report = build_office_report(sample_store, ReportRequest(DRESDEN), date(2026, 11, 25))
    printed = report_html(report, for_print=True)
    style = printed[printed.index("<style>") : printed.index("</style>")]
    assert "<script" not in printed and "</style><" not in printed
    top_left = re.search(r"@top-left \{ content: (\"[^\"]*\");", style)
    assert top_left is not None and css_unquote(top_left.group(1)) == str(report.title)
    assert 'counter(page) " of " counter(pages)' in style
    assert "@top-left" not in report_html(report)  # the browser page prints its own way


def test_frame_texts_follow_the_language() -> None:
    install(lambda context, text: f"⟦{text}⟧", "xx")
    try:
        frame = PageFrame.for_report("T", "P", "2026-11-25 14:02")
    finally:
        install(None)
    assert frame.footer == "⟦Office Desk · generated 2026-11-25 14:02⟧"
    assert frame.page_number == "⟦Page {page} of {pages}⟧"

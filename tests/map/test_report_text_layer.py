"""The PDF report's text layer is the text laid out: what a reader copies or searches for.

Each test prints a report and reads the PDF's text back, nothing normalised, with two
readers: poppler (``pdftotext -raw``: Evince, Okular, most Linux tools) and PDFium
(``QPdfDocument``: the app's own preview, and Chrome). It compares what they read with
the texts the report's print HTML lays out (its text nodes, whitespace aside) and the
header and footer of each page:

* every laid-out text is in the PDF as it is, in one piece (a table row that runs onto
  a second line only adds a line break);
* the PDF holds no character the report did not lay out, and each character at least
  as often (a table's heading row repeated on a following page only adds).

Before the reports were printed by Chromium, 99 of 581 Chinese characters of an office
report came out as Kangxi radicals (日 as ⽇, 生 as ⽣) and every "Office" as "Oﬃce".

Where a font draws an ideograph with the glyph of its Kangxi radical (Noto Sans CJK
does), the PDF's font maps that glyph back to the radical, and Chromium adds the
ideograph as the ``ActualText`` of each such glyph, which both readers (and Acrobat)
honour; a reader that ignores ``ActualText`` (pypdf) still sees the radical. Ligatures
are not used at all, so every reader, pypdf too, reads "Office".
"""

from __future__ import annotations

import subprocess
from collections import Counter
from collections.abc import Iterator
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from office_desk.cli.main import install_language
from office_desk.core import i18n
from office_desk.core.models import Office, Organization, Project
from office_desk.core.office_lookup import find_office
from office_desk.core.reports import ReportRequest, report_html
from office_desk.core.store.database import Store
from office_desk.render.report_files import Pictures, build_report, save_report

TODAY = date(2026, 11, 25)
#: A title with what could end a CSS string or the style element it sits in.
OFFICE_NAME = 'Dresden-Jinan Contact Office "Elbflorenz" \\ </style>'
SECTIONS = frozenset({"details", "figures", "projects", "events", "organizations"})


class LaidOutText(HTMLParser):
    """The text nodes of an HTML page's body, each with its whitespace collapsed."""

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=True)
        self.runs: list[str] = []
        self._hidden = 0
        self._in_body = False
        self.feed(page)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("style", "script", "title"):
            self._hidden += 1
        elif tag == "body":
            self._in_body = True

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "script", "title"):
            self._hidden -= 1

    def handle_data(self, data: str) -> None:
        if self._in_body and not self._hidden and data.strip():
            self.runs.append(" ".join(data.split()))


def poppler_text(path: Path) -> str:
    """The PDF's text as drawn, as poppler reads it (nothing normalised)."""
    done = subprocess.run(
        ["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


def pdfium_text(path: Path) -> str:
    """The PDF's text as PDFium reads it (what the preview's search and copy see)."""
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    try:
        assert document.load(str(path)) == QPdfDocument.Error.None_
        text = "\n".join(document.getAllText(page).text() for page in range(document.pageCount()))
        # PDFium reports a hyphen on which a line breaks ("3S-" / "Smart") as U+FFFE, its
        # mark for a line-end hyphen; the PDF holds the hyphen itself.
        return text.replace("\ufffe", "-")
    finally:
        document.close()


def page_count(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(str(path)).pages)


def ligatures(path: Path) -> set[str]:
    """The ligature characters (ﬀ ﬁ ﬂ ﬃ ﬄ) in the text a reader without ActualText
    support (pypdf) reads."""
    from pypdf import PdfReader

    text = "".join(page.extract_text() for page in PdfReader(str(path)).pages)
    return {char for char in text if "\ufb00" <= char <= "\ufb06"}


def squeeze(text: str) -> str:
    return "".join(text.split())


@pytest.fixture
def dresden(sample_store: Store) -> Store:
    """The sample network with German and Chinese names, a title that could break out
    of a CSS string, and a signed Chinese project (the 签约日期 column is filled)."""
    office = find_office(sample_store, "Dresden")
    with sample_store.write() as session:
        record = session.get(Office, office.id)
        assert record is not None
        record.name = OFFICE_NAME
        session.add(record)
        session.add(
            Organization(
                name="Müller Präzisionstechnik GmbH",
                city="Görlitz",
                country="DE",
                office_id=office.id,
            )
        )
        session.add(
            Organization(
                name="Jinan High-tech Zone",
                name_native="济南高新区管委会",
                city="Jinan",
                country="CN",
                office_id=office.id,
            )
        )
        session.add(
            Project(
                title="Office furniture joint venture",
                title_native="办公家具合资项目",
                stage="signed",
                signed_on=date(2025, 3, 4),
                office_id=office.id,
            )
        )
    return sample_store


@pytest.fixture
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    problem = install_language(request.param)  # as ``office-desk --language`` does
    assert problem == ""
    try:
        yield str(request.param)
    finally:
        i18n.install(None)


@pytest.mark.slow
@pytest.mark.parametrize("language", ["en", "de", "zh_CN"], indirect=True)
def test_pdf_text_is_the_text_laid_out(
    qtbot: QtBot, dresden: Store, tmp_path: Path, language: str
) -> None:
    from PySide6.QtGui import QPageSize

    office = find_office(dresden, "Dresden")
    report = build_report(dresden, ReportRequest(office.id, sections=SECTIONS), TODAY)
    path = tmp_path / f"dresden-{language}.pdf"
    save_report(report, Pictures(), "pdf", path, QPageSize.PageSizeId.A4)

    pages = page_count(path)
    generated = report.generated_at.strftime("%Y-%m-%d %H:%M")
    frame = [
        str(report.title),
        str(report.period_label),
        i18n.translate("ReportPdf", "Office Desk · generated {when}").format(when=generated),
    ]
    numbers = [
        i18n.translate("ReportPdf", "Page {page} of {pages}").format(page=n, pages=pages)
        for n in range(1, pages + 1)
    ]
    runs = LaidOutText(report_html(report, {}, for_print=True)).runs
    expected = runs + frame * pages + numbers

    for reader, printed in (("poppler", poppler_text(path)), ("PDFium", pdfium_text(path))):
        flat = squeeze(printed)
        missing = [run for run in runs + frame + numbers if squeeze(run) not in flat]
        assert missing == [], f"{reader}: laid out but not in the PDF's text: {missing[:10]}"
        laid_out = Counter(squeeze("".join(expected)))
        found = Counter(flat)
        foreign = {char: count for char, count in found.items() if char not in laid_out}
        assert foreign == {}, f"{reader}: in the PDF's text but never laid out: {foreign}"
        fewer = {
            char: (found[char], count) for char, count in laid_out.items() if found[char] < count
        }
        assert fewer == {}, f"{reader}: (found, laid out) of characters lost: {fewer}"

        # What users search for, found as typed.
        words = " ".join(printed.split())
        assert OFFICE_NAME in words, reader  # the page header, and the title under it
        assert "Müller Präzisionstechnik GmbH" in words and "Görlitz" in words
        assert "济南高新区管委会" in flat and "办公家具合资项目" in flat
        assert words.count("Office") >= pages + 2
        if language == "zh_CN":
            assert "签约日期" in flat and "生成于" in flat and "第1页" in flat
        if language == "de":
            assert f"Seite 1 von {pages}" in words and "Büro" in words
    assert ligatures(path) == set()

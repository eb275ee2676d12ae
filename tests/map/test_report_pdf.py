"""Reports as PDF and HTML files: text read back from the PDF, paper, header and footer,
escaping, personal data left out by default, and the command line with no display."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from office_desk.cli.main import main
from office_desk.core.models import Contact, Organization
from office_desk.core.office_lookup import find_office
from office_desk.core.reports import ReportRequest
from office_desk.core.store.database import Store
from office_desk.render.report_files import write_report

HOSTILE = "<script>alert(1)</script> ${alert(2)}"


def pdf_text(path: Path) -> str:
    """All the PDF's text as poppler reads it (nothing normalised: a ligature "ﬃ" or a
    Kangxi radical in the text layer would not match; see test_report_text_layer)."""
    done = subprocess.run(
        ["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def dresden(sample_store: Store) -> Store:
    """The sample network with German, Chinese and hostile text on the Dresden office."""
    office = find_office(sample_store, "Dresden")
    with sample_store.write() as session:
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
                name=HOSTILE,
                name_native="济南高新区管委会",
                city="Jinan",
                country="CN",
                office_id=office.id,
            )
        )
        session.add(
            Contact(
                given_name="Jürgen",
                family_name="Weißgerber",
                emails=["j.weissgerber@example.org"],
                office_id=office.id,
            )
        )
    return sample_store


def office_request(store: Store, **options: object) -> ReportRequest:
    office = find_office(store, "Dresden")
    sections = options.pop(
        "sections", {"details", "figures", "projects", "events", "organizations"}
    )
    return ReportRequest(office.id, sections=sections, **options)  # type: ignore[arg-type]


@pytest.mark.slow
def test_office_report_pdf_has_chinese_german_and_page_furniture(
    qtbot: QtBot, dresden: Store, tmp_path: Path
) -> None:
    from PySide6.QtGui import QPageSize

    path = tmp_path / "dresden.pdf"
    problems = write_report(
        dresden,
        office_request(dresden),
        "pdf",
        path,
        today=date(2026, 11, 25),
        paper=QPageSize.PageSizeId.A4,
    )
    assert problems == []
    text = pdf_text(path)
    words = flat(text)
    assert "Dresden-Jinan Contact Office" in words
    assert "德累斯顿" in text  # the office's native name
    assert "济南高新区管委会" in text
    assert "Müller Präzisionstechnik GmbH" in words
    assert "Görlitz" in words
    pages = len(PdfReader(str(path)).pages)
    assert f"Page 1 of {pages}" in words and f"Page {pages} of {pages}" in words
    # User text is printed as text, never interpreted as markup.
    assert HOSTILE in words
    # A4 is 595 x 842 points.
    box = PdfReader(str(path)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    # Personal data stays out unless asked for.
    assert "j.weissgerber@example.org" not in "".join(text.split())
    assert "Weißgerber" not in text


@pytest.mark.slow
def test_contacts_are_in_the_pdf_only_when_included(
    qtbot: QtBot, dresden: Store, tmp_path: Path
) -> None:
    from PySide6.QtGui import QPageSize

    path = tmp_path / "with-contacts.pdf"
    request = office_request(dresden, sections={"details", "contacts"}, include_contacts=True)
    write_report(dresden, request, "pdf", path, paper=QPageSize.PageSizeId.Letter)
    text = pdf_text(path)
    assert "j.weissgerber@example.org" in "".join(text.split())  # may wrap in its cell
    assert "Weißgerber" in text
    box = PdfReader(str(path)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)  # US Letter


@pytest.mark.slow
def test_network_report_pdf_with_charts_and_map(
    qtbot: QtBot, sample_store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "network.pdf"
    problems = write_report(sample_store, ReportRequest(None), "pdf", path)
    assert problems == []
    reader = PdfReader(str(path))
    words = flat(pdf_text(path))
    assert "side by side" in words  # the offices table
    for city in ("Dresden", "Munich", "Vienna", "Paris", "Milan"):
        assert city in words
    pictures = sum(len(page.images) for page in reader.pages)
    assert pictures >= 5  # four charts and the map


@pytest.mark.slow
def test_html_report_is_one_offline_file(qtbot: QtBot, dresden: Store, tmp_path: Path) -> None:
    path = tmp_path / "dresden.html"
    write_report(
        dresden, office_request(dresden, sections={"details", "map", "organizations"}), "html", path
    )
    html = path.read_text(encoding="utf-8")
    assert "data:image/png;base64," in html  # the map travels inside the file
    assert "<script>alert(1)</script>" not in html
    assert "${alert(2)}" not in html
    assert "http://" not in html.replace("http://www.w3.org", "")
    assert "Müller Präzisionstechnik GmbH" in html


@pytest.mark.slow
def test_cli_report_on_a_machine_without_display(sample_path: Path, tmp_path: Path) -> None:
    """The command picks Qt's offscreen platform by itself (no DISPLAY, no QT_QPA_PLATFORM)."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    out = tmp_path / "report.pdf"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "office_desk",
            "--db",
            str(sample_path),
            "report",
            "--office",
            "dresden",
            "--from",
            "2010-01-01",
            "--to",
            "2030-12-31",
            "--format",
            "pdf",
            "-o",
            str(out),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"%PDF")
    assert "Dresden-Jinan Contact Office" in flat(pdf_text(out))


def test_cli_report_names_candidates_for_unknown_or_ambiguous_office(
    sample_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "r.xlsx"
    assert main(["--db", str(sample_path), "report", "--office", "Atlantis", "-o", str(out)]) == 2
    error = capsys.readouterr().err
    assert "no office is called 'Atlantis'" in error
    assert "Dresden-Jinan Contact Office (Dresden)" in error
    assert (
        main(["--db", str(sample_path), "report", "--office", "contact office", "-o", str(out)])
        == 2
    )
    assert "fits 8 offices; say which" in capsys.readouterr().err
    assert not out.exists()


def test_cli_report_xlsx_and_csv(
    sample_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from openpyxl import load_workbook

    xlsx = tmp_path / "network.xlsx"
    assert (
        main(["--db", str(sample_path), "report", "--network", "--year", "2024", "-o", str(xlsx)])
        == 0
    )
    book = load_workbook(xlsx)
    assert len(book.sheetnames) >= 3
    csv_path = tmp_path / "dresden.csv"
    assert (
        main(
            [
                "--db",
                str(sample_path),
                "report",
                "--office",
                "DRESDEN",
                "--format",
                "csv",
                "-o",
                str(csv_path),
            ]
        )
        == 0
    )
    assert "Dresden-Jinan Contact Office" in csv_path.read_text(encoding="utf-8-sig")
    assert (
        main(
            [
                "--db",
                str(sample_path),
                "report",
                "--network",
                "--from",
                "2025-02-30",
                "-o",
                str(csv_path),
            ]
        )
        == 2
    )
    assert "is not a date" in capsys.readouterr().err
    assert (
        main(["--db", str(sample_path), "report", "--network", "-o", str(tmp_path / "report.txt")])
        == 2
    )
    assert "say --format" in capsys.readouterr().err

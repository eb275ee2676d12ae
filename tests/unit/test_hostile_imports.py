"""Contact lists a partner could send that try to exhaust the laptop: a workbook with a
value in column XFD, a row of a million cells, a ZIP that unpacks a thousandfold, a CSV
line of millions of separators, too many rows, columns or cards, a vCard with a giant
property. Each is made here, by the test, and must end in a clear error naming the cap,
with the memory the reading took measured (tracemalloc: what Python allocated, the
parsers' buffers included), or be read with what a contact list needs.
"""

from __future__ import annotations

import os
import threading
import tracemalloc
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from office_desk.core.import_contacts import ImportFileError, SourceTable, limits, read_source

MEGABYTE = 1024 * 1024


def _peak(read: Callable[[], Any]) -> tuple[Any, int]:
    """What ``read()`` returned or raised, and the most memory it held at once."""
    tracemalloc.start()
    try:
        try:
            result: Any = read()
        except ImportFileError as exc:
            result = exc
        return result, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


# --------------------------------------------------------------------------- workbooks

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.'
    'openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>{strings}</Types>'
)
_STRINGS_TYPE = (
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.'
    'openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
    'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http:'
    '//schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="xl/workbook.xml"/></Relationships>'
)
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.'
    'openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxml'
    'formats.org/officeDocument/2006/relationships"><sheets><sheet name="Contacts" '
    'sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://'
    'schemas.openxmlformats.org/package/2006/relationships"><Relationship '
    'Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/worksheet" Target="worksheets/sheet1.xml"/>{strings}'
    "</Relationships>"
)
_STRINGS_REL = (
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/'
    'officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
)


def _text_cell(reference: str, text: str) -> str:
    return f'<c r="{reference}" t="inlineStr"><is><t>{text}</t></is></c>'


def _workbook(
    path: Path,
    rows: Iterator[str],
    dimension: str = "A1:B3",
    strings: str | None = None,
    extra: int = 0,
) -> Path:
    """An .xlsx written part by part, as a hostile program would: the sheet's rows as
    given (XML), the "dimension" it claims, optional shared strings, and ``extra`` empty
    parts."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as book:
        has_strings = strings is not None
        book.writestr(
            "[Content_Types].xml",
            _CONTENT_TYPES.format(strings=_STRINGS_TYPE if has_strings else ""),
        )
        book.writestr("_rels/.rels", _RELS)
        book.writestr("xl/workbook.xml", _WORKBOOK)
        book.writestr(
            "xl/_rels/workbook.xml.rels",
            _WORKBOOK_RELS.format(strings=_STRINGS_REL if has_strings else ""),
        )
        if strings is not None:
            book.writestr("xl/sharedStrings.xml", strings)
        with book.open("xl/worksheets/sheet1.xml", "w") as sheet:
            sheet.write(
                b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://'
                b'schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension '
                b'ref="' + dimension.encode() + b'"/><sheetData>'
            )
            for row in rows:
                sheet.write(row.encode())
            sheet.write(b"</sheetData></worksheet>")
        for number in range(extra):
            book.writestr(f"xl/media/extra{number}.xml", "")
    return path


def _far_rows(count: int, header_far: bool) -> Iterator[str]:
    """A header (with a cell in column XFD if ``header_far``), then ``count`` rows, each
    with a name in A and a value in XFD."""
    far = _text_cell("XFD1", "Far") if header_far else ""
    yield f'<row r="1">{_text_cell("A1", "Name")}{far}</row>'
    for number in range(2, count + 2):
        yield (
            f'<row r="{number}">{_text_cell(f"A{number}", f"P{number}")}'
            f'<c r="XFD{number}"><v>1</v></c></row>'
        )


def test_a_workbook_with_values_in_column_xfd_stops_at_the_column_cap(tmp_path: Path) -> None:
    # 155 KB on disk: openpyxl padded each of its 13,000 rows to 16,384 cells (1.7 GB,
    # 13 s). Here the header alone is enough to refuse it.
    path = _workbook(
        tmp_path / "wide.xlsx", _far_rows(13_000, header_far=True), dimension="A1:XFD13001"
    )
    assert path.stat().st_size < 200_000
    error, peak = _peak(lambda: read_source(path))
    assert isinstance(error, ImportFileError)
    assert "column XFD (16,384)" in str(error) and "at most 1,000 columns" in str(error)
    assert error.line == 1
    assert peak < 20 * MEGABYTE, f"{peak / MEGABYTE:.0f} MB to refuse a 155 KB workbook"


def test_a_value_in_column_xfd_under_a_narrow_header_is_refused_at_once(tmp_path: Path) -> None:
    path = _workbook(
        tmp_path / "stray.xlsx", _far_rows(13_000, header_far=False), dimension="A1:XFD1048576"
    )  # the stated size is never trusted
    error, peak = _peak(lambda: read_source(path))
    assert isinstance(error, ImportFileError)
    assert "a value in a column without a header" in str(error)
    assert (error.line, error.column) == (2, 16_384)
    assert peak < 20 * MEGABYTE


def test_a_workbook_row_of_a_million_empty_cells_is_refused(tmp_path: Path) -> None:
    def rows() -> Iterator[str]:
        yield f'<row r="1">{_text_cell("A1", "Name")}</row>'
        yield '<row r="2">' + "<c/>" * 1_000_000 + "</row>"  # 4 MB, a few KB zipped

    path = _workbook(tmp_path / "bomb.xlsx", rows())
    error, peak = _peak(lambda: read_source(path))
    assert isinstance(error, ImportFileError)
    assert "more cells than a sheet has columns" in str(error)
    assert peak < 20 * MEGABYTE, f"{peak / MEGABYTE:.0f} MB held for one row"


def test_workbook_rows_stop_at_the_row_cap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_ROWS", 500)

    def rows() -> Iterator[str]:
        yield f'<row r="1">{_text_cell("A1", "Name")}</row>'
        for number in range(2, 1_000):
            yield f'<row r="{number}">{_text_cell(f"A{number}", "Anna")}</row>'

    with pytest.raises(ImportFileError, match="more than 500 rows") as info:
        read_source(_workbook(tmp_path / "long.xlsx", rows()))
    assert info.value.line == 502  # the header, then 500 rows: the next is one too many


def test_a_workbook_that_unpacks_a_thousandfold_is_refused_unpacked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(limits, "MAX_STRINGS_BYTES", 4 * MEGABYTE)
    strings = (
        '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxml'
        'formats.org/spreadsheetml/2006/main">' + "<si><t>ab</t></si>" * 300_000 + "</sst>"
    )  # 5.4 MB of strings, 20 KB zipped
    path = _workbook(
        tmp_path / "strings.xlsx",
        iter([f'<row r="1">{_text_cell("A1", "Name")}</row>']),
        strings=strings,
    )
    assert path.stat().st_size < 100_000
    error, peak = _peak(lambda: read_source(path))
    assert isinstance(error, ImportFileError)
    assert "xl/sharedStrings.xml" in str(error) and "more than the 4 MB" in str(error)
    assert peak < 2 * MEGABYTE  # nothing of it unpacked


def test_a_workbook_of_too_many_parts_is_refused_before_they_are_listed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(limits, "MAX_ZIP_ENTRIES", 100)
    path = _workbook(
        tmp_path / "parts.xlsx", iter([f'<row r="1">{_text_cell("A1", "Name")}</row>']), extra=150
    )
    with pytest.raises(ImportFileError, match="more than 100 parts"):
        read_source(path)


def test_an_ordinary_workbook_is_still_read_whole(tmp_path: Path) -> None:
    def rows() -> Iterator[str]:
        yield (
            f'<row r="1">{_text_cell("A1", "Name")}{_text_cell("C1", "E-Mail")}'
            f"{_text_cell('D1', 'Joined')}</row>"
        )
        yield (
            f'<row r="3" spans="1:4">{_text_cell("A3", "Jürgen Müller")}'
            f'{_text_cell("C3", "jm@example.de")}<c r="D3"><v>45000</v></c>'
            f'<c r="AZ3" s="1"/></row>'
        )  # a styled empty cell far right: not a value
        yield (
            f"<row>{_text_cell('A4', '张伟')}<c><v>7</v></c>"  # no references at all
            f'<c t="b"><v>1</v></c></row>'
        )

    table = read_source(_workbook(tmp_path / "fine.xlsx", rows(), dimension="A1:D2"))
    assert isinstance(table, SourceTable)
    assert table.headers == ["Name", "Column 2", "E-Mail", "Joined"]
    assert [(r.line, r.values) for r in table.rows] == [
        (3, ["Jürgen Müller", "", "jm@example.de", "45000"]),
        (4, ["张伟", "7", "TRUE", ""]),
    ]


# --------------------------------------------------------------------------- text files


def test_a_csv_line_of_millions_of_separators_is_refused_in_little_memory(tmp_path: Path) -> None:
    path = tmp_path / "commas.csv"
    path.write_bytes(b"Name,E-Mail\n" + b"," * (8 * MEGABYTE) + b"\nAnna,a@example.de\n")
    error, peak = _peak(lambda: read_source(path))
    assert isinstance(error, ImportFileError)
    assert "longer than 1,000,000 characters" in str(error) and error.line == 2
    # The file and its text once each, and no list of eight million empty cells.
    assert peak < 24 * MEGABYTE, f"{peak / MEGABYTE:.0f} MB for an 8 MB file"


def test_a_csv_file_over_the_size_cap_is_not_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(limits, "MAX_FILE_BYTES", 2 * MEGABYTE)
    path = tmp_path / "big.csv"
    path.write_bytes(b"Name\n" + b"Anna\n" * (MEGABYTE // 2))  # 2.5 MB
    error, peak = _peak(lambda: read_source(path))
    assert isinstance(error, ImportFileError)
    assert "the file is larger than 2 MB" in str(error)
    assert peak < MEGABYTE  # its size said so: not read at all


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_pipe_that_never_ends_is_read_only_up_to_the_cap(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(limits, "MAX_FILE_BYTES", 2 * MEGABYTE)
    pipe = tmp_path / "contacts.csv"
    os.mkfifo(pipe)

    def endless() -> None:
        try:
            with pipe.open("wb") as out:
                out.write(b"Name\n")
                while True:
                    out.write(b"Anna\n" * 10_000)
        except OSError:
            pass  # the reader stopped: what the test wants

    writer = threading.Thread(target=endless, daemon=True)
    writer.start()
    error, peak = _peak(lambda: read_source(pipe))
    writer.join(timeout=10)
    assert isinstance(error, ImportFileError) and "larger than 2 MB" in str(error)
    assert peak < 8 * MEGABYTE


def test_csv_rows_columns_and_cells_stop_at_their_caps(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "wide.csv"
    path.write_text(",".join(f"C{i}" for i in range(1_001)) + "\nAnna\n", encoding="utf-8")
    with pytest.raises(
        ImportFileError, match="1,001 columns; a contact list can have at most 1,000"
    ) as info:
        read_source(path)
    assert info.value.line == 1
    monkeypatch.setattr(limits, "MAX_ROWS", 300)
    path.write_text("Name\n" + "Anna\n" * 301, encoding="utf-8")
    with pytest.raises(ImportFileError, match="more than 300 rows") as info:
        read_source(path)
    assert info.value.line == 302
    monkeypatch.setattr(limits, "MAX_CELLS", 1_000)
    path.write_text("Name,Mail,City,Note\n" + "Anna,a@x.de,Köln,\n" * 251, encoding="utf-8")
    with pytest.raises(ImportFileError, match="more than 1,000 cells"):
        read_source(path)
    monkeypatch.setattr(limits, "MAX_LINES", 1_000)
    path.write_text("Name\nAnna\n" + "\n" * 1_000, encoding="utf-8")
    with pytest.raises(ImportFileError, match="more than 1,000 lines"):
        read_source(path)


def test_vcards_stop_at_the_card_and_row_caps(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "cards.vcf"
    card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Weiß\r\nEND:VCARD\r\n"
    note = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Long Note\r\nNOTE:"
        + "x" * 74
        + "".join("\r\n " + "y" * 74 for _ in range(14_000))
        + "\r\nEND:VCARD\r\n"
    )
    path.write_text(card + note, encoding="utf-8")
    with pytest.raises(ImportFileError, match="longer than 1,000,000 characters") as info:
        read_source(path)
    assert info.value.line == 5
    monkeypatch.setattr(limits, "MAX_ROWS", 50)
    path.write_text(card * 51, encoding="utf-8")
    with pytest.raises(ImportFileError, match="more than 50 rows"):
        read_source(path)


def test_a_vcard_with_a_large_photo_is_read_without_it(tmp_path: Path) -> None:
    # 2 MB of photo in 28,000 folded lines: left out (never joined), the card kept. The
    # photo counts against no cap: phones put large photos into contacts.
    photo = "".join("\r\n " + "QUJD" * 18 for _ in range(28_000))
    path = tmp_path / "photo.vcf"
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Müller;Jürgen;;Dr.;\r\nFN:Jürgen Müller"
        "\r\nPHOTO;ENCODING=b;TYPE=JPEG:" + photo + "\r\nEMAIL:jm@example.de\r\n"
        "END:VCARD\r\n",
        encoding="utf-8",
    )
    table, peak = _peak(lambda: read_source(path))
    assert isinstance(table, SourceTable)
    row = dict(zip(table.headers, table.rows[0].values, strict=True))
    assert (row["Full name"], row["E-mail"], row["Name prefix"]) == (
        "Jürgen Müller",
        "jm@example.de",
        "Dr.",
    )
    assert peak < 16 * MEGABYTE

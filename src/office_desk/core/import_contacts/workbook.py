"""Excel workbooks (.xlsx), read a cell at a time and never past the caps.

An .xlsx file is a ZIP of XML parts. Before anything is unpacked, the ZIP's own
directory is checked: how many parts, and how large each unpacks (a part of a few
kilobytes can unpack to gigabytes; Python's ``zipfile`` never unpacks more than a part
declares, so the declared sizes hold). openpyxl then reads the workbook's strings and
styles, and this module reads the first sheet's XML itself, one cell at a time:

* openpyxl's read-only sheet pads every row to the sheet's stated "dimension", or to
  its last cell: a file of 155 KB with values in column XFD (16,384) took 1.7 GB and
  13 seconds. Here a row is the cells that hold something, and a value beyond the
  header, or a header wider than :data:`~.limits.MAX_COLUMNS`, stops the reading;
* openpyxl holds a row's XML whole before it looks at it; here every cell is read and
  dropped as soon as it ends, and a row with more cells than a sheet can have (16,384)
  is refused, as is a sheet that spells out more than
  :data:`~.limits.MAX_SHEET_CELLS` cells, empty ones too;
* rows, cells and the characters of a row stop at the caps of :mod:`.limits`.

The cells themselves (shared strings, dates by their number format, booleans) are
turned into values by openpyxl's own sheet parser, so they read as openpyxl reads them.
"""

from __future__ import annotations

import struct
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from ..i18n import translate
from ..locale_format import format_number
from . import limits
from .sources import ImportFileError, SourceRow, SourceTable, cell_text

#: The most columns and rows a sheet can have (Excel's own limits, XFD and 1,048,576).
SHEET_COLUMNS = 16_384
SHEET_ROWS = 1_048_576
_EOCD = b"PK\x05\x06"
_EOCD64_LOCATOR = b"PK\x06\x07"
_EOCD64 = b"PK\x06\x06"


class _Damaged(Exception):
    """The sheet's XML is not what a sheet can be (the reason is for the user)."""


def read_xlsx(path: Path) -> SourceTable:
    """The first sheet of an Excel workbook: its first non-empty row is the header."""
    name = path.name
    with path.open("rb") as file:
        _check_directory(file, name)
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        raise _unreadable(name, exc) from None
    with archive:
        _check_parts(archive, name)
    return _read_book(path, name)


def _unreadable(name: str, exc: BaseException) -> ImportFileError:
    return ImportFileError(
        name,
        translate("ImportFiles", "not a readable Excel workbook ({reason})").format(
            reason=_short(exc)
        ),
    )


def _damaged(name: str, reason: object) -> ImportFileError:
    return ImportFileError(
        name, translate("ImportFiles", "the workbook is damaged ({reason})").format(reason=reason)
    )


# --------------------------------------------------------------------------- the ZIP


def _check_directory(file: BinaryIO, name: str) -> None:
    """Refuse a ZIP whose directory lists more than :data:`~.limits.MAX_ZIP_ENTRIES`
    parts, before ``zipfile`` reads that directory into memory."""
    size = file.seek(0, 2)
    tail_size = min(size, 22 + 65_535)
    file.seek(size - tail_size)
    tail = file.read(tail_size)
    at = tail.rfind(_EOCD)
    if at < 0 or len(tail) - at < 22:
        return  # not a ZIP zipfile can read: it says so itself
    entries, directory_size = struct.unpack_from("<2xHI", tail, at + 8)
    if entries == 0xFFFF or directory_size == 0xFFFFFFFF:  # ZIP64: the real counts
        locator = at - 20
        if locator >= 0 and tail[locator : locator + 4] == _EOCD64_LOCATOR:
            (offset,) = struct.unpack_from("<Q", tail, locator + 8)
            file.seek(offset)
            record = file.read(56)
            if len(record) == 56 and record[:4] == _EOCD64:
                entries, directory_size = struct.unpack_from("<QQ", record, 32)
    if entries > limits.MAX_ZIP_ENTRIES or directory_size > limits.MAX_ZIP_ENTRIES * 1024:
        raise ImportFileError(
            name,
            translate(
                "ImportFiles",
                "the workbook has more than {limit} parts; it is no contact list "
                "(or it is damaged)",
            ).format(limit=format_number(limits.MAX_ZIP_ENTRIES)),
        )


def _check_parts(archive: zipfile.ZipFile, name: str) -> None:
    """Refuse a workbook with a part that would unpack larger than its cap."""
    infos = archive.infolist()
    if len(infos) > limits.MAX_ZIP_ENTRIES:
        raise ImportFileError(
            name,
            translate(
                "ImportFiles",
                "the workbook has more than {limit} parts; it is no contact list "
                "(or it is damaged)",
            ).format(limit=format_number(limits.MAX_ZIP_ENTRIES)),
        )
    for info in infos:
        part = info.filename.lower()
        if part.startswith("xl/worksheets/") and part.endswith(".xml"):
            cap = limits.MAX_SHEET_BYTES
        elif part.endswith("sharedstrings.xml"):
            cap = limits.MAX_STRINGS_BYTES
        elif part.endswith((".xml", ".rels")):
            cap = limits.MAX_PART_BYTES
        else:
            continue  # pictures and the like: never unpacked for an import
        if info.file_size > cap:
            raise ImportFileError(
                name,
                translate(
                    "ImportFiles",
                    "a part of the workbook ({part}) would unpack to {size} MB, "
                    "more than the {limit} MB a contact list may need",
                ).format(
                    part=info.filename,
                    size=limits.megabytes(info.file_size),
                    limit=limits.megabytes(cap),
                ),
            )


# --------------------------------------------------------------------------- the sheet


def _read_book(path: Path, name: str) -> SourceTable:
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, EOFError) as exc:
        raise _unreadable(name, exc) from None
    except Exception as exc:  # openpyxl raises many kinds on damaged XML
        raise _damaged(name, _short(exc)) from None
    try:
        sheet = book.worksheets[0] if book.worksheets else None
        if sheet is None:
            raise ImportFileError(name, translate("ImportFiles", "the workbook has no sheet"))
        return _sheet_table(_sheet_rows(book, sheet), name)
    except ImportFileError:
        raise
    except _Damaged as exc:
        raise _damaged(name, exc) from None
    except Exception as exc:  # damaged sheet XML shows up while rows are read
        raise _damaged(name, _short(exc)) from None
    finally:
        book.close()


def _sheet_rows(book: Any, sheet: Any) -> Iterator[tuple[int, list[tuple[int, str]]]]:
    """(row number, [(column, text), ...]) for each row of ``sheet``, only the cells that
    hold something, in the file's order; the sheet's stated size is not used."""
    from openpyxl.worksheet._reader import CELL_TAG, ROW_TAG, WorkSheetParser
    from openpyxl.xml.functions import iterparse

    with book._archive.open(sheet._worksheet_path) as source:
        parser = WorkSheetParser(
            source,
            sheet._shared_strings,
            data_only=True,
            epoch=book.epoch,
            date_formats=book._date_formats,
            timedelta_formats=book._timedelta_formats,
        )
        row_number = 0
        cells: list[tuple[int, str]] = []
        in_row = 0  # cells of this row so far, empty ones too
        spelled_out = 0  # cells of the sheet so far, empty ones too
        loose = 0  # elements ended since the last cell: a cell's insides, or other parts
        for _event, element in iterparse(source):
            tag = element.tag
            if tag == CELL_TAG:
                in_row += 1
                spelled_out += 1
                loose = 0
                if in_row > SHEET_COLUMNS:
                    raise _Damaged(
                        translate(
                            "ImportFiles", "row {row} has more cells than a sheet has columns"
                        ).format(row=format_number(row_number + 1))
                    )
                if spelled_out > limits.MAX_SHEET_CELLS:
                    raise _Damaged(
                        translate(
                            "ImportFiles", "the sheet spells out more than {limit} cells"
                        ).format(limit=format_number(limits.MAX_SHEET_CELLS))
                    )
                cell = parser.parse_cell(element)
                element.clear()
                text = cell_text(cell["value"])
                if text:
                    cells.append((int(cell["column"]), text))
            elif tag == ROW_TAG:
                row_number = _row_number(element.get("r"), row_number)
                element.clear()
                parser.col_counter = 0
                if cells:
                    yield row_number, cells
                cells, in_row, loose = [], 0, 0
            else:
                loose += 1
                if loose > limits.MAX_LOOSE_ELEMENTS:
                    raise _Damaged(
                        translate(
                            "ImportFiles", "more than {limit} XML elements in one place"
                        ).format(limit=format_number(limits.MAX_LOOSE_ELEMENTS))
                    )


def _row_number(reference: str | None, previous: int) -> int:
    """A row's number: its ``r``, else the one after the previous row."""
    try:
        number = int(float(reference)) if reference else previous + 1
    except ValueError:
        raise _Damaged(
            translate("ImportFiles", "{value} is not a row number").format(
                value=repr(reference[:20] if reference else reference)
            )
        ) from None
    if not 1 <= number <= SHEET_ROWS:
        raise _Damaged(
            translate("ImportFiles", "{value} is not a row number").format(
                value=format_number(number)
            )
        )
    return number


def _column_name(number: int) -> str:
    from openpyxl.utils import get_column_letter

    try:
        return f"{get_column_letter(number)} ({format_number(number)})"
    except ValueError:
        return format_number(number)


def _sheet_table(sheet_rows: Iterator[tuple[int, list[tuple[int, str]]]], name: str) -> SourceTable:
    headers: list[str] | None = None
    header_line = 1
    rows: list[SourceRow] = []
    count = limits.RowCount(name)
    width = 0
    for number, cells in sheet_rows:
        if sum(len(text) for _c, text in cells) > limits.MAX_ROW_CHARS:
            raise limits.row_too_long(name, number)
        last = max(column for column, _t in cells)
        if headers is None:
            if last > limits.MAX_COLUMNS:
                raise ImportFileError(
                    name,
                    translate(
                        "ImportFiles",
                        "the header reaches column {column}; a contact list can "
                        "have at most {limit} columns",
                    ).format(column=_column_name(last), limit=format_number(limits.MAX_COLUMNS)),
                    line=number,
                )
            width = last
            named = dict(cells)
            headers = [named.get(i + 1) or f"Column {i + 1}" for i in range(width)]
            header_line = number
            continue
        if last > width:
            column, value = min((c, t) for c, t in cells if c > width)
            raise ImportFileError(
                name,
                translate("ImportFiles", "a value in a column without a header ({value})").format(
                    value=repr(value[:60])
                ),
                line=number,
                column=column,
            )
        count.add(number, width)
        values = [""] * width
        for column, text in cells:
            values[column - 1] = text
        rows.append(SourceRow(number, values))
    if headers is None:
        raise ImportFileError(name, translate("ImportFiles", "the first sheet is empty"))
    return SourceTable("xlsx", headers, rows, name=name, header_line=header_line)


def _short(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= 120 else text[:117] + "..."

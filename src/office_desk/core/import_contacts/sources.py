"""Read a contact list as it arrives (CSV, Excel or vCard) into one plain table.

:func:`read_source` looks at the file's content (not only its name), picks the reader
and returns a :class:`SourceTable`: the header names and, for every row, the file's own
line number and the cells as text. Everything after this step (column mapping, the dry
run, the import) works the same whatever the format was.

A file that cannot be read as what it is (empty, binary, a damaged workbook, a vCard
without its END line, a row with more cells than the header) raises
:class:`ImportFileError` with a one-line message naming the line and column when known.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..i18n import translate
from .collector import collector_paused

ZIP_MAGIC = b"PK\x03\x04"
EMPTY_ZIP_MAGIC = b"PK\x05\x06"
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
XLSX_SUFFIXES = (".xlsx", ".xlsm")
VCARD_SUFFIXES = (".vcf", ".vcard")


class ImportFileError(ValueError):
    """A file that cannot be imported; ``str()`` is one line naming the file and, when
    known, the line and column."""

    def __init__(self, file_name: str, problem: str, line: int | None = None,
                 column: int | str | None = None) -> None:
        self.file_name = file_name
        self.problem = problem
        self.line = line
        self.column = column
        where = [file_name] if file_name else []
        if line is not None:
            where.append(translate("ImportFiles", "line {line}").format(line=line))
        if column is not None:
            where.append(translate("ImportFiles", "column {column}").format(
                column=repr(column) if isinstance(column, str) else column))
        super().__init__(", ".join(where) + ": " + problem if where else problem)


@dataclass(slots=True)
class SourceRow:
    """One record of the file: where it starts (1-based line; the row number in a
    workbook; the BEGIN:VCARD line of a vCard) and its cells as text, one per header."""

    line: int
    values: list[str]


@dataclass
class SourceTable:
    """A contact list as read: ``format`` is "csv", "xlsx" or "vcard"; ``encoding`` and
    ``delimiter`` say how a text file was read (empty for a workbook)."""

    format: str
    headers: list[str]
    rows: list[SourceRow] = field(default_factory=list)
    encoding: str = ""
    delimiter: str = ""
    name: str = ""
    header_line: int = 1

    def describe(self) -> str:
        """How the file was read, e.g. "CSV, cp1252, separator ';'"."""
        parts = [self.format.upper() if self.format != "vcard" else "vCard"]
        if self.encoding:
            parts.append(self.encoding)
        if self.delimiter:
            parts.append("separator " + {",": "comma", ";": "semicolon",
                                         "\t": "tab"}.get(self.delimiter, repr(self.delimiter)))
        return ", ".join(parts)


def read_source(path: Path | str) -> SourceTable:
    """The contact list at ``path``, whatever its format; :class:`ImportFileError` if it
    cannot be read. The format is told from the content first (a ZIP is a workbook, text
    starting with BEGIN:VCARD is a vCard file), then from the name."""
    path = Path(path)
    name = path.name
    try:
        data = path.read_bytes()
    except IsADirectoryError:
        raise ImportFileError(name, translate("ImportFiles", "is a folder, not a file")) from None
    except OSError as exc:
        raise ImportFileError(name, translate("ImportFiles", "cannot be read ({reason})").format(
            reason=exc.strerror or exc)) from None
    if not data.strip():
        raise ImportFileError(name, translate("ImportFiles", "the file is empty"))
    suffix = path.suffix.lower()
    if data.startswith((ZIP_MAGIC, EMPTY_ZIP_MAGIC)):
        return read_xlsx(path)
    if data.startswith(OLE2_MAGIC):
        raise ImportFileError(name, translate(
            "ImportFiles", "an old Excel (.xls) or password-protected workbook; "
                              "save it as .xlsx or CSV and import that"))
    if suffix in XLSX_SUFFIXES:
        raise ImportFileError(name, translate(
            "ImportFiles", "not an Excel workbook (an .xlsx file is a ZIP archive; "
                              "this one is not, or it is damaged)"))
    from .text_files import decode_text, read_csv_text
    from .vcards import looks_like_vcard, read_vcard_text

    text, encoding = decode_text(data, name)
    if looks_like_vcard(text):
        return read_vcard_text(text, name, encoding)
    if suffix in VCARD_SUFFIXES:
        raise ImportFileError(name, translate(
            "ImportFiles", "not a vCard file (it does not start with BEGIN:VCARD)"),
                              line=1)
    with collector_paused():
        return read_csv_text(text, name, encoding)


# --------------------------------------------------------------------------- XLSX


def cell_text(value: Any) -> str:
    """A workbook cell as the text a user saw: whole numbers without ".0", dates as
    ISO (a time only when there is one), TRUE/FALSE for booleans."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e16:
            return str(int(value))
        return format(value, ".15g")
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        return str(value)
    return str(value).strip()


def read_xlsx(path: Path) -> SourceTable:
    """The first sheet of an Excel workbook: its first non-empty row is the header."""
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    name = path.name
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, EOFError) as exc:
        raise ImportFileError(name, translate(
            "ImportFiles", "not a readable Excel workbook ({reason})")
                              .format(reason=_short(exc))) from None
    except Exception as exc:  # openpyxl raises many kinds on damaged XML
        raise ImportFileError(name, translate("ImportFiles", "the workbook is damaged ({reason})")
                              .format(reason=_short(exc))) from None
    try:
        sheet = book.worksheets[0] if book.worksheets else None
        if sheet is None:
            raise ImportFileError(name, translate("ImportFiles", "the workbook has no sheet"))
        # The size a workbook states (its "dimension") is wrong in files from some
        # programs, and a read-only sheet would skip the rows and columns outside it.
        sheet.reset_dimensions()
        return _sheet_table(sheet, name)
    except ImportFileError:
        raise
    except Exception as exc:  # damaged sheet XML shows up while rows are read
        raise ImportFileError(name, translate("ImportFiles", "the workbook is damaged ({reason})")
                              .format(reason=_short(exc))) from None
    finally:
        book.close()


def _sheet_table(sheet: Any, name: str) -> SourceTable:
    headers: list[str] | None = None
    header_line = 1
    rows: list[SourceRow] = []
    for number, cells in enumerate(sheet.iter_rows(values_only=True), start=1):
        values = [cell_text(v) for v in cells]
        while values and not values[-1]:
            values.pop()
        if not values:
            continue
        if headers is None:
            headers = [v or f"Column {i + 1}" for i, v in enumerate(values)]
            header_line = number
            continue
        if len(values) > len(headers):
            extra = next(i for i in range(len(headers), len(values)) if values[i])
            raise ImportFileError(
                name, translate("ImportFiles", "a value in a column without a header ({value})")
                .format(value=repr(values[extra])),
                line=number, column=extra + 1)
        values += [""] * (len(headers) - len(values))
        rows.append(SourceRow(number, values))
    if headers is None:
        raise ImportFileError(name, translate("ImportFiles", "the first sheet is empty"))
    return SourceTable("xlsx", headers, rows, name=name, header_line=header_line)


def _short(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= 120 else text[:117] + "..."

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
import os
import stat
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
    workbook; the BEGIN:VCARD line of a vCard) and its cells as text, one per header.
    ``decoding`` holds the notes of its lines read in another encoding than the file's
    or unclear (see :mod:`.encodings`)."""

    line: int
    values: list[str]
    decoding: tuple[Any, ...] = ()


@dataclass
class SourceTable:
    """A contact list as read: ``format`` is "csv", "xlsx" or "vcard"; ``encoding`` and
    ``delimiter`` say how a text file was read (empty for a workbook), and
    ``encoding_notes`` which lines were read otherwise or are unclear, with
    ``encoding_suggestions`` to try for them; ``encoding_chosen`` when the user chose
    the encoding."""

    format: str
    headers: list[str]
    rows: list[SourceRow] = field(default_factory=list)
    encoding: str = ""
    delimiter: str = ""
    name: str = ""
    header_line: int = 1
    encoding_notes: list[Any] = field(default_factory=list)
    encoding_suggestions: list[str] = field(default_factory=list)
    encoding_chosen: bool = False

    def describe(self) -> str:
        """How the file was read, e.g. "CSV, cp1252, separator ';'"."""
        parts = [self.format.upper() if self.format != "vcard" else "vCard"]
        if self.encoding:
            parts.append(self.encoding)
        if self.delimiter:
            parts.append("separator " + {",": "comma", ";": "semicolon",
                                         "\t": "tab"}.get(self.delimiter, repr(self.delimiter)))
        return ", ".join(parts)


def read_source(path: Path | str, encoding: str | None = None) -> SourceTable:
    """The contact list at ``path``, whatever its format; :class:`ImportFileError` if it
    cannot be read. The format is told from the content first (a ZIP is a workbook, text
    starting with BEGIN:VCARD is a vCard file), then from the name. A text file is read
    in the ``encoding`` given (a Python codec name), else in the one its bytes show (see
    :mod:`.text_files`). Nothing past the caps of :mod:`.limits` is read."""
    from . import limits

    path = Path(path)
    name = path.name
    try:
        data = _read_capped(path, limits.MAX_FILE_BYTES)
    except IsADirectoryError:
        raise ImportFileError(name, translate("ImportFiles", "is a folder, not a file")) from None
    except OSError as exc:
        raise ImportFileError(name, translate("ImportFiles", "cannot be read ({reason})").format(
            reason=exc.strerror or exc)) from None
    if data is None:
        raise limits.file_too_large(name, _size(path, limits.MAX_FILE_BYTES + 1))
    if not data.strip():
        raise ImportFileError(name, translate("ImportFiles", "the file is empty"))
    suffix = path.suffix.lower()
    if data.startswith((ZIP_MAGIC, EMPTY_ZIP_MAGIC)):
        del data
        from .workbook import read_xlsx

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

    decoded = decode_text(data, name, encoding)
    del data  # the text is all that is needed from here on
    if looks_like_vcard(decoded.text):
        return read_vcard_text(decoded, name)
    if suffix in VCARD_SUFFIXES:
        raise ImportFileError(name, translate(
            "ImportFiles", "not a vCard file (it does not start with BEGIN:VCARD)"),
                              line=1)
    with collector_paused():
        return read_csv_text(decoded, name)


def _read_capped(path: Path, cap: int) -> bytes | None:
    """The bytes of ``path``, or None if it holds more than ``cap`` (a file that says
    it is larger is not read at all; a device or pipe is read only up to the cap)."""
    with path.open("rb") as file:
        size = os.fstat(file.fileno()).st_size
        if size > cap:
            return None
        data = file.read(size + 1) if stat.S_ISREG(os.fstat(file.fileno()).st_mode) else b""
        if len(data) <= size and data:
            return data
        parts = [data]
        total = len(data)
        while total <= cap:
            chunk = file.read(min(4 * 1024 * 1024, cap + 1 - total))
            if not chunk:
                return b"".join(parts)
            parts.append(chunk)
            total += len(chunk)
        return None


def _size(path: Path, read: int) -> int:
    """The file's size on disk (what was read, for a device or pipe)."""
    try:
        return max(path.stat().st_size, read)
    except OSError:
        return read


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

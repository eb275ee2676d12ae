"""A contact list as read (CSV, Excel or vCard), one plain table whatever the format.

The readers (:mod:`.text_files`, :mod:`.workbook`, :mod:`.vcards`) fill a
:class:`SourceTable`: the header names and, for every row, the file's own line number
and the cells as text; :func:`.read_file.read_source` picks the reader. Everything after
this step (column mapping, the dry run, the import) works the same whatever the format
was.

A file that cannot be read as what it is (empty, binary, a damaged workbook, a vCard
without its END line, a row with more cells than the header) raises
:class:`ImportFileError` with a one-line message naming the line and column when known.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from ..i18n import translate


class ImportFileError(ValueError):
    """A file that cannot be imported; ``str()`` is one line naming the file and, when
    known, the line and column."""

    def __init__(
        self, file_name: str, problem: str, line: int | None = None, column: int | str | None = None
    ) -> None:
        self.file_name = file_name
        self.problem = problem
        self.line = line
        self.column = column
        where = [file_name] if file_name else []
        if line is not None:
            where.append(translate("ImportFiles", "line {line}").format(line=line))
        if column is not None:
            where.append(
                translate("ImportFiles", "column {column}").format(
                    column=repr(column) if isinstance(column, str) else column
                )
            )
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
    ``encoding_suggestions`` to try for them."""

    format: str
    headers: list[str]
    rows: list[SourceRow] = field(default_factory=list)
    encoding: str = ""
    delimiter: str = ""
    name: str = ""
    header_line: int = 1
    encoding_notes: list[Any] = field(default_factory=list)
    encoding_suggestions: list[str] = field(default_factory=list)

    def describe(self) -> str:
        """How the file was read, e.g. "CSV, cp1252, separator ';'"."""
        parts = [self.format.upper() if self.format != "vcard" else "vCard"]
        if self.encoding:
            parts.append(self.encoding)
        if self.delimiter:
            parts.append(
                "separator "
                + {",": "comma", ";": "semicolon", "\t": "tab"}.get(
                    self.delimiter, repr(self.delimiter)
                )
            )
        return ", ".join(parts)


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

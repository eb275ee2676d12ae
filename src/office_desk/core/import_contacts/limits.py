"""How much of a file from outside the import reads, whatever the file says of itself.

A contact list comes from partners, exports and old spreadsheets; a damaged or hostile
one must end in a clear error, not in a laptop out of memory. Every reader stops at
these caps while it reads (it never trusts a size the file states, such as a
workbook's "dimension") and says which cap the file went over:

* :data:`MAX_FILE_BYTES`: the file on disk (a 100,000-contact Outlook export is about
  50 MB);
* :data:`MAX_ROWS` rows and :data:`MAX_COLUMNS` columns (Outlook writes 92, Google
  about 90), and :data:`MAX_CELLS` cells in all (rows × columns);
* :data:`MAX_ROW_CHARS`: the characters of one row (a text file's line, a row of
  a workbook, a vCard); a single cell of a CSV file stops at 131,072; and
  :data:`MAX_LINES` lines in a text file;
* a workbook's parts, uncompressed: :data:`MAX_SHEET_BYTES` for the sheet,
  :data:`MAX_STRINGS_BYTES` for its shared strings, :data:`MAX_PART_BYTES` for any
  other part, :data:`MAX_ZIP_ENTRIES` parts (a ZIP's sizes are checked before
  anything is unpacked: a few kilobytes can unpack to gigabytes), and
  :data:`MAX_SHEET_CELLS` cells spelled out in the sheet, empty ones too.

What a cap costs at most: about 400 MB for the text of the largest file, and
:data:`MAX_CELLS` slots of eight bytes for the table.
"""

from __future__ import annotations

from ..i18n import translate
from ..locale_format import format_number
from .sources import ImportFileError

MEGABYTE = 1024 * 1024
MAX_FILE_BYTES = 100 * MEGABYTE
MAX_ROWS = 200_000
MAX_COLUMNS = 1_000
MAX_CELLS = 20_000_000
MAX_ROW_CHARS = 1_000_000
#: The most lines of a text file (rows, the lines inside quoted cells, empty lines).
MAX_LINES = 20 * MAX_ROWS
MAX_SHEET_BYTES = 256 * MEGABYTE
MAX_STRINGS_BYTES = 128 * MEGABYTE
MAX_PART_BYTES = 32 * MEGABYTE
MAX_ZIP_ENTRIES = 10_000
#: The most cells (empty ones too) a workbook's sheet may spell out, and the most XML
#: elements inside one cell or between two: past them it is no contact list.
MAX_SHEET_CELLS = MAX_CELLS
MAX_LOOSE_ELEMENTS = 100_000


def megabytes(count: int) -> str:
    """``count`` bytes in whole megabytes, written in the current language."""
    return format_number(max(1, round(count / MEGABYTE)))


def file_too_large(name: str, size: int) -> ImportFileError:
    return ImportFileError(
        name,
        translate(
            "ImportFiles",
            "the file is larger than {limit} MB ({size} MB); split it into smaller "
            "files and import them one after the other",
        ).format(limit=megabytes(MAX_FILE_BYTES), size=megabytes(size)),
    )


def too_many_rows(name: str, line: int) -> ImportFileError:
    return ImportFileError(
        name,
        translate(
            "ImportFiles",
            "the file has more than {limit} rows; split it into smaller files "
            "and import them one after the other",
        ).format(limit=format_number(MAX_ROWS)),
        line=line,
    )


def too_many_lines(name: str) -> ImportFileError:
    return ImportFileError(
        name,
        translate(
            "ImportFiles",
            "the file has more than {limit} lines; split it into smaller files and "
            "import them one after the other",
        ).format(limit=format_number(MAX_LINES)),
        line=MAX_LINES + 1,
    )


def too_many_columns(name: str, line: int, columns: int) -> ImportFileError:
    return ImportFileError(
        name,
        translate(
            "ImportFiles", "the row has {columns} columns; a contact list can have at most {limit}"
        ).format(columns=format_number(columns), limit=format_number(MAX_COLUMNS)),
        line=line,
    )


def too_many_cells(name: str, line: int) -> ImportFileError:
    return ImportFileError(
        name,
        translate(
            "ImportFiles",
            "the file has more than {limit} cells (rows × columns); split it into "
            "smaller files, or remove the columns you do not import",
        ).format(limit=format_number(MAX_CELLS)),
        line=line,
    )


def row_too_long(name: str, line: int) -> ImportFileError:
    return ImportFileError(
        name,
        translate(
            "ImportFiles",
            "the row is longer than {limit} characters (a quote never closed, "
            "or not a contact list?)",
        ).format(limit=format_number(MAX_ROW_CHARS)),
        line=line,
    )


class RowCount:
    """Counts the rows and cells of a table as it is read; raises the cap's error."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.rows = 0
        self.cells = 0

    def add(self, line: int, width: int) -> None:
        """One more row of ``width`` cells, found at ``line``."""
        self.rows += 1
        self.cells += width
        if self.rows > MAX_ROWS:
            raise too_many_rows(self.name, line)
        if self.cells > MAX_CELLS:
            raise too_many_cells(self.name, line)

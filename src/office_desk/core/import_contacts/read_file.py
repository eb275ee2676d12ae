"""Read a contact list as it arrives (CSV, Excel or vCard) into one plain table.

:func:`read_source` looks at the file's content (not only its name), picks the reader
(:mod:`.text_files`, :mod:`.workbook` or :mod:`.vcards`) and returns a
:class:`~.sources.SourceTable`; a file that cannot be read raises
:class:`~.sources.ImportFileError`. Nothing past the caps of :mod:`.limits` is read.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from ..i18n import translate
from . import limits
from .collector import collector_paused
from .sources import ImportFileError, SourceTable
from .text_files import decode_text, read_csv_text
from .vcards import looks_like_vcard, read_vcard_text
from .workbook import read_xlsx

ZIP_MAGIC = b"PK\x03\x04"
EMPTY_ZIP_MAGIC = b"PK\x05\x06"
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
XLSX_SUFFIXES = (".xlsx", ".xlsm")
VCARD_SUFFIXES = (".vcf", ".vcard")


def read_source(path: Path | str, encoding: str | None = None) -> SourceTable:
    """The contact list at ``path``, whatever its format; :class:`ImportFileError` if it
    cannot be read. The format is told from the content first (a ZIP is a workbook, text
    starting with BEGIN:VCARD is a vCard file), then from the name. A text file is read
    in the ``encoding`` given (a Python codec name), else in the one its bytes show (see
    :mod:`.text_files`). Nothing past the caps of :mod:`.limits` is read."""
    path = Path(path)
    name = path.name
    try:
        data = _read_capped(path, limits.MAX_FILE_BYTES)
    except IsADirectoryError:
        raise ImportFileError(name, translate("ImportFiles", "is a folder, not a file")) from None
    except OSError as exc:
        raise ImportFileError(
            name,
            translate("ImportFiles", "cannot be read ({reason})").format(
                reason=exc.strerror or exc
            ),
        ) from None
    if data is None:
        raise limits.file_too_large(name, _size(path, limits.MAX_FILE_BYTES + 1))
    if not data.strip():
        raise ImportFileError(name, translate("ImportFiles", "the file is empty"))
    suffix = path.suffix.lower()
    if data.startswith((ZIP_MAGIC, EMPTY_ZIP_MAGIC)):
        del data
        return read_xlsx(path)
    if data.startswith(OLE2_MAGIC):
        raise ImportFileError(
            name,
            translate(
                "ImportFiles",
                "an old Excel (.xls) or password-protected workbook; "
                "save it as .xlsx or CSV and import that",
            ),
        )
    if suffix in XLSX_SUFFIXES:
        raise ImportFileError(
            name,
            translate(
                "ImportFiles",
                "not an Excel workbook (an .xlsx file is a ZIP archive; "
                "this one is not, or it is damaged)",
            ),
        )
    decoded = decode_text(data, name, encoding)
    del data  # the text is all that is needed from here on
    if looks_like_vcard(decoded.text):
        return read_vcard_text(decoded, name)
    if suffix in VCARD_SUFFIXES:
        raise ImportFileError(
            name,
            translate("ImportFiles", "not a vCard file (it does not start with BEGIN:VCARD)"),
            line=1,
        )
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

"""Text files as they really arrive: which encoding, which separator, which line.

* Encoding: a byte-order mark decides (UTF-8, UTF-16); else strict UTF-8; else each
  line is read in the encoding its bytes make plausible, UTF-8 or a legacy one (see
  :mod:`.encodings`: a UTF-8 file with a few Windows-1252 rows is common). The legacy
  encodings contact lists come in are GB18030 (which reads GBK and GB2312 too) and
  Windows-1252. Between those two the bytes decide: Chinese in GB18030 is pairs of
  bytes above 0x7F, German or French in Windows-1252 has such bytes alone between
  ASCII letters. Only when that is not clear, or neither decodes, is charset-normalizer
  asked (and a Chinese answer read as GB18030, the superset). A user can choose the
  encoding instead.
* Separator: comma, semicolon (German Excel) or tab, from the header line, with
  ``csv.Sniffer`` breaking ties.
* Lines: each row keeps the physical line where it starts, so a cell with line breaks
  inside quotes does not shift the line numbers of the rows after it; the lines read
  in another encoding than the file's, or unclear, go with their row.
* Caps (:mod:`.limits`): the characters of a row, its columns, the rows and cells of
  the file, checked while it is read.
"""

from __future__ import annotations

import codecs
import csv
import re
from collections.abc import Iterator

from ..i18n import translate
from . import limits
from .encodings import SAMPLE, DecodedText, LineNote, check_choice, decode_as, decode_lines
from .sources import ImportFileError, SourceRow, SourceTable

DELIMITERS = (";", ",", "\t")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
SNIFF_SAMPLE = 4 * 1024


def decode_text(data: bytes, name: str, encoding: str | None = None) -> DecodedText:
    """The text of ``data`` and how it was read (see the module's notes); in the
    ``encoding`` given, if one is (a Python codec name the user chose)."""
    if encoding is not None:
        decoded = decode_as(data, check_choice(encoding, name))
    else:
        decoded = _detect(data, name)
    sample = decoded.text[:SAMPLE]
    if len(_CONTROL.findall(sample)) > max(2, len(sample) // 200):
        raise ImportFileError(
            name, translate("ImportFiles", "not a text file (it holds binary data)")
        )
    return decoded


def _detect(data: bytes, name: str) -> DecodedText:
    if data.startswith(codecs.BOM_UTF8):
        body = data[len(codecs.BOM_UTF8) :]
        try:
            return DecodedText(body.decode("utf-8"), "utf-8-sig")
        except UnicodeDecodeError:
            decoded = decode_lines(body, main="utf-8")
            decoded.encoding = "utf-8-sig"
            return decoded
    for bom in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        if data.startswith(bom):
            return DecodedText(_strict(data, "utf-16", name), "utf-16")
    head = data[:SAMPLE]
    if b"\x00" in head:
        wide = _utf16_without_bom(head)
        if wide is None:
            raise ImportFileError(
                name, translate("ImportFiles", "not a text file (it holds binary data)")
            )
        return DecodedText(_strict(data, wide, name), wide)
    try:
        return DecodedText(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        return decode_lines(data)


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ImportFileError(
            name,
            translate("ImportFiles", "not valid {encoding} text").format(encoding=encoding),
            line=line,
        ) from None


def _utf16_without_bom(head: bytes) -> str | None:
    even, odd = head[0::2].count(0), head[1::2].count(0)
    half = len(head) // 2
    if odd > half * 0.3 and even < half * 0.05:
        return "utf-16-le"
    if even > half * 0.3 and odd < half * 0.05:
        return "utf-16-be"
    return None


# --------------------------------------------------------------------------- CSV


def _first_line(text: str) -> str:
    for line in text[:SAMPLE].splitlines():
        if line.strip():
            return line
    return ""


def _count_outside_quotes(line: str, delimiter: str) -> int:
    count, quoted = 0, False
    for char in line:
        if char == '"':
            quoted = not quoted
        elif char == delimiter and not quoted:
            count += 1
    return count


def sniff_delimiter(text: str) -> str:
    """Comma, semicolon or tab: the one the header line has most of (outside quotes);
    ``csv.Sniffer`` decides a tie."""
    counts = {d: _count_outside_quotes(_first_line(text), d) for d in DELIMITERS}
    most = max(counts.values())
    if most == 0:
        return ","
    # A small sample: the Sniffer's patterns take quadratic time (32 KB of short lines
    # starting with a quote took 20 seconds); the header and a few rows are enough.
    sample = text[:SNIFF_SAMPLE]
    if len(text) > len(sample) and "\n" in sample:
        sample = sample[: sample.rindex("\n")]
    try:
        sniffed = csv.Sniffer().sniff(sample, delimiters="".join(DELIMITERS)).delimiter
    except csv.Error:
        sniffed = None
    if sniffed in counts and counts[sniffed] == most:
        return sniffed
    return next(d for d in DELIMITERS if counts[d] == most)


def read_csv_text(decoded: DecodedText, name: str) -> SourceTable:
    """The rows of a CSV text; the first non-empty record is the header."""
    text = decoded.text
    delimiter = sniff_delimiter(text)
    try:
        table = _parse(text, name, decoded.encoding, delimiter, strict=True)
    except _Unclosed as unclosed:
        raise ImportFileError(
            name,
            translate("ImportFiles", 'a quoted cell is never closed (a " missing?)'),
            line=unclosed.line,
        ) from None
    except _Malformed:
        # Sloppy quoting such as "Dr." Müller: read it the lenient way.
        table = _parse(text, name, decoded.encoding, delimiter, strict=False)
    attach_notes(table, decoded)
    return table


def attach_notes(table: SourceTable, decoded: DecodedText) -> None:
    """Give ``table`` how its text was read, and each row the notes of its lines (a row
    spans the lines up to where the next one starts)."""
    table.encoding_notes = decoded.notes
    table.encoding_suggestions = decoded.suggestions
    if not decoded.notes:
        return
    notes = sorted(decoded.notes, key=lambda n: n.line)
    rows = table.rows
    at = 0
    for number, row in enumerate(rows):
        end = rows[number + 1].line if number + 1 < len(rows) else None
        while at < len(notes) and notes[at].line < row.line:
            at += 1
        found: list[LineNote] = []
        while at < len(notes) and (end is None or notes[at].line < end):
            found.append(notes[at])
            at += 1
        if found:
            row.decoding = tuple(found)


class _Unclosed(Exception):
    def __init__(self, line: int) -> None:
        self.line = line


class _Malformed(Exception):
    pass


class _Reading:
    """Where the reading is: characters read, and those read when the row began."""

    def __init__(self) -> None:
        self.chars = 0
        self.row_began = 0
        self.row_line = 1


_LINE_END = re.compile(r"\r\n?|\n")


def _lines(text: str, name: str, reading: _Reading) -> Iterator[str]:
    """The physical lines of ``text`` with their ends (LF, CRLF or CR, as a file opened
    with ``newline=""`` gives them), one slice at a time (``io.StringIO`` would copy the
    text at four bytes a character). Stops at a row longer than the cap (a quote never
    closed would otherwise take the rest of the file into one row), and at more lines
    than :data:`~.limits.MAX_LINES`."""
    start = lines = 0
    size = len(text)
    for match in _LINE_END.finditer(text):
        end = match.end()
        lines += 1
        _check(name, reading, end - start, lines)
        yield text[start:end]
        start = end
    if start < size:
        _check(name, reading, size - start, lines + 1)
        yield text[start:]


def _check(name: str, reading: _Reading, length: int, lines: int) -> None:
    reading.chars += length
    if reading.chars - reading.row_began > limits.MAX_ROW_CHARS:
        raise limits.row_too_long(name, reading.row_line)
    if lines > limits.MAX_LINES:
        raise limits.too_many_lines(name)


def _parse(text: str, name: str, encoding: str, delimiter: str, strict: bool) -> SourceTable:
    reading = _Reading()
    reader = csv.reader(_lines(text, name, reading), delimiter=delimiter, strict=strict)
    headers: list[str] | None = None
    header_line = 1
    rows: list[SourceRow] = []
    append = rows.append
    count = limits.RowCount(name)
    start = 1
    width = 0
    try:
        for record in reader:
            line, start = start, reader.line_num + 1
            reading.row_began, reading.row_line = reading.chars, start
            if not record or (len(record) == 1 and not record[0].strip()):
                continue
            if headers is None:
                if len(record) > limits.MAX_COLUMNS:
                    raise limits.too_many_columns(name, line, len(record))
                headers = [
                    h.strip().lstrip("\ufeff").strip() or f"Column {i + 1}"
                    for i, h in enumerate(record)
                ]
                header_line, width = line, len(headers)
                continue
            if len(record) != width:
                record = _fit(record, width, name, line)
            count.add(line, width)
            append(SourceRow(line, record))
    except csv.Error as exc:
        message = str(exc)
        if "unexpected end of data" in message:
            raise _Unclosed(start) from None
        if "field larger than field limit" in message:
            raise ImportFileError(
                name,
                translate(
                    "ImportFiles",
                    "a cell is longer than 131,072 characters (a quote never closed?)",
                ),
                line=start,
            ) from None
        if strict:
            raise _Malformed() from None
        raise ImportFileError(
            name,
            translate("ImportFiles", "not a readable CSV file ({reason})").format(reason=message),
            line=start,
        ) from None
    if headers is None:
        raise ImportFileError(name, translate("ImportFiles", "the file has no header line"))
    return SourceTable(
        "csv",
        headers,
        rows,
        encoding=encoding,
        delimiter=delimiter,
        name=name,
        header_line=header_line,
    )


def _fit(record: list[str], width: int, name: str, line: int) -> list[str]:
    if len(record) < width:
        return record + [""] * (width - len(record))
    for column in range(width, len(record)):
        if record[column].strip():
            raise ImportFileError(
                name,
                translate(
                    "ImportFiles",
                    "the row has {cells} cells but the header only "
                    "{width} (a stray separator or quote?)",
                ).format(cells=len(record), width=width),
                line=line,
                column=column + 1,
            )
    return record[:width]

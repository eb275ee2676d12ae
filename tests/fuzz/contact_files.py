"""Hypothesis strategies for contact lists as they arrive, and as they arrive broken.

Files are built the way real ones are (the header layouts of Outlook, Google, Office
Desk's own exports and Chinese spreadsheets; vCards as phones and Outlook write them;
workbooks written by openpyxl) and then corrupted at every level: the cells (Chinese,
umlauts, NULs, quotes, line breaks, formulas, huge fields), the structure (missing or
extra cells, broken BEGIN/END, bad folding, quoted-printable junk), the encoding
(UTF-8 with and without BOM, GB18030, Windows-1252, UTF-16) and the bytes (truncated,
flipped, inserted). Each strategy gives a :class:`FuzzFile`: a name and its bytes.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from hypothesis import strategies as st

from office_desk.core.import_contacts.layouts import (
    OFFICE_DESK_CONTACTS,
    OFFICE_DESK_ORGANIZATIONS,
)
from office_desk.core.import_contacts.vcards import VCARD_HEADERS
from tests.unit import import_files as files


@dataclass(frozen=True)
class FuzzFile:
    """A file to import. ``expected`` holds, for a file whose content is intact (no
    damage, and nothing a reader may fairly read another way), every non-blank cell
    it holds: a reader that accepts the file must not lose one. ``delimiter`` is the
    separator a CSV was written with (None: any)."""

    name: str
    data: bytes
    expected: tuple[str, ...] | None = None
    delimiter: str | None = None

    def __repr__(self) -> str:  # what a failing example prints
        shown = self.data if len(self.data) <= 3000 else self.data[:3000] + b"...[cut]"
        return (
            f"FuzzFile(name={self.name!r}, size={len(self.data)}, data={shown!r}, "
            f"delimiter={self.delimiter!r})"
        )


# --------------------------------------------------------------------------- cells

GERMAN = [
    "Jürgen",
    "Müller",
    "Özlem",
    "Schäfer",
    "Björn",
    "Köhler",
    "Groß",
    "Weiß",
    "Dr. Jürgen Müller",
    "Müller, Björn",
    "Bäckerei Groß GmbH",
    "Straßenbau AG",
    "Geschäftsführer",
    "Leiterin Einkauf",
    "München",
    "Dresden",
    "Königstraße 1",
]
CHINESE = [
    "张伟",
    "王芳",
    "欧阳娜娜",
    "李娜",
    "张",
    "伟",
    "山东重工集团",
    "青岛啤酒股份有限公司",
    "总经理",
    "济南",
    "青岛",
    "中国",
    "德国",
    "Zhang Wei 张伟",
    "ZHANG Wei",
    "王 芳",
]
LATIN = [
    "Anna",
    "Smith",
    "Wei",
    "Zhang",
    "Fang",
    "Wang",
    "Jean-Luc",
    "O'Brien",
    "van der Berg",
    "Shandong Heavy Industry Co., Ltd.",
    "Qingdao Port Group",
    "Director",
    "Jinan",
    "Dresden-Jinan Contact Office",
    "Jinan-Dresden Contact Office (Jinan side)",
    "Frankfurt",
    "Paris",
    "Nowhere Office",
]
EMAILS = [
    "a@b.de",
    "zhang.wei@sdhi.example",
    "j.mueller@baeckerei-gross.example",
    "oe.schaefer@strassenbau.example",
    "x@y",
    "@",
    "@@",
    "a@b@c.de",
    "mailto:x@y.de",
    "Name <a@b.de>",
    "a@localhost",
    "a@b.test",
    "ä@ö.de",
    "张@例子.中国",
    "a..b@c.de",
    "x" * 70 + "@a.de",
    "a@" + "b" * 64 + ".de",
    "a@b.c",
    "A@B.DE ::: c@d.de",
    "a@b.de; c@d.de",
    "a@b.de, c@d.de",
    "a@b.de\nc@d.de",
    "<>",
    "mailto:",
    "a@-b.de",
    "a@b--c.de",
    "a@b.invalid",
    "a%b@c.de",
    "a+b@c.museum",
    "a@[127.0.0.1]",
    '"quoted local"@c.de',
    "a@b.de.",
    "wangfang@weifang.example",
]
PHONES = [
    "+49 351 1234567",
    "'+49 170 7654321",
    "0531-88881234",
    "+86 (531) 8888 1234",
    "1e10",
    "=1+2",
    "-",
    "+",
    "+49 351 1 ::: +49 351 2",
    "+49; 351",
    "tel:+49",
    "１２３",
]
COUNTRIES = [
    "DE",
    "de",
    "Deutschland",
    "Germany",
    "China",
    "CN",
    "中国",
    "德国",
    "deu",
    "USA",
    "UK",
    "Ivory Coast",
    "Elfenbeinküste",
    "XX",
    "Narnia",
    "P.R. China",
    "Volksrepublik China",
    "中华人民共和国",
    "Österreich",
    "ZZZ",
    "  cn  ",
]
DATES = [
    "2024-03-01",
    "01.03.2024",
    "3/4/2024",
    "13/4/2024",
    "4/13/2024",
    "2024-02-30",
    "0000-01-01",
    "9999-12-31",
    "2024-13-01",
    "yesterday",
    "2024/3/1 10:00",
    "31.02.2023",
    "1.1.1",
    "2024-03-01T99:99",
    "99999999-1-1",
]
WORDS = [
    "ja",
    "nein",
    "yes",
    "no",
    "是",
    "否",
    "maybe",
    "1",
    "0",
    "x",
    "consent",
    "Einwilligung",
    "contract",
    "legitimate interest",
    "legitimate_interest",
    "bogus",
    "company",
    "Universität",
    "大学",
    "government",
    "spaceship",
    "unknown",
    "other",
    "Deutsch, English",
    "中文/English",
    "de; en",
    "WeChat: zw_01",
    "Skype: a.b",
    "https://example.com",
    "www.example.cn",
]
NUMBERS = [
    "51.05",
    "13,73",
    "-91",
    "nan",
    "NaN",
    "inf",
    "-inf",
    "1e308",
    "1e-320",
    "-0",
    "180.0001",
    "90",
    "-180",
    "0x10",
    "1_000",
    "12 345,6",
    "٣",
    "½",
]
FORMULAS = [
    "=cmd|' /C calc'!A0",
    '=HYPERLINK("http://evil.example")',
    "@SUM(1+1)",
    "+1+1",
    "-2+3",
    "'=1+2",
    "\t=1",
    "\r=1",
    "=",
    "'",
]
SPECIAL = [
    "",
    " ",
    "\x00",
    "a\x00b",
    "\x1a",
    "\x7f",
    "\x0b\x0c",
    '"',
    '""',
    '"quoted"',
    'with "quotes" inside',
    '"Dr." Müller',
    "line1\nline2",
    "\r",
    "a\r\nb",
    "a\rb",
    ",;\t",
    "\ufeff",
    "\ufeffName",
    "\u200b",
    "\u202eevil",
    "😀",
    "\ufffd",
    "\\",
    "\\n",
    "::: ",
    " ::: ",
    "BEGIN:VCARD",
    "END:VCARD",
    "PK\x03\x04",
]

_TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=30)
#: Huge cells (about one in eight longer than the 131,072 characters a CSV cell may have).
_HUGE = st.builds(
    lambda piece, n: (piece * (n // len(piece) + 1))[:n],
    st.sampled_from(["x", "张", "ä", '"', "a,b;", "\n", "a@b.de ", "\n'", ",'"]),
    st.integers(2_000, 150_000),
)
ANY_CELL: st.SearchStrategy[str] = st.one_of(
    st.sampled_from(GERMAN + CHINESE + LATIN),
    st.sampled_from(EMAILS),
    st.sampled_from(PHONES),
    st.sampled_from(COUNTRIES),
    st.sampled_from(DATES),
    st.sampled_from(WORDS),
    st.sampled_from(NUMBERS),
    st.sampled_from(FORMULAS),
    st.sampled_from(SPECIAL),
    _TEXT,
    st.builds(
        lambda a, b: a + b,
        st.sampled_from(SPECIAL + FORMULAS),
        st.sampled_from(GERMAN + CHINESE + EMAILS),
    ),
)
_HUGE_OR_ANY = st.one_of(ANY_CELL, _HUGE)

#: What a header is about (by words in it), and cells that fit.
_KIND_WORDS: tuple[tuple[tuple[str, ...], list[str]], ...] = (
    (("mail", "邮"), EMAILS),
    (("phone", "telefon", "tel", "电话", "手机", "mobil"), PHONES),
    (("country", "land", "国家"), COUNTRIES),
    (("date", "kontakt", "contacted", "birthday"), DATES),
    (("lat", "lon", "breite", "länge"), NUMBERS),
    (
        (
            "name",
            "vorname",
            "nachname",
            "姓",
            "名",
            "company",
            "firma",
            "organization",
            "公司",
            "org",
        ),
        GERMAN + CHINESE + LATIN,
    ),
)


def cell_for(header: str) -> st.SearchStrategy[str]:
    """Cells for a column: mostly empty or fitting its header, sometimes anything."""
    folded = header.casefold()
    fitting = next(
        (values for words, values in _KIND_WORDS if any(w in folded for w in words)),
        WORDS + GERMAN + CHINESE,
    )
    return st.one_of(st.just(""), st.sampled_from(fitting), st.sampled_from(fitting), _HUGE_OR_ANY)


# --------------------------------------------------------------------------- headers

LAYOUT_HEADERS: list[list[str]] = [
    files.OUTLOOK_HEADER,
    files.OUTLOOK_GERMAN_HEADER,
    files.GOOGLE_OLD_HEADER,
    files.GOOGLE_NEW_HEADER,
    files.CHINESE_HEADER,
    list(OFFICE_DESK_CONTACTS),
    list(OFFICE_DESK_ORGANIZATIONS),
    list(VCARD_HEADERS),
    ["Full Name", "Email", "Company", "Notes", "City"],
    [
        "Vorname",
        "Nachname",
        "Firma",
        "E-Mail",
        "Telefon",
        "Stadt",
        "Land",
        "Letzter Kontakt",
        "Bemerkung",
    ],
    ["Name", "Kind", "Sector", "Country", "City", "Latitude", "Longitude", "Website"],
    ["姓名", "英文名", "公司名称", "职务", "手机", "微信", "邮箱", "国家", "备注"],
]


@st.composite
def headers(draw: st.DrawFn) -> list[str]:
    """A real layout's header, sometimes shuffled, cut, padded or with odd names."""
    header = list(draw(st.sampled_from(LAYOUT_HEADERS)))
    change = draw(st.sampled_from(["as is", "as is", "shuffle", "cut", "pad", "rename", "random"]))
    if change == "shuffle":
        header = draw(st.permutations(header))
    elif change == "cut" and header:
        keep = draw(st.integers(0, len(header)))
        header = header[:keep] or [draw(st.sampled_from(["Name", "姓名", ""]))]
    elif change == "pad":
        header += draw(
            st.lists(
                st.one_of(_TEXT, st.sampled_from(SPECIAL), st.sampled_from(header)),
                min_size=1,
                max_size=4,
            )
        )
    elif change == "rename" and header:
        index = draw(st.integers(0, len(header) - 1))
        header[index] = draw(st.one_of(_TEXT, st.sampled_from(SPECIAL + FORMULAS)))
    elif change == "random":
        header = draw(
            st.lists(
                st.one_of(
                    _TEXT,
                    st.sampled_from(
                        GERMAN + CHINESE + SPECIAL + [h for hs in LAYOUT_HEADERS for h in hs]
                    ),
                ),
                min_size=1,
                max_size=8,
            )
        )
    return [str(h) for h in header]


@st.composite
def table(draw: st.DrawFn) -> tuple[list[str], list[list[str]]]:
    """A header and rows of cells (some rows shorter or longer than the header)."""
    header = draw(headers())
    rows = []
    for _ in range(draw(st.sampled_from([1, 1, 2, 2, 3, 4, 6, 0]))):
        width = max(0, len(header) + draw(st.sampled_from([0] * 12 + [-1, 1, -3, 2])))
        rows.append([draw(cell_for(header[i] if i < len(header) else "")) for i in range(width)])
    return header, rows


# --------------------------------------------------------------------------- bytes

ENCODINGS = [
    "utf-8",
    "utf-8",
    "utf-8-sig",
    "gb18030",
    "cp1252",
    "utf-16",
    "utf-16-le",
    "utf-16-be",
    "latin-1",
    "big5",
    "shift_jis",
]


def encode(text: str, encoding: str) -> bytes:
    return text.encode(encoding, errors="replace")


@st.composite
def damaged(draw: st.DrawFn, data: bytes) -> bytes:
    """``data``, mostly as it is, else cut short, with bytes flipped, inserted, dropped,
    repeated, or rubbish around it."""
    how = draw(
        st.sampled_from(
            [
                "none",
                "none",
                "none",
                "truncate",
                "flip",
                "insert",
                "drop",
                "repeat",
                "append",
                "prepend",
            ]
        )
    )
    if how == "none" or not data:
        return data
    at = draw(st.integers(0, len(data)))
    if how == "truncate":
        return data[:at]
    if how == "flip":
        out = bytearray(data)
        for _ in range(draw(st.integers(1, 8))):
            i = draw(st.integers(0, len(out) - 1))
            out[i] ^= draw(st.integers(1, 255))
        return bytes(out)
    junk = draw(
        st.one_of(
            st.binary(min_size=1, max_size=40),
            st.sampled_from(
                [
                    b"\x00",
                    b"\xff\xfe",
                    b"\xef\xbb\xbf",
                    b"\x80\x81\x82",
                    b"\r",
                    b"\n\n\n",
                    b'"',
                    b"\xe5\xbc",
                    b"\xd8\x00",
                    b"PK\x03\x04",
                    b"BEGIN:VCARD\r\n",
                ]
            ),
        )
    )
    if how == "insert":
        return data[:at] + junk + data[at:]
    if how == "drop":
        end = draw(st.integers(at, min(len(data), at + 200)))
        return data[:at] + data[end:]
    if how == "repeat":
        end = draw(st.integers(at, min(len(data), at + 200)))
        return data[:end] + data[at:end] * draw(st.integers(1, 5)) + data[end:]
    if how == "append":
        return data + junk
    return junk + data


@st.composite
def zip_header_damaged(draw: st.DrawFn, data: bytes) -> bytes:
    """A zip with one field of a member's header wrong: the flags (encrypted, UTF-8
    names that are not UTF-8), the compression method, the sizes or the name's length."""
    starts = [m.start() for m in re.finditer(rb"PK\x01\x02|PK\x03\x04", data)]
    if not starts:
        return data
    at = draw(st.sampled_from(starts))
    central = data[at : at + 4] == b"PK\x01\x02"
    flags, method, sizes, name_length = (8, 10, 20, 28) if central else (6, 8, 18, 26)
    out = bytearray(data)
    field = draw(st.sampled_from(["encrypted", "utf-8 name", "method", "sizes", "name length"]))
    if field == "encrypted":
        out[at + flags] |= 0x01
    elif field == "utf-8 name":
        out[at + flags + 1] |= 0x08
        name_at = at + (46 if central else 30)
        if name_at < len(out):
            out[name_at] = 0xFF
    elif field == "method":
        method_value = draw(st.sampled_from([1, 6, 9, 12, 14, 98, 99, 0xFFFF]))
        out[at + method : at + method + 2] = method_value.to_bytes(2, "little")
    elif field == "sizes":
        value = draw(st.sampled_from([0, 1, 0xFFFFFFFF, 0x7FFFFFFF]))
        which = draw(st.sampled_from([0, 4]))
        out[at + sizes + which : at + sizes + which + 4] = value.to_bytes(4, "little")
    else:
        value = draw(st.sampled_from([0, 1, 0xFFFF]))
        out[at + name_length : at + name_length + 2] = value.to_bytes(2, "little")
    return bytes(out[: len(data)])


# --------------------------------------------------------------------------- CSV


def _write_csv(
    header: list[str], rows: list[list[str]], delimiter: str, quoting: str, terminator: str
) -> str:
    if quoting == "naive":  # what a hand-made export does: no quoting at all
        return terminator.join(delimiter.join(r) for r in [header, *rows]) + terminator
    buffer = io.StringIO()
    mode = {"minimal": csv.QUOTE_MINIMAL, "all": csv.QUOTE_ALL, "none": csv.QUOTE_NONE}[quoting]
    writer = csv.writer(
        buffer,
        delimiter=delimiter,
        lineterminator=terminator,
        quoting=mode,
        escapechar="\\" if mode == csv.QUOTE_NONE else None,
    )
    try:
        writer.writerow(header)
        writer.writerows(rows)
    except csv.Error:  # QUOTE_NONE cannot write a record of one empty cell; quote it
        return _write_csv(header, rows, delimiter, "minimal", terminator)
    return buffer.getvalue()


@st.composite
def csv_files(draw: st.DrawFn, exports: dict[str, bytes]) -> FuzzFile:
    """A CSV contact list: built from a layout, or one of Office Desk's own exports;
    then encoded and maybe damaged."""
    if draw(st.integers(0, 5)) == 0:
        name = draw(st.sampled_from(sorted(k for k in exports if k.endswith(".csv"))))
        return FuzzFile(draw(st.sampled_from([name, "export.txt"])), draw(damaged(exports[name])))
    header, rows = draw(table())
    delimiter = draw(st.sampled_from([",", ",", ";", "\t", "|", " "]))
    quoting = draw(st.sampled_from(["minimal", "minimal", "all", "none", "naive"]))
    terminator = draw(st.sampled_from(["\r\n", "\n", "\r"]))
    text = _write_csv(header, rows, delimiter, quoting, terminator)
    prefix = ""
    if draw(st.integers(0, 9)) == 0:
        prefix = draw(st.sampled_from(["\n\n", " \r\n", "sep=;\n", "\ufeff"]))
    encoding = draw(st.sampled_from(ENCODINGS))
    data = encode(prefix + text, encoding)
    name = draw(
        st.sampled_from(
            ["contacts.csv"] * 6 + ["联系人.csv", "Kontakte.TXT", "list", "cards.vcf", "book.xlsx"]
        )
    )
    damaged_data = draw(damaged(data))
    intact = (
        damaged_data == data
        and encoding in ("utf-8", "utf-8-sig", "utf-16")
        and quoting in ("minimal", "all")
        and delimiter in (",", ";", "\t")
        and prefix in ("", "\n\n")
        and name.endswith((".csv", ".TXT"))
    )
    cells = [*header, *(c for r in rows for c in r)]
    # Python's writer (3.11) quotes a line break only if it is in the line terminator:
    # with "\r" alone, a "\n" in a cell goes out bare and ends the row for any reader.
    bare = quoting == "minimal" and any(
        ch in c for c in cells for ch in "\r\n" if ch not in terminator
    )
    expected = tuple(c for c in cells if c.strip())
    return FuzzFile(name, damaged_data, expected if intact and not bare else None, delimiter)


# --------------------------------------------------------------------------- vCard

_QP_VALUES = [
    "=C3=A4",
    "Sch=C3=A4fer",
    "Stra=DFe",
    "=E5=BC=A0=E4=BC=9F",
    "=ZZ",
    "=",
    "=0",
    "=0D=0A",
    "abc=\r\ndef",
    "=\r\n",
    "==",
    "=C3",
    "=FF=FE",
    "=E5=BC",
]
_CHARSETS = [
    "utf-8",
    "UTF-8",
    "Windows-1252",
    "gb2312",
    "GB18030",
    "bogus",
    '"utf-8"',
    "",
    "utf-7",
    "utf-32",
    "rot13",
    "base64",
    "hex",
    "zlib",
]
_PARAMS = [
    "",
    ";TYPE=INTERNET",
    ";type=WORK;type=pref",
    ";PREF=1",
    ';TYPE="voice,cell"',
    ";CHARSET=utf-8",
    ";LANGUAGE=de",
    ";VALUE=uri",
    ";X-SERVICE-TYPE=WeChat",
    ';TYPE="a:b"',
    ';"',
    ";=",
    ";;",
    ";ENCODING=b",
    ";ENCODING=BASE64",
    ";X-USER=jm",
    ";PREF",
    ";WORK;VOICE",
    ";TYPE=",
    ';TYPE="unclosed',
]


@st.composite
def vcard_value(draw: st.DrawFn) -> str:
    return draw(
        st.one_of(
            ANY_CELL,
            st.sampled_from(
                [
                    "Müller;Jürgen;;Dr.;",
                    "王;芳;;;",
                    ";;;;",
                    ";",
                    "a;b;c;d;e;f;g;h",
                    ";;Hauptstraße 1;Dresden;;01067;Deutschland",
                    ";;港口路1号;青岛;山东;266000;中国",
                    "x-apple:jm_wechat",
                    "tel:+86-532-6666-0000",
                    "https://www.linkedin.com/in/x",
                    "Co.\\, Ltd.",
                    "a\\nb",
                    "a\\",
                    "\\\\",
                    "Co., Ltd.",
                    "a:b:c",
                    "zh",
                    "2024-03-01",
                ]
            ),
        )
    )


@st.composite
def vcard_line(draw: st.DrawFn) -> str:
    kind = draw(st.sampled_from(["known"] * 10 + ["qp"] * 3 + ["random", "photo", "broken"]))
    group = draw(st.sampled_from([""] * 6 + ["item1.", "item2.", "a.b.", "."]))
    if kind == "known":
        prop = draw(
            st.sampled_from(
                [
                    "VERSION",
                    "N",
                    "FN",
                    "ORG",
                    "TITLE",
                    "ROLE",
                    "EMAIL",
                    "TEL",
                    "ADR",
                    "NOTE",
                    "IMPP",
                    "X-SOCIALPROFILE",
                    "X-MS-IMADDRESS",
                    "LANG",
                    "X-NATIVE-NAME",
                    "UID",
                    "REV",
                    "BDAY",
                    "URL",
                    "CATEGORIES",
                    "X-ABLabel",
                ]
            )
        )
        value = (
            draw(st.sampled_from(["2.1", "3.0", "4.0", "5.0", "", "x"]))
            if prop == "VERSION"
            else draw(vcard_value())
        )
        return f"{group}{prop}{draw(st.sampled_from(_PARAMS))}:{value}"
    if kind == "qp":
        prop = draw(st.sampled_from(["N", "FN", "ORG", "NOTE", "ADR", "TITLE", "EMAIL"]))
        charset = draw(st.sampled_from(_CHARSETS))
        params = draw(
            st.sampled_from(
                [
                    f";CHARSET={charset};ENCODING=QUOTED-PRINTABLE",
                    ";ENCODING=QUOTED-PRINTABLE",
                    f";QUOTED-PRINTABLE;CHARSET={charset}",
                    ";encoding=quoted-printable",
                    ";ENCODING=QUOTED-PRINTABLE;CHARSET",
                ]
            )
        )
        value = "".join(
            draw(st.lists(st.one_of(st.sampled_from(_QP_VALUES), _TEXT), min_size=1, max_size=6))
        )
        return f"{group}{prop}{params}:{value}"
    if kind == "photo":
        blob = draw(st.binary(max_size=60)).hex()
        return f"PHOTO;ENCODING=b;TYPE=JPEG:{blob}"
    if kind == "random":
        prop = draw(st.one_of(st.from_regex(r"\A[A-Za-z][A-Za-z0-9-]{0,10}\Z"), _TEXT))
        return f"{group}{prop}{draw(st.sampled_from(_PARAMS))}:{draw(vcard_value())}"
    return draw(
        st.one_of(
            _TEXT,
            st.sampled_from(
                [
                    "no colon here",
                    ":",
                    "::",
                    "BEGIN:VCALENDAR",
                    "END:VCALENDAR",
                    "BEGIN:VCARD",
                    "END:VCARD",
                    " folded continuation without a line before",
                    "\t",
                    "=",
                    "N;",
                    "N:",
                ]
            ),
        )
    )


def _fold(line: str, width: int, with_: str, terminator: str) -> str:
    if width <= 0 or len(line) <= width:
        return line
    parts = [line[i : i + width] for i in range(0, len(line), width)]
    return (terminator + with_).join(parts)


@st.composite
def vcard_files(draw: st.DrawFn, exports: dict[str, bytes]) -> FuzzFile:
    """A vCard file: cards with random properties and broken structure, folded lines,
    in some encoding; or Office Desk's own vCard export, maybe damaged."""
    if draw(st.integers(0, 5)) == 0:
        return FuzzFile("contacts.vcf", draw(damaged(exports["contacts.vcf"])))
    terminator = draw(st.sampled_from(["\r\n", "\n", "\r"]))
    lines: list[str] = []
    if draw(st.integers(0, 9)) == 0:
        lines.append(draw(st.sampled_from(["", " ", "\ufeff", "garbage before"])))
    for _ in range(draw(st.sampled_from([1, 1, 1, 2, 2, 3, 4, 0]))):
        begin = draw(
            st.sampled_from(
                ["BEGIN:VCARD"] * 8
                + [
                    "begin:vcard",
                    " BEGIN:VCARD",
                    "BEGIN:VCARD ",
                    "BEGIN: VCARD",
                    "BEGIN:VCARDX",
                    None,
                ]
                + ["BEGIN:VCARD"] * 12
            )
        )
        if begin is not None:
            lines.append(begin)
        if draw(st.booleans()):
            lines.append("VERSION:" + draw(st.sampled_from(["2.1", "3.0", "4.0"])))
        if draw(st.integers(0, 3)):
            lines.append("FN:" + draw(st.sampled_from(GERMAN + CHINESE + LATIN + [""])))
        for line in draw(st.lists(vcard_line(), max_size=10)):
            width = draw(st.sampled_from([0, 0, 0, 75, 10, 1]))
            lines.append(_fold(line, width, draw(st.sampled_from([" ", "\t", ""])), terminator))
        end = draw(
            st.sampled_from(
                ["END:VCARD"] * 20 + ["end:vcard", "END:VCARD  ", "END:VCALENDAR", None]
            )
        )
        if end is not None:
            lines.append(end)
    text = terminator.join(lines) + draw(st.sampled_from([terminator, "", terminator * 3]))
    data = encode(text, draw(st.sampled_from(ENCODINGS)))
    name = draw(st.sampled_from(["contacts.vcf"] * 6 + ["card.VCARD", "export.csv", "noext"]))
    return FuzzFile(name, draw(damaged(data)))


# --------------------------------------------------------------------------- XLSX

_ILLEGAL = re.compile(r"[\000-\010]|[\013-\014]|[\016-\037]")


@st.composite
def xlsx_value(draw: st.DrawFn, header: str) -> object:
    kind = draw(
        st.sampled_from(
            [
                "text",
                "text",
                "text",
                "none",
                "int",
                "float",
                "bool",
                "datetime",
                "date",
                "time",
                "timedelta",
                "formula",
            ]
        )
    )
    if kind == "text":
        return _ILLEGAL.sub("", draw(cell_for(header)))[:32767]
    if kind == "none":
        return None
    if kind == "int":
        return draw(
            st.one_of(
                st.integers(-(10**6), 10**6), st.integers(-(2**70), 2**70), st.just(4935112345678)
            )
        )
    if kind == "float":
        return draw(st.floats(allow_nan=False, allow_infinity=False, width=64))
    if kind == "bool":
        return draw(st.booleans())
    if kind == "datetime":
        return draw(st.datetimes(min_value=datetime(1900, 3, 1), max_value=datetime(9999, 1, 1)))
    if kind == "date":
        return draw(st.dates(min_value=date(1900, 3, 1), max_value=date(9999, 1, 1)))
    if kind == "time":
        return draw(st.times())
    if kind == "timedelta":
        return timedelta(seconds=draw(st.integers(0, 10**7)))
    return draw(
        st.sampled_from(
            ["=1+1", "=A1", "=SUM(A1:A3)", "=1/0", '=HYPERLINK("x")', "=NOW()", '="a"&"b"']
        )
    )


def _workbook_bytes(draw: st.DrawFn) -> tuple[bytes, tuple[str, ...]]:
    """A workbook's bytes, and the text of every text cell in it (not formulas)."""
    import openpyxl

    header, _ = draw(table())
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    if draw(st.integers(0, 9)) == 0:  # the data on a later sheet, the first one empty
        sheet = book.create_sheet("Data")
    top = draw(st.sampled_from([1, 1, 1, 2, 5]))
    left = draw(st.sampled_from([1, 1, 1, 2]))
    rows = [[_ILLEGAL.sub("", h) for h in header]]
    for _ in range(draw(st.sampled_from([1, 1, 2, 3, 5, 0]))):
        width = max(0, len(header) + draw(st.sampled_from([0, 0, 0, -1, 1, 3])))
        rows.append([draw(xlsx_value(header[i] if i < len(header) else "")) for i in range(width)])
    if draw(st.integers(0, 5)) == 0:
        rows.insert(draw(st.integers(0, len(rows))), [])  # an empty row
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            cell = sheet.cell(row=top + r, column=left + c, value=value)
            if isinstance(value, str) and value.startswith("=") and draw(st.booleans()):
                cell.data_type = "s"  # formula-looking text that stays text
    if draw(st.integers(0, 9)) == 0 and rows and len(rows[0]) > 1:
        sheet.merge_cells(start_row=top, start_column=left, end_row=top, end_column=left + 1)
    expected = tuple(
        cell.value
        for row in sheet.iter_rows()
        for cell in row
        if isinstance(cell.value, str) and cell.data_type != "f" and cell.value.strip()
    )
    buffer = io.BytesIO()
    book.save(buffer)
    with zipfile.ZipFile(buffer) as archive:
        members = {info.filename: archive.read(info) for info in archive.infolist()}
    return zipped(members), expected


_STAMP = re.compile(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*")


def zipped(members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    """A zip of ``members`` that is the same bytes every time (fixed dates): the same
    example must give the same file, or Hypothesis cannot replay it."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in members.items():
            info = zipfile.ZipInfo(name, date_time=(2025, 3, 1, 12, 0, 0))
            info.compress_type = compression
            if name == "docProps/core.xml":
                content = _STAMP.sub(rb"\g<1>2025-03-01T12:00:00Z", content)
            archive.writestr(info, content)
    return buffer.getvalue()


_XML_JUNK = [
    b"",
    b"not xml",
    b"<",
    b'<?xml version="1.0"?><worksheet>',
    b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    b'<sheetData><row r="1"><c r="A1" t="s"><v>99999</v></c></row></sheetData>'
    b"</worksheet>",
    b'<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa">'
    b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;'
    b'&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]><l>&d;&d;</l>',
    b"\xff\xfe<\x00x\x00/\x00>\x00",
]
_SHEET_EDITS: list[tuple[bytes, bytes]] = [
    (rb'<dimension ref="[^"]*"', b'<dimension ref="A1:XFD1048576"'),
    (rb'<dimension ref="[^"]*"', b'<dimension ref="A0:B-1"'),
    (rb'<dimension ref="[^"]*"', b'<dimension ref="junk"'),
    (rb'<dimension ref="[^"]*"', b'<dimension ref="A1"'),
    (rb'<dimension ref="[^"]*"', b'<dimension ref="C3:D4"'),
    (rb'<dimension ref="[^"]*" ?/>', b""),
    (rb'<row r="(\d+)"', b'<row r="1048576"'),
    (rb'<row r="(\d+)"', b'<row r="0"'),
    (rb'<row r="(\d+)"', b'<row r="-3"'),
    (rb'<row r="(\d+)"', b'<row r="x"'),
    (rb'<c r="([A-Z]+)(\d+)"', b'<c r="XFD\\2"'),
    (rb'<c r="([A-Z]+)(\d+)"', b'<c r="ZZZZ\\2"'),
    (rb'<c r="([A-Z]+)(\d+)"', b'<c r="1A"'),
    (rb"<v>[^<]*</v>", b"<v>not a number</v>"),
    (rb"<v>[^<]*</v>", b"<v>99999999</v>"),
    (rb"<v>[^<]*</v>", b"<v>1e999</v>"),
    (rb"<v>[^<]*</v>", b"<v>-1</v>"),
    (rb't="n"', b't="d"'),
    (rb't="[a-z]+"', b't="e"'),
    (rb't="[a-z]+"', b't="bogus"'),
    (rb"<c ", b'<c t="d" '),
    (rb"<c ", b'<c t="b" '),
    (rb"<c ", b'<c s="999" '),
    (rb"</sheetData>", b""),
]


@st.composite
def xlsx_files(draw: st.DrawFn, exports: dict[str, bytes]) -> FuzzFile:
    """An Excel workbook written by openpyxl (or Office Desk's own export), then maybe
    damaged inside (a member replaced, removed or edited) or as bytes; or a ZIP that is
    no workbook at all."""
    expected: tuple[str, ...] | None = None
    if draw(st.integers(0, 7)) == 0:
        data = exports["contacts.xlsx"]
    else:
        data, expected = _workbook_bytes(draw)
    how = draw(
        st.sampled_from(
            [
                "none",
                "none",
                "none",
                "member",
                "edit",
                "edit",
                "remove",
                "add",
                "bytes",
                "zip header",
                "other zip",
                "empty zip",
            ]
        )
    )
    if how in ("member", "edit", "remove", "add"):
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = {info.filename: archive.read(info) for info in archive.infolist()}
        names = sorted(members)
        if how == "member":
            members[draw(st.sampled_from(names))] = draw(
                st.one_of(st.sampled_from(_XML_JUNK), st.binary(max_size=100))
            )
        elif how == "edit":
            sheet = draw(
                st.sampled_from(
                    [n for n in names if "worksheets/" in n]
                    + ["xl/sharedStrings.xml", "xl/workbook.xml", "xl/styles.xml"]
                )
            )
            pattern, replacement = draw(st.sampled_from(_SHEET_EDITS))
            if sheet in members:
                count = draw(st.sampled_from([0, 1]))
                members[sheet] = re.sub(pattern, replacement, members[sheet], count=count)
            if b"dimension" not in pattern:  # a wrong size leaves the content intact
                expected = None
        elif how == "remove":
            del members[draw(st.sampled_from(names))]
        else:
            members[
                draw(st.sampled_from(["xl/worksheets/sheet9.xml", "junk.bin", "xl/vbaProject.bin"]))
            ] = draw(st.binary())
        data = zipped(members)
        if how != "edit":
            expected = None
    elif how == "bytes":
        changed = draw(damaged(data))
        data = changed if changed != data else data[:-1]
    elif how == "zip header":
        data = draw(zip_header_damaged(data))
    elif how == "other zip":
        data = zipped(
            {
                name: draw(st.one_of(st.sampled_from(_XML_JUNK), st.binary(max_size=50)))
                for name in draw(
                    st.lists(
                        st.sampled_from(
                            [
                                "word/document.xml",
                                "[Content_Types].xml",
                                "hello.txt",
                                "contacts.csv",
                                "office-desk-package.json",
                                "xl/workbook.xml",
                            ]
                        ),
                        min_size=1,
                        max_size=3,
                        unique=True,
                    )
                )
            },
            zipfile.ZIP_STORED,
        )
    elif how == "empty zip":
        data = b"PK\x05\x06" + b"\x00" * 18
    if how in ("bytes", "zip header", "other zip", "empty zip"):
        expected = None
    name = draw(st.sampled_from(["contacts.xlsx"] * 6 + ["Kontakte.XLSM", "contacts.csv", "data"]))
    return FuzzFile(name, data, expected)

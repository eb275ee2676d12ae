"""vCard files (.vcf) from macOS/iOS Contacts, Outlook, Google and phones.

Each card becomes a row under fixed headers (:data:`VCARD_HEADERS`), so the column
mapping and the dry run treat it like any other table; a cell with several values (the
e-mail addresses of one card) holds them one per line. The line of a row is the line of
its BEGIN:VCARD. ``N``'s honorific prefix (``N:Müller;Jürgen;;Dr.;``) is the academic
title; ``TITLE`` is the job, as vCard means it.

Cards are parsed by ``vobject`` after a clean-up pass that fixes what it reads wrongly:
Outlook's vCard 2.1 quoted-printable values (soft line breaks, CHARSET) are decoded
here, photos and other binary properties are dropped (never imported), and commas that
a writer left unescaped are escaped, because ``vobject`` would otherwise keep only the
text before the first comma ("Co., Ltd." would lose "Ltd.").
"""

from __future__ import annotations

import quopri
import re
from collections.abc import Iterator
from typing import Any

from ..i18n import translate
from . import limits
from .encodings import DecodedText
from .sources import ImportFileError, SourceRow, SourceTable
from .text_files import attach_notes

VCARD_HEADERS: list[str] = [
    "Full name",
    "Family name",
    "Given name",
    "Name prefix",
    "Native name",
    "Organization",
    "Title",
    "E-mail",
    "Phone",
    "City",
    "Country",
    "Messaging",
    "Languages",
    "Office",
    "Note",
]
#: Lines Office Desk's own vCards put at the top of NOTE for fields vCard lacks.
_NOTE_FIELDS = {"languages": "Languages", "messaging": "Messaging", "office": "Office"}
_BINARY = frozenset({"PHOTO", "LOGO", "SOUND", "KEY"})
_QP = re.compile(r";(?:ENCODING=)?QUOTED-PRINTABLE(?=[;:]|$)", re.IGNORECASE)
_CHARSET = re.compile(r";CHARSET=([^;:]+)", re.IGNORECASE)
_UNESCAPED_COMMA = re.compile(r"(?<!\\),")
_SERVICES = {
    "x-apple": "",
    "skype": "Skype",
    "xmpp": "XMPP",
    "msnim": "MSN",
    "aim": "AIM",
    "ymsgr": "Yahoo",
    "qq": "QQ",
    "wechat": "WeChat",
    "weixin": "WeChat",
    "whatsapp": "WhatsApp",
    "sip": "SIP",
    "tg": "Telegram",
}


def looks_like_vcard(text: str) -> bool:
    for line in text[:4096].splitlines():
        if line.strip():
            return line.strip().lstrip("\ufeff").upper().startswith("BEGIN:VCARD")
    return False


def text_lines(text: str) -> Iterator[str]:
    """The lines of ``text`` one at a time (a line ends at LF, CRLF or, in a file
    without LF, CR), without holding them all."""
    mark = "\n" if "\n" in text else "\r"
    start = 0
    while start < len(text):
        end = text.find(mark, start)
        if end < 0:
            end = len(text)
        yield text[start:end].rstrip("\r") if mark == "\n" else text[start:end]
        start = end + 1


def _property(line: str) -> str:
    """The name of the property a line begins ("PHOTO" for "item1.PHOTO;TYPE=JPEG:...")."""
    return line.split(":", 1)[0].split(";", 1)[0].rsplit(".", 1)[-1].strip().upper()


def split_cards(text: str, name: str) -> Iterator[tuple[int, int, list[str]]]:
    """(line of BEGIN:VCARD, line of END:VCARD, the card's lines) for each card, one at
    a time. The lines of a binary property (a photo) are left out; the rest of a card
    may not be longer than :data:`~.limits.MAX_ROW_CHARS`, nor the cards more than
    :data:`~.limits.MAX_ROWS`."""
    count = limits.RowCount(name)
    current: list[str] | None = None
    start = chars = 0
    binary = False
    for number, line in enumerate(text_lines(text), start=1):
        if number > limits.MAX_LINES:
            raise limits.too_many_lines(name)
        word = line.strip().lstrip("\ufeff").upper()
        if word == "BEGIN:VCARD":
            if current is not None:
                raise ImportFileError(
                    name,
                    translate(
                        "ImportFiles",
                        "this vCard has no END:VCARD (the next one begins at line {line})",
                    ).format(line=number),
                    line=start,
                )
            current, start, chars, binary = [], number, 0, False
            count.add(number, len(VCARD_HEADERS))
        elif word == "END:VCARD":
            if current is None:
                raise ImportFileError(
                    name, translate("ImportFiles", "END:VCARD without a BEGIN:VCARD"), line=number
                )
            yield start, number, current
            current = None
        elif current is not None:
            if line[:1] in (" ", "\t"):
                if binary:
                    continue
            elif word:
                binary = _property(line) in _BINARY
                if binary:
                    continue
            chars += len(line)
            if chars > limits.MAX_ROW_CHARS:
                raise limits.row_too_long(name, start)
            current.append(line)
        elif word:
            raise ImportFileError(
                name,
                translate("ImportFiles", "text outside any vCard: {text}").format(
                    text=repr(line.strip()[:40])
                ),
                line=number,
            )
    if current is not None:
        raise ImportFileError(
            name,
            translate("ImportFiles", "this vCard has no END:VCARD (the file is cut short?)"),
            line=start,
        )
    if not count.rows:
        raise ImportFileError(name, translate("ImportFiles", "no vCards in the file"))


def _split_property(line: str) -> tuple[str, str]:
    """(name and parameters, value): split at the first colon outside quotes."""
    quoted = False
    for index, char in enumerate(line):
        if char == '"':
            quoted = not quoted
        elif char == ":" and not quoted:
            return line[:index], line[index + 1 :]
    return line, ""


def _decode_qp(value: str, head: str, fallback: str) -> str:
    raw = quopri.decodestring(value.encode("latin-1", "replace"))
    wanted = _CHARSET.search(head)
    for encoding in ([wanted.group(1).strip('"')] if wanted else []) + [
        "utf-8",
        fallback,
        "cp1252",
    ]:
        try:
            return raw.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    return raw.decode("latin-1")


def _logical_lines(lines: list[str]) -> list[str]:
    """The card's properties, each on one line: folded lines joined, quoted-printable
    soft line breaks too (the parts are joined once: a long value is thousands of
    lines)."""
    logical: list[list[str]] = []
    qp_open = False
    for line in lines:
        if qp_open:
            parts = logical[-1]
            last = _last_part(parts)
            parts[last] = parts[last][:-1]
            parts.append(line)
        elif line[:1] in (" ", "\t") and logical:
            logical[-1].append(line[1:])
        elif line.strip():
            logical.append([line])
        else:
            continue
        parts = logical[-1]
        qp_open = parts[_last_part(parts)].endswith("=") and bool(
            _QP.search(_split_property(parts[0])[0])
        )
    return ["".join(parts) for parts in logical]


def _last_part(parts: list[str]) -> int:
    """The index of the last part that is not empty (0 if none is)."""
    return next((i for i in range(len(parts) - 1, -1, -1) if parts[i]), 0)


def clean_card(lines: list[str], encoding: str) -> str:
    """The card's text as ``vobject`` reads it right (see the module's notes)."""
    out = ["BEGIN:VCARD"]
    for line in _logical_lines(lines):
        head, value = _split_property(line)
        prop = head.split(";", 1)[0].rsplit(".", 1)[-1].upper()
        if prop in _BINARY or prop in ("BEGIN", "END"):
            continue
        if _QP.search(head):
            value = _decode_qp(value, head, encoding).replace("\r\n", "\n").replace("\n", r"\n")
            head = _CHARSET.sub("", _QP.sub("", head))
        value = _UNESCAPED_COMMA.sub(r"\\,", value)
        out.append(f"{head}:{value}")
    out.append("END:VCARD")
    return "\r\n".join(out) + "\r\n"


def _text(value: Any) -> str:
    if isinstance(value, list | tuple):
        return " ".join(_text(v) for v in value if _text(v))
    return str(value or "").strip()


def _types(child: Any) -> set[str]:
    """The TYPE values of a property; "PREF" also for vCard 4.0's PREF=1."""
    found = {str(p).upper() for p in getattr(child, "singletonparams", [])}
    for key, values in child.params.items():
        if key.upper() == "TYPE":
            for v in values:
                found.update(t.strip().upper() for t in str(v).split(","))
        elif key.upper() == "PREF" and values and str(values[0]).strip() == "1":
            found.add("PREF")
    return found


def _messaging(child: Any) -> str:
    value = _text(child.value)
    if not value:
        return ""
    name = child.name.upper()
    params = {k.upper(): [str(v) for v in vs] for k, vs in child.params.items()}
    service = (params.get("X-SERVICE-TYPE") or [""])[0]
    if name == "X-SOCIALPROFILE":
        service = service or next(iter(sorted(_types(child) - {"PREF"})), "")
        user = (params.get("X-USER") or [""])[0]
        value = user or value
    else:
        scheme, sep, handle = value.partition(":")
        if sep and scheme.lower() in _SERVICES:
            service = service or _SERVICES[scheme.lower()]
            value = handle
    service = {"linkedin": "LinkedIn", "wechat": "WeChat", "weixin": "WeChat"}.get(
        service.lower(), service
    )
    return f"{service}: {value}" if service else value


def card_values(card: Any) -> list[str]:
    """The cells of one parsed card, in :data:`VCARD_HEADERS` order."""
    full = family = given = prefix = native = org = title = city = country = ""
    emails: list[tuple[bool, str]] = []
    phones: list[tuple[bool, str]] = []
    messaging: list[str] = []
    languages: list[str] = []
    notes: list[str] = []
    for child in card.getChildren():
        name = child.name.upper()
        if name == "FN":
            full = full or _text(child.value)
        elif name == "N":
            family = family or _text(getattr(child.value, "family", ""))
            given = given or _text(getattr(child.value, "given", ""))
            prefix = prefix or _text(getattr(child.value, "prefix", ""))
        elif name == "X-NATIVE-NAME":
            native = native or _text(child.value)
        elif name == "ORG":
            units = child.value if isinstance(child.value, list) else [child.value]
            org = org or _text(units[0] if units else "")
        elif name in ("TITLE", "ROLE"):
            title = title or _text(child.value)
        elif name == "EMAIL":
            emails.append(("PREF" in _types(child), _text(child.value)))
        elif name == "TEL":
            number = _text(child.value)
            number = number[4:] if number.lower().startswith("tel:") else number
            phones.append(("PREF" in _types(child), number))
        elif name == "ADR":
            city = city or _text(getattr(child.value, "city", ""))
            country = country or _text(getattr(child.value, "country", ""))
        elif name in ("IMPP", "X-SOCIALPROFILE", "X-MS-IMADDRESS"):
            messaging.append(_messaging(child))
        elif name == "LANG":
            languages.append(_text(child.value))
        elif name == "NOTE":
            notes.append(_text(child.value))

    def ordered(items: list[tuple[bool, str]]) -> str:
        preferred = [v for pref, v in items if pref and v]
        return "\n".join(preferred + [v for pref, v in items if not pref and v])

    note, listed = _note_fields("\n".join(n for n in notes if n))
    messaging += listed.get("messaging", "").split("; ") if listed.get("messaging") else []
    languages += listed.get("languages", "").split(", ") if listed.get("languages") else []
    return [
        full,
        family,
        given,
        prefix,
        native,
        org,
        title,
        ordered(emails),
        ordered(phones),
        city,
        country,
        "\n".join(m for m in messaging if m),
        "\n".join(x for x in languages if x),
        listed.get("office", ""),
        note,
    ]


def _note_fields(note: str) -> tuple[str, dict[str, str]]:
    """The note without the "Languages: ..." / "Messaging: ..." / "Office: ..." lines
    Office Desk's vCards start it with, and those fields."""
    lines = note.split("\n")
    found: dict[str, str] = {}
    labels = {f"{label}: ": key for key, label in _NOTE_FIELDS.items()}
    while lines:
        prefix = next((p for p in labels if lines[0].startswith(p)), None)
        if prefix is None or labels[prefix] in found:
            break
        found[labels[prefix]] = lines.pop(0)[len(prefix) :].strip()
    if found and lines and not lines[0].strip():
        lines.pop(0)
    return ("\n".join(lines) if found else note), found


def read_vcard_text(decoded: DecodedText, name: str) -> SourceTable:
    """Every card of a vCard file (2.1, 3.0 or 4.0) as a row."""
    import vobject

    rows: list[SourceRow] = []
    for start, _end, lines in split_cards(decoded.text, name):
        try:
            card = vobject.readOne(clean_card(lines, decoded.encoding))
            values = card_values(card)
        except Exception as exc:  # vobject raises ParseError and others on bad input
            message = " ".join(str(exc).split()) or type(exc).__name__
            raise ImportFileError(
                name,
                translate("ImportFiles", "this vCard cannot be read ({reason})").format(
                    reason=message[:100]
                ),
                line=start,
            ) from None
        rows.append(SourceRow(start, values))
    table = SourceTable("vcard", list(VCARD_HEADERS), rows, encoding=decoded.encoding, name=name)
    attach_notes(table, decoded)
    return table

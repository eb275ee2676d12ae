"""Which encoding each line of a text file is in, when the file is not all one.

Contact lists are passed around and edited in whatever program is at hand, so a UTF-8
file can come back with a few rows typed in Windows-1252 ("Müller" as the single byte
0xFC), or a GB18030 list with a German row. Reading the whole file as one legacy
encoding then garbles every line that is not in it, silently: GB18030 reads the bytes
of "Müller" as "M黮ler".

So a file that is not valid UTF-8 is read a line at a time (a line break is the same
byte in all of them, and never part of a character):

* a line that is valid UTF-8 is UTF-8 (other text almost never is, by chance);
* another line is read in the encoding its own bytes make plausible: Windows-1252
  when every character outside ASCII is a letter or common punctuation of a Western
  language, within words that also have ASCII letters; GB18030 when every such
  character is Chinese, and none sits between two Latin letters or takes a Latin
  letter as half of its two bytes (which is how "Müller" becomes "M黮ler");
* where its bytes allow neither or both, the line gets the encoding the file's other
  non-UTF-8 lines suggest (:func:`legacy_encoding`), and when that is not plausible
  either, the line is *unsure*: the dry run shows it as an error, with the readings
  side by side, so a user chooses the encoding or leaves the row out;
* a UTF-8 line of two-byte characters only could be the file's other encoding by
  chance (GB18030 "伟" is the bytes of UTF-8 "ΰ"): it takes that encoding if its UTF-8
  reads as no text, and is unsure if both read as text.

A user can also choose the encoding (the import dialog, ``--encoding``): every line that
is not UTF-8 is then read in it, and one that is not valid in it is *lossy* (its
undecodable bytes shown as �), an error in the dry run as well; a UTF-8 line stays
UTF-8 unless only the encoding chosen makes text of it. Nothing garbled is imported
silently.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import accumulate

from ..i18n import QT_TRANSLATE_NOOP, translate
from .sources import ImportFileError

UTF8 = "utf-8"
WESTERN = "cp1252"
CHINESE = "gb18030"
#: A line read in another encoding than the file's (a note), one whose encoding is
#: unclear, and one that is not valid in the encoding chosen (both errors).
OTHER, UNSURE, LOSSY = "other", "unsure", "lossy"
#: Encodings a user may choose, with the names people know them by (translate them
#: in the "ImportFiles" context).
CHOICES: dict[str, str] = {
    UTF8: QT_TRANSLATE_NOOP("ImportFiles", "UTF-8"),
    WESTERN: QT_TRANSLATE_NOOP("ImportFiles", "Windows-1252 (Western Europe)"),
    CHINESE: QT_TRANSLATE_NOOP("ImportFiles", "GB18030 (Chinese, Simplified)"),
    "big5": QT_TRANSLATE_NOOP("ImportFiles", "Big5 (Chinese, Traditional)"),
    "shift_jis": QT_TRANSLATE_NOOP("ImportFiles", "Shift JIS (Japanese)"),
    "cp1250": QT_TRANSLATE_NOOP("ImportFiles", "Windows-1250 (Central Europe)"),
    "cp1251": QT_TRANSLATE_NOOP("ImportFiles", "Windows-1251 (Cyrillic)"),
    "iso8859_15": QT_TRANSLATE_NOOP("ImportFiles", "ISO-8859-15 (Latin-9)"),
    "mac_roman": QT_TRANSLATE_NOOP("ImportFiles", "Mac OS Roman"),
    "utf-16": QT_TRANSLATE_NOOP("ImportFiles", "UTF-16"),
}
_NAMES = {
    "utf_8": "UTF-8",
    "utf_8_sig": "UTF-8",
    "cp1252": "Windows-1252",
    "gb18030": "GB18030",
    "utf_16": "UTF-16",
    "utf_16_le": "UTF-16",
    "utf_16_be": "UTF-16",
    "latin_1": "ISO-8859-1",
}
_WIDE = frozenset({"utf_16", "utf_16_le", "utf_16_be", "utf_32", "utf_32_le", "utf_32_be"})
_HAN_CHARS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
#: Chinese punctuation, full-width forms, kana, circled and Roman numbers (all in GBK).
_CHINESE_MARKS = (
    "\u3000-\u303f\u3040-\u30ff\uff00-\uffef\u2010-\u206f\u00b7\u00d7"
    "\u00f7\u2460-\u24ff\u2160-\u217f"
)
_HAN = re.compile(f"[{_HAN_CHARS}]")
_ESCAPE = re.compile("[\udc80-\udcff]")
_NOT_CHINESE = re.compile(f"[^\\x00-\\x7f{_HAN_CHARS}{_CHINESE_MARKS}]")
_SANDWICH = re.compile(f"[A-Za-z][{_HAN_CHARS}][A-Za-z]")
_TOUCHING = re.compile(r"[A-Za-z0-9][^\x00-\x7f]|[^\x00-\x7f](?=[A-Za-z0-9])")
#: The letters Windows-1252 has beyond ASCII, and the punctuation a Western text uses.
_WESTERN_LETTERS = "\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ffŠšŽžŸŒœƒ"
_WESTERN_MARKS = "€‚„…†‡‰‹›‘’“”•–—˜™«»°§©®±×÷²³¹µ¶·¿¡£¥¢ªº\u00a0\u00ad"
_NOT_WESTERN = re.compile(f"[^\\x00-\\x7f{_WESTERN_LETTERS}{_WESTERN_MARKS}]")
#: Two or more letters outside ASCII: a whole word of them is no Western word ("ÕÅÎ":
#: Chinese read as 1252); the letter before is checked apart (a pattern that begins
#: with a look behind is slow).
_NO_ASCII_RUN = re.compile(f"[{_WESTERN_LETTERS}]{{2,}}(?![^\\W\\d_])")
#: A sign before a letter: a currency sign there ("£ukasz") reads as no Western text, and
#: another sign too if a letter is also before it ("W¹s" is Polish "Wąs" read as 1252).
_SIGN_BEFORE_LETTER = re.compile("[£¥¢€°§©®±×÷²³¹µ¶¿¡ªº«»†‡‰•˜™](?=[^\\W\\d_])")
_CURRENCY = frozenset("£¥¢€")
#: UTF-8 read as Windows-1252: the lead byte of a Latin letter (Ã for ü, Ä for ę, Å for
#: ł) and a continuation byte, which reads as a sign ("WeiÃŸ", "Ä™", "Å‚").
_MOJIBAKE = re.compile("[ÂÃÄÅ][€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ\u00a0-\u00bf]")
_WORD = re.compile(r"[^\W\d_]+")
EXCERPT = 30
#: How much of a file is looked at to tell its encoding (or whether it is text at all).
SAMPLE = 256 * 1024
_HIGH_BYTE = re.compile(rb"[\x80-\xff]")
_HIGH_RUN = re.compile(rb"[\x80-\xff]{2,}")
#: What charset-normalizer may call Chinese text; all but Big5-HKSCS is read as GB18030,
#: the superset.
CHINESE_CODECS = frozenset({"gb2312", "gbk", "gb18030", "hz", "cp936", "euc_cn", "big5hkscs"})


def encoding_name(codec: str) -> str:
    """The name people know an encoding by ("Windows-1252", "GB18030", "UTF-8")."""
    try:
        key = codecs.lookup(codec).name.replace("-", "_")
    except LookupError:
        return codec
    return _NAMES.get(key, key.upper().replace("_", "-"))


def check_choice(codec: str, name: str) -> str:
    """The Python codec name of a text encoding the user chose; ImportFileError if
    there is none of that name."""
    try:
        found = codecs.lookup(codec.strip())
        "".encode(found.name)
        b"".decode(found.name)
    except (LookupError, ValueError):
        raise ImportFileError(
            name,
            translate(
                "ImportFiles",
                "{encoding} is not a text encoding this computer knows (e.g. "
                "utf-8, cp1252, gb18030)",
            ).format(encoding=repr(codec)),
        ) from None
    return found.name


@dataclass(frozen=True, slots=True)
class LineNote:
    """How one physical line was read, when it is worth saying: ``status`` is
    :data:`OTHER`, :data:`UNSURE` or :data:`LOSSY`; ``text`` an excerpt as read, and
    ``others`` the same excerpt in other encodings that can read the line."""

    line: int
    encoding: str
    status: str
    text: str
    others: tuple[tuple[str, str], ...] = ()


@dataclass
class DecodedText:
    """A text file's text and how it was read: ``encoding`` is the file's main encoding,
    ``notes`` the lines read otherwise or unclear, ``suggestions`` encodings worth
    trying for those, ``chosen`` whether the user chose the encoding."""

    text: str
    encoding: str
    notes: list[LineNote] = field(default_factory=list)
    suggestions: list[str] = field(default_factory=list)
    chosen: bool = False


def _reads(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _excerpt(text: str) -> str:
    """The part of a line around its first character outside ASCII."""
    text = text.rstrip("\r")
    at = next((i for i, c in enumerate(text) if ord(c) > 127), 0)
    start = max(0, at - EXCERPT // 2)
    part = text[start : start + EXCERPT].strip()
    return ("…" if start else "") + part + ("…" if start + EXCERPT < len(text) else "")


def _offences(encoding: str, text: str) -> Iterator[int]:
    """Where ``text`` (read in ``encoding``, GB18030 or Windows-1252) reads as no text
    in that encoding: the positions of what :func:`chinese_plausible` and
    :func:`western_plausible` object to."""
    if encoding == CHINESE:
        for match in _NOT_CHINESE.finditer(text):
            try:
                match.group().encode("gb2312")
            except UnicodeEncodeError:
                yield match.start()
        for match in _SANDWICH.finditer(text):
            yield match.start()
        for match in _TOUCHING.finditer(text):
            char = next(c for c in match.group() if ord(c) > 127)
            encoded = char.encode(CHINESE)
            if len(encoded) == 2 and encoded[1] < 0x80:
                yield match.start()
    elif encoding == WESTERN:
        for match in _NOT_WESTERN.finditer(text):
            yield match.start()
        for match in _NO_ASCII_RUN.finditer(text):
            if not _letter_before(text, match.start()):
                yield match.start()
        for match in _SIGN_BEFORE_LETTER.finditer(text):
            if match.group() in _CURRENCY or _letter_before(text, match.start()):
                yield match.start()
        for match in _MOJIBAKE.finditer(text):
            yield match.start()


def _letter_before(text: str, at: int) -> bool:
    return at > 0 and text[at - 1].isalpha()


def chinese_plausible(text: str) -> bool:
    """Whether ``text`` (a line read as GB18030) reads as Chinese: everything outside
    ASCII is a Han character, Chinese punctuation or another character of GB2312 (the
    pinyin letters, say), no Han character stands between two Latin letters, and none
    that took a Latin letter or digit as its second byte touches one."""
    return next(_offences(CHINESE, text), None) is None


def western_plausible(text: str) -> bool:
    """Whether ``text`` (a line read as Windows-1252) reads as a Western language:
    everything outside ASCII is a letter or common punctuation, and every word with
    letters outside ASCII has ASCII letters too ("Müller", not "ÕÅÎ"), and no sign
    stands inside a word."""
    return next(_offences(WESTERN, text), None) is None


def _implausible_lines(encoding: str, texts: list[str]) -> set[int]:
    """The indexes of the ``texts`` (lines read in ``encoding``) that read as no text in
    it, found in one pass over them all."""
    if encoding not in _PLAUSIBLE:
        return set()
    starts = list(accumulate((len(t) + 1 for t in texts), initial=0))
    return {bisect_right(starts, at) - 1 for at in _offences(encoding, "\n".join(texts))}


def utf8_plausible(text: str) -> bool:
    """Whether ``text`` (a line that is valid UTF-8 with two-byte characters only) reads
    as text rather than as another encoding's bytes by chance: every word is in one
    script, a Latin word with letters outside ASCII has ASCII letters too ("Jürgen"), a
    word in another script has two letters or more ("Иванов", not "ΰ"), and the rest
    outside ASCII is common punctuation."""
    for char in text:
        if ord(char) > 127 and not char.isalpha() and char not in _WESTERN_MARKS:
            return False
    for word in _WORD.findall(text):
        scripts = {unicodedata.name(c, "?").split(" ", 1)[0] for c in word if ord(c) > 127}
        if not scripts:
            continue
        if len(scripts) > 1:
            return False
        if scripts == {"LATIN"}:
            if len(word) > 1 and not any(c.isascii() for c in word):
                return False
        elif len(word) < 2:
            return False
    return True


_PLAUSIBLE: dict[str, Callable[[str], bool]] = {
    CHINESE: chinese_plausible,
    WESTERN: western_plausible,
}


def _plausible(encoding: str, text: str) -> bool:
    check = _PLAUSIBLE.get(encoding)
    return check(text) if check is not None else True


def legacy_encoding(data: bytes) -> str | None:
    """The one legacy encoding the non-UTF-8 part ``data`` of a file is most likely in:
    GB18030 or Windows-1252 (else whatever charset-normalizer finds, or None if nothing
    can tell). Chinese in GB18030 is pairs of bytes above 0x7F, German or French in
    Windows-1252 has such bytes alone between ASCII letters."""
    sample = data[:SAMPLE]
    high = len(_HIGH_BYTE.findall(sample))
    paired = sum(len(run) for run in _HIGH_RUN.findall(sample))
    share = paired / high if high else 0.0
    candidates = [e for e in (CHINESE, WESTERN) if _decodes(data, e)]
    if candidates == [CHINESE, WESTERN]:
        if share >= 0.85:
            candidates = [CHINESE]
        elif share <= 0.5:
            candidates = [WESTERN]
    if len(candidates) == 1:
        return candidates[0]
    return _detector(data, candidates or None)


def _decodes(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True


def _detector(data: bytes, only: list[str] | None) -> str | None:
    from charset_normalizer import from_bytes  # loaded only when the bytes cannot tell

    best = from_bytes(data, cp_isolation=only).best() if only else from_bytes(data).best()
    if best is None:
        return None
    encoding = codecs.lookup(best.encoding).name.replace("-", "_")
    if encoding in CHINESE_CODECS and encoding != "big5hkscs":
        encoding = CHINESE
    try:
        data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None
    return encoding


def _split(data: bytes) -> tuple[list[bytes], bytes]:
    if b"\n" not in data and b"\r" in data:
        return data.split(b"\r"), b"\r"  # classic Mac line ends
    return data.split(b"\n"), b"\n"


def decode_lines(data: bytes, main: str | None = None) -> DecodedText:
    """``data`` (8-bit text that is not all valid UTF-8) read a line at a time (see the
    module's notes); ``main`` is the file's encoding if known (UTF-8 after a byte-order
    mark)."""
    lines, separator = _split(data)
    mark = separator.decode("ascii")
    # One pass of UTF-8 over the file, its invalid bytes escaped: a line is UTF-8 if it
    # has none of those escapes.
    escaped = data.decode(UTF8, "surrogateescape").split(mark)
    utf8: dict[int, str] = {}
    legacy: list[int] = []
    for index, line in enumerate(lines):
        if not line.isascii():
            if _ESCAPE.search(escaped[index]):
                legacy.append(index)
            else:
                utf8[index] = escaped[index]
    del escaped
    fallback = legacy_encoding(b"\n".join(lines[i] for i in legacy)) if legacy else None
    # In a file that is mostly UTF-8, a line read as Chinese is only sure if the UTF-8
    # lines have Chinese too: many legacy encodings (Cyrillic, Greek, Central European)
    # make byte pairs that read as Han characters.
    decided: dict[int, tuple[str, str, str]] = {
        index: _decide_utf8(lines[index], text, fallback) for index, text in utf8.items()
    }
    kept = [text for encoding, text, _s in decided.values() if encoding == UTF8]
    chinese_file = not (main == UTF8 or kept) or any(_HAN.search(t) for t in kept)
    for index, (encoding, text, status) in _decide_legacy(lines, legacy, fallback).items():
        if encoding == CHINESE and not status and not chinese_file:
            status = UNSURE
        decided[index] = encoding, text, status
    file_encoding = (
        UTF8 if main == UTF8 or any(d[0] == UTF8 for d in decided.values()) else fallback or WESTERN
    )
    texts: list[str] = [line.decode("ascii") if line.isascii() else "" for line in lines]
    notes: list[LineNote] = []
    suggestions: dict[str, None] = {}
    for index in sorted(decided):
        encoding, text, status = decided[index]
        texts[index] = text
        line = lines[index]
        if status:
            readings = {
                e: t
                for e in (encoding, fallback, UTF8, CHINESE, WESTERN)
                if e and (t := _reads(line, e)) is not None
            }
            others = tuple((e, _excerpt(t)) for e, t in readings.items() if e != encoding)
            notes.append(LineNote(index + 1, encoding, status, _excerpt(text), others))
            suggestions.update(
                dict.fromkeys(
                    e for e, t in readings.items() if e in _PLAUSIBLE and _plausible(e, t)
                )
            )
        elif encoding != file_encoding:
            notes.append(LineNote(index + 1, encoding, OTHER, _excerpt(text)))
    return DecodedText(mark.join(texts), file_encoding, notes, list(suggestions))


def _decide_legacy(
    lines: list[bytes], legacy: list[int], fallback: str | None
) -> dict[int, tuple[str, str, str]]:
    """(encoding, text, status) of each line that is not UTF-8: read all at once in the
    ``fallback`` encoding, and one at a time (:func:`_decide`) only those that do not
    read as text in it."""
    texts: list[str] | None = None
    if fallback and legacy:
        try:
            texts = b"\n".join(lines[i] for i in legacy).decode(fallback).split("\n")
        except UnicodeDecodeError:
            texts = None
        if texts is not None and len(texts) != len(legacy):
            texts = None
    if texts is None or fallback is None:
        return {index: _decide(lines[index], fallback) for index in legacy}
    odd = _implausible_lines(fallback, texts)
    return {
        index: (fallback, texts[k], "") if k not in odd else _decide(lines[index], fallback)
        for k, index in enumerate(legacy)
    }


def _decide_utf8(
    line: bytes, text: str, other: str | None, chosen: bool = False
) -> tuple[str, str, str]:
    """(encoding, text, status) of a line that is valid UTF-8. UTF-8, unless its
    characters are all two-byte ones and it reads as text in the ``other`` encoding
    (the file's other lines', or the one chosen): then that encoding if the UTF-8 does
    not read as text; if both do, unsure (or UTF-8, when the encoding was chosen:
    UTF-8 that reads as text is UTF-8)."""
    if other in (None, UTF8) or any(ord(c) >= 0x800 for c in text):
        return UTF8, text, ""
    reading = _reads(line, other)
    if reading is None or not _plausible(other, reading):
        return UTF8, text, ""
    if not utf8_plausible(text):
        return other, reading, ""
    return UTF8, text, "" if chosen or other not in _PLAUSIBLE else UNSURE


def _decide(line: bytes, fallback: str | None) -> tuple[str, str, str]:
    """(encoding, text, status) of a line that is not UTF-8: status "" when sure."""
    text: str | None = None
    if fallback:
        text = _reads(line, fallback)
        if text is not None and _plausible(fallback, text):
            return fallback, text, ""
    readings = {
        e: t for e in (WESTERN, CHINESE) if e != fallback and (t := _reads(line, e)) is not None
    }
    plausible = [e for e, t in readings.items() if _plausible(e, t)]
    if len(plausible) == 1:
        return plausible[0], readings[plausible[0]], ""
    if fallback and text is not None:
        return fallback, text, UNSURE
    if readings:
        encoding = plausible[0] if plausible else next(iter(readings))
        return encoding, readings[encoding], UNSURE
    encoding = fallback or WESTERN
    return encoding, line.decode(encoding, errors="replace"), LOSSY


def _decide_chosen(line: bytes, chosen: str) -> tuple[str, str, str]:
    """(encoding, text, status) of a line that is not UTF-8, in a file whose encoding
    the user chose: the one chosen, unless it makes no text of the line and another
    does (a Windows-1252 row in a file chosen as GB18030); :data:`LOSSY` if it cannot
    read the line and no other can either."""
    encoding, text, status = _decide(line, chosen)
    if status == "":
        return encoding, text, status
    reading = _reads(line, chosen)
    if reading is not None:
        return chosen, reading, ""
    return chosen, line.decode(chosen, errors="replace"), LOSSY


def decode_as(data: bytes, encoding: str) -> DecodedText:
    """``data`` read in the ``encoding`` the user chose. Every line that is not valid
    UTF-8 is read in it (unless only another encoding makes text of it, see
    :func:`_decide_chosen`), and a line that is not valid in it is :data:`LOSSY` (its
    undecodable bytes become U+FFFD); a line that is valid UTF-8 stays UTF-8 (a note)
    unless it reads as text only in the encoding chosen (see :func:`_decide_utf8`).
    Chosen as UTF-8, every line that is not valid UTF-8 is lossy."""
    key = codecs.lookup(encoding).name.replace("-", "_")
    if key == "utf_8" and data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    if key in _WIDE:
        text = data.decode(encoding, errors="replace")
        clean = _reads(data, encoding)
        notes = (
            []
            if clean is not None
            else [
                LineNote(number, encoding, LOSSY, _excerpt(line))
                for number, line in enumerate(text.split("\n"), start=1)
                if "\ufffd" in line
            ]
        )
        return DecodedText(text, encoding, notes, chosen=True)
    lines, separator = _split(data)
    texts: list[str] = []
    notes = []
    for number, line in enumerate(lines, start=1):
        if line.isascii():
            texts.append(line.decode("ascii"))
            continue
        utf8 = _reads(line, UTF8)
        if utf8 is not None:
            used, text, _status = _decide_utf8(line, utf8, encoding, chosen=True)
            used = encoding if used == UTF8 and key == "utf_8" else used
        elif key == "utf_8":
            used, text, _status = encoding, line.decode(encoding, errors="replace"), LOSSY
        else:
            used, text, _status = _decide_chosen(line, encoding)
        if _status == LOSSY:
            notes.append(LineNote(number, encoding, LOSSY, _excerpt(text)))
        elif used != encoding:
            notes.append(LineNote(number, used, OTHER, _excerpt(text)))
        texts.append(text)
    return DecodedText(separator.decode("ascii").join(texts), encoding, notes, chosen=True)


# --------------------------------------------------------------------------- in words


def _readings(note: LineNote) -> str:
    parts = [
        translate("ImportRows", "as {encoding}: {text}").format(
            encoding=encoding_name(note.encoding), text=repr(note.text)
        )
    ]
    parts += [
        translate("ImportRows", "as {encoding}: {text}").format(
            encoding=encoding_name(encoding), text=repr(text)
        )
        for encoding, text in note.others
    ]
    return translate("ImportRows", "; ").join(parts)


def note_message(note: LineNote, main: str) -> str:
    """What the dry run says of a line read otherwise (a note) or unclear (an error)."""
    if note.status == OTHER:
        return translate(
            "ImportRows",
            "line {line} is not {main} like the rest of the file; "
            "it was read as {encoding}: {text}",
        ).format(
            line=note.line,
            main=encoding_name(main),
            encoding=encoding_name(note.encoding),
            text=repr(note.text),
        )
    if note.status == UNSURE:
        return translate(
            "ImportRows",
            "line {line}: which encoding this line is in is "
            "unclear ({readings}); choose the file's encoding, "
            "or leave the row out",
        ).format(line=note.line, readings=_readings(note))
    return translate(
        "ImportRows",
        "line {line} is not valid {encoding} text; what cannot be "
        "read shows as �: {text}. Choose "
        "another encoding, or leave the row out",
    ).format(line=note.line, encoding=encoding_name(note.encoding), text=repr(note.text))

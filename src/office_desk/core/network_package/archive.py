"""Reading a package file without letting it decide how much is read.

A package is small text that compresses about 6 to 8 times (the sample network's
package 5.6 times, a network of 175,000 records, 98 MB of JSON, 8 times). A zip can
claim, and hold, far more: a 4 MB file can unpack to 4 GiB. Before a byte is
decompressed, the zip's own directory is checked against :class:`ArchiveLimits`
(how many members, each member's size, all members' size together, how much each is
compressed); then the member is read in chunks and reading stops at the limit, whatever
the headers said. A plain JSON file is held to the same total, and so is the content of a sealed
package (:mod:`.sealing`), which is read only after its declared size was checked.

Anything over a limit is an :class:`ArchiveRefused` whose message says which limit and
that nothing was imported.
"""

from __future__ import annotations

import struct
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from ..i18n import translate

MIB = 1024 * 1024
_CHUNK = MIB
_EOCD = b"PK\x05\x06"
_ZIP64_LOCATOR = b"PK\x06\x07"
_ZIP64_EOCD = b"PK\x06\x06"
#: The end-of-central-directory record is 22 bytes, plus a comment of up to 65,535.
_EOCD_SEARCH = 22 + 65535


class ArchiveRefused(ValueError):
    """A package file larger (or more compressed) than Office Desk reads; ``str()`` is
    the message for the user."""


@dataclass(frozen=True)
class ArchiveLimits:
    """How much a package file may hold.

    ``total`` bounds the bytes read from one file (a plain JSON file, or all members of
    a zip together, as they unpack); ``member`` each zip member; ``ratio`` how many times
    larger than its compressed size a member may unpack (members under ``ratio_floor``
    bytes are not held to it: tiny files compress oddly and cannot hurt); ``members``
    how many members a zip may list.
    """

    total: int = 256 * MIB
    member: int = 256 * MIB
    ratio: int = 100
    ratio_floor: int = MIB
    members: int = 1000


#: About 2.5 times the package of a network of 175,000 records (98 MB of JSON, read in
#: 17 s into 0.9 GB of memory); a hundred times compressed is 12 times what real
#: packages reach.
DEFAULT_LIMITS = ArchiveLimits()


def _size(n: int) -> str:
    return f"{n:,}"


def _refused(name: str, what: str) -> ArchiveRefused:
    return ArchiveRefused(
        translate(
            "Package",
            "{name}: {what}; this is more than a package from Office Desk holds "
            "(a damaged or hostile file), so nothing was imported",
        ).format(name=name, what=what)
    )


def read_plain(
    source: Path | BinaryIO, name: str | None = None, limits: ArchiveLimits = DEFAULT_LIMITS
) -> bytes:
    """The bytes of a plain (not zipped) package file (a path, or an open file named
    ``name``), at most ``limits.total``."""
    if isinstance(source, Path):
        name = name or source.name
        with source.open("rb") as f:
            data = f.read(limits.total + 1)
    else:
        data = source.read(limits.total + 1)
    if len(data) > limits.total:
        raise _refused(
            name or "package",
            translate("Package", "the file is larger than {limit} bytes").format(
                limit=_size(limits.total)
            ),
        )
    return data


def declared_member_count(f: BinaryIO) -> int | None:
    """How many members the zip's end record says it has (None: no end record found;
    zipfile then says what is wrong). Read before zipfile builds its list of members,
    which for millions of members would itself take the memory the limits protect."""
    f.seek(0, 2)
    size = f.tell()
    start = max(0, size - _EOCD_SEARCH)
    f.seek(start)
    tail = f.read()
    at = tail.rfind(_EOCD)
    if at < 0 or len(tail) - at < 22:
        return None
    (count,) = struct.unpack("<H", tail[at + 10 : at + 12])
    if count != 0xFFFF or at < 20 or tail[at - 20 : at - 16] != _ZIP64_LOCATOR:
        return int(count)
    (offset,) = struct.unpack("<Q", tail[at - 12 : at - 4])
    if offset >= size:
        return None
    f.seek(offset)
    record = f.read(56)
    if len(record) < 56 or not record.startswith(_ZIP64_EOCD):
        return None
    (count64,) = struct.unpack("<Q", record[32:40])
    return int(count64)


def check_member_count(name: str, f: BinaryIO, limits: ArchiveLimits = DEFAULT_LIMITS) -> None:
    count = declared_member_count(f)
    f.seek(0)
    if count is not None and count > limits.members:
        raise _refused(
            name,
            translate(
                "Package", "the zip file lists {count} members (at most {limit} are read)"
            ).format(count=_size(count), limit=_size(limits.members)),
        )


def check_archive(
    name: str, archive: zipfile.ZipFile, limits: ArchiveLimits = DEFAULT_LIMITS
) -> None:
    """Refuse a zip whose directory promises more than ``limits`` allow."""
    members = archive.infolist()
    if len(members) > limits.members:
        raise _refused(
            name,
            translate(
                "Package", "the zip file lists {count} members (at most {limit} are read)"
            ).format(count=_size(len(members)), limit=_size(limits.members)),
        )
    total = 0
    for info in members:
        if info.file_size > limits.member:
            raise _refused(
                name,
                translate(
                    "Package", "{member} would unpack to {size} bytes (at most {limit} are read)"
                ).format(
                    member=repr(info.filename),
                    size=_size(info.file_size),
                    limit=_size(limits.member),
                ),
            )
        if (
            info.file_size > limits.ratio_floor
            and info.file_size > max(info.compress_size, 1) * limits.ratio
        ):
            raise _refused(
                name,
                translate(
                    "Package",
                    "{member} would unpack to {size} bytes from {packed}, more than "
                    "{ratio} times its packed size",
                ).format(
                    member=repr(info.filename),
                    size=_size(info.file_size),
                    packed=_size(info.compress_size),
                    ratio=limits.ratio,
                ),
            )
        total += info.file_size
    if total > limits.total:
        raise _refused(
            name,
            translate(
                "Package",
                "its members would unpack to {size} bytes together (at most {limit} are read)",
            ).format(size=_size(total), limit=_size(limits.total)),
        )


def read_member(
    name: str, archive: zipfile.ZipFile, member: str, limits: ArchiveLimits = DEFAULT_LIMITS
) -> bytes:
    """One member's bytes, read in chunks and stopped at the limits whatever its header
    claims (:func:`check_archive` has checked the header)."""
    info = archive.getinfo(member)
    allowed = min(
        limits.member,
        limits.total,
        max(limits.ratio_floor, max(info.compress_size, 1) * limits.ratio),
    )
    chunks: list[bytes] = []
    read = 0
    with archive.open(info) as stream:
        while chunk := stream.read(_CHUNK):
            read += len(chunk)
            if read > allowed:
                raise _refused(
                    name,
                    translate("Package", "{member} unpacks to more than {limit} bytes").format(
                        member=repr(member), limit=_size(allowed)
                    ),
                )
            chunks.append(chunk)
    return b"".join(chunks)

"""Hostile zip files for the package reader, made in milliseconds.

:func:`deflate_bomb` writes a real zip whose one member is a valid deflate stream of
``mebibytes`` MiB of zeros with a correct CRC: one MiB of zeros compresses to about a
kilobyte and, after a full flush, the compressor starts from scratch, so the same
kilobyte repeated is a valid stream of that many MiB. 4,095 MiB (just under 4 GiB, so
no ZIP64 is needed) fit in 4 MB, written in about 40 ms. Its CRC is computed without
the 4 GiB: CRC-32 over a run of zeros is an affine map of the register, found from 33
CRCs of one MiB and then applied once per MiB.
"""

from __future__ import annotations

import struct
import zipfile
import zlib
from pathlib import Path

MIB = 1024 * 1024


def _crc_of_zeros(mebibytes: int) -> int:
    zeros = bytes(MIB)
    base = zlib.crc32(zeros, 0)
    columns = [zlib.crc32(zeros, 1 << bit) ^ base for bit in range(32)]

    def step(value: int) -> int:
        out = base
        for bit in range(32):
            if value >> bit & 1:
                out ^= columns[bit]
        return out

    crc = 0
    for _ in range(mebibytes):
        crc = step(crc)
    return crc


def deflate_bomb(
    path: Path, member: str, mebibytes: int = 4095, declared: int | None = None
) -> Path:
    """A zip at ``path`` whose ``member`` unpacks to ``mebibytes`` MiB of zeros.

    ``declared`` (bytes) puts another size in the headers than the member really has
    (a lying header); by default the headers tell the truth."""
    if mebibytes * MIB > 0xFFFFFFFE:
        raise ValueError("more than a zip without ZIP64 can say")
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    chunk = compressor.compress(bytes(MIB)) + compressor.flush(zlib.Z_FULL_FLUSH)
    end = zlib.compressobj(9, zlib.DEFLATED, -15).flush(zlib.Z_FINISH)
    stream = chunk * mebibytes + end
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr(zipfile.ZipInfo(member, date_time=(2026, 1, 1, 0, 0, 0)), stream)
    size = mebibytes * MIB if declared is None else declared
    crc = _crc_of_zeros(mebibytes)
    data = bytearray(path.read_bytes())
    local = data.index(b"PK\x03\x04")
    central = data.index(b"PK\x01\x02")
    struct.pack_into("<H", data, local + 8, zipfile.ZIP_DEFLATED)
    struct.pack_into("<I", data, local + 14, crc)
    struct.pack_into("<I", data, local + 22, size)
    struct.pack_into("<H", data, central + 10, zipfile.ZIP_DEFLATED)
    struct.pack_into("<I", data, central + 16, crc)
    struct.pack_into("<I", data, central + 24, size)
    path.write_bytes(bytes(data))
    return path

"""Writing a package file: the JSON text byte-for-byte reproducibly, zipped or not, and
the file all at once (it appears complete or not at all). Reading is :mod:`.format`."""

from __future__ import annotations

import io
import json
import os
import zipfile
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import Any

from ..file_replace import move_into_place
from .codec import TABLE_ORDER
from .format import ZIP_MEMBER


def package_text(header: dict[str, Any], tables: dict[str, Iterable[dict[str, Any]]]) -> str:
    """The JSON text: header keys in the given order, then ``tables`` (in TABLE_ORDER),
    one row per line with its keys sorted, rows in the order given."""

    def dump(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False, sort_keys=True)

    lines = ["{"]
    lines += [f"{dump(key)}: {dump(value)}," for key, value in header.items()]
    lines.append('"tables": {')
    for t, table in enumerate(TABLE_ORDER):
        rows = [dump(row) for row in tables.get(table, [])]
        end = "," if t < len(TABLE_ORDER) - 1 else ""
        if not rows:
            lines.append(f"{dump(table)}: []{end}")
            continue
        lines.append(f"{dump(table)}: [")
        lines += [row + ("," if i < len(rows) - 1 else "") for i, row in enumerate(rows)]
        lines.append(f"]{end}")
    lines += ["}", "}", ""]
    return "\n".join(lines)


def package_bytes(text: str, stamp: datetime, zipped: bool) -> bytes:
    """The bytes of a package file holding ``text``: UTF-8 JSON, or a zip with it as
    its one deflated member."""
    data = text.encode("utf-8")
    if not zipped:
        return data
    info = zipfile.ZipInfo(ZIP_MEMBER, date_time=_zip_time(stamp))
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(info, data)
    return buffer.getvalue()


def write_bytes(path: Path, data: bytes) -> int:
    """Write ``data`` to ``path`` all at once: the file appears complete or not at
    all. Returns the size written."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.partial")
    try:
        temporary.write_bytes(data)
        move_into_place(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return path.stat().st_size


def _zip_time(stamp: datetime) -> tuple[int, int, int, int, int, int]:
    year = min(max(stamp.year, 1980), 2107)
    return (year, stamp.month, stamp.day, stamp.hour, stamp.minute, stamp.second // 2 * 2)

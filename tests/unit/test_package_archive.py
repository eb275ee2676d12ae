"""How much a package file may make Office Desk read: zip bombs, lying zip headers,
too many members, oversized plain files, and texts longer than their fields, each
refused with a clear message and nothing written."""

from __future__ import annotations

import io
import json
import os
import re
import tracemalloc
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from office_desk.cli.main import main
from office_desk.core.network_package import (
    ZIP_MEMBER,
    ArchiveLimits,
    PackageError,
    export_package,
    import_package,
    is_package,
    read_package,
)
from office_desk.core.store.database import Store, open_store
from tests.conftest import file_hash
from tests.qt_plugin import CLI_NEEDS_QT
from tests.unit.zip_bombs import MIB, deflate_bomb


@contextmanager
def address_space_limit(headroom: int) -> Iterator[None]:
    """While inside, this process may take ``headroom`` more bytes of address space than
    it has: reading a zip bomb whole then fails with MemoryError, quickly, instead of
    taking the machine's memory."""
    resource = pytest.importorskip("resource")
    statm = Path("/proc/self/statm")
    if not statm.exists():
        pytest.skip("needs Linux's /proc to know the process's size")
    size = int(statm.read_text().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit = size + headroom if hard == resource.RLIM_INFINITY else min(size + headroom, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


@CLI_NEEDS_QT
def test_a_4_gib_zip_bomb_is_refused_at_once_and_writes_nothing(
    sample_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The reported attack: 4 MB zipped, 4 GiB unpacked (it took 59 s and 8.4 GB in a
    dry run). A dry run, a merge and a merge into a new database are each refused from
    the zip's directory, with at most a few MiB of memory; nothing is written."""
    bomb = deflate_bomb(tmp_path / "network.zip", ZIP_MEMBER)
    assert bomb.stat().st_size < 5 * MIB
    assert is_package(bomb)
    before = file_hash(sample_path)
    missing = tmp_path / "new.sqlite"
    main(["--db", str(sample_path), "import", str(tmp_path / "none.zip")])  # imports done
    capsys.readouterr()
    peaks = []
    for args in (
        ["--db", str(sample_path), "import", str(bomb), "--dry-run"],
        ["--db", str(sample_path), "import", str(bomb)],
        ["--db", str(missing), "import", str(bomb)],
    ):
        tracemalloc.start()
        try:
            with address_space_limit(1 << 30):
                code = main(args)
            peaks.append(tracemalloc.get_traced_memory()[1])
        finally:
            tracemalloc.stop()
        error = capsys.readouterr().err
        assert code == 1, error
        assert "would unpack to 4,293,918,720 bytes" in error
        assert "nothing was imported" in error and error.count("\n") == 1
    assert max(peaks) < 8 * MIB, peaks
    assert file_hash(sample_path) == before
    assert not missing.exists() and not list(tmp_path.glob(".new.sqlite*"))


def _zip(members: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", method) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@pytest.fixture
def package_text(sample_path: Path, tmp_path: Path) -> bytes:
    store = open_store(sample_path)
    try:
        export_package(store, tmp_path / "good.json")
    finally:
        store.close()
    return (tmp_path / "good.json").read_bytes()


def test_each_limit_refuses_with_its_own_message(package_text: bytes, tmp_path: Path) -> None:
    limits = ArchiveLimits(total=4 * MIB, member=3 * MIB, ratio=50, ratio_floor=MIB, members=5)
    cases = {
        "members": (
            _zip({ZIP_MEMBER: package_text, **{f"note-{n}.txt": b"x" for n in range(6)}}),
            "lists 7 members (at most 5 are read)",
        ),
        "member size": (_zip({ZIP_MEMBER: package_text + b" " * (3 * MIB)}), "would unpack to 3,"),
        "ratio": (
            deflate_bomb(tmp_path / "ratio.zip", ZIP_MEMBER, 2).read_bytes(),
            "more than 50 times its packed size",
        ),
        "total": (
            _zip(
                {ZIP_MEMBER: package_text, "a.bin": bytes(2 * MIB), "b.bin": bytes(2 * MIB)},
                zipfile.ZIP_STORED,
            ),
            "would unpack to 4,",
        ),
        "lying header": (
            deflate_bomb(tmp_path / "lying.zip", ZIP_MEMBER, 64, declared=MIB).read_bytes(),
            "damaged",
        ),
    }
    for name, (data, message) in cases.items():
        path = tmp_path / f"{name.replace(' ', '-')}.zip"
        path.write_bytes(data)
        with pytest.raises(PackageError, match=re.escape(message)) as caught:
            read_package(path, limits)
        assert "\n" not in str(caught.value), name
    # Within every limit, the same package reads.
    (tmp_path / "fine.zip").write_bytes(_zip({ZIP_MEMBER: package_text, "readme.txt": b"hi"}))
    assert read_package(tmp_path / "fine.zip", limits).row_count > 0


def test_a_plain_json_file_is_held_to_the_total(package_text: bytes, tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    path.write_bytes(package_text + b" " * (2 * MIB))
    with pytest.raises(PackageError, match="larger than 2,097,152 bytes"):
        read_package(path, ArchiveLimits(total=2 * MIB))
    assert read_package(path).row_count > 0


def test_a_zip_listing_a_million_members_is_refused_before_it_is_listed(tmp_path: Path) -> None:
    """The member count is read from the zip's end records (ZIP64 included), before
    zipfile builds a list of a million entries."""
    import struct

    data = bytearray(_zip({ZIP_MEMBER: b"{}"}))
    end = data.rindex(b"PK\x05\x06")
    directory_size, directory_at = struct.unpack("<II", data[end + 12 : end + 20])
    zip64_at = end
    record = struct.pack(
        "<4sQHHIIQQQQ",
        b"PK\x06\x06",
        44,
        45,
        45,
        0,
        0,
        1_000_000,
        1_000_000,
        directory_size,
        directory_at,
    )
    locator = struct.pack("<4sIQI", b"PK\x06\x07", 0, zip64_at, 1)
    tail = bytearray(data[end:])
    tail[8:12] = b"\xff\xff\xff\xff"
    path = tmp_path / "many.zip"
    path.write_bytes(bytes(data[:end]) + record + locator + bytes(tail))
    with pytest.raises(PackageError, match="lists 1,000,000 members"):
        read_package(path)
    assert is_package(path)  # a .zip: read_package says why it is refused
    # Without ZIP64, the end record's own count: 65,535.
    data[end + 8 : end + 12] = b"\xff\xff\xff\xff"
    path.write_bytes(bytes(data))
    with pytest.raises(PackageError, match="lists 65,535 members"):
        read_package(path)


def test_texts_longer_than_their_field_are_refused(sample_store: Store, tmp_path: Path) -> None:
    export_package(sample_store, tmp_path / "good.json")
    document = json.loads((tmp_path / "good.json").read_text(encoding="utf-8"))
    contact = document["tables"]["contact"][0]
    contact["given_name"] = "A" * 10_000_000
    bad = tmp_path / "long-name.json"
    bad.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    assert sample_store.path is not None
    before = file_hash(sample_store.path)
    with pytest.raises(PackageError) as caught:
        import_package(sample_store, bad)
    message = str(caught.value)
    assert f"contact {contact['id']}" in message
    assert "given_name: 10,000,000 characters long; at most 120" in message
    assert len(message) < 400 and "\n" not in message
    assert file_hash(sample_store.path) == before
    # At the limit, it is accepted.
    contact["given_name"] = "A" * 120
    bad.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    assert read_package(bad).rows("contact")

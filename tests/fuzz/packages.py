"""Hypothesis strategies for network packages: valid ones written by the project's own
export, then damaged as a document (keys dropped, wrong types, bad ids, dangling
references, tombstones, erasures, newer edits, clashes, wrong versions, huge numbers,
deep nesting), as text (cut, re-encoded), as a zip (damaged, wrong member, other
members, other compression) and as a sealed package whose frame is damaged (its
magic, a length, header, ciphertext or signature changed, cut short or with bytes
after it: each is refused before any key is needed, so no keychain is touched).
"""

from __future__ import annotations

import copy
import io
import json
import uuid
import warnings
import zipfile
from datetime import UTC, datetime, timedelta
from typing import Any

from hypothesis import strategies as st

from office_desk.core.network_package import ZIP_MEMBER
from office_desk.core.network_package.codec import COLUMNS, TABLE_ORDER
from tests.fuzz.contact_files import FuzzFile, damaged, zip_header_damaged, zipped

#: An hour from now: newer than any stamp of the sample network, and not in the future
#: as far as a merge is concerned (less than a day ahead).
_SOON = (datetime.now(UTC) + timedelta(hours=1)).isoformat(timespec="microseconds")
_TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=20)
_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**70), 2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    _TEXT,
)
#: JSON values of every type (nested two levels at most).
JSON_VALUES: st.SearchStrategy[Any] = st.one_of(
    _SCALARS,
    st.lists(_SCALARS, max_size=3),
    st.dictionaries(_TEXT, _SCALARS, max_size=3),
    st.lists(st.lists(_SCALARS, max_size=2), max_size=2),
)
#: ... and values that look right but are not.
LOOKALIKES: list[Any] = [
    "",
    " ",
    "0",
    "1",
    "-1",
    "true",
    "null",
    "NaN",
    "1e999999999",
    "-1e999999999",
    "1e-999999999",
    "123456789012345678901234567890.123456789",
    "0.00",
    "-0.01",
    "12.50",
    " 12.50 ",
    "1,5",
    "Infinity",
    "sNaN",
    "0x10",
    10**30,
    -(10**19),
    2**63,
    2**63 - 1,
    1e308,
    -1e308,
    5e-324,
    0.1,
    91.0,
    -181.0,
    1,
    0,
    -1,
    True,
    False,
    [],
    {},
    [""],
    [" a "],
    ["a", 1],
    [None],
    ["x" * 1000],
    "2024-05-01",
    "2024-02-30",
    "0001-01-01",
    "9999-12-31",
    "2024-5-1",
    "20240501",
    "2024-05-01T10:00:00.000000+00:00",
    "2024-05-01T10:00:00",
    "2024-05-01T10:00:00Z",
    "2024-05-01 10:00:00+14:00",
    "0001-01-01T00:00:00+01:00",
    "9999-12-31T23:59:59.999999-01:00",
    "9999-12-31T23:59:59.999999+00:00",
    "1970-01-01T00:00:00+00:00",
    "2999-01-01T00:00:00+00:00",
    "2024-05-01T25:00:00+00:00",
    str(uuid.UUID(int=0)),
    "3C1B1611-4E7F-5BBE-AC38-FA8B0447A5F9",
    "{3c1b1611-4e7f-5bbe-ac38-fa8b0447a5f9}",
    "urn:uuid:3c1b1611-4e7f-5bbe-ac38-fa8b0447a5f9",
    "3c1b16114e7f5bbeac38fa8b0447a5f9",
    "3c1b1611-4e7f-5bbe-ac38",
    "not-a-uuid",
    "DE",
    "de",
    "XX",
    "CN",
    "EUR",
    "CNY",
    "XXX",
    "eur",
    "company",
    "active",
    "closed",
    "consent",
    "partner",
    "#ff0000",
    "#FFF",
    "red",
    "a@b.de",
    "not-mail",
    "张伟",
    "Müller",
    "\x00",
    "\ufeff",
    "\u202e",
    "x" * 100_000,
]
VALUES = st.one_of(st.sampled_from(LOOKALIKES), JSON_VALUES)
_NOT_A_LIST = st.one_of(
    st.sampled_from([v for v in LOOKALIKES if not isinstance(v, list)]),
    _SCALARS,
    st.dictionaries(_TEXT, _SCALARS, max_size=3),
)
_NOT_AN_OBJECT = st.one_of(
    st.sampled_from([v for v in LOOKALIKES if not isinstance(v, dict)]),
    _SCALARS,
    st.lists(_SCALARS, max_size=3),
)
#: Values near the edge of what each kind of column takes (see docs/package-format.md).
BY_KIND: dict[str, list[Any]] = {
    "uuid": [
        "3C1B1611-4E7F-5BBE-AC38-FA8B0447A5F9",
        "{3c1b1611-4e7f-5bbe-ac38-fa8b0447a5f9}",
        "urn:uuid:3c1b1611-4e7f-5bbe-ac38-fa8b0447a5f9",
        "",
        "not-a-uuid",
        1,
        None,
    ],
    "datetime": [
        "2024-05-01T10:00:00.000000+00:00",
        "2024-05-01T10:00:00Z",
        "2024-05-01T10:00:00",
        "2024-05-01 10:00:00+14:00",
        "0001-01-01T00:00:00+01:00",
        "0001-01-01T00:00:00-01:00",
        "9999-12-31T23:59:59.999999-01:00",
        "9999-12-31T23:59:59.999999+00:00",
        "2024-05-01",
        "2024-05-01T25:00:00+00:00",
        1714557600,
        None,
    ],
    "date": [
        "2024-05-01",
        "0001-01-01",
        "9999-12-31",
        "2024-02-29",
        "2023-02-29",
        "2024-5-1",
        "20240501",
        "2024-05-01T00:00:00",
        "２０２４-05-01",
        None,
    ],
    "decimal": [
        "0",
        "0.00",
        "-0.01",
        "12.50",
        " 12.50 ",
        "1e999999999",
        "-1e999999999",
        "1e-999999999",
        "0E-999999999",
        "1E+59",
        "1e60",
        "1" * 61,
        "1" * 5000,
        "0." + "0" * 70 + "1",
        "NaN",
        "Infinity",
        "1,5",
        10**30,
        12,
        12.5,
        True,
        None,
    ],
    "list": [
        [],
        [""],
        [" a "],
        ["a", "a"],
        ["a", 1],
        [None],
        ["x" * 1000],
        "a",
        None,
        ["not-mail"],
        ["a@b.de", "A@B.DE"],
        [["nested"]],
    ],
    "bool": [True, False, 0, 1, "true", None],
    "int": [0, -1, 2**63 - 1, 2**63, -(2**63), -(2**63) - 1, 1.0, 1.5, "1", True, None],
    "float": [
        0,
        0.0,
        90,
        -90,
        90.0000001,
        180,
        -180.5,
        1e308,
        -1e308,
        5e-324,
        51.05,
        "51.05",
        True,
        None,
    ],
    "text": [
        "",
        " ",
        "\x00",
        " \x00",
        "x" * 100_000,
        "张伟",
        "Müller",
        "a@b.de",
        "not-mail",
        "DE",
        "xx",
        "EUR",
        "XXX",
        "company",
        "active",
        "#ff0000",
        "red",
        "\u202e",
        1,
        None,
        [],
    ],
}


def value_for(table: str, column: str) -> st.SearchStrategy[Any]:
    known = COLUMNS.get(table, {}).get(column)
    if known is None:
        return VALUES
    return st.one_of(
        st.sampled_from(BY_KIND[known.kind]), st.sampled_from(BY_KIND[known.kind]), VALUES
    )


def _rows(document: dict[str, Any]) -> list[tuple[str, int]]:
    tables = document.get("tables")
    if not isinstance(tables, dict):
        return []
    return [
        (name, i)
        for name in sorted(k for k in tables if isinstance(k, str))
        if isinstance(tables[name], list)
        for i in range(len(tables[name]))
        if isinstance(tables[name][i], dict)
    ]


def _ids(document: dict[str, Any]) -> list[str]:
    tables: Any = document.get("tables")
    found = []
    for name, i in _rows(document):
        row = tables[name][i]
        if isinstance(row.get("id"), str):
            found.append(row["id"])
    return found


@st.composite
def mutate(draw: st.DrawFn, document: dict[str, Any]) -> str:
    """Change ``document`` in place in one way; returns what was done (for the
    statistics)."""
    rows = _rows(document)
    kind = draw(
        st.sampled_from(
            ["header", "table"]
            + ["row value"] * 5
            + ["reference"] * 3
            + ["tombstone"] * 4
            + ["erasure"] * 2
            + ["newer edit"] * 6
            + ["new id"] * 3
            + ["drop column"] * 2
            + ["remove row"] * 2
            + ["unknown column", "duplicate row", "move row", "row not object"]
        )
    )
    tables: Any = document.get("tables")
    if kind == "header" or not rows:
        key = draw(
            st.sampled_from(
                [
                    "format",
                    "version",
                    "exported_at",
                    "app_version",
                    "schema_revision",
                    "scope",
                    "personal_data",
                    "tables",
                ]
            )
        )
        if draw(st.booleans()):
            document.pop(key, None)
        else:
            document[key] = draw(
                st.one_of(
                    VALUES,
                    st.sampled_from(
                        [
                            0,
                            2,
                            1.0,
                            "1",
                            True,
                            None,
                            -1,
                            10**400,
                            "office-desk-package",
                            "office-desk-package ",
                            {"office_id": "nope", "office_name": 3},
                            {"office_id": None, "office_name": None},
                        ]
                    ),
                )
            )
        return f"header {key}"
    if kind == "table":
        name = draw(st.sampled_from([*TABLE_ORDER, "person", ""]))
        how = draw(st.sampled_from(["drop", "empty", "not a list", "unknown"]))
        if how == "drop":
            tables.pop(name, None)
        elif how == "empty":
            tables[name] = []
        elif how == "not a list":
            tables[name] = draw(_NOT_A_LIST)
        else:
            tables[draw(_TEXT)] = draw(
                st.lists(st.dictionaries(_TEXT, VALUES, max_size=2), max_size=2)
            )
        return f"table {how}"
    name, index = draw(st.sampled_from(rows))
    row = tables[name][index]
    columns = sorted(COLUMNS.get(name, {})) or sorted(row)
    if kind == "row value":
        column = draw(st.sampled_from(columns))
        row[column] = draw(value_for(name, column))
    elif kind == "reference":
        refs = [c for c, col in COLUMNS.get(name, {}).items() if col.references]
        column = draw(st.sampled_from(refs or ["id"]))
        ids = _ids(document)
        row[column] = draw(st.one_of(st.uuids().map(str), st.sampled_from(ids or [""]), st.none()))
    elif kind == "tombstone":
        stamp = draw(
            st.sampled_from(
                [
                    "2030-01-01T00:00:00.000000+00:00",
                    row.get("updated_at"),
                    "2000-01-01T00:00:00+00:00",
                ]
            )
        )
        row["deleted_at"] = stamp
        if draw(st.booleans()):
            row["updated_at"] = stamp
    elif kind == "erasure":
        # A person erased (the mark, now or long ago), or the mark taken off again.
        people = [i for i, r in enumerate(tables.get("contact") or []) if isinstance(r, dict)]
        if people and isinstance(tables.get("contact"), list):
            name, row = "contact", tables["contact"][draw(st.sampled_from(people))]
        row["erased_at"] = draw(
            st.sampled_from([_SOON, "2000-01-01T00:00:00+00:00", row.get("updated_at"), None])
        )
        if draw(st.booleans()):
            row["updated_at"] = _SOON
    elif kind == "newer edit":
        # Newer than the sample's stamps and within a day of the clock (merged), or
        # further ahead (refused: a stamp from the future would never be outvoted).
        row["updated_at"] = draw(
            st.sampled_from(
                [_SOON, _SOON, "2030-01-01T00:00:00.000000+00:00", "2099-12-31T23:59:59+08:00"]
            )
        )
        text_columns = [c for c, col in COLUMNS.get(name, {}).items() if col.kind == "text"]
        if text_columns:
            row[draw(st.sampled_from(text_columns))] = draw(
                st.one_of(_TEXT, st.sampled_from(["Dresden", "张伟", "x" * 500, " "]))
            )
        if draw(st.integers(0, 3)) == 0:
            row["deleted_at"] = None
    elif kind == "new id":
        fresh = copy.deepcopy(row)
        fresh["id"] = str(draw(st.uuids()))
        tables[name].append(fresh)
    elif kind == "drop column":
        row.pop(draw(st.sampled_from(sorted(row) or ["id"])), None)
    elif kind == "unknown column":
        row[draw(st.sampled_from(["shoe_size", "", "ID", "Name"]))] = draw(VALUES)
    elif kind == "duplicate row":
        tables[name].append(copy.deepcopy(row))
    elif kind == "remove row":
        del tables[name][index]
    elif kind == "move row":
        other = draw(st.sampled_from(TABLE_ORDER))
        if not isinstance(tables.get(other), list):
            tables[other] = []
        tables[other].append(tables[name].pop(index))
    else:
        tables[name][index] = draw(_NOT_AN_OBJECT)
    return f"{kind} ({name})"


def _nested(depth: int) -> str:
    return "[" * depth + "]" * depth


@st.composite
def package_files(draw: st.DrawFn, texts: list[str]) -> tuple[FuzzFile, list[str]]:
    """A package file and the list of what was done to it."""
    base = draw(st.sampled_from(range(len(texts))))
    document = json.loads(texts[base])
    done = [f"package {base}"]
    for _ in range(draw(st.sampled_from([0, 0, 1, 1, 1, 2, 3, 5]))):
        done.append(draw(mutate(document)))
    text = json.dumps(
        document, ensure_ascii=draw(st.booleans()), indent=draw(st.sampled_from([None, None, 1]))
    )
    how = draw(st.sampled_from(["as is"] * 20 + ["deep", "huge number", "cut", "other text"]))
    if how == "deep":
        depth = draw(st.sampled_from([50, 1000, 100_000]))
        text = text.replace('"tables": {', '"tables": {"office": ' + _nested(depth) + ", ", 1)
    elif how == "huge number":
        digits = draw(
            st.sampled_from(["1" + "0" * 400, "1" * 5000, "1e400", "-1e400", "1" + "0" * 20])
        )
        text = text.replace('"version": 1', f'"version": {digits}', 1)
        if draw(st.booleans()):
            text = text.replace('"latitude": ', f'"latitude": {digits}, "x": ', 1)
    elif how == "cut":
        text = text[: draw(st.integers(0, len(text)))]
    elif how == "other text":
        text = draw(
            st.sampled_from(
                [
                    "",
                    "null",
                    "[]",
                    "{}",
                    '"format"',
                    "1",
                    '{"format": "office-desk-package"}',
                    '{"format": "office-desk-package", "version": 1}',
                    '{"format": "office-desk-package", "version": 1, "tables": {}}',
                    "NaN",
                    "BEGIN:VCARD\r\nEND:VCARD\r\n",
                ]
            )
        )
    if how != "as is":
        done.append(f"text {how}")
    encoding = draw(st.sampled_from(["utf-8"] * 8 + ["utf-8-sig", "utf-16", "latin-1"]))
    data = text.encode(encoding, errors="replace")
    container = draw(st.sampled_from(["json"] * 12 + ["zip"] * 8 + ["sealed"]))
    if container == "sealed":
        zipped_first = draw(st.booleans())
        data = draw(_sealed_and_damaged(draw(_zipped(data)) if zipped_first else data))
        done.append("sealed, frame damaged")
        name = draw(st.sampled_from(["network.sealed", "network.zip", "network.json"]))
        return FuzzFile(name, data), done
    if container == "zip":
        data = draw(_zipped(data))
        if draw(st.integers(0, 5)) == 0:
            data = draw(zip_header_damaged(data))
            done.append("zip header damaged")
        name = draw(st.sampled_from(["network.zip", "network.zip", "network.ZIP", "network.json"]))
    else:
        name = draw(st.sampled_from(["network.json", "network.json", "dresden.txt", "network.zip"]))
    final = draw(damaged(data)) if draw(st.integers(0, 4)) == 0 else data
    if final != data:
        done.append("bytes damaged")
    return FuzzFile(name, final), done


@st.composite
def _zipped(draw: st.DrawFn, data: bytes) -> bytes:
    """``data`` as the package zip, or a zip that is slightly or very wrong."""
    member = draw(
        st.sampled_from(
            [ZIP_MEMBER] * 6 + ["package.json", ZIP_MEMBER.upper(), "dir/" + ZIP_MEMBER]
        )
    )
    compression = draw(
        st.sampled_from(
            [zipfile.ZIP_DEFLATED] * 3 + [zipfile.ZIP_STORED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA]
        )
    )
    members = dict.fromkeys(
        draw(st.lists(st.sampled_from(["readme.txt", "contacts.csv"]), max_size=2, unique=True)),
        b"hello",
    )
    members[member] = data
    result = zipped(members, compression)
    if draw(st.integers(0, 9)) == 0:  # the member twice: which one is read?
        buffer = io.BytesIO(result)
        with warnings.catch_warnings(), zipfile.ZipFile(buffer, "a") as archive:
            warnings.simplefilter("ignore")  # zipfile's "Duplicate name"
            info = zipfile.ZipInfo(member, date_time=(2025, 3, 1, 12, 0, 0))
            archive.writestr(info, b"{}")
        result = buffer.getvalue()
    return result


_SEALING: list[Any] = []


def _sealing_plan() -> Any:
    """A sender and recipient of its own (made once): sealing needs no keychain."""
    if not _SEALING:
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
        from pyrage import x25519

        from office_desk.core.network_package.sealing import SealingPlan
        from office_desk.core.package_keys import OwnKeys

        keys = OwnKeys(x25519.Identity.generate(), Ed25519PrivateKey.generate())
        sender = keys.office_key(uuid.UUID(int=1))
        _SEALING.append(SealingPlan(keys, sender, "Fuzz", ((sender, "Fuzz"),)))
    return _SEALING[0]


@st.composite
def _sealed_and_damaged(draw: st.DrawFn, plain: bytes) -> bytes:
    """``plain`` sealed, then its frame damaged in one place (so it never opens)."""
    import struct

    from office_desk.core.network_package.sealing import MAGIC, SIGNATURE_SIZE, seal

    data = bytearray(seal(plain, _sealing_plan(), datetime(2025, 3, 1, tzinfo=UTC)))
    (header_length,) = struct.unpack(">I", data[len(MAGIC) : len(MAGIC) + 4])
    header_at = len(MAGIC) + 4
    cipher_length_at = header_at + header_length
    regions = {
        "magic": (0, len(MAGIC)),
        "header": (header_at, cipher_length_at),
        "ciphertext": (cipher_length_at + 8, len(data) - SIGNATURE_SIZE),
        "signature": (len(data) - SIGNATURE_SIZE, len(data)),
    }
    how = draw(st.sampled_from([*regions, "header length", "ciphertext length", "cut", "append"]))
    # age adds a random-length "grease" stanza: positions are drawn as a share of the
    # region, so the same example damages the same part of every sealing.
    share = draw(st.integers(0, 1_000_000))
    if how in regions:
        start, end = regions[how]
        data[start + share * max(end - start - 1, 0) // 1_000_000] ^= draw(st.integers(1, 255))
    elif how in ("header length", "ciphertext length"):
        at, size = (len(MAGIC), 4) if how == "header length" else (cipher_length_at, 8)
        (now,) = struct.unpack(">I" if size == 4 else ">Q", data[at : at + size])
        value = draw(
            st.sampled_from([0, 1, now - 1, now + 1, 2 ** (8 * size) - 1, 2 ** (8 * size - 2)])
        )
        data[at : at + size] = value.to_bytes(size, "big")
    elif how == "cut":
        del data[share * (len(data) - 1) // 1_000_000 :]
    else:
        data += draw(st.binary(min_size=1, max_size=64))
    return bytes(data)

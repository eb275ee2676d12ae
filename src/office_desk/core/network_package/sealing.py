"""Sealed packages: encrypted to the offices they are for, signed by the office that made them.

A sealed package file is a small framed container::

    office-desk-sealed-package/1\\n        the magic line (the container's version)
    4 bytes, big-endian                   length of the header
    header                                UTF-8 JSON: sender, recipients, created
    8 bytes, big-endian                   length of the ciphertext
    ciphertext                            age (X25519), to every recipient's key
    64 bytes                              Ed25519 signature

The signature covers everything before it (as a SHA-512 digest, with a fixed context
string), so neither the header nor the ciphertext can be changed on the way without
the signature failing. The plaintext is the package as a ``.zip`` (or ``.json``)
file would hold it, read with the same limits (:mod:`.archive`).

Reading checks, in this order and before allocating anything a length claims: the
magic, every length against its cap and the file's real size, the header's fields,
the signature (with the key the header names), then decrypts with this installation's
identity. Whether the signing key is the one this database trusts for the sender's
office is a question for the database (:func:`trust_status`, called when a merge is
planned and again when it is written): unknown is "first use" (the user decides), a
different key is refused.
"""

from __future__ import annotations

import hashlib
import json
import os
import struct
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection

from .. import package_keys
from ..i18n import translate
from ..package_keys import OfficeKey, OwnKeys, PackageKeyError
from ..store.database import Store
from . import archive
from .errors import MADE_BY_MAX, PackageError

MAGIC_PREFIX = b"office-desk-sealed-package/"
VERSION = 1
MAGIC = MAGIC_PREFIX + b"%d\n" % VERSION
#: The suffix a sealed package is saved with.
SEALED_SUFFIX = ".sealed"
#: The longest header read (a header naming 50 offices is about 8 KB).
HEADER_MAX = 64 * 1024
#: The most offices one package may be sealed to.
RECIPIENTS_MAX = 50
SIGNATURE_SIZE = 64
_SIGNED_CONTEXT = b"office-desk-sealed-package/1 signature\n"
_HEADER_LENGTH = struct.Struct(">I")
_CIPHER_LENGTH = struct.Struct(">Q")

#: What :func:`trust_status` says of a signed package's sender.
TRUSTED = "trusted"
FIRST_USE = "first use"


class KeyChanged(PackageError):
    """The package is signed for an office with a key other than the one trusted for it
    here; it is never imported."""


class KeyNotTrusted(PackageError):
    """A merge of a package signed with a key not seen before was asked for without
    trusting the key; nothing was written."""


@dataclass(frozen=True)
class Seal:
    """What a sealed package's header says, its signature checked: the sending office
    and its keys, whom it was sealed to, when; ``from_here`` when this installation's
    own keys made it."""

    sender: OfficeKey
    sender_name: str
    recipients: tuple[tuple[uuid.UUID, str], ...]
    created: datetime | None
    from_here: bool = False

    @property
    def fingerprint(self) -> str:
        return self.sender.fingerprint

    @property
    def office_label(self) -> str:
        return repr(self.sender_name) if self.sender_name else str(self.sender.office_id)


def ciphertext_limit(limits: archive.ArchiveLimits) -> int:
    """The longest ciphertext read: the plaintext limit, plus age's header (under 200
    bytes a recipient) and its 16 bytes per 64 KiB chunk."""
    return limits.total + (limits.total // 65536 + 1) * 16 + RECIPIENTS_MAX * 256 + 4096


def is_sealed(head: bytes) -> bool:
    return head.startswith(MAGIC_PREFIX)


# --------------------------------------------------------------------------- writing


@dataclass(frozen=True)
class SealingPlan:
    """Who seals and signs a package, and for whom: the offices asked for, plus
    headquarters' recovery key when it is known (``recovery``: its name; else
    ``recovery_missing`` names headquarters if it is set but its key is not known)."""

    keys: OwnKeys
    sender: OfficeKey
    sender_name: str
    recipients: tuple[tuple[OfficeKey, str], ...]
    recovery: str | None = None
    recovery_missing: str | None = None

    @property
    def recipient_names(self) -> list[str]:
        return [name for _key, name in self.recipients]


def _problem(text: str, **values: Any) -> PackageError:
    return PackageError(translate("SealedPackage", text).format(**values))


def plan_sealing(store: Store, office_ids: Sequence[uuid.UUID]) -> SealingPlan:
    """Resolve the keys to seal a package to ``office_ids`` (raises :class:`PackageError`
    naming what is missing: this installation's office, or an office's key)."""
    wanted = list(dict.fromkeys(office_ids))
    if not wanted:
        raise _problem("Say which offices the package is sealed to")
    with store.engine.connect() as conn:
        sender_office = package_keys.own_office_in(conn)
        if sender_office is None:
            raise _problem(
                "Choose the office this computer speaks for before sealing a package "
                "(Settings, Package keys; or office-desk keys office NAME)"
            )
        hq = package_keys.hq_office_in(conn)
        names = package_keys.office_names(conn, [sender_office, *wanted, *([hq] if hq else [])])
        try:
            keys = package_keys.own_keys()
        except PackageKeyError as exc:
            raise PackageError(str(exc)) from None
        assert keys is not None
        own = keys.office_key(sender_office)

        def key_of(office_id: uuid.UUID) -> OfficeKey | None:
            if office_id == sender_office:
                return own
            return package_keys.trusted_key_in(conn, office_id)

        recipients: list[tuple[OfficeKey, str]] = []
        for office_id in wanted:
            if office_id not in names:
                raise _problem("There is no office with id {id} to seal to", id=office_id)
            key = key_of(office_id)
            if key is None:
                raise _problem(
                    "No key is known for office {office}: import its office key first "
                    "(Settings, Package keys)",
                    office=repr(names[office_id]),
                )
            recipients.append((key, names[office_id]))
        recovery = missing = None
        if hq is not None and hq not in wanted:
            key = key_of(hq)
            if key is None:
                missing = names[hq]
            else:
                recipients.append((key, names[hq]))
                recovery = names[hq]
    if len(recipients) > RECIPIENTS_MAX:
        raise _problem("A package is sealed to {limit} offices at most", limit=RECIPIENTS_MAX)
    return SealingPlan(keys, own, names[sender_office], tuple(recipients), recovery, missing)


def seal(plain: bytes, plan: SealingPlan, created: datetime) -> bytes:
    """The sealed package holding ``plain`` (a package file's bytes)."""
    import pyrage

    ciphertext = pyrage.encrypt(plain, [key.recipient() for key, _name in plan.recipients])
    header = json.dumps(
        {
            "created": created.astimezone(UTC).isoformat(timespec="microseconds"),
            "recipients": [
                {"office_id": str(key.office_id), "office_name": name[:MADE_BY_MAX]}
                for key, name in plan.recipients
            ],
            "sender": {
                "age_recipient": plan.sender.age_recipient,
                "office_id": str(plan.sender.office_id),
                "office_name": plan.sender_name[:MADE_BY_MAX],
                "signing_key": plan.sender.signing_key,
            },
        },
        ensure_ascii=False,
        sort_keys=True,
        separators=(",", ":"),
    ).encode("utf-8")
    parts = [
        MAGIC,
        _HEADER_LENGTH.pack(len(header)),
        header,
        _CIPHER_LENGTH.pack(len(ciphertext)),
        ciphertext,
    ]
    digest = hashlib.sha512()
    for part in parts:
        digest.update(part)
    signature = plan.keys.signing.sign(_SIGNED_CONTEXT + digest.digest())
    return b"".join([*parts, signature])


# --------------------------------------------------------------------------- reading


def _damaged(name: str, what: str) -> PackageError:
    return PackageError(
        translate(
            "SealedPackage", "{name}: a damaged sealed package ({what}); nothing was imported"
        ).format(name=name, what=what)
    )


def _read_exactly(f: Any, count: int, name: str) -> bytes:
    data = f.read(count)
    if len(data) != count:
        raise _damaged(name, translate("SealedPackage", "the file ends too early"))
    return bytes(data)


def open_sealed(
    path: Path, limits: archive.ArchiveLimits = archive.DEFAULT_LIMITS
) -> tuple[bytes, Seal]:
    """The package bytes sealed in ``path`` and what its header says, the signature
    checked; raises :class:`PackageError` with one line."""
    name = path.name
    digest = hashlib.sha512()
    try:
        with path.open("rb") as f:
            size = os.fstat(f.fileno()).st_size
            magic = f.read(len(MAGIC))
            if magic != MAGIC:
                if magic.startswith(MAGIC_PREFIX):
                    raise _problem(
                        "{name}: sealed by a newer Office Desk (container {magic}); update "
                        "Office Desk to import it",
                        name=name,
                        magic=repr(magic.strip().decode("ascii", "replace")[-10:]),
                    )
                raise _damaged(name, translate("SealedPackage", "it does not start as one"))
            raw_header_length = _read_exactly(f, _HEADER_LENGTH.size, name)
            (header_length,) = _HEADER_LENGTH.unpack(raw_header_length)
            if not 0 < header_length <= HEADER_MAX:
                raise _damaged(
                    name,
                    translate(
                        "SealedPackage", "its header claims {size} bytes (at most {limit})"
                    ).format(size=f"{header_length:,}", limit=f"{HEADER_MAX:,}"),
                )
            if f.tell() + header_length > size:
                raise _damaged(name, translate("SealedPackage", "the file ends too early"))
            header_bytes = _read_exactly(f, header_length, name)
            raw_cipher_length = _read_exactly(f, _CIPHER_LENGTH.size, name)
            (cipher_length,) = _CIPHER_LENGTH.unpack(raw_cipher_length)
            cap = ciphertext_limit(limits)
            if cipher_length > cap:
                raise PackageError(
                    translate(
                        "SealedPackage",
                        "{name}: the sealed package claims {size} bytes of content (at most "
                        "{limit} are read); nothing was imported",
                    ).format(name=name, size=f"{cipher_length:,}", limit=f"{cap:,}")
                )
            rest = size - f.tell()
            if rest < cipher_length + SIGNATURE_SIZE:
                raise _damaged(name, translate("SealedPackage", "the file ends too early"))
            if rest > cipher_length + SIGNATURE_SIZE:
                raise _damaged(
                    name, translate("SealedPackage", "there are bytes after its signature")
                )
            ciphertext = _read_exactly(f, cipher_length, name)
            signature = _read_exactly(f, SIGNATURE_SIZE, name)
    except OSError as exc:
        raise PackageError(
            translate("Package", "{path}: cannot read ({reason})").format(
                path=path, reason=exc.strerror or exc
            )
        ) from exc
    for part in (magic, raw_header_length, header_bytes, raw_cipher_length, ciphertext):
        digest.update(part)
    seal_info = _header(name, header_bytes)
    from cryptography.exceptions import InvalidSignature

    try:
        seal_info.sender.verifier().verify(signature, _SIGNED_CONTEXT + digest.digest())
    except InvalidSignature:
        raise _problem(
            "{name}: its signature does not match its contents: the file was changed on "
            "the way, or damaged; nothing was imported",
            name=name,
        ) from None
    return _decrypt(name, ciphertext, seal_info, limits)


def _decrypt(
    name: str, ciphertext: bytes, seal_info: Seal, limits: archive.ArchiveLimits
) -> tuple[bytes, Seal]:
    import pyrage

    offices = ", ".join(office_name or str(i) for i, office_name in seal_info.recipients)
    try:
        keys = package_keys.own_keys(create=False)
    except PackageKeyError as exc:
        raise PackageError(f"{name}: {exc}") from None
    if keys is None:
        raise _problem(
            "{name}: sealed for {offices}; this computer has no package key yet, so it "
            "cannot open it",
            name=name,
            offices=offices,
        )
    try:
        plain = pyrage.decrypt(ciphertext, [keys.identity])
    except pyrage.DecryptError as exc:
        if "No matching keys" in str(exc):
            raise _problem(
                "{name}: sealed for {offices}; this computer's key is not one of them, so it "
                "cannot open it",
                name=name,
                offices=offices,
            ) from None
        raise _damaged(name, str(exc).splitlines()[0] if str(exc) else "age") from None
    if len(plain) > limits.total:
        raise _damaged(name, translate("SealedPackage", "its content is too large"))
    own = keys.office_key(seal_info.sender.office_id)
    if own.same_keys(seal_info.sender):
        seal_info = Seal(
            seal_info.sender, seal_info.sender_name, seal_info.recipients, seal_info.created, True
        )
    return bytes(plain), seal_info


def _field(name: str, value: Any, what: str) -> PackageError:
    return _damaged(
        name,
        translate("SealedPackage", "its header is not valid: {field}").format(field=what),
    )


def _exact(name: str, value: Any, keys: set[str], what: str) -> dict[str, Any]:
    if not isinstance(value, dict) or set(value) != keys:
        raise _field(name, value, what)
    return value


def _office(name: str, value: Any, what: str) -> tuple[uuid.UUID, str]:
    try:
        office_id = package_keys.check_office_id(value.get("office_id"))
    except PackageKeyError:
        raise _field(name, value, what + ".office_id") from None
    office_name = value.get("office_name")
    if not isinstance(office_name, str) or len(office_name) > MADE_BY_MAX:
        raise _field(name, value, what + ".office_name")
    return office_id, " ".join(office_name.split())


def _header(name: str, data: bytes) -> Seal:
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise _damaged(name, translate("SealedPackage", "its header is not JSON")) from None
    header = _exact(name, document, {"created", "recipients", "sender"}, "fields")
    sender = _exact(
        name,
        header["sender"],
        {"age_recipient", "office_id", "office_name", "signing_key"},
        "sender",
    )
    office_id, office_name = _office(name, sender, "sender")
    try:
        age = package_keys.check_age_recipient(sender["age_recipient"])
        signing = package_keys.check_signing_key(sender["signing_key"])
    except PackageKeyError:
        raise _field(name, sender, "sender key") from None
    recipients = header["recipients"]
    if not isinstance(recipients, list) or not 0 < len(recipients) <= RECIPIENTS_MAX:
        raise _field(name, recipients, "recipients")
    found = tuple(
        _office(name, _exact(name, r, {"office_id", "office_name"}, "recipients"), "recipients")
        for r in recipients
    )
    created = None
    if isinstance(header["created"], str):
        try:
            created = datetime.fromisoformat(header["created"])
        except ValueError:
            created = None
    if created is None or created.tzinfo is None:
        raise _field(name, header["created"], "created")
    return Seal(OfficeKey(office_id, age, signing), office_name, found, created.astimezone(UTC))


# --------------------------------------------------------------------------- trust


def trust_status(conn: Connection, seal_info: Seal, source: str) -> str:
    """:data:`TRUSTED` when the sender's keys are the ones trusted here for its office
    (or this installation's own), :data:`FIRST_USE` when none is; raises
    :class:`KeyChanged` when another key is trusted for that office."""
    if seal_info.from_here:
        return TRUSTED
    known = package_keys.trusted_key_in(conn, seal_info.sender.office_id)
    if known is None:
        return FIRST_USE
    if known.same_keys(seal_info.sender):
        return TRUSTED
    office = repr(known.office_name) if known.office_name else seal_info.office_label
    raise KeyChanged(
        translate(
            "SealedPackage",
            "{source}: REFUSED: signed in the name of office {office} with a different key "
            "than the one trusted here (fingerprint {new}, trusted {old}). Someone else may have "
            "made it; nothing was imported. If the office really made a new key, check its "
            "fingerprint with them and replace the key in Settings, Package keys",
        ).format(source=source, office=office, new=seal_info.fingerprint, old=known.fingerprint)
    )


def trust_first_use(conn: Connection, seal_info: Seal, source: str) -> None:
    """Trust the sender's key (inside the caller's transaction) if no key is trusted
    for its office yet; refuses a changed key as :func:`trust_status` does."""
    if trust_status(conn, seal_info, source) == FIRST_USE:
        package_keys.write_trust(conn, seal_info.sender, f"package {source}")

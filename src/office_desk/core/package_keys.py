"""The keys that seal and sign packages: this installation's own, and the offices' it trusts.

* This installation's key pair: an age identity (packages sealed to this office are
  opened with it) and an Ed25519 signing key (packages made here are signed with it).
  Both private parts live in the OS keychain (service ``office-desk-package-keys``),
  made the first time they are needed; nothing secret is written to the database.
* The office this installation speaks for, and headquarters: chosen in Settings and
  kept in the database file's ``sync_state`` table (keys ``package_office`` and
  ``package_hq_office``), where the command line reads them too. Office ids belong to
  one network, so the choice belongs with the file; a laptop that joined the team
  server already knows its office (``office``, with ``hq`` for headquarters), which
  counts until another office is chosen here.
* The public "office key" a user copies and sends to a colleague, one line::

      office-desk-key:1:<office uuid>:<age recipient>:<Ed25519 public key, base64url>

  with a short fingerprint to compare by phone (:attr:`OfficeKey.fingerprint`).
* The trust store, table ``trust_office_key``: one key per office, imported from a
  colleague's line or trusted on first use from a signed package. A different key for
  an office already trusted is refused unless it is replaced explicitly.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, select, text

from .i18n import translate

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import (
        Ed25519PrivateKey,
        Ed25519PublicKey,
    )
    from pyrage import x25519

    from .store.database import Store

#: The keychain service holding this installation's private keys.
KEYCHAIN_SERVICE = "office-desk-package-keys"
_AGE_ENTRY = "age-identity"
_SIGNING_ENTRY = "signing-key"
KEY_PREFIX = "office-desk-key"
KEY_VERSION = "1"
#: The longest office key line read (a real one is 161 characters).
KEY_TEXT_MAX = 400
#: ``sync_state`` keys: the office this installation speaks for, and headquarters.
STATE_OFFICE = "package_office"
STATE_HQ = "package_hq_office"
#: ``sync_state`` keys the team sync writes (the account's office; "1" at headquarters).
_SYNC_OFFICE, _SYNC_HQ = "office", "hq"

_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_AGE_RECIPIENT = re.compile(r"age1[02-9ac-hj-np-z]{58}")
_BASE64URL_32 = re.compile(r"[A-Za-z0-9_-]{43}")


class PackageKeyError(ValueError):
    """A key that cannot be read, made, found or trusted; ``str()`` is one line for the
    user."""


def _problem(text: str, **values: Any) -> PackageKeyError:
    return PackageKeyError(translate("PackageKeys", text).format(**values))


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def _unb64(text_: str) -> bytes:
    return base64.urlsafe_b64decode(text_ + "=" * (-len(text_) % 4))


def fingerprint_of(office_id: uuid.UUID, age_recipient: str, signing_key: str) -> str:
    """16 letters and digits in groups of four ("K3XQ-7B2M-RT5A-W9PL"), short enough to
    read out on the phone; it changes when any part of the office key does."""
    digest = hashlib.sha256(
        f"{KEY_PREFIX}:{KEY_VERSION}:{office_id}:{age_recipient}:{signing_key}".encode("ascii")
    ).digest()
    letters = base64.b32encode(digest[:10]).decode("ascii")
    return "-".join(letters[i : i + 4] for i in range(0, 16, 4))


@dataclass(frozen=True)
class OfficeKey:
    """An office's public keys: the age recipient packages for it are sealed to, and
    the Ed25519 key its packages' signatures are checked with."""

    office_id: uuid.UUID
    age_recipient: str
    signing_key: str  # base64url (no padding) of the 32 raw bytes

    @property
    def text(self) -> str:
        """The one line a user copies and sends to a colleague."""
        return ":".join(
            (KEY_PREFIX, KEY_VERSION, str(self.office_id), self.age_recipient, self.signing_key)
        )

    @property
    def fingerprint(self) -> str:
        return fingerprint_of(self.office_id, self.age_recipient, self.signing_key)

    def same_keys(self, other: OfficeKey) -> bool:
        return (self.age_recipient, self.signing_key) == (other.age_recipient, other.signing_key)

    def verifier(self) -> Ed25519PublicKey:
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

        return Ed25519PublicKey.from_public_bytes(_unb64(self.signing_key))

    def recipient(self) -> x25519.Recipient:
        from pyrage import x25519

        return x25519.Recipient.from_str(self.age_recipient)


@dataclass(frozen=True)
class TrustedKey(OfficeKey):
    """An office key in the trust store: since when, where it came from, and the
    office's name here ("" when this database does not have the office)."""

    first_seen_at: datetime | None = None
    source: str = ""
    office_name: str = ""


# --------------------------------------------------------------------------- reading keys


def check_age_recipient(value: Any) -> str:
    """``value`` if it is an age X25519 recipient ("age1" and 58 bech32 letters)."""
    if not isinstance(value, str) or not _AGE_RECIPIENT.fullmatch(value):
        raise _problem("the age key is not an age1… recipient")
    from pyrage import RecipientError, x25519

    try:
        x25519.Recipient.from_str(value)
    except RecipientError:
        raise _problem("the age key is damaged (its check letters do not match)") from None
    return value


def check_signing_key(value: Any) -> str:
    """``value`` if it is an Ed25519 public key as 43 base64url letters."""
    if not isinstance(value, str) or not _BASE64URL_32.fullmatch(value):
        raise _problem("the signing key is not 43 base64url letters")
    raw = _unb64(value)
    if _b64(raw) != value:
        raise _problem("the signing key is damaged")
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        Ed25519PublicKey.from_public_bytes(raw)
    except ValueError:
        raise _problem("the signing key is damaged") from None
    return value


def check_office_id(value: Any) -> uuid.UUID:
    if not isinstance(value, str) or not _UUID.fullmatch(value.lower()):
        raise _problem("the office id is not a UUID")
    return uuid.UUID(value)


def parse_office_key(line: Any) -> OfficeKey:
    """The office key in ``line`` (as :attr:`OfficeKey.text` writes it, with spaces or
    line breaks around it at most); raises :class:`PackageKeyError` saying in one line
    what is wrong."""
    if not isinstance(line, str):
        raise _problem("Not an office key: expected text")
    line = line.strip()
    if not line:
        raise _problem("Not an office key: the text is empty")
    if len(line) > KEY_TEXT_MAX:
        raise _problem(
            "Not an office key: {count} characters long (an office key has about 160)",
            count=f"{len(line):,}",
        )
    if not line.isascii() or any(c.isspace() or not c.isprintable() for c in line):
        raise _problem("Not an office key: it holds spaces or characters an office key has not")
    parts = line.split(":")
    if parts[0] != KEY_PREFIX or len(parts) < 2:
        raise _problem("Not an office key: an office key starts with {prefix}", prefix=KEY_PREFIX)
    if parts[1] != KEY_VERSION:
        raise _problem(
            "Not an office key this Office Desk reads: version {version} (this one reads "
            "version {supported})",
            version=repr(parts[1][:10]),
            supported=KEY_VERSION,
        )
    if len(parts) != 5:
        raise _problem(
            "Not an office key: it has {count} parts separated by colons (an office key "
            "has 5); copy the whole line",
            count=len(parts),
        )
    try:
        office_id = check_office_id(parts[2])
        age = check_age_recipient(parts[3])
        signing = check_signing_key(parts[4])
    except PackageKeyError as exc:
        raise _problem("Not an office key: {why}", why=exc) from None
    return OfficeKey(office_id, age, signing)


# --------------------------------------------------------------------------- own keys


@dataclass(frozen=True)
class OwnKeys:
    """This installation's private keys (from the keychain)."""

    identity: x25519.Identity
    signing: Ed25519PrivateKey

    @property
    def age_recipient(self) -> str:
        return str(self.identity.to_public())

    @property
    def signing_key(self) -> str:
        return _b64(self.signing.public_key().public_bytes_raw())

    def office_key(self, office_id: uuid.UUID) -> OfficeKey:
        return OfficeKey(office_id, self.age_recipient, self.signing_key)


def _keychain_problem(exc: Exception) -> PackageKeyError:
    return _problem(
        "The keychain holding this computer's package keys cannot be used ({reason})",
        reason=str(exc).splitlines()[0] if str(exc) else type(exc).__name__,
    )


def own_keys(create: bool = True) -> OwnKeys | None:
    """This installation's keys from the keychain, made and stored there on first need
    (``create=False``: None when there are none yet). Raises :class:`PackageKeyError`
    when the keychain cannot be used or holds something that is not a key."""
    import keyring
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from keyring.errors import KeyringError
    from pyrage import IdentityError, x25519

    try:
        age_text = keyring.get_password(KEYCHAIN_SERVICE, _AGE_ENTRY)
        signing_text = keyring.get_password(KEYCHAIN_SERVICE, _SIGNING_ENTRY)
        if (age_text is None or signing_text is None) and not create:
            return None
        if age_text is None:
            age_text = str(x25519.Identity.generate())
            keyring.set_password(KEYCHAIN_SERVICE, _AGE_ENTRY, age_text)
        if signing_text is None:
            signing_text = _b64(Ed25519PrivateKey.generate().private_bytes_raw())
            keyring.set_password(KEYCHAIN_SERVICE, _SIGNING_ENTRY, signing_text)
    except KeyringError as exc:
        raise _keychain_problem(exc) from None
    except RuntimeError as exc:  # keyring's "No recommended backend was available"
        raise _keychain_problem(exc) from None
    try:
        identity = x25519.Identity.from_str(age_text)
        raw = _unb64(signing_text)
        if len(raw) != 32:
            raise ValueError(signing_text)
        signing = Ed25519PrivateKey.from_private_bytes(raw)
    except (IdentityError, ValueError):
        raise _problem(
            "The package keys in this computer's keychain are damaged (service {service})",
            service=KEYCHAIN_SERVICE,
        ) from None
    return OwnKeys(identity, signing)


# --------------------------------------------------------------------------- offices


def _state(conn: Connection) -> dict[str, str]:
    rows = conn.execute(
        text("SELECT key, value FROM sync_state WHERE key IN (:a, :b, :c, :d)"),
        {"a": STATE_OFFICE, "b": STATE_HQ, "c": _SYNC_OFFICE, "d": _SYNC_HQ},
    )
    return {str(k): str(v) for k, v in rows}


def _office_table() -> Any:
    from .models import Office

    return Office.__table__  # type: ignore[attr-defined]


def office_names(conn: Connection, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, str]:
    """The names of the live offices among ``ids``."""
    wanted = list(set(ids))
    if not wanted:
        return {}
    t = _office_table()
    rows = conn.execute(
        select(t.c.id, t.c.name).where(t.c.id.in_(wanted), t.c.deleted_at.is_(None))
    )
    return {row_id: str(name) for row_id, name in rows}


def _live_office(conn: Connection, value: str | None) -> uuid.UUID | None:
    try:
        office_id = uuid.UUID(value) if value else None
    except ValueError:
        return None
    if office_id is None or office_id not in office_names(conn, [office_id]):
        return None
    return office_id


def own_office_in(conn: Connection) -> uuid.UUID | None:
    state = _state(conn)
    return _live_office(conn, state.get(STATE_OFFICE) or state.get(_SYNC_OFFICE))


def hq_office_in(conn: Connection) -> uuid.UUID | None:
    state = _state(conn)
    if STATE_HQ in state:
        return _live_office(conn, state[STATE_HQ])
    if state.get(_SYNC_HQ) == "1" and not state.get(STATE_OFFICE):
        return _live_office(conn, state.get(_SYNC_OFFICE))
    return None


def own_office(store: Store) -> uuid.UUID | None:
    """The (live) office this installation speaks for in ``store``'s network: the one
    chosen in Settings, else the team server account's; None if neither is set."""
    with store.engine.connect() as conn:
        return own_office_in(conn)


def hq_office(store: Store) -> uuid.UUID | None:
    """Headquarters, whose key every sealed package is also sealed to (None: not set)."""
    with store.engine.connect() as conn:
        return hq_office_in(conn)


def _set_state(store: Store, key: str, office_id: uuid.UUID | None) -> None:
    with store.write() as session:
        conn = session.connection()
        if office_id is None:
            conn.execute(text("DELETE FROM sync_state WHERE key = :k"), {"k": key})
            return
        if not office_names(conn, [office_id]):
            raise _problem("There is no office with id {id} in this database", id=office_id)
        conn.execute(
            text("INSERT OR REPLACE INTO sync_state (key, value) VALUES (:k, :v)"),
            {"k": key, "v": str(office_id)},
        )


def set_own_office(store: Store, office_id: uuid.UUID | None) -> None:
    """Choose the office this installation speaks for (None: forget the choice)."""
    _set_state(store, STATE_OFFICE, office_id)


def set_hq_office(store: Store, office_id: uuid.UUID | None) -> None:
    """Choose headquarters (None: no recovery key is added to sealed packages)."""
    _set_state(store, STATE_HQ, office_id)


def own_office_key(store: Store) -> OfficeKey:
    """This installation's office key, for the office it speaks for."""
    office_id = own_office(store)
    if office_id is None:
        raise _problem("Choose the office this computer speaks for first (Settings, Package keys)")
    keys = own_keys()
    assert keys is not None
    return keys.office_key(office_id)


# --------------------------------------------------------------------------- trust store


def _row_key(row: Any, names: dict[uuid.UUID, str]) -> TrustedKey:
    office_id = uuid.UUID(str(row.office_id))
    seen = None
    with contextlib.suppress(ValueError):
        seen = datetime.fromisoformat(str(row.first_seen_at)).astimezone(UTC)
    return TrustedKey(
        office_id,
        str(row.age_recipient),
        str(row.signing_key),
        seen,
        str(row.source),
        names.get(office_id, ""),
    )


def trusted_key_in(conn: Connection, office_id: uuid.UUID) -> TrustedKey | None:
    row = conn.execute(
        text(
            "SELECT office_id, age_recipient, signing_key, first_seen_at, source "
            "FROM trust_office_key WHERE office_id = :o"
        ),
        {"o": str(office_id)},
    ).first()
    return None if row is None else _row_key(row, office_names(conn, [office_id]))


def trusted_key(store: Store, office_id: uuid.UUID) -> TrustedKey | None:
    with store.engine.connect() as conn:
        return trusted_key_in(conn, office_id)


def trusted_keys(store: Store) -> list[TrustedKey]:
    """Every trusted office key, by office name (offices this database lacks last)."""
    with store.engine.connect() as conn:
        rows = list(
            conn.execute(
                text(
                    "SELECT office_id, age_recipient, signing_key, first_seen_at, source "
                    "FROM trust_office_key"
                )
            )
        )
        ids = []
        for row in rows:
            try:
                ids.append(uuid.UUID(str(row.office_id)))
            except ValueError:
                continue
        names = office_names(conn, ids)
    found = []
    for row in rows:
        try:
            found.append(_row_key(row, names))
        except ValueError:  # a row written by hand that is not an id: not a key
            continue
    return sorted(
        found, key=lambda k: (not k.office_name, k.office_name.casefold(), str(k.office_id))
    )


def write_trust(conn: Connection, key: OfficeKey, source: str, replace: bool = False) -> None:
    """Trust ``key`` for its office inside the caller's transaction (``replace``: over a
    different key trusted before)."""
    statement = "INSERT OR REPLACE" if replace else "INSERT"
    conn.execute(
        text(
            f"{statement} INTO trust_office_key "
            "(office_id, age_recipient, signing_key, first_seen_at, source) "
            "VALUES (:o, :a, :s, :t, :src)"
        ),
        {
            "o": str(key.office_id),
            "a": key.age_recipient,
            "s": key.signing_key,
            "t": datetime.now(UTC).isoformat(timespec="microseconds"),
            "src": source[:200],
        },
    )


def import_office_key(
    store: Store, key: OfficeKey | str, *, replace: bool = False, source: str = "pasted"
) -> TrustedKey:
    """Trust a colleague's office key (a line as :attr:`OfficeKey.text` writes it).

    The office must be a live office of this database. The same key again changes
    nothing; a different key for an office already trusted is refused unless
    ``replace`` is given. Raises :class:`PackageKeyError` with one line."""
    if isinstance(key, str):
        key = parse_office_key(key)
    with store.write() as session:
        conn = session.connection()
        names = office_names(conn, [key.office_id])
        if not names:
            raise _problem(
                "This database has no office with id {id}: the key is for another network, "
                "or the office has not reached this copy yet",
                id=key.office_id,
            )
        known = trusted_key_in(conn, key.office_id)
        if known is not None and known.same_keys(key):
            return known
        if known is not None and not replace:
            raise _problem(
                "Office {office} already has another key here (fingerprint {old}; the new "
                "one is {new}); replace it only if the office told you it made a new one",
                office=repr(names[key.office_id]),
                old=known.fingerprint,
                new=key.fingerprint,
            )
        write_trust(conn, key, source, replace=known is not None)
        found = trusted_key_in(conn, key.office_id)
    assert found is not None
    return found


def remove_office_key(store: Store, office_id: uuid.UUID) -> bool:
    """Forget the key trusted for ``office_id``; False if there was none."""
    with store.write() as session:
        result = session.connection().execute(
            text("DELETE FROM trust_office_key WHERE office_id = :o"), {"o": str(office_id)}
        )
        return bool(getattr(result, "rowcount", 0))


@dataclass(frozen=True)
class SealingChoices:
    """What an export can seal to: the offices of this database whose key is trusted,
    whether this installation has chosen its office (needed to sign), and headquarters
    (its name; whether its key is known, so it gets the recovery copy)."""

    offices: list[TrustedKey]
    own_office: uuid.UUID | None
    hq_name: str | None
    hq_key_known: bool


def sealing_choices(store: Store) -> SealingChoices:
    offices = [k for k in trusted_keys(store) if k.office_name]
    with store.engine.connect() as conn:
        own, hq = own_office_in(conn), hq_office_in(conn)
        hq_name = office_names(conn, [hq]).get(hq) if hq is not None else None
        known = hq is not None and (hq == own or trusted_key_in(conn, hq) is not None)
    return SealingChoices(offices, own, hq_name, known)

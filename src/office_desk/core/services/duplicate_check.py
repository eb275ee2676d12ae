"""Is the contact being created already in the database?

A new contact may be someone the network already knows: the same name in the same
organization (names match across spellings and scripts, as the importer matches them:
张伟 = Zhang Wei = Wei Zhang, Müller = Mueller; see
:class:`~office_desk.core.import_contacts.matching.NameKeys`), the same e-mail
address (any case), or the same messaging handle ("WeChat: zhangwei_jn" = "wechat:
ZhangWei_JN"). The editor warns before saving and lets the user open the existing
record, or save a genuine namesake all the same.

The full-text index (which already holds pinyin and umlaut spellings) finds the few
candidates in one query each, so a check costs the same for 40 contacts as for
100,000; the rules above then decide on the candidates alone.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlmodel import col, select

from ..i18n import translate
from ..import_contacts.matching import NameKeys
from ..models import Contact, Organization
from ..search import match_expression
from ..store.database import Store

#: Candidates read per query: far more than one person's namesakes.
_CANDIDATES = 500


@dataclass(frozen=True)
class PossibleDuplicate:
    """An existing contact the new one may be: ``reasons`` say why (translated)."""

    id: uuid.UUID
    title: str  #: the contact's name as lists show it
    organization: str  #: its organization's name, or ""
    reasons: tuple[str, ...]


def _handle(entry: str) -> tuple[str, str]:
    """("wechat", "zhangwei_jn") for "WeChat: ZhangWei_JN"; ("", handle) without a
    service name."""
    service, colon, handle = entry.partition(":")
    if not colon:
        service, handle = "", entry
    handle = "".join(handle.split()).lstrip("@").casefold()
    return " ".join(service.split()).casefold(), handle


def _same_handle(a: tuple[str, str], b: tuple[str, str]) -> bool:
    return len(a[1]) >= 3 and a[1] == b[1] and (not a[0] or not b[0] or a[0] == b[0])


def _candidate_ids(conn: Any, queries: Iterable[str]) -> set[uuid.UUID]:
    found: set[uuid.UUID] = set()
    for query in queries:
        expression = match_expression(query)
        if expression is None:
            continue
        # Whole words, not the prefixes a search while typing wants ("wang", not
        # "wangfang"): match_expression quotes every word, so a star only ends one.
        expression = expression.replace('"*', '"')
        rows = conn.execute(
            text(
                "SELECT k.record_id FROM search_index JOIN search_key AS k"
                " ON k.rowid = search_index.rowid"
                " WHERE search_index MATCH :q AND k.kind = 'contact' LIMIT :limit"
            ),
            {"q": expression, "limit": _CANDIDATES},
        ).all()
        found.update(uuid.UUID(hex=record_id) for (record_id,) in rows)
    return found


def similar_contacts(
    store: Store, fields: dict[str, Any], exclude: uuid.UUID | None = None
) -> list[PossibleDuplicate]:
    """Existing live contacts that the contact with ``fields`` (a contact's field
    values, as the editor holds them) may duplicate; the strongest matches first."""
    keys = NameKeys()
    given = str(fields.get("given_name") or "").strip()
    family = str(fields.get("family_name") or "").strip()
    native = str(fields.get("name_native") or "").strip()
    organization_id = fields.get("organization_id")
    emails = {str(e).strip().casefold() for e in fields.get("emails") or [] if str(e).strip()}
    handles = [_handle(str(h)) for h in fields.get("messaging") or [] if str(h).strip()]
    handles = [h for h in handles if len(h[1]) >= 3]
    name_keys = keys.of_person(given, family, native)

    queries = [key for key in name_keys if not key.startswith("=")]
    if native:
        queries.append(native)
    queries.extend(emails)
    queries.extend(handle for _service, handle in handles)
    with store.session() as session:
        ids = _candidate_ids(session.connection(), queries) - {exclude}
        if not ids:
            return []
        candidates = session.exec(select(Contact).where(Contact.id.in_(ids))).all()  # type: ignore[attr-defined]
        org_ids = {c.organization_id for c in candidates if c.organization_id}
        org_names = (
            {
                o.id: o.name
                for o in session.exec(select(Organization).where(col(Organization.id).in_(org_ids)))
            }
            if org_ids
            else {}
        )  # type: ignore[attr-defined]

    found: list[tuple[int, PossibleDuplicate]] = []
    for contact in candidates:
        reasons: list[str] = []
        weight = 0
        same_name = bool(
            name_keys & keys.of_person(contact.given_name, contact.family_name, contact.name_native)
        )
        if same_name and contact.organization_id == organization_id:
            reasons.append(
                translate("DuplicateCheck", "Same name and organization")
                if organization_id
                else translate("DuplicateCheck", "Same name; neither has an organization")
            )
            weight += 1
        shared = [e for e in contact.emails if e.strip().casefold() in emails]
        if shared:
            reasons.append(
                translate("DuplicateCheck", "Same e-mail address: {address}").format(
                    address=shared[0]
                )
            )
            weight += 2
        theirs = [(h, _handle(h)) for h in contact.messaging]
        same = [shown for shown, key in theirs if any(_same_handle(key, h) for h in handles)]
        if same:
            reasons.append(
                translate("DuplicateCheck", "Same messaging handle: {handle}").format(
                    handle=same[0]
                )
            )
            weight += 2
        if reasons:
            found.append(
                (
                    weight,
                    PossibleDuplicate(
                        contact.id,
                        contact.display_name,
                        org_names.get(contact.organization_id, "")
                        if contact.organization_id
                        else "",
                        tuple(reasons),
                    ),
                )
            )
    found.sort(key=lambda pair: (-pair[0], pair[1].title.casefold()))
    return [duplicate for _weight, duplicate in found]

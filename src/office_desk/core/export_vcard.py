"""Save contacts as a vCard file (.vcf) that address books import.

vCard 3.0, UTF-8, one card per contact: the version Outlook, macOS/iOS Contacts and
Google Contacts all read. Each card carries

* ``FN`` the name as the list shows it, in the person's own order with the native
  form after it ("Zhang Wei (张伟)", "Dr. Jürgen Müller"), ``N`` family and given name
  (a name written only in its own script goes whole into the family part) and the
  academic title as its honorific prefix (``N:Müller;Jürgen;;Dr.;``);
* ``ORG`` the organization, ``TITLE`` the position, every e-mail (``EMAIL;TYPE=INTERNET``)
  and telephone number (``TEL;TYPE=WORK,VOICE``), ``ADR;TYPE=WORK`` with city and
  country name;
* ``X-NATIVE-NAME`` the name in its own script (vCard 3.0 has no field for it; apps
  that do not know the field keep it or ignore it, and ``FN`` shows it anyway);
* ``NOTE`` the languages spoken and messaging accounts (vCard 3.0 has no ``LANG``,
  and messenger ids like "WeChat: zhangwei_jn" are not the URIs ``IMPP`` wants), the
  office that looks after the person, then the notes;
* ``UID`` the record's id and ``REV`` its last change (UTC).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import UTC
from pathlib import Path

import vobject
from sqlmodel import select

from .countries import country_name
from .export_lists import Progress
from .file_replace import replaced_on_success
from .i18n import translate
from .listing import ListQuery, ids
from .models import Contact, Office, Organization
from .store.database import Store
from .text_safety import export_text

CHUNK = 500


def _names(
    store: Store, model: type[Office] | type[Organization], wanted: set[uuid.UUID | None]
) -> dict[uuid.UUID, str]:
    keys = [i for i in wanted if i is not None]
    if not keys:
        return {}
    with store.session() as session:
        statement = select(model.id, model.name).where(model.id.in_(keys))  # type: ignore[attr-defined]
        return {record_id: name for record_id, name in session.exec(statement).all()}


def _note(contact: Contact, office: str) -> str:
    lines = []
    if contact.languages:
        lines.append(
            translate("ExportVCard", "Languages: {languages}").format(
                languages=", ".join(contact.languages)
            )
        )
    if contact.messaging:
        lines.append(
            translate("ExportVCard", "Messaging: {messaging}").format(
                messaging="; ".join(contact.messaging)
            )
        )
    if office:
        lines.append(translate("ExportVCard", "Office: {office}").format(office=office))
    notes = contact.notes.strip()
    if notes:
        if lines:
            lines.append("")
        lines.append(notes)
    return "\n".join(lines)


def contact_card(
    contact: Contact, organization: str = "", office: str = ""
) -> vobject.base.Component:
    """The vCard 3.0 of ``contact`` (``organization`` and ``office``: their names).

    Every text is written without bidi controls (:func:`office_desk.core.text_safety.
    export_text`): an address book would otherwise show a disguised name or number."""
    card = vobject.vCard()
    card.add("fn").value = export_text(contact.display_name)
    family, given = (
        export_text(contact.family_name).strip(),
        export_text(contact.given_name).strip(),
    )
    native = export_text(contact.name_native).strip()
    if not family and not given:
        family = native
    card.add("n").value = vobject.vcard.Name(
        family=family, given=given, prefix=" ".join(export_text(contact.title).split())
    )
    if native:
        card.add("x-native-name").value = native
    organization = export_text(organization)
    if organization:
        card.add("org").value = [organization]
    position = export_text(contact.position).strip()
    if position:
        card.add("title").value = position
    for address in contact.emails:
        email = card.add("email")
        email.value = export_text(address)
        email.type_param = "INTERNET"
    for number in contact.phones:
        tel = card.add("tel")
        tel.value = export_text(number)
        tel.type_paramlist = ["WORK", "VOICE"]
    if contact.city or contact.country:
        adr = card.add("adr")
        adr.value = vobject.vcard.Address(
            city=export_text(contact.city), country=country_name(contact.country)
        )
        adr.type_param = "WORK"
    note = export_text(_note(contact, office))
    if note:
        card.add("note").value = note
    card.add("uid").value = str(contact.id)
    card.add("rev").value = contact.updated_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return card


def export_vcards(
    store: Store,
    contact_ids: Sequence[uuid.UUID] | None,
    path: Path,
    progress: Progress | None = None,
) -> int:
    """Save the contacts ``contact_ids`` (in that order; ``None``: every contact, in the
    contacts list's order) as vCards to ``path``; returns the number of cards written.

    Ids of contacts that no longer exist (deleted meanwhile) are skipped.
    ``progress(done, total)`` is called now and then; if it raises, the export stops,
    the exception propagates and no file is left at ``path``.
    """
    wanted = list(contact_ids) if contact_ids is not None else ids(store, ListQuery("contact"))
    total = len(wanted)
    if progress is not None:
        progress(0, total)
    written = 0
    with (
        replaced_on_success(Path(path)) as target,
        open(target, "w", encoding="utf-8", newline="") as handle,
    ):
        for start in range(0, total, CHUNK):
            chunk = wanted[start : start + CHUNK]
            with store.session() as session:
                found = {
                    c.id: c
                    for c in session.exec(
                        select(Contact).where(Contact.id.in_(chunk))  # type: ignore[attr-defined]
                    ).all()
                }
            contacts = [found[i] for i in chunk if i in found]
            organizations = _names(store, Organization, {c.organization_id for c in contacts})
            offices = _names(store, Office, {c.office_id for c in contacts})
            for contact in contacts:
                card = contact_card(
                    contact,
                    organizations.get(contact.organization_id, "")  # type: ignore[arg-type]
                    if contact.organization_id
                    else "",
                    offices.get(contact.office_id, "") if contact.office_id else "",
                )
                handle.write(card.serialize())
            written += len(contacts)
            if progress is not None:
                progress(start + len(chunk), total)
    return written

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

The cards are written as text by :func:`card_text` (:mod:`.vcard_text`), byte for byte
what vobject writes for the component :func:`contact_card` builds (the tests compare
the two on hostile and generated text): a vobject component per contact made a
100,000-contact export take minutes. The contacts are read with plain SQL rows a chunk
at a time, and the organization and office names once per export.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Sequence
from datetime import UTC
from pathlib import Path
from typing import Any

import vobject
from sqlalchemy import select as sa_select

from .countries import country_name
from .export_lists import Progress
from .export_rows import id_text, live_names, raw, string_list, vcard_timestamp
from .file_replace import replaced_on_success
from .i18n import translate
from .listing import ListQuery, id_keys
from .models import Contact, Office, Organization, person_name
from .store.database import Store
from .text_safety import export_text
from .vcard_text import escape, fold_lines

CHUNK = 1000


class _Words:
    """What every card of one export shares: the note's lines in the current language
    and the country names, each worked out once."""

    def __init__(self) -> None:
        self.languages = translate("ExportVCard", "Languages: {languages}")
        self.messaging = translate("ExportVCard", "Messaging: {messaging}")
        self.office = translate("ExportVCard", "Office: {office}")
        self._countries: dict[str, str] = {}

    def country(self, code: str) -> str:
        name = self._countries.get(code)
        if name is None:
            name = self._countries[code] = country_name(code)
        return name

    def note(self, languages: list[str], messaging: list[str], office: str, notes: str) -> str:
        """The ``NOTE``, as :func:`_note` writes it."""
        lines = []
        if languages:
            lines.append(self.languages.format(languages=", ".join(languages)))
        if messaging:
            lines.append(self.messaging.format(messaging="; ".join(messaging)))
        if office:
            lines.append(self.office.format(office=office))
        notes = notes.strip()
        if notes:
            if lines:
                lines.append("")
            lines.append(notes)
        return "\n".join(lines)


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
    """The vCard 3.0 of ``contact`` (``organization`` and ``office``: their names) as a
    vobject component: what :func:`card_text` must write, byte for byte (the exports
    themselves use :func:`card_text`; this is the reference the tests compare it with).

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


def card_text(contact: Contact, organization: str = "", office: str = "") -> str:
    """The vCard 3.0 of ``contact`` as text: ``contact_card(contact, organization,
    office).serialize()``, written directly."""
    return _card(
        _Words(),
        str(contact.id),
        contact.updated_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        (
            contact.title,
            contact.given_name,
            contact.family_name,
            contact.name_native,
            contact.family_name_first,
            contact.position,
            contact.city,
            contact.country,
            contact.notes,
        ),
        (contact.emails, contact.phones, contact.messaging, contact.languages),
        organization,
        office,
    )


def _card(
    words: _Words,
    uid: str,
    rev: str,
    texts: tuple[Any, ...],
    lists: tuple[list[str], ...],
    organization: str,
    office: str,
) -> str:
    """One card's text (see :func:`card_text`); ``texts`` are the contact's columns in
    :data:`_TEXTS` order, ``lists`` its e-mails, phones, messaging and languages.

    vobject's order: ``VERSION`` and ``UID`` first, then the other properties sorted by
    name, several ``EMAIL``/``TEL`` in the contact's order."""
    title, given_name, family_name, name_native, family_first, position, city, country, notes = (
        texts
    )
    emails, phones, messaging, languages = lists
    family = export_text(family_name).strip()
    given = export_text(given_name).strip()
    native = export_text(name_native).strip()
    if not family and not given:
        family = native
    lines = ["BEGIN:VCARD", "VERSION:3.0", "UID:" + escape(uid)]
    if city or country:
        city, country = escape(export_text(city)), escape(words.country(country))
        lines.append(f"ADR;TYPE=WORK:;;;{city};;;{country}")
    lines += ["EMAIL;TYPE=INTERNET:" + escape(export_text(a)) for a in emails]
    name = person_name(given_name, family_name, name_native, family_first, title)
    lines.append("FN:" + escape(export_text(name)))
    prefix = " ".join(export_text(title).split())
    lines.append(f"N:{escape(family)};{escape(given)};;{escape(prefix)};")
    note = export_text(words.note(languages, messaging, office, notes))
    if note:
        lines.append("NOTE:" + escape(note))
    organization = export_text(organization)
    if organization:
        lines.append("ORG:" + escape(organization))
    lines.append("REV:" + escape(rev))
    lines += ["TEL;TYPE=WORK,VOICE:" + escape(export_text(n)) for n in phones]
    position = export_text(position).strip()
    if position:
        lines.append("TITLE:" + escape(position))
    if native:
        lines.append("X-NATIVE-NAME:" + escape(native))
    lines.append("END:VCARD\r\n")
    return fold_lines(lines)


#: The text columns :func:`_card` reads, in its order.
_TEXTS = (
    "title",
    "given_name",
    "family_name",
    "name_native",
    "family_name_first",
    "position",
    "city",
    "country",
    "notes",
)
_LISTS = ("emails", "phones", "messaging", "languages")


def _cards(store: Store, keys: list[str], words: _Words) -> Iterator[tuple[str, int, int]]:
    """The cards of the live contacts among ``keys`` (hex ids), in that order, a chunk
    at a time: (text, cards in it, ids covered)."""
    table = Contact.__table__  # type: ignore[attr-defined]
    c = table.c
    columns = [
        raw(c.id),
        raw(c.updated_at),
        raw(c.organization_id),
        raw(c.office_id),
        *[c[name] for name in _TEXTS],
        *[raw(c[name]) for name in _LISTS],
    ]
    lists = slice(4 + len(_TEXTS), None)
    with store.engine.connect() as conn:
        organizations = live_names(conn, Organization)
        offices = live_names(conn, Office)
        for start in range(0, len(keys), CHUNK):
            chunk = keys[start : start + CHUNK]
            statement = sa_select(*columns).where(raw(c.id).in_(chunk), c.deleted_at.is_(None))
            found = {r[0]: r for r in conn.execute(statement)}
            cards = [
                _card(
                    words,
                    id_text(r[0]),
                    vcard_timestamp(r[1]),
                    r[4 : 4 + len(_TEXTS)],
                    tuple(string_list(v) for v in r[lists]),
                    organizations.get(r[2], "") if r[2] else "",
                    offices.get(r[3], "") if r[3] else "",
                )
                for r in (found.get(k) for k in chunk)
                if r is not None
            ]
            yield "".join(cards), len(cards), len(chunk)


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
    keys = (
        [i.hex for i in contact_ids]
        if contact_ids is not None
        else id_keys(store, ListQuery("contact"))
    )
    total = len(keys)
    if progress is not None:
        progress(0, total)
    written = done = 0
    with (
        replaced_on_success(Path(path)) as target,
        open(target, "w", encoding="utf-8", newline="") as handle,
    ):
        for text, cards, covered in _cards(store, keys, _Words()):
            handle.write(text)
            written += cards
            done += covered
            if progress is not None:
                progress(done, total)
    return written

"""The vCard export's own serializer against vobject, byte for byte.

:func:`office_desk.core.export_vcard.card_text` writes the card as text, and
:func:`~office_desk.core.export_vcard.export_vcards` reads the contacts with plain SQL;
the files must be exactly what vobject wrote for the component
:func:`~office_desk.core.export_vcard.contact_card` builds from the ORM's contacts (the
export's former way). Compared on hostile text (line breaks of every kind, escapes,
control characters, CJK, umlauts, emoji, lines that look like properties, long text
folded across multi-byte characters) and on text Hypothesis makes up; and the file
read back with vobject gives the values stored.
"""

from __future__ import annotations

import itertools
import json
import sqlite3
from contextlib import closing
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
import vobject
from hypothesis import example, given
from hypothesis import strategies as st
from sqlmodel import select

from office_desk.core import listing
from office_desk.core.export_rows import string_list, vcard_timestamp
from office_desk.core.export_vcard import card_text, contact_card, export_vcards
from office_desk.core.listing import ListQuery
from office_desk.core.models import Contact, Office, Organization
from office_desk.core.services import records
from office_desk.core.store.column_types import StringList, UTCDateTime
from office_desk.core.store.database import Store, open_store
from office_desk.core.vcard_text import escape, fold
from tests.unit.user_text import profile_settings

#: Text that has broken vCard writers: escapes, every kind of line break, control
#: characters, text that reads as a property line or a formula, CJK, umlauts, emoji
#: (4 octets, and joined sequences), bidi controls (removed by the export), a BOM.
HOSTILE = (
    "",
    " ",
    "Müller; Jürgen, Dr.",
    "张伟，济南市；山东",
    "back\\slash \\n \\N \\, \\;",
    "semi;colon,comma:colon",
    "line\nbreak",
    "windows\r\nbreak",
    "old mac\rbreak",
    "\n\r\n\r\n\n\r",
    "tab\there\x00nul\x01\x0b\x0c\x1c\x1f\x7f",
    "\x85next line\u2028line sep\u2029para",
    "END:VCARD\r\nBEGIN:VCARD\r\nFN:Mallory",
    "=cmd|' /C calc'!A0",
    "+SUM(A1)",
    "@cmd",
    "😀👩‍👩‍👧🇩🇪",
    "\u202eevil\u202c \u2066isolate\u2069",
    "\ufeffBOM first",
    '"quoted" ^caret^',
    "Ä" * 80,
    "张" * 70,
    "😀" * 40,
    "x" * 500,
    "a" * 73 + "ü" + "b" * 73 + "张" + "c" * 73 + "😀" + "d" * 10,
    "\\" * 90,
)

_EMAILS = ("a@example.org", "o'neil+tag@exämple.de", "张伟@例子.中国", "x,y;z@example.com")


def _contact(i: int, text: str) -> Contact:
    """The ``i``-th contact with ``text`` in every text field (in turns, so each field
    gets each text with different neighbours)."""
    other = HOSTILE[(i * 7 + 3) % len(HOSTILE)]
    return Contact(
        title=text[:40] if i % 3 == 0 else other[:40],
        given_name=(text if i % 2 else other)[:120] or "G",
        family_name=(other if i % 2 else text)[:120],
        name_native=(text if i % 4 == 1 else "")[:120],
        family_name_first=i % 5 == 0,
        position=text[:200],
        city=other[:120],
        country=("", "DE", "CN", "HU", "AT")[i % 5],
        emails=list(_EMAILS[: i % 4]),
        phones=[text, other] if i % 3 else [],
        messaging=[f"WeChat: {text}"] if i % 2 else [],
        languages=["de", text] if i % 3 == 1 else [],
        notes=text + other,
    )


@pytest.mark.parametrize("text", HOSTILE)
def test_card_text_is_vobjects_text(text: str) -> None:
    for i in range(10):
        contact = _contact(i, text)
        organization, office = (text, HOSTILE[i]) if i % 2 else ("", text)
        expected = contact_card(contact, organization, office).serialize()
        assert card_text(contact, organization, office) == expected


def test_folding_at_every_position_of_multi_byte_characters() -> None:
    """A 2-, 3- or 4-octet character (or an escape) at each position across the
    75-octet limits of the first and the next lines, in lines just under, at and over
    75 characters."""
    for wide, at in itertools.product(("ü", "张", "😀", "\\", ","), range(50, 160)):
        for tail in (2, 20):
            text = "n" * at + wide + "m" * tail
            contact = Contact(given_name="G", family_name="F", notes=text, position=text)
            assert card_text(contact) == contact_card(contact).serialize()


_CHARACTERS = st.characters(exclude_categories=("Cs",))  # no lone surrogates: not UTF-8
_PIECES = st.sampled_from(
    [p for p in HOSTILE if len(p) < 60] + [";", ",", "\\", ":", "\r", "\n", "^", "\t", "张"]
)
#: Text of generated characters and hostile pieces, sometimes long (folded).
TEXT = st.lists(
    st.one_of(
        _PIECES,
        st.text(_CHARACTERS, max_size=12),
        st.text(st.sampled_from("aü张😀;\\,\n"), min_size=40, max_size=160),
    ),
    max_size=6,
).map("".join)
_MOMENTS = st.datetimes(
    min_value=datetime(1, 1, 2),
    max_value=datetime(9999, 12, 30),
    timezones=st.sampled_from([UTC, timezone(timedelta(hours=8)), timezone(-timedelta(hours=5))]),
)


@profile_settings()
@given(
    st.builds(
        Contact,
        title=TEXT,
        given_name=TEXT,
        family_name=TEXT,
        name_native=TEXT,
        family_name_first=st.booleans(),
        position=TEXT,
        city=TEXT,
        country=st.sampled_from(["", "DE", "CN", "AT", "ZZ"]),
        emails=st.lists(TEXT, max_size=3),
        phones=st.lists(TEXT, max_size=3),
        messaging=st.lists(TEXT, max_size=2),
        languages=st.lists(TEXT, max_size=2),
        notes=TEXT,
        updated_at=_MOMENTS,
    ),
    TEXT,
    TEXT,
)
def test_generated_contacts_byte_for_byte(contact: Contact, organization: str, office: str) -> None:
    assert card_text(contact, organization, office) == (
        contact_card(contact, organization, office).serialize()
    )


@profile_settings()
@given(TEXT)
@example("x" * 74)
@example("x" * 75)
@example("ü" * 74)
def test_escape_and_fold_are_vobjects(text: str) -> None:
    assert escape(text) == vobject.base.backslashEscape(text)
    line = "NOTE:" + escape(text)
    buffer = vobject.base.six.StringIO()
    vobject.base.foldOneLine(buffer, line)
    assert fold(line) + "\r\n" == buffer.getvalue()


# --------------------------------------------------------------------------- stored rows


@profile_settings()
@given(
    st.one_of(
        st.lists(TEXT, max_size=4).map(lambda items: StringList().process_bind_param(items, None)),
        st.lists(TEXT, max_size=4).map(json.dumps),
        TEXT,
    )
)
@example('["a","b"]')  # no space after the comma: not the app's own form
@example('["a", "b\\"c"]')
@example('"just a string"')
@example("[1, 2.5, null]")
@example("not json")
@example('["]')
@example('[""]')
@example('["tab\there"]')  # a raw control character: invalid JSON
def test_stored_lists_read_as_the_model_reads_them(stored: str) -> None:
    assert string_list(stored) == StringList().process_result_value(stored, None)


@profile_settings()
@given(_MOMENTS)
def test_stored_timestamps_give_the_rev_vobject_wrote(moment: datetime) -> None:
    stored = UTCDateTime().process_bind_param(moment, None)
    assert stored is not None
    parsed = UTCDateTime().process_result_value(stored, None)
    assert parsed is not None
    assert vcard_timestamp(stored) == parsed.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


# --------------------------------------------------------------------------- whole files


def _former_export(store: Store) -> str:
    """The file the export wrote before it had its own serializer: the ORM's contacts,
    in the list's order, each through vobject."""
    out = []
    with store.session() as session:
        organizations = {o.id: o.name for o in session.exec(select(Organization)).all()}
        offices = {o.id: o.name for o in session.exec(select(Office)).all()}
        for key in listing.ids(store, ListQuery("contact")):
            contact = session.exec(select(Contact).where(Contact.id == key)).one()
            organization = organizations.get(contact.organization_id, "")  # type: ignore[arg-type]
            office = offices.get(contact.office_id, "")  # type: ignore[arg-type]
            out.append(contact_card(contact, organization, office).serialize())
    return "".join(out)


def _hostile_store(path: Path) -> Store:
    store = open_store(path, create=True)
    with store.write() as session:
        offices = [Office(name=t.strip() or "O", country="DE") for t in HOSTILE[1:8]]
        organizations = [Organization(name=t[:200].strip() or "Org") for t in HOSTILE[1:]]
        session.add_all([*offices, *organizations])
        session.flush()
        for i, text in enumerate(HOSTILE * 8):
            contact = _contact(i, text)
            contact.emails = list(_EMAILS[: i % 4])
            contact.organization_id = organizations[i % len(organizations)].id if i % 3 else None
            contact.office_id = offices[i % len(offices)].id if i % 4 else None
            session.add(contact)
    records.delete(store, Organization, [organizations[1].id])  # its contacts: no ORG
    return store


def test_hostile_store_exports_what_vobject_wrote(tmp_path: Path) -> None:
    with closing(_hostile_store(tmp_path / "hostile.sqlite")) as store:
        expected = _former_export(store)
        path = tmp_path / "all.vcf"
        assert export_vcards(store, None, path) == len(HOSTILE) * 8
    assert path.read_bytes() == expected.encode("utf-8")


def test_rows_written_by_other_programs_export_as_before(tmp_path: Path) -> None:
    """Stored text the app itself never writes (lists as other JSON, timestamps with
    other offsets, without one or before the year 1000): read as the model reads it."""
    with closing(open_store(tmp_path / "odd.sqlite", create=True)) as store:
        people = [
            records.add(store, Contact(given_name=f"P{i}", family_name="Q")) for i in range(6)
        ]
    odd = [
        ('["a@x.de","b@y.de"]', "2026-05-01T10:00:00+02:00"),
        ('"single@x.de"', "2026-05-01 10:00:00"),
        ("not json", "0999-01-02T03:04:05.000006+00:00"),
        ("[1, 2.5]", "2026-12-31T23:59:59.999999-05:00"),
        ('["tab\there"]', "2026-01-01T00:00:00+00:00"),
        ('["q\\"uote", "\\u00fc"]', "2026-01-01T00:00:00.000000+00:00"),
    ]
    with closing(sqlite3.connect(tmp_path / "odd.sqlite")) as conn:
        for person, (emails, stamp) in zip(people, odd, strict=True):
            conn.execute(
                "UPDATE contact SET emails = ?, phones = ?, updated_at = ? WHERE id = ?",
                (emails, emails, stamp, person.id.hex),
            )
        conn.commit()
    with closing(open_store(tmp_path / "odd.sqlite")) as store:
        expected = _former_export(store)
        assert export_vcards(store, None, tmp_path / "odd.vcf") == len(people)
    assert (tmp_path / "odd.vcf").read_bytes() == expected.encode("utf-8")


def _read_back(text: str) -> str:
    """What a reader gets back of a stored text: line breaks as "\\n", no bidi controls."""
    from office_desk.core.text_safety import export_text

    return export_text(text).replace("\r\n", "\n").replace("\r", "\n")


def test_file_reads_back_to_the_stored_values(tmp_path: Path) -> None:
    with closing(_hostile_store(tmp_path / "hostile.sqlite")) as store:
        export_vcards(store, None, tmp_path / "all.vcf")
        with store.session() as session:
            stored = {str(c.id): c for c in session.exec(select(Contact)).all()}
    cards = list(vobject.readComponents((tmp_path / "all.vcf").read_text(encoding="utf-8")))
    assert len(cards) == len(stored)
    for card in cards:
        contact = stored[card.uid.value]
        assert card.fn.value == _read_back(contact.display_name)
        assert card.n.value.given == _read_back(contact.given_name.strip())
        assert [e.value for e in card.contents.get("email", [])] == contact.emails
        assert [t.value for t in card.contents.get("tel", [])] == [
            _read_back(p) for p in contact.phones
        ]
        if contact.position.strip():
            assert card.title.value == _read_back(contact.position.strip())
        assert card.note.value.endswith(_read_back(contact.notes.strip()))
        assert card.rev.value == contact.updated_at.strftime("%Y-%m-%dT%H:%M:%SZ")

"""The record editor's rules, in real editor dialogs over the sample network: no
country chosen for the user, places far outside the country questioned, coordinates
found anywhere, web addresses and languages read as kept, likely duplicates warned
about with the existing contact one click away, and fields that stay where they are
when a message appears."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlmodel import select

from office_desk.core import kinds
from office_desk.core.models import Contact, Office
from office_desk.core.services import records
from office_desk.ui.duplicate_warning import DuplicateWarning
from office_desk.ui.main_window import MainWindow
from office_desk.ui.record_editor import RecordEditor

JINAN = (36.6512, 117.1201)
DRESDEN = (51.0504, 13.7373)


#: Which test a dialog handler belongs to: one still waiting when its test ends stops.
_TEST_NUMBER = [0]


@pytest.fixture(autouse=True)
def _discard_open_editors(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Editors these tests leave open with changes are discarded when pytest-qt closes
    the window (which happens before any fixture's teardown), instead of asking."""

    def discard(window: MainWindow) -> bool:
        _TEST_NUMBER[0] += 1
        for editor in window.findChildren(RecordEditor):
            editor.done(0)
        return True

    monkeypatch.setattr(MainWindow, "settle_open_editors", discard)
    yield
    _TEST_NUMBER[0] += 1


def _editor(window: MainWindow, kind: str, record_id: uuid.UUID | None = None) -> RecordEditor:
    assert window.context is not None
    editor = RecordEditor(window.context, kind, record_id, parent=window)
    editor.resize(640, 700)
    editor.show()
    return editor


def _fields(editor: RecordEditor) -> dict[tuple[str, ...], Any]:
    return {row.fields: field for row, field in editor.fields.items()}


def _problem(editor: RecordEditor, name: str) -> str:
    row = next(r for r in editor.fields if name in r.fields)
    label = editor.error_labels[row]
    return label.text() if label.isVisibleTo(editor) else ""


def _when_modal(act: Callable[[QWidget], None], tries: int = 200) -> list[QWidget]:
    """Run ``act`` on the next modal dialog once it is shown (from inside its exec());
    the dialogs acted on are listed in the result."""
    seen: list[QWidget] = []
    test = _TEST_NUMBER[0]

    def look(left: int) -> None:
        if _TEST_NUMBER[0] != test:
            return
        modal = QApplication.activeModalWidget()
        if modal is not None and modal not in seen and modal.isVisible():
            seen.append(modal)
            act(modal)
        elif left:
            QTimer.singleShot(10, lambda: look(left - 1))

    QTimer.singleShot(0, lambda: look(tries))
    return seen


def _click(text: str) -> Callable[[QWidget], None]:
    def act(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        (button,) = [b for b in box.buttons() if b.text() == text]
        button.click()

    return act


def _saved(window: MainWindow, kind: str, record_id: uuid.UUID | None) -> Any:
    assert window.context is not None and record_id is not None
    return records.get(window.context.store, kinds.get(kind).model, record_id)


# --------------------------------------------------------------------------- 1. country


def test_a_new_office_has_no_country_until_one_is_chosen(window: MainWindow) -> None:
    editor = _editor(window, "office")
    fields = _fields(editor)
    assert fields[("country",)].value() == ""
    assert fields[("country",)].combo.currentText() == "—"
    fields[("name",)].widget.setText("Leipzig Office")
    assert "a country is required" in _problem(editor, "country")
    assert not editor.save_button.isEnabled()
    fields[("country",)].set_value("DE")
    assert _problem(editor, "country") == "" and editor.save_button.isEnabled()
    editor.save()
    assert _saved(window, "office", editor.saved_id).country == "DE"


def test_a_new_office_takes_the_default_offices_country(window: MainWindow) -> None:
    from office_desk.ui import settings

    assert window.context is not None
    with window.context.store.session() as session:
        jinan = session.exec(select(Office).where(Office.country == "CN")).first()
    assert jinan is not None
    settings.put(settings.DEFAULT_OFFICE, str(jinan.id))
    editor = _editor(window, "office")
    assert _fields(editor)[("country",)].value() == "CN"
    assert not editor.has_changes()  # a default, not a change to be discarded
    records.delete(window.context.store, Office, [jinan.id])
    assert _fields(_editor(window, "office"))[("country",)].value() == ""


@pytest.mark.parametrize("kind", ["organization", "contact", "project", "event"])
def test_new_records_belong_to_the_default_office(window: MainWindow, kind: str) -> None:
    """Settings > Default office is 'preselected in new records', as Settings says;
    without one, the office stays empty (no first-of-the-list default)."""
    from office_desk.ui import settings

    assert window.context is not None
    with window.context.store.session() as session:
        munich = session.exec(select(Office).where(Office.city == "Munich")).first()
    assert munich is not None
    assert _fields(_editor(window, kind))[("office_id",)].value() is None
    settings.put(settings.DEFAULT_OFFICE, str(munich.id))
    editor = _editor(window, kind)
    assert _fields(editor)[("office_id",)].value() == munich.id
    assert not editor.has_changes()


def _fill(editor: RecordEditor, kind: str) -> None:
    fields = _fields(editor)
    fields[("title",) if kind == "event" else ("name",)].widget.setText("Leipzig test")
    fields[("country",)].set_value("DE")


@pytest.mark.parametrize("kind", ["office", "organization", "event"])
def test_a_place_far_outside_the_country_is_questioned_before_saving(
    window: MainWindow, kind: str
) -> None:
    editor = _editor(window, kind)
    _fill(editor, kind)
    _fields(editor)[("latitude", "longitude")].set_value(JINAN)  # Jinan, "in Germany"
    assert editor.save_button.isEnabled()  # a question, not an error
    assert editor.place_notice.isVisibleTo(editor) and "Germany" in editor.place_notice.text()

    asked = _when_modal(_click("Go back and correct"))
    editor.save()
    assert len(asked) == 1 and "Germany" in asked[0].text()  # type: ignore[attr-defined]
    assert editor.saved_id is None and editor.isVisible()

    asked = _when_modal(_click("Save anyway"))
    editor.save()
    assert len(asked) == 1
    saved = _saved(window, kind, editor.saved_id)
    assert (saved.latitude, saved.longitude) == JINAN


@pytest.mark.parametrize("kind", ["office", "organization", "event"])
def test_a_place_inside_the_country_is_saved_without_a_question(
    window: MainWindow, kind: str
) -> None:
    editor = _editor(window, kind)
    _fill(editor, kind)
    _fields(editor)[("latitude", "longitude")].set_value(DRESDEN)
    assert not editor.place_notice.isVisibleTo(editor)
    asked = _when_modal(lambda box: box.close(), tries=0)
    editor.save()
    assert asked == [] and editor.saved_id is not None


def test_a_place_kept_unchanged_is_not_asked_about_again(window: MainWindow) -> None:
    first = _editor(window, "organization")
    _fill(first, "organization")
    _fields(first)[("latitude", "longitude")].set_value(JINAN)
    _when_modal(_click("Save anyway"))
    first.save()
    assert first.saved_id is not None
    again = _editor(window, "organization", first.saved_id)
    assert not again.place_notice.isVisibleTo(again)
    _fields(again)[("sector",)].widget.setText("logistics")
    asked = _when_modal(lambda box: box.close(), tries=0)
    again.save()
    assert asked == [] and _saved(window, "organization", first.saved_id).sector == "logistics"


# --------------------------------------------------------------------------- 2. places


def _look_up(
    qtbot: QtBot, editor: RecordEditor, monkeypatch: pytest.MonkeyPatch
) -> list[list[str]]:
    offered: list[list[str]] = []
    told: list[str] = []

    def get_item(parent, title, label, items, current, editable):  # type: ignore[no-untyped-def]
        offered.append(list(items))
        return items[0], True

    monkeypatch.setattr(QInputDialog, "getItem", get_item)
    monkeypatch.setattr(
        QMessageBox, "information", lambda *args, **kwargs: told.append(str(args[2]))
    )
    editor.look_up_place()
    qtbot.waitUntil(lambda: bool(offered or told), timeout=20000)
    assert told == []
    return offered


@pytest.mark.parametrize("german_office", [False, True])
def test_find_coordinates_looks_beyond_the_investors_country(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, german_office: bool
) -> None:
    editor = _editor(window, "project")
    fields = _fields(editor)
    fields[("title",)].widget.setText("R&D centre in Jinan")
    fields[("source_country",)].set_value("DE")  # Investor from: Germany
    fields[("destination",)].widget.setText("Jinan")
    if german_office:  # facilitated from Germany: its places come first, not only
        assert window.context is not None
        with window.context.store.session() as session:
            office = session.exec(select(Office).where(Office.country == "DE")).first()
        assert office is not None
        fields[("office_id",)].set_value(office.id)
    (offered,) = _look_up(qtbot, editor, monkeypatch)
    assert offered[0].startswith("Jinan, China")
    lat, lon = fields[("latitude", "longitude")].value()
    assert abs(lat - JINAN[0]) < 0.2 and abs(lon - JINAN[1]) < 0.2


def test_find_coordinates_offers_the_records_country_first(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = _editor(window, "organization")
    fields = _fields(editor)
    fields[("name",)].widget.setText("Texas Partner")
    fields[("country",)].set_value("US")
    fields[("city",)].widget.setText("Paris")
    (offered,) = _look_up(qtbot, editor, monkeypatch)
    assert "United States" in offered[0]
    assert any("France" in place for place in offered)  # still offered, after


# --------------------------------------------------------------------------- 3. typing


def test_a_website_must_be_a_web_address_and_is_kept_in_one_form(window: MainWindow) -> None:
    editor = _editor(window, "organization")
    fields = _fields(editor)
    fields[("name",)].widget.setText("Stadt Leipzig")
    website = fields[("website",)]
    website.widget.setText("www leipzig de")
    assert "not a web address" in _problem(editor, "website")
    assert not editor.save_button.isEnabled()
    editor.save()
    assert editor.saved_id is None
    website.widget.setText("www.leipzig.de")
    assert _problem(editor, "website") == "" and editor.save_button.isEnabled()
    website.widget.editingFinished.emit()  # leaving the field shows the stored form
    assert website.widget.text() == "https://www.leipzig.de"
    editor.save()
    assert _saved(window, "organization", editor.saved_id).website == "https://www.leipzig.de"


def test_languages_typed_on_one_line_are_kept_as_a_list(window: MainWindow) -> None:
    editor = _editor(window, "contact")
    fields = _fields(editor)
    fields[("given_name",)].widget.setText("Xiaoming")
    fields[("family_name",)].widget.setText("Li")
    fields[("languages",)].rows[0].setText("zh, de; EN")
    editor.save()
    assert _saved(window, "contact", editor.saved_id).languages == ["zh", "de", "en"]


# --------------------------------------------------------------------------- 4. duplicates


def _zhang(window: MainWindow) -> Contact:
    assert window.context is not None
    with window.context.store.session() as session:
        return session.exec(select(Contact).where(Contact.name_native == "张伟")).one()


def _contact_count(window: MainWindow) -> int:
    assert window.context is not None
    return records.count(window.context.store, Contact)


def _new_wei_zhang(window: MainWindow) -> RecordEditor:
    editor = _editor(window, "contact")
    fields = _fields(editor)
    fields[("name_native",)].widget.setText("张伟")  # the sample has Wei Zhang (张伟)
    return editor


def test_a_likely_duplicate_is_warned_about_and_go_back_keeps_the_form(window: MainWindow) -> None:
    before = _contact_count(window)
    editor = _new_wei_zhang(window)
    shown = _when_modal(lambda dialog: dialog.back_button.click())  # type: ignore[attr-defined]
    editor.save()
    assert len(shown) == 1 and isinstance(shown[0], DuplicateWarning)
    assert list(shown[0].open_buttons) == [_zhang(window).id]
    assert editor.saved_id is None and editor.isVisible()
    assert _fields(editor)[("name_native",)].value() == "张伟"
    assert _contact_count(window) == before


def test_the_existing_record_is_one_click_away(window: MainWindow) -> None:
    assert window.context is not None
    zhang = _zhang(window)
    opened: list[tuple[str, object]] = []
    window.context.open_record.connect(lambda kind, rid: opened.append((kind, rid)))
    then: list[list[QWidget]] = []

    def open_it(dialog: QWidget) -> None:
        assert isinstance(dialog, DuplicateWarning)
        then.append(_when_modal(lambda other: other.reject()))  # type: ignore[attr-defined]
        dialog.open_buttons[zhang.id].click()

    editor = _new_wei_zhang(window)
    shown = _when_modal(open_it)
    editor.save()  # warns, and the user opens the existing contact
    assert len(shown) == 1 and opened == [("contact", zhang.id)]
    (existing,) = then
    assert len(existing) == 1 and isinstance(existing[0], RecordEditor)
    assert existing[0].record_id == zhang.id
    assert editor.saved_id is None and editor.isVisible()  # the new form is still there


def test_a_genuine_namesake_can_still_be_saved(window: MainWindow) -> None:
    before = _contact_count(window)
    editor = _new_wei_zhang(window)
    shown = _when_modal(lambda dialog: dialog.save_button.click())  # type: ignore[attr-defined]
    editor.save()
    assert len(shown) == 1 and editor.saved_id is not None
    assert _contact_count(window) == before + 1


@pytest.mark.parametrize(
    "typed",
    [
        {("given_name",): "Juergen", ("family_name",): "Mueller"},  # + the same organization
        {("given_name",): "Someone", ("emails",): "J.MUELLER@example.org"},
    ],
)
def test_mueller_by_name_in_his_organization_or_by_email(
    window: MainWindow, typed: dict[tuple[str, ...], str]
) -> None:
    assert window.context is not None
    with window.context.store.session() as session:
        mueller = session.exec(select(Contact).where(Contact.family_name == "Müller")).one()
    editor = _editor(window, "contact")
    fields = _fields(editor)
    for names, text in typed.items():
        field = fields[names]
        (field.rows[0] if names == ("emails",) else field.widget).setText(text)
    if ("family_name",) in typed:
        fields[("organization_id",)].set_value(mueller.organization_id)
    shown = _when_modal(lambda dialog: dialog.back_button.click())  # type: ignore[attr-defined]
    editor.save()
    assert len(shown) == 1 and list(shown[0].open_buttons) == [mueller.id]  # type: ignore[attr-defined]


def test_editing_a_contact_is_not_a_duplicate_of_itself(window: MainWindow) -> None:
    zhang = _zhang(window)
    editor = _editor(window, "contact", zhang.id)
    _fields(editor)[("position",)].widget.setText("Head of Liaison")
    asked = _when_modal(lambda box: box.close(), tries=0)
    editor.save()
    assert asked == [] and _saved(window, "contact", zhang.id).position == "Head of Liaison"


# --------------------------------------------------------------------------- 5. layout


def _positions(editor: RecordEditor) -> dict[str, QPoint]:
    QApplication.processEvents()
    editor.layout().activate()
    QApplication.processEvents()
    found = {}
    for row, field in editor.fields.items():
        found["/".join(row.fields)] = field.widget.mapTo(editor, QPoint(0, 0))
    found["save"] = editor.save_button.mapTo(editor, QPoint(0, 0))
    return found


@pytest.mark.parametrize(
    ("kind", "make_bad"),
    [
        ("contact", lambda f: f[("emails",)].rows[0].setText("li.xiaoming@")),
        ("office", lambda f: f[("website",)].widget.setText("www leipzig de")),
        (
            "project",
            lambda f: (
                f[("amount", "currency")].amount.setText("12x"),
                f[("latitude", "longitude")].lat.edit.setText("123"),
                f[("latitude", "longitude")].lon.edit.setText("10"),
            ),
        ),
    ],
)
def test_fields_do_not_move_when_a_message_appears(
    window: MainWindow, kind: str, make_bad: Callable[[dict], object]
) -> None:
    editor = _editor(window, kind)
    fields = _fields(editor)
    title = ("title",) if kind == "project" else ("name",) if kind == "office" else ("given_name",)
    fields[title].widget.setText("Something")
    if kind == "office":
        fields[("country",)].set_value("DE")
    assert editor.save_button.isEnabled()
    before = _positions(editor)
    make_bad(fields)
    assert not editor.save_button.isEnabled()
    shown = [label.text() for label in editor.error_labels.values() if label.isVisibleTo(editor)]
    assert shown  # the message is there...
    assert _positions(editor) == before  # ...and nothing moved for it


# ------------------------------------------------------------------ signed, but no date


def test_a_signed_project_without_a_signing_date_is_questioned(window: MainWindow) -> None:
    """Period reports count projects by signing date: the editor asks before saving a
    signed project without one (as the board does when a card moves to Signed)."""
    editor = _editor(window, "project")
    fields = _fields(editor)
    fields[("title",)].widget.setText("Leipzig sensor plant")
    fields[("stage",)].set_value("signed")
    seen = _when_modal(_click("Go back and enter the date"))
    editor.save()
    assert [box.objectName() for box in seen] == ["signing_date_question"]
    assert editor.saved_id is None and editor.isVisible()
    seen = _when_modal(_click("Save without a date"))
    editor.save()
    assert len(seen) == 1 and editor.saved_id is not None
    saved = _saved(window, "project", editor.saved_id)
    assert saved.stage == "signed" and saved.signed_on is None


def test_a_signed_project_with_its_date_is_saved_without_a_question(window: MainWindow) -> None:
    from datetime import date

    editor = _editor(window, "project")
    fields = _fields(editor)
    fields[("title",)].widget.setText("Leipzig sensor plant")
    fields[("stage",)].set_value("signed")
    fields[("signed_on",)].set_value(date(2025, 6, 3))
    seen = _when_modal(lambda box: box.close())
    editor.save()
    assert seen == [] and editor.saved_id is not None
    assert _saved(window, "project", editor.saved_id).signed_on == date(2025, 6, 3)

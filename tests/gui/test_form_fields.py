"""The editor's input fields driven with the keyboard, as a liaison officer uses them:
amounts and dates in German, English and Chinese, the partner finder, namesakes."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QComboBox, QLabel, QToolButton
from pytestqt.qtbot import QtBot
from sqlmodel import select

from office_desk.core import i18n
from office_desk.core.models import Contact, Office, Organization, Project
from office_desk.core.services import records
from office_desk.core.store.database import Store
from office_desk.ui.form_fields import (
    DateField,
    Field,
    FieldInputError,
    LinksField,
    MoneyField,
    NumberField,
    RecordField,
)
from office_desk.ui.main_window import MainWindow
from office_desk.ui.record_editor import RecordEditor

Editor = Callable[..., RecordEditor]
TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"


@pytest.fixture
def typing_in() -> Iterator[Callable[[str], None]]:
    """Set the language people type in, as start-up does (QLocale.setDefault)."""
    previous = QLocale()
    yield lambda name: QLocale.setDefault(QLocale(name))
    QLocale.setDefault(previous)


@pytest.fixture
def open_editor(qtbot: QtBot, window: MainWindow) -> Iterator[Editor]:
    """Open a record editor as the active window. Editors are closed without asking at
    the end (not parented to the main window, which would ask about their changes)."""
    opened: list[RecordEditor] = []

    def open_one(kind: str, record_id: uuid.UUID | None = None) -> RecordEditor:
        assert window.context is not None
        editor = RecordEditor(window.context, kind, record_id)
        opened.append(editor)
        editor.show()
        editor.activateWindow()
        qtbot.waitUntil(editor.isActiveWindow)
        return editor

    yield open_one
    for editor in opened:
        editor.done(0)
        editor.deleteLater()


def _field(editor: RecordEditor, *names: str) -> Any:
    return next(f for row, f in editor.fields.items() if row.fields == names)


def _error(editor: RecordEditor, *names: str) -> str:
    """The problem shown for a field (the editor may put the field's name before it)."""
    row = next(r for r in editor.fields if r.fields == names)
    label = editor.error_labels[row]
    return label.text() if label.isVisibleTo(editor) else ""


def _store(window: MainWindow) -> Store:
    assert window.context is not None
    return window.context.store


def _echo(field: Field) -> str:
    label = field.widget.findChild(QLabel, "typed_value")
    return label.text() if label is not None and label.isVisibleTo(field.widget) else ""


def _new_project(qtbot: QtBot, open_editor: Editor, title: str) -> RecordEditor:
    editor = open_editor("project")
    qtbot.keyClicks(_field(editor, "title").widget, title)
    return editor


def _saved_project(window: MainWindow, editor: RecordEditor) -> Project:
    editor.save()
    assert editor.saved_id is not None, editor.summary.text()
    return records.get(_store(window), Project, editor.saved_id)


# --------------------------------------------------------------------------- amounts


@pytest.mark.parametrize(
    ("typed", "saved", "shown"),
    [
        ("250.000", Decimal("250000"), "= 250.000,00 CNY"),
        ("2.500.000", Decimal("2500000"), "= 2.500.000,00 CNY"),
        ("2.500.000,50", Decimal("2500000.50"), "= 2.500.000,50 CNY"),
        ("250,5", Decimal("250.5"), "= 250,50 CNY"),
    ],
)
def test_german_amounts_are_saved_as_typed_and_shown_before_saving(
    qtbot: QtBot,
    window: MainWindow,
    open_editor: Editor,
    typing_in: Callable[[str], None],
    typed: str,
    saved: Decimal,
    shown: str,
) -> None:
    typing_in("de")
    editor = _new_project(qtbot, open_editor, "Werk in Jinan")
    money = _field(editor, "amount", "currency")
    qtbot.keyClicks(money.amount, typed)
    assert _echo(money) == shown
    assert editor.save_button.isEnabled()
    project = _saved_project(window, editor)
    assert (project.amount, project.currency) == (saved, "CNY")


@pytest.fixture
def ui_language(typing_in: Callable[[str], None]) -> Iterator[Callable[[str], None]]:
    """The whole UI in a language, as start-up sets it: Qt's default locale, the app's
    translation (what the German placeholder says) and the core's language."""
    installed: list[QTranslator] = []

    def use(name: str) -> None:
        typing_in(name)
        translator = QTranslator()
        if translator.load(str(TRANSLATIONS / f"office_desk_{name}.qm")):
            QCoreApplication.installTranslator(translator)
            installed.append(translator)
            i18n.install(QCoreApplication.translate, name)

    yield use
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
    i18n.install(None)


@pytest.mark.parametrize("language", ["de", "en", "zh_CN"])
def test_the_placeholder_example_is_accepted(
    qtbot: QtBot, ui_language: Callable[[str], None], language: str
) -> None:
    ui_language(language)
    money = MoneyField(None)  # type: ignore[arg-type]
    qtbot.addWidget(money.widget)
    example = re.search(r"\d[\d.,\s']*\d", money.amount.placeholderText())
    assert example is not None, money.amount.placeholderText()
    qtbot.keyClicks(money.amount, example.group(0))
    assert money.value()[0] == Decimal(12_000_000)


@pytest.mark.parametrize(
    ("language", "typed", "message"),
    [
        ("en", "250.000", "“250.000” is ambiguous: 250,000.00 or 250.00? Type 250000 or 250."),
        ("zh_CN", "250.000", "“250.000” is ambiguous: 250,000.00 or 250.00? Type 250000 or 250."),
        ("de", "250,000", "“250,000” is ambiguous: 250.000,00 or 250,00? Type 250000 or 250."),
        ("de", "2,500,000", "“2,500,000” is not an amount; write it like 2.500.000,50"),
        ("en", "2.500.000", "“2.500.000” is not an amount; write it like 2,500,000.50"),
    ],
)
def test_ambiguous_or_foreign_amounts_are_refused_with_a_message(
    qtbot: QtBot,
    open_editor: Editor,
    typing_in: Callable[[str], None],
    language: str,
    typed: str,
    message: str,
) -> None:
    typing_in(language)
    editor = _new_project(qtbot, open_editor, "Showroom")
    money = _field(editor, "amount", "currency")
    qtbot.keyClicks(money.amount, typed)
    assert message in _error(editor, "amount", "currency")
    assert _echo(money) == ""
    assert not editor.save_button.isEnabled()
    editor.save()
    assert editor.saved_id is None


def test_chinese_and_english_amounts(
    qtbot: QtBot, window: MainWindow, open_editor: Editor, typing_in: Callable[[str], None]
) -> None:
    typing_in("zh_CN")
    editor = _new_project(qtbot, open_editor, "Hydrogen plant")
    money = _field(editor, "amount", "currency")
    qtbot.keyClicks(money.amount, "2,500,000.50")
    assert _echo(money) == "= 2,500,000.50 CNY"
    assert _saved_project(window, editor).amount == Decimal("2500000.50")
    typing_in("en")
    editor = _new_project(qtbot, open_editor, "Logistics hub")
    qtbot.keyClicks(_field(editor, "amount", "currency").amount, "12,000,000")
    assert _saved_project(window, editor).amount == Decimal("12000000")


def test_stored_amounts_open_in_german_unchanged(
    qtbot: QtBot, window: MainWindow, open_editor: Editor, typing_in: Callable[[str], None]
) -> None:
    typing_in("de")
    with _store(window).session() as session:
        projects = list(session.exec(select(Project).where(Project.amount.is_not(None))))  # type: ignore[union-attr]
    assert projects
    for project in projects:
        editor = open_editor("project", project.id)
        money = _field(editor, "amount", "currency")
        assert "," in money.amount.text()  # German decimal comma: "47.964.000.000,00"
        assert money.value() == (project.amount, project.currency)
        assert not editor.has_changes() and editor.save_button.isEnabled()
        editor.done(0)


def test_jobs_in_german_thousands(
    qtbot: QtBot, window: MainWindow, open_editor: Editor, typing_in: Callable[[str], None]
) -> None:
    typing_in("de")
    editor = _new_project(qtbot, open_editor, "Battery plant")
    jobs = _field(editor, "jobs_created")
    assert isinstance(jobs, NumberField)
    qtbot.keyClicks(jobs.edit, "1.200")
    assert _echo(jobs) == "= 1.200"
    assert _saved_project(window, editor).jobs_created == 1200
    typing_in("en")
    editor = _new_project(qtbot, open_editor, "Second plant")
    qtbot.keyClicks(_field(editor, "jobs_created").edit, "1.000")
    assert "is ambiguous" in _error(editor, "jobs_created")


# --------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("language", "typed", "expected", "shown"),
    [
        ("de", "01.02.2026", date(2026, 2, 1), "01.02.2026"),
        ("de", "1.2.2026", date(2026, 2, 1), "01.02.2026"),
        ("de", "2026-01-02", date(2026, 1, 2), "02.01.2026"),
        ("en", "1/2/2026", date(2026, 1, 2), "1/2/2026"),  # month first, as QLocale("en")
        ("en", "2026-01-02", date(2026, 1, 2), "1/2/2026"),
        ("zh_CN", "2026/1/2", date(2026, 1, 2), "2026/1/2"),
        ("zh_CN", "2026-01-02", date(2026, 1, 2), "2026/1/2"),
    ],
)
def test_dates_are_typed_into_an_empty_field(
    qtbot: QtBot,
    window: MainWindow,
    open_editor: Editor,
    typing_in: Callable[[str], None],
    language: str,
    typed: str,
    expected: date,
    shown: str,
) -> None:
    typing_in(language)
    editor = _new_project(qtbot, open_editor, "Joint lab")
    signed = _field(editor, "signed_on")
    assert isinstance(signed, DateField) and signed.value() is None
    signed.edit.setFocus()
    qtbot.keyClicks(signed.edit, typed)
    assert signed.value() == expected
    assert _echo(signed) != ""  # the date written out, with its weekday
    qtbot.keyClick(signed.edit, Qt.Key.Key_Tab)  # on to the next field
    assert signed.edit.text() == shown
    assert _saved_project(window, editor).signed_on == expected


def test_an_empty_optional_date_stays_empty_and_can_be_cleared(
    qtbot: QtBot, window: MainWindow, open_editor: Editor, typing_in: Callable[[str], None]
) -> None:
    typing_in("de")
    editor = _new_project(qtbot, open_editor, "Kooperation")
    start = _field(editor, "start_on")
    qtbot.keyClicks(start.edit, "01.03.2026")
    assert start.value() == date(2026, 3, 1)
    qtbot.mouseClick(start.clear_button, Qt.MouseButton.LeftButton)
    assert start.edit.text() == "" and start.value() is None
    qtbot.keyClicks(start.edit, "02.03.2026")
    start.edit.selectAll()
    qtbot.keyClick(start.edit, Qt.Key.Key_Delete)  # emptied with the keyboard
    project = _saved_project(window, editor)
    assert (project.start_on, project.end_on, project.signed_on) == (None, None, None)


def test_the_calendar_opens_at_today_when_the_field_is_empty(
    qtbot: QtBot, open_editor: Editor, typing_in: Callable[[str], None]
) -> None:
    typing_in("de")
    editor = _new_project(qtbot, open_editor, "Messe")
    signed = _field(editor, "signed_on")
    signed.edit.setFocus()
    qtbot.keyClick(signed.edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = signed.calendar
    assert calendar is not None and calendar.isVisible()
    today = QDate.currentDate()
    assert calendar.selectedDate() == today
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())
    qtbot.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Right)  # tomorrow
    qtbot.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Return)
    assert not calendar.isVisible()
    assert signed.value() == date.today() + timedelta(days=1)
    # Opened again, it shows the date in the field.
    signed.set_value(date(2019, 5, 17))
    signed.calendar_action.trigger()
    assert calendar.selectedDate() == QDate(2019, 5, 17)
    assert (calendar.yearShown(), calendar.monthShown()) == (2019, 5)
    qtbot.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Escape)
    assert not calendar.isVisible() and signed.value() == date(2019, 5, 17)


@pytest.mark.parametrize(
    ("language", "typed", "message"),
    [
        (
            "de",
            "31.02.2026",
            "“31.02.2026” is not a possible date: check the day and the month "
            "(type it like 25.11.2026)",
        ),
        ("de", "1.2.26", "“1.2.26”: type the year with four digits, like 25.11.2026"),
        (
            "en",
            "13/13/2026",
            "“13/13/2026” is not a possible date: check the day and the month "
            "(type it like 11/25/2026)",
        ),
    ],
)
def test_an_impossible_date_is_refused_with_a_message_not_reverted(
    qtbot: QtBot,
    open_editor: Editor,
    typing_in: Callable[[str], None],
    language: str,
    typed: str,
    message: str,
) -> None:
    typing_in(language)
    editor = _new_project(qtbot, open_editor, "Delegation")
    signed = _field(editor, "signed_on")
    signed.edit.setFocus()
    qtbot.keyClicks(signed.edit, typed)
    qtbot.keyClick(signed.edit, Qt.Key.Key_Tab)
    assert signed.edit.text() == typed  # kept as typed, to be corrected
    with pytest.raises(FieldInputError):
        signed.value()
    assert message in _error(editor, "signed_on")
    assert not editor.save_button.isEnabled()


def test_a_required_date_says_so_when_emptied(
    qtbot: QtBot, open_editor: Editor, typing_in: Callable[[str], None]
) -> None:
    typing_in("de")
    editor = open_editor("event")
    starts = _field(editor, "starts_on")
    assert starts.value() == date.today() and not starts.clear_button.isVisibleTo(editor)
    starts.edit.selectAll()
    qtbot.keyClick(starts.edit, Qt.Key.Key_Delete)
    assert "a date is needed, e.g. 25.11.2026" in _error(editor, "starts_on")


# --------------------------------------------------------------------------- pickers


def _press(qtbot: QtBot, combo: QComboBox, key: Qt.Key) -> None:
    """A key as Qt delivers it: to the suggestion list while it is open (it grabs the
    keyboard), else to the box."""
    popup = combo.completer().popup()
    qtbot.keyClick(popup if popup.isVisible() else combo, key)


def _listed(links: LinksField) -> list[str]:
    return [links.list.item(i).text() for i in range(links.list.count())]


def _suggestions(combo: QComboBox) -> list[str]:
    completer = combo.completer()
    model = completer.completionModel()
    if not completer.popup().isVisible():
        return []
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def _add_button(links: LinksField) -> QToolButton:
    return next(b for b in links.widget.findChildren(QToolButton) if b.toolTip() == links.texts.add)


def _organization_id(window: MainWindow, name: str) -> uuid.UUID:
    with _store(window).session() as session:
        found = session.exec(select(Organization.id).where(Organization.name == name)).one()
    return found


def test_return_adds_the_chosen_partner_and_empties_the_finder(
    qtbot: QtBot, window: MainWindow, open_editor: Editor
) -> None:
    donau = _organization_id(window, "Donau Medizintechnik GmbH")
    kreuzchor = _organization_id(window, "Dresdner Kreuzchor")
    editor = _new_project(qtbot, open_editor, "Medical devices")
    partners = _field(editor, "@partners")
    finder = partners.picker
    finder.setFocus()
    qtbot.keyClicks(finder, "Donau")
    assert len(_suggestions(finder)) == 1
    _press(qtbot, finder, Qt.Key.Key_Down)
    _press(qtbot, finder, Qt.Key.Key_Return)
    assert [record_id for record_id, _role in partners.value()] == [donau]
    assert finder.currentText() == "" and finder.currentIndex() == -1
    # Nothing left in the box: neither + nor Return adds anything more.
    qtbot.mouseClick(_add_button(partners), Qt.MouseButton.LeftButton)
    _press(qtbot, finder, Qt.Key.Key_Return)
    assert [record_id for record_id, _role in partners.value()] == [donau]
    assert editor.isVisible() and editor.saved_id is None  # Return did not save the dialog
    # Typed in full (in any case), Return adds it too, with what tells it apart.
    finder.setFocus()
    qtbot.keyClicks(finder, "dresdner kreuzchor")
    _press(qtbot, finder, Qt.Key.Key_Return)
    assert [record_id for record_id, _role in partners.value()] == [donau, kreuzchor]
    assert _listed(partners) == [
        "Chinese side: Donau Medizintechnik GmbH — Vienna, Austria",
        "Chinese side: Dresdner Kreuzchor — Dresden, Germany",
    ]
    assert finder.currentText() == ""


def test_unmatched_text_adds_nothing(qtbot: QtBot, open_editor: Editor) -> None:
    editor = _new_project(qtbot, open_editor, "Robotics")
    partners = _field(editor, "@partners")
    partners.picker.setFocus()
    qtbot.keyClicks(partners.picker, "Nonexistent Works")
    _press(qtbot, partners.picker, Qt.Key.Key_Return)
    qtbot.mouseClick(_add_button(partners), Qt.MouseButton.LeftButton)
    assert partners.value() == []
    assert partners.picker.currentText() == "Nonexistent Works"  # kept, to be corrected


def _two_wang_fangs(store: Store) -> tuple[Contact, Contact]:
    """The sample network has no namesakes: two people called Wang Fang (王芳)."""
    haier = records.add(store, Organization(name="Haier Europe", city="Bad Homburg", country="DE"))
    sdu = records.add(store, Organization(name="Shandong University", city="Jinan", country="CN"))
    office = records.add(store, Office(name="Dresden-Jinan Desk", city="Dresden", country="DE"))
    first = records.add(
        store,
        Contact(
            given_name="Fang",
            family_name="Wang",
            name_native="王芳",
            family_name_first=True,
            organization_id=haier.id,
            office_id=office.id,
            emails=["wang.fang@haier.example"],
        ),
    )
    second = records.add(
        store,
        Contact(
            given_name="Fang",
            family_name="Wang",
            name_native="王芳",
            family_name_first=True,
            organization_id=sdu.id,
            emails=["fwang@sdu.example"],
        ),
    )
    return first, second


def test_the_people_picker_tells_namesakes_apart(
    qtbot: QtBot, window: MainWindow, open_editor: Editor
) -> None:
    first, second = _two_wang_fangs(_store(window))
    editor = _new_project(qtbot, open_editor, "University cooperation")
    people = _field(editor, "@contacts")
    finder = people.picker
    finder.setFocus()
    qtbot.keyClicks(finder, "wang fang")
    suggestions = _suggestions(finder)
    ours = [
        "Wang Fang (王芳) — Haier Europe · Dresden-Jinan Desk · wang.fang@haier.example",
        "Wang Fang (王芳) — Shandong University · fwang@sdu.example",
    ]
    assert set(ours) <= set(suggestions)  # (with the sample's own Wang Fang)
    assert len(set(suggestions)) == len(suggestions) >= 2
    _press(qtbot, finder, Qt.Key.Key_Return)  # several fit and none was chosen: nothing added
    assert people.value() == []
    for _ in range(suggestions.index(ours[1]) + 1):
        _press(qtbot, finder, Qt.Key.Key_Down)
    _press(qtbot, finder, Qt.Key.Key_Return)
    assert people.value() == [(second.id, "")]
    assert _listed(people) == ["Wang Fang (王芳) — Shandong University · fwang@sdu.example"]
    # By the characters, or by what tells them apart.
    finder.setFocus()
    qtbot.keyClicks(finder, "haier")
    _press(qtbot, finder, Qt.Key.Key_Return)  # the only one left
    assert people.value() == [(second.id, ""), (first.id, "")]
    editor.save()
    assert editor.saved_id is not None
    with _store(window).session() as session:
        from office_desk.core.models import ProjectContact

        linked = set(
            session.exec(
                select(ProjectContact.contact_id).where(
                    ProjectContact.project_id == editor.saved_id
                )
            )
        )
    assert linked == {first.id, second.id}


def test_pickers_find_chinese_pinyin_and_umlaut_forms(
    qtbot: QtBot, window: MainWindow, open_editor: Editor
) -> None:
    store = _store(window)
    only_native = records.add(store, Contact(name_native="王芳"))
    mueller = records.add(store, Contact(given_name="Jörg", family_name="Müller"))
    editor = _new_project(qtbot, open_editor, "Name forms")
    finder = _field(editor, "@contacts").picker
    finder.setFocus()
    for typed, wanted in (
        ("wangfang", only_native),
        ("王芳", only_native),
        ("Mueller", mueller),
        ("muller", mueller),
        ("Müller", mueller),
    ):
        finder.clearEditText()
        qtbot.keyClicks(finder, typed) if typed.isascii() else finder.lineEdit().insert(typed)
        rows = [finder.findText(text) for text in _suggestions(finder)]
        assert wanted.id in [finder.itemData(row) for row in rows], typed


def test_record_picker_shows_where_namesakes_are(
    qtbot: QtBot, window: MainWindow, open_editor: Editor
) -> None:
    suzhou = records.add(_store(window), Organization(name="Bosch", city="Suzhou", country="CN"))
    editor = open_editor("contact")
    organization = _field(editor, "organization_id")
    assert isinstance(organization, RecordField)
    combo = organization.combo
    boschs = [
        combo.itemText(i) for i in range(combo.count()) if combo.itemText(i).startswith("Bosch")
    ]
    assert boschs == ["Bosch — Gerlingen, Germany", "Bosch — Suzhou, China"]
    combo.setFocus()
    combo.lineEdit().selectAll()  # "—" (none) is typed over
    qtbot.keyClicks(combo, "bosch")
    assert _suggestions(combo) == boschs
    _press(qtbot, combo, Qt.Key.Key_Return)  # two Bosch: Return shows them, picks neither
    assert organization.combo.currentIndex() == 0 and _suggestions(combo) == boschs
    combo.clearEditText()
    qtbot.keyClicks(combo, "bosch suzhou")
    _press(qtbot, combo, Qt.Key.Key_Return)
    assert organization.value() == suzhou.id
    assert combo.currentText() == "Bosch — Suzhou, China"


def test_a_record_named_in_full_is_chosen_unless_it_has_namesakes(
    qtbot: QtBot, window: MainWindow, open_editor: Editor
) -> None:
    records.add(_store(window), Organization(name="Bosch", city="Suzhou", country="CN"))
    volkswagen = _organization_id(window, "Volkswagen")
    editor = open_editor("contact")
    organization = _field(editor, "organization_id")
    combo = organization.combo
    combo.setFocus()
    combo.lineEdit().selectAll()  # "—" (none) is typed over
    qtbot.keyClicks(combo, "volkswagen")  # the name alone, as before the details were shown
    _press(qtbot, combo, Qt.Key.Key_Tab)
    assert organization.value() == volkswagen
    assert combo.currentText().startswith("Volkswagen — ")
    combo.setFocus()
    combo.clearEditText()
    qtbot.keyClicks(combo, "Bosch")
    assert len(_suggestions(combo)) == 2
    _press(qtbot, combo, Qt.Key.Key_Tab)  # not the first Bosch by chance
    assert not combo.hasFocus() and combo.currentText() == "Bosch"
    with pytest.raises(FieldInputError, match="There are several “Bosch”"):
        organization.value()
    assert "There are several “Bosch”: choose one from the list" in _error(
        editor, "organization_id"
    )

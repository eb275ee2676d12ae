"""The main window driven as a user would, with real widgets on the sample network."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from office_desk.core.finder import find
from office_desk.core.models import Contact
from office_desk.core.services import records
from office_desk.ui.main_window import MainWindow
from office_desk.ui.pages import PAGES
from office_desk.ui.record_editor import RecordEditor
from office_desk.ui.search_popup import SearchPopup


def _row_texts(window: MainWindow, kind: str, column: int = 0) -> list[str]:
    view = window.list_view(kind)
    model = view.model
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


def test_opens_on_offices_with_counts_and_title(window: MainWindow) -> None:
    assert window.windowTitle() == "sample.sqlite – Office Desk"
    assert window.current_page() == "office"
    assert len(_row_texts(window, "office")) == 8
    assert "8 offices" in window.counts_label.text()
    assert "40 contacts" in window.counts_label.text()
    assert [window.sidebar.item(i).text() for i in range(window.sidebar.count())] == [
        "Offices",
        "Organizations",
        "Contacts",
        "Projects",
        "Events",
        "Map",
        "Reports",
    ]
    assert len(PAGES) == 7


def test_select_office_shows_its_dashboard(window: MainWindow) -> None:
    from office_desk.ui.office_dashboard import OfficeDashboard

    view = window.list_view("office")
    names = _row_texts(window, "office")
    view.table.selectRow(names.index("Dresden-Jinan Contact Office"))
    dashboard = view.right.currentWidget()
    assert isinstance(dashboard, OfficeDashboard) and dashboard.isVisible()
    assert dashboard.office_id == view.current_id()
    labels = " ".join(w.text() for w in dashboard.findChildren(QLabel))
    assert "Dresden-Jinan Contact Office" in labels
    assert "Sino-German Intelligent Manufacturing" in labels
    text = view.details.browser.toPlainText()
    assert "Dresden" in text and "Sino-German Intelligent Manufacturing" in text


def test_filter_box_matches_pinyin(qtbot: QtBot, window: MainWindow) -> None:
    window.show_page("contact")
    view = window.list_view("contact")
    qtbot.keyClicks(view.filter_edit, "zhang wei")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=3000)
    assert _row_texts(window, "contact") == ["Zhang Wei (张伟)"]
    assert "(filtered)" in view.count_label.text()
    view.filter_edit.clear()
    qtbot.waitUntil(lambda: view.model.rowCount() == 40, timeout=3000)


def test_quick_filter_by_stage(qtbot: QtBot, window: MainWindow) -> None:
    window.show_page("project")
    view = window.list_view("project")
    view.kind_filter.setCurrentIndex(view.kind_filter.findData("completed"))
    stages = _row_texts(window, "project", column=2)
    assert stages and set(stages) == {"Completed"}


def _new_contact(qtbot: QtBot, window: MainWindow) -> RecordEditor:
    assert window.context is not None
    editor = RecordEditor(window.context, "contact", parent=window)
    fields = {row.fields[0]: field for row, field in editor.fields.items()}
    qtbot.keyClicks(fields["given_name"].widget, "Xiaoming")
    qtbot.keyClicks(fields["family_name"].widget, "Li")
    # Chinese arrives through the input method as committed text (QTest types ASCII only).
    fields["name_native"].widget.insert("李晓明")
    fields["family_name_first"].widget.setChecked(True)
    return editor


def test_create_contact_with_chinese_name_then_undo_redo(qtbot: QtBot, window: MainWindow) -> None:
    assert window.context is not None
    store = window.context.store
    editor = _new_contact(qtbot, window)
    assert editor.save_button.isEnabled()
    editor.save()
    assert editor.saved_id is not None
    assert [f.title for f in find(store, "李晓明")] == ["Li Xiaoming (李晓明)"]
    assert "Li Xiaoming (李晓明)" in _row_texts(window, "contact")
    assert (
        "41 contacts" in window.counts_label.text()
        or qtbot.waitUntil(lambda: "41 contacts" in window.counts_label.text(), timeout=2000)
        is None
    )

    window.undo()
    assert find(store, "李晓明") == []
    assert "Li Xiaoming (李晓明)" not in _row_texts(window, "contact")
    window.redo()
    assert [f.title for f in find(store, "Xiaoming")] == ["Li Xiaoming (李晓明)"]


def test_edit_contact_and_undo(qtbot: QtBot, window: MainWindow) -> None:
    assert window.context is not None
    store = window.context.store
    (zhang,) = [f for f in find(store, "张伟") if f.kind == "contact"]
    editor = RecordEditor(window.context, "contact", zhang.id, parent=window)
    position = next(f for r, f in editor.fields.items() if r.fields == ("position",))
    position.widget.clear()
    qtbot.keyClicks(position.widget, "Director of Cooperation")
    editor.save()
    assert records.get(store, Contact, zhang.id).position == "Director of Cooperation"
    window.undo()
    restored = records.get(store, Contact, zhang.id).position
    assert restored == "Head of the Dresden-Jinan Contact Office"


def test_bad_email_blocks_saving(qtbot: QtBot, window: MainWindow) -> None:
    editor = _new_contact(qtbot, window)
    emails = next(f for r, f in editor.fields.items() if r.fields == ("emails",))
    qtbot.keyClicks(emails.rows[0], "li.xiaoming@")
    assert not editor.save_button.isEnabled()
    error = editor.error_labels[next(r for r in editor.fields if r.fields == ("emails",))]
    assert error.isVisibleTo(editor) and "not a valid e-mail address" in error.text()
    editor.save()  # Ctrl+S with errors does nothing
    assert editor.saved_id is None
    assert window.context is not None
    assert find(window.context.store, "Xiaoming") == []
    emails.rows[0].setText("li.xiaoming@example.com")
    assert editor.save_button.isEnabled() and not error.isVisibleTo(editor)


def test_impossible_values_block_saving(qtbot: QtBot, window: MainWindow) -> None:
    assert window.context is not None
    editor = RecordEditor(window.context, "project", parent=window)
    fields = {row.fields: field for row, field in editor.fields.items()}
    qtbot.keyClicks(fields[("title",)].widget, "Test project")
    fields[("amount", "currency")].amount.setText("-5")
    fields[("latitude", "longitude")].lat.edit.setText("123")
    fields[("latitude", "longitude")].lon.edit.setText("10")
    assert not editor.save_button.isEnabled()
    texts = " ".join(label.text() for label in editor.error_labels.values())
    assert "cannot be negative" in texts and "latitude is -90 to 90" in texts
    fields[("amount", "currency")].amount.setText("12x")
    assert "is not an amount" in " ".join(label.text() for label in editor.error_labels.values())


def test_delete_asks_once_and_undo_brings_back(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert window.context is not None
    store = window.context.store
    asked: list[str] = []
    monkeypatch.setattr(
        window, "confirm_delete", lambda text, detail: asked.append(text + detail) or True
    )
    window.show_page("contact")
    view = window.list_view("contact")
    (zhang,) = [f for f in find(store, "张伟") if f.kind == "contact"]
    assert view.select_record(zhang.id)
    window.delete_current()
    assert len(asked) == 1 and "Zhang Wei" in asked[0] and "removed" in asked[0]
    assert "Zhang Wei (张伟)" not in _row_texts(window, "contact")
    window.undo()
    assert "Zhang Wei (张伟)" in _row_texts(window, "contact")
    assert [f.title for f in find(store, "张伟")] == ["Zhang Wei (张伟)"]


def test_delete_cancelled_changes_nothing(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(window, "confirm_delete", lambda text, detail: False)
    window.show_page("event")
    view = window.list_view("event")
    view.table.selectRow(0)
    window.delete_current()
    assert view.model.rowCount() == 39
    assert window.context is not None and not window.context.undo_stack.canUndo()


def test_search_as_you_type_and_enter_opens(qtbot: QtBot, window: MainWindow) -> None:
    window.open_search()
    popup = window.search_popup
    assert isinstance(popup, SearchPopup)
    qtbot.keyClicks(popup.edit, "Kreuz")
    qtbot.waitUntil(lambda: popup.results.count() >= 2, timeout=3000)
    labels = [popup.results.item(i).text() for i in range(popup.results.count())]
    assert any("Kreuzchor concert" in label for label in labels)
    concert = next(i for i, label in enumerate(labels) if "concert" in label)
    popup.results.setCurrentRow(concert)
    qtbot.keyClick(popup.edit, Qt.Key.Key_Return)
    assert window.current_page() == "event"
    view = window.list_view("event")
    assert "Kreuzchor" in view.details.browser.toPlainText()


def test_link_in_details_opens_the_linked_record(window: MainWindow) -> None:
    assert window.context is not None
    (zhang,) = [f for f in find(window.context.store, "张伟") if f.kind == "contact"]
    window.open_record("contact", zhang.id)
    details = window.list_view("contact").details
    html = details.browser.toHtml()
    assert "record:office/" in html
    office_id = uuid.UUID(html.split("record:office/")[1][:36])
    from PySide6.QtCore import QUrl

    details.browser.anchorClicked.emit(QUrl(f"record:office/{office_id}"))
    assert window.current_page() == "office"
    assert window.list_view("office").current_id() == office_id


def test_welcome_flow_opens_the_sample(qtbot: QtBot) -> None:
    win = MainWindow(None)
    qtbot.addWidget(win)
    win.show()
    assert win.outer.currentWidget() is win.welcome
    assert not win.toolbar.isVisible()
    qtbot.mouseClick(win.welcome.sample_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.context is not None, timeout=30000)
    assert win.outer.currentWidget() is win.splitter
    assert len(_row_texts(win, "office")) == 8
    assert win.context is not None
    win.context.close()


def test_file_that_cannot_be_opened_says_why(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "notes.sqlite"
    bad.write_text("not a database", encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    win = MainWindow(None)
    qtbot.addWidget(win)
    win.open_path(bad)
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert "not an Office Desk database" in shown[0]
    assert win.context is None and win.outer.currentWidget() is win.welcome
    assert bad.read_text(encoding="utf-8") == "not a database"


def test_layout_is_remembered(qtbot: QtBot, window: MainWindow, sample_path: Path) -> None:
    from office_desk.core.store.database import open_store

    window.show_page("project")
    view = window.list_view("project")
    view.table.setColumnWidth(0, 333)
    window.close()
    again = MainWindow(open_store(sample_path))
    qtbot.addWidget(again)
    assert again.current_page() == "project"
    assert again.list_view("project").table.columnWidth(0) == 333
    assert again.context is not None
    again.context.close()


def test_screenshot_of_the_main_window(window: MainWindow, tmp_path: Path) -> None:
    window.show_page("contact")
    window.list_view("contact").table.selectRow(0)
    picture = window.grab()
    assert picture.width() >= 1200 and picture.height() >= 700
    path = tmp_path / "main-window.png"
    assert picture.save(str(path))
    image = picture.toImage()
    colours = {
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), 37)
        for y in range(0, image.height(), 37)
    }
    assert len(colours) > 5  # a drawn window, not a blank surface


def test_closing_an_editor_with_changes_asks(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = _new_contact(qtbot, window)
    editor.show()
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: (asked.append(a[2]), answers.pop(0))[1]
    )
    editor.reject()
    assert editor.isVisible() and len(asked) == 1  # kept: nothing typed is lost
    editor.reject()
    assert not editor.isVisible() and len(asked) == 2


def test_bulk_delete_runs_in_background_and_undoes(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    import office_desk.ui.main_window as main_window

    monkeypatch.setattr(main_window, "BACKGROUND_DELETE", 5)
    monkeypatch.setattr(window, "confirm_delete", lambda text, detail: True)
    window.show_page("event")
    view = window.list_view("event")
    view.table.selectAll()
    assert len(view.selected_ids()) == 39
    window.delete_current()
    qtbot.waitUntil(lambda: view.model.rowCount() == 0, timeout=20000)
    assert window.context is not None and window.context.undo_stack.canUndo()
    window.undo()
    assert view.model.rowCount() == 39


def test_cancelled_bulk_delete_deletes_nothing(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from office_desk.core.models import Event
    from office_desk.core.services import records as records_service

    monkeypatch.setattr(records_service, "DELETE_CHUNK", 10)
    from office_desk.ui.background import Cancelled

    assert window.context is not None
    store = window.context.store
    ids = window.list_view("event").model._keys
    calls = []

    def cancel_after_first(done: int, total: int) -> None:
        calls.append(done)
        if done > 0:
            raise Cancelled

    with pytest.raises(Cancelled):
        records.delete(store, Event, [uuid.UUID(hex=k) for k in ids], cancel_after_first)
    assert calls == [0, 10]  # the first ten were tombstoned, then rolled back
    assert records.count(store, Event) == 39


@pytest.mark.parametrize("kind", ["office", "organization", "contact", "project", "event"])
def test_opening_an_editor_changes_nothing(window: MainWindow, kind: str) -> None:
    """Every sample record round-trips through its form: no false "unsaved changes"
    question on Cancel, and every field shows what is stored."""
    assert window.context is not None
    from office_desk.core import listing

    for record_id in listing.ids(window.context.store, listing.ListQuery(kind)):
        editor = RecordEditor(window.context, kind, record_id, parent=window)
        assert not editor.has_changes(), (kind, record_id, editor.current_state()[0])
        assert editor.save_button.isEnabled(), editor._revalidate()
        editor.deleteLater()


def test_city_lookup_fills_coordinates_after_confirmation(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QInputDialog

    assert window.context is not None
    editor = RecordEditor(window.context, "organization", parent=window)
    fields = {row.fields: field for row, field in editor.fields.items()}
    qtbot.keyClicks(fields[("name",)].widget, "Technische Universitaet Dresden")
    qtbot.keyClicks(fields[("city",)].widget, "Dresden")
    offered: list[list[str]] = []
    answers = iter([("", False)])

    def get_item(parent, title, label, items, current, editable):  # type: ignore[no-untyped-def]
        offered.append(list(items))
        return next(answers, (items[0], True))

    monkeypatch.setattr(QInputDialog, "getItem", get_item)
    editor.look_up_place()  # first time: the user cancels
    qtbot.waitUntil(lambda: len(offered) == 1, timeout=20000)
    assert fields[("latitude", "longitude")].value() == (None, None)
    editor.look_up_place()  # then accepts the first proposal
    qtbot.waitUntil(lambda: len(offered) == 2, timeout=20000)
    assert offered[0][0].startswith("Dresden, Germany")
    lat, lon = fields[("latitude", "longitude")].value()
    assert lat is not None and abs(lat - 51.05) < 0.1 and abs(lon - 13.74) < 0.1
    assert editor.save_button.isEnabled()

"""What the window says about each kind of record comes from its declaration in
core.kinds: the page names (sidebar and View menu), the counts, the editor's titles,
undo texts and questions, the restore dialog's columns, a package conflict's kind and
an export's file name. Each is the kind's phrase in the translation context "Kinds",
so a new kind needs no edit in the UI's modules, and every text looked up reaches
the translators.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import fields
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

import office_desk
from office_desk.core import i18n, kinds
from office_desk.core.kinds import Phrases
from office_desk.core.store.database import open_store
from office_desk.ui import editor_phrases, pages
from office_desk.ui.data_exchange import plural_of
from office_desk.ui.main_window import MainWindow
from office_desk.ui.package_merge_dialog import kind_label
from office_desk.ui.restore_dialog import RestoreDialog
from tests.gui.translation_lookups import not_extracted, recorded_lookups

UI = Path(office_desk.__file__).parent / "ui"
#: The UI modules whose per-kind words are the registry's: none names a kind.
REGISTRY_READERS = (
    "pages",
    "editor_phrases",
    "restore_dialog",
    "package_merge_dialog",
    "undo_commands",
)
TABLES = (
    editor_phrases.NOUN,
    editor_phrases.NEW_TITLE,
    editor_phrases.EDIT_TITLE,
    editor_phrases.ADD_UNDO,
    editor_phrases.EDIT_UNDO,
    editor_phrases.NOT_SAVED,
    editor_phrases.DISCARD,
)


@pytest.fixture
def through_qt() -> Iterator[None]:
    """The core's labels translated by Qt, as in a translated app (still English)."""
    i18n.install(QCoreApplication.translate, "")
    yield
    i18n.install(None)


def test_every_kind_word_the_window_looks_up_reaches_the_translators(
    qtbot: QtBot, sample_path: Path, tmp_path: Path, through_qt: None
) -> None:
    with recorded_lookups() as lookups:
        window = MainWindow(open_store(sample_path))
        qtbot.addWidget(window)
        window.show()
        dialog = RestoreDialog(sample_path, tmp_path / "backups", window)
        for kind in kinds.KINDS:
            for table in TABLES:
                editor_phrases.phrase(table, kind.name)
            pages.count_text(kind.name, 1, separators=False)
            pages.count_text(kind.name, 2)
            kind_label(kind.model.__tablename__)
            plural_of(kind.name)
    try:
        for number, kind in enumerate(kinds.KINDS):
            title = kind.phrases.title
            assert window.sidebar.item(number).text() == title
            assert getattr(window, f"page_{kind.name}_action").text() == title
            assert dialog.tree.headerItem().text(3 + number) == title
            asked = {getattr(kind.phrases, f.name) for f in fields(Phrases)} - {
                kind.phrases.select,
                kind.phrases.label,
            }
            assert {("Kinds", text) for text in asked} <= lookups
            assert ("MainWindow", title) not in lookups
        assert not_extracted(lookups, tmp_path) == []
    finally:
        window.context.close()


def test_the_editor_tables_are_the_kinds_phrases() -> None:
    for kind in kinds.KINDS:
        assert editor_phrases.phrase(editor_phrases.NEW_TITLE, kind.name) == kind.phrases.new
        assert editor_phrases.phrase(editor_phrases.EDIT_TITLE, kind.name).format(
            title="X"
        ) == kind.phrases("edit", title="X")
        assert dict(editor_phrases.DISCARD)[kind.name] == kind.phrases.discard
    assert list(editor_phrases.NOUN) == list(kinds.NAMES)
    with pytest.raises(TypeError):
        editor_phrases.phrase({"office": "New office"}, "office")


def test_pages_are_the_kinds_then_the_map_and_the_reports() -> None:
    assert (*kinds.NAMES, "map", "reports") == pages.PAGES
    assert [pages.page_title(p) for p in pages.PAGES] == [
        *(k.phrases.title for k in kinds.KINDS),
        "Map",
        "Reports",
    ]


def test_counts_group_the_number_the_way_the_language_writes_it() -> None:
    """German writes 12.345: the status bar and the export dialogs said 12,345."""
    assert pages.count_text("event", 12345) == "12,345 events"
    i18n.install(lambda _context, text: text, "de")
    try:
        assert pages.count_text("contact", 12345) == "12.345 contacts"
        assert pages.count_text("contact", 1) == "1 contact"
        assert pages.count_text("contact", 12345, separators=False) == "12345 contacts"
    finally:
        i18n.install(None)


def test_a_package_conflict_names_a_kind_by_its_noun_and_other_tables_by_name() -> None:
    assert [kind_label(k.model.__tablename__) for k in kinds.KINDS] == [
        k.phrases.noun for k in kinds.KINDS
    ]
    assert kind_label("tag") == "tag"
    assert kind_label("project_partner") == "project_partner"


@pytest.mark.parametrize("module", REGISTRY_READERS)
def test_a_new_kind_needs_no_edit_in_the_modules_that_speak_of_kinds(module: str) -> None:
    tree = ast.parse((UI / f"{module}.py").read_text(encoding="utf-8"))
    literals = {
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    }
    assert literals & set(kinds.NAMES) == set()

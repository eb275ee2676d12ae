"""The package merge dialog: who made the package, what it deletes here (and the box
that must be ticked before a large or foreign deletion), and what it refuses."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot
from sqlmodel import select

from office_desk.core.models import Contact
from office_desk.core.network_package import (
    MadeBy,
    export_package,
    plan_merge,
    read_package,
)
from office_desk.core.network_package.codec import encode
from office_desk.core.office_lookup import find_office
from office_desk.core.services import records
from office_desk.core.store.database import Store, open_store
from office_desk.ui import settings
from office_desk.ui.main_window import MainWindow
from office_desk.ui.package_export_dialog import PackageExportDialog
from office_desk.ui.package_merge_dialog import PackageMergeDialog

DELETED = 7


def _hostile_package(sample_template: Path, tmp_path: Path) -> Path:
    """Another copy of the network that deleted 7 contacts, plus one contact stamped
    two days in the future, made by "Anna Schmidt" of the Munich office."""
    theirs_path = tmp_path / "theirs.sqlite"
    shutil.copy(sample_template, theirs_path)
    theirs = open_store(theirs_path)
    try:
        contacts = sorted((c for c in _live(theirs)), key=lambda c: str(c.id))
        records.delete(theirs, Contact, [c.id for c in contacts[:DELETED]])
        munich = find_office(theirs, "Munich")
        package = tmp_path / "from-munich.json"
        export_package(theirs, package, made_by=MadeBy("Anna Schmidt", munich.id, munich.name))
    finally:
        theirs.close()
    document = json.loads(package.read_text(encoding="utf-8"))
    future = encode("datetime", datetime.now(UTC) + timedelta(days=2))
    row = next(r for r in document["tables"]["contact"] if r["deleted_at"] is None)
    row.update(notes="from a clock two days fast", updated_at=future)
    package.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return package


def _live(store: Store) -> list[Contact]:
    with store.session() as session:
        return list(session.exec(select(Contact)).all())


def test_the_dialog_lists_deletions_and_merges_only_when_they_are_confirmed(
    qtbot: QtBot, sample_store: Store, sample_template: Path, tmp_path: Path
) -> None:
    package = _hostile_package(sample_template, tmp_path)
    plan = plan_merge(sample_store, read_package(package))
    dialog = PackageMergeDialog(package, plan)
    qtbot.addWidget(dialog)
    dialog.resize(1000, 600)
    dialog.show()

    assert dialog.made_by_label.text().startswith("Made by Anna Schmidt (Munich-Jinan")
    assert dialog.seal_label.text().startswith("Warning: not sealed or signed")
    assert dialog.made_by_label.textFormat() == Qt.TextFormat.PlainText
    assert dialog.seal_label.textFormat() == Qt.TextFormat.PlainText
    assert not dialog.trust_key.isVisible() and not dialog.key_trusted
    tabs = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert tabs == [f"Deleted here ({DELETED})", "Refused (1)"]  # deletions are no conflicts
    assert dialog.tabs.currentWidget() is dialog.deletions_tree
    listed = [
        dialog.deletions_tree.topLevelItem(i).text(0)
        for i in range(dialog.deletions_tree.topLevelItemCount())
    ]
    assert sorted(listed) == sorted(f"contact: {d.title}" for d in plan.deletions)
    assert len(listed) == DELETED
    refused = dialog.refused_tree.topLevelItem(0)
    assert "more than a day ahead" in refused.text(1)

    assert dialog.confirm_deletions.isVisible()
    assert dialog.confirm_deletions.text() == f"Yes, delete these {DELETED} records here"
    assert not dialog.merge_button.isEnabled() and not dialog.deletions_confirmed
    dialog.resize(1366 * 3 // 4, 768 * 3 // 4)
    dialog.grab().save(str(tmp_path / "merge-dialog.png"))
    dialog.confirm_deletions.click()
    assert dialog.merge_button.isEnabled() and dialog.deletions_confirmed


def test_an_ordinary_merge_needs_no_confirmation(
    qtbot: QtBot, sample_store: Store, sample_template: Path, tmp_path: Path
) -> None:
    theirs_path = tmp_path / "theirs.sqlite"
    shutil.copy(sample_template, theirs_path)
    theirs = open_store(theirs_path)
    try:
        records.delete(theirs, Contact, [_live(theirs)[0].id])
        export_package(theirs, tmp_path / "p.json")
    finally:
        theirs.close()
    dialog = PackageMergeDialog(
        tmp_path / "p.json", plan_merge(sample_store, read_package(tmp_path / "p.json"))
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.confirm_deletions.isVisible()
    assert dialog.merge_button.isEnabled() and not dialog.deletions_confirmed


@pytest.mark.parametrize("tick", [True, False])
def test_merging_from_the_window_deletes_only_what_was_confirmed(
    qtbot: QtBot,
    window: MainWindow,
    sample_template: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    tick: bool,
) -> None:
    package = _hostile_package(sample_template, tmp_path)
    shown: list[PackageMergeDialog] = []

    def answer(dialog: PackageMergeDialog) -> int:
        shown.append(dialog)
        if not tick:
            return PackageMergeDialog.DialogCode.Rejected
        dialog.confirm_deletions.click()
        dialog.merge_button.click()
        return dialog.result()

    monkeypatch.setattr(PackageMergeDialog, "exec", answer)
    assert window.context is not None
    store = window.context.store
    window.exchange.import_package(package)
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    if tick:
        qtbot.waitUntil(
            lambda: "Merged from-munich.json" in window.statusBar().currentMessage(), timeout=20000
        )
        assert len(_live(store)) == 40 - DELETED
    else:
        assert len(_live(store)) == 40
    assert all(c.notes != "from a clock two days fast" for c in _live(store))


def test_a_package_exported_from_the_window_names_its_maker(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert window.context is not None
    dresden = find_office(window.context.store, "Dresden")
    settings.put(settings.DEFAULT_OFFICE, str(dresden.id))
    settings.put_key("exchange/person", "  Jürgen   Müller ")
    target = tmp_path / "ours.zip"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    monkeypatch.setattr(
        PackageExportDialog, "exec", lambda _dialog: PackageExportDialog.DialogCode.Accepted
    )
    window.export_package_action.trigger()
    qtbot.waitUntil(target.exists, timeout=20000)
    assert read_package(target).made_by == MadeBy("Jürgen Müller", dresden.id, dresden.name)

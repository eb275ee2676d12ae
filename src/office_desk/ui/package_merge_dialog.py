"""What merging a package from another office will do, before anything is written.

The counts (added, updated, deleted, unchanged, kept because ours is newer) and every
conflicting edit, field by field: which side wins and what the other side had, so a
colleague's change is never dropped without anyone seeing it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

#: The kinds of record a conflict can be about, as the user reads them (other tables,
#: such as the links between records, are shown by their name).
KIND_LABELS = {"office": QT_TRANSLATE_NOOP("PackageMergeDialog", "office"),
               "organization": QT_TRANSLATE_NOOP("PackageMergeDialog", "organization"),
               "contact": QT_TRANSLATE_NOOP("PackageMergeDialog", "contact"),
               "project": QT_TRANSLATE_NOOP("PackageMergeDialog", "project"),
               "event": QT_TRANSLATE_NOOP("PackageMergeDialog", "event"),
               "tag": QT_TRANSLATE_NOOP("PackageMergeDialog", "tag"),
               "exchange_rate": QT_TRANSLATE_NOOP("PackageMergeDialog", "exchange_rate")}


def kind_label(kind: str) -> str:
    """A conflict's kind of record in the chosen language (in English, the table name)."""
    label = KIND_LABELS.get(kind)
    return QCoreApplication.translate("PackageMergeDialog", label) if label else kind


def _text(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value) or "—"
    return str(value) or "—"


class PackageMergeDialog(QDialog):
    def __init__(self, path: Path, plan: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge {file}").format(file=path.name))
        self.setObjectName("package_merge_dialog")
        self.resize(760, 520)
        self.summary_label = summary = QLabel("\n".join(plan.summary_lines()))
        summary.setTextFormat(Qt.TextFormat.PlainText)
        summary.setWordWrap(True)
        summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        conflicts = list(getattr(plan, "conflicts", []))
        self.tree = QTreeWidget()
        self.tree.setObjectName("conflicts")
        self.tree.setHeaderLabels(
            [self.tr("Record / field"), self.tr("Ours"), self.tr("Theirs"), self.tr("Kept")])
        self.tree.setAlternatingRowColors(True)
        for conflict in conflicts:
            winner = self.tr("theirs") if conflict.winner == "incoming" else self.tr("ours")
            top = QTreeWidgetItem([f"{kind_label(conflict.kind)}: {conflict.title}", "", "",
                                   winner])
            for field, ours, theirs in conflict.fields:
                QTreeWidgetItem(top, [field, _text(ours), _text(theirs), winner])
            self.tree.addTopLevelItem(top)
        self.tree.expandAll()
        for column in range(4):
            self.tree.resizeColumnToContents(column)
        if not conflicts:
            heading_text = self.tr("No conflicting edits.")
        elif len(conflicts) == 1:
            heading_text = self.tr(
                "{count} record differ on both sides. The newer edit is kept; the other side's "
                "values are listed here so you can carry anything over by hand.").format(
                    count=len(conflicts))
        else:
            heading_text = self.tr(
                "{count} records differ on both sides. The newer edit is kept; the other side's "
                "values are listed here so you can carry anything over by hand.").format(
                    count=len(conflicts))
        heading = QLabel(heading_text)
        heading.setWordWrap(True)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        merge = buttons.addButton(self.tr("Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        merge.setObjectName("merge_button")
        merge.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(heading)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.tree.setVisible(bool(conflicts))

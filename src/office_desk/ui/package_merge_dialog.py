"""What merging a package from another office will do, before anything is written.

The counts (added, updated, deleted, unchanged, kept because ours is newer) and every
conflicting edit, field by field: which side wins and what the other side had, so a
colleague's change is never dropped without anyone seeing it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)


def _text(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value) or "—"
    return str(value) or "—"


class PackageMergeDialog(QDialog):
    def __init__(self, path: Path, plan: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Merge {path.name}")
        self.setObjectName("package_merge_dialog")
        self.resize(760, 520)
        self.summary_label = summary = QLabel("\n".join(plan.summary_lines()))
        summary.setTextFormat(Qt.TextFormat.PlainText)
        summary.setWordWrap(True)
        summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        conflicts = list(getattr(plan, "conflicts", []))
        self.tree = QTreeWidget()
        self.tree.setObjectName("conflicts")
        self.tree.setHeaderLabels(["Record / field", "Ours", "Theirs", "Kept"])
        self.tree.setAlternatingRowColors(True)
        for conflict in conflicts:
            winner = "theirs" if conflict.winner == "incoming" else "ours"
            top = QTreeWidgetItem([f"{conflict.kind}: {conflict.title}", "", "", winner])
            for field, ours, theirs in conflict.fields:
                QTreeWidgetItem(top, [field, _text(ours), _text(theirs), winner])
            self.tree.addTopLevelItem(top)
        self.tree.expandAll()
        for column in range(4):
            self.tree.resizeColumnToContents(column)
        heading = QLabel(
            f"{len(conflicts)} record{'s' if len(conflicts) != 1 else ''} differ on both sides. "
            "The newer edit is kept; the other side's values are listed here so you can "
            "carry anything over by hand." if conflicts else "No conflicting edits.")
        heading.setWordWrap(True)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        merge = buttons.addButton("Merge", QDialogButtonBox.ButtonRole.AcceptRole)
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

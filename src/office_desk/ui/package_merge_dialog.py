"""What merging a package from another office will do, before anything is written.

Who made the package (a claim), who vouches for it (the signature of a sealed
package, checked against the keys this database trusts, or a warning that nothing
does), the counts (added,
updated, deleted, unchanged, kept because ours is newer, refused), and three lists:
the records the merge deletes here, the package's rows that are refused (stamped in
the future, or outside the office the package speaks for), and every conflicting edit,
field by field, so a colleague's change is never dropped without anyone seeing it.

A merge that deletes more than a few records, or any record of another office, is
only allowed once the user ticks the box under the list of those records; a package
signed with a key not seen before, once the user ticks the box that trusts that key
(after comparing its fingerprint with the office).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.network_package.codec import KIND_TABLES
from ..core.network_package.sealing import TRUSTED
from .plain_text import literal, shown

#: The other tables a conflict can be about that the user knows by a name (other
#: tables, such as the links between records, are shown by their name).
OTHER_LABELS = {
    "tag": QT_TRANSLATE_NOOP("PackageMergeDialog", "tag"),
    "exchange_rate": QT_TRANSLATE_NOOP("PackageMergeDialog", "exchange_rate"),
}


def kind_label(kind: str) -> str:
    """A conflict's kind of record (its table's name) in the chosen language: the
    kind's noun ("office"); in English, other tables by their name."""
    record_kind = KIND_TABLES.get(kind)
    if record_kind is not None:
        return record_kind.phrases("noun")
    label = OTHER_LABELS.get(kind)
    return QCoreApplication.translate("PackageMergeDialog", label) if label else kind


def _text(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value) or "—"
    return str(value) or "—"


def _tree(name: str, headers: list[str]) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setObjectName(name)
    tree.setHeaderLabels(headers)
    tree.setAlternatingRowColors(True)
    tree.setRootIsDecorated(False)
    return tree


def _fit(tree: QTreeWidget) -> None:
    for column in range(tree.columnCount()):
        tree.resizeColumnToContents(column)
        tree.setColumnWidth(column, min(tree.columnWidth(column), 420))


class PackageMergeDialog(QDialog):
    def __init__(self, path: Path, plan: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(shown(self.tr("Merge {file}").format(file=path.name)))
        self.setObjectName("package_merge_dialog")
        self.resize(820, 560)
        layout = QVBoxLayout(self)

        provenance = getattr(plan, "provenance", "")
        self.made_by_label = QLabel(shown(f"{provenance}." if provenance else ""))
        self.made_by_label.setObjectName("made_by")
        self.made_by_label.setTextFormat(Qt.TextFormat.PlainText)
        self.made_by_label.setWordWrap(True)
        self.made_by_label.setVisible(bool(provenance))
        layout.addWidget(self.made_by_label)
        self._seal_rows(layout, plan)

        self.summary_label = summary = QLabel(shown("\n".join(plan.summary_lines(details=False))))
        summary.setTextFormat(Qt.TextFormat.PlainText)
        summary.setWordWrap(True)
        summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(summary)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("merge_lists")
        deletions = list(getattr(plan, "deletions", []))
        refused = list(getattr(plan, "refused", []))
        conflicts = list(getattr(plan, "conflicts", []))
        self.deletions_tree = self._deletions_tab(deletions)
        self.refused_tree = self._refused_tab(refused)
        self.tree = self._conflicts_tab(conflicts)
        layout.addWidget(self.tabs, 1)
        self.tabs.setVisible(self.tabs.count() > 0)
        if not conflicts:
            self.heading = QLabel(self.tr("No conflicting edits."))
            layout.addWidget(self.heading)

        self.needs_confirmation = bool(getattr(plan, "needs_confirmation", False))
        others = sum(1 for d in deletions if d.other_office)
        if len(deletions) == 1:
            confirm_text = self.tr("Yes, delete this record here")
        else:
            confirm_text = self.tr("Yes, delete these {count} records here").format(
                count=len(deletions)
            )
        if others == 1:
            warning = self.tr(
                "This merge deletes a record that is not of the office the "
                "package comes from. Check the list, then confirm or cancel."
            )
        elif others:
            warning = self.tr(
                "This merge deletes {count} records that are not of the office "
                "the package comes from. Check the list, then confirm or "
                "cancel."
            ).format(count=others)
        else:
            warning = self.tr(
                "This merge deletes more than a few records here. Check the "
                "list, then confirm or cancel."
            )
        self.deletion_warning = QLabel(warning)
        self.deletion_warning.setWordWrap(True)
        bold = self.deletion_warning.font()
        bold.setBold(True)
        self.deletion_warning.setFont(bold)
        self.confirm_deletions = QCheckBox(confirm_text)
        self.confirm_deletions.setObjectName("confirm_deletions")
        for widget in (self.deletion_warning, self.confirm_deletions):
            widget.setVisible(self.needs_confirmation)
            layout.addWidget(widget)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = merge = buttons.addButton(
            self.tr("Merge"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        merge.setObjectName("merge_button")
        merge.setDefault(not self.needs_confirmation and not self.needs_trust)
        self.confirm_deletions.toggled.connect(self._update_merge_button)
        self.trust_key.toggled.connect(self._update_merge_button)
        self._update_merge_button()
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if self.needs_confirmation:
            self.tabs.setCurrentWidget(self.deletions_tree)

    @property
    def deletions_confirmed(self) -> bool:
        """The user ticked the box that lets the merge delete the listed records."""
        return self.needs_confirmation and self.confirm_deletions.isChecked()

    @property
    def key_trusted(self) -> bool:
        """The user ticked the box that trusts the package's new signing key."""
        return self.needs_trust and self.trust_key.isChecked()

    def _update_merge_button(self) -> None:
        self.merge_button.setEnabled(
            (not self.needs_confirmation or self.confirm_deletions.isChecked())
            and (not self.needs_trust or self.trust_key.isChecked())
        )

    def _seal_rows(self, layout: QVBoxLayout, plan: Any) -> None:
        """Who vouches for the package: the signature's result, or the warning that
        nothing does; a new key is trusted only by ticking the box."""
        seal = getattr(plan, "seal", None)
        status = getattr(plan, "seal_status", "")
        self.needs_trust = seal is not None and status != TRUSTED
        self.seal_label = QLabel(shown(getattr(plan, "seal_line", "")))
        self.seal_label.setObjectName("seal")
        self.seal_label.setTextFormat(Qt.TextFormat.PlainText)
        self.seal_label.setWordWrap(True)
        self.seal_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if seal is None or self.needs_trust:
            font = self.seal_label.font()
            font.setBold(True)
            self.seal_label.setFont(font)
        layout.addWidget(self.seal_label)
        office = seal.office_label if seal is not None else ""
        fingerprint = seal.fingerprint if seal is not None else ""
        self.trust_key = QCheckBox(
            shown(
                self.tr("Trust this key for office {office}: fingerprint {fingerprint}").format(
                    office=office, fingerprint=fingerprint
                )
            )
        )
        self.trust_key.setObjectName("trust_key")
        self.trust_key.setVisible(self.needs_trust)
        layout.addWidget(self.trust_key)
        self.personal_data_label = QLabel(
            self.tr("Made without personal data: the contact details here stay as they are.")
        )
        self.personal_data_label.setObjectName("personal_data")
        self.personal_data_label.setWordWrap(True)
        self.personal_data_label.setVisible(not getattr(plan, "personal_data", True))
        layout.addWidget(self.personal_data_label)

    # ------------------------------------------------------------------ lists

    def _deletions_tab(self, deletions: list[Any]) -> QTreeWidget:
        tree = _tree("deletions", [self.tr("Record"), self.tr("Office"), ""])
        for item in deletions:
            mark = self.tr("not the package's office's") if item.other_office else ""
            QTreeWidgetItem(
                tree,
                [shown(f"{kind_label(item.kind)}: {item.title}"), shown(item.office or "—"), mark],
            )
        _fit(tree)
        if deletions:
            self.tabs.addTab(tree, self.tr("Deleted here ({count})").format(count=len(deletions)))
        return tree

    def _refused_tab(self, refused: list[Any]) -> QTreeWidget:
        tree = _tree("refused", [self.tr("Package row"), self.tr("Why it is left out")])
        for item in refused:
            row = QTreeWidgetItem(
                tree, [shown(f"{kind_label(item.kind)}: {item.title}"), shown(item.reason)]
            )
            row.setToolTip(1, literal(item.reason))
        _fit(tree)
        if refused:
            self.tabs.addTab(tree, self.tr("Refused ({count})").format(count=len(refused)))
        return tree

    def _conflicts_tab(self, conflicts: list[Any]) -> QTreeWidget:
        tree = _tree(
            "conflicts",
            [self.tr("Record / field"), self.tr("Ours"), self.tr("Theirs"), self.tr("Kept")],
        )
        tree.setRootIsDecorated(True)
        for conflict in conflicts:
            winner = self.tr("theirs") if conflict.winner == "incoming" else self.tr("ours")
            top = QTreeWidgetItem(
                [shown(f"{kind_label(conflict.kind)}: {conflict.title}"), "", "", winner]
            )
            for field, ours, theirs in conflict.fields:
                QTreeWidgetItem(
                    top, [shown(field), shown(_text(ours)), shown(_text(theirs)), winner]
                )
            tree.addTopLevelItem(top)
        tree.expandAll()
        _fit(tree)
        if not conflicts:
            return tree
        page = QWidget()
        box = QVBoxLayout(page)
        if len(conflicts) == 1:
            heading_text = self.tr(
                "{count} record differs on both sides. The newer edit is kept; the other side's "
                "values are listed here so you can carry anything over by hand."
            ).format(count=len(conflicts))
        else:
            heading_text = self.tr(
                "{count} records differ on both sides. The newer edit is kept; the other side's "
                "values are listed here so you can carry anything over by hand."
            ).format(count=len(conflicts))
        self.heading = QLabel(heading_text)
        self.heading.setWordWrap(True)
        box.addWidget(self.heading)
        box.addWidget(tree, 1)
        self.tabs.addTab(page, self.tr("Differences ({count})").format(count=len(conflicts)))
        return tree

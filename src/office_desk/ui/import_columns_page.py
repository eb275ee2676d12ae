"""Step 1 of the import: the file as read, and where each of its columns goes.

The page shows how the file was read (format, encoding, separator, recognised layout),
what the rows become (contacts or organizations) and for which office, which column
goes into which field (any mapping can be changed), and the first rows as they will be
imported. Reading the file and going on to the dry run are the dialog's
(:class:`office_desk.ui.import_dialog.ImportDialog`), which shows this page first.

Its texts are translated in the "ImportDialog" context, named explicitly: ``self.tr``
here would look them up under this class, where no translation is filed.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.i18n import translate
from ..core.import_contacts.encodings import CHOICES as ENCODINGS
from ..core.locale_format import format_number
from ..core.store.database import Store
from . import settings
from .plain_text import shown

PREVIEW_ROWS = 20


class ImportColumnsPage(QWidget):
    """The file, the kind of record and office, the columns' fields and a preview."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_name: str | None = None  # the recognised layout of the mapping shown
        self.file_label = QLabel(
            QCoreApplication.translate("ImportDialog", "Choose a file: CSV, Excel or vCard.")
        )
        self.file_label.setWordWrap(True)
        self.file_label.setTextFormat(Qt.TextFormat.PlainText)
        self.choose_button = QPushButton(
            QCoreApplication.translate("ImportDialog", "Choose &File…")
        )
        self.encoding_combo = QComboBox()
        self.encoding_combo.setObjectName("encoding_combo")
        self.encoding_combo.setAccessibleName(
            QCoreApplication.translate("ImportDialog", "Encoding of the file")
        )
        self.encoding_combo.setToolTip(
            QCoreApplication.translate(
                "ImportDialog",
                "How the text of a CSV or vCard file is read. Automatic reads each line as its "
                "bytes show, and the check names the lines where that is unclear.",
            )
        )
        self.encoding_combo.addItem(QCoreApplication.translate("ImportDialog", "Automatic"), "")
        for codec, name in ENCODINGS.items():
            self.encoding_combo.addItem(translate("ImportFiles", name), codec)
        self.encoding_combo.setEnabled(False)
        self.encoding_hint = QLabel()
        self.encoding_hint.setObjectName("encoding_hint")
        self.encoding_hint.setWordWrap(True)
        self.encoding_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.encoding_hint.hide()
        self.target_combo = QComboBox()
        self.target_combo.setAccessibleName(
            QCoreApplication.translate("ImportDialog", "The rows are")
        )
        self.target_combo.addItem(
            QCoreApplication.translate("ImportDialog", "Contacts (people)"), "contacts"
        )
        self.target_combo.addItem(
            QCoreApplication.translate("ImportDialog", "Organizations"), "organizations"
        )
        self.office_combo = QComboBox()
        self.office_combo.setObjectName("office_combo")
        self.office_combo.setAccessibleName(
            QCoreApplication.translate("ImportDialog", "Office of the imported records")
        )
        self.office_combo.setToolTip(
            QCoreApplication.translate(
                "ImportDialog",
                "Every imported record goes to this office, unless its row names another. "
                "Merging only fills an empty office.",
            )
        )
        self._fill_offices(store)
        self.mapping_table = QTableWidget(0, 3)
        self.mapping_table.setObjectName("mapping_table")
        self.mapping_table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("ImportDialog", "Column in the file"),
                QCoreApplication.translate("ImportDialog", "Examples"),
                QCoreApplication.translate("ImportDialog", "Goes into"),
            ]
        )
        self.mapping_table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch
        )
        self.mapping_table.verticalHeader().hide()
        self.preview_table = QTableWidget(0, 0)
        self.preview_table.setObjectName("preview_table")
        self.preview_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.preview_table.verticalHeader().hide()  # the Line column numbers the rows
        self.mapping_hint = QLabel()
        self.mapping_hint.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        encoding_label = QLabel(QCoreApplication.translate("ImportDialog", "&Encoding:"))
        encoding_label.setBuddy(self.encoding_combo)
        top.addWidget(encoding_label)
        top.addWidget(self.encoding_combo)
        top.addWidget(self.choose_button)
        target_row = QHBoxLayout()
        target_row.addWidget(QLabel(QCoreApplication.translate("ImportDialog", "The rows are:")))
        target_row.addWidget(self.target_combo)
        target_row.addSpacing(24)
        office_label = QLabel(QCoreApplication.translate("ImportDialog", "&Office:"))
        office_label.setBuddy(self.office_combo)
        target_row.addWidget(office_label)
        target_row.addWidget(self.office_combo)
        target_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.encoding_hint)
        layout.addLayout(target_row)
        layout.addWidget(
            QLabel(
                QCoreApplication.translate(
                    "ImportDialog", "Columns (change where a column should go):"
                )
            )
        )
        layout.addWidget(self.mapping_table, 2)
        layout.addWidget(self.mapping_hint)
        layout.addWidget(
            QLabel(
                QCoreApplication.translate(
                    "ImportDialog", "The first {count} rows as they will be read:"
                ).format(count=PREVIEW_ROWS)
            )
        )
        layout.addWidget(self.preview_table, 2)

    def _fill_offices(self, store: Store) -> None:
        """(none), then every office; Settings ▸ Default office chosen if it is one."""
        from ..core.services import relations

        self.office_combo.addItem(QCoreApplication.translate("ImportDialog", "(none)"), "")
        for office_id, name in relations.choices(store, "office"):
            self.office_combo.addItem(shown(name), str(office_id))  # text: findData compares it
        default = str(settings.get(settings.DEFAULT_OFFICE) or "")
        self.office_combo.setCurrentIndex(max(self.office_combo.findData(default), 0))

    def office_id(self) -> uuid.UUID | None:
        """The office chosen for the imported records, or None."""
        value = self.office_combo.currentData()
        return uuid.UUID(value) if value else None

    def encoding(self) -> str | None:
        """The encoding chosen for a text file (a Python codec name), or None: automatic."""
        return str(self.encoding_combo.currentData() or "") or None

    def target(self) -> str:
        """What the rows become: "contacts" or "organizations"."""
        return str(self.target_combo.currentData())

    def show_file(self, path: Path, table: Any) -> None:
        """Say how ``table`` was read from ``path`` (rows, format, encoding, separator)."""
        from ..core.import_contacts.encodings import encoding_name
        from ..core.import_contacts.plan import encoding_lines

        how = [table.format.upper()]
        if getattr(table, "encoding", None):
            how.append(
                QCoreApplication.translate("ImportDialog", "encoding {name}").format(
                    name=encoding_name(table.encoding)
                )
            )
        if getattr(table, "delimiter", None):
            separators = {
                ",": QCoreApplication.translate("ImportDialog", "comma"),
                ";": QCoreApplication.translate("ImportDialog", "semicolon"),
                "\t": QCoreApplication.translate("ImportDialog", "tab"),
            }
            how.append(
                QCoreApplication.translate("ImportDialog", "separator {name}").format(
                    name=separators.get(table.delimiter, repr(table.delimiter))
                )
            )
        rows = len(table.rows)
        read = (
            QCoreApplication.translate("ImportDialog", "{file}: {count} row ({how})")
            if rows == 1
            else QCoreApplication.translate("ImportDialog", "{file}: {count} rows ({how})")
        )
        self.file_label.setText(
            shown(read.format(file=path.name, count=format_number(rows), how=", ".join(how)))
        )
        self.encoding_combo.setEnabled(table.format != "xlsx")
        hint = encoding_lines(table.encoding, table.encoding_notes, table.encoding_suggestions)
        self.encoding_hint.setText("\n".join(line.strip() for line in hint))
        self.encoding_hint.setVisible(bool(hint))
        if table.format == "vcard":
            self.target_combo.setCurrentIndex(0)

    def show_mapping(self, table: Any, mapping: Any, changed: Callable[[], None]) -> None:
        """One row per column of ``table``, each with the field ``mapping`` puts it in;
        ``changed`` is called when the user puts a column into another field."""
        from ..core.import_contacts import TARGET_FIELDS

        fields = TARGET_FIELDS[self.target()]
        self.mapping_table.setRowCount(len(table.headers))
        for column, header in enumerate(table.headers):
            name = QTableWidgetItem(shown(header))
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            examples = [
                r.values[column]
                for r in table.rows[:5]
                if column < len(r.values) and r.values[column].strip()
            ][:3]
            sample = QTableWidgetItem(shown(" · ".join(v.replace("\n", " ") for v in examples)))
            sample.setFlags(sample.flags() & ~Qt.ItemFlag.ItemIsEditable)
            combo = QComboBox()
            combo.setAccessibleName(
                QCoreApplication.translate("ImportDialog", "Field for {column}").format(
                    column=header
                )
            )
            combo.addItem(QCoreApplication.translate("ImportDialog", "(leave out)"), None)
            for spec in fields:
                combo.addItem(translate("ImportFields", spec.label), spec.key)
            chosen = mapping.columns.get(column)
            combo.setCurrentIndex(max(combo.findData(chosen), 0) if chosen else 0)
            combo.currentIndexChanged.connect(lambda _i: changed())
            self.mapping_table.setItem(column, 0, name)
            self.mapping_table.setItem(column, 1, sample)
            self.mapping_table.setCellWidget(column, 2, combo)
        self.mapping_table.resizeColumnToContents(0)
        self.mapping_table.resizeColumnToContents(2)
        self.layout_name = getattr(mapping, "layout", None)

    def current_mapping(self) -> Any:
        """The mapping as the page shows it now (a ``ColumnMapping``)."""
        from ..core.import_contacts import ColumnMapping

        columns: dict[int, str | None] = {}
        for column in range(self.mapping_table.rowCount()):
            combo = self.mapping_table.cellWidget(column, 2)
            if isinstance(combo, QComboBox):
                columns[column] = combo.currentData()
        return ColumnMapping(columns=columns, target=self.target(), layout=self.layout_name)

    def show_mapping_check(self, table: Any, mapping: Any) -> None:
        """Under the columns, what is missing or how they were matched; then the first
        rows of ``table`` as ``mapping`` reads them."""
        if not mapping.is_usable:
            self.mapping_hint.setText(
                QCoreApplication.translate(
                    "ImportDialog",
                    "Choose the column that holds the name (or the "
                    "given and family names) to go on.",
                )
            )
        elif self.layout_name:
            self.mapping_hint.setText(
                QCoreApplication.translate(
                    "ImportDialog", "Recognised as {layout}'s layout."
                ).format(layout=self.layout_name)
            )
        else:
            self.mapping_hint.setText(
                QCoreApplication.translate(
                    "ImportDialog", "Columns were matched by their names; check them."
                )
            )
        self._fill_preview(table, mapping)

    def _fill_preview(self, table: Any, mapping: Any) -> None:
        from ..core.import_contacts import TARGET_FIELDS

        labels = {
            spec.key: translate("ImportFields", spec.label) for spec in TARGET_FIELDS[self.target()]
        }
        used = [(column, key) for column, key in sorted(mapping.columns.items()) if key]
        self.preview_table.clear()
        self.preview_table.setColumnCount(len(used) + 1)
        self.preview_table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("ImportDialog", "Line"),
                *(labels.get(key, key) for _c, key in used),
            ]
        )
        rows = table.rows[:PREVIEW_ROWS]
        self.preview_table.setRowCount(len(rows))
        for number, row in enumerate(rows):
            self.preview_table.setItem(number, 0, QTableWidgetItem(str(row.line)))
            for place, (column, _key) in enumerate(used, start=1):
                value = row.values[column] if column < len(row.values) else ""
                self.preview_table.setItem(number, place, QTableWidgetItem(shown(value)))
        self.preview_table.resizeColumnsToContents()

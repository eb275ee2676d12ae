"""Import contacts or organizations: check the columns, look at the dry run, then import.

Step 1 shows how the file was read (format, encoding, separator, recognised layout)
and which column goes into which field, with the first rows as they will be imported;
any mapping can be changed. Step 2 is the dry run: every row with what will happen to
it (new, update, skip, duplicate, error, with the file's line), and for duplicates the
choice to skip, merge into the existing record or create anyway. Nothing is written
until Import is pressed, and then everything is written in one transaction, or nothing.

The records can go to an office (Settings ▸ Default office is chosen first). The
import is one step on the undo stack (Edit ▸ Undo takes it back whole), unless it is
too large to undo while the window waits: the dry run says so before, and the end
message names the backup made just before the import, which File ▸ Restore from
Backup puts back.
"""

from __future__ import annotations

import logging
import uuid
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.i18n import translate
from ..core.import_contacts.encodings import CHOICES as ENCODINGS
from ..core.locale_format import format_number
from ..core.write_errors import error_text
from . import settings
from .app_context import AppContext
from .background import Progress, progress_reporter, run_in_background
from .import_plan_model import CHOICE_LABELS, SHOW_FILTERS, PlanModel, translated_label
from .plain_text import literal, shown

log = logging.getLogger(__name__)

FILE_FILTER = QT_TRANSLATE_NOOP(
    "ImportDialog",
    "Contact lists (*.csv *.txt *.xlsx *.vcf *.vcard);;CSV (*.csv *.txt);;"
    "Excel (*.xlsx);;vCard (*.vcf *.vcard);;All files (*)",
)
PREVIEW_ROWS = 20


class ImportDialog(QDialog):
    def __init__(
        self, context: AppContext, parent: QWidget | None = None, path: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("import_dialog")
        self.setWindowTitle(self.tr("Import contacts or organizations"))
        self.resize(980, 640)
        self.context = context
        self.table: Any = None  # the file as read
        self.plan: Any = None
        self.path: Path | None = None
        self.imported: Any = None

        # --- step 1: file and columns
        self.file_label = QLabel(self.tr("Choose a file: CSV, Excel or vCard."))
        self.file_label.setWordWrap(True)
        self.file_label.setTextFormat(Qt.TextFormat.PlainText)
        choose = QPushButton(self.tr("Choose &File…"))
        choose.clicked.connect(self.choose_file)
        self.encoding_combo = QComboBox()
        self.encoding_combo.setObjectName("encoding_combo")
        self.encoding_combo.setAccessibleName(self.tr("Encoding of the file"))
        self.encoding_combo.setToolTip(
            self.tr(
                "How the text of a CSV or vCard file is read. Automatic reads each line as its "
                "bytes show, and the check names the lines where that is unclear."
            )
        )
        self.encoding_combo.addItem(self.tr("Automatic"), "")
        for codec, name in ENCODINGS.items():
            self.encoding_combo.addItem(translate("ImportFiles", name), codec)
        self.encoding_combo.setEnabled(False)
        self.encoding_combo.activated.connect(lambda _i: self._reload())
        self.encoding_hint = QLabel()
        self.encoding_hint.setObjectName("encoding_hint")
        self.encoding_hint.setWordWrap(True)
        self.encoding_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.encoding_hint.hide()
        self.target_combo = QComboBox()
        self.target_combo.setAccessibleName(self.tr("The rows are"))
        self.target_combo.addItem(self.tr("Contacts (people)"), "contacts")
        self.target_combo.addItem(self.tr("Organizations"), "organizations")
        self.target_combo.currentIndexChanged.connect(lambda _i: self._guess())
        self.office_combo = QComboBox()
        self.office_combo.setObjectName("office_combo")
        self.office_combo.setAccessibleName(self.tr("Office of the imported records"))
        self.office_combo.setToolTip(
            self.tr(
                "Every imported record goes to this office, unless its row names another. "
                "Merging only fills an empty office."
            )
        )
        self._fill_offices()
        self.mapping_table = QTableWidget(0, 3)
        self.mapping_table.setObjectName("mapping_table")
        self.mapping_table.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("Examples"), self.tr("Goes into")]
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
        encoding_label = QLabel(self.tr("&Encoding:"))
        encoding_label.setBuddy(self.encoding_combo)
        top.addWidget(encoding_label)
        top.addWidget(self.encoding_combo)
        top.addWidget(choose)
        target_row = QHBoxLayout()
        target_row.addWidget(QLabel(self.tr("The rows are:")))
        target_row.addWidget(self.target_combo)
        target_row.addSpacing(24)
        office_label = QLabel(self.tr("&Office:"))
        office_label.setBuddy(self.office_combo)
        target_row.addWidget(office_label)
        target_row.addWidget(self.office_combo)
        target_row.addStretch(1)
        step1 = QWidget()
        step1_layout = QVBoxLayout(step1)
        step1_layout.addLayout(top)
        step1_layout.addWidget(self.encoding_hint)
        step1_layout.addLayout(target_row)
        step1_layout.addWidget(QLabel(self.tr("Columns (change where a column should go):")))
        step1_layout.addWidget(self.mapping_table, 2)
        step1_layout.addWidget(self.mapping_hint)
        step1_layout.addWidget(
            QLabel(
                self.tr("The first {count} rows as they will be read:").format(count=PREVIEW_ROWS)
            )
        )
        step1_layout.addWidget(self.preview_table, 2)

        # --- step 2: the dry run
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.undo_note = QLabel()
        self.undo_note.setObjectName("undo_note")
        self.undo_note.setWordWrap(True)
        self.undo_note.setTextFormat(Qt.TextFormat.PlainText)
        self.reread_button = QPushButton()
        self.reread_button.setObjectName("reread_button")
        self.reread_button.clicked.connect(self._read_as_suggested)
        self.reread_button.hide()
        self.show_combo = QComboBox()
        self.show_combo.setAccessibleName(self.tr("Show"))
        for key, label in SHOW_FILTERS:
            self.show_combo.addItem(translated_label(label), key)
        self.show_combo.currentIndexChanged.connect(self._filter_rows)
        self.plan_view = QTableView()
        self.plan_view.setObjectName("plan_view")
        self.plan_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.plan_view.setAlternatingRowColors(True)
        self.plan_view.verticalHeader().hide()
        self.plan_view.horizontalHeader().setStretchLastSection(True)
        self.choice_buttons: dict[str, QPushButton] = {}
        choices = QHBoxLayout()
        choices.addWidget(QLabel(self.tr("Selected duplicates:")))
        for key, label in CHOICE_LABELS.items():
            button = QPushButton(translated_label(label))
            button.setObjectName(f"choose_{key}")
            button.clicked.connect(lambda _=False, k=key: self.set_choice(k))
            choices.addWidget(button)
            self.choice_buttons[key] = button
        choices.addStretch(1)
        choices.addWidget(QLabel(self.tr("Show:")))
        choices.addWidget(self.show_combo)
        self.skip_errors_check = QCheckBox(
            self.tr("Leave out the rows with errors and import the rest")
        )
        self.skip_errors_check.toggled.connect(self._update_buttons)
        step2 = QWidget()
        step2_layout = QVBoxLayout(step2)
        step2_layout.addWidget(self.summary_label)
        step2_layout.addWidget(self.undo_note)
        reread_row = QHBoxLayout()
        reread_row.addWidget(self.reread_button)
        reread_row.addStretch(1)
        step2_layout.addLayout(reread_row)
        step2_layout.addLayout(choices)
        step2_layout.addWidget(self.plan_view, 1)
        step2_layout.addWidget(self.skip_errors_check)

        self.steps = QStackedWidget()
        self.steps.addWidget(step1)
        self.steps.addWidget(step2)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.back_button = self.buttons.addButton(
            self.tr("< &Back"), QDialogButtonBox.ButtonRole.ResetRole
        )
        self.check_button = self.buttons.addButton(
            self.tr("&Check (dry run) >"), QDialogButtonBox.ButtonRole.ActionRole
        )
        # An action button: Import must not close the dialog before the import is done.
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.check_button.setObjectName("check_button")
        self.import_button.setObjectName("import_button")
        self.back_button.clicked.connect(lambda: self._go(0))
        self.check_button.clicked.connect(self.dry_run)
        self.import_button.clicked.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.steps, 1)
        layout.addWidget(self.buttons)
        self._go(0)
        if path is not None:
            self.load(path)

    # ------------------------------------------------------------------ step 1

    def _fill_offices(self) -> None:
        """(none), then every office; Settings ▸ Default office chosen if it is one."""
        from ..core.services import relations

        self.office_combo.addItem(self.tr("(none)"), "")
        for office_id, name in relations.choices(self.context.store, "office"):
            self.office_combo.addItem(shown(name), str(office_id))  # text: findData compares it
        default = str(settings.get(settings.DEFAULT_OFFICE) or "")
        self.office_combo.setCurrentIndex(max(self.office_combo.findData(default), 0))

    def office_id(self) -> uuid.UUID | None:
        """The office chosen for the imported records, or None."""
        value = self.office_combo.currentData()
        return uuid.UUID(value) if value else None

    def _go(self, step: int) -> None:
        self.steps.setCurrentIndex(step)
        self._update_buttons()

    def _update_buttons(self) -> None:
        step = self.steps.currentIndex()
        mapping = self.current_mapping() if self.table is not None else None
        self.back_button.setVisible(step == 1)
        self.check_button.setVisible(step == 0)
        self.check_button.setEnabled(bool(mapping is not None and mapping.is_usable))
        self.import_button.setVisible(step == 1)
        ready = self.plan is not None and (
            not self.plan.error_count or self.skip_errors_check.isChecked()
        )
        self.import_button.setEnabled(bool(ready and self.plan.write_count()))

    def choose_file(self) -> None:
        folder = settings.get_key("exchange/folder", str(Path.home()))
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a contact list"), folder, translated_label(FILE_FILTER)
        )
        if name:
            settings.put_key("exchange/folder", str(Path(name).parent))
            self.encoding_combo.setCurrentIndex(0)  # a new file: read as its bytes show
            self.load(Path(name))

    def encoding(self) -> str | None:
        """The encoding chosen for a text file (a Python codec name), or None: automatic."""
        return str(self.encoding_combo.currentData() or "") or None

    def _reload(self) -> None:
        """Read the file again (another encoding was chosen)."""
        if self.path is not None:
            self._go(0)
            self.load(self.path)

    def _read_as_suggested(self) -> None:
        """Choose the encoding the dry run suggests, and read the file again in it."""
        suggested = self.plan.encoding_suggestions if self.plan is not None else []
        found = self.encoding_combo.findData(suggested[0]) if suggested else -1
        if found >= 0:
            self.encoding_combo.setCurrentIndex(found)
            self._reload()
        else:
            self._go(0)
            self.encoding_combo.setFocus()
            self.encoding_combo.showPopup()

    def load(self, path: Path) -> None:
        """Read ``path`` off the GUI thread (a big workbook takes seconds), then show its
        columns; a file that cannot be read gets a message and changes nothing."""
        from ..core.import_contacts import ImportFileError, read_source

        encoding = self.encoding()

        def work(_progress: Progress) -> Any:
            return read_source(path, encoding=encoding)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ImportFileError | OSError):
                QMessageBox.warning(
                    self,
                    self.tr("Import"),
                    literal(
                        self.tr("{file} cannot be imported.\n\n{error}").format(
                            file=path.name, error=exc
                        )
                    ),
                )
            else:
                self._failed(self.tr("Reading the file"))(exc)

        run_in_background(
            self,
            self.tr("Reading {file}…").format(file=path.name),
            work,
            lambda table: self._loaded(path, table),
            failed,
        )

    def _loaded(self, path: Path, table: Any) -> None:
        from ..core.import_contacts.encodings import encoding_name
        from ..core.import_contacts.plan import encoding_lines

        before = self.table
        same_columns = (
            before is not None and path == self.path and (before.headers == table.headers)
        )
        mapping = self.current_mapping() if same_columns else None
        self.path, self.table, self.plan = path, table, None
        how = [table.format.upper()]
        if getattr(table, "encoding", None):
            how.append(self.tr("encoding {name}").format(name=encoding_name(table.encoding)))
        if getattr(table, "delimiter", None):
            separators = {",": self.tr("comma"), ";": self.tr("semicolon"), "\t": self.tr("tab")}
            how.append(
                self.tr("separator {name}").format(
                    name=separators.get(table.delimiter, repr(table.delimiter))
                )
            )
        rows = len(table.rows)
        read = (
            self.tr("{file}: {count} row ({how})")
            if rows == 1
            else self.tr("{file}: {count} rows ({how})")
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
        if mapping is not None:  # read again in another encoding: the columns stay mapped
            self._show_mapping(mapping)
        else:
            self._guess()

    def _guess(self) -> None:
        if self.table is None:
            return
        from ..core.import_contacts import guess_mapping

        self._show_mapping(guess_mapping(self.table, self.target()))

    def target(self) -> str:
        return str(self.target_combo.currentData())

    def _show_mapping(self, mapping: Any) -> None:
        from ..core.import_contacts import TARGET_FIELDS

        fields = TARGET_FIELDS[self.target()]
        table = self.table
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
            combo.setAccessibleName(self.tr("Field for {column}").format(column=header))
            combo.addItem(self.tr("(leave out)"), None)
            for spec in fields:
                combo.addItem(translate("ImportFields", spec.label), spec.key)
            chosen = mapping.columns.get(column)
            combo.setCurrentIndex(max(combo.findData(chosen), 0) if chosen else 0)
            combo.currentIndexChanged.connect(lambda _i: self._mapping_changed())
            self.mapping_table.setItem(column, 0, name)
            self.mapping_table.setItem(column, 1, sample)
            self.mapping_table.setCellWidget(column, 2, combo)
        self.mapping_table.resizeColumnToContents(0)
        self.mapping_table.resizeColumnToContents(2)
        layout = getattr(mapping, "layout", None)
        self.layout_name = layout
        self._mapping_changed()

    def current_mapping(self) -> Any:
        from ..core.import_contacts import ColumnMapping

        columns: dict[int, str | None] = {}
        for column in range(self.mapping_table.rowCount()):
            combo = self.mapping_table.cellWidget(column, 2)
            if isinstance(combo, QComboBox):
                columns[column] = combo.currentData()
        return ColumnMapping(
            columns=columns, target=self.target(), layout=getattr(self, "layout_name", None)
        )

    def _mapping_changed(self) -> None:
        mapping = self.current_mapping()
        layout = getattr(self, "layout_name", None)
        if not mapping.is_usable:
            self.mapping_hint.setText(
                self.tr(
                    "Choose the column that holds the name (or the "
                    "given and family names) to go on."
                )
            )
        elif layout:
            self.mapping_hint.setText(
                self.tr("Recognised as {layout}'s layout.").format(layout=layout)
            )
        else:
            self.mapping_hint.setText(self.tr("Columns were matched by their names; check them."))
        self._fill_preview(mapping)
        self._update_buttons()

    def _fill_preview(self, mapping: Any) -> None:
        from ..core.import_contacts import TARGET_FIELDS

        labels = {
            spec.key: translate("ImportFields", spec.label) for spec in TARGET_FIELDS[self.target()]
        }
        used = [(column, key) for column, key in sorted(mapping.columns.items()) if key]
        self.preview_table.clear()
        self.preview_table.setColumnCount(len(used) + 1)
        self.preview_table.setHorizontalHeaderLabels(
            [self.tr("Line"), *(labels.get(key, key) for _c, key in used)]
        )
        rows = self.table.rows[:PREVIEW_ROWS]
        self.preview_table.setRowCount(len(rows))
        for number, row in enumerate(rows):
            self.preview_table.setItem(number, 0, QTableWidgetItem(str(row.line)))
            for place, (column, _key) in enumerate(used, start=1):
                value = row.values[column] if column < len(row.values) else ""
                self.preview_table.setItem(number, place, QTableWidgetItem(shown(value)))
        self.preview_table.resizeColumnsToContents()

    # ------------------------------------------------------------------ step 2

    def dry_run(self) -> None:
        from ..core.import_contacts import plan_import

        mapping = self.current_mapping()
        if self.table is None or not mapping.is_usable:
            return
        store, table, target = self.context.store, self.table, self.target()
        office_id = self.office_id()
        checking = self.tr("Checking row {done} of {total}…")

        def work(progress: Progress) -> Any:
            return plan_import(
                store,
                table,
                mapping,
                target,
                progress=progress_reporter(progress, checking),
                office_id=office_id,
            )

        run_in_background(
            self,
            self.tr("Checking the rows (nothing is written)…"),
            work,
            self._show_plan,
            self._failed(self.tr("The check")),
        )

    def _show_plan(self, plan: Any) -> None:
        self.plan = plan
        self.model = PlanModel(plan, self)
        self.plan_view.setModel(self.model)
        self.plan_view.resizeColumnToContents(0)
        self.plan_view.setColumnWidth(1, 240)
        self.plan_view.setColumnWidth(2, 190)
        self.plan_view.setColumnWidth(3, 260)
        self.show_combo.setCurrentIndex(0)
        self._summarise()
        self._go(1)

    def _summarise(self) -> None:
        lines = list(self.plan.summary_lines())
        if self.plan.error_count:
            lines.append(
                self.tr("Rows with errors stop the import unless you leave them out below.")
            )
        self.summary_label.setText(shown("\n".join(lines)))
        self.skip_errors_check.setVisible(bool(self.plan.error_count))
        self._offer_encoding()
        self._note_undo()
        self._update_buttons()

    def _offer_encoding(self) -> None:
        """A button to read the file in another encoding, when lines are unclear."""
        from ..core.import_contacts.encodings import encoding_name

        suggested = self.plan.encoding_suggestions
        self.reread_button.setVisible(bool(self.plan.unclear_lines()))
        if suggested and self.encoding_combo.findData(suggested[0]) >= 0:
            self.reread_button.setText(
                self.tr("Read the file as {encoding}").format(encoding=encoding_name(suggested[0]))
            )
        else:
            self.reread_button.setText(self.tr("Choose the file's encoding…"))

    def _note_undo(self) -> None:
        """Say before importing whether Edit ▸ Undo will be able to take it back."""
        from ..core.import_contacts.undo import UNDO_LIMIT, can_undo_plan, records_to_write

        undoable = can_undo_plan(self.plan)
        font = self.undo_note.font()
        font.setBold(not undoable)  # a warning: read it before pressing Import
        self.undo_note.setFont(font)
        if undoable:
            self.undo_note.setText(
                self.tr("After the import, Edit ▸ Undo (Ctrl+Z) takes the whole import back.")
            )
        else:
            self.undo_note.setText(
                self.tr(
                    "This import writes {count} records, more than Edit ▸ Undo can take back "
                    "(up to {limit}): undoing it would keep the window frozen for a long time. "
                    "A backup of the database is made just before the import; File ▸ Restore "
                    "from Backup puts it back. What you did before the import can no longer be "
                    "undone after it either."
                ).format(
                    count=format_number(records_to_write(self.plan)),
                    limit=format_number(UNDO_LIMIT),
                )
            )

    def _filter_rows(self) -> None:
        if self.plan is not None:
            self.model.show_only(str(self.show_combo.currentData()))

    def set_choice(self, choice: str) -> None:
        """Skip, merge or create the selected duplicate rows (other rows are left)."""
        if self.plan is None:
            return
        for index in self.plan_view.selectionModel().selectedRows():
            row = self.model.row_at(index.row())
            if row.duplicate_of and row.action != "error":
                row.choice = choice
        self.model.refresh()
        self._summarise()

    def run_import(self) -> None:
        """Import (after a backup) in the background, as one step on the undo stack when
        it is small enough to undo (see :meth:`_imported`)."""
        from ..core.import_contacts import apply_plan
        from ..core.import_contacts.undo import can_undo
        from .operation import Operation
        from .undo_commands import ImportCommand

        if self.plan is None:
            return
        self.plan.skip_errors = self.skip_errors_check.isChecked()
        context, store, plan = self.context, self.context.store, self.plan
        importing = self.tr("Importing {done} of {total}…")
        undo_text = self.tr("Import {file}").format(
            file=self.path.name if self.path is not None else ""
        )
        # Too large to undo: the history is cleared (older steps would write back
        # pre-import values), and the backup made first is how to take it back.
        importing_op = (
            Operation(
                self,
                context,
                lambda progress: apply_plan(
                    store, plan, progress=progress_reporter(progress, importing)
                ),
            )
            .backup_first("before-import")
            .undo(
                lambda result: (
                    ImportCommand(context, result, undo_text) if can_undo(result) else None
                )
            )
            .changes({"contact", "organization", "tag"})
            .failed(
                self.tr("Import"),
                self.tr("{what} failed; nothing was written.\n\n{error}").format(
                    what=self.tr("The import"), error="{error}"
                ),
            )
        )
        importing_op.success(lambda result: self._imported(result, importing_op.backup))
        importing_op.run_in_background(self.tr("Importing…"))

    def _imported(self, result: Any, backup: Path | None) -> None:
        """Say what the import did (and how to take it back), then close."""
        from ..core.import_contacts.undo import UNDO_LIMIT, can_undo

        self.imported = result
        message = str(result.summary())
        if can_undo(result):
            message += "\n\n" + self.tr("Edit ▸ Undo (Ctrl+Z) takes the whole import back.")
        else:
            too_large = self.tr(
                "This import wrote {count} records, more than Edit ▸ Undo can take back "
                "(up to {limit})."
            ).format(count=format_number(result.records_written), limit=format_number(UNDO_LIMIT))
            if backup is not None:
                message += (
                    "\n\n"
                    + too_large
                    + " "
                    + self.tr(
                        "To take it back, use File ▸ Restore from Backup and choose the backup "
                        "made just before the import:\n{path}"
                    ).format(path=backup)
                )
            else:
                message += "\n\n" + too_large
        QMessageBox.information(self, self.tr("Import"), literal(message))
        self.accept()

    def _failed(self, what: str) -> Any:
        """Show that ``what`` (already translated, e.g. "The import") failed."""

        def show(exc: BaseException) -> None:
            log.error("%s failed", what, exc_info=exc)
            QMessageBox.critical(
                self,
                self.tr("Import"),
                literal(
                    self.tr("{what} failed; nothing was written.\n\n{error}").format(
                        what=what, error=error_text(exc, self.context.store.path)
                    )
                ),
            )

        return show

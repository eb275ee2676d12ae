"""Import contacts or organizations: check the columns, look at the dry run, then import.

Step 1 shows how the file was read (format, encoding, separator, recognised layout)
and which column goes into which field, with the first rows as they will be imported;
any mapping can be changed (that page is
:class:`~office_desk.ui.import_columns_page.ImportColumnsPage`). Step 2 is the dry
run: every row with what will happen to it (new, update, skip, duplicate, error, with
the file's line), and for duplicates the choice to skip, merge into the existing record
or create anyway. Nothing is written until Import is pressed, and then everything is
written in one transaction, or nothing.

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
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..core.locale_format import format_number
from ..core.write_errors import error_text
from . import settings
from .app_context import AppContext
from .background import Progress, progress_reporter, run_in_background
from .import_columns_page import ImportColumnsPage
from .import_plan_model import CHOICE_LABELS, SHOW_FILTERS, PlanModel, translated_label
from .plain_text import literal, shown

log = logging.getLogger(__name__)

FILE_FILTER = QT_TRANSLATE_NOOP(
    "ImportDialog",
    "Contact lists (*.csv *.txt *.xlsx *.vcf *.vcard);;CSV (*.csv *.txt);;"
    "Excel (*.xlsx);;vCard (*.vcf *.vcard);;All files (*)",
)


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
        step1 = self.columns_page = ImportColumnsPage(context.store)
        self.file_label = step1.file_label
        self.encoding_combo = step1.encoding_combo
        self.encoding_hint = step1.encoding_hint
        self.target_combo = step1.target_combo
        self.office_combo = step1.office_combo
        self.mapping_table = step1.mapping_table
        self.preview_table = step1.preview_table
        self.mapping_hint = step1.mapping_hint
        step1.choose_button.clicked.connect(self.choose_file)
        self.encoding_combo.activated.connect(lambda _i: self._reload())
        self.target_combo.currentIndexChanged.connect(lambda _i: self._guess())

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

    def office_id(self) -> uuid.UUID | None:
        """The office chosen for the imported records, or None."""
        return self.columns_page.office_id()

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
        return self.columns_page.encoding()

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
        before = self.table
        same_columns = (
            before is not None and path == self.path and (before.headers == table.headers)
        )
        mapping = self.current_mapping() if same_columns else None
        self.path, self.table, self.plan = path, table, None
        self.columns_page.show_file(path, table)
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
        return self.columns_page.target()

    def _show_mapping(self, mapping: Any) -> None:
        self.columns_page.show_mapping(self.table, mapping, self._mapping_changed)
        self._mapping_changed()

    def current_mapping(self) -> Any:
        return self.columns_page.current_mapping()

    def _mapping_changed(self) -> None:
        self.columns_page.show_mapping_check(self.table, self.current_mapping())
        self._update_buttons()

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

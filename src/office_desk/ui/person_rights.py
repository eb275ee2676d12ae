"""People's rights in the app: the Edit ▸ Personal Data commands and the review dialog.

* "Export Everything about This Person…" writes everything kept about the selected
  contact as JSON and a readable PDF beside it (gathered on the background worker,
  the PDF printed on the GUI thread, as reports are);
* "Erase This Person…" asks once, naming what goes and that it cannot be undone, then
  erases through an :class:`~office_desk.ui.operation.Operation` (no undo step: the
  undo history is cleared, since older steps could write the person's data back);
* "Data-Protection Review…" lists the contacts with no legal basis or not contacted
  for years, with the reason, and opens or erases them from there.

The commands are registered where they are defined (like :mod:`team_menu`); the main
window's menus place them (:data:`office_desk.ui.main_actions.PEOPLE`). Every text
that holds a name is plain text.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..core.models import Contact
from ..core.record_facts import title_of
from ..core.services import records
from ..core.vocabulary import LegalBasis, label_of
from ..core.write_errors import error_text
from . import settings
from .app_context import AppContext, Changes
from .background import Progress, run_in_background
from .main_actions import State, add_action
from .operation import Operation
from .plain_text import literal, message_box, plain_label, shown

if TYPE_CHECKING:
    from ..core.services.data_protection_review import ReviewItem

#: Every kind of record an erasure changes (the person, and what links to them).
ERASURE_CHANGES = frozenset({"contact", "project", "event", "tag"})
_UNSAFE_IN_NAMES = re.compile(r'[<>:"/\\|?*\x00-\x1f]')


def _tr(text: str) -> str:
    return QCoreApplication.translate("PersonalData", text)


# --------------------------------------------------------------------------- commands


def selected_person(window: Any) -> uuid.UUID | None:
    """The contact selected in the list in front, if exactly one is."""
    view = window.current_list_view()
    if view is None or view.kind != "contact":
        return None
    ids = view.selected_ids()
    return ids[0] if len(ids) == 1 else None


def _one_person(state: State) -> bool:
    return state.has_store and state.kind == "contact" and state.selected == 1


@add_action(
    "person_file_action",
    QT_TRANSLATE_NOOP("MainWindow", "E&xport Everything about This Person…"),
    icon_name="mdi6.file-account-outline",
    tip=QT_TRANSLATE_NOOP(
        "MainWindow",
        "Everything kept about the selected contact, as a JSON file and a readable PDF",
    ),
    enabled=_one_person,
)
def _export_person(window: Any) -> None:
    contact_id = selected_person(window)
    if contact_id is not None and window.context is not None:
        export_person_file(window, window.context, contact_id)


@add_action(
    "erase_person_action",
    QT_TRANSLATE_NOOP("MainWindow", "&Erase This Person…"),
    icon_name="mdi6.account-remove-outline",
    tip=QT_TRANSLATE_NOOP(
        "MainWindow", "Remove every personal field of the selected contact for good"
    ),
    enabled=lambda state: _one_person(state) and state.writable,
)
def _erase_person(window: Any) -> None:
    contact_id = selected_person(window)
    if contact_id is not None and window.context is not None and not window.read_only:
        erase_person_asking(window, window.context, contact_id)


@add_action(
    "review_action",
    QT_TRANSLATE_NOOP("MainWindow", "Data-Protection &Review…"),
    icon_name="mdi6.shield-account-outline",
    tip=QT_TRANSLATE_NOOP(
        "MainWindow", "Contacts with no legal basis, or not contacted for years: keep or erase"
    ),
    enabled=lambda state: state.has_store,
)
def _review(window: Any) -> None:
    if window.context is None:
        return
    dialog = window.extensions.get("data_protection_review")
    if dialog is None or dialog.context is not window.context:
        for stale in window.findChildren(ReviewDialog):
            stale.close()
            stale.deleteLater()
        dialog = ReviewDialog(window.context, window, window.open_record)
        window.extensions["data_protection_review"] = dialog
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()


def _status(parent: QWidget | None, text: str) -> None:
    bar = getattr(parent, "statusBar", None)
    if callable(bar):
        bar().showMessage(shown(text), 10000)


# --------------------------------------------------------------------------- export


def file_name_for(name: str) -> str:
    """A file name (no ending) for a person file: the name without the characters file
    systems refuse."""
    cleaned = " ".join(_UNSAFE_IN_NAMES.sub(" ", name).split()).strip(". ")
    return cleaned or "person"


def export_person_file(
    parent: QWidget | None,
    context: AppContext,
    contact_id: uuid.UUID,
    done: Callable[[tuple[Path, Path]], None] | None = None,
) -> None:
    """Ask where, then write everything kept about the contact as JSON and PDF."""
    store = context.store
    try:
        name = title_of(records.get(store, Contact, contact_id, include_deleted=True))
    except records.RecordNotFound as exc:
        QMessageBox.warning(
            parent, QCoreApplication.translate("PersonalData", "Export"), literal(str(exc))
        )
        return
    folder = Path(settings.get_key("exchange/folder", str(Path.home())))
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("PersonalData", "Export everything about {name}").format(
            name=shown(name)
        ),
        str(folder / f"{file_name_for(name)}.json"),
        QCoreApplication.translate("PersonalData", "Person file: JSON and PDF (*.json *.pdf)"),
    )
    if not chosen:
        return
    settings.put_key("exchange/folder", str(Path(chosen).parent))
    from ..core.services import personal_data

    json_path, pdf_path = personal_data.person_file_paths(Path(chosen))
    backups = settings.backup_folder()

    def work(_progress: Progress) -> dict[str, Any]:
        data = personal_data.person_file(store, contact_id, backup_folder=backups)
        personal_data.write_person_json(data, json_path)
        return data

    def failed(exc: BaseException) -> None:
        QMessageBox.critical(
            parent,
            QCoreApplication.translate("PersonalData", "Export"),
            literal(
                QCoreApplication.translate(
                    "PersonalData", "The person file was not written.\n\n{error}"
                ).format(error=error_text(exc, json_path))
            ),
        )

    def print_pdf(data: dict[str, Any]) -> None:
        from ..render.person_file_pdf import write_person_pdf

        try:
            write_person_pdf(data, pdf_path)
        except Exception as exc:
            failed(exc)
            return
        _status(
            parent,
            QCoreApplication.translate("PersonalData", "Wrote {json} and {pdf}").format(
                json=json_path, pdf=pdf_path
            ),
        )
        if done is not None:
            done((json_path, pdf_path))

    run_in_background(
        parent,
        QCoreApplication.translate("PersonalData", "Gathering everything about {name}…").format(
            name=name
        ),
        work,
        print_pdf,
        failed,
    )


# --------------------------------------------------------------------------- erase


def confirm_erase(parent: QWidget | None, name: str, links: list[str]) -> bool:
    """Ask once before erasing; True to go ahead. Says what goes, that it cannot be
    undone, and what it does not reach."""
    gone = QCoreApplication.translate(
        "PersonalData",
        "Gone for good: the name, e-mail addresses, phone numbers, messaging handles, "
        "position, city and country, languages, the legal basis and its note, the "
        "notes, and the search index's entry.",
    )
    if links:
        gone += (
            "\n"
            + QCoreApplication.translate("PersonalData", "Also closed and blanked:")
            + "\n• "
            + "\n• ".join(links)
        )
    kept = QCoreApplication.translate(
        "PersonalData",
        "Only the id, the office and an “erased” mark stay; sync and packages carry the "
        "erasure to the other copies.",
    )
    warning = QCoreApplication.translate(
        "PersonalData",
        "This cannot be undone, not with Undo either. Backups made before keep the "
        "person until they are pruned; restoring one erases them again.",
    )
    box = message_box(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("PersonalData", "Erase this person"),
        QCoreApplication.translate("PersonalData", "Erase “{name}” for good?").format(name=name),
        QMessageBox.StandardButton.Cancel,
        parent,
        informative=f"{gone}\n\n{kept}\n\n{warning}",
    )
    box.setObjectName("erase_question")
    erase_button = box.addButton(
        QCoreApplication.translate("PersonalData", "Erase for Good"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    erase_button.setObjectName("erase_button")
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is erase_button


def erase_person_asking(
    parent: QWidget | None,
    context: AppContext,
    contact_id: uuid.UUID,
    done: Callable[[Any], None] | None = None,
) -> None:
    """Ask (:func:`confirm_erase`), then erase the contact in the background."""
    store = context.store
    try:
        effects = records.delete_effects(store, Contact, contact_id)
        name = title_of(effects.record)
        links = effects.removed()
    except records.RecordNotFound:  # deleted already: still erasable
        name = title_of(records.get(store, Contact, contact_id, include_deleted=True))
        links = []
    if not confirm_erase(parent, name, links):
        return
    erased = QCoreApplication.translate(
        "PersonalData", "Erased “{name}”: every personal field is removed for good."
    ).format(name=name)
    from ..core.services.erasure import erase_person

    def success(result: Any) -> None:
        _status(parent, erased)
        if done is not None:
            done(result)

    (
        Operation(parent, context, lambda _progress: erase_person(store, contact_id))
        .changes(ERASURE_CHANGES)
        .failed(
            QCoreApplication.translate("PersonalData", "Not erased"),
            QCoreApplication.translate("PersonalData", "Nothing was erased.\n\n{error}"),
        )
        .success(success)
        .run_in_background(
            QCoreApplication.translate("PersonalData", "Erasing “{name}”…").format(name=name),
            cancellable=False,
        )
    )


# --------------------------------------------------------------------------- review


class ReviewModel(QAbstractTableModel):
    """The review list: name, office, legal basis, last contact, reason."""

    HEADERS = (
        QT_TRANSLATE_NOOP("PersonalData", "Name"),
        QT_TRANSLATE_NOOP("PersonalData", "Office"),
        QT_TRANSLATE_NOOP("PersonalData", "Legal basis"),
        QT_TRANSLATE_NOOP("PersonalData", "Last contacted"),
        QT_TRANSLATE_NOOP("PersonalData", "Reason"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[ReviewItem] = []

    def set_items(self, items: list[ReviewItem]) -> None:
        self.beginResetModel()
        self.items = items
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def text(self, row: int, column: int) -> str:
        item = self.items[row]
        if column == 0:
            return item.name
        if column == 1:
            return item.office
        if column == 2:
            return label_of(LegalBasis, item.legal_basis)
        if column == 3:
            return item.last_contacted_on.isoformat() if item.last_contacted_on else ""
        return item.reason

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = shown(self.text(index.row(), index.column()))
            return literal(text) if role == Qt.ItemDataRole.ToolTipRole else text
        if role == Qt.ItemDataRole.UserRole:
            return self.items[index.row()].contact_id
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = 0
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(str(self.HEADERS[section]))
        return None


class ReviewDialog(QDialog):
    """The data-protection review: who to look at again, why, and what to do."""

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        open_record: Callable[[str, uuid.UUID], None] | None = None,
    ) -> None:
        from ..core.services.data_protection_review import DEFAULT_YEARS

        super().__init__(parent)
        self.context = context
        self.open_record = open_record
        self.setObjectName("data_protection_review")
        self.setWindowTitle(self.tr("Data-Protection Review"))
        self.resize(980, 520)
        self.intro = plain_label(
            self.tr(
                "Contacts whose data should be looked at again: record why they are kept "
                "(the legal basis), or erase them."
            ),
            self,
        )
        self.intro.setWordWrap(True)
        self.years = QSpinBox(self)
        self.years.setObjectName("review_years")
        self.years.setRange(1, 50)
        self.years.setValue(DEFAULT_YEARS)
        self._say_years(self.years.value())
        self.years.setToolTip(self.tr("Not contacted for longer than this"))
        self.years.valueChanged.connect(self._say_years)
        self.years.valueChanged.connect(self.refresh)
        period = QHBoxLayout()
        period.addWidget(plain_label(self.tr("Not contacted for more than"), self))
        period.addWidget(self.years)
        period.addStretch(1)
        self.model = ReviewModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("review_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.count_label = plain_label("", self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.open_button = QPushButton(self.tr("&Open Contact"), self)
        self.open_button.setObjectName("review_open")
        self.open_button.clicked.connect(self.open_selected)
        self.erase_button = QPushButton(self.tr("&Erase…"), self)
        self.erase_button.setObjectName("review_erase")
        self.erase_button.clicked.connect(self.erase_selected)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(period)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        context.changed.connect(self._on_changed)
        self.refresh()

    def _say_years(self, years: int) -> None:
        """The spin box's suffix follows its number: "1 year", "3 years"."""
        self.years.setSuffix(self.tr(" year") if years == 1 else self.tr(" years"))

    def refresh(self) -> None:
        if self.context.closed:  # another file was opened meanwhile
            self.close()
            return
        selected = self.selected_id()
        from ..core.services.data_protection_review import review_list

        items = review_list(self.context.store, years=self.years.value())
        self.model.set_items(items)
        self.table.resizeColumnsToContents()
        self.count_label.setText(
            shown(
                (
                    self.tr("{count} contact to review")
                    if len(items) == 1
                    else self.tr("{count} contacts to review")
                ).format(count=len(items))
            )
        )
        if selected is not None:
            for row, item in enumerate(items):
                if item.contact_id == selected:
                    self.table.selectRow(row)
        self._update_buttons()

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches("contact") or changes.touches("office"):
            self.refresh()

    def selected_id(self) -> uuid.UUID | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.items[rows[0].row()].contact_id if rows else None

    def _update_buttons(self, *_args: object) -> None:
        chosen = self.selected_id() is not None
        self.open_button.setEnabled(chosen and self.open_record is not None)
        self.erase_button.setEnabled(chosen and not self.context.store.read_only)

    def open_selected(self) -> None:
        contact_id = self.selected_id()
        if self.context.closed:
            self.close()
        elif contact_id is not None and self.open_record is not None:
            self.open_record("contact", contact_id)

    def erase_selected(self) -> None:
        contact_id = self.selected_id()
        if self.context.closed:
            self.close()
        elif contact_id is not None:
            erase_person_asking(self, self.context, contact_id)

"""File ▸ Import and File ▸ Export: lists to spreadsheets, contacts to vCard, events to a
calendar, and packages exchanged between offices.

Every export writes what the list shows, with its current filter and order, and runs
off the GUI thread with progress and Cancel (a cancelled export leaves no file). A
package from another office is first planned (what is added, updated, deleted, and
which edits conflict) and only written when the user agrees, in one transaction (an
:class:`~office_desk.ui.operation.Operation`, after a backup).
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QWidget

from ..core import kinds, listing
from ..core.listing import ListQuery
from ..core.write_errors import error_text
from . import settings
from .app_context import EVERYTHING, AppContext
from .background import Progress, progress_reporter, run_in_background
from .operation import Operation
from .pages import count_text
from .plain_text import literal, shown

if TYPE_CHECKING:
    from ..core.network_package.format import MadeBy

log = logging.getLogger(__name__)

LIST_FILTERS = {
    "xlsx": QT_TRANSLATE_NOOP("DataExchange", "Excel workbook (*.xlsx)"),
    "csv": QT_TRANSLATE_NOOP("DataExchange", "CSV table (*.csv)"),
    "csv;": QT_TRANSLATE_NOOP("DataExchange", "CSV table for German Excel, semicolons (*.csv)"),
}
PACKAGE_FILTER = QT_TRANSLATE_NOOP("DataExchange", "Office Desk package (*.zip *.json *.sealed)")
SEALED_FILTER = QT_TRANSLATE_NOOP("DataExchange", "Sealed Office Desk package (*.sealed)")


class Pages(Protocol):
    """What the import and export commands ask of the main window besides being one:
    the open file and its lists."""

    @property
    def context(self) -> AppContext | None: ...
    @property
    def views(self) -> dict[str, QWidget]: ...
    def current_list_view(self) -> Any: ...
    def list_view(self, kind: str) -> Any: ...


def _uuid(text: Any) -> uuid.UUID | None:
    try:
        return uuid.UUID(str(text)) if text else None
    except ValueError:
        return None


def _tr(text: str) -> str:
    """One of the texts above (marked with QT_TRANSLATE_NOOP), in the chosen language."""
    return QCoreApplication.translate("DataExchange", text)


def plural_of(kind: str) -> str:
    """What records of ``kind`` are called, in the chosen language ("contacts"): the
    export's progress and the file name offered."""
    return kinds.get(kind).phrases("nouns")


def counted(kind: str, n: int) -> str:
    """``n`` records of ``kind`` as the main window writes them: "1 contact",
    "1,234 contacts" (a whole phrase per number, never "1 contacts")."""
    return count_text(kind, n)


class DataExchange(QObject):
    """The import and export commands of the main window."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.pages = cast(Pages, window)  # the main window

    @property
    def context(self) -> AppContext | None:
        return self.pages.context

    def _ask_path(self, title: str, suggestion: str, filters: str) -> tuple[Path | None, str]:
        folder = Path(settings.get_key("exchange/folder", str(Path.home())))
        name, chosen = QFileDialog.getSaveFileName(
            self.window, title, str(folder / suggestion), filters
        )
        if not name:
            return None, ""
        settings.put_key("exchange/folder", str(Path(name).parent))
        return Path(name), chosen

    def _done(self, text: str) -> Callable[[Any], None]:
        return lambda _result: self.window.statusBar().showMessage(shown(text), 10000)

    def _store_path(self) -> Path | None:
        return self.context.store.path if self.context is not None else None

    def _failed(self, what: str) -> Callable[[BaseException], None]:
        """Show that ``what`` (already translated, e.g. "The export") failed."""

        def show(exc: BaseException) -> None:
            log.error("%s failed", what, exc_info=exc)
            QMessageBox.critical(
                self.window,
                "Office Desk",
                literal(
                    self.tr("{what} failed.\n\n{error}").format(
                        what=what, error=error_text(exc, self._store_path())
                    )
                ),
            )

        return show

    # ------------------------------------------------------------------ lists

    def current_query(self, kind: str | None = None) -> ListQuery:
        """The filter of the list the user looks at (or of ``kind``'s list)."""
        view = self.pages.current_list_view()
        if kind is None and view is not None:
            return view.current_query()
        kind = kind or "contact"
        if kind in self.pages.views:
            return self.pages.list_view(kind).current_query()
        return ListQuery(kind)

    def export_list(self, kind: str | None = None) -> None:
        """Save the current list (with its filter) as an Excel workbook or a CSV table."""
        if self.context is None:
            return
        query = self.current_query(kind)
        store = self.context.store
        total = listing.count(store, query)
        plural = plural_of(query.kind)
        filters = {key: _tr(text) for key, text in LIST_FILTERS.items()}
        path, chosen = self._ask_path(
            self.tr("Export {what}").format(what=counted(query.kind, total)),
            f"{plural}.xlsx",
            ";;".join(filters.values()),
        )
        if path is None:
            return
        fmt = "csv" if path.suffix.lower() == ".csv" or "(*.csv)" in chosen else "xlsx"
        delimiter = ";" if chosen == filters["csv;"] else ","
        if path.suffix.lower() not in (".csv", ".xlsx"):
            path = path.with_suffix(f".{fmt}")

        writing = self.tr("Writing {done} of {total}…")
        exported = self.tr("Exported {what} to {path}")
        kind_shown = query.kind

        def work(progress: Progress) -> int:
            from ..core.export_lists import export_list

            extra = {"delimiter": delimiter} if fmt == "csv" else {}
            return export_list(
                store, query, path, fmt, progress=progress_reporter(progress, writing), **extra
            )

        run_in_background(
            self.window,
            self.tr("Exporting {what}…").format(what=plural),
            work,
            lambda n: self.window.statusBar().showMessage(
                shown(exported.format(what=counted(kind_shown, n), path=path)), 10000
            ),
            self._failed(self.tr("The export")),
        )

    def export_vcards(self) -> None:
        """Save the contacts of the Contacts list (with its filter) as vCards."""

        def write(store: Any, ids: list[uuid.UUID], path: Path, progress: Any) -> int:
            from ..core.export_vcard import export_vcards

            return export_vcards(store, ids, path, progress=progress)

        self._export_records(
            "contact",
            self.tr("Export {what} as vCards"),
            self.tr("The Contacts list is empty."),
            ".vcf",
            self.tr("vCard (*.vcf)"),
            write,
        )

    def export_calendar(self) -> None:
        """Save the events of the Events list (with its filter) as an iCalendar file."""

        def write(store: Any, ids: list[uuid.UUID], path: Path, progress: Any) -> int:
            from ..core.export_calendar import export_calendar

            return export_calendar(store, ids, path, progress=progress)

        self._export_records(
            "event",
            self.tr("Export {what} as a calendar"),
            self.tr("The Events list is empty."),
            ".ics",
            self.tr("iCalendar (*.ics)"),
            write,
        )

    def _export_records(
        self,
        kind: str,
        title: str,
        empty: str,
        suffix: str,
        file_filter: str,
        write: Callable[[Any, list[uuid.UUID], Path, Any], int],
    ) -> None:
        """Ask where, then ``write`` the records of ``kind``'s list in the background.

        ``title`` (with ``{what}``: "12 contacts") heads the file dialog; ``empty`` says the
        list is empty.
        """
        if self.context is None:
            return
        query = self.current_query(kind)
        store = self.context.store
        ids = listing.ids(store, query)
        plural = plural_of(kind)
        if not ids:
            QMessageBox.information(self.window, self.tr("Export"), empty)
            return
        path, _ = self._ask_path(
            title.format(what=counted(kind, len(ids))), f"{plural}{suffix}", file_filter
        )
        if path is None:
            return
        if path.suffix.lower() != suffix:
            path = path.with_suffix(suffix)

        writing = self.tr("Writing {done} of {total}…")
        exported = self.tr("Exported {what} to {path}")

        def work(progress: Progress) -> int:
            return write(store, ids, path, progress_reporter(progress, writing))

        run_in_background(
            self.window,
            self.tr("Exporting {what}…").format(what=plural),
            work,
            lambda n: self.window.statusBar().showMessage(
                shown(exported.format(what=counted(kind, n), path=path)), 10000
            ),
            self._failed(self.tr("The export")),
        )

    # ------------------------------------------------------------------ packages

    def made_by(self, office_id: uuid.UUID | None) -> MadeBy:
        """Who a package made here says made it: the name set under ``exchange/person``
        (else the OS user name), and the exported office, or for the whole database the
        default office of Settings (none if it is not set or gone)."""
        from ..core.models import Office
        from ..core.network_package.format import MADE_BY_MAX, MadeBy, default_person
        from ..core.services import records

        person = " ".join(str(settings.get(settings.PACKAGE_PERSON)).split())[:MADE_BY_MAX]
        office_name = None
        office_id = office_id or _uuid(settings.get(settings.DEFAULT_OFFICE))
        if office_id is not None and self.context is not None:
            try:
                office_name = records.get(self.context.store, Office, office_id).name
            except LookupError:
                office_id = None
        return MadeBy(person or default_person(), office_id, office_name)

    def export_package(self, office_id: uuid.UUID | None = None) -> None:
        """Save the whole database (or one office's part) as a package for another
        office: first what goes in and whom it is sealed to, then where."""
        if self.context is None:
            return
        from ..core.network_package.sealing import SEALED_SUFFIX
        from .package_export_dialog import PackageExportDialog

        store = self.context.store
        choices = PackageExportDialog(store, self.window)
        if choices.exec() != PackageExportDialog.DialogCode.Accepted:
            return
        personal_data, seal_to = choices.personal_data, choices.seal_to
        made_by = self.made_by(office_id)
        stem = store.path.stem if store.path else "office-desk"
        suffix = SEALED_SUFFIX if seal_to else ".zip"
        path, _ = self._ask_path(
            self.tr("Export a package for another office"),
            f"{stem}-package{suffix}",
            _tr(SEALED_FILTER if seal_to else PACKAGE_FILTER),
        )
        if path is None:
            return
        if seal_to and path.suffix.lower() != SEALED_SUFFIX:
            path = path.with_suffix(SEALED_SUFFIX)  # not readable as .zip or .json
        elif not seal_to and path.suffix.lower() not in (".zip", ".json"):
            path = path.with_suffix(".zip")

        writing = self.tr("Writing {done} of {total}…")

        def work(progress: Progress) -> Any:
            from ..core.network_package import export_package

            return export_package(
                store,
                path,
                office_id,
                progress=progress_reporter(progress, writing),
                made_by=made_by,
                personal_data=personal_data,
                seal_to=seal_to,
            )

        def done(summary: Any) -> None:
            text = self.tr("Saved the package to {path}").format(path=path)
            if summary.sealed_to:
                text = self.tr("Saved the package, sealed to {offices}, to {path}").format(
                    offices=", ".join(summary.sealed_to), path=path
                )
            self.window.statusBar().showMessage(shown(text), 10000)
            if summary.recovery_missing:
                QMessageBox.warning(
                    self.window,
                    self.tr("Export"),
                    literal(
                        self.tr(
                            "Headquarters ({hq}) has no key here, so it cannot open this "
                            "package. Import its office key in Settings, Package keys."
                        ).format(hq=summary.recovery_missing)
                    ),
                )

        run_in_background(
            self.window,
            self.tr("Exporting the package…"),
            work,
            done,
            self._failed(self.tr("The export")),
        )

    def import_package(self, path: Path | None = None) -> None:
        """Merge a package from another office: plan, show, then write in one go."""
        if self.context is None:
            return
        if path is None:
            folder = settings.get_key("exchange/folder", str(Path.home()))
            name, _ = QFileDialog.getOpenFileName(
                self.window,
                self.tr("Import a package"),
                folder,
                f"{_tr(PACKAGE_FILTER)};;{self.tr('All files (*)')}",
            )
            if not name:
                return
            path = Path(name)
        store = self.context.store

        def work(_progress: Progress) -> Any:
            from ..core.network_package import plan_merge, read_package

            return plan_merge(store, read_package(path))

        failed = self._failed(self.tr("Reading the package"))

        def refused(exc: BaseException) -> None:
            from ..core.network_package import KeyChanged

            if not isinstance(exc, KeyChanged):
                failed(exc)
                return
            log.warning("a package signed with a changed key was refused")
            QMessageBox.critical(self.window, self.tr("Package refused"), literal(str(exc)))

        run_in_background(
            self.window,
            self.tr("Reading the package…"),
            work,
            lambda plan: self._confirm_merge(path, plan),
            refused,
        )

    def _confirm_merge(self, path: Path, plan: Any) -> None:
        from .package_merge_dialog import PackageMergeDialog

        dialog = PackageMergeDialog(path, plan, self.window)
        if dialog.exec() != PackageMergeDialog.DialogCode.Accepted:
            return
        allow_deletions = dialog.deletions_confirmed
        trust_new_key = dialog.key_trusted
        context = self.context
        if context is None:
            return
        store = context.store
        merging = self.tr("Merging {done} of {total}…")

        def work(progress: Progress) -> Any:
            from ..core.network_package import apply_merge

            # Unconfirmed deletions (the dialog does not let it come to that) are refused
            # by apply_merge before it writes anything.
            return apply_merge(
                store,
                plan,
                progress=progress_reporter(progress, merging),
                allow_deletions=allow_deletions,
                trust_new_key=trust_new_key,
            )

        # A merge cannot be undone step by step: the history is cleared (its steps would
        # write back pre-merge values) and a backup made first puts it back.
        merge = (
            Operation(self.window, context, work)
            .changes(EVERYTHING.kinds)
            .failed(
                "Office Desk",
                self.tr("{what} failed.\n\n{error}").format(
                    what=self.tr("The merge"), error="{error}"
                ),
            )
            .success(
                lambda _result: self.window.statusBar().showMessage(
                    shown(self.tr("Merged {file}.").format(file=path.name)), 10000
                )
            )
        )
        if allow_deletions or not plan.needs_confirmation:
            merge.backup_first("before-merge")
        merge.run_in_background(self.tr("Merging the package…"))

    # ------------------------------------------------------------------ contacts

    def import_contacts(self, path: Path | None = None) -> None:
        """Import contacts or organizations from CSV, Excel or vCard (with a dry run)."""
        if self.context is None:
            return
        from .import_dialog import ImportDialog

        dialog = ImportDialog(self.context, self.window, path)
        dialog.exec()

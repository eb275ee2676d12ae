"""The Projects board: one column per stage, a card per project, and the totals line.

What the board does lives here; how it looks is :mod:`office_desk.ui.project_board_view`
(the columns, the totals line, selection, keyboard and menus), with the columns in
:mod:`~office_desk.ui.stage_column` and the cards in :mod:`~office_desk.ui.project_cards`
(compare TagStudio's ``qt/views/tag_box_view.py`` beside ``qt/controllers/tag_box.py``).

:class:`ProjectBoard` shows the projects the Projects list shows (its filters, through
:meth:`ProjectBoard.set_query`), totalled per stage in the reporting currency, and
follows changes made elsewhere (refreshed when shown again if it is hidden). Dragging a
card to another column is a real drag and drop (the ids travel as mime data); the
context menu ("Move to stage") and Ctrl+Shift+Left / Right do the same from the
keyboard. All of them end in :meth:`ProjectBoard.move_projects`, and the one write the
board makes, changing the stage, is :meth:`ProjectBoard._write_stage_move`.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from ..core.listing import ListQuery
from ..core.models import Project
from ..core.services.exchange_rates import rate_currencies
from ..core.services.project_totals import (
    DEFAULT_CURRENCY,
    ProjectTotals,
    board_content,
    project_currencies,
    stage_label,
    stage_order,
)
from ..core.services.stage_moves import StageMove, plan_stage_move
from .app_context import AppContext, Changes
from .operation import Operation, show_failure
from .project_board_view import ProjectBoardView
from .signing_date_dialog import ask_signing_date
from .undo_commands import SetFieldsCommand

#: What a change must touch for the board to show it.
_SHOWN_KINDS = ("project", "office", "organization", "exchange_rate")


class ProjectBoard(ProjectBoardView):
    """Projects by stage, following the Projects list's filters, with a totals line."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._query = ListQuery(kind="project")
        self._select_after_reload: list[uuid.UUID] = []
        self._stale = False
        self._fill_currencies(DEFAULT_CURRENCY)
        context.changed.connect(self._on_changed)
        self._ensure_columns(stage_order())
        self.refresh()

    # ---------------------------------------------------------------- what it shows

    @property
    def query(self) -> ListQuery:
        return self._query

    def set_query(self, query: ListQuery) -> None:
        """Show the projects the Projects list shows (its text, office, stage... filters)."""
        if query.kind != "project":
            raise ValueError(f"the project board shows projects, not {query.kind!r}")
        if query == self._query and self._content is not None:
            return
        self._query = query
        if self.isVisible() or self._content is None:
            self.refresh()
        else:
            self._stale = True  # refreshed when shown again

    def totals(self) -> ProjectTotals | None:
        """The totals shown now (None before the first load)."""
        return self._content.totals if self._content else None

    def refresh(self) -> None:
        """Reload cards and totals from the store."""
        self._stale = False
        selected = self._select_after_reload or self.selected_project_ids()
        self._select_after_reload = []
        content = board_content(self.context.store, self._query, self.reporting_currency())
        self.show_content(content, filtered=self._filtered(), select=selected)

    def _filtered(self) -> bool:
        """Whether the list's filters leave projects out (its order does not count)."""
        return self._query != ListQuery(
            kind="project", order_by=self._query.order_by, descending=self._query.descending
        )

    def _fill_currencies(self, current: str) -> None:
        store = self.context.store
        codes = sorted(
            {DEFAULT_CURRENCY, current, *rate_currencies(store), *project_currencies(store)}
        )
        self.show_currencies(codes, current)

    # ---------------------------------------------------------------- moving projects

    def move_projects(self, project_ids: Sequence[uuid.UUID], stage: str) -> None:
        """Change the stage of projects, as one undoable step (Ctrl+Z puts them back).

        Moving to Signed (or a stage after it) asks for the signing date of projects
        that have none, and stores it with the move; cancelling moves nothing."""
        try:
            plan = plan_stage_move(self.context.store, project_ids, stage)
        except Exception as exc:  # the file could not be read; say why
            self._move_failed(exc)
            return
        if not plan.moving:
            return
        signed_on = None
        if plan.needs_signing_date:
            answer = ask_signing_date(plan, self)
            if answer is None:
                return  # cancelled: the cards stay where they are
            signed_on = answer.signed_on
        self._write_stage_move(plan, signed_on)

    def _write_stage_move(self, plan: StageMove, signed_on: date | None) -> None:
        """The board's one write: the planned stage change (with the signing date asked
        for, if any) as one undoable command, run by an
        :class:`~office_desk.ui.operation.Operation`; on failure nothing changes and the
        user is told why. The moved cards are selected once the board has reloaded."""
        moving = list(plan.moving)
        target = stage_label(plan.stage)
        if len(moving) == 1:
            text = self.tr("Move “{title}” to {stage}").format(
                title=_short(plan.titles[moving[0]]), stage=target
            )
        else:
            text = self.tr("Move {count} projects to {stage}").format(
                count=len(moving), stage=target
            )
        self._select_after_reload = moving
        command = SetFieldsCommand(self.context, Project, plan.changes(signed_on), text)
        if (
            not Operation(self, self.context, command)
            .failed(
                self.tr("Could not move the project"),
                self.tr("The stage was not changed.\n\n{error}"),
                warning=True,
            )
            .run()
        ):
            # A failed write changes nothing (the dialog said why): show the file as it is.
            self._select_after_reload = []
            self.refresh()

    def _move_failed(self, exc: BaseException) -> None:
        show_failure(
            self,
            self.tr("Could not move the project"),
            self.tr("The stage was not changed.\n\n{error}"),
            exc,
            self.context.store.path,
            warning=True,
        )
        self.refresh()

    # ---------------------------------------------------------------- what the view asks

    def _on_move_requested(self, project_ids: list[uuid.UUID], stage: str) -> None:
        self.move_projects(project_ids, stage)

    def _on_open_requested(self, project_id: uuid.UUID) -> None:
        self.context.open_record.emit("project", project_id)

    def _on_currency_changed(self, _code: str) -> None:
        self.refresh()

    # ---------------------------------------------------------------- following changes

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches("exchange_rate"):
            self._fill_currencies(self.reporting_currency())
        if any(changes.touches(k) for k in _SHOWN_KINDS):
            if self.isVisible():
                self.refresh()
            else:
                self._stale = True  # refreshed when shown again

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()


def _short(title: str, limit: int = 48) -> str:
    return title if len(title) <= limit else title[: limit - 1].rstrip() + "…"

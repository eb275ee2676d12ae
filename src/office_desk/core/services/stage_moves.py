"""Moving projects to another stage, as the Projects board does.

Period reports count a signed project by its signing date: a project moved to Signed
(or to a stage after it) without one would drop out of every report. A move therefore
says which projects still need a signing date, and writes the date the user gives
together with the new stage. A signing date already recorded is kept as it is.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from ..models import Project
from ..store.database import Store
from .office_overview import SIGNED_STAGES
from .records import get_many


def counts_as_signed(stage: str) -> bool:
    """True for the stages whose money counts as signed (Signed, In progress,
    Completed): a project there needs a signing date to appear in period reports."""
    return stage in SIGNED_STAGES


@dataclass(frozen=True)
class StageMove:
    """What moving some projects to ``stage`` changes."""

    stage: str
    #: The projects not yet at ``stage``, in the order asked (missing ones left out).
    moving: tuple[uuid.UUID, ...]
    #: Of those, the ones that enter a signed stage without a signing date.
    undated: tuple[uuid.UUID, ...]
    #: Titles of the moving projects, by id (for the undo text and the question).
    titles: dict[uuid.UUID, str]

    @property
    def needs_signing_date(self) -> bool:
        return bool(self.undated)

    def changes(self, signed_on: date | None = None) -> dict[uuid.UUID, dict[str, object]]:
        """The fields to write per project: the stage, and ``signed_on`` for the
        projects that had no signing date (if one is given)."""
        result: dict[uuid.UUID, dict[str, object]] = {}
        for project_id in self.moving:
            fields: dict[str, object] = {"stage": self.stage}
            if signed_on is not None and project_id in self.undated:
                fields["signed_on"] = signed_on
            result[project_id] = fields
        return result


def plan_stage_move(store: Store, project_ids: Sequence[uuid.UUID], stage: str) -> StageMove:
    """Which of ``project_ids`` a move to ``stage`` changes, and which of them need a
    signing date for it (read in one short session)."""
    wanted = list(dict.fromkeys(project_ids))
    found = get_many(store, Project, wanted)
    moving = tuple(i for i in wanted if i in found and found[i].stage != stage)
    undated = tuple(i for i in moving if counts_as_signed(stage) and found[i].signed_on is None)
    return StageMove(
        stage=stage, moving=moving, undated=undated, titles={i: found[i].title for i in moving}
    )

"""Moving projects between stages: which need a signing date, and what is written."""

from __future__ import annotations

from datetime import date

from office_desk.core.sample_network import sample_id
from office_desk.core.services.stage_moves import counts_as_signed, plan_stage_move
from office_desk.core.store.database import Store

ISARTAL = sample_id("project:isartal_plant")  # in talks, no signing date
MAINUFER = sample_id("project:mainufer_hub")  # signed on 2024-09-12
AEROSPACE = sample_id("project:seine_composites")  # lead, no signing date


def test_signed_and_later_stages_count_as_signed() -> None:
    assert [
        s
        for s in ("lead", "in_talks", "signed", "in_progress", "completed", "on_hold", "dropped")
        if counts_as_signed(s)
    ] == ["signed", "in_progress", "completed"]


def test_a_move_to_signed_dates_only_the_undated(sample_store: Store) -> None:
    plan = plan_stage_move(sample_store, [ISARTAL, MAINUFER, ISARTAL], "completed")
    assert plan.moving == (ISARTAL, MAINUFER)
    assert plan.undated == (ISARTAL,)
    assert plan.needs_signing_date
    assert plan.changes(date(2025, 1, 2)) == {
        ISARTAL: {"stage": "completed", "signed_on": date(2025, 1, 2)},
        MAINUFER: {"stage": "completed"},
    }
    assert plan.changes(None) == {ISARTAL: {"stage": "completed"}, MAINUFER: {"stage": "completed"}}


def test_moves_elsewhere_or_in_place_ask_nothing(sample_store: Store) -> None:
    back = plan_stage_move(sample_store, [AEROSPACE, ISARTAL], "on_hold")
    assert back.moving == (AEROSPACE, ISARTAL) and not back.needs_signing_date
    same = plan_stage_move(sample_store, [ISARTAL], "in_talks")
    assert same.moving == () and same.changes() == {}
    assert plan_stage_move(sample_store, [sample_id("project:nonexistent")], "signed").moving == ()

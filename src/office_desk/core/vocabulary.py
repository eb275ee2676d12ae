"""The fixed choices the user picks from: statuses, kinds, stages, roles.

Each is a ``StrEnum`` whose value is what the database stores (stable, English,
snake_case) and whose ``label`` is what a user reads. Stored values never change;
labels may (and are translated by the GUI).
"""

from __future__ import annotations

from enum import StrEnum


def label_of(choices: type[_Choice], value: str) -> str:
    """The label of a stored ``value`` of ``choices``; a value this version does not know
    (a newer file, a hand edit) is shown readably instead of failing."""
    try:
        return choices(value).label
    except ValueError:
        return value.replace("_", " ").capitalize() if value else ""


class _Choice(StrEnum):
    @property
    def label(self) -> str:
        return _LABELS.get(self.value, self.value.replace("_", " ").capitalize())

    @classmethod
    def values(cls) -> list[str]:
        return [m.value for m in cls]


class OfficeStatus(_Choice):
    PLANNED = "planned"
    ACTIVE = "active"
    CLOSED = "closed"


class OrganizationKind(_Choice):
    COMPANY = "company"
    UNIVERSITY = "university"
    RESEARCH_INSTITUTE = "research_institute"
    GOVERNMENT = "government"
    ASSOCIATION = "association"
    CULTURAL = "cultural"
    OTHER = "other"


class ProjectKind(_Choice):
    RD_CENTRE = "rd_centre"
    JOINT_LAB = "joint_lab"
    INVESTMENT = "investment"
    CAPACITY_EXPANSION = "capacity_expansion"
    TRAINING = "training"
    CULTURAL_EXCHANGE = "cultural_exchange"
    TRADE = "trade"
    OTHER = "other"


class ProjectStage(_Choice):
    LEAD = "lead"
    IN_TALKS = "in_talks"
    SIGNED = "signed"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    ON_HOLD = "on_hold"
    DROPPED = "dropped"


class PartnerRole(_Choice):
    CHINESE_SIDE = "chinese_side"
    EUROPEAN_SIDE = "european_side"
    SPONSOR = "sponsor"
    OTHER = "other"


class EventKind(_Choice):
    MEETING = "meeting"
    VISIT = "visit"
    DELEGATION = "delegation"
    CONFERENCE = "conference"
    CULTURAL_EVENT = "cultural_event"
    TRAINING = "training"
    CALL = "call"


class LegalBasis(_Choice):
    """GDPR Art. 6 / PIPL bases for keeping a person's data."""

    UNKNOWN = "unknown"
    CONSENT = "consent"
    CONTRACT = "contract"
    LEGITIMATE_INTEREST = "legitimate_interest"
    PUBLIC_ROLE = "public_role"
    LEGAL_OBLIGATION = "legal_obligation"


_LABELS: dict[str, str] = {
    "rd_centre": "R&D centre",
    "joint_lab": "Joint lab",
    "in_talks": "In talks",
    "in_progress": "In progress",
    "on_hold": "On hold",
    "chinese_side": "Chinese side",
    "european_side": "European side",
    "research_institute": "Research institute",
    "cultural": "Cultural body",
    "cultural_event": "Cultural event",
    "cultural_exchange": "Cultural exchange",
    "capacity_expansion": "Capacity expansion",
    "legitimate_interest": "Legitimate interest",
    "public_role": "Public role (published contact)",
    "legal_obligation": "Legal obligation",
    "government": "Government body",
}

"""The fixed choices the user picks from: statuses, kinds, stages, roles.

Each is a ``StrEnum`` whose value is what the database stores (stable, English,
snake_case) and whose ``label`` is what a user reads, in the current language
(:func:`office_desk.core.i18n.translate`, context "Vocabulary"). Stored values never
change; labels may.
"""

from __future__ import annotations

from enum import StrEnum

from .i18n import QT_TRANSLATE_NOOP, translate


def label_of(choices: type[_Choice], value: str) -> str:
    """The label of a stored ``value`` of ``choices``; a value this version does not know
    (a newer file, a hand edit) is shown readably instead of failing."""
    try:
        return choices(value).label
    except ValueError:
        return value.replace("_", " ").capitalize() if value else ""


def english_label_of(choices: type[_Choice], value: str) -> str:
    """Like :func:`label_of`, always in English (what the search index stores, so it is
    the same whichever language the app runs in)."""
    try:
        return choices(value).english_label
    except ValueError:
        return value.replace("_", " ").capitalize() if value else ""


class _Choice(StrEnum):
    @property
    def english_label(self) -> str:
        return _LABELS.get(self.value) or self.value.replace("_", " ").capitalize()

    @property
    def label(self) -> str:
        english = _LABELS.get(self.value)
        if english is None:  # pragma: no cover - every member has a label below
            return self.value.replace("_", " ").capitalize()
        return translate("Vocabulary", english)

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


#: The English label of every stored value (one dict: a value means the same in every
#: choice, e.g. "other"). Translated when read, by ``_Choice.label``.
_LABELS: dict[str, str] = {
    "planned": QT_TRANSLATE_NOOP("Vocabulary", "Planned"),
    "active": QT_TRANSLATE_NOOP("Vocabulary", "Active"),
    "closed": QT_TRANSLATE_NOOP("Vocabulary", "Closed"),
    "company": QT_TRANSLATE_NOOP("Vocabulary", "Company"),
    "university": QT_TRANSLATE_NOOP("Vocabulary", "University"),
    "research_institute": QT_TRANSLATE_NOOP("Vocabulary", "Research institute"),
    "government": QT_TRANSLATE_NOOP("Vocabulary", "Government body"),
    "association": QT_TRANSLATE_NOOP("Vocabulary", "Association"),
    "cultural": QT_TRANSLATE_NOOP("Vocabulary", "Cultural body"),
    "other": QT_TRANSLATE_NOOP("Vocabulary", "Other"),
    "rd_centre": QT_TRANSLATE_NOOP("Vocabulary", "R&D centre"),
    "joint_lab": QT_TRANSLATE_NOOP("Vocabulary", "Joint lab"),
    "investment": QT_TRANSLATE_NOOP("Vocabulary", "Investment"),
    "capacity_expansion": QT_TRANSLATE_NOOP("Vocabulary", "Capacity expansion"),
    "training": QT_TRANSLATE_NOOP("Vocabulary", "Training"),
    "cultural_exchange": QT_TRANSLATE_NOOP("Vocabulary", "Cultural exchange"),
    "trade": QT_TRANSLATE_NOOP("Vocabulary", "Trade"),
    "lead": QT_TRANSLATE_NOOP("Vocabulary", "Lead"),
    "in_talks": QT_TRANSLATE_NOOP("Vocabulary", "In talks"),
    "signed": QT_TRANSLATE_NOOP("Vocabulary", "Signed"),
    "in_progress": QT_TRANSLATE_NOOP("Vocabulary", "In progress"),
    "completed": QT_TRANSLATE_NOOP("Vocabulary", "Completed"),
    "on_hold": QT_TRANSLATE_NOOP("Vocabulary", "On hold"),
    "dropped": QT_TRANSLATE_NOOP("Vocabulary", "Dropped"),
    "chinese_side": QT_TRANSLATE_NOOP("Vocabulary", "Chinese side"),
    "european_side": QT_TRANSLATE_NOOP("Vocabulary", "European side"),
    "sponsor": QT_TRANSLATE_NOOP("Vocabulary", "Sponsor"),
    "meeting": QT_TRANSLATE_NOOP("Vocabulary", "Meeting"),
    "visit": QT_TRANSLATE_NOOP("Vocabulary", "Visit"),
    "delegation": QT_TRANSLATE_NOOP("Vocabulary", "Delegation"),
    "conference": QT_TRANSLATE_NOOP("Vocabulary", "Conference"),
    "cultural_event": QT_TRANSLATE_NOOP("Vocabulary", "Cultural event"),
    "call": QT_TRANSLATE_NOOP("Vocabulary", "Call"),
    "unknown": QT_TRANSLATE_NOOP("Vocabulary", "Unknown"),
    "consent": QT_TRANSLATE_NOOP("Vocabulary", "Consent"),
    "contract": QT_TRANSLATE_NOOP("Vocabulary", "Contract"),
    "legitimate_interest": QT_TRANSLATE_NOOP("Vocabulary", "Legitimate interest"),
    "public_role": QT_TRANSLATE_NOOP("Vocabulary", "Public role (published contact)"),
    "legal_obligation": QT_TRANSLATE_NOOP("Vocabulary", "Legal obligation"),
}

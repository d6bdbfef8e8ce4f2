"""What a database holds: schema version and counts per table."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from skillassess.core import models as m
from skillassess.db.migrate import current_revision

COUNTED: dict[str, type[m.Base]] = {
    "centres": m.Centre,
    "users": m.User,
    "awarding_bodies": m.AwardingBody,
    "qualifications": m.Qualification,
    "units": m.Unit,
    "elements": m.Element,
    "criteria": m.PerformanceCriterion,
    "candidates": m.Candidate,
    "enrolments": m.Enrolment,
    "evidence_items": m.EvidenceItem,
    "assessment_sessions": m.AssessmentSession,
    "assessments": m.Assessment,
    "judgements": m.CriterionJudgement,
    "appeals": m.Appeal,
    "certificates": m.Certificate,
    "audit_entries": m.AuditEntry,
}


@dataclass(frozen=True)
class DatabaseInfo:
    schema_version: str | None
    counts: dict[str, int]


def database_info(session: Session) -> DatabaseInfo:
    """Schema revision and the number of rows of each main table."""
    counts = {
        key: int(session.execute(select(func.count()).select_from(model)).scalar_one())
        for key, model in COUNTED.items()
    }
    return DatabaseInfo(current_revision(session.connection()), counts)

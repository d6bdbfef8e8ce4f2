"""The home page's counts (services/home.py) per role, checked against the data, and the Assessments
list's search and filters (services/recording/reading.py: AssessmentQuery)."""

from __future__ import annotations

from sqlalchemy import distinct, func, select

from skillassess.core.enums import AssessmentStatus
from skillassess.core.models import Assessment, Candidate, Unit, User
from skillassess.services import home
from skillassess.services.certificates import eligible_candidates
from skillassess.services.recording import reading, verification
from skillassess.services.recording.reading import AssessmentQuery


def _count(s, *where) -> int:
    return int(s.execute(select(func.count(Assessment.id)).where(*where)).scalar_one())


def _user_id(s, name: str) -> int:
    return int(s.execute(select(User.id).where(User.username == name)).scalar_one())


def test_each_role_sees_its_own_work(demo_db, demo_actor) -> None:
    with demo_db.session() as s:
        me = _user_id(s, "assessor1")
        mine = home.home_summary(s, demo_actor("assessor1"))
        sessions_with_drafts = select(func.count(distinct(Assessment.session_id))).where(
            Assessment.status == AssessmentStatus.DRAFT, Assessment.assessor_id == me
        )
        assert mine.sessions_to_record == s.execute(sessions_with_drafts).scalar_one() > 0
        assert mine.draft_results == _count(
            s, Assessment.status == AssessmentStatus.DRAFT, Assessment.assessor_id == me
        )
        assert mine.returned == _count(s, Assessment.status == AssessmentStatus.RETURNED, Assessment.assessor_id == me)
        assert mine.mine_only
        # Not an assessor's work: no count at all, rather than a zero that says "nothing to do".
        assert mine.awaiting_verification is None and mine.eligible_without_certificate is None
        assert {x.assessor for x in mine.sessions} == {"assessor1"}
        assert len(mine.sessions) == min(home.SESSIONS_SHOWN, mine.sessions_to_record)
        assert [x.date for x in mine.sessions] == sorted(x.date for x in mine.sessions)

        verifier = home.home_summary(s, demo_actor("verifier"))
        assert verifier.awaiting_verification == _count(s, Assessment.status == AssessmentStatus.SUBMITTED) > 0
        assert verifier.sessions_to_record is None and verifier.returned is None

        registrar = home.home_summary(s, demo_actor("registrar"))
        expected = len({r.candidate_id for r in eligible_candidates(s)})
        assert registrar.eligible_without_certificate == expected > 0

        admin = home.home_summary(s, demo_actor("admin"))
        assert admin.sessions_to_record is not None and admin.sessions_to_record >= mine.sessions_to_record
        assert admin.draft_results == _count(s, Assessment.status == AssessmentStatus.DRAFT)
        assert admin.returned == _count(s, Assessment.status == AssessmentStatus.RETURNED)
        assert not admin.mine_only and not admin.empty


def test_counts_follow_the_work(demo_db, demo_actor) -> None:
    """Verifying and returning results move them between the counts."""
    verifier = demo_actor("verifier")
    with demo_db.session() as s:
        before = home.home_summary(s, verifier)
        submitted = s.execute(
            select(Assessment.id, Assessment.assessor_id)
            .where(Assessment.status == AssessmentStatus.SUBMITTED)
            .order_by(Assessment.id)
        ).all()
    (first, _), (second, assessor_id) = submitted[0], submitted[1]
    with demo_db.session() as s, s.begin():
        verification.verify(s, verifier, first)
        verification.return_assessment(s, verifier, second, "Criterion 2.1 has no evidence.")
    with demo_db.session() as s:
        after = home.home_summary(s, verifier)
        assessor = s.execute(select(User.username).where(User.id == assessor_id)).scalar_one()
        returned_to = home.home_summary(s, demo_actor(assessor))
    assert after.awaiting_verification == before.awaiting_verification - 2
    assert returned_to.returned is not None and returned_to.returned >= 1


def test_an_empty_database_says_how_to_start(db) -> None:
    from skillassess.services.context import SYSTEM

    with db.session() as s:
        summary = home.home_summary(s, SYSTEM)
    assert summary.empty and summary.nothing_to_do
    assert (summary.qualifications, summary.candidates) == (0, 0)
    assert summary.sessions_to_record == 0 and summary.eligible_without_certificate == 0


def test_assessments_search_by_candidate_and_unit_filter_by_session_and_assessor(demo_db) -> None:
    with demo_db.session() as s:
        everything = reading.list_assessments(s)
        row = everything[0]
        cand = s.execute(
            select(Candidate.family_name).where(Candidate.registration_number == row.registration_number)
        ).scalar_one()
        by_name = reading.list_assessments(s, query=AssessmentQuery(search=cand.upper()))
        assert by_name and all(cand in r.candidate_name for r in by_name)
        assert reading.count_assessments(s, query=AssessmentQuery(search=cand)) == len(by_name)
        by_number = reading.list_assessments(s, query=AssessmentQuery(search=row.registration_number))
        assert {r.registration_number for r in by_number} == {row.registration_number}

        unit_title = s.execute(select(Unit.title).where(Unit.code == row.unit_code)).scalars().first()
        by_unit = reading.list_assessments(s, query=AssessmentQuery(unit=row.unit_code.lower()))
        assert by_unit and {r.unit_code for r in by_unit} == {row.unit_code}
        by_title = reading.list_assessments(s, query=AssessmentQuery(unit=unit_title[3:15]))
        assert row.unit_code in {r.unit_code for r in by_title}
        assert reading.list_assessments(s, query=AssessmentQuery(unit="%")) == []  # a wildcard is a character

        session_id, assessor_id = s.execute(
            select(Assessment.session_id, Assessment.assessor_id).where(Assessment.id == row.id)
        ).one()
        in_session = reading.list_assessments(s, query=AssessmentQuery(session_id=session_id))
        expected = s.execute(select(Assessment.id).where(Assessment.session_id == session_id)).scalars().all()
        assert sorted(r.id for r in in_session) == sorted(expected)
        by_assessor = reading.count_assessments(s, query=AssessmentQuery(assessor_id=assessor_id))
        assert by_assessor == _count(s, Assessment.assessor_id == assessor_id) < len(everything)
        both = reading.list_assessments(
            s, status=AssessmentStatus.VERIFIED, query=AssessmentQuery(search=cand, assessor_id=assessor_id)
        )
        assert all(r.status == AssessmentStatus.VERIFIED and cand in r.candidate_name for r in both)

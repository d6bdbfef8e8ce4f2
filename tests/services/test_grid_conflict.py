"""Two sessions (two laptops on one PostgreSQL server, or two windows on one SQLite file) saving the same grid
cell: the later save sees and says that the value changed; no update is ever lost silently."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from sqlalchemy import select

from skillassess.core.enums import Judgement
from skillassess.core.models import Assessment, Candidate, CriterionJudgement, Unit
from skillassess.services.recording import judging, reading, sessions

S, N = Judgement.SATISFACTORY, Judgement.NOT_YET_SATISFACTORY


@pytest.fixture
def cell(demo_db, demo_actor):
    a1 = demo_actor("assessor1")
    with demo_db.transaction() as s:
        cand = s.execute(select(Candidate.id).where(Candidate.registration_number == "ACC-2026-00030")).scalar_one()
        unit = s.execute(select(Unit.id).where(Unit.code == "ELI-C02")).scalar_one()
        plan = sessions.plan_session(s, a1, sessions.SessionPlan(dt.date(2026, 11, 20), a1.user_id, [unit], [cand]))
    aid = plan.assessment_ids[0]
    with demo_db.session() as s:
        criterion = reading.unit_criteria(s, s.get_one(Assessment, aid).unit_id)[0].criterion_id
    return a1, aid, criterion


def _stored(db, aid, criterion):
    with db.session() as s:
        row = s.get(CriterionJudgement, (aid, criterion))
        return row.result if row else None


def test_a_save_over_a_change_made_meanwhile_is_refused_and_said(demo_db, cell) -> None:
    a1, aid, criterion = cell
    # Laptop 1 and laptop 2 both show the cell blank; laptop 2 saves S first.
    demo_db.write(lambda s: judging.set_judgement(s, a1, aid, criterion, S, None))
    with pytest.raises(judging.CellChangedError, match=r"changed by someone else .* it is now satisfactory") as info:
        demo_db.write(lambda s: judging.set_judgement(s, a1, aid, criterion, N, None))
    assert info.value.now == S
    assert _stored(demo_db, aid, criterion) == S
    # Having seen S, laptop 1 types N again: now it replaces S (expected S).
    demo_db.write(lambda s: judging.set_judgement(s, a1, aid, criterion, N, S))
    assert _stored(demo_db, aid, criterion) == N
    # Clearing a cell someone changed is refused too; the same value as stored is not a conflict.
    with pytest.raises(judging.CellChangedError):
        demo_db.write(lambda s: judging.set_judgement(s, a1, aid, criterion, None, S))
    demo_db.write(lambda s: judging.set_judgement(s, a1, aid, criterion, N, S))
    assert _stored(demo_db, aid, criterion) == N


def test_two_saves_at_once_one_wins_the_other_is_told(demo_db, cell) -> None:
    """Both saw S. The first transaction changes it to N and holds; the second waits (the row lock on PostgreSQL,
    the write lock on SQLite), then finds N where it expected S: refused, and N is kept."""
    a1, aid, criterion = cell
    demo_db.write(lambda s: judging.set_judgement(s, a1, aid, criterion, S, None))
    outcome: list[BaseException | None] = []
    first = demo_db.session()
    first.begin()
    judging.set_judgement(first, a1, aid, criterion, N, S)

    def second() -> None:
        try:
            demo_db.write(lambda s: judging.set_judgement(s, a1, aid, criterion, None, S))
            outcome.append(None)
        except BaseException as exc:  # noqa: BLE001 - handed to the test's thread
            outcome.append(exc)

    t = threading.Thread(target=second)
    t.start()
    t.join(1.0)
    assert t.is_alive(), "the second save should wait for the first"
    first.commit()
    first.close()
    t.join(30)
    assert len(outcome) == 1 and isinstance(outcome[0], judging.CellChangedError), outcome
    assert _stored(demo_db, aid, criterion) == N

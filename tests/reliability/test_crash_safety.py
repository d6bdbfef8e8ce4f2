"""A cell the grid showed as saved survives the process being killed (SIGKILL) right after."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import textwrap

import pytest
from sqlalchemy import select

from skillassess.core.enums import AssessmentStatus, Judgement
from skillassess.core.models import Assessment, CriterionJudgement
from skillassess.services import audit_verification
from skillassess.services.recording import reading

from helpers import ROOT

# The child saves one cell per line read from stdin and, like the grid, says "saved" only once
# the service's transaction has committed; then it waits for the next cell.
CHILD = textwrap.dedent(
    """
    import sys
    from skillassess.core.enums import Judgement
    from skillassess.db.database import open_database
    from skillassess.services.recording import judging, reading
    from skillassess.services.users import actor_by_username

    db = open_database(sys.argv[1])
    with db.session() as s:
        actor = actor_by_username(s, sys.argv[2])
    print("ready", flush=True)
    for line in sys.stdin:
        aid, cid, value = line.split()
        result = None if value == "-" else Judgement(value)
        db.write(lambda s: judging.set_judgement(s, actor, int(aid), int(cid), result))
        print("saved", flush=True)
    """
)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL exists only on POSIX systems")
@pytest.mark.parametrize("cells", [1, 9])
def test_sigkill_right_after_saved_loses_nothing(demo_db, cells: int) -> None:
    with demo_db.session() as s:
        a = s.execute(select(Assessment).where(Assessment.status == AssessmentStatus.DRAFT)).scalars().first()
        aid, assessor = a.id, a.assessor.username
        criteria = [c.criterion_id for c in reading.unit_criteria(s, a.unit_id)]
        before = {cid: s.get(CriterionJudgement, (aid, cid)) for cid in criteria}
    # Change cells away from what they hold: set blanks to N, S to N, N to S, and clear the last one.
    plan: dict[int, str] = {}
    for cid in criteria[:cells]:
        old = before[cid].result if before[cid] else None
        plan[cid] = "satisfactory" if old == Judgement.NOT_YET_SATISFACTORY else "not_yet_satisfactory"
    if cells > 1:
        plan[criteria[0]] = "-"
    url = demo_db.url  # a SQLite file or a PostgreSQL database: the process dies, not the server
    demo_db.dispose()
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, url, assessor],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert proc.stdin and proc.stdout and proc.stderr
    try:
        assert proc.stdout.readline().strip() == "ready", proc.stderr.read()
        for cid, value in plan.items():
            proc.stdin.write(f"{aid} {cid} {value}\n")
            proc.stdin.flush()
            line = proc.stdout.readline()
            assert line.strip() == "saved", proc.stderr.read()
        os.kill(proc.pid, signal.SIGKILL)  # at once after the last "saved": no clean-up, no close
        proc.wait(timeout=30)
    finally:
        for f in (proc.stdin, proc.stdout, proc.stderr):
            with contextlib.suppress(BrokenPipeError):
                f.close()
    assert proc.returncode == -signal.SIGKILL
    from skillassess.db.database import open_database

    db = open_database(url)
    try:
        with db.session() as s:
            for cid, value in plan.items():
                row = s.get(CriterionJudgement, (aid, cid))
                if value == "-":
                    assert row is None
                else:
                    assert row is not None and row.result == Judgement(value)
            assert audit_verification.verify(s).intact
    finally:
        db.dispose()

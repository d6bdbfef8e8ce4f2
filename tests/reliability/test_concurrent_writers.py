"""Several writer processes on one database (SQLite file or PostgreSQL server) at the same time.

Each writer is a real process (tests/reliability/concurrent_writer.py) using the same services and the
same retrying write (``Database.write``) as the grid and the dialogs. What a user was told was saved
(one line per commit) must be in the database; nobody is shown an error because someone else was
writing; the audit chain verifies; certificate serial numbers and registration numbers run on
without a gap or a duplicate.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from skillassess.core.enums import AssessmentStatus, CertificateStatus, Judgement
from skillassess.core.models import Assessment, AuditEntry, Candidate, Certificate, CriterionJudgement
from skillassess.formats.candidates_excel import COLUMNS
from skillassess.services import audit_verification
from skillassess.services import certificates as certs
from skillassess.services.candidate_import import write_candidate_template
from skillassess.services.recording import reading

from helpers import ROOT

WRITER = Path(__file__).with_name("concurrent_writer.py")
pytestmark = pytest.mark.slow


def _editable_cells(db) -> list[dict[str, Any]]:
    """Every cell of the demo's draft and returned assessments, with its assessor and current value."""
    cells = []
    with db.session() as s:
        drafts = (
            s.execute(
                select(Assessment)
                .where(Assessment.status.in_([AssessmentStatus.DRAFT, AssessmentStatus.RETURNED]))
                .order_by(Assessment.id)
            )
            .scalars()
            .all()
        )
        for a in drafts:
            for c in reading.unit_criteria(s, a.unit_id):
                stored = s.get(CriterionJudgement, (a.id, c.criterion_id))
                cells.append(
                    {
                        "assessment_id": a.id,
                        "criterion_id": c.criterion_id,
                        "assessor": a.assessor.username,
                        "value": stored.result.value if stored else None,
                    }
                )
    return cells


def _flip(value: str | None) -> str:
    return (
        Judgement.NOT_YET_SATISFACTORY.value if value == Judgement.SATISFACTORY.value else Judgement.SATISFACTORY.value
    )


def _run_writers(url: str, plans: list[list[dict[str, Any]]], tmp_path: Path) -> list[list[dict[str, Any]]]:
    """Start one process per plan, let them all go at once, and return each one's output lines."""
    procs = []
    for n, ops in enumerate(plans):
        plan_file = tmp_path / f"plan{n}.json"
        plan_file.write_text(json.dumps({"url": url, "ops": ops}))
        procs.append(
            subprocess.Popen(
                [sys.executable, str(WRITER), str(plan_file)],
                cwd=ROOT,
                text=True,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
            )
        )
    for p in procs:
        assert p.stdout is not None
        line = p.stdout.readline()
        assert json.loads(line or "{}").get("ready"), p.stderr.read() if p.stderr else ""
    for p in procs:
        assert p.stdin is not None
        p.stdin.write("go\n")
        p.stdin.flush()
    outputs = []
    for p in procs:
        out, err = p.communicate(timeout=600)
        assert p.returncode == 0, err
        outputs.append([json.loads(line) for line in out.splitlines()])
    return outputs


def _check_common(db, outputs: list[list[dict[str, Any]]], audit_before: int) -> int:
    """No writer showed an error; each finished; the chain verifies. Returns the number of re-run transactions."""
    errors = [line["error"] for out in outputs for line in out if "error" in line]
    assert errors == [], errors
    assert all(out and out[-1].get("done") for out in outputs)
    with db.session() as s:
        report = audit_verification.verify(s)
        assert report.intact, report.message
        assert report.checked > audit_before
    return sum(out[-1]["retries"] for out in outputs)


def _audit_count(db) -> int:
    with db.session() as s:
        return int(s.execute(select(func.count(AuditEntry.id))).scalar_one())


def test_two_assessors_saving_300_cells_each_lose_nothing(demo_db, tmp_path: Path) -> None:
    """The report of issue 19: two processes, 300 single-cell saves each; on PostgreSQL 117 of 600 failed."""
    cells = _editable_cells(demo_db)
    mine = {name: [c for c in cells if c["assessor"] == name] for name in ("assessor1", "assessor2")}
    plans = []
    expected: dict[tuple[int, int], str] = {}
    for own in mine.values():
        ops = []
        current = {(c["assessment_id"], c["criterion_id"]): c["value"] for c in own}
        for i in range(300):
            c = own[i % len(own)]
            key = (c["assessment_id"], c["criterion_id"])
            current[key] = _flip(current[key])
            ops.append({**c, "kind": "cell", "value": current[key]})
        expected.update(current)
        plans.append(ops)
    before = _audit_count(demo_db)
    outputs = _run_writers(demo_db.url, plans, tmp_path)
    _check_common(demo_db, outputs, before)
    acked = [line["cell"] for out in outputs for line in out if "cell" in line]
    assert len(acked) == 600  # 0 failed saves of 600
    with demo_db.session() as s:
        stored = {
            (j.assessment_id, j.criterion_id): j.result.value for j in s.execute(select(CriterionJudgement)).scalars()
        }
        assert {k: stored.get(k) for k in expected} == expected
    # One audit entry per acknowledged save, each in its place; and one per Competent cleared by a Not yet
    # satisfactory (judging.set_judgement), which the demo's returned results meet.
    with demo_db.session() as s:
        new = s.execute(select(AuditEntry.entity_type).order_by(AuditEntry.id).offset(before)).scalars().all()
    assert new.count("criterion_judgement") == 600
    assert set(new) - {"criterion_judgement"} <= {"assessment"}


def _plans(db, writers: int, tmp_path: Path) -> tuple[list[list[dict[str, Any]]], dict[tuple[int, int], str]]:
    """Each writer: its own share of the grid's cells (saved twice by 2 writers, once by 8), a certificate
    issued then reissued (twice by 2 writers, once by 8), three candidates registered one by one and a
    workbook of two imported. Eight writers do less each: the point is that they do it at once."""
    rounds, steps = (2, 3) if writers <= 2 else (1, 2)
    cells = _editable_cells(db)
    with db.session() as s:
        eligible = certs.eligible_candidates(s)  # those no issued certificate states yet
        template = tmp_path / "template.xlsx"
        write_candidate_template(s, template)
    index = {c.key: n for n, c in enumerate(COLUMNS, start=1)}
    wb = load_workbook(template)  # once: each writer's two rows overwrite the previous writer's
    plans: list[list[dict[str, Any]]] = []
    expected: dict[tuple[int, int], str] = {}
    for w in range(writers):
        cell_ops = []
        for c in cells[w::writers]:
            value = c["value"]
            for _round in range(rounds):
                value = _flip(value)
                cell_ops.append({**c, "kind": "cell", "value": value})
            expected[(c["assessment_id"], c["criterion_id"])] = value
        other_ops: list[dict[str, Any]] = []
        if w < len(eligible):
            row = eligible[w]
            for step in range(steps):
                other_ops.append(
                    {
                        "kind": "certificate",
                        "chain": w,
                        "step": step,
                        "registration_number": row.registration_number,
                        "qualification": row.qualification,
                        "serial": None,
                    }
                )
        for k in range(3):
            other_ops.append({"kind": "candidate", "family_name": f"Writer{w}x{k}", "national_id": f"W-{w}-{k}"})
        for r, k in enumerate(range(2), start=2):
            for key, value in {
                "family_name": f"Imported{w}x{k}",
                "given_names": "Row",
                "sex": "F",
                "national_id": f"I-{w}-{k}",
                "nationality": "GH",
            }.items():
                wb["Candidates"].cell(row=r, column=index[key], value=value)
        book = tmp_path / f"import{w}.xlsx"
        wb.save(book)
        other_ops.append({"kind": "import", "path": str(book)})
        # Spread the other changes evenly among the cell saves.
        ops: list[dict[str, Any]] = []
        gap = max(1, len(cell_ops) // (len(other_ops) + 1))
        for n, op in enumerate(cell_ops):
            ops.append(op)
            if (n + 1) % gap == 0 and other_ops:
                ops.append(other_ops.pop(0))
        ops.extend(other_ops)
        plans.append(ops)
    return plans, expected


def _numbers(values: list[str], pattern: str) -> list[int]:
    return sorted(int(m.group(1)) for v in values if (m := re.fullmatch(pattern, v)))


@pytest.mark.parametrize("writers", [2, 8])
def test_writers_saving_issuing_and_registering_at_once(demo_db, writers: int, tmp_path: Path) -> None:
    plans, expected = _plans(demo_db, writers, tmp_path)
    with demo_db.session() as s:
        serials_before = set(s.execute(select(Certificate.serial)).scalars())
        regnos_before = set(s.execute(select(Candidate.registration_number)).scalars())
    before = _audit_count(demo_db)
    outputs = _run_writers(demo_db.url, plans, tmp_path)
    retries = _check_common(demo_db, outputs, before)
    lines = [line for out in outputs for line in out]
    acked_cells = [line["cell"] for line in lines if "cell" in line]
    acked_serials = [line["issued"] for line in lines if "issued" in line]
    acked_regnos = [line["candidate"] for line in lines if "candidate" in line]
    acked_regnos += [r for line in lines if "imported" in line for r in line["imported"]]
    assert len(acked_cells) == sum(op["kind"] == "cell" for plan in plans for op in plan)
    assert len(acked_serials) == sum(op["kind"] == "certificate" for plan in plans for op in plan) > 0
    assert len(acked_regnos) == 5 * writers
    with demo_db.session() as s:
        # Every acknowledged cell holds what its writer saved last (each writer has its own cells).
        stored = {
            (j.assessment_id, j.criterion_id): j.result.value for j in s.execute(select(CriterionJudgement)).scalars()
        }
        assert {k: stored.get(k) for k in expected} == expected
        # Certificates: every acknowledged serial is there; the reissued ones are revoked; numbers of the year
        # run 1, 2, 3, ... with no gap and no duplicate.
        rows = {c.serial: c for c in s.execute(select(Certificate)).scalars()}
        assert set(acked_serials) <= set(rows) and len(set(acked_serials)) == len(acked_serials)
        assert set(rows) - serials_before == set(acked_serials)
        replaced = {line["replaces"] for line in lines if line.get("replaces")}
        assert all(rows[r].status == CertificateStatus.REVOKED for r in replaced)
        for year in {c.issued_on.year for c in rows.values()}:
            numbers = _numbers(list(rows), rf"[A-Z]+-[A-Z0-9-]+-{year}-(\d+)")
            assert numbers == list(range(1, len(numbers) + 1)), numbers
        # Candidates: every acknowledged registration, numbered on without gap or duplicate.
        regnos = list(s.execute(select(Candidate.registration_number)).scalars())
        assert set(regnos) - regnos_before == set(acked_regnos) and len(set(acked_regnos)) == len(acked_regnos)
        for year in {int(r.split("-")[1]) for r in regnos}:
            numbers = _numbers(regnos, rf"ACC-{year}-(\d+)")
            assert numbers == list(range(1, len(numbers) + 1)), numbers
    print(f"{writers} writers on {demo_db.engine.dialect.name}: {len(lines)} lines, {retries} transaction(s) re-run")

"""Progress towards a qualification and the packaging rules."""

from __future__ import annotations

from sqlalchemy import select

from skillassess.core.models import Candidate, Enrolment
from skillassess.core.rules import packaging_met
from skillassess.services.progress import candidate_progress


def test_packaging_core_plus_electives() -> None:
    core = {"C1", "C2"}
    assert packaging_met(
        "core_plus_electives", 1, 0, core, {"C1": ("core", 5), "C2": ("core", 5), "E1": ("elective", 3)}
    )
    assert not packaging_met(
        "core_plus_electives", 2, 0, core, {"C1": ("core", 5), "C2": ("core", 5), "E1": ("elective", 3)}
    )
    assert not packaging_met("core_plus_electives", 0, 0, core, {"C1": ("core", 5), "E1": ("elective", 3)})


def test_packaging_min_credits() -> None:
    core = {"C1"}
    assert packaging_met("min_credits", 0, 10, core, {"C1": ("core", 6), "E1": ("elective", 4)})
    assert not packaging_met("min_credits", 0, 11, core, {"C1": ("core", 6), "E1": ("elective", 4)})
    assert not packaging_met("min_credits", 0, 1, core, {"E1": ("elective", 40)})


def test_demo_progress(demo_db) -> None:
    with demo_db.session() as s:
        by_reg = {}
        for c in s.execute(select(Candidate)).scalars():
            (p,) = candidate_progress(s, c.id)
            by_reg[c.registration_number] = p
        assert by_reg["ACC-2026-00001"].eligible == "full"
        assert len(by_reg["ACC-2026-00001"].achieved_units) == 8
        assert by_reg["ACC-2026-00004"].eligible == "partial"
        assert {u.code for u in by_reg["ACC-2026-00004"].achieved_units} == {"ELI-C01", "ELI-C02"}
        assert by_reg["ACC-2026-00030"].eligible == "none"
        # A Not Yet Competent result is the latest outcome but does not count as achieved.
        p7 = by_reg["ACC-2026-00007"]
        c01 = next(u for u in p7.units if u.code == "ELI-C01")
        assert c01.outcome is not None and not c01.achieved
        assert s.execute(select(Enrolment)).scalars().first() is not None

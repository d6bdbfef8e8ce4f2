"""Import of a CASE package of 5,000 items: time and items per second (goal: >= 5,000 items/s).

Each run reads the JSON file, checks it, and writes it into a fresh SQLite database in one
transaction (bulk inserts through SQLAlchemy Core, one audit entry). The baseline, measured in the
same process, is raw sqlite3 executemany of the same number of rows into a table of the same shape.

    .venv/bin/python benchmarks/standards.py
"""

from __future__ import annotations

import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from skillassess.core.enums import Role
from skillassess.db.database import open_database, sqlite_url
from skillassess.formats.case_json_writer import write_case
from skillassess.formats.standard_doc import CriterionDoc, ElementDoc, QualificationDoc, UnitDoc
from skillassess.services.context import Actor
from skillassess.services.standards_io import import_file

UNITS, ELEMENTS_PER_UNIT, CRITERIA = 50, 5, 4700  # 50 + 250 + 4,700 = 5,000 items
RUNS = 5


def make_doc() -> QualificationDoc:
    doc = QualificationDoc(
        code="BENCH-L3",
        title="Benchmark qualification",
        version=1,
        status="current",
        awarding_body_code="BENCH",
        awarding_body_name="Benchmark authority",
    )
    elements = []
    for u in range(1, UNITS + 1):
        unit = UnitDoc(
            code=f"BENCH-U{u:03d}",
            title=f"Unit {u} of the benchmark",
            credits=5,
            nominal_hours=40,
            status="current",
            sections={"range_statement": "Range " * 40, "evidence_guide": "Evidence " * 40},
        )
        for e in range(1, ELEMENTS_PER_UNIT + 1):
            element = ElementDoc(title=f"Element {e} of unit {u}")
            unit.elements.append(element)
            elements.append(element)
        doc.units.append(unit)
    for n in range(CRITERIA):
        el = elements[n % len(elements)]
        el.criteria.append(CriterionDoc(text=f"Performance criterion {n}: the work is done to the standard required."))
    return doc


def baseline(rows: int, folder: Path, n: int) -> float:
    con = sqlite3.connect(folder / f"raw{n}.sqlite3")
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=FULL")
    con.execute(
        "CREATE TABLE item (id INTEGER PRIMARY KEY, parent_id INTEGER, position INTEGER, text TEXT, "
        "case_identifier VARCHAR(64))"
    )
    data = [
        (
            n // 20,
            n % 20 + 1,
            f"Performance criterion {n}: the work is done to the standard required.",
            f"00000000-0000-4000-8000-{n:012d}",
        )
        for n in range(rows)
    ]
    t = time.perf_counter()
    with con:
        con.executemany("INSERT INTO item (parent_id, position, text, case_identifier) VALUES (?, ?, ?, ?)", data)
    elapsed = time.perf_counter() - t
    con.close()
    return elapsed


def main() -> None:
    actor = Actor(user_id=None, username="bench", roles=frozenset({Role.ADMINISTRATOR}))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        doc = make_doc()
        items = sum(doc.counts().values())
        package = folder / "bench.json"
        write_case(doc, package)
        size_mb = package.stat().st_size / 1e6
        times, base = [], []
        for n in range(RUNS):
            db = open_database(sqlite_url(folder / f"run{n}.sqlite3"))
            t = time.perf_counter()
            with db.transaction() as s:
                result = import_file(s, actor, package)
            times.append(time.perf_counter() - t)
            db.dispose()
            assert sum(result.counts.values()) == items
            base.append(baseline(items, folder, n))
        med, med_base = statistics.median(times), statistics.median(base)
        print(f"CASE package: {items} items ({doc.counts()}), {size_mb:.1f} MB")
        print(
            f"import (read + check + write, one transaction): median {med * 1000:.0f} ms over {RUNS} runs "
            f"-> {items / med:,.0f} items/s (goal >= 5,000 items/s: {'met' if items / med >= 5000 else 'NOT met'})"
        )
        print(
            f"baseline raw sqlite3 executemany of {items} rows: median {med_base * 1000:.1f} ms "
            f"-> {items / med_base:,.0f} rows/s"
        )
        print(f"ratio import/raw sqlite3 throughput: {med_base / med:.3f}x")


if __name__ == "__main__":
    main()

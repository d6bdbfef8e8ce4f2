"""Importing a large exchange bundle at an awarding body, against a bare bulk insert of the same rows.

A bundle of N candidates and N × R verified results (default 100,000 and 1,000,000) is written with
formats/exchange_bundle.py and signed like a centre's. Each engine (SQLite file, durable PostgreSQL
server started here) gets a fresh awarding-body database with the centre registered; a child process
then runs ``exchange.importing.import_bundle`` (open, signature, every member's SHA-256, line checks,
natural-key matching, inserts, exchange log, audit entry, commit) and reports its time and peak memory
(max RSS). The baseline, in another fresh database in the same child: the same candidate and result rows,
already in memory as tuples, inserted in one transaction by ``executemany`` (SQLite) or ``COPY``
(PostgreSQL), with the candidate ids looked up the same way: the least any import can cost.
A second, ten times smaller bundle shows whether memory stays flat as the bundle grows.

Goal (issue 16): import within 3x of the bare insert; memory flat. Also printed: how long the import's
write transaction held the write lock (what a grid save on the same database would wait at worst).

    python benchmarks/exchange_import.py [--candidates 100000] [--results-each 10] [--engines sqlite,postgresql]
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import resource
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

PASSWORD = "correct horse battery"


def make_bundle(path: Path, key_path: Path, candidates: int, each: int) -> float:
    """Write the bundle; returns seconds."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from skillassess.formats import exchange_bundle as eb
    from skillassess.formats import signed_payload as sp

    private = Ed25519PrivateKey.generate()
    key_path.write_bytes(
        private.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    public = private.public_key()
    key_id = sp.key_id_of(public)
    start = time.perf_counter()
    outcomes = ["competent", "competent", "competent", "not_yet_competent", "rpl_granted"]
    with path.open("wb") as f:
        w = eb.BundleWriter(f)
        w.add_json(
            eb.KEYS,
            {
                "owner": "BEN",
                "keys": [
                    {
                        "key_id": key_id,
                        "public_key": sp.b64url_encode(sp.raw_public_key(public)),
                        "active": True,
                        "created_at": None,
                    }
                ],
            },
        )
        regs = [f"BEN-2026-{n:07d}" for n in range(candidates)]
        n_c = w.add_lines(
            "candidates.jsonl",
            (
                {
                    "registration_number": reg,
                    "family_name": f"Family{n % 977}",
                    "given_names": f"Given{n % 613}",
                    "name_local": "",
                    "sex": "female" if n % 2 else "male",
                    "date_of_birth": dt.date(1980 + n % 25, 1 + n % 12, 1 + n % 28).isoformat(),
                    "id_type": "national_id",
                    "national_id": f"ID{n:09d}",
                    "nationality": "GH",
                    "disability": "no" if n % 17 else "yes",
                }
                for n, reg in enumerate(regs)
            ),
        )
        n_r = w.add_lines(
            "results.jsonl",
            (
                {
                    "candidate": reg,
                    "unit": f"U{u:03d}",
                    "unit_version": 1,
                    "attempt": 1,
                    "qualification": "BEN-Q",
                    "assessed_on": "2026-11-20",
                    "outcome": outcomes[(n + u) % len(outcomes)],
                    "assessor": "Kwame Boateng",
                    "assessor_registration": "ASR-0001",
                    "verified_at": "2026-11-21T10:00:00.000000Z",
                }
                for n, reg in enumerate(regs)
                for u in range(each)
            ),
        )
        w.finish(
            {
                "format": eb.FORMAT,
                "version": eb.VERSION,
                "kind": "results",
                "bundle_id": uuid.uuid4().hex,
                "sequence": 1,
                "created_at": "2026-12-01T09:00:00.000000Z",
                "created_by": {"username": "registrar", "full_name": "Benchmark"},
                "sender": {"code": "BEN", "name": "Benchmark Centre", "country": "GH", "role": "centre"},
                "recipient": None,
                "since": None,
                "key_id": key_id,
                "counts": {"candidates": n_c, "results": n_r},
            },
            private,
        )
    return time.perf_counter() - start


def _body(url: str, bundle: Path) -> Any:
    from skillassess.db.database import open_database
    from skillassess.formats import exchange_bundle as eb
    from skillassess.services.exchange import partners
    from skillassess.services.users import AdminFields, CentreFields, actor_by_username, create_centre_and_admin

    db = open_database(url)
    db.write(
        lambda s: create_centre_and_admin(
            s, CentreFields("Commission", "CTVET", "GH"), AdminFields("officer", PASSWORD)
        )
    )
    with eb.open_bundle(bundle) as b:
        _d, _e, raw = partners.self_signed_keys(b)
    with db.session() as s:
        actor = actor_by_username(s, "officer")
    db.write(lambda s: partners.register_partner(s, actor, bundle, eb.fingerprint(raw)))
    return db, actor


def _bare(url: str, bundle: Path) -> float:
    """The same rows inserted by a bare executemany/COPY in one transaction (rows read beforehand)."""
    from skillassess.formats import exchange_bundle as eb

    db, _actor = _body(url, bundle)
    with eb.open_bundle(bundle) as b:
        cands = [
            (
                1,
                d["registration_number"],
                d["family_name"],
                d["given_names"],
                d["name_local"],
                d["sex"],
                d["date_of_birth"],
                d["id_type"],
                d["national_id"],
                d["nationality"],
                d["disability"],
            )
            for d in (json.loads(line) for line in b.zip.open("candidates.jsonl"))
        ]
        results = [
            (
                d["candidate"],
                d["unit"],
                d["unit_version"],
                d["attempt"],
                d["qualification"],
                d["assessed_on"],
                d["outcome"],
                d["assessor"],
                d["assessor_registration"],
                d["verified_at"],
            )
            for d in (json.loads(line) for line in b.zip.open("results.jsonl"))
        ]
    ccols = (
        "partner_id, registration_number, family_name, given_names, name_local, sex, date_of_birth, id_type, "
        "national_id, nationality, disability"
    )
    rcols = (
        "candidate_id, unit_code, unit_version, attempt, qualification_code, assessed_on, outcome, assessor, "
        "assessor_registration, verified_at"
    )
    start = time.perf_counter()
    with db.engine.begin() as conn:
        raw = conn.connection.dbapi_connection
        pid = conn.exec_driver_sql("SELECT id FROM exchange_partner").scalar()
        cands = [(pid, *c[1:]) for c in cands]
        if db.engine.dialect.name == "postgresql":
            with raw.cursor() as cur, cur.copy(f"COPY register_candidate ({ccols}) FROM STDIN") as copy:
                for row in cands:
                    copy.write_row(row)
        else:
            raw.executemany(f"INSERT INTO register_candidate ({ccols}) VALUES ({', '.join('?' * 11)})", cands)
        ids = {reg: i for i, reg in conn.exec_driver_sql("SELECT id, registration_number FROM register_candidate")}
        rows = [(ids[r[0]], *r[1:]) for r in results]
        if db.engine.dialect.name == "postgresql":
            with raw.cursor() as cur, cur.copy(f"COPY register_result ({rcols}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
        else:
            raw.executemany(f"INSERT INTO register_result ({rcols}) VALUES ({', '.join('?' * 10)})", rows)
    seconds = time.perf_counter() - start
    db.dispose()
    return seconds


def _import(url: str, bundle: Path) -> tuple[float, float, dict[str, int]]:
    """Returns the import's seconds, the seconds its write transaction held the write lock, and what it added.

    The write lock is taken at the start of the transaction ``Database.write`` runs (SQLite: BEGIN
    IMMEDIATE; PostgreSQL: the advisory lock, first thing the import's work does) and released by its
    commit, so the time spent inside ``db.write`` is the time other writers (a grid save) would wait."""
    from skillassess.services.exchange import importing

    db, actor = _body(url, bundle)
    held: list[float] = []
    write = db.write

    def timed_write(work: Any) -> Any:
        t = time.perf_counter()
        try:
            return write(work)
        finally:
            held.append(time.perf_counter() - t)

    db.write = timed_write  # type: ignore[method-assign]
    start = time.perf_counter()
    result = importing.import_bundle(db, actor, bundle)
    seconds = time.perf_counter() - start
    db.dispose()
    return seconds, sum(held), dict(result.added)


def child(mode: str, url: str, bundle: str) -> None:
    if mode == "import":
        seconds, locked, added = _import(url, Path(bundle))
        out: dict[str, Any] = {"seconds": seconds, "locked": locked, "added": added}
    else:
        out = {"seconds": _bare(url, Path(bundle))}
    out["max_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(out))


def _run_child(mode: str, url: str, bundle: Path, data_dir: Path) -> dict[str, Any]:
    import os

    env = {**os.environ, "SKILLASSESS_DATA_DIR": str(data_dir)}
    r = subprocess.run(
        [sys.executable, __file__, "--child", mode, url, str(bundle)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    if r.returncode != 0:
        raise SystemExit(f"{mode} failed: {r.stderr[-2000:]}")
    return json.loads(r.stdout.strip().splitlines()[-1])


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--candidates", type=int, default=100_000)
    p.add_argument("--results-each", type=int, default=10)
    p.add_argument("--engines", default="sqlite,postgresql")
    p.add_argument("--child", nargs=3, metavar=("MODE", "URL", "BUNDLE"))
    args = p.parse_args()
    if args.child:
        child(*args.child)
        return

    from sqlalchemy import create_engine, text

    from skillassess.db.database import sqlite_url

    from postgres import postgres_server, unavailable_reason

    with tempfile.TemporaryDirectory() as tmp_:
        tmp = Path(tmp_)
        sizes = {"small": args.candidates // 10, "full": args.candidates}
        bundles = {}
        for name, n in sizes.items():
            path = tmp / f"{name}.sabundle"
            seconds = make_bundle(path, tmp / f"{name}.pem", n, args.results_each)
            bundles[name] = path
            print(
                f"bundle {name}: {n:,} candidates, {n * args.results_each:,} results, "
                f"{path.stat().st_size / 1e6:.0f} MB, written in {seconds:.1f} s",
                flush=True,
            )
        counter = 0
        for engine in args.engines.split(","):
            if engine == "postgresql" and unavailable_reason():
                print(f"PostgreSQL skipped: {unavailable_reason()}")
                continue
            with postgres_server(durable=True) if engine == "postgresql" else contextlib.nullcontext("") as base:

                def new_url(engine: str = engine, base: str = base) -> str:
                    nonlocal counter
                    counter += 1
                    if engine == "sqlite":
                        return sqlite_url(tmp / f"db{counter}.sqlite3")
                    admin = create_engine(f"{base}/postgres", isolation_level="AUTOCOMMIT")
                    with admin.connect() as c:
                        c.execute(text(f'CREATE DATABASE "b{counter}"'))
                    admin.dispose()
                    return f"{base}/b{counter}"

                for name in ("small", "full"):
                    data_dir = tmp / f"data{counter}"
                    data_dir.mkdir()
                    bare = _run_child("bare", new_url(), bundles[name], data_dir)
                    imp = _run_child("import", new_url(), bundles[name], data_dir)
                    rows = sum(imp["added"].values())
                    print(
                        f"{engine:10} {name:5} {rows:>9,} rows: import {imp['seconds']:6.1f} s "
                        f"({rows / imp['seconds']:,.0f} rows/s, max RSS {imp['max_rss_mb']:.0f} MB); bare "
                        f"{'COPY' if engine == 'postgresql' else 'executemany'} {bare['seconds']:6.1f} s "
                        f"(max RSS {bare['max_rss_mb']:.0f} MB); ratio {imp['seconds'] / bare['seconds']:.2f}x; "
                        f"write lock held {imp['locked']:6.1f} s ({imp['locked'] / bare['seconds']:.2f}x the bare insert)",
                        flush=True,
                    )


if __name__ == "__main__":
    main()

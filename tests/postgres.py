"""A throw-away PostgreSQL server for the tests, started with initdb/pg_ctl in a temporary folder."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def _bin_dir() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def unavailable_reason() -> str | None:
    if _bin_dir() is None:
        return "PostgreSQL server binaries are not installed (.ci/run installs the postgresql package)"
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return "psycopg is not installed (pip install -e '.[test]')"
    return None


@contextmanager
def postgres_server(*, durable: bool = False) -> Iterator[str]:
    """Start a server on a free loopback port; yield the base URL (without a database name).

    Tests run it with fsync off (a crash of the test machine loses nothing of value); benchmarks
    pass ``durable=True``: fsync on, every commit on disk, as on a centre's server.
    """
    bindir = _bin_dir()
    assert bindir is not None
    tmp = Path(tempfile.mkdtemp(prefix="skillassess-pg-"))
    data = tmp / "data"
    run_as: list[str] = []
    if os.geteuid() == 0:  # PostgreSQL refuses to run as root
        shutil.chown(tmp, "postgres", "postgres")
        run_as = ["runuser", "-u", "postgres", "--"]
    port = _free_port()
    subprocess.run(
        [
            *run_as,
            str(bindir / "initdb"),
            "-D",
            str(data),
            "-U",
            "skillassess",
            "--auth=trust",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
        ],
        check=True,
        capture_output=True,
    )
    subprocess.run(
        [
            *run_as,
            str(bindir / "pg_ctl"),
            "-D",
            str(data),
            "-l",
            str(tmp / "log"),
            "-w",
            "-o",
            f"-p {port} -k {tmp} -c listen_addresses=127.0.0.1" + ("" if durable else " -c fsync=off"),
            "start",
        ],
        check=True,
        capture_output=True,
    )
    try:
        yield f"postgresql+psycopg://skillassess@127.0.0.1:{port}"
    finally:
        subprocess.run(
            [*run_as, str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
            check=False,
            capture_output=True,
        )
        shutil.rmtree(tmp, ignore_errors=True)


def copy_rows(sqlite_file: Path, url: str) -> int:
    """Copy every row of a SkillAssess SQLite file into the PostgreSQL database at ``url``, which must hold the
    same schema revision; sequences are moved past the copied ids. Returns the number of rows copied.

    Lets a migration test start from the same old data on PostgreSQL as on SQLite.
    """
    from sqlalchemy import MetaData, create_engine, func, select, text

    source = create_engine(f"sqlite:///{sqlite_file}")
    target = create_engine(url)
    copied = 0
    try:
        meta = MetaData()
        meta.reflect(target)  # PostgreSQL's column types: rows read from SQLite are converted to them
        with source.connect() as src, target.begin() as dst:
            for table in meta.sorted_tables:
                if table.name == "alembic_version":
                    continue
                rows = [
                    dict(r._mapping)
                    for r in src.execute(
                        select(*[text(f'"{c.name}"') for c in table.columns]).select_from(text(f'"{table.name}"'))
                    )
                ]
                for row in rows:
                    for column in table.columns:
                        value = row.get(column.name)
                        try:
                            wanted = column.type.python_type
                        except NotImplementedError:
                            continue
                        if value is not None and not isinstance(value, wanted):
                            row[column.name] = _converted(value, wanted)
                if rows:
                    dst.execute(table.insert(), rows)
                    copied += len(rows)
                if "id" in table.columns and rows and table.c.id.autoincrement:
                    top = dst.execute(select(func.max(table.c.id))).scalar()
                    dst.execute(
                        text("SELECT setval(pg_get_serial_sequence(:t, 'id'), :n)"), {"t": f'"{table.name}"', "n": top}
                    )
    finally:
        source.dispose()
        target.dispose()
    return copied


def _converted(value: object, python_type: type) -> object:
    import datetime as dt

    if python_type is dt.datetime:
        return dt.datetime.fromisoformat(str(value))
    if python_type is dt.date:
        return dt.date.fromisoformat(str(value))
    if python_type is bool:
        return value not in (0, "0", "false", "")
    if python_type is bytes:
        return str(value).encode()
    return python_type(value)

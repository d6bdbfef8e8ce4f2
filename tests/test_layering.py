"""core, db, services and formats must not import Qt: a script or server can use them without it."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from conftest import ROOT


def test_no_qt_below_the_ui() -> None:
    code = textwrap.dedent(
        """
        import importlib, pkgutil, sys
        import skillassess
        names = []
        for pkg in ("core", "db", "services", "formats"):
            mod = importlib.import_module(f"skillassess.{pkg}")
            names.append(mod.__name__)
            for info in pkgutil.walk_packages(mod.__path__, prefix=f"skillassess.{pkg}."):
                if ".migrations" in info.name:
                    continue
                importlib.import_module(info.name)
                names.append(info.name)
        qt = sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken6")))
        print(len(names))
        print(",".join(qt))
        """
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    count, qt = lines[0], (lines[1] if len(lines) > 1 else "")
    assert int(count) >= 10, "the walk found too few modules to mean anything"
    assert qt == "", f"Qt was imported below the ui layer: {qt}"


# --- The interface reaches data through ui/ops.py only (issue 22, items 1 and 2) -----------------------

UI = ROOT / "skillassess" / "ui"
OPERATIONS = UI / "ops.py"
# Calls that open a session or a transaction, or write: only the operations module makes them.
_DATA_CALLS = {"session", "transaction", "write", "run_transaction", "lock_writes"}


def _data_access(source: str) -> list[str]:
    """What in ``source`` opens a session or transaction, or imports SQLAlchemy or an ORM model."""
    import ast

    found: list[str] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
            if name in _DATA_CALLS:
                found.append(f"line {node.lineno}: {name}(…)")
        elif isinstance(node, ast.ImportFrom):
            module = node.module or ""
            names = {a.name for a in node.names}
            if module.startswith("sqlalchemy"):
                found.append(f"line {node.lineno}: from {module} import …")
            if module.startswith("skillassess.core.models") or (module == "skillassess.core" and "models" in names):
                found.append(f"line {node.lineno}: ORM models from {module}")
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith(("sqlalchemy", "skillassess.core.models")):
                    found.append(f"line {node.lineno}: import {alias.name}")
    return found


def test_the_checker_finds_each_kind_of_data_access() -> None:
    source = textwrap.dedent(
        """
        from sqlalchemy.orm import Session
        from skillassess.core.models import Unit
        from skillassess.core import models
        import skillassess.core.models.standards
        with db.session() as s:
            pass
        with self.db.transaction() as s:
            pass
        db.write(lambda s: None)
        plan_session(s)  # a service whose name ends in "session": allowed
        """
    )
    found = _data_access(source)
    assert len(found) == 7, found
    assert not any("plan_session" in f for f in found)


def test_ui_reaches_data_only_through_its_operations_module() -> None:
    """No session(, transaction( or .write( in skillassess/ui outside ui/ops.py, no SQLAlchemy and no ORM model."""
    modules = sorted(UI.rglob("*.py"))
    assert len(modules) > 30, "the walk found too few modules to mean anything"
    offences = {
        str(path.relative_to(ROOT)): found
        for path in modules
        if path != OPERATIONS and (found := _data_access(path.read_text(encoding="utf-8")))
    }
    assert offences == {}, "use skillassess/ui/ops.py (read, QueryOp, ChangeOp) and the services' records"
    assert _data_access(OPERATIONS.read_text(encoding="utf-8")), "the operations module is where data is reached"

"""Layers: core, db, services and formats import no Qt, and imports point down only."""

from __future__ import annotations

import ast
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from helpers import ROOT


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
    result = subprocess.run(
        [sys.executable, "-c", code], check=False, capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    count, qt = lines[0], (lines[1] if len(lines) > 1 else "")
    assert int(count) >= 10, "the walk found too few modules to mean anything"
    assert qt == "", f"Qt was imported below the ui layer: {qt}"


# --- Which layer may import which ------------------------------------------------------------------

# Arrows point down only: ui and cli -> services -> formats/db -> core. A layer may import itself and
# what is below it; these are the layers each one must never import, at the top of a module, inside
# a function or under TYPE_CHECKING alike.
FORBIDDEN: dict[str, frozenset[str]] = {
    "core": frozenset({"db", "services", "formats", "ui", "cli"}),
    "db": frozenset({"services", "formats", "ui", "cli"}),
    "formats": frozenset({"services", "db", "ui", "cli"}),
    "services": frozenset({"ui", "cli"}),
}


def imported_layers(source: str, module: str) -> set[str]:
    """The top-level ``skillassess`` packages that ``source`` (the text of ``module``) imports."""
    found: set[str] = set()
    package = module.split(".")[:-1]
    for node in ast.walk(ast.parse(source)):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # relative: resolved against the module's package
                base = ".".join(package[: len(package) - node.level + 1] + ([base] if base else []))
            names = [f"{base}.{alias.name}" for alias in node.names] if base == "skillassess" else [base]
        for name in names:
            parts = name.split(".")
            if parts[0] == "skillassess" and len(parts) > 1:
                found.add(parts[1])
    return found


def _modules(layer: str) -> list[tuple[str, Path]]:
    root = ROOT / "skillassess" / layer
    out = []
    for path in sorted(root.rglob("*.py")):
        if "migrations" in path.parts:
            continue
        rel = path.relative_to(ROOT).with_suffix("")
        out.append((".".join(rel.parts), path))
    return out


def test_the_import_check_sees_every_form_of_import() -> None:
    """The check below finds an upward import however it is written (or it would prove nothing)."""
    module = "skillassess.formats.thing"
    assert imported_layers("from skillassess.services.recording import reading", module) == {"services"}
    assert imported_layers("import skillassess.ui.app", module) == {"ui"}
    assert imported_layers("from skillassess import cli, core", module) == {"cli", "core"}
    assert imported_layers("def f():\n    from skillassess.services import audit\n", module) == {"services"}
    assert imported_layers("if TYPE_CHECKING:\n    from skillassess.db.database import Database\n", module) == {"db"}
    assert imported_layers("from ..services import audit", module) == {"services"}
    assert imported_layers("from .xlsx import atomic_workbook", module) == {"formats"}


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_imports_point_down_only(layer: str) -> None:
    modules = _modules(layer)
    assert len(modules) >= 5, f"too few modules found under skillassess/{layer} to mean anything"
    upward = [
        f"{name} imports skillassess.{used}"
        for name, path in modules
        for used in sorted(imported_layers(path.read_text(encoding="utf-8"), name) & FORBIDDEN[layer])
    ]
    assert upward == [], "\n".join(upward)


# --- The interface reaches data through ui/ops.py only (issue 22, items 1 and 2) -----------------------

UI = ROOT / "skillassess" / "ui"
OPERATIONS = UI / "ops.py"
# Calls that open a session or a transaction, or write: only the operations module makes them.
_DATA_CALLS = {"session", "transaction", "write", "run_transaction", "lock_writes"}


def _data_access(source: str) -> list[str]:
    """What in ``source`` opens a session or transaction, or imports SQLAlchemy or an ORM model."""
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


def test_tests_carry_no_type_ignore_comments() -> None:
    """mypy reads skillassess/ only (pyproject.toml): a `type: ignore` in a test silences nothing and misleads."""
    marker = "# type" + ": ignore"
    tests = sorted((ROOT / "tests").rglob("*.py"))
    assert len(tests) > 50, "the walk found too few test modules to mean anything"
    found = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in tests
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if marker in line
    ]
    assert found == []

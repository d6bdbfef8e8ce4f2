"""Layers: core, db, services and formats import no Qt, and imports point down only."""

from __future__ import annotations

import ast
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
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

"""The one build step pyproject.toml cannot express: compiling the interface translations.

The translations' sources are ``resources/translations/skillassess_<lang>.ts`` (filled by
``tools/update_translations.py``); the application loads ``skillassess/resources/translations/*.qm``.
Every build compiles them, so that a wheel, an sdist and an editable install always have them:

- ``build_py`` (wheels, and ``pip install -e``, which writes them into the source tree);
- ``sdist``, which puts them into the archive beside the .ts sources.

The compiler is Qt's own ``lrelease`` from PySide6-Essentials, a build requirement in pyproject.toml.
It is a runtime dependency anyway (no extra download for anyone who installs SkillAssess), and it is the
compiler QTranslator is written against: a pure-Python compiler would have to reproduce Qt's hash
table and the plural rules of every language (Arabic has six forms).
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py
from setuptools.command.sdist import sdist

ROOT = Path(__file__).resolve().parent
SOURCES = ROOT / "resources" / "translations"
COMPILED = Path("skillassess", "resources", "translations")


def lrelease() -> str:
    """The lrelease program shipped inside PySide6."""
    try:
        import PySide6
    except ImportError as exc:
        raise SystemExit(
            "Building SkillAssess needs PySide6-Essentials (its lrelease compiles the "
            "translations); pip installs it by itself, see [build-system] in pyproject.toml."
        ) from exc
    base = Path(PySide6.__file__).resolve().parent
    for name in ("lrelease", "lrelease.exe"):
        if (base / name).exists():
            return str(base / name)
    raise SystemExit(f"PySide6 at {base} has no lrelease: install PySide6-Essentials.")


def compile_translations(target: Path) -> list[Path]:
    """Compile every .ts source to ``target``/<name>.qm and return the .qm files."""
    sources = sorted(SOURCES.glob("skillassess_*.ts"))
    if not sources:
        raise SystemExit(f"No translations to compile in {SOURCES}.")
    target.mkdir(parents=True, exist_ok=True)
    tool = lrelease()
    compiled = []
    for ts in sources:
        qm = target / f"{ts.stem}.qm"
        subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True)
        if not qm.is_file() or qm.stat().st_size == 0:
            raise SystemExit(f"lrelease wrote nothing for {ts}.")
        compiled.append(qm)
    return compiled


class BuildPyWithTranslations(build_py):
    """build_py, then the .qm files into the build (or, for an editable install, into the source tree)."""

    def run(self) -> None:
        super().run()
        target = ROOT / COMPILED if self.editable_mode else Path(self.build_lib) / COMPILED
        self.compiled_translations = compile_translations(target)

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        return [*super().get_outputs(include_bytecode), *map(str, getattr(self, "compiled_translations", []))]


class SdistWithTranslations(sdist):
    """sdist, with the compiled .qm files in the archive too."""

    def make_release_tree(self, base_dir: str, files: list[str]) -> None:
        super().make_release_tree(base_dir, files)
        compile_translations(Path(base_dir) / COMPILED)


setup(cmdclass={"build_py": BuildPyWithTranslations, "sdist": SdistWithTranslations})

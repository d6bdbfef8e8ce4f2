"""The files SkillAssess ships inside its package: fonts, demo data, translations, icons, licences.

Every reader finds them through these functions (``importlib.resources``), so they are found the same
way in a source checkout, an installed wheel and the frozen application. Each function returns a real
folder: SkillAssess is always installed as files (wheels are unpacked; the frozen application keeps
its package data in a folder), and reportlab, Qt and ``open()`` need paths.

The ``.qm`` translations are compiled from ``resources/translations/*.ts`` when the package is built
(setup.py), and by ``make`` in a checkout.
"""

from __future__ import annotations

import json
import platform
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path


def _folder(name: str) -> Path:
    """The package's folder ``name``, as a file-system path."""
    folder = files(__name__) / name
    if not isinstance(folder, Path):  # e.g. a zipped import: not a way SkillAssess is installed
        raise RuntimeError(f"SkillAssess's {name} are not files on disk ({folder!r}); install SkillAssess unzipped.")
    return folder


def fonts_dir() -> Path:
    """The bundled Noto fonts (Latin, Arabic, Ethiopic) with their licence, OFL.txt."""
    return _folder("fonts")


def demo_dir() -> Path:
    """The demo data: the qualification and the candidates (JSON)."""
    return _folder("demo")


def translations_dir() -> Path:
    """The compiled interface translations, ``skillassess_<language>.qm``."""
    return _folder("translations")


def icons_dir() -> Path:
    """The application icon: ``skillassess.svg`` and ``skillassess-<size>.png`` for 16 to 512 pixels."""
    return _folder("icons")


def action_icons_dir() -> Path:
    """The icons of the navigation and the main actions: a subset of Tabler Icons (MIT, licenses/tabler-icons.txt),
    ``<name>.svg`` drawn with ``currentColor`` (skillassess/ui/icons.py paints them in the palette's colour)."""
    return _folder("icons") / "tabler"


def exchange_schema_file() -> Path:
    """The JSON Schema of exchange bundles (docs/exchange-bundle.md), format version 1."""
    return _folder("exchange") / "bundle-v1.schema.json"


def verifier_dir() -> Path:
    """The verification page's template: ``index.html``, ``verify.js`` and ``verify.css`` (put together on export)."""
    return _folder("verifier")


def licenses_dir() -> Path:
    """The licences of SkillAssess and of everything it bundles (``index.json`` lists them)."""
    return _folder("licenses")


@dataclass(frozen=True)
class BundledLicense:
    """One thing SkillAssess bundles, with its licence (an SPDX expression) and the file of its text."""

    name: str
    version: str
    license: str
    text_file: Path
    url: str


def bundled_licenses() -> list[BundledLicense]:
    """What ``licenses/index.json`` lists (tools/collect_licenses.py writes it), SkillAssess first, each with
    the version installed here when it can be read, else the version the list was made with."""
    entries = json.loads((licenses_dir() / "index.json").read_text(encoding="utf-8"))
    return [
        BundledLicense(
            name=str(e["name"]),
            version=_installed_version(
                str(e.get("distribution") or e.get("version_of") or ""), str(e.get("version", ""))
            ),
            license=str(e["license"]),
            text_file=licenses_dir() / str(e["file"]),
            url=str(e.get("url", "")),
        )
        for e in entries
    ]


def _installed_version(distribution: str, recorded: str) -> str:
    if distribution == "python":
        return platform.python_version()
    if distribution:
        from importlib import metadata  # slow to import (~0.1 s): not at start-up

        try:
            return metadata.version(distribution)
        except metadata.PackageNotFoundError:
            pass
    return recorded

"""The package's files are read through skillassess.resources, from inside the package, never from the
source tree (an installed wheel or the frozen application has no source tree)."""

from __future__ import annotations

import re

from skillassess import resources
from skillassess.ui.i18n import compiled_translation

from helpers import ROOT

PACKAGE = ROOT / "skillassess"


def test_each_folder_is_inside_the_package_and_has_its_files() -> None:
    expected = {
        resources.fonts_dir: [
            "NotoSans-Regular.ttf",
            "NotoSansArabic-Regular.ttf",
            "NotoSansEthiopic-Bold.ttf",
            "OFL.txt",
        ],
        resources.demo_dir: ["candidates.json", "electrical_installation.json"],
        resources.icons_dir: ["skillassess.svg", "skillassess-16.png", "skillassess-512.png"],
        resources.licenses_dir: ["index.json", "skillassess.txt", "lgpl-3.0.txt", "noto-fonts.txt"],
        resources.translations_dir: ["skillassess_fr.qm", "skillassess_ar.qm"],
    }
    for folder_of, names in expected.items():
        folder = folder_of()
        assert folder.is_relative_to(PACKAGE / "resources"), folder
        for name in names:
            assert (folder / name).is_file(), folder / name


def test_translations_are_the_compiled_ones_in_the_package() -> None:
    qm = compiled_translation("fr")
    assert qm == resources.translations_dir() / "skillassess_fr.qm"
    assert compiled_translation("xx") is None


def test_no_module_reads_files_from_the_source_tree() -> None:
    pattern = re.compile(r"parents\[\d\]\s*/\s*[\"']resources[\"']|[\"']resources/(fonts|demo|translations)")
    offenders = [
        str(p.relative_to(ROOT)) for p in PACKAGE.rglob("*.py") if pattern.search(p.read_text(encoding="utf-8"))
    ]
    assert not offenders, f"read package files through skillassess.resources: {offenders}"

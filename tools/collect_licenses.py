#!/usr/bin/env python3
"""Write skillassess/resources/licenses/: the licence texts of SkillAssess and of everything it bundles.

    .venv/bin/python tools/collect_licenses.py          # rewrite index.json and the texts
    .venv/bin/python tools/collect_licenses.py --check  # exit 1 when a dependency is missing from them

Run it after adding or upgrading a dependency (tests/packaging/test_licenses.py fails until then).
What it reads, for every distribution SkillAssess needs at run time (its requirements and those of
its ``postgres`` extra, which the frozen application bundles, followed through theirs), from the
installed distribution's metadata (importlib.metadata):

- the licence: ``License-Expression``, else a short ``License`` field, else the licence classifiers;
- the texts: the files under ``licenses/`` of the .dist-info (metadata 2.4), else its LICENSE/COPYING
  files; a distribution that ships none (PySide6-Essentials and shiboken6 ship none) gets the text of its
  licence from COMPONENTS below.

Plus what is bundled but is not a Python distribution (COMPONENTS): Qt itself, the Noto fonts, and the
Python interpreter that the frozen application carries. The About dialog (skillassess/ui/about_dialog.py)
lists index.json, each with the version installed when that can be read, and shows the texts.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "skillassess" / "resources" / "licenses"
COMMON = Path("/usr/share/common-licenses")  # Debian's copies of the standard licence texts

# Texts for what ships no licence file of its own: output name -> its parts, each the first of its
# alternative files that exists.
PYTHON_LIB = Path(sys.base_prefix) / "lib" / f"python{sys.version_info.major}.{sys.version_info.minor}"
TEXTS = {
    "skillassess": [[ROOT / "LICENSE"]],
    # The LGPL is a set of permissions on top of the GPL: both texts.
    "lgpl-3.0": [[COMMON / "LGPL-3"], [ROOT / "LICENSE", COMMON / "GPL-3"]],
    "noto-fonts": [[ROOT / "skillassess" / "resources" / "fonts" / "OFL.txt"]],
    "tabler-icons": [[ROOT / "skillassess" / "resources" / "licenses" / "tabler-icons.txt"]],
    "python": [[PYTHON_LIB / "LICENSE.txt", Path(sys.base_prefix) / "LICENSE.txt"]],
}
# Distributions without licence files: the text to use instead.
TEXT_FOR = {"pyside6-essentials": "lgpl-3.0", "shiboken6": "lgpl-3.0"}
# Bundled things that are not Python distributions.
COMPONENTS = [
    {
        "name": "SkillAssess",
        "license": "GPL-3.0-or-later",
        "file": "skillassess.txt",
        "url": "",
        "what": "this application",
        "version_of": "skillassess",
    },
    {
        "name": "Qt",
        "license": "LGPL-3.0-only",
        "file": "lgpl-3.0.txt",
        "url": "https://www.qt.io/licensing/",
        "what": "the user interface toolkit (inside PySide6-Essentials)",
        "version_of": "PySide6-Essentials",
    },
    {
        "name": "Noto Sans, Noto Sans Arabic, Noto Sans Ethiopic",
        "license": "OFL-1.1",
        "file": "noto-fonts.txt",
        "url": "https://notofonts.github.io/",
        "what": "the fonts of certificates and PDFs",
    },
    {
        "name": "Tabler Icons (a subset)",
        "license": "MIT",
        "file": "tabler-icons.txt",
        "url": "https://tabler.io/icons",
        "what": "the icons of the navigation and the main actions (skillassess/resources/icons/tabler)",
        "version": "3.52.0",
    },
    {
        "name": "Python",
        "license": "PSF-2.0",
        "file": "python.txt",
        "url": "https://www.python.org/",
        "what": "the interpreter inside the Windows and Linux bundles",
        "version_of": "python",
    },
]
CLASSIFIER_LICENSES = {
    "MIT License": "MIT",
    "BSD License": "BSD",
    "Apache Software License": "Apache-2.0",
    "Python Software Foundation License": "PSF-2.0",
    "Mozilla Public License 2.0 (MPL 2.0)": "MPL-2.0",
    "GNU Library or Lesser General Public License (LGPL)": "LGPL",
    "ISC License (ISCL)": "ISC",
    "GNU Lesser General Public License v3 (LGPLv3)": "LGPL-3.0",
}
LICENSE_FILE = re.compile(r"^(LICEN[CS]E|COPYING|NOTICE)", re.IGNORECASE)


def normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def runtime_distributions(
    root: str = "skillassess", extras: frozenset[str] = frozenset({"postgres"})
) -> list[metadata.Distribution]:
    """``root``'s run-time requirements with ``extras`` (the frozen application bundles PostgreSQL's driver),
    followed through theirs."""
    seen: dict[str, metadata.Distribution] = {}
    todo: list[tuple[str, set[str]]] = [(root, set(extras))]
    while todo:
        name, extras = todo.pop()
        dist = metadata.distribution(name)
        key = normal(dist.metadata["Name"])
        if key in seen and not extras:
            continue
        seen[key] = dist
        for text in dist.requires or []:
            req = Requirement(text)
            environments = [{"extra": e} for e in extras] or [{"extra": ""}]
            if req.marker is not None and not any(req.marker.evaluate(env) for env in environments):
                continue
            if normal(req.name) not in seen:
                todo.append((req.name, set(req.extras)))
    return sorted((d for k, d in seen.items() if k != root), key=lambda d: normal(d.metadata["Name"]))


def licence_of(dist: metadata.Distribution) -> str:
    """The distribution's licence as it declares it (an SPDX expression where it gives one)."""
    meta = dist.metadata
    if meta.get("License-Expression"):
        return str(meta["License-Expression"])
    declared = str(meta.get("License") or "").strip()
    if declared and len(declared) <= 80 and "\n" not in declared:
        return declared
    classifiers = [c.split(" :: ")[-1] for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
    found = [CLASSIFIER_LICENSES.get(c, c) for c in classifiers if c != "OSI Approved"]
    if found:
        return " OR ".join(found)
    return declared.splitlines()[0] if declared else "see the licence text"


def licence_files(dist: metadata.Distribution) -> list[tuple[str, str]]:
    """(file name, text) of the licence files the distribution installed with its metadata."""
    out = []
    for file in dist.files or []:
        parts = file.parts
        if not parts or not parts[0].endswith(".dist-info"):
            continue
        in_licenses = len(parts) >= 3 and parts[1] in ("licenses", "license_files")
        if in_licenses or (len(parts) == 2 and LICENSE_FILE.match(parts[1])):
            path = Path(str(dist.locate_file(file)))
            if path.is_file():
                out.append(("/".join(parts[1:]), path.read_text(encoding="utf-8", errors="replace")))
    return out


def read_text(name: str) -> str:
    parts = []
    for alternatives in TEXTS[name]:
        found = next((p for p in alternatives if p.is_file()), None)
        if found is None:
            raise SystemExit(f"No text for {name}: looked for {', '.join(map(str, alternatives))}.")
        # Blank lines off both ends, but not the indent that centres a licence's title.
        parts.append(found.read_text(encoding="utf-8").strip("\n").rstrip() + "\n")
    return "\n\n".join(parts)


def home_page(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    if meta.get("Home-page"):
        return str(meta["Home-page"])
    for entry in meta.get_all("Project-URL") or []:
        label, _, url = entry.partition(",")
        if label.strip().lower() in ("homepage", "home", "source", "repository", "documentation"):
            return url.strip()
    return ""


def collect() -> tuple[list[dict[str, str]], dict[str, str]]:
    """The index entries and the texts (file name -> text) to write."""
    texts = {f"{name}.txt": read_text(name) for name in TEXTS}
    entries = [dict(c) for c in COMPONENTS]
    for dist in runtime_distributions():
        name = str(dist.metadata["Name"])
        key = normal(name)
        files = licence_files(dist)
        if files:
            file = f"{key}.txt"
            texts[file] = "\n\n".join(
                f"----- {fname} -----\n\n{text.strip(chr(10)).rstrip()}\n" for fname, text in files
            )
        elif key in TEXT_FOR:
            file = f"{TEXT_FOR[key]}.txt"
        else:
            raise SystemExit(f"{name} installed no licence file: add its text to TEXTS and TEXT_FOR.")
        entries.append(
            {
                "name": name,
                "license": licence_of(dist),
                "file": file,
                "url": home_page(dist),
                "what": str(dist.metadata.get("Summary") or ""),
                "distribution": name,
                "version": dist.version,
            }
        )
    return entries, texts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="exit 1 when index.json misses a dependency")
    args = parser.parse_args(argv)
    entries, texts = collect()
    if args.check:
        have = {e.get("distribution") for e in json.loads((OUT / "index.json").read_text(encoding="utf-8"))}
        missing = sorted(
            str(e["distribution"]) for e in entries if "distribution" in e and e["distribution"] not in have
        )
        for name in missing:
            print(f"missing from {OUT / 'index.json'}: {name} (run tools/collect_licenses.py)")
        return 1 if missing else 0
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.txt"):
        if old.name not in texts:
            old.unlink()
    for name, text in texts.items():
        (OUT / name).write_text(text, encoding="utf-8")
    (OUT / "index.json").write_text(json.dumps(entries, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(entries)} entries and {len(texts)} texts to {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

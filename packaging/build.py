"""Build the frozen application and, on Linux, its bundle: ``make package`` runs this.

    .venv/bin/python packaging/build.py              # dist/SkillAssess/ and, on Linux, the .tar.gz bundle
    .venv/bin/python packaging/build.py --no-freeze  # only the bundle, from the dist/SkillAssess/ already built

1. PyInstaller with packaging/skillassess.spec: the one-folder application dist/SkillAssess/.
2. Its size, printed (the goal is at most 150 MB).
3. On Linux, the bundle: the folder, install.sh and uninstall.sh (packaging/linux/), the .desktop file,
   the AppStream metadata and the icons, in one .tar.gz (``assemble_linux_bundle``, also used by the tests).

Name, id and version come from skillassess/__init__.py; the AppStream file must list that version.
"""

from __future__ import annotations

import argparse
import platform
import shutil
import subprocess
import sys
import tarfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from skillassess import APP_ID, APP_NAME, __version__  # noqa: E402
from skillassess.resources import icons_dir  # noqa: E402

PACKAGING = ROOT / "packaging"
DESKTOP = PACKAGING / f"{APP_ID}.desktop"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"
SIZE_GOAL_MB = 150


def folder_size(folder: Path) -> int:
    """Bytes in ``folder``, as the files take them (symbolic links not followed)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def check_metadata() -> None:
    """The AppStream file names the package's id and lists its version: one source for both."""
    root = ET.parse(METAINFO).getroot()
    if root.findtext("id") != APP_ID:
        raise SystemExit(f"{METAINFO.name}: <id> is {root.findtext('id')!r}, the package's APP_ID is {APP_ID!r}.")
    versions = [r.get("version") for r in root.iter("release")]
    if __version__ not in versions:
        raise SystemExit(f'{METAINFO.name} has no <release version="{__version__}">: add one for this version.')


def freeze(dist: Path, work: Path) -> Path:
    """Run PyInstaller; the application's folder."""
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(dist),
            "--workpath",
            str(work),
            str(PACKAGING / "skillassess.spec"),
        ],
        check=True,
        cwd=ROOT,
    )
    return dist / APP_NAME


def assemble_linux_bundle(app: Path, out_dir: Path) -> Path:
    """The .tar.gz of ``app`` (a frozen folder) with the install scripts, menu entry, icons and AppStream file."""
    name = f"{APP_NAME}-{__version__}-linux-{platform.machine()}"
    stage = out_dir / name
    shutil.rmtree(stage, ignore_errors=True)
    shutil.copytree(app, stage / APP_NAME, symlinks=True)
    for script in ("install.sh", "uninstall.sh"):
        shutil.copy2(PACKAGING / "linux" / script, stage / script)
        (stage / script).chmod(0o755)
    share = stage / "share"
    (share / "applications").mkdir(parents=True)
    (share / "metainfo").mkdir(parents=True)
    shutil.copy2(DESKTOP, share / "applications" / DESKTOP.name)
    shutil.copy2(METAINFO, share / "metainfo" / METAINFO.name)
    for png in icons_dir().glob("skillassess-*.png"):
        size = png.stem.rsplit("-", 1)[1]
        target = share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(png, target)
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy2(icons_dir() / "skillassess.svg", scalable / f"{APP_ID}.svg")
    shutil.copy2(ROOT / "LICENSE", stage / "LICENSE.txt")
    archive = out_dir / f"{name}.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(stage, arcname=name)
    shutil.rmtree(stage)
    return archive


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--no-freeze", action="store_true", help="use the dist/SkillAssess/ already built")
    args = parser.parse_args(argv)
    check_metadata()
    dist = ROOT / "dist"
    app = dist / APP_NAME if args.no_freeze else freeze(dist, ROOT / "build" / "pyinstaller")
    size_mb = folder_size(app) / 1e6
    files = sum(1 for p in app.rglob("*") if p.is_file())
    print(f"{app.relative_to(ROOT)}: {size_mb:.1f} MB in {files} files (goal: at most {SIZE_GOAL_MB} MB)")
    if sys.platform.startswith("linux"):
        archive = assemble_linux_bundle(app, dist)
        print(f"{archive.relative_to(ROOT)}: {archive.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())

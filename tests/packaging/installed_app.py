"""What a user does first with an installed SkillAssess, run against any installed copy of it.

Used by test_wheel_install.py (a wheel installed in a new virtual environment) and test_frozen_app.py
(the PyInstaller folder): the program is started as a user would start it, from a folder outside the
source tree, with a data folder of its own and no PYTHONPATH.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest


@dataclass
class InstalledApp:
    """An installed SkillAssess: ``program`` is the command (e.g. ``[".../bin/skillassess"]``)."""

    program: list[str]
    home: Path  # working folder and data folder live here

    def env(self, **extra: str) -> dict[str, str]:
        env = {
            k: v
            for k, v in os.environ.items()
            if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "PYTHONSAFEPATH", "SKILLASSESS_DATABASE_URL")
        }
        env.update(
            SKILLASSESS_DATA_DIR=str(self.home / "data"),
            QT_QPA_PLATFORM="offscreen",
            XDG_CONFIG_HOME=str(self.home / "config"),
            SKILLASSESS_LANGUAGE="en",
            HOME=str(self.home),
        )
        env.update(extra)
        return env

    def run(self, *args: str, timeout: float = 180, **env: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*self.program, *args],
            check=False,
            capture_output=True,
            text=True,
            cwd=self.home,
            env=self.env(**env),
            timeout=timeout,
        )

    def ok(self, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
        result = self.run(*args, **env)
        assert result.returncode == 0, (
            f"{' '.join(args)} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}"
        )
        return result


def pdf_fonts(pdf: Path) -> list[dict[str, str]]:
    """pdffonts' table: name, type and whether each font is embedded."""
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout.splitlines()
    rows = []
    for line in out[2:]:
        parts = line.split()
        # name type [type...] encoding emb sub uni object ID: emb/sub/uni are the 3 yes/no before "obj id"
        rows.append({"name": parts[0], "emb": parts[-5], "line": line})
    return rows


# reportlab lists its initial font, Helvetica, in every page's resources though no text uses it: the same
# from the source (issue 22.5, branch pdf-writes, removes it; then this set becomes empty).
KNOWN_UNEMBEDDED = {"Helvetica"}


def issue_and_check_certificates(app: InstalledApp) -> dict[str, Path]:
    """``demo``, ``info --json``, then a certificate in Amharic and one in Arabic for candidates whose names
    are written in Ethiopic and Arabic script: each PDF embeds every font it uses and verifies as VALID."""
    for tool in ("pdffonts", "pdftoppm", "zbarimg"):
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} is not installed (poppler-utils, zbar-tools: .ci/run installs them)")
    app.ok("demo")
    info = json.loads(app.ok("--demo", "info", "--json").stdout)
    assert info["counts"]["candidates"] == 37, info
    registrar = {"SKILLASSESS_PASSWORD": "demo-registrar"}
    eligible = json.loads(
        app.ok("--demo", "--user", "registrar", "certificates", "eligible", "--json", **registrar).stdout
    )
    by_name = {row["candidate_name"]: row["registration_number"] for row in eligible}
    # Tigist Alemu (ትዕግስት አለሙ) and Layal Khoury (ليال خوري) in the demo data.
    issued = {}
    for language, name in (("am", "Tigist Alemu"), ("ar", "Layal Khoury")):
        pdf = app.home / f"certificate-{language}.pdf"
        app.ok(
            "--demo",
            "--user",
            "registrar",
            "certificates",
            "issue",
            "--candidate",
            by_name[name],
            "--qualification",
            "ELI-L2",
            "--language",
            f"en,{language}",
            "-o",
            str(pdf),
            **registrar,
        )
        fonts = pdf_fonts(pdf)
        assert fonts, f"no fonts in {pdf}"
        unembedded = [f["line"] for f in fonts if f["emb"] != "yes" and f["name"] not in KNOWN_UNEMBEDDED]
        assert not unembedded, f"fonts not embedded in {pdf.name}:\n" + "\n".join(unembedded)
        script_font = "Ethiopic" if language == "am" else "Arabic"
        assert any(script_font in f["name"] for f in fonts), [f["name"] for f in fonts]
        verdict = app.run("--demo", "certificates", "verify", "--pdf", str(pdf))
        assert verdict.returncode == 0 and "VALID" in verdict.stdout, verdict.stdout + verdict.stderr
        issued[language] = pdf
    return issued


def french_translation_loads(app: InstalledApp, python: list[str] | None = None) -> None:
    """The French interface: the self-test loads every translation and opens the main window offscreen;
    with SKILLASSESS_LANGUAGE=fr the window's File menu reads Fichier."""
    result = app.ok("self-test", "--json", SKILLASSESS_LANGUAGE="fr")
    report = json.loads(result.stdout)
    assert report["passed"] is True
    checks = {c["check"]: c["detail"] for c in report["checks"]}
    assert "fr (Fichier)" in checks["translations"], checks
    assert "ar (ملف)" in checks["translations"], checks
    assert "Fichier" in checks["window"], checks  # the menus of the window opened in French


def need_tool(name: str, package: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (Debian package {package}; .ci/run installs it)")
    return found


def install_and_validate(bundle: Path, home: Path) -> Path:
    """Run the Linux bundle's install.sh for a user whose home is ``home``; check what it placed (the
    menu entry and AppStream file validate), that uninstall.sh removes it all but the user's data, and
    install again. Returns the installed program."""
    from skillassess import APP_ID

    validate_desktop = need_tool("desktop-file-validate", "desktop-file-utils")
    validate_appstream = need_tool("appstreamcli", "appstream")
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env["HOME"] = str(home)
    home.mkdir(parents=True, exist_ok=True)
    local = home / ".local"
    installed = subprocess.run(
        ["sh", str(bundle / "install.sh")], check=False, capture_output=True, text=True, env=env, timeout=120
    )
    assert installed.returncode == 0, installed.stdout + installed.stderr
    program = local / "opt" / "SkillAssess" / "SkillAssess"
    assert program.is_file() and os.access(program, os.X_OK)
    assert (local / "bin" / "skillassess").resolve() == program.resolve()
    desktop = local / "share" / "applications" / f"{APP_ID}.desktop"
    metainfo = local / "share" / "metainfo" / f"{APP_ID}.metainfo.xml"
    assert f'Exec="{program}"' in desktop.read_text(encoding="utf-8")
    for size in (16, 32, 48, 64, 128, 256, 512):
        assert (local / "share" / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file(), size
    assert (local / "share" / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    result = subprocess.run([validate_desktop, str(desktop)], check=False, capture_output=True, text=True)
    assert result.returncode == 0 and "error" not in result.stdout.lower(), result.stdout + result.stderr
    result = subprocess.run(
        [validate_appstream, "validate", "--no-net", str(metainfo)], check=False, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr

    # The user's data survives an uninstall.
    data = local / "share" / "SkillAssess"
    data.mkdir(parents=True, exist_ok=True)
    (data / "skillassess.sqlite3").write_bytes(b"the centre's database")
    removed = subprocess.run(
        ["sh", str(program.parent / "uninstall.sh")], check=False, capture_output=True, text=True, env=env, timeout=60
    )
    assert removed.returncode == 0, removed.stdout + removed.stderr
    assert not program.exists() and not desktop.exists() and not metainfo.exists()
    assert not (local / "bin" / "skillassess").exists()
    assert (data / "skillassess.sqlite3").read_bytes() == b"the centre's database"
    again = subprocess.run(
        ["sh", str(bundle / "install.sh")], check=False, capture_output=True, text=True, env=env, timeout=120
    )
    assert again.returncode == 0, again.stdout + again.stderr
    return program

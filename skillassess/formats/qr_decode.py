"""Reading QR codes back from a PNG or a PDF with the command-line tools zbarimg and pdftoppm."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from skillassess.core.errors import DomainError


def _tool(name: str, package: str) -> str:
    path = shutil.which(name)
    if path is None:
        raise DomainError(f"{name} is not installed; install {package} to read QR codes from files.")
    return path


def decode_image(path: Path) -> list[str]:
    """The texts of every QR code in an image file (empty when none is found)."""
    if not path.is_file():
        raise DomainError(f"{path} does not exist or is not a file.")
    zbarimg = _tool("zbarimg", "zbar-tools")
    result = subprocess.run(
        [zbarimg, "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    # zbarimg exits 4 when it found no code; other non-zero codes are real errors.
    if result.returncode not in (0, 4):
        raise DomainError(
            f"{path} could not be read as an image: {result.stderr.strip().splitlines()[-1:] or 'zbarimg failed'}."
        )
    return [line.strip() for line in result.stdout.splitlines() if line.strip()]


def decode_pdf(path: Path, page: int = 1, dpi: int = 200) -> list[str]:
    """The texts of the QR codes on one page of a PDF (rendered with pdftoppm)."""
    if not path.is_file():
        raise DomainError(f"{path} does not exist or is not a file.")
    pdftoppm = _tool("pdftoppm", "poppler-utils")
    with tempfile.TemporaryDirectory() as tmp:
        prefix = Path(tmp) / "page"
        result = subprocess.run(
            [pdftoppm, "-png", "-r", str(dpi), "-f", str(page), "-l", str(page), "-singlefile", str(path), str(prefix)],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        png = prefix.with_suffix(".png")
        if result.returncode != 0 or not png.exists():
            raise DomainError(f"{path} could not be read as a PDF: {result.stderr.strip() or 'pdftoppm failed'}.")
        return decode_image(png)

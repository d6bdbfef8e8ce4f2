"""Command self-test: does this installation work? (CI runs it on the frozen application.)

It checks what an installation can lack and a user would only find out later: the package's files
(fonts, demo data, translations, icons, licences), the database layer with a demo database, a
PDF with Arabic and Ethiopic names and their fonts embedded, and the main window, opened
offscreen and closed. Everything happens in a temporary folder: the user's data and settings are
not touched.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from skillassess.cli.base import CommandError, print_json


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "self-test",
        help="check this installation: its files, a demo database, a certificate, the window (touches no data)",
    )
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.set_defaults(func=cmd_self_test)


def cmd_self_test(args: argparse.Namespace) -> int:
    # The window is opened offscreen unless the caller chose a platform (e.g. xcb, to see it).
    if not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    results: list[dict[str, str]] = []
    with tempfile.TemporaryDirectory(prefix="skillassess-self-test-") as tmp:
        folder = Path(tmp)
        os.environ["SKILLASSESS_DATA_DIR"] = str(folder / "data")
        _private_settings(folder / "settings")
        steps: list[tuple[str, Callable[[Path], str]]] = [
            ("files", _check_files),
            ("translations", _check_translations),
            ("database", _check_database),
            ("certificate", _check_certificate),
            ("window", _check_window),
        ]
        for name, step in steps:
            try:
                detail = step(folder)
            except Exception as exc:
                if args.debug:
                    raise
                raise CommandError(f"self-test failed at {name}: {exc}") from exc
            results.append({"check": name, "result": "ok", "detail": detail})
            if not args.json:
                print(f"ok  {name:13} {detail}", flush=True)
    if args.json:
        print_json({"passed": True, "checks": results})
    else:
        print("self-test passed")
    return 0


def _private_settings(folder: Path) -> None:
    """Window state and language go to ``folder``, not to the user's settings."""
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


def _check_files(folder: Path) -> str:
    from skillassess.resources import bundled_licenses, demo_dir, fonts_dir, icons_dir

    fonts = sorted(p.name for p in fonts_dir().glob("*.ttf"))
    if len(fonts) < 6:
        raise RuntimeError(f"only {len(fonts)} fonts in {fonts_dir()}")
    demo = sorted(p.name for p in demo_dir().glob("*.json"))
    if len(demo) < 2:
        raise RuntimeError(f"the demo data is missing from {demo_dir()}")
    icons = list(icons_dir().glob("skillassess-*.png"))
    if len(icons) < 8:
        raise RuntimeError(f"only {len(icons)} icon sizes in {icons_dir()}")
    licenses = bundled_licenses()
    missing = [item.text_file.name for item in licenses if not item.text_file.is_file()]
    if missing:
        raise RuntimeError(f"licence texts missing: {', '.join(missing)}")
    return f"{len(fonts)} fonts, {len(demo)} demo files, {len(icons)} icons, {len(licenses)} licences"


def _check_translations(folder: Path) -> str:
    from PySide6.QtCore import QTranslator

    from skillassess.ui.app import create_application
    from skillassess.ui.i18n import LANGUAGES, compiled_translation

    create_application()  # the application object the window uses later
    loaded = []
    for language in LANGUAGES:
        if language == "en":
            continue
        qm = compiled_translation(language)
        translator = QTranslator()
        if qm is None or not translator.load(str(qm)):
            raise RuntimeError(f"the {language} translation does not load ({qm})")
        shown = translator.translate("MainWindow", "&File")
        if not shown or shown == "&File":
            raise RuntimeError(f"the {language} translation has no text for the File menu")
        loaded.append(f"{language} ({shown.replace('&', '')})")
    return ", ".join(loaded)


def _check_database(folder: Path) -> str:
    from skillassess.cli.base import scratch_database
    from skillassess.services.demo import load_demo
    from skillassess.services.info import database_info

    with scratch_database(folder / "self-test.sqlite3", create=True) as db:
        db.write(lambda s: load_demo(s, folder / "keys"))
        with db.session() as session:
            info = database_info(session)
    return f"schema {info.schema_version}, {info.counts.get('candidates', 0)} demo candidates"


def _check_certificate(folder: Path) -> str:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    from skillassess.formats.pdf_text import font_name, register_fonts

    register_fonts()
    path = folder / "fonts.pdf"
    canvas = Canvas(str(path), pagesize=A4)
    canvas.setFont(font_name("arabic"), 14)
    canvas.drawString(72, 720, "ليلى خوري")
    canvas.setFont(font_name("ethiopic"), 14)
    canvas.drawString(72, 690, "አበበ በቀለ")
    canvas.save()
    data = path.read_bytes()
    if b"FontFile2" not in data:
        raise RuntimeError("the fonts were not embedded in a test PDF")
    return f"Arabic and Ethiopic fonts embedded ({len(data):,} bytes)"


def _check_window(folder: Path) -> str:
    from skillassess.cli.base import scratch_database
    from skillassess.services.users import actor_by_username
    from skillassess.ui.app import create_application
    from skillassess.ui.main_window import MainWindow

    app = create_application()
    with scratch_database(folder / "self-test.sqlite3") as db:
        with db.session() as session:
            actor = actor_by_username(session, "admin")
        window = MainWindow(db, actor)
        window.show()
        for _ in range(20):
            app.processEvents()
        pages = window.nav.count()
        menus = ", ".join(a.text().replace("&", "") for a in window.menuBar().actions())
        if app.windowIcon().isNull():
            raise RuntimeError("the application has no icon")
        window.close()
        app.processEvents()
    return f"main window opened with {pages} pages and the menus {menus}, and closed ({app.platformName()})"

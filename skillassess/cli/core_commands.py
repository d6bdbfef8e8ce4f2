"""Commands: gui, demo, info."""

from __future__ import annotations

import argparse

from skillassess.cli.base import opened, print_json, print_table
from skillassess.services.demo import DEMO_USERS, demo_password, load_demo
from skillassess.services.info import database_info


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("gui", help="open the application window (the default)")
    p.set_defaults(func=cmd_gui)

    p = sub.add_parser(
        "demo",
        help="load the demo data into the database (the demo database unless --db is given)",
        description="Load the demo data. Without --db it goes into the demo database, never the centre's.",
    )
    p.set_defaults(func=cmd_demo, demo_default=True)

    p = sub.add_parser("info", help="schema version and counts per table")
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.set_defaults(func=cmd_info)


def cmd_gui(args: argparse.Namespace) -> int:
    import os

    from skillassess.cli.language import cli_language
    from skillassess.core.languages import ENV_LANGUAGE
    from skillassess.ui.app import run_gui  # Qt is imported only for the GUI

    if getattr(args, "lang", None):  # --lang am: this run in Amharic, the setting unchanged
        os.environ[ENV_LANGUAGE] = cli_language(args.lang)
    return run_gui(args)


def cmd_demo(args: argparse.Namespace) -> int:
    if not args.db:
        args.demo = True
    with opened(args, create=True) as db:
        result = db.write(load_demo)
    print(f"{result.message} Database: {db.name}")
    print("Demo users (user name / password):")
    for username, full_name, roles in DEMO_USERS:
        print(f"  {username:10} {demo_password(username):16} {', '.join(r.value for r in roles)} ({full_name})")
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    with opened(args) as db, db.session() as session:
        info = database_info(session)
    if args.json:
        print_json({"schema_version": info.schema_version, "database": db.name, "counts": info.counts})
    else:
        print(f"Database:       {db.name}")
        print(f"Schema version: {info.schema_version}")
        print_table([[k, str(v)] for k, v in info.counts.items()], ["table", "rows"])
    return 0

"""Commands: backup, restore, check, backup-settings."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from skillassess.cli.base import CommandError, print_json, signed_in
from skillassess.db.backup.places import MAX_KEEP, BackupSettings, backup_folder, list_backups, second_backup_folder
from skillassess.db.database import display_name, resolve_url, sqlite_path

# Exit status of `check` when the database file is damaged (1 is a plain error, such as no file).
EXIT_DAMAGED = 3


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    b = sub.add_parser(
        "backup",
        help="write a backup archive: database, signing keys, evidence files, audit checkpoint "
        "(needs --user of an administrator)",
        description="Write one zip archive with a consistent copy of the database (taken while others may "
        "keep working), the signing keys, the evidence files and the audit checkpoint, and a manifest with "
        "the SHA-256 of each. Without -o it goes into this database's backup folder (and the second folder "
        "when one is set, see backup-settings). On PostgreSQL the archive holds the keys and the checkpoint, "
        "and the command prints the pg_dump command for the database itself.",
    )
    b.add_argument("-o", "--output", metavar="FILE", help="the archive to write (a folder: a dated name in it)")
    b.set_defaults(func=cmd_backup)

    r = sub.add_parser(
        "restore",
        help="check a backup archive completely, then put it in place of the database",
        description="Check the archive first (zip checksums, the SHA-256 of every file against its manifest, "
        "SQLite's integrity check, the audit chain); only then replace the database named by --db (or the "
        "centre's). The replaced database is kept beside it as NAME-replaced-DATE.sqlite3 with its evidence "
        "folder, checkpoint and a copy of the keys folder. Close the application first.",
    )
    r.add_argument("archive", metavar="FILE", help="a backup archive (.zip) written by `skillassess backup`")
    r.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    r.set_defaults(func=cmd_restore)

    c = sub.add_parser(
        "check",
        help="SQLite's full integrity check of the database file (exit 0 sound, 3 damaged)",
        description="Read the whole database file and check its structure, every table and every index. It "
        "writes nothing and works on a damaged file. Exit status: 0 sound, 3 damaged, 1 no such file.",
    )
    c.add_argument("--json", action="store_true", help="print one JSON document")
    c.set_defaults(func=cmd_check)

    s = sub.add_parser(
        "backup-settings",
        help="show or change the daily backup: how many to keep, a second folder",
        description="The first command of the day run by a user (--user), and the first start of the "
        "application each day, write a backup archive and keep the newest N. These settings belong to this "
        "computer.",
    )
    s.add_argument("--keep", type=int, metavar="N", help=f"daily backups to keep, 0 to {MAX_KEEP} (0: none)")
    folder = s.add_mutually_exclusive_group()
    folder.add_argument("--second-folder", metavar="FOLDER", help="also copy each backup there (a USB stick)")
    folder.add_argument("--no-second-folder", action="store_true", help="stop copying to a second folder")
    s.add_argument("--json", action="store_true", help="print one JSON document")
    s.set_defaults(func=cmd_backup_settings)


def cmd_backup(args: argparse.Namespace) -> int:
    from skillassess.services.backups import make_backup, require_backup_role

    with signed_in(args, daily_backup=False) as (db, actor):
        require_backup_role(actor)
        result = make_backup(db, Path(args.output).expanduser() if args.output else None)
    print(f"Backup written: {result.archive}")
    for copy in result.copies:
        print(f"Copied to: {copy}")
    for warning in result.warnings:
        print(f"skillassess: {warning}", file=sys.stderr)
    if result.pg_dump:
        print(
            "The PostgreSQL database itself is not in the archive (only the keys and the checkpoint). "
            "Back it up with pg_dump (it asks for the password, or reads PGPASSWORD or ~/.pgpass):"
        )
        print(f"  {result.pg_dump}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from skillassess.services.backups import check_backup, restore_backup

    url = resolve_url(args.db, demo=args.demo)
    archive = Path(args.archive).expanduser()
    print(f"Checking {archive} …", file=sys.stderr)
    checked = check_backup(archive, url)
    try:
        target = sqlite_path(url)
        counts = checked.info.counts if checked.info else {}
        print(
            f"The backup of {checked.source} made {checked.created_at} is sound: "
            f"{counts.get('candidates', 0)} candidate(s), {counts.get('assessments', 0)} assessment(s), "
            f"{counts.get('certificates', 0)} certificate(s), {len(checked.files.keys)} key file(s)."
        )
        if target is not None and target.exists():
            what = (
                f"Restoring replaces the database {target}, its evidence files, checkpoint and the signing keys "
                "(what is replaced is kept beside it)"
            )
        else:
            what = (
                f"Restoring puts the database {display_name(url)} back, with its evidence files, checkpoint "
                "and signing keys (keys it replaces are kept)"
            )
        if not args.yes:
            if not sys.stdin.isatty():
                raise CommandError(f"{what}; add --yes to go ahead.")
            answer = input(f"{what}. Go ahead? [y/N] ")
            if answer.strip().lower() not in ("y", "yes"):
                print("Nothing was changed.")
                return 1
    except BaseException:
        checked.discard()
        raise
    result = restore_backup(checked, url)
    print(f"Restored {result.database or display_name(url)} from {archive}.")
    if result.kept:
        print(f"The replaced database is kept as {result.kept}.")
    if result.kept_keys:
        print(f"The signing keys as they were are kept in {result.kept_keys}.")
    if target is None:
        print(
            "Only the keys and the checkpoint were put back; restore the PostgreSQL database itself with "
            "pg_restore from your pg_dump file."
        )
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from skillassess.services.backups import check_database, damaged_sentence

    url = resolve_url(args.db, demo=args.demo)
    result = check_database(url)
    if args.json:
        print_json(
            {
                "database": display_name(url),
                "intact": result.ok is True,
                "seconds": round(result.seconds, 2),
                "problems": result.problems,
            }
        )
    elif result.ok:
        print(f"The database file {display_name(url)} is sound (full integrity check, {result.seconds:.1f} s).")
    if result.ok:
        return 0
    print(f"skillassess: {damaged_sentence(url, result)}", file=sys.stderr)
    if not args.json and result.problems:
        print("SQLite found (for a technician):", file=sys.stderr)
        for line in result.problems[:20]:
            print(f"  {line}", file=sys.stderr)
    return EXIT_DAMAGED


def cmd_backup_settings(args: argparse.Namespace) -> int:
    settings = BackupSettings.load()
    changed = False
    if args.keep is not None:
        if not 0 <= args.keep <= MAX_KEEP:
            raise CommandError(f"--keep takes a number from 0 to {MAX_KEEP}.")
        settings.keep, changed = args.keep, True
    if args.no_second_folder:
        settings.second_folder, changed = None, True
    elif args.second_folder:
        folder = Path(args.second_folder).expanduser().absolute()
        if not folder.is_dir():
            raise CommandError(f"There is no folder {folder}; plug the USB stick in or create the folder first.")
        settings.second_folder, changed = folder, True
    if changed:
        settings.save()
    url = resolve_url(args.db, demo=args.demo)
    second = second_backup_folder(url, settings)
    newest = next(iter(list_backups(url, settings)), None)
    if args.json:
        print_json(
            {
                "keep": settings.keep,
                "second_folder": str(settings.second_folder) if settings.second_folder else None,
                "folder": str(backup_folder(url)),
                "second_backup_folder": str(second) if second else None,
                "newest_backup": str(newest.path) if newest else None,
            }
        )
        return 0
    print(f"Daily backups kept:  {settings.keep}" + (" (daily backups are off)" if settings.keep == 0 else ""))
    print(f"Backup folder:       {backup_folder(url)}")
    print(f"Second folder:       {second or 'none'}")
    print(f"Newest backup:       {newest.path if newest else 'none yet'}")
    return 0

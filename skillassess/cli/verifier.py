"""Command: verifier export: the static verification page that certificates' QR links open."""

from __future__ import annotations

import argparse
from pathlib import Path

from skillassess.cli.base import opened


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("verifier", help="the static page that checks certificates' QR codes in a browser")
    verifier = p.add_subparsers(dest="verifier_command", metavar="ACTION", required=True)
    ex = verifier.add_parser(
        "export",
        help="write the verification site (index.html, keys.json, revocations.json, revocation-list.json) into a folder",
        description="Copy the folder to the web address in the centre settings (its QR links open it), or to a "
        "memory stick: index.html also works opened as a file. It holds the centre's trusted public keys and "
        "the revocation list, signed and dated today: export again after revoking a certificate, and at least "
        "monthly (the page warns when its list is older than 30 days). Needs the centre's signing key on this "
        "computer.",
    )
    ex.add_argument("-o", "--output", type=Path, required=True, metavar="DIR", help="the folder to write into")
    ex.set_defaults(func=cmd_export)


def cmd_export(args: argparse.Namespace) -> int:
    from skillassess.services.verifier_site import export_site

    with opened(args) as db, db.session() as s:
        written = export_site(s, args.output)
    for path in written:
        print(path)
    return 0

"""Commands: certificates (eligible, list, issue, print, badge, verify, revoke, reissue) and keys (list, create,
rotate, export-public)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from skillassess.cli.base import CommandError, opened, print_json, print_table, signed_in
from skillassess.core.enums import CertificateKind, CertificateStatus
from skillassess.core.safe_write import write_file

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
    from sqlalchemy.orm import Session

    from skillassess.formats.certificate_pdf import CertificateDoc
    from skillassess.services.certificate_verification import Verification


def _user_option(p: argparse.ArgumentParser) -> None:
    # Also accepted after the subcommand; SUPPRESS keeps a global --user given before it.
    p.add_argument("--user", metavar="NAME", default=argparse.SUPPRESS, help="who you are (a registrar)")


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    cert = sub.add_parser("certificates", help="issue, print, verify and revoke certificates")
    csub = cert.add_subparsers(dest="certificates_command", metavar="ACTION", required=True)

    p = csub.add_parser("eligible", help="candidates who can be certified now (full or partial; needs --user)")
    p.add_argument("--json", action="store_true", help="print one JSON document")
    _user_option(p)
    p.set_defaults(func=cmd_eligible)

    p = csub.add_parser("list", help="the register of certificates (needs --user)")
    p.add_argument("--search", default="", help="serial, registration number or name")
    p.add_argument("--status", choices=[s.value for s in CertificateStatus])
    p.add_argument("--kind", choices=[k.value for k in CertificateKind])
    p.add_argument("--year", type=int)
    p.add_argument("--json", action="store_true", help="print one JSON document")
    _user_option(p)
    p.set_defaults(func=cmd_list)

    p = csub.add_parser("issue", help="issue a certificate or statement of attainment and write its PDF")
    p.add_argument("--candidate", required=True, metavar="REGNO", help="the candidate's registration number")
    p.add_argument("--qualification", required=True, metavar="CODE", help="the qualification code")
    p.add_argument(
        "--language",
        default="en",
        metavar="LANG[,LANG]",
        help="en, fr, ar, am or sw; two separated by a comma for a bilingual certificate",
    )
    p.add_argument("--portrait", action="store_true", help="A4 portrait instead of landscape")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")
    p.add_argument("--json", action="store_true", help="print the new certificate as JSON")
    _user_option(p)
    p.set_defaults(func=cmd_issue)

    p = csub.add_parser("print", help="reprint certificates into one PDF or a ZIP of PDFs (counted as reprints)")
    p.add_argument("serials", nargs="+", metavar="SERIAL")
    p.add_argument("--portrait", action="store_true", help="A4 portrait instead of landscape")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf|FILE.zip")
    _user_option(p)
    p.set_defaults(func=cmd_print)

    p = csub.add_parser(
        "badge",
        help="write Open Badges 3.0 credentials (signed .jwt files) that wallets import (needs --user)",
        description="One badge per certificate, signed with the centre's key: FILE.jwt for one certificate, a folder "
        "(one SERIAL.jwt each) or FILE.zip for several. Revoked certificates get none. docs/open-badges.md "
        "describes the credential.",
    )
    p.add_argument("serials", nargs="+", metavar="SERIAL")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.jwt|DIR|FILE.zip")
    _user_option(p)
    p.set_defaults(func=cmd_badge)

    p = csub.add_parser("verify", help="check a certificate's signed QR payload, or a badge (exit 0 only when valid)")
    src = p.add_mutually_exclusive_group(required=True)
    src.add_argument("text", nargs="?", help="the QR text: the payload (SA1.…) or the link (https://…/#SA1.…)")
    src.add_argument("--image", type=Path, metavar="PNG", help="an image of the QR code")
    src.add_argument("--pdf", type=Path, metavar="FILE", help="a certificate PDF (its first page is read)")
    src.add_argument("--badge", type=Path, metavar="FILE", help="an Open Badge: a .jwt file, or a JSON credential")
    p.add_argument(
        "--public-key",
        type=Path,
        metavar="PEM",
        action="append",
        default=[],
        help="also trust this exported public key (repeatable)",
    )
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.set_defaults(func=cmd_verify)

    p = csub.add_parser("revoke", help="revoke a certificate (it stays in the register, marked revoked)")
    p.add_argument("serial", metavar="SERIAL")
    p.add_argument("--reason", required=True)
    _user_option(p)
    p.set_defaults(func=cmd_revoke)

    p = csub.add_parser("reissue", help="after a correction: revoke a certificate and issue a new serial replacing it")
    p.add_argument("serial", metavar="SERIAL")
    p.add_argument("--reason", required=True)
    p.add_argument("--language", default=None, metavar="LANG[,LANG]")
    p.add_argument("--portrait", action="store_true")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")
    _user_option(p)
    p.set_defaults(func=cmd_reissue)

    keys = sub.add_parser(
        "keys",
        help="the centre's certificate signing keys (made and rotated by administrators)",
        description="A key is made or rotated only by an administrator, and only by these commands (or the "
        "Signing keys dialog): never by reading, exporting or issuing. A key is trusted when the audit log holds "
        "its creation by an administrator and its record is unchanged since.",
    )
    ksub = keys.add_subparsers(dest="keys_command", metavar="ACTION", required=True)
    p = ksub.add_parser("list", help="the keys, whether each is trusted, and whether its private key is here")
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.set_defaults(func=cmd_keys_list)
    p = ksub.add_parser("create", help="make the centre's first signing key (administrators)")
    p.add_argument("--user", metavar="NAME", default=argparse.SUPPRESS, help="who you are (an administrator)")
    p.set_defaults(func=cmd_keys_create)
    p = ksub.add_parser(
        "rotate", help="a new key for new certificates; the old one still verifies what it signed (administrators)"
    )
    p.add_argument("--user", metavar="NAME", default=argparse.SUPPRESS, help="who you are (an administrator)")
    p.set_defaults(func=cmd_keys_rotate)
    p = ksub.add_parser("export-public", help="write the centre's current public key (PEM) for verifiers")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    _user_option(p)  # accepted as before; reading the public key needs nobody signed in
    p.set_defaults(func=cmd_export_public)


def _orientation(args: argparse.Namespace) -> str:
    return "portrait" if args.portrait else "landscape"


def cmd_eligible(args: argparse.Namespace) -> int:
    from skillassess.services.certificates import eligible_candidates

    with signed_in(args, reads=True) as (db, _), db.session() as s:
        rows = eligible_candidates(s)
    if args.json:
        print_json(
            [
                {
                    "registration_number": r.registration_number,
                    "candidate_name": r.candidate_name,
                    "qualification": r.qualification,
                    "eligible": r.eligible,
                    "units": r.units,
                }
                for r in rows
            ]
        )
    else:
        print_table(
            [[r.registration_number, r.candidate_name, r.qualification, r.eligible, " ".join(r.units)] for r in rows],
            ["registration_number", "name", "qualification", "eligible", "units"],
        )
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from skillassess.services.certificate_register import CertificateQuery, certificate_page, count_certificates

    q = CertificateQuery(
        text=args.search,
        status=CertificateStatus(args.status) if args.status else None,
        kind=CertificateKind(args.kind) if args.kind else None,
        year=args.year,
    )
    with signed_in(args, reads=True) as (db, _), db.session() as s:
        total = count_certificates(s, q)
        rows = certificate_page(s, 0, max(total, 1), q)
    if args.json:
        print_json(rows)
    else:
        print_table(
            [
                [
                    r.serial,
                    r.kind.value,
                    r.registration_number,
                    r.candidate_name,
                    r.qualification_code,
                    r.issued_on.isoformat(),
                    r.status.value,
                    str(r.reprint_count),
                ]
                for r in rows
            ],
            ["serial", "kind", "registration_number", "name", "qualification", "issued", "status", "reprints"],
        )
    return 0


def cmd_issue(args: argparse.Namespace) -> int:
    from skillassess.services.certificate_files import issue_to_file
    from skillassess.services.certificates import certificate_document, issue_certificate

    with signed_in(args) as (db, actor):
        # The PDF is written inside the transaction (if it cannot be written, nothing is issued) and renamed
        # into place after the commit. A run that lost a race with another writer is run again and
        # writes the file again.
        def work(s: Session) -> tuple[CertificateDoc, dict[str, object]]:
            cert = issue_certificate(s, actor, args.candidate, args.qualification, args.language)
            doc = certificate_document(s, cert.serial)
            return doc, {
                "serial": cert.serial,
                "kind": cert.kind.value,
                "registration_number": args.candidate,
                "qualification": args.qualification,
                "languages": cert.languages,
                "units": [u.code for u in doc.units],
                "file": str(args.output),
            }

        info = issue_to_file(db, args.output, work, orientation=_orientation(args))
    if args.json:
        print_json(info)
    else:
        kind = "Certificate" if info["kind"] == "full" else "Statement of attainment"
        print(f"{kind} {info['serial']} issued to {args.candidate}; written to {args.output}")
    return 0


def cmd_print(args: argparse.Namespace) -> int:
    from skillassess.services.certificate_files import reprint_to_file

    with signed_in(args) as (db, actor):
        docs = reprint_to_file(db, actor, list(args.serials), args.output, orientation=_orientation(args))
    print(f"{len(docs)} certificate(s) reprinted into {args.output}")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from skillassess.formats.qr_decode import decode_image, decode_pdf
    from skillassess.services.certificate_verification import verify_payload

    extra = _extra_keys(args)
    if args.badge is not None:
        return _verify_badge(args, extra)
    if args.text is not None:
        if not args.text.strip():
            raise CommandError(
                "The payload to verify is empty: give the text printed under the QR code "
                "(SA1.…, or a link https://…/#SA1.…), or --image or --pdf."
            )
        texts = [args.text]
    elif args.image:
        texts = decode_image(args.image)
    else:
        texts = decode_pdf(args.pdf)
    if not texts:
        raise CommandError(f"No QR code was found in {args.image or args.pdf}.")
    with opened(args) as db, db.session() as s:
        results = [verify_payload(s, t, extra) for t in texts]
    return _print_verifications(args, results)


def _extra_keys(args: argparse.Namespace) -> dict[str, Ed25519PublicKey]:
    from skillassess.formats import signed_payload as sp

    extra = {}
    for path in args.public_key:
        try:
            key = sp.load_public_key_pem(path.read_bytes())
        except (OSError, ValueError) as exc:
            raise CommandError(f"Cannot read the public key {path}: {exc}.") from exc
        extra[sp.key_id_of(key)] = key
    return extra


def _verify_badge(args: argparse.Namespace, extra: dict[str, Ed25519PublicKey]) -> int:
    from skillassess.services.badges import verify_badge

    try:
        data = args.badge.read_bytes()
    except OSError as exc:
        raise CommandError(f"Cannot read the badge {args.badge}: {exc.strerror}.") from exc
    with opened(args) as db, db.session() as s:
        result = verify_badge(s, data, extra)
    return _print_verifications(args, [result])


def _print_verifications(args: argparse.Namespace, results: list[Verification]) -> int:
    if args.json:
        print_json(results if len(results) > 1 else results[0])
    else:
        for r in results:
            message = r.message
            if message.lower().startswith(r.status + ":"):
                message = message[len(r.status) + 1 :].lstrip()
            print(f"{r.status.upper()}: {message}")
            if r.serial:
                print(f"  serial:        {r.serial}")
                print(f"  name:          {r.name}" + (f" ({r.name_local})" if r.name_local else ""))
                print(f"  kind:          {r.kind}")
                print(f"  qualification: {r.qualification}")
                print(f"  units:         {' '.join(r.units)}")
                print(f"  issued on:     {r.issued_on.isoformat() if r.issued_on else ''}")
                print(f"  key:           {r.key_id}")
    return 0 if all(r.valid for r in results) else 1


def cmd_badge(args: argparse.Namespace) -> int:
    from skillassess.services.badges import write_badges

    with signed_in(args, reads=True) as (db, actor):
        # The export is audited (badges carry names): the files are written inside that transaction.
        written = db.write(lambda s: write_badges(s, actor, list(args.serials), args.output))
    where = written.files[0] if len(written.files) == 1 else args.output
    print(f"{len(written.serials)} badge(s) written to {where}")
    return 0


def cmd_revoke(args: argparse.Namespace) -> int:
    from skillassess.services.certificates import revoke_certificate

    with signed_in(args) as (db, actor):
        serial = db.write(lambda s: revoke_certificate(s, actor, args.serial, args.reason).serial)
    print(f"Certificate {serial} revoked.")
    return 0


def cmd_reissue(args: argparse.Namespace) -> int:
    from skillassess.services.certificate_files import issue_to_file
    from skillassess.services.certificates import certificate_document, reissue_certificate

    with signed_in(args) as (db, actor):

        def work(s: Session) -> tuple[CertificateDoc, str]:
            cert = reissue_certificate(s, actor, args.serial, args.reason, args.language)
            return certificate_document(s, cert.serial), cert.serial

        serial = issue_to_file(db, args.output, work, orientation=_orientation(args))
    print(f"Certificate {args.serial} revoked and replaced by {serial}; written to {args.output}")
    return 0


def cmd_export_public(args: argparse.Namespace) -> int:
    from skillassess.services.keys import public_key_pem

    with opened(args) as db:
        # Reading: no sign-in, and nothing is created or trusted here.
        with db.session() as s:
            key_id, pem = public_key_pem(s)
    write_file(args.output, pem)
    print(f"Public key {key_id} written to {args.output}", file=sys.stdout)
    return 0


def cmd_keys_list(args: argparse.Namespace) -> int:
    from skillassess.services.keys import list_keys

    with opened(args) as db, db.session() as s:
        rows = list_keys(s)
    if args.json:
        print_json(
            [
                {
                    "key_id": k.key_id,
                    "created_at": k.created_at,
                    "active": k.active,
                    "current": k.current,
                    "trusted": k.trusted,
                    "problem": str(k.problem) if k.problem else None,
                    "private_key_here": k.private_here,
                }
                for k in rows
            ]
        )
    else:
        print_table(
            [
                [
                    k.key_id,
                    k.created_at.strftime("%Y-%m-%d") if k.created_at else "",
                    "current" if k.current else ("active" if k.active else "retired"),
                    "yes" if k.trusted else f"NO: {k.problem}",
                    "yes" if k.private_here else "no",
                ]
                for k in rows
            ],
            ["key", "created", "status", "trusted", "private key here"],
        )
    return 0


def cmd_keys_create(args: argparse.Namespace) -> int:
    from skillassess.services.keys import create_key

    with signed_in(args) as (db, actor):
        key_id = db.write(lambda s: create_key(s, actor).key_id)
    print(f"Signing key {key_id} created; new certificates are signed with it.")
    return 0


def cmd_keys_rotate(args: argparse.Namespace) -> int:
    from skillassess.services.keys import rotate_key

    with signed_in(args) as (db, actor):

        def rotate(s: Session) -> tuple[str, str]:
            old, new = rotate_key(s, actor)
            return old.key_id, new.key_id

        old_id, new_id = db.write(rotate)
    print(
        f"Signing key {new_id} now signs new certificates; {old_id} is retired and still verifies the "
        "certificates it signed."
    )
    return 0

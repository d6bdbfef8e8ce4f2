"""Commands: centre show, centre set, centre signatory add / update / remove (changes: administrators)."""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path
from typing import Any

from skillassess.cli.base import CommandError, opened, print_json, signed_in
from skillassess.formats.certificate_wording import LANGUAGES
from skillassess.services import centre as svc
from skillassess.services.centre import CentreSettings, SignatorySettings

LANGUAGE_LIST = ", ".join(LANGUAGES)


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "centre",
        help="the centre's settings: name, code, country, address, logo, signatories, verification address",
    )
    centre = p.add_subparsers(dest="centre_command", metavar="ACTION", required=True)

    show = centre.add_parser("show", help="show the centre's settings")
    show.add_argument("--json", action="store_true", help="print one JSON document")
    show.set_defaults(func=cmd_show)

    st = centre.add_parser(
        "set",
        help="change the centre's settings (needs --user of an administrator)",
        description="Options not given stay as they are. Every change is recorded in the audit log.",
    )
    st.add_argument("--name", metavar="TEXT", help="the centre's name, as printed on certificates")
    st.add_argument("--code", metavar="CODE", help="short code that starts new certificate serials and registrations")
    st.add_argument("--country", metavar="CC", help="two-letter ISO code, e.g. GH")
    st.add_argument("--address", metavar="TEXT")
    logo = st.add_mutually_exclusive_group()
    logo.add_argument("--logo", metavar="FILE", help="PNG or JPEG image, at most 2 MB")
    logo.add_argument("--no-logo", action="store_true", help="print certificates without a logo")
    st.add_argument(
        "--verification-address",
        metavar="URL",
        help="web address of the verification page that QR codes link to, e.g. https://verify.example.org/ "
        "('' removes it)",
    )
    st.set_defaults(func=cmd_set)

    sg = centre.add_parser("signatory", help="the people who sign certificates (at most 3; administrators)")
    sigs = sg.add_subparsers(dest="signatory_command", metavar="ACTION", required=True)
    add = sigs.add_parser("add", help="add a signatory after the others")
    add.add_argument("--name", required=True, metavar="TEXT")
    _signatory_options(add)
    add.set_defaults(func=cmd_signatory_add)
    upd = sigs.add_parser("update", help="change signatory N (1, 2 or 3, as `centre show` lists them)")
    upd.add_argument("position", type=int, metavar="N")
    upd.add_argument("--name", metavar="TEXT")
    _signatory_options(upd)
    upd.set_defaults(func=cmd_signatory_update)
    rm = sigs.add_parser("remove", help="remove signatory N")
    rm.add_argument("position", type=int, metavar="N")
    rm.set_defaults(func=cmd_signatory_remove)


def _signatory_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--title",
        action="append",
        default=[],
        metavar="LANG=TEXT",
        help=f"the title in one certificate language ({LANGUAGE_LIST}); repeat for each; LANG= removes one",
    )
    image = p.add_mutually_exclusive_group()
    image.add_argument("--signature", metavar="FILE", help="PNG or JPEG image of the signature, at most 1 MB")
    image.add_argument("--no-signature", action="store_true", help="no signature image")


def _read_image(path: str, what: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise CommandError(f"Cannot read the {what} {path}: {exc.strerror}.") from exc


def _titles(given: list[str], titles: dict[str, str]) -> dict[str, str]:
    out = dict(titles)
    for item in given:
        lang, sep, text = item.partition("=")
        lang = lang.strip().lower()
        if not sep or lang not in LANGUAGES:
            raise CommandError(f"--title {item!r}: write LANG=TEXT with LANG one of {LANGUAGE_LIST}.")
        if text.strip():
            out[lang] = text.strip()
        else:
            out.pop(lang, None)
    return out


def _document(s: CentreSettings) -> dict[str, Any]:
    doc = svc.settings_view(s)
    doc["signatories"] = [{"position": n, **sig} for n, sig in enumerate(doc["signatories"], start=1)]
    return doc


def _print(settings: CentreSettings) -> None:
    doc = _document(settings)
    print(f"Centre:       {doc['name']} ({doc['code']}, {doc['country']})")
    print(f"Address:      {doc['address'] or '(none)'}")
    print(f"Logo:         {doc['logo'] or '(none)'}")
    print(f"Verification: {doc['verification_address'] or '(none: QR codes hold the signed text only)'}")
    if not settings.signatories:
        print("Signatories:  (none)")
    for sig in doc["signatories"]:
        titles = "; ".join(f"{k}: {v}" for k, v in sig["titles"].items()) or "(no title)"
        image = ", signature image" if sig["signature_image"] else ""
        print(f"Signatory {sig['position']}:  {sig['name']} ({titles}){image}")


def cmd_show(args: argparse.Namespace) -> int:
    with opened(args) as db, db.session() as s:
        settings = svc.centre_settings(s)
    if args.json:
        print_json(_document(settings))
    else:
        _print(settings)
    return 0


def _change(args: argparse.Namespace, change: Any) -> int:
    """Read the settings, change them with ``change(settings)`` and save them, in one transaction."""
    with signed_in(args) as (db, actor):
        saved = db.write(lambda s: svc.update_centre_settings(s, actor, change(svc.centre_settings(s))))
    _print(saved)
    return 0


def cmd_set(args: argparse.Namespace) -> int:
    logo = _read_image(args.logo, "logo") if args.logo else None

    def change(s: CentreSettings) -> CentreSettings:
        return replace(
            s,
            name=s.name if args.name is None else args.name,
            code=s.code if args.code is None else args.code,
            country=s.country if args.country is None else args.country,
            address=s.address if args.address is None else args.address,
            logo=None if args.no_logo else logo or s.logo,
            verification_address=(
                s.verification_address if args.verification_address is None else args.verification_address
            ),
        )

    return _change(args, change)


def cmd_signatory_add(args: argparse.Namespace) -> int:
    image = _read_image(args.signature, "signature") if args.signature else None
    new = SignatorySettings(args.name, _titles(args.title, {}), image)
    return _change(args, lambda s: svc.with_signatory(s, None, new))


def cmd_signatory_update(args: argparse.Namespace) -> int:
    image = _read_image(args.signature, "signature") if args.signature else None

    def change(s: CentreSettings) -> CentreSettings:
        if not 1 <= args.position <= len(s.signatories):
            return svc.with_signatory(s, args.position, SignatorySettings(""))  # says there is no such signatory
        old = s.signatories[args.position - 1]
        new = SignatorySettings(
            old.name if args.name is None else args.name,
            _titles(args.title, dict(old.titles)),
            None if args.no_signature else image or old.signature_image,
        )
        return svc.with_signatory(s, args.position, new)

    return _change(args, change)


def cmd_signatory_remove(args: argparse.Namespace) -> int:
    return _change(args, lambda s: svc.without_signatory(s, args.position))

"""The static verification site: one page that checks a certificate's QR link in the browser, offline.

``export_site`` writes ``index.html`` (the template ``resources/verifier/index.html`` with the
centre's data inside it, so that it works from ``file://`` where a page cannot read other files),
and the same data beside it as ``keys.json`` and ``revocations.json`` for other tools, and the revocation
list of Open Badges as ``revocation-list.json`` (type ``1EdTechRevocationList``, which every badge's
``credentialStatus`` names; docs/open-badges.md). The data:

- the centre's code and name;
- its trusted public keys (services/keys.py: only keys the audit log vouches for), retired ones too,
  since the certificates they signed stay valid;
- the revocation list, signed with the centre's current key like a certificate payload but with
  the prefix ``SAR1`` and dated, so that the page can say when it is stale.

docs/certificate-payload.md describes the formats. Nothing is written to the database.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from skillassess.core.enums import CertificateStatus
from skillassess.core.models import Certificate, SigningKey
from skillassess.core.safe_write import make_folder, write_file
from skillassess.formats import open_badge as ob
from skillassess.formats import signed_payload as sp
from skillassess.resources import verifier_dir
from skillassess.services import keys
from skillassess.services.centre import the_centre

LIST_PREFIX = "SAR1"
MAX_LIST_AGE_DAYS = 30  # the page warns when the revocation list is older than this
FILES = ("index.html", "keys.json", "revocations.json", ob.REVOCATION_LIST_FILE)


@dataclass(frozen=True)
class SiteData:
    centre_code: str
    centre_name: str
    keys: list[dict[str, object]]
    revocations: str  # SAR1.<body>.<signature>
    made_on: dt.date
    badge_revocations: dict[str, object] | None = None  # revocation-list.json (1EdTechRevocationList)

    def to_json(self) -> dict[str, object]:
        return {
            "centre": {"code": self.centre_code, "name": self.centre_name},
            "keys": self.keys,
            "revocations": self.revocations,
            "max_age_days": MAX_LIST_AGE_DAYS,
        }


def sign_list(doc: dict[str, object], private: Ed25519PrivateKey) -> str:
    body = json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")
    signed_part = f"{LIST_PREFIX}.{sp.b64url_encode(body)}"
    return f"{signed_part}.{sp.b64url_encode(private.sign(signed_part.encode('ascii')))}"


def site_data(session: Session, *, made_on: dt.date | None = None, key_dir: Path | None = None) -> SiteData:
    """What the page needs: the centre, its trusted keys and the signed, dated revocation list."""
    centre = the_centre(session)
    private, key_id = keys.signing_key_for_issue(session, key_dir)  # refuses plainly when the key is not here
    trusted = []
    for row in session.execute(select(SigningKey).order_by(SigningKey.id)).scalars():
        if keys.key_problem(session, row) is None:
            trusted.append({"k": row.key_id, "x": sp.b64url_encode(bytes(row.public_key)), "active": bool(row.active)})
    revoked = []
    for serial, revoked_at, issued_on in session.execute(
        select(Certificate.serial, Certificate.revoked_at, Certificate.issued_on)
        .where(Certificate.status == CertificateStatus.REVOKED)
        .order_by(Certificate.serial)
    ).all():
        day = revoked_at.date() if revoked_at is not None else issued_on
        revoked.append({"s": serial, "d": day.isoformat()})
    when = made_on or dt.date.today()
    doc: dict[str, object] = {"k": key_id, "c": centre.code, "n": centre.name, "d": when.isoformat(), "r": revoked}
    return SiteData(
        centre.code, centre.name, trusted, sign_list(doc, private), when, badge_revocation_list(session, revoked, when)
    )


def badge_revocation_list(session: Session, revoked: list[dict[str, str]], when: dt.date) -> dict[str, object]:
    """The badges' revocation list (``1EdTechRevocationList``): the credential id of every revoked certificate."""
    centre = the_centre(session)
    site = centre.verification_address or None
    return {
        "id": (site or "") + ob.REVOCATION_LIST_FILE,
        "type": ob.REVOCATION_LIST_TYPE,
        "issuer": ob.issuer_id(centre.country, centre.code, site),
        "updated": f"{when.isoformat()}T00:00:00Z",
        "revokedCredentials": [
            {"id": ob.credential_id(r["s"]), "revoked": True, "revokedOn": r["d"], "serial": r["s"]} for r in revoked
        ],
    }


def _script_json(data: object) -> str:
    """JSON that can sit inside <script type="application/json">: no "<" (so no "</script>"), no U+2028/9."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _csp_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def render_page(data: SiteData) -> str:
    """The template with the data inside it and a Content-Security-Policy allowing only its own script and style."""
    template = (verifier_dir() / "index.html").read_text(encoding="utf-8")
    script = (verifier_dir() / "verify.js").read_text(encoding="utf-8")
    style = (verifier_dir() / "verify.css").read_text(encoding="utf-8")
    csp = (
        "default-src 'none'; "
        f"script-src {_csp_hash(script)}; style-src {_csp_hash(style)}; "
        "img-src 'none'; connect-src 'none'; base-uri 'none'; form-action 'none'"
    )
    parts = {"CSP": csp, "STYLE": style, "SCRIPT": script, "DATA": _script_json(data.to_json())}
    return re.sub(r"@@(CSP|STYLE|SCRIPT|DATA)@@", lambda m: parts[m.group(1)], template)


def export_site(
    session: Session, folder: Path, *, made_on: dt.date | None = None, key_dir: Path | None = None
) -> list[Path]:
    """Write the verification site into ``folder`` (made when missing); the files written."""
    data = site_data(session, made_on=made_on, key_dir=key_dir)
    make_folder(folder)
    contents = {
        "index.html": render_page(data),
        "keys.json": json.dumps(
            {"centre": data.centre_code, "name": data.centre_name, "keys": data.keys}, ensure_ascii=False, indent=1
        ),
        "revocations.json": json.dumps({"list": data.revocations}, ensure_ascii=False, indent=1),
        ob.REVOCATION_LIST_FILE: json.dumps(data.badge_revocations, ensure_ascii=False, indent=1),
    }
    written = []
    for name, text in contents.items():
        path = folder / name
        write_file(path, (text + "\n").encode("utf-8"))
        written.append(path)
    return written

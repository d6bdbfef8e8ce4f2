"""The static verification page, driven in a real headless Chromium, from file:// and from a local web server."""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import http.server
import json
import re
import shutil
import subprocess
import threading
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from skillassess.core.models import Certificate
from skillassess.formats import signed_payload as sp
from skillassess.services import certificates as certs
from skillassess.services import keys, verifier_site

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed; .ci/run installs it")
HOSTILE = "<img src=x onerror=alert(1)>"


class _Texts(HTMLParser):
    """The text and attributes of the elements with an id, from Chromium's --dump-dom."""

    def __init__(self) -> None:
        super().__init__()
        self.text: dict[str, str] = {}
        self.attrs: dict[str, dict[str, str | None]] = {}
        self.tags: list[str] = []
        self._open: list[str | None] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        a = dict(attrs)
        if tag == "html":
            self.attrs["<html>"] = a
        ident = a.get("id")
        if ident:
            self.attrs[ident] = a
            self.text.setdefault(ident, "")
        if tag not in ("meta", "br", "input", "img", "link"):
            self._open.append(ident)

    def handle_endtag(self, tag: str) -> None:
        if self._open and tag not in ("meta", "br", "input", "img", "link"):
            self._open.pop()

    def handle_data(self, data: str) -> None:
        data = re.sub("[\u2066-\u2069]", "", data)  # the page isolates values in sentences (bidi)
        for ident in self._open:
            if ident:
                self.text[ident] += data


def run_page(url: str, tmp_path: Path, lang: str = "en", screenshot: Path | None = None) -> _Texts:
    assert CHROMIUM is not None
    profile = tmp_path / f"profile-{lang}"
    out = ["--screenshot=" + str(screenshot), "--window-size=1000,900"] if screenshot else ["--dump-dom"]
    r = subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",  # tests run as root in CI
            "--disable-gpu",
            "--no-first-run",
            f"--user-data-dir={profile}",
            f"--lang={lang}",
            f"--accept-lang={lang}",
            "--virtual-time-budget=10000",
            *out,
            url,
        ],
        check=False,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert r.returncode == 0, r.stderr[-2000:]
    page = _Texts()
    if not screenshot:
        page.feed(r.stdout)
    return page


@contextlib.contextmanager
def served(folder: Path, host: str = "127.0.0.1", name: str = "localhost") -> Iterator[str]:
    """The folder on http://localhost:<port>/ (what `python -m http.server` does), for the test's duration."""
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer((host, 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://{name}:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def _payloads(demo_db, demo_actor) -> dict[str, str]:
    """A valid and a revoked certificate of the demo, a hostile name validly signed, and a foreign key's payload."""
    registrar = demo_actor("registrar")
    with demo_db.transaction() as s:
        good = certs.issue_certificate(s, registrar, "ACC-2026-00001", "ELI-L2", issued_on=dt.date(2026, 11, 20))
        bad = certs.issue_certificate(s, registrar, "ACC-2026-00004", "ELI-L2", issued_on=dt.date(2026, 11, 20))
        certs.revoke_certificate(s, registrar, bad.serial, "Issued in error")
        private, key_id = keys.signing_key_for_issue(s)
        out = {"valid": good.payload, "revoked": bad.payload, "revoked_serial": bad.serial, "serial": good.serial}
    body = sp.parse(out["valid"]).body
    from dataclasses import replace

    hostile = replace(body, name=HOSTILE, name_local="</script><script>alert(2)</script>", serial="GH-ACC-2026-999999")
    out["hostile"] = sp.sign(hostile, private)
    foreign = Ed25519PrivateKey.generate()
    out["unknown"] = sp.sign(replace(body, key_id=sp.key_id_of(foreign.public_key())), foreign)
    p = out["valid"]
    i = p.index(".") + 30
    out["changed"] = p[:i] + ("A" if p[i] != "A" else "B") + p[i + 1 :]
    assert key_id == body.key_id
    return out


def test_site_data_holds_trusted_keys_and_a_signed_dated_list(demo_db, demo_actor, tmp_path: Path) -> None:
    p = _payloads(demo_db, demo_actor)
    with demo_db.session() as s:
        written = verifier_site.export_site(s, tmp_path / "site", made_on=dt.date(2026, 11, 30))
    assert [w.name for w in written] == list(verifier_site.FILES)
    page = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page)
    assert csp and "default-src 'none'" in csp.group(1) and "unsafe-inline" not in csp.group(1)
    assert "unsafe-eval" not in page and "eval(" not in page and "innerHTML" not in page
    assert not re.search(r"(src|href)=\"(https?:)?//", page)  # nothing from another host
    assert "@@" not in page
    keys_doc = json.loads((tmp_path / "site" / "keys.json").read_text(encoding="utf-8"))
    assert sp.parse(p["valid"]).body.key_id in {k["k"] for k in keys_doc["keys"]}
    listed = json.loads((tmp_path / "site" / "revocations.json").read_text(encoding="utf-8"))["list"]
    prefix, body, sig = listed.split(".")
    doc = json.loads(sp.b64url_decode(body))
    assert (
        prefix == "SAR1" and doc["d"] == "2026-11-30" and {"s": p["revoked_serial"], "d": doc["r"][-1]["d"]} in doc["r"]
    )
    with demo_db.session() as s:
        public, problem = keys.trusted_public_key(s, doc["k"])
    assert public is not None and problem is None
    public.verify(sp.b64url_decode(sig), f"{prefix}.{body}".encode("ascii"))  # raises when the list is not signed
    # Exporting writes nothing into the database and needs no signed-in user; a key not on this computer is refused.
    with demo_db.session() as s:
        assert s.execute(select(Certificate).where(Certificate.serial == p["serial"])).scalar_one()
        from skillassess.core.errors import DomainError

        with pytest.raises(DomainError, match="private key"):
            verifier_site.export_site(s, tmp_path / "other", key_dir=tmp_path / "nowhere")


CASES = [
    ("valid", "valid", "VALID"),
    ("changed", "invalid", "NOT VALID"),
    ("revoked", "revoked", "REVOKED on "),
    ("unknown", "unknown", "UNKNOWN CENTRE"),
    ("hostile", "valid", "VALID"),
]


def _check_case(page: _Texts, case: str, status: str, verdict: str, p: dict[str, str]) -> None:
    assert page.attrs["verdict"]["data-status"] == status, (case, page.text.get("verdict"), page.text.get("reason"))
    assert page.text["verdict"].startswith(verdict)
    if status in ("valid", "revoked"):
        shown = sp.parse(p[case]).body
        assert page.text["v-serial"] == shown.serial and page.text["v-name"] == shown.name
        assert page.text["v-qualification"] == "ELI-L2" and page.text["v-date"] == "2026-11-20"
        assert page.text["v-units"] == ", ".join(shown.units) and page.text["v-centre"]
        assert page.attrs["details"].get("hidden") is None
    else:
        assert "hidden" in page.attrs["details"]
    if case == "hostile":
        # Shown as text; no element was made from it (the page has no <img> at all), no script ran.
        assert page.text["v-name"] == HOSTILE and page.text["v-name-local"] == "</script><script>alert(2)</script>"
        assert "img" not in page.tags
    if case == "revoked":
        assert re.fullmatch(r"REVOKED on \d{4}-\d{2}-\d{2}", page.text["verdict"])
    if status == "valid":
        assert "hidden" in page.attrs["warning"]  # the list is fresh


@needs_chromium
def test_page_verdicts_from_file_and_from_a_web_server(demo_db, demo_actor, tmp_path: Path) -> None:
    p = _payloads(demo_db, demo_actor)
    site = tmp_path / "site"
    with demo_db.session() as s:
        verifier_site.export_site(s, site)
    seen: dict[str, list[str]] = {}
    with served(site) as base:
        for root in (site.resolve().as_uri() + "/", base):
            for case, status, verdict in CASES:
                page = run_page(f"{root}index.html#{p[case]}", tmp_path)
                _check_case(page, case, status, verdict, p)
                seen.setdefault(case, []).append(page.text["verdict"])
            # The full link as the QR holds it, pasted by someone who typed the page's address by hand.
            page = run_page(f"{root}index.html", tmp_path)
            assert page.attrs["verdict"]["data-status"] == "none"
    assert all(len(set(v)) == 1 for v in seen.values()), seen  # the same verdicts both ways


@needs_chromium
@pytest.mark.parametrize(
    "fragment",
    ["SA1.x.y", "SA1." + "A" * 100_000 + ".B", "%E0%A4%A", "SA1.e30." + "A" * 86, "<script>alert(1)</script>", "##"],
)
def test_malformed_fragments_are_not_valid(demo_db, demo_actor, tmp_path: Path, fragment: str) -> None:
    site = tmp_path / "site"
    with demo_db.session() as s:
        verifier_site.export_site(s, site)
    page = run_page(f"{site.resolve().as_uri()}/index.html#{fragment}", tmp_path)
    assert page.attrs["verdict"]["data-status"] == "invalid" and page.text["verdict"] == "NOT VALID"


@needs_chromium
def test_stale_list_warns(demo_db, demo_actor, tmp_path: Path) -> None:
    p = _payloads(demo_db, demo_actor)
    site = tmp_path / "site"
    with demo_db.session() as s:
        verifier_site.export_site(s, site, made_on=dt.date.today() - dt.timedelta(days=45))
    page = run_page(f"{site.resolve().as_uri()}/index.html#{p['valid']}", tmp_path)
    assert page.attrs["verdict"]["data-status"] == "valid"
    assert page.attrs["warning"].get("data-stale") == "1" and "hidden" not in page.attrs["warning"]
    assert "older than 30 days" in page.text["warning"]
    # A revoked one stays revoked on a stale list.
    page = run_page(f"{site.resolve().as_uri()}/index.html#{p['revoked']}", tmp_path)
    assert page.attrs["verdict"]["data-status"] == "revoked"


@needs_chromium
@pytest.mark.parametrize(
    ("lang", "verdict", "direction"),
    [("fr", "VALIDE", "ltr"), ("ar", "صالحة", "rtl"), ("am", "ትክክለኛ", "ltr"), ("sw", "HALALI", "ltr")],
)
def test_page_in_the_browsers_language(
    demo_db, demo_actor, tmp_path: Path, lang: str, verdict: str, direction: str
) -> None:
    p = _payloads(demo_db, demo_actor)
    site = tmp_path / "site"
    with demo_db.session() as s:
        verifier_site.export_site(s, site)
    page = run_page(f"{site.resolve().as_uri()}/index.html#{p['valid']}", tmp_path, lang=lang)
    assert page.attrs["verdict"]["data-status"] == "valid" and page.text["verdict"] == verdict
    assert page.attrs["<html>"]["dir"] == direction and page.attrs["<html>"]["lang"] == lang
    assert page.text["l-name"] != "Name"


def test_cli_export(cli, demo_db, tmp_path: Path) -> None:
    r = cli("--db", str(demo_db.url), "verifier", "export", "-o", str(tmp_path / "site"))
    assert r.returncode == 0, r.stderr
    assert sorted(p.name for p in (tmp_path / "site").iterdir()) == sorted(verifier_site.FILES)
    assert "index.html" in r.stdout


@needs_chromium
def test_arabic_screenshot(demo_db, demo_actor, tmp_path: Path) -> None:
    """A picture to look at (pytest --basetemp keeps it): right to left, both scripts of the name, the verdict."""
    p = _payloads(demo_db, demo_actor)
    site = tmp_path / "site"
    with demo_db.session() as s:
        verifier_site.export_site(s, site)
    shot = tmp_path / "verifier-ar.png"
    run_page(f"{site.resolve().as_uri()}/index.html#{p['revoked']}", tmp_path, lang="ar", screenshot=shot)
    assert shot.stat().st_size > 10_000


def _outside_address() -> str | None:
    """This machine's address on its network (not loopback), or None."""
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        try:
            sock.connect(("192.0.2.1", 9))  # no packet is sent: this only picks the outgoing interface
            address = str(sock.getsockname()[0])
        except OSError:
            return None
    return None if address.startswith("127.") or address == "0.0.0.0" else address


@needs_chromium
def test_without_webcrypto_the_page_says_it_cannot_check(demo_db, demo_actor, tmp_path: Path) -> None:
    """Plain http:// from another host is not a secure context: no crypto.subtle. The page says so, judges nothing."""
    address = _outside_address()
    if address is None:
        pytest.skip("this machine has no network address other than loopback")
    p = _payloads(demo_db, demo_actor)
    site = tmp_path / "site"
    with demo_db.session() as s:
        verifier_site.export_site(s, site)
    with served(site, host=address, name=address) as base:
        page = run_page(f"{base}index.html#{p['valid']}", tmp_path)
    assert page.attrs["verdict"]["data-status"] == "nocrypto" and page.text["verdict"] == "CANNOT CHECK"
    assert "cannot check Ed25519" in page.text["reason"] and "hidden" in page.attrs["details"]


def test_centre_data_cannot_close_the_script() -> None:
    """The data sits in <script type="application/json">: a centre name with </script> stays data."""
    name = "</script><script>alert(1)</script> & <!--"
    data = verifier_site.SiteData("ACC", name, [], "SAR1.e30." + "A" * 86, dt.date(2026, 11, 30))
    page = verifier_site.render_page(data)
    assert "</script><script>alert(1)" not in page and "<!--" not in page
    raw = re.search(r'<script type="application/json" id="sa-data">(.*?)</script>', page, re.S)
    assert raw and json.loads(raw.group(1))["centre"]["name"] == name

"""Exchange bundles (``.sabundle``): a ZIP file with a signed manifest, written and read (docs/exchange-bundle.md).

Writing: :class:`BundleWriter` streams each member into the ZIP while hashing it, then writes
``manifest.json`` (canonical JSON listing every member's SHA-256 and size) and ``manifest.sig`` (the
Ed25519 signature of the manifest's exact bytes, base64url without padding).

Reading a file that may be hostile (:func:`open_bundle`), in the spirit of formats/xlsx_guard.py: the
file's size, the number and names of its members, their declared and actual sizes and compression
ratios are checked before anything is parsed, and a problem is refused at once with one sentence that
names the file and the member, line or field. :meth:`Bundle.verify` then checks the signature and
streams every member through SHA-256 before the caller writes anything; :meth:`Bundle.records`
yields the lines of a JSON Lines member, each checked against its definition in the schema
(skillassess/resources/exchange/bundle-v1.schema.json: jsonschema for the manifest and the keys, a
compiled checker of the same definitions for the millions of lines).
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import io
import json
import re
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from skillassess.core.errors import ValidationError
from skillassess.core.messages import msg
from skillassess.formats import signed_payload as sp

FORMAT = "skillassess-exchange-bundle"
VERSION = 1
SUFFIX = ".sabundle"
MANIFEST, SIGNATURE = "manifest.json", "manifest.sig"
KEYS, CHECKPOINT = "keys.json", "checkpoint.json"
LINE_MEMBERS = {
    "candidates.jsonl": "candidate",
    "enrolments.jsonl": "enrolment",
    "results.jsonl": "result",
    "certificates.jsonl": "certificate",
    "moderation.jsonl": "moderation",
}
KEY_ENDORSEMENT = "skillassess-key-endorsement:1"

# Limits: a bundle of 100,000 candidates and 1,000,000 results is about 60 MB zipped, 300 MB unpacked.
MAX_FILE_BYTES = 2 * 1024**3
MAX_MEMBERS = 1_000
MAX_MANIFEST_BYTES = 1024 * 1024
MAX_JSON_MEMBER_BYTES = 64 * 1024 * 1024  # keys, checkpoint, one CASE package
MAX_MEMBER_BYTES = 4 * 1024**3
MAX_LINE_BYTES = 64 * 1024
MAX_RATIO = 200
RATIO_FLOOR = 1024 * 1024
CHUNK = 1024 * 1024


class BundleError(ValidationError):
    """The file is not a sound exchange bundle, or does not verify: refused before anything is written."""


def canonical(doc: Any) -> bytes:
    """JSON with sorted keys, no spaces, UTF-8: the exact bytes that are hashed and signed."""
    return json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def fingerprint(raw_public_key: bytes) -> str:
    """The SHA-256 of a raw 32-byte Ed25519 public key, hex in groups of four (its first 16 digits are the key id)."""
    digest = hashlib.sha256(raw_public_key).hexdigest()
    return " ".join(digest[i : i + 4] for i in range(0, 64, 4))


def fingerprint_matches(given: str, raw_public_key: bytes) -> bool:
    """Whether ``given`` (spaces, colons and case ignored) is the key's fingerprint or at least its first 16 digits."""
    wanted = re.sub(r"[\s:]", "", given).lower()
    full = hashlib.sha256(raw_public_key).hexdigest()
    return len(wanted) >= 16 and full.startswith(wanted)


def endorsement_text(owner: str, key_id: str, public_key_b64: str) -> bytes:
    return f"{KEY_ENDORSEMENT}:{owner}:{key_id}:{public_key_b64}".encode()


# --- The schema ---------------------------------------------------------------------------------------


@functools.cache
def schema() -> dict[str, Any]:
    from skillassess.resources import exchange_schema_file

    doc: dict[str, Any] = json.loads(exchange_schema_file().read_text(encoding="utf-8"))
    return doc


@functools.cache
def _validator(definition: str) -> Any:
    from jsonschema import Draft202012Validator, FormatChecker

    root = schema()
    return Draft202012Validator({**root, "$ref": f"#/$defs/{definition}"}, format_checker=FormatChecker())


def schema_problem(doc: Any, definition: str) -> str | None:
    """The first problem jsonschema finds in ``doc`` against ``$defs/definition``, as "field: reason"; None if valid."""
    errors = sorted(_validator(definition).iter_errors(doc), key=lambda e: list(e.absolute_path))
    if not errors:
        return None
    e = errors[0]
    where = "/".join(str(p) for p in e.absolute_path) or "(the document)"
    return f"{where}: {e.message[:200]}"


_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "boolean": (bool,),
    "null": (type(None),),
    "object": (dict,),
    "array": (list,),
}


def _check_date(value: str) -> bool:
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _field_check(spec: dict[str, Any]) -> Callable[[Any], str | None]:
    """A checker of one property built from its schema (the subset the line definitions use)."""
    if "enum" in spec:
        allowed = tuple(spec["enum"])
        return lambda v: None if v in allowed and not isinstance(v, bool) else f"is not one of {', '.join(allowed)}"
    kinds = spec["type"] if isinstance(spec["type"], list) else [spec["type"]]
    types = tuple(t for k in kinds for t in _TYPES[k])
    lo, hi = spec.get("minLength", 0), spec.get("maxLength")
    minimum, maximum = spec.get("minimum"), spec.get("maximum")
    pattern = re.compile(spec["pattern"]) if "pattern" in spec else None
    is_date = spec.get("format") == "date"

    def check(v: Any) -> str | None:
        if not isinstance(v, types) or (isinstance(v, bool) and bool not in types):
            return f"should be {' or '.join(kinds)}"
        if isinstance(v, str):
            if len(v) < lo:
                return "is empty" if lo == 1 else f"is shorter than {lo} characters"
            if hi is not None and len(v) > hi:
                return f"is longer than {hi} characters"
            if pattern is not None and not pattern.search(v):
                return "is not written as it should be"
            if is_date and not _check_date(v):
                return "is not a date (YYYY-MM-DD)"
        elif isinstance(v, int):
            if minimum is not None and v < minimum:
                return f"is less than {minimum}"
            if maximum is not None and v > maximum:
                return f"is more than {maximum}"
        return None

    return check


def _compiled(definition: str) -> Callable[[Any], bool] | None:
    """A Python function generated from the definition that says only whether a record is valid, for the
    millions of valid lines (the detailed checker then names the problem of an invalid one). None when the
    definition uses something this compiler does not (the detailed checker is used alone)."""
    spec = schema()["$defs"][definition]
    props: dict[str, Any] = spec["properties"]
    if set(spec["required"]) != set(props) or spec.get("additionalProperties") is not False:
        return None
    env: dict[str, Any] = {"_MISSING": object(), "_is_date": _check_date}
    code = ["def fast(d):", f"    if type(d) is not dict or len(d) != {len(props)}:", "        return False"]
    for i, (name, p) in enumerate(props.items()):
        code.append(f"    v = d.get({name!r}, _MISSING)")
        if "enum" in p:
            env[f"E{i}"] = frozenset(p["enum"])
            code += [f"    if type(v) is not str or v not in E{i}:", "        return False"]
            continue
        kinds = p["type"] if isinstance(p["type"], list) else [p["type"]]
        indent = "    "
        if "null" in kinds:
            kinds = [k for k in kinds if k != "null"]
            code.append("    if v is not None:")
            indent = "        "
        if kinds == ["string"]:
            tests = ["type(v) is not str"]
            if "minLength" in p:
                tests.append(f"len(v) < {int(p['minLength'])}")
            if "maxLength" in p:
                tests.append(f"len(v) > {int(p['maxLength'])}")
            if p.get("format") == "date":
                # YYYY-MM-DD exactly (what the pattern says), and a real date
                tests.append("len(v) != 10 or v[4] != '-' or v[7] != '-' or not _is_date(v)")
            elif "pattern" in p:
                env[f"P{i}"] = re.compile(p["pattern"])
                tests.append(f"P{i}.search(v) is None")
        elif kinds == ["integer"]:
            tests = ["type(v) is not int"]
            if "minimum" in p:
                tests.append(f"v < {int(p['minimum'])}")
            if "maximum" in p:
                tests.append(f"v > {int(p['maximum'])}")
        elif kinds == ["boolean"]:
            tests = ["type(v) is not bool"]
        else:
            return None
        code += [f"{indent}if {' or '.join(tests)}:", f"{indent}    return False"]
    code.append("    return True")
    exec("\n".join(code), env)  # source generated above from our own schema file
    fast: Callable[[Any], bool] = env["fast"]
    return fast


@functools.cache
def record_checker(definition: str) -> Callable[[Any], str | None]:
    """A fast checker of one JSON Lines record against ``$defs/definition``: None, or "field: reason"."""
    detailed = _detailed_checker(definition)
    fast = _compiled(definition)
    if fast is None:
        return detailed

    def check(doc: Any) -> str | None:
        if fast(doc):
            return None
        return detailed(doc) or "(the line): does not match its definition in the schema"

    return check


def _detailed_checker(definition: str) -> Callable[[Any], str | None]:
    spec = schema()["$defs"][definition]
    required = tuple(spec["required"])
    props = {name: _field_check(p) for name, p in spec["properties"].items()}
    known = frozenset(props)

    def check(doc: Any) -> str | None:
        if not isinstance(doc, dict):
            return "(the line): is not a JSON object"
        for name in required:
            if name not in doc:
                return f"{name}: is missing"
        if len(doc) != len(required) or not known.issuperset(doc):
            extra = sorted(set(doc) - known)
            if extra:
                return f"{extra[0]}: is not a field of a {definition} line"
        for name, value in doc.items():
            problem = props[name](value)
            if problem is not None:
                return f"{name}: {problem}"
        return None

    return check


# --- Writing ------------------------------------------------------------------------------------------


class _HashingWriter:
    def __init__(self, target: IO[bytes]) -> None:
        self.target = target
        self.sha = hashlib.sha256()
        self.size = 0

    def write(self, data: bytes) -> None:
        self.sha.update(data)
        self.size += len(data)
        self.target.write(data)


class BundleWriter:
    """Writes one bundle into ``out`` (a binary file object, e.g. core.safe_write's atomic file)."""

    def __init__(self, out: IO[bytes]) -> None:
        self._zip = zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1)
        self.members: dict[str, dict[str, Any]] = {}

    def add_bytes(self, name: str, data: bytes) -> None:
        self._zip.writestr(name, data)
        self.members[name] = {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}

    def add_json(self, name: str, doc: Any) -> None:
        self.add_bytes(name, canonical(doc))

    def add_lines(self, name: str, records: Iterable[dict[str, Any]]) -> int:
        """Write ``records`` as JSON Lines (one canonical JSON object per line, ``\\n`` after each); returns the count."""
        count = 0
        with self._zip.open(name, "w", force_zip64=True) as raw:
            out = _HashingWriter(raw)
            buffer = io.BytesIO()
            for record in records:
                buffer.write(canonical(record))
                buffer.write(b"\n")
                count += 1
                if buffer.tell() > CHUNK:
                    out.write(buffer.getvalue())
                    buffer = io.BytesIO()
            out.write(buffer.getvalue())
        self.members[name] = {"sha256": out.sha.hexdigest(), "size": out.size}
        return count

    def finish(self, manifest: dict[str, Any], private_key: Ed25519PrivateKey) -> bytes:
        """Write the manifest (with the members added so far) and its signature; returns the manifest's bytes."""
        doc = {**manifest, "members": dict(sorted(self.members.items()))}
        problem = schema_problem(doc, "manifest")
        if problem is not None:  # a defect of ours, never the user's: say it plainly all the same
            raise BundleError(msg("The bundle's manifest could not be made ({problem}).", problem=problem))
        data = canonical(doc)
        self._zip.writestr(MANIFEST, data)
        self._zip.writestr(SIGNATURE, sp.b64url_encode(private_key.sign(data)))
        self._zip.close()
        return data


# --- Reading ------------------------------------------------------------------------------------------


def _refuse(file: str, sentence: str, **params: Any) -> BundleError:
    return BundleError(msg(sentence, file=file, **params))


@dataclass
class Bundle:
    """An opened bundle whose structure and manifest were checked (not yet its signature and members)."""

    path: Path
    file: str
    zip: zipfile.ZipFile
    manifest: dict[str, Any]
    manifest_bytes: bytes
    signature: bytes

    @property
    def manifest_sha256(self) -> str:
        return hashlib.sha256(self.manifest_bytes).hexdigest()

    @property
    def sender(self) -> dict[str, Any]:
        return dict(self.manifest["sender"])

    def close(self) -> None:
        self.zip.close()

    def __enter__(self) -> Bundle:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def signature_valid(self, public_key: Ed25519PublicKey) -> bool:
        try:
            public_key.verify(self.signature, self.manifest_bytes)
        except InvalidSignature:
            return False
        return True

    def verify_members(self, progress: Callable[[int], None] | None = None) -> None:
        """Stream every member through SHA-256 and compare with the manifest (refuses at the first difference)."""
        done = 0
        for name, expected in self.manifest["members"].items():
            sha, size = hashlib.sha256(), 0
            try:
                with self.zip.open(name) as f:
                    while chunk := f.read(CHUNK):
                        size += len(chunk)
                        if size > expected["size"]:
                            break
                        sha.update(chunk)
                        done += len(chunk)
                        if progress is not None:
                            progress(done)
            except (zipfile.BadZipFile, EOFError, OSError, ValueError, zlib.error):
                size = -1  # damaged compressed data or CRC: not the member that was signed
            if size != expected["size"] or sha.hexdigest() != expected["sha256"]:
                raise _refuse(
                    self.file,
                    "{file}: the member {member} is not the one its manifest signed (its SHA-256 or size differs): the "
                    "bundle was changed or damaged after it was made. Nothing was imported; ask the sender for the file "
                    "again.",
                    member=name,
                )

    def json_member(self, name: str, definition: str | None = None) -> Any:
        with self.zip.open(name) as f:
            data = f.read(MAX_JSON_MEMBER_BYTES + 1)
        if len(data) > MAX_JSON_MEMBER_BYTES:
            raise _refuse(self.file, "{file}: the member {member} is larger than such a member can be.", member=name)
        try:
            doc = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise _refuse(self.file, "{file}: the member {member} is not UTF-8 JSON.", member=name) from None
        if definition is not None:
            problem = schema_problem(doc, definition)
            if problem is not None:
                raise _refuse(self.file, "{file}: {member}, {problem}.", member=name, problem=problem)
        return doc

    def records(self, name: str) -> Iterator[dict[str, Any]]:
        """The lines of a JSON Lines member, each checked (refused with the member, line number and field)."""
        if name not in self.manifest["members"]:
            return
        check = record_checker(LINE_MEMBERS[name])
        loads = json.loads
        with self.zip.open(name) as raw, io.BufferedReader(raw, CHUNK) as lines:  # type: ignore[type-var]
            readline = lines.readline
            number = 0
            while True:
                number += 1
                try:
                    data = readline(MAX_LINE_BYTES + 1)  # bounded: a hostile line never fills memory
                except (zipfile.BadZipFile, EOFError, OSError, zlib.error):
                    raise _refuse(
                        self.file,
                        "{file}: {member}, line {line}: the data cannot be unpacked.",
                        member=name,
                        line=number,
                    ) from None
                if not data:
                    break
                try:
                    line = data.decode("utf-8")
                except UnicodeDecodeError:
                    raise _refuse(
                        self.file, "{file}: {member}, line {line}: not UTF-8 text.", member=name, line=number
                    ) from None
                if len(line) > MAX_LINE_BYTES:
                    raise _refuse(
                        self.file, "{file}: {member}, line {line}: the line is too long.", member=name, line=number
                    )
                if _forbidden(line):
                    raise _refuse(
                        self.file,
                        "{file}: {member}, line {line} holds a control or text-direction character, which no name or "
                        "code may hold (the text rule of SkillAssess); nothing was imported.",
                        member=name,
                        line=number,
                    )
                try:
                    doc = loads(line)
                except json.JSONDecodeError:
                    raise _refuse(
                        self.file, "{file}: {member}, line {line}: not a JSON object.", member=name, line=number
                    ) from None
                problem = check(doc)
                if problem is not None:
                    raise _refuse(
                        self.file,
                        "{file}: {member}, line {line}, field {problem}. Nothing was imported.",
                        member=name,
                        line=number,
                        problem=problem,
                    )
                yield doc


# As core/text.py's rule: C0/C1 controls (tab, CR, LF aside) and the bidirectional overrides and isolates,
# written raw or as JSON escapes; the line's own newline ends it.
_FORBIDDEN_CHARACTER = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_FORBIDDEN_ESCAPE = re.compile(
    r"\\u(?:00[01][0-8bcefBCEF]|001[0-9a-fA-F]|007[fF]|00[89][0-9a-fA-F]|202[a-eA-E]|206[6-9])"
)


def _forbidden(line: str) -> bool:
    """A control or text-direction character in the line, written as itself or as a JSON \\u escape. The escapes
    are looked for only in a line that has a backslash-u (one regex with both halves cost twice as much per line)."""
    return _FORBIDDEN_CHARACTER.search(line) is not None or (
        "\\u" in line and _FORBIDDEN_ESCAPE.search(line) is not None
    )


_ALLOWED = re.compile(
    r"^(manifest\.json|manifest\.sig|keys\.json|checkpoint\.json|candidates\.jsonl|enrolments\.jsonl|results\.jsonl"
    r"|certificates\.jsonl|moderation\.jsonl|standards/[A-Za-z0-9._-]{1,80}\.json)$"
)


def open_bundle(path: Path | str) -> Bundle:
    """Open ``path`` and check its structure and manifest (refuses fast, with one sentence, what is not a bundle)."""
    path = Path(path)
    file = path.name
    try:
        size = path.stat().st_size
    except OSError:
        raise _refuse(file, "{file} cannot be read: check that the file is there and that you may read it.") from None
    if size > MAX_FILE_BYTES:
        raise _refuse(file, "{file} is larger than an exchange bundle can be; nothing was imported.")
    try:
        z = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, EOFError, ValueError, OSError):
        raise _refuse(
            file,
            "{file} is not a SkillAssess exchange bundle (it is not a ZIP file, or it is truncated); nothing was "
            "imported. Ask the sender for the file again.",
        ) from None
    try:
        infos = z.infolist()
        if len(infos) > MAX_MEMBERS:
            raise _refuse(file, "{file} has more members than an exchange bundle has; nothing was imported.")
        names = [i.filename for i in infos]
        if len(set(names)) != len(names):
            raise _refuse(file, "{file} names a member twice; it was refused and nothing was imported.")
        for info in infos:
            if not _ALLOWED.match(info.filename):
                raise _refuse(
                    file,
                    "{file} holds a member {member} that exchange bundles do not have; nothing was imported.",
                    member=info.filename[:100],
                )
            if info.file_size > MAX_MEMBER_BYTES or (
                info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1)
            ):
                raise _refuse(
                    file,
                    "{file}: the member {member} unpacks to far more than such a member holds (a possible zip bomb); "
                    "nothing was imported.",
                    member=info.filename,
                )
        if MANIFEST not in names or SIGNATURE not in names:
            raise _refuse(
                file,
                "{file} has no signed manifest (manifest.json and manifest.sig): it is not a SkillAssess exchange "
                "bundle; nothing was imported.",
            )
        manifest_bytes = _read_small(z, file, MANIFEST, MAX_MANIFEST_BYTES)
        signature_text = _read_small(z, file, SIGNATURE, 200)
        try:
            manifest = json.loads(manifest_bytes.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise _refuse(file, "{file}: its manifest is not UTF-8 JSON; nothing was imported.") from None
        if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
            raise _refuse(file, "{file} is not a SkillAssess exchange bundle (its manifest says another format).")
        if manifest.get("version") != VERSION:
            raise _refuse(
                file,
                "{file} is an exchange bundle of format version {version}, which this version of SkillAssess does not "
                "read; install the newer SkillAssess.",
                version=str(manifest.get("version"))[:20],
            )
        problem = schema_problem(manifest, "manifest")
        if problem is not None:
            raise _refuse(file, "{file}: its manifest, field {problem}; nothing was imported.", problem=problem)
        try:
            signature = sp.b64url_decode(signature_text.decode("ascii").strip())
        except (UnicodeDecodeError, sp.PayloadError):
            signature = b""
        if len(signature) != 64:
            raise _refuse(file, "{file}: its manifest signature is damaged; nothing was imported.")
        listed = set(manifest["members"])
        present = set(names) - {MANIFEST, SIGNATURE}
        if listed - present:
            raise _refuse(
                file,
                "{file} lacks the member {member} that its manifest lists (the file is truncated or damaged); nothing "
                "was imported.",
                member=sorted(listed - present)[0],
            )
        if present - listed:
            raise _refuse(
                file,
                "{file} holds a member {member} that its signed manifest does not list (it was added after signing); "
                "nothing was imported.",
                member=sorted(present - listed)[0],
            )
        for info in infos:
            if info.filename in listed and info.file_size != manifest["members"][info.filename]["size"]:
                raise _refuse(
                    file,
                    "{file}: the member {member} is not the one its manifest signed (its size differs); nothing was "
                    "imported.",
                    member=info.filename,
                )
        return Bundle(path, file, z, manifest, manifest_bytes, signature)
    except BaseException:
        z.close()
        raise


def _read_small(z: zipfile.ZipFile, file: str, name: str, limit: int) -> bytes:
    info = z.getinfo(name)
    if info.file_size > limit:
        raise _refuse(file, "{file}: its {member} is larger than it can be; nothing was imported.", member=name)
    try:
        with z.open(info) as f:
            data = f.read(limit + 1)
    except (zipfile.BadZipFile, EOFError, OSError, ValueError):
        raise _refuse(file, "{file}: its {member} cannot be unpacked (the file is damaged).", member=name) from None
    if len(data) > limit:
        raise _refuse(file, "{file}: its {member} is larger than it can be; nothing was imported.", member=name)
    return data

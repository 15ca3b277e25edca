"""Directory update files: a zip of an HSDS page, a manifest, and the publisher's signature.

``manifest.json`` names the format, the publisher and the key that signed it, the directory
version (which only goes up) and the one it was built from, the SHA-256 of every payload file,
counts, and the ids removed since the previous version. ``manifest.sig`` is the Ed25519
signature of ``manifest.json``, in base64. See docs/update-file.md.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
from dataclasses import dataclass, field
from typing import IO, TYPE_CHECKING, Any

from .errors import InvalidFileError, UserError

if TYPE_CHECKING:  # loaded where a key is used (30 ms)
    from cryptography.hazmat.primitives.asymmetric.ed25519 import (
        Ed25519PrivateKey,
        Ed25519PublicKey,
    )

FORMAT = 1
MANIFEST, SIGNATURE, SERVICES = "manifest.json", "manifest.sig", "services.json"
# Optional: words the publisher added to the search vocabulary. Listed in the manifest's files
# like services.json; a laptop from before it checks its hash and leaves it aside.
VOCABULARY = "vocabulary.json"
MAX_VOCABULARY_BYTES = 1 << 20
PUBLIC_PREFIX = "referral-app-ed25519"
REMOVABLE = ("services", "organizations", "locations")
MAX_MANIFEST_BYTES = 16 << 20
MAX_VERSION = 2**63 - 1  # what the directory can store
# a key's fingerprint, as ``fingerprint`` writes it
FINGERPRINT = re.compile(r"[0-9a-f]{4}(?:-[0-9a-f]{4}){3}")


# -- keys --------------------------------------------------------------------------------------

def new_private_key() -> Ed25519PrivateKey:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    return Ed25519PrivateKey.generate()


def private_key_file(key: Ed25519PrivateKey, passphrase: str) -> bytes:
    if len(passphrase) < 8:
        raise UserError("Use a passphrase of at least 8 characters to protect the signing key.")
    from cryptography.hazmat.primitives import serialization

    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.BestAvailableEncryption(passphrase.encode("utf-8")))


def load_private_key(data: bytes, passphrase: str, name: str) -> Ed25519PrivateKey:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    try:
        key = serialization.load_pem_private_key(data, passphrase.encode("utf-8"))
    except (ValueError, TypeError) as error:
        raise UserError(f"{name} cannot be opened with that passphrase (or is not a signing "
                        "key); check the passphrase and the file.") from error
    if not isinstance(key, Ed25519PrivateKey):
        raise UserError(f"{name} is not an Ed25519 signing key.")
    return key


def public_key_text(key: Ed25519PublicKey, name: str = "") -> str:
    from cryptography.hazmat.primitives import serialization

    raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    line = f"{PUBLIC_PREFIX} {base64.b64encode(raw).decode('ascii')}"
    return f"{line} {name}".rstrip() + "\n"


def parse_public_key(text: str, name: str) -> Ed25519PublicKey:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    parts = text.strip().split(maxsplit=2)
    try:
        if len(parts) < 2 or parts[0] != PUBLIC_PREFIX:
            raise ValueError("no key")
        return Ed25519PublicKey.from_public_bytes(base64.b64decode(parts[1], validate=True))
    except (ValueError, binascii.Error) as error:
        raise UserError(f"{name} is not a Referral App public key (a line starting "
                        f"'{PUBLIC_PREFIX}').") from error


def fingerprint(key: Ed25519PublicKey) -> str:
    """A short fingerprint to compare by eye or read over the phone: 4 groups of 4."""
    from cryptography.hazmat.primitives import serialization

    raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    digest = hashlib.sha256(raw).hexdigest()[:16]
    return "-".join(digest[i : i + 4] for i in range(0, 16, 4))


# -- manifests ---------------------------------------------------------------------------------

@dataclass
class Manifest:
    publisher: str
    key_id: str
    version: int
    built_from: int | None
    created: str
    files: dict[str, str]  # name -> sha256 hex
    counts: dict[str, int] = field(default_factory=dict)
    removed: dict[str, list[str]] = field(default_factory=dict)
    # service id -> fingerprint of the publisher its owner hands it to, with this update
    handed_over: dict[str, str] = field(default_factory=dict)
    format: int = FORMAT

    def to_bytes(self) -> bytes:
        data: dict[str, Any] = {
            "format": self.format, "publisher": self.publisher, "key_id": self.key_id,
            "version": self.version, "built_from": self.built_from, "created": self.created,
            "counts": self.counts, "files": self.files,
            "removed": {kind: sorted(self.removed.get(kind, [])) for kind in REMOVABLE},
        }
        if self.handed_over:
            data["handed_over"] = self.handed_over
        return (json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode()

    @classmethod
    def parse(cls, data: bytes, bundle: str) -> Manifest:
        def bad(what: str) -> InvalidFileError:
            return InvalidFileError(f"{bundle}: the manifest {what}; ask the coordinator for a "
                                    "new update file.")

        try:
            raw = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError) as error:
            raise bad("is not readable JSON") from error
        if not isinstance(raw, dict):
            raise bad("is not a JSON object")
        form = raw.get("format")
        if not isinstance(form, int) or isinstance(form, bool) or form < 1:
            raise bad("has no format number")
        if form > FORMAT:
            raise InvalidFileError(f"{bundle} was made by a newer version of Referral App "
                                   f"(update format {form}); install the newer version first.")
        try:
            version, built_from = raw["version"], raw.get("built_from")
            files, removed, counts = raw["files"], raw.get("removed", {}), raw.get("counts", {})
            handed = raw.get("handed_over", {})
            if not (isinstance(version, int) and 0 < version <= MAX_VERSION
                    and not isinstance(version, bool)):
                raise TypeError("version")
            if built_from is not None and not (isinstance(built_from, int)
                                               and abs(built_from) <= MAX_VERSION):
                raise TypeError("built_from")
            # the receiver is a key's fingerprint, never words the file chooses (shown by
            # the laptop as its own)
            if not (isinstance(handed, dict) and all(
                    isinstance(k, str) and isinstance(v, str) and FINGERPRINT.fullmatch(v)
                    for k, v in handed.items())):
                raise TypeError("handed_over")
            if not (isinstance(files, dict) and all(isinstance(k, str) and isinstance(v, str)
                                                    for k, v in files.items())):
                raise TypeError("files")
            if not isinstance(removed, dict) or any(
                    not isinstance(removed.get(kind, []), list) for kind in REMOVABLE):
                raise TypeError("removed")
            manifest = cls(
                publisher=str(raw["publisher"]), key_id=str(raw["key_id"]), version=version,
                built_from=built_from, created=str(raw.get("created", "")), files=files,
                counts={k: int(v) for k, v in counts.items()} if isinstance(counts, dict) else {},
                removed={kind: [str(i) for i in removed.get(kind, [])] for kind in REMOVABLE},
                handed_over=handed, format=form)
        except (KeyError, TypeError, ValueError, OverflowError) as error:  # Infinity: Overflow
            raise bad(f"is missing or has a wrong field ({error})") from error
        if not FINGERPRINT.fullmatch(manifest.key_id):
            raise bad("has a wrong field (key_id)")
        if SERVICES not in manifest.files:
            raise bad(f"does not list {SERVICES}")
        return manifest


def sign(manifest_bytes: bytes, key: Ed25519PrivateKey) -> bytes:
    return base64.b64encode(key.sign(manifest_bytes)) + b"\n"


def verify(manifest_bytes: bytes, signature: bytes, key: Ed25519PublicKey, bundle: str) -> None:
    from cryptography.exceptions import InvalidSignature

    try:
        key.verify(base64.b64decode(signature.strip(), validate=True), manifest_bytes)
    except (InvalidSignature, ValueError, binascii.Error) as error:
        raise InvalidFileError(f"{bundle} was changed after it was signed, or its signature is "
                               "damaged; do not use it, and ask the coordinator for a new "
                               "copy.") from error


def sha256_of(chunks: Any) -> str:
    digest = hashlib.sha256()
    for chunk in chunks:
        digest.update(chunk)
    return digest.hexdigest()


class HashedReader:
    """A stream that hashes (SHA-256) every byte read through it: what is imported from an
    update is then exactly what was hashed, even if the file changes while it is read."""

    def __init__(self, stream: IO[bytes]) -> None:
        self._stream = stream
        self._digest = hashlib.sha256()

    def read(self, size: int = -1) -> bytes:
        data = self._stream.read(size)
        self._digest.update(data)
        return data

    def readable(self) -> bool:
        return True

    def hexdigest(self) -> str:
        """The hash of the whole stream, reading whatever the reader left."""
        while self.read(1 << 20):
            pass
        return self._digest.hexdigest()

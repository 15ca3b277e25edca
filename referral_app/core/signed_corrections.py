"""A corrections file signed by the laptop that made it, and the laptop's key.

The file is a JSON object: the laptop's public key, and the corrections (a JSON text, kept as a
string so that its exact bytes are what was signed) with the Ed25519 signature of those bytes.
Who may send corrections is the coordinator's decision (store/laptops.py); this module only
tells whether a file is signed, and by which key. See docs/update-file.md.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .bundle import fingerprint, parse_public_key, public_key_text
from .corrections import Correction, corrections_payload, read_corrections_payload
from .errors import InvalidFileError, UserError

if TYPE_CHECKING:  # loaded where a key is used (30 ms)
    from cryptography.hazmat.primitives.asymmetric.ed25519 import (
        Ed25519PrivateKey,
        Ed25519PublicKey,
    )

FORMAT = 2  # format 1 was the same corrections, unsigned


@dataclass(frozen=True)
class SignedCorrections:
    """A corrections file whose signature is good; ``key`` signed it."""

    key: Ed25519PublicKey
    sender: str
    organization: str
    corrections: list[Correction]

    @property
    def key_id(self) -> str:
        return fingerprint(self.key)


# -- the laptop's key, as kept inside the encrypted casework file -------------------------------

def key_bytes(key: Ed25519PrivateKey) -> bytes:
    from cryptography.hazmat.primitives import serialization

    return key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                             serialization.NoEncryption())


def key_from_bytes(data: bytes) -> Ed25519PrivateKey:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    return Ed25519PrivateKey.from_private_bytes(data)


# -- the file ----------------------------------------------------------------------------------

def signed_corrections_file(corrections: list[Correction], sender: str, organization: str,
                            key: Ed25519PrivateKey) -> str:
    payload = corrections_payload(corrections, sender, organization)
    public = key.public_key()
    return json.dumps({
        "format": FORMAT,
        "laptop_key": public_key_text(public).strip(),
        "key_id": fingerprint(public),
        "corrections": payload.decode("utf-8"),
        "signature": base64.b64encode(key.sign(payload)).decode("ascii"),
    }, ensure_ascii=False, indent=1) + "\n"


def read_signed_corrections(data: bytes, name: str) -> SignedCorrections:
    """The corrections in a file, once its signature is checked against the key it names.
    Unsigned (format 1, or hand-written), changed after signing, or unreadable: refused."""
    def not_ours(why: str) -> InvalidFileError:
        return InvalidFileError(f"{name} is not a corrections file from Referral App ({why}).")

    try:
        raw = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        raise not_ours("it is not readable JSON") from error
    if not isinstance(raw, dict):
        raise not_ours("it is not a JSON object")
    form = raw.get("format")
    if isinstance(form, int) and not isinstance(form, bool) and form > FORMAT:
        raise InvalidFileError(f"{name} was made by a newer version of Referral App "
                               f"(corrections format {form}); install the newer version first.")
    if form != FORMAT or "signature" not in raw:
        raise InvalidFileError(
            f"{name} is not signed by a laptop (it was written by hand or by an older version "
            "of Referral App); nothing was taken from it. Ask the caseworker to send it again "
            "with File > Send corrections.")
    payload, signature = raw.get("corrections"), raw.get("signature")
    if not isinstance(payload, str) or not isinstance(signature, str):
        raise not_ours("its corrections or signature are missing")
    signed = payload.encode("utf-8")
    key = laptop_key(raw, signature, signed, name)
    sender, organization, corrections = read_corrections_payload(signed, name)
    return SignedCorrections(key, sender, organization, corrections)


def laptop_key(raw: dict[str, Any], signature: str, signed: bytes, name: str
               ) -> Ed25519PublicKey:
    """The laptop key a file names (``laptop_key``, ``key_id``), once ``signature`` is checked
    to be its signature of ``signed``; InvalidFileError when the file was changed after."""
    from cryptography.exceptions import InvalidSignature

    try:
        key = parse_public_key(str(raw.get("laptop_key", "")), name)
        key.verify(base64.b64decode(signature, validate=True), signed)
        if raw.get("key_id") != fingerprint(key):
            raise ValueError("key_id")
    except (UserError, InvalidSignature, ValueError, binascii.Error) as error:
        raise InvalidFileError(
            f"{name} was changed after the laptop signed it, or its signature is damaged; "
            "nothing was taken from it. Ask the caseworker for a new copy.") from error
    return key

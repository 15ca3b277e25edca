"""The laptops a coordinator takes corrections and referral figures from: registered by their
public key and a name, listed, removed; and a file received only when a registered laptop
signed it."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from ..core import bundle
from ..core.errors import InvalidFileError, UserError
from ..core.plain_text import NAME_LENGTH, cleaned
from ..core.signed_corrections import SignedCorrections, read_signed_corrections
from ..core.text import fold
from .directory import Directory
from .transaction import transaction
from .write_errors import write_error

if TYPE_CHECKING:  # loaded where a key is used
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey


@dataclass(frozen=True)
class RegisteredLaptop:
    fingerprint: str
    name: str
    added: str


@dataclass(frozen=True)
class Received:
    """A corrections file signed by a registered laptop."""

    laptop: RegisteredLaptop
    signed: SignedCorrections


def register(directory: Directory, public_key_text: str, name: str, source: str
             ) -> RegisteredLaptop:
    key = bundle.parse_public_key(public_key_text, source)
    name = " ".join(cleaned(name).split())  # shown in every line about its files
    if not name:
        raise UserError("Give the laptop a name, such as the desk it is at (\"Lahore desk 3\").")
    if len(name) > NAME_LENGTH:
        raise UserError(f"Give the laptop a name of at most {NAME_LENGTH} characters.")
    entry = RegisteredLaptop(bundle.fingerprint(key), name,
                             datetime.now().isoformat(timespec="seconds"))
    for known in registered(directory):
        if known.fingerprint == entry.fingerprint:
            raise UserError(f"That laptop is registered already, as {known.name}.")
        if fold(known.name) == fold(name):
            raise UserError(f"A laptop named {known.name} is registered already (fingerprint "
                            f"{known.fingerprint}); choose another name.")
    try:
        with transaction(directory.db):
            directory.db.execute(
                "INSERT INTO registered_laptop (fingerprint, name, public_key, added) "
                "VALUES (?,?,?,?)",
                [entry.fingerprint, entry.name, bundle.public_key_text(key).strip(),
                 entry.added])
    except sqlite3.OperationalError as error:
        raise write_error(directory.path, error) from error
    return entry


def registered(directory: Directory) -> list[RegisteredLaptop]:
    return [RegisteredLaptop(*row) for row in directory.db.execute(
        "SELECT fingerprint, name, added FROM registered_laptop ORDER BY name")]


def remove(directory: Directory, fingerprint: str) -> RegisteredLaptop:
    found = [known for known in registered(directory) if known.fingerprint == fingerprint.strip()]
    if not found:
        raise UserError(f"No registered laptop has the fingerprint {fingerprint.strip()}; see "
                        "'referral-app laptops list'.")
    try:
        with transaction(directory.db):
            directory.db.execute("DELETE FROM registered_laptop WHERE fingerprint = ?",
                                 [found[0].fingerprint])
    except sqlite3.OperationalError as error:
        raise write_error(directory.path, error) from error
    return found[0]


def receive(directory: Directory, data: bytes, name: str) -> Received:
    """The corrections in a file, when a registered laptop signed it and nothing was changed
    since; anything else is refused with one sentence."""
    signed = read_signed_corrections(data, name)
    return Received(registered_signer(directory, signed.key, name), signed)


def registered_signer(directory: Directory, key: Ed25519PublicKey, name: str
                      ) -> RegisteredLaptop:
    """The registered laptop whose key signed the file ``name``; refused when it is not one."""
    key_id = bundle.fingerprint(key)
    row = directory.db.execute(
        "SELECT fingerprint, name, added, public_key FROM registered_laptop "
        "WHERE fingerprint = ?", [key_id]).fetchone()
    if row is None or row[3] != bundle.public_key_text(key).strip():
        raise InvalidFileError(
            f"{name} is signed by a laptop that is not registered here (fingerprint "
            f"{key_id}); nothing was taken from it. Check the fingerprint with the "
            "caseworker, then register the laptop with 'referral-app laptops register "
            "LAPTOP.pub --name NAME'.")
    return RegisteredLaptop(*row[:3])

"""Signed directory updates: build them (coordinator), check, preview, apply and undo them
(every laptop), and the publishers trusted to sign them.

Applying is one transaction after a backup of the directory; the history row and the new
directory version are written in that same transaction, so a power cut leaves the directory
exactly as before or exactly as after. Undo copies the backup back (SQLite's online backup,
itself one transaction).
"""

from __future__ import annotations

import sqlite3
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from ..core import bundle
from ..core.archive import SafeZip
from ..core.errors import InvalidFileError, UserError
from ..core.hsds_files import read_json_records
from ..core.json_stream import JsonStream
from ..core.models import ImportReport
from . import corrections
from .database import BACKUPS, keep_copy, leaving_wal
from .directory import Directory
from .importer import Importer


@dataclass(frozen=True)
class TrustedKey:
    fingerprint: str
    name: str
    added: str


@dataclass(frozen=True)
class CheckedBundle:
    path: Path
    manifest: bundle.Manifest
    publisher_trusted_as: str


@dataclass(frozen=True)
class HistoryEntry:
    version: int
    publisher: str
    applied: str
    added: int
    updated: int
    removed: int
    unchanged: int


# -- trust -------------------------------------------------------------------------------------

def trust(directory: Directory, public_key_text: str, name: str, source: str) -> TrustedKey:
    key = bundle.parse_public_key(public_key_text, source)
    if not name.strip():
        raise UserError("Give the publisher a name, such as the coordinator's organisation.")
    entry = TrustedKey(bundle.fingerprint(key), name.strip(),
                       datetime.now().isoformat(timespec="seconds"))
    with directory.db.conn:
        directory.db.execute(
            "INSERT INTO trusted_key (fingerprint, name, public_key, added) VALUES (?,?,?,?) "
            "ON CONFLICT (fingerprint) DO UPDATE SET name = excluded.name",
            [entry.fingerprint, entry.name, public_key_text.strip(), entry.added])
    return entry


def trusted(directory: Directory) -> list[TrustedKey]:
    return [TrustedKey(*row) for row in directory.db.execute(
        "SELECT fingerprint, name, added FROM trusted_key ORDER BY name")]


def distrust(directory: Directory, fingerprint: str) -> None:
    with directory.db.conn:
        gone = directory.db.execute("DELETE FROM trusted_key WHERE fingerprint = ?",
                                    [fingerprint.strip()]).rowcount
    if not gone:
        raise UserError(f"No trusted publisher has the fingerprint {fingerprint}; "
                        "see 'referral-app trust list'.")


# -- building (the coordinator) ----------------------------------------------------------------

def build(directory: Directory, key: Ed25519PrivateKey, publisher: str, version: int,
          out: Path, previous: Path | None = None) -> bundle.Manifest:
    """Write a signed update file of the whole directory; with ``previous``, the ids it had
    and this one has not are listed as removed."""
    if version < 1:
        raise UserError("The directory version must be a whole number of 1 or more.")
    built_from: int | None = None
    old_ids: dict[str, set[str]] = {kind: set() for kind in bundle.REMOVABLE}
    if previous is not None:
        old = check(directory, previous, require_trust=False, require_newer=False).manifest
        if version <= old.version:
            raise UserError(f"The new version must be above the previous one ({old.version}).")
        built_from = old.version
        old_ids = _ids_in(previous)
    with tempfile.TemporaryDirectory() as folder:
        services = Path(folder) / bundle.SERVICES
        with services.open("w", encoding="utf-8") as file:
            count = directory.export_json(file)
        new_ids = _ids_in_json(services)
        manifest = bundle.Manifest(
            publisher=publisher, key_id=bundle.fingerprint(key.public_key()), version=version,
            built_from=built_from, created=datetime.now().isoformat(timespec="seconds"),
            files={bundle.SERVICES: bundle.sha256_of(_chunks(services))},
            counts={"services": count},
            removed={kind: sorted(old_ids[kind] - new_ids[kind]) for kind in bundle.REMOVABLE})
        data = manifest.to_bytes()
        partial = out.with_name(f".{out.name}.partial")
        try:
            with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
                archive.writestr(bundle.MANIFEST, data)
                archive.writestr(bundle.SIGNATURE, bundle.sign(data, key))
                archive.write(services, bundle.SERVICES)
            partial.replace(out)
        except OSError as error:
            partial.unlink(missing_ok=True)
            raise UserError(f"Cannot write {out}: {error.strerror}.") from error
    return manifest


def _read_all(stream: IO[bytes]) -> Iterator[bytes]:
    while chunk := stream.read(1 << 20):
        yield chunk


def _chunks(path: Path) -> Iterator[bytes]:
    with path.open("rb") as file:
        while chunk := file.read(1 << 20):
            yield chunk


def _ids_in_json(path: Path) -> dict[str, set[str]]:
    with path.open("rb") as file:
        return _ids_from_stream(JsonStream(file, path.name).records())


def _ids_in(bundle_path: Path) -> dict[str, set[str]]:
    archive = SafeZip(bundle_path)
    with archive.open(bundle.SERVICES) as stream:
        return _ids_from_stream(JsonStream(stream, bundle.SERVICES).records())


def _ids_from_stream(records: Iterator[tuple[str, Any]]) -> dict[str, set[str]]:
    ids: dict[str, set[str]] = {kind: set() for kind in bundle.REMOVABLE}
    for _, service in records:
        if not isinstance(service, dict):
            continue
        ids["services"].add(str(service.get("id")))
        organization = service.get("organization")
        if isinstance(organization, dict):
            ids["organizations"].add(str(organization.get("id")))
        for located in service.get("service_at_locations", []) or []:
            location = located.get("location") if isinstance(located, dict) else None
            if isinstance(location, dict):
                ids["locations"].add(str(location.get("id")))
    return ids


# -- checking, previewing, applying (every laptop) ---------------------------------------------

def is_bundle(path: Path) -> bool:
    try:
        return path.is_file() and bundle.MANIFEST in SafeZip(path).names()
    except InvalidFileError:
        return False


def check(directory: Directory, path: Path, *, require_trust: bool = True,
          require_newer: bool = True, payload: bool = True) -> CheckedBundle:
    """The bundle's manifest, once its signature, its trust, its version and (unless not
    ``payload``) the hashes of its files are checked. :func:`apply` hashes services.json as
    it reads it, so a caller about to apply can leave the payload to it."""
    name = path.name
    archive = SafeZip(path)
    for member in (bundle.MANIFEST, bundle.SIGNATURE):
        if member not in archive.names():
            raise InvalidFileError(f"{name} has no {member}; it is not a complete update file.")
    with archive.open(bundle.MANIFEST) as stream:
        data = stream.read(bundle.MAX_MANIFEST_BYTES + 1)
    if len(data) > bundle.MAX_MANIFEST_BYTES:
        raise InvalidFileError(f"{name}: the manifest is too large to be a manifest.")
    manifest = bundle.Manifest.parse(data, name)
    with archive.open(bundle.SIGNATURE) as stream:
        signature = stream.read(4096)
    row = directory.db.execute("SELECT name, public_key FROM trusted_key WHERE fingerprint = ?",
                               [manifest.key_id]).fetchone()
    trusted_as = ""
    if row is not None:
        bundle.verify(data, signature, bundle.parse_public_key(row[1], "trusted key"), name)
        trusted_as = str(row[0])
    elif require_trust:
        raise InvalidFileError(
            f"{name} is signed by a key this laptop does not trust (fingerprint "
            f"{manifest.key_id}, publisher '{manifest.publisher}'); add the coordinator's key "
            "with 'referral-app trust add' only if you got it from them in person.")
    if payload:
        _check_hashes(archive, manifest, name)
    installed = installed_version(directory)
    if require_newer and manifest.version <= installed:
        raise InvalidFileError(f"{name} holds directory version {manifest.version}, which is "
                               f"not newer than the installed version {installed}; nothing to "
                               "do.")
    return CheckedBundle(path, manifest, trusted_as)


def _check_hashes(archive: SafeZip, manifest: bundle.Manifest, name: str) -> None:
    for member, expected in manifest.files.items():
        if member not in archive.names():
            raise InvalidFileError(f"{name} lists {member} in its manifest but does not hold "
                                   "it; it is not a complete update file.")
        with archive.open(member) as stream:
            actual = bundle.sha256_of(_read_all(stream))
        if actual != expected:
            raise _does_not_match(name, member)


def _does_not_match(name: str, member: str) -> InvalidFileError:
    return InvalidFileError(f"{name}: {member} does not match its manifest (it was changed or "
                            "damaged); do not use this file.")


def check_records(directory: Directory, path: Path) -> ImportReport:
    """Every HSDS problem of the services in an update file, counted as a dry run: what
    ``validate`` reports. Signature, trust and version are ``check``'s (``bundle verify``)."""
    with SafeZip(path).open(bundle.SERVICES) as stream:
        records = read_json_records(stream, f"{path.name}/{bundle.SERVICES}")
        return directory.import_records(records, path.name, dry_run=True, skip_invalid=True)


def installed_version(directory: Directory) -> int:
    try:
        return int(directory.info().get("version", "0") or 0)
    except ValueError:
        return 0


def apply(directory: Directory, checked: CheckedBundle, *, dry_run: bool = False,
          progress: Callable[[int], None] | None = None) -> ImportReport:
    """Apply a checked bundle: a backup, then one transaction (or a preview, with dry_run).
    ``progress`` hears how many services have been read so far."""
    manifest = checked.manifest
    archive = SafeZip(checked.path)
    backup = directory.path.parent / BACKUPS / f"directory-before-{manifest.version}.db"
    if not dry_run:
        keep_copy(directory.db, backup)

    def as_signed() -> None:
        """What was read is what the manifest's hash says, or nothing is kept."""
        if hashed.hexdigest() != manifest.files[bundle.SERVICES]:
            raise _does_not_match(checked.path.name, bundle.SERVICES)

    def record_history(report: ImportReport) -> None:
        as_signed()
        if dry_run:  # a preview writes nothing, so it cannot tell which corrections it carries
            return
        # corrections made here that this update now carries are closed with it
        report.corrections_taken = [c.id for c in corrections.published(directory)
                                    if c.id is not None]
        corrections.close_taken(directory, report.corrections_taken)
        conn = directory.db.conn
        now = datetime.now().isoformat(timespec="seconds")
        conn.execute(
            "INSERT INTO update_history (version, publisher, key_id, applied, added, updated, "
            "removed, unchanged, backup) VALUES (?,?,?,?,?,?,?,?,?)",
            [manifest.version, manifest.publisher, manifest.key_id, now, report.added,
             report.updated, report.removed, report.unchanged, str(backup)])
        for key, value in (("version", str(manifest.version)), ("source", manifest.publisher),
                           ("date", manifest.created[:10])):
            conn.execute("INSERT INTO directory_info (key, value) VALUES (?, ?) "
                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value", [key, value])

    with archive.open(bundle.SERVICES) as stream:
        hashed = bundle.HashedReader(stream)
        records = read_json_records(hashed, f"{checked.path.name}/{bundle.SERVICES}")
        importer = Importer(directory.db, checked.path.name, skip_invalid=False,
                            dry_run=dry_run)
        try:
            report = importer.run(records, manifest.removed, record_history, progress)
        except InvalidFileError:
            as_signed()  # a changed file explains its problems better than they do
            raise
        except sqlite3.OperationalError as error:
            raise UserError(f"The directory could not be updated ({error}); nothing "
                            "changed.") from error
    return report


def history(directory: Directory) -> list[HistoryEntry]:
    return [HistoryEntry(*row) for row in directory.db.execute(
        "SELECT version, publisher, applied, added, updated, removed, unchanged "
        "FROM update_history ORDER BY id DESC")]


def undo_last(directory: Directory) -> HistoryEntry:
    """Bring back the directory exactly as it was before the last update."""
    row = directory.db.execute(
        "SELECT version, publisher, applied, added, updated, removed, unchanged, backup "
        "FROM update_history ORDER BY id DESC LIMIT 1").fetchone()
    if row is None:
        raise UserError("No update has been applied on this laptop; there is nothing to undo.")
    backup = Path(row[7])
    if not backup.exists():
        raise UserError(f"The copy of the directory from before version {row[0]} is missing "
                        f"({backup.name}); it cannot be undone.")
    source = sqlite3.connect(backup)
    try:
        with leaving_wal(directory.db):
            source.backup(directory.db.conn)
    except sqlite3.OperationalError as error:  # busy, locked, disk full: nothing was written
        raise UserError(f"The directory could not be changed back ({error}); nothing "
                        "changed.") from error
    except sqlite3.DatabaseError as error:
        raise UserError(f"The copy of the directory kept before the last update "
                        f"({backup.name}) is damaged, so the update cannot be undone; the "
                        "directory is unchanged.") from error
    finally:
        source.close()
    directory.forget_cached()
    return HistoryEntry(*row[:7])




def new_record(path: Path, service_id: str) -> dict[str, Any] | None:
    """The service with this id as an update file (or plain HSDS JSON file) holds it."""
    if is_bundle(path):
        with SafeZip(path).open(bundle.SERVICES) as stream:
            return _find(JsonStream(stream, bundle.SERVICES).records(), service_id)
    with path.open("rb") as file:
        return _find(JsonStream(file, path.name).records(), service_id)


def _find(records: Iterator[tuple[str, Any]], service_id: str) -> dict[str, Any] | None:
    for _, obj in records:
        if isinstance(obj, dict) and obj.get("id") == service_id:
            return obj
    return None

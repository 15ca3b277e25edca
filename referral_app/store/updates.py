"""Signed directory updates: build them (coordinator), check, preview, apply and undo them
(every laptop), and the publishers trusted to sign them.

Applying is one transaction; the undo record of the rows it changes (``undo_record``), the
history row, who owns what and the publisher's new version are written in that same
transaction, so a power cut leaves the directory exactly as before or exactly as after. Each
publisher changes only what it owns (``ownership``) and has its own version sequence. Undo
changes those rows back and keeps the trust list and the corrections made here (``undo``).
"""

from __future__ import annotations

import json
import sqlite3
import tempfile
import zipfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import nullcontext
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from ..core import bundle
from ..core.archive import SafeZip
from ..core.directory_file import converted_services
from ..core.errors import InvalidFileError, UserError
from ..core.hsds_files import read_json_records
from ..core.json_stream import JsonStream
from ..core.models import ImportReport
from ..core.plain_text import NAME_LENGTH, cleaned, visible
from ..core.vocabulary import Entry, entries_from_json
from . import corrections, undo_record
from . import search_vocabulary as vocabulary_store
from .directory import Directory
from .importer import MAX_CHANGED_KEPT, Importer, JsonObjects
from .ownership import (
    Ownership,
    forget_offers,
    handed_over_before,
    offers_to,
    publication,
    record_publication,
)
from .ownership import release as release_key
from .transaction import transaction
from .undo import restore_directory_data, take_back
from .write_errors import write_error

if TYPE_CHECKING:  # loaded where a key is used (30 ms)
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

MAX_VERSION_JUMP = 1000  # a version further above the last one applied asks first


class VersionJumpError(InvalidFileError):
    """An update's version is far above the last one applied from its publisher: apply it
    only when asked for (a version of 9x10^18 would block every later update of that key)."""

    def __init__(self, message: str, jump: str) -> None:
        super().__init__(message)
        self.jump = jump  # "from 3 to 9000000000000000000"


@dataclass(frozen=True)
class TrustedKey:
    fingerprint: str
    name: str
    added: str
    areas: tuple[str, ...] = ()  # place codes it is trusted for; none: everywhere


@dataclass(frozen=True)
class CheckedBundle:
    path: Path
    manifest: bundle.Manifest
    publisher_trusted_as: str  # the name this laptop trusts the key as ("" when untrusted)
    areas: tuple[str, ...] = ()  # the places the key is trusted for; none: everywhere
    accept_version_jump: bool = False

    @property
    def publisher(self) -> str:
        """The trusted name and the fingerprint: never the name the file claims."""
        return f"{self.publisher_trusted_as} ({self.manifest.key_id})"


@dataclass(frozen=True)
class HistoryEntry:
    version: int
    publisher: str  # the trusted name of the key it was signed with
    applied: str
    added: int
    updated: int
    removed: int
    unchanged: int
    key_id: str = ""


# -- trust -------------------------------------------------------------------------------------

def trust(directory: Directory, public_key_text: str, name: str, source: str,
          areas: Sequence[str] = ()) -> TrustedKey:
    """Trust a publisher's key, for the provinces or districts named in ``areas`` only
    (any name the geography knows, old ones too), or everywhere."""
    key = bundle.parse_public_key(public_key_text, source)
    name = " ".join(cleaned(name).split())  # no direction control, nothing hidden
    if not name:
        raise UserError("Give the publisher a name, such as the coordinator's organisation.")
    if len(name) > NAME_LENGTH:
        raise UserError(f"Give the publisher a name of at most {NAME_LENGTH} characters.")
    codes = []
    for area in areas:
        places = directory.geography.areas(area)
        if not places:
            raise UserError(f"'{visible(area)}' is not a province, district or city this "
                            "directory knows; 'referral-app trust areas' lists every name "
                            "(such as Punjab, Lahore or Karachi).")
        codes += [place.code for place in places]
    entry = TrustedKey(bundle.fingerprint(key), name.strip(),
                       datetime.now().isoformat(timespec="seconds"),
                       tuple(sorted(set(codes))))
    for other in trusted(directory):
        if other.fingerprint != entry.fingerprint and \
                other.name.casefold() == entry.name.casefold():
            raise UserError(f"Another trusted publisher is already called {other.name} "
                            f"({other.fingerprint}); give this one a name that tells them "
                            "apart.")
        if other.fingerprint == entry.fingerprint and other.areas and not entry.areas:
            raise UserError(f"{other.name} is trusted for some areas only; to trust it "
                            "everywhere, remove it first and add it again.")
    try:
        with transaction(directory.db):
            directory.db.execute(
                "INSERT INTO trusted_key (fingerprint, name, public_key, added, areas) "
                "VALUES (?,?,?,?,?) ON CONFLICT (fingerprint) DO UPDATE SET name = "
                "excluded.name, areas = excluded.areas",
                [entry.fingerprint, entry.name, public_key_text.strip(), entry.added,
                 " ".join(entry.areas)])
            directory.db.execute("DELETE FROM released_key WHERE key_id = ?",
                                 [entry.fingerprint])
    except sqlite3.OperationalError as error:
        raise write_error(directory.path, error) from error
    return entry


def trusted(directory: Directory) -> list[TrustedKey]:
    return [TrustedKey(fingerprint, name, added, tuple(areas.split()))
            for fingerprint, name, added, areas in directory.db.execute(
                "SELECT fingerprint, name, added, areas FROM trusted_key ORDER BY name")]


def publisher_of(directory: Directory, service_id: str) -> TrustedKey | None:
    """The trusted publisher that owns this service here, or None (no one, or a key this
    laptop no longer trusts)."""
    row = directory.db.execute(
        "SELECT k.fingerprint, k.name, k.added, k.areas FROM service_owner o JOIN trusted_key k "
        "ON k.fingerprint = o.key_id WHERE o.service_id = ?", [service_id]).fetchone()
    return TrustedKey(row[0], row[1], row[2], tuple(str(row[3]).split())) if row else None


def offer_of(directory: Directory, service_id: str) -> tuple[str, str] | None:
    """(who offers it, to whom), by their trusted names, when the trusted key that owns this
    service here has offered it to another trusted key; it stays the owner's until that key
    publishes it."""
    row = directory.db.execute(
        "SELECT a.name, b.name FROM service_handed_over h JOIN service_owner o ON "
        "o.service_id = h.service_id AND o.key_id = h.key_id JOIN trusted_key a ON "
        "a.fingerprint = h.key_id JOIN trusted_key b ON b.fingerprint = h.to_key "
        "WHERE h.service_id = ?", [service_id]).fetchone()
    return (str(row[0]), str(row[1])) if row else None


def known_areas(directory: Directory) -> list[tuple[str, list[str]]]:
    """The names ``trust --area`` takes: each province with its districts, then the cities
    that stand for several districts (with those districts)."""
    geography = directory.geography
    found = []
    for province in sorted((p for p in geography.places.values() if p.kind == "province"),
                           key=lambda p: p.name):
        found.append((province.name, sorted(p.name for p in geography.places.values()
                                             if p.kind == "district"
                                             and p.parent == province.code)))
    for city in geography.city_names():
        found.append((city, sorted(p.name for p in geography.city(city))))
    return found


def area_names(directory: Directory, entry: TrustedKey) -> list[str]:
    """The names of the places a publisher is trusted for (empty: everywhere)."""
    return [place.name for place in map(directory.geography.get, entry.areas) if place]


def distrust(directory: Directory, fingerprint: str, release: bool = False) -> int:
    """Stop trusting a key. The services it owned stay its own here: laptops let the next
    trusted publisher that publishes them take them (and list it), and a coordinator's files
    never publish them. With ``release`` (a coordinator's own old key, stolen or lost), they
    belong to no one, for good: the next file built here publishes them (and says so), and an
    undo does not give them back. How many services were released."""
    db = directory.db
    key_id = fingerprint.strip()
    try:
        with transaction(db):
            gone = db.execute("DELETE FROM trusted_key WHERE fingerprint = ?",
                              [key_id]).rowcount
            if gone or release:  # its offers, made or received, count no more
                forget_offers(db, key_id)
            released = 0
            if release:
                released = release_key(db, key_id)
                db.execute("INSERT INTO released_key (key_id, released) VALUES (?, ?) "
                           "ON CONFLICT (key_id) DO NOTHING",
                           [key_id, datetime.now().isoformat(timespec="seconds")])
    except sqlite3.OperationalError as error:
        raise write_error(directory.path, error) from error
    if not gone and not released:
        raise UserError(f"No trusted publisher has the fingerprint {fingerprint}, and no "
                        "service here is its own; see 'referral-app trust list'.")
    return released


def first_claims(directory: Directory, signer: str) -> list[tuple[str, str]]:
    """The services a file built here with this key would publish for the first time (no
    publisher owns them here): (id, name)."""
    published = publication(directory.db, signer, set())
    owned = {i for (i,) in directory.db.execute(
        "SELECT service_id FROM service_owner WHERE key_id = ?", [signer])}
    return [(i, str(name or i)) for i, name in directory.db.execute(
        "SELECT id, name FROM service ORDER BY sort_name, id")
        if i in published.ids and i not in owned]


# -- building (the coordinator) ----------------------------------------------------------------

def build(directory: Directory, key: Ed25519PrivateKey, publisher: str, version: int,
          out: Path, previous: Path | None = None,
          hand_over: dict[str, str] | None = None,
          accept_hand_over: Sequence[str] = ()) -> bundle.Manifest:
    """Write a signed update file of what this key publishes: the services it owns and those
    no publisher owns here (which it then owns), never another publisher's. It lists
    every service the key has ever removed (with ``previous``, this key's own earlier file,
    also those that file had and the directory has not), so a laptop that skipped an update
    still removes them. ``hand_over`` (service id -> fingerprint) offers services to another
    publisher; ``accept_hand_over`` publishes services another publisher offered to this key
    (they become this key's where the file is applied). A version this key already built
    with other contents is refused: laptops would hold two different versions N."""
    if not 1 <= version <= bundle.MAX_VERSION:
        raise UserError(f"The directory version must be a whole number from 1 to "
                        f"{bundle.MAX_VERSION:,}.")
    if out.exists() and not is_bundle(out):  # the signing key itself, or anything else
        raise UserError(f"{out} is not an update file, so it is not overwritten; give --out "
                        "the name of a new file.")
    signer = bundle.fingerprint(key.public_key())
    built_from: int | None = None
    old_ids: dict[str, set[str]] = {kind: set() for kind in bundle.REMOVABLE}
    if previous is not None:
        old = _own_earlier_file(directory, previous, key)
        if version <= old.version:
            raise UserError(f"The new version must be above the previous one ({old.version}).")
        built_from = old.version
        old_ids = _ids_in(previous)
    present = {kind: {i for (i,) in directory.db.execute(f"SELECT id FROM {table}")}
               for kind, table in (("services", "service"), ("organizations", "organization"),
                                   ("locations", "location"))}
    offered = offers_to(directory.db, signer)
    for service_id in accept_hand_over:
        if service_id not in offered:
            raise UserError(f"Service {service_id} is not offered to this key here (its "
                            "owner's update file offering it has not been taken in here); "
                            "take in the update file of its owner that offers it first.")
    published = publication(directory.db, signer, old_ids["services"] - present["services"],
                            accept_hand_over)
    handed = dict(hand_over or {})
    on_offer = handed_over_before(directory.db, signer, published)  # may go to another key
    for service_id in handed:
        if service_id not in published.ids and service_id not in on_offer:
            raise UserError(f"Service {service_id} is not one this key publishes here (it is "
                            "not in the directory, or another publisher owns it); only its "
                            "owner can hand it over.")
    with tempfile.TemporaryDirectory() as folder:
        services = Path(folder) / bundle.SERVICES
        with services.open("w", encoding="utf-8") as file:
            count = directory.export_json(file, published.keys)
        removed = {kind: sorted(old_ids[kind] - present[kind]) for kind in bundle.REMOVABLE}
        removed["services"] = published.removed
        files = {bundle.SERVICES: bundle.sha256_of(_chunks(services))}
        words = vocabulary_store.added_here(directory.db)
        vocabulary = (json.dumps({"entries": [e.as_json() for e in words]}, ensure_ascii=False,
                                 indent=1) + "\n").encode() if words else b""
        if vocabulary:
            files[bundle.VOCABULARY] = bundle.sha256_of([vocabulary])
        manifest = bundle.Manifest(
            publisher=publisher, key_id=signer, version=version,
            built_from=built_from, created=datetime.now().isoformat(timespec="seconds"),
            files=files,
            counts={"services": count}, removed=removed,
            handed_over=on_offer | handed)
        contents = _contents(manifest)
        _check_version_unused(directory, signer, version, contents)
        data = manifest.to_bytes()
        partial = out.with_name(f".{out.name}.partial")
        try:
            with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
                archive.writestr(bundle.MANIFEST, data)
                archive.writestr(bundle.SIGNATURE, bundle.sign(data, key))
                archive.write(services, bundle.SERVICES)
                if vocabulary:
                    archive.writestr(bundle.VOCABULARY, vocabulary)
            partial.replace(out)
        except OSError as error:
            partial.unlink(missing_ok=True)
            raise UserError(f"Cannot write {out}: {error.strerror}.") from error
    record_publication(directory.db, signer, version, published, handed)
    _remember_built(directory, signer, version, contents)
    return manifest


def _own_earlier_file(directory: Directory, previous: Path, key: Ed25519PrivateKey
                      ) -> bundle.Manifest:
    """The manifest of ``previous``, once it is known to be signed by this very key."""
    old = check(directory, previous, require_trust=False, require_newer=False).manifest
    signer = bundle.fingerprint(key.public_key())
    if old.key_id != signer:
        raise UserError(f"{previous.name} was built with another key ({old.key_id}); "
                        "--previous must be an earlier update file built with this key.")
    archive = SafeZip(previous)
    with archive.open(bundle.MANIFEST) as stream:
        data = stream.read(bundle.MAX_MANIFEST_BYTES + 1)
    with archive.open(bundle.SIGNATURE) as stream:
        signature = stream.read(4096)
    bundle.verify(data, signature, key.public_key(), previous.name)
    return old


def _contents(manifest: bundle.Manifest) -> str:
    """What makes two files of the same version the same: services, removals, offers."""
    return bundle.sha256_of([json.dumps(
        [manifest.files, manifest.removed, manifest.handed_over], sort_keys=True).encode()])


def _check_version_unused(directory: Directory, signer: str, version: int,
                          contents: str) -> None:
    row = directory.db.execute(
        "SELECT contents FROM built_version WHERE key_id = ? AND version = ?",
        [signer, version]).fetchone()
    if row is not None and row[0] != contents:
        (last,) = directory.db.execute("SELECT max(version) FROM built_version WHERE key_id = ?",
                                       [signer]).fetchone()
        raise UserError(f"Version {version} was already published with this key, with other "
                        f"contents; build the next version ({int(last) + 1}) instead.")


def _remember_built(directory: Directory, signer: str, version: int, contents: str) -> None:
    try:
        with transaction(directory.db):
            directory.db.execute(
                "INSERT INTO built_version (key_id, version, contents, built) VALUES (?,?,?,?) "
                "ON CONFLICT (key_id, version) DO NOTHING",
                [signer, version, contents, datetime.now().isoformat(timespec="seconds")])
    except sqlite3.OperationalError as error:
        raise write_error(directory.path, error) from error


def _read_all(stream: IO[bytes]) -> Iterator[bytes]:
    while chunk := stream.read(1 << 20):
        yield chunk


def _chunks(path: Path) -> Iterator[bytes]:
    with path.open("rb") as file:
        while chunk := file.read(1 << 20):
            yield chunk


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
          require_newer: bool = True, payload: bool = True,
          accept_version_jump: bool = False) -> CheckedBundle:
    """The bundle's manifest, once its signature, its trust, its version and (unless not
    ``payload``) the hashes of its files are checked. :func:`apply` hashes services.json as
    it reads it, so a caller about to apply can leave the payload to it. The version is
    compared with the last one applied from the same key; a jump of more than
    MAX_VERSION_JUMP is refused (VersionJumpError) unless ``accept_version_jump``."""
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
    row = directory.db.execute(
        "SELECT name, public_key, areas FROM trusted_key WHERE fingerprint = ?",
        [manifest.key_id]).fetchone()
    trusted_as = ""
    areas: tuple[str, ...] = ()
    if row is not None:
        bundle.verify(data, signature, bundle.parse_public_key(row[1], "trusted key"), name)
        trusted_as, areas = str(row[0]), tuple(str(row[2]).split())
    elif require_trust:
        # the name the file claims, on one line and short: the file chose it
        claimed = cleaned(manifest.publisher)
        claimed = claimed if len(claimed) <= 80 else claimed[:79] + "…"
        raise InvalidFileError(
            f"{name} is signed by a key this laptop does not trust (fingerprint "
            f"{manifest.key_id}, publisher '{claimed}'); add the coordinator's key "
            "with 'referral-app trust add' only if you got it from them in person.")
    if payload:
        _check_hashes(archive, manifest, name)
    installed = publisher_version(directory, manifest.key_id)
    if require_newer and manifest.version <= installed:
        raise InvalidFileError(f"{name} holds directory version {manifest.version}, which is "
                               f"not newer than the installed version {installed} from "
                               f"{trusted_as or manifest.key_id}; nothing to do.")
    if require_newer and manifest.version - installed > MAX_VERSION_JUMP \
            and not accept_version_jump:
        raise VersionJumpError(
            f"{name} jumps from version {installed} to version {manifest.version} of "
            f"{trusted_as or manifest.key_id}, more than {MAX_VERSION_JUMP:,} at once; apply "
            "it only if the coordinator says the jump is right.",
            f"{installed} → {manifest.version}")
    return CheckedBundle(path, manifest, trusted_as, areas, accept_version_jump)


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


def publisher_version(directory: Directory, key_id: str) -> int:
    """The last version applied here from this key (0 when none)."""
    row = directory.db.execute("SELECT version FROM publisher_version WHERE key_id = ?",
                               [key_id]).fetchone()
    return int(row[0]) if row else 0


def installed_version(directory: Directory) -> int:
    try:
        return int(directory.info().get("version", "0") or 0)
    except ValueError:
        return 0


def apply(directory: Directory, checked: CheckedBundle, *, dry_run: bool = False,
          progress: Callable[[int], None] | None = None) -> ImportReport:
    """Apply a checked bundle in one transaction, with its undo record (or a preview, with
    dry_run). ``progress`` hears how many services have been read so far."""
    manifest = checked.manifest
    archive = SafeZip(checked.path)
    ownership = Ownership(directory.db, manifest.key_id, checked.areas, directory.geography,
                          manifest.handed_over)
    step = undo_record.next_step(directory.db.conn)

    def as_signed() -> None:
        """What was read is what the manifest's hash says, or nothing is kept."""
        if hashed.hexdigest() != manifest.files[bundle.SERVICES]:
            raise _does_not_match(checked.path.name, bundle.SERVICES)

    def record_history(report: ImportReport) -> None:
        as_signed()
        if dry_run:  # a preview writes nothing, so it cannot tell which corrections it carries
            return
        ownership.record(manifest.version)
        vocabulary_store.add(directory.db, carried_vocabulary(archive, checked),
                             manifest.key_id)
        conn = directory.db.conn
        now = datetime.now().isoformat(timespec="seconds")
        history_id = add_to_history(conn, manifest.version, checked.publisher_trusted_as,
                                    manifest.key_id, now, report, step)
        # corrections made here that this update now carries are closed with it (and opened
        # again if it is undone)
        report.corrections_taken = [c.id for c in corrections.published(directory)
                                    if c.id is not None]
        corrections.close_taken(directory, report.corrections_taken, history_id)
        for key, value in (("version", str(manifest.version)),
                           ("source", checked.publisher_trusted_as),
                           ("date", manifest.created[:10])):
            conn.execute("INSERT INTO directory_info (key, value) VALUES (?, ?) "
                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value", [key, value])

    with archive.open(bundle.SERVICES) as stream:
        hashed = bundle.HashedReader(stream)
        name = f"{checked.path.name}/{bundle.SERVICES}"
        # a service this file holds as the directory holds it is not read into records again
        # (its fingerprint as read is kept with it), but for a key trusted for some areas,
        # whose every service's places are checked
        records = JsonObjects(JsonStream(hashed, name).records_as_read(), name)
        importer = Importer(directory.db, checked.path.name, skip_invalid=False,
                            dry_run=dry_run, ownership=ownership,
                            read_digests=not checked.areas)
        try:
            with nullcontext() if dry_run else undo_record.recording(directory.db.conn, step):
                report = importer.run(records, manifest.removed, record_history, progress)
        except InvalidFileError:
            as_signed()  # a changed file explains its problems better than they do
            raise
        except sqlite3.OperationalError as error:
            raise write_error(directory.path, error, "nothing was changed") from error
    report.handed_over = ownership.handovers()
    report.taken_over = ownership.takeovers()
    report.claimed = ownership.claims(MAX_CHANGED_KEPT)
    report.claimed_count = len(ownership.taken)
    # The full check of the file reads every page (seconds at 100,000 services), which an
    # update of a few services must not wait for: the command line runs it once the update is
    # reported, and the window in the background (``DirectoryCheck``).
    return report


def add_to_history(conn: sqlite3.Connection, version: int, publisher: str, key_id: str,
                   applied: str, report: ImportReport, step: int) -> int:
    """The update's row in the history, with its undo record ``step`` (whose older records
    are dropped now, in the same transaction); its id."""
    cursor = conn.execute(
        "INSERT INTO update_history (version, publisher, key_id, applied, added, updated, "
        "removed, unchanged, backup, undo_step, undo_schema) VALUES (?,?,?,?,?,?,?,?,'',?,"
        "(SELECT user_version FROM pragma_user_version))",
        [version, publisher, key_id, applied, report.added, report.updated, report.removed,
         report.unchanged, step])
    undo_record.drop_older(conn, step)
    return int(cursor.lastrowid or 0)


def carried_vocabulary(archive: SafeZip, checked: CheckedBundle) -> list[Entry]:
    """The search words an update file carries (none in older files), checked against the
    hash the publisher signed."""
    name, manifest = checked.path.name, checked.manifest
    if bundle.VOCABULARY not in manifest.files:
        return []
    if bundle.VOCABULARY not in archive.names():
        raise InvalidFileError(f"{name} has no {bundle.VOCABULARY}, which its manifest lists; "
                               "ask the coordinator for a new update file.")
    with archive.open(bundle.VOCABULARY) as stream:
        data = stream.read(bundle.MAX_VOCABULARY_BYTES + 1)
    if (len(data) > bundle.MAX_VOCABULARY_BYTES
            or bundle.sha256_of([data]) != manifest.files[bundle.VOCABULARY]):
        raise _does_not_match(name, bundle.VOCABULARY)
    try:
        parsed = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        raise InvalidFileError(f"{name}/{bundle.VOCABULARY} is not readable JSON; ask the "
                               "coordinator for a new update file.") from error
    return entries_from_json(parsed, f"{name}/{bundle.VOCABULARY}")


def history(directory: Directory) -> list[HistoryEntry]:
    return [HistoryEntry(*row) for row in directory.db.execute(
        "SELECT version, publisher, applied, added, updated, removed, unchanged, key_id "
        "FROM update_history ORDER BY id DESC")]


def undo_last(directory: Directory) -> HistoryEntry:
    """Bring back the directory data as it was before the last update; the trust list and
    the corrections made here stay as they are now (``undo.KEPT_ON_UNDO``), and the services
    added here stay in the directory."""
    row = directory.db.execute(
        "SELECT version, publisher, applied, added, updated, removed, unchanged, key_id, "
        "backup, id, undo_step, undo_schema FROM update_history ORDER BY id DESC LIMIT 1"
    ).fetchone()
    if row is None:
        raise UserError("No update has been applied on this laptop; there is nothing to undo.")
    if row[10] is not None:
        take_back(directory.db, int(row[10]), row[11], undone=int(row[9]),
                  before_restoring=lambda: corrections.keep_local_services(directory))
    else:  # applied by an earlier version of Referral App, which kept a copy of the directory
        backup = Path(row[8])
        if not row[8] or not backup.exists():
            raise UserError(f"The copy of the directory from before version {row[0]} is "
                            f"missing ({backup.name}); it cannot be undone.")
        restore_directory_data(directory.db, backup, undone=int(row[9]),
                               before_restoring=_keep_local_services_in_copy)
    directory.forget_cached()
    return HistoryEntry(*row[:8])


def _keep_local_services_in_copy(kept_copy: Path) -> None:
    """Services added on this laptop stay in the directory an undo brings back (put into the
    kept copy before it replaces the directory, so both happen in one step)."""
    copy = Directory.reader(kept_copy)
    try:
        corrections.keep_local_services(copy)
    finally:
        copy.close()




def new_record(path: Path, service_id: str) -> dict[str, Any] | None:
    """The service with this id as an update file (or plain HSDS JSON file) holds it; for an
    older format, as it converts to HSDS 3.1."""
    if is_bundle(path):
        with SafeZip(path).open(bundle.SERVICES) as stream:
            return _find(JsonStream(stream, bundle.SERVICES).records(), service_id)
    converted = converted_services(path)
    if converted is not None:
        return next((obj for obj in converted if obj.get("id") == service_id), None)
    with path.open("rb") as file:
        return _find(JsonStream(file, path.name).records(), service_id)


def _find(records: Iterator[tuple[str, Any]], service_id: str) -> dict[str, Any] | None:
    for _, obj in records:
        if isinstance(obj, dict) and obj.get("id") == service_id:
            return obj
    return None

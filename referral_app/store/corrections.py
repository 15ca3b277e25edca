"""Local corrections in the directory database: recorded, listed, dropped, exported."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Container
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..core.corrections import (
    BY_HAND,
    Correction,
    is_published,
    new_service_record,
    taken_in,
    unlike_the_form,
)
from ..core.errors import UserError
from ..core.hsds_records import Record, RecordReader
from ..core.plain_text import cleaned, visible
from ..core.signed_corrections import signed_corrections_file
from ..core.text import fold
from .database import BACKUPS, keep_copy
from .directory import Directory
from .search_index import reindex
from .transaction import transaction
from .write_errors import write_error

if TYPE_CHECKING:  # loaded where a key is used (30 ms)
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

_COLUMNS = ("service_id, service_name, kind, old_value, new_value, note, made_on, made_by, id")


def record(directory: Directory, correction: Correction) -> Correction:
    correction = correction.check()  # a phone in its dialable form, text without controls
    made_on = correction.made_on or date.today().isoformat()
    try:
        with transaction(directory.db):
            cursor = directory.db.execute(
                "INSERT INTO local_correction (service_id, service_name, kind, old_value, "
                "new_value, note, made_on, made_by) VALUES (?,?,?,?,?,?,?,?)",
                [correction.service_id, correction.service_name, correction.kind,
                 correction.old_value, correction.new_value, correction.note, made_on,
                 correction.made_by])
    except sqlite3.OperationalError as error:
        raise write_error(directory.path, error) from error
    return Correction(correction.service_id, correction.service_name, correction.kind,
                      correction.old_value, correction.new_value, correction.note, made_on,
                      correction.made_by, cursor.lastrowid)


def open_corrections(directory: Directory, service_ids: list[str] | None = None
                     ) -> list[Correction]:
    sql = f"SELECT {_COLUMNS} FROM local_correction WHERE status = 'open'"
    args: list[str] = []
    if service_ids is not None:
        if not service_ids:
            return []
        sql += f" AND service_id IN ({','.join('?' * len(service_ids))})"
        args = list(service_ids)
    return [Correction(*row) for row in directory.db.execute(sql + " ORDER BY id", args)]


def drop(directory: Directory, correction_ids: list[int]) -> None:
    try:
        with transaction(directory.db):
            directory.db.conn.executemany(
                "UPDATE local_correction SET status = 'dropped' WHERE id = ?",
                [(i,) for i in correction_ids])
    except sqlite3.OperationalError as error:
        raise write_error(directory.path, error) from error


def published(directory: Directory) -> list[Correction]:
    """Open corrections the directory's published data now agrees with (the coordinator took
    them in and an update brought them here)."""
    found = []
    for correction in open_corrections(directory):
        record = directory.service(correction.service_id)
        if record is not None and is_published(record, correction):
            found.append(correction)
    return found


def close_taken(directory: Directory, correction_ids: list[int], update: int) -> None:
    """Mark corrections as taken in by the update applied as ``update`` (its update_history
    id), inside that update's transaction."""
    directory.db.conn.executemany(
        "UPDATE local_correction SET status = 'taken', taken_by = ? WHERE id = ?",
        [(update, i) for i in correction_ids])


def keep_local_services(directory: Directory) -> None:
    """After an undo: every service added here whose correction is open is in the directory
    and found by search (put back from the correction when the directory kept from before
    the update did not have it yet; its search rows rebuilt when it did)."""
    missing: list[Record] = []
    keys: list[int] = []
    for correction in open_corrections(directory):
        if correction.kind != "new_service":
            continue
        row = directory.db.execute("SELECT key FROM service WHERE id = ?",
                                   [correction.service_id]).fetchone()
        if row is not None:
            keys.append(int(row[0]))
            continue
        try:
            service = new_service_record(correction)
        except UserError:  # stored by this laptop, so readable; never block an undo on it
            continue
        missing.extend(RecordReader("services added here").records("", service))
    try:
        if missing:
            directory.import_records(missing, "services added here", skip_invalid=True)
        if keys:
            with transaction(directory.db):
                reindex(directory.db, keys, directory.geography)
    except sqlite3.OperationalError as error:
        raise write_error(directory.path, error) from error


def to_send(directory: Directory) -> list[Correction]:
    """The open corrections made here; refused when there are none."""
    found = open_corrections(directory)
    if not found:
        raise UserError("There are no corrections to send.")
    return found


def export(directory: Directory, out: Path, sender: str, organization: str,
           key: Ed25519PrivateKey) -> int:
    """Write the open corrections to ``out``, signed with this laptop's key."""
    corrections = to_send(directory)
    partial = out.with_name(f".{out.name}.partial")
    try:
        partial.write_text(signed_corrections_file(corrections, sender, organization, key),
                           encoding="utf-8")
        partial.replace(out)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise UserError(f"Cannot write {out}: {error.strerror}.") from error
    return len(corrections)


def add_local_service(directory: Directory, service: dict[str, Any], made_by: str) -> str:
    """Put a service found locally into the directory, and keep it as a correction to send."""
    records = list(RecordReader("local service").records("", service))
    problems = [p for r in records for p in r.problems + r.dropped]
    if problems:
        raise UserError(f"The service cannot be added: {problems[0].message}.")
    directory.import_records(records, "local service")
    record(directory, Correction(str(service["id"]), str(service["name"]), "new_service",
                                 new_value=json.dumps(service, ensure_ascii=False),
                                 made_by=made_by))
    return str(service["id"])


# -- the coordinator's side ------------------------------------------------------------------

@dataclass
class Acceptance:
    """What taking a corrections file into the master directory did, or would do."""

    taken: list[Correction] = field(default_factory=list)
    flagged: list[Correction] = field(default_factory=list)  # numbers reported not working
    by_hand: list[Correction] = field(default_factory=list)  # written values: a person's job
    not_taken: list[tuple[Correction, str]] = field(default_factory=list)  # and why
    backup: Path | None = None  # the directory as it was before


def accept(directory: Directory, received: list[Correction], verifier: str, source: str, *,
           dry_run: bool = False, remove_dead_numbers: bool = False,
           dead_numbers: Container[tuple[str, str]] = (),
           today: date | None = None) -> Acceptance:
    """Take corrections from a registered laptop (laptops.receive) into this (the
    coordinator's) directory, all in one import after a copy of the directory is kept:
    verification dates up to today, and services added on a laptop as its form makes them
    (unverified, with a name no service here has). A number reported not working is only
    flagged for the coordinator, unless ``remove_dead_numbers`` (all of them) or it is one of
    ``dead_numbers`` ((service id, number) pairs the coordinator chose, one by one).
    Corrections written as free text (phone, hours, address) are listed for the coordinator
    to put in by hand."""
    day = (today or date.today()).isoformat()
    result = Acceptance()
    records: dict[str, dict[str, Any]] = {}
    names = _ServiceNames(directory)
    for correction in received:
        if correction.kind in BY_HAND:
            result.by_hand.append(correction)
            continue
        if correction.kind == "new_service":
            record, why = _new_service(directory, correction, day, names)
        else:
            current = records.get(correction.service_id) or directory.service(
                correction.service_id)
            record, why = (None, "the service is not in this directory") if current is None \
                else taken_in(current, correction, verifier, day)
        if record is None:
            result.not_taken.append((correction, why))
            continue
        if correction.kind == "number_not_working" and not remove_dead_numbers and \
                (correction.service_id, correction.old_value) not in dead_numbers:
            result.flagged.append(correction)  # the coordinator calls it, then decides
            continue
        records[correction.service_id] = record
        result.taken.append(correction)
    if not records or dry_run:
        return result
    read = [r for record in records.values()
            for r in RecordReader(source).records("", record)]
    problems = [problem for r in read for problem in r.problems + r.dropped]
    if problems:
        raise UserError(f"Nothing was taken in: {problems[0]}.")
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    result.backup = directory.path.parent / BACKUPS / f"directory-before-corrections-{stamp}.db"
    keep_copy(directory.db, result.backup)
    directory.import_records(read, source)
    directory.verify()
    return result


class _ServiceNames:
    """The folded names of the directory's services, read when first asked, and of the
    services added so far from the same file."""

    def __init__(self, directory: Directory) -> None:
        self._directory = directory
        self._folded: set[str] | None = None

    def has(self, name: str) -> bool:
        return same_name(name) in self._names()

    def add(self, name: str) -> None:
        self._names().add(same_name(name))

    def _names(self) -> set[str]:
        if self._folded is None:
            self._folded = {same_name(n) for (n,) in self._directory.db.execute(
                "SELECT name FROM service WHERE name IS NOT NULL")}
        return self._folded


# Cyrillic and Greek letters drawn like Latin ones (after folding to lower case)
_LOOK_ALIKES = str.maketrans({
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p",
    "с": "c", "т": "t", "у": "y", "х": "x", "і": "i", "ї": "i", "ј": "j", "ѕ": "s", "ԁ": "d",
    "ӏ": "l", "һ": "h", "ԛ": "q", "ԝ": "w", "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i",
    "κ": "k", "ν": "v", "ο": "o", "ρ": "p", "τ": "t", "υ": "u", "χ": "x", "ω": "w",
})


def same_name(name: str) -> str:
    """What two service names that look the same have in common: the name as it would be
    stored (hidden characters taken out), folded, look-alike letters made Latin, and only its
    letters and digits (so spaces, wide spaces and punctuation do not tell names apart)."""
    folded = fold(cleaned(name)).translate(_LOOK_ALIKES)
    return "".join(ch for ch in folded if ch.isalnum())


def _new_service(directory: Directory, correction: Correction, today: str,
                 names: _ServiceNames) -> tuple[dict[str, Any] | None, str]:
    try:
        record = new_service_record(correction)
    except UserError as error:
        return None, str(error)
    unlike = unlike_the_form(record, today)
    if unlike:
        return None, unlike
    problems = [p for r in RecordReader("").records("", record) for p in r.problems + r.dropped]
    if problems:
        return None, f"it cannot be added: {problems[0].field} {problems[0].message}"
    # A service added on a laptop has ids of its own; one that names records the directory
    # has would change them (taking the same file in twice, or a made-up file).
    organization = record.get("organization")
    located = record.get("service_at_locations")
    ids = [record.get("id"), organization.get("id") if isinstance(organization, dict) else None,
           *(sal["location"].get("id") for sal in (located if isinstance(located, list) else [])
             if isinstance(sal, dict) and isinstance(sal.get("location"), dict))]
    wanted = [str(i) for i in ids if i]
    marks = ",".join("?" * len(wanted))
    for table in ("service", "organization", "location"):
        if wanted and directory.db.execute(
                f"SELECT 1 FROM {table} WHERE id IN ({marks}) LIMIT 1", wanted).fetchone():
            return None, "it is already in this directory"
    # A look-alike of a service the directory has (another "National ... Hotline") is refused.
    name = str(record.get("name", ""))
    if names.has(name):
        return None, f"a service named {visible(name)} is in this directory already"
    names.add(name)
    return record, ""

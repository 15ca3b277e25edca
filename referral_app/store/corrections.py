"""Local corrections in the directory database: recorded, listed, dropped, exported."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from ..core.corrections import (
    BY_HAND,
    Correction,
    corrections_file,
    is_published,
    new_service_record,
    taken_in,
)
from ..core.errors import DatabaseError, UserError
from ..core.hsds_records import RecordReader
from .database import BACKUPS, keep_copy
from .directory import Directory

_COLUMNS = ("service_id, service_name, kind, old_value, new_value, note, made_on, made_by, id")


def record(directory: Directory, correction: Correction) -> Correction:
    correction = correction.check()  # a phone in its dialable form, text without controls
    made_on = correction.made_on or date.today().isoformat()
    try:
        with directory.db.conn:
            cursor = directory.db.execute(
                "INSERT INTO local_correction (service_id, service_name, kind, old_value, "
                "new_value, note, made_on, made_by) VALUES (?,?,?,?,?,?,?,?)",
                [correction.service_id, correction.service_name, correction.kind,
                 correction.old_value, correction.new_value, correction.note, made_on,
                 correction.made_by])
    except sqlite3.OperationalError as error:
        raise _not_kept(error) from error
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
        with directory.db.conn:
            directory.db.conn.executemany(
                "UPDATE local_correction SET status = 'dropped' WHERE id = ?",
                [(i,) for i in correction_ids])
    except sqlite3.OperationalError as error:
        raise _not_kept(error) from error


def published(directory: Directory) -> list[Correction]:
    """Open corrections the directory's published data now agrees with (the coordinator took
    them in and an update brought them here)."""
    found = []
    for correction in open_corrections(directory):
        record = directory.service(correction.service_id)
        if record is not None and is_published(record, correction):
            found.append(correction)
    return found


def close_taken(directory: Directory, correction_ids: list[int]) -> None:
    """Mark corrections as taken in, inside the caller's transaction (an update's)."""
    directory.db.conn.executemany("UPDATE local_correction SET status = 'taken' WHERE id = ?",
                                  [(i,) for i in correction_ids])


def _not_kept(error: sqlite3.OperationalError) -> DatabaseError:
    if "locked" in str(error) or "busy" in str(error):
        return DatabaseError("The directory is busy with another change (an update?); try "
                             "again when it is finished.")
    return DatabaseError(f"The directory could not be written ({error}); nothing was changed.")


def export(directory: Directory, out: Path, sender: str, organization: str) -> int:
    corrections = open_corrections(directory)
    if not corrections:
        raise UserError("There are no corrections to send.")
    partial = out.with_name(f".{out.name}.partial")
    try:
        partial.write_text(corrections_file(corrections, sender, organization),
                           encoding="utf-8")
        partial.replace(out)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise UserError(f"Cannot write {out}: {error.strerror}.") from error
    return len(corrections)


def add_local_service(directory: Directory, service: dict[str, Any], made_by: str) -> str:
    """Put a service found locally into the directory, and keep it as a correction to send."""
    records = list(RecordReader("local service").records("", service))
    problems = [p for r in records for p in r.problems]
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
    by_hand: list[Correction] = field(default_factory=list)  # written values: a person's job
    not_taken: list[tuple[Correction, str]] = field(default_factory=list)  # and why
    backup: Path | None = None  # the directory as it was before


def accept(directory: Directory, received: list[Correction], verifier: str, source: str, *,
           dry_run: bool = False) -> Acceptance:
    """Take corrections from a caseworker into this (the coordinator's) directory, all in one
    import after a copy of the directory is kept: verification dates, numbers that do not
    work, services added on a laptop. Corrections written as free text (phone, hours,
    address) are listed for the coordinator to put in by hand."""
    result = Acceptance()
    records: dict[str, dict[str, Any]] = {}
    for correction in received:
        if correction.kind in BY_HAND:
            result.by_hand.append(correction)
            continue
        if correction.kind == "new_service":
            record, why = _new_service(directory, correction)
        else:
            current = records.get(correction.service_id) or directory.service(
                correction.service_id)
            record, why = (None, "the service is not in this directory") if current is None \
                else taken_in(current, correction, verifier)
        if record is None:
            result.not_taken.append((correction, why))
            continue
        records[correction.service_id] = record
        result.taken.append(correction)
    if not records or dry_run:
        return result
    read = [r for record in records.values()
            for r in RecordReader(source).records("", record)]
    problems = [problem for r in read for problem in r.problems]
    if problems:
        raise UserError(f"Nothing was taken in: {problems[0]}.")
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    result.backup = directory.path.parent / BACKUPS / f"directory-before-corrections-{stamp}.db"
    keep_copy(directory.db, result.backup)
    directory.import_records(read, source)
    return result


def _new_service(directory: Directory, correction: Correction
                 ) -> tuple[dict[str, Any] | None, str]:
    try:
        record = new_service_record(correction)
    except UserError as error:
        return None, str(error)
    problems = [p for r in RecordReader("").records("", record) for p in r.problems]
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
    return record, ""

"""Local corrections in the directory database: recorded, listed, dropped, exported."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

from ..core.corrections import Correction, corrections_file
from ..core.errors import DatabaseError, UserError
from ..core.hsds_records import RecordReader
from .directory import Directory

_COLUMNS = ("service_id, service_name, kind, old_value, new_value, note, made_on, made_by, id")


def record(directory: Directory, correction: Correction) -> Correction:
    correction.check()
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

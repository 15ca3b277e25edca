"""Undoing an update brings back the directory data from before it, and nothing else.

An update keeps an undo record of the rows it changed (``undo_record``); undoing it changes
them back in one transaction. Updates applied by earlier versions kept a copy of the whole
directory instead, which ``restore_directory_data`` brings back as described here.

The trust list and the corrections made on this laptop are never rolled back: an undo must not
bring back a key that was removed after the update (nor forget its replacement), nor drop a
caseworker's corrections; but the corrections the undone update closed are open again. Those
tables are first copied from the live directory into the kept copy; then the kept copy replaces
the directory with SQLite's online backup, one transaction that copies pages (fast at 100,000
services) and leaves the directory exactly as before or exactly as after. (A trust or
correction change committed by another connection in the instant between those two steps
would be rolled back; the window lets no correction be made while an undo runs.)
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.errors import UserError
from . import undo_record
from .database import leaving_wal
from .transaction import transaction
from .undo_record import KEPT_ON_UNDO as KEPT_ON_UNDO  # where the command line reads it

if TYPE_CHECKING:
    import sqlite_utils

def restore_directory_data(db: sqlite_utils.Database, backup: Path,
                           undone: int | None = None,
                           before_restoring: Callable[[Path], None] | None = None) -> None:
    """Make the directory the one kept in ``backup``, but for the tables in KEPT_ON_UNDO,
    which stay as they are now; the corrections closed by the update ``undone`` (its
    update_history id) are open again. ``before_restoring`` may change the kept copy last
    (it becomes the directory in the same step). UserError, and nothing changed, when it
    cannot be done."""
    live = db.execute("PRAGMA database_list").fetchone()[2]
    source = sqlite3.connect(backup, isolation_level=None)
    try:
        if _schema(source) != _schema(db.conn):
            raise UserError(f"The copy of the directory kept before the last update "
                            f"({backup.name}) was made by another version of Referral App, so "
                            "the update cannot be undone; the directory is unchanged.")
        copy_tables(source, live)
        _after_undoing(source, undone)
        if before_restoring is not None:
            before_restoring(backup)
        with leaving_wal(db):
            source.backup(db.conn)
    except sqlite3.OperationalError as error:  # busy, locked, disk full: nothing was written
        raise UserError(f"The directory could not be changed back ({error}); nothing "
                        "changed.") from error
    except sqlite3.DatabaseError as error:
        raise UserError(f"The copy of the directory kept before the last update "
                        f"({backup.name}) is damaged, so the update cannot be undone; the "
                        "directory is unchanged.") from error
    finally:
        source.close()


def take_back(db: sqlite_utils.Database, step: int, schema: int | None, undone: int,
              before_restoring: Callable[[], None] | None = None) -> None:
    """Change back what the update ``undone`` (its update_history id) changed, from its undo
    record ``step`` written with the schema ``schema``; the corrections it closed are open
    again. ``before_restoring`` may change the directory last, in the same transaction.
    UserError, and nothing changed, when it cannot be done."""
    if schema != _schema(db.conn):
        raise UserError("The record of what the last update changed was made by another "
                        "version of Referral App, so the update cannot be undone; the "
                        "directory is unchanged.")
    if not undo_record.has_record(db.conn, step):
        raise UserError(f"The record of what the last update changed is no longer kept (only "
                        f"the last {undo_record.KEPT_STEPS} updates can be undone), so it "
                        "cannot be undone; the directory is unchanged.")
    try:
        with leaving_wal(db), transaction(db):
            undo_record.take_back(db.conn, step)
            _after_undoing(db.conn, undone)
            if before_restoring is not None:
                before_restoring()
    except sqlite3.OperationalError as error:  # busy, locked, disk full: nothing was written
        raise UserError(f"The directory could not be changed back ({error}); nothing "
                        "changed.") from error


def _after_undoing(conn: sqlite3.Connection, undone: int | None) -> None:
    """The corrections the undone update closed are open again; ownership follows the
    directory data brought back, but a key released since (a stolen one) gets nothing back."""
    if undone is not None:
        conn.execute("UPDATE main.local_correction SET status = 'open', taken_by = NULL "
                     "WHERE status = 'taken' AND taken_by = ?", [undone])
    conn.execute("DELETE FROM main.service_owner WHERE key_id IN "
                 "(SELECT key_id FROM main.released_key)")
    conn.execute("DELETE FROM main.shared_owner WHERE key_id IN "
                 "(SELECT key_id FROM main.released_key)")


def _schema(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def copy_tables(into: sqlite3.Connection, from_file: str,
                tables: tuple[str, ...] = tuple(KEPT_ON_UNDO)) -> None:
    """Make ``tables`` in ``into`` hold what they hold in the database file ``from_file`` (one
    transaction: all the tables, or none). The columns both have are copied."""
    into.execute("ATTACH DATABASE ? AS other", [from_file])
    try:
        with transaction(into, immediate=False):
            for table in tables:
                mine = [row[1] for row in into.execute(f"PRAGMA main.table_info({table})")]
                theirs = {row[1] for row in into.execute(f"PRAGMA other.table_info({table})")}
                if not theirs:
                    raise sqlite3.OperationalError(f"no table {table} to copy from")
                columns = ", ".join(c for c in mine if c in theirs)
                into.execute(f"DELETE FROM main.{table}")
                into.execute(f"INSERT INTO main.{table} ({columns}) "
                             f"SELECT {columns} FROM other.{table}")
    finally:
        into.execute("DETACH DATABASE other")

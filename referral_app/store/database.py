"""Open the directory database: pragmas, numbered migrations, refusal of newer files.

Migrations are the SQL files in ``db/migrations`` (``0001_name.sql``, …), applied in order, each
in its own transaction, after a backup of the file. ``PRAGMA user_version`` holds how many have
been applied; a file whose number is above ours was made by a newer version and is refused.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..core.errors import DatabaseError, DataFolderError
from .integrity import check_header, damaged, is_damage
from .private_files import private_folder
from .transaction import transaction

if TYPE_CHECKING:
    from sqlite_utils import Database as Database
else:
    class Database:
        """The part of sqlite-utils' ``Database`` the store uses (``conn`` and ``execute``),
        without loading sqlite-utils: a tenth of a second of every start and every command.
        Type checking sees sqlite-utils' own class, so a use of anything else is caught."""

        def __init__(self, conn: Any) -> None:
            self.conn = conn
            conn.execute("PRAGMA recursive_triggers = on")  # as sqlite-utils sets it

        def execute(self, sql: str, parameters: Any = None) -> Any:
            if parameters is None:
                return self.conn.execute(sql)
            return self.conn.execute(sql, parameters)


log = logging.getLogger(__name__)
DIRECTORY_FILE = "directory.db"
BACKUPS = "backups"  # beside the database: copies from before updates and accepted corrections


def migrations() -> list[tuple[str, str]]:
    """(name, SQL) of every migration, in order."""
    folder = resources.files("referral_app.db") / "migrations"
    files = sorted((f for f in folder.iterdir() if f.name.endswith(".sql")), key=lambda f: f.name)
    return [(f.name.removesuffix(".sql"), f.read_text(encoding="utf-8")) for f in files]


def connect(path: Path) -> Database:
    """A connection with our pragmas, in autocommit mode: callers open transactions."""
    try:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA synchronous = FULL")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    except sqlite3.DatabaseError as error:
        raise _explain(path, error) from error
    if mode != "wal":
        log.warning("directory database is in %s journal mode, not WAL", mode)
    return Database(conn)


def open_database(path: Path) -> tuple[Database, bool]:
    """Open (creating if needed) and migrate the database; True when it was just created."""
    _check_folder(path.parent)
    created = not path.exists() or path.stat().st_size == 0
    check_header(path)
    db = connect(path)
    try:
        _migrate(db, path, created)
    except sqlite3.DatabaseError as error:
        db.conn.close()
        raise _explain(path, error) from error
    except BaseException:
        db.conn.close()
        raise
    return db, created


def _migrate(db: Database, path: Path, created: bool) -> None:
    steps = migrations()
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if version > len(steps):
        raise DatabaseError(
            f"{path.name} was made by a newer version of Referral App (schema {version}, this "
            f"version knows {len(steps)}); install the newer version to open it."
        )
    if version < len(steps) and not created:
        backup = path.with_name(f"{path.name}.before-schema-{len(steps)}")
        backup_to(db, backup)
        log.info("backed up the directory to %s before migrating", backup.name)
    for number, (name, sql) in enumerate(steps, start=1):
        if number <= version:
            continue
        log.info("applying migration %s", name)
        with transaction(db):
            for statement in statements(sql):
                db.execute(statement)
            db.execute(f"PRAGMA user_version = {number}")


def statements(sql: str) -> list[str]:
    """Split a migration into statements (sqlite3.complete_statement knows where they end)."""
    out, current = [], ""
    for line in sql.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            if current.strip():
                out.append(current.strip())
            current = ""
    if current.strip() and not current.strip().startswith("--"):
        out.append(current.strip())
    return out


def backup_to(db: Database, target: Path) -> None:
    """A consistent copy of the database at ``target`` (SQLite's online backup)."""
    dest = sqlite3.connect(target)
    try:
        db.conn.backup(dest)
    finally:
        dest.close()


@contextmanager
def leaving_wal(db: Database) -> Iterator[None]:
    """Commits inside leave their pages in the write-ahead log: without the automatic
    checkpoint that would copy a large one into the database file before returning (seconds
    at 100,000 services). A commit is as durable either way. When the block succeeds, the
    copying is started on a background thread (``checkpoint_soon``), so that nobody waits for
    it and the next small change (a correction) does not have to do it."""
    (pages,) = db.execute("PRAGMA wal_autocheckpoint").fetchone()
    db.execute("PRAGMA wal_autocheckpoint = 0")
    try:
        yield
    finally:
        db.execute(f"PRAGMA wal_autocheckpoint = {int(pages)}")
    file = db.execute("PRAGMA database_list").fetchone()[2]
    if file:  # not an in-memory database
        checkpoint_soon(Path(file))


def keep_copy(db: Database, target: Path) -> None:
    """A copy of the database at ``target`` (its folder made if needed) before a large change;
    DataFolderError, which says nothing was changed, when it cannot be written."""
    try:
        target.parent.mkdir(exist_ok=True)
        backup_to(db, target)
    except (OSError, sqlite3.Error) as error:
        if target.is_file():  # half-written
            target.unlink()
        raise DataFolderError(f"Cannot keep a copy of the directory in {target.parent} "
                              f"({error}); nothing was changed.") from error


# The checkpoint threads of each database file: each waits for the one before it.
_checkpoints: dict[Path, threading.Thread] = {}
_checkpoints_lock = threading.Lock()


def checkpoint_soon(path: Path) -> None:
    """Copy what is committed in the write-ahead log into the database file, on a thread and
    connection of its own. Readers and writers go on meanwhile: a passive checkpoint waits
    for nobody."""
    path = path.resolve()
    with _checkpoints_lock:
        earlier = _checkpoints.get(path)
        thread = threading.Thread(target=_checkpoint, args=(path, earlier),
                                  name="directory-checkpoint", daemon=True)
        _checkpoints[path] = thread
        thread.start()


def wait_for_checkpoints(path: Path) -> None:
    """Return when every checkpoint started for this file is done."""
    with _checkpoints_lock:
        last = _checkpoints.pop(path.resolve(), None)
    if last is not None:
        last.join()


def _checkpoint(path: Path, earlier: threading.Thread | None) -> None:
    if earlier is not None:
        earlier.join()
    try:
        conn = sqlite3.connect(path)
        try:
            conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
        finally:
            conn.close()
    except sqlite3.Error as error:  # the next commit's own checkpoint tries again
        log.warning("directory checkpoint in the background failed: %s", error)


def _check_folder(folder: Path) -> None:
    try:
        private_folder(folder)
        probe = folder / ".write-test"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as error:
        raise DataFolderError(
            f"Cannot write to the data folder {folder} ({error.strerror}); "
            "choose another with --data-dir or fix its permissions."
        ) from error


def _explain(path: Path, error: sqlite3.DatabaseError) -> DatabaseError:
    text = str(error)
    if is_damage(error):
        return damaged(path, text)
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return DatabaseError(
            f"Cannot write {path.name} in {path.parent}; check that the folder and file are "
            "writable, or choose another folder with --data-dir."
        )
    return DatabaseError(f"{path.name} cannot be used: {text}.")

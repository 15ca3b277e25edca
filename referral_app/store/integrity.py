"""Whether the directory file can be trusted.

Opening only looks cheaply: the file's header, and that the schema and the service table can
be read; its cost does not grow with the directory. The full check (SQLite's ``quick_check``,
which reads every page: 370 ms at 100,000 services) runs where it matters: after an import or
an update is written, by ``referral-app check``, and in the window in the background after it
shows. Its result is read: anything but "ok" is damage.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from ..core.errors import DirectoryDamagedError

log = logging.getLogger(__name__)
HEADER = b"SQLite format 3\x00"
_DAMAGE_CODES = (11, 26)  # SQLITE_CORRUPT, SQLITE_NOTADB
_DAMAGE_WORDS = ("malformed", "not a database", "corrupt")


def damaged(path: Path, problem: str = "") -> DirectoryDamagedError:
    if problem:
        log.warning("%s is damaged: %s", path, problem)
    return DirectoryDamagedError(f"{path.name} in {path.parent}", problem)


def is_damage(error: BaseException) -> bool:
    """Whether an SQLite error says the file is damaged (rather than busy, full, read-only)."""
    if not isinstance(error, sqlite3.DatabaseError):
        return False
    code = getattr(error, "sqlite_errorcode", None)
    return code in _DAMAGE_CODES or any(word in str(error) for word in _DAMAGE_WORDS)


def check_header(path: Path) -> None:
    """A file that is not empty must start as an SQLite database does."""
    try:
        with path.open("rb") as file:
            start = file.read(len(HEADER))
    except FileNotFoundError:
        return
    if start and start != HEADER:
        raise damaged(path, "the file does not start as a database does")


def check_schema(conn: sqlite3.Connection, path: Path) -> None:
    """The schema and the first page of the service table can be read (cheap)."""
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("SELECT * FROM service LIMIT 1").fetchone()
    except sqlite3.DatabaseError as error:
        if is_damage(error) or "no such table" in str(error):
            raise damaged(path, str(error)) from error
        raise


def first_problem(conn: sqlite3.Connection) -> str:
    """SQLite's quick_check, read: "" when the file is sound, else its first problem."""
    try:
        rows = conn.execute("PRAGMA quick_check(1)").fetchall()
    except sqlite3.DatabaseError as error:
        if not is_damage(error):
            raise
        return str(error)
    found = [str(row[0]) for row in rows]
    return "" if found == ["ok"] else "; ".join(found)


def verify(conn: sqlite3.Connection, path: Path) -> None:
    """DirectoryDamagedError when the full check finds a problem."""
    problem = first_problem(conn)
    if problem:
        raise damaged(path, problem)


def verify_file(path: Path) -> None:
    """The full check on a connection of its own (for a background thread)."""
    check_header(path)
    try:
        conn = sqlite3.connect(path, isolation_level=None)
    except sqlite3.DatabaseError as error:
        raise damaged(path, str(error)) from error
    try:
        check_schema(conn, path)
        verify(conn, path)
    finally:
        conn.close()

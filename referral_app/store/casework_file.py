"""The encrypted casework file itself: opening it, checking it is whole, and putting another
file (a kept copy, a backup) in its place while keeping the one there aside.

Nothing from here is logged.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlcipher3

from ..core.errors import UserError
from .private_files import private_file
from .transaction import transaction

CASEWORK_FILE = "casework.db"
SQLITE_HEADER = b"SQLite format 3\x00"
STAMP = "%Y%m%dT%H%M%S.%f"
SHOWN = "%Y-%m-%d, %H:%M"  # a comma: a Nastaliq space between digits is too thin to see
READ_ERRORS = (sqlcipher3.DatabaseError, sqlite3.DatabaseError)


class CaseworkDamagedError(UserError):
    """The casework file cannot be read whole; ``copy_made`` is when the last good copy kept
    beside it was made (None when there is none)."""

    def __init__(self, copy_made: datetime | None) -> None:
        if copy_made is None:
            text = ("The casework file is damaged, so referrals cannot be read, and there is no "
                    "good copy of it; it has been left untouched.")
        else:
            text = ("The casework file is damaged, so referrals cannot be read; the last good "
                    f"copy was made on {copy_made.strftime(SHOWN)} and can be put back.")
        super().__init__(text)
        self.copy_made = copy_made


class CaseworkOlderError(CaseworkDamagedError):
    """The casework file is older than the newest good copy kept beside it (a copy or backup
    put in its place by hand), or is another laptop's; ``copy_made`` is when that copy was
    made, and it can be put back as a damaged file's copy can."""

    def __init__(self, copy_made: datetime, other_file: bool) -> None:
        if other_file:
            text = ("The casework file is not the one this laptop kept copies of (it may come "
                    f"from another laptop); the copy kept on {copy_made.strftime(SHOWN)} can be "
                    "put back.")
        else:
            text = (f"The casework file is older than the copy kept on "
                    f"{copy_made.strftime(SHOWN)}, which holds later changes; that copy can be "
                    "put back.")
        UserError.__init__(self, text)
        self.copy_made = copy_made
        self.other_file = other_file


@dataclass(frozen=True)
class Generation:
    """Which casework file this is (a random id made with it) and how many times it was
    saved: of two states of the same file, the one saved more often is the newer."""

    file_id: str
    saves: int

    def is_newer_than(self, live: Generation | None) -> bool:
        """Whether a copy of this generation holds what ``live`` lacks: later changes to the
        same file, or another file altogether."""
        if live is None:
            return False
        return self.file_id != live.file_id or self.saves > live.saves


def generation(conn: Any) -> Generation | None:
    """The file's generation (None for a file from before it was kept)."""
    try:
        row = conn.execute("SELECT file_id, saves FROM casework_generation WHERE id = 1"
                           ).fetchone()
    except READ_ERRORS:
        return None
    return None if row is None else Generation(str(row[0]), int(row[1]))


def new_file_id(conn: Any) -> None:
    """The file goes on apart from the state it was copied from (an older backup put back, an
    older file kept on purpose): a new id, so that no copy of the other state is ever taken
    for an older one of this file and dropped."""
    with transaction(conn):
        conn.execute("UPDATE casework_generation SET file_id = lower(hex(randomblob(16))) "
                     "WHERE id = 1")


def file_generation(path: Path, passphrase: str) -> Generation | None:
    """The generation of a casework file that opens with the passphrase (else None)."""
    try:
        conn = connect(path, passphrase)
    except READ_ERRORS:
        return None
    try:
        return generation(conn)
    finally:
        conn.close()


@dataclass(frozen=True)
class Restored:
    """What was put in place of the casework file."""

    made: datetime
    referrals: int
    kept_aside: Path | None


def quoted(passphrase: str) -> str:
    return "'" + passphrase.replace("'", "''") + "'"


def connect(path: Path, passphrase: str) -> Any:
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA cipher_log_level = NONE")  # wrong keys are our message, not stderr's
    conn.execute(f"PRAGMA key = {quoted(passphrase)}")
    return conn


def opens(conn: Any) -> bool:
    """Whether the passphrase given to ``conn`` opens the file (its first page decrypts)."""
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except READ_ERRORS:
        return False
    return True


def is_whole(conn: Any) -> bool:
    """Every page decrypts and authenticates, and the b-trees are sound."""
    try:
        if conn.execute("PRAGMA cipher_integrity_check").fetchall():
            return False
        return [tuple(row) for row in conn.execute("PRAGMA quick_check")] == [("ok",)]
    except READ_ERRORS:
        return False


def looks_encrypted(data: bytes) -> bool:
    """Whole pages, and not a plain SQLite file."""
    return len(data) >= 1024 and len(data) % 1024 == 0 and data[:16] != SQLITE_HEADER


def whole_bytes(conn: Any, path: Path) -> bytes | None:
    """The file's bytes as they are after the last commit, when it is whole (else None). A read
    transaction keeps any other writer out while the file is checked and read."""
    with transaction(conn, immediate=False):
        if not opens(conn) or not is_whole(conn):
            return None
        return path.read_bytes()


def write_private(path: Path, data: bytes) -> None:
    """Write the whole file or nothing: beside it first, then put in place, 0600."""
    partial = path.with_name(path.name + ".partial")
    try:
        with open(partial, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        private_file(partial)
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def count_good(path: Path, passphrase: str) -> int | None:
    """How many referrals the file holds when it opens with the passphrase and is whole and
    is casework; None otherwise."""
    try:
        conn = connect(path, passphrase)
    except READ_ERRORS:
        return None
    try:
        if not opens(conn) or not is_whole(conn):
            return None
        tables = {name for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not {"referral", "referral_service", "audit"} <= tables:
            return None
        return int(conn.execute("SELECT count(*) FROM referral").fetchone()[0])
    except READ_ERRORS:
        return None
    finally:
        conn.close()


def put_in_place(data_dir: Path, source: Path, why: str, now: datetime) -> Path | None:
    """Put ``source`` (a checked file in ``data_dir``) in place of the casework file; the one
    there, and its journal, are renamed ``casework-<why>-<when>.db``, never deleted. Returns
    that name (None when there was no file)."""
    live = data_dir / CASEWORK_FILE
    aside = None
    if live.exists():
        aside = data_dir / f"casework-{why}-{now.strftime(STAMP)}.db"
        os.replace(live, aside)
        journal = live.with_name(live.name + "-journal")
        if journal.exists():  # it belongs to the old file: it must never touch the new one
            os.replace(journal, aside.with_name(aside.name + "-journal"))
        private_file(aside)
    try:
        os.replace(source, live)
    except OSError:
        if aside is not None:
            os.replace(aside, live)  # as it was
        raise
    private_file(live)
    return aside

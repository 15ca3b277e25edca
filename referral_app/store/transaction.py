"""One way to write a transaction in the store.

The connections are in autocommit mode (``isolation_level=None``), so ``with conn:`` opens no
transaction and each statement commits on its own. ``transaction(db)`` BEGINs (IMMEDIATE by
default: the write lock is taken at once, so two writers never both read and then collide),
COMMITs when the block ends and ROLLBACKs when it raises. Inside another transaction it is a
SAVEPOINT, released or rolled back to on its own, so a helper that writes in a transaction can
be called from a caller's transaction too.

SQLite rolls a transaction back by itself on some errors (a full disk, out of memory, an
interrupt); the rollback is then only done when a transaction is still open, so that "cannot
rollback - no transaction is active" never hides the real error.

It works with an ``sqlite_utils.Database`` or with any DB-API connection that has
``execute`` and ``in_transaction`` (``sqlite3``, ``sqlcipher3``) in autocommit mode.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, Protocol

log = logging.getLogger(__name__)


class _Connection(Protocol):
    @property
    def in_transaction(self) -> bool: ...

    def execute(self, sql: str, /) -> Any: ...


class Transaction:
    """The open transaction: ``roll_back_at_end()`` makes the block end in a rollback though
    it succeeds (a dry run that writes to count, then keeps nothing)."""

    def __init__(self) -> None:
        self.keep = True

    def roll_back_at_end(self) -> None:
        self.keep = False


_names = itertools.count(1)


@contextmanager
def transaction(db: Any, *, immediate: bool = True) -> Iterator[Transaction]:
    """All the writes in the block, or none of them. ``db`` is an sqlite_utils.Database or a
    DB-API connection; ``immediate`` False begins a deferred (read first) transaction."""
    conn: _Connection = getattr(db, "conn", db)
    if conn.in_transaction:
        yield from _savepoint(conn)
        return
    conn.execute("BEGIN IMMEDIATE" if immediate else "BEGIN")
    handle = Transaction()
    try:
        yield handle
        conn.execute("COMMIT" if handle.keep else "ROLLBACK")
    except BaseException:
        _undo(conn, "ROLLBACK")
        raise


def _savepoint(conn: _Connection) -> Iterator[Transaction]:
    name = f"store_{next(_names)}"
    conn.execute(f"SAVEPOINT {name}")
    handle = Transaction()
    try:
        yield handle
        if not handle.keep:
            conn.execute(f"ROLLBACK TO {name}")
        conn.execute(f"RELEASE {name}")
    except BaseException:
        _undo(conn, f"ROLLBACK TO {name}", f"RELEASE {name}")
        raise


def _undo(conn: _Connection, *statements: str) -> None:
    """Roll back after an error, when SQLite has not done it by itself already; a failure to
    roll back is logged, never raised over the error that caused it."""
    if not conn.in_transaction:
        return
    try:
        for statement in statements:
            conn.execute(statement)
    except Exception:  # the caller's error is the one to report
        log.exception("could not roll back after an error")

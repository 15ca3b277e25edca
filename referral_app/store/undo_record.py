"""The undo record of an update: what it changed, row by row, kept in the directory itself.

While an update (or a file taken in through the window) is written, triggers on this connection
copy every row it inserts, changes or removes into ``undo_change``, in the update's own
transaction: the update and its undo record are written together, or neither is. Undoing it
changes those rows back, newest first, in one transaction. The record holds only what the update
touched (a few hundred rows for an update of 200 services), never a copy of the directory.

Not recorded: the tables an undo never rolls back (``undo.KEPT_ON_UNDO``), the window's kept
figures (their triggers empty them whenever services change, an undo too), and the full-text
indexes' own tables, which are rebuilt from their text: the text of each index row is recorded
and put back through the index itself.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from ..core.errors import UserError

# Tables that an undo never rolls back (they are not directory data), and what each holds,
# in the words a repair reports them with.
KEPT_ON_UNDO = {
    "trusted_key": "the trusted publishers",  # and the areas each is trusted for
    "local_correction": "the corrections made here",
    "registered_laptop": "the registered laptops",  # whose corrections a coordinator takes
    "released_key": "the keys released for good",  # the ownership restored leaves them out
    "built_version": "the update files built here",  # a version published stays published
    "received_figures": "the referral figures taken in",  # counts sent by laptops
}
SLOTS = 64  # value columns v0…v63 in undo_change: the widest table recorded must fit
KEYS = 2  # k0, k1: the primary key of a table without rowids
KEPT_STEPS = 10  # the undo records of the last ten updates are kept; older ones are dropped
FINGERPRINT = "read_digest"  # a service's fingerprint as read (``importer``)
_NOT_RECORDED = frozenset({"undo_change", "window_figure", *KEPT_ON_UNDO})
_INDEX_PARTS = ("_data", "_idx", "_docsize", "_config")  # full-text index tables, not text
_VALUES = ", ".join(f"v{i}" for i in range(SLOTS))


@dataclass(frozen=True)
class Table:
    """How the rows of one recorded table are named and put back."""

    name: str
    columns: tuple[str, ...]
    rowid: bool  # False: a table WITHOUT ROWID, whose rows are named by ``key``
    key: tuple[str, ...]  # primary key columns (tables without rowids)
    rowid_column: bool  # a column is the rowid (INTEGER PRIMARY KEY): it names the row
    index: str = ""  # for a full-text index's text table: the index it is written through


def tables(conn: sqlite3.Connection) -> list[Table]:
    """Every table an update may change and an undo changes back."""
    found = []
    indexes = {name for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE "
        "'CREATE VIRTUAL TABLE%USING fts5%'")}
    for name, sql in conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name").fetchall():
        if name.startswith("sqlite_") or name in _NOT_RECORDED or name in indexes:
            continue
        index = next((i for i in indexes if name == f"{i}_content"), "")
        if any(name == f"{i}{part}" for i in indexes for part in _INDEX_PARTS):
            continue
        info = conn.execute(f'PRAGMA main.table_info("{name}")').fetchall()
        columns = tuple(str(row[1]) for row in info)
        key = tuple(str(row[1]) for row in sorted(info, key=lambda r: r[5]) if row[5])
        rowid = "WITHOUT ROWID" not in " ".join(str(sql).upper().split())
        rowid_column = rowid and len(key) == 1 and any(
            row[1] == key[0] and str(row[2]).upper() == "INTEGER" for row in info)
        if len(columns) > SLOTS or (not rowid and len(key) > KEYS):
            raise RuntimeError(f"table {name} is too wide for the undo record")
        found.append(Table(name, columns, rowid, key, rowid_column, index))
    return found


def next_step(conn: sqlite3.Connection) -> int:
    """The number of the next update's undo record."""
    (last,) = conn.execute(
        "SELECT max(coalesce((SELECT max(step) FROM undo_change), 0), "
        "coalesce((SELECT max(undo_step) FROM update_history), 0))").fetchone()
    return int(last) + 1


@contextmanager
def recording(conn: sqlite3.Connection, step: int) -> Iterator[None]:
    """Every change made on ``conn`` in the block goes into the undo record ``step`` (the
    caller's transaction writes both). Older records beyond the last KEPT_STEPS are dropped."""
    names = []
    try:
        for table in tables(conn):
            for event, sql in _triggers(table, step):
                name = f"undo_record_{event.split()[0]}_{table.name}"
                on = event if " ON " in event else f'{event} ON main."{table.name}"'
                conn.execute(f'CREATE TEMP TRIGGER "{name}" AFTER {on} BEGIN {sql}; END')
                names.append(name)
        yield
    finally:
        for name in names:
            conn.execute(f'DROP TRIGGER IF EXISTS temp."{name}"')


def drop_older(conn: sqlite3.Connection, step: int) -> None:
    """Keep the undo records of the last KEPT_STEPS updates up to ``step``."""
    conn.execute("DELETE FROM undo_change WHERE step <= ?", [step - KEPT_STEPS])


def _triggers(table: Table, step: int) -> list[tuple[str, str]]:
    head = "INSERT INTO undo_change (step, tbl, op, rid, k0, k1"
    name = table.name.replace("'", "''")

    def named(row: str) -> str:  # rid, k0, k1 of the row as it is now
        keys = [f'{row}."{k}"' for k in table.key] if not table.rowid else []
        keys += ["NULL"] * (KEYS - len(keys))
        return ", ".join([f"{row}.rowid" if table.rowid else "NULL", *keys])

    old = ", ".join(f'OLD."{c}"' for c in table.columns)
    slots = ", ".join(f"v{i}" for i in range(len(table.columns)))
    return [
        ("INSERT", f"{head}) VALUES ({step}, '{name}', 'i', {named('NEW')})"),
        ("DELETE", f"{head}, {slots}) VALUES ({step}, '{name}', 'd', "
                   f"{'OLD.rowid' if table.rowid else 'NULL'}, NULL, NULL, {old})"),
        (f"UPDATE ON main.\"{table.name}\"{_unless_fingerprint_only(table)}",
         f"{head}, {slots}) VALUES ({step}, '{name}', 'u', {named('NEW')}, {old})"),
    ]


def _unless_fingerprint_only(table: Table) -> str:
    """A WHEN clause: a service given the fingerprint of its text as read, where it had none
    and nothing else changes, is not recorded (the first update after an upgrade gives it to
    thousands). Undone, the service keeps it: its text and its rows still agree."""
    if FINGERPRINT not in table.columns:
        return ""
    same = " AND ".join(f'OLD."{c}" IS NEW."{c}"' for c in table.columns if c != FINGERPRINT)
    return (f" WHEN NOT (OLD.\"{FINGERPRINT}\" = '' AND NEW.\"{FINGERPRINT}\" != '' "
            f"AND {same})")


def has_record(conn: sqlite3.Connection, step: int) -> bool:
    return conn.execute("SELECT 1 FROM undo_change WHERE step = ? LIMIT 1",
                        [step]).fetchone() is not None


def take_back(conn: sqlite3.Connection, step: int) -> None:
    """Change back every row the update ``step`` changed, newest first, and drop its record.
    Call it inside a transaction: on any error, the caller rolls all of it back. UserError
    when a row cannot be put back (the directory changed since in a way that is in its way)."""
    known = {table.name: table for table in tables(conn)}
    conn.execute("PRAGMA defer_foreign_keys = ON")
    changes = conn.execute(
        f"SELECT tbl, op, rid, k0, k1, {_VALUES} FROM undo_change WHERE step = ? "
        "ORDER BY id DESC", [step]).fetchall()
    for name, op, rid, k0, k1, *values in changes:
        table = known.get(name)
        if table is None:
            raise UserError(f"The directory no longer has the table {name} that the last "
                            "update changed, so it cannot be undone; the directory is "
                            "unchanged.")
        try:
            _put_back(conn, table, op, rid, (k0, k1)[:len(table.key)],
                      values[:len(table.columns)])
        except sqlite3.IntegrityError as error:
            raise UserError("The directory was changed since the last update in a way that "
                            f"stands in the way of undoing it ({error}); the directory is "
                            "unchanged.") from error
    conn.execute("DELETE FROM undo_change WHERE step = ?", [step])


def _put_back(conn: sqlite3.Connection, table: Table, op: str, rid: Any,
              key: tuple[Any, ...], values: list[Any]) -> None:
    if table.index:  # the text of a full-text index row: written through the index itself
        if op in ("i", "u"):
            conn.execute(f'DELETE FROM "{table.index}" WHERE rowid = ?', [rid])
        if op in ("d", "u"):
            marks = ", ".join("?" * len(values))
            conn.execute(f'INSERT INTO "{table.index}" (rowid, {_index_columns(conn, table)}) '
                         f"VALUES ({marks})", values)
        return
    where, named = ("rowid = ?", [rid]) if table.rowid else (
        " AND ".join(f'"{k}" = ?' for k in table.key), list(key))
    if op == "i":
        conn.execute(f'DELETE FROM "{table.name}" WHERE {where}', named)
    elif op == "u":
        sets = ", ".join(f'"{c}" = ?' for c in table.columns)
        conn.execute(f'UPDATE "{table.name}" SET {sets} WHERE {where}', [*values, *named])
    else:
        columns = ", ".join(f'"{c}"' for c in table.columns)
        marks = ", ".join("?" * len(values))
        if table.rowid and not table.rowid_column:  # a phone, an address: named by its rowid
            _make_room(conn, table.name, rid)
            columns, marks, values = f"rowid, {columns}", f"?, {marks}", [rid, *values]
        conn.execute(f'INSERT INTO "{table.name}" ({columns}) VALUES ({marks})', values)


def _make_room(conn: sqlite3.Connection, name: str, rid: Any) -> None:
    """A row given this rowid since the update (SQLite gives a removed row's rowid again) is
    moved to a new one: its rowid is in no undo record still kept (those of later updates are
    undone already), while the row put back may be named by an earlier update's record."""
    conn.execute(f'UPDATE "{name}" SET rowid = (SELECT max(rowid) + 1 FROM "{name}") '
                 "WHERE rowid = ?", [rid])


def _index_columns(conn: sqlite3.Connection, table: Table) -> str:
    """The index's own columns, in the order its text table holds them (after ``id``)."""
    names = [str(row[1]) for row in conn.execute(f'PRAGMA main.table_info("{table.index}")')]
    return ", ".join(f'"{n}"' for n in names[: len(table.columns) - 1])

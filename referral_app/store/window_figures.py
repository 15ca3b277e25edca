"""What the window shows about the whole directory, kept between starts.

How many services there are, the languages they speak (the language filter) and how many are
unverified (the warning above the results) take reading every service: half a second at
100,000 services, at every start. They are kept in the ``window_figure`` table instead. Any
change to the rows they come from empties that table (its triggers), whichever program or
connection makes it, so kept figures are never those of an older directory: the first start
after a change works them out again and keeps them.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING

from ..core.models import SearchFilters

if TYPE_CHECKING:
    from .directory import Directory


@dataclass(frozen=True)
class WindowFigures:
    services: int  # all of them, listed or not
    languages: tuple[str, ...]  # by name, most common first
    unverified: int  # listed services nobody has verified
    oldest: str  # the oldest and newest dates of their sources
    newest: str


def figures(directory: Directory) -> WindowFigures:
    """The figures kept, or worked out now (and kept, when the directory can be written at
    once)."""
    conn = directory.db.conn
    if conn.in_transaction:  # inside someone's write: work them out, keep nothing
        return _work_out(directory)
    conn.execute("BEGIN")  # one snapshot for reading, working out and keeping
    try:
        kept = _kept(conn)
        if kept is None:
            kept = _work_out(directory)
            _keep(conn, kept)
        return kept
    finally:
        if conn.in_transaction:
            conn.execute("COMMIT")


def _kept(conn: sqlite3.Connection) -> WindowFigures | None:
    row = conn.execute("SELECT value FROM window_figure WHERE name = 'figures'").fetchone()
    if row is None:
        return None
    value = json.loads(row[0])
    return WindowFigures(int(value["services"]), tuple(value["languages"]),
                         int(value["unverified"]), str(value["oldest"]), str(value["newest"]))


def _keep(conn: sqlite3.Connection, found: WindowFigures) -> None:
    # A read snapshot cannot wait to write: SQLite refuses at once when another connection
    # writes or wrote since (so these may be old already), as when the directory cannot be
    # written; then nothing is kept, and they are worked out again next time.
    with contextlib.suppress(sqlite3.OperationalError):
        conn.execute("INSERT OR REPLACE INTO window_figure (name, value) VALUES (?, ?)",
                     ["figures", json.dumps(asdict(found), ensure_ascii=False)])


def _work_out(directory: Directory) -> WindowFigures:
    unverified, oldest, newest = directory.unverified()
    return WindowFigures(directory.count("", SearchFilters(include_inactive=True)),
                         tuple(directory.languages()), unverified, oldest, newest)

"""Words added to the search vocabulary, kept in the directory beside the services."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING

from ..core.errors import UserError
from ..core.vocabulary import Entry, checked_entry

if TYPE_CHECKING:
    import sqlite_utils


def stamp(db: sqlite_utils.Database) -> tuple[int, int]:
    """Changes when words are added or taken away (an undo): how many, and the newest."""
    count, newest = db.execute("SELECT count(*), coalesce(max(id), 0) FROM search_word"
                               ).fetchone()
    return int(count), int(newest)


def added(db: sqlite_utils.Database) -> list[Entry]:
    """The entries added here or by update files, oldest first. Rows that no longer pass the
    checks (a need renamed since) are left out."""
    entries = []
    for kind, value, words, source in db.execute(
            "SELECT kind, value, words, source FROM search_word ORDER BY id"):
        try:
            entries.append(checked_entry(kind, value, json.loads(words), source))
        except (ValueError, TypeError, UserError):
            continue
    return entries


def add(db: sqlite_utils.Database, entries: Iterable[Entry], publisher: str = "") -> int:
    """Keep these entries (inside the caller's transaction); how many were new."""
    before = db.conn.total_changes
    db.conn.executemany(
        "INSERT OR IGNORE INTO search_word (kind, value, words, source, publisher, added_on) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [(e.kind, e.value, json.dumps(list(e.words), ensure_ascii=False), e.source, publisher,
          date.today().isoformat()) for e in entries])
    return db.conn.total_changes - before


def added_here(db: sqlite_utils.Database) -> list[Entry]:
    """The entries added on this laptop (not by an update file): what an update file of this
    coordinator carries."""
    return [checked_entry(kind, value, json.loads(words), source)
            for kind, value, words, source in db.execute(
                "SELECT kind, value, words, source FROM search_word WHERE publisher = '' "
                "ORDER BY id")]

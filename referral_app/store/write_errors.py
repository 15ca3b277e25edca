"""What a failed write to the directory says: one sentence for each cause a person can act on
(another import or update holding the directory, a full disk, a read-only folder), and that
nothing was changed: every write is one transaction (``transaction``)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ..core.errors import DatabaseError

BUSY = ("Another import or update is running on this directory; wait for it to finish and "
        "try again.")


def write_error(path: Path, error: sqlite3.Error, nothing: str = "nothing was changed"
                ) -> DatabaseError:
    """The sentence for a write to the directory at ``path`` that failed with ``error``;
    ``nothing`` says what was not done ("nothing was imported")."""
    text = str(error)
    if "locked" in text or "busy" in text:
        return DatabaseError(BUSY)
    if "full" in text:
        return DatabaseError(f"The disk holding {path.parent} is full; {nothing}. Free some "
                             "space and try again.")
    if "readonly" in text or "read-only" in text:
        return DatabaseError(f"Cannot write {path.name} in {path.parent}; {nothing}. Check that "
                             "the folder is writable.")
    return DatabaseError(f"The directory could not be written ({text}); {nothing}.")

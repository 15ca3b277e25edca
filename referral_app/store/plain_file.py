"""A plain (unsigned) HSDS file a caseworker takes in through the window, kept undoable.

It is taken in like an update: a copy of the directory is kept first, and the import, its row
in the update history (version 0, no key, the file's name) are one transaction. So "Undo last
update" takes it back like any update, from that copy, and keeps the trust list and the
corrections made here. A plain file changes no service a trusted publisher published.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from ..core.models import ImportReport
from ..core.sheet_mapping import SheetMapping
from .database import BACKUPS, keep_copy
from .directory import Directory


def take_in(directory: Directory, path: Path,
            progress: Callable[[int], None] | None = None,
            mapping: SheetMapping | None = None, skip_invalid: bool = False) -> ImportReport:
    """Import ``path`` (all or nothing unless ``skip_invalid``; a spreadsheet with its column
    ``mapping``), after keeping a copy of the directory, and list it in the update history so
    that it can be undone."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    backup = directory.path.parent / BACKUPS / f"directory-before-file-{stamp}.db"
    keep_copy(directory.db, backup)

    def record_history(report: ImportReport) -> None:
        directory.db.conn.execute(
            "INSERT INTO update_history (version, publisher, key_id, applied, added, updated, "
            "removed, unchanged, backup) VALUES (0, ?, '', ?, ?, ?, ?, ?, ?)",
            [path.name, datetime.now().isoformat(timespec="seconds"), report.added,
             report.updated, report.removed, report.unchanged, str(backup)])

    try:
        # converted like any import; a bad phone, address or schedule is left out and listed
        report = directory.import_file(path, progress=progress, keep_published=True,
                                       drop_bad_parts=True, mapping=mapping,
                                       skip_invalid=skip_invalid,
                                       before_commit=record_history)
    except BaseException:
        backup.unlink(missing_ok=True)  # nothing was taken in: there is nothing to undo
        raise
    return report

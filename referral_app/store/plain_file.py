"""A plain (unsigned) HSDS file a caseworker takes in through the window, kept undoable.

It is taken in like an update: the import, its undo record (``undo_record``) and its row in the
update history (version 0, no key, the file's name) are one transaction. So "Undo last update"
takes it back like any update, and keeps the trust list and the corrections made here. A plain
file changes no service a trusted publisher published.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from ..core.models import ImportReport
from ..core.sheet_mapping import SheetMapping
from . import undo_record
from .directory import Directory
from .updates import add_to_history


def take_in(directory: Directory, path: Path,
            progress: Callable[[int], None] | None = None,
            mapping: SheetMapping | None = None, skip_invalid: bool = False) -> ImportReport:
    """Import ``path`` (all or nothing unless ``skip_invalid``; a spreadsheet with its column
    ``mapping``) with its undo record, and list it in the update history so that it can be
    undone."""
    step = undo_record.next_step(directory.db.conn)

    def record_history(report: ImportReport) -> None:
        add_to_history(directory.db.conn, 0, path.name, "",
                       datetime.now().isoformat(timespec="seconds"), report, step)

    # converted like any import; a bad phone, address or schedule is left out and listed
    with undo_record.recording(directory.db.conn, step):
        return directory.import_file(path, progress=progress, keep_published=True,
                                     drop_bad_parts=True, mapping=mapping,
                                     skip_invalid=skip_invalid, before_commit=record_history)

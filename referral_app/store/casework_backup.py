"""A backup of the casework a caseworker makes herself (to a USB stick) and restores from.

The backup is the encrypted file as it is after the last commit: it opens only with the same
passphrase. Restoring checks the backup opens with the passphrase given and is whole before
anything changes, and keeps the current casework file aside.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from ..core.errors import UserError
from .casework_copies import copies_folder, last_copy_made
from .casework_file import (
    CASEWORK_FILE,
    CaseworkDamagedError,
    Restored,
    count_good,
    looks_encrypted,
    put_in_place,
    whole_bytes,
    write_private,
)


def write_backup(conn: Any, live: Path, out: Path, overwrite: bool = False) -> None:
    """Write the open casework file to ``out``, checked whole first and read back after."""
    target = out.expanduser()
    if target.resolve() == live.resolve() or \
            target.resolve().parent == copies_folder(live.parent).resolve():
        raise UserError("Choose a place for the backup outside the data folder, such as a USB "
                        "stick.")
    if target.is_dir():
        raise UserError(f"{target} is a folder; give the backup a file name, such as "
                        "casework-backup.db.")
    if target.exists() and not overwrite:
        raise UserError(f"{target} exists already; choose another name (a backup is never "
                        "written over another file here).")
    data = whole_bytes(conn, live)
    if data is None:
        raise CaseworkDamagedError(last_copy_made(live.parent))
    try:
        write_private(target, data)
        written = target.read_bytes()
    except OSError as error:
        raise UserError(f"Cannot write the backup to {target} ({error.strerror}); no backup "
                        "was made.") from error
    if written != data:
        raise UserError(f"The backup written to {target} reads back differently; the drive may "
                        "be failing. Use another one.")


def restore_backup(data_dir: Path, passphrase: str, backup: Path, now: datetime,
                   before_placing: Callable[[], None] = lambda: None) -> Restored:
    """Put a backup in place of the casework file; the current one is kept aside, renamed.
    ``before_placing`` runs once the backup is checked, just before it is put in place (the
    window closes the open casework then)."""
    source = backup.expanduser()
    try:
        data = source.read_bytes()
        made = datetime.fromtimestamp(source.stat().st_mtime)
    except IsADirectoryError as error:
        raise UserError(f"{source} is a folder; choose the backup file in it; nothing was "
                        "changed.") from error
    except OSError as error:
        raise UserError(f"Cannot read {source} ({error.strerror}); nothing was "
                        "changed.") from error
    if not looks_encrypted(data):
        raise UserError(f"{source.name} is not a casework backup; nothing was changed.")
    staged = data_dir / (CASEWORK_FILE + ".restoring")
    try:
        write_private(staged, data)
    except OSError as error:
        raise UserError(f"Cannot copy the backup into {data_dir} ({error.strerror}); nothing "
                        "was changed.") from error
    try:
        referrals = count_good(staged, passphrase)
        if referrals is None:
            raise UserError(f"{source.name} does not open with this passphrase as a whole "
                            "casework backup (another passphrase, a damaged file, or not a "
                            "backup); nothing was changed.")
        before_placing()
        aside = put_in_place(data_dir, staged, "before-restore", now)
    except OSError as error:
        raise UserError(f"Cannot put the backup in place in {data_dir} ({error.strerror}); "
                        "nothing was changed.") from error
    finally:
        staged.unlink(missing_ok=True)
    return Restored(made, referrals, aside)

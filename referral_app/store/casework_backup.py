"""A backup of the casework a caseworker makes herself (to a USB stick) and restores from.

The backup is the encrypted file as it is after the last commit: it opens only with the same
passphrase. Restoring checks the backup opens with the passphrase given and is whole before
anything changes, and keeps the current casework file aside.
"""

from __future__ import annotations

import stat
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from ..core.errors import UserError
from .casework_copies import copies_folder, copy_name, last_copy_made
from .casework_file import (
    CASEWORK_FILE,
    READ_ERRORS,
    CaseworkDamagedError,
    Restored,
    connect,
    count_good,
    generation,
    looks_encrypted,
    new_file_id,
    put_in_place,
    whole_bytes,
    write_private,
)
from .private_files import private_folder

# A casework file holds text only: thousands of referrals are a few megabytes. Anything larger
# than this is not a backup, and is refused before it is read (it would be read into memory).
LARGEST_BACKUP = 1024 ** 3  # 1 GiB


def write_backup(conn: Any, live: Path, out: Path, overwrite: bool = False) -> None:
    """Write the open casework file to ``out``, checked whole first and read back after;
    never anywhere inside the data folder (links followed)."""
    target = out.expanduser()
    if target.resolve().is_relative_to(live.parent.resolve()):
        # the casework, its copies, directory.db, the settings, the logs: none is written over
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
    not_a_backup = UserError(f"{source.name} is not a casework backup; nothing was changed.")
    try:
        found = source.stat()
        if stat.S_ISDIR(found.st_mode):
            raise UserError(f"{source} is a folder; choose the backup file in it; nothing was "
                            "changed.")
        if not stat.S_ISREG(found.st_mode) or found.st_size > LARGEST_BACKUP:
            raise not_a_backup  # a device, a pipe, or far too large: never read
        with open(source, "rb") as file:
            data = file.read(LARGEST_BACKUP + 1)  # it may have grown since
        made = datetime.fromtimestamp(found.st_mtime)
    except OSError as error:
        raise UserError(f"Cannot read {source} ({error.strerror}); nothing was "
                        "changed.") from error
    if len(data) > LARGEST_BACKUP or not looks_encrypted(data):
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
    _keep_restored(data_dir, passphrase, now)
    return Restored(made, referrals, aside)


def _keep_restored(data_dir: Path, passphrase: str, now: datetime) -> None:
    """The backup put in place, chosen by the caseworker, goes on as a file of its own (a new
    id: the copies of the file it replaced are never dropped for it) and is kept as the newest
    copy, so that unlocking it is not taken for opening an older file by mistake."""
    live = data_dir / CASEWORK_FILE
    folder = copies_folder(data_dir)
    newest = last_copy_made(data_dir)
    if newest is not None and newest >= now:  # a clock put back: still the newest
        now = newest + timedelta(microseconds=1)
    try:
        conn = connect(live, passphrase)
        try:
            if generation(conn) is not None:
                new_file_id(conn)  # it goes on apart from the newer copies, never dropped
            saved = generation(conn)
        finally:
            conn.close()
        private_folder(folder)
        write_private(folder / copy_name(now, saved), live.read_bytes())
    except (OSError, *READ_ERRORS):
        pass  # the backup is in place; the next save keeps a copy


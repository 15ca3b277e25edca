"""Restoring a damaged directory: from the newest kept copy that is itself sound, else from the
starter data; the damaged file is kept aside under a dated name, never deleted. Copies are kept
in ``backups`` before accepted corrections, and after the full check finds the directory sound
once it changed (``keep_sound_copy``: after an update or an import, in the window and on the
command line).

The trust list, the corrections made here and the registered laptops (``undo.KEPT_ON_UNDO``)
are taken from the damaged file, each table when it can still be read; one that cannot keeps
what the restored copy holds. The replacement is built and checked beside the data folder's
files first. When nobody else has the directory open (the command line, or before the window
opens it), the damaged file is renamed aside and the replacement renamed into its place; the
window, whose searches keep their connections, has the damaged file copied aside and the
replacement copied over it with SQLite's online backup.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from ..core.errors import DataFolderError, DirectoryDamagedError, UserError
from . import integrity
from .database import (
    BACKUPS,
    DIRECTORY_FILE,
    connect,
    keep_copy,
    migrations,
    wait_for_checkpoints,
)
from .directory import Directory
from .undo import KEPT_ON_UNDO, copy_tables

log = logging.getLogger(__name__)
BUILDING = ".restoring"  # the folder a replacement is built and checked in
_SIDE_FILES = ("-wal", "-shm")


@dataclass
class Repaired:
    """What a repair did."""

    aside: Path  # the damaged file, kept
    restored_from: Path | None  # the kept copy used; None: the starter directory
    kept_at: datetime | None = None  # when that copy was kept (its file's time, as used)
    kept: list[str] = field(default_factory=list)  # tables taken from the damaged file
    lost: list[str] = field(default_factory=list)  # tables that could not be read from it


def check(data_dir: Path) -> None:
    """The full check of the directory in ``data_dir``; DirectoryDamagedError when damaged."""
    integrity.verify_file(data_dir / DIRECTORY_FILE)


SOUND_COPY = "directory-sound-"  # the copies kept after the full check found the file sound


def keep_sound_copy(data_dir: Path, *, first: bool = False) -> Path | None:
    """After the full check found the directory sound: a copy of it in ``backups``, for
    ``repair``, unless the newest copy there is newer than the directory's last change. The
    copies this kept before are removed (those kept before accepted corrections stay). The
    copy made, or None. A copy that cannot be written is only logged: the directory is
    unchanged either way.

    ``first``: only when no copy is kept yet (the window's check at start: whoever changed the
    directory kept its copy then, and the file's time also moves when the window merely keeps
    its figures, which would copy the whole directory, 700 MB at 100,000 services, at every
    start)."""
    path = data_dir / DIRECTORY_FILE
    changed = max((p.stat().st_mtime for p in (path, path.with_name(path.name + "-wal"))
                   if p.exists()), default=0.0)
    copies = _kept_copies(data_dir / BACKUPS)
    if copies and (first or copies[0].stat().st_mtime >= changed):
        return None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = data_dir / BACKUPS / f"{SOUND_COPY}{stamp}.db"
    db = connect(path)
    try:
        keep_copy(db, target)
    except DataFolderError as error:
        log.warning("%s", error)
        return None
    finally:
        db.conn.close()
    for older in copies:
        if older.name.startswith(SOUND_COPY):
            older.unlink(missing_ok=True)
    return target


def repair(data_dir: Path, *, alone: bool = True) -> Repaired:
    """Restore the damaged directory in ``data_dir``. ``alone`` says no other connection has it
    open (the command line, or before the window opens it). A sound directory is refused."""
    path = data_dir / DIRECTORY_FILE
    if not path.exists():
        raise UserError(f"There is no {path.name} in {data_dir}; nothing to repair.")
    try:
        check(data_dir)
    except DirectoryDamagedError:
        pass
    else:
        raise UserError(f"{path.name} in {data_dir} is not damaged; nothing was changed.")
    building = data_dir / BUILDING
    shutil.rmtree(building, ignore_errors=True)  # a repair cut short before
    aside: Path | None = None
    try:
        building.mkdir()
        replacement, source, kept_at = _replacement(data_dir, building)
        aside = _keep_aside(path, alone)
        kept, lost = _take_kept_tables(replacement, aside)
        _install(replacement, path, alone)
    except BaseException as error:
        if alone and aside is not None and not path.exists():
            _put_back(aside, path)  # the damaged file where it was, as the message says
        if isinstance(error, OSError):
            raise DataFolderError(f"The directory could not be restored in {data_dir} "
                                  f"({error.strerror or error}); the damaged file is "
                                  "unchanged.") from error
        raise
    finally:
        shutil.rmtree(building, ignore_errors=True)
    check(data_dir)
    log.info("restored the damaged directory from %s; the damaged file is kept as %s",
             source.name if source else "the starter data", aside.name)
    return Repaired(aside, source, kept_at, kept, lost)


def _replacement(data_dir: Path, building: Path
                 ) -> tuple[Path, Path | None, datetime | None]:
    """A sound directory built in ``building``: the newest sound kept copy (with when it was
    kept), else the starter."""
    target = building / DIRECTORY_FILE
    for copy in _kept_copies(data_dir / BACKUPS):
        kept_at = datetime.fromtimestamp(copy.stat().st_mtime)
        shutil.copyfile(copy, target)
        if _usable(building):
            return target, copy, kept_at
        log.warning("the kept copy %s cannot be used to restore the directory", copy.name)
        for suffix in ("", *_SIDE_FILES):
            target.with_name(target.name + suffix).unlink(missing_ok=True)
    Directory.open(building).close()
    return target, None, None


def _kept_copies(folder: Path) -> list[Path]:
    copies = [p for p in folder.glob("*.db") if p.is_file()] if folder.is_dir() else []
    return sorted(copies, key=lambda p: p.stat().st_mtime, reverse=True)


def _usable(building: Path) -> bool:
    """The copy in ``building`` opens with this version's schema and passes the full check."""
    try:
        probe = sqlite3.connect(building / DIRECTORY_FILE)
        try:
            version = int(probe.execute("PRAGMA user_version").fetchone()[0])
        finally:
            probe.close()
        if version > len(migrations()):
            return False
        with Directory.open(building) as directory:  # brought up to this version's schema
            directory.verify()
    except (UserError, sqlite3.DatabaseError):
        return False
    return True


def _keep_aside(path: Path, alone: bool) -> Path:
    """Rename the damaged file, with its write-ahead log, to a dated name; when it is still in
    use (the window), copy it there instead."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.name}.damaged-{stamp}")
    number = 1
    while any(aside.with_name(aside.name + s).exists() for s in ("", *_SIDE_FILES)):
        number += 1  # never over an earlier damaged file
        aside = path.with_name(f"{path.name}.damaged-{stamp}-{number}")
    if alone:
        wait_for_checkpoints(path)
    for suffix in ("", *_SIDE_FILES):
        part = path.with_name(path.name + suffix)
        if not part.exists():
            continue
        if alone:
            part.rename(aside.with_name(aside.name + suffix))
        elif suffix != "-shm":  # the shared memory index is rebuilt from the log
            shutil.copyfile(part, aside.with_name(aside.name + suffix))
    return aside


def _put_back(aside: Path, path: Path) -> None:
    for suffix in ("", *_SIDE_FILES):
        part = aside.with_name(aside.name + suffix)
        if part.exists():
            part.rename(path.with_name(path.name + suffix))


def _take_kept_tables(replacement: Path, aside: Path) -> tuple[list[str], list[str]]:
    kept, lost = [], []
    conn = sqlite3.connect(replacement, isolation_level=None)
    try:
        for table in KEPT_ON_UNDO:
            try:
                copy_tables(conn, str(aside), (table,))
                kept.append(table)
            except sqlite3.DatabaseError as error:
                log.warning("could not take %s from the damaged directory: %s", table, error)
                lost.append(table)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the file is moved without its log
    finally:
        conn.close()
    return kept, lost


def _install(replacement: Path, path: Path, alone: bool) -> None:
    """Put the replacement in the damaged file's place: by renaming when nobody else has the
    file open, else by copying its pages over the damaged file's (in one transaction), so
    that the other connections read the restored directory."""
    if alone:
        os.replace(replacement, path)
        return
    source = sqlite3.connect(replacement, isolation_level=None)
    live = sqlite3.connect(path, isolation_level=None)
    try:
        source.backup(live)
    except sqlite3.DatabaseError as error:
        raise UserError(f"The directory could not be restored while it is in use ({error}); "
                        "close Referral App and run 'referral-app repair'.") from error
    finally:
        live.close()
        source.close()
